//! First pass: the text as a flat list of logical items over lines.
//!
//! An item is a heading, a bold label, a line of text, a list item, a table
//! row, a page marker or a blank line, with its markup stripped and its span
//! (the content without markup) into the source. Conversion damage is undone
//! here: `**§ 17****Title**` is two items; bold that runs across a line break
//! is one item.
//!
//! - `item`: the `Item` and its kinds.
//! - `lines`: lines, and what one line is on its own (rule, table row, list
//!   marker, page break).
//! - `markup`: LaTeX and Typst read as the items markdown gives.
//! - `furniture`: page headers and footers repeated at page breaks.
//!
//! [`scan`] here walks the lines and splits bold segments.

mod front_line;
mod furniture;
mod glued;
mod item;
mod lines;
mod markup;
mod running;

pub use furniture::{known_furniture, signature_labels};
pub use item::{Cells, Item, ItemKind};
pub(crate) use lines::is_page_break;
pub use lines::{collapse_ws, lines, strip_inline, stripped};
pub use markup::{strip_source_markup, Markup};

use std::borrow::Cow;

use crate::model::Span;
use front_line::split_front_lines;
use furniture::mark_furniture;
use glued::split_glued_labels;
use item::to_u32;
use lines::{cells, is_rule, is_table_rule, list_marker, reads_plain, trim_range};
use markup::source_markup;
use running::running_headers;

/// The scanner's state across lines: an unclosed bold segment.
struct Open {
    start: usize,
    text: String,
    line: usize,
    line_start: bool,
    kind: ItemKind,
}

/// Scan the text into items.
pub fn scan(src: &str) -> Vec<Item<'_>> {
    scan_lines(src).0
}

/// [`scan`], and the text's [`lines`] it read (the parse reads them too).
pub(crate) fn scan_lines(src: &str) -> (Vec<Item<'_>>, Vec<(usize, usize)>) {
    scan_lines_as(src, true)
}

