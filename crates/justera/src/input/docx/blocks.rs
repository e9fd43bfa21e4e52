//! The pieces the body walk produces: revision and comment events, and
//! blocks and tables of text with markers.

/// A revision or comment anchor; its position in the text is found from a
/// marker once the text is final.
#[derive(Debug)]
pub(super) enum Ev {
    InsStart(Option<String>),
    InsEnd,
    Del {
        author: Option<String>,
        text: String,
    },
    Fmt(Option<String>),
    CommentStart(String),
    CommentEnd(String),
    CommentRef(String),
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Para,
    List,
    Table,
    /// Only markers (an empty paragraph that held a deletion, say).
    Empty,
}

pub(super) struct Block {
    pub(super) kind: Kind,
    pub(super) text: String,
}

#[derive(Default)]
pub(super) struct Table {
    pub(super) rows: Vec<Vec<String>>,
    pub(super) row: Vec<String>,
    pub(super) cell: Option<Vec<String>>,
}
