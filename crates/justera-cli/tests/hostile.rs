//! The command line on what a user may feed it or do with its output: a
//! protocol over the paragraph or people limit is refused with the limit
//! named, never read half-way; a reader that stops early (`| head`) ends
//! the program quietly.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const MAX_PARAGRAPHS: usize = justera::limits::MAX_PARAGRAPHS;
const MAX_PEOPLE: usize = justera::limits::MAX_PEOPLE;

fn justera(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_justera"))
        .args(args)
        .output()
        .expect("run justera")
}

/// Write `text` to a file of its own in the tests' scratch directory.
fn scratch(name: &str, text: &str) -> String {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn paragraphs(n: usize) -> String {
    let mut s = String::from("Socialnämnden\nProtokoll 2024-03-18\n\n");
    for i in 1..=n {
        s.push_str(&format!("§ {i} Ärende {i}\n\nBeslut att bifalla.\n\n"));
    }
    s
}

/// A number written in letters (names hold no digits).
fn alpha(mut i: usize) -> String {
    let mut s = String::new();
    loop {
        s.push((b'a' + (i % 26) as u8) as char);
        i /= 26;
        if i == 0 {
            return s;
        }
    }
}

fn people(n: usize) -> String {
    let mut s = String::from("## Socialnämnden\n\n### Ledamöter\n\n");
    for i in 0..n {
        s.push_str(&format!("Person{} Efternamn{} (S)  \n", alpha(i), alpha(i)));
    }
    s + "\n## § 1 Val av justerare\n\nBeslut att bifalla.\n"
}

#[test]
fn a_protocol_at_the_paragraph_limit_is_read_whole_one_more_is_refused_with_the_limit() {
    let at = scratch("paragraphs-at.txt", &paragraphs(MAX_PARAGRAPHS));
    let o = justera(&["parse", &at]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(doc["paragraphs"].as_array().unwrap().len(), MAX_PARAGRAPHS);

    let over = scratch("paragraphs-over.txt", &paragraphs(MAX_PARAGRAPHS + 1));
    for args in [
        vec!["parse", &over],
        vec!["check", &over],
        vec!["outcomes", &over],
    ] {
        let o = justera(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        // Nothing half-read is printed: `check` sums up that it found nothing.
        let out = String::from_utf8_lossy(&o.stdout);
        let expected = if args[0] == "check" {
            "0 fel, 0 varningar, 0 info\n"
        } else {
            ""
        };
        assert_eq!(out, expected, "{args:?}");
        let e = stderr(&o);
        assert!(e.contains("paragraphs-over.txt: "), "{e}");
        assert!(e.contains("Protokollet har fler än 5000 paragrafer"), "{e}");
        assert!(e.contains("Dela upp dokumentet"), "{e}");
        assert!(
            e.contains("The protocol has more than 5000 paragraphs"),
            "{e}"
        );
        assert!(e.contains("Split the document"), "{e}");
    }
}

#[test]
fn attendance_lists_at_the_people_limit_are_read_one_more_is_refused_with_the_limit() {
    let at = scratch("people-at.txt", &people(MAX_PEOPLE));
    let o = justera(&["parse", &at]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    let over = scratch("people-over.txt", &people(MAX_PEOPLE + 1));
    for args in [vec!["parse", &over], vec!["check", &over]] {
        let o = justera(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let e = stderr(&o);
        assert!(
            e.contains("Närvarolistorna har 2001 personer, högst 2000"),
            "{e}"
        );
        assert!(e.contains("Kontrollera att filen är ett protokoll"), "{e}");
        assert!(
            e.contains("The attendance lists name 2001 people, at most 2000"),
            "{e}"
        );
    }
}

#[test]
fn a_check_over_a_limit_still_checks_the_other_files() {
    let over = scratch("paragraphs-over-2.txt", &paragraphs(MAX_PARAGRAPHS + 1));
    let fine = scratch("fine.txt", &paragraphs(3));
    let o = justera(&["check", &over, &fine]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("fler än 5000 paragrafer"));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.ends_with("info\n"), "the summary is printed: {out}");
}

/// Run justera with its output read by a reader that stops after 100 bytes
/// and closes the pipe, as `head -c 100` does.
fn closed_early(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_justera"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run justera");
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 100];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    child.wait_with_output().unwrap()
}

#[test]
fn output_read_by_head_ends_quietly() {
    // Each output is longer than a pipe holds (64 KB), so justera is still
    // writing when the reader is gone: 300 lines with an e-mail address,
    // a phone number, an impossible date and a missing paragraph each.
    let mut findings = String::from("## Nämnden\n\n## § 1 Titel\n\n");
    for i in 0..300 {
        findings.push_str(&format!(
            "Kontakt person{i}@exempel.se eller 070-{i:03} 45 67, beslut 2024-02-30 och § {}.\n",
            900 + i
        ));
    }
    let findings = scratch("findings.txt", &findings);
    let long = scratch("long.txt", &paragraphs(2_000));
    // The outcomes of a real protocol's 29 paragraphs, three times over.
    let seed = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/seeds/003_9b82ca12656ff44a.txt");
    let votes = scratch(
        "votes.txt",
        &std::fs::read_to_string(seed).unwrap().repeat(3),
    );
    for args in [
        vec!["check", &findings],
        vec!["check", "--format", "json", &findings],
        vec!["check", "--format", "sarif", &findings, &findings],
        vec!["parse", &long],
        vec!["outcomes", "--format", "json", &votes],
    ] {
        let o = closed_early(&args);
        let e = stderr(&o);
        assert!(
            !e.contains("panicked") && !e.contains("Broken pipe"),
            "{args:?}: {e}"
        );
        assert_eq!(o.status.code(), Some(0), "{args:?}: {e}");
    }
}
