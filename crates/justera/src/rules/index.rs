//! The text's search index, built once per document in [`Context::new`]
//! and shared by every rule: where each line starts and what it holds
//! (digits, a run of six digits, `@`, `§`, an ISO date, a day before a month
//! name, `dag`, Greek or Cyrillic letters, mojibake), and the text in lower
//! case. A rule that looks for a pattern asks for the lines that can hold
//! it and runs its pattern on those alone, so the text is read once for all
//! rules instead of once per pattern.
//!
//! Every flag is a necessary condition of the patterns that use it (a line
//! without it cannot hold a match), and no pattern matches across a line
//! break, so the matches are the ones a search of the whole text finds.
//!
//! [`Context::new`]: crate::rules::Context::new

use std::cell::OnceCell;
use std::ops::{BitOr, Index as Get};

use regex_lite::{Captures, Regex};

use crate::diagnostic::Position;
use crate::model::Span;

/// What a line holds: flags, combined with `|` (all must hold).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Has(u16);

impl Has {
    /// Nothing asked: every line.
    pub const ANY: Has = Has(0);
    /// An ASCII digit.
    pub const DIGIT: Has = Has(1);
    /// Six or more digits in a row (an identity number's date and tail).
    pub const DIGITS6: Has = Has(1 << 1);
    /// A number that starts with `0`, or `+` before a digit (a phone number).
    pub const PHONE: Has = Has(1 << 2);
    /// Four digits, `-`, a digit (an ISO date).
    pub const ISO: Has = Has(1 << 3);
    /// One or two digits, maybe `e` or `:e`, blanks and the first three
    /// letters of a month's name in any case (`19 mars`, `1:e april`).
    pub const DAY_MONTH: Has = Has(1 << 4);
    /// `@`.
    pub const AT: Has = Has(1 << 5);
    /// `§`.
    pub const SECTION: Has = Has(1 << 6);
    /// `dag` in any case (a weekday).
    pub const DAG: Has = Has(1 << 7);
    /// A Greek or Cyrillic character.
    pub const GREEK_CYRILLIC: Has = Has(1 << 8);
    /// `Ã`, `Â` or `â`: how UTF-8 read as Windows-1252 starts.
    pub const MOJIBAKE: Has = Has(1 << 9);

    fn all_in(self, flags: u16) -> bool {
        flags & self.0 == self.0
    }
}

impl BitOr for Has {
    type Output = Has;
    fn bitor(self, o: Has) -> Has {
        Has(self.0 | o.0)
    }
}

/// The index of one text.
pub struct Index<'a> {
    src: &'a str,
    /// Where each line starts (after the previous `\n`).
    starts: Vec<usize>,
    /// What each line holds ([`Has`] bits).
    has: Vec<u16>,
    /// What some line holds: every line's bits together, so that a flag
    /// no line holds (`@`, Greek, mojibake, in most texts) is answered
    /// without reading the lines' bits.
    some: u16,
    lower: OnceCell<String>,
}

