//! Which sentences the votes pass must read: a sentence that holds none of
//! the words any of its tests needs is passed over without them.

/// The words (in lower case) at least one of which every sentence the
/// votes pass acts on holds, each with the byte to find it by (one of
/// [`ANCHORS`], rarer in Swedish than most): the counts (`7 ja`,
/// `nej-röster`, `2 avstår`, `blanka`, `nedlagda`, `som lade ned`, `lägger
/// ned`, `frånvarande`, `röster mot`), the yes and no meanings (`ja för`,
/// `röstar nej`, `vinner nej`), a requested vote (`omröstning`,
/// `votering`), the sides listed in prose (`röst`, `avst`), an option's
/// count line (`... röster`), the casting vote (`utslagsröst`) and lot
/// (`lott`, `singla`).
const WORDS: [(&str, usize); 12] = [
    ("ja", 0),
    ("nej", 2),
    ("röst", 2),
    ("avst", 1),
    ("votering", 0),
    ("frånvarande", 5),
    ("lott", 0),
    ("singla", 4),
    ("nedlagda", 3),
    ("blank", 1),
    ("lade", 0),
    ("lägger", 0),
];

/// The bytes [`WORDS`] are found by: `j`, the second byte of `ö`, `v`, `l`.
const ANCHORS: [u8; 4] = [b'j', 0xb6, b'v', b'l'];

/// Whether the sentence `t` (its lower case `low`) may hold anything the
/// votes pass reads: one of [`WORDS`], or `(` (a voter's own line, `Anna
/// Berg (S) Ja`). `false` is proof that no test of the pass holds. The
/// votes pass asks the two apart ([`holds_word`] decides more there).
#[cfg(test)]
fn may_matter(t: &str, low: &str) -> bool {
    memchr::memchr(b'(', t.as_bytes()).is_some() || holds_word(low)
}

/// Whether the lower case `low` holds one of [`WORDS`]: `false` is proof
/// that no count is written in it and no side's meaning (each of those
/// reads one of the words).
pub(super) fn holds_word(low: &str) -> bool {
    let b = low.as_bytes();
    // Each byte found is tried against the words found by it alone.
    let word_at = |i: usize| {
        WORDS.iter().any(|(w, k)| {
            let w = w.as_bytes();
            w[*k] == b[i] && i >= *k && b[i - k..].starts_with(w)
        })
    };
    memchr::memchr2_iter(ANCHORS[0], ANCHORS[1], b).any(word_at)
        || memchr::memchr2_iter(ANCHORS[2], ANCHORS[3], b).any(|i| {
            // Every word found by `v` or `l` goes on after it with `s`,
            // `o`, `a` or `ä`'s first byte: another byte rules them out.
            matches!(b.get(i + 1), Some(b's' | b'o' | b'a' | 0xc3)) && word_at(i)
        })
}

#[cfg(test)]
mod tests {
    use super::super::counts::counts_in;
    use super::super::meaning::{option_line, wishes};
    use super::super::roll_call::outside_entry;
    use super::*;
    use crate::model::Span;
    use crate::outcome::prose_roll::side_lists;
    use crate::outcome::text::lower;
    use crate::text::has;

    /// Whether any test of the votes pass holds for the sentence `t`.
    fn read(t: &str) -> bool {
        let low = lower(t);
        let span = Span::new(0, t.len());
        outside_entry(t, span).is_some()
            || !side_lists(t, span).is_empty()
            || wishes(t, &low) != (None, None)
            || !counts_in(&low).is_empty()
            || option_line(t, span).is_some()
            || [
                "omröstning",
                "votering",
                "utslagsröst",
                "lott",
                "singla",
                "ja",
                "nej",
            ]
            .iter()
            .any(|w| has(&low, w))
    }

    #[test]
    fn the_words_are_the_sentences_read() {
        assert!(WORDS
            .iter()
            .all(|(w, k)| w.as_bytes().get(*k).is_some_and(|b| ANCHORS.contains(b))));
        // What follows a word's `v` or `l` is one of the bytes
        // `may_matter` lets through.
        for (w, k) in WORDS {
            let w = w.as_bytes();
            if matches!(w[k], b'v' | b'l') {
                assert!(
                    matches!(w.get(k + 1), Some(b's' | b'o' | b'a' | 0xc3)),
                    "{w:?}"
                );
            }
        }
        // Sentences made of words that hold votes, counts and names, and
        // words that hold none, in every order of a small pseudo-random walk.
        let words = [
            "Ja",
            "ja",
            "NEJ",
            "nej-röster",
            "Jaröster",
            "7",
            "fyra",
            "en",
            "som",
            "avstår",
            "Avstod",
            "blanka",
            "nedlagda",
            "lade",
            "ned",
            "lägger",
            "frånvarande",
            "röster",
            "röst",
            "mot",
            "emot",
            "för",
            "Den",
            "som",
            "vill",
            "röstar",
            "vinner",
            "bifallit",
            "omröstning",
            "VOTERING",
            "begärs",
            "utslagsröst",
            "lottning",
            "singla",
            "slant",
            "Anna",
            "Berg",
            "(S)",
            "(M)",
            "X",
            "x",
            "ledamöter",
            "2/3/1",
            "för/emot/blankt",
            "Ärendet",
            "bordläggs",
            "beslutar",
            "enligt",
            "förslaget",
            "Åsa",
            "Öberg",
            "yrkar",
            "bifall",
            "avslag",
            ",",
            ".",
            ":",
            "-",
            "\n",
            "(",
            ")",
            "Kommunstyrelsens",
            "ärende",
            "ej",
            "mejl",
            "projekt",
            "välja",
            "Rösta",
            "RÖST",
            "AVST",
            "LOTT",
            // Whole phrases, each read by one test only.
            "7 som lade ned",
            "2 som lägger ned",
            "3 nedlagda",
            "3 blanka",
            "Blankt 4",
            "4 frånvarande",
            "fyra som avstod",
            "2 ledamöter avstår",
            "9 ja",
            "5 nej",
            "Den som vill bifalla förslaget röstar ja",
            "Ja för förslaget",
            "Nej för förslaget",
            "vinner nej har nämnden bifallit förslaget",
            "Förslaget 12 röster",
            "Nämnden beslutar med 7 röster mot 4",
            "Votering begärs och genomförs",
            "Lottdragning",
            "singla slant",
            "Anna Berg (S) Nej",
        ];
        let mut rng = crate::testing::Rng::new(0x2545_f491_4f6c_dd1d);
        let mut next = |n: usize| rng.below(n);
        let (mut read_some, mut passed) = (0, 0);
        for _ in 0..60_000 {
            let len = 1 + next(5);
            let mut t = String::new();
            for i in 0..len {
                if i > 0 && next(4) > 0 {
                    t.push(' ');
                }
                t.push_str(words[next(words.len())]);
            }
            let low = lower(&t);
            if !holds_word(&low) {
                assert!(
                    counts_in(&low).is_empty() && wishes(&t, &low) == (None, None),
                    "{t:?}"
                );
            }
            if may_matter(&t, &low) {
                read_some += 1;
            } else {
                passed += 1;
                assert!(!read(&t), "{t:?}");
            }
        }
        assert!(read_some > 1000 && passed > 1000, "{read_some} {passed}");
    }
}
