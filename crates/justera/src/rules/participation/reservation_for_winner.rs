//! A reservation in favour of the proposal that won.
//!
//! ## What it does
//! Reports a reservation whose favoured proposal is the one the meeting
//! adopted.
//!
//! ## Why is this bad?
//! A reservation records dissent from the decision. Reserving in favour of
//! the winning proposal means the reservation, the procedure or the
//! decision is recorded wrongly.
//!
//! ## Example
//! ```text
//! Yrkanden: Bo Berg (M) yrkar avslag.
//! Beslutsgång: ordföranden finner att nämnden bifaller Bo Bergs yrkande.
//! Reservationer: Bo Berg (M) reserverar sig till förmån för eget yrkande.
//! ```
//!
//! ## References
//! - Kommunallagen (2017:725) 4 kap. 27 § (reservation), 5 kap. 66 §
//!   (decisions and reservations in the protocol).

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{report, Context};

pub const CODE: &str = "reservation-for-winner";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "En reservation till förmån för förslaget som vann.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    for p in &cx.doc.paragraphs {
        let Some(adopted) = p.outcome.as_ref().and_then(|o| o.adopted.as_deref()) else {
            continue;
        };
        for r in &p.reservations {
            if r.in_favour_of.as_deref() != Some(adopted) {
                continue;
            }
            let d = report(
                out,
                CODE,
                SEVERITY,
                r.span,
                format!("Reservationen i {} gäller förslaget som vann", p.label()),
                format!(
                    "The reservation in {} favours the proposal that won",
                    p.label()
                ),
            );
            if let Some(x) = p.proposals.iter().find(|x| x.id == adopted) {
                d.label(x.span, "det vinnande förslaget", "the winning proposal");
            }
            if let Some(span) = p.outcome.as_ref().and_then(|o| o.span) {
                d.label(span, "beslutsgången", "the procedure");
            }
        }
    }
}
