//! Which lines are paragraph heads: `§ N` in any of its forms (`KS § 45`,
//! `Socialnämnden § 45`, `§ 12 a`, `§§ 12-13`, `31 §`, `$ 155` after OCR;
//! the marker is read in `head_number`), a case number printed above the
//! head, a head laid out as a table row, a page's stamp naming its
//! paragraph. Agenda items in documents without `§` are `item_heads`.

use super::head_number::{head_marker_as, unemphasised, Marker};
pub(super) use super::head_title::case_number_line;
use super::head_title::{
    after_case_number, after_number, agenda_number, capitalised, case_label, closed_agenda_number,
    has_digit, is_title, opens_with_case_number, runs_on_at, skip_file_code, small_title,
    title_separator, without_page_counter, without_stamp, without_trailing_case, GOES_ON,
};
use crate::inline::{first_case_number, parse_person};
pub(super) use crate::labels::contents_heading;
use crate::labels::{front_label, part_kind};
use crate::model::*;
use crate::scan::{Item, ItemKind};
use below::{title_above, title_below};
pub(super) use head::{Head, MAX_PARAGRAPHS};
pub(super) use placed::header_head;
use placed::{lone_head, row_head, sign_above, trailing_head};
pub(super) use stamp::{header_top, own_stamp, stamp_number};
use stamp::{stamp_above, stamp_head};

mod below;
mod head;
mod placed;
mod stamp;

/// `2024 års plan ...`: a year, then words.
fn title_after_year(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let year = words.next().unwrap_or("");
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && words
            .next()
            .is_some_and(|w| w.starts_with(char::is_alphabetic))
}

/// A title with the next heading glued to its end by a conversion that
/// merged bold runs (`... (SN/2023:105)Beslut`): the title alone.
fn without_glued_label(title: &str) -> (&str, Option<&str>) {
    let mut prev: Option<char> = None;
    let mut cut = None;
    for (k, c) in title.char_indices() {
        if c.is_uppercase() && prev.is_some_and(|p| p == ')' || p.is_lowercase()) {
            cut = Some(k);
        }
        prev = Some(c);
    }
    match cut {
        Some(k) if k > 0 && part_kind(&title[k..]).is_some() => {
            (title[..k].trim_end(), Some(&title[k..]))
        }
        _ => (title, None),
    }
}

