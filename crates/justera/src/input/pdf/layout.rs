//! Page layout: placed pieces into lines, lines into blocks of text with
//! headings and emphasis.

use std::collections::BTreeMap;

use super::interpret::{Page, Piece};
use crate::labels::contents_heading;

#[derive(Clone, Debug)]
pub(super) struct Line {
    pub(super) y: f32,
    pub(super) x: f32,
    pub(super) end: f32,
    /// The widest gap between two pieces, in ems: columns, not words.
    pub(super) gap: f32,
    pub(super) size: f32,
    pub(super) bold: bool,
    pub(super) italic: bool,
    pub(super) text: String,
    /// Where each piece stands: (x, end, byte offset of its text in
    /// `text`), for splitting a line into table cells.
    pub(super) pieces: Vec<(f32, f32, usize)>,
    /// A table row (`| a | b |`); `Some(true)` for a table's first row,
    /// which carries the rule under it.
    pub(super) row: Option<bool>,
    /// The right edge of the text column the line stands in, when it is
    /// one of two columns side by side (0: the page's).
    pub(super) column_right: f32,
}

/// Pieces into lines: same baseline (within a third of the font size),
/// then left to right; a gap wider than a space becomes one, a wide gap a
/// tab.
pub(super) fn lines_of(page: &Page) -> Vec<Line> {
    let mut pieces: Vec<&Piece> = page.pieces.iter().filter(|p| !p.text.is_empty()).collect();
    pieces.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<&Piece>> = Vec::new();
    for p in pieces {
        match rows.last_mut() {
            Some(row) if (row[0].y - p.y).abs() <= row[0].size.max(p.size).max(1.0) * 0.35 => {
                row.push(p)
            }
            _ => rows.push(vec![p]),
        }
    }
    // Where default tab stops are counted from: the text's left edge.
    let margin = rows.iter().flatten().map(|p| p.x).fold(f32::MAX, f32::min);
    let mut lines = Vec::new();
    for mut row in rows {
        row.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut text = String::new();
        let mut prev_end: Option<f32> = None;
        let size = row.iter().map(|p| p.size).fold(0.0, f32::max);
        let visible: Vec<&&Piece> = row.iter().filter(|p| !p.text.trim().is_empty()).collect();
        let bold = !visible.is_empty() && visible.iter().all(|p| p.bold);
        let italic = !visible.is_empty() && visible.iter().all(|p| p.italic);
        // Bold or italic words inside a line are marked; a line all in one
        // emphasis is marked as a whole later.
        let mut open: Option<&str> = None;
        let mut widest: f32 = 0.0;
        let mut placed = Vec::with_capacity(row.len());
        for p in &row {
            let marker = match (p.text.trim().is_empty(), bold || italic) {
                (true, _) | (_, true) => open,
                _ if p.bold => Some("**"),
                _ if p.italic => Some("*"),
                _ => None,
            };
            if open.is_some() && marker != open {
                close_marker(&mut text, open.unwrap_or_default());
                open = None;
            }
            if let Some(end) = prev_end {
                let gap = p.x - end;
                widest = widest.max(gap / size.max(1.0));
                let origin = row[0].x;
                // (A list's text after its marker stands at a stop too.)
                if gap > size * 2.5
                    || gap > size * 0.6
                        && at_default_stop(p.x, [margin, origin])
                        && !starts_item(&format!("{} x", text.trim()))
                {
                    text = text.trim_end().to_string();
                    text.push('\t');
                } else if gap > size * 0.15
                    && !text.ends_with([' ', '\t'])
                    && !p.text.starts_with(' ')
                {
                    text.push(' ');
                }
            }
            if let (Some(m), None) = (marker, open) {
                text.push_str(m);
                open = Some(m);
            }
            if !p.text.trim().is_empty() {
                let lead = p.text.len() - p.text.trim_start().len();
                placed.push((p.x, p.end, text.len() + lead));
            }
            text.push_str(&p.text);
            prev_end = Some(p.end);
        }
        if let Some(m) = open {
            close_marker(&mut text, m);
        }
        let lead = text.len() - text.trim_start().len();
        let text = text.trim().to_string();
        for piece in &mut placed {
            piece.2 = piece.2.saturating_sub(lead).min(text.len());
        }
        if !text.is_empty() {
            let end = row.iter().map(|p| p.end).fold(f32::MIN, f32::max);
            lines.push(Line {
                y: row[0].y,
                x: row[0].x,
                end,
                gap: widest,
                size,
                bold,
                italic: italic && !bold,
                text,
                pieces: placed,
                row: None,
                column_right: 0.0,
            });
        }
    }
    lines
}

