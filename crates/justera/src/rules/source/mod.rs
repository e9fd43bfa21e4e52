//! What the file showed when it was read: unaccepted tracked changes and
//! comments in a Word draft, a PDF's accessibility tags.

pub mod pdf_accessibility;
pub mod review_comment;
pub mod tracked_change;

use crate::input::Note;
use crate::rules::Context;

/// The notes the conversion left on the document (none for plain text).
pub(crate) fn notes<'a>(cx: &Context<'a>) -> &'a [Note] {
    cx.doc
        .source
        .as_ref()
        .map(|s| s.notes.as_slice())
        .unwrap_or(&[])
}
