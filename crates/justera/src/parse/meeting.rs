//! The meeting line: the body that met, the protocol number, date, times,
//! weekday and place from the header lines.

use super::spans::{lower_same_len, relocate, tail_span};
use crate::inline::{self, body_word, find_dates, find_times, fold};
use crate::model::*;
use crate::scan::{Item, ItemKind};
use line_dates::LineDates;

/// Header lines outside labelled fields: the body, the protocol number, and
/// `fört vid X sammanträde den ...`.
/// `Den 24 april 1997 Närvarande vid uppropet: ...`: older minutes open
/// with the meeting's date (after a page number an archive put first).
/// Read from the file's first text where nothing else gave the date.
pub(super) fn opening_date(src: &str, items: &[Item], doc: &mut Document) {
    let Some(it) = items.iter().find(|x| x.is_content()) else {
        return;
    };
    if doc.meeting.date.is_some() || it.kind != ItemKind::Text {
        return;
    }
    let lead = it
        .text
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
    if let Some(rest) = lead.strip_prefix("Den ") {
        let d = find_dates(rest, 0).into_iter().next();
        if let Some(d) = d.filter(|d| d.span.start == 0) {
            doc.meeting.date = Some(relocate(src, d, it.span));
        }
    }
}

/// `Sammanträdesdatum   2024-09-10` in the notice (or a page's header that
/// was kept), where nothing before gave the meeting's date: the date
/// after the label.
pub(super) fn labelled_date(src: &str, items: &[Item], doc: &mut Document) {
    if doc.meeting.date.is_some() || doc.paragraphs.is_empty() {
        return;
    }
    for it in items
        .iter()
        .filter(|x| matches!(x.kind, ItemKind::Text | ItemKind::TableRow) && x.text.len() <= 120)
    {
        let lower = lower_same_len(&it.text);
        let Some(label) = [
            "sammanträdesdatum",
            "datum för sammanträdet",
            "sammanträdets datum",
        ]
        .iter()
        .find(|l| lower.trim_start().starts_with(**l)) else {
            continue;
        };
        let after = lower.len() - lower.trim_start().len() + label.len();
        let rest = &it.text[after..];
        let skipped = rest.len() - rest.trim_start_matches([':', ' ', '|', '\t']).len();
        if let Some(d) = find_dates(rest, 0)
            .into_iter()
            .next()
            .filter(|d| d.span.start == skipped)
        {
            doc.meeting.date = Some(relocate(src, d, it.span));
            return;
        }
    }
}

/// `Organ   Myndighetsnämnden`, `Nämnd/Styrelse Kommunfullmäktige` in the
/// notice (anslagsbevis), where nothing before named the body that met, or
/// named it shorter (`Direktionens protokoll` over `Organ: Direktionen för
/// Söderåsens Miljöförbund`): the body after the label.
pub(super) fn labelled_body(src: &str, items: &[Item], doc: &mut Document) {
    let short = doc.meeting.body.as_ref().map(|b| format!("{} ", b.text));
    for (i, it) in items.iter().enumerate() {
        if !matches!(it.kind, ItemKind::Text | ItemKind::TableRow)
            || it.text.len() > 120
            || !may_open_body_label(&it.text)
        {
            continue;
        }
        let t = it.text.trim_start();
        let Some(label) = BODY_LABELS
            .iter()
            .find(|l| t.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l)))
        else {
            continue;
        };
        let rest = t[label.len()..].trim_start_matches([':', ' ', '|', '\t']);
        if rest.len() == t.len() - label.len() {
            continue;
        }
        // `Organ Kommunstyrelsen  Sammanträdesdatum 2024-03-12`: up to the
        // next label or a wide gap.
        let end = [
            rest.find("  "),
            rest.find(" Sammanträdesdatum"),
            rest.find(" |"),
        ]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(rest.len());
        // `Arbetsutskottet 2019-2022`: the term of office is not the name.
        let body = rest[..end].trim();
        let body = body
            .find(|c: char| c.is_ascii_digit())
            .map_or(body, |k| body[..k].trim_end());
        let completes = short.as_ref().is_none_or(|s| body.starts_with(s.as_str()));
        if is_body_name(body) && completes {
            doc.meeting.body = Some(Text::new(
                body,
                sub_span(src, it, it.text.find(body).unwrap_or(0), body.len()),
            ));
            return;
        }
        // `Organ: Tekniska` / `nämnden  Sammanträdesdatum: ...`: the
        // value wrapped in its cell, its rest opening the next line.
        if short.is_none() && body == rest.trim_end() && !body.is_empty() {
            if let Some(b) = wrapped_body(src, items, i, body) {
                doc.meeting.body = Some(b);
                return;
            }
        }
    }
}

