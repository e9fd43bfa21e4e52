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
//! Text (`text.rs`) is always there; Word (`docx/`) and PDF (`pdf/`) are
//! the default features `docx` and `pdf` (together about 200 KB of gzipped
//! wasm). Without them such a file gets [`InputError::PdfNotEnabled`] or
//! [`InputError::DocxNotEnabled`]; [`reader_missing`] says so up front.

mod decoded;
#[cfg(feature = "docx")]
mod docx;
#[cfg(any(feature = "docx", feature = "pdf"))]
mod header;
#[cfg(feature = "pdf")]
mod pdf;
#[cfg(all(test, feature = "pdf"))]
pub(crate) use pdf::tests as pdf_tests;
mod text;

use crate::limits::{self, Limit};
pub use crate::model::{ChangeKind, Format, Note};
pub use decoded::{Decoded, InputError, Limits};

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
        Sniffed::Zip => decode_docx(bytes, limits)?,
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

/// Whether these bytes are a format this build does not read (PDF or Word
/// without the `pdf` or `docx` feature): the web app's text worker hands
/// them to the worker that does.
pub fn reader_missing(bytes: &[u8]) -> bool {
    match sniff(bytes) {
        Sniffed::Zip => !cfg!(feature = "docx"),
        Sniffed::Pdf => !cfg!(feature = "pdf"),
        _ => false,
    }
}

#[cfg(feature = "docx")]
fn decode_docx(bytes: &[u8], limits: &Limits) -> Result<Decoded, InputError> {
    docx::decode(bytes, limits)
}

#[cfg(not(feature = "docx"))]
fn decode_docx(_bytes: &[u8], _limits: &Limits) -> Result<Decoded, InputError> {
    Err(InputError::DocxNotEnabled)
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
    fn reader_missing_only_for_a_format_left_out() {
        assert_eq!(reader_missing(b"%PDF-1.7\n..."), !cfg!(feature = "pdf"));
        assert_eq!(reader_missing(b"PK\x03\x04rest"), !cfg!(feature = "docx"));
        assert!(!reader_missing("§ 1 Protokoll".as_bytes()));
    }

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
        let err = decode(big.as_bytes()).unwrap_err();
        assert!(matches!(err, InputError::OverLimit { .. }), "{err:?}");
        assert!(err.message().contains("för stor"));
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
