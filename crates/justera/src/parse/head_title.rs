//! A paragraph head's case number and the title after it: the case
//! number as written on the head's line (labelled, bare or in
//! parentheses), a diarieplan code after the number, whether the words
//! there are a title, and the page's stamp a text layer put after the title.

use crate::inline::first_case_number;
use crate::labels::part_kind;
use crate::model::{Span, Text};
use crate::scan::{Item, ItemKind};

/// A line that is nothing but a case number (`KSKF/2024:1`, `Dnr KS 2024/14`),
/// as some templates print above the paragraph heading.
pub(crate) fn case_number_line(t: &str) -> bool {
    let t = t.trim();
    // `SOF 2024/107Beslut`: a converter ran the next heading into the
    // number; the number before it is the line's.
    let b = t.as_bytes();
    if let Some(k) = (1..b.len()).find(|&k| {
        b[k - 1].is_ascii_digit() && b[k].is_ascii_uppercase() && part_kind(&t[k..]).is_some()
    }) {
        return case_number_line(&t[..k]);
    }
    let t = t
        .strip_prefix("Dnr")
        .or_else(|| t.strip_prefix("Diarienummer"))
        .or_else(|| t.strip_prefix("Diarienr"))
        .or_else(|| t.strip_prefix("Ärendenummer"))
        .or_else(|| t.strip_prefix("Ärendenr"))
        .map(|r| r.trim_start_matches([':', '.', ' ']))
        .unwrap_or(t);
    if t.is_empty() || t.len() > 30 || t.contains('§') {
        return false;
    }
    first_case_number(t).is_some_and(|c| c == (0, t.len()))
        || (starts_with_case_number(t) && !t.contains(' '))
}

/// A line that starts with a case number written without the body's
/// letters (`0263/20`, `2024/123`, `2024:31`), or with them.
pub(super) fn starts_with_case_number(t: &str) -> bool {
    if let Some(r) = glued_dnr(t) {
        return starts_with_case_number(r);
    }
    if first_case_number(t).is_some_and(|(a, _)| a == 0) || short_name_case(t).is_some() {
        return true;
    }
    let tok = t.split_whitespace().next().unwrap_or("");
    let digits = tok.bytes().filter(u8::is_ascii_digit).count();
    tok.starts_with(|c: char| c.is_ascii_digit())
        && digits >= 4
        && tok.contains(['/', ':', '-'])
        && tok
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b':' | b'-' | b'.'))
}

/// `Ks 123/2022`, `BUN 45/23`, `SN 2022.123:4`: a body's short name (two
/// to six capitals, or a capital and a small letter) and a number of
/// three digits or more with `/`, `:`, `-` or `.` between digits; the end
/// of the number. The number-first order the case-number reader does not
/// know (it reads `KS 2022/123`).
fn short_name_case(t: &str) -> Option<usize> {
    let t0 = t;
    let t = t.trim_start();
    let lead = t0.len() - t.len();
    let first = t.split(' ').next()?;
    let caps = first
        .chars()
        .filter(|c| c.is_ascii_uppercase() || matches!(c, 'Å' | 'Ä' | 'Ö'))
        .count();
    let n = first.chars().count();
    let short = ((2..=6).contains(&n) && caps == n)
        || (n == 2 && caps == 1 && first.starts_with(|c: char| c.is_uppercase()));
    if !short {
        return None;
    }
    let rest = &t[first.len()..];
    let num = rest.strip_prefix(' ')?.split(' ').next()?;
    let num = num.trim_end_matches([',', '.', ';']);
    let b = num.as_bytes();
    let marks = b
        .iter()
        .filter(|c| matches!(c, b'/' | b':' | b'-' | b'.'))
        .count();
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    let between = b.windows(3).any(|w| {
        w[0].is_ascii_digit() && matches!(w[1], b'/' | b':' | b'-' | b'.') && w[2].is_ascii_digit()
    });
    let only = b
        .iter()
        .all(|c| c.is_ascii_digit() || matches!(c, b'/' | b':' | b'-' | b'.'));
    (b.first().is_some_and(u8::is_ascii_digit) && only && marks >= 1 && digits >= 3 && between)
        .then(|| lead + first.len() + 1 + num.len())
}

