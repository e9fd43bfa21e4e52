//! The title under a paragraph's head when it is plain lines: how far
//! it goes on, and where the text starts.

use crate::labels::part_kind;
use crate::scan::{Item, ItemKind};

use super::super::heads::case_number_line;

/// Whether `next` continues the title line `prev`.
fn title_continues(prev: &str, next: &str) -> bool {
    open_end(prev)
        || next.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || c == '(')
        || (!next.ends_with('.') && next.len() <= 60 && prev.len() >= 55 && !names_case(next))
}

/// A line closed by a case number in parentheses: `(SN/2024:20)`,
/// `(KS 2023/145)`, `(LI2025/00306)`; not a party, nor a year alone.
pub(super) fn closing_case_number(t: &str) -> bool {
    let Some(inner) = t
        .strip_suffix(')')
        .and_then(|x| x.rsplit_once('('))
        .map(|x| x.1)
    else {
        return false;
    };
    inner.len() <= 30 && inner.contains(['/', ':']) && inner.bytes().any(|b| b.is_ascii_digit())
}

/// A title line visibly unfinished: ending in a comma, a dash, a slash, an
/// open parenthesis or a colon, or in a word a title goes on after
/// (`... av näringslivet i`).
fn open_end(prev: &str) -> bool {
    let last = prev.split_whitespace().last().unwrap_or("").to_lowercase();
    prev.ends_with([',', '-', '–', '/', '(', ':'])
        || super::super::head_title::GOES_ON.contains(&last.as_str())
}

/// A line naming a case number by its label (`Svar på remiss från
/// kommunstyrelsen, Dnr KS 2023/1303`, `Utlåtande 2024:12 RI (Dnr KS
/// 2023/145)`): under a title's line, a subtitle, not the title going on.
fn names_case(t: &str) -> bool {
    t.split_whitespace()
        .any(|w| super::super::head_title::case_label(w.trim_start_matches(['(', '['])))
}

/// Plain lines after a heading that make up a title: up to a blank line or a
/// part label, at most four lines.
pub(super) fn plain_title<'a, 'b>(
    items: &'b [Item<'a>],
    from: usize,
    end: usize,
) -> (Vec<&'b Item<'a>>, usize) {
    plain_title_after(items, from, end, None)
}

/// Plain lines after a heading: with `first_text`, the title's first line is
/// already read (on the heading's line) and these lines must continue it.
pub(super) fn plain_title_after<'a, 's>(
    items: &'a [Item<'s>],
    from: usize,
    end: usize,
    first_text: Option<&str>,
) -> (Vec<&'a Item<'s>>, usize) {
    let first_free = first_text.is_none();
    let first_text = first_text.unwrap_or("");
    let mut out: Vec<&Item> = Vec::new();
    let mut i = from;
    while i < end && out.len() < 4 {
        let it = &items[i];
        if it.furniture {
            i += 1;
            continue;
        }
        // `... fristående förskola – Ekorrens` / blank / `förskola AB`: a
        // title whose lines a word processor set as paragraphs of their
        // own, a blank line between.
        if it.is_blank() && (!out.is_empty() || !first_free) {
            let prev = out.last().map_or(first_text, |p| p.text.as_ref());
            if let Some(j) = title_after_blank(items, i, end, open_end(prev)) {
                i = j;
                continue;
            }
        }
        let prev_open = out
            .last()
            .map(|p| p.text.as_ref())
            .or((!first_free).then_some(first_text))
            .is_some_and(|p| p.ends_with(['–', '-', ',', ':', '/']));
        // `**§ 12** Title`: the title after the bold number on its line.
        let on_head_line = first_free
            && out.is_empty()
            && i == from
            && from > 0
            && items[from - 1].line == it.line;
        if it.kind != ItemKind::Text
            || part_kind(&it.text).is_some()
            || (!it.line_start && !on_head_line)
            || (!prev_open
                && (case_number_line(&it.text)
                    || it.text.starts_with("Dnr")
                    || it.text.starts_with("Diarienummer")
                    || (!out.is_empty() || !first_free) && names_case(&it.text)))
        {
            break;
        }
        // A title written on the heading's line continues on the next only
        // when it is visibly unfinished or the next goes on in lower case:
        // `... vid kommunens` / `förskolor`. A capitalised sentence after it
        // is the text.
        if out.is_empty() && !first_free && !title_continues(first_text, &it.text) {
            break;
        }
        // A capitalised sentence right under a title line with no blank
        // line between (`Val av justerare` / `Nämnden utser ...
        // protokollet.`) is the text, also when it wraps (a long line
        // under a short title line that did not wrap, as a PDF's text
        // gives it without the gap between paragraphs).
        if let Some(prev) = out.last() {
            // A title closed by its case number in parentheses
            // (`Anmälan av delegationsbeslut (SN/2024:20)`) is whole.
            if closing_case_number(&prev.text) {
                break;
            }
            // A line ending in a colon opens a list (`Följande motioner
            // anmäls:`): text, as a sentence is.
            let sentence =
                it.text.ends_with(['.', ':']) || (it.text.len() > 60 && prev.text.len() < 55);
            if sentence && !title_continues(&prev.text, &it.text) {
                break;
            }
            // A title already gone on in small letters (`... och avslag`
            // / `av kontaktperson ...`), then a capitalised line not
            // called for by an open end: a subtitle (`Rapportering av en
            // budgetaktivitet`, `Svar på skrivelse från Moderaterna`).
            let went_on = !prev.text.starts_with(char::is_uppercase);
            if went_on && it.text.starts_with(char::is_uppercase) && !open_end(&prev.text) {
                break;
            }
        }
        out.push(it);
        i += 1;
        if it.text.ends_with('.') {
            break;
        }
    }
    (out, i)
}

