//! `justera check` and `justera rules` as a user runs them.

use std::path::PathBuf;
use std::process::{Command, Output};

fn justera(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_justera"))
        .args(args)
        .output()
        .expect("run justera")
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

fn seed(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/seeds")
        .join(name)
        .display()
        .to_string()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn a_draft_with_slips_gets_each_slip_pointed_out_and_exit_1() {
    let draft = fixture("draft-with-slips.txt");
    let out = justera(&["check", &draft]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    for code in [
        "time-range",
        "substitute-without-seat",
        "justerare-not-member",
        "late-justering",
        "late-notice",
        "notice-removed-early",
        "missing-decision",
        "missing-procedure",
        "ineligible-proposer",
        "party-mismatch",
        "reservation-without-proposal",
        "quorum",
        "dangling-reference",
        "jav-participation",
        "paragraph-gap",
        "confidential-leak",
        "personnummer",
        "email-address",
        "phone-number",
        "mixed-script",
        "name-variant",
    ] {
        assert!(
            text.contains(&format!("[{code}]")),
            "{code} missing from:\n{text}"
        );
    }
    // Compiler style: file:line:col, the source line and a marker under the spot.
    assert!(
        text.contains(&format!(
            "{draft}:65:1: fel[quorum]: § 14: bara 4 av minst 8"
        )),
        "{text}"
    );
    assert!(text.contains("65 | ## § 14\n   | ^^^^^^^\n"), "{text}");
}

#[test]
fn english_and_ignore() {
    let draft = fixture("draft-with-slips.txt");
    let out = justera(&[
        "check",
        "--lang",
        "en",
        "--ignore",
        "quorum,late-justering",
        &draft,
    ]);
    let text = stdout(&out);
    assert!(
        text.contains("error[late-notice]: The notice was posted 4 days after justering"),
        "{text}"
    );
    assert!(
        !text.contains("[quorum]") && !text.contains("[late-justering]"),
        "{text}"
    );
    assert!(
        text.contains(" errors, ") || text.contains(" error, "),
        "{text}"
    );
}

#[test]
fn json_is_one_object_per_file_per_line() {
    let out = justera(&[
        "check",
        "--format",
        "json",
        &seed("003_9b82ca12656ff44a.txt"),
        &seed("002_45c19e177153fc5b.txt"),
    ]);
    assert_eq!(out.status.code(), Some(0), "only warnings on the seeds");
    let text = stdout(&out);
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["file"]
        .as_str()
        .unwrap_or_default()
        .ends_with("003_9b82ca12656ff44a.txt"));
    let codes: Vec<&str> = lines[0]["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert_eq!(codes, ["name-variant", "mixed-script"]);
    assert_eq!(lines[1]["diagnostics"], serde_json::json!([]));
}

#[test]
fn sarif_2_1_0() {
    let out = justera(&[
        "check",
        "--format",
        "sarif",
        &fixture("draft-with-slips.txt"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("SARIF is JSON");
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "justera");
    let results = run["results"].as_array().expect("results");
    assert!(results.len() >= 20);
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    for r in results {
        let i = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
        assert!(["error", "warning", "note"].contains(&r["level"].as_str().unwrap_or_default()));
        assert!(r["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .is_some());
    }
}

#[test]
fn usage_and_io_errors_exit_2() {
    assert_eq!(justera(&["check"]).status.code(), Some(2));
    assert_eq!(
        justera(&["check", "--format", "xml", "x"]).status.code(),
        Some(2)
    );
    assert_eq!(
        justera(&["check", "--ignore", "no-such-rule", "x"])
            .status
            .code(),
        Some(2)
    );
    let missing = justera(&["check", "/nonexistent/protokoll.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));
}

#[test]
fn rules_lists_every_rule() {
    let out = justera(&["rules"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for r in justera::rules::REGISTRY {
        assert!(
            text.contains(r.code) && text.contains(r.summary()),
            "{} missing",
            r.code
        );
    }
    let md = stdout(&justera(&["rules", "--format", "markdown"]));
    assert_eq!(md, justera::rules::markdown());
}

#[test]
fn rules_code_prints_its_documentation() {
    let out = justera(&["rules", "appeal-deadline"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("appeal-deadline (error, dates)"), "{text}");
    assert!(
        text.contains("## Why is this bad?") && text.contains("13 kap. 5 §"),
        "{text}"
    );
    assert_eq!(justera(&["rules", "no-such-rule"]).status.code(), Some(2));
}

#[test]
fn check_reads_standard_input() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_justera"))
        .args(["check", "--format", "json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run justera");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("## Nämnden\n\nSoc\u{FFFD}al\n".as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).expect("json");
    assert_eq!(v["file"], "-");
    assert_eq!(v["diagnostics"][0]["code"], "replacement-char");
}

#[test]
fn a_word_draft_with_tracked_changes_and_comments_is_not_ready() {
    let draft = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../justera/tests/fixtures/input/draft.docx")
        .to_string_lossy()
        .into_owned();
    let o = justera(&["check", "--format", "json", &draft]);
    assert_eq!(o.status.code(), Some(1), "unaccepted changes are errors");
    let line: serde_json::Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    let codes: Vec<&str> = line["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes.iter().filter(|c| **c == "tracked-change").count(),
        2,
        "{codes:?}"
    );
    assert_eq!(
        codes.iter().filter(|c| **c == "review-comment").count(),
        1,
        "{codes:?}"
    );
}

#[test]
fn findings_in_a_pdf_name_the_page_and_the_paragraph() {
    let pdf = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../justera/tests/fixtures/input/seed000.pdf")
        .display()
        .to_string();
    let out = justera(&["check", &pdf]);
    let text = stdout(&out);
    // Every finding has a `-->` line naming the page; one inside a
    // paragraph names it too.
    let places: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("  --> "))
        .collect();
    assert!(!places.is_empty(), "{text}");
    assert!(places.iter().all(|p| p.starts_with("sida ")), "{text}");
    assert!(places.iter().any(|p| p.contains(" › § ")), "{text}");
    let out = justera(&["check", "--format", "json", &pdf]);
    let v: serde_json::Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(
        v["places"].as_array().unwrap().len(),
        v["diagnostics"].as_array().unwrap().len()
    );
    assert!(v["places"][0]["page"].as_u64().is_some());
    // A text file has lines and columns, no pages.
    let out = justera(&["check", &seed("000_fc87e2d14c4d4c18.txt")]);
    assert!(!stdout(&out).contains("  --> "));
}

#[test]
fn a_header_left_on_every_page_is_one_finding_with_its_count_and_places() {
    let file = fixture("repeated-headers.txt");
    let o = justera(&["check", &file]);
    let out = stdout(&o);
    assert_eq!(out.matches("[page-furniture]").count(), 1, "{out}");
    assert!(
        out.contains("info[page-furniture]: 3 sidhuvuden eller sidfötter kvar i texten"),
        "{out}"
    );
    assert!(out.contains("= 3 ställen, även rad 63, 65"), "{out}");
    assert!(out.ends_with("0 fel, 0 varningar, 1 info\n"), "{out}");
    let o = justera(&["check", "--format", "json", &file]);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    let d = &v["diagnostics"][0];
    assert_eq!(d["code"], "page-furniture");
    let lines: Vec<u64> = d["repeats"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["position"]["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [63, 65]);
    let o = justera(&["check", "--format", "sarif", &file]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let r = &v["runs"][0]["results"][0];
    assert_eq!(r["locations"].as_array().unwrap().len(), 3);
    assert_eq!(r["properties"]["count"], 3);
}

#[test]
fn text_prints_what_was_read_with_the_lines_check_counts() {
    let pdf = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../justera/tests/fixtures/input/seed000.pdf")
        .display()
        .to_string();
    let out = justera(&["text", &pdf]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains('§'), "{text}");
    // The line a finding names is that line of this text.
    let json = stdout(&justera(&["check", "--format", "json", &pdf]));
    let v: serde_json::Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
    let d = &v["diagnostics"][1];
    let line = d["position"]["line"].as_u64().expect("a line") as usize;
    let start = d["span"]["start"].as_u64().unwrap() as usize;
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    assert_eq!(text[..line_start].matches('\n').count() + 1, line);
    assert!(!justera(&["text"]).status.success());
}
