//! Layouts the parser must read whatever the municipality: synthetic
//! protocols in `tests/fixtures/layouts/`, one per failure class, written
//! from the law's requirements (Kommunallagen 5 kap. 66-67 §§) and general
//! Swedish practice with invented names. Next to each, an `.expect.json`
//! records the reading a person makes: the paragraphs (number and title),
//! each counted vote (counts, and who voted which way where the text says),
//! the reservations, and diagnostics that must appear. A file read right
//! gives no `unread-structure`.

use std::path::Path;

use justera::{Ballot, Document, Paragraph};
use serde_json::Value;

fn dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/layouts")
}

/// The only call into the API.
fn read(name: &str) -> (Document, Vec<&'static str>) {
    let p = dir().join(format!("{name}.txt"));
    let src = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let doc = justera::parse(&src);
    let codes = justera::check(&doc, &src)
        .into_iter()
        .map(|d| d.code)
        .collect();
    (doc, codes)
}

/// The justerare's names, as read.
fn justerare_of(doc: &Document) -> Vec<&str> {
    doc.justering
        .justerare
        .iter()
        .map(|p| p.name.as_str())
        .collect()
}

/// The secretary's name, as read.
fn secretary(doc: &Document) -> Option<&str> {
    doc.secretary.as_ref().map(|p| p.name.as_str())
}

fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn count(v: &Value) -> Option<u32> {
    v.as_u64().map(|n| n as u32)
}

/// What differs between the paragraph and the expected one, and the
/// scores (votes right, reservation paragraph right).
fn compare(p: &Paragraph, want: &Value, diffs: &mut Vec<String>) -> (usize, usize, bool) {
    let n = p.number;
    let mut votes_right = 0;
    let want_votes = want["votes"].as_array().cloned().unwrap_or_default();
    if p.votes.len() != want_votes.len() {
        diffs.push(format!(
            "§ {n}: {} votes, expected {}",
            p.votes.len(),
            want_votes.len()
        ));
    }
    for (k, w) in want_votes.iter().enumerate() {
        let Some(v) = p.votes.get(k) else { continue };
        let got = (v.counts.yes, v.counts.no, v.counts.abstain);
        let exp = (count(&w["yes"]), count(&w["no"]), count(&w["abstain"]));
        let mut ok = got == exp;
        if !ok {
            diffs.push(format!("§ {n} vote {k}: counts {got:?}, expected {exp:?}"));
        }
        for (key, ballot) in [
            ("yes_by", Ballot::Yes),
            ("no_by", Ballot::No),
            ("abstain_by", Ballot::Abstain),
        ] {
            let exp = names(&w[key]);
            if exp.is_empty() && w[key].is_null() {
                continue;
            }
            let got: Vec<String> = v.cast(ballot).map(String::from).collect();
            if got != exp {
                ok = false;
                diffs.push(format!("§ {n} vote {k} {key}: {got:?}, expected {exp:?}"));
            }
        }
        votes_right += usize::from(ok);
    }
    let want_res: Vec<Vec<String>> = want["reservations"]
        .as_array()
        .map(|a| a.iter().map(names).collect())
        .unwrap_or_default();
    let got_res: Vec<Vec<String>> = p
        .reservations
        .iter()
        .map(|r| r.by.iter().map(|a| a.name.clone()).collect())
        .collect();
    if got_res != want_res {
        diffs.push(format!(
            "§ {n}: reservations {got_res:?}, expected {want_res:?}"
        ));
    }
    // Page furniture (a running header) is not the paragraph's text.
    for junk in names(&want["not_in_text"]) {
        if p.parts.iter().any(|x| x.text.contains(&junk))
            || p.decision.as_ref().is_some_and(|d| d.text.contains(&junk))
        {
            diffs.push(format!("§ {n}: {junk:?} in the paragraph's text"));
        }
    }
    if let Some(points) = want["decision_points"].as_u64() {
        let got = p.decision.as_ref().map_or(0, |d| d.points.len());
        if got as u64 != points {
            diffs.push(format!("§ {n}: {got} decision points, expected {points}"));
        }
    }
    (
        votes_right,
        want_votes.len(),
        !want_res.is_empty() && got_res == want_res,
    )
}

/// FIXME: layouts the parser does not read right yet. Their differences
/// are pinned in the snapshot; every other layout must be read right.
const NOT_YET: &[&str] = &[];

