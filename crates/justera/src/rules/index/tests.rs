//! The index's tests: each fast reading held to its plain one.

use super::*;

fn flags(line: &str) -> u16 {
    line_flags(line.as_bytes())
}

/// [`line_flags`] as it was: every byte through the match.
fn line_flags_by_byte(b: &[u8]) -> u16 {
    let mut has = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            let (end, f) = digit_run(b, i);
            has |= f;
            i = end;
            continue;
        }
        match c {
            b'@' => has |= Has::AT.0,
            0xC2 if b.get(i + 1) == Some(&0xA7) => has |= Has::SECTION.0,
            0xC3 if matches!(b.get(i + 1), Some(0x82 | 0x83 | 0xA2)) => has |= Has::MOJIBAKE.0,
            0xCE..=0xD4 => has |= Has::GREEK_CYRILLIC.0,
            b'g' | b'G' if i >= 2 && b[i - 2..i].eq_ignore_ascii_case(b"da") => has |= Has::DAG.0,
            _ => {}
        }
        i += 1;
    }
    has
}

#[test]
fn flags_skipping_bytes_are_the_flags_byte_by_byte() {
    let pieces = [
        "a",
        "Da",
        "dA",
        "g",
        "G",
        "dag",
        "0",
        "1",
        "12",
        "2024",
        "-",
        "03",
        "+",
        "e",
        ":e",
        " ",
        "\t",
        "mars",
        "Jan",
        "@",
        "§",
        "Ã¶",
        "Ã",
        "т",
        "α",
        "ö",
        "å",
        "123456",
        "x",
        "d",
        "D",
        "aG",
        "ã",
        "Â",
        "â",
        "\u{a0}",
        "ü",
        "beslutar om ",
        "Åsa ",
        ":",
    ];
    let mut rng = crate::testing::Rng::new(0x2545_f491_4f6c_dd1d);
    // Short lines, and lines of several blocks.
    for most in [12, 60] {
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, most);
            let b = t.as_bytes();
            assert_eq!(flags(&t), line_flags_by_byte(b), "{t:?}");
        }
    }
    // Lines of a text, each read up to its line feed, as on its own.
    let lines = ["\n", "\nag", "\n12", "\nÃ", "dag\n"];
    let mut with_breaks = pieces.to_vec();
    with_breaks.extend(lines);
    for _ in 0..20_000 {
        let t = rng.pieces(&with_breaks, 80);
        let ix = Index::new(&t);
        let each: Vec<u16> = t
            .split('\n')
            .map(|l| line_flags_by_byte(l.as_bytes()))
            .collect();
        assert_eq!(ix.has, each, "{t:?}");
    }
}

/// The pieces the texts of [`scan_reads_what_a_byte_by_byte_read_finds`]
/// are made of: what opens a flag, what nearly does, edge bytes.
const SCAN_PIECES: &[&str] = &[
    "a",
    "Da",
    "dA",
    "g",
    "G",
    "dag",
    "d",
    "D",
    "aG",
    "0",
    "1",
    "9",
    "12",
    "2024",
    "-",
    "03",
    "+",
    "e",
    ":e",
    " ",
    "\t",
    "\r",
    "\n",
    "mars",
    "Jan",
    "@",
    "?",
    ":",
    "/",
    "§",
    "Ã¶",
    "Ã",
    "Ã£",
    "Â",
    "â",
    "т",
    "α",
    "Ω",
    "ö",
    "å",
    "ä",
    "Å",
    "Ä",
    "Ö",
    "É",
    "\u{a0}",
    "ü",
    "123456",
    "x",
    "ã",
    "Åsa ",
    "beslutar om ",
    "012345678901234",
    "0123456789012345",
    "01234567890123456",
    "abcdefghijklmno",
    "abcdefghijklmnop",
    "abcdefghijklmnopq",
];

