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
        "  \n",
        "\n  ",
        "Ledamot  Ja  Nej  \n",
    ];
    let mut rng = crate::testing::Rng::new(0x0011_ca11);
    let (mut found, mut none) = (0, 0);
    for _ in 0..30_000 {
        let t = rng.pieces(&pieces, 40);
        let read = rows(&t, Span::new(0, t.len()), 1);
        let b = t.as_bytes();
        if memchr::memchr2(b'|', b'\t', b).is_none() && !spaced_line(&t) {
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

#[test]
fn a_spaced_line_is_one_whose_text_holds_two_spaces() {
    let pieces = [
        " ",
        "  ",
        "   ",
        "\n",
        "\n",
        "a",
        "Ja",
        "\t",
        "ä",
        "\u{a0}",
        "\r",
        "x".repeat(50).leak(),
        "  \n",
        "\n  ",
        "Ledamot  Ja",
    ];
    let mut rng = crate::testing::Rng::new(0x5ace_d11e);
    let (mut some, mut none) = (0, 0);
    for _ in 0..40_000 {
        let t = rng.pieces(&pieces, 24);
        let plain = t.split('\n').any(|l| {
            let l = l.trim();
            l.len() <= 160 && two_spaces(l.as_bytes())
        });
        assert_eq!(spaced_line(&t), plain, "{t:?}");
        if plain {
            some += 1;
        } else {
            none += 1;
        }
    }
    assert!(some > 1000 && none > 1000, "{some} {none}");
}

/// [`outside_entries`] read line by line, every line asked.
fn outside_entries_plain(src: &str, span: Span) -> Vec<RollCallEntry> {
    let mut out = Vec::new();
    let mut pos = span.start;
    for line in span.of(src).split('\n') {
        let t = line.trim();
        let lead = line.len() - line.trim_start().len();
        if !t.starts_with('|') && t.len() < 120 {
            if let Some(e) = outside_entry(t, Span::new(pos + lead, pos + lead + t.len())) {
                out.push(e);
            }
        }
        pos += line.len() + 1;
    }
    out
}

#[test]
fn voters_outside_a_table_are_read_on_the_lines_with_a_parenthesis() {
    let pieces = [
        "Anna Berg (S) Ja",
        "Per Ek (M) Nej",
        "Tommy Rydfeldt, Ordförande (L) X",
        "Lisa Holm (C) avstår",
        "(",
        ")",
        " ",
        "\n",
        "\n",
        "| Anna Berg (S) | X |",
        "  ",
        "\t",
        "Ja",
        "text (inom parentes) och mer",
        "x".repeat(130).leak(),
    ];
    let mut rng = crate::testing::Rng::new(0x0075_1de5);
    let mut found = 0;
    for _ in 0..30_000 {
        let t = format!("{}{}", "ab\n", rng.pieces(&pieces, 12));
        let span = Span::new(3, t.len());
        let fast = outside_entries(&t, span);
        assert_eq!(fast, outside_entries_plain(&t, span), "{t:?}");
        found += usize::from(!fast.is_empty());
    }
    assert!(found > 1000, "{found}");
}
