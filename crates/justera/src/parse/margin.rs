//! Laid-out text (a page's lines placed by position) keeps a two-column
//! page's margin beside its text: a part's label and its text's first
//! line on one line.

use crate::labels::part_kind;
use crate::model::*;
use crate::scan::{Item, ItemKind};

/// What a line or table row holds of a page in two columns, a label's
/// margin beside the text: the part it opens (none: it goes on with the
/// part before), the label's item, and the text's.
pub(super) type Margin<'a> = (Option<PartKind>, Option<Item<'a>>, Item<'a>);

/// A part's label set in the margin beside its text's first line, as
/// laid-out text keeps a two-column page (`Beslut` then three spaces or
/// more, or a tab, then `Kommunstyrelsen beslutar ...`), or as a table's
/// row (`| Beslut | Kommunstyrelsen beslutar ... |`, a row with the label
/// cell empty going on with the part above): the label and the text, each
/// an item of its own.
pub(super) fn margin_label<'a>(src: &'a str, it: &Item<'a>) -> Option<Margin<'a>> {
    // A line read as it stands has single spaces for white space
    // ([`Item::is_raw`]): no gap to look for, only a colon.
    margin_label_as(src, it, !it.is_raw(src))
}

/// [`margin_label`], the gap of spaces or the tab looked for only where
/// `may_have_gap` (where it is false, the line has none, and the gap's
/// searches would find none).
fn margin_label_as<'a>(src: &'a str, it: &Item<'a>, may_have_gap: bool) -> Option<Margin<'a>> {
    if it.kind == ItemKind::TableRow {
        return row_label(it);
    }
    if it.kind != ItemKind::Text || !it.line_start || !it.text.starts_with(char::is_uppercase) {
        return None;
    }
    let raw = it.span.of(src);
    // The label is short: the gap is looked for in the line's first bytes.
    let head = &raw.as_bytes()[..raw.len().min(44)];
    let colon = || colon_label(raw).map(|(c, _)| c);
    let gap = || three_spaces(head).or_else(|| memchr::memchr(b'\t', head));
    let (g, label_end) = match may_have_gap.then(gap).flatten() {
        Some(g) => (g, g),
        None => colon().map(|c| (c + 1, c))?,
    };
    let label = raw[..label_end].trim_end();
    if label.is_empty() || label.len() > 40 {
        return None;
    }
    // `**Beslut**<tab>...`: the label's own emphasis.
    let label_text = crate::scan::strip_inline(label);
    let kind = part_kind(label_text.trim())?;
    let rest = raw[g..].trim_start();
    if rest.is_empty() {
        return None;
    }
    let rest_start = it.span.end - rest.len();
    let head = Item {
        text: label_text.trim().to_string().into(),
        span: Span::new(it.span.start, it.span.start + label.len()),
        ..it.clone()
    };
    let body = Item {
        text: crate::scan::strip_inline(rest).into(),
        span: Span::new(rest_start, it.span.end),
        line_start: false,
        ..it.clone()
    };
    Some((Some(kind), Some(head), body))
}

/// Where the first three spaces in a row stand in `head`, read from the
/// third byte of each window: a byte other than a space there rules out
/// the windows over it, and the next to read is past it.
fn three_spaces(head: &[u8]) -> Option<usize> {
    let mut j = 0;
    while j + 2 < head.len() {
        if head[j + 2] != b' ' {
            j += 3;
        } else if head[j + 1] != b' ' {
            j += 2;
        } else if head[j] != b' ' {
            j += 1;
        } else {
            return Some(j);
        }
    }
    None
}

/// `Reservation: Kim Ro (S)`, `Beslut: Nämnden beslutar ...`: a part's
/// label closed by a colon with its text after it on the line; where the
/// colon is, and the part. The colon is no part of the text.
pub(super) fn colon_label(line: &str) -> Option<(usize, PartKind)> {
    // The label is a word or three: a colon further in is the text's.
    let head = &line.as_bytes()[..line.len().min(24)];
    let c = memchr::memchr(b':', head)?;
    if line[c + 1..].trim().is_empty() {
        return None;
    }
    // `Bilaga: Karta`, one of a list of documents, names the attachment
    // and opens no part.
    part_kind(line[..c].trim())
        .filter(|&k| k != PartKind::Attachments)
        .map(|k| (c, k))
}