/// The labels a body's name stands after (`Organ: Kommunstyrelsen`),
/// compared in ASCII case: their letters past the first are ASCII but `ä`
/// (`Nämnd/Styrelse`, `Nämnd/styrelse`).
const BODY_LABELS: [&str; 5] = [
    "Organ",
    "Nämnd/Styrelse",
    "Beslutande organ",
    "Beslutsinstans",
    "Instans",
];

/// Whether `t` may open with one of [`BODY_LABELS`] after its white
/// space: not where it opens with ASCII other than white space (no white
/// space to pass over, most lines) that is no label's first letter in
/// either case; such a line is passed over without being trimmed.
fn may_open_body_label(t: &str) -> bool {
    match t.as_bytes().first() {
        Some(&c) if c > b' ' && c < 0x80 => matches!(c | 0x20, b'o' | b'n' | b'b' | b'i'),
        _ => true,
    }
}

/// A body's name begun after its label on item `i` (`Tekniska`) and
/// ended in small letters at the start of the next line (`nämnden`, then
/// the next label): the name, spanning both lines in the source.
fn wrapped_body(src: &str, items: &[Item], i: usize, first: &str) -> Option<Text> {
    let it = &items[i];
    let next = items[i + 1..].iter().find(|x| !x.is_blank())?;
    if next.line > it.line + 2 || next.kind != ItemKind::Text || !next.line_start {
        return None;
    }
    let words: Vec<&str> = next
        .text
        .split_whitespace()
        .take_while(|w| w.starts_with(char::is_lowercase))
        .take(3)
        .collect();
    let last = *words.last()?;
    let name = format!("{first} {}", words.join(" "));
    if !is_body_name(&name)
        || !fold(last).ends_with("nämnden") && !fold(last).ends_with("styrelsen")
    {
        return None;
    }
    let raw = it.span.of(src);
    let start = it.span.start + raw.find(first)?;
    let raw_next = next.span.of(src);
    let end = next.span.start + raw_next.find(last)? + last.len();
    Some(Text::new(&name, Span::new(start, end)))
}

/// The place that opens a meeting's or a justering's `plats och tid`
/// before its weekday, date or time (`Stadshuset, rum Ådalen, tisdagen
/// den ...`, `Kansliet kl 08.30`): `before` up to the first of them,
/// without the commas, dashes and blanks that end it.
pub(super) fn place_before_time(before: &str) -> &str {
    let lb = lower_same_len(before);
    let mut stop = before.len();
    for w in inline::WEEKDAYS
        .iter()
        .chain(&[" den ", "klockan", "kl.", "kl "])
    {
        if let Some(k) = lb.find(w) {
            stop = stop.min(k);
        }
    }
    before[..stop].trim_end_matches(|c: char| c == ',' || c == '-' || c.is_whitespace())
}

