//! A list of several paragraphs' votes side by side (a närvaro- och
//! voteringslista): each paragraph's ballot columns under its number, in
//! the column's own head (`§ 12 Ja`, `§ 12 Nej`) or in a row above the
//! heads (`| | § 12 | | § 13 | |` over `| Ledamot | Ja | Nej | Ja | Nej |`).
//! A paragraph's roll call reads its own columns only.

/// `§ 12 Ja`, `§12: Nej`, `§ 12`: the paragraph's number and what the cell
/// says after it.
pub(crate) fn section_cell(c: &str) -> Option<(u32, &str)> {
    let rest = c.trim().strip_prefix('§')?;
    let r = rest.trim_start();
    let nd = r.bytes().take_while(u8::is_ascii_digit).count();
    if nd == 0 || nd > 4 {
        return None;
    }
    let n = r[..nd].parse().ok()?;
    let after = r[nd..].trim_start_matches([' ', ':', '-', '–', ',']);
    Some((n, after))
}

/// A row naming paragraphs over the ballot columns (every cell with text
/// a `§ N` alone): each column's paragraph, a number running right until
/// the next.
pub(super) fn group_row(cells: &[String]) -> Option<Vec<Option<u32>>> {
    let mut any = false;
    let mut cur = None;
    let mut out = Vec::with_capacity(cells.len());
    for c in cells {
        if !c.trim().is_empty() {
            let (n, after) = section_cell(c)?;
            if !after.is_empty() {
                return None;
            }
            any = true;
            cur = Some(n);
        }
        out.push(cur);
    }
    any.then_some(out)
}

/// A row set with spaces naming paragraphs over the ballot columns
/// (`§ 47          § 49`): the numbers, left to right.
pub(super) fn aligned_group_row(cells: &[(usize, String)]) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    for (_, c) in cells {
        let (n, after) = section_cell(c)?;
        if !after.is_empty() {
            return None;
        }
        out.push(n);
    }
    (!out.is_empty()).then_some(out)
}

/// The paragraph over each cell of a header set with spaces, from the
/// numbers of the row above it (`numbers`, left to right): each
/// paragraph's ballot columns open with the same head (`Ja ... Ja ...`),
/// and the heads before the first are no paragraph's. None when the
/// groups and the numbers do not pair up one to one.
pub(super) fn aligned_groups(heads: &[String], numbers: &[u32]) -> Option<Vec<Option<u32>>> {
    let first = heads.iter().position(|h| {
        let f = h.trim().to_lowercase();
        f == "ja" || f.starts_with("ja ") || f.starts_with("ja-")
    })?;
    let opening = heads[first].trim();
    let mut group: Option<usize> = None;
    let mut out = Vec::with_capacity(heads.len());
    for (k, h) in heads.iter().enumerate() {
        if k >= first && h.trim() == opening {
            group = Some(group.map_or(0, |g| g + 1));
        }
        out.push(match group {
            Some(g) => Some(*numbers.get(g)?),
            None => None,
        });
    }
    (group == Some(numbers.len() - 1)).then_some(out)
}

/// A header row as paragraph `number` reads it: the heads of other
/// paragraphs' columns blanked, its own without their `§ N`. A row naming
/// no paragraph is returned as it is.
pub(super) fn for_paragraph(
    cells: &[String],
    number: u32,
    groups: Option<&[Option<u32>]>,
) -> Vec<String> {
    cells
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let group = groups.and_then(|g| g.get(k).copied().flatten());
            match (section_cell(c), group) {
                (Some((n, after)), _) if n == number => after.to_string(),
                (Some(_), _) => String::new(),
                (None, Some(n)) if n != number => String::new(),
                _ => c.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(t: &[&str]) -> Vec<String> {
        t.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn each_paragraph_reads_its_own_columns() {
        let head = cells(&[
            "Ledamot",
            "Närvarande",
            "§ 12 Ja",
            "§ 12 Nej",
            "§13: Ja",
            "§13: Nej",
        ]);
        assert_eq!(
            for_paragraph(&head, 13, None),
            cells(&["Ledamot", "Närvarande", "", "", "Ja", "Nej"])
        );
        // A row above the heads names the paragraphs.
        let groups = group_row(&cells(&["", "", "§ 12", "", "§ 13", ""])).unwrap();
        let head = cells(&["Ledamot", "Närv", "Ja", "Nej", "Ja", "Nej"]);
        assert_eq!(
            for_paragraph(&head, 12, Some(&groups)),
            cells(&["Ledamot", "Närv", "Ja", "Nej", "", ""])
        );
        // Near misses: a row of names or heads is no group row; a header
        // naming no paragraph stays.
        assert_eq!(group_row(&cells(&["Ledamot", "§ 12"])), None);
        assert_eq!(group_row(&cells(&["", "§ 12 Ja"])), None);
        assert_eq!(group_row(&cells(&["", ""])), None);
        let plain = cells(&["Ledamot", "Ja", "Nej"]);
        assert_eq!(for_paragraph(&plain, 12, None), plain);
    }

    /// `§ 47   § 49` set with spaces over `Ledamot  Ersättare  Ja  Nej
    /// Avst  Ja  Nej  Avst`: each paragraph's columns from where its `Ja`
    /// opens them, whatever the numbers' own places over them.
    #[test]
    fn groups_over_a_header_set_with_spaces() {
        let row = crate::aligned::cells("                § 47           § 49");
        let numbers = aligned_group_row(&row).unwrap();
        assert_eq!(numbers, [47, 49]);
        let head = cells(&[
            "Ledamot",
            "Ersättare",
            "Ja",
            "Nej",
            "Avst",
            "Ja",
            "Nej",
            "Avst",
        ]);
        let groups = aligned_groups(&head, &numbers).unwrap();
        assert_eq!(
            for_paragraph(&head, 49, Some(&groups)),
            cells(&["Ledamot", "Ersättare", "", "", "", "Ja", "Nej", "Avst"])
        );
        // Near misses: more groups than numbers, or a row of other words.
        assert_eq!(aligned_groups(&head, &[47]), None);
        assert_eq!(aligned_groups(&head, &[47, 49, 51]), None);
        assert_eq!(aligned_group_row(&crate::aligned::cells("§ 47   Ja")), None);
    }
}