impl<'a> Index<'a> {
    /// One pass over the text.
    pub fn new(src: &'a str) -> Index<'a> {
        Index::with_lines(src, None)
    }

    /// [`Index::new`], the line starts read off `lines` where they are
    /// given (the scan's of `src`, [`crate::scan::lines`]) and the text
    /// holds no carriage return, instead of searched for again.
    pub fn with_lines(src: &'a str, lines: Option<&[(usize, usize)]>) -> Index<'a> {
        let b = src.as_bytes();
        let starts = lines
            .and_then(|lines| feed_starts(b, lines))
            .unwrap_or_else(|| line_starts(b));
        // Their flags, from one pass over the whole text: each found at a
        // place goes to the line that holds it (places come in order).
        let mut has = vec![0u16; starts.len()];
        let mut line = 0;
        scan(b, |at, flags| {
            while starts.get(line + 1).is_some_and(|&s| s <= at) {
                line += 1;
            }
            has[line] |= flags;
        });
        let some = has.iter().fold(0, |a, &h| a | h);
        Index {
            src,
            starts,
            has,
            some,
            lower: OnceCell::new(),
        }
    }

    /// The text indexed.
    pub fn src(&self) -> &'a str {
        self.src
    }

    /// The text in lower case (made on first use, once).
    pub fn lower(&self) -> &str {
        self.lower.get_or_init(|| self.src.to_lowercase())
    }

    /// The lines that hold everything in `what`, without their line break,
    /// each with the byte offset where it starts.
    pub fn lines(&self, what: Has) -> impl Iterator<Item = (usize, &'a str)> + '_ {
        self.lines_in(Span::new(0, self.src.len()), what)
    }

    /// [`Index::lines`] within `span`, cut to it.
    pub fn lines_in(&self, span: Span, what: Has) -> impl Iterator<Item = (usize, &'a str)> + '_ {
        let src = self.src;
        let (lo, hi) = (span.start.min(src.len()), span.end.min(src.len()));
        let first = self.starts.partition_point(|&s| s <= lo).saturating_sub(1);
        // The lines that start before `hi` (the starts are in order): their
        // flags are read in a row, without a test of each start.
        let last = if what.all_in(self.some) {
            self.starts.partition_point(|&s| s < hi)
        } else {
            first
        };
        (first..last)
            .filter(move |&i| what.all_in(self.has[i]))
            .filter_map(move |i| {
                let end = self.starts.get(i + 1).map_or(src.len(), |&n| n - 1);
                let (s, e) = (self.starts[i].max(lo), end.min(hi));
                (s < e).then(|| (s, &src[s..e]))
            })
    }

    /// 1-based line and column (in characters) of byte `offset`, as
    /// [`LineIndex::position`] gives them: the line starts are the same
    /// (the first line's, and one after each line feed), so the text is
    /// not searched for its line breaks a second time.
    ///
    /// [`LineIndex::position`]: crate::diagnostic::LineIndex::position
    pub fn position(&self, offset: usize) -> Position {
        crate::diagnostic::position_in(&self.starts, self.src, offset)
    }

    /// Whether any line holds everything in `what`.
    pub fn any(&self, what: Has) -> bool {
        what.all_in(self.some) && self.has.iter().any(|&h| what.all_in(h))
    }

    /// `re`'s matches on the lines that hold `what`, with offsets into the
    /// whole text.
    pub fn find_iter<'r>(
        &'r self,
        re: &'r Regex,
        what: Has,
    ) -> impl Iterator<Item = Found<'a>> + 'r {
        self.lines(what).flat_map(move |(at, line)| {
            re.find_iter(line).map(move |m| Found {
                start: at + m.start(),
                end: at + m.end(),
                text: m.as_str(),
            })
        })
    }

    /// `re`'s captures on the lines that hold `what`, with offsets into the
    /// whole text.
    pub fn captures_iter<'r>(
        &'r self,
        re: &'r Regex,
        what: Has,
    ) -> impl Iterator<Item = Caps<'a>> + 'r {
        self.captures_in(Span::new(0, self.src.len()), re, what)
    }

    /// [`Index::captures_iter`] within `span`.
    pub fn captures_in<'r>(
        &'r self,
        span: Span,
        re: &'r Regex,
        what: Has,
    ) -> impl Iterator<Item = Caps<'a>> + 'r {
        self.lines_in(span, what)
            .flat_map(move |(at, line)| re.captures_iter(line).map(move |caps| Caps { at, caps }))
    }

