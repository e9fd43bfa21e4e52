//! No input may panic: random documents assembled from the pieces real
//! protocols are made of, with the characters that break naive byte
//! arithmetic (case changes that change length, multi-byte signs, CR).

/// A small deterministic generator (no dependency needed for this).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() as usize) % xs.len()]
    }
}

const PIECES: &[&str] = &[
    "§",
    "§§",
    "$",
    " ",
    "  ",
    "   ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "**",
    "****",
    "*",
    "#",
    "## ",
    "### **",
    "|",
    "| ",
    "|---|",
    "<br>",
    "<b>",
    "- ",
    "1. ",
    "2) ",
    "İ",
    "K",
    "ß",
    "Ⅻ",
    "🙂",
    "é",
    "Å",
    "ä",
    "ö",
    "\u{c}",
    "\u{fffd}",
    "Ã¤",
    "т",
    "ы",
    "0",
    "7",
    "15",
    "2024",
    "-",
    "–",
    ",",
    ".",
    ":",
    "(",
    ")",
    "(S)",
    "(MP)",
    "m.fl.",
    "Beslut",
    "Beslutsgång",
    "Yrkanden",
    "Reservation",
    "Omröstning",
    "Ledamöter",
    "Tjänstgörande ersättare",
    "Ersättare",
    "Övriga närvarande",
    "Justerare",
    "Paragrafer",
    "ersätter",
    "tjänstgör för",
    "för vakans",
    "ej §§ 16-18",
    "pga jäv",
    "Anna Berg",
    "Per Ek (M)",
    "Lisa Andersson (M), Ordförande ",
    "kl. 18:00-19:05",
    "2024-03-18",
    "19 mars 2024",
    "den 30 februari 2024",
    "Dnr KS-2024-00104",
    "SN/2024:31",
    "Tjänsteskrivelse",
    "Ärende 4",
    "publiceras ej",
    "Nämndinitiativ",
    "Socialnämnden",
    "yrkar bifall till förvaltningens förslag",
    "i första hand",
    "i andra hand",
    "reserverar sig till förmån för",
    "11 ja-röster mot 4 nej-röster",
    "Ja-röst innebär",
    "\\section{",
    "\\subsection*{",
    "}",
    "\\begin{displayquote}",
    "\\end{displayquote}",
    "%",
    "= ",
    "== ",
    "#import x",
    "#pagebreak()",
    "<!-- sida 2 -->",
    "---",
    "Innehåll",
    ".....",
    "… 3",
    "Digitala signaturer",
    "Namn\tDatum",
    "Anslaget sattes upp",
    "överklagande",
];

fn check(src: &str) {
    let doc = justera::parse(src);
    assert_eq!(doc.blocks.first().map(|b| b.span.start), Some(0));
    assert_eq!(doc.blocks.last().map(|b| b.span.end), Some(src.len()));
    let json = justera::to_json(&doc);
    assert!(json.starts_with('{'));
}

#[test]
fn random_documents_never_panic() {
    let mut rng = Lcg(0x5eed);
    for round in 0..3000 {
        let n = 1 + (rng.next() % 120) as usize;
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(rng.pick(PIECES));
        }
        let r = std::panic::catch_unwind(|| check(&s));
        assert!(r.is_ok(), "round {round} panicked on {s:?}");
    }
}

#[test]
fn seeds_cut_anywhere_never_panic() {
    let src = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/seeds/003_9b82ca12656ff44a.txt"),
    )
    .unwrap();
    let mut rng = Lcg(7);
    for _ in 0..60 {
        let mut a = (rng.next() as usize) % src.len();
        let mut b = (rng.next() as usize) % src.len();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        while !src.is_char_boundary(a) {
            a -= 1;
        }
        while !src.is_char_boundary(b) {
            b -= 1;
        }
        check(&src[a..b]);
    }
}

