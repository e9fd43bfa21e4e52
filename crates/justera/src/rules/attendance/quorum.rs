//! Fewer than half of the seats take part in a paragraph.
//!
//! ## What it does
//! Counts, for each paragraph, the members and serving substitutes who take
//! part (not excluded by `ej § N` or by a declared jäv) and reports a
//! paragraph where they are not more than half of the seats. The seats are
//! counted from the protocol itself (members present plus the most serving
//! substitutes at any paragraph), a lower bound, so a report is never a
//! false alarm about absent members the protocol does not mention.
//!
//! ## Why is this bad?
//! A nämnd may act only when more than half of its members are present. A
//! decision taken without quorum can be annulled on appeal.
//!
//! ## Example
//! ```text
//! Ledamöter
//! Anna Ek (S), ordförande
//! Bo Ek (S) (ej § 5)
//! Cia Ek (M) (ej § 5)
//! ```
//! Here § 5 is decided by one of three.
//!
//! ## References
//! - Kommunallagen (2017:725) 6 kap. 27 § (nämnd), 5 kap. 45-46 §§
//!   (fullmäktige); 6 kap. 28 § (jäv).

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::names::{jav_names, Attendee, Role};
use crate::rules::{report, unconfirmed, Context};

pub const CODE: &str = "quorum";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Färre än hälften av platserna deltar i en paragraf.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() || cx.doc.attendance.members.is_empty() {
        return;
    }
    // Entries without a scope serve at every paragraph: counted once, and
    // only the scoped ones asked at each paragraph (where no one declared
    // jäv, as at most).
    let votes = |a: &&Attendee| matches!(a.role, Role::Member | Role::ServingSubstitute);
    let subs = |a: &&Attendee| a.role == Role::ServingSubstitute;
    let unscoped = |of: &dyn Fn(&&Attendee) -> bool| {
        cx.roster
            .iter()
            .filter(|a| a.person.scope.is_none() && of(a))
            .count()
    };
    let (voting_everywhere, subs_everywhere) = (unscoped(&votes), unscoped(&subs));
    let scoped: Vec<&Attendee> = cx
        .roster
        .iter()
        .filter(|a| a.person.scope.is_some())
        .collect();
    let serving = |n: u32, jav: &[&str]| {
        if jav.is_empty() {
            return voting_everywhere
                + scoped
                    .iter()
                    .filter(|a| votes(a) && a.present_at(n))
                    .count();
        }
        cx.roster
            .iter()
            .filter(|a| matches!(a.role, Role::Member | Role::ServingSubstitute) && a.present_at(n))
            .filter(|a| !jav.iter().any(|j| cx.same_person(j, &a.person.name)))
            .count()
    };
    let subs_at =
        |n: u32| subs_everywhere + scoped.iter().filter(|a| subs(a) && a.present_at(n)).count();
    let max_subs = cx
        .doc
        .paragraphs
        .iter()
        .map(|p| subs_at(p.number))
        .max()
        .unwrap_or(0);
    let seats = cx.doc.attendance.members.len() + max_subs;
    if seats < 3 {
        return;
    }
    for p in &cx.doc.paragraphs {
        let jav = jav_names(p);
        let k = serving(p.number, &jav);
        if 2 * k <= seats {
            if let Some(how) = cx.serving_uncertain() {
                unconfirmed(
                    out,
                    CODE,
                    cx.paragraph_head(p),
                    how,
                    format!(
                        "nämnden är beslutför i {} ({k} av minst {seats})",
                        p.label()
                    ),
                    format!(
                        "there is a quorum in {} ({k} of at least {seats})",
                        p.label()
                    ),
                );
                continue;
            }
            let d = report(
                out,
                CODE,
                SEVERITY,
                cx.paragraph_head(p),
                format!(
                    "{}: bara {k} av minst {seats} ledamöter deltar, nämnden är inte beslutför",
                    p.label()
                ),
                format!(
                    "{}: only {k} of at least {seats} members take part; no quorum",
                    p.label()
                ),
            );
            if let Some(first) = cx.doc.attendance.members.first() {
                d.label(first.span, "närvarolistan", "the attendance list");
            }
            d.help(
                "Mer än hälften av ledamöterna måste delta; kontrollera närvaron och ersättarna för paragrafen.",
                "More than half of the members must take part; check attendance and substitutes for the paragraph.",
            );
        }
    }
}
