//! The declared paragraph range differs from the paragraphs in the protocol.
//!
//! ## What it does
//! Compares the range the protocol declares (`Paragrafer §§ 15-30`) with
//! the numbers of the paragraphs it contains, and reports numbers that are
//! present but not declared, or declared but absent (as `info` when that is
//! all: published protocols leave confidential paragraphs out on purpose).
//!
//! ## Why is this bad?
//! The declared range is what the justerare sign for and what the notice
//! points to. When it disagrees with the body, a paragraph was lost, added
//! after signing, or the range was copied from an older protocol.
//!
//! ## Example
//! ```text
//! Paragrafer  §§ 15-30
//! ...
//! § 29 Övrigt          (the last paragraph)
//! ```
//! Use instead: `Paragrafer §§ 15-29`, or add the missing paragraph.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § (which matters were handled) and
//!   5 kap. 69 § (justering); 6 kap. 35 § for nämnder.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use crate::diagnostic::{Diagnostic, Severity};
use crate::key_map::KeyHasher;
use crate::rules::names::{ranges, section_sign};
use crate::rules::{report, Context};

pub const CODE: &str = "declared-range-mismatch";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "De angivna paragraferna stämmer inte med paragraferna i protokollet.";

/// A set of paragraph numbers, hashed as the document's names are.
type NumberSet = HashSet<u32, BuildHasherDefault<KeyHasher>>;

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(declared) = &cx.doc.declared_range else {
        return;
    };
    if !cx.is_full_protocol() || cx.doc.paragraphs.is_empty() || declared.numbers.is_empty() {
        return;
    }
    let found = cx.numbers();
    // Hashed as the document's names are (the sets are only asked).
    let found_set: NumberSet = found.iter().copied().collect();
    let declared_set: NumberSet = declared.numbers.iter().copied().collect();
    let absent: Vec<u32> = declared
        .numbers
        .iter()
        .copied()
        .filter(|n| !found_set.contains(n))
        .collect();
    let extra: Vec<u32> = found
        .iter()
        .copied()
        .filter(|n| !declared_set.contains(n))
        .collect();
    if absent.is_empty() && extra.is_empty() {
        return;
    }
    let mut sv = Vec::new();
    let mut en = Vec::new();
    if !absent.is_empty() {
        let r = format!("{} {}", section_sign(&absent), ranges(&absent));
        sv.push(format!("{r} saknas i protokollet"));
        en.push(format!("{r} not in the protocol"));
    }
    if !extra.is_empty() {
        let r = format!("{} {}", section_sign(&extra), ranges(&extra));
        sv.push(format!("{r} finns men ingår inte"));
        en.push(format!("{r} present but not declared"));
    }
    // Only absent paragraphs: often left out of the published version on
    // purpose (confidential), so worth knowing rather than a fault.
    let severity = if extra.is_empty() {
        Severity::Info
    } else {
        SEVERITY
    };
    let d = report(
        out,
        CODE,
        severity,
        declared.span,
        format!(
            "Angivna paragrafer {} stämmer inte: {}",
            declared.text.trim(),
            sv.join("; ")
        ),
        format!(
            "Declared paragraphs {} do not match: {}",
            declared.text.trim(),
            en.join("; ")
        ),
    );
    for p in cx
        .doc
        .paragraphs
        .iter()
        .filter(|p| (p.number..=p.last_number()).any(|n| extra.contains(&n)))
        .take(5)
    {
        d.label(cx.paragraph_head(p), "ej angiven", "not declared");
    }
    d.help(
        "Rätta paragrafintervallet eller lägg till de paragrafer som saknas.",
        "Correct the declared range or add the missing paragraphs.",
    );
}
