//! Whose proposal a phrase names: the base proposal's sources
//! (`arbetsutskottets förslag`, any `...kontorets förslag`), the kind words
//! (`tilläggsyrkande`) and parties by the stem of their names.

use crate::model::*;
use crate::outcome::bytes::find_by;
#[cfg(test)]
use crate::text::find_str;
use crate::text::has;

/// Words that name a proposal by its kind.
pub(crate) const KIND_WORDS: [(&str, ProposalKind); 6] = [
    ("ändrade förslag", ProposalKind::Amend),
    ("ändringsyrkande", ProposalKind::Amend),
    ("tilläggsyrkande", ProposalKind::Add),
    ("återremissyrkande", ProposalKind::ReferBack),
    ("bordläggningsyrkande", ProposalKind::Postpone),
    ("avslagsyrkande", ProposalKind::Reject),
];

/// Where each word of [`KIND_WORDS`] first stands in `low`, as
/// `low.find(word)`: the five ending in `yrkande` read off the places of
/// that word, found once by a search built once (it never overlaps
/// itself, so every place such a word stands ends on one of them, and
/// the first that the word's head stands before is its first), the
/// others each by its own search. Each word looked for on its own opens
/// with a common letter (`a`, `t`, `b`, or `å`'s and `ä`'s first byte),
/// each place of which its search stopped at.
pub(super) fn kind_words_in(low: &str) -> [Option<usize>; KIND_WORDS.len()] {
    const TAIL: &str = "yrkande";
    static F: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let b = low.as_bytes();
    let mut at: [Option<usize>; KIND_WORDS.len()] = KIND_WORDS.map(|(w, _)| {
        // `None` for a word of the tail, found below.
        (!w.ends_with(TAIL)).then(|| crate::text::find_str(low, w))?
    });
    for end in F
        .get_or_init(|| memchr::memmem::Finder::new(TAIL))
        .find_iter(b)
    {
        for ((w, _), at) in KIND_WORDS.iter().zip(at.iter_mut()) {
            let Some(head) = w.strip_suffix(TAIL).filter(|_| at.is_none()) else {
                continue;
            };
            let from = end.wrapping_sub(head.len());
            if end >= head.len() && &b[from..end] == head.as_bytes() {
                *at = Some(from);
            }
        }
    }
    at
}

/// The stems that name a proposal by its kind when no word of
/// [`KIND_WORDS`] named one (`återremiss`, `bordläggning`, `avslag`).
pub(super) const KIND_STEMS: [(&str, ProposalKind); 4] = [
    ("återremi", ProposalKind::ReferBack),
    ("bordlägg", ProposalKind::Postpone),
    ("avslag", ProposalKind::Reject),
    ("avslå", ProposalKind::Reject),
];

/// Parties by the stem of their names, with their letters.
pub(super) const PARTIES: [(&str, &str); 8] = [
    ("socialdemokrat", "S"),
    ("moderat", "M"),
    ("sverigedemokrat", "SD"),
    ("centerpartiet", "C"),
    ("vänsterpartiet", "V"),
    ("kristdemokrat", "KD"),
    ("liberal", "L"),
    ("miljöpartiet", "MP"),
];

