//! Part headings a conversion glued to the text around them, split off as
//! items of their own so that the parser sees the heading.
//!
//! - A bold line whose runs a word processor merged: `**§ 4Nämndens frågor
//!   till förvaltningenBeslut**`. A word never turns from a lower-case
//!   letter (or a closing parenthesis) to an upper-case one; where it does
//!   and what follows is a part label, that label is a heading of its own.
//! - A label line and the text under it joined into one paragraph (a
//!   markdown converter joins lines not set off by a blank line): `Beslut
//!   Kommunstyrelsen antar yttrandet ...`, `Sammanfattning av ärendet
//!   Kungsbacka kommun har ...`. A line that opens with a part label whose
//!   words after the first are lower case, then a capitalised word, is the
//!   label and its text. Ordinary prose does not read so: `Beslut om
//!   bistånd fattas ...` goes on in lower case, and a definite noun that
//!   opens a sentence (`Beslutet`, `Ärendet`) is never split off.

use super::item::{replace_items, Item, ItemKind};
use crate::labels::part_kind;
use crate::model::Span;
use crate::text::{is_alpha, is_lower, is_upper};

/// Words a part label can have at most.
const LABEL_WORDS: usize = 6;

/// Split glued labels off their items, in place.
pub(super) fn split_glued_labels<'a>(src: &'a str, items: &mut Vec<Item<'a>>) {
    let splits: Vec<(usize, (Item<'a>, Item<'a>))> = items
        .iter()
        .enumerate()
        .filter_map(|(k, it)| Some((k, glued_split(src, it)?)))
        .collect();
    // Rebuilt once: splicing each split in moved every later item again,
    // which grew with the square of the splits (a page of label lines).
    replace_items(
        items,
        splits
            .into_iter()
            .map(|(k, (head, tail))| (k, [head, tail])),
    );
}

/// The item cut where a label is glued to it or leads it; `None` for one
/// read whole.
fn glued_split<'a>(src: &'a str, it: &Item<'a>) -> Option<(Item<'a>, Item<'a>)> {
    if it.furniture {
        None
    } else if it.is_heading_like() {
        glued_tail(src, it)
    } else if it.kind == ItemKind::Text && it.line_start {
        label_lead(src, it).or_else(|| glued_lead(src, it))
    } else {
        None
    }
}

/// `Title textBeslut`: the title and the glued label as two items.
fn glued_tail<'a>(src: &'a str, it: &Item<'a>) -> Option<(Item<'a>, Item<'a>)> {
    let text = &it.text;
    // Most headings turn from a small letter to a capital nowhere: asked
    // of their bytes before their characters are read.
    if !may_turn(text.as_bytes()) {
        return None;
    }
    let mut prev: Option<char> = None;
    let mut cut = None;
    for (k, c) in text.char_indices() {
        if is_upper(c) && prev.is_some_and(|p| p == ')' || is_lower(p)) {
            cut = Some(k);
        }
        prev = Some(c);
    }
    let cut = cut?;
    let (head, tail) = (text[..cut].trim_end(), &text[cut..]);
    if head.is_empty() || part_kind(tail).is_none() {
        return None;
    }
    // The raw text must end in the label as shown (no markup inside it).
    let raw = it.span.of(src);
    let at = raw.len().checked_sub(tail.len())?;
    if !raw.is_char_boundary(at) || &raw[at..] != tail {
        return None;
    }
    let head_end = it.span.start + raw[..at].trim_end().len();
    let tail_line = it.line as usize + raw[..at].matches('\n').count();
    let mut first = it.clone();
    first.text = head.to_string().into();
    first.span = Span::new(it.span.start, head_end);
    let mut second = Item::new(
        it.kind,
        tail.to_string(),
        Span::new(it.span.start + at, it.span.end),
        tail_line,
        false,
    );
    second.indent = it.indent;
    Some((first, second))
}

