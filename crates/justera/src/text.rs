//! Text folded for comparison: the one normal form labels, names and
//! phrases are compared in.

/// A character's lower case when it is in Latin-1 (all of Swedish), without
/// the Unicode table's search; `None` above Latin-1.
pub(crate) fn lower_latin1(c: char) -> Option<char> {
    match c {
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        '\u{C0}'..='\u{DE}' if c != '\u{D7}' => char::from_u32(c as u32 + 0x20),
        '\0'..='\u{FF}' => Some(c),
        _ => None,
    }
}

const UPPER: u8 = 1;
const LOWER: u8 = 2;
const ALPHA: u8 = 4;

/// Case and letters of Latin-1 (all of Swedish): `A`-`Z`, `À`-`Þ` but `×`
/// upper case; `a`-`z`, `ß`-`ÿ` but `÷`, and `ª`, `µ`, `º` lower case;
/// these letters.
const LATIN1: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let upper = matches!(c, 0x41..=0x5A | 0xC0..=0xDE) && c != 0xD7;
        let lower = matches!(c, 0x61..=0x7A | 0xDF..=0xFF | 0xAA | 0xB5 | 0xBA) && c != 0xF7;
        t[c] = if upper { UPPER | ALPHA } else { 0 } | if lower { LOWER | ALPHA } else { 0 };
        c += 1;
    }
    t
};

/// `c.is_uppercase()`, read off a table in Latin-1 (no search of
/// Unicode's tables for `Å`, `ä` or `ö`).
pub(crate) fn is_upper(c: char) -> bool {
    match LATIN1.get(c as usize) {
        Some(k) => k & UPPER != 0,
        None => c.is_uppercase(),
    }
}

/// `c.is_lowercase()`, as [`is_upper`].
pub(crate) fn is_lower(c: char) -> bool {
    match LATIN1.get(c as usize) {
        Some(k) => k & LOWER != 0,
        None => c.is_lowercase(),
    }
}

/// `c.is_alphabetic()`, as [`is_upper`].
pub(crate) fn is_alpha(c: char) -> bool {
    match LATIN1.get(c as usize) {
        Some(k) => k & ALPHA != 0,
        None => c.is_alphabetic(),
    }
}

/// `t.to_lowercase()`, a byte at a time while `t` is Latin-1
/// (all of Swedish: ASCII, and `À` to `Þ` but `×` two bytes each whose
/// second goes up by 0x20); a text with any other character is lowered by
/// the standard function.
pub(crate) fn to_lower(t: &str) -> String {
    let b = t.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            out.push(c.to_ascii_lowercase());
            i += 1;
        } else if c == 0xC2 {
            out.extend_from_slice(&b[i..i + 2]);
            i += 2;
        } else if c == 0xC3 {
            let d = b[i + 1];
            let upper = (0x80..=0x9E).contains(&d) && d != 0x97;
            out.extend_from_slice(&[c, if upper { d + 0x20 } else { d }]);
            i += 2;
        } else {
            return t.to_lowercase();
        }
    }
    // Bytes of `t` with ASCII letters and Latin-1 capitals lowered, each
    // within its character: still UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| t.to_lowercase())
}

/// `h.find(n)`, by the needle's first byte (memchr) and a comparison: no
/// searcher to build, which costs more than the search in a sentence.
/// Linear in `h` for the short literal needles it is used with.
pub(crate) fn find_str(h: &str, n: &str) -> Option<usize> {
    let (hb, nb) = (h.as_bytes(), n.as_bytes());
    if nb.is_empty() {
        return Some(0);
    }
    // Look for the needle's first byte that is not a space (rarer).
    let k = nb.iter().position(|&b| b != b' ').unwrap_or(0);
    memchr::memchr_iter(nb[k], hb)
        .filter(|&i| i >= k)
        .find(|&i| hb[i - k..].starts_with(nb))
        .map(|i| i - k)
}

/// `h.rfind(n)`, by the needle's last byte (memrchr) and a comparison:
/// the standard search for a character walks back a word at a time.
pub(crate) fn rfind_str(h: &str, n: &str) -> Option<usize> {
    let (hb, nb) = (h.as_bytes(), n.as_bytes());
    let Some(&last) = nb.last() else {
        return Some(h.len());
    };
    memchr::memrchr_iter(last, hb)
        .filter_map(|i| (i + 1).checked_sub(nb.len()))
        .find(|&s| hb[s..].starts_with(nb))
}

