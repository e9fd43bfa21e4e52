//! Text helpers for the outcome pass: sentences over a part's lines with
//! page furniture skipped, byte-preserving lower case, and name keys.

use crate::model::Span;

mod keys;

#[cfg(test)]
pub(crate) use keys::same_word;
pub(crate) use keys::{
    key_words, key_words_into, lower, name_key, name_key_into, name_score, name_score_ends,
};

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
        // Only `d`, `t` and `[` lower to the first letters looked for.
        let f = if t.starts_with(['d', 'D', 't', 'T', '[']) {
            lower(t)
        } else {
            String::new()
        };
        if f.starts_with("det här dokumentet är digitalt signerat")
            || f.starts_with("transaktionsidentitet")
            || (f.starts_with("[tabell ") && f.ends_with(')'))
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
        let from = crate::text::ascii_ci_at(t, b"sida", 0)
            .last()
            .unwrap_or_else(|| {
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
    let f = lower(t);
    crate::scan::known_furniture(t)
        || f.contains("utdragsbestyrkande")
        || f.split_whitespace()
            .filter(|w| *w == "signatur" || *w == "sign" || *w == "sign.")
            .count()
            >= 2
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
    // ASCII lowers in place, in a buffer of its own (every word matched
    // below is ASCII; another character keeps the full lower case).
    let mut buf = [0u8; 32];
    let lowered;
    let w = if w.is_ascii() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).unwrap_or_default()
    } else {
        lowered = w.to_lowercase();
        lowered.as_str()
    };
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
    let mut out: Vec<Sentence> = Vec::with_capacity(lines.len());
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
    out
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
mod tests {
    use super::*;

    #[test]
    fn an_abbreviation_is_read_from_the_last_word_alone() {
        // The plain reading: the whole text before the stop split from
        // the end.
        fn plain(before: &str) -> bool {
            abbreviation_word(last_word(before))
        }
        let pieces = [
            "m.fl", "bl.a", "kap", "ä", "åäö", "(", " ", "*", "x", ".", "p", "€", "\t", "\u{b}",
            "\u{c}", "\r", "\u{1f}", "_", "Kap", "M.FL", "F.d", "\u{a0}",
        ];
        let mut rng = crate::testing::Rng::new(0x5eed_ab12);
        for _ in 0..20_000 {
            let t = rng.pieces(&pieces, 60);
            assert_eq!(abbreviation(&t), plain(&t), "{t:?}");
        }
        assert!(!abbreviation(&".".repeat(10_000)));
        assert!(abbreviation(&format!("{} m.fl", "x".repeat(10_000))));
    }

