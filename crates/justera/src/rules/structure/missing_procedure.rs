//! Competing proposals but no record of how the chair put them.
//!
//! ## What it does
//! Reports a paragraph with a proposal against the base proposal (avslag,
//! återremiss, bordläggning, an own or amended proposal) but no procedure:
//! no `Beslutsgång` or `Propositionsordning`, no question put, no vote,
//! and no decision that says yrkande by yrkande what was adopted
//! (`samtliga ändringsyrkanden bifalles`, as association minutes do).
//! Nominations in an election are candidates, not competing proposals.
//!
//! ## Why is this bad?
//! The protocol must show the chair's propositionsordning: which proposals
//! were put against each other and what the meeting found. Without it,
//! nobody can tell how the decision was reached or check a reservation.
//!
//! ## Example
//! ```text
//! Yrkanden
//! Anna Ek (S) yrkar bifall till förvaltningens förslag.
//! Bo Berg (M) yrkar avslag.
//! Beslut
//! Nämnden bifaller förvaltningens förslag.
//! ```
//! Use instead: add `Beslutsgång`: "Ordföranden ställer förslagen mot
//! varandra och finner att nämnden bifaller förvaltningens förslag."
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § (the propositionsordning in the
//!   protocol), 5 kap. 53 § (proposals put as ja/nej questions); 6 kap.
//!   33 and 35 §§ for nämnder.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{PartKind, ProposalKind};
use crate::outcome::{decision_gives_verdicts, positions};
use crate::rules::{report, Context};

pub const CODE: &str = "missing-procedure";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str =
    "Flera förslag men ingen uppgift om hur ordföranden ställde dem mot varandra.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    for p in &cx.doc.paragraphs {
        // The cheap tests first: the proposals' positions only where no
        // procedure is written, and the decision's verdicts (a reading of
        // its text, dearer than the positions) only where a proposal
        // stands against another.
        let put = || {
            !p.procedure.is_empty()
                || !p.votes.is_empty()
                || p.part(PartKind::Procedure).is_some()
                || p.part(PartKind::Vote).is_some()
        };
        let contrary = || {
            positions(p)
                .iter()
                .any(|x| !matches!(x.kind, ProposalKind::Base | ProposalKind::Approve))
        };
        if p.confidential || put() || !contrary() || decision_gives_verdicts(p) {
            continue;
        }
        report(
            out,
            CODE,
            SEVERITY,
            cx.paragraph_head(p),
            format!("{} har motförslag men ingen beslutsgång", p.label()),
            format!("{} has competing proposals but no record of the procedure", p.label()),
        )
        .help(
            "Lägg till Beslutsgång: hur ordföranden ställde förslagen mot varandra och vad nämnden fann.",
            "Add Beslutsgång: how the chair put the proposals and what the meeting found.",
        );
    }
}
