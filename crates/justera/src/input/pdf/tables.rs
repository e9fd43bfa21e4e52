//! Tables: lines whose pieces stand in the same columns become table rows
//! (`| a | b |`, a rule under the first), as a Word file's tables read, so
//! a label/value header, attendance in two columns and a signature table
//! keep their cells apart. A cell's text wrapped over several lines joins
//! its row (with a space when the line ran to the column's edge, with
//! `<br>` at a line break), and a row whose first cell ran into the next
//! column's (no gap wide enough for a tab) is split where the column
//! starts.
//!
//! A table starts at a line with a wide gap (two cells) and needs a second
//! such line below it, or a cell wrapped onto the next line; it ends at a wide vertical gap, a line that does not
//! fit its columns, a heading, a paragraph head (`§ 12   Dnr ...`) or a
//! table of contents entry. It goes on over a page break when the next
//! page opens in the same columns.

use super::layout::{at_default_stop, joins_without_space, toc_entry, Line};

/// One table's columns: where each starts (x), and where the last ends.
struct Columns {
    starts: Vec<f32>,
    right: f32,
    /// Which columns hold marks (`X`, a count), split from a header's
    /// words: a mark never wraps, so a line with one starts a row when
    /// the row has one already.
    marks: Vec<bool>,
}

impl Columns {
    /// The column a piece starting at `x` stands in (`tol` the slack of
    /// a cell's start).
    fn column(&self, x: f32, tol: f32) -> usize {
        self.starts.iter().rposition(|&s| x >= s - tol).unwrap_or(0)
    }
}

/// A line's cells in these columns, or `None` when it does not fit: a
/// piece left of the table, or one running into the next column.
fn fit(l: &Line, cols: &Columns) -> Option<Vec<(String, f32)>> {
    let tol = l.size.max(1.0) * 0.6;
    if l.pieces.is_empty() || l.pieces[0].0 < cols.starts[0] - tol {
        return None;
    }
    let n = cols.starts.len();
    let column = |x: f32| cols.column(x, tol);
    // Byte range and end of each column's pieces.
    let mut cuts: Vec<Option<(usize, f32)>> = vec![None; n];
    let mut last = 0;
    for &(x, end, at) in &l.pieces {
        // A piece drawn on from the one before without a space is the
        // same word's (a PDF writer splits runs anywhere): its column.
        let c = if glued(l, at) { last } else { column(x) };
        // Two cells of the line's own (a wide gap between them) in one
        // column: laid out in other columns than the table's (a
        // signature row under a label/value table).
        if at > 0
            && c == last
            && cuts[c].is_some()
            && l.text[..at].trim_end_matches('*').ends_with('\t')
        {
            return None;
        }
        last = c;
        let limit = cols.starts.get(c + 1).copied().unwrap_or(f32::MAX);
        if end > limit + tol {
            return None;
        }
        // A value tabbed to a default stop inside a column, not at its
        // start: typed lines whose values stand where their labels end
        // (`Namn<tab>Datum`), not a table's cells.
        let tabbed = at > 0 && l.text[..at].trim_end_matches('*').ends_with('\t');
        if tabbed && x > cols.starts[c] + tol && at_default_stop(x, [cols.starts[0], l.x]) {
            return None;
        }
        match &mut cuts[c] {
            Some((_, e)) => *e = e.max(end),
            slot @ None => *slot = Some((at, end)),
        }
    }
    let mut cells = vec![(String::new(), 0.0); n];
    let starts: Vec<(usize, usize, f32)> = cuts
        .iter()
        .enumerate()
        .filter_map(|(c, cut)| cut.map(|(at, end)| (c, at, end)))
        .collect();
    for (k, &(c, at, end)) in starts.iter().enumerate() {
        let from = back_over_marker(&l.text, at);
        let to = starts.get(k + 1).map_or(l.text.len(), |&(_, next, _)| {
            back_over_marker(&l.text, next)
        });
        if from >= to {
            continue;
        }
        let text = l.text[from..to].replace('\t', " ");
        cells[c] = (balance(text.trim(), l.bold), end);
    }
    Some(cells)
}