/// `h.contains(n)` as [`find_str`].
pub(crate) fn has(h: &str, n: &str) -> bool {
    find_str(h, n).is_some()
}

/// Whether `t` (at most 40 bytes) holds `eslut`, `ESLUT`, `eslöt` or
/// `ESLÖT`: every place asked at once (the compiler reads the bytes with
/// vector instructions), not four searches for an `e`, the commonest
/// letter.
pub(crate) fn holds_eslut(t: &[u8]) -> bool {
    let mut w = [0u8; 46];
    w[..t.len()].copy_from_slice(t);
    let mut may = 0u8;
    for k in 0..40 {
        let at = |n: usize, c: u8| u8::from(w[k + n] == c);
        let small = at(0, b'e') & at(1, b's') & at(2, b'l');
        let capital = at(0, b'E') & at(1, b'S') & at(2, b'L');
        let ut = at(3, b'u') & at(4, b't');
        let ot = at(3, 0xC3) & at(4, 0xB6) & at(5, b't');
        let up_ut = at(3, b'U') & at(4, b'T');
        let up_ot = at(3, 0xC3) & at(4, 0x96) & at(5, b'T');
        may |= (small & (ut | ot)) | (capital & (up_ut | up_ot));
    }
    may != 0
}

/// Bytes [`fold`] copies as they are (lowering ASCII at the end): ASCII
/// other than white space.
const PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        t[b] = !(b == b' ' as usize || (b >= 0x09 && b <= 0x0d));
        b += 1;
    }
    t
};

const HIGH: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// The eight bytes at `i` as one word, when all are ASCII.
fn ascii8(b: &[u8], i: usize) -> Option<u64> {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[i..i + 8]);
    let x = u64::from_le_bytes(w);
    (x & HIGH == 0).then_some(x)
}

/// The high bit of each byte of `x` (all ASCII) that is at least `v`
/// (at most 0x80): no carry crosses a byte.
fn at_least(x: u64, v: u8) -> u64 {
    x.wrapping_add(ONES * (0x80 - v as u64)) & HIGH
}

/// The high bit of each space in `x`, when every byte of it is ASCII
/// from the space up and no space is first, last or next to another;
/// else none.
fn spaces8(x: u64) -> Option<u64> {
    if at_least(x, 0x20) != HIGH {
        return None;
    }
    let spaces = HIGH & !at_least(x, 0x21);
    (spaces & 0x8000_0000_0000_0080 == 0 && spaces & (spaces << 8) == 0).then_some(spaces)
}

/// Whether the eight bytes at `i` stand as they are in collapsed text:
/// ASCII from the space up, no space first or last, no two side by side.
#[cfg(test)]
pub(crate) fn clean8(b: &[u8], i: usize) -> bool {
    ascii8(b, i).and_then(spaces8).is_some()
}

/// The high bit of each byte of `x` that is zero (exactly: no carry
/// crosses a byte).
fn zero_bytes(x: u64) -> u64 {
    !(((x & !HIGH) + !HIGH) | x | !HIGH)
}

/// Whether the eight bytes at `i` go on a run of [`fold`] as they are:
/// ASCII from the space up, and Latin-1's small letters (and `×`: 0xC3,
/// then 0x97 or 0x9F to 0xBF) whole within the eight; no two spaces side
/// by side, a space first only inside a run (`in_run`: the byte before is
/// the run's, never a space) and a space last only before a byte of
/// [`PLAIN`]. Words are short, so a space often stands at one end of eight
/// bytes, which `clean8` refuses; and Swedish has `å`, `ä` and `ö` in
/// most words.
fn clean8_in_run(b: &[u8], i: usize, in_run: bool) -> bool {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[i..i + 8]);
    let x = u64::from_le_bytes(w);
    let high = x & HIGH;
    // The bytes below 0x80, and each byte's low seven bits.
    let ascii = HIGH & !high;
    let low = x & !HIGH;
    if high != 0 {
        // Each byte of 0x80 and up a lead 0xC3 (not last) or the byte
        // after one, 0x97 or 0x9F and up.
        let leads = zero_bytes(x ^ (ONES * 0xC3));
        let seconds = leads << 8;
        let small = at_least(low, 0x1F) | zero_bytes(low ^ (ONES * 0x17));
        if leads >> 63 != 0 || high != leads | seconds || seconds & !small != 0 {
            return false;
        }
    }
    if ascii & !at_least(low, 0x20) != 0 {
        return false;
    }
    let spaces = ascii & !at_least(low, 0x21);
    spaces & (spaces << 8) == 0
        && (in_run || spaces & 0x80 == 0)
        && (spaces >> 63 == 0 || b.get(i + 8).is_some_and(|&c| PLAIN[c as usize]))
}

