//! One paragraph from its head to the next: title, case numbers, parts by
//! their headings, confidentiality, the decision, then its outcome.

use super::heads::{case_number_line, header_top, own_stamp, Head};
use super::margin::{margin_label, Margin};
use super::spans::tail_span;
use crate::inline::case_number_spans;
use crate::labels::part_kind_in;
use crate::model::*;
use crate::outcome::VoteList;
use crate::scan::{Item, ItemKind};
use crate::text::fold_into;
pub(super) use buffers::Buffers;
use memchr::memmem::Finder;
use std::sync::OnceLock;
use title::{titled, Titled};

/// One paragraph from its heading item to `end` (exclusive).
/// `lists` are the document's vote lists that name their paragraph.
/// `read` is the text the outcome passes read: `src` with the page
/// furniture blanked ([`crate::outcome::without_furniture`]).
pub(super) fn paragraph(
    src: &str,
    read: &str,
    items: &[Item],
    h: Head,
    end: usize,
    span: Span,
    lists: &[VoteList],
) -> Paragraph {
    let mut p = paragraphs_in(src, items, &mut [(h, end, span)])
        .pop()
        .unwrap_or_default();
    crate::outcome::passes::paragraph_outcome(read, src, &mut p, lists);
    p
}

/// The paragraphs of `heads` (each its head, the end of its items,
/// exclusive, and its span) but their outcomes (the parse runs the
/// outcome passes over all the paragraphs at once,
/// [`crate::outcome::passes::paragraph_outcomes`]). Read in phases, each
/// over every paragraph before the next: the titles, every item's part
/// label, the case numbers, the parts, then confidentiality and the
/// decision. A phase's code then stays in the processor's instruction
/// cache from one paragraph to the next instead of being loaded again for
/// each. The order changes nothing read: a phase reads the text, the items
/// and the paragraph's own state from the phases before, never another
/// paragraph's (the part labels' memo answers the same whatever it holds,
/// and the folds' buffers are emptied before each use).
/// The heads' texts the model keeps (the number as written, the title on
/// the head's line, its case number) are moved into their paragraphs,
/// not copied: the heads are left without them.
pub(super) fn paragraphs_in(
    src: &str,
    items: &[Item],
    heads: &mut [(Head, usize, Span)],
) -> Vec<Paragraph> {
    let mut read: Vec<Titled> = heads
        .iter_mut()
        .map(|(h, end, span)| titled(src, items, h, *end, *span))
        .collect();
    let mut bufs = Buffers::default();
    // Each item's part label, read once: the lead's end, the parts and the
    // decision's items all ask for it (furniture opens no part). All the
    // paragraphs' labels in one list, each paragraph's from its head's
    // first item there: before its text only the heading-like items'
    // (the case numbers' search asks for no other).
    let lo = |h: &Head, t: &Titled| h.first_item().min(t.from);
    let mut labels = Vec::with_capacity(
        read.iter()
            .zip(heads.iter())
            .map(|(t, (h, ..))| t.end - lo(h, t))
            .sum(),
    );
    let starts: Vec<usize> = read
        .iter()
        .zip(heads.iter())
        .map(|(t, (h, ..))| {
            let at = labels.len();
            labels.extend(items[lo(h, t)..t.from].iter().map(|it| {
                if it.is_heading_like() {
                    part_label_in(it, &mut bufs.folded)
                } else {
                    None
                }
            }));
            labels.extend(items[t.from..t.end].iter().map(|it| {
                if it.furniture {
                    None
                } else {
                    part_label_in(it, &mut bufs.folded)
                }
            }));
            at
        })
        .collect();
    // Each paragraph's labels from its head's first item, and from its text.
    let labels_of = |k: usize, h: &Head, t: &Titled| {
        let all = &labels[starts[k]..starts[k] + (t.end - lo(h, t))];
        (all, &all[t.from - lo(h, t)..])
    };
    for (k, (t, (h, ..))) in read.iter_mut().zip(heads.iter_mut()).enumerate() {
        let (all, _) = labels_of(k, h, t);
        case_numbers(src, items, h, t, all);
    }
    for (k, (t, (h, ..))) in read.iter_mut().zip(heads.iter()).enumerate() {
        let (_, own) = labels_of(k, h, t);
        parts(src, items, h, t, own, &mut bufs);
    }
    for (k, (t, (h, ..))) in read.iter_mut().zip(heads.iter()).enumerate() {
        let (_, own) = labels_of(k, h, t);
        decision(src, items, t, own, &mut bufs);
    }
    read.into_iter().map(|t| t.p).collect()
}

