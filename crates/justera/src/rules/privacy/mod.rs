//! Privacy before publishing: identity numbers, contact details and
//! confidential paragraphs.

pub mod confidential_leak;
pub mod email_address;
pub mod personnummer;
pub mod phone_number;
pub mod samordningsnummer;

use std::sync::OnceLock;

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
    for c in index.captures_in_stretches(id_re(), Has::DIGITS6, in_id_number, 10) {
        let whole = c.get(0).expect("match");
        // Not part of a longer number or word.
        let glued = |ch: Option<char>| ch.is_some_and(|ch| ch.is_alphanumeric() || ch == '_');
        if glued(src[..whole.start()].chars().next_back())
            || glued(src[whole.end()..].chars().next())
        {
            continue;
        }
        let date = &c[1];
        let sep = &c[2];
        if date.len() == 6 && sep.is_empty() {
            continue;
        }
        let ten: Vec<u8> = date[date.len() - 6..]
            .bytes()
            .chain(c[3].bytes())
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
        let (s, e) = (
            c.get(1).expect("date").start(),
            c.get(3).expect("tail").end(),
        );
        out.push(IdNumber {
            span: Span::new(s, e),
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

    #[test]
    fn organisation_numbers_are_not_people() {
        assert!(id_numbers(&Index::new("Solna stad, org.nr 212000-0282")).is_empty());
    }
}
