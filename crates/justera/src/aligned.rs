//! A list set in columns with spaces (a fixed-width text export or a
//! PDF's layout), a vote list or an attendance list:
//! `Namn   Parti   Ja   Nej   Avstår` over rows whose mark stands under
//! its column (`Otto Falk   M        1`). Cells are runs of text apart by
//! two or more spaces; each cell of a row belongs to the header column
//! whose start is nearest its own, so an empty column keeps its place.

/// Cells of a line apart by two or more spaces (or a tab), each with the
/// character column it starts at.
pub(crate) fn cells(line: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut cur = String::new();
    let mut start = 0;
    let mut spaces = 0;
    for (col, ch) in line.chars().enumerate() {
        if ch == ' ' || ch == '\t' {
            spaces += if ch == '\t' { 2 } else { 1 };
            continue;
        }
        if spaces >= 2 && !cur.is_empty() {
            out.push((start, std::mem::take(&mut cur)));
        }
        if cur.is_empty() {
            start = col;
        } else if spaces == 1 {
            cur.push(' ');
        }
        spaces = 0;
        cur.push(ch);
    }
    if !cur.is_empty() {
        out.push((start, cur));
    }
    out
}

/// A header whose columns' words stand one space apart (narrow columns,
/// `Ledamot   Parti Närvarande Tjänstgörande § 102 Ja Nej Avstår`), its
/// cells made from where the rows' cells start: the columns are where
/// any row's cell starts, and each header word (and each of
/// `wrapped`, the header's words wrapped onto a line of their own) goes
/// to the last column starting at or before it, so a column no row
/// marks joins the one before (`Nej Avstår`). `None` when fewer than
/// three columns come out.
pub(crate) fn header_by_rows(
    header: &str,
    wrapped: Option<&str>,
    rows: &[&str],
) -> Option<Vec<(usize, String)>> {
    // At most this many rows and cells a row are looked at.
    const ROWS: usize = 64;
    let mut starts: Vec<usize> = vec![0];
    for row in rows.iter().take(ROWS) {
        starts.extend(cells(row).into_iter().take(32).map(|c| c.0));
    }
    starts.sort_unstable();
    starts.dedup();
    let words = |line: &str| -> Vec<(usize, String)> {
        let mut out: Vec<(usize, String)> = Vec::new();
        let mut prev = ' ';
        for (col, ch) in line.chars().enumerate() {
            if ch != ' ' && ch != '\t' {
                if prev == ' ' || prev == '\t' {
                    out.push((col, String::new()));
                }
                if let Some(w) = out.last_mut() {
                    w.1.push(ch);
                }
            }
            prev = ch;
        }
        out
    };
    let mut cols: Vec<(usize, String)> = Vec::new();
    let all = words(header)
        .into_iter()
        .chain(wrapped.map(words).unwrap_or_default());
    for (at, w) in all {
        let col = starts
            .iter()
            .rev()
            .find(|&&s| s <= at)
            .copied()
            .unwrap_or(0);
        match cols.iter_mut().find(|c| c.0 == col) {
            Some(c) => {
                c.1.push(' ');
                c.1.push_str(&w);
            }
            None => cols.push((col, w)),
        }
    }
    cols.sort_by_key(|c| c.0);
    (cols.len() >= 3).then_some(cols)
}

/// A row's cells placed under the header's columns (`starts`): each cell
/// goes to the column whose start is nearest; the first cell (the name)
/// always to the first column.
pub(crate) fn place(row: &[(usize, String)], starts: &[usize]) -> Vec<String> {
    let mut out = vec![String::new(); starts.len()];
    for (k, (at, text)) in row.iter().enumerate() {
        // `Margareta Holmqvist (S), ordförande X`: a name long enough to
        // reach the marks' columns, one space before its mark. The mark
        // stands past the name's column, under its own.
        if k == 0 {
            if let Some((name, mark, col)) = glued_mark(*at, text, starts) {
                out[0].push_str(name);
                out[col].push_str(mark);
                continue;
            }
        }
        let col = column(k, *at, starts);
        if !out[col].is_empty() {
            out[col].push(' ');
        }
        out[col].push_str(text);
    }
    out
}

/// The column the `k`th cell of a row, starting at `at`, goes to: the
/// first cell (the name) to the first, any other to the nearest.
pub(crate) fn column(k: usize, at: usize, starts: &[usize]) -> usize {
    if k == 0 {
        return 0;
    }
    (0..starts.len())
        .min_by_key(|&j| starts[j].abs_diff(at))
        .unwrap_or(0)
}

