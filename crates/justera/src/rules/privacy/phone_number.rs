//! A phone number in the text.
//!
//! ## What it does
//! Reports Swedish phone numbers: mobile (`070-123 45 67`), landline with
//! an area code (`08-617 44 70`, `08 746 15 11`) and international
//! (`+46 70 123 45 67`). A number introduced as the organisation's
//! switchboard (`Växel 0300-83 40 00`) or standing in the organisation's
//! address block (a line with `Postadress`, `Org.nr`, `www.`) is public and
//! left alone.
//!
//! ## Why is this bad?
//! Direct numbers pasted from signatures and e-mails are personal data and
//! rarely needed in a published protocol.
//!
//! ## Example
//! ```text
//! Kontakt: Anna Ek, 070-123 45 67
//! ```
//! Use instead: the name alone, or the switchboard.
//!
//! ## References
//! - GDPR art. 5.1 c (data minimisation); lag (2018:218) 1 kap.;
//!   Kommunallagen (2017:725) 8 kap. 12 § (publishing on the web).

#[cfg(test)]
use std::sync::OnceLock;

#[cfg(test)]
use regex_lite::Regex;

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Span;
use crate::rules::{report, Context, Has};

pub const CODE: &str = "phone-number";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Ett telefonnummer i texten.";

/// A phone number: every form opens with `+` or `0`.
#[cfg(test)]
const PATTERN: &str = concat!(
    r"\+46[ -]?(?:\(0\)[ -]?)?\d{1,3}[ -]?\d{2,3}[ -]?\d{2}[ -]?\d{2,3}",
    r"|07\d[ -]?\d{3}[ -]?\d{2}[ -]?\d{2}",
    r"|0\d{1,3}[ -]\d{2,3}[ -]?\d{2}[ -]?\d{2,3}",
);

/// [`PATTERN`] anchored: tried only where a `+` or `0` stands (the plain
/// reading of [`number_at`]).
#[cfg(test)]
fn re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(&format!("^(?:{PATTERN})")).expect("regex"))
}

/// Whether a phone number of [`PATTERN`] can open `b`: `+46`, or `0`, a
/// digit, and either `7` for that digit (`07\d`, separators optional) or
/// a blank or `-` after one to three digits (`0\d{1,3}[ -]`). A necessary
/// condition of the pattern's match, read off the first five bytes: most
/// `0` in a text (`2024`, `100`) are passed over without running it.
fn may_open_number(b: &[u8]) -> bool {
    match b {
        [b'+', b'4', b'6', ..] => true,
        [b'0', b'7', ..] => true,
        [b'0', d, rest @ ..] if d.is_ascii_digit() => rest
            .iter()
            .take(3)
            .take_while(|&&c| c.is_ascii_digit() || c == b' ' || c == b'-')
            .position(|&c| c == b' ' || c == b'-')
            .is_some(),
        _ => false,
    }
}

/// The longest match of [`PATTERN`]'s alternatives that open with `0`
/// (`0\d{1,3}[ -]\d{2,3}[ -]?\d{2}[ -]?\d{2,3}`: 15 bytes; `07`'s: 13).
const LONGEST_FROM_ZERO: usize = 15;

/// The fewest digits a match opening with `0` holds (`0\d{1,3}[ -]`
/// and three groups of two or more: 8; `07`'s: 10).
const FEWEST_FROM_ZERO: usize = 8;

/// Whether `b`, when it opens with `0`, holds enough digits for a phone
/// number there: a match that opens with `0` is made of digits, blanks
/// and `-` only, at most [`LONGEST_FROM_ZERO`] bytes, with at least
/// [`FEWEST_FROM_ZERO`] digits, so the first bytes of `b` of that kind
/// hold them. A necessary condition, read without the pieces' search: a
/// date (`2024-06-18`) or a short number (`0,5`, `06-18`) is passed over.
/// A `b` that opens with another byte (`+46`) is not told apart here.
fn enough_digits(b: &[u8]) -> bool {
    if b.first() != Some(&b'0') {
        return true;
    }
    let digits = b
        .iter()
        .take(LONGEST_FROM_ZERO)
        .take_while(|&&c| c.is_ascii_digit() || c == b' ' || c == b'-')
        .filter(|c| c.is_ascii_digit())
        .count();
    digits >= FEWEST_FROM_ZERO
}

