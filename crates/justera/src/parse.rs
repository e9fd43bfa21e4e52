//! The parser: items from [`crate::scan`] into a [`Document`].
//!
//! Parsing never fails: what is not understood is left out of the model, and
//! the blocks still cover the whole text.

mod columns;
mod documents;
use crate::inline::{
    self, find_case_numbers, find_dates, find_times, fold, paragraph_numbers, parse_person,
};
use crate::labels::{front_label, front_label_folded, front_label_prefix, part_kind, FrontLabel};
use crate::model::*;
use crate::scan::{self, Item, ItemKind};

/// Paragraphs read, at most: one past the limit, so that
/// `limits::check_document` sees a protocol that goes over it.
const MAX_PARAGRAPHS: usize = crate::limits::MAX_PARAGRAPHS + 1;

/// A paragraph heading found in the items.
#[derive(Clone, Debug)]
pub(crate) struct Head {
    /// Index of the `§ N` item.
    pub item: usize,
    pub number: u32,
    pub number_text: String,
    /// Title text written on the heading's own item, after the number.
    pub rest: Option<(String, Span)>,
    /// A case number printed on its own line just above the heading: the
    /// paragraph starts there.
    pub dnr_above: Option<usize>,
}

impl Head {
    /// The first item of the paragraph.
    pub fn first_item(&self) -> usize {
        self.dnr_above.unwrap_or(self.item)
    }
}

/// Parse a document.
pub fn parse(src: &str) -> Document {
    let items = scan::scan(src);
    let lines = scan::lines(src);
    let line_starts = lines.iter().map(|&(s, _)| s).collect::<Vec<_>>();
    let toc_items = toc_item_set(&items);
    let mut heads = drop_weak_duplicates(&items, find_heads(src, &items, &toc_items));
    if heads.is_empty() {
        heads = item_heads(src, &items);
    }
    let mut doc = Document {
        tables: tables(&items),
        ..empty_document(src.len())
    };

    let line_start_of = |it: &Item| line_starts.get(it.line).copied().unwrap_or(it.span.start);
    let first_head = heads.first().map(|h| h.first_item()).unwrap_or(items.len());
    let back = back_start(
        &items,
        heads.last().map(|h| h.item + 1).unwrap_or(items.len()),
    );

    // Blocks: front, one per paragraph, back; contiguous over the whole text.
    let mut cuts: Vec<(BlockKind, Option<u32>, usize)> = Vec::new();
    cuts.push((
        if heads.is_empty() {
            BlockKind::Body
        } else {
            BlockKind::Front
        },
        None,
        0,
    ));
    for h in &heads {
        cuts.push((
            BlockKind::Paragraph,
            Some(h.number),
            line_start_of(&items[h.first_item()]),
        ));
    }
    if !heads.is_empty() && back < items.len() {
        cuts.push((BlockKind::Back, None, line_start_of(&items[back])));
    }
    for (i, &(kind, number, start)) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1).map(|c| c.2).unwrap_or(src.len());
        if end > start || (i == 0 && src.is_empty()) {
            doc.blocks.push(Block {
                kind,
                number,
                span: Span::new(start, end),
            });
        } else if let Some(last) = doc.blocks.last_mut() {
            last.span.end = end;
        }
    }
    if let Some(first) = doc.blocks.first_mut() {
        first.span.start = 0;
    }

    front(src, &lines, &items[..first_head], &mut doc);
    doc.toc = toc(&items, &toc_items);
    for (k, h) in heads.iter().enumerate() {
        let end = heads.get(k + 1).map(|n| n.first_item()).unwrap_or(back);
        let block = doc.blocks.iter().find(|b| {
            b.kind == BlockKind::Paragraph
                && b.number == Some(h.number)
                && b.span.start == line_start_of(&items[h.first_item()])
        });
        let span = block.map(|b| b.span).unwrap_or_else(|| {
            Span::new(
                items[h.item].span.start,
                items[end.saturating_sub(1).max(h.item)].span.end,
            )
        });
        doc.paragraphs.push(paragraph(src, &items, h, end, span));
    }
    back_matter(src, &items[back.min(items.len())..], &mut doc);
    if back < items.len() && !heads.is_empty() {
        back_signatures(src, &lines, &items[back..], &mut doc);
    }
    notice(src, &items, &mut doc);
    classify(src, &items, &mut doc);
    split_documents(src, &items, &line_starts, back, &mut doc);
    doc
}

/// A document with nothing found yet.
fn empty_document(len: usize) -> Document {
    Document {
        kind: DocumentKind::Unknown,
        kind_reason: String::new(),
        len,
        title: None,
        meeting: Meeting::default(),
        attendance: Attendance::default(),
        justering: Justering::default(),
        secretary: None,
        signatures: Vec::new(),
        notice: Notice::default(),
        declared_range: None,
        toc: Vec::new(),
        paragraphs: Vec::new(),
        memo: None,
        documents: Vec::new(),
        tables: Vec::new(),
        blocks: Vec::new(),
        source: None,
    }
}

/// Paragraphs of one region (a document inside a bundle).
fn paragraphs_in(
    src: &str,
    items: &[Item],
    line_starts: &[usize],
    region_end: usize,
) -> Vec<Paragraph> {
    let toc = toc_item_set(items);
    let heads = drop_weak_duplicates(items, find_heads(src, items, &toc));
    let line_start_of = |it: &Item| line_starts.get(it.line).copied().unwrap_or(it.span.start);
    let mut out = Vec::new();
    for (k, h) in heads.iter().enumerate() {
        let end = heads
            .get(k + 1)
            .map(|n| n.first_item())
            .unwrap_or(items.len());
        let stop = heads
            .get(k + 1)
            .map(|n| line_start_of(&items[n.first_item()]))
            .unwrap_or(region_end);
        let span = Span::new(
            line_start_of(&items[h.first_item()]),
            stop.max(line_start_of(&items[h.first_item()])),
        );
        out.push(paragraph(src, items, h, end, span));
    }
    out
}

