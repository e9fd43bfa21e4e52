//! A paragraph's element id and the link to it, made from the number as
//! its head writes it (`§ 12` is `p12`, `§ 12 a` `p12a`, `§§ 13-14`
//! `p13-14`): `§ 12` and the `§ 12 a` inserted after it share a number but
//! not an id, and a plain number keeps the `p12` links always had.

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

/// The id of `p`.
pub fn of(p: &Paragraph) -> String {
    anchor(&p.label())
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
        let ids: Vec<String> = ps.iter().map(of).collect();
        assert_eq!(ids, ["p12", "p12a", "p12b", "p13-14", "p15-16", "p17"]);
        assert!(ids.iter().all(|id| is_anchor(id)));
        assert_eq!(anchor("§ 12 a"), "p12a");
        for not in ["p", "px", "pa12", "p12 a", "p12#", "main", "las"] {
            assert!(!is_anchor(not), "{not}");
        }
    }
}
