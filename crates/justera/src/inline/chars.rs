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
    // All ASCII (most lines): byte for byte.
    if s.is_ascii() {
        let mut out = s.to_ascii_lowercase();
        if out.contains(['\n', '\r', '\t']) {
            out = out.replace(['\n', '\r', '\t'], " ");
        }
        return out;
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c.to_ascii_lowercase()
            });
            continue;
        }
        if let Some(l) = crate::text::lower_latin1(c) {
            out.push(l);
            continue;
        }
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(x), None) if x.len_utf8() == c.len_utf8() => out.push(x),
            _ => out.push(c),
        }
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
