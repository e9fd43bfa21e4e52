//! The table of contents: which items belong to it (dot leaders, a
//! contents heading) so they are not taken for paragraph heads, and its
//! entries.

use super::head_number::{head_marker, head_number};
use super::head_title::agenda_number;
use super::heads::contents_heading;
use crate::labels::part_kind;
use crate::model::*;
use crate::scan::{Item, ItemKind};

/// Items that belong to a table of contents: lines ending in dot leaders and
/// a page number, with the `§ N` lines that introduce them.
/// `signs` tells which items may hold `§` (`signs::sign_items`).
pub(super) fn toc_item_set(items: &[Item], signs: &[bool]) -> Vec<bool> {
    toc_set_with(items, |i, _| signs[i])
}

/// [`toc_item_set`], `sign(i, item)` telling whether item `i` may hold
/// `§`: asked once for each item, in order, on the first walk.
pub(super) fn toc_set_with(
    items: &[Item],
    mut sign: impl FnMut(usize, &Item) -> bool,
) -> Vec<bool> {
    let mut set = vec![false; items.len()];
    // The contents headings, noted on this walk for the regions' below
    // (each walk of the items reads all their cache lines; a heading's
    // reading depends on its own text alone).
    let mut headings = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if it.line_start && it.text.len() <= 40 && is_contents(&it.text) {
            headings.push(i);
        }
        // Entries run together, the line wrapped anywhere in them
        // (`kulturpris 2003...... 285 § 223 Bostadsförsörjningsplan`).
        // Not a page's signature boxes drawn with dots (`Justerandes
        // signatur ..........`).
        // Nor signature lines side by side (`……………    ……………`: runs of
        // leaders and nothing else); a contents entry's leaders alone on
        // their line (`…..` under a wrapped title) are its.
        // Most lines have no leaders: the tests that fold are left for
        // those that have.
        let sign = sign(i, it);
        let leaders = !it.furniture && (has_leader(&it.text) || (sign && run_together(&it.text)));
        let signatures = || {
            (!it.text.chars().any(char::is_alphanumeric) && it.text.split_whitespace().count() >= 2)
                || signature_line(&it.text)
                || signature_boxes(&it.text)
        };
        if leaders && !signatures() {
            // The § line and title lines just before belong to the entry.
            // A title wrapped in a narrow column takes more, short, lines.
            let mut entry = vec![i];
            let mut j = i;
            let mut n = 0;
            // `**Ordförande**` / `**Justerare**` / `……………` / `……………`:
            // lines to sign on under their roles, not an entry (leaders
            // alone on their line, a role above them).
            let lone = !it.text.chars().any(char::is_alphanumeric);
            let mut signed = false;
            while j > 0 && n < 8 {
                j -= 1;
                if items[j].is_blank() {
                    continue;
                }
                if n >= 4 && items[j].text.chars().count() > 40 {
                    break;
                }
                if has_leader(&items[j].text) {
                    break;
                }
                if lone && signature_line(&items[j].text) {
                    signed = true;
                    break;
                }
                entry.push(j);
                n += 1;
                if head_number(&items[j].text).is_some() {
                    break;
                }
            }
            if !signed {
                for k in entry {
                    set[k] = true;
                }
            }
        }
    }
    // A contents heading starts a region that lasts until the numbering
    // starts over (the body begins) or a part heading appears.
    // Each heading past the region before it opens one.
    let led = set.clone();
    let mut i = 0;
    for &at in &headings {
        if at < i {
            continue;
        }
        i = at;
        let mut max_seen = 0;
        let mut entries = 0;
        let mut j = i + 1;
        while j < items.len() && j < i + 4000 {
            let it = &items[j];
            if it.line_start && part_kind(&it.text).is_some() && it.is_heading_like() {
                break;
            }
            // A second contents heading (`Innehåll` on the front page with
            // one entry, `Innehållsförteckning` over the list on the next)
            // starts its own region, numbered from its first entry.
            if it.line_start && it.text.len() <= 40 && is_contents(&it.text) {
                break;
            }
            // Word's message in a contents field with no entries: the
            // contents end with it.
            if it.line_start && no_entries(&it.text) {
                set[j] = true;
                j += 1;
                break;
            }
            // A sentence under the first entry at most: that entry was
            // the body's first head, the contents empty here (a field not
            // filled in); none of the region is contents.
            // An entry with its leaders and page is contents, whatever
            // follows it.
            if entries <= 1 && it.line_start && it.text.len() > 80 && it.text.ends_with('.') {
                if !led[i + 1..j].contains(&true) {
                    set[i + 1..j].fill(false);
                }
                break;
            }
            // The number opens the line (`§ 87 Title`) or closes it
            // (`1   Title   § 87`, an agenda with the paragraph last).
            if let Some(m) = head_marker(&it.text) {
                entries += 1;
                // `§ 12 a` after `§ 12` goes on; `§§ 13-14` ends at 14.
                let inserted = m.number == max_seen && m.suffix.letter.is_some();
                if m.number <= max_seen && !inserted {
                    break;
                }
                max_seen = m.last();
            } else if let Some(n) = trailing_paragraph_number(&it.text) {
                if n <= max_seen {
                    break;
                }
                entries += 1;
                max_seen = n;
            }
            if !it.furniture {
                set[j] = true;
            }
            j += 1;
        }
        i = j;
    }
    set
}

