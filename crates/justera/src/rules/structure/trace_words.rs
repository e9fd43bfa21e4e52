//! The words `unread-structure`'s traces read on a line: those of the
//! line in lower case (letters, digits and `-` kept), read off the line
//! itself when lowering it changes no character's length or class, and
//! compared with the traces' words in lower case, without a lower-case copy
//! of the line or a list of its words.

use std::borrow::Cow;

/// The text whose words are those of `t` in lower case, compared by
/// [`eq_low`]: `t` itself when every character of it is ASCII or Latin-1
/// (no byte from 0xC4 on), which lower case maps one to one onto
/// characters of the same length and class (`À` to `Þ` but `×` are letters
/// as their small forms are); else `t` in lower case.
pub(super) fn low_text(t: &str) -> Cow<'_, str> {
    if t.bytes().all(|b| b < 0xC4) {
        Cow::Borrowed(t)
    } else {
        Cow::Owned(crate::text::to_lower(t))
    }
}

/// Whether the character at byte `i` of `s` (a character boundary) is
/// kept in a word (a letter, digit or `-`), and its length.
#[inline(always)]
fn kept_at(s: &str, i: usize) -> (bool, usize) {
    let b = s.as_bytes();
    match b[i] {
        c @ 0..=0x7f => (c.is_ascii_alphanumeric() || c == b'-', 1),
        // U+00C0 to U+00FF: letters but `×` and `÷`.
        0xC3 => (!matches!(b.get(i + 1), Some(0x97 | 0xB7)), 2),
        _ => s[i..]
            .chars()
            .next()
            .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
    }
}

/// The words of `s` (runs of letters, digits and `-`), as slices of it.
pub(super) fn word_iter(s: &str) -> impl Iterator<Item = &str> {
    let mut i = 0;
    std::iter::from_fn(move || {
        let n = s.len();
        let start = loop {
            if i >= n {
                return None;
            }
            let (kept, len) = kept_at(s, i);
            if kept {
                break i;
            }
            i += len;
        };
        while i < n {
            let (kept, len) = kept_at(s, i);
            if !kept {
                break;
            }
            i += len;
        }
        Some(&s[start..i])
    })
}

/// Whether the bytes `w` (starting at a character boundary or at a byte
/// no lower-case target opens with) in lower case are `target`'s, of the
/// same length: ASCII lowered, and the second byte of `À` to `Þ` but `×`
/// raised by 0x20 (Latin-1 lowered), as [`crate::text::to_lower`] does.
/// On a text that is lower case already, this is equality.
fn low_bytes_eq(w: &[u8], target: &[u8]) -> bool {
    let mut prev = 0u8;
    for (&c, &d) in w.iter().zip(target) {
        let l = if c < 0x80 {
            c.to_ascii_lowercase()
        } else if prev == 0xC3 && (0x80..=0x9E).contains(&c) && c != 0x97 {
            c + 0x20
        } else {
            c
        };
        if l != d {
            return false;
        }
        prev = c;
    }
    true
}

/// Whether the word `w` of [`low_text`] is `target` (in lower case).
pub(super) fn eq_low(w: &str, target: &str) -> bool {
    w.len() == target.len() && low_bytes_eq(w.as_bytes(), target.as_bytes())
}

/// Whether `w` in lower case starts with `p`.
fn starts_low(w: &str, p: &str) -> bool {
    w.len() >= p.len() && low_bytes_eq(&w.as_bytes()[..p.len()], p.as_bytes())
}

/// Whether `w` in lower case holds `p` (which opens with ASCII).
fn contains_low(w: &str, p: &str) -> bool {
    let (b, n) = (w.as_bytes(), p.len());
    b.len() >= n && (0..=b.len() - n).any(|k| low_bytes_eq(&b[k..k + n], p.as_bytes()))
}

fn number(w: &str) -> bool {
    !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit())
}

