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
    value: Value,
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
            Truth {
                file: value["file"].as_str().unwrap().to_string(),
                value,
            }
        })
        .collect();
    out.sort_by(|a, b| a.file.cmp(&b.file));
    assert!(out.len() >= 20);
    out
}

fn source_of(file: &str) -> &str {
    file.split('/').next().unwrap()
}

#[test]
fn parser_against_truth() {
    let fields = [
        "kind",
        "numbers",
        "titles",
        "decision",
        "proposals",
        "votes",
        "reservations",
        "contested",
        "method",
    ];
    let mut by_source: BTreeMap<String, BTreeMap<&str, Score>> = BTreeMap::new();
    let mut report = String::new();
    for t in truths() {
        let src = std::fs::read_to_string(source_path(&t.file)).unwrap();
        let doc = justera::parse(&src);
        let scores = by_source.entry(source_of(&t.file).to_string()).or_default();
        let tv = &t.value;
        scores
            .entry("kind")
            .or_default()
            .add(doc.kind.as_str() == tv["kind"].as_str().unwrap());
        let want: Vec<&Value> = tv["paragraphs"].as_array().unwrap().iter().collect();
        let want_numbers: Vec<u64> = want.iter().map(|p| p["number"].as_u64().unwrap()).collect();
        let got_numbers: Vec<u64> = doc.paragraphs.iter().map(|p| p.number as u64).collect();
        scores
            .entry("numbers")
            .or_default()
            .add(want_numbers == got_numbers);
        let mut misses: Vec<String> = Vec::new();
        if want_numbers != got_numbers {
            misses.push(format!("numbers: got {got_numbers:?}"));
        }
        for w in &want {
            let n = w["number"].as_u64().unwrap() as u32;
            let Some(p) = doc.paragraphs.iter().find(|p| p.number == n) else {
                for f in &fields[2..] {
                    scores.entry(f).or_default().add(false);
                }
                continue;
            };
            let title_ok = norm(&p.title) == norm(w["title"].as_str().unwrap_or(""));
            scores.entry("titles").or_default().add(title_ok);
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
            let want_votes: Vec<(Option<u64>, Option<u64>, Option<u64>)> = w["votes"]
                .as_array()
                .map(|v| {
                    v.iter()
                        .map(|x| (x["yes"].as_u64(), x["no"].as_u64(), x["abstain"].as_u64()))
                        .collect()
                })
                .unwrap_or_default();
            let got_votes: Vec<(Option<u64>, Option<u64>, Option<u64>)> = p
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
            let want_votes: Vec<_> = want_votes
                .into_iter()
                .map(|(y, n, a)| (y, n, a.or(Some(0))))
                .collect();
            let votes_ok = want_votes == got_votes;
            scores.entry("votes").or_default().add(votes_ok);
            if !votes_ok {
                misses.push(format!("§{n} votes: {got_votes:?}"));
            }
            scores
                .entry("reservations")
                .or_default()
                .add(p.reservations.len() as u64 == w["reservations"].as_u64().unwrap_or(0));
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
    let mut table = String::from("source | ");
    table += &fields.join(" | ");
    table += "\n";
    for (source, scores) in &by_source {
        let _ = write!(table, "{source}");
        for f in fields {
            let s = scores.get(f).map(|s| (s.ok, s.total)).unwrap_or((0, 0));
            let _ = write!(table, " | {}/{}", s.0, s.1);
        }
        table.push('\n');
    }
    insta::assert_snapshot!("accuracy", format!("{table}\nmisses:\n{report}"));
}

/// Municipal protocols: the paragraph numbers must be exactly right.
#[test]
fn municipal_paragraph_numbers_are_exact() {
    for t in truths() {
        let source = source_of(&t.file);
        if !matches!(source, "seeds" | "kungsbacka" | "kommunhandlingar") {
            continue;
        }
        let src = std::fs::read_to_string(source_path(&t.file)).unwrap();
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
