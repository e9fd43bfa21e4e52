//! Writes the seed corpora into `fuzz/corpus/TARGET/`: the shared seeds and
//! corpus next to the repository (when present), plus small crafted PDFs,
//! zips and content streams. Nothing here is committed; every file is made
//! again by `scripts/fuzz.sh`. Usage: `cargo run --example make_seeds -- SHARED_DIR OUT_DIR`.

use std::fs;
use std::path::{Path, PathBuf};

use justera_fuzz::{assemble_pdf, docx_with, pdf_with, stream, zlib};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let shared = PathBuf::from(args.get(1).map_or("../../shared", String::as_str));
    let out = PathBuf::from(args.get(2).map_or("corpus", String::as_str));
    let mut texts: Vec<Vec<u8>> = Vec::new();
    for dir in ["seeds", "corpus"] {
        collect(&shared.join(dir), &mut texts);
    }
    texts.extend(crafted_texts());
    let pdfs = crafted_pdfs();
    let zips = crafted_zips();
    let contents = crafted_contents();
    let bodies = crafted_bodies();

    let write = |target: &str, files: &[Vec<u8>]| {
        let dir = out.join(target);
        fs::create_dir_all(&dir).unwrap();
        for (i, bytes) in files.iter().enumerate() {
            fs::write(dir.join(format!("seed-{i:04}")), bytes).unwrap();
        }
        println!("{target}: {} seeds", files.len());
    };
    let all: Vec<Vec<u8>> = texts.iter().chain(&pdfs).chain(&zips).cloned().collect();
    write("decode", &all);
    // The parse targets read at most their first 4 KB (scripts/fuzz.sh's
    // -max_len): each protocol also comes in pieces of about that size, cut
    // where a paragraph ends, so every part of a protocol is a seed
    // (attendance, proposals, votes, signatures), not only its first page.
    let pieces: Vec<Vec<u8>> = texts.iter().flat_map(|t| pieces(t, 4096)).collect();
    let process: Vec<Vec<u8>> = all.iter().chain(&pieces).cloned().collect();
    write("process", &process);
    let text: Vec<Vec<u8>> = texts.iter().chain(&pieces).cloned().collect();
    write("text", &text);
    write("pdf_content", &contents);
    write("docx_xml", &bodies);
}

/// `text` cut after blank lines into pieces of at most about `size` bytes
/// (a piece without a blank line in `size` bytes is cut there); none if the
/// text is one piece already.
fn pieces(text: &[u8], size: usize) -> Vec<Vec<u8>> {
    if text.len() <= size {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = (start + size).min(text.len());
        let cut = if end == text.len() {
            end
        } else {
            text[start..end]
                .windows(2)
                .rposition(|w| w == b"\n\n")
                .map_or(end, |i| start + i + 2)
        };
        out.push(text[start..cut].to_vec());
        start = cut;
    }
    out
}

/// Text files (.txt, .md, .tex) under `dir`, at most 256 KB each.
fn collect(dir: &Path, out: &mut Vec<Vec<u8>>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "md" | "tex")
        ) {
            if let Ok(bytes) = fs::read(&path) {
                if bytes.len() <= 256 << 10 {
                    out.push(bytes);
                }
            }
        }
    }
}

const PROTOCOL: &str = "Socialnämnden\nProtokoll 2024-03-18\n\n§ 1 Val av justerare\n\nBeslut\nNämnden utser Anna Berg (S) att justera.\n\n§ 2 Budget\n\nYrkanden\nPer Ek (M) yrkar avslag.\n\nOmröstning\n11 ja-röster mot 4 nej-röster.\n";

fn crafted_texts() -> Vec<Vec<u8>> {
    let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(PROTOCOL);
    let mut utf16 = vec![0xFF, 0xFE];
    for u in PROTOCOL.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    vec![
        PROTOCOL.as_bytes().to_vec(),
        [b"\xEF\xBB\xBF".as_slice(), PROTOCOL.as_bytes()].concat(),
        cp1252.into_owned(),
        utf16,
        b"<script>window.__pwned=1</script>\n\xC2\xA7 1 <img src=x onerror=alert(1)>\n\xE2\x80\xAEtxt.exe\n".to_vec(),
    ]
}

/// Content streams that draw a protocol in both fonts, with the text and
/// graphics operators the interpreter follows.
fn crafted_contents() -> Vec<Vec<u8>> {
    let mut lines = String::new();
    for (i, line) in PROTOCOL.lines().enumerate() {
        let y = 800 - 14 * i as i32;
        let font = if line.starts_with('§') { "F2" } else { "F1" };
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(line);
        let esc: String = bytes
            .iter()
            .map(|&b| match b {
                b'(' | b')' | b'\\' => format!("\\{}", b as char),
                32..=126 => (b as char).to_string(),
                _ => format!("\\{b:03o}"),
            })
            .collect();
        lines.push_str(&format!("BT /{font} 11 Tf 72 {y} Td ({esc}) Tj ET\n"));
    }
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <00> <FF> endcodespacerange\n2 beginbfchar <41> <00C5> <42> <00E4> endbfchar\n1 beginbfrange <61> <7A> <0061> endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end";
    vec![
        lines.clone().into_bytes(),
        [lines.as_bytes(), b"\0", cmap].concat(),
        b"q 1 0 0 1 0 0 cm BT /F1 12 Tf 14 TL 1 Tc 2 Tw 90 Tz 3 Ts 72 700 TD [(A) -250 (B)] TJ T* (C) ' 1 2 (D) \" 1 0 0 1 50 50 Tm (E) Tj ET Q /X1 Do".to_vec(),
        b"BT /F1 10 Tf 72 30 Td (Sida 1 av 3) Tj ET BT /F2 18 Tf 72 760 Td (Protokoll) Tj ET".to_vec(),
    ]
}

