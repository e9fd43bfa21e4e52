//! The second pass: items from [`crate::scan`] into a [`Document`].
//!
//! Parsing never fails: what is not understood is left out of the model, and
//! the blocks still cover the whole text. [`parse`] reads like the pipeline,
//! one stage per file:
//!
//! 1. `toc`, `heads`: which items are the table of contents, which are
//!    paragraph heads (`§ N`, or agenda items in documents without `§`).
//! 2. blocks: front, one per paragraph, back; contiguous over the text
//!    (`back::back_start` finds where the back matter begins).
//! 3. `front`: the labels before the first paragraph (with `meeting`,
//!    `people`, `signatures`, `columns`), and `toc` for its entries.
//! 4. `paragraph`: each paragraph's title, case numbers, parts, decision.
//! 5. `back`: signatures after the last paragraph and the notice (anslag).
//! 6. `documents`: the document's kind, and the documents inside one file.
//!
//! `spans` maps cleaned text back to the source; `tables` groups table rows.

mod attendance_list;
mod back;
mod classify;
mod columns;
mod documents;
mod entries;
mod front;
mod front_kind;
mod head_number;
mod head_title;
mod heads;
mod item_heads;
mod margin;
mod meeting;
mod moved_lists;
mod officials;
mod paragraph;
mod people;
mod range_in_line;
mod roll_entry;
mod signatures;
mod signing;
mod signs;
mod spans;
mod tables;
mod toc;
mod vote_lists;

use std::borrow::Cow;
use std::collections::HashMap;

use crate::inline::fold;
use crate::model::*;
use crate::scan::{self, Item};
use back::{back_matter, back_signatures, back_start, notice};
use classify::classify;
use documents::split_documents;
use front::{empty_document, front, justering_in_prose};
use heads::{drop_weak_duplicates, find_heads, header_head};
use item_heads::item_heads;
use range_in_line::range_in_line;
use signs::toc_and_signs;
use tables::tables;
use toc::toc;

/// Parse a document.
pub fn parse(src: &str) -> Document {
    let (items, lines) = scan::scan_lines(src);
    parse_lines(src, &items, &lines)
}

