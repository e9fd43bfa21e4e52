//! A part's text in runs between blank lines.

use crate::model::Span;

/// A run of source text between blank lines, with its offset.
#[derive(Clone, Copy, Debug)]
pub(super) struct Chunk<'a> {
    pub text: &'a str,
    pub start: usize,
}

impl Chunk<'_> {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }
}

/// Split `span` of `src` into chunks at blank lines; list items and
/// numbered points stay with the chunk before them.
pub(super) fn chunks(src: &str, span: Span) -> Vec<Chunk<'_>> {
    let s = span.of(src);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut pos = 0;
    for line in s.split_inclusive('\n') {
        let t = line.trim();
        if t.is_empty() {
            if let Some(a) = start.take() {
                out.push(Chunk {
                    text: s[a..last_end].trim_end(),
                    start: span.start + a,
                });
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            last_end = pos + line.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(a) = start {
        out.push(Chunk {
            text: s[a..last_end].trim_end(),
            start: span.start + a,
        });
    }
    // Attach list chunks (`1. att ...`, `- ...`) to the chunk before.
    let mut merged: Vec<Chunk> = Vec::new();
    for c in out {
        let t = c.text.trim_start_matches(['*', '_']);
        let is_list = t.starts_with("- ")
            || t.starts_with(|ch: char| ch.is_ascii_digit())
                && t.split_once(['.', ')'])
                    .is_some_and(|(n, _)| n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()));
        let emphasis = c.text.starts_with('*') || c.text.starts_with('_');
        match merged.last_mut() {
            Some(prev) if is_list || emphasis => {
                let end = c.start + c.text.len();
                prev.text = &src[prev.start..end];
            }
            _ => merged.push(c),
        }
    }
    merged
}
