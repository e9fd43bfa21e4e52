//! Text helpers for the outcome pass: sentences over a part's lines with
//! page furniture skipped, byte-preserving lower case, and name keys.

use crate::model::Span;

mod keys;
mod pairs;

#[cfg(test)]
pub(crate) use keys::same_word;
pub(crate) use keys::{
    key_words, key_words_onto, lower, name_key, name_key_into, name_score, name_score_ends,
};
pub(crate) use pairs::Gated;

/// A sentence of a part: its span in the source (it may run over lines and
/// over skipped page furniture).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub span: Span,
}

impl Sentence {
    pub fn text(self, src: &str) -> &str {
        self.span.of(src)
    }
}

/// Lines of page furniture a converter leaves inside a paragraph: page
/// markers, digital signature footers, table links, and the page header run
/// right after a page marker.
///
/// `lines` are `s` split at its line breaks (split once for the sentences
/// too); one flag a line.
pub(super) fn furniture_of(s: &str, lines: &[&str]) -> Vec<bool> {
    let mut ls: Vec<Line> = lines.iter().map(|l| (*l, l.trim(), false)).collect();
    mark_furniture(s, &mut ls);
    ls.into_iter().map(|l| l.2).collect()
}

/// A line of a text: as written, trimmed, and whether it is page
/// furniture ([`mark_furniture`]).
pub(super) type Line<'a> = (&'a str, &'a str, bool);

/// [`furniture_of`] into the lines' flags, each line trimmed once (by
/// [`split_marked`]), for the many tests below.
pub(super) fn mark_furniture(s: &str, ls: &mut [Line]) {
    // A form feed anywhere: looked for once, not on every line.
    let form_feed = memchr::memchr(0x0c, s.as_bytes()).is_some();
    let mut i = 0;
    while i < ls.len() {
        let t = ls[i].1;
        let marker = is_page_marker(t, form_feed);
        // A form feed glued to the next page's first line (`\fProtokoll`,
        // as pdftotext writes it): the mark, the line the head's first.
        let glued = !marker && form_feed && ls[i].0.contains('\u{c}');
        if marker || glued {
            ls[i].2 = marker;
            // The foot of the page before: its counter or signature boxes'
            // labels just above the mark, right after the text's last line
            // (`... röstar ja, den som` / `Justerandes sign
            // Utdragsbestyrkande` / the mark).
            let mut k = i;
            while k > 0 && i - k < 3 {
                k -= 1;
                let l = ls[k].1;
                if l.is_empty() {
                    continue;
                }
                if !page_foot_or_head(l) && !crate::scan::signature_labels(l) {
                    break;
                }
                ls[k].2 = true;
            }
            // The header run that follows: up to a blank line, at most six lines,
            // when a line of it looks like a header (`... 17 (35)`,
            // `PROTOKOLL`; `Protokoll` / `Kommunstyrelsen` / `Sammanträdesdatum
            // 2025-03-04   2 (3)`).
            let mut j = if glued { i } else { i + 1 };
            while j < ls.len() && ls[j].1.is_empty() {
                j += 1;
            }
            let run_end = (j..ls.len().min(j + 7))
                .find(|&k| ls[k].1.is_empty())
                .unwrap_or(ls.len().min(j + 7));
            if j < ls.len()
                && run_end - j <= 6
                && (j..run_end).any(|k| {
                    let l = ls[k].1;
                    looks_like_page_header(l) || page_foot_or_head(l)
                })
            {
                for l in &mut ls[j..run_end] {
                    l.2 = true;
                }
            }
            i += 1;
            continue;
        }
        if signed_or_table(t)
            || (t == "Signatur" && i >= 2 && ls[i - 2].1 == "---")
            || (t == "---" && ls.get(i + 2).is_some_and(|l| l.1 == "Signatur"))
        {
            ls[i].2 = true;
        }
        i += 1;
    }
    // A short block between blank lines holding a page counter or the
    // signature boxes' labels is a page's foot or head, with or without a
    // page mark (`Ordförandes signatur  Justerandes signatur
    // Utdragsbestyrkande`; `Kommunfullmäktige  Sammanträdesdatum ...` /
    // `Sida 8 (10)`).
    let mut a = 0;
    while a < ls.len() {
        if ls[a].1.is_empty() || ls[a].2 {
            a += 1;
            continue;
        }
        let b = (a..ls.len())
            .find(|&k| ls[k].1.is_empty() || (ls[k].2 && k > a))
            .unwrap_or(ls.len());
        if b - a <= 6 {
            // Each counter or label line, with the lines around it up to a
            // line of the text's own (`... yrkar avslag.` just above the
            // signature boxes, no blank line between).
            for f in a..b {
                if !page_foot_or_head(ls[f].1) {
                    continue;
                }
                let from = (a..f)
                    .rev()
                    .find(|&k| own_text(ls[k].1))
                    .map_or(a, |k| k + 1);
                let to = (f + 1..b).find(|&k| own_text(ls[k].1)).unwrap_or(b);
                for l in &mut ls[from..to] {
                    l.2 = true;
                }
            }
        }
        a = b;
    }
}

