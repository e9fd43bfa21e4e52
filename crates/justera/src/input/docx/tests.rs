use std::io::{Cursor, Write};

use super::package::{rels_path, resolve};
use super::render::{render_runs, BOLD};
use super::*;
use crate::input::{ChangeKind, Note};
use crate::limits::Limit;
use crate::Span;

/// A .docx in memory from a document.xml body and optional extra parts.
pub(crate) fn docx(body: &str, parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let doc = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    zip.start_file("word/document.xml", opts).unwrap();
    zip.write_all(doc.as_bytes()).unwrap();
    for (name, xml) in parts {
        zip.start_file(*name, opts).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn read(body: &str, parts: &[(&str, &str)]) -> Decoded {
    super::super::decode(&docx(body, parts)).unwrap()
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

#[test]
fn headings_bold_breaks_and_entities() {
    let styles = format!(
        r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="Paragrafrubrik"><w:name w:val="Paragrafrubrik"/><w:basedOn w:val="Rubrik2"/></w:style></w:styles>"#
    );
    let d = read(
        r#"<w:p><w:pPr><w:pStyle w:val="Paragrafrubrik"/></w:pPr><w:r><w:t>§ 15 Budget</w:t></w:r></w:p>
           <w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Beslut </w:t></w:r><w:r><w:t>att A &amp; B</w:t></w:r><w:r><w:br/></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>rad två</w:t></w:r></w:p>"#,
        &[("word/styles.xml", &styles)],
    );
    assert_eq!(
        d.text,
        "## § 15 Budget\n\n**Beslut** att A & B  \nrad två\n"
    );
    assert_eq!(d.format, Format::Docx);
}

#[test]
fn touching_bold_phrases_stay_apart_but_split_words_join() {
    let b = |t: &str| (t.to_string(), BOLD);
    let segs = [
        b("§ 22"),
        b("Budget (SN/1)"),
        b("Beslut"),
        (" ".into(), 0),
        (".".into(), 0),
        b("Bes"),
        b("lut"),
    ];
    assert_eq!(
        render_runs(&segs),
        "**§ 22****Budget (SN/1)****Beslut** .**Beslut**"
    );
    let segs = [b("§ 6 Remiss"), ("  \n".into(), 0), b("om ANT")];
    assert_eq!(render_runs(&segs), "**§ 6 Remiss  \nom ANT**");
}

#[test]
fn numbered_and_bulleted_lists_count_like_word() {
    let numbering = format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num></w:numbering>"#
    );
    let item = |num: u32, lvl: u32, text: &str| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let body = [
        item(5, 0, "Första"),
        item(5, 1, "under"),
        item(5, 1, "under två"),
        item(5, 0, "Andra"),
        "<w:p><w:r><w:t>Mellan</w:t></w:r></w:p>".to_string(),
        item(6, 0, "punkt"),
    ]
    .concat();
    let d = read(&body, &[("word/numbering.xml", &numbering)]);
    assert_eq!(
        d.text,
        "1. Första\n   a) under\n   b) under två\n2. Andra\n\nMellan\n\n- punkt\n"
    );
}

#[test]
fn tables_become_pipe_rows() {
    let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
    let body = format!(
        "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}<w:tc><w:p><w:r><w:t>Anna</w:t></w:r></w:p><w:p><w:r><w:t>sekreterare</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>Efter</w:t></w:r></w:p>",
        cell("Namn"),
        cell("Roll"),
        cell("Anna | B")
    );
    let d = read(&body, &[]);
    assert_eq!(
        d.text,
        "| Namn | Roll |\n|---|---|\n| Anna \\| B | Anna<br>sekreterare |\n\nEfter\n"
    );
}

#[test]
fn tracked_changes_and_comments_are_notes_with_spans() {
    let comments = format!(
        r#"<w:comments {W}><w:comment w:id="3" w:author="Sekreteraren"><w:p><w:r><w:t>Stämmer datumet?</w:t></w:r></w:p></w:comment></w:comments>"#
    );
    let body = r#"<w:p><w:r><w:t xml:space="preserve">Nämnden beslutar </w:t></w:r><w:ins w:id="1" w:author="Eva"><w:r><w:t>enhälligt</w:t></w:r></w:ins><w:del w:id="2" w:author="Eva"><w:r><w:delText>med röstsiffrorna 7-4</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> att </w:t></w:r><w:commentRangeStart w:id="3"/><w:r><w:t>bifalla</w:t></w:r><w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r></w:p>"#;
    let d = read(body, &[("word/comments.xml", &comments)]);
    assert_eq!(d.text, "Nämnden beslutar enhälligt att bifalla\n");
    let span = |s: &str| {
        let start = d.text.find(s).unwrap();
        Span {
            start,
            end: start + s.len(),
        }
    };
    let end_of_ins = span("enhälligt").end;
    assert_eq!(
        d.notes,
        vec![
            Note::TrackedChange {
                change: ChangeKind::Insertion,
                author: Some("Eva".into()),
                text: "enhälligt".into(),
                span: span("enhälligt"),
            },
            Note::TrackedChange {
                change: ChangeKind::Deletion,
                author: Some("Eva".into()),
                text: "med röstsiffrorna 7-4".into(),
                span: Span {
                    start: end_of_ins,
                    end: end_of_ins
                },
            },
            Note::Comment {
                author: Some("Sekreteraren".into()),
                text: "Stämmer datumet?".into(),
                span: span("bifalla"),
            },
        ]
    );
    assert!(d.notes.iter().all(Note::is_warning));
    assert!(
        d.notes[0].message().contains("Eva"),
        "{}",
        d.notes[0].message()
    );
}

#[test]
fn footnotes_are_kept_as_references_and_definitions() {
    let footnotes = format!(
        r#"<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Se bilaga 2.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    );
    let d = read(
        r#"<w:p><w:r><w:t>Budgeten</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#,
        &[("word/footnotes.xml", &footnotes)],
    );
    assert_eq!(d.text, "Budgeten[^1]\n\n[^1]: Se bilaga 2.\n");
}

#[test]
fn zip_bombs_get_a_message() {
    // A document.xml that inflates far past a small limit.
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("word/document.xml", opts).unwrap();
    let zeros = vec![b' '; 1 << 20];
    for _ in 0..8 {
        zip.write_all(&zeros).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    assert!(
        bytes.len() < 64 << 10,
        "deflate squeezes 8 MB of spaces: {}",
        bytes.len()
    );
    let limits = Limits {
        max_unzipped: 1 << 20,
        ..Limits::default()
    };
    let err = super::super::decode_with(&bytes, &limits).unwrap_err();
    assert_eq!(
        err,
        InputError::over(Limit::DecompressedBytes, (1 << 20) + 1)
    );
    assert!(err.message().contains("zip-bomb"));

    // Too many entries.
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..50 {
        zip.start_file(format!("f{i}"), opts).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    let limits = Limits {
        max_zip_entries: 20,
        ..Limits::default()
    };
    assert_eq!(
        super::super::decode_with(&bytes, &limits).unwrap_err(),
        InputError::over(Limit::ZipEntries, 50)
    );
}

#[test]
fn broken_and_foreign_zips_get_a_message() {
    let mut bytes = docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>", &[]);
    bytes.truncate(bytes.len() / 2);
    assert!(matches!(
        super::super::decode(&bytes),
        Err(InputError::CorruptZip { .. })
    ));

    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("mimetype", opts).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.text")
        .unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let err = super::super::decode(&bytes).unwrap_err();
    assert_eq!(
        err,
        InputError::Unsupported {
            what: "OpenDocument (.odt)"
        }
    );
}

#[test]
fn fallback_content_and_old_formatting_are_skipped() {
    let d = read(
        r#"<w:p><w:r><w:rPr><w:rPrChange w:author="Eva"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>Text</w:t></w:r><mc:AlternateContent xmlns:mc="m"><mc:Choice><w:r><w:t> ruta</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t> ruta</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"#,
        &[],
    );
    assert_eq!(d.text, "Text ruta\n");
    assert!(matches!(
        d.notes[..],
        [Note::TrackedChange {
            change: ChangeKind::Formatting,
            ..
        }]
    ));
}

#[test]
fn outline_levels_and_list_styles_come_from_the_style_chain() {
    let styles = format!(
        r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="Paragraf"><w:name w:val="Paragrafrubrik"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Att"><w:name w:val="Att-sats"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:b w:val="0"/></w:rPr></w:style></w:styles>"#
    );
    let numbering = format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num></w:numbering>"#
    );
    let p = |style: &str, t: &str| {
        format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"#)
    };
    let body = [
        p("Paragraf", "§ 7 Taxa"),
        p("Att", "att höja taxan"),
        p("Att", "att sänka den"),
        p("Normal", "Slut"),
    ]
    .concat();
    let d = read(
        &body,
        &[
            ("word/styles.xml", &styles),
            ("word/numbering.xml", &numbering),
        ],
    );
    assert_eq!(
        d.text,
        "## § 7 Taxa\n\n4. att höja taxan\n5. att sänka den\n\nSlut\n"
    );
}

#[test]
fn hidden_text_is_left_out() {
    let d = read(
        r#"<w:p><w:r><w:t xml:space="preserve">Beslut </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>[Skriv beslutet här]</w:t></w:r><w:r><w:t>fattat</w:t></w:r></w:p>"#,
        &[],
    );
    assert_eq!(d.text, "Beslut fattat\n");
}

#[test]
fn italic_runs_become_single_stars() {
    let d = read(
        r#"<w:p><w:r><w:t xml:space="preserve">Hon sa: </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>vi reserverar oss</w:t></w:r><w:r><w:rPr><w:b/><w:i/></w:rPr><w:t xml:space="preserve"> nu</w:t></w:r></w:p>"#,
        &[],
    );
    assert_eq!(d.text, "Hon sa: *vi reserverar oss* ***nu***\n");
}

#[test]
fn text_boxes_follow_their_paragraph() {
    let d = read(
        r#"<w:p><w:r><w:t>Före</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>I rutan</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r><w:r><w:t xml:space="preserve"> efter</w:t></w:r></w:p><w:p><w:r><w:t>Nästa</w:t></w:r></w:p>"#,
        &[],
    );
    assert_eq!(d.text, "Före efter\n\nI rutan\n\nNästa\n");
}

#[test]
fn many_runs_stay_linear() {
    let runs: String = (0..20_000)
        .map(|i| {
            let b = if i % 3 == 0 {
                "<w:rPr><w:b/></w:rPr>"
            } else {
                ""
            };
            format!("<w:r>{b}<w:t xml:space=\"preserve\">a </w:t></w:r>")
        })
        .collect();
    // Time is the benches' business; here the whole paragraph must come
    // through, every run's text in order.
    let d = read(&format!("<w:p>{runs}</w:p>"), &[]);
    assert_eq!(d.text.matches('a').count(), 20_000);
}

#[test]
fn relationship_targets_resolve() {
    assert_eq!(
        resolve("word/document.xml", "styles.xml"),
        "word/styles.xml"
    );
    assert_eq!(
        resolve("word/document.xml", "../customXml/item.xml"),
        "customXml/item.xml"
    );
    assert_eq!(resolve("", "/word/document2.xml"), "word/document2.xml");
    assert_eq!(
        rels_path("word/document.xml"),
        "word/_rels/document.xml.rels"
    );
}

#[test]
fn headers_and_footers_stay_out_of_the_text_and_are_counted() {
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"#;
    let header = format!(
        r#"<w:hdr {W}><w:p><w:r><w:t>Socialnämnden</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>Sida </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>"#
    );
    let footer = format!(
        r#"<w:ftr {W}><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Justerandes signatur</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Utdragsbestyrkande</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:ftr>"#
    );
    let d = read(
        "<w:p><w:r><w:t>§ 1 Val av justerare</w:t></w:r></w:p>",
        &[
            ("word/_rels/document.xml.rels", rels),
            ("word/header1.xml", &header),
            ("word/footer1.xml", &footer),
        ],
    );
    assert_eq!(d.text, "§ 1 Val av justerare\n");
    assert_eq!(d.notes, [Note::PageFurniture { lines: 3 }]);
}

/// A protocol typed with the body's name and the date only in its header:
/// the header is kept once at the top of the text, its parts apart by
/// spaces, and gives the meeting its body and date; a header whose date
/// the first page shows stays out.
#[test]
fn a_header_with_the_only_name_and_date_gives_the_meeting() {
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>"#;
    let header = format!(
        r#"<w:hdr {W}><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Socialnämnden</w:t></w:r><w:r><w:tab/><w:tab/><w:t>Sammanträdesdatum 2024-03-18</w:t></w:r></w:p></w:hdr>"#
    );
    let parts = [
        ("word/_rels/document.xml.rels", rels),
        ("word/header1.xml", header.as_str()),
    ];
    let body = "<w:p><w:r><w:t>Ledamöter</w:t></w:r></w:p><w:p><w:r><w:t>Anna Al (S), ordförande</w:t></w:r></w:p><w:p><w:r><w:t>§ 1 Val av justerare</w:t></w:r></w:p><w:p><w:r><w:t>Beslut</w:t></w:r></w:p><w:p><w:r><w:t>Nämnden utser Anna Al (S).</w:t></w:r></w:p>";
    let d = read(body, &parts);
    assert!(
        d.text
            .starts_with("Socialnämnden   Sammanträdesdatum 2024-03-18\n\nLedamöter\n"),
        "{}",
        d.text
    );
    let doc = crate::parse(&d.text);
    assert_eq!(
        doc.meeting.body.map(|b| b.text).as_deref(),
        Some("Socialnämnden")
    );
    assert_eq!(
        doc.meeting.date.map(|d| d.iso).as_deref(),
        Some("2024-03-18")
    );
    // Near miss: the text gives the date itself.
    let dated = format!("<w:p><w:r><w:t>Plats och tid 2024-03-18</w:t></w:r></w:p>{body}");
    let d = read(&dated, &parts);
    assert!(d.text.starts_with("Plats och tid"), "{}", d.text);
    // A header table of two rows, a page counter in a cell: each row a
    // line, the counter left out.
    let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
    let table = format!(
        r#"<w:hdr {W}><w:tbl><w:tr>{}{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl></w:hdr>"#,
        cell("Bergvik kommun"),
        cell("PROTOKOLL"),
        cell("1 (3)"),
        cell("Barn- och utbildningsnämnden"),
        cell("Sammanträdesdatum 2025-05-20")
    );
    let parts = [
        ("word/_rels/document.xml.rels", rels),
        ("word/header1.xml", table.as_str()),
    ];
    let d = read(body, &parts);
    assert!(
        d.text.starts_with(
            "Bergvik kommun   PROTOKOLL\n\nBarn- och utbildningsnämnden   Sammanträdesdatum 2025-05-20\n\nLedamöter\n"
        ),
        "{}",
        d.text
    );
    let m = crate::parse(&d.text).meeting;
    assert_eq!(
        m.body.map(|b| b.text).as_deref(),
        Some("Barn- och utbildningsnämnden")
    );
    assert_eq!(m.date.map(|d| d.iso).as_deref(), Some("2025-05-20"));
}

/// A complex field: begin, instruction, separate, `result`, end.
fn complex(instr: &str, result: &str) -> String {
    format!(
        r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
    )
}

#[test]
fn a_table_of_contents_field_is_read_as_contents_not_heads() {
    // Word's TOC field, no heading above it: each entry a paragraph with a
    // hyperlink, a tab and a PAGEREF page number; the field spans them.
    let entry = |n: u32, title: &str, page: u32, first: bool, last: bool| {
        let begin = if first {
            r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#
        } else {
            ""
        };
        let end = if last {
            r#"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#
        } else {
            ""
        };
        format!(
            r#"<w:p>{begin}<w:hyperlink w:anchor="_Toc{n}"><w:r><w:t>§ {n}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{title}</w:t></w:r><w:r><w:tab/></w:r>{}</w:hyperlink>{end}</w:p>"#,
            complex(&format!("PAGEREF _Toc{n} \\h"), &page.to_string())
        )
    };
    let body = format!(
        r#"{}{}<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>§ 1</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>Val av justerare</w:t></w:r></w:p><w:p><w:r><w:t>Nämnden utser Anna Ek (S).</w:t></w:r></w:p><w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>§ 2</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>Budget</w:t></w:r></w:p><w:p><w:r><w:t>Nämnden antar budgeten.</w:t></w:r></w:p>"#,
        entry(1, "Val av justerare", 2, true, false),
        entry(2, "Budget", 3, false, true),
    );
    let d = read(&body, &[]);
    assert!(
        d.text
            .starts_with("§ 1\tVal av justerare ........ 2\n\n§ 2\tBudget ........ 3\n\n"),
        "{}",
        d.text
    );
    // The instruction is never text.
    assert!(!d.text.contains("TOC") && !d.text.contains("PAGEREF"));
    let doc = crate::parse(&d.text);
    let numbers: Vec<u32> = doc.paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(numbers, [1, 2]);
    assert_eq!(doc.toc.len(), 2);
    assert!(doc.paragraphs[0].span.start > d.text.find("Budget ....").unwrap());
}

#[test]
fn a_typed_table_of_contents_linking_to_bookmarks_is_contents() {
    // As Google Docs exports one: no field, no heading over it; each entry
    // a link to its heading's bookmark, a tab, the page number.
    let entry = |n: u32, title: &str, page: u32, anchor: &str| {
        format!(
            r#"<w:p><w:hyperlink {anchor}><w:r><w:t>§ {n} {title}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{page}</w:t></w:r></w:hyperlink></w:p>"#
        )
    };
    let paragraphs = r#"<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:bookmarkStart w:id="1" w:name="h.a1"/><w:r><w:t>§ 1 Val av justerare</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p><w:p><w:r><w:t>Nämnden utser Anna Ek (S).</w:t></w:r></w:p><w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>§ 2 Budget</w:t></w:r></w:p><w:p><w:r><w:t>Nämnden antar budgeten.</w:t></w:r></w:p>"#;
    let internal = |n: u32| format!(r#"w:anchor="h.a{n}""#);
    let body = format!(
        "{}{}{paragraphs}",
        entry(1, "Val av justerare", 2, &internal(1)),
        entry(2, "Budget", 3, &internal(2)),
    );
    let d = read(&body, &[]);
    assert!(
        d.text
            .starts_with("§ 1 Val av justerare ........ 2\n\n§ 2 Budget ........ 3\n\n"),
        "{}",
        d.text
    );
    let doc = crate::parse(&d.text);
    assert_eq!(doc.toc.len(), 2);
    let numbers: Vec<u32> = doc.paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(numbers, [1, 2]);
    // Near misses: a link to a web page, and a link with more text
    // outside it, stay as they are.
    let web = entry(1, "Val av justerare", 2, r#"r:id="rId9""#);
    assert_eq!(read(&web, &[]).text, "§ 1 Val av justerare\t2\n");
    let prose = r#"<w:p><w:r><w:t>Se </w:t></w:r><w:hyperlink w:anchor="h.a1"><w:r><w:t>§ 1</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>2</w:t></w:r></w:hyperlink></w:p>"#;
    assert_eq!(read(prose, &[]).text, "Se § 1\t2\n");
}

#[test]
fn page_fields_in_the_body_are_page_furniture_simple_or_complex() {
    let body = format!(
        r#"<w:p><w:r><w:t>Socialnämnden</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Sida </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> av </w:t></w:r><w:fldSimple w:instr="NUMPAGES"><w:r><w:t>4</w:t></w:r></w:fldSimple></w:p><w:p><w:r><w:t>Före</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t xml:space="preserve">Sida </w:t></w:r>{}</w:p></w:txbxContent></w:drawing></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Datum </w:t></w:r>{}</w:p>"#,
        complex("PAGE", "2"),
        complex("DATE \\@ \"yyyy-MM-dd\"", "2024-03-18"),
    );
    let d = read(&body, &[]);
    // Page numbers leave the body, in a paragraph or a text box; another
    // field shows its result.
    assert_eq!(d.text, "Socialnämnden\n\nFöre\n\nDatum 2024-03-18\n");
    assert_eq!(d.notes, [Note::PageFurniture { lines: 2 }]);
}

#[test]
fn a_head_typed_as_number_tab_title_in_a_plain_paragraph_is_a_head() {
    let head = |n: u32, title: &str| {
        format!(
            r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>§ {n}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:tab/></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{title}</w:t></w:r></w:p>"#
        )
    };
    let body = format!(
        "<w:p><w:r><w:t>Kommunstyrelsen protokoll</w:t></w:r></w:p>{}<w:p><w:r><w:t>Nämnden antar budgeten.</w:t></w:r></w:p>{}<w:p><w:r><w:t>Nämnden väljer Anna Ek (S).</w:t></w:r></w:p>",
        head(15, "Budget 2025"),
        head(16, "Val av ordförande"),
    );
    let d = read(&body, &[]);
    assert!(d.text.contains("**§ 15\tBudget 2025**"), "{}", d.text);
    let doc = crate::parse(&d.text);
    let heads: Vec<(u32, &str)> = doc
        .paragraphs
        .iter()
        .map(|p| (p.number, p.title.as_str()))
        .collect();
    assert_eq!(heads, [(15, "Budget 2025"), (16, "Val av ordförande")]);
}
