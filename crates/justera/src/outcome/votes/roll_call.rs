//! The roll call (voteringslista): a table of members and their ballots,
//! split over pages, with or without a party column, and the chair voting
//! outside it; its tally fills the counts.

use super::sections;
use crate::aligned;
use crate::model::*;
use crate::outcome::bytes::lines;
use crate::outcome::text::lower;
use crate::text::has;

/// A line under a roll call naming one voter and an `X` (the chair left
/// outside the table): `Tommy Rydfeldt, Ordförande (L) X`.
pub(super) fn outside_entry(t: &str, span: Span) -> Option<RollCallEntry> {
    // The party is read in parentheses before the ballot: a line without
    // `(` holds none (asked before the ballot's word is lowered).
    memchr::memchr(b'(', t.as_bytes())?;
    let t = t.trim().trim_start_matches(['-', '•', '*']).trim();
    let (rest, vote, inferred) =
        if let Some(r) = t.strip_suffix(" X").or_else(|| t.strip_suffix(" x")) {
            (r, Ballot::Yes, true)
        } else {
            let (r, w) = t.rsplit_once([' ', '\t'])?;
            // Lower case keeps the length: only a word as long as one of
            // the ballots can lower to it.
            if !matches!(w.len(), 2 | 3 | 6 | 7 | 12) {
                return None;
            }
            let vote = match lower(w).as_str() {
                "ja" => Ballot::Yes,
                "nej" => Ballot::No,
                "avstår" | "avstod" | "blankt" => Ballot::Abstain,
                "frånvarande" => Ballot::Absent,
                _ => return None,
            };
            (r, vote, false)
        };
    let rest = rest
        .trim_end()
        .trim_end_matches([',', ':', '–', '-'])
        .trim_end();
    let open = rest.rfind('(')?;
    let party = rest[open + 1..].strip_suffix(')')?.trim();
    if party.is_empty() || party.len() > 4 || !party.chars().all(char::is_alphabetic) {
        return None;
    }
    let name = rest[..open].split(',').next()?.trim();
    if !crate::inline::plausible_name(name) {
        return None;
    }
    Some(RollCallEntry {
        name: name.to_string(),
        party: Some(party.to_string()),
        vote,
        inferred,
        joined: None,
        span,
    })
}

/// Whether two spaces stand together in `b` (`b.windows(2).any(|w| w ==
/// b"  ")`), eight bytes at a time.
fn two_spaces(b: &[u8]) -> bool {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut last_space = false;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let y = u64::from_le_bytes(w) ^ 0x2020_2020_2020_2020;
        // The high bit of each byte that was a space (no carry crosses a
        // byte, so no other byte is marked).
        let m = !(((y & LOW7) + LOW7) | y | LOW7);
        if m & (m >> 8) != 0 || last_space && m & 0x80 != 0 {
            return true;
        }
        last_space = m >> 63 != 0;
    }
    let rest = chunks.remainder();
    (last_space && rest.first() == Some(&b' ')) || rest.windows(2).any(|w| w == b"  ")
}

/// Voters on lines of their own outside a table: `Anna Berg (S) Ja`, and
/// the chair's `Tommy Rydfeldt, Ordförande (L) X` under a table. Only a
/// line with `(` can be one ([`outside_entry`]): the lines are those the
/// `(`s found stand on, each read once, in order.
pub(super) fn outside_entries(src: &str, span: Span) -> Vec<RollCallEntry> {
    let mut out = Vec::new();
    let s = span.of(src);
    let b = s.as_bytes();
    // Where the next line to read may start: a `(` before it stands on a
    // line read already.
    let mut next = 0;
    for k in memchr::memchr_iter(b'(', b) {
        if k < next {
            continue;
        }
        let start = memchr::memrchr(b'\n', &b[..k]).map_or(0, |e| e + 1);
        let end = memchr::memchr(b'\n', &b[k..]).map_or(b.len(), |e| k + e);
        next = end + 1;
        let line = &s[start..end];
        let t = line.trim();
        let lead = line.len() - line.trim_start().len();
        let pos = span.start + start;
        if !t.starts_with('|') && t.len() < 120 {
            if let Some(e) = outside_entry(t, Span::new(pos + lead, pos + lead + t.len())) {
                out.push(e);
            }
        }
    }
    out
}