/// The paragraph's case numbers: the head's, those on the heading line,
/// in the title and on short lines of the lead, and labelled ones. The
/// head's own is moved in (the head is left without it).
/// `labels` are its items' part labels from its head's first item on
/// (before its text, the heading-like items' alone).
fn case_numbers(
    src: &str,
    items: &[Item],
    h: &mut Head,
    t: &mut Titled,
    labels: &[Option<PartKind>],
) {
    let Titled {
        p, from: i, end, ..
    } = t;
    let (i, end) = (*i, *end);
    let lo = h.first_item().min(i);
    // Whether item `k` opens a part: a part heading proper (not a plain
    // line that reads as one).
    let opens_part = |k: usize| {
        items[k].is_heading_like()
            && if k >= i && items[k].furniture {
                part_label(&items[k])
            } else {
                labels[k - lo]
            }
            .is_some()
    };

    // Case numbers on the heading line and in the title; first the one the
    // head was read with (`§ 12 (2022-000123) Title`, `§ 13 Dnr 2022-124 Title`).
    p.case_numbers.extend(h.case_number.take());
    let head_line = items[h.item].line;
    for it in items[h.first_item()..i.min(end)]
        .iter()
        .chain(items[h.item..end].iter().filter(|x| x.line == head_line))
    {
        push_case_numbers(src, it.span, &mut p.case_numbers, |x, c| x.contains(c));
    }
    // Case numbers on short lines of the lead (`Svar på remiss, Dnr KS 2023/1231`).
    for it in (i..end)
        .take_while(|&k| !opens_part(k))
        .map(|k| &items[k])
        .filter(|x| x.kind == ItemKind::Text && x.text.len() <= 90)
    {
        push_case_numbers(src, it.span, &mut p.case_numbers, |x, c| x == c);
    }
    // `Dnr 2024/286`, `Diarienummer: KS2023/456`: a labelled case number
    // in a form the general finder does not know.
    for it in (h.first_item()..end)
        .take_while(|&k| !opens_part(k))
        .map(|k| &items[k])
        .filter(|x| x.line_start && x.text.len() <= 90)
    {
        if let Some(c) = labelled_case_number(src, it) {
            if !p
                .case_numbers
                .iter()
                .any(|x| x.span.cover(c.span) == x.span || c.span.contains(x.span))
            {
                p.case_numbers.push(c);
            }
        }
    }
}

/// The case numbers of `src`'s text at `span` (as
/// [`crate::inline::find_case_numbers`] reads them) pushed onto `to` in order, each but
/// one that `has(x, c)` for the span `x` of a case number already there
/// and its own span `c`: each made a text only when kept, and no list of
/// them made.
fn push_case_numbers(src: &str, span: Span, to: &mut Vec<Text>, has: impl Fn(Span, Span) -> bool) {
    let t = span.of(src);
    for (a, b) in case_number_spans(t) {
        let c = Span::new(span.start + a, span.start + b);
        if !to.iter().any(|x| has(x.span, c)) {
            to.push(Text::new(&t[a..b], c));
        }
    }
}

