//! The attendance fields of the front matter (`Ledamöter`, `Tjänstgörande
//! ersättare`, `Ersättare`, `Övriga närvarande`, `Närvarande`): each
//! value read as a person and put in its list.

use super::super::entries::entries;
use super::super::officials::{joined_officials, title_between_names, title_first};
use super::super::people::{
    marked_absent, non_serving, person_entry, serving, serving_column_lost, serving_switch,
};
use super::apart::Field;
use super::rows::attendance_label;
use crate::inline::fold;
use crate::labels::{front_label_prefix, FrontLabel};
use crate::model::*;

/// The people of an attendance field, each put in the list its label,
/// its own words and the field's way of writing say.
pub(super) fn apply(src: &str, f: Field, doc: &mut Document) {
    let lost = f.label == FrontLabel::Substitutes && serving_column_lost(&f.values);
    let mut switched = false; // `... Ersättare X (P)` inside the members' lines
                              // `Beslutande  Enligt förteckning`: the members are listed elsewhere
                              // (an attachment); the people named under the label without a party
                              // are others who took part, not the members.
    let mut f = f;
    let elsewhere = match f.values.first() {
        Some((t, s)) if matches!(f.label, FrontLabel::Members | FrontLabel::Present) => {
            listed_elsewhere(t).map(|k| {
                let rest = t[k..].to_string();
                let at = s.end - rest.len().min(s.len());
                (rest, Span::new(at, s.end))
            })
        }
        _ => None,
    };
    let elsewhere = elsewhere.is_some_and(|first| {
        f.values[0] = first;
        f.values.retain(|(t, _)| !t.trim().is_empty());
        true
    });
    if f.label == FrontLabel::Substitutes && others_beside(src, &f.values, doc) {
        return;
    }
    let values: Vec<(String, Span)> = match f.label {
        FrontLabel::Others => f
            .values
            .iter()
            .flat_map(|(t, s)| {
                joined_officials(src, t, *s)
                    .or_else(|| title_first(src, t, *s))
                    .or_else(|| title_between_names(src, t, *s))
                    .unwrap_or_else(|| vec![(t.clone(), *s)])
            })
            .collect(),
        _ => f
            .values
            .into_iter()
            .map(|(t, s)| without_column_heads(t, s))
            .collect(),
    };
    for (t, s) in entries(src, &values) {
        let (t, s) = serving_switch(f.label == FrontLabel::Members, t, s, &mut switched);
        if marked_absent(&t) {
            continue;
        }
        let Some(mut p) = person_entry(&t, s) else {
            continue;
        };
        p.inferred = p.inferred.or(lost.then_some(Inference::FlattenedColumns));
        let a = &mut doc.attendance;
        let label = [f.label, FrontLabel::ServingSubstitutes][switched as usize];
        let label = [label, FrontLabel::Substitutes][non_serving(&f.label, &p, &t) as usize];
        let label = [label, FrontLabel::Others][(elsewhere && p.party.is_none()) as usize];
        // `Karl Nilsson (C), tjänstgörande ersättare § 34` among those
        // deciding: a substitute serving, not a member.
        let label = [label, FrontLabel::ServingSubstitutes]
            [(label == FrontLabel::Members && substitute_serving(&t)) as usize];
        let list = match label {
            FrontLabel::Members | FrontLabel::Present if p.replaces.is_some() => {
                &a.serving_substitutes
            }
            FrontLabel::Members => &a.members,
            FrontLabel::Present if p.party.is_some() => &a.members,
            FrontLabel::ServingSubstitutes => &a.serving_substitutes,
            FrontLabel::Substitutes if serving(&t, &p) => &a.serving_substitutes,
            FrontLabel::Substitutes => &a.substitutes,
            _ => &a.others,
        };
        // The same person listed twice in one role (a presidium and a
        // roll call); one person in two roles stays in both.
        if p.party.is_some()
            && list
                .iter()
                .any(|x| x.name == p.name && x.party == p.party && x.replaces == p.replaces)
        {
            continue;
        }
        match label {
            FrontLabel::Members | FrontLabel::Present if p.replaces.is_some() => {
                a.serving_substitutes.push(p)
            }
            FrontLabel::Members => a.members.push(p),
            FrontLabel::Present if p.party.is_some() => a.members.push(p),
            FrontLabel::ServingSubstitutes => a.serving_substitutes.push(p),
            FrontLabel::Substitutes if serving(&t, &p) => a.serving_substitutes.push(p),
            FrontLabel::Substitutes => a.substitutes.push(p),
            _ => a.others.push(p),
        }
    }
}