/// Before the emphasis markers that open the piece at `at`; after those
/// that close a bold run opened before them (`**Protokollsanteckning**Lena
/// Vik`, the value drawn on right after a label that fills its column):
/// they end the cell before.
fn back_over_marker(text: &str, at: usize) -> usize {
    let mut k = at;
    while k > 0 && text.as_bytes()[k - 1] == b'*' {
        k -= 1;
    }
    if k < at && text[..k].matches("**").count() % 2 == 1 {
        at
    } else {
        k
    }
}

/// A cell's emphasis closed within it; a bold line's cells each bold.
fn balance(cell: &str, bold: bool) -> String {
    let cell = cell.replace('|', "\\|");
    if cell.is_empty() {
        return cell;
    }
    if bold {
        return format!("**{cell}**");
    }
    if cell.matches("**").count() % 2 == 1 {
        return if cell.starts_with("**") {
            format!("{cell}**")
        } else {
            format!("**{cell}")
        };
    }
    cell
}

/// Where a line's own text breaks into cells: the x of each piece after a
/// wide gap (the tabs `lines_of` put in), and the first.
fn tab_columns(l: &Line) -> Vec<f32> {
    let mut xs = vec![l.pieces.first().map_or(l.x, |p| p.0)];
    for &(x, _, at) in &l.pieces {
        if at > 0 && l.text[..at].trim_end_matches('*').ends_with('\t') {
            xs.push(x);
        }
    }
    xs
}

/// Where a table's columns start, from the cells of its lines with two
/// or more: a column is where its cells' spans overlap, so a centred or
/// right-aligned cell, which starts wherever its width puts it, is placed
/// in its column (the first line's cells alone would put a wide centred
/// cell below into the column before). Looks ahead a bounded number of
/// lines; the first line's own starts when the spans do not give as many
/// columns (a line below with more cells may be no longer the table's).
fn column_starts(lines: &[Line], first: Vec<f32>, body: f32) -> Vec<f32> {
    const LOOK: usize = 60;
    const CELLS: usize = 64;
    let mut spans: Vec<Span> = Vec::new();
    // The lines the table may hold: up to a wide gap or a line that never
    // is a table's.
    let mut prev: Option<&Line> = None;
    let n = lines
        .iter()
        .take(LOOK)
        .take_while(|l| {
            let goes_on = prev.is_none()
                || prev.is_some_and(|p| (0.0..=p.size.max(1.0) * 2.5).contains(&(p.y - l.y)))
                    && !stands_alone(l, body);
            prev = Some(l);
            goes_on
        })
        .count();
    let lines = &lines[..n];
    // Where cells start on two lines or more (a plain line's after its
    // wide gaps, a bold header's at each of its words): a line's text that
    // starts at one of them, too close to the text before it for a tab,
    // is a cell of its own there (a header's words over narrow columns,
    // `Parti` `Närvarande` `Tjänstgörande ersättare`; `KD` beside the `X`
    // under `Närvarande`). At most `CELLS` a line: a table has fewer
    // columns, and a line of thousands of pieces costs no more than a row.
    let starts: Vec<Vec<f32>> = lines
        .iter()
        .map(|l| match l.bold {
            true => l.pieces.iter().skip(1).take(CELLS).map(|p| p.0).collect(),
            false => tab_columns(l).into_iter().skip(1).take(CELLS).collect(),
        })
        .collect();
    let tol = lines.first().map_or(1.0, |l| l.size.max(1.0) * 0.6);
    let shared = |x: f32| {
        starts
            .iter()
            .filter(|s| s.iter().any(|&y| (y - x).abs() <= tol))
            .count()
            >= 2
    };
    for l in lines {
        let mut xs = tab_columns(l);
        if xs.len() >= 2 || l.bold {
            let x0 = xs[0];
            let split: Vec<f32> = l
                .pieces
                .iter()
                .take(CELLS)
                .map(|p| p.0)
                .filter(|&x| x > x0 + tol && !xs.iter().any(|&c| (c - x).abs() <= tol) && shared(x))
                .collect();
            if !split.is_empty() {
                xs.extend(split);
                xs.sort_by(f32::total_cmp);
            }
        }
        if xs.len() < 2 {
            continue;
        }
        for (k, &x) in xs.iter().enumerate() {
            let next = xs.get(k + 1).copied().unwrap_or(f32::MAX);
            let end = l
                .pieces
                .iter()
                .filter(|p| p.0 >= x && p.0 < next)
                .map(|p| p.1)
                .fold(x, f32::max);
            spans.push(Span {
                x,
                end,
                head: l.bold,
                body: !l.bold,
            });
        }
    }
    spans.sort_by(|a, b| a.x.total_cmp(&b.x));
    let mut columns: Vec<Span> = Vec::new();
    for span in spans {
        match columns.last_mut() {
            Some(c) if span.x < c.end => {
                c.end = c.end.max(span.end);
                c.head |= span.head;
                c.body |= span.body;
            }
            _ => columns.push(span),
        }
    }
    let columns = centred_heads_joined(columns);
    // A bold header row whose cells wrapped or stand centred on lines of
    // their own gives fewer cells on its first line than the table has:
    // the lines below give its columns when each of its cells stands in
    // one of them.
    let tol = lines.first().map_or(1.0, |l| l.size.max(1.0) * 0.6);
    let header = lines.first().is_some_and(|l| l.bold)
        && columns.len() > first.len()
        && first
            .iter()
            .all(|&x| columns.iter().any(|c| (c.x - tol..=c.end).contains(&x)));
    if columns.len() == first.len() || header {
        columns.into_iter().map(|c| c.x).collect()
    } else {
        first
    }
}

