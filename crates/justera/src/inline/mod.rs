//! Second pass helpers: facts inside a block's text (people and parties,
//! dates, times, case numbers, paragraph ranges). Every function takes the
//! text and the byte offset where it starts in the source, and returns spans
//! into the source.
//!
//! - `dates`: dates and times.
//! - `numbers`: case numbers and paragraph ranges.
//! - `actors`: names with parties in running text.
//! - `speakers`: who speaks in a sentence.
//! - `person`: one attendance entry as a person.
//! - `chars`: the character helpers they share.
//!
//! `fold` (in `crate::text`) and the party names (in `crate::party`) sit
//! below the model and are re-exported here.

mod actors;
mod chars;
mod dates;
mod numbers;
mod person;
mod speakers;

pub use crate::party::{party_of, PARTIES, PARTY_NAMES};
pub use crate::text::fold;
pub use actors::find_actors;
pub(crate) use actors::only_actors;
pub(crate) use chars::{lower_keep, lower_same_len};
pub use dates::{days_in_month, find_dates, find_times, is_leap, iso_date, MONTHS, WEEKDAYS};
pub(crate) use numbers::{case_number_spans, first_case_number};
pub use numbers::{find_case_numbers, paragraph_numbers};
pub(crate) use person::body_word;
pub use person::{comma_party, looks_like_title, parse_person, plausible_name, surname_first};
pub use speakers::{find_speakers, label_speakers};
pub(crate) use speakers::{find_speakers_low, label_speakers_low};
