//! Documents inside a file: where each one starts (a bundle of handlingar,
//! attachments after a protocol) and the memo (tjänsteskrivelse) structure.

use super::{is_body_name, join_items, section_sign_number};
use crate::inline::{find_case_numbers, find_dates, fold, looks_like_title, plausible_name};
use crate::labels::part_kind;
use crate::model::*;
use crate::scan::{Item, ItemKind};

/// Where a document starts: the item index, its kind and its title as marked.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Start {
    pub item: usize,
    pub kind: DocumentKind,
    pub confidential: bool,
    pub marker: String,
}

fn short_line(it: &Item) -> bool {
    it.line_start
        && !it.furniture
        && matches!(
            it.kind,
            ItemKind::Text | ItemKind::Heading(_) | ItemKind::Strong
        )
        && it.text.chars().count() <= 70
}

/// A sender line above a memo's marker: `Socialförvaltningen`, `SOLNA STAD`.
fn org_line(it: &Item) -> bool {
    let f = fold(&it.text);
    short_line(it)
        && (f.ends_with("förvaltningen")
            || f.ends_with("kontoret")
            || f.ends_with(" stad")
            || f.ends_with(" kommun")
            || f.ends_with("nämnden")
            || (it
                .text
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
                && it.text.len() >= 4))
}

fn previous_non_blank(items: &[Item], i: usize) -> Option<usize> {
    (0..i)
        .rev()
        .find(|&j| !items[j].is_blank() && !items[j].furniture)
}

fn next_non_blank(items: &[Item], i: usize, n: usize) -> Vec<usize> {
    (i + 1..items.len())
        .filter(|&j| !items[j].is_blank())
        .take(n)
        .collect()
}

/// Back over up to two sender lines above a marker.
fn with_sender(items: &[Item], i: usize) -> usize {
    let mut start = i;
    for _ in 0..2 {
        match previous_non_blank(items, start) {
            Some(j) if org_line(&items[j]) => start = j,
            _ => break,
        }
    }
    start
}

/// Whether item `i` stands on its own line block: nothing but a blank line,
/// a page break or page furniture directly above it. A line under a heading
/// or inside a list (`Beslutet skickas till` / `Tekniska nämnden`) does not
/// start a document.
fn stands_alone(items: &[Item], i: usize) -> bool {
    let Some(p) = i.checked_sub(1).map(|j| &items[j]) else {
        return true;
    };
    p.is_blank()
        || p.furniture
        || matches!(p.kind, ItemKind::PageBreak | ItemKind::Rule)
        || p.line + 1 < items[i].line
}

/// A memo's header after its marker: within the next few lines, a date or
/// a case number on a line of its own, or labelled (`Datum`, `Dnr`). A
/// memo named in a list of documents (`Beslutsunderlag` / `Tjänsteskrivelse`
/// / `Delårsrapport`) has none.
fn memo_header_follows(items: &[Item], i: usize) -> bool {
    next_non_blank(items, i, 4).into_iter().any(|j| {
        let t = items[j].text.trim();
        let f = fold(t);
        let alone = |covered: usize| covered * 10 >= t.len() * 8;
        f.starts_with("datum")
            || f.starts_with("dnr")
            || f.starts_with("diarienummer")
            || f.starts_with("vår beteckning")
            || find_dates(t, 0)
                .first()
                .is_some_and(|d| alone(d.written.len()))
            || find_case_numbers(t, 0)
                .first()
                .is_some_and(|c| alone(c.text.len()))
    })
}

