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
            let text = raw[from..end].to_string();
            let numbers = paragraph_numbers(&text);
            let ok = numbers.len() >= 2 && numbers.len() <= 1000;
            ok.then(|| DeclaredRange {
                text,
                numbers,
                span: Span::new(it.span.start + from, it.span.start + end),
            })
        })
    })
}

/// `§§ 130 - 143`, `62-77`: the byte length of a range at the start.
fn range_end(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    let skip = |i: &mut usize, set: &[u8]| {
        while *i < b.len() && set.contains(&b[*i]) {
            *i += 1;
        }
    };
    if s.starts_with('§') {
        i += '§'.len_utf8();
        if s[i..].starts_with('§') {
            i += '§'.len_utf8();
        }
        skip(&mut i, b" ");
    }
    let digits = |i: &mut usize| {
        let from = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > from
    };
    if !digits(&mut i) {
        return None;
    }
    skip(&mut i, b" ");
    if s[i..].starts_with('-') {
        i += 1;
    } else if s[i..].starts_with('–') {
        i += '–'.len_utf8();
    } else {
        return None;
    }
    skip(&mut i, b" ");
    digits(&mut i).then_some(i)
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
