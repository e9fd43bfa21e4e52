//! A weekday does not match its date.
//!
//! ## What it does
//! Reports a weekday written with a date (`tisdagen den 19 mars 2024`,
//! `fredag 2024-03-22`), in the meeting header or anywhere else, that is
//! not the weekday of the date.
//!
//! ## Why is this bad?
//! One of the two is wrong, and the date of the meeting starts the clocks
//! for justering and appeal. It is usually a header copied from an older
//! protocol.
//!
//! ## Example
//! ```text
//! Sammanträdesdatum: onsdagen den 19 mars 2024
//! ```
//! Use instead: `tisdagen den 19 mars 2024`.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § (the protocol records the
//!   meeting); 5 kap. 69 § (justering counted from the meeting).

use std::sync::OnceLock;

use regex_lite::Regex;
use time::{Date, Month};

use crate::diagnostic::{Diagnostic, Severity};
use crate::inline::MONTHS;
use crate::model::Span;
use crate::rules::calendar::{parse_iso, weekday_from_sv, weekday_sv};
use crate::rules::dates::date;
use crate::rules::{report, Context, Has};

pub const CODE: &str = "weekday-mismatch";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "En veckodag stämmer inte med sitt datum.";

/// A weekday written next to a date: `tisdagen den 19 mars 2024`,
/// `fredag 2024-03-22`.
fn re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"(?i)\b((?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?)(?:[ \t]+den)?[ \t,]+",
            r"(?:(\d{1,2})[ \t]+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)[ \t]+((?:19|20)\d\d)",
            r"|((?:19|20)\d\d-\d\d-\d\d))",
        ))
        .expect("regex")
    })
}

/// Every weekday written with a date: the weekday's text and span, the
/// date and the date's span.
fn pairs(cx: &Context) -> Vec<(String, Span, Date, Span)> {
    let mut out = Vec::new();
    let m = &cx.doc.meeting;
    if let (Some((d, dspan)), Some(w)) = (date(&m.date), m.weekday.as_ref()) {
        out.push((w.text.clone(), w.span, d, dspan));
    }
    for c in cx.index.captures_iter(re(), Has::DAG | Has::DIGIT) {
        let w = c.get(1).expect("weekday");
        if out.iter().any(|(_, s, _, _)| s.start == w.start()) {
            continue;
        }
        let (d, span) = if let Some(iso) = c.get(5) {
            (parse_iso(iso.as_str()), Span::new(iso.start(), iso.end()))
        } else {
            let day: u8 = c[2].parse().unwrap_or(0);
            let month = MONTHS
                .iter()
                .position(|x| x.eq_ignore_ascii_case(&c[3]))
                .unwrap_or(0);
            let year: i32 = c[4].parse().unwrap_or(0);
            let d = Month::try_from(month as u8 + 1)
                .ok()
                .and_then(|mo| Date::from_calendar_date(year, mo, day).ok());
            (
                d,
                Span::new(
                    c.get(2).expect("day").start(),
                    c.get(4).expect("year").end(),
                ),
            )
        };
        if let Some(d) = d {
            out.push((
                w.as_str().to_string(),
                Span::new(w.start(), w.end()),
                d,
                span,
            ));
        }
        if out.len() > 1000 {
            break;
        }
    }
    out
}

fn weekday_en(w: time::Weekday) -> String {
    format!("{w}")
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for (written, wspan, d, dspan) in pairs(cx) {
        let Some(said) = weekday_from_sv(&written) else {
            continue;
        };
        if said == d.weekday() {
            continue;
        }
        let iso = crate::rules::calendar::iso(d);
        report(
            out,
            CODE,
            SEVERITY,
            wspan,
            format!(
                "{iso} är en {}, inte {}",
                weekday_sv(d.weekday()),
                written.trim()
            ),
            format!(
                "{iso} is a {}, not a {}",
                weekday_en(d.weekday()),
                weekday_en(said)
            ),
        )
        .label(dspan, "datumet", "the date")
        .help(
            "Rätta veckodagen eller datumet.",
            "Correct the weekday or the date.",
        );
    }
}
