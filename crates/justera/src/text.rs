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

/// Lower case, Cyrillic look-alikes transliterated, surrounding punctuation
/// and markup trimmed, white space collapsed: for comparing labels.
pub fn fold(s: &str) -> String {
    let s = s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '.' | '*' | '#' | '_' | '-' | '–')
    });
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Most text is ASCII: no look-alike to map, one byte to lower.
        let b = bytes[i];
        if b.is_ascii() {
            i += 1;
            if b == b' ' || (b'\t'..=b'\r').contains(&b) {
                space = !out.is_empty();
                continue;
            }
            if space {
                out.push(' ');
                space = false;
            }
            out.push(b.to_ascii_lowercase() as char);
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
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
        ] {
            assert_eq!(fold(s), fold_by_char(s), "{s:?}");
        }
    }

    #[test]
    fn fold_homoglyphs() {
        assert_eq!(fold("**Ersätтарыttrande**"), "ersättaryttrande");
        assert_eq!(fold("Beslut:"), "beslut");
    }
}
