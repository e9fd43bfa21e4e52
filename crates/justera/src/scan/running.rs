//! Page furniture the first pass cannot see: the document's own page
//! header repeated where a page broke (`Socialnämnden` / `Protokoll nr 7` /
//! `Sammanträdesdatum: 2025-09-23` / `Sida 3 (12)`), also when the
//! conversion left no page-break marker, and a footer printed in columns
//! that every page repeats.
//! Marked as furniture so it neither splits a part nor hides the next
//! heading.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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
    let mut out = String::with_capacity(t.len().min(2 * KEY_MAX));
    let mut space = false;
    let bytes = t.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n && out.len() <= KEY_MAX {
        // A run of kept ASCII (lowered at the end, all at once), copied
        // whole.
        let start = i;
        // Eight bytes of plain words at a time (single spaces in them stay
        // single), then byte by byte.
        // Latin-1 letters in lower case (`å`, `ä`, `ö`: 0xC3 0x9F..=0xBF,
        // and `×`, 0xC3 0x97) stay as they are and go in the run too.
        loop {
            while i + 8 <= n && i - start <= KEY_MAX && crate::text::clean8_no_digit(bytes, i) {
                i += 8;
            }
            while i < n && i - start <= KEY_MAX && KEPT[bytes[i] as usize] {
                i += 1;
            }
            if i + 1 < n
                && i - start <= KEY_MAX
                && bytes[i] == 0xC3
                && (bytes[i + 1] >= 0x9F || bytes[i + 1] == 0x97)
            {
                i += 2;
                continue;
            }
            break;
        }
        if i > start {
            if space && !out.is_empty() {
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
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(l);
        }
    }
    // Every character but ASCII is in its final form; ASCII in place.
    out.make_ascii_lowercase();
    out
}

/// A key's hash for counting keys: eight bytes at a time, multiplied
/// (keys come from the document itself, and a collision costs only a
/// comparison); the standard hasher spent more on a key than making it.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
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

/// Marks the runs of repeated header lines after the file's own header.
pub(super) fn running_headers(src: &str, items: &mut [Item]) {
    let lines: Vec<usize> = (0..items.len()).filter(|&i| content(&items[i])).collect();
    if lines.len() <= HEADER_LINES {
        return;
    }
    // Each content line's key, made once: `keys[k]` is `lines[k]`'s.
    let keys: Vec<String> = lines.iter().map(|&i| key(&items[i].text)).collect();
    let mut count: HashMap<&str, usize, BuildHasherDefault<KeyHasher>> = HashMap::default();
    for k in &keys {
        if !k.is_empty() && k.len() <= KEY_MAX {
            *count.entry(k.as_str()).or_default() += 1;
        }
    }
    let count_of = |k: &str| count.get(k).copied().unwrap_or(0);
    // Lines of the file's own header that come back at least twice more.
    let header: Vec<&str> = lines[..HEADER_LINES]
        .iter()
        .zip(&keys)
        .filter(|(&i, _)| {
            let it = &items[i];
            it.text.len() <= 100
                && part_kind(&it.text).is_none()
                && !it.text.contains('§')
                && !has_section_number(&it.text)
                && it.text.chars().any(char::is_alphabetic)
        })
        .map(|(_, k)| k.as_str())
        .filter(|k| count_of(k) >= 3)
        .collect();
    if header.is_empty() {
        return;
    }
    let rest = &lines[HEADER_LINES..];
    let rest_keys = &keys[HEADER_LINES..];
    let is_header = |k: usize| header.contains(&rest_keys[k].as_str());
    // Page counters, known footers, and a line printed in columns that the
    // file repeats on every page (`Ordförandes signatur   Justerandes
    // signatur   Utdragsbestyrkande`).
    let gap = memchr::memmem::Finder::new("   ");
    let page_line = |items: &[Item], k: usize| {
        let it = &items[rest[k]];
        it.furniture
            || known_furniture(&it.text)
            || (gap.find(it.span.of(src).as_bytes()).is_some()
                && !it.text.contains('§')
                && count_of(&rest_keys[k]) >= 3)
    };
    // Runs of header lines (page counters may join them): two lines or more,
    // at least one of them the header's own.
    let mut k = 0;
    while k < rest.len() {
        if !(is_header(k) || page_line(items, k)) {
            k += 1;
            continue;
        }
        let mut e = k;
        while e < rest.len() && (is_header(e) || page_line(items, e)) {
            e += 1;
        }
        let own = (k..e).filter(|&j| is_header(j)).count();
        // A header over a new document (each memo of a bundle under the
        // sender's name) opens that document; it is not furniture.
        let opens_document = rest[k..(e + 1).min(rest.len())]
            .iter()
            .any(|&i| names_document(&items[i].text));
        if own >= 1 && e - k >= 2 && !opens_document {
            for &i in &rest[k..e] {
                items[i].furniture = true;
            }
        }
        k = e;
    }
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

    #[test]
    fn a_repeated_page_header_without_page_breaks() {
        let src = "Socialnämnden\nProtokoll nr 7\nSammanträdesdatum: 2025-09-23\n\n\
                   Beslutande\nA\nB\nC\nD\nE\nF\nG\nH\n\n§ 1 Titel\n\nBeslut\n\
                   Text ett.\nSocialnämnden\nProtokoll nr 7\nSammanträdesdatum: 2025-09-23\n\
                   Sida 2 (3)\nText två.\nSocialnämnden\nProtokoll nr 7\n\
                   Sammanträdesdatum: 2025-09-23\n§ 2 Titel\n\nBeslutet skickas till\nSocialnämnden\n";
        let items = crate::scan::scan(src);
        let marked: Vec<&str> = items
            .iter()
            .filter(|i| i.furniture)
            .map(|i| i.text.as_str())
            .collect();
        assert_eq!(
            marked,
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
}
