//! The protocol names no secretary.
//!
//! ## What it does
//! Reports a protocol with an attendance list but no secretary: no
//! `Sekreterare` signature, no attendee titled secretary, and no mention of
//! one (`sekreterare`, `protokollförare`, `vid protokollet`).
//!
//! ## Why is this bad?
//! The secretary keeps the protocol and signs it; readers and courts ask
//! who wrote it. Its absence usually means the signature page was lost.
//!
//! ## Example
//! ```text
//! Underskrifter  Ordförande ____ Anna Ek
//!                Justerare  ____ Bo Berg
//! ```
//! Use instead: add `Sekreterare ____ Name`.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 65 § and 6 kap. 35 § (the protocol is
//!   kept under the chair's responsibility); the secretary is practice.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{report, Context};

pub const CODE: &str = "missing-secretary";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Protokollet anger ingen sekreterare.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let a = &cx.doc.attendance;
    if !cx.is_full_protocol() || a.members.is_empty() || cx.doc.secretary.is_some() {
        return;
    }
    let signed = cx
        .doc
        .signatures
        .iter()
        .any(|s| s.role.as_deref().is_some_and(|r| r.contains("sekreterare")));
    let listed = a.all().any(|p| {
        p.role
            .as_deref()
            .is_some_and(|r| r.contains("sekreterare") || r.contains("protokollförare"))
    });
    let named = ["sekreterare", "protokollförare", "vid protokollet", "sekr."]
        .iter()
        .any(|w| cx.mentions(w));
    if signed || listed || named {
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
        "Protokollet anger ingen sekreterare",
        "The protocol names no secretary",
    )
    .help(
        "Lägg till sekreteraren under Underskrifter.",
        "Add the secretary under Underskrifter.",
    );
}
