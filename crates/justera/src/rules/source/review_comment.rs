//! A reviewer's comment left in a Word draft.
//!
//! ## What it does
//! Reports each comment still attached to the text, with its author.
//!
//! ## Why is this bad?
//! Comments are part of the file: published with the protocol, a note such
//! as "check the party" or a remark about a person becomes public text.
//!
//! ## Example
//! A `.docx` with a comment by Nils Berg: `Kontrollera partibeteckningen.`
//! Resolve and delete the comment before justering.
//!
//! ## References
//! - Kommunallagen (2017:725) 8 kap. 12 §; offentlighets- och
//!   sekretesslagen (2009:400): what is published must be what was meant.

use crate::diagnostic::{Diagnostic, Severity};
use crate::input::Note;
use crate::rules::{report, Context};

pub const CODE: &str = "review-comment";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "En granskares kommentar kvar i ett Word-utkast.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for note in super::notes(cx) {
        let Note::Comment { author, text, span } = note else {
            continue;
        };
        if out.len() >= crate::rules::MAX_PER_RULE {
            return;
        }
        let who = author.as_deref().unwrap_or("okänd");
        let who_en = author.as_deref().unwrap_or("unknown");
        report(
            out,
            CODE,
            SEVERITY,
            *span,
            format!("Kommentar av {who} finns kvar i dokumentet: \"{text}\""),
            format!("A comment by {who_en} is still in the document: \"{text}\""),
        )
        .help(
            "Lös och ta bort kommentaren innan protokollet publiceras.",
            "Resolve and delete the comment before the protocol is published.",
        );
    }
}
