//! Dates: weekday, times, justering, notice and appeal deadline.

pub mod appeal_deadline;
pub mod invalid_date;
pub mod late_justering;
pub mod late_notice;
pub mod notice_removed_early;
mod scan_dates;
pub mod signature_before_meeting;
pub mod time_range;
pub mod weekday_mismatch;

use time::Date;

use crate::model::{DateRef, Span};
use crate::rules::calendar::parse_iso;
use crate::rules::Context;

/// A model date as a calendar date, with its span.
pub fn date(d: &Option<DateRef>) -> Option<(Date, Span)> {
    let d = d.as_ref()?;
    Some((parse_iso(&d.iso)?, d.span))
}

/// When the protocol was approved: the latest of the justering date and the
/// signature dates (approval is done when the last one has signed).
pub fn justered(cx: &Context) -> Option<(Date, Span)> {
    let mut all: Vec<(Date, Span)> = date(&cx.doc.justering.date).into_iter().collect();
    all.extend(cx.doc.signatures.iter().filter_map(|s| date(&s.date)));
    all.into_iter().max_by_key(|(d, _)| *d)
}
