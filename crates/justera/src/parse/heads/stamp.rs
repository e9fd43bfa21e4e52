//! A stamp some meeting systems print over each paragraph's page, naming
//! the body, the meeting's date and the paragraph on one line
//! (`Tekniska nämnden 2025-03-11 § 12`, `Kommunstyrelsen |
//! Sammanträdesprotokoll | 2025-03-11 | § 12`, `§ 12   Tekniska nämnden
//! 2025-03-11`): over the head it opens the paragraph, between the head
//! and the title or over a page that goes on with the paragraph it is
//! page furniture, and where no head follows it is the head, its title
//! below. The same line in a list of documents cites another protocol
//! (`Tekniska nämndens arbetsutskott 2025-02-25 § 9`): a stamp's head is
//! unsure, kept only where the numbering goes on.

use super::below::title_below;
use super::head::Head;
use crate::inline::find_dates;
use crate::parse::head_number::head_marker;
use crate::parse::meeting::is_body_name;
use crate::scan::{Item, ItemKind};

/// Lines a stamp stands above its head, at most (blank lines, a page's
/// furniture and a case number between).
const REACH: usize = 4;

/// The words a stamp may carry beside the body's name and the date.
const DOCUMENT_WORDS: &[&str] = &[
    "sammanträdesprotokoll",
    "protokoll",
    "protokollsutdrag",
    "sammanträdesdatum",
    "utdrag",
    "datum",
    "paragraf",
    "sida",
    "av",
];

/// The paragraph a stamp line names: `§ N` at its end or its start, one
/// date, and otherwise only a body's name, a document's word
/// (`Sammanträdesprotokoll`) and separators (`|`, tabs, runs of spaces).
pub(crate) fn stamp_number(t: &str) -> Option<u32> {
    let t = t.trim();
    if t.len() > 120 || !sign_at_an_end(t) {
        return None;
    }
    let (number, rest) = if t.starts_with('§') {
        let m = head_marker(t).filter(|m| m.suffix.last.is_none() && !m.named)?;
        let rest = &t[m.len..];
        if !rest.starts_with(char::is_whitespace) {
            return None;
        }
        (m.number, rest)
    } else {
        let k = t.rfind('§')?;
        let m = head_marker(&t[k..]).filter(|m| m.len == t.len() - k && m.suffix.last.is_none())?;
        (m.number, &t[..k])
    };
    let dates = find_dates(rest, 0);
    let [date] = &dates[..] else {
        return None;
    };
    let (a, b) = (date.span.start, date.span.end);
    let mut name = String::new();
    for w in rest[..a]
        .split(is_stamp_separator)
        .chain(rest[b..].split(is_stamp_separator))
        .filter(|w| !w.is_empty())
    {
        // A document's word, or the page's counter (`Sida 3 (9)`).
        let counter = w.chars().all(|c| c.is_ascii_digit() || "()/".contains(c));
        if counter || DOCUMENT_WORDS.contains(&w.to_lowercase().as_str()) {
            continue;
        }
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(w);
    }
    (only_body_name(&name) && is_body_name(&name)).then_some(number)
}

/// `Tekniska nämnden`, `Miljö- och byggnadsnämnden`, `Kommunstyrelsens
/// arbetsutskott`: a body's name and nothing else, ending in the body's
/// word, the words before it an adjective's (`Tekniska`), a joint name's
/// (`Miljö-`, `och`) or a body's genitive; not a title naming a body
/// (`Information från Socialnämnden`) nor a sentence (`Nämnden beslutade`).
fn only_body_name(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let body = |w: &str| BODY_WORDS.iter().any(|e| w.ends_with(e));
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    body(last)
        && before.iter().all(|w| {
            w.ends_with(['-', 'a'])
                || matches!(w.as_str(), "och" | "för" | "samt")
                || w.strip_suffix('s').is_some_and(body)
        })
}

/// The last word of a body's name.
const BODY_WORDS: &[&str] = &[
    "nämnden",
    "nämnd",
    "styrelsen",
    "fullmäktige",
    "utskottet",
    "utskott",
    "beredningen",
    "direktionen",
    "förbundet",
    "stämman",
    "rådet",
    "presidiet",
];

/// `§` opening `t` or in its last bytes (`§ 1234` is 7 bytes), where a
/// stamp has it: looked for there only, not along the line.
fn sign_at_an_end(t: &str) -> bool {
    const SIGN: [u8; 2] = [0xC2, 0xA7];
    let b = t.as_bytes();
    b.starts_with(&SIGN) || b[b.len().saturating_sub(8)..].windows(2).any(|w| w == SIGN)
}

fn is_stamp_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '|' | ',' | ';' | ':' | '/' | '–' | '—')
}

/// Whether `it` is a stamp naming paragraph `number` (or that number
/// alone, `§ 13`, under the page header's lines, `FRITIDSNÄMNDEN` /
/// `Sammanträdesprotokoll 2025-09-09`), set off above as a page's first
/// lines are (a citation in a list of documents is not).
pub(crate) fn own_stamp(items: &[Item], k: usize, number: u32) -> bool {
    let it = &items[k];
    let set_off = |k: usize| {
        k == 0
            || items[k - 1].is_blank()
            || items[k - 1].furniture
            || items[k - 1].kind == ItemKind::PageBreak
    };
    if !(it.line_start
        && matches!(it.kind, ItemKind::Text | ItemKind::TableRow)
        // A stamp ends with the paragraph's number or the date's digits.
        && it.text.ends_with(|c: char| c.is_ascii_digit())
        && sign_at_an_end(it.text.trim_end()))
    {
        return false;
    }
    if bare_sign(&it.text) == Some(number) {
        return set_off(header_top(items, k));
    }
    set_off(k) && stamp_number(&it.text) == Some(number)
}

