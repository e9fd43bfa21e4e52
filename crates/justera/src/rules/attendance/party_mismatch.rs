//! One person is given two different parties.
//!
//! ## What it does
//! Reports a name written with one party in the attendance list and another
//! party in a paragraph (a proposal, reservation, statement or jäv).
//!
//! ## Why is this bad?
//! Readers follow which party proposed, won and reserved. A wrong party
//! letter misattributes the position, and may mean the wrong person is named.
//!
//! ## Example
//! ```text
//! Ledamöter
//! Bo Berg (M)
//! ...
//! Bo Berg (L) yrkar avslag.
//! ```
//! Use instead: `Bo Berg (M) yrkar avslag.`
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § (who proposed and reserved);
//!   6 kap. 35 § for nämnder.

use std::collections::HashSet;

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::names::{actors, Role};
use crate::rules::{report, Context};

pub const CODE: &str = "party-mismatch";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "En person anges med två olika partier.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    let mut seen = HashSet::new();
    for p in &cx.doc.paragraphs {
        for actor in actors(p) {
            let Some(party) = actor.party.as_deref() else {
                continue;
            };
            let key = cx.key(&actor.name);
            let listed = cx
                .roster
                .iter()
                .find(|a| a.key == *key && a.role != Role::Other && a.person.party.is_some());
            let Some(a) = listed else { continue };
            let theirs = a.person.party.as_deref().unwrap_or_default();
            if theirs.eq_ignore_ascii_case(party)
                || !seen.insert((key.into_owned(), party.to_string()))
            {
                continue;
            }
            report(
                out,
                CODE,
                SEVERITY,
                actor.span,
                format!(
                    "{} står som ({party}) i {} men som ({theirs}) i närvarolistan",
                    actor.name,
                    p.label()
                ),
                format!(
                    "{} is ({party}) in {} but ({theirs}) in the attendance list",
                    actor.name,
                    p.label()
                ),
            )
            .label(a.person.span, "i närvarolistan", "in the attendance list");
        }
    }
}
