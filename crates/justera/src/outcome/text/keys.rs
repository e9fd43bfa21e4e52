//! Lower case that keeps every byte offset, and the keys names are
//! compared by (without diacritics, word by word).

/// Lower case that keeps every byte offset: `inline::lower_keep`.
pub(crate) fn lower(s: &str) -> String {
    crate::inline::lower_keep(s)
}

/// A word as a key for comparing names: lower case, without diacritics
/// (`Andréa` = `Andrea`, `Škorić` = `skoric`).
pub(crate) fn name_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    name_key_into(s, &mut out);
    out
}

/// [`name_key`] of `s` pushed onto `out`.
pub(crate) fn name_key_into(s: &str, out: &mut String) {
    let mut rest = s;
    loop {
        // ASCII maps to its own lower case (`'` and `-` to themselves):
        // each run of it copied whole and lowered in place.
        let k = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let from = out.len();
        out.push_str(&rest[..k]);
        out[from..].make_ascii_lowercase();
        let Some(c) = rest[k..].chars().next() else {
            return;
        };
        rest = &rest[k + c.len_utf8()..];
        let c = unaccented(c);
        for l in c.to_lowercase() {
            out.push(l);
        }
    }
}

/// A name's letter without its accent (`é` → `e`, `Š` → `S`), a curly
/// apostrophe or a hyphen as the ASCII one; any other character as it is.
/// Shared by [`name_key_into`] and the plain reading its test compares.
fn unaccented(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'å' | 'ã' | 'Á' | 'À' | 'Â' | 'Ä' | 'Å' | 'Ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'č' | 'ć' | 'Ç' | 'Č' | 'Ć' => 'c',
        'š' | 'ś' | 'Š' | 'Ś' => 's',
        'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => 'z',
        'đ' | 'Đ' => 'd',
        'ł' | 'Ł' => 'l',
        '’' => '\'',
        '‐' | '–' => '-',
        c => c,
    }
}

/// The words of a text as name keys, with a genitive `s` kept (compare with
/// [`same_word`]).
pub(crate) fn key_words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(name_key)
        .collect()
}

/// [`key_words`] of `s` in one buffer: each word's key pushed onto
/// `keys`, one after another; for each word, where its key stands in
/// `keys` and where the word starts in `s`. A word is a run of letters,
/// digits, `-` and `'`, found by the byte through ASCII.
#[cfg(test)]
pub(crate) fn key_words_into(s: &str, keys: &mut String) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::with_capacity(s.len() / 4 + 1);
    key_words_onto(s, keys, &mut out);
    out
}

/// [`key_words_into`] with the words' places put in `out` (emptied
/// first), a list the caller reuses from text to text. Read in one pass:
/// each run of ASCII word bytes copied whole and lowered in place (as
/// [`name_key_into`] does), each other word character keyed as it comes,
/// so no word is walked a second time for its key.
pub(crate) fn key_words_onto(s: &str, keys: &mut String, out: &mut Vec<(usize, usize, usize)>) {
    let ascii_word = |x: u8| x.is_ascii_alphanumeric() || x == b'-' || x == b'\'';
    let b = s.as_bytes();
    out.clear();
    // The open word: where its key starts in `keys`, where it starts in `s`.
    let mut open: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        let (inside, len) = if x.is_ascii() {
            let run = b[i..].iter().take_while(|&&y| ascii_word(y)).count();
            if run > 0 {
                open.get_or_insert((keys.len(), i));
                let from = keys.len();
                keys.push_str(&s[i..i + run]);
                keys[from..].make_ascii_lowercase();
            }
            (run > 0, run.max(1))
        } else {
            // A letter (`å`, `ä`, `ö`) off Latin-1's table.
            let c = s[i..].chars().next().unwrap_or(' ');
            let inside = crate::text::is_alpha(c) || c.is_numeric();
            if inside {
                open.get_or_insert((keys.len(), i));
                keys.extend(unaccented(c).to_lowercase());
            }
            (inside, c.len_utf8())
        };
        if !inside {
            if let Some((from, at)) = open.take() {
                out.push((from, keys.len(), at));
            }
        }
        i += len;
    }
    if let Some((from, at)) = open {
        out.push((from, keys.len(), at));
    }
}