/// Whole PDFs: the protocol on three pages, compressed, with furniture,
/// an object stream, a small flate bomb, an encrypted marker, no text.
fn crafted_pdfs() -> Vec<Vec<u8>> {
    let contents = crafted_contents();
    let page = |n: usize| -> Vec<u8> {
        [
            contents[0].as_slice(),
            format!("BT /F1 9 Tf 280 30 Td (Sida {n} av 3) Tj ET").as_bytes(),
        ]
        .concat()
    };
    let (p1, p2, p3) = (page(1), page(2), page(3));
    let mut out = vec![
        pdf_with(&[&p1, &p2, &p3], None),
        pdf_with(&[&contents[2]], None),
        pdf_with(&[b"0 0 m 10 10 l S"], None),
    ];
    // Flate-compressed content.
    let z = zlib(&contents[0]);
    out.push(assemble_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 5 0 R >> >> /Contents 4 0 R >>".to_vec(),
        stream("/Filter /FlateDecode", &z),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ]));
    // A content stream that inflates 200:1 (a bomb in miniature).
    let bomb = zlib(&vec![b' '; 4 << 20]);
    out.push(assemble_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>".to_vec(),
        stream("/Filter /FlateDecode", &bomb),
    ]));
    // An object stream holding the font.
    let objstm_body = b"5 0 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    out.push(assemble_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
            .to_vec(),
        stream("", &contents[0]),
        b"null".to_vec(),
        stream(
            "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
            &zlib(objstm_body),
        ),
    ]));
    // Deep arrays and dictionaries, and a page tree that points at itself.
    out.push(assemble_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>".to_vec(),
        [
            b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /X ".as_slice(),
            &[b'['; 64],
            &[b']'; 64],
            b" >>",
        ]
        .concat(),
        stream("", &contents[0]),
    ]));
    out
}

/// Word bodies for the docx_xml target (NUL separates the parts).
fn crafted_bodies() -> Vec<Vec<u8>> {
    let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let body = r#"<w:p><w:pPr><w:pStyle w:val="Rubrik1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>§ 1 Val av justerare</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Beslut</w:t></w:r><w:ins w:author="Anna"><w:r><w:t xml:space="preserve"> infogat</w:t></w:r></w:ins><w:del w:author="Per"><w:r><w:delText>bort</w:delText></w:r></w:del><w:commentRangeStart w:id="0"/><w:r><w:t>kommenterat</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:br/><w:tab/><w:t>rad</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Namn</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Parti</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#;
    let styles = format!(
        r#"<w:styles {w}><w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Rubrik1"/></w:style></w:styles>"#
    );
    let numbering = format!(
        r#"<w:numbering {w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
    );
    let comments = format!(
        r#"<w:comments {w}><w:comment w:id="0" w:author="Lisa"><w:p><w:r><w:t>Stämmer detta?</w:t></w:r></w:p></w:comment></w:comments>"#
    );
    let footnotes = format!(
        r#"<w:footnotes {w}><w:footnote w:id="1"><w:p><w:r><w:t>En fotnot.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    );
    vec![
        body.as_bytes().to_vec(),
        [
            body, "\0", &styles, "\0", &numbering, "\0", &comments, "\0", &footnotes,
        ]
        .concat()
        .into_bytes(),
        format!("{}{}", "<w:p>".repeat(40), "</w:p>".repeat(40)).into_bytes(),
    ]
}

/// Whole .docx files: the bodies above, deflated; an .odt and .xlsx
/// lookalike; a small zip bomb; a zip without a document.
fn crafted_zips() -> Vec<Vec<u8>> {
    let bodies = crafted_bodies();
    let split: Vec<&[u8]> = bodies[1].split(|&b| b == 0).collect();
    let names = [
        "word/document.xml",
        "word/styles.xml",
        "word/numbering.xml",
        "word/comments.xml",
        "word/footnotes.xml",
    ];
    let parts: Vec<(&str, &[u8])> = names.iter().copied().zip(split).collect();
    let zeros = vec![b'<'; 8 << 20];
    vec![
        docx_with(&parts, true),
        docx_with(&parts[..1], false),
        docx_with(
            &[("mimetype", b"application/vnd.oasis.opendocument.text")],
            false,
        ),
        docx_with(
            &[(
                "_rels/.rels",
                br#"<Relationships><Relationship Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
            )],
            false,
        ),
        docx_with(&[("word/document.xml", &zeros)], true),
        docx_with(&[("readme.txt", b"hej")], false),
    ]
}
