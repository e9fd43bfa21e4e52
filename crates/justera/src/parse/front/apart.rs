//! A front page set as a table of labels and values that a text layer
//! read column by column: every label alone on its line first (`Plats och
//! tid` / `Beslutande` / `Ersättare` / ... / `Justerande`), then every
//! value, so that all the values stand under the last label. The values
//! are dealt back to the labels in order, each label taking the lines its
//! kind of value is written as.

use std::collections::VecDeque;

use crate::inline::{self, parse_person};
use crate::labels::FrontLabel;
use crate::model::*;

/// A label and the values under it, in the front matter.
pub(super) struct Field {
    pub label: FrontLabel,
    pub values: Vec<(String, Span)>,
}

/// The fewest labels in a row, each alone on its line, read as a label
/// column.
const MIN_LABELS: usize = 4;

/// Deals the values under the last of a run of bare labels back to the
/// labels of the run, when among them are two or more people with a
/// party (an attendance list, not a date and a place under `Datum`). The
/// spans of the values dealt: the people read from them were read from a
/// damaged layout.
pub(super) fn deal_values(fields: &mut [Field]) -> Vec<Span> {
    let mut dealt = Vec::new();
    let mut a = 0;
    while a < fields.len() {
        let mut b = a;
        while b < fields.len() && fields[b].values.is_empty() {
            b += 1;
        }
        // fields[a..b] are bare, fields[b] holds the values.
        let people = |f: &Field| f.values.iter().filter(|(t, _)| with_party(t)).count();
        if b - a + 1 >= MIN_LABELS && b < fields.len() && people(&fields[b]) >= 2 {
            let run = &mut fields[a..=b];
            let values = std::mem::take(&mut run[b - a].values);
            dealt.extend(values.iter().map(|v| v.1));
            deal(run, values);
        }
        a = b + 1;
    }
    dealt
}

/// One value's reading: a person with a party, whom they replace, a role.
fn person(t: &str) -> Option<Person> {
    parse_person(t, 0)
}

fn with_party(t: &str) -> bool {
    person(t).is_some_and(|p| p.party.is_some())
}

/// Up to `n` values from the front of `rest` while `ok` holds for each.
fn take(
    rest: &mut VecDeque<(String, Span)>,
    n: usize,
    ok: impl Fn(&str) -> bool,
) -> Vec<(String, Span)> {
    let mut got = Vec::new();
    while got.len() < n && rest.front().is_some_and(|(t, _)| ok(t)) {
        got.extend(rest.pop_front());
    }
    got
}

fn deal(run: &mut [Field], values: Vec<(String, Span)>) {
    use FrontLabel::*;
    let mut rest: VecDeque<(String, Span)> = values.into();
    let labels: Vec<FrontLabel> = run.iter().map(|f| f.label).collect();
    for (k, f) in run.iter_mut().enumerate() {
        f.values = match f.label {
            Members | Present | ServingSubstitutes => {
                let mut got = take(&mut rest, usize::MAX, with_party);
                // `Ersättare` after `Beslutande`: the deciding list ends with
                // its last serving substitute (`... ersättare för Nils Ek
                // (KD)`), when it has one.
                let replaces = |t: &str| person(t).is_some_and(|p| p.replaces.is_some());
                if labels[k + 1..].contains(&Substitutes) {
                    if let Some(last) = got.iter().rposition(|(t, _)| replaces(t)) {
                        for v in got.split_off(last + 1).into_iter().rev() {
                            rest.push_front(v);
                        }
                    }
                }
                got
            }
            Substitutes => take(&mut rest, usize::MAX, with_party),
            Others => take(&mut rest, usize::MAX, |t| {
                person(t).is_some_and(|p| p.party.is_none() && p.role.is_some())
            }),
            Justerare => take(&mut rest, 2, |t| {
                inline::plausible_name(t.trim()) || with_party(t) && !t.contains(',')
            }),
            Meeting | Date | JusteringPlace | JusteringDate | Body => {
                take(&mut rest, 1, |t| !with_party(t))
            }
            Paragraphs => take(&mut rest, 1, |t| {
                t.contains('§') || t.contains(char::is_numeric)
            }),
            Secretary | Chair => take(&mut rest, 1, |t| inline::plausible_name(t.trim())),
            Signatures | Notice | Absent => Vec::new(),
        };
    }
}
