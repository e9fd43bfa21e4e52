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

/// Drop headers, footers and page numbers. A header or footer line has
/// some words in it and comes back at the same height (digits ignored) on
/// at least half the pages; a page number shows only a number close to the
/// page's own. Both go in the top or bottom eighth of the page, and further
/// in (to a quarter from the top, a fifth from the bottom) while they run
/// on from the edge unbroken: a header table of several rows (`Protokoll`,
/// `Sammanträdesdatum`, `Sida 3(25)`) reaches further down than a single
/// line, on any paper size. They go on every page, the first too: a Word
/// file keeps them out of the body the same way, and left on the first
/// page a header reads as a document of its own (a bundle's first memo).
///
/// Returns the pages, the number of lines dropped, and the lines dropped
/// from the top of the first page (its running header).
pub(super) fn remove_furniture(
    pages: Vec<Vec<Line>>,
    raw: &[Page],
) -> (Vec<Vec<Line>>, usize, Vec<Line>) {
    let height = |page: usize| raw.get(page).map_or(842.0, |p| p.height);
    let edge = |page: usize, l: &Line| {
        let h = height(page);
        l.y > h * 0.88 || l.y < h * 0.12
    };
    let near_edge = |page: usize, l: &Line| {
        let h = height(page);
        l.y > h * 0.75 || l.y < h * 0.2
    };
    let key = |l: &Line| -> Option<String> {
        if l.text.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            // A line of a date or number alone (the meeting's date under
            // `Sammanträdesdatum` in a header table's cell) is furniture
            // when it comes back as it is, digits and all; shorter ones
            // (a page number, a count) are not told apart by their text.
            let t = l.text.trim().trim_matches('*');
            let digits = t.bytes().filter(u8::is_ascii_digit).count();
            return (digits >= 6).then(|| format!("{}|={t}", (l.y / 4.0).round()));
        }
        // Numbers ignored (page numbers: `Sida 9(12)` and `Sida 10(12)`
        // alike), except on a paragraph head (`§ 131   Dnr KS-2025-00014`)
        // that opens many pages at the same height, or a page's stamp
        // naming its paragraph (`Socialnämnden 2024-03-18 § 2`): its
        // number is what tells it from the others.
        let head = l.text.trim_start().starts_with('§') || ends_with_paragraph(&l.text);
        let mut text = String::with_capacity(l.text.len());
        for c in l.text.chars() {
            if c.is_ascii_digit() && !head {
                if !text.ends_with('#') {
                    text.push('#');
                }
            } else {
                text.push(c);
            }
        }
        Some(format!("{}|{text}", (l.y / 4.0).round()))
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, lines) in pages.iter().enumerate() {
        let mut keys: Vec<String> = lines
            .iter()
            .filter(|l| near_edge(i, l))
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
    let drops: Vec<Vec<bool>> = pages
        .iter()
        .enumerate()
        .map(|(i, lines)| {
            let page = i as u32 + 1;
            let furniture = |l: &Line| {
                repeated(l) || page_number(&l.text).is_some_and(|p| p.abs_diff(page) <= 2)
            };
            let mut drop = vec![false; lines.len()];
            // From the top down, then from the bottom up: furniture goes;
            // other text in the outer band is passed over, and once it has
            // been, the run ends where the outer band does.
            let order: Vec<usize> = (0..lines.len()).collect();
            for run in [order.clone(), order.into_iter().rev().collect()] {
                let mut broken = false;
                for j in run {
                    let l = &lines[j];
                    let outer = edge(i, l);
                    if !near_edge(i, l) || broken && !outer {
                        break;
                    }
                    if furniture(l) {
                        drop[j] = true;
                    } else if outer {
                        broken = true;
                    } else {
                        break;
                    }
                }
            }
            drop
        })
        .collect();
    // Pages that show nothing but the same lines: those are the text.
    if drops.iter().flatten().all(|d| *d) {
        return (pages, 0, Vec::new());
    }
    let removed = drops.iter().flatten().filter(|d| **d).count();
    let header: Vec<Line> = pages
        .first()
        .zip(drops.first())
        .map(|(lines, drop)| {
            lines
                .iter()
                .zip(drop)
                .filter(|(l, d)| **d && l.y > height(0) * 0.5)
                .map(|(l, _)| l.clone())
                .collect()
        })
        .unwrap_or_default();
    let pages = pages
        .into_iter()
        .zip(drops)
        .map(|(lines, drop)| {
            lines
                .into_iter()
                .zip(drop)
                .filter(|(_, d)| !d)
                .map(|(l, _)| l)
                .collect()
        })
        .collect();
    (pages, removed, header)
}

/// `... § 12`: a line ending with a paragraph's sign and number.
fn ends_with_paragraph(t: &str) -> bool {
    let t = t.trim_end();
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (1..=4).contains(&digits)
        && t[..t.len() - digits]
            .trim_end()
            .strip_suffix('§')
            .is_some_and(|r| !r.ends_with('§'))
}

#[cfg(test)]
mod tests {
    use crate::input::pdf::tests::pdf;

    /// A stamp over each page naming its paragraph (`Socialnämnden 2024-03-18
    /// § 2`), the only head the paragraph has, its title under it: the stamps
    /// differ by their numbers, so they are no running header and stay.
    #[test]
    fn a_stamp_naming_each_pages_paragraph_is_no_running_header() {
        let titles = ["Val av justerare", "Budget 2025", "Övrigt"];
        let stamps = [
            "Socialnämnden 2024-03-18 § 1",
            "Socialnämnden 2024-03-18 § 2",
            "Socialnämnden 2024-03-18 § 3",
        ];
        let pages: Vec<Vec<(f32, f32, bool, &str)>> = (0..3)
            .map(|i| {
                vec![
                    (72.0, 800.0, false, stamps[i]),
                    (72.0, 700.0, true, titles[i]),
                    (72.0, 670.0, true, "Beslut"),
                    (72.0, 640.0, false, "Nämnden beslutar enligt förslaget."),
                    (72.0, 60.0, false, "Justerandes signatur"),
                ]
            })
            .collect();
        let d = crate::input::decode(&pdf(&pages, false)).unwrap();
        let doc = crate::parse(&d.text);
        let got: Vec<(u32, &str)> = doc
            .paragraphs
            .iter()
            .map(|p| (p.number, p.title.as_str()))
            .collect();
        assert_eq!(
            got,
            [(1, titles[0]), (2, titles[1]), (3, titles[2])],
            "{}",
            d.text
        );
        // One paragraph over two pages, the same stamp on both: read once.
        let stamp = "Socialnämnden 2024-03-18 § 45";
        let pages = vec![
            vec![
                (72.0, 800.0, false, stamp),
                (72.0, 700.0, true, "Budget 2025"),
                (72.0, 670.0, true, "Ärendet"),
                (
                    72.0,
                    640.0,
                    false,
                    "Förvaltningen har tagit fram en budget.",
                ),
            ],
            vec![
                (72.0, 800.0, false, stamp),
                (72.0, 700.0, true, "Beslut"),
                (72.0, 670.0, false, "Nämnden beslutar enligt förslaget."),
            ],
        ];
        let d = crate::input::decode(&pdf(&pages, false)).unwrap();
        let doc = crate::parse(&d.text);
        let got: Vec<(u32, &str)> = doc
            .paragraphs
            .iter()
            .map(|p| (p.number, p.title.as_str()))
            .collect();
        assert_eq!(got, [(45, "Budget 2025")], "{}", d.text);
        assert!(doc.paragraphs[0].decision.is_some(), "{}", d.text);
    }
}
