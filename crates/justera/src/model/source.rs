//! How a document's text was read from its file: the format, and what the
//! conversion found that the text does not show (tracked changes,
//! comments, PDF tags, removed page furniture).

use serde::Serialize;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

use super::span::Span;

/// How a document's text was read from its file.
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Source {
    pub format: Format,
    pub encoding: Option<String>,
    pub bom: bool,
    /// Byte offset where each page starts (PDF).
    pub pages: Vec<usize>,
    pub notes: Vec<Note>,
}

/// The format a file was read as.
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Docx,
    Pdf,
}
impl Format {
    /// Short user-facing name.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Docx => "Word (.docx)",
            Format::Pdf => "PDF",
        }
    }
}
/// Which kind of revision a tracked change is.
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Insertion,
    Deletion,
    /// Changed formatting (bold, style, numbering).
    Formatting,
}
/// A fact about the file that the text does not show.
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Note {
    /// Bytes that were not valid in the detected encoding and were
    /// replaced by U+FFFD.
    InvalidBytes { count: usize },
    /// A tracked change not yet accepted or rejected (Word). The text shows
    /// the document as if insertions were accepted and deletions applied;
    /// `span` covers the inserted text, or is empty where text was deleted.
    TrackedChange {
        change: ChangeKind,
        author: Option<String>,
        text: String,
        span: Span,
    },
    /// A reviewer's comment (Word), anchored on `span` of the text.
    Comment {
        author: Option<String>,
        text: String,
        span: Span,
    },
    /// More tracked changes or comments than are listed one by one.
    MoreRevisions { changes: usize, comments: usize },
    /// PDF accessibility: whether the file is tagged (has a structure tree)
    /// and which language it declares (`/Lang`).
    PdfAccessibility { tagged: bool, lang: Option<String> },
    /// Page headers, footers and page numbers removed from a PDF's text.
    PageFurniture { lines: usize },
    /// Pages of a PDF that had no text layer (scanned images).
    PagesWithoutText { pages: Vec<u32> },
}
impl Note {
    /// Whether the note should stop publication (unaccepted changes, open
    /// comments) rather than only inform.
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            Note::TrackedChange { .. }
                | Note::Comment { .. }
                | Note::MoreRevisions { .. }
                | Note::InvalidBytes { .. }
                | Note::PagesWithoutText { .. }
        )
    }

    /// The span in the decoded text the note is about, if any.
    pub fn span(&self) -> Option<Span> {
        match self {
            Note::TrackedChange { span, .. } | Note::Comment { span, .. } => Some(*span),
            _ => None,
        }
    }

    /// The note in Swedish.
    pub fn message(&self) -> String {
        match self {
            Note::InvalidBytes { count } => {
                format!("{count} byte(s) var ogiltiga i teckenkodningen och har ersatts med �.")
            }
            Note::TrackedChange {
                change,
                author,
                text,
                ..
            } => {
                let what = match change {
                    ChangeKind::Insertion => "infogad text",
                    ChangeKind::Deletion => "borttagen text",
                    ChangeKind::Formatting => "ändrad formatering",
                };
                format!(
                    "Spårad ändring som inte är godkänd: {what}{}{}. Ett utkast med spårade ändringar ska inte publiceras.",
                    by(author, "av"),
                    quoted(text)
                )
            }
            Note::Comment { author, text, .. } => {
                format!(
                    "Kommentar{}{} finns kvar i dokumentet.",
                    by(author, "från"),
                    quoted(text)
                )
            }
            Note::MoreRevisions { changes, comments } => format!(
                "Dokumentet har totalt {changes} spårade ändringar och {comments} kommentarer."
            ),
            Note::PdfAccessibility { tagged, lang } => format!(
                "PDF:en är {} och anger {}.",
                if *tagged {
                    "taggad"
                } else {
                    "inte taggad (svår att läsa med skärmläsare)"
                },
                match lang {
                    Some(l) => format!("språket {l}"),
                    None => "inget språk".to_string(),
                }
            ),
            Note::PageFurniture { lines } => {
                format!("{lines} rader sidhuvud, sidfot och sidnummer togs bort ur texten.")
            }
            Note::PagesWithoutText { pages } => {
                format!(
                    "Sidorna {} saknar text (inskannade bilder?).",
                    page_list(pages)
                )
            }
        }
    }

    /// The note in English.
    pub fn message_en(&self) -> String {
        match self {
            Note::InvalidBytes { count } => {
                format!(
                    "{count} byte(s) were invalid in the detected encoding and were replaced by �."
                )
            }
            Note::TrackedChange {
                change,
                author,
                text,
                ..
            } => {
                let what = match change {
                    ChangeKind::Insertion => "inserted text",
                    ChangeKind::Deletion => "deleted text",
                    ChangeKind::Formatting => "changed formatting",
                };
                format!(
                    "Unaccepted tracked change: {what}{}{}. A draft with tracked changes must not be published.",
                    by(author, "by"),
                    quoted(text)
                )
            }
            Note::Comment { author, text, .. } => {
                format!(
                    "Comment{}{} is still in the document.",
                    by(author, "by"),
                    quoted(text)
                )
            }
            Note::MoreRevisions { changes, comments } => {
                format!(
                    "The document has {changes} tracked changes and {comments} comments in all."
                )
            }
            Note::PdfAccessibility { tagged, lang } => format!(
                "The PDF is {} and declares {}.",
                if *tagged {
                    "tagged"
                } else {
                    "not tagged (hard to read with a screen reader)"
                },
                match lang {
                    Some(l) => format!("the language {l}"),
                    None => "no language".to_string(),
                }
            ),
            Note::PageFurniture { lines } => {
                format!("{lines} lines of page headers, footers and page numbers were removed from the text.")
            }
            Note::PagesWithoutText { pages } => {
                format!("Pages {} have no text (scanned images?).", page_list(pages))
            }
        }
    }
}
fn by(author: &Option<String>, word: &str) -> String {
    match author {
        Some(a) if !a.is_empty() => format!(" {word} {a}"),
        _ => String::new(),
    }
}
fn quoted(text: &str) -> String {
    if text.trim().is_empty() {
        return String::new();
    }
    let mut t: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.chars().count() > 60 {
        t = t.chars().take(57).collect::<String>() + "...";
    }
    format!(": \"{t}\"")
}
fn page_list(pages: &[u32]) -> String {
    let mut s: Vec<String> = pages.iter().take(20).map(u32::to_string).collect();
    if pages.len() > 20 {
        s.push("...".into());
    }
    s.join(", ")
}
