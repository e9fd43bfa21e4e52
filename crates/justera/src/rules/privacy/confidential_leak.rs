//! A confidential paragraph publishes more than the stub.
//!
//! ## What it does
//! For a paragraph published as confidential (`Beslutet publiceras ej med
//! hänvisning till sekretesskänsligt innehåll`), reports text beyond the
//! heading and the stub's standard sentences (where to ask for the
//! decision, the OSL reference).
//!
//! ## Why is this bad?
//! Confidential matters (child care, individual support) are published as a
//! stub so that nothing identifies the person. Extra text, such as a
//! summary or the decision itself, is exactly what must not be published.
//!
//! ## Example
//! ```text
//! § 16 Ansökan om överflyttning av vårdnad
//! Beslutet publiceras ej med hänvisning till sekretesskänsligt innehåll.
//! Barnet bor sedan 2019 hos familjehemmet i Solna ...
//! ```
//! Use instead: the heading and the stub only.
//!
//! ## References
//! - Offentlighets- och sekretesslagen (2009:400) 26 kap. 1 §;
//!   Kommunallagen (2017:725) 8 kap. 12 § (publishing on the web).

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Span;
use crate::rules::{report, Context};

pub const CODE: &str = "confidential-leak";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "En sekretessbelagd paragraf publicerar mer än rubriken.";

/// Words of the stub's standard sentences and of page furniture.
const STUB: &[&str] = &[
    "publiceras",
    "sekretess",
    "offentlighets",
    "osl",
    "ta del av beslutet",
    "kontakta",
    "prövning",
    "signatur",
    "signerat",
    "transaktionsidentitet",
    "justerandes",
    "utdragsbestyrkande",
    "sammanträdesprotokoll",
    "<!--",
];

/// Letters beyond the stub that make a leak (a short line such as a
/// diarienummer or "Beslut" is not one).
const LIMIT: usize = 120;

/// Whether a line is page furniture or heading-like: a page header in
/// capitals, or too short to be a sentence.
fn furniture(line: &str) -> bool {
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    letters.is_empty() || upper * 2 > letters.len()
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for p in cx.doc.paragraphs.iter().filter(|p| p.confidential) {
        let head = cx.paragraph_head(p);
        // Text blocks (lines between blank lines) after the heading, with
        // the span of their first line.
        let mut blocks: Vec<(Span, String)> = Vec::new();
        let mut offset = p.span.start;
        let mut open = false;
        for line in p.span.of(cx.src).split_inclusive('\n') {
            let span = Span::new(offset, offset + line.trim_end().len());
            offset += line.len();
            let in_title = p
                .title_span
                .is_some_and(|t| t.start < span.end && span.start < t.end);
            let lower = line.trim().to_lowercase();
            if span.start < head.end || in_title || lower.is_empty() || furniture(line) {
                open = false;
                continue;
            }
            if STUB.iter().any(|w| lower.contains(w)) && lower.split_whitespace().count() < 4 {
                open = false;
                continue;
            }
            match blocks.last_mut() {
                Some((_, text)) if open => {
                    text.push(' ');
                    text.push_str(line.trim());
                }
                _ => blocks.push((span, line.trim().to_string())),
            }
            open = true;
        }
        let mut extra = 0;
        let mut first: Option<Span> = None;
        for (span, text) in &blocks {
            for sentence in text.split(". ") {
                let lower = sentence.to_lowercase();
                if STUB.iter().any(|w| lower.contains(w)) || sentence.split_whitespace().count() < 4
                {
                    continue;
                }
                extra += sentence.chars().filter(|c| c.is_alphabetic()).count();
                first.get_or_insert(*span);
            }
        }
        if extra > LIMIT {
            report(
                out,
                CODE,
                SEVERITY,
                first.unwrap_or(head),
                format!(
                    "{} är sekretessmarkerad men publicerar mer än hänvisningen ({extra} bokstäver)",
                    p.label()
                ),
                format!(
                    "{} is marked confidential but publishes more than the stub ({extra} letters)",
                    p.label()
                ),
            )
            .label(head, "sekretessparagrafen", "the confidential paragraph")
            .help(
                "Publicera bara rubriken och hänvisningen till sekretess.",
                "Publish only the heading and the confidentiality notice.",
            );
        }
    }
}
