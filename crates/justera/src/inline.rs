//! Second pass helpers: facts inside a block's text (people and parties,
//! dates, times, case numbers, paragraph ranges). Every function takes the
//! text and the byte offset where it starts in the source, and returns spans
//! into the source.

use crate::model::{Actor, DateRef, Person, Replaces, Scope, Span, Text};
use crate::party::is_party;
pub use crate::party::{party_of, PARTIES, PARTY_NAMES};
pub use crate::text::fold;

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

fn digits_at(b: &[u8], i: usize, n: usize) -> Option<u32> {
    if i + n > b.len() || !b[i..i + n].iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(&b[i..i + n]).ok()?.parse().ok()
}

fn boundary(b: &[u8], i: usize) -> bool {
    i >= b.len() || !b[i].is_ascii_alphanumeric()
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
            if nd <= 2 {
                let d: u32 = s[i..i + nd].parse().unwrap_or(0);
                let mut j = i + nd;
                for suf in [":e", ":a"] {
                    if s[j..].starts_with(suf) {
                        j += 2;
                    }
                }
                if s[j..].starts_with(' ') {
                    let rest = &s[j + 1..];
                    let lower: String = rest.chars().take(10).collect::<String>().to_lowercase();
                    if let Some((mi, name)) = MONTHS
                        .iter()
                        .enumerate()
                        .find(|(_, m)| lower.starts_with(**m))
                    {
                        let k = j + 1 + name.len();
                        if s[k..].starts_with(' ') {
                            if let Some(y) = digits_at(b, k + 1, 4) {
                                if boundary(b, k + 5) {
                                    if let Some(iso) = iso_date(y as i32, mi as u32 + 1, d) {
                                        out.push(DateRef {
                                            iso,
                                            written: s[i..k + 5].to_string(),
                                            span: Span::new(base + i, base + k + 5),
                                        });
                                        i = k + 5;
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
                    if hh < 24 && mm < 60 && boundary(b, end) && (i == 0 || b[i - 1] != b'.') {
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

/// Case numbers (diarienummer): `SN/2024:31`, `SOF 2024/107`, `KS 2023/1231`,
/// `KS-2024-00104`, `IF-2025-00087`.
pub fn find_case_numbers(s: &str, base: usize) -> Vec<Text> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
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
                            let end = k + 1 + nn;
                            out.push(Text::new(&s[i..end], Span::new(base + i, base + end)));
                            i = end;
                            continue;
                        }
                    }
                }
            }
            i += nl;
            continue;
        }
        i += s[i..].chars().next().map(char::len_utf8).unwrap_or(1);
    }
    out
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

const NOT_NAMES: &[&str] = &[
    "Borgarrådet",
    "Borgarråd",
    "Regionrådet",
    "Regionråd",
    "Gruppledaren",
    "Ersättarna",
    "Ledamöter",
    "Samtliga",
    "Ordföranden",
    "Ordförande",
    "Ordf",
    "Vice",
    "Andre",
    "Förste",
    "Ledamoten",
    "Ledamot",
    "Ersättaren",
    "Ersättare",
    "Sekreteraren",
    "Socialdirektör",
    "Kommundirektör",
    "Förvaltningschef",
    "Kommunalrådet",
    "Kommunalråd",
    "Och",
    "Samt",
    "Även",
    "Där",
    "Då",
    "Enligt",
    "Att",
    "Yrkande",
    "Förslag",
    "Reservation",
    "Tjänstgörande",
    "Ledamöterna",
    "Gruppledare",
    "Oppositionsrådet",
];

fn name_word(w: &str) -> bool {
    if matches!(
        w,
        "von" | "af" | "de" | "van" | "der" | "den" | "la" | "el" | "bin" | "di" | "da" | "du"
    ) {
        return true;
    }
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase()
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// The name (two to five name words, titles dropped) that ends at `end`
/// in `s`: its start and the name with white space collapsed.
fn name_before(s: &str, end: usize) -> Option<(usize, String)> {
    // Walk back over name words.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut pos = end;
    while words.len() < 5 {
        let seg = &s[..pos];
        let ws = seg.trim_end();
        if ws.len() < seg.len() && ws.is_empty() {
            break;
        }
        let wstart = ws
            .rfind(|c: char| c.is_whitespace())
            .map(|k| k + ws[k..].chars().next().unwrap().len_utf8())
            .unwrap_or(0);
        let w = &ws[wstart..];
        if w.is_empty() || !name_word(w) {
            break;
        }
        words.push((wstart, ws.len()));
        pos = wstart;
        if pos == 0 {
            break;
        }
    }
    words.reverse();
    while words.len() > 1 && NOT_NAMES.contains(&&s[words[0].0..words[0].1]) {
        words.remove(0);
    }
    // Lowercase particles cannot start a name.
    while words.len() > 1 && s[words[0].0..words[0].1].starts_with(|c: char| c.is_lowercase()) {
        words.remove(0);
    }
    if words.len() < 2 || NOT_NAMES.contains(&&s[words[0].0..words[0].1]) {
        return None;
    }
    let start = words[0].0;
    let name = s[start..words.last().unwrap().1]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Some((start, name))
}

/// One actor whose `(Party)` starts at `open` (the byte of `(`) in `s`.
fn actor_before(s: &str, open: usize, close: usize, base: usize) -> Option<Actor> {
    let party = party_of(&s[open + 1..close])?;
    let before = &s[..open];
    let mut group = false;
    let mut end = before.trim_end().len();
    let trimmed = &before[..end];
    for mfl in ["m.fl.", "m fl", "m.fl", "med flera"] {
        if let Some(rest) = trimmed.strip_suffix(mfl) {
            group = true;
            end = rest.trim_end().len();
            break;
        }
    }
    let (start, name) = name_before(s, end)?;
    Some(Actor {
        name,
        party: Some(party),
        group,
        span: Span::new(base + start, base + close + 1),
    })
}

/// Everyone written `Name (Party)` or `Name m.fl. (Party)` in a text.
pub fn find_actors(s: &str, base: usize) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::new();
    let mut from = 0;
    while let Some(k) = s[from..].find('(') {
        let open = from + k;
        let Some(c) = s[open..].find(')') else { break };
        let close = open + c;
        if close - open <= 14 {
            if let Some(a) = actor_before(s, open, close, base) {
                out.push(a);
            }
        }
        from = open + 1;
    }
    out
}

/// Lower case that keeps every byte offset: characters whose lower case has
/// another length are kept as they are; line breaks and tabs become spaces.
pub(crate) fn lower_keep(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c.to_ascii_lowercase()
            });
            continue;
        }
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(x), None) if x.len_utf8() == c.len_utf8() => out.push(x),
            _ => out.push(c),
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '-' || c == '\'' || c == '’'
}

