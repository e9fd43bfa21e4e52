//! A paragraph's number as written, read back: the letter of a paragraph
//! inserted after another (`§ 12 a`, `§ 12a`, `§ 12 A`, after `§ 12`) and
//! the last number of a joint head (`§§ 12-13`, one text for two
//! matters). The model keeps the number as a `u32` and the marker as
//! written (`Paragraph::number_text`); the parser reads heads and the
//! rules read numbering with this one function, so they agree.

/// What a paragraph's number carries after its digits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NumberSuffix {
    /// `a` in `§ 12 a`: a paragraph inserted after `§ 12`, in lower case.
    pub letter: Option<char>,
    /// `13` in `§§ 12-13`: the last number a joint head covers.
    pub last: Option<u32>,
    /// Byte length of what was read after the digits (0 when nothing).
    pub len: usize,
}

/// A joint head covers at most this many numbers after its first
/// (`§§ 12-15`); a wider range is a declared range or a reference.
pub const MAX_JOINT: u32 = 3;

/// The suffix of the number `n` in `after`, the text just after its
/// digits: ` a`, `a`, ` A` (a letter `a` to `h` standing alone), `-13`,
/// ` – 13` (a range to a higher number, at most [`MAX_JOINT`] on), ` och
/// 13`, `, 13` (the next number).
pub fn number_suffix(n: u32, after: &str) -> NumberSuffix {
    let space = |t: &str| usize::from(t.starts_with(' '));
    let ends = |t: &str| t.is_empty() || t.starts_with(char::is_whitespace);
    // The range: a dash and a higher number, with a space each side or none.
    let s = space(after);
    let dash = ['-', '–', '—']
        .into_iter()
        .find(|&d| after[s..].starts_with(d));
    if let Some(d) = dash {
        let r = &after[s + d.len_utf8()..];
        let r = &r[space(r)..];
        let nd = r.bytes().take_while(u8::is_ascii_digit).count();
        let last: Option<u32> = (1..=4)
            .contains(&nd)
            .then(|| r[..nd].parse().ok())
            .flatten();
        if let Some(last) = last.filter(|&l| l > n && l - n <= MAX_JOINT && ends(&r[nd..])) {
            return NumberSuffix {
                letter: None,
                last: Some(last),
                len: after.len() - r.len() + nd,
            };
        }
    }
    // `§§ 12 och 13`, `§§ 12, 13`: the next number named beside it.
    let next = n.saturating_add(1);
    for sep in [" och ", ", "] {
        if let Some(r) = after.strip_prefix(sep) {
            let nd = r.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=4).contains(&nd) && r[..nd].parse() == Ok(next) && ends(&r[nd..]) {
                return NumberSuffix {
                    letter: None,
                    last: Some(next),
                    len: sep.len() + nd,
                };
            }
        }
    }
    // The letter: alone after the number, glued to it or one space on,
    // perhaps closed by a bracket or a point (`§ 12 a)`, `§ 12 a.`).
    let r = &after[s..];
    if let Some(c) = r
        .chars()
        .next()
        .filter(|c| matches!(c, 'a'..='h' | 'A'..='H'))
    {
        let punct = usize::from(r[1..].starts_with([')', '.']));
        let after = &r[1 + punct..];
        // `§ 12 E 4 Förbifart`: a road's name, not a letter.
        let numbered = after.trim_start().starts_with(|c: char| c.is_ascii_digit());
        if ends(after) && !numbered {
            return NumberSuffix {
                letter: Some(c.to_ascii_lowercase()),
                last: None,
                len: s + 1 + punct,
            };
        }
    }
    NumberSuffix::default()
}

/// A paragraph named as its head writes it: `§ 12`, `§ 12 a`, `§§ 13-14`
/// (a joint head, however its range was written).
pub fn paragraph_label(n: u32, s: NumberSuffix) -> String {
    match (s.letter, s.last) {
        (Some(c), _) => format!("§ {n} {c}"),
        (None, Some(last)) => format!("§§ {n}-{last}"),
        (None, None) => format!("§ {n}"),
    }
}

/// The suffix of `n` where it is first written in `text` (a marker as
/// written, `KS § 12 b`, or a contents line, `§§ 13-14 Title .... 4`).
pub fn written_suffix(text: &str, n: u32) -> NumberSuffix {
    let mut k = 0;
    while k < text.len() {
        let nd = text[k..].bytes().take_while(u8::is_ascii_digit).count();
        if nd == 0 {
            k += text[k..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let end = k + nd;
        if text[k..end].parse() == Ok(n) {
            return number_suffix(n, &text[end..]);
        }
        k = end;
    }
    NumberSuffix::default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(t: &str) -> (Option<char>, Option<u32>) {
        let s = written_suffix(t, 12);
        (s.letter, s.last)
    }

    #[test]
    fn letters_and_ranges_after_the_number() {
        assert_eq!(read("§ 12 a"), (Some('a'), None));
        assert_eq!(read("§ 12a"), (Some('a'), None));
        assert_eq!(read("KS § 12 B"), (Some('b'), None));
        assert_eq!(read("§ 12 a) Title"), (Some('a'), None));
        assert_eq!(read("§§ 12-13"), (None, Some(13)));
        assert_eq!(read("§§ 12 – 14 Title"), (None, Some(14)));
        assert_eq!(read("§§ 12 och 13 Title"), (None, Some(13)));
        assert_eq!(read("§§ 12, 13"), (None, Some(13)));
        // Not a letter or a joint head: a word, a year, a wide range, a
        // number going down.
        for t in [
            "§ 12",
            "§ 12 Anna",
            "§ 12 A-kassan",
            "§ 12 i",
            "§ 12/2024",
            "§§ 12-30",
            "§§ 12-11",
            "§ 12-13a",
            "§§ 12 och 14",
            "§ 12, 13a",
            "§ 12 E 4 Förbifart",
        ] {
            assert_eq!(read(t), (None, None), "{t}");
        }
    }

    #[test]
    fn labels_as_heads_write_them() {
        let label = |t: &str| paragraph_label(12, written_suffix(t, 12));
        assert_eq!(label("§ 12"), "§ 12");
        assert_eq!(label("KS § 12 B"), "§ 12 b");
        assert_eq!(label("§§ 12 och 13"), "§§ 12-13");
        assert_eq!(label("§§ 12 – 14"), "§§ 12-14");
    }
}
