//! The front matter: the labels before the first paragraph (attendance,
//! justering, signatures, declared range) and the values under or beside
//! them, applied to the document.

mod apart;
mod attendance;
mod cells;
mod notice_line;
mod prose;
mod roll_call;
mod rows;

use super::columns;
use super::meeting::{body_of_line, meeting_facts, meeting_line};
use super::people::split_names;
use super::signatures::{
    cells_of, names_over_loose_roles, role_row, sign, sign_by_column, sign_field,
    sign_rows_over_roles, signature_name, signature_role,
};
use super::spans::{raw_offset, relocate, tail_span};
use crate::inline::{self, find_dates, fold, paragraph_numbers, parse_person};
use crate::labels::{front_label, front_label_prefix, FrontLabel};
use crate::model::*;
use crate::scan::{self, Item, ItemKind};
use apart::Field;
use cells::{justering_place, own_lines, value_goes_on, wrapped_label, wrapped_value};
use rows::{
    attendance_label, column_labels, labels_in_value, people_columns, person_row, split_br,
    PeopleColumns,
};

/// Justering named in sentences (see `prose`), in a paragraph about it.
pub(super) fn justering_in_prose(src: &str, items: &[Item], doc: &mut Document) {
    prose::justering_in_prose(src, items, doc);
}

/// A document with nothing found yet.
pub(super) fn empty_document(len: usize) -> Document {
    Document {
        kind: DocumentKind::Unknown,
        kind_reason: String::new(),
        len,
        title: None,
        meeting: Meeting::default(),
        attendance: Attendance::default(),
        justering: Justering::default(),
        secretary: None,
        signatures: Vec::new(),
        notice: Notice::default(),
        declared_range: None,
        toc: Vec::new(),
        paragraphs: Vec::new(),
        memo: None,
        documents: Vec::new(),
        tables: Vec::new(),
        blocks: Vec::new(),
        source: None,
    }
}

