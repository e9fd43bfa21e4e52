//! Every input format maps onto the same model: the seeds converted to
//! .docx (and .pdf) the way a secretary's word processor holds them parse
//! to the same paragraphs, titles, decisions, proposals and outcomes as the
//! seed text itself. Fixtures: `tests/fixtures/input/` (see `make.sh`).

use std::path::PathBuf;

use justera::input::{decode, ChangeKind, Format, Note};
use serde_json::Value;

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn seed(prefix: &str) -> String {
    let dir = manifest().join("../../../shared/seeds");
    let entry = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}"));
    std::fs::read_to_string(entry.path()).unwrap()
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(manifest().join("tests/fixtures/input").join(name)).unwrap()
}

/// The model as JSON without byte spans (they differ between formats).
fn facts(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !k.contains("span"))
                .map(|(k, v)| (k.clone(), facts(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(facts).collect()),
        v => v.clone(),
    }
}

/// What must be the same whatever the format was.
const PARAGRAPH: &[&str] = &[
    "number",
    "title",
    "case_numbers",
    "decision",
    "proposals",
    "procedure",
    "votes",
    "outcome",
    "reservations",
    "statements",
    "jav",
];
const DOCUMENT: &[&str] = &[
    "kind",
    "meeting",
    "attendance",
    "justering",
    "notice",
    "declared_range",
];

/// Parse the seed text and the converted file; list every difference.
fn differences(seed_text: &str, converted: &str) -> Vec<String> {
    let a = serde_json::to_value(justera::parse(seed_text)).unwrap();
    let b = serde_json::to_value(justera::parse(converted)).unwrap();
    let mut diffs = Vec::new();
    for key in DOCUMENT {
        if facts(&a[key]) != facts(&b[key]) {
            diffs.push(format!(
                "{key}:\n  text: {}\n  file: {}",
                facts(&a[key]),
                facts(&b[key])
            ));
        }
    }
    let (pa, pb) = (
        a["paragraphs"].as_array().unwrap(),
        b["paragraphs"].as_array().unwrap(),
    );
    let numbers = |ps: &Vec<Value>| ps.iter().map(|p| p["number"].clone()).collect::<Vec<_>>();
    if numbers(pa) != numbers(pb) {
        diffs.push(format!(
            "paragraph numbers: {:?} vs {:?}",
            numbers(pa),
            numbers(pb)
        ));
    }
    for (x, y) in pa.iter().zip(pb) {
        for key in PARAGRAPH {
            if facts(&x[key]) != facts(&y[key]) {
                diffs.push(format!(
                    "§ {} {key}:\n  text: {}\n  file: {}",
                    x["number"],
                    facts(&x[key]),
                    facts(&y[key])
                ));
            }
        }
    }
    assert!(!pa.is_empty(), "the seed has paragraphs");
    diffs
}

fn check_pdf(seed_prefix: &str, bytes: &[u8]) -> Vec<String> {
    let decoded = decode(bytes).unwrap();
    assert_eq!(decoded.format, Format::Pdf);
    assert!(decoded.pages.len() > 1, "a page map");
    assert!(decoded
        .notes
        .iter()
        .any(|n| matches!(n, Note::PdfAccessibility { .. })));
    differences(&seed(seed_prefix), &decoded.text)
}

fn check_docx(seed_prefix: &str, file: &str) {
    let decoded = decode(&fixture(file)).unwrap();
    assert_eq!(decoded.format, Format::Docx);
    assert!(decoded.notes.is_empty(), "{:?}", decoded.notes);
    let diffs = differences(&seed(seed_prefix), &decoded.text);
    assert!(diffs.is_empty(), "{file}:\n{}", diffs.join("\n"));
}

#[test]
fn seed_000_as_docx_parses_like_the_text() {
    check_docx("000_", "seed000.docx");
}

#[test]
fn seed_003_as_docx_parses_like_the_text() {
    check_docx("003_", "seed003.docx");
}

#[test]
fn seed_000_as_pdf_parses_like_the_text() {
    let diffs = check_pdf("000_", &fixture("seed000.pdf"));
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
}

