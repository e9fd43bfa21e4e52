//! Every limit that keeps a hostile or broken file from exhausting memory
//! or time, in one place: the value, why it is that value, and what the
//! user is told when a file goes over it.
//!
//! Real protocols sit far below every limit (the largest in the test
//! corpus is 0.13 MB of text with 29 paragraphs and 33 people; a full
//! council has at most 101 members). A file over
//! a limit is refused with [`crate::input::InputError::OverLimit`], whose
//! message in Swedish and English names the limit and says what the user
//! can do; nothing is read half-way without saying so. `SECURITY.md` lists
//! the same values.
//!
//! The byte-level scans here ([`nesting_depth`], [`pdf_objects`],
//! [`content_operations`]) run before a reader builds anything, so a file
//! over a limit costs one linear pass, not the allocation it asks for.

use serde::Serialize;

/// Largest file read, in bytes (25 MB). A protocol's PDF, images of its
/// signatures included, is a few megabytes; the browser holds the file
/// several times over (the page's copy, the worker's, the reader's).
pub const MAX_INPUT_BYTES: usize = 25 << 20;

/// Largest decoded text, in bytes (8 MB): about 60 times the longest
/// protocol in the test corpus; parsing and the page's views stay within
/// seconds.
pub const MAX_TEXT_BYTES: usize = 8 << 20;

/// Most bytes decompressed from a file in all (96 MB): the XML of a Word
/// file or the streams of a PDF. A zip or flate bomb stops here.
pub const MAX_DECOMPRESSED_BYTES: u64 = 96 << 20;

/// Most entries in a Word file's zip (5 000). A document has about 20;
/// counting happens before the zip reader builds its index.
pub const MAX_ZIP_ENTRIES: usize = 5_000;

/// Most objects in a PDF (100 000), counted before the PDF is loaded: a
/// 100-page protocol has a few thousand, and each object costs memory.
pub const MAX_PDF_OBJECTS: usize = 100_000;

/// Most pages in a PDF (2 000): each page is interpreted; a protocol with
/// all its appendices has at most a few hundred.
pub const MAX_PAGES: usize = 2_000;

/// Most drawing operations in all of a PDF's pages (1 000 000), counted
/// before each content stream is decoded (forms drawn again count again).
/// A page of text needs a few hundred; a detailed map can need more.
pub const MAX_CONTENT_OPERATIONS: usize = 1_000_000;

/// Deepest nesting (256): PDF arrays and dictionaries (the PDF reader's
/// parser recurses and would overflow the stack) and Word XML elements
/// (a real document nests about 20 deep).
pub const MAX_NESTING: usize = 256;

/// Form XObjects drawn inside form XObjects, at most (4). Deeper forms are
/// not drawn (a form that draws itself would never end); this one is a
/// cap, not a refusal, as in every PDF viewer.
pub const MAX_FORM_DEPTH: usize = 4;

/// Saved graphics states (`q`) on a PDF page's stack, at most (64);
/// further saves are ignored, as PDF viewers do.
pub const MAX_GRAPHICS_STACK: usize = 64;

/// Most paragraphs (`§`) in a protocol (5 000): a meeting has at most a
/// few hundred, and the views list every paragraph.
pub const MAX_PARAGRAPHS: usize = 5_000;

/// Most people named in the attendance lists (2 000): the largest council
/// has 101 members plus substitutes; the views tabulate every person.
pub const MAX_PEOPLE: usize = 2_000;

/// Longest line, in bytes (100 000): a paragraph of a Word file is one
/// line, and none is near this; text without line breaks is not a protocol.
pub const MAX_LINE_BYTES: usize = 100_000;

/// Which limit a file went over.
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Limit {
    InputBytes,
    TextBytes,
    DecompressedBytes,
    ZipEntries,
    PdfObjects,
    Pages,
    ContentOperations,
    Nesting,
    Paragraphs,
    People,
    LineLength,
}

impl Limit {
    pub const ALL: [Limit; 11] = [
        Limit::InputBytes,
        Limit::TextBytes,
        Limit::DecompressedBytes,
        Limit::ZipEntries,
        Limit::PdfObjects,
        Limit::Pages,
        Limit::ContentOperations,
        Limit::Nesting,
        Limit::Paragraphs,
        Limit::People,
        Limit::LineLength,
    ];

