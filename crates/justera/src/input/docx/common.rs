//! Small items every part of the `.docx` reader shares: the paragraph
//! markers, note labels and the corrupt-package error.

use super::super::InputError;

/// Paragraph marker: `MARK_OPEN`, the event's index in decimal, `MARK_CLOSE`.
/// Private-use characters, stripped before the text leaves the `.docx` reader.
pub(super) const MARK_OPEN: char = '\u{E000}';
pub(super) const MARK_CLOSE: char = '\u{E001}';

pub(super) fn note_label(n: usize, endnote: bool) -> String {
    if endnote {
        format!("e{n}")
    } else {
        n.to_string()
    }
}

pub(super) fn corrupt(e: impl std::fmt::Display) -> InputError {
    InputError::CorruptZip {
        detail: e.to_string(),
    }
}
