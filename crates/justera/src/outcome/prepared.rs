//! A paragraph made ready once for every outcome pass: its text in lower
//! case (every byte offset kept), each part's made on first use, and
//! each part it reads split into sentences on first use. The passes
//! (proposals, procedure, reservations, votes, statements) read sentences
//! and their lower case from here instead of splitting and lowering the
//! same text again; a part no pass reads in lower case (most of a
//! paragraph is its account of the matter) is not lowered.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};

use super::text::{lower, sentences_with, Lines, Sentence};
use crate::model::Part;
use crate::model::{Paragraph, Span};

pub(crate) struct Prepared<'a> {
    /// The text the passes read: the source with the page furniture
    /// blanked ([`super::without_furniture`]), every offset kept.
    pub src: &'a str,
    /// The source as the user sees it, page marks and all.
    pub shown: &'a str,
    /// The paragraph's span; its text in lower case (`lower`: every
    /// character to one of its own length, line breaks to spaces), made
    /// on first need of a span no part holds.
    span: Span,
    low: OnceCell<String>,
    /// The paragraph's text with its ASCII letters in lower case (every
    /// other byte as it is): what the searches for whole ASCII words ask.
    /// A slice of the paragraphs' text lowered once for all of them.
    ascii_low: Cow<'a, str>,
    /// The parts read, by span, each with its sentences and its lower
    /// case once made: a slice of the cells of a document's paragraphs,
    /// all in one list.
    parts: PartsCell<'a>,
    /// The lines the parts are split into sentences in, kept from one
    /// part to the next, and shared by a document's paragraphs.
    lines: LinesCell<'a>,
}

/// The lines a paragraph's parts are split in: its own, or shared by the
/// paragraphs of a document (split one part at a time, each split
/// emptying them first: nothing in them is read from one split to the
/// next).
enum LinesCell<'a> {
    #[cfg(test)]
    Own(RefCell<Lines<'a>>),
    Shared(&'a RefCell<Lines<'a>>),
}

/// A paragraph's parts' cells: its own, or its slice of the cells of a
/// document's paragraphs.
enum PartsCell<'a> {
    #[cfg(test)]
    Own(Vec<PartCells<'a>>),
    Shared(&'a [PartCells<'a>]),
}

/// A part's span, its sentences and its lower case, each made on first
/// need (its sentences may be split ahead, a slice of the sentences of
/// several parts in one list).
pub(crate) type PartCells<'a> = (Span, OnceCell<Cow<'a, [Sentence]>>, OnceCell<String>);

/// The cells of `part`, its sentences `split` where they are split
/// ahead.
pub(crate) fn part_cells<'a>(part: &Part, split: Option<&'a [Sentence]>) -> PartCells<'a> {
    let sentences = match split {
        Some(x) => OnceCell::from(Cow::Borrowed(x)),
        None => OnceCell::new(),
    };
    (part.span, sentences, OnceCell::new())
}

