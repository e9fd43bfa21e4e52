//! Values wrapped in their table cells, as laid-out text (a PDF's text
//! read by position) keeps them: a value going on onto indented lines
//! under its column, the place and date of one `plats och tid` cell, and
//! a label wrapped in its column.

use crate::inline::{find_dates, find_times, fold};
use crate::labels::{front_label_folded, front_label_opens, front_label_prefix, FrontLabel};
use crate::model::*;
use crate::parse::meeting::place_before_time;
use crate::scan::{Item, ItemKind};

/// `Plats och tid   Kommunhuset, tisdagen den 14 maj` over `2024 kl.
/// 13.00`, indented to the value's column: the value wrapped in its cell
/// (a table read as laid-out text). `before` is the line up to the value.
/// Takes up to two such lines into `values`; the index of the next item.
pub(super) fn value_goes_on(
    items: &[Item],
    mut k: usize,
    before: &str,
    values: &mut Vec<(String, Span)>,
) -> usize {
    let column = before.chars().count();
    for _ in 0..2 {
        let Some(x) = items
            .get(k)
            .filter(|x| x.line_start && x.kind == ItemKind::Text)
        else {
            break;
        };
        if x.indent < 4
            || (x.indent as usize).abs_diff(column) > 2
            || front_label_prefix(&x.text).is_some()
        {
            break;
        }
        values.push((x.text.to_string(), x.span));
        k += 1;
    }
    k
}

/// A field's values, when they are one value wrapped over consecutive
/// lines and only read whole hold a date, or a time range broken after
/// its dash (`kl. 18.30–` / `21.05`): their span, from the first value to
/// the last.
pub(super) fn wrapped_value(src: &str, values: &[(String, Span)]) -> Option<Span> {
    let [first, .., last] = values else {
        return None;
    };
    let consecutive = values.len() <= 4
        && values.windows(2).all(|w| {
            let between = between(src, w[0].1, w[1].1);
            line_breaks(between) == 1 && between.trim_start().is_empty()
        });
    let all = Span::new(first.1.start, last.1.end);
    let time_broken = values.windows(2).any(|w| {
        w[0].0.trim_end().ends_with(['–', '-'])
            && find_times(&w[0].0, 0).last().is_some_and(|t| {
                w[0].0[t.span.end..].trim() == "–" || w[0].0[t.span.end..].trim() == "-"
            })
            && find_times(&w[1].0, 0)
                .first()
                .is_some_and(|t| t.span.start == 0)
    });
    (consecutive
        && (time_broken
            || (values.iter().all(|(t, _)| find_dates(t, 0).is_empty())
                && !find_dates(all.of(src), 0).is_empty())))
    .then_some(all)
}

/// How many of a field's values are its own lines: up to the first blank
/// line between two. A front whose last field runs on over an agenda
/// (`Plats` / `Hörsalen` / gap / `7 Motion ... (KS 2009-05-26, § 104)`)
/// dates no meeting there.
pub(super) fn own_lines(src: &str, values: &[(String, Span)]) -> usize {
    let gap = |a: Span, b: Span| line_breaks(between(src, a, b)) > 1;
    values.len().min(
        1 + values
            .windows(2)
            .take_while(|w| !gap(w[0].1, w[1].1))
            .count(),
    )
}

/// The source between two values of a field, in order.
fn between(src: &str, a: Span, b: Span) -> &str {
    &src[a.end.min(b.start)..b.start]
}

fn line_breaks(t: &str) -> usize {
    memchr::memchr_iter(b'\n', t.as_bytes()).count()
}

/// The place in a justering's `plats och tid` value: what comes before
/// its weekday, date or time (`Stadshuset, 2024-09-13`, `Kansliet
/// fredagen den 2 juli 2004 kl 08.30`); empty when it starts with them.
pub(super) fn justering_place<'a>(t: &'a str, date: Option<&DateRef>) -> &'a str {
    place_before_time(&t[..date.map_or(t.len(), |d| d.span.start)])
}

/// A label wrapped onto the next line (after a blank, a paragraph a line)
/// in the label column: `Justeringens  Kommunkansliet` / `plats och tid`.
/// Returns the label, its byte length on this line, the next line's item
/// and the byte length of the label's words there.
pub(super) fn wrapped_label(items: &[Item], i: usize) -> Option<(FrontLabel, usize, usize, usize)> {
    wrapped_label_read(items, i, true)
}

