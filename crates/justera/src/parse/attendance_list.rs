//! A närvaro- och voteringslista (attendance and voting list): a table of
//! the members, each row marked present (`Närvarande`) or naming the
//! substitute who served in the member's place (`Ersättare`, `Tjänstgörande
//! ersättare`), with the ballots of each vote beside them. Protocols that
//! keep it, often appended after the last paragraph, may name no member
//! elsewhere (`Beslutande: se bifogad närvaro- och voteringslista`): then
//! its rows are the attendance.

use super::people::person_entry;
use crate::inline::{fold, plausible_name};
use crate::model::*;
use crate::scan::{Item, ItemKind};

/// Rows read, at most.
const MAX_ROWS: usize = 400;

/// Headings naming a list looked at, at most.
const MAX_HEADINGS: usize = 20;

/// Items after the list's heading in which its table must start.
const NEAR: usize = 6;

mod collapsed;

/// A heading naming an attendance list: `Närvaro- och voteringslista`,
/// `Närvarolista`, `Bilaga 1 Närvaro- och omröstningslista`.
fn heading(t: &str) -> bool {
    // Most lines are long or hold no `lista` (in any case, or in look-alike
    // letters the fold maps onto it): neither folded nor searched.
    if t.len() > 160 {
        return false;
    }
    let may = crate::text::has_ascii_ci(t, b"lista", 0)
        || memchr::memchr3(0xD0, 0xD1, 0xE2, t.as_bytes()).is_some();
    if !may {
        return false;
    }
    let f = fold(t);
    f.len() < 80 && f.contains("närvaro") && f.contains("lista")
}

/// A list's header row laid out with spaces, standing in the front with
/// no heading naming the list (`Ledamöter   Närvarande   Ersättare
/// Närvarande`): its first word names the members' column and a later one
/// their presence. Read off the bytes before anything is folded.
fn header_row(it: &Item) -> bool {
    let t = it.text.as_ref();
    it.kind == ItemKind::Text
        && it.line_start
        && t.len() <= 200
        && t.starts_with(['L', 'N'])
        && (t.starts_with("Ledam") || t.starts_with("LEDAM") || t.starts_with("Namn"))
        && (t.contains("ärv") || t.contains("ÄRV"))
        && fold(t)
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with("närv"))
}

/// A presence cell saying the person serves as a substitute: `Tjg`,
/// `Tjg för Bo Lind`, `Tjänstgörande ersättare för Bo Lind (M)`.
fn serving_status(t: &str) -> bool {
    let f = fold(t);
    let f = f.trim();
    f.starts_with("tjg") || f.starts_with("tjänstg")
}

/// Whom a serving substitute's presence cell names (`Tjg för Bo Lind`,
/// `... ersättare för Bo Lind (M)`), without the party.
fn serves_for(t: &str) -> Option<&str> {
    let (_, who) = t.split_once(" för ")?;
    let who = who.split(" (").next().unwrap_or(who).trim();
    plausible_name(who).then_some(who)
}

/// A cell marking its column: `X`, `✓`, `1`, `Ja`, `Närv`, `Närvarande`.
fn marked(c: &str) -> bool {
    matches!(
        fold(c).trim(),
        "x" | "✓" | "✔" | "1" | "•" | "ja" | "närv" | "n" | "närvarande"
    )
}

/// The columns of the list's header row.
#[derive(Default)]
struct Columns {
    party: Option<usize>,
    /// The member's presence.
    present: Option<usize>,
    /// The substitute who served in the member's place.
    substitute: Option<usize>,
    /// The substitute's own presence, where a column after theirs says it.
    substitute_present: Option<usize>,
    /// One presence column after both names (`Ledamot   Ersättare
    /// Närv`): a substitute named on the row served, in the member's place.
    shared: bool,
    /// No presence column, only the serving substitutes' (`Ledamot   Parti
    /// Tjänstgörande ersättare`): a member is present unless a substitute
    /// is named on their row, who served in their place.
    implied: bool,
    /// The member's office (`Uppdrag`: `Ordförande`).
    role: Option<usize>,
}