/// Where a column's cells stand, and whether a bold (header) line's or
/// a plain line's cells are among them.
#[derive(Clone, Copy)]
struct Span {
    x: f32,
    end: f32,
    head: bool,
    body: bool,
}

/// A header's cell set centred over a column whose cells are set left
/// (or right) stands apart from them, as a column of its own with no
/// body: it joins the column of body cells beside it that has no header
/// (the one before it first, as cells set left start before the centred
/// header).
fn centred_heads_joined(columns: Vec<Span>) -> Vec<Span> {
    let lone = |c: &Span| c.head && !c.body;
    let headless = |c: &Span| c.body && !c.head;
    let mut out: Vec<Span> = Vec::with_capacity(columns.len());
    let mut k = 0;
    while k < columns.len() {
        let c = columns[k];
        if lone(&c) && out.last().is_some_and(headless) {
            let last = out.last_mut().expect("checked");
            last.end = last.end.max(c.end);
            last.head = true;
        } else if lone(&c) && columns.get(k + 1).is_some_and(headless) {
            let next = columns[k + 1];
            out.push(Span {
                x: c.x.min(next.x),
                end: c.end.max(next.end),
                head: true,
                body: true,
            });
            k += 1;
        } else {
            out.push(c);
        }
        k += 1;
    }
    out
}

