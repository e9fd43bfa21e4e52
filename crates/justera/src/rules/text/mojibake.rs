//! Text decoded with the wrong character encoding.
//!
//! ## What it does
//! Reports UTF-8 text that was read as Latin-1 or Windows-1252 (`Ã¤` for
//! `ä`, `Ã¶` for `ö`, `Ã¥` for `å`, `â€“` for `–`, `Â§` for `§`), once per
//! run.
//!
//! ## Why is this bad?
//! Names and words become unreadable and unsearchable; a name in mojibake
//! does not match the attendance list.
//!
//! ## Example
//! ```text
//! SocialnÃ¤mnden
//! ```
//! Use instead: `Socialnämnden` (convert the file as UTF-8).
//!
//! ## References
//! - Lag (2018:1937) om tillgänglighet till digital offentlig service
//!   (EN 301 549 / WCAG 2.1); Kommunallagen (2017:725) 8 kap. 12 §.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Span;
use crate::rules::{report, Context, Has};

pub const CODE: &str = "mojibake";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Text avkodad med fel teckenkodning.";

/// Whether `a` then `b` is the start of a misdecoded UTF-8 sequence.
fn is_pair(a: char, b: char) -> bool {
    let continuation = ('\u{80}'..='\u{BF}').contains(&b)
        || matches!(
            b,
            '€' | '‚'
                | 'ƒ'
                | '„'
                | '…'
                | '†'
                | '‡'
                | 'ˆ'
                | '‰'
                | 'Š'
                | '‹'
                | 'Œ'
                | 'Ž'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '•'
                | '–'
                | '—'
                | '˜'
                | '™'
                | 'š'
                | '›'
                | 'œ'
                | 'ž'
                | 'Ÿ'
        );
    match a {
        'Ã' => continuation,
        'Â' => ('\u{A0}'..='\u{BF}').contains(&b),
        'â' => b == '€',
        _ => false,
    }
}

fn emit(src: &str, r: Span, out: &mut Vec<Diagnostic>) {
    let text = r.of(src);
    report(
        out,
        CODE,
        SEVERITY,
        r,
        format!("Felaktig teckenkodning: \"{text}\""),
        format!("Wrong character encoding: \"{text}\""),
    )
    .help(
        "Konvertera dokumentet som UTF-8 eller rätta tecknen (Ã¤ = ä, Ã¶ = ö, Ã¥ = å).",
        "Convert the document as UTF-8 or fix the characters (Ã¤ = ä, Ã¶ = ö, Ã¥ = å).",
    );
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.index.any(Has::MOJIBAKE) {
        return;
    }
    let src = cx.src;
    let mut chars = src.char_indices().peekable();
    let mut run: Option<Span> = None;
    while let Some((i, a)) = chars.next() {
        if out.len() >= crate::rules::MAX_PER_RULE {
            return;
        }
        let Some(&(j, b)) = chars.peek() else { break };
        if !is_pair(a, b) {
            continue;
        }
        let end = j + b.len_utf8();
        run = Some(match run {
            // Pairs in one word (letters between them) make one run.
            Some(r) if i - r.end < 24 && src[r.end..i].chars().all(char::is_alphanumeric) => {
                Span::new(r.start, end)
            }
            Some(r) => {
                emit(src, r, out);
                Span::new(i, end)
            }
            None => Span::new(i, end),
        });
        chars.next();
    }
    if let Some(r) = run {
        emit(src, r, out);
    }
}
