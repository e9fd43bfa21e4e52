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

/// Parse text a user gave, within the [`limits`]: the text's own (length,
/// longest line) before parsing, the model's (paragraphs, people) after.
/// A text over a limit gets [`input::InputError::OverLimit`], whose message
/// in Swedish and English names the limit and what the user can do; it is
/// never shown cut short. (The parser itself stops one paragraph past the
/// limit, so [`parse`] stays bounded on any text.) The CLI and the web app
/// both read files through here or [`parse_decoded`].
pub fn parse_checked(src: &str) -> Result<Document, input::InputError> {
    let over = |(limit, found)| input::InputError::over(limit, found);
    limits::check_text(src).map_err(over)?;
    let doc = parse(src);
    limits::check_document(&doc).map_err(over)?;
    Ok(doc)
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