pub(super) fn front(src: &str, lines: &[(usize, usize)], items: &[Item], doc: &mut Document) {
    let mut fields: Vec<Field> = Vec::new();
    let mut current: Option<usize> = None;
    let mut spans: Vec<Span> = Vec::new();
    let mut k = 0;
    // Inside the notice block (`ANSLAG/BEVIS`): read by `notice`, not here.
    let mut in_notice = false;
    // A label's words left on the next line by a wrapped label column
    // (`Justeringens` / `plats och tid`): the item and how many bytes to skip.
    let mut skip_words: Option<(usize, usize)> = None;
    // Under a table row of attendance labels: the field of each column.
    let mut column_fields: Option<Vec<Option<usize>>> = None;
    // Under a header row `| Namn | Parti | Funktion |`: each column's part.
    let mut people: Option<PeopleColumns> = None;
    // `| Sekreterare |  | Ordförande |`: a table row of signature roles,
    // the columns they stand in, for the row of names under it.
    let mut role_columns: Option<(Vec<usize>, Vec<String>)> = None;
    while k < items.len() {
        let it = &items[k];
        k += 1;
        if it.furniture {
            continue;
        }
        // The line's own label, read once however often it is asked.
        let own = std::cell::OnceCell::new();
        let own_label = || *own.get_or_init(|| front_label(&it.text));
        // A wrapped label's second line: what follows the label's words.
        let wrapped_rest = match skip_words {
            Some((idx, n)) if idx == k - 1 => {
                skip_words = None;
                Some(n)
            }
            _ => None,
        };
        if let Some(n) = wrapped_rest {
            let rest = it.text[n.min(it.text.len())..].trim();
            if let (Some(c), false) = (current, rest.is_empty()) {
                let vspan = tail_span(src, it.span, rest);
                fields[c].values.push((rest.to_string(), vspan));
                spans.push(it.span);
            }
            continue;
        }
        if in_notice {
            // An attendance label after the notice (its second page), or the
            // meeting's `Plats och tid` after a notice printed first, ends it.
            let attendance = attendance_label;
            // `Plats och tid` (not `Sammanträdesdatum`, which notices hold).
            let f = fold(&it.text);
            let meeting_place = it.line_start
                && (f.starts_with("plats och tid") || f.starts_with("tid och plats"))
                && !f.contains("justering");
            let label = own_label().or(front_label_prefix(&it.text).map(|x| x.0));
            if !(meeting_place || it.line_start && label.is_some_and(attendance)) {
                continue;
            }
            in_notice = false;
        }
        if it.line_start
            && matches!(
                it.kind,
                ItemKind::Text | ItemKind::Strong | ItemKind::Heading(_)
            )
        {
            if notice_line::notice_line(&it.text) {
                in_notice = true;
                current = None;
                continue;
            }
            // The contents (`Innehåll`, `Innehållsförteckning`) end the
            // field before them: their entries are no one's names.
            if it.text.len() <= 40 && crate::labels::contents_heading(&it.text) {
                current = None;
                continue;
            }
        }
        // A signature block written name first (`Anna Ek (KD)` /
        // `Ordförande Bo Berg (S)` / `Justerare` ...): its role labels stay
        // in the block instead of opening fields of their own.
        if let Some(c) = current {
            let names_first_block = fields[c].label == FrontLabel::Signatures
                && fields[c]
                    .values
                    .first()
                    .is_some_and(|(t, _)| signature_role(t, false).is_none());
            // A role alone on its line under the signatures (`Justerare`
            // over its name) is the block's, not the justering's label.
            let role_alone = fields[c].label == FrontLabel::Signatures
                && !fields[c].values.is_empty()
                && signature_role(&it.text, true).is_some();
            if (names_first_block || role_alone)
                && it.line_start
                && it.kind == ItemKind::Text
                && signature_role(&it.text, false).is_some()
            {
                fields[c].values.push((it.text.to_string(), it.span));
                spans.push(it.span);
                continue;
            }
        }
        // A two-column attendance block, flattened line by line.
        if it.kind == ItemKind::Text && it.line_start {
            // A group's label and its list's own with a value after them
            // (`Övriga deltagande Ej tjänstgörande ersättare S Bo Ek`) is
            // no header of two columns; the other column's label after
            // them, the gap lost (`Övriga närvarande Ersättare
            // Tjänstepersoner`), is.
            let prefix = front_label_prefix(&it.text);
            let nested = prefix.is_some_and(|(l, n)| {
                let rest = it.text[n..].trim_start_matches([':', ' ']);
                attendance_label(l)
                    && !it.span.of(src).contains("   ")
                    && front_label_prefix(rest).is_some_and(|(l2, n2)| {
                        attendance_label(l2) && front_label(rest[n2..].trim()).is_none()
                    })
            });
            // `Beslutande Ledamöter` / `Tjänstgörande ersättare`: the
            // right column's label on the next line (a converter reading
            // the row's cells in turn).
            let below = columns::label_below(items, k, &it.text);
            let kind = columns::header(&it.text).or(below.map(|x| x.0));
            if let Some(kind) = kind.filter(|_| !nested) {
                if let Some((_, next)) = below {
                    k = next;
                }
                let mut block: Vec<(usize, usize)> = Vec::new();
                let mut last_line = it.line;
                while k < items.len() {
                    let x = &items[k];
                    let stop = matches!(
                        x.kind,
                        ItemKind::PageBreak | ItemKind::Heading(_) | ItemKind::TableRow
                    ) || (x.line_start
                        && (columns::header(&x.text).is_some()
                            || front_label_prefix(&x.text)
                                .is_some_and(|(l, _)| l != FrontLabel::Chair)
                            || front_label(&x.text).is_some_and(|l| l != FrontLabel::Chair)));
                    if stop {
                        break;
                    }
                    if !x.is_blank() && !x.furniture && x.line != last_line {
                        if let Some(&l) = lines.get(x.line as usize) {
                            block.push(l);
                        }
                        last_line = x.line;
                    }
                    k += 1;
                }
                let found = columns::read(src, kind, &block);
                let a = &mut doc.attendance;
                a.members.extend(found.members);
                a.serving_substitutes.extend(found.serving);
                a.substitutes.extend(found.substitutes);
                a.others.extend(found.others);
                if let (Some(f), Some(l)) = (block.first(), block.last()) {
                    spans.push(Span::new(f.0, l.1));
                }
                current = None;
                continue;
            }
            // `Justeringens   Kommunkansliet ...` / `plats och tid`: a label
            // column wrapped onto the next line.
            if prefix.is_none() && own_label().is_none() {
                if let Some((label, len, next, n)) = wrapped_label(items, k - 1) {
                    let value = it.text[len..].trim();
                    fields.push(Field {
                        label,
                        values: Vec::new(),
                    });
                    let c = fields.len() - 1;
                    if !value.is_empty() {
                        let vspan = tail_span(src, it.span, value);
                        fields[c].values.push((value.to_string(), vspan));
                    }
                    current = Some(c);
                    skip_words = Some((next, n));
                    spans.push(it.span);
                    continue;
                }
            }
            // `Ordförande Anna Berg (S)` among the members: a member with a
            // role, not a chair's field (a name with a party after the role).
            let chair_member = current.is_some_and(|c| attendance_label(fields[c].label))
                && prefix.is_some_and(|(l, _)| l == FrontLabel::Chair)
                && parse_person(&it.text, 0).is_some_and(|p| p.party.is_some() && p.role.is_some());
            if let (true, Some(c)) = (chair_member, current) {
                fields[c].values.push((it.text.to_string(), it.span));
                spans.push(it.span);
                continue;
            }
            // `Sekreterare   Patrik Johansson` and other label-value lines.
            if let Some((label, len)) = prefix {
                // `Övriga deltagande Ej tjänstgörande ersättare S Bo Ek`: a
                // group's label, then its list's own.
                let rest = it.text[len..].trim_start_matches([':', ' ']);
                let (label, len) = match front_label_prefix(rest) {
                    Some((l, n)) if attendance_label(label) && attendance_label(l) => {
                        (l, it.text.len() - rest.len() + n)
                    }
                    _ => (label, len),
                };
                let raw = it.span.of(src);
                let value = it.text[len..].trim_start_matches([':', ' ']);
                // The value's span: where it stands in the raw line.
                let vstart = raw_offset(raw, &it.text, len);
                let vstart = raw
                    .len()
                    .saturating_sub(raw[vstart..].trim_start_matches([':', ' ', '\t']).len());
                let vspan = Span::new(it.span.start + vstart, it.span.end);
                let mut values = vec![(value.to_string(), vspan)];
                // `Patrik Johansson   § 161-180`: a second column holding the range.
                // The gap before the second column: the first one, unless a
                // later one opens a label (`Sekreterare  .....   Paragrafer 45-48`).
                let tail = &raw[vstart.min(raw.len())..];
                let gap = tail
                    .match_indices("   ")
                    .map(|(g, _)| g)
                    .filter(|&g| g > 0 && !tail[..g].ends_with(' '))
                    .find(|&g| {
                        let b = scan::collapse_ws(tail[g..].trim());
                        front_label_prefix(&b).is_some()
                    })
                    .or_else(|| tail.find("   "));
                if let Some(g) = gap {
                    let (a, b) = raw[vstart..].split_at(g);
                    let b_trim = b.trim();
                    if !b_trim.is_empty() {
                        let bstart = it.span.start + vstart + g + (b.len() - b.trim_start().len());
                        values = vec![(
                            scan::collapse_ws(a),
                            Span::new(
                                it.span.start + vstart,
                                it.span.start + vstart + a.trim_end().len(),
                            ),
                        )];
                        let bspan = Span::new(bstart, bstart + b_trim.len());
                        let btext = scan::collapse_ws(b_trim);
                        match front_label_prefix(&btext) {
                            Some((l2, len2)) => fields.push(Field {
                                label: l2,
                                values: vec![(btext[len2..].trim().to_string(), bspan)],
                            }),
                            None if btext.contains('§') => fields.push(Field {
                                label: FrontLabel::Paragraphs,
                                values: vec![(btext, bspan)],
                            }),
                            // `Underskrifter   Sekreterare   Hans Ek`,
                            // `Justerande   Karl Berg   Ola Persson`: a
                            // role and its name, or names side by side,
                            // the whole value.
                            None if matches!(
                                label,
                                FrontLabel::Signatures | FrontLabel::Justerare
                            ) =>
                            {
                                values = vec![(value.to_string(), vspan)];
                            }
                            None => {}
                        }
                    }
                }
                // `Utses att justera: A (MP) Paragrafer: §§ 164-170
                // Justeringsdatum: 2017-11-28`: more labels on the line.
                if let [(v, vs)] = values.as_mut_slice() {
                    if let Some((first, more)) = labels_in_value(src, v, *vs) {
                        (*v, *vs) = first;
                        fields.extend(more.into_iter().map(|(label, v)| Field {
                            label,
                            values: vec![v],
                        }));
                    }
                }
                if label == FrontLabel::Meeting {
                    k = value_goes_on(items, k, &raw[..vstart.min(raw.len())], &mut values);
                }
                fields.push(Field { label, values });
                current = if matches!(label, FrontLabel::Meeting | FrontLabel::Body) {
                    None
                } else {
                    Some(fields.len() - 1)
                };
                spans.push(it.span);
                continue;
            }
            // `Kommunstyrelsen  SAMMANTRÄDESPROTOKOLL` repeated on a page
            // whose break was lost, or an unknown `Label:` ends a field.
            if current.is_some() && (body_of_line(&it.text).is_some() || unknown_label(&it.text)) {
                current = None;
            }
        }
        // The table ends its columns (its rule under the labels does not).
        let table = matches!(it.kind, ItemKind::TableRow | ItemKind::TableRule);
        if !table {
            people = None;
            role_columns = None;
        }
        if let Some(cols) = column_fields.take_if(|_| !table) {
            current = rows::left_column_goes_on(&it.text, &cols).or(current);
        }
        if it.furniture
            || matches!(
                it.kind,
                ItemKind::Blank | ItemKind::PageBreak | ItemKind::Rule | ItemKind::TableRule
            )
        {
            continue;
        }
        match it.kind {
            ItemKind::TableRow => {
                let cells: Vec<&(String, Span)> = it.cells.iter().collect();
                if cells.len() < 2 {
                    continue;
                }
                // `| Sekreterare |  | Ordförande |  | Justerare |` over
                // `| Malin Kvist |  | Bertil Ahl |  | Greta Wall |`: the
                // names signed column by column.
                if let Some((cols, roles)) = role_columns.take() {
                    let names = cols
                        .iter()
                        .filter_map(|&k| cells.get(k).map(|c| (*c).clone()));
                    sign_by_column(names.collect(), roles, doc);
                    spans.push(it.span);
                    continue;
                }
                let filled: Vec<usize> = (0..cells.len())
                    .filter(|&k| !cells[k].0.trim().is_empty())
                    .collect();
                let roles = role_row(filled.iter().map(|&k| cells[k].0.as_str()));
                if !roles.is_empty() {
                    role_columns = Some((filled, roles));
                    spans.push(it.span);
                    continue;
                }
                // `| Ledamöter | Tjänstgörande ersättare |`: attendance set
                // side by side, a label over each column; the rows below
                // hold each column's people.
                if let Some(labels) = column_labels(&cells) {
                    let mut cols = Vec::new();
                    for l in labels {
                        cols.push(l.map(|l| {
                            fields.push(Field {
                                label: l,
                                values: Vec::new(),
                            });
                            fields.len() - 1
                        }));
                    }
                    column_fields = Some(cols);
                    current = None;
                    spans.push(it.span);
                    continue;
                }
                if let Some(cols) = &column_fields {
                    for (cell, f) in cells.iter().zip(cols) {
                        if let Some(f) = f {
                            fields[*f].values.extend(split_br(src, cell.1));
                        }
                    }
                    spans.push(it.span);
                    continue;
                }
                // `| Namn | Parti | Funktion |` under an attendance label:
                // each row one person, the party and role in their columns.
                if let Some(c) = current.filter(|&c| attendance_label(fields[c].label)) {
                    if let Some(cols) = people_columns(&cells) {
                        people = Some(cols);
                        spans.push(it.span);
                        continue;
                    }
                    if let Some(v) = people.as_ref().and_then(|p| p.row(&cells, it.span)) {
                        fields[c].values.push(v);
                        spans.push(it.span);
                        continue;
                    }
                }
                let label = front_label(&cells[0].0);
                match label {
                    Some(l) => {
                        fields.push(Field {
                            label: l,
                            values: Vec::new(),
                        });
                        current = Some(fields.len() - 1);
                    }
                    None if cells[0].0.is_empty() => {}
                    // `Anna Ek (S)<tab>ordförande` under an attendance
                    // label: a person's row, typed with tabs.
                    None if current.is_some_and(|c| attendance_label(fields[c].label))
                        && parse_person(&cells[0].0, 0).is_some() =>
                    {
                        let c = current.unwrap_or_default();
                        fields[c].values.extend(person_row(src, &cells, it.span));
                        continue;
                    }
                    // `Justeringens<tab>Kommunkansliet ...` / `plats och
                    // tid`: a label typed before a tab, wrapped.
                    None => match wrapped_label(items, k - 1) {
                        Some((l, _, next, n)) => {
                            fields.push(Field {
                                label: l,
                                values: Vec::new(),
                            });
                            current = Some(fields.len() - 1);
                            skip_words = Some((next, n));
                        }
                        None => {
                            current = None;
                            continue;
                        }
                    },
                }
                if let Some(c) = current {
                    for cell in &cells[1..] {
                        for (t, s) in split_br(src, cell.1) {
                            fields[c].values.push((t, s));
                        }
                    }
                }
            }
            ItemKind::Heading(_) | ItemKind::Strong => {
                current = own_label().map(|l| {
                    fields.push(Field {
                        label: l,
                        values: Vec::new(),
                    });
                    fields.len() - 1
                });
                if current.is_some() {
                    spans.push(it.span);
                }
                if current.is_none() {
                    meeting_line(src, it, doc);
                }
            }
            // An entry wrapped onto the next line (`... 1:e vice` /
            // `ordförande`, `... ersättare för` / `Tomas Eklund (S)`).
            ItemKind::Text if current.is_some_and(|c| rows::entry_goes_on(&mut fields[c], it)) => {
                spans.push(it.span);
            }
            ItemKind::Text if it.line_start && own_label().is_some() => {
                fields.push(Field {
                    label: own_label().unwrap(),
                    values: Vec::new(),
                });
                current = Some(fields.len() - 1);
            }
            _ => match current {
                Some(c) => {
                    fields[c].values.push((it.text.to_string(), it.span));
                    spans.push(it.span);
                }
                None => meeting_line(src, it, doc),
            },
        }
    }
    // Labels and values read apart (a table's columns one after the other).
    let dealt = apart::deal_values(&mut fields);
    for f in fields {
        apply_field(src, f, doc);
    }
    let a = &mut doc.attendance;
    for p in a
        .members
        .iter_mut()
        .chain(&mut a.serving_substitutes)
        .chain(&mut a.substitutes)
    {
        if dealt
            .iter()
            .any(|d| d.start <= p.span.start && p.span.start <= d.end)
        {
            p.inferred.get_or_insert(Inference::FlattenedColumns);
        }
    }
    prose::justering_in_prose(src, items, doc);
    roll_call::unlabelled(src, items, doc);
    if let (Some(a), Some(b)) = (
        spans.iter().map(|s| s.start).min(),
        spans.iter().map(|s| s.end).max(),
    ) {
        doc.attendance.span = Some(Span::new(a, b));
    }
}

