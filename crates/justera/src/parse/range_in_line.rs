//! The declared paragraph range written inside a line of the front, where
//! no label starts the line: `Sekreterare ... Paragrafer 62-77` (the range
//! beside the secretary's signature), `Justerade paragrafer 45-58` at the
//! end of the justering's place, `... 16:00 Paragrafer §§ 130 - 143` in a
//! page whose line breaks were lost.

use crate::inline::{lower_same_len, paragraph_numbers};
use crate::model::{DeclaredRange, Span};
use crate::scan::Item;

/// Words before `paragrafer` that make it an exception, not the range
/// (`ej paragrafer 16-18`, `utom paragrafer 3-4`).
const EXCEPT: [&str; 4] = ["ej", "utom", "från", "för"];

pub(super) fn range_in_line(src: &str, items: &[Item]) -> Option<DeclaredRange> {
    items.iter().find_map(|it| {
        let raw = it.span.of(src);
        let (from, end, numbers) = range_in_text(raw)?;
        Some(DeclaredRange {
            text: raw[from..end].to_string(),
            numbers,
            span: Span::new(it.span.start + from, it.span.start + end),
        })
    })
}

/// The range in a line's text `raw`: where it starts and ends, and its
/// numbers. Only a line that holds `paragrafer` in any ASCII case is
/// lowered and read: lower case of the same length maps no character
/// outside ASCII onto an ASCII letter, and keeps every offset, so a line
/// without it holds none in lower case either. Most lines of a front do
/// not.
fn range_in_text(raw: &str) -> Option<(usize, usize, Vec<u32>)> {
    if !crate::text::has_ascii_ci(raw, b"paragrafer", 7) {
        return None;
    }
    range_in_text_plain(raw)
}

/// [`range_in_text`] without its gate.
fn range_in_text_plain(raw: &str) -> Option<(usize, usize, Vec<u32>)> {
    let low = lower_same_len(raw);
    low.match_indices("paragrafer").find_map(|(k, w)| {
        let before = low[..k].trim_end();
        let word = before.rsplit([' ', '\t']).next().unwrap_or("");
        if (k > 0 && !low[..k].ends_with([' ', '\t'])) || EXCEPT.contains(&word) {
            return None;
        }
        let start = k + w.len();
        let rest = &raw[start..];
        let lead = rest.len() - rest.trim_start_matches([' ', '\t', ':']).len();
        let from = start + lead;
        let end = range_end(&raw[from..])? + from;
        let numbers = paragraph_numbers(&raw[from..end]);
        let ok = numbers.len() >= 2 && numbers.len() <= 1000;
        ok.then_some((from, end, numbers))
    })
}

/// `§§ 130 - 143`, `62-77`, `§§ 164-170, 173-185`: the byte length of a
/// range at the start; ranges and numbers after the first, each after a
/// comma or `och` and counting on, belong to it.
fn range_end(s: &str) -> Option<usize> {
    let mut i = 0;
    if s.starts_with('§') {
        i += '§'.len_utf8();
        if s[i..].starts_with('§') {
            i += '§'.len_utf8();
        }
        i += s[i..].len() - s[i..].trim_start_matches(' ').len();
    }
    let (mut end, (_, mut last)) = piece(s, i, true)?;
    loop {
        let rest = &s[end..];
        let sep = [", ", " och "].iter().find(|p| rest.starts_with(**p));
        let Some(sep) = sep else { break };
        match piece(s, end + sep.len(), false) {
            Some((e, first_last)) if first_last.0 > last => {
                end = e;
                last = first_last.1;
            }
            _ => break,
        }
    }
    Some(end)
}