/// Whether the trimmed line `t` in lower case opens a signing service's
/// footer (`Det här dokumentet är digitalt signerat`,
/// `Transaktionsidentitet`) or is a converter's table link (`[Tabell 3
/// (2)]`... `)`).
fn signed_or_table(t: &str) -> bool {
    // Lowered only where its first five bytes are those of a word looked
    // for ([`opens_ci`]), asked by the first: most lines are not.
    let may = match t.as_bytes().first() {
        Some(b'd' | b'D') => opens_ci(t, b"det h"),
        Some(b't' | b'T') => opens_ci(t, b"trans"),
        Some(b'[') => opens_ci(t, b"[tabe"),
        _ => false,
    };
    if !may {
        return false;
    }
    let f = lower(t);
    f.starts_with("det här dokumentet är digitalt signerat")
        || f.starts_with("transaktionsidentitet")
        || (f.starts_with("[tabell ") && f.ends_with(')'))
}

/// Whether `lower(t)` may open with `w` (ASCII, in lower case): `t` opens
/// with its bytes, a letter in either case, a space as any white space
/// `lower` makes a space. Lower case that keeps offsets maps no other
/// character onto ASCII, so `false` is proof that it does not.
fn opens_ci(t: &str, w: &[u8]) -> bool {
    t.as_bytes().get(..w.len()).is_some_and(|b| {
        b.iter().zip(w).all(|(&c, &x)| {
            c.eq_ignore_ascii_case(&x) || (x == b' ' && matches!(c, b'\t' | b'\r' | b'\n'))
        })
    })
}

/// A line of the text's own, not of a page's head or foot: it ends a
/// sentence or an entry of a list (`.`, `!`, `?`, `,`, `;`).
fn own_text(l: &str) -> bool {
    let t = l.trim();
    t.ends_with(['.', '!', '?', ',', ';']) && !page_foot_or_head(t)
}

/// A line only a page's head or foot prints: a page counter, alone or
/// ending the line (`Sida 8 (10)`, `Kommunstyrelsen 2025-03-11 Sida
/// 3(15)`), the extract's attestation, or the signature boxes' labels
/// (`Justerandes sign`, `Ordförandes signatur  Justerandes signatur`).
fn page_foot_or_head(t: &str) -> bool {
    if t.len() > 120 {
        return false;
    }
    let b = t.as_bytes();
    if b.last().is_some_and(|c| *c == b')' || c.is_ascii_digit()) {
        // The counter from its `Sida` on (`Sida 2 av 3`), else from the
        // last word with a letter on.
        let from = last_sida(t).unwrap_or_else(|| {
            t.rfind(|c: char| c.is_alphabetic())
                .map_or(0, |k| t[..k].rfind(' ').map_or(0, |s| s + 1))
        });
        let tail = &t[from..];
        if tail.contains(|c: char| c.is_ascii_digit()) && crate::scan::known_furniture(tail) {
            return true;
        }
    }
    // `sign` and `utdragsbestyrkande` hold a `g` after `i` and a `y` after
    // `t`: a line with neither pair holds neither word.
    let pair = |x: u8, y: u8| {
        memchr::memchr2_iter(y, y.to_ascii_uppercase(), b)
            .any(|k| k > 0 && b[k - 1].eq_ignore_ascii_case(&x))
    };
    if !pair(b'i', b'g') && !pair(b't', b'y') {
        return false;
    }
    signature_words(t)
}

/// Where the last `sida` in any ASCII case stands in `t` (the last of
/// `ascii_ci_at(t, b"sida", 0)`), found from the end by its `d`: the
/// first found is the answer, not every `s` of the line asked.
fn last_sida(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    memchr::memrchr2_iter(b'd', b'D', b).find_map(|i| {
        let at = i.checked_sub(2)?;
        b.get(at..at + 4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"sida"))
            .then_some(at)
    })
}

