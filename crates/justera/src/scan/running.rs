//! Page furniture the first pass cannot see: the document's own page
//! header repeated where a page broke (`Socialnämnden` / `Protokoll nr 7` /
//! `Sammanträdesdatum: 2025-09-23` / `Sida 3 (12)`), also when the
//! conversion left no page-break marker, and a footer printed in columns
//! that every page repeats.
//! Marked as furniture so it neither splits a part nor hides the next
//! heading.

use crate::key_map::KeyMap;
use std::collections::HashMap;

use super::furniture::{has_section_number, known_furniture};
use super::item::{Item, ItemKind};
use crate::labels::part_kind;

/// The first lines of a file that make its own header.
const HEADER_LINES: usize = 12;

/// Bytes [`key`] keeps as they are but for ASCII case: ASCII other than
/// digits and white space.
const KEPT: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        t[b] = !(b == b' ' as usize || (b >= 0x09 && b <= 0x0d) || (b >= 0x30 && b <= 0x39));
        b += 1;
    }
    t
};

/// The longest key counted: longer lines are text, never a page header.
const KEY_MAX: usize = 120;

/// Lines compared without digits (page numbers, dates) and case: the
/// line without ASCII digits, in lower case, its runs of white space one
/// space, trimmed. A key longer than [`KEY_MAX`] counts for nothing and
/// equals no counted key, so it is cut soon after (still longer).
fn key(t: &str) -> String {
    let mut out = String::new();
    key_into(t, KEY_MAX, &mut out);
    out
}

/// [`key`] appended to `keys`, cut soon after `cap` bytes: a key longer
/// than `cap` stays longer (a key only grows as the line is read), so it
/// equals no key of `cap` bytes or fewer.
fn key_into(t: &str, cap: usize, keys: &mut String) {
    let base = keys.len();
    let out = keys;
    let mut space = false;
    let bytes = t.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n && out.len() - base <= cap {
        // A run of kept ASCII (lowered at the end, all at once), copied
        // whole.
        let start = i;
        // The run goes no further than the cut (a byte past `cap`).
        let room = cap + 1 - (out.len() - base);
        // Eight bytes of plain words at a time (single spaces in them stay
        // single), then byte by byte.
        // Latin-1 letters in lower case (`å`, `ä`, `ö`: 0xC3 0x9F..=0xBF,
        // and `×`, 0xC3 0x97) stay as they are and go in the run too.
        loop {
            while i + 8 <= n && i - start < room && crate::text::clean8_no_digit(bytes, i) {
                i += 8;
            }
            while i < n && i - start < room && KEPT[bytes[i] as usize] {
                i += 1;
            }
            if i + 1 < n
                && i - start < room
                && bytes[i] == 0xC3
                && (bytes[i + 1] >= 0x9F || bytes[i + 1] == 0x97)
            {
                i += 2;
                continue;
            }
            break;
        }
        if i > start {
            if space && out.len() > base {
                out.push(' ');
            }
            space = false;
            out.push_str(&t[start..i]);
            continue;
        }
        let b = bytes[i];
        if b.is_ascii() {
            // A digit, left out, or white space.
            i += 1;
            if !b.is_ascii_digit() {
                space = true;
            }
            continue;
        }
        let Some(c) = t[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        for l in c.to_lowercase() {
            if l.is_whitespace() {
                space = true;
                continue;
            }
            if space && out.len() > base {
                out.push(' ');
            }
            space = false;
            out.push(l);
        }
    }
    // Every character but ASCII is in its final form; ASCII in place.
    out[base..].make_ascii_lowercase();
}

/// Whether `t`'s key is surely longer than `cap` bytes: it has more bytes
/// than that of ASCII from `!` up but digits, each of which stands in the
/// key as one byte. Eight bytes at a time, until the count passes `cap`.
fn longer_than(t: &str, cap: usize) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte's high bit set when its low seven bits are at least `v`.
    let at_least = |x: u64, v: u8| ((x & !HIGH) + ONES * (0x80 - v as u64)) & HIGH;
    let b = t.as_bytes();
    let mut kept = 0;
    let mut i = 0;
    while i + 8 <= b.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[i..i + 8]);
        let x = u64::from_le_bytes(w);
        let digit = at_least(x, b'0') & !at_least(x, b'9' + 1);
        kept += (!x & at_least(x, b'!') & !digit).count_ones() as usize;
        if kept > cap {
            return true;
        }
        i += 8;
    }
    kept += b[i..]
        .iter()
        .filter(|&&c| c > b' ' && c < 0x80 && !c.is_ascii_digit())
        .count();
    kept > cap
}

