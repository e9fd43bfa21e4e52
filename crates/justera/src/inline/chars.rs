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

/// [`lower_keep`] of `s`'s non-ASCII characters, into `out` (`s` with its
/// ASCII lowered): each other character to its lower case where that is
/// one character of its own length. The characters outside ASCII that may
/// change (a capital's second byte 0x80..=0x9E, a first byte from 0xC0 but
/// `å`, `ä` and `ö`'s 0xC3) are found sixteen bytes at a time
/// ([`may_lower16`]); most text has none.
fn lower_rest(s: &str, mut out: String) -> String {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(k) = next_may_lower(bytes, i) {
        // From the start of the character the block's first byte is in (a
        // capital's second byte may open the block).
        let mut at = k;
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        let end = (k + 16).min(bytes.len());
        while at < end {
            at += lower_char_at(s, at, &mut out);
        }
        i = at;
    }
    out
}

/// Where, at or after `i`, the first block of sixteen bytes of `b` starts
/// that [`may_lower16`] holds for (the last one filled out with ASCII).
#[inline]
fn next_may_lower(b: &[u8], mut i: usize) -> Option<usize> {
    while let Some(block) = b.get(i..i + 16) {
        if may_lower16(block.try_into().unwrap_or([0; 16])) {
            return Some(i);
        }
        i += 16;
    }
    let rest = b.get(i..).filter(|r| !r.is_empty())?;
    let mut block = [0u8; 16];
    block[..rest.len()].copy_from_slice(rest);
    may_lower16(block).then_some(i)
}

/// Whether one of sixteen bytes may be of a character outside ASCII that
/// lower case changes (see [`lower_rest`]), in a form the compiler tests
/// at once.
#[inline(always)]
fn may_lower16(a: [u8; 16]) -> bool {
    let mut m = [0u8; 16];
    for j in 0..16 {
        let c = a[j];
        m[j] = u8::from(((0x80..=0x9E).contains(&c)) | ((c >= 0xC0) & (c != 0xC3)));
    }
    u128::from_ne_bytes(m) != 0
}

/// The character at `at` of `s` in lower case, written over its place in
/// `out` where it changes (ASCII is lowered already): its lower case
/// when that is one character of its own length. Its length.
fn lower_char_at(s: &str, at: usize, out: &mut String) -> usize {
    let Some(c) = s[at..].chars().next() else {
        return 1;
    };
    let n = c.len_utf8();
    if n == 1 {
        return 1;
    }
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
    n
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
