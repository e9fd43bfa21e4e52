//! A justerare is not a member who served at the meeting.
//!
//! ## What it does
//! Reports a person chosen to approve the protocol (`Utses att justera`)
//! who is not in the attendance list as a member or serving substitute.
//!
//! ## Why is this bad?
//! Justerare are chosen among those who served; they vouch that the
//! protocol records the meeting they took part in. A justerare who was not
//! there, or only attended without a seat, cannot do that, and a misspelt
//! name makes the signature hard to tie to a person.
//!
//! ## Example
//! ```text
//! Ledamöter
//! Anna Ek (S), ordförande
//! Utses att justera  Bo Berg (M)
//! ```
//! Use instead: a justerare from the members present.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 69 § (justering), applied to nämnder
//!   by 6 kap. 35 §.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Inference;
use crate::rules::names::Role;
use crate::rules::{report, unconfirmed, Context};

pub const CODE: &str = "justerare-not-member";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "En justerare är inte en ledamot som tjänstgjorde vid sammanträdet.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() || cx.doc.attendance.members.is_empty() {
        return;
    }
    for j in &cx.doc.justering.justerare {
        let entries = cx.attendees(&j.name);
        if entries
            .iter()
            .any(|a| matches!(a.role, Role::Member | Role::ServingSubstitute))
        {
            continue;
        }
        let d = match entries.first() {
            Some(a) => {
                let d = report(
                    out,
                    CODE,
                    SEVERITY,
                    j.span,
                    format!(
                        "Justeraren {} är {} och inte ledamot",
                        j.name,
                        a.role.swedish()
                    ),
                    format!(
                        "The justerare {} is a {}, not a member",
                        j.name,
                        a.role.english()
                    ),
                );
                d.label(a.person.span, a.role.swedish(), a.role.english());
                d
            }
            // A list that could not be read whole: the justerare may be on
            // the part not seen.
            None if cx.serving_uncertain().is_some() => {
                let how = cx.serving_uncertain().unwrap_or(Inference::ListCut);
                unconfirmed(
                    out,
                    CODE,
                    j.span,
                    how,
                    format!("justeraren {} är ledamot", j.name),
                    format!("the justerare {} is a member", j.name),
                )
            }
            None => report(
                out,
                CODE,
                SEVERITY,
                j.span,
                format!(
                    "Justeraren {} finns inte bland de närvarande ledamöterna",
                    j.name
                ),
                format!("The justerare {} is not among the members present", j.name),
            ),
        };
        d.help(
            "Välj justerare bland tjänstgörande ledamöter och stava namnet som i närvarolistan.",
            "Choose justerare among serving members and spell the name as in the attendance list.",
        );
    }
}
