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

use std::sync::OnceLock;

use regex_lite::Regex;

use crate::diagnostic::{Diagnostic, Severity};
use crate::inline::{days_in_month, MONTHS};
use crate::model::Span;
use crate::rules::{report, Context, Has};

pub const CODE: &str = "invalid-date";
pub const SEVERITY: Severity = Severity::Warning;

fn iso_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:^|[^\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?:$|[^\d-])").expect("regex")
    })
}

fn words_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)(?:^|[^\d])(\d{1,2})(?:e|:e)?[ \t]+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)[ \t]+((?:19|20)\d\d)\b")
            .expect("regex")
    })
}

fn real(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let src = cx.src;
    let mut found: Vec<(Span, String)> = Vec::new();
    for c in cx.index.captures_iter(iso_re(), Has::ISO) {
        let (y, m, d): (i32, u32, u32) = (
            c[1].parse().unwrap_or(0),
            c[2].parse().unwrap_or(0),
            c[3].parse().unwrap_or(0),
        );
        if (1..=12).contains(&m) && (1..=31).contains(&d) && !real(y, m, d) {
            let (s, e) = (
                c.get(1).expect("year").start(),
                c.get(3).expect("day").end(),
            );
            found.push((Span::new(s, e), src[s..e].to_string()));
        }
    }
    for c in cx.index.captures_iter(words_re(), Has::DAY_MONTH) {
        let d: u32 = c[1].parse().unwrap_or(0);
        let m = MONTHS
            .iter()
            .position(|x| x.eq_ignore_ascii_case(&c[2]))
            .map_or(0, |i| i as u32 + 1);
        let y: i32 = c[3].parse().unwrap_or(0);
        if (1..=31).contains(&d) && !real(y, m, d) {
            let (s, e) = (
                c.get(1).expect("day").start(),
                c.get(3).expect("year").end(),
            );
            found.push((Span::new(s, e), src[s..e].to_string()));
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
