//! The table of contents differs from the paragraphs.
//!
//! ## What it does
//! Compares each table of contents entry with the paragraph of the same
//! number: reports paragraphs with no entry and titles that differ
//! (ignoring case, punctuation, spacing and a shortened title). An entry
//! with no paragraph is only `info`: published protocols leave
//! confidential paragraphs out on purpose. Entries in a row that the text
//! lacks (an extract, or a text cut after its contents) are one finding,
//! and so are paragraphs in a row that the contents lack (a contents field
//! not brought up to date).
//!
//! ## Why is this bad?
//! Readers find a matter through the table of contents. An entry that points
//! to the wrong or a missing paragraph hides a decision, and usually means
//! the body was edited after the contents were generated.
//!
//! ## Example
//! ```text
//! § 21  Budget 2025 ........ 4
//! ...
//! § 21 Delårsrapport
//! ```
//! Use instead: regenerate the table of contents from the body.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 §; 6 kap. 35 § for nämnder. The
//!   table of contents is practice, not law.

use crate::diagnostic::{Diagnostic, Severity};
use crate::inline::fold;
use crate::model::{paragraph_label, written_suffix, Paragraph, TocEntry};
use crate::rules::{report, Context};

pub const CODE: &str = "toc-mismatch";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Innehållsförteckningen stämmer inte med paragraferna.";

/// A title as compared: folded, letters and digits only.
fn norm(t: &str) -> String {
    fold(t)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let toc = &cx.doc.toc;
    if !cx.is_full_protocol() || toc.is_empty() || cx.doc.paragraphs.is_empty() {
        return;
    }
    // An entry and a paragraph match by number and letter (`§ 12 a`),
    // the entry's letter as written on its line.
    let suffix = |e: &TocEntry| written_suffix(e.span.of(cx.src), e.number);
    let letter = |e: &TocEntry| suffix(e).letter;
    let same = |e: &TocEntry, p: &Paragraph| p.number == e.number && p.letter() == letter(e);
    // Entries in a row and in sequence that the text lacks (an extract,
    // or a text cut after its contents) are one finding: the first and
    // last named.
    let mut missing: Vec<&TocEntry> = Vec::new();
    let flush = |missing: &mut Vec<&TocEntry>, out: &mut Vec<Diagnostic>| {
        let (Some(first), Some(last)) = (missing.first(), missing.last()) else {
            return;
        };
        let a = paragraph_label(first.number, suffix(first));
        let (sv, en) = if missing.len() == 1 {
            (
                format!("Innehållsförteckningen har {a} men texten saknar den (utelämnad?)"),
                format!("The table of contents lists {a} but the text lacks it (left out?)"),
            )
        } else {
            let b = paragraph_label(last.number, suffix(last));
            let n = missing.len();
            (
                format!("Innehållsförteckningen har {n} paragrafer, {a} till {b}, som texten saknar (utelämnade eller ett utdrag?)"),
                format!("The table of contents lists {n} paragraphs, {a} to {b}, that the text lacks (left out, or an extract?)"),
            )
        };
        // Often a confidential paragraph left out of the published
        // version on purpose: worth knowing, not a fault.
        report(
            out,
            CODE,
            Severity::Info,
            first.span.cover(last.span),
            sv,
            en,
        );
        missing.clear();
    };
    for e in toc {
        match cx.doc.paragraphs.iter().find(|p| same(e, p)) {
            None => {
                // A run goes on with the next number (or another part of
                // the same one, `§ 12 b`), so its first and last say which.
                if missing
                    .last()
                    .is_some_and(|l| e.number != l.number && e.number != l.number + 1)
                {
                    flush(&mut missing, out);
                }
                missing.push(e);
            }
            Some(p) => {
                flush(&mut missing, out);
                let b = norm(&p.title);
                // A page number that a converter wrapped into the entry's title
                // (`... relationer 6 (SN/2024:31)`): short numbers the body lacks.
                let a = norm(&e.title)
                    .split(' ')
                    .filter(|w| {
                        !(w.len() <= 3
                            && w.bytes().all(|c| c.is_ascii_digit())
                            && !b.split(' ').any(|x| x == *w))
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                // Compared without their spaces: a converter runs words
                // together or apart (`frågaom ansvarsfrihet`).
                let (a, b) = (a.replace(' ', ""), b.replace(' ', ""));
                // `§ 23 forts.`: the head repeated over the paragraph's
                // continuation, set as a heading and listed so.
                let continuation = matches!(a.as_str(), "forts" | "fortsättning");
                if a.is_empty() || b.is_empty() || a.contains(&b) || b.contains(&a) || continuation
                {
                    continue;
                }
                let d = report(
                    out,
                    CODE,
                    SEVERITY,
                    e.span,
                    format!("Rubriken för {} skiljer sig: \"{}\" i innehållsförteckningen, \"{}\" i protokollet", p.label(), e.title.trim(), p.title.trim()),
                    format!("The title of {} differs: \"{}\" in the table of contents, \"{}\" in the protocol", p.label(), e.title.trim(), p.title.trim()),
                );
                d.label(
                    p.title_span.unwrap_or_else(|| cx.paragraph_head(p)),
                    "rubriken i protokollet",
                    "the title in the protocol",
                );
            }
        }
    }
    flush(&mut missing, out);
    // Paragraphs in a row that the contents lack are one finding (a
    // contents field not brought up to date lacks them all).
    let mut run: Vec<&Paragraph> = Vec::new();
    let flush_run = |run: &mut Vec<&Paragraph>, out: &mut Vec<Diagnostic>| {
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            return;
        };
        let (sv, en) = if run.len() == 1 {
            (
                format!("{} saknas i innehållsförteckningen", first.label()),
                format!("{} is missing from the table of contents", first.label()),
            )
        } else {
            let n = run.len();
            (
                format!(
                    "{n} paragrafer, {} till {}, saknas i innehållsförteckningen",
                    first.label(),
                    last.label()
                ),
                format!(
                    "{n} paragraphs, {} to {}, are missing from the table of contents",
                    first.label(),
                    last.label()
                ),
            )
        };
        report(out, CODE, SEVERITY, cx.paragraph_head(first), sv, en);
        run.clear();
    };
    for p in &cx.doc.paragraphs {
        if toc.iter().any(|e| same(e, p)) {
            flush_run(&mut run, out);
        } else {
            run.push(p);
        }
    }
    flush_run(&mut run, out);
}