/// A number or a range `N - M` at byte `i` of `s` (a range only when
/// `range`): where it ends, and its first and last number. A date
/// (`2014-03-06`) is none.
fn piece(s: &str, mut i: usize, range: bool) -> Option<(usize, (u32, u32))> {
    let b = s.as_bytes();
    let number = |i: &mut usize| -> Option<u32> {
        let from = *i;
        while *i < b.len() && b[*i].is_ascii_digit() && *i - from < 5 {
            *i += 1;
        }
        s[from..*i].parse().ok()
    };
    let spaces = |i: &mut usize| {
        while *i < b.len() && b[*i] == b' ' {
            *i += 1;
        }
    };
    let first = number(&mut i)?;
    let mut j = i;
    spaces(&mut j);
    let dash = ["-", "–"].iter().find(|d| s[j..].starts_with(**d));
    let last = match dash {
        Some(d) => {
            j += d.len();
            spaces(&mut j);
            let last = number(&mut j)?;
            i = j;
            last
        }
        None if range => return None,
        None => first,
    };
    if s[i..].starts_with(['-', '–']) || b.get(i).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some((i, (first, last)))
}

#[cfg(test)]
mod tests {
    fn range(src: &str) -> Option<String> {
        crate::parse(src).declared_range.map(|r| r.text)
    }

    #[test]
    fn a_range_inside_a_line_of_the_front() {
        let src = "Kommunstyrelsen 2014-03-06\n\nUtses att justera Bo Lind\n\nSekreterare ... Paragrafer 62-77\n\nAnna Ek\n";
        assert_eq!(range(src).as_deref(), Some("62-77"));
        let src = "Justering\n\nTid och plats för justering Torsdagen den 22 juni 2017, kl 13.00 på kansliet Justerade paragrafer 45-58\n";
        assert_eq!(range(src).as_deref(), Some("45-58"));
        let src = "PROTOKOLL Kommunstyrelsen Justeringens plats och tid Kommunhuset 2018-10-03 kl. 16:00 Paragrafer §§ 130 - 143 Underskrifter\n";
        assert_eq!(range(src).as_deref(), Some("§§ 130 - 143"));
        // Several ranges; a date after the range is not one of them.
        let src = "Protokoll\n\nUtses att justera: Bo Lind Paragrafer: §§ 164-170, 173-185 Justeringsdatum: 2017-11-29\n";
        assert_eq!(range(src).as_deref(), Some("§§ 164-170, 173-185"));
        let src = "Protokoll\n\nSekreterare ... Paragrafer 62-77, 2014-03-06\n";
        assert_eq!(range(src).as_deref(), Some("62-77"));
    }

    /// The gate turns away no line the plain reading finds a range in:
    /// generated lines of the word in every case, exceptions, ranges,
    /// dates, Swedish letters and characters whose lower case is ASCII
    /// or of another length.
    #[test]
    fn only_lines_without_the_word_are_turned_away() {
        let pieces = [
            "Paragrafer",
            "PARAGRAFER",
            "paragrafer",
            "paragraf",
            "ParaGRAFER",
            "ej ",
            "utom ",
            "FRÅN ",
            "För ",
            "§§ ",
            "62-77",
            "130 - 143",
            ", 173-185",
            " och 5",
            "2014-03-06",
            " ",
            "\t",
            ":",
            "Å",
            "\u{212a}",
            "\u{130}",
            "x",
        ];
        let mut rng = crate::testing::Rng::new(0x2545_f491_4f6c_dd1d);
        let mut found = 0;
        for _ in 0..30_000 {
            let t = rng.pieces(&pieces, 8);
            let plain = super::range_in_text_plain(&t);
            found += usize::from(plain.is_some());
            assert_eq!(super::range_in_text(&t), plain, "{t:?}");
        }
        assert!(found > 300, "{found}");
    }

    #[test]
    fn near_misses_are_no_range() {
        // An exception in the attendance list, a single paragraph, words.
        for src in [
            "Beslutande\n\nAnna Ek (S) ej paragrafer 16-18\n\nBo Lind (M)\n",
            "Protokoll\n\nSekreterare ... Paragrafer 62\n",
            "Protokoll\n\nDe nya paragraferna 3-4 i reglementet\n",
        ] {
            assert_eq!(range(src), None, "{src}");
        }
    }
}
