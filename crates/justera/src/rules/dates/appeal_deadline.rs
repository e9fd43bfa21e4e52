//! The stated last day to appeal is not three weeks after the notice.
//!
//! ## What it does
//! Computes the last day to appeal from the day the notice was posted:
//! three weeks later, moved to the next working day when it falls on a
//! Saturday, Sunday, public holiday, midsommarafton, julafton or
//! nyårsafton (Easter and the other movable holidays are computed). Reports
//! a stated deadline that differs.
//!
//! ## Why is this bad?
//! Citizens rely on the stated date. Too early cuts their right to appeal;
//! too late invites appeals that will be dismissed.
//!
//! ## Example
//! ```text
//! Anslaget sattes upp 2024-03-08
//! Sista dag för överklagande 2024-03-29     (långfredagen)
//! ```
//! Use instead: 2024-04-02, the first working day after Easter.
//!
//! ## References
//! - Kommunallagen (2017:725) 13 kap. 5 § (three weeks from the notice);
//!   lag (1930:173) om beräkning av lagstadgad tid, 2 §; lag (1989:253) om
//!   allmänna helgdagar.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::calendar::{self, holiday, iso};
use crate::rules::dates::date;
use crate::rules::{report, Context};

pub const CODE: &str = "appeal-deadline";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str =
    "Den angivna sista dagen för överklagande ligger inte tre veckor efter anslaget.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let n = &cx.doc.notice;
    let (Some((posted, pspan)), Some((stated, sspan))) =
        (date(&n.posted), date(&n.appeal_deadline))
    else {
        return;
    };
    let Some(right) = calendar::appeal_deadline(posted) else {
        return;
    };
    if stated == right {
        return;
    }
    let why = match holiday(stated) {
        Some(h) => format!(" ({} är {h})", iso(stated)),
        None if matches!(
            stated.weekday(),
            time::Weekday::Saturday | time::Weekday::Sunday
        ) =>
        {
            format!(
                " ({} är en {})",
                iso(stated),
                calendar::weekday_sv(stated.weekday())
            )
        }
        None => String::new(),
    };
    report(
        out,
        CODE,
        SEVERITY,
        sspan,
        format!("Sista dag för överklagande ska vara {}, inte {}{why}", iso(right), iso(stated)),
        format!("The last day to appeal should be {}, not {}", iso(right), iso(stated)),
    )
    .label(pspan, "anslaget", "the notice")
    .help(
        "Tre veckor från anslagsdagen, flyttat till nästa vardag om dagen är lördag, söndag eller helgdag.",
        "Three weeks from the notice, moved to the next working day past weekends and holidays.",
    );
}