/// seed003.pdf is 145 KB, too large to keep in the repository: made here
/// with LibreOffice when it is installed (see fixtures/input/make.sh).
#[test]
fn seed_003_as_pdf_parses_like_the_text() {
    let tools = ["pandoc", "soffice", "python3"];
    let have = |t: &str| {
        std::process::Command::new(t)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !tools.iter().all(|t| have(t)) {
        // The README's test command installs them; in CI a missing tool is
        // a failure, not a skip.
        assert!(
            std::env::var_os("CI").is_none(),
            "seed 003 as PDF needs {tools:?}: run scripts/setup.sh"
        );
        eprintln!("seed 003 as PDF: not checked, needs {tools:?}");
        return;
    }
    let dir = std::env::temp_dir().join(format!("justera-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fixtures = manifest().join("tests/fixtures/input");
    let seeds = manifest().join("../../../shared/seeds");
    let src = std::fs::read_dir(&seeds)
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with("003_"))
        .unwrap()
        .path();
    let run = |cmd: &mut std::process::Command| {
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{cmd:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let md = run(std::process::Command::new("python3")
        .arg(fixtures.join("word_processor.py"))
        .arg(&src));
    std::fs::write(dir.join("s.md"), md).unwrap();
    run(std::process::Command::new("pandoc")
        .args([
            "-f",
            "markdown-smart+hard_line_breaks",
            "-t",
            "html",
            "-s",
            "--metadata",
            "pagetitle=003",
        ])
        .arg(dir.join("s.md"))
        .arg("-o")
        .arg(dir.join("raw.html")));
    let html = run(std::process::Command::new("python3")
        .arg(fixtures.join("table_widths.py"))
        .arg(dir.join("raw.html")));
    std::fs::write(dir.join("s.html"), html).unwrap();
    run(std::process::Command::new("soffice")
        .args([
            "--headless",
            "--convert-to",
            "pdf:writer_web_pdf_Export",
            "--outdir",
        ])
        .arg(&dir)
        .arg(dir.join("s.html"))
        .env("HOME", &dir));
    let bytes = std::fs::read(dir.join("s.pdf")).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let diffs = check_pdf("003_", &bytes);
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
}

#[test]
fn the_docx_path_keeps_headings_lists_and_tables() {
    let d = decode(&fixture("seed003.docx")).unwrap();
    assert!(
        d.text.contains("\n## Digitala signaturer\n"),
        "headings from Word styles"
    );
    assert!(
        d.text
            .contains("\n1. att socialnämnden tillstyrker motionen, samt\n"),
        "numbered lists"
    );
    assert!(
        d.text.contains("\n| **Namn** | **Datum** |\n|---|---|\n| Johan Alexander Emanuel,Ojanne | 2024-03-22 |\n"),
        "tables"
    );
    assert!(d.text.contains("**Yrkanden**"), "bold runs");
}

#[test]
fn a_draft_with_tracked_changes_and_comments_is_flagged() {
    let d = decode(&fixture("draft.docx")).unwrap();
    let doc = justera::parse(&d.text);
    assert_eq!(doc.paragraphs.len(), 1);
    assert_eq!(doc.paragraphs[0].number, 12);
    // Insertions shown, deletions left out: the document as if accepted.
    assert!(d
        .text
        .contains("1. Kommunstyrelsen föreslår fullmäktige att fastställa budgeten.\n2. "));
    assert!(!d.text.contains("uppdrar åt"));
    assert!(
        d.text.contains("Budgeten redovisas i bilaga 1.[^1]\n"),
        "{}",
        d.text
    );
    assert!(d.text.contains("\n[^1]: Bilagan finns hos kansliet.\n"));
    assert!(d.text.contains("\n- första punkten\n- andra punkten\n"));
    let mut seen = (false, false, false);
    for note in &d.notes {
        assert!(note.is_warning());
        match note {
            Note::TrackedChange {
                change: ChangeKind::Insertion,
                author,
                text,
                span,
            } => {
                assert_eq!(
                    (author.as_deref(), text.as_str()),
                    (Some("Eva Ek"), "fullmäktige")
                );
                assert_eq!(&d.text[span.start..span.end], "fullmäktige");
                seen.0 = true;
            }
            Note::TrackedChange {
                change: ChangeKind::Deletion,
                text,
                span,
                ..
            } => {
                assert_eq!(text, "uppdrar åt");
                assert!(d.text[..span.start].ends_with("2. Kommunstyrelsen "));
                seen.1 = true;
            }
            Note::Comment { author, text, span } => {
                assert_eq!(
                    (author.as_deref(), text.as_str()),
                    (Some("Nils Berg"), "Kontrollera partibeteckningen.")
                );
                assert_eq!(
                    &d.text[span.start..span.end],
                    "Anna Al (S) yrkade bifall till förvaltningens förslag."
                );
                seen.2 = true;
            }
            other => panic!("unexpected note {other:?}"),
        }
    }
    assert_eq!(seen, (true, true, true));
}

#[test]
fn every_seed_decodes_as_utf8_text_unchanged() {
    for prefix in ["000_", "001_", "002_", "003_"] {
        let text = seed(prefix);
        let d = decode(text.as_bytes()).unwrap();
        assert_eq!((d.format, d.encoding), (Format::Text, Some("UTF-8")));
        assert_eq!(d.text, text);
    }
}

#[test]
fn seed_000_in_windows_1252_and_utf16_parses_the_same() {
    let text = seed("000_");
    let (latin, _, lossy) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!lossy);
    let d = decode(&latin).unwrap();
    assert_eq!(d.encoding, Some("windows-1252"));
    assert_eq!(d.text, text);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(decode(&utf16).unwrap().text, text);
    // CRLF line ends: the same paragraphs, spans into the CRLF text.
    let crlf = text.replace('\n', "\r\n");
    let d = decode(crlf.as_bytes()).unwrap();
    assert_eq!(d.text, crlf);
    let diffs = differences(&text, &d.text);
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
    // Old Mac line ends: the same too, every offset kept.
    let cr = text.replace('\n', "\r");
    let d = decode(cr.as_bytes()).unwrap();
    assert_eq!(d.text.len(), cr.len());
    let diffs = differences(&text, &d.text);
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
}

#[test]
fn damaged_pdfs_and_docx_give_results_or_messages_never_panics() {
    // Deterministic xorshift: flip bytes, cut the file short.
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for name in ["seed000.pdf", "seed000.docx"] {
        let good = fixture(name);
        for round in 0..60 {
            let mut bytes = good.clone();
            if round % 3 == 0 {
                bytes.truncate((next() as usize) % good.len());
            } else {
                for _ in 0..(1 + round % 7) {
                    let i = (next() as usize) % bytes.len();
                    bytes[i] = next() as u8;
                }
            }
            match decode(&bytes) {
                Ok(d) => assert!(!d.text.trim().is_empty()),
                Err(e) => assert!(!e.message().is_empty() && !e.message_en().is_empty()),
            }
        }
    }
}

/// A protocol written as a web page and printed to PDF by a browser
/// (`narrow_vote_columns.html`, see `make.sh`): its vote list's `Ja`,
/// `Nej` and `Avstår` columns are only as wide as their words, the
/// browser draws each letter of a bold line apart and the text after the
/// list as runs that may start where a column does. Each voter's ballot is
/// read, and the sentence after the list is no row of it. (Before: no
/// ballot read in either list, § 42's decision the vote's sentence.)
#[test]
fn a_browser_printed_vote_list_with_narrow_columns_is_read() {
    let decoded = decode(&fixture("narrow_vote_columns.pdf")).unwrap();
    assert_eq!(decoded.format, Format::Pdf);
    assert!(
        decoded
            .text
            .contains("\n\nMed 2 ja-röster mot 2 nej-röster och 1 som avstår"),
        "{}",
        decoded.text
    );
    let doc = justera::parse(&decoded.text);
    let p = doc
        .paragraphs
        .iter()
        .find(|p| p.number == 41)
        .expect("§ 41");
    let read: Vec<String> = p.votes[0]
        .roll_call
        .iter()
        .map(|r| format!("{} {:?}", r.name, r.vote))
        .collect();
    assert_eq!(
        read,
        [
            "Eva Lund Yes",
            "Olle Berg Yes",
            "Per Holm No",
            "Kim Ek No",
            "Sara Nyberg Abstain"
        ]
    );
    // § 42's list as a web page's table usually is: the header's cells
    // centred and wrapped over lines of their own, a long name wrapped
    // with its mark centred beside it, a heading right under the list.
    let p = doc
        .paragraphs
        .iter()
        .find(|p| p.number == 42)
        .expect("§ 42");
    let ballots: Vec<String> = p.votes[0]
        .roll_call
        .iter()
        .map(|r| format!("{} {:?}", r.name, r.vote))
        .collect();
    assert_eq!(
        ballots,
        [
            "Eva Lund No",
            "Olle Berg-Wikström Andersson No",
            "Per Holm Yes",
            "Kim Ek Yes",
            "Sara Nyberg Yes"
        ]
    );
    let decision = p.decision.as_ref().map(|d| d.text.as_str());
    assert_eq!(
        decision,
        Some("Kommunstyrelsen bifaller medborgarförslaget.")
    );
}