/// A head's words after the number that open with a case number, bare,
/// labelled or in parentheses (`(2022-000123) Title`).
pub(super) fn opens_with_case_number(t: &str) -> bool {
    starts_with_case_number(t) || in_parentheses(t).is_some()
}

/// The case number at the start of `t` and what follows it (`Dnr KS
/// 2024/14 Title` -> `KS 2024/14`, ` Title`; `(2022-000123) Title` ->
/// `2022-000123`, ` Title`), `None` when `t` does not start with one.
pub(super) fn after_case_number(t: &str) -> Option<(&str, &str)> {
    in_parentheses(t).or_else(|| bare_case_number(t))
}

/// `(2022-000123)`, `(Dnr 2022-123)`, `(KS 2022/45)`: a case number and
/// nothing else in parentheses (not a date, `(2022-05-10)`).
fn in_parentheses(t: &str) -> Option<(&str, &str)> {
    let inner = t.strip_prefix('(')?;
    let close = inner.find(')')?;
    let (case, after) = bare_case_number(&inner[..close])?;
    let date = case.len() == 10
        && case.bytes().enumerate().all(|(k, b)| {
            if k == 4 || k == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    (after.trim().is_empty() && has_digit(case) && !date).then(|| (case, &inner[close + 1..]))
}

/// `DnrKS-2025-00098`: the label glued to the number (a text layer that
/// lost the space); what follows the label.
fn glued_dnr(t: &str) -> Option<&str> {
    let head = t.get(..3)?;
    let r = &t[3..];
    (head.eq_ignore_ascii_case("dnr")
        && r.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()))
    .then_some(r)
}

fn bare_case_number(t: &str) -> Option<(&str, &str)> {
    let bare = glued_dnr(t).or_else(|| {
        case_label(t).then(|| {
            let word = t.len() - t.trim_start_matches(char::is_alphabetic).len();
            t[word..].trim_start_matches([':', '.', ' '])
        })
    });
    let labelled = bare.is_some();
    let t = bare.unwrap_or(t);
    if let Some((_, end)) = first_case_number(t).filter(|&(a, _)| a == 0) {
        return t.get(end..).map(|a| (&t[..end], a));
    }
    if let Some(end) = short_name_case(t) {
        return Some((t[..end].trim_start(), &t[end..]));
    }
    // A bare number, or `Dnr` with a number the case-number reader does
    // not know: the first word, with the body's short name before it
    // (`Dnr Ks 00-1009 006` -> `Ks 00-1009`).
    if starts_with_case_number(t) || labelled {
        let t = t.trim_start();
        let first = t.split_whitespace().next().unwrap_or("");
        let rest = t[first.len()..].trim_start();
        let second = rest.split_whitespace().next().unwrap_or("");
        let short_name = (1..=6).contains(&first.len()) && first.chars().all(char::is_alphabetic);
        let end = if labelled && short_name && second.contains(|c: char| c.is_ascii_digit()) {
            t.len() - rest.len() + second.len()
        } else {
            first.len()
        };
        return Some((&t[..end], &t[end..]));
    }
    None
}

/// `- `, `– `, `— `, `-- ` (a dash a text layer wrote as two hyphens),
/// `. `, `: ` (`, ` before a case number's label): a separator between a head's number and its title; its
/// byte length with the space after it.
pub(super) fn title_separator(rest: &str) -> Option<usize> {
    if rest.starts_with(". ") || rest.starts_with(": ") {
        return Some(2);
    }
    // `§ 12, Dnr KS 2025/12`: a comma before a labelled case number (a
    // comma before anything else is a reference's, `§ 157, ...`).
    if let Some(r) = rest.strip_prefix(", ") {
        return case_label(r).then_some(2);
    }
    let dashes: usize = rest
        .chars()
        .take(3)
        .take_while(|&c| matches!(c, '-' | '–' | '—'))
        .map(char::len_utf8)
        .sum();
    (dashes > 0 && rest[dashes..].starts_with(' ')).then_some(dashes + 1)
}

/// Words a title goes on after (`... beslut enligt` / `kommunallagen`):
/// a line ending in one is not the title's end.
pub(super) const GOES_ON: &[&str] = &[
    "och",
    "i",
    "för",
    "av",
    "om",
    "till",
    "med",
    "på",
    "vid",
    "från",
    "inom",
    "samt",
    "mot",
    "under",
    "enligt",
    "avseende",
    "gällande",
    "efter",
    "över",
    "åt",
    "den",
    "det",
    "de",
    "en",
    "ett",
    "att",
];

/// Where a title on its head's line runs on into the paragraph's text, as
/// a text layer joins the lines: at a part's label (`Riktlinjer 2026
/// Ärendet Förvaltningen har ...`), or, in a line that ends as a sentence,
/// at the capital that opens the sentence's subject (`Val av justerare
/// Socialnämnden beslutar att ...`): a capitalised word after a word that
/// ends in a small letter, a digit or a bracket and is no word a title
/// goes on after (`om`, `för`, ...), followed by one in small letters.
/// The title keeps two words at least; a proper name in it (`Motion om
/// Familjecentralen i Norrby`) is passed over by those rules.
pub(super) fn runs_on_at(t: &str) -> Option<usize> {
    /// Words into the line the text is looked for, at most.
    const WORDS: usize = 16;
    // The first words, in a fixed array (no list made per line).
    let mut first = [(0usize, ""); WORDS + 4];
    let mut n = 0;
    for w in words_at(t).take(WORDS + 4) {
        first[n] = w;
        n += 1;
    }
    let words = &first[..n];
    let sentence = t.trim_end().ends_with('.');
    for k in 2..words.len().min(WORDS) {
        let ((at, w), (_, p)) = (words[k], words[k - 1]);
        if !w.starts_with(char::is_uppercase)
            || !p.ends_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || c == ')')
            || GOES_ON.contains(&p.to_lowercase().as_str())
        {
            continue;
        }
        let label = (1..=3).any(|n| {
            words.len() > k + n
                && part_kind(&t[at..words[k + n - 1].0 + words[k + n - 1].1.len()]).is_some()
        });
        let subject =
            sentence && words.len() >= k + 4 && words[k + 1].1.starts_with(char::is_lowercase);
        if label || subject {
            return Some(at);
        }
    }
    None
}

