//! The text the outcome passes read: the source with the page furniture
//! inside the paragraphs blanked out, every byte in its place.
//!
//! A PDF's page break can fall in the middle of a sentence (`Den som
//! bifaller förslaget röstar ja, den som` / the page's foot, its mark and
//! the next page's head / `vill avslå röstar nej.`). The sentence split
//! skips those lines, but a sentence's text runs from its first byte to
//! its last, the furniture between included, and the passes that read what
//! the sentence says (who votes yes, what the chair put to the meeting)
//! read the furniture as its words. Blanked, the same sentence reads as if
//! the page had not broken, and every span still points into the text the
//! user sees.

use std::borrow::Cow;

use super::text::{furniture_of, split_lines};
use crate::model::Span;

/// Lines read on each side of a page's mark for its foot and head (the
/// head from the first line after the mark), at the least.
const AROUND: usize = 8;

/// Lines read on past [`AROUND`] to reach a blank line.
const TO_BLANK: usize = 64;

/// `src` with the page furniture blanked: each byte of such a line a
/// space, its line break kept. The furniture is what the sentence split
/// skips around each page's mark in `marks` (the mark, the foot above it
/// and the head below it: see `furniture_of`), and `also` (the lines the
/// scan found repeated at the pages' breaks). The text itself when there
/// is none. Made once per document: the outcome passes read every
/// paragraph in it, a bundle's documents' too.
pub(crate) fn without_furniture<'a>(src: &'a str, marks: &[Span], also: &[Span]) -> Cow<'a, str> {
    let whole = Span::new(0, src.len());
    let mut blank: Vec<(usize, usize)> = Vec::new();
    for &mark in marks {
        let (from, to) = window(src, whole, mark);
        let s = &src[from..to];
        let lines = split_lines(s);
        let mut at = from;
        for (line, f) in lines.iter().zip(furniture_of(s, &lines)) {
            if f && !line.is_empty() {
                blank.push((at, at + line.len()));
            }
            at += line.len() + 1;
        }
    }
    blank.extend(also.iter().map(|a| (a.start, a.end)));
    if blank.is_empty() {
        return Cow::Borrowed(src);
    }
    blank.sort_unstable();
    let mut out = String::with_capacity(src.len());
    for (a, b) in blank {
        // Overlapping ranges: the part not yet blanked.
        let a = a.max(out.len());
        if a >= b {
            continue;
        }
        out.push_str(&src[out.len()..a]);
        // A line's bytes, not its break (a range ends before it).
        out.extend(
            src[a..b]
                .bytes()
                .map(|c| if c == b'\n' { '\n' } else { ' ' }),
        );
    }
    out.push_str(&src[out.len()..]);
    Cow::Owned(out)
}

/// The lines around `mark` within `span`, read for the
/// page's foot and head: [`AROUND`] lines before it and after the first
/// line after it, each end carried on to a blank line (at most
/// [`TO_BLANK`] lines further), so that the blocks the furniture is told
/// by (the head's run up to a blank line, a short block between blank
/// lines) are read whole. Only these lines are read, not the whole text:
/// most of it is far from a mark.
fn window(src: &str, span: Span, mark: Span) -> (usize, usize) {
    let b = &src.as_bytes()[..span.end];
    let blank = |a: usize, e: usize| b[a..e].iter().all(|c| c.is_ascii_whitespace());
    // Back: line starts, each line's start before the last.
    let mut from = mark.start;
    let mut n = 0;
    while from > span.start {
        let start = memchr::memrchr(b'\n', &b[span.start..from - 1])
            .map_or(span.start, |k| span.start + k + 1);
        let was = from;
        from = start;
        n += 1;
        if n >= AROUND && (blank(start, was - 1) || n >= AROUND + TO_BLANK) {
            break;
        }
    }
    // On: line ends; the count starts at the first line with text.
    let mut to = mark.end;
    let (mut n, mut text) = (0, false);
    while to < span.end {
        let end = memchr::memchr(b'\n', &b[to + 1..]).map_or(span.end, |k| to + 1 + k);
        let empty = blank(to + 1, end);
        text |= !empty;
        n += usize::from(text);
        to = end;
        if n >= AROUND && (empty || n >= AROUND + TO_BLANK) {
            break;
        }
    }
    (from, to.min(span.end))
}

