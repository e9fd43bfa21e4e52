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

/// Whether `t` holds `j` or `J` right before `ä` or `Ä`: what
/// [`crate::inline::fold`] of `t` needs to hold `jämk`.
pub(super) fn may_fold_to_jamk(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr2_iter(b'j', b'J', b)
        .any(|i| matches!(b.get(i + 1..i + 3), Some([0xc3, 0xa4 | 0x84])))
}

/// Whether `t` holds `jämk` or `Jämk` (`has` of each, in one pass).
pub(super) fn has_jamk(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr2_iter(b'j', b'J', b).any(|i| b[i + 1..].starts_with("ämk".as_bytes()))
}

/// Whether `t` holds `eserv` or `ESERV` (`has` of each): two searches
/// built once, each by two of its rarer bytes at a time.
pub(super) fn has_eserv(t: &str) -> bool {
    use memchr::memmem::Finder;
    static F: std::sync::OnceLock<[Finder<'static>; 2]> = std::sync::OnceLock::new();
    let f = F.get_or_init(|| [Finder::new("eserv"), Finder::new("ESERV")]);
    f.iter().any(|f| f.find(t.as_bytes()).is_some())
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

#[cfg(test)]
mod tests {
    use super::*;
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

    const PIECES: [&str; 17] = [
        "j", "J", "ä", "Ä", "v", "V", "в", "m", "k", "a", " ", "å", "jäv", "Jämk", "eser", "ESER",
        "\n",
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
}
