//! Attendance set in two columns and flattened line by line by the PDF
//! conversion:
//!
//! ```text
//! Beslutande    Ledamöter                     Tjänstgörande ersättare
//! Lisa Andersson (M), Ordförande Ann-Louise Lundqvist (S) ersätter
//! Fredrik Hansson (C), 1:e vice ordförande Magdalena Sundqvist (S)
//! Emanuel Forsell (M)           Berit Bergström (M) ersätter Maria
//! Hravn Forsne (M)              Gathendahl (M)
//! ```
//!
//! Each line is split into a left and a right piece (at a second
//! `Name (Party)`, at a wide gap, or where a new name follows a role); each
//! column is then read as one stream of people, so a name or a role broken
//! over two lines comes together again.
//!
//! The conversion drops the indentation, so a line that only continues the
//! right column (`§§ 40-41` under `Lina Sjö (S),`) starts at the left
//! margin. Such a line goes to the column whose last entry is still open
//! (ends in `,`, `ersätter`, `§`); when neither or both are, the guess is
//! kept and both entries it could belong to are marked
//! [`Inference::FlattenedColumns`], so that no rule builds an error on them.

use super::people::marked_absent;
use crate::inline::{find_actors, fold, parse_person, plausible_name};
#[cfg(test)]
use crate::model::Replaces;
use crate::model::{Inference, Person, Span};
use crate::scan::{Item, ItemKind};

/// What a two-column block lists in its left and right columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Columns {
    /// `Ledamöter | Tjänstgörande ersättare`
    Deciding,
    /// `Ersättare | Tjänstemän` (people with a party are substitutes).
    Present,
    /// `Ledamöter | Ersättare`: the members, and the substitutes present,
    /// of whom those named in someone's place (`tjänstgör för`, `ersätter`)
    /// serve.
    Members,
}

/// A column header line, if `text` is one.
pub fn header(text: &str) -> Option<Columns> {
    // Every header names `ersättare` or `personalföreträdare`: a text
    // without an `ä` (only `Ä` folds to one) is none, turned away unfolded.
    let b = text.as_bytes();
    if !memchr::memchr_iter(0xC3, b).any(|i| matches!(b.get(i + 1), Some(0xA4 | 0x84))) {
        return None;
    }
    header_folded(&fold(text))
}

/// [`header`] of folded text.
fn header_folded(f: &str) -> Option<Columns> {
    // `Ledamöter   Ersättare`: only when the substitutes' word ends it.
    if f.trim_end().ends_with("ersättare") {
        if let Some(k) = members_and_substitutes(f) {
            return Some(k);
        }
    }
    // `tjänstgörande ersättare` holds `ersättare`: searched for once.
    let substitutes = f.contains("ersättare");
    if substitutes && f.contains("ledamöter") && f.contains("tjänstgörande ersättare") {
        return Some(Columns::Deciding);
    }
    if (substitutes
        && (f.contains("tjänstemän") || f.contains("tjänstepersoner") || f.contains("övriga")))
        || (f.contains("personalföreträdare") && f.contains("övriga"))
    {
        return Some(Columns::Present);
    }
    None
}

/// `Ledamöter   Ersättare`, `Ordinarie ledamöter   Ej tjänstgörande
/// ersättare`: nothing but the members' label and then the substitutes',
/// whose substitutes are not all serving (the header does not say
/// `tjänstgörande ersättare` without a negation before it). `f` is folded.
fn members_and_substitutes(f: &str) -> Option<Columns> {
    const WORDS: [&str; 9] = [
        "beslutande",
        "ordinarie",
        "närvarande",
        "ledamöter",
        "ersättare",
        "tjänstgörande",
        "ej",
        "icke",
        "inte",
    ];
    let words: Vec<&str> = f.split_whitespace().collect();
    let members = words.iter().position(|w| *w == "ledamöter")?;
    let substitutes = words.iter().position(|w| *w == "ersättare")?;
    let negated = |k: usize| k > 0 && matches!(words[k - 1], "ej" | "icke" | "inte");
    let serving = words
        .iter()
        .enumerate()
        .any(|(k, w)| *w == "tjänstgörande" && !negated(k));
    (members < substitutes
        && substitutes == words.len() - 1
        && !serving
        && words.iter().filter(|w| **w == "ledamöter").count() == 1
        && words.iter().all(|w| WORDS.contains(w)))
    .then_some(Columns::Members)
}

