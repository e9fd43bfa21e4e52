//! Who speaks in a sentence: actors with parties, names without one, a
//! body or party group, and the `Name (P):` label style.

use super::actors::{comma_parties, find_actors, name_word, party_groups, party_list, NOT_NAMES};
use super::chars::{lower_keep, word_end};
use crate::model::Actor;
use crate::model::Span;
use crate::party::PARTY_NAMES;

/// Words that name a body or an office, never a person.
fn body_word(w: &str) -> bool {
    let l = lower_keep(w);
    NOT_NAMES.contains(&w)
        || PARTY_NAMES.iter().any(|(n, _)| *n == l)
        || [
            "nämnden",
            "nämnd",
            "styrelsen",
            "styrelse",
            "förvaltningen",
            "fullmäktige",
            "kommun",
            "kommunen",
            "regionen",
            "region",
            "förbundet",
            "verket",
            "utskottet",
            "utskott",
            "kontoret",
            "presidiet",
            "beredningen",
            "gruppen",
            "partiet",
            "ordföranden",
            "ordförande",
            "rådet",
            "direktören",
            "chefen",
            "revisorerna",
            "sekreteraren",
            "bolaget",
            "föreningen",
        ]
        .iter()
        .any(|e| l.ends_with(e))
        || (w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase()))
}

/// Where the words of a segment start, after markup and list bullets.
fn lead_of(s: &str) -> usize {
    s.len()
        - s.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '*' | '_' | '"' | '”' | '“' | '-' | '–' | '•')
        })
        .len()
}

