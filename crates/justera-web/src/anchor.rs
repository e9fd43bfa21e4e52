//! A paragraph's element id and the link to it, made from the number as
//! its head writes it (`§ 12` is `p12`, `§ 12 a` `p12a`, `§§ 13-14`
//! `p13-14`): `§ 12` and the `§ 12 a` inserted after it share a number but
//! not an id, and a plain number keeps the `p12` links always had. A
//! label written again (a number used twice, which `duplicate-number`
//! reports) gives each later copy its count after a dash (`p12-2`), so no
//! two paragraphs share an id.

use std::collections::HashMap;

use justera::Paragraph;

/// The id of the paragraph labelled `label` (`§ 12 a`): `p` and the
/// label's letters, digits and dashes.
pub fn anchor(label: &str) -> String {
    let mut id = String::from("p");
    id.extend(
        label
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-'),
    );
    id
}

/// The id of `p`'s label, alone (`p12`).
fn of(p: &Paragraph) -> String {
    anchor(&p.label())
}

/// The id of `ps[k]`: its label's (`p12`), or for a label written before
/// it, the copy's count after a dash (`p12-2`, the second `§ 12`).
pub fn at(ps: &[Paragraph], k: usize) -> String {
    let p = &ps[k];
    let base = of(p);
    // Equal ids hold equal numbers: the number is compared first.
    let copy = 1 + ps[..k]
        .iter()
        .filter(|q| q.number == p.number && of(q) == base)
        .count();
    copied(base, copy)
}

/// The id of every paragraph of `ps`, in order: `at(ps, k)` for each `k`,
/// made in one pass.
pub fn ids(ps: &[Paragraph]) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    ps.iter()
        .map(|p| {
            let base = of(p);
            let copy = seen.entry(base.clone()).or_insert(0);
            *copy += 1;
            copied(base, *copy)
        })
        .collect()
}

/// The ids of the paragraphs some rows name by label and title, the rows
/// in the paragraphs' order (a summary's rows): each row the next
/// paragraph that has its label and title, its label's id when none has.
pub fn in_order<'a>(
    ps: &[Paragraph],
    ids: &[String],
    rows: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<String> {
    let mut k = 0;
    rows.into_iter()
        .map(|(label, title)| {
            match (k..ps.len()).find(|&j| ps[j].title == title && ps[j].label() == label) {
                Some(j) => {
                    k = j + 1;
                    ids[j].clone()
                }
                None => anchor(label),
            }
        })
        .collect()
}

/// `p12` for the first copy of a label, `p12-2` for the second.
fn copied(base: String, copy: usize) -> String {
    if copy <= 1 {
        base
    } else {
        format!("{base}-{copy}")
    }
}

/// Whether `id` (a URL fragment without `#`) has the shape of a paragraph's
/// id: `p`, a digit, then digits, small letters and dashes.
pub fn is_anchor(id: &str) -> bool {
    id.strip_prefix('p').is_some_and(|r| {
        r.starts_with(|c: char| c.is_ascii_digit())
            && r.chars()
                .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase() || c == '-')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(number: u32, number_text: &str) -> Paragraph {
        Paragraph {
            number,
            number_text: number_text.into(),
            ..Paragraph::default()
        }
    }

    fn titled(number: u32, title: &str) -> Paragraph {
        Paragraph {
            title: title.into(),
            ..paragraph(number, &format!("§ {number}"))
        }
    }

    #[test]
    fn each_paragraph_its_own_id_from_its_label() {
        let ps = [
            paragraph(12, "§ 12"),
            paragraph(12, "§ 12 a"),
            paragraph(12, "KS § 12 B"),
            paragraph(13, "§§ 13-14"),
            paragraph(15, "§§ 15 och 16"),
            paragraph(17, ""),
        ];
        let ids = ids(&ps);
        assert_eq!(ids, ["p12", "p12a", "p12b", "p13-14", "p15-16", "p17"]);
        assert!(ids.iter().all(|id| is_anchor(id)));
        assert_eq!(anchor("§ 12 a"), "p12a");
        for not in ["p", "px", "pa12", "p12 a", "p12#", "main", "las"] {
            assert!(!is_anchor(not), "{not}");
        }
    }

    #[test]
    fn a_number_written_twice_gives_each_copy_its_own_id() {
        let ps = [
            titled(11, "Val av justerare"),
            titled(12, "Budget"),
            paragraph(12, "§ 12 a"),
            titled(12, "Detaljplan"),
            titled(13, "Information"),
            titled(12, "Taxa"),
        ];
        let all = ids(&ps);
        assert_eq!(all, ["p11", "p12", "p12a", "p12-2", "p13", "p12-3"]);
        let each: Vec<String> = (0..ps.len()).map(|k| at(&ps, k)).collect();
        assert_eq!(each, all);
        assert!(all.iter().all(|id| is_anchor(id)));
        let unique: std::collections::HashSet<&String> = all.iter().collect();
        assert_eq!(unique.len(), all.len());
        // A summary's rows, in order, find their own copy.
        let rows = [
            ("§ 12", "Detaljplan"),
            ("§ 13", "Information"),
            ("§ 12", "Taxa"),
        ];
        assert_eq!(in_order(&ps, &all, rows), ["p12-2", "p13", "p12-3"]);
        assert_eq!(in_order(&ps, &all, [("§ 40", "Okänd")]), ["p40"]);
    }
}