#[test]
fn every_layout_is_read_as_a_person_reads_it() {
    let mut files: Vec<String> = std::fs::read_dir(dir())
        .expect("layouts dir")
        .flatten()
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.strip_suffix(".txt").map(str::to_string)
        })
        .collect();
    files.sort();
    assert!(files.len() >= 5, "layout fixtures not found");
    let mut failures = Vec::new();
    let mut table = String::new();
    let mut pinned = String::new();
    for name in &files {
        let want: Value = serde_json::from_str(
            &std::fs::read_to_string(dir().join(format!("{name}.expect.json")))
                .unwrap_or_else(|e| panic!("{name}.expect.json: {e}")),
        )
        .unwrap_or_else(|e| panic!("{name}.expect.json: {e}"));
        let (doc, codes) = read(name);
        let mut diffs = Vec::new();
        if doc.kind.as_str() != want["kind"].as_str().unwrap_or("") {
            diffs.push(format!(
                "kind {} ({}), expected {}",
                doc.kind.as_str(),
                doc.kind_reason,
                want["kind"]
            ));
        }
        let want_ps = want["paragraphs"].as_array().cloned().unwrap_or_default();
        let got: Vec<(u32, &str)> = doc
            .paragraphs
            .iter()
            .map(|p| (p.number, p.title.as_str()))
            .collect();
        let (mut heads, mut votes, mut votes_all, mut res, mut res_all) = (0, 0, 0, 0, 0);
        for w in &want_ps {
            let number = w["number"].as_u64().unwrap_or(0) as u32;
            let title = w["title"].as_str().unwrap_or("");
            let wv = w["votes"].as_array().map_or(0, Vec::len);
            votes_all += wv;
            let wr = w["reservations"].as_array().is_some_and(|a| !a.is_empty());
            res_all += usize::from(wr);
            // `§ 12 a` after `§ 12`: one number, told apart as written.
            let written = w["number_text"].as_str();
            let found = doc
                .paragraphs
                .iter()
                .find(|p| p.number == number && written.is_none_or(|t| p.number_text == t));
            match found {
                None => diffs.push(format!(
                    "§ {} {title:?} missing",
                    written.unwrap_or(&number.to_string())
                )),
                Some(p) => {
                    if p.title == title {
                        heads += 1;
                    } else {
                        diffs.push(format!(
                            "§ {number}: title {:?}, expected {title:?}",
                            p.title
                        ));
                    }
                    let (v, _, r) = compare(p, w, &mut diffs);
                    votes += v;
                    res += usize::from(r);
                }
            }
        }
        if got.len() != want_ps.len() {
            diffs.push(format!(
                "{} paragraphs {got:?}, expected {}",
                got.len(),
                want_ps.len()
            ));
        }
        for code in names(&want["diagnostics"]) {
            if !codes.contains(&code.as_str()) {
                diffs.push(format!("no {code} diagnostic"));
            }
        }
        for code in names(&want["absent_diagnostics"]) {
            if codes.contains(&code.as_str()) {
                diffs.push(format!("a {code} diagnostic"));
            }
        }
        if codes.contains(&"unread-structure") {
            diffs.push("unread-structure fires on a file read right".into());
        }
        table.push_str(&format!(
            "{name}: paragraphs {heads}/{}, votes {votes}/{votes_all}, reservation paragraphs {res}/{res_all}\n",
            want_ps.len()
        ));
        if !diffs.is_empty() {
            let what = format!("{name}:\n  {}", diffs.join("\n  "));
            pinned.push_str(&what);
            pinned.push('\n');
            if !NOT_YET.contains(&name.as_str()) {
                failures.push(what);
            }
        } else {
            assert!(
                !NOT_YET.contains(&name.as_str()),
                "{name} is read right now: take it off NOT_YET"
            );
        }
    }
    eprintln!("{table}");
    insta::assert_snapshot!("layouts", format!("{table}\n{pinned}"));
    assert!(
        failures.is_empty(),
        "{table}\nlayouts misread:\n{}",
        failures.join("\n")
    );
}

/// A signature block written name first, each role under its name: the
/// justerare is the member over `Justerare`, not the secretary under it,
/// and the page header `Justerarsignaturer` is nobody. Written role first,
/// the same names pair the other way.
#[test]
fn names_above_their_roles_sign_as_written() {
    let (doc, codes) = read("names_above_roles");
    let justerare = justerare_of(&doc);
    assert_eq!(justerare, ["Sofia Berglund"]);
    assert_eq!(secretary(&doc), Some("Karl Nyström"));
    assert!(!codes.contains(&"justerare-not-member"), "{codes:?}");
    // `Maja Lindqvist (C), ordförande Petter Hallin (M)`: two members; the
    // notice printed first does not swallow `Plats och tid`.
    let members: Vec<&str> = doc
        .attendance
        .members
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        members,
        ["Maja Lindqvist", "Petter Hallin", "Sofia Berglund"]
    );
    assert_eq!(
        doc.meeting.date.as_ref().map(|d| d.iso.as_str()),
        Some("2025-09-02")
    );
    let role_first = "Beslutande\n\nMaja Lindqvist (C), ordförande\n\nSofia Berglund (S)\n\n\
        Underskrifter\n\nSekreterare\n\nKarl Nyström\n\nOrdförande\n\nMaja Lindqvist (C)\n\n\
        Justerare\n\nSofia Berglund (S)\n\n§ 41 Fastställande av dagordning\n\nDagordningen fastställs.\n";
    let doc = justera::parse(role_first);
    let justerare = justerare_of(&doc);
    assert_eq!(justerare, ["Sofia Berglund"]);
    assert_eq!(secretary(&doc), Some("Karl Nyström"));
}

/// Older protocols write the party after a comma in lower case (`Anna
/// Björk, s, ordförande`), a text layer glues two members onto one line
/// (`Per-Erik Holm, m vice ordförande Gun Åsberg, v`) and loses the gaps of
/// the signature row (`Mats Ek Anna Björk Gun Åsberg` over `sekreterare
/// ordförande justerare`): every member is read with the party, and the
/// justerare is the member, not the row. Near miss: a justerare who is not
/// among the members is still reported.
#[test]
fn parties_after_a_comma_and_a_signature_row_without_gaps() {
    let (doc, codes) = read("comma_parties");
    let members: Vec<(&str, Option<&str>)> = doc
        .attendance
        .members
        .iter()
        .map(|p| (p.name.as_str(), p.party.as_deref()))
        .collect();
    assert_eq!(
        members,
        [
            ("Anna Björk", Some("S")),
            ("Per-Erik Holm", Some("M")),
            ("Gun Åsberg", Some("V")),
            ("Tore Lindh", Some("C"))
        ]
    );
    let justerare = justerare_of(&doc);
    assert_eq!(justerare, ["Gun Åsberg"]);
    assert_eq!(secretary(&doc), Some("Mats Ek"));
    assert!(!codes.contains(&"justerare-not-member"), "{codes:?}");
    let src = std::fs::read_to_string(dir().join("comma_parties.txt"))
        .unwrap()
        .replace("Justerare: Gun Åsberg", "Justerare: Lars Frost");
    let doc = justera::parse(&src);
    let codes: Vec<&str> = justera::check(&doc, &src)
        .into_iter()
        .map(|d| d.code)
        .collect();
    assert!(codes.contains(&"justerare-not-member"), "{codes:?}");
}

