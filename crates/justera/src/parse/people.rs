//! Attendance entries as people: one entry, several people on one line,
//! names in a list.

use super::roll_entry::{bare_party, roll_number};
use super::spans::lower_same_len;
use crate::inline::{self, fold, parse_person};
use crate::labels::FrontLabel;
use crate::model::*;
use std::borrow::Cow;

/// One attendance entry read as a person: `Name, Role (P)` is read as
/// `Name (P), role`, and `paragraf 1-2` as `§§ 1-2`.
pub(super) fn person_entry(t: &str, s: Span) -> Option<Person> {
    let (t, s) = match roll_number(t) {
        Some(k) => (&t[k..], Span::new((s.start + k).min(s.end), s.end)),
        None => (t, s),
    };
    // The entry as written, copied only when rewritten.
    let mut text: Cow<str> = match bare_party(t) {
        Some(rewritten) => Cow::Owned(rewritten),
        None => Cow::Borrowed(t),
    };
    // `Ingrid Smedberg, Ordförande (M)`: the role before the party.
    if let (Some(comma), Some(open)) = (text.find(", "), text.find(" (")) {
        let close = text[open..].find(')').map(|c| open + c);
        if let Some(close) = close.filter(|_| comma + 2 <= open) {
            let name = &text[..comma];
            let role = &text[comma + 2..open];
            if comma < open
                && inline::plausible_name(name)
                && !role.contains(',')
                && !role.contains(" för ")
                && role.split_whitespace().count() <= 4
                && close - open <= 6
            {
                text = Cow::Owned(format!(
                    "{name}{}, {}{}",
                    &text[open..=close],
                    role.to_lowercase(),
                    &text[close + 1..]
                ));
            }
        }
    }
    // `S Bo Petersson`, `M Caj Swedberg, tjänstgör för Niklas Friberg (M)`:
    // the party before the name.
    if let Some((w, rest)) = text.split_once(' ') {
        let name_len: usize = rest
            .split(' ')
            .take_while(|x| x.starts_with(|c: char| c.is_uppercase()) && !x.contains('('))
            .map(|x| x.len() + 1)
            .sum::<usize>()
            .saturating_sub(1);
        let name = rest[..name_len.min(rest.len())].trim_end_matches(',');
        if inline::PARTIES.contains(&w) && inline::plausible_name(name) {
            text = Cow::Owned(format!("{name} ({w}){}", &rest[name.len()..]));
        }
    }
    let mut rewritten = false;
    // Lowered once: the text is the same for each word until one is
    // replaced, and then no other is looked for.
    let lower = lower_same_len(&text);
    for w in ["paragraferna ", "paragrafer ", "paragraf "] {
        if let Some(k) = lower.find(w) {
            if text.is_char_boundary(k) && text.is_char_boundary(k + w.len()) {
                text.to_mut().replace_range(k..k + w.len(), "§§ ");
                rewritten = true;
                break;
            }
        }
    }
    let mut p = parse_person(&text, s.start)?;
    // Spans from the cleaned text: keep them inside the value.
    p.span = Span::new(s.start, s.end.max(s.start));
    if let Some(sc) = p.scope.as_mut() {
        if rewritten || !s.contains(sc.span) {
            sc.span = p.span;
        }
    }
    Some(p)
}

/// `Ordförande: Nordbeck Carolina (FP)` in the attendance (the label and
/// a colon before the name on its line, not a signature under its role):
/// the chair, a member with a party, is a member present (unless listed).
pub(super) fn chair_member(chair: bool, p: &Person, src: &str, doc: &mut Document) {
    let line = &src[src[..p.span.start].rfind('\n').map_or(0, |k| k + 1)..p.span.start];
    let members = &mut doc.attendance.members;
    if chair
        && line.trim_end().ends_with(':')
        && p.party.is_some()
        && !members.iter().any(|m| m.name == p.name)
    {
        members.push(Person {
            role: Some("ordförande".into()),
            ..p.clone()
        });
    }
}

/// An attendance table's header flattened into the list (`Ersättare` /
/// `Närvaro§§§§` / `TjgEj tjgJANEJ...`): the marks under `Tjg` (serving)
/// and `Ej tjg` (not serving) are one `X` after each name, so which
/// substitute served cannot be read.
pub(super) fn serving_column_lost(values: &[(String, Span)]) -> bool {
    values.iter().any(|(t, _)| {
        let f: String = fold(t).chars().filter(|c| c.is_alphabetic()).collect();
        f.contains("tjgejtjg") || f.contains("tjgejtjänstg")
    })
}