/// A counted vote's trace in the words of a line: a tally (`7 ja-röster`,
/// `ja-röster: 7`, `Ja: 7`, `7 röster ja`, `7 ja och 6 nej`), a roll call
/// written as prose (`röstade ja`, `röstar nej`), or a line that opens with
/// `Omröstning` and does not say there was none.
pub(super) fn vote_words(t: &str) -> bool {
    let s = low_text(t);
    let any = |x: &str, of: &[&str]| of.iter().any(|y| eq_low(x, y));
    let yes_no = |x: &str| {
        any(
            x,
            &[
                "ja",
                "nej",
                "ja-röster",
                "nej-röster",
                "jaröster",
                "nejröster",
                "ja-röst",
            ],
        )
    };
    // The words read in one pass, each with the two before it and the one
    // after it, without a vector of them.
    let mut words = word_iter(&s);
    let mut word = words.next();
    let opens = word.is_some_and(|x| {
        any(
            x,
            &[
                "omröstning",
                "omröstningen",
                "omröstningsresultat",
                "omröstningsresultatet",
            ],
        )
    });
    let (mut two_before, mut before): (Option<&str>, Option<&str>) = (None, None);
    let mut negated = false;
    while let Some(x) = word {
        let after = words.next();
        negated = negated || (opens && any(x, &["ej", "inte", "ingen", "inga", "icke"]));
        if yes_no(x) {
            if before.is_some_and(number) || after.is_some_and(number) {
                return true;
            }
            // `7 röster ja`
            if before.is_some_and(|b| eq_low(b, "röster")) && two_before.is_some_and(number) {
                return true;
            }
            // `röstade ja`, `röstar nej`
            if before.is_some_and(|b| starts_low(b, "röst") && !eq_low(b, "röster"))
                && !contains_low(x, "röst")
            {
                return true;
            }
        }
        (two_before, before, word) = (before, Some(x), after);
    }
    opens && !negated
}

/// A reservation in the words of a line: `reserverar sig`, `reserverade
/// sig`, and no `ingen` or `inga`.
pub(super) fn reservation_words(t: &str) -> bool {
    let s = low_text(t);
    let mut prev: Option<&str> = None;
    let mut found = false;
    for x in word_iter(&s) {
        if eq_low(x, "ingen") || eq_low(x, "inga") {
            return false;
        }
        found = found
            || (eq_low(x, "sig")
                && prev.is_some_and(|p| {
                    eq_low(p, "reserverar") || eq_low(p, "reserverade") || eq_low(p, "reservera")
                }));
        prev = Some(x);
    }
    found
}

/// A line in lower case, to take its words from ([`words`]): the plain
/// reading of the traces' words ([`vote_words`] reads them off the line).
#[cfg(test)]
pub(super) fn lower(t: &str) -> String {
    crate::text::to_lower(t)
}

