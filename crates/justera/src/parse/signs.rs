//! Which items may hold the paragraph sign `§`, asked once for the whole
//! scan: the contents' entries run together, the heads' markers and the
//! numbers in a head's right margin are all read off the sign, and each
//! pass searched every item for it (three searches of the same bytes, of
//! an item in most cases without one).

use super::toc::toc_set_with;
use crate::scan::Item;

/// The sign's second byte (`§` is 0xC2 0xA7), which the passes look for.
const SIGN: u8 = 0xA7;

/// Whether each item's text or its span's bytes hold the byte 0xA7 (so
/// false for every item without `§` in either). The spans are read off
/// the places of the byte in the text they cover, found in one search
/// and walked along with the items (which run in the text's order, bar a
/// few); the text of most items is its span's bytes ([`Item::is_raw`]),
/// and the few others (not blank) are searched on their own. Only the
/// text the items cover is searched: a bundle's documents are read a
/// slice of items at a time.
pub(super) fn sign_items(src: &str, items: &[Item]) -> Vec<bool> {
    // The bounds in one walk (each walk of the items reads all their
    // cache lines).
    let (from, to) = items
        .iter()
        .fold(None, |b: Option<(usize, usize)>, it| {
            Some(b.map_or((it.span.start, it.span.end), |(a, z)| {
                (a.min(it.span.start), z.max(it.span.end))
            }))
        })
        .unwrap_or((0, 0));
    sign_items_in(src, items, from, to)
}

/// [`sign_items`], the text searched from `from` to `to`, which hold
/// every item's span: a place of the byte outside every span is in none,
/// so any such bounds give the same answer (the whole text's, for items
/// that cover it, spare a walk of the items for their bounds).
fn sign_items_in(src: &str, items: &[Item], from: usize, to: usize) -> Vec<bool> {
    let mut signs = Signs::new(src, from, to);
    items.iter().map(|it| signs.held_by(it)).collect()
}

/// The contents' items ([`toc_set_with`]) and [`sign_items`] of items
/// that cover the whole text, read on one walk of the items (each walk
/// reads all their cache lines): the contents' walk asks each item in
/// turn whether it may hold the sign, and the answers are kept.
pub(super) fn toc_and_signs(src: &str, items: &[Item]) -> (Vec<bool>, Vec<bool>) {
    let mut signs = Signs::new(src, 0, src.len());
    let mut held = Vec::with_capacity(items.len());
    let toc = toc_set_with(items, |_, it| {
        let h = signs.held_by(it);
        held.push(h);
        h
    });
    (toc, held)
}

/// The places of the sign's byte in the text from `from` to `to`, read
/// item by item along the items.
struct Signs<'s> {
    src: &'s str,
    at: Vec<usize>,
    /// The first place at or after the last item's start.
    k: usize,
    last: usize,
}

impl<'s> Signs<'s> {
    fn new(src: &'s str, from: usize, to: usize) -> Self {
        let at = memchr::memchr_iter(SIGN, &src.as_bytes()[from..to.max(from)])
            .map(|p| from + p)
            .collect();
        Signs {
            src,
            at,
            k: 0,
            last: 0,
        }
    }

    /// Whether the next item's text or its span's bytes hold the byte.
    fn held_by(&mut self, it: &Item) -> bool {
        let (start, end) = (it.span.start, it.span.end);
        let at = &self.at;
        if start < self.last {
            self.k = at.partition_point(|&p| p < start);
        }
        self.last = start;
        while at.get(self.k).is_some_and(|&p| p < start) {
            self.k += 1;
        }
        let in_span = at.get(self.k).is_some_and(|&p| p < end);
        let in_text = || {
            !it.text.is_empty()
                && !it.is_raw(self.src)
                && memchr::memchr(SIGN, it.text.as_bytes()).is_some()
        };
        in_span || in_text()
    }
}

#[cfg(test)]
mod tests {
    use super::{sign_items, sign_items_in, toc_and_signs};
    use crate::scan::scan;

    /// The lines the texts are made of: the sign where the passes read
    /// it, in markup, in a table, after a tab, next to letters that share
    /// its first byte (NBSP) or its second (`ç`).
    const PIECES: &[&str] = &[
        "§ 12 Budget",
        "**§ 4****Titel**",
        "## § 5 Budget",
        "Titel          § 12",
        "| § 46 | Dnr KS 2024/389 |",
        "- § 7 punkt",
        "1. § 8 Val",
        "§\t16 Val",
        "Beslut",
        "Nämnden beslutar att godkänna förslaget.",
        "Innehåll ...... 3",
        "Françoise Ek (S)",
        "ord\u{a0}med hårt mellanslag",
        "Åsa Ärlig Öberg É",
        "**Titel över",
        "två rader**",
        "BeslutNämnden antar",
        "Beslut Kommunstyrelsen antar § 3",
        "\u{c}Kommunstyrelsen  PROTOKOLL 2 (6)",
        "<!-- sida 3 -->",
        "   indragen rad 2024",
        "\r",
        "",
    ];

    /// [`sign_items`] against its plain reading (a search of each item's
    /// text and span) on generated texts, and [`sign_items_in`] over the
    /// whole text and [`toc_and_signs`] against it.
    #[test]
    fn sign_items_are_the_items_searched_one_by_one() {
        let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15);
        let (mut yes, mut no) = (0, 0);
        for _ in 0..4_000 {
            let src = rng.lines(PIECES, 30);
            let mut items = scan(&src);
            // Items out of the text's order are read as well.
            if rng.below(4) == 0 {
                items.reverse();
            }
            let fast = sign_items(&src, &items);
            // The whole text searched: the same answer.
            assert_eq!(sign_items_in(&src, &items, 0, src.len()), fast);
            // And asked on the contents' walk: the same answers, and the
            // same contents.
            let toc = crate::parse::toc::toc_item_set(&items, &fast);
            assert_eq!(toc_and_signs(&src, &items), (toc, fast.clone()));
            for (it, got) in items.iter().zip(fast) {
                let plain = it.text.as_bytes().contains(&0xA7)
                    || it.span.of(&src).as_bytes().contains(&0xA7);
                assert_eq!(got, plain, "{src:?} {it:?}");
                if plain {
                    yes += 1;
                } else {
                    no += 1;
                }
            }
        }
        assert!(yes > 5_000 && no > 5_000, "{yes} {no}");
    }
}
