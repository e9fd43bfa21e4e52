//! What decoding gives: the decoded file (text, format, encoding, pages,
//! notes), the limits it keeps to, and why it may fail.

use serde::Serialize;

use crate::limits::{self, Limit};
use crate::model::{Format, Note};

/// Limits that keep hostile input (zip bombs, huge files) from exhausting
/// memory or time. The defaults fit any real protocol by a wide margin.
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

    pub(super) fn new(text: String, format: Format) -> Self {
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
    /// A Word file, but this build reads Word elsewhere (the `docx` feature is off).
    DocxNotEnabled,
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
            InputError::DocxNotEnabled => "Word-filer kan inte läsas i den här versionen.".into(),
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
            InputError::DocxNotEnabled => "Word files cannot be read in this build.".into(),
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