    /// [`Index::captures_iter`] run only on the stretches of each line
    /// made of ASCII bytes `part` holds for and at least `shortest` long:
    /// the same captures when every match of `re` is such bytes only and
    /// at least `shortest` long (a match then lies within one stretch, and
    /// a search within the stretch finds it first as the line's does). A
    /// long line of prose is then not walked by the pattern's machine.
    pub fn captures_in_stretches<'r>(
        &'r self,
        re: &'r Regex,
        what: Has,
        part: fn(u8) -> bool,
        shortest: usize,
    ) -> impl Iterator<Item = Caps<'a>> + 'r {
        self.stretches(what, part, shortest)
            .flat_map(move |(at, stretch)| {
                re.captures_iter(stretch).map(move |caps| Caps { at, caps })
            })
    }

    /// The stretches of the lines that hold `what` made of ASCII bytes
    /// `part` holds for and at least `shortest` long, each with the byte
    /// offset where it starts: where [`Index::captures_in_stretches`] runs
    /// its pattern.
    pub fn stretches(
        &self,
        what: Has,
        part: fn(u8) -> bool,
        shortest: usize,
    ) -> impl Iterator<Item = (usize, &'a str)> + '_ {
        self.lines(what).flat_map(move |(at, line)| {
            stretches(line.as_bytes(), part, shortest).map(move |(s, e)| (at + s, &line[s..e]))
        })
    }
}

/// The stretches (start, end) of `b` made of bytes `part` holds for, at
/// least `shortest` long. `part` holds only for ASCII bytes, so each end
/// is a character boundary.
///
/// A stretch that long holds the byte `shortest - 1` after any place it
/// starts at or after, so the byte there is read first: where `part` does
/// not hold for it, no stretch starts at that place or any of the
/// `shortest - 1` after it, and the search goes on past it. Most bytes of
/// prose are then not read at all.
fn stretches(
    b: &[u8],
    part: fn(u8) -> bool,
    shortest: usize,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    let reach = shortest.max(1) - 1;
    // No stretch holds the byte before `i` (or `i` is 0).
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(&c) = b.get(i + reach) {
            let probe = i + reach;
            if !part(c) {
                i = probe + 1;
                continue;
            }
            // The stretch that holds `probe`, whole: it starts at `i` at
            // the earliest.
            let mut s = probe;
            while s > i && part(b[s - 1]) {
                s -= 1;
            }
            let mut e = probe + 1;
            while e < b.len() && part(b[e]) {
                e += 1;
            }
            // `b[e]` is no part (or the end): the next stretch starts after.
            i = e + 1;
            debug_assert!(b[s..e].is_ascii());
            if e - s > reach {
                return Some((s, e));
            }
        }
        None
    })
}

/// The matches of `anchored` (a pattern under `^(?:...)`, never matching
/// the empty string) tried at each byte of `line` among `opens`, left to
/// right, each search going on after the last match: the matches the
/// unanchored pattern's `find_iter` gives when every match opens with one
/// of `opens` (the leftmost match starts at the first place an anchored
/// one does, and is that one). `opens` are ASCII or UTF-8 lead bytes, so
/// each place is a character boundary.
fn opening<'t, T>(
    line: &'t str,
    opens: [u8; 2],
    mut at: impl FnMut(&'t str) -> Option<(usize, T)>,
) -> Vec<(usize, T)> {
    debug_assert!(opens.iter().all(|b| !(0x80..0xc0).contains(b)));
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(k) = memchr::memchr2(opens[0], opens[1], &b[pos..]) {
        let c = pos + k;
        match at(&line[c..]) {
            Some((end, t)) => {
                out.push((c, t));
                pos = c + end.max(1);
            }
            None => pos = c + 1,
        }
        if pos >= b.len() {
            break;
        }
    }
    out
}