/// The paragraph's parts, each its kind, its heading, its text and span;
/// `labels` are its items' part labels from `t.from` to `t.end`. Its
/// lists are filled in `bufs` (left empty, with their room, for the next
/// paragraph).
fn parts(
    src: &str,
    items: &[Item],
    h: &Head,
    t: &mut Titled,
    labels: &[Option<PartKind>],
    bufs: &mut Buffers,
) {
    let Titled {
        p,
        from: i,
        end,
        head_rest,
    } = t;
    let (i, end) = (*i, *end);
    let span = p.span;
    let (mut parts, mut body) = bufs.lists();
    let folded = &mut bufs.folded;

    // `Beslut      Kommunstyrelsen beslutar ...`: a label in the page's
    // margin beside its text's first line (laid-out text), split in two.
    // Few items have one: those alone, each with its place in `items[i..end]`.
    let margins: Vec<(usize, Margin)> = items[i..end]
        .iter()
        .zip(labels)
        .enumerate()
        .filter_map(|(k, (it, l))| match l {
            None if !it.furniture => margin_label(src, it).map(|m| (k, m)),
            _ => None,
        })
        .collect();
    let mut margins_at = margins.iter().peekable();
    // Parts: each its kind, its heading and where its items start in
    // `body`, the items of all parts in a row (one vector, not one each).
    // At most the lead, the head's line and one part per item: one allocation.
    parts.reserve(end - i + 2);
    parts.push((PartKind::Lead, None, 0));
    body.reserve(end - i + 1);
    match &head_rest {
        Some((Some(kind), label, rest)) => {
            parts.push((*kind, label.as_ref(), body.len()));
            body.push(rest);
        }
        Some((None, _, rest)) => body.push(rest),
        None => {}
    }
    for (k, (it, &part)) in items[i..end].iter().zip(labels).enumerate() {
        let margin = margins_at.next_if(|(at, _)| *at == k).map(|(_, m)| m);
        match margin {
            Some((Some(kind), label, rest)) => {
                parts.push((*kind, label.as_ref(), body.len()));
                body.push(rest);
                continue;
            }
            // A table's row going on with the part its label opened.
            Some((None, _, rest)) if parts.len() > 1 => {
                body.push(rest);
                continue;
            }
            _ => {}
        }
        // A page's stamp naming this paragraph (`Tekniska nämnden
        // 2025-03-11 § 12` over a page it goes on on) is furniture, and so
        // are the page header's lines over a bare `§ 12`.
        if it.text.as_bytes().last().is_some_and(u8::is_ascii_digit)
            && own_stamp(items, i + k, h.number)
        {
            let from = items[header_top(items, i + k)].span.start;
            let part_start = parts.last().expect("the lead").2;
            while body.len() > part_start && body.last().is_some_and(|x| x.span.start >= from) {
                body.pop();
            }
            continue;
        }
        if it.furniture
            || matches!(
                it.kind,
                ItemKind::PageBreak | ItemKind::Rule | ItemKind::TableRule
            )
        {
            continue;
        }
        if let Some(kind) = part {
            parts.push((kind, Some(it), body.len()));
            continue;
        }
        // A case number line before any part is the heading's, not text.
        if parts.len() == 1
            && it.kind == ItemKind::Text
            && (case_number_line(&it.text) || labelled_case_number(src, it).is_some())
        {
            continue;
        }
        // `Beslut: ...` inline.
        if it.kind == ItemKind::Text || matches!(it.kind, ItemKind::ListItem(_)) {
            // The colon within the first 40 bytes, looked for there alone.
            let near = &it.text.as_bytes()[..it.text.len().min(41)];
            if let Some(c) = memchr::memchr(b':', near) {
                if c <= 40 {
                    if let Some(k) = part_kind_in(&it.text[..c], folded).filter(|k| {
                        matches!(
                            k,
                            PartKind::Decision
                                | PartKind::Proposals
                                | PartKind::Reservations
                                | PartKind::ProtocolNote
                        )
                    }) {
                        parts.push((k, Some(it), body.len()));
                        body.push(it);
                        continue;
                    }
                }
            }
        }
        body.push(it);
    }
    p.parts.reserve_exact(parts.len());
    for (n, &(kind, heading, from)) in parts.iter().enumerate() {
        let to = parts.get(n + 1).map_or(body.len(), |x| x.2);
        // The part's items but blank lines, read where they stand.
        let content = || body[from..to].iter().copied().filter(|x| !x.is_blank());
        let first = content().next();
        if heading.is_none() && first.is_none() {
            continue;
        }
        let text = join_items_of(content());
        let span = match (first, content().next_back()) {
            (Some(a), Some(b)) => a.span.cover(b.span),
            _ => heading
                .map(|h| Span::new(h.span.end, h.span.end))
                .unwrap_or(Span::new(span.start, span.start)),
        };
        p.parts.push(Part {
            kind,
            heading: heading.map(|h| Text::new(h.text.clone(), h.span)),
            text,
            span,
        });
    }
    bufs.keep(parts, body);
}

