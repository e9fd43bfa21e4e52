//! `unread-structure`'s tests: each fast reading held to its plain one.

use super::*;
use crate::rules::structure::trace_words::{lower, words};
use crate::text::ascii_ci_at;

/// The heads' number texts of [`numbers_are_the_sets`]' paragraphs.
const NUMBER_TEXTS: &[&str] = &["", "12", "12 a", "13-14", "13–15", "§§ 2-4", "0", "9 b"];

/// [`number_list`] searched by halving holds the numbers a hash set of
/// them holds: generated paragraphs (joint heads, repeats, 0), every
/// number asked and those beside them.
#[test]
fn numbers_are_the_sets() {
    let mut rng = crate::testing::Rng::new(0x3c6e_f372_fe94_f82b);
    for _ in 0..2_000 {
        let ps: Vec<Paragraph> = (0..rng.below(12))
            .map(|_| Paragraph {
                number: rng.below(20) as u32,
                number_text: NUMBER_TEXTS[rng.below(NUMBER_TEXTS.len())].to_string(),
                ..Paragraph::default()
            })
            .collect();
        let refs: Vec<&Paragraph> = ps.iter().collect();
        let set: std::collections::HashSet<u32> = refs
            .iter()
            .flat_map(|p| p.number..=p.last_number())
            .collect();
        let list = number_list(&refs);
        for n in 0..30 {
            assert_eq!(list.binary_search(&n).is_ok(), set.contains(&n), "{n}");
        }
    }
}

#[test]
fn heads_and_references() {
    assert_eq!(head("§ 12"), Some(12));
    assert_eq!(head("§12 Budget 2025"), Some(12));
    assert_eq!(head("§ 12 KS 2024/31"), Some(12));
    assert_eq!(head("§ 12/2024 Budget"), Some(12));
    assert_eq!(head("KS § 45"), Some(45));
    assert_eq!(head("§ 12 - Budget"), Some(12));
    assert_eq!(head("§ 12, 13 och 14"), None);
    assert_eq!(head("§ 12 beslutade nämnden"), None);
    assert_eq!(head("§§ 1-4"), None);
    assert_eq!(head("enligt 5 kap. 66 § kommunallagen"), None);
    assert_eq!(head("66 § kommunallagen"), None);
    assert_eq!(head("Kommunstyrelsen § 4"), None);
}

#[test]
fn vote_traces() {
    assert!(vote_trace("Omröstning"));
    assert!(vote_trace("Omröstning begärs och verkställs."));
    assert!(!vote_trace("Omröstning begärs inte."));
    assert!(vote_trace(
        "Med 7 ja-röster mot 6 nej-röster beslutar nämnden"
    ));
    assert!(vote_trace("Ja: 7"));
    assert!(vote_trace("JA: 7, NEJ: 6"));
    assert!(vote_trace("OMRÖSTNING"));
    assert!(vote_trace("– Omröstning begärs."));
    assert!(!vote_trace("Området omfattar 7 kvarter."));
    assert!(vote_trace("7 röster för, (ja) 6"));
    assert!(!vote_trace("Maja 7, Janne 6"));
    assert!(vote_trace("ÅJA 3, ja 7"));
    assert_eq!(vote_trace("İja 7"), words(&lower("İja 7")).contains(&"ja"));
    assert!(vote_trace("Resultat: 7 ja och 6 nej"));
    assert!(vote_trace("Anna Ek (S) och Bo Berg (S) röstade ja."));
    assert!(vote_trace("7 röster ja, 6 röster nej"));
    assert!(!vote_trace("Ja, det beslutar nämnden."));
    assert!(!vote_trace("Ja-röst innebär bifall till förslaget."));
    assert!(!vote_trace("röster för förslaget"));
    assert!(!vote_trace("omröstningsperioden."));
}

#[test]
fn found_by_any_letter_as_by_the_first() {
    let by_first = |t: &str, pat: &[u8]| -> Vec<usize> {
        (0..t.len())
            .filter(|&i| {
                t.as_bytes()
                    .get(i..i + pat.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(pat))
            })
            .collect()
    };
    for t in [
        "",
        "j",
        "nej",
        "NEJ nej",
        "nenej",
        "ja",
        "Ja ja-röst",
        "ejnej",
        "reserver",
        "RESERVERAR reserverade",
        "reservera",
        "serverar",
        "åj nej",
        "jnej",
    ] {
        for (pat, k) in [(&b"ja"[..], 0), (b"nej", 2), (b"reserver", 5)] {
            let mut got: Vec<usize> = ascii_ci_at(t, pat, k).collect();
            got.sort_unstable();
            assert_eq!(got, by_first(t, pat), "{t:?} {pat:?}");
        }
    }
}

