//! Vote lists (omröstningslista, voteringslista) under a heading that
//! names the paragraph they belong to: `Omröstningslista § 45`, `Bilaga 2
//! till § 45`, `Närvaro- och voteringslista § 45`, or a `Bilaga 2` that
//! exactly one paragraph refers to (`se bilaga 2`). Protocols append them
//! after the last paragraph, so without this their rows would be read as
//! the last paragraph's vote. Each list runs from its heading to the next
//! attachment's heading, the next paragraph or the end.

use crate::model::Span;
use crate::outcome::{section_cell, VoteList};
use crate::text::{fold, fold_into};

/// Lines looked at, at most, and attachment headings resolved by reference.
const MAX_LISTS: usize = 50;

/// The words of a heading that names a vote list.
const LIST_WORDS: &[&str] = &[
    "omröstningslista",
    "voteringslista",
    "omröstningsprotokoll",
    "voteringsprotokoll",
    "omröstningsbilaga",
    "röstningslista",
];

/// A necessary condition of a heading line (a list word or `bilaga` in its
/// fold), read off the bytes: every list word holds `lista`, `protokoll`
/// or `bilaga`, in any ASCII case; the fold maps nothing else onto ASCII
/// letters but Cyrillic look-alikes (lead bytes 0xD0, 0xD1) and the Kelvin
/// sign (0xE2 ...), so a line with none of these cannot be one. Most lines
/// are thus neither folded nor searched.
///
/// Sixteen bytes at a time, each block asked at once whether one of its
/// bytes opens `list`, `prot` or `bila` in any ASCII case or is such a
/// lead byte ([`may_open_word`]); a line with such a block is searched
/// ([`may_head_by_words`]).
fn may_head(t: &str) -> bool {
    let b = t.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i + 19 <= n {
        if may_open_word(b[i..i + 19].try_into().expect("19 bytes")) {
            return may_head_by_words(t);
        }
        i += 16;
    }
    if i == n {
        return false;
    }
    // The rest. A line of a block or more reads its last nineteen bytes
    // (some read already, with the same bytes after them), a copy of a
    // fixed size and not a call: a word opening in the rest opens among
    // their first sixteen. A shorter line is filled up with spaces. The
    // lead bytes of the last three bytes (after those sixteen in either)
    // are asked on their own.
    let lead = |c: &u8| c & 0xfe == 0xd0 || *c == 0xe2;
    let may = if n >= 19 {
        may_open_word(b[n - 19..].try_into().expect("19 bytes"))
    } else {
        let mut w = [b' '; 19];
        w[..n].copy_from_slice(b);
        may_open_word(&w)
    };
    let may = may || b[n.saturating_sub(3)..].iter().any(lead);
    may && may_head_by_words(t)
}

/// Whether one of the first sixteen bytes of `w` opens `list`, `prot` or
/// `bila` in any ASCII case, or is 0xD0, 0xD1 or 0xE2. The compiler reads
/// the block with vector instructions.
fn may_open_word(w: &[u8; 19]) -> bool {
    let mut may = 0u8;
    let quads = w[..16]
        .iter()
        .zip(&w[1..17])
        .zip(w[2..18].iter().zip(&w[3..19]));
    for ((&a, &b), (&c, &d)) in quads {
        let lead = u8::from(a & 0xfe == 0xd0) | u8::from(a == 0xe2);
        let (a, b, c, d) = (a | 0x20, b | 0x20, c | 0x20, d | 0x20);
        let word = |w: &[u8; 4]| {
            u8::from(a == w[0]) & u8::from(b == w[1]) & u8::from(c == w[2]) & u8::from(d == w[3])
        };
        may |= lead | word(b"list") | word(b"prot") | word(b"bila");
    }
    may != 0
}

/// [`may_head`] by a search for each word and lead byte.
fn may_head_by_words(t: &str) -> bool {
    use crate::text::has_ascii_ci;
    // Each by its rarest letter (`l`, `p`, `b`).
    has_ascii_ci(t, b"lista", 0)
        || has_ascii_ci(t, b"protokoll", 0)
        || has_ascii_ci(t, b"bilaga", 0)
        || memchr::memchr3(0xD0, 0xD1, 0xE2, t.as_bytes()).is_some()
}

/// `t.trim_matches(['*', '#', ' '])`, by the byte (they are ASCII).
fn trim_marks(t: &str) -> &str {
    let b = t.as_bytes();
    let mark = |c: &u8| matches!(c, b'*' | b'#' | b' ');
    let from = b.iter().position(|c| !mark(c)).unwrap_or(b.len());
    let to = b.iter().rposition(|c| !mark(c)).map_or(from, |i| i + 1);
    &t[from..to]
}

