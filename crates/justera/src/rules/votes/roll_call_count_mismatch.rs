//! A roll call whose tally differs from the declared counts.
//!
//! ## What it does
//! Tallies the yes, no and abstaining votes of a roll-call table and
//! compares them with the counts the protocol declares for the same vote.
//! A table split over a page break has its rows after the break joined
//! (even past the next paragraph's text, where a converter puts a page's
//! tables at its end) when they make up exactly what is missing; when rows
//! were joined and the tally still differs, it reports `info`. A side the
//! list names nobody for is not compared: prose often names one side only
//! (`För nej röstade A, B och C.` under `64 ja-röster och 3 nej-röster`).
//!
//! ## Why is this bad?
//! The protocol must show how each member voted in an open vote and how
//! the vote turned out. When the table and the counts disagree, one of
//! them is wrong, and the result may be too.
//!
//! ## Example
//! ```text
//! Ordföranden finner att nämnden, med 2 ja-röster mot 3 nej-röster, ...
//! | Maria Svensson (S) | X |  |  |   (three X under Ja)
//! ```
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § 2 (how each member voted in an
//!   open vote) and 6 kap. 35 §.

use super::tally;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Ballot;
use crate::rules::{report, unconfirmed, Context};

pub const CODE: &str = "roll-call-count-mismatch";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Ett namnupprop vars summa skiljer sig från de angivna rösterna.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    for p in &cx.doc.paragraphs {
        for v in &p.votes {
            if v.roll_call.is_empty() {
                continue;
            }
            let mut diffs = Vec::new();
            for (declared, b, sv, en) in [
                (v.counts.yes, Ballot::Yes, "ja", "yes"),
                (v.counts.no, Ballot::No, "nej", "no"),
                (v.counts.abstain, Ballot::Abstain, "avstår", "abstain"),
            ] {
                let t = tally(v, b);
                // `För nej röstade A, B och C.`: the text names one side
                // only; a side it names nobody for is not listed, not short.
                if t == 0 {
                    continue;
                }
                if let Some(d) = declared {
                    if d != t {
                        diffs.push((
                            format!("{sv} {d} mot {t} i listan"),
                            format!("{en} {d} against {t} in the list"),
                        ));
                    }
                }
            }
            if diffs.is_empty() {
                continue;
            }
            let sv: Vec<String> = diffs.iter().map(|d| d.0.clone()).collect();
            let en: Vec<String> = diffs.iter().map(|d| d.1.clone()).collect();
            let table = v
                .roll_call
                .iter()
                .map(|r| r.span)
                .reduce(|a, b| a.cover(b))
                .unwrap_or(v.span);
            if let Some(how) = v.roll_call.iter().find_map(|r| r.joined) {
                unconfirmed(
                    out,
                    CODE,
                    v.counts_span.unwrap_or(v.span),
                    how,
                    format!(
                        "omröstningslistan i {} stämmer med röstsiffrorna: {}",
                        p.label(),
                        sv.join(", ")
                    ),
                    format!(
                        "the roll call in {} fits the counts: {}",
                        p.label(),
                        en.join(", ")
                    ),
                )
                .label(table, "omröstningslistan", "the roll call");
                continue;
            }
            report(
                out,
                CODE,
                SEVERITY,
                v.counts_span.unwrap_or(v.span),
                format!(
                    "Omröstningslistan i {} stämmer inte med röstsiffrorna: {}",
                    p.label(),
                    sv.join(", ")
                ),
                format!(
                    "The roll call in {} differs from the counts: {}",
                    p.label(),
                    en.join(", ")
                ),
            )
            .label(table, "omröstningslistan", "the roll call");
        }
    }
}