/// The paragraph heads among `items`; `toc` marks the contents' items,
/// `signs` those that may hold `§` (`signs::sign_items`).
pub(super) fn find_heads(src: &str, items: &[Item], toc: &[bool], signs: &[bool]) -> Vec<Head> {
    let mut heads = Vec::new();
    // Plain-text heads with a title on their line that are not set off by
    // a gap: taken when the numbering of the heads around them says so.
    let mut unsure: Vec<Head> = Vec::new();
    // `12 §. Title`, `12 §.`: the number before the sign closed by a
    // point, as a statute's sections are written too (`1 §. Denna lag
    // ...`): heads only in a text whose heads are all written so.
    let mut dotted: Vec<Head> = Vec::new();
    // Whether text came before: a head that opens the file is unsure
    // however it is written, kept where the numbering or the paragraph's
    // parts confirm it.
    let mut seen = false;
    for (i, it) in items.iter().enumerate() {
        if heads.len() >= MAX_PARAGRAPHS {
            break;
        }
        let start = !seen;
        seen |= it.is_content();
        if toc[i] || !it.line_start || it.furniture {
            continue;
        }
        if it.kind == ItemKind::TableRow {
            // `Kommunstyrelsen<tab>Sammanträdesprotokoll<tab>2025-03-11<tab>§ 12`:
            // a page's stamp in a header's columns.
            match stamp_number(&it.text) {
                Some(n) => unsure.extend(stamp_head(items, i, n)),
                None => unsure.extend(row_head(src, items, i)),
            }
            continue;
        }
        // `1. § 12 Title`: the agenda's item number read as a list's.
        let listed = matches!(it.kind, ItemKind::ListItem(Some(_)));
        if !listed
            && !matches!(
                it.kind,
                ItemKind::Heading(_) | ItemKind::Strong | ItemKind::Text
            )
        {
            continue;
        }
        // A plain line, or a list item read as one.
        let plain = it.kind == ItemKind::Text || listed;
        if let Some(h) = sign_above(items, toc, i) {
            heads.push(h);
            continue;
        }
        let text = unemphasised(it.span.of(src), &it.text);
        let text = text.as_ref();
        // `Tekniska nämnden 2025-03-11 § 12`: a page's stamp (it ends with
        // a digit, the paragraph's or the date's).
        if it.kind == ItemKind::Text && text.ends_with(|c: char| c.is_ascii_digit()) {
            if let Some(n) = stamp_number(text) {
                unsure.extend(stamp_head(items, i, n));
                continue;
            }
        }
        // An item without the sign (`signs`, most) has neither a marker
        // that holds it nor a number in its right margin.
        let Some(marker) = head_marker_as(text, signs[i]) else {
            if signs[i] {
                unsure.extend(trailing_head(src, items, i));
            }
            continue;
        };
        let (number, len) = (marker.number, marker.len);
        let sign_first = text.starts_with(['§', '$']) || marker.lead;
        let number_first = text.starts_with(|c: char| c.is_ascii_digit()) && marker.from == 0;
        // `§ 12 1. Title`: the agenda's item number after the paragraph's.
        let closed_item = closed_agenda_number(&text[len..]);
        let body = len
            + if number_first {
                closed_item
            } else {
                agenda_number(&text[len..])
            };
        // `§ 13 3 Title`: a bare item number (or digits an OCR split, `§ 1
        // 3`), or one before the sign (`1 § 12 Title`, as a statute's
        // section and point are written too): unsure, kept where the
        // numbering goes on.
        let bare_item = body > len + closed_item
            || text[..marker.from]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit());
        let after = &text[body..];
        // `§ 12.`, `**§ 12:**`: the sign's number closed by a point or a
        // colon and nothing after it, the title on the next line or item.
        let closed = (sign_first || number_first) && matches!(after.trim(), "." | ":");
        // `§ 12          Sida 2 (5)`: the page's counter on the head's line
        // is no title.
        let furniture = !after.trim().is_empty() && crate::scan::known_furniture(after);
        let rest = if closed || furniture {
            ""
        } else {
            after.trim()
        };
        // `§ 12. Title`, `§ 12 – Title`, `§ 12 -- Title`, `§ 12: Title`: a
        // separator between the marker and a title with its capital, after
        // `12 §` and `KS § 12` too (`12 § – Title`, `KS § 12 - Title`).
        let separated = title_separator(rest)
            .map(|k| rest[k..].trim_start())
            .filter(|t| capitalised(t));
        let dot = number_first && after.starts_with('.');
        // A reference (`§ 157, ...`, `§ 64 och`) is not a heading.
        if rest.starts_with([',', '.', ';', ')', '-', '–', ':'])
            && !rest.starts_with("- ")
            && !rest.starts_with("– ")
            && separated.is_none()
        {
            continue;
        }
        // `§ 13 Budget 2026, forts.`: the head repeated over its page's
        // continuation is not a paragraph of its own.
        if continued(rest) {
            continue;
        }
        // The title's first words, past a separator.
        let words = separated.unwrap_or(rest);
        // `§21Val av justerare`: a text layer lost the space before the title.
        let spaced = after.starts_with(' ') || separated.is_some() || glued_capital(after);
        if text.starts_with('$') && !(rest.is_empty() || case_label(rest)) {
            continue;
        }
        // The non-blank item before, on the line just above: a case number
        // printed over the heading (`KSKF/2024:1` / `§ 235 Title`).
        let prev = items[..i]
            .iter()
            .rposition(|x| !x.is_blank())
            .filter(|&p| items[p].line + 1 == it.line && items[p].line_start);
        let dnr_above = prev.filter(|&p| {
            items[p].kind == ItemKind::Text && !toc[p] && case_number_line(&items[p].text)
        });
        // After a page header, a blank line or the case number above.
        let set_off = i > 0
            && (matches!(items[i - 1].kind, ItemKind::Blank | ItemKind::PageBreak)
                || items[i - 1].furniture
                || dnr_above.is_some());
        // A plain `§ 12.` with text just above is a wrapped citation's end.
        if closed && plain && !set_off {
            continue;
        }
        let ok = match it.kind {
            ItemKind::Heading(_) | ItemKind::Strong => {
                rest.is_empty()
                    || separated.is_some()
                    || capitalised(rest)
                    || rest.starts_with(['-', '–'])
                    || opens_with_case_number(rest)
                    // A title that starts with a year (`§ 24 2024 års plan`),
                    // set as a heading with its number.
                    || (it.kind != ItemKind::Strong && title_after_year(rest))
            }
            _ => {
                // Plain text: the number alone, a `Dnr`, or a title set off by a gap.
                rest.is_empty()
                    || case_label(rest)
                    || (after.starts_with("  ") && capitalised(rest))
                    || (capitalised(words)
                        && set_off
                        && (text.len() <= 120 || runs_on_at(words).is_some())
                        && spaced)
                    || (rest.starts_with(|c: char| c.is_uppercase())
                        && first_case_number(rest)
                            .is_some_and(|(a, b)| rest.starts_with(&rest[a..b])))
                    || (after.starts_with(' ') && opens_with_case_number(rest))
            }
        };
        // `31 §` and `KS § 45` stand alone or before a case number or a
        // title; in running text (`enligt 26 kap. 1 § miljöbalken`) they do not.
        let ok = ok
            && (sign_first
                || rest.is_empty()
                || (capitalised(words) && !number_first)
                || case_label(rest)
                || opens_with_case_number(rest));
        // A plain line `§ 57 Title` right after text (the first line of a
        // text taken from a page, a page header above it): a head when the
        // numbering around it continues through it.
        // `56 § Title` alone between gaps too, or over a line that opens a
        // sentence (`Nämnden beslutar ...`); a quoted statute's `1 § Namnet
        // är X.` is a sentence, or runs on in small letters, not a title.
        let next_gap = items
            .get(i + 1)
            .is_none_or(|x| x.is_blank() || x.line > it.line + 1);
        let next_opens = items.get(i + 1).is_some_and(|x| {
            x.line == it.line + 1 && x.line_start && x.text.starts_with(char::is_uppercase)
        });
        // Or over the title's last word, wrapped after a word a title goes
        // on from (`56 § Sammanträdets öppnande ... och val av` /
        // `justeringsperson`), a gap under it.
        let next_wraps = || {
            let last = rest.rsplit(' ').next().unwrap_or("").to_lowercase();
            GOES_ON.contains(&last.as_str())
                && items.get(i + 1).is_some_and(|x| {
                    x.line == it.line + 1
                        && x.line_start
                        && x.kind == ItemKind::Text
                        && x.text.len() <= 80
                        && x.text.starts_with(char::is_lowercase)
                        && !x.text.ends_with(['.', ':', ',', ';'])
                })
                && items
                    .get(i + 2)
                    .is_none_or(|y| y.is_blank() || y.line > it.line + 2)
        };
        // Right under a finished sentence too: the gap a text layer lost
        // (a PDF whose paragraph spacing is small), kept where the
        // numbering goes on.
        let after_sentence = prev.is_some_and(|p| {
            items[p].kind == ItemKind::Text && items[p].text.ends_with(['.', '!', '?'])
        });
        let number_title = number_first
            && (set_off || after_sentence)
            && (next_gap || next_opens || next_wraps())
            && !rest.ends_with(['.', ':', ',']);
        // `§ 12 e-tjänster`, `§ 12 3D-plan`: a title in small letters or
        // opening with a digit, set off above, where the numbering goes on
        // (a reference, `§ 40 och 41 ...`, does not go on).
        let small =
            (sign_first || marker.named) && (set_off || start) && spaced && small_title(words);
        // `## 12 § Title`, `**12 § Title**`: the number before the sign set
        // as a heading (a quoted statute's sections are set so too, where
        // the numbering does not go on).
        let number_heading = number_first && !plain && !rest.ends_with(['.', ':', ',']);
        let sequenced = !ok
            && (small
                || ((plain && ((sign_first && !set_off) || number_title || start))
                    || number_heading)
                    && spaced
                    && capitalised(words))
            && text.len() <= 120;
        // `Kommunstyrelsens arbetsutskott § 12 Title`: unsure, titled, set
        // off above (in a list of documents it is a citation).
        let committee = marker.unsure
            && (set_off || !plain)
            && (capitalised(rest) || small_title(rest))
            && text.len() <= 120;
        let sequenced = sequenced || committee;
        let ok = ok && !marker.unsure;
        if !ok && !sequenced {
            continue;
        }
        if !marker_fits(&marker, items, i, rest, set_off, next_gap) {
            continue;
        }
        // `säkerhetssamordnare,` / `§ 24`: a line wrapped before a scope
        // (a blank between where each line is a paragraph).
        if plain && rest.is_empty() {
            let prev = items[..i].iter().rev().find(|x| !x.is_blank());
            if prev.is_some_and(|p| {
                p.line + 2 >= it.line && (p.text.ends_with(',') || p.text.ends_with(" och"))
            }) {
                continue;
            }
            // `Karin Sjö (C)X` / `§ 30` / `Per Lund (S)X`: a member's scope
            // between two rows of a flattened attendance table.
            let entry = |x: &Item| x.kind == ItemKind::Text && parse_person(&x.text, 0).is_some();
            let next = items.get(i + 1).filter(|x| x.line == it.line + 1);
            if prev.is_some_and(|p| p.line + 1 == it.line && entry(p)) && next.is_some_and(entry) {
                continue;
            }
            // `§ 12` over `Ledamot   Närv   Ja   Nej   Avst`: the paragraph
            // a vote list's columns are for, not a head.
            if next.is_some_and(ballot_heads) {
                continue;
            }
        }
        let mut rest_title = None;
        let mut case_number = None;
        if !rest.is_empty() {
            let title = words.trim_start_matches(['-', '–', '—', ' ']);
            // `§ 24   Dnr IF-2025-00087`: the case number is not the title.
            // `§ 130 Dnr KS-2025-00098 Årsredovisning 2024 ...`: what follows
            // it on the same line is (a word processor joined the lines).
            let (title, marker_end) = match after_case_number(title) {
                Some((case, after)) => {
                    let raw = it.span.of(src);
                    case_number = raw.find(case).filter(|_| has_digit(case)).map(|k| {
                        let s = it.span.start + k;
                        Text::new(case, Span::new(s, s + case.len()))
                    });
                    // `Dnr 2024/12 - e-tjänster`: a dash between the case
                    // number and the title, which may open in a small letter.
                    let t = skip_file_code(after).trim();
                    let t = ["- ", "– "]
                        .iter()
                        .find_map(|d| t.strip_prefix(d))
                        .map_or(t, str::trim_start);
                    let end = text.len() - text[body..].trim_start().len()
                        + (rest.len() - t.len()).min(rest.len());
                    let t = without_stamp(t, &text[..len]);
                    (if is_title(t) || small_title(t) { t } else { "" }, end)
                }
                None => (title, body),
            };
            // `§ 88 Val av justerare Socialnämnden beslutar ...`: a text
            // layer joined the paragraph's first line to the title's.
            let title = match runs_on_at(title).filter(|_| plain) {
                Some(k) => title[..k].trim_end(),
                None => title,
            };
            // `§ 12 Budget 2026 Dnr 2024/12`: the case number after the title,
            // or in a column of its own (`§ 12<tab>Budget 2026<tab>KS 2024/12`).
            let (title, case_after) = match without_trailing_case(title) {
                (t, None) => case_column(it.span.of(src), t),
                found => found,
            };
            if let Some(case) = case_after.filter(|_| case_number.is_none()) {
                let raw = it.span.of(src);
                case_number = raw.rfind(case).map(|k| {
                    let s = it.span.start + k;
                    Text::new(case, Span::new(s, s + case.len()))
                });
            }
            let title = without_page_counter(title, it.span.of(src));
            let (title, glued) = without_glued_label(title);
            if !title.is_empty() && text.is_char_boundary(marker_end) {
                // The title's span: the item's span past the number (and
                // the case number before it), short of a glued label.
                let mut span = after_marker(src, it.span, &text[..marker_end]);
                if let Some(p) = glued.and_then(|g| span.of(src).rfind(g)) {
                    span.end = span.start + span.of(src)[..p].trim_end().len();
                } else if span.of(src).starts_with(title) {
                    span.end = span.start + title.len();
                }
                rest_title = Some((title.to_string(), span));
            }
        }
        // `Val av justerare` / `§ 12`: the title on the line above (and
        // over `§ 12   Dnr 2024/123`, the head's rest only its case number).
        let above = (rest.is_empty() || rest_title.is_none() && case_number.is_some())
            .then(|| title_above(items, toc, i))
            .flatten();
        if let Some(p) = above {
            let (t, s) = (&items[p].text, items[p].span);
            let span = s
                .of(src)
                .find(t.as_ref())
                .map_or(s, |k| Span::new(s.start + k, s.start + k + t.len()));
            rest_title = Some((t.to_string(), span));
        }
        let dnr_above = above.or(dnr_above);
        // A page's stamp naming the paragraph over its head opens it.
        let dnr_above = match stamp_above(items, i, number) {
            Some(s) => Some(dnr_above.map_or(s, |d| d.min(s))),
            None => dnr_above,
        };
        // `FRITIDSNÄMNDEN` / `Sammanträdesprotokoll 2025-09-09` / `§ 62`:
        // the page header's lines over a head open its paragraph (not the
        // first head's: there they are the front's).
        let first = dnr_above.unwrap_or(i);
        let top = if heads.is_empty() && unsure.is_empty() {
            first
        } else {
            header_top(items, first)
        };
        let dnr_above = (top < i).then_some(top);
        let head = Head {
            item: i,
            number,
            number_text: text[marker.from..len].to_string(),
            rest: rest_title,
            dnr_above,
            case_number,
        };
        if dot {
            dotted.push(head);
        } else if sequenced || listed || bare_item {
            unsure.push(head);
        } else {
            heads.push(head);
        }
    }
    if heads.is_empty() {
        unsure.append(&mut dotted);
    }
    let lone = unsure.clone();
    let mut kept = sequence(heads, unsure);
    if let Some(h) = lone_head(items, &lone, &kept) {
        kept.insert(0, h);
    }
    kept
}

