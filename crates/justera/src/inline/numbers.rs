//! Case numbers (`KS 2024/123`, `Dnr 0263/20`) and paragraph ranges
//! (`§§ 12-15, 18`).

use super::chars::{boundary, digits_at};
use crate::model::Span;
use crate::model::Text;

/// Case numbers (diarienummer): `SN/2024:31`, `SOF 2024/107`, `KS 2023/1231`,
/// `KS-2024-00104`, `IF-2025-00087`.
pub fn find_case_numbers(s: &str, base: usize) -> Vec<Text> {
    case_number_spans(s)
        .map(|(i, end)| Text::new(&s[i..end], Span::new(base + i, base + end)))
        .collect()
}

/// The first case number in `s`, as its start and end in `s`: for callers
/// that ask only whether or where, without the texts.
pub(crate) fn first_case_number(s: &str) -> Option<(usize, usize)> {
    case_number_spans(s).next()
}

/// The case numbers in `s`, as starts and ends in `s`, in order: for
/// callers that keep some of them, each made a text only when kept.
pub(crate) fn case_number_spans(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = s.as_bytes();
    // Every case number has a year of four digits and then `:`, `/` or
    // `-`: a text without one holds none, and is not read further.
    let year_then_mark = memchr::memchr3_iter(b':', b'/', b'-', b)
        .any(|k| k >= 4 && b[k - 4..k].iter().all(u8::is_ascii_digit));
    let mut i = if year_then_mark { 0 } else { b.len() };
    std::iter::from_fn(move || {
        while i < b.len() {
            let at_word = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] >= 0x80);
            if at_word && b[i].is_ascii_uppercase() {
                let nl = b[i..].iter().take_while(|c| c.is_ascii_uppercase()).count();
                let j = i + nl;
                if (2..=6).contains(&nl) && j < b.len() && matches!(b[j], b'/' | b' ' | b'-') {
                    if let Some(_y) = digits_at(b, j + 1, 4) {
                        let k = j + 5;
                        if k < b.len() && matches!(b[k], b':' | b'/' | b'-') {
                            let nn = b[k + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                            if (1..=6).contains(&nn) && boundary(b, k + 1 + nn) {
                                let (start, end) = (i, k + 1 + nn);
                                i = end;
                                return Some((start, end));
                            }
                        }
                    }
                }
                i += nl;
                continue;
            }
            i += s[i..].chars().next().map(char::len_utf8).unwrap_or(1);
        }
        None
    })
}

/// Paragraph numbers in `§§ 16-18, 28`, `§ 28`, `§§ 24, 37` (ranges expanded,
/// capped so a typo cannot make a huge list).
pub fn paragraph_numbers(s: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut nums: Vec<(u32, bool)> = Vec::new(); // (number, followed by a dash)
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            let v: u32 = s[i..i + n].parse().unwrap_or(0);
            let mut j = i + n;
            while j < b.len() && b[j] == b' ' {
                j += 1;
            }
            let dash = s[j..].starts_with('-') || s[j..].starts_with('–');
            nums.push((v, dash));
            i += n;
            continue;
        }
        i += 1;
    }
    let mut k = 0;
    while k < nums.len() {
        let (v, dash) = nums[k];
        if dash && k + 1 < nums.len() && nums[k + 1].0 >= v && nums[k + 1].0 - v <= 1000 {
            out.extend(v..=nums[k + 1].0);
            k += 2;
        } else {
            out.push(v);
            k += 1;
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_numbers() {
        let c = find_case_numbers(
            "Plan (SN/2024:22) Dnr KS 2023/1231 SOF 2023/599 § 24 Dnr IF-2025-00087",
            0,
        );
        let t: Vec<_> = c.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            t,
            vec![
                "SN/2024:22",
                "KS 2023/1231",
                "SOF 2023/599",
                "IF-2025-00087"
            ]
        );
    }

    #[test]
    fn ranges() {
        assert_eq!(paragraph_numbers("§§ 16-18, 28"), vec![16, 17, 18, 28]);
        assert_eq!(paragraph_numbers("§§1-3"), vec![1, 2, 3]);
        assert_eq!(paragraph_numbers("§§ 24, 37"), vec![24, 37]);
    }
}
