use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};

use super::fonts::{glyph_char, parse_cmap, simple_encoding};
use super::furniture::page_number;
use super::objects::object_streams_inflate_past;
use super::*;
use crate::limits::Limit;

/// A PDF whose pages hold `lines`: (x, y, bold, text) in points, in
/// Helvetica with WinAnsi encoding. `tagged` adds `/MarkInfo` and `/Lang`.
pub(crate) fn pdf(pages: &[Vec<(f32, f32, bool, &str)>], tagged: bool) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let regular = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let bold = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica-Bold", "Encoding" => "WinAnsiEncoding",
    });
    let resources =
        doc.add_object(dictionary! { "Font" => dictionary! { "F1" => regular, "F2" => bold } });
    let mut kids = Vec::new();
    for lines in pages {
        let mut ops = Vec::new();
        for &(x, y, b, text) in lines {
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
            ops.push(Operation::new("BT", vec![]));
            ops.push(Operation::new(
                "Tf",
                vec![if b { "F2" } else { "F1" }.into(), 11.into()],
            ));
            ops.push(Operation::new("Td", vec![x.into(), y.into()]));
            ops.push(Operation::new(
                "Tj",
                vec![Object::string_literal(bytes.into_owned())],
            ));
            ops.push(Operation::new("ET", vec![]));
        }
        let content = Content { operations: ops }.encode().unwrap();
        let content_id = doc.add_object(Stream::new(dictionary! {}, content));
        kids.push(
            doc.add_object(
                dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content_id },
            )
            .into(),
        );
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => kids, "Count" => count, "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
    if tagged {
        catalog.set("Lang", Object::string_literal("sv-SE"));
        catalog.set("MarkInfo", dictionary! { "Marked" => true });
    }
    let catalog_id = doc.add_object(catalog);
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

pub(crate) fn protocol_pages() -> Vec<Vec<(f32, f32, bool, &'static str)>> {
    let mut pages = Vec::new();
    let bodies: [&[&str]; 3] = [
        &[
            "§ 1 Val av justerare",
            "Beslut",
            "Nämnden utser Anna Al (S) att justera protokollet.",
        ],
        &["§ 2 Budget 2025", "Beslut", "Nämnden godkänner budgeten."],
        &["§ 3 Övrigt", "Beslut", "Inga övriga frågor."],
    ];
    for (i, body) in bodies.iter().enumerate() {
        let mut page = vec![(72.0, 800.0, false, "Socialnämnden Protokoll 2024-03-18")];
        let mut y = 700.0;
        for (k, line) in body.iter().enumerate() {
            page.push((72.0, y, k < 2, *line));
            y -= 30.0;
        }
        page.push((72.0, 60.0, false, "Justerandes signatur"));
        page.push((
            500.0,
            40.0,
            false,
            ["Sida 1 av 3", "Sida 2 av 3", "Sida 3 av 3"][i],
        ));
        pages.push(page);
    }
    pages
}