/// The word of `s` starting at `i`: its end.
fn word_end(s: &str, i: usize) -> usize {
    s[i..]
        .char_indices()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(s.len(), |(k, _)| i + k)
}

/// A party written on its own, not in parentheses: in full
/// (`Moderaterna`) or as an upper-case abbreviation (`KD`, `M`).
fn bare_party(w: &str) -> Option<String> {
    let l = lower_keep(w);
    if let Some((_, p)) = PARTY_NAMES.iter().find(|(n, _)| *n == l) {
        return Some(p.to_string());
    }
    if w.chars().all(|c| c.is_uppercase()) && is_party(w) {
        return Some(w.to_string());
    }
    None
}

/// One party list item at `i`: `(s)`, `(SD)`, `KD`, `Moderaterna`.
/// Returns the party, the item as written and its end.
fn party_item(s: &str, i: usize) -> Option<(String, usize)> {
    if s[i..].starts_with('(') {
        let c = s[i..].find(')').filter(|&c| c <= 14)?;
        return Some((party_of(&s[i + 1..i + c])?, i + c + 1));
    }
    let e = word_end(s, i);
    if e == i {
        return None;
    }
    Some((bare_party(&s[i..e])?, e))
}

/// A list of parties starting at `i`: `M, L och KD`, `(s) och (v)`.
/// Each item as (party, start, end).
fn party_list(s: &str, i: usize) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut i = i;
    while let Some((p, e)) = party_item(s, i) {
        out.push((p, i, e));
        let rest = &s[e..];
        let sep = [
            ", ",
            " och ",
            " samt ",
            " & ",
            "/",
            " resp. ",
            " respektive ",
        ]
        .iter()
        .find(|x| rest.starts_with(**x));
        match sep {
            Some(x) => i = e + x.len(),
            None => break,
        }
    }
    out
}

/// Words that start a party group: `Ledamöterna från M`, `Samtliga
/// ledamöter för (SD)`, `Ledamoten från D`.
const GROUP_LEADS: [&str; 7] = [
    "ledamöterna",
    "ledamöter",
    "ledamoten",
    "ledamot",
    "ersättarna",
    "företrädarna",
    "representanterna",
];

