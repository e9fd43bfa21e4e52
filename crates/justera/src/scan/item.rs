//! The scanner's output: one item per logical line piece, with its kind,
//! its cleaned text and its span into the source.

use std::borrow::Cow;

use crate::model::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    Blank,
    /// A `#` heading of the given level.
    Heading(u8),
    /// A segment in bold that starts a line.
    Strong,
    Text,
    /// A list item; `Some(n)` for `n.` numbered ones.
    ListItem(Option<u32>),
    TableRow,
    /// `|---|---|` under a table header.
    TableRule,
    /// `---` or `***`.
    Rule,
    /// `<!-- sida 3 -->`, a form feed: a page break left by the conversion.
    PageBreak,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item<'a> {
    pub kind: ItemKind,
    /// The content without markup: the source's own bytes where they
    /// are it (most lines), borrowed, else a cleaned copy.
    pub text: Cow<'a, str>,
    /// The content's span (for a table row, the whole row).
    pub span: Span,
    /// 0-based physical line the item starts on.
    pub line: usize,
    /// The first item of its physical line.
    pub line_start: bool,
    /// Spaces before the content on its line (0 for markup-led items).
    pub indent: usize,
    /// The page header or footer repeated at page breaks.
    pub furniture: bool,
    /// Table cells (for table rows).
    pub cells: Vec<(String, Span)>,
}

impl<'a> Item<'a> {
    pub(super) fn new(
        kind: ItemKind,
        text: impl Into<Cow<'a, str>>,
        span: Span,
        line: usize,
        line_start: bool,
    ) -> Item<'a> {
        Item {
            kind,
            text: text.into(),
            span,
            line,
            line_start,
            indent: 0,
            furniture: false,
            cells: Vec::new(),
        }
    }

    /// The item with its text its own, for a caller that keeps the scan
    /// past the text it borrows from.
    pub fn into_owned(self) -> Item<'static> {
        Item {
            text: Cow::Owned(self.text.into_owned()),
            ..self
        }
    }

    /// Whether the text is the source's own bytes at the item's span,
    /// borrowed: a piece of a line read as it stands, whose white space is
    /// single spaces (as every item's text is), so no tab, line break or
    /// gap of spaces stands in the span either.
    pub(super) fn is_raw(&self, src: &str) -> bool {
        let raw = self.span.of(src);
        std::ptr::eq(self.text.as_ptr(), raw.as_ptr()) && self.text.len() == raw.len()
    }

    /// Headings and bold labels: what a human sees as a heading.
    pub fn is_heading_like(&self) -> bool {
        matches!(self.kind, ItemKind::Heading(_) | ItemKind::Strong)
    }

    pub fn is_blank(&self) -> bool {
        self.kind == ItemKind::Blank
    }

    /// A line of the page's own text: not blank, not page furniture and
    /// not a converter's page mark.
    pub fn is_content(&self) -> bool {
        !self.is_blank() && !self.furniture && self.kind != ItemKind::PageBreak
    }
}
