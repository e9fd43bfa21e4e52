//! Dates written in words and weekdays before dates, found by reading a
//! line's bytes once instead of running a pattern on it. Each matcher
//! finds exactly what its pattern (kept in the tests, and compared with it
//! on many generated lines) finds, match after match: `regex_lite`'s `(?i)`
//! folds ASCII letters only, and its `\d` and `\b` are ASCII.

use std::ops::Range;

use crate::inline::MONTHS;

/// An ASCII word character, as `\b` sees one.
fn word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `b[i..]` starts with `w`, ASCII letters in any case.
fn starts_ci(b: &[u8], i: usize, w: &[u8]) -> bool {
    b.get(i..i + w.len())
        .is_some_and(|x| x.eq_ignore_ascii_case(w))
}

/// The blanks (`[ \t]+`) from `i`: where they end, if there is one.
fn blanks(b: &[u8], i: usize) -> Option<usize> {
    let n = b[i.min(b.len())..]
        .iter()
        .take_while(|&&c| c == b' ' || c == b'\t')
        .count();
    (n > 0).then_some(i + n)
}

/// A month's name at `i` (any ASCII case): its index and where it ends.
fn month(b: &[u8], i: usize) -> Option<(usize, usize)> {
    MONTHS
        .iter()
        .position(|m| starts_ci(b, i, m.as_bytes()))
        .map(|k| (k, i + MONTHS[k].len()))
}

/// `(?:19|20)\d\d` at `i`: where it ends.
fn year(b: &[u8], i: usize) -> Option<usize> {
    let y = b.get(i..i + 4)?;
    (matches!(&y[..2], b"19" | b"20") && y[2].is_ascii_digit() && y[3].is_ascii_digit())
        .then_some(i + 4)
}

/// `(?:19|20)\d\d-\d\d-\d\d` at `i`: where it ends.
fn iso(b: &[u8], i: usize) -> Option<usize> {
    let e = year(b, i)?;
    let rest = b.get(e..e + 6)?;
    (rest[0] == b'-'
        && rest[1..3].iter().all(u8::is_ascii_digit)
        && rest[3] == b'-'
        && rest[4..6].iter().all(u8::is_ascii_digit))
    .then_some(e + 6)
}

/// `(\d{1,2})[ \t]+(month)[ \t]+((?:19|20)\d\d)` at `i`, the day's digits
/// as greedy as the pattern takes them: (day, month, year).
fn day_month_year(b: &[u8], i: usize) -> Option<(Range<usize>, Range<usize>, Range<usize>)> {
    let n = b[i..]
        .iter()
        .take(2)
        .take_while(|c| c.is_ascii_digit())
        .count();
    // `\d{1,2}` tries two digits first, then one.
    (1..=n).rev().find_map(|d| {
        let m = blanks(b, i + d)?;
        let (_, me) = month(b, m)?;
        let y = blanks(b, me)?;
        let ye = year(b, y)?;
        Some((i..i + d, m..me, y..ye))
    })
}

/// The date after a weekday.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Written {
    /// Day, month's name and year, each where it stands.
    Words {
        day: Range<usize>,
        month: Range<usize>,
        year: Range<usize>,
    },
    /// `2024-03-22`.
    Iso(Range<usize>),
}

/// A weekday and the date written after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct WeekdayDate {
    pub weekday: Range<usize>,
    pub date: Written,
}

/// The weekdays' first letters (`mån`, `tis`, ...), in the pattern's order.
const WEEKDAYS: [&str; 7] = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"];

/// Every weekday written before a date in `line`, as the pattern
/// `(?i)\b((?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?)(?:[ \t]+den)?[ \t,]+`
/// followed by `(\d{1,2})[ \t]+(month)[ \t]+((?:19|20)\d\d)` or
/// `((?:19|20)\d\d-\d\d-\d\d)` finds them.
pub(crate) fn weekday_dates(line: &str) -> Vec<WeekdayDate> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    // Where the search goes on: the end of the last match.
    let mut pos = 0;
    let mut at = 0;
    while let Some(k) = find_dag(&b[at..]) {
        let dag = at + k;
        at = dag + 1;
        let Some(start) = WEEKDAYS
            .iter()
            .map(|w| w.as_bytes())
            .find(|w| dag >= w.len() && b[dag - w.len()..dag].eq_ignore_ascii_case(w))
            .map(|w| dag - w.len())
        else {
            continue;
        };
        if start < pos || (start > 0 && word(b[start - 1])) {
            continue;
        }
        if let Some(m) = weekday_date_at(b, start, dag + 3) {
            pos = match &m.date {
                Written::Words { year, .. } => year.end,
                Written::Iso(r) => r.end,
            };
            at = pos;
            out.push(m);
        }
    }
    out
}

