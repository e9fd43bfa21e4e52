//! The running header as the meeting's own line, when the body text does
//! not give the meeting's date: a protocol typed with the body's name and
//! the date only in its page header (`Socialnämnden   Sammanträdesdatum
//! 2024-03-18` on every page) would otherwise lose both with the page
//! furniture. Then the first page's header is kept once, at the top of the
//! text, its parts apart by spaces as a header line reads in a text file;
//! where the first page's text shows the header's date itself, the header
//! goes as furniture, as before.

use crate::inline::MONTHS;

/// The dates written in `t`: `2024-03-18` and `18 mars 2024`, as written.
pub(super) fn dates(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let words: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    for (k, w) in words.iter().enumerate() {
        let b = w.as_bytes();
        let iso = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if iso {
            out.push(w.to_string());
            continue;
        }
        let day = w.len() <= 2 && w.bytes().all(|c| c.is_ascii_digit());
        if let (true, Some(m), Some(y)) = (day, words.get(k + 1), words.get(k + 2)) {
            let year = y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit());
            if year && MONTHS.contains(&m.to_lowercase().as_str()) {
                out.push(format!("{w} {m} {y}"));
            }
        }
    }
    out
}

/// Whether the first page's header gives the meeting what its text does
/// not: the header names something first (its first part, words) and has
/// a date, and the first page's text shows neither that name (a title page
/// repeating its header) nor any of the header's dates. A header of
/// several lines (a header table) must name the body that met
/// (`Barn- och utbildningsnämnden`): a meeting system's header names a
/// case or a title there (`Ärende 4-5`, `Stackens Vårmöte`).
pub(super) fn gives_the_meeting(header: &str, first_page: &str) -> bool {
    let rows = header.lines().filter(|l| !l.trim().is_empty()).count();
    let body = || {
        header
            .replace("**", "")
            .split(['\t', '\n'])
            .map(str::trim)
            .filter(|p| p.starts_with(char::is_uppercase))
            .flat_map(str::split_whitespace)
            .any(|w| crate::inline::body_word(&crate::inline::fold(w)))
    };
    if rows > 1 && !body() {
        return false;
    }
    let name = header
        .replace("**", "")
        .split(['\t', '\n'])
        .map(str::trim)
        .find(|p| !p.is_empty())
        .unwrap_or("")
        .to_lowercase();
    let words = name
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .count();
    let found = dates(header);
    let page = first_page.to_lowercase();
    words >= 1
        && !page.contains(name.as_str())
        && !found.is_empty()
        && found.iter().all(|d| !first_page.contains(d.as_str()))
}

/// The most lines a running header kept as the meeting's has: a typed
/// line, or a header table's few rows.
pub(super) const MAX_LINES: usize = 4;

/// A header line as the text shows it: emphasis markers off, its parts
/// (tab-separated) apart by three spaces, a page counter's part left out
/// (`Sida 1(3)`, `1 (3)`: the first page's, wrong on every other).
pub(super) fn header_line(t: &str) -> String {
    t.replace("**", "")
        .split('\t')
        .map(str::trim)
        .filter(|p| !p.is_empty() && !page_counter(p))
        .collect::<Vec<_>>()
        .join("   ")
}

/// `Sida 1(3)`, `1 (3)`, `Sida 2 av 12`, `3`: a part that counts pages.
fn page_counter(p: &str) -> bool {
    let l = p.to_lowercase();
    let rest = l
        .strip_prefix("sida")
        .or_else(|| l.strip_prefix("sid."))
        .or_else(|| l.strip_prefix("sid"))
        .unwrap_or(&l)
        .replace(" av ", "/")
        .replace(['(', ')', '/', ' '], "");
    !rest.is_empty() && rest.len() <= 8 && rest.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_written() {
        assert_eq!(
            dates("Socialnämnden, 2024-03-18 och den 19 mars 2024 (2024-3-1)"),
            ["2024-03-18", "19 mars 2024"]
        );
        assert!(dates("Sida 3 av 12, 2024").is_empty());
    }

    #[test]
    fn a_header_with_the_only_date_gives_the_meeting() {
        let header = "Socialnämnden\tSammanträdesdatum 2024-03-18";
        assert!(gives_the_meeting(header, "Ledamöter\nAnna Al (S)"));
        // Near misses: the text shows the date; the header has no date;
        // only a page counter.
        assert!(!gives_the_meeting(
            header,
            "Plats och tid 2024-03-18 kl. 18.00"
        ));
        assert!(!gives_the_meeting("Socialnämnden\tProtokoll", "Ledamöter"));
        // A title page that repeats its header's name.
        assert!(!gives_the_meeting(header, "# Socialnämnden\nÄrenden"));
        assert!(!gives_the_meeting("Sida 1 av 12", "Ledamöter"));
        assert_eq!(
            header_line("**Socialnämnden**\t\tSammanträdesdatum 2024-03-18"),
            "Socialnämnden   Sammanträdesdatum 2024-03-18"
        );
    }
}