/// [`wrapped_label`]; with `gate`, a line whose label's first word, folded,
/// opens no front label is turned away there (every label asked below
/// opens with that word).
fn wrapped_label_read(
    items: &[Item],
    i: usize,
    gate: bool,
) -> Option<(FrontLabel, usize, usize, usize)> {
    let it = &items[i];
    if gate {
        let label = match it.cells.first() {
            Some((c, _)) if it.kind == ItemKind::TableRow => c.as_str(),
            _ => it.text.split('\t').next().unwrap_or(""),
        };
        let first = fold(label.split(' ').next().unwrap_or(""));
        if !front_label_opens(first.split(' ').next().unwrap_or("")) {
            return None;
        }
    }
    let next = (i + 1..items.len().min(i + 3))
        .find(|&j| !items[j].is_blank() && !items[j].furniture)
        .filter(|&j| items[j].line <= it.line + 2 && items[j].kind == ItemKind::Text)?;
    // A label typed before a tab (a row's first cell): its words are the
    // line's before it.
    let label = match it.cells.first() {
        Some((c, _)) if it.kind == ItemKind::TableRow => c.as_str(),
        _ => it.text.split('\t').next().unwrap_or(""),
    };
    // A label column's words wrap under its start: a line set further in
    // than the next (`   Jonas Ek (V), ...` over `Ej tjänstgörande
    // ersättare Rut Åberg (S)`) is a value, not the label's first line.
    if it.kind != ItemKind::TableRow && items[next].indent < it.indent {
        return None;
    }
    // After a blank, only a line that is the label's first words alone.
    let alone = items[next].line == it.line + 1 || !label.contains(' ');
    let nt = &items[next].text;
    let words: Vec<&str> = label.split(' ').take(3).collect();
    let nwords: Vec<&str> = nt.split(' ').take(3).collect();
    // Each word folded once; the candidates are joined from them.
    let folded = |ws: &[&str]| ws.iter().map(|w| fold(w)).collect::<Vec<String>>();
    let (fw, fnw) = (folded(&words), folded(&nwords));
    for a in (1..=words.len()).rev().filter(|_| alone) {
        let head = fw[..a].join(" ");
        // The first line's words alone must not already be a label.
        if front_label_folded(&head).is_some() {
            continue;
        }
        for b in (1..=nwords.len()).rev() {
            let tail = fnw[..b].join(" ");
            if let Some(l) = front_label_folded(&format!("{head} {tail}")) {
                return Some((
                    l,
                    words[..a].join(" ").len(),
                    next,
                    nwords[..b].join(" ").len(),
                ));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines of a label column wrapped and near misses: labels' words in
    /// several cases, a genitive, names, tabs, indents, blank lines, edge
    /// bytes (NBSP, CR, `§`, å ä ö, É, Cyrillic `а`) and long words.
    const WORDS: [&str; 32] = [
        "Justeringens",
        "justeringens",
        "plats och tid",
        "Plats",
        "och",
        "tid",
        "Ej",
        "tjänstgörande",
        "ersättare",
        "Övriga",
        "närvarande",
        "Nämndens",
        "ledamöter",
        "Utses att",
        "justera",
        "Anna Ek (S)",
        "Kommunkansliet 2024-01-02",
        "\t",
        "\n",
        "\n    ",
        "\n\n",
        "   ",
        "\u{a0}",
        "\r",
        "§ 12",
        "åäö ÅÄÖ É",
        "\u{430}nslag",
        "",
        ":",
        "abcdefghijklmno",
        "abcdefghijklmnop",
        "abcdefghijklmnopq",
    ];

    /// Every line's wrapped label turned away by its first word reads as
    /// when each run of the two lines' words is asked.
    #[test]
    fn a_wrapped_label_turned_away_by_its_first_word_is_none_as_read() {
        let mut rng = crate::testing::Rng::new(0xbb67_ae85_84ca_a73b);
        for _ in 0..20_000 {
            let t = rng.phrase(&WORDS, 8);
            let items = crate::scan::scan(&t);
            for i in 0..items.len() {
                let read = |gate| wrapped_label_read(&items, i, gate);
                assert_eq!(read(true), read(false), "{t:?} {i}");
            }
        }
    }
}