/// `Val`: a capital then a small letter, a title's first word glued to
/// the number before it.
fn glued_capital(after: &str) -> bool {
    let mut c = after.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
}

/// `Budget 2026, forts.`, `Budget 2026 (forts)`, `Budget – fortsättning`:
/// a title ending in the word that marks a paragraph going on over a page.
fn continued(rest: &str) -> bool {
    let last = rest
        .rsplit(|c: char| c.is_whitespace() || c == ',')
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .trim_matches(['.', '(', ')', ':']);
    // Lowered a character at a time, not into a copy (no sigma in them,
    // whose lower case depends on its place).
    let lowers_to = |w: &str| last.chars().flat_map(char::to_lowercase).eq(w.chars());
    rest.contains(char::is_whitespace) && (lowers_to("forts") || lowers_to("fortsättning"))
}

/// A vote list's column heads: a short line with a yes column and a no
/// column (`Ledamot Närv Ja Nej Avst`, `Namn | Ja-röst | Nej-röst`).
fn ballot_heads(x: &Item) -> bool {
    if x.text.len() > 200 {
        return false;
    }
    let low = x.text.to_lowercase();
    let words = || {
        low.split(|c: char| c.is_whitespace() || c == '|')
            .filter(|w| !w.is_empty())
    };
    words().any(|w| matches!(w, "ja" | "ja-röst" | "ja-röster"))
        && words().any(|w| matches!(w, "nej" | "nej-röst" | "nej-röster"))
}

