//! The replacement character `�` in the text.
//!
//! ## What it does
//! Reports each run of U+FFFD REPLACEMENT CHARACTER, which a converter
//! writes where it could not decode a character.
//!
//! ## Why is this bad?
//! The original letter is lost: a name or an amount may now be wrong, and
//! readers cannot tell what was there.
//!
//! ## Example
//! ```text
//! Socialn�mnden
//! ```
//! Use instead: `Socialnämnden`, from the original document.
//!
//! ## References
//! - Lag (2018:1937) om tillgänglighet till digital offentlig service
//!   (EN 301 549 / WCAG 2.1); Kommunallagen (2017:725) 5 kap. 66 §.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Span;
use crate::rules::{report, Context};

pub const CODE: &str = "replacement-char";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Ersättningstecknet `�` i texten.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let src = cx.src;
    let mut i = 0;
    while let Some(found) = crate::text::find_str(&src[i..], "\u{FFFD}") {
        if out.len() >= crate::rules::MAX_PER_RULE {
            return;
        }
        let start = i + found;
        let run = src[start..]
            .chars()
            .take_while(|&c| c == '\u{FFFD}')
            .count();
        let end = start + run * '\u{FFFD}'.len_utf8();
        report(
            out,
            CODE,
            SEVERITY,
            Span::new(start, end),
            "Ersättningstecken (�): ett tecken gick förlorat vid konverteringen",
            "Replacement character (�): a character was lost in conversion",
        )
        .help(
            "Rätta tecknet från originaldokumentet.",
            "Restore the character from the original document.",
        );
        i = end;
    }
}
