//! The votes of a paragraph read from invented texts: propositions,
//! lists, counts and stated results.

use crate::model::Counts;

const HEAD: &str = "# Protokoll\n\nKommunstyrelsen\n\n## § 12 Budget för fritidsgårdar\n\n\
    ### Yrkanden\n\nAnna Lind (S) yrkar bifall till kommunstyrelsens förslag.\n\n\
    Cecilia Holm (V) yrkar bifall till eget förslag om utökad budget.\n\n\
    Eva Sand (C) yrkar bifall till eget förslag om oförändrad budget.\n\n### Beslutsgång\n\n";
const FIRST: &str = "Votering begärs om vilket förslag som ska vara motförslag.\n\n\
    Den som vill att Cecilias förslag ska vara motförslag röstar ja, den som vill att \
    Evas förslag ska vara motförslag röstar nej.\n\n\
    Omröstningen utfaller enligt voteringslista.\n\n";
const SECOND: &str = "Votering begärs i huvudvoteringen.\n\n\
    Den som vill bifalla kommunstyrelsens förslag röstar ja, den som vill bifalla \
    Cecilias förslag röstar nej.\n\n\
    Omröstningen utfaller enligt voteringslista.\n\n";
const TAIL: &str = "### Beslut\n\nKommunstyrelsen beslutar att anta förslaget.\n";

/// A roll-call table of five members, `yes` of them voting ja.
fn table(yes: usize) -> String {
    let mut t = String::from("| Ledamot | Ja | Nej | Avstår |\n| --- | --- | --- | --- |\n");
    for (k, n) in [
        "Anna Lind (S)",
        "Bo Ek (M)",
        "Cecilia Holm (V)",
        "David Ström (S)",
        "Eva Sand (C)",
    ]
    .iter()
    .enumerate()
    {
        let (j, x) = if k < yes { ("X", "") } else { ("", "X") };
        t.push_str(&format!("| {n} | {j} | {x} |  |\n"));
    }
    t.push('\n');
    t
}

/// Each vote's yes text and its roll call's length and ja votes.
fn votes(src: &str) -> Vec<(String, usize, usize)> {
    let d = crate::parse(src);
    d.paragraphs[0]
        .votes
        .iter()
        .map(|v| {
            (
                v.yes_text.clone().unwrap_or_default(),
                v.roll_call.len(),
                v.cast(crate::model::Ballot::Yes).count(),
            )
        })
        .collect()
}

const COUNTER: &str = "Cecilias förslag ska vara motförslag";
const MAIN: &str = "kommunstyrelsens förslag";

#[test]
fn two_propositions_without_counts_are_two_votes_in_order() {
    let src = format!("{HEAD}{FIRST}{SECOND}{TAIL}");
    assert_eq!(votes(&src), [(COUNTER.into(), 0, 0), (MAIN.into(), 0, 0)]);
}

#[test]
fn each_list_goes_to_its_own_vote() {
    // The lists inside the paragraph, each after its vote.
    let src = format!("{HEAD}{FIRST}{}{SECOND}{}{TAIL}", table(3), table(4));
    assert_eq!(votes(&src), [(COUNTER.into(), 5, 3), (MAIN.into(), 5, 4)]);
    // The lists appended after the last paragraph, under headings that
    // name it: in the votes' order.
    let src = format!(
        "{HEAD}{FIRST}{SECOND}{TAIL}\n## Omröstningslista 1, § 12\n\n{}## Omröstningslista 2, § 12\n\n{}",
        table(3),
        table(4)
    );
    assert_eq!(votes(&src), [(COUNTER.into(), 5, 3), (MAIN.into(), 5, 4)]);
}

/// The first vote counted in the text, the second only in the one
/// list appended: the list is the second's.
#[test]
fn fewer_lists_than_votes_go_to_the_votes_not_counted() {
    let counted = FIRST.replace(
        "Omröstningen utfaller enligt voteringslista.",
        "Med 3 ja-röster mot 2 nej-röster beslutar kommunstyrelsen att Cecilias förslag ska vara motförslag.",
    );
    let src = format!(
        "{HEAD}{counted}{SECOND}{TAIL}\n## Omröstningslista § 12\n\n{}",
        table(4)
    );
    assert_eq!(votes(&src), [(COUNTER.into(), 0, 0), (MAIN.into(), 5, 4)]);
}