#[test]
fn degenerate_large_inputs_finish() {
    // One enormous line, many blank lines, many headings, deep bold: all
    // must finish (a quadratic step here would hang the test run).
    check(&"x".repeat(2_000_000));
    check(&"\n".repeat(500_000));
    check(&"§ 1\n".repeat(100_000));
    check(&"**".repeat(200_000));
    check(&"| a | b |\n".repeat(100_000));
    check(&"Lisa Andersson (M), Ordförande Per Ek (M) ersätter\n".repeat(20_000));
    // Lines that each open with a label before their text, no two alike
    // (so none is page furniture): each is cut in two, and cutting them
    // one by one moved every later line at each: `justera check` took
    // 0.11, 0.42 and 1.82 s on 10 000, 20 000 and 40 000 such lines (0.04,
    // 0.09 and 0.18 s read in one pass).
    let letters = |mut i: usize| {
        let mut s = String::new();
        loop {
            s.push((b'a' + (i % 26) as u8) as char);
            i /= 26;
            if i == 0 {
                return s;
            }
        }
    };
    check(
        &(0..60_000)
            .map(|i| format!("Beslut Kommunen antar {}.\n", letters(i)))
            .collect::<String>(),
    );
    // One line repeated through the last paragraph is page furniture: the
    // back's search for signature lines walked from every line to the end
    // past it (16 s for this text before).
    check(&format!(
        "## § 1 Motion\n\nOmröstning begärs. {}",
        "Ja Nej\n".repeat(100_000)
    ));
}

// ------------------------------------------------- hostile containers
//
// Files made to exhaust the readers. Each must end quickly, with a text or
// a refusal that names a limit: no panic, no stack overflow, no hang.
// Fuzzing (`scripts/fuzz.sh`) adds the inputs it finds here.

/// A PDF from its objects (numbered from 1), with an exact xref table.
fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.5\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    let n = objects.len() + 1;
    out.extend_from_slice(format!("xref\n0 {n}\n0000000000 65535 f \n").as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {n} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    out
}

fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    s.extend_from_slice(data);
    s.extend_from_slice(b"\nendstream");
    s
}

