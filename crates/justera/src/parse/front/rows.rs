//! Front matter typed as table rows: labels over columns, a person's row,
//! cells split on `<br>`.

use super::super::people::next_label;
use crate::inline::{fold, parse_person};
use crate::labels::{front_label, front_label_prefix, FrontLabel};
use crate::model::*;
use crate::scan;

pub(super) fn attendance_label(l: FrontLabel) -> bool {
    matches!(
        l,
        FrontLabel::Members
            | FrontLabel::ServingSubstitutes
            | FrontLabel::Substitutes
            | FrontLabel::Others
            | FrontLabel::Present
    )
}

/// A value's text and span.
type Value = (String, Span);

/// `Jörgen Ek (MP) Paragrafer: §§ 164-170 Justeringsdatum: 2017-11-28`,
/// the value of a label with more `Label: value` after it on its line:
/// the value before the next label, and each further label with its value
/// (at most six). `None` when no label follows.
pub(super) fn labels_in_value(
    src: &str,
    v: &str,
    s: Span,
) -> Option<(Value, Vec<(FrontLabel, Value)>)> {
    let raw = s.of(src);
    let mut from = 0;
    let mut locate = |t: &str| match raw[from..].find(t) {
        Some(k) => {
            from += k + t.len();
            Span::new(s.start + from - t.len(), s.start + from)
        }
        None => s,
    };
    let cut = next_label(v)?;
    let first = v[..cut].trim().to_string();
    let first = (first.clone(), locate(&first));
    let mut more = Vec::new();
    let mut rest = &v[cut..];
    while more.len() < 6 {
        let Some((label, len)) = front_label_prefix(rest) else {
            break;
        };
        let after = rest[len..].trim_start_matches([':', ' ']);
        let end = next_label(after).unwrap_or(after.len());
        let value = after[..end].trim().to_string();
        let span = locate(&value);
        more.push((label, (value, span)));
        rest = &after[end..];
        if rest.is_empty() {
            break;
        }
    }
    Some((first, more))
}

/// A row of an attendance list whose first cell is a person: one entry
/// per cell when every filled cell starts with a person (`Anna Ek (S)` /
/// `Bo Berg (M)`, a list in columns), else one entry, the person with the
/// other cells as their role or scope (`Anna Ek (S)` / `ordförande`).
pub(super) fn person_row(src: &str, cells: &[&(String, Span)], row: Span) -> Vec<(String, Span)> {
    let filled: Vec<&&(String, Span)> = cells.iter().filter(|c| !c.0.trim().is_empty()).collect();
    if filled
        .iter()
        .all(|c| parse_person(&c.0, 0).is_some() && c.0.contains('('))
    {
        return filled.iter().flat_map(|c| split_br(src, c.1)).collect();
    }
    let text: Vec<&str> = filled.iter().map(|c| c.0.trim()).collect();
    vec![(text.join(", "), row)]
}

/// A table row whose cells are attendance labels, two or more (empty
/// cells aside): each column's label.
pub(super) fn column_labels(cells: &[&(String, Span)]) -> Option<Vec<Option<FrontLabel>>> {
    let labels: Vec<Option<FrontLabel>> = cells.iter().map(|c| front_label(&c.0)).collect();
    let named = labels
        .iter()
        .flatten()
        .filter(|&&l| attendance_label(l))
        .count();
    let all = cells
        .iter()
        .zip(&labels)
        .all(|(c, l)| c.0.trim().is_empty() || l.is_some_and(attendance_label));
    (named >= 2 && all).then_some(labels)
}

/// Split a table cell on `<br>` into pieces with spans.
pub(super) fn split_br(src: &str, cell: Span) -> Vec<(String, Span)> {
    let raw = cell.of(src);
    let mut out = Vec::new();
    let mut from = 0;
    let lower = raw.to_lowercase();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while let Some(p) = lower[k..].find("<br") {
        let s = k + p;
        let e = lower[s..].find('>').map(|q| s + q + 1).unwrap_or(raw.len());
        cuts.push((s, e));
        k = e;
    }
    cuts.push((raw.len(), raw.len()));
    for (s, e) in cuts {
        let piece = &raw[from..s];
        let lead = piece.len() - piece.trim_start().len();
        let t = scan::strip_inline(piece);
        if !t.is_empty() {
            out.push((
                t,
                Span::new(
                    cell.start + from + lead,
                    cell.start + from + piece.trim_end().len(),
                ),
            ));
        }
        from = e;
    }
    out
}