/// An entry naming its person a serving substitute after the name
/// (`..., tjänstgörande ersättare`, `..., tjg ersättare § 34`).
/// Written in small letters: `Tjänstgörande ersättare` capitalised is the
/// next column's head run onto the line (which `serving_switch` reads).
fn substitute_serving(entry: &str) -> bool {
    let Some(k) = entry.find(')').or_else(|| entry.find(',')) else {
        return false;
    };
    let after = &entry[k..];
    [
        "tjänstgörande ersättare",
        "tjg ersättare",
        "tjänstgör som ersättare",
    ]
    .iter()
    .any(|w| after.contains(w))
        && !after.contains("ej tj")
}

/// `Ledamöter Tjänstgörande ersättare Ingrid Falk (S), ordförande ...`: a
/// table nested in the cell, its column heads read into its first row's
/// line. The heads dropped, when people with a party follow them.
fn without_column_heads(mut t: String, mut s: Span) -> (String, Span) {
    while let Some((l, n)) = front_label_prefix(&t) {
        let rest = t[n..].trim_start_matches([':', ' ']);
        if !attendance_label(l) || !rest.starts_with(char::is_uppercase) || !rest.contains(" (") {
            break;
        }
        let cut = t.len() - rest.len();
        if s.len() == t.len() {
            s = Span::new(s.start + cut, s.end);
        }
        t = rest.to_string();
    }
    (t, s)
}

/// Where the names start after a reference to a list kept elsewhere
/// opening an attendance value (`Enligt förteckning`, `Enligt bilaga 1`,
/// `se närvarolista`; glued to a name when a table was flattened:
/// `Enligt förteckningChrister ...`); none when the value opens otherwise.
fn listed_elsewhere(t: &str) -> Option<usize> {
    let f = fold(t);
    let refers = ["enligt ", "se "].iter().any(|w| f.starts_with(w))
        && [
            "förteckning",
            "bilaga",
            "närvarolista",
            "bifogad",
            "särskild",
        ]
        .iter()
        .any(|w| f.split_whitespace().take(3).any(|x| x.starts_with(w)));
    if !refers {
        return None;
    }
    // The reference's words run up to the first capital after them.
    let k = t
        .char_indices()
        .skip(1)
        .find(|(_, c)| c.is_uppercase())
        .map_or(t.len(), |(k, _)| k);
    Some(k)
}

/// The labels of the officials' column beside the substitutes'.
const OTHERS_LABELS: [&str; 5] = [
    "övriga närvarande",
    "övriga deltagare",
    "övriga deltagande",
    "tjänstemän",
    "tjänstepersoner",
];

/// `Närvarande ersättare` over two columns whose right one's label stands
/// at the end of the first row (`Mikael Ek (S) (ej §§ 16-18)   Övriga
/// närvarande`), the officials under it: the lines read as two columns,
/// the substitutes on the left and the officials on the right. False
/// (nothing read) when the first row ends otherwise.
fn others_beside(src: &str, values: &[(String, Span)], doc: &mut Document) -> bool {
    let Some((first, s)) = values.first() else {
        return false;
    };
    let f = fold(first.trim_end_matches(':'));
    let Some(label) = OTHERS_LABELS.iter().find(|l| f.ends_with(**l)) else {
        return false;
    };
    // The label's words, counted from the first row's end.
    let words = label.split(' ').count();
    let raw = s.of(src).trim_end();
    let cut = raw.rmatch_indices(' ').nth(words - 1).map_or(0, |(k, _)| k);
    if raw[..cut].trim().is_empty() {
        return false;
    }
    // Whole lines, their indentation kept: the right column's lone lines
    // stand far right.
    let line_start = |at: usize| src[..at].rfind('\n').map_or(0, |k| k + 1);
    let mut lines: Vec<(usize, usize)> = vec![(line_start(s.start), s.start + cut)];
    lines.extend(
        values[1..]
            .iter()
            .map(|(_, v)| (line_start(v.start), v.end)),
    );
    let found = super::super::columns::read(src, super::super::columns::Columns::Present, &lines);
    let a = &mut doc.attendance;
    a.substitutes.extend(found.substitutes);
    a.others.extend(found.others);
    true
}