    /// The limit's value.
    pub fn value(self) -> u64 {
        match self {
            Limit::InputBytes => MAX_INPUT_BYTES as u64,
            Limit::TextBytes => MAX_TEXT_BYTES as u64,
            Limit::DecompressedBytes => MAX_DECOMPRESSED_BYTES,
            Limit::ZipEntries => MAX_ZIP_ENTRIES as u64,
            Limit::PdfObjects => MAX_PDF_OBJECTS as u64,
            Limit::Pages => MAX_PAGES as u64,
            Limit::ContentOperations => MAX_CONTENT_OPERATIONS as u64,
            Limit::Nesting => MAX_NESTING as u64,
            Limit::Paragraphs => MAX_PARAGRAPHS as u64,
            Limit::People => MAX_PEOPLE as u64,
            Limit::LineLength => MAX_LINE_BYTES as u64,
        }
    }

    /// What went over, and by how much, in Swedish.
    fn what(self, found: u64) -> String {
        let v = self.value();
        match self {
            Limit::InputBytes => format!(
                "Filen är för stor: {} MB, högst {} MB går att läsa",
                mb(found),
                mb(v)
            ),
            Limit::TextBytes => format!(
                "Texten är för lång: {} MB, högst {} MB går att läsa",
                mb(found),
                mb(v)
            ),
            Limit::DecompressedBytes => {
                format!("Filen packas upp till mer än {} MB (zip-bomb?)", mb(v))
            }
            Limit::ZipEntries => format!("Filen innehåller {found} delar, högst {v} går att läsa"),
            Limit::PdfObjects => format!("PDF-filen har {found} objekt, högst {v} går att läsa"),
            Limit::Pages => format!("PDF-filen har {found} sidor, högst {v} går att läsa"),
            Limit::ContentOperations => {
                format!("PDF-filens sidor har fler än {v} ritoperationer")
            }
            Limit::Nesting => format!("Filen är nästlad djupare än {v} nivåer"),
            Limit::Paragraphs => format!("Protokollet har fler än {v} paragrafer"),
            Limit::People => {
                format!("Närvarolistorna har {found} personer, högst {v} går att läsa")
            }
            Limit::LineLength => format!("En rad är {found} byte lång, högst {v} går att läsa"),
        }
    }

    fn what_en(self, found: u64) -> String {
        let v = self.value();
        match self {
            Limit::InputBytes => format!(
                "The file is too large: {} MB, at most {} MB can be read",
                mb(found),
                mb(v)
            ),
            Limit::TextBytes => format!(
                "The text is too long: {} MB, at most {} MB can be read",
                mb(found),
                mb(v)
            ),
            Limit::DecompressedBytes => {
                format!("The file unpacks to more than {} MB (a zip bomb?)", mb(v))
            }
            Limit::ZipEntries => format!("The file has {found} parts, at most {v} can be read"),
            Limit::PdfObjects => format!("The PDF has {found} objects, at most {v} can be read"),
            Limit::Pages => format!("The PDF has {found} pages, at most {v} can be read"),
            Limit::ContentOperations => {
                format!("The PDF's pages have more than {v} drawing operations")
            }
            Limit::Nesting => format!("The file is nested more than {v} levels deep"),
            Limit::Paragraphs => format!("The protocol has more than {v} paragraphs"),
            Limit::People => {
                format!("The attendance lists name {found} people, at most {v} can be read")
            }
            Limit::LineLength => format!("A line is {found} bytes long, at most {v} can be read"),
        }
    }

