//! Input formats: bytes in, the text the parser reads out.
//!
//! [`decode`] looks at the content (magic bytes, never the file name) and
//! turns a plain text file in any common encoding, a Word `.docx` or a PDF
//! into one `String`. Everything downstream (spans, line numbers, rules)
//! indexes that decoded text exactly as it is shown to the user.
//!
//! Word and PDF are rendered as the markdown-like text the scanner already
//! knows (`#` headings, `**bold**`, `*italic*`, `1. ` lists, `| pipe |`
//! tables), so all formats map onto the same [`crate::Document`]. What the
//! text cannot carry (tracked changes, comments, page numbers, PDF tagging)
//! goes into [`Decoded::notes`] and [`Decoded::pages`]: show
//! [`Note::message`] / [`Note::message_en`], flag [`Note::is_warning`] ones
//! (a draft with tracked changes must not be published), point at
//! [`Note::span`], and name a PDF page with [`Decoded::page_at`].
//!
//! Text (`text.rs`) and Word (`docx/`) are always there; PDF (`pdf/`) is
//! the default feature `pdf` (about 100 KB of gzipped wasm). Without it
//! a PDF gets [`InputError::PdfNotEnabled`].

mod docx;
#[cfg(feature = "pdf")]
mod pdf;
mod text;

use serde::Serialize;

use crate::limits::{self, Limit};
use crate::Span;

/// The limits the readers apply, by default those of [`crate::limits`]
/// (where each is explained); tests lower them to reach the edge cheaply.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest input file, in bytes.
    pub max_input: usize,
    /// Largest decoded text, in bytes (a protocol is rarely over 1 MB).
    pub max_text: usize,
    /// Most entries a `.docx` zip may have.
    pub max_zip_entries: usize,
    /// Most bytes decompressed from all zip entries together.
    pub max_unzipped: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input: limits::MAX_INPUT_BYTES,
            max_text: limits::MAX_TEXT_BYTES,
            max_zip_entries: limits::MAX_ZIP_ENTRIES,
            max_unzipped: limits::MAX_DECOMPRESSED_BYTES,
        }
    }
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

/// A decoded file: the text to parse plus what the conversion learned.
#[derive(Clone, Debug, Serialize)]
pub struct Decoded {
    pub text: String,
    pub format: Format,
    /// The character encoding of a text file (`UTF-8`, `UTF-16LE`,
    /// `UTF-16BE`, `windows-1252`, `macintosh`); `None` for Word and PDF.
    pub encoding: Option<&'static str>,
    /// Whether a text file began with a byte order mark (removed from `text`).
    pub bom: bool,
    /// Byte offset in `text` where each page starts (PDF only; page `i + 1`
    /// starts at `pages[i]`). See [`Decoded::page_at`].
    pub pages: Vec<usize>,
    /// What the conversion found that the text does not show.
    pub notes: Vec<Note>,
}

impl Decoded {
    /// What the model keeps of the decoding: format, encoding, pages, notes.
    pub fn source(&self) -> crate::model::Source {
        crate::model::Source {
            format: self.format,
            encoding: self.encoding.map(String::from),
            bom: self.bom,
            pages: self.pages.clone(),
            notes: self.notes.clone(),
        }
    }