/// A kommunalförbund's web page: `12 § Title` heads (the number before
/// the sign), `Direktionens ledamöter` / `Direktionens ersättare` with
/// `, tjänstgörande` marking the substitute who serves, a member of no
/// party `(-)`. A statute quoted inside a paragraph (`1 § Förbundets namn
/// är ...`) heads nothing.
#[test]
fn number_before_the_sign_and_the_bodys_own_attendance_labels() {
    let (doc, _) = read("number_before_sign");
    let names =
        |v: &[justera::Person]| -> Vec<String> { v.iter().map(|p| p.name.clone()).collect() };
    assert_eq!(
        names(&doc.attendance.members),
        [
            "Eva Lindqvist",
            "Jonas Berg",
            "Maria Sund",
            "Olof Nyman",
            "Karin Hed"
        ]
    );
    assert_eq!(names(&doc.attendance.serving_substitutes), ["Lisa Ström"]);
    assert_eq!(
        names(&doc.attendance.substitutes),
        ["Anders Fors", "Petra Vik"]
    );
    let numbers: Vec<u32> = doc.paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(numbers, [12, 13, 14]);
}

/// Heads with the case number in parentheses after the number (`§ 41
/// (2024-000311) Title`, `(Dnr 2024-298)`, `(MBN 2024/77)`): every
/// paragraph is read with its case number, and the justerare and the
/// secretary named in a sentence under `Justering`. Near miss: a
/// justerare so named who is no member is still reported.
#[test]
fn case_numbers_in_parentheses_and_the_justering_in_a_sentence() {
    let (doc, codes) = read("case_number_in_parentheses");
    let cases: Vec<Vec<&str>> = doc
        .paragraphs
        .iter()
        .map(|p| p.case_numbers.iter().map(|c| c.text.as_str()).collect())
        .collect();
    assert_eq!(cases, [["2024-000311"], ["2024-298"], ["MBN 2024/77"]]);
    let justerare = justerare_of(&doc);
    assert_eq!(justerare, ["Maria Öst"]);
    assert_eq!(secretary(&doc), Some("Sara Nilsson"));
    assert!(codes.is_empty(), "{codes:?}");
    let src = std::fs::read_to_string(dir().join("case_number_in_parentheses.txt"))
        .unwrap()
        .replace("utsågs Maria Öst.", "utsågs Greta Okänd.");
    let doc = justera::parse(&src);
    let codes: Vec<&str> = justera::check(&doc, &src)
        .into_iter()
        .map(|d| d.code)
        .collect();
    assert!(codes.contains(&"justerare-not-member"), "{codes:?}");
}

/// Attendance written `Name Role (Party)`, `P Name` (the party first) or
/// `Name (P) Name (P)` on one line, and short labels with a colon
/// (`Ej tjänstgörande:`, `Deltagande:`): every member who proposes or
/// signs is found, so no person rule fires on them; a non-serving
/// substitute who proposes is still an ineligible proposer (in the
/// fixtures' `diagnostics`). Near miss: someone the list does not name is
/// still an unknown person.
#[test]
fn members_written_three_ways_are_found() {
    let person_rules = [
        "unknown-person",
        "justerare-not-member",
        "name-variant",
        "party-mismatch",
    ];
    for (name, member) in [
        ("role_before_party", "Per Sjö (M)"),
        ("party_before_name", "Kent Ås (C)"),
        ("labels_with_colons", "Arne Sil (S)"),
    ] {
        let (_, codes) = read(name);
        for code in person_rules {
            assert!(!codes.contains(&code), "{name}: {code} in {codes:?}");
        }
        let src = std::fs::read_to_string(dir().join(format!("{name}.txt")))
            .unwrap()
            .replace(&format!("{member} yrkar"), "Greta Okänd (L) yrkar");
        let doc = justera::parse(&src);
        let codes: Vec<&str> = justera::check(&doc, &src)
            .into_iter()
            .map(|d| d.code)
            .collect();
        assert!(codes.contains(&"unknown-person"), "{name}: {codes:?}");
    }
}

/// A protocol's front page whose paragraphs the text does not reach (an
/// archive shows the first page only): attendance and justerare under a
/// protocol heading make it a protocol. Near miss: a notice to a meeting
/// (kallelse) lists people and names the protocol's justering, but no
/// justerare: not a protocol.
#[test]
fn a_protocols_front_without_paragraphs_is_a_protocol() {
    let front = "SAMMANTRÄDESPROTOKOLL\n\nSocialnämnden\n\nBeslutande\n\nAnna Ek (S), ordförande\n\nBo Berg (M)\n\n\
        Utses att justera\n\nBo Berg (M)\n\nJusteringens plats och tid\n\nKommunhuset 2024-03-20\n";
    assert_eq!(justera::parse(front).kind.as_str(), "protocol");
    let kallelse =
        "KALLELSE\n\nSocialnämnden\n\nLedamöter\n\nAnna Ek (S), ordförande\n\nBo Berg (M)\n\n\
        Ärenden\n\nVal av justerare och tid för justering av protokollet\n";
    assert_ne!(justera::parse(kallelse).kind.as_str(), "protocol");
}