/// Whose proposal the base proposal is, as named in the text: the first
/// of [`sources`], read without listing them. The first phrase at the
/// first place any stands is never taken by another (one that covers it
/// stands no later), so it is the least (place, order of finding): the
/// phrases of `SOURCES` in their order, then any other body's.
pub(super) fn base_source(low: &str) -> Option<(usize, &str)> {
    const WORD: &str = "förslag";
    let b = low.as_bytes();
    let mut best: Option<(usize, usize, &str)> = None;
    let mut consider = |at: usize, order: usize, v: &'static str| {
        if best.is_none_or(|(a, o, _)| (at, order) < (a, o)) {
            best = Some((at, order, v));
        }
    };
    let mut body: Option<(usize, usize)> = None;
    for w in word_finder().find_iter(b) {
        for (order, (k, v)) in SOURCES.iter().enumerate() {
            let at = match k.strip_suffix(WORD) {
                Some(tail) => w.checked_sub(tail.len()),
                None => Some(w).filter(|_| k.starts_with(WORD)),
            };
            if let Some(at) = at.filter(|&at| b[at..].starts_with(k.as_bytes())) {
                consider(at, order, v);
            }
        }
        if body.is_some() {
            continue;
        }
        let Some(end) = w.checked_sub(1).filter(|&e| b[e] == b' ') else {
            continue;
        };
        let word_start = word_start(low, end);
        if BODIES.iter().any(|b| low[word_start..end].ends_with(b)) {
            body = Some((word_start, end + WORD.len() + 1));
        }
    }
    for (order, (k, v)) in SOURCES.iter().enumerate() {
        if !k.ends_with(WORD) && !k.starts_with(WORD) {
            let rare = if k.ends_with("yttrande") { 16 } else { 17 };
            if let Some(at) = find_by(low, k, rare) {
                consider(at, order, v);
            }
        }
    }
    match (best, body) {
        (Some((a, _, v)), Some((s, _))) if a <= s => Some((a, v)),
        (_, Some((s, e))) => Some((s, &low[s..e])),
        (best, None) => best.map(|(a, _, v)| (a, v)),
    }
}

/// The phrases that name a base proposal, each with its canonical name.
const SOURCES: [(&str, &str); 18] = [
    (
        "kommunstyrelsens arbetsutskotts förslag",
        "kommunstyrelsens arbetsutskotts förslag",
    ),
    ("arbetsutskottets förslag", "arbetsutskottets förslag"),
    ("arbetsutskotts förslag", "arbetsutskottets förslag"),
    (
        "kommunstyrelsens förvaltnings förslag",
        "kommunstyrelsens förvaltnings förslag",
    ),
    ("förvaltningens förslag", "förvaltningens förslag"),
    ("förvaltningens tjänsteutlåtande", "förvaltningens förslag"),
    ("förvaltningens yttrande", "förvaltningens förslag"),
    ("ordförandens förslag", "ordförandens förslag"),
    ("presidiets förslag", "presidiets förslag"),
    ("utskottets förslag", "utskottets förslag"),
    ("styrelsens förslag", "styrelsens förslag"),
    ("kommunstyrelsens förslag", "kommunstyrelsens förslag"),
    ("beredningens förslag", "beredningens förslag"),
    ("nämndens förslag", "nämndens förslag"),
    ("föreliggande förslag", "liggande förslag"),
    ("liggande förslag", "liggande förslag"),
    ("kommunstyrelsen förslag", "kommunstyrelsens förslag"),
    ("förslaget till beslut", "förslaget till beslut"),
];

/// Any other body's or office's proposal: `stadskontorets förslag`,
/// `tekniska nämndens förslag`, `regionstyrelsens förslag`.
const BODIES: [&str; 9] = [
    "kontorets",
    "nämndens",
    "styrelsens",
    "utskottets",
    "förvaltningens",
    "beredningens",
    "direktionens",
    "presidiets",
    "avdelningens",
];

