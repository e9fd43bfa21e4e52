//! A declared vote result that contradicts the counts.
//!
//! ## What it does
//! Reports a counted vote where the protocol says the meeting decided for
//! one side (`beslutar enligt ...`) but the yes and no counts make the
//! other side win.
//!
//! ## Why is this bad?
//! Decisions are taken by simple majority. When the written result and the
//! counts disagree, the protocol does not show what was decided, and the
//! decision may be appealed on that ground.
//!
//! ## Example
//! ```text
//! Ja-röst innebär bifall till förvaltningens förslag.
//! Ordföranden finner att nämnden, med 2 ja-röster mot 3 nej-röster,
//! beslutar enligt förvaltningens förslag.
//! ```
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 55 § (simple majority) and 6 kap.
//!   33 §; 5 kap. 66 § (how votes turned out), 6 kap. 35 §.

use super::counted_side;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{report, Context};

pub const CODE: &str = "vote-result-contradiction";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Ett angivet omröstningsresultat som motsäger rösterna.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    for p in &cx.doc.paragraphs {
        for v in &p.votes {
            if !v.result_stated || v.casting_vote || v.lot {
                continue;
            }
            let (Some(result), Some(side)) = (v.result.as_deref(), counted_side(v)) else {
                continue;
            };
            let winner = if side {
                v.yes_means.as_deref()
            } else {
                v.no_means.as_deref()
            };
            let loser = if side {
                v.no_means.as_deref()
            } else {
                v.yes_means.as_deref()
            };
            // Contradiction: the stated result is the side the counts make lose
            // (or, with one side unresolved, not the side that won).
            let contradicts = loser == Some(result) || (winner.is_some() && winner != Some(result));
            if !contradicts {
                continue;
            }
            let (y, n) = (v.counts.yes.unwrap_or(0), v.counts.no.unwrap_or(0));
            let d = report(
                out,
                CODE,
                SEVERITY,
                v.counts_span.unwrap_or(v.span),
                format!("Omröstningen i {} slutar {y}-{n} men det redovisade beslutet går åt andra hållet", p.label()),
                format!("The vote in {} ends {y} to {n} but the stated result goes the other way", p.label()),
            );
            if let Some(x) = p.proposals.iter().find(|x| x.id == result) {
                d.label(
                    x.span,
                    "förslaget som anges ha vunnit",
                    "the proposal said to have won",
                );
            }
        }
    }
}