/// Every line [`vote_trace`]'s words find passes [`may_trace_vote`];
/// generated lines of yes and no words, their look-alikes and letters
/// whose lower case has another length.
#[test]
fn the_vote_prefilter_misses_no_trace() {
    let mut rng = crate::testing::Rng::new(0x853c_49e6_748f_ea9bu64);
    let mut traces = 0;
    for _ in 0..60_000 {
        let t = rng.pieces(PIECES, 8);
        // `vote_trace` without its prefilter.
        let low = lower(&t);
        let w = words(&low);
        let yes_no = |x: &str| {
            matches!(
                x,
                "ja" | "nej" | "ja-röster" | "nej-röster" | "jaröster" | "nejröster" | "ja-röst"
            )
        };
        let omr = w.first().is_some_and(|x| x.starts_with("omr"));
        if w.iter().any(|x| yes_no(x)) || omr {
            traces += 1;
            assert!(may_trace_vote(&t), "{t:?}");
        }
    }
    assert!(traces > 5_000, "{traces}");
    assert!(!may_trace_vote(
        "Jag föreslår i januari att Maja får nejlikor."
    ));
}

/// [`may_trace_vote_marked`] is [`may_trace_vote`] on every line and
/// every cut of a line of generated texts (a line cut at a mark's
/// second letter, a word cut in two).
#[test]
fn the_vote_prefilter_from_the_marks_is_the_search() {
    use crate::rules::structure::trace_marks::Marks;
    let mut rng = crate::testing::Rng::new(0x3c6e_f372_fe94_f82b);
    let mut passed = 0;
    for _ in 0..20_000 {
        // One to four lines of the pieces.
        let lines: Vec<String> = (0..=rng.below(4)).map(|_| rng.pieces(PIECES, 8)).collect();
        let src = lines.join("\n");
        let m = Marks::new(&src);
        let mut from = 0;
        for line in src.split('\n') {
            let end = from + line.len();
            for (a, b) in [(from, end), (from + 1, end), (from, end.saturating_sub(1))] {
                let (Some(t), true) = (src.get(a..b), a <= b) else {
                    continue;
                };
                let k = m.yes_no.partition_point(|&x| x < a);
                let got = may_trace_vote_marked(&src, &m.yes_no[k..], a, b);
                assert_eq!(got, may_trace_vote(t), "{t:?} in {src:?}");
                passed += usize::from(got);
            }
            from = end + 1;
        }
    }
    assert!(passed > 5_000, "{passed}");
}

/// The pieces of this file's generated lines: yes, no and reservation
/// words in several cases and their look-alikes, letters whose lower
/// case has another length, the edge characters (`§`, Swedish letters in
/// both cases, a tab, a no-break space, a carriage return, digits).
const PIECES: &[&str] = &[
    "ja",
    "Ja",
    "JA",
    "nej",
    "NEJ",
    "ej",
    "e",
    "j",
    "J",
    "a",
    "n",
    "-röster",
    "röst",
    "RÖST",
    "jag",
    "eja",
    "omröstning",
    "Omr",
    "reserverar",
    "RESERVERADE",
    "reserve",
    "r",
    "v",
    "sig",
    "ingen",
    "7",
    "12",
    " ",
    ", ",
    "-",
    "§",
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
    "İ",
    "ẞ",
    "\u{212a}",
    "x",
    "Nej",
    "röster",
    "-RÖSTER",
    "-röst",
    "ja-röster",
    "nej-röster",
    "jaröster",
    "NEJRÖSTER",
    "Ja-röst",
    "januari",
    "Maja",
    "nejlika",
    "Omröstningen",
    "röstade",
    "röstar",
    ": ",
    "(",
    ")",
    "nejnej",
];

/// [`copy_prefilters`] gives [`may_trace_vote`] and
/// [`may_trace_reservation`] of generated lines, read one after another
/// through the same kept buffers (a short line after a long one).
#[test]
fn a_copys_prefilters_are_the_searches() {
    let mut rng = crate::testing::Rng::new(0x6a09_e667_f3bc_c908);
    let mut low = Lowered::new();
    let (mut votes, mut reservations) = (0, 0);
    for _ in 0..40_000 {
        let t = rng.pieces(PIECES, 30);
        let plain = (may_trace_vote(&t), may_trace_reservation(&t));
        assert_eq!(copy_prefilters(&mut low, &t), plain, "{t:?}");
        votes += usize::from(plain.0);
        reservations += usize::from(plain.1);
    }
    assert!(
        votes > 5_000 && reservations > 2_000,
        "{votes} {reservations}"
    );
}

#[test]
fn reservation_traces() {
    assert!(reservation_trace(
        "Bo Berg (M) reserverar sig mot beslutet."
    ));
    assert!(reservation_trace("M-gruppen reserverade sig."));
    assert!(reservation_trace("BO BERG (M) RESERVERAR SIG."));
    assert!(!reservation_trace("Ingen reserverar sig."));
    assert!(!reservation_trace("Reservationer"));
}