/// A one-page PDF of `doc` (its pages object `pages_id` not yet made),
/// the page drawn by `ops` with `resources`, decoded to its text.
fn one_page_text(
    mut doc: Document,
    pages_id: lopdf::ObjectId,
    resources: lopdf::ObjectId,
    ops: Vec<Operation>,
) -> String {
    let content = doc.add_object(Stream::new(
        dictionary! {},
        Content { operations: ops }.encode().unwrap(),
    ));
    let page = doc
        .add_object(dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1, "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    super::super::decode(&bytes).unwrap().text
}

#[test]
fn furniture_is_removed_and_pages_are_mapped() {
    let d = super::super::decode(&pdf(&protocol_pages(), false)).unwrap();
    assert_eq!(d.format, Format::Pdf);
    // The body's name and the date are only in the running header: the
    // first page's is kept as the meeting's line, the others go.
    assert_eq!(
        d.text,
        "Socialnämnden Protokoll 2024-03-18\n\n**§ 1 Val av justerare**\n\n**Beslut**\n\nNämnden utser Anna Al (S) att justera protokollet.\n\n\
         **§ 2 Budget 2025**\n\n**Beslut**\n\nNämnden godkänner budgeten.\n\n\
         **§ 3 Övrigt**\n\n**Beslut**\n\nInga övriga frågor.\n"
    );
    let at = |s: &str| d.page_at(d.text.find(s).unwrap());
    assert_eq!(
        (at("§ 1"), at("budgeten"), at("Inga")),
        (Some(1), Some(2), Some(3))
    );
    // The running header goes on every other page; so do footers and
    // page numbers.
    assert!(
        d.notes.contains(&Note::PageFurniture { lines: 8 }),
        "{:?}",
        d.notes
    );
    assert!(d.notes.contains(&Note::PdfAccessibility {
        tagged: false,
        lang: None
    }));
    let doc = crate::parse(&d.text);
    assert_eq!(
        doc.paragraphs.iter().map(|p| p.number).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    assert_eq!(
        doc.meeting.body.map(|b| b.text).as_deref(),
        Some("Socialnämnden")
    );
    assert_eq!(
        doc.meeting.date.map(|d| d.iso).as_deref(),
        Some("2024-03-18")
    );
}

#[test]
fn tagging_and_language_are_reported() {
    let d = super::super::decode(&pdf(&protocol_pages(), true)).unwrap();
    let note = Note::PdfAccessibility {
        tagged: true,
        lang: Some("sv-SE".into()),
    };
    assert!(d.notes.contains(&note));
    assert!(note.message().contains("taggad") && note.message().contains("sv-SE"));
}

#[test]
fn a_pdf_without_text_gets_a_clear_message() {
    let err = super::super::decode(&pdf(&[vec![], vec![]], false)).unwrap_err();
    assert_eq!(err, InputError::PdfWithoutText { pages: 2 });
    assert!(
        err.message().contains("inget textlager"),
        "{}",
        err.message()
    );
    assert!(err.message_en().contains("no text layer"));
    // Some pages scanned, others not: a note names the scanned ones.
    let mut pages = protocol_pages();
    pages.insert(1, vec![]);
    let d = super::super::decode(&pdf(&pages, false)).unwrap();
    assert!(
        d.notes.contains(&Note::PagesWithoutText { pages: vec![2] }),
        "{:?}",
        d.notes
    );
    assert_eq!(d.page_at(d.text.find("budgeten").unwrap()), Some(3));
}

#[test]
fn two_byte_fonts_are_read_through_their_tounicode_map() {
    // Word embeds fonts as Type0 / Identity-H: two-byte glyph ids that
    // only the ToUnicode map turns into text.
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
        1 begincodespacerange <0000> <FFFF> endcodespacerange
        4 beginbfchar <0001> <00A7> <0002> <0020> <0003> <0031> <0004> <00E5> endbfchar
        1 beginbfrange <0010> <0012> <0042> endbfrange
        endcmap CMapName currentdict /CMap defineresource pop end end"
        .to_vec();
    let to_unicode = doc.add_object(Stream::new(dictionary! {}, cmap));
    let descendant = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "ABCDEF+Calibri-Bold",
        "DW" => 500, "W" => vec![1.into(), vec![600.into(), 250.into()].into()],
    });
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "ABCDEF+Calibri-Bold",
        "Encoding" => "Identity-H", "DescendantFonts" => vec![descendant.into()], "ToUnicode" => to_unicode,
    });
    let resources = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font } });
    let shown = vec![0u8, 1, 0, 2, 0, 3, 0, 2, 0, 0x10, 0, 0x11, 0, 0x12, 0, 4];
    let ops = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 12.into()]),
        Operation::new(
            "Tm",
            vec![
                1.into(),
                0.into(),
                0.into(),
                1.into(),
                72.into(),
                700.into(),
            ],
        ),
        Operation::new(
            "TJ",
            vec![vec![Object::String(shown, lopdf::StringFormat::Hexadecimal)].into()],
        ),
        Operation::new("ET", vec![]),
    ];
    assert_eq!(
        one_page_text(doc, pages_id, resources, ops),
        "**§ 1 BCDå**\n"
    );
}

