pub mod attendance;
pub mod document_view;
pub mod file_tabs;
pub mod meeting_header;
pub mod open_bar;
pub mod paragraph_list;
pub mod problems;