pub(super) fn meeting_line(src: &str, it: &Item, doc: &mut Document) {
    if place_goes_on(src, it, doc) {
        return;
    }
    let t = it.text.as_ref();
    // Every question asked of the fold below is for `protokoll` or
    // `sammanträd`: a line whose bytes can fold to neither is not folded
    // (most lines under the front's labels).
    let named = may_fold_to_meeting_word(t);
    let f = if named { fold(t) } else { String::new() };
    if doc.meeting.number.is_none() {
        if let Some(k) = f.find("protokoll") {
            let rest = t.get(k + "protokoll".len()..).unwrap_or("").trim_start();
            // `Protokoll nr 5`: a number said to be one.
            let said = rest.starts_with("nr ") || rest.starts_with("nr. ");
            let after = rest
                .trim_start_matches("nr")
                .trim_start_matches('.')
                .trim_start();
            let nd = after
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b'/')
                .count();
            let num = &after[..nd];
            let numbered = num.contains('/') && num.len() >= 3 && !num.starts_with('/');
            let said = said && (1..=3).contains(&nd) && !num.contains('/');
            if numbered || said {
                let off = t.find(num).unwrap_or(0);
                doc.meeting.number = Some(Text::new(num, sub_span(src, it, off, num.len())));
            }
        }
    }
    // `Sammanträde tisdagen den 8 april 2025, kl. 08.30–12.10 i ...`,
    // `Kommunstyrelsen sammanträdde den 8 april 2025 ...`: a sentence
    // opening with the meeting, or the body meeting, and its date.
    let dated = || !find_dates(t, 0).is_empty();
    let opens = f.starts_with("sammanträde ") || f.starts_with("sammanträdet ");
    // Every word asked below holds `sammanträd`: one search for it first.
    let sam = f.contains("sammanträd");
    let met =
        it.line_start && sam && (f.contains(" sammanträdde ") || f.contains(" sammanträder "));
    if sam
        && f.contains("sammanträde")
        && (f.starts_with("fört vid")
            || f.starts_with("protokoll fört vid")
            || f.starts_with("protokoll från")
            || f.starts_with("protokoll vid")
            || f.contains("sammanträde den"))
        || (opens || met) && dated()
    {
        // `fört vid Socialnämndens sammanträde tisdagen den 19 mars 2024
        // ...`, `Protokoll från kommunfullmäktiges sammanträde 2024-03-21`
        // (the genitive in small letters: a body's name by its ending).
        if doc.meeting.body.is_none() {
            let words: Vec<&str> = t.split_whitespace().collect();
            if let Some(p) = words
                .iter()
                .position(|w| w.to_lowercase().starts_with("sammanträd"))
            {
                if p > 0 {
                    let w = words[p - 1];
                    let body = w.strip_suffix('s').unwrap_or(w);
                    let named = capitalised_name(body);
                    if w.chars().next().is_some_and(|c| c.is_uppercase()) || is_body_name(&named) {
                        let off = t.find(w).unwrap_or(0);
                        doc.meeting.body =
                            Some(Text::new(&named, sub_span(src, it, off, body.len())));
                    }
                }
            }
        }
        // The meeting's own sentence names its date over a document's name
        // line read before it (`Protokoll 2024-03-22`: a page header's
        // date, the justering's).
        let named = doc
            .meeting
            .date
            .as_ref()
            .is_some_and(|d| on_name_line(src, d.span));
        if named && !find_dates(t, 0).is_empty() {
            doc.meeting.date = None;
        }
        meeting_facts(src, t, it.span, doc);
        return;
    }
    // `Sammanträde 2009-04-28`, `Hem > Ljungby kommun > Kommunfullmäktige >
    // Sammanträde 2009-04-28`: a web page's heading or path naming the
    // meeting by its date, the body before it in the path.
    if let Some((body, date)) = web_meeting(t) {
        if doc.meeting.body.is_none() {
            if let Some(b) = body {
                doc.meeting.body = Some(Text::new(
                    b,
                    sub_span(src, it, t.find(b).unwrap_or(0), b.len()),
                ));
            }
        }
        if doc.meeting.date.is_none() {
            doc.meeting.date = Some(relocate(src, date, it.span));
        }
        return;
    }
    if doc.meeting.body.is_none() && it.line_start {
        if let Some(b) = body_of_line(t) {
            doc.meeting.body = Some(Text::new(b, tail_span(src, it.span, b)));
            // `Regionala utvecklingsnämnden   2024-09-12`: the date after it,
            // in the header (a long line's start).
            if doc.meeting.date.is_none() {
                let after = t.find(b).map_or("", |k| &t[k + b.len()..]);
                if let Some(d) = find_dates(head_of(after, 120), 0).into_iter().next() {
                    doc.meeting.date = Some(relocate(src, d, it.span));
                }
            }
            return;
        }
    }
    // `Protokoll 2024-02-22`, `Sammanträdesprotokoll den 22 februari 2024`:
    // the document's name and the meeting's date.
    if doc.meeting.date.is_none() && it.line_start && t.len() <= 60 {
        let rest = match t.split_once(' ') {
            Some((w, r))
                if named && matches!(fold(w).as_str(), "protokoll" | "sammanträdesprotokoll") =>
            {
                r.trim_start()
            }
            _ => "",
        };
        let rest = rest.strip_prefix("den ").unwrap_or(rest);
        if let Some(d) = find_dates(rest, 0).into_iter().next() {
            if d.span.start == 0 && d.span.end == rest.trim_end().len() {
                doc.meeting.date = Some(relocate(src, d, it.span));
                return;
            }
        }
    }
    if doc.meeting.date.is_none()
        && it.line_start
        && matches!(it.kind, ItemKind::Text)
        && t.len() <= 12
    {
        if let Some(d) = find_dates(t, 0).into_iter().next() {
            doc.meeting.date = Some(relocate(src, d, it.span));
        }
    }
}

