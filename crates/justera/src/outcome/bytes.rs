//! Byte searches the outcome passes ask of whole parts and paragraphs,
//! each found by a rare byte in one pass instead of decoding every
//! character or searching by a common first letter.

/// Whether `t` holds `j` or `J`, then `ä` or `Ä`, then `v`, `V` or the
/// Cyrillic look-alike `в`, in a row: what [`crate::inline::fold`] of `t`
/// needs to hold `jäv` (fold maps no other character onto these).
pub(super) fn may_fold_to_jav(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr2_iter(b'j', b'J', b).any(|i| {
        matches!(b.get(i + 1..i + 3), Some([0xc3, 0xa4 | 0x84]))
            && matches!(b.get(i + 3..), Some([b'v' | b'V', ..] | [0xd0, 0xb2, ..]))
    })
}

/// [`may_fold_to_jav`] of a text with its ASCII letters in lower case
/// (as of the text itself: the test takes either case of `j` and `v`),
/// by searches built once for the four forms it can then hold: `jäv`
/// first, the forms with `Ä` or `в` only where a byte of theirs (`0x84`,
/// `0xb2`, both rare) stands. A whole paragraph asked at once, not each
/// part by its `j`s.
pub(super) fn may_fold_to_jav_low(low: &str) -> bool {
    use memchr::memmem::Finder;
    static F: std::sync::OnceLock<[Finder<'static>; 4]> = std::sync::OnceLock::new();
    let [small, capital, cyrillic, both] =
        F.get_or_init(|| ["jäv", "jÄv", "jäв", "jÄв"].map(Finder::new));
    let b = low.as_bytes();
    if small.find(b).is_some() {
        return true;
    }
    let capitals = memchr::memchr(0x84, b).is_some();
    let cyrillics = memchr::memchr(0xb2, b).is_some();
    capitals && capital.find(b).is_some()
        || cyrillics && cyrillic.find(b).is_some()
        || capitals && cyrillics && both.find(b).is_some()
}

static BILAGA: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();

/// The search for `n`, built once in `cell`.
fn finder_of(
    cell: &'static std::sync::OnceLock<memchr::memmem::Finder<'static>>,
    n: &'static str,
) -> &'static memchr::memmem::Finder<'static> {
    cell.get_or_init(|| memchr::memmem::Finder::new(n))
}

/// Where `bilaga` stands in `low` (a text in lower case, or with its ASCII
/// letters in lower case), by one search built once.
pub(super) fn bilaga_in(low: &str) -> impl Iterator<Item = usize> + '_ {
    finder_of(&BILAGA, "bilaga").find_iter(low.as_bytes())
}

/// Whether `t` holds `j` or `J` right before `ä` or `Ä`: what
/// [`crate::inline::fold`] of `t` needs to hold `jämk`.
pub(super) fn may_fold_to_jamk(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr2_iter(b'j', b'J', b)
        .any(|i| matches!(b.get(i + 1..i + 3), Some([0xc3, 0xa4 | 0x84])))
}

static AMK: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();

/// Whether `t` holds `jämk` or `Jämk` (`has` of each, in one pass): each
/// `ämk` (rarer than `j`, a common letter) found by one search built once,
/// then the byte before it asked.
pub(super) fn has_jamk(t: &str) -> bool {
    let b = t.as_bytes();
    finder_of(&AMK, "ämk")
        .find_iter(b)
        .any(|k| k > 0 && matches!(b[k - 1], b'j' | b'J'))
}