/// A column of marks under a header of several words, each word a
/// column of its own that the writer set too narrow for a tab between
/// them (`Ja Nej Avstår` over an `X` per row): the table's columns with
/// that column split at the header's words. `None` when no column is
/// one: every word below the header in it must be a short mark (`X`,
/// `1`, `12`) under one of the header's words, at most one under each
/// per line, and marks must stand under two words or more.
fn mark_columns(lines: &[Line], cols: &Columns) -> Option<Columns> {
    const MARK: usize = 4;
    let (head, rows) = lines.split_first()?;
    if rows.len() < 2 {
        return None;
    }
    let size = head.size.max(1.0);
    let tol = size * 0.6;
    let column = |x: f32| cols.column(x, tol);
    let rows: Vec<Vec<Word>> = rows.iter().map(words).collect();
    let mut starts = Vec::with_capacity(cols.starts.len() + 2);
    let mut marks = Vec::with_capacity(cols.starts.len() + 2);
    let mut split = false;
    for (c, &start) in cols.starts.iter().enumerate() {
        let heads: Vec<Word> = words(head)
            .into_iter()
            .filter(|w| column(w.x) == c)
            .collect();
        // Which header word a mark stands under: the one whose middle is
        // nearest its own.
        let under = |w: &Word| {
            let mid = |w: &Word| (w.x + w.end) / 2.0;
            (0..heads.len())
                .min_by(|&a, &b| {
                    (mid(w) - mid(&heads[a]))
                        .abs()
                        .total_cmp(&(mid(w) - mid(&heads[b])).abs())
                })
                .unwrap_or(0)
        };
        let mut marked = vec![false; heads.len()];
        let is_marks = heads.len() >= 2
            && rows.iter().all(|line| {
                let mut seen = vec![false; heads.len()];
                line.iter().filter(|w| column(w.x) == c).all(|w| {
                    let k = under(w);
                    let fresh = !std::mem::replace(&mut seen[k], true);
                    marked[k] = true;
                    fresh && w.text.chars().count() <= MARK
                })
            });
        starts.push(start);
        if is_marks && marked.iter().filter(|&&m| m).count() >= 2 {
            starts.extend(heads[1..].iter().map(|w| w.x));
            marks.resize(starts.len(), true);
            split = true;
        } else {
            marks.push(false);
        }
    }
    split.then_some(Columns {
        starts,
        right: cols.right,
        marks,
    })
}

/// Which of the table's columns (its header's words each a column of
/// their own already) hold marks (`X`, a count) on the lines below its
/// first: every word there short, on two lines or more. `None` when no
/// column does.
fn mark_flags(lines: &[Line], cols: &Columns) -> Option<Vec<bool>> {
    const MARK: usize = 4;
    let n = cols.starts.len();
    let (head, rows) = lines.split_first()?;
    let tol = head.size.max(1.0) * 0.6;
    let column = |x: f32| cols.column(x, tol);
    let mut seen = vec![0usize; n];
    let mut long = vec![false; n];
    for l in rows {
        let mut on_line = vec![false; n];
        for w in words(l) {
            let c = column(w.x);
            long[c] |= w.text.chars().count() > MARK;
            on_line[c] = true;
        }
        for (s, on) in seen.iter_mut().zip(on_line) {
            *s += on as usize;
        }
    }
    let marks: Vec<bool> = (0..n).map(|c| c > 0 && !long[c] && seen[c] >= 2).collect();
    marks.iter().any(|&m| m).then_some(marks)
}

/// A word of a line as placed: where it starts and ends, and its text
/// without emphasis.
struct Word<'a> {
    x: f32,
    end: f32,
    text: &'a str,
}

/// Whether a line's cells and the row above both hold a mark.
fn marked(cols: &Columns, row: &Row, cells: &[(String, f32)]) -> bool {
    let has = |cells: &[(String, f32)]| {
        cells
            .iter()
            .zip(&cols.marks)
            .any(|(c, &m)| m && !c.0.is_empty())
    };
    has(&row.cells) && has(cells)
}

