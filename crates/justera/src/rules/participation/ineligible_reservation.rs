//! A reservation by someone who did not take part in the decision.
//!
//! ## What it does
//! Reports a reservation by a person the attendance list shows as a
//! non-serving substitute, an official, or absent at that paragraph (jäv
//! is `jav-participation`'s finding).
//!
//! ## Why is this bad?
//! Only those who took part in a decision may reserve against it. Many
//! reglementen let a non-serving substitute have a view minuted instead
//! (ersättaryttrande), which is not a reservation.
//!
//! ## Example
//! ```text
//! Ersättare
//! Emma Ek (V)
//! ...
//! Emma Ek (V) reserverar sig mot beslutet.
//! ```
//! Use instead: `Ersättaryttrande` with Emma Ek's view.
//!
//! ## References
//! - Kommunallagen (2017:725) 4 kap. 27 § (reservation), 4 kap. 22 § and
//!   6 kap. 16-17 §§ (substitutes; the ban on a non-serving substitute's
//!   reservation comes from the local reglemente, hence a warning).

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::names::jav_names;
use crate::rules::{report, unconfirmed, Context};

pub const CODE: &str = "ineligible-reservation";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "En reservation av någon som inte deltog i beslutet.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() || cx.roster.is_empty() {
        return;
    }
    for p in &cx.doc.paragraphs {
        let jav = jav_names(p);
        for r in &p.reservations {
            for a in &r.by {
                // Jäv is jav-participation's finding.
                let Some((why, why_en)) = super::not_serving(cx, p, &jav, a) else {
                    continue;
                };
                if let Some(how) = cx.uncertain(&a.name) {
                    unconfirmed(
                        out,
                        CODE,
                        a.span,
                        how,
                        format!("{} får reservera sig i {}", a.name, p.label()),
                        format!("{} may reserve in {}", a.name, p.label()),
                    );
                    continue;
                }
                report(
                    out,
                    CODE,
                    SEVERITY,
                    a.span,
                    format!("{} reserverar sig i {} men {why} där", a.name, p.label()),
                    format!("{} reserves in {} but {why_en} there", a.name, p.label()),
                )
                .help(
                    "Bara den som deltagit i beslutet kan reservera sig; en ersättare kan lämna ersättaryttrande.",
                    "Only those who took part may reserve; a substitute may give an ersättaryttrande.",
                );
            }
        }
    }
}