/// [`scan`] as it was before it read blocks: every byte, each place
/// and the flags found there.
fn scan_by_byte(b: &[u8]) -> Vec<(usize, u16)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            let (end, f) = digit_run(b, i);
            out.push((i, f));
            i = end;
            continue;
        }
        let f = match c {
            b'@' => Has::AT.0,
            0xC2 if b.get(i + 1) == Some(&0xA7) => Has::SECTION.0,
            0xC3 if matches!(b.get(i + 1), Some(0x82 | 0x83 | 0xA2)) => Has::MOJIBAKE.0,
            0xCE..=0xD4 => Has::GREEK_CYRILLIC.0,
            b'd' | b'D'
                if b.get(i + 1..i + 3)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"ag")) =>
            {
                Has::DAG.0
            }
            _ => 0,
        };
        if f != 0 {
            out.push((i, f));
        }
        i += 1;
    }
    out
}

/// [`scan`], which reads only the places a block's bits point at,
/// finds the flags at the places a read of every byte does, on
/// generated texts (empty ones, ones of 15, 16, 17 bytes and more,
/// runs of digits across a block's end) and on every cut of one.
#[test]
fn scan_reads_what_a_byte_by_byte_read_finds() {
    let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15);
    let by_blocks = |b: &[u8]| {
        let mut got = Vec::new();
        scan(b, |at, f| got.push((at, f)));
        got
    };
    for most in [3, 8, 20, 60] {
        for _ in 0..20_000 {
            let t = rng.pieces(SCAN_PIECES, most);
            let b = t.as_bytes();
            assert_eq!(by_blocks(b), scan_by_byte(b), "{t:?}");
        }
    }
    let t: String = SCAN_PIECES.concat();
    let b = t.as_bytes();
    for lo in 0..b.len() {
        for hi in [lo, lo + 15, lo + 16, lo + 17, lo + 40, b.len()] {
            let s = &b[lo..hi.min(b.len())];
            assert_eq!(by_blocks(s), scan_by_byte(s), "{lo}..{hi}");
        }
    }
}

#[test]
fn each_flag_from_what_needs_it() {
    let cases: &[(&str, Has)] = &[
        ("a 811218-9876 b", Has::DIGITS6),
        ("ring 08-123 45 67", Has::PHONE),
        ("+46 8 123", Has::PHONE),
        ("den 2024-03-19 kl", Has::ISO),
        ("den 19 mars 2024", Has::DAY_MONTH),
        ("den 1:e April", Has::DAY_MONTH),
        ("x@y.se", Has::AT),
        ("enligt § 4", Has::SECTION),
        ("TISDAGEN", Has::DAG),
        ("Ersätтарыttrande", Has::GREEK_CYRILLIC),
        ("fÃ¶r", Has::MOJIBAKE),
    ];
    for &(line, what) in cases {
        assert!(what.all_in(flags(line)), "{line}");
    }
    let none: &[(&str, Has)] = &[
        ("a 81121-9876 b", Has::DIGITS6),
        ("år 2024 och 13", Has::PHONE),
        ("2024/03", Has::ISO),
        ("den 123 mars", Has::DAY_MONTH),
        ("den 19 kronor", Has::DAY_MONTH),
        ("den 3 och 4 kap", Has::DAY_MONTH),
        ("paragraf", Has::SECTION),
        ("för", Has::MOJIBAKE),
        ("för", Has::GREEK_CYRILLIC),
    ];
    for &(line, what) in none {
        assert!(!what.all_in(flags(line)), "{line}");
    }
}

/// [`Index::position`] is [`LineIndex::position`] at every offset of
/// generated texts (line feeds, carriage returns, characters of one to
/// four bytes, empty lines, a text that ends in a line feed or not).
#[test]
fn positions_are_the_line_indexs() {
    use crate::diagnostic::LineIndex;
    let pieces = ["a", "\n", "\r\n", "å", "€", "\u{1f600}", " ", "\n\n", "§ 3"];
    let mut rng = crate::testing::Rng::new(0x1405_7b7e_f767_814f);
    for _ in 0..5_000 {
        let t = rng.pieces(&pieces, 30);
        let (ix, li) = (Index::new(&t), LineIndex::new(&t));
        for off in 0..=t.len() + 2 {
            assert_eq!(ix.position(off), li.position(&t, off), "{t:?} {off}");
        }
    }
}

