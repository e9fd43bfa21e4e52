//! Protocol notes, special statements and substitutes' statements: by whom,
//! and the proposal they back (`Ermin Škorić (S) stödjer Johan Tolinssons
//! (S) m.fl. yrkande`).

use super::prepared::Prepared;
use super::proposals::{resolve, Props};
use super::reservations::party_actors;
use crate::inline::find_speakers;
use crate::model::*;
use crate::text::{find_str, has};

/// Verbs that open a statement after the names, as they start.
const OPENERS: &[&str] = &[
    "stödjer",
    "stöder",
    "ställer sig bakom",
    "ställde sig bakom",
    "instämmer",
    "lämnar",
    "lämnade",
    "får lämna",
    "anför",
    "antecknar",
    "anmäler",
    "anmälde",
    "avger",
    "avgav",
];

fn opener_at(low: &str) -> Option<usize> {
    OPENERS
        .iter()
        .filter_map(|v| super::proposals::find_word(low, v).or_else(|| find_str(low, v)))
        .min()
}

/// The text without markup, white space collapsed (`strip_inline` does
/// both).
fn clean(t: &str) -> String {
    crate::scan::strip_inline(t)
}

pub(crate) fn statements(prep: &Prepared, props: &Props, p: &Paragraph) -> Vec<Statement> {
    let src = prep.src;
    let mut out: Vec<Statement> = Vec::new();
    for part in &p.parts {
        let kind = match part.kind {
            PartKind::ProtocolNote => StatementKind::ProtocolNote,
            PartKind::Statement => StatementKind::Statement,
            PartKind::SubstituteStatement => StatementKind::SubstituteStatement,
            _ => continue,
        };
        let first = out.len();
        for s in prep.sentences(part.span).iter() {
            let t = s.text(src);
            let low = prep.low(s.span);
            // A sentence that opens with who speaks starts a statement; the
            // rest (a quoted motivation) belongs to the one before.
            let opener = opener_at(&low).filter(|&k| k < 400);
            let mut by = opener
                .map(|k| find_speakers(&t[..k], s.span.start))
                .unwrap_or_default();
            // `Moderaterna lämnar följande anteckning`: a party speaks only
            // when it opens the sentence and the verb follows at once
            // (`Kristdemokraterna har länge ...` is what they say).
            if by.is_empty() {
                if let Some(k) = opener {
                    let lead = t.len() - t.trim_start_matches(['*', '_', ' ', '"', '”']).len();
                    by = party_actors(t, s.span.start, k);
                    by.retain(|a| {
                        a.span.start == s.span.start + lead
                            && k.saturating_sub(a.span.end - s.span.start) <= 3
                    });
                }
            }
            if by.is_empty() && out.len() > first {
                let st = out.last_mut().expect("a statement of this part");
                st.span = st.span.cover(s.span);
                continue;
            }
            let supports = opener
                .filter(|&k| {
                    [
                        "stödjer",
                        "stöder",
                        "ställer sig bakom",
                        "ställde sig bakom",
                        "instämmer",
                    ]
                    .iter()
                    .any(|v| low[k..].starts_with(v))
                })
                .and_then(|k| resolve(&t[k..], props, &by))
                // `ställde sig bakom ... gemensamma särskilda uttalande`: a
                // statement, not a proposal.
                .filter(|_| !has(&low, "uttalande") && !has(&low, "yttrande"));
            out.push(Statement {
                kind,
                by,
                supports,
                text: String::new(),
                span: s.span,
            });
        }
        if out.len() == first {
            out.push(Statement {
                kind,
                by: Vec::new(),
                supports: None,
                text: part.text.clone(),
                span: part.span,
            });
        }
        for st in &mut out[first..] {
            if st.text.is_empty() {
                st.text = clean(st.span.of(src));
            }
        }
    }
    out
}