/// A line's words: its pieces, those drawn on without a space joined
/// (a PDF writer may draw each letter apart).
fn words(l: &Line) -> Vec<Word<'_>> {
    let mut out: Vec<Word> = Vec::new();
    let mut from = 0;
    for (k, &(x, end, at)) in l.pieces.iter().enumerate() {
        let to = l.pieces.get(k + 1).map_or(l.text.len(), |p| p.2);
        match out.last_mut() {
            Some(w) if glued(l, at) => w.end = end,
            _ => {
                out.push(Word { x, end, text: "" });
                from = at;
            }
        }
        let last = out.last_mut().expect("a word was pushed");
        last.text = l
            .text
            .get(from..to)
            .unwrap_or("")
            .trim_matches(|c: char| c == '*' || c.is_whitespace());
    }
    out
}

/// Whether the piece at byte `at` is drawn on from the one before
/// without a space: the same word's.
fn glued(l: &Line, at: usize) -> bool {
    at > 0 && !l.text[..at].ends_with([' ', '\t', '*'])
}

/// Lines that can never be a table's.
fn stands_alone(l: &Line, body: f32) -> bool {
    let t = l.text.trim_start_matches('*').trim_start();
    t.starts_with('§') || toc_entry(&l.text) && !counts_row(&l.text) || l.size >= body * 1.12
}

/// A label of words in sentence case (`Förvaringsplats för protokollet`)
/// does not wrap onto a word with a capital (`Underskrift`): that is the
/// next row's label, however little room the line had left.
fn label_then_capital(cell: &str, next: &str) -> bool {
    let cell = cell.trim_matches('*');
    let mut letters = cell.chars().filter(|c| c.is_alphabetic());
    cell.split_whitespace().nth(1).is_some()
        && letters.next().is_some_and(char::is_uppercase)
        && !letters.any(char::is_uppercase)
        && !cell.contains(|c: char| c.is_ascii_digit() || "()<,".contains(c))
        && next.trim_start_matches('*').starts_with(char::is_uppercase)
}

/// Whether a line stands alone only as a contents entry does (not a
/// paragraph head, not a heading's size).
fn toc_only(l: &Line, body: f32) -> bool {
    let t = l.text.trim_start_matches('*').trim_start();
    !t.starts_with('§') && l.size < body * 1.12
}

/// A row of counts (`Summa<tab>2<tab>2<tab>1`), which ends in a number
/// after a tab as a contents entry does, but has a number in the cell
/// before it too.
pub(super) fn counts_row(text: &str) -> bool {
    let mut cells = text.trim_end().rsplit('\t');
    let number = |c: Option<&str>| {
        c.map(|c| c.trim().trim_matches('*'))
            .is_some_and(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()))
    };
    number(cells.next()) && number(cells.next())
}

/// A table row under construction: its cells and where each cell's last
/// line ended.
struct Row {
    cells: Vec<(String, f32)>,
}

/// Table regions of every page into table rows.
pub(super) fn tables(pages: Vec<Vec<Line>>, body: f32) -> Vec<Vec<Line>> {
    let right_margin = pages.iter().flatten().map(|l| l.end).fold(0.0f32, f32::max);
    let mut out = Vec::with_capacity(pages.len());
    // A table open at the end of the previous page: its columns.
    let mut open: Option<Columns> = None;
    for lines in pages {
        let mut page: Vec<Line> = Vec::with_capacity(lines.len());
        let mut i = 0;
        let carried = open.take();
        let mut carried = carried;
        while i < lines.len() {
            let l = &lines[i];
            let (mut cols, continuing) = match carried.take() {
                Some(c) if i == 0 => (c, true),
                _ => {
                    let xs = tab_columns(l);
                    if xs.len() < 2 || stands_alone(l, body) {
                        page.push(l.clone());
                        i += 1;
                        continue;
                    }
                    (
                        Columns {
                            starts: column_starts(&lines[i..], xs, body),
                            right: right_margin,
                            marks: Vec::new(),
                        },
                        false,
                    )
                }
            };
            let (mut rows, mut used, mut two_cells) = region(&lines[i..], &cols, body);
            if !continuing {
                if let Some(split) = mark_columns(&lines[i..i + used], &cols) {
                    cols = split;
                    (rows, used, two_cells) = region(&lines[i..], &cols, body);
                } else if let Some(marks) = mark_flags(&lines[i..i + used], &cols) {
                    cols.marks = marks;
                    (rows, used, two_cells) = region(&lines[i..], &cols, body);
                }
            }
            // Two lines of cells, or one row whose cell wrapped onto more.
            let enough = continuing && used > 0 || two_cells >= 2 || rows.len() == 1 && used >= 2;
            if !enough {
                page.push(l.clone());
                i += 1;
                continue;
            }
            let template = &lines[i];
            for (k, row) in rows.iter().enumerate() {
                let cells: Vec<&str> = row.cells.iter().map(|c| c.0.as_str()).collect();
                let mut text = format!("| {} |", cells.join(" | "));
                let header = k == 0 && !continuing;
                if header {
                    text.push('\n');
                    text.push_str(&format!("|{}", "---|".repeat(cells.len())));
                }
                page.push(Line {
                    text,
                    bold: false,
                    italic: false,
                    gap: 0.0,
                    pieces: Vec::new(),
                    row: Some(header),
                    ..template.clone()
                });
            }
            i += used;
            if i == lines.len() {
                open = Some(cols);
            }
        }
        out.push(page);
    }
    out
}

