//! Page furniture: running headers, footers and page numbers.

use std::collections::HashMap;

use super::interpret::Page;
use super::layout::Line;

pub(super) fn page_number(text: &str) -> Option<u32> {
    let t = text.trim().to_lowercase();
    let t = t.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let t = t
        .strip_prefix("sida")
        .or_else(|| t.strip_prefix("page"))
        .or_else(|| t.strip_prefix("s."))
        .unwrap_or(t);
    let rest: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let ok = !rest.is_empty()
        && rest.len() <= 12
        && rest.chars().next().is_some_and(|c| c.is_ascii_digit())
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || "()/avof".contains(c));
    if !ok {
        return None;
    }
    rest.split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// Drop headers, footers and page numbers. A header or footer is a line
/// in the top or bottom band of the page, with some words in it, that
/// comes back at the same height (digits ignored) on at least half the
/// pages. A page number is the top- or bottom-most line, showing only a
/// number close to the page's own.
pub(super) fn remove_furniture(pages: Vec<Vec<Line>>, raw: &[Page]) -> (Vec<Vec<Line>>, usize) {
    let band = |page: usize, l: &Line| {
        let h = raw.get(page).map_or(842.0, |p| p.height);
        l.y > h * 0.88 || l.y < h * 0.12
    };
    let key = |l: &Line| -> Option<String> {
        if l.text.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            return None;
        }
        let text: String = l
            .text
            .chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect();
        Some(format!("{}|{text}", (l.y / 4.0).round()))
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, lines) in pages.iter().enumerate() {
        let mut keys: Vec<String> = lines
            .iter()
            .filter(|l| band(i, l))
            .filter_map(key)
            .collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let n = pages.len();
    let repeated = |l: &Line| {
        n >= 2
            && key(l)
                .and_then(|k| seen.get(&k).copied())
                .is_some_and(|c| c >= 2 && c * 2 >= n)
    };
    let mut removed = 0;
    // The first time a page header shows, it stays: it may be the only
    // place that names the body and the date. Footers never stay.
    let mut headers_kept: std::collections::HashSet<String> = std::collections::HashSet::new();
    let pages = pages
        .into_iter()
        .enumerate()
        .map(|(i, lines)| {
            let last = lines.len().saturating_sub(1);
            let page = i as u32 + 1;
            let h = raw.get(i).map_or(842.0, |p| p.height);
            lines
                .into_iter()
                .enumerate()
                .filter(|(j, l)| {
                    let numbered = (*j == 0 || *j == last)
                        && page_number(&l.text).is_some_and(|p| p.abs_diff(page) <= 2);
                    let first_header = !numbered
                        && l.y > h * 0.5
                        && key(l).is_some_and(|k| headers_kept.insert(k));
                    let furniture = band(i, l) && (numbered || (repeated(l) && !first_header));
                    removed += furniture as usize;
                    !furniture
                })
                .map(|(_, l)| l)
                .collect()
        })
        .collect();
    (pages, removed)
}