/// Party groups in a text: `Ledamöterna från M, L och KD`, `ledamöterna för
/// (s) och (v)`, `SD-gruppen`; one group actor per party.
fn party_groups(s: &str, low: &str, base: usize) -> Vec<Actor> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap();
        if !c.is_alphabetic() || (i > 0 && s[..i].ends_with(is_word_char)) {
            i += c.len_utf8();
            continue;
        }
        let e = word_end(s, i);
        let w = &low[i..e];
        if GROUP_LEADS.contains(&w) {
            // `Samtliga ledamöter`, `Alla ledamöter`, `De ledamöter`.
            let mut start = i;
            let pre = low[..i].trim_end();
            for q in ["samtliga", "alla"] {
                if pre.ends_with(q)
                    && !pre[..pre.len() - q.len()].ends_with(is_word_char)
                    && pre.len() + 1 == i
                {
                    start = pre.len() - q.len();
                }
            }
            for prep in [" från ", " för ", " i ", " ur "] {
                if low[e..].starts_with(prep) {
                    let items = party_list(s, e + prep.len());
                    let lead_text: String =
                        s[start..e].split_whitespace().collect::<Vec<_>>().join(" ");
                    let mut lead_text = lead_text;
                    if let Some(f) = lead_text.chars().next() {
                        lead_text =
                            f.to_uppercase().collect::<String>() + &lead_text[f.len_utf8()..];
                    }
                    for (k, (p, a, b)) in items.iter().enumerate() {
                        out.push(Actor {
                            name: format!("{lead_text}{prep}{p}"),
                            party: Some(p.clone()),
                            group: true,
                            span: Span::new(base + if k == 0 { start } else { *a }, base + b),
                        });
                    }
                    if let Some(last) = items.last() {
                        i = last.2;
                    }
                    break;
                }
            }
            i = i.max(e);
            continue;
        }
        // `SD-gruppen`, `MP-gruppens`.
        if let Some(head) = s[i..e]
            .strip_suffix("-gruppen")
            .or_else(|| s[i..e].strip_suffix("-gruppens"))
        {
            if let Some(p) = bare_party(head) {
                out.push(Actor {
                    name: format!("{head}-gruppen"),
                    party: Some(p),
                    group: true,
                    span: Span::new(base + i, base + e),
                });
            }
        }
        i = e;
    }
    out
}

/// Label style, a party after a comma: `Tove Lindqvist, L, reserverar
/// sig`, `Tove Lindqvist, L: Motionen bifalls.`
fn comma_parties(s: &str, base: usize) -> Vec<Actor> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = s[from..].find(", ") {
        let comma = from + k;
        from = comma + 2;
        let i = comma + 2;
        let e = word_end(s, i);
        let w = &s[i..e];
        let party = if matches!(&s[i..], r if r.starts_with('-') && e == i + 1) {
            Some("-".to_string())
        } else if !w.is_empty() && w.chars().all(|c| c.is_uppercase()) && is_party(w) {
            Some(w.to_string())
        } else {
            None
        };
        let Some(party) = party else { continue };
        let after = s[e..].trim_start();
        if !(after.is_empty() || after.starts_with([',', ':'])) {
            continue;
        }
        if let Some((start, name)) = name_before(s, comma) {
            out.push(Actor {
                name,
                party: Some(party),
                group: false,
                span: Span::new(base + start, base + e),
            });
        }
    }
    out
}

/// Words that name a body or an office, never a person.
fn body_word(w: &str) -> bool {
    let l = lower_keep(w);
    NOT_NAMES.contains(&w)
        || PARTY_NAMES.iter().any(|(n, _)| *n == l)
        || [
            "nämnden",
            "nämnd",
            "styrelsen",
            "styrelse",
            "förvaltningen",
            "fullmäktige",
            "kommun",
            "kommunen",
            "regionen",
            "region",
            "förbundet",
            "verket",
            "utskottet",
            "utskott",
            "kontoret",
            "presidiet",
            "beredningen",
            "gruppen",
            "partiet",
            "ordföranden",
            "ordförande",
            "rådet",
            "direktören",
            "chefen",
            "revisorerna",
            "sekreteraren",
            "bolaget",
            "föreningen",
        ]
        .iter()
        .any(|e| l.ends_with(e))
        || (w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase()))
}

/// Where the words of a segment start, after markup and list bullets.
fn lead_of(s: &str) -> usize {
    s.len()
        - s.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '*' | '_' | '"' | '”' | '“' | '-' | '–' | '•')
        })
        .len()
}

