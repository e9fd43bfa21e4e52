//! Heads found by where they stand rather than by their line alone: laid
//! out as a table row, the sign on a line above its number, a page's
//! stamp naming its paragraph, and the one head of a file that is one
//! paragraph.

use super::head::Head;
use crate::inline::parse_person;
use crate::labels::part_kind;
use crate::model::*;
use crate::parse::head_number::head_marker;
use crate::parse::head_title::{capitalised, case_number_line, without_trailing_case};
use crate::parse::meeting::is_body_name;
use crate::scan::{Item, ItemKind};

/// A head laid out as a table row, by a word processor's table or its tab
/// stops: `| § 12 | Title |`, `§⇥12⇥Title`, `§ 12 Title⇥2024/12`. The
/// marker fills the first cell (or the sign the first and the number the
/// second) and the title follows it; a row next to another row that reads
/// so is a table of contents. Unsure: kept where the numbering goes on.
pub(super) fn row_head(src: &str, items: &[Item], i: usize) -> Option<Head> {
    let it = &items[i];
    let cells = head_cells(it);
    let first = cells.first()?.0.as_str();
    if cells.len() > 4 {
        return None;
    }
    let marker = head_marker(first);
    // `Title | § 12`: the marker alone in the last of two cells.
    let last = cells
        .get(1)
        .filter(|_| cells.len() == 2 && marker.is_none())
        .and_then(|c| marker_alone(&c.0).map(|m| (c, m)));
    let (written, number, title_at, inline) = match (first, cells.get(1)) {
        ("§" | "$", Some(c)) if c.0.len() <= 4 && c.0.bytes().all(|b| b.is_ascii_digit()) => {
            (format!("§ {}", c.0), c.0.parse().ok()?, 2, None)
        }
        _ if last.is_some() => {
            let (c, m) = last?;
            (c.0.clone(), m.number, 0, None)
        }
        _ => {
            let m = marker.filter(|m| m.suffix.last.is_none() && first.is_char_boundary(m.len))?;
            let rest = first[m.len..].trim();
            let inline = (!rest.is_empty()).then_some(rest);
            (first[..m.len].to_string(), m.number, 1, inline)
        }
    };
    let (title, cell) = match inline {
        Some(t) => (t, cells[0]),
        None => (cells.get(title_at)?.0.as_str(), *cells.get(title_at)?),
    };
    // `Dnr KS 2025/41<tab>§ 12` (the case number in the first column) or
    // `| § 46 | Dnr KS 2024/389 |` (in the last, beside the marker): the
    // title on the lines below.
    if inline.is_none() && (title_at == 0 || cells.len() == title_at + 1) && case_number_line(title)
    {
        return Some(Head {
            item: i,
            number,
            number_text: written,
            rest: None,
            dnr_above: None,
            case_number: None,
        });
    }
    let neighbour_row = |x: Option<&Item>| {
        x.is_some_and(|x| {
            x.kind == ItemKind::TableRow
                && (head_cells(x).first().is_some_and(|c| {
                    head_marker(&c.0).is_some() || matches!(c.0.as_str(), "§" | "$")
                }) || head_cells(x)
                    .last()
                    .is_some_and(|c| marker_alone(&c.0).is_some()))
        })
    };
    let shown = |x: &&Item| !x.is_blank() && x.kind != ItemKind::TableRule;
    if !capitalised(title)
        || (title.ends_with(|c: char| c.is_ascii_digit()) && title.contains(".."))
        || parse_person(title, 0).is_some_and(|p| p.party.is_some())
        || neighbour_row(items[..i].iter().rev().find(shown))
        || neighbour_row(items[i + 1..].iter().find(shown))
    {
        return None;
    }
    // `| § 63 | Tillsyn av Ekbacken<br>Dnr MBN 2024/19 |`: the case
    // number on the cell's next line is not the title's.
    let (title, case) = without_trailing_case(title);
    let raw = cell.1.of(src);
    let span = raw.find(title).map_or(cell.1, |k| {
        Span::new(cell.1.start + k, cell.1.start + k + title.len())
    });
    let case_number = case.and_then(|c| {
        raw.rfind(c)
            .map(|k| Text::new(c, Span::new(cell.1.start + k, cell.1.start + k + c.len())))
    });
    Some(Head {
        item: i,
        number,
        number_text: written,
        rest: Some((title.to_string(), span)),
        dnr_above: None,
        case_number,
    })
}

