//! Puts and findings as chairs word them.

use crate::model::Method;

/// Pieces of the generated findings: the words a finding adopts by,
/// parts of them, and the edge characters.
const PIECES: &[&str] = &[
    "bifaller ",
    "bifall",
    "beslutar ",
    "enligt ",
    "att ",
    "antar ",
    "utser ",
    "i enlighet med ",
    "har ",
    "bifallit ",
    "beslutade ",
    "beslutas ",
    "enl",
    "igt",
    "an",
    "tar",
    "§ ",
    "å",
    "ä",
    "ö",
    "Å",
    "Ä",
    "Ö",
    "É",
    "\t",
    "\u{a0}",
    "\r",
    "12 ",
    " ",
];

/// What a finding adopts, read with the sentence's pairs of bytes, is
/// what it adopts read without them, for the sentence and pieces of it.
#[test]
fn adopted_in_is_adopted_at() {
    let mut rng = crate::testing::Rng::new(0x6164_6f70_7473);
    let mut found = 0;
    for _ in 0..20_000 {
        let t = rng.pieces(PIECES, 10);
        let g = crate::outcome::text::Gated::new(&t);
        let at: Vec<usize> = (0..=t.len()).filter(|&k| t.is_char_boundary(k)).collect();
        let piece = &t[at[rng.below(at.len())]..];
        assert_eq!(super::adopted_in(&g, &t), super::adopted_at(&t), "{t:?}");
        assert_eq!(
            super::adopted_in(&g, piece),
            super::adopted_at(piece),
            "{piece:?}"
        );
        found += usize::from(super::adopted_at(&t).is_some());
    }
    assert!(found > 5_000, "{found}");
}

/// `ställer proposition på X och på Y`: both put, as with `X mot Y`,
/// though Y is named by its kind (`avslagsyrkande`).
#[test]
fn a_question_put_on_one_and_on_the_other() {
    let src = "## § 101 Medborgarförslag\n\n### Förslag till beslut\n\nMedborgarförslaget bifalls.\n\n### Yrkande\n\nOlof Ek (SD) yrkar avslag på medborgarförslaget.\n\n### Proposition\n\nOrdföranden ställer proposition på arbetsutskottets förslag och på Olof Eks (SD) avslagsyrkande och finner att kommunstyrelsen beslutar enligt arbetsutskottets förslag.\n";
    let d = crate::parse(src);
    let q = &d.paragraphs[0].procedure[0];
    assert_eq!(q.between.len(), 2, "{:?}", q.between);
    assert_eq!(q.method, Method::Acclamation);
    assert_eq!(q.winner.as_deref(), Some("base"));
}

/// The winner of `procedure` on a paragraph with a base proposal, one
/// yrkande for it (Eva Ek) and one asking `asks` (Bo Berg), and the
/// chair's `procedure`.
fn winner(asks: &str, procedure: &str) -> Option<String> {
    let src = format!(
        "Protokoll\n\n§ 12 Motion om cykelvägar\n\nArbetsutskottets förslag\nMotionen avslås.\n\n\
         Yrkanden\nEva Ek (S) yrkar bifall till arbetsutskottets förslag.\nBo Berg (M) yrkar {asks}.\n\n\
         Beslutsgång\n{procedure}\n"
    );
    let d = crate::parse(&src);
    let q = d.paragraphs[0].procedure.first()?;
    assert_eq!(q.between.len(), 2, "{procedure}: {:?}", q.between);
    q.winner.clone()
}

/// A finding that names the winner by its place among the two put
/// (`det förstnämnda`, `det senare`).
#[test]
fn a_finding_that_names_the_winner_by_its_place() {
    let put = "Ordföranden ställer proposition på Bo Bergs (M) yrkande mot arbetsutskottets förslag och finner att kommunstyrelsen";
    for (finding, won) in [
        ("bifallit det senare.", "base"),
        ("bifallit det sistnämnda.", "base"),
        ("bifallit det förstnämnda.", "p2"),
        ("beslutat enligt det förra.", "p2"),
    ] {
        assert_eq!(
            winner("bifall till motionen", &format!("{put} {finding}")).as_deref(),
            Some(won),
            "{finding}"
        );
    }
}

