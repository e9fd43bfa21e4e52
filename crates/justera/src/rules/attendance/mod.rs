//! Attendance: who served, in which role, and whether the meeting could act.

pub mod conflicting_roles;
pub mod justerare_not_member;
pub mod missing_chair;
pub mod missing_secretary;
pub mod name_variant;
pub mod party_mismatch;
pub mod quorum;
pub mod range_outside_protocol;
pub mod substitute_without_seat;
pub mod unread_attendance;
