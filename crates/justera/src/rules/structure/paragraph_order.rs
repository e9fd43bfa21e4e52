//! Paragraph numbers go backwards.
//!
//! ## What it does
//! Reports a paragraph whose number is lower than the paragraph before it
//! but not a repeat of an earlier number (`§ 7` followed by `§ 5`).
//!
//! ## Why is this bad?
//! Paragraphs are numbered in the order the matters were handled. A number
//! that goes backwards is a typo or pages put together in the wrong order.
//!
//! ## Example
//! ```text
//! § 7 Budget
//! § 5 Övrigt
//! ```
//! Use instead: `§ 7`, `§ 8`.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 §; 6 kap. 35 § for nämnder.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use crate::diagnostic::{Diagnostic, Severity};
use crate::key_map::KeyHasher;
use crate::model::Paragraph;
use crate::rules::{report, Context};

pub const CODE: &str = "paragraph-order";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Paragrafnumren går bakåt.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    // `§ 12 a` comes after `§ 12` and before `§ 13`.
    // Each paragraph's key read once (its letter is read off the head's
    // text), the previous one's kept from the step before.
    let key = |p: &Paragraph| (p.number, p.letter());
    let numbered = cx.numbered();
    // Hashed as the document's names are (the set is only asked).
    let mut seen: HashSet<_, BuildHasherDefault<KeyHasher>> =
        HashSet::with_capacity_and_hasher(numbered.len(), Default::default());
    let mut prev_key = None;
    for (i, p) in numbered.iter().enumerate() {
        let k = key(p);
        if let Some(prev) = i.checked_sub(1).map(|j| numbered[j]) {
            if prev_key.is_some_and(|pk| k < pk) && !seen.contains(&k) {
                report(
                    out,
                    CODE,
                    SEVERITY,
                    cx.paragraph_head(p),
                    format!("{} kommer efter {}", p.label(), prev.label()),
                    format!("{} comes after {}", p.label(), prev.label()),
                )
                .label(
                    cx.paragraph_head(prev),
                    "föregående paragraf",
                    "the paragraph before",
                );
            }
        }
        seen.insert(k);
        prev_key = Some(k);
    }
}
