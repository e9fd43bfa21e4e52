//! Page furniture: headers, footers and page counters repeated at page
//! breaks, marked so the parser skips them.

use super::item::{to_u32, Item, ItemKind};

/// Lines that stand next to page breaks again and again are the page's
/// header or footer: mark them as furniture. Only an unbroken run of such
/// lines touching a break is marked.
pub(super) fn mark_furniture(items: &mut [Item]) {
    use std::collections::HashMap;
    for it in items.iter_mut() {
        if matches!(it.kind, ItemKind::Text | ItemKind::TableRow) && known_furniture(&it.text) {
            it.furniture = true;
        }
    }
    const REACH: usize = 5;
    let is_break = |it: &Item| matches!(it.kind, ItemKind::PageBreak | ItemKind::Rule);
    let breaks: Vec<usize> = (0..items.len()).filter(|&i| is_break(&items[i])).collect();
    if breaks.len() < 2 {
        return;
    }
    // How many distinct lines near a break share each key: a header or
    // footer is repeated on many pages, while one short page's line can
    // stand near two breaks and must not count twice. Each key is made
    // once, into one buffer, and stands for its distinct key's number:
    // `lines_of[id]`.
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut lines_of: Vec<Vec<u32>> = Vec::new();
    let mut key = String::new();
    // The non-blank items after (forward) and before (backward) each
    // break, nearest first, with their keys' numbers, found once for both
    // walks below (neither the kinds nor the texts change between them):
    // break `n`'s forward ones from `bounds[n].0`, its backward ones from
    // `bounds[n].1` up to the next break's.
    let mut near: Vec<(usize, u32)> = Vec::with_capacity(breaks.len() * 2 * REACH);
    let mut bounds: Vec<(usize, usize)> = Vec::with_capacity(breaks.len());
    for &b in &breaks {
        let start = near.len();
        let mut mid = start;
        for forward in [true, false] {
            if !forward {
                mid = near.len();
            }
            let (mut j, mut found) = (b, 0);
            while found < REACH {
                if forward {
                    j += 1;
                    if j >= items.len() {
                        break;
                    }
                } else if j == 0 {
                    break;
                } else {
                    j -= 1;
                }
                if is_break(&items[j]) {
                    break;
                }
                if items[j].is_blank() {
                    continue;
                }
                found += 1;
                furniture_key_into(&items[j].text, &mut key);
                let id = match ids.get(key.as_str()) {
                    Some(&id) => id,
                    None => {
                        let id = to_u32(lines_of.len());
                        ids.insert(key.clone(), id);
                        lines_of.push(Vec::new());
                        id
                    }
                };
                let v = &mut lines_of[id as usize];
                if !v.contains(&items[j].line) && v.len() < 64 {
                    v.push(items[j].line);
                }
                near.push((j, id));
            }
        }
        bounds.push((start, mid));
    }
    let threshold = (breaks.len() / 3).max(2);
    let first = first_page(items);
    for (n, &b) in breaks.iter().enumerate() {
        let (start, mid) = bounds[n];
        let end = bounds.get(n + 1).map_or(near.len(), |x| x.0);
        for (forward, list) in [(true, &near[start..mid]), (false, &near[mid..end])] {
            // The first page's own header is the document's: it names the
            // body and the date, however often the pages repeat it.
            if forward && Some(b) == first {
                continue;
            }
            for &(j, id) in list {
                // A key is empty only for an empty text (one of six
                // letters or more keeps them).
                let repeated = lines_of[id as usize].len() >= threshold;
                if items[j].text.is_empty()
                    || !(repeated || known_furniture(&items[j].text))
                    || has_section_number(&items[j].text)
                    || (!known_furniture(&items[j].text) && content(&items[j]))
                {
                    break;
                }
                items[j].furniture = true;
            }
        }
    }
}