#[test]
fn an_object_stream_bomb_gets_a_message() {
    use flate2::write::ZlibEncoder;
    use std::io::Write;
    let mut z = ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    z.write_all(&vec![b' '; 4 << 20]).unwrap();
    let packed = z.finish().unwrap();
    let mut bytes = pdf(&protocol_pages(), false);
    let tail = bytes.split_off(bytes.len() - 6); // keep "%%EOF" at the end
    bytes.extend_from_slice(
        b"99 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>\nstream\n",
    );
    bytes.extend_from_slice(&packed);
    bytes.extend_from_slice(b"\nendstream\nendobj\n");
    bytes.extend_from_slice(&tail);
    let limits = Limits {
        max_unzipped: 1 << 20,
        ..Limits::default()
    };
    assert_eq!(
        super::super::decode_with(&bytes, &limits).unwrap_err(),
        InputError::over(Limit::DecompressedBytes, (1 << 20) + 1)
    );
    // Within the limit the stream is no bomb (the rest of the file is
    // read as usual).
    assert!(!object_streams_inflate_past(&bytes, 8 << 20));
}

#[test]
fn wrapped_lines_join_and_hard_breaks_stay() {
    let long = "Nämnden beslutar att godkänna förvaltningens förslag till budget för";
    let page = vec![
        (72.0, 700.0, false, long),
        (
            72.0,
            687.0,
            false,
            "år 2025 och att överlämna den till fullmäktige.",
        ),
        (72.0, 674.0, false, "Anna Al (S)"),
        (72.0, 661.0, false, "Bo Ek (M)"),
        (
            72.0,
            648.0,
            false,
            "avtalsuppföljning 2024-2026 och en lång rad med text som når kanten 2024-",
        ),
        (72.0, 635.0, false, "2026."),
        // Two columns that reach the margin, a gutter of two ems: rows,
        // not a wrapped line.
        (72.0, 622.0, false, "Lisa Andersson (M), ordförande"),
        (260.0, 622.0, false, "Ann-Louise Lundqvist (S) ersätter"),
        (72.0, 609.0, false, "Fredrik Hansson (C)"),
        (260.0, 609.0, false, "Magdalena Sundqvist (S)"),
    ];
    let d = super::super::decode(&pdf(&[page], false)).unwrap();
    assert_eq!(
        d.text,
        format!(
            "{long} år 2025 och att överlämna den till fullmäktige.\nAnna Al (S)\nBo Ek (M)\n\
             avtalsuppföljning 2024-2026 och en lång rad med text som når kanten 2024-2026.\n\
             Lisa Andersson (M), ordförande Ann-Louise Lundqvist (S) ersätter\n\
             Fredrik Hansson (C)\tMagdalena Sundqvist (S)\n"
        )
    );
}

#[test]
fn page_numbers_are_recognised() {
    for t in [
        "3",
        "Sida 3",
        "sida 3 av 12",
        "3 (12)",
        "3/12",
        "- 3 -",
        "Page 3 of 9",
    ] {
        assert_eq!(page_number(t), Some(3), "{t}");
    }
    for t in [
        "§ 3",
        "2024-03-18",
        "3. Beslut",
        "Socialnämnden",
        "1 000 kr",
    ] {
        assert_eq!(page_number(t), None, "{t}");
    }
}

