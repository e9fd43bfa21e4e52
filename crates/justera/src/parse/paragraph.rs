//! One paragraph from its head to the next: title, case numbers, parts by
//! their headings, confidentiality, the decision, then its outcome.

use super::head_title::{case_label, listed_title, run_on, run_on_case_label, title_below};
use super::heads::{case_column, case_number_line, header_top, own_stamp, stamp_number, Head};
use super::margin::{margin_label, Margin};
use super::spans::tail_span;
use crate::inline::find_case_numbers;
use crate::labels::{part_kind, part_kind_in};
use crate::model::*;
use crate::outcome::VoteList;
use crate::scan::{Item, ItemKind};
use crate::text::fold_into;
pub(super) use buffers::Buffers;
use plain_title::{plain_title, plain_title_after, wrapped_in_cell};

/// One paragraph from its heading item to `end` (exclusive).
/// `lists` are the document's vote lists that name their paragraph.
/// `read` is the text the outcome passes read: `src` with the page
/// furniture blanked ([`crate::outcome::without_furniture`]).
pub(super) fn paragraph(
    src: &str,
    read: &str,
    items: &[Item],
    h: &Head,
    end: usize,
    span: Span,
    lists: &[VoteList],
) -> Paragraph {
    let mut p = paragraph_in(src, items, h, end, span, &mut Buffers::default());
    crate::outcome::passes::paragraph_outcome(read, src, &mut p, lists);
    p
}