/// `Annika Ek (S), tjänstgörande` or `Karin Nilsson (C), tjänstgörande för
/// Inga Eriksson (C)` in a list of substitutes: she serves.
pub(super) fn serving(entry: &str, p: &Person) -> bool {
    let f = fold(entry);
    p.replaces.is_some()
        || ((f.ends_with(", tjänstgörande") || f.ends_with(", tjg")) && !f.contains("ej tj"))
}

/// A line of a list set in two columns (`Eva Ek (S), ordförande` and,
/// after a wide gap, `Per Ås (M), 1:e vice ordförande`): both sides, when
/// each starts with a `Name (Party)`.
fn side_by_side(src: &str, s: Span) -> Option<((String, Span), (String, Span))> {
    let raw = s.of(src);
    let body = raw.trim_end();
    let lead = body.len() - body.trim_start().len();
    let gap = body[lead..]
        .find("   ")
        .or_else(|| body[lead..].find('\t'))
        .map(|g| g + lead)?;
    let right_at = gap + (body[gap..].len() - body[gap..].trim_start().len());
    let (left, right) = (body[lead..gap].trim(), &body[right_at..]);
    let starts_with_actor = |t: &str| {
        inline::find_actors(t, 0)
            .first()
            .is_some_and(|a| a.span.start == 0)
    };
    if left.is_empty() || !starts_with_actor(left) || !starts_with_actor(right) {
        return None;
    }
    let collapse = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    Some((
        (
            collapse(left),
            Span::new(s.start + lead, s.start + lead + left.len()),
        ),
        (
            collapse(right),
            Span::new(s.start + right_at, s.start + body.len()),
        ),
    ))
}

/// An attendance value that lists several people on one line, separated by
/// commas and `och`: `A (M), ordförande, B (KD), C (S) ersätter D (S)`,
/// `Ulrika Geer, regional utvecklingsdirektör, Arne Andersen, direktör`.
/// Each person's entry keeps the role and scope written after the name.
pub(super) fn split_people(src: &str, t: &str, s: Span) -> Vec<(String, Span)> {
    if let Some((left, right)) = side_by_side(src, s) {
        return [left, right]
            .into_iter()
            .flat_map(|(t, s)| split_people(src, &t, s))
            .collect();
    }
    let whole = vec![(t.to_string(), s)];
    let flattened = t.contains(") ");
    let spaced = if t.len() <= 2_000 {
        space_cuts(t)
    } else {
        Vec::new()
    };
    if (!t.contains(", ")
        && !t.contains(" och ")
        && !t.contains("; ")
        && !flattened
        && spaced.is_empty())
        || t.len() > 2_000
    {
        return whole;
    }
    // Candidate cuts: after a separator outside parentheses.
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // (separator start, entry start)
    let mut depth = 0i32;
    for (k, c) in t.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth != 0 {
            continue;
        }
        // A table's columns flattened into one line: `A (S) ordf B (S) C
        // (S) § 62-75`: a space after an entry that has its party, before
        // the next `Name (P)`.
        if flattened
            && c == ' '
            && !t[..k].ends_with(',')
            && cuts.last().is_none_or(|l| l.1 <= k)
            && t[..k].contains(')')
            && !name_part_before(&t[..k])
            && (next_has_party(&t[k + 1..]) || substitutes_label(&t[k + 1..]).is_some())
        {
            cuts.push((k, k + 1));
        }
        // `... tjg för Klas Ek Sonny Berg (MP)`: a replaced member written
        // without a party runs into the next member; four names' words
        // read as two and two.
        if flattened && c == ' ' && replaced_without_party(&t[..k]) && next_has_party(&t[k + 1..]) {
            let next = t[k + 1..].split(" (").next().unwrap_or("");
            if next.split_whitespace().count() == 2 && cuts.last().is_none_or(|l| l.1 <= k) {
                cuts.push((k, k + 1));
            }
        }
        for sep in [", ", "; ", " och ", " samt "] {
            if !t[k..].starts_with(sep) {
                continue;
            }
            match cuts.last_mut() {
                // `, och `: one separator, not two that overlap.
                Some(last) if last.1 > k => last.1 = last.1.max(k + sep.len()),
                _ => cuts.push((k, k + sep.len())),
            }
        }
    }
    cuts.extend(spaced);
    cuts.sort_unstable();
    cuts.dedup();
    let starts_person = |piece: &str| -> bool {
        let piece = piece.trim();
        if !piece.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        let f = fold(piece);
        let name = piece.split(['(', ',']).next().unwrap_or("").trim();
        // A role, not a person: `vice ordförande`, `ordförande Bo Ek`; a
        // person with a role after the party is one (`Bo Ek (S) 2:e vice
        // ordförande`).
        if fold(name).contains("ordförande") || f.starts_with("ordf") || f.starts_with("ersätt") {
            return false;
        }
        let name = name
            .split(" ersätter")
            .next()
            .unwrap_or(name)
            .split(" för ")
            .next()
            .unwrap_or(name)
            .trim();
        let words: Vec<&str> = name.split_whitespace().collect();
        inline::plausible_name(name)
            && words.len() <= 4
            && !words.last().is_some_and(|w| inline::looks_like_title(w))
    };
    let mut starts = vec![0usize];
    for (k, &(sep, at)) in cuts.iter().enumerate() {
        let end = cuts.get(k + 1).map(|c| c.0).unwrap_or(t.len());
        let prev = t[*starts.last().unwrap()..sep].to_lowercase();
        let open = ["ersätter", " för", "tjänstgör för", "istf", "tjg"]
            .iter()
            .any(|w| prev.trim_end().ends_with(w.trim()));
        if open {
            continue;
        }
        if starts_person(&t[at..end]) || substitutes_label(&t[at..end]).is_some() {
            starts.push(at);
        } else if let Some(len) = role_then_person(&t[at..end], &starts_person) {
            // `Anna Ek (KD), ordförande Bo Berg (M)`: the role closes the
            // entry before it, the next one starts after the role. In its
            // definite form the role is the next one's (`Anna Ek (KD),
            // vice ordföranden Bo Berg (M)`).
            let definite = t[at..at + len].trim_end().ends_with("ordföranden");
            starts.push(if definite { at } else { at + len });
        } else if let Some(len) = cuts
            .get(k + 1)
            .and_then(|&(_, next)| party_then_name(&t[at..end], &t[next..]))
        {
            // `Lars-Gunnar Näsström, s vice ordförande Ulf Lundberg, v`.
            starts.push(at + len);
        }
    }
    if starts.len() < 2 {
        return whole;
    }
    let raw = s.of(src);
    let mut from = 0;
    let mut out = Vec::new();
    for (k, &a) in starts.iter().enumerate() {
        let b = starts
            .get(k + 1)
            .map(|&n| cuts.iter().find(|c| c.1 == n).map(|c| c.0).unwrap_or(n))
            .unwrap_or(t.len());
        let piece = t[a..b].trim().trim_end_matches([',', '.']).trim();
        if piece.is_empty() {
            continue;
        }
        let found = raw[from..]
            .find(piece)
            .map(|x| (x, x + piece.len()))
            .or_else(|| spread_over_lines(&raw[from..], piece));
        let span = match found {
            Some((x, y)) => {
                let st = s.start + from + x;
                let en = s.start + from + y;
                from += y;
                Span::new(st, en)
            }
            None => s,
        };
        out.push((piece.to_string(), span));
    }
    out
}

