//! One attendance entry read as a person: name, party, role, whom they
//! replace and for which paragraphs.

use super::actors::{find_actors, name_word};
use super::numbers::paragraph_numbers;
use crate::model::Person;
use crate::model::Replaces;
use crate::model::Scope;
use crate::model::Span;
use crate::party::{party_of, PARTIES};

/// Titles of officials, by their ending.
const TITLE_ENDINGS: [&str; 31] = [
    "chef",
    "sekreterare",
    "controller",
    "handläggare",
    "strateg",
    "direktör",
    "ekonom",
    "jurist",
    "samordnare",
    "utredare",
    "ansvarig",
    "specialist",
    "rådgivare",
    "assistent",
    "tjänsteperson",
    "tjänsteman",
    "ombud",
    "revisor",
    "planerare",
    "arkitekt",
    "inspektör",
    "koordinator",
    "analytiker",
    "konsult",
    "kommunikatör",
    "registrator",
    "ledare",
    "företrädare",
    "skyddsombud",
    "praktikant",
    "ingenjör",
];

pub fn looks_like_title(w: &str) -> bool {
    let l = w.to_lowercase();
    TITLE_ENDINGS.iter().any(|t| l.ends_with(t))
}

/// The role words of members, normalised.
fn member_role(s: &str) -> Option<String> {
    let l = s
        .trim()
        .trim_matches(|c: char| c == ',' || c == '.')
        .to_lowercase();
    let l = l
        .replace("2:e", "andre")
        .replace("1:e", "förste")
        .replace("2:a", "andre")
        .replace("1:a", "förste");
    for r in [
        "andre vice ordförande",
        "förste vice ordförande",
        "vice ordförande",
        "ordförande",
        "andre vice ordf",
        "förste vice ordf",
        "vice ordf",
        "ordf",
    ] {
        if l.contains(r) {
            // `vice ordf.`: the abbreviation written out.
            let whole = if r.ends_with("ordf") {
                format!("{r}örande")
            } else {
                r.to_string()
            };
            return Some(whole);
        }
    }
    None
}

/// A chair's role written before a name (`Ordförande`, `Ordf.`, `Vice
/// ordförande`, `1:e vice ordförande`, `Förste vice ordförande`): the role
/// and how many words it takes, when at least two words follow it. The
/// words must be the role exactly (`Nordfeldt` holds `ordf` but is no role).
fn leading_role(words: &[&str]) -> Option<(String, usize)> {
    (1..=3).filter(|&k| words.len() >= k + 2).find_map(|k| {
        let head = words[..k].join(" ").to_lowercase();
        let head = head.trim_end_matches([':', '.', ',']);
        // `Ordföranden Karin Wall (S)`, `Vice ordföranden ...`: the role
        // in its definite form.
        let head = head
            .strip_suffix('n')
            .filter(|h| h.ends_with("ordförande"))
            .unwrap_or(head);
        let exact = match head {
            "ordf" | "ordförande" => "ordförande",
            "vice ordf" | "vice ordförande" => "vice ordförande",
            "1:e vice ordförande"
            | "1:a vice ordförande"
            | "förste vice ordförande"
            | "första vice ordförande" => "förste vice ordförande",
            "2:e vice ordförande"
            | "2:a vice ordförande"
            | "andre vice ordförande"
            | "andra vice ordförande" => "andre vice ordförande",
            _ => return None,
        };
        Some((exact.to_string(), k))
    })
}

