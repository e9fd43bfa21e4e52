//! A tied vote with no casting vote and no lot.
//!
//! ## What it does
//! Reports a counted vote with as many yes as no votes where the protocol
//! records neither the chair's casting vote (`utslagsröst`) nor a lot.
//!
//! ## Why is this bad?
//! At a tie the chair's casting vote decides (in elections, lot). Without
//! it the protocol does not show how the matter was decided.
//!
//! ## Example
//! ```text
//! Omröstningsresultat: 3 ja-röster och 3 nej-röster.
//! Nämnden har därmed beslutat enligt förvaltningens förslag.
//! ```
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 56 § (casting vote, lot in
//!   elections) and 6 kap. 33 §; 4 kap. 25 § (the chair must vote when it
//!   decides the matter).

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{report, Context};

pub const CODE: &str = "tie-without-casting-vote";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Lika röstetal utan utslagsröst och utan lottning.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    for p in &cx.doc.paragraphs {
        for v in &p.votes {
            let (Some(y), Some(n)) = (v.counts.yes, v.counts.no) else {
                continue;
            };
            if y != n || y == 0 || v.casting_vote || v.lot {
                continue;
            }
            report(
                out,
                CODE,
                SEVERITY,
                v.counts_span.unwrap_or(v.span),
                format!(
                    "Omröstningen i {} slutar lika, {y}-{n}, utan ordförandens utslagsröst",
                    p.label()
                ),
                format!(
                    "The vote in {} is tied {y} to {n} with no casting vote by the chair",
                    p.label()
                ),
            )
            .help(
                "Ange hur ordförandens utslagsröst föll (eller lottningen vid val).",
                "State how the chair's casting vote fell (or the lot, in an election).",
            );
        }
    }
}
