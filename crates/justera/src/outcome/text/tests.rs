use super::*;

#[test]
fn an_abbreviation_is_read_from_the_last_word_alone() {
    // The plain reading: the whole text before the stop split from
    // the end.
    fn plain(before: &str) -> bool {
        abbreviation_word(last_word(before))
    }
    let pieces = [
        "m.fl", "bl.a", "kap", "ä", "åäö", "(", " ", "*", "x", ".", "p", "€", "\t", "\u{b}",
        "\u{c}", "\r", "\u{1f}", "_", "Kap", "M.FL", "F.d", "\u{a0}",
    ];
    let mut rng = crate::testing::Rng::new(0x5eed_ab12);
    for _ in 0..20_000 {
        let t = rng.pieces(&pieces, 60);
        assert_eq!(abbreviation(&t), plain(&t), "{t:?}");
    }
    assert!(!abbreviation(&".".repeat(10_000)));
    assert!(abbreviation(&format!("{} m.fl", "x".repeat(10_000))));
}

#[test]
fn a_line_ends_after_a_stop_as_trim_reads_it() {
    fn plain(rest: &str) -> bool {
        rest.trim().is_empty() || rest.trim_start_matches(['*', '_']).trim().is_empty()
    }
    let pieces = [
        " ", "*", "_", "\t", "\u{b}", "\u{c}", "\r", "\n", "\u{1c}", "\u{1f}", "\u{a0}",
        "\u{2003}", "\u{85}", "x", "A", ".", "ä", "–", "**",
    ];
    let mut rng = crate::testing::Rng::new(0x0e4d_5eed);
    for _ in 0..40_000 {
        let t = rng.pieces(&pieces, 8);
        assert_eq!(ends_line(&t), plain(&t), "{t:?}");
    }
}

/// The pieces the generated texts of these tests are built from: the
/// marks a sentence ends at, the line breaks, white space and page
/// furniture it skips, abbreviations, and letters in both cases.
const PIECES: &[&str] = &[
    "§ ",
    "Å",
    "ä",
    "ö",
    "Ö",
    "É",
    "å",
    "\t",
    "\u{a0}",
    "\r",
    "\n",
    "\n\n",
    "12",
    "3. ",
    "- ",
    ". ",
    ".",
    ": ",
    ":\n",
    "? ",
    "! ",
    " ",
    "m.fl.",
    "t.ex. ",
    "Kap.",
    "(",
    ")",
    "**",
    "_",
    "<br>",
    "|a|",
    "Sida 2 (3)",
    "\u{c}",
    "<!-- sida 2 -->",
    "Justerandes sign",
    "yrkar bifall",
    "Ordföranden",
    "finner att",
    "Nämnden",
    "ställer",
    " och ",
];

/// One set of line buffers read span after span, of texts of every
/// size, splits each as fresh buffers do: nothing left from a span
/// before is read.
#[test]
fn sentences_with_reused_lines_are_those_of_fresh_ones() {
    let mut rng = crate::testing::Rng::new(0x6a09_e667_f3bc_c908);
    let mut bufs = Lines::default();
    let texts: Vec<String> = (0..3000).map(|_| rng.pieces(PIECES, 40)).collect();
    for t in &texts {
        for (a, b) in rng.sentences_of(t) {
            let span = Span::new(a, b);
            let fresh = sentences(t, span);
            assert_eq!(sentences_with(t, span, &mut bufs), fresh, "{t:?} {span:?}");
        }
    }
}

/// A word lowered a character at a time into a buffer is read as its
/// whole lower case is, the Kelvin sign, a capital I with a dot and
/// a final sigma among its characters.
#[test]
fn an_abbreviation_word_is_read_as_its_lower_case() {
    fn plain(w: &str) -> bool {
        w.chars().nth(6).is_none() && known_abbreviation(&w.to_lowercase())
    }
    let mut rng = crate::testing::Rng::new(0x9b05_688c_2b3e_6c1f);
    let words = [
        "\u{212a}", "\u{130}", "Σ", "σ", "K", "k", "AP", "ap", "M", ".", "FL", "fl", "D", "NR",
    ];
    for _ in 0..20_000 {
        let w = if rng.below(2) == 0 {
            rng.pieces(&words, 5)
        } else {
            rng.pieces(PIECES, 4)
        };
        assert_eq!(abbreviation_word(&w), plain(&w), "{w:?}");
    }
    assert!(abbreviation_word("\u{212a}ap"));
}