/// An attendance table flattened into text (`Ordinarie ledamöterTjgEj
/// tjgJANEJ...`, `Name (Party)X`, a member's `§ 30` on a line between two
/// rows): the `§ 30` is no paragraph head, so every member is read, and
/// since the column that said which substitute served is lost, a
/// substitute's proposal is reported as unconfirmed (info), not as an
/// error. Near miss: the same substitute in a plain list of non-serving
/// substitutes is an ineligible proposer.
#[test]
fn a_flattened_attendance_table_keeps_its_members_and_doubts_its_substitutes() {
    let (doc, codes) = read("flattened_attendance_table");
    let members: Vec<&str> = doc
        .attendance
        .members
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        members,
        ["Anna Berg", "Karin Sjö", "Per Lund", "Eva Dal", "Olle Rask"]
    );
    let src = std::fs::read_to_string(dir().join("flattened_attendance_table.txt")).unwrap();
    let found = justera::check(&doc, &src);
    let proposer: Vec<_> = found
        .iter()
        .filter(|d| d.code == "ineligible-proposer")
        .map(|d| d.severity)
        .collect();
    assert_eq!(proposer, [justera::diagnostic::Severity::Info]);
    for code in ["justerare-not-member", "unknown-person"] {
        assert!(!codes.contains(&code), "{code} in {codes:?}");
    }
    // `Utses att justeraPer Lund`, `Paragrafer30 – 31`: labels glued to
    // their values are read, so the range is not taken for the place.
    let j = &doc.justering;
    assert_eq!(j.justerare[0].span.of(&src), "Per Lund");
    // The place without the date and time beside it.
    assert_eq!(
        j.place.as_ref().map(|p| p.text.as_str()),
        Some("Förvaltningshuset")
    );
    assert_eq!(j.date.as_ref().map(|d| d.iso.as_str()), Some("2019-03-28"));
    let plain = src.replace("Närvaro§§§§\nTjgEj tjgJANEJJANEJ\n", "");
    let doc = justera::parse(&plain);
    let found = justera::check(&doc, &plain);
    assert!(
        found.iter().any(|d| d.code == "ineligible-proposer"
            && d.severity == justera::diagnostic::Severity::Error),
        "{found:?}"
    );
}

/// `Frånvarande` after `Beslutande`: the absent member is no member
/// present, so the substitute who replaces him has a seat. Near miss: the
/// same member listed among those deciding leaves the substitute without
/// a seat.
#[test]
fn the_absent_are_not_present() {
    let (doc, codes) = read("absent_list");
    let members: Vec<&str> = doc
        .attendance
        .members
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(members, ["Anna Ek", "Bo Berg", "Cia Dahl"]);
    assert!(!codes.contains(&"substitute-without-seat"), "{codes:?}");
    let src = std::fs::read_to_string(dir().join("absent_list.txt"))
        .unwrap()
        .replace("Cia Dahl (C)\n", "Cia Dahl (C)\nDan Ek (S)\n");
    let doc = justera::parse(&src);
    let codes: Vec<&str> = justera::check(&doc, &src)
        .into_iter()
        .map(|d| d.code)
        .collect();
    assert!(codes.contains(&"substitute-without-seat"), "{codes:?}");
}

/// A decision's own instructions for appeal (förvaltningsbesvär: within
/// three weeks from when the party received it) inside its paragraph are
/// not the notice's deadline, which runs from the anslag (KL 13 kap. 5 §):
/// no appeal-deadline error for them. Near misses: a wrong deadline in
/// the notice is still reported, and so is one in a paragraph that says
/// nothing of the party receiving the decision.
#[test]
fn a_decisions_own_appeal_instructions_are_not_the_notice() {
    let (doc, codes) = read("party_appeal");
    assert_eq!(
        doc.notice.appeal_deadline.as_ref().map(|d| d.iso.as_str()),
        Some("2022-04-05")
    );
    assert!(!codes.contains(&"appeal-deadline"), "{codes:?}");
    let src = std::fs::read_to_string(dir().join("party_appeal.txt")).unwrap();
    let check = |src: &str| -> Vec<&'static str> {
        let doc = justera::parse(src);
        justera::check(&doc, src)
            .into_iter()
            .map(|d| d.code)
            .collect()
    };
    let wrong_notice = src.replace(
        "Sista dag för överklagande 2022-04-05",
        "Sista dag för överklagande 2022-04-08",
    );
    assert!(check(&wrong_notice).contains(&"appeal-deadline"));
    let no_party = src
        .replace(
            "inom tre veckor från den dag klaganden fick del av beslutet",
            "enligt kommunallagen",
        )
        .replace("Sista dag för överklagande 2022-04-05\n", "");
    assert!(check(&no_party).contains(&"appeal-deadline"));
}

/// A byggnadsnämnd's protocol reports appeals in prose (`Länsstyrelsens
/// beslut 2021-04-12 i överklagande av byggnadsnämndens beslut
/// 2020-11-18`): those dates are not the notice's appeal deadline, and the
/// notice's own (`Sista dag för överklagande 2021-06-08`) is read. Near
/// miss: a wrong deadline in the notice is reported.
#[test]
fn appeals_reported_in_prose_are_not_the_notices_deadline() {
    let (doc, codes) = read("appeal_in_prose");
    assert_eq!(
        doc.notice.appeal_deadline.as_ref().map(|d| d.iso.as_str()),
        Some("2021-06-08")
    );
    assert!(!codes.contains(&"appeal-deadline"), "{codes:?}");
    let src = std::fs::read_to_string(dir().join("appeal_in_prose.txt"))
        .unwrap()
        .replace(
            "Sista dag för överklagande 2021-06-08",
            "Sista dag för överklagande 2021-06-04",
        );
    let doc = justera::parse(&src);
    let codes: Vec<&str> = justera::check(&doc, &src)
        .into_iter()
        .map(|d| d.code)
        .collect();
    assert!(codes.contains(&"appeal-deadline"), "{codes:?}");
}

/// A barn- och skolnämnd's list written surname first (`Ordförande:
/// Lindgren Malin (FP)`, `2:e vice ordförande: Ekholm Sture (S)`,
/// `Ledamöter: Norrby Elsa (M)`), the paragraphs naming people first name
/// first, a substitute `tjänstgörande för` an absent member under
/// `Ersättare:`: everyone is found, and the chair and vice chair are
/// members. Near misses: a proposer the list does not name is unknown; a
/// non-serving substitute who proposes is an ineligible proposer.
#[test]
fn names_listed_surname_first_are_the_same_people() {
    let (doc, codes) = read("surname_first");
    for code in [
        "unknown-person",
        "justerare-not-member",
        "name-variant",
        "ineligible-proposer",
    ] {
        assert!(!codes.contains(&code), "{code} in {codes:?}");
    }
    let serving: Vec<&str> = doc
        .attendance
        .serving_substitutes
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(serving, ["Sandberg Lisa"]);
    let src = std::fs::read_to_string(dir().join("surname_first.txt")).unwrap();
    let check = |src: &str| -> Vec<&'static str> {
        let doc = justera::parse(src);
        justera::check(&doc, src)
            .into_iter()
            .map(|d| d.code)
            .collect()
    };
    let unknown = src.replace("Elsa Norrby (M) yrkar", "Greta Okänd (M) yrkar");
    assert!(check(&unknown).contains(&"unknown-person"));
    let substitute = src.replace("Elsa Norrby (M) yrkar", "Vera Holm (FP) yrkar");
    assert!(check(&substitute).contains(&"ineligible-proposer"));
}

