//! Signature lines: roles in a row with the names under them, a role
//! before a name, `Sekreterare _____ Name`.

use crate::inline::{self, fold, parse_person};
use crate::model::*;

/// Names under a row of roles, paired column by column.
pub(super) fn sign_by_column(cells: Vec<(String, Span)>, roles: Vec<String>, doc: &mut Document) {
    for ((name, span), r) in cells.into_iter().zip(roles) {
        let name = name
            .trim_matches(|c: char| matches!(c, '_' | '.' | '…'))
            .trim();
        if inline::plausible_name(name) {
            sign(doc, Some(r), name.to_string(), span, None);
        }
    }
}

/// The roles of a row that holds nothing but signature roles, two or more
/// (`Sekreterare   Ordförande   Justerande`); else none.
pub(super) fn role_row<'a>(cells: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut roles = Vec::new();
    for c in cells {
        match signature_role(c, true) {
            Some(r) => roles.push(r),
            None => return Vec::new(),
        }
    }
    if roles.len() >= 2 {
        roles
    } else {
        Vec::new()
    }
}

/// A line of nothing but signature roles, two or more, the gaps between
/// the columns lost (`sekreterare ordförande justerare`); else none.
fn loose_role_row(text: &str) -> Vec<String> {
    let roles: Vec<String> = text
        .split_whitespace()
        .map_while(|w| signature_role(w, true))
        .collect();
    if roles.len() >= 2 && roles.len() == text.split_whitespace().count() {
        roles
    } else {
        Vec::new()
    }
}

/// The line after `s` that is not blank, as (text, span).
fn next_line(src: &str, s: Span) -> Option<(&str, Span)> {
    let mut at = src[s.end.min(src.len())..]
        .find('\n')
        .map(|k| s.end + k + 1)?;
    while at < src.len() {
        let end = src[at..].find('\n').map_or(src.len(), |k| at + k);
        let line = &src[at..end];
        if !line.trim().is_empty() {
            return Some((line, Span::new(at, end)));
        }
        at = end + 1;
    }
    None
}

/// The names of a signature row written over a role row with the gaps
/// lost (`Astrid Edin Thor Lindgren Ulf Lundberg` over `sekreterare
/// ordförande justerare`), `n` names: cut where the names of people the
/// protocol lists (`known`) stand, else into equal runs of two or three
/// words. Empty when the line does not cut into `n` names.
fn split_name_row(t: &str, s: Span, n: usize, known: &[&str]) -> Vec<(String, Span)> {
    let words = super::people::words_at(t);
    let cut = |runs: &[(usize, usize)]| -> Vec<(String, Span)> {
        runs.iter()
            .map(|&(a, b)| {
                let (from, to) = (words[a].0, words[b - 1].0 + words[b - 1].1.len());
                (
                    t[from..to].to_string(),
                    Span::new(s.start + from, s.start + to),
                )
            })
            .collect()
    };
    // Known names, longest first, one after another from the line's start.
    let mut runs = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let best = (2..=4.min(words.len() - i)).rev().find(|&len| {
            let name = words[i..i + len]
                .iter()
                .map(|(_, w)| *w)
                .collect::<Vec<_>>()
                .join(" ");
            known.iter().any(|k| fold(k) == fold(&name))
        });
        match best {
            Some(len) => {
                runs.push((i, i + len));
                i += len;
            }
            None => break,
        }
    }
    if i == words.len() && runs.len() == n {
        return cut(&runs);
    }
    let each = words.len() / n.max(1);
    if n >= 2 && words.len().is_multiple_of(n) && (2..=3).contains(&each) {
        let runs: Vec<(usize, usize)> = (0..n).map(|k| (k * each, k * each + each)).collect();
        let cells = cut(&runs);
        if cells.iter().all(|(c, _)| inline::plausible_name(c)) {
            return cells;
        }
    }
    Vec::new()
}