/// Scope of presence: `(ej §§ 16-18, 28)`, `ej § 28 pga jäv`, `§ 28`, `§§ 15-18`.
fn find_scope(s: &str, base: usize) -> Option<(Scope, usize)> {
    let k = s.find('§')?;
    // Lower case that keeps every offset (`İ` lowers to two characters).
    let lower = super::chars::lower_same_len(s);
    // `ej §§ 16-18`, `deltar ej i § 130`, `närvarar ej vid § 130`, `utom § 5`.
    let before = lower[..k].trim_end().trim_end_matches('(').trim_end();
    let neg = ["ej i", "ej vid", "inte i", "inte vid", "ej", "utom", "inte"]
        .iter()
        .find(|w| {
            before.ends_with(*w)
                && before[..before.len() - w.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphabetic())
        });
    let ej = neg.is_some();
    // `t.o.m. § 78`: present up to it; `fr.o.m. § 80`: from it on.
    let ends_word = |w: &&&str| {
        before.ends_with(**w)
            && before[..before.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphabetic())
    };
    let until = ["t.o.m.", "t.o.m", "t o m", "tom", "till och med"]
        .iter()
        .find(ends_word);
    let from = [
        "fr.o.m.",
        "fr.o.m",
        "fr o m",
        "from",
        "från och med",
        "från",
    ]
    .iter()
    .find(ends_word);
    // The scope runs from its opening word or parenthesis to the end of the
    // numbers (or the closing parenthesis).
    let mut start = k;
    if let Some(w) = neg.or(until).or(from) {
        start = before.len() - w.len();
    }
    if let Some(p) = s[..start].rfind('(') {
        if s[p + 1..start].trim().is_empty() {
            start = p;
        }
    }
    let mut end = s[k..].find(')').map(|c| k + c + 1).unwrap_or(s.len());
    // Without a closing parenthesis, stop after the numbers and any reason.
    if !s[start..].starts_with('(') {
        end = s.len();
    }
    let text = s[start..end].trim().to_string();
    let numbers = paragraph_numbers(&s[k..end]);
    if numbers.is_empty() {
        return None;
    }
    let reason = if lower[start..end].contains("jäv") {
        Some("jäv".to_string())
    } else {
        None
    };
    let first = numbers[0].min(1000);
    let (only, except) = if ej {
        (Vec::new(), numbers)
    } else if until.is_some() {
        ((1..=first).collect(), Vec::new())
    } else if from.is_some() {
        (Vec::new(), (1..first).collect())
    } else {
        (numbers, Vec::new())
    };
    Some((
        Scope {
            only,
            except,
            reason,
            text,
            span: Span::new(base + start, base + end),
        },
        start,
    ))
}

