//! Word and PDF files as they are really made: the seeds and corpus
//! protocols written as `.docx` by python-docx in a meeting system's
//! template and a plain Word one, through pandoc, and each exported to PDF
//! by LibreOffice, and the text as a web page printed to PDF by Chromium
//! (`tests/fixtures/formats/make.py`, run here, cached under the target
//! directory). Each file must give the same paragraph numbers,
//! titles, decisions, proposals, votes and reservations as its text.
//!
//! A file the readers do not yet read right (`NOT_YET`) has its
//! differences snapshotted under a FIXME, so the suite stays green and
//! every improvement shows; once right, its test asserts there is no
//! difference.
//!
//! The `.text.md` files are the PDFs' texts as a PDF-to-text converter
//! gives them (pdfplumber with the layout kept, a page mark before each
//! page, `tests/fixtures/formats/pdf_to_text.py`), as public archives of
//! protocols publish them: read as text files, not by the PDF reader.
//!
//! Needs python3 with python-docx (Debian `python3-docx`), a python3
//! with pdfplumber (pip), pandoc, Chromium and LibreOffice
//! (`SETUP_FOR_TESTS=1 scripts/setup.sh`). Missing tools fail the test.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use justera::input::{decode, Format};
use justera::{Document, ProposalKind};

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// (name, source under the shared folder): the four seeds and protocols
/// from five different sources, municipal and associations'.
const SOURCES: &[(&str, &str)] = &[
    ("seed000", "seeds/000_"),
    ("seed001", "seeds/001_"),
    ("seed002", "seeds/002_"),
    ("seed003", "seeds/003_"),
    (
        "kungsbacka",
        "corpus/kungsbacka/ifo-2025-03-20-protokoll.md",
    ),
    (
        "kommunhandlingar",
        "corpus/kommunhandlingar/data/kungsbacka/ks/2025/2025-06-17/protokoll.md",
    ),
    (
        "dokument",
        "corpus/dokument/Protokoll/Styrelsen/2023/2023-02-07.md",
    ),
    ("protocols", "corpus/protocols/20-21/styrelsemote_201105.md"),
    ("w3", "corpus/w3/stacken/news/2024/varmote-proto.md"),
];

fn source_path(spec: &str) -> PathBuf {
    let shared = manifest().join("../../../shared");
    if let Some(prefix) = spec.strip_prefix("seeds/") {
        let dir = shared.join("seeds");
        return std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .flatten()
            .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
            .unwrap_or_else(|| panic!("no seed {prefix}"))
            .path();
    }
    shared.join(spec)
}

/// A python3 that can import `module`: python-docx lives in Debian's
/// system python, pdfplumber (pip) in whichever python3 comes first on
/// PATH, which may be another.
fn python_with(module: &str, how: &str) -> String {
    for candidate in ["python3", "/usr/bin/python3"] {
        let ok = Command::new(candidate)
            .args(["-c", &format!("import {module}")])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return candidate.to_string();
        }
    }
    panic!("no python3 with {module}: run SETUP_FOR_TESTS=1 scripts/setup.sh ({how})");
}

fn python() -> String {
    python_with("docx", "Debian python3-docx")
}

/// The `.text.md` files of [`FILES`]: each PDF's text as a PDF-to-text
/// converter gives it (`tests/fixtures/formats/pdf_to_text.py`), made once
/// per test run, after the PDFs.
fn converted() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let dir = corpus();
        let mut cmd = Command::new(python_with("pdfplumber", "pip pdfplumber"));
        cmd.arg(manifest().join("tests/fixtures/formats/pdf_to_text.py"));
        for file in FILES.iter().filter(|f| f.ends_with(".text.md")) {
            let pdf = file.replace(".text.md", ".pdf");
            cmd.arg(dir.join(pdf)).arg(dir.join(file));
        }
        let run = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
        assert!(
            run.status.success(),
            "{cmd:?}:\n{}",
            String::from_utf8_lossy(&run.stderr)
        );
    });
}

