//! A paragraph has proposals but no decision.
//!
//! ## What it does
//! Reports a paragraph that records proposals (yrkanden) but neither a
//! decision part (`Beslut`) nor a procedure that adopted one of them.
//! Confidential paragraphs published as a stub are skipped.
//!
//! ## Why is this bad?
//! The protocol must state the decisions. When members made proposals, the
//! meeting decided something, and a protocol that leaves it out cannot be
//! appealed or acted on.
//!
//! ## Example
//! ```text
//! § 8 Budget
//! Yrkanden
//! Anna Ek (S) yrkar bifall till förvaltningens förslag.
//! ```
//! Use instead: add `Beslut` with what the meeting decided.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § (the decisions), 6 kap. 35 § for
//!   nämnder.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::ProposalKind;
use crate::rules::{report, Context};

pub const CODE: &str = "missing-decision";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "En paragraf har förslag men inget beslut.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    for p in &cx.doc.paragraphs {
        let proposed = p.proposals.iter().any(|x| x.kind != ProposalKind::Base);
        let adopted = p.outcome.as_ref().is_some_and(|o| o.adopted.is_some());
        if p.confidential || !proposed || p.decision.is_some() || adopted {
            continue;
        }
        report(
            out,
            CODE,
            SEVERITY,
            cx.paragraph_head(p),
            format!("{} har yrkanden men inget beslut", p.label()),
            format!("{} has proposals but no decision", p.label()),
        )
        .help(
            "Lägg till rubriken Beslut med vad nämnden beslutade.",
            "Add a Beslut part with what was decided.",
        );
    }
}