    fn new(text: String, format: Format) -> Self {
        Decoded {
            text,
            format,
            encoding: None,
            bom: false,
            pages: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// The 1-based page that holds byte `offset` of `text`, when known.
    pub fn page_at(&self, offset: usize) -> Option<u32> {
        if self.pages.is_empty() {
            return None;
        }
        let i = self.pages.partition_point(|&start| start <= offset);
        Some(i.max(1) as u32)
    }

    /// One line for the user: "Word (.docx)", "text, windows-1252", ...
    pub fn describe(&self) -> String {
        match self.encoding {
            Some(enc) if self.bom => format!("{}, {enc} (BOM)", self.format.name()),
            Some(enc) => format!("{}, {enc}", self.format.name()),
            None => self.format.name().to_string(),
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

/// Why a file could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InputError {
    /// No bytes, or only a byte order mark and white space.
    Empty,
    /// The file goes over one of the [`crate::limits`]: too large, a zip
    /// bomb, too many pages, ... `found` is how much it has (bytes, pages,
    /// ...), as far as it was counted.
    OverLimit { limit: Limit, found: u64 },
    /// Not text, Word or PDF (an image, an executable, random bytes).
    Binary,
    /// A format we recognise but do not read; `what` names it.
    Unsupported { what: &'static str },
    /// A zip archive that is broken, or not a Word document.
    CorruptZip { detail: String },
    /// A PDF that could not be read.
    CorruptPdf { detail: String },
    /// A PDF with no text layer: scanned images only.
    PdfWithoutText { pages: u32 },
    /// A PDF, but this build reads PDF elsewhere (the `pdf` feature is off).
    PdfNotEnabled,
    /// The PDF is encrypted.
    PdfEncrypted,
}

impl InputError {
    /// The error in Swedish, one sentence that stands alone.
    pub fn message(&self) -> String {
        match self {
            InputError::Empty => "Filen är tom.".into(),
            InputError::OverLimit { limit, found } => limit.message(*found),
            InputError::Binary => {
                "Filen är varken text, Word (.docx) eller PDF och kan inte läsas.".into()
            }
            InputError::Unsupported { what } => format!(
                "Formatet {what} stöds inte. Spara dokumentet som Word (.docx), PDF eller text."
            ),
            InputError::CorruptZip { detail } => {
                format!("Filen ser ut som ett Word-dokument men är trasig ({detail}).")
            }
            InputError::CorruptPdf { detail } => format!("PDF-filen är trasig ({detail})."),
            InputError::PdfWithoutText { pages } => format!(
                "PDF-filen ({pages} sidor) har inget textlager, bara bilder (inskannad?). Den behöver tolkas med OCR först."
            ),
            InputError::PdfNotEnabled => "PDF kan inte läsas i den här versionen.".into(),
            InputError::PdfEncrypted => "PDF-filen är krypterad och kan inte läsas.".into(),
        }
    }

    /// The error in English.
    pub fn message_en(&self) -> String {
        match self {
            InputError::Empty => "The file is empty.".into(),
            InputError::OverLimit { limit, found } => limit.message_en(*found),
            InputError::Binary => {
                "The file is not text, Word (.docx) or PDF and cannot be read.".into()
            }
            InputError::Unsupported { what } => {
                format!("The {what} format is not supported. Save the document as Word (.docx), PDF or text.")
            }
            InputError::CorruptZip { detail } => {
                format!("The file looks like a Word document but is broken ({detail}).")
            }
            InputError::CorruptPdf { detail } => format!("The PDF file is broken ({detail})."),
            InputError::PdfWithoutText { pages } => format!(
                "The PDF ({pages} pages) has no text layer, only images (scanned?). It needs OCR first."
            ),
            InputError::PdfNotEnabled => "PDF cannot be read in this build.".into(),
            InputError::PdfEncrypted => "The PDF file is encrypted and cannot be read.".into(),
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_en())
    }
}

impl std::error::Error for InputError {}

impl InputError {
    /// The file went over `limit` with `found` (bytes, pages, ...).
    pub fn over(limit: Limit, found: impl TryInto<u64>) -> InputError {
        InputError::OverLimit {
            limit,
            found: found.try_into().unwrap_or(u64::MAX),
        }
    }
}

/// Decode a file's bytes with the default [`Limits`].
pub fn decode(bytes: &[u8]) -> Result<Decoded, InputError> {
    decode_with(bytes, &Limits::default())
}

/// Decode a file's bytes: detect the format by content and read it.
pub fn decode_with(bytes: &[u8], limits: &Limits) -> Result<Decoded, InputError> {
    if bytes.len() > limits.max_input {
        return Err(InputError::over(Limit::InputBytes, bytes.len()));
    }
    let sniffed = sniff(bytes);
    // Text shrinks at most by half in decoding (UTF-16 to ASCII): a text
    // file this large is over the text limit before it is decoded.
    if matches!(sniffed, Sniffed::Text) && bytes.len() / 2 > limits.max_text {
        return Err(InputError::over(Limit::TextBytes, bytes.len()));
    }
    let decoded = match sniffed {
        Sniffed::Empty => return Err(InputError::Empty),
        Sniffed::Zip => docx::decode(bytes, limits)?,
        Sniffed::Pdf => decode_pdf(bytes, limits)?,
        Sniffed::Other(what) => return Err(InputError::Unsupported { what }),
        Sniffed::Text => text::decode(bytes)?,
    };
    if decoded.text.len() > limits.max_text {
        return Err(InputError::over(Limit::TextBytes, decoded.text.len()));
    }
    limits::check_text(&decoded.text).map_err(|(limit, found)| InputError::over(limit, found))?;
    if decoded.text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    Ok(decoded)
}

#[cfg(feature = "pdf")]
fn decode_pdf(bytes: &[u8], limits: &Limits) -> Result<Decoded, InputError> {
    pdf::decode(bytes, limits)
}

#[cfg(not(feature = "pdf"))]
fn decode_pdf(_bytes: &[u8], _limits: &Limits) -> Result<Decoded, InputError> {
    Err(InputError::PdfNotEnabled)
}

enum Sniffed {
    Empty,
    Zip,
    Pdf,
    Text,
    Other(&'static str),
}

/// The format by magic bytes.
fn sniff(bytes: &[u8]) -> Sniffed {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "Word 97-2003 (.doc)"),
        (b"{\\rtf", "RTF"),
        (b"\x89PNG", "PNG"),
        (b"\xFF\xD8\xFF", "JPEG"),
        (b"GIF8", "GIF"),
        (b"II*\x00", "TIFF"),
        (b"MM\x00*", "TIFF"),
    ];
    if bytes.iter().all(|b| b.is_ascii_whitespace())
        || matches!(bytes, b"\xEF\xBB\xBF" | b"\xFF\xFE" | b"\xFE\xFF")
    {
        return Sniffed::Empty;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Sniffed::Zip;
    }
    // A PDF may have a little junk before its header; readers accept 1 KB.
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Sniffed::Pdf;
    }
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Sniffed::Other(what);
        }
    }
    Sniffed::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_whitespace_and_bom_only_are_empty() {
        for input in [
            &b""[..],
            b"   \n\r\n",
            b"\xEF\xBB\xBF",
            b"\xFF\xFE",
            b"\xEF\xBB\xBF  \n",
        ] {
            let err = decode(input).unwrap_err();
            assert_eq!(err, InputError::Empty, "{input:?}");
            assert_eq!(err.message(), "Filen är tom.");
            assert_eq!(err.message_en(), "The file is empty.");
        }
    }

    #[test]
    fn format_is_sniffed_from_content() {
        assert!(matches!(sniff(b"%PDF-1.7\n..."), Sniffed::Pdf));
        assert!(matches!(sniff(b"PK\x03\x04rest"), Sniffed::Zip));
        assert!(matches!(
            sniff(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1..."),
            Sniffed::Other(_)
        ));
        assert!(matches!(sniff(b"## Socialn\xC3\xA4mnden"), Sniffed::Text));
        let err = decode(b"\x89PNG\r\n\x1a\nxxxx").unwrap_err();
        assert_eq!(err, InputError::Unsupported { what: "PNG" });
        assert!(err.message().contains("PNG"), "{}", err.message());
    }

    #[test]
    fn too_large_input_is_refused_before_reading() {
        let limits = Limits {
            max_input: 10,
            ..Limits::default()
        };
        let err = decode_with(b"Protokoll 2024-03-18", &limits).unwrap_err();
        assert_eq!(err, InputError::over(Limit::InputBytes, 20));
    }

    #[test]
    fn fifty_megabytes_of_text_gets_a_message_not_a_hang() {
        let big = "Protokoll § 1 Beslut att godkänna.\n".repeat(50 << 20 >> 5);
        assert!(big.len() >= 50 << 20);
        let start = std::time::Instant::now();
        let err = decode(big.as_bytes()).unwrap_err();
        assert!(matches!(err, InputError::OverLimit { .. }), "{err:?}");
        assert!(err.message().contains("för stor"));
        assert!(start.elapsed().as_secs() < 5);
    }

    #[test]
    fn random_bytes_give_a_message_and_never_panic() {
        // A small xorshift generator: deterministic, no dependency.
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for len in [1, 7, 100, 4096, 100_000] {
            let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            match decode(&bytes) {
                Ok(d) => assert!(!d.text.is_empty()),
                Err(e) => assert!(!e.message().is_empty() && !e.message_en().is_empty()),
            }
            // Random bytes behind each magic number take the format paths.
            for magic in [
                &b"PK\x03\x04"[..],
                b"%PDF-1.4\n",
                b"\xEF\xBB\xBF",
                b"\xFF\xFE",
            ] {
                let mut v = magic.to_vec();
                v.extend_from_slice(&bytes);
                if let Err(e) = decode(&v) {
                    assert!(!e.message().is_empty());
                }
            }
        }
        let binary: Vec<u8> = (0..4096).map(|_| next() as u8).collect();
        assert_eq!(decode(&binary).unwrap_err(), InputError::Binary);
    }

    #[test]
    fn page_at_maps_offsets_to_pages() {
        let mut d = Decoded::new("aaa\nbbb\nccc\n".into(), Format::Pdf);
        assert_eq!(d.page_at(3), None);
        d.pages = vec![0, 4, 8];
        assert_eq!(d.page_at(0), Some(1));
        assert_eq!(d.page_at(3), Some(1));
        assert_eq!(d.page_at(4), Some(2));
        assert_eq!(d.page_at(11), Some(3));
    }
}