/// Whether `t` is known furniture, holds `utdragsbestyrkande` or two
/// words of `signatur`, `sign` or `sign.`, in any case. The words are
/// ASCII, and lower case that keeps offsets maps no other character onto
/// ASCII: each is read in any ASCII case in the line as it is, not in a
/// lowered copy. Each of those words holds `sign`: the line is split into
/// words only where `sign` stands twice (by its `g`, rarer).
fn signature_words(t: &str) -> bool {
    crate::scan::known_furniture(t)
        || crate::text::has_ascii_ci(t, b"utdragsbestyrkande", 11)
        || (sign_twice(t) && two_sign_words(t))
}

/// Whether `sign` stands twice in `t` in any ASCII case (found by its
/// `g`, rarer): where [`two_sign_words`] may hold.
fn sign_twice(t: &str) -> bool {
    crate::text::ascii_ci_at(t, b"sign", 2).nth(1).is_some()
}

/// Whether two of `t`'s words are `signatur`, `sign` or `sign.` in any
/// ASCII case.
fn two_sign_words(t: &str) -> bool {
    let sign = |w: &str| {
        ["signatur", "sign", "sign."]
            .iter()
            .any(|s| w.eq_ignore_ascii_case(s))
    };
    t.split_whitespace().filter(|w| sign(w)).count() >= 2
}

/// `s.split('\n')`, each line with its trimmed text and a flag (none
/// set), into `out`, emptied first (its room kept for the next text); the
/// breaks found with memchr.
fn split_marked<'a>(s: &'a str, out: &mut Vec<Line<'a>>) {
    out.clear();
    let mut from = 0;
    for k in memchr::memchr_iter(b'\n', s.as_bytes()) {
        let l = &s[from..k];
        out.push((l, l.trim(), false));
        from = k + 1;
    }
    let l = &s[from..];
    out.push((l, l.trim(), false));
}

/// `s.split('\n')`, collected, the breaks found with memchr.
pub(super) fn split_lines(s: &str) -> Vec<&str> {
    let mut out = Vec::with_capacity(8);
    let mut from = 0;
    for k in memchr::memchr_iter(b'\n', s.as_bytes()) {
        out.push(&s[from..k]);
        from = k + 1;
    }
    out.push(&s[from..]);
    out
}

/// `form_feed`: whether the text `t` stands in holds one.
fn is_page_marker(t: &str, form_feed: bool) -> bool {
    if form_feed && t.contains('\u{c}') {
        return true;
    }
    t.strip_prefix("<!--")
        .and_then(|r| r.strip_suffix("-->"))
        .is_some_and(|inner| {
            let inner = inner.trim().to_lowercase();
            inner.starts_with("sida") || inner.starts_with("page")
        })
}

fn looks_like_page_header(t: &str) -> bool {
    let upper = t.chars().filter(|c| c.is_uppercase()).count();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let page_of = t.trim_end().ends_with(')')
        && t.rsplit('(')
            .next()
            .is_some_and(|r| r.trim_end_matches(')').chars().all(|c| c.is_ascii_digit()));
    page_of || (letters >= 6 && upper * 10 >= letters * 8)
}

fn is_table_line(t: &str) -> bool {
    t.starts_with('|') && t.ends_with('|') && t.len() > 1
}

/// Abbreviations that end in a full stop without ending a sentence.
fn abbreviation(before: &str) -> bool {
    // Only the last word counts, and one of more than six characters is
    // none: 32 bytes hold at least eight characters, so a word running past
    // them is too long either way (a long run without spaces, such as dot
    // leaders, is not read back from every stop in it).
    let mut from = before.len().saturating_sub(32);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let window = &before[from..];
    // A last word of ASCII is found by the byte (white space in ASCII is
    // 9 to 13 and the space): back to that white space or `(`, where no
    // byte outside ASCII stands after it (such a character may be white
    // space itself: the word is then found by the character).
    let b = window.as_bytes();
    let stop = b
        .iter()
        .rposition(|&x| matches!(x, 9..=13 | b' ' | b'(') || !x.is_ascii());
    if stop.is_some_and(|k| !b[k].is_ascii()) {
        return abbreviation_word(last_word(window));
    }
    let start = stop.map_or(0, |k| k + 1);
    abbreviation_word(window[start..].trim_start_matches(['*', '_']))
}

/// The last word of `before`, emphasis marks dropped.
fn last_word(before: &str) -> &str {
    before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .trim_start_matches(['*', '_'])
}