/// `Val av justerare          Sida 3 (9)`: the page's counter a text layer
/// put on the head's line after the title (`Sida 3 (9)`, `Sida 3 av 9`,
/// or `3 (9)` past a gap in `raw`, the line as written); the title
/// without it.
pub(super) fn without_page_counter<'a>(title: &'a str, raw: &str) -> &'a str {
    let t = title.trim_end();
    if !t.ends_with(|c: char| c.is_ascii_digit() || c == ')') {
        return title;
    }
    let spaces: Vec<usize> = t.rmatch_indices(' ').map(|(k, _)| k).take(4).collect();
    for &k in spaces.iter().rev() {
        let counter = &t[k + 1..];
        let before = t[..k].trim_end();
        let sida = counter
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("sida"));
        let gap = raw
            .trim_end()
            .strip_suffix(counter)
            .is_some_and(|r| r.ends_with("  ") || r.ends_with('\t'));
        if !before.is_empty() && (sida || gap) && crate::scan::known_furniture(counter) {
            return before;
        }
    }
    title
}

/// A title's first letter a capital, after an opening quote too
/// (`”Trygg i Sjövik” – medborgarförslag`).
pub(super) fn capitalised(t: &str) -> bool {
    let t = t.trim_start_matches(['"', '”', '“', '„', '»', '«', '\'', '’']);
    t.starts_with(char::is_uppercase)
}