/// The `.poppler.txt` and `.poppler-layout.txt` files of [`FILES`]: each
/// PDF's text as poppler's `pdftotext` gives it, in its reading order and
/// with `-layout`, the plain way to turn a PDF into text. Made once per
/// test run, after the PDFs.
fn poppler() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let dir = corpus();
        for file in FILES.iter().filter(|f| f.contains(".poppler")) {
            let (pdf, layout) = match file.strip_suffix(".poppler-layout.txt") {
                Some(stem) => (format!("{stem}.pdf"), true),
                None => (file.replace(".poppler.txt", ".pdf"), false),
            };
            let mut cmd = Command::new("pdftotext");
            if layout {
                cmd.arg("-layout");
            }
            cmd.args(["-enc", "UTF-8"])
                .arg(dir.join(pdf))
                .arg(dir.join(file));
            let run = cmd.output().unwrap_or_else(|e| {
                panic!(
                    "{cmd:?}: {e} (needs Debian poppler-utils: SETUP_FOR_TESTS=1 scripts/setup.sh)"
                )
            });
            assert!(
                run.status.success(),
                "{cmd:?}:\n{}",
                String::from_utf8_lossy(&run.stderr)
            );
        }
    });
}

/// The generated files, made once per test run and kept between runs
/// while the script and the sources are unchanged.
fn corpus() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("real-formats");
        let mut cmd = Command::new(python());
        cmd.arg(manifest().join("tests/fixtures/formats/make.py"))
            .arg(&out);
        for (name, spec) in SOURCES {
            cmd.arg(format!("{name}={}", source_path(spec).display()));
        }
        let run = cmd
            .output()
            .unwrap_or_else(|e| panic!("{cmd:?}: {e} (needs pandoc and LibreOffice)"));
        assert!(
            run.status.success(),
            "{cmd:?}:\n{}\n{}",
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr)
        );
        out
    })
}

/// What must be the same whatever the format: per paragraph, its number,
/// title (normalised as the truth test does), whether it has a decision,
/// how many proposals were moved, its counted votes and reservations.
#[derive(PartialEq, Debug)]
struct Facts {
    number: u32,
    title: String,
    decision: bool,
    proposals: usize,
    votes: Vec<(Option<u32>, Option<u32>, Option<u32>)>,
    reservations: usize,
}