/// The first of the page header's lines just over item `k` (a body's
/// name, `Sammanträdesprotokoll 2025-09-09`, each on a line of its own,
/// two at most, a date among them), or `k` where there are none.
pub(crate) fn header_top(items: &[Item], k: usize) -> usize {
    let mut top = k;
    let mut dated = false;
    while top > 0 && k - top < 2 {
        let x = &items[top - 1];
        let line = x.kind == ItemKind::Text
            && x.line_start
            && !x.furniture
            && x.line + 1 == items[top].line
            && x.text.len() <= 60;
        if !line {
            break;
        }
        if let Some(date) = date_line(&x.text) {
            dated |= date;
        } else if !is_body_name(&x.text) {
            break;
        }
        top -= 1;
    }
    if dated {
        top
    } else {
        k
    }
}

/// `Sammanträdesprotokoll 2025-09-09`, `2025-09-09`, `Sammanträdesdatum:
/// 2025-09-09`: a page header's date line (`Some(true)`); a document's
/// word alone (`Sammanträdesprotokoll`) is one too (`Some(false)`).
fn date_line(t: &str) -> Option<bool> {
    let dates = find_dates(t, 0);
    if dates.len() > 1 {
        return None;
    }
    let (a, b) = dates.first().map_or((0, 0), |d| (d.span.start, d.span.end));
    let words = t[..a]
        .split(is_stamp_separator)
        .chain(t[b..].split(is_stamp_separator))
        .filter(|w| !w.is_empty());
    let mut any = false;
    for w in words {
        if !DOCUMENT_WORDS.contains(&w.to_lowercase().as_str()) {
            return None;
        }
        any = true;
    }
    (any || !dates.is_empty()).then_some(!dates.is_empty())
}

/// `§ 13` and nothing else: the paragraph's number as a page's header
/// repeats it over the page it goes on on.
fn bare_sign(t: &str) -> Option<u32> {
    let r = t.trim().strip_prefix('§')?.trim_start();
    (r.len() <= 4 && r.bytes().all(|b| b.is_ascii_digit()))
        .then(|| r.parse().ok())
        .flatten()
}

/// The head a stamp at `i` is, naming paragraph `number`: none where a
/// head with that number follows within a few lines (the stamp stands
/// over it), else an unsure head with its title on the lines below.
pub(super) fn stamp_head(items: &[Item], i: usize, number: u32) -> Option<Head> {
    let it = &items[i];
    let follows = items[i + 1..]
        .iter()
        .take_while(|x| x.line as usize <= it.line as usize + REACH)
        .filter(|x| x.line_start && !x.is_blank() && !x.furniture)
        .any(|x| head_marker(&x.text).is_some_and(|m| m.number == number));
    if follows || !title_below(items, i) {
        return None;
    }
    Some(Head {
        item: i,
        number,
        number_text: format!("§ {number}"),
        rest: None,
        dnr_above: None,
        case_number: None,
    })
}

/// A stamp naming paragraph `number` a few lines above the head at `i`:
/// the paragraph starts there.
pub(super) fn stamp_above(items: &[Item], i: usize, number: u32) -> Option<usize> {
    let line = items[i].line as usize;
    (0..i)
        .rev()
        .take_while(|&k| items[k].line as usize + REACH >= line)
        .filter(|&k| !items[k].is_blank() && !items[k].furniture)
        .take(2)
        .find(|&k| own_stamp(items, k, number))
}

#[cfg(test)]
mod tests {
    use super::stamp_number;

    #[test]
    fn a_stamp_names_a_body_a_date_and_a_paragraph() {
        for (t, n) in [
            ("Tekniska nämnden 2025-03-11 § 12", Some(12)),
            (
                "Kommunstyrelsen | Sammanträdesprotokoll | 2025-03-11 | § 12",
                Some(12),
            ),
            (
                "Kommunstyrelsen\tSammanträdesprotokoll\t2025-03-11\t§ 7",
                Some(7),
            ),
            ("§ 12   Tekniska nämnden   2025-03-11", Some(12)),
            ("Tekniska nämndens arbetsutskott 2025-02-25 § 9", Some(9)),
            ("Socialnämnden 11 mars 2025 § 45", Some(45)),
            (
                "Kommunstyrelsen  Sammanträdesdatum: 2025-03-11  Sida 3 (9)  § 12",
                Some(12),
            ),
            // Near misses: no date, no body, a sentence, a joint head, a
            // head with a title.
            ("Tekniska nämnden § 12", None),
            ("Sammanträdesprotokoll 2025-03-11 § 12", None),
            ("Nämnden beslutade 2025-03-11 § 12", None),
            ("§ 3 Information från Socialnämnden 2025-02-11", None),
            (
                "§ 5 Protokoll från Barn- och utbildningsnämndens arbetsutskott 2025-02-11",
                None,
            ),
            ("Miljö- och byggnadsnämnden 2025-03-11 § 12", Some(12)),
            ("TEKNISKA NÄMNDEN 2025-03-11 § 12", Some(12)),
            ("Tekniska nämnden 2025-03-11 §§ 12-14", None),
            ("§ 12 Val av justerare 2025-03-11", None),
            (
                "§ 31, KF 2025-05-20 18:00 / §:s bilaga: Kommunstyrelsen 2025-04-08 § 77",
                None,
            ),
        ] {
            assert_eq!(stamp_number(t), n, "{t}");
        }
    }
}
