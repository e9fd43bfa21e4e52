//! Someone who declared jäv takes part in the matter.
//!
//! ## What it does
//! Reports a person who declared jäv in a paragraph and yet makes a
//! proposal, reserves, makes a statement or votes in a roll call there.
//!
//! ## Why is this bad?
//! A disqualified member may not take part in, or even be present at, the
//! handling of the matter. Taking part can make the decision unlawful.
//!
//! ## Example
//! ```text
//! Jäv: Bo Berg (M) anmäler jäv och deltar inte i handläggningen.
//! Yrkanden: Bo Berg (M) yrkar bifall.
//! ```
//!
//! ## References
//! - Kommunallagen (2017:725) 6 kap. 28-32 §§ (jäv), 5 kap. 47 §
//!   (fullmäktige).

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{Ballot, ProposalKind, Span};
use crate::rules::{report, Context};

pub const CODE: &str = "jav-participation";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Någon som anmält jäv deltar i ärendet.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    for p in &cx.doc.paragraphs {
        for j in &p.jav {
            for who in &j.by {
                let mut acts: Vec<(Span, &str, &str)> = Vec::new();
                for x in p.proposals.iter().filter(|x| x.kind != ProposalKind::Base) {
                    acts.extend(
                        x.by.iter()
                            .filter(|a| cx.same_person(&a.name, &who.name))
                            .map(|a| (a.span, "yrkar", "proposes")),
                    );
                }
                for r in &p.reservations {
                    acts.extend(
                        r.by.iter()
                            .filter(|a| cx.same_person(&a.name, &who.name))
                            .map(|a| (a.span, "reserverar sig", "reserves")),
                    );
                }
                for s in &p.statements {
                    acts.extend(
                        s.by.iter()
                            .filter(|a| cx.same_person(&a.name, &who.name))
                            .map(|a| (a.span, "gör ett uttalande", "makes a statement")),
                    );
                }
                for v in &p.votes {
                    acts.extend(
                        v.roll_call
                            .iter()
                            .filter(|e| {
                                e.vote != Ballot::Absent && cx.same_person(&e.name, &who.name)
                            })
                            .map(|e| (e.span, "röstar", "votes")),
                    );
                }
                for (span, sv, en) in acts {
                    report(
                        out,
                        CODE,
                        SEVERITY,
                        span,
                        format!("{} har anmält jäv i {} men {sv}", who.name, p.label()),
                        format!("{} declared jäv in {} but {en}", who.name, p.label()),
                    )
                    .label(who.span, "jävsanmälan", "the declaration of jäv")
                    .help(
                        "Den som är jävig får inte delta i handläggningen.",
                        "A disqualified member may not take part.",
                    );
                }
            }
        }
    }
}
