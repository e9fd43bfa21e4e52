//! Lines and what one line is on its own: a rule, a table row and its
//! cells, a page break, a list marker; inline markup stripped.

use crate::model::Span;

/// Physical lines: (start, end without the line break) byte offsets.
pub fn lines(src: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = src.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push((start, i));
                start = i + 1;
            }
            b'\r' => {
                out.push((start, i));
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push((start, bytes.len()));
    }
    out
}

/// Trim ASCII and Unicode white space off a range; returns the trimmed range.
pub(super) fn trim_range(src: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &src[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return (start, start);
    }
    (start + lead, end - trail)
}

/// Remove inline markup from a piece of text: `**`, `__`, `*x*`, `<b>`,
/// `<strong>`, `<em>`, `<br>` (as a space), a trailing `\`.
pub fn strip_inline(s: &str) -> String {
    if !s.bytes().any(|b| matches!(b, b'*' | b'_' | b'<' | b'\\')) {
        return collapse_ws(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("**") || rest.starts_with("__") {
            rest = &rest[2..];
            continue;
        }
        if c == '<' {
            let lower: String = rest.chars().take(9).collect::<String>().to_lowercase();
            // `<strong>`, `<em>`: a web page's emphasis (or a site's search
            // highlight inside a word) left in the text it gives.
            let tags = [
                "<br>",
                "<br/>",
                "<br />",
                "<b>",
                "</b>",
                "<i>",
                "</i>",
                "<u>",
                "</u>",
                "<strong>",
                "</strong>",
                "<em>",
                "</em>",
            ];
            if let Some(t) = tags.iter().find(|t| lower.starts_with(**t)) {
                if t.starts_with("<br") {
                    out.push(' ');
                }
                rest = &rest[t.len()..];
                continue;
            }
        }
        if c == '*' && !rest[1..].starts_with(' ') {
            // Emphasis marker; a lone `*` before a space is text.
            rest = &rest[1..];
            continue;
        }
        if c == '\\' && rest.len() == 1 {
            break;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    collapse_ws(&out)
}

/// Collapse runs of white space to one space and trim.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

pub(super) fn is_rule(t: &str) -> bool {
    let t = t.trim();
    t.len() >= 3
        && (t.chars().all(|c| c == '-')
            || t.chars().all(|c| c == '*')
            || t.chars().all(|c| c == '_'))
}

pub(super) fn is_table_rule(t: &str) -> bool {
    let t = t.trim();
    t.starts_with('|') && t.contains('-') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

pub(crate) fn is_page_break(t: &str) -> bool {
    let t = t.trim();
    if t.contains('\u{c}') {
        return true;
    }
    if let Some(inner) = t.strip_prefix("<!--").and_then(|r| r.strip_suffix("-->")) {
        let inner = inner.trim().to_lowercase();
        return inner.starts_with("sida")
            || inner.starts_with("page")
            || inner.starts_with("pagebreak");
    }
    false
}

/// `- x`, `* x`, `• x`, `1. x`, `1) x`: the marker's length and number.
pub(super) fn list_marker(t: &str) -> Option<(usize, Option<u32>)> {
    for m in ["- ", "* ", "• ", "– ", "+ "] {
        if t.starts_with(m) {
            return Some((m.len(), None));
        }
    }
    let digits = t.bytes().take_while(|b| b.is_ascii_digit()).count();
    if (1..=3).contains(&digits) {
        let after = &t[digits..];
        if after.starts_with(". ") || after.starts_with(") ") {
            return Some((digits + 2, t[..digits].parse().ok()));
        }
    }
    None
}

/// Split a table row into cells with spans (pipes, or tabs).
pub(super) fn cells(src: &str, start: usize, end: usize, sep: char) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    let line = &src[start..end];
    let mut offset = 0;
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    for (i, c) in line.char_indices() {
        if c == sep {
            pieces.push((offset, i));
            offset = i + c.len_utf8();
        }
    }
    pieces.push((offset, line.len()));
    if sep == '|' {
        // Leading and trailing pipes make empty outer pieces.
        if line.trim_start().starts_with('|') && !pieces.is_empty() {
            pieces.remove(0);
        }
        if line.trim_end().ends_with('|') && !pieces.is_empty() {
            pieces.pop();
        }
    }
    for (a, b) in pieces {
        let (a, b) = trim_range(src, start + a, start + b);
        out.push((strip_inline(&src[a..b]), Span::new(a, b)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_cr_lines() {
        assert_eq!(lines("a\r\nb\rc\n"), vec![(0, 1), (3, 4), (5, 6)]);
    }
}
