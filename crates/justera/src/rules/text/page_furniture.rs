//! Page headers, footers or page numbers left inside a paragraph.
//!
//! ## What it does
//! Reports lines inside a paragraph that belong to the printed page, not
//! the text: `Justerandes signatur`, `Signatur`, `Utdragsbestyrkande`,
//! `Sida 3 av 16`, `3 (16)`. All of them in a file are one finding, with
//! their count and every place (a header left on every page is one thing
//! to fix, not eighteen).
//!
//! ## Why is this bad?
//! They interrupt sentences and lists when the protocol is read as text,
//! by search or by a screen reader, and can split a decision in two.
//!
//! ## Example
//! ```text
//! Väsentliga ändringar:
//! Justerandes signatur
//! - Nollvisionen har skrivits in.
//! ```
//! Use instead: remove the footer from the text version.
//!
//! ## References
//! - Lag (2018:1937) om tillgänglighet till digital offentlig service
//!   (EN 301 549 / WCAG 2.1, meaningful sequence 1.3.2).

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{BlockKind, Span};
use crate::rules::{report, Context, Has};

pub const CODE: &str = "page-furniture";
pub const SEVERITY: Severity = Severity::Info;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Sidhuvuden, sidfötter eller sidnummer kvar inne i en paragraf.";

/// Whether a line (markup stripped, lower case) is page furniture.
fn furniture(l: &str) -> bool {
    const WORDS: &[&str] = &[
        "signatur",
        "signaturer",
        "justerandes signatur",
        "justerandes sign",
        "justerandes signaturer",
        "justerares signatur",
        "ordförandes signatur",
        "utdragsbestyrkande",
        "justerandes signatur utdragsbestyrkande",
    ];
    if WORDS.contains(&l) {
        return true;
    }
    // Every form has at most four words: the words in an array, a fifth
    // settles it.
    let mut words = [""; 4];
    let mut n = 0;
    for w in l.split_whitespace() {
        if n == words.len() {
            return false;
        }
        words[n] = w;
        n += 1;
    }
    let num = |w: &str| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit());
    match words[..n] {
        ["sida", n] => num(n),
        ["sida", a, "av" | "(av", b] => num(a) && num(b.trim_end_matches(')')),
        [a, b] => num(a) && b.starts_with('(') && b.ends_with(')') && num(&b[1..b.len() - 1]),
        [a, "av", b] => num(a) && num(b),
        _ => false,
    }
}

/// Whether the first character of `line` that is neither white space nor
/// `*`, `#`, `_`, `|` is one a furniture form opens with (`s`, `j`, `o`,
/// `u` or a digit, in any case): a necessary condition of the test `check`
/// makes of the line's core, on the line's first bytes.
fn opens_as_furniture(line: &str) -> bool {
    // Most lines are settled by their first byte that is neither ASCII
    // white space (0x09..=0x0D, space) nor markup: an ASCII one, whose
    // answer a table holds; a line whose first such byte is not ASCII is
    // read by its characters.
    const fn bits(set: &[u8]) -> u128 {
        let mut m = 0u128;
        let mut i = 0;
        while i < set.len() {
            m |= 1 << set[i];
            i += 1;
        }
        m
    }
    const SKIPPED: u128 = bits(b"\t\n\x0b\x0c\r *#_|");
    const OPENS: u128 = bits(b"sSjJoOuU0123456789");
    // ASCII white space and markup before the first character (a fifth
    // of the lines open with it) are passed over by the byte: each is a
    // character the reading by character passes over. Where a letter
    // follows them, the core's first word opens there when it is a
    // form's (no form's first word holds markup).
    let b = line.as_bytes();
    match b.iter().position(|&c| c >= 0x80 || SKIPPED >> c & 1 == 0) {
        Some(k) if b[k] < 0x80 => {
            let c = b[k];
            OPENS >> c & 1 == 1 && (c.is_ascii_digit() || opens_a_first_word(&b[k..]))
        }
        Some(_) => opens_as_furniture_by_char(line),
        // Nothing but white space and markup: no character to open with.
        None => false,
    }
}

