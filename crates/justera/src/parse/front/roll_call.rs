//! Attendance written as prose, as older council protocols record the roll
//! call: `Närvarande vid uppropet: ordföranden ... samt övriga ledamöter
//! utom A och B. Som ersättare för de frånvarande ledamöterna inträder: C
//! för A och D för B.` Each `X för Y` is a serving substitute and the
//! member they replace (4 kap. 22 § kommunallagen). Read only where no
//! labelled list named anyone.

use super::super::people::split_names;
use crate::inline::{self, lower_keep};
use crate::model::*;
use crate::scan::{Item, ItemKind};

/// Items of the front read, at most.
const MAX_ITEMS: usize = 200;

/// The openings of the sentence that lists the serving substitutes, up to
/// its colon: `Som ersättare för de frånvarande ledamöterna inträder:`.
fn substitutes_sentence(lower: &str) -> Option<usize> {
    let at = lower.find("som ersättare för ")?;
    let colon = at + lower[at..].find(':')?;
    let opening = &lower[at..colon];
    let verb = ["inträder", "inträdde", "tjänstgör", "tjänstgjorde"]
        .iter()
        .any(|v| opening.ends_with(v));
    (verb && opening.len() < 90).then_some(colon + 1)
}

pub(super) fn substitutes_in_prose(src: &str, items: &[Item], doc: &mut Document) {
    if !doc.attendance.members.is_empty() || !doc.attendance.serving_substitutes.is_empty() {
        return;
    }
    for it in items
        .iter()
        .filter(|x| x.kind == ItemKind::Text && !x.furniture)
        .take(MAX_ITEMS)
    {
        let raw = it.span.of(src);
        let lower = lower_keep(raw);
        let Some(from) = substitutes_sentence(&lower) else {
            continue;
        };
        // The list runs to the sentence's end: a full stop before a capital
        // or the end of the line.
        let rest = &raw[from..];
        let end = rest
            .match_indices(". ")
            .map(|(k, _)| k)
            .find(|&k| rest[k + 2..].starts_with(char::is_uppercase))
            .unwrap_or(rest.trim_end().trim_end_matches('.').len());
        let base = it.span.start + from;
        let list = Span::new(base, base + end);
        for (entry, span) in split_names(&rest[..end], list) {
            let Some((name, replaced)) = entry.split_once(" för ") else {
                continue;
            };
            let (name, replaced) = (name.trim(), replaced.trim());
            if !inline::plausible_name(name) || !inline::plausible_name(replaced) {
                continue;
            }
            doc.attendance.serving_substitutes.push(Person {
                name: name.to_string(),
                replaces: Some(Replaces::Person {
                    name: replaced.to_string(),
                    party: None,
                }),
                span: Span::new(span.start, span.start + name.len()),
                ..Person::default()
            });
        }
        if !doc.attendance.serving_substitutes.is_empty() {
            doc.attendance.span = Some(list);
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    fn serving(src: &str) -> Vec<(String, String)> {
        crate::parse(src)
            .attendance
            .serving_substitutes
            .into_iter()
            .map(|p| {
                let replaced = match p.replaces {
                    Some(crate::model::Replaces::Person { name, .. }) => name,
                    _ => String::new(),
                };
                (p.name, replaced)
            })
            .collect()
    }

    #[test]
    fn substitutes_named_in_the_roll_call_sentence() {
        let src = "1 Den 3 mars 1998 Närvarande vid uppropet: ordföranden samt övriga \
            ledamöter utom Alva Berg, Tor Lund och Eva Holm. Som ersättare för de frånvarande \
            ledamöterna inträder: Gus Ström för Alva Berg, Ida Sten för Tor Lund och Jan Ros \
            för Eva Holm. Alva Berg infinner sig under ärendet 12.\n";
        assert_eq!(
            serving(src),
            [
                ("Gus Ström".to_string(), "Alva Berg".to_string()),
                ("Ida Sten".to_string(), "Tor Lund".to_string()),
                ("Jan Ros".to_string(), "Eva Holm".to_string()),
            ]
        );
        let d = crate::parse(src);
        assert_eq!(d.kind, crate::model::DocumentKind::Protocol);
    }

    #[test]
    fn near_misses_read_nothing() {
        // A sentence about substitutes in general, with no list after a colon.
        let src = "Som ersättare för de frånvarande ledamöterna inträder den som står \
            näst i tur för Alva Berg.\n";
        assert!(serving(src).is_empty());
        // A list under its label is read by the label, not as prose.
        let labelled = "Tjänstgörande ersättare\nGus Ström (S) ersätter Alva Berg (S)\n\n\
            Som ersättare för frånvarande ledamöter inträder: Ida Sten för Tor Lund.\n";
        assert_eq!(
            serving(labelled),
            [("Gus Ström".to_string(), "Alva Berg".to_string())]
        );
    }
}