/// The right column's label on the line under the left's (`Beslutande
/// Ledamöter` / `Tjänstgörande ersättare`, `Övriga närvarande Ersättare` /
/// `Tjänstepersoner`): the two make a header, and the block starts after
/// the item returned. `from` is the index after the first line's item.
pub fn label_below(items: &[Item], from: usize, text: &str) -> Option<(Columns, usize)> {
    // The first line holds the row's label and the left column's
    // (`Beslutande Ledamöter`, `Övriga närvarande Ersättare`), not a label
    // alone (`Ersättare` over `Övriga närvarande` is a column of labels,
    // their values apart).
    if text.len() > 40 || text.contains('(') {
        return None;
    }
    let f = fold(text);
    let two_labels =
        f.split_whitespace().count() >= 2 && (f.ends_with("ledamöter") || f.ends_with("ersättare"));
    if !two_labels {
        return None;
    }
    let j = (from..items.len()).find(|&j| !items[j].is_blank())?;
    let next = &items[j];
    let t = next.text.trim();
    // Only a right column's label: those that head no group of their own.
    let label = next.kind == ItemKind::Text
        && next.line_start
        && [
            "tjänstgörande ersättare",
            "tjänstepersoner",
            "tjänstemän",
            "övriga",
        ]
        .contains(&fold(t).as_str());
    if !label {
        return None;
    }
    // The pair makes a header that neither line makes alone (the second
    // line alone is a label, not a header of two columns).
    let one = header(text);
    let two = header(&format!("{text} {t}"))?;
    match one {
        Some(k) if k == two => Some((two, j + 1)),
        Some(_) => None,
        None => Some((two, j + 1)),
    }
    .filter(|_| header(t).is_none())
}

/// A piece of a line: its text and span.
#[derive(Clone, Debug)]
struct Piece {
    text: String,
    span: Span,
    /// Its column was guessed (see the module doc).
    inferred: bool,
}

#[derive(Default)]
pub struct Found {
    pub members: Vec<Person>,
    pub serving: Vec<Person>,
    pub substitutes: Vec<Person>,
    pub others: Vec<Person>,
}

const REPLACING: [&str; 4] = [
    "tjänstgör för",
    "ersätter",
    "tjänstgörande för",
    "i stället för",
];

/// Split one raw line (`line` starts at `base`) into left and right pieces.
fn split(line: &str, base: usize) -> (Option<Piece>, Option<Piece>) {
    let piece = |a: usize, b: usize| -> Option<Piece> {
        let t = &line[a..b];
        let mut lead = t.len() - t.trim_start().len();
        let mut tt = t.trim();
        // `3. Tor Sand (C)`: the roll call's number starts a person, it
        // does not continue the one before.
        if let Some(k) = super::roll_entry::roll_number(tt) {
            lead += k;
            tt = &tt[k..];
        }
        (!tt.is_empty()).then(|| Piece {
            text: tt.split_whitespace().collect::<Vec<_>>().join(" "),
            span: Span::new(base + a + lead, base + a + lead + tt.len()),
            inferred: false,
        })
    };
    let actors = find_actors(line, 0);
    let mut cut = None;
    if actors.len() >= 2 {
        let mut at = actors[1].span.start;
        let before = line[..at].trim_end();
        let lower = before.to_lowercase();
        if let Some(w) = REPLACING.iter().find(|w| lower.ends_with(*w)) {
            at = before.len() - w.len();
        }
        cut = Some(at);
    } else if let Some(g) = line
        .trim_start()
        .find("   ")
        .map(|k| k + (line.len() - line.trim_start().len()))
    {
        if !line[..g].trim().is_empty() {
            cut = Some(g);
        }
    } else if let Some(a) = actors.first() {
        // `Maria Vilhelmsson (M) §§ 46-50 Katarina Öryd, förvaltningschef`:
        // after the person and their role or scope, a new name starts.
        let after = a.span.end;
        let mut pos = after;
        for w in line[after..].split_inclusive(' ') {
            let t = w.trim().trim_end_matches(',');
            // `(ej §§ 16-18)`, `(§ 12)`: a scope in parentheses.
            let in_parentheses = t.strip_prefix('(').is_some_and(|r| {
                r.starts_with(|c: char| c.is_lowercase() || c == '§' || c.is_ascii_digit())
            });
            let is_scope = t.is_empty()
                || in_parentheses
                || t.starts_with('§')
                || t.starts_with(|c: char| c.is_ascii_digit())
                || t.starts_with(|c: char| c.is_lowercase())
                || matches!(fold(t).as_str(), "ordförande" | "vice" | "ordf");
            if !is_scope {
                let rest = &line[pos..];
                let words: Vec<&str> = rest.split_whitespace().take(2).collect();
                if words.len() == 2 && plausible_name(words.join(" ").trim_end_matches(',')) {
                    cut = Some(pos);
                }
                break;
            }
            pos += w.len();
        }
    }
    match cut {
        Some(c) => (piece(0, c), piece(c, line.len())),
        None => (piece(0, line.len()), None),
    }
}

