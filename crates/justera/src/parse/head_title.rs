//! A paragraph head's title after its case number: a diarieplan code
//! after the number, whether the words there are a title, and the page's
//! stamp a text layer put after the title.

/// `- 200 Delgivningar`: the diarieplan code some templates print after
/// the case number (`Dnr 0015/13 - 200`), skipped.
pub(super) fn skip_file_code(r: &str) -> &str {
    let t = r.trim_start();
    if let Some(x) = t.strip_prefix('-').or_else(|| t.strip_prefix('–')) {
        let x = x.trim_start();
        let d = x.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=4).contains(&d) && x[d..].chars().next().is_none_or(char::is_whitespace) {
            return &x[d..];
        }
    }
    r
}

/// Words that are a title: the first capitalised and written in lower
/// case after that (`VA-verksamhetsområde`) or all in capitals
/// (`DELGIVNINGAR`), not more file codes or a label and its value
/// (`KS-16 Diariekod: 101`); a colon further on is the title's (`Remiss:
/// Avgift ...`, `Kyvik 3:147`). One word is a title when it is a word.
pub(super) fn is_title(t: &str) -> bool {
    let mut words = t.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next();
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    let word = first.chars().all(|c| c.is_alphabetic() || c == '-');
    let lower = letters.iter().skip(1).filter(|c| c.is_lowercase()).count();
    let mixed = letters.len() >= 3 && lower * 2 > letters.len() - 1;
    let caps = word && letters.len() >= 4 && lower == 0;
    first.starts_with(char::is_uppercase)
        && !first.ends_with(':')
        && second.map_or(word, |w| !w.ends_with(':'))
        && (mixed || caps)
}

/// `DELGIVNINGAR MYN 2013-04-04` on the line of `MYN § 19`: the page's
/// stamp (the body's short name as the head writes it, and a date) after
/// the title; the title without it.
pub(super) fn without_stamp<'a>(title: &'a str, marker: &str) -> &'a str {
    let prefix = marker.split_whitespace().next().unwrap_or("");
    if prefix.is_empty() || !prefix.chars().all(char::is_alphabetic) {
        return title;
    }
    let iso = |d: &str| {
        d.len() == 10
            && d.bytes().enumerate().all(|(k, b)| {
                if k == 4 || k == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            })
    };
    let mut words = title.rsplitn(3, ' ');
    match (words.next(), words.next(), words.next()) {
        (Some(d), Some(a), Some(rest)) if a == prefix && iso(d) => rest.trim_end(),
        _ => title,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_after_a_case_number_its_code_and_before_a_stamp() {
        assert_eq!(skip_file_code(" - 200 DELGIVNINGAR"), " DELGIVNINGAR");
        assert_eq!(skip_file_code(" - Delgivningar"), " - Delgivningar");
        assert!(is_title("DELGIVNINGAR MYN 2013-04-04"));
        assert!(is_title("Delgivningar"));
        assert!(is_title("Årsredovisning 2024"));
        assert!(!is_title("KS-16 Diariekod: 101"));
        assert!(!is_title("KS-16"));
        assert!(!is_title("AB"));
        assert_eq!(
            without_stamp("DELGIVNINGAR MYN 2013-04-04", "MYN § 19"),
            "DELGIVNINGAR"
        );
        // Another body's name, or no date: part of the title.
        assert_eq!(
            without_stamp("Yttrande till KS 2013-04-04", "MYN § 19"),
            "Yttrande till KS 2013-04-04"
        );
        assert_eq!(
            without_stamp("Budget MYN 2013", "MYN § 19"),
            "Budget MYN 2013"
        );
        assert_eq!(
            without_stamp("Budget § 2013-04-04", "§ 19"),
            "Budget § 2013-04-04"
        );
    }
}
