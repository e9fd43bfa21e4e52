//! The parser against hand-checked truth files (`tests/truth/*.truth.json`):
//! per-source accuracy, snapshotted so a change in any direction is seen,
//! and exact agreement asserted where the parser is expected to be exact.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;

use serde_json::Value;

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn source_path(file: &str) -> PathBuf {
    let shared = manifest().join("../../../shared");
    match file.strip_prefix("seeds/") {
        Some(s) => shared.join("seeds").join(s),
        None => shared.join("corpus").join(file),
    }
}

/// Titles compared without case, punctuation, markup or spacing.
fn norm(t: &str) -> String {
    justera::inline::fold(t)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

#[derive(Default)]
struct Score {
    ok: usize,
    total: usize,
}

impl Score {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.ok += ok as usize;
    }
}

struct Truth {
    file: String,
    /// The text the truth file describes.
    path: PathBuf,
    value: Value,
}

/// `tests/corpus/` at the repository root: real sources and layout twins.
fn repo_corpus() -> PathBuf {
    manifest().join("../../tests/corpus")
}

/// Every `*.truth.json` under `dir`, at any depth, its `file` read against `base`.
fn truth_files(dir: &std::path::Path, base: &std::path::Path, out: &mut Vec<Truth>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            truth_files(&p, base, out);
        } else if p.to_string_lossy().ends_with(".truth.json") {
            let value: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            let file = value["file"].as_str().unwrap().to_string();
            out.push(Truth {
                path: base.join(&file),
                file,
                value,
            });
        }
    }
}

fn truths() -> Vec<Truth> {
    let dir = manifest().join("tests/truth");
    let mut out: Vec<Truth> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .map(|e| {
            let value: Value =
                serde_json::from_str(&std::fs::read_to_string(e.path()).unwrap()).unwrap();
            let file = value["file"].as_str().unwrap().to_string();
            Truth {
                path: source_path(&file),
                file,
                value,
            }
        })
        .collect();
    out.sort_by(|a, b| a.file.cmp(&b.file));
    assert!(out.len() >= 20);
    out
}

/// The truth files of `tests/corpus/`, `file` relative to it.
fn corpus_truths() -> Vec<Truth> {
    let root = repo_corpus();
    let mut out = Vec::new();
    truth_files(&root, &root, &mut out);
    out.sort_by(|a, b| a.file.cmp(&b.file));
    assert!(!out.is_empty(), "no truth files under {}", root.display());
    out
}

fn source_of(file: &str) -> &str {
    file.split('/').next().unwrap()
}

const FIELDS: [&str; 11] = [
    "kind",
    "body",
    "date",
    "numbers",
    "titles",
    "decision",
    "proposals",
    "votes",
    "reservations",
    "contested",
    "method",
];

/// The measures of issue 17, per truth paragraph rather than per file:
/// a paragraph with the right number and title, a counted vote with the
/// right counts (matched in order within its paragraph), a paragraph with
/// reservations that has as many.
const MEASURES: [&str; 3] = ["paragraphs", "counted votes", "reservation paragraphs"];

type Counts = (Option<u64>, Option<u64>, Option<u64>);

