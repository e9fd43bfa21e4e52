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
    "justerandes",
    "utdragsbestyrkande",
];

/// Letters beyond the stub that make a leak (a short line such as a
/// diarienummer or "Beslut" is not one).
const LIMIT: usize = 120;

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for p in cx.doc.paragraphs.iter().filter(|p| p.confidential) {
        let head = cx.paragraph_head(p);
        let mut extra = 0;
        let mut first: Option<Span> = None;
        let mut offset = p.span.start;
        for line in p.span.of(cx.src).split_inclusive('\n') {
            let span = Span::new(offset, offset + line.trim_end().len());
            offset += line.len();
            let in_title = p
                .title_span
                .is_some_and(|t| t.start < span.end && span.start < t.end);
            if span.start < head.end || in_title {
                continue;
            }
            let lower = line.to_lowercase();
            if STUB.iter().any(|w| lower.contains(w)) {
                continue;
            }
            let letters = line.chars().filter(|c| c.is_alphabetic()).count();
            if letters > 0 {
                extra += letters;
                first.get_or_insert(span);
            }
        }
        if extra > LIMIT {
            report(
                out,
                CODE,
                SEVERITY,
                first.unwrap_or(head),
                format!("§ {} är sekretessmarkerad men publicerar mer än hänvisningen ({extra} bokstäver)", p.number),
                format!("§ {} is marked confidential but publishes more than the stub ({extra} letters)", p.number),
            )
            .label(head, "sekretessparagrafen", "the confidential paragraph")
            .help(
                "Publicera bara rubriken och hänvisningen till sekretess.",
                "Publish only the heading and the confidentiality notice.",
            );
        }
    }
}