/// A piece of [`PATTERN`], as [`number_at`] matches it.
#[derive(Clone, Copy)]
enum Piece {
    /// These bytes.
    Lit(&'static [u8]),
    /// From `.0` to `.1` ASCII digits (`\d` is ASCII), as many as match.
    Digits(usize, usize),
    /// `[ -]`.
    Sep,
    /// `[ -]?`, taken when it matches.
    MaySep,
    /// `(?:\(0\)[ -]?)?`, taken when it matches.
    MayZero,
}

/// [`PATTERN`]'s alternatives, in its order.
const ALTERNATIVES: [&[Piece]; 3] = {
    use Piece::*;
    [
        &[
            Lit(b"+46"),
            MaySep,
            MayZero,
            Digits(1, 3),
            MaySep,
            Digits(2, 3),
            MaySep,
            Digits(2, 2),
            MaySep,
            Digits(2, 3),
        ],
        &[
            Lit(b"07"),
            Digits(1, 1),
            MaySep,
            Digits(3, 3),
            MaySep,
            Digits(2, 2),
            MaySep,
            Digits(2, 2),
        ],
        &[
            Lit(b"0"),
            Digits(1, 3),
            Sep,
            Digits(2, 3),
            MaySep,
            Digits(2, 2),
            MaySep,
            Digits(2, 3),
        ],
    ]
};

/// Where a match of `pieces` at `i` of `b` ends: each alternative of a
/// piece tried in the pattern's order (the greedy one first, as many
/// digits as it takes, then fewer), so the match is the one a leftmost-first
/// search of the anchored pattern gives.
fn pieces_at(b: &[u8], pieces: &[Piece], i: usize) -> Option<usize> {
    let Some((&p, rest)) = pieces.split_first() else {
        return Some(i);
    };
    let sep = |j: usize| matches!(b.get(j), Some(b' ' | b'-'));
    match p {
        Piece::Lit(l) => b[i..]
            .starts_with(l)
            .then(|| pieces_at(b, rest, i + l.len()))
            .flatten(),
        Piece::Digits(lo, hi) => {
            let run = b[i..]
                .iter()
                .take(hi)
                .take_while(|c| c.is_ascii_digit())
                .count();
            (lo..=run).rev().find_map(|n| pieces_at(b, rest, i + n))
        }
        Piece::Sep => sep(i).then(|| pieces_at(b, rest, i + 1)).flatten(),
        Piece::MaySep => sep(i)
            .then(|| pieces_at(b, rest, i + 1))
            .flatten()
            .or_else(|| pieces_at(b, rest, i)),
        Piece::MayZero => {
            let zero = b[i..].starts_with(b"(0)");
            let j = i + 3;
            (zero && sep(j))
                .then(|| pieces_at(b, rest, j + 1))
                .flatten()
                .or_else(|| zero.then(|| pieces_at(b, rest, j)).flatten())
                .or_else(|| pieces_at(b, rest, i))
        }
    }
}

/// The end of [`PATTERN`]'s match at the start of `t` (the anchored
/// pattern's), tried where [`may_open_number`] holds: the pattern's pieces
/// matched in its order, without running the regex.
fn number_at(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    if !may_open_number(b) || !enough_digits(b) {
        return None;
    }
    ALTERNATIVES.iter().find_map(|a| pieces_at(b, a, 0))
}

/// Whether the match stands alone: not inside a longer number, a case
/// number, a date or a word.
/// Whether the number is introduced as the organisation's own
/// (`Växel 0300-83 40 00`, `Kontaktcenter`), which is public.
fn switchboard(src: &str, start: usize) -> bool {
    let floor = |mut i: usize| {
        while !src.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    let ceil = |mut i: usize| {
        while !src.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let before = src[floor(start.saturating_sub(40))..start].to_lowercase();
    let before = before.rsplit('\n').next().unwrap_or("");
    let introduced = [
        "växel",
        "vxl",
        "vx ",
        "vx.",
        "kontaktcenter",
        "kundcenter",
        "servicecenter",
        "kommunens telefon",
    ]
    .iter()
    .any(|w| before.contains(w));
    // A letterhead or footer line: the organisation's address block. At
    // most 300 bytes either side, so the work per number is bounded.
    let lo = floor(start.saturating_sub(300));
    let hi = ceil((start + 300).min(src.len()));
    let line_start = src[lo..start].rfind('\n').map_or(lo, |i| lo + i + 1);
    let line_end = src[start..hi].find('\n').map_or(hi, |i| start + i);
    let line = src[line_start..line_end].to_lowercase();
    let footer = [
        "postadress",
        "besöksadress",
        "organisationsnummer",
        "org.nr",
        "org nr",
        "webbplats",
        "www.",
    ]
    .iter()
    .any(|w| line.contains(w));
    introduced || footer
}

/// Whether the match is a case number (`Dnr Ks 00-1009 006`): `Dnr` or
/// `diarienummer` a few words before it on its line.
fn case_number(src: &str, start: usize) -> bool {
    let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
    let before = src[line_start..start].to_lowercase();
    let near: String = before
        .chars()
        .rev()
        .take(24)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    ["dnr", "diarienr", "diarienummer", "ärendenr"]
        .iter()
        .any(|w| near.contains(w))
}

fn alone(src: &str, start: usize, end: usize) -> bool {
    let before = src[..start].chars().next_back();
    let after: Vec<char> = src[end..].chars().take(2).collect();
    let glued = |c: char| c.is_alphanumeric() || matches!(c, '/' | ':' | '-' | '§' | '_');
    let before_ok = !before.is_some_and(|c| glued(c) || c == '.' || c == ',');
    let after_ok = match after[..] {
        [] => true,
        [c, ..] if glued(c) => false,
        ['.' | ',', d, ..] => !d.is_ascii_digit(),
        _ => true,
    };
    before_ok && after_ok
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for m in cx
        .index
        .find_iter_opening_by(Has::PHONE, [b'+', b'0'], number_at)
    {
        if out.len() >= crate::rules::MAX_PER_RULE {
            return;
        }
        if !alone(cx.src, m.start(), m.end())
            || switchboard(cx.src, m.start())
            || case_number(cx.src, m.start())
        {
            continue;
        }
        let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
        let international = m.as_str().starts_with('+');
        if !international && !(8..=10).contains(&digits) {
            continue;
        }
        report(
            out,
            CODE,
            SEVERITY,
            Span::new(m.start(), m.end()),
            "Telefonnummer i texten",
            "A phone number in the text",
        )
        .help(
            "Ta bort direktnummer innan publicering; hänvisa till växeln om det behövs.",
            "Remove direct numbers before publishing; give the switchboard if needed.",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::index::Index;

    /// [`number_at`] ends where the anchored pattern's match does, at
    /// every place of generated lines of numbers in every form, their
    /// pieces, separators and look-alikes.
    #[test]
    fn the_pieces_match_as_the_pattern() {
        let pieces = [
            "0",
            "07",
            "070",
            "+46",
            "+46 ",
            "+46-",
            "(0)",
            "(0) ",
            "(0)-",
            "(",
            ")",
            "8",
            "12",
            "123",
            "45",
            "1234",
            " ",
            "-",
            "  ",
            "x",
            "0300-83 40 00",
            "070-123 45 67",
            "+46 8 123 45 67",
            "+46(0)8-123 45 67",
            "08-12 34 56",
            "2024-03-01",
            "ö",
            "+",
        ];
        let mut rng = crate::testing::Rng::new(0xbf58_476d_1ce4_e5b9);
        let mut found = 0;
        for _ in 0..60_000 {
            let t = rng.pieces(&pieces, 10);
            for (c, _) in t.char_indices() {
                let rest = &t[c..];
                let plain = if may_open_number(rest.as_bytes()) {
                    re().find(rest).map(|m| m.end())
                } else {
                    None
                };
                assert_eq!(number_at(rest), plain, "{rest:?}");
                found += usize::from(plain.is_some());
            }
        }
        assert!(found > 20_000, "{found}");
    }

    /// Tried where `+` or `0` stands, the anchored pattern finds what the
    /// pattern finds searching every line.
    #[test]
    fn found_where_a_number_opens_as_searched() {
        let whole = Regex::new(PATTERN).unwrap();
        let pieces = [
            "0",
            "07",
            "070",
            "+46",
            "+46 ",
            "(0)",
            "8",
            "12",
            "123",
            "45",
            " ",
            "-",
            "x",
            "ring",
            "0300-83 40 00",
            "070-123 45 67",
            "+46 8 123 45 67",
            "2024-03-01",
            "ö",
            "\n",
        ];
        let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15);
        let mut found = 0;
        for _ in 0..20_000 {
            let t = rng.pieces(&pieces, 10);
            let ix = Index::new(&t);
            let searched: Vec<(usize, usize)> = ix
                .find_iter(&whole, Has::ANY)
                .map(|m| (m.start(), m.end()))
                .collect();
            let tried: Vec<(usize, usize)> = ix
                .find_iter_opening(re(), Has::ANY, [b'+', b'0'])
                .map(|m| (m.start(), m.end()))
                .collect();
            assert_eq!(searched, tried, "{t:?}");
            found += searched.len();
        }
        assert!(found > 1000, "{found}");
    }

    /// Every place the anchored pattern matches passes
    /// [`may_open_number`], so the numbers found with it are those found
    /// without; generated lines of numbers' pieces, dates and words.
    #[test]
    fn the_number_prefilter_misses_no_number() {
        let pieces = [
            "0",
            "07",
            "070",
            "+46",
            "+4",
            "+",
            "(0)",
            "8",
            "12",
            "123",
            "45",
            "7",
            " ",
            "-",
            "x",
            "0300-83 40 00",
            "070-123 45 67",
            "+46 8 123 45 67",
            "2024-03-01",
            "ö",
            "\n",
            "08 ",
            "031-",
            "0 ",
        ];
        let mut rng = crate::testing::Rng::new(0x3c6e_f372_fe94_f82b);
        let (mut found, mut passed) = (0, 0);
        for _ in 0..100_000 {
            let t = rng.pieces(&pieces, 8);
            let matched = re().is_match(&t);
            let may = may_open_number(t.as_bytes());
            assert!(!matched || may, "{t:?}");
            found += usize::from(matched);
            passed += usize::from(may && !matched);
        }
        assert!(found > 5_000 && passed > 1_000, "{found} {passed}");
        assert!(!may_open_number(b"2024"[1..].as_ref()));
    }

    /// Every place the anchored pattern matches passes [`enough_digits`],
    /// and the gate turns away most places that open with `0` and match
    /// nothing (dates, short numbers): generated lines of numbers in
    /// every form cut short, dates, separators and letters, at every place.
    #[test]
    fn the_digit_gate_misses_no_number() {
        let pieces = [
            "0",
            "07",
            "070",
            "+46 ",
            "(0)",
            "8",
            "12",
            "123",
            "45",
            "1234",
            " ",
            "-",
            "  ",
            "x",
            "å",
            "0300-83 40 00",
            "070-123 45 67",
            "08-12 34 56",
            "031-12 34",
            "2024-06-18",
            "06-18",
            "0,5",
            "\n",
        ];
        let mut rng = crate::testing::Rng::new(0x94d0_49bb_1331_11eb);
        let (mut found, mut turned) = (0, 0);
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 10);
            for (c, _) in t.char_indices() {
                let rest = &t[c..];
                let matched = re().is_match(rest);
                let enough = enough_digits(rest.as_bytes());
                assert!(!matched || enough, "{rest:?}");
                found += usize::from(matched && rest.starts_with('0'));
                turned += usize::from(!enough && may_open_number(rest.as_bytes()));
            }
        }
        assert!(found > 10_000 && turned > 10_000, "{found} {turned}");
        assert!(!enough_digits(b"024-06-18"));
        assert!(enough_digits(b"08-12 34 56"));
        assert!(enough_digits(b""));
    }
}
