//! The lists and texts a paragraph's reading fills and throws away, kept
//! from one paragraph to the next: a protocol's paragraphs reuse their
//! room instead of asking the allocator for four blocks each (the
//! items' part labels are kept for all the paragraphs at once, in one list).

use crate::model::PartKind;
use crate::scan::Item;

/// A part as the reading lists it: its kind, its heading and where its
/// items start in the body.
pub(super) type PartAt<'i, 'a> = (PartKind, Option<&'i Item<'a>>, usize);

/// Empty between paragraphs; only their room is kept. The lists of
/// borrowed items are kept with no lifetime of their own ([`recycle`]).
#[derive(Default)]
pub(crate) struct Buffers {
    /// Folds of the paragraph's texts.
    pub(super) folded: String,
    /// The opening text read for the confidential stub.
    pub(super) opening: String,
    parts: Vec<PartAt<'static, 'static>>,
    body: Vec<&'static Item<'static>>,
}

impl Buffers {
    /// The parts' and the body's lists, empty, for this paragraph's items.
    pub(super) fn lists<'i, 'a>(&mut self) -> (Vec<PartAt<'i, 'a>>, Vec<&'i Item<'a>>) {
        (
            recycle(std::mem::take(&mut self.parts)),
            recycle(std::mem::take(&mut self.body)),
        )
    }

    /// Takes the lists' room back once the paragraph is read.
    pub(super) fn keep(&mut self, parts: Vec<PartAt>, body: Vec<&Item>) {
        self.parts = recycle(parts);
        self.body = recycle(body);
    }
}

/// `v` emptied, as a vector of another type of the same size and
/// alignment (a reference of another lifetime): collecting its empty
/// iterator in place keeps its allocation.
fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    const { assert!(size_of::<T>() == size_of::<U>() && align_of::<T>() == align_of::<U>()) };
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The room a vector had stays with it through [`recycle`].
    #[test]
    fn recycled_vectors_keep_their_room() {
        let mut b = Buffers::default();
        let (mut parts, mut body) = b.lists();
        let items = crate::scan::scan("Beslut\n");
        let it = &items[0];
        for _ in 0..20 {
            parts.push((PartKind::Lead, Some(it), 0));
            body.push(it);
        }
        let (pc, bc) = (parts.capacity(), body.capacity());
        b.keep(parts, body);
        let (parts, body): (Vec<PartAt>, Vec<&Item>) = b.lists();
        assert!(parts.is_empty() && body.is_empty());
        assert_eq!((parts.capacity(), body.capacity()), (pc, bc));
    }
}
