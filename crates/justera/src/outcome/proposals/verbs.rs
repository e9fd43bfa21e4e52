//! Where a sentence's proposing verb starts (`yrkar`, `föreslår`,
//! `ställer sig bakom`): in one sentence, or in every sentence of a part
//! by one search of the part.

use super::super::prepared::Prepared;
use super::super::text::Sentence;
use memchr::memmem::Finder;
use std::borrow::Borrow;

/// Verbs that make a proposal, as they start (lower case), each with the
/// byte that was its anchor (kept for the tests' generated sentences).
const PROPOSE_BY: [(&str, usize); 9] = [
    ("yrkar", 0),
    ("yrkade", 0),
    ("yrkas", 0),
    ("föreslår", 2),
    ("föreslog", 2),
    ("instämmer", 5),
    ("instämde", 5),
    ("ställer sig bakom", 3),
    ("ställde sig bakom", 3),
];

/// The stems the verbs of [`PROPOSE_BY`] open with, each with its verbs
/// (indexes into it).
const STEMS: [(&str, &[usize]); 4] = [
    ("yrka", &[0, 1, 2]),
    ("föresl", &[3, 4]),
    ("instäm", &[5, 6]),
    ("ställ", &[7, 8]),
];

/// Where the first proposing verb starts, on a word boundary: each stem
/// of [`STEMS`] looked for by a search built once (two of its rarer bytes
/// at a time), its places tried against its own verbs until one holds.
pub(super) fn verb_at(low: &str) -> Option<usize> {
    let finders = finders();
    let b = low.as_bytes();
    let boundary = |at: usize| at == 0 || !low[..at].ends_with(|c: char| c.is_alphanumeric());
    STEMS
        .iter()
        .zip(finders)
        .filter_map(|((_, verbs), f)| {
            f.find_iter(b).find(|&at| {
                verbs
                    .iter()
                    .any(|&v| b[at..].starts_with(PROPOSE_BY[v].0.as_bytes()))
                    && boundary(at)
            })
        })
        .min()
}

/// The searches for [`STEMS`], built once.
fn finders() -> &'static [Finder<'static>] {
    static FINDERS: std::sync::OnceLock<Vec<Finder<'static>>> = std::sync::OnceLock::new();
    FINDERS.get_or_init(|| STEMS.iter().map(|(s, _)| Finder::new(s)).collect())
}

/// [`verb_at`] of each sentence of `ss`, all of them within `part`: each
/// stem looked for once in the part's lower case rather than once in
/// every sentence (a search costs most in starting, and a part holds many
/// short sentences).
pub(super) fn verbs_in(
    prep: &Prepared,
    part: crate::model::Span,
    ss: &[Sentence],
) -> Vec<Option<usize>> {
    prep.per_sentence(part, ss, verb_at, |low, w| verbs_in_low(low, w))
}

/// [`verb_at`] of each `low[from..to]` of `spans` (lower case keeps every
/// offset, so a sentence's lower case is this slice of its part's). Every
/// place a verb starts in `low` is found first, with the length of the
/// shortest verb there; a sentence's verb is the first such place within
/// it whose verb ends within it, at its start or after a character that
/// is no letter or digit (the character before stands in the sentence).
/// A stem never overlaps itself, so the part's search finds every place
/// the sentence's would.
fn verbs_in_low<S: Borrow<(usize, usize)>>(
    low: &str,
    spans: impl IntoIterator<Item = S>,
) -> Vec<Option<usize>> {
    let b = low.as_bytes();
    let mut places: Vec<(usize, usize)> = Vec::new();
    for ((_, verbs), f) in STEMS.iter().zip(finders()) {
        for at in f.find_iter(b) {
            let shortest = verbs
                .iter()
                .map(|&v| PROPOSE_BY[v].0)
                .filter(|v| b[at..].starts_with(v.as_bytes()))
                .map(str::len)
                .min();
            if let Some(len) = shortest {
                places.push((at, len));
            }
        }
    }
    places.sort_unstable();
    spans
        .into_iter()
        .map(|s| {
            let (from, to) = *s.borrow();
            let first = places.partition_point(|&(at, _)| at < from);
            places[first..]
                .iter()
                .take_while(|&&(at, _)| at < to)
                .find(|&&(at, len)| {
                    at + len <= to
                        && (at == from || !low[..at].ends_with(|c: char| c.is_alphanumeric()))
                })
                .map(|&(at, _)| at - from)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`verb_at`] as it was: each verb looked for on its own.
    fn verb_at_by_verb(low: &str) -> Option<usize> {
        PROPOSE_BY
            .iter()
            .filter_map(|(v, _)| {
                let mut from = 0;
                while let Some(k) = low[from..].find(v) {
                    let at = from + k;
                    if at == 0 || !low[..at].ends_with(|c: char| c.is_alphanumeric()) {
                        return Some(at);
                    }
                    from = at + v.len();
                }
                None
            })
            .min()
    }

    #[test]
    fn verb_at_is_the_first_verb_of_any() {
        // Every verb under the one stem it opens with.
        for (k, (v, _)) in PROPOSE_BY.iter().enumerate() {
            let under: Vec<&str> = STEMS
                .iter()
                .filter(|(_, vs)| vs.contains(&k))
                .map(|(s, _)| *s)
                .collect();
            assert!(matches!(under[..], [s] if v.starts_with(s)), "{v}");
        }
        let words = [
            "yrkar",
            "yrkade",
            "yrkas",
            "föreslår",
            "föreslog",
            "instämmer",
            "instämde",
            "ställer sig bakom",
            "ställde sig bakom",
            "ställer",
            "sig",
            "bakom",
            "anna",
            "ek",
            "(m)",
            "x",
            "å",
            "ä",
            "ö",
            "2",
            "-",
            ",",
            ".",
            "bifall",
            "förslag",
            "om",
            "i",
        ];
        let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15);
        for _ in 0..40_000 {
            let t = rng.phrase(&words, 7);
            assert_eq!(verb_at(&t), verb_at_by_verb(&t), "{t:?}");
        }
    }

    #[test]
    fn verbs_in_a_part_are_each_sentences_verb() {
        let words = [
            "yrkar",
            "yrkade",
            "yrkas",
            "föreslår",
            "föreslog",
            "instämmer",
            "instämde",
            "ställer sig bakom",
            "ställde sig bakom",
            "ställer",
            "yrka",
            "instäm",
            "anna",
            "(m)",
            "x",
            "å",
            "ä",
            "ö",
            ".",
            ",",
            "-",
            "2",
        ];
        let mut rng = crate::testing::Rng::new(0x9b05_688c_2b3e_6c1f);
        let mut found = 0;
        for _ in 0..20_000 {
            let t = rng.phrase(&words, 14);
            let spans = rng.sentences_of(&t);
            let each: Vec<Option<usize>> = spans.iter().map(|&(a, b)| verb_at(&t[a..b])).collect();
            assert_eq!(verbs_in_low(&t, &spans), each, "{t:?} {spans:?}");
            found += each.iter().flatten().count();
        }
        assert!(found > 5000, "{found}");
    }
}