/// `§ 12<tab>Budget 2026<tab>KS 2024/12`: a case number alone in the last
/// of a head line's columns (after a tab, or a run of spaces as a text
/// layer sets columns), where the title ends with it; the title without
/// it, and the case number.
pub(super) fn case_column<'a>(raw: &str, title: &'a str) -> (&'a str, Option<&'a str>) {
    let raw = raw.trim_end();
    let Some(k) = raw.rfind('\t').max(raw.rfind("  ")) else {
        return case_after_dash(title);
    };
    let last = raw[k..].trim().trim_end_matches("**").trim();
    match title.strip_suffix(last) {
        Some(t) if !last.is_empty() && case_number_line(last) && !t.trim().is_empty() => {
            (t.trim_end(), Some(&title[title.len() - last.len()..]))
        }
        _ => (title, None),
    }
}

/// `Budget 2026 – KS 2025/112`: a case number with the body's letters
/// after a dash ending the title (not `Läsårstider – 2025/26`, a year's).
fn case_after_dash(title: &str) -> (&str, Option<&str>) {
    let Some((k, sep)) = [" – ", " - "]
        .iter()
        .filter_map(|d| title.rfind(d).map(|k| (k, d.len())))
        .max()
    else {
        return (title, None);
    };
    let last = title[k + sep..].trim();
    let t = title[..k].trim_end();
    if last.starts_with(char::is_alphabetic) && case_number_line(last) && !t.is_empty() {
        return (t, Some(last));
    }
    (title, None)
}