/// A table's row of two columns or more whose first cell is a part's label
/// (or empty, going on with the part above) and the rest its text.
fn row_label<'a>(it: &Item<'a>) -> Option<Margin<'a>> {
    let [(label, label_span), rest @ ..] = it.cells.as_slice() else {
        return None;
    };
    let text: Vec<&(String, Span)> = rest.iter().filter(|c| !c.0.trim().is_empty()).collect();
    let (first, last) = (text.first()?, text.last()?);
    let kind = if label.trim().is_empty() {
        None
    } else {
        Some(part_kind(label.trim())?)
    };
    let head = kind.map(|_| Item {
        kind: ItemKind::Text,
        text: label.trim().to_string().into(),
        span: *label_span,
        cells: Vec::new().into(),
        ..it.clone()
    });
    let body = Item {
        kind: ItemKind::Text,
        text: text
            .iter()
            .map(|c| c.0.trim())
            .collect::<Vec<_>>()
            .join(" ")
            .into(),
        span: first.1.cover(last.1),
        line_start: false,
        cells: Vec::new().into(),
        ..it.clone()
    };
    Some((kind, head, body))
}

#[cfg(test)]
mod tests {
    use super::margin_label;

    /// The pieces the generated lines are made of: labels, marks, letters
    /// and white space of every kind.
    const PIECES: &[&str] = &[
        "Beslut",
        "Yrkande",
        "Reservation",
        "Bilaga",
        "Förslag till beslut",
        " ",
        "  ",
        "   ",
        "\t",
        "\u{a0}",
        "\r",
        "\n",
        ":",
        "§",
        "å",
        "ä",
        "ö",
        "Å",
        "Ä",
        "Ö",
        "É",
        "1",
        "12",
        "**",
        "| ",
        " |",
        "- ",
        "# ",
        "a",
        "B",
        ".",
    ];

    /// A line read as it stands gives what the gap's searches give: a raw
    /// item has no gap of spaces and no tab.
    #[test]
    fn the_gap_is_looked_for_only_where_one_can_stand() {
        let mut rng = crate::testing::Rng::new(0x6d1b_4a07_9c3e_52f1);
        let (mut raw, mut split) = (0, 0);
        for _ in 0..8_000 {
            let src = rng.pieces(PIECES, 40);
            for it in crate::scan::scan(&src) {
                let want = super::margin_label_as(&src, &it, true);
                assert_eq!(margin_label(&src, &it), want, "{src:?}");
                raw += usize::from(it.is_raw(&src));
                // Split at a gap: where the test fails if the gate is wrong.
                split += usize::from(want.is_some() && !it.is_raw(&src));
            }
        }
        assert!(raw > 3000 && split > 200, "{raw} {split}");
    }

    /// [`super::three_spaces`] finds what a window of three bytes finds.
    #[test]
    fn three_spaces_are_the_first_window_of_three() {
        let mut rng = crate::testing::Rng::new(0x1f83_d9ab_fb41_bd6b);
        let mut found = 0;
        for _ in 0..60_000 {
            let t = rng.pieces(PIECES, 30);
            let head = &t.as_bytes()[..t.len().min(44)];
            let want = head.windows(3).position(|w| w == b"   ");
            assert_eq!(super::three_spaces(head), want, "{t:?}");
            found += usize::from(want.is_some());
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn a_label_in_the_margin_beside_its_text_is_split_off() {
        let src = "Beslut               Nämnden beslutar att anta planen.\n\
                   Kommunstyrelsen     beslutar att anta planen.\n\
                   Beslut i korthet och mer text\n";
        let items = crate::scan::scan(src);
        let (kind, head, body) = margin_label(src, &items[0]).expect("split");
        assert_eq!(kind, Some(crate::model::PartKind::Decision));
        assert_eq!(head.expect("a label").span.of(src), "Beslut");
        assert_eq!(body.span.of(src), "Nämnden beslutar att anta planen.");
        // Not a label before the gap; no gap after the label.
        assert!(margin_label(src, &items[1]).is_none());
        assert!(margin_label(src, &items[2]).is_none());
    }

    #[test]
    fn a_label_closed_by_a_colon_is_split_from_its_text() {
        use crate::model::PartKind::*;
        let kind = |t: &str| super::colon_label(t).map(|(_, k)| k);
        assert_eq!(kind("Reservation: SD-gruppen"), Some(Reservations));
        assert_eq!(
            kind("Förslag till beslut: Nämnden antar planen."),
            Some(Decision)
        );
        assert_eq!(kind("Yrkanden: Kim Ro (S) yrkar avslag."), Some(Proposals));
        // An attachment named in a list, a label alone, a colon in the
        // text, a time: none.
        assert_eq!(kind("Bilaga: Karta över området"), None);
        assert_eq!(kind("Beslut:"), None);
        assert_eq!(kind("Nämnden beslutar följande: att anta planen"), None);
        assert_eq!(kind("Kl: 13.00"), None);
    }
}
