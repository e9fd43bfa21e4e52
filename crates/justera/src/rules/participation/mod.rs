//! Participation: who may propose and reserve at each paragraph.

pub mod ineligible_proposer;
pub mod ineligible_reservation;
pub mod jav_participation;
pub mod reservation_for_winner;
pub mod reservation_without_proposal;
pub mod unknown_person;

use crate::model::{Actor, Paragraph};
use crate::rules::Context;

/// Why `a` could not act in `p` (not serving there, or not present), in
/// Swedish and English; `None` when they could, or when jäv (`jav`, the
/// paragraph's disqualified names) explains it, which is jav-participation's
/// finding.
pub(crate) fn not_serving(
    cx: &Context,
    p: &Paragraph,
    jav: &[&str],
    a: &Actor,
) -> Option<(String, String)> {
    if cx.takes_part(&a.name, p) != Some(false) || jav.iter().any(|j| cx.same_person(j, &a.name)) {
        return None;
    }
    Some(match cx.role_at(&a.name, p.number) {
        Some(r) => (
            format!("är {}", r.swedish()),
            format!("is a {}", r.english()),
        ),
        None => (
            "är inte närvarande".to_string(),
            "is not present".to_string(),
        ),
    })
}
