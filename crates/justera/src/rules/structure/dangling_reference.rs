//! A reference to a paragraph or attachment that the protocol does not have.
//!
//! ## What it does
//! Reports `§ N` written inside a paragraph when the protocol has no
//! paragraph `N`, and `bilaga N` when the protocol appends its attachments
//! but none numbered `N`. References to statutes (`43 § 2 p.`, `kap.` or a
//! law's name next to it) and to other protocols (a year nearby, a body's
//! name right before) are left alone.
//!
//! ## Why is this bad?
//! A decision that points to `§ 14` or `bilaga 3` incorporates what is
//! there. When it is not there, the decision is incomplete or points to the
//! wrong place, usually after paragraphs were renumbered.
//!
//! ## Example
//! ```text
//! § 12 Budget
//! Nämnden beslutar enligt förslaget i § 14.   (the protocol ends at § 13)
//! ```
//! Use instead: point to the paragraph that exists.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § (the decisions must be stated);
//!   6 kap. 35 § for nämnder.

use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use regex_lite::Regex;

use crate::diagnostic::{Diagnostic, Severity};
use crate::key_map::KeyHasher;
use crate::model::{BlockKind, Span};
use crate::rules::{report, Context, Has};

pub const CODE: &str = "dangling-reference";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str =
    "En hänvisning till en paragraf eller bilaga som protokollet inte har.";

/// A reference to a paragraph, or a range of them: opens with `§`.
#[cfg(test)]
const SECTION: &str = r"§§?[ \t]*(\d{1,4})(?:[ \t]*[-–][ \t]*(\d{1,4}))?";

/// [`SECTION`]'s match at the start of `t`, as the anchored pattern
/// reads it: where it ends, the first number and the last of a range.
/// Each part of the pattern has one way to match (the numbers and blanks
/// as many as stand there, up to four digits; the range when it follows),
/// so it is read in one pass without running the regex.
fn section_at(t: &str) -> Option<(usize, u32, Option<u32>)> {
    const SIGN: &[u8] = "§".as_bytes();
    let b = t.as_bytes();
    if !b.starts_with(SIGN) {
        return None;
    }
    let mut i = SIGN.len();
    if b[i..].starts_with(SIGN) {
        i += SIGN.len();
    }
    let blanks = |i: usize| {
        i + b[i..]
            .iter()
            .take_while(|&&c| c == b' ' || c == b'\t')
            .count()
    };
    let digits = |i: usize| {
        b[i..]
            .iter()
            .take(4)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let number = |i: usize, n: usize| t[i..i + n].parse().unwrap_or(0);
    let i = blanks(i);
    let n = digits(i);
    if n == 0 {
        return None;
    }
    let (end, first) = (i + n, number(i, n));
    let j = blanks(end);
    let dash = if b[j..].starts_with(b"-") {
        1
    } else if b[j..].starts_with("–".as_bytes()) {
        "–".len()
    } else {
        0
    };
    if dash > 0 {
        let k = blanks(j + dash);
        let m = digits(k);
        if m > 0 {
            return Some((k + m, first, Some(number(k, m))));
        }
    }
    Some((end, first, None))
}

/// Where [`section_at`]'s match ends.
fn section_end(t: &str) -> Option<usize> {
    section_at(t).map(|(end, _, _)| end)
}

/// [`SECTION`] anchored: tried only where a `§` (its first byte) stands
/// (the plain reading of [`section_at`]).
#[cfg(test)]
fn section_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(&format!("^(?:{SECTION})")).expect("regex"))
}

fn bilaga_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)\bbilaga[ \t]+(\d{1,3})\b").expect("regex"))
}

/// Whether `l` opens with `bilaga` in any ASCII case: a necessary
/// condition of [`bilaga_re`] matching where `l` starts (no character
/// outside ASCII folds to one of its letters), read off six bytes before
/// the pattern is run.
fn opens_with_bilaga(l: &str) -> bool {
    l.as_bytes()
        .get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"bilaga"))
}

/// Words next to a `§` that make it a statute's section.
const LAW: &[&str] = &[
    "kap",
    "kapitel",
    "lag",
    "lagen",
    "balk",
    "mbl",
    "las",
    "osl",
    "sol",
    "lss",
    "pbl",
    "fl",
    "kl",
    "sfs",
    "stadgan",
    "stadgarna",
    "reglementet",
    "förordning",
    "förordningen",
    "föreskrift",
    "direktiv",
    "artikel",
    "avtal",
    "avtalet",
];

/// Words right before a `§` that make it another body's protocol.
const BODY: &[&str] = &[
    "nämnd",
    "styrelse",
    "fullmäktige",
    "utskott",
    "protokoll",
    "ks",
    "kf",
    "ksau",
    "tidigare",
];