/// No counts written, a decision stated after each proposition: each
/// vote's result, when it names one of the vote's sides.
#[test]
fn a_decision_stated_after_a_proposition_is_its_result() {
    let stated = |first: &str, second: &str| {
        let src = format!(
            "{HEAD}{}{}{TAIL}",
            FIRST.replace("voteringslista.", &format!("voteringslista. {first}")),
            SECOND.replace("voteringslista.", &format!("voteringslista. {second}")),
        );
        let d = crate::parse(&src);
        let p = &d.paragraphs[0];
        let cecilia = p
            .proposals
            .iter()
            .find(|x| x.by.iter().any(|a| a.name == "Cecilia Holm"))
            .map(|x| x.id.clone());
        let results: Vec<(Option<String>, bool)> = p
            .votes
            .iter()
            .map(|v| (v.result.clone(), v.result_stated))
            .collect();
        (cecilia, results)
    };
    let (cecilia, results) = stated(
        "Kommunstyrelsen har beslutat att Cecilias förslag ska vara motförslag.",
        "Kommunstyrelsen har beslutat att bifalla kommunstyrelsens förslag.",
    );
    assert_eq!(results, [(cecilia, true), (Some("base".into()), true)]);
    // A decision naming neither side of the vote is not its result.
    let (_, results) = stated("", "Kommunstyrelsen har beslutat att bifalla Evas förslag.");
    assert_eq!(results, [(None, false), (None, false)]);
}

#[test]
fn a_proposition_repeated_or_a_table_head_is_no_new_vote() {
    // The same proposition written twice is one vote.
    let src = format!("{HEAD}{SECOND}{SECOND}{}{TAIL}", table(4));
    assert_eq!(votes(&src), [(MAIN.into(), 5, 4)]);
    // Column heads after a counted vote (`Ja-röst`, `Nej-röst`) are
    // no proposition.
    let counted = SECOND.replace(
        "Omröstningen utfaller enligt voteringslista.",
        "Med 4 ja-röster mot 1 nej-röst bifaller kommunstyrelsen kommunstyrelsens förslag.",
    );
    let src = format!(
        "{HEAD}{counted}| Ledamot | Ja-röst | Nej-röst |\n| --- | --- | --- |\n| Anna Lind (S) | X |  |\n\n{TAIL}"
    );
    assert_eq!(votes(&src).len(), 1);
}

/// A paragraph of two yrkanden (Anna Ek's motion, the board's proposal)
/// and `procedure` under `Beslutsgång`: each vote's yes and no proposals,
/// counts and result, and whether the result was stated.
fn sides_of(
    procedure: &str,
) -> Vec<(Option<String>, Option<String>, Counts, Option<String>, bool)> {
    let src = format!(
        "# Protokoll\n\nKommunfullmäktige\n\n## § 7 Motion om solceller\n\n### Yrkanden\n\n\
         Anna Ek (M) yrkar bifall till motionen.\n\nPer Holm (S) yrkar bifall till \
         kommunstyrelsens förslag.\n\n### Beslutsgång\n\n{procedure}\n\n### Beslut\n\nMotionen avslås.\n"
    );
    let d = crate::parse(&src);
    d.paragraphs[0]
        .votes
        .iter()
        .map(|v| {
            (
                v.yes_means.clone(),
                v.no_means.clone(),
                v.counts,
                v.result.clone(),
                v.result_stated,
            )
        })
        .collect()
}

fn counted(yes: u32, no: u32, abstain: Option<u32>) -> Counts {
    Counts {
        yes: Some(yes),
        no: Some(no),
        abstain,
        absent: None,
    }
}

/// What ja and nej meant, told after the count (`Ja-röst innebar ...`),
/// is the counted vote's, not a vote of its own; `bifallit` states the
/// result.
#[test]
fn the_sides_told_after_the_count_are_the_counted_votes() {
    let v = sides_of(
        "Efter genomförd omröstning, bilaga 1, finner ordföranden att kommunfullmäktige med \
         31 röster mot 28 bifallit kommunstyrelsens förslag. Ja-röst innebar bifall till \
         kommunstyrelsens förslag och nej-röst bifall till Anna Eks (M) yrkande.",
    );
    let base = Some("base".to_string());
    let p1 = Some("p1".to_string());
    assert_eq!(v, [(base.clone(), p1, counted(31, 28, None), base, true)]);
}

