//! Every limit of `justera::limits` at its edge: a file exactly at the
//! limit is read, one more (byte, entry, object, page, operation, level,
//! paragraph, person) is refused with that limit named in both languages.

use std::io::{Cursor, Write};

use justera::input::{decode, decode_with, InputError, Limits};
use justera::limits::{self, Limit};

fn refused(bytes: &[u8]) -> (Limit, u64) {
    match decode(bytes) {
        Err(InputError::OverLimit { limit, found }) => (limit, found),
        other => panic!("not refused by a limit: {:?}", other.map(|d| d.text.len())),
    }
}

fn assert_over(err: InputError, limit: Limit) {
    let InputError::OverLimit { limit: got, .. } = &err else {
        panic!("not a limit: {err:?}")
    };
    assert_eq!(*got, limit);
    assert!(!err.message().is_empty() && !err.message_en().is_empty());
}

// ------------------------------------------------------------ containers

/// A PDF from its objects (numbered from 1), with an exact xref table.
fn assemble_pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.5\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn stream(data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< /Length {} >>\nstream\n", data.len()).into_bytes();
    s.extend_from_slice(data);
    s.extend_from_slice(b"\nendstream");
    s
}

const TEXT_OPS: &[u8] = b"BT /F1 12 Tf 72 700 Td (Protokoll) Tj ET\n";

/// A PDF with one page per content stream, then `extra` objects (`null`)
/// that nothing refers to, and `extra_dict` in the catalog.
fn pdf(pages: &[Vec<u8>], extra: usize, extra_dict: &[u8]) -> Vec<u8> {
    let n = pages.len();
    let mut objects = vec![
        [b"<< /Type /Catalog /Pages 2 0 R ".as_slice(), extra_dict, b" >>"].concat(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {n} /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>",
            (0..n).map(|i| format!("{} 0 R", 4 + i)).collect::<Vec<_>>().join(" ")
        )
        .into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    ];
    for i in 0..n {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /Contents {} 0 R >>",
                4 + n + i
            )
            .into_bytes(),
        );
    }
    for p in pages {
        objects.push(stream(p));
    }
    for _ in 0..extra {
        objects.push(b"null".to_vec());
    }
    assemble_pdf(&objects)
}

