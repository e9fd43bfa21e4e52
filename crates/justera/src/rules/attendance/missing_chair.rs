//! The protocol names no chair.
//!
//! ## What it does
//! Reports a protocol with an attendance list where no member is marked
//! `ordförande`, no signature is the chair's, and the word `ordförande`
//! does not occur at all.
//!
//! ## Why is this bad?
//! The chair leads the meeting, puts the questions and approves the
//! protocol together with the justerare. A protocol without one cannot show
//! who did.
//!
//! ## Example
//! ```text
//! Ledamöter
//! Anna Ek (S)
//! Bo Berg (M)
//! ```
//! Use instead: `Anna Ek (S), ordförande`.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 69 § (the chair and justerare
//!   approve the protocol) and 5 kap. 65 § (the chair sees that a protocol
//!   is kept), applied to nämnder by 6 kap. 35 §.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{report, Context};

pub const CODE: &str = "missing-chair";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Protokollet anger ingen ordförande.";

fn is_chair(role: Option<&str>) -> bool {
    role.is_some_and(|r| {
        let r = r.to_lowercase();
        (r.contains("ordförande") || r.starts_with("ordf")) && !r.contains("vice")
    })
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let a = &cx.doc.attendance;
    if !cx.is_full_protocol() || a.members.is_empty() {
        return;
    }
    let in_list = a
        .members
        .iter()
        .chain(&a.serving_substitutes)
        .any(|p| is_chair(p.role.as_deref()));
    let signed = cx
        .doc
        .signatures
        .iter()
        .any(|s| is_chair(s.role.as_deref()));
    // A chair the parser could not place is still named.
    if in_list || signed || cx.mentions("ordförande") || cx.mentions("ordf.") {
        return;
    }
    let span = a
        .span
        .map(|s| cx.first_line(s))
        .unwrap_or(a.members[0].span);
    report(
        out,
        CODE,
        SEVERITY,
        span,
        "Protokollet anger ingen ordförande",
        "The protocol names no chair",
    )
    .help(
        "Skriv \", ordförande\" efter ordförandens namn i närvarolistan.",
        "Write \", ordförande\" after the chair's name in the attendance list.",
    );
}