/// `Ja – bifall till X. Nej – bifall till Y.`, after the colon of the
/// proposition's lead.
#[test]
fn sides_written_after_a_dash() {
    let v = sides_of(
        "Votering är begärd och ska genomföras. Följande propositionsordning godkänns: \
         Ja – bifall till kommunstyrelsens förslag. Nej – bifall till Anna Eks (M) yrkande. \
         Voteringen utfaller med 31 ja, 28 nej, 2 avstår.",
    );
    let base = Some("base".to_string());
    let p1 = Some("p1".to_string());
    assert_eq!(
        v,
        [(base.clone(), p1, counted(31, 28, Some(2)), base, false)]
    );
    // A list of names after the dash is no side's proposal.
    let v = sides_of(
        "Votering begärs. Ja – Per Holm (S), Eva Lund (S). Nej – Anna Ek (M). \
         Voteringen utfaller med 2 ja, 1 nej.",
    );
    assert!(v.iter().all(|x| x.0.is_none()), "{v:?}");
}

/// A vote's result written as a score in favour of a proposal (`utföll
/// 30-19 till förmån för X`), after a put of two proposals: a counted vote
/// between them that X won. Counts naming their sides (`27 röster för att
/// avgöra ärendet idag och 22 röster för återremiss`): a vote on deciding
/// the matter today, not the matter's own.
#[test]
fn a_score_in_favour_of_a_proposal_and_counts_naming_their_sides() {
    let src = "§ 62\nMotion om cykelvägar\n\nKommunstyrelsens förslag\nFullmäktige avslår motionen.\n\n\
        Yrkanden\nOla Ek (C) yrkar bifall till motionen.\nKim Ro (S) yrkar bifall till kommunstyrelsens förslag.\n\n\
        Propositionsordning\nOrdföranden ställer kommunstyrelsens förslag mot Ola Eks förslag och finner att fullmäktige bifaller kommunstyrelsens förslag. \
        Votering begärs. Voteringen utföll 30-19 till förmån för kommunstyrelsens förslag.\n\n\
        Beslut\nFullmäktige avslår motionen.\n\n\
        § 63\nTaxa för bygglov\n\nKommunstyrelsens förslag\nFullmäktige antar taxan.\n\n\
        Yrkanden\nIda Berg (M) yrkar att ärendet återremitteras.\nKim Ro (S) yrkar bifall till kommunstyrelsens förslag.\n\n\
        Propositionsordning\nOrdföranden frågar om ärendet ska avgöras idag och finner att så sker. \
        Omröstning begärs och genomförs. Omröstningen utfaller med 27 röster för att avgöra ärendet idag och 22 röster för återremiss.\n\
        Därefter ställer ordföranden proposition på kommunstyrelsens förslag och finner att fullmäktige bifaller det.\n\n\
        Beslut\nFullmäktige antar taxan.\n";
    let d = crate::parse(src);
    use crate::model::{Method, QuestionKind};
    let p62 = &d.paragraphs[0];
    assert_eq!(p62.votes.len(), 1);
    let v = &p62.votes[0];
    assert_eq!((v.counts.yes, v.counts.no), (Some(30), Some(19)));
    assert_eq!(v.result.as_deref(), Some("base"));
    let q = p62
        .procedure
        .iter()
        .find(|q| q.method == Method::Vote)
        .expect("the vote's question");
    assert_eq!(q.between, ["base", "p1"]);
    assert_eq!(q.rejected, ["p1"]);
    let o = p62.outcome.as_ref().expect("an outcome");
    assert_eq!((o.method, o.margin), (Method::Vote, Some(11)));

    let p63 = &d.paragraphs[1];
    assert_eq!(p63.votes.len(), 1, "{:?}", p63.votes);
    let v = &p63.votes[0];
    assert_eq!((v.counts.yes, v.counts.no), (Some(27), Some(22)));
    let q = p63
        .procedure
        .iter()
        .find(|q| q.method == Method::Vote)
        .expect("the vote's question");
    assert_eq!(q.kind, QuestionKind::ReferBack);
    let o = p63.outcome.as_ref().expect("an outcome");
    assert_eq!(o.method, Method::Acclamation);
    assert_eq!(o.adopted.as_deref(), Some("base"));
}