impl<'a> Index<'a> {
    /// [`Index::find_iter`] for a pattern every match of which opens with
    /// a byte of `opens`, given anchored (`^(?:...)`): tried where such a
    /// byte stands instead of searched over the whole line.
    pub fn find_iter_opening<'r>(
        &'r self,
        anchored: &'r Regex,
        what: Has,
        opens: [u8; 2],
    ) -> impl Iterator<Item = Found<'a>> + 'r {
        self.find_iter_opening_where(anchored, what, opens, |_| true)
    }

    /// [`Index::find_iter_opening`], the pattern tried only where `may`
    /// holds of the rest of the line: a necessary condition of a match
    /// there, read off its first bytes for less than the pattern costs.
    pub fn find_iter_opening_where<'r>(
        &'r self,
        anchored: &'r Regex,
        what: Has,
        opens: [u8; 2],
        may: fn(&[u8]) -> bool,
    ) -> impl Iterator<Item = Found<'a>> + 'r {
        self.lines(what).flat_map(move |(at, line)| {
            opening(line, opens, |t| {
                if !may(t.as_bytes()) {
                    return None;
                }
                anchored.find(t).map(|m| (m.end(), m.end()))
            })
            .into_iter()
            .map(move |(c, end)| Found {
                start: at + c,
                end: at + c + end,
                text: &line[c..c + end],
            })
        })
    }

    /// [`Index::find_iter_opening`] for a pattern matched by `at`, which
    /// gives the end of the pattern's match at the start of the rest of the
    /// line it is handed (never an empty one), as the anchored pattern's
    /// `find` does.
    pub fn find_iter_opening_by<'r>(
        &'r self,
        what: Has,
        opens: [u8; 2],
        at: fn(&str) -> Option<usize>,
    ) -> impl Iterator<Item = Found<'a>> + 'r {
        self.find_in_opening_by(Span::new(0, self.src.len()), what, opens, at)
    }

    /// [`Index::find_iter_opening_by`] within `span`.
    pub fn find_in_opening_by<'r>(
        &'r self,
        span: Span,
        what: Has,
        opens: [u8; 2],
        at: fn(&str) -> Option<usize>,
    ) -> impl Iterator<Item = Found<'a>> + 'r {
        self.lines_in(span, what).flat_map(move |(start, line)| {
            opening(line, opens, |t| at(t).map(|end| (end, end)))
                .into_iter()
                .map(move |(c, end)| Found {
                    start: start + c,
                    end: start + c + end,
                    text: &line[c..c + end],
                })
        })
    }

    /// [`Index::captures_in`] for a pattern every match of which opens
    /// with a byte of `opens`, given anchored, as
    /// [`Index::find_iter_opening`].
    pub fn captures_in_opening<'r>(
        &'r self,
        span: Span,
        anchored: &'r Regex,
        what: Has,
        opens: [u8; 2],
    ) -> impl Iterator<Item = Caps<'a>> + 'r {
        self.lines_in(span, what).flat_map(move |(at, line)| {
            opening(line, opens, |t| {
                let caps = anchored.captures(t)?;
                Some((caps.get(0).map_or(0, |m| m.end()), caps))
            })
            .into_iter()
            .map(move |(c, caps)| Caps { at: at + c, caps })
        })
    }
}

/// Where each line of `b` starts, as `split` on line feeds gives the
/// lines (the first's, and one after each line feed), by memchr.
fn line_starts(b: &[u8]) -> Vec<usize> {
    let mut starts = Vec::with_capacity(b.len() / 64 + 1);
    starts.push(0);
    starts.extend(memchr::memchr_iter(b'\n', b).map(|i| i + 1));
    starts
}

/// [`line_starts`] read off the scan's lines of `b` (each line's start
/// and its end without the break): one after each line's end that is a
/// line feed. The scan ends a line at a carriage return too, and at each
/// one of them, so `None` when a line ends at one: the text holds a
/// carriage return exactly then (and the lines are not the index's).
fn feed_starts(b: &[u8], lines: &[(usize, usize)]) -> Option<Vec<usize>> {
    let mut starts = Vec::with_capacity(lines.len() + 1);
    starts.push(0);
    for &(_, end) in lines {
        match b.get(end) {
            Some(b'\n') => starts.push(end + 1),
            Some(_) => return None,
            None => {}
        }
    }
    Some(starts)
}

/// A match, with offsets into the whole text (as `regex_lite::Match`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

impl<'a> Found<'a> {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn as_str(&self) -> &'a str {
        self.text
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// Captures, with offsets into the whole text (as `regex_lite::Captures`).
pub struct Caps<'a> {
    at: usize,
    caps: Captures<'a>,
}

