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
//! Use instead: `§ 12` and `§ 13`.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § and 13 kap. 5 § (an appeal names
//!   the decision); 6 kap. 35 § for nämnder.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{report, Context};

pub const CODE: &str = "paragraph-duplicate";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Två paragrafer har samma nummer.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    let mut first = HashMap::new();
    for p in cx.numbered() {
        if let Some(earlier) = first.get(&p.number) {
            report(
                out,
                CODE,
                SEVERITY,
                cx.paragraph_head(p),
                format!("§ {} förekommer två gånger", p.number),
                format!("§ {} appears twice", p.number),
            )
            .label(*earlier, "första gången", "first time")
            .help(
                "Numrera om paragraferna så att varje nummer används en gång.",
                "Renumber so each number is used once.",
            );
        } else {
            first.insert(p.number, cx.paragraph_head(p));
        }
    }
}
