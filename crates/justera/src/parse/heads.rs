//! Which lines are paragraph heads: `§ N` in any of its forms (`KS § 45`,
//! `31 §`, `$ 155` after OCR), a case number printed above the head, and in
//! documents without `§` the agenda items numbered as written or in order.

use crate::inline::{find_case_numbers, find_dates};
use crate::labels::{front_label, part_kind, FrontLabel};
use crate::model::*;
use crate::scan::{Item, ItemKind};

/// Limits that keep hostile input linear.
const MAX_PARAGRAPHS: usize = 5_000;

/// A paragraph heading found in the items.
#[derive(Clone, Debug)]
pub(super) struct Head {
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

/// `§ 17`, `§17`, `$ 155`: the number and the byte length of the marker and number.
pub(super) fn section_sign_number(t: &str) -> Option<(u32, usize)> {
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
pub(super) fn head_number(t: &str) -> Option<(u32, usize)> {
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
pub(super) fn case_number_line(t: &str) -> bool {
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

pub(super) fn find_heads(src: &str, items: &[Item], toc: &[bool]) -> Vec<Head> {
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
pub(super) fn drop_weak_duplicates(items: &[Item], heads: Vec<Head>) -> Vec<Head> {
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

#[cfg(test)]
mod tests {
    #[test]
    fn references_are_not_headings() {
        let d = crate::parse("§ 12  Dnr KS 2024/1\nTitel\n\n§ 157, se ovan\n§ 64 och mer\n");
        assert_eq!(
            d.paragraphs.iter().map(|p| p.number).collect::<Vec<_>>(),
            vec![12]
        );
    }
}