/// The left column of a table of attendance columns longer than the
/// right goes on after the table, a person a line (`3. Tor Sand (C)`):
/// the first column's field, which those lines continue.
pub(super) fn left_column_goes_on(text: &str, cols: &[Option<usize>]) -> Option<usize> {
    let t = text.trim();
    let t = &t[super::super::roll_entry::roll_number(t).unwrap_or(0)..];
    (t.contains('(') && parse_person(t, 0).is_some())
        .then(|| cols.first().copied().flatten())
        .flatten()
}

/// A header row naming a table of people's columns (`| Namn | Parti |
/// Funktion |`): where the name, the party and the role stand.
pub(super) struct PeopleColumns {
    name: usize,
    party: Option<usize>,
    role: Option<usize>,
}

/// The columns of a header row `| Namn | Parti | Funktion |` (a name's
/// column and a party's or a role's).
pub(super) fn people_columns(cells: &[&(String, Span)]) -> Option<PeopleColumns> {
    let folded: Vec<String> = cells.iter().map(|c| fold(c.0.trim())).collect();
    let at = |words: &[&str]| folded.iter().position(|f| words.contains(&f.as_str()));
    let name = at(&[
        "namn",
        "ledamot",
        "ledamöter",
        "ledamot/ersättare",
        "person",
    ])?;
    let party = at(&["parti", "partibeteckning", "partitillhörighet"]);
    let role = at(&[
        "funktion",
        "roll",
        "uppdrag",
        "befattning",
        "titel",
        "anmärkning",
    ]);
    (party.is_some() || role.is_some()).then_some(PeopleColumns { name, party, role })
}

impl PeopleColumns {
    /// A row as an attendance value: `Sofia Ek (L), tjänstgörande ersättare
    /// för Jonas Strand (L)`; a plain `Ledamot` adds nothing.
    pub(super) fn row(&self, cells: &[&(String, Span)], span: Span) -> Option<(String, Span)> {
        let cell = |k: Option<usize>| k.and_then(|k| cells.get(k)).map_or("", |c| c.0.trim());
        let name = cell(Some(self.name));
        if !crate::inline::plausible_name(name) {
            return None;
        }
        let mut v = name.to_string();
        let party = cell(self.party);
        if crate::party::is_party(party) {
            v.push_str(&format!(" ({party})"));
        }
        let role = cell(self.role);
        if !role.is_empty() && fold(role) != "ledamot" {
            let mut r = role.chars();
            let first = r
                .next()
                .map(|c| c.to_lowercase().to_string())
                .unwrap_or_default();
            v.push_str(&format!(", {first}{}", r.as_str()));
        }
        Some((v, span))
    }
}

/// An attendance entry wrapped onto the next line, which joins it (true)
/// instead of opening a field or an entry of its own: a role
/// (`Henrik Carlsson (M), 1:e vice` / `ordförande`, not the chair's field)
/// or the member a substitute serves for (`Olle Hedman (S) tjänstgörande
/// ersättare för Anders` / `Lövgren (S) § 43`, not a member).
pub(super) fn entry_goes_on(field: &mut super::apart::Field, it: &crate::scan::Item) -> bool {
    if !attendance_label(field.label) {
        return false;
    }
    match field.values.last_mut() {
        Some((t, s))
            if (role_left_open(t) && role_word(&it.text))
                || (replaced_left_open(t) && replaced_rest(&it.text)) =>
        {
            t.push(' ');
            t.push_str(it.text.trim());
            *s = Span::new(s.start, it.span.end);
            true
        }
        _ => false,
    }
}