/// Whether `t` holds `eserv` or `ESERV` (`has` of each): two searches
/// built once, each by two of its rarer bytes at a time, the second only
/// where a capital `V` stands (rare, where `v` is not).
pub(super) fn has_eserv(t: &str) -> bool {
    use memchr::memmem::Finder;
    static F: std::sync::OnceLock<[Finder<'static>; 2]> = std::sync::OnceLock::new();
    let [lower, upper] = F.get_or_init(|| [Finder::new("eserv"), Finder::new("ESERV")]);
    let b = t.as_bytes();
    lower.find(b).is_some() || (memchr::memchr(b'V', b).is_some() && upper.find(b).is_some())
}

/// `has(t, a) || has(t, b)` of two words that open with the same byte
/// (no space): one search for that byte, each place asked for both
/// words, not two searches of the same text.
pub(super) fn has_either(t: &str, a: &str, b: &str) -> bool {
    let (h, a, b) = (t.as_bytes(), a.as_bytes(), b.as_bytes());
    match (a.first(), b.first()) {
        (Some(&x), Some(&y)) if x == y && x != b' ' => {
            memchr::memchr_iter(x, h).any(|i| h[i..].starts_with(a) || h[i..].starts_with(b))
        }
        _ => {
            crate::text::has(t, std::str::from_utf8(a).unwrap_or_default())
                || crate::text::has(t, std::str::from_utf8(b).unwrap_or_default())
        }
    }
}

/// `s.split('\n')`, the breaks found with memchr.
pub(super) fn lines(s: &str) -> impl Iterator<Item = &str> {
    let mut from = 0;
    memchr::memchr_iter(b'\n', s.as_bytes())
        .map(Some)
        .chain(std::iter::once(None))
        .map(move |k| {
            let end = k.unwrap_or(s.len());
            let line = &s[from..end];
            from = end + 1;
            line
        })
}

/// Where in `n` its rarest byte stands, by how often letters come in
/// Swedish text: a space and the first byte of `å`, `ä` and `ö` are
/// common, their second bytes as rare as `c`, and ASCII not listed
/// (punctuation, digits) rarest.
pub(super) fn rare_index(n: &str) -> usize {
    let b = n.as_bytes();
    (0..b.len())
        .max_by_key(|&k| (RANK[b[k] as usize], usize::MAX - k))
        .unwrap_or(0)
}

/// [`rare_index`]'s rank of each byte: higher is rarer.
const RANK: [u8; 256] = {
    const COMMON: &[u8] = b" eanrtsildomkgvfhupbcjyxwzq";
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            0x80..=0xbf => 20,
            0xc0..=0xff => 0,
            x => {
                let l = x.to_ascii_lowercase();
                let mut r = COMMON.len() as u8;
                let mut k = 0;
                while k < COMMON.len() {
                    if COMMON[k] == l {
                        r = k as u8;
                    }
                    k += 1;
                }
                r
            }
        };
        b += 1;
    }
    t
};

/// Where `n` first stands in `h`, found by its byte at `k` (pick a byte
/// rarer than its first): as `h.find(n)`.
pub(super) fn find_by(h: &str, n: &str, k: usize) -> Option<usize> {
    let (hb, nb) = (h.as_bytes(), n.as_bytes());
    memchr::memchr_iter(nb[k], hb)
        .filter(|&i| i >= k)
        .find(|&i| hb[i - k..].starts_with(nb))
        .map(|i| i - k)
}

