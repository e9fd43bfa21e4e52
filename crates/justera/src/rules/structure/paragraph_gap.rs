//! A paragraph number is skipped.
//!
//! ## What it does
//! Reports a paragraph whose number is more than one higher than the
//! paragraph before it (`§ 4` followed by `§ 6`). In a file without the
//! front page (a copy of some paragraphs) it reports `info`: the copy may
//! leave paragraphs out on purpose.
//!
//! ## Why is this bad?
//! The protocol must show every matter the meeting handled. A skipped number
//! usually means a paragraph was lost when the protocol was put together,
//! or a number was mistyped, and readers cannot tell which.
//!
//! ## Example
//! ```text
//! § 4 Val av justerare
//! § 6 Budget 2025
//! ```
//! Use instead: number the paragraphs `§ 4`, `§ 5`, or add the missing `§ 5`.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 §: the protocol states which matters
//!   were handled; 6 kap. 35 § applies it to nämnder.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{report, Context};

pub const CODE: &str = "paragraph-gap";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Ett paragrafnummer saknas i följden.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_full_protocol() {
        return;
    }
    let declared = cx
        .doc
        .declared_range
        .as_ref()
        .map(|d| d.numbers.as_slice())
        .unwrap_or_default();
    for w in cx.numbered().windows(2) {
        let (prev, next) = (w[0], w[1]);
        // A joint head (`§§ 12-13`) ends at its last number; a lettered
        // one (`§ 12 a`) stands where its number does.
        let prev_last = prev.last_number();
        // A protocol that declares `§§ 46, 47, 49` publishes no § 48 on
        // purpose. The declared numbers are read only where there is a gap:
        // most neighbours follow each other, and the list is as long as the
        // protocol.
        let undeclared =
            || !declared.is_empty() && !declared.iter().any(|&n| n > prev_last && n < next.number);
        if next.number > prev_last + 1 && !undeclared() {
            let missing = if next.number == prev_last + 2 {
                format!("§ {}", prev_last + 1)
            } else {
                format!("§§ {}-{}", prev_last + 1, next.number - 1)
            };
            // A copy of some paragraphs, without the front page (no
            // attendance, justering, signatures or declared paragraphs):
            // whether the gap is the protocol's or the copy's cannot be told.
            let d = &cx.doc;
            let front = !d.attendance.members.is_empty()
                || !d.attendance.serving_substitutes.is_empty()
                || !d.justering.justerare.is_empty()
                || !d.signatures.is_empty()
                || d.declared_range.is_some();
            if !front {
                report(
                    out,
                    CODE,
                    Severity::Info,
                    cx.paragraph_head(next),
                    format!(
                        "Kunde inte bekräfta att {missing} saknas i protokollet: filen har bara vissa paragrafer, utan förstasida"
                    ),
                    format!(
                        "Could not confirm that {missing} is missing from the protocol: the file holds some paragraphs only, without the front page"
                    ),
                );
                continue;
            }
            report(
                out,
                CODE,
                SEVERITY,
                cx.paragraph_head(next),
                format!(
                    "{missing} saknas: § {} följs av § {}",
                    prev_last, next.number
                ),
                format!(
                    "{missing} is missing: § {} is followed by § {}",
                    prev_last, next.number
                ),
            )
            .label(
                cx.paragraph_head(prev),
                "föregående paragraf",
                "the paragraph before",
            )
            .help(
                "Kontrollera numreringen eller lägg till den saknade paragrafen.",
                "Check the numbering or add the missing paragraph.",
            );
        }
    }
}
