//! The notice was posted too late after justering, or before it.
//!
//! ## What it does
//! Compares the day the notice was posted (`Anslaget sattes upp`) with the
//! justering (the justering date, or the last signature): reports a notice
//! posted later than the second day after (or the next working day when
//! that day is a Saturday, Sunday or holiday), or before the protocol was
//! approved.
//!
//! ## Why is this bad?
//! The notice tells the public that the approved protocol is available and
//! starts the three-week appeal period. It must be posted no later than the
//! second day after justering; a notice before justering announces a
//! protocol that was not yet approved.
//!
//! ## Example
//! ```text
//! Justeringsdatum        2024-03-19
//! Anslaget sattes upp    2024-03-25
//! ```
//! Use instead: post by 2024-03-21.
//!
//! ## References
//! - Kommunallagen (2017:725) 8 kap. 12 § (notice no later than the second
//!   day after justering), 8 kap. 9 §.
//! - Lag (1930:173) om beräkning av lagstadgad tid, 2 § (a time ending on a
//!   Saturday, Sunday or holiday ends on the next working day).

use time::Duration;

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::calendar::{self, iso};
use crate::rules::dates::{date, justered};
use crate::rules::{report, Context};

pub const CODE: &str = "late-notice";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Anslaget sattes upp för sent efter justeringen, eller före den.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    let (Some((posted, pspan)), Some((done, jspan))) = (date(&cx.doc.notice.posted), justered(cx))
    else {
        return;
    };
    let days = (posted - done).whole_days();
    let Some(last) = calendar::deadline(done, Duration::days(2)) else {
        return;
    };
    if posted > last {
        report(
            out,
            CODE,
            SEVERITY,
            pspan,
            format!(
                "Anslaget sattes upp {days} dagar efter justeringen; senast {}",
                iso(last)
            ),
            format!(
                "The notice was posted {days} days after justering; the limit was {}",
                iso(last)
            ),
        )
        .label(jspan, "justering", "justering")
        .help(
            "Anslå senast andra dagen efter justeringen (nästa vardag om den dagen är lördag, söndag eller helgdag).",
            "Post the notice no later than the second day after justering (the next working day if that day is a Saturday, Sunday or holiday).",
        );
    } else if days < 0 {
        report(
            out,
            CODE,
            SEVERITY,
            pspan,
            format!("Anslaget sattes upp {} dagar före justeringen", -days),
            format!("The notice was posted {} days before justering", -days),
        )
        .label(jspan, "justering", "justering");
    }
}