/// [`Index::lines_in`] as it was: each line from the first tested for
/// its start.
fn lines_in_by_start<'a>(ix: &Index<'a>, span: Span, what: Has) -> Vec<(usize, &'a str)> {
    let src = ix.src;
    let (lo, hi) = (span.start.min(src.len()), span.end.min(src.len()));
    let first = ix.starts.partition_point(|&s| s <= lo).saturating_sub(1);
    (first..ix.starts.len())
        .take_while(|&i| ix.starts[i] < hi)
        .filter(|&i| what.all_in(ix.has[i]))
        .filter_map(|i| {
            let end = ix.starts.get(i + 1).map_or(src.len(), |&n| n - 1);
            let (s, e) = (ix.starts[i].max(lo), end.min(hi));
            (s < e).then(|| (s, &src[s..e]))
        })
        .collect()
}

/// [`Index::lines_in`] gives the lines it gave, for every span of
/// generated texts (empty ones, ones past the end) and several flags.
#[test]
fn lines_in_a_span_are_as_they_were() {
    let pieces = ["a", "\n", "1", "§", "x@y", " ", "\n\n", "å"];
    let mut rng = crate::testing::Rng::new(0x8cb9_2ba7_2f3d_8dd7);
    for _ in 0..5_000 {
        let t = rng.pieces(&pieces, 20);
        let ix = Index::new(&t);
        let (mut a, mut b) = (rng.below(t.len() + 3), rng.below(t.len() + 3));
        for x in [&mut a, &mut b] {
            while *x < t.len() && !t.is_char_boundary(*x) {
                *x += 1;
            }
        }
        let span = Span::new(a.min(b), a.max(b));
        for what in [Has::ANY, Has::DIGIT, Has::SECTION | Has::DIGIT] {
            let got: Vec<_> = ix.lines_in(span, what).collect();
            assert_eq!(got, lines_in_by_start(&ix, span, what), "{t:?} {span:?}");
        }
    }
}

#[test]
fn lines_cut_to_a_span_with_offsets() {
    let src = "ett 1\ntvå\n§ 3 tre\n\nfyra 4";
    let ix = Index::new(src);
    let digits: Vec<_> = ix.lines(Has::DIGIT).collect();
    assert_eq!(digits, vec![(0, "ett 1"), (11, "§ 3 tre"), (21, "fyra 4")]);
    for (at, line) in &digits {
        assert_eq!(&src[*at..at + line.len()], *line);
    }
    let inside: Vec<_> = ix.lines_in(Span::new(2, 14), Has::ANY).collect();
    assert_eq!(inside, vec![(2, "t 1"), (6, "två"), (11, "§ ")]);
    assert_eq!(ix.lines(Has::AT).count(), 0);
}

#[test]
fn matches_are_the_whole_texts() {
    let re = Regex::new(r"(\d{4})-(\d\d)").unwrap();
    let src = "x 2024-03\nnej\n1999-12 och 2000-01";
    let ix = Index::new(src);
    let whole: Vec<(usize, usize)> = re.find_iter(src).map(|m| (m.start(), m.end())).collect();
    let indexed: Vec<(usize, usize)> = ix
        .find_iter(&re, Has::ISO)
        .map(|m| (m.start(), m.end()))
        .collect();
    assert_eq!(whole, indexed);
    let c = ix.captures_iter(&re, Has::DIGIT).nth(1).unwrap();
    assert_eq!((&c[1], c.get(2).unwrap().start()), ("1999", 19));
    assert_eq!(ix.lower(), src.to_lowercase());
}

