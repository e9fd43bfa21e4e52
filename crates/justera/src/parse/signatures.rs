//! Signature lines: roles in a row with the names under them, a role
//! before a name, `Sekreterare _____ Name`.

use crate::inline::{self, fold};
use crate::model::*;

/// Names under a row of roles, paired column by column.
pub(super) fn sign_by_column(cells: Vec<(String, Span)>, roles: Vec<String>, doc: &mut Document) {
    for ((name, span), r) in cells.into_iter().zip(roles) {
        let name = name
            .trim_matches(|c: char| matches!(c, '_' | '.' | '…'))
            .trim();
        if !inline::plausible_name(name) {
            continue;
        }
        let person = Person {
            name: name.to_string(),
            span,
            ..Person::default()
        };
        if r == "justerare" && !doc.justering.justerare.iter().any(|j| j.name == name) {
            doc.justering.justerare.push(person.clone());
        }
        if r == "sekreterare" && doc.secretary.is_none() {
            doc.secretary = Some(person);
        }
        doc.signatures.push(Signature {
            role: Some(r),
            name: name.to_string(),
            date: None,
            digital: false,
            span,
        });
    }
}

/// The roles of a row that holds nothing but signature roles, two or more
/// (`Sekreterare   Ordförande   Justerande`); else none.
pub(super) fn role_row(cells: &[(String, Span)]) -> Vec<String> {
    let roles: Vec<String> = cells
        .iter()
        .filter_map(|(c, _)| signature_role(c, true))
        .collect();
    if cells.len() >= 2 && roles.len() == cells.len() {
        roles
    } else {
        Vec::new()
    }
}

/// A signature role (`Justerande` is a justerare): the whole text, or
/// (`whole` false) what the text starts with.
pub(super) fn signature_role(text: &str, whole: bool) -> Option<String> {
    let f = fold(text);
    ["sekreterare", "ordförande", "justerare", "justerande"]
        .into_iter()
        .find(|r| if whole { f == *r } else { f.starts_with(r) })
        .map(|r| if r == "justerande" { "justerare" } else { r }.to_string())
}

/// The cells of a source line laid out in columns: runs of text between
/// gaps of two or more spaces or a tab, with their spans.
pub(super) fn cells_of(src: &str, s: Span) -> Vec<(String, Span)> {
    // The whole physical line the value starts on.
    let a = src[..s.start].rfind('\n').map_or(0, |k| k + 1);
    let b = src[s.start..].find('\n').map_or(src.len(), |k| s.start + k);
    let s = Span::new(a, b);
    let t = s.of(src);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut gap = 0usize;
    let mut last_end = 0usize;
    for (i, c) in t.char_indices() {
        if c == ' ' || c == '\t' {
            gap += if c == '\t' { 2 } else { 1 };
            if gap >= 2 {
                if let Some(a) = start.take() {
                    out.push((
                        t[a..last_end].to_string(),
                        Span::new(s.start + a, s.start + last_end),
                    ));
                }
            }
            continue;
        }
        gap = 0;
        if start.is_none() {
            start = Some(i);
        }
        last_end = i + c.len_utf8();
    }
    if let Some(a) = start {
        out.push((
            t[a..last_end].to_string(),
            Span::new(s.start + a, s.start + last_end),
        ));
    }
    out
}

/// `Sekreterare _____ Anna Eken` → `Anna Eken`.
pub(super) fn signature_name(t: &str, s: Span) -> (String, Span) {
    let t2 = t.trim_start_matches(|c: char| matches!(c, '_' | '.' | '…') || c.is_whitespace());
    (
        t2.to_string(),
        Span::new(s.end.saturating_sub(t2.len()).max(s.start), s.end),
    )
}