/// Words after a head's number that may be a title though they open in
/// small letters or with a digit (`e-tjänster för medborgare`, `eHälsa`,
/// `3D-plan för centrum`, `2025 års budget`): not a word that carries a
/// reference on (`och 41`, `i kommunallagen`, `punkt 2`), not a sentence.
pub(super) fn small_title(t: &str) -> bool {
    const ON: &[&str] = &[
        "och", "i", "samt", "se", "enligt", "jfr", "om", "till", "med", "ska", "är", "har",
        "punkt", "p", "st", "mom", "kap", "första", "andra", "tredje", "stycket", "sista",
    ];
    let mut words = t.split_whitespace();
    let first = words.next().unwrap_or("");
    let head = first.trim_end_matches([',', '.', ':']);
    let small = first.starts_with(|c: char| c.is_lowercase());
    let digit = first.starts_with(|c: char| c.is_ascii_digit());
    // A number alone is a title only as a year's (`2025 års budget`), not
    // an amount (`2024 kronor`).
    let number_ok = !digit
        || head.contains(char::is_alphabetic)
        || (head.len() == 4 && words.next() == Some("års"));
    (small || digit)
        && number_ok
        && !ON.contains(&head)
        && !t.trim_end().ends_with(['.', ':', ','])
        && t.len() <= 100
}

/// `§ 12 1. Title`, `§ 12 3) Title`, `§ 12 (3) Title`, `§ 12 3 Title`,
/// `§ 12. 1. Title`: an agenda's item number between the paragraph's
/// number (and a separator) and a capitalised title (or a case number);
/// the byte length of the separator, the space and the item number before
/// the title's space, 0 when there is none. The item number is the
/// agenda's, not the title's.
pub(super) fn agenda_number(after: &str) -> usize {
    item_number(after, true)
}

/// [`agenda_number`] closed by a point or a bracket: after `12 §` a bare
/// number (`1 § 12 Title`) may be the paragraph's, the first its item's.
pub(super) fn closed_agenda_number(after: &str) -> usize {
    item_number(after, false)
}

fn item_number(after: &str, bare: bool) -> usize {
    item_number_in(after, bare, false)
}

/// [`agenda_number`] of `after` with a space before it (`format!(" {t}")`),
/// less that space, read without the copy: a title below its head that
/// may open with its item number.
fn spaced_agenda_number(t: &str) -> usize {
    item_number_in(t, true, true).saturating_sub(1)
}

/// [`item_number`] of `after`, read as if a space stood before it when
/// `spaced` (counted in the length returned).
fn item_number_in(after: &str, bare: bool, spaced: bool) -> usize {
    // `§ 12. 1. Title`, `§ 12 – 1. Title`: a separator before it. After
    // the space alone a dash is one (the space its first byte).
    let seps: &[&str] = if spaced {
        &["-", "–"]
    } else {
        &[".", ":", " -", " –"]
    };
    let sep = seps
        .iter()
        .find(|s| after.starts_with(*s))
        .map_or(0, |s| s.len());
    let t = after[sep..].trim_start();
    let lead = usize::from(spaced);
    let sp = lead + after.len() - t.len();
    let sep = if sep > 0 { lead + sep } else { 0 };
    let open = usize::from(t.starts_with('('));
    let nd = t[open..].bytes().take_while(u8::is_ascii_digit).count();
    let r = &t[open + nd..];
    // Closed by a point or a bracket (`1.`, `3)`, `(3)`), or bare before
    // the title (`3 Title`) as a table's column leaves it.
    let close = match (open, r.chars().next()) {
        (1, Some(')')) => 1,
        (0, Some('.' | ')')) => 1,
        (0, Some(c)) if bare && c.is_whitespace() => 0,
        _ => return 0,
    };
    let title = Some(&r[close..])
        .filter(|r| r.starts_with(char::is_whitespace))
        .map(str::trim_start);
    let titled =
        title.is_some_and(|r| capitalised(r) || opens_with_case_number(r) || case_label(r));
    if sp == sep || !(1..=3).contains(&nd) || !titled {
        return 0;
    }
    sp + open + nd + close
}

