//! A protocol's front page whose line breaks were all lost (a page's text
//! copied or shown as one line: `PROTOKOLL Kommunstyrelsen ... Plats och
//! tid Konferensrum 105 ... Beslutande Monica Samuelsson (S) ... Utses att
//! justera Dennis Ljunggren Justeringens plats och tid ... Paragrafer §§
//! 130 - 143 Underskrifter Sekreterare Cecilia Stedt ...`): the line is cut
//! before each front label, so that each label starts an item of its own
//! as it started a line on the page.
//!
//! Only a line holding at least three different such labels, each written
//! with its capital, is cut: prose names one at most (`Ordföranden ...`,
//! `Beslutande organ är ...`), and a label's word in lower case is never a
//! label (`..., ordförande`).

use super::item::{replace_items, Item, ItemKind};
use crate::model::Span;

/// Front labels as a front page writes them, longest first where one
/// holds another.
const LABELS: [&str; 17] = [
    "Justeringens plats och tid",
    "Plats och tid för justering",
    "Plats och tid",
    "Tid och plats",
    "Sammanträdesdatum",
    "Beslutande",
    "Tjänstgörande ersättare",
    "Närvarande ersättare",
    "Övriga närvarande",
    "Övriga deltagare",
    "Utses att justera",
    "Paragrafer",
    "Underskrifter",
    "Sekreterare",
    "Ordförande",
    "Justerare",
    "Justerande",
];

/// The labels of [`LABELS`] by their first byte: bit `i` of `BY_FIRST[c]`
/// set for the label at `i` opening with `c`.
const BY_FIRST: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < LABELS.len() {
        t[LABELS[i].as_bytes()[0] as usize] |= 1 << i;
        i += 1;
    }
    t
};