/// A line that is a `Label:` the front does not know (`Ledamöter och
/// ersättare: Redovisas i bilaga 1`).
fn unknown_label(t: &str) -> bool {
    match t.find(':') {
        Some(c) => {
            c <= 40
                && t[..c].starts_with(|ch: char| ch.is_uppercase())
                && !t[..c].chars().any(|ch| ch.is_ascii_digit() || ch == '(')
        }
        None => false,
    }
}

fn apply_field(src: &str, f: Field, doc: &mut Document) {
    match f.label {
        FrontLabel::Members
        | FrontLabel::ServingSubstitutes
        | FrontLabel::Substitutes
        | FrontLabel::Others
        | FrontLabel::Present => attendance::apply(src, f, doc),
        FrontLabel::Body => {
            for (t, s) in f.values {
                if doc.meeting.body.is_none() {
                    if let Some(b) = body_of_line(&t) {
                        doc.meeting.body = Some(Text::new(b, tail_span(src, s, b)));
                    }
                }
                if doc.meeting.date.is_none() {
                    if let Some(d) = find_dates(&t, 0).into_iter().next() {
                        doc.meeting.date = Some(relocate(src, d, s));
                    }
                }
            }
        }
        FrontLabel::Notice | FrontLabel::Absent => {}
        FrontLabel::Justerare => {
            // `Malin Westberg        Per Ersson`: names in columns.
            let values: Vec<(String, Span)> = sign_rows_over_roles(src, f.values, doc)
                .into_iter()
                .flat_map(|(t, s)| {
                    let raw = s.of(src);
                    if raw.contains("   ") && raw.len() <= 200 {
                        let mut out = Vec::new();
                        let mut from = 0;
                        for piece in raw.split("   ") {
                            let at = from;
                            from += piece.len() + 3;
                            let p = piece.trim();
                            if p.is_empty() {
                                continue;
                            }
                            let k = at + piece.find(p).unwrap_or(0);
                            out.push((
                                scan::collapse_ws(p),
                                Span::new(s.start + k, s.start + k + p.len()),
                            ));
                        }
                        out
                    } else {
                        vec![(t, s)]
                    }
                })
                .collect();
            for (t, s) in values {
                if names_over_loose_roles(src, &t, s, doc) {
                    continue;
                }
                // `Justerare ........ Kim Ro`: a line to sign on, as the
                // secretary's and the chair's beside it; the name after
                // the dots.
                let signed = t.trim_start().starts_with(['.', '…', '_']);
                let (t, s) = if signed {
                    signature_name(src, &t, s)
                } else {
                    (t, s)
                };
                for (name, span) in split_names(&t, s) {
                    let p = parse_person(&name, span.start).unwrap_or(Person {
                        name: name.clone(),
                        span,
                        ..Person::default()
                    });
                    if signed && inline::plausible_name(&p.name) {
                        // Signed: a signature, and a justerare unless named
                        // before.
                        let name = p.name.clone();
                        sign(doc, Some("justerare".into()), name, span, Some(p));
                    } else if inline::plausible_name(&p.name) {
                        // The same person named twice (`Utses att justera` and
                        // a signature line) is one justerare; named again
                        // under the secretary's or the chair's labelled
                        // signature (`Sekreterare: Eva Holm` / `Justerare:
                        // Bo Lind`), a signature.
                        let again = doc.justering.justerare.iter().any(|j| j.name == p.name);
                        let in_block = !doc.signatures.is_empty()
                            && !doc.signatures.iter().any(|x| x.name == p.name);
                        if again && in_block {
                            let name = p.name.clone();
                            sign(doc, Some("justerare".into()), name, span, Some(p));
                        } else if !again {
                            doc.justering.justerare.push(Person { span, ..p });
                        }
                    }
                }
                doc.justering.span = Some(doc.justering.span.map_or(s, |x| x.cover(s)));
            }
        }
        FrontLabel::JusteringDate => {
            for (t, s) in f.values {
                if let Some(d) = find_dates(&t, 0).into_iter().next() {
                    doc.justering.date = Some(relocate(src, d, s));
                }
            }
        }
        FrontLabel::JusteringPlace => {
            for (t, s) in f.values {
                let date = find_dates(&t, 0).into_iter().next();
                // `Stadshuset, 2024-09-13`: the place is what comes before
                // the date; `och tid` under the value is the label's rest.
                let place = justering_place(&t, date.as_ref());
                if doc.justering.date.is_none() {
                    if let Some(d) = date {
                        doc.justering.date = Some(relocate(src, d, s));
                    }
                }
                let label_rest = matches!(fold(place).as_str(), "och tid" | "och datum" | "tid");
                if doc.justering.place.is_none() && !place.is_empty() && !label_rest {
                    doc.justering.place = Some(Text::new(place, tail_span(src, s, place)));
                }
            }
        }
        FrontLabel::Meeting | FrontLabel::Date => {
            // A value wrapped in its cell (`... tisdagen den 14 maj` /
            // `2024 kl. 13.00–15.30`) is read whole first: the date and
            // the place are across the break.
            if let Some(all) = wrapped_value(src, &f.values) {
                meeting_facts(src, all.of(src), all, doc);
            }
            // The value's own lines, up to a blank line (see [`own_lines`]).
            let own = own_lines(src, &f.values);
            for (t, s) in f.values.into_iter().take(own) {
                meeting_facts(src, &t, s, doc);
            }
        }
        FrontLabel::Paragraphs => {
            if let Some((t, s)) = f
                .values
                .into_iter()
                .find(|(t, _)| t.contains('§') || t.chars().any(|c| c.is_ascii_digit()))
            {
                doc.declared_range = Some(DeclaredRange {
                    numbers: paragraph_numbers(&t),
                    text: t,
                    span: s,
                });
            }
        }
        FrontLabel::Secretary | FrontLabel::Chair => {
            // `Sekreterare   Ordförande   Justerande` as the label line, the
            // names under them.
            let roles_of = |line: Span| role_row(cells_of(src, line).iter().map(|c| c.0.as_str()));
            if let Some((_, first)) = f.values.first() {
                let line_start = src[..first.start].rfind('\n').unwrap_or(0);
                let (roles, names) = match roles_of(*first) {
                    r if !r.is_empty() => (r, f.values.get(1).map(|v| v.1)),
                    // The line above: the one that ends at `line_start`'s
                    // `\n` (its last byte may be inside a character).
                    _ if line_start > 0 => {
                        (roles_of(Span::new(line_start, line_start)), Some(*first))
                    }
                    _ => (Vec::new(), None),
                };
                if let (false, Some(names)) = (roles.is_empty(), names) {
                    let cells = cells_of(src, names);
                    if cells.len() == roles.len() {
                        sign_by_column(cells, roles, doc);
                        return;
                    }
                }
            }
            for (t, s) in f.values {
                let name = t.trim_start_matches('_').trim().to_string();
                let (name, s) = signature_name(src, &name, s);
                if inline::plausible_name(&name) || parse_person(&name, s.start).is_some() {
                    let mut p = parse_person(&name, s.start).unwrap_or(Person {
                        name: name.clone(),
                        span: s,
                        ..Person::default()
                    });
                    // Offsets in a cleaned name (white space collapsed) are
                    // not the source's: then the value's own span.
                    if s.of(src) != name {
                        p.span = s;
                        if let Some(sc) = p.scope.as_mut() {
                            sc.span = s;
                        }
                    }
                    super::people::chair_member(f.label == FrontLabel::Chair, &p, src, doc);
                    if f.label == FrontLabel::Secretary && doc.secretary.is_none() {
                        doc.secretary = Some(Person {
                            span: s,
                            ..p.clone()
                        });
                    }
                    doc.signatures.push(Signature {
                        role: Some(
                            if f.label == FrontLabel::Secretary {
                                "sekreterare"
                            } else {
                                "ordförande"
                            }
                            .into(),
                        ),
                        name: p.name,
                        date: None,
                        digital: false,
                        span: s,
                    });
                }
            }
        }
        FrontLabel::Signatures => sign_field(src, f.values, doc),
    }
}

#[cfg(test)]
mod tests;
