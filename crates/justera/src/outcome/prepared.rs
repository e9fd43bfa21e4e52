//! A paragraph made ready once for every outcome pass: its text in lower
//! case (one copy, every byte offset kept), and each part it reads split
//! into sentences on first use. The passes (proposals, procedure,
//! reservations, votes, statements) read sentences and their lower case
//! from here instead of splitting and lowering the same text again.

use std::borrow::Cow;
use std::cell::OnceCell;

use super::text::{lower, sentences, Sentence};
use crate::model::{Paragraph, Span};

pub(crate) struct Prepared<'a> {
    /// The text the passes read: the source with the page furniture
    /// blanked ([`super::without_furniture`]), every offset kept.
    pub src: &'a str,
    /// The source as the user sees it, page marks and all.
    pub shown: &'a str,
    /// The paragraph's span, and its text in lower case (`lower`: every
    /// character to one of its own length, line breaks to spaces).
    span: Span,
    low: String,
    /// The parts read, by span, each with its sentences once made.
    parts: Vec<(Span, OnceCell<Vec<Sentence>>)>,
}

impl<'a> Prepared<'a> {
    /// `p` as the passes read it (its parts already joined where a
    /// heading broke a sentence), in `src` (furniture blanked) and
    /// `shown` (the source).
    pub fn new(src: &'a str, shown: &'a str, p: &Paragraph) -> Prepared<'a> {
        Prepared {
            src,
            shown,
            span: p.span,
            low: lower(p.span.of(src)),
            parts: p.parts.iter().map(|x| (x.span, OnceCell::new())).collect(),
        }
    }

    /// The whole paragraph in lower case.
    pub fn whole_low(&self) -> &str {
        &self.low
    }

    /// The sentences of `span`: a part's are made once and shared; any
    /// other span is split now.
    pub fn sentences(&self, span: Span) -> Cow<'_, [Sentence]> {
        match self.parts.iter().find(|(s, _)| *s == span) {
            Some((_, cell)) => Cow::Borrowed(cell.get_or_init(|| sentences(self.src, span))),
            None => Cow::Owned(sentences(self.src, span)),
        }
    }

    /// `each` of each sentence of `ss` read in its lower case, where all
    /// stand within `part` by `whole`: the part's lower case read once,
    /// with each sentence's bytes in it (lower case keeps every offset);
    /// else `each` of each sentence's own lower case.
    pub fn per_sentence<T>(
        &self,
        part: Span,
        ss: &[Sentence],
        each: impl Fn(&str) -> T,
        whole: impl FnOnce(&str, &[(usize, usize)]) -> Vec<T>,
    ) -> Vec<T> {
        if !ss.iter().all(|s| part.contains(s.span)) {
            return ss.iter().map(|s| each(&self.low(s.span))).collect();
        }
        let spans: Vec<(usize, usize)> = ss
            .iter()
            .map(|s| (s.span.start - part.start, s.span.end - part.start))
            .collect();
        whole(&self.low(part), &spans)
    }

    /// `span`'s text in lower case: a slice of the paragraph's when it
    /// lies within the paragraph (lower case keeps every offset).
    pub fn low(&self, span: Span) -> Cow<'_, str> {
        let within = self
            .span
            .contains(span)
            .then(|| {
                self.low
                    .get(span.start - self.span.start..span.end - self.span.start)
            })
            .flatten();
        match within {
            Some(x) => Cow::Borrowed(x),
            None => Cow::Owned(lower(span.of(self.src))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