/// `Det finns inga poster för innehållsförteckningen.`, `Inga poster för
/// innehållsförteckningen hittades.`, `No table of contents entries
/// found.`: the text Word puts in a contents field that has no entries.
fn no_entries(t: &str) -> bool {
    if t.len() > 80 {
        return false;
    }
    let f = crate::inline::fold(t);
    (f.contains("inga poster") && f.contains("innehållsförteckning"))
        || f.starts_with("no table of contents entries")
}

/// `... Justerandes signatur ……… Utdragsbestyrkande ………`: a page's
/// signature boxes with their leaders, joined to the line above by a
/// conversion; looked for only on a line with leaders.
fn signature_boxes(t: &str) -> bool {
    let f = crate::inline::fold(t);
    f.contains("justerandes sign") || f.contains("utdragsbestyrkande")
}

/// `**Ordförande**<tab>……………`, `Justerare ...........`: a role's line to
/// sign on, drawn with leaders and no page number after them, or the role
/// alone over its line.
fn signature_line(t: &str) -> bool {
    let t = t.trim_end();
    if t.len() > 120 || t.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let words = t.trim_end_matches(['.', '…', '_', ' ', '\t']);
    let role = crate::inline::fold(words.trim_matches(['*', '_', ' ', '\t']));
    matches!(
        role.as_str(),
        "ordförande"
            | "justerare"
            | "justerande"
            | "sekreterare"
            | "justerandes signatur"
            | "justerandes sign"
            | "utdragsbestyrkande"
            | "underskrift"
            | "namnförtydligande"
    )
}

/// `Title   § 87` at the end of a line: the number of a contents entry.
fn trailing_paragraph_number(t: &str) -> Option<u32> {
    let t = t.trim_end();
    let nd = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if nd == 0 || nd > 4 {
        return None;
    }
    let before = t[..t.len() - nd].trim_end();
    let before = before.strip_suffix('§')?;
    if before.ends_with('§') {
        return None;
    }
    t[t.len() - nd..].parse().ok()
}

fn has_leader(t: &str) -> bool {
    // Most lines end in ASCII other than white space, a digit or a point:
    // so does the trimmed line, which is passed over on that byte.
    let b = t.as_bytes();
    let Some(&c) = b.last() else {
        return false;
    };
    // A point after anything but a point or the last byte of `…`
    // (0xA6): one point ends the line, no page number after it, so
    // not the five points it takes to be leaders (a sentence's end).
    // Both asked at once, without a branch each (which end a line has
    // is not foreseen).
    let before = if b.len() < 2 { 0 } else { b[b.len() - 2] };
    let other = (c > b' ') & (c < 0x80) & !c.is_ascii_digit() & (c != b'.');
    let one_point = (c == b'.') & (before != b'.') & (before != 0xA6);
    if other | one_point {
        return false;
    }
    let t = t.trim_end();
    // Leaders end the line, or a page number after them does: most lines
    // end otherwise and are passed over on their last character.
    if !t.ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == '…') {
        return false;
    }
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let body = t[..t.len() - digits].trim_end();
    // Leaders without a number: the number sits in a column of its own.
    let dots: usize = body
        .chars()
        .rev()
        .take_while(|&c| c == '.' || c == '…')
        .map(|c| if c == '…' { 3 } else { 1 })
        .sum();
    (dots >= 3 || body.ends_with(". . .")) && (digits > 0 || dots >= 5)
}

