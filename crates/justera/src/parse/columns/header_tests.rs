//! A column header turned away by its letters reads as when read.

use super::*;

/// Words lines are made of: the headers' words in several cases, an `a`
/// with a combining diaeresis, edge bytes, a name, words of 15 to 17 bytes.
const WORDS: [&str; 24] = [
    "Ledamöter",
    "ERSÄTTARE",
    "ersättare",
    "Ersattare",
    "Tjänstgörande",
    "tjänstemän",
    "Tjänstepersoner",
    "övriga",
    "ÖVRIGA",
    "personalföreträdare",
    "PERSONALFÖRETRÄDARE",
    "ej",
    "Beslutande",
    "ordinarie",
    "ersa\u{308}ttare",
    "É §",
    "\t",
    "\u{a0}",
    "\r",
    "",
    "Anna Ek (S)",
    "abcdefghijklmno",
    "abcdefghijklmnop",
    "abcdefghijklmnopq",
];

/// A line without an `ä` turned away unfolded reads as when folded and
/// read.
#[test]
fn a_header_without_an_a_umlaut_is_none_as_read() {
    let mut rng = crate::testing::Rng::new(0x6a09_e667_f3bc_c908);
    for _ in 0..50_000 {
        let t = rng.phrase(&WORDS, 6);
        assert_eq!(header(&t), header_folded(&fold(&t)), "{t:?}");
    }
}

/// The members' and substitutes' header, asked only of a text ending in
/// `ersättare`, reads as when asked of every text first.
#[test]
fn members_and_substitutes_asked_by_their_last_word_as_read() {
    let mut rng = crate::testing::Rng::new(0x510e_527f_ade6_82d1);
    for _ in 0..50_000 {
        let f = fold(&rng.phrase(&WORDS, 6));
        let plain = members_and_substitutes(&f).or_else(|| header_folded(&f));
        assert_eq!(header_folded(&f), plain, "{f:?}");
    }
}
