//! Runs, tables and blocks rendered as the markdown-like text the scanner
//! reads.

use super::body::{Block, Kind, Table};
use super::notes::strip_markers;

/// Text without our markers.
pub(super) fn visible(s: &str) -> String {
    strip_markers(s).0
}

/// Run flags: bold, italic.
pub(super) const BOLD: u8 = 1;
pub(super) const ITALIC: u8 = 2;

/// Join runs, wrapping bold stretches in `**`, italic ones in `*` (both
/// `***`), with the white space outside the markers.
pub(super) fn render_runs(segs: &[(String, u8)]) -> String {
    // Each run's visible text once: everything below stays linear.
    let vis: Vec<String> = segs.iter().map(|s| visible(&s.0)).collect();
    // White space between two runs of the same emphasis (a line break, a
    // space in a run of its own) takes that emphasis.
    let mut segs = segs.to_vec();
    let n = segs.len();
    let mut next_flags = vec![0u8; n];
    let mut next = 0;
    for i in (0..n).rev() {
        next_flags[i] = next;
        if !vis[i].trim().is_empty() {
            next = segs[i].1;
        }
    }
    let mut last = 0;
    for i in 0..n {
        if segs[i].1 == 0 && vis[i].trim().is_empty() && i > 0 && i + 1 < n && last == next_flags[i]
        {
            segs[i].1 = last;
        }
        if !vis[i].is_empty() {
            last = segs[i].1;
        }
    }
    let mut out = String::new();
    let mut i = 0;
    while i < segs.len() {
        let flags = segs[i].1;
        let mut group = String::new();
        let mut group_visible = String::new();
        while i < segs.len() && segs[i].1 == flags {
            if flags & BOLD != 0 && !group.is_empty() {
                let tail = group_visible
                    .chars()
                    .next_back()
                    .map(String::from)
                    .unwrap_or_default();
                if separate_bold(&tail, &vis[i]) {
                    break;
                }
            }
            group.push_str(&segs[i].0);
            group_visible.push_str(&vis[i]);
            i += 1;
        }
        if flags == 0 || group_visible.trim().is_empty() {
            out.push_str(&group);
            continue;
        }
        let marker = match flags {
            BOLD => "**",
            ITALIC => "*",
            _ => "***",
        };
        let core = group.trim();
        let lead = &group[..group.len() - group.trim_start().len()];
        let trail = &group[group.trim_end().len()..];
        out.push_str(lead);
        out.push_str(marker);
        out.push_str(core);
        out.push_str(marker);
        out.push_str(trail);
    }
    out
}

/// Whether two bold runs that touch are separate bold phrases (`**§ 22**`
/// then `**Budget**` with no space between) rather than one word split
/// into runs by the editor: the junction changes from digit to letter,
/// from punctuation to a letter or from lower to upper case.
pub(super) fn separate_bold(before: &str, after: &str) -> bool {
    let (Some(a), Some(b)) = (before.chars().next_back(), after.chars().next()) else {
        return false;
    };
    if a.is_whitespace() || b.is_whitespace() {
        return false;
    }
    (a.is_numeric() && b.is_alphabetic())
        || (a.is_alphabetic() && b.is_numeric())
        || (!a.is_alphanumeric()
            && b.is_alphanumeric()
            && !matches!(a, '-' | '\'' | '’' | '/' | '.' | ','))
        || (a.is_lowercase() && b.is_uppercase())
}

pub(super) fn render_table(t: Table) -> String {
    let cols = t.rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let mut lines = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let cells: Vec<String> = (0..cols)
            .map(|c| {
                row.get(c)
                    .map(|s| s.replace('|', "\\|"))
                    .unwrap_or_default()
            })
            .collect();
        lines.push(format!("| {} |", cells.join(" | ")));
        if i == 0 {
            lines.push(format!("|{}", "---|".repeat(cols)));
        }
    }
    lines.join("\n")
}

pub(super) fn join_blocks(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut prev: Option<Kind> = None;
    for b in blocks {
        if b.kind == Kind::Empty {
            out.push_str(&b.text);
            continue;
        }
        match prev {
            None => {}
            Some(Kind::List) if b.kind == Kind::List => out.push('\n'),
            Some(_) => out.push_str("\n\n"),
        }
        out.push_str(&b.text);
        prev = Some(b.kind);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}