/// The text as `crate::scan::strip_inline` gives it: a text without
/// markup or a backslash collapsed by [`collapse`]. A text whose only
/// markup is `*` and `_` is collapsed first: of white space
/// `strip_inline` reads only whether a lone `*` (`**` is dropped as a
/// pair, from the left of a run) stands before a space, and drops it when
/// it does not. Such a `*` dropped here first, the collapsed text is read
/// the same way, and what `strip_inline` keeps it collapses (then kept as
/// it is; a collapsed text with no mark left is its own reading, not read
/// again). Any other text goes to `strip_inline` as it is (a tag may hold
/// a space, a backslash is dropped at the end, a lone `*` before a space
/// and white space to the end would be at the end, `_*_` would make a
/// pair).
pub(super) fn clean(t: &str) -> String {
    let b = t.as_bytes();
    if memchr::memchr2(b'\\', b'<', b).is_some() {
        return crate::scan::strip_inline(t);
    }
    if memchr::memchr2(b'*', b'_', b).is_none() {
        return collapse(t);
    }
    let lone = |k: usize| b[..=k].iter().rev().take_while(|&&c| c == b'*').count() % 2 == 1;
    let mut kept = String::with_capacity(t.len());
    let mut from = 0;
    for k in memchr::memchr_iter(b'*', b) {
        if b.get(k + 1) == Some(&b'*') || !lone(k) {
            continue;
        }
        if b.get(k + 1) == Some(&b' ') {
            continue;
        }
        // `_*_`: dropped here, the two would make a pair.
        if k > 0 && b[k - 1] == b'_' && b.get(k + 1) == Some(&b'_') {
            return crate::scan::strip_inline(t);
        }
        kept.push_str(&t[from..k]);
        from = k + 1;
    }
    let collapsed = if from == 0 {
        collapse(t)
    } else {
        kept.push_str(&t[from..]);
        collapse(&kept)
    };
    // A lone `*` left at the end stood before a space.
    if collapsed.bytes().rev().take_while(|&c| c == b'*').count() % 2 == 1 {
        return crate::scan::strip_inline(t);
    }
    // No mark left (the lone `*` of an emphasised paragraph dropped):
    // `strip_inline` keeps a collapsed text without markup as it is.
    if memchr::memchr2(b'*', b'_', collapsed.as_bytes()).is_none() {
        return collapsed;
    }
    crate::scan::strip_inline(&collapsed)
}

/// The length of the white space character at `i` of `s` (a
/// character's start), or 0 where another character stands.
fn space_len(s: &str, i: usize) -> usize {
    match s.as_bytes()[i] {
        b' ' | b'\t'..=b'\r' => 1,
        0..=0x7f => 0,
        _ => s[i..]
            .chars()
            .next()
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
    }
}

/// Whether a byte may start white space other than the space: ASCII
/// below 0x20, or a lead byte from 0xC0 but `å`, `ä` and `ö`'s 0xC3 (every
/// other white space character starts with 0xC2, 0xE1, 0xE2 or 0xE3).
#[inline(always)]
fn odd(c: u8) -> bool {
    (c < 0x20) | ((c >= 0xC0) & (c != 0xC3))
}

/// Whether the byte `c`, before `next`, may end a run of text with
/// single spaces (see [`collapse`]): a byte that may start white space
/// other than the space, or a space before a space or such a byte.
#[inline(always)]
fn may_end(c: u8, next: u8) -> bool {
    odd(c) | ((c == b' ') & ((next == b' ') | odd(next)))
}

/// Which of sixteen bytes `a` (each before the byte of `d` at its place)
/// [`may_end`] a run: a byte each, 1 where it may, in a form the compiler
/// tests at once.
#[inline(always)]
fn may_end16(a: [u8; 16], d: [u8; 16]) -> u128 {
    let mut m = [0u8; 16];
    for j in 0..16 {
        m[j] = u8::from(may_end(a[j], d[j]));
    }
    u128::from_le_bytes(m)
}

/// The first byte at or after `i` of `b` that [`may_end`] a run (the end
/// of `b` when none does): sixteen bytes at a time, each with the byte
/// after it ([`may_end16`]).
#[inline]
fn next_may_end(b: &[u8], mut i: usize) -> usize {
    let n = b.len();
    while let (Some(a), Some(d)) = (b.get(i..i + 16), b.get(i + 1..i + 17)) {
        let a: [u8; 16] = a.try_into().unwrap_or([0; 16]);
        let d: [u8; 16] = d.try_into().unwrap_or([0; 16]);
        let x = may_end16(a, d);
        if x != 0 {
            return i + (x.trailing_zeros() / 8) as usize;
        }
        i += 16;
    }
    if i >= n {
        return n;
    }
    // The last bytes the same way, in a block filled out with a letter
    // (no byte of it ends a run), the byte after the last a space (a
    // space that ends the text may end a run too).
    let (mut a, mut d) = ([b'x'; 16], [b'x'; 16]);
    a[..n - i].copy_from_slice(&b[i..]);
    d[..n - i - 1].copy_from_slice(&b[i + 1..]);
    d[n - i - 1] = b' ';
    let x = may_end16(a, d);
    if x == 0 {
        n
    } else {
        i + (x.trailing_zeros() / 8) as usize
    }
}

