//! The weekday does not match the meeting date.
//!
//! ## What it does
//! Reports a meeting header whose weekday (`tisdagen den 19 mars 2024`)
//! is not the weekday of the date.
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

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::calendar::{weekday_from_sv, weekday_sv};
use crate::rules::dates::date;
use crate::rules::{report, Context};

pub const CODE: &str = "weekday-mismatch";
pub const SEVERITY: Severity = Severity::Warning;

fn weekday_en(w: time::Weekday) -> String {
    format!("{w}")
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let m = &cx.doc.meeting;
    let (Some((d, dspan)), Some(written)) = (date(&m.date), m.weekday.as_ref()) else {
        return;
    };
    let Some(said) = weekday_from_sv(&written.text) else {
        return;
    };
    if said == d.weekday() {
        return;
    }
    let iso = m.date.as_ref().map(|x| x.iso.as_str()).unwrap_or_default();
    report(
        out,
        CODE,
        SEVERITY,
        written.span,
        format!(
            "{iso} är en {}, inte {}",
            weekday_sv(d.weekday()),
            written.text.trim()
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
