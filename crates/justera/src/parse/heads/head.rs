//! A paragraph head as found: the item it stands on, its number as
//! written, the title on its line and the case number above or on it.

use crate::model::*;

/// Paragraphs read, at most: one past the limit, so that
/// `limits::check_document` sees a protocol that goes over it.
pub(crate) const MAX_PARAGRAPHS: usize = crate::limits::MAX_PARAGRAPHS + 1;

/// A paragraph heading found in the items.
#[derive(Clone, Debug)]
pub(crate) struct Head {
    /// Index of the `§ N` item.
    pub item: usize,
    pub number: u32,
    pub number_text: String,
    /// Title text written on the heading's own item, after the number.
    pub rest: Option<(String, Span)>,
    /// A case number printed on its own line just above the heading, or
    /// the `§` sign standing alone above its number: the paragraph starts
    /// there.
    pub dnr_above: Option<usize>,
    /// The case number written on the head's line before the title.
    pub case_number: Option<Text>,
}

impl Head {
    /// The first item of the paragraph.
    pub fn first_item(&self) -> usize {
        self.dnr_above.unwrap_or(self.item)
    }

    /// The letter (`§ 12 a`) or the last number (`§§ 12-13`) written
    /// with the head's number.
    pub(super) fn suffix(&self) -> NumberSuffix {
        written_suffix(&self.number_text, self.number)
    }
}