/// What a joint or named marker needs beyond a plain `§ N`. A joint head
/// (`§§ 12-13`) has a title, on its line or just below, not a person
/// (`§§ 12-13 Anna Ek (S)` scopes an attendance entry). A body's full name
/// before the sign with no title on the line (`Kommunfullmäktige § 7`) is
/// a head set as a heading, or set off above and followed by a gap or a
/// title. Alone after a label neither is a head: `Paragrafer` / `§§ 1-3`
/// is the declared range, `Handlingar` / `Kommunstyrelsen § 45` a list.
fn marker_fits(
    marker: &Marker,
    items: &[Item],
    i: usize,
    rest: &str,
    set_off: bool,
    next_gap: bool,
) -> bool {
    let it = &items[i];
    let joint = marker.suffix.last.is_some();
    if !rest.is_empty() {
        let titled = capitalised(rest) || opens_with_case_number(rest) || case_label(rest);
        return !joint || (titled && parse_person(rest, 0).is_none_or(|p| p.party.is_none()));
    }
    if !joint && !marker.named {
        return true;
    }
    let label = |x: &Item| front_label(&x.text).is_some() || part_kind(&x.text).is_some();
    let prev = items[..i]
        .iter()
        .rev()
        .find(|x| !x.is_blank() && !x.furniture);
    if prev.is_some_and(|p| p.line + 2 >= it.line && label(p)) {
        return false;
    }
    let heading = !matches!(it.kind, ItemKind::Text | ItemKind::ListItem(_));
    if joint {
        return (heading || set_off) && title_below(items, i);
    }
    heading || (set_off && (next_gap || title_below(items, i)))
}

