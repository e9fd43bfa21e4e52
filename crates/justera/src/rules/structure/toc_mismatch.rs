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
use crate::model::{paragraph_label, written_suffix, Paragraph, TocEntry};
use crate::rules::{report, Context};
use crate::text::fold_into;

pub const CODE: &str = "toc-mismatch";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Innehållsförteckningen stämmer inte med paragraferna.";

/// A folded title's words as compared: letters and digits only, cut at
/// every other character.
fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// An entry's and its paragraph's titles as compared, read into buffers
/// kept from entry to entry (no list of words, no copies per entry).
#[derive(Default)]
struct Compared {
    folded_entry: String,
    folded_title: String,
    /// The entry's words run together, without a page number a converter
    /// wrapped into it (`... relationer 6 (SN/2024:31)`: short numbers the
    /// paragraph's title lacks).
    entry: String,
    /// The paragraph's title's words run together (a converter runs words
    /// together or apart: `frågaom ansvarsfrihet`).
    title: String,
}

impl Compared {
    fn read(&mut self, entry: &str, title: &str) {
        fold_into(title, &mut self.folded_title);
        fold_into(entry, &mut self.folded_entry);
        let titled = &self.folded_title;
        self.title.clear();
        self.title.extend(words(titled));
        self.entry.clear();
        self.entry.extend(words(&self.folded_entry).filter(|w| {
            !(w.len() <= 3
                && w.bytes().all(|c| c.is_ascii_digit())
                && !words(titled).any(|x| x == *w))
        }));
    }
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
    let mut compared = Compared::default();
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
                compared.read(&e.title, &p.title);
                let (a, b) = (&compared.entry, &compared.title);
                // `§ 23 forts.`: the head repeated over the paragraph's
                // continuation, set as a heading and listed so.
                let continuation = matches!(a.as_str(), "forts" | "fortsättning");
                if a.is_empty()
                    || b.is_empty()
                    || a.contains(b.as_str())
                    || b.contains(a.as_str())
                    || continuation
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

#[cfg(test)]
mod tests {
    use super::Compared;
    use crate::inline::fold;

    /// Titles' pieces: words, short and long numbers, punctuation a fold
    /// keeps or trims, `forts.`, edge bytes (`§`, å ä ö Å Ä Ö É, tab,
    /// NBSP, CR, a Cyrillic `а`, digits of other scripts).
    const PIECES: [&str; 26] = [
        "Budget",
        "budget",
        " ",
        "  ",
        "2025",
        "6",
        "12",
        "1234",
        "(",
        ")",
        "SN/2024:31",
        ".",
        "-",
        "forts.",
        "§",
        "åäö ÅÄÖ É",
        "\t",
        "\u{a0}",
        "\r",
        "\u{430}",
        "\u{663}",
        "om",
        "fråga",
        ":",
        ",",
        "_",
    ];

    /// A title as compared before: folded, letters and digits only.
    fn norm(t: &str) -> String {
        fold(t)
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The pair read into buffers is the pair read through lists of words.
    #[test]
    fn titles_compared_in_buffers_as_through_lists() {
        let mut rng = crate::testing::Rng::new(0x5a4b_3c2d_1e0f_a9b8);
        let mut compared = Compared::default();
        for _ in 0..30_000 {
            let (e, t) = (rng.pieces(&PIECES, 8), rng.pieces(&PIECES, 8));
            let b = norm(&t);
            let a = norm(&e)
                .split(' ')
                .filter(|w| {
                    !(w.len() <= 3
                        && w.bytes().all(|c| c.is_ascii_digit())
                        && !b.split(' ').any(|x| x == *w))
                })
                .collect::<Vec<_>>()
                .join(" ");
            compared.read(&e, &t);
            assert_eq!(compared.entry, a.replace(' ', ""), "{e:?} {t:?}");
            assert_eq!(compared.title, b.replace(' ', ""), "{e:?} {t:?}");
        }
    }
}