impl<'a> Caps<'a> {
    pub fn get(&self, i: usize) -> Option<Found<'a>> {
        self.caps.get(i).map(|m| Found {
            start: self.at + m.start(),
            end: self.at + m.end(),
            text: m.as_str(),
        })
    }
}

impl Get<usize> for Caps<'_> {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        &self.caps[i]
    }
}

/// Whether the byte `c`, before `n1` and `n2`, opens a digit (bit 0) or
/// what another flag notes (bit 1): `@`, `§` (0xC2 0xA7), `Ã` before a
/// mojibake's second byte (0x82, 0x83, 0xA2), a Greek or Cyrillic lead
/// (0xCE..=0xD4), the `d` of `dag` in any case. Without a branch, so a
/// block of bytes is tested at once; the letters of the text (`g`, `å`,
/// `ä`, `ö`) open nothing on their own.
#[inline(always)]
fn opens(c: u8, n1: u8, n2: u8) -> (bool, bool) {
    let digit = c.wrapping_sub(b'0') < 10;
    let other = (c == b'@')
        | ((c == 0xC2) & (n1 == 0xA7))
        | ((c == 0xC3) & ((n1 == 0x82) | (n1 == 0x83) | (n1 == 0xA2)))
        | (c.wrapping_sub(0xCE) <= 0xD4 - 0xCE)
        | (((c | 0x20) == b'd') & ((n1 | 0x20) == b'a') & ((n2 | 0x20) == b'g'));
    (digit, other)
}

/// The bytes [`scan`] tests at once.
const BLOCK: usize = 16;

/// Whether [`opens`] anything in `w`'s first [`BLOCK`] places, over-read
/// so that each place costs few tests: `:` to `?` (between the digits
/// and `@`) pass, `§` and a mojibake are told by their second byte alone
/// (0xA7; 0x82, 0x83, 0xA2 or 0xA3), and `dag` by its `d` and its `g`. A
/// test of all the places at once, which is cheaper than their bits; the
/// places that pass it only over-read are read exactly by [`opens`].
#[inline(always)]
fn may_open_any(w: &[u8; BLOCK + 2]) -> bool {
    let mut any = false;
    for j in 0..BLOCK {
        let (c, n1, n2) = (w[j], w[j + 1], w[j + 2]);
        any |= (c.wrapping_sub(b'0') <= b'@' - b'0')
            | (c.wrapping_sub(0xCE) <= 0xD4 - 0xCE)
            | (n1 == 0xA7)
            | (n1 & 0xDE == 0x82)
            | (((c | 0x20) == b'd') & ((n2 | 0x20) == b'g'));
    }
    any
}

/// The places of `b`'s block at `i` that [`opens`] a digit at, and those
/// it opens something else at, a bit each (bytes past the end read as
/// 0, which opens nothing). A block with its two bytes after inside `b`
/// is read where it stands; only the text's last block is copied.
#[inline(always)]
fn block_opens(b: &[u8], i: usize) -> (u32, u32) {
    if let Some(w) = b.get(i..).and_then(<[u8]>::first_chunk::<{ BLOCK + 2 }>) {
        return window_opens(w);
    }
    let mut pad = [0u8; BLOCK + 2];
    for (p, &x) in pad.iter_mut().zip(&b[i..]) {
        *p = x;
    }
    window_opens(&pad)
}