fn content(it: &Item) -> bool {
    it.line_start
        && matches!(
            it.kind,
            ItemKind::Text | ItemKind::Heading(_) | ItemKind::Strong | ItemKind::TableRow
        )
}

/// A line that names the kind of document it opens.
fn names_document(t: &str) -> bool {
    let f = crate::inline::fold(t);
    [
        "tjänsteskrivelse",
        "tjänsteutlåtande",
        "förhandlingsprotokoll",
        "protokollsutdrag",
        "kallelse",
        "nämndinitiativ",
        "motion",
        "skrivelse",
        "yttrande",
        "missiv",
    ]
    .iter()
    .any(|w| f.starts_with(w))
}

/// The first bytes of `keys` (each not empty) where ASCII, for
/// [`may_open`].
fn first_bytes<'k>(keys: impl IntoIterator<Item = &'k str>, asked: &mut [bool; 128]) {
    for k in keys {
        if let Some(&b) = k.as_bytes().first().filter(|b| b.is_ascii()) {
            asked[b as usize] = true;
        }
    }
}

/// Whether `t`'s key may open with a byte of `asked` (from
/// [`first_bytes`]): its first byte that is not an ASCII digit or white
/// space, in lower case, is one, or is no ASCII. A key of another first
/// byte equals none of those keys.
fn may_open(t: &str, asked: &[bool; 128]) -> bool {
    match t
        .bytes()
        .find(|&b| !(b.is_ascii_digit() || b == b' ' || (b'\t'..=b'\r').contains(&b)))
    {
        Some(b) if b.is_ascii() => asked[b.to_ascii_lowercase() as usize],
        Some(_) => true,
        // Digits and white space: the empty key.
        None => false,
    }
}

/// The keys of the content lines, each cut soon after `cap` bytes, in one
/// string: `at[k]..at[k + 1]` is line `k`'s.
struct Keys {
    all: String,
    at: Vec<usize>,
}

impl Keys {
    /// The keys of `lines` that may be asked about: as long as `cap`, and
    /// opening with a byte of `asked` ([`may_open`]).
    fn new(items: &[Item], lines: &[usize], cap: usize, asked: &[bool; 128]) -> Keys {
        let mut all = String::with_capacity(lines.len() * (cap.min(48) + 8));
        let mut at = Vec::with_capacity(lines.len() + 1);
        at.push(0);
        for &i in lines {
            // A line too long for its key to be asked about, or whose key
            // opens unlike every key asked about, gets the empty key, which
            // counts for nothing either.
            let t = &items[i].text;
            if may_open(t, asked) && !longer_than(t, cap) {
                key_into(t, cap, &mut all);
            }
            at.push(all.len());
        }
        Keys { all, at }
    }

    fn get(&self, k: usize) -> &str {
        &self.all[self.at[k]..self.at[k + 1]]
    }

    /// How many lines have each key of `cap` bytes or fewer (a longer
    /// one is cut and counts for nothing).
    fn count(&self, cap: usize) -> KeyMap<&str, usize> {
        let mut count: KeyMap<&str, usize> = HashMap::default();
        for k in 0..self.at.len() - 1 {
            let key = self.get(k);
            if !key.is_empty() && key.len() <= cap {
                *count.entry(key).or_default() += 1;
            }
        }
        count
    }
}