/// The sure heads with those unsure ones whose number continues the
/// numbering: one more than the head before it (or, first in the file,
/// one less than the head after it), and less than the head after it.
/// Unsure heads next to each other count for each other, so a text whose
/// heads are all plain lines still reads as paragraphs.
fn sequence(sure: Vec<Head>, unsure: Vec<Head>) -> Vec<Head> {
    /// How many heads on the numbering looks for the next that goes on.
    const LOOK_AHEAD: usize = 8;
    if unsure.is_empty() {
        return sure;
    }
    let mut all: Vec<(Head, bool)> = sure
        .into_iter()
        .map(|h| (h, true))
        .chain(unsure.into_iter().map(|h| (h, false)))
        .collect();
    all.sort_by_key(|(h, _)| h.item);
    // In order: an unsure head is kept when it follows the last kept head
    // by one, or when the next head follows it by one and it does not go
    // back below the last kept head.
    // A joint head (`§§ 12-13`) is followed by its last number and one;
    // a lettered one (`§ 12 a`) follows its own number.
    let mut keep = vec![false; all.len()];
    let mut last: Option<u32> = None;
    for k in 0..all.len() {
        let num = all[k].0.number;
        let suffix = all[k].0.suffix();
        let end = suffix.last.unwrap_or(num);
        let follows = if suffix.letter.is_some() {
            last == Some(num)
        } else {
            last == Some(num.wrapping_sub(1))
        };
        // The next head, past a few unsure ones that go back below this
        // one (a quoted statute's `3 § Title` inside a paragraph, also
        // after the last paragraph's head).
        let next = all[k + 1..]
            .iter()
            .take(LOOK_AHEAD)
            .find(|x| x.1 || x.0.number >= num)
            .map(|x| x.0.number);
        keep[k] = all[k].1
            || (follows && next.is_none_or(|x| x > num))
            || (next == Some(end + 1) && last.is_none_or(|x| x < num));
        if keep[k] {
            last = Some(end);
        }
    }
    all.into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|((h, _), _)| h)
        .collect()
}