/// Whether a line is a heading of a list or an attachment: (the line
/// names a vote list, the attachment's number).
fn heading(t: &str) -> (bool, Option<String>) {
    heading_in(t, &mut String::new())
}

/// [`heading`], folding into `f`.
fn heading_in(t: &str, f: &mut String) -> (bool, Option<String>) {
    fold_into(t, f);
    let f = &*f;
    let listed = LIST_WORDS.iter().any(|w| f.contains(w));
    (listed, bilaga_number(f).map(str::to_string))
}

/// The paragraph a line heading a vote list names (`Voteringslista,
/// bilaga 1 till § 32`, `Omröstningslista § 45`).
pub(super) fn list_of_paragraph(t: &str) -> Option<u32> {
    let t = trim_marks(t.trim());
    (t.len() <= 120 && may_head(t) && heading(t).0)
        .then(|| paragraph_named(t))
        .flatten()
}

/// The number after the first `§` of a line: `§ 45`, `§45`.
pub(super) fn paragraph_named(t: &str) -> Option<u32> {
    let at = t.find('§')?;
    super::head_number::section_sign_number(&t[at..]).map(|(n, _)| n)
}

/// `Bilaga 2`, `Bilaga 2:` alone on a line (a title after it allowed):
/// the attachment's number.
fn bilaga_number(f: &str) -> Option<&str> {
    let rest = f.strip_prefix("bilaga ")?;
    let n = rest
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .filter(|n| !n.is_empty())?;
    Some(n)
}

/// Rows of a table's head looked at for paragraph numbers.
const HEAD_ROWS: usize = 3;

/// Lines of text (a subtitle, a date) between a list's heading and its table.
const BEFORE_TABLE: usize = 2;

/// The paragraphs a list's table names over its ballot columns (`§ 12
/// Ja`, or `§ 12` in a row above the heads): the first rows of the table
/// standing under the heading (the line `span` opens with), in order,
/// each once. A sentence naming the list (`se voteringslistan`) has no
/// table under it.
fn columns_named(src: &str, span: Span) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    // A table's row: cells between bars or tabs, or laid out with gaps
    // (`Ledamot   Närv   Ja   Nej`); a paragraph's `§ 12` alone over the
    // columns is the table's first row.
    let row = |t: &&str| {
        t.starts_with('|')
            || t.contains('\t')
            || t.contains("   ")
            || section_cell(t).is_some_and(|(_, after)| after.is_empty())
    };
    let mut lines = span
        .of(src)
        .lines()
        .skip(1)
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let before = lines.clone().take_while(|t| !row(t)).count();
    if before > BEFORE_TABLE {
        return out;
    }
    let rows = lines.by_ref().skip(before).take(HEAD_ROWS);
    for t in rows {
        let laid_out = !t.contains(['|', '\t']);
        let cells: Vec<&str> = if laid_out {
            t.split("  ").collect()
        } else {
            t.split(['|', '\t']).collect()
        };
        for c in cells {
            // (A header row in bold: `| **§ 102 Ja** |`.)
            if let Some((n, _)) = section_cell(c.trim().trim_matches('*')) {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        }
    }
    out
}

