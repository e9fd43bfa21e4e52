//! Vote lists a PDF converter moved to the end of their page. A converter
//! that finds a page's tables apart from its text (pdfplumber, as a
//! municipal archive uses it) writes the text, then each table under a
//! label of its page and number (`[Tabell 7-1](protokoll.tabeller/7-1.csv)`,
//! `Tabell 7-1`). When a paragraph's vote stood mid-page, its list so ends
//! up after the next paragraph's text: that paragraph would get a vote it
//! never held and the voting paragraph lose its roll call.
//!
//! A labelled table whose header row has a yes and a no column, standing
//! in a paragraph whose text above it says nothing of a vote, belongs to
//! the nearest paragraph before it on the same page whose text does (a
//! count, `Omröstning`, `Votering`, `ja-röst`). With no page marks in the
//! text, only the paragraph just before can be that one.

use crate::inline::fold;
use crate::model::Span;
use crate::outcome::VoteList;

/// Labelled tables looked at, at most.
const MAX_TABLES: usize = 200;

/// Lines between a label and its table's first row, at most.
const BEFORE_TABLE: usize = 2;

/// A table label alone on its line: `Tabell 7-1`, `[Tabell 7-1](...)`.
fn label(line: &str) -> bool {
    let t = line.trim().trim_start_matches('[');
    let Some(rest) = t
        .strip_prefix("Tabell ")
        .or_else(|| t.strip_prefix("tabell "))
    else {
        return false;
    };
    let number = rest.split([']', ' ', '(']).next().unwrap_or("");
    let mut parts = number.split(['-', '.', ':']);
    let digits =
        |s: Option<&str>| s.is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
    let numbered = digits(parts.next()) && parts.all(|p| digits(Some(p)));
    let after = &rest[number.len()..];
    numbered && (after.is_empty() || after.starts_with("](") && after.ends_with(')'))
}

/// The table under the label at `start` (its rows' span), when its header
/// row has a yes and a no column.
fn vote_table(src: &str, start: usize) -> Option<Span> {
    let mut pos = start + src[start..].find('\n')? + 1;
    let mut skipped = 0;
    let mut table: Option<Span> = None;
    let mut header: Option<&str> = None;
    while pos < src.len() {
        let end = src[pos..].find('\n').map_or(src.len(), |k| pos + k);
        let t = src[pos..end].trim();
        if t.starts_with('|') {
            header.get_or_insert(t);
            table = Some(Span::new(table.map_or(pos, |s| s.start), end));
        } else if table.is_some() || !t.is_empty() && skipped >= BEFORE_TABLE {
            break;
        } else if !t.is_empty() {
            skipped += 1;
        }
        pos = end + 1;
    }
    let cells: Vec<String> = header?
        .split('|')
        .map(|c| fold(c.trim().trim_matches('*')))
        .collect();
    let column = |w: &str| {
        cells.iter().any(|c| {
            c == w
                || c.strip_prefix(w)
                    .is_some_and(|r| r.starts_with(['-', ' ']) || r.starts_with("röst"))
        })
    };
    (column("ja") && column("nej")).then_some(table?)
}

/// Bytes of a paragraph looked at for a vote, at most: a page's worth,
/// so that a document of many labels is not folded again for each.
const LOOK: usize = 20_000;

/// Whether `src[from..to]` tells of a counted vote, read in its last
/// [`LOOK`] bytes.
fn tells_of_a_vote(src: &str, from: usize, to: usize) -> bool {
    let mut from = from.max(to.saturating_sub(LOOK));
    while !src.is_char_boundary(from) {
        from += 1;
    }
    let f = fold(&src[from..to]);
    [
        "omröstning",
        "votering",
        "ja-röst",
        "ja röst",
        "röstar ja",
        "röstade ja",
    ]
    .iter()
    .any(|w| f.contains(w))
}

/// The vote lists in `src[from..]` moved to the end of their page, each
/// given to the paragraph whose vote it lists; `paragraphs` are each
/// paragraph's number and span, in order.
pub(super) fn moved_lists(src: &str, from: usize, paragraphs: &[(u32, Span)]) -> Vec<VoteList> {
    let mut out = Vec::new();
    let finder = memchr::memmem::Finder::new("abell ");
    let bytes = src.as_bytes();
    // Where each page starts (its mark), found once, at the first label.
    let mut marks: Option<Vec<usize>> = None;
    let mut seen = 0;
    for at in finder.find_iter(&bytes[from.min(bytes.len())..]) {
        let at = from + at;
        // A label opens its line (`Tabell`, `[Tabell`, after a blank or
        // two): its line starts a few bytes back, or the hit is text.
        let lo = at.saturating_sub(8);
        let start = match memchr::memrchr(b'\n', &bytes[lo..at]) {
            Some(k) => lo + k + 1,
            None if lo == 0 => 0,
            None => continue,
        };
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(src.len(), |k| at + k);
        if !label(&src[start..end]) {
            continue;
        }
        seen += 1;
        if seen > MAX_TABLES {
            break;
        }
        let Some(k) = paragraphs.iter().rposition(|p| p.1.start <= start) else {
            continue;
        };
        let holder = paragraphs[k].1;
        // The page the table stands on starts at the last page mark
        // before it; with none, only the paragraph just before counts.
        let marks = marks.get_or_insert_with(|| {
            memchr::memmem::find_iter(bytes, "<!-- sida")
                .take(100_000)
                .collect()
        });
        let page = marks[..marks.partition_point(|&m| m < start)]
            .last()
            .map(|&m| m.max(from));
        let on_page = |p: Span| p.start.max(page.unwrap_or(0));
        if k == 0 || start >= holder.end || tells_of_a_vote(src, on_page(holder), start) {
            continue;
        }
        let Some(table) = vote_table(src, start) else {
            continue;
        };
        let owner = paragraphs[..k]
            .iter()
            .rev()
            .take_while(|p| page.is_some_and(|s| p.1.end > s))
            .chain(page.is_none().then(|| &paragraphs[k - 1]))
            .find(|p| tells_of_a_vote(src, p.1.start, p.1.end));
        if let Some(owner) = owner {
            out.push(VoteList {
                span: Span::new(start, table.end),
                number: owner.0,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_of_tables() {
        for yes in [
            "Tabell 7-1",
            "[Tabell 7-1](protokoll.tabeller/7-1.csv)",
            "tabell 12",
        ] {
            assert!(label(yes), "{yes}");
        }
        for no in [
            "Tabell 7-1 visar resultatet",
            "Tabell",
            "Tabellen nedan",
            "[Tabell 7-1]",
        ] {
            assert!(!label(no), "{no}");
        }
    }
}