/// `Beslut Kommunstyrelsen antar ...`: the label and its text as two items.
fn label_lead<'a>(src: &'a str, it: &Item<'a>) -> Option<(Item<'a>, Item<'a>)> {
    let raw = it.span.of(src);
    // Only a line read as it stands (no markup stripped from it).
    if !raw.starts_with(is_upper) || !capital_after_first(raw) || !read_as_it_stands(src, it) {
        return None;
    }
    let mut best = None;
    // `raw.split(' ')`, a byte at a time: the words are few and short.
    let mut at = Some(0);
    let mut words = std::iter::from_fn(|| {
        let p = at?;
        let r = &raw[p..];
        match r.bytes().position(|b| b == b' ') {
            Some(k) => {
                at = Some(p + k + 1);
                Some(&r[..k])
            }
            None => {
                at = None;
                Some(r)
            }
        }
    });
    let mut end = 0;
    let mut after_dash = false;
    for n in 1..=LABEL_WORDS {
        let Some(w) = words.next() else { break };
        // After the first word: lower-case words, a dash, and a
        // capitalised qualifier after the dash (`Beslut – Förslag till
        // kommunfullmäktige`).
        // `Beslut: ...` is read as a label with its text elsewhere.
        let dash = matches!(w, "–" | "-");
        let word = w.chars().all(is_alpha);
        if !(word || dash) || (n > 1 && !(w.chars().all(is_lower) || dash || after_dash)) {
            break;
        }
        after_dash = dash;
        end += if n > 1 { 1 } else { 0 } + w.len();
        let next = raw[end..].strip_prefix(' ');
        let capitalised = next.is_some_and(|r| r.starts_with(is_upper));
        let definite = n == 1 && matches!(w, "Beslutet" | "Ärendet");
        if capitalised && !definite && !dash && part_kind(&raw[..end]).is_some() {
            best = Some(end);
        }
    }
    let end = best?;
    Some(label_and_text(raw, it, end, end + 1))
}

/// Whether the item's text is its span's bytes: borrowed from them (most
/// items, no bytes compared) or a copy equal to them.
fn read_as_it_stands(src: &str, it: &Item) -> bool {
    it.is_raw(src) || it.span.of(src) == it.text
}

/// `it` (whose raw text is `raw`) cut into its label, up to `end`, and
/// its text, from `text_at`: two items, the text on the label's line.
fn label_and_text<'a>(
    raw: &'a str,
    it: &Item<'a>,
    end: usize,
    text_at: usize,
) -> (Item<'a>, Item<'a>) {
    let mut first = it.clone();
    first.text = raw[..end].into();
    first.span = Span::new(it.span.start, it.span.start + end);
    let mut second = Item::new(
        ItemKind::Text,
        raw[text_at..].to_string(),
        Span::new(it.span.start + text_at, it.span.end),
        it.line as usize,
        false,
    );
    second.indent = it.indent;
    (first, second)
}

/// `ProtokollsanteckningLena Vik (SD) lämnar ...`: a label of one word
/// glued to its text where the converter lost the gap between a label
/// column and its value (a word never turns from a small letter to a
/// capital inside it): the label and its text as two items.
fn glued_lead<'a>(src: &'a str, it: &Item<'a>) -> Option<(Item<'a>, Item<'a>)> {
    let raw = it.span.of(src);
    if !may_glue(raw.as_bytes()) || !raw.starts_with(is_upper) || !read_as_it_stands(src, it) {
        return None;
    }
    let mut prev: Option<char> = None;
    let mut cut = None;
    for (k, c) in raw.char_indices().take(48) {
        if is_upper(c) && prev.is_some_and(is_lower) {
            cut = Some(k);
            break;
        }
        if !(is_alpha(c) || c == ' ') {
            break;
        }
        prev = Some(c);
    }
    let cut = cut?;
    let label = &raw[..cut];
    if label.contains(' ') || part_kind(label).is_none() {
        return None;
    }
    Some(label_and_text(raw, it, cut, cut))
}

