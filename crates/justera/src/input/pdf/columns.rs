//! Text in side-by-side columns (a Word section of two columns: attendance
//! groups beside each other, a signature block) read column by column, as
//! the Word reader reads the same file: the left column's lines, then the
//! right column's.
//!
//! Lines of two columns on the same baseline look like a table's rows, and
//! a table is what they stay when nothing tells them apart. What does is
//! the baselines: a table's cells start each row on one baseline, while
//! two columns of text run on at their own pace, so once a paragraph
//! wraps in one column its lines fall between the other column's. A run
//! of lines whose parts stand left of a common x or start at it is read as
//! two columns when such interleaved baselines are found in it.

use super::layout::Line;

/// Where the right column starts, if this line has a part there: the x of
/// the piece after a wide gap (a tab) in the middle third of the text.
fn right_start(l: &Line, left: f32, width: f32) -> Option<f32> {
    l.pieces.iter().skip(1).find_map(|&(x, _, at)| {
        let tabbed = l.text[..at].trim_end_matches('*').ends_with('\t');
        (tabbed && x >= left + width * 0.3 && x <= left + width * 0.7).then_some(x)
    })
}

/// Which side of `r` a line's pieces stand: `(left pieces, right
/// pieces)`, or `None` when a piece runs over the gutter or the right
/// part does not start at `r`.
fn sides(l: &Line, r: f32) -> Option<(usize, usize)> {
    let tol = l.size.max(1.0) * 0.6;
    let k = l.pieces.iter().position(|p| p.0 >= r - tol);
    let k = k.unwrap_or(l.pieces.len());
    if l.pieces[..k].iter().any(|p| p.1 > r - tol) {
        return None;
    }
    if let Some(p) = l.pieces.get(k) {
        if (p.0 - r).abs() > tol {
            return None;
        }
    }
    Some((k, l.pieces.len() - k))
}

/// A line's pieces `from..to` as a line of their own, emphasis closed.
fn part(l: &Line, from: usize, to: usize) -> Line {
    let start = if from == 0 {
        0
    } else {
        back_over_marker(&l.text, l.pieces[from].2)
    };
    let end = l
        .pieces
        .get(to)
        .map_or(l.text.len(), |p| back_over_marker(&l.text, p.2));
    let raw = l.text[start..end].trim();
    let mut text = raw.trim_end_matches('\t').trim_end().to_string();
    let mut shift = 0;
    if text.matches("**").count() % 2 == 1 {
        if text.starts_with("**") {
            text.push_str("**");
        } else {
            text.insert_str(0, "**");
            shift = 2;
        }
    }
    let lead = start + (l.text[start..end].len() - l.text[start..end].trim_start().len());
    let pieces: Vec<(f32, f32, usize)> = l.pieces[from..to]
        .iter()
        .map(|&(x, e, at)| (x, e, (at.saturating_sub(lead) + shift).min(text.len())))
        .collect();
    Line {
        x: pieces.first().map_or(l.x, |p| p.0),
        end: pieces.iter().map(|p| p.1).fold(f32::MIN, f32::max),
        gap: 0.0,
        text,
        pieces,
        ..l.clone()
    }
}

fn back_over_marker(text: &str, mut at: usize) -> usize {
    while at > 0 && text.as_bytes()[at - 1] == b'*' {
        at -= 1;
    }
    at
}

/// Each page's two-column runs read column by column.
pub(super) fn columns(pages: Vec<Vec<Line>>, body: f32) -> Vec<Vec<Line>> {
    pages.into_iter().map(|p| page(p, body)).collect()
}

fn page(lines: Vec<Line>, body: f32) -> Vec<Line> {
    let left = lines.iter().map(|l| l.x).fold(f32::MAX, f32::min);
    let right = lines.iter().map(|l| l.end).fold(f32::MIN, f32::max);
    let width = right - left;
    if lines.len() < 3 || width <= 0.0 {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let Some(r) = right_start(&lines[i], left, width) else {
            out.push(lines[i].clone());
            i += 1;
            continue;
        };
        // The run of lines that fit two columns split at `r`: each line is
        // looked at once, whether the run is taken or not.
        let mut run: Vec<(usize, usize)> = Vec::new();
        let mut j = i;
        while j < lines.len() {
            let l = &lines[j];
            if l.size >= body * 1.12 || l.pieces.is_empty() {
                break;
            }
            if j > i {
                let p = &lines[j - 1];
                let gap = p.y - l.y;
                if !(0.0..=p.size.max(l.size).max(1.0) * 2.5).contains(&gap) {
                    break;
                }
            }
            let Some(s) = sides(l, r) else { break };
            run.push(s);
            j += 1;
        }
        if interleaved(&lines[i..j], &run) {
            for (l, &(k, _)) in lines[i..j].iter().zip(&run) {
                if k > 0 {
                    out.push(part(l, 0, k));
                }
            }
            for (l, &(k, n)) in lines[i..j].iter().zip(&run) {
                if n > 0 {
                    let mut p = part(l, k, k + n);
                    p.column_right = right;
                    out.push(p);
                }
            }
        } else {
            out.extend(lines[i..j.max(i + 1)].iter().cloned());
        }
        i = j.max(i + 1);
    }
    out
}