/// Marks the runs of repeated header lines after the file's own header.
///
/// Only some keys are asked how often they stand: the header's own lines'
/// and those of lines printed in columns. Every line's key is made only as
/// long as the longest of those (a longer key equals none of them), not
/// [`KEY_MAX`].
pub(super) fn running_headers(src: &str, items: &mut [Item]) {
    let lines: Vec<usize> = (0..items.len()).filter(|&i| content(&items[i])).collect();
    if lines.len() <= HEADER_LINES {
        return;
    }
    // Lines of the file's own header that may come back: their keys whole.
    let own_keys: Vec<String> = lines[..HEADER_LINES]
        .iter()
        .filter(|&&i| may_come_back(&items[i]))
        .map(|&i| key(&items[i].text))
        .filter(|k| !k.is_empty() && k.len() <= KEY_MAX)
        .collect();
    let Some(mut cap) = own_keys.iter().map(String::len).max() else {
        return;
    };
    // Only keys opening as one of those may be asked about.
    let mut asked = [false; 128];
    first_bytes(own_keys.iter().map(String::as_str), &mut asked);
    let mut keys = Keys::new(items, &lines, cap, &asked);
    let mut count = keys.count(cap);
    // Those that come back at least twice more.
    let header: Vec<&str> = own_keys
        .iter()
        .map(String::as_str)
        .filter(|k| count.get(k).is_some_and(|&n| n >= 3))
        .collect();
    if header.is_empty() {
        return;
    }
    let rest = &lines[HEADER_LINES..];
    // Page counters, known footers, and a line printed in columns that the
    // file repeats on every page (`Ordförandes signatur   Justerandes
    // signatur   Utdragsbestyrkande`): how often the latter's keys stand is
    // asked too, so every key is made as long as the longest of theirs.
    let gap = memchr::memmem::Finder::new("   ");
    let columns: Vec<bool> = rest
        .iter()
        .map(|&i| {
            let it = &items[i];
            !it.is_raw(src)
                && gap.find(it.span.of(src).as_bytes()).is_some()
                && !it.text.contains('§')
        })
        .collect();
    let column_keys: Vec<String> = rest
        .iter()
        .zip(&columns)
        .filter(|(_, &c)| c)
        .map(|(&i, _)| key(&items[i].text))
        .filter(|k| k.len() <= KEY_MAX)
        .collect();
    let longest = column_keys.iter().map(String::len).max();
    let before = asked;
    first_bytes(column_keys.iter().map(String::as_str), &mut asked);
    let longer = longest.filter(|&n| n > cap);
    if longer.is_some() || asked != before {
        cap = longer.unwrap_or(cap);
        keys = Keys::new(items, &lines, cap, &asked);
        count = keys.count(cap);
    }
    let count_of = |k: &str| count.get(k).copied().unwrap_or(0);
    let rest_key = |k: usize| keys.get(HEADER_LINES + k);
    let is_header = |k: usize| header.contains(&rest_key(k));
    let page_line = |items: &[Item], k: usize| {
        let it = &items[rest[k]];
        it.furniture || known_furniture(&it.text) || (columns[k] && count_of(rest_key(k)) >= 3)
    };
    mark_runs(items, rest, is_header, page_line);
}

/// Marks as furniture the runs of header lines among the content lines
/// `rest` (page counters may join them): two lines or more, at least one
/// of them the header's own.
fn mark_runs(
    items: &mut [Item],
    rest: &[usize],
    is_header: impl Fn(usize) -> bool,
    page_line: impl Fn(&[Item], usize) -> bool,
) {
    let mut k = 0;
    while k < rest.len() {
        if !(is_header(k) || page_line(items, k)) {
            k += 1;
            continue;
        }
        let page = |j: usize| is_header(j) || page_line(items, j);
        let mut e = k;
        loop {
            while e < rest.len() && page(e) {
                e += 1;
            }
            // One short line of the page's text that a converter set
            // among the header's lines (`KUNGSBACKA KOMMUN` / `§ 130` /
            // `Protokoll 2025-06-17`): the run goes on past it.
            let between = e + 1 < rest.len() && items[rest[e]].text.len() <= 40 && is_header(e + 1);
            if !between {
                break;
            }
            e += 2;
        }
        let own = (k..e).filter(|&j| is_header(j)).count();
        let lines = (k..e).filter(|&j| page(j)).count();
        // A header over a new document (each memo of a bundle under the
        // sender's name) opens that document; it is not furniture.
        let opens_document = rest[k..(e + 1).min(rest.len())]
            .iter()
            .any(|&i| names_document(&items[i].text));
        if own >= 1 && lines >= 2 && !opens_document {
            let marked: Vec<usize> = (k..e).filter(|&j| page(j)).collect();
            for j in marked {
                items[rest[j]].furniture = true;
            }
        }
        k = e;
    }
}

