//! Two paragraphs have the same number.
//!
//! ## What it does
//! Reports a paragraph whose number was already used by an earlier paragraph
//! of the same protocol.
//!
//! ## Why is this bad?
//! A decision is cited and appealed by its paragraph number. Two paragraphs
//! with one number make the citation ambiguous.
//!
//! ## Example
//! ```text
//! § 12 Delårsrapport
//! § 12 Anmälan av delegationsbeslut
//! ```
//! Use instead: `§ 12` and `§ 13`. A paragraph inserted after `§ 12` and
//! written `§ 12 a` is not a second `§ 12`; a joint head (`§§ 12-13`)
//! takes both its numbers.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § and 13 kap. 5 § (an appeal names
//!   the decision); 6 kap. 35 § for nämnder.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::diagnostic::{Diagnostic, Severity};
use crate::key_map::KeyHasher;
use crate::model::Paragraph;
use crate::rules::{report, Context};

pub const CODE: &str = "paragraph-duplicate";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Två paragrafer har samma nummer.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    // `§ 12 a` is inserted after `§ 12`, not a second `§ 12`; a joint
    // head (`§§ 12-13`) takes each of its numbers.
    // The first paragraph of each number, its head found when a second
    // one names it (most numbers stand once); the table as large as the
    // numbers it takes, so it grows no more.
    let numbered = cx.numbered();
    // Hashed as the document's names are: the standard hasher cost more
    // than the rest of each look-up, and the table is only asked.
    let mut first: HashMap<(u32, Option<char>), &Paragraph, BuildHasherDefault<KeyHasher>> =
        HashMap::with_capacity_and_hasher(numbered.len(), Default::default());
    for p in numbered {
        let letter = p.letter();
        let earlier = (p.number..=p.last_number()).find_map(|n| first.get(&(n, letter)));
        if let Some(earlier) = earlier {
            report(
                out,
                CODE,
                SEVERITY,
                cx.paragraph_head(p),
                format!("{} förekommer två gånger", p.label()),
                format!("{} appears twice", p.label()),
            )
            .label(cx.paragraph_head(earlier), "första gången", "first time")
            .help(
                "Numrera om paragraferna så att varje nummer används en gång.",
                "Renumber so each number is used once.",
            );
        } else {
            for n in p.number..=p.last_number() {
                first.insert((n, letter), p);
            }
        }
    }
}