/// Whether `w` is an abbreviation that ends in a full stop.
fn abbreviation_word(w: &str) -> bool {
    // Lower case never has fewer characters: a word of more than six
    // is no abbreviation (in ASCII, of more than six bytes).
    if if w.is_ascii() {
        w.len() > 6
    } else {
        w.chars().nth(6).is_some()
    } {
        return false;
    }
    // Lowered in a buffer of its own, a character at a time: every word
    // matched is ASCII, so a word whose lower case holds a character
    // outside ASCII is none (the Kelvin sign lowers to `k`, and is read;
    // `str::to_lowercase` differs from a character's own lower case only
    // at a final sigma, which lowers outside ASCII either way).
    let mut buf = [0u8; 32];
    let w = if w.is_ascii() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).unwrap_or_default()
    } else {
        let mut n = 0;
        for c in w.chars().flat_map(char::to_lowercase) {
            if !c.is_ascii() || n == buf.len() {
                return false;
            }
            buf[n] = c as u8;
            n += 1;
        }
        std::str::from_utf8(&buf[..n]).unwrap_or_default()
    };
    known_abbreviation(w)
}

/// Whether `w`, in lower case, is an abbreviation that ends in a full
/// stop.
fn known_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "m.fl"
            | "fl"
            | "t.ex"
            | "ex"
            | "bl.a"
            | "p.g.a"
            | "m.m"
            | "d.v.s"
            | "dvs"
            | "kl"
            | "nr"
            | "resp"
            | "jfr"
            | "ca"
            | "dnr"
            | "st"
            | "kap"
            | "ang"
            | "s.k"
            | "fr.o.m"
            | "t.o.m"
            | "o.s.v"
            | "osv"
            | "mfl"
            | "m.fl.m"
            | "p"
            | "f.d"
    )
}

/// The `<br>` tags in a line (`<br>`, `<br/>`, `<br />`, any case): where
/// each starts and its length.
fn line_breaks(t: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    memchr::memchr_iter(b'<', t.as_bytes()).filter_map(move |k| {
        let tag = t.get(k..k + 3)?;
        if !tag.eq_ignore_ascii_case("<br") {
            return None;
        }
        let close = t[k..].find('>')?;
        let inner = t[k + 3..k + close].trim();
        (inner.is_empty() || inner == "/").then_some((k, close + 1))
    })
}

/// Split `span` into sentences, skipping page furniture and table rows. A
/// sentence ends at `.`, `!` or `?` before an upper-case letter, a digit,
/// markup or the end of a line; at `:` at the end of a line; before a list
/// item; and at a blank line unless the text clearly runs on (no end
/// punctuation before, a lower-case word after).
/// A `<br>` inside a line (a table cell's lines) breaks it as a line
/// break does.
pub(crate) fn sentences(src: &str, span: Span) -> Vec<Sentence> {
    sentences_with(src, span, &mut Lines::default())
}

/// The lines [`sentences`] reads a span in: each line as written, trimmed
/// and marked as furniture or not, then the content lines' (start, end,
/// after a gap). Kept from one span to the next of a text, so that
/// splitting a paragraph's parts allocates their sentences alone.
#[derive(Default)]
pub(crate) struct Lines<'a> {
    marked: Vec<Line<'a>>,
    content: Vec<(usize, usize, bool)>,
}

/// [`sentences`] of `span`, its lines read into `bufs` (emptied first).
pub(crate) fn sentences_with<'a>(src: &'a str, span: Span, bufs: &mut Lines<'a>) -> Vec<Sentence> {
    let mut out = Vec::new();
    sentences_onto(src, span, bufs, &mut out);
    out
}