/// The words of a lower-case line (`lower`), letters, digits and hyphens
/// kept: slices of it, not a string each.
#[cfg(test)]
pub(super) fn words(low: &str) -> Vec<&str> {
    let b = low.as_bytes();
    let mut out = Vec::new();
    // Where the word being read started.
    let mut start = None;
    let mut i = 0;
    while i < b.len() {
        // An ASCII byte is its character (tested without decoding, as
        // most are); another character is decoded.
        let (kept, len) = match b[i] {
            c @ 0..=0x7f => (c.is_ascii_alphanumeric() || c == b'-', 1),
            _ => low[i..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
        };
        match (kept, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&low[s..i]);
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        out.push(&low[s..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::structure::unread_structure::may_trace_reservation;

    /// `vote_words` as it was: the words of a lower-case copy, compared.
    fn vote_words_plain(t: &str) -> bool {
        let low = lower(t);
        let w = words(&low);
        let yes_no = |x: &str| {
            matches!(
                x,
                "ja" | "nej" | "ja-röster" | "nej-röster" | "jaröster" | "nejröster" | "ja-röst"
            )
        };
        for (k, x) in w.iter().enumerate() {
            if !yes_no(x) {
                continue;
            }
            let before = k.checked_sub(1).map(|j| w[j]);
            let after = w.get(k + 1).copied();
            let two_before = k.checked_sub(2).map(|j| w[j]);
            if before.is_some_and(number) || after.is_some_and(number) {
                return true;
            }
            if before == Some("röster") && two_before.is_some_and(number) {
                return true;
            }
            if before.is_some_and(|b| b.starts_with("röst") && b != "röster") && !x.contains("röst")
            {
                return true;
            }
        }
        let opens = w.first().is_some_and(|x| {
            matches!(
                *x,
                "omröstning" | "omröstningen" | "omröstningsresultat" | "omröstningsresultatet"
            )
        });
        if opens {
            let negated = w
                .iter()
                .any(|x| matches!(*x, "ej" | "inte" | "ingen" | "inga" | "icke"));
            return !negated;
        }
        false
    }

    /// `reservation_words` as it was.
    fn reservation_words_plain(t: &str) -> bool {
        let low = lower(t);
        let w = words(&low);
        w.windows(2)
            .any(|p| matches!(p[0], "reserverar" | "reserverade" | "reservera") && p[1] == "sig")
            && !w.iter().any(|x| matches!(*x, "ingen" | "inga"))
    }

    /// The words read off the line are the lower-case copy's, and both
    /// traces find what the copy's words find; generated lines of the
    /// traces' words in every case, their look-alikes, Latin-1 and other
    /// letters (some whose lower case is longer or of another class),
    /// digits, marks and white space.
    #[test]
    fn words_off_the_line_are_the_lower_case_copys() {
        let pieces = [
            "ja",
            "JA",
            "Ja",
            "nej",
            "NEJ",
            "röster",
            "RÖSTER",
            "Röst",
            "-röster",
            "-RÖST",
            "röstade",
            "RÖSTAR",
            "jaröster",
            "NEJRÖSTER",
            "Omröstning",
            "OMRÖSTNINGSRESULTATET",
            "omröstningen",
            "ingen",
            "INGA",
            "Ej",
            "inte",
            "ICKE",
            "reserverar",
            "RESERVERADE",
            "Reservera",
            "sig",
            "SIG",
            "7",
            "12",
            "1234",
            " ",
            ", ",
            ": ",
            "(",
            "-",
            "×",
            "÷",
            "ß",
            "Ø",
            "é",
            "É",
            "²",
            "ª",
            "\u{a0}",
            "İ",
            "ẞ",
            "\u{212a}",
            "Ж",
            "Σ",
            "\u{301}",
            "ö",
            "Ö",
            "x",
        ];
        let mut rng = crate::testing::Rng::new(0x9b05_688c_2b3e_6c1f);
        let (mut votes, mut reservations) = (0, 0);
        for k in 0..80_000 {
            // Pieces run together, and words apart (a space two times in three).
            let t = if k % 2 == 0 {
                rng.pieces(&pieces, 10)
            } else {
                rng.phrase(&pieces[..30], 6)
            };
            let s = low_text(&t);
            let low = lower(&t);
            let read: Vec<String> = word_iter(&s).map(lower).collect();
            assert_eq!(read, words(&low), "{t:?}");
            let v = vote_words(&t);
            assert_eq!(v, vote_words_plain(&t), "{t:?}");
            let r = reservation_words(&t);
            assert_eq!(r, reservation_words_plain(&t), "{t:?}");
            // Its prefilter needs no search where the marks found `reserver`.
            assert!(!r || may_trace_reservation(&t), "{t:?}");
            votes += usize::from(v);
            reservations += usize::from(r);
        }
        assert!(
            votes > 3_000 && reservations > 150,
            "{votes} {reservations}"
        );
    }

    /// [`words`] is the plain reading, a split at every character that
    /// is no letter, digit or `-`, on generated lines of ASCII and other
    /// letters, digits, marks and white space.
    #[test]
    fn words_are_the_plain_split() {
        let pieces = [
            "ja",
            "röst",
            "-",
            "7",
            " ",
            ",",
            ":",
            "é",
            "ö",
            "\u{301}",
            "\u{a0}",
            "ж",
            "½",
            "²",
            "İ",
            "i\u{307}",
            "—",
            "\t",
            "ß",
            "Ω",
            "x",
            "(",
            "\u{1f600}",
        ];
        let mut rng = crate::testing::Rng::new(0x6a09_e667_f3bc_c908);
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 16);
            let plain: Vec<&str> = t
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words(&t), plain, "{t:?}");
        }
    }
}
