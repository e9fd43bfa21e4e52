//! One person is listed in two roles that exclude each other.
//!
//! ## What it does
//! Reports a person listed both as member and as substitute (serving or
//! not) for the same paragraphs, and a secretary who is also a justerare or
//! the chair.
//!
//! ## Why is this bad?
//! Who served decides who could propose, vote and reserve, and whether the
//! meeting had quorum. A person in two roles makes that unknowable. The
//! secretary writes the protocol and cannot also approve it.
//!
//! ## Example
//! ```text
//! Ledamöter
//! Bo Ek (S)
//! Ersättare
//! Bo Ek (S)
//! ```
//! Use instead: list each person once, with paragraph limits where a role
//! changes (`ej § 5`, `§ 5`).
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § (who served), 5 kap. 69 §
//!   (justering by the chair and justerare), 6 kap. 16-17 §§ (substitutes).

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::names::Role;
use crate::rules::{report, unconfirmed, Context};

pub const CODE: &str = "conflicting-roles";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "En person står i två roller som utesluter varandra.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    let numbers = cx.numbers();
    for (i, b) in cx.roster.iter().enumerate() {
        for a in &cx.roster[..i] {
            // Only member against substitute: many protocols list serving
            // substitutes among all substitutes present too, and officials'
            // lists pick up signature names when a layout is flattened.
            let pair = [a.role, b.role];
            let conflict = pair.contains(&Role::Member)
                && (pair.contains(&Role::ServingSubstitute) || pair.contains(&Role::Substitute));
            if !conflict || a.key != b.key {
                continue;
            }
            let overlap = if numbers.is_empty() {
                a.person.scope.is_none() && b.person.scope.is_none()
            } else {
                numbers.iter().any(|&n| a.present_at(n) && b.present_at(n))
            };
            if !overlap {
                continue;
            }
            if let Some(how) = a.person.inferred.or(b.person.inferred) {
                unconfirmed(
                    out,
                    CODE,
                    b.person.span,
                    how,
                    format!(
                        "{} är {} och {} vid olika paragrafer",
                        b.person.name,
                        a.role.swedish(),
                        b.role.swedish()
                    ),
                    format!(
                        "{} is {} and {} at different paragraphs",
                        b.person.name,
                        a.role.english(),
                        b.role.english()
                    ),
                );
                break;
            }
            report(
                out,
                CODE,
                SEVERITY,
                b.person.span,
                format!(
                    "{} står både som {} och som {}",
                    b.person.name,
                    a.role.swedish(),
                    b.role.swedish()
                ),
                format!(
                    "{} is listed both as {} and as {}",
                    b.person.name,
                    a.role.english(),
                    b.role.english()
                ),
            )
            .label(a.person.span, a.role.swedish(), a.role.english())
            .help(
                "Ange varje person en gång, med paragrafer där rollen ändras.",
                "List each person once, with paragraphs where the role changes.",
            );
            break;
        }
    }
    let Some(sec) = &cx.doc.secretary else { return };
    let chair = cx
        .roster
        .iter()
        .find(|a| a.role == Role::Member && a.person.role.as_deref() == Some("ordförande"));
    let justerare = cx
        .doc
        .justering
        .justerare
        .iter()
        .map(|j| (&j.name, j.span, "justerare"));
    for (name, span, what) in
        justerare.chain(chair.map(|c| (&c.person.name, c.person.span, "ordförande")))
    {
        if cx.same_person(name, &sec.name) {
            report(
                out,
                CODE,
                SEVERITY,
                sec.span,
                format!("Sekreteraren {} är också {what}", sec.name),
                format!(
                    "The secretary {} is also {}",
                    sec.name,
                    if what == "justerare" {
                        "a justerare"
                    } else {
                        "the chair"
                    }
                ),
            )
            .label(span, what, what);
        }
    }
}