#[test]
fn cmaps_map_codes_to_text() {
    let cmap = b"1 begincodespacerange <0000> <FFFF> endcodespacerange
        2 beginbfchar <0003> <0020> <0011> <00E5> endbfchar
        1 beginbfrange <0041> <0043> <0061> endbfrange
        1 beginbfrange <0050> <0051> [<00A7> <0066006C>] endbfrange";
    let m = parse_cmap(cmap);
    assert_eq!(m[&3], " ");
    assert_eq!(m[&0x11], "å");
    assert_eq!((m[&0x41].as_str(), m[&0x43].as_str()), ("a", "c"));
    assert_eq!((m[&0x50].as_str(), m[&0x51].as_str()), ("§", "fl"));
}

#[test]
fn glyph_names_and_simple_encodings() {
    assert_eq!(glyph_char(b"aring"), Some('å'));
    assert_eq!(glyph_char(b"uni00F6"), Some('ö'));
    assert_eq!(glyph_char(b"Q"), Some('Q'));
    // A typesetter's ligatures by name, as a Type 1 font's `/Differences`
    // gives them (groff and Ghostscript: `[140 /fi /fl]`).
    let mut d = lopdf::Dictionary::new();
    d.set(
        "Differences",
        Object::Array(vec![
            Object::Integer(140),
            Object::Name(b"fi".to_vec()),
            Object::Name(b"fl".to_vec()),
        ]),
    );
    let t = simple_encoding(Some(Object::Dictionary(d)));
    assert_eq!(
        super::fonts::ligatures(format!("m.{}. {}nner", t[141], t[140])),
        "m.fl. finner"
    );
    assert_eq!(glyph_char(b"oslash"), Some('ø'));
    let t = simple_encoding(Some(Object::Name(b"WinAnsiEncoding".to_vec())));
    assert_eq!((t[0xE5], t[0xA7], t[b'A' as usize]), ('å', '§', 'A'));
}

#[test]
fn symbol_font_bullets_read_as_bullets() {
    use super::fonts::symbol_bullets;
    assert_eq!(symbol_bullets("\u{F0B7}".into()), "•");
    assert_eq!(symbol_bullets("\u{F0A7} a".into()), "• a");
    // Near miss: other private use characters stay as they are.
    assert_eq!(symbol_bullets("\u{F0B6}x".into()), "\u{F0B6}x");
}

#[test]
fn ligature_glyphs_read_as_their_letters() {
    use super::fonts::ligatures;
    assert_eq!(ligatures("\u{FB02}yktingbarn".into()), "flyktingbarn");
    assert_eq!(
        ligatures("certi\u{FB01}erade e\u{FB00}ektiv o\u{FB03}ciell".into()),
        "certifierade effektiv officiell"
    );
    assert_eq!(ligatures("Ö\u{FB00}".into()), "Öff");
    assert_eq!(ligatures("fi fl".into()), "fi fl");
}

#[test]
fn paragraph_heads_opening_pages_are_not_furniture() {
    // Each page opens with its own `§ N   Dnr ...` at the same height: the
    // numbers differ, so it is text, while the running header goes.
    let mut pages = Vec::new();
    for (n, dnr) in [(130, "00098"), (131, "00014"), (132, "00015")] {
        let head = format!("§ {n}   Dnr KS-2025-{dnr}");
        let head: &'static str = Box::leak(head.into_boxed_str());
        pages.push(vec![
            (
                72.0,
                800.0,
                false,
                "KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL",
            ),
            (72.0, 770.0, true, head),
            (72.0, 700.0, false, "Kommunstyrelsen noterar informationen."),
        ]);
    }
    let d = super::super::decode(&pdf(&pages, false)).unwrap();
    let doc = crate::parse(&d.text);
    assert_eq!(
        doc.paragraphs.iter().map(|p| p.number).collect::<Vec<_>>(),
        [130, 131, 132],
        "{}",
        d.text
    );
}

fn line(size: f32, text: &str) -> super::layout::Line {
    super::layout::Line {
        y: 0.0,
        x: 0.0,
        end: 100.0,
        gap: 0.0,
        size,
        bold: false,
        italic: false,
        text: text.to_string(),
        pieces: vec![(0.0, 100.0, 0)],
        row: None,
        column_right: 0.0,
    }
}

