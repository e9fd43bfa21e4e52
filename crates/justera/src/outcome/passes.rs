//! The outcome passes run over a document's paragraphs: each pass over
//! every paragraph before the next pass starts. Run one paragraph at a
//! time through all of them, the passes' code together is larger than
//! the processor's first-level instruction cache, and each paragraph
//! loaded it again; one pass at a time, its code stays there for all the
//! paragraphs. No paragraph's reading depends on another's, so the order
//! changes nothing read.

use std::cell::RefCell;

use super::prepared::{part_cells, PartCells, Prepared};
use super::proposals::{KeyBufs, Props};
use super::text::{sentences_onto, Lines, Sentence};
use super::*;

/// A paragraph moved out of the document for the passes: the view they
/// read (the paragraph moved out, with its parts as the passes read
/// them) and its own parts while those are out.
struct Taken {
    view: Paragraph,
    /// The paragraph's own parts, when the view's are other ones (a
    /// heading broke a sentence); else empty, the view holding them.
    parts: Vec<Part>,
    same: bool,
}

/// A paragraph between its proposals and the passes that read them: the
/// paragraph [`Taken`], and its text made ready once for every pass.
struct Pending<'a> {
    view: Paragraph,
    parts: Vec<Part>,
    same: bool,
    prep: Prepared<'a>,
}

/// What the passes after the proposals read in a paragraph.
struct Passes {
    procedure: Vec<Question>,
    reservations: Vec<Reservation>,
    votes: Vec<Vote>,
    statements: Vec<Statement>,
}

/// The outcome of each paragraph of `ps`, read from `src`: the source
/// with the page furniture blanked (`without_furniture`); `shown` is the
/// source itself, for the roll-call tables read over a page's mark.
pub(crate) fn paragraph_outcomes(src: &str, shown: &str, ps: &mut [Paragraph], lists: &[VoteList]) {
    let low = AsciiLow::of(src, ps);
    let lines = RefCell::default();
    let keys = KeyBufs::default();
    let taken: Vec<Taken> = ps.iter_mut().map(take).collect();
    let mut ahead = Vec::new();
    let cells = split_ahead(src, &taken, &lines, &mut ahead);
    let mut pending = begin(src, shown, taken, &low, &cells, &lines);
    let readings: Vec<_> = pending
        .iter()
        .map(|x| proposals::readings(&x.prep, &x.view))
        .collect();
    for (x, r) in pending.iter_mut().zip(readings) {
        x.view.proposals = proposals::drafted(&x.prep, &x.view, r);
    }
    let passes: Vec<Passes> = {
        // What a reference to a proposal is looked up by, once a
        // paragraph, its keys made in the buffers all paragraphs share.
        let props: Vec<Props> = pending
            .iter()
            .map(|x| Props::sharing(&x.view.proposals, &keys))
            .collect();
        let procedure = each(&pending, &props, |x, pr| {
            let mut found = procedure::procedure(&x.prep, pr, &x.view);
            separate_questions(&x.view.parts, &mut found, &x.view.proposals);
            found
        });
        let reservations = each(&pending, &props, |x, pr| {
            reservations::reservations(&x.prep, pr, &x.view)
        });
        let votes = each(&pending, &props, |x, pr| {
            votes::votes(&x.prep, pr, &x.view, lists)
        });
        let statements = each(&pending, &props, |x, pr| {
            statements::statements(&x.prep, pr, &x.view)
        });
        procedure
            .into_iter()
            .zip(reservations)
            .zip(votes)
            .zip(statements)
            .map(|(((procedure, reservations), votes), statements)| Passes {
                procedure,
                reservations,
                votes,
                statements,
            })
            .collect()
    };
    for ((p, x), found) in ps.iter_mut().zip(pending).zip(passes) {
        finish(src, p, x, found);
    }
}

/// The outcome of paragraph `p` alone ([`paragraph_outcomes`] of one).
pub(crate) fn paragraph_outcome(src: &str, shown: &str, p: &mut Paragraph, lists: &[VoteList]) {
    paragraph_outcomes(src, shown, std::slice::from_mut(p), lists);
}