/// Members and serving substitutes of a roll call (uppropslista) numbered
/// in order: one a line with the party bare after the name (`1 Ingrid
/// Sommar S ordförande`) or in parentheses (`5. Ulla Ferm (L), 2:e vice
/// ordförande`), and set in two columns whose left column, the longer, goes
/// on alone after the table (`3. Tor Sand (C)`). Every member with party
/// and role; each serving substitute with whom they replace.
#[test]
fn numbered_roll_calls_name_members_and_substitutes() {
    type Row = (String, Option<String>, Option<String>);
    let people = |doc: &Document| -> (Vec<Row>, Vec<(String, String)>) {
        let members = doc
            .attendance
            .members
            .iter()
            .map(|p| (p.name.clone(), p.party.clone(), p.role.clone()))
            .collect();
        let serving = doc
            .attendance
            .serving_substitutes
            .iter()
            .map(|p| {
                let replaced = match &p.replaces {
                    Some(justera::Replaces::Person { name, .. }) => name.clone(),
                    _ => String::new(),
                };
                (p.name.clone(), replaced)
            })
            .collect();
        (members, serving)
    };
    let row = |n: &str, p: &str, r: Option<&str>| {
        (n.to_string(), Some(p.to_string()), r.map(str::to_string))
    };
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    let (doc, _) = read("numbered_attendance_lines");
    assert_eq!(
        people(&doc),
        (
            vec![
                row("Ingrid Sommar", "S", Some("ordförande")),
                row("Johan Kvist", "M", Some("vice ordförande")),
                row("Rolf Hagberg", "SD", None),
                row("Bertil Skog", "KD", None),
                row("Ulla Ferm", "L", Some("andre vice ordförande")),
            ],
            vec![pair("Mona Ljung", "Selma Nord"), pair("Jan Ek", "Tove Ahl")]
        )
    );
    let (doc, _) = read("numbered_attendance_columns");
    assert_eq!(
        people(&doc),
        (
            vec![
                row("Anders Björk", "S", Some("ordförande")),
                row("Ebba Fors", "M", Some("vice ordförande")),
                row("Tor Sand", "C", None),
                row("Lina Holm", "V", None),
                row("Erik Moll", "L", None),
            ],
            vec![
                pair("Maria Ekström", "Lars Tall"),
                pair("Kim Hed", "Bo Rydh")
            ]
        )
    );
}

/// A vote list's sum row is checked against its rows: where the sum row
/// alone gives the counts and differs from the marks, the finding points
/// at the sum row. Near miss: the fixture as written (they agree).
#[test]
fn a_vote_lists_sum_row_is_checked_against_its_rows() {
    let p = dir().join("vote_list_aligned.txt");
    let src = std::fs::read_to_string(&p).expect("fixture");
    let row = "Summa                        4    2     0        0";
    assert!(src.contains(row));
    let wrong = src.replace(row, "Summa                        5    1     0        0");
    let doc = justera::parse(&wrong);
    let found: Vec<&str> = justera::check(&doc, &wrong)
        .iter()
        .filter(|d| d.code == "roll-call-count-mismatch")
        .map(|d| &wrong[d.span.start..d.span.end])
        .collect();
    assert_eq!(
        found,
        ["Summa                        5    1     0        0"]
    );
}

/// Chairs named before their names in the roll call (`Ordförande Birgitta
/// Kvist (S)`, `Förste vice ordförande Olof Hed (M)`) are members with a
/// role, not signatures; the names signed over a row of their roles
/// (`Ordförande   Justerare   Justerare`) pair column by column; the
/// notice's posting date said in a sentence is read. Near miss: a
/// sentence that dates something else far after `anslagits` gives no
/// posting date.
#[test]
fn chairs_before_their_names_and_names_over_their_roles() {
    let (doc, codes) = read("chair_before_name");
    let members: Vec<(&str, Option<&str>)> = doc
        .attendance
        .members
        .iter()
        .map(|p| (p.name.as_str(), p.role.as_deref()))
        .collect();
    assert_eq!(members.len(), 14, "{members:?}");
    assert_eq!(members[0], ("Birgitta Kvist", Some("ordförande")));
    assert_eq!(members[1], ("Olof Hed", Some("förste vice ordförande")));
    assert_eq!(members[2], ("Lena Stål", Some("andre vice ordförande")));
    let signed: Vec<(Option<&str>, &str)> = doc
        .signatures
        .iter()
        .map(|s| (s.role.as_deref(), s.name.as_str()))
        .collect();
    for want in [
        (Some("ordförande"), "Birgitta Kvist"),
        (Some("justerare"), "Olof Hed"),
        (Some("justerare"), "Maria Ros"),
        (Some("sekreterare"), "Erik Blom"),
    ] {
        assert!(signed.contains(&want), "{want:?} in {signed:?}");
    }
    assert_eq!(signed.len(), 4, "{signed:?}");
    assert_eq!(justerare_of(&doc), ["Olof Hed", "Maria Ros"]);
    let iso = |d: &Option<justera::DateRef>| d.as_ref().map(|d| d.iso.clone());
    assert_eq!(iso(&doc.notice.posted).as_deref(), Some("2024-05-28"));
    assert!(codes.is_empty(), "{codes:?}");
    let far = "§ 1 Upprop\n\nUpprop förrättas.\n\nAnslagsbevis\nProtokollet har anslagits på \
        kommunens anslagstavla efter justering. Nämnden sammanträdde 2024-05-20.\n";
    assert_eq!(iso(&justera::parse(far).notice.posted), None);
}