/// Every document start in `items`. `extracts`: also take `Body` + `§ N` as
/// the start of a protocol extract (only outside a protocol).
pub(crate) fn starts(items: &[Item], extracts: bool) -> Vec<Start> {
    let mut out: Vec<Start> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if !short_line(it) {
            continue;
        }
        let f = fold(&it.text);
        let mut push = |item: usize, kind: DocumentKind, confidential: bool| {
            if out.last().is_none_or(|s| s.item < item) {
                out.push(Start {
                    item,
                    kind,
                    confidential,
                    marker: it.text.clone(),
                });
            }
        };
        if (f == "tjänsteskrivelse" || f == "tjänsteutlåtande")
            && (it.is_heading_like() || memo_header_follows(items, i))
        {
            push(with_sender(items, i), DocumentKind::Memo, false);
        } else if f.starts_with("förhandlingsprotokoll")
            || f.starts_with("protokoll från förhandling")
            || f.starts_with("protokoll fört vid förhandling")
        {
            push(
                with_sender(items, i),
                DocumentKind::NegotiationProtocol,
                false,
            );
        } else if f.starts_with("ärende ")
            && f[7..]
                .chars()
                .all(|c| c.is_ascii_digit() || c == '-' || c == ' ' || c == ',')
        {
            let stub = next_non_blank(items, i, 3).into_iter().any(|j| {
                let g = fold(&items[j].text);
                g.contains("publiceras ej") || g.contains("publiceras inte")
            });
            if stub {
                push(i, DocumentKind::Unknown, true);
            }
        } else if f == "nämndinitiativ"
            || f.starts_with("nämndinitiativ:")
            || f == "motion"
            || f.starts_with("motion:")
            || f.starts_with("motion om ") && it.is_heading_like()
        {
            push(i, DocumentKind::Initiative, false);
        } else if extracts && section_sign_number(&it.text).is_some() {
            if let Some(j) = previous_non_blank(items, i) {
                // Another protocol's header: the body's name on a line of
                // its own, not a sentence (`Arbetsutskottet föreslår ...`)
                // and not the last entry of a distribution list.
                if is_body_name(&items[j].text)
                    && short_line(&items[j])
                    && stands_alone(items, j)
                    && !items[j].text.trim_end().ends_with('.')
                {
                    push(j, DocumentKind::ProtocolExtract, false);
                }
            }
        }
    }
    out
}

/// The parts of a region by their headings (the same headings as in a
/// paragraph), with the items under each.
pub(crate) fn parts(items: &[Item]) -> Vec<(PartKind, Option<&Item>, Vec<&Item>)> {
    let mut parts: Vec<(PartKind, Option<&Item>, Vec<&Item>)> =
        vec![(PartKind::Lead, None, Vec::new())];
    for it in items {
        if it.furniture
            || matches!(
                it.kind,
                ItemKind::PageBreak | ItemKind::Rule | ItemKind::TableRule
            )
        {
            continue;
        }
        if let Some(kind) = super::part_label(it) {
            parts.push((kind, Some(it), Vec::new()));
            continue;
        }
        parts.last_mut().unwrap().2.push(it);
    }
    parts
}

fn content_span(items: &[&Item]) -> Option<Span> {
    let first = items.iter().find(|x| !x.is_blank())?;
    let last = items.iter().rev().find(|x| !x.is_blank())?;
    Some(first.span.cover(last.span))
}

/// One line per listed thing (`- Tjänsteskrivelse daterad ...`): the list
/// items, or without a list the lines up to the first blank gap (what comes
/// after is the signature).
fn listed(items: &[&Item]) -> Vec<Text> {
    let is_list = |x: &&&Item| matches!(x.kind, ItemKind::ListItem(_));
    if items.iter().any(|x| is_list(&x)) {
        return items
            .iter()
            .filter(is_list)
            .map(|x| Text::new(x.text.clone(), x.span))
            .collect();
    }
    let mut out = Vec::new();
    for x in items {
        if x.is_blank() {
            if !out.is_empty() {
                break;
            }
            continue;
        }
        out.push(Text::new(x.text.clone(), x.span));
    }
    out
}