/// `Anna Berg      Bo Ek      Cia Dahl` (the line `s` starts on) over
/// `Ordförande    Justerare  Justerare` on the next line, both laid out
/// in columns: the names signed column by column. The role row's span when
/// the line is such a row (signed), so that the caller passes over it.
pub(super) fn names_over_role_row(src: &str, s: Span, doc: &mut Document) -> Option<Span> {
    let cells = cells_of(src, s);
    let plain = |c: &str| {
        c.trim_matches(|c: char| matches!(c, '_' | '.' | '…'))
            .trim()
            .to_string()
    };
    if cells.len() < 2 || !cells.iter().all(|(c, _)| inline::plausible_name(&plain(c))) {
        return None;
    }
    let line_end = src[s.start..].find('\n').map_or(src.len(), |k| s.start + k);
    let (_, next) = next_line(src, Span::new(s.start, line_end))?;
    let roles = role_row(cells_of(src, next).iter().map(|c| c.0.as_str()));
    if roles.len() != cells.len() {
        return None;
    }
    sign_by_column(cells, roles, doc);
    Some(next)
}

/// A field's values with its rows of names over their roles signed
/// ([`names_over_role_row`]) and left out, both the names and the roles.
pub(super) fn sign_rows_over_roles(
    src: &str,
    mut values: Vec<(String, Span)>,
    doc: &mut Document,
) -> Vec<(String, Span)> {
    let mut rows: Vec<Span> = Vec::new();
    for (_, s) in &values {
        if !rows.iter().any(|r| r.start <= s.start && s.start <= r.end) {
            rows.extend(names_over_role_row(src, *s, doc).map(|r| r.cover(*s)));
        }
    }
    values.retain(|(_, s)| !rows.iter().any(|r| r.start <= s.start && s.start <= r.end));
    values
}

/// `Astrid Edin Thor Lindgren Ulf Lundberg` (the value `t` at `s`) over
/// `sekreterare ordförande justerare` on the next line: a signature row
/// whose gaps were lost, signed name by name when the names can be told
/// apart. True when the line is such a row (read or not), so that it is
/// not taken as one long name.
pub(super) fn names_over_loose_roles(src: &str, t: &str, s: Span, doc: &mut Document) -> bool {
    let roles = next_line(src, s).map_or(Vec::new(), |(l, _)| loose_role_row(l));
    if roles.is_empty() {
        return false;
    }
    let known = listed_names(doc, false);
    let cells = split_name_row(t, s, roles.len(), &known);
    if cells.len() == roles.len() {
        sign_by_column(cells, roles, doc);
    }
    true
}