/// Where `piece`, whose words a single space joins, stands in `raw` with
/// its words wrapped over lines (`1:e vice` / `ordförande`): the first
/// place, as a byte range.
fn spread_over_lines(raw: &str, piece: &str) -> Option<(usize, usize)> {
    // Values are a few lines; a long one keeps the whole value's span.
    if raw.len() > 4_000 {
        return None;
    }
    let first = piece.split(' ').next().filter(|w| !w.is_empty())?;
    let (rb, pb) = (raw.as_bytes(), piece.as_bytes());
    for (at, _) in raw.match_indices(first) {
        let (mut i, mut j) = (at, 0);
        while j < pb.len() && i < rb.len() {
            if pb[j] == b' ' && rb[i].is_ascii_whitespace() {
                while i < rb.len() && rb[i].is_ascii_whitespace() {
                    i += 1;
                }
                j += 1;
            } else if pb[j] == rb[i] {
                i += 1;
                j += 1;
            } else {
                break;
            }
        }
        if j == pb.len() {
            return Some((at, i));
        }
    }
    None
}

/// `Ersättare Anders Roos (NP) §§ 45-50` among the members' lines (a
/// table's label column flattened into the names): the label that opens
/// the serving substitutes, and its byte length.
pub(super) fn substitutes_label(t: &str) -> Option<usize> {
    let low = super::spans::lower_same_len(t);
    ["tjänstgörande ersättare ", "tjg ersättare ", "ersättare "]
        .iter()
        .find(|l| low.starts_with(**l) && next_has_party(&t[l.len()..]))
        .map(|l| l.len())
}

