//! A roll call's entry (uppropslista): the member's number before the name
//! (`12. Olof Ek (M)`, `1 Anna Berg S`) and the party written bare after
//! it, as a flattened table of the roll call reads.

use crate::inline::{self, fold};

/// The most entries of one numbered roll call read.
pub(super) const MAX_ROLL: usize = 400;

/// `12. Olof Ek (M)`, `1 Anna Berg S`, `3) Per Ås`: a member's number in
/// the roll call before the name (the order of the uppropslista); the byte
/// length of the number and the space after it.
pub(super) fn roll_number(t: &str) -> Option<usize> {
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &t[digits..];
    let rest = rest.strip_prefix(['.', ')', ':']).unwrap_or(rest);
    let name = rest.trim_start();
    (name.len() < rest.len() && name.starts_with(char::is_uppercase))
        .then_some(t.len() - name.len())
}

/// `Anna Berg S ordförande`, `Olof Ek M`: the party written bare after the
/// name, as a roll call's table columns read when flattened, rewritten as
/// `Anna Berg (S), ordförande`. Only a known party's abbreviation after two
/// to four capitalised words, and only a role (or nothing) after it.
pub(super) fn bare_party(t: &str) -> Option<String> {
    if t.contains('(') {
        return None;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| inline::PARTIES.contains(&w.trim_end_matches(',')))?;
    let name = words[..at].join(" ");
    // Each word of the name written as a name is (`Anna`, not `PRO`).
    let written = words[..at]
        .iter()
        .all(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase));
    if !(2..=4).contains(&at) || !written || !inline::plausible_name(&name) {
        return None;
    }
    let party = words[at].trim_end_matches(',');
    let role = words[at + 1..].join(" ");
    let f = fold(&role);
    let known = role.is_empty() || f.contains("ordf") || f == "ledamot";
    known.then(|| {
        if role.is_empty() {
            format!("{name} ({party})")
        } else {
            format!("{name} ({party}), {role}")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::people::person_entry;
    use super::*;
    use crate::model::Span;

    /// A roll call's number before the name and the party written bare
    /// after it (a flattened uppropslista); near misses: a page stamp in
    /// capitals, an initial, a word after the party that is no role.
    #[test]
    fn numbered_entries_with_a_bare_party() {
        let read =
            |t: &str| person_entry(t, Span::new(0, t.len())).map(|p| (p.name, p.party, p.role));
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            read("1 Ingrid Sommar S ordförande"),
            Some((s("Ingrid Sommar").unwrap(), s("S"), s("ordförande")))
        );
        assert_eq!(
            read("12. Olof Ek (M), vice ordförande"),
            Some((s("Olof Ek").unwrap(), s("M"), s("vice ordförande")))
        );
        assert_eq!(bare_party("PRO T OK OL L"), None);
        assert_eq!(bare_party("Anna C Berg"), None);
        assert_eq!(bare_party("Anna Berg M Nilsson"), None);
        assert_eq!(roll_number("2024 Budget"), None);
        assert_eq!(roll_number("3) Per Ås"), Some(3));
    }
}