    /// What the user can do about it, in Swedish.
    fn advice(self) -> &'static str {
        match self {
            Limit::InputBytes | Limit::TextBytes | Limit::Pages | Limit::Paragraphs => {
                "Dela upp dokumentet, till exempel ett protokoll per fil utan bilagor."
            }
            Limit::DecompressedBytes | Limit::ZipEntries | Limit::Nesting => {
                "Filen är troligen skadad eller gjord för att störa. Öppna den i Word och spara den igen, eller spara som PDF."
            }
            Limit::PdfObjects | Limit::ContentOperations => {
                "Spara protokollet som PDF utan inbäddade kartor och ritningar, eller som Word (.docx) eller text."
            }
            Limit::People => "Kontrollera att filen är ett protokoll; dela annars upp den.",
            Limit::LineLength => {
                "Texten saknar radbrytningar; spara den igen som text med en rad per stycke."
            }
        }
    }

    fn advice_en(self) -> &'static str {
        match self {
            Limit::InputBytes | Limit::TextBytes | Limit::Pages | Limit::Paragraphs => {
                "Split the document, for example one protocol per file without appendices."
            }
            Limit::DecompressedBytes | Limit::ZipEntries | Limit::Nesting => {
                "The file is probably damaged or made to disrupt. Open it in Word and save it again, or save it as PDF."
            }
            Limit::PdfObjects | Limit::ContentOperations => {
                "Save the protocol as a PDF without embedded maps and drawings, or as Word (.docx) or text."
            }
            Limit::People => "Check that the file is a protocol; otherwise split it.",
            Limit::LineLength => {
                "The text has no line breaks; save it again as text with one line per paragraph."
            }
        }
    }

    /// The whole message in Swedish: which limit, then what to do.
    pub fn message(self, found: u64) -> String {
        format!("{}. {}", self.what(found), self.advice())
    }

    /// The whole message in English.
    pub fn message_en(self, found: u64) -> String {
        format!("{}. {}", self.what_en(found), self.advice_en())
    }
}

fn mb(bytes: u64) -> u64 {
    bytes.div_ceil(1 << 20)
}

/// The decoded text's own limits: its length and its longest line (a line
/// ends at `\n` or `\r`).
pub fn check_text(text: &str) -> Result<(), (Limit, u64)> {
    if text.len() > MAX_TEXT_BYTES {
        return Err((Limit::TextBytes, text.len() as u64));
    }
    let longest = longest_line(text);
    if longest > MAX_LINE_BYTES {
        return Err((Limit::LineLength, longest as u64));
    }
    Ok(())
}

/// The length in bytes of the longest line of `text`, a line ending at
/// `\n` or `\r`: the line breaks found by memchr, not character by
/// character.
fn longest_line(text: &str) -> usize {
    let (mut longest, mut start) = (0, 0);
    for end in memchr::memchr2_iter(b'\n', b'\r', text.as_bytes()) {
        longest = longest.max(end - start);
        start = end + 1;
    }
    longest.max(text.len() - start)
}

/// The parsed model's limits: paragraphs and people. The parser reads one
/// paragraph past [`MAX_PARAGRAPHS`] and then stops, so going over shows.
pub fn check_document(doc: &crate::Document) -> Result<(), (Limit, u64)> {
    if doc.paragraphs.len() > MAX_PARAGRAPHS {
        return Err((Limit::Paragraphs, doc.paragraphs.len() as u64));
    }
    let people = doc.attendance.all().count();
    if people > MAX_PEOPLE {
        return Err((Limit::People, people as u64));
    }
    Ok(())
}

/// How deep PDF syntax nests: `[` and `<<` open, `]` and `>>` close;
/// strings `( )`, hex strings `< >`, comments and stream data are skipped.
/// Stops counting once past `stop` (the answer is then `stop + 1`).
pub fn nesting_depth(bytes: &[u8], stop: usize) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' => i = skip_string(bytes, i),
            b'%' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if bytes.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 1;
            }
            b'<' => {
                while i < bytes.len() && bytes[i] != b'>' {
                    i += 1;
                }
            }
            b'[' => depth += 1,
            b'>' if bytes.get(i + 1) == Some(&b'>') => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b']' => depth = depth.saturating_sub(1),
            b's' if bytes[i..].starts_with(b"stream")
                && (i == 0 || !bytes[i - 1].is_ascii_alphabetic()) =>
            {
                // Stream data is binary: jump to its end.
                match find(&bytes[i + 6..], b"endstream") {
                    Some(j) => i += 6 + j + 8,
                    None => break,
                }
            }
            _ => {}
        }
        max = max.max(depth);
        if max > stop {
            return stop + 1;
        }
        i += 1;
    }
    max
}