/// Word's default tab stops: every half inch (the US default) or every
/// 1.25 cm (the Swedish one), from the margin.
const DEFAULT_STOPS: [f32; 2] = [36.0, 35.433];

/// A piece starting on a default tab stop counted from one of `origins`
/// (the margin, or the line's own start in a column or indented block):
/// after a gap wider than a few spaces, a tab put it there.
pub(super) fn at_default_stop(x: f32, origins: [f32; 2]) -> bool {
    origins.iter().any(|&o| {
        DEFAULT_STOPS.iter().any(|&step| {
            let k = (x - o) / step;
            k >= 0.5 && (k - k.round()).abs() * step <= 0.75
        })
    })
}

/// Close a `**` or `*` run with its trailing white space outside it.
pub(super) fn close_marker(text: &mut String, marker: &str) {
    let trimmed = text.trim_end().len();
    let tail = text[trimmed..].to_string();
    text.truncate(trimmed);
    text.push_str(marker);
    text.push_str(&tail);
}

/// The most common font size, weighted by characters: the body text.
pub(super) fn body_font_size(pages: &[Vec<Line>]) -> f32 {
    let mut counts: BTreeMap<i32, usize> = BTreeMap::new();
    for l in pages.iter().flatten() {
        *counts.entry((l.size * 2.0).round() as i32).or_default() += l.text.chars().count();
    }
    counts
        .into_iter()
        .max_by_key(|(_, c)| *c)
        .map_or(10.0, |(s, _)| s as f32 / 2.0)
}

/// The page number a line shows, if that is all it shows: `Sida 3`,
/// `Sida 3 av 12`, `3 (12)`, `3/12`, `- 3 -`, `3`.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Heading(usize),
    Bold,
    Italic,
    Plain,
    /// A table row (`| a | b |`).
    Row,
}