/// A title below its head as it reads: without the agenda's item number
/// it opens with (`1. Val av justerare` under `§ 11`) or a labelled case
/// number ending it (`Budget 2026 Dnr 2025/12`); its span, and the case
/// number cut off.
pub(super) fn title_below(src: &str, t: &str, span: Span) -> (String, Span, Option<Text>) {
    let k = spaced_agenda_number(t);
    let (title, case) = without_trailing_case(t[k..].trim_start());
    let raw = span.of(src);
    // Looked for only when something was cut off it.
    let cut = k > 0 || case.is_some();
    let Some(at) = cut.then(|| raw.find(title)).flatten() else {
        return (t.to_string(), span, None);
    };
    let case = case.and_then(|c| {
        let from = raw.rfind(c)?;
        Some(Text::new(
            c,
            Span::new(span.start + from, span.start + from + c.len()),
        ))
    });
    let start = span.start + at;
    (
        title.to_string(),
        Span::new(start, start + title.len()),
        case,
    )
}

/// A numbered list item just under a head with no title (`§ 11` / `1. Val
/// av justerare`, the agenda's number set as a list): the title when it is
/// short, capitalised, no sentence or label, and no list goes on below it
/// (a decision's points do).
pub(super) fn listed_title(it: &Item, next: Option<&Item>) -> bool {
    let t = it.text.as_ref();
    matches!(it.kind, ItemKind::ListItem(Some(_)))
        && t.len() <= 120
        && capitalised(t)
        && !t.ends_with(['.', ':', ',', ';'])
        && crate::labels::part_kind(t).is_none()
        && next.is_none_or(|x| !matches!(x.kind, ItemKind::ListItem(_)))
}

/// `Budget 2026 Dnr SN 2025/12`, `Budget 2026, dnr 2025/12`: a labelled
/// case number ending a head's line after its title; the title without it
/// and the punctuation before it, and the case number. A label followed
/// by more words is left: the title runs on there.
pub(super) fn without_trailing_case(t: &str) -> (&str, Option<&str>) {
    // Each space, read off the bytes (a label opens with `d`, `D`, `ä`
    // or `Ä`: most are passed at once).
    for k in (0..t.len()).filter(|&k| t.as_bytes()[k] == b' ') {
        let after = &t[k + 1..];
        if !case_label(after) {
            continue;
        }
        if let Some((case, rest)) = bare_case_number(after) {
            let title = t[..k].trim_end_matches([' ', ',', ';', '-', '–']);
            if has_digit(case) && rest.trim().is_empty() && !title.is_empty() {
                return (title, Some(case));
            }
        }
    }
    (t, None)
}

/// Whether a case number as read holds a number (`Dnr Ks` does not).
pub(super) fn has_digit(case: &str) -> bool {
    case.contains(|c: char| c.is_ascii_digit())
}

/// `Dnr`, `DNR:`, `Diarienummer`, `Diarienr`, `Ärendenr`, `Ärendenummer`: a case
/// number's label, in any case.
pub(super) fn case_label(t: &str) -> bool {
    // Every label opens with `d` or `ä`, which only `D` and `Ä` lower to:
    // most words are asked no further.
    if !t.starts_with(['d', 'D', 'ä', 'Ä']) {
        return false;
    }
    // The word in lower case, in place: no label is longer than 13 bytes
    // (a word only grows as it is read).
    let mut w = [0u8; 13];
    let mut n = 0;
    for c in t.chars().take_while(|c| c.is_alphabetic()) {
        for l in c.to_lowercase() {
            if n + l.len_utf8() > w.len() {
                return false;
            }
            n += l.encode_utf8(&mut w[n..]).len();
        }
    }
    let w = &w[..n];
    w == b"dnr"
        || w == b"diarienummer"
        || w == b"diarienr"
        || w == "ärendenr".as_bytes()
        || w == "ärendenummer".as_bytes()
}

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