/// One attendance line: `Name (P), ordförande`, `Name (P) ersätter Name (P)`,
/// `Name (P) för vakans (MP) (ej § 28 pga jäv)`, `Name, sektionschef §§ 15-18`,
/// `Name Avdelningschef`.
pub fn parse_person(s: &str, base: usize) -> Option<Person> {
    let s_trim_end = s.trim_end_matches([',', ';', '.', ' ']);
    let s = s_trim_end;
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    let mut person = Person {
        span: Span::new(base, base + s.len()),
        ..Person::default()
    };
    let mut rest_end = s.len();
    if let Some((scope, start)) = find_scope(s, base) {
        rest_end = start;
        person.scope = Some(scope);
    }
    let head = s[..rest_end].trim_end();
    let lower = head.to_lowercase();
    // Whom a substitute replaces.
    let repl_at = [
        "ersätter",
        "tjänstgör för",
        "tjänstgörande för",
        "för vakans",
        // `tjg ersättare istf Y`, `tjg Y` in older and shorter lists.
        " istf ",
        " för ",
        " tjg ",
    ]
    .iter()
    .find_map(|w| lower.find(w).map(|k| (k, *w)));
    let (who, tail) = match repl_at {
        Some((k, w)) => {
            let after = head[k + w.len()..].trim();
            if w == "för vakans" {
                let party = after.trim_matches(|c| c == '(' || c == ')').trim();
                person.replaces = Some(Replaces::Vacancy {
                    party: if party.is_empty() {
                        None
                    } else {
                        Some(party.split([')', ' ']).next().unwrap_or("").to_string())
                    },
                });
            } else {
                // `ersätter Gran, Lisa (V)`: whom, surname first.
                let turned = surname_first(after);
                let after = turned.as_deref().unwrap_or(after);
                let acts = find_actors(after, 0);
                match acts.first() {
                    Some(a) => {
                        person.replaces = Some(Replaces::Person {
                            name: a.name.clone(),
                            party: a.party.clone(),
                        })
                    }
                    // `tjg för Klas Ek`: whom, without a party.
                    None if (!matches!(w, " för " | " tjg ") || lower[..k].ends_with(" tjg"))
                        && !after.is_empty() =>
                    {
                        let name = after.split('(').next().unwrap_or("").trim().to_string();
                        if !name.is_empty() {
                            person.replaces = Some(Replaces::Person { name, party: None })
                        }
                    }
                    None if w == " för " && after.to_lowercase().starts_with("vakans") => {}
                    None => {}
                }
            }
            if person.replaces.is_some() {
                (&head[..k], "")
            } else {
                (head, "")
            }
        }
        None => (head, ""),
    };
    let _ = tail;
    let who = who.trim().trim_end_matches(',').trim();
    let rewritten = surname_first(who);
    let who = rewritten.as_deref().unwrap_or(who);
    if let Some(open) = who.find('(') {
        let close = who[open..].find(')').map(|c| open + c)?;
        // `(-)`: a member of no party; `(s)`, `(kd)` in older protocols.
        let Some(party) = party_of(&who[open + 1..close]) else {
            // `Ulla Rask (sekreterare)`: a title in parentheses.
            let inner = who[open + 1..close].trim();
            let name = who[..open].trim();
            let title = inner.starts_with(char::is_lowercase)
                && inner
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| looks_like_title(w) || member_role(w).is_some());
            if title && who[close + 1..].trim().is_empty() && plausible_name(name) {
                person.name = name.to_string();
                person.role = member_role(inner).or_else(|| Some(inner.to_string()));
                return Some(person);
            }
            return None;
        };
        let mut name = who[..open].trim();
        for mfl in ["m.fl.", "m fl"] {
            if let Some(n) = name.strip_suffix(mfl) {
                person.group = true;
                name = n.trim();
            }
        }
        // `Mats Dahlbom Ordförande (C)`, `Katrin Johansson Ledamot (S)`: the
        // role between the name and the party.
        let mut words: Vec<&str> = name.split_whitespace().collect();
        // `Ordförande Anna Berg (S)`, `1:e vice ordf. Bo Ek (M)`: the role
        // before the name, when two or more words are left for the name.
        let mut role_before = leading_role(&words).map(|(role, k)| {
            words.drain(..k);
            role
        });
        for k in 2..words.len() {
            let tail = words[k..].join(" ");
            let f = tail.to_lowercase();
            if member_role(&tail).is_some_and(|r| r.split(' ').count() == words.len() - k)
                || f == "ledamot"
            {
                role_before = member_role(&tail);
                words.truncate(k);
                break;
            }
        }
        person.name = words.join(" ");
        person.party = Some(party);
        person.role = member_role(&who[close + 1..]).or(role_before);
    } else if let Some(comma) = who.find(',') {
        person.name = who[..comma].trim().to_string();
        let mut role = who[comma + 1..].trim().trim_end_matches(',').trim();
        // `Thor Lindgren, s, ordförande`, `Ulf Lundberg, v`: the party
        // after the comma, the role (if any) after it.
        let first = role.split([',', ' ']).next().unwrap_or("");
        if let Some(party) = comma_party(first) {
            person.party = Some(party);
            role = role[first.len()..].trim_start_matches([',', ' ']).trim();
            person.role =
                member_role(role).or_else(|| Some(role.to_lowercase()).filter(|r| !r.is_empty()));
        } else if !role.is_empty() {
            person.role = Some(role.to_lowercase());
        }
    } else {
        let words: Vec<&str> = who.split_whitespace().collect();
        // `Magnus Ek Förvaltningschef`, `Bo Ås Handläggare VA`, `Eva Lund
        // Verksamhetschef kost- och städ`: the title after the name.
        let title = (2..words.len().min(5)).find(|&k| looks_like_title(words[k]));
        if let Some(k) = title {
            person.name = words[..k].join(" ");
            let rest = words[k + 1..]
                .iter()
                .map(|w| format!(" {w}"))
                .collect::<String>();
            person.role = Some(format!("{}{rest}", words[k].to_lowercase()));
        } else {
            person.name = words.join(" ");
        }
    }
    if person.role.is_none() {
        person.role = member_role(head).filter(|_| !head.to_lowercase().contains("ersätter"));
    }
    if !plausible_name(&person.name) {
        return None;
    }
    Some(person)
}

/// A word that ends as the name of a body that meets ends (`Socialnämnden`,
/// `Kommunstyrelsen`, `Kommunfullmäktige`, `Direktionen`), folded.
pub fn body_word(w: &str) -> bool {
    [
        "nämnden",
        "styrelsen",
        "fullmäktige",
        "utskottet",
        "utskott",
        "nämnd",
        "beredningen",
        "direktionen",
        "förbundet",
        "stämman",
        "rådet",
    ]
    .iter()
    // `Livsmedelsområdet` ends in `rådet` and is no council.
    .any(|e| w.ends_with(e) && !(*e == "rådet" && w.ends_with("området")))
}