/// Lines into text. A gap clearly larger than the line spacing starts a
/// new block (a blank line). A line that ran to the right margin was
/// wrapped by the layout and is joined to the next with a space, also
/// across a page break; other line ends are kept. Large type becomes a
/// `#` heading, a run of bold lines one `**...**` with `  \n` between its
/// lines. Returns the text and the byte offset where each page starts.
pub(super) fn render_pages(pages: &[Vec<Line>], body: f32) -> (String, Vec<usize>) {
    struct Block {
        kind: Kind,
        text: String,
        blank_before: bool,
        /// (page index, byte offset in `text`) of pages starting here.
        page_starts: Vec<(usize, usize)>,
    }
    let mut blocks: Vec<Block> = Vec::new();
    let mut page_starts = vec![None; pages.len()];
    let mut prev: Option<(&Line, f32)> = None;
    // The right margin: where the long lines of the document end (pages
    // share a layout; a page of short lines alone would mislead).
    let mut ends: Vec<f32> = pages
        .iter()
        .flatten()
        .filter(|l| l.text.chars().count() >= 40 && !l.text.contains('\t'))
        .map(|l| l.end)
        .collect();
    ends.sort_by(f32::total_cmp);
    let right = ends.get(ends.len() * 9 / 10).copied().unwrap_or(0.0);
    let levels = heading_sizes(pages, body);
    // The lowest baseline text reaches: a full page's last line.
    let bottom = pages
        .iter()
        .filter_map(|p| p.iter().map(|l| l.y).reduce(f32::min))
        .fold(f32::MAX, f32::min);
    for (page, lines) in pages.iter().enumerate() {
        for (i, l) in lines.iter().enumerate() {
            let kind = match heading_level(l, body, &levels) {
                _ if l.row.is_some() => Kind::Row,
                Some(n) => Kind::Heading(n),
                None if l.bold => Kind::Bold,
                None if l.italic => Kind::Italic,
                None => Kind::Plain,
            };
            let new_page = i == 0;
            // A table's rows stay together; its first row starts it.
            let table_row = l.row == Some(false) && prev.is_some_and(|(p, _)| p.row.is_some());
            let gap_break = !new_page
                && !table_row
                && prev.is_some_and(|(p, _)| {
                    let gap = p.y - l.y;
                    gap > p.size.max(l.size).max(1.0) * 1.6 || gap < 0.0
                });
            // Wrapped: the next line's first word would not have fitted on
            // this one (a character is about half an em wide).
            let wrapped = prev.is_some_and(|(p, right)| {
                let first_word = l
                    .text
                    .split_whitespace()
                    .next()
                    .map_or(0, |w| w.chars().count());
                // In a column of its own, the column's edge, exactly: a
                // narrow column's short lines come close to it.
                let fits = if p.column_right > 0.0 {
                    p.end + (first_word as f32 + 1.0) * 0.5 * p.size <= p.column_right
                } else {
                    p.end + (first_word as f32 + 1.0) * 0.5 * p.size < right - p.size
                };
                right > 0.0
                    && !fits
                    && p.row.is_none()
                    && l.row.is_none()
                    && p.x <= l.x + p.size
                    && p.gap < 1.2
                    && l.gap < 1.2
                    && !starts_item(&l.text)
                    && !set_with_spaces(&p.text)
                    && !set_with_spaces(&l.text)
                    && !toc_entry(&p.text)
                    && !(i == 0 && ends_early(p, bottom, lines.get(1).map(|n| (l, n))))
                    && !(i == 0 && ends_sentence(&p.text))
            });
            let joins = !gap_break
                && blocks.last().is_some_and(|b| b.kind == kind)
                && if kind == Kind::Row {
                    table_row
                } else {
                    wrapped || (!new_page && !matches!(kind, Kind::Heading(_)))
                };
            if joins {
                let b = blocks.last_mut().expect("joins implies a block");
                let dehyphenate = wrapped && hyphenated(&b.text, &l.text);
                if dehyphenate {
                    b.text.pop();
                }
                b.text.push_str(match (wrapped, kind) {
                    _ if dehyphenate => "",
                    (true, _) if joins_without_space(&b.text, &l.text) => "",
                    (true, _) => " ",
                    (false, Kind::Bold) => "  \n",
                    _ => "\n",
                });
                if new_page {
                    b.page_starts.push((page, b.text.len()));
                }
                b.text.push_str(&l.text);
            } else {
                // At a page break a change of kind (a bold heading after
                // body text) starts a new block; the same kind goes on.
                let kind_changed = blocks.last().is_some_and(|b| b.kind != kind);
                blocks.push(Block {
                    kind,
                    text: l.text.clone(),
                    blank_before: gap_break || prev.is_none() || (new_page && kind_changed),
                    page_starts: if new_page {
                        vec![(page, 0)]
                    } else {
                        Vec::new()
                    },
                });
            }
            prev = Some((l, right));
        }
    }
    let mut out = String::new();
    for (i, b) in blocks.iter().enumerate() {
        let set_off = |k: Kind| matches!(k, Kind::Heading(_) | Kind::Row);
        let heading_near = set_off(b.kind) || i > 0 && set_off(blocks[i - 1].kind);
        if i > 0 {
            out.push_str(if b.blank_before || heading_near {
                "\n\n"
            } else {
                "\n"
            });
        }
        let prefix = match b.kind {
            Kind::Heading(level) => format!("{} ", "#".repeat(level)),
            Kind::Bold => "**".to_string(),
            Kind::Italic => "*".to_string(),
            Kind::Plain | Kind::Row => String::new(),
        };
        for &(page, offset) in &b.page_starts {
            page_starts[page] = Some(
                out.len()
                    + if offset == 0 {
                        0
                    } else {
                        prefix.len() + offset
                    },
            );
        }
        out.push_str(&prefix);
        out.push_str(&b.text);
        if b.kind == Kind::Italic {
            out.push('*');
        }
        if b.kind == Kind::Bold {
            out.push_str("**");
        }
    }
    if !out.is_empty() {
        out.push('\n');
    }
    // A page without text starts where the next one does.
    let mut starts = vec![0; pages.len()];
    let mut next = out.len();
    for i in (0..pages.len()).rev() {
        next = page_starts[i].unwrap_or(next);
        starts[i] = next;
    }
    (out, starts)
}

