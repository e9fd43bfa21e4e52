//! The vote rules over the outcome fixtures and real protocols (each rule's
//! own fixture, `tests/fixtures/rules/<code>.txt`, runs in `rules.rs`).

use std::path::Path;

const CODES: [&str; 5] = [
    "vote-count-mismatch",
    "vote-result-contradiction",
    "tie-without-casting-vote",
    "roll-call-ineligible",
    "roll-call-count-mismatch",
];

#[test]
fn the_outcome_fixtures_give_the_right_diagnostics() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/outcomes");
    let mut got = Vec::new();
    for name in ["casting_vote.md", "council_vote.md", "rollcall_mismatch.md"] {
        let src = std::fs::read_to_string(dir.join(name)).unwrap();
        let doc = justera::parse(&src);
        for d in justera::check(&doc, &src) {
            if CODES.contains(&d.code) {
                got.push(format!("{name}:{} {}", d.position.line, d.code));
            }
        }
    }
    assert_eq!(
        got,
        vec![
            "casting_vote.md:80 tie-without-casting-vote",
            "rollcall_mismatch.md:49 vote-count-mismatch",
            "rollcall_mismatch.md:61 roll-call-ineligible",
            "rollcall_mismatch.md:81 roll-call-count-mismatch",
            "rollcall_mismatch.md:81 vote-count-mismatch",
            "rollcall_mismatch.md:81 vote-result-contradiction",
            "rollcall_mismatch.md:86 roll-call-ineligible",
        ]
    );
}

/// No vote rule fires on the real protocols whose votes are right.
#[test]
fn no_vote_findings_on_the_seeds_and_kungsbacka() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let mut files = vec![
        shared.join("seeds/000_fc87e2d14c4d4c18.txt"),
        shared.join("seeds/003_9b82ca12656ff44a.txt"),
    ];
    for e in std::fs::read_dir(shared.join("corpus/kungsbacka"))
        .unwrap()
        .flatten()
    {
        if e.path().extension().is_some_and(|x| x == "md") {
            files.push(e.path());
        }
    }
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        let doc = justera::parse(&src);
        let found: Vec<_> = justera::check(&doc, &src)
            .into_iter()
            .filter(|d| CODES.contains(&d.code))
            .map(|d| d.message_en)
            .collect();
        assert!(found.is_empty(), "{}: {found:?}", f.display());
    }
}