/// The index of the `)` that closes the string opening at `i` (or the end):
/// balanced parentheses, backslash escapes.
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    let mut open = 0usize;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'(' => open += 1,
            b')' => {
                open -= 1;
                if open == 0 {
                    return i;
                }
            }
            _ => {}
        }
        i += 1;
    }
    i
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let mut i = 0;
    while let Some(j) = hay[i..].iter().position(|&b| b == needle[0]) {
        if hay[i + j..].starts_with(needle) {
            return Some(i + j);
        }
        i += j + 1;
    }
    None
}

/// An upper bound of the objects in a PDF: each `N G obj` keyword, plus the
/// `/N` count of every object stream.
pub fn pdf_objects(bytes: &[u8]) -> usize {
    let mut count = 0usize;
    let mut from = 0;
    while let Some(j) = find(&bytes[from..], b"obj") {
        let at = from + j;
        from = at + 3;
        let keyword = !bytes[..at].ends_with(b"end")
            && at > 0
            && bytes[at - 1].is_ascii_whitespace()
            && !bytes.get(at + 3).is_some_and(u8::is_ascii_alphanumeric);
        count += keyword as usize;
    }
    // Object streams are few: read each one's dictionary around its type.
    let mut from = 0;
    while let Some(j) = find(&bytes[from..], b"/ObjStm") {
        let at = from + j;
        from = at + 7;
        let back = &bytes[at.saturating_sub(512)..at];
        let start = at - back.len() + back.windows(2).rposition(|w| w == b"<<").unwrap_or(0);
        let ahead = &bytes[at..bytes.len().min(at + 512)];
        let end = at + find(ahead, b">>").unwrap_or(ahead.len());
        count += object_stream_count(&bytes[start..end]);
    }
    count
}

/// The `/N` entry of an object stream's dictionary.
fn object_stream_count(dict: &[u8]) -> usize {
    let mut from = 0;
    while let Some(j) = find(&dict[from..], b"/N") {
        let at = from + j + 2;
        from = at;
        if dict.get(at).is_some_and(u8::is_ascii_alphanumeric) {
            continue; // `/Name`, `/Next`: not `/N`
        }
        let digits: String = dict[at..]
            .iter()
            .skip_while(|b| b.is_ascii_whitespace())
            .take_while(|b| b.is_ascii_digit())
            .take(12)
            .map(|&b| b as char)
            .collect();
        return digits.parse().unwrap_or(0);
    }
    0
}