/// Across a page break, a paragraph does not go on when the page before
/// ended with room for another line and the new page's first line stands
/// alone (a paragraph's gap or nothing under it): a wrapped line would
/// have fitted on the page, and a paragraph moved on to keep a widow
/// company brings two lines or more.
fn ends_early(last: &Line, bottom: f32, first_and_next: Option<(&Line, &Line)>) -> bool {
    let room = last.y - bottom > last.size.max(1.0) * 1.3;
    let alone = first_and_next.is_none_or(|(f, n)| f.y - n.y > f.size.max(1.0) * 1.6);
    room && alone
}

/// A line whose columns are set with runs of spaces (a plain text
/// printed as it is: `Anna Ek (S)          X`): a table's row, not prose
/// that wraps.
fn set_with_spaces(t: &str) -> bool {
    t.trim().contains("   ")
}

/// A line ending a sentence: a full stop, a question or exclamation mark,
/// a colon, after a closing parenthesis or quote or not. At a page's end
/// such a line is not wrapped into the next page's first line, which may
/// be a head or a part's label (`... yrkande.` / `Beslutsgång`, `KF § 46`);
/// a paragraph that goes on there gets a line break, not a space.
fn ends_sentence(t: &str) -> bool {
    t.trim_end()
        .trim_end_matches([')', '"', '”', '’'])
        .ends_with(['.', '!', '?', ':'])
}

/// A line ending in a hyphen right after a letter or digit continues the
/// word (`2024-` `2026`), unless the next word is a conjunction
/// (`offentlighets-` `och sekretesslagen`); so does one broken after a
/// slash between words (`handlingsplan/` `åtgärdsplan`, `och/` `eller`),
/// and a range broken after its dash (`§§ 23–` `28`).
pub(super) fn joins_without_space(before: &str, after: &str) -> bool {
    let mut tail = before.chars().rev();
    let (Some(end @ ('-' | '/' | '–')), Some(c)) = (tail.next(), tail.next()) else {
        return false;
    };
    if end == '/' {
        return c.is_alphanumeric() && after.starts_with(char::is_alphanumeric);
    }
    if end == '–' {
        return c.is_ascii_digit() && after.starts_with(|d: char| d.is_ascii_digit());
    }
    let next = after.split_whitespace().next().unwrap_or("");
    c.is_alphanumeric() && !matches!(next, "och" | "eller" | "samt" | "respektive" | "till")
}

/// A word a typesetter broke at the line's end (`förvaltnin-` `gens`,
/// `Ja-` `cobsson`): the next line goes on in small letters after a
/// piece of a word, which is not an abbreviation (`e-` `post`, `it-`
/// `system`, `EU-` `stöd`) nor a number. The hyphen is the typesetter's,
/// not the word's.
pub(super) fn hyphenated(before: &str, after: &str) -> bool {
    let Some(stem) = before.strip_suffix('-') else {
        return false;
    };
    let piece: Vec<char> = stem
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let lower = piece.iter().filter(|c| c.is_lowercase()).count();
    after.starts_with(char::is_lowercase)
        && piece.len() >= 2
        && lower + 1 >= piece.len()
        && (lower >= 3 || piece.last().is_some_and(|c| c.is_uppercase()))
        && !matches!(
            after.split_whitespace().next().unwrap_or(""),
            "och" | "eller" | "samt" | "respektive" | "till"
        )
}

