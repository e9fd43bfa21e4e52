//! Dates (ISO and `19 mars 2024`) and times (`kl. 17.30`) in a line.

use super::chars::{boundary, digits_at};
use crate::model::DateRef;
use crate::model::Span;
use crate::model::Text;

/// Swedish month names, lower case, January first.
pub const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

pub const WEEKDAYS: [&str; 7] = [
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
];

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A real calendar date between 1900 and 2200 as ISO, or `None`.
pub fn iso_date(y: i32, m: u32, d: u32) -> Option<String> {
    if !(1900..=2200).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Dates written `YYYY-MM-DD` or `19 mars 2024` (with an optional `den`).
/// Impossible dates are skipped (the validator finds them on its own).
pub fn find_dates(s: &str, base: usize) -> Vec<DateRef> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            // ISO
            if let (Some(y), Some(m), Some(d)) = (
                digits_at(b, i, 4),
                digits_at(b, i + 5, 2),
                digits_at(b, i + 8, 2),
            ) {
                if b[i + 4] == b'-' && b[i + 7] == b'-' && boundary(b, i + 10) {
                    if let Some(iso) = iso_date(y as i32, m, d) {
                        out.push(DateRef {
                            iso,
                            written: s[i..i + 10].to_string(),
                            span: Span::new(base + i, base + i + 10),
                        });
                    }
                    i += 10;
                    continue;
                }
            }
            // 19 mars 2024
            let nd = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            // `12/3 2024`, `12.3.2024`: day, month and a four-digit year.
            if let Some((iso, end)) = numeric_date(b, i, nd) {
                out.push(DateRef {
                    iso,
                    written: s[i..end].to_string(),
                    span: Span::new(base + i, base + end),
                });
                i = end;
                continue;
            }
            if nd <= 2 {
                let d: u32 = s[i..i + nd].parse().unwrap_or(0);
                let mut j = i + nd;
                for suf in [":e", ":a"] {
                    if s[j..].starts_with(suf) {
                        j += 2;
                    }
                }
                if let Some(g) = gap(b, j) {
                    let rest = &s[j + g..];
                    let lower: String = rest.chars().take(10).collect::<String>().to_lowercase();
                    if let Some((mi, name)) = MONTHS
                        .iter()
                        .enumerate()
                        .find(|(_, m)| lower.starts_with(**m))
                    {
                        let k = j + g + name.len();
                        if let Some(g) = gap(b, k) {
                            let y_at = k + g;
                            if let Some(y) = digits_at(b, y_at, 4) {
                                if boundary(b, y_at + 4) {
                                    if let Some(iso) = iso_date(y as i32, mi as u32 + 1, d) {
                                        out.push(DateRef {
                                            iso,
                                            written: s[i..y_at + 4].to_string(),
                                            span: Span::new(base + i, base + y_at + 4),
                                        });
                                        i = y_at + 4;
                                        continue;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            i += nd.max(1);
            continue;
        }
        i += 1;
    }
    out
}

/// `12/3 2024` (the Swedish short form), `12/3/2024` or `12.3.2024` at `i` (`nd`
/// digits there): a real date's ISO form and where it ends. Not after a
/// `/`, `.` or `-` (a case number's or a version's part), not before
/// another digit, `/` or `.`.
fn numeric_date(b: &[u8], i: usize, nd: usize) -> Option<(String, usize)> {
    if !(1..=2).contains(&nd) || (i > 0 && matches!(b[i - 1], b'/' | b'.' | b'-')) {
        return None;
    }
    let sep = *b.get(i + nd)?;
    if sep != b'/' && sep != b'.' {
        return None;
    }
    let m_at = i + nd + 1;
    let nm = b[m_at.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=2).contains(&nm) {
        return None;
    }
    // The year after a space (`12/3 2024`) or the same separator (`12.3.2024`).
    let after = *b.get(m_at + nm)?;
    if !(after == sep || sep == b'/' && after == b' ') {
        return None;
    }
    let y_at = m_at + nm + 1;
    let y = digits_at(b, y_at, 4)?;
    let end = y_at + 4;
    if b.get(end).is_some_and(|c| {
        c.is_ascii_digit()
            || *c == b'/'
            || (*c == b'.' && b.get(end + 1).is_some_and(u8::is_ascii_digit))
    }) {
        return None;
    }
    let num = |a: usize, n: usize| -> u32 {
        b[a..a + n]
            .iter()
            .fold(0, |v, c| v * 10 + u32::from(c - b'0'))
    };
    Some((iso_date(y as i32, num(m_at, nm), num(i, nd))?, end))
}

/// The blanks between a written date's parts at `j`: a space, or a run of
/// spaces and tabs with at most one line break (a date wrapped at the end
/// of a line or a table cell: `14 maj` / `2024`). Its length in bytes.
fn gap(b: &[u8], j: usize) -> Option<usize> {
    let mut breaks = 0;
    let n = b[j.min(b.len())..]
        .iter()
        .take(48)
        .take_while(|&&c| match c {
            b' ' | b'\t' | b'\r' => true,
            b'\n' => {
                breaks += 1;
                breaks == 1
            }
            _ => false,
        })
        .count();
    (n > 0).then_some(n)
}

/// Times `HH:MM` or `HH.MM` as `(HH:MM, span)` pairs, in order.
pub fn find_times(s: &str, base: usize) -> Vec<Text> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let nd = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if (1..=2).contains(&nd) && i + nd + 3 <= b.len() && matches!(b[i + nd], b':' | b'.') {
                if let Some(mm) = digits_at(b, i + nd + 1, 2) {
                    let hh: u32 = s[i..i + nd].parse().unwrap_or(99);
                    let end = i + nd + 3;
                    // `1.10.20`: not a time after a number's point; `kl.18.00`
                    // is one after a word's.
                    let after_number = i >= 2 && b[i - 1] == b'.' && b[i - 2].is_ascii_digit();
                    if hh < 24 && mm < 60 && boundary(b, end) && !after_number {
                        out.push(Text::new(
                            format!("{hh:02}:{mm:02}"),
                            Span::new(base + i, base + end),
                        ));
                        i = end;
                        continue;
                    }
                }
            }
            i += nd;
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_iso_and_written() {
        let d = find_dates("den 19 mars 2024 och 2024-03-22, ej 2024-02-30", 10);
        let iso: Vec<_> = d.iter().map(|d| d.iso.as_str()).collect();
        assert_eq!(iso, vec!["2024-03-19", "2024-03-22"]);
        assert_eq!(d[0].span, Span::new(14, 26));
        assert_eq!(d[0].written, "19 mars 2024");
    }

    #[test]
    fn dates_in_digits_day_first() {
        let src = "den 12/3 2024, 1.10.2023 och 5/11/2024";
        let d = find_dates(src, 0);
        let got: Vec<(&str, &str)> = d.iter().map(|d| (d.iso.as_str(), d.span.of(src))).collect();
        assert_eq!(
            got,
            [
                ("2024-03-12", "12/3 2024"),
                ("2023-10-01", "1.10.2023"),
                ("2024-11-05", "5/11/2024")
            ]
        );
        // Not a case number, a version, a count or an impossible date.
        for t in [
            "KS 2024/12 2024",
            "Dnr 14/3 20245",
            "version 1.2.2024.5",
            "30/2 2024",
            "3/14 2024",
            "2.3 2024",
        ] {
            assert!(find_dates(t, 0).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_date_wrapped_at_the_end_of_a_line_is_one_date() {
        let src = "tisdagen den 14 maj\n                2024 kl. 13.00";
        let d = find_dates(src, 0);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].iso, "2024-05-14");
        assert_eq!(d[0].span.of(src), d[0].written);
        // Two line breaks are a paragraph's end, not a wrapped date.
        assert!(find_dates("den 14 maj\n\n2024 kl. 13.00", 0).is_empty());
    }

    #[test]
    fn times() {
        let t = find_times("kl. 18:00-19:05", 0);
        assert_eq!(
            t.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(),
            vec!["18:00", "19:05"]
        );
        let t = find_times("Klockan 13.00–15.30", 0);
        assert_eq!(t.len(), 2);
        // `kl.` glued to the time.
        let t = find_times("kl.18.00-20:20", 0);
        assert_eq!(
            t.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(),
            vec!["18:00", "20:20"]
        );
        assert!(find_times("2024-03-18", 0).is_empty());
    }
}
