//! Lines and what one line is on its own: a rule, a table row and its
//! cells, a page break, a list marker; inline markup stripped.

use std::borrow::Cow;

use crate::model::Span;

/// Physical lines: (start, end without the line break) byte offsets.
pub fn lines(src: &str) -> Vec<(usize, usize)> {
    let bytes = src.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 48 + 1);
    let mut start = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if i < start {
            continue; // the `\n` of a `\r\n`, already taken
        }
        out.push((start, i));
        start = i + 1;
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            start = i + 2;
        }
    }
    if start < bytes.len() {
        out.push((start, bytes.len()));
    }
    out
}

/// Trim ASCII and Unicode white space off a range; returns the trimmed range.
pub(super) fn trim_range(src: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &src[start..end];
    // Most ranges open and close on ASCII other than white space: nothing
    // to trim, no character decoded.
    let plain = |b: u8| b > b' ' && b < 0x80;
    let b = s.as_bytes();
    if b.first().is_some_and(|&c| plain(c)) && b.last().is_some_and(|&c| plain(c)) {
        return (start, end);
    }
    // Or do so once ASCII spaces and tabs are off both ends (a markdown
    // line break's two spaces, an indent); a blank line is all of them.
    let (mut a, mut z) = (0, b.len());
    while a < z && matches!(b[a], b' ' | b'\t') {
        a += 1;
    }
    while z > a && matches!(b[z - 1], b' ' | b'\t') {
        z -= 1;
    }
    if a == z {
        return (start, start);
    }
    if plain(b[a]) && plain(b[z - 1]) {
        return (start + a, start + z);
    }
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return (start, start);
    }
    (start + lead, end - trail)
}

/// Remove inline markup from a piece of text: `**`, `__`, `*x*`, `<b>`,
/// `<strong>`, `<em>`, `<br>` (as a space), a trailing `\`.
pub fn strip_inline(s: &str) -> String {
    stripped(s).into_owned()
}

/// [`strip_inline`], borrowing the text when it is its own reading: a line
/// with neither markup nor white space to collapse (most lines).
pub fn stripped(s: &str) -> Cow<'_, str> {
    if reads_plain::<true>(s) {
        return Cow::Borrowed(s);
    }
    let bytes = s.as_bytes();
    let mark = memchr::memchr3(b'*', b'_', b'<', bytes);
    // The next backslash, found again only once passed.
    let mut slash = memchr::memchr(b'\\', bytes);
    if mark.is_none() && slash.is_none() {
        // Not its own reading, so white space to collapse (not asked
        // again whether it has any).
        return Cow::Owned(collapse_spaces(s));
    }
    let mut out = String::with_capacity(s.len());
    // The markup is ASCII: the text between two marks is copied whole.
    let mut i = 0;
    while i < bytes.len() {
        if slash.is_some_and(|k| k < i) {
            slash = memchr::memchr(b'\\', &bytes[i..]).map(|k| i + k);
        }
        let j = memchr::memchr3(b'*', b'_', b'<', &bytes[i..])
            .map(|k| i + k)
            .into_iter()
            .chain(slash)
            .min()
            .unwrap_or(bytes.len());
        out.push_str(&s[i..j]);
        if j == bytes.len() {
            break;
        }
        let rest = &bytes[j..];
        i = j + 1;
        match rest[0] {
            b'*' | b'_' if rest.get(1) == Some(&rest[0]) => i = j + 2,
            b'<' => {
                // `<strong>`, `<em>`: a web page's emphasis (or a site's
                // search highlight inside a word) left in the text it gives.
                const TAGS: [&str; 13] = [
                    "<br>",
                    "<br/>",
                    "<br />",
                    "<b>",
                    "</b>",
                    "<i>",
                    "</i>",
                    "<u>",
                    "</u>",
                    "<strong>",
                    "</strong>",
                    "<em>",
                    "</em>",
                ];
                let tag = TAGS.iter().find(|t| {
                    rest.len() >= t.len() && rest[..t.len()].eq_ignore_ascii_case(t.as_bytes())
                });
                match tag {
                    Some(t) => {
                        if t.starts_with("<br") {
                            out.push(' ');
                        }
                        i = j + t.len();
                    }
                    None => out.push('<'),
                }
            }
            // Emphasis marker; a lone `*` before a space is text.
            b'*' if rest.get(1) != Some(&b' ') => {}
            b'\\' if rest.len() == 1 => break,
            b => out.push(b as char),
        }
    }
    // Most text is collapsed already: kept as it is.
    Cow::Owned(if collapsed(&out) {
        out
    } else {
        collapse_spaces(&out)
    })
}

