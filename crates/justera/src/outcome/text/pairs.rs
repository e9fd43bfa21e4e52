//! Which pairs of bytes stand side by side in a sentence, as 256 bits: a
//! word one of whose pairs the sentence lacks is not in it, told without
//! a search. A pass that asks one sentence for dozens of words (the
//! procedure's) searches only for those whose every pair it holds; most
//! of the words are in no sentence, and each search of a short text is a
//! chain of branches.

use crate::text::{find_str, has};

/// The pairs of bytes in a row that a text holds, each as one bit of 256
/// (pairs that share a bit are not told apart, so a bit set may stand
/// for another pair: the test says "maybe" then, never "no" wrongly).
#[derive(Clone, Copy)]
struct Pairs([u64; 4]);

/// The bit of the pair `a`, `b`: 67 is odd, so the first byte's part is
/// a permutation of the bits and the second's spreads each letter.
#[inline]
fn bit(a: u8, b: u8) -> usize {
    (usize::from(a) * 67 + usize::from(b)) & 255
}

impl Pairs {
    fn of(t: &str) -> Pairs {
        let mut m = [0u64; 4];
        for w in t.as_bytes().windows(2) {
            let k = bit(w[0], w[1]);
            m[k >> 6] |= 1 << (k & 63);
        }
        Pairs(m)
    }

    /// Whether every pair of `n` has its bit set: `false` is proof that
    /// the text (and every piece of it) holds no `n`. A needle of one
    /// byte or none has no pair, and may stand anywhere.
    #[inline]
    fn may_hold(&self, n: &str) -> bool {
        n.as_bytes().windows(2).all(|w| {
            let k = bit(w[0], w[1]);
            self.0[k >> 6] >> (k & 63) & 1 == 1
        })
    }
}

/// A text with its pairs: [`has`] and [`find_str`] of it, and of any
/// piece of it, each searched only where the pairs allow the word.
pub(crate) struct Gated<'t> {
    text: &'t str,
    pairs: Pairs,
}

impl<'t> Gated<'t> {
    pub fn new(text: &'t str) -> Gated<'t> {
        Gated {
            text,
            pairs: Pairs::of(text),
        }
    }

    /// The text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Whether the text may hold `n`: `false` is proof that neither it
    /// nor any piece of it does.
    pub fn may_hold(&self, n: &str) -> bool {
        self.pairs.may_hold(n)
    }

    /// `has(text, n)`.
    pub fn has(&self, n: &str) -> bool {
        self.pairs.may_hold(n) && has(self.text, n)
    }

    /// `find_str(text, n)`.
    pub fn find(&self, n: &str) -> Option<usize> {
        if self.pairs.may_hold(n) {
            find_str(self.text, n)
        } else {
            None
        }
    }

    /// `has(piece, n)` for a `piece` that is a slice of the text (its
    /// pairs are some of the text's), or empty.
    pub fn has_in(&self, piece: &str, n: &str) -> bool {
        debug_assert!(self.holds_piece(piece));
        self.pairs.may_hold(n) && has(piece, n)
    }

    /// `find_str(piece, n)` for a `piece` that is a slice of the text,
    /// or empty.
    pub fn find_in(&self, piece: &str, n: &str) -> Option<usize> {
        debug_assert!(self.holds_piece(piece));
        if self.pairs.may_hold(n) {
            find_str(piece, n)
        } else {
            None
        }
    }

    /// Whether `piece` lies within the text's bytes (an empty piece
    /// holds no pair, wherever it is).
    fn holds_piece(&self, piece: &str) -> bool {
        let (a, b) = (self.text.as_ptr() as usize, piece.as_ptr() as usize);
        piece.is_empty() || b >= a && b + piece.len() <= a + self.text.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Rng;

    /// The pieces the generated sentences are made of: the words the
    /// procedure asks for, their parts and near misses, and the edge
    /// characters.
    const PIECES: &[&str] = &[
        "ställer",
        "ställde",
        "prövar",
        "proposition",
        "mot varandra",
        " mot ",
        "frågar",
        " om ",
        "återremi",
        "bordlägg",
        "avgöras",
        "röstar ja",
        "ja-röst",
        "finner",
        "inte",
        " ej ",
        "stä",
        "lle",
        "r",
        "pro",
        "vara",
        "nd",
        "mo",
        "t",
        "å",
        "ä",
        "ö",
        "Å",
        "Ä",
        "Ö",
        "É",
        "§",
        "\t",
        "\u{a0}",
        "\r",
        "12",
        " ",
    ];

    /// The words asked of the generated sentences: the pieces that are
    /// words, and parts that are none.
    const WORDS: &[&str] = &[
        "ställer",
        "ställde",
        "prövar",
        "proposition",
        "mot varandra",
        " mot ",
        "frågar",
        " om ",
        "återremi",
        "bordlägg",
        "avgöras",
        "röstar ja",
        "finner",
        "inte",
        " ej ",
        "ställe",
        "rå",
        "ä",
        "",
        "§ 1",
        "\u{a0}m",
        "varandra m",
    ];

    /// Each gated answer is the plain search's, for the whole text and
    /// for pieces of it.
    #[test]
    fn a_gated_search_is_the_plain_one() {
        let mut rng = Rng::new(0x7061_6972_735f_6761);
        let (mut held, mut ruled_out) = (0, 0);
        for _ in 0..20_000 {
            let t = rng.pieces(PIECES, 12);
            let g = Gated::new(&t);
            let cut = (0..=t.len())
                .filter(|&k| t.is_char_boundary(k))
                .nth(rng.below(t.len() + 1))
                .unwrap_or(0);
            let piece = &t[cut..];
            for w in WORDS {
                assert_eq!(g.has(w), has(&t, w), "{t:?} {w:?}");
                assert_eq!(g.find(w), find_str(&t, w), "{t:?} {w:?}");
                assert_eq!(g.has_in(piece, w), has(piece, w), "{piece:?} {w:?}");
                assert_eq!(g.find_in(piece, w), find_str(piece, w), "{piece:?} {w:?}");
                if has(&t, w) {
                    held += 1;
                } else if !g.pairs.may_hold(w) {
                    ruled_out += 1;
                }
            }
        }
        assert!(held > 10_000 && ruled_out > 100_000, "{held} {ruled_out}");
    }
}
