//! Text folded for comparison: the one normal form labels, names and
//! phrases are compared in.

/// Lower case, Cyrillic look-alikes transliterated, surrounding punctuation
/// and markup trimmed, white space collapsed: for comparing labels.
pub fn fold(s: &str) -> String {
    let s = s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '.' | '*' | '#' | '_' | '-' | '–')
    });
    let mut out = String::with_capacity(s.len());
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
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_homoglyphs() {
        assert_eq!(fold("**Ersätтарыttrande**"), "ersättaryttrande");
        assert_eq!(fold("Beslut:"), "beslut");
    }
}
