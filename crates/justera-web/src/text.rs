//! Text helpers for the views: plain Rust over byte spans, tested natively.

use justera::Span;

/// At most this many search hits are marked.
pub const MAX_HITS: usize = 2000;

/// Where `needle` occurs in `hay`, ignoring case; byte ranges into `hay`.
/// Linear in `hay` for a needle of bounded length (at most 200 characters).
pub fn find_all(hay: &str, needle: &str) -> Vec<Span> {
    let needle: Vec<char> = needle
        .trim()
        .chars()
        .flat_map(char::to_lowercase)
        .take(200)
        .collect();
    if needle.is_empty() {
        return Vec::new();
    }
    // Lower-cased characters of `hay` with the byte offset each came from.
    let chars: Vec<(usize, char)> = hay
        .char_indices()
        .flat_map(|(i, c)| c.to_lowercase().map(move |l| (i, l)))
        .collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k + needle.len() <= chars.len() && out.len() < MAX_HITS {
        if chars[k..k + needle.len()]
            .iter()
            .map(|&(_, c)| c)
            .eq(needle.iter().copied())
        {
            let start = chars[k].0;
            let last = chars[k + needle.len() - 1].0;
            let end = last + hay[last..].chars().next().map_or(0, char::len_utf8);
            out.push(Span::new(start, end));
            k += needle.len();
        } else {
            k += 1;
        }
    }
    out
}

/// The UTF-16 offset (what the DOM counts) of byte `offset` in `src`.
pub fn utf16_offset(src: &str, offset: usize) -> usize {
    let mut offset = offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    src[..offset].encode_utf16().count()
}

/// Pieces of `src[range]`, each marked or not by whether it lies in one of
/// `marks` (sorted, non-overlapping spans). Offsets snap to char boundaries.
pub fn split_marked<'a>(src: &'a str, range: Span, marks: &[Span]) -> Vec<(&'a str, bool)> {
    let fix = |mut i: usize| {
        i = i.min(src.len());
        while !src.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (start, end) = (fix(range.start), fix(range.end.max(range.start)));
    let mut out = Vec::new();
    let mut at = start;
    for m in marks.iter().filter(|m| m.end > start && m.start < end) {
        let (ms, me) = (fix(m.start.max(at)), fix(m.end.min(end)));
        if ms > at {
            out.push((&src[at..ms], false));
        }
        if me > ms {
            out.push((&src[ms..me], true));
        }
        at = at.max(me);
    }
    if at < end {
        out.push((&src[at..end], false));
    }
    out
}

/// Physical lines of `src` as spans without their line breaks.
pub fn line_spans(src: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in src.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && src.as_bytes()[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            out.push(Span::new(start, end));
            start = i + 1;
        }
    }
    if start < src.len() || out.is_empty() {
        out.push(Span::new(start, src.len()));
    }
    out
}

/// Markdown as plain blocks for display: headings (`## x`) and paragraphs,
/// with inline markup (`**`, backticks) removed. Never HTML.
pub fn markdown_blocks(md: &str) -> Vec<(bool, String)> {
    let mut out: Vec<(bool, String)> = Vec::new();
    let mut para = String::new();
    let flush = |para: &mut String, out: &mut Vec<(bool, String)>| {
        if !para.trim().is_empty() {
            out.push((false, para.trim().to_string()));
        }
        para.clear();
    };
    for line in md.lines() {
        let t = line.trim();
        if let Some(h) = t.strip_prefix('#') {
            flush(&mut para, &mut out);
            out.push((true, h.trim_start_matches('#').trim().to_string()));
        } else if t.is_empty() {
            flush(&mut para, &mut out);
        } else {
            if t.starts_with("- ") || t.starts_with("* ") {
                flush(&mut para, &mut out);
            }
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(t);
        }
    }
    flush(&mut para, &mut out);
    for (_, s) in &mut out {
        *s = s.replace("**", "").replace('`', "");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_ignores_case_and_returns_byte_spans() {
        let hay = "Beslut: Socialnämnden BESLUTAR att…";
        let hits = find_all(hay, "beslut");
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0].of(hay), "Beslut");
        assert_eq!(hits[1].of(hay), "BESLUT");
        assert_eq!(find_all(hay, "NÄMNDEN")[0].of(hay), "nämnden");
        assert!(find_all(hay, "  ").is_empty());
        assert!(find_all("", "x").is_empty());
    }

    #[test]
    fn search_is_bounded() {
        let hay = "a".repeat(10 * MAX_HITS);
        assert_eq!(find_all(&hay, "a").len(), MAX_HITS);
    }

    #[test]
    fn utf16_counts_what_the_dom_counts() {
        let s = "å𝔸b";
        assert_eq!(utf16_offset(s, 0), 0);
        assert_eq!(utf16_offset(s, 2), 1); // after å (2 bytes, 1 unit)
        assert_eq!(utf16_offset(s, 6), 3); // after 𝔸 (4 bytes, 2 units)
        assert_eq!(utf16_offset(s, 3), 1, "inside a char snaps back");
        assert_eq!(utf16_offset(s, 99), 4);
    }

    #[test]
    fn marks_split_a_range() {
        let s = "§ 20 Val av ordförande";
        let whole = Span::new(0, s.len());
        let m = find_all(s, "val");
        let parts = split_marked(s, whole, &m);
        assert_eq!(
            parts,
            vec![("§ 20 ", false), ("Val", true), (" av ordförande", false)]
        );
        assert_eq!(split_marked(s, whole, &[]), vec![(s, false)]);
        // A mark that starts inside a character does not split it.
        let parts = split_marked(s, Span::new(0, 3), &[Span::new(1, 3)]);
        assert_eq!(parts.concat_text(), "§ ");
    }

    trait Concat {
        fn concat_text(&self) -> String;
    }
    impl Concat for Vec<(&str, bool)> {
        fn concat_text(&self) -> String {
            self.iter().map(|(t, _)| *t).collect()
        }
    }

    #[test]
    fn lines_drop_their_breaks() {
        let s = "a\r\nb\n\nc";
        let l: Vec<&str> = line_spans(s).iter().map(|sp| sp.of(s)).collect();
        assert_eq!(l, vec!["a", "b", "", "c"]);
        assert_eq!(line_spans("").len(), 1);
    }

    #[test]
    fn markdown_becomes_plain_blocks() {
        let md = "Finds gaps.\n\n## Why is this bad?\n\nThe **law** says `x`.\nMore.\n- one\n- two";
        let b = markdown_blocks(md);
        assert_eq!(b[0], (false, "Finds gaps.".into()));
        assert_eq!(b[1], (true, "Why is this bad?".into()));
        assert_eq!(b[2], (false, "The law says x. More.".into()));
        assert_eq!(b[3], (false, "- one".into()));
    }
}