/// Where labels start in `t`: on a word boundary, followed by a space, a
/// colon or the end; no label inside a longer one (the earlier in
/// `LABELS` wins). A label is tried only where a word starts with a
/// label's first character, and only the labels that open with it.
fn label_starts(t: &str) -> Vec<(usize, &'static str)> {
    let b = t.as_bytes();
    // (label's place in LABELS, offset), in the order LABELS are tried.
    let mut found: Vec<(usize, usize)> = Vec::new();
    label_openers(b, |k| {
        let mut those = BY_FIRST[b[k] as usize];
        while those != 0 {
            let i = those.trailing_zeros() as usize;
            those &= those - 1;
            let l = LABELS[i];
            // The second byte before the whole label (`Ö` and `å` share
            // their first).
            if b.get(k + 1) == Some(&l.as_bytes()[1]) && b[k..].starts_with(l.as_bytes()) {
                let after = &b[k + l.len()..];
                if after.is_empty() || after[0] == b' ' || after[0] == b':' {
                    found.push((i, k));
                }
            }
        }
    });
    found.sort_unstable();
    let mut out: Vec<(usize, &'static str)> = Vec::new();
    for (i, k) in found {
        let l = LABELS[i];
        if !out.iter().any(|&(a, m)| k >= a && k < a + m.len()) {
            out.push((k, l));
        }
    }
    out.sort_by_key(|&(k, _)| k);
    out
}

/// Calls `f` at each place where a word starts (at 0 and after each
/// space) with a label's first character: a capital `B`, `J`, `N`, `O`,
/// `P`, `S`, `T`, `U` or `Ö`, in rising order. The line is read sixteen
/// places at a time, each block asked with no branch whether a space
/// stands before such a character in it; only a block where one does is
/// read place by place. Prose holds few such words, and no search is
/// started per capital (searches for the capitals stopped at every one,
/// a word's start or not).
fn label_openers(b: &[u8], mut f: impl FnMut(usize)) {
    // `Ö` is 0xC3 0x96; 0xC3 also opens `å`, `ä`, `ö`.
    let opens = |k: usize| may_open_label(b[k]) && (b[k] != 0xC3 || b.get(k + 1) == Some(&0x96));
    if !b.is_empty() && opens(0) {
        f(0);
    }
    // Places `i..i + 16`, each with the byte before it and the one after:
    // `w[j]`, `w[j + 1]`, `w[j + 2]` for place `i + j`.
    let mut i = 1;
    while i + 17 <= b.len() {
        let w: &[u8; 18] = b[i - 1..i + 17].try_into().expect("18 bytes");
        if may_open_word(w) {
            for k in i..i + 16 {
                if b[k - 1] == b' ' && opens(k) {
                    f(k);
                }
            }
        }
        i += 16;
    }
    for k in i..b.len() {
        if b[k - 1] == b' ' && opens(k) {
            f(k);
        }
    }
}

/// Whether a space in `w[..16]` stands before a label's first character
/// (`B`, `J`, `N` to `P`, `S` to `U`, or `Ö`, 0xC3 0x96), asked of every
/// place with no branch.
fn may_open_word(w: &[u8; 18]) -> bool {
    let mut may = false;
    for ((&c, &d), &e) in w[..16].iter().zip(&w[1..17]).zip(&w[2..]) {
        let ascii =
            (d == b'B') | (d == b'J') | (d.wrapping_sub(b'N') < 3) | (d.wrapping_sub(b'S') < 3);
        let o = (d == 0xC3) & (e == 0x96);
        may |= (c == b' ') & (ascii | o);
    }
    may
}

/// Whether a label can start with this byte (0xC3 opens `Ö`).
fn may_open_label(first: u8) -> bool {
    matches!(
        first,
        b'B' | b'J' | b'N' | b'O' | b'P' | b'S' | b'T' | b'U' | 0xC3
    )
}

/// Cut one-line front pages before each label, in place.
pub(super) fn split_front_lines(src: &str, items: &mut Vec<Item>) {
    let cut: Vec<(usize, Vec<Item>)> = items
        .iter()
        .enumerate()
        .filter(|(_, it)| may_be_cut(it))
        .filter_map(|(k, it)| {
            let cuts = cuts_of(src, it);
            (!cuts.is_empty()).then(|| (k, pieces_of(src, it, &cuts)))
        })
        .collect();
    // Rebuilt once, not spliced at each cut line (square of the lines).
    replace_items(items, cut);
}

/// The line `it` cut at `cuts` (byte offsets in its raw text): a piece
/// per label, blank pieces dropped.
fn pieces_of<'a>(src: &str, it: &Item<'a>, cuts: &[usize]) -> Vec<Item<'a>> {
    let raw = it.span.of(src);
    let mut pieces = Vec::new();
    let mut bounds = vec![0];
    bounds.extend(cuts.iter().copied());
    bounds.push(raw.len());
    for w in bounds.windows(2) {
        let piece = raw[w[0]..w[1]].trim_end();
        if piece.trim().is_empty() {
            continue;
        }
        let mut p = Item::new(
            it.kind,
            piece.split_whitespace().collect::<Vec<_>>().join(" "),
            Span::new(it.span.start + w[0], it.span.start + w[0] + piece.len()),
            it.line as usize,
            true,
        );
        p.indent = it.indent;
        pieces.push(p);
    }
    pieces
}

/// Whether `it` can be a front page's lost lines: a text item of its own
/// line, no furniture, 120 bytes long at least ([`cuts_of`] asks the
/// length again). The four are asked at once, with no branch between
/// them: each alone goes either way from line to line, while all four
/// hold for few lines, so one branch on their sum is seldom mispredicted.
fn may_be_cut(it: &Item) -> bool {
    (it.kind == ItemKind::Text) & it.line_start & !it.furniture & (it.span.len() >= 120)
}

/// A column gap's searcher, built once.
static THREE_SPACES: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
    std::sync::OnceLock::new();