/// [`sentences_with`] pushed onto `out` (the sentences of several spans
/// one after another in one list; nothing in `out` is read).
pub(crate) fn sentences_onto<'a>(
    src: &'a str,
    span: Span,
    bufs: &mut Lines<'a>,
    out: &mut Vec<Sentence>,
) {
    let s = span.of(src);
    let Lines { marked, content } = bufs;
    split_marked(s, marked);
    mark_furniture(s, marked);
    // Content lines with their offsets in src: start, end, after_gap.
    let lines = content;
    lines.clear();
    let mut pos = span.start;
    let mut gap = false;
    for &(line, t, furniture) in marked.iter() {
        let lead = line.len() - line.trim_start().len();
        if furniture || is_table_line(t) || t.is_empty() {
            gap = true;
        } else if memchr::memchr(b'<', t.as_bytes()).is_some() {
            // `förslag.<br>Tea Lind (MP) yrkar ...`: a table cell's lines.
            let mut from = 0;
            for (b, n) in line_breaks(t).chain([(t.len(), 0)]) {
                let piece = &t[from..b];
                let pl = piece.len() - piece.trim_start().len();
                if !piece.trim().is_empty() {
                    let a = pos + lead + from + pl;
                    lines.push((a, a + piece.trim().len(), gap));
                    gap = false;
                }
                from = b + n;
            }
        } else {
            lines.push((pos + lead, pos + lead + t.len(), gap));
            gap = false;
        }
        pos += line.len() + 1;
    }
    out.reserve(lines.len());
    let mut cur: Option<usize> = None;
    let mut last_end = 0;
    for (li, &(a, b, after_gap)) in lines.iter().enumerate() {
        let t = &src[a..b];
        let starts_list = list_start(t);
        if let Some(c) = cur {
            // A long line without an end is a line the PDF wrapped, even
            // when the next one starts with a name (`... och Magdalena` /
            // `Sundqvists (S) m.fl. yrkande`). Asked only after a gap.
            let runs_on = || {
                let prev = src[c..last_end].trim_end();
                // Its text's length: a layout's indentation is none.
                let last_line = prev.rsplit('\n').next().unwrap_or(prev).trim_start();
                !prev.ends_with(['.', '!', '?', ':', '*', '"', '”', ';'])
                    && (t.starts_with(|ch: char| ch.is_lowercase() || ch == '(')
                        || (last_line.chars().count() >= 50
                            && !t.starts_with(['#', '|', '-', '*'])))
            };
            if starts_list || (after_gap && !runs_on()) {
                out.push(Sentence {
                    span: Span::new(c, last_end),
                });
                cur = None;
            }
        }
        let mut start = cur.unwrap_or(a);
        // Sentence ends inside the line.
        let bytes = t.as_bytes();
        // The marks are ASCII: a byte that is one is the character. Found
        // with memchr, `:` apart, in order.
        let mut ends = memchr::memchr3_iter(b'.', b'!', b'?', bytes).peekable();
        let mut colons = memchr::memchr_iter(b':', bytes).peekable();
        while let Some(i) = match (ends.peek(), colons.peek()) {
            (Some(&e), Some(&c)) if c < e => colons.next(),
            (Some(_), _) => ends.next(),
            (None, _) => colons.next(),
        } {
            let ch = bytes[i] as char;
            let rest = &t[i + 1..];
            let at_end = ends_line(rest);
            let end_here = if ch == ':' {
                at_end
            } else if at_end {
                // At the end of the line: ends unless the next line runs on in lower case.
                let next_lower = lines.get(li + 1).is_some_and(|&(na, nb, g)| {
                    !g && src[na..nb].starts_with(|c: char| c.is_lowercase())
                });
                !next_lower && !abbreviation(&t[..i])
            } else {
                // The next character after marks and spaces, read only
                // where a space or a mark follows the stop.
                let next = || {
                    rest.trim_start_matches(['*', '_', ' ', '\t'])
                        .chars()
                        .next()
                };
                rest.starts_with([' ', '*', '_'])
                    && next().is_some_and(|c| {
                        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '”' | '"' | '–' | '-')
                    })
                    && !abbreviation(&t[..i])
            };
            if end_here {
                let mut e = a + i + 1;
                // Keep closing markup with the sentence.
                while e < b && matches!(bytes[e - a], b'*' | b'_') {
                    e += 1;
                }
                if e > start {
                    out.push(Sentence {
                        span: Span::new(start, e),
                    });
                }
                let skip = src[e..b].len() - src[e..b].trim_start().len();
                start = e + skip;
            }
        }
        if start < b {
            cur = Some(start);
            last_end = b;
        } else {
            cur = None;
        }
    }
    if let Some(c) = cur {
        out.push(Sentence {
            span: Span::new(c, last_end),
        });
    }
}

/// Whether what follows a stop ends its line: nothing but emphasis marks
/// and white space, as `rest.trim().is_empty() ||
/// rest.trim_start_matches(['*', '_']).trim().is_empty()` reads it (the
/// first is the second without marks), by the byte; a character that is
/// not ASCII is asked as `trim` asks it.
fn ends_line(rest: &str) -> bool {
    let b = rest.as_bytes();
    let k = b
        .iter()
        .position(|&c| c != b'*' && c != b'_')
        .unwrap_or(b.len());
    for (j, &c) in b[k..].iter().enumerate() {
        if !c.is_ascii() {
            return rest[k + j..].trim().is_empty();
        }
        // ASCII white space as `char::is_whitespace` has it: 9 to 13 and
        // the space.
        if !matches!(c, b' ' | 9..=13) {
            return false;
        }
    }
    true
}

fn list_start(t: &str) -> bool {
    let t = t.trim_start_matches(['*', '_']);
    if t.starts_with("- ") || t.starts_with("− ") || t.starts_with("– ") || t.starts_with("• ")
    {
        return true;
    }
    let d = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&d) && (t[d..].starts_with(". ") || t[d..].starts_with(") "))
}

#[cfg(test)]
mod tests;