/// Parse a document from its scan and the text's lines the scan read
/// (`scan::scan_lines(src)`), not split again.
pub(crate) fn parse_lines(src: &str, items: &[Item], lines: &[(usize, usize)]) -> Document {
    let line_starts = lines.iter().map(|&(s, _)| s).collect::<Vec<_>>();
    // The whole text is searched for the sign: the items cover it.
    let (toc_items, signs) = toc_and_signs(src, items);
    let mut heads = drop_weak_duplicates(items, find_heads(src, items, &toc_items, &signs));
    if heads.is_empty() {
        heads = header_head(items).into_iter().collect();
    }
    if heads.is_empty() {
        heads = item_heads(src, items);
    }
    // The page marks and the furniture, collected on the tables' walk.
    let (mut marks, mut furniture) = (Vec::new(), Vec::new());
    let mut doc = Document {
        tables: tables(items, |it| {
            if it.kind == crate::scan::ItemKind::PageBreak {
                marks.push(it.span);
            } else if it.furniture {
                furniture.push(it.span);
            }
        }),
        ..empty_document(src.len())
    };

    let line_start_of = |it: &Item| it.line_start_in(&line_starts);
    // An attachment with sections of its own after the protocol: its
    // heads are none of the protocol's paragraphs.
    let attachment = back::attachment_cut(items, &heads);
    if let Some((k, _)) = attachment {
        heads.truncate(k);
    }
    let first_head = heads.first().map(|h| h.first_item()).unwrap_or(items.len());
    let back = back_start(
        items,
        heads.last().map(|h| h.item + 1).unwrap_or(items.len()),
        heads.last().map(|h| h.number),
    );
    let back = attachment.map_or(back, |(_, m)| back.min(m));

    // Blocks: front, one per paragraph, back; contiguous over the whole text.
    let mut cuts: Vec<(BlockKind, Option<u32>, usize)> = Vec::new();
    cuts.push((
        if heads.is_empty() {
            BlockKind::Body
        } else {
            BlockKind::Front
        },
        None,
        0,
    ));
    for h in &heads {
        cuts.push((
            BlockKind::Paragraph,
            Some(h.number),
            line_start_of(&items[h.first_item()]),
        ));
    }
    if !heads.is_empty() && back < items.len() {
        cuts.push((BlockKind::Back, None, line_start_of(&items[back])));
    }
    for (i, &(kind, number, start)) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1).map(|c| c.2).unwrap_or(src.len());
        if end > start || (i == 0 && src.is_empty()) {
            doc.blocks.push(Block {
                kind,
                number,
                span: Span::new(start, end),
            });
        } else if let Some(last) = doc.blocks.last_mut() {
            last.span.end = end;
        }
    }
    if let Some(first) = doc.blocks.first_mut() {
        first.span.start = 0;
    }

    front(src, lines, &items[..first_head], &mut doc);
    meeting::opening_date(src, &items[..first_head], &mut doc);
    if doc.declared_range.is_none() {
        doc.declared_range = range_in_line(src, &items[..first_head]);
    }
    // A närvaro- och voteringslista is the attendance when the front names
    // none, or when the front's list is one (looked for in the front only).
    attendance_list::attendance_list(src, items, first_head, &mut doc);
    doc.toc = toc(items, &toc_items);
    // Each paragraph block by its number and start (the first of equals),
    // looked up once per head: not a walk over the blocks per head.
    let mut paragraph_blocks: HashMap<(u32, usize), Span> = HashMap::new();
    for b in &doc.blocks {
        if let (BlockKind::Paragraph, Some(number)) = (b.kind, b.number) {
            paragraph_blocks
                .entry((number, b.span.start))
                .or_insert(b.span);
        }
    }
    let spans: Vec<(u32, Span)> = heads
        .iter()
        .enumerate()
        .map(|(k, h)| {
            let end = heads.get(k + 1).map(|n| n.first_item()).unwrap_or(back);
            let block = paragraph_blocks.get(&(h.number, line_start_of(&items[h.first_item()])));
            let span = block.copied().unwrap_or_else(|| {
                Span::new(
                    items[h.item].span.start,
                    items[end.saturating_sub(1).max(h.item)].span.end,
                )
            });
            (h.number, span)
        })
        .collect();
    // Vote lists that name their paragraph, wherever they stand (the
    // front's närvaro- och omröstningslista too, its columns naming the
    // paragraphs: `§ 102 Ja`).
    let from = spans.first().map_or(src.len(), |s| s.1.start);
    let mut lists = vote_lists::vote_lists(src, &feed_lines(src, lines), &spans);
    // And lists a converter moved to the end of their page.
    lists.extend(moved_lists::moved_lists(src, from, &spans));
    // The outcome passes read the text with its page furniture blanked: a
    // sentence broken by a page reads on as one (a bundle's documents too).
    let read = crate::outcome::without_furniture(src, &marks, &furniture);
    // Each head with the end of its items and its span, the heads moved
    // in: their paragraphs take the texts they keep from them (the
    // heads' list freed here, not held as long as `reads`).
    let mut reads = Vec::with_capacity(heads.len());
    {
        let mut next = heads.into_iter().zip(&spans).peekable();
        while let Some((h, &(_, span))) = next.next() {
            let end = next.peek().map_or(back, |(n, _)| n.first_item());
            reads.push((h, end, span));
        }
    }
    doc.paragraphs
        .extend(paragraph::paragraphs_in(src, items, &mut reads));
    // The outcome passes, each over every paragraph in turn.
    crate::outcome::passes::paragraph_outcomes(&read, src, &mut doc.paragraphs, &lists);
    jav_in_attendance(&mut doc);
    office_holders(&mut doc);
    back_matter(src, &items[back.min(items.len())..], &mut doc);
    if back < items.len() && !reads.is_empty() {
        back_signatures(src, lines, &items[back..], &mut doc);
    }
    signing::signed_by_e_id(src, &items[back.min(items.len())..], &mut doc.signatures);
    // Justerare chosen in a paragraph (`§ 2 Val av justerare`: `Till
    // justerare utsågs Anna Ek.`) where neither front nor signatures named one.
    for (k, (h, end, _)) in reads.iter().enumerate().take(5) {
        let about = doc
            .paragraphs
            .get(k)
            .is_some_and(|p| fold(&p.title).contains("juster"));
        if about && doc.justering.justerare.is_empty() {
            justering_in_prose(src, &items[h.item..(*end).max(h.item)], &mut doc);
        }
    }
    notice(src, items, &mut doc);
    meeting::labelled_date(src, items, &mut doc);
    meeting::labelled_body(src, items, &mut doc);
    signatures::trim_justerare(&mut doc);
    classify(src, items, &mut doc);
    split_documents(src, &read, items, &line_starts, back, &mut doc);
    doc
}

