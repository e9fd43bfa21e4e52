//! The roll call's byte tests compared with the readings they stand for,
//! on generated text.

use super::*;

#[test]
fn a_text_without_a_bar_a_tab_or_two_spaces_holds_no_roll_call() {
    let pieces = [
        "Ledamot",
        "Namn",
        "Parti",
        "Ja",
        "Nej",
        "Avstår",
        "X",
        "x",
        "1",
        "Anna Berg (S)",
        "Per Ek",
        "M",
        "Summa",
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "\n",
        "\n\n",
        "|",
        "|---|",
        "\t",
        "<!-- sida 2 -->",
        "\u{c}",
        "§ 1",
        "Omröstningsresultat",
        "\u{a0}",
        "\n| Ledamot | Ja | Nej |\n",
        "\n| Anna Berg (S) | X | |\n",
        "\nNamn        Parti  Ja  Nej\n",
        "\nOtto Falk   M      1\n",
        "\nLedamot\tJa\tNej\n",
        "\nPer Ek (M)\t\tX\n",
    ];
    let mut rng = crate::testing::Rng::new(0x0011_ca11);
    let (mut found, mut none) = (0, 0);
    for _ in 0..30_000 {
        let t = rng.pieces(&pieces, 40);
        let read = rows(&t, Span::new(0, t.len()), 1);
        let b = t.as_bytes();
        if memchr::memchr2(b'|', b'\t', b).is_none() && !two_spaces(b) {
            assert!(read.is_empty(), "{t:?}");
            none += 1;
        }
        found += usize::from(!read.is_empty());
    }
    assert!(found > 100 && none > 1000, "{found} {none}");
}

#[test]
fn a_line_without_two_spaces_together_is_no_header() {
    let pieces = [
        " ",
        "  ",
        "   ",
        "Ledamot",
        "Namn",
        "Parti",
        "Ja",
        "Nej",
        "Avstår",
        "Frånvarande",
        "Omröstningsresultat",
        "§ 1",
        "Ja/Nej",
        "\u{a0}",
        "Röst",
    ];
    let mut rng = crate::testing::Rng::new(0xa119_4ead);
    let mut headers = 0;
    for _ in 0..20_000 {
        let t = rng.pieces(&pieces, 12);
        let header = aligned_header(t.trim_end(), 1, None).is_some();
        assert!(!header || two_spaces(t.trim().as_bytes()), "{t:?}");
        headers += usize::from(header);
    }
    assert!(headers > 100, "{headers}");
}

#[test]
fn two_spaces_are_found_as_by_pairs_of_bytes() {
    let pieces = [
        " ", "  ", "a", "Ja", "\t", "ä", "(S)", "-", "!", "\u{a0}", "\u{80}",
    ];
    let mut rng = crate::testing::Rng::new(0x7a5e_0002);
    for _ in 0..20_000 {
        let t = rng.pieces(&pieces, 24);
        let b = t.as_bytes();
        assert_eq!(two_spaces(b), b.windows(2).any(|w| w == b"  "), "{t:?}");
    }
}