/// A line's signature words are read as they were in a lowered copy.
#[test]
fn signature_words_are_read_in_any_ascii_case() {
    fn plain(t: &str) -> bool {
        let f = lower(t);
        crate::scan::known_furniture(t)
            || f.contains("utdragsbestyrkande")
            || f.split_whitespace()
                .filter(|w| *w == "signatur" || *w == "sign" || *w == "sign.")
                .count()
                >= 2
    }
    let words = [
        "Sign",
        "SIGN.",
        "signatur",
        "Signatur",
        "sIgn",
        "\u{212a}",
        "Utdragsbestyrkande",
        "UTDRAGSBESTYRKANDE",
        "utdrags",
        "bestyrkande",
        "Justerandes",
        "Ordförandes",
        "Sida 2 (3)",
        "ig",
        "ty",
        "\u{a0}",
        "\t",
        " ",
        "Ä",
        "é",
    ];
    let mut rng = crate::testing::Rng::new(0x1f83_d9ab_5be0_cd19);
    for _ in 0..20_000 {
        let t = if rng.below(2) == 0 {
            rng.phrase(&words, 6)
        } else {
            rng.pieces(PIECES, 8)
        };
        assert_eq!(signature_words(&t), plain(&t), "{t:?}");
    }
}

fn texts(src: &str) -> Vec<&str> {
    sentences(src, Span::new(0, src.len()))
        .into_iter()
        .map(|s| s.text(src))
        .collect()
}

#[test]
fn sentences_keep_abbreviations_and_run_over_lines() {
    let src = "Ordföranden ställer Johan Tolinssons (S)\nm.fl. yrkande mot varandra. Omröstning begärs.\n\nJa-röst innebär bifall.";
    assert_eq!(
        texts(src),
        vec![
            "Ordföranden ställer Johan Tolinssons (S)\nm.fl. yrkande mot varandra.",
            "Omröstning begärs.",
            "Ja-röst innebär bifall."
        ]
    );
}

#[test]
fn an_indented_line_is_as_long_as_its_text() {
    // A layout's indentation does not make a short line long enough to
    // run on over a blank line.
    let s = "        Nej-röster (1): Hasse Rydberg (TP)\n        Avstår (2): Marie Lundell (S), Kent Åberg (S)\n\n        Nämnden har beslutat enligt förslaget.";
    let got: Vec<&str> = sentences(s, Span::new(0, s.len()))
        .iter()
        .map(|x| x.span.of(s))
        .collect();
    assert_eq!(
        got,
        [
            "Nej-röster (1): Hasse Rydberg (TP)\n        Avstår (2): Marie Lundell (S), Kent Åberg (S)",
            "Nämnden har beslutat enligt förslaget."
        ]
    );
}

#[test]
fn the_texts_own_lines_above_a_pages_foot_stay() {
    let s = "Yrkanden\nAnna Berg (M) yrkar bifall till förslaget.\nKarl Alm (C) yrkar avslag.\nOrdförandes signatur       Justerandes signatur       Utdragsbestyrkande\n\nPropositionsordning";
    let got: Vec<&str> = sentences(s, Span::new(0, s.len()))
        .iter()
        .map(|x| x.span.of(s))
        .collect();
    assert!(got.contains(&"Karl Alm (C) yrkar avslag."), "{got:?}");
    assert!(!got.iter().any(|x| x.contains("signatur")), "{got:?}");
}

#[test]
fn a_short_block_with_a_page_counter_or_signature_labels_is_furniture() {
    let s = "Texten slutar här,\n\nOrdförandes signatur Justerandes signatur Utdragsbestyrkande\n\nStenby kommun Protokoll nr 4\nKommunstyrelsen 2025-03-11\nSida 3 (12)\n\nTexten fortsätter.";
    let lines = split_lines(s);
    let f = furniture_of(s, &lines);
    let marked: Vec<&str> = lines
        .iter()
        .zip(&f)
        .filter(|(_, f)| **f)
        .map(|(l, _)| *l)
        .collect();
    assert_eq!(
        marked,
        [
            "Ordförandes signatur Justerandes signatur Utdragsbestyrkande",
            "Stenby kommun Protokoll nr 4",
            "Kommunstyrelsen 2025-03-11",
            "Sida 3 (12)"
        ]
    );
    // Near misses: a counter inside a sentence, a page named in the
    // text, one signature named, a block of more than six lines.
    for s in [
        "Bilagan omfattar 3 (12)",
        "Se sidan 3 i bilagan.",
        "Protokollet saknar ordförandes signatur.",
        "a\nb\nc\nd\ne\nf\nSida 3 (12)",
    ] {
        let lines = split_lines(s);
        assert!(furniture_of(s, &lines).iter().all(|f| !f), "{s}");
    }
    assert_eq!(
        super::super::furniture::flat_without_furniture("a,\nSida 3 (12)\nb").len(),
        "a,\nSida 3 (12)\nb".len()
    );
}

#[test]
fn sentences_skip_page_furniture_and_join_broken_lines() {
    let src = "Ordföranden ställer förslagen, Stefan Jägnerts (SD)\n\nDet här dokumentet är digitalt signerat\nTransaktionsidentitet: 0E24\n\n<!-- sida 35 -->\n\nKOMMUN          PROTOKOLL          35 (35)\nKommunstyrelsen\nDatum\n2024-06-18\n\nm.fl. yrkande mot varandra.";
    let t = texts(src);
    assert_eq!(t.len(), 1);
    assert!(t[0].starts_with("Ordföranden") && t[0].ends_with("mot varandra."));
}

