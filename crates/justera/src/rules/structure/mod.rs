//! Structure: paragraph numbering, declared range, table of contents,
//! decisions, references.

pub mod dangling_reference;
pub mod declared_range_mismatch;
pub mod missing_decision;
pub mod missing_procedure;
pub mod paragraph_duplicate;
pub mod paragraph_gap;
pub mod paragraph_order;
pub mod toc_mismatch;
mod trace_marks;
mod trace_words;
pub mod unread_structure;