/// Split a file into the documents it holds: a bundle of handlingar, or the
/// attachments after a protocol's last paragraph. Sets the kind of a file
/// that is one memo, extract, negotiation protocol or initiative.
fn split_documents(
    src: &str,
    items: &[Item],
    line_starts: &[usize],
    back: usize,
    doc: &mut Document,
) {
    let line_start_of = |i: usize| {
        items
            .get(i)
            .map(|it| line_starts.get(it.line).copied().unwrap_or(it.span.start))
            .unwrap_or(src.len())
    };
    let has_attendance =
        !doc.attendance.members.is_empty() || !doc.attendance.serving_substitutes.is_empty();
    let region = |a: usize, b: usize, s: &documents::Start, doc_items: &[Item]| -> SubDocument {
        let span = Span::new(line_start_of(a), line_start_of(b));
        let slice = &doc_items[a..b];
        let memo = (s.kind == DocumentKind::Memo).then(|| documents::memo(slice, span));
        let paragraphs = if matches!(
            s.kind,
            DocumentKind::ProtocolExtract | DocumentKind::NegotiationProtocol
        ) {
            paragraphs_in(src, slice, line_starts, span.end)
        } else {
            Vec::new()
        };
        let title = memo
            .as_ref()
            .and_then(|m| m.title.as_ref().map(|t| t.text.clone()))
            .unwrap_or_else(|| documents::title(slice, s));
        let head_text: String = slice
            .iter()
            .filter(|x| !x.is_blank())
            .take(8)
            .map(|x| x.text.as_str())
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
    if has_attendance {
        // Attachments after the last paragraph: letters, initiatives.
        if back >= items.len() {
            return;
        }
        let mut starts: Vec<documents::Start> = documents::starts(&items[back..], false)
            .into_iter()
            .map(|s| documents::Start {
                item: s.item + back,
                ..s
            })
            .collect();
        if starts.first().is_none_or(|s| s.item > back) {
            let marker = items[back..]
                .iter()
                .find(|x| !x.is_blank())
                .map(|x| x.text.clone())
                .unwrap_or_default();
            starts.insert(
                0,
                documents::Start {
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
                    d.title = h.text.clone();
                }
            }
            doc.documents.push(d);
        }
        return;
    }
    let mut starts = documents::starts(items, true);
    // A protocol's own agenda items (`Motion: ...`) do not make it a bundle;
    // memos, negotiation minutes and confidential stubs do.
    if doc.kind == DocumentKind::Protocol {
        let strong = |s: &documents::Start| {
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
    let first_content = items
        .iter()
        .position(|x| !x.is_blank() && !x.furniture)
        .unwrap_or(0);
    let content_before = starts
        .first()
        .map(|s| {
            items[first_content.min(s.item)..s.item]
                .iter()
                .filter(|x| !x.is_blank())
                .count()
        })
        .unwrap_or(0);
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
            let m = documents::memo(items, Span::new(0, src.len()));
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
    let mut regions: Vec<documents::Start> = starts;
    if content_before > 0 {
        let marker = items[first_content].text.clone();
        regions.insert(
            0,
            documents::Start {
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

/// Items that belong to a table of contents: lines ending in dot leaders and
/// a page number, with the `§ N` lines that introduce them.
fn toc_item_set(items: &[Item]) -> Vec<bool> {
    let mut set = vec![false; items.len()];
    for (i, it) in items.iter().enumerate() {
        if has_leader(&it.text) {
            set[i] = true;
            // The § line and title lines just before belong to the entry.
            let mut j = i;
            let mut n = 0;
            while j > 0 && n < 4 {
                j -= 1;
                if items[j].is_blank() {
                    continue;
                }
                if has_leader(&items[j].text) {
                    break;
                }
                set[j] = true;
                n += 1;
                if head_number(&items[j].text).is_some() {
                    break;
                }
            }
        }
    }
    // A contents heading starts a region that lasts until the numbering
    // starts over (the body begins) or a part heading appears.
    let mut i = 0;
    while i < items.len() {
        if items[i].text.len() > 40 {
            i += 1;
            continue;
        }
        let f = fold(&items[i].text);
        let contents = items[i].line_start
            && matches!(
                f.as_str(),
                "innehåll"
                    | "innehållsförteckning"
                    | "ärendeförteckning"
                    | "ärendelista"
                    | "innehåll och paragrafer"
            );
        if !contents {
            i += 1;
            continue;
        }
        let mut max_seen = 0;
        let mut j = i + 1;
        while j < items.len() && j < i + 4000 {
            let it = &items[j];
            if it.line_start && part_kind(&it.text).is_some() && it.is_heading_like() {
                break;
            }
            if let Some((n, _)) = head_number(&it.text) {
                if n <= max_seen {
                    break;
                }
                max_seen = n;
            }
            if !it.furniture {
                set[j] = true;
            }
            j += 1;
        }
        i = j;
    }
    set
}

fn has_leader(t: &str) -> bool {
    let t = t.trim_end();
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let body = t[..t.len() - digits].trim_end();
    (body.ends_with("...") || body.ends_with("…") || body.ends_with(". . ."))
        && (digits > 0 || body.ends_with("....."))
}

/// `§ 17`, `§17`, `$ 155`: the number and the byte length of the marker and number.
fn section_sign_number(t: &str) -> Option<(u32, usize)> {
    let rest = t.strip_prefix('§').or_else(|| t.strip_prefix('$'))?;
    let sign = t.len() - rest.len();
    if rest.starts_with('§') {
        return None; // `§§`: a range
    }
    let sp = rest.len() - rest.trim_start().len();
    let r = rest.trim_start();
    let nd = r.bytes().take_while(u8::is_ascii_digit).count();
    if nd == 0 || nd > 4 {
        return None;
    }
    let n = r[..nd].parse().ok()?;
    Some((n, sign + sp + nd))
}

/// A paragraph number as municipalities write it at the start of a line:
/// `§ 17`, `KS § 45`, `Au § 46`, `Ks § 45/2024`, `31 §`. Returns the number
/// and the byte length of the whole marker.
pub(crate) fn head_number(t: &str) -> Option<(u32, usize)> {
    if let Some(x) = section_sign_number(t) {
        return Some(with_year(t, x));
    }
    // `KS § 45`: the body's short name before the sign.
    let word = t.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    if (1..=6).contains(&word) && t.starts_with(|c: char| c.is_ascii_uppercase()) {
        let rest = &t[word..];
        let sp = rest.len() - rest.trim_start().len();
        if (1..=2).contains(&sp) && rest.trim_start().starts_with('§') {
            let (n, len) = section_sign_number(rest.trim_start())?;
            return Some(with_year(t, (n, word + sp + len)));
        }
    }
    // `31 §`: the number before the sign, the sign ending the marker.
    let nd = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=4).contains(&nd) {
        let rest = &t[nd..];
        let sp = rest.len() - rest.trim_start().len();
        if sp <= 1 {
            if let Some(after) = rest.trim_start().strip_prefix('§') {
                if after.is_empty() || after.starts_with(char::is_whitespace) {
                    return Some((t[..nd].parse().ok()?, nd + sp + '§'.len_utf8()));
                }
            }
        }
    }
    None
}

/// `§ 45/2024`, `§ 45:2024`: the year after the number belongs to the marker.
fn with_year(t: &str, (n, len): (u32, usize)) -> (u32, usize) {
    let rest = &t[len..];
    if let Some(r) = rest.strip_prefix('/').or_else(|| rest.strip_prefix(':')) {
        let nd = r.bytes().take_while(u8::is_ascii_digit).count();
        if (nd == 2 || nd == 4) && !r[nd..].starts_with(|c: char| c.is_ascii_digit() || c == '/') {
            return (n, len + 1 + nd);
        }
    }
    (n, len)
}

/// A line that starts with a case number written without the body's
/// letters (`0263/20`, `2024/123`, `2024:31`), or with them.
fn starts_with_case_number(t: &str) -> bool {
    if find_case_numbers(t, 0)
        .first()
        .is_some_and(|c| c.span.start == 0)
    {
        return true;
    }
    let tok = t.split_whitespace().next().unwrap_or("");
    let digits = tok.bytes().filter(u8::is_ascii_digit).count();
    tok.starts_with(|c: char| c.is_ascii_digit())
        && digits >= 4
        && tok.contains(['/', ':', '-'])
        && tok
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b':' | b'-' | b'.'))
}

/// A line that is nothing but a case number (`KSKF/2024:1`, `Dnr KS 2024/14`),
/// as some templates print above the paragraph heading.
fn case_number_line(t: &str) -> bool {
    let t = t.trim();
    let t = t
        .strip_prefix("Dnr")
        .or_else(|| t.strip_prefix("Diarienummer"))
        .map(|r| r.trim_start_matches([':', '.', ' ']))
        .unwrap_or(t);
    if t.is_empty() || t.len() > 30 || t.contains('§') {
        return false;
    }
    find_case_numbers(t, 0)
        .first()
        .is_some_and(|c| c.span.start == 0 && c.span.end == t.len())
        || (starts_with_case_number(t) && !t.contains(' '))
}

fn find_heads(src: &str, items: &[Item], toc: &[bool]) -> Vec<Head> {
    let mut heads = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if heads.len() >= MAX_PARAGRAPHS {
            break;
        }
        if toc[i] || !it.line_start || it.furniture {
            continue;
        }
        if !matches!(
            it.kind,
            ItemKind::Heading(_) | ItemKind::Strong | ItemKind::Text
        ) {
            continue;
        }
        let Some((number, len)) = head_number(&it.text) else {
            continue;
        };
        let sign_first = it.text.starts_with(['§', '$']);
        let after = &it.text[len..];
        let rest = after.trim();
        // A reference (`§ 157, ...`, `§ 64 och`) is not a heading.
        if rest.starts_with([',', '.', ';', ')', '-', '–', ':'])
            && !rest.starts_with("- ")
            && !rest.starts_with("– ")
        {
            continue;
        }
        if it.text.starts_with('$') && !(rest.is_empty() || rest.starts_with("Dnr")) {
            continue;
        }
        // The non-blank item before, on the line just above: a case number
        // printed over the heading (`KSKF/2024:1` / `§ 235 Title`).
        let prev = items[..i]
            .iter()
            .rposition(|x| !x.is_blank())
            .filter(|&p| items[p].line + 1 == it.line && items[p].line_start);
        let dnr_above = prev.filter(|&p| {
            items[p].kind == ItemKind::Text && !toc[p] && case_number_line(&items[p].text)
        });
        // After a page header, a blank line or the case number above.
        let set_off = i > 0
            && (matches!(items[i - 1].kind, ItemKind::Blank | ItemKind::PageBreak)
                || items[i - 1].furniture
                || dnr_above.is_some());
        let ok = match it.kind {
            ItemKind::Heading(_) | ItemKind::Strong => {
                rest.is_empty()
                    || rest.starts_with(|c: char| c.is_uppercase() || c == '-' || c == '–')
                    || starts_with_case_number(rest)
            }
            _ => {
                // Plain text: the number alone, a `Dnr`, or a title set off by a gap.
                rest.is_empty()
                    || rest.starts_with("Dnr")
                    || rest.starts_with("Diarienummer")
                    || (after.starts_with("  ") && rest.starts_with(|c: char| c.is_uppercase()))
                    || (rest.starts_with(|c: char| c.is_uppercase())
                        && set_off
                        && it.text.len() <= 120
                        && after.starts_with(' '))
                    || (rest.starts_with(|c: char| c.is_uppercase())
                        && find_case_numbers(rest, 0)
                            .first()
                            .is_some_and(|c| rest.starts_with(&c.text)))
                    || (after.starts_with(' ') && starts_with_case_number(rest))
            }
        };
        // `31 §` and `KS § 45` stand alone or before a case number or a
        // title; in running text (`enligt 26 kap. 1 § miljöbalken`) they do not.
        let number_first = it.text.starts_with(|c: char| c.is_ascii_digit());
        let ok = ok
            && (sign_first
                || rest.is_empty()
                || (rest.starts_with(|c: char| c.is_uppercase()) && !number_first)
                || rest.starts_with("Dnr")
                || starts_with_case_number(rest));
        if !ok {
            continue;
        }
        // `säkerhetssamordnare,` / `§ 24`: a line wrapped before a scope.
        if it.kind == ItemKind::Text && rest.is_empty() {
            let prev = items[..i].iter().rev().find(|x| !x.is_blank());
            if prev.is_some_and(|p| {
                p.line + 1 == it.line && (p.text.ends_with(',') || p.text.ends_with(" och"))
            }) {
                continue;
            }
        }
        let mut rest_title = None;
        if !rest.is_empty() {
            let off = it.text.len() - after.len() + (after.len() - after.trim_start().len());
            let _ = off;
            let mut title = rest.trim_start_matches(['-', '–', ' ']).to_string();
            // `§ 24   Dnr IF-2025-00087`: the case number is not the title.
            if title.starts_with("Dnr")
                || title.starts_with("Diarienummer")
                || find_case_numbers(&title, 0)
                    .first()
                    .is_some_and(|c| title.starts_with(&c.text))
                || starts_with_case_number(&title)
            {
                title.clear();
            }
            if !title.is_empty() {
                // The title's span: the item's span past the number.
                rest_title = Some((title, after_marker(src, it.span, &it.text[..len])));
            }
        }
        heads.push(Head {
            item: i,
            number,
            number_text: it.text[..len].to_string(),
            rest: rest_title,
            dnr_above,
        });
    }
    heads
}

/// Documents without `§` (association minutes, board notes): the agenda
/// items are the leaf headings of the two shallowest levels that are not
/// part or front labels, numbered as written (`5. Val av justerare`) or in
/// order.
fn item_heads(src: &str, items: &[Item]) -> Vec<Head> {
    let level = |it: &Item| match it.kind {
        ItemKind::Heading(l) => l,
        _ => u8::MAX,
    };
    let cands: Vec<usize> = (0..items.len())
        .filter(|&i| {
            let it = &items[i];
            matches!(it.kind, ItemKind::Heading(_))
                && !it.furniture
                && part_kind(&it.text).is_none()
                && front_label(&it.text).is_none()
                && !it.text.is_empty()
        })
        .collect();
    let Some(top) = cands.iter().map(|&i| level(&items[i])).min() else {
        return Vec::new();
    };
    // Headings before the attendance labels (`Kallade`, `Närvarande`) in
    // the first half are the document's header, not agenda items.
    let half = (items.len() / 2 + 1).min(items.len());
    let header_end = items[..half]
        .iter()
        .enumerate()
        .rev()
        .find(|(_, it)| {
            matches!(it.kind, ItemKind::Heading(_))
                && matches!(
                    front_label(&it.text),
                    Some(
                        FrontLabel::Members
                            | FrontLabel::ServingSubstitutes
                            | FrontLabel::Substitutes
                            | FrontLabel::Others
                            | FrontLabel::Present
                    )
                )
        })
        .map_or(0, |(i, _)| i);
    let cands: Vec<usize> = cands
        .into_iter()
        .filter(|&i| level(&items[i]) <= top + 1 && i > header_end)
        .filter(|&i| {
            // A heading that is only a date (`5 November 2020`) is a header.
            let t = &items[i].text;
            find_dates(t, 0)
                .first()
                .is_none_or(|d| d.written.len() * 10 < t.len() * 7)
        })
        .collect();
    let mut heads = Vec::new();
    for (k, &i) in cands.iter().enumerate() {
        let it = &items[i];
        let container = cands
            .get(k + 1)
            .is_some_and(|&j| level(&items[j]) > level(it));
        if container {
            continue;
        }
        let (number, number_text, title) = match leading_number(&it.text) {
            Some((n, len)) => (
                n,
                it.text[..len].trim().to_string(),
                it.text[len..].trim().to_string(),
            ),
            None => (heads.len() as u32 + 1, String::new(), it.text.clone()),
        };
        let tspan = if number_text.is_empty() {
            it.span
        } else {
            after_number(src, it.span)
        };
        heads.push(Head {
            item: i,
            number,
            number_text,
            rest: Some((title, tspan)),
            dnr_above: None,
        });
        if heads.len() >= MAX_PARAGRAPHS {
            break;
        }
    }
    heads
}

/// The part of `span` after the paragraph marker `marker` (`KS § 45`,
/// `31 §`) and its punctuation.
fn after_marker(src: &str, span: Span, marker: &str) -> Span {
    let raw = span.of(src);
    let last = marker.trim_end().chars().last();
    // Where the marker's last character stands in the raw text.
    let cut = match last {
        Some(c) => {
            let digits_or_sign: String = marker.chars().filter(|c| !c.is_whitespace()).collect();
            let mut seen = 0;
            let mut at = None;
            let want = digits_or_sign.chars().count();
            for (k, ch) in raw.char_indices() {
                if ch.is_whitespace() || ch == '*' || ch == '_' {
                    continue;
                }
                seen += 1;
                if seen == want && ch == c {
                    at = Some(k + ch.len_utf8());
                    break;
                }
            }
            at
        }
        None => None,
    };
    match cut {
        Some(k) => {
            let rest = &raw[k..];
            let rest = rest.trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '.' | ')' | ':' | '-' | '–' | '*')
            });
            Span::new(span.end - rest.len(), span.end)
        }
        None => after_number(src, span),
    }
}

