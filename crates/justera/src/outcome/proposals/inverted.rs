//! Yrkanden written with the names after the verb, as older prose has
//! them: `Under överläggningen yrkar dels Anna Ek och Bo Berg bifall till
//! kommunstyrelsens förslag, dels Carl Dahl bifall till motionen.`, `I
//! ärendet yrkar Anna Ek bifall till förslaget och Carl Dahl avslag.`;
//! and names without parties before it when a proposal follows (`Anna Ek
//! och Bo Berg yrkar bifall till kommunstyrelsens förslag.`).

use crate::inline::find_speakers;
use crate::model::{Actor, Span};
use crate::text::has;

/// The words a proposal starts with after the names.
const OBJECTS: [&str; 6] = [
    "bifall",
    "avslag",
    "återremiss",
    "bordläggning",
    "ändring",
    "att ",
];

/// `low` starts with a proposal's first word.
pub(super) fn starts_proposal(low: &str) -> bool {
    let low = low.trim_start();
    OBJECTS.iter().any(|o| {
        low.starts_with(o)
            && (o.ends_with(' ')
                || !low[o.len()..].starts_with(|c: char| c.is_alphanumeric() && c != 'e'))
    })
}

/// Where the proposal's words start in `low` from `at`: the names before
/// them are who moves it. `None` when no name stands there.
fn names_then_object(t: &str, low: &str, at: usize, base: usize) -> Option<(Vec<Actor>, usize)> {
    let rest = &low[at..];
    // The first proposal word on a word boundary, within a few words.
    let mut k = 0;
    for (n, w) in rest.split(' ').enumerate() {
        if n > 8 {
            return None;
        }
        if n > 0 && starts_proposal(&rest[k..]) {
            break;
        }
        k += w.len() + 1;
        if k >= rest.len() {
            return None;
        }
    }
    let names = t[at..at + k].trim_end();
    let by = find_speakers(names, base + at);
    (!by.is_empty()).then_some((by, at + k))
}

/// One yrkande per `dels` (or per `och Name` before a proposal word) after
/// the verb ending at `verb_end`: who moves it, and the span of its words
/// (from the proposal word to the next yrkande), relative to `t`.
pub(super) fn after_verb(
    t: &str,
    low: &str,
    verb_end: usize,
    base: usize,
) -> Vec<(Vec<Actor>, Span)> {
    // `I kommunstyrelsen yrkade X bifall`: another body's yrkande,
    // quoted, not moved at this meeting; `I motionen yrkar X (S) att ...`:
    // what a written motion or letter asks for.
    let pre = &low[..verb_end];
    if [
        "utskott",
        "styrelse",
        "nämnd",
        "beredning",
        "sammanträde",
        "motion",
        "skrivelse",
        "medborgarförslag",
        "initiativ",
        "interpellation",
        "ansökan",
        "överklagande",
        "yttrande",
    ]
    .iter()
    .any(|w| has(pre, w))
    {
        return Vec::new();
    }
    let mut at = verb_end + (low[verb_end..].len() - low[verb_end..].trim_start().len());
    if low[at..].starts_with("dels ") {
        at += 5;
    }
    let Some(first) = names_then_object(t, low, at, base) else {
        return Vec::new();
    };
    let mut found = vec![first];
    let mut from = found[0].1;
    while from < low.len() {
        let rest = &low[from..];
        let next = [", dels ", " dels ", ", och ", " och ", ", samt ", " samt "]
            .iter()
            .filter_map(|sep| rest.find(sep).map(|k| (k, sep.len())))
            .filter(|&(k, n)| names_then_object(t, low, from + k + n, base).is_some())
            .min();
        let Some((k, n)) = next else { break };
        let (by, obj) = names_then_object(t, low, from + k + n, base).unwrap_or_default();
        found.push((by, obj));
        from = obj;
    }
    let ends: Vec<usize> = found
        .iter()
        .skip(1)
        .map(|(by, _)| by.first().map_or(low.len(), |a| a.span.start - base))
        .chain([low.trim_end_matches(['.', ' ']).len()])
        .collect();
    found
        .into_iter()
        .zip(ends)
        .map(|((by, obj), end)| {
            let end = t[..end.max(obj)]
                .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
                .trim_end_matches([' ', ','])
                .len();
            let end = strip_joiner(&t[..end]);
            (by, Span::new(base + obj, base + end.max(obj)))
        })
        .collect()
}

/// The length of `s` without a trailing `dels`, `och` or `samt`.
fn strip_joiner(s: &str) -> usize {
    let mut s = s.trim_end_matches([' ', ',']);
    for w in [" dels", " och", " samt"] {
        if let Some(x) = s.strip_suffix(w) {
            s = x.trim_end_matches([' ', ',']);
        }
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(t: &str) -> Vec<(Vec<String>, String)> {
        let low = t.to_lowercase();
        let v = low.find("yrkar").unwrap() + "yrkar".len();
        after_verb(t, &low, v, 0)
            .into_iter()
            .map(|(by, s)| {
                (
                    by.into_iter().map(|a| a.name).collect(),
                    s.of(t).to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn dels_names_without_parties_make_one_yrkande_each() {
        let got = read(
            "Under överläggningen yrkar dels Anna Ek och Bo Berg bifall till \
             kommunstyrelsens förslag, dels Carl Dahl bifall till motionen.",
        );
        assert_eq!(
            got,
            [
                (
                    vec!["Anna Ek".to_string(), "Bo Berg".to_string()],
                    "bifall till kommunstyrelsens förslag".to_string()
                ),
                (
                    vec!["Carl Dahl".to_string()],
                    "bifall till motionen".to_string()
                ),
            ]
        );
    }

    #[test]
    fn och_before_the_next_name_and_proposal() {
        let got = read("I ärendet yrkar Anna Ek (S) bifall till förslaget och Carl Dahl avslag.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1, "bifall till förslaget");
        assert_eq!(
            got[1],
            (vec!["Carl Dahl".to_string()], "avslag".to_string())
        );
    }

    #[test]
    fn near_misses_name_nobody() {
        // The object names the proposal's owners: no second yrkande.
        let got =
            read("Under överläggningen yrkar Anna Ek bifall till Bo Bergs och Carl Dahls förslag.");
        assert_eq!(got.len(), 1);
        // No name after the verb: nobody moves a proposal here.
        assert!(read("Det yrkar man ofta bifall till i fullmäktige.").is_empty());
        assert!(read("Kommunstyrelsen yrkar bifall till motionen.").is_empty());
        // Another body's yrkande, quoted; what a motion asks for.
        assert!(read("I kommunstyrelsen yrkar Cia Berg (V) bifall till motionen.").is_empty());
        assert!(read("I motionen yrkar Cia Berg (V) att kommunen bygger en park.").is_empty());
    }
}
