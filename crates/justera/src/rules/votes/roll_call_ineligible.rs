//! A roll call that lists someone who cannot vote at that paragraph.
//!
//! ## What it does
//! Reports a voter in a roll call who is, at that paragraph, a non-serving
//! substitute, an official, absent (outside their paragraph range), or
//! disqualified by jäv. Reports `info` (could not confirm) when the
//! attendance entry or the row was read from a damaged layout; jäv named
//! in the paragraph is certain.
//!
//! ## Why is this bad?
//! Only serving members vote, and a disqualified member may not take part
//! in the handling of the matter at all. A vote counted from someone
//! without a vote can change the result.
//!
//! ## Example
//! ```text
//! Tjänstgörande ersättare: Omar Said (S) ersätter Nils Holm (S) (ej § 8 pga jäv)
//! § 8 ... | Omar Said (S) | X |  |  |
//! ```
//!
//! ## References
//! - Kommunallagen (2017:725) 4 kap. 22 § (substitutes), 6 kap. 28 §
//!   (jäv), 5 kap. 66 § (who took part), 6 kap. 35 §.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{report, unconfirmed, Context};

pub const CODE: &str = "roll-call-ineligible";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Ett namnupprop som tar med någon som inte får rösta vid paragrafen.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    for p in &cx.doc.paragraphs {
        for v in &p.votes {
            for r in &v.roll_call {
                if cx.takes_part(&r.name, p) != Some(false) {
                    continue;
                }
                let how = cx.uncertain(&r.name).or(r.joined);
                if let Some(how) = how.filter(|_| {
                    !crate::rules::names::jav_names(p)
                        .iter()
                        .any(|j| crate::rules::names::same_person(j, &r.name))
                }) {
                    unconfirmed(
                        out,
                        CODE,
                        r.span,
                        how,
                        format!("{} har rösträtt i {}", r.name, p.label()),
                        format!("{} has a vote in {}", r.name, p.label()),
                    );
                    continue;
                }
                let jav_scope = cx.attendees(&r.name).iter().any(|a| {
                    a.person.scope.as_ref().is_some_and(|s| {
                        s.reason.as_deref() == Some("jäv") && !s.includes(p.number)
                    })
                });
                let jav = jav_scope
                    || crate::rules::names::jav_names(p)
                        .iter()
                        .any(|j| crate::rules::names::same_person(j, &r.name));
                let why = match cx.role_at(&r.name, p.number) {
                    _ if jav => ("jävig".to_string(), "disqualified (jäv)".to_string()),
                    Some(role) => (role.swedish().to_string(), role.english().to_string()),
                    None => (
                        "inte med vid paragrafen".to_string(),
                        "not present at the paragraph".to_string(),
                    ),
                };
                report(
                    out,
                    CODE,
                    SEVERITY,
                    r.span,
                    format!(
                        "{} röstar i {} men har ingen rösträtt där ({})",
                        r.name,
                        p.label(),
                        why.0
                    ),
                    format!(
                        "{} votes in {} but has no vote there ({})",
                        r.name,
                        p.label(),
                        why.1
                    ),
                );
            }
        }
    }
}
