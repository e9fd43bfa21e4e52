//! Attendance written as prose, as older council protocols record the roll
//! call: `Närvarande vid uppropet: ordföranden ... samt övriga ledamöter
//! utom A och B. Som ersättare för de frånvarande ledamöterna inträder: C
//! för A och D för B.` Each `X för Y` is a serving substitute and the
//! member they replace (4 kap. 22 § kommunallagen). Read only where no
//! labelled list named anyone.

use super::super::people::{person_entry, split_names};
use crate::inline::{self, lower_keep};
use crate::model::*;
use crate::scan::{Item, ItemKind};

/// Items of the front read, at most.
const MAX_ITEMS: usize = 200;

/// Whether a line may open the serving substitutes' sentence: lowered, it
/// holds `ttare` (of `ersättare`) only where its bytes are those letters in
/// any ASCII case (no other character lowers to ASCII in as many bytes).
fn may_list_substitutes(raw: &str) -> bool {
    crate::text::has_ascii_ci(raw, b"ttare", 2)
}

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

/// The roll call where no label introduced it: serving substitutes in
/// prose, members as a numbered run.
/// The front's lines of text (no page furniture), at most [`MAX_ITEMS`].
fn text_items<'a, 'b>(items: &'b [Item<'a>]) -> impl Iterator<Item = &'b Item<'a>> {
    items
        .iter()
        .filter(|x| x.kind == ItemKind::Text && !x.furniture)
        .take(MAX_ITEMS)
}

pub(super) fn unlabelled(src: &str, items: &[Item], doc: &mut Document) {
    substitutes_in_prose(src, items, doc);
    numbered_members(src, items, doc);
}

fn substitutes_in_prose(src: &str, items: &[Item], doc: &mut Document) {
    if !doc.attendance.members.is_empty() || !doc.attendance.serving_substitutes.is_empty() {
        return;
    }
    for it in text_items(items) {
        let raw = it.span.of(src);
        if !may_list_substitutes(raw) {
            continue;
        }
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

/// Words that name the members' list just before its first number.
const MEMBERS_WORDS: &[&str] = &["ledamöter", "beslutande", "närvarande", "ledamot"];

/// Where each numbered entry of a roll call starts in `t`, from `1.` on:
/// `1. Anna Berg (S) 2. Olof Ek (M)`, the numbers in order. The entry's
/// text starts after its number.
fn numbered_runs(t: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    while out.len() < super::super::roll_entry::MAX_ROLL {
        let want = format!("{}. ", out.len() + 1);
        let Some(k) = t[from..].find(&want).map(|k| from + k) else {
            break;
        };
        // The number stands alone: at the start or after a space.
        let alone = k == 0 || t[..k].ends_with(' ');
        let name = &t[k + want.len()..];
        if !alone || !name.starts_with(char::is_uppercase) {
            from = k + want.len();
            if out.is_empty() {
                continue;
            }
            break;
        }
        out.push((k, k + want.len()));
        from = k + want.len();
    }
    out
}

/// A roll call written as one numbered run with no label of its own that
/// the front read (`ledamöter 1. Anna Berg (S) 2. Olof Ek (M) ...`, a
/// flattened uppropslista): members, in the roll call's order. Read only
/// where no labelled list named a member, the run opening at the line's
/// start or after a word naming the members, every entry a name and its
/// party.
fn numbered_members(src: &str, items: &[Item], doc: &mut Document) {
    if !doc.attendance.members.is_empty() {
        return;
    }
    for it in text_items(items) {
        let raw = it.span.of(src);
        let runs = numbered_runs(raw);
        if runs.len() < 2 {
            continue;
        }
        let before = lower_keep(raw[..runs[0].0].trim_end());
        if !before.is_empty() && !MEMBERS_WORDS.iter().any(|w| before.ends_with(w)) {
            continue;
        }
        let mut people = Vec::new();
        for (k, &(_, text_start)) in runs.iter().enumerate() {
            let end = runs.get(k + 1).map_or(raw.len(), |r| r.0);
            let t = raw[text_start..end].trim_end();
            let span = Span::new(
                it.span.start + text_start,
                it.span.start + text_start + t.len(),
            );
            match person_entry(t, span).filter(|p| p.party.is_some() && p.replaces.is_none()) {
                Some(p) => people.push(p),
                None => {
                    people.clear();
                    break;
                }
            }
        }
        if people.len() >= 2 {
            let first = people[0].span.start;
            let last = people[people.len() - 1].span.end;
            // The text ends inside the list: it may go on past it.
            if src[last..].trim().is_empty() {
                for p in &mut people {
                    p.inferred = Some(Inference::ListCut);
                }
            }
            doc.attendance.members = people;
            let list = Span::new(first, last);
            doc.attendance.span = Some(doc.attendance.span.map_or(list, |s| s.cover(list)));
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    /// Lines of the substitutes' sentence and near misses: its words in
    /// several cases, tabs and line breaks that lower to spaces, edge bytes
    /// (NBSP, CR, `§`, å ä ö, É, empty), long words.
    const WORDS: [&str; 20] = [
        "Som ersättare för",
        "SOM ERSÄTTARE FÖR",
        "som",
        "ersättare",
        "ErSäTtArE",
        "för",
        "de frånvarande ledamöterna inträder:",
        "Anna Ek (S) för Bo Berg (M)",
        "ttar",
        "e",
        "\t",
        "\n",
        "\u{a0}",
        "\r",
        "§",
        "åäö ÅÄÖ É",
        "",
        "abcdefghijklmno",
        "abcdefghijklmnop",
        "abcdefghijklmnopq",
    ];

    /// A line turned away by its bytes holds no substitutes' sentence when
    /// lowered.
    #[test]
    fn a_line_turned_away_holds_no_substitutes_sentence() {
        let mut rng = crate::testing::Rng::new(0x1d2c_3b4a_5968_7786);
        for _ in 0..50_000 {
            let t = rng.phrase(&WORDS, 6);
            let found = super::substitutes_sentence(&super::lower_keep(&t)).is_some();
            assert!(!found || super::may_list_substitutes(&t), "{t:?}");
        }
    }

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

    fn members(src: &str) -> Vec<(String, Option<String>)> {
        crate::parse(src)
            .attendance
            .members
            .into_iter()
            .map(|p| (p.name, p.party))
            .collect()
    }

    /// A roll call flattened into one run after the page's header, with no
    /// label the front reads (`... SIDA 3 (3) ledamöter 1. A (S) 2. B (M)`):
    /// its members in order. Near misses: numbers not in order from 1, a
    /// run after other words, an entry without a party.
    #[test]
    fn a_numbered_run_names_the_members() {
        let src = "Kommunfullmäktige Protokoll 2025-03-24\n\n\
            3 KOMMUNFULLMÄKTIGE PROTOKOLL SIDA 3 (3) ledamöter 1. Alva Berg (S) \
            2. Tor Lund Ekström (M) 3. Eva Holm (C), ordförande\n";
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            members(src),
            [
                ("Alva Berg".to_string(), s("S")),
                ("Tor Lund Ekström".to_string(), s("M")),
                ("Eva Holm".to_string(), s("C")),
            ]
        );
        for near in [
            "Protokoll\n\nledamöter 2. Alva Berg (S) 3. Tor Lund (M)\n",
            "Protokoll\n\nBudgeten ökar 1. Alva Berg (S) 2. Tor Lund (M)\n",
            "Protokoll\n\nledamöter 1. Alva Berg (S) 2. Tor Lund\n",
        ] {
            assert!(members(near).is_empty(), "{near}");
        }
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