/// The part of `span` after a leading paragraph or item number and its
/// punctuation (`§ 20 `, `5. `, `$ 155 - `).
fn after_number(src: &str, span: Span) -> Span {
    let raw = span.of(src);
    let rest = raw.trim_start_matches(|c: char| {
        c == '§'
            || c == '$'
            || c.is_ascii_digit()
            || c.is_whitespace()
            || matches!(c, '.' | ')' | ':' | '-' | '–' | '*')
    });
    Span::new(span.end - rest.len(), span.end)
}

/// `5. Title`, `§5 Title`, `5) Title`, `5 Title`: the number and the byte
/// length of the number with its punctuation.
fn leading_number(t: &str) -> Option<(u32, usize)> {
    if let Some((n, len)) = section_sign_number(t) {
        return Some((n, len));
    }
    let nd = t.bytes().take_while(u8::is_ascii_digit).count();
    if nd == 0 || nd > 3 {
        return None;
    }
    let rest = &t[nd..];
    let punct = if rest.starts_with(". ") || rest.starts_with(") ") || rest.starts_with(": ") {
        1
    } else {
        0
    };
    if !rest[punct..].starts_with(' ') {
        return None;
    }
    // `2024 års plan` is a title, not item 2024.
    let n: u32 = t[..nd].parse().ok()?;
    (punct == 1 || n < 100).then_some((n, nd + punct))
}

/// A number written as a plain-text heading more than once: the copies with
/// almost nothing under them (a table of contents without dot leaders, a
/// stray line) give way to the one with a body.
fn drop_weak_duplicates(items: &[Item], heads: Vec<Head>) -> Vec<Head> {
    use std::collections::HashMap;
    let content: Vec<usize> = (0..heads.len())
        .map(|k| {
            let end = heads
                .get(k + 1)
                .map(|h| h.first_item())
                .unwrap_or(items.len());
            items[heads[k].item + 1..end.max(heads[k].item + 1)]
                .iter()
                .filter(|x| {
                    !x.is_blank()
                        && !x.furniture
                        && !matches!(x.kind, ItemKind::PageBreak | ItemKind::Rule)
                })
                .count()
        })
        .collect();
    let mut best: HashMap<u32, usize> = HashMap::new();
    for (k, h) in heads.iter().enumerate() {
        let e = best.entry(h.number).or_insert(0);
        *e = (*e).max(content[k]);
    }
    heads
        .into_iter()
        .enumerate()
        .filter(|(k, h)| {
            let weak = items[h.item].kind == ItemKind::Text;
            !(weak && content[*k] < 4 && content[*k] < best[&h.number])
        })
        .map(|(_, h)| h)
        .collect()
}

/// Where the back matter (signatures, attachments) starts after the last paragraph.
fn back_start(items: &[Item], from: usize) -> usize {
    for (i, it) in items.iter().enumerate().skip(from) {
        if !it.line_start {
            continue;
        }
        let f = fold(&it.text);
        let heading = it.is_heading_like();
        if heading
            && (f.starts_with("digitala signaturer")
                || f.starts_with("underskrifter")
                || f.starts_with("justerandes signatur")
                || f == "signaturer"
                || f.starts_with("bilaga") && it.kind != ItemKind::Strong)
        {
            return i;
        }
        if f.starts_with("detta dokument har signerats digitalt") {
            return i;
        }
        // `Vid protokollet` / `Justeras` / `Underskrifter` on a line of their
        // own after the last paragraph: the signature block.
        if it.kind == ItemKind::Text
            && matches!(
                f.as_str(),
                "vid protokollet" | "justeras" | "underskrifter" | "signaturer" | "justerat"
            )
        {
            return i;
        }
        // An appended letter's dateline: `Socialnämnden, 2024-03-18`.
        if it.kind == ItemKind::Text && it.text.len() <= 80 {
            if let Some((who, when)) = it.text.split_once(',') {
                // The body opens the line (`Socialnämnden`, `Nämnden för ...`);
                // `Begäran om yttrande till kommunstyrelsen, <date>` is a
                // document listed in the paragraph, not a dateline.
                let first = who.split_whitespace().next().unwrap_or("");
                if is_body_name(who)
                    && is_body_name(first)
                    && find_dates(when, 0).len() == 1
                    && when.trim().len() <= 20
                {
                    return i;
                }
            }
        }
    }
    items.len()
}

/// A label and the values under it, in the front matter.
struct Field {
    label: FrontLabel,
    values: Vec<(String, Span)>,
}

fn front(src: &str, lines: &[(usize, usize)], items: &[Item], doc: &mut Document) {
    let mut fields: Vec<Field> = Vec::new();
    let mut current: Option<usize> = None;
    let mut spans: Vec<Span> = Vec::new();
    let mut k = 0;
    // Inside the notice block (`ANSLAG/BEVIS`): read by `notice`, not here.
    let mut in_notice = false;
    // A label's words left on the next line by a wrapped label column
    // (`Justeringens` / `plats och tid`): the item and how many bytes to skip.
    let mut skip_words: Option<(usize, usize)> = None;
    while k < items.len() {
        let it = &items[k];
        k += 1;
        if it.furniture {
            continue;
        }
        // A wrapped label's second line: what follows the label's words.
        let wrapped_rest = match skip_words {
            Some((idx, n)) if idx == k - 1 => {
                skip_words = None;
                Some(n)
            }
            _ => None,
        };
        if let Some(n) = wrapped_rest {
            let rest = it.text[n.min(it.text.len())..].trim();
            if let (Some(c), false) = (current, rest.is_empty()) {
                let vspan = tail_span(src, it.span, rest);
                fields[c].values.push((rest.to_string(), vspan));
                spans.push(it.span);
            }
            continue;
        }
        if in_notice {
            // An attendance label after the notice (its second page) ends it.
            let attendance = |l: FrontLabel| {
                matches!(
                    l,
                    FrontLabel::Members
                        | FrontLabel::ServingSubstitutes
                        | FrontLabel::Substitutes
                        | FrontLabel::Others
                        | FrontLabel::Present
                )
            };
            let label = front_label(&it.text).or(front_label_prefix(&it.text).map(|x| x.0));
            if !(it.line_start && label.is_some_and(attendance)) {
                continue;
            }
            in_notice = false;
        }
        if it.line_start
            && matches!(
                it.kind,
                ItemKind::Text | ItemKind::Strong | ItemKind::Heading(_)
            )
        {
            let f = fold(&it.text);
            if front_label(&it.text) == Some(FrontLabel::Notice)
                || f.starts_with("anslag/bevis")
                || f.starts_with("anslagsbevis")
                || f.starts_with("bevis om anslag")
                || f.starts_with("justeringen har tillkännagivits")
                || f.starts_with("protokollet är justerat")
            {
                in_notice = true;
                current = None;
                continue;
            }
        }
        // A two-column attendance block, flattened line by line.
        if it.kind == ItemKind::Text && it.line_start {
            if let Some(kind) = columns::header(&it.text) {
                let mut block: Vec<(usize, usize)> = Vec::new();
                let mut last_line = it.line;
                while k < items.len() {
                    let x = &items[k];
                    let stop = matches!(
                        x.kind,
                        ItemKind::PageBreak | ItemKind::Heading(_) | ItemKind::TableRow
                    ) || (x.line_start
                        && (columns::header(&x.text).is_some()
                            || front_label_prefix(&x.text)
                                .is_some_and(|(l, _)| l != FrontLabel::Chair)
                            || front_label(&x.text).is_some_and(|l| l != FrontLabel::Chair)));
                    if stop {
                        break;
                    }
                    if !x.is_blank() && !x.furniture && x.line != last_line {
                        if let Some(&l) = lines.get(x.line) {
                            block.push(l);
                        }
                        last_line = x.line;
                    }
                    k += 1;
                }
                let found = columns::read(src, kind, &block);
                let a = &mut doc.attendance;
                a.members.extend(found.members);
                a.serving_substitutes.extend(found.serving);
                a.substitutes.extend(found.substitutes);
                a.others.extend(found.others);
                if let (Some(f), Some(l)) = (block.first(), block.last()) {
                    spans.push(Span::new(f.0, l.1));
                }
                current = None;
                continue;
            }
            // `Justeringens   Kommunkansliet ...` / `plats och tid`: a label
            // column wrapped onto the next line.
            if front_label_prefix(&it.text).is_none() && front_label(&it.text).is_none() {
                if let Some((label, len, next, n)) = wrapped_label(items, k - 1) {
                    let value = it.text[len..].trim();
                    fields.push(Field {
                        label,
                        values: Vec::new(),
                    });
                    let c = fields.len() - 1;
                    if !value.is_empty() {
                        let vspan = tail_span(src, it.span, value);
                        fields[c].values.push((value.to_string(), vspan));
                    }
                    current = Some(c);
                    skip_words = Some((next, n));
                    spans.push(it.span);
                    continue;
                }
            }
            // `Sekreterare   Patrik Johansson` and other label-value lines.
            if let Some((label, len)) = front_label_prefix(&it.text) {
                let raw = it.span.of(src);
                let value = it.text[len..].trim_start_matches([':', ' ']);
                // The value's span: where it stands in the raw line.
                let vstart = raw_offset(raw, &it.text, len);
                let vstart = raw
                    .len()
                    .saturating_sub(raw[vstart..].trim_start_matches([':', ' ', '\t']).len());
                let vspan = Span::new(it.span.start + vstart, it.span.end);
                let mut values = vec![(value.to_string(), vspan)];
                // `Patrik Johansson   § 161-180`: a second column holding the range.
                // The gap before the second column: the first one, unless a
                // later one opens a label (`Sekreterare  .....   Paragrafer 45-48`).
                let tail = &raw[vstart.min(raw.len())..];
                let gap = tail
                    .match_indices("   ")
                    .map(|(g, _)| g)
                    .filter(|&g| g > 0 && !tail[..g].ends_with(' '))
                    .find(|&g| {
                        let b = scan::collapse_ws(tail[g..].trim());
                        front_label_prefix(&b).is_some()
                    })
                    .or_else(|| tail.find("   "));
                if let Some(g) = gap {
                    let (a, b) = raw[vstart..].split_at(g);
                    let b_trim = b.trim();
                    if !b_trim.is_empty() {
                        let bstart = it.span.start + vstart + g + (b.len() - b.trim_start().len());
                        values = vec![(
                            scan::collapse_ws(a),
                            Span::new(
                                it.span.start + vstart,
                                it.span.start + vstart + a.trim_end().len(),
                            ),
                        )];
                        let bspan = Span::new(bstart, bstart + b_trim.len());
                        let btext = scan::collapse_ws(b_trim);
                        match front_label_prefix(&btext) {
                            Some((l2, len2)) => fields.push(Field {
                                label: l2,
                                values: vec![(btext[len2..].trim().to_string(), bspan)],
                            }),
                            None if btext.contains('§') => fields.push(Field {
                                label: FrontLabel::Paragraphs,
                                values: vec![(btext, bspan)],
                            }),
                            None => {}
                        }
                    }
                }
                fields.push(Field { label, values });
                current = if matches!(label, FrontLabel::Meeting | FrontLabel::Body) {
                    None
                } else {
                    Some(fields.len() - 1)
                };
                spans.push(it.span);
                continue;
            }
            // `Kommunstyrelsen  SAMMANTRÄDESPROTOKOLL` repeated on a page
            // whose break was lost, or an unknown `Label:` ends a field.
            if current.is_some() && (body_of_line(&it.text).is_some() || unknown_label(&it.text)) {
                current = None;
            }
        }
        if it.furniture
            || matches!(
                it.kind,
                ItemKind::Blank | ItemKind::PageBreak | ItemKind::Rule | ItemKind::TableRule
            )
        {
            continue;
        }
        match it.kind {
            ItemKind::TableRow => {
                let cells: Vec<&(String, Span)> = it.cells.iter().collect();
                if cells.len() < 2 {
                    continue;
                }
                let label = front_label(&cells[0].0);
                match label {
                    Some(l) => {
                        fields.push(Field {
                            label: l,
                            values: Vec::new(),
                        });
                        current = Some(fields.len() - 1);
                    }
                    None if cells[0].0.is_empty() => {}
                    None => {
                        current = None;
                        continue;
                    }
                }
                if let Some(c) = current {
                    for cell in &cells[1..] {
                        for (t, s) in split_br(src, cell.1) {
                            fields[c].values.push((t, s));
                        }
                    }
                }
            }
            ItemKind::Heading(_) | ItemKind::Strong => {
                current = front_label(&it.text).map(|l| {
                    fields.push(Field {
                        label: l,
                        values: Vec::new(),
                    });
                    fields.len() - 1
                });
                if current.is_some() {
                    spans.push(it.span);
                }
                if current.is_none() {
                    meeting_line(src, it, doc);
                }
            }
            ItemKind::Text if it.line_start && front_label(&it.text).is_some() => {
                fields.push(Field {
                    label: front_label(&it.text).unwrap(),
                    values: Vec::new(),
                });
                current = Some(fields.len() - 1);
            }
            _ => match current {
                Some(c) => {
                    fields[c].values.push((it.text.clone(), it.span));
                    spans.push(it.span);
                }
                None => meeting_line(src, it, doc),
            },
        }
    }
    for f in fields {
        apply_field(src, f, doc);
    }
    if let (Some(a), Some(b)) = (
        spans.iter().map(|s| s.start).min(),
        spans.iter().map(|s| s.end).max(),
    ) {
        doc.attendance.span = Some(Span::new(a, b));
    }
}

