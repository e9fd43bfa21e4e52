//! Privacy before publishing: identity numbers, contact details and
//! confidential paragraphs.

pub mod confidential_leak;
pub mod email_address;
pub mod personnummer;
pub mod phone_number;
pub mod samordningsnummer;

#[cfg(test)]
use std::sync::OnceLock;

#[cfg(test)]
use regex_lite::Regex;

use crate::inline::days_in_month;
use crate::model::Span;
use crate::rules::index::{Has, Index};

/// A Swedish identity number found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdNumber {
    pub span: Span,
    /// A samordningsnummer (day + 60) rather than a personnummer.
    pub coordination: bool,
}

#[cfg(test)]
fn id_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"((?:19|20)?\d{6})([-+]?)(\d{4})").expect("regex"))
}

/// The bytes an identity number is made of: a match of `id_re` is ten
/// to twelve digits with at most a `-` or `+` among them, so the pattern
/// runs only on stretches of these bytes ten or more long.
fn in_id_number(c: u8) -> bool {
    c.is_ascii_digit() || c == b'-' || c == b'+'
}

/// The first match of `((?:19|20)?\d{6})([-+]?)(\d{4})` (`id_re`) in
/// `b` at or after `from`, as a search of the pattern finds it: at each place in turn, its ways tried in the
/// pattern's order (the century taken when it stands there, then the
/// separator when one follows the date). Where the match starts, where
/// its date ends, where its separator ends and where it ends.
fn id_match(b: &[u8], from: usize) -> Option<[usize; 4]> {
    let digits = |s: usize, n: usize| {
        b.get(s..s + n)
            .is_some_and(|w| w.iter().all(u8::is_ascii_digit))
    };
    for p in from..b.len() {
        let century = matches!(b.get(p..p + 2), Some(b"19" | b"20"));
        for date in [8, 6] {
            if (date == 8 && !century) || !digits(p, date) {
                continue;
            }
            let e = p + date;
            if matches!(b.get(e), Some(b'-' | b'+')) && digits(e + 1, 4) {
                return Some([p, e, e + 1, e + 5]);
            }
            if digits(e, 4) {
                return Some([p, e, e, e + 4]);
            }
        }
    }
    None
}

/// The matches of `id_re`'s pattern in `t`, left to right, each search going on
/// where the last match ended (as `captures_iter`'s): see [`id_match`].
fn id_matches(t: &str) -> impl Iterator<Item = [usize; 4]> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let m = id_match(t.as_bytes(), from)?;
        from = m[3];
        Some(m)
    })
}

/// Luhn over digits (the check digit last).
pub fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    #[allow(clippy::manual_is_multiple_of)] // is_multiple_of needs a newer Rust than rust-version
    let valid = sum % 10 == 0;
    valid
}

/// Personnummer and samordningsnummer with a valid date and check digit:
/// `YYMMDD-NNNN`, `YYMMDD+NNNN`, `YYYYMMDD-NNNN` or `YYYYMMDDNNNN`. Ten
/// digits with no separator are too often something else and are skipped.
pub fn id_numbers(index: &Index) -> Vec<IdNumber> {
    let src = index.src();
    let mut out = Vec::new();
    let found = index
        .stretches(Has::DIGITS6, in_id_number, 10)
        .flat_map(|(at, t)| id_matches(t).map(move |m| (at, t, m)));
    for (at, t, [start, date_end, sep_end, end]) in found {
        // Not part of a longer number or word.
        let glued = |ch: Option<char>| ch.is_some_and(|ch| ch.is_alphanumeric() || ch == '_');
        if glued(src[..at + start].chars().next_back()) || glued(src[at + end..].chars().next()) {
            continue;
        }
        let date = &t[start..date_end];
        let sep = &t[date_end..sep_end];
        let tail = &t[sep_end..end];
        if date.len() == 6 && sep.is_empty() {
            continue;
        }
        let ten: Vec<u8> = date[date.len() - 6..]
            .bytes()
            .chain(tail.bytes())
            .map(|b| b - b'0')
            .collect();
        let month = u32::from(ten[2] * 10 + ten[3]);
        let mut day = u32::from(ten[4] * 10 + ten[5]);
        let coordination = day > 60;
        if coordination {
            day -= 60;
        }
        let year: i32 = if date.len() == 8 {
            date[..4].parse().unwrap_or(2000)
        } else {
            2000
        };
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) || !luhn(&ten)
        {
            continue;
        }
        out.push(IdNumber {
            span: Span::new(at + start, at + end),
            coordination,
        });
    }
    out
}

