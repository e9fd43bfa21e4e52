//! An attendance list whose column gaps a text layer lost (a PDF's text
//! read without its layout): `Ledamöter Närvarande Ersättare Närvarande`
//! over `Anna Ek (S), ordförande X Stina Lök (S) X`. The header's words
//! say the columns; each row is read by its people (`Name (P)`), the
//! words between them a member's role and presence mark, the words after
//! the substitute the substitute's own (`X`, `Tjg för Bo Lind`). The rows
//! become a table like a laid-out list's.

use crate::inline::{find_actors, fold};
use crate::model::{Span, Table, Text};
use crate::scan::{Item, ItemKind};

/// Rows read, at most.
const MAX_ROWS: usize = 400;

#[derive(Clone, Copy, PartialEq)]
enum Col {
    Member,
    Present,
    Substitute,
}

/// The columns a header row of column words names, in order; `None`
/// unless every word is one and the first names the members, a later one
/// their presence.
fn header(t: &str) -> Option<Vec<Col>> {
    let f = fold(t);
    let mut cols = Vec::new();
    let mut words = f.split_whitespace().peekable();
    while let Some(w) = words.next() {
        cols.push(match w {
            "ledamöter" | "ledamot" | "namn" => Col::Member,
            "närvarande" | "närv" | "närvaro" => Col::Present,
            "ersättare" => Col::Substitute,
            "tjänstgörande" if words.peek() == Some(&"ersättare") => {
                words.next();
                Col::Substitute
            }
            _ => return None,
        });
    }
    (cols.len() >= 2 && cols[0] == Col::Member && cols.contains(&Col::Present)).then_some(cols)
}

/// A presence mark closing `t` (`..., ordförande X`): the text without it.
fn without_mark(t: &str) -> (&str, bool) {
    let t = t.trim();
    if matches!(t, "X" | "x" | "✓" | "✔") {
        return ("", true);
    }
    match t.rsplit_once(' ') {
        Some((head, "X" | "x" | "✓" | "✔")) => (head.trim_end(), true),
        _ => (t, false),
    }
}

/// One row's cells under `cols`, or `None` when the line opens with no
/// person.
fn row(line: &str, at: usize, cols: &[Col]) -> Option<Vec<Text>> {
    let lead = line.len() - line.trim_start().len();
    let actors = find_actors(line, at);
    let first = actors.first().filter(|a| a.span.start == at + lead)?;
    let empty = Text::new("", Span::new(at, at));
    let mut cells = vec![empty; cols.len()];
    let cell = |c: Col, nth: usize| {
        cols.iter()
            .enumerate()
            .filter(|(_, x)| **x == c)
            .nth(nth)
            .map(|(k, _)| k)
    };
    let sub_col = cell(Col::Substitute, 0);
    // The substitute: the next person, on a list with their column.
    let sub = actors.get(1).filter(|_| sub_col.is_some());
    let end = |a: &crate::model::Actor| a.span.end - at;
    let between = &line[end(first)..sub.map_or(line.len(), |s| s.span.start - at)];
    let (role, mut present) = without_mark(between);
    // `... ordförande X Stina Lök (S)`: the member's mark read into the
    // substitute's name.
    let sub_name = sub.map(|s| match s.name.strip_prefix("X ") {
        Some(name) => {
            present = true;
            name.to_string()
        }
        None => s.name.clone(),
    });
    let party = |a: &crate::model::Actor| {
        a.party
            .as_deref()
            .map(|p| format!(" ({p})"))
            .unwrap_or_default()
    };
    let member = format!("{}{}{}", first.name, party(first), role);
    cells[0] = Text::new(member, first.span);
    if let Some(k) = cell(Col::Present, 0) {
        cells[k] = Text::new(if present { "X" } else { "" }, first.span);
    }
    if let (Some(k), Some(s), Some(name)) = (sub_col, sub, sub_name) {
        cells[k] = Text::new(format!("{name}{}", party(s)), s.span);
        let rest = line[end(s)..].trim();
        if let Some(m) = cell(Col::Present, 1) {
            let (_, marked) = without_mark(rest);
            let text = if marked { "X" } else { rest };
            cells[m] = Text::new(text, s.span);
        }
    }
    Some(cells)
}

/// The list under item `k` (its heading, the header row within `near`
/// items) or at item `k + 1` (a header row standing alone), its columns'
/// gaps lost: the header row and the rows up
/// to a blank line or a line opening with no person, as a table.
pub(super) fn collapsed(src: &str, items: &[Item], k: usize, near: usize) -> Option<Table> {
    let after = items.get(k + 1..(k + 1 + near).min(items.len()))?;
    let (h, cols) = after
        .iter()
        .enumerate()
        .filter(|(_, it)| it.kind == ItemKind::Text && it.text.len() <= 120)
        .find_map(|(j, it)| header(&it.text).map(|c| (j, c)))?;
    let head = &after[h];
    let header_cells: Vec<Text> = cols
        .iter()
        .map(|c| {
            let name = match c {
                Col::Member => "Ledamöter",
                Col::Present => "Närvarande",
                Col::Substitute => "Ersättare",
            };
            Text::new(name, head.span)
        })
        .collect();
    let mut rows = vec![header_cells];
    let mut span = head.span;
    let mut last_line = head.line;
    for it in items[k + 1 + h + 1..].iter().take(MAX_ROWS) {
        if it.kind != ItemKind::Text || it.line != last_line + 1 {
            break;
        }
        let Some(cells) = row(it.span.of(src), it.span.start, &cols) else {
            break;
        };
        rows.push(cells);
        span = span.cover(it.span);
        last_line = it.line;
    }
    (rows.len() > 2).then_some(Table {
        rows,
        header: true,
        span,
    })
}