/// Parts of words that name a body, a unit or a place, not a person.
const BODY_PARTS: [&str; 16] = [
    "kontor",
    "avdelning",
    "förvaltning",
    "nämnd",
    "styrelse",
    "fullmäktige",
    "utskott",
    "enhet",
    "kommun",
    "region",
    "huset",
    "salen",
    "rummet",
    "bolag",
    "skola",
    "förbund",
];

/// A word that names a role, a title, a party, a body or a heading rather
/// than a person (`Ordförande`, `Förvaltningschef`, `Moderaterna`,
/// `Ekonomiavdelningen`, `Ledamöter`).
fn not_a_name(w: &str) -> bool {
    let l = w.to_lowercase();
    BODY_PARTS.iter().any(|b| l.contains(b))
        || member_role(w).is_some()
        || looks_like_title(w)
        || crate::party::PARTY_NAMES.iter().any(|(n, _)| *n == l)
        || [
            "ledamot",
            "ledamöter",
            "ersättare",
            "justerare",
            "närvarande",
            "frånvarande",
            "tjänstgörande",
            "beslutande",
            "övriga",
        ]
        .contains(&l.as_str())
}

/// A name's word written as one: a capital, then letters (and hyphens),
/// some of them small (`Anna`, `Rane-Andersson`; not `S`, `KD`).
fn name_cased(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && w.chars().skip(1).any(char::is_lowercase)
}

/// `Lind, Anna (S), ordförande`, `Strand, Gunilla, förvaltningschef`: a
/// list ordered by surname writes the surname and a comma before the given
/// names; rewritten as the rest of the text names people, `Anna Lind (S),
/// ordförande`. Only one word before the comma and one or two after it
/// (up to a parenthesis, a comma or the end), each a name's word, none a
/// role, a title or a party: `Anna Lind, ordförande` and `Ordförande,
/// Anna Lind` stay as written.
pub fn surname_first(t: &str) -> Option<String> {
    let (sur, rest) = t.split_once(',')?;
    let sur = sur.trim();
    if !name_cased(sur) || not_a_name(sur) {
        return None;
    }
    let rest = rest.trim_start();
    let end = rest.find(['(', ',']).unwrap_or(rest.len());
    let given = rest[..end].trim();
    let words: Vec<&str> = given.split_whitespace().collect();
    if !(1..=2).contains(&words.len()) || !words.iter().all(|w| name_cased(w) && !not_a_name(w)) {
        return None;
    }
    let name = format!("{} {sur}", words.join(" "));
    let gap = if rest[end..].starts_with('(') {
        " "
    } else {
        ""
    };
    plausible_name(&name).then(|| format!("{name}{gap}{}", &rest[end..]))
}

/// A national party written alone after a comma, as older protocols do
/// (`s`, `fp`, `KD`): its abbreviation. Local parties are not taken here,
/// where a short capitalised word may be anything (`IT`, `HR`).
pub fn comma_party(w: &str) -> Option<String> {
    let up = w.to_uppercase();
    let lower_or_upper = w == up || w == w.to_lowercase();
    (lower_or_upper && PARTIES.contains(&up.as_str())).then_some(up)
}