/// The byte offsets in the raw line where a label starts, when the line
/// holds three or more different labels; none otherwise.
fn cuts_of(src: &str, it: &Item) -> Vec<usize> {
    let raw = it.span.of(src);
    // Wide gaps or tabs: a page's columns side by side (`Beslutande
    // Ledamöter        Tjänstgörande ersättare`), read as columns.
    if raw.len() < 120
        || (!it.is_raw(src)
            && (memchr::memchr2(b'\n', b'\t', raw.as_bytes()).is_some()
                || THREE_SPACES
                    .get_or_init(|| memchr::memmem::Finder::new(b"   "))
                    .find(raw.as_bytes())
                    .is_some()))
    {
        return Vec::new();
    }
    let found = label_starts(raw);
    let mut distinct: Vec<&str> = found.iter().map(|&(_, l)| l).collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < 3 {
        return Vec::new();
    }
    found
        .into_iter()
        .map(|(k, _)| k)
        .filter(|&k| k > 0)
        .collect()
}

#[cfg(test)]
mod tests {
    /// [`super::label_openers`] against its plain reading, on generated
    /// lines: the words' starts whose first character opens a label.
    #[test]
    fn label_openers_are_the_words_that_may_open_a_label() {
        let pieces = [
            " ", "  ", "å", "Ö", "ö", "Ä", "\u{2016}", "B", "U", "V", "A", "T", "b", "!", "a",
            "ord", "Ord", "J", "N", "O", "P", "S",
        ];
        let mut rng = crate::testing::Rng::new(0x5851_f42d_4c95_7f2d);
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 40);
            let plain: Vec<usize> = std::iter::once(0)
                .chain(
                    t.bytes()
                        .enumerate()
                        .filter(|b| b.1 == b' ')
                        .map(|b| b.0 + 1),
                )
                .filter(|&k| t[k..].starts_with(|c: char| "BJNOPSTUÖ".contains(c)))
                .collect();
            let mut fast: Vec<usize> = Vec::new();
            super::label_openers(t.as_bytes(), |k| fast.push(k));
            assert_eq!(fast, plain, "{t:?}");
        }
    }

    /// The plain reading of `label_starts`: every label searched for over
    /// the whole line, in `LABELS` order.
    fn label_starts_by_search(t: &str) -> Vec<(usize, &'static str)> {
        let mut out: Vec<(usize, &'static str)> = Vec::new();
        for l in super::LABELS {
            for (k, _) in t.match_indices(l) {
                let before_ok = k == 0 || t[..k].ends_with(' ');
                let after = &t[k + l.len()..];
                let after_ok = after.is_empty() || after.starts_with([' ', ':']);
                let inside = out.iter().any(|&(a, m)| k >= a && k < a + m.len());
                if before_ok && after_ok && !inside {
                    out.push((k, l));
                }
            }
        }
        out.sort_by_key(|&(k, _)| k);
        out
    }

    /// Pieces generated lines are made of besides the labels themselves:
    /// words that open as they do, and the edge bytes (`§`, å ä ö, Å Ä Ö, É, tab, NBSP, CR,
    /// digits, a colon).
    const PIECES: [&str; 23] = [
        "Justeringen",
        "Över",
        "Ordföranden",
        "Beslut",
        "§",
        "å",
        "ä",
        "ö",
        "Å",
        "Ä",
        "Ö",
        "É",
        "\t",
        "\u{a0}",
        "\r",
        "1",
        "2025",
        ":",
        " ",
        " ",
        "  ",
        "x",
        "Eva Ek (S)",
    ];

    /// [`super::label_starts`] against every label searched for over
    /// the whole line, on generated lines (long enough to be read in
    /// blocks).
    #[test]
    fn label_starts_are_every_search_on_generated_lines() {
        let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15);
        let pieces: Vec<&str> = super::LABELS.iter().chain(&PIECES).copied().collect();
        let mut found = 0;
        for _ in 0..30_000 {
            let t = rng.pieces(&pieces, 30);
            let fast = super::label_starts(&t);
            assert_eq!(fast, label_starts_by_search(&t), "{t:?}");
            found += fast.len();
        }
        assert!(found > 3_000, "{found}");
    }

    #[test]
    fn every_label_opens_with_a_byte_that_is_tried() {
        for l in super::LABELS {
            assert!(super::may_open_label(l.as_bytes()[0]), "{l}");
            let first = l.chars().next().unwrap();
            assert!("BJNOPSTUÖ".contains(first), "{l}");
        }
    }

    #[test]
    fn labels_are_found_where_a_search_for_each_finds_them() {
        for t in [
            "Beslutande Beslutande: Tid och plats Plats och tid Plats och tidx Justerare Justerande Sekreterare Sekreterare",
            "Justeringens plats och tid Plats och tid för justering Plats och tid Övriga närvarande Övriga deltagare",
            "xBeslutande Beslutandex BeslutandeBeslutande Utses att justera Paragrafer §§ 1-2 Underskrifter",
            "Tjänstgörande ersättare Närvarande ersättare Sammanträdesdatum: Övrigt Ö",
            "",
            " Beslutande ",
        ] {
            assert_eq!(super::label_starts(t), label_starts_by_search(t), "{t:?}");
        }
    }

    #[test]
    fn a_front_page_on_one_line_is_read_label_by_label() {
        let src = "PROTOKOLL Kommunstyrelsen Sammanträdesdatum: 2018-10-02 Plats och tid Kommunhuset, kl. 09:00-11:30 Beslutande Eva Ek (S), ordförande Bo Lind (M) Per Ås (C) Närvarande ersättare Maj Holm (M) Utses att justera Bo Lind Justeringens plats och tid Kommunhuset 2018-10-03 kl. 16:00 Paragrafer §§ 130 - 143 Underskrifter Sekreterare Cecilia Stedt Ordförande Eva Ek 1(25)\n";
        let doc = crate::parse(src);
        let names =
            |v: &[crate::model::Person]| v.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&doc.attendance.members),
            ["Eva Ek", "Bo Lind", "Per Ås"]
        );
        assert_eq!(names(&doc.attendance.substitutes), ["Maj Holm"]);
        assert_eq!(names(&doc.justering.justerare), ["Bo Lind"]);
        assert_eq!(
            doc.meeting.date.as_ref().map(|d| d.iso.clone()),
            Some("2018-10-02".into())
        );
        // `Sekreterare Cecilia Stedt Ordförande Eva Ek`: the chair's label
        // ends the secretary's name.
        assert_eq!(
            doc.secretary.as_ref().map(|p| p.name.as_str()),
            Some("Cecilia Stedt")
        );
        // The chair's name before the page's counter `1(25)`.
        let chair: Vec<_> = doc
            .signatures
            .iter()
            .filter(|x| x.role.as_deref() == Some("ordförande"))
            .map(|x| x.name.as_str())
            .collect();
        assert_eq!(chair, ["Eva Ek"]);
    }

    #[test]
    fn prose_naming_labels_is_not_cut() {
        // Two labels only, and lower-case label words.
        let src = "Beslutande organ är kommunstyrelsen, och Sekreterare Anna Ek för protokollet; ledamöterna, ordförande och justerande, närvarande ersättare och övriga närvarande läser det innan beslutande sker i nämnden och i fullmäktige.\n";
        let items = super::super::scan(src);
        assert_eq!(items.iter().filter(|i| !i.is_blank()).count(), 1);
        // Column headings side by side, wide gaps between them.
        let src = "Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 13.00–13.50 sammanträde Beslutande    Ledamöter                     Tjänstgörande ersättare\n";
        let items = super::super::scan(src);
        assert_eq!(items.iter().filter(|i| !i.is_blank()).count(), 1);
    }
}
