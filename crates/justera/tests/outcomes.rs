//! Voting outcomes: the fixtures for what the corpus lacks (a tie decided
//! by the chair's casting vote, `Votering begärs och genomförs`, counts
//! and roll call that disagree, `Med 7 röster mot 4`, the council style
//! `Omröstningsresultat: 5 Ja-röster, 54 Nej-röster och 2 frånvarande`),
//! the seeds' contested paragraphs, and the Kungsbacka counted votes
//! against their truth files.
//!
//! `check()` is the one place that calls the API.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

fn fixture(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/outcomes")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The outcome facts of every paragraph that has any, compact, plus the
/// meeting summary.
fn check(src: &str) -> (justera::Document, Value) {
    let doc = justera::parse(src);
    let mut paras = Vec::new();
    for p in &doc.paragraphs {
        if p.proposals.is_empty() && p.votes.is_empty() && p.reservations.is_empty() {
            continue;
        }
        let names = |by: &[justera::Actor]| {
            by.iter()
                .map(|a| format!("{} ({})", a.name, a.party.as_deref().unwrap_or("-")))
                .collect::<Vec<_>>()
        };
        paras.push(json!({
            "number": p.number,
            "proposals": p.proposals.iter().map(|x| json!({"id": x.id, "kind": x.kind, "priority": x.priority, "source": x.source, "by": names(&x.by)})).collect::<Vec<_>>(),
            "procedure": p.procedure.iter().map(|q| json!({"kind": q.kind, "between": q.between, "winner": q.winner, "rejected": q.rejected, "method": q.method})).collect::<Vec<_>>(),
            "votes": p.votes.iter().map(|v| json!({
                "yes_means": v.yes_means, "no_means": v.no_means, "counts": v.counts,
                "roll_call": v.roll_call.iter().map(|r| format!("{} ({}) {:?}{}", r.name, r.party.as_deref().unwrap_or("-"), r.vote, if r.inferred { " inferred" } else { "" })).collect::<Vec<_>>(),
                "casting_vote": v.casting_vote, "lot": v.lot, "result": v.result, "result_stated": v.result_stated,
            })).collect::<Vec<_>>(),
            "reservations": p.reservations.iter().map(|r| json!({"by": names(&r.by), "in_favour_of": r.in_favour_of, "in_favour_text": r.in_favour_text})).collect::<Vec<_>>(),
            "outcome": p.outcome,
        }));
    }
    let summary = serde_json::to_value(justera::summarize(&doc)).unwrap();
    let v = json!({"paragraphs": paras, "parties": summary["parties"], "matrix": summary["matrix"], "party_agreement": summary["party_agreement"]});
    (doc, v)
}

fn para(doc: &justera::Document, n: u32) -> &justera::Paragraph {
    doc.paragraphs
        .iter()
        .find(|p| p.number == n)
        .unwrap_or_else(|| panic!("§ {n} not found"))
}

fn adopted(p: &justera::Paragraph) -> Option<&str> {
    p.outcome.as_ref().and_then(|o| o.adopted.as_deref())
}

#[test]
fn casting_vote_and_tie_without_one() {
    let (doc, v) = check(&fixture("casting_vote.md"));
    insta::assert_json_snapshot!("casting_vote", v);
    let p = para(&doc, 1);
    let vote = &p.votes[0];
    assert_eq!((vote.counts.yes, vote.counts.no), (Some(3), Some(3)));
    assert!(vote.casting_vote);
    assert_eq!(vote.result.as_deref(), Some("base"));
    assert_eq!(vote.roll_call.len(), 6);
    assert_eq!(adopted(p), Some("base"));
    assert_eq!(p.reservations[0].in_favour_of.as_deref(), Some("p2"));
    // `Votering begärs och genomförs`, a tie and no casting vote: the vote
    // itself decides nothing.
    let p = para(&doc, 2);
    assert!(!p.votes[0].casting_vote);
    assert_eq!(p.votes[0].result, None);
    assert_eq!(p.outcome.as_ref().unwrap().method, justera::Method::Vote);
}

#[test]
fn council_vote_counts_and_reservations() {
    let (doc, v) = check(&fixture("council_vote.md"));
    insta::assert_json_snapshot!("council_vote", v);
    let p = para(&doc, 41);
    let c = p.votes[0].counts;
    assert_eq!(
        (c.yes, c.no, c.abstain, c.absent),
        (Some(5), Some(54), None, Some(2))
    );
    assert_eq!(
        (
            p.votes[0].yes_means.as_deref(),
            p.votes[0].no_means.as_deref()
        ),
        (Some("p2"), Some("base"))
    );
    assert_eq!(adopted(p), Some("base"));
    assert_eq!(p.outcome.as_ref().unwrap().margin, Some(49));
    let p = para(&doc, 42);
    assert_eq!(
        (p.votes[0].counts.yes, p.votes[0].counts.no),
        (Some(7), Some(4))
    );
    // `Med 7 röster mot 4 beslutar nämnden att anta förvaltningens förslag`:
    // the seven were for the proposal adopted.
    assert_eq!(
        (p.votes[0].yes_means.as_deref(), adopted(p)),
        (Some("base"), Some("base"))
    );
    // A reservation for the winner, and one for a proposal nobody made.
    let p = para(&doc, 43);
    assert_eq!(p.reservations[0].in_favour_of.as_deref(), Some("base"));
    assert_eq!(p.reservations[1].in_favour_of, None);
    assert!(p.reservations[1].in_favour_text.is_some());
    // `Ja 31, Nej 24, Avstår 4, Frånvarande 2`, and a party reserving for
    // its joint yrkande, named by party.
    let p = para(&doc, 44);
    let c = p.votes[0].counts;
    assert_eq!(
        (c.yes, c.no, c.abstain, c.absent),
        (Some(31), Some(24), Some(4), Some(2))
    );
    assert_eq!(
        p.votes[0].yes_text.as_deref(),
        Some("kommunstyrelsens förslag")
    );
    assert_eq!(p.reservations[0].by[0].party.as_deref(), Some("M"));
    assert_eq!(p.reservations[0].in_favour_of.as_deref(), Some("p2"));
}

#[test]
fn roll_call_split_over_pages_with_the_chair_outside() {
    let (doc, v) = check(&fixture("rollcall_mismatch.md"));
    insta::assert_json_snapshot!("rollcall_mismatch", v);
    let p = para(&doc, 7);
    let vote = &p.votes[0];
    assert_eq!(
        vote.roll_call.len(),
        6,
        "three rows, a continuation whose first row became a header, and the chair"
    );
    let chair = vote.roll_call.iter().find(|r| r.inferred).unwrap();
    assert_eq!(
        (chair.name.as_str(), chair.vote),
        ("Maria Svensson", justera::Ballot::Yes)
    );
    assert_eq!(
        (vote.counts.yes, vote.counts.no, vote.counts.abstain),
        (Some(4), Some(2), Some(0))
    );
    // Declared 2 yes / 3 no, the table says 3 / 2, and the stated result
    // goes with the yes side.
    let p = para(&doc, 8);
    let vote = &p.votes[0];
    assert_eq!((vote.counts.yes, vote.counts.no), (Some(2), Some(3)));
    let yes = vote.cast(justera::Ballot::Yes).count();
    assert_eq!(yes, 3);
    assert!(vote.result_stated);
    assert_eq!(vote.result.as_deref(), Some("base"));
}

#[test]
fn seed_000_paragraph_20() {
    let src = std::fs::read_to_string(shared().join("seeds/000_fc87e2d14c4d4c18.txt")).unwrap();
    let (doc, v) = check(&src);
    insta::assert_json_snapshot!("seed_000", v);
    let p = para(&doc, 20);
    let kinds: Vec<_> = p.proposals.iter().map(|x| (x.kind, x.priority)).collect();
    use justera::ProposalKind::*;
    assert_eq!(
        kinds,
        vec![
            (Base, None),
            (Approve, None),
            (ReferBack, Some(1)),
            (Reject, Some(2))
        ]
    );
    // Återremiss first, decided today; then the base against the rejection.
    assert_eq!(p.procedure[0].kind, justera::QuestionKind::ReferBack);
    assert_eq!(p.procedure[0].rejected, vec!["p2".to_string()]);
    assert_eq!(
        p.procedure[1].between,
        vec!["base".to_string(), "p3".to_string()]
    );
    let o = p.outcome.as_ref().unwrap();
    assert_eq!(
        (o.adopted.as_deref(), o.contested, o.method),
        (Some("base"), true, justera::Method::Acclamation)
    );
    assert_eq!(p.reservations.len(), 1);
    assert_eq!(p.reservations[0].by.len(), 3);
    assert_eq!(p.reservations[0].in_favour_of.as_deref(), Some("p2"));
}

#[test]
fn seed_003_contested_paragraphs() {
    let src = std::fs::read_to_string(shared().join("seeds/003_9b82ca12656ff44a.txt")).unwrap();
    let (doc, v) = check(&src);
    insta::assert_json_snapshot!("seed_003", v);
    for (n, reservations) in [(5, 1), (6, 1), (7, 1), (8, 2), (9, 1), (13, 1)] {
        let p = para(&doc, n);
        let o = p.outcome.as_ref().unwrap();
        assert_eq!(
            (o.adopted.as_deref(), o.contested, o.method),
            (Some("base"), true, justera::Method::Acclamation),
            "§ {n}"
        );
        assert_eq!(p.reservations.len(), reservations, "§ {n}");
        for r in &p.reservations {
            let fav = r
                .in_favour_of
                .as_deref()
                .unwrap_or_else(|| panic!("§ {n}: reservation unresolved"));
            assert_ne!(fav, "base", "§ {n}");
            let favoured = p.proposals.iter().find(|x| x.id == fav).unwrap();
            assert!(
                r.by.iter()
                    .all(|a| favoured.by.iter().any(|b| b.name == a.name)),
                "§ {n}: reserves for their own yrkande"
            );
        }
    }
    // `Andréa Hedin` in the attendance, `Andrea Hedin` in the paragraphs:
    // one party, one member in the summary's matrix.
    let s = justera::summarize(&doc);
    let m = s.parties.iter().find(|x| x.party == "M").unwrap();
    assert_eq!(
        (m.won, m.lost, m.reserved),
        (2, 4, 4),
        "M backed the base in §§ 5 and 9 and reserved in §§ 6, 7, 8, 13"
    );
}

/// Every counted vote in the Kungsbacka corpus against its truth file.
#[test]
fn kungsbacka_votes_match_the_truth() {
    let dir = shared().join("corpus/kungsbacka");
    let mut misses = Vec::new();
    let mut checked = 0;
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".truth.json"))
        .collect();
    files.sort();
    for truth in files {
        let t: Value = serde_json::from_str(&std::fs::read_to_string(&truth).unwrap()).unwrap();
        let md = PathBuf::from(truth.to_string_lossy().replace(".truth.json", ".md"));
        let (doc, _) = check(&std::fs::read_to_string(&md).unwrap());
        // Jäv paragraphs and serving substitutes, as the truth counts them.
        let name = md.file_name().unwrap().to_string_lossy().to_string();
        let jav: Vec<u64> = doc
            .paragraphs
            .iter()
            .filter(|p| !p.jav.is_empty())
            .map(|p| p.number as u64)
            .collect();
        let want_jav: Vec<u64> = t["jav_paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_u64)
            .collect();
        if jav != want_jav {
            misses.push(format!("{name}: jäv {jav:?}"));
        }
        let subs = doc.attendance.serving_substitutes.len() as u64;
        if Some(subs) != t["serving_substitutes"].as_u64() {
            misses.push(format!("{name}: {subs} serving substitutes"));
        }
        for w in t["votes"].as_array().unwrap() {
            checked += 1;
            let n = w["paragraph"].as_u64().unwrap() as u32;
            let got = doc
                .paragraphs
                .iter()
                .find(|p| p.number == n)
                .and_then(|p| p.votes.last())
                .map(|v| (v.counts.yes, v.counts.no, v.counts.abstain));
            let want = (
                w["yes"].as_u64().map(|x| x as u32),
                w["no"].as_u64().map(|x| x as u32),
                w["abstain"].as_u64().map(|x| x as u32),
            );
            if got != Some(want) {
                misses.push(format!(
                    "{} § {n}: {got:?}",
                    md.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    assert_eq!(checked, 3);
    assert!(misses.is_empty(), "{misses:?}");
}

/// `Johan Tolinssons (S) m.fl. yrkande` and the counter-proposal round in
/// ks-2024-06-18 § 180.
#[test]
fn kungsbacka_counter_proposal_and_main_vote() {
    let (doc, _) = check(
        &std::fs::read_to_string(shared().join("corpus/kungsbacka/ks-2024-06-18-protokoll.md"))
            .unwrap(),
    );
    let p = para(&doc, 180);
    let kinds: Vec<_> = p
        .procedure
        .iter()
        .map(|q| (q.kind, q.method, q.winner.clone()))
        .collect();
    use justera::{Method::*, QuestionKind::*};
    assert_eq!(
        kinds,
        vec![
            (Main, Acclamation, Some("base".into())),
            (CounterProposal, Acclamation, Some("p3".into())),
            (Main, Vote, Some("base".into()))
        ]
    );
    assert_eq!(p.votes[0].no_means.as_deref(), Some("p3"));
    assert_eq!(p.votes[0].roll_call.len(), 15);
    assert_eq!(p.reservations[0].in_favour_of.as_deref(), Some("p2"));
    // A substitute's protocol note backs the losing yrkande.
    let note = &p.statements[0];
    assert_eq!(
        (note.by[0].name.as_str(), note.supports.as_deref()),
        ("Ermin Škorić", Some("p3"))
    );
    let p = para(&doc, 179);
    assert_eq!(
        (
            p.votes[0].yes_means.as_deref(),
            p.votes[0].no_means.as_deref()
        ),
        (Some("base"), Some("p1"))
    );
}

/// Broken input is normal input: cut and shuffled protocols never panic and
/// stay fast (the outcome pass is linear in the paragraph).
#[test]
fn cut_and_damaged_protocols_do_not_panic() {
    let files = [
        "corpus/kungsbacka/ks-2024-06-18-protokoll.md",
        "seeds/003_9b82ca12656ff44a.txt",
        "corpus/kungsbacka/ifo-2025-09-18-protokoll.md",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for f in files {
        let src = std::fs::read_to_string(shared().join(f)).unwrap();
        for _ in 0..12 {
            let mut a = (next() as usize) % src.len();
            let mut b = (next() as usize) % src.len();
            if a > b {
                std::mem::swap(&mut a, &mut b);
            }
            while !src.is_char_boundary(a) {
                a -= 1;
            }
            while !src.is_char_boundary(b) {
                b -= 1;
            }
            // A cut, and the text with a slice removed (a lost page).
            let _ = check(&src[a..]);
            let _ = check(&format!("{}{}", &src[..a], &src[b..]));
        }
    }
    // Pathological: one long line of proposal verbs and parties.
    let long = format!(
        "## § 1 X\n\n### Yrkanden\n\n{}\n\n### Beslutsgång\n\n{}\n",
        "Anna Ek (S) yrkar bifall till Bo Eks (M) yrkande och ".repeat(2000),
        "Ordföranden ställer förslagen mot varandra och finner att ".repeat(2000)
    );
    let (doc, _) = check(&long);
    assert_eq!(doc.paragraphs.len(), 1);
    assert_eq!(doc.paragraphs[0].number, 1);
}

/// `Ordföranden ställer X:s förslag, Y:s yrkande och Z:s yrkande mot
/// varandra och finner att ... bifaller X`, with X a member's own proposal
/// and the genitive of a name with a diacritic written without it.
#[test]
fn inline_question_between_three_members() {
    let src = "## § 3 Skolskjuts\n\n### Beslut\n\nNämnden beslutar enligt Andréa Hedins förslag.\n\n### Yrkanden\n\nAndréa Hedin (M) yrkar att skolskjuts ska erbjudas från 2 km.\n\nJohan Tolinsson (S) yrkar avslag.\n\nKarin Berg (V) yrkar att ärendet återremitteras.\n\n### Beslutsgång\n\nOrdföranden ställer Andrea Hedins (M) förslag, Johan Tolinssons (S) yrkande och Karin Bergs (V) yrkande mot varandra och finner att nämnden bifaller Andrea Hedins (M) förslag.\n\n### Reservationer\n\nJohan Tolinsson (S) reserverar sig till förmån för eget yrkande.\n";
    let (doc, _) = check(src);
    let p = para(&doc, 3);
    let q = &p.procedure[0];
    assert_eq!(q.between, vec!["p1", "p2", "p3"]);
    assert_eq!(q.winner.as_deref(), Some("p1"));
    assert_eq!(adopted(p), Some("p1"));
    assert_eq!(p.reservations[0].in_favour_of.as_deref(), Some("p2"));
}

/// `frågar om ärendet ska återremitteras och finner att så inte sker`, then
/// `frågar om nämnden kan bifalla X och finner att så sker`.
#[test]
fn chair_asks_question_by_question() {
    let src = "## § 7 Återremiss\n\n### Beslut\n\nNämnden beslutar enligt förvaltningens förslag.\n\n### Yrkanden\n\nEva Lund (S) yrkar bifall till förvaltningens förslag.\n\nPer Holm (SD) yrkar att ärendet återremitteras.\n\n### Beslutsgång\n\nOrdföranden frågar om ärendet ska återremitteras och finner att så inte sker.\n\nOrdföranden frågar därefter om nämnden kan bifalla förvaltningens förslag och finner att så sker.\n";
    let (doc, _) = check(src);
    let p = para(&doc, 7);
    let kinds: Vec<_> = p
        .procedure
        .iter()
        .map(|q| (q.kind, q.winner.clone(), q.rejected.clone()))
        .collect();
    use justera::QuestionKind::*;
    assert_eq!(
        kinds,
        vec![
            (ReferBack, None, vec!["p2".to_string()]),
            (Main, Some("base".to_string()), vec![])
        ]
    );
    assert_eq!(adopted(p), Some("base"));
    assert!(p.outcome.as_ref().unwrap().contested);
}

/// Reservations written the other way round (`Mot beslutet reserverar sig
/// X`) and announced (`X anmäler reservation`).
#[test]
fn reservations_as_written() {
    let src = "## § 8 Reservationer\n\n### Beslut\n\nNämnden beslutar enligt förvaltningens förslag.\n\n### Yrkanden\n\nEva Lund (S) yrkar bifall till förvaltningens förslag.\n\nPer Holm (SD) och Kim Ek (KD) yrkar avslag.\n\n### Beslutsgång\n\nOrdföranden ställer förslagen mot varandra och finner att nämnden beslutar enligt förvaltningens förslag.\n\n### Reservationer\n\nMot beslutet reserverar sig Per Holm (SD) och Kim Ek (KD) till förmån för det egna yrkandet.\n\nLisa Berg (V) anmäler reservation.\n\nKim Ek (KD) reserverar sig till förmån för (SD):s yrkande.\n";
    let (doc, _) = check(src);
    let p = para(&doc, 8);
    let r: Vec<_> = p
        .reservations
        .iter()
        .map(|r| {
            (
                r.by.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
                r.in_favour_of.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        r,
        vec![
            (vec!["Per Holm", "Kim Ek"], Some("p2")),
            (vec!["Lisa Berg"], None),
            (vec!["Kim Ek"], Some("p2")),
        ]
    );
}

/// `X (SD) yrkar, med instämmande av Y (KD), avslag`: both stand behind it.
#[test]
fn joining_after_the_verb() {
    let (doc, _) = check("## § 9 X\n\n### Beslut\n\nNämnden beslutar enligt förvaltningens förslag.\n\n### Yrkanden\n\nPer Holm (SD) yrkar, med instämmande av Kim Ek (KD), avslag på förvaltningens förslag.\n");
    let p = para(&doc, 9);
    let x = p.proposals.iter().find(|x| x.id == "p1").unwrap();
    assert_eq!(x.kind, justera::ProposalKind::Reject);
    assert_eq!(
        x.by.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
        vec!["Per Holm", "Kim Ek"]
    );
}

/// Association minutes: amendments and nominations listed as points with
/// nobody speaking, verdicts point by point, amendments merged by the mover
/// (`jämkade`), a point decided on its own.
#[test]
fn association_points_amendments_and_nominations() {
    use justera::{Method, ProposalKind as K};
    let (doc, v) = check(&fixture("association.md"));
    insta::assert_json_snapshot!("association", v);
    let kinds = |p: &justera::Paragraph| p.proposals.iter().map(|x| x.kind).collect::<Vec<_>>();
    let outcome = |p: &justera::Paragraph| {
        let o = p.outcome.as_ref().unwrap();
        (o.adopted.clone(), o.contested, o.method)
    };
    // Two amendments (the nested point belongs to the second) against the
    // base; both carried, then the base as amended.
    let p = para(&doc, 1);
    assert_eq!(kinds(p), [K::Base, K::Amend, K::Amend]);
    assert!(p.proposals[2].text.contains("revisorssuppleant"));
    assert_eq!(outcome(p), (Some("base".into()), true, Method::Acclamation));
    // Two candidates for two seats: nobody stood against anybody.
    let p = para(&doc, 2);
    assert_eq!(kinds(p), [K::Nominate, K::Nominate]);
    assert_eq!(p.proposals[0].text, "Karin Lind");
    assert_eq!(outcome(p), (None, false, Method::Unopposed));
    // One point of three said no to: contested, the base carried in part.
    let p = para(&doc, 3);
    assert_eq!(kinds(p), [K::Base]);
    assert_eq!(outcome(p), (Some("base".into()), true, Method::Acclamation));
    // The addition was merged into the proposal by its mover.
    let p = para(&doc, 4);
    assert_eq!(kinds(p), [K::Base, K::Add]);
    assert_eq!(p.proposals[1].by[0].name, "Eva Fors");
    assert_eq!(outcome(p), (Some("base".into()), false, Method::Unopposed));
    // The only proposal said no to: the meeting rejected it.
    let p = para(&doc, 6);
    assert_eq!(outcome(p), (None, true, Method::Acclamation));
    assert_eq!(p.procedure[0].rejected, ["base"]);
    // The change of chair was its own question, not a rival candidate.
    let p = para(&doc, 5);
    assert_eq!(p.procedure[0].kind, justera::QuestionKind::Separate);
    assert_eq!(p.procedure[0].winner.as_deref(), Some("p1"));
    assert_eq!(outcome(p), (Some("base".into()), false, Method::Unopposed));
}

/// A case of a rule fixture, by the start of its header.
fn rule_case(code: &str, header: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/rules")
        .join(format!("{code}.txt"));
    let file = std::fs::read_to_string(&p).unwrap();
    let case = file
        .split("---8<--- ")
        .find(|c| c.starts_with(header))
        .unwrap_or_else(|| panic!("{code}: no case {header:?}"));
    case.split_once('\n').unwrap().1.to_string()
}

#[test]
fn a_party_group_reserves_for_the_proposal_its_member_made() {
    for (header, mover) in [
        (
            "near miss: the party group reserves for the own proposal",
            "Bo Berg",
        ),
        ("near miss: a party group named by its letters", "Gun Ås"),
        (
            "near miss: the party group of one mover of a joint",
            "Cia Dahl",
        ),
    ] {
        let doc = justera::parse(&rule_case("reservation-without-proposal", header));
        let p = para(&doc, 2);
        let r = &p.reservations[0];
        let favoured = p
            .proposals
            .iter()
            .find(|x| Some(&x.id) == r.in_favour_of.as_ref())
            .unwrap_or_else(|| panic!("{header}: {:?} resolves to nothing", r.in_favour_text));
        assert!(
            favoured.by.iter().any(|a| a.name == mover),
            "{header}: {favoured:?}"
        );
    }
    // A group whose party moved nothing: nothing to resolve to.
    let doc = justera::parse(&rule_case(
        "reservation-without-proposal",
        "fires: a party group reserves for an own proposal no member",
    ));
    assert_eq!(para(&doc, 2).reservations[0].in_favour_of, None);
}

#[test]
fn the_chairs_row_after_a_page_break_past_the_next_paragraph_is_joined() {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/layout/two-column-scope.md");
    let doc = justera::parse(&std::fs::read_to_string(p).unwrap());
    let vote = &para(&doc, 43).votes[0];
    assert_eq!(vote.roll_call.len(), 6);
    let chair = vote.roll_call.last().unwrap();
    assert_eq!(
        (chair.name.as_str(), chair.vote, chair.joined),
        (
            "Petra Alm",
            justera::Ballot::Yes,
            Some(justera::model::Inference::PageBreak)
        )
    );
    assert!(vote.roll_call[..5].iter().all(|r| r.joined.is_none()));
    assert!(para(&doc, 44).votes.is_empty());
}

/// `yrkar bifall till förslaget` with no body named, and the finding
/// `finner att nämnden bifaller förslaget`: the proposal put wins (it
/// was read as rejecting both sides). Near miss: a finding whose winner
/// cannot be read rejects nothing either.
#[test]
fn the_proposal_put_named_as_förslaget_wins() {
    let src = "Beslutande\nAnna Berg (S), ordförande\nPeter Ek (M)\n\n§ 1 Ärende\nYrkanden\n\
        Anna Berg (S) yrkar bifall till förslaget. Peter Ek (M) yrkar avslag.\nBeslutsgång\n\
        Ordföranden ställer proposition på bifall mot avslag och finner att nämnden bifaller förslaget.\n";
    let doc = justera::parse(src);
    let p = para(&doc, 1);
    let q = &p.procedure[0];
    assert_eq!(q.winner.as_deref(), Some("p1"));
    assert_eq!(q.rejected, ["p2"]);
    let unread = src.replace(
        "bifaller förslaget.",
        "bifaller den linje som Ulla föreslog.",
    );
    let doc = justera::parse(&unread);
    let q = &para(&doc, 1).procedure[0];
    assert_eq!(q.winner, None);
    assert!(q.rejected.is_empty(), "{:?}", q.rejected);
}

/// `yrkar bifall till förslaget` where a proposal is put to the meeting
/// (`Förslag till beslut`): the mover backs that proposal, and wins with
/// it; a tillägg to it is a proposal of its own.
#[test]
fn bifall_till_förslaget_backs_the_proposal_before_the_meeting() {
    let src = "PROTOKOLL\nSocialnämnden\n\n§ 7\nRiktlinjer för bistånd\n\nFörslag till beslut\n\
        Socialnämnden antar riktlinjerna.\n\nYrkanden\nAnna Berg (M) yrkar bifall till förslaget \
        med tillägget att riktlinjerna ska utvärderas efter ett år.\nOlle Dahl (S) yrkar bifall \
        till förslaget.\n\nBeslutsgång\nOrdföranden ställer proposition på förslaget till beslut \
        och finner det bifallet.\n";
    let doc = justera::parse(src);
    let p = para(&doc, 7);
    use justera::ProposalKind;
    let kinds: Vec<ProposalKind> = p.proposals.iter().map(|x| x.kind).collect();
    assert_eq!(
        kinds,
        [ProposalKind::Base, ProposalKind::Add, ProposalKind::Approve]
    );
    assert_eq!(
        p.outcome.as_ref().and_then(|o| o.adopted.as_deref()),
        Some("base")
    );
}

/// A counted vote only on whether to decide the matter today, then the
/// matter decided without one: the outcome is by acclamation, with no
/// margin (the vote's count is the återremiss question's).
#[test]
fn a_vote_on_deciding_today_is_not_the_matters() {
    let src = "PROTOKOLL\nKommunfullmäktige\n\n§ 46\nDetaljplan för Ekbacken\n\n\
        Kommunstyrelsens förslag\nKommunfullmäktige antar detaljplanen.\n\nYrkanden\n\
        Anna Berg (M) yrkar bifall till kommunstyrelsens förslag.\n\
        Olle Dahl (S) yrkar att ärendet återremitteras.\nLisa Ek (V) yrkar avslag på kommunstyrelsens förslag.\n\n\
        Propositionsordning\nOrdföranden frågar först om ärendet ska avgöras idag och finner att så sker.\n\
        Omröstning begärs.\nFöljande propositionsordning godkänns: Ja-röst för att ärendet ska avgöras idag, \
        Nej-röst för återremiss.\nOmröstningen utfaller med 31 ja-röster och 28 nej-röster.\n\
        Ordföranden ställer därefter proposition på de båda kvarstående yrkandena och finner att \
        kommunfullmäktige beslutar i enlighet med Anna Bergs (M) yrkande.\n";
    let doc = justera::parse(src);
    let o = para(&doc, 46).outcome.clone().unwrap();
    assert_eq!(o.adopted.as_deref(), Some("base"));
    assert_eq!(o.method, justera::Method::Acclamation);
    assert_eq!(o.margin, None);
}

/// The chair named among the yrkanden (`Ordföranden Sven Olsson (C) yrkar
/// bifall ...`) is whom `sitt eget yrkande` and `hans eget yrkande` in the
/// chair's question name: the question's winner is read. Near miss: with
/// no yrkande marked as the chair's, the finding stays unread.
#[test]
fn the_chairs_own_yrkande_is_the_one_the_chair_moved() {
    let src = "Protokoll\n\n§ 34 Upphandling\n\nBeslut\nNämnden godkänner underlaget.\n\nYrkanden\nOrdföranden Sven Olsson (C) yrkar bifall till \
        förvaltningens förslag.\nBritt Åberg (SD) yrkar att upphandlingen ska delas upp.\n\n\
        Beslutsgång\nOrdföranden ställer proposition på sitt eget yrkande och Britt Åbergs \
        yrkande och finner att nämnden bifallit hans eget yrkande.\n";
    let doc = justera::parse(src);
    let q = &para(&doc, 34).procedure[0];
    assert_eq!(q.winner.as_deref(), Some("base"));
    let unmarked = src.replace("Ordföranden Sven Olsson", "Sven Olsson");
    let doc = justera::parse(&unmarked);
    assert_eq!(para(&doc, 34).procedure[0].winner, None);
}