/// A counted vote's result written in other words than `ja` and `nej`:
/// each a vote between the two proposals put, the winner's count first.
#[test]
fn counts_written_as_each_sides_votes() {
    for (said, named_sides) in [
        (
            "Omröstningen utfaller med 6 röster för förvaltningens förslag och 5 röster för Ida Bergs (M) förslag.",
            true,
        ),
        (
            "6 ledamöter röstar för förvaltningens förslag och 5 ledamöter röstar för Ida Bergs (M) förslag.",
            true,
        ),
        (
            "Förvaltningens förslag får 6 röster och Ida Bergs (M) förslag får 5 röster.",
            true,
        ),
        ("Med rösterna 6-5 beslutar nämnden att bifalla förvaltningens förslag.", false),
        ("Förvaltningens förslag vinner med 6 röster mot 5.", false),
    ] {
        let src = format!(
            "§ 20\nTaxa för bygglov\n\nYrkanden\nKim Ro (S) yrkar bifall till förvaltningens förslag.\n\
             Ida Berg (M) yrkar att förslaget ska avslås och att en utredning ska göras.\n\n\
             Beslutsgång\nOrdföranden ställer förvaltningens förslag mot Ida Bergs (M) förslag och finner att \
             nämnden bifaller förvaltningens förslag. Votering genomförs.\n{said}\n"
        );
        let d = crate::parse(&src);
        let p = &d.paragraphs[0];
        assert_eq!(p.votes.len(), 1, "{said}: {:?}", p.votes);
        let v = &p.votes[0];
        assert_eq!((v.counts.yes, v.counts.no), (Some(6), Some(5)), "{said}");
        assert_eq!(v.result.as_deref(), Some("base"), "{said}");
        if named_sides {
            let ida = p.proposals.iter().find(|x| x.by.iter().any(|a| a.name == "Ida Berg"));
            assert_eq!(v.no_means, ida.map(|x| x.id.clone()), "{said}");
        }
        let o = p.outcome.as_ref().expect("an outcome");
        assert_eq!(o.method, crate::model::Method::Vote, "{said}");
    }
}

/// The counts in a table of their own, no voters listed (`| Ja | Nej |
/// Avstår |` over `| 4 | 3 | 0 |`), as a word processor's small table
/// under the proposition; near miss: a table of other numbers.
#[test]
fn counts_in_a_table_of_their_own() {
    let src = |table: &str| {
        format!(
            "§ 46\nMotion om kollektivtrafik\n\nYrkanden\nBo Ahl (M): Bifall till arbetsutskottets förslag.\n\
             Vera Mo (V): Bifall till motionen.\n\nOmröstning\nOmröstning begärs. Ja för arbetsutskottets \
             förslag, Nej för Vera Mos (V) yrkande.\n\n{table}\n\nKommunstyrelsen har beslutat enligt \
             arbetsutskottets förslag.\n"
        )
    };
    let d = crate::parse(&src(
        "| **Ja** | **Nej** | **Avstår** |\n|---|---|---|\n| 4 | 3 | 0 |",
    ));
    let v = &d.paragraphs[0].votes;
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(
        v[0].counts,
        Counts {
            yes: Some(4),
            no: Some(3),
            abstain: Some(0),
            absent: None
        }
    );
    assert!(v[0].roll_call.is_empty());
    let d = crate::parse(&src("| År | Kostnad |\n|---|---|\n| 2025 | 4 |"));
    assert!(d.paragraphs[0]
        .votes
        .iter()
        .all(|v| v.counts == Counts::default()));
}

/// The result said in the sentence right after the counts (`Nämnden har
/// alltså beslutat enligt X.`) is the vote's stated result; near miss: the
/// same sentence after a tie, which only a casting vote settles.
#[test]
fn the_result_said_after_the_counts() {
    let src = |counts: &str| {
        format!(
            "{HEAD}Omröstning begärs. Ja för kommunstyrelsens förslag, Nej för Cecilia Holms (V) \
             förslag.\n{counts}\n\nKommunstyrelsen har alltså beslutat enligt kommunstyrelsens förslag.\n"
        )
    };
    let d = crate::parse(&src("Ja  Nej  Avstår\n6   5   0"));
    let v = &d.paragraphs[0].votes;
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].counts.yes, Some(6));
    assert!(v[0].result_stated);
    assert_eq!(v[0].result.as_deref(), Some("base"));
    let d = crate::parse(&src("Ja  Nej  Avstår\n5   5   1"));
    let v = &d.paragraphs[0].votes;
    assert!(!v[0].result_stated, "{v:?}");
}

