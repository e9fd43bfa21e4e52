//! Documents inside a file: where each one starts (a bundle of handlingar,
//! attachments after a protocol) and the memo (tjänsteskrivelse) structure.

use super::head_number::section_sign_number;
use super::heads::{drop_weak_duplicates, find_heads};
use super::meeting::is_body_name;
use super::paragraph::{join_items, paragraph, part_label};
use super::signs::sign_items;
use super::toc::toc_item_set;
use crate::inline::{
    case_number_spans, find_case_numbers, find_dates, first_case_number, fold, looks_like_title,
    plausible_name,
};
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
        // A date and a case number on a line of their own, or together
        // (`2024-04-04 SN/2024:39`, a converter joined their lines).
        let alone = |covered: usize| covered * 10 >= t.len() * 8;
        let date = find_dates(t, 0).first().map_or(0, |d| d.written.len());
        let case = first_case_number(t).map_or(0, |(a, b)| b - a);
        f.starts_with("datum")
            || f.starts_with("dnr")
            || f.starts_with("diarienummer")
            || f.starts_with("vår beteckning")
            || (date > 0 && alone(date))
            || (case > 0 && alone(case))
            || (date > 0 && case > 0 && alone(date + case))
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
                    marker: it.text.to_string(),
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
pub(crate) fn parts<'a, 'b>(
    items: &'b [Item<'a>],
) -> Vec<(PartKind, Option<&'b Item<'a>>, Vec<&'b Item<'a>>)> {
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
        if let Some(kind) = part_label(it) {
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

/// Whether `s` has at most `n` words: `split_whitespace().count() <= n`,
/// without walking a long line to its end.
fn at_most_words(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n).is_none()
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
            for (a, b) in case_number_spans(&it.text) {
                let c = &it.text[a..b];
                if !m.case_numbers.iter().any(|x: &Text| x.text == c) {
                    m.case_numbers.push(Text::new(c, it.span));
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
            || first_case_number(&it.text).is_some_and(|(a, b)| b - a + 6 >= it.text.len())
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
        // Every test is pure: the cheap ones go first, the name last.
        if a.kind == ItemKind::Text
            && b.line == a.line + 1
            && at_most_words(&a.text, 4)
            && at_most_words(&b.text, 4)
            && b.text.split_whitespace().any(looks_like_title)
            && plausible_name(&a.text)
            && !m.signatories.iter().any(|p| p.name == a.text)
        {
            m.signatories.push(Person {
                name: a.text.to_string(),
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
            .map(|x| x.text.to_string())
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
                && first_case_number(&x.text).is_none_or(|(a, b)| b - a + 6 < x.text.len())
        })
        .map(|x| x.text.to_string())
        .unwrap_or_else(|| start.marker.clone())
}

/// Paragraphs of one region (a document inside a bundle).
fn paragraphs_in(
    src: &str,
    read: &str,
    items: &[Item],
    line_starts: &[usize],
    region_end: usize,
) -> Vec<Paragraph> {
    let signs = sign_items(src, items);
    let toc = toc_item_set(items, &signs);
    let heads = drop_weak_duplicates(items, find_heads(src, items, &toc, &signs));
    let line_start_of = |it: &Item| it.line_start_in(line_starts);
    let mut out = Vec::new();
    // Each head moved into its paragraph.
    let mut heads = heads.into_iter().peekable();
    while let Some(h) = heads.next() {
        let next = heads.peek().map(|n| n.first_item());
        let end = next.unwrap_or(items.len());
        let stop = next.map(|n| line_start_of(&items[n])).unwrap_or(region_end);
        let span = Span::new(
            line_start_of(&items[h.first_item()]),
            stop.max(line_start_of(&items[h.first_item()])),
        );
        out.push(paragraph(src, read, items, h, end, span, &[]));
    }
    out
}

/// Split a file into the documents it holds: a bundle of handlingar, or the
/// attachments after a protocol's last paragraph. Sets the kind of a file
/// that is one memo, extract, negotiation protocol or initiative.
/// Whether the back's lines before any attachment are only its signing
/// (`Vid protokollet` / `Emma Strand` / `Justeras` / `Eva Lind   Bo Ek`):
/// role words, dotted lines, dates, and the names the signatures,
/// justerare and attendance hold. Such lines are no document of their own.
fn signing_only(src: &str, items: &[Item], doc: &Document) -> bool {
    let a = &doc.attendance;
    let known: Vec<&str> = doc
        .signatures
        .iter()
        .map(|s| s.name.as_str())
        .chain(doc.justering.justerare.iter().map(|p| p.name.as_str()))
        .chain(doc.secretary.iter().map(|p| p.name.as_str()))
        .chain(
            a.members
                .iter()
                .chain(&a.serving_substitutes)
                .map(|p| p.name.as_str()),
        )
        .filter(|n| !n.is_empty())
        .collect();
    let cell_ok = |c: &str| {
        let c = c.trim_matches(|ch: char| {
            matches!(ch, '.' | '_' | '…' | '-' | ':') || ch.is_whitespace()
        });
        let f = fold(c);
        let name = c.split_once(" (").map_or(c, |(n, _)| n).trim();
        c.is_empty()
            || super::signatures::signature_role(c, true).is_some()
            || matches!(
                f.as_str(),
                "vid protokollet" | "justeras" | "justerat" | "underskrifter" | "protokollförare"
            )
            || known.contains(&name)
            || find_dates(c, 0)
                .first()
                .is_some_and(|d| d.span.start == 0 && d.span.end == c.len())
    };
    let mut any = false;
    for it in items.iter().filter(|x| !x.is_blank() && !x.furniture) {
        any = true;
        let raw = it.span.of(src);
        if !raw.split('\t').flat_map(|c| c.split("  ")).all(cell_ok) {
            return false;
        }
    }
    any
}

/// `read` is the text the outcome passes read ([`super::paragraph`]).
pub(super) fn split_documents(
    src: &str,
    read: &str,
    items: &[Item],
    line_starts: &[usize],
    back: usize,
    doc: &mut Document,
) {
    let line_start_of = |i: usize| {
        items
            .get(i)
            .map(|it| it.line_start_in(line_starts))
            .unwrap_or(src.len())
    };
    let has_attendance =
        !doc.attendance.members.is_empty() || !doc.attendance.serving_substitutes.is_empty();
    let region = |a: usize, b: usize, s: &self::Start, doc_items: &[Item]| -> SubDocument {
        let span = Span::new(line_start_of(a), line_start_of(b));
        let slice = &doc_items[a..b];
        let memo = (s.kind == DocumentKind::Memo).then(|| self::memo(slice, span));
        let paragraphs = if matches!(
            s.kind,
            DocumentKind::ProtocolExtract | DocumentKind::NegotiationProtocol
        ) {
            paragraphs_in(src, read, slice, line_starts, span.end)
        } else {
            Vec::new()
        };
        let title = memo
            .as_ref()
            .and_then(|m| m.title.as_ref().map(|t| t.text.clone()))
            .unwrap_or_else(|| self::title(slice, s));
        let head_text: String = slice
            .iter()
            .filter(|x| !x.is_blank())
            .take(8)
            .map(|x| x.text.as_ref())
            .collect::<Vec<_>>()
            .join(" ");
        SubDocument {
            kind: s.kind,
            title,
            case_numbers: memo
                .as_ref()
                .map(|m| m.case_numbers.clone())
                .unwrap_or_else(|| {
                    find_case_numbers(&head_text, 0)
                        .into_iter()
                        .map(|c| Text::new(c.text, span))
                        .collect()
                }),
            date: memo.as_ref().and_then(|m| m.date.clone()),
            memo,
            paragraphs,
            confidential: s.confidential,
            span,
        }
    };
    // A protocol whose attendance could not be read (a layout that lost
    // its columns) still has its attachments when one names itself after
    // the last paragraph.
    // So does one whose back begins at an attachment's marker (`Bilaga 1,
    // KF § 13`).
    let marked = doc.kind == DocumentKind::Protocol
        && back < items.len()
        && super::back::attachment_marker(items, back);
    let attachments = has_attendance
        || marked
        || (doc.kind == DocumentKind::Protocol
            && back < items.len()
            && !self::starts(&items[back..], false).is_empty()
            && !self::starts(&items[..back], false).iter().any(|s| {
                s.confidential
                    || matches!(
                        s.kind,
                        DocumentKind::Memo | DocumentKind::NegotiationProtocol
                    )
            }));
    if attachments {
        // Attachments after the last paragraph: letters, initiatives.
        if back >= items.len() {
            return;
        }
        let mut starts: Vec<self::Start> = self::starts(&items[back..], false)
            .into_iter()
            .map(|s| self::Start {
                item: s.item + back,
                ..s
            })
            .collect();
        let first = starts.first().map_or(items.len(), |s| s.item);
        if first > back && !signing_only(src, &items[back..first], doc) {
            let marker = items[back..]
                .iter()
                .find(|x| !x.is_blank())
                .map(|x| x.text.to_string())
                .unwrap_or_default();
            starts.insert(
                0,
                self::Start {
                    item: back,
                    kind: DocumentKind::Unknown,
                    confidential: false,
                    marker,
                },
            );
        }
        for (k, s) in starts.iter().enumerate() {
            let b = starts.get(k + 1).map(|n| n.item).unwrap_or(items.len());
            let mut d = region(s.item, b, s, items);
            if s.kind == DocumentKind::Unknown {
                // A letter: its title is its first heading.
                if let Some(h) = items[s.item..b].iter().find(|x| x.is_heading_like()) {
                    d.title = h.text.to_string();
                }
            }
            doc.documents.push(d);
        }
        return;
    }
    let mut starts = self::starts(items, true);
    // A protocol's own agenda items (`Motion: ...`) do not make it a bundle;
    // memos, negotiation minutes and confidential stubs do.
    if doc.kind == DocumentKind::Protocol {
        let strong = |s: &self::Start| {
            matches!(
                s.kind,
                DocumentKind::Memo | DocumentKind::NegotiationProtocol
            ) || s.confidential
        };
        if !starts.iter().any(strong) {
            return;
        }
        starts.retain(|s| strong(s) || s.kind == DocumentKind::ProtocolExtract);
    }
    let first_content = items.iter().position(Item::is_content).unwrap_or(0);
    let content_before = starts
        .first()
        .map(|s| {
            items[first_content.min(s.item)..s.item]
                .iter()
                .filter(|x| !x.is_blank())
                .count()
        })
        .unwrap_or(0);
    // A file's own front above its first document, its title (headings
    // only) and its table of contents, is no document of its own.
    let cover = starts.first().is_some_and(|s| {
        let from = first_content.min(s.item);
        let cover = &items[from..s.item];
        let toc = toc_item_set(cover, &sign_items(src, cover));
        let rest: Vec<&Item> = items[from..s.item]
            .iter()
            .zip(&toc)
            .filter(|(x, &t)| !x.is_blank() && !x.furniture && !t)
            .map(|(x, _)| x)
            .collect();
        rest.len() <= 2 && rest.iter().all(|x| x.is_heading_like())
    });
    let content_before = if cover { 0 } else { content_before };
    let bundle = starts.len() >= 2 || (starts.len() == 1 && content_before > 8);
    if !bundle {
        let Some(s) = starts.first() else { return };
        if doc.kind == DocumentKind::Protocol && s.kind != DocumentKind::ProtocolExtract {
            return;
        }
        doc.kind = s.kind;
        doc.kind_reason = match s.kind {
            DocumentKind::Memo => "names itself a tjänsteskrivelse or tjänsteutlåtande".into(),
            DocumentKind::ProtocolExtract => format!(
                "{} paragraph(s) under the body's name, without an attendance list",
                doc.paragraphs.len()
            ),
            DocumentKind::NegotiationProtocol => "names itself a förhandlingsprotokoll".into(),
            DocumentKind::Initiative => "names itself a nämndinitiativ or motion".into(),
            _ => doc.kind_reason.clone(),
        };
        if s.kind == DocumentKind::Memo {
            let m = self::memo(items, Span::new(0, src.len()));
            doc.title = m.title.clone();
            doc.memo = Some(m);
            doc.paragraphs.clear();
            doc.blocks = vec![Block {
                kind: BlockKind::Body,
                number: None,
                span: Span::new(0, src.len()),
            }];
        }
        return;
    }
    let mut regions: Vec<self::Start> = starts;
    if content_before > 0 {
        let marker = items[first_content].text.to_string();
        regions.insert(
            0,
            self::Start {
                item: 0,
                kind: DocumentKind::Unknown,
                confidential: false,
                marker,
            },
        );
    } else {
        regions[0].item = 0;
    }
    // A memo followed only by memos and initiatives is that memo with what
    // is attached to it; anything else is a bundle (handlingar).
    let attached = regions[0].kind == DocumentKind::Memo
        && regions
            .iter()
            .all(|r| matches!(r.kind, DocumentKind::Memo | DocumentKind::Initiative));
    doc.kind = if attached {
        DocumentKind::Memo
    } else {
        DocumentKind::Bundle
    };
    doc.kind_reason = if attached {
        format!(
            "a tjänsteskrivelse with {} attached documents",
            regions.len() - 1
        )
    } else {
        format!("{} documents in one file", regions.len())
    };
    doc.paragraphs.clear();
    doc.documents.clear();
    doc.blocks.clear();
    if !attached {
        // A bundle's attendance, justering and signatures belong to the
        // documents inside it (a negotiation protocol's `Närvarande`).
        doc.attendance = Attendance::default();
        doc.justering = Justering::default();
        doc.secretary = None;
        doc.signatures.clear();
    }
    for (k, s) in regions.iter().enumerate() {
        let b = regions.get(k + 1).map(|n| n.item).unwrap_or(items.len());
        let d = region(s.item, b, s, items);
        let span = if k == 0 {
            Span::new(0, d.span.end)
        } else {
            d.span
        };
        let span = if k + 1 == regions.len() {
            Span::new(span.start, src.len())
        } else {
            span
        };
        doc.blocks.push(Block {
            kind: BlockKind::Document,
            number: None,
            span,
        });
        doc.documents.push(SubDocument { span, ..d });
    }
    if attached {
        let first = doc.documents.remove(0);
        doc.title = first.memo.as_ref().and_then(|m| m.title.clone());
        doc.memo = first.memo;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the generated lines are made of: words, edge letters and every
    /// kind of space.
    const PIECES: &[&str] = &[
        "", " ", "  ", "\t", "\u{A0}", "\r", "\n", "§", "å", "Ä", "Ö", "É", "ord", "12345678", "x",
    ];

    #[test]
    fn at_most_words_is_the_word_count() {
        for a in PIECES {
            for b in PIECES {
                for c in PIECES {
                    for d in PIECES {
                        let s = format!("{a}{b}{c}{d}{a}{c}{b}");
                        for n in 0..6 {
                            let count = s.split_whitespace().count();
                            assert_eq!(at_most_words(&s, n), count <= n, "{s:?} {n}");
                        }
                    }
                }
            }
        }
    }
}