/// Whether a line of `s` set apart by `\n` is, trimmed, at most 160 bytes
/// and holds two spaces together: a header or row of a list set with
/// spaces may stand there ([`rows`] reads only such lines, besides
/// tables' rows). Each two spaces found are placed on their line: where
/// the line's text starts after them (an indented line), its text is
/// searched; where it ends before them (a line ending in spaces, as
/// Markdown breaks a line), the line holds none before them, and the
/// search goes on from the next line.
fn spaced_line(s: &str) -> bool {
    static TWO: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let two = TWO.get_or_init(|| memchr::memmem::Finder::new("  "));
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(k) = b.get(from..).and_then(|r| two.find(r)).map(|k| from + k) {
        let start = memchr::memrchr(b'\n', &b[..k]).map_or(0, |e| e + 1);
        let end = memchr::memchr(b'\n', &b[k..]).map_or(b.len(), |e| k + e);
        let line = &s[start..end];
        let t = line.trim();
        let t_start = start + (line.len() - line.trim_start().len());
        if t.len() <= 160
            && (t_start <= k && k + 2 <= t_start + t.len()
                || k < t_start && two_spaces(t.as_bytes()))
        {
            return true;
        }
        from = end + 1;
    }
    false
}

#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Layout {
    pub(super) yes: Option<usize>,
    pub(super) no: Option<usize>,
    pub(super) abstain: Option<usize>,
    pub(super) absent: Option<usize>,
    /// One column holding the ballot as a word (`Ja`, `Nej`, `Avstår`).
    pub(super) word: Option<usize>,
    /// A column of its own for the party.
    pub(super) party: Option<usize>,
    /// The substitute serving for the member on the row (`Ersättare`).
    pub(super) substitute: Option<usize>,
}

fn header_layout(cells: &[String]) -> Option<Layout> {
    let mut l = Layout::default();
    for (i, c) in cells.iter().enumerate().skip(1) {
        let c = lower(c);
        let c = c.trim();
        if c == "ja" || c.starts_with("ja-röst") || c.starts_with("ja ") || c == "ja-röster" {
            l.yes = Some(i);
        } else if c == "nej" || c.starts_with("nej-röst") || c.starts_with("nej ") {
            l.no = Some(i);
        } else if c.starts_with("avst") || has(c, "avstår") || c.starts_with("blank") {
            l.abstain = Some(i);
        } else if c.starts_with("frånvar") {
            l.absent = Some(i);
        } else if c == "parti" {
            l.party = Some(i);
        } else if matches!(c, "ersättare" | "tjänstgörande ersättare" | "tjg ersättare") {
            l.substitute = Some(i);
        } else if c == "röst" || c == "votering" || c == "ja/nej" || c == "omröstning" {
            l.word = Some(i);
        }
    }
    (l.yes.is_some() && l.no.is_some() || l.word.is_some()).then_some(l)
}

fn marked(c: &str) -> bool {
    matches!(
        lower(c).trim(),
        "x" | "✓" | "✔" | "1" | "•" | "ja" | "nej" | "avstår"
    )
}

