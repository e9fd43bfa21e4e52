//! Votes: counted votes, results and roll calls.

pub mod roll_call_count_mismatch;
pub mod roll_call_ineligible;
pub mod tie_without_casting_vote;
pub mod vote_count_mismatch;
pub mod vote_result_contradiction;

use crate::model::{Ballot, Paragraph, Replaces, Vote};
use crate::rules::names::{Attendee, Role};
use crate::rules::Context;

/// The seats serving at paragraph `p`: members and serving substitutes
/// there, less members a serving substitute replaces there and those
/// disqualified by jäv. `None` when the attendance list names no member.
pub(crate) fn serving_seats(cx: &Context, p: &Paragraph) -> Option<u32> {
    let serving: Vec<_> = cx
        .roster
        .iter()
        .filter(|a| matches!(a.role, Role::Member | Role::ServingSubstitute))
        .collect();
    if !serving.iter().any(|a| a.role == Role::Member) {
        return None;
    }
    // Whom a serving substitute replaces, and whether that substitute
    // serves at `p`.
    let replaced: Vec<(String, bool)> = cx
        .doc
        .attendance
        .serving_substitutes
        .iter()
        .filter_map(|s| match &s.replaces {
            Some(Replaces::Person { name, .. }) => Some((
                crate::rules::names::name_key(name),
                s.scope.as_ref().is_none_or(|sc| sc.includes(p.number)),
            )),
            _ => None,
        })
        .collect();
    // A replaced member is out, except where the member's own entry lists
    // paragraphs and the substitute does not serve (`Lina Sjö (S) §§ 41-44`
    // beside a substitute for her in § 40).
    let out = |a: &Attendee| {
        replaced
            .iter()
            .any(|(k, there)| *k == a.key && (*there || a.person.scope.is_none()))
    };
    let jav = crate::rules::names::jav_names(p);
    let n = serving
        .iter()
        .filter(|a| a.present_at(p.number))
        .filter(|a| !(a.role == Role::Member && out(a)))
        .filter(|a| {
            !jav.iter()
                .any(|j| crate::rules::names::same_person(j, &a.person.name))
        })
        .count();
    Some(n as u32)
}

/// How many roll-call entries cast this ballot.
pub(crate) fn tally(v: &Vote, b: Ballot) -> u32 {
    v.cast(b).count() as u32
}

/// The side the counts make win: `Some(true)` for yes, `Some(false)` for no.
pub(crate) fn counted_side(v: &Vote) -> Option<bool> {
    match (v.counts.yes, v.counts.no) {
        (Some(y), Some(n)) if y > n => Some(true),
        (Some(y), Some(n)) if n > y => Some(false),
        _ => None,
    }
}