/// The page mark that opens the first page (`<!-- sida 1 -->` at the top,
/// after a front matter between two `---` lines at most): nothing of the
/// document stands before it.
fn first_page(items: &[Item]) -> Option<usize> {
    let rule = |it: &Item| matches!(it.kind, ItemKind::Rule);
    let lead = items.iter().position(|it| !it.is_blank())?;
    // A front matter: from a rule opening the file to the next rule.
    let matter_end = if rule(&items[lead]) {
        items[lead + 1..]
            .iter()
            .position(rule)
            .map(|k| lead + 1 + k)
    } else {
        None
    };
    let from = matter_end.map_or(lead, |e| e + 1);
    let k = from + items[from..].iter().position(|it| !it.is_blank())?;
    matches!(items[k].kind, ItemKind::PageBreak).then_some(k)
}

/// What a paragraph says, however often: a part heading (`Kommunfullmäktiges
/// beslut`), a list item, a sentence (`Ärendet överlämnas till
/// kommunstyrelsen för beredning.`). Web pages that end each paragraph with
/// an underscore rule repeat such lines next to the rule in paragraph after
/// paragraph; a page header or footer is none of these.
fn content(it: &Item) -> bool {
    let t = it.text.trim();
    matches!(it.kind, ItemKind::ListItem(_))
        || crate::labels::part_kind(t).is_some()
        || (t.ends_with('.') && t.split_whitespace().count() >= 4)
}

/// `§ 12` anywhere in a line, or `Paragraf 12` opening it (the sign
/// written as a word): a paragraph heading is never page furniture.
pub(super) fn has_section_number(t: &str) -> bool {
    let word = ["Paragraf ", "PARAGRAF "]
        .iter()
        .find_map(|w| t.trim_start().strip_prefix(w))
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    word || t.match_indices('§').any(|(k, _)| {
        t[k..]
            .trim_start_matches(['§', ' '])
            .starts_with(|c: char| c.is_ascii_digit())
    })
}

/// The words templates print on every page, whether or not the page breaks
/// survived the conversion: `Justerandes signatur`, `Utdragsbestyrkande`,
/// `Sida 3 av 40`, `3 (12)`.
pub fn known_furniture(t: &str) -> bool {
    // A long line is furniture only by its first words or as a page
    // counter, which is made of these characters alone: lower case no more
    // than 80 bytes of it (a label is at most 19 characters of at most 3
    // bytes) unless it could be one.
    let t = t.trim();
    // Every form below opens with `j`, `u`, `s`, a dash or a digit in any
    // case (lower casing maps no other character onto these).
    if !t.starts_with(|c: char| {
        matches!(c, 'j' | 'J' | 'u' | 'U' | 's' | 'S' | '-') || c.is_ascii_digit()
    }) {
        return false;
    }
    // And those with letters open with `juster`, `utdrag` or `sida` in
    // some ASCII case: lower case makes these letters from themselves
    // alone.
    let opens = |w: &[u8]| {
        t.as_bytes()
            .get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
    };
    if t.starts_with(|c: char| c.is_ascii_alphabetic())
        && !(opens(b"juster") || opens(b"utdrag") || opens(b"sida"))
    {
        return false;
    }
    known_by_words(t)
}

/// A line of signature boxes' labels alone, as a page's foot sets them
/// (`Justerare:   Ordförande:`, `Ordf. sign   Just. sign`): two words or
/// more, each a signer's role or a word for signing.
pub fn signature_labels(l: &str) -> bool {
    first_word_may_sign(l) && every_word_signs(l)
}

/// Whether `l`'s first word opens with `j`, `o`, `s` or `u` in either
/// case, as every word of [`SIGNATURE_WORDS`] does: lower case that keeps
/// lengths maps no other character onto those letters, so where it does
/// not, [`every_word_signs`] does not hold (most lines; that test lowers
/// each word outside ASCII).
fn first_word_may_sign(l: &str) -> bool {
    l.trim_start()
        .as_bytes()
        .first()
        .is_some_and(|c| matches!(c.to_ascii_lowercase(), b'j' | b'o' | b's' | b'u'))
}