fn row_entry(cells: &[String], l: &Layout, span: Span) -> Option<RollCallEntry> {
    // A substitute in the row's own column votes for the member.
    let serving = l.substitute.and_then(|k| cells.get(k)).filter(|c| {
        c.contains('(') && crate::inline::plausible_name(c.split('(').next().unwrap_or("").trim())
    });
    let first = serving.or(cells.first())?.replace("<br>", " ");
    // `Lind, Anna (S)`: a list ordered by surname.
    let turned = crate::inline::surname_first(first.trim());
    let first = turned.as_deref().unwrap_or(first.trim());
    // `Petra Alm (M), ordförande`: the role after the party.
    let first = match (first.rfind('('), first.rfind("),")) {
        (Some(open), Some(close)) if open < close => &first[..close + 1],
        _ => first,
    };
    let (name, party) = match first.rfind('(') {
        // `Petra Alm, Ordförande (M)`: the name before the role.
        Some(open) if first.ends_with(')') => (
            first[..open]
                .split(',')
                .next()
                .unwrap_or("")
                .trim()
                .to_string(),
            Some(first[open + 1..first.len() - 1].trim().to_string()),
        ),
        // `Emil Forsberg, ordförande` beside a party column.
        _ => (
            first.split(',').next().unwrap_or("").trim().to_string(),
            l.party
                .and_then(|k| cells.get(k))
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty()),
        ),
    };
    if !crate::inline::plausible_name(&name) {
        return None;
    }
    let at = |k: Option<usize>| k.and_then(|k| cells.get(k)).is_some_and(|c| marked(c));
    let vote = if let Some(w) = l.word.and_then(|k| cells.get(k)) {
        match lower(w).trim() {
            "ja" | "x" => Ballot::Yes,
            "nej" => Ballot::No,
            "avstår" | "avstod" | "blank" | "blankt" => Ballot::Abstain,
            "frånvarande" | "-" => Ballot::Absent,
            _ => return None,
        }
    } else if at(l.yes) {
        Ballot::Yes
    } else if at(l.no) {
        Ballot::No
    } else if at(l.abstain) {
        Ballot::Abstain
    } else if at(l.absent) {
        Ballot::Absent
    } else {
        return None;
    };
    Some(RollCallEntry {
        name: name.split_whitespace().collect::<Vec<_>>().join(" "),
        party,
        vote,
        inferred: false,
        joined: None,
        span,
    })
}

/// A roll call: its entries, where it starts, and which columns it had.
pub(super) struct RollCall {
    pub(super) entries: Vec<RollCallEntry>,
    pub(super) start: usize,
    pub(super) layout: Layout,
    /// The sum row's counts (`Summa 31 28 2`), where the list has one.
    pub(super) sums: Counts,
    /// Where the sum row stands.
    pub(super) sums_span: Option<Span>,
}

impl RollCall {
    /// A list that starts at `start` laid out as `layout`, no sum row yet.
    fn new(start: usize, layout: Layout, entries: Vec<RollCallEntry>) -> RollCall {
        RollCall {
            entries,
            start,
            layout,
            sums: Counts::default(),
            sums_span: None,
        }
    }
}

/// The counts of a sum row (`Summa`, `Totalt`, `Antal röster`), read
/// in the layout's columns; `None` for any other row.
fn sum_row(cells: &[String], l: &Layout) -> Option<Counts> {
    let first = lower(cells.first()?);
    let first = first.trim().trim_end_matches(':');
    if ![
        "summa",
        "totalt",
        "antal",
        "antal röster",
        "summa röster",
        "total",
    ]
    .contains(&first)
    {
        return None;
    }
    Some(read_counts(cells, l))
}

/// The numbers of a row in the layout's ballot columns.
fn read_counts(cells: &[String], l: &Layout) -> Counts {
    let n = |k: Option<usize>| {
        k.and_then(|k| cells.get(k))
            .and_then(|c| c.trim().parse::<u32>().ok())
    };
    Counts {
        yes: n(l.yes),
        no: n(l.no),
        abstain: n(l.abstain),
        absent: n(l.absent),
    }
}

/// A header of a list set in columns with spaces, as paragraph `number`
/// reads it: its layout and each column's start.
fn aligned_header(t: &str, number: u32, above: Option<&[u32]>) -> Option<(Layout, Vec<usize>)> {
    let cells = aligned::cells(t);
    if cells.len() < 3 {
        return None;
    }
    let mut texts: Vec<String> = cells.iter().map(|c| c.1.clone()).collect();
    let mut starts: Vec<usize> = cells.iter().map(|c| c.0).collect();
    // `Omröstningsresultat Ledamot   Ja  Nej`: a part's label in the margin
    // before the list's header; the names' column starts at `Ledamot`.
    if let Some(k) = margin_label_len(&texts[0]) {
        texts[0] = texts[0][k..].trim_start().to_string();
        let label = &cells[0].1[..cells[0].1.len() - texts[0].len()];
        starts[0] += label.chars().count();
    }
    let groups = above.and_then(|n| sections::aligned_groups(&texts, n));
    let l = header_layout(&sections::for_paragraph(&texts, number, groups.as_deref()))?;
    Some((l, starts))
}

