//! The front's labels read by their fast paths as by their plain readings.

use super::*;
use crate::inline::fold;
use crate::testing::Rng;

/// Words texts are made of: the table's texts' words in several cases, the
/// notice's (`Justeringen har tillkännagivits`, a Cyrillic `а`, markup), a
/// body in the genitive and near misses (`abs`, `a/bs`, `x:s`), names, a
/// party, edge bytes (non-ASCII, `§`, å ä ö, Å Ä Ö, É, tab, NBSP, CR,
/// the Kelvin sign, an empty word) and words of 15, 16 and 17 bytes.
const WORDS: [&str; 61] = [
    "ledamöter",
    "LEDAMÖTER",
    "Ersättare",
    "ersättare",
    "tjänstgörande",
    "Tjänstgörande",
    "ej",
    "Ej",
    "icke",
    "närvarande",
    "Närvarande",
    "övriga",
    "Övriga",
    "i",
    "övrigt",
    "beslutande",
    "Justeringens",
    "justeringens",
    "plats",
    "Plats",
    "och",
    "tid",
    "Tid,",
    "Tid",
    "Tid:",
    "tid:",
    "för",
    "justering",
    "Datum",
    "datum,",
    "Sekreterare:",
    "Utses",
    "att",
    "justera",
    "anslag",
    "/",
    "bevis",
    "Anslagsbevis",
    "Justeringen har tillkännagivits",
    "PROTOKOLLET är justerat",
    "Tillkännagivande av justering",
    "–",
    "**",
    "\u{430}nslag",
    "Nämndens",
    "nämndens",
    "abs",
    "a/bs",
    "x:s",
    "Lars",
    "Anna Ek",
    "(S)",
    "§ 12",
    "åäö ÅÄÖ É",
    "\t",
    "\u{a0}",
    "\r",
    "\u{212a}",
    "",
    "abcdefghijklmnop",
    "abcdefghijklmnopq",
];

/// `front_label_folded` as first written: the genitive asked of every
/// text before the table, no text turned away by its first word.
fn plain_folded(f: &str) -> Option<FrontLabel> {
    use FrontLabel::*;
    if let Some((body, rest)) = f.split_once(' ') {
        let label = plain_folded(rest);
        let attendance = matches!(label, Some(Members | ServingSubstitutes | Substitutes));
        if attendance && body.len() > 3 && body.ends_with('s') && !body.contains(['/', ':']) {
            return label;
        }
    }
    table(f)
}

/// Every text of the table opens with a word `opens_label` lets through.
#[test]
fn every_labels_first_word_opens_one() {
    for t in TABLE {
        assert!(opens_label(t.split(' ').next().unwrap_or("")), "{t}");
    }
}

/// The table's texts, after a genitive and its near misses, and generated
/// texts, as written and folded, read as the plain reading reads them.
#[test]
fn folded_labels_read_as_the_plain_reading() {
    let check = |f: &str| assert_eq!(front_label_folded(f), plain_folded(f), "{f:?}");
    for t in TABLE {
        for before in [
            "",
            "nämndens ",
            "abs ",
            "a/bs ",
            "x ",
            "nämndens styrelsens ",
        ] {
            check(&format!("{before}{t}"));
        }
    }
    let mut rng = Rng::new(0x2545_f491_4f6c_dd1d);
    for _ in 0..100_000 {
        let t = rng.phrase(&WORDS, 6);
        check(&t);
        check(&fold(&t));
    }
}

/// A line turned away by its first word reads as when every run of its
/// words is asked.
#[test]
fn a_lines_first_word_turns_it_away_as_its_words_would() {
    let mut rng = Rng::new(0x9e37_79b9_7f4a_7c15);
    for _ in 0..100_000 {
        let t = rng.phrase(&WORDS, 8);
        for t in [t.trim_start(), &t] {
            assert_eq!(words_prefix(t, true), words_prefix(t, false), "{t:?}");
        }
    }
}

/// A line turned away by its first two bytes reads as when its glued
/// label is looked for: every text of the table capitalised and glued to a
/// name or a number, and generated lines.
#[test]
fn a_glued_label_turned_away_by_its_first_bytes_is_none_as_read() {
    let check = |t: &str| assert_eq!(glued_read(t, true), glued_read(t, false), "{t:?}");
    for t in TABLE {
        let mut c = t.chars();
        let first = c
            .next()
            .map(|f| f.to_uppercase().to_string())
            .unwrap_or_default();
        for value in ["Anna Ek", "12 – 22", "Ö"] {
            check(&format!("{first}{}{value}", c.as_str()));
        }
    }
    let mut rng = Rng::new(0x1f83_d9ab_fb41_bd6b);
    for _ in 0..50_000 {
        let t = rng.phrase(&WORDS, 5);
        check(t.trim_start());
    }
}
