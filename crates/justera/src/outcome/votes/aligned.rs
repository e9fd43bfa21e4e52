//! A vote list set in columns with spaces (a fixed-width text export or a
//! PDF's layout): `Namn   Parti   Ja   Nej   Avstår` over rows whose mark
//! stands under its column (`Otto Falk   M        1`). Cells are runs of
//! text apart by two or more spaces; each cell of a row belongs to the
//! header column whose start is nearest its own, so an empty column keeps
//! its place.

/// Cells of a line apart by two or more spaces (or a tab), each with the
/// character column it starts at.
pub(super) fn cells(line: &str) -> Vec<(usize, String)> {
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

/// A row's cells placed under the header's columns (`starts`): each cell
/// goes to the column whose start is nearest; the first cell (the name)
/// always to the first column.
pub(super) fn place(row: &[(usize, String)], starts: &[usize]) -> Vec<String> {
    let mut out = vec![String::new(); starts.len()];
    for (k, (at, text)) in row.iter().enumerate() {
        let col = if k == 0 {
            0
        } else {
            (0..starts.len())
                .min_by_key(|&j| starts[j].abs_diff(*at))
                .unwrap_or(0)
        };
        if !out[col].is_empty() {
            out[col].push(' ');
        }
        out[col].push_str(text);
    }
    out
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
}