pub(super) fn toc(items: &[Item], set: &[bool]) -> Vec<TocEntry> {
    let mut out: Vec<TocEntry> = Vec::new();
    let mut pending: Pending = None;
    for (i, it) in items.iter().enumerate() {
        // Tables of contents as table rows: `| § 15 | |` then `| Title ..... | 3 |`,
        // or `| § 15 | Title | 3 |`; not a head set in a table row
        // (`| § 15 | Title |`, no page number).
        let in_table_toc = it.kind == ItemKind::TableRow && {
            let first = it.cells.first().map_or("", |c| c.0.as_str());
            let last = it.cells.iter().rev().find(|c| !c.0.is_empty());
            let page =
                last.is_some_and(|c| c.0.len() <= 3 && c.0.bytes().all(|b| b.is_ascii_digit()));
            let titled = it.cells.iter().skip(1).any(|c| !c.0.is_empty());
            has_leader(first) || (head_number(first).is_some() && (page || !titled))
        };
        if !(set[i] || in_table_toc) || it.is_blank() {
            continue;
        }
        let whole = if it.kind == ItemKind::TableRow {
            it.cells.first().map(|c| c.0.clone()).unwrap_or_default()
        } else {
            it.text.to_string()
        };
        let last = pending
            .as_ref()
            .map(|p| p.0)
            .or(out.last().map(|e| e.number));
        let pieces: Vec<&str> = glued_entries(&whole)
            .into_iter()
            .flat_map(|p| next_entries(p, last))
            .collect();
        // Each entry's own span where the line is the item's text as is.
        let exact = pieces.len() > 1 && it.span.end - it.span.start == whole.len();
        for text in pieces {
            let span = if exact {
                let at = it.span.start + (text.as_ptr() as usize - whole.as_ptr() as usize);
                Span::new(at, at + text.len())
            } else {
                it.span
            };
            entry(text, span, it, &mut out, &mut pending);
        }
    }
    if let Some((n, s, t)) = pending {
        out.push(TocEntry {
            number: n,
            title: t,
            page: None,
            span: s,
        });
    }
    out
}

type Pending = Option<(u32, Span, String)>;

/// A line holding entries run together: a `§` after leaders and a page
/// number (the sign's last byte looked for first, then leaders).
fn run_together(t: &str) -> bool {
    memchr::memchr(0xA7, t.as_bytes()).is_some() && leaders_in(t) && glued_entries(t).len() > 1
}

/// Whether `t` holds `...`, `…` or `. . .`: at a point or at the first
/// byte of `…` (0xE2), in one search.
fn leaders_in(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr2_iter(b'.', 0xE2, b).any(|i| {
        let r = &b[i..];
        r.starts_with(b"...") || r.starts_with("…".as_bytes()) || r.starts_with(b". . .")
    })
}

/// [`contents_heading`], passed over at once for a line opening with an
/// ASCII letter or digit other than `i` (the fold trims none of these
/// off, and every contents heading folds from an `i` or an `ä`).
fn is_contents(t: &str) -> bool {
    let skip = t
        .as_bytes()
        .first()
        .is_some_and(|&c| c.is_ascii_alphanumeric() && c | 0x20 != b'i');
    !skip && contents_heading(t)
}

