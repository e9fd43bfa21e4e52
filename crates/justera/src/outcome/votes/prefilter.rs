//! Which paragraphs and sentences the votes pass must read: a paragraph
//! that holds none of the words a vote holds is passed over whole, a
//! sentence that holds none of the words any of its tests needs without
//! them.

use memchr::memmem::Finder;
use std::sync::OnceLock;

/// The words of a vote found by the pair `ot` they share, each with the
/// place of the pair in it.
const BY_OT: [(&str, usize); 3] = [("votering", 1), ("lott", 1), ("emot", 2)];

/// The words of a vote found by the pair `la` they share, each with the
/// place of the pair in it.
const BY_LA: [(&str, usize); 3] = [("singla", 4), ("utslag", 3), ("blank", 1)];

/// Whether a paragraph, its ASCII letters lowered (`Prepared::ascii_low`),
/// holds in lower case one of the words a paragraph with a vote holds
/// (`röst`, `votering`, `lott`, `singla`, `utslag`, `emot`, `blank`):
/// each found as it stands there, `röst` as `röst` or `rÖst` (only `Ö`
/// lowers to `ö`, and only ASCII letters to the others), the second only
/// where an `Ö` may stand (its second byte, 0x96, is rare).
///
/// Most paragraphs hold none, and a search for a word that is not there
/// reads the whole text: the six words other than `röst` are found by
/// the two pairs of letters they share ([`BY_OT`], [`BY_LA`]), each place
/// of a pair asked for its words, three searches in all, not seven.
pub(super) fn holds_vote_word(ascii_low: &[u8]) -> bool {
    static FINDERS: OnceLock<[Finder<'static>; 4]> = OnceLock::new();
    let [rost, ot, la, capital] =
        FINDERS.get_or_init(|| ["röst", "ot", "la", "rÖst"].map(Finder::new));
    let b = ascii_low;
    let by = |i: usize, words: &[(&str, usize)]| {
        words
            .iter()
            .any(|&(w, k)| i >= k && b[i - k..].starts_with(w.as_bytes()))
    };
    rost.find(b).is_some()
        || ot.find_iter(b).any(|i| by(i, &BY_OT))
        || la.find_iter(b).any(|i| by(i, &BY_LA))
        || (memchr::memchr(0x96, b).is_some() && capital.find(b).is_some())
}

/// How a word found must stand to count. Each edge is a necessary
/// condition, never more: a neighbour that is not ASCII (another letter, a
/// dash, a no-break space) counts as a word's edge.
#[derive(Clone, Copy, PartialEq)]
enum Edge {
    /// Anywhere, inside a word too (`omröstning`, `utslagsröst`).
    Any,
    /// Opening a word: `nej`, `nej-röster`, `vinner nej`, never `mejl`.
    Opens,
    /// A word of its own (`7 ja`, `Ja för X`, `ja-sidan`), or after `− `
    /// (`− ja` is a yes meaning, whatever follows): never `januari`,
    /// `följande`, `främja`.
    Ja,
    /// A word of its own after `som` (`7 som lade ned`, `2 som lägger
    /// ned`): never `lägger fram`.
    AfterSom,
}

/// The words (in lower case) at least one of which every sentence the
/// votes pass acts on holds, each with the byte to find it by (one of
/// [`ANCHORS`], rarer in Swedish than most) and how it must stand: the
/// counts (`7 ja`, `nej-röster`, `2 avstår`, `blanka`, `nedlagda`, `som
/// lade ned`, `som lägger ned`, `frånvarande`, `röster mot`), the yes and
/// no meanings (`ja för`, `röstar nej`, `vinner nej`, `− ja`), a requested
/// vote (`omröstning`, `votering`), the sides listed in prose (`röst`,
/// `avst`), an option's count line (`... röster`), the casting vote
/// (`utslagsröst`) and lot (`lott`, `singla`).
/// In the order of [`ANCHORS`] (`word_at` reads them by it).
const WORDS: [(&str, usize, Edge); 12] = [
    ("ja", 0, Edge::Ja),
    ("nej", 2, Edge::Opens),
    ("röst", 2, Edge::Any),
    ("avst", 1, Edge::Any),
    ("votering", 0, Edge::Any),
    ("frånvarande", 5, Edge::Any),
    ("lott", 0, Edge::Any),
    ("singla", 4, Edge::Any),
    ("nedlagda", 3, Edge::Any),
    ("blank", 1, Edge::Any),
    ("lade", 0, Edge::AfterSom),
    ("lägger", 0, Edge::AfterSom),
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

/// Whether the lower case `low` holds one of [`WORDS`], standing as its
/// edge asks: `false` is proof that no count is written in it, no side's
/// meaning, no requested vote, casting vote or lot, no side's list in
/// prose and no option's count line (each of those reads one of the
/// words so standing).
///
/// `low` may be a text with only its ASCII letters lowered too: the
/// answer is the one its lower case gives. The two differ where the text
/// has `Ö`, `Å` or `Ä` (their second bytes 0x96, 0x85 and 0x84, read as
/// the lower case's 0xB6, 0xA5 and 0xA4 after 0xC3, [`same_low`]), a line
/// break or tab (a space in lower case, read as one after `−`), and
/// other characters outside ASCII, which no word holds and which are a
/// word's edge either way.
pub(super) fn holds_word(low: &str) -> bool {
    let b = low.as_bytes();
    // `near` passes over most of the anchors before `word_at` compares
    // words.
    let hit = |i: usize| near(b, i) && word_at(b, i);
    // `v` and `l` are common letters: sixteen bytes at a time, each with
    // the byte after it, in a form the compiler tests at once, each byte
    // marked where `near` may hold (an anchor before a byte `near` may
    // accept after it: most `v`s and `l`s stand before other letters),
    // each mark then asked for itself.
    let mut i = 0;
    while let (Some(a), Some(d)) = (b.get(i..i + 16), b.get(i + 1..i + 17)) {
        let a: [u8; 16] = a.try_into().unwrap_or([0; 16]);
        let d: [u8; 16] = d.try_into().unwrap_or([0; 16]);
        let mut m = [0u8; 16];
        for j in 0..16 {
            let (c, e) = (a[j], d[j]);
            let [aj, ao, av, al] = ANCHORS;
            let may = (c == aj)
                | (((c == ao) | (c == 0x96)) & (e == b's'))
                | ((c == av) & ((e == b's') | (e == b'o') | (e == b'a')))
                | ((c == al) & ((e == b'o') | (e == b'a') | (e == 0xc3)));
            m[j] = u8::from(may);
        }
        let mut marked = u128::from_le_bytes(m);
        while marked != 0 {
            if hit(i + (marked.trailing_zeros() / 8) as usize) {
                return true;
            }
            marked &= marked - 1;
        }
        i += 16;
    }
    (i..b.len()).any(hit)
}

/// Whether `t` opens with the lower case word `w`, read as
/// [`holds_word`] reads: byte for byte, a capital `Ö`, `Å` or `Ä` in `t`
/// (0x96, 0x85, 0x84 after the 0xC3 both share) standing for its lower
/// case in `w`.
fn same_low(t: &[u8], w: &[u8]) -> bool {
    t.len() >= w.len()
        && t.iter()
            .zip(w)
            .all(|(&a, &c)| a == c || (a ^ 0x20 == c && matches!(c, 0xa4 | 0xa5 | 0xb6)))
}

/// Whether the bytes around an anchor at `i` are those of a word of
/// [`WORDS`] found by it (the bytes next to it in that word; `ja`, `lade`
/// and `lägger` open a word): a test of two or three bytes that passes
/// over most of the hits (`v` and `l` are common letters) before
/// `word_at` compares words.
#[inline(always)]
fn near(b: &[u8], i: usize) -> bool {
    let prev = if i > 0 { b[i - 1] } else { b' ' };
    // `Ö`'s second byte as `ö`'s.
    let at = if b[i] == 0x96 { 0xb6 } else { b[i] };
    match (at, b.get(i + 1)) {
        // `ja`, `nej`; `röst`.
        (b'j', next) => prev == b'e' || next == Some(&b'a') && !prev.is_ascii_alphanumeric(),
        (0xb6, Some(b's')) => prev == 0xc3,
        // `avst`, `votering`, `frånvarande`.
        (b'v', Some(b's')) => prev == b'a',
        (b'v', Some(b'o')) => true,
        (b'v', Some(b'a')) => prev == b'n',
        // `lott`; `singla`, `nedlagda`, `blank`, `lade`; `lägger`.
        (b'l', Some(b'o')) => b.get(i + 2) == Some(&b't'),
        (b'l', Some(b'a')) => matches!(prev, b'g' | b'd' | b'b') || !prev.is_ascii_alphanumeric(),
        (b'l', Some(0xc3)) => !prev.is_ascii_alphanumeric(),
        _ => false,
    }
}

/// Whether one of [`WORDS`] found by the byte at `i` (an anchor) stands
/// there as its edge asks. [`WORDS`] is in the order of [`ANCHORS`]: only
/// the words found by this byte are tried.
#[inline]
fn word_at(b: &[u8], i: usize) -> bool {
    let by = match b[i] {
        b'j' => &WORDS[..2],
        0xb6 | 0x96 => &WORDS[2..3],
        b'v' => &WORDS[3..6],
        _ => &WORDS[6..],
    };
    by.iter().any(|&(w, k, edge)| {
        let w = w.as_bytes();
        i >= k && same_low(&b[i - k..], w) && stands(b, i - k, w.len(), edge)
    })
}

/// Whether the word at `i`, `len` bytes long, stands as `edge` asks. An
/// ASCII letter or digit beside it is inside a word; anything else (the
/// text's end, a space, a mark, a byte of another character) may be a
/// word's edge.
fn stands(b: &[u8], i: usize, len: usize, edge: Edge) -> bool {
    let inner = |k: usize| b.get(k).is_some_and(u8::is_ascii_alphanumeric);
    let opens = i == 0 || !inner(i - 1);
    match edge {
        Edge::Any => true,
        Edge::Opens => opens,
        Edge::Ja => opens && (!inner(i + len) || after_minus(&b[..i])),
        Edge::AfterSom => opens && !inner(i + len) && after_som(b, i),
    }
}

/// Whether `b` ends with `− ` (the minus sign and a space), a line break
/// or tab read as the space lower case makes it.
fn after_minus(b: &[u8]) -> bool {
    matches!(b, [.., 0xe2, 0x88, 0x92, b' ' | b'\t' | b'\n' | b'\r'])
}

/// Whether the word before the one at `i` may be `som`: the bytes before
/// `i` that are ASCII but no letter or digit passed over, `som` before
/// them. A byte of another character there may part the words too: then
/// `true`.
fn after_som(b: &[u8], i: usize) -> bool {
    let mut k = i;
    while k > 0 && !b[k - 1].is_ascii_alphanumeric() {
        if !b[k - 1].is_ascii() {
            return true;
        }
        k -= 1;
    }
    k < i && b[..k].ends_with(b"som")
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

    /// Whether any test of the votes pass holds for the sentence `t`: the
    /// tests `votes` asks only where [`holds_word`] holds (as it asks
    /// them, or wider), and those it asks of every sentence it reads.
    fn read(t: &str) -> bool {
        let low = lower(t);
        let span = Span::new(0, t.len());
        let asked_with_words = wishes(t, &low) != (None, None)
            || !counts_in(&low).is_empty()
            || ["omröstning", "votering", "utslagsröst", "lott", "singla"]
                .iter()
                .any(|w| has(&low, w))
            || has(&low, "ja")
                && (has(&low, "ja-röst")
                    || low.starts_with("ja innebär")
                    || has(&low, "− ja")
                    || has(&low, "- ja "))
            || has(&low, "nej") && (has(&low, "nej-röst") || low.starts_with("nej innebär"));
        outside_entry(t, span).is_some()
            || !side_lists(t, span).is_empty()
            || option_line(t, span).is_some()
            || asked_with_words
    }

    /// [`holds_word`] read plainly: every place each word stands, asked
    /// how it stands.
    fn holds_word_plain(low: &str) -> bool {
        WORDS.iter().any(|&(w, _, edge)| {
            low.match_indices(w)
                .any(|(i, _)| stands(low.as_bytes(), i, w.len(), edge))
        })
    }

    /// The pieces of the generated texts [`holds_vote_word`] is tried on:
    /// the words, their parts and near misses (to be joined across
    /// pieces), capitals and the characters beside them.
    const VOTE_PIECES: [&str; 48] = [
        "röst",
        "votering",
        "lott",
        "singla",
        "utslag",
        "emot",
        "blank",
        "rÖst",
        "rös",
        "röS",
        "RÖST",
        "vot",
        "VOT",
        "ering",
        "lot",
        "lo",
        "tt",
        "sing",
        "utsl",
        "ag",
        "emo",
        "em",
        "ot",
        "blan",
        "k",
        "la",
        "LA",
        "OT",
        "t",
        "r",
        "ö",
        "Ö",
        "s",
        "å",
        "ä",
        "Å",
        "Ä",
        "É",
        "§",
        "\t",
        "\u{a0}",
        "\r",
        "7",
        "2024",
        " ",
        "\n",
        "xxxxxxxxxxxxxxxx",
        "beslut",
    ];

    /// [`holds_vote_word`] gives the answer of the seven searches (and
    /// `rÖst`) on generated texts shorter and longer than the searches'
    /// blocks, the words across pieces.
    #[test]
    fn a_vote_word_is_found_by_its_pair_as_by_its_search() {
        const WORDS: [&str; 8] = [
            "röst", "votering", "lott", "singla", "utslag", "emot", "blank", "rÖst",
        ];
        let mut rng = crate::testing::Rng::new(0x6f74_6c61);
        let (mut some, mut none) = (0, 0);
        for n in 0..80_000 {
            let t = rng.pieces(&VOTE_PIECES, if n % 4 == 0 { 60 } else { 10 });
            let b = t.to_ascii_lowercase();
            let plain = WORDS
                .iter()
                .any(|w| memchr::memmem::find(b.as_bytes(), w.as_bytes()).is_some());
            assert_eq!(holds_vote_word(b.as_bytes()), plain, "{t:?}");
            if plain {
                some += 1;
            } else {
                none += 1;
            }
        }
        assert!(some > 5_000 && none > 5_000, "{some} {none}");
    }

    /// Paragraphs of generated protocols read by every sentence and by
    /// the worded parts alone give the same votes.
    #[test]
    fn a_paragraph_without_words_is_read_the_same_without_its_sentences() {
        use super::super::{read_votes, Read};
        use crate::outcome::prepared::Prepared;
        use crate::outcome::proposals::{proposals, Props};
        let heads = [
            "Beslutsgång",
            "Yrkanden",
            "Omröstning",
            "Beslut",
            "Omröstningsresultat",
            "Ärendet",
        ];
        let lines = [
            "Anna Berg (S) yrkar bifall till förslaget.",
            "Per Ek (M) yrkar avslag.",
            "Ordföranden ställer proposition på förslagen och finner att nämnden bifaller Anna Bergs yrkande.",
            "Votering begärs och ska genomföras.",
            "Den som vill bifalla Anna Bergs yrkande röstar ja, den som vill bifalla Per Eks yrkande röstar nej.",
            "Ja för förslaget, Nej för avslag.",
            "Med 7 ja-röster mot 4 nej-röster beslutar nämnden enligt Anna Bergs yrkande.",
            "Omröstningen utfaller med 6 ja, 5 nej och 2 som lade ned sina röster.",
            "Anna Berg (S) Ja",
            "Per Ek (M) Nej",
            "Lisa Holm (C) X",
            "Ja röstar: Anna Berg (S), Lisa Holm (C).",
            "Nej röstar: Per Ek (M).",
            "| Ledamot | Ja | Nej | Avstår |",
            "|---|---|---|---|",
            "| Anna Berg (S) | X | | |",
            "| Per Ek (M) | | X | |",
            "Namn        Parti  Ja  Nej",
            "Otto Falk   M      1",
            "Förslaget 12 röster",
            "Avslaget 9 röster",
            "Ordförandens utslagsröst avgör.",
            "Lottning sker.",
            "Nämnden beslutar i januari enligt följande förslag.",
            "Hon lägger fram ett förslag som främjar Jan Janssons arbete.",
            "Nämnden tar emot rapporten och har däremot inget att invända gentemot den.",
            "Kommunstyrelsen beslutar att bifalla förslaget.",
            "Nejlikan (S) och Jakob (V) ja",
            "− jag",
            "− ja innebär bifall",
            "Ja 7, Nej 4",
            "",
            "<!-- sida 3 -->",
        ];
        let mut rng = crate::testing::Rng::new(0x5e7e_c7ed);
        let mut worded = 0;
        for _ in 0..1_500 {
            let mut src = String::from("# Protokoll\n\n");
            for n in 1..=3 {
                src.push_str(&format!("## § {n} Ärende {n}\n\n"));
                for _ in 0..1 + rng.below(4) {
                    src.push_str(&format!("**{}**\n\n", heads[rng.below(heads.len())]));
                    for _ in 0..1 + rng.below(5) {
                        src.push_str(lines[rng.below(lines.len())]);
                        src.push('\n');
                    }
                    src.push('\n');
                }
            }
            let doc = crate::parse(&src);
            for p in &doc.paragraphs {
                let prep = Prepared::new(&src, &src, p);
                let found = proposals(&prep, p);
                let props = Props::new(&found);
                let every = read_votes(&prep, &props, p, &[], Read::Every);
                let worded_only = read_votes(&prep, &props, p, &[], Read::Worded);
                assert_eq!(every, worded_only, "{src}");
                worded += usize::from(!every.is_empty());
            }
        }
        assert!(worded > 500, "{worded}");
    }

    #[test]
    fn the_words_are_the_sentences_read() {
        assert!(WORDS
            .iter()
            .all(|(w, k, _)| w.as_bytes().get(*k).is_some_and(|b| ANCHORS.contains(b))));
        // In the order `word_at` reads them by: `j`, `ö`, `v`, then `l`.
        let anchor = |n: usize| WORDS[n].0.as_bytes()[WORDS[n].1];
        let order: Vec<u8> = (0..WORDS.len()).map(anchor).collect();
        assert_eq!(order[..2], [b'j'; 2]);
        assert_eq!(order[2..3], [0xb6]);
        assert_eq!(order[3..6], [b'v'; 3]);
        assert!(order[6..].iter().all(|&x| x == b'l'));
        // Every word passes `near` where it stands: at the start, and
        // inside a word where it may stand anywhere.
        for (w, k, edge) in WORDS {
            assert!(near(w.as_bytes(), k), "{w:?}");
            let inside = format!("x{w}");
            assert!(edge != Edge::Any || near(inside.as_bytes(), k + 1), "{w:?}");
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
            // Near misses: the words inside others, and the edges.
            "januari",
            "följande",
            "främja",
            "jag",
            "Jan",
            "nejlika",
            "Ja-sidan",
            "ja/nej",
            "x-ja",
            "-ja-",
            "JA",
            "Nej:",
            "− ",
            "− ja",
            "− januari",
            "- ja ",
            "ja innebär",
            "Nej innebär",
            "\u{a0}",
            "–",
            "lägger fram",
            "som\u{a0}lade",
            "som, lade",
            "somlade",
            "tillade",
            "3 som -lade",
            "7 som lägger",
            "4 nej-röster",
            "5 ja-röster",
            "Ja 7, Nej 4",
            "Ja-röster: 7",
            "Ja röstar: Anna Berg (S)",
            "Avstår från att rösta gör Anna Berg (S)",
            // Capitals outside ASCII, and white space lower case makes a
            // space.
            "OMRÖSTNING",
            "RÖSTER",
            "FRÅNVARANDE",
            "LÄGGER",
            "Lägger",
            "SOM LADE NED",
            "−\n",
            "−\tja",
            "\t",
            "\r",
            "Жs",
            "жs",
            "ÅÄÖ",
            "Ös",
        ];
        let mut rng = crate::testing::Rng::new(0x2545_f491_4f6c_dd1d);
        let mut next = |n: usize| rng.below(n);
        let (mut read_some, mut passed) = (0, 0);
        for _ in 0..150_000 {
            let len = 1 + next(5);
            let mut t = String::new();
            for i in 0..len {
                if i > 0 && next(4) > 0 {
                    t.push(' ');
                }
                t.push_str(words[next(words.len())]);
            }
            let low = lower(&t);
            assert_eq!(holds_word(&low), holds_word_plain(&low), "{t:?}");
            // Its ASCII letters alone lowered, the answer of its lower case.
            assert_eq!(
                holds_word(&t.to_ascii_lowercase()),
                holds_word(&low),
                "{t:?}"
            );
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
        // Long texts: a word at every place of the sixteen bytes read at
        // once, and across two of them.
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..next(40) {
                t.push_str([" ", "", "\n", "x"][next(4)]);
                t.push_str(words[next(words.len())]);
            }
            let low = lower(&t);
            assert_eq!(holds_word(&low), holds_word_plain(&low), "{t:?}");
            assert_eq!(
                holds_word(&t.to_ascii_lowercase()),
                holds_word(&low),
                "{t:?}"
            );
        }
    }
}
