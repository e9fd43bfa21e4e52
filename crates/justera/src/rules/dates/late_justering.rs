//! The protocol was approved more than 14 days after the meeting.
//!
//! ## What it does
//! Compares the meeting date with the justering (the justering date, or the
//! last signature date) and reports a gap of more than 14 days (more when
//! the 14th day is a Saturday, Sunday or holiday: the time then ends on the
//! next working day).
//!
//! ## Why is this bad?
//! The law requires justering within 14 days, so that decisions can be
//! acted on and appealed without delay; the appeal period starts only once
//! the approved protocol is announced.
//!
//! ## Example
//! ```text
//! Sammanträdesdatum 2024-03-18
//! Justeringsdatum   2024-04-05
//! ```
//! Use instead: approve by 2024-04-01.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 69 § (justering within 14 days),
//!   applied to nämnder by 6 kap. 35 §.
//! - Lag (1930:173) om beräkning av lagstadgad tid, 2 §.

use time::Duration;

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::calendar::{self, iso};
use crate::rules::dates::{date, justered};
use crate::rules::{report, Context};

pub const CODE: &str = "late-justering";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Protokollet justerades mer än 14 dagar efter sammanträdet.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    let (Some((met, mspan)), Some((done, jspan))) = (date(&cx.doc.meeting.date), justered(cx))
    else {
        return;
    };
    let days = (done - met).whole_days();
    let Some(last) = calendar::deadline(met, Duration::days(14)) else {
        return;
    };
    if done <= last {
        return;
    }
    report(
        out,
        CODE,
        SEVERITY,
        jspan,
        format!("Protokollet justerades {days} dagar efter sammanträdet; senast {} enligt 5 kap. 69 § KL", iso(last)),
        format!("The protocol was approved {days} days after the meeting; the law's limit was {}", iso(last)),
    )
    .label(mspan, "sammanträdesdatum", "meeting date")
    .help("Justera inom 14 dagar från sammanträdet.", "Approve within 14 days of the meeting.");
}