impl<'a> Prepared<'a> {
    /// `p` as the passes read it (its parts already joined where a
    /// heading broke a sentence), in `src` (furniture blanked) and
    /// `shown` (the source).
    #[cfg(test)]
    pub fn new(src: &'a str, shown: &'a str, p: &Paragraph) -> Prepared<'a> {
        let low = Cow::Owned(p.span.of(src).to_ascii_lowercase());
        let lines = LinesCell::Own(RefCell::default());
        let parts = PartsCell::Own(p.parts.iter().map(|x| part_cells(x, None)).collect());
        Prepared::lowered(src, shown, p, low, parts, lines)
    }

    /// [`Prepared::new`] with `ascii_low`, `p`'s text with its ASCII
    /// letters in lower case, made by the caller, its parts' cells
    /// (`parts`: [`part_cells`] of each of `p`'s parts, in order), and
    /// the `lines` it shares with the document's other paragraphs.
    pub fn shared(
        src: &'a str,
        shown: &'a str,
        p: &Paragraph,
        ascii_low: &'a str,
        parts: &'a [PartCells<'a>],
        lines: &'a RefCell<Lines<'a>>,
    ) -> Prepared<'a> {
        let (low, lines) = (Cow::Borrowed(ascii_low), LinesCell::Shared(lines));
        Prepared::lowered(src, shown, p, low, PartsCell::Shared(parts), lines)
    }

    fn lowered(
        src: &'a str,
        shown: &'a str,
        p: &Paragraph,
        ascii_low: Cow<'a, str>,
        parts: PartsCell<'a>,
        lines: LinesCell<'a>,
    ) -> Prepared<'a> {
        Prepared {
            src,
            shown,
            span: p.span,
            low: OnceCell::new(),
            ascii_low,
            parts,
            lines,
        }
    }

    /// The parts' cells.
    fn parts(&self) -> &[PartCells<'a>] {
        match &self.parts {
            #[cfg(test)]
            PartsCell::Own(x) => x,
            PartsCell::Shared(x) => x,
        }
    }

    /// The whole paragraph with its ASCII letters in lower case, every
    /// other byte as it is (offsets as in the paragraph): where a word of
    /// ASCII letters stands in the paragraph's lower case, it stands
    /// here, and nowhere else (no other character lowers to an ASCII
    /// letter at its own length).
    pub fn ascii_low(&self) -> &str {
        &self.ascii_low
    }

    /// Whether `span` lies within the paragraph (its ASCII lower case is
    /// then a slice of [`Prepared::ascii_low`]).
    pub fn holds(&self, span: Span) -> bool {
        self.span.contains(span)
    }

    /// `span`'s text with its ASCII letters in lower case: a slice of
    /// [`Prepared::ascii_low`] when it lies within the paragraph.
    pub fn ascii_low_of(&self, span: Span) -> Cow<'_, str> {
        let within = self
            .span
            .contains(span)
            .then(|| {
                self.ascii_low
                    .get(span.start - self.span.start..span.end - self.span.start)
            })
            .flatten();
        match within {
            Some(x) => Cow::Borrowed(x),
            None => Cow::Owned(span.of(self.src).to_ascii_lowercase()),
        }
    }

    /// The first part whose span holds `span`, found by halving: the
    /// parts stand in the text's order and do not overlap, so one that
    /// holds `span` opens at or before it and is among those that do and
    /// reach it (a paragraph past the limit of paragraphs may hold
    /// thousands of parts, and each sentence asks).
    fn part_holding(&self, span: Span) -> Option<&PartCells<'a>> {
        let parts = self.parts();
        let to = parts.partition_point(|(s, _, _)| s.start <= span.start);
        let from = parts[..to]
            .iter()
            .rposition(|(s, _, _)| s.end < span.start)
            .map_or(0, |k| k + 1);
        parts[from..to].iter().find(|(s, _, _)| s.contains(span))
    }

    /// The sentences of `span`: a part's are made once and shared; any
    /// other span is split now.
    pub fn sentences(&self, span: Span) -> Cow<'_, [Sentence]> {
        let lines = match &self.lines {
            #[cfg(test)]
            LinesCell::Own(x) => x,
            LinesCell::Shared(x) => *x,
        };
        let split = || sentences_with(self.src, span, &mut lines.borrow_mut());
        match self.part_holding(span).filter(|(s, _, _)| *s == span) {
            Some((_, cell, _)) => Cow::Borrowed(cell.get_or_init(|| Cow::Owned(split())).as_ref()),
            None => Cow::Owned(split()),
        }
    }

    /// `each` of each sentence of `ss` read in its lower case, where all
    /// stand within `part` by `whole`: the part's lower case read once,
    /// with each sentence's bytes in it (lower case keeps every offset);
    /// else `each` of each sentence's own lower case. The sentences'
    /// places in the part are handed to `whole` as they are read, not
    /// made a list.
    pub fn per_sentence<T>(
        &self,
        part: Span,
        ss: &[Sentence],
        each: impl Fn(&str) -> T,
        whole: impl FnOnce(&str, Within<'_>) -> Vec<T>,
    ) -> Vec<T> {
        if !ss.iter().all(|s| part.contains(s.span)) {
            return ss.iter().map(|s| each(&self.low(s.span))).collect();
        }
        let within = Within {
            ss: ss.iter(),
            start: part.start,
        };
        whole(&self.low(part), within)
    }

    /// `span`'s text in lower case: a slice of its part's, or of the
    /// paragraph's, when it lies within one (lower case keeps every
    /// offset and maps each character on its own, so a slice of a longer
    /// text's lower case is the slice's own).
    pub fn low(&self, span: Span) -> Cow<'_, str> {
        let (whole, low) = match self.part_holding(span) {
            Some((part, _, low)) => (*part, low),
            None => (self.span, &self.low),
        };
        let within = whole
            .contains(span)
            .then(|| {
                low.get_or_init(|| lower(whole.of(self.src)))
                    .get(span.start - whole.start..span.end - whole.start)
            })
            .flatten();
        match within {
            Some(x) => Cow::Borrowed(x),
            None => Cow::Owned(lower(span.of(self.src))),
        }
    }
}

