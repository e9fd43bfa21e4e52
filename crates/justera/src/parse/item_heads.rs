//! Agenda items as heads in documents without `§` (association minutes,
//! board notes): leaf headings numbered as written (`5. Val av justerare`)
//! or in order.

use super::head_number::section_sign_number;
use super::head_title::after_number;
use super::heads::{Head, MAX_PARAGRAPHS};
use crate::inline::find_dates;
use crate::labels::{contents_heading, front_label, part_kind, FrontLabel};
use crate::scan::{Item, ItemKind};

/// Documents without `§` (association minutes, board notes): the agenda
/// items are the leaf headings of the two shallowest levels that are not
/// part or front labels, numbered as written (`5. Val av justerare`) or in
/// order.
pub(super) fn item_heads(src: &str, items: &[Item]) -> Vec<Head> {
    let level = |it: &Item| match it.kind {
        ItemKind::Heading(l) => l,
        _ => u8::MAX,
    };
    let cands: Vec<usize> = (0..items.len())
        .filter(|&i| {
            let it = &items[i];
            matches!(it.kind, ItemKind::Heading(_))
                && !it.furniture
                && !contents_heading(&it.text)
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
            None => (heads.len() as u32 + 1, String::new(), it.text.to_string()),
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
            case_number: None,
        });
        if heads.len() >= MAX_PARAGRAPHS {
            break;
        }
    }
    heads
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
