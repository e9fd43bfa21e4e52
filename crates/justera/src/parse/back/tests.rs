//! The back matter's tests: the notice, the signatures, where the back begins.

use super::{may_hold_notice_word, NOTICE_WORDS};
use crate::parse::spans::lower_same_len;

/// Every line the notice reads (`datum` opening its lower case, or a
/// notice word in it) passes [`may_hold_notice_word`]; generated lines
/// of the words in other cases, cut, and among letters whose lower
/// case has another length.
#[test]
fn the_notice_words_prefilter_misses_no_line() {
    let pieces = [
        "anslag",
        "ANSLAGET",
        "Anslags",
        "överklag",
        "ÖVERKLAGANDE",
        "Överklaga",
        "förvar",
        "fÖrvar",
        "FöRVAR",
        "FÖRVARAS",
        "Förvaringsplats",
        "nedtagande",
        "NEDTAGANDE",
        "protokollet finns",
        "PROTOKOLLET FINNS",
        "protokollet  finns",
        "datum",
        "Datum",
        "DATUM",
        "rvar",
        "verklag",
        "anslá",
        "ansla",
        "g",
        "v",
        "p",
        " ",
        "\u{a0}",
        "\t",
        "å",
        "Ö",
        "İ",
        "\u{212a}",
        "ẞ",
        "x",
        "-",
        "2024-05-28",
    ];
    let mut rng = crate::testing::Rng::new(0x2545_f491_4f6c_dd1du64);
    let mut read = 0;
    for _ in 0..60_000 {
        let t = rng.pieces(&pieces, 7);
        let lower = lower_same_len(&t);
        let exact = lower.trim_start().starts_with("datum")
            || NOTICE_WORDS.iter().any(|w| lower.contains(w));
        if exact {
            read += 1;
            assert!(may_hold_notice_word(&t), "{t:?}");
        }
    }
    assert!(read > 1_000, "{read}");
    assert!(!may_hold_notice_word("Nämnden beslutar enligt förslaget."));
}

/// [`may_hold_notice_word`] as it read before its blocks: every `f` and
/// `g` tested, eight bytes at a time.
fn may_hold_notice_word_by_keys(t: &str) -> bool {
    let head = t.trim_start().as_bytes();
    if head.len() >= 5 && head[..5].eq_ignore_ascii_case(b"datum") {
        return true;
    }
    let b = t.as_bytes();
    let at = |i: usize, k: usize, w: &[u8]| {
        i >= k
            && b.get(i - k..i - k + w.len())
                .is_some_and(|x| x.eq_ignore_ascii_case(w))
    };
    let small = |i: usize| b.get(i).map(|&x| x | 0x20);
    let hit = |i: usize| match b[i] | 0x20 {
        b'g' => {
            i > 0
                && small(i - 1) == Some(b'a')
                && (at(i, 5, b"anslag") || at(i, 6, b"verklag") || at(i, 5, b"nedtagande"))
        }
        b'f' => {
            (b.get(i + 1) == Some(&0xC3) && small(i + 2) == Some(0xB6) && at(i + 3, 0, b"rvar"))
                || (small(i + 1) == Some(b'i') && at(i, 12, b"protokollet finns"))
        }
        _ => false,
    };
    (0..b.len()).any(hit)
}

/// The blocks' test says what the test of every `f` and `g` says, on
/// generated lines long and short, whose words fall anywhere in or
/// across a block.
#[test]
fn the_notice_words_blocks_read_as_every_key() {
    let pieces = [
        "anslag",
        "ANSLAGET",
        "överklag",
        "ÖVERKLAGANDE",
        "förvar",
        "FÖRVARAS",
        "Förvaltningen",
        "nedtagande",
        "protokollet finns",
        "Protokollet Finns",
        "datum",
        " Datum",
        "ag",
        "fi",
        "rvar",
        "fö",
        "f",
        "g",
        "a",
        "r",
        "v",
        " ",
        "å",
        "Ö",
        "\u{a0}",
        "förslag",
        "dag",
        "det finns",
        "abcdefghijklmnop",
        "x",
    ];
    let mut rng = crate::testing::Rng::new(0x9b05_688c_2b3e_6c1f);
    let (mut yes, mut no) = (0, 0);
    for round in 0..60_000 {
        let t = rng.pieces(&pieces, if round % 2 == 0 { 6 } else { 30 });
        let want = may_hold_notice_word_by_keys(&t);
        assert_eq!(may_hold_notice_word(&t), want, "{t:?}");
        if want {
            yes += 1;
        } else {
            no += 1;
        }
    }
    assert!(yes > 5_000 && no > 5_000, "{yes} {no}");
}