/// The values of a `Justeras` / `Underskrifter` field, signed: rows of
/// names over their roles, a block written name first, a role row over a
/// row of names, a role line before each name or after it.
pub(super) fn sign_field(src: &str, values: Vec<(String, Span)>, doc: &mut Document) {
    let values = sign_rows_over_roles(src, values, doc);
    let paired = names_first(&values);
    if !paired.is_empty() {
        for (role, name, s) in paired {
            let p = parse_person(&name, s.start);
            let name = p.as_ref().map_or(name, |p| p.name.clone());
            sign(doc, role, name, s, p);
        }
        return;
    }
    let mut role: Option<String> = None;
    // `Sekreterare   Ordförande   Justerande` on one line, the names
    // under them on the next: paired column by column.
    let mut row_roles: Vec<String> = Vec::new();
    for (mut t, mut s) in values {
        let cells = cells_of(src, s);
        let roles = role_row(cells.iter().map(|c| c.0.as_str()));
        if !roles.is_empty() {
            row_roles = roles;
            continue;
        }
        // `Anna Ek, ordförande      Bo Lind, justerare`: side by side, each
        // name with its role after it.
        let pairs: Vec<(String, Person)> = cells
            .iter()
            .filter_map(|(c, sp)| {
                let p = parse_person(c.trim(), sp.start)?;
                let r = signature_role(p.role.as_deref()?, true)?;
                Some((r, p))
            })
            .collect();
        if cells.len() >= 2 && pairs.len() == cells.len() {
            for ((r, p), (_, sp)) in pairs.into_iter().zip(&cells) {
                sign(doc, Some(r), p.name.clone(), *sp, Some(p));
            }
            role = None;
            continue;
        }
        if !row_roles.is_empty() && cells.len() == row_roles.len() {
            sign_by_column(cells, std::mem::take(&mut row_roles), doc);
            continue;
        }
        row_roles.clear();
        if let Some(r) = signature_role(&t, false) {
            role = Some(r);
            // `Sekreterare     Hans Ek`: the name beside its role, read
            // below as a line of its own.
            match beside_role(src, &t, s) {
                Some((rest, at)) => (t, s) = (rest, at),
                None => continue,
            }
        }
        let name = t
            .trim_matches(|c: char| matches!(c, '_' | '.' | '…') || c.is_whitespace())
            .to_string();
        let p = parse_person(&name, s.start);
        // `Ewa Edholm, ordförande`: the role after the name.
        if let Some(r) = p
            .as_ref()
            .and_then(|p| p.role.as_deref())
            .and_then(|r| signature_role(r, true))
        {
            role = Some(r);
        }
        let name = p.as_ref().map(|p| p.name.clone()).unwrap_or(name);
        // `Anneli Strid (S)    Gustav Ekholm (M)` under `Justerare`: two
        // justerare on one line, each with a party.
        let both = match role.as_deref() {
            Some("justerare") => inline::only_actors(&t, s.start),
            _ => Vec::new(),
        };
        if both.len() == 2 {
            role = None;
            for a in both {
                sign(doc, Some("justerare".into()), a.name.clone(), a.span, None);
            }
            continue;
        }
        // `Alf Werlinder Håkan Jonsson` under `Justerande`: two justerare
        // on one line, the gap between them lost.
        if role.as_deref() == Some("justerare") && p.as_ref().is_none_or(|p| p.party.is_none()) {
            let at = t.find(name.as_str()).map_or(s.start, |k| s.start + k);
            let two = two_justerare(&name, Span::new(at, at + name.len()), doc);
            if two.len() == 2 {
                role = None;
                for (n, sp) in two {
                    sign(doc, Some("justerare".into()), n, sp, None);
                }
                continue;
            }
        }
        if inline::plausible_name(&name) {
            sign(doc, role.take(), name, s, p);
        }
    }
}

/// What stands after the role word on a role's line (`Sekreterare
/// Hans Ek`, `Justerande   Karl Berg   Ola Persson`), with its span; none
/// when only a line to sign on or nothing follows.
fn beside_role(src: &str, t: &str, s: Span) -> Option<(String, Span)> {
    let rest = t.trim_start().split_once(char::is_whitespace)?.1.trim();
    let signed = rest.trim_matches(|c: char| matches!(c, '_' | '.' | '…') || c.is_whitespace());
    if signed.is_empty() {
        return None;
    }
    let raw = s.of(src);
    let span = match raw.rfind(signed) {
        Some(k) => Span::new(s.start + k, s.start + k + signed.len()),
        None => s,
    };
    // The raw text keeps the gaps between two names side by side.
    let text = if span == s { signed } else { span.of(src) };
    Some((text.to_string(), span))
}

/// The names the protocol lists: the attendance, and with `justerare`
/// the justerare named before.
fn listed_names(doc: &Document, justerare: bool) -> Vec<&str> {
    let a = &doc.attendance;
    let named: &[Person] = if justerare {
        &doc.justering.justerare
    } else {
        &[]
    };
    [named, &a.members, &a.serving_substitutes, &a.others]
        .into_iter()
        .flatten()
        .map(|p| p.name.as_str())
        .collect()
}