/// Entries run together on one line, as a PDF's text gives a contents
/// table whose line breaks were lost: `§ 221 Title...... 284 § 222 Title
/// ...... 285`. A `§` right after leaders and a page number starts the
/// next entry.
fn glued_entries(t: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    for (k, _) in t.match_indices('§') {
        if k > from && has_leader(&t[from..k]) && t[from..k].trim_end().len() < k - from {
            out.push(t[from..k].trim_end());
            from = k;
        }
    }
    out.push(&t[from..]);
    out
}

/// Entries whose line breaks were lost, without leaders: `§ 71/20 Title
/// § 72/20 Övriga`, `informationsärenden § 73/20 Övriga frågor`. A head
/// numbered one past the entry before (`last`, or the piece's own head)
/// after a blank starts the next entry; a `§` citing another number
/// inside a title does not.
fn next_entries(t: &str, last: Option<u32>) -> Vec<&str> {
    let Some(mut n) = head_number(t).map(|h| h.0).or(last) else {
        return vec![t];
    };
    let mut out = Vec::new();
    let mut from = 0;
    for (k, _) in t.match_indices('§') {
        if k > from
            && t[..k].ends_with(' ')
            && !t[..k].trim_end().ends_with('§')
            && head_number(&t[k..]).is_some_and(|h| h.0 == n + 1)
        {
            out.push(t[from..k].trim_end());
            from = k;
            n += 1;
        }
    }
    out.push(&t[from..]);
    out
}

/// One entry's text (or a line of it), at `span`, read into `out` or `pending`.
fn entry(text: &str, span: Span, it: &Item, out: &mut Vec<TocEntry>, pending: &mut Pending) {
    if let Some((n, len)) = head_number(text) {
        if let Some((pn, ps, pt)) = pending.take() {
            out.push(TocEntry {
                number: pn,
                title: pt,
                page: None,
                span: ps,
            });
        }
        // `§ 12 1. Title`: the agenda's item number is not the title's.
        let rest = text[len + agenda_number(&text[len..])..].trim();
        // `§ 152 Dnr KS-2024-00851 ..... 19`: a case number for a title,
        // the entry complete with its page (its title is not looked for
        // in the lines after it).
        if rest.starts_with("Dnr") && has_leader(rest) {
            let (_, page) = split_leader(rest, it);
            out.push(TocEntry {
                number: n,
                title: String::new(),
                page,
                span,
            });
            return;
        }
        let rest = if rest.starts_with("Dnr") { "" } else { rest };
        *pending = Some((n, span, rest.to_string()));
        if has_leader(rest) {
            let (title, page) = split_leader(rest, it);
            out.push(TocEntry {
                number: n,
                title,
                page,
                span,
            });
            *pending = None;
        }
        return;
    }
    if let Some((n, s, mut title)) = pending.take() {
        let (t, page) = split_leader(text, it);
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(&t);
        if has_leader(text) || it.kind == ItemKind::TableRow {
            out.push(TocEntry {
                number: n,
                title,
                page,
                span: s.cover(span),
            });
        } else {
            *pending = Some((n, s.cover(span), title));
        }
    }
}

/// `Title ..... 3` → (`Title`, 3); for table rows the page is the next cell.
fn split_leader(t: &str, it: &Item) -> (String, Option<u32>) {
    let mut page = None;
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let mut body = t;
    if digits > 0 && has_leader(t) {
        page = t[t.len() - digits..].parse().ok();
        body = &t[..t.len() - digits];
    }
    if page.is_none() && it.kind == ItemKind::TableRow {
        page = it.cells.get(1).and_then(|c| c.0.trim().parse().ok());
    }
    let title = body
        .trim_end()
        .trim_end_matches(['.', '…', ' '])
        .trim()
        .to_string();
    (title, page)
}