/// Every base-proposal phrase in the text, in order: (position, canonical name).
///
/// Every phrase but two ends in `förslag` or opens with it: the places of
/// `förslag` are found once, and a phrase is looked for only where it
/// would end (or open) on one of them; the two others (`förvaltningens
/// tjänsteutlåtande`, `förvaltningens yttrande`) are looked for by their
/// rarest byte.
/// Each name a canonical one or the phrase's own bytes of `low`, borrowed.
pub(super) fn sources<'a>(low: &'a str) -> Vec<(usize, &'a str)> {
    const WORD: &str = "förslag";
    let b = low.as_bytes();
    let at_word: Vec<usize> = word_finder().find_iter(b).collect();
    if at_word.is_empty() && !(has(low, "tjänsteutlåtande") || has(low, "yttrande")) {
        return Vec::new();
    }
    let mut out: Vec<(usize, &'a str, usize)> = Vec::new();
    let push = |out: &mut Vec<(usize, &'a str, usize)>, at: usize, k: &str, v: &'a str| {
        // A longer phrase found first owns its span (`kommunstyrelsens
        // arbetsutskotts förslag` is not also `arbetsutskotts förslag`).
        if !out.iter().any(|(a, _, len)| *a <= at && at < a + len) {
            out.push((at, v, k.len()));
        }
    };
    for (k, v) in SOURCES {
        // No phrase overlaps itself (a test shows it): every place it
        // stands is found, as a search from after each place would.
        if let Some(tail) = k.strip_suffix(WORD) {
            for &w in &at_word {
                if let Some(at) = w.checked_sub(tail.len()) {
                    if b[at..].starts_with(k.as_bytes()) {
                        push(&mut out, at, k, v);
                    }
                }
            }
        } else if k.starts_with(WORD) {
            for &at in &at_word {
                if b[at..].starts_with(k.as_bytes()) {
                    push(&mut out, at, k, v);
                }
            }
        } else {
            // `förvaltningens t|jänsteutlåtande`, `förvaltningens |yttrande`.
            let rare = if k.ends_with("yttrande") { 16 } else { 17 };
            let mut from = 0;
            while let Some(i) = find_by(&low[from..], k, rare) {
                let at = from + i;
                push(&mut out, at, k, v);
                from = at + k.len();
            }
        }
    }
    for &w in &at_word {
        // ` förslag`: the word before ends at the space.
        let Some(end) = w.checked_sub(1).filter(|&e| b[e] == b' ') else {
            continue;
        };
        let word_start = word_start(low, end);
        let word = &low[word_start..end];
        let taken = out
            .iter()
            .any(|(a, _, len)| *a <= word_start && word_start < a + len);
        if taken || !BODIES.iter().any(|b| word.ends_with(b)) {
            continue;
        }
        let phrase = &low[word_start..end + " förslag".len()];
        out.push((word_start, phrase, phrase.len()));
    }
    out.sort_by_key(|(a, _, _)| *a);
    out.into_iter().map(|(a, v, _)| (a, v)).collect()
}

/// Where the word that ends at `end` starts: after the character before
/// it that is not a letter, a digit or `-`, whatever that character's
/// width (`�` is three bytes).
fn word_start(low: &str, end: usize) -> usize {
    low[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(crate::text::is_alpha(c) || c.is_numeric()) && c != '-')
        .map_or(0, |(k, c)| k + c.len_utf8())
}

/// A search for `förslag`, built once.
fn word_finder() -> &'static memchr::memmem::Finder<'static> {
    static F: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    F.get_or_init(|| memchr::memmem::Finder::new("förslag"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`sources`] as it was: each phrase looked for on its own.
    fn sources_plain(low: &str) -> Vec<(usize, String)> {
        if !(has(low, "förslag") || has(low, "tjänsteutlåtande") || has(low, "yttrande")) {
            return Vec::new();
        }
        let mut out: Vec<(usize, String, usize)> = Vec::new();
        for (k, v) in SOURCES {
            let mut from = 0;
            while let Some(i) = find_str(&low[from..], k) {
                let at = from + i;
                if !out.iter().any(|(a, _, len)| *a <= at && at < a + len) {
                    out.push((at, v.to_string(), k.len()));
                }
                from = at + k.len();
            }
        }
        let mut from = 0;
        while let Some(i) = find_str(&low[from..], " förslag") {
            let end = from + i;
            from = end + 1;
            let word_start = low[..end]
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_alphanumeric() && c != '-')
                .map_or(0, |(k, c)| k + c.len_utf8());
            let word = &low[word_start..end];
            let taken = out
                .iter()
                .any(|(a, _, len)| *a <= word_start && word_start < a + len);
            if taken || !BODIES.iter().any(|b| word.ends_with(b)) {
                continue;
            }
            let phrase = &low[word_start..end + " förslag".len()];
            out.push((word_start, phrase.to_string(), phrase.len()));
        }
        out.sort_by_key(|(a, _, _)| *a);
        out.into_iter().map(|(a, v, _)| (a, v)).collect()
    }

    /// The words the generated phrases are made of.
    const WORDS: [&str; 37] = [
        "kommunstyrelsens",
        "kommunstyrelsen",
        "arbetsutskotts",
        "arbetsutskottets",
        "förvaltnings",
        "förvaltningens",
        "tjänsteutlåtande",
        "yttrande",
        "ordförandens",
        "presidiets",
        "utskottets",
        "styrelsens",
        "beredningens",
        "nämndens",
        "stadskontorets",
        "regionstyrelsens",
        "avdelningens",
        "direktionens",
        "tekniska",
        "föreliggande",
        "liggande",
        "förslag",
        "förslaget",
        "förslagen",
        "till",
        "beslut",
        "bifall",
        "avslag",
        "x-",
        "å",
        "½",
        "ª",
        "–",
        "§",
        "�",
        ",",
        ".",
    ];

    #[test]
    fn no_phrase_overlaps_itself_and_the_rare_bytes_are_its_own() {
        for (k, _) in SOURCES {
            for n in 1..k.len() {
                assert!(!(k.is_char_boundary(n) && k.ends_with(&k[..n])), "{k}");
            }
        }
        assert_eq!(&SOURCES[5].0.as_bytes()[17..18], b"j");
        assert_eq!(&SOURCES[6].0.as_bytes()[16..17], b"y");
    }

    #[test]
    fn the_sources_are_found_as_one_by_one() {
        let mut rng = crate::testing::Rng::new(0x5017_ce55);
        let (mut some, mut none) = (0, 0);
        for _ in 0..40_000 {
            let t = rng.phrase(&WORDS, 8);
            let want = sources_plain(&t);
            let got: Vec<(usize, String)> = sources(&t)
                .into_iter()
                .map(|(a, v)| (a, v.to_string()))
                .collect();
            assert_eq!(got, want, "{t:?}");
            if want.is_empty() {
                none += 1;
            } else {
                some += 1;
            }
        }
        assert!(some > 1000 && none > 1000, "{some} {none}");
    }

    /// The pieces the texts [`kind_words_in`] reads are made of: the kind
    /// words, their heads and tail apart, words near them, and the edge
    /// pieces.
    const KIND_PIECES: [&str; 30] = [
        "ändrade förslag",
        "ändringsyrkande",
        "tilläggsyrkande",
        "återremissyrkande",
        "bordläggningsyrkande",
        "avslagsyrkande",
        "yrkande",
        "yrkandet",
        "ändrings",
        "tilläggs",
        "återremiss",
        "bordläggnings",
        "avslags",
        "ändrade",
        " förslag",
        "yrk",
        "ande",
        "s",
        " ",
        "§",
        "å",
        "ä",
        "ö",
        "É",
        "\t",
        "\u{a0}",
        "\r",
        "7",
        "Å",
        "Ä",
    ];

    /// [`kind_words_in`] is each word's own search, on generated text.
    #[test]
    fn the_kind_words_are_found_as_each_alone() {
        let mut rng = crate::testing::Rng::new(0x6b69_6e64);
        let mut found = 0;
        for _ in 0..40_000 {
            let t = rng.pieces(&KIND_PIECES, 9);
            let want = KIND_WORDS.map(|(w, _)| t.find(w));
            assert_eq!(kind_words_in(&t), want, "{t:?}");
            found += want.iter().flatten().count();
        }
        assert!(found > 20_000, "{found}");
    }

    #[test]
    fn the_base_source_is_the_first_of_the_sources() {
        let mut rng = crate::testing::Rng::new(0xba5e_5017);
        let mut some = 0;
        for _ in 0..40_000 {
            let t = rng.phrase(&WORDS, 8);
            let want = sources(&t).into_iter().next();
            assert_eq!(base_source(&t), want, "{t:?}");
            some += usize::from(want.is_some());
        }
        assert!(some > 1000 && some < 39_000, "{some}");
    }
}