/// `dag` in any ASCII case: where the first one starts. Found by its
/// `g` (rarer than its `d` and `a` in Swedish prose), searched for in
/// either case, each checked for the `da` before it: the `g`s come in
/// the order of the `dag`s they close.
fn find_dag(b: &[u8]) -> Option<usize> {
    memchr::memchr2_iter(b'g', b'G', b)
        .filter(|&i| i >= 2)
        .find(|&i| b[i - 2..i].eq_ignore_ascii_case(b"da"))
        .map(|i| i - 2)
}

/// The rest of the pattern after the weekday's `dag` (ending at `after`).
fn weekday_date_at(b: &[u8], start: usize, after: usize) -> Option<WeekdayDate> {
    // `(?:en)?` and `(?:[ \t]+den)?` are greedy, and giving either back
    // cannot help: what follows must then be a blank, `,` or a digit.
    let end = if starts_ci(b, after, b"en") {
        after + 2
    } else {
        after
    };
    let mut i = end;
    if let Some(d) = blanks(b, i).filter(|&d| starts_ci(b, d, b"den")) {
        if b.get(d + 3)
            .is_some_and(|&c| matches!(c, b' ' | b'\t' | b','))
        {
            i = d + 3;
        }
    }
    let n = b[i.min(b.len())..]
        .iter()
        .take_while(|&&c| matches!(c, b' ' | b'\t' | b','))
        .count();
    if n == 0 {
        return None;
    }
    // `[ \t,]+` is greedy too: a blank it gave back is never a digit.
    let i = i + n;
    let date = match day_month_year(b, i) {
        Some((day, month, year)) => Written::Words { day, month, year },
        None => Written::Iso(i..iso(b, i)?),
    };
    Some(WeekdayDate {
        weekday: start..end,
        date,
    })
}

/// A date in words: where its day, month's name and year stand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct WordsDate {
    pub day: Range<usize>,
    pub month: Range<usize>,
    pub year: Range<usize>,
}

/// Every date in words in `line` (`19 mars 2024`, `1:e april 2024`), as
/// the pattern `(?i)(?:^|[^\d])(\d{1,2})(?:e|:e)?[ \t]+(month)[ \t]+((?:19|20)\d\d)\b`
/// finds them: the character before the day is the match's (so it lies
/// after the last match), and the year ends a word.
pub(crate) fn words_dates(line: &str) -> Vec<WordsDate> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    let mut q = 0;
    while q < b.len() {
        if !b[q].is_ascii_digit() {
            q += 1;
            continue;
        }
        let opens = match line[..q].chars().next_back() {
            None => true,
            Some(c) => q - c.len_utf8() >= pos && !c.is_ascii_digit(),
        };
        match opens.then(|| words_date_at(b, q)).flatten() {
            Some(m) => {
                pos = m.year.end;
                q = pos;
                out.push(m);
            }
            None => q += 1,
        }
    }
    out
}