#[test]
fn heading_levels_follow_the_documents_own_sizes() {
    use super::layout::{heading_level, heading_sizes};
    let levels = |pages: &[Vec<super::layout::Line>]| -> Vec<Option<usize>> {
        let ranks = heading_sizes(pages, 11.0);
        pages[0]
            .iter()
            .map(|l| heading_level(l, 11.0, &ranks))
            .collect()
    };
    // A template's title at 26 pt, a contents heading and a single
    // Heading 1 at 14 pt, Heading 2 at 13 pt, body 11 pt: the title is
    // level 1 beside Heading 1, the contents heading takes no rank of
    // its own, and the agenda under Heading 2 stays one level down.
    let mut contents = line(16.0, "Innehållsförteckning");
    contents.bold = true;
    let pages = vec![vec![
        line(26.0, "Protokoll"),
        contents,
        line(14.0, "Öppnar mötet"),
        line(13.0, "Beslutsbarhet"),
        line(13.0, "Justerare"),
        line(11.0, "Text."),
    ]];
    assert_eq!(
        levels(&pages),
        [Some(1), Some(1), Some(1), Some(2), Some(2), None]
    );
    // The largest type used again later is a heading rank, not a title;
    // bold ranks above regular at the same size.
    let mut bold = line(13.0, "Beslut");
    bold.bold = true;
    let pages = vec![vec![
        line(18.0, "Ärenden"),
        bold,
        line(13.0, "Beslutsbarhet"),
        line(18.0, "Övrigt"),
        line(11.0, "Text."),
    ]];
    assert_eq!(levels(&pages), [Some(1), Some(2), Some(3), Some(1), None]);
    // A one-off first heading over a single rank is their container.
    let pages = vec![vec![
        line(14.0, "Vårmöte 2024"),
        line(13.0, "Mötets öppnande"),
        line(13.0, "Val av justerare"),
        line(11.0, "Text."),
    ]];
    assert_eq!(levels(&pages), [Some(1), Some(2), Some(2), None]);
}

#[test]
fn table_of_contents_entries_end_in_a_page_number() {
    use super::layout::toc_entry;
    assert!(toc_entry("Val av justerare ........ 3"));
    assert!(toc_entry("§ 15\tFastställande av föredragningslista\t3"));
    assert!(toc_entry("Information …. 12"));
    assert!(!toc_entry("Budget 2024"));
    assert!(!toc_entry("kostar 1 200 kronor"));
}