fn columns(header: &[Text]) -> Option<Columns> {
    let mut c = Columns::default();
    let first = fold(&header.first()?.text);
    if !(first.is_empty() || first.contains("ledam") || first.contains("namn")) {
        return None;
    }
    for (k, cell) in header.iter().enumerate().skip(1) {
        let f = fold(&cell.text);
        let f = f.trim();
        if f == "parti" {
            c.party = Some(k);
        } else if matches!(f, "uppdrag" | "roll" | "funktion") {
            c.role = Some(k);
        } else if f.starts_with("närv") {
            if c.substitute.is_some() {
                c.substitute_present.get_or_insert(k);
            } else {
                c.present.get_or_insert(k);
            }
        } else if f.contains("ersättare") && c.substitute.is_none() {
            c.substitute = Some(k);
        }
    }
    if c.present.is_none() {
        c.present = c.substitute_present.take();
        c.shared = c.present.is_some();
    }
    c.implied = c.present.is_none()
        && c.substitute.is_some_and(|k| {
            let f = fold(&header[k].text);
            f.contains("tjänstgörande") && !f.contains("ej ") && !f.contains("icke ")
        });
    (c.present.is_some() || c.implied).then_some(c)
}

/// A name cell read as a person, the party from its own column when the
/// cell has none (`Anna Lind, ordförande` beside `S`).
fn person(cell: &Text, party: Option<&Text>) -> Option<Person> {
    // `Lind, Anna` beside its party: the name turned before the party goes in.
    let turned = crate::inline::surname_first(cell.text.trim());
    let t = turned.as_deref().unwrap_or(cell.text.trim());
    let party = party.map(|p| p.text.trim()).filter(|p| !p.is_empty());
    let text = match (t.contains('('), party) {
        (false, Some(p)) => match t.split_once(',') {
            Some((name, role)) => format!("{} ({p}), {}", name.trim(), role.trim()),
            None => format!("{t} ({p})"),
        },
        _ => t.to_string(),
    };
    let p = person_entry(&text, cell.span)?;
    plausible_name(&p.name).then_some(p)
}

/// Who the rows under a group's row are.
#[derive(Clone, Copy, PartialEq)]
enum Group {
    Members,
    Serving,
    Substitutes,
    Others,
}

/// A row naming a group in the list's first column: `Tjänstgörande
/// ersättare`, `Ersättare`, `Övriga närvarande`, `Ledamöter`.
fn group_row(t: &str) -> Option<Group> {
    let f = fold(t);
    let f = f.trim().trim_end_matches(':');
    if f.starts_with("tjänstgörande ersättare") || f == "tjänstgörande" {
        Some(Group::Serving)
    } else if f.starts_with("ersättare") {
        Some(Group::Substitutes)
    } else if f.starts_with("övriga") || f.starts_with("tjänstepersoner") {
        Some(Group::Others)
    } else if f == "ledamöter" || f == "ordinarie ledamöter" {
        Some(Group::Members)
    } else {
        None
    }
}

/// Whether the text ends inside the list: nothing follows its last row,
/// and no closing row (`Summa`, `Totalt`, `Antal närvarande`) ends it.
fn cut(src: &str, table: &Table) -> bool {
    let closed = table.rows.iter().skip(1).any(|r| {
        r.first().is_some_and(|c| {
            let f = fold(&c.text);
            ["summa", "totalt", "total", "antal"]
                .iter()
                .any(|w| f.starts_with(w))
        })
    });
    !closed
        && src
            .get(table.span.end..)
            .is_some_and(|t| t.trim().is_empty())
}