/// A Word table exported to PDF whose narrow columns wrap: a member's
/// party on a line of its own, a serving substitute's phrase going on on
/// the next line, the notice's labels wrapped under their dates. Near
/// misses: a capitalised line after a dated label is a label of its own,
/// not the rest of the one above; a name after a party line is no wrap.
#[test]
fn values_and_labels_wrapped_in_narrow_table_columns() {
    let (doc, codes) = read("narrow_table_columns");
    let a = &doc.attendance;
    let members: Vec<(&str, Option<&str>)> = a
        .members
        .iter()
        .map(|p| (p.name.as_str(), p.party.as_deref()))
        .collect();
    assert_eq!(
        members,
        [
            ("Hanna Lilja", Some("S")),
            ("Erik Moberg", Some("M")),
            ("Fatima Ali", Some("S")),
            ("Göran Sten", Some("SD")),
            ("Ulla Berg", Some("C"))
        ]
    );
    let serving: Vec<(&str, Option<&justera::Replaces>)> = a
        .serving_substitutes
        .iter()
        .map(|p| (p.name.as_str(), p.replaces.as_ref()))
        .collect();
    assert!(
        matches!(serving.as_slice(), [("Pelle Ström", Some(justera::Replaces::Person { name, .. }))] if name == "Nina Holm"),
        "{serving:?}"
    );
    let iso = |d: &Option<justera::DateRef>| d.as_ref().map(|d| d.iso.clone());
    assert_eq!(iso(&doc.notice.posted).as_deref(), Some("2024-10-09"));
    assert_eq!(iso(&doc.notice.removed).as_deref(), Some("2024-10-31"));
    let p89 = doc.paragraphs.iter().find(|p| p.number == 89).unwrap();
    assert_eq!(p89.procedure[0].kind, justera::QuestionKind::ReferBack);
    assert!(p89.procedure[0].winner.is_none());
    assert_eq!(p89.procedure[0].rejected.len(), 1);
    assert!(codes.is_empty(), "{codes:?}");
    let near = "Beslutande\nAnna Berg (S)\nBo Ek\n(M)\nCia Dahl (C)\nDan Ås\n\n\
        Datum för 2024-10-09\nFörvaringsplats Kansliet\n\n§ 1 Upprop\n\nUpprop.\n";
    let d = justera::parse(near);
    let names: Vec<&str> = d
        .attendance
        .members
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert!(
        names.contains(&"Bo Ek") && names.contains(&"Dan Ås"),
        "{names:?}"
    );
    assert!(d
        .attendance
        .members
        .iter()
        .any(|p| p.name == "Bo Ek" && p.party.as_deref() == Some("M")));
    assert_eq!(d.notice.posted, None);
}

/// A front page table read column by column: the labels alone on their
/// lines, then all the values. The values are dealt back to the labels by
/// kind: the members up to the last serving substitute, then the
/// substitutes, the officials, one justerare, the justering's place. The
/// attendance is marked as read from a damaged layout. Near miss: labels
/// each with their values under them are read as before, not dealt.
#[test]
fn labels_read_apart_from_their_values_are_dealt_back() {
    let (doc, codes) = read("labels_apart");
    let a = &doc.attendance;
    let names = |v: &[justera::Person]| v.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&a.members),
        ["Per Holm", "Stina Berg", "Ali Nur", "Greta Ljung"]
    );
    assert_eq!(names(&a.serving_substitutes), ["Otto Vik"]);
    assert_eq!(names(&a.substitutes), ["Mia Ros"]);
    assert_eq!(names(&a.others), ["Anders Blad", "Karin Ask"]);
    assert!(a.members.iter().all(|p| p.inferred.is_some()));
    assert_eq!(justerare_of(&doc), ["Stina Berg"]);
    assert_eq!(
        doc.justering.date.as_ref().map(|d| d.iso.as_str()),
        Some("2024-09-23")
    );
    assert!(codes.is_empty(), "{codes:?}");
    let labelled = "Beslutande\nAnna Berg (S)\nBo Ek (M)\n\nErsättare\nCia Dahl (C)\n\n\
        Övriga\nDan Ås, sekreterare\n\nJusterare\nBo Ek (M)\n\n§ 1 Upprop\n\nUpprop.\n";
    let d = justera::parse(labelled);
    assert_eq!(names(&d.attendance.members), ["Anna Berg", "Bo Ek"]);
    assert_eq!(names(&d.attendance.substitutes), ["Cia Dahl"]);
    assert!(d.attendance.members.iter().all(|p| p.inferred.is_none()));
}

/// A front page set as a table, printed to PDF and read back as laid-out
/// text (each line placed by its position on the page, the way PDF text
/// extractors keep columns): a value wraps inside its cell onto an
/// indented line (`... tisdagen den 14 maj` / `2024 kl. 13.00–15.30`,
/// `ersättare för Jonas Strand` / `(L)`), and a label wraps under its
/// value (`Datum då anslaget sätts  2024-05-17` / `upp`, `Förvaringsplats
/// för  Kommunkansliet` / `protokollet`).
#[test]
fn values_and_labels_wrapped_in_laid_out_table_cells() {
    let (doc, codes) = read("cells_laid_out");
    let m = &doc.meeting;
    assert_eq!(m.date.as_ref().map(|d| d.iso.as_str()), Some("2024-05-14"));
    assert_eq!(m.start.as_ref().map(|t| t.text.as_str()), Some("13:00"));
    assert_eq!(m.end.as_ref().map(|t| t.text.as_str()), Some("15:30"));
    assert_eq!(
        m.place.as_ref().map(|t| t.text.as_str()),
        Some("Kommunhuset, Sessionssalen")
    );
    let a = &doc.attendance;
    assert_eq!(a.members.len(), 6);
    assert!(
        matches!(a.serving_substitutes.as_slice(),
            [p] if p.name == "Sofia Ek"
                && matches!(&p.replaces, Some(justera::Replaces::Person { name, party, .. })
                    if name == "Jonas Strand" && party.as_deref() == Some("L"))),
        "{:?}",
        a.serving_substitutes
    );
    let iso = |d: &Option<justera::DateRef>| d.as_ref().map(|d| d.iso.clone());
    assert_eq!(iso(&doc.notice.posted).as_deref(), Some("2024-05-17"));
    assert_eq!(iso(&doc.notice.removed).as_deref(), Some("2024-06-10"));
    assert_eq!(
        doc.notice.kept_at.as_ref().map(|t| t.text.as_str()),
        Some("Kommunkansliet")
    );
    assert!(codes.is_empty(), "{codes:?}");
}

