//! An attendance note names paragraphs the protocol does not have.
//!
//! ## What it does
//! Reports paragraph limits in the attendance list (`ej §§ 16-18`, `§ 28`)
//! that name numbers outside the protocol's paragraphs. Only complete
//! protocols are checked (three or more paragraphs numbered without a hole,
//! matching the declared range): a published protocol that leaves
//! paragraphs out keeps the whole meeting's attendance notes.
//!
//! ## Why is this bad?
//! These limits decide who served at each paragraph, and so the quorum and
//! who could vote. A number outside the protocol is a typo, and the
//! paragraph that was meant is recorded wrongly.
//!
//! ## Example
//! ```text
//! Emma Ek (V) (ej §§ 6-8)     (the protocol has §§ 15-30)
//! ```
//! Use instead: `(ej §§ 16-18)`.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § (who served), 6 kap. 35 § for
//!   nämnder.

use std::hash::BuildHasherDefault;

use crate::diagnostic::{Diagnostic, Severity};
use crate::key_map::KeyHasher;
use crate::rules::names::{ranges, section_sign};
use crate::rules::{report, Context};

pub const CODE: &str = "range-outside-protocol";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "En närvaroanteckning nämner paragrafer som protokollet inte har.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_full_protocol() || cx.doc.paragraphs.is_empty() {
        return;
    }
    let numbers = cx.numbers();
    // Published protocols often leave paragraphs out (confidential ones,
    // or all but the public ones), while the attendance list still covers
    // the whole meeting. Only a complete protocol can be held to it: three
    // or more paragraphs, numbered without a hole, matching what it declares.
    let mut sorted = numbers.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let contiguous = sorted.windows(2).all(|w| w[1] == w[0] + 1);
    let declared_ok = match &cx.doc.declared_range {
        None => true,
        Some(d) => {
            let mut v = d.numbers.clone();
            v.sort_unstable();
            v.dedup();
            v.is_empty() || v == sorted
        }
    };
    if sorted.len() < 3 || !contiguous || !declared_ok {
        return;
    }
    // Hashed as the document's names are (the set is only asked).
    let known: std::collections::HashSet<u32, BuildHasherDefault<KeyHasher>> =
        sorted.iter().copied().collect();
    for a in &cx.roster {
        let Some(scope) = &a.person.scope else {
            continue;
        };
        let outside: Vec<u32> = scope
            .only
            .iter()
            .chain(&scope.except)
            .copied()
            .filter(|n| !known.contains(n))
            .collect();
        if outside.is_empty() {
            continue;
        }
        let r = format!("{} {}", section_sign(&outside), ranges(&outside));
        let all = format!("{} {}", section_sign(numbers), ranges(numbers));
        report(
            out,
            CODE,
            SEVERITY,
            scope.span,
            format!("{}: {r} finns inte i protokollet ({all})", a.person.name),
            format!("{}: {r} is not in the protocol ({all})", a.person.name),
        );
    }
}