/// `§ 12`, `§ 12/2025`: a cell or a line's end that is a paragraph's
/// marker and nothing else (not a joint head's range).
fn marker_alone(t: &str) -> Option<crate::parse::head_number::Marker> {
    let t = t.trim();
    head_marker(t).filter(|m| m.len == t.len() && m.suffix.last.is_none() && t.starts_with('§'))
}

/// `Val av justerare      § 12`, `## Val av justerare § 12`: the title
/// first and the marker ending the line, apart from it by a run of spaces
/// (a heading's by one), as a template sets the number in the right
/// margin, set off above. Not one of a run of such lines (a table of
/// contents). Unsure: kept where the numbering goes on.
pub(super) fn trailing_head(src: &str, items: &[Item], i: usize) -> Option<Head> {
    trailing_head_as(src, items, i, true)
}

/// [`trailing_head`]; with `quick`, a line without the sign's last byte
/// (0xA7) is passed over before it is trimmed.
pub(super) fn trailing_head_as(src: &str, items: &[Item], i: usize, quick: bool) -> Option<Head> {
    let it = &items[i];
    let trailing = |x: &Item| -> Option<(usize, crate::parse::head_number::Marker)> {
        let line = x.span.of(src);
        // A line without the sign (most) has none when trimmed either.
        if quick {
            memchr::memrchr(0xA7, line.as_bytes())?;
        }
        let raw = line.trim_end().trim_end_matches('*').trim_end();
        let k = crate::text::rfind_str(raw, "§")?;
        let m = marker_alone(&raw[k..])?;
        let before = &raw[..k];
        let gap = before.len() - before.trim_end().len();
        (gap >= 2 || (gap == 1 && x.kind != ItemKind::Text)).then_some((k, m))
    };
    if !matches!(
        it.kind,
        ItemKind::Heading(_) | ItemKind::Strong | ItemKind::Text
    ) {
        return None;
    }
    let (k, m) = trailing(it)?;
    let raw = it.span.of(src);
    let title = raw[..k].trim().trim_matches('*').trim();
    let listed = |x: Option<&Item>| {
        x.is_some_and(|x| x.line_start && x.line.abs_diff(it.line) == 1 && trailing(x).is_some())
    };
    // Set off above, as a head is (a citation ending a line is not).
    let set_off = i == 0
        || matches!(items[i - 1].kind, ItemKind::Blank | ItemKind::PageBreak)
        || items[i - 1].furniture;
    // `Dnr KS 2025/41          § 12`: the case number in the left
    // column, the title on the lines below.
    // `Sammanträdesdatum 2024-05-12      § 45`: a page's date beside the
    // number, the title on the lines below.
    if set_off
        && (case_number_line(title) || dated_label(title))
        && !listed(items[i + 1..].iter().find(|x| !x.is_blank()))
    {
        return Some(Head {
            item: i,
            number: m.number,
            number_text: raw[k..]
                .trim_end()
                .trim_end_matches('*')
                .trim_end()
                .to_string(),
            rest: None,
            dnr_above: None,
            case_number: None,
        });
    }
    if !set_off
        || title.is_empty()
        || title.len() > 100
        || !capitalised(title)
        || title.contains('§')
        || title.ends_with(['.', ',', ':', ';'])
        || part_kind(title).is_some()
        || listed(items[..i].iter().rev().find(|x| !x.is_blank()))
        || listed(items[i + 1..].iter().find(|x| !x.is_blank()))
    {
        return None;
    }
    let at = raw.find(title)?;
    let start = it.span.start + at;
    Some(Head {
        item: i,
        number: m.number,
        number_text: raw[k..]
            .trim_end()
            .trim_end_matches('*')
            .trim_end()
            .to_string(),
        rest: Some((title.to_string(), Span::new(start, start + title.len()))),
        dnr_above: None,
        case_number: None,
    })
}