/// A piece that continues the previous person (a wrapped role, scope or name).
fn continues(t: &str) -> bool {
    t.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || c == '§' || c == '(')
        || REPLACING.iter().any(|w| t.to_lowercase().starts_with(w))
        || (find_actors(t, 0).is_empty() && t.split_whitespace().count() == 1 && !t.contains(','))
        || (t.starts_with(|c: char| c.is_uppercase())
            && t.split_whitespace().count() <= 2
            && t.ends_with(')')
            && find_actors(t, 0).is_empty())
}

/// A left piece `Name (P) title` whose lower-case tail ends a title the
/// right column's last entry (`right`) left unfinished (`Anders
/// Johansson, biträdande`): the piece cut after the party.
fn title_after_party(src: &str, p: &Piece, right: &str) -> Option<(Piece, Piece)> {
    let close = p.text.find(')')? + 1;
    let tail = p.text[close..].trim();
    let last_right = right.split_whitespace().last()?;
    let unfinished = right.contains(',')
        && last_right.starts_with(char::is_lowercase)
        && !crate::inline::looks_like_title(last_right);
    let title = !tail.is_empty()
        && tail
            .split_whitespace()
            .all(|w| w.starts_with(char::is_lowercase))
        && tail
            .split_whitespace()
            .last()
            .is_some_and(crate::inline::looks_like_title);
    if !(unfinished && title) {
        return None;
    }
    // The spans in the source, whose gaps the piece's text collapsed.
    let raw = p.span.of(src);
    let party_end = raw.find(')')? + 1;
    let tail_at = party_end + (raw[party_end..].len() - raw[party_end..].trim_start().len());
    Some((
        Piece {
            text: p.text[..close].to_string(),
            span: Span::new(p.span.start, p.span.start + party_end),
            inferred: p.inferred,
        },
        Piece {
            text: tail.to_string(),
            span: Span::new(p.span.start + tail_at, p.span.end),
            inferred: p.inferred,
        },
    ))
}

/// One column's pieces joined into entries: a piece that starts a person
/// opens an entry, a continuation extends the last one.
fn entries(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for p in pieces {
        match out.last_mut() {
            Some(last) if continues(&p.text) || ends_open(&last.text) => {
                last.text = format!("{} {}", last.text, p.text);
                last.span = last.span.cover(p.span);
                last.inferred |= p.inferred;
            }
            _ => out.push(p),
        }
    }
    out
}

/// An entry that cannot end here: `... ersätter`, `..., senior`, `§§`.
fn ends_open(t: &str) -> bool {
    let l = t.to_lowercase();
    REPLACING.iter().any(|w| l.ends_with(w))
        || l.ends_with(',')
        || l.ends_with('§')
        || l.ends_with("§§")
        || l.ends_with(" vice")
        || l.ends_with('-')
}