/// A line of the file's own header that may come back as a page's: short,
/// with letters, no part heading, no paragraph sign or section number.
fn may_come_back(it: &Item) -> bool {
    // A contents entry whose page number the text layer glued on
    // (`Yrkanden5`, `Beslut....6`) is a part's heading, as its key says.
    let entry = it.text.trim_end_matches(|c: char| {
        c.is_ascii_digit() || c == '.' || c == '…' || c.is_whitespace()
    });
    // A sentence (`Kim Ro (S) yrkar bifall till förvaltningens förslag.`)
    // is the text's, however often a paragraph's block repeats it.
    let sentence = it.text.ends_with('.') && it.text.split_whitespace().nth(4).is_some();
    it.text.len() <= 100
        && !sentence
        && part_kind(&it.text).is_none()
        && part_kind(entry).is_none()
        && !it.text.contains('§')
        && !has_section_number(&it.text)
        && (it.text.chars().any(char::is_alphabetic) || only_a_date(&it.text))
}

/// A line that is a date and nothing else (`2025-06-17`): the meeting's
/// date on a line of the header's own, under `Sammanträdesdatum`.
fn only_a_date(t: &str) -> bool {
    let t = t.trim();
    crate::inline::find_dates(t, 0)
        .first()
        .is_some_and(|d| d.span.start == 0 && d.span.end == t.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain reading of [`key`], char by char.
    fn key_by_char(t: &str) -> String {
        let mut out = String::new();
        let mut space = false;
        for c in t.chars().filter(|c| !c.is_ascii_digit()) {
            for l in c.to_lowercase() {
                if l.is_whitespace() {
                    space = true;
                    continue;
                }
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(l);
            }
        }
        out
    }

    #[test]
    fn key_reads_bytes_as_chars() {
        for t in [
            "",
            "  Sida 3 (12)  ",
            "Sammanträdesdatum: 2025-09-23",
            "ÅÄÖ åäö\u{a0}X\tY\u{2003}Z İ ẞ ΣΑΣ 1 2 3 a1b",
            "12 34",
            "Justerandes signatur   Utdragsbestyrkande",
            "Protokoll från kommunstyrelsens sammanträde den 12 mars 2024 kl 13.00",
            "abcdefgh 12345678 ab cd ef gh  ij kl mn op",
            " \u{85}a",
            "Socialnämndens sammanträde 2025-09-23, sida 3 (12) × ÅÄÖ åäö ß ÿ Þ þ",
            "åäöåäöåäöåäöåäö åäö\u{a0}öl 12 ö 3 Ö",
        ] {
            assert_eq!(key(t), key_by_char(t), "{t:?}");
        }
        // A long line's key is cut, but stays longer than any counted.
        let long = "Kommunstyrelsen 2024 ".repeat(20);
        let k = key(&long);
        assert!(k.len() > KEY_MAX && k.len() < 2 * KEY_MAX);
        assert!(key_by_char(&long).starts_with(&k));
        let long = "Kommunstyrelsens sammanträde på Åsö 2024 ".repeat(20);
        let k = key(&long);
        assert!(k.len() > KEY_MAX && k.len() < 2 * KEY_MAX + 8);
        assert!(key_by_char(&long).starts_with(&k));
    }

    /// The lines of `src` the scan marks as page furniture.
    fn furniture(src: &str) -> Vec<String> {
        crate::scan::scan(src)
            .into_iter()
            .filter(|i| i.furniture)
            .map(|i| i.text.into_owned())
            .collect()
    }

    #[test]
    fn a_repeated_page_header_without_page_breaks() {
        let src = "Socialnämnden\nProtokoll nr 7\nSammanträdesdatum: 2025-09-23\n\n\
                   Beslutande\nA\nB\nC\nD\nE\nF\nG\nH\n\n§ 1 Titel\n\nBeslut\n\
                   Text ett.\nSocialnämnden\nProtokoll nr 7\nSammanträdesdatum: 2025-09-23\n\
                   Sida 2 (3)\nText två.\nSocialnämnden\nProtokoll nr 7\n\
                   Sammanträdesdatum: 2025-09-23\n§ 2 Titel\n\nBeslutet skickas till\nSocialnämnden\n";
        assert_eq!(
            furniture(src),
            [
                "Socialnämnden",
                "Protokoll nr 7",
                "Sammanträdesdatum: 2025-09-23",
                "Sida 2 (3)",
                "Socialnämnden",
                "Protokoll nr 7",
                "Sammanträdesdatum: 2025-09-23"
            ]
        );
    }

    /// A text opening with a paragraph whose yrkanden every later one
    /// repeats word for word: the sentences are the text's, not a page
    /// header come back.
    #[test]
    fn repeated_sentences_at_the_start_are_no_header() {
        let block = "Yrkanden\nKim Ro (S) yrkar bifall till förvaltningens förslag.\n\
                     Lisa Nord (V) yrkar avslag på förvaltningens förslag.\n\n";
        let src: String = ["Budget", "Taxa", "Bidrag", "Skola"]
            .iter()
            .enumerate()
            .map(|(k, t)| format!("§ {}\n{t} i kommunen\n\n{block}", k + 1))
            .collect();
        assert!(furniture(&src).is_empty(), "{:?}", furniture(&src));
    }

    #[test]
    fn a_page_header_with_the_pages_first_line_set_among_its_lines() {
        // A converter following the page's content order sets the head
        // `§ 2` between the header's two lines.
        let src = "EKBY KOMMUN\nProtokoll 2025-06-17\n\nBeslutande\nA\nB\nC\nD\nE\nF\nG\nH\nI\n\n\
                   § 1\nTitel ett\nBeslut\nText ett.\nSida 2 av 3\n\u{c}EKBY KOMMUN\n§ 2\n\
                   Protokoll 2025-06-17\nTitel två\nBeslut\nText två.\nSida 3 av 3\n\u{c}EKBY KOMMUN\n\
                   Protokoll 2025-06-17\nText tre.\n";
        assert_eq!(
            furniture(src),
            [
                "Sida 2 av 3",
                "EKBY KOMMUN",
                "Protokoll 2025-06-17",
                "Sida 3 av 3",
                "EKBY KOMMUN",
                "Protokoll 2025-06-17"
            ]
        );
        let d = crate::parse(src);
        let titles: Vec<&str> = d.paragraphs.iter().map(|p| p.title.as_str()).collect();
        assert_eq!(titles, ["Titel ett", "Titel två"]);
    }

    #[test]
    fn a_page_headers_date_on_a_line_of_its_own() {
        let src = "EKBY KOMMUN\nSammanträdesdatum\n2025-06-17\n\nBeslutande\nA\nB\nC\nD\nE\nF\nG\nH\nI\n\n\
                   § 1\nTitel ett\nBeslut\nText ett.\n\u{c}EKBY KOMMUN\n§ 2\nSammanträdesdatum\n\
                   2025-06-17\nDnr KS 2025/12\nTitel två\nBeslut\nText två.\n\u{c}EKBY KOMMUN\n\
                   Sammanträdesdatum\n2025-06-17\nText tre.\n";
        let items = crate::scan::scan(src);
        let dates = items
            .iter()
            .filter(|i| i.furniture && i.text == "2025-06-17")
            .count();
        assert_eq!(dates, 2);
        let d = crate::parse(src);
        let titles: Vec<&str> = d.paragraphs.iter().map(|p| p.title.as_str()).collect();
        assert_eq!(titles, ["Titel ett", "Titel två"]);
        // A date alone in the text, away from the header's lines, stays.
        assert!(!only_a_date("2025-06-17 kl. 13"));
    }

    /// `running_headers` as it read before keys were cut: every key made
    /// whole and counted.
    fn running_headers_plain(src: &str, items: &mut [Item]) {
        let lines: Vec<usize> = (0..items.len()).filter(|&i| content(&items[i])).collect();
        if lines.len() <= HEADER_LINES {
            return;
        }
        let keys: Vec<String> = lines.iter().map(|&i| key(&items[i].text)).collect();
        let mut count: HashMap<&str, usize> = HashMap::default();
        for k in &keys {
            if !k.is_empty() && k.len() <= KEY_MAX {
                *count.entry(k.as_str()).or_default() += 1;
            }
        }
        let count_of = |k: &str| count.get(k).copied().unwrap_or(0);
        let header: Vec<&str> = lines[..HEADER_LINES]
            .iter()
            .zip(&keys)
            .filter(|(&i, _)| may_come_back(&items[i]))
            .map(|(_, k)| k.as_str())
            .filter(|k| count_of(k) >= 3)
            .collect();
        if header.is_empty() {
            return;
        }
        let rest = &lines[HEADER_LINES..];
        let rest_keys = &keys[HEADER_LINES..];
        let is_header = |k: usize| header.contains(&rest_keys[k].as_str());
        let page_line = |items: &[Item], k: usize| {
            let it = &items[rest[k]];
            it.furniture
                || known_furniture(&it.text)
                || (it.span.of(src).contains("   ")
                    && !it.text.contains('§')
                    && count_of(&rest_keys[k]) >= 3)
        };
        mark_runs(items, rest, is_header, page_line);
    }

    /// Keys cut at `cap` are the whole key's start, whole when it is no
    /// longer than `cap`, and longer than `cap` when it is.
    #[test]
    fn a_cut_key_is_the_keys_start_and_stays_longer() {
        let pieces = [
            "Sida",
            " ",
            "  ",
            "12",
            "(3)",
            "å",
            "Ö",
            "\u{a0}",
            "İ",
            "ẞ",
            "Protokoll",
            "nr",
            "Kommunstyrelsens sammanträde",
            "x",
            "\t",
            "abcdefgh",
        ];
        let mut rng = crate::testing::Rng::new(0x2545_f491_4f6c_dd1d);
        for _ in 0..20_000 {
            let t = rng.pieces(&pieces, 30);
            let whole = key(&t);
            let cap = rng.below(KEY_MAX + 1);
            let mut cut = String::from("x");
            key_into(&t, cap, &mut cut);
            let cut = &cut[1..];
            assert!(whole.starts_with(cut), "{t:?} {cap}");
            if whole.len() <= cap {
                assert_eq!(cut, whole, "{t:?} {cap}");
            } else {
                assert!(cut.len() > cap, "{t:?} {cap}");
            }
        }
    }

    /// [`may_open`] says no only of lines whose key is empty or opens
    /// with an ASCII byte that no asked key opens with, on generated lines
    /// and sets of asked keys.
    #[test]
    fn may_open_only_refuses_keys_opening_otherwise() {
        let pieces = [
            "Sida", " ", "12", "(3)", "å", "Ö", "\u{a0}", "\u{212a}", "İ", "\t", "abc", "x", "K",
            "\u{1}", ":", "0",
        ];
        let mut rng = crate::testing::Rng::new(0x3c6e_f372_fe94_f82b);
        let (mut refused, mut kept) = (0, 0);
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 6);
            let asked_keys: Vec<String> = (0..rng.below(4))
                .map(|_| key(&rng.pieces(&pieces, 4)))
                .filter(|k| !k.is_empty())
                .collect();
            let mut asked = [false; 128];
            first_bytes(asked_keys.iter().map(String::as_str), &mut asked);
            let k = key(&t);
            let opens_asked = k
                .bytes()
                .next()
                .is_some_and(|b| !b.is_ascii() || asked[b as usize]);
            if may_open(&t, &asked) {
                kept += 1;
            } else {
                assert!(!opens_asked, "{t:?} {asked_keys:?}");
                refused += 1;
            }
            // Every asked key equal to this line's is let through.
            if asked_keys.contains(&k) {
                assert!(may_open(&t, &asked), "{t:?} {asked_keys:?}");
            }
        }
        assert!(refused > 5_000 && kept > 5_000, "{refused} {kept}");
    }

    /// [`longer_than`] is never wrong when it says so, and says so of
    /// lines of plain words that are long.
    #[test]
    fn longer_than_only_of_longer_keys() {
        let pieces = [
            "Sida", " ", "  ", "12", "(3)", "å", "Ö", "\u{212a}", "\u{2126}", "ẞ", "\t",
            "abcdefgh", "x", "\u{1}", "\u{7f}", ":/", "0",
        ];
        let mut rng = crate::testing::Rng::new(0x6a09_e667_f3bc_c908);
        let mut said = 0;
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 30);
            let cap = rng.below(60);
            let kept = t
                .bytes()
                .filter(|&c| (b'!'..0x80).contains(&c) && !c.is_ascii_digit());
            let long = kept.count() > cap;
            assert_eq!(longer_than(&t, cap), long, "{t:?} {cap}");
            if long {
                assert!(key(&t).len() > cap, "{t:?} {cap}");
                said += 1;
            }
        }
        assert!(said > 5_000, "{said}");
    }

    /// Running headers found with cut keys are those found with whole
    /// ones, on generated documents (headers, counters, footers in
    /// columns, prose).
    #[test]
    fn cut_keys_mark_what_whole_keys_mark() {
        let lines = [
            "Socialnämnden",
            "Protokoll nr 7",
            "Sammanträdesdatum: 2025-09-23",
            "Sammanträdesdatum: 2025-10-14",
            "Sida 2 (3)",
            "3 (12)",
            "Ordförandes signatur   Justerandes signatur   Utdragsbestyrkande",
            "Ordförandes signatur   Justerandes signatur",
            "Kommunstyrelsens protokoll från sammanträdet med en lång rad som går vidare över sidan och mycket längre än så",
            "Namn   Parti   Röst",
            "Anna Berg (S)   Ja",
            "§ 4 Titel",
            "Beslut",
            "Nämnden beslutar att godkänna förslaget.",
            "Tjänsteskrivelse",
            "",
            "<!-- sida 3 -->",
            "**Beslut**",
            "- punkt ett",
        ];
        let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15);
        let mut marked = 0;
        for _ in 0..3_000 {
            let mut src = String::new();
            for _ in 0..14 + rng.below(40) {
                src.push_str(lines[rng.below(lines.len())]);
                src.push('\n');
            }
            let mut items = crate::scan::scan(&src);
            for it in &mut items {
                it.furniture = false;
            }
            let mut plain = items.clone();
            running_headers(&src, &mut items);
            running_headers_plain(&src, &mut plain);
            let flags = |v: &[Item]| v.iter().map(|i| i.furniture).collect::<Vec<_>>();
            assert_eq!(flags(&items), flags(&plain), "{src:?}");
            marked += flags(&items).iter().filter(|&&f| f).count();
        }
        assert!(marked > 1_000, "{marked}");
    }

    /// A contents entry on the first page whose page number the text
    /// layer glued on (`Yrkanden5`) is no line of the file's header: the
    /// heading `Yrkanden` before a page break later is no furniture.
    #[test]
    fn a_contents_entry_is_no_header_line() {
        let mut src = String::from(
            "Protokoll 4/2024         Protokoll 2024-03-22\n\nSocialnämnden\n\nInnehåll\n\n§ 1 Val\n  Beslut1\n  Yrkanden1\n§ 2 Motion\n  Beslut2\n  Yrkanden2\n\n",
        );
        for n in 2..6 {
            src.push_str(&format!(
                "<!-- sida {n} -->\n\nProtokoll 4/2024         Protokoll 2024-03-22\n\n§ {n}\n\nEtt ärende\n\nBeslut\n\nNämnden beslutar.\n\nYrkanden\n\n                             Sida {n} av 6\n\n"
            ));
        }
        let items = crate::scan::scan(&src);
        let headings: Vec<bool> = items
            .iter()
            .filter(|it| it.text == "Yrkanden")
            .map(|it| it.furniture)
            .collect();
        assert_eq!(headings, [false; 4]);
        assert!(items
            .iter()
            .filter(|it| it.text.starts_with("Protokoll 4/2024"))
            .skip(1)
            .all(|it| it.furniture));
    }
}