#[test]
fn a_whole_notice_run_onto_one_long_line() {
    let notice = "2 BYGGNÄMNDEN SAMMANTRÄDESPROTOKOLL SIDA 2 (2) BEVIS om justering av \
        Byggnämndens protokoll Justeringen har anslagits på kommunens anslagstavla \
        Byggnämnden har sammanträtt den 3 mars 2021 Protokollet har justerats den 10 mars \
        2021 Anslaget sattes upp den 11 mars 2021 Anslaget tas ner den 1 april 2021 Den som \
        vill överklaga ett beslut måste göra det senast den 1 april 2021 Den som vill läsa \
        protokollet kan kontakta kansliet Underskrift Signaturer: Ordförande Justerare";
    assert!(notice.len() > 300);
    let d = crate::parse(notice);
    let iso = |t: &Option<crate::model::DateRef>| t.as_ref().map(|d| d.iso.clone());
    assert_eq!(iso(&d.notice.posted).as_deref(), Some("2021-03-11"));
    assert_eq!(iso(&d.notice.removed).as_deref(), Some("2021-04-01"));
    assert_eq!(
        iso(&d.notice.appeal_deadline).as_deref(),
        Some("2021-04-01")
    );
    assert_eq!(iso(&d.justering.date).as_deref(), Some("2021-03-10"));
    // Near miss: a long line of prose that mentions an appeal and one
    // date is no notice.
    let prose = format!(
        "{} Den som vill överklaga beslutet kan göra det senast den 1 april 2021.",
        "Nämnden diskuterade ärendet länge och beslutade att återkomma. ".repeat(5)
    );
    assert!(prose.len() > 300);
    assert!(crate::parse(&prose).notice.appeal_deadline.is_none());
}

/// A vote list set after the last paragraph under a heading naming
/// its paragraph (`Voteringslista, bilaga 1 till § 32`): the back
/// begins there, the last paragraph's decision ends before it, and the
/// list is § 32's; near miss: a sentence naming a list stays.
#[test]
fn a_vote_list_after_the_last_paragraph_begins_the_back() {
    let src = |line: &str| {
        format!(
            "Protokoll\n\n§ 32\nReglemente\n\nBeslutsgång\nOrdföranden ställer förvaltningens förslag mot \
             Lena Viks (SD) yrkande och finner att nämnden bifaller förvaltningens förslag. Votering begärs. \
             Ja-röst för förvaltningens förslag, nej-röst för Lena Viks (SD) yrkande. Med 2 ja-röster mot 1 \
             nej-röst bifaller nämnden förvaltningens förslag.\n\nBeslut\nNämnden antar reglementet.\n\n\
             § 33\nAnmälningsärenden\n\nBeslut\nÄrendena läggs till handlingarna.\n\n{line}\n\n\
             | Ledamot | Ja | Nej |\n|---|---|---|\n| Emma Lind (S) | X |  |\n| Per Ny (C) | X |  |\n\
             | Lena Vik (SD) |  | X |\n"
        )
    };
    let d = crate::parse(&src("**Voteringslista, bilaga 1 till § 32**"));
    assert_eq!(
        d.paragraphs[1].decision.as_ref().map(|x| x.text.as_str()),
        Some("Ärendena läggs till handlingarna.")
    );
    assert_eq!(d.paragraphs[0].votes[0].roll_call.len(), 3);
    let d = crate::parse(&src(
        "Hur var och en röstat framgår av voteringslista, § 32.",
    ));
    assert!(d.paragraphs[1]
        .decision
        .as_ref()
        .is_some_and(|x| x.text.contains("voteringslista")));
}

/// The last paragraph's own list or attachment, named by its own number
/// (`Omröstningslista § 33`, `Bilaga 1 till § 33`) with the decision after
/// it, begins no back: the decision stays the paragraph's.
#[test]
fn the_last_paragraphs_own_list_begins_no_back() {
    for heading in ["**Omröstningslista § 33**", "Bilaga 1 till § 33"] {
        let src = format!(
            "Protokoll\n\n§ 32\nVal\n\nBeslut\nNämnden väljer Bo Ek.\n\n§ 33\nTaxa\n\nBeslutsgång\n\
             Ordföranden ställer förvaltningens förslag mot Lena Viks (SD) yrkande och finner att nämnden \
             bifaller förvaltningens förslag. Votering begärs. Ja-röst för förvaltningens förslag, nej-röst \
             för Lena Viks (SD) yrkande.\n\n{heading}\n\n| Ledamot | Ja | Nej |\n|---|---|---|\n\
             | Emma Lind (S) | X |  |\n| Lena Vik (SD) |  | X |\n\nBeslut\nNämnden antar taxan.\n"
        );
        let d = crate::parse(&src);
        assert_eq!(
            d.paragraphs[1].decision.as_ref().map(|x| x.text.as_str()),
            Some("Nämnden antar taxan."),
            "{heading}"
        );
    }
}