/// [`signature_labels`] without its gate: two words or more, each of
/// [`SIGNATURE_WORDS`].
fn every_word_signs(l: &str) -> bool {
    let mut n = 0;
    for w in l.split_whitespace() {
        let w = w.trim_end_matches([':', '.']);
        // A word is lowered once, and only when ASCII case alone matches
        // none: lowering an ASCII word is what ASCII case compares.
        if !(SIGNATURE_WORDS.iter().any(|x| w.eq_ignore_ascii_case(x))
            || (!w.is_ascii() && SIGNATURE_WORDS.contains(&crate::inline::lower_keep(w).as_str())))
        {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// The words of [`signature_labels`], in small letters.
const SIGNATURE_WORDS: [&str; 14] = [
    "justerare",
    "justerande",
    "justerandes",
    "justerarnas",
    "just",
    "ordförande",
    "ordförandes",
    "ordf",
    "sekreterare",
    "sekreterarens",
    "sign",
    "signatur",
    "signering",
    "utdragsbestyrkande",
];

/// [`known_furniture`] of a trimmed line, read by its lower-cased words
/// (no test of its first letters).
fn known_by_words(t: &str) -> bool {
    let mut cut = t.len().min(80);
    while !t.is_char_boundary(cut) {
        cut -= 1;
    }
    let counter =
        |c: char| c.is_whitespace() || c.is_ascii_digit() || "sidanvSIDANV()/-".contains(c);
    if cut < t.len() && !t.chars().all(counter) {
        let f = t[..cut].to_lowercase();
        return f.starts_with("justerandes sign")
            || f.starts_with("justerarnas sign")
            || f.starts_with("justerare sign")
            || f.starts_with("justerarsign");
    }
    let f = t.to_lowercase();
    let f = f.trim();
    f.starts_with("justerandes sign")
        || f.starts_with("justerarnas sign")
        || f.starts_with("justerare sign")
        || f.starts_with("justerarsign")
        || f == "utdragsbestyrkande"
        || f == "utdragsbestyrkande:"
        || page_counter(f)
}

/// `sida 3 av 40`, `sida 3 (40)`, `sida 3/40`, `3 (40)`, `3(40)`. Bare
/// numbers with a slash are case numbers and school years (`2027/2028`).
fn page_counter(f: &str) -> bool {
    let (sida, f) = match f.strip_prefix("sidan").or_else(|| f.strip_prefix("sida")) {
        Some(r) => (true, r.trim()),
        None => (false, f),
    };
    let f = f.trim_matches(|c: char| c == '-' || c.is_whitespace());
    let nd = f.bytes().take_while(u8::is_ascii_digit).count();
    if nd == 0 || nd > 4 {
        return false;
    }
    let rest = f[nd..].trim_start();
    let paren = rest.starts_with('(');
    let of = rest
        .strip_prefix("av")
        .or_else(|| rest.strip_prefix('/').filter(|_| sida))
        .or_else(|| rest.strip_prefix('('))
        .map(|r| r.trim().trim_end_matches(')').trim());
    let Some(of) = of else { return false };
    if of.is_empty() || of.len() > 4 || !of.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    // The page is not after the last page: `3 (40)`, never `2024 (3)`.
    let page: u32 = f[..nd].parse().unwrap_or(0);
    let of: u32 = of.parse().unwrap_or(0);
    (sida || paren) && page >= 1 && page <= of
}

/// [`furniture_key`] of `t` into `out` (emptied first), in one pass over
/// the bytes and no other copy: six letters looked for among the ASCII
/// bytes before the characters are read, then the text without its ASCII
/// digits, each run of white space one space, none at either end (what
/// collapsing the white space of the text without digits makes: taking
/// out ASCII bytes splits no character and joins no words).
fn furniture_key_into(t: &str, out: &mut String) {
    out.clear();
    let b = t.as_bytes();
    if b.iter().filter(|x| x.is_ascii_alphabetic()).take(6).count() < 6
        && t.chars().filter(|c| c.is_alphabetic()).take(6).count() < 6
    {
        out.push_str(t);
        return;
    }
    // Runs of bytes kept are copied whole; a space is owed before the
    // next run, if any was kept. White space outside ASCII opens with one
    // of 0xC2, 0xE1, 0xE2 and 0xE3 (U+0085, U+00A0, U+1680, U+2000 to
    // U+205F, U+3000): only there is a character read.
    let mut gap = false;
    let keep = |out: &mut String, gap: &mut bool, run: &str| {
        if !run.is_empty() {
            if *gap && !out.is_empty() {
                out.push(' ');
            }
            *gap = false;
            out.push_str(run);
        }
    };
    let (mut run, mut i) = (0, 0);
    while i < b.len() {
        let c = b[i];
        let (n, space) = match c {
            b'0'..=b'9' => (1, false),
            b' ' | b'\t'..=b'\r' => (1, true),
            0xC2 | 0xE1..=0xE3 => {
                let ch = t[i..].chars().next().expect("a character at a boundary");
                if !ch.is_whitespace() {
                    i += ch.len_utf8();
                    continue;
                }
                (ch.len_utf8(), true)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        keep(out, &mut gap, &t[run..i]);
        gap |= space;
        i += n;
        run = i;
    }
    keep(out, &mut gap, &t[run..]);
}

/// Page headers differ only in their page numbers: compare without digits
/// when the line is mostly letters.
#[cfg(test)]
fn furniture_key(t: &str) -> String {
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 6 {
        super::collapse_ws(
            &t.chars()
                .filter(|c| !c.is_ascii_digit())
                .collect::<String>(),
        )
    } else {
        t.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::signature_labels;
    use crate::scan::scan;

    #[test]
    fn a_line_of_signature_labels_alone_is_a_foot() {
        for l in [
            "Justerare:   Ordförande:",
            "Ordf. sign   Just. sign",
            "JUSTERARE ORDFÖRANDE",
        ] {
            assert!(signature_labels(l), "{l}");
        }
        for l in ["Justerare: Anna Ek", "Ordförande", "Justerare utses."] {
            assert!(!signature_labels(l), "{l}");
        }
    }

    /// [`signature_labels`] with each word lowered once, and only when
    /// not ASCII, as it read with each word lowered for every word of the
    /// list, on generated lines (capitals and small letters outside
    /// ASCII, the Kelvin sign, dotted `İ`, words that only lowering
    /// makes one of the list).
    #[test]
    fn signature_labels_lowered_once_as_for_every_word() {
        let plain = |l: &str| {
            let mut n = 0;
            for w in l.split_whitespace() {
                let w = w.trim_end_matches([':', '.']);
                if !super::SIGNATURE_WORDS
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x) || crate::inline::lower_keep(w) == *x)
                {
                    return false;
                }
                n += 1;
            }
            n >= 2
        };
        let pieces = [
            "Justerare",
            "JUSTERANDES",
            "Ordförande",
            "ORDFÖRANDE",
            "ORDFöRANDE",
            "Ordf.",
            "sign",
            "Sign:",
            "SEKRETERARE",
            "Signering",
            "Utdragsbestyrkande",
            "Just",
            "Anna",
            "Ek",
            "\u{212a}",
            "İ",
            "Ö",
            "ö",
            " ",
            "   ",
            "\t",
            "\u{a0}",
            ":",
            ".",
        ];
        let mut rng = crate::testing::Rng::new(0x5851_f42d_4c95_7f2du64);
        let mut hits = 0;
        for _ in 0..40_000 {
            let l = rng.pieces(&pieces, 8);
            let want = plain(&l);
            hits += usize::from(want);
            assert_eq!(signature_labels(&l), want, "{l:?}");
        }
        assert!(hits > 200, "{hits}");
    }

    /// The gate turns away no line of labels: generated lines of the
    /// words, their pieces, white space of every kind and other words.
    #[test]
    fn signature_labels_are_asked_only_where_the_first_word_may_be_one() {
        let pieces = [
            "Justerandes",
            "JUSTERARE",
            "just",
            "Ordförande",
            "ORDFÖRANDES",
            "ordf.",
            "Sekreterare",
            "sign",
            "Signatur:",
            "SIGNERING",
            "Utdragsbestyrkande",
            "utdragsbestyrkande.",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "\u{2003}",
            ":",
            ".",
            "x",
            "Ärende",
            "å",
            "Anna",
            "\u{212a}",
            "2 (3)",
        ];
        let mut rng = crate::testing::Rng::new(0x5165_1ab5);
        let mut hits = 0;
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 6);
            let plain = super::every_word_signs(&t);
            hits += usize::from(plain);
            assert_eq!(signature_labels(&t), plain, "{t:?}");
            assert_eq!(
                signature_labels(t.trim()),
                super::every_word_signs(t.trim()),
                "{t:?}"
            );
        }
        assert!(hits > 100, "{hits}");
    }

    #[test]
    fn known_furniture_by_its_first_letters_as_by_lower_case() {
        let pieces = [
            "Justerandes signatur",
            "JUSTERARNAS SIGN",
            "justerare sign",
            "Justerarsignaturer",
            "Justering",
            "Utdragsbestyrkande",
            "UTDRAGSBESTYRKANDE:",
            "Utdrag",
            "Sida",
            "SIDAN",
            "sida",
            "Socialnämnden",
            "Sammanträdet",
            "Sid",
            "3",
            "12",
            " ",
            "(",
            ")",
            "/",
            "av",
            "-",
            "\u{212a}",
            "İ",
            "ẞ",
            "Ş",
            "j",
            "u",
            "s",
            "x",
            "ÅÄÖ",
            "\u{a0}",
        ];
        let mut rng = crate::testing::Rng::new(0x2545_f491_4f6c_dd1du64);
        let mut hits = 0;
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 7);
            let plain = super::known_by_words(t.trim());
            hits += plain as usize;
            assert_eq!(super::known_furniture(&t), plain, "{t:?}");
        }
        assert!(hits > 1_000, "{hits}");
    }

    /// The key made in one pass into a buffer is the key made by
    /// filtering the digits out and collapsing the white space, on
    /// generated lines: digits inside and between words, white space of
    /// every kind (and characters that look like it but are none),
    /// letters outside ASCII, fewer than six letters and more.
    #[test]
    fn a_furniture_key_into_a_buffer_is_the_plain_key() {
        let pieces = [
            "Sida",
            "3",
            "12",
            "av",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "\u{85}",
            "\u{2003}",
            "\u{2028}",
            "\u{202f}",
            "\u{3000}",
            "\u{200b}",
            "\u{180e}",
            "\u{b}",
            "\u{1c}",
            "\r\n",
            "(",
            ")",
            "/",
            "-",
            "KOMMUN",
            "Nämnden",
            "ÅÄÖ",
            "åäö",
            "x",
            "٣",
            "²",
            "2025-04-08",
        ];
        let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15u64);
        let mut key = String::from("left over");
        let mut long = 0;
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 9);
            let plain = super::furniture_key(&t);
            super::furniture_key_into(&t, &mut key);
            assert_eq!(key, plain, "{t:?}");
            long += usize::from(plain != t);
        }
        assert!(long > 1_000, "{long}");
        for t in [
            "",
            " ",
            "1 2 3",
            "abcdef",
            "abcde 1",
            "Sida 3 av 40 Nämnden",
        ] {
            super::furniture_key_into(t, &mut key);
            assert_eq!(key, super::furniture_key(t), "{t:?}");
        }
    }

    #[test]
    fn the_justerares_signature_box_in_one_word_is_furniture() {
        assert!(super::known_furniture(
            "Justerarsignaturer Utdragsbestyrkande"
        ));
        assert!(super::known_furniture("JUSTERARSIGNATUR"));
        assert!(!super::known_furniture("Justerarna"));
    }

    #[test]
    fn repeated_page_headers_are_furniture() {
        let page = "KOMMUN  PROTOKOLL 1 (3)\nNämnden\n\ntext här\n\n<!-- sida 2 -->\n";
        let src = format!("{page}{page}{page}");
        let items = scan(&src);
        let f: Vec<_> = items
            .iter()
            .filter(|i| i.furniture)
            .map(|i| i.text.as_ref())
            .collect();
        assert!(f.contains(&"Nämnden"), "{f:?}");
    }

    /// A converter's text opens with the first page's mark (after a front
    /// matter): the header under it is the document's own, which names
    /// the body and the date, even where every page repeats it; the
    /// repeats on the later pages are furniture.
    #[test]
    fn the_first_pages_header_under_its_mark_is_the_documents() {
        for lead in ["", "---\nkommun: exempelby\ntyp: protokoll\n---\n\n"] {
            let mut src = String::from(lead);
            for n in 1..=3 {
                src += &format!(
                    "<!-- sida {n} -->\n\nEXEMPELBY KOMMUN   PROTOKOLL   Sida {n} (3)\nNämnden\nDatum\n\
                     2025-04-08\n\n{}\n\n",
                    ["Nämnden öppnar mötet.", "Budgeten antas.", "Mötet avslutas."][n - 1]
                );
            }
            let items = scan(&src);
            let furniture = |t: &str| -> Vec<bool> {
                items
                    .iter()
                    .filter(|i| i.text == t)
                    .map(|i| i.furniture)
                    .collect()
            };
            assert_eq!(furniture("Nämnden"), [false, true, true], "{lead:?}");
            assert_eq!(furniture("2025-04-08"), [false, true, true], "{lead:?}");
        }
        let doc = crate::parse(
            "<!-- sida 1 -->\n\nEXEMPELBY KOMMUN   PROTOKOLL   Sida 1 (2)\nKommunstyrelsen\nDatum\n2025-04-08\n\n\
             § 1 Val av justerare\n\nKommunstyrelsen utser Olof Berg (S).\n\n<!-- sida 2 -->\n\n\
             EXEMPELBY KOMMUN   PROTOKOLL   Sida 2 (2)\nKommunstyrelsen\nDatum\n2025-04-08\n\n\
             § 2 Budget\n\nKommunstyrelsen antar budgeten.\n",
        );
        assert_eq!(
            doc.meeting.body.map(|b| b.text).as_deref(),
            Some("Kommunstyrelsen")
        );
        assert_eq!(
            doc.meeting.date.map(|d| d.iso).as_deref(),
            Some("2025-04-08")
        );
    }

    #[test]
    fn a_paragraph_closing_the_same_way_each_time_is_text() {
        let mut src = String::from("Kommunen\nProtokoll 2009-09-10\n\n");
        for n in 91..=94 {
            src += &format!(
                "§{n} Motion nummer {n}\n\nÄrendebeskrivning\n\nEn motion har lämnats in.\n\n\
                 Kommunfullmäktiges beslut\n\n- Ärendet överlämnas till kommunstyrelsen för beredning.\n\n\
                 Kommunen\n________\n\n"
            );
        }
        let items = scan(&src);
        let f: Vec<&str> = items
            .iter()
            .filter(|i| i.furniture)
            .map(|i| i.text.as_ref())
            .collect();
        assert!(
            !f.iter()
                .any(|t| t.contains("beslut") || t.contains("Ärendet")),
            "{f:?}"
        );
        // The short line repeated before every rule is still furniture.
        assert!(f.contains(&"Kommunen"), "{f:?}");
        let doc = crate::parse(&src);
        assert_eq!(doc.paragraphs.len(), 4);
        assert!(doc.paragraphs.iter().all(|p| p.decision.is_some()));
    }
}