/// A stored zip of `parts`.
fn zip(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in parts {
        zip.start_file(name.as_str(), opts).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn document_xml(body: &str) -> (String, Vec<u8>) {
    (
        "word/document.xml".into(),
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
        )
        .into_bytes(),
    )
}

const PARAGRAPH: &str = "<w:p><w:r><w:t>§ 1 Val av justerare</w:t></w:r></w:p>";

// ----------------------------------------------------------------- edges

#[test]
fn input_bytes() {
    // A Word file padded to exactly the limit with a part nobody reads.
    let build = |pad: usize| {
        zip(&[
            document_xml(PARAGRAPH),
            ("word/media/pad.bin".into(), vec![b'x'; pad]),
        ])
    };
    let probe = build(0).len();
    let at = build(limits::MAX_INPUT_BYTES - probe);
    assert_eq!(at.len(), limits::MAX_INPUT_BYTES);
    assert!(decode(&at).unwrap().text.contains("§ 1"));
    let over = build(limits::MAX_INPUT_BYTES - probe + 1);
    assert_eq!(
        refused(&over),
        (Limit::InputBytes, limits::MAX_INPUT_BYTES as u64 + 1)
    );
}

#[test]
fn text_bytes() {
    let line = format!("§ 1 {}\n", "a".repeat(1018));
    let text = line.repeat(limits::MAX_TEXT_BYTES / line.len());
    assert_eq!(text.len(), limits::MAX_TEXT_BYTES);
    assert_eq!(decode(text.as_bytes()).unwrap().text.len(), text.len());
    let over = text + "a";
    assert_eq!(
        refused(over.as_bytes()),
        (Limit::TextBytes, limits::MAX_TEXT_BYTES as u64 + 1)
    );
    // Far over: refused before decoding, from the byte count alone.
    let huge = vec![b'a'; 2 * limits::MAX_TEXT_BYTES + 2];
    assert_eq!(refused(&huge).0, Limit::TextBytes);
}

#[test]
fn line_length() {
    let line = "a".repeat(limits::MAX_LINE_BYTES);
    assert!(decode(format!("§ 1\n{line}\n").as_bytes()).is_ok());
    assert_eq!(
        refused(format!("§ 1\n{line}a\n").as_bytes()),
        (Limit::LineLength, limits::MAX_LINE_BYTES as u64 + 1)
    );
}

#[test]
fn decompressed_bytes() {
    // Only word/document.xml is read from this zip: its size is the total.
    let bytes = zip(&[document_xml(PARAGRAPH)]);
    let size = document_xml(PARAGRAPH).1.len() as u64;
    let at = Limits {
        max_unzipped: size,
        ..Limits::default()
    };
    assert!(decode_with(&bytes, &at).is_ok());
    let under = Limits {
        max_unzipped: size - 1,
        ..Limits::default()
    };
    let err = decode_with(&bytes, &under).unwrap_err();
    assert_eq!(err, InputError::over(Limit::DecompressedBytes, size));
    assert!(err.message().contains("zip-bomb"), "{}", err.message());
    assert_eq!(
        Limits::default().max_unzipped,
        limits::MAX_DECOMPRESSED_BYTES
    );
}

#[test]
fn zip_entries() {
    let mut parts = vec![document_xml(PARAGRAPH)];
    for i in 1..limits::MAX_ZIP_ENTRIES {
        parts.push((format!("p/{i}"), Vec::new()));
    }
    assert_eq!(parts.len(), limits::MAX_ZIP_ENTRIES);
    assert!(decode(&zip(&parts)).is_ok());
    parts.push(("p/last".into(), Vec::new()));
    assert_eq!(
        refused(&zip(&parts)),
        (Limit::ZipEntries, limits::MAX_ZIP_ENTRIES as u64 + 1)
    );
}

#[test]
fn pdf_objects() {
    // Catalog, pages, font, page, content: 5 objects, the rest padding.
    let pages = [TEXT_OPS.to_vec()];
    let at = pdf(&pages, limits::MAX_PDF_OBJECTS - 5, b"");
    assert!(decode(&at).unwrap().text.contains("Protokoll"));
    let over = pdf(&pages, limits::MAX_PDF_OBJECTS - 4, b"");
    assert_eq!(
        refused(&over),
        (Limit::PdfObjects, limits::MAX_PDF_OBJECTS as u64 + 1)
    );
}

#[test]
fn pages() {
    let pages = vec![TEXT_OPS.to_vec(); limits::MAX_PAGES];
    assert!(decode(&pdf(&pages, 0, b"")).is_ok());
    let pages = vec![TEXT_OPS.to_vec(); limits::MAX_PAGES + 1];
    assert_eq!(
        refused(&pdf(&pages, 0, b"")),
        (Limit::Pages, limits::MAX_PAGES as u64 + 1)
    );
}

#[test]
fn content_operations() {
    // The text takes 5 operations; `n` (end a path, draw nothing) one each.
    let page = |n: usize| [TEXT_OPS, &b"n ".repeat(n)].concat();
    let at = limits::MAX_CONTENT_OPERATIONS - 5;
    assert!(decode(&pdf(&[page(at)], 0, b"")).is_ok());
    assert_eq!(
        refused(&pdf(&[page(at + 1)], 0, b"")),
        (
            Limit::ContentOperations,
            limits::MAX_CONTENT_OPERATIONS as u64 + 1
        )
    );
    // Counted over all pages, not per page.
    let half = [page(at / 2 + 1), page(at / 2 + 1)];
    assert_eq!(refused(&pdf(&half, 0, b"")).0, Limit::ContentOperations);
}

#[test]
fn nesting_in_pdf_objects_and_content() {
    // The catalog dictionary is one level; its /X array nests the rest.
    let nest = |n: usize| [b"/X ".as_slice(), &b"[".repeat(n), &b"]".repeat(n)].concat();
    let pages = [TEXT_OPS.to_vec()];
    assert!(decode(&pdf(&pages, 0, &nest(limits::MAX_NESTING - 1))).is_ok());
    assert_eq!(
        refused(&pdf(&pages, 0, &nest(limits::MAX_NESTING))),
        (Limit::Nesting, limits::MAX_NESTING as u64 + 1)
    );
    // In a content stream (an operand array of arrays).
    let deep = |n: usize| [TEXT_OPS, &b"[".repeat(n), &b"]".repeat(n), b" pop"].concat();
    assert!(decode(&pdf(&[deep(limits::MAX_NESTING)], 0, b"")).is_ok());
    assert_eq!(
        refused(&pdf(&[deep(limits::MAX_NESTING + 1)], 0, b"")),
        (Limit::Nesting, limits::MAX_NESTING as u64 + 1)
    );
}

#[test]
fn nesting_in_word_xml() {
    // w:document and w:body are two levels; the rest are nested runs.
    let body = |n: usize| {
        format!(
            "{PARAGRAPH}<w:p>{}{}</w:p>",
            "<w:r>".repeat(n - 1),
            "</w:r>".repeat(n - 1)
        )
    };
    assert!(decode(&zip(&[document_xml(&body(limits::MAX_NESTING - 2))])).is_ok());
    assert_eq!(
        refused(&zip(&[document_xml(&body(limits::MAX_NESTING - 1))])),
        (Limit::Nesting, limits::MAX_NESTING as u64 + 1)
    );
}

#[test]
fn paragraphs() {
    let text = |n: usize| {
        let mut s = String::from("Socialnämnden\nProtokoll 2024-03-18\n\n");
        for i in 1..=n {
            s.push_str(&format!("§ {i} Ärende {i}\n\nBeslut att bifalla.\n\n"));
        }
        s
    };
    let at = justera::parse(&text(limits::MAX_PARAGRAPHS));
    assert_eq!(at.paragraphs.len(), limits::MAX_PARAGRAPHS);
    assert_eq!(limits::check_document(&at), Ok(()));
    let over = justera::parse(&text(limits::MAX_PARAGRAPHS + 1));
    assert_eq!(
        limits::check_document(&over),
        Err((Limit::Paragraphs, limits::MAX_PARAGRAPHS as u64 + 1))
    );
    // What the CLI and the web app read through: the whole protocol at the
    // limit, a refusal naming the limit one paragraph over it (never the
    // first 5 000 paragraphs as if they were all).
    let doc = justera::parse_checked(&text(limits::MAX_PARAGRAPHS)).unwrap();
    assert_eq!(doc.paragraphs.len(), limits::MAX_PARAGRAPHS);
    let bytes = text(limits::MAX_PARAGRAPHS + 1).into_bytes();
    let err = justera::parse_checked(&text(limits::MAX_PARAGRAPHS + 1)).unwrap_err();
    assert_over(err.clone(), Limit::Paragraphs);
    assert!(err.message().contains("fler än 5000 paragrafer"), "{err:?}");
    assert!(err.message().contains("Dela upp dokumentet"), "{err:?}");
    assert!(err.message_en().contains("more than 5000 paragraphs"));
    let decoded = decode(&bytes).expect("the text itself is within its limits");
    assert_eq!(justera::parse_decoded(&decoded), Err(err.clone()));
    assert_eq!(justera::parse_decoded_with_scan(&decoded).err(), Some(err));
}

#[test]
fn people() {
    let text = |n: usize| {
        let mut s = String::from("## Socialnämnden\n\n### Ledamöter\n\n");
        for i in 0..n {
            s.push_str(&format!("Person{} Efternamn{} (S)  \n", alpha(i), alpha(i)));
        }
        s + "\n## § 1 Val av justerare\n\nBeslut att bifalla.\n"
    };
    let at = justera::parse(&text(limits::MAX_PEOPLE));
    assert_eq!(at.attendance.all().count(), limits::MAX_PEOPLE);
    assert_eq!(limits::check_document(&at), Ok(()));
    let over = justera::parse(&text(limits::MAX_PEOPLE + 1));
    assert_eq!(
        limits::check_document(&over),
        Err((Limit::People, limits::MAX_PEOPLE as u64 + 1))
    );
    let doc = justera::parse_checked(&text(limits::MAX_PEOPLE)).unwrap();
    assert_eq!(doc.attendance.all().count(), limits::MAX_PEOPLE);
    let err = justera::parse_checked(&text(limits::MAX_PEOPLE + 1)).unwrap_err();
    assert_over(err.clone(), Limit::People);
    assert!(
        err.message().contains("2001 personer, högst 2000"),
        "{err:?}"
    );
    assert!(err
        .message()
        .contains("Kontrollera att filen är ett protokoll"));
    assert!(err.message_en().contains("2001 people, at most 2000"));
    let decoded = decode(text(limits::MAX_PEOPLE + 1).as_bytes()).unwrap();
    assert_eq!(justera::parse_decoded(&decoded), Err(err));
}

#[test]
fn text_pasted_past_the_reader_meets_the_same_limits() {
    let line = "a".repeat(limits::MAX_LINE_BYTES + 1);
    let err = justera::parse_checked(&format!("§ 1\n{line}\n")).unwrap_err();
    assert_over(err, Limit::LineLength);
    let line = "a".repeat(limits::MAX_LINE_BYTES);
    assert!(justera::parse_checked(&format!("§ 1\n{line}\n")).is_ok());
}

/// A number written in letters (names hold no digits).
fn alpha(mut i: usize) -> String {
    let mut s = String::new();
    loop {
        s.push((b'a' + (i % 26) as u8) as char);
        i /= 26;
        if i == 0 {
            return s;
        }
    }
}

#[test]
fn a_limit_refusal_is_a_message_in_both_languages() {
    let err = InputError::over(Limit::Pages, 2_001u64);
    assert!(err.message().contains("2001 sidor"), "{}", err.message());
    assert!(err.message().contains("Dela upp"), "{}", err.message());
    assert!(
        err.message_en().contains("2001 pages"),
        "{}",
        err.message_en()
    );
    assert!(err.message_en().contains("Split"), "{}", err.message_en());
}
