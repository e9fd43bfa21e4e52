//! Character helpers every finder shares: digits at a place, word
//! boundaries, lower case that keeps byte offsets.

pub(super) fn digits_at(b: &[u8], i: usize, n: usize) -> Option<u32> {
    if i + n > b.len() || !b[i..i + n].iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(&b[i..i + n]).ok()?.parse().ok()
}

pub(super) fn boundary(b: &[u8], i: usize) -> bool {
    i >= b.len() || !b[i].is_ascii_alphanumeric()
}

/// Lower case that keeps every byte offset: characters whose lower case has
/// another length are kept as they are; line breaks and tabs become spaces.
pub(crate) fn lower_keep(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = if memchr::memchr3(b'\n', b'\r', b'\t', bytes).is_some() {
        // Line breaks and tabs to spaces: the text between them copied
        // whole.
        let mut out = String::with_capacity(s.len());
        let mut from = 0;
        for k in memchr::memchr3_iter(b'\n', b'\r', b'\t', bytes) {
            out.push_str(&s[from..k]);
            out.push(' ');
            from = k + 1;
        }
        out.push_str(&s[from..]);
        out
    } else {
        s.to_string()
    };
    out.make_ascii_lowercase();
    lower_rest(s, out)
}

/// Lower case that keeps every byte offset, white space as it is:
/// [`lower_keep`] without turning line breaks and tabs into spaces.
pub(crate) fn lower_same_len(s: &str) -> String {
    lower_rest(s, s.to_ascii_lowercase())
}

/// Where, at or after `i` (a character's start), the first character
/// stands that lower case may change: not ASCII, and not a Latin-1 letter
/// already in lower case (0xC3 then 0x9F..=0xBF). Eight bytes at a time
/// over text that holds only those; `None` when there is none.
fn next_to_lower(s: &str, mut i: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let b = s.as_bytes();
    let mut at = None;
    while i + 8 <= b.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[i..i + 8]);
        let x = u64::from_le_bytes(w);
        let high = x & HIGH;
        if high != 0 {
            // The high bit of each byte whose low seven bits are at least
            // `v`: no carry crosses a byte.
            let low = x & !HIGH;
            let at_least = |v: u64| low.wrapping_add(ONES * (0x80 - v)) & HIGH;
            // A second byte 0x80..=0x9E (a capital's), or a first byte
            // other than 0xC3.
            let capital = !at_least(0x1F);
            let other_lead = at_least(0x40) & !(at_least(0x43) & !at_least(0x44));
            if high & (capital | other_lead) != 0 {
                at = Some(i + (high.trailing_zeros() / 8) as usize);
                break;
            }
        }
        i += 8;
    }
    let mut at = match at {
        Some(at) => at,
        None => i + b[i..].iter().position(|&x| x >= 0x80)?,
    };
    // The first such byte may be the second of a letter whose first byte
    // ended the word before.
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    Some(at)
}

/// [`lower_keep`] of `s`'s non-ASCII characters, into `out` (`s` with its
/// ASCII lowered).
fn lower_rest(s: &str, mut out: String) -> String {
    // The other characters, each replaced by one of its own length (most
    // are lower case already and stay).
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(at) = next_to_lower(s, i) {
        // Latin-1 letters (all of Swedish) are 0xC3 and one byte: the
        // capitals 0x80..=0x9E but 0x97 (`×`), each 0x20 below its lower
        // case; the rest stay.
        if bytes[at] == 0xC3 && at + 1 < bytes.len() {
            let b = bytes[at + 1];
            if b <= 0x9E && b != 0x97 {
                let l = [0xC3, b + 0x20];
                if let Ok(l) = std::str::from_utf8(&l) {
                    out.replace_range(at..at + 2, l);
                }
            }
            i = at + 2;
            continue;
        }
        let Some(c) = s[at..].chars().next() else {
            break;
        };
        let n = c.len_utf8();
        let l = crate::text::lower_latin1(c).unwrap_or_else(|| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) if x.len_utf8() == n => x,
                _ => c,
            }
        });
        if l != c {
            out.replace_range(at..at + n, l.encode_utf8(&mut [0; 4]));
        }
        i = at + n;
    }
    out
}

pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '-' || c == '\'' || c == '’'
}

/// The word of `s` starting at `i`: its end.
pub(super) fn word_end(s: &str, i: usize) -> usize {
    s[i..]
        .char_indices()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(s.len(), |(k, _)| i + k)
}

#[cfg(test)]
mod tests {
    use super::lower_keep;

    /// The plain reading of [`lower_keep`], char by char.
    fn by_char(s: &str) -> String {
        s.chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t') {
                    return ' ';
                }
                let mut l = c.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                    _ => c,
                }
            })
            .collect()
    }

    #[test]
    fn lower_case_keeps_offsets() {
        for s in [
            "",
            "Ja-Röst\tNEJ\r\nÅÄÖ ÉÜ ×÷ Þ",
            "İstanbul ẞ ΣΑΣ Дом Ǆ K Å ﬀ",
            "plain ascii text.",
            "Ärendet × ß ÿ Þ þ ÀÁ àá ÷ ×Ö\u{c3} ÅÄÖ åäö",
            "längre text med åäö och ÅÄÖ, över åtta byte\tÖVER",
            "\u{7f}\u{80}\u{ff}\u{100}\u{17f}Ÿ",
            "abcdefgå",
            "abcdefgÅ",
            "abcdefÅa",
            "abcdefgåÅbcdefghÄ",
            "abcdefgÅåbcdefgh–Ä",
            "åäöåäöåäöåäöÅÄÖåäöåäö — ” ½ Σ x",
            "längre text med åäö och ÅÄÖ, över åtta byte, Öland och Ärlan; Ü É Ç ×",
        ] {
            assert_eq!(lower_keep(s), by_char(s), "{s:?}");
            assert_eq!(lower_keep(s).len(), s.len());
            let same: String = s
                .chars()
                .map(|c| {
                    let mut l = c.to_lowercase();
                    match (l.next(), l.next()) {
                        (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                        _ => c,
                    }
                })
                .collect();
            assert_eq!(super::lower_same_len(s), same, "{s:?}");
        }
    }
}
