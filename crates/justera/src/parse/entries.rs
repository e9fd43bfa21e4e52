//! An attendance field's values as entries, one person each: lines that
//! a narrow column wrapped joined again, a flattened substitutes' table
//! paired, several people on one line split.

use super::people::split_people;
use crate::inline::{self, fold};
use crate::model::*;

/// An attendance field's values as entries, one person each. Under a
/// column header `ersätter` (a table of substitutes and whom they
/// replace, flattened), `Catarina Flod (M) Britt Kilsäter (M)` is one
/// entry: the first replaces the second.
pub(super) fn entries(src: &str, values: &[(String, Span)]) -> Vec<(String, Span)> {
    let mut replacing = false;
    let mut out = Vec::new();
    for (t, s) in &unwrapped(values) {
        if fold(t) == "ersätter" {
            replacing = true;
            continue;
        }
        let acts = inline::find_actors(t, 0);
        let pair = acts.len() == 2
            && acts[0].span.start == 0
            && acts[1].span.end == t.trim_end().len()
            && t[acts[0].span.end..acts[1].span.start].trim().is_empty();
        if replacing && pair {
            let (a, b) = (&t[..acts[0].span.end], &t[acts[1].span.start..]);
            out.push((format!("{a} ersätter {b}"), *s));
        } else {
            out.extend(split_people(src, t, *s));
        }
    }
    out
}

/// The values with each line that only goes on with the one above it
/// (a name and its party or its substitute's phrase wrapped in a narrow
/// column) joined to it.
fn unwrapped(values: &[(String, Span)]) -> Vec<(String, Span)> {
    let mut out: Vec<(String, Span)> = Vec::with_capacity(values.len());
    for (t, s) in values {
        match out.last_mut() {
            Some((prev, ps)) if goes_on(prev, t) => {
                prev.push(' ');
                prev.push_str(t.trim());
                *ps = ps.cover(*s);
            }
            _ => out.push((t.clone(), *s)),
        }
    }
    out
}

/// Whether the attendance line `t` goes on with the entry `prev` above it:
/// `(M)` alone after a name without a party (`Vice ordförande Erik
/// Moberg` / `(M)`), or small letters going on with a substitute's phrase
/// and naming someone (`Pelle Ström (L) tjänstgörande` / `ersättare för
/// Nina Holm (M)`).
fn goes_on(prev: &str, t: &str) -> bool {
    let t = t.trim();
    let party_alone = t
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .is_some_and(|(p, rest)| crate::party::is_party(p.trim()) && rest.trim().is_empty());
    if party_alone {
        // The name's last two words capitalised (a role may come first):
        // the entry's own name, or the one a substitute serves for
        // (`Sofia Ek (L), tjänstgörande ersättare för Jonas Strand`).
        let (own, tail) = prev.rsplit_once(')').unwrap_or(("", prev));
        let folded = fold(tail);
        let replaced = folded.contains("ersätt") || folded.contains("för ");
        let mut last = tail.split_whitespace().rev().take(2);
        return (!own.contains('(') || replaced)
            && !tail.contains('(')
            && last.clone().count() == 2
            && last.all(|w| w.starts_with(char::is_uppercase));
    }
    if name_wrapped(prev, t) {
        return true;
    }
    let f = fold(t);
    let p = fold(prev);
    let p = p.trim_end();
    // `Mats Ekholm (M), 1:e vice` / `ordförande`: a role wrapped.
    if p.ends_with(" vice") && f.starts_with("ordförande") {
        return true;
    }
    if !t.starts_with(char::is_lowercase) || !t.contains(char::is_uppercase) {
        return false;
    }
    [
        "ersätter ",
        "ersättare för ",
        "för ",
        "tjänstgör ",
        "tjänstgörande för ",
        "istf ",
    ]
    .iter()
    .any(|w| f.starts_with(w))
        || ["tjänstgörande", "ersättare", "ersätter", " för", " tjg"]
            .iter()
            .any(|w| p.ends_with(w))
}

/// A role or title written in a list of names (`Ordförande`, `Ledamot`,
/// `Förvaltningschef`), in any case.
fn role_word(w: &str) -> bool {
    let f = fold(w);
    matches!(
        f.as_str(),
        "ordförande" | "ordf" | "vice" | "ledamot" | "ledamöter" | "ersättare" | "sekreterare"
    ) || inline::looks_like_title(&f)
}

/// A list of people with parties broken inside a name (`..., Leif` /
/// `Sandberg (M), Helena Kron (C), ...`): the entry above ends in one or
/// two capitalised words with no party, and the line opens with one word
/// and its party.
fn name_wrapped(prev: &str, t: &str) -> bool {
    let name_word = |w: &str| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let piece = prev.rsplit(',').next().unwrap_or("").trim();
    let words: Vec<&str> = piece.split_whitespace().collect();
    let first_names = prev.contains('(')
        && (1..=2).contains(&words.len())
        && words.iter().all(|w| name_word(w) && !role_word(w));
    let t = t.trim();
    let (surname, rest) = t.split_once(' ').unwrap_or((t, ""));
    let party = rest
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .is_some_and(|(p, _)| crate::party::is_party(p.trim()));
    first_names && name_word(surname) && party
}

#[cfg(test)]
mod tests {
    use super::goes_on;

    #[test]
    fn a_party_alone_goes_on_with_the_name_it_follows() {
        assert!(goes_on("Vice ordförande Erik Moberg", "(M)"));
        // The replaced member's party, wrapped in a narrow column.
        assert!(goes_on(
            "Sofia Ek (L), tjänstgörande ersättare för Jonas Strand",
            "(L)"
        ));
        // A name that has its party: the next party is someone else's.
        assert!(!goes_on("Sofia Ek (L)", "(L)"));
        assert!(!goes_on("Sofia Ek (L), ordförande", "(S)"));
        // A role wrapped after `vice`.
        assert!(goes_on("Mats Ekholm (M), 1:e vice", "ordförande"));
        assert!(!goes_on("Mats Ekholm (M)", "ordförande"));
    }

    #[test]
    fn a_name_wrapped_between_its_first_and_last_name_goes_on() {
        assert!(goes_on(
            "Mikael Strand (M), ordförande, Leif",
            "Sandberg (M), Helena Kron (C)"
        ));
        // A whole name on the next line, or a role ending the line above.
        assert!(!goes_on("Mikael Strand (M), Leif", "Per Sandberg (M)"));
        assert!(!goes_on("Lisa Andersson (M), Ordförande", "Hansson (C)"));
        assert!(!goes_on("Leif", "Sandberg (M)"));
    }
}