/// Two justerare's names run together on one line (four words or more),
/// cut where the names the protocol lists stand (the justerare named
/// before, the attendance), else into two runs of two or three words;
/// empty when the line is one of those names or does not cut in two.
fn two_justerare(name: &str, s: Span, doc: &Document) -> Vec<(String, Span)> {
    if name.split_whitespace().count() < 4 {
        return Vec::new();
    }
    let known = listed_names(doc, true);
    if known.iter().any(|k| fold(k) == fold(name)) {
        return Vec::new();
    }
    split_name_row(name, s, 2, &known)
}

/// `name` signed in `role` at `s`: a justerare and the secretary are
/// also taken as such (`p` is the name read as a person, when it was).
pub(super) fn sign(
    doc: &mut Document,
    role: Option<String>,
    name: String,
    s: Span,
    p: Option<Person>,
) {
    let person = || Person {
        name: name.clone(),
        span: s,
        ..p.clone().unwrap_or_default()
    };
    if role.as_deref() == Some("justerare")
        && !doc.justering.justerare.iter().any(|j| j.name == name)
    {
        doc.justering.justerare.push(person());
    }
    if role.as_deref() == Some("sekreterare") && doc.secretary.is_none() {
        doc.secretary = Some(person());
    }
    doc.signatures.push(Signature {
        role,
        name,
        date: None,
        digital: false,
        span: s,
    });
}

/// A signature role (`Justerande` is a justerare): the whole text, or
/// (`whole` false) what the text starts with.
pub(super) fn signature_role(text: &str, whole: bool) -> Option<String> {
    signature_role_read(text, whole, true)
}

/// [`signature_role`]; with `gate`, a text is turned away unfolded when
/// its first character (after what a fold trims) is ASCII and lowers to
/// none of the roles' first letters (`s`, `o`, `j`).
fn signature_role_read(text: &str, whole: bool, gate: bool) -> Option<String> {
    let first = crate::text::fold_trim(text).bytes().next();
    let may = first.is_some_and(|b| !b.is_ascii() || matches!(b | 0x20, b's' | b'o' | b'j'));
    if gate && !may {
        return None;
    }
    let f = fold(text);
    ["sekreterare", "ordförande", "justerare", "justerande"]
        .into_iter()
        // A word of its own: `Justerarsignaturer` (a page header) is no role.
        .find(|r| {
            f == *r
                || (!whole
                    && f.strip_prefix(r)
                        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric)))
        })
        .map(|r| if r == "justerande" { "justerare" } else { r }.to_string())
}

