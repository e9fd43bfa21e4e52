//! justera: parse and check Swedish municipal meeting protocols.
//!
//! Text in; a [`Document`] (every node with a byte [`Span`] into the text)
//! out. No IO, no web: the CLI and the web app are thin shells around this.

mod aligned;
pub mod diagnostic;
pub mod inline;
pub mod input;
mod key_map;
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
#[cfg(test)]
mod testing;
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

/// Parse text a user gave, within the [`limits`]: the text's own (length,
/// longest line) before parsing, the model's (paragraphs, people) after.
/// A text over a limit gets [`input::InputError::OverLimit`], whose message
/// in Swedish and English names the limit and what the user can do; it is
/// never shown cut short. (The parser itself stops one paragraph past the
/// limit, so [`parse`] stays bounded on any text.) The CLI and the web app
/// both read files through here or [`parse_decoded`].
pub fn parse_checked(src: &str) -> Result<Document, input::InputError> {
    limits::check_text(src).map_err(over_limit)?;
    let doc = parse(src);
    limits::check_document(&doc).map_err(over_limit)?;
    Ok(doc)
}

/// [`parse_checked`] with the scan it was made from, as
/// [`parse_with_scan`]: within the same limits, for a caller that reads the
/// scan again or runs the rules later ([`check_with_scan`]).
pub fn parse_checked_with_scan(
    src: &str,
) -> Result<(Document, Vec<scan::Item<'_>>), input::InputError> {
    limits::check_text(src).map_err(over_limit)?;
    let (doc, scanned) = parse_with_scan(src);
    limits::check_document(&doc).map_err(over_limit)?;
    Ok((doc, scanned.items))
}

fn over_limit((limit, found): (limits::Limit, u64)) -> input::InputError {
    input::InputError::over(limit, found)
}

/// Parse a decoded file within the [`limits`] (see [`parse_checked`]): the
/// model of its text, with how it was read (format, encoding, tracked
/// changes, comments) in `Document::source`, so the rules can report what
/// the conversion found.
pub fn parse_decoded(decoded: &input::Decoded) -> Result<Document, input::InputError> {
    let mut doc = parse_checked(&decoded.text)?;
    doc.source = Some(decoded.source());
    Ok(doc)
}

/// The scan of a text the parse read ([`parse_with_scan`]): its items,
/// and its lines as the scan split them (each line's start and its end
/// without the break), so that the rules neither scan the text again nor
/// split it into lines again. It reads as the items' slice.
#[derive(Clone, Debug, PartialEq)]
pub struct Scanned<'a> {
    pub items: Vec<scan::Item<'a>>,
    lines: Vec<(usize, usize)>,
}

impl<'a> std::ops::Deref for Scanned<'a> {
    type Target = [scan::Item<'a>];
    fn deref(&self) -> &[scan::Item<'a>] {
        &self.items
    }
}

impl<'a> PartialEq<Vec<scan::Item<'a>>> for Scanned<'a> {
    fn eq(&self, items: &Vec<scan::Item<'a>>) -> bool {
        self.items == *items
    }
}

/// [`parse`], and the scan of the text it was read from: hand it to
/// [`check_with_scan`] so the rules do not scan the text again.
pub fn parse_with_scan(src: &str) -> (Document, Scanned<'_>) {
    let (items, lines) = scan::scan_lines(src);
    let doc = parse::parse_lines(src, &items, &lines);
    (doc, Scanned { items, lines })
}

/// [`parse_decoded`] with the scan, as [`parse_with_scan`]: within the
/// same limits.
pub fn parse_decoded_with_scan(
    decoded: &input::Decoded,
) -> Result<(Document, Scanned<'_>), input::InputError> {
    limits::check_text(&decoded.text).map_err(over_limit)?;
    let (mut doc, items) = parse_with_scan(&decoded.text);
    limits::check_document(&doc).map_err(over_limit)?;
    doc.source = Some(decoded.source());
    Ok((doc, items))
}

/// [`check`] with the scan [`parse_with_scan`] gave for the same text:
/// its items and its lines.
pub fn check_with_scan(doc: &Document, src: &str, scanned: &Scanned) -> Vec<Diagnostic> {
    rules::check_with_lines(doc, src, Some(&scanned.items), Some(&scanned.lines))
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
