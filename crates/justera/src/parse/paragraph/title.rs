//! A paragraph's title: on the head's line, the heading-like item(s)
//! after it, or the plain lines after it up to a blank line; and the text
//! a text layer joined to the title on the head's line.

use super::super::head_title::{case_label, listed_title, run_on, run_on_case_label, title_below};
use super::super::heads::{case_column, case_number_line, stamp_number, Head};
use super::super::margin::Margin;
use super::plain_title::{plain_title, plain_title_after, wrapped_in_cell};
use crate::inline::first_case_number;
use crate::labels::part_kind;
use crate::model::*;
use crate::scan::{Item, ItemKind};

/// A paragraph read up to its title: the model so far (number, span,
/// title, the case numbers the title's line holds), the first item after
/// the title (`from`), the end of its items (exclusive, at least `from`'s
/// start after the head) and the text on the head's line after the title.
pub(super) struct Titled<'a> {
    pub(super) p: Paragraph,
    pub(super) from: usize,
    pub(super) end: usize,
    pub(super) head_rest: Option<Margin<'a>>,
}

/// The paragraph of head `h`, its items up to `end` (exclusive), read up
/// to its title. The head's number as written and the title on its line
/// are moved in (the head is left with empty texts there).
pub(super) fn titled<'a>(
    src: &'a str,
    items: &[Item<'a>],
    h: &mut Head,
    end: usize,
    span: Span,
) -> Titled<'a> {
    let mut p = Paragraph {
        number: h.number,
        number_text: std::mem::take(&mut h.number_text),
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
    if let Some((t, s)) = &mut h.rest {
        let s = *s;
        p.title = std::mem::take(t);
        p.title_span = Some(s);
        // A title broken over lines continues on plain lines right after.
        if items[h.item].kind == ItemKind::Text && head_rest.is_none() {
            let (more, next) = match plain_title_after(items, i, end, Some(p.title.as_str())) {
                (more, _) if more.is_empty() => wrapped_in_cell(src, items, i, end, s),
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
    Titled {
        p,
        from: i,
        end,
        head_rest,
    }
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
        if let Some((_, b)) = first_case_number(&src[from..it.span.end]) {
            from = (from + b).min(it.span.end);
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
