//! justera: parse and check Swedish municipal meeting protocols.
//!
//! Text in; a [`Document`] (every node with a byte [`Span`] into the text)
//! out. No IO, no web: the CLI and the web app are thin shells around this.

pub mod diagnostic;
pub mod inline;
pub mod input;
pub mod labels;
pub mod limits;
pub mod model;
mod outcome;
mod parse;
mod party;
pub mod place;
pub mod rules;
pub mod scan;
pub mod summary;
mod text;

pub use model::*;
pub use parse::parse;
pub use summary::{summarize, MeetingSummary};

pub use diagnostic::{Diagnostic, Severity};

/// Every rule's findings on `doc`, parsed from `src`, sorted by where they
/// point. Rules read the model and the text and never change them.
pub fn check(doc: &Document, src: &str) -> Vec<Diagnostic> {
    rules::check(doc, src)
}

/// Parse a decoded file: the model of its text, with how it was read
/// (format, encoding, tracked changes, comments) in `Document::source`, so
/// the rules can report what the conversion found.
pub fn parse_decoded(decoded: &input::Decoded) -> Document {
    let mut doc = parse(&decoded.text);
    doc.source = Some(decoded.source());
    doc
}

/// [`parse`], and the scan of the text it was read from: hand it to
/// [`check_with_scan`] so the rules do not scan the text again.
pub fn parse_with_scan(src: &str) -> (Document, Vec<scan::Item>) {
    let items = scan::scan(src);
    (parse::parse_items(src, &items), items)
}

/// [`parse_decoded`] with the scan, as [`parse_with_scan`].
pub fn parse_decoded_with_scan(decoded: &input::Decoded) -> (Document, Vec<scan::Item>) {
    let (mut doc, items) = parse_with_scan(&decoded.text);
    doc.source = Some(decoded.source());
    (doc, items)
}

/// [`check`] with the scan [`parse_with_scan`] gave for the same text.
pub fn check_with_scan(doc: &Document, src: &str, items: &[scan::Item]) -> Vec<Diagnostic> {
    rules::check_with_scan(doc, src, Some(items))
}

/// The model as pretty JSON (the public interface).
pub fn to_json(doc: &Document) -> String {
    serde_json::to_string_pretty(doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// Line (1-based) and column (1-based, in characters) of a byte offset.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &src[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, col)
}