/// A table of contents entry ends here: leaders or a tab, then a page
/// number (`Val av justerare ........ 3`, `§ 15\tTitel\t3`).
pub(super) fn toc_entry(text: &str) -> bool {
    let t = text.trim_end();
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 4 {
        return false;
    }
    let before = t[..t.len() - digits].trim_end_matches(' ');
    let leaders = before
        .chars()
        .rev()
        .take_while(|&c| c == '.' || c == '…')
        .count();
    before.ends_with('\t') || leaders >= 2
}

/// A list item or numbered point starts here: `- `, `• `, `1. `, `a) `.
pub(super) fn starts_item(text: &str) -> bool {
    let t = text.trim_start();
    if t.starts_with("- ") || t.starts_with("• ") || t.starts_with("– ") {
        return true;
    }
    let head: String = t.chars().take_while(|c| c.is_alphanumeric()).collect();
    let rest = &t[head.len()..];
    !head.is_empty()
        && head.chars().count() <= 3
        && (head.chars().all(|c| c.is_ascii_digit()) || head.chars().count() == 1)
        && (rest.starts_with(". ") || rest.starts_with(") "))
}

/// A heading's type: larger than the body's by an eighth or more.
fn heading_size(l: &Line, body: f32) -> bool {
    body > 0.0 && l.text.chars().count() <= 120 && l.size >= body * 1.12
}

/// A heading's rank key: its size in half points, bold above regular at
/// the same size (weight is the template's second means of rank).
fn heading_key(l: &Line) -> i32 {
    // `as` saturates a size past any number (matrices multiplied without
    // end); the arithmetic after it must not overflow either.
    ((l.size * 2.0).round() as i32)
        .saturating_mul(2)
        .saturating_add(l.bold as i32)
}

/// The heading ranks the document uses, largest first: a line's level is
/// one more than the number of ranks above it. Ranked relative to the body
/// text by the document's own scale, not a fixed ratio (a template's
/// headings may all be within a third of the body), with two exceptions
/// that would push the agenda down a level: the title (the largest type,
/// only at the first heading, over one or two lines) of a document with
/// two heading ranks under it is level 1 beside the first, as a Word
/// title is beside Heading 1 (with one rank under it, the title is its
/// container, as a Heading 1 over Heading 2 items is); and a table of
/// contents heading (`Innehållsförteckning`, a style of its own) takes
/// no rank.
pub(super) fn heading_sizes(pages: &[Vec<Line>], body: f32) -> Vec<i32> {
    let heads: Vec<&Line> = pages
        .iter()
        .flatten()
        .filter(|l| heading_size(l, body) && !contents_heading(&l.text))
        .collect();
    let mut keys: Vec<i32> = heads.iter().map(|l| heading_key(l)).collect();
    keys.sort_unstable_by(|a, b| b.cmp(a));
    keys.dedup();
    if let (Some(first), true) = (heads.first(), keys.len() >= 3) {
        let top = heading_key(first);
        let uses = heads.iter().filter(|l| heading_key(l) == top).count();
        let leading = heads.iter().take_while(|l| heading_key(l) == top).count();
        if top == keys[0] && uses == leading && uses <= 2 {
            keys.remove(0);
        }
    }
    keys
}

pub(super) fn heading_level(l: &Line, body: f32, ranks: &[i32]) -> Option<usize> {
    if !heading_size(l, body) {
        return None;
    }
    let key = heading_key(l);
    let above = ranks.iter().filter(|&&k| k > key).count();
    Some((above + 1).min(6))
}
