//! A word mixes Latin with Cyrillic or Greek letters.
//!
//! ## What it does
//! Reports a word that has Latin letters and Cyrillic ones, or Greek ones
//! that look Latin (homoglyphs such as `Ersätтарыttrande`), with the Latin
//! spelling where every foreign letter has a usual counterpart. Greek
//! letters used as symbols (`μg/m3`, `π`, `Δ`) are left alone.
//!
//! ## Why is this bad?
//! Such a word looks right but is not: search, screen readers and the
//! parser do not find it, and headings written this way hide a part of the
//! protocol. It comes from conversion damage or copy and paste.
//!
//! ## Example
//! ```text
//! Ersätтарыttrande
//! ```
//! Use instead: `Ersättaryttrande`.
//!
//! ## References
//! - Lag (2018:1937) om tillgänglighet till digital offentlig service and
//!   EN 301 549 / WCAG 2.1 (text must be readable by assistive technology);
//!   Kommunallagen (2017:725) 8 kap. 12 §.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Span;
use crate::rules::{report, Context, Has};

pub const CODE: &str = "mixed-script";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Ett ord blandar latinska bokstäver med kyrilliska eller grekiska.";

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || (('\u{C0}'..='\u{24F}').contains(&c) && c.is_alphabetic())
}

/// A Cyrillic letter, or a Greek one that looks like a Latin letter. Greek
/// letters used as symbols (`μg`, `π`, `Δ`, `Ω`) are not homoglyphs.
fn is_foreign(c: char) -> bool {
    const GREEK_LOOKALIKES: &str = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαεικνορτυχ";
    ('\u{400}'..='\u{52F}').contains(&c) || GREEK_LOOKALIKES.contains(c)
}

/// The Latin letter a Cyrillic or Greek one stands for in Swedish text.
fn latin(c: char) -> Option<char> {
    let l = match c.to_lowercase().next()? {
        'а' | 'α' => 'a',
        'в' | 'β' => 'v',
        'д' => 'd',
        'е' | 'ε' => 'e',
        'и' | 'і' | 'ι' => 'i',
        'к' | 'κ' => 'k',
        'л' => 'l',
        'м' | 'μ' => 'm',
        'н' | 'ν' => 'n',
        'о' | 'ο' => 'o',
        'р' | 'ρ' => 'r',
        'с' => 's',
        'т' | 'τ' => 't',
        'у' | 'ы' | 'υ' => 'y',
        'х' | 'χ' => 'x',
        'ј' => 'j',
        'ѕ' => 's',
        'з' => 'z',
        'п' | 'π' => 'p',
        _ => return None,
    };
    Some(if c.is_uppercase() {
        l.to_ascii_uppercase()
    } else {
        l
    })
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let src = cx.src;
    let mut start = None;
    // Words end at a line's end; only lines with Greek or Cyrillic letters can hold one.
    let chars = cx.index.lines(Has::GREEK_CYRILLIC).flat_map(|(at, line)| {
        let end = std::iter::once((at + line.len(), ' '));
        line.char_indices()
            .map(move |(i, c)| (at + i, c))
            .chain(end)
    });
    for (i, c) in chars {
        if out.len() >= crate::rules::MAX_PER_RULE {
            return;
        }
        if c.is_alphabetic() {
            start.get_or_insert(i);
            continue;
        }
        let Some(s) = start.take() else { continue };
        let word = &src[s..i];
        if word.chars().filter(|&c| is_latin(c)).count() < 2 || !word.chars().any(is_foreign) {
            continue;
        }
        let suggestion: Option<String> = word
            .chars()
            .map(|c| if is_foreign(c) { latin(c) } else { Some(c) })
            .collect();
        let d = report(
            out,
            CODE,
            SEVERITY,
            Span::new(s, i),
            format!("Ordet \"{word}\" blandar latinska och kyrilliska eller grekiska bokstäver"),
            format!("The word \"{word}\" mixes Latin with Cyrillic or Greek letters"),
        );
        match suggestion {
            Some(w) => d.help(
                format!("Skriv \"{w}\" med latinska bokstäver."),
                format!("Write \"{w}\" in Latin letters."),
            ),
            None => d.help(
                "Skriv ordet med latinska bokstäver.",
                "Write the word in Latin letters.",
            ),
        };
    }
}