/// Scores one truth file into `scores`; returns what was missed.
fn score_file(t: &Truth, scores: &mut BTreeMap<&'static str, Score>) -> Vec<String> {
    let src = std::fs::read_to_string(&t.path).unwrap();
    let doc = justera::parse(&src);
    let tv = &t.value;
    scores
        .entry("kind")
        .or_default()
        .add(doc.kind.as_str() == tv["kind"].as_str().unwrap());
    let mut misses: Vec<String> = Vec::new();
    // The body that met and the meeting's date, where the truth names them.
    if let Some(body) = tv["body"].as_str() {
        let got = doc.meeting.body.as_ref().map(|b| b.text.as_str());
        let ok = got.is_some_and(|g| norm(g) == norm(body));
        scores.entry("body").or_default().add(ok);
        if !ok {
            misses.push(format!("body: got {got:?}"));
        }
    }
    if let Some(date) = tv["date"].as_str() {
        let got = doc.meeting.date.as_ref().map(|d| d.iso.as_str());
        scores.entry("date").or_default().add(got == Some(date));
        if got != Some(date) {
            misses.push(format!("date: got {got:?}"));
        }
    }
    let want: Vec<&Value> = tv["paragraphs"].as_array().unwrap().iter().collect();
    let want_numbers: Vec<u64> = want.iter().map(|p| p["number"].as_u64().unwrap()).collect();
    let got_numbers: Vec<u64> = doc.paragraphs.iter().map(|p| p.number as u64).collect();
    scores
        .entry("numbers")
        .or_default()
        .add(want_numbers == got_numbers);
    if want_numbers != got_numbers {
        misses.push(format!("numbers: got {got_numbers:?}"));
    }
    for w in &want {
        let n = w["number"].as_u64().unwrap() as u32;
        let want_votes: Vec<Counts> = w["votes"]
            .as_array()
            .map(|v| {
                v.iter()
                    .map(|x| {
                        (
                            x["yes"].as_u64(),
                            x["no"].as_u64(),
                            x["abstain"].as_u64().or(Some(0)),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let want_reservations = w["reservations"].as_u64().unwrap_or(0);
        let Some(p) = doc.paragraphs.iter().find(|p| p.number == n) else {
            // Every paragraph's measure, from the title on.
            for f in FIELDS.iter().skip_while(|f| **f != "titles") {
                scores.entry(f).or_default().add(false);
            }
            scores.entry("paragraphs").or_default().add(false);
            for _ in &want_votes {
                scores.entry("counted votes").or_default().add(false);
            }
            if want_reservations > 0 {
                scores
                    .entry("reservation paragraphs")
                    .or_default()
                    .add(false);
            }
            continue;
        };
        let title_ok = norm(&p.title) == norm(w["title"].as_str().unwrap_or(""));
        scores.entry("titles").or_default().add(title_ok);
        scores.entry("paragraphs").or_default().add(title_ok);
        if !title_ok {
            misses.push(format!("§{n} title: {:?}", p.title));
        }
        let decision_ok = p.decision.is_some() == w["decision"].as_bool().unwrap_or(false);
        scores.entry("decision").or_default().add(decision_ok);
        if !decision_ok {
            misses.push(format!("§{n} decision: {}", p.decision.is_some()));
        }
        let moved = p
            .proposals
            .iter()
            .filter(|x| x.kind != justera::ProposalKind::Base)
            .count() as u64;
        scores
            .entry("proposals")
            .or_default()
            .add(moved == w["proposals"].as_u64().unwrap_or(0));
        let got_votes: Vec<Counts> = p
            .votes
            .iter()
            .map(|v| {
                (
                    v.counts.yes.map(u64::from),
                    v.counts.no.map(u64::from),
                    v.counts.abstain.map(u64::from).or(Some(0)),
                )
            })
            .collect();
        let votes_ok = want_votes == got_votes;
        scores.entry("votes").or_default().add(votes_ok);
        if !votes_ok {
            misses.push(format!("§{n} votes: {got_votes:?}"));
        }
        for (i, v) in want_votes.iter().enumerate() {
            scores
                .entry("counted votes")
                .or_default()
                .add(got_votes.get(i) == Some(v));
        }
        let reservations_ok = p.reservations.len() as u64 == want_reservations;
        scores
            .entry("reservations")
            .or_default()
            .add(reservations_ok);
        if want_reservations > 0 {
            scores
                .entry("reservation paragraphs")
                .or_default()
                .add(reservations_ok);
        }
        let contested = p.outcome.as_ref().is_some_and(|o| o.contested);
        scores
            .entry("contested")
            .or_default()
            .add(contested == w["contested"].as_bool().unwrap_or(false));
        let method = p
            .outcome
            .as_ref()
            .map(|o| serde_json::to_value(o.method).unwrap());
        let want_method = w["method"].as_str().map(|m| Value::String(m.to_string()));
        scores
            .entry("method")
            .or_default()
            .add(method == want_method || (want_method.is_none() && method.is_none()));
    }
    misses
}

fn miss_line(report: &mut String, t: &Truth, misses: &[String]) {
    if !misses.is_empty() {
        let _ = writeln!(
            report,
            "{}: {}",
            t.file,
            misses
                .iter()
                .take(6)
                .cloned()
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
}

fn table(by_source: &BTreeMap<String, BTreeMap<&str, Score>>, fields: &[&str]) -> String {
    let mut table = String::from("source | ");
    table += &fields.join(" | ");
    table += "\n";
    for (source, scores) in by_source {
        let _ = write!(table, "{source}");
        for f in fields {
            let s = scores.get(f).map(|s| (s.ok, s.total)).unwrap_or((0, 0));
            let _ = write!(table, " | {}/{}", s.0, s.1);
        }
        table.push('\n');
    }
    table
}

/// `ok/total (pct %)`, the form the numbers are given in.
fn percent(s: Option<&Score>) -> String {
    match s {
        Some(s) if s.total > 0 => format!(
            "{}/{} ({:.0} %)",
            s.ok,
            s.total,
            100.0 * s.ok as f64 / s.total as f64
        ),
        _ => "0/0 (–)".to_string(),
    }
}

#[test]
fn parser_against_truth() {
    let mut by_source: BTreeMap<String, BTreeMap<&str, Score>> = BTreeMap::new();
    let mut report = String::new();
    for t in truths() {
        let scores = by_source.entry(source_of(&t.file).to_string()).or_default();
        let misses = score_file(&t, scores);
        miss_line(&mut report, &t, &misses);
    }
    let table = table(&by_source, &FIELDS);
    insta::assert_snapshot!("accuracy", format!("{table}\nmisses:\n{report}"));
}

/// `tests/corpus/`: per source, real sources and layout twins (`twin-*`)
/// apart, with the three measures first.
#[test]
fn repo_corpus_against_truth() {
    let mut real: BTreeMap<String, BTreeMap<&str, Score>> = BTreeMap::new();
    let mut twins: BTreeMap<String, BTreeMap<&str, Score>> = BTreeMap::new();
    let mut report = String::new();
    for t in corpus_truths() {
        let source = source_of(&t.file).to_string();
        let group = if source.starts_with("twin-") {
            &mut twins
        } else {
            &mut real
        };
        let scores = group.entry(source).or_default();
        let misses = score_file(&t, scores);
        miss_line(&mut report, &t, &misses);
    }
    let mut out = String::new();
    for (name, group) in [("real sources", &real), ("layout twins", &twins)] {
        let _ = writeln!(out, "{name}:");
        let _ = writeln!(out, "source | files | {}", MEASURES.join(" | "));
        for (source, scores) in group {
            let _ = write!(out, "{source} | {}", scores["kind"].total);
            for m in MEASURES {
                let _ = write!(out, " | {}", percent(scores.get(m)));
            }
            out.push('\n');
        }
        out += &table(group, &FIELDS);
        out.push('\n');
    }
    insta::assert_snapshot!("accuracy_tests_corpus", format!("{out}misses:\n{report}"));
}

/// Municipal protocols: the paragraph numbers must be exactly right.
#[test]
fn municipal_paragraph_numbers_are_exact() {
    for t in truths() {
        let source = source_of(&t.file);
        if !matches!(source, "seeds" | "kungsbacka" | "kommunhandlingar") {
            continue;
        }
        let src = std::fs::read_to_string(&t.path).unwrap();
        let doc = justera::parse(&src);
        let want: Vec<u64> = t.value["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["number"].as_u64().unwrap())
            .collect();
        let got: Vec<u64> = doc.paragraphs.iter().map(|p| p.number as u64).collect();
        assert_eq!(got, want, "{}", t.file);
    }
}
