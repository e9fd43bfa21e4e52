//! Vote counts that do not add up to the members serving.
//!
//! ## What it does
//! Adds up a counted vote's yes, no, abstaining and (where given) absent
//! and compares the sum with the seats serving at that paragraph: members
//! and serving substitutes there, less members replaced by a substitute
//! and members disqualified by jäv.
//!
//! ## Why is this bad?
//! Every serving member has one vote. A sum above the seats means someone
//! voted who could not; a sum below, with the absent counted, means votes
//! are missing. Either way the protocol does not show who took part in
//! the decision and how they voted.
//!
//! ## Example
//! ```text
//! Ledamöter: five members.
//! Omröstningsresultat: 4 ja-röster mot 2 nej-röster.
//! ```
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § 2 (who took part and how each
//!   voted), 6 kap. 35 §; 5 kap. 53 § (votes), 6 kap. 33 §.

use super::serving_seats;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{report, unconfirmed, Context};

pub const CODE: &str = "vote-count-mismatch";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Rösterna summerar inte till antalet tjänstgörande ledamöter.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    for p in &cx.doc.paragraphs {
        for v in &p.votes {
            let c = v.counts;
            let (Some(yes), Some(no)) = (c.yes, c.no) else {
                continue;
            };
            let Some(seats) = serving_seats(cx, p) else {
                continue;
            };
            let cast = yes + no + c.abstain.unwrap_or(0);
            let sum = cast + c.absent.unwrap_or(0);
            // Below the seats is only wrong when the absent are counted too.
            let wrong = cast > seats || (c.absent.is_some() && sum != seats);
            if !wrong || seats == 0 {
                continue;
            }
            let span = v.counts_span.unwrap_or(v.span);
            if let Some(how) = cx.serving_uncertain() {
                unconfirmed(
                    out,
                    CODE,
                    span,
                    how,
                    format!(
                        "rösterna i {} ({sum}) stämmer med de {seats} som tjänstgör",
                        p.label()
                    ),
                    format!(
                        "the votes in {} ({sum}) fit the {seats} members serving",
                        p.label()
                    ),
                );
                continue;
            }
            report(
                out,
                CODE,
                SEVERITY,
                span,
                format!(
                    "Rösterna i {} blir {sum} men {seats} ledamöter tjänstgör",
                    p.label()
                ),
                format!(
                    "The votes in {} add up to {sum} but {seats} members serve",
                    p.label()
                ),
            )
            .help(
                "Kontrollera röstsiffrorna mot närvarolistan och eventuella jäv.",
                "Check the counts against the attendance list and any jäv.",
            );
        }
    }
}