/// A finding that rejects a proposal named as one, or the matter one
/// proposal asks for: of the two put, the other won.
#[test]
fn a_finding_that_rejects_names_the_loser() {
    let base = Some("base".to_string());
    for (asks, procedure) in [
        ("avslag på arbetsutskottets förslag", "Ordföranden ställer proposition på bifall respektive avslag på Bo Bergs (M) yrkande och finner att kommunstyrelsen avslår yrkandet."),
        ("avslag på arbetsutskottets förslag", "Ordföranden ställer proposition på bifall respektive avslag till Bo Bergs (M) yrkande och finner att Bo Bergs (M) yrkande avslås."),
        ("bifall till motionen", "Ordföranden ställer arbetsutskottets förslag mot Bo Bergs (M) yrkande och finner att kommunstyrelsen avslår motionen."),
    ] {
        assert_eq!(winner(asks, procedure), base, "{procedure}");
    }
    assert_eq!(
        winner("bifall till motionen", "Ordföranden ställer arbetsutskottets förslag mot Bo Bergs (M) yrkande och finner att kommunstyrelsen avslår arbetsutskottets förslag."),
        Some("p2".to_string())
    );
    // The base named `förslaget` as rejected, its one rejection put
    // beside it in other words: the rejection won.
    for found in ["avslår förslaget", "beslutat att avslå förslaget"] {
        let procedure = format!("Ordföranden ställer proposition på arbetsutskottets förslag och Bo Bergs avslagsyrkande och finner att kommunstyrelsen {found}.");
        assert_eq!(
            winner("avslag", &procedure),
            Some("p2".to_string()),
            "{found}"
        );
    }
}

/// A put without `mot` or `proposition på` whose finding names what was
/// adopted (`ställer propositionen om ... eller ...`, `efter ställd
/// proposition finner ...`).
#[test]
fn a_put_in_other_words_with_its_finding() {
    for procedure in [
        "Ordföranden ställer propositionen om kommunstyrelsen beslutar enligt arbetsutskottets förslag eller enligt Bo Bergs (M) yrkande och finner att kommunstyrelsen beslutar enligt arbetsutskottets förslag.",
        "Efter ställd proposition finner ordföranden att kommunstyrelsen beslutat i enlighet med arbetsutskottets förslag.",
        // The decision stated without the chair's finding, after the
        // put or alone.
        "Proposition ställs på arbetsutskottets förslag och Bo Bergs (M) avslagsyrkande. Kommunstyrelsen beslutar enligt arbetsutskottets förslag.",
        "Kommunstyrelsen beslutar i enlighet med arbetsutskottets förslag.",
        // Both put, one after the other.
        "Ordföranden ställer först proposition på arbetsutskottets förslag och därefter på Bo Bergs (M) avslagsyrkande. Ordföranden finner att kommunstyrelsen beslutat enligt arbetsutskottets förslag.",
    ] {
        assert_eq!(
            winner("avslag på arbetsutskottets förslag", procedure).as_deref(),
            Some("base"),
            "{procedure}"
        );
    }
}

/// A matter sent back for a review of something whose name holds
/// `inte` (`vinterväghållningen`), or in other words (`beslutar att
/// återremittera ärendet`): sent back, not decided today, and the
/// outcome is the proposal to send it back.
#[test]
fn a_matter_sent_back_whatever_its_words_hold() {
    let src = "§ 5\nVinterväghållning\n\nYrkanden\nBo Berg (M) yrkar att ärendet återremitteras.\nKim Ro (S) yrkar bifall till förvaltningens förslag.\n\n\
               Beslutsgång\nOrdföranden frågar om ärendet ska avgöras i dag eller återremitteras och finner att ärendet ska återremitteras för en översyn av vinterväghållningen.\n";
    for src in [
        src.to_string(),
        src.replace(
            "finner att ärendet ska återremitteras",
            "finner att nämnden beslutar att återremittera ärendet",
        ),
    ] {
        let d = crate::parse(&src);
        let q = d.paragraphs[0].procedure.first().expect("a question");
        use crate::model::{ProposalKind, QuestionKind};
        assert_eq!(q.kind, QuestionKind::ReferBack);
        let refer = d.paragraphs[0]
            .proposals
            .iter()
            .find(|x| x.kind == ProposalKind::ReferBack);
        assert_eq!(q.winner, refer.map(|x| x.id.clone()), "{src}");
        // The matter's outcome: sent back.
        let adopted = d.paragraphs[0]
            .outcome
            .as_ref()
            .and_then(|o| o.adopted.clone());
        assert_eq!(adopted, refer.map(|x| x.id.clone()), "{src}");
    }
}