#[cfg(test)]
mod tests {
    /// [`super::has_leader`], [`super::leaders_in`] and
    /// [`super::is_contents`], whose quick ways out look at a byte, against
    /// their plain readings on generated lines.
    #[test]
    fn quick_line_tests_are_the_plain_ones() {
        use super::{contents_heading, has_leader, is_contents, leaders_in};
        let pieces = [
            "Innehåll",
            "innehållsförteckning",
            "ÄRENDELISTA",
            "Ärendeförteckning",
            "и",
            "i",
            "I",
            "ä",
            "Ä",
            "Beslut",
            "§ 12",
            "12",
            "3",
            ".",
            "..",
            "...",
            ". . .",
            "…",
            " ",
            "\u{a0}",
            "\t",
            "*",
            "#",
            ":",
            "-",
            "–",
            "x",
            "a",
            "ö",
        ];
        let mut rng = crate::testing::Rng::new(0x71c4_2b5e_0a93_d6f1);
        let (mut leader, mut heading) = (0, 0);
        for _ in 0..60_000 {
            let t = rng.pieces(&pieces, 6);
            let plain_leader = {
                let t = t.trim_end();
                t.ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == '…') && {
                    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
                    let body = t[..t.len() - digits].trim_end();
                    let dots: usize = body
                        .chars()
                        .rev()
                        .take_while(|&c| c == '.' || c == '…')
                        .map(|c| if c == '…' { 3 } else { 1 })
                        .sum();
                    (dots >= 3 || body.ends_with(". . .")) && (digits > 0 || dots >= 5)
                }
            };
            assert_eq!(has_leader(&t), plain_leader, "{t:?}");
            let plain_leaders = t.contains("...") || t.contains('…') || t.contains(". . .");
            assert_eq!(leaders_in(&t), plain_leaders, "{t:?}");
            assert_eq!(is_contents(&t), contents_heading(&t), "{t:?}");
            leader += usize::from(plain_leader);
            heading += usize::from(contents_heading(&t));
        }
        assert!(leader > 500 && heading > 100, "{leader} {heading}");
    }

    use super::next_entries;
    #[test]
    fn toc_lines_are_not_headings() {
        let d = crate::parse("Innehåll\n§ 24 Dnr IF-2025-00087\nYttrande över remiss ........ 3\n\n§ 24   Dnr IF-2025-00087\nYttrande över remiss\n\nBeslut\nNämnden antar yttrandet.\n");
        assert_eq!(d.paragraphs.len(), 1);
        assert_eq!(d.paragraphs[0].title, "Yttrande över remiss");
        assert_eq!(d.toc.len(), 1);
        assert_eq!(d.toc[0].page, Some(3));
        assert_eq!(
            d.paragraphs[0].decision.as_ref().unwrap().text,
            "Nämnden antar yttrandet."
        );
    }

    #[test]
    fn a_narrow_column_of_contents_is_not_paragraph_heads() {
        // A table of contents in a narrow table, as a PDF shows it: the
        // number alone, the title wrapped, the page beside its first line.
        let src = "§ 15\nFastställande av\t3\nföredragningslista …..\n§ 20\nSocialnämndens\t6\nanvisningar med\ntillhörande\nhandlingsplan mot\nvåld i nära\nrelationer\n(SN/2024:31) …..\n\n## § 15\n\n### Fastställande av föredragningslista\n\nNämnden fastställer listan.\n\n## § 20\n\n### Anvisningar\n\nNämnden godkänner anvisningarna.\n";
        let d = crate::parse(src);
        assert_eq!(
            d.paragraphs.iter().map(|p| p.number).collect::<Vec<_>>(),
            [15, 20]
        );
        assert_eq!(d.paragraphs[0].title, "Fastställande av föredragningslista");
    }

    #[test]
    fn contents_entries_run_together_on_one_line() {
        let src = "Sid § 12 Val av justerare...... 4 § 13 Budget 2026 för nämnden...... 5 \
            § 14 Motion om cykelvägar ...... 7\n\n§ 15 Anmälningar...... 9\n\n\
            PROTOKOLL Byggnämnden\n\nUtses att justera Alva Berg\n";
        let d = crate::parse(src);
        let got: Vec<_> = d
            .toc
            .iter()
            .map(|e| (e.number, e.title.as_str(), e.page))
            .collect();
        assert_eq!(
            got,
            [
                (12, "Val av justerare", Some(4)),
                (13, "Budget 2026 för nämnden", Some(5)),
                (14, "Motion om cykelvägar", Some(7)),
                (15, "Anmälningar", Some(9)),
            ]
        );
        assert!(d.paragraphs.is_empty());
        // The same run wrapped by the page anywhere in it: no line is a
        // head, and the entries are read.
        let wrapped = "Sid § 12 Val av justerare...... 4 § 13 Budget 2026 för\n\
            nämnden...... 5 § 14 Motion om cykelvägar i\n\
            centrum ...... 7 § 15 Anmälningar...... 9 § 16\n\
            Delegationsbeslut...... 10 § 17 Avsägelse av uppdrag\n\
            som ledamot...... 11 § 18 Fyllnadsval av ersättare\n\
            i nämnden...... 12 § 19 Motion om lekplats vid\n\
            skolan...... 13\n\nPROTOKOLL Byggnämnden\n\nUtses att justera Alva Berg\n";
        let d = crate::parse(wrapped);
        assert!(d.paragraphs.is_empty(), "{:?}", d.paragraphs);
        let got: Vec<_> = d.toc.iter().map(|e| (e.number, e.title.as_str())).collect();
        assert_eq!(
            got,
            [
                (12, "Val av justerare"),
                (13, "Budget 2026 för nämnden"),
                (14, "Motion om cykelvägar i centrum"),
                (15, "Anmälningar"),
                (16, "Delegationsbeslut"),
                (17, "Avsägelse av uppdrag som ledamot"),
                (18, "Fyllnadsval av ersättare i nämnden"),
                (19, "Motion om lekplats vid skolan"),
            ]
        );
        // A `§` inside a title is no new entry: no leaders stand before it.
        let one =
            crate::parse("§ 3 Yttrande enligt 5 § lagen...... 4\n\nUtses att justera Bo Ek\n");
        assert_eq!(one.toc.len(), 1);
        assert_eq!(one.toc[0].title, "Yttrande enligt 5 § lagen");
    }

    #[test]
    fn contents_entries_without_leaders_run_together_and_wrapped() {
        assert_eq!(
            next_entries("§ 71/20 Uppföljning § 72/20 Övriga", None),
            ["§ 71/20 Uppföljning", "§ 72/20 Övriga"]
        );
        assert_eq!(
            next_entries("informationsärenden § 73/20 Övriga frågor", Some(72)),
            ["informationsärenden", "§ 73/20 Övriga frågor"]
        );
        // A title citing another paragraph stays whole.
        assert_eq!(
            next_entries("§ 12 Ändring av beslut KF § 45", None),
            ["§ 12 Ändring av beslut KF § 45"]
        );
    }

    #[test]
    fn contents_go_on_over_a_lettered_and_a_joint_entry() {
        let src = "Protokoll\n\nInnehåll\n§ 12 Detaljplan\n§ 12 a Exploateringsavtal\n§§ 13-14 Delårsrapporter\n§ 15 Budget\n\n\
                   § 12 Detaljplan\n\nText.\n\n§ 12 a Exploateringsavtal\n\nText.\n\n\
                   §§ 13-14 Delårsrapporter\n\nText.\n\n§ 15 Budget\n\nText.\n";
        let d = crate::parse(src);
        let toc: Vec<(u32, &str)> = d.toc.iter().map(|e| (e.number, e.title.as_str())).collect();
        assert_eq!(
            toc,
            [
                (12, "Detaljplan"),
                (12, "Exploateringsavtal"),
                (13, "Delårsrapporter"),
                (15, "Budget")
            ]
        );
        let heads: Vec<&str> = d
            .paragraphs
            .iter()
            .map(|p| p.number_text.as_str())
            .collect();
        assert_eq!(heads, ["§ 12", "§ 12 a", "§§ 13-14", "§ 15"]);
    }

    #[test]
    fn an_agenda_items_number_is_not_the_entrys_title() {
        let src = "Protokoll\n\nInnehåll\n§ 11 1. Detaljplan ........ 2\n§ 12 2. Budget 2026 ........ 3\n\n\
                   § 11 1. Detaljplan\n\nText.\n\n§ 12 2. Budget 2026\n\nText.\n";
        let d = crate::parse(src);
        let toc: Vec<(u32, &str)> = d.toc.iter().map(|e| (e.number, e.title.as_str())).collect();
        assert_eq!(toc, [(11, "Detaljplan"), (12, "Budget 2026")]);
        let titles: Vec<&str> = d.paragraphs.iter().map(|p| p.title.as_str()).collect();
        assert_eq!(titles, ["Detaljplan", "Budget 2026"]);
    }

    #[test]
    fn a_contents_heading_is_not_an_agenda_item() {
        let src = "# Innehållsförteckning\n\nMötets öppnande........2\nVal av justerare........2\n\n# Mötets öppnande\n\nMötet öppnades.\n\n# Val av justerare\n\nAnna valdes.\n";
        let d = crate::parse(src);
        let titles: Vec<_> = d.paragraphs.iter().map(|p| p.title.as_str()).collect();
        assert_eq!(titles, ["Mötets öppnande", "Val av justerare"]);
    }

    /// `§ 152 Dnr KS-2024-00851 ..... 19`: an entry whose line gives its
    /// case number and page, its title not in the contents; the lines
    /// after it (here the signing service's page at the file's end) are
    /// not its title.
    #[test]
    fn an_entry_of_a_case_number_and_a_page() {
        let src =
            "Innehåll\n§ 151 Dnr KS-2025-00145........18\n§ 152 Dnr KS-2024-00851........19\n\n\
            § 151   Dnr KS-2025-00145\nBudget\n\nBeslut\nKS beslutar.\n\n\
            § 152   Dnr KS-2024-00851\nSvar på motion\n\nBeslut\nKS beslutar.\n\n\
            Dokumentet är signerat av Ciceron\nOrganisation: Ekby kommun\n\n\
            ……………………………           ……………………………\n\nOrdförande            Justerare\n";
        let d = crate::parse(src);
        let toc: Vec<(u32, &str, Option<u32>)> = d
            .toc
            .iter()
            .map(|e| (e.number, e.title.as_str(), e.page))
            .collect();
        assert_eq!(toc, [(151, "", Some(18)), (152, "", Some(19))]);
    }

    /// A converter reading a contents table column by column: the front
    /// page's `Innehåll` with one entry, then `Innehållsförteckning` over
    /// the column of numbers and the column of case numbers and pages.
    #[test]
    fn a_roles_line_to_sign_on_is_no_contents_entry() {
        let src = "Nämnden\nProtokoll 2025-05-13\n\n§ 34 Budget\n\nBeslut\nBudgeten antas.\n\n\
            § 35 Information\n\nBeslut\nInformationen noteras.\n\n\
            **Ordförande**\t……………………………\n**Justerare**\t……………………………\nSekreterare ..............\n";
        let d = crate::parse(src);
        let numbers: Vec<u32> = d.paragraphs.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [34, 35]);
        assert!(d.toc.is_empty());
        // The roles over their lines, the lines after them.
        let src = src.replace(
            "**Ordförande**\t……………………………\n**Justerare**\t……………………………\nSekreterare ..............\n",
            "**Ordförande**\n\n**Justerare**\n\n……………………………\n\n……………………………\n",
        );
        let d = crate::parse(&src);
        let numbers: Vec<u32> = d.paragraphs.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [34, 35]);
        // A page's signature boxes run onto the last line of text.
        let src = "Nämnden\nProtokoll 2025-05-13\n\n§ 34 Budget\n\nBeslut\nBudgeten antas.\n\n\
            § 35 Meddelanden\n\nBeslut Meddelandena läggs till handlingarna. \
            Justerandes signatur ……………… Utdragsbestyrkande ………………\n";
        let d = crate::parse(src);
        let numbers: Vec<u32> = d.paragraphs.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [34, 35]);
        // Near miss: a contents entry with leaders and its page.
        assert!(!super::signature_line("§ 35 Information ............ 4"));
        assert!(!super::signature_line("Ordförandens förslag ............"));
    }

    #[test]
    fn a_contents_heading_with_nothing_under_it_takes_no_paragraph() {
        let body = "§ 34                      Dnr KS 2025/0012\n\nGodkännande av dagordning\n\n\
            Kommunstyrelsens beslut\nKommunstyrelsen godkänner dagordningen med tillägget att ett extra ärende behandlas sist.\n\n\
            § 35                      Dnr KS 2025/0041\n\nInformation\n\nBeslut\nInformationen noteras.\n";
        for heading in ["Ärendeförteckning\n", "# Ärendeförteckning\n\n"] {
            let d = crate::parse(&format!(
                "Kommunstyrelsen\nProtokoll 2025-03-11\n\n{heading}{body}"
            ));
            let numbers: Vec<u32> = d.paragraphs.iter().map(|p| p.number).collect();
            assert_eq!(numbers, [34, 35], "{heading:?}");
            assert!(d.toc.is_empty());
        }
        // Near misses: one entry with its leaders and page, then the body;
        // entries under the heading, then the body.
        let one = format!(
            "Kommunstyrelsen\nProtokoll 2025-03-11\n\nInnehåll\n§ 34 Godkännande av dagordning ........ 2\n\n\
             Justerare: Eva Ek, som justerar protokollet tillsammans med ordföranden och sekreteraren.\n\n{body}"
        );
        let d = crate::parse(&one);
        assert_eq!(d.toc.len(), 1);
        assert_eq!(d.paragraphs.len(), 2);
        let src = format!(
            "Kommunstyrelsen\nProtokoll 2025-03-11\n\nÄrendeförteckning\n§ 34 Godkännande av dagordning\n\
             § 35 Information\n\n{body}"
        );
        let d = crate::parse(&src);
        assert_eq!(d.toc.len(), 2);
        assert_eq!(d.paragraphs.len(), 2);
    }

    #[test]
    fn an_empty_contents_field_ends_at_words_message() {
        for message in [
            "Det finns inga poster för innehållsförteckningen.",
            "Inga poster för innehållsförteckningen hittades.",
            "No table of contents entries found.",
        ] {
            let src = format!(
                "**Innehållsförteckning**\n\n{message}\n\nSocialnämnden\nProtokoll 2025-03-18\n\n\
                 § 50 Val av justerare\n\nBeslut\nEva Ek utses.\n\n§ 51 Taxa 2026\n\nBeslut\nTaxan antas.\n"
            );
            let d = crate::parse(&src);
            let numbers: Vec<u32> = d.paragraphs.iter().map(|p| p.number).collect();
            assert_eq!(numbers, [50, 51], "{message}");
            assert!(d.toc.is_empty(), "{message}");
        }
        // Near miss: entries under the heading are still the contents.
        let src = "Innehållsförteckning\n§ 50 Val av justerare\n§ 51 Taxa 2026\n\n\
            § 50 Val av justerare\n\nBeslut\nEva Ek utses.\n\n§ 51 Taxa 2026\n\nBeslut\nTaxan antas.\n";
        let d = crate::parse(src);
        assert_eq!(d.toc.len(), 2);
        assert_eq!(d.paragraphs.len(), 2);
    }

    #[test]
    fn a_second_contents_heading_over_a_column_of_numbers() {
        let src = "Protokoll\n\nInnehåll\n§ 14 Dnr KS 2025/9\nÖvriga frågor 4\n\n\
                   Innehållsförteckning\n§ 12\n§ 13\n§ 14\n\nDnr KS 2025/7.......2\n\
                   Dnr KS 2025/8.......3\nDnr KS 2025/9.......4\n\n\
                   § 12\n\nBudget 2026\n\nBeslut\nNämnden antar budgeten.\n\n\
                   § 13\n\nTaxa 2026\n\nBeslut\nNämnden antar taxan.\n\n\
                   § 14\n\nÖvriga frågor\n\nBeslut\nInga frågor.\n";
        let d = crate::parse(src);
        let numbers: Vec<u32> = d.paragraphs.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [12, 13, 14]);
        let titles: Vec<&str> = d.paragraphs.iter().map(|p| p.title.as_str()).collect();
        assert_eq!(titles, ["Budget 2026", "Taxa 2026", "Övriga frågor"]);
    }
}
