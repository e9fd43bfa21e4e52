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
    /// A list item; `Some(n)` for `n.` numbered ones (at most three
    /// digits, so a `u16` holds it and the kind fits in four bytes).
    ListItem(Option<u16>),
    TableRow,
    /// `|---|---|` under a table header.
    TableRule,
    /// `---` or `***`.
    Rule,
    /// `<!-- sida 3 -->`, a form feed: a page break left by the conversion.
    PageBreak,
}

/// An item is read by a dozen passes over the whole list after the scan,
/// so its size is what each of them pulls through the cache: one line of
/// 64 bytes (the cells out of line, line and indent in `u32`).
#[derive(Clone, Debug, PartialEq)]
pub struct Item<'a> {
    pub kind: ItemKind,
    /// The content without markup: the source's own bytes where they
    /// are it (most lines), borrowed, else a cleaned copy.
    pub text: Cow<'a, str>,
    /// The content's span (for a table row, the whole row).
    pub span: Span,
    /// 0-based physical line the item starts on (a `u32`: the text is at
    /// most [`crate::limits::MAX_TEXT_BYTES`], far below four billion
    /// lines, and the scan saturates past that rather than wrap).
    pub line: u32,
    /// The first item of its physical line.
    pub line_start: bool,
    /// Spaces before the content on its line (0 for markup-led items), in
    /// bytes: at most a line's length, saturated as `line`.
    pub indent: u32,
    /// The page header or footer repeated at page breaks.
    pub furniture: bool,
    /// Table cells (for table rows).
    pub cells: Cells,
}

const _: () = assert!(std::mem::size_of::<Item>() <= 64);

/// A table row's cells, read as a slice: one pointer in every item, the
/// list itself out of line (only table rows have one), none for no cells.
/// The box around the list is what makes the pointer thin (a `Vec` or a
/// boxed slice in the item would take 24 or 16 bytes of every item).
#[allow(clippy::box_collection)]
#[derive(Clone, Default)]
pub struct Cells(Option<Box<Vec<(String, Span)>>>);

impl Cells {
    pub fn as_slice(&self) -> &[(String, Span)] {
        self.0.as_deref().map_or(&[], Vec::as_slice)
    }
}

impl From<Vec<(String, Span)>> for Cells {
    fn from(cells: Vec<(String, Span)>) -> Cells {
        Cells((!cells.is_empty()).then(|| Box::new(cells)))
    }
}

impl std::ops::Deref for Cells {
    type Target = [(String, Span)];
    fn deref(&self) -> &[(String, Span)] {
        self.as_slice()
    }
}

/// As the list it holds (no cells, an empty list).
impl std::fmt::Debug for Cells {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_slice().fmt(f)
    }
}

impl PartialEq for Cells {
    fn eq(&self, other: &Cells) -> bool {
        self.as_slice() == other.as_slice()
    }
}

/// An index past `u32` saturates: no text within the limits comes near.
pub(super) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl<'a> Item<'a> {
    /// Where the item's physical line starts, read from the lines' starts
    /// (the item's own start when its line is not among them).
    pub fn line_start_in(&self, line_starts: &[usize]) -> usize {
        line_starts
            .get(self.line as usize)
            .copied()
            .unwrap_or(self.span.start)
    }

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
            line: to_u32(line),
            line_start,
            indent: 0,
            furniture: false,
            cells: Cells::default(),
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
    pub(crate) fn is_raw(&self, src: &str) -> bool {
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

/// `items` with the item at each index of `with` (in rising order)
/// replaced by its pieces (none drops it), in one pass: splicing them in
/// one by one moved every later item at each, the square of the lines on
/// a page of them.
pub(super) fn replace_items<'a, P>(
    items: &mut Vec<Item<'a>>,
    with: impl IntoIterator<Item = (usize, P)>,
) where
    P: IntoIterator<Item = Item<'a>>,
{
    let mut with = with.into_iter().peekable();
    if with.peek().is_none() {
        return;
    }
    let old = std::mem::take(items);
    items.reserve(old.len() + 8);
    for (k, it) in old.into_iter().enumerate() {
        match with.next_if(|(at, _)| *at == k) {
            Some((_, pieces)) => items.extend(pieces),
            None => items.push(it),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{replace_items, Item, ItemKind};
    use crate::model::Span;

    fn item(n: usize) -> Item<'static> {
        Item::new(ItemKind::Text, n.to_string(), Span::new(n, n + 1), n, true)
    }

    /// [`replace_items`] against splicing the pieces in one at a time from
    /// the back (the plain reading), on generated replacements.
    #[test]
    fn replacing_is_splicing_each_in() {
        let mut rng = crate::testing::Rng::new(0x2545_f491_4f6c_dd1d);
        for round in 0..2_000 {
            let len = round % 40;
            let items: Vec<Item> = (0..len).map(item).collect();
            let mut with: Vec<(usize, Vec<Item>)> = Vec::new();
            for k in 0..len {
                if rng.below(3) == 0 {
                    let n = rng.below(4);
                    with.push((k, (0..n).map(|j| item(1000 * (k + 1) + j)).collect()));
                }
            }
            let mut plain = items.clone();
            for (k, pieces) in with.iter().rev() {
                plain.splice(*k..=*k, pieces.iter().cloned());
            }
            let mut fast = items;
            replace_items(&mut fast, with);
            assert_eq!(fast, plain);
        }
    }
}