/// Two to six words, each starting with a capital (particles allowed);
/// not a letter-spaced heading (`PRO T OK OL L`: two or more words of one
/// letter without a dot).
pub fn plausible_name(n: &str) -> bool {
    let words: Vec<&str> = n.split_whitespace().collect();
    let single = words.iter().filter(|w| w.chars().count() == 1).count();
    // `KUNGSBACKA KOMMUN`, `Region Halland`: an organisation's name, as a
    // page header gives it, is no person's.
    let organisation = words.iter().any(|w| {
        // Each of the words opens with one of these letters: most words
        // are not folded.
        (6..=24).contains(&w.len())
            && matches!(w.as_bytes()[0] | 0x20, b'k' | b'r' | b'l' | b's' | b'p')
            && matches!(
                crate::text::fold(w).as_str(),
                "kommun"
                    | "region"
                    | "landsting"
                    | "kommunförbund"
                    | "sammanträdesprotokoll"
                    | "protokoll"
            )
    });
    (2..=6).contains(&words.len())
        && single < 2
        && !organisation
        && words
            .iter()
            .all(|w| name_word(w) || w.chars().next().is_some_and(|c| c.is_uppercase()))
        && !n.contains(':')
        && words
            .iter()
            .any(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
}

#[cfg(test)]
mod tests {
    /// A list ordered by surname (`Lind, Anna (S)`): the person as the
    /// rest of the text names them. Near misses: a name and its role, a
    /// role before a name, a party after the comma, two words before it.
    #[test]
    fn a_name_written_surname_first_with_a_comma() {
        let read = |t: &str| {
            super::parse_person(t, 0).map(|p| {
                let whom = match p.replaces {
                    Some(crate::model::Replaces::Person { name, .. }) => name,
                    _ => String::new(),
                };
                (p.name, p.party, p.role, whom)
            })
        };
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            read("Lind, Anna (S), ordförande"),
            Some(("Anna Lind".into(), s("S"), s("ordförande"), String::new()))
        );
        assert_eq!(
            read("Ros, Fredrik (V) ersätter Gran, Lisa (V)"),
            Some(("Fredrik Ros".into(), s("V"), None, "Lisa Gran".into()))
        );
        assert_eq!(
            read("Strand, Gunilla Maria, förvaltningschef"),
            Some((
                "Gunilla Maria Strand".into(),
                None,
                s("förvaltningschef"),
                String::new()
            ))
        );
        assert_eq!(
            read("Rane-Andersson, Maj-Britt (KD)").map(|p| p.0),
            s("Maj-Britt Rane-Andersson")
        );
        for t in [
            "Anna Lind, ordförande",
            "Anna Lind, Ordförande (M)",
            "Ordförande, Anna Lind",
            "Lindgren, s, ordförande",
            "Thor Lindgren, s",
            "Moderaterna, Anna",
            "Lind, Förvaltningschef",
            "Ekonomiavdelningen, Kommunledningskontoret",
            "Kommunhuset, Sessionssalen",
        ] {
            assert_eq!(super::surname_first(t), None, "{t}");
        }
    }

    /// A role abbreviated after the party (`vice ordf.`): written out.
    #[test]
    fn an_abbreviated_role_after_the_party() {
        let role = |t: &str| super::parse_person(t, 0).and_then(|p| p.role);
        assert_eq!(
            role("Olle Dahl (S), vice ordf.").as_deref(),
            Some("vice ordförande")
        );
        assert_eq!(role("Anna Berg (M), ordf.").as_deref(), Some("ordförande"));
        assert_eq!(
            role("Bo Ek (C), 2:e vice ordf.").as_deref(),
            Some("andre vice ordförande")
        );
    }

    #[test]
    fn a_letter_spaced_heading_is_no_name() {
        assert!(!super::plausible_name("PRO T OK OL L"));
        // Near misses: one initial, particles.
        assert!(super::plausible_name("Lasse S Lorentzon"));
        assert!(super::plausible_name("Anna von Ek"));
    }

    #[test]
    fn a_chairs_role_before_the_name() {
        for (t, name, role) in [
            ("Ordförande Anna Berg (S)", "Anna Berg", "ordförande"),
            ("Ordf. Anna Berg (S)", "Anna Berg", "ordförande"),
            (
                "1:e vice ordförande Bo Ek (M)",
                "Bo Ek",
                "förste vice ordförande",
            ),
            (
                "Andre vice ordförande Cia Dahl (C)",
                "Cia Dahl",
                "andre vice ordförande",
            ),
            // The role in its definite form.
            ("Ordföranden Karin Wall (S)", "Karin Wall", "ordförande"),
            (
                "Vice ordföranden Leif Stenmark (M)",
                "Leif Stenmark",
                "vice ordförande",
            ),
        ] {
            let p = super::parse_person(t, 0).unwrap();
            assert_eq!(
                (p.name.as_str(), p.role.as_deref()),
                (name, Some(role)),
                "{t}"
            );
        }
        // Near misses: a surname holding `ordf`, a role with one word after it.
        let p = super::parse_person("Nordfeldt Anna Berg (S)", 0).unwrap();
        assert_eq!(p.name, "Nordfeldt Anna Berg");
        assert_eq!(super::leading_role(&["Ordförande", "Berg"]), None);
    }

    #[test]
    fn an_officials_title_after_the_name() {
        for (t, name, role) in [
            (
                "Magnus Ek Förvaltningschef § 118-129",
                "Magnus Ek",
                "förvaltningschef",
            ),
            ("Bo Ås Handläggare VA § 119", "Bo Ås", "handläggare VA"),
            (
                "Eva Lund Verksamhetschef kost- och städ",
                "Eva Lund",
                "verksamhetschef kost- och städ",
            ),
            ("Mia Fors Trafikingenjör", "Mia Fors", "trafikingenjör"),
        ] {
            let p = super::parse_person(t, 0).unwrap();
            assert_eq!(
                (p.name.as_str(), p.role.as_deref()),
                (name, Some(role)),
                "{t}"
            );
        }
        // A name alone keeps all its words.
        let p = super::parse_person("Karin Anna Lindström", 0).unwrap();
        assert_eq!((p.name.as_str(), p.role), ("Karin Anna Lindström", None));
    }

    #[test]
    fn istf_and_tjg_name_whom_a_substitute_replaces() {
        use crate::model::Replaces;
        let p = super::parse_person("Ingrid Olsson (C) tjg ersättare istf Helena Brink (C)", 0)
            .unwrap();
        assert_eq!(p.name, "Ingrid Olsson");
        assert!(
            matches!(&p.replaces, Some(Replaces::Person { name, .. }) if name == "Helena Brink")
        );
        let p = super::parse_person("Rolf Ek (FiA) tjg Rose-Marie Fihn (L)", 0).unwrap();
        assert!(
            matches!(&p.replaces, Some(Replaces::Person { name, .. }) if name == "Rose-Marie Fihn")
        );
        // Near miss: `ej tjg ers` names nobody replaced.
        let p = super::parse_person("Markus Ek (S) ej tjg ers", 0).unwrap();
        assert_eq!(p.replaces, None);
    }

    use super::*;

    /// A letter whose lower case is longer (`İ`) before the scope: the
    /// offsets read in the lower case are the text's (this had panicked).
    #[test]
    fn a_scope_after_a_letter_that_lowers_longer() {
        let (s, _) = find_scope("İda Ek (S), ej § 12 pga jäv", 0).unwrap();
        assert!(!s.includes(12) && s.includes(11));
        assert_eq!(s.reason.as_deref(), Some("jäv"));
    }

    #[test]
    fn presence_up_to_and_from_a_paragraph() {
        let (s, _) = find_scope("Anna Ek (S) t.o.m. § 78", 0).unwrap();
        assert!(s.includes(60) && s.includes(78) && !s.includes(79));
        let (s, _) = find_scope("Bo Berg (M) till och med § 12", 0).unwrap();
        assert!(s.includes(12) && !s.includes(13));
        let (s, _) = find_scope("Cia Dahl (V) fr.o.m. § 80", 0).unwrap();
        assert!(!s.includes(79) && s.includes(80) && s.includes(95));
        assert_eq!(s.text, "fr.o.m. § 80");
    }

    #[test]
    fn persons() {
        let p = parse_person("Leif Åsbrink López (V), ordförande", 0).unwrap();
        assert_eq!(
            (p.name.as_str(), p.party.as_deref(), p.role.as_deref()),
            ("Leif Åsbrink López", Some("V"), Some("ordförande"))
        );
        let p = parse_person("Frida Azadi (S) för vakans (MP) (ej § 28 pga jäv)", 0).unwrap();
        assert_eq!(
            p.replaces,
            Some(Replaces::Vacancy {
                party: Some("MP".into())
            })
        );
        let sc = p.scope.unwrap();
        assert_eq!(sc.except, vec![28]);
        assert_eq!(sc.reason.as_deref(), Some("jäv"));
        let p = parse_person("Mikael Eriksson (S) för vakans (MP) § 28", 0).unwrap();
        assert_eq!(p.scope.unwrap().only, vec![28]);
        let p = parse_person("Sebastian Wiklund (S) ersätter Carolina Sinisalo (S)", 0).unwrap();
        assert_eq!(p.name, "Sebastian Wiklund");
        assert_eq!(
            p.replaces,
            Some(Replaces::Person {
                name: "Carolina Sinisalo".into(),
                party: Some("S".into())
            })
        );
        let p = parse_person("Johan Selander, sektionschef §§ 15-18", 0).unwrap();
        assert_eq!(
            (p.name.as_str(), p.role.as_deref()),
            ("Johan Selander", Some("sektionschef"))
        );
        assert_eq!(p.scope.unwrap().only, vec![15, 16, 17, 18]);
        let p = parse_person("Veronica Wolgast Carstorp Förvaltningschef", 0).unwrap();
        assert_eq!(
            (p.name.as_str(), p.role.as_deref()),
            ("Veronica Wolgast Carstorp", Some("förvaltningschef"))
        );
        let p = parse_person("Alexander Ojanne (S) Ordförande", 0).unwrap();
        assert_eq!(p.role.as_deref(), Some("ordförande"));
        let p = parse_person("Maj-Britt Rane-Andersson (S), 2:e vice ordförande", 0).unwrap();
        assert_eq!(p.role.as_deref(), Some("andre vice ordförande"));
        assert!(parse_person("Detta är en mening som inte är ett namn.", 0).is_none());
        // The party after a comma, in lower case, then the role.
        let p = parse_person("Thor Lindgren, s, ordförande", 0).unwrap();
        assert_eq!(
            (p.name.as_str(), p.party.as_deref(), p.role.as_deref()),
            ("Thor Lindgren", Some("S"), Some("ordförande"))
        );
        let p = parse_person("Lars-Gunnar Näsström, s vice ordförande", 0).unwrap();
        assert_eq!(
            (p.party.as_deref(), p.role.as_deref()),
            (Some("S"), Some("vice ordförande"))
        );
        let p = parse_person("Esbjörn Henriksson, fp", 0).unwrap();
        assert_eq!((p.party.as_deref(), p.role), (Some("FP"), None));
        // A word after the comma that is no national party is the role.
        let p = parse_person("Anna Berg, IT-strateg", 0).unwrap();
        assert_eq!((p.party, p.role.as_deref()), (None, Some("it-strateg")));
        // The role between the name and the party.
        let p = parse_person("Anneli Bengtsson Vice Ordförande (S)", 0).unwrap();
        assert_eq!(
            (p.name.as_str(), p.party.as_deref(), p.role.as_deref()),
            ("Anneli Bengtsson", Some("S"), Some("vice ordförande"))
        );
        let p = parse_person("Katrin Johansson Ledamot (S)", 0).unwrap();
        assert_eq!((p.name.as_str(), p.role), ("Katrin Johansson", None));
        let p = parse_person("Peter Sjö (-)", 0).unwrap();
        assert_eq!(
            (p.name.as_str(), p.party.as_deref()),
            ("Peter Sjö", Some("-"))
        );
        let p = parse_person("Bo Ek, Sv", 0).unwrap();
        assert_eq!(p.party, None);
    }

    /// A title in parentheses after the name (`Ulla Rask (sekreterare)`);
    /// near misses: a capitalised word (`(Nihab)`) and words after the
    /// parenthesis are no title.
    #[test]
    fn a_title_in_parentheses() {
        let p = parse_person("Ulla Rask (sekreterare)", 0).unwrap();
        assert_eq!(
            (p.name.as_str(), p.party, p.role.as_deref()),
            ("Ulla Rask", None, Some("sekreterare"))
        );
        let p = parse_person("Stina Grön (tf. kommundirektör)", 0).unwrap();
        assert_eq!(p.role.as_deref(), Some("tf. kommundirektör"));
        assert!(parse_person("Ulla Rask (Nihab)", 0).is_none());
        assert!(parse_person("Ulla Rask (sekreterare) och Bo", 0).is_none());
    }

    /// An organisation's name as a page header gives it is no person's;
    /// near miss: a surname that holds the letters (`Kommunsson`).
    #[test]
    fn an_organisations_name_is_no_persons() {
        for n in [
            "KUNGSBACKA KOMMUN",
            "Region Halland",
            "Göteborgs Stad Protokoll",
        ] {
            assert!(!plausible_name(n), "{n}");
        }
        assert!(plausible_name("Anna Kommunsson"));
        assert!(plausible_name("Regina Ek"));
    }
}