/// A substitute's line ending before the member replaced, or inside the
/// member's name: `... tjänstgörande ersättare för`, `... ersätter`,
/// `... för Anders` (a first name, its party not yet written).
fn replaced_left_open(t: &str) -> bool {
    let t = t.trim_end();
    if !t.contains(')') || t.len() > 200 {
        return false;
    }
    let words: Vec<&str> = t.rsplit(' ').take(2).collect();
    let open = |w: &str| {
        matches!(
            fold(w).as_str(),
            "för" | "ersätter" | "istf" | "istf." | "ers."
        )
    };
    match words.as_slice() {
        [last, ..] if open(last) => true,
        [last, before] => {
            open(before)
                && last.starts_with(|c: char| c.is_uppercase())
                && last.chars().all(|c| c.is_alphabetic() || c == '-')
        }
        _ => false,
    }
}

/// The rest of a replaced member's entry on its own line: a name, with
/// its party (`Lövgren (S) § 43`, `Tomas Eklund (S)`).
fn replaced_rest(t: &str) -> bool {
    let t = t.trim();
    t.len() <= 80
        && t.starts_with(|c: char| c.is_uppercase())
        && t.contains('(')
        && front_label(t).is_none()
        && front_label_prefix(t).is_none()
        && t.matches('(').count() == 1
}

/// An attendance line ending inside a role: `Henrik Carlsson (M), 1:e
/// vice`, `Karin Alm (C), 2:e`, a comma after the party.
fn role_left_open(t: &str) -> bool {
    let t = t.trim_end();
    if t.ends_with(',') {
        return t.contains(')');
    }
    let last = t.rsplit(' ').next().unwrap_or("");
    let f = fold(last);
    t.contains(')')
        && (matches!(
            f.as_str(),
            "vice" | "förste" | "första" | "andre" | "andra" | "tredje"
        ) || f.ends_with(":e")
            || f.ends_with(":a"))
}

/// A line holding only the rest of a role: `ordförande`, `vice
/// ordförande`, `ordförande §§ 12-14`.
fn role_word(t: &str) -> bool {
    let f = fold(t);
    let f = f.trim().trim_end_matches([',', '.']);
    let rest = f
        .strip_prefix("vice ")
        .unwrap_or(f)
        .strip_prefix("ordförande")
        .or_else(|| f.strip_prefix("ordf"));
    rest.is_some_and(|r| r.is_empty() || r.trim_start().starts_with('§'))
        && parse_person(t, 0).is_none_or(|p| p.name.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_left_open_and_its_rest() {
        assert!(role_left_open("Henrik Carlsson (M), 1:e vice"));
        assert!(role_left_open("Henrik Carlsson (M), 2:e"));
        assert!(role_left_open("Eva Sjöberg (S),"));
        assert!(!role_left_open("Eva Sjöberg (S), ordförande"));
        assert!(!role_left_open("Karin Alm (C)"));
        assert!(!role_left_open("Ledamöterna, vice"));
        assert!(role_word("ordförande"));
        assert!(role_word("vice ordförande"));
        assert!(role_word("Ordförande §§ 12-14"));
        assert!(!role_word("Ordförande Anna Berg (S)"));
        assert!(!role_word("ordförandeklubban"));
        assert!(replaced_left_open(
            "Kristina Sandberg (S) tjänstgörande ersättare för"
        ));
        assert!(replaced_left_open(
            "Olle Hedman (S) tjänstgörande ersättare för Anders"
        ));
        assert!(replaced_left_open("Mona Ek (S) ersätter"));
        assert!(!replaced_left_open(
            "Olle Hedman (S) ersätter Anders Lövgren (S)"
        ));
        assert!(!replaced_left_open(
            "Kristina Sandberg tjänstgörande ersättare för"
        ));
        assert!(replaced_rest("Lövgren (S) § 43"));
        assert!(replaced_rest("Tomas Eklund (S)"));
        assert!(!replaced_rest("Tomas Eklund (S) Eva Ek (M)"));
        assert!(!replaced_rest("ersättare"));
    }
}