/// The text's lines at its line feeds alone, each line's start and its
/// end without the `\n`, as the vote lists read them: the scan's lines
/// (`scan::lines`, not split again) when the text holds no carriage
/// return (which ends a line there too), else split here. An empty last
/// line after a final line feed is in neither (no reader takes one).
fn feed_lines<'l>(src: &str, lines: &'l [(usize, usize)]) -> Cow<'l, [(usize, usize)]> {
    let b = src.as_bytes();
    if memchr::memchr(b'\r', b).is_none() {
        return Cow::Borrowed(lines);
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', b) {
        out.push((start, end));
        start = end + 1;
    }
    if start < b.len() {
        out.push((start, b.len()));
    }
    Cow::Owned(out)
}

/// An office's holder: the name and the party.
type Holder = (String, Option<String>);

/// A yrkande moved by an office named alone (`Ordföranden yrkade ...`):
/// the office's holder, the one member or serving substitute with its role
/// in the attendance (for `vice ordföranden`, the förste vice ordförande
/// where no one is plain vice), or else the signature under its role.
fn office_holders(doc: &mut Document) {
    let a = &doc.attendance;
    let holder = |role: &str| {
        let with = |r: &str| {
            let mut it = a
                .members
                .iter()
                .chain(&a.serving_substitutes)
                .filter(|p| p.role.as_deref() == Some(r));
            match (it.next(), it.next()) {
                (Some(p), None) => Some((p.name.clone(), p.party.clone())),
                _ => None,
            }
        };
        with(role)
            .or_else(|| {
                (role == "vice ordförande")
                    .then(|| with("förste vice ordförande"))
                    .flatten()
            })
            .or_else(|| {
                let mut it = doc
                    .signatures
                    .iter()
                    .filter(|s| s.role.as_deref() == Some(role) && !s.name.is_empty());
                match (it.next(), it.next()) {
                    (Some(s), None) => Some((s.name.clone(), None)),
                    _ => None,
                }
            })
    };
    // Each office's holder, looked up once.
    let holders: Vec<(&str, Option<Holder>)> = crate::outcome::OFFICE_ROLES
        .iter()
        .map(|&r| (r, holder(r)))
        .collect();
    for p in doc.paragraphs.iter_mut() {
        for by in p.proposals.iter_mut().flat_map(|x| x.by.iter_mut()) {
            let Some(role) = crate::outcome::office_role(&by.name) else {
                continue;
            };
            if let Some((_, Some((name, party)))) = holders.iter().find(|(r, _)| *r == role) {
                by.name = name.clone();
                by.party = party.clone();
            }
        }
    }
}

