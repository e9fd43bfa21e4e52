//! Byte ranges into the parsed text: every node of the model carries one.

use serde::Serialize;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// A byte range `start..end` into the parsed text.
#[derive(Serialize, Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
    /// The smallest span holding both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// The text this span points at (empty when it does not fit `src`).
    pub fn of(self, src: &str) -> &str {
        src.get(self.start..self.end).unwrap_or("")
    }
}