/// Whether a capital may follow a small letter or `)` anywhere in `b`
/// (the turn [`glued_tail`] cuts at), read byte by byte with no branch: a
/// capital opens with an ASCII capital, with 0xC3 then 0x80..=0x9E
/// (Latin-1's `À` to `Þ`), or with a lead byte from 0xC4 up (no character
/// of 0xC2's is a capital); the character before it ends in a small ASCII
/// letter, `)`, or a byte of 0x80 or more (any character but ASCII). A
/// text with no such pair holds no turn.
fn may_turn(b: &[u8]) -> bool {
    let n = b.len();
    if n < 2 {
        return false;
    }
    let turn = |p: u8, c: u8, next: u8| {
        let upper =
            c.is_ascii_uppercase() | (c >= 0xC4) | ((c == 0xC3) & (0x80..=0x9E).contains(&next));
        let lower = p.is_ascii_lowercase() | (p == b')') | (p >= 0x80);
        upper & lower
    };
    // The last byte has none after it.
    let mut may = turn(b[n - 2], b[n - 1], 0);
    for ((&p, &c), &next) in b.iter().zip(&b[1..]).zip(&b[2..]) {
        may |= turn(p, c, next);
    }
    may
}

/// Whether a small letter turns into a capital within the first word of
/// `b` (`gL`, `gÅ`, `äL`), read byte by byte: the few Swedish letters
/// outside ASCII are `å`, `ä`, `ö` (0xC3 then 0xA4..=0xB6) and their
/// capitals (0xC3 then 0x80..=0x9E). A line with no such turn there holds
/// no label of one word glued to its text; [`glued_lead`] reads the rest
/// by characters.
fn may_glue(b: &[u8]) -> bool {
    let head = &b[..b.len().min(48)];
    let n = memchr::memchr(b' ', head).unwrap_or(head.len());
    // Most first words have no capital after their first letter.
    if !head[1.min(n)..n]
        .iter()
        .any(|&x| x.is_ascii_uppercase() || x == 0xC3)
    {
        return false;
    }
    (1..n).any(|k| {
        let upper = b[k].is_ascii_uppercase()
            || (b[k] == 0xC3 && b.get(k + 1).is_some_and(|x| (0x80..=0x9E).contains(x)));
        let lower = b[k - 1].is_ascii_lowercase()
            || (k >= 2 && b[k - 2] == 0xC3 && (0xA4..=0xB6).contains(&b[k - 1]));
        upper && lower
    })
}