/// Which decision parts are a proposal's, whether the paragraph is
/// confidential or approved at once, and its decision; `labels` are its
/// items' part labels from `t.from` to `t.end`.
fn decision(
    src: &str,
    items: &[Item],
    t: &mut Titled,
    labels: &[Option<PartKind>],
    bufs: &mut Buffers,
) {
    let Titled {
        p, from: i, end, ..
    } = t;
    let (i, end) = (*i, *end);
    let Buffers {
        folded, opening, ..
    } = bufs;

    // `Förslag till beslut` over the members' yrkanden (`X (L) yrkar bifall
    // till motionen`), not over a proposal put to the meeting: proposals.
    // Which decision parts' headings name a proposal, asked once (below
    // too, for the decision; the parts keep their places).
    // Empty (no allocation) when no heading names one, as in most paragraphs.
    let mut proposing: Vec<bool> = Vec::new();
    for (n, x) in p.parts.iter().enumerate() {
        if x.kind == PartKind::Decision
            && x.heading
                .as_ref()
                .is_some_and(|h| crate::labels::proposes_in(&h.text, folded))
        {
            proposing.resize(p.parts.len(), false);
            proposing[n] = true;
        }
    }
    for (part, &proposes) in p.parts.iter_mut().zip(&proposing) {
        if proposes && crate::outcome::moved_by_members(src, part.span) {
            part.kind = PartKind::Proposals;
        }
    }
    // The confidential stub and `omedelbart justerad` stand in the opening
    // text and the decision: no need to fold the whole paragraph.
    // At most 2 000 bytes and one part's 1 001 more: one allocation.
    opening.clear();
    opening.reserve(3_001);
    for x in &p.parts {
        if opening.len() > 2_000 {
            break;
        }
        opening.push_str(&x.text[..floor(&x.text, 1_000)]);
        opening.push('\n');
    }
    // Its ASCII lowered once, in place: all that is read of it is its
    // fold, which lowers ASCII too, so the fold is the same; and `pub` and
    // `ju` in any ASCII case are then found by one search for their small
    // form, not at every `p` and `j` of either case.
    opening.make_ascii_lowercase();
    // Folded only when it can hold them: `p`, `u`, `b` and `j` in folded
    // text come from themselves in some ASCII case alone, side by side as
    // they stand ([`can_fold_to`]).
    if finder(&PUB, b"pub").find(opening.as_bytes()).is_some() {
        fold_into(opening, folded);
        p.confidential = folded.contains("publiceras ej")
            || folded.contains("publiceras inte")
            || folded.contains("sekretess och publiceras");
    }
    p.immediately_approved = folds_to_immediately_approved_in(opening, folded);

    // Decision: the items of the parts labelled as one, but blank ones
    // and furniture.
    let dec_items = |kind: PartKind| {
        let mut on = false;
        items[i..end]
            .iter()
            .zip(labels)
            .filter(move |(it, &part)| {
                if it.furniture {
                    return false;
                }
                if let Some(k) = part {
                    on = k == kind;
                    return false;
                }
                on && !it.is_blank()
            })
            .map(|(it, _)| it)
    };
    // The decision: a part headed `Beslut` (or `Nämndens beslut`) before a
    // proposal put to the meeting (`Förslag till beslut`); a non-empty one
    // before an empty one; the first `Beslut`, but the last proposal (the
    // utskott's proposal comes first, the body's own to the council last).
    let chosen = p
        .parts
        .iter()
        .enumerate()
        .filter(|(_, x)| x.kind == PartKind::Decision && !only_abstentions_in(&x.text, folded))
        .min_by_key(|&(i, x)| {
            let proposed = proposing.get(i).copied().unwrap_or(false);
            let order = if proposed { usize::MAX - i } else { i };
            (proposed, x.text.trim().is_empty(), order)
        })
        .map(|(_, x)| x);
    if let Some(part) = chosen {
        let points: Vec<Text> = dec_items(PartKind::Decision)
            .filter(|it| part.span.contains(it.span))
            .filter(|it| matches!(it.kind, ItemKind::ListItem(Some(_))))
            .map(|it| Text::new(it.text.clone(), it.span))
            .collect();
        p.decision = Some(Decision {
            text: part.text.clone(),
            points,
            span: part.span,
        });
    } else if let Some(lead) = p.parts.iter().find(|x| x.kind == PartKind::Lead) {
        if !p.confidential && looks_like_decision(&lead.text, folded) {
            p.decision = Some(Decision {
                text: lead.text.clone(),
                points: Vec::new(),
                span: lead.span,
            });
        }
    }
    // No `Beslut` and no deciding lead: the counted vote's result states
    // the decision (`Med 11 ja-röster mot 2 nej-röster ... beslutar
    // kommunstyrelsen att anta AnnSofie Anderssons yrkande.`).
    if p.decision.is_none() && !p.confidential {
        if let Some(result) = p.parts.iter().rev().find(|x| {
            // Folded only when it is the vote's part.
            x.kind == PartKind::Vote && {
                fold_into(&x.text, folded);
                let f = &folded;
                f.contains("beslutar") || f.contains("beslutade") || f.contains("beslöt")
            }
        }) {
            p.decision = Some(Decision {
                text: result.text.clone(),
                points: Vec::new(),
                span: result.span,
            });
        }
    }
}

