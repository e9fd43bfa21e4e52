//! The protocol is signed before the meeting took place.
//!
//! ## What it does
//! Reports a signature or justering date earlier than the meeting date.
//!
//! ## Why is this bad?
//! A protocol cannot be approved before the meeting it records. One of the
//! dates is wrong, usually copied from an older protocol.
//!
//! ## Example
//! ```text
//! Sammanträdesdatum 2024-03-19
//! Justerare  Bo Berg   2024-03-12
//! ```
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 69 § (justering after the meeting),
//!   6 kap. 35 § for nämnder.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::dates::date;
use crate::rules::{report, Context};

pub const CODE: &str = "signature-before-meeting";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Protokollet är undertecknat före sammanträdet.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    let Some((met, mspan)) = date(&cx.doc.meeting.date) else {
        return;
    };
    let mut dates: Vec<(time::Date, crate::model::Span, String, String)> = Vec::new();
    if let Some((d, s)) = date(&cx.doc.justering.date) {
        dates.push((d, s, "Justeringen".into(), "The justering".into()));
    }
    for sig in &cx.doc.signatures {
        if let Some((d, s)) = date(&sig.date) {
            dates.push((
                d,
                s,
                format!("Underskriften av {}", sig.name),
                format!("The signature of {}", sig.name),
            ));
        }
    }
    for (d, span, sv, en) in dates {
        if d < met {
            let days = (met - d).whole_days();
            report(
                out,
                CODE,
                SEVERITY,
                span,
                format!("{sv} är daterad {days} dagar före sammanträdet"),
                format!("{en} is dated {days} days before the meeting"),
            )
            .label(mspan, "sammanträdesdatum", "meeting date");
        }
    }
}