/// A signature block written name first, each role label under its name
/// (`Anna Ek (KD)` / `Ordförande Bo Berg (S)` / `Justerare` /
/// `Cia Dahl Sekreterare`): the block's first line is a name, not a role.
/// The lines then pair as (role, name) with the role labelling the name
/// BEFORE it; a role at a line's start belongs to the previous name, one
/// at its end to the name on the same line. A name another name follows
/// gets no role; names after the last role are not part of the block.
/// Empty when the block is not written that way.
fn names_first(values: &[(String, Span)]) -> Vec<(Option<String>, String, Span)> {
    let name_like = |t: &str| {
        let t = t.trim_matches(|c: char| matches!(c, '_' | '.' | '…') || c.is_whitespace());
        inline::plausible_name(t) || inline::parse_person(t, 0).is_some()
    };
    let Some((first, _)) = values.first() else {
        return Vec::new();
    };
    if signature_role(first, false).is_some() || !name_like(first) {
        return Vec::new();
    }
    // Some line must carry a role after a name (else it is no signature
    // block written this way at all).
    if !values
        .iter()
        .skip(1)
        .any(|(t, _)| signature_role(t, false).is_some())
    {
        return Vec::new();
    }
    let mut out: Vec<(Option<String>, String, Span)> = Vec::new();
    let mut pending: Option<(String, Span)> = None;
    for (t, s) in values {
        let mut rest: &str = t.trim();
        let mut at = s.start + (t.len() - t.trim_start().len());
        if let Some(r) = signature_role(rest, false) {
            if let Some((n, ns)) = pending.take() {
                out.push((Some(r.clone()), n, ns));
            }
            let cut = rest
                .char_indices()
                .nth(r.chars().count())
                .map_or(rest.len(), |(i, _)| i);
            let skip = rest[cut..].len() - rest[cut..].trim_start().len();
            at += cut + skip;
            rest = rest[cut..].trim_start();
        }
        if rest.is_empty() {
            continue;
        }
        // `Cia Dahl Sekreterare`: the role after the name on its line.
        let (name, role) = match rest.rsplit_once(' ') {
            Some((n, last)) if signature_role(last, true).is_some() => {
                (n.trim_end(), signature_role(last, true))
            }
            _ => (rest, None),
        };
        if !name_like(name) {
            continue;
        }
        if let Some((n, ns)) = pending.take() {
            out.push((None, n, ns));
        }
        let span = Span::new(at, at + name.len());
        match role {
            Some(r) => out.push((Some(r), name.to_string(), span)),
            None => pending = Some((name.to_string(), span)),
        }
    }
    // The block ends with the last name's role: names after it (a page
    // header, the contents) are not signatures.
    let last = out
        .iter()
        .rposition(|(r, _, _)| r.is_some())
        .map_or(0, |i| i + 1);
    out.truncate(last);
    drop(pending);
    out
}

/// The cells of a source line laid out in columns: runs of text between
/// gaps of two or more spaces or a tab, with their spans.
pub(super) fn cells_of(src: &str, s: Span) -> Vec<(String, Span)> {
    // The whole physical line the value starts on.
    let a = src[..s.start].rfind('\n').map_or(0, |k| k + 1);
    let b = src[s.start..].find('\n').map_or(src.len(), |k| s.start + k);
    let s = Span::new(a, b);
    let t = s.of(src);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut gap = 0usize;
    let mut last_end = 0usize;
    for (i, c) in t.char_indices() {
        if c == ' ' || c == '\t' {
            gap += if c == '\t' { 2 } else { 1 };
            if gap >= 2 {
                if let Some(a) = start.take() {
                    out.push((
                        t[a..last_end].to_string(),
                        Span::new(s.start + a, s.start + last_end),
                    ));
                }
            }
            continue;
        }
        gap = 0;
        if start.is_none() {
            start = Some(i);
        }
        last_end = i + c.len_utf8();
    }
    if let Some(a) = start {
        out.push((
            t[a..last_end].to_string(),
            Span::new(s.start + a, s.start + last_end),
        ));
    }
    out
}

/// `Sekreterare _____ Anna Eken` → `Anna Eken`.
pub(super) fn signature_name(src: &str, t: &str, s: Span) -> (String, Span) {
    let dots = |c: char| matches!(c, '_' | '.' | '…') || c.is_whitespace();
    // `Eva Ek 1(25)`: the page's counter after the last name on a page.
    let name = without_page_counter(t.trim_start_matches(dots));
    // The span from the source, not from the cleaned text's length: white
    // space collapsed in `t` would move it (into a character).
    let raw = s.of(src).trim_start_matches(dots);
    let start = s.end - raw.len();
    let raw_name = without_page_counter(raw.trim_end());
    (name.to_string(), Span::new(start, start + raw_name.len()))
}

/// `Eva Ek 1(25)`, `Eva Ek 1 (25)` -> `Eva Ek`.
fn without_page_counter(t: &str) -> &str {
    let Some(open) = t.strip_suffix(')').and_then(|x| x.rfind('(')) else {
        return t;
    };
    let total = &t[open + 1..t.len() - 1];
    let before = t[..open].trim_end();
    let page = before.rsplit(' ').next().unwrap_or("");
    let digits = |x: &str| !x.is_empty() && x.len() <= 3 && x.bytes().all(|b| b.is_ascii_digit());
    if digits(total) && digits(page) && before.len() > page.len() {
        before[..before.len() - page.len()].trim_end()
    } else {
        t
    }
}