/// A necessary condition of `fold(t).contains(w)` for a `w` of letters
/// that no other character folds to (`b`, `j`, `p`, `u`, ...: not `a`, `e`,
/// `i`, `k`, `o`, ..., which Cyrillic look-alikes, `İ` or the Kelvin sign
/// fold to): `w` in `t` in any ASCII case.
#[cfg(test)]
fn can_fold_to(t: &str, w: &[u8]) -> bool {
    crate::text::has_ascii_ci(t, w, 0)
}

/// Whether `fold(t)` holds `omedelbart justera`, read around each `ju` of
/// `t` (in some ASCII case, as `j` and `u` alone fold to them) instead of
/// folding all of `t`. Before `ju` the phrase stands on white space (a run
/// of any length, one blank folded) after ten characters, and `stera`
/// follows in five: each character that folds to an ASCII letter is one
/// byte or two (a look-alike), so a window of the white space, twenty
/// bytes before it and twelve from `ju` holds the phrase's text, and its
/// fold is a piece of `fold(t)`.
#[cfg(test)]
fn folds_to_immediately_approved(t: &str) -> bool {
    folds_to_immediately_approved_in(&t.to_ascii_lowercase(), &mut String::new())
}

/// [`folds_to_immediately_approved`] of a text with no ASCII capital
/// (its `ju`s are then all in small letters), folding into `buf`.
fn folds_to_immediately_approved_in(t: &str, buf: &mut String) -> bool {
    finder(&JU, b"ju").find_iter(t.as_bytes()).any(|k| {
        let mut from = t[..k].trim_end().len().saturating_sub(20);
        while !t.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (k + 12).min(t.len());
        while !t.is_char_boundary(to) {
            to += 1;
        }
        fold_into(&t[from..to], buf);
        buf.contains("omedelbart justera")
    })
}

/// The searches for `pub`, `ju` and `delta`, each built once for the
/// process: building one costs more than most texts it reads (a few
/// hundred bytes a paragraph).
static PUB: OnceLock<Finder<'static>> = OnceLock::new();
static JU: OnceLock<Finder<'static>> = OnceLock::new();
static DELTA: OnceLock<Finder<'static>> = OnceLock::new();

/// The search for `needle` kept in `cell`, built at its first use.
fn finder(
    cell: &'static OnceLock<Finder<'static>>,
    needle: &'static [u8],
) -> &'static Finder<'static> {
    cell.get_or_init(|| Finder::new(needle))
}

fn floor(s: &str, mut k: usize) -> usize {
    k = k.min(s.len());
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    k
}

/// The part an item opens, when it is a part heading: a heading or bold
/// label, or a short capitalised line of its own (`Beslut`, `Beslutsgång`).
pub(super) fn part_label(it: &Item) -> Option<PartKind> {
    part_label_in(it, &mut String::new())
}

/// [`part_label`], folding into `buf`.
fn part_label_in(it: &Item, buf: &mut String) -> Option<PartKind> {
    let plain = it.kind == ItemKind::Text
        && it.line_start
        && it.text.len() <= 60
        && it.text.starts_with(|c: char| c.is_uppercase());
    // `Yrkande: Kim Ro (S) yrkar avslag.`: a label beside its text on a
    // plain line is split off by `margin_label`, not the line's heading.
    if plain && !it.is_heading_like() && super::margin::colon_label(&it.text).is_some() {
        return None;
    }
    if it.is_heading_like() || plain {
        crate::labels::part_kind_in(&it.text, buf)
            .or_else(|| crate::labels::deciding_line(&it.text).then_some(PartKind::Decision))
    } else {
        None
    }
}

/// `Dnr 2024/286`, `Diarienummer: KS2023/456`, `Dnr: 0263/20`: the value
/// of a case-number label on a line of its own.
fn labelled_case_number(src: &str, it: &Item) -> Option<Text> {
    let t = it.text.as_ref();
    let rest = ["Diarienummer", "Dnr", "Ärendenummer", "Diarienr"]
        .iter()
        .find_map(|l| t.strip_prefix(l))?;
    if !rest.starts_with([':', ' ', '.']) {
        return None;
    }
    let v = rest.trim_start_matches([':', '.', ' ']).trim();
    let ok = !v.is_empty()
        && v.len() <= 30
        && v.chars().any(|c| c.is_ascii_digit())
        && v.contains(['/', ':', '-'])
        && v.split_whitespace().count() <= 3;
    ok.then(|| Text::new(v, tail_span(src, it.span, v)))
}