/// Jäv recorded only in the attendance (`Thure Sandén (M), ordförande,
/// deltar ej § 223 p.g.a jäv`): the paragraph's jäv, unless its own text
/// names the same person's.
fn jav_in_attendance(doc: &mut Document) {
    let a = &doc.attendance;
    let jav = |p: &&Person| {
        p.scope
            .as_ref()
            .is_some_and(|s| s.reason.as_deref() == Some("jäv"))
    };
    let people: Vec<Person> = a
        .members
        .iter()
        .chain(&a.serving_substitutes)
        .chain(&a.substitutes)
        .filter(jav)
        .cloned()
        .collect();
    if people.is_empty() {
        return;
    }
    // Each number's first paragraph, looked up once per number named.
    let mut at: HashMap<u32, usize> = HashMap::new();
    for (k, p) in doc.paragraphs.iter().enumerate() {
        at.entry(p.number).or_insert(k);
    }
    for person in &people {
        let Some(scope) = &person.scope else { continue };
        for n in &scope.except {
            let Some(p) = at.get(n).map(|&k| &mut doc.paragraphs[k]) else {
                continue;
            };
            let named = p
                .jav
                .iter()
                .any(|j| j.by.iter().any(|b| b.name == person.name));
            if !named {
                p.jav.push(Jav {
                    by: vec![Actor {
                        name: person.name.clone(),
                        party: person.party.clone(),
                        group: false,
                        span: person.span,
                    }],
                    text: scope.text.clone(),
                    span: scope.span,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The meeting's number: `5/2024`, or a number said to be one (`nr 5`);
    /// not a year nor a date after `nr`.
    #[test]
    fn a_meeting_number_with_its_year_or_said_with_nr() {
        for (head, number) in [
            ("Protokoll 5/2024", Some("5/2024")),
            ("Protokoll nr 5", Some("5")),
            ("Protokoll nr. 12", Some("12")),
            ("Protokoll 2024", None),
            ("Protokoll nr 2024-03-12", None),
        ] {
            let d = parse(&format!(
                "{head}\nKommunstyrelsen\nSammanträdesdatum 2024-03-12\n\n§ 12 Budget\n\nBeslut\nNämnden antar budgeten.\n"
            ));
            assert_eq!(
                d.meeting.number.as_ref().map(|n| n.text.as_str()),
                number,
                "{head}"
            );
        }
    }

    /// A regulation attached after the protocol, with sections of its own:
    /// an attachment, not paragraphs § 1 to § 3 after § 13; the last
    /// paragraph ends at its marker. Without the marker, or where the
    /// numbers go on, the heads are the protocol's.
    #[test]
    fn an_attachment_with_sections_of_its_own_after_the_protocol() {
        let protocol = "Protokoll\nKommunfullmäktige 2024-03-12\n\n§ 12 Val av justerare\n\nBeslut\nFullmäktige utser Bo Berg (M).\n\n\
            § 13 Reglemente för socialnämnden\n\nBeslut\nFullmäktige antar reglementet enligt bilaga 1.\n\n";
        let attachment = "Reglemente för socialnämnden\n\n§ 1 Uppgifter\nNämnden fullgör kommunens uppgifter.\n\n\
            § 2 Sammansättning\nNämnden består av nio ledamöter.\n\n§ 3 Ikraftträdande\nReglementet gäller från den 1 maj 2024.\n";
        let numbers = |d: &Document| d.paragraphs.iter().map(|p| p.number).collect::<Vec<_>>();
        for marker in [
            "Bilaga 1, KF § 13",
            "Bilaga 1",
            "BILAGA A",
            "Bilaga till protokoll",
        ] {
            let src = format!("{protocol}{marker}\n\n{attachment}");
            let d = parse(&src);
            assert_eq!(numbers(&d), [12, 13], "{marker}");
            assert!(!d.paragraphs[1].span.of(&src).contains(marker), "{marker}");
            assert_eq!(d.documents.len(), 1, "{marker}");
            let found = crate::check(&d, &src);
            assert!(
                !found
                    .iter()
                    .any(|f| matches!(f.code, "paragraph-order" | "unread-structure")),
                "{marker}: {found:?}"
            );
        }
        // No marker: the heads stand (and the order rule says so).
        let d = parse(&format!("{protocol}{attachment}"));
        assert_eq!(numbers(&d), [12, 13, 1, 2, 3]);
        // An attachment inside a paragraph, the protocol going on after it.
        let d = parse(&format!(
            "{protocol}Bilaga 1\n\n{attachment}\n§ 14 Avslutning\n\nBeslut\nMötet avslutas.\n"
        ));
        assert_eq!(numbers(&d), [12, 13, 1, 2, 3, 14]);
        // `Bilagan ...` in a sentence is no marker.
        let d = parse(&format!(
            "{protocol}Bilagan finns hos sekreteraren.\n\n{attachment}"
        ));
        assert_eq!(numbers(&d), [12, 13, 1, 2, 3]);
    }

    #[test]
    fn blocks_cover_small_inputs() {
        for src in [
            "",
            "x",
            "\n\n",
            "## § 1\nText\n",
            "§ 1 Dnr KS 2024/1\nTitel\n\nBeslut\nNämnden beslutar.\n",
        ] {
            let d = parse(src);
            assert_eq!(d.blocks.first().map(|b| b.span.start), Some(0), "{src:?}");
            assert_eq!(
                d.blocks.last().map(|b| b.span.end),
                Some(src.len()),
                "{src:?}"
            );
            for w in d.blocks.windows(2) {
                assert_eq!(w[0].span.end, w[1].span.start);
            }
        }
    }

    #[test]
    fn jav_recorded_in_the_attendance_is_the_paragraphs() {
        let protocol = |text: &str| {
            parse(&format!(
                "Byggnadsnämnden 2024-07-04\n\nBeslutande\n\
                 Eva Ek (M), ordförande, deltar ej § 12 p.g.a jäv\n\
                 Bo Ström (S)\nKim Berg (C)\n\n\
                 § 11 Val av justerare\n\nBeslut\nBo Ström utses.\n\n\
                 § 12 Bygglov för Ekudden 1:4\n\n{text}Beslut\nBygglov beviljas.\n"
            ))
        };
        let jav = |d: &Document, n: u32| -> Vec<String> {
            d.paragraphs
                .iter()
                .find(|p| p.number == n)
                .unwrap()
                .jav
                .iter()
                .flat_map(|j| j.by.iter().map(|b| b.name.clone()))
                .collect()
        };
        let d = protocol("");
        assert_eq!(jav(&d, 12), ["Eva Ek"]);
        assert!(jav(&d, 11).is_empty());
        // Named in the paragraph too: once.
        let d = protocol("Jäv\nEva Ek (M) anmäler jäv och deltar inte i handläggningen.\n\n");
        assert_eq!(jav(&d, 12), ["Eva Ek"]);
    }

    /// The pieces the generated texts of these tests are made of: line
    /// breaks of every kind, and what lines hold (the sign, Swedish
    /// letters, a tab, NBSP, digits, a vote list's heading).
    const PIECES: &[&str] = &[
        "\n",
        "\r",
        "\r\n",
        "\n\n",
        "§ 45",
        "å ä ö Å Ä Ö É",
        "\t",
        "\u{a0}",
        "2024",
        " ",
        "Omröstningslista § 45",
        "Bilaga 2",
        "x",
    ];

    /// [`feed_lines`] against the text split at its line feeds, an empty
    /// last line left out, on generated texts with and without carriage
    /// returns.
    #[test]
    fn feed_lines_are_the_text_split_at_its_line_feeds() {
        let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15);
        let (mut borrowed, mut split) = (0, 0);
        for _ in 0..20_000 {
            let src = rng.pieces(PIECES, 16);
            let mut plain = Vec::new();
            let mut start = 0;
            for piece in src.split('\n') {
                plain.push((start, start + piece.len()));
                start += piece.len() + 1;
            }
            if plain.last().is_some_and(|&(a, b)| a == b) {
                plain.pop();
            }
            let lines = scan::lines(&src);
            let got = feed_lines(&src, &lines);
            assert_eq!(*got, plain[..], "{src:?}");
            match got {
                Cow::Borrowed(_) => borrowed += 1,
                Cow::Owned(_) => split += 1,
            }
        }
        assert!(borrowed > 2_000 && split > 2_000, "{borrowed} {split}");
    }
}
