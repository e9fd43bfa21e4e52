//! A date that does not exist.
//!
//! ## What it does
//! Reports a date written as `YYYY-MM-DD` or `D månad YYYY` whose day does
//! not exist in that month (`2024-02-30`, `31 april 2024`, `2023-02-29`).
//!
//! ## Why is this bad?
//! An impossible date is a typo; when it is a meeting, justering, notice or
//! deadline date, nobody can tell which day was meant.
//!
//! ## Example
//! ```text
//! Anslaget sattes upp 2024-04-31.
//! ```
//! Use instead: `2024-04-30` or `2024-05-01`, whichever was meant.
//!
//! ## References
//! - Kommunallagen (2017:725) 8 kap. 12 § and 13 kap. 5 § (the notice and
//!   appeal dates must be certain).

#[cfg(test)]
use std::sync::OnceLock;

#[cfg(test)]
use regex_lite::Regex;

use crate::diagnostic::{Diagnostic, Severity};
use crate::inline::{days_in_month, MONTHS};
use crate::model::Span;
use crate::rules::dates::scan_dates::words_dates;
use crate::rules::{report, Context, Has};

pub const CODE: &str = "invalid-date";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Ett datum som inte finns.";

/// The ISO dates of a line as the pattern
/// `(?:^|[^\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?:$|[^\d-])` finds them, one
/// match after another (each takes the character after its date, so two
/// dates one space apart are one match): where each year starts.
#[cfg(test)]
fn iso_dates(h: &str) -> Vec<usize> {
    // A used vector, as `check` hands over.
    let mut out = vec![7];
    iso_dates_into(h, &mut out);
    out
}

/// [`iso_dates`] into `out`, cleared first: one vector for every line.
fn iso_dates_into(h: &str, out: &mut Vec<usize>) {
    let b = h.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    out.clear();
    // Where the search goes on: the end of the last match.
    let mut pos = 0;
    // A year stands four bytes before a `-`: the places tried are those,
    // in order (the others fail on the `-`), by memchr instead of one by
    // one.
    for dash in memchr::memchr_iter(b'-', b) {
        let Some(q) = dash.checked_sub(4) else {
            continue;
        };
        if q + 10 > b.len() {
            break;
        }
        // Inside the last match (the search went on after it).
        if q < pos {
            continue;
        }
        let year = matches!(&b[q..q + 2], b"19" | b"20")
            && digits(q + 2..q + 4)
            && digits(q + 5..q + 7)
            && b[q + 7] == b'-'
            && digits(q + 8..q + 10);
        if !year {
            continue;
        }
        // The year opens the line, or follows a character (taken by the
        // match) that is neither a digit nor `-`, after the last match.
        let before = h[..q].chars().next_back();
        let opens = match before {
            None => true,
            Some(c) => q - c.len_utf8() >= pos && !c.is_ascii_digit() && c != '-',
        };
        let after = h[q + 10..].chars().next();
        let closes = after.is_none_or(|c| !c.is_ascii_digit() && c != '-');
        if opens && closes {
            out.push(q);
            pos = q + 10 + after.map_or(0, char::len_utf8);
        }
    }
}

#[cfg(test)]
fn iso_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:^|[^\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?:$|[^\d-])").expect("regex")
    })
}

fn real(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let src = cx.src;
    let mut found: Vec<(Span, String)> = Vec::new();
    let mut dates = Vec::new();
    for (at, line) in cx.index.lines(Has::ISO) {
        iso_dates_into(line, &mut dates);
        for &q in &dates {
            let (y, m, d): (i32, u32, u32) = (
                line[q..q + 4].parse().unwrap_or(0),
                line[q + 5..q + 7].parse().unwrap_or(0),
                line[q + 8..q + 10].parse().unwrap_or(0),
            );
            if (1..=12).contains(&m) && (1..=31).contains(&d) && !real(y, m, d) {
                let (s, e) = (at + q, at + q + 10);
                found.push((Span::new(s, e), src[s..e].to_string()));
            }
        }
    }
    for (at, line) in cx.index.lines(Has::DAY_MONTH) {
        for w in words_dates(line) {
            let d: u32 = line[w.day.clone()].parse().unwrap_or(0);
            let m = MONTHS
                .iter()
                .position(|x| x.eq_ignore_ascii_case(&line[w.month.clone()]))
                .map_or(0, |i| i as u32 + 1);
            let y: i32 = line[w.year.clone()].parse().unwrap_or(0);
            if (1..=31).contains(&d) && !real(y, m, d) {
                let (s, e) = (at + w.day.start, at + w.year.end);
                found.push((Span::new(s, e), src[s..e].to_string()));
            }
        }
    }
    for (span, text) in found {
        report(
            out,
            CODE,
            SEVERITY,
            span,
            format!("Datumet {text} finns inte"),
            format!("The date {text} does not exist"),
        )
        .help("Rätta datumet.", "Correct the date.");
    }
}

#[cfg(test)]
mod iso_tests {
    use super::{iso_dates, iso_re};

    #[test]
    fn iso_dates_are_the_patterns_matches() {
        let pieces = [
            "2024", "1999", "20", "19", "-", "01", "13", "3", " ", "x", "é", "\r", "--", "0",
        ];
        let mut seed: u64 = 7;
        for _ in 0..40_000 {
            let mut h = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let n = (seed >> 33) % 12;
            for _ in 0..n {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                h.push_str(pieces[((seed >> 33) % pieces.len() as u64) as usize]);
            }
            let want: Vec<usize> = iso_re()
                .captures_iter(&h)
                .map(|c| c.get(1).expect("year").start())
                .collect();
            assert_eq!(iso_dates(&h), want, "{h:?}");
        }
        assert_eq!(iso_dates("2024-01-01 2024-13-01"), vec![0]);
        assert_eq!(iso_dates("den 2024-02-30."), vec![4]);
    }
}