/// The list under the heading at `items[k]` set in columns with spaces
/// (a PDF's laid-out text: `Ledamot   Närv   Ja   Nej` over `Per Sand
/// (M)   X   X`), as a table: its header row (whose first cell names the
/// members' column) and the rows under it up to a blank line, each cell
/// placed under the header's column nearest it.
fn laid_out(src: &str, items: &[Item], k: usize) -> Option<Table> {
    // The whole line: the columns are counted from its start.
    let line_of = |it: &Item| {
        let start = src[..it.span.start].rfind('\n').map_or(0, |b| b + 1);
        let end = src[it.span.end..]
            .find('\n')
            .map_or(src.len(), |b| it.span.end + b);
        (start, &src[start..end])
    };
    let row_of = |at: usize, line: &str, starts: &[usize]| -> Vec<Text> {
        let raw = crate::aligned::cells(line);
        let placed = crate::aligned::place(&raw, starts);
        // Each column's span: its first cell's bytes in the line.
        let byte = |col: usize| line.char_indices().nth(col).map_or(line.len(), |(b, _)| b);
        let mut spans: Vec<Option<Span>> = vec![None; starts.len()];
        for (n, (c, text)) in raw.iter().enumerate() {
            let j = crate::aligned::column(n, *c, starts);
            let b = at + byte(*c);
            spans[j].get_or_insert(Span::new(b, (b + text.len()).min(at + line.len())));
        }
        placed
            .into_iter()
            .zip(spans)
            .map(|(t, sp)| Text::new(t, sp.unwrap_or(Span::new(at, at))))
            .collect()
    };
    let after = items.get(k + 1..(k + 1 + NEAR).min(items.len()))?;
    let (h, (at, line)) = after
        .iter()
        .enumerate()
        .filter(|(_, it)| it.kind == ItemKind::Text)
        .map(|(j, it)| (j, line_of(it)))
        .find(|(_, (_, line))| {
            let c = crate::aligned::cells(line);
            // Names and ballots, or names and their presence alone; or
            // a header whose narrow columns' words stand one space apart
            // (`Ledamot   Parti Närvarande Tjänstgörande § 102 Ja Nej`).
            let columns = c.len() >= 3
                || c.len() == 2
                    && fold(&c[1].1)
                        .split_whitespace()
                        .any(|w| w.starts_with("närv"));
            columns && {
                let f = fold(&c[0].1);
                f.contains("ledam") || f.contains("namn")
            }
        })?;
    // The rows' lines: up to a blank line, a heading or the page's end; a
    // converter's blank line between rows goes on to a row that opens
    // with a name.
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut last_line = after[h].line;
    for it in items[k + 1 + h + 1..].iter().take(MAX_ROWS) {
        if it.is_blank() && it.line == last_line + 1 {
            continue;
        }
        let (at, line) = line_of(it);
        let gap = it.line == last_line + 2
            && crate::aligned::cells(line)
                .first()
                .is_some_and(|c| plausible_name(c.1.trim()));
        if it.kind != ItemKind::Text || (it.line != last_line + 1 && !gap) {
            break;
        }
        lines.push((at, line));
        last_line = it.line;
    }
    let mut header = crate::aligned::cells(line);
    let mut rows_from = 0;
    let mut regrouped = false;
    // Two cells, the second of several words: narrow columns whose words
    // stand one space apart.
    if header.len() == 2 && header[1].1.contains(' ') {
        // `Tjänstgörande` over `ersättare`: the header's words wrapped in
        // their columns, on a line of small letters set in from the margin.
        let wrapped = lines.first().map(|l| l.1).filter(|l| {
            l.starts_with(' ')
                && l.split_whitespace()
                    .all(|w| w.starts_with(char::is_lowercase))
        });
        let from = wrapped.is_some() as usize;
        let rows: Vec<&str> = lines[from..].iter().map(|l| l.1).collect();
        if let Some(h) = crate::aligned::header_by_rows(line, wrapped, &rows) {
            (header, rows_from, regrouped) = (h, from, true);
        }
    }
    let starts: Vec<usize> = header.iter().map(|c| c.0).collect();
    // A regrouped header's cells, each spanning its first word's place.
    let byte = |col: usize| line.char_indices().nth(col).map_or(line.len(), |(b, _)| b);
    let head = if regrouped {
        header
            .iter()
            .map(|(c, t)| {
                let from = byte(*c);
                let w = t.split(' ').next().unwrap_or("");
                let end = if line[from..].starts_with(w) {
                    from + w.len()
                } else {
                    from
                };
                Text::new(t.clone(), Span::new(at + from, at + end))
            })
            .collect()
    } else {
        row_of(at, line, &starts)
    };
    let mut rows = vec![head];
    let mut span = Span::new(at, at + line.len());
    for &(at, line) in &lines[rows_from..] {
        rows.push(row_of(at, line, &starts));
        span = span.cover(Span::new(at, at + line.len()));
    }
    Some(Table {
        rows,
        header: true,
        span,
    })
}