/// `s` on one line, every byte kept in place: line breaks and tabs as
/// spaces, and the lines of page furniture (see [`furniture_of`]) blanked
/// out, so that a list broken by a page reads on over them.
pub(crate) fn flat_without_furniture(s: &str) -> String {
    let lines = split_lines(s);
    let furniture = furniture_of(s, &lines);
    let mut out = String::with_capacity(s.len());
    for (k, (line, f)) in lines.iter().zip(&furniture).enumerate() {
        if k > 0 {
            out.push(' ');
        }
        if *f {
            out.extend(std::iter::repeat_n(' ', line.len()));
        } else {
            out.extend(
                line.chars()
                    .map(|c| if matches!(c, '\r' | '\t') { ' ' } else { c }),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BROKEN: &str = "\
Protokoll
Kommunstyrelsen
Sammanträdesdatum 2025-03-04                                             1 (2)

Beslutande           Anna Berg (S), ordförande
                     Per Lind (M)
                     Eva Holm (C)

§ 2 Dnr KS 2025/11
Ny förskola i Åby
Yrkanden
Anna Berg (S) yrkar bifall till förslaget. Per Lind (M) yrkar avslag till förslaget.
Beslutsgång
Ordföranden ställer proposition på bifall och avslag och finner att kommunstyrelsen bifaller
förslaget. Omröstning begärs och verkställs. Den som bifaller förslaget röstar ja, den som
Justerandes sign                                                          Utdragsbestyrkande
<!-- sida 2 -->
Protokoll
Kommunstyrelsen
Sammanträdesdatum 2025-03-04                                             2 (2)

vill avslå röstar nej. Med 2 ja-röster mot 1 nej-röst beslutar kommunstyrelsen att bifalla
förslaget.
Beslut
Kommunstyrelsen bifaller förslaget.
";

    #[test]
    fn a_vote_read_over_a_page_break_says_what_yes_and_no_meant() {
        // The page marked as a PDF-to-text converter marks it, and as
        // pdftotext does (a form feed glued to the next page's first line).
        let fed = BROKEN.replace("<!-- sida 2 -->\n", "\u{c}");
        // And a foot of the signature boxes' labels alone, a head whose
        // counter is `Sida 2 av 2`.
        let other = BROKEN.replace(
            "Justerandes sign                                                          Utdragsbestyrkande\n<!-- sida 2 -->\nProtokoll\nKommunstyrelsen\nSammanträdesdatum 2025-03-04                                             2 (2)\n",
            "Justerare:                   Ordförande:\n<!-- sida 2 -->\nKommunstyrelsen\nSammanträdesdatum: 2025-03-04\nSida 2 av 2\n",
        );
        assert_ne!(other, BROKEN);
        for src in [BROKEN, fed.as_str(), other.as_str()] {
            let d = crate::parse(src);
            let p = &d.paragraphs[0];
            let v = p.votes.first().expect("the vote");
            assert_eq!((v.counts.yes, v.counts.no), (Some(2), Some(1)));
            assert!(v.yes_means.is_some() && v.no_means.is_some(), "{v:?}");
            // And the question the chair put, with its sides.
            assert!(
                p.procedure.iter().any(|q| q.between.len() == 2),
                "{:?}",
                p.procedure
            );
        }
    }

    #[test]
    fn the_furniture_is_blanked_in_place_and_nothing_else() {
        let at = BROKEN.find("<!--").unwrap();
        let mark = [Span::new(at, at + "<!-- sida 2 -->".len())];
        let t = without_furniture(BROKEN, &mark, &[]);
        assert_eq!(t.len(), BROKEN.len());
        assert_eq!(
            t.match_indices('\n').collect::<Vec<_>>(),
            BROKEN.match_indices('\n').collect::<Vec<_>>()
        );
        assert!(!t.contains("Utdragsbestyrkande") && !t.contains("<!--") && !t.contains("2 (2)"));
        assert!(t.contains("röstar ja, den som\n"));
        assert!(t.contains("\nvill avslå röstar nej."));
        // Far from the mark nothing is blanked (the attendance's lines
        // stay); no furniture, the text itself.
        assert!(t.contains("Beslutande           Anna Berg (S), ordförande"));
        let none = without_furniture(BROKEN, &[], &[]);
        assert!(matches!(none, Cow::Borrowed(_)));
        let also = without_furniture(BROKEN, &[], &[Span::new(0, 9)]);
        assert_eq!(&also[..10], "         \n");
    }
}