/// A name word and a text word are the same, allowing the genitive
/// (`Tolinsson` / `Tolinssons`) and a hyphen for a space is handled by the
/// caller.
pub(crate) fn same_word(name: &str, word: &str) -> bool {
    name == word || (word.len() == name.len() + 1 && word.starts_with(name) && word.ends_with('s'))
}

/// Whether the person `name` (a full name) is named in `words`: the last
/// name, and the first name when both are written. Returns 2 for the full
/// name, 1 for the last name alone, 0 for none.
pub(crate) fn name_score(name: &str, words: &[String]) -> u8 {
    name_score_of(&key_words(name), words)
}

/// [`name_score`] of a name already in key words.
pub(crate) fn name_score_of<W: AsRef<str>>(parts: &[String], words: &[W]) -> u8 {
    let Some(last) = parts.last() else { return 0 };
    let first = parts.first().filter(|_| parts.len() > 1);
    name_score_ends(first.map(String::as_str), last, words)
}

/// [`name_score_of`] of a name by the keys of its first word (when it
/// has two or more) and its last, all it reads of the name.
pub(crate) fn name_score_ends<W: AsRef<str>>(first: Option<&str>, last: &str, words: &[W]) -> u8 {
    let mut best = 0;
    for (i, w) in words.iter().enumerate() {
        if same_word(last, w.as_ref()) {
            let full =
                first.is_some_and(|f| words[..i].iter().rev().take(4).any(|x| x.as_ref() == f));
            best = best.max(if full { 2 } else { 1 });
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names, capitals, accents and separators: the pieces the key
    /// tests' texts are made of.
    const KEY_PIECES: [&str; 43] = [
        "Anna",
        "ek",
        "EK",
        "Tolinssons",
        "andréa",
        "Åsa",
        "öberg",
        "m.fl.",
        "o'neil",
        "-",
        "–",
        "’",
        " ",
        ", ",
        "(S)",
        "12",
        "İ",
        "\u{212a}",
        "ß",
        "yrkande",
        "ŠKORIĆ",
        "Ǆ",
        "\u{a0}",
        "½",
        "²",
        "ª",
        "×",
        "§",
        "٣",
        "å",
        "ä",
        "ö",
        "Å",
        "Ä",
        "Ö",
        "É",
        "\t",
        "\r",
        "\n",
        "7",
        "förslag",
        "Cecilias",
        "ordförandens",
    ];

    /// [`key_words_onto`] (one pass, ASCII runs copied whole) is the
    /// plain reading: each word found, then keyed by [`name_key_into`],
    /// the same keys at the same places after what the buffer held, on
    /// generated text.
    #[test]
    fn key_words_in_one_pass_are_each_word_keyed() {
        fn plain(s: &str, keys: &mut String) -> Vec<(usize, usize, usize)> {
            let word =
                |c: char| crate::text::is_alpha(c) || c.is_numeric() || c == '-' || c == '\'';
            let mut out = Vec::new();
            let mut start: Option<usize> = None;
            for (i, c) in s.char_indices().chain([(s.len(), ' ')]) {
                // ASCII words are its letters and digits, `-` and `'`.
                let inside = if c.is_ascii() {
                    c.is_ascii_alphanumeric() || c == '-' || c == '\''
                } else {
                    word(c)
                };
                match (inside && i < s.len(), start) {
                    (true, None) => start = Some(i),
                    (false, Some(at)) => {
                        let from = keys.len();
                        name_key_into(&s[at..i], keys);
                        out.push((from, keys.len(), at));
                        start = None;
                    }
                    _ => {}
                }
            }
            out
        }
        let mut rng = crate::testing::Rng::new(0x6b65_7973);
        let (mut a, mut b, mut found) = (String::new(), String::new(), Vec::new());
        for round in 0..40_000 {
            let t = rng.pieces(&KEY_PIECES, 14);
            a.clear();
            b.clear();
            a.extend(std::iter::repeat_n('x', round % 5));
            b.push_str(&a);
            key_words_onto(&t, &mut a, &mut found);
            assert_eq!(found, plain(&t, &mut b), "{t:?}");
            assert_eq!(a, b, "{t:?}");
        }
    }

    /// [`key_words_into`] gives [`key_words`]'s words, each where the
    /// word starts, and [`name_key`] each word's key read char by char,
    /// on generated text of names, capitals, accents and separators.
    #[test]
    fn key_words_in_one_buffer_are_the_key_words() {
        fn name_key_plain(s: &str) -> String {
            let mut out = String::new();
            for c in s.chars() {
                let c = unaccented(c);
                out.extend(c.to_lowercase());
            }
            out
        }
        let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15);
        let mut keys = String::new();
        for round in 0..40_000 {
            let t = if round % 2 == 0 {
                rng.pieces(&KEY_PIECES, 12)
            } else {
                rng.phrase(&KEY_PIECES, 12)
            };
            // Pushed after what the buffer holds already.
            keys.clear();
            keys.extend(std::iter::repeat_n('x', round % 7));
            let found = key_words_into(&t, &mut keys);
            let words: Vec<&str> = found.iter().map(|&(a, b, _)| &keys[a..b]).collect();
            assert_eq!(words, key_words(&t), "{t:?}");
            // Each word starts where a word character follows another
            // character or the start.
            let starts: Vec<usize> = t
                .char_indices()
                .filter(|&(k, c)| {
                    let word = |c: char| c.is_alphanumeric() || c == '-' || c == '\'';
                    word(c) && !t[..k].chars().next_back().is_some_and(word)
                })
                .map(|(k, _)| k)
                .collect();
            assert_eq!(
                found.iter().map(|x| x.2).collect::<Vec<_>>(),
                starts,
                "{t:?}"
            );
            for w in t.split(' ') {
                assert_eq!(name_key(w), name_key_plain(w), "{w:?}");
            }
        }
    }

    /// Every kind of character lower case treats apart, for the
    /// generated texts of [`lower_is_lower_keep`]: ASCII, the Latin-1
    /// capitals and small letters, `×`, capitals whose lower case has
    /// another length, white space, and runs of 15, 16 and 17 bytes.
    const LOWER_PIECES: [&str; 37] = [
        "",
        "a",
        "Z",
        "å",
        "Ä",
        "Ö",
        "é",
        "É",
        "×",
        "Þ",
        "ß",
        "ÿ",
        "Ÿ",
        "Č",
        "č",
        "В",
        "в",
        "Σ",
        "\u{212a}",
        "\u{212b}",
        "İ",
        "ǅ",
        "–",
        "”",
        "§",
        "\u{a0}",
        "\n",
        "\r",
        "\t",
        " ",
        "x",
        "abcdefgh",
        "ÅSA ÖBERG",
        "abcdefghijklmno",
        "abcdefghijklmnop",
        "ABCDEFGHIJKLMNOPQ",
        "\u{7f}\u{80}\u{ff}\u{100}",
    ];

    /// The reading of `lower_keep` before the blocks of sixteen bytes:
    /// line breaks and tabs to spaces, ASCII lowered, then each character
    /// from the next byte not ASCII on, one after another.
    fn lower_plain(s: &str) -> String {
        let mut out: String = s
            .chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        out.make_ascii_lowercase();
        let bytes = s.as_bytes();
        let mut i = 0;
        while let Some(k) = bytes[i..].iter().position(|&x| x >= 0x80) {
            let at = i + k;
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

    /// [`lower`] (`lower_keep`, sixteen bytes at a time) is the plain
    /// reading, on generated text of every kind of character it treats
    /// apart, at every place of the sixteen bytes read at once.
    #[test]
    fn lower_is_lower_keep() {
        let mut rng = crate::testing::Rng::new(0x6c6f_7765);
        for _ in 0..40_000 {
            let t = rng.pieces(&LOWER_PIECES, 40);
            assert_eq!(lower(&t), lower_plain(&t), "{t:?}");
        }
        for t in [
            "",
            "abcdefghijklmnoÅ",
            "abcdefghijklmnopÅ",
            "abcdefghijklmnÅ",
        ] {
            assert_eq!(lower(t), lower_plain(t), "{t:?}");
        }
    }

    #[test]
    fn names_compare_without_diacritics_and_genitive() {
        let w = key_words("Johan Tolinssons (S) m.fl. yrkande och Andrea Hedins förslag");
        assert_eq!(name_score("Johan Tolinsson", &w), 2);
        assert_eq!(name_score("Andréa Hedin", &w), 2);
        assert_eq!(name_score("Anna Tolinsson", &w), 1);
        assert_eq!(name_score("Maria Losman", &w), 0);
        assert_eq!(lower("ÅÄÖ Ja-Röst").len(), "ÅÄÖ Ja-Röst".len());
    }
}