/// The part of `span` after the paragraph marker `marker` (`KS § 45`,
/// `31 §`) and its punctuation.
fn after_marker(src: &str, span: Span, marker: &str) -> Span {
    let raw = span.of(src);
    let last = marker.trim_end().chars().last();
    // Where the marker's last character stands in the raw text.
    let cut = match last {
        Some(c) => {
            let digits_or_sign: String = marker.chars().filter(|c| !c.is_whitespace()).collect();
            let mut seen = 0;
            let mut at = None;
            let want = digits_or_sign.chars().count();
            for (k, ch) in raw.char_indices() {
                if ch.is_whitespace() || ch == '*' || ch == '_' {
                    continue;
                }
                seen += 1;
                if seen == want && ch == c {
                    at = Some(k + ch.len_utf8());
                    break;
                }
            }
            at
        }
        None => None,
    };
    match cut {
        Some(k) => {
            let rest = &raw[k..];
            let rest = rest.trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '.' | ')' | ':' | '-' | '–' | '—' | '*' | '_')
            });
            Span::new(span.end - rest.len(), span.end)
        }
        None => after_number(src, span),
    }
}

/// A number written as a plain-text heading more than once: the copies with
/// almost nothing under them (a table of contents without dot leaders, a
/// stray line) give way to the one with a body.
pub(super) fn drop_weak_duplicates(items: &[Item], heads: Vec<Head>) -> Vec<Head> {
    weak_duplicates_dropped(items, heads, COUNTED)
}

/// How far the items under a head are counted: every test of the count
/// asks whether it is below 2, below 4, or below the greatest of its
/// number's (when itself below 4), and each answers alike of the count and
/// of the count stopped at 4 (the greatest stopped at 4 as well). So a
/// head's items are read only until four are found, not to the next head.
const COUNTED: usize = 4;

/// [`drop_weak_duplicates`], the items under each head counted up to
/// `counted`.
fn weak_duplicates_dropped(items: &[Item], heads: Vec<Head>, counted: usize) -> Vec<Head> {
    use std::collections::HashMap;
    let heads = without_continuations(items, heads, counted);
    let content = head_contents(items, &heads, counted);
    // `§ 12` and `§ 12 a` are two numbers.
    let key = |h: &Head| (h.number, h.suffix().letter);
    let mut best: HashMap<(u32, Option<char>), usize> = HashMap::new();
    for (k, h) in heads.iter().enumerate() {
        let e = best.entry(key(h)).or_insert(0);
        *e = (*e).max(content[k]);
    }
    heads
        .into_iter()
        .enumerate()
        .filter(|(k, h)| {
            let weak = matches!(
                items[h.item].kind,
                ItemKind::Text | ItemKind::TableRow | ItemKind::ListItem(_)
            );
            !(weak && content[*k] < 4 && content[*k] < best[&key(h)])
        })
        .map(|(_, h)| h)
        .collect()
}

/// `§ 13` / `Title` / text, then a page on, `§ 13` again over the rest
/// with no title of its own (a page's header naming its paragraph): the
/// paragraph going on, not another. Only after a titled head with some
/// text under it (not a table of contents' line).
fn without_continuations(items: &[Item], heads: Vec<Head>, counted: usize) -> Vec<Head> {
    let same = |a: &Head, b: &Head| a.number == b.number && a.number_text == b.number_text;
    if !heads.windows(2).any(|w| same(&w[0], &w[1])) {
        return heads;
    }
    let content = head_contents(items, &heads, counted);
    let titled = |h: &Head| h.rest.is_some() || title_below(items, h.item);
    let mut keep = vec![true; heads.len()];
    let mut last = 0;
    for k in 1..heads.len() {
        let (prev, h) = (&heads[last], &heads[k]);
        if same(prev, h) && content[last] >= 2 && !titled(h) && titled(prev) {
            keep[k] = false;
        } else {
            last = k;
        }
    }
    heads
        .into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(h, _)| h)
        .collect()
}

/// The items under each head up to the next, but blank lines, furniture,
/// page breaks and rules, counted up to `counted` ([`COUNTED`]).
fn head_contents(items: &[Item], heads: &[Head], counted: usize) -> Vec<usize> {
    (0..heads.len())
        .map(|k| {
            let end = heads
                .get(k + 1)
                .map(|h| h.first_item())
                .unwrap_or(items.len());
            items[heads[k].item + 1..end.max(heads[k].item + 1)]
                .iter()
                .filter(|x| {
                    !x.is_blank()
                        && !x.furniture
                        && !matches!(x.kind, ItemKind::PageBreak | ItemKind::Rule)
                })
                .take(counted)
                .count()
        })
        .collect()
}

#[cfg(test)]
mod tests;