/// The notice said in one sentence, `anslaget på` its posting: the
/// date after those words is the posted date, the one after `tas ned`
/// the removal's.
#[test]
fn a_notice_posted_in_a_sentence() {
    let d = crate::parse(
        "Kommunstyrelsen\nProtokoll 2025-04-08\n\nBevis om anslag\n\nProtokollet är justerat och \
         anslaget på kommunens digitala anslagstavla 2025-04-11. Anslaget tas ned 2025-05-05.\n\n\
         § 45\nVal av justerare\n\nBeslut\nKommunstyrelsen utser Greta Wall.\n",
    );
    let iso = |t: &Option<crate::model::DateRef>| t.as_ref().map(|d| d.iso.clone());
    assert_eq!(iso(&d.notice.posted).as_deref(), Some("2025-04-11"));
    assert_eq!(iso(&d.notice.removed).as_deref(), Some("2025-05-05"));
}

/// The same sentence wrapped inside the label, as a page wraps it
/// (`Anslaget tas` / `ned 2025-05-05.`); near miss: the next line's date
/// not right after the label's second word.
#[test]
fn a_notice_label_broken_over_two_lines() {
    let src = |rest: &str| {
        format!(
            "Kommunstyrelsen\nProtokoll 2025-04-08\n\nBevis om anslag\n\nProtokollet är justerat och \
             anslaget på kommunens digitala anslagstavla 2025-04-11. Anslaget tas\n{rest}\n\n\
             § 45\nVal av justerare\n\nBeslut\nKommunstyrelsen utser Greta Wall.\n"
        )
    };
    let iso = |t: &Option<crate::model::DateRef>| t.as_ref().map(|d| d.iso.clone());
    let d = crate::parse(&src("ned 2025-05-05. Protokollet förvaras på kansliet."));
    assert_eq!(iso(&d.notice.posted).as_deref(), Some("2025-04-11"));
    assert_eq!(iso(&d.notice.removed).as_deref(), Some("2025-05-05"));
    let span = d.notice.removed.as_ref().unwrap().span;
    assert_eq!(span.of(&src("ned 2025-05-05.")), "2025-05-05");
    let d = crate::parse(&src("ned efter tre veckor, senast 2025-05-05."));
    assert_eq!(d.notice.removed, None);
}

/// Signatures written as labelled lines closing the text; near
/// misses: a last paragraph electing a board (`Ordförande: Anna Ek
/// (S)`), a lone secretary's line.
#[test]
fn signatures_as_labelled_lines_after_the_last_paragraph() {
    let doc = |end: &str| {
        crate::parse(&format!(
            "Kommunstyrelsen\nProtokoll 2025-03-11\n\nBeslutande\nAnna Ek (S), ordförande\nBo Lind (M)\n\n\
             § 1\nVal av styrelse\n\nBeslut\nKommunstyrelsen väljer en styrelse.\n\n{end}"
        ))
    };
    let d = doc("Sekreterare: Eva Holm\nOrdförande: Anna Ek\nJusterare: Bo Lind\n");
    let justerare: Vec<&str> = d
        .justering
        .justerare
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(justerare, ["Bo Lind"]);
    assert_eq!(
        d.secretary.as_ref().map(|p| p.name.as_str()),
        Some("Eva Holm")
    );
    let decision =
        |d: &crate::model::Document| d.paragraphs[0].decision.as_ref().map(|x| x.text.clone());
    assert_eq!(
        decision(&d).as_deref(),
        Some("Kommunstyrelsen väljer en styrelse.")
    );
    let board = doc("Sekreterare: Eva Holm (S)\nOrdförande: Anna Ek (S)\n");
    assert!(board.secretary.is_none());
    assert!(decision(&board).is_some_and(|t| t.contains("Ordförande: Anna Ek (S)")));
    assert!(doc("Sekreterare: Eva Holm\n")
        .justering
        .justerare
        .is_empty());
}

/// The notice's heading alone after the last paragraph (`Anslagsbevis`
/// after a blank line) begins the back: the last paragraph's note ends
/// before it. Near miss: a budget's `Anslag` inside the paragraph.
#[test]
fn a_notice_heading_after_the_last_paragraph_begins_the_back() {
    let src = |heading: &str| {
        format!(
            "Tekniska nämnden 2025-11-05\n\n§ 75 Delegationsbeslut\nBeslut\nRedovisningen godkänns.\n\
             Protokollsanteckning\n\nHelena Kron (C) får lämna en protokollsanteckning: Vi vill se mer.\n\n\
             {heading}\nProtokollet är justerat.\n\nAnslaget sätts upp: 2025-11-11\n"
        )
    };
    let d = crate::parse(&src("Anslagsbevis"));
    let note = &d.paragraphs[0].statements[0].text;
    assert!(!note.contains("justerat"), "{note}");
    assert_eq!(
        d.notice.posted.as_ref().map(|x| x.iso.as_str()),
        Some("2025-11-11")
    );
    let d = crate::parse(&src("Anslag"));
    let p = &d.paragraphs[0];
    assert!(
        p.parts.iter().any(|x| x.text.contains("justerat")),
        "{:?}",
        p.parts
    );
}
