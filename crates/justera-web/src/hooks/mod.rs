pub mod use_file_drop;