/// A text under `Beslut` that only says who takes no part
/// (`Miljöpartiets ledamöter deltar ej i beslutet.`, `Anna Ek (S) anmäler
/// jäv och deltar inte i handläggningen.`): no decision in it.
#[cfg(test)]
fn only_abstentions(t: &str) -> bool {
    only_abstentions_in(t, &mut String::new())
}

/// [`only_abstentions`], folding into `buf`.
fn only_abstentions_in(t: &str, buf: &mut String) -> bool {
    let abstains = |s: &str| {
        [
            "deltar ej i",
            "deltar inte i",
            "avstår från att delta",
            "deltar ej heller i",
        ]
        .iter()
        .any(|w| s.contains(w))
    };
    // The first sentence folded alone first: most decisions say something
    // else at once. Up to the text's first stop (fold keeps each `.` and
    // makes none), its fold is the first sentence of the whole's, but for
    // marks trimmed off its end, which no phrase above ends with.
    let t0 = crate::text::fold_trim(t);
    let first = &t0[..t0.find('.').unwrap_or(t0.len())];
    if !may_hold_delta(first, buf) {
        return false;
    }
    fold_into(first, buf);
    if !abstains(buf) {
        return false;
    }
    fold_into(t, buf);
    let f = &buf;
    let mut any = false;
    for s in f
        .split(['.', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        if !abstains(s) {
            return false;
        }
        any = true;
    }
    any
}

/// A necessary condition of `fold(t).contains("delta")`, which every
/// phrase of [`only_abstentions`] holds: `d`, `e`, `l`, `t` and `a` in
/// folded text come from themselves in either ASCII case or from
/// Cyrillic look-alikes alone (lead bytes 0xD0 and 0xD1), and the fold
/// drops no character between them. `t`'s ASCII lowered into `buf` and
/// searched once, instead of `t` folded and searched four times.
fn may_hold_delta(t: &str, buf: &mut String) -> bool {
    buf.clear();
    buf.push_str(t);
    buf.make_ascii_lowercase();
    finder(&DELTA, b"delta").find(buf.as_bytes()).is_some()
        || memchr::memchr2(0xD0, 0xD1, t.as_bytes()).is_some()
}

/// A lead text that states a decision (`Socialnämnden fastställer ...`).
fn looks_like_decision(t: &str, buf: &mut String) -> bool {
    fold_into(t, buf);
    let f = &buf;
    [
        "beslutar",
        "beslutade",
        "fastställer",
        "fastställde",
        "godkänner",
        "godkände",
        "godkändes",
        "godkännes",
        "fastställes",
        "fastställdes",
        "läggs till handlingarna",
        "lägger informationen till handlingarna",
        "till handlingarna",
        "antar ",
        "antogs",
        "utses",
        "utsågs",
        "valdes",
        "väljer",
        "tar del av",
        "beviljar",
        "beviljas",
        "förklarar",
        "beslutades",
        "beslöt",
        "beslöts",
        "mötet valde",
        "mötet godkände",
        "mötet fastställde",
        "mötet beslutar",
        "bifalles",
        "bifölls",
        "avslås",
        "avslogs",
        "väljs",
        "valdes till",
    ]
    .iter()
    .any(|w| f.contains(w))
}

/// Items' text joined: lines of one block with spaces, blocks with newlines.
pub(super) fn join_items(items: &[&Item]) -> String {
    join_items_of(items.iter().copied())
}

/// [`join_items`] of the items an iterator gives (read twice: for the
/// length, then the text).
fn join_items_of<'x, 'a: 'x>(items: impl Iterator<Item = &'x Item<'a>> + Clone) -> String {
    let mut out = String::with_capacity(items.clone().map(|it| it.text.len() + 1).sum());
    let mut prev: Option<&Item> = None;
    for it in items {
        if let Some(p) = prev {
            let same_block =
                p.kind == ItemKind::Text && it.kind == ItemKind::Text && it.line == p.line + 1;
            out.push(if same_block || it.line == p.line {
                ' '
            } else {
                '\n'
            });
        }
        out.push_str(&it.text);
        prev = Some(it);
    }
    out
}

mod buffers;
mod plain_title;
#[cfg(test)]
mod tests;
mod title;
