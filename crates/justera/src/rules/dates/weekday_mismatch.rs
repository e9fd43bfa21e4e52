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

use time::{Date, Month};

use crate::diagnostic::{Diagnostic, Severity};
use crate::inline::MONTHS;
use crate::model::Span;
use crate::rules::calendar::{parse_iso, weekday_from_sv, weekday_sv};
use crate::rules::dates::date;
use crate::rules::dates::scan_dates::{weekday_dates, Written};
use crate::rules::{report, Context, Has};

pub const CODE: &str = "weekday-mismatch";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "En veckodag stämmer inte med sitt datum.";

/// Every weekday written with a date (`tisdagen den 19 mars 2024`,
/// `fredag 2024-03-22`): the weekday's text and span, the date and the
/// date's span.
fn pairs(cx: &Context) -> Vec<(String, Span, Date, Span)> {
    let mut out = Vec::new();
    let m = &cx.doc.meeting;
    if let (Some((d, dspan)), Some(w)) = (date(&m.date), m.weekday.as_ref()) {
        out.push((w.text.clone(), w.span, d, dspan));
    }
    'lines: for (at, line) in cx.index.lines(Has::DAG | Has::DIGIT) {
        for found in weekday_dates(line) {
            let w = at + found.weekday.start..at + found.weekday.end;
            if out.iter().any(|(_, s, _, _)| s.start == w.start) {
                continue;
            }
            let (d, span) = match found.date {
                Written::Iso(r) => (
                    parse_iso(&line[r.clone()]),
                    Span::new(at + r.start, at + r.end),
                ),
                Written::Words { day, month, year } => {
                    let n: u8 = line[day.clone()].parse().unwrap_or(0);
                    let m = MONTHS
                        .iter()
                        .position(|x| x.eq_ignore_ascii_case(&line[month.clone()]))
                        .unwrap_or(0);
                    let y: i32 = line[year.clone()].parse().unwrap_or(0);
                    let d = Month::try_from(m as u8 + 1)
                        .ok()
                        .and_then(|mo| Date::from_calendar_date(y, mo, n).ok());
                    (d, Span::new(at + day.start, at + year.end))
                }
            };
            if let Some(d) = d {
                out.push((
                    cx.src[w.clone()].to_string(),
                    Span::new(w.start, w.end),
                    d,
                    span,
                ));
            }
            if out.len() > 1000 {
                break 'lines;
            }
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