/// A front page whose deciding members and serving substitutes stand in
/// two columns of one table cell, printed to PDF by Chromium and read back
/// as laid-out text: the right column's name wraps onto a line of its own
/// under that column (`Ali Hassan (S) ersätter Stig` / `Borg (S)`), the
/// justering's label wraps under its value (`Justeringens plats
/// Stadshuset, 2024-09-13` / `och tid`), and the vote list runs over a
/// page whose marker (`<!-- sida 3 -->`) stands between its rows. Its
/// meaning is said with `den som bifaller X röstar ja`.
#[test]
fn two_columns_and_a_vote_list_laid_out() {
    let (doc, codes) = read("columns_laid_out");
    let a = &doc.attendance;
    assert_eq!(a.members.len(), 10);
    assert!(
        matches!(a.serving_substitutes.as_slice(),
            [p] if p.name == "Ali Hassan"
                && matches!(&p.replaces, Some(justera::Replaces::Person { name, .. }) if name == "Stig Borg")),
        "{:?}",
        a.serving_substitutes
    );
    // The meeting's date only in the notice (`Sammanträdesdatum 2024-09-10`).
    assert_eq!(
        doc.meeting.date.as_ref().map(|d| d.iso.as_str()),
        Some("2024-09-10")
    );
    let j = &doc.justering;
    assert_eq!(
        j.place.as_ref().map(|p| p.text.as_str()),
        Some("Stadshuset")
    );
    assert_eq!(j.date.as_ref().map(|d| d.iso.as_str()), Some("2024-09-13"));
    let v = &doc.paragraphs[1].votes[0];
    assert!(v.yes_means.is_some() && v.no_means.is_some(), "{v:?}");
    assert!(codes.is_empty(), "{codes:?}");
}

/// A page in two columns, the parts' labels in the margin beside their
/// text's first line (`Beslut               Kommunstyrelsen föreslår ...`,
/// `Yrkanden             Gun Ek (S) yrkar ...`), read back as laid-out
/// text with each line's indentation dropped.
#[test]
fn part_labels_in_the_margin_beside_their_text() {
    let (doc, codes) = read("margin_labels");
    let kinds = |n: usize| -> Vec<justera::PartKind> {
        doc.paragraphs[n].parts.iter().map(|p| p.kind).collect()
    };
    use justera::PartKind::*;
    assert_eq!(
        kinds(1)[..4],
        [Decision, Summary, Proposals, Procedure],
        "{:?}",
        kinds(1)
    );
    let p81 = &doc.paragraphs[1];
    assert!(p81
        .decision
        .as_ref()
        .is_some_and(|d| d.text.starts_with("Kommunstyrelsen föreslår")));
    let movers: Vec<&str> = p81
        .proposals
        .iter()
        .flat_map(|p| p.by.iter().map(|a| a.name.as_str()))
        .collect();
    assert_eq!(movers, ["Gun Ek", "Åsa Borg"]);
    let p82 = &doc.paragraphs[2];
    assert!(
        p82.procedure.first().is_some_and(|q| q.winner.is_some()),
        "{:?}",
        p82.procedure
    );
    assert!(codes.is_empty(), "{codes:?}");
}

/// A page in two columns made as a word processor's table (a label's cell
/// beside its text's, `| **Beslut** | Miljö- och byggnämnden beslutar ...
/// |`, the movers on the lines of one cell, `<br>` between them), printed
/// to PDF and read by the app's own PDF reader; and a label and its text
/// apart by a tab (`**Beslut**<tab>Nämnden utser ...`).
#[test]
fn part_labels_in_a_table_beside_their_text() {
    let (doc, codes) = read("margin_table");
    use justera::PartKind::*;
    let kinds: Vec<justera::PartKind> = doc.paragraphs[1].parts.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds[..4],
        [Decision, Summary, Proposals, Procedure],
        "{kinds:?}"
    );
    for p in &doc.paragraphs {
        assert!(p.decision.is_some(), "§ {} has no decision", p.number);
    }
    let p61 = &doc.paragraphs[1];
    let movers: Vec<(&str, justera::ProposalKind)> = p61
        .proposals
        .iter()
        .flat_map(|p| p.by.iter().map(move |a| (a.name.as_str(), p.kind)))
        .collect();
    assert_eq!(
        movers,
        [
            ("Rolf Ås", justera::ProposalKind::Approve),
            ("Tea Lind", justera::ProposalKind::Reject)
        ]
    );
    assert!(codes.is_empty(), "{codes:?}");
}

/// The attendance as a table of people with their party and role in
/// columns of their own (`| Namn | Parti | Funktion |`, a web page's or a
/// word processor's table under `Närvarande beslutande`).
#[test]
fn attendance_as_a_table_of_names_parties_and_roles() {
    let (doc, codes) = read("people_table");
    let a = &doc.attendance;
    let members: Vec<(&str, Option<&str>, Option<&str>)> = a
        .members
        .iter()
        .map(|p| (p.name.as_str(), p.party.as_deref(), p.role.as_deref()))
        .collect();
    assert_eq!(
        members,
        [
            ("Karin Åberg", Some("S"), Some("ordförande")),
            ("Lars Nyström", Some("M"), Some("vice ordförande")),
            ("Eva Lindqvist", Some("C"), None),
            ("Per Sandberg", Some("SD"), None)
        ]
    );
    assert!(
        matches!(a.serving_substitutes.as_slice(),
            [p] if p.name == "Sofia Ek"
                && matches!(&p.replaces, Some(justera::Replaces::Person { name, .. }) if name == "Jonas Strand")),
        "{:?}",
        a.serving_substitutes
    );
    // `| Nils Ström | Ersättare (S) |` among the others present: a
    // substitute who does not serve.
    let subs: Vec<&str> = a.substitutes.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(subs, ["Nils Ström"]);
    assert!(codes.is_empty(), "{codes:?}");
}