/// Whether [`fold`] of `t` may hold `protokoll` or `sammanträd`: the
/// bytes hold a character folding to `p` before one folding to `r` (`p`,
/// `P`; `r`, `R`, Cyrillic `р`, `Р`), or `ä`, `Ä` before one folding to
/// `d` (`d`, `D`, Cyrillic `д`). A fold maps character by character and
/// joins none (white space stays a space), so a line without either pair
/// folds to neither word.
fn may_fold_to_meeting_word(t: &str) -> bool {
    let b = t.as_bytes();
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    memchr::memchr3_iter(b'p', b'P', 0xC3, b).any(|i| match b[i] {
        0xC3 => matches!(at(i + 1), 0xA4 | 0x84) && matches!(at(i + 2), b'd' | b'D' | 0xD0),
        _ => matches!(at(i + 1), b'r' | b'R' | 0xD0 | 0xD1),
    })
}

/// The meeting's sentence wrapped before its place (`Protokoll fört vid
/// sammanträde ... kl. 18.00–19.45` / `i stadsdelsförvaltningens lokaler,
/// Tomtebogatan 8.`): the line right under it, opening with `i` or `på`,
/// is the place. Whether `it` was.
fn place_goes_on(src: &str, it: &Item, doc: &mut Document) -> bool {
    let m = &doc.meeting;
    let Some(span) = m.span else {
        return false;
    };
    let between = src.get(span.end..it.span.start).unwrap_or("x");
    let next_line = between.trim().is_empty() && between.matches('\n').count() == 1;
    if m.place.is_some()
        || m.start.is_none()
        || !it.line_start
        || !next_line
        || src[..span.end].ends_with('.')
    {
        return false;
    }
    let t = it.text.as_ref();
    let Some(rest) = ["i ", "på "].iter().find_map(|p| t.strip_prefix(p)) else {
        return false;
    };
    let place = rest.trim_end_matches(['.', ' ']);
    if !place.starts_with(char::is_alphabetic) || place.len() > 120 {
        return false;
    }
    let off = t.len() - rest.len();
    doc.meeting.place = Some(Text::new(place, sub_span(src, it, off, place.len())));
    doc.meeting.span = Some(span.cover(it.span));
    true
}

/// Whether `span` lies on a short line naming the document
/// (`Protokoll 2024-03-22`, `Sammanträdesprotokoll den 22 februari 2024`).
fn on_name_line(src: &str, span: Span) -> bool {
    let start = src[..span.start.min(src.len())]
        .rfind('\n')
        .map_or(0, |k| k + 1);
    let end = src[span.end.min(src.len())..]
        .find('\n')
        .map_or(src.len(), |k| span.end + k);
    let line = src[start..end].trim();
    let first = line.split_whitespace().next().unwrap_or("");
    line.len() <= 60 && matches!(fold(first).as_str(), "protokoll" | "sammanträdesprotokoll")
}