/// [`may_open_any`] lets through every block [`opens`] anything in
/// (it may over-read, never miss), and [`block_opens`] reads a block
/// that ends the text as one padded with zeros: every window of
/// generated texts, cut at every length.
#[test]
fn the_block_test_misses_no_place_that_opens() {
    let mut rng = crate::testing::Rng::new(0x51a3_09e2_d6b4_7c81);
    let mut passed = 0;
    for _ in 0..20_000 {
        let t = rng.pieces(SCAN_PIECES, 12);
        let b = t.as_bytes();
        for i in 0..b.len() {
            let mut w = [0u8; BLOCK + 2];
            for (p, &x) in w.iter_mut().zip(&b[i..]) {
                *p = x;
            }
            let opened = (0..BLOCK).any(|j| {
                let (d, o) = opens(w[j], w[j + 1], w[j + 2]);
                d | o
            });
            assert!(!opened || may_open_any(&w), "{t:?} at {i}");
            passed += usize::from(opened);
            assert_eq!(block_opens(b, i), window_opens(&w), "{t:?} at {i}");
        }
    }
    assert!(passed > 100_000, "{passed}");
}

/// The line starts read off the scan's lines ([`feed_starts`]) are the
/// ones searched for ([`line_starts`]), and are read off them exactly
/// when the text holds no carriage return: generated texts with `\r`,
/// `\r\n`, a last line without a feed, and the empty text.
#[test]
fn line_starts_read_off_the_scans_lines_are_the_line_feeds() {
    let mut rng = crate::testing::Rng::new(0x6c8e_9cf5_7b3a_d214);
    let (mut read, mut searched) = (0, 0);
    for k in 0..20_000 {
        let t = match k {
            0 => String::new(),
            _ => rng.pieces(SCAN_PIECES, 24),
        };
        let b = t.as_bytes();
        let lines = crate::scan::lines(&t);
        match feed_starts(b, &lines) {
            Some(starts) => {
                assert!(!b.contains(&b'\r'), "{t:?}");
                assert_eq!(starts, line_starts(b), "{t:?}");
                read += 1;
            }
            None => {
                assert!(b.contains(&b'\r'), "{t:?}");
                searched += 1;
            }
        }
        let ix = Index::with_lines(&t, Some(&lines));
        assert_eq!(ix.starts, Index::new(&t).starts, "{t:?}");
    }
    assert!(read > 2_000 && searched > 2_000, "{read} {searched}");
}

/// [`stretches`] read byte by byte: the plain way.
fn stretches_plain(b: &[u8], part: fn(u8) -> bool, shortest: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && !part(b[i]) {
            i += 1;
        }
        let s = i;
        while i < b.len() && part(b[i]) {
            i += 1;
        }
        if i - s >= shortest.max(1) {
            out.push((s, i));
        }
    }
    out
}

/// [`stretches`], which reads a byte `shortest - 1` ahead and skips the
/// ones before it, finds the stretches a read of every byte finds: generated
/// texts of digits, separators, letters (`å`, `ö`, `§`) and line ends, each
/// cut at every length, for every shortest length from 0 to 13.
#[test]
fn stretches_are_the_plain_reading() {
    let pieces = [
        "0",
        "12",
        "811218",
        "-",
        "+",
        "--",
        " ",
        "a",
        "å",
        "ö",
        "§",
        "\n",
        "\r\n",
        "2024-06-18",
        "8112189876",
        "",
    ];
    let part = |c: u8| c.is_ascii_digit() || c == b'-' || c == b'+';
    let mut rng = crate::testing::Rng::new(0x7f4a_7c15_9e37_79b9);
    let mut found = 0;
    for _ in 0..3_000 {
        let t = rng.pieces(&pieces, 14);
        let b = t.as_bytes();
        for n in 0..=b.len() {
            for shortest in 0..14 {
                let plain = stretches_plain(&b[..n], part, shortest);
                let fast: Vec<_> = stretches(&b[..n], part, shortest).collect();
                assert_eq!(fast, plain, "{:?} {shortest}", &t.get(..n));
                found += plain.len();
            }
        }
    }
    assert!(found > 100_000, "{found}");
    assert_eq!(stretches(b"", part, 10).count(), 0);
}