/// A memo's structure from its items.
pub(crate) fn memo(items: &[Item], span: Span) -> Memo {
    let mut m = Memo {
        span,
        ..Memo::default()
    };
    let head: Vec<&Item> = items
        .iter()
        .filter(|x| !x.is_blank() && !x.furniture)
        .take(10)
        .collect();
    for it in &head {
        if m.date.is_none() && it.text.len() <= 40 {
            m.date = find_dates(&it.text, 0)
                .into_iter()
                .next()
                .map(|d| DateRef { span: it.span, ..d });
        }
        if it.text.len() <= 60 {
            for c in find_case_numbers(&it.text, 0) {
                if !m.case_numbers.iter().any(|x: &Text| x.text == c.text) {
                    m.case_numbers.push(Text::new(c.text, it.span));
                }
            }
        }
    }
    // The title: the first line after the marker, date and case number.
    let mut seen_marker = false;
    for it in &head {
        let f = fold(&it.text);
        if f == "tjänsteskrivelse" || f == "tjänsteutlåtande" {
            seen_marker = true;
            continue;
        }
        if !seen_marker
            || org_line(it)
            || find_dates(&it.text, 0)
                .first()
                .is_some_and(|d| d.written.len() + 2 >= it.text.len())
            || find_case_numbers(&it.text, 0)
                .first()
                .is_some_and(|c| c.text.len() + 6 >= it.text.len())
            || part_kind(&it.text).is_some()
        {
            continue;
        }
        m.title = Some(Text::new(it.text.clone(), it.span));
        break;
    }
    let mut distribution_at: Option<usize> = None;
    for (kind, heading, body) in parts(items) {
        let hf = heading.map(|h| fold(&h.text)).unwrap_or_default();
        let Some(span) = content_span(&body).or(heading.map(|h| h.span)) else {
            continue;
        };
        let text = join_items(
            &body
                .iter()
                .copied()
                .filter(|x| !x.is_blank())
                .collect::<Vec<_>>(),
        );
        if hf.starts_with("förslag till beslut") && m.proposed_decision.is_none() {
            m.proposed_decision = Some(Text::new(text.clone(), span));
        } else if kind == PartKind::Summary && m.summary.is_none() {
            m.summary = Some(Text::new(text.clone(), span));
        } else if kind == PartKind::Documents && m.documents_listed.is_empty() {
            m.documents_listed = listed(&body);
        } else if kind == PartKind::Other
            && (hf.contains("expedieras") || hf.contains("skickas till"))
            && m.distribution.is_empty()
        {
            // The list runs to the first blank gap after it.
            let mut out = Vec::new();
            for x in &body {
                if x.is_blank() {
                    if !out.is_empty() {
                        break;
                    }
                    continue;
                }
                out.push(Text::new(x.text.clone(), x.span));
            }
            m.distribution = out;
            distribution_at = heading.map(|h| h.span.start);
        }
        m.sections.push(Part {
            kind,
            heading: heading.map(|h| Text::new(h.text.clone(), h.span)),
            text,
            span,
        });
    }
    // Signatories: a name line followed by a title line, before the distribution.
    let limit = distribution_at.unwrap_or(usize::MAX);
    let lines: Vec<&Item> = items
        .iter()
        .filter(|x| !x.is_blank() && x.span.start < limit)
        .collect();
    for w in lines.windows(2) {
        let (a, b) = (w[0], w[1]);
        let title_line = b.text.split_whitespace().count() <= 4
            && b.text.split_whitespace().any(looks_like_title);
        if a.kind == ItemKind::Text
            && plausible_name(&a.text)
            && a.text.split_whitespace().count() <= 4
            && title_line
            && b.line == a.line + 1
            && !m.signatories.iter().any(|p| p.name == a.text)
        {
            m.signatories.push(Person {
                name: a.text.clone(),
                role: Some(b.text.to_lowercase()),
                span: a.span.cover(b.span),
                ..Person::default()
            });
        }
    }
    m
}

/// Title of a document region: the memo title, or the first line after the marker.
pub(crate) fn title(items: &[Item], start: &Start) -> String {
    let lines: Vec<&Item> = items
        .iter()
        .filter(|x| !x.is_blank() && !x.furniture)
        .take(8)
        .collect();
    if start.kind == DocumentKind::ProtocolExtract {
        // `Socialnämnden` / `§ 78` / title
        return lines
            .iter()
            .skip(2)
            .find(|x| x.text.len() > 3)
            .map(|x| x.text.clone())
            .unwrap_or_default();
    }
    if start.confidential {
        return start.marker.clone();
    }
    // `Ärende: Verksamhetsplan för ...` names a negotiation's matter.
    if let Some(t) = lines.iter().find_map(|x| x.text.strip_prefix("Ärende:")) {
        return t.trim().to_string();
    }
    let f = fold(&start.marker);
    if f.contains(':') {
        return start
            .marker
            .split_once(':')
            .map(|(_, t)| t.trim().to_string())
            .unwrap_or_default();
    }
    lines
        .iter()
        .skip_while(|x| fold(&x.text) != f)
        .skip(1)
        .find(|x| {
            find_dates(&x.text, 0)
                .first()
                .is_none_or(|d| d.written.len() + 2 < x.text.len())
                && find_case_numbers(&x.text, 0)
                    .first()
                    .is_none_or(|c| c.text.len() + 6 < x.text.len())
        })
        .map(|x| x.text.clone())
        .unwrap_or_else(|| start.marker.clone())
}