fn looks_foreign(before: &str, after: &str) -> bool {
    let original_before = before;
    let b = before.to_lowercase();
    let a = after.to_lowercase();
    let year = |s: &str| {
        s.as_bytes().windows(4).any(|w| {
            w.iter().all(u8::is_ascii_digit) && (w.starts_with(b"19") || w.starts_with(b"20"))
        })
    };
    if year(&b)
        || a.trim_start().starts_with('/')
        || a.trim_start().starts_with(':')
        || year(&a[..a.char_indices().nth(12).map_or(a.len(), |(i, _)| i)])
    {
        return true;
    }
    // The words borrowed from the lowered texts: the last three before,
    // the first three after.
    let words = |s| str::split(s, |c: char| !c.is_alphanumeric()).filter(|w: &&str| !w.is_empty());
    let before = || words(&b).rev().take(3);
    let after = words(&a).take(3);
    let law = |w: &str| {
        LAW.contains(&w)
            || ["lagen", "balken", "förordningen"]
                .iter()
                .any(|e| w.ends_with(e))
    };
    // `AU § 33`, `KSAU § 12`: another body's abbreviation right before.
    let abbreviation = original_before
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| {
            (2..=6).contains(&w.chars().count()) && w.chars().all(|c| c.is_uppercase())
        });
    abbreviation
        || before().chain(after).any(law)
        || before().any(|w| BODY.iter().any(|x| w.contains(x)))
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_full_protocol() || cx.doc.paragraphs.is_empty() {
        return;
    }
    let src = cx.src;
    // Hashed as the document's names are (the set is asked, and its
    // least and greatest taken, which no order changes).
    let numbers: std::collections::HashSet<u32, BuildHasherDefault<KeyHasher>> =
        cx.numbers().iter().copied().collect();
    let (lo, hi) = (
        numbers.iter().min().copied().unwrap_or(0),
        numbers.iter().max().copied().unwrap_or(0),
    );
    for p in &cx.doc.paragraphs {
        let head = cx.paragraph_head(p);
        let body = Span::new(head.end.min(p.span.end), p.span.end);
        for whole in cx
            .index
            .find_in_opening_by(body, Has::SECTION, [0xc2, 0xc2], section_end)
        {
            if out.len() >= crate::rules::MAX_PER_RULE {
                return;
            }
            let start = whole.start();
            // At most 80 bytes either side, within the line: constant work per match.
            let mut from = start.saturating_sub(80);
            while !src.is_char_boundary(from) {
                from += 1;
            }
            let before = &src[from..start];
            let before = before.rsplit('\n').next().unwrap_or(before);
            let end = start + whole.len();
            let mut to = (end + 80).min(src.len());
            while !src.is_char_boundary(to) {
                to -= 1;
            }
            let after = &src[end..to];
            let after = after.split('\n').next().unwrap_or(after);
            // `43 § 2 p.`, `7§ lag ...`: a statute's section, number first.
            if before.trim_end().ends_with(|c: char| c.is_ascii_digit())
                || looks_foreign(before, after)
            {
                continue;
            }
            // The match read again on its own: the same numbers.
            let Some((_, first, last)) = section_at(whole.as_str()) else {
                continue;
            };
            let last = last.unwrap_or(first);
            if last < first || last - first > 500 {
                continue;
            }
            let missing: Vec<u32> = (first..=last).filter(|n| !numbers.contains(n)).collect();
            // Numbers far outside this protocol are about some other meeting.
            if missing.is_empty() || first + 50 < lo || first > hi + 50 {
                continue;
            }
            report(
                out,
                CODE,
                SEVERITY,
                Span::new(start, start + whole.len()),
                format!(
                    "{} hänvisar till {}, som inte finns i protokollet",
                    p.label(),
                    whole.as_str().trim()
                ),
                format!(
                    "{} refers to {}, which is not in the protocol",
                    p.label(),
                    whole.as_str().trim()
                ),
            )
            .help(
                "Rätta hänvisningen så att den pekar på rätt paragraf.",
                "Point the reference at the right paragraph.",
            );
        }
    }
    // Attachments: only when the protocol appends them (`Bilaga N` opening a line after the last paragraph).
    let mut appended = Vec::new();
    for b in cx.doc.blocks.iter().filter(|b| b.kind == BlockKind::Back) {
        for line in b.span.of(src).lines() {
            let l = line.trim_start_matches(|c: char| c == '#' || c == '*' || c.is_whitespace());
            if !opens_with_bilaga(l) {
                continue;
            }
            if let Some(m) = bilaga_re()
                .captures(l)
                .filter(|m| m.get(0).is_some_and(|g| g.start() == 0))
            {
                appended.push(m[1].parse::<u32>().unwrap_or(0));
            }
        }
    }
    if appended.is_empty() {
        return;
    }
    for p in &cx.doc.paragraphs {
        for a in &p.attachments {
            let Some(m) = bilaga_re().captures(&a.text) else {
                continue;
            };
            let n: u32 = m[1].parse().unwrap_or(0);
            if !appended.contains(&n) {
                report(
                    out,
                    CODE,
                    SEVERITY,
                    a.span,
                    format!(
                        "{} hänvisar till bilaga {n}, som inte finns bland bilagorna",
                        p.label()
                    ),
                    format!(
                        "{} refers to attachment {n}, which is not among the attachments",
                        p.label()
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::index::Index;

    /// The pieces of [`bilaga_opens_every_line_the_pattern_reads`]'s
    /// lines: the word in several cases and cut, numbers, separators and
    /// edge characters.
    const BILAGA_PIECES: &[&str] = &[
        "Bilaga 1",
        "BILAGA\t12",
        "bilaga  3",
        "Bilaga",
        "BILAGA",
        "bilaga",
        "bIlAgA",
        "bil",
        "aga",
        "Bilagor",
        " ",
        "\t",
        "\u{a0}",
        "1",
        "12",
        "1234",
        "-",
        ".",
        "x",
        "\u{130}",
        "\u{212a}",
        "§",
        "å",
        "Ä",
        "É",
        "\r",
        "",
    ];

    /// Every line [`bilaga_re`] matches where it starts opens with
    /// `bilaga` ([`opens_with_bilaga`]): generated lines, and every
    /// character up to U+3100 in place of each letter of `Bilaga 1`.
    #[test]
    fn bilaga_opens_every_line_the_pattern_reads() {
        let at_start = |l: &str| {
            bilaga_re()
                .captures(l)
                .is_some_and(|m| m.get(0).is_some_and(|g| g.start() == 0))
        };
        let mut rng = crate::testing::Rng::new(0x1f83_d9ab_fb41_bd6b);
        let mut found = 0;
        for _ in 0..60_000 {
            let l = rng.pieces(BILAGA_PIECES, 5);
            found += usize::from(at_start(&l));
            assert!(!at_start(&l) || opens_with_bilaga(&l), "{l:?}");
        }
        assert!(found > 500, "{found}");
        for c in (0..0x3100).filter_map(char::from_u32) {
            for k in 0..6 {
                let l = format!("{}{c}{} 1", &"Bilaga"[..k], &"Bilaga"[k + 1..]);
                assert!(!at_start(&l) || opens_with_bilaga(&l), "{l:?}");
            }
        }
    }

    /// [`section_at`] reads what the anchored pattern captures, at every
    /// place of generated lines, and on its match alone the same.
    #[test]
    fn a_section_is_read_as_the_pattern_captures() {
        let pieces = [
            "§",
            "§§",
            " ",
            "\t",
            "1",
            "12",
            "2024",
            "12345",
            "-",
            "–",
            "—",
            "och",
            "kap.",
            "ö",
            "½",
            "§ 4-5",
            "§§ 3 – 7",
            "x",
            "٣",
        ];
        let mut rng = crate::testing::Rng::new(0x94d0_49bb_1331_11eb);
        let mut found = 0;
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 10);
            for (c, _) in t.char_indices() {
                let rest = &t[c..];
                let plain = section_re().captures(rest).map(|m| {
                    let first: u32 = m[1].parse().unwrap_or(0);
                    let last = m.get(2).and_then(|x| x.as_str().parse().ok());
                    (m.get(0).map_or(0, |g| g.end()), first, last)
                });
                assert_eq!(section_at(rest), plain, "{rest:?}");
                if let Some((end, ..)) = plain {
                    assert_eq!(section_at(&rest[..end]), plain, "{rest:?}");
                    found += 1;
                }
            }
        }
        assert!(found > 20_000, "{found}");
    }

    /// Tried where a `§` stands, the anchored pattern captures what the
    /// pattern captures searching every line, within any span.
    #[test]
    fn found_where_a_section_sign_opens_as_searched() {
        let whole = Regex::new(SECTION).unwrap();
        let pieces = [
            "§",
            "§§",
            " ",
            "\t",
            "1",
            "12",
            "2024",
            "12345",
            "-",
            "–",
            "och",
            "kap.",
            "ö",
            "½",
            "\n",
            "§ 4-5",
            "§§ 3 – 7",
        ];
        let mut rng = crate::testing::Rng::new(0x2545_f491_4f6c_dd1d);
        let caps = |c: crate::rules::index::Caps| {
            (0..3)
                .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                .collect::<Vec<_>>()
        };
        let mut found = 0;
        for _ in 0..20_000 {
            let t = rng.pieces(&pieces, 10);
            let ix = Index::new(&t);
            let mut lo = rng.below(t.len() + 1);
            while !t.is_char_boundary(lo) {
                lo -= 1;
            }
            let span = Span::new(lo, t.len());
            let searched: Vec<_> = ix.captures_in(span, &whole, Has::ANY).map(caps).collect();
            let tried: Vec<_> = ix
                .captures_in_opening(span, section_re(), Has::ANY, [0xc2, 0xc2])
                .map(caps)
                .collect();
            assert_eq!(searched, tried, "{t:?}");
            found += searched.len();
        }
        assert!(found > 1000, "{found}");
    }
}