/// A span inside an item's text, mapped to the source when the text is a
/// verbatim piece of it (falls back to the item's span).
fn sub_span(src: &str, it: &Item, off: usize, len: usize) -> Span {
    let raw = it.span.of(src);
    let piece = it.text.get(off..off + len).unwrap_or("");
    match raw.find(piece) {
        Some(k) if !piece.is_empty() => Span::new(it.span.start + k, it.span.start + k + len),
        _ => it.span,
    }
}

/// Names of bodies that meet: `Socialnämnden`, `Kommunstyrelsen`,
/// `Nämnden för Individ & Familjeomsorg`, `Kommunfullmäktige`.
pub(super) fn is_body_name(t: &str) -> bool {
    let f = fold(t);
    let words = f.split_whitespace().count();
    if words == 0 || words > 7 || f.contains(':') {
        return false;
    }
    let first = f.split_whitespace().next().unwrap_or("");
    let last = f.split_whitespace().last().unwrap_or("");
    // Named from its first word, the rest goes on the name (`Nämnden för
    // Individ & Familjeomsorg`, `Stadsdelsnämnden Västra Hisingen`), not a
    // sentence (`Socialnämnden förklarar nämndinitiativet ...`): a second
    // word in small letters is one a name goes on with.
    let second = t.split_whitespace().nth(1);
    let named_first = (first == "nämnden" || body_word(first))
        && second.is_none_or(|w| {
            !w.starts_with(char::is_lowercase) || matches!(w, "för" | "i" | "och" | "den")
        });
    (body_word(last) || named_first) && t.chars().next().is_some_and(|c| c.is_uppercase())
}

/// `kommunfullmäktige` as a name: `Kommunfullmäktige`.
fn capitalised_name(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The first `n` bytes of `t`, or less, cut at a space.
fn head_of(t: &str, n: usize) -> &str {
    if t.len() <= n {
        return t;
    }
    let mut k = n;
    while !t.is_char_boundary(k) {
        k -= 1;
    }
    t[..k].rsplit_once(' ').map_or(&t[..k], |(a, _)| a)
}

/// The body named by a header line, without the document type, page counter
/// or date written after it: `Kommunstyrelsen  SAMMANTRÄDESPROTOKOLL 1 (6)`,
/// `Regionala utvecklingsnämnden   2024-09-12`.
pub(super) fn body_of_line(t: &str) -> Option<&str> {
    body_of_line_read(t, true)
}

/// [`body_of_line`]; with `gate`, a place in the line is passed over
/// unfolded when what follows it can end no body's name: it opens with no
/// digit (a date's or a counter's), and its first character a fold keeps
/// is ASCII and lowers to none of `p`, `s`, `m`, `d` (`protokoll`,
/// `sammanträdesdatum`, `sida`, `mötesprotokoll`, `datum`, `den`).
fn body_of_line_read(t: &str, gate: bool) -> Option<&str> {
    // A page whose line breaks were lost is one long line: its header is
    // its start (`1 KOMMUNFULLMÄKTIGE SAMMANTRÄDESPROTOKOLL SIDA ...`), after
    // the page number an archive put first.
    // Either is a header only where the body's name is followed by the
    // document's name, a date or a page counter (`18 Kommunstyrelsen
    // informerar.` is an agenda line).
    let long = t.len() > 160;
    let t = head_of(t, 160);
    let (t, numbered) = match t.split_once(' ') {
        Some((n, rest)) if n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()) => (rest, true),
        _ => (t, false),
    };
    // `PROTOKOLL Kommunstyrelsen ...`: the document's name before the body,
    // and its page counter after it (`SAMMANTRÄDESPROTOKOLL Sida 1(18)
    // Teknik- och servicenämnden`).
    let t = match t.split_once(' ') {
        Some((w, rest))
            if matches!(
                fold(w).as_str(),
                "protokoll" | "sammanträdesprotokoll" | "mötesprotokoll" | "protokollsutdrag"
            ) =>
        {
            without_leading_counter(rest.trim_start())
        }
        _ => t,
    };
    // `Direktionens protokoll 9 december 2022`: the body's genitive before
    // the document's name.
    if let Some(body) = genitive_before_protocol(t) {
        return Some(body);
    }
    let mut end = t.len();
    let mut dates = LineDates::new(t);
    for (k, w) in t.match_indices(|c: char| c.is_whitespace()) {
        let rest = t[k + w.len()..].trim_start();
        let p = t.len() - rest.len();
        let digit = rest.as_bytes().first().is_some_and(u8::is_ascii_digit);
        let first = crate::text::fold_trim(rest).bytes().next();
        let may = digit
            || first.is_some_and(|b| {
                !b.is_ascii() || matches!(b.to_ascii_lowercase(), b'p' | b's' | b'm' | b'd')
            });
        if gate && !may {
            continue;
        }
        let fr = fold(rest);
        if fr.starts_with("protokoll")
            || fr.starts_with("sammanträdesprotokoll")
            || fr.starts_with("mötesprotokoll")
            || fr.starts_with("protokollsutdrag")
            || fr.starts_with("sammanträdesdatum")
            || fr.starts_with("datum ")
            || fr.starts_with("datum:")
            || fr.starts_with("sida ")
            // `SID 1 (9)`: the short word, before its counter.
            || fr
                .strip_prefix("sid ")
                .or_else(|| fr.strip_prefix("sid. "))
                .is_some_and(page_counter_start)
            || (digit && dates.first_from(p) == Some(p))
            // `Landstingsstyrelsen den 12 september 2016`
            || (fr.starts_with("den ") && dates.first_from(p) == Some(p + 4))
            || page_counter_start(rest)
        {
            end = k;
            break;
        }
    }
    if (long || numbered) && end == t.len() {
        return None;
    }
    let body = t[..end].trim();
    (is_body_name(body)).then_some(body)
}