    #[test]
    fn a_line_ends_after_a_stop_as_trim_reads_it() {
        fn plain(rest: &str) -> bool {
            rest.trim().is_empty() || rest.trim_start_matches(['*', '_']).trim().is_empty()
        }
        let pieces = [
            " ", "*", "_", "\t", "\u{b}", "\u{c}", "\r", "\n", "\u{1c}", "\u{1f}", "\u{a0}",
            "\u{2003}", "\u{85}", "x", "A", ".", "ä", "–", "**",
        ];
        let mut rng = crate::testing::Rng::new(0x0e4d_5eed);
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 8);
            assert_eq!(ends_line(&t), plain(&t), "{t:?}");
        }
    }

    /// The pieces the generated texts of these tests are built from: the
    /// marks a sentence ends at, the line breaks, white space and page
    /// furniture it skips, abbreviations, and letters in both cases.
    const PIECES: &[&str] = &[
        "§ ",
        "Å",
        "ä",
        "ö",
        "Ö",
        "É",
        "å",
        "\t",
        "\u{a0}",
        "\r",
        "\n",
        "\n\n",
        "12",
        "3. ",
        "- ",
        ". ",
        ".",
        ": ",
        ":\n",
        "? ",
        "! ",
        " ",
        "m.fl.",
        "t.ex. ",
        "Kap.",
        "(",
        ")",
        "**",
        "_",
        "<br>",
        "|a|",
        "Sida 2 (3)",
        "\u{c}",
        "<!-- sida 2 -->",
        "Justerandes sign",
        "yrkar bifall",
        "Ordföranden",
        "finner att",
        "Nämnden",
        "ställer",
        " och ",
    ];

    /// One set of line buffers read span after span, of texts of every
    /// size, splits each as fresh buffers do: nothing left from a span
    /// before is read.
    #[test]
    fn sentences_with_reused_lines_are_those_of_fresh_ones() {
        let mut rng = crate::testing::Rng::new(0x6a09_e667_f3bc_c908);
        let mut bufs = Lines::default();
        let texts: Vec<String> = (0..3000).map(|_| rng.pieces(PIECES, 40)).collect();
        for t in &texts {
            for (a, b) in rng.sentences_of(t) {
                let span = Span::new(a, b);
                let fresh = sentences(t, span);
                assert_eq!(sentences_with(t, span, &mut bufs), fresh, "{t:?} {span:?}");
            }
        }
    }

    fn texts(src: &str) -> Vec<&str> {
        sentences(src, Span::new(0, src.len()))
            .into_iter()
            .map(|s| s.text(src))
            .collect()
    }

    #[test]
    fn sentences_keep_abbreviations_and_run_over_lines() {
        let src = "Ordföranden ställer Johan Tolinssons (S)\nm.fl. yrkande mot varandra. Omröstning begärs.\n\nJa-röst innebär bifall.";
        assert_eq!(
            texts(src),
            vec![
                "Ordföranden ställer Johan Tolinssons (S)\nm.fl. yrkande mot varandra.",
                "Omröstning begärs.",
                "Ja-röst innebär bifall."
            ]
        );
    }

    #[test]
    fn an_indented_line_is_as_long_as_its_text() {
        // A layout's indentation does not make a short line long enough to
        // run on over a blank line.
        let s = "        Nej-röster (1): Hasse Rydberg (TP)\n        Avstår (2): Marie Lundell (S), Kent Åberg (S)\n\n        Nämnden har beslutat enligt förslaget.";
        let got: Vec<&str> = sentences(s, Span::new(0, s.len()))
            .iter()
            .map(|x| x.span.of(s))
            .collect();
        assert_eq!(
            got,
            [
                "Nej-röster (1): Hasse Rydberg (TP)\n        Avstår (2): Marie Lundell (S), Kent Åberg (S)",
                "Nämnden har beslutat enligt förslaget."
            ]
        );
    }

    #[test]
    fn the_texts_own_lines_above_a_pages_foot_stay() {
        let s = "Yrkanden\nAnna Berg (M) yrkar bifall till förslaget.\nKarl Alm (C) yrkar avslag.\nOrdförandes signatur       Justerandes signatur       Utdragsbestyrkande\n\nPropositionsordning";
        let got: Vec<&str> = sentences(s, Span::new(0, s.len()))
            .iter()
            .map(|x| x.span.of(s))
            .collect();
        assert!(got.contains(&"Karl Alm (C) yrkar avslag."), "{got:?}");
        assert!(!got.iter().any(|x| x.contains("signatur")), "{got:?}");
    }

    #[test]
    fn a_short_block_with_a_page_counter_or_signature_labels_is_furniture() {
        let s = "Texten slutar här,\n\nOrdförandes signatur Justerandes signatur Utdragsbestyrkande\n\nStenby kommun Protokoll nr 4\nKommunstyrelsen 2025-03-11\nSida 3 (12)\n\nTexten fortsätter.";
        let lines = split_lines(s);
        let f = furniture_of(s, &lines);
        let marked: Vec<&str> = lines
            .iter()
            .zip(&f)
            .filter(|(_, f)| **f)
            .map(|(l, _)| *l)
            .collect();
        assert_eq!(
            marked,
            [
                "Ordförandes signatur Justerandes signatur Utdragsbestyrkande",
                "Stenby kommun Protokoll nr 4",
                "Kommunstyrelsen 2025-03-11",
                "Sida 3 (12)"
            ]
        );
        // Near misses: a counter inside a sentence, a page named in the
        // text, one signature named, a block of more than six lines.
        for s in [
            "Bilagan omfattar 3 (12)",
            "Se sidan 3 i bilagan.",
            "Protokollet saknar ordförandes signatur.",
            "a\nb\nc\nd\ne\nf\nSida 3 (12)",
        ] {
            let lines = split_lines(s);
            assert!(furniture_of(s, &lines).iter().all(|f| !f), "{s}");
        }
        assert_eq!(
            super::super::furniture::flat_without_furniture("a,\nSida 3 (12)\nb").len(),
            "a,\nSida 3 (12)\nb".len()
        );
    }

    #[test]
    fn sentences_skip_page_furniture_and_join_broken_lines() {
        let src = "Ordföranden ställer förslagen, Stefan Jägnerts (SD)\n\nDet här dokumentet är digitalt signerat\nTransaktionsidentitet: 0E24\n\n<!-- sida 35 -->\n\nKOMMUN          PROTOKOLL          35 (35)\nKommunstyrelsen\nDatum\n2024-06-18\n\nm.fl. yrkande mot varandra.";
        let t = texts(src);
        assert_eq!(t.len(), 1);
        assert!(t[0].starts_with("Ordföranden") && t[0].ends_with("mot varandra."));
    }

    #[test]
    fn a_table_cells_line_break_ends_a_sentence() {
        let src = "Rolf Ås (C) yrkar bifall.<br>Tea Lind (MP) yrkar avslag.<BR />Klart";
        assert_eq!(
            texts(src),
            vec![
                "Rolf Ås (C) yrkar bifall.",
                "Tea Lind (MP) yrkar avslag.",
                "Klart"
            ]
        );
        // Other tags are text.
        assert_eq!(
            texts("Se <b>bilaga</b>. Klart."),
            vec!["Se <b>bilaga</b>.", "Klart."]
        );
    }

    #[test]
    fn list_items_start_sentences() {
        let src = "Jan Jönsson (L) yrkade\n1. att avslå förslaget, samt\n2. att anföra följande:";
        assert_eq!(
            texts(src),
            vec![
                "Jan Jönsson (L) yrkade",
                "1. att avslå förslaget, samt",
                "2. att anföra följande:"
            ]
        );
    }
}