/// An upper bound of the operations in a content stream: its operator
/// keywords (runs of letters and `*`, `'`, `"` that are not names), with
/// strings, hex strings and comments skipped.
pub fn content_operations(bytes: &[u8]) -> usize {
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'(' => i = skip_string(bytes, i),
            b'<' if bytes.get(i + 1) != Some(&b'<') => {
                while i < bytes.len() && bytes[i] != b'>' {
                    i += 1;
                }
            }
            b'%' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'/' => {
                i += 1;
                while i < bytes.len() && !is_delimiter(bytes[i]) {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => count += 1,
            _ if b.is_ascii_alphabetic() => {
                count += 1;
                while i < bytes.len() && !is_delimiter(bytes[i]) {
                    i += 1;
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    count
}

fn is_delimiter(b: u8) -> bool {
    b.is_ascii_whitespace() || b"()<>[]{}/%".contains(&b)
}

/// How deep XML elements nest (start tags minus end tags, self-closing
/// ones neither), stopping once past `stop`.
pub fn xml_depth(xml: &str, stop: usize) -> usize {
    let bytes = xml.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while let Some(j) = bytes[i..].iter().position(|&b| b == b'<') {
        let at = i + j;
        let Some(k) = bytes[at..].iter().position(|&b| b == b'>') else {
            break;
        };
        let tag = &bytes[at + 1..at + k];
        i = at + k + 1;
        match tag.first() {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(b'?' | b'!') => {}
            _ if tag.ends_with(b"/") => {}
            _ => {
                depth += 1;
                max = max.max(depth);
                if max > stop {
                    return stop + 1;
                }
            }
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_limit_message_names_the_limit_and_what_to_do() {
        for limit in Limit::ALL {
            let sv = limit.message(limit.value() + 1);
            let en = limit.message_en(limit.value() + 1);
            assert!(sv.ends_with('.') && en.ends_with('.'), "{sv} / {en}");
            assert!(sv.contains(". ") && en.contains(". "), "{sv} / {en}");
            let v = limit.value();
            let shown = [v.to_string(), mb(v).to_string()];
            assert!(shown.iter().any(|s| sv.contains(s.as_str())), "{sv}");
            assert!(shown.iter().any(|s| en.contains(s.as_str())), "{en}");
        }
    }

    /// The longest line found by the line breaks' bytes is the longest
    /// piece of the text split at `\n` and `\r`.
    #[test]
    fn longest_line_is_the_longest_split_piece() {
        const PIECES: &[&str] = &[
            "a", "åäö", "§", "\n", "\r", "\r\n", "\n\n", " ", "\u{a0}", "\t", "É", "",
        ];
        let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15);
        for _ in 0..20_000 {
            let text = rng.pieces(PIECES, 41);
            let split = text.split(['\n', '\r']).map(str::len).max().unwrap_or(0);
            assert_eq!(longest_line(&text), split, "{text:?}");
        }
    }

    #[test]
    fn text_at_the_line_limit_passes_one_byte_more_does_not() {
        let line = "a".repeat(MAX_LINE_BYTES);
        assert_eq!(check_text(&format!("§ 1\n{line}\n")), Ok(()));
        assert_eq!(check_text(&format!("§ 1\r{line}\r")), Ok(()));
        assert_eq!(
            check_text(&format!("§ 1\n{line}b\n")),
            Err((Limit::LineLength, MAX_LINE_BYTES as u64 + 1))
        );
    }

    #[test]
    fn text_at_the_size_limit_passes_one_byte_more_does_not() {
        let line = format!("{}\n", "a".repeat(1023));
        let text = line.repeat(MAX_TEXT_BYTES / 1024);
        assert_eq!(text.len(), MAX_TEXT_BYTES);
        assert_eq!(check_text(&text), Ok(()));
        let over = text + "a";
        assert_eq!(
            check_text(&over),
            Err((Limit::TextBytes, MAX_TEXT_BYTES as u64 + 1))
        );
    }

    #[test]
    fn nesting_is_counted_outside_strings_and_streams() {
        assert_eq!(nesting_depth(b"<< /A [1 [2] (([[[) <5B5B> >>", 10), 3);
        assert_eq!(nesting_depth(b"[ % [[[[\n ]", 10), 1);
        assert_eq!(
            nesting_depth(b"<< /Length 3 >> stream\n[[[\nendstream [", 10),
            1
        );
        let deep = [vec![b'['; MAX_NESTING], vec![b']'; MAX_NESTING]].concat();
        assert_eq!(nesting_depth(&deep, MAX_NESTING), MAX_NESTING);
        let deeper = [vec![b'['; MAX_NESTING + 1], vec![b']'; MAX_NESTING + 1]].concat();
        assert_eq!(nesting_depth(&deeper, MAX_NESTING), MAX_NESTING + 1);
        // The scan stops early: a million brackets cost no more than 257.
        assert_eq!(nesting_depth(&vec![b'['; 1 << 20], 4), 5);
    }

    #[test]
    fn xml_depth_counts_open_elements() {
        assert_eq!(xml_depth("<?xml?><a><b/><c>x</c></a>", 10), 2);
        assert_eq!(xml_depth("<!-- <x> --><a></a>", 10), 1);
        let deep = "<w:p>".repeat(MAX_NESTING) + &"</w:p>".repeat(MAX_NESTING);
        assert_eq!(xml_depth(&deep, MAX_NESTING), MAX_NESTING);
        assert_eq!(
            xml_depth(&format!("<a>{deep}</a>"), MAX_NESTING),
            MAX_NESTING + 1
        );
    }

    #[test]
    fn objects_and_operations_are_counted_as_upper_bounds() {
        let pdf = b"1 0 obj\n<< >>\nendobj\n2 0 obj<< /Type /ObjStm /N 7 /First 9 >>stream\nendstream endobj\n(3 0 obj)";
        assert_eq!(pdf_objects(pdf), 1 + 1 + 7 + 1);
        assert_eq!(
            content_operations(
                b"BT /F1 12 Tf (Tj Tj) Tj [(a) -2 (b)] TJ T* (x) ' ET % q Q\n<54 6A> Tj"
            ),
            8
        );
    }
}