/// Bytes that may be or start white space: ASCII controls and the space,
/// and the lead bytes of U+0085, U+00A0, U+1680, U+2000..U+205F, U+3000.
const MAY_BE_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b <= 0x20 {
        t[b] = true;
        b += 1;
    }
    t[0xc2] = true;
    t[0xe1] = true;
    t[0xe2] = true;
    t[0xe3] = true;
    t
};

/// Whether `s` has no white space but single spaces between other text.
fn collapsed(s: &str) -> bool {
    reads_plain::<false>(s)
}

/// Whether `s` is read as it stands: no white space but single spaces
/// between other text and, with `MARKUP`, no inline markup (`*`, `_`,
/// `<`) and no backslash either: [`stripped`] borrows it.
///
/// Sixteen bytes at a time, each block asked at once whether it may hold
/// such a byte (the compiler reads the block with vector instructions):
/// ASCII below 0x0E (white space but the space, and rarer controls), the
/// markup and the backslash, a lead byte of white space outside ASCII
/// (0xC2 and 0xE0..=0xE3: `§` and `–` too) or a space before a space. A
/// block that may is read byte by byte ([`plain_bytes`]).
pub(super) fn reads_plain<const MARKUP: bool>(s: &str) -> bool {
    let b = s.as_bytes();
    let n = b.len();
    if n == 0 {
        return true;
    }
    if !ends_plain(b) {
        return false;
    }
    let mut i = 0;
    // Whole blocks with the byte after them.
    while i + 17 <= n {
        let w: &[u8; 17] = b[i..i + 17].try_into().expect("17 bytes");
        if may_be_odd::<MARKUP>(w) && !plain_bytes::<MARKUP>(s, i, i + 16) {
            return false;
        }
        i += 16;
    }
    // The rest: a line of a block or more reads its last sixteen bytes
    // again (bytes read already, with the same byte after each, so
    // nothing new is refused), a copy of a fixed size and not a call; a
    // shorter line is filled up. The byte after the last is a letter.
    let mut w = [b'a'; 17];
    if n >= 16 {
        let last: &[u8; 16] = b[n - 16..].try_into().expect("16 bytes");
        w[..16].copy_from_slice(last);
        return !may_be_odd::<MARKUP>(&w) || plain_bytes::<MARKUP>(s, n - 16, n);
    }
    w[..n].copy_from_slice(b);
    !may_be_odd::<MARKUP>(&w) || plain_bytes::<MARKUP>(s, 0, n)
}

/// Whether the first sixteen bytes of `w` may hold a byte that
/// [`reads_plain`] refuses (the seventeenth is the one after them).
fn may_be_odd<const MARKUP: bool>(w: &[u8; 17]) -> bool {
    let mut may = 0u8;
    for (&c, &d) in w[..16].iter().zip(&w[1..]) {
        may |= u8::from(c < 0x0e)
            | u8::from(c == 0xc2)
            | u8::from(c & 0xfc == 0xe0)
            | (u8::from(c == b' ') & u8::from(d == b' '));
        if MARKUP {
            may |= u8::from(c == b'*')
                | u8::from(c == b'_')
                | u8::from(c == b'<')
                | u8::from(c == b'\\');
        }
    }
    may != 0
}

/// [`reads_plain`] of the bytes `from..to` of `s`, one by one (a space
/// looks at the byte after it, a lead byte of white space at its
/// character).
fn plain_bytes<const MARKUP: bool>(s: &str, from: usize, to: usize) -> bool {
    let b = s.as_bytes();
    (from..to).all(|i| match b[i] {
        b' ' => b.get(i + 1) != Some(&b' '),
        b'\t'..=b'\r' => false,
        b'*' | b'_' | b'<' | b'\\' => !MARKUP,
        0xc2 | 0xe1..=0xe3 => !s[i..].chars().next().is_some_and(char::is_whitespace),
        _ => true,
    })
}