#[test]
fn a_table_cells_line_break_ends_a_sentence() {
    let src = "Rolf Ås (C) yrkar bifall.<br>Tea Lind (MP) yrkar avslag.<BR />Klart";
    assert_eq!(
        texts(src),
        vec![
            "Rolf Ås (C) yrkar bifall.",
            "Tea Lind (MP) yrkar avslag.",
            "Klart"
        ]
    );
    // Other tags are text.
    assert_eq!(
        texts("Se <b>bilaga</b>. Klart."),
        vec!["Se <b>bilaga</b>.", "Klart."]
    );
}

#[test]
fn list_items_start_sentences() {
    let src = "Jan Jönsson (L) yrkade\n1. att avslå förslaget, samt\n2. att anföra följande:";
    assert_eq!(
        texts(src),
        vec![
            "Jan Jönsson (L) yrkade",
            "1. att avslå förslaget, samt",
            "2. att anföra följande:"
        ]
    );
}

#[test]
fn a_footer_or_table_link_is_lowered_only_where_it_may_open() {
    // The plain reading: every line lowered.
    fn plain(t: &str) -> bool {
        let f = lower(t);
        f.starts_with("det här dokumentet är digitalt signerat")
            || f.starts_with("transaktionsidentitet")
            || (f.starts_with("[tabell ") && f.ends_with(')'))
    }
    let pieces = [
        "Det",
        "DET",
        "dEt",
        " ",
        "\t",
        "\r",
        "\n",
        "\u{a0}",
        "här",
        "HÄR",
        "hÄr",
        " dokumentet",
        " DOKUMENTET",
        " är",
        " Är",
        " digitalt",
        " signerat",
        "Trans",
        "TRANS",
        "aktions",
        "AKTIONSIDENTITET",
        "identitet",
        "[",
        "[Tabell",
        "[TABELL",
        "tabell",
        ")",
        "3 (2)",
        "å",
        "Ö",
        "x",
        "\u{212a}",
        "\u{130}",
        "d",
        "t",
    ];
    let mut rng = crate::testing::Rng::new(0x0f00_7e55);
    let mut hits = 0;
    for _ in 0..60_000 {
        let t = rng.pieces(&pieces, 9);
        let want = plain(&t);
        hits += usize::from(want);
        assert_eq!(signed_or_table(&t), want, "{t:?}");
    }
    for t in [
        "Det här dokumentet är digitalt signerat",
        "DET\tHÄR DOKUMENTET ÄR DIGITALT SIGNERAT av",
        "det\rhär dokumentet är digitalt signerat",
        "TransaktionsIdentitet: 123",
        "[TABELL\t3 (2)]...)",
        "[tabell 1)",
        "",
        "Det",
        "å ä ö",
    ] {
        assert_eq!(signed_or_table(t), plain(t), "{t:?}");
    }
    assert!(hits > 20, "{hits}");
}

#[test]
fn the_last_page_word_is_found_from_the_end() {
    let pieces = [
        "Sida", "sida", "SIDA", "sIdA", "s", "i", "d", "a", "D", "S", "sid", "ida", " ", "2 (3)",
        "å", "Ö", "\u{212a}", "sidasida",
    ];
    let mut rng = crate::testing::Rng::new(0x51da_0e4d);
    for _ in 0..40_000 {
        let t = rng.pieces(&pieces, 10);
        let plain = crate::text::ascii_ci_at(&t, b"sida", 0).last();
        assert_eq!(last_sida(&t), plain, "{t:?}");
    }
    for t in ["", "sida", "sid", "ida", "Sida 2 (3) sida", "xsidasida"] {
        assert_eq!(
            last_sida(t),
            crate::text::ascii_ci_at(t, b"sida", 0).last(),
            "{t:?}"
        );
    }
}

#[test]
fn signature_words_are_split_only_where_sign_stands_twice() {
    let pieces = [
        "sign",
        "SIGN",
        "Sign.",
        "signatur",
        "SIGNATUR",
        "signering",
        "Justerandes",
        "g",
        "n",
        " ",
        "\t",
        "\u{a0}",
        "\u{2003}",
        ".",
        "x",
        "å",
        "Ö",
        "Utdragsbestyrkande",
        "Sida 2 (3)",
    ];
    let mut rng = crate::testing::Rng::new(0x5165_0002);
    let mut hits = 0;
    for _ in 0..40_000 {
        let t = rng.pieces(&pieces, 7);
        // The gate holds wherever the words do: `signature_words` reads as
        // it would without it.
        if two_sign_words(&t) {
            hits += 1;
            assert!(sign_twice(&t), "{t:?}");
        }
    }
    assert!(hits > 100, "{hits}");
}
