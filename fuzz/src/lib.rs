//! The fuzz targets' bodies: every path from a file's bytes to what the page
//! shows, each with the invariants that must hold whatever the input.
//!
//! `fuzz_targets/*.rs` hand libFuzzer's bytes to these functions; a crash
//! is a panic (an `unwrap`, an index out of range, an overflow: targets are
//! built with debug assertions), an abort, running out of memory
//! (`-rss_limit_mb`) or a unit slower than `-timeout`. Each one found is
//! kept as a fixture in `crates/justera/tests/robust.rs`.
//!
//! PDF and Word files are compressed and cross-referenced, so random bytes
//! rarely get past their first check. Two targets therefore wrap the fuzzed
//! bytes in a well-formed container ([`pdf_with`], [`docx_with`]) to reach
//! the content stream interpreter and the XML walkers; the plain `decode`
//! target still mutates whole files (seeded with small crafted ones).

use std::io::{Cursor, Write};

use justera::input::{self, Decoded, InputError};

/// `input::decode` on raw bytes: text in any encoding, .docx, PDF, or a
/// refusal with a message in both languages.
pub fn decode(data: &[u8]) {
    let _ = decoded(input::decode(data));
}

/// Fuzzed bytes as `word/document.xml`; after a NUL byte, the rest are
/// `word/styles.xml`, then `word/numbering.xml`, `word/comments.xml`,
/// `word/footnotes.xml` (NUL-separated), so the XML walkers of every part
/// see mutated input inside a valid zip.
pub fn docx_xml(data: &[u8]) {
    const PARTS: [&str; 5] = [
        "word/document.xml",
        "word/styles.xml",
        "word/numbering.xml",
        "word/comments.xml",
        "word/footnotes.xml",
    ];
    let parts: Vec<(&str, &[u8])> = PARTS.iter().copied().zip(data.split(|&b| b == 0)).collect();
    let _ = decoded(input::decode(&docx_with(&parts, false)));
}

/// Fuzzed bytes as a page's content stream; after a NUL byte, the rest is
/// the regular font's `ToUnicode` CMap. The page also names a form
/// XObject `/X1` that holds the same content and draws itself (nesting).
pub fn pdf_content(data: &[u8]) {
    let mut it = data.splitn(2, |&b| b == 0);
    let content = it.next().unwrap_or_default();
    let cmap = it.next();
    let _ = decoded(input::decode(&pdf_with(&[content], cmap)));
}

/// Text straight to the parser, the rules and the summary (what pasting
/// does): spans stay inside the text and on character boundaries.
pub fn text(data: &[u8]) {
    let src = String::from_utf8_lossy(data);
    parse_check(&src);
}

/// The web worker's whole job for a file (decode, parse, read items, then
/// check), every reply's trip through JSON to the page, in order: the
/// parsed file first, its findings after.
pub fn process(data: &[u8]) {
    use justera_web::work::{run, Input, Reply};
    let mut replies = Vec::new();
    run(1, Input::Bytes(data.to_vec()), |r| replies.push(r.to_json()));
    let mut len = None;
    for json in &replies {
        let back = Reply::from_json(json).expect("a reply reads back");
        match &back {
            Reply::Done(done) => {
                let n = done.text.len();
                for item in &done.items {
                    assert!(item.span.end <= n && done.text.is_char_boundary(item.span.start));
                }
                len = Some(n);
            }
            Reply::Checked(checks) => {
                let n = len.expect("the findings come after the parsed file");
                for f in &checks.findings {
                    assert!(f.span.end <= n, "{} past the end", f.code);
                }
            }
            _ => {}
        }
        // Floats in the model may not round-trip bit for bit; the JSON must.
        assert_eq!(&back.to_json(), json);
    }
}

fn decoded(r: Result<Decoded, InputError>) -> Option<Decoded> {
    match r {
        Ok(d) => {
            assert!(!d.text.trim().is_empty(), "an empty text is an error");
            assert!(d.pages.windows(2).all(|w| w[0] <= w[1]), "pages in order");
            assert!(d.pages.iter().all(|&p| p <= d.text.len()));
            for n in &d.notes {
                assert!(!n.message().is_empty() && !n.message_en().is_empty());
                if let Some(s) = n.span() {
                    assert!(s.start <= s.end && s.end <= d.text.len(), "{n:?}");
                    assert!(d.text.is_char_boundary(s.start) && d.text.is_char_boundary(s.end));
                }
            }
            Some(d)
        }
        Err(e) => {
            assert!(!e.message().is_empty() && !e.message_en().is_empty());
            None
        }
    }
}