/// A side wrapped over two lines (`... den som bifaller Cecilia` / `Holms
/// (V) förslag röstar nej`) is named on one line.
#[test]
fn a_side_wrapped_over_lines_reads_as_one_line() {
    let src = format!(
        "{HEAD}Votering begärs. Den som bifaller kommunstyrelsens förslag röstar ja, den som bifaller Cecilia\n\
         Holms (V) förslag röstar nej.\n\nOmröstningsresultat: 6 ja-röster och 5 nej-röster.\n"
    );
    let d = crate::parse(&src);
    let v = &d.paragraphs[0].votes;
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].no_text.as_deref(), Some("Cecilia Holms (V) förslag"));
    assert_eq!(v[0].no_means.as_deref(), Some("p2"));
}

/// `den det ej vill röstar nej; vinner nej har X bifallits`: the no side
/// named in the passive, after what winning no would mean.
#[test]
fn the_no_side_named_in_the_passive() {
    let v = sides_of(
        "Votering begärs. Fullmäktige godkänner följande voteringsproposition: Den som vill \
         bifalla kommunstyrelsens förslag röstar ja, den det ej vill röstar nej; vinner nej har \
         Anna Eks (M) yrkande bifallits. Omröstningsresultat: 31 ja, 24 nej, 4 avstår.",
    );
    let base = Some("base".to_string());
    let p1 = Some("p1".to_string());
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!((v[0].0.clone(), v[0].1.clone()), (base, p1), "{v:?}");
}

/// `Den som vill avslå X röstar ja, den det ej vill röstar nej. Vinner nej
/// har X bifallits.` then `har således beslutat att avslå X`: the vote's
/// no side is X, and the decision stated rejects it, so it names no
/// winner of its own (the count tells: ja, the rejection, won).
#[test]
fn a_stated_rejection_is_no_result_for_the_rejected() {
    let src = "§ 43 Årsredovisning 2024\n\nBeslut\nÅrsredovisningen godkänns.\n\n\
        Yrkanden\nHenrik Carlsson (M) yrkar bifall till kommunstyrelsens förslag.\n\
        Lars Nyman (S) yrkar bifall till kommunstyrelsens förslag med tillägget att en åtgärdsplan tas fram.\n\n\
        Propositionsordning\nOrdföranden ställer proposition på bifall mot avslag på Lars Nymans (S) \
        tilläggsyrkande och finner att fullmäktige avslår tilläggsyrkandet.\n\n\
        Omröstning begärs. Fullmäktige godkänner följande voteringsproposition: Den som vill avslå \
        Lars Nymans (S) tilläggsyrkande röstar ja, den det ej vill röstar nej. Vinner nej har \
        tilläggsyrkandet bifallits.\n\nOmröstningen utfaller med 21 ja-röster mot 20 nej-röster.\n\n\
        Fullmäktige har således beslutat att avslå tilläggsyrkandet.\n";
    let d = crate::parse(src);
    let v = &d.paragraphs[0].votes;
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].no_means.as_deref(), Some("p2"), "{v:?}");
    assert_eq!(v[0].result, None, "{v:?}");
}

/// [`super::holds_vote_word`] of a text with its ASCII letters lowered is
/// whether its lower case holds a vote word, on generated text of the
/// words in their cases, `Ö` and the bytes beside them.
#[test]
fn vote_words_in_ascii_lower_case_are_those_of_lower_case() {
    const WORDS: [&str; 7] = [
        "röst", "votering", "lott", "singla", "utslag", "emot", "blank",
    ];
    let pieces = [
        "r", "R", "ö", "Ö", "s", "S", "t", "T", "st", "RÖST", "Röst", "rÖst", "ö\u{0}", "Ж",
        "VOTERING", "Lott", "LOTT", "singla", "SINGLA", "utslag", "UTSLAG", "däremot", "EMOT",
        "Blank", "BLANK", "blan", "k", " ", "\n", "x", "‖",
    ];
    let mut rng = crate::testing::Rng::new(0x766f_7465);
    let (mut some, mut none) = (0, 0);
    for _ in 0..60_000 {
        let t = rng.pieces(&pieces, 8);
        let low = crate::outcome::text::lower(&t);
        let want = WORDS.iter().any(|w| low.contains(w));
        assert_eq!(
            super::holds_vote_word(t.to_ascii_lowercase().as_bytes()),
            want,
            "{t:?}"
        );
        if want {
            some += 1;
        } else {
            none += 1;
        }
    }
    assert!(some > 1000 && none > 1000, "{some} {none}");
}