/// A segment that is only a list of names without parties (`Samir
/// Gustavsson`, `Anna Ek och Bo Berg`): each name's span. Leading titles
/// (`Ordföranden`, `Ersättaren`) are skipped.
fn bare_names(s: &str, from: usize, to: usize) -> Option<Vec<(usize, usize, String)>> {
    let seg = &s[from..to];
    let mut pos = from + lead_of(seg);
    // Titles before the first name.
    loop {
        let e = word_end(s, pos);
        let w = &s[pos..e];
        let title =
            NOT_NAMES.contains(&w) || (w.ends_with("rådet") && w.starts_with(char::is_uppercase));
        if e > pos && title && s[e..].starts_with(' ') {
            pos = e + 1;
        } else {
            break;
        }
    }
    let end = from
        + seg
            .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
            .len();
    if pos >= end {
        return None;
    }
    let mut out = Vec::new();
    let mut chunk_start = pos;
    let text = &s[pos..end];
    // Each name read as the separator after it (or the end) is found.
    let mut k = 0;
    loop {
        let rest = &text[k..];
        let sep = [", ", " och ", " samt "]
            .iter()
            .find(|x| k < text.len() && rest.starts_with(**x));
        let (ce, next) = match sep {
            Some(x) => (pos + k, pos + k + x.len()),
            None if k >= text.len() => (end, end),
            None => {
                k += rest.chars().next().map_or(1, char::len_utf8);
                continue;
            }
        };
        // Its words are those `split(' ')` gives: joined again, the chunk.
        let chunk = &s[chunk_start..ce];
        if !(2..=4).contains(&chunk.split(' ').count())
            || !chunk.split(' ').all(|w| name_word(w) && !body_word(w))
            || chunk.starts_with(char::is_lowercase)
        {
            return None;
        }
        out.push((chunk_start, ce, chunk.to_string()));
        match sep {
            Some(x) => k += x.len(),
            None => return Some(out),
        }
        chunk_start = next;
    }
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Who a segment (the words before a verb: `yrkar`, `reserverar sig`,
/// `lämnar`) names as speaking: persons with their party in parentheses
/// (`Karin Wallgren (s)`), after a comma (`Tove Lindqvist, L`) or behind a
/// group (`Maria Åkesson, Per Bylén och Lilian Nylund (MP-gruppen)`); party
/// groups (`Ledamöterna från M, L och KD`, `SD-gruppen`, `Socialdemokraterna
/// och Miljöpartiet`); and, when the segment is nothing but names, persons
/// without a party (`Samir Gustavsson`).
pub fn find_speakers(s: &str, base: usize) -> Vec<Actor> {
    find_speakers_low(s, &lower_keep(s), base)
}

/// [`find_speakers`] of `s` whose lower case (`lower_keep(s)`, every
/// offset kept) the caller holds.
pub(crate) fn find_speakers_low(s: &str, low: &str, base: usize) -> Vec<Actor> {
    let mut out = find_actors(s, base);
    let persons = !out.is_empty();
    for a in party_groups(s, low, base)
        .into_iter()
        .chain(comma_parties(s, base))
    {
        // `X (S), för S-gruppen,`: the person speaks.
        let rel = a.span.start - base;
        if persons && low[..rel].trim_end().ends_with(" för") {
            continue;
        }
        if !out.iter().any(|b| overlaps(&a.span, &b.span)) {
            out.push(a);
        }
    }
    out.sort_by_key(|a| a.span.start);
    let lead = lead_of(s);
    let end = s
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
        .len();
    if let Some(first) = out.first() {
        // Bare names before the first person share its party: `Maria
        // Åkesson, Per Bylén och Lilian Nylund (MP-gruppen)`.
        let rel = first.span.start - base;
        let pre = s[..rel].trim_end();
        if !first.group && first.party.is_some() {
            let cut = [",", " och", " samt"]
                .iter()
                .find(|x| pre.ends_with(**x))
                .map(|x| pre.len() - x.len());
            if let Some(names) = cut.and_then(|c| bare_names(s, 0, c)) {
                // The party copied only for names that share it.
                let party = first.party.clone();
                let mut add: Vec<Actor> = names
                    .into_iter()
                    .map(|(a, b, name)| Actor {
                        name,
                        party: party.clone(),
                        group: false,
                        span: Span::new(base + a, base + b),
                    })
                    .collect();
                add.append(&mut out);
                out = add;
            }
        }
        return out;
    }
    if lead >= end {
        return out;
    }
    // `Socialdemokraterna och Miljöpartiet`, `Sverigedemokraterna`.
    let items = party_list(s, lead);
    if items.last().is_some_and(|x| x.2 == end) {
        return items
            .into_iter()
            .map(|(p, a, b)| Actor {
                name: s[a..b].to_string(),
                party: Some(p),
                group: true,
                span: Span::new(base + a, base + b),
            })
            .collect();
    }
    bare_names(s, 0, s.len())
        .unwrap_or_default()
        .into_iter()
        .map(|(a, b, name)| Actor {
            name,
            party: None,
            group: false,
            span: Span::new(base + a, base + b),
        })
        .collect()
}

/// Label style: a sentence that opens with who speaks and a colon
/// (`Lina Fors (V): Avslag.`, `Tove Lindqvist, L: Motionen bifalls.`).
pub fn label_speakers(t: &str, base: usize) -> Vec<Actor> {
    label_speakers_low(t, None, base)
}

/// [`label_speakers`] of `t`, with its lower case (`lower_keep(t)`, every
/// offset kept) where the caller holds it.
pub(crate) fn label_speakers_low(t: &str, low: Option<&str>, base: usize) -> Vec<Actor> {
    let Some(colon) = t.find(':').filter(|&c| c <= 160) else {
        return Vec::new();
    };
    let seg = &t[..colon];
    if seg.contains('\n') {
        return Vec::new();
    }
    let by = match low {
        Some(low) => find_speakers_low(seg, &low[..colon], base),
        None => find_speakers(seg, base),
    };
    let lead = lead_of(seg);
    let end = seg.trim_end_matches(['*', '_', ' ']).len();
    // At most a title before the first name.
    let whole = by.first().is_some_and(|a| {
        a.span.start - base >= lead
            && seg[lead..a.span.start - base].split_whitespace().count() <= 1
    }) && by.last().is_some_and(|a| a.span.end - base >= end)
        && by.iter().all(|a| a.party.is_some());
    if whole {
        by
    } else {
        comma_party_label(seg, base).into_iter().collect()
    }
}

/// `Pär Löfstrand, fp: Motionen bifalls.`: the name, a comma and the
/// party (any case) before the colon of a proposal written as a label.
fn comma_party_label(seg: &str, base: usize) -> Option<Actor> {
    let (name, party) = seg.rsplit_once(',')?;
    let party = crate::party::party_of(party.trim())?;
    let lead = name.len() - name.trim_start().len();
    let name = name.trim();
    if !super::plausible_name(name) || name.contains(',') {
        return None;
    }
    Some(Actor {
        name: name.to_string(),
        party: Some(party),
        group: false,
        span: Span::new(base + lead, base + lead + name.len()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(a: &[Actor]) -> Vec<(String, Option<String>, bool)> {
        a.iter()
            .map(|a| (a.name.clone(), a.party.clone(), a.group))
            .collect()
    }

    fn p(name: &str, party: Option<&str>, group: bool) -> (String, Option<String>, bool) {
        (name.to_string(), party.map(str::to_string), group)
    }

    #[test]
    fn a_label_with_the_party_after_a_comma() {
        let t = "Pär Löfstrand, fp: Motionen bifalls.";
        let by = label_speakers(t, 10);
        assert_eq!(who(&by), vec![p("Pär Löfstrand", Some("FP"), false)]);
        assert_eq!(
            &t[by[0].span.start - 10..by[0].span.end - 10],
            "Pär Löfstrand"
        );
        // No party after the comma, or a sentence before the colon: nobody.
        assert!(label_speakers("Stockholm, Sverige: text", 0).is_empty());
        assert!(label_speakers("Nämnden beslutar, enligt förslaget: text", 0).is_empty());
    }

    #[test]
    fn speakers_lower_case_titles_and_independents() {
        let s = "Borgarrådet Sten Nord (m) och Karin Wallgren m fl (s) ";
        assert_eq!(
            who(&find_speakers(s, 0)),
            vec![
                p("Sten Nord", Some("M"), false),
                p("Karin Wallgren", Some("S"), true)
            ]
        );
        assert_eq!(
            who(&find_speakers("Stefan Hane (-) ", 0)),
            vec![p("Stefan Hane", Some("-"), false)]
        );
        assert_eq!(
            who(&find_speakers("Ersättare Ola Björk (S) ", 0)),
            vec![p("Ola Björk", Some("S"), false)]
        );
        // Not a person: a lower-case party after a preposition.
        assert!(find_actors("bifall till reservationen av (s) i kommunstyrelsen", 0).is_empty());
    }

    #[test]
    fn speakers_label_style() {
        let s = "Tove Lindqvist, L, ";
        let a = find_speakers(s, 0);
        assert_eq!(who(&a), vec![p("Tove Lindqvist", Some("L"), false)]);
        assert_eq!(a[0].span.of(s), "Tove Lindqvist, L");
        assert_eq!(
            who(&label_speakers("Tove Lindqvist, L: Motionen bifalls.", 0)),
            vec![p("Tove Lindqvist", Some("L"), false)]
        );
        assert_eq!(
            who(&label_speakers("Lina Fors (V): Avslag.", 0)),
            vec![p("Lina Fors", Some("V"), false)]
        );
        assert!(label_speakers("Ordförandens förslag: Kommunstyrelsen antar.", 0).is_empty());
        assert!(label_speakers("Enligt Lina Fors (V) gäller följande: avslag.", 0).is_empty());
        // A list of names separated by commas is not label style.
        assert_eq!(find_speakers("Eva Lönn (S), Elin Lars (C) ", 0).len(), 2);
    }

    #[test]
    fn speakers_without_a_party() {
        assert_eq!(
            who(&find_speakers("Samir Gustavsson ", 0)),
            vec![p("Samir Gustavsson", None, false)]
        );
        assert_eq!(
            who(&find_speakers("Ordföranden Anna Ek och Bo Berg ", 0)),
            vec![p("Anna Ek", None, false), p("Bo Berg", None, false)]
        );
        for body in [
            "Kommunstyrelsen ",
            "Ordföranden ",
            "Förvaltningen ",
            "Nämnden ",
            "Kommunstyrelsens Arbetsutskott ",
            "Region Gotland ",
            "Därefter ",
            "Mot beslutet ",
            "Vi ",
        ] {
            assert!(find_speakers(body, 0).is_empty(), "{body}");
        }
    }

    #[test]
    fn speakers_behind_a_group_party() {
        let s = "Maria Åkesson, Per Bylén och Lilian Nylund (MP-gruppen) ";
        assert_eq!(
            who(&find_speakers(s, 0)),
            vec![
                p("Maria Åkesson", Some("MP"), false),
                p("Per Bylén", Some("MP"), false),
                p("Lilian Nylund", Some("MP"), false)
            ]
        );
    }

    #[test]
    fn speakers_party_groups() {
        assert_eq!(
            who(&find_speakers("Ledamöterna från M, L och KD ", 0)),
            vec![
                p("Ledamöterna från M", Some("M"), true),
                p("Ledamöterna från L", Some("L"), true),
                p("Ledamöterna från KD", Some("KD"), true)
            ]
        );
        assert_eq!(
            who(&find_speakers(" ledamöterna för (s) och (v) till", 0)),
            vec![
                p("Ledamöterna för S", Some("S"), true),
                p("Ledamöterna för V", Some("V"), true)
            ]
        );
        assert_eq!(
            who(&find_speakers("Samtliga ledamöter från M och KD ", 0)),
            vec![
                p("Samtliga ledamöter från M", Some("M"), true),
                p("Samtliga ledamöter från KD", Some("KD"), true)
            ]
        );
        assert_eq!(
            who(&find_speakers("SD-gruppen ", 0)),
            vec![p("SD-gruppen", Some("SD"), true)]
        );
        // Several parties' genitives before one group word.
        assert_eq!(
            who(&find_speakers(
                "Mot beslutet reserverar sig Socialdemokraternas och Vänsterpartiets ledamöter",
                0
            )),
            vec![
                p("Socialdemokraternas ledamöter", Some("S"), true),
                p("Vänsterpartiets ledamöter", Some("V"), true)
            ]
        );
        assert_eq!(
            who(&find_speakers(
                "Moderaternas, Liberalernas samt Kristdemokraternas ledamöter ",
                0
            )),
            vec![
                p("Moderaternas ledamöter", Some("M"), true),
                p("Liberalernas ledamöter", Some("L"), true),
                p("Kristdemokraternas ledamöter", Some("KD"), true)
            ]
        );
        assert_eq!(
            who(&find_speakers("Socialdemokraterna och Miljöpartiet ", 0)),
            vec![
                p("Socialdemokraterna", Some("S"), true),
                p("Miljöpartiet", Some("MP"), true)
            ]
        );
        // A person speaking for a group is the speaker.
        assert_eq!(
            who(&find_speakers("Mats Nilsén (S), för S-gruppen, ", 0)),
            vec![p("Mats Nilsén", Some("S"), false)]
        );
        // Party names inside a longer sentence are not speakers.
        assert!(find_speakers("Kristdemokraterna har länge ", 0).is_empty());
    }
}