/// [`scan_lines`]; with `quick`, a line read as it stands is taken as it
/// stands without asking it for bold segments, tabs and markup again.
fn scan_lines_as(src: &str, quick: bool) -> (Vec<Item<'_>>, Vec<(usize, usize)>) {
    let lines = lines(src);
    let markup = Markup::detect(src);
    let mut items: Vec<Item> = Vec::with_capacity(lines.len());
    let mut open: Option<Open> = None;
    // Depth inside quoting environments: headings quoted there are text.
    let mut quoted = 0usize;
    // Every form feed, found in one pass: the first at or after a place.
    let feeds: Vec<usize> = memchr::memchr_iter(b'\x0c', src.as_bytes()).collect();
    let mut feed = 0;
    let mut feed_in = |a: usize, b: usize| {
        while feed < feeds.len() && feeds[feed] < a {
            feed += 1;
        }
        feeds.get(feed).copied().filter(|&f| f < b)
    };
    for (ln, &(ls, le)) in lines.iter().enumerate() {
        let (mut cs, ce) = trim_range(src, ls, le);
        // `\fKommunstyrelsen  PROTOKOLL 2 (6)`: a PDF page break (form feed)
        // glued to the first line of the next page.
        if let Some(at) = feed_in(ls, le) {
            if src[at + 1..le].trim().is_empty() {
                // The whole line is a page break: handled below.
            } else if src[ls..at].trim().is_empty() && open.is_none() {
                items.push(Item::new(
                    ItemKind::PageBreak,
                    String::new(),
                    Span::new(at, at + 1),
                    ln,
                    true,
                ));
                cs = trim_range(src, at + 1, ce).0;
            }
        }
        let t = &src[cs..ce];
        if markup != Markup::Markdown && open.is_none() {
            if markup == Markup::Latex {
                let envs = |prefix: &str| {
                    t.match_indices(prefix)
                        .filter(|(k, _)| {
                            let name = &t[k + prefix.len()..];
                            ["quote", "displayquote", "quotation", "verbatim", "comment"]
                                .iter()
                                .any(|e| name.starts_with(&format!("{e}}}")))
                        })
                        .count()
                };
                quoted = (quoted + envs("\\begin{")).saturating_sub(envs("\\end{"));
            }
            if let Some(mut it) = source_markup(markup, src, cs, ce, ln) {
                if quoted > 0 && matches!(it.kind, ItemKind::Heading(_)) {
                    it.kind = ItemKind::Text;
                }
                items.push(it);
                continue;
            }
        }
        if t.is_empty() {
            if let Some(o) = open.take() {
                // A bold run never crosses a blank line: close it as text.
                let span = Span::new(o.start, item_end(&items, o.start));
                items.push(Item::new(
                    o.kind,
                    collapse_ws(&o.text),
                    span,
                    o.line,
                    o.line_start,
                ));
            }
            items.push(Item::new(
                ItemKind::Blank,
                String::new(),
                Span::new(ls, le),
                ln,
                true,
            ));
            continue;
        }
        if let Some(o) = open.take() {
            // Continue the open bold segment on this line.
            if let Some(close) = crate::text::find_str(t, "**") {
                let text = format!("{} {}", o.text, &t[..close]);
                let end = trim_range(src, cs, cs + close).1.max(o.start);
                items.push(Item::new(
                    o.kind,
                    strip_inline(&text),
                    Span::new(o.start, end),
                    o.line,
                    o.line_start,
                ));
                scan_segments(
                    src,
                    cs + close + 2,
                    ce,
                    ln,
                    false,
                    ItemKind::Strong,
                    &mut items,
                    &mut open,
                );
                continue;
            }
            if ln < o.line + 4 && !t.starts_with(['#', '|', '-', '*']) {
                // Still inside the bold run: a title broken over several lines.
                open = Some(Open {
                    text: format!("{} {}", o.text, t),
                    ..o
                });
                continue;
            }
            items.push(Item::new(
                o.kind,
                strip_inline(&o.text),
                Span::new(o.start, cs),
                o.line,
                o.line_start,
            ));
        }
        let indent = cs - ls;
        // Lines that are only markup: a page break, a table's rule, a rule.
        // A page break holds a form feed or opens with `<!--`.
        let marker = if (feed_in(cs, ce).is_some() || t.starts_with("<!--")) && is_page_break(t) {
            Some(ItemKind::PageBreak)
        } else if is_table_rule(t) {
            Some(ItemKind::TableRule)
        } else if is_rule(t) {
            Some(ItemKind::Rule)
        } else {
            None
        };
        if let Some(kind) = marker {
            items.push(Item::new(kind, String::new(), Span::new(cs, ce), ln, true));
            continue;
        }
        if t.starts_with('|') {
            let mut it = Item::new(
                ItemKind::TableRow,
                String::new(),
                Span::new(cs, ce),
                ln,
                true,
            );
            it.cells = cells(src, cs, ce, '|').into();
            it.text = it
                .cells
                .iter()
                .map(|c| c.0.as_str())
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
                .into();
            items.push(it);
            continue;
        }
        // A line read as it stands (most lines): no tab, no markup, and
        // every trimmed piece of it read as it stands too.
        let plain = quick && reads_plain::<true>(t);
        let read = |a: usize, b: usize| {
            if plain {
                Cow::Borrowed(&src[a..b])
            } else {
                stripped(&src[a..b])
            }
        };
        // Tab-separated cells, but a `#` heading with a tab in it (`# § 15
        // <tab> Title`, as templates set a number and its title) is a
        // heading, and so is a line that opens with the number alone before
        // its tab (`**§ 15<tab>Budget**`, typed so in a word processor).
        if !plain
            && memchr::memchr(b'\t', t.as_bytes()).is_some()
            && !t.trim_end_matches('\t').is_empty()
            && !t.starts_with('#')
            && !number_then_tab(t)
        {
            let c = cells(src, cs, ce, '\t');
            if c.iter().filter(|c| !c.0.is_empty()).count() >= 2 {
                let mut it = Item::new(
                    ItemKind::TableRow,
                    String::new(),
                    Span::new(cs, ce),
                    ln,
                    true,
                );
                it.text = c
                    .iter()
                    .map(|c| c.0.as_str())
                    .filter(|c| !c.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
                    .into();
                it.cells = c.into();
                it.indent = to_u32(indent);
                items.push(it);
                continue;
            }
        }
        let hashes = t.bytes().take_while(|&b| b == b'#').count();
        // `##Kallade`: a heading written without the space.
        let unspaced = hashes >= 2
            && t.len() <= 100
            && t[hashes..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if (1..=6).contains(&hashes) && (t[hashes..].starts_with([' ', '*']) || unspaced) {
            let (hs, he) = trim_range(src, cs + hashes, ce);
            let inner = &src[hs..he];
            let inner_trim = inner.trim_end_matches('#').trim_end();
            let (a, b) = strip_outer_bold(src, hs, hs + inner_trim.len());
            let text = read(a, b);
            if !text.is_empty() {
                items.push(Item::new(
                    ItemKind::Heading(hashes as u8),
                    text,
                    Span::new(a, b),
                    ln,
                    true,
                ));
            }
            continue;
        }
        if let Some((mlen, num)) = list_marker(t) {
            let (a, b) = trim_range(src, cs + mlen, ce);
            let mut it = Item::new(
                ItemKind::ListItem(num),
                read(a, b),
                Span::new(a, b),
                ln,
                true,
            );
            it.indent = to_u32(indent);
            items.push(it);
            continue;
        }
        if plain {
            // No bold segment: the line is one text item.
            let mut it = Item::new(ItemKind::Text, &src[cs..ce], Span::new(cs, ce), ln, true);
            it.indent = to_u32(indent);
            items.push(it);
            continue;
        }
        let before = items.len();
        scan_segments(
            src,
            cs,
            ce,
            ln,
            true,
            ItemKind::Strong,
            &mut items,
            &mut open,
        );
        for it in &mut items[before..] {
            it.indent = to_u32(indent);
        }
    }
    if let Some(o) = open.take() {
        let span = Span::new(o.start, src.len());
        items.push(Item::new(
            o.kind,
            strip_inline(&o.text),
            span,
            o.line,
            o.line_start,
        ));
    }
    // Page breaks in LaTeX and Typst are the author's: the page furniture
    // is made by the template and never stands in the source.
    if markup == Markup::Markdown {
        mark_furniture(&mut items);
        running_headers(src, &mut items);
        split_glued_labels(src, &mut items);
        split_front_lines(src, &mut items);
    }
    (items, lines)
}

/// `§ 15<tab>Title`, `**§ 15<tab>Title**`: a paragraph number alone
/// before the line's first tab.
fn number_then_tab(t: &str) -> bool {
    let Some((first, _)) = t.split_once('\t') else {
        return false;
    };
    let first = first.trim().trim_start_matches("**").trim_end_matches("**");
    first
        .strip_prefix('§')
        .map(str::trim_start)
        .is_some_and(|n| !n.is_empty() && n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit()))
}

fn item_end(items: &[Item], min: usize) -> usize {
    items.last().map(|i| i.span.end).unwrap_or(min).max(min)
}

/// `**x**` around a whole range: the range inside.
fn strip_outer_bold(src: &str, a: usize, b: usize) -> (usize, usize) {
    let s = &src[a..b];
    if s.len() >= 4
        && s.starts_with("**")
        && s.ends_with("**")
        && !crate::text::has(&s[2..s.len() - 2], "**")
    {
        return trim_range(src, a + 2, b - 2);
    }
    (a, b)
}

/// One line's content from `start`: bold segments that lead the line become
/// `Strong` items, the rest a `Text` item. A bold segment left open at the
/// line's end is carried in `open`.
#[allow(clippy::too_many_arguments)]
fn scan_segments<'a>(
    src: &'a str,
    start: usize,
    end: usize,
    ln: usize,
    mut line_start: bool,
    kind: ItemKind,
    items: &mut Vec<Item<'a>>,
    open: &mut Option<Open>,
) {
    let mut pos = start;
    loop {
        let (s, e) = trim_range(src, pos, end);
        if s == e {
            return;
        }
        let rest = &src[s..e];
        if let Some(after) = rest.strip_prefix("**") {
            if after.trim().is_empty() {
                return;
            }
            match crate::text::find_str(after, "**") {
                Some(close) => {
                    let (a, b) = trim_range(src, s + 2, s + 2 + close);
                    let text = stripped(&src[a..b]);
                    if !text.is_empty() {
                        items.push(Item::new(kind, text, Span::new(a, b), ln, line_start));
                        line_start = false;
                    }
                    pos = s + 2 + close + 2;
                    continue;
                }
                None => {
                    let (a, b) = trim_range(src, s + 2, e);
                    *open = Some(Open {
                        start: a,
                        text: src[a..b].to_string(),
                        line: ln,
                        line_start,
                        kind,
                    });
                    return;
                }
            }
        }
        let text = stripped(rest);
        if !text.is_empty() {
            items.push(Item::new(
                ItemKind::Text,
                text,
                Span::new(s, e),
                ln,
                line_start,
            ));
        }
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<(ItemKind, String)> {
        scan(src)
            .into_iter()
            .filter(|i| !i.is_blank())
            .map(|i| (i.kind, i.text.into_owned()))
            .collect()
    }

    /// The scan with lines read as they stand taken at once is the scan
    /// that asks every line for its bold segments, tabs and markup, on
    /// generated texts.
    #[test]
    fn lines_read_as_they_stand_are_the_slow_reading() {
        let lines = [
            "Beslut",
            "Nämnden beslutar att godkänna förslaget.",
            "**Beslut**",
            "**§ 4****Titel**",
            "**Titel över",
            "två rader**",
            "## § 5 Budget",
            "##Kallade",
            "# Rubrik ##",
            "- punkt ett",
            "1. första",
            "12) tolfte",
            "| a | b |",
            "|---|---|",
            "Plats\tStadshuset",
            "§ 16\tVal av ordförande",
            "\u{c}Kommunstyrelsen  PROTOKOLL 2 (6)",
            "\u{c}",
            "<!-- sida 3 -->",
            "---",
            "   indragen rad",
            "Anna Berg (S)   Ja",
            "ord\u{a0}med hårt mellanslag",
            "§ 7 – Ärende ”citat”",
            "a_b <b>fet</b> c\\",
            "",
            "   ",
            "Justerare Anna Berg Sekreterare Bo Ek Ordförande Cecilia Dahl och mycket mer text efter det här för att nå längden som behövs",
        ];
        let mut rng = crate::testing::Rng::new(0x1f83_d9ab_fb41_bd6b);
        let mut raw_items = 0;
        for _ in 0..3_000 {
            let mut src = String::new();
            for _ in 0..rng.below(30) {
                src.push_str(lines[rng.below(lines.len())]);
                src.push(if rng.below(8) == 0 { '\r' } else { '\n' });
            }
            let (items, _) = scan_lines_as(&src, true);
            assert_eq!(items, scan_lines_as(&src, false).0, "{src:?}");
            // An item whose text is its raw span holds no tab, line break
            // or gap of spaces there (the column and front page tests
            // take that from it).
            for it in items.iter().filter(|it| it.is_raw(&src)) {
                let raw = it.span.of(&src);
                assert!(!raw.contains(['\t', '\n', '\r']), "{raw:?}");
                assert!(!raw.contains("  "), "{raw:?}");
                raw_items += 1;
            }
        }
        assert!(raw_items > 10_000, "{raw_items}");
    }

    #[test]
    fn glued_bold_splits_into_items() {
        let k = kinds("**§ 17****Ansökan om något****Beslut**\n");
        assert_eq!(
            k,
            vec![
                (ItemKind::Strong, "§ 17".into()),
                (ItemKind::Strong, "Ansökan om något".into()),
                (ItemKind::Strong, "Beslut".into())
            ]
        );
    }

    #[test]
    fn bold_across_a_line_break_is_one_item() {
        let src = "**§ 6****Remiss av Motion om att motverka  \ndesinformationskampanjen**\n";
        let items = scan(src);
        let k: Vec<_> = items.iter().map(|i| i.text.as_ref()).collect();
        assert_eq!(
            k,
            vec![
                "§ 6",
                "Remiss av Motion om att motverka desinformationskampanjen"
            ]
        );
        assert_eq!(
            items[1].span.of(src),
            "Remiss av Motion om att motverka  \ndesinformationskampanjen"
        );
        let src = "**§ 29  \nÖvrigt****Beslut**\n";
        let k: Vec<_> = scan(src).into_iter().map(|i| i.text).collect();
        assert_eq!(k, vec!["§ 29 Övrigt", "Beslut"]);
    }

    #[test]
    fn headings_lists_tables() {
        let src = "### **Yrkanden**\n- punkt\n1. första\n| a | b<br>c |\n|---|---|\nx\ty\n";
        let items = scan(src);
        assert_eq!(items[0].kind, ItemKind::Heading(3));
        assert_eq!(items[0].text, "Yrkanden");
        assert_eq!(items[0].span.of(src), "Yrkanden");
        assert_eq!(items[1].kind, ItemKind::ListItem(None));
        assert_eq!(items[2].kind, ItemKind::ListItem(Some(1)));
        assert_eq!(items[3].kind, ItemKind::TableRow);
        assert_eq!(items[3].cells[1].0, "b c");
        assert_eq!(items[4].kind, ItemKind::TableRule);
        assert_eq!(items[5].kind, ItemKind::TableRow);
        assert_eq!(items[5].cells.len(), 2);
    }

    #[test]
    fn a_heading_with_a_tab_is_a_heading_not_a_table_row() {
        let src = "# § 15\tFastställande av föredragningslista\n";
        let items = scan(src);
        assert_eq!(items[0].kind, ItemKind::Heading(1));
        assert!(items[0].text.starts_with("§ 15"));
        assert!(items[0]
            .text
            .ends_with("Fastställande av föredragningslista"));
    }

    #[test]
    fn a_number_and_its_title_apart_by_a_tab_are_a_line_not_a_row() {
        let k = kinds("**§ 15\tBudget 2025**\n§ 16\tVal av ordförande\nPlats\tStadshuset\n");
        assert_eq!(k[0], (ItemKind::Strong, "§ 15 Budget 2025".into()));
        assert_eq!(k[1], (ItemKind::Text, "§ 16 Val av ordförande".into()));
        assert_eq!(k[2].0, ItemKind::TableRow);
    }

    #[test]
    fn label_then_value_on_one_line() {
        let k = kinds("**Plats och tid** 2024-03-18 Solna stadshus\n");
        assert_eq!(k[0], (ItemKind::Strong, "Plats och tid".into()));
        assert_eq!(k[1], (ItemKind::Text, "2024-03-18 Solna stadshus".into()));
    }
}
