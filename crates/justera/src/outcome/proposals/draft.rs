//! A proposal while it is being read, before it gets its id and text.

use crate::model::*;

pub(super) struct Draft {
    pub(super) kind: Option<ProposalKind>,
    pub(super) by: Vec<Actor>,
    pub(super) priority: Option<u8>,
    pub(super) span: Span,
    /// The words after the verb, for the kind.
    pub(super) head: Span,
    pub(super) joint: bool,
    /// Read from LaTeX or Typst points: strip their markup from the text.
    pub(super) markup: bool,
}
