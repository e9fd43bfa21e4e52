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

    const PIECES: [&str; 16] = [
        "j", "J", "ä", "Ä", "v", "V", "в", "m", "k", "a", " ", "å", "jäv", "Jämk", "eser", "ESER",
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
            for (n, k) in [("jäv", 3), ("ämk", 1), ("vv", 1), ("åa", 0)] {
                assert_eq!(find_by(&t, n, k), t.find(n), "{t:?} {n:?}");
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