/// Fill the attendance from the document's attendance list when the rest
/// of the text names none of those who served but the chair (beside
/// `Ordförande:`): the list's members and serving substitutes not named
/// yet are added. An attendance the front lists stays as written, unless
/// the front read it off the list's own lines (a list in the front laid
/// out in columns, `first_head` the first paragraph's item): then it is
/// read again from the list's columns.
pub(super) fn attendance_list(src: &str, items: &[Item], first_head: usize, doc: &mut Document) {
    // With members or serving substitutes read, only a list in the front
    // can be theirs (its lines read as entries): the rest is not searched.
    let a = &doc.attendance;
    let named = a.members.len() > 1 || !a.serving_substitutes.is_empty();
    let searched = if named {
        &items[..first_head.min(items.len())]
    } else {
        items
    };
    // The first heading naming the list with its table close under it
    // (`se bifogad närvaro- och voteringslista` in the front has none),
    // or the list's header row itself, laid out with spaces.
    // Each with whether a heading names it (else the item is the header
    // row, its table read from the item before).
    let headings = searched.iter().enumerate().filter_map(|(k, it)| {
        if !matches!(
            it.kind,
            ItemKind::Heading(_) | ItemKind::Strong | ItemKind::Text
        ) {
            return None;
        }
        if heading(&it.text) {
            Some((k, it, true))
        } else {
            (k > 0 && header_row(it)).then_some((k, it, false))
        }
    });
    let found = headings.take(MAX_HEADINGS).find_map(|(k, it, titled)| {
        let limit = items.get(k + NEAR).map_or(usize::MAX, |it| it.span.start);
        let table = match doc
            .tables
            .iter()
            .find(|t| t.span.start >= it.span.end && t.span.start <= limit)
            .filter(|_| titled)
        {
            Some(t) => std::borrow::Cow::Borrowed(t),
            None => {
                let at = if titled { k } else { k - 1 };
                std::borrow::Cow::Owned(
                    laid_out(src, items, at)
                        .or_else(|| collapsed::collapsed(src, items, at, NEAR))?,
                )
            }
        };
        // `| | § 12 | |` over `| Ledamot | Närv | Ja | Nej |`: the
        // paragraphs the ballot columns are for, a row above the heads.
        let head = table
            .rows
            .iter()
            .take(2)
            .position(|r| columns(r).is_some())?;
        let cols = columns(&table.rows[head])?;
        Some((table, head, cols))
    });
    let Some((table, head, cols)) = found else {
        return;
    };
    // An attendance named outside the list stays as written; what the
    // front read off the list's own lines (its columns run together) is
    // read again from the list.
    let a = &doc.attendance;
    let outside = |p: &&Person| !table.span.contains(p.span);
    if a.members.iter().filter(outside).count() > 1
        || a.serving_substitutes.iter().any(|p| outside(&p))
    {
        return;
    }
    let cell = |row: &[Text], k: Option<usize>| k.and_then(|k| row.get(k)).cloned();
    let mut members = Vec::new();
    let mut serving = Vec::new();
    let mut substitutes = Vec::new();
    // The rows under a row naming a group (`Ersättare`, `Övriga`) are
    // that group's, not members.
    let mut group = Group::Members;
    for row in table.rows.iter().skip(head + 1).take(MAX_ROWS) {
        let Some(first) = row.first() else { continue };
        if let Some(g) = group_row(&first.text) {
            group = g;
            continue;
        }
        // The office from its own column, read as written after the name.
        let office = cell(row, cols.role).filter(|c| !c.text.trim().is_empty());
        let named = office.map(|o| {
            Text::new(
                format!("{}, {}", first.text.trim(), o.text.trim()),
                first.span,
            )
        });
        let Some(member) = person(
            named.as_ref().unwrap_or(first),
            cell(row, cols.party).as_ref(),
        ) else {
            continue;
        };
        let present = cell(row, cols.present).is_some_and(|c| marked(&c.text));
        let status = cell(row, cols.present);
        let status = status.as_ref().map_or("", |c| c.text.as_str());
        match group {
            // `Erik Moll (M)   Tjänstgörande ersättare för Bo Lind (M)`:
            // a substitute whose presence column says whom he serves for.
            Group::Members if serving_status(status) => {
                let mut s = member;
                s.replaces = serves_for(status).map(|name| Replaces::Person {
                    name: name.to_string(),
                    party: None,
                });
                serving.push(s);
                continue;
            }
            Group::Members => {}
            // A substitute in a row of their own: serving where the mark
            // says so (`Tjg`) or under `Tjänstgörande ersättare`.
            Group::Substitutes | Group::Serving => {
                let mark = cell(row, cols.present)
                    .map(|c| fold(&c.text))
                    .unwrap_or_default();
                if mark.starts_with("tj") || group == Group::Serving && present {
                    serving.push(member);
                } else if present {
                    substitutes.push(member);
                }
                continue;
            }
            Group::Others => continue,
        }
        let sub = cell(row, cols.substitute).filter(|c| !c.text.trim().is_empty());
        // The substitute's own column: `Tjg` (`Tjg för Bo Lind`) serving,
        // a mark present, serving when the row's member was away; with no
        // such column the substitute named served when the member was
        // away.
        let mark = cols.substitute_present.and_then(|k| row.get(k));
        let serves = mark.is_some_and(|c| serving_status(&c.text));
        let (served, attends) = match mark {
            Some(c) if serves || marked(&c.text) => (serves || !present, true),
            Some(_) => (false, false),
            None => (!present || cols.shared, false),
        };
        // The row's mark was the substitute's, serving in the member's place.
        let present = if cols.implied {
            sub.is_none()
        } else {
            present && !(cols.shared && sub.is_some())
        };
        if let Some(sub) = sub {
            if let Some(mut s) = person(&sub, None) {
                s.party = s.party.or_else(|| member.party.clone());
                // `Tjg för Bo Lind`: whom, as the mark names it.
                let named = mark.and_then(|c| serves_for(&c.text));
                s.replaces = served.then(|| Replaces::Person {
                    name: named.map_or_else(|| member.name.clone(), str::to_string),
                    party: if named.is_some() {
                        None
                    } else {
                        member.party.clone()
                    },
                });
                if served {
                    serving.push(s);
                } else if attends {
                    substitutes.push(s);
                }
            }
        }
        if present {
            members.push(member);
        }
    }
    // The text ends inside the list, no closing row (`Summa`, `Totalt`,
    // `Antal`) read: who else is on it cannot be seen.
    if cut(src, &table) {
        for p in members
            .iter_mut()
            .chain(serving.iter_mut())
            .chain(substitutes.iter_mut())
        {
            p.inferred = Some(Inference::ListCut);
        }
    }
    let a = &mut doc.attendance;
    if members.is_empty() {
        return;
    }
    // What the front read off the list's own lines (its columns run
    // together) is read again from the list.
    for list in [
        &mut a.members,
        &mut a.serving_substitutes,
        &mut a.substitutes,
    ] {
        list.retain(|p| !table.span.contains(p.span));
    }
    let key = |p: &Person| {
        fold(&p.name)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let named: Vec<String> = a.all().map(key).collect();
    for m in members {
        if !named.contains(&key(&m)) {
            a.members.push(m);
        }
    }
    for s in substitutes {
        if !named.contains(&key(&s)) {
            a.substitutes.push(s);
        }
    }
    for s in serving {
        if !named.contains(&key(&s)) {
            a.serving_substitutes.push(s);
        }
    }
    a.span = Some(a.span.map_or(table.span, |s| s.cover(table.span)));
}

#[cfg(test)]
mod tests {
    /// Who the attendance names: members, and serving substitutes with
    /// whom they replace.
    fn read(src: &str) -> (Vec<String>, Vec<(String, String)>) {
        let d = crate::parse(src);
        let a = d.attendance;
        let serving = a
            .serving_substitutes
            .into_iter()
            .map(|p| {
                let whom = match p.replaces {
                    Some(crate::model::Replaces::Person { name, .. }) => name,
                    _ => String::new(),
                };
                (p.name, whom)
            })
            .collect();
        (a.members.into_iter().map(|p| p.name).collect(), serving)
    }

    #[test]
    fn headings_of_the_list() {
        for t in [
            "Närvaro- och voteringslista",
            "NÄRVAROLISTA",
            "Bilaga 1 Närvaro- och omröstningslista",
            // Cyrillic а and с, as conversions leave them.
            "N\u{e4}rv\u{430}roli\u{441}t\u{430}",
        ] {
            assert!(super::heading(t), "{t}");
        }
        for t in ["Närvarande", "Voteringslista", "Ledamöter", ""] {
            assert!(!super::heading(t), "{t}");
        }
    }

    const FRONT: &str = "# Protokoll\n\nKommunfullmäktige\n\nSammanträdesdatum 2025-04-22\n\n\
        Beslutande: se bifogad närvaro- och voteringslista\n\nJusterare: Bo Ek\n\n\
        ## § 12 Budget\n\n### Beslut\n\nKommunfullmäktige antar budgeten.\n\n";
    const LIST: &str = "## Närvaro- och voteringslista\n\n\
        | Ledamöter | Parti | Närvarande | Ersättare | § 12 Ja | § 12 Nej |\n\
        | --- | --- | --- | --- | --- | --- |\n\
        | Anna Lind, ordförande | S | X |  | X |  |\n\
        | Ek, Bo | M | X |  |  | X |\n\
        | Cecilia Holm | V |  | Fredrik Ros | X |  |\n\
        | David Ström | S | X |  | X |  |\n\
        | Eva Sand | C |  |  |  |  |\n";

    /// A list laid out with spaces whose only other column is the serving
    /// substitutes' (no presence column), an office column, and a
    /// converter's blank lines between rows: each member listed is
    /// present unless a substitute served in their place. Near miss: a
    /// non-serving substitutes' column says nothing of presence.
    #[test]
    fn a_list_of_members_and_their_serving_substitutes() {
        let list = |sub: &str| {
            format!(
                "Kommunfullmäktige 2025-09-25\n\nNärvarolista\n\
                 Ledamot            Parti   Uppdrag           {sub}\n\
                 Eva Lundin         S       Ordförande\n\
                 Karl Berg          M       1:e vice ordförande\n\n\
                 Sofia Ek           S\n\
                 Jan Holm           SD                        Pia Sjö (SD)\n\n\
                 Ola Persson        V\n\n§ 1 Val\n\nBeslut\nFullmäktige väljer.\n"
            )
        };
        let d = crate::parse(&list("Tjänstgörande ersättare"));
        let a = &d.attendance;
        let names =
            |v: &[crate::model::Person]| v.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&a.members),
            ["Eva Lundin", "Karl Berg", "Sofia Ek", "Ola Persson"]
        );
        assert_eq!(a.members[1].role.as_deref(), Some("förste vice ordförande"));
        assert_eq!(names(&a.serving_substitutes), ["Pia Sjö"]);
        let d = crate::parse(&list("Ej tjänstgörande ersättare"));
        assert!(d.attendance.serving_substitutes.is_empty());
    }

    /// The list's narrow columns with their header words one space apart
    /// (see `aligned::header_by_rows`): the presence and the serving
    /// substitute read from their columns.
    #[test]
    fn a_list_of_narrow_columns() {
        let src = "Kommunfullmäktige 2025-10-20\n\nNärvaro- och omröstningslista\n\n\
            Ledamot        Parti Närvarande Tjänstgörande § 102 Ja Nej Avstår\n\
            \u{20}                             ersättare\n\
            Åsa Lindgren   S     X                        X\n\
            Björn Sjö      M     X                               X\n\n\
            David Ruiz     SD             Eva Falk (SD)          X\n\
            Ida Moberg     L\n\n§ 101 Val\n\nBeslut\nFullmäktige väljer.\n";
        let (members, serving) = read(src);
        assert_eq!(members, ["Åsa Lindgren", "Björn Sjö"]);
        assert_eq!(serving, [("Eva Falk".into(), "David Ruiz".into())]);
    }

    #[test]
    fn the_list_is_the_attendance_when_nothing_else_names_a_member() {
        let (members, serving) = read(&format!("{FRONT}{LIST}"));
        assert_eq!(members, ["Anna Lind", "Bo Ek", "David Ström"]);
        assert_eq!(serving, [("Fredrik Ros".into(), "Cecilia Holm".into())]);
    }

    #[test]
    fn a_named_attendance_stays_and_other_tables_are_no_list() {
        // The chair alone beside `Ordförande:`: the list adds the rest.
        let chair = FRONT.replace("Justerare:", "Ordförande: Anna Lind (S)\n\nJusterare:");
        let (members, _) = read(&format!("{chair}{LIST}"));
        assert_eq!(members, ["Anna Lind", "Bo Ek", "David Ström"]);
        // The front names the members: the list adds nothing.
        let front = FRONT.replace(
            "Beslutande: se bifogad närvaro- och voteringslista",
            "Ledamöter\n\nAnna Lind (S), ordförande\nBo Ek (M)",
        );
        let (members, serving) = read(&format!("{front}{LIST}"));
        assert_eq!(members, ["Anna Lind", "Bo Ek"]);
        assert!(serving.is_empty());
        // A vote list without a presence column is no attendance.
        let votes = LIST.replace("Närvarande", "Avstår");
        assert!(read(&format!("{FRONT}{votes}")).0.is_empty());
        // A table under another heading is none either.
        let other = LIST.replace("Närvaro- och voteringslista", "Bilaga 1");
        assert!(read(&format!("{FRONT}{other}")).0.is_empty());
    }

    /// The paragraphs the ballot columns are for in a row above the
    /// heads (`| | | § 12 | |`): the heads are the row under it.
    #[test]
    fn a_row_of_paragraphs_over_the_heads() {
        let list = "## Närvaro- och voteringslista\n\n\
            |  |  |  | § 12 |  |\n\
            | --- | --- | --- | --- | --- |\n\
            | Ledamöter | Parti | Närvarande | Ja | Nej |\n\
            | Anna Lind, ordförande | S | X | X |  |\n\
            | Bo Ek | M | X |  | X |\n\
            | Cecilia Holm | V |  |  |  |\n\
            | Summa |  | 2 | 1 | 1 |\n";
        let (members, _) = read(&format!("{FRONT}{list}"));
        assert_eq!(members, ["Anna Lind", "Bo Ek"]);
    }

    /// One presence column after both names (`Ledamot   Ersättare
    /// Närv`): the substitute named on a row served in the member's place,
    /// the mark theirs; a row with no substitute, the member's.
    #[test]
    fn one_presence_column_after_the_substitutes() {
        let list = "Närvaro- och voteringslista\n\
            Ledamot            Ersättare         Närv   Ja    Nej\n\
            Anna Lind (S)                        X      X\n\
            Bo Ek (M)                            X            X\n\
            Cecilia Holm (V)   Fredrik Ros (V)   X      X\n\
            Summa                                3      2     1\n";
        let (members, serving) = read(&format!("{FRONT}{list}"));
        assert_eq!(members, ["Anna Lind", "Bo Ek"]);
        assert_eq!(serving, [("Fredrik Ros".into(), "Cecilia Holm".into())]);
    }

    /// The list set in columns with spaces, as a PDF's laid-out text gives
    /// it (its paragraph alone over the columns); near miss: columns with
    /// no presence column are a vote list, no attendance.
    #[test]
    fn a_list_laid_out_in_columns() {
        let list = "Närvaro- och voteringslista\n\
            \x20                           § 12\n\
            Ledamot            Närv      Ja    Nej\n\
            Anna Lind (S)      X         X\n\
            Bo Ek (M)          X               X\n\
            Cecilia Holm (V)\n\
            Summa              2         1     1\n";
        let (members, _) = read(&format!("{FRONT}{list}"));
        assert_eq!(members, ["Anna Lind", "Bo Ek"]);
        let votes = list.replace("Närv ", "Avst ");
        assert!(read(&format!("{FRONT}{votes}")).0.is_empty());
    }

    /// The text ends inside the list: its entries are marked cut, so the
    /// rules report at most an info on who is missing from it. Near
    /// misses: a closing sum row, text after the list.
    #[test]
    fn a_list_the_text_ends_inside_is_cut() {
        let cut = |src: &str| {
            let d = crate::parse(src);
            let a = &d.attendance;
            assert!(!a.members.is_empty(), "{src}");
            a.members
                .iter()
                .chain(&a.serving_substitutes)
                .all(|p| p.inferred == Some(crate::model::Inference::ListCut))
        };
        assert!(cut(&format!("{FRONT}{LIST}")));
        assert!(!cut(&format!("{FRONT}{LIST}| Summa |  | 3 |  | 3 | 1 |\n")));
        assert!(!cut(&format!("{FRONT}{LIST}\nJusterandes signatur\n")));
    }

    /// Substitutes and officials in rows of their own under a row naming
    /// their group: not members.
    #[test]
    fn rows_under_a_group_row_are_that_groups() {
        let list = "## Närvarolista\n\n\
            | Ledamöter | Närvarande |\n| --- | --- |\n\
            | Anna Lind (S) | X |\n| Bo Ek (M) |  |\n\
            | Ersättare |  |\n| Gustav Berg (S) | X |\n| Hanna Ny (M) | Tjg |\n| Ivar Ås (V) |  |\n\
            | Övriga närvarande |  |\n| Karin Sol | X |\n\
            | Summa | 4 |\n";
        let d = crate::parse(&format!("{FRONT}{list}"));
        let names =
            |l: &[crate::model::Person]| l.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        let a = &d.attendance;
        assert_eq!(names(&a.members), ["Anna Lind"]);
        assert_eq!(names(&a.serving_substitutes), ["Hanna Ny"]);
        assert_eq!(names(&a.substitutes), ["Gustav Berg"]);
    }

    /// Each member's substitute listed beside them with a presence column
    /// of their own: only the one marked served.
    #[test]
    fn a_substitute_serves_when_their_own_column_says_so() {
        let list = "## Bilaga 2 Närvarolista\n\n\
            | Ordinarie ledamot | Närv | Ersättare | Närv |\n| --- | --- | --- | --- |\n\
            | Anna Lind (S) | X | Gustav Berg (S) |  |\n\
            | Bo Ek (M) |  | Hanna Ny (M) | X |\n";
        let (members, serving) = read(&format!("{FRONT}{list}"));
        assert_eq!(members, ["Anna Lind"]);
        assert_eq!(serving, [("Hanna Ny".into(), "Bo Ek".into())]);
    }
}