/// The beslutsgång's one sentence, the meeting's finding with no put
/// before it (`Kommunstyrelsen beslutar enligt Bo Bergs (M) yrkande.`):
/// that proposal won among those open; the chair's sentence or a
/// proposal not among them stays no such finding.
#[test]
fn the_meeting_deciding_with_no_put_before() {
    let q = |procedure: &str| {
        let src = format!(
            "Protokoll\n\n§ 12 Motion om cykelvägar\n\nArbetsutskottets förslag\nMotionen avslås.\n\n\
             Yrkanden\nEva Ek (S) yrkar bifall till arbetsutskottets förslag.\nBo Berg (M) yrkar bifall till motionen.\n\n\
             Beslutsgång\n{procedure}\n"
        );
        let d = crate::parse(&src);
        d.paragraphs[0]
            .procedure
            .first()
            .and_then(|q| q.winner.clone())
    };
    assert_eq!(
        q("Kommunstyrelsen beslutar enligt Bo Bergs (M) yrkande."),
        Some("p2".to_string())
    );
    assert_eq!(
        q("Kommunstyrelsen beslutar enligt arbetsutskottets förslag."),
        Some("base".to_string())
    );
    assert_eq!(q("Kommunstyrelsen beslutar enligt en lagändring."), None);
}

/// `konstaterar att det finns två förslag, X och Y, och finner att ...`
/// in one sentence: the proposals it names were put, the finding decides.
#[test]
fn the_proposals_stated_and_found_in_one_sentence() {
    let src = "Protokoll\n\n§ 12 Motion om cykelvägar\n\nArbetsutskottets förslag\nMotionen avslås.\n\n\
         Yrkanden\nEva Ek (S) yrkar bifall till arbetsutskottets förslag.\nBo Berg (M) yrkar bifall till motionen.\n\n\
         Beslutsgång\nOrdföranden konstaterar att det finns två förslag, arbetsutskottets förslag och Bo Bergs (M) yrkande, \
         och finner att kommunstyrelsen bifaller Bo Bergs (M) yrkande.\n";
    let d = crate::parse(src);
    let q = &d.paragraphs[0].procedure[0];
    assert_eq!(q.between.len(), 2, "{:?}", q.between);
    assert_eq!(q.winner.as_deref(), Some("p2"));
}

/// A finding wrapped in a layout kept with its hanging indent (`finner
/// att nämnden bifaller arbetsutskottets` / `          förslag.`): the
/// winner is named across the break and the indentation.
#[test]
fn a_finding_wrapped_under_a_hanging_indent() {
    let put =
        "Ordföranden ställer arbetsutskottets förslag mot Bo Bergs (M) yrkande och finner att \
               kommunstyrelsen bifaller arbetsutskottets\n                 förslag.";
    assert_eq!(winner("avslag på motionen", put).as_deref(), Some("base"));
    let put =
        "Ordföranden ställer arbetsutskottets förslag mot Bo Bergs (M) yrkande och finner att \
               kommunstyrelsen bifaller Bo\n                 Bergs yrkande.";
    assert_eq!(winner("avslag på motionen", put).as_deref(), Some("p2"));
}

/// [`finding_at`](super::finding_at) as it was: each word looked for on
/// its own.
fn finding_at_by_word(low: &str) -> Option<usize> {
    super::FINDINGS
        .iter()
        .filter_map(|w| low.find(w).map(|k| (k, std::cmp::Reverse(w.len()))))
        .min()
        .map(|(k, n)| k + n.0)
}

#[test]
fn finding_at_is_the_first_word_of_any() {
    let words = [
        "finner att",
        "finner",
        "fann",
        "att",
        "konstaterar",
        "konstaterade",
        "därefter",
        "sedan",
        ", och att",
        "och",
        "och att",
        ",",
        "k",
        "h",
        "f",
        "x",
        "ä",
        "ordföranden",
        "förslaget",
    ];
    let mut rng = crate::testing::Rng::new(0x5be0_cd19_137e_2179);
    let mut found = 0;
    for _ in 0..40_000 {
        let t = rng.phrase(&words, 10);
        let at = super::finding_at(&t);
        assert_eq!(at, finding_at_by_word(&t), "{t:?}");
        found += usize::from(at.is_some());
    }
    assert!(found > 10_000, "{found}");
}