/// The number with its last four digits hidden.
pub fn masked(text: &str) -> String {
    let keep = text.len().saturating_sub(4);
    format!("{}****", &text[..keep])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_and_dates() {
        // Skatteverket's test numbers.
        let found = id_numbers(&Index::new(
            "a 811218-9876 b 19811218-9876 c 811218-9875 d 8112189876 e 701063-2391",
        ));
        let texts: Vec<(&str, bool)> = found
            .iter()
            .map(|f| {
                (
                    &"a 811218-9876 b 19811218-9876 c 811218-9875 d 8112189876 e 701063-2391"
                        [f.span.start..f.span.end],
                    f.coordination,
                )
            })
            .collect();
        assert_eq!(
            texts,
            vec![
                ("811218-9876", false),
                ("19811218-9876", false),
                ("701063-2391", true)
            ]
        );
        assert_eq!(masked("811218-9876"), "811218-****");
    }

    /// Pieces of lines: digits in runs around the pattern's lengths, its
    /// separators, what glues a number to a word, Swedish letters, `§`,
    /// NBSP, tabs and line breaks.
    const PIECES: &[&str] = &[
        "8112189876",
        "811218",
        "9876",
        "19",
        "20",
        "1981",
        "0",
        "12345",
        "-",
        "+",
        "--",
        "+-",
        " ",
        "\u{a0}",
        "\t",
        "\n",
        "\r\n",
        "a",
        "Å",
        "ö",
        "§",
        "_",
        "é",
        "701063",
        "2391",
        "212000-0282",
        "nr ",
        "(",
        ")",
        ".",
        "",
    ];

    /// The pattern run on the stretches of digits, `-` and `+` finds what
    /// it finds run on the whole lines, capture for capture.
    #[test]
    fn stretches_capture_what_lines_capture() {
        let spans = |c: &crate::rules::index::Caps| {
            (0..4)
                .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                .collect::<Vec<_>>()
        };
        let mut rng = crate::testing::Rng::new(0x2545_f491_4f6c_dd1d);
        let mut found = 0;
        for _ in 0..20_000 {
            let text = rng.pieces(PIECES, 23);
            let ix = Index::new(&text);
            let lines: Vec<_> = ix
                .captures_iter(id_re(), Has::DIGITS6)
                .map(|c| spans(&c))
                .collect();
            let parts: Vec<_> = ix
                .captures_in_stretches(id_re(), Has::DIGITS6, in_id_number, 10)
                .map(|c| spans(&c))
                .collect();
            assert_eq!(parts, lines, "{text:?}");
            found += lines.len();
        }
        assert!(
            found > 1000,
            "only {found} matches: the pieces must make numbers"
        );
    }

    /// [`id_matches`] finds what the pattern's `captures_iter` finds,
    /// capture for capture, on generated stretches of digits, `-` and `+`
    /// (the bytes it is run on), centuries, and a few other bytes.
    #[test]
    fn the_matcher_captures_what_the_pattern_captures() {
        let pieces = [
            "8112189876",
            "811218",
            "9876",
            "19",
            "20",
            "1981",
            "0",
            "1",
            "12345",
            "-",
            "+",
            "--",
            "+-",
            "701063",
            "2391",
            "212000-0282",
            "a",
            "ö",
            " ",
        ];
        let mut rng = crate::testing::Rng::new(0xd1b5_4a32_d192_ed03);
        let mut found = 0;
        for _ in 0..30_000 {
            let t = rng.pieces(&pieces, 9);
            let plain: Vec<[usize; 4]> = id_re()
                .captures_iter(&t)
                .map(|c| {
                    let g = |i: usize| c.get(i).expect("group");
                    [g(0).start(), g(1).end(), g(2).end(), g(3).end()]
                })
                .collect();
            let fast: Vec<[usize; 4]> = id_matches(&t).collect();
            assert_eq!(fast, plain, "{t:?}");
            found += plain.len();
        }
        assert!(found > 10_000, "{found}");
        assert_eq!(id_matches("").count(), 0);
    }

    #[test]
    fn organisation_numbers_are_not_people() {
        assert!(id_numbers(&Index::new("Solna stad, org.nr 212000-0282")).is_empty());
    }
}