fn parse_check(src: &str) {
    let doc = justera::parse(src);
    assert_eq!(doc.blocks.first().map(|b| b.span.start), Some(0));
    assert_eq!(doc.blocks.last().map(|b| b.span.end), Some(src.len()));
    for d in justera::check(&doc, src) {
        assert!(
            d.span.start <= d.span.end && d.span.end <= src.len(),
            "{d:?}"
        );
        assert!(src.is_char_boundary(d.span.start) && src.is_char_boundary(d.span.end));
        assert!(!d.message.is_empty() && !d.message_en.is_empty());
    }
    let _ = justera::summarize(&doc);
    assert!(justera::to_json(&doc).starts_with('{'));
}

// ------------------------------------------------------------ containers

/// A one-font PDF whose pages hold `contents` (raw content streams, not
/// compressed). Font `/F1` is Helvetica (WinAnsi) with `cmap` as its
/// `ToUnicode` when given, `/F2` Helvetica-Bold; `/X1` is a form XObject
/// with the first page's content that draws itself again. The cross
/// reference table is exact, so the reader takes the normal path.
pub fn pdf_with(contents: &[&[u8]], cmap: Option<&[u8]>) -> Vec<u8> {
    let first = contents.first().copied().unwrap_or_default();
    let n = contents.len();
    // 1 catalog, 2 pages, 3 F1, 4 F2, 5 X1, 6 cmap, 7.. pages, then contents.
    let page_id = |i: usize| 7 + i;
    let content_id = |i: usize| 7 + n + i;
    let mut objects: Vec<Vec<u8>> = Vec::new();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R /Lang (sv-SE) >>".to_vec());
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", page_id(i))).collect();
    objects.push(
        format!(
            "<< /Type /Pages /Kids [{}] /Count {n} /MediaBox [0 0 595 842] \
             /Resources << /Font << /F1 3 0 R /F2 4 0 R >> /XObject << /X1 5 0 R >> >> >>",
            kids.join(" ")
        )
        .into_bytes(),
    );
    let unicode = if cmap.is_some() {
        " /ToUnicode 6 0 R"
    } else {
        ""
    };
    objects.push(
        format!("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding{unicode} >>")
            .into_bytes(),
    );
    objects.push(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    );
    objects.push(stream(
        "/Type /XObject /Subtype /Form /BBox [0 0 595 842] \
         /Resources << /Font << /F1 3 0 R >> /XObject << /X1 5 0 R >> >>",
        first,
    ));
    objects.push(stream("", cmap.unwrap_or_default()));
    for i in 0..n {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /Contents {} 0 R >>",
                content_id(i)
            )
            .into_bytes(),
        );
    }
    for c in contents {
        objects.push(stream("", c));
    }
    assemble_pdf(&objects)
}

/// A PDF from its objects (numbered from 1), with an exact xref table.
pub fn assemble_pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.5\n%\xE2\xE3\xCF\xD3\n".to_vec();
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

/// A stream object with `dict` entries (besides `/Length`) and `data`.
pub fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    s.extend_from_slice(data);
    s.extend_from_slice(b"\nendstream");
    s
}

/// zlib-compressed `data` (for `/Filter /FlateDecode` streams).
pub fn zlib(data: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(data).unwrap();
    z.finish().unwrap()
}

/// A zip of `parts` (name, bytes): stored, or deflated when `deflate`.
/// `word/document.xml` gets the Word namespace wrapper when the bytes do
/// not start with `<?xml`, so a mutated body is still a document.
pub fn docx_with(parts: &[(&str, &[u8])], deflate: bool) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let method = if deflate {
        zip::CompressionMethod::Deflated
    } else {
        zip::CompressionMethod::Stored
    };
    let opts = zip::write::SimpleFileOptions::default().compression_method(method);
    for (name, bytes) in parts {
        zip.start_file(*name, opts).unwrap();
        if *name == "word/document.xml" && !bytes.starts_with(b"<?xml") {
            zip.write_all(DOC_OPEN.as_bytes()).unwrap();
            zip.write_all(bytes).unwrap();
            zip.write_all(DOC_CLOSE.as_bytes()).unwrap();
        } else {
            zip.write_all(bytes).unwrap();
        }
    }
    zip.finish().unwrap().into_inner()
}

pub const DOC_OPEN: &str = r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#;
pub const DOC_CLOSE: &str = "</w:body></w:document>";
