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
    if !may_hold_member_role(s) {
        return None;
    }
    member_role_plain(s)
}

/// Whether `s` may hold a member's role, asked of its bytes before any
/// lowering: every role that [`member_role_plain`] finds holds `ordf`
/// after lowering and the ordinals written out. Only ASCII `ORDF` lowers to
/// ASCII `ordf`, and the ordinals written out (`andre`, `förste`) make an
/// `ordf` only where `ord` stands before a `1:` (`ord1:e` → `ordförste`).
fn may_hold_member_role(s: &str) -> bool {
    crate::text::has_ascii_ci(s, b"ordf", 3) || memchr::memmem::find(s.as_bytes(), b"1:").is_some()
}

/// [`member_role`] without its gate: the text lowered, the ordinals written
/// out and the roles searched for.
fn member_role_plain(s: &str) -> Option<String> {
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
    let repl_at = replacement_word(&lower);
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

/// The words before whom a substitute replaces, the first found of them
/// in this order.
const REPLACEMENT_WORDS: [&str; 7] = [
    "ersätter",
    "tjänstgör för",
    "tjänstgörande för",
    "för vakans",
    // `tjg ersättare istf Y`, `tjg Y` in older and shorter lists.
    " istf ",
    " för ",
    " tjg ",
];

/// Where the first of [`REPLACEMENT_WORDS`] found in `lower` stands, and
/// which: none is searched for in an entry that holds none of `ä`, `ö`,
/// `istf` and `tjg` (each word holds one of them), most entries.
fn replacement_word(lower: &str) -> Option<(usize, &'static str)> {
    let b = lower.as_bytes();
    let may = (0..b.len()).any(|i| match b[i] {
        0xC3 => matches!(b.get(i + 1), Some(0xA4 | 0xB6)),
        b'i' => b[i..].starts_with(b"istf"),
        b't' => b[i..].starts_with(b"tjg"),
        _ => false,
    });
    if !may {
        return None;
    }
    replacement_word_plain(lower)
}

/// [`replacement_word`] searched for word by word.
fn replacement_word_plain(lower: &str) -> Option<(usize, &'static str)> {
    REPLACEMENT_WORDS
        .iter()
        .find_map(|w| lower.find(w).map(|k| (k, *w)))
}

/// A word that ends as the name of a body that meets ends (`Socialnämnden`,
/// `Kommunstyrelsen`, `Kommunfullmäktige`, `Direktionen`), folded.
pub(crate) fn body_word(w: &str) -> bool {
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
mod tests;