/// The cells of the parts of the paragraphs `taken`, one list for all,
/// each paragraph's parts in order: those that the passes split into
/// sentences whatever they hold split now, in a loop of their own (the
/// splitter's code then stays in the instruction cache for every
/// paragraph instead of being loaded again inside each pass), their
/// sentences one after another in `ahead`, one list for all, each part's
/// a slice of it. Only parts some pass splits in any case are split here
/// (the proposals' `Yrkanden`, the procedure's beslutsgång and vote
/// parts, or its lead where it has neither, the statements' own parts);
/// parts a pass splits only past a test of their words are left to it,
/// so no part is split that was not before. A part's sentences are its
/// own, whenever split and wherever kept (the buffers kept between parts
/// carry nothing from one to the next, and the splitter reads nothing of
/// the list it pushes onto), so the order changes nothing read.
fn split_ahead<'a>(
    src: &'a str,
    taken: &[Taken],
    lines: &RefCell<Lines<'a>>,
    ahead: &'a mut Vec<Sentence>,
) -> Vec<PartCells<'a>> {
    let all = || taken.iter().flat_map(|x| &x.view.parts);
    // Where each part's sentences stand in `ahead` (none where not split).
    let mut split: Vec<Option<(usize, usize)>> = Vec::with_capacity(all().count());
    let mut bufs = lines.borrow_mut();
    for x in taken {
        let parts = &x.view.parts;
        let headed = parts
            .iter()
            .any(|x| matches!(x.kind, PartKind::Procedure | PartKind::Vote));
        for part in parts {
            split.push(split_anyway(part.kind, headed).then(|| {
                let from = ahead.len();
                sentences_onto(src, part.span, &mut bufs, ahead);
                (from, ahead.len())
            }));
        }
    }
    drop(bufs);
    let ahead: &'a [Sentence] = ahead;
    all()
        .zip(split)
        .map(|(part, at)| part_cells(part, at.and_then(|(a, b)| ahead.get(a..b))))
        .collect()
}

/// Whether a part of `kind` is split into sentences by some pass whatever
/// it holds: `headed`, the paragraph has a beslutsgång or vote part (else
/// the procedure reads the lead's sentences).
fn split_anyway(kind: PartKind, headed: bool) -> bool {
    use PartKind::*;
    match kind {
        Proposals | Procedure | Vote | ProtocolNote | Statement | SubstituteStatement => true,
        Lead => !headed,
        _ => false,
    }
}

/// `pass` over every pending paragraph, with its proposals' index.
fn each<T>(pending: &[Pending], props: &[Props], pass: impl Fn(&Pending, &Props) -> T) -> Vec<T> {
    pending
        .iter()
        .zip(props)
        .map(|(x, pr)| pass(x, pr))
        .collect()
}

/// The text of a document's paragraphs with its ASCII letters in lower
/// case (every other byte as it is), made in one piece from the first
/// paragraph's start to the last one's end, each paragraph's a slice of
/// it: one copy and one block for all, not one a paragraph. At most the
/// text's length.
struct AsciiLow {
    from: usize,
    text: String,
}

impl AsciiLow {
    /// The text of the paragraphs `ps` of `src` (those whose span is a
    /// slice of it) lowered.
    fn of(src: &str, ps: &[Paragraph]) -> AsciiLow {
        let (from, to) = ps
            .iter()
            .map(|p| p.span)
            .filter(|s| src.get(s.start..s.end).is_some())
            .fold((usize::MAX, 0), |(a, b), s| (a.min(s.start), b.max(s.end)));
        let text = src
            .get(from..to)
            .map_or_else(String::new, str::to_ascii_lowercase);
        AsciiLow { from, text }
    }

    /// `span.of(src)` with its ASCII letters lowered: a slice of the
    /// whole (lowering ASCII keeps every byte's offset and every
    /// character's bounds).
    fn of_span(&self, src: &str, span: Span) -> &str {
        src.get(span.start..span.end)
            .and_then(|_| self.text.get(span.start - self.from..span.end - self.from))
            .unwrap_or("")
    }
}

/// Paragraph `p` moved out (not cloned) into the view the passes read,
/// with its parts as they read them.
fn take(p: &mut Paragraph) -> Taken {
    let mut view = std::mem::take(p);
    let mut parts = std::mem::take(&mut view.parts);
    // No heading broke a sentence: the parts as they are, moved.
    let same = !parts.iter().skip(1).any(broken_heading);
    view.parts = if same {
        std::mem::take(&mut parts)
    } else {
        reading_parts(&parts)
    };
    Taken { view, parts, same }
}

/// The paragraphs `taken` with their text made ready: the ASCII lower
/// case of each a slice of `low`'s, its parts' cells a slice of `cells`
/// (each paragraph's parts' in turn), its parts split in `lines`, the
/// buffers every paragraph's splits share.
fn begin<'a>(
    src: &'a str,
    shown: &'a str,
    taken: Vec<Taken>,
    low: &'a AsciiLow,
    cells: &'a [PartCells<'a>],
    lines: &'a RefCell<Lines<'a>>,
) -> Vec<Pending<'a>> {
    let mut rest = cells;
    taken
        .into_iter()
        .map(|Taken { view, parts, same }| {
            let (own, after) = rest
                .split_at_checked(view.parts.len())
                .unwrap_or((rest, &[]));
            rest = after;
            // Sentences and lower case, made once for every pass.
            let ascii_low = low.of_span(src, view.span);
            let prep = Prepared::shared(src, shown, &view, ascii_low, own, lines);
            Pending {
                view,
                parts,
                same,
                prep,
            }
        })
        .collect()
}