/// The byte offset in `raw` (an item's source) that corresponds to `off` in
/// its cleaned text: the same number of non-space characters in.
fn raw_offset(raw: &str, text: &str, off: usize) -> usize {
    let want = text[..off.min(text.len())]
        .chars()
        .filter(|c| !c.is_whitespace())
        .count();
    if want == 0 {
        return 0;
    }
    let mut seen = 0;
    for (k, c) in raw.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        seen += 1;
        if seen == want {
            return k + c.len_utf8();
        }
    }
    raw.len()
}

/// The span of `piece` (a cleaned tail of the item's text) in the source.
fn tail_span(src: &str, span: Span, piece: &str) -> Span {
    let raw = span.of(src);
    match raw.rfind(piece) {
        Some(k) => Span::new(span.start + k, span.start + k + piece.len()),
        None => {
            let first = piece.split_whitespace().next().unwrap_or("");
            match raw.find(first).filter(|_| !first.is_empty()) {
                Some(k) => Span::new(span.start + k, span.end),
                None => span,
            }
        }
    }
}

/// A label whose words wrap onto the next line in the label column:
/// `Justeringens  Kommunkansliet 2024-05-21` / `plats och tid`. Returns the
/// label, its byte length on this line, the next line's item and the byte
/// length of the label's words there.
fn wrapped_label(items: &[Item], i: usize) -> Option<(FrontLabel, usize, usize, usize)> {
    let it = &items[i];
    let next = (i + 1..items.len().min(i + 3))
        .find(|&j| !items[j].is_blank() && !items[j].furniture)
        .filter(|&j| items[j].line == it.line + 1 && items[j].kind == ItemKind::Text)?;
    let nt = &items[next].text;
    let words: Vec<&str> = it.text.split(' ').take(3).collect();
    let nwords: Vec<&str> = nt.split(' ').take(3).collect();
    // Each word folded once; the candidates are joined from them.
    let folded = |ws: &[&str]| ws.iter().map(|w| fold(w)).collect::<Vec<String>>();
    let (fw, fnw) = (folded(&words), folded(&nwords));
    for a in (1..=words.len()).rev() {
        let head = fw[..a].join(" ");
        // The first line's words alone must not already be a label.
        if front_label_folded(&head).is_some() {
            continue;
        }
        for b in (1..=nwords.len()).rev() {
            let tail = fnw[..b].join(" ");
            if let Some(l) = front_label_folded(&format!("{head} {tail}")) {
                return Some((
                    l,
                    words[..a].join(" ").len(),
                    next,
                    nwords[..b].join(" ").len(),
                ));
            }
        }
    }
    None
}

/// A line that is a `Label:` the front does not know (`Ledamöter och
/// ersättare: Redovisas i bilaga 1`).
fn unknown_label(t: &str) -> bool {
    match t.find(':') {
        Some(c) => {
            c <= 40
                && t[..c].starts_with(|ch: char| ch.is_uppercase())
                && !t[..c].chars().any(|ch| ch.is_ascii_digit() || ch == '(')
        }
        None => false,
    }
}

/// The body named by a header line, without the document type, page counter
/// or date written after it: `Kommunstyrelsen  SAMMANTRÄDESPROTOKOLL 1 (6)`,
/// `Regionala utvecklingsnämnden   2024-09-12`.
fn body_of_line(t: &str) -> Option<&str> {
    if t.len() > 160 {
        return None;
    }
    let mut end = t.len();
    for (k, w) in t.match_indices(|c: char| c.is_whitespace()) {
        let rest = t[k + w.len()..].trim_start();
        let fr = fold(rest);
        if fr.starts_with("protokoll")
            || fr.starts_with("sammanträdesprotokoll")
            || fr.starts_with("mötesprotokoll")
            || fr.starts_with("protokollsutdrag")
            || fr.starts_with("sammanträdesdatum")
            || fr.starts_with("sida ")
            || find_dates(rest, 0)
                .first()
                .is_some_and(|d| d.span.start == 0)
            || page_counter_start(rest)
        {
            end = k;
            break;
        }
    }
    let body = t[..end].trim();
    (is_body_name(body)).then_some(body)
}

/// `1 (6)`, `1(5)`, `2/40` at the start of `t`.
fn page_counter_start(t: &str) -> bool {
    let nd = t.bytes().take_while(u8::is_ascii_digit).count();
    if nd == 0 || nd > 3 {
        return false;
    }
    let r = t[nd..].trim_start();
    r.starts_with('(') && r[1..].starts_with(|c: char| c.is_ascii_digit())
}

/// Split a table cell on `<br>` into pieces with spans.
fn split_br(src: &str, cell: Span) -> Vec<(String, Span)> {
    let raw = cell.of(src);
    let mut out = Vec::new();
    let mut from = 0;
    let lower = raw.to_lowercase();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while let Some(p) = lower[k..].find("<br") {
        let s = k + p;
        let e = lower[s..].find('>').map(|q| s + q + 1).unwrap_or(raw.len());
        cuts.push((s, e));
        k = e;
    }
    cuts.push((raw.len(), raw.len()));
    for (s, e) in cuts {
        let piece = &raw[from..s];
        let lead = piece.len() - piece.trim_start().len();
        let t = scan::strip_inline(piece);
        if !t.is_empty() {
            out.push((
                t,
                Span::new(
                    cell.start + from + lead,
                    cell.start + from + piece.trim_end().len(),
                ),
            ));
        }
        from = e;
    }
    out
}

