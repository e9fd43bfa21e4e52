//! The notice is taken down before the appeal period ends.
//!
//! ## What it does
//! Reports a notice whose removal date (`Anslaget tas ner`) is before the
//! last day to appeal (computed from the posting date; the stated one when
//! no posting date is given).
//!
//! ## Why is this bad?
//! The notice must stay up until the appeal period has run out; taking it
//! down early hides the decision while it can still be appealed.
//!
//! ## Example
//! ```text
//! Anslaget sattes upp 2024-03-19
//! Anslaget tas ner    2024-04-02
//! ```
//! Use instead: take it down after 2024-04-09.
//!
//! ## References
//! - Kommunallagen (2017:725) 8 kap. 12 § (the notice stays until the
//!   appeal period has run out), 13 kap. 5 §.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::calendar::{self, iso};
use crate::rules::dates::date;
use crate::rules::{report, Context};

pub const CODE: &str = "notice-removed-early";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Anslaget tas ned innan tiden för överklagande har gått ut.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let n = &cx.doc.notice;
    let Some((removed, rspan)) = date(&n.removed) else {
        return;
    };
    let deadline = date(&n.posted)
        .and_then(|(p, _)| calendar::appeal_deadline(p))
        .or_else(|| date(&n.appeal_deadline).map(|(d, _)| d));
    let Some(deadline) = deadline else { return };
    if removed >= deadline {
        return;
    }
    let d = report(
        out,
        CODE,
        SEVERITY,
        rspan,
        format!(
            "Anslaget tas ner {} men överklagandetiden löper till {}",
            iso(removed),
            iso(deadline)
        ),
        format!(
            "The notice comes down on {} but the appeal period runs until {}",
            iso(removed),
            iso(deadline)
        ),
    );
    if let Some((_, s)) = date(&n.posted) {
        d.label(s, "anslaget", "the notice");
    }
    d.help(
        "Låt anslaget sitta kvar tills överklagandetiden har gått ut.",
        "Keep the notice up until the appeal period ends.",
    );
}