/// The paragraph back in `p` with what the passes found, and what it
/// reads after them: the questions put to the vote, jäv, the documents,
/// the attachments and the outcome.
fn finish(src: &str, p: &mut Paragraph, x: Pending, found: Passes) {
    let Pending {
        mut view,
        mut parts,
        same,
        prep,
    } = x;
    let read = std::mem::take(&mut view.parts);
    if same {
        parts = read;
    }
    // The paragraph back, its parts still out (as the passes below and
    // `vote_questions` had it).
    *p = view;
    p.procedure = found.procedure;
    p.reservations = found.reservations;
    p.votes = found.votes;
    questions::vote_questions(p);
    p.statements = found.statements;

    // Jäv.
    p.jav.extend(jav::jav(src, &prep, &parts));

    // Documents the matter was based on: one per line.
    for part in parts.iter().filter(|x| x.kind == PartKind::Documents) {
        let s = part.span.of(src);
        let mut pos = part.span.start;
        for line in s.split_inclusive('\n') {
            let t = line.trim().trim_start_matches(['-', '*', '•']).trim();
            if !t.is_empty() {
                // `t` is a slice of `line`: where it starts in it.
                let lead = t.as_ptr() as usize - line.as_ptr() as usize;
                p.documents.push(Text::new(
                    clean(t),
                    Span::new(pos + lead, pos + lead + t.len()),
                ));
            }
            pos += line.len();
        }
    }

    // Attachments referred to: `bilaga 1`, `Bilaga 2`: the word in any
    // ASCII case (no other character lowers to these letters), not at the
    // end of a longer word, then blanks and digits. Found in the
    // paragraph with its ASCII letters lowered, where the word in any
    // ASCII case stands at the same offset as `bilaga` (and nothing else
    // does), by one search.
    let ps = p.span.of(src);
    for at in bilaga_in(prep.ascii_low()) {
        let rest = &ps[at + 6..];
        let sp = rest.len() - rest.trim_start().len();
        let nd = rest[sp..].bytes().take_while(u8::is_ascii_digit).count();
        if nd > 0 && !ps[..at].ends_with(|c: char| c.is_alphabetic()) {
            let end = at + 6 + sp + nd;
            let text = &ps[at..end];
            if !p
                .attachments
                .iter()
                .any(|a| a.text.eq_ignore_ascii_case(text))
            {
                p.attachments.push(Text::new(
                    text,
                    Span::new(p.span.start + at, p.span.start + end),
                ));
            }
        }
    }

    p.parts = parts;
    // Whether the movers adjusted amendments into their proposals: asked
    // once for both (neither changes what it reads).
    let merged = merged(p);
    outcome(p, merged);
    link_reservations(p, merged);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Rng;

    /// The pieces the generated paragraphs are made of: part headings of
    /// every kind the passes tell apart, the words they look for, and the
    /// edge characters.
    const PIECES: &[&str] = &[
        "\n\nYrkanden\n",
        "\n\nBeslutsgång\n",
        "\n\nOmröstning\n",
        "\n\nProtokollsanteckning\n",
        "\n\nSärskilt yttrande\n",
        "\n\nErsättaryttrande\n",
        "\n\nReservation\n",
        "\n\nBeslut\n",
        "\n\nBeslutsunderlag\n",
        "\n\nÄrendet\n",
        "\n",
        "\n\n",
        "Åsa Öberg (S) yrkar bifall. ",
        "Per Ek (M) yrkade avslag. ",
        "Ordföranden ställer proposition och finner att nämnden bifaller. ",
        "Ja-röst för Ä. ",
        "reserverar sig ",
        "yttrande ",
        "anteckning ",
        "§ 3 ",
        "ÉÅÄÖ åäö ",
        "\t",
        "\u{a0}",
        "\r",
        "12 ",
    ];

    /// Each paragraph's slice of the text lowered once for all is its own
    /// text lowered, for every paragraph of a document and for spans that
    /// are no slice of the text (read as empty, as `Span::of` reads them).
    #[test]
    fn a_paragraphs_slice_of_the_lowered_text_is_its_own_lowered() {
        let mut rng = Rng::new(0x51f1_5a2c_0e47_9d33);
        for _ in 0..1_000 {
            let src = format!(
                "Intro {}\n\n§ 1 Ärende\n\n{}\n\n§ 2 Ö\n\n{}\n",
                rng.pieces(PIECES, 4),
                rng.pieces(PIECES, 20),
                rng.pieces(PIECES, 20)
            );
            let d = crate::parse(&src);
            let low = AsciiLow::of(&src, &d.paragraphs);
            for p in &d.paragraphs {
                let own = p.span.of(&src).to_ascii_lowercase();
                assert_eq!(low.of_span(&src, p.span), own, "{src:?}");
            }
            let n = src.len();
            for span in [Span::new(n, n + 3), Span::new(0, n + 1), Span::new(n, n)] {
                assert_eq!(low.of_span(&src, span), "", "{src:?}");
            }
            // `Ä`'s second byte: no slice of the text starts there.
            if let Some(k) = src.find('Ä') {
                assert_eq!(low.of_span(&src, Span::new(k + 1, n)), "", "{src:?}");
            }
        }
    }

    /// A part's sentences split in the buffers all the paragraphs share
    /// are those split in buffers of its own, in whatever order the
    /// paragraphs' parts are split.
    #[test]
    fn sentences_split_in_shared_buffers_are_a_parts_own() {
        let mut rng = Rng::new(0x2d7c_90e1_b3a4_5f68);
        for _ in 0..500 {
            let src = format!(
                "§ 1 Ärende\n\n{}\n\n§ 2 Ö\n\n{}\n",
                rng.pieces(PIECES, 30),
                rng.pieces(PIECES, 30)
            );
            let d = crate::parse(&src);
            let mut ps = d.paragraphs.clone();
            let low = AsciiLow::of(&src, &ps);
            let lines = RefCell::default();
            let taken: Vec<Taken> = ps.iter_mut().map(take).collect();
            let mut ahead = Vec::new();
            let cells = split_ahead(&src, &taken, &lines, &mut ahead);
            let xs = begin(&src, &src, taken, &low, &cells, &lines);
            // Last paragraph's parts first, each paragraph's in turn.
            for x in xs.iter().rev() {
                for part in x.view.parts.iter().rev() {
                    let own = super::super::text::sentences(&src, part.span);
                    assert_eq!(*x.prep.sentences(part.span), *own, "{src:?}");
                }
            }
        }
    }

    /// The cells of the parts of the paragraphs `taken`, none split.
    fn unsplit<'a>(taken: &[Taken]) -> Vec<PartCells<'a>> {
        taken
            .iter()
            .flat_map(|x| &x.view.parts)
            .map(|part| part_cells(part, None))
            .collect()
    }

    /// Every part [`split_ahead`] splits, the passes split too, reading
    /// the paragraph without it: splitting ahead adds no split.
    #[test]
    fn the_parts_split_ahead_are_parts_the_passes_split() {
        let mut rng = Rng::new(0x9b05_688c_2b3e_6c1f);
        let mut split = 0;
        for _ in 0..3_000 {
            let src = format!("§ 1 Ärende\n\n{}\n", rng.pieces(PIECES, 40));
            let d = crate::parse(&src);
            for p in &d.paragraphs {
                let low = AsciiLow::of(&src, std::slice::from_ref(p));
                let mut q = p.clone();
                let lines = RefCell::default();
                let taken = vec![take(&mut q)];
                let cells = unsplit(&taken);
                let mut xs = begin(&src, &src, taken, &low, &cells, &lines);
                let x = &mut xs[0];
                x.view.proposals = proposals::proposals(&x.prep, &x.view);
                let pr = Props::new(&x.view.proposals);
                procedure::procedure(&x.prep, &pr, &x.view);
                reservations::reservations(&x.prep, &pr, &x.view);
                votes::votes(&x.prep, &pr, &x.view, &[]);
                statements::statements(&x.prep, &pr, &x.view);
                let mut q = p.clone();
                let lines_y = RefCell::default();
                let taken = vec![take(&mut q)];
                let mut ahead = Vec::new();
                let cells = split_ahead(&src, &taken, &lines_y, &mut ahead);
                let ys = begin(&src, &src, taken, &low, &cells, &lines_y);
                let y = &ys[0];
                for (read, ahead) in x.prep.split().into_iter().zip(y.prep.split()) {
                    assert_eq!(read.0, ahead.0);
                    assert!(read.1 || !ahead.1, "{:?} in {src:?}", ahead.0);
                    split += usize::from(ahead.1);
                }
            }
        }
        assert!(split > 1_000, "{split}");
    }
}