/// A row's cells, moved right so its name stands under the names' column
/// at `names` when laid-out text dropped the row's indentation (the
/// header kept its margin label: `Omröstningsresultat Ledamot   Ja`).
fn under_names(line: &str, names: usize) -> Vec<(usize, String)> {
    let mut cells = aligned::cells(line);
    if let Some(shift) = cells.first().and_then(|c| names.checked_sub(c.0)) {
        for c in cells.iter_mut() {
            c.0 += shift;
        }
    }
    cells
}

/// The length of a part's label that starts the cell `t` before more
/// words (`Omröstningsresultat Ledamot`): none when the cell is all label.
fn margin_label_len(t: &str) -> Option<usize> {
    t.match_indices(' ')
        .map(|(k, _)| k)
        .find(|&k| crate::labels::part_kind(&t[..k]).is_some())
}

/// Roll-call tables inside `span`. A table whose header row is a voter
/// (a page-split table whose continuation's first row became a header)
/// continues the roll call before it. Paragraph `number` reads its own
/// ballot columns of a list of several paragraphs' votes.
pub(super) fn roll_calls(src: &str, span: Span, number: u32) -> Vec<RollCall> {
    // Every row read stands in a table (`|`), between tabs, or under a
    // header whose cells stand two spaces apart in a line's text: a text
    // with none of these holds no roll call, and its lines are not read.
    let s = span.of(src);
    if memchr::memchr2(b'|', b'\t', s.as_bytes()).is_none() && !spaced_line(s) {
        return Vec::new();
    }
    rows(src, span, number)
}

