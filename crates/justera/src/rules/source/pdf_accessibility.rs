//! Whether a PDF is tagged and declares its language.
//!
//! ## What it does
//! For a PDF, reports once whether it has a structure tree (tagged PDF) and
//! which language it declares (`/Lang`), saying what is missing.
//!
//! ## Why is this bad?
//! Documents a municipality publishes on the web must be accessible: an
//! untagged PDF has no headings or reading order for a screen reader, and
//! without `sv` as its language Swedish text is read with the wrong voice.
//!
//! ## Example
//! A PDF exported without "tagged PDF" and with `/Lang (en-US)`. Export
//! from Word with document structure tags and the document language set to
//! Swedish.
//!
//! ## References
//! - Lag (2018:1937) om tillgänglighet till digital offentlig service, with
//!   EN 301 549 (WCAG 2.1 AA: 1.3.1 Info and relationships, 3.1.1 Language
//!   of page).

use crate::diagnostic::{Diagnostic, Severity};
use crate::input::Note;
use crate::model::Span;
use crate::rules::{report, Context};

pub const CODE: &str = "pdf-accessibility";
pub const SEVERITY: Severity = Severity::Info;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Om en PDF är taggad och anger sitt språk.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for note in super::notes(cx) {
        let Note::PdfAccessibility { tagged, lang } = note else {
            continue;
        };
        let swedish = lang
            .as_deref()
            .is_some_and(|l| l.to_lowercase().starts_with("sv"));
        let lang_sv = match lang.as_deref() {
            Some(l) if swedish => format!("språk {l}"),
            Some(l) => format!("språk {l}, inte svenska"),
            None => "inget språk angivet".into(),
        };
        let lang_en = match lang.as_deref() {
            Some(l) if swedish => format!("language {l}"),
            Some(l) => format!("language {l}, not Swedish"),
            None => "no language declared".into(),
        };
        let (tag_sv, tag_en) = if *tagged {
            ("taggad", "tagged")
        } else {
            ("inte taggad", "not tagged")
        };
        report(
            out,
            CODE,
            SEVERITY,
            Span::new(0, 0),
            format!("PDF:en är {tag_sv}, {lang_sv}"),
            format!("The PDF is {tag_en}, {lang_en}"),
        )
        .help(
            "Exportera från Word med dokumentstruktur (taggar) och svenska som dokumentspråk.",
            "Export from Word with document structure tags and Swedish as the document language.",
        );
        return;
    }
}
