//! A column header turned away by its letters reads as when read.

use super::*;

/// A line without an `ä` turned away unfolded reads as when folded and
/// read: lines of the headers' words in several cases, an `a` with a
/// combining diaeresis, edge bytes, names, words of 15 to 17 bytes.
#[test]
fn a_header_without_an_a_umlaut_is_none_as_read() {
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
    let mut rng = crate::testing::Rng::new(0x6a09_e667_f3bc_c908);
    for _ in 0..50_000 {
        let t = rng.phrase(&WORDS, 6);
        assert_eq!(header(&t), header_folded(&fold(&t)), "{t:?}");
    }
}
