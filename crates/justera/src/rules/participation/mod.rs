//! Participation: who may propose and reserve at each paragraph.

pub mod ineligible_proposer;
pub mod ineligible_reservation;
pub mod jav_participation;
pub mod reservation_for_winner;
pub mod reservation_without_proposal;
pub mod unknown_person;