/// White space collapsed to single spaces and trimmed, as
/// `crate::scan::collapse_ws` (`split_whitespace` joined by spaces): each
/// run of text whose white space is single spaces between other
/// characters is copied in one piece, its end found sixteen bytes at a
/// time ([`next_may_end`]), the white space after it passed over.
pub(super) fn collapse(s: &str) -> String {
    let b = s.as_bytes();
    let n = b.len();
    let mut out = String::with_capacity(n);
    let mut i = 0;
    loop {
        // The white space before the run.
        while i < n {
            match space_len(s, i) {
                0 => break,
                k => i += k,
            }
        }
        if i >= n {
            return out;
        }
        let start = i;
        // The run's end: the first white space that is no single space
        // before another character.
        let end = loop {
            let j = next_may_end(b, i);
            if j >= n {
                break n;
            }
            let c = b[j];
            if c == b' ' {
                if j + 1 < n && space_len(s, j + 1) == 0 {
                    i = j + 1;
                    continue;
                }
                break j;
            }
            if space_len(s, j) > 0 {
                break j;
            }
            // A control character or one of another script's: text.
            i = j + s[j..].chars().next().map_or(1, char::len_utf8);
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&s[start..end]);
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search in lower case, and in ASCII lower case, finds what the
    /// byte test on the text finds, on generated text of the word, its
    /// cases and look-alikes.
    #[test]
    fn bilaga_in_lower_case_is_the_byte_test() {
        let pieces = [
            "jäv", "JÄV", "Jäv", "jÄV", "jäв", "jäВ", "jä", "j", "ä", "Ä", "v", "bilaga", "BILAGA",
            "BiLaGa", "bilagа", "İ", "\u{212a}", " ", "\n", "\t", "x", "ö", "1",
        ];
        let mut rng = crate::testing::Rng::new(0x3c6e_f372_fe94_f82b);
        for round in 0..40_000 {
            let t = if round % 2 == 0 {
                rng.pieces(&pieces, 10)
            } else {
                rng.phrase(&pieces, 10)
            };
            let low = super::super::text::lower(&t);
            let by_bytes: Vec<usize> = (0..t.len())
                .filter(|&i| {
                    t.as_bytes()[i..]
                        .get(..6)
                        .is_some_and(|w| w.eq_ignore_ascii_case(b"bilaga"))
                })
                .collect();
            assert_eq!(bilaga_in(&low).collect::<Vec<_>>(), by_bytes, "{t:?}");
            let ascii = t.to_ascii_lowercase();
            assert_eq!(bilaga_in(&ascii).collect::<Vec<_>>(), by_bytes, "{t:?}");
        }
    }
    use crate::text::has;

    #[test]
    fn the_rare_byte_is_within_the_word() {
        assert_eq!(rare_index("s:s"), 1);
        assert_eq!(rare_index("(s):s"), 0);
        assert_eq!(rare_index("socialdemokrat"), 2);
        assert_eq!(rare_index("miljöpartiet"), 3);
        assert_eq!(rare_index("röst"), 2);
        assert_eq!(rare_index(""), 0);
    }

    const PIECES: [&str; 28] = [
        "j", "J", "ä", "Ä", "v", "V", "в", "m", "k", "a", " ", "å", "jäv", "Jämk", "eser", "ESER",
        "\n", "ämk", "§", "É", "\u{a0}", "\t", "\r", "", "beslut", "bifall", "b", "bes",
    ];

    #[test]
    fn the_byte_searches_are_the_character_searches() {
        fn jav(t: &str) -> bool {
            t.match_indices(['ä', 'Ä']).any(|(k, m)| {
                t[..k].ends_with(['j', 'J']) && t[k + m.len()..].starts_with(['v', 'V', 'в'])
            })
        }
        fn jamk(t: &str) -> bool {
            t.match_indices(['ä', 'Ä'])
                .any(|(k, _)| t[..k].ends_with(['j', 'J']))
        }
        let mut rng = crate::testing::Rng::new(0x6a61_7601);
        let (mut some, mut none) = (0, 0);
        for _ in 0..60_000 {
            let t = rng.pieces(&PIECES, 8);
            assert_eq!(may_fold_to_jav(&t), jav(&t), "{t:?}");
            assert_eq!(may_fold_to_jamk(&t), jamk(&t), "{t:?}");
            assert_eq!(has_jamk(&t), has(&t, "jämk") || has(&t, "Jämk"), "{t:?}");
            assert_eq!(has_eserv(&t), has(&t, "eserv") || has(&t, "ESERV"), "{t:?}");
            for (a, b) in [("beslut", "bifall"), ("bes", "b"), ("å", "ä"), ("ä", "v")] {
                assert_eq!(
                    has_either(&t, a, b),
                    has(&t, a) || has(&t, b),
                    "{t:?} {a} {b}"
                );
            }
            assert!(lines(&t).eq(t.split('\n')), "{t:?}");
            for (n, k) in [("jäv", 3), ("ämk", 1), ("vv", 1), ("åa", 0)] {
                assert_eq!(find_by(&t, n, k), t.find(n), "{t:?} {n:?}");
                assert_eq!(find_by(&t, n, rare_index(n)), t.find(n), "{t:?} {n:?}");
            }
            if jav(&t) {
                some += 1;
            } else {
                none += 1;
            }
        }
        assert!(some > 1000 && none > 1000, "{some} {none}");
    }
    /// A text's ASCII lower case asked at once is the byte test of the
    /// text.
    #[test]
    fn jav_in_ascii_lower_case_is_the_byte_test() {
        let mut rng = crate::testing::Rng::new(0x6a61_7602);
        let mut some = 0;
        for _ in 0..60_000 {
            let t = rng.pieces(&PIECES, 8);
            let plain = may_fold_to_jav(&t);
            assert_eq!(may_fold_to_jav_low(&t.to_ascii_lowercase()), plain, "{t:?}");
            some += usize::from(plain);
        }
        assert!(some > 1000, "{some}");
    }

    #[test]
    fn collapse_is_collapse_ws_and_clean_is_strip_inline() {
        const WS: [&str; 24] = [
            " ",
            " ",
            " ",
            "\n",
            "\t",
            "\r",
            "\u{a0}",
            "\u{85}",
            "\u{2003}",
            "\u{3000}",
            "\u{1680}",
            "\u{b}",
            "\u{c}",
            "\u{1}",
            "a",
            "Åke",
            "bör",
            "§",
            "–",
            "ordförande",
            "x\u{2009}y",
            "*",
            "<br>",
            "\\",
        ];
        const MARKS: [&str; 15] = [
            " ", " ", "\n", "\t", "\u{a0}", "*", "**", "_", "__", "a", "Åke", "bör", "<br />",
            "\\", "***",
        ];
        let mut rng = crate::testing::Rng::new(0x636f_6c6c);
        for _ in 0..60_000 {
            let t = rng.pieces(&WS, 24);
            let plain = t.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse(&t), plain, "{t:?}");
            assert_eq!(collapse(&t), crate::scan::collapse_ws(&t), "{t:?}");
            assert_eq!(clean(&t), crate::scan::strip_inline(&t), "{t:?}");
        }
        // Prose: long runs of single spaces, now and then a stop.
        for _ in 0..20_000 {
            let t = rng.phrase(&WS[14..], 40) + &rng.pieces(&WS, 6) + &rng.phrase(&WS[14..], 40);
            let plain = t.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse(&t), plain, "{t:?}");
        }
        // Long texts, every kind of white space at every place of the
        // sixteen bytes read at once.
        for _ in 0..20_000 {
            let t = rng.pieces(&WS, 120);
            let plain = t.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse(&t), plain, "{t:?}");
        }
        for _ in 0..200_000 {
            let t = rng.pieces(&MARKS, 12);
            assert_eq!(clean(&t), crate::scan::strip_inline(&t), "{t:?}");
        }
    }
}
