//! The places of the whole text where `unread-structure`'s heads and
//! traces can start, found once, so that a line of the text's own bytes
//! is tested only where it holds one.

/// Where the text holds what a paragraph head and either trace's
/// prefilter stop at, found in one search of the whole text: `§`, the `e`
/// of `ej` and the `j` of `ja` in any case (a no word of `may_trace_vote`
/// opens with `nej`, a yes word with `ja`), and `reserver` in any case
/// (`may_trace_reservation`). A line that is the text's own bytes holds
/// none of them outside these places, so the head's and both traces' tests
/// are passed over on most lines without a search of their own.
pub(super) struct Marks {
    /// Where `§` starts, in order: a paragraph head holds one.
    pub(super) section: Vec<usize>,
    /// Where `ej` or `ja` starts, in order.
    pub(super) yes_no: Vec<usize>,
    /// Where `reserver` starts, in order.
    pub(super) reserver: Vec<usize>,
}

impl Marks {
    pub(super) fn new(src: &str) -> Marks {
        let b = src.as_bytes();
        let (yes_no, reserver) = yes_no_reserver_at(b, CHUNK);
        Marks {
            // `§` by its second byte (0xA7 follows 0xC2 only in `§` and
            // stands in few other characters), found by memchr.
            section: memchr::memchr_iter(0xA7, b)
                .filter(|&i| i > 0 && b[i - 1] == 0xC2)
                .map(|i| i - 1)
                .collect(),
            yes_no,
            reserver,
        }
    }
}

/// The bytes [`yes_no_reserver_at`] lowers at a time.
const CHUNK: usize = 4096;

/// Where `ej` or `ja` starts in `b` in any ASCII case (in order), and
/// where `reserver` does (overlapping ones too): [`Lowered::read`] with
/// buffers of its own.
fn yes_no_reserver_at(b: &[u8], chunk: usize) -> (Vec<usize>, Vec<usize>) {
    let mut low = Lowered::new();
    low.read(b, chunk);
    (low.yes_no, low.reserver)
}

/// The buffers [`Lowered::read`] fills, kept from one text to the next
/// (a line's marks are read with no allocation once they are grown), and
/// the search for `reserver`, built once.
pub(super) struct Lowered {
    finder: memchr::memmem::Finder<'static>,
    buf: Vec<u8>,
    /// Where `ej` or `ja` starts, in order.
    pub(super) yes_no: Vec<usize>,
    /// Where `reserver` starts, in order.
    pub(super) reserver: Vec<usize>,
}

impl Lowered {
    pub(super) fn new() -> Lowered {
        Lowered {
            finder: memchr::memmem::Finder::new(PAT),
            buf: Vec::new(),
            yes_no: Vec::new(),
            reserver: Vec::new(),
        }
    }

    /// Where `ej` or `ja` starts in `b` in any ASCII case, and where
    /// `reserver` does, into [`Lowered::yes_no`] and [`Lowered::reserver`]:
    /// `b` lowered `chunk` bytes at a time into a buffer (with the seven
    /// after, so that a word the chunk's end cuts is found whole) and
    /// searched there for `j` and for `reserver`, instead of the `j`s
    /// searched in either case over the text and a copy of the whole text
    /// lowered.
    pub(super) fn read(&mut self, b: &[u8], chunk: usize) {
        let chunk = chunk.max(1);
        self.yes_no.clear();
        self.reserver.clear();
        self.buf.clear();
        self.buf.resize(chunk.min(b.len()) + PAT.len() - 1, 0);
        let mut at = 0;
        while at < b.len() {
            let end = (at + chunk + PAT.len() - 1).min(b.len());
            let w = &mut self.buf[..end - at];
            // `c | 0x20` is a letter of the patterns exactly when `c` is
            // that letter in either case (every byte of them is a
            // lower-case ASCII letter), so the patterns are found where
            // the lower-case text has them; other bytes may change, but
            // match none of them.
            for (d, &c) in w.iter_mut().zip(&b[at..end]) {
                *d = c | 0x20;
            }
            let w = &self.buf[..end - at];
            // The `ej` before a `j` starts before its `ja`, and after the
            // previous `j`: in order. The byte before the chunk's first is
            // the previous chunk's.
            for k in memchr::memchr_iter(b'j', &w[..w.len().min(chunk)]) {
                let before = match k {
                    0 => at.checked_sub(1).map(|i| b[i] | 0x20),
                    _ => Some(w[k - 1]),
                };
                if before == Some(b'e') {
                    self.yes_no.push(at + k - 1);
                }
                if w.get(k + 1) == Some(&b'a') {
                    self.yes_no.push(at + k);
                }
            }
            // A word that starts past the chunk is found in the next one.
            let mut from = 0;
            while let Some(k) = self.finder.find(&w[from..]).map(|k| from + k) {
                if k >= chunk {
                    break;
                }
                self.reserver.push(at + k);
                from = k + 1;
            }
            at += chunk;
        }
    }
}

/// The word [`Lowered`] finds the places of.
const PAT: &[u8] = b"reserver";

/// The longest line [`letters`] reads byte by byte; a longer one is
/// searched by the traces' own prefilters.
pub(super) const SHORT: usize = 32;