#[test]
fn kind_named_is_the_first_kind_word_found() {
    let plain = |low: &str| {
        crate::outcome::proposals::KIND_WORDS
            .iter()
            .find(|(w, _)| low.contains(w))
            .map(|(_, k)| *k)
    };
    let words = [
        "ändrade förslag",
        "ändrade",
        "förslag",
        "ändringsyrkande",
        "tilläggsyrkande",
        "återremissyrkande",
        "bordläggningsyrkande",
        "avslagsyrkande",
        "yrkande",
        "tillägg",
        "ä",
        "å",
        "x",
        ".",
    ];
    let mut rng = crate::testing::Rng::new(0x2bd7_1e68_4e3a_9f11);
    let mut found = 0;
    for _ in 0..20_000 {
        let t = rng.phrase(&words, 6);
        let k = super::kind_named(&t);
        assert_eq!(k, plain(&t), "{t:?}");
        found += usize::from(k.is_some());
    }
    assert!(found > 5_000, "{found}");
}

/// The counter-proposal chosen first, then the main question put against
/// it (`ställer X mot motförslaget`): a counter-proposal question, then a
/// main one, not two of the first kind.
#[test]
fn the_main_question_put_against_the_counter_proposal() {
    let src = "Protokoll\n\n§ 140 Budget 2027\n\nFörslag till beslut\nKommunstyrelsen föreslår att fastställa budget 2027.\n\n\
         Yrkanden\nAnna Berg (S) yrkar bifall till kommunstyrelsens förslag.\n\
         Bo Ström (M) yrkar bifall till Moderaternas budgetförslag.\n\
         Karl Öst (SD) yrkar bifall till Sverigedemokraternas budgetförslag.\n\n\
         Propositionsordning\nOrdföranden ställer först Bo Ströms (M) yrkande mot Karl Östs (SD) yrkande för att utse motförslag \
         och finner att fullmäktige utser Bo Ströms (M) yrkande till motförslag. \
         Ordföranden ställer därefter kommunstyrelsens förslag mot motförslaget och finner att fullmäktige bifaller kommunstyrelsens förslag.\n";
    let d = crate::parse(src);
    let kinds: Vec<_> = d.paragraphs[0].procedure.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        [
            crate::model::QuestionKind::CounterProposal,
            crate::model::QuestionKind::Main
        ]
    );
    let main = &d.paragraphs[0].procedure[1];
    assert_eq!(main.winner.as_deref(), Some("base"), "{:?}", main);
}

/// A finding naming the winner by its role in the main question
/// (`bifaller huvudförslaget`, `beslutar enligt motförslaget`): the base
/// proposal, or the counter-proposal put against it.
#[test]
fn a_finding_that_names_the_winner_by_its_role() {
    for (finding, won) in [
        ("bifaller huvudförslaget.", "base"),
        ("beslutar enligt motförslaget.", "p2"),
    ] {
        let src = format!(
            "Protokoll\n\n§ 32 Budget 2027\n\nFörslag till beslut\nNämnden fastställer budget 2027.\n\n\
             Yrkanden\nAnna Ek (S) yrkar bifall till förslaget till beslut.\n\
             Bo Lind (M) yrkar bifall till Moderaternas förslag.\n\
             Eva Gran (SD) yrkar bifall till Sverigedemokraternas förslag.\n\n\
             Beslutsgång\nOrdföranden ställer Bo Linds (M) yrkande mot Eva Grans (SD) yrkande för att utse \
             motförslag och finner att nämnden utser Bo Linds (M) yrkande till motförslag. \
             Ordföranden ställer därefter huvudförslaget mot motförslaget och finner att nämnden {finding}\n"
        );
        let d = crate::parse(&src);
        let q = &d.paragraphs[0].procedure;
        assert_eq!(q.len(), 2, "{finding}: {q:?}");
        assert_eq!(q[1].winner.as_deref(), Some(won), "{finding}: {q:?}");
    }
}