/// Among the members' lines (`members`), an entry opening with the
/// substitutes' label: from it on, `serving` is set; the entry without
/// the label.
pub(super) fn serving_switch(
    members: bool,
    t: String,
    s: Span,
    serving: &mut bool,
) -> (String, Span) {
    match substitutes_label(&t).filter(|_| members) {
        Some(n) if s.len() >= t.len() => {
            *serving = true;
            (t[n..].to_string(), Span::new(s.start + n, s.end))
        }
        _ => (t, s),
    }
}

/// `Markus Evensson (S) ej tjg ers` among the others present: a
/// substitute without a vote, listed with the others.
pub(super) fn non_serving(label: &FrontLabel, p: &Person, t: &str) -> bool {
    let f = fold(t);
    matches!(label, FrontLabel::Others | FrontLabel::Present)
        && p.party.is_some()
        && ([
            "ej tjg ers",
            "ej tjänstgörande ers",
            "icke tjänstgörande ers",
        ]
        .iter()
        .any(|w| f.contains(w))
            // `Nils Ström, ersättare (S)` among the others present.
            || (f.contains(", ersättare") && !f.contains("tjänstgör") && p.replaces.is_none()))
}

/// The text ends in a capitalised word that is no party in parentheses:
/// a given name (`Britt-Marie`) that belongs to the name after it.
fn name_part_before(before: &str) -> bool {
    let last = before.rsplit(' ').next().unwrap_or("");
    last.starts_with(|c: char| c.is_uppercase()) && !last.ends_with(')')
}

/// `Ulf Ek (S) tjg för Klas Karlsson`: the text ends with whom a
/// substitute replaces, two capitalised words without a party.
fn replaced_without_party(before: &str) -> bool {
    let mut words = before.rsplit(' ');
    let (Some(b), Some(a), Some(open)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let name = |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic);
    before.contains(')') && name(a) && name(b) && matches!(open, "för" | "ersätter" | "istf")
}

/// `Bo Berg (M) ...`: the text starts with a name of two to four words
/// and its party in parentheses.
fn next_has_party(rest: &str) -> bool {
    if !rest.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let Some(open) = rest.find(" (") else {
        return false;
    };
    let name = &rest[..open];
    let close = rest[open..].find(')').map(|c| open + c);
    name.split_whitespace().count() <= 4
        && inline::plausible_name(name)
        && close.is_some_and(|c| crate::party::is_party(rest[open + 2..c].trim()))
}

/// Where a list written without commas starts its next person at a space:
/// after a party in parentheses (`Kent Mo (VIP) Arne Sil (S)`), or at a
/// party written before the name in a list that writes it so (`KD Stig Dal
/// V Rolf Lapp`, `... för Rut Sten (S) C Kent Ås`) once the entry before
/// holds a whole name. As (separator, entry start) pairs.
fn space_cuts(t: &str) -> Vec<(usize, usize)> {
    let party_first = |x: &str| {
        let w = x.split(' ').next().unwrap_or("");
        inline::PARTIES.contains(&w) && x[w.len()..].starts_with(" ")
    };
    let capital = |x: &str| x.starts_with(|c: char| c.is_uppercase());
    let lead_party = party_first(t);
    let mut out = Vec::new();
    let mut from = 0;
    for (k, _) in t.match_indices(' ') {
        let (before, after) = (&t[from..k], &t[k + 1..]);
        let whole = if party_first(before) {
            before.split(' ').skip(1).filter(|w| capital(w)).count() >= 2
        } else {
            before.ends_with(')')
        };
        let cut = whole
            && ((before.ends_with(')') && next_has_party(after))
                || (lead_party && party_first(after)));
        if cut {
            out.push((k, k + 1));
            from = k + 1;
        }
    }
    out
}

/// `ordförande Bo Berg (M)`: the byte length of a leading chair role when a
/// person with a party follows it on the same line.
fn role_then_person(piece: &str, starts_person: &dyn Fn(&str) -> bool) -> Option<usize> {
    let low = piece.to_lowercase();
    [
        "1:e vice ordförande ",
        "2:e vice ordförande ",
        "förste vice ordförande ",
        "andre vice ordförande ",
        "vice ordförande ",
        "ordförande ",
        // The definite form (`Vice ordföranden Leif Stenmark (M)`).
        "1:e vice ordföranden ",
        "2:e vice ordföranden ",
        "förste vice ordföranden ",
        "andre vice ordföranden ",
        "vice ordföranden ",
        "ordföranden ",
        "ordf. ",
        "ordf ",
    ]
    .iter()
    .find(|r| low.starts_with(**r))
    .map(|r| r.len())
    .filter(|&n| piece.is_char_boundary(n))
    .filter(|&n| {
        let rest = piece[n..].trim_start();
        rest.contains('(') && starts_person(rest)
    })
    .map(|n| n + (piece[n..].len() - piece[n..].trim_start().len()))
}