/// `Sammanträde 2009-04-28` (`Sammanträde den 28 april 2009`), alone on
/// its line or the last step of a web page's path (`Hem > Ljungby
/// kommun > Kommunfullmäktige > Sammanträde 2009-04-28`): the meeting's
/// date, and the body when the step before it names one.
fn web_meeting(t: &str) -> Option<(Option<&str>, DateRef)> {
    if t.len() > 200 {
        return None;
    }
    let (before, last) = last_steps(t);
    let last = last.trim();
    let rest = last
        .strip_prefix("Sammanträde ")
        .or_else(|| last.strip_prefix("Sammanträdet "))?;
    let rest = rest.trim_start_matches("den ");
    // The date's span is found again in the line's source (`relocate`).
    let date = find_dates(rest, 0).into_iter().next()?;
    if date.span.start != 0 || !rest[date.span.end..].trim().is_empty() {
        return None;
    }
    let body = before.map(str::trim).filter(|b| is_body_name(b));
    Some((body, date))
}

/// A web page's path's step before the last (if any) and its last step,
/// untrimmed: `t` split at ` > `, without a list of the steps; a line
/// without `>` is one step, not searched for the separator.
fn last_steps(t: &str) -> (Option<&str>, &str) {
    let (mut before, mut last) = (None, t);
    if t.contains('>') {
        for (k, step) in t.split(" > ").enumerate() {
            if k > 0 {
                before = Some(last);
            }
            last = step;
        }
    }
    (before, last)
}

/// `t` without a page counter it opens with (`Sida 1(18) ...`).
fn without_leading_counter(t: &str) -> &str {
    let Some(r) = t.strip_prefix("Sida ").or_else(|| t.strip_prefix("sida ")) else {
        return t;
    };
    let end = r.find(' ').unwrap_or(r.len());
    let counter = &r[..end];
    if counter.starts_with(|c: char| c.is_ascii_digit())
        && counter
            .bytes()
            .all(|b| b.is_ascii_digit() || b"()/".contains(&b))
    {
        r[end..].trim_start()
    } else {
        t
    }
}

/// `Direktionens protokoll 9 december 2022`, `Kommunstyrelsens
/// protokoll`: the body in the genitive before `protokoll`, with a date or
/// nothing after it; the body as it is named.
fn genitive_before_protocol(t: &str) -> Option<&str> {
    let k = t.find("s protokoll")?;
    let after = t[k + "s protokoll".len()..].trim();
    let dated = after.is_empty()
        || find_dates(after, 0)
            .first()
            .is_some_and(|d| d.span.start == 0);
    let body = &t[..k];
    (dated && is_body_name(body)).then_some(body)
}