/// [`paragraph`] but its outcome (the parse runs the outcome passes over
/// all the paragraphs at once, [`crate::outcome::passes::paragraph_outcomes`]), its
/// lists and texts filled in `bufs` (left empty, with their room, for the
/// next paragraph).
#[allow(clippy::too_many_arguments)]
pub(super) fn paragraph_in(
    src: &str,
    items: &[Item],
    h: &Head,
    end: usize,
    span: Span,
    bufs: &mut Buffers,
) -> Paragraph {
    let mut p = Paragraph {
        number: h.number,
        number_text: h.number_text.clone(),
        span,
        ..Paragraph::default()
    };
    let mut i = h.item + 1;
    // The next head's first item (a case number above it) may stand at
    // this head's own: then this paragraph has no items after its head.
    let end = end.max(i);
    // The text a text layer joined to the title on the head's line.
    let head_rest = h
        .rest
        .as_ref()
        .and_then(|(_, s)| head_line_text(src, &items[h.item], *s));
    // Title: on the heading's item, or the heading-like item(s) after it, or
    // the plain lines after it up to a blank line.
    if let Some((t, s)) = &h.rest {
        p.title = t.clone();
        p.title_span = Some(*s);
        // A title broken over lines continues on plain lines right after.
        if items[h.item].kind == ItemKind::Text && head_rest.is_none() {
            let (more, next) = match plain_title_after(items, i, end, Some(t.as_str())) {
                (more, _) if more.is_empty() => wrapped_in_cell(src, items, i, end, *s),
                found => found,
            };
            if !more.is_empty() {
                p.title = spaced(&p.title, more.iter().map(|x| x.text.as_ref()));
                p.title_span = Some(s.cover(more.last().unwrap().span));
                i = next;
            }
        }
    } else {
        let skip = |mut k: usize| {
            // A head at a page's foot has its title on the next page.
            while k < end && !items[k].is_content() {
                k += 1;
            }
            k
        };
        i = skip(i);
        // `| § 46 | Dnr KS 2024/389 |` / `|---|---|` / `Title`: the rule
        // under a head laid out as a table's row.
        if i < end
            && items[i].kind == ItemKind::TableRule
            && items[h.item].kind == ItemKind::TableRow
        {
            i = skip(i + 1);
        }
        // `§ 12` / `Tekniska nämnden 2025-03-11 § 12` / `Title`: the
        // page's stamp between the head and the title is not the title.
        while i < end
            && matches!(items[i].kind, ItemKind::Text | ItemKind::TableRow)
            && stamp_number(&items[i].text) == Some(h.number)
        {
            i = skip(i + 1);
        }
        // `§ 12` / `Dnr KS 2024/12` / `Title`: a case number on a line of
        // its own between the head and the title (read as the case number
        // below, with the lines up to the title).
        if i < end && items[i].kind == ItemKind::Text && case_number_line(&items[i].text) {
            let j = skip(i + 1);
            // A line ending in a colon is a title going on to the next line
            // (`Yttrande över ... remiss:` / `Avgift för ...`), not a line
            // that introduces the text (`Nämnden beslutar:`).
            let goes_on = |k: usize| {
                items.get(k + 1).is_some_and(|n| {
                    k + 1 < end
                        && n.kind == ItemKind::Text
                        && n.line_start
                        && part_kind(&n.text).is_none()
                }) && !crate::labels::deciding_line(&items[k].text)
            };
            let title_like = |k: usize| {
                let it = &items[k];
                part_kind(&it.text).is_none()
                    && !case_number_line(&it.text)
                    && (it.is_heading_like()
                        || (it.kind == ItemKind::Text
                            && it.text.len() <= 150
                            && !it.text.ends_with('.')
                            && (!it.text.ends_with(':') || goes_on(k))))
            };
            if j < end && title_like(j) {
                i = j;
            }
        }
        if i < end {
            let it = &items[i];
            let next = items[i + 1..end].iter().find(|x| !x.is_blank());
            if (it.is_heading_like() && part_kind(&it.text).is_none()) || listed_title(it, next) {
                // `## § 11` / `### 1. Val av justerare Dnr 2025/11`: not
                // the item number, nor the case number.
                let (title, span, case) = title_below(src, &it.text, it.span);
                p.title = title;
                p.title_span = Some(span);
                p.case_numbers.extend(case);
                i += 1;
            } else if let Some((t, s)) = title_row(it, items[h.item].kind) {
                // `|  | **Skolskjutsreglemente 2025** |` under the head's
                // row: the title in the text's column.
                p.title = t;
                p.title_span = Some(s);
                i += 1;
            } else if it.kind == ItemKind::Text && part_kind(&it.text).is_none() {
                let (lines, next) = plain_title(items, i, end);
                let cut = match lines[..] {
                    [one] if one.span.of(src) == one.text => run_on(&one.text),
                    [first, ..] if first.span.of(src) == first.text => {
                        run_on_case_label(&first.text)
                    }
                    _ => None,
                };
                if let (Some(k), [one, ..]) = (cut, &lines[..]) {
                    // The title line runs on into the text (a PDF's lines
                    // joined): the title is its start, and the line stays
                    // the paragraph's text.
                    p.title = one.text[..k].trim_end().to_string();
                    p.title_span = Some(Span::new(one.span.start, one.span.start + p.title.len()));
                } else if let [first, .., last] | [first @ last] = lines[..] {
                    p.title = spaced(&first.text, lines[1..].iter().map(|x| x.text.as_ref()));
                    // `papperskorgar i centrum      KS 2024/455`: the
                    // title's last line with the case number in a column
                    // of its own (read as a case number below).
                    if let (t, Some(_)) = case_column(last.span.of(src), &p.title) {
                        p.title.truncate(t.len());
                    }
                    p.title_span = Some(lines[0].span.cover(lines.last().unwrap().span));
                    i = next;
                }
            }
        }
    }
    // Each item's part label, read once: the lead's end, the parts and the
    // decision's items all ask for it (furniture opens no part).
    let (mut parts, mut body) = bufs.lists();
    let Buffers {
        labels,
        folded,
        opening,
        ..
    } = bufs;
    labels.clear();
    labels.extend(items[i..end].iter().map(|it| {
        if it.furniture {
            None
        } else {
            part_label_in(it, folded)
        }
    }));
    let labels = &*labels;
    let label = |k: usize| -> Option<PartKind> {
        match k.checked_sub(i) {
            Some(j) if !items[k].furniture => labels[j],
            _ => part_label(&items[k]),
        }
    };
    // A part heading proper (not a plain line that reads as one).
    let opens_part = |k: usize| items[k].is_heading_like() && label(k).is_some();
    // Case numbers on the heading line and in the title; first the one the
    // head was read with (`§ 12 (2022-000123) Title`, `§ 13 Dnr 2022-124 Title`).
    p.case_numbers.extend(h.case_number.clone());
    let head_line = items[h.item].line;
    for it in items[h.first_item()..i.min(end)]
        .iter()
        .chain(items[h.item..end].iter().filter(|x| x.line == head_line))
    {
        for c in find_case_numbers(it.span.of(src), it.span.start) {
            if !p.case_numbers.iter().any(|x| x.span.contains(c.span)) {
                p.case_numbers.push(c);
            }
        }
    }
    // Case numbers on short lines of the lead (`Svar på remiss, Dnr KS 2023/1231`).
    for it in (i..end)
        .take_while(|&k| !opens_part(k))
        .map(|k| &items[k])
        .filter(|x| x.kind == ItemKind::Text && x.text.len() <= 90)
    {
        for c in find_case_numbers(it.span.of(src), it.span.start) {
            if !p.case_numbers.iter().any(|x| x.span == c.span) {
                p.case_numbers.push(c);
            }
        }
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
    // Folded only when it can hold them: `p`, `u`, `b` and `j` in folded
    // text come from themselves in some ASCII case alone, side by side as
    // they stand ([`can_fold_to`]).
    if can_fold_to(opening, b"pub") {
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
    bufs.keep(parts, body);
    p
}

/// A necessary condition of `fold(t).contains(w)` for a `w` of letters
/// that no other character folds to (`b`, `j`, `p`, `u`, ...: not `a`, `e`,
/// `i`, `k`, `o`, ..., which Cyrillic look-alikes, `İ` or the Kelvin sign
/// fold to): `w` in `t` in any ASCII case.
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
    folds_to_immediately_approved_in(t, &mut String::new())
}

/// [`folds_to_immediately_approved`], folding into `buf`.
fn folds_to_immediately_approved_in(t: &str, buf: &mut String) -> bool {
    crate::text::ascii_ci_at(t, b"ju", 0).any(|k| {
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

/// `§ 88 Val av justerare Socialnämnden beslutar ...`: the text a text
/// layer joined to the title on the head's line (four words or more after
/// the title's span), as an item, with its part's label split off where
/// it opens with one (`Ärendet Förvaltningen har ...`).
fn head_line_text<'a>(src: &'a str, it: &Item<'a>, title: Span) -> Option<Margin<'a>> {
    if it.kind != ItemKind::Text || title.end >= it.span.end || title.start < it.span.start {
        return None;
    }
    let mut from = title.end;
    // `Title Dnr KS 2025/12 Kommunstyrelsen beslutar ...`: past the case
    // number after the title.
    if case_label(src[from..it.span.end].trim_start()) {
        if let Some(c) = find_case_numbers(&src[from..it.span.end], from).first() {
            from = c.span.end.min(it.span.end);
        }
    }
    let rest = src[from..it.span.end].trim();
    if rest.split_whitespace().nth(3).is_none() || !rest.starts_with(char::is_uppercase) {
        return None;
    }
    let start = it.span.end - src[from..it.span.end].trim_start().len();
    let item = |a: usize, b: usize| Item {
        text: src[a..b].trim().into(),
        span: Span::new(a, b),
        line_start: false,
        ..it.clone()
    };
    let ends: Vec<usize> = rest.match_indices(' ').map(|(k, _)| k).take(3).collect();
    for &e in ends.iter().rev() {
        if let Some(kind) = part_kind(&rest[..e]) {
            let body = start + e + 1;
            return Some((
                Some(kind),
                Some(item(start, start + e)),
                item(body, it.span.end),
            ));
        }
    }
    Some((None, None, item(start, start + rest.len())))
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
    fold_into(&t0[..t0.find('.').unwrap_or(t0.len())], buf);
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

/// `first` and each of `more` after a space.
fn spaced<'x>(first: &str, more: impl Iterator<Item = &'x str> + Clone) -> String {
    let mut out =
        String::with_capacity(first.len() + more.clone().map(|x| x.len() + 1).sum::<usize>());
    out.push_str(first);
    for x in more {
        out.push(' ');
        out.push_str(x);
    }
    out
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

/// A table row under a head laid out as a row (`head`, its kind) with
/// nothing in it but one cell after an empty first one, no part's label
/// and no sentence (`|  | **Skolskjutsreglemente 2025** |`): the title,
/// without its emphasis, and the cell's span.
fn title_row(it: &Item, head: ItemKind) -> Option<(String, Span)> {
    if it.kind != ItemKind::TableRow || head != ItemKind::TableRow {
        return None;
    }
    let (first, rest) = it.cells.split_first()?;
    let mut filled = rest.iter().filter(|c| !c.0.trim().is_empty());
    let (text, span) = filled.next()?;
    let t = crate::scan::strip_inline(text.trim());
    let t = t.trim();
    let sentence = t.ends_with('.') && t.split_whitespace().nth(3).is_some();
    (first.0.trim().is_empty()
        && filled.next().is_none()
        && !t.is_empty()
        && !sentence
        && part_kind(t).is_none())
    .then(|| (t.to_string(), *span))
}