/// [`clean8`], and no ASCII digit among the eight bytes.
pub(crate) fn clean8_no_digit(b: &[u8], i: usize) -> bool {
    ascii8(b, i)
        .filter(|&x| spaces8(x).is_some())
        .is_some_and(|x| at_least(x, b'0') & !at_least(x, b'9' + 1) == 0)
}

/// Where `t` holds `pat` (ASCII, lower case) in any ASCII case, found by
/// its letter at `k` (a rare one). Lower casing maps no other character
/// onto an ASCII letter but the Kelvin sign (onto `k`), so a line without
/// it cannot hold a lower-case word that does.
pub(crate) fn ascii_ci_at<'t>(
    t: &'t str,
    pat: &'t [u8],
    k: usize,
) -> impl Iterator<Item = usize> + 't {
    let b = t.as_bytes();
    memchr::memchr2_iter(pat[k], pat[k].to_ascii_uppercase(), b).filter_map(move |i| {
        let at = i.checked_sub(k)?;
        b.get(at..at + pat.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(pat))
            .then_some(at)
    })
}

/// Whether `t` holds `pat` in any ASCII case ([`ascii_ci_at`]).
pub(crate) fn has_ascii_ci(t: &str, pat: &[u8], k: usize) -> bool {
    ascii_ci_at(t, pat, k).next().is_some()
}

/// ASCII bytes [`fold_trim`] trims: white space, `:`, `.`, `*`, `#`,
/// `_` and `-`.
const TRIMMED: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b >= 0x09 && b <= 0x0d)
            || matches!(b as u8, b' ' | b':' | b'.' | b'*' | b'#' | b'_' | b'-');
        b += 1;
    }
    t
};

/// What [`fold`] trims off both ends: white space, punctuation and markup.
pub(crate) fn fold_trim(s: &str) -> &str {
    // Most texts open and end with ASCII it keeps: none to trim, asked of
    // the two bytes.
    let b = s.as_bytes();
    let kept = |c: &u8| TRIMMED.get(*c as usize) == Some(&false);
    if b.first().is_some_and(kept) && b.last().is_some_and(kept) {
        return s;
    }
    s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '.' | '*' | '#' | '_' | '-' | '–')
    })
}

