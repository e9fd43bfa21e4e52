//! A serving substitute replaces someone who is present or already replaced.
//!
//! ## What it does
//! Reports a serving substitute (`X (S) ersätter Y (S)`) when Y is listed
//! as a member present at the same paragraphs, or when another substitute
//! already replaces Y there.
//!
//! ## Why is this bad?
//! A substitute serves only in the place of an absent member. Two people in
//! one seat give the seat two votes, and the decision can be annulled.
//!
//! ## Example
//! ```text
//! Ledamöter
//! Bo Ek (S)
//! Tjänstgörande ersättare
//! Cia Ek (S) ersätter Bo Ek (S)
//! ```
//! Use instead: list Bo Ek only for the paragraphs he attended (`ej § 5`)
//! and Cia Ek only for the others (`§ 5`).
//!
//! ## References
//! - Kommunallagen (2017:725) 4 kap. 22 § (a serving substitute has a
//!   member's rights, in a member's place), 6 kap. 16-17 §§ (nämnd).

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Replaces;
use crate::rules::names::{Attendee, Role};
use crate::rules::{report, unconfirmed, Context};

pub const CODE: &str = "substitute-without-seat";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str =
    "En tjänstgörande ersättare ersätter någon som är närvarande eller redan ersatt.";

fn overlap(cx: &Context, a: &Attendee, b: &Attendee) -> bool {
    if cx.doc.paragraphs.is_empty() {
        return a.person.scope.is_none() && b.person.scope.is_none();
    }
    cx.doc
        .paragraphs
        .iter()
        .any(|p| a.present_at(p.number) && b.present_at(p.number))
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    let subs: Vec<&Attendee> = cx
        .roster
        .iter()
        .filter(|a| a.role == Role::ServingSubstitute)
        .collect();
    for (i, s) in subs.iter().enumerate() {
        let Some(Replaces::Person { name, .. }) = &s.person.replaces else {
            continue;
        };
        if let Some(m) = cx.roster.iter().find(|m| {
            m.role == Role::Member && cx.same_person(&m.person.name, name) && overlap(cx, s, m)
        }) {
            if let Some(how) = s.person.inferred.or(m.person.inferred) {
                unconfirmed(
                    out,
                    CODE,
                    s.person.span,
                    how,
                    format!(
                        "{} ersätter {} bara där ledamoten inte är med",
                        s.person.name, name
                    ),
                    format!(
                        "{} replaces {} only where the member is absent",
                        s.person.name, name
                    ),
                );
                continue;
            }
            report(
                out,
                CODE,
                SEVERITY,
                s.person.span,
                format!(
                    "{} ersätter {}, som själv är närvarande ledamot",
                    s.person.name, name
                ),
                format!(
                    "{} replaces {}, who is present as a member",
                    s.person.name, name
                ),
            )
            .label(
                m.person.span,
                "ledamoten är närvarande",
                "the member is present",
            )
            .help(
                "Ange för vilka paragrafer ersättaren tjänstgör och ledamoten inte deltar.",
                "State which paragraphs the substitute serves and the member does not.",
            );
            continue;
        }
        for t in &subs[..i] {
            let Some(Replaces::Person { name: other, .. }) = &t.person.replaces else {
                continue;
            };
            if cx.same_person(name, other) && overlap(cx, s, t) {
                if let Some(how) = s.person.inferred.or(t.person.inferred) {
                    unconfirmed(
                        out,
                        CODE,
                        s.person.span,
                        how,
                        format!(
                            "{} och {} ersätter {} vid olika paragrafer",
                            t.person.name, s.person.name, name
                        ),
                        format!(
                            "{} and {} replace {} at different paragraphs",
                            t.person.name, s.person.name, name
                        ),
                    );
                    break;
                }
                report(
                    out,
                    CODE,
                    SEVERITY,
                    s.person.span,
                    format!(
                        "{} och {} ersätter båda {}",
                        t.person.name, s.person.name, name
                    ),
                    format!(
                        "{} and {} both replace {}",
                        t.person.name, s.person.name, name
                    ),
                )
                .label(
                    t.person.span,
                    "ersätter redan samma ledamot",
                    "already replaces the same member",
                );
                break;
            }
        }
    }
}