/// One page drawing `content`, with font /F1 and form /X1 (`form`).
fn one_page(content: &[u8], form: &[u8], catalog_extra: &[u8]) -> Vec<u8> {
    pdf(&[
        [b"<< /Type /Catalog /Pages 2 0 R ".as_slice(), catalog_extra, b" >>"].concat(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> >>".to_vec(),
        stream("", content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
        stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >>",
            form,
        ),
    ])
}

/// Decode: the result's text, or the refusal with its message in both
/// languages. (How long it takes is the benches' and the fuzzers' business.)
fn decode_checked(bytes: &[u8]) -> Result<String, justera::input::InputError> {
    let r = justera::input::decode(bytes).map(|d| d.text);
    if let Err(e) = &r {
        assert!(!e.message().is_empty() && !e.message_en().is_empty());
    }
    r
}

fn over(r: Result<String, justera::input::InputError>) -> justera::limits::Limit {
    match r {
        Err(justera::input::InputError::OverLimit { limit, .. }) => limit,
        other => panic!("not refused by a limit: {other:?}"),
    }
}

#[test]
fn a_form_that_draws_itself_ends() {
    // The form shows text, then draws itself: drawn MAX_FORM_DEPTH deep.
    let text = b"BT /F1 12 Tf 72 700 Td (Protokoll) Tj ET /X1 Do";
    let out = decode_checked(&one_page(text, text, b"")).unwrap();
    assert!(out.contains("Protokoll"), "{out}");
    // Drawn twice per level: 2^depth draws, still bounded.
    let twice = b"BT /F1 12 Tf 72 700 Td (Protokoll) Tj ET /X1 Do /X1 Do";
    assert!(decode_checked(&one_page(twice, twice, b"")).is_ok());
}

#[test]
fn deep_arrays_are_refused_not_a_stack_overflow() {
    // The PDF reader's parser recurses into arrays: a million levels would
    // overflow the stack before any limit inside it could help.
    let deep = [
        b"/X ".as_slice(),
        &b"[".repeat(1 << 20),
        &b"]".repeat(1 << 20),
    ]
    .concat();
    let text = b"BT /F1 12 Tf 72 700 Td (Protokoll) Tj ET";
    let r = decode_checked(&one_page(text, b"", &deep));
    assert_eq!(over(r), justera::limits::Limit::Nesting);
    let content = [
        text.as_slice(),
        &b"[".repeat(1 << 20),
        &b"]".repeat(1 << 20),
    ]
    .concat();
    let r = decode_checked(&one_page(&content, b"", b""));
    assert_eq!(over(r), justera::limits::Limit::Nesting);
    let dicts = [
        b"/X ".as_slice(),
        &b"<< /A ".repeat(1 << 18),
        &b">> ".repeat(1 << 18),
    ]
    .concat();
    let r = decode_checked(&one_page(text, b"", &dicts));
    assert_eq!(over(r), justera::limits::Limit::Nesting);
}

#[test]
fn deep_word_xml_is_refused() {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", opts).unwrap();
    zip.write_all(br#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>"#).unwrap();
    zip.write_all(&b"<w:r>".repeat(1 << 20)).unwrap();
    zip.write_all(&b"</w:r>".repeat(1 << 20)).unwrap();
    zip.write_all(b"</w:p></w:body></w:document>").unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let r = decode_checked(&bytes);
    assert_eq!(over(r), justera::limits::Limit::Nesting);
}

// ------------------------------------------------------ found by fuzzing
//
// Inputs from `scripts/fuzz.sh` that crashed a reader, kept in
// `tests/fuzzed/` as the fuzzer wrote them (the docx_xml target's bytes are
// the body of word/document.xml).

/// A Word file whose document.xml body is `body`, in a stored zip, as the
/// docx_xml fuzz target builds it.
fn docx_with_body(body: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("word/document.xml", opts).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#).unwrap();
    zip.write_all(body).unwrap();
    zip.write_all(b"</w:body></w:document>").unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn fuzzed_word_insertion_that_ends_before_it_starts() {
    // Misnested paragraphs and insertions put an insertion's end mark
    // before its start: slicing the text panicked (docx notes).
    let body = include_bytes!("fuzzed/docx-insertion-ends-before-it-starts.xml");
    let decoded = justera::input::decode(&docx_with_body(body)).unwrap();
    for note in &decoded.notes {
        if let Some(span) = note.span() {
            assert!(span.start <= span.end && span.end <= decoded.text.len());
        }
    }
}

#[test]
fn fuzzed_attendance_with_a_comma_before_och() {
    // `, och`: the comma's and the `och`'s cuts overlapped, and the text
    // between one person's start and the next separator was sliced
    // backwards (the text fuzz target, after about 2 800 runs).
    let src = "## Närvarande\nAnna Berg, och Per Ek\n\n## § 1 Val\n\nBeslut att bifalla.\n";
    let doc = justera::parse(src);
    let names: Vec<&str> = doc.attendance.all().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Anna Berg", "Per Ek"]);
    check(src);
    // The fuzzer's own input: a meeting's call list and a prose line
    // with `, och` in a heading's body.
    check(&String::from_utf8_lossy(include_bytes!(
        "fuzzed/text-comma-before-och.md"
    )));
}

#[test]
fn fuzzed_proposal_source_after_a_wide_character() {
    // The body whose proposal is named (`…styrelsens förslag`) was taken
    // to start one byte after the character before it, inside a `�` (the
    // text fuzz target, after about 4 800 runs).
    for src in [
        "arbetsutsko\u{FFFD}tts",
        "kommun\u{FFFD}styrelsens",
        "”styrelsens",
    ]
    .map(|body| {
        format!(
            "## § 1 Kollektivtrafikplan\n\nBeslutsgång\nOrdförande Lisa Andersson (M) finner \
             att det finns ett förslag till beslut, det vill säga\n\n{body} förslag, och att \
             kommunstyrelsen bifaller det.\n"
        )
    }) {
        let src = src.as_str();
        check(src);
        let _ = justera::summarize(&justera::parse(src));
    }
    check(&String::from_utf8_lossy(include_bytes!(
        "fuzzed/text-replacement-char-before-forslag.md"
    )));
}

#[test]
fn fuzzed_signature_line_inside_a_character() {
    // Names under a line of roles: the line above was found from its last
    // byte, which may be inside a character (here `ö`), and sliced there
    // (the text fuzz target, after about 16 000 runs).
    let src = "## Nämnden\n\nSekreterare  Ordförande\nNågot på raden ovan slutar på ö\nSekreterare Anna Berg\n\n## § 1 Val\n\nBeslut att bifalla.\n";
    check(src);
    let src = "## Nämnden\n\nSekreterare   Ordförande\nAnna Berg   Per Ek\n\n## § 1 Val\n\nBeslut att bifalla.\n";
    check(src);
    check(&String::from_utf8_lossy(include_bytes!(
        "fuzzed/text-signature-line-inside-a-character.md"
    )));
}

#[test]
fn fuzzed_attendance_role_between_comma_and_party() {
    // `Name, (L)`: a comma right before the party left no role between
    // them, and the role was sliced backwards (the text fuzz target,
    // after about 55 000 runs).
    let src = "## Närvarande\nFrans Skarman, (L)\nAnna Berg, ordförande (S)\n\n## § 1 Val\n\nBeslut att bifalla.\n";
    let doc = justera::parse(src);
    let names: Vec<&str> = doc.attendance.all().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Anna Berg"), "{names:?}");
    check(src);
    check(&String::from_utf8_lossy(include_bytes!(
        "fuzzed/text-role-between-comma-and-party.md"
    )));
}

#[test]
fn fuzzed_chair_name_with_collapsed_spaces() {
    // A chair's or secretary's name after wide gaps: its span was counted
    // back from the value's end by the length of the text with the gaps
    // collapsed, and started inside a character before it (the process
    // fuzz target, after about 46 000 runs).
    for src in [
        "Protokoll\nNämnden\n\nOrdförande:    Öd    Tommy Ek (L)\nSekreterare:    Öd    Anna Berg\n\n## § 1 Val\n\nBeslut att bifalla.\n",
        "Protokoll\nNämnden\n\nOrdförande    O∂ndrra√fde    Tommy Rydfeldt (L)\n\n## § 1 Val\n\nBeslut att bifalla.\n",
    ] {
        check(src);
        let doc = justera::parse(src);
        let spans = doc
            .attendance
            .all()
            .map(|p| p.span)
            .chain(doc.secretary.iter().map(|p| p.span))
            .chain(doc.signatures.iter().map(|s| s.span));
        for s in spans {
            assert!(
                src.get(s.start..s.end).is_some(),
                "{s:?} is not on characters in {src:?}"
            );
        }
    }
    check(&String::from_utf8_lossy(include_bytes!(
        "fuzzed/text-chair-name-after-trimmed-line.md"
    )));
}

#[test]
fn fuzzed_vote_started_after_its_roll_call() {
    // A vote word after a roll-call table in the same paragraph: the vote
    // made of the table ran from that later sentence back to the table
    // (the text and process fuzz targets, after about 50 000 runs each).
    for bytes in [
        &include_bytes!("fuzzed/text-vote-start-after-roll-call-a.md")[..],
        &include_bytes!("fuzzed/text-vote-start-after-roll-call-b.md")[..],
    ] {
        let src = String::from_utf8_lossy(bytes);
        check(&src);
        let doc = justera::parse(&src);
        let _ = justera::summarize(&doc);
        let _ = justera::check(&doc, &src);
    }
}

#[test]
fn fuzzed_pdf_type_scaled_past_any_size() {
    // Text matrices multiplied (`1172 786 1 0 0 cm` again and again) until
    // the type size is past any number: a heading's rank key overflowed.
    // The content stream as the pdf_content fuzz target wrote it (up to
    // its first NUL, where the target's CMap begins).
    let content = include_bytes!("fuzzed/pdf-content-type-scaled-past-any-size.txt");
    let r = decode_checked(&one_page(content, b"", b""));
    if let Ok(text) = r {
        assert!(text.contains("Protokoll"), "{text}");
    }
}

#[test]
fn pdf_font_widths_starting_at_the_last_code() {
    // `/FirstChar` at the largest code there is: the widths after it have
    // no code of their own, and counting on past it overflowed.
    let bytes = pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
        stream("", b"BT /F1 12 Tf 72 786 Td (Protokoll 2024-03-18) Tj ET"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 4294967295 /Widths [500 500 500] >>".to_vec(),
    ]);
    let text = decode_checked(&bytes).unwrap();
    assert!(text.contains("Protokoll 2024-03-18"), "{text}");
}

#[test]
fn fuzzed_hands_before_a_later_verb() {
    // `i första hand ... i andra hand` before the sentence's later
    // proposing verb: the words between the verb and the first hand were
    // sliced backwards (the text fuzz target, after about 115 000 runs).
    // The hands belong to the verb before them.
    let src = "## § 1 Budget\n\n### Yrkanden\n\nAnna Berg (M) föreslår i första hand att ärendet återremitteras och i andra hand avslag, vilket Bo Ek (S) yrkar.\n\n### Beslut\n\nNämnden beslutar att återremittera ärendet.\n";
    check(src);
    let doc = justera::parse(src);
    assert!(!doc.paragraphs[0].proposals.is_empty());
    check(&String::from_utf8_lossy(include_bytes!(
        "fuzzed/text-hands-before-a-later-verb.md"
    )));
}

#[test]
fn fuzzed_head_after_its_paragraphs_end() {
    // A paragraph whose end was computed before its head's own item: the
    // items after the head were sliced backwards (the text fuzz target,
    // after about 17 600 runs).
    check(&String::from_utf8_lossy(include_bytes!(
        "fuzzed/text-head-after-its-paragraphs-end.md"
    )));
}

#[test]
fn fuzzed_overlapping_name_separators() {
    // Names listed under a reservation with `, och` between two of them:
    // the two separators overlap, and the piece between them was sliced
    // backwards (the text fuzz target, after about 40 000 runs).
    check(&String::from_utf8_lossy(include_bytes!(
        "fuzzed/text-overlapping-name-separators.md"
    )));
}
