//! An unaccepted tracked change in a Word draft.
//!
//! ## What it does
//! Reports each insertion or deletion that Word still tracks as a change
//! (revision marks), with who made it. The text shown is the document as
//! if every change were accepted.
//!
//! ## Why is this bad?
//! A protocol is justerat and published as one fixed text. A draft with
//! open changes has two texts in one file: what the justerare approved may
//! not be what the reader sees, and a deleted passage can still be read out
//! of the file.
//!
//! ## Example
//! A `.docx` whose `word/document.xml` holds `<w:ins w:author="Eva Ek">`
//! around `fullmäktige`. Accept or reject every change before justering.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 69 § (the protocol is justerat as
//!   written) and 8 kap. 12 § (the approved protocol is what is published).

use crate::diagnostic::{Diagnostic, Severity};
use crate::input::{ChangeKind, Note};
use crate::rules::{report, Context};

pub const CODE: &str = "tracked-change";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "En spårad ändring som inte godkänts i ett Word-utkast.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for note in super::notes(cx) {
        let Note::TrackedChange {
            change,
            author,
            text,
            span,
        } = note
        else {
            continue;
        };
        if out.len() >= crate::rules::MAX_PER_RULE {
            return;
        }
        let who = author.as_deref().unwrap_or("okänd");
        let who_en = author.as_deref().unwrap_or("unknown");
        let (sv, en) = match change {
            ChangeKind::Insertion => ("infogad text", "inserted text"),
            ChangeKind::Deletion => ("borttagen text", "deleted text"),
            ChangeKind::Formatting => ("ändrad formatering", "changed formatting"),
        };
        report(
            out,
            CODE,
            SEVERITY,
            *span,
            format!("Spårad ändring som inte är godkänd, {sv} av {who}: \"{text}\""),
            format!("Unaccepted tracked change, {en} by {who_en}: \"{text}\""),
        )
        .help(
            "Godkänn eller avvisa alla ändringar i Word innan protokollet justeras och publiceras.",
            "Accept or reject every change in Word before the protocol is approved and published.",
        );
    }
}