/// A line reaching the margin at the foot of a page goes on on the next
/// when the page was full, or when the next page opens with two lines of
/// it; not when the page had room left and the next page's first line
/// stands alone (a paragraph of its own).
#[test]
fn a_paragraph_goes_on_over_a_page_break_only_as_wrapped_lines_do() {
    let long = "Ärende: Verksamhetsplan för nämnden och den gemensamma nämnden år 2025";
    let text = |first_page_bottom: f32, next: &[(f32, &'static str)]| {
        let mut p1: Vec<(f32, f32, bool, &str)> = (0..5)
            .map(|k| (72.0, 700.0 - 14.5 * k as f32, false, "Text på sidan."))
            .collect();
        p1.push((72.0, first_page_bottom, false, long));
        // Another page, full to the bottom.
        let p0 = vec![
            (72.0, 700.0, false, "Början."),
            (72.0, 80.0, false, "Slut."),
        ];
        let p2: Vec<(f32, f32, bool, &str)> =
            next.iter().map(|&(y, t)| (72.0, y, false, t)).collect();
        super::super::decode(&pdf(&[p0, p1, p2], false))
            .unwrap()
            .text
    };
    // Room left, the next line alone: a paragraph of its own.
    let t = text(200.0, &[(700.0, "Plats: Teamsmöte"), (675.5, "Tid: 10.00")]);
    assert!(t.contains("år 2025\nPlats: Teamsmöte"), "{t}");
    // The page full: the line goes on.
    let t = text(80.0, &[(700.0, "Plats: Teamsmöte"), (675.5, "Tid: 10.00")]);
    assert!(t.contains("år 2025 Plats: Teamsmöte"), "{t}");
    // Room left, but two lines came over together (a widow kept company).
    let t = text(
        200.0,
        &[(700.0, "och mer text"), (685.5, "som slutar här.")],
    );
    assert!(t.contains("år 2025 och mer text"), "{t}");
}

/// Columns typed with tabs at Word's default stops (every half inch from
/// the margin here) read as tabs even where the gap is narrow; a gap as
/// wide that ends off the stops, and a list's text after its bullet, are
/// spaces.
#[test]
fn values_at_default_tab_stops_are_tab_separated() {
    let page = vec![
        (72.0, 700.0, false, "Justerare"),
        (144.0, 700.0, false, "Anna Al (S)"),
        (72.0, 686.0, false, "Bo Ek"),
        (108.0, 686.0, false, "(M)"),
        (144.0, 686.0, false, "ordförande"),
        // Near misses: off the stops; a bullet's text.
        (72.0, 672.0, false, "Justerare"),
        (140.0, 672.0, false, "Cia Berg (C)"),
        (90.0, 658.0, false, "-"),
        (108.0, 658.0, false, "Dan Ny (L)"),
    ];
    let d = super::super::decode(&pdf(&[page], false)).unwrap();
    assert_eq!(
        d.text,
        "Justerare\tAnna Al (S)\nBo Ek\t(M)\tordförande\nJusterare Cia Berg (C)\n- Dan Ny (L)\n"
    );
}

/// Names and dates typed with tabs, each date at the first default stop
/// after its name: lines as typed, not a table whose second column the
/// shorter names' dates would fall into.
#[test]
fn values_tabbed_to_different_stops_are_not_a_table() {
    let page = vec![
        (72.0, 700.0, false, "Namn"),
        (144.0, 700.0, false, "Datum"),
        (72.0, 686.0, false, "Johan Alexander Emanuel,Ojanne"),
        (252.0, 686.0, false, "2024-03-22"),
        (72.0, 672.0, false, "Jan Oskar,Jönsson"),
        (180.0, 672.0, false, "2024-03-21"),
    ];
    let d = super::super::decode(&pdf(&[page], false)).unwrap();
    assert_eq!(
        d.text,
        "Namn\tDatum\nJohan Alexander Emanuel,Ojanne\t2024-03-22\nJan Oskar,Jönsson\t2024-03-21\n"
    );
}

mod furniture;
mod tables;

/// A wrapped line goes on without a space after a hyphen or a slash
/// inside a word, with one after a hyphen before a conjunction.
#[test]
fn wrapped_words_join_after_a_hyphen_or_a_slash() {
    use super::layout::joins_without_space;
    assert!(joins_without_space("kanten 2024-", "2026."));
    assert!(!joins_without_space("offentlighets-", "och sekretesslagen"));
    assert!(joins_without_space(
        "handlingsplan/",
        "åtgärdsplan mot våld"
    ));
    assert!(!joins_without_space("handlingsplan /", "åtgärdsplan"));
    assert!(!joins_without_space("se sidan", "3/4"));
}

/// A space whose width word spacing takes back (Ghostscript kerns `T` and
/// `O` so: `(OT O)` with a negative `Tw`) is no gap; a space left its
/// width is one.
#[test]
fn a_space_that_word_spacing_takes_back_is_no_space() {
    let line = |tw: f32| {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
        });
        let resources = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font } });
        let ops = vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 10.into()]),
            Operation::new("Td", vec![72.into(), 700.into()]),
            Operation::new("Tj", vec![Object::string_literal("PROT")]),
            Operation::new("Tw", vec![tw.into()]),
            Operation::new("Tj", vec![Object::string_literal(" OKOLL")]),
            Operation::new("ET", vec![]),
        ];
        one_page_text(doc, pages_id, resources, ops)
    };
    assert!(line(-4.5).contains("PROTOKOLL"), "{:?}", line(-4.5));
    assert!(line(0.0).contains("PROT OKOLL"), "{:?}", line(0.0));
}