/// Whether a line's rest that opens with an ASCII letter (only white
/// space and markup before it, so a core's first word that is a form's
/// starts at its first byte) may open with one of [`FIRST_WORDS`]: its first four bytes in ASCII
/// lower case are one's, or one of them is not ASCII (whose lower case
/// is left to the full test). Lower case maps an ASCII letter to its
/// ASCII small form and a word of ASCII letters to one as long, and
/// every first word has four letters or more.
fn opens_a_first_word(b: &[u8]) -> bool {
    const PREFIXES: [&[u8; 4]; 5] = [b"sign", b"just", b"ordf", b"utdr", b"sida"];
    match b.get(..4) {
        Some(w) if w.is_ascii() => {
            let low = [w[0] | 0x20, w[1] | 0x20, w[2] | 0x20, w[3] | 0x20];
            PREFIXES.iter().any(|p| **p == low)
        }
        Some(_) => true,
        None => !b.is_ascii(),
    }
}

/// [`opens_as_furniture`] read character by character.
fn opens_as_furniture_by_char(line: &str) -> bool {
    let first = line
        .chars()
        .find(|&c| !(c.is_whitespace() || matches!(c, '*' | '#' | '_' | '|')));
    matches!(
        first,
        Some('s' | 'S' | 'j' | 'J' | 'o' | 'O' | 'u' | 'U' | '0'..='9')
    )
}

/// The first words of [`furniture`]'s forms, in lower case; a form that
/// opens otherwise opens with a number.
const FIRST_WORDS: [&str; 7] = [
    "signatur",
    "signaturer",
    "justerandes",
    "justerares",
    "ordförandes",
    "utdragsbestyrkande",
    "sida",
];