/// Lower case, Cyrillic look-alikes transliterated, surrounding punctuation
/// and markup trimmed, white space collapsed: for comparing labels.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`] into `out`, cleared first: a caller folding many short texts
/// in a row keeps one buffer.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    let s = fold_trim(s);
    out.clear();
    out.reserve(s.len());
    let mut space = false;
    let bytes = s.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        // A run that stays as it is but for ASCII case (lowered at the
        // end, all at once): ASCII other than white space, and Latin-1
        // letters already in lower case (`å`, `ä`, `ö`: 0xC3 0x9F..0xBF,
        // and `×` 0xC3 0x97). Copied whole.
        // A single space between two such bytes is one already collapsed:
        // it stays in the run.
        let start = i;
        loop {
            while i + 8 <= n && clean8_in_run(bytes, i, i > start) {
                i += 8;
            }
            while i < n && PLAIN[bytes[i] as usize] {
                i += 1;
            }
            if i + 1 < n && bytes[i] == 0xC3 && (bytes[i + 1] >= 0x9F || bytes[i + 1] == 0x97) {
                i += 2;
                continue;
            }
            let next_plain = |k: usize| {
                k < n
                    && (PLAIN[bytes[k] as usize]
                        || (bytes[k] == 0xC3
                            && k + 1 < n
                            && (bytes[k + 1] >= 0x9F || bytes[k + 1] == 0x97)))
            };
            if i > start && bytes.get(i) == Some(&b' ') && next_plain(i + 1) {
                i += 1;
                continue;
            }
            break;
        }
        if i > start {
            if space {
                out.push(' ');
                space = false;
            }
            out.push_str(&s[start..i]);
            continue;
        }
        let b = bytes[i];
        if b.is_ascii() {
            // ASCII white space (the run stopped on it).
            i += 1;
            space = !out.is_empty();
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        let c = match c {
            'а' | 'А' => 'a',
            'е' | 'Е' => 'e',
            'о' | 'О' => 'o',
            'р' | 'Р' => 'r',
            'с' | 'С' => 's',
            'т' | 'Т' => 't',
            'ы' => 'y',
            'у' | 'У' => 'y',
            'к' | 'К' => 'k',
            'м' | 'М' => 'm',
            'н' | 'Н' => 'n',
            'и' => 'i',
            'л' => 'l',
            'д' => 'd',
            'в' => 'v',
            'х' => 'x',
            _ => c,
        };
        match lower_latin1(c) {
            Some(l) => out.push(l),
            None => out.extend(c.to_lowercase()),
        }
    }
    // Every character but ASCII is in its final form; ASCII in place.
    out.make_ascii_lowercase();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_case_and_letters_are_unicodes() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn latin1_lower_case_is_unicodes() {
        for c in '\0'..='\u{FF}' {
            let mut l = c.to_lowercase();
            assert_eq!(
                lower_latin1(c),
                l.next().filter(|_| l.next().is_none()),
                "{c:?}"
            );
        }
        assert_eq!(lower_latin1('Ş'), None);
    }

    /// The pieces generated text is made of: words short and long,
    /// single and double spaces, Swedish letters, other white space,
    /// punctuation [`fold`] trims, look-alikes, edge bytes.
    const FOLD_PIECES: [&str; 46] = [
        "a",
        "ord",
        "Beslut",
        "NÄMNDEN",
        "åäö",
        "ÅÄÖ",
        " ",
        " ",
        " ",
        "  ",
        "\t",
        "\n",
        "\u{a0}",
        "\u{2003}",
        ":",
        ".",
        "*",
        "-",
        "–",
        "§ 12",
        "12345678",
        "Ersätтарe",
        "İ",
        "\u{1}",
        "\u{7f}",
        "(S)",
        "§",
        "É",
        "é",
        "\r",
        "#",
        "_",
        "x",
        "×",
        "ß",
        "ÿ",
        "Þ",
        "à",
        "ordåäöord",
        "beslutar",
        "Beslöt",
        "BESLÖT",
        "ESLUT",
        "es",
        "l",
        "öt",
    ];

    /// The plain reading of [`fold`], char by char.
    fn fold_by_char(s: &str) -> String {
        let s = s.trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | '.' | '*' | '#' | '_' | '-' | '–')
        });
        let mut out = String::new();
        let mut space = false;
        for c in s.chars() {
            if c.is_whitespace() {
                space = !out.is_empty();
                continue;
            }
            if space {
                out.push(' ');
                space = false;
            }
            let c = match c {
                'а' | 'А' => 'a',
                'е' | 'Е' => 'e',
                'о' | 'О' => 'o',
                'р' | 'Р' => 'r',
                'с' | 'С' => 's',
                'т' | 'Т' => 't',
                'ы' | 'у' | 'У' => 'y',
                'к' | 'К' => 'k',
                'м' | 'М' => 'm',
                'н' | 'Н' => 'n',
                'и' => 'i',
                'л' => 'l',
                'д' => 'd',
                'в' => 'v',
                'х' => 'x',
                _ => c,
            };
            out.extend(c.to_lowercase());
        }
        out
    }

    #[test]
    fn fold_reads_bytes_as_chars() {
        for s in [
            "",
            " :: ",
            "**Ersätтарыttrande**",
            "  Beslut:\t\u{a0}Nämnden\u{2003}BESLUTAR\r\n  – ",
            "İ ẞ ΣΑΣ Дом Ǆ K ÅÄÖ\u{85}x\u{1680}\u{3000}y\u{b}z",
            "Ärendet × ß ÿ Þ þ ÀÁ àá ÷ ×Ö\u{c3}",
            "a\u{0}b\u{1f}C\u{7f}  \t\n D\u{a0}\u{a0}é",
            "  åäö ÅÄÖ  ",
            "x\u{2003}",
            "É",
            "ordinary words in a row, and some more words: a b c  d",
            "Kommunstyrelsen beslutar att   godkänna förslaget.\nSkickas till: Ekonomi!",
            "12345678 !!!!!!!! a! b! c! d! e! f! Ab Cd Ef Gh Ij Kl",
        ] {
            assert_eq!(fold(s), fold_by_char(s), "{s:?}");
        }
    }

    /// [`fold`] against its plain reading on generated text: words
    /// short and long, single and double spaces, Swedish letters, other
    /// white space, punctuation it trims, look-alikes.
    #[test]
    fn fold_is_the_plain_reading_on_generated_text() {
        let pieces = FOLD_PIECES;
        let mut rng = crate::testing::Rng::new(0xa54f_f53a_5f1d_36f1);
        for round in 0..60_000 {
            let t = if round % 2 == 0 {
                rng.pieces(&pieces, 30)
            } else {
                rng.phrase(&pieces, 30)
            };
            assert_eq!(fold(&t), fold_by_char(&t), "{t:?}");
        }
    }

    /// [`fold_trim`] against the plain trim on generated text.
    #[test]
    fn fold_trim_is_the_plain_trim() {
        fn plain(s: &str) -> &str {
            s.trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, ':' | '.' | '*' | '#' | '_' | '-' | '–')
            })
        }
        let mut rng = crate::testing::Rng::new(0x3c6e_f372_fe94_f82b);
        for round in 0..60_000 {
            let t = if round % 2 == 0 {
                rng.pieces(&FOLD_PIECES, 6)
            } else {
                rng.phrase(&FOLD_PIECES, 6)
            };
            assert_eq!(fold_trim(&t), plain(&t), "{t:?}");
        }
        for b in 0..=0x7f_u8 {
            let t = format!("{}x{}", b as char, b as char);
            assert_eq!(fold_trim(&t), plain(&t), "{t:?}");
        }
    }

    /// [`clean8_in_run`] against its reading byte by byte, on eight bytes
    /// cut from generated text at every place (the byte after them read
    /// too), in a run and not.
    #[test]
    fn clean8_in_run_is_its_reading_byte_by_byte() {
        let by_bytes = |b: &[u8], i: usize, in_run: bool| {
            let w = &b[i..i + 8];
            let small =
                |k: usize| w[k] == 0xC3 && k + 1 < 8 && (w[k + 1] == 0x97 || w[k + 1] >= 0x9F);
            let mut k = 0;
            while k < 8 {
                match w[k] {
                    b' ' => {
                        let before = if k == 0 { in_run } else { w[k - 1] != b' ' };
                        let after = match w.get(k + 1) {
                            Some(&c) => c != b' ',
                            None => b.get(i + 8).is_some_and(|&c| PLAIN[c as usize]),
                        };
                        if !before || !after {
                            return false;
                        }
                        k += 1;
                    }
                    0x20..=0x7f => k += 1,
                    _ if small(k) => k += 2,
                    _ => return false,
                }
            }
            true
        };
        let mut rng = crate::testing::Rng::new(0x510e_527f_9b05_688c);
        let (mut yes, mut no) = (0, 0);
        for _ in 0..20_000 {
            let t = rng.pieces(&FOLD_PIECES, 12);
            let b = t.as_bytes();
            for i in 0..b.len().saturating_sub(7) {
                for in_run in [false, true] {
                    let want = by_bytes(b, i, in_run);
                    assert_eq!(clean8_in_run(b, i, in_run), want, "{t:?} {i} {in_run}");
                    if want {
                        yes += 1;
                    } else {
                        no += 1;
                    }
                }
            }
        }
        assert!(yes > 50_000 && no > 50_000, "{yes} {no}");
    }

    /// [`fold`] against its plain reading on generated text cut to 15,
    /// 16 and 17 bytes (two blocks of eight, and a byte either side).
    #[test]
    fn fold_is_the_plain_reading_at_block_lengths() {
        let mut rng = crate::testing::Rng::new(0x2b3e_6c1f_1f83_d9ab);
        for _ in 0..60_000 {
            let t = rng.phrase(&FOLD_PIECES, 10);
            for k in [15, 16, 17] {
                if let Some(s) = t.get(..k) {
                    assert_eq!(fold(s), fold_by_char(s), "{s:?}");
                }
            }
        }
    }

    /// [`holds_eslut`] against the four searches it stands for, on
    /// generated text of at most 40 bytes.
    #[test]
    fn holds_eslut_is_the_four_searches() {
        let mut rng = crate::testing::Rng::new(0xd9ab_5be0_1f83_cd19);
        let (mut yes, mut no) = (0, 0);
        for _ in 0..60_000 {
            let t = rng.pieces(&FOLD_PIECES, 12);
            let mut k = t.len().min(40);
            while !t.is_char_boundary(k) {
                k -= 1;
            }
            let t = &t[..k];
            let want = ["eslut", "ESLUT", "eslöt", "ESLÖT"]
                .iter()
                .any(|w| t.contains(w));
            assert_eq!(holds_eslut(t.as_bytes()), want, "{t:?}");
            if want {
                yes += 1;
            } else {
                no += 1;
            }
        }
        assert!(yes > 10_000 && no > 10_000, "{yes} {no}");
    }

    #[test]
    fn clean8_takes_only_collapsed_ascii() {
        for (s, clean) in [
            ("abcdefgh", true),
            ("ab cd ef", true),
            ("a b c d!", true),
            ("a !b c d", true),
            ("a b c d ", false),
            ("a b  c d", false),
            (" bcdefgh", false),
            ("abcdefg ", false),
            ("ab  cdef", false),
            ("abc\tdefg", false),
            ("abcdefg\u{7f}", true),
            ("abcdefg\u{1f}", false),
            ("abcdeåg", false),
            ("abc1defg", true),
            ("/9:0 abc", true),
            ("abc/:def", true),
        ] {
            assert_eq!(clean8(s.as_bytes(), 0), clean, "{s:?}");
            let digit = s.bytes().any(|b| b.is_ascii_digit());
            assert_eq!(clean8_no_digit(s.as_bytes(), 0), clean && !digit, "{s:?}");
        }
    }

    #[test]
    fn find_str_is_find() {
        for (h, n) in [
            ("", ""),
            ("abc", ""),
            ("", "a"),
            ("röstar ja, röstar nej", "röstar nej"),
            ("ååå", "åå"),
            ("aaab", "aab"),
            ("x", "xy"),
            ("röster mot  röster mot 3", " röster mot "),
            (" a", "  a"),
            ("a  b", "  "),
            ("  b", " b"),
        ] {
            assert_eq!(find_str(h, n), h.find(n), "{h:?} {n:?}");
            assert_eq!(has(h, n), h.contains(n));
        }
    }

    /// [`find_str`] and [`rfind_str`] against `find` and `rfind` on
    /// generated text.
    #[test]
    fn find_and_rfind_str_are_the_standard_searches() {
        let pieces = [
            "§", "§ 12", "a", "å", "\u{fffd}", "\u{2027}", " ", "**", "*", "ä§",
        ];
        let needles = ["§", "\u{fffd}", "**", "§ 1", " ", "å§"];
        let mut rng = crate::testing::Rng::new(0x6295_83a1_b3c2_1a5d);
        for _ in 0..40_000 {
            let h = rng.pieces(&pieces, 16);
            for n in needles {
                assert_eq!(find_str(&h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(rfind_str(&h, n), h.rfind(n), "{h:?} {n:?}");
            }
        }
        assert_eq!(rfind_str("abc", ""), "abc".rfind(""));
    }

    /// [`to_lower`] against `to_lowercase`: every character of the first
    /// planes in a word, and generated text.
    #[test]
    fn to_lower_is_to_lowercase() {
        for c in (0..=0x2_FFFF).filter_map(char::from_u32) {
            let t = format!("Ab{c}ÅΣ x{c}");
            assert_eq!(to_lower(&t), t.to_lowercase(), "{t:?}");
            let t = format!("Ab{c}Åx");
            assert_eq!(to_lower(&t), t.to_lowercase(), "{t:?}");
        }
        let pieces = [
            "A", "z", "Å", "ä", "Ö", "×", "÷", "ß", "ÿ", "µ", "\u{a0}", " ", "İ", "Σ", "ẞ",
        ];
        let mut rng = crate::testing::Rng::new(0x7137_4491_b5c0_fbcf);
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 16);
            assert_eq!(to_lower(&t), t.to_lowercase(), "{t:?}");
        }
    }

    #[test]
    fn fold_homoglyphs() {
        assert_eq!(fold("**Ersätтарыttrande**"), "ersättaryttrande");
        assert_eq!(fold("Beslut:"), "beslut");
    }
}