fn apply_field(src: &str, f: Field, doc: &mut Document) {
    match f.label {
        FrontLabel::Members
        | FrontLabel::ServingSubstitutes
        | FrontLabel::Substitutes
        | FrontLabel::Others
        | FrontLabel::Present => {
            for (t, s) in f.values.iter().flat_map(|(t, s)| split_people(src, t, *s)) {
                let Some(p) = person_entry(&t, s) else {
                    continue;
                };
                let a = &mut doc.attendance;
                let list = match f.label {
                    FrontLabel::Members | FrontLabel::Present if p.replaces.is_some() => {
                        &a.serving_substitutes
                    }
                    FrontLabel::Members => &a.members,
                    FrontLabel::Present if p.party.is_some() => &a.members,
                    FrontLabel::ServingSubstitutes => &a.serving_substitutes,
                    FrontLabel::Substitutes => &a.substitutes,
                    _ => &a.others,
                };
                // The same person listed twice in one role (a presidium and a
                // roll call); one person in two roles stays in both.
                if p.party.is_some()
                    && list
                        .iter()
                        .any(|x| x.name == p.name && x.party == p.party && x.replaces == p.replaces)
                {
                    continue;
                }
                match f.label {
                    FrontLabel::Members | FrontLabel::Present if p.replaces.is_some() => {
                        a.serving_substitutes.push(p)
                    }
                    FrontLabel::Members => a.members.push(p),
                    FrontLabel::Present if p.party.is_some() => a.members.push(p),
                    FrontLabel::ServingSubstitutes => a.serving_substitutes.push(p),
                    FrontLabel::Substitutes => a.substitutes.push(p),
                    _ => a.others.push(p),
                }
            }
        }
        FrontLabel::Body => {
            for (t, s) in f.values {
                if doc.meeting.body.is_none() {
                    if let Some(b) = body_of_line(&t) {
                        doc.meeting.body = Some(Text::new(b, tail_span(src, s, b)));
                    }
                }
                if doc.meeting.date.is_none() {
                    if let Some(d) = find_dates(&t, 0).into_iter().next() {
                        doc.meeting.date = Some(relocate(src, d, s));
                    }
                }
            }
        }
        FrontLabel::Notice => {}
        FrontLabel::Justerare => {
            // `Malin Westberg        Per Ersson`: names in columns.
            let values: Vec<(String, Span)> = f
                .values
                .into_iter()
                .flat_map(|(t, s)| {
                    let raw = s.of(src);
                    if raw.contains("   ") && raw.len() <= 200 {
                        let mut out = Vec::new();
                        let mut from = 0;
                        for piece in raw.split("   ") {
                            let at = from;
                            from += piece.len() + 3;
                            let p = piece.trim();
                            if p.is_empty() {
                                continue;
                            }
                            let k = at + piece.find(p).unwrap_or(0);
                            out.push((
                                scan::collapse_ws(p),
                                Span::new(s.start + k, s.start + k + p.len()),
                            ));
                        }
                        out
                    } else {
                        vec![(t, s)]
                    }
                })
                .collect();
            for (t, s) in values {
                for (name, span) in split_names(&t, s) {
                    let p = parse_person(&name, span.start).unwrap_or(Person {
                        name: name.clone(),
                        span,
                        ..Person::default()
                    });
                    if inline::plausible_name(&p.name) {
                        // The same person named twice (`Utses att justera` and
                        // a signature line) is one justerare.
                        if !doc.justering.justerare.iter().any(|j| j.name == p.name) {
                            doc.justering.justerare.push(Person { span, ..p });
                        }
                    }
                }
                doc.justering.span = Some(doc.justering.span.map_or(s, |x| x.cover(s)));
            }
        }
        FrontLabel::JusteringDate => {
            for (t, s) in f.values {
                if let Some(d) = find_dates(&t, 0).into_iter().next() {
                    doc.justering.date = Some(relocate(src, d, s));
                }
            }
        }
        FrontLabel::JusteringPlace => {
            for (t, s) in f.values {
                if doc.justering.date.is_none() {
                    if let Some(d) = find_dates(&t, 0).into_iter().next() {
                        doc.justering.date = Some(relocate(src, d, s));
                    }
                }
                doc.justering.place = Some(Text::new(t, s));
            }
        }
        FrontLabel::Meeting | FrontLabel::Date => {
            for (t, s) in f.values {
                meeting_facts(src, &t, s, doc);
            }
        }
        FrontLabel::Paragraphs => {
            if let Some((t, s)) = f
                .values
                .into_iter()
                .find(|(t, _)| t.contains('§') || t.chars().any(|c| c.is_ascii_digit()))
            {
                doc.declared_range = Some(DeclaredRange {
                    numbers: paragraph_numbers(&t),
                    text: t,
                    span: s,
                });
            }
        }
        FrontLabel::Secretary | FrontLabel::Chair => {
            // `Sekreterare   Ordförande   Justerande` as the label line, the
            // names under them.
            let roles_of = |line: Span| role_row(&cells_of(src, line));
            if let Some((_, first)) = f.values.first() {
                let line_start = src[..first.start].rfind('\n').unwrap_or(0);
                let (roles, names) = match roles_of(*first) {
                    r if !r.is_empty() => (r, f.values.get(1).map(|v| v.1)),
                    _ if line_start > 0 => (
                        roles_of(Span::new(line_start - 1, line_start - 1)),
                        Some(*first),
                    ),
                    _ => (Vec::new(), None),
                };
                if let (false, Some(names)) = (roles.is_empty(), names) {
                    let cells = cells_of(src, names);
                    if cells.len() == roles.len() {
                        sign_by_column(cells, roles, doc);
                        return;
                    }
                }
            }
            for (t, s) in f.values {
                let name = t.trim_start_matches('_').trim().to_string();
                let (name, s) = signature_name(&name, s);
                if inline::plausible_name(&name) || parse_person(&name, s.start).is_some() {
                    let p = parse_person(&name, s.start).unwrap_or(Person {
                        name: name.clone(),
                        span: s,
                        ..Person::default()
                    });
                    if f.label == FrontLabel::Secretary && doc.secretary.is_none() {
                        doc.secretary = Some(Person {
                            span: s,
                            ..p.clone()
                        });
                    }
                    doc.signatures.push(Signature {
                        role: Some(
                            if f.label == FrontLabel::Secretary {
                                "sekreterare"
                            } else {
                                "ordförande"
                            }
                            .into(),
                        ),
                        name: p.name,
                        date: None,
                        digital: false,
                        span: s,
                    });
                }
            }
        }
        FrontLabel::Signatures => {
            let mut role: Option<String> = None;
            // `Sekreterare   Ordförande   Justerande` on one line, the names
            // under them on the next: paired column by column.
            let mut row_roles: Vec<String> = Vec::new();
            for (t, s) in f.values {
                let cells = cells_of(src, s);
                let roles = role_row(&cells);
                if !roles.is_empty() {
                    row_roles = roles;
                    continue;
                }
                if !row_roles.is_empty() && cells.len() == row_roles.len() {
                    sign_by_column(cells, std::mem::take(&mut row_roles), doc);
                    continue;
                }
                row_roles.clear();
                if let Some(r) = signature_role(&t, false) {
                    role = Some(r);
                    continue;
                }
                let name = t
                    .trim_matches(|c: char| matches!(c, '_' | '.' | '…') || c.is_whitespace())
                    .to_string();
                let p = parse_person(&name, s.start);
                // `Ewa Edholm, ordförande`: the role after the name.
                if let Some(r) = p
                    .as_ref()
                    .and_then(|p| p.role.as_deref())
                    .and_then(|r| signature_role(r, true))
                {
                    role = Some(r);
                }
                let name = p.as_ref().map(|p| p.name.clone()).unwrap_or(name);
                if inline::plausible_name(&name) {
                    if role.as_deref() == Some("justerare")
                        && !doc.justering.justerare.iter().any(|j| j.name == name)
                    {
                        doc.justering.justerare.push(Person {
                            name: name.clone(),
                            span: s,
                            ..p.clone().unwrap_or_default()
                        });
                    }
                    if role.as_deref() == Some("sekreterare") && doc.secretary.is_none() {
                        doc.secretary = Some(p.unwrap_or(Person {
                            name: name.clone(),
                            span: s,
                            ..Person::default()
                        }));
                    }
                    doc.signatures.push(Signature {
                        role: role.take(),
                        name,
                        date: None,
                        digital: false,
                        span: s,
                    });
                }
            }
        }
    }
}

/// Names under a row of roles, paired column by column.
fn sign_by_column(cells: Vec<(String, Span)>, roles: Vec<String>, doc: &mut Document) {
    for ((name, span), r) in cells.into_iter().zip(roles) {
        let name = name
            .trim_matches(|c: char| matches!(c, '_' | '.' | '…'))
            .trim();
        if !inline::plausible_name(name) {
            continue;
        }
        let person = Person {
            name: name.to_string(),
            span,
            ..Person::default()
        };
        if r == "justerare" && !doc.justering.justerare.iter().any(|j| j.name == name) {
            doc.justering.justerare.push(person.clone());
        }
        if r == "sekreterare" && doc.secretary.is_none() {
            doc.secretary = Some(person);
        }
        doc.signatures.push(Signature {
            role: Some(r),
            name: name.to_string(),
            date: None,
            digital: false,
            span,
        });
    }
}

/// The roles of a row that holds nothing but signature roles, two or more
/// (`Sekreterare   Ordförande   Justerande`); else none.
fn role_row(cells: &[(String, Span)]) -> Vec<String> {
    let roles: Vec<String> = cells
        .iter()
        .filter_map(|(c, _)| signature_role(c, true))
        .collect();
    if cells.len() >= 2 && roles.len() == cells.len() {
        roles
    } else {
        Vec::new()
    }
}

/// A signature role (`Justerande` is a justerare): the whole text, or
/// (`whole` false) what the text starts with.
fn signature_role(text: &str, whole: bool) -> Option<String> {
    let f = fold(text);
    ["sekreterare", "ordförande", "justerare", "justerande"]
        .into_iter()
        .find(|r| if whole { f == *r } else { f.starts_with(r) })
        .map(|r| if r == "justerande" { "justerare" } else { r }.to_string())
}

/// The cells of a source line laid out in columns: runs of text between
/// gaps of two or more spaces or a tab, with their spans.
fn cells_of(src: &str, s: Span) -> Vec<(String, Span)> {
    // The whole physical line the value starts on.
    let a = src[..s.start].rfind('\n').map_or(0, |k| k + 1);
    let b = src[s.start..].find('\n').map_or(src.len(), |k| s.start + k);
    let s = Span::new(a, b);
    let t = s.of(src);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut gap = 0usize;
    let mut last_end = 0usize;
    for (i, c) in t.char_indices() {
        if c == ' ' || c == '\t' {
            gap += if c == '\t' { 2 } else { 1 };
            if gap >= 2 {
                if let Some(a) = start.take() {
                    out.push((
                        t[a..last_end].to_string(),
                        Span::new(s.start + a, s.start + last_end),
                    ));
                }
            }
            continue;
        }
        gap = 0;
        if start.is_none() {
            start = Some(i);
        }
        last_end = i + c.len_utf8();
    }
    if let Some(a) = start {
        out.push((
            t[a..last_end].to_string(),
            Span::new(s.start + a, s.start + last_end),
        ));
    }
    out
}

/// One attendance entry read as a person: `Name, Role (P)` is read as
/// `Name (P), role`, and `paragraf 1-2` as `§§ 1-2`.
fn person_entry(t: &str, s: Span) -> Option<Person> {
    let mut text = t.to_string();
    // `Ingrid Smedberg, Ordförande (M)`: the role before the party.
    if let (Some(comma), Some(open)) = (text.find(", "), text.find(" (")) {
        let close = text[open..].find(')').map(|c| open + c);
        if let Some(close) = close.filter(|_| comma < open) {
            let name = &text[..comma];
            let role = &text[comma + 2..open];
            if comma < open
                && inline::plausible_name(name)
                && !role.contains(',')
                && role.split_whitespace().count() <= 4
                && close - open <= 6
            {
                text = format!(
                    "{name}{}, {}{}",
                    &text[open..=close],
                    role.to_lowercase(),
                    &text[close + 1..]
                );
            }
        }
    }
    let mut rewritten = false;
    for w in ["paragraferna ", "paragrafer ", "paragraf "] {
        if let Some(k) = lower_same_len(&text).find(w) {
            if text.is_char_boundary(k) && text.is_char_boundary(k + w.len()) {
                text.replace_range(k..k + w.len(), "§§ ");
                rewritten = true;
                break;
            }
        }
    }
    let mut p = parse_person(&text, s.start)?;
    // Spans from the cleaned text: keep them inside the value.
    p.span = Span::new(s.start, s.end.max(s.start));
    if let Some(sc) = p.scope.as_mut() {
        if rewritten || !s.contains(sc.span) {
            sc.span = p.span;
        }
    }
    Some(p)
}

/// An attendance value that lists several people on one line, separated by
/// commas and `och`: `A (M), ordförande, B (KD), C (S) ersätter D (S)`,
/// `Ulrika Geer, regional utvecklingsdirektör, Arne Andersen, direktör`.
/// Each person's entry keeps the role and scope written after the name.
fn split_people(src: &str, t: &str, s: Span) -> Vec<(String, Span)> {
    let whole = vec![(t.to_string(), s)];
    if (!t.contains(", ") && !t.contains(" och ")) || t.len() > 2_000 {
        return whole;
    }
    // Candidate cuts: after a separator outside parentheses.
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // (separator start, entry start)
    let mut depth = 0i32;
    for (k, c) in t.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth != 0 {
            continue;
        }
        for sep in [", ", " och ", " samt "] {
            if t[k..].starts_with(sep) {
                cuts.push((k, k + sep.len()));
            }
        }
    }
    let starts_person = |piece: &str| -> bool {
        let piece = piece.trim();
        if !piece.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        let f = fold(piece);
        if f.contains("ordförande") || f.starts_with("ordf") || f.starts_with("ersätt") {
            return false;
        }
        let name = piece.split(['(', ',']).next().unwrap_or("").trim();
        let name = name
            .split(" ersätter")
            .next()
            .unwrap_or(name)
            .split(" för ")
            .next()
            .unwrap_or(name)
            .trim();
        let words: Vec<&str> = name.split_whitespace().collect();
        inline::plausible_name(name)
            && words.len() <= 4
            && !words.last().is_some_and(|w| inline::looks_like_title(w))
    };
    let mut starts = vec![0usize];
    for (k, &(sep, at)) in cuts.iter().enumerate() {
        let end = cuts.get(k + 1).map(|c| c.0).unwrap_or(t.len());
        let prev = t[*starts.last().unwrap()..sep].to_lowercase();
        let open = ["ersätter", " för", "tjänstgör för"]
            .iter()
            .any(|w| prev.trim_end().ends_with(w.trim()));
        if !open && starts_person(&t[at..end]) {
            starts.push(at);
        }
    }
    if starts.len() < 2 {
        return whole;
    }
    let raw = s.of(src);
    let mut from = 0;
    let mut out = Vec::new();
    for (k, &a) in starts.iter().enumerate() {
        let b = starts
            .get(k + 1)
            .map(|&n| cuts.iter().find(|c| c.1 == n).map(|c| c.0).unwrap_or(n))
            .unwrap_or(t.len());
        let piece = t[a..b].trim().trim_end_matches([',', '.']).trim();
        if piece.is_empty() {
            continue;
        }
        let span = match raw[from..].find(piece) {
            Some(x) => {
                let st = s.start + from + x;
                from += x + piece.len();
                Span::new(st, st + piece.len())
            }
            None => s,
        };
        out.push((piece.to_string(), span));
    }
    out
}