/// Whether the first word of `core` in lower case opens a form of
/// [`furniture`]: one of [`FIRST_WORDS`] or a number of at most four
/// digits. A necessary condition of `furniture(&core.to_lowercase())`, read
/// off the first word alone: lower case keeps the words where they are
/// (white space stays white space and nothing else becomes it), and lowers
/// a word the same on its own as in its line (the context a final sigma
/// looks at ends at white space). Most lines that open as furniture does
/// (`Socialnämnden`, `Under`, `2. Ärendet`) are passed over here, without
/// a lower-case copy and without counting their characters and words.
fn may_open_form(core: &str) -> bool {
    let Some(w) = core.split_whitespace().next() else {
        return false;
    };
    // An ASCII word's lower case is its ASCII lower case, which the
    // comparison folds; another's (`ORDFÖRANDES`, or a Kelvin sign for `k`)
    // is lowered a character at a time into an array as long as the
    // longest first word: no form's word holds a sigma, whose lower case
    // alone looks at its neighbours, and no character outside ASCII lowers
    // to a digit.
    if w.is_ascii() {
        (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
            || FIRST_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
    } else {
        let mut low = [0u8; 18];
        let mut n = 0;
        for c in w.chars().flat_map(char::to_lowercase) {
            if n + c.len_utf8() > low.len() {
                return false;
            }
            n += c.encode_utf8(&mut low[n..]).len();
        }
        FIRST_WORDS.iter().any(|f| f.as_bytes() == &low[..n])
    }
}

/// The line trimmed, when it is furniture. `opens` is a necessary
/// condition of it read off the line's first bytes: the line's first
/// character but white space and markup must be one a form opens with,
/// so most lines are passed over there.
fn furniture_line(line: &str, opens: fn(&str) -> bool) -> Option<&str> {
    if !opens(line) {
        return None;
    }
    let t = line.trim();
    // Furniture is a short line (lower case shrinks a text at most threefold).
    if t.len() > 160 {
        return None;
    }
    let core = t.trim_matches(|c: char| matches!(c, '*' | '#' | '_' | '|' | ' '));
    // Every form opens with `s`, `j`, `o`, `u` or a digit in any
    // case (lower casing maps no other character onto these).
    let first = core.trim_start().chars().next();
    if !matches!(
        first,
        Some('s' | 'S' | 'j' | 'J' | 'o' | 'O' | 'u' | 'U' | '0'..='9')
    ) {
        return None;
    }
    if !may_open_form(core) {
        return None;
    }
    // Without a digit only the words are furniture, none longer than
    // 39 characters (lower case never has fewer).
    if !core.bytes().any(|b| b.is_ascii_digit()) && core.chars().nth(39).is_some() {
        return None;
    }
    // Every form has at most four words (lower case keeps them).
    if core.split_whitespace().nth(4).is_some() {
        return None;
    }
    let l = core.to_lowercase();
    if l.is_empty() || !furniture(&l) {
        return None;
    }
    Some(t)
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let mut found: Vec<(Span, &str)> = Vec::new();
    for b in cx
        .doc
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
    {
        // The block's lines, cut to it, from the index's line starts (no
        // search per block). A line is read without its break, which white
        // space trimming took off before: a line of white space alone, whose
        // lead would differ, is no form.
        for (start, line) in cx.index.lines_in(b.span, Has::ANY) {
            if let Some(t) = furniture_line(line, opens_as_furniture) {
                let lead = line.len() - line.trim_start().len();
                found.push((Span::new(start + lead, start + lead + t.len()), t));
            }
        }
    }
    let Some(&(first, t)) = found.first() else {
        return;
    };
    let (sv, en) = if found.len() == 1 {
        (
            format!("Sidhuvud eller sidfot i texten: \"{t}\""),
            format!("A page header or footer inside the text: \"{t}\""),
        )
    } else {
        // The distinct lines, as an example of what is left.
        let mut kinds: Vec<&str> = Vec::new();
        for (_, t) in &found {
            if !kinds.contains(t) && kinds.len() < 3 {
                kinds.push(t);
            }
        }
        let shown = kinds
            .iter()
            .map(|k| format!("\"{k}\""))
            .collect::<Vec<_>>()
            .join(", ");
        (
            format!(
                "{} sidhuvuden eller sidfötter kvar i texten: {shown}",
                found.len()
            ),
            format!(
                "{} page headers or footers left in the text: {shown}",
                found.len()
            ),
        )
    };
    let d = report(out, CODE, SEVERITY, first, sv, en);
    for &(span, _) in &found[1..] {
        d.repeat(span);
    }
    if d.repeats.is_empty() {
        d.help(
            "Ta bort raden ur textversionen.",
            "Remove the line from the text version.",
        );
    } else {
        d.help(
            "Ta bort raderna ur textversionen.",
            "Remove the lines from the text version.",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`opens_as_furniture`] passes every line whose core opens as
    /// furniture does.
    #[test]
    fn a_line_opens_as_its_core() {
        for line in [
            "Sida 3\n",
            "  **Justerandes signatur**  \n",
            "| 3 (12) |",
            "\u{a0}_ordförandes signatur_",
            "# * Utdragsbestyrkande",
            "Beslut\n",
            "   \n",
            "",
            "*\u{2003}x",
            " — sida 3",
            "*#_| 12",
        ] {
            let t = line.trim();
            let core = t.trim_matches(|c: char| matches!(c, '*' | '#' | '_' | '|' | ' '));
            let opens = core.trim_start().chars().next();
            let plain = matches!(
                opens,
                Some('s' | 'S' | 'j' | 'J' | 'o' | 'O' | 'u' | 'U' | '0'..='9')
            );
            assert!(!plain || opens_as_furniture(line), "{line:?}");
        }
    }

    /// The pieces of [`the_first_bytes_settle_as_the_characters_do`]'s
    /// lines: every ASCII byte class, markup, white space of several
    /// kinds, the forms' words in several cases and their look-alikes,
    /// letters outside ASCII, edge bytes.
    const LINE_PIECES: &[&str] = &[
        "s",
        "S",
        "j",
        "J",
        "o",
        "O",
        "u",
        "U",
        "0",
        "9",
        "3",
        "12",
        "(16)",
        "a",
        "Z",
        "x",
        "-",
        "(",
        ")",
        " ",
        " ",
        " ",
        "\t",
        "\r",
        "\n",
        "\x0b",
        "\x0c",
        "\x1c",
        "*",
        "#",
        "_",
        "|",
        "\u{a0}",
        "\u{2003}",
        "\u{85}",
        "§",
        "å",
        "ä",
        "ö",
        "Å",
        "Ä",
        "Ö",
        "É",
        "Sida",
        "SIDA",
        "sid",
        "Sidan",
        "av",
        "(av",
        "Signatur",
        "SIGNATURER",
        "sign",
        "Justerandes",
        "JUSTERARES",
        "just",
        "Ordförandes",
        "ORDFÖRANDES",
        "ordf",
        "Utdragsbestyrkande",
        "UTDRAGSBESTYR\u{212a}ANDE",
        "utdr",
        "\u{212a}",
        "İ",
        "Socialnämnden",
        "\u{7f}",
        "\0",
        "abcdefghijklmno",
        "abcdefghijklmnop",
        "abcdefghijklmnopq",
    ];

    /// [`opens_as_furniture`], which answers most lines by their first
    /// bytes, finds the furniture the reading of characters does: on
    /// generated lines (empty ones, of 15, 16, 17 bytes and more, forms
    /// and near forms) and on every character up to U+3100 (of one to
    /// three bytes) before a piece.
    #[test]
    fn the_first_bytes_settle_as_the_characters_do() {
        let mut rng = crate::testing::Rng::new(0x3c6e_f372_fe94_f82b);
        let mut forms = 0;
        for most in [4, 8] {
            for _ in 0..150_000 {
                let line = rng.pieces(LINE_PIECES, most);
                let plain = furniture_line(&line, opens_as_furniture_by_char);
                forms += usize::from(plain.is_some());
                assert_eq!(furniture_line(&line, opens_as_furniture), plain, "{line:?}");
            }
        }
        assert!(forms > 1_000, "{forms}");
        // Up to past U+3000, the last white space of the BMP's first part.
        for c in (0..0x3100).filter_map(char::from_u32) {
            for rest in LINE_PIECES {
                let line = format!("{c}{rest}");
                assert_eq!(
                    furniture_line(&line, opens_as_furniture),
                    furniture_line(&line, opens_as_furniture_by_char),
                    "{line:?}"
                );
            }
        }
    }

    /// The pieces of the cores [`may_open_form`]'s tests generate: the
    /// forms' words, their look-alikes in other cases, numbers and white
    /// space of several kinds.
    const FORM_PIECES: &[&str] = &[
        "Sida",
        "SIDA",
        "sida",
        "Signatur",
        "SIGNATURER",
        "Justerandes",
        "JUSTERARES",
        "Ordförandes",
        "ORDFÖRANDES",
        "Utdragsbestyrkande",
        "UTDRAGSBESTYR\u{212a}ANDE",
        "signatur",
        "sign",
        "av",
        "(av",
        "AV",
        "3",
        "12",
        "2024",
        "12345",
        "(16)",
        "16)",
        "(",
        ")",
        " ",
        "  ",
        "\u{a0}",
        "\t",
        "\u{2003}",
        "Sidan",
        "Socialnämnden",
        "İ",
        "Σ",
        "x",
    ];

    /// [`may_open_form`] passes every core that lowers to furniture;
    /// generated cores of [`FORM_PIECES`].
    #[test]
    fn a_form_opens_with_its_first_word() {
        let mut rng = crate::testing::Rng::new(0xd1b5_4a32_d192_ed03);
        let mut forms = 0;
        for _ in 0..200_000 {
            let core = rng.pieces(FORM_PIECES, 5);
            let l = core.to_lowercase();
            if !l.is_empty() && furniture(&l) {
                forms += 1;
                assert!(may_open_form(&core), "{core:?}");
            }
        }
        assert!(forms > 2_000, "{forms}");
        assert!(!may_open_form("Socialnämnden beslutar"));
        assert!(!may_open_form("12345 kronor"));
    }

    /// [`may_open_form`] reads a first word outside ASCII as its lower-case
    /// copy does: generated cores of [`FORM_PIECES`] and of the lines'
    /// pieces, and every character up to U+3100 before a piece.
    #[test]
    fn a_first_word_outside_ascii_reads_as_its_lower_case() {
        let lowered = |core: &str| {
            core.split_whitespace().next().is_some_and(|w| {
                let l = w.to_lowercase();
                (l.len() <= 4 && l.bytes().all(|b| b.is_ascii_digit()))
                    || FIRST_WORDS.contains(&l.as_str())
            })
        };
        let mut rng = crate::testing::Rng::new(0x9b05_688c_2b3e_6c1f);
        let mut opens = 0;
        for _ in 0..100_000 {
            for pieces in [FORM_PIECES, LINE_PIECES] {
                let core = rng.pieces(pieces, 4);
                opens += usize::from(lowered(&core));
                assert_eq!(may_open_form(&core), lowered(&core), "{core:?}");
            }
        }
        assert!(opens > 2_000, "{opens}");
        for c in (0..0x3100).filter_map(char::from_u32) {
            for rest in FORM_PIECES {
                let core = format!("{c}{rest}");
                assert_eq!(may_open_form(&core), lowered(&core), "{core:?}");
            }
        }
    }

    /// `check` passes over a line of five words or more without lowering
    /// it: no furniture has that many, and lower case maps white space to
    /// itself and nothing else to white space.
    #[test]
    fn furniture_has_at_most_four_words() {
        for l in [
            "justerandes signatur utdragsbestyrkande",
            "sida 3 av 16",
            "sida 3 (av 16)",
            "3 (16)",
            "3 av 16",
        ] {
            assert!(furniture(l), "{l}");
            assert!(l.split_whitespace().nth(4).is_none(), "{l}");
        }
        assert!(!furniture("sida 3 av 16 sidor"));
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert!(
                c.to_lowercase()
                    .all(|x| x.is_whitespace() == c.is_whitespace()),
                "{c:?}"
            );
        }
    }
}