/// A segment that is only a list of names without parties (`Samir
/// Gustavsson`, `Anna Ek och Bo Berg`): each name's span. Leading titles
/// (`Ordföranden`, `Ersättaren`) are skipped.
fn bare_names(s: &str, from: usize, to: usize) -> Option<Vec<(usize, usize, String)>> {
    let seg = &s[from..to];
    let mut pos = from + lead_of(seg);
    // Titles before the first name.
    loop {
        let e = word_end(s, pos);
        let w = &s[pos..e];
        let title =
            NOT_NAMES.contains(&w) || (w.ends_with("rådet") && w.starts_with(char::is_uppercase));
        if e > pos && title && s[e..].starts_with(' ') {
            pos = e + 1;
        } else {
            break;
        }
    }
    let end = from
        + seg
            .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
            .len();
    if pos >= end {
        return None;
    }
    let mut out = Vec::new();
    let mut chunk_start = pos;
    let text = &s[pos..end];
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // (chunk end, next start)
    let mut k = 0;
    while k < text.len() {
        let rest = &text[k..];
        let sep = [", ", " och ", " samt "]
            .iter()
            .find(|x| rest.starts_with(**x));
        if let Some(x) = sep {
            cuts.push((pos + k, pos + k + x.len()));
            k += x.len();
        } else {
            k += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    cuts.push((end, end));
    for (ce, next) in cuts {
        let chunk = &s[chunk_start..ce];
        let words: Vec<&str> = chunk.split(' ').collect();
        if !(2..=4).contains(&words.len())
            || !words.iter().all(|w| name_word(w) && !body_word(w))
            || words[0].starts_with(char::is_lowercase)
        {
            return None;
        }
        out.push((chunk_start, ce, words.join(" ")));
        chunk_start = next;
    }
    Some(out)
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Who a segment (the words before a verb: `yrkar`, `reserverar sig`,
/// `lämnar`) names as speaking: persons with their party in parentheses
/// (`Karin Wallgren (s)`), after a comma (`Tove Lindqvist, L`) or behind a
/// group (`Maria Åkesson, Per Bylén och Lilian Nylund (MP-gruppen)`); party
/// groups (`Ledamöterna från M, L och KD`, `SD-gruppen`, `Socialdemokraterna
/// och Miljöpartiet`); and, when the segment is nothing but names, persons
/// without a party (`Samir Gustavsson`).
pub fn find_speakers(s: &str, base: usize) -> Vec<Actor> {
    let mut out = find_actors(s, base);
    let low = lower_keep(s);
    let persons = !out.is_empty();
    for a in party_groups(s, &low, base)
        .into_iter()
        .chain(comma_parties(s, base))
    {
        // `X (S), för S-gruppen,`: the person speaks.
        let rel = a.span.start - base;
        if persons && low[..rel].trim_end().ends_with(" för") {
            continue;
        }
        if !out.iter().any(|b| overlaps(&a.span, &b.span)) {
            out.push(a);
        }
    }
    out.sort_by_key(|a| a.span.start);
    let lead = lead_of(s);
    let end = s
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
        .len();
    if let Some(first) = out.first() {
        // Bare names before the first person share its party: `Maria
        // Åkesson, Per Bylén och Lilian Nylund (MP-gruppen)`.
        let rel = first.span.start - base;
        let pre = s[..rel].trim_end();
        let party = first.party.clone();
        if !first.group && party.is_some() {
            let cut = [",", " och", " samt"]
                .iter()
                .find(|x| pre.ends_with(**x))
                .map(|x| pre.len() - x.len());
            if let Some(names) = cut.and_then(|c| bare_names(s, 0, c)) {
                let mut add: Vec<Actor> = names
                    .into_iter()
                    .map(|(a, b, name)| Actor {
                        name,
                        party: party.clone(),
                        group: false,
                        span: Span::new(base + a, base + b),
                    })
                    .collect();
                add.append(&mut out);
                out = add;
            }
        }
        return out;
    }
    if lead >= end {
        return out;
    }
    // `Socialdemokraterna och Miljöpartiet`, `Sverigedemokraterna`.
    let items = party_list(s, lead);
    if items.last().is_some_and(|x| x.2 == end) {
        return items
            .into_iter()
            .map(|(p, a, b)| Actor {
                name: s[a..b].to_string(),
                party: Some(p),
                group: true,
                span: Span::new(base + a, base + b),
            })
            .collect();
    }
    bare_names(s, 0, s.len())
        .unwrap_or_default()
        .into_iter()
        .map(|(a, b, name)| Actor {
            name,
            party: None,
            group: false,
            span: Span::new(base + a, base + b),
        })
        .collect()
}

/// Label style: a sentence that opens with who speaks and a colon
/// (`Lina Fors (V): Avslag.`, `Tove Lindqvist, L: Motionen bifalls.`).
pub fn label_speakers(t: &str, base: usize) -> Vec<Actor> {
    let Some(colon) = t.find(':').filter(|&c| c <= 160) else {
        return Vec::new();
    };
    let seg = &t[..colon];
    if seg.contains('\n') {
        return Vec::new();
    }
    let by = find_speakers(seg, base);
    let lead = lead_of(seg);
    let end = seg.trim_end_matches(['*', '_', ' ']).len();
    // At most a title before the first name.
    let whole = by.first().is_some_and(|a| {
        a.span.start - base >= lead
            && seg[lead..a.span.start - base].split_whitespace().count() <= 1
    }) && by.last().is_some_and(|a| a.span.end - base >= end)
        && by.iter().all(|a| a.party.is_some());
    if whole {
        by
    } else {
        Vec::new()
    }
}

/// Titles of officials, by their ending.
const TITLE_ENDINGS: [&str; 30] = [
    "chef",
    "sekreterare",
    "controller",
    "handläggare",
    "strateg",
    "direktör",
    "ekonom",
    "jurist",
    "samordnare",
    "utredare",
    "ansvarig",
    "specialist",
    "rådgivare",
    "assistent",
    "tjänsteperson",
    "tjänsteman",
    "ombud",
    "revisor",
    "planerare",
    "arkitekt",
    "inspektör",
    "koordinator",
    "analytiker",
    "konsult",
    "kommunikatör",
    "registrator",
    "ledare",
    "företrädare",
    "skyddsombud",
    "praktikant",
];

pub fn looks_like_title(w: &str) -> bool {
    let l = w.to_lowercase();
    TITLE_ENDINGS.iter().any(|t| l.ends_with(t))
}

/// The role words of members, normalised.
fn member_role(s: &str) -> Option<String> {
    let l = s
        .trim()
        .trim_matches(|c: char| c == ',' || c == '.')
        .to_lowercase();
    let l = l
        .replace("2:e", "andre")
        .replace("1:e", "förste")
        .replace("2:a", "andre")
        .replace("1:a", "förste");
    for r in [
        "andre vice ordförande",
        "förste vice ordförande",
        "vice ordförande",
        "ordförande",
        "ordf",
    ] {
        if l.contains(r) {
            return Some(if r == "ordf" {
                "ordförande".into()
            } else {
                r.into()
            });
        }
    }
    None
}

/// Scope of presence: `(ej §§ 16-18, 28)`, `ej § 28 pga jäv`, `§ 28`, `§§ 15-18`.
fn find_scope(s: &str, base: usize) -> Option<(Scope, usize)> {
    let k = s.find('§')?;
    let lower = s.to_lowercase();
    // `ej §§ 16-18`, `deltar ej i § 130`, `närvarar ej vid § 130`, `utom § 5`.
    let before = lower[..k].trim_end().trim_end_matches('(').trim_end();
    let neg = ["ej i", "ej vid", "inte i", "inte vid", "ej", "utom", "inte"]
        .iter()
        .find(|w| {
            before.ends_with(*w)
                && before[..before.len() - w.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphabetic())
        });
    let ej = neg.is_some();
    // `t.o.m. § 78`: present up to it; `fr.o.m. § 80`: from it on.
    let ends_word = |w: &&&str| {
        before.ends_with(**w)
            && before[..before.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphabetic())
    };
    let until = ["t.o.m.", "t.o.m", "t o m", "tom", "till och med"]
        .iter()
        .find(ends_word);
    let from = [
        "fr.o.m.",
        "fr.o.m",
        "fr o m",
        "from",
        "från och med",
        "från",
    ]
    .iter()
    .find(ends_word);
    // The scope runs from its opening word or parenthesis to the end of the
    // numbers (or the closing parenthesis).
    let mut start = k;
    if let Some(w) = neg.or(until).or(from) {
        start = before.len() - w.len();
    }
    if let Some(p) = s[..start].rfind('(') {
        if s[p + 1..start].trim().is_empty() {
            start = p;
        }
    }
    let mut end = s[k..].find(')').map(|c| k + c + 1).unwrap_or(s.len());
    // Without a closing parenthesis, stop after the numbers and any reason.
    if !s[start..].starts_with('(') {
        end = s.len();
    }
    let text = s[start..end].trim().to_string();
    let numbers = paragraph_numbers(&s[k..end]);
    if numbers.is_empty() {
        return None;
    }
    let reason = if lower[start..end].contains("jäv") {
        Some("jäv".to_string())
    } else {
        None
    };
    let first = numbers[0].min(1000);
    let (only, except) = if ej {
        (Vec::new(), numbers)
    } else if until.is_some() {
        ((1..=first).collect(), Vec::new())
    } else if from.is_some() {
        (Vec::new(), (1..first).collect())
    } else {
        (numbers, Vec::new())
    };
    Some((
        Scope {
            only,
            except,
            reason,
            text,
            span: Span::new(base + start, base + end),
        },
        start,
    ))
}

/// One attendance line: `Name (P), ordförande`, `Name (P) ersätter Name (P)`,
/// `Name (P) för vakans (MP) (ej § 28 pga jäv)`, `Name, sektionschef §§ 15-18`,
/// `Name Avdelningschef`.
pub fn parse_person(s: &str, base: usize) -> Option<Person> {
    let s_trim_end = s.trim_end_matches([',', ';', '.', ' ']);
    let s = s_trim_end;
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    let mut person = Person {
        span: Span::new(base, base + s.len()),
        ..Person::default()
    };
    let mut rest_end = s.len();
    if let Some((scope, start)) = find_scope(s, base) {
        rest_end = start;
        person.scope = Some(scope);
    }
    let head = s[..rest_end].trim_end();
    let lower = head.to_lowercase();
    // Whom a substitute replaces.
    let repl_at = [
        "ersätter",
        "tjänstgör för",
        "tjänstgörande för",
        "för vakans",
        " för ",
    ]
    .iter()
    .find_map(|w| lower.find(w).map(|k| (k, *w)));
    let (who, tail) = match repl_at {
        Some((k, w)) => {
            let after = head[k + w.len()..].trim();
            if w == "för vakans" {
                let party = after.trim_matches(|c| c == '(' || c == ')').trim();
                person.replaces = Some(Replaces::Vacancy {
                    party: if party.is_empty() {
                        None
                    } else {
                        Some(party.split([')', ' ']).next().unwrap_or("").to_string())
                    },
                });
            } else {
                let acts = find_actors(after, 0);
                match acts.first() {
                    Some(a) => {
                        person.replaces = Some(Replaces::Person {
                            name: a.name.clone(),
                            party: a.party.clone(),
                        })
                    }
                    None if w != " för " && !after.is_empty() => {
                        let name = after.split('(').next().unwrap_or("").trim().to_string();
                        if !name.is_empty() {
                            person.replaces = Some(Replaces::Person { name, party: None })
                        }
                    }
                    None if w == " för " && after.to_lowercase().starts_with("vakans") => {}
                    None => {}
                }
            }
            if person.replaces.is_some() {
                (&head[..k], "")
            } else {
                (head, "")
            }
        }
        None => (head, ""),
    };
    let _ = tail;
    let who = who.trim().trim_end_matches(',').trim();
    if let Some(open) = who.find('(') {
        let close = who[open..].find(')').map(|c| open + c)?;
        let party = who[open + 1..close].trim();
        if !is_party(party) {
            return None;
        }
        let mut name = who[..open].trim();
        for mfl in ["m.fl.", "m fl"] {
            if let Some(n) = name.strip_suffix(mfl) {
                person.group = true;
                name = n.trim();
            }
        }
        person.name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        person.party = Some(party.to_string());
        person.role = member_role(&who[close + 1..]);
    } else if let Some(comma) = who.find(',') {
        person.name = who[..comma].trim().to_string();
        let role = who[comma + 1..].trim().trim_end_matches(',').trim();
        if !role.is_empty() {
            person.role = Some(role.to_lowercase());
        }
    } else {
        let words: Vec<&str> = who.split_whitespace().collect();
        if words.len() >= 3 && looks_like_title(words[words.len() - 1]) {
            person.name = words[..words.len() - 1].join(" ");
            person.role = Some(words[words.len() - 1].to_lowercase());
        } else {
            person.name = words.join(" ");
        }
    }
    if person.role.is_none() {
        person.role = member_role(head).filter(|_| !head.to_lowercase().contains("ersätter"));
    }
    if !plausible_name(&person.name) {
        return None;
    }
    Some(person)
}

/// Two to six words, each starting with a capital (particles allowed).
pub fn plausible_name(n: &str) -> bool {
    let words: Vec<&str> = n.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words
            .iter()
            .all(|w| name_word(w) || w.chars().next().is_some_and(|c| c.is_uppercase()))
        && !n.contains(':')
        && words
            .iter()
            .any(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presence_up_to_and_from_a_paragraph() {
        let (s, _) = find_scope("Anna Ek (S) t.o.m. § 78", 0).unwrap();
        assert!(s.includes(60) && s.includes(78) && !s.includes(79));
        let (s, _) = find_scope("Bo Berg (M) till och med § 12", 0).unwrap();
        assert!(s.includes(12) && !s.includes(13));
        let (s, _) = find_scope("Cia Dahl (V) fr.o.m. § 80", 0).unwrap();
        assert!(!s.includes(79) && s.includes(80) && s.includes(95));
        assert_eq!(s.text, "fr.o.m. § 80");
    }

    #[test]
    fn dates_iso_and_written() {
        let d = find_dates("den 19 mars 2024 och 2024-03-22, ej 2024-02-30", 10);
        let iso: Vec<_> = d.iter().map(|d| d.iso.as_str()).collect();
        assert_eq!(iso, vec!["2024-03-19", "2024-03-22"]);
        assert_eq!(d[0].span, Span::new(14, 26));
        assert_eq!(d[0].written, "19 mars 2024");
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
        assert!(find_times("2024-03-18", 0).is_empty());
    }

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

    #[test]
    fn actors_in_a_sentence() {
        let s = "Ordföranden Alexander Ojanne m.fl. (S), Rashid Mohammed (V) och Kerstin Höök (KD) yrkade enligt lag (LSS).";
        let a = find_actors(s, 0);
        let n: Vec<_> = a
            .iter()
            .map(|a| (a.name.as_str(), a.party.as_deref().unwrap(), a.group))
            .collect();
        assert_eq!(
            n,
            vec![
                ("Alexander Ojanne", "S", true),
                ("Rashid Mohammed", "V", false),
                ("Kerstin Höök", "KD", false)
            ]
        );
        assert_eq!(a[1].span.of(s), "Rashid Mohammed (V)");
    }

    fn who(a: &[Actor]) -> Vec<(String, Option<String>, bool)> {
        a.iter()
            .map(|a| (a.name.clone(), a.party.clone(), a.group))
            .collect()
    }

    fn p(name: &str, party: Option<&str>, group: bool) -> (String, Option<String>, bool) {
        (name.to_string(), party.map(str::to_string), group)
    }

    #[test]
    fn speakers_lower_case_titles_and_independents() {
        let s = "Borgarrådet Sten Nord (m) och Karin Wallgren m fl (s) ";
        assert_eq!(
            who(&find_speakers(s, 0)),
            vec![
                p("Sten Nord", Some("M"), false),
                p("Karin Wallgren", Some("S"), true)
            ]
        );
        assert_eq!(
            who(&find_speakers("Stefan Hane (-) ", 0)),
            vec![p("Stefan Hane", Some("-"), false)]
        );
        assert_eq!(
            who(&find_speakers("Ersättare Ola Björk (S) ", 0)),
            vec![p("Ola Björk", Some("S"), false)]
        );
        // Not a person: a lower-case party after a preposition.
        assert!(find_actors("bifall till reservationen av (s) i kommunstyrelsen", 0).is_empty());
    }

    #[test]
    fn speakers_label_style() {
        let s = "Tove Lindqvist, L, ";
        let a = find_speakers(s, 0);
        assert_eq!(who(&a), vec![p("Tove Lindqvist", Some("L"), false)]);
        assert_eq!(a[0].span.of(s), "Tove Lindqvist, L");
        assert_eq!(
            who(&label_speakers("Tove Lindqvist, L: Motionen bifalls.", 0)),
            vec![p("Tove Lindqvist", Some("L"), false)]
        );
        assert_eq!(
            who(&label_speakers("Lina Fors (V): Avslag.", 0)),
            vec![p("Lina Fors", Some("V"), false)]
        );
        assert!(label_speakers("Ordförandens förslag: Kommunstyrelsen antar.", 0).is_empty());
        assert!(label_speakers("Enligt Lina Fors (V) gäller följande: avslag.", 0).is_empty());
        // A list of names separated by commas is not label style.
        assert_eq!(find_speakers("Eva Lönn (S), Elin Lars (C) ", 0).len(), 2);
    }

    #[test]
    fn speakers_without_a_party() {
        assert_eq!(
            who(&find_speakers("Samir Gustavsson ", 0)),
            vec![p("Samir Gustavsson", None, false)]
        );
        assert_eq!(
            who(&find_speakers("Ordföranden Anna Ek och Bo Berg ", 0)),
            vec![p("Anna Ek", None, false), p("Bo Berg", None, false)]
        );
        for body in [
            "Kommunstyrelsen ",
            "Ordföranden ",
            "Förvaltningen ",
            "Nämnden ",
            "Kommunstyrelsens Arbetsutskott ",
            "Region Gotland ",
            "Därefter ",
            "Mot beslutet ",
            "Vi ",
        ] {
            assert!(find_speakers(body, 0).is_empty(), "{body}");
        }
    }

    #[test]
    fn speakers_behind_a_group_party() {
        let s = "Maria Åkesson, Per Bylén och Lilian Nylund (MP-gruppen) ";
        assert_eq!(
            who(&find_speakers(s, 0)),
            vec![
                p("Maria Åkesson", Some("MP"), false),
                p("Per Bylén", Some("MP"), false),
                p("Lilian Nylund", Some("MP"), false)
            ]
        );
    }

    #[test]
    fn speakers_party_groups() {
        assert_eq!(
            who(&find_speakers("Ledamöterna från M, L och KD ", 0)),
            vec![
                p("Ledamöterna från M", Some("M"), true),
                p("Ledamöterna från L", Some("L"), true),
                p("Ledamöterna från KD", Some("KD"), true)
            ]
        );
        assert_eq!(
            who(&find_speakers(" ledamöterna för (s) och (v) till", 0)),
            vec![
                p("Ledamöterna för S", Some("S"), true),
                p("Ledamöterna för V", Some("V"), true)
            ]
        );
        assert_eq!(
            who(&find_speakers("Samtliga ledamöter från M och KD ", 0)),
            vec![
                p("Samtliga ledamöter från M", Some("M"), true),
                p("Samtliga ledamöter från KD", Some("KD"), true)
            ]
        );
        assert_eq!(
            who(&find_speakers("SD-gruppen ", 0)),
            vec![p("SD-gruppen", Some("SD"), true)]
        );
        assert_eq!(
            who(&find_speakers("Socialdemokraterna och Miljöpartiet ", 0)),
            vec![
                p("Socialdemokraterna", Some("S"), true),
                p("Miljöpartiet", Some("MP"), true)
            ]
        );
        // A person speaking for a group is the speaker.
        assert_eq!(
            who(&find_speakers("Mats Nilsén (S), för S-gruppen, ", 0)),
            vec![p("Mats Nilsén", Some("S"), false)]
        );
        // Party names inside a longer sentence are not speakers.
        assert!(find_speakers("Kristdemokraterna har länge ", 0).is_empty());
    }

    #[test]
    fn persons() {
        let p = parse_person("Leif Åsbrink López (V), ordförande", 0).unwrap();
        assert_eq!(
            (p.name.as_str(), p.party.as_deref(), p.role.as_deref()),
            ("Leif Åsbrink López", Some("V"), Some("ordförande"))
        );
        let p = parse_person("Frida Azadi (S) för vakans (MP) (ej § 28 pga jäv)", 0).unwrap();
        assert_eq!(
            p.replaces,
            Some(Replaces::Vacancy {
                party: Some("MP".into())
            })
        );
        let sc = p.scope.unwrap();
        assert_eq!(sc.except, vec![28]);
        assert_eq!(sc.reason.as_deref(), Some("jäv"));
        let p = parse_person("Mikael Eriksson (S) för vakans (MP) § 28", 0).unwrap();
        assert_eq!(p.scope.unwrap().only, vec![28]);
        let p = parse_person("Sebastian Wiklund (S) ersätter Carolina Sinisalo (S)", 0).unwrap();
        assert_eq!(p.name, "Sebastian Wiklund");
        assert_eq!(
            p.replaces,
            Some(Replaces::Person {
                name: "Carolina Sinisalo".into(),
                party: Some("S".into())
            })
        );
        let p = parse_person("Johan Selander, sektionschef §§ 15-18", 0).unwrap();
        assert_eq!(
            (p.name.as_str(), p.role.as_deref()),
            ("Johan Selander", Some("sektionschef"))
        );
        assert_eq!(p.scope.unwrap().only, vec![15, 16, 17, 18]);
        let p = parse_person("Veronica Wolgast Carstorp Förvaltningschef", 0).unwrap();
        assert_eq!(
            (p.name.as_str(), p.role.as_deref()),
            ("Veronica Wolgast Carstorp", Some("förvaltningschef"))
        );
        let p = parse_person("Alexander Ojanne (S) Ordförande", 0).unwrap();
        assert_eq!(p.role.as_deref(), Some("ordförande"));
        let p = parse_person("Maj-Britt Rane-Andersson (S), 2:e vice ordförande", 0).unwrap();
        assert_eq!(p.role.as_deref(), Some("andre vice ordförande"));
        assert!(parse_person("Detta är en mening som inte är ett namn.", 0).is_none());
    }

    #[test]
    fn fold_homoglyphs() {
        assert_eq!(fold("**Ersätтарыttrande**"), "ersättaryttrande");
        assert_eq!(fold("Beslut:"), "beslut");
    }
}