/// `1 (6)`, `1(5)`, `2/40` at the start of `t`.
fn page_counter_start(t: &str) -> bool {
    let nd = t.bytes().take_while(u8::is_ascii_digit).count();
    if nd == 0 || nd > 3 {
        return false;
    }
    let r = t[nd..].trim_start();
    r.starts_with('(') && r[1..].starts_with(|c: char| c.is_ascii_digit())
}

/// Date, times, weekday and place from one header line.
pub(super) fn meeting_facts(src: &str, t: &str, s: Span, doc: &mut Document) {
    let raw = s.of(src);
    // Work in the raw text where it matches the cleaned text, so spans are exact.
    let (text, base) = if raw.contains(t) {
        (t, s.start + raw.find(t).unwrap_or(0))
    } else {
        (raw, s.start)
    };
    let dates = find_dates(text, base);
    if doc.meeting.date.is_none() {
        if let Some(d) = dates.first() {
            doc.meeting.date = Some(d.clone());
        }
    }
    let lower = lower_same_len(text);
    for wd in inline::WEEKDAYS {
        if let Some(k) = lower.find(wd) {
            let len = lower[k..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(lower.len() - k);
            doc.meeting.weekday = Some(Text::new(
                &text[k..k + len],
                Span::new(base + k, base + k + len),
            ));
            break;
        }
    }
    let times = find_times(text, base);
    if doc.meeting.start.is_none() {
        doc.meeting.start = times.first().cloned();
        doc.meeting.end = times.get(1).cloned();
    }
    // The place: what is left after date and times, between commas.
    if doc.meeting.place.is_none() {
        let mut cut_from = 0;
        if let Some(d) = dates.first() {
            cut_from = d.span.end - base;
        }
        let kl = lower
            .find("kl.")
            .or_else(|| lower.find("kl "))
            .or_else(|| lower.find("klockan"));
        let mut place = None;
        if let Some(last) = times.last() {
            let after = last.span.end - base;
            let rest = text[after..].trim_start_matches([',', ' ', '.']);
            // `kl. 18.00-20.20 i konferenssal Stallet`: the place after its
            // preposition, whatever its case.
            let put = ["i ", "på "].iter().find_map(|p| rest.strip_prefix(p));
            let rest = put.map_or(rest, str::trim_start);
            let opens = |c: char| c.is_uppercase() || put.is_some() && c.is_alphabetic();
            if rest.starts_with(opens) && kl.is_some_and(|k| k < after) {
                let off = text.len() - rest.len();
                place = Some((off, rest.trim_end_matches(['.', ' ']).len()));
            }
        }
        // `Stadshuset, rum Ådalen, tisdagen den 19 mars 2024 kl. 17:30`:
        // the place before the weekday and date.
        if place.is_none() && !times.is_empty() {
            if let Some(d) = dates.first() {
                let before = &text[..d.span.start - base];
                let p = place_before_time(before).trim_start();
                let lead = before.len() - before.trim_start().len();
                if p.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && p.starts_with(|c: char| c.is_uppercase())
                    && !p.contains('/')
                    && !fold(p).starts_with("fört vid")
                    && !fold(p).starts_with("protokoll")
                {
                    place = Some((lead, p.len()));
                }
            }
        }
        if place.is_none() {
            let end = kl.unwrap_or(text.len());
            if end > cut_from {
                let mid = &text[cut_from..end];
                let lead = mid.len() - mid.trim_start_matches([',', ' ']).len();
                let p = mid
                    .trim_start_matches([',', ' '])
                    .trim_end_matches([',', ' ']);
                if p.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && !fold(p).starts_with("fört vid")
                {
                    place = Some((cut_from + lead, p.len()));
                }
            }
        }
        if let Some((off, len)) = place {
            doc.meeting.place = Some(Text::new(
                &text[off..off + len],
                Span::new(base + off, base + off + len),
            ));
        }
    }
    doc.meeting.span = Some(doc.meeting.span.map_or(s, |m| m.cover(s)));
}

mod line_dates;
#[cfg(test)]
mod tests;
