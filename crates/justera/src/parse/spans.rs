//! Where a cleaned piece of an item's text stands in the source, so every
//! span points into the exact text.

use crate::model::*;

/// The byte offset in `raw` (an item's source) that corresponds to `off` in
/// its cleaned text: the same number of non-space characters in.
pub(super) fn raw_offset(raw: &str, text: &str, off: usize) -> usize {
    let want = text[..off.min(text.len())]
        .chars()
        .filter(|c| !c.is_whitespace())
        .count();
    if want == 0 {
        return 0;
    }
    let mut seen = 0;
    for (k, c) in raw.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        seen += 1;
        if seen == want {
            return k + c.len_utf8();
        }
    }
    raw.len()
}

/// The span of `piece` (a cleaned tail of the item's text) in the source.
pub(super) fn tail_span(src: &str, span: Span, piece: &str) -> Span {
    let raw = span.of(src);
    match raw.rfind(piece) {
        Some(k) => Span::new(span.start + k, span.start + k + piece.len()),
        None => {
            let first = piece.split_whitespace().next().unwrap_or("");
            match raw.find(first).filter(|_| !first.is_empty()) {
                Some(k) => Span::new(span.start + k, span.end),
                None => span,
            }
        }
    }
}

/// A date found in cleaned text `t` re-pointed at the source span `s`.
pub(super) fn relocate(src: &str, d: DateRef, s: Span) -> DateRef {
    let raw = s.of(src);
    match raw.find(&d.written) {
        Some(k) => DateRef {
            span: Span::new(s.start + k, s.start + k + d.written.len()),
            ..d
        },
        None => DateRef { span: s, ..d },
    }
}

/// Lower case with every character keeping its byte length, so offsets
/// found in the result hold in the original.
pub(super) fn lower_same_len(s: &str) -> String {
    crate::inline::lower_same_len(s)
}
