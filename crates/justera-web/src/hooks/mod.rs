pub mod use_file_drop;
pub mod use_progressive;