/// `2024-05-12`, `Sammanträdesdatum 2024-05-12`, `Datum: 12 maj 2024`: a
/// date alone, or after a word naming it.
fn dated_label(t: &str) -> bool {
    let Some(d) = crate::inline::find_dates(t, 0).into_iter().next() else {
        return false;
    };
    let label = crate::inline::fold(t[..d.span.start].trim().trim_end_matches(':'));
    d.span.end == t.trim_end().len()
        && matches!(
            label.as_str(),
            "" | "datum" | "sammanträdesdatum" | "mötesdatum" | "sammanträde" | "sammanträdet"
        )
}

/// A table row's cells that are not empty, past a first one that holds
/// the agenda's item number before the head's (`Ärende 3 | § 12 | Title`,
/// `3. | § 12 | Title`).
fn head_cells<'b>(it: &'b Item<'_>) -> Vec<&'b (String, Span)> {
    let mut cells: Vec<&(String, Span)> = it.cells.iter().filter(|c| !c.0.is_empty()).collect();
    if cells.len() >= 3 && agenda_item_cell(&cells[0].0) && head_marker(&cells[1].0).is_some() {
        cells.remove(0);
    }
    cells
}

/// `Ärende 3`, `Punkt 3`, `3.`, `3`: an agenda's item number in a cell.
fn agenda_item_cell(t: &str) -> bool {
    let t = t.trim();
    let t = ["Ärende ", "ÄRENDE ", "Punkt ", "PUNKT "]
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .unwrap_or(t)
        .trim_start()
        .trim_end_matches(['.', ')']);
    (1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// `§` / `186`: the sign and the number each on a line of its own (they
/// were separate boxes on a scanned or laid-out page), at most one blank
/// line apart. The number line is the head; the paragraph starts at the
/// sign.
pub(super) fn sign_above(items: &[Item], toc: &[bool], i: usize) -> Option<Head> {
    // A text opening with ASCII other than white space or a digit (most)
    // is no number, trimmed or not.
    if items[i]
        .text
        .as_bytes()
        .first()
        .is_some_and(|&c| c > b' ' && c < 0x80 && !c.is_ascii_digit())
    {
        return None;
    }
    sign_above_read(items, toc, i)
}

/// [`sign_above`], read whatever the line opens with.
fn sign_above_read(items: &[Item], toc: &[bool], i: usize) -> Option<Head> {
    let it = &items[i];
    let t = it.text.trim();
    if it.kind != ItemKind::Text
        || t.is_empty()
        || t.len() > 4
        || !t.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let number: u32 = t.parse().ok().filter(|&n| n > 0)?;
    let p = items[..i].iter().rposition(|x| !x.is_blank())?;
    let sign = &items[p];
    let alone = matches!(sign.text.trim(), "§" | "$");
    if !alone || !sign.line_start || toc[p] || sign.furniture || sign.line + 2 < it.line {
        return None;
    }
    Some(Head {
        item: i,
        number,
        number_text: format!("§ {t}"),
        rest: None,
        dnr_above: Some(p),
        case_number: None,
    })
}

/// A page that is one paragraph of a protocol, named only by the stamp on
/// its first line (`... / §:s bilaga: Kommunstyrelsen 2012-01-24 § 25`,
/// `Socialnämnden 2024-03-12 § 45`): the line ends with a body's name, a
/// date and the paragraph's number, and a title follows on the next line.
/// Only where no other head was found, and only the file's first line
/// (under a page mark): in
/// the text, `Finansutskottet 2012-01-12 § 9` is a reference.
pub(crate) fn header_head(items: &[Item]) -> Option<Head> {
    // The converter's page mark above it is no line of the page.
    let i = items.iter().position(Item::is_content)?;
    let it = &items[i];
    if !it.line_start
        || !matches!(
            it.kind,
            ItemKind::Text | ItemKind::Strong | ItemKind::Heading(_)
        )
    {
        return None;
    }
    let t = it.text.trim_end();
    let sign = t.rfind('§')?;
    let digits = t[sign + '§'.len_utf8()..].trim();
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number: u32 = digits.parse().ok().filter(|&n| n > 0)?;
    let before = t[..sign].trim_end();
    let date = crate::inline::find_dates(before, 0).into_iter().last()?;
    if !before[date.span.end.min(before.len())..].trim().is_empty() {
        return None;
    }
    let body = before[..date.span.start.min(before.len())].trim_end();
    let last = body.split_whitespace().last()?;
    if !is_body_name(last) || !last.starts_with(char::is_uppercase) {
        return None;
    }
    // The title: the next non-blank line, a short capitalised one.
    let next = items[i + 1..].iter().find(|x| x.is_content())?;
    let titled = next.kind == ItemKind::Text
        && next.text.len() <= 120
        && next.text.starts_with(char::is_uppercase)
        && crate::labels::part_kind(&next.text).is_none();
    titled.then(|| Head {
        item: i,
        number,
        number_text: format!("§ {digits}"),
        rest: None,
        dnr_above: None,
        case_number: None,
    })
}

/// `§ 34 Title` over a paragraph's parts (`Beslut`, `Förslag till
/// beslut`, `Beslutsunderlag`, ...) in a file that is that one paragraph,
/// or the first of an extract's few (`§ 34`, then `§ 40`), no head
/// numbered on from it: the first of the unsure heads where no head was
/// kept before it, under at most a letterhead's few short lines, its
/// title no sentence, its number below the next kept head's, and a part's
/// heading on a line of its own before the next head.
pub(super) fn lone_head(items: &[Item], unsure: &[Head], kept: &[Head]) -> Option<Head> {
    /// Lines above the head, at most: a letterhead's.
    const ABOVE: usize = 4;
    let h = unsure.first()?;
    let next = kept.first();
    if next.is_some_and(|k| k.item <= h.item || k.number <= h.number) {
        return None;
    }
    let mut above = items[..h.first_item()]
        .iter()
        .filter(|x| !x.is_blank() && !x.furniture);
    if above.clone().count() > ABOVE || above.any(|x| x.text.len() > 80) {
        return None;
    }
    if h.rest
        .as_ref()
        .is_some_and(|(t, _)| t.ends_with(['.', ':', ',']))
    {
        return None;
    }
    let end = unsure
        .get(1)
        .into_iter()
        .chain(next)
        .map(Head::first_item)
        .min()
        .unwrap_or(items.len());
    let part = |x: &Item| {
        x.line_start
            && matches!(
                x.kind,
                ItemKind::Heading(_) | ItemKind::Strong | ItemKind::Text
            )
            && x.text.len() <= 60
            && part_kind(&x.text).is_some()
    };
    items[h.item + 1..end.max(h.item + 1)]
        .iter()
        .any(part)
        .then(|| h.clone())
}

#[cfg(test)]
mod tests {
    /// The lines the texts are made of: the sign and numbers alone, with
    /// white space about them, and lines that open otherwise.
    const PIECES: &[&str] = &[
        "§",
        "$",
        "186",
        "12",
        "  7",
        "\u{a0}5",
        "\t3",
        "12345",
        "0",
        "Titel",
        "§ 12 Titel",
        "ä 4",
        "",
    ];

    /// [`super::sign_above`], passed over on the line's first byte,
    /// against its reading of every line, on generated texts.
    #[test]
    fn sign_above_is_read_off_the_first_byte() {
        let mut rng = crate::testing::Rng::new(0xbb67_ae85_84ca_a73b);
        let mut heads = 0;
        for _ in 0..4_000 {
            let mut src = String::new();
            for _ in 0..rng.below(12) {
                src.push_str(PIECES[rng.below(PIECES.len())]);
                src.push('\n');
            }
            let items = crate::scan::scan(&src);
            let toc = vec![false; items.len()];
            for i in 0..items.len() {
                let plain = super::sign_above_read(&items, &toc, i);
                let fast = super::sign_above(&items, &toc, i);
                assert_eq!(format!("{fast:?}"), format!("{plain:?}"), "{src:?}");
                heads += usize::from(plain.is_some());
            }
        }
        assert!(heads > 500, "{heads}");
    }
}