/// The part of `span` after a leading paragraph or item number and its
/// punctuation (`§ 20 `, `5. `, `$ 155 - `).
pub(super) fn after_number(src: &str, span: Span) -> Span {
    let raw = span.of(src);
    let rest = raw.trim_start_matches(|c: char| {
        c == '§'
            || c == '$'
            || c.is_ascii_digit()
            || c.is_whitespace()
            || matches!(c, '.' | ')' | ':' | '-' | '–' | '*')
    });
    Span::new(span.end - rest.len(), span.end)
}

/// Where a title line runs on into the paragraph's text: at a part
/// heading inside the line (`Godkännande av dagordning Kommunfullmäktiges
/// beslut Dagordningen godkännes.`), or, in a line that ends as a sentence,
/// at the capital that opens the sentence (`Allmänhetens frågestund Inga
/// frågor ställs.`). A title is not a sentence.
pub(super) fn run_on(t: &str) -> Option<usize> {
    if let Some(k) = run_on_case_label(t) {
        return Some(k);
    }
    // A long line is text, with or without a title in it.
    if t.len() > 120 {
        return None;
    }
    run_on_sentence(t)
}

/// `Title. Ärendenummer 2015/00765 Styrelsen beslutar ...`: the case
/// number's label ends the title, however long the line, and on the first
/// of a title's lines too (the line wrapped after the number).
pub(super) fn run_on_case_label(t: &str) -> Option<usize> {
    let f = if may_hold_case_label(t) {
        t.to_lowercase()
    } else {
        String::new()
    };
    for label in CASE_LABELS {
        if let Some(k) = f.find(label) {
            let after = &f[k + label.len()..];
            // `Dnr 2015/00765`, `Dnr KS 2024/14`: a number comes at once.
            let numbered = after
                .split_whitespace()
                .take(2)
                .any(|w| w.chars().any(|c| c.is_ascii_digit()));
            if k > 0 && numbered && t.is_char_boundary(k) {
                return Some(k + 1);
            }
        }
    }
    None
}

/// The words of `t` between single spaces, each with its byte offset.
fn words_at(t: &str) -> impl Iterator<Item = (usize, &str)> {
    t.split(' ')
        .scan(0, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// Where a short title line runs on into a sentence or a part heading.
fn run_on_sentence(t: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = words_at(t).collect();
    let opens = |k: usize| {
        let (_, w) = words[k];
        let (_, p) = words[k - 1];
        w.starts_with(char::is_uppercase)
            && p.ends_with(|c: char| c.is_lowercase())
            && !p.ends_with(['(', ':'])
    };
    for k in 2..words.len() {
        if !opens(k) {
            continue;
        }
        let at = words[k].0;
        for n in 1..=3 {
            let Some(&(e, w)) = words.get(k + n - 1) else {
                break;
            };
            if part_kind(&t[at..e + w.len()]).is_some() && words.len() > k + n {
                return Some(at);
            }
        }
    }
    if !t.ends_with('.') {
        return None;
    }
    (2..words.len().saturating_sub(1))
        .find(|&k| opens(k))
        .map(|k| words[k].0)
}

/// The case number's labels that end a title running on into its text,
/// in lower case.
const CASE_LABELS: [&str; 5] = [
    " dnr ",
    " dnr: ",
    " diarienummer ",
    " ärendenummer ",
    " diarienr ",
];

/// A necessary condition of one of [`CASE_LABELS`] in `t` in lower case:
/// `dnr`, `diarie` or `rendenummer` in any ASCII case (lower case makes
/// these letters only from themselves), so most lines are not lowered.
fn may_hold_case_label(t: &str) -> bool {
    use crate::text::has_ascii_ci;
    has_ascii_ci(t, b"dnr", 0)
        || has_ascii_ci(t, b"diarie", 0)
        || has_ascii_ci(t, b"rendenummer", 3)
}

#[cfg(test)]
mod tests;