/// A nämnd's template closing each part's label with a colon and writing
/// its text after it on the line (`Förslag till beslut: Nämnden antar
/// ...`, `Yrkande: Jonas Eld (SD) yrkar avslag ...`, `Reservation: Lena
/// Fors (V) reserverar sig ...`): the label is the part's heading, its
/// text the part's, so the proposal put to the meeting is the base and
/// the members' yrkanden are read.
#[test]
fn part_labels_closed_by_a_colon_beside_their_text() {
    let (doc, codes) = read("colon_part_labels");
    use justera::ProposalKind::*;
    let movers = |n: usize| -> Vec<(Option<&str>, justera::ProposalKind)> {
        doc.paragraphs[n]
            .proposals
            .iter()
            .map(|p| (p.by.first().map(|a| a.name.as_str()), p.kind))
            .collect()
    };
    assert_eq!(
        movers(1),
        [
            (None, Base),
            (Some("Jonas Eld"), Reject),
            (Some("Per Ohlin"), Approve)
        ]
    );
    assert_eq!(
        movers(3),
        [
            (None, Base),
            (Some("Lena Fors"), Own),
            (Some("Sara Berg"), Approve)
        ]
    );
    let p15 = &doc.paragraphs[3];
    let adopted = p15.outcome.as_ref().and_then(|o| o.adopted.as_deref());
    assert_eq!(adopted, Some("base"));
    // The reservation in favour of the reserver's own proposal.
    assert_eq!(p15.reservations[0].in_favour_of.as_deref(), Some("p1"));
    let decision = |n: usize| doc.paragraphs[n].decision.as_ref().map(|d| d.text.as_str());
    assert_eq!(
        decision(0),
        Some("Barn- och utbildningsnämnden godkänner dagordningen.")
    );
    assert!(codes.is_empty(), "{codes:?}");
}

/// A front page's närvarolista laid out with spaces, the members and the
/// substitutes as two lists side by side, each with a presence column
/// (`Ledamöter   Närvarande   Ersättare   Närvarande`): a member marked
/// is present, a substitute marked is present but does not serve while
/// the member on the row is, `Tjg för Bertil Lindvall` serves for him.
/// The columns are not run together into names (`X Stina Lökholm`), so
/// those who proposed and reserved are eligible. Without the heading the
/// header row itself is the list's. With the gaps between the columns
/// lost (`Agneta Ekholm (S), ordförande X Stina Lökholm (S) X`) the rows
/// are read by their people.
#[test]
fn attendance_columns_marked_present_and_serving() {
    let names = |v: &[justera::Person]| -> Vec<String> {
        v.iter()
            .map(|p| match &p.replaces {
                Some(justera::Replaces::Person { name, .. }) => format!("{} för {name}", p.name),
                _ => p.name.clone(),
            })
            .collect()
    };
    let src = std::fs::read_to_string(dir().join("attendance_columns_marked.txt")).unwrap();
    let headerless = src.replace("Närvarolista\n", "Beslutande\n");
    // One column of names and one of their presence, the substitutes who
    // serve among them, the others left out.
    let (table, rest) = src.split_at(src.find("Övriga närvarande").unwrap());
    let front = &table[..table.find("Närvarolista").unwrap()];
    let status = format!(
        "{front}Beslutande\n\
         Namn                                Närvaro\n\
         Agneta Ekholm (S), ordförande       Närvarande\n\
         Bertil Lindvall (M), vice ordf.     Frånvarande\n\
         Cecilia Bergsten (C)                Närvarande\n\
         Daniel Holmqvist (SD)               Närvarande\n\
         Eva Rosander (V)                    Närvarande\n\
         Fia Sandell (L)                     Frånvarande\n\
         Gunnar Dalin (KD)                   Närvarande\n\
         Erik Mollberg (M)                   Tjänstgörande ersättare för Bertil Lindvall (M)\n\
         Kent Boström (L)                    Tjänstgörande ersättare för Fia Sandell (L)\n\
         Stina Lökholm (S)                   Närvarande ersättare\n\n{rest}"
    );
    // The same lists as a PDF's text read without its layout gives them:
    // the gaps between the columns lost.
    let collapsed = |t: &str| -> String {
        let mut inside = false;
        t.lines()
            .map(|l| {
                inside = l.starts_with("Ledamöter") || (inside && !l.trim().is_empty());
                if inside {
                    l.split_whitespace().collect::<Vec<_>>().join(" ")
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let lost = collapsed(&src);
    let lost_headerless = collapsed(&headerless);
    for (k, text) in [src.clone(), headerless, status, lost, lost_headerless]
        .into_iter()
        .enumerate()
    {
        let doc = justera::parse(&text);
        let a = &doc.attendance;
        assert_eq!(
            names(&a.members),
            [
                "Agneta Ekholm",
                "Cecilia Bergsten",
                "Daniel Holmqvist",
                "Eva Rosander",
                "Gunnar Dalin"
            ]
        );
        assert_eq!(
            names(&a.serving_substitutes),
            [
                "Erik Mollberg för Bertil Lindvall",
                "Kent Boström för Fia Sandell"
            ]
        );
        if k != 2 {
            assert_eq!(
                names(&a.substitutes),
                ["Stina Lökholm", "Ida Falkman", "Lisa Nordén"]
            );
        }
        let codes: Vec<&str> = justera::check(&doc, &text)
            .into_iter()
            .map(|d| d.code)
            .collect();
        assert!(codes.is_empty(), "{codes:?}");
    }
}