/// The places of sentences that stand within a part, each from the
/// part's start: (start, end) in the part's text.
#[derive(Clone)]
pub(crate) struct Within<'s> {
    ss: std::slice::Iter<'s, Sentence>,
    start: usize,
}

impl Iterator for Within<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let s = self.ss.next()?.span;
        Some((s.start - self.start, s.end - self.start))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.ss.size_hint()
    }
}

impl ExactSizeIterator for Within<'_> {}

#[cfg(test)]
impl Prepared<'_> {
    /// Whether each part's sentences have been split yet, by span.
    pub fn split(&self) -> Vec<(Span, bool)> {
        self.parts()
            .iter()
            .map(|(s, cell, _)| (*s, cell.get().is_some()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::text::sentences;

    #[test]
    fn a_span_lowered_within_the_paragraph_is_its_own_lower_case() {
        let src = "Intro\n\n§ 1 Ärende\n\nÅsa Öberg (S) YRKAR\tbifall. Ja-röst för Ä.\n";
        let d = crate::parse(src);
        let p = &d.paragraphs[0];
        let prep = Prepared::new(src, src, p);
        for part in &p.parts {
            for s in prep.sentences(part.span).iter() {
                assert_eq!(prep.low(s.span), lower(s.text(src)));
            }
            assert_eq!(*prep.sentences(part.span), *sentences(src, part.span));
        }
        // Outside the paragraph: lowered on its own.
        assert_eq!(prep.low(Span::new(0, 5)), "intro");
    }

    /// The part found by halving is the one the parts' walk in order
    /// finds, for every sentence and every part of a paragraph of many
    /// parts (empty ones among them) and for spans across parts.
    #[test]
    fn the_part_holding_a_span_is_the_first_that_does() {
        let mut src = String::from("§ 1 Ärende\n\n");
        for k in 0..300 {
            match k % 3 {
                0 => src.push_str("Beslut\nNämnden BESLUTAR att godkänna.\n\n"),
                1 => src.push_str("Yrkanden\n\n"),
                _ => src
                    .push_str("Ärendet\nÅsa Öberg (S) yrkar bifall. Per Ek (M) yrkar avslag.\n\n"),
            }
        }
        let d = crate::parse(&src);
        let p = &d.paragraphs[0];
        assert!(p.parts.len() > 250, "{}", p.parts.len());
        let prep = Prepared::new(&src, &src, p);
        let walk = |span: Span| prep.parts().iter().find(|(s, _, _)| s.contains(span));
        let mut spans: Vec<Span> = Vec::new();
        for (k, part) in p.parts.iter().enumerate() {
            spans.push(part.span);
            spans.push(Span::new(part.span.start, part.span.start));
            spans.push(Span::new(part.span.end, part.span.end));
            if let Some(next) = p.parts.get(k + 1) {
                spans.push(Span::new(part.span.start, next.span.end));
            }
            for s in prep.sentences(part.span).iter() {
                spans.push(s.span);
            }
        }
        for span in spans {
            let (a, b) = (prep.part_holding(span), walk(span));
            let at = |x: Option<&PartCells>| x.map(|x| std::ptr::from_ref(x).cast::<()>());
            assert_eq!(at(a), at(b), "{span:?}");
            if span.end <= src.len() {
                assert_eq!(prep.low(span), lower(span.of(&src)), "{span:?}");
            }
        }
    }
}
