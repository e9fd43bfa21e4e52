//! A proposal is made by someone who has no seat at that paragraph.
//!
//! ## What it does
//! Reports a proposal (yrkande) by a person the attendance list shows as a
//! non-serving substitute, an official, or absent at that paragraph (jäv
//! is `jav-participation`'s finding). Names the attendance list does not know are left to
//! other rules. When the attendance entry was read from a damaged layout
//! (a flattened two-column list), it reports `info`: could not confirm.
//!
//! ## Why is this bad?
//! Only those who serve may make proposals. A proposal by someone else
//! should not have been put to the meeting, so the recorded procedure or
//! the attendance list is wrong.
//!
//! ## Example
//! ```text
//! Ersättare
//! Emma Ek (V)
//! ...
//! Emma Ek (V) yrkar avslag.
//! ```
//! Use instead: record the view as an ersättaryttrande, or list Emma Ek as
//! serving.
//!
//! ## References
//! - Kommunallagen (2017:725) 4 kap. 22 § and 6 kap. 16-17 §§
//!   (substitutes), 6 kap. 28 § (jäv), 5 kap. 66 § (proposals in the
//!   protocol).

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::ProposalKind;
use crate::rules::names::jav_names;
use crate::rules::{report, unconfirmed, Context};

pub const CODE: &str = "ineligible-proposer";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Ett förslag läggs av någon som inte har plats vid paragrafen.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() || cx.roster.is_empty() {
        return;
    }
    for p in &cx.doc.paragraphs {
        let jav = jav_names(p);
        for x in p.proposals.iter().filter(|x| x.kind != ProposalKind::Base) {
            for a in &x.by {
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
                        format!("{} får yrka i {}", a.name, p.label()),
                        format!("{} may propose in {}", a.name, p.label()),
                    );
                    continue;
                }
                report(
                    out,
                    CODE,
                    SEVERITY,
                    a.span,
                    format!("{} yrkar i {} men {why} där", a.name, p.label()),
                    format!("{} makes a proposal in {} but {why_en} there", a.name, p.label()),
                )
                .help(
                    "Bara tjänstgörande ledamöter och ersättare får yrka; kontrollera närvarolistan.",
                    "Only serving members and substitutes may propose; check the attendance list.",
                );
            }
        }
    }
}
