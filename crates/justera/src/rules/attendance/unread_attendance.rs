//! No member could be read under the attendance heading.
//!
//! ## What it does
//! Reports a protocol whose front has an attendance heading (`Beslutande`,
//! `Ledamöter`, `Närvarande ledamöter`, `Tjänstgörande ledamöter`) before
//! its first paragraph, while no member and no serving substitute could be
//! read under it: the list stands in an attachment (`Se bilaga 1`), or is
//! written in a layout the reader does not know.
//!
//! ## Why is this bad?
//! Without the members, the checks that need them say nothing: the
//! quorum, who may propose, reserve or justera, names spelled two ways.
//! A protocol that passes them silently only because its list was unread
//! is not a protocol that passed. This is information, not a fault of the
//! protocol: it tells the reader that those checks were not made.
//!
//! ## Example
//! ```text
//! Beslutande
//! Anna Ek, S, Bo Berg, M, Cia Dahl, V
//! ```
//! Use instead: one member a line, the party in parentheses,
//! `Anna Ek (S)`.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 68 § 2 (the protocol states who
//!   took part in the decisions), applied to nämnder by 6 kap. 35 §.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Span;
use crate::rules::{report, Context};

pub const CODE: &str = "unread-attendance";
pub const SEVERITY: Severity = Severity::Info;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Ingen ledamot kunde läsas under närvarorubriken.";

/// Headings of the list of those who decide.
const HEADINGS: &[&str] = &[
    "beslutande",
    "ledamöter",
    "närvarande ledamöter",
    "tjänstgörande ledamöter",
    "närvarande beslutande",
];

/// The first line before `end` that opens with an attendance heading.
fn heading(src: &str, end: usize) -> Option<Span> {
    let mut at = 0;
    for line in src[..end].split('\n') {
        let start = at;
        at += line.len() + 1;
        let t = line
            .trim()
            .trim_start_matches(['#', '*', '|', ' '])
            .trim_start();
        let head: String = t.chars().take(24).collect::<String>().to_lowercase();
        let opens = HEADINGS.iter().any(|h| {
            head.strip_prefix(h)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', '*', '|', '\t']))
        });
        if opens {
            let lead = line.len() - line.trim_start().len();
            return Some(Span::new(start + lead, start + line.trim_end().len()));
        }
    }
    None
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let a = &cx.doc.attendance;
    let Some(first) = cx.doc.paragraphs.first() else {
        return;
    };
    if !cx.is_full_protocol() || !a.members.is_empty() || !a.serving_substitutes.is_empty() {
        return;
    }
    let end = first.span.start.min(cx.src.len());
    let Some(span) = heading(cx.src, end) else {
        return;
    };
    report(
        out,
        CODE,
        SEVERITY,
        span,
        "Ingen ledamot kunde läsas under närvarorubriken; kontroller som behöver ledamöterna (beslutförhet, vem som får yrka, reservera och justera) är inte gjorda",
        "No member could be read under the attendance heading; checks that need the members (quorum, who may propose, reserve and justera) were not made",
    )
    .help(
        "Skriv ledamöterna under rubriken, en per rad med partiet inom parentes (Anna Ek (S)); står de i en bilaga, ta in listan i protokollet.",
        "Write the members under the heading, one a line with the party in parentheses (Anna Ek (S)); if they stand in an attachment, bring the list into the protocol.",
    );
}

#[cfg(test)]
mod tests {
    use super::heading;

    #[test]
    fn headings_of_the_list() {
        for (t, yes) in [
            ("Beslutande\nAnna", true),
            ("**Beslutande:** Anna", true),
            ("| Närvarande ledamöter | Anna |", true),
            ("Beslutanderätt\n", false),
            ("Ledamöternas förslag\n", false),
        ] {
            assert_eq!(heading(t, t.len()).is_some(), yes, "{t}");
        }
    }
}
