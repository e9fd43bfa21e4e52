//! Every rule against its fixture (`tests/fixtures/rules/<code>.txt`), the
//! seeds' diagnostics, and the generated rule docs.
//!
//! A fixture holds cases separated by lines `---8<--- fires: <why>` or
//! `---8<--- near miss: <why>`; each case is a document of its own. A case
//! that fires must give at least one finding of the rule, a near miss none.
//! A file without separators is one case that fires.

use std::path::{Path, PathBuf};

use justera::diagnostic::Diagnostic;
use justera::rules::REGISTRY;

const SEP: &str = "---8<--- ";

/// The only call into the API: parse, then check. A case that is only
/// `@file PATH` (relative to the fixtures) reads that file's bytes as a user's
/// file would be read: decoded by content, with what the conversion found.
fn check(src: &str) -> Vec<Diagnostic> {
    if let Some(path) = src.trim().strip_prefix("@file ") {
        let path = manifest().join("tests/fixtures/rules").join(path);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let decoded = justera::input::decode(&bytes).expect("the fixture decodes");
        let doc = justera::parse_decoded(&decoded).expect("the fixture is within the limits");
        return justera::check(&doc, &decoded.text);
    }
    let doc = justera::parse(src);
    justera::check(&doc, src)
}

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn shared() -> PathBuf {
    manifest().join("../../../shared")
}

/// One line per finding: where, severity, code, message, then its labels.
fn render(diags: &[Diagnostic]) -> String {
    let mut s = String::new();
    for d in diags {
        s.push_str(&format!(
            "{}:{} {} {}: {}\n",
            d.position.line,
            d.position.column,
            d.severity.as_str(),
            d.code,
            d.message
        ));
        for l in &d.labels {
            s.push_str(&format!(
                "    {}:{} {}\n",
                l.position.line, l.position.column, l.message
            ));
        }
        for r in &d.repeats {
            s.push_str(&format!(
                "    {}:{} again\n",
                r.position.line, r.position.column
            ));
        }
    }
    s
}

struct Case<'a> {
    fires: bool,
    why: &'a str,
    text: &'a str,
}

fn cases(file: &str) -> Vec<Case<'_>> {
    if !file.starts_with(SEP) {
        return vec![Case {
            fires: true,
            why: "the whole file",
            text: file,
        }];
    }
    file.split(SEP)
        .filter(|c| !c.is_empty())
        .map(|c| {
            let (head, text) = c.split_once('\n').unwrap_or((c, ""));
            let fires = head.starts_with("fires");
            assert!(
                fires || head.starts_with("near miss"),
                "bad case header {head:?}"
            );
            let why = head.split_once(": ").map_or(head, |(_, w)| w);
            Case { fires, why, text }
        })
        .collect()
}

#[test]
fn every_rule_fires_on_its_fixture_and_not_on_its_near_misses() {
    let dir = manifest().join("tests/fixtures/rules");
    let mut failures = Vec::new();
    for rule in REGISTRY {
        let path = dir.join(format!("{}.txt", rule.code));
        let file =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut snap = String::new();
        for case in cases(&file) {
            let found: Vec<Diagnostic> = check(case.text)
                .into_iter()
                .filter(|d| d.code == rule.code)
                .collect();
            let kind = if case.fires { "fires" } else { "near miss" };
            snap.push_str(&format!("## {kind}: {}\n{}\n", case.why, render(&found)));
            if case.fires == found.is_empty() {
                failures.push(format!(
                    "{} / {kind}: {} -> {} findings",
                    rule.code,
                    case.why,
                    found.len()
                ));
            }
        }
        insta::assert_snapshot!(format!("fixture_{}", rule.code), snap);
    }
    assert!(
        failures.is_empty(),
        "fixtures misbehave:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_rule_has_a_fixture_and_every_fixture_a_rule() {
    let dir = manifest().join("tests/fixtures/rules");
    for entry in std::fs::read_dir(&dir).expect("fixtures dir").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let code = name.trim_end_matches(".txt");
        assert!(
            justera::rules::rule(code).is_some(),
            "fixture {name} has no rule"
        );
    }
}

#[test]
fn seeds_diagnostics() {
    // Every finding here was read by a person and is true.
    for name in [
        "000_fc87e2d14c4d4c18",
        "001_8d3f355d45ad39b5",
        "002_45c19e177153fc5b",
        "003_9b82ca12656ff44a",
    ] {
        let path = shared().join(format!("seeds/{name}.txt"));
        let src =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let found = check(&src);
        insta::assert_snapshot!(format!("seed_{}", &name[..3]), render(&found));
    }
}

/// Every text file under `root` (not its truth files, manifests and
/// README), in order, with its findings, for a snapshot.
fn findings_under(root: &Path) -> String {
    let mut files = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("corpus dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if !matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("json" | "tsv")
            ) && path.file_name().is_some_and(|n| n != "README.md")
            {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() > 30, "corpus not found at {}", root.display());
    let mut snap = String::new();
    for path in files {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        let found = check(&src);
        if !found.is_empty() {
            let name = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            snap.push_str(&format!("## {name}\n{}\n", render(&found)));
        }
    }
    snap
}