/// Neither end of a line (not empty) is a space.
fn ends_plain(b: &[u8]) -> bool {
    b[0] != b' ' && b[b.len() - 1] != b' '
}

/// Collapse runs of white space to one space and trim.
pub fn collapse_ws(s: &str) -> String {
    if collapsed(s) {
        return s.to_string();
    }
    collapse_spaces(s)
}

/// [`collapse_ws`] of text known not to be [`collapsed`].
fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let bytes = s.as_bytes();
    // Start of the current run of non-space text, if one is open.
    let mut word: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !MAY_BE_SPACE[b as usize] {
            // Text up to the next byte that may be white space, at once.
            if word.is_none() {
                word = Some(i);
            }
            i += 1;
            while i < bytes.len() && !MAY_BE_SPACE[bytes[i] as usize] {
                i += 1;
            }
            continue;
        }
        // White space is ASCII, or opens with one of these bytes in UTF-8
        // (U+0085, U+00A0, U+1680, U+2000..U+205F, U+3000).
        let (space, len) = match b {
            b' ' | b'\t'..=b'\r' => (true, 1),
            0..=0x7f => (false, 1),
            0xc2 | 0xe1 | 0xe2 | 0xe3 => {
                let c = s[i..].chars().next().unwrap_or(' ');
                (c.is_whitespace(), c.len_utf8())
            }
            _ => (false, 1),
        };
        if space {
            if let Some(w) = word.take() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&s[w..i]);
            }
        } else if word.is_none() {
            word = Some(i);
        }
        i += len;
    }
    if let Some(w) = word {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&s[w..]);
    }
    out
}

/// Whether a line opening with `c` surely opens with none of `marks`
/// once trimmed: `c` is ASCII other than white space, and not one of them.
fn quick_no(c: u8, marks: &[u8]) -> bool {
    c > b' ' && c < 0x80 && !marks.contains(&c)
}

pub(super) fn is_rule(t: &str) -> bool {
    // A rule opens with its mark (most lines do not: no trimming then, nor
    // for a line opening with other ASCII than white space).
    if t.as_bytes().first().is_none_or(|&c| quick_no(c, b"-*_"))
        || !t.trim_start().starts_with(['-', '*', '_'])
    {
        return false;
    }
    let t = t.trim();
    t.len() >= 3
        && (t.chars().all(|c| c == '-')
            || t.chars().all(|c| c == '*')
            || t.chars().all(|c| c == '_'))
}