/// Right column of the deciding block: `X (P) ersätter Y (P) [§§ ...]`
/// repeated; split into one entry per substitute.
fn serving_entries(pieces: Vec<Piece>) -> Vec<Piece> {
    let joined = entries(pieces);
    let mut out = Vec::new();
    for e in joined {
        // One entry may hold several substitutes when lines did not wrap.
        let actors = find_actors(&e.text, 0);
        let mut starts: Vec<usize> = Vec::new();
        for (k, a) in actors.iter().enumerate() {
            let between = if k == 0 {
                ""
            } else {
                &e.text[actors[k - 1].span.end..a.span.start]
            };
            let l = between.to_lowercase();
            // `Anna Berg (S) för Olof Ek (M)`: a bare `för` replaces too.
            let replaces = REPLACING.iter().any(|w| l.contains(w)) || l.trim() == "för";
            if k == 0 || !replaces {
                starts.push(a.span.start);
            }
        }
        if starts.is_empty() {
            out.push(e);
            continue;
        }
        starts[0] = 0;
        for (k, &s) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(e.text.len());
            out.push(Piece {
                text: e.text[s..end].trim().to_string(),
                span: e.span,
                inferred: e.inferred,
            });
        }
    }
    out
}

/// Read a two-column block: `lines` are the raw lines under the header.
pub fn read(src: &str, kind: Columns, lines: &[(usize, usize)]) -> Found {
    let mut left: Vec<Piece> = Vec::new();
    let mut right: Vec<Piece> = Vec::new();
    // Whether the line before had a piece in both columns.
    let mut both = false;
    let indent = |line: &str| line.chars().take_while(|&c| c == ' ').count();
    // Where the left column starts, when the text keeps the page's layout
    // (lines with both columns indented alike).
    let left_column = lines
        .iter()
        .map(|&(s, e)| &src[s..e])
        .filter(|line| matches!(split(line, 0), (Some(_), Some(_))))
        .map(indent)
        .min();
    for &(s, e) in lines {
        let (mut l, mut r) = split(&src[s..e], s);
        // `Niclas Nilsson (M) kommundirektör` under `... Anders Johansson,
        // biträdande` on the right: a title after the left entry's party,
        // the gap lost, ends the right column's title left unfinished.
        if let (Some(lp), None, Some(last)) = (l.as_ref(), r.as_ref(), right.last()) {
            if let Some((left, tail)) = title_after_party(src, lp, &last.text) {
                l = Some(left);
                r = Some(tail);
            }
        }
        // A lone piece set well right of the left column, as laid-out text
        // keeps it: the right column's wrapped name (`Ali Hassan (S)
        // ersätter Stig` / `Borg (S)` under it).
        let far_right = left_column.is_some_and(|c| indent(&src[s..e]) >= c + 12);
        match (l, r) {
            (Some(mut l), None) if both && continues(&l.text) => {
                let (lt, rt) = (
                    left.last().map_or("", |p| p.text.as_str()),
                    right.last().map_or("", |p| p.text.as_str()),
                );
                let (to_right, sure) = match (ends_open(lt), ends_open(rt)) {
                    _ if far_right => (true, true),
                    (false, true) => (true, true),
                    (true, false) => (false, true),
                    // A complete `Name (Party)` on the left and a role still
                    // running on the right (`Märta Lycken, biträdande`).
                    _ => (lt.ends_with(')') && !rt.ends_with(')'), false),
                };
                if !sure {
                    l.inferred = true;
                    let other = if to_right {
                        left.last_mut()
                    } else {
                        right.last_mut()
                    };
                    if let Some(o) = other {
                        o.inferred = true;
                    }
                }
                if to_right {
                    right.push(l);
                } else {
                    left.push(l);
                }
                both = false;
            }
            // A lone entry set well right of the left column: the right
            // column's, its left cell empty.
            (Some(l), None) if far_right => {
                both = false;
                right.push(l);
            }
            (l, r) => {
                both = l.is_some() && r.is_some();
                left.extend(l);
                right.extend(r);
            }
        }
    }
    let mut found = Found::default();
    let person = |p: &Piece| -> Option<Person> {
        let mut person = parse_person(&p.text, 0)?;
        person.span = p.span;
        if p.inferred {
            person.inferred = Some(Inference::FlattenedColumns);
        }
        if let Some(sc) = person.scope.as_mut() {
            sc.span = p.span;
        }
        Some(person)
    };
    match kind {
        // Those deciding beside the serving substitutes, or beside all
        // the substitutes (of whom those named in someone's place serve).
        Columns::Deciding | Columns::Members => {
            for p in entries(left) {
                if let Some(x) = person(&p).filter(|_| !marked_absent(&p.text)) {
                    if x.replaces.is_some() {
                        found.serving.push(x);
                    } else {
                        found.members.push(x);
                    }
                }
            }
            for p in serving_entries(right) {
                let Some(x) = person(&p) else { continue };
                if x.replaces.is_some() || (kind == Columns::Deciding && x.party.is_some()) {
                    found.serving.push(x);
                } else if x.party.is_some() {
                    found.substitutes.push(x);
                }
            }
        }
        Columns::Present => {
            for p in entries(left).into_iter().chain(entries(right)) {
                if let Some(x) = person(&p) {
                    if x.party.is_some()
                        && x.role.as_deref().is_none_or(|r| !r.contains("kommunal"))
                    {
                        found.substitutes.push(x);
                    } else {
                        found.others.push(x);
                    }
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod header_tests;
#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::lines;

    fn run(kind: Columns, text: &str) -> Found {
        read(text, kind, &lines(text))
    }

    fn names(p: &[Person]) -> Vec<String> {
        p.iter()
            .map(|p| match &p.replaces {
                Some(Replaces::Person { name, .. }) => format!("{} > {}", p.name, name),
                _ => p.name.clone(),
            })
            .collect()
    }

    #[test]
    fn flattened_members_and_substitutes() {
        let f = run(
            Columns::Deciding,
            "Lisa Andersson (M), Ordförande Ann-Louise Lundqvist (S) ersätter\n\
             Fredrik Hansson (C), 1:e vice ordförande Magdalena Sundqvist (S)\n\
             Emanuel Forsell (M)           Berit Bergström (M) ersätter Maria\n\
             Hravn Forsne (M)              Gathendahl (M)\n\
             Johan Tolinsson (S)\n",
        );
        assert_eq!(
            names(&f.members),
            vec![
                "Lisa Andersson",
                "Fredrik Hansson",
                "Emanuel Forsell",
                "Hravn Forsne",
                "Johan Tolinsson"
            ]
        );
        assert_eq!(f.members[0].role.as_deref(), Some("ordförande"));
        assert_eq!(f.members[1].role.as_deref(), Some("förste vice ordförande"));
        assert_eq!(
            names(&f.serving),
            vec![
                "Ann-Louise Lundqvist > Magdalena Sundqvist",
                "Berit Bergström > Maria Gathendahl"
            ]
        );
    }

    /// A roll call numbered in order in the left column, longer than the
    /// right; on the right `X (P) för Y (P)` (a bare `för`) is one
    /// substitute and whom they replace.
    #[test]
    fn numbered_members_and_substitutes_for_a_member() {
        let f = run(
            Columns::Deciding,
            "1. Anders Björk (S), ordförande          Maria Ekström (S) för Lars Tall (S)\n\
             2. Ebba Fors (M)                         Kim Hed (SD) ersätter Bo Rydh (SD)\n\
             3. Tor Sand (C)\n\
             12. Erik Moll (L)\n",
        );
        assert_eq!(
            names(&f.members),
            vec!["Anders Björk", "Ebba Fors", "Tor Sand", "Erik Moll"]
        );
        assert_eq!(
            names(&f.serving),
            vec!["Maria Ekström > Lars Tall", "Kim Hed > Bo Rydh"]
        );
    }

    #[test]
    fn a_lone_piece_under_the_right_column_of_laid_out_text_is_the_right_ones() {
        let f = run(
            Columns::Deciding,
            "      Ingrid Falk (S), ordförande Ali Hassan (S) ersätter Stig\n\
             \x20                             Borg (S)\n\
             \x20     Mats Ekholm (M), 1:e vice\n\
             \x20     ordförande\n",
        );
        assert_eq!(names(&f.members), vec!["Ingrid Falk", "Mats Ekholm"]);
        assert_eq!(names(&f.serving), vec!["Ali Hassan > Stig Borg"]);
    }

    #[test]
    fn wrapped_roles_and_scopes() {
        let f = run(
            Columns::Deciding,
            "Tommy Rydfeldt (L), Ordförande Lars Sundbom (M)\n\
             Maj-Britt Rane-Andersson (S), 2:e vice tjänstgör för Marianne Pleijel (M)\n\
             ordförande                    My Clingston (KD) tjänstgör för\n\
             Lars Blom (M)                 Annika Ulfsdotter (KD) §§ 108, 110\n",
        );
        assert_eq!(
            names(&f.members),
            vec!["Tommy Rydfeldt", "Maj-Britt Rane-Andersson", "Lars Blom"]
        );
        assert_eq!(f.members[1].role.as_deref(), Some("andre vice ordförande"));
        assert_eq!(
            names(&f.serving),
            vec![
                "Lars Sundbom > Marianne Pleijel",
                "My Clingston > Annika Ulfsdotter"
            ]
        );
        assert_eq!(f.serving[1].scope.as_ref().unwrap().only, vec![108, 110]);
    }

    #[test]
    fn a_lone_scope_line_goes_to_the_open_right_entry() {
        // The conversion dropped the indent of `§§ 40-41`: it continues
        // `Lina Sjö (S),` on the right, not the member on the left.
        let f = run(
            Columns::Deciding,
            "Petra Alm (M), Ordförande     Gustav Ek (S) tjänstgör för\n\
             Olof Brandt (S)               Lina Sjö (S),\n\
             §§ 40-41\n\
             Hanna Vik (C)\n",
        );
        assert_eq!(
            names(&f.members),
            vec!["Petra Alm", "Olof Brandt", "Hanna Vik"]
        );
        assert!(f
            .members
            .iter()
            .all(|m| m.scope.is_none() && m.inferred.is_none()));
        assert_eq!(names(&f.serving), vec!["Gustav Ek > Lina Sjö"]);
        assert_eq!(f.serving[0].scope.as_ref().unwrap().only, vec![40, 41]);
        assert_eq!(f.serving[0].inferred, None);
    }

    #[test]
    fn a_lone_scope_line_either_column_could_own_is_marked_inferred() {
        let f = run(
            Columns::Deciding,
            "Petra Alm (M), Ordförande     Gustav Ek (S) tjänstgör för\n\
             Olof Brandt (S)               Lina Sjö (S)\n\
             §§ 40-41\n\
             Hanna Vik (C)\n",
        );
        let olof = f.members.iter().find(|m| m.name == "Olof Brandt").unwrap();
        assert_eq!(olof.inferred, Some(Inference::FlattenedColumns));
        assert_eq!(f.serving[0].inferred, Some(Inference::FlattenedColumns));
        let hanna = f.members.iter().find(|m| m.name == "Hanna Vik").unwrap();
        assert_eq!(hanna.inferred, None);
    }

    #[test]
    fn a_role_running_on_in_the_right_column_comes_back_to_it() {
        let f = run(
            Columns::Present,
            "Mats Kron (M)                 Sara Lund, biträdande\n\
             förvaltningschef, § 24\n\
             Eva Ros, nämndsekreterare\n",
        );
        assert_eq!(names(&f.substitutes), vec!["Mats Kron"]);
        assert!(f.substitutes[0].scope.is_none());
        assert_eq!(
            f.others[1].role.as_deref(),
            Some("biträdande förvaltningschef")
        );
    }

    #[test]
    fn present_block_sorts_by_party() {
        let f = run(
            Columns::Present,
            "Maria Vilhelmsson (M) §§ 46-50 Katarina Öryd, förvaltningschef\n\
             Marcus Clarin (M)             Tina Carlson, verksamhetschef\n\
             Thinh Bui-Ljungqvist, senior\n\
             bygglovshandläggare\n",
        );
        assert_eq!(
            names(&f.substitutes),
            vec!["Maria Vilhelmsson", "Marcus Clarin"]
        );
        assert_eq!(
            names(&f.others),
            vec!["Thinh Bui-Ljungqvist", "Katarina Öryd", "Tina Carlson"]
        );
        assert_eq!(
            f.others[0].role.as_deref(),
            Some("senior bygglovshandläggare")
        );
    }

    /// `Niclas Nilsson (M) kommundirektör` under `Anders Johansson,
    /// biträdande` on the right, the gap lost: the title ends the right
    /// column's; near miss: a right entry whose title is whole keeps the
    /// left entry's words (`Bo Ek (M) ordförande`).
    #[test]
    fn a_title_after_the_party_ends_the_right_columns() {
        let f = run(
            Columns::Present,
            "Berit Berg (M)   Patrik Jon, kommunsekreterare\n\
             Lars Ek (S)      Anders Jon, biträdande\n\
             Niclas Nil (M) kommundirektör\n",
        );
        let roles: Vec<(String, Option<String>)> = f
            .others
            .iter()
            .map(|p| (p.name.clone(), p.role.clone()))
            .collect();
        assert_eq!(
            roles,
            [
                (
                    "Patrik Jon".to_string(),
                    Some("kommunsekreterare".to_string())
                ),
                (
                    "Anders Jon".to_string(),
                    Some("biträdande kommundirektör".to_string())
                )
            ]
        );
        assert_eq!(
            names(&f.substitutes),
            ["Berit Berg", "Lars Ek", "Niclas Nil"]
        );
        let f = run(
            Columns::Present,
            "Berit Berg (M)   Patrik Jon, kommunsekreterare\n\
             Niclas Nil (M) kommundirektör\n",
        );
        assert_eq!(f.others.len(), 1);
    }

    #[test]
    fn members_beside_their_substitutes() {
        assert_eq!(header("Ledamöter Ersättare"), Some(Columns::Members));
        assert_eq!(
            header("Ordinarie ledamöter Ej tjänstgörande ersättare"),
            Some(Columns::Members)
        );
        // Near misses: the serving substitutes' column, and one heading.
        assert_eq!(
            header("Ledamöter Tjänstgörande ersättare"),
            Some(Columns::Deciding)
        );
        assert_eq!(header("Ledamöter och ersättare"), None);
        assert_eq!(header("Ersättare Ledamöter"), None);
        let f = run(
            Columns::Members,
            "Bertil Ahl (M), ordförande         Siv Lund (M)\n\
             Greta Wall (S), 1:e vice ordförande Olof Borg (S), tjänstgör för Ali Hassan (S)\n\
             Ali Hassan (S), frånvarande        Klara Dahl (SD)\n\
             Nils Frid (C)                      Ebba Rask (KD)\n\
             Oskar Hedin (SD)\n",
        );
        assert_eq!(
            names(&f.members),
            ["Bertil Ahl", "Greta Wall", "Nils Frid", "Oskar Hedin"]
        );
        assert_eq!(names(&f.serving), ["Olof Borg > Ali Hassan"]);
        assert_eq!(
            names(&f.substitutes),
            ["Siv Lund", "Klara Dahl", "Ebba Rask"]
        );
    }

    #[test]
    fn a_member_marked_absent_in_the_deciding_columns_is_not_present() {
        let f = run(
            Columns::Deciding,
            "Bo Ek (M), ordförande      Ann Lund (S) ersätter Ali Hassan (S)\n\
             Ali Hassan (S), frånvarande\n\
             Eva Berg (C)\n",
        );
        assert_eq!(names(&f.members), ["Bo Ek", "Eva Berg"]);
    }
}