/// A row that is one cell, a name and its mark one space apart (see
/// [`glued_mark`]): no sentence, though it has no two spaces together.
pub(crate) fn glued_mark_row(line: &str, starts: &[usize]) -> bool {
    matches!(&cells(line)[..], [(at, text)] if glued_mark(*at, text, starts).is_some())
}

/// A first cell ending in a mark (`X`) one space after the name, the mark
/// standing at or past the second column's start: the name, the mark and
/// the column nearest the mark.
fn glued_mark<'a>(at: usize, text: &'a str, starts: &[usize]) -> Option<(&'a str, &'a str, usize)> {
    let (name, mark) = text.rsplit_once(' ')?;
    if !matches!(mark, "X" | "x") || starts.len() < 2 {
        return None;
    }
    let pos = at + name.chars().count() + 1;
    if pos + 1 < starts[1] {
        return None;
    }
    let col = (1..starts.len()).min_by_key(|&j| starts[j].abs_diff(pos))?;
    Some((name, mark, col))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_stay_under_their_columns() {
        let head = cells("Namn        Parti  Ja  Nej  Avstår");
        let starts: Vec<usize> = head.iter().map(|c| c.0).collect();
        let row = place(&cells("Otto Falk   M          1"), &starts);
        assert_eq!(row, ["Otto Falk", "M", "", "1", ""]);
        let row = place(&cells("Nora Berg   S      1"), &starts);
        assert_eq!(row, ["Nora Berg", "S", "1", "", ""]);
        // One space inside a name keeps it one cell.
        assert_eq!(cells("Anna Maria Ek  X").len(), 2);
    }

    #[test]
    fn a_long_name_one_space_before_its_mark() {
        let head = cells("Ledamot                           Ja-röst    Nej-röst   Avstår");
        let starts: Vec<usize> = head.iter().map(|c| c.0).collect();
        let row = place(&cells("Margareta Holmqvist (S), ordförande X"), &starts);
        assert_eq!(row, ["Margareta Holmqvist (S), ordförande", "X", "", ""]);
        let row = place(
            &cells("Margareta Holmqvist (S), ordförande vice X"),
            &starts,
        );
        assert_eq!(row[0], "Margareta Holmqvist (S), ordförande vice");
        assert_eq!(row[2], "X");
        // Near miss: an `X` inside the name's column is the name's.
        let row = place(&cells("Malcolm X"), &starts);
        assert_eq!(row, ["Malcolm X", "", "", ""]);
        // Through the parse: the glued row keeps the list open.
        let d = crate::parse(
            "§ 38 Försäljning av Kvarnen 3\n\nBeslut\nNämnden bifaller förslaget.\n\n\
             Omröstning begärs. Med 2 ja-röster mot 1 nej-röst bifaller nämnden förslaget.\n\n\
             Ledamot                           Ja-röst    Nej-röst   Avstår\n\
             Margareta Holmqvist (S), ordförande X\n\
             Jonas Wikström (M)                             X\n\
             Annika Borg (C)                    X\n",
        );
        let v = &d.paragraphs[0].votes[0];
        let names: Vec<(&str, crate::model::Ballot)> = v
            .roll_call
            .iter()
            .map(|e| (e.name.as_str(), e.vote))
            .collect();
        use crate::model::Ballot::{No, Yes};
        assert_eq!(
            names,
            [
                ("Margareta Holmqvist", Yes),
                ("Jonas Wikström", No),
                ("Annika Borg", Yes)
            ]
        );
    }

    /// A närvaro- och omröstningslista whose narrow columns' words stand
    /// one space apart, `ersättare` wrapped under `Tjänstgörande`: the
    /// header's cells come from where the rows' cells start. Near miss:
    /// rows of one cell give fewer than three columns.
    #[test]
    fn a_header_of_narrow_columns_regrouped_by_its_rows() {
        let header = "Ledamot        Parti Närvarande Tjänstgörande § 102 Ja Nej Avstår";
        let wrapped = "                              ersättare";
        let rows = [
            "Åsa Lindgren   S     X                        X",
            "Björn Sjö      M     X                               X",
            "David Ruiz     SD             Eva Falk (SD)          X",
        ];
        let cells = super::header_by_rows(header, Some(wrapped), &rows).unwrap();
        let texts: Vec<&str> = cells.iter().map(|c| c.1.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Ledamot",
                "Parti",
                "Närvarande",
                "Tjänstgörande ersättare",
                "§ 102 Ja",
                "Nej Avstår"
            ]
        );
        assert_eq!(cells[3].0, 30);
        assert!(super::header_by_rows(header, None, &["Åsa Lindgren S X X"]).is_none());
    }
}