/// `s vice ordförande Ulf Lundberg` between two commas, in a list that
/// writes each party after a comma (`Lars-Gunnar Näsström, s vice
/// ordförande Ulf Lundberg, v`): the party and role close the entry
/// before, and the name whose own party follows the next comma starts
/// another. The byte offset of that name.
fn party_then_name(piece: &str, next: &str) -> Option<usize> {
    let first_word = |t: &str| {
        t.split([',', ' '])
            .next()
            .unwrap_or("")
            .trim_end_matches('.')
            .to_string()
    };
    inline::comma_party(&first_word(piece))?;
    inline::comma_party(&first_word(next.trim_start()))?;
    let words = words_at(piece);
    // The capitalised words at the end are the name; the words between the
    // party and the name must all be lower case (a role: `vice ordförande`).
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let name_from = words
        .iter()
        .rposition(|(_, w)| !capital(w))
        .map_or(0, |i| i + 1);
    if name_from == 0 || !words[1..name_from].iter().all(|(_, w)| !capital(w)) {
        return None;
    }
    let at = words.get(name_from)?.0;
    let name = &piece[at..];
    (inline::plausible_name(name) && name.split_whitespace().count() <= 4).then_some(at)
}

/// Where another front label with a colon starts later on a value's line
/// (` Paragrafer: `, ` Justeringsdatum: `).
pub(super) fn next_label(t: &str) -> Option<usize> {
    if t.len() > 500 {
        return None;
    }
    t.match_indices(": ").find_map(|(k, _)| {
        let start = t[..k].rfind(' ')? + 1;
        let word = &t[start..k];
        (word.starts_with(char::is_uppercase)
            && crate::labels::front_label_prefix(&t[start..]).is_some())
        .then_some(start)
    })
}

/// `Alexander Ojanne, Jan Jönsson` or `A (M) och B (S)`: names with spans.
pub(super) fn split_names(t: &str, s: Span) -> Vec<(String, Span)> {
    // `Jörgen Kronsell (MP) Paragrafer: §§ 164-170 Justeringsdatum: ...`:
    // the next label on the same line ends the names.
    let t = &t[..next_label(t).unwrap_or(t.len())];
    let mut out = Vec::new();
    let mut from = 0;
    let bytes = t.len();
    let cut = |a: usize, b: usize, out: &mut Vec<(String, Span)>| {
        let piece = &t[a..b];
        let lead = piece.len() - piece.trim_start().len();
        let p = piece.trim();
        if !p.is_empty() {
            let start = (s.start + a + lead).min(s.end);
            out.push((
                p.to_string(),
                Span::new(start, (start + p.len()).min(s.end)),
            ));
        }
    };
    let mut i = 0;
    while i < bytes {
        let r = &t[i..];
        let sep = if r.starts_with(", ") || r.starts_with(",") {
            Some(1)
        } else if r.starts_with(" och ") {
            Some(5)
        } else if r.starts_with(" samt ") {
            Some(6)
        } else {
            None
        };
        if let Some(n) = sep {
            cut(from, i, &mut out);
            i += n;
            from = i;
            continue;
        }
        i += r.chars().next().map(char::len_utf8).unwrap_or(1);
    }
    cut(from, bytes, &mut out);
    out
}

/// The words of `t` cut at single spaces, each with its offset in `t`.
pub(super) fn words_at(t: &str) -> Vec<(usize, &str)> {
    t.split(' ')
        .scan(0usize, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect()
}

/// An entry whose remark after the name says the person was not there
/// (`Ali Hassan (S), frånvarande`, `Bo Ek (M) (anmält förhinder)`): listed
/// with the others of their role, but not present. A remark with
/// paragraphs (`frånvarande § 47`) leaves the person present for the rest.
pub(super) fn marked_absent(entry: &str) -> bool {
    let t = entry.trim_end_matches([' ', '.', ',', ';']);
    let Some(k) = t.find(')').or_else(|| t.find(',')) else {
        return false;
    };
    let remark = t[k + 1..]
        .trim_start_matches([',', ' ', '-', '–'])
        .trim_matches(['(', ')', ' '])
        .to_lowercase();
    matches!(
        remark.as_str(),
        "frånvarande"
            | "frånv"
            | "ej närvarande"
            | "inte närvarande"
            | "förhindrad"
            | "anmält förhinder"
            | "har anmält förhinder"
            | "anmält frånvaro"
    )
}

#[cfg(test)]
mod tests;