/// `Sekreterare _____ Anna Eken` → `Anna Eken`.
fn signature_name(t: &str, s: Span) -> (String, Span) {
    let t2 = t.trim_start_matches(|c: char| matches!(c, '_' | '.' | '…') || c.is_whitespace());
    (
        t2.to_string(),
        Span::new(s.end.saturating_sub(t2.len()).max(s.start), s.end),
    )
}

/// A date found in cleaned text `t` re-pointed at the source span `s`.
fn relocate(src: &str, d: DateRef, s: Span) -> DateRef {
    let raw = s.of(src);
    match raw.find(&d.written) {
        Some(k) => DateRef {
            span: Span::new(s.start + k, s.start + k + d.written.len()),
            ..d
        },
        None => DateRef { span: s, ..d },
    }
}

/// `Alexander Ojanne, Jan Jönsson` or `A (M) och B (S)`: names with spans.
fn split_names(t: &str, s: Span) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    let mut from = 0;
    let bytes = t.len();
    let cut = |a: usize, b: usize, out: &mut Vec<(String, Span)>| {
        let piece = &t[a..b];
        let lead = piece.len() - piece.trim_start().len();
        let p = piece.trim();
        if !p.is_empty() {
            let start = (s.start + a + lead).min(s.end);
            out.push((
                p.to_string(),
                Span::new(start, (start + p.len()).min(s.end)),
            ));
        }
    };
    let mut i = 0;
    while i < bytes {
        let r = &t[i..];
        let sep = if r.starts_with(", ") || r.starts_with(",") {
            Some(1)
        } else if r.starts_with(" och ") {
            Some(5)
        } else if r.starts_with(" samt ") {
            Some(6)
        } else {
            None
        };
        if let Some(n) = sep {
            cut(from, i, &mut out);
            i += n;
            from = i;
            continue;
        }
        i += r.chars().next().map(char::len_utf8).unwrap_or(1);
    }
    cut(from, bytes, &mut out);
    out
}

/// Header lines outside labelled fields: the body, the protocol number, and
/// `fört vid X sammanträde den ...`.
fn meeting_line(src: &str, it: &Item, doc: &mut Document) {
    let t = it.text.as_str();
    let f = fold(t);
    if doc.meeting.number.is_none() {
        if let Some(k) = f.find("protokoll") {
            let after = t
                .get(k + "protokoll".len()..)
                .unwrap_or("")
                .trim_start()
                .trim_start_matches("nr")
                .trim_start();
            let nd = after
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b'/')
                .count();
            let num = &after[..nd];
            if num.contains('/') && num.len() >= 3 && !num.starts_with('/') {
                let off = t.find(num).unwrap_or(0);
                doc.meeting.number = Some(Text::new(num, sub_span(src, it, off, num.len())));
            }
        }
    }
    if f.contains("sammanträde")
        && (f.starts_with("fört vid")
            || f.starts_with("protokoll fört vid")
            || f.contains("sammanträde den"))
    {
        // `fört vid Socialnämndens sammanträde tisdagen den 19 mars 2024 ...`
        if doc.meeting.body.is_none() {
            let words: Vec<&str> = t.split_whitespace().collect();
            if let Some(p) = words
                .iter()
                .position(|w| w.to_lowercase().starts_with("sammanträde"))
            {
                if p > 0 {
                    let w = words[p - 1];
                    if w.chars().next().is_some_and(|c| c.is_uppercase()) {
                        let body = w.strip_suffix('s').unwrap_or(w);
                        let off = t.find(w).unwrap_or(0);
                        doc.meeting.body =
                            Some(Text::new(body, sub_span(src, it, off, body.len())));
                    }
                }
            }
        }
        meeting_facts(src, t, it.span, doc);
        return;
    }
    if doc.meeting.body.is_none() && it.line_start {
        if let Some(b) = body_of_line(t) {
            doc.meeting.body = Some(Text::new(b, tail_span(src, it.span, b)));
            // `Regionala utvecklingsnämnden   2024-09-12`: the date after it.
            if doc.meeting.date.is_none() {
                if let Some(d) = find_dates(&t[b.len()..], 0).into_iter().next() {
                    doc.meeting.date = Some(relocate(src, d, it.span));
                }
            }
            return;
        }
    }
    if doc.meeting.date.is_none()
        && it.line_start
        && matches!(it.kind, ItemKind::Text)
        && t.len() <= 12
    {
        if let Some(d) = find_dates(t, 0).into_iter().next() {
            doc.meeting.date = Some(relocate(src, d, it.span));
        }
    }
}

/// A span inside an item's text, mapped to the source when the text is a
/// verbatim piece of it (falls back to the item's span).
fn sub_span(src: &str, it: &Item, off: usize, len: usize) -> Span {
    let raw = it.span.of(src);
    let piece = it.text.get(off..off + len).unwrap_or("");
    match raw.find(piece) {
        Some(k) if !piece.is_empty() => Span::new(it.span.start + k, it.span.start + k + len),
        _ => it.span,
    }
}