/// Two columns of text, not a table: a line with only a left part and one
/// with only a right part next to each other, their baselines closer than
/// a line apart but not the same (a table starts each row on one
/// baseline); both columns with lines of their own, and the right one
/// with more than marks.
fn interleaved(lines: &[Line], run: &[(usize, usize)]) -> bool {
    let rights = run.iter().filter(|s| s.1 > 0).count();
    let lefts = run.iter().filter(|s| s.0 > 0).count();
    if rights < 2 || lefts < 2 {
        return false;
    }
    // A right part of text, not only marks (`X`, a count) that a table's
    // cell centred between the lines of a wrapped name beside it.
    let text = lines.iter().zip(run).any(|(l, &(k, n))| {
        n > 0 && {
            let from = l.pieces[k].2;
            l.text[from..]
                .trim_matches(|c: char| c == '*' || c.is_whitespace())
                .chars()
                .count()
                > 4
        }
    });
    if !text {
        return false;
    }
    let only = |s: (usize, usize)| match s {
        (0, n) if n > 0 => Some(true),
        (k, 0) if k > 0 => Some(false),
        _ => None,
    };
    (1..lines.len()).any(|j| {
        let (a, b) = (only(run[j - 1]), only(run[j]));
        let dy = lines[j - 1].y - lines[j].y;
        let size = lines[j].size.max(1.0);
        matches!((a, b), (Some(x), Some(y)) if x != y) && dy > size * 0.35 && dy < size
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(y: f32, parts: &[(f32, &str)]) -> Line {
        let mut text = String::new();
        let mut pieces = Vec::new();
        for (k, &(x, t)) in parts.iter().enumerate() {
            if k > 0 {
                text.push('\t');
            }
            pieces.push((x, x + t.chars().count() as f32 * 5.5, text.len()));
            text.push_str(t);
        }
        Line {
            y,
            x: parts[0].0,
            end: pieces.last().unwrap().1,
            gap: 0.0,
            size: 11.0,
            bold: false,
            italic: false,
            text,
            pieces,
            row: None,
            column_right: 0.0,
        }
    }

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    /// Two groups side by side; the right one's first entry wraps, so the
    /// left column's next line falls between its lines.
    fn groups(wrapped_y: f32) -> Vec<Line> {
        vec![
            line(700.0, &[(71.0, "Ledamöter"), (324.0, "Ersättare")]),
            line(
                675.0,
                &[
                    (71.0, "Anna Al (S)"),
                    (324.0, "Frida Azadi (S) för vakans (MP) (ej"),
                ],
            ),
            line(wrapped_y, &[(324.0, "§ 28 pga jäv)")]),
            line(650.0, &[(71.0, "Bo Ek (M)")]),
            line(
                625.5,
                &[(71.0, "Cia Berg (C)"), (324.0, "Mikael Eriksson (S)")],
            ),
            line(600.0, &[(71.0, "David Ny (L) och en rad till som är lång")]),
        ]
    }

    #[test]
    fn interleaved_columns_read_column_by_column() {
        let out = page(groups(660.5), 11.0);
        assert_eq!(
            texts(&out),
            [
                "Ledamöter",
                "Anna Al (S)",
                "Bo Ek (M)",
                "Cia Berg (C)",
                "David Ny (L) och en rad till som är lång",
                "Ersättare",
                "Frida Azadi (S) för vakans (MP) (ej",
                "§ 28 pga jäv)",
                "Mikael Eriksson (S)",
            ]
        );
        assert!(out[5].column_right > 0.0 && out[0].column_right == 0.0);
    }

    /// Near miss: a table whose cell wraps starts its next row on one
    /// baseline, a full line below the wrapped one: rows, as they were.
    #[test]
    fn a_table_with_a_wrapped_cell_stays_rows() {
        let mut lines = groups(660.5);
        lines[3].y = 645.0;
        lines[2].y = 661.0;
        // The next row starts a line below the wrapped line, on one baseline.
        lines[3] = line(645.0, &[(71.0, "Bo Ek (M)"), (324.0, "Ulla Ny (S)")]);
        let before = texts(&lines).join("|");
        let out = page(lines, 11.0);
        assert_eq!(texts(&out).join("|"), before);
    }

    #[test]
    fn emphasis_is_closed_in_each_column() {
        let mut l = line(700.0, &[(71.0, "Ledamöter"), (324.0, "Ersättare")]);
        l.text = "**Ledamöter\tErsättare**".into();
        l.pieces = vec![(71.0, 120.0, 2), (324.0, 370.0, 12)];
        assert_eq!(part(&l, 0, 1).text, "**Ledamöter**");
        assert_eq!(part(&l, 1, 2).text, "**Ersättare**");
    }
}