/// A word a typesetter broke at a line's end loses the hyphen; a word's
/// own hyphen stays.
#[test]
fn a_word_broken_by_the_typesetter_is_one_word() {
    use super::layout::hyphenated;
    for (a, b) in [
        ("enligt förvaltnin-", "gens förslag"),
        ("Kristin Ja-", "cobsson (C)"),
        ("tjänsteutlå-", "tande"),
    ] {
        assert!(hyphenated(a, b), "{a} {b}");
    }
    for (a, b) in [
        ("via e-", "post"),
        ("nya it-", "system"),
        ("EU-", "stöd"),
        ("Fernell-", "Ingelström"),
        ("kultur-", "och fritidsnämnden"),
        ("2024-", "2026"),
        ("ett -", "tecken"),
    ] {
        assert!(!hyphenated(a, b), "{a} {b}");
    }
    // In a PDF: the wrapped lines join into the word.
    let page = vec![
        (
            72.0,
            700.0,
            false,
            "Ordföranden finner att nämnden beslutat enligt förvaltnin-",
        ),
        (72.0, 687.0, false, "gens förslag."),
    ];
    let d = super::super::decode(&pdf(&[page], false)).unwrap();
    assert!(
        d.text.contains("enligt förvaltningens förslag."),
        "{:?}",
        d.text
    );
}

#[test]
fn a_page_opening_after_a_sentence_ended_is_not_a_wrapped_line() {
    let long = "Reservation: Ledamöterna från S och V till förmån för Anna Eks (S) yrkande.";
    let first = vec![
        (72.0, 700.0, false, "Nämnden bifaller förslaget."),
        (72.0, 687.0, false, long),
    ];
    let second = vec![
        (72.0, 760.0, false, "KF § 46 Dnr KS 2025/00019"),
        (72.0, 734.0, false, "Taxa för bygglov 2025"),
    ];
    let d = super::super::decode(&pdf(&[first.clone(), second], false)).unwrap();
    assert!(d.text.contains("yrkande.\n"), "{:?}", d.text);
    // A sentence going on over the page still joins.
    let second = vec![(
        72.0,
        760.0,
        false,
        "förvaltningens förslag i sin helhet och",
    )];
    let first = vec![(
        72.0,
        687.0,
        false,
        "Nämnden beslutar att godkänna förvaltningens förslag till budget för att",
    )];
    let d = super::super::decode(&pdf(&[first, second], false)).unwrap();
    assert!(d.text.contains("för att förvaltningens"), "{:?}", d.text);
    // A part's label opening the page.
    let first = vec![(72.0, 687.0, false, long)];
    let second = vec![
        (72.0, 760.0, false, "Beslutsgång"),
        (
            72.0,
            747.0,
            false,
            "Kommunstyrelsens förslag är huvudförslag.",
        ),
    ];
    let d = super::super::decode(&pdf(&[first, second], false)).unwrap();
    assert!(d.text.contains("yrkande.\nBeslutsgång"), "{:?}", d.text);
}

#[test]
fn rows_set_with_spaces_that_reach_the_margin_do_not_wrap() {
    let page = vec![
        (
            72.0,
            700.0,
            false,
            "Ledamot                        Ja-röst      Nej-röst      Avstår",
        ),
        (72.0, 687.0, false, "Eva Ek (S), ordförande         X"),
        (
            72.0,
            674.0,
            false,
            "Bo Ek (M)                                                 X",
        ),
        (72.0, 661.0, false, "Cia Ek (SD)                    X"),
    ];
    let d = super::super::decode(&pdf(&[page], false)).unwrap();
    assert_eq!(d.text.lines().count(), 4, "{:?}", d.text);
}
