//! Every error and warning `check` reports on a real protocol has been read
//! by a person against the text: `tests/reviewed_findings.tsv` holds the
//! verdicts. A finding not in that file fails this test (review it and add
//! its row), and so does a finding marked `false` (a false alarm is a bug:
//! fix the parser or the rule). Rows for a file that is here but whose
//! finding is gone fail too, so the file stays what `check` says.
//!
//! Real files: the shared corpus and seeds, and `tests/corpus/**` at the
//! repository root. Reviewing their findings is part of adding a source.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use justera::diagnostic::{Diagnostic, Severity};

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Files that are data about a protocol, not a protocol.
fn is_protocol_file(p: &Path) -> bool {
    let name = p.file_name().map(|n| n.to_string_lossy().to_lowercase());
    let Some(name) = name else { return false };
    !(name.starts_with("readme")
        || name.starts_with("manifest")
        || name.starts_with("license")
        || name.starts_with('.')
        || [
            ".json", ".tsv", ".csv", ".toml", ".yaml", ".yml", ".snap", ".sha256",
        ]
        .iter()
        .any(|e| name.ends_with(e)))
}

fn walk(root: &Path, out: &mut Vec<PathBuf>) {
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if is_protocol_file(&p) {
                out.push(p);
            }
        }
    }
}

/// Every real file as (name in the TSV, path): `corpus/...` and `seeds/...`
/// for the shared ones, `tests/corpus/...` for the repository's own.
fn real_files() -> Vec<(String, PathBuf)> {
    let shared = manifest().join("../../../shared");
    let repo = manifest().join("../..");
    let mut out = Vec::new();
    for (root, prefix) in [
        (shared.clone(), shared.clone()),
        (repo.join("tests/corpus"), repo.clone()),
    ] {
        let mut files = Vec::new();
        if root == shared {
            walk(&shared.join("corpus"), &mut files);
            walk(&shared.join("seeds"), &mut files);
        } else {
            walk(&root, &mut files);
        }
        for p in files {
            let name = p
                .strip_prefix(&prefix)
                .unwrap_or(&p)
                .to_string_lossy()
                .replace('\\', "/");
            out.push((name, p));
        }
    }
    out.sort();
    assert!(
        out.len() >= 50,
        "the shared corpus and seeds were not found"
    );
    out
}

/// As a user's file is checked: decoded by content, parsed, checked.
fn check(path: &Path) -> Option<(String, Vec<Diagnostic>)> {
    let bytes = std::fs::read(path).ok()?;
    let decoded = justera::input::decode(&bytes).ok()?;
    let doc = justera::parse_decoded(&decoded).ok()?;
    let found = justera::check(&doc, &decoded.text);
    Some((decoded.text, found))
}

/// A finding's stable key: the text its primary span points at, blanks
/// folded, at most 80 characters.
fn key(src: &str, d: &Diagnostic) -> String {
    let t: String = d
        .span
        .of(src)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    t.chars().take(80).collect()
}

struct Row {
    verdict: String,
    reason: String,
    used: bool,
}

type RowKey = (String, String, String, String);

fn rows() -> BTreeMap<RowKey, Row> {
    let path = manifest().join("tests/reviewed_findings.tsv");
    let text = std::fs::read_to_string(&path).expect("tests/reviewed_findings.tsv");
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') || line.starts_with("file\t") {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            7,
            "reviewed_findings.tsv:{}: want file, code, severity, line, key, verdict, reason",
            i + 1
        );
        let [file, code, severity, _line, key, verdict, reason] = cols[..] else {
            unreachable!()
        };
        assert!(
            matches!(verdict, "true" | "false" | "unsure"),
            "reviewed_findings.tsv:{}: verdict is true, false or unsure, not {verdict:?}",
            i + 1
        );
        assert!(
            !reason.trim().is_empty(),
            "reviewed_findings.tsv:{}: a verdict needs its reason",
            i + 1
        );
        let k = (
            file.to_string(),
            code.to_string(),
            severity.to_string(),
            key.to_string(),
        );
        let dup = out.insert(
            k,
            Row {
                verdict: verdict.to_string(),
                reason: reason.to_string(),
                used: false,
            },
        );
        assert!(dup.is_none(), "reviewed_findings.tsv:{}: twice", i + 1);
    }
    out
}

#[test]
fn every_error_and_warning_on_a_real_file_is_reviewed_and_none_is_false() {
    let mut rows = rows();
    let mut unreviewed = Vec::new();
    let mut false_ones = Vec::new();
    let mut seen_files = Vec::new();
    for (name, path) in real_files() {
        let Some((src, found)) = check(&path) else {
            continue;
        };
        seen_files.push(name.clone());
        for d in found.iter().filter(|d| d.severity >= Severity::Warning) {
            let k = (
                name.clone(),
                d.code.to_string(),
                d.severity.as_str().to_string(),
                key(&src, d),
            );
            match rows.get_mut(&k) {
                Some(row) => {
                    row.used = true;
                    if row.verdict == "false" {
                        false_ones.push(format!(
                            "{name}:{} {}: {} ({})",
                            d.position.line, d.code, d.message, row.reason
                        ));
                    }
                }
                None => unreviewed.push(format!(
                    "{}\t{}\t{}\t{}\t{}\t?\t{}",
                    k.0, k.1, k.2, d.position.line, k.3, d.message
                )),
            }
        }
    }
    let stale: Vec<String> = rows
        .iter()
        .filter(|(k, r)| !r.used && seen_files.contains(&k.0))
        .map(|(k, _)| format!("{}\t{}\t{}\t{}", k.0, k.1, k.2, k.3))
        .collect();
    let mut msg = String::new();
    if !unreviewed.is_empty() {
        msg.push_str(&format!(
            "{} findings nobody reviewed: read each against the text and add its row \
             with a verdict (true, false, unsure) and why:\n{}\n",
            unreviewed.len(),
            unreviewed.join("\n")
        ));
    }
    if !false_ones.is_empty() {
        msg.push_str(&format!(
            "{} false findings (fix the parser or the rule):\n{}\n",
            false_ones.len(),
            false_ones.join("\n")
        ));
    }
    if !stale.is_empty() {
        msg.push_str(&format!(
            "{} reviewed findings are no longer reported (remove their rows):\n{}\n",
            stale.len(),
            stale.join("\n")
        ));
    }
    assert!(msg.is_empty(), "{msg}");
}

#[test]
fn a_finding_key_is_its_text_with_blanks_folded() {
    let src = "a\n  Anna   Ek\n";
    let d = Diagnostic::new(
        "x",
        Severity::Warning,
        justera::model::Span::new(4, 13),
        "m",
        "m",
    );
    assert_eq!(key(src, &d), "Anna Ek");
}