/// The rest of the words pattern from the day's first digit at `q`.
fn words_date_at(b: &[u8], q: usize) -> Option<WordsDate> {
    let n = b[q..]
        .iter()
        .take(2)
        .take_while(|c| c.is_ascii_digit())
        .count();
    // `\d{1,2}` gives a digit back only to meet a digit: no match either way.
    let d = q + n;
    // `(?:e|:e)?`, greedy; giving it back leaves a letter before the blanks.
    let after = if starts_ci(b, d, b"e") {
        d + 1
    } else if starts_ci(b, d, b":e") {
        d + 2
    } else {
        d
    };
    let m = blanks(b, after)?;
    let (_, me) = month(b, m)?;
    let y = blanks(b, me)?;
    let ye = year(b, y)?;
    if b.get(ye).is_some_and(|&c| word(c)) {
        return None;
    }
    Some(WordsDate {
        day: q..d,
        month: m..me,
        year: y..ye,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_lite::Regex;

    /// Lines of one to four phrases, each phrase one choice from each
    /// slot in turn: most phrases are near misses of a date, many are dates.
    fn lines(slots: &[&[&str]], n: usize) -> Vec<String> {
        let mut seed: u64 = 11;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        (0..n)
            .map(|_| {
                let phrases = 1 + next() % 4;
                let mut h = String::new();
                for _ in 0..phrases {
                    for slot in slots {
                        h.push_str(slot[next() % slot.len()]);
                    }
                }
                h
            })
            .collect()
    }

    #[test]
    fn weekday_dates_are_the_patterns_matches() {
        let re = Regex::new(concat!(
            r"(?i)\b((?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?)(?:[ \t]+den)?[ \t,]+",
            r"(?:(\d{1,2})[ \t]+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)[ \t]+((?:19|20)\d\d)",
            r"|((?:19|20)\d\d-\d\d-\d\d))",
        ))
        .unwrap();
        let slots: &[&[&str]] = &[
            &["", " ", "x", "é", "_", "1", "ö", "sön", "dag "],
            &[
                "mån", "Tis", "ONS", "tors", "fre", "lör", "sön", "MÅN", "Mån", "tor", "x",
            ],
            &["dag", "DAG", "Dag", "da", "dagen", "dagEN", "dage"],
            &["", " den", "\tden", " DEN", " denx", " de", "den"],
            &[" ", ",", " , ", "\t", "", "  ", "x "],
            &[
                "19",
                "2",
                "119",
                "",
                "2024-03-22",
                "1999-01-01",
                "2024-3-22",
                "2024-03-2",
                "2100-01-01",
            ],
            &[" ", "\t", "", "x"],
            &["mars", "MARS", "Maj", "december", "juni", "mar", "Juli"],
            &[" ", "\t", "", "  "],
            &["2024", "1999", "2100", "20245", "202", "2024-03-22", ""],
            &["", " ", ".", "x", "9"],
        ];
        let mut seen = 0;
        for h in lines(slots, 60_000) {
            let want: Vec<WeekdayDate> = re
                .captures_iter(&h)
                .map(|c| WeekdayDate {
                    weekday: c.get(1).unwrap().range(),
                    date: match c.get(5) {
                        Some(iso) => Written::Iso(iso.range()),
                        None => Written::Words {
                            day: c.get(2).unwrap().range(),
                            month: c.get(3).unwrap().range(),
                            year: c.get(4).unwrap().range(),
                        },
                    },
                })
                .collect();
            seen += want.len();
            assert_eq!(weekday_dates(&h), want, "{h:?}");
        }
        assert!(seen > 2_000, "the generator makes matches: {seen}");
        let m = weekday_dates("Sammanträde tisdagen den 19 mars 2024, fredag 2024-03-22");
        assert_eq!(m.len(), 2);
        assert_eq!(m[1].date, Written::Iso(47..57));
    }

    /// The pieces of [`dag_is_found_where_each_place_finds_it`]'s lines:
    /// `dag` and its near misses in several cases, the edge characters.
    const DAG_PIECES: &[&str] = &[
        "d", "D", "a", "A", "g", "G", "da", "DA", "ag", "AG", "dag", "Dag", "DAG", "dAg", "dd",
        "gg", "tisdag", "§", "å", "ä", "ö", "Å", "Ä", "Ö", "É", "\t", "\u{a0}", "\r", "1", "19",
        " ", "x",
    ];

    /// [`find_dag`] finds the first `dag` a test of every place does, on
    /// generated lines.
    #[test]
    fn dag_is_found_where_each_place_finds_it() {
        let mut rng = crate::testing::Rng::new(0x7c15_9e37_f4a7_b979);
        let mut found = 0;
        for _ in 0..40_000 {
            let t = rng.pieces(DAG_PIECES, 12);
            let b = t.as_bytes();
            let plain = b.windows(3).position(|w| w.eq_ignore_ascii_case(b"dag"));
            assert_eq!(find_dag(b), plain, "{t:?}");
            found += usize::from(plain.is_some());
        }
        assert!(found > 10_000, "{found}");
    }

    #[test]
    fn words_dates_are_the_patterns_matches() {
        let re = Regex::new(r"(?i)(?:^|[^\d])(\d{1,2})(?:e|:e)?[ \t]+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)[ \t]+((?:19|20)\d\d)\b").unwrap();
        let slots: &[&[&str]] = &[
            &["", " ", "x", "é", "_", "1", "-", "den "],
            &["1", "19", "3", "119", "", "31"],
            &["", "e", ":e", "E", ":", ":E", "x"],
            &[" ", "\t", "", "  "],
            &["mars", "MARS", "Maj", "december", "juni", "mar", "april"],
            &[" ", "\t", "", "  "],
            &["2024", "1999", "2100", "20245", "202", "1800"],
            &["", " ", ".", "x", "é", "_", "9", "-"],
        ];
        let mut seen = 0;
        for h in lines(slots, 60_000) {
            let want: Vec<WordsDate> = re
                .captures_iter(&h)
                .map(|c| WordsDate {
                    day: c.get(1).unwrap().range(),
                    month: c.get(2).unwrap().range(),
                    year: c.get(3).unwrap().range(),
                })
                .collect();
            seen += want.len();
            assert_eq!(words_dates(&h), want, "{h:?}");
        }
        assert!(seen > 2_000, "the generator makes matches: {seen}");
        assert_eq!(words_dates("den 31 april 2024 och 1:e maj 2024").len(), 2);
    }
}