/// Whether one of the words after the first, up to the one after the
/// last a label can have, opens with a capital: a label is split off only
/// before a capitalised word, so a line with none there holds none (most
/// prose goes on in lower case).
fn capital_after_first(raw: &str) -> bool {
    let b = raw.as_bytes();
    let mut at = 0;
    for _ in 0..LABEL_WORDS {
        // Words are short: a byte at a time, no search started per word.
        let Some(k) = b[at..].iter().position(|&c| c == b' ') else {
            return false;
        };
        at += k + 1;
        match b.get(at) {
            Some(b'A'..=b'Z') => return true,
            // After a space: a character's start.
            Some(&c) if c >= 0x80 && raw[at..].starts_with(is_upper) => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::scan::{scan, ItemKind};

    /// Pieces generated texts are made of: the edge bytes (`§`, å ä ö,
    /// Å Ä Ö, É, `×` and `÷` beside Latin-1's capitals and small letters,
    /// capitals of two and three bytes, a title case letter, tab, NBSP,
    /// CR, digits, `)`) and the labels looked for.
    const PIECES: [&str; 34] = [
        "§",
        "å",
        "ä",
        "ö",
        "Å",
        "Ä",
        "Ö",
        "É",
        "é",
        "×",
        "÷",
        "ß",
        "Þ",
        "Σ",
        "σ",
        "ǅ",
        "ẞ",
        "\t",
        "\u{a0}",
        "\r",
        "1",
        "9",
        ")",
        "(",
        " ",
        "a",
        "x",
        "B",
        "Beslut",
        "Reservation",
        "Protokollsanteckning",
        "eHälsa",
        "förvaltningen",
        "–",
    ];

    /// [`super::may_turn`] lets through every text in which
    /// [`super::glued_tail`]'s walk finds a turn (a capital after a small
    /// letter or `)`), on generated texts, and rules most others out.
    #[test]
    fn may_turn_holds_every_turn_the_walk_finds() {
        let mut rng = crate::testing::Rng::new(0x7f4a_7c15_9e37_79b9);
        let (mut turns, mut ruled_out) = (0, 0);
        for _ in 0..60_000 {
            let t = rng.pieces(&PIECES, 10);
            let mut prev: Option<char> = None;
            let mut turn = false;
            for c in t.chars() {
                turn |= crate::text::is_upper(c)
                    && prev.is_some_and(|p| p == ')' || crate::text::is_lower(p));
                prev = Some(c);
            }
            let may = super::may_turn(t.as_bytes());
            assert!(may || !turn, "{t:?}");
            turns += usize::from(turn);
            ruled_out += usize::from(!may);
        }
        assert!(turns > 5_000 && ruled_out > 5_000, "{turns} {ruled_out}");
        // And [`super::may_glue`] on the same pieces, against its reading
        // written out here (a walk of its first word cost more than this
        // search on real protocols; a change to either shows here).
        for _ in 0..60_000 {
            let t = rng.pieces(&PIECES, 14);
            let b = t.as_bytes();
            let head = &b[..b.len().min(48)];
            let n = memchr::memchr(b' ', head).unwrap_or(head.len());
            let plain = (1..n).any(|k| {
                let upper = b[k].is_ascii_uppercase()
                    || (b[k] == 0xC3 && b.get(k + 1).is_some_and(|x| (0x80..=0x9E).contains(x)));
                let lower = b[k - 1].is_ascii_lowercase()
                    || (k >= 2 && b[k - 2] == 0xC3 && (0xA4..=0xB6).contains(&b[k - 1]));
                upper && lower
            });
            assert_eq!(super::may_glue(b), plain, "{t:?}");
        }
    }

    /// [`super::capital_after_first`] against its plain reading: a word
    /// among the second to the seventh (split on single spaces) opens
    /// with an upper-case letter.
    #[test]
    fn capital_after_first_is_a_capitalised_word_among_the_next_six() {
        let pieces = [
            "a", "Ö", "ö", "É", "Σ", "σ", "ǅ", "B", "x", " ", " ", " ", "–", "1", "(", "€", "ord",
        ];
        let mut rng = crate::testing::Rng::new(0x1234_5678_9abc_def1);
        let (mut yes, mut no) = (0, 0);
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 24);
            let plain = t
                .split(' ')
                .skip(1)
                .take(super::LABEL_WORDS)
                .any(|w| w.starts_with(|c: char| c.is_uppercase()));
            assert_eq!(super::capital_after_first(&t), plain, "{t:?}");
            if plain {
                yes += 1;
            } else {
                no += 1;
            }
        }
        assert!(yes > 5_000 && no > 5_000, "{yes} {no}");
    }

    /// [`super::may_glue`] against its plain reading: a small letter
    /// before a capital inside the first word (up to 48 bytes).
    #[test]
    fn may_glue_is_a_small_letter_before_a_capital_in_the_first_word() {
        let pieces = ["a", "Ö", "ö", "å", "Å", "É", "B", "x", " ", "é", "1", "("];
        let mut rng = crate::testing::Rng::new(0x0bad_cafe_1234_5678);
        let (mut yes, mut no) = (0, 0);
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 12);
            let mut head = 0;
            for (k, c) in t.char_indices() {
                if c == ' ' || k + c.len_utf8() > 48 {
                    break;
                }
                head = k + c.len_utf8();
            }
            let chars: Vec<char> = t[..head].chars().collect();
            let swedish_lower =
                |c: char| c.is_ascii_lowercase() || matches!(c, 'å' | 'ä' | 'ö' | 'é');
            let swedish_upper =
                |c: char| c.is_ascii_uppercase() || ('\u{c0}'..='\u{de}').contains(&c);
            let plain = chars
                .windows(2)
                .any(|w| swedish_lower(w[0]) && swedish_upper(w[1]));
            assert_eq!(super::may_glue(t.as_bytes()), plain, "{t:?}");
            if plain {
                yes += 1;
            } else {
                no += 1;
            }
        }
        assert!(yes > 5_000 && no > 5_000, "{yes} {no}");
    }

    fn texts(src: &str) -> Vec<(String, &str, bool)> {
        scan(src)
            .into_iter()
            .filter(|i| !i.is_blank())
            .map(|i| (i.text.to_string(), i.span.of(src), i.line_start))
            .collect()
    }

    #[test]
    fn a_label_glued_to_a_bold_title_is_an_item_of_its_own() {
        let src = "**§ 4Nämndens frågor till förvaltningenBeslut**\n";
        let items = scan(src);
        let t: Vec<_> = items.iter().map(|i| i.text.as_ref()).collect();
        assert_eq!(t, ["§ 4Nämndens frågor till förvaltningen", "Beslut"]);
        assert_eq!(items[1].span.of(src), "Beslut");
        assert_eq!(items[1].kind, ItemKind::Strong);
        let src = "**§ 29  \nÖvrigtBeslut**\n";
        let items = scan(src);
        assert_eq!(items[0].span.of(src), "§ 29  \nÖvrigt");
        assert_eq!(items[1].span.of(src), "Beslut");
        assert_eq!(items[1].line, 1);
        let src = "## Remiss (SN/2023:105)Beslut\n";
        let t: Vec<_> = scan(src).into_iter().map(|i| i.text).collect();
        assert_eq!(t, ["Remiss (SN/2023:105)", "Beslut"]);
    }

    #[test]
    fn a_bold_title_with_a_capital_inside_a_word_stays_whole() {
        for src in [
            "**Avtal med McDonald**\n",
            "**Motion om eHälsa Stockholm**\n",
        ] {
            assert_eq!(scan(src).len(), 1, "{src}");
        }
    }

    /// A label glued to its text with no gap (`ProtokollsanteckningLena
    /// Vik (SD) ...`); near misses: a name with a capital inside it, a
    /// word that is no label.
    #[test]
    fn a_label_glued_to_its_text_without_a_gap_is_split() {
        let src = "ProtokollsanteckningLena Vik (SD) lämnar en protokollsanteckning.\n";
        let t = texts(src);
        assert_eq!(
            t[0],
            (
                "Protokollsanteckning".to_string(),
                "Protokollsanteckning",
                true
            )
        );
        assert_eq!(t[1].1, "Lena Vik (SD) lämnar en protokollsanteckning.");
        let src = "Beslutsgång Ordföranden frågar.\nReservationBo Ek (M) reserverar sig.\n";
        assert_eq!(texts(src)[2].0, "Reservation");
        for src in ["McDonald (M) yrkar bifall.\n", "EkonomiAB har svarat.\n"] {
            assert_eq!(texts(src).len(), 1, "{src}");
        }
    }

    #[test]
    fn a_label_joined_with_its_text_is_split() {
        let src = "Beslut Kommunstyrelsen antar yttrandet, daterat 2025-05-21.\n";
        let t = texts(src);
        assert_eq!(t[0], ("Beslut".to_string(), "Beslut", true));
        assert_eq!(
            t[1].1,
            "Kommunstyrelsen antar yttrandet, daterat 2025-05-21."
        );
        assert!(!t[1].2);
        let src = "Sammanfattning av ärendet Kungsbacka kommun har fått en remiss.\n";
        assert_eq!(texts(src)[0].0, "Sammanfattning av ärendet");
        let src = "Beslutet skickas till Kommunstyrelsen\n";
        assert_eq!(texts(src)[0].0, "Beslutet skickas till");
        let src = "Beslut – Förslag till kommunfullmäktige Kommunfullmäktige avslår motionen.\n";
        assert_eq!(texts(src)[0].0, "Beslut – Förslag till kommunfullmäktige");
        let src = "Förslag till beslut på sammanträdet Fredrik Hansson (C) yrkar bifall.\n";
        assert_eq!(texts(src)[0].0, "Förslag till beslut på sammanträdet");
        let src =
            "Beslutsgång Ordförande Lisa Andersson (M) prövar om kommunstyrelsen kan bifalla.\n";
        assert_eq!(texts(src)[0].0, "Beslutsgång");
    }

    #[test]
    fn prose_that_opens_with_a_label_word_is_not_split() {
        for src in [
            "Beslut om bistånd fattas av nämnden.\n",
            "Beslutet Socialnämnden fattade i mars har överklagats.\n",
            "Ärendet Kungsbacka kommun väckte är avgjort.\n",
            "Bakgrunden är att Nämnden har fått en fråga.\n",
            "Förslag till beslut på sammanträdet lämnades inte.\n",
            "Reservation: SD-gruppen\n",
        ] {
            assert_eq!(texts(src).len(), 1, "{src}");
        }
    }
}