/// [`roll_calls`] read line by line.
fn rows(src: &str, span: Span, number: u32) -> Vec<RollCall> {
    let mut out: Vec<RollCall> = Vec::new();
    let mut pos = span.start;
    let mut prev_table_line = false;
    // A page break since the last table row; the rows of a table that
    // continues after one are joined, not read.
    let mut broke = false;
    let mut joined = false;
    // The column starts of a list set with spaces, while its rows run.
    let mut columns: Option<Vec<usize>> = None;
    let mut gap = false;
    // The paragraph over each column, from a row naming them above the heads.
    let mut groups: Option<Vec<Option<u32>>> = None;
    // The same row set with spaces: its numbers, left to right.
    let mut aligned_groups: Option<Vec<u32>> = None;
    // A form feed anywhere, looked for once: without one (and without
    // `<!--` opening it) no line is a page break.
    let form_feed = memchr::memchr(0x0c, span.of(src).as_bytes()).is_some();
    for line in lines(span.of(src)) {
        let t = line.trim();
        let lead = line.len() - line.trim_start().len();
        let row_span = Span::new(pos + lead, pos + lead + t.len());
        pos += line.len() + 1;
        let piped = t.starts_with('|') && t.ends_with('|') && t.len() > 2;
        // Tab-separated columns, as a word processor's table pastes.
        let tabbed = !piped
            && memchr::memchr(b'\t', line.trim_end_matches(['\r', '\n']).as_bytes()).is_some();
        if !piped && !tabbed {
            prev_table_line = false;
            groups = None;
            // A page break inside the list (blank lines, or the page's
            // marker `<!-- sida 3 -->`): its rows go on under the same
            // columns after the page's furniture.
            if t.is_empty() || columns.is_some() && crate::scan::is_page_break(t) {
                gap = true;
                continue;
            }
            // Cells set with spaces stand two spaces apart (the line holds
            // no tab here): a line without two together is one cell, no
            // header.
            let spaced = t.len() <= 160 && two_spaces(t.as_bytes());
            let prose = t.len() > 160
                || !spaced
                    && t.split_whitespace().nth(3).is_some()
                    && !columns
                        .as_ref()
                        .is_some_and(|st| aligned::glued_mark_row(line.trim_end(), st));
            let header = || {
                spaced
                    .then(|| aligned_header(line.trim_end(), number, aligned_groups.as_deref()))
                    .flatten()
            };
            if prose {
                columns = None;
                aligned_groups = None;
            } else if let Some(g) = t
                .starts_with('§')
                .then(|| sections::aligned_group_row(&aligned::cells(t)))
                .flatten()
            {
                aligned_groups = Some(g);
                continue;
            } else if let Some((l, starts)) = header() {
                aligned_groups = None;
                gap = false;
                columns = Some(starts);
                out.push(RollCall::new(row_span.start, l, Vec::new()));
                continue;
            }
            if let (Some(starts), Some(rc)) = (&columns, out.last_mut()) {
                let cells = aligned::place(&under_names(line.trim_end(), starts[0]), starts);
                if let Some(c) = sum_row(&cells, &rc.layout) {
                    rc.sums = c;
                    rc.sums_span = Some(row_span);
                    columns = None;
                } else if let Some(mut e) = row_entry(&cells, &rc.layout, row_span) {
                    if std::mem::take(&mut gap) {
                        e.joined = Some(Inference::PageBreak);
                    }
                    rc.entries.push(e);
                }
                continue;
            }
            prev_table_line = false;
            broke |= (form_feed || t.starts_with("<!--")) && crate::scan::is_page_break(t);
            continue;
        }
        columns = None;
        // A cell's own emphasis (a word processor's header row in bold,
        // `| **Ledamot** | **Ja** |`) is not its text.
        let cell = |c: &str| {
            let c = c.trim();
            if c.contains(['*', '_']) {
                crate::scan::strip_inline(c)
            } else {
                c.to_string()
            }
        };
        let cells: Vec<String> = if piped {
            t[1..t.len() - 1].split('|').map(cell).collect()
        } else {
            line.trim().split('\t').map(cell).collect()
        };
        if cells
            .iter()
            .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
        {
            prev_table_line = true;
            continue;
        }
        let first_row = !prev_table_line;
        prev_table_line = true;
        if first_row {
            joined = broke && !out.is_empty();
        }
        broke = false;
        if let Some(g) = sections::group_row(&cells) {
            groups = Some(g);
            continue;
        }
        // `| Ja | Nej | Avstår |` over `| 4 | 3 | 0 |`: a table of the
        // counts alone, no voters.
        if let Some(l) = counts_header(&cells) {
            joined = false;
            out.push(RollCall::new(row_span.start, l, Vec::new()));
            continue;
        }
        let heads = sections::for_paragraph(&cells, number, groups.as_deref());
        if let Some(l) = header_layout(&heads) {
            joined = false;
            out.push(RollCall::new(row_span.start, l, Vec::new()));
            continue;
        }
        let Some(rc) = out.last_mut() else {
            // A table that starts with a voter and no header before it:
            // assume name, yes, no, abstain, when its second cell is a
            // mark or empty. A party there (`Anna Ek | C | X`, a header
            // the text layer merged, `Parti Ja`, and empty cells dropped)
            // leaves which column a mark stands in unknown: not guessed.
            let second_is_mark = cells
                .get(1)
                .is_some_and(|c| c.trim().is_empty() || marked(c));
            if first_row && cells.len() >= 3 && second_is_mark {
                let l = Layout {
                    yes: Some(1),
                    no: Some(2),
                    abstain: cells.get(3).map(|_| 3),
                    ..Layout::default()
                };
                if let Some(e) = row_entry(&cells, &l, row_span) {
                    out.push(RollCall::new(row_span.start, l, vec![e]));
                }
            }
            continue;
        };
        if let Some(c) = sum_row(&cells, &rc.layout).or_else(|| {
            (rc.entries.is_empty() && rc.sums_span.is_none())
                .then(|| count_cells(&cells, &rc.layout))
                .flatten()
        }) {
            rc.sums = c;
            rc.sums_span = Some(row_span);
            continue;
        }
        if let Some(mut e) = row_entry(&cells, &rc.layout, row_span) {
            if joined {
                e.joined = Some(Inference::PageBreak);
            }
            rc.entries.push(e);
        }
    }
    out.retain(|r| !r.entries.is_empty() || r.sums_span.is_some());
    out
}

/// A table row naming nothing but a vote's sides (`Ja`, `Nej`, `Avstår`),
/// yes and no among them: the header of a table of counts alone.
fn counts_header(cells: &[String]) -> Option<Layout> {
    let mut l = Layout::default();
    for (i, c) in cells.iter().enumerate() {
        let c = lower(c);
        match c.trim().trim_end_matches(':') {
            "ja" | "ja-röster" | "jaröster" | "ja-röst" => l.yes = Some(i),
            "nej" | "nej-röster" | "nejröster" | "nej-röst" => l.no = Some(i),
            "avstår" | "avstod" | "avstående" | "blanka" | "nedlagda" => l.abstain = Some(i),
            "frånvarande" => l.absent = Some(i),
            "" => {}
            _ => return None,
        }
    }
    (l.yes.is_some() && l.no.is_some()).then_some(l)
}