/// More justerare than a justering ever has (one or two members beside the
/// chair, 5 kap. 69 § kommunallagen; the cap leaves room for three) come
/// from a label whose value ran on into the values of the labels beside
/// it, as when a label/value table is flattened row by row (`Närvarande
/// ej tjänstgörande ersättare Utses att justera` then both lists). Where
/// the signatures name the justerare, those are the justerare.
pub(super) fn trim_justerare(doc: &mut Document) {
    const MOST: usize = 4;
    if doc.justering.justerare.len() <= MOST {
        return;
    }
    let signed: Vec<String> = doc
        .signatures
        .iter()
        .filter(|s| s.role.as_deref() == Some("justerare"))
        .map(|s| s.name.clone())
        .collect();
    if signed.is_empty() || signed.len() > MOST {
        return;
    }
    doc.justering.justerare.retain(|j| signed.contains(&j.name));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text turned away by its first letter is no role, as read whole:
    /// the roles in several cases, alone and with a name, after markup
    /// and white space, a Cyrillic `с` and `о`, edge bytes.
    #[test]
    fn a_role_turned_away_by_its_first_letter_is_none_as_read() {
        const WORDS: [&str; 22] = [
            "Sekreterare",
            "ORDFÖRANDE",
            "justerare",
            "Justerande",
            "Justerarsignaturer",
            "Anna Ek",
            "(S)",
            "-",
            "**",
            ":",
            "\t",
            "\u{a0}",
            "\r",
            "\u{441}ekreterare",
            "\u{43e}rdförande",
            "§",
            "åäö ÅÄÖ É",
            "",
            "Ordf",
            "abcdefghijklmno",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
        ];
        let mut rng = crate::testing::Rng::new(0x5be0_cd19_137e_2179);
        for _ in 0..50_000 {
            let t = rng.phrase(&WORDS, 4);
            for whole in [true, false] {
                let read = |gate| signature_role_read(&t, whole, gate);
                assert_eq!(read(true), read(false), "{t:?}");
            }
        }
    }

    fn lines(src: &str) -> Vec<(String, Span)> {
        let mut at = 0;
        src.split('\n')
            .map(|l| {
                let v = (l.to_string(), Span::new(at, at + l.len()));
                at += l.len() + 1;
                v
            })
            .filter(|(l, _)| !l.trim().is_empty())
            .collect()
    }

    #[test]
    fn a_role_under_its_name_labels_the_name_before_it() {
        let src = "Anna Ek (KD)\nOrdförande Bo Berg (S)\nJusterare\nCia Dahl Sekreterare";
        let got: Vec<(Option<String>, String)> = names_first(&lines(src))
            .into_iter()
            .map(|(r, n, s)| {
                assert_eq!(s.of(src), n);
                (r, n)
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (Some("ordförande".into()), "Anna Ek (KD)".into()),
                (Some("justerare".into()), "Bo Berg (S)".into()),
                (Some("sekreterare".into()), "Cia Dahl".into()),
            ]
        );
    }

    /// Two signatures side by side, each name with its role after it.
    #[test]
    fn names_with_their_roles_side_by_side() {
        let src = "Eva Holm, sekreterare\nAnna Ek, ordförande        Bo Lind, justerare\n";
        let mut doc = crate::parse::front::empty_document(src.len());
        sign_field(src, lines(src), &mut doc);
        let got: Vec<(Option<&str>, &str, &str)> = doc
            .signatures
            .iter()
            .map(|x| (x.role.as_deref(), x.name.as_str(), x.span.of(src)))
            .collect();
        assert_eq!(
            got,
            [
                (Some("sekreterare"), "Eva Holm", "Eva Holm, sekreterare"),
                (Some("ordförande"), "Anna Ek", "Anna Ek, ordförande"),
                (Some("justerare"), "Bo Lind", "Bo Lind, justerare")
            ]
        );
        assert_eq!(doc.justering.justerare.len(), 1);
    }

    #[test]
    fn a_block_that_starts_with_a_role_is_not_names_first() {
        let src = "Sekreterare\nCia Dahl\nOrdförande\nAnna Ek";
        assert!(names_first(&lines(src)).is_empty());
        // Names with no role anywhere: nothing to pair.
        assert!(names_first(&lines("Anna Ek\nBo Berg")).is_empty());
    }

    #[test]
    fn names_over_a_role_row_that_lost_its_gaps() {
        assert_eq!(
            loose_role_row("sekreterare ordförande justerare"),
            ["sekreterare", "ordförande", "justerare"]
        );
        assert!(loose_role_row("Justerare Ulf Lundberg").is_empty());
        assert!(loose_role_row("justerare").is_empty());
        let src = "Astrid Edin Thor Lindgren Ulf Lundberg";
        let s = Span::new(0, src.len());
        let names = |known: &[&str]| -> Vec<String> {
            split_name_row(src, s, 3, known)
                .into_iter()
                .map(|(n, sp)| {
                    assert_eq!(sp.of(src), n);
                    n
                })
                .collect()
        };
        assert_eq!(names(&[]), ["Astrid Edin", "Thor Lindgren", "Ulf Lundberg"]);
        // Known names decide where three-word names end.
        let src = "Anna Maria Ek Bo Berg Cia Dahl";
        let s = Span::new(0, src.len());
        let got: Vec<String> = split_name_row(src, s, 3, &["Anna Maria Ek", "Bo Berg"])
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert!(
            got.is_empty(),
            "Cia Dahl is not known and 7 words do not cut evenly"
        );
        let got: Vec<String> = split_name_row(src, s, 3, &["Anna Maria Ek", "Bo Berg", "Cia Dahl"])
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(got, ["Anna Maria Ek", "Bo Berg", "Cia Dahl"]);
    }

    #[test]
    fn a_role_word_is_a_word_of_its_own() {
        assert_eq!(
            signature_role("Justerarsignaturer Utdragsbestyrkande", false),
            None
        );
        assert_eq!(
            signature_role("Justerare Bo Berg", false).as_deref(),
            Some("justerare")
        );
        assert_eq!(
            signature_role("Ordförande:", false).as_deref(),
            Some("ordförande")
        );
    }

    #[test]
    fn a_justerare_value_run_on_from_the_labels_beside_it_is_cut_to_the_signed() {
        let front = "1 BYGGNÄMNDEN SAMMANTRÄDESPROTOKOLL Organ Byggnämnden Tid Klockan 17:00 \
            Plats Beslutande Närvarande ej tjänstgörande ersättare Utses att justera Rådhuset. \
            Se bilaga Anna Ek, Bo Lind, Cia Berg, Dan Holm och Eva Lund Fia Nord och Gus Ström \
            Justeringens tid 18 maj 2015 Paragrafer 1-9 Underskrifter Ida Sten Sekreterare \
            Jan Ros Ordförande Fia Nord Justerare Gus Ström Justerare Utdragsbestyrkande:\n";
        let names = |d: &crate::model::Document| {
            d.justering
                .justerare
                .iter()
                .map(|j| j.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&crate::parse(front)), ["Fia Nord", "Gus Ström"]);
        // Near miss: with no signatures to say who the justerare are, the
        // list stays as read.
        let unsigned = "PROTOKOLL Byggnämnden\n\nUtses att justera Anna Ek, Bo Lind, Cia Berg, \
            Dan Holm och Eva Lund\n";
        assert_eq!(names(&crate::parse(unsigned)).len(), 5);
    }
}