#[test]
fn corpus_diagnostics() {
    // Real protocols written by others: every finding here was read by a
    // person; a false alarm is a bug.
    insta::assert_snapshot!("corpus", findings_under(&shared().join("corpus")));
}

#[test]
fn repo_corpus_diagnostics() {
    // The protocols of other municipalities and the layout twins
    // (`tests/corpus/`): a false alarm is a bug.
    let root = manifest().join("../../tests/corpus");
    insta::assert_snapshot!("tests_corpus", findings_under(&root));
}

#[test]
fn unread_structure_is_quiet_on_every_seed_and_corpus_file() {
    // Every seed and corpus file (the shared ones and the other
    // municipalities' under tests/corpus) is read right: the self-check that
    // reports paragraph heads, votes and reservations the model did not
    // take in must say nothing on any of them.
    let mut files = Vec::new();
    let mut dirs = vec![
        shared().join("seeds"),
        shared().join("corpus"),
        manifest().join("../../tests/corpus"),
    ];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("shared dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if !matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("json" | "tsv")
            ) && path.file_name().is_some_and(|n| n != "README.md")
            {
                files.push(path);
            }
        }
    }
    assert!(files.len() >= 60, "seeds and corpus not found");
    let mut loud = Vec::new();
    for path in files {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        for d in check(&src)
            .into_iter()
            .filter(|d| d.code == "unread-structure")
        {
            loud.push(format!("{}: {}", path.display(), d.message_en));
        }
    }
    assert!(loud.is_empty(), "{}", loud.join("\n"));
}

#[test]
fn seed_003_has_its_homoglyph_and_its_name_variant() {
    let src =
        std::fs::read_to_string(shared().join("seeds/003_9b82ca12656ff44a.txt")).expect("seed 003");
    let found = check(&src);
    let codes: Vec<&str> = found.iter().map(|d| d.code).collect();
    assert!(
        codes.contains(&"mixed-script") && codes.contains(&"name-variant"),
        "{codes:?}"
    );
}

#[test]
fn docs_rules_md_is_up_to_date() {
    let path = manifest().join("../../docs/rules.md");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == justera::rules::markdown(),
        "docs/rules.md is stale: run `cargo run -p justera-cli -- rules --format markdown > docs/rules.md`"
    );
}

#[test]
fn diagnostics_serialize_with_positions() {
    let src = "## Socialnämnden\n\nSoc\u{FFFD}al\n";
    let found = check(src);
    let json = serde_json::to_value(&found).expect("json");
    let d = &json[0];
    assert_eq!(d["code"], "replacement-char");
    assert_eq!(d["severity"], "warning");
    assert_eq!(d["position"]["line"], 3);
    assert_eq!(d["position"]["column"], 4);
}

#[test]
fn no_rule_panics_on_shuffled_protocol_fragments() {
    // Deterministic pseudo-random documents built from the pieces rules
    // look at, glued in any order: every rule must survive them.
    const PIECES: &[&str] = &[
        "## § 1\n",
        "§§ 3-1",
        "§ 4294967295",
        "(ej §§ 2-4)",
        "ersätter Bo Berg (M)",
        "Anna Ek (S), ordförande",
        "### Ledamöter\n",
        "### Tjänstgörande ersättare\n",
        "#### Beslut\n",
        "#### Yrkanden\n",
        "#### Jäv\n",
        "#### Reservationer\n",
        "reserverar sig till förmån för eget yrkande",
        "yrkar avslag",
        "anmäler jäv",
        "Anslaget sattes upp 2024-02-30",
        "Anslaget tas ner 2024-12-24",
        "Sista dag för överklagande 2024-13-01",
        "tisdagen den 31 april 2024",
        "kl. 25:61-00:00",
        "811218-9876",
        "701063-2391",
        "a.b@c.se",
        "070-123 45 67",
        "Ã",
        "Ã¤",
        "â€",
        "\u{FFFD}",
        "Sоc",
        "Beslutet publiceras ej",
        "Justerandes signatur",
        "Sida 1 av 2",
        "| § 2 | |",
        "Bilaga 3",
        "bilaga 9",
        "Utses att justera | Bo Berg (M) |",
        "Paragrafer §§ 1-2",
        "\n",
        "\n\n",
        " ",
        "é",
        "\u{301}",
        "(M)",
        "m.fl.",
        "-",
        "§",
        "$ 5",
        "Justeringsdatum 2024-01-01",
        "fredag 2024-03-22",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let len = (next() % 60) as usize;
        let doc: String = (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let found = check(&doc);
        for d in &found {
            assert!(
                d.span.start <= d.span.end && d.span.end <= doc.len(),
                "{} out of bounds in {doc:?}",
                d.code
            );
            assert!(doc.is_char_boundary(d.span.start) && doc.is_char_boundary(d.span.end));
        }
    }
}