/// Whether a short line (a cleaned copy, such as a bold label) holds a `j`
/// and a `v` in any case: a yes or no word holds the one, `reserver` the
/// other. One pass over a few bytes costs less than the two searches the
/// prefilters start.
pub(super) fn letters(t: &str) -> (bool, bool) {
    let (mut j, mut v) = (false, false);
    for &c in t.as_bytes() {
        j |= c | 0x20 == b'j';
        v |= c | 0x20 == b'v';
    }
    (j, v)
}

/// Where `t` starts in `src`, when it is a slice of it (an item's text
/// that borrows the source's bytes), told by its place in memory.
pub(super) fn offset_in(src: &str, t: &str) -> Option<usize> {
    let off = (t.as_ptr() as usize).wrapping_sub(src.as_ptr() as usize);
    src.get(off..off.checked_add(t.len())?)
        .filter(|s| std::ptr::eq(*s, t))
        .map(|_| off)
}

/// Whether a place of `marks` (in order) lies in `from..to`; `k` is where
/// the last question stopped, so that lines read in order walk the list
/// once.
pub(super) fn marked(marks: &[usize], k: &mut usize, from: usize, to: usize) -> bool {
    if *k > 0 && marks[*k - 1] >= from {
        *k = marks.partition_point(|&m| m < from);
    }
    while *k < marks.len() && marks[*k] < from {
        *k += 1;
    }
    marks.get(*k).is_some_and(|&m| m < to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::structure::unread_structure::{
        may_trace_reservation, may_trace_vote, opens_with_omr,
    };

    /// [`Marks`] holds every place the plain reading finds, and a line of
    /// the text without a mark in it passes neither trace's prefilter (a
    /// vote's but by opening with `omr`); generated texts of lines, and
    /// every line of them asked in order and out of order.
    #[test]
    fn the_marks_are_the_plain_reading_and_miss_no_trace() {
        let pieces = [
            "j",
            "J",
            "a",
            "A",
            "e",
            "E",
            "r",
            "R",
            "v",
            "V",
            "n",
            "N",
            "x",
            " ",
            "ö",
            "Ö",
            "ja",
            "nej",
            "NEJ",
            "eja",
            "reserver",
            "RESERVERAR",
            "Omröstning",
            "omr",
            "röst",
            "-",
            "7",
            "İ",
            "\u{212a}",
            "reservation",
            "förvaltning",
            "\n",
            "reservereserver",
            "RESERVE",
            "§",
            "§§ 3",
            "ç",
        ];
        let mut rng = crate::testing::Rng::new(0x2f69_3a55_c1d7_0e43);
        assert_eq!(letters("Ja"), (true, false));
        assert_eq!(letters("RESERVATION"), (false, true));
        let mut traces = 0;
        for _ in 0..20_000 {
            let src = rng.pieces(&pieces, 40);
            let m = Marks::new(&src);
            let b = src.as_bytes();
            let at = |i: usize, pat: &[u8]| {
                b.get(i..i + pat.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(pat))
            };
            let yes_no: Vec<usize> = (0..b.len())
                .filter(|&i| at(i, b"ja") || at(i, b"ej"))
                .collect();
            let reserver: Vec<usize> = (0..b.len()).filter(|&i| at(i, b"reserver")).collect();
            let section: Vec<usize> = (0..b.len()).filter(|&i| at(i, "§".as_bytes())).collect();
            assert_eq!(m.section, section, "{src:?}");
            assert_eq!(m.yes_no, yes_no, "{src:?}");
            assert_eq!(m.reserver, reserver, "{src:?}");
            for chunk in [1, 5, 8, 13] {
                let got = yes_no_reserver_at(b, chunk);
                assert_eq!(got, (yes_no.clone(), reserver.clone()), "{src:?} {chunk}");
            }
            // Lines in order, then each once more from a fresh cursor
            // after the last (a step back).
            let mut lines = Vec::new();
            let mut from = 0;
            for line in src.split('\n') {
                lines.push((from, from + line.len()));
                from += line.len() + 1;
            }
            let (mut ky, mut kr) = (0, 0);
            for &(from, to) in lines.iter().chain(lines.iter()) {
                let t = &src[from..to];
                assert_eq!(offset_in(&src, t), Some(from));
                if !t.is_empty() {
                    // A copy of the line, elsewhere in memory: no offset.
                    let copy = String::from(t);
                    assert_eq!(offset_in(&src, &copy), None);
                }
                let y = marked(&m.yes_no, &mut ky, from, to);
                let r = marked(&m.reserver, &mut kr, from, to);
                assert_eq!(y, yes_no.iter().any(|&i| i >= from && i < to), "{t:?}");
                assert_eq!(r, reserver.iter().any(|&i| i >= from && i < to), "{t:?}");
                let (j, v) = letters(t);
                if may_trace_vote(t) {
                    traces += 1;
                    assert!(y || opens_with_omr(t), "{t:?}");
                    assert!(j || opens_with_omr(t), "{t:?}");
                }
                if may_trace_reservation(t) {
                    traces += 1;
                    assert!(r, "{t:?}");
                    assert!(v, "{t:?}");
                }
            }
        }
        assert!(traces > 20_000, "{traces}");
    }
}