/// The rows of the table starting at `lines[0]` in `cols`: the rows, how
/// many lines they took, and how many of those lines had two cells or
/// more.
fn region(lines: &[Line], cols: &Columns, body: f32) -> (Vec<Row>, usize, usize) {
    let mut rows: Vec<Row> = Vec::new();
    let mut two_cells = 0;
    let mut used = 0;
    let mut prev: Option<&Line> = None;
    // The smallest gap between the table's rows so far (a wrapped
    // cell's lines stand closer).
    let mut pitch: Option<f32> = None;
    // A table's lines on one page, at most: each line that opens a table
    // looks this far ahead, so a page of lines costs linear time.
    const MAX_LINES: usize = 400;
    // Where each column's text last stood: a cell's wrapped text goes on
    // one line below, never a line further down (cells beside it, set
    // centred, may stand between).
    let mut last_y: Vec<Option<f32>> = vec![None; cols.starts.len()];
    for (n, l) in lines.iter().take(MAX_LINES).enumerate() {
        // A line that reads as a contents entry (`Eva Strand<tab>28`) may
        // still be the rest of cells that wrapped (`Paragrafer 23–`): it
        // stays when it goes on its row, its last cell wrapped.
        let contents_like = stands_alone(l, body);
        if contents_like && (prev.is_none() || !toc_only(l, body)) {
            break;
        }
        let size = l.size.max(1.0);
        let gap = prev.map_or(0.0, |p| p.y - l.y);
        if prev.is_some() && !(0.0..=size * 2.5).contains(&gap) {
            break;
        }
        // A line of one cell after a wider gap than between the table's
        // rows is the text after the table, whatever its words' runs. A
        // bold line of one cell under plain rows, a little further below
        // than they stand apart, is a heading after it.
        let heading = l.bold && !prev.is_some_and(|p| p.bold);
        let wider = if heading { 1.15 } else { 1.5 };
        if pitch.is_some_and(|p| gap > p * wider) && tab_columns(l).len() < 2 {
            break;
        }
        let Some(cells) = fit(l, cols) else { break };
        let filled = cells.iter().filter(|c| !c.0.is_empty()).count();
        if filled == 0 {
            break;
        }
        // A bold line of one cell under plain rows that would fill a cell
        // the row left empty (a row's cells start on its first line), or
        // that text across the columns follows, is a heading after the
        // table, however close below it stands.
        let lone = cells.iter().position(|c| !c.0.is_empty());
        let text_after = || {
            lines
                .get(n + 1)
                .is_none_or(|next| l.y - next.y > size * 2.5 || fit(next, cols).is_none())
        };
        if heading
            && filled == 1
            && (rows
                .last()
                .zip(lone)
                .is_some_and(|(row, c)| row.cells[c].0.is_empty())
                || text_after())
        {
            break;
        }
        // A bold row of several cells below others starts a table of its
        // own (its header), unless it goes on a bold row (a header's
        // cells wrapped).
        if l.bold && filled >= 2 && !rows.is_empty() && !prev.is_some_and(|p| p.bold) {
            break;
        }
        let wrapped = |row: &Row, c: usize, next: &str| {
            let right = cols.starts.get(c + 1).copied().unwrap_or(cols.right);
            let word = next
                .split_whitespace()
                .next()
                .map_or(0, |w| w.chars().count());
            row.cells[c].1 + (word as f32 + 1.0) * 0.5 * size >= right - size
                && !label_then_capital(&row.cells[c].0, next)
        };
        // A line goes on its row when it fills no first cell, or when each
        // cell it fills was empty or ran to its column's edge (wrapped):
        // a row's cells all start on one baseline, a new row's too.
        // A cell filled again after a line's space of its column left
        // empty starts a row (`Sekreterare` / `Ordförande` beside the
        // names under their signature lines).
        let refilled = |row: &Row| {
            cells.iter().enumerate().any(|(c, (text, _))| {
                !text.is_empty()
                    && !row.cells[c].0.is_empty()
                    && last_y[c].is_some_and(|y| y - l.y > size * 2.0)
            })
        };
        // A first cell alone in small letters (`Justeringens` / `plats och
        // tid`): the rest of the label above, however short its line.
        let label_rest = filled == 1
            && cells[0]
                .0
                .trim_start_matches('*')
                .starts_with(char::is_lowercase)
            && rows.last().is_some_and(|row| !row.cells[0].0.is_empty());
        let same_row = match (prev, rows.last()) {
            // (A cell wraps in its own emphasis: a plain line under a bold
            // one starts a row.)
            (Some(p), Some(row))
                if gap <= size * 1.6
                    && !marked(cols, row, &cells)
                    && (l.bold || !p.bold)
                    && !refilled(row) =>
            {
                cells[0].0.is_empty()
                    || label_rest
                    || cells.iter().enumerate().all(|(c, (text, _))| {
                        text.is_empty() || row.cells[c].0.is_empty() || wrapped(row, c, text)
                    })
            }
            _ => false,
        };
        if contents_like
            && !(same_row
                && rows
                    .last()
                    .zip(cells.iter().rposition(|c| !c.0.is_empty()))
                    .is_some_and(|(row, c)| {
                        !row.cells[c].0.is_empty() && wrapped(row, c, &cells[c].0)
                    }))
        {
            break;
        }
        if !same_row {
            last_y.iter_mut().for_each(|y| *y = None);
        }
        for (c, (text, _)) in cells.iter().enumerate() {
            if !text.is_empty() {
                last_y[c] = Some(l.y);
            }
        }
        if same_row {
            let row = rows.last_mut().expect("same_row implies a row");
            for (c, (text, end)) in cells.into_iter().enumerate() {
                if text.is_empty() {
                    continue;
                }
                if row.cells[c].0.is_empty() {
                    row.cells[c] = (text, end);
                    continue;
                }
                let joint = match label_rest || wrapped(row, c, &text) {
                    true if joins_without_space(&row.cells[c].0, &text) => "",
                    true => " ",
                    false => "<br>",
                };
                let cell = &mut row.cells[c];
                cell.0.push_str(joint);
                cell.0.push_str(&text);
                cell.1 = end;
            }
        } else {
            if prev.is_some() && gap > 0.0 {
                pitch = Some(pitch.map_or(gap, |p: f32| p.min(gap)));
            }
            rows.push(Row { cells });
        }
        two_cells += (filled >= 2) as usize;
        used += 1;
        prev = Some(l);
    }
    (rows, used, two_cells)
}