fn norm(t: &str) -> String {
    justera::inline::fold(t)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn facts(doc: &Document) -> Vec<Facts> {
    doc.paragraphs
        .iter()
        .map(|p| Facts {
            number: p.number,
            title: norm(&p.title),
            decision: p.decision.is_some(),
            proposals: p
                .proposals
                .iter()
                .filter(|x| x.kind != ProposalKind::Base)
                .count(),
            votes: p
                .votes
                .iter()
                .map(|v| (v.counts.yes, v.counts.no, v.counts.abstain))
                .collect(),
            reservations: p.reservations.len(),
        })
        .collect()
}

/// The meeting as the front of the document gives it: the body, the
/// date, and who attended in which group (name, party and role of each).
fn front(doc: &Document) -> Vec<String> {
    let people = |group: &str, ps: &[justera::Person]| {
        let names: Vec<String> = ps
            .iter()
            .map(|p| {
                format!(
                    "{} {} {}",
                    norm(&p.name),
                    p.party.as_deref().unwrap_or(""),
                    p.role.as_deref().map(norm).unwrap_or_default()
                )
            })
            .collect();
        format!("{group}: {}", names.join(", "))
    };
    let a = &doc.attendance;
    vec![
        format!(
            "body {:?}",
            doc.meeting.body.as_ref().map(|b| norm(&b.text))
        ),
        format!(
            "date {:?}",
            doc.meeting.date.as_ref().map(|d| d.iso.as_str())
        ),
        people("members", &a.members),
        people("serving", &a.serving_substitutes),
        people("substitutes", &a.substitutes),
        people("others", &a.others),
    ]
}

/// What the document is, beyond its paragraphs: its kind, and for each
/// document inside it (a bundle of memos) the kind, title, memo title and
/// whether a decision is proposed.
fn outline(doc: &Document) -> Vec<String> {
    let memo = |m: &Option<justera::Memo>| {
        m.as_ref().map_or(String::new(), |m| {
            format!(
                " memo {:?} proposed {}",
                m.title.as_ref().map(|t| norm(&t.text)).unwrap_or_default(),
                m.proposed_decision.is_some()
            )
        })
    };
    let mut out = vec![format!("{}{}", doc.kind.as_str(), memo(&doc.memo))];
    for d in &doc.documents {
        out.push(format!(
            "{} {:?}{}",
            d.kind.as_str(),
            norm(&d.title),
            memo(&d.memo)
        ));
    }
    out
}

/// One file against its text: the differences, and a row of the table.
struct Comparison {
    diffs: Vec<String>,
    row: String,
}

fn compare(file: &str) -> Comparison {
    let name = file.split('.').next().unwrap();
    let spec = SOURCES.iter().find(|s| s.0 == name).unwrap().1;
    let text = std::fs::read_to_string(source_path(spec)).unwrap();
    let text_doc = justera::parse(&text);
    let want = facts(&text_doc);
    let bytes = std::fs::read(corpus().join(file)).unwrap();
    let decoded = decode(&bytes).unwrap_or_else(|e| panic!("{file}: {}", e.message_en()));
    let expected = if file.ends_with(".pdf") {
        Format::Pdf
    } else if file.ends_with(".md") || file.ends_with(".txt") {
        Format::Text
    } else {
        Format::Docx
    };
    assert_eq!(decoded.format, expected);
    // The decoded text next to the file, to read when a test fails.
    let _ = std::fs::write(corpus().join(format!("{file}.txt")), &decoded.text);
    let file_doc = justera::parse_decoded(&decoded).expect("within the limits");
    let got = facts(&file_doc);

    let mut diffs = Vec::new();
    let (outline_want, outline_got) = (outline(&text_doc), outline(&file_doc));
    if outline_got.len() != outline_want.len() {
        diffs.push(format!(
            "documents: {}, text {}",
            outline_got.len(),
            outline_want.len()
        ));
    }
    for (k, (g, w)) in outline_got.iter().zip(&outline_want).enumerate() {
        if g != w {
            diffs.push(format!("document {k}: {g}, text {w}"));
        }
    }
    let (front_want, front_got) = (front(&text_doc), front(&file_doc));
    // The front counts for the files typed the plain way, made to test it;
    // the templates' fronts are shown in the table only.
    let typed = [".typed.", ".headed.", ".gdocs."]
        .iter()
        .any(|s| file.contains(s));
    for (g, w) in front_got.iter().zip(&front_want) {
        if typed && g != w {
            diffs.push(format!("front: {g}, text {w}"));
        }
    }
    let numbers = |f: &[Facts]| f.iter().map(|p| p.number).collect::<Vec<_>>();
    if numbers(&got) != numbers(&want) {
        diffs.push(format!(
            "numbers: {:?}, text {:?}",
            numbers(&got),
            numbers(&want)
        ));
    }
    let mut right = [0usize; 5];
    for w in &want {
        let Some(g) = got.iter().find(|g| g.number == w.number) else {
            diffs.push(format!("§ {}: missing", w.number));
            continue;
        };
        let checks = [
            (
                "title",
                g.title == w.title,
                &g.title as &dyn std::fmt::Debug,
            ),
            ("decision", g.decision == w.decision, &g.decision),
            ("proposals", g.proposals == w.proposals, &g.proposals),
            ("votes", g.votes == w.votes, &g.votes),
            (
                "reservations",
                g.reservations == w.reservations,
                &g.reservations,
            ),
        ];
        for (k, (what, ok, value)) in checks.into_iter().enumerate() {
            right[k] += ok as usize;
            if !ok {
                diffs.push(format!("§ {} {what}: {value:?}", w.number));
            }
        }
    }
    let n = want.len();
    let mut row = format!(
        "| {file} | {} | {} | {}{} |",
        if outline_got == outline_want {
            "right"
        } else {
            "wrong"
        },
        if front_got == front_want {
            "right"
        } else {
            "wrong"
        },
        got.len(),
        if numbers(&got) == numbers(&want) {
            ", right".to_string()
        } else {
            format!(" of {n}")
        }
    );
    for r in right {
        let _ = write!(row, " {r}/{n} |");
    }
    Comparison { diffs, row }
}

/// Every file compared once, on every core, shared by all the tests.
fn comparisons(files: &[&'static str]) -> &'static BTreeMap<&'static str, Comparison> {
    static ALL: OnceLock<BTreeMap<&'static str, Comparison>> = OnceLock::new();
    ALL.get_or_init(|| {
        corpus();
        converted();
        poppler();
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
        let next = std::sync::atomic::AtomicUsize::new(0);
        let done = std::sync::Mutex::new(BTreeMap::new());
        std::thread::scope(|s| {
            for _ in 0..threads {
                s.spawn(|| loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    let c = compare(file);
                    done.lock().unwrap().insert(*file, c);
                });
            }
        });
        done.into_inner().unwrap()
    })
}

/// Files the readers do not yet read as their text: their differences
/// are snapshotted (FIXME), so that the suite stays green and every
/// change shows. All are PDFs' texts as a converter gives them
/// (pdfplumber, or poppler's `pdftotext`).
const NOT_YET: &[&str] = &[
    "seed000.meeting.text.md",
    "seed000.plain.text.md",
    "seed000.typed.text.md",
    "seed000.headed.text.md",
    "seed000.typeset.text.md",
    "seed003.meeting.text.md",
    "seed003.plain.text.md",
    "seed003.typed.text.md",
    "seed003.typeset.text.md",
    "kommunhandlingar.typeset.text.md",
    "kommunhandlingar.typed.poppler.txt",
    "kommunhandlingar.typeset.poppler-layout.txt",
    "kommunhandlingar.typeset.poppler.txt",
    "kungsbacka.typed.poppler.txt",
    "seed000.headed.poppler-layout.txt",
    "seed000.headed.poppler.txt",
    "seed000.meeting.poppler-layout.txt",
    "seed000.meeting.poppler.txt",
    "seed000.plain.poppler-layout.txt",
    "seed000.plain.poppler.txt",
    "seed000.typed.poppler-layout.txt",
    "seed000.typed.poppler.txt",
    "seed000.typeset.poppler-layout.txt",
    "seed000.typeset.poppler.txt",
    "seed003.meeting.poppler-layout.txt",
    "seed003.meeting.poppler.txt",
    "seed003.plain.poppler-layout.txt",
    "seed003.plain.poppler.txt",
    "seed003.typed.poppler-layout.txt",
    "seed003.typed.poppler.txt",
    "seed003.typeset.poppler-layout.txt",
    "seed003.typeset.poppler.txt",
];

/// Every format copy reads with the same facts as its text; a file not
/// yet read so has its differences snapshotted.
fn check(file: &str) {
    let c = &comparisons(FILES)[file];
    if NOT_YET.contains(&file) {
        assert!(
            !c.diffs.is_empty(),
            "{file} now reads as its text: take it off NOT_YET"
        );
        insta::assert_snapshot!(format!("fixme_{file}"), c.diffs.join("\n"));
        return;
    }
    assert!(c.diffs.is_empty(), "{file}:\n{}", c.diffs.join("\n"));
}

macro_rules! files {
    ($($test:ident: $file:literal;)*) => {
        $(
            #[test]
            fn $test() {
                check($file);
            }
        )*

        const FILES: &[&str] = &[$($file),*];

        /// The whole table, before and after: one row per file.
        #[test]
        fn table_of_every_file() {
            let mut table = String::from(
                "| file | kind, documents | body, date, attendance | paragraphs | titles | decisions | proposals | votes | reservations |\n|---|---|---|---|---|---|---|---|---|\n",
            );
            for file in FILES {
                table.push_str(&comparisons(FILES)[file].row);
                table.push('\n');
            }
            insta::assert_snapshot!("table", table);
        }
    };
}

files! {
    seed000_meeting_docx: "seed000.meeting.docx";
    seed000_meeting_pdf: "seed000.meeting.pdf";
    seed000_plain_docx: "seed000.plain.docx";
    seed000_plain_pdf: "seed000.plain.pdf";
    seed000_pandoc_docx: "seed000.pandoc.docx";
    seed000_pandoc_pdf: "seed000.pandoc.pdf";
    seed001_meeting_docx: "seed001.meeting.docx";
    seed001_meeting_pdf: "seed001.meeting.pdf";
    seed001_plain_docx: "seed001.plain.docx";
    seed001_plain_pdf: "seed001.plain.pdf";
    seed001_pandoc_docx: "seed001.pandoc.docx";
    seed001_pandoc_pdf: "seed001.pandoc.pdf";
    seed002_meeting_docx: "seed002.meeting.docx";
    seed002_meeting_pdf: "seed002.meeting.pdf";
    seed002_plain_docx: "seed002.plain.docx";
    seed002_plain_pdf: "seed002.plain.pdf";
    seed002_pandoc_docx: "seed002.pandoc.docx";
    seed002_pandoc_pdf: "seed002.pandoc.pdf";
    seed003_meeting_docx: "seed003.meeting.docx";
    seed003_meeting_pdf: "seed003.meeting.pdf";
    seed003_plain_docx: "seed003.plain.docx";
    seed003_plain_pdf: "seed003.plain.pdf";
    seed003_pandoc_docx: "seed003.pandoc.docx";
    seed003_pandoc_pdf: "seed003.pandoc.pdf";
    kungsbacka_meeting_docx: "kungsbacka.meeting.docx";
    kungsbacka_meeting_pdf: "kungsbacka.meeting.pdf";
    kungsbacka_plain_docx: "kungsbacka.plain.docx";
    kungsbacka_plain_pdf: "kungsbacka.plain.pdf";
    kungsbacka_pandoc_docx: "kungsbacka.pandoc.docx";
    kungsbacka_pandoc_pdf: "kungsbacka.pandoc.pdf";
    kommunhandlingar_meeting_docx: "kommunhandlingar.meeting.docx";
    kommunhandlingar_meeting_pdf: "kommunhandlingar.meeting.pdf";
    kommunhandlingar_plain_docx: "kommunhandlingar.plain.docx";
    kommunhandlingar_plain_pdf: "kommunhandlingar.plain.pdf";
    kommunhandlingar_pandoc_docx: "kommunhandlingar.pandoc.docx";
    kommunhandlingar_pandoc_pdf: "kommunhandlingar.pandoc.pdf";
    dokument_meeting_docx: "dokument.meeting.docx";
    dokument_meeting_pdf: "dokument.meeting.pdf";
    dokument_plain_docx: "dokument.plain.docx";
    dokument_plain_pdf: "dokument.plain.pdf";
    dokument_pandoc_docx: "dokument.pandoc.docx";
    dokument_pandoc_pdf: "dokument.pandoc.pdf";
    protocols_meeting_docx: "protocols.meeting.docx";
    protocols_meeting_pdf: "protocols.meeting.pdf";
    protocols_plain_docx: "protocols.plain.docx";
    protocols_plain_pdf: "protocols.plain.pdf";
    protocols_pandoc_docx: "protocols.pandoc.docx";
    protocols_pandoc_pdf: "protocols.pandoc.pdf";
    w3_meeting_docx: "w3.meeting.docx";
    w3_meeting_pdf: "w3.meeting.pdf";
    w3_plain_docx: "w3.plain.docx";
    w3_plain_pdf: "w3.plain.pdf";
    w3_pandoc_docx: "w3.pandoc.docx";
    w3_pandoc_pdf: "w3.pandoc.pdf";
    seed000_typed_docx: "seed000.typed.docx";
    seed000_typed_pdf: "seed000.typed.pdf";
    seed000_headed_docx: "seed000.headed.docx";
    seed000_headed_pdf: "seed000.headed.pdf";
    seed000_gdocs_docx: "seed000.gdocs.docx";
    seed001_typed_docx: "seed001.typed.docx";
    seed001_typed_pdf: "seed001.typed.pdf";
    seed001_gdocs_docx: "seed001.gdocs.docx";
    seed002_typed_docx: "seed002.typed.docx";
    seed002_typed_pdf: "seed002.typed.pdf";
    seed002_gdocs_docx: "seed002.gdocs.docx";
    seed003_typed_docx: "seed003.typed.docx";
    seed003_typed_pdf: "seed003.typed.pdf";
    seed003_gdocs_docx: "seed003.gdocs.docx";
    kungsbacka_typed_docx: "kungsbacka.typed.docx";
    kungsbacka_typed_pdf: "kungsbacka.typed.pdf";
    kungsbacka_gdocs_docx: "kungsbacka.gdocs.docx";
    kommunhandlingar_typed_docx: "kommunhandlingar.typed.docx";
    kommunhandlingar_typed_pdf: "kommunhandlingar.typed.pdf";
    kommunhandlingar_gdocs_docx: "kommunhandlingar.gdocs.docx";
    dokument_typed_docx: "dokument.typed.docx";
    dokument_typed_pdf: "dokument.typed.pdf";
    dokument_gdocs_docx: "dokument.gdocs.docx";
    protocols_typed_docx: "protocols.typed.docx";
    protocols_typed_pdf: "protocols.typed.pdf";
    protocols_gdocs_docx: "protocols.gdocs.docx";
    w3_typed_docx: "w3.typed.docx";
    w3_typed_pdf: "w3.typed.pdf";
    w3_gdocs_docx: "w3.gdocs.docx";
    seed000_browser_pdf: "seed000.browser.pdf";
    seed001_browser_pdf: "seed001.browser.pdf";
    seed002_browser_pdf: "seed002.browser.pdf";
    seed003_browser_pdf: "seed003.browser.pdf";
    kungsbacka_browser_pdf: "kungsbacka.browser.pdf";
    kommunhandlingar_browser_pdf: "kommunhandlingar.browser.pdf";
    dokument_browser_pdf: "dokument.browser.pdf";
    protocols_browser_pdf: "protocols.browser.pdf";
    w3_browser_pdf: "w3.browser.pdf";
    seed000_typeset_pdf: "seed000.typeset.pdf";
    seed001_typeset_pdf: "seed001.typeset.pdf";
    seed002_typeset_pdf: "seed002.typeset.pdf";
    seed003_typeset_pdf: "seed003.typeset.pdf";
    kungsbacka_typeset_pdf: "kungsbacka.typeset.pdf";
    kommunhandlingar_typeset_pdf: "kommunhandlingar.typeset.pdf";
    dokument_typeset_pdf: "dokument.typeset.pdf";
    protocols_typeset_pdf: "protocols.typeset.pdf";
    w3_typeset_pdf: "w3.typeset.pdf";
    seed000_meeting_text: "seed000.meeting.text.md";
    seed000_plain_text: "seed000.plain.text.md";
    seed000_typed_text: "seed000.typed.text.md";
    seed000_headed_text: "seed000.headed.text.md";
    seed000_typeset_text: "seed000.typeset.text.md";
    seed003_meeting_text: "seed003.meeting.text.md";
    seed003_plain_text: "seed003.plain.text.md";
    seed003_typed_text: "seed003.typed.text.md";
    seed003_typeset_text: "seed003.typeset.text.md";
    kungsbacka_meeting_text: "kungsbacka.meeting.text.md";
    kungsbacka_plain_text: "kungsbacka.plain.text.md";
    kungsbacka_typed_text: "kungsbacka.typed.text.md";
    kungsbacka_typeset_text: "kungsbacka.typeset.text.md";
    kommunhandlingar_meeting_text: "kommunhandlingar.meeting.text.md";
    kommunhandlingar_plain_text: "kommunhandlingar.plain.text.md";
    kommunhandlingar_typed_text: "kommunhandlingar.typed.text.md";
    kommunhandlingar_typeset_text: "kommunhandlingar.typeset.text.md";
    seed000_meeting_poppler: "seed000.meeting.poppler.txt";
    seed000_plain_poppler: "seed000.plain.poppler.txt";
    seed000_typed_poppler: "seed000.typed.poppler.txt";
    seed000_headed_poppler: "seed000.headed.poppler.txt";
    seed000_typeset_poppler: "seed000.typeset.poppler.txt";
    seed003_meeting_poppler: "seed003.meeting.poppler.txt";
    seed003_plain_poppler: "seed003.plain.poppler.txt";
    seed003_typed_poppler: "seed003.typed.poppler.txt";
    seed003_typeset_poppler: "seed003.typeset.poppler.txt";
    kungsbacka_meeting_poppler: "kungsbacka.meeting.poppler.txt";
    kungsbacka_plain_poppler: "kungsbacka.plain.poppler.txt";
    kungsbacka_typed_poppler: "kungsbacka.typed.poppler.txt";
    kungsbacka_typeset_poppler: "kungsbacka.typeset.poppler.txt";
    kommunhandlingar_meeting_poppler: "kommunhandlingar.meeting.poppler.txt";
    kommunhandlingar_plain_poppler: "kommunhandlingar.plain.poppler.txt";
    kommunhandlingar_typed_poppler: "kommunhandlingar.typed.poppler.txt";
    kommunhandlingar_typeset_poppler: "kommunhandlingar.typeset.poppler.txt";
    seed000_meeting_layout: "seed000.meeting.poppler-layout.txt";
    seed000_plain_layout: "seed000.plain.poppler-layout.txt";
    seed000_typed_layout: "seed000.typed.poppler-layout.txt";
    seed000_headed_layout: "seed000.headed.poppler-layout.txt";
    seed000_typeset_layout: "seed000.typeset.poppler-layout.txt";
    seed003_meeting_layout: "seed003.meeting.poppler-layout.txt";
    seed003_plain_layout: "seed003.plain.poppler-layout.txt";
    seed003_typed_layout: "seed003.typed.poppler-layout.txt";
    seed003_typeset_layout: "seed003.typeset.poppler-layout.txt";
    kungsbacka_meeting_layout: "kungsbacka.meeting.poppler-layout.txt";
    kungsbacka_plain_layout: "kungsbacka.plain.poppler-layout.txt";
    kungsbacka_typed_layout: "kungsbacka.typed.poppler-layout.txt";
    kungsbacka_typeset_layout: "kungsbacka.typeset.poppler-layout.txt";
    kommunhandlingar_meeting_layout: "kommunhandlingar.meeting.poppler-layout.txt";
    kommunhandlingar_plain_layout: "kommunhandlingar.plain.poppler-layout.txt";
    kommunhandlingar_typed_layout: "kommunhandlingar.typed.poppler-layout.txt";
    kommunhandlingar_typeset_layout: "kommunhandlingar.typeset.poppler-layout.txt";
}

/// The templates' Word files carry the fields Word writes: a real table of
/// contents field (every plain file, every meeting file with `§` paragraphs)
/// and page numbers in a header or footer part, as a complex field and as
/// a simple one; read, the fields' instructions never reach the text and
/// the page furniture is remembered.
#[test]
fn word_files_carry_fields_as_word_writes_them() {
    use std::io::Read;
    for (name, spec) in SOURCES {
        let text = std::fs::read_to_string(source_path(spec)).unwrap();
        let has_paragraphs = justera::parse(&text)
            .paragraphs
            .iter()
            .any(|p| p.number_text.contains('§'));
        for style in ["meeting", "plain"] {
            let file = format!("{name}.{style}.docx");
            let bytes = std::fs::read(corpus().join(&file)).unwrap();
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes[..])).unwrap();
            let mut parts = |prefix: &str| {
                let mut all = String::new();
                for i in 0..zip.len() {
                    let mut entry = zip.by_index(i).unwrap();
                    if entry.name().starts_with(prefix) {
                        entry.read_to_string(&mut all).unwrap();
                    }
                }
                all
            };
            let body = parts("word/document.xml");
            let furniture = parts("word/header") + &parts("word/footer");
            assert!(
                furniture.contains(" PAGE ") && furniture.contains("NUMPAGES"),
                "{file}: no page fields in its header or footer"
            );
            if style == "plain" {
                assert!(furniture.contains("w:fldSimple"), "{file}");
                assert!(furniture.contains("w:fldChar"), "{file}");
            }
            if style == "plain" || has_paragraphs {
                assert!(body.contains("TOC \\o"), "{file}: no TOC field");
            }
            let decoded = decode(&bytes).unwrap();
            for instr in ["NUMPAGES", "PAGEREF", "TOC \\o", "MERGEFORMAT"] {
                assert!(!decoded.text.contains(instr), "{file}: {instr} in the text");
            }
            assert!(
                decoded.notes.iter().any(
                    |n| matches!(n, justera::input::Note::PageFurniture { lines } if *lines > 0)
                ),
                "{file}: page furniture not remembered"
            );
        }
    }
}