/// [`block_opens`] of the block that opens `w`: without a branch, so a
/// block of bytes is tested at once.
#[inline(always)]
fn window_opens(w: &[u8; BLOCK + 2]) -> (u32, u32) {
    if !may_open_any(w) {
        return (0, 0);
    }
    // Each place's two bits in a byte of its own (the loop is one of
    // vectors), then each bit of the eight bytes of a word gathered into
    // a byte by one multiplication: byte `k`'s bit lands on bit `56 + k`
    // and nothing carries into those bits.
    let mut v = [0u8; BLOCK];
    for j in 0..BLOCK {
        let (d, o) = opens(w[j], w[j + 1], w[j + 2]);
        v[j] = d as u8 | (o as u8) << 1;
    }
    const ONES: u64 = 0x0101_0101_0101_0101;
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let half = |k: usize, bit: u32| {
        let x = u64::from_le_bytes(v[k..k + 8].try_into().unwrap_or([0; 8]));
        (((x >> bit) & ONES).wrapping_mul(GATHER) >> 56) as u32
    };
    (half(0, 0) | half(8, 0) << 8, half(0, 1) | half(8, 1) << 8)
}

/// The flags of `b`, in one pass over its bytes, told to `found` with the
/// place each was found at, in order: a block of [`BLOCK`] bytes is
/// tested at once, and only the places where a run of digits starts or
/// something else opens are read. Read over a whole text, a line's flags
/// are those found on it: no flag is read across a line feed (it opens
/// and continues nothing, and stops every look after a byte), so each is
/// found as on the line alone.
fn scan(b: &[u8], mut found: impl FnMut(usize, u16)) {
    let mut i = 0;
    while i < b.len() {
        let (digits, others) = block_opens(b, i);
        // A block starts after a run of digits read before it (or at the
        // text's start), so a digit at its first place starts a run.
        let mut m = (digits & !(digits << 1)) | others;
        let mut next = i + BLOCK;
        while m != 0 {
            let at = i + m.trailing_zeros() as usize;
            m &= m - 1;
            let c = b[at];
            if c.is_ascii_digit() {
                // The whole run of digits, past the block if it goes on.
                let (end, f) = digit_run(b, at);
                found(at, f);
                next = next.max(end);
                continue;
            }
            let f = match c {
                b'@' => Has::AT.0,
                0xC2 => Has::SECTION.0,
                0xC3 => Has::MOJIBAKE.0,
                0xCE..=0xD4 => Has::GREEK_CYRILLIC.0,
                _ => Has::DAG.0,
            };
            found(at, f);
        }
        i = next;
    }
}

/// The flags of one line (no line feed in it).
#[cfg(test)]
fn line_flags(b: &[u8]) -> u16 {
    let mut has = 0;
    scan(b, |_, f| has |= f);
    has
}

/// The run of digits starting at `s`: where it ends and the flags it
/// sets (a digit, six in a row, a phone number's `0` or `+`, an ISO
/// date's year, a day before a month's name).
fn digit_run(b: &[u8], s: usize) -> (usize, u16) {
    let mut i = s;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let n = i - s;
    let mut has = Has::DIGIT.0;
    if n >= 6 {
        has |= Has::DIGITS6.0;
    }
    if b[s] == b'0' || (s > 0 && b[s - 1] == b'+') {
        has |= Has::PHONE.0;
    }
    if n == 4 && b.get(i) == Some(&b'-') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        has |= Has::ISO.0;
    }
    if n <= 2 && day_month(&b[i..]) {
        has |= Has::DAY_MONTH.0;
    }
    (i, has)
}

/// After a day's digits: `e` or `:e` maybe, blanks, then the start of a
/// month's name in any ASCII case (the patterns fold ASCII case only).
fn day_month(rest: &[u8]) -> bool {
    const MONTHS: [&[u8; 3]; 12] = [
        b"jan", b"feb", b"mar", b"apr", b"maj", b"jun", b"jul", b"aug", b"sep", b"okt", b"nov",
        b"dec",
    ];
    let rest = match rest {
        [b'e' | b'E', r @ ..] => r,
        [b':', b'e' | b'E', r @ ..] => r,
        r => r,
    };
    let blanks = rest
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    blanks > 0
        && rest
            .get(blanks..blanks + 3)
            .is_some_and(|w| MONTHS.iter().any(|m| w.eq_ignore_ascii_case(&m[..])))
}

#[cfg(test)]
mod tests;