pub(super) fn is_table_rule(t: &str) -> bool {
    if t.as_bytes().first().is_none_or(|&c| quick_no(c, b"|")) || !t.trim_start().starts_with('|') {
        return false;
    }
    let t = t.trim();
    t.starts_with('|') && t.contains('-') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

pub(crate) fn is_page_break(t: &str) -> bool {
    let t = t.trim();
    if t.contains('\u{c}') {
        return true;
    }
    if let Some(inner) = t.strip_prefix("<!--").and_then(|r| r.strip_suffix("-->")) {
        let inner = inner.trim().to_lowercase();
        return inner.starts_with("sida")
            || inner.starts_with("page")
            || inner.starts_with("pagebreak");
    }
    false
}

/// `- x`, `* x`, `• x`, `1. x`, `1) x`: the marker's length and number.
pub(super) fn list_marker(t: &str) -> Option<(usize, Option<u16>)> {
    for m in ["- ", "* ", "• ", "– ", "+ "] {
        if t.starts_with(m) {
            return Some((m.len(), None));
        }
    }
    let digits = t.bytes().take_while(|b| b.is_ascii_digit()).count();
    if (1..=3).contains(&digits) {
        let after = &t[digits..];
        if after.starts_with(". ") || after.starts_with(") ") {
            return Some((digits + 2, t[..digits].parse().ok()));
        }
    }
    None
}

/// Split a table row into cells with spans (pipes, or tabs).
pub(super) fn cells(src: &str, start: usize, end: usize, sep: char) -> Vec<(String, Span)> {
    let line = &src[start..end];
    let mut pieces = separated(line, sep);
    if sep == '|' {
        // Leading and trailing pipes make empty outer pieces.
        if line.trim_start().starts_with('|') && !pieces.is_empty() {
            pieces.remove(0);
        }
        if line.trim_end().ends_with('|') && !pieces.is_empty() {
            pieces.pop();
        }
    }
    let mut out = Vec::with_capacity(pieces.len());
    for (a, b) in pieces {
        let (a, b) = trim_range(src, start + a, start + b);
        out.push((strip_inline(&src[a..b]), Span::new(a, b)));
    }
    out
}

/// The pieces of `line` between the `sep`s, as byte ranges, in one list
/// of the size they need: an ASCII `sep` (the callers' `|` and tab) found
/// by its byte, which stands inside no other character in UTF-8.
fn separated(line: &str, sep: char) -> Vec<(usize, usize)> {
    if !sep.is_ascii() {
        return separated_by_chars(line, sep);
    }
    let b = line.as_bytes();
    let sep = sep as u8;
    let mut pieces = Vec::with_capacity(memchr::memchr_iter(sep, b).count() + 1);
    let mut offset = 0;
    for i in memchr::memchr_iter(sep, b) {
        pieces.push((offset, i));
        offset = i + 1;
    }
    pieces.push((offset, line.len()));
    pieces
}

/// [`separated`] read character by character.
fn separated_by_chars(line: &str, sep: char) -> Vec<(usize, usize)> {
    let mut offset = 0;
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    for (i, c) in line.char_indices() {
        if c == sep {
            pieces.push((offset, i));
            offset = i + c.len_utf8();
        }
    }
    pieces.push((offset, line.len()));
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line's pieces between separators found by the byte are those
    /// found character by character, on generated lines with pipes, tabs,
    /// å ä ö, characters of three and four bytes, and at either end.
    #[test]
    fn pieces_by_the_byte_are_pieces_by_the_character() {
        let pieces = [
            "|", "\t", "||", " ", "a", "å", "Ä", "ö", "€", "𝄞", "\u{a0}", "§ 12", "Ja", "",
        ];
        let mut rng = crate::testing::Rng::new(0xd1b5_4a32_d192_ed03u64);
        let mut cut = 0;
        for _ in 0..20_000 {
            let line = rng.pieces(&pieces, 12);
            for sep in ['|', '\t'] {
                let want = separated_by_chars(&line, sep);
                cut += usize::from(want.len() > 1);
                assert_eq!(separated(&line, sep), want, "{line:?} {sep:?}");
            }
        }
        assert!(cut > 10_000, "{cut}");
        assert_eq!(separated("a€b", '€'), separated_by_chars("a€b", '€'));
    }

    /// Lines this long and longer were once read by whole-line searches:
    /// the generated lines hold many of them still.
    const LONG: usize = 48;

    #[test]
    fn markup_stripped_and_blanks_collapsed() {
        for s in [
            "",
            "  ",
            "**§ 12** Budget",
            "a__b_c  *d* * e\\",
            "x<BR/>y<b>z</B> <p>q</p>",
            "\u{a0}Ett\u{2003}två\u{3000}\u{85}tre\t\r–\u{200b}fyra\u{1680}",
            "å ä ö  ”citat” \\x",
            "*",
            "<",
            "\\",
            "a b",
            " a",
            "a ",
            "a  b",
            "a\u{1}b",
            "a\u{b}b",
            "a\u{a0}",
            "ä ö\u{2013}x",
            "ordinary words in a row, and some more words",
            "ordinary words in a row,  and some more",
            "ordinary words in a row, and some more ",
            " ordinary words in a row, and some more",
            "ordinary\twords in a row, and some more words!",
            "1234567 !!!!!!! a! b! c! d! e! f!",
            "Beslutet är fattat för året, så vi går vidare till nästa ärende.",
            "Beslutet är fattat\u{a0}för året, så vi går vidare till nästa ärende.",
            "Beslutet är fattat för året,\u{2003}så vi går vidare till nästa ärende.",
            "Beslutet är fattat för året, så vi går vidare\u{3000}till nästa ärende.",
            "Beslutet är fattat för året, så vi går vidare\u{85}till nästa ärende.",
            "Beslutet är fattat för året, så vi\u{1680}går vidare till nästa ärende.",
            "åäöåäöåäöåäöåäöåäö ”citat” – ½ € ü",
        ] {
            assert_eq!(
                collapse_ws(s),
                s.split_whitespace().collect::<Vec<_>>().join(" "),
                "{s:?}"
            );
            assert_eq!(strip_inline(s), strip_inline_by_char(s), "{s:?}");
            // Its white space is collapsed: callers take it as it is.
            assert_eq!(collapse_ws(&strip_inline(s)), strip_inline(s), "{s:?}");
        }
    }

    /// [`collapsed`] on generated lines against its meaning: the line is
    /// its words joined by single spaces.
    #[test]
    fn collapsed_is_words_joined_by_one_space() {
        let pieces = [
            "a", "ord", "åäö", "ÅÄÖ", "längre", " ", "  ", "\t", "\r", "\u{1}", "\u{1f}", "\u{85}",
            "\u{a0}", "\u{1680}", "\u{2003}", "\u{200b}", "\u{2013}", "\u{202f}", "\u{3000}", "€",
            "é", "ü", "\u{e1}", "½", "×", "12345678", "x y z w",
        ];
        let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15u64);
        let (mut yes, mut no) = (0, 0);
        for round in 0..60_000 {
            let mut s = String::new();
            // Short lines and long ones (the two ways of reading them).
            for _ in 0..rng.below(if round % 2 == 0 { 12 } else { 40 }) {
                s.push_str(pieces[rng.below(pieces.len())]);
            }
            let plain = s.split_whitespace().collect::<Vec<_>>().join(" ") == s;
            assert_eq!(collapsed(&s), plain, "{s:?}");
            if plain {
                yes += 1;
            } else {
                no += 1;
            }
        }
        assert!(yes > 5_000 && no > 5_000, "{yes} {no}");
    }

    /// [`reads_plain`] against its meaning on generated lines, long and
    /// short, whose odd bytes fall anywhere in or across a block of
    /// sixteen: the line's words joined by single spaces and, with
    /// markup, no `*`, `_`, `<` or backslash.
    #[test]
    fn reads_plain_is_its_meaning() {
        let pieces = [
            "a",
            "ord",
            "åäö",
            "§",
            "–",
            "”",
            "  ",
            " ",
            " ",
            " ",
            "*",
            "_",
            "<",
            "\\",
            "\t",
            "\u{b}",
            "\u{c}",
            "\u{1}",
            "\u{1f}",
            "\u{85}",
            "\u{a0}",
            "\u{1680}",
            "\u{2003}",
            "\u{200b}",
            "\u{e000}",
            "\u{3000}",
            "\u{3001}",
            "ab",
            "abcdefghijklmno",
            "1234567",
        ];
        let mut rng = crate::testing::Rng::new(0x510e_527f_ade6_82d1);
        let (mut yes, mut no) = (0, 0);
        for round in 0..60_000 {
            let mut s = String::new();
            for _ in 0..rng.below(if round % 3 == 0 { 8 } else { 40 }) {
                // Mostly plain words between single spaces.
                if rng.below(4) == 0 {
                    s.push_str(pieces[rng.below(pieces.len())]);
                } else {
                    s.push_str(pieces[rng.below(3)]);
                    s.push(' ');
                }
            }
            let s = if rng.below(2) == 0 { s.trim_end() } else { &s };
            let words = s.split_whitespace().collect::<Vec<_>>().join(" ") == s;
            let markup = s.contains(['*', '_', '<', '\\']);
            assert_eq!(reads_plain::<false>(s), words, "{s:?}");
            assert_eq!(reads_plain::<true>(s), words && !markup, "{s:?}");
            if words && !markup {
                yes += 1;
            } else {
                no += 1;
            }
        }
        assert!(yes > 5_000 && no > 5_000, "{yes} {no}");
    }

    /// [`strip_inline`] against its plain reading on generated lines,
    /// short and long (a long one without markup is read by whole-line
    /// searches), with and without markup, backslashes and white space.
    #[test]
    fn strip_inline_is_the_plain_reading_on_generated_lines() {
        let pieces = [
            "ord", "åäö", " ", " ", " ", "  ", "\\", "*", "**", "_", "<br>", "<b>", "<", "\t",
            "\u{a0}", "\u{2013}", "\u{3000}", "\u{b}", "Beslut", "12345678",
        ];
        let mut rng = crate::testing::Rng::new(0x1f83_d9ab_fb41_bd6b);
        let mut long_plain = 0;
        let words = ["ord", "åäö", "Beslut", "12345678", "”citat”", "x"];
        for round in 0..40_000 {
            let t = if round % 2 == 0 {
                rng.pieces(&pieces, 12)
            } else {
                // Plain words, long, with now and then one other piece.
                let mut t = rng.phrase(&words, 30).trim_start().replace("  ", " ");
                if rng.below(2) == 0 {
                    let at = rng.below(t.len() + 1);
                    if t.is_char_boundary(at) {
                        t.insert_str(at, pieces[rng.below(pieces.len())]);
                    }
                }
                t
            };
            let stripped = strip_inline(&t);
            assert_eq!(stripped, strip_inline_by_char(&t), "{t:?}");
            long_plain += usize::from(t.len() >= LONG && stripped == t);
        }
        assert!(long_plain > 100, "{long_plain}");
    }

    /// The plain reading of [`strip_inline`], char by char.
    fn strip_inline_by_char(s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(c) = rest.chars().next() {
            if rest.starts_with("**") || rest.starts_with("__") {
                rest = &rest[2..];
                continue;
            }
            if c == '<' {
                let lower = rest.chars().take(6).collect::<String>().to_lowercase();
                let tags = [
                    "<br>", "<br/>", "<br />", "<b>", "</b>", "<i>", "</i>", "<u>", "</u>",
                ];
                if let Some(t) = tags.iter().find(|t| lower.starts_with(**t)) {
                    if t.starts_with("<br") {
                        out.push(' ');
                    }
                    rest = &rest[t.len()..];
                    continue;
                }
            }
            if c == '*' && !rest[1..].starts_with(' ') {
                rest = &rest[1..];
                continue;
            }
            if c == '\\' && rest.len() == 1 {
                break;
            }
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// [`trim_range`], [`is_rule`] and [`is_table_rule`], whose quick
    /// ways out look at a byte or two, against their plain readings on
    /// generated lines.
    #[test]
    fn quick_line_tests_are_the_plain_ones() {
        let pieces = [
            " ", "\t", "\u{a0}", "\u{2003}", "\u{1}", "\u{1f}", "-", "*", "_", "|", ":", "a", "å",
            "Ö", "§", "---", "|---|", "x",
        ];
        let mut rng = crate::testing::Rng::new(0xbb67_ae85_84ca_a73b);
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 10);
            let src = format!("ab{t}cd");
            let (a, b) = trim_range(&src, 2, 2 + t.len());
            let trimmed = t.trim();
            assert_eq!(&src[a..b], trimmed, "{t:?}");
            if !trimmed.is_empty() {
                assert_eq!(a - 2, t.len() - t.trim_start().len(), "{t:?}");
            }
            let rule = trimmed.len() >= 3
                && (trimmed.chars().all(|c| c == '-')
                    || trimmed.chars().all(|c| c == '*')
                    || trimmed.chars().all(|c| c == '_'));
            assert_eq!(is_rule(&t), rule, "{t:?}");
            let table_rule = trimmed.starts_with('|')
                && trimmed.contains('-')
                && trimmed.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '));
            assert_eq!(is_table_rule(&t), table_rule, "{t:?}");
        }
    }

    #[test]
    fn crlf_and_cr_lines() {
        assert_eq!(lines("a\r\nb\rc\n"), vec![(0, 1), (3, 4), (5, 6)]);
        assert_eq!(
            lines("\r\n\r\n\n\rx"),
            vec![(0, 0), (2, 2), (4, 4), (5, 5), (6, 7)]
        );
        assert_eq!(lines("\r\r\nå"), vec![(0, 0), (1, 1), (3, 5)]);
        assert_eq!(lines(""), vec![]);
    }
}