/// The vote lists in `src`, given its lines at its line feeds (each
/// line's start and end, the `\n` left out: `super::feed_lines`) and each
/// paragraph's number and span (in order).
pub(super) fn vote_lists(
    src: &str,
    lines: &[(usize, usize)],
    paragraphs: &[(u32, Span)],
) -> Vec<VoteList> {
    if paragraphs.is_empty() || src.is_empty() {
        return Vec::new();
    }
    let numbers: Vec<u32> = paragraphs.iter().map(|p| p.0).collect();
    // Heading lines: (start, named paragraph or attachment number, is a list).
    let mut heads: Vec<(usize, Option<u32>, Option<String>)> = Vec::new();
    let mut folded = String::new();
    for &(start, end) in lines {
        let line = &src[start..end];
        let t = trim_marks(line.trim());
        if t.is_empty() || t.len() > 120 || !may_head(t) {
            continue;
        }
        let (listed, bilaga) = heading_in(t, &mut folded);
        if !listed && bilaga.is_none() {
            continue;
        }
        // `Bilaga 2 till § 45`, `Omröstningslista § 45`; a list heading
        // with no number belongs to the attachment it stands in.
        let named = paragraph_named(t).filter(|n| numbers.contains(n));
        if listed || named.is_some() || bilaga.is_some() {
            heads.push((start, named, bilaga));
        }
        if heads.len() >= MAX_LISTS {
            break;
        }
    }
    // Each paragraph's text folded once, when a heading asks for it.
    let mut folded: Vec<Option<String>> = vec![None; paragraphs.len()];
    let mut out = Vec::new();
    for (k, (start, named, bilaga)) in heads.iter().enumerate() {
        let holder = paragraphs.iter().rfind(|p| p.1.start <= *start).copied();
        let next_head = paragraphs
            .iter()
            .map(|p| p.1.start)
            .find(|&s| s > *start)
            .unwrap_or(src.len());
        // The list runs to the next heading that is not its own title
        // (`Bilaga 1` over `Omröstningslista § 45`).
        let next = heads[k + 1..]
            .iter()
            .find(|h| h.1.is_some() || h.2.is_some())
            .map_or(src.len(), |h| h.0);
        let end = next.min(next_head);
        let number = named.or_else(|| {
            // An attachment named by number: the paragraph that refers to
            // it (`se bilaga 2`), when exactly one does.
            let b = bilaga.as_ref()?;
            let words = [format!("bilaga {b}"), format!("bilaga nr {b}")];
            let refers = |f: &str| {
                words.iter().any(|w| {
                    f.match_indices(w.as_str())
                        .any(|(at, _)| !f[at + w.len()..].starts_with(|c: char| c.is_ascii_digit()))
                })
            };
            let mut refs = paragraphs
                .iter()
                .enumerate()
                .filter(|(_, p)| p.1.start < *start)
                .filter(|&(i, p)| {
                    // Only the text before the heading refers to it; a
                    // paragraph wholly before it is folded once.
                    if p.1.end <= *start {
                        refers(folded[i].get_or_insert_with(|| fold(p.1.of(src))))
                    } else {
                        refers(&fold(&src[p.1.start..*start]))
                    }
                })
                .map(|(_, p)| p);
            let first = refs.next()?;
            refs.next().is_none().then_some(first.0)
        });
        let Some(number) = number else {
            // A list heading naming no paragraph over a table of several
            // paragraphs' votes (`§ 12 Ja`), or an attachment several
            // paragraphs refer to holding such a table (`Bilaga 1
            // Närvaro- och omröstningslista`, `se bilaga 1` in §§ 47 and
            // 49): a list of each one it names.
            let span = Span::new(*start, end);
            for n in columns_named(src, span) {
                if numbers.contains(&n) && out.len() < MAX_LISTS {
                    out.push(VoteList { span, number: n });
                }
            }
            continue;
        };
        // A list inside its own paragraph is read there already.
        if holder.is_some_and(|h| h.0 == number) && named.is_none() {
            continue;
        }
        out.push(VoteList {
            span: Span::new(*start, end),
            number,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_trimmed_by_the_byte_as_by_the_character() {
        for t in [
            "",
            "*",
            "** Bilaga 2 **",
            "# lista",
            "  x  ",
            "*ö*",
            "#*# ä #*#",
            "a*b",
        ] {
            assert_eq!(trim_marks(t), t.trim_matches(['*', '#', ' ']), "{t:?}");
        }
    }

    /// Two votes in one paragraph, their lists appended after the next
    /// paragraph in order (`Omröstningslista 1 § 45`, `Omröstningslista 2 §
    /// 45`): each vote its own list; the next paragraph none.
    #[test]
    fn the_byte_test_lets_every_heading_through() {
        // `may_head` is a necessary condition of `heading`: on generated
        // lines of list words, look-alikes and other words, no line that
        // `heading` takes is turned away.
        let pieces = [
            "Omröstningslista",
            "VOTERINGSLISTA",
            "Bilaga",
            " ",
            "2",
            "§ 45",
            "proto\u{212A}oll",
            "Protokoll",
            "lіsta",
            "Омröstningslista",
            "bilаga",
            "omröstnings",
            "lista",
            "x",
            "\u{00A0}",
            "Röstningslista",
            "till",
            "å",
        ];
        let mut rng = crate::testing::Rng::new(0x0715_7a11);
        let mut taken = 0;
        for _ in 0..30_000 {
            let t = rng.pieces(&pieces, 8);
            let (listed, bilaga) = heading(&t);
            if listed || bilaga.is_some() {
                taken += 1;
                assert!(may_head(&t), "{t:?}");
            }
        }
        assert!(taken > 1000, "{taken}");
    }

    /// The blocks' test says what the searches say, on generated lines
    /// long and short whose words fall anywhere in or across a block.
    #[test]
    fn the_blocks_read_as_the_searches() {
        let pieces = [
            "lista",
            "LISTA",
            "Protokoll",
            "protokollet",
            "bilaga",
            "BILAGA",
            "lіsta",
            "bilаga",
            "proto\u{212A}oll",
            "–",
            "list",
            "prot",
            "bila",
            "lis",
            "pro",
            "bil",
            " ",
            "ö",
            "abcdefghijklmnop",
            "x",
            "§ 45",
            "і",
        ];
        let mut rng = crate::testing::Rng::new(0x5be0_cd19_137e_2179);
        let (mut yes, mut no) = (0, 0);
        for round in 0..60_000 {
            let t = rng.pieces(&pieces, if round % 2 == 0 { 4 } else { 24 });
            let want = may_head_by_words(&t);
            assert_eq!(may_head(&t), want, "{t:?}");
            if want {
                yes += 1;
            } else {
                no += 1;
            }
        }
        assert!(yes > 5_000 && no > 5_000, "{yes} {no}");
    }

    #[test]
    fn two_lists_of_one_paragraph_follow_its_votes() {
        let src = "Beslutande\n\nAda Ek (S), ordförande\nBo Ek (M)\nCia Ek (V)\n\n\
            § 45 Motion om bad\n\nYrkanden\n\nBo Ek (M) yrkar återremiss. Ada Ek (S) yrkar \
            avslag på motionen. Cia Ek (V) yrkar bifall till motionen.\n\nOmröstning\n\n\
            Omröstning begärs om återremiss. Ja-röst för att ärendet avgörs i dag, nej-röst för \
            återremiss, se omröstningslista 1.\n\nOmröstning begärs. Ja-röst för avslag, \
            nej-röst för bifall, se omröstningslista 2.\n\nBeslut\n\nMotionen avslås.\n\n\
            § 46 Anmälningar\n\nAnmälningarna läggs till handlingarna.\n\n\
            Omröstningslista 1 § 45\n\n| Ledamot | Ja | Nej |\n|---|---|---|\n\
            | Ada Ek (S) | X | |\n| Bo Ek (M) | | X |\n| Cia Ek (V) | X | |\n\n\
            Omröstningslista 2 § 45\n\n| Ledamot | Ja | Nej |\n|---|---|---|\n\
            | Ada Ek (S) | X | |\n| Bo Ek (M) | X | |\n| Cia Ek (V) | | X |\n";
        let doc = crate::parse(src);
        let votes: Vec<Vec<(u32, Vec<&str>)>> = doc
            .paragraphs
            .iter()
            .map(|p| {
                p.votes
                    .iter()
                    .map(|v| {
                        let yes = v.cast(crate::model::Ballot::Yes).collect();
                        (v.counts.yes.unwrap_or(0), yes)
                    })
                    .collect()
            })
            .collect();
        assert_eq!(
            votes,
            [
                vec![(2, vec!["Ada Ek", "Cia Ek"]), (2, vec!["Ada Ek", "Bo Ek"])],
                vec![]
            ]
        );
    }

    /// A list written a voter a line (`Ada Ek (S) Ja`) in an attachment
    /// one paragraph refers to (`framgår av bilaga 1`): that paragraph's
    /// roll call, not the last paragraph's.
    #[test]
    fn voters_a_line_in_an_attachment() {
        let src = "Beslutande\n\nAda Ek (S), ordförande\nBo Ek (M)\nCia Ek (V)\n\n\
            § 45 Motion om bad\n\nOmröstning\n\nOmröstning begärs. Ja-röst för avslag, \
            nej-röst för bifall. Omröstningen framgår av bilaga 1.\n\nBeslut\n\n\
            Motionen avslås.\n\n§ 46 Anmälningar\n\nAnmälningarna läggs till handlingarna.\n\n\
            Bilaga 1\n\nOmröstningslista\n\nAda Ek (S) Ja\nBo Ek (M) Nej\nCia Ek (V) Ja\n";
        let doc = crate::parse(src);
        let rolls: Vec<(u32, usize)> = doc
            .paragraphs
            .iter()
            .map(|p| (p.number, p.votes.iter().map(|v| v.roll_call.len()).sum()))
            .collect();
        assert_eq!(rolls, [(45, 3), (46, 0)]);
    }

    /// A närvaro- och voteringslista after the last paragraph, each
    /// paragraph's ballots in columns under its number (in the heads, or
    /// in a row above them): each vote reads its own columns.
    #[test]
    fn a_list_of_several_paragraphs_votes() {
        let text = "Beslutande\n\nAda Ek (S), ordförande\nBo Ek (M)\nCia Ek (V)\n\n\
            § 45 Motion om bad\n\nOmröstning begärs. Ja-röst för avslag, nej-röst för \
            bifall, se voteringslistan.\n\nBeslut\n\nMotionen avslås.\n\n\
            § 46 Motion om skog\n\nOmröstning begärs. Ja-röst för avslag, nej-röst för \
            bifall, se voteringslistan.\n\nBeslut\n\nMotionen bifalls.\n\n\
            Närvaro- och voteringslista\n\n";
        let yes = |src: &str| -> Vec<Vec<(u32, Vec<String>)>> {
            crate::parse(src)
                .paragraphs
                .iter()
                .map(|p| {
                    p.votes
                        .iter()
                        .map(|v| {
                            let yes = v.cast(crate::model::Ballot::Yes);
                            (v.counts.yes.unwrap_or(0), yes.map(String::from).collect())
                        })
                        .collect()
                })
                .collect()
        };
        let want = [
            vec![(2, vec!["Ada Ek".to_string(), "Cia Ek".to_string()])],
            vec![(1, vec!["Bo Ek".to_string()])],
        ];
        let heads = "| Ledamot | Närvarande | § 45 Ja | § 45 Nej | § 46 Ja | § 46 Nej |\n|---|---|---|---|---|---|\n\
            | Ada Ek (S) | X | X | | | X |\n| Bo Ek (M) | X | | X | X | |\n| Cia Ek (V) | X | X | | | X |\n";
        assert_eq!(yes(&format!("{text}{heads}")), want);
        let above = "| | | § 45 | | § 46 | |\n| Ledamot | Närvarande | Ja | Nej | Ja | Nej |\n|---|---|---|---|---|---|\n\
            | Ada Ek (S) | X | X | | | X |\n| Bo Ek (M) | X | | X | X | |\n| Cia Ek (V) | X | X | | | X |\n";
        assert_eq!(yes(&format!("{text}{above}")), want);
        let list = format!("Närvaro- och voteringslista\n\n{heads}");
        assert_eq!(columns_named(&list, Span::new(0, list.len())), [45, 46]);
        // A sentence naming the list, the table further on: none.
        let far = format!("Se voteringslistan.\n\nA.\n\nB.\n\nC.\n\n{heads}");
        assert!(columns_named(&far, Span::new(0, far.len())).is_empty());
    }

    #[test]
    fn a_heading_names_its_paragraph() {
        assert_eq!(paragraph_named("Omröstningslista § 45"), Some(45));
        assert_eq!(paragraph_named("Bilaga 2 till §45"), Some(45));
        assert_eq!(paragraph_named("Omröstningslista"), None);
        assert_eq!(bilaga_number("bilaga 2 till § 45"), Some("2"));
        assert_eq!(bilaga_number("bilagan"), None);
    }

    /// A närvaro- och omröstningslista in the front, before the first
    /// paragraph, its bold header naming the paragraph over its ballot
    /// columns (`| **§ 102 Ja** | **Nej** |`): § 102's vote reads its
    /// ballots.
    #[test]
    fn a_list_in_the_front_naming_its_paragraph_over_its_columns() {
        let src = "Kommunfullmäktige 2025-10-20\n\n**Närvaro- och omröstningslista**\n\n\
                   | **Ledamot** | **Parti** | **Närvarande** | **§ 102 Ja** | **Nej** | **Avstår** |\n\
                   |---|---|---|---|---|---|\n| Åsa Lind | S | X | X |  |  |\n| Björn Sjö | M | X |  | X |  |\n\
                   | Carina Ek | S | X | X |  |  |\n\n§ 101 Val av justerare\n\nBeslut\n\nFullmäktige utser Björn Sjö.\n\n\
                   § 102 Skattesats 2026\n\nBeslutsgång\n\nOrdföranden ställer proposition på förslagen och finner att \
                   fullmäktige bifaller kommunstyrelsens förslag. Votering begärs. Ja-röst för kommunstyrelsens förslag, \
                   nej-röst för Björn Sjös (M) yrkande. Omröstningen utfaller med 2 ja-röster mot 1 nej-röst.\n\n\
                   Beslut\n\nSkattesatsen fastställs.\n";
        let d = crate::parse(src);
        let p = d.paragraphs.iter().find(|p| p.number == 102).unwrap();
        assert_eq!(p.votes[0].roll_call.len(), 3, "{:?}", p.votes);
    }
}