/// The row of numbers under a header of counts alone, read in its
/// columns; `None` when a cell holds anything but a number.
fn count_cells(cells: &[String], l: &Layout) -> Option<Counts> {
    let numbers = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty());
    if !numbers
        .clone()
        .all(|c| c.len() <= 4 && c.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let c = read_counts(cells, l);
    (c.yes.is_some() && c.no.is_some()).then_some(c)
}

/// The most text read past a paragraph for the rest of its roll call.
const CONTINUATION_WINDOW: usize = 20_000;

/// The rows of a roll call that continue past the paragraph: a converter
/// that puts each page's tables at the page's end leaves the last rows of a
/// table split over two pages after the next page's text, which may start
/// the next paragraph. The first table after a page break (from `from`,
/// with `broke` telling whether one came since the roll call's last row)
/// continues the roll call when it has no header and its first row is a
/// voter; its rows are marked [`Inference::PageBreak`].
pub(super) fn continuation(
    src: &str,
    from: usize,
    mut broke: bool,
    layout: &Layout,
) -> Vec<RollCallEntry> {
    let mut end = (from + CONTINUATION_WINDOW).min(src.len());
    while !src.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = Vec::new();
    let mut pos = from;
    let mut in_table = false;
    let mut breaks = 0;
    for line in src[from..end].split('\n') {
        let t = line.trim();
        let lead = line.len() - line.trim_start().len();
        let row_span = Span::new(pos + lead, pos + lead + t.len());
        pos += line.len() + 1;
        let piped = t.starts_with('|') && t.ends_with('|') && t.len() > 2;
        if !piped {
            if in_table {
                break;
            }
            if crate::scan::is_page_break(t) {
                broke = true;
                breaks += 1;
                // Only the page after the break.
                if breaks > 1 {
                    break;
                }
            }
            continue;
        }
        if !broke {
            // A table on the same page: not a continuation.
            return Vec::new();
        }
        let cells: Vec<String> = t[1..t.len() - 1]
            .split('|')
            .map(|c| c.trim().to_string())
            .collect();
        if cells
            .iter()
            .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
        {
            in_table = true;
            continue;
        }
        if !in_table && header_layout(&cells).is_some() {
            return Vec::new();
        }
        match row_entry(&cells, layout, row_span) {
            Some(mut e) => {
                e.joined = Some(Inference::PageBreak);
                out.push(e);
            }
            None if in_table => break,
            None => return Vec::new(),
        }
        in_table = true;
    }
    out
}

pub(super) fn tally(entries: &[RollCallEntry], b: Ballot) -> u32 {
    entries.iter().filter(|e| e.vote == b).count() as u32
}

/// Counts the text did not give, taken from the roll call.
pub(super) fn fill_from_roll_call(v: &mut Vote, l: &Layout) {
    let rc = &v.roll_call;
    let word = l.word.is_some();
    if v.counts.yes.is_none() && (l.yes.is_some() || word) {
        v.counts.yes = Some(tally(rc, Ballot::Yes));
    }
    if v.counts.no.is_none() && (l.no.is_some() || word) {
        v.counts.no = Some(tally(rc, Ballot::No));
    }
    if v.counts.abstain.is_none() && (l.abstain.is_some() || word) {
        v.counts.abstain = Some(tally(rc, Ballot::Abstain));
    }
    if v.counts.absent.is_none() && l.absent.is_some() {
        v.counts.absent = Some(tally(rc, Ballot::Absent));
    }
    if v.result.is_none() {
        v.result = match (v.counts.yes, v.counts.no) {
            (Some(y), Some(n)) if y > n => v.yes_means.clone(),
            (Some(y), Some(n)) if n > y => v.no_means.clone(),
            _ => None,
        };
    }
}

/// The byte tests above compared with the readings they stand for.
#[cfg(test)]
mod shortcuts;

#[cfg(test)]
mod tests;