/// Names of bodies that meet: `Socialnämnden`, `Kommunstyrelsen`,
/// `Nämnden för Individ & Familjeomsorg`, `Kommunfullmäktige`.
pub fn is_body_name(t: &str) -> bool {
    let f = fold(t);
    let words = f.split_whitespace().count();
    if words == 0 || words > 7 || f.contains(':') {
        return false;
    }
    let first = f.split_whitespace().next().unwrap_or("");
    let last = f.split_whitespace().last().unwrap_or("");
    let body_word = |w: &str| {
        [
            "nämnden",
            "styrelsen",
            "fullmäktige",
            "utskottet",
            "utskott",
            "nämnd",
            "beredningen",
            "direktionen",
            "förbundet",
            "stämman",
            "rådet",
        ]
        .iter()
        .any(|e| w.ends_with(e))
    };
    (body_word(last) || first == "nämnden" || body_word(first))
        && t.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Date, times, weekday and place from one header line.
fn meeting_facts(src: &str, t: &str, s: Span, doc: &mut Document) {
    let raw = s.of(src);
    // Work in the raw text where it matches the cleaned text, so spans are exact.
    let (text, base) = if raw.contains(t) {
        (t, s.start + raw.find(t).unwrap_or(0))
    } else {
        (raw, s.start)
    };
    let dates = find_dates(text, base);
    if doc.meeting.date.is_none() {
        if let Some(d) = dates.first() {
            doc.meeting.date = Some(d.clone());
        }
    }
    let lower = lower_same_len(text);
    for wd in inline::WEEKDAYS {
        if let Some(k) = lower.find(wd) {
            let len = lower[k..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(lower.len() - k);
            doc.meeting.weekday = Some(Text::new(
                &text[k..k + len],
                Span::new(base + k, base + k + len),
            ));
            break;
        }
    }
    let times = find_times(text, base);
    if doc.meeting.start.is_none() {
        doc.meeting.start = times.first().cloned();
        doc.meeting.end = times.get(1).cloned();
    }
    // The place: what is left after date and times, between commas.
    if doc.meeting.place.is_none() {
        let mut cut_from = 0;
        if let Some(d) = dates.first() {
            cut_from = d.span.end - base;
        }
        let kl = lower
            .find("kl.")
            .or_else(|| lower.find("kl "))
            .or_else(|| lower.find("klockan"));
        let mut place = None;
        if let Some(last) = times.last() {
            let after = last.span.end - base;
            let rest = text[after..].trim_start_matches([',', ' ', '.']);
            if rest.starts_with(|c: char| c.is_uppercase()) && kl.is_some_and(|k| k < after) {
                let off = text.len() - rest.len();
                place = Some((off, rest.trim_end_matches(['.', ' ']).len()));
            }
        }
        // `Stadshuset, rum Ådalen, tisdagen den 19 mars 2024 kl. 17:30`:
        // the place before the weekday and date.
        if place.is_none() && !times.is_empty() {
            if let Some(d) = dates.first() {
                let before = &text[..d.span.start - base];
                let lb = lower_same_len(before);
                let mut stop = before.len();
                for wd in inline::WEEKDAYS {
                    if let Some(k) = lb.find(wd) {
                        stop = stop.min(k);
                    }
                }
                for w in [" den ", "klockan", "kl."] {
                    if let Some(k) = lb.find(w) {
                        stop = stop.min(k);
                    }
                }
                let p = before[..stop].trim_end_matches([',', ' ']).trim_start();
                let lead = before.len() - before.trim_start().len();
                if p.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && p.starts_with(|c: char| c.is_uppercase())
                    && !p.contains('/')
                    && !fold(p).starts_with("fört vid")
                    && !fold(p).starts_with("protokoll")
                {
                    place = Some((lead, p.len()));
                }
            }
        }
        if place.is_none() {
            let end = kl.unwrap_or(text.len());
            if end > cut_from {
                let mid = &text[cut_from..end];
                let lead = mid.len() - mid.trim_start_matches([',', ' ']).len();
                let p = mid
                    .trim_start_matches([',', ' '])
                    .trim_end_matches([',', ' ']);
                if p.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && !fold(p).starts_with("fört vid")
                {
                    place = Some((cut_from + lead, p.len()));
                }
            }
        }
        if let Some((off, len)) = place {
            doc.meeting.place = Some(Text::new(
                &text[off..off + len],
                Span::new(base + off, base + off + len),
            ));
        }
    }
    doc.meeting.span = Some(doc.meeting.span.map_or(s, |m| m.cover(s)));
}

fn toc(items: &[Item], set: &[bool]) -> Vec<TocEntry> {
    let mut out: Vec<TocEntry> = Vec::new();
    let mut pending: Option<(u32, Span, String)> = None;
    for (i, it) in items.iter().enumerate() {
        // Tables of contents as table rows: `| § 15 | |` then `| Title ..... | 3 |`.
        let in_table_toc = it.kind == ItemKind::TableRow
            && (has_leader(&it.cells.first().map(|c| c.0.clone()).unwrap_or_default())
                || head_number(&it.text).is_some());
        if !(set[i] || in_table_toc) || it.is_blank() {
            continue;
        }
        let text = if it.kind == ItemKind::TableRow {
            it.cells.first().map(|c| c.0.clone()).unwrap_or_default()
        } else {
            it.text.clone()
        };
        if let Some((n, len)) = head_number(&text) {
            if let Some((pn, ps, pt)) = pending.take() {
                out.push(TocEntry {
                    number: pn,
                    title: pt,
                    page: None,
                    span: ps,
                });
            }
            let rest = text[len..].trim();
            let rest = if rest.starts_with("Dnr") { "" } else { rest };
            pending = Some((n, it.span, rest.to_string()));
            if has_leader(rest) {
                let (title, page) = split_leader(rest, it);
                out.push(TocEntry {
                    number: n,
                    title,
                    page,
                    span: it.span,
                });
                pending = None;
            }
            continue;
        }
        if let Some((n, s, mut title)) = pending.take() {
            let (t, page) = split_leader(&text, it);
            if !title.is_empty() {
                title.push(' ');
            }
            title.push_str(&t);
            if has_leader(&text) || it.kind == ItemKind::TableRow {
                out.push(TocEntry {
                    number: n,
                    title,
                    page,
                    span: s.cover(it.span),
                });
            } else {
                pending = Some((n, s.cover(it.span), title));
            }
        }
    }
    if let Some((n, s, t)) = pending {
        out.push(TocEntry {
            number: n,
            title: t,
            page: None,
            span: s,
        });
    }
    out
}

/// `Title ..... 3` → (`Title`, 3); for table rows the page is the next cell.
fn split_leader(t: &str, it: &Item) -> (String, Option<u32>) {
    let mut page = None;
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let mut body = t;
    if digits > 0 && has_leader(t) {
        page = t[t.len() - digits..].parse().ok();
        body = &t[..t.len() - digits];
    }
    if page.is_none() && it.kind == ItemKind::TableRow {
        page = it.cells.get(1).and_then(|c| c.0.trim().parse().ok());
    }
    let title = body
        .trim_end()
        .trim_end_matches(['.', '…', ' '])
        .trim()
        .to_string();
    (title, page)
}

/// Group table rows into tables.
fn tables(items: &[Item]) -> Vec<Table> {
    let mut out: Vec<Table> = Vec::new();
    let mut cur: Option<Table> = None;
    for it in items {
        match it.kind {
            ItemKind::TableRow => {
                let row: Vec<Text> = it
                    .cells
                    .iter()
                    .map(|(t, s)| Text::new(t.clone(), *s))
                    .collect();
                match cur.as_mut() {
                    Some(t) => {
                        t.rows.push(row);
                        t.span = t.span.cover(it.span);
                    }
                    None => {
                        cur = Some(Table {
                            rows: vec![row],
                            header: false,
                            span: it.span,
                        })
                    }
                }
            }
            ItemKind::TableRule => {
                if let Some(t) = cur.as_mut() {
                    if t.rows.len() == 1 {
                        t.header = true;
                    }
                    t.span = t.span.cover(it.span);
                }
            }
            ItemKind::Blank => {}
            _ => {
                if let Some(t) = cur.take() {
                    out.push(t);
                }
            }
        }
    }
    out.extend(cur);
    out
}

/// One paragraph from its heading item to `end` (exclusive).
fn paragraph(src: &str, items: &[Item], h: &Head, end: usize, span: Span) -> Paragraph {
    let mut p = Paragraph {
        number: h.number,
        number_text: h.number_text.clone(),
        span,
        ..Paragraph::default()
    };
    let mut i = h.item + 1;
    // Title: on the heading's item, or the heading-like item(s) after it, or
    // the plain lines after it up to a blank line.
    if let Some((t, s)) = &h.rest {
        p.title = t.clone();
        p.title_span = Some(*s);
        // A title broken over lines continues on plain lines right after.
        if items[h.item].kind == ItemKind::Text {
            let (more, next) = plain_title_after(items, i, end, Some(t.as_str()));
            if !more.is_empty() {
                p.title = format!(
                    "{} {}",
                    p.title,
                    more.iter()
                        .map(|x| x.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                );
                p.title_span = Some(s.cover(more.last().unwrap().span));
                i = next;
            }
        }
    } else {
        while i < end && (items[i].is_blank() || items[i].furniture) {
            i += 1;
        }
        if i < end {
            let it = &items[i];
            if it.is_heading_like() && part_kind(&it.text).is_none() {
                p.title = it.text.clone();
                p.title_span = Some(it.span);
                i += 1;
            } else if it.kind == ItemKind::Text && part_kind(&it.text).is_none() {
                let (lines, next) = plain_title(items, i, end);
                if !lines.is_empty() {
                    p.title = lines
                        .iter()
                        .map(|x| x.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                    p.title_span = Some(lines[0].span.cover(lines.last().unwrap().span));
                    i = next;
                }
            }
        }
    }
    // Case numbers on the heading line and in the title.
    let head_line = items[h.item].line;
    for it in items[h.first_item()..i.min(end)]
        .iter()
        .chain(items[h.item..end].iter().filter(|x| x.line == head_line))
    {
        for c in find_case_numbers(it.span.of(src), it.span.start) {
            if !p.case_numbers.iter().any(|x| x.span == c.span) {
                p.case_numbers.push(c);
            }
        }
    }
    // Case numbers on short lines of the lead (`Svar på remiss, Dnr KS 2023/1231`).
    for it in items[i..end]
        .iter()
        .take_while(|x| !(x.is_heading_like() && part_kind(&x.text).is_some()))
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
    for it in items[h.first_item()..end]
        .iter()
        .take_while(|x| !(x.is_heading_like() && part_kind(&x.text).is_some()))
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
    // Parts.
    let mut parts: Vec<(PartKind, Option<&Item>, Vec<&Item>)> =
        vec![(PartKind::Lead, None, Vec::new())];
    for it in &items[i..end] {
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
        // A case number line before any part is the heading's, not text.
        if parts.len() == 1
            && it.kind == ItemKind::Text
            && (case_number_line(&it.text) || labelled_case_number(src, it).is_some())
        {
            continue;
        }
        // `Beslut: ...` inline.
        if it.kind == ItemKind::Text || matches!(it.kind, ItemKind::ListItem(_)) {
            if let Some(c) = it.text.find(':') {
                if c <= 40 {
                    if let Some(k) = part_kind(&it.text[..c]).filter(|k| {
                        matches!(
                            k,
                            PartKind::Decision
                                | PartKind::Proposals
                                | PartKind::Reservations
                                | PartKind::ProtocolNote
                        )
                    }) {
                        parts.push((k, Some(it), vec![it]));
                        continue;
                    }
                }
            }
        }
        parts.last_mut().unwrap().2.push(it);
    }
    for (kind, heading, body) in parts {
        let content: Vec<&Item> = body.into_iter().filter(|x| !x.is_blank()).collect();
        if heading.is_none() && content.is_empty() {
            continue;
        }
        let text = join_items(&content);
        let span = match (content.first(), content.last()) {
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
    // The confidential stub and `omedelbart justerad` stand in the opening
    // text and the decision: no need to fold the whole paragraph.
    let mut opening = String::new();
    for x in &p.parts {
        if opening.len() > 2_000 {
            break;
        }
        opening.push_str(&x.text[..floor(&x.text, 1_000)]);
        opening.push('\n');
    }
    let fall = fold(&opening);
    p.confidential = fall.contains("publiceras ej")
        || fall.contains("publiceras inte")
        || fall.contains("sekretess och publiceras");
    p.immediately_approved = fall.contains("omedelbart justera");

    // Decision.
    let dec_items = |kind: PartKind| -> Vec<&Item> {
        let mut v = Vec::new();
        let mut on = false;
        for it in &items[i..end] {
            if it.furniture {
                continue;
            }
            if let Some(k) = part_label(it) {
                on = k == kind;
                continue;
            }
            if on && !it.is_blank() {
                v.push(it);
            }
        }
        v
    };
    // The decision: a part headed `Beslut` (or `Nämndens beslut`) before a
    // proposal put to the meeting (`Förslag till beslut`); a non-empty one
    // before an empty one; the first `Beslut`, but the last proposal (the
    // utskott's proposal comes first, the body's own to the council last).
    let chosen = p
        .parts
        .iter()
        .enumerate()
        .filter(|(_, x)| x.kind == PartKind::Decision)
        .min_by_key(|(i, x)| {
            let proposed = x
                .heading
                .as_ref()
                .is_some_and(|h| crate::labels::proposes(&h.text));
            let order = if proposed { usize::MAX - i } else { *i };
            (proposed, x.text.trim().is_empty(), order)
        })
        .map(|(_, x)| x);
    if let Some(part) = chosen {
        let points: Vec<Text> = dec_items(PartKind::Decision)
            .into_iter()
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
        if !p.confidential && looks_like_decision(&lead.text) {
            p.decision = Some(Decision {
                text: lead.text.clone(),
                points: Vec::new(),
                span: lead.span,
            });
        }
    }
    crate::outcome::paragraph_outcome(src, &mut p);
    p
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
pub(crate) fn part_label(it: &Item) -> Option<PartKind> {
    let plain = it.kind == ItemKind::Text
        && it.line_start
        && it.text.len() <= 60
        && it.text.starts_with(|c: char| c.is_uppercase());
    if it.is_heading_like() || plain {
        part_kind(&it.text)
    } else {
        None
    }
}

/// `Dnr 2024/286`, `Diarienummer: KS2023/456`, `Dnr: 0263/20`: the value
/// of a case-number label on a line of its own.
fn labelled_case_number(src: &str, it: &Item) -> Option<Text> {
    let t = it.text.as_str();
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

/// Whether `next` continues the title line `prev`.
fn title_continues(prev: &str, next: &str) -> bool {
    let last = prev.split_whitespace().last().unwrap_or("").to_lowercase();
    let open_end = prev.ends_with([',', '-', '–', '/', '(', ':'])
        || [
            "och",
            "i",
            "för",
            "av",
            "om",
            "till",
            "med",
            "på",
            "vid",
            "från",
            "inom",
            "samt",
            "mot",
            "under",
            "enligt",
            "avseende",
            "gällande",
            "efter",
            "över",
            "åt",
            "den",
            "det",
            "de",
            "en",
            "ett",
            "att",
        ]
        .contains(&last.as_str());
    open_end
        || next.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || c == '(')
        || (!next.ends_with('.') && next.len() <= 60 && prev.len() >= 55)
}

/// Plain lines after a heading that make up a title: up to a blank line or a
/// part label, at most four lines.
fn plain_title(items: &[Item], from: usize, end: usize) -> (Vec<&Item>, usize) {
    plain_title_after(items, from, end, None)
}

/// Plain lines after a heading: with `first_text`, the title's first line is
/// already read (on the heading's line) and these lines must continue it.
fn plain_title_after<'a>(
    items: &'a [Item],
    from: usize,
    end: usize,
    first_text: Option<&str>,
) -> (Vec<&'a Item>, usize) {
    let first_free = first_text.is_none();
    let first_text = first_text.unwrap_or("");
    let mut out: Vec<&Item> = Vec::new();
    let mut i = from;
    while i < end && out.len() < 4 {
        let it = &items[i];
        if it.furniture {
            i += 1;
            continue;
        }
        let prev_open = out
            .last()
            .map(|p| p.text.as_str())
            .or((!first_free).then_some(first_text))
            .is_some_and(|p| p.ends_with(['–', '-', ',', ':', '/']));
        if it.kind != ItemKind::Text
            || part_kind(&it.text).is_some()
            || !it.line_start
            || (!prev_open
                && (case_number_line(&it.text)
                    || it.text.starts_with("Dnr")
                    || it.text.starts_with("Diarienummer")))
        {
            break;
        }
        // A title written on the heading's line continues on the next only
        // when it is visibly unfinished or the next goes on in lower case:
        // `... vid kommunens` / `förskolor`. A capitalised sentence after it
        // is the text.
        if out.is_empty() && !first_free && !title_continues(first_text, &it.text) {
            break;
        }
        out.push(it);
        i += 1;
        if it.text.ends_with('.') {
            break;
        }
    }
    (out, i)
}

/// A lead text that states a decision (`Socialnämnden fastställer ...`).
fn looks_like_decision(t: &str) -> bool {
    let f = fold(t);
    [
        "beslutar",
        "beslutade",
        "fastställer",
        "fastställde",
        "godkänner",
        "godkände",
        "godkändes",
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
pub(crate) fn join_items(items: &[&Item]) -> String {
    let mut out = String::new();
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

fn back_matter(src: &str, items: &[Item], doc: &mut Document) {
    // A digital signature table: `Name<TAB>Date` rows.
    for it in items {
        if it.kind != ItemKind::TableRow || it.cells.len() < 2 {
            continue;
        }
        let (name, nspan) = (&it.cells[0].0, it.cells[0].1);
        let Some(date) = it.cells[1..].iter().find_map(|(t, s)| {
            find_dates(t, 0)
                .into_iter()
                .next()
                .map(|d| relocate(src, d, *s))
        }) else {
            continue;
        };
        let name = match name.split_once(',') {
            Some((first, last)) if !last.contains(' ') => {
                format!("{} {}", first.trim(), last.trim())
            }
            _ => name.clone(),
        };
        if name.split_whitespace().count() >= 2 {
            doc.signatures.push(Signature {
                role: None,
                name,
                date: Some(date),
                digital: true,
                span: nspan,
            });
        }
    }
}

/// The signature block after the last paragraph (`Underskrifter`,
/// `Vid protokollet` / `Justeras`), read like the front's labels; only who
/// signed is taken from it.
fn back_signatures(src: &str, lines: &[(usize, usize)], items: &[Item], doc: &mut Document) {
    let mut back = Document {
        attendance: Attendance::default(),
        justering: Justering::default(),
        secretary: None,
        signatures: Vec::new(),
        ..empty_document(src.len())
    };
    front(src, lines, items, &mut back);
    let chair = doc
        .attendance
        .members
        .iter()
        .find(|m| m.role.as_deref() == Some("ordförande"))
        .map(|m| m.name.clone())
        .or_else(|| {
            doc.signatures
                .iter()
                .find(|s| s.role.as_deref() == Some("ordförande"))
                .map(|s| s.name.clone())
        });
    if doc.secretary.is_none() {
        doc.secretary = back.secretary;
    }
    for mut j in back.justering.justerare {
        let is_chair = chair.as_deref() == Some(j.name.as_str());
        if !doc.signatures.iter().any(|s| s.name == j.name) {
            doc.signatures.push(Signature {
                role: Some(if is_chair { "ordförande" } else { "justerare" }.into()),
                name: j.name.clone(),
                date: None,
                digital: false,
                span: j.span,
            });
        }
        if is_chair {
            continue;
        }
        if !doc.justering.justerare.iter().any(|x| x.name == j.name) {
            j.scope = None;
            doc.justering.justerare.push(j);
        }
    }
    for sig in back.signatures {
        if !doc
            .signatures
            .iter()
            .any(|s| s.name == sig.name && s.role == sig.role)
        {
            doc.signatures.push(sig);
        }
    }
}

/// Anslag: posted, removed, appeal deadline, where kept. Searched everywhere.
/// One line may hold several labels (`Datum då anslaget sätts upp 2024-05-22
/// Datum då anslaget tas ned 2024-06-13`); each takes the date after it, or
/// on the next line when the value stands under its label.
fn notice(src: &str, items: &[Item], doc: &mut Document) {
    #[derive(Clone, Copy, PartialEq)]
    enum Slot {
        Posted,
        Removed,
        Appeal,
        Kept,
    }
    const LABELS: [(&str, Slot); 23] = [
        ("sista dag för överklagande", Slot::Appeal),
        ("sista dag att överklaga", Slot::Appeal),
        ("sista datum för överklagande", Slot::Appeal),
        ("överklagande", Slot::Appeal),
        ("överklaga", Slot::Appeal),
        ("tas ner", Slot::Removed),
        ("tas ned", Slot::Removed),
        ("nedtagande", Slot::Removed),
        ("tas bort", Slot::Removed),
        ("anslaget till och med", Slot::Removed),
        ("sattes upp", Slot::Posted),
        ("sätts upp", Slot::Posted),
        ("sattes upp", Slot::Posted),
        ("uppsättande", Slot::Posted),
        ("anslagsdatum", Slot::Posted),
        ("anslaget publicerat", Slot::Posted),
        ("datum för anslag", Slot::Posted),
        ("protokollet anslås", Slot::Posted),
        ("anslaget uppsatt", Slot::Posted),
        ("förvaringsplats för protokollet", Slot::Kept),
        ("förvaringsplats", Slot::Kept),
        ("förvaras", Slot::Kept),
        ("protokollet finns tillgängligt", Slot::Kept),
    ];
    for (i, it) in items.iter().enumerate() {
        if !matches!(
            it.kind,
            ItemKind::Text | ItemKind::TableRow | ItemKind::ListItem(_) | ItemKind::Strong
        ) || it.text.len() > 300
        {
            continue;
        }
        let lower = lower_same_len(&it.text);
        if !(lower.contains("anslag")
            || lower.contains("överklag")
            || lower.contains("förvar")
            || lower.contains("nedtagande")
            || lower.contains("protokollet finns"))
        {
            continue;
        }
        // Label occurrences, left to right, longest first at one place.
        let mut found: Vec<(usize, usize, Slot)> = Vec::new();
        for (w, slot) in LABELS {
            for (k, _) in lower.match_indices(w) {
                if !found.iter().any(|&(a, b, _)| k < b && a < k + w.len()) {
                    found.push((k, k + w.len(), slot));
                }
            }
        }
        found.sort_by_key(|f| f.0);
        for (n, &(_, end, slot)) in found.iter().enumerate() {
            let stop = found.get(n + 1).map(|f| f.0).unwrap_or(lower.len());
            let piece = &it.text[end.min(stop)..stop];
            let next = items[i + 1..]
                .iter()
                .take(3)
                .find(|x| !x.is_blank() && !x.furniture && x.kind == ItemKind::Text);
            if slot == Slot::Kept {
                if doc.notice.kept_at.is_some() {
                    continue;
                }
                let v0 = piece
                    .trim_start_matches(|c: char| c == ':' || c.is_whitespace())
                    .trim_start_matches("för protokollet");
                let v = v0
                    .trim_start_matches("på:")
                    .trim_start_matches("på ")
                    .trim_start_matches("hos ")
                    .trim_start_matches([':', ' '])
                    .trim_end_matches(['.', ' ']);
                // `... finns tillgängligt för medlemmarna` is prose, not a place.
                let v1 = v0.trim_start_matches([':', ' ']);
                let led = piece.trim_start().starts_with(':')
                    || v1.starts_with("på")
                    || v1.starts_with("hos");
                if v.starts_with(|c: char| c.is_lowercase()) && !led {
                    continue;
                }
                let v = if v.is_empty() {
                    next.filter(|x| x.line <= it.line + 2)
                        .map(|x| (x.text.clone(), x.span))
                } else {
                    Some((v.to_string(), tail_span(src, it.span, v)))
                };
                if let Some((t, sp)) = v {
                    doc.notice.kept_at = Some(Text::new(t, sp));
                    doc.notice.span = Some(doc.notice.span.map_or(it.span, |s| s.cover(it.span)));
                }
                continue;
            }
            let mut date = find_dates(piece, 0)
                .into_iter()
                .next()
                .map(|d| (relocate(src, d, it.span), it.span));
            if date.is_none() && found.len() == 1 && piece.trim().is_empty() {
                date = next.filter(|x| x.line <= it.line + 2).and_then(|x| {
                    find_dates(&x.text, 0)
                        .into_iter()
                        .next()
                        .filter(|d| x.text.starts_with(&d.written))
                        .map(|d| (relocate(src, d, x.span), x.span))
                });
            }
            let target = match slot {
                Slot::Posted => &mut doc.notice.posted,
                Slot::Removed => &mut doc.notice.removed,
                _ => &mut doc.notice.appeal_deadline,
            };
            if target.is_none() {
                if let Some((d, sp)) = date {
                    *target = Some(d);
                    let cover = it.span.cover(sp);
                    doc.notice.span = Some(doc.notice.span.map_or(cover, |s| s.cover(cover)));
                }
            }
        }
    }
}

/// Lower case with every character keeping its byte length, so offsets
/// found in the result hold in the original.
fn lower_same_len(s: &str) -> String {
    s.chars()
        .map(|c| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                _ => c,
            }
        })
        .collect()
}

/// Decide the document's kind from what was found.
fn classify(src: &str, items: &[Item], doc: &mut Document) {
    let head: String = items
        .iter()
        .filter(|i| !i.is_blank())
        .take(40)
        .map(|i| fold(&i.text))
        .collect::<Vec<_>>()
        .join("\n");
    let _ = src;
    let has_attendance =
        !doc.attendance.members.is_empty() || !doc.attendance.serving_substitutes.is_empty();
    if !doc.paragraphs.is_empty() && (has_attendance || head.contains("protokoll")) {
        doc.kind = DocumentKind::Protocol;
        doc.kind_reason = format!(
            "{} paragraphs{}",
            doc.paragraphs.len(),
            if has_attendance {
                " and an attendance list"
            } else {
                " under a protocol heading"
            }
        );
    } else if head.contains("tjänsteskrivelse") || head.contains("tjänsteutlåtande") {
        doc.kind = DocumentKind::Memo;
        doc.kind_reason = "names itself a tjänsteskrivelse".into();
    } else if !doc.paragraphs.is_empty() {
        doc.kind = DocumentKind::Protocol;
        doc.kind_reason = format!("{} numbered paragraphs", doc.paragraphs.len());
    } else {
        doc.kind = DocumentKind::Unknown;
        doc.kind_reason = "no numbered paragraphs, attendance list or memo heading found".into();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_cover_small_inputs() {
        for src in [
            "",
            "x",
            "\n\n",
            "## § 1\nText\n",
            "§ 1 Dnr KS 2024/1\nTitel\n\nBeslut\nNämnden beslutar.\n",
        ] {
            let d = parse(src);
            assert_eq!(d.blocks.first().map(|b| b.span.start), Some(0), "{src:?}");
            assert_eq!(
                d.blocks.last().map(|b| b.span.end),
                Some(src.len()),
                "{src:?}"
            );
            for w in d.blocks.windows(2) {
                assert_eq!(w[0].span.end, w[1].span.start);
            }
        }
    }

    #[test]
    fn references_are_not_headings() {
        let d = parse("§ 12  Dnr KS 2024/1\nTitel\n\n§ 157, se ovan\n§ 64 och mer\n");
        assert_eq!(
            d.paragraphs.iter().map(|p| p.number).collect::<Vec<_>>(),
            vec![12]
        );
    }

    #[test]
    fn toc_lines_are_not_headings() {
        let d = parse("Innehåll\n§ 24 Dnr IF-2025-00087\nYttrande över remiss ........ 3\n\n§ 24   Dnr IF-2025-00087\nYttrande över remiss\n\nBeslut\nNämnden antar yttrandet.\n");
        assert_eq!(d.paragraphs.len(), 1);
        assert_eq!(d.paragraphs[0].title, "Yttrande över remiss");
        assert_eq!(d.toc.len(), 1);
        assert_eq!(d.toc[0].page, Some(3));
        assert_eq!(
            d.paragraphs[0].decision.as_ref().unwrap().text,
            "Nämnden antar yttrandet."
        );
    }
}