/// The item after one blank line (`at`) that goes on a title: a line of
/// its own opening in small letters, a digit or a parenthesis (or any,
/// after a line left `open`), not a sentence, not a part's label.
fn title_after_blank(items: &[Item], at: usize, end: usize, open: bool) -> Option<usize> {
    let j = at + 1;
    let next = items.get(j).filter(|_| j < end)?;
    let alone = items
        .get(j + 1)
        .is_none_or(|n| n.is_blank() || n.line != next.line);
    (next.kind == ItemKind::Text
        && next.line_start
        && alone
        && next.text.len() <= 100
        && (open
            || next
                .text
                .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || c == '('))
        && !next.text.ends_with(['.', ':'])
        && part_kind(&next.text).is_none())
    .then_some(j)
}

/// Lines set under a title that a head line holds in a column of its own
/// (`§ 101      Årsredovisning 2024 för Stiftelsen      KS 2025/12` /
/// `           Ekbackens gård`): the title wrapped in its cell, each line
/// starting in the title's column, short and no sentence. `title` is the
/// title's span on the head's line; nothing unless a column (the case
/// number) stands after it on that line.
pub(super) fn wrapped_in_cell<'a, 's>(
    src: &str,
    items: &'a [Item<'s>],
    from: usize,
    end: usize,
    title: crate::model::Span,
) -> (Vec<&'a Item<'s>>, usize) {
    let line_start = src[..title.start].rfind('\n').map_or(0, |k| k + 1);
    let line_end = src[title.end..]
        .find('\n')
        .map_or(src.len(), |k| title.end + k);
    let after = &src[title.end..line_end];
    let column = src[line_start..title.start].chars().count();
    let mut out = Vec::new();
    let mut i = from;
    // The title's column stands apart from the number (a gap), and a
    // column follows it (after a gap).
    if !src[line_start..title.start].ends_with("  ")
        || !after.contains("  ")
        || after.trim().is_empty()
    {
        return (out, i);
    }
    while i < end && out.len() < 2 {
        let it = &items[i];
        if it.kind != ItemKind::Text
            || !it.line_start
            || it.indent as usize != column
            || it.text.len() > 60
            || it.text.ends_with(['.', ':'])
            || part_kind(&it.text).is_some()
            || case_number_line(&it.text)
        {
            break;
        }
        out.push(it);
        i += 1;
    }
    (out, i)
}
