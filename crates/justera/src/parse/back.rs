//! The back matter after the last paragraph: where it starts, the
//! signatures written there, and the notice (anslag) with its dates, which
//! is searched everywhere.

use super::front::{empty_document, front};
use super::heads::Head;
use super::meeting::is_body_name;
use super::spans::{lower_same_len, relocate, tail_span};
use crate::inline::{find_dates, fold};
use crate::model::*;
use crate::scan::{collapse_ws, Item, ItemKind};

/// Where the back matter (signatures, attachments) starts after the last paragraph.
/// An attachment's marker on a line of its own after a blank line or a
/// page break: `Bilaga 1`, `Bilaga 1, KF § 13`, `Bilaga till protokoll`,
/// `Bilaga A`.
/// Whether item `i` starts a line of its own after a gap (a blank line,
/// a page break, a rule or the page's furniture).
fn after_gap(items: &[Item], i: usize) -> bool {
    let it = &items[i];
    let gap = i == 0
        || items[i - 1].is_blank()
        || matches!(items[i - 1].kind, ItemKind::PageBreak | ItemKind::Rule)
        || items[i - 1].furniture;
    it.line_start && !it.furniture && gap
}

pub(super) fn attachment_marker(items: &[Item], i: usize) -> bool {
    let it = &items[i];
    if !(after_gap(items, i) && it.text.len() <= 80) {
        return false;
    }
    let t = it.text.trim_start_matches(['*', '_', '#', ' ']);
    let Some(rest) = t
        .strip_prefix("Bilaga")
        .or_else(|| t.strip_prefix("BILAGA"))
    else {
        return false;
    };
    // `Bilaga 1`, `Bilaga A`, `Bilaga till ...`, `Bilaga:`; not
    // `Bilagan visar ...` nor `Bilagor`.
    rest.is_empty()
        || rest.starts_with([' ', ':', ',', '\t'])
            && !rest.trim_end_matches(['*', '_']).trim_end().ends_with('.')
}

/// The heads of attachments after the protocol: where the paragraph
/// numbers start again (`§ 1` after `§ 13`) after an attachment's marker
/// (a regulation or statute with sections of its own, `Bilaga 1, KF §
/// 13`), the heads from there on are the attachment's, and the marker is
/// where the protocol's back begins, unless a later head goes on with the
/// protocol's numbers. Returns the heads kept and the
/// marker.
pub(super) fn attachment_cut(items: &[Item], heads: &[Head]) -> Option<(usize, usize)> {
    let k = (1..heads.len()).find(|&k| heads[k].number < heads[k - 1].number)?;
    // A protocol that goes on after the attachment (`§ 14` after its `§
    // 3`) keeps its heads: the attachment stood inside a paragraph.
    let last = heads[k - 1].number;
    if heads[k..].iter().any(|h| h.number > last) {
        return None;
    }
    let marker =
        (heads[k - 1].item + 1..heads[k].first_item()).find(|&i| attachment_marker(items, i))?;
    Some((k, marker))
}

/// Where the back matter starts, at or after item `from` (after the last
/// paragraph's head); `last` is that paragraph's number: a list or an
/// attachment naming it is its own, no back.
pub(super) fn back_start(items: &[Item], from: usize, last: Option<u32>) -> usize {
    let earlier = |n: Option<u32>| n.is_some_and(|n| Some(n) != last);
    for (i, it) in items.iter().enumerate().skip(from) {
        if !it.line_start {
            continue;
        }
        // Every label below folds from a first letter `d`, `u`, `j`, `s`,
        // `b` or `v` (no other character folds to one of these): the other
        // lines are not folded.
        let labelled = crate::text::fold_trim(&it.text).starts_with([
            'd', 'D', 'д', 'u', 'U', 'j', 'J', 's', 'S', 'с', 'С', 'b', 'B', 'v', 'V', 'в',
        ]);
        let f = if labelled {
            fold(&it.text)
        } else {
            String::new()
        };
        let heading = it.is_heading_like();
        if heading
            && (f.starts_with("digitala signaturer")
                || f.starts_with("underskrifter")
                || f.starts_with("justerandes signatur")
                || f == "signaturer"
                || f.starts_with("bilaga") && it.kind != ItemKind::Strong)
        {
            return i;
        }
        if f.starts_with("detta dokument har signerats digitalt") {
            return i;
        }
        // `Anslagsbevis`, `Bevis om anslag`, `ANSLAG/BEVIS` alone on its
        // line after a gap or set as a heading: the notice, the
        // protocol's own and no paragraph's.
        if it.text.len() <= 24 && (heading || after_gap(items, i)) && notice_heading(&it.text) {
            return i;
        }
        // `Bilaga 1 till § 32`, `Bilaga 2, KS § 45` on a line of its own
        // after a gap: an attachment naming an earlier paragraph.
        if f.starts_with("bilaga")
            && earlier(super::vote_lists::paragraph_named(&it.text))
            && attachment_marker(items, i)
        {
            return i;
        }
        // `Voteringslista, bilaga 1 till § 32` on a line of its own after
        // a gap, no sentence: an earlier paragraph's vote list set after
        // the last paragraph.
        if after_gap(items, i)
            && it.text.len() <= 80
            && !it
                .text
                .trim_end_matches(['*', '_'])
                .trim_end()
                .ends_with('.')
            && it.text.contains('§')
            && earlier(super::vote_lists::list_of_paragraph(&it.text))
        {
            return i;
        }
        // `Verifikat` / ... / `Signerade 2025-03-20`: an e-signing
        // service's page.
        if labelled && it.text.len() <= 40 && super::signing::opens_signing_page(items, i, &f) {
            return i;
        }
        // `Vid protokollet` / `Justeras` / `Underskrifter` on a line of their
        // own after the last paragraph: the signature block.
        if it.kind == ItemKind::Text
            && matches!(
                f.as_str(),
                "vid protokollet" | "justeras" | "underskrifter" | "signaturer" | "justerat"
            )
        {
            return i;
        }
        // `Sekreterare: Eva Holm` / `Ordförande: Anna Ek` / `Justerare: Bo
        // Lind` closing the text: the signatures as labelled lines.
        if labelled && it.kind == ItemKind::Text && labelled_signatures(&items[i..]) {
            return i;
        }
        // An appended letter's dateline: `Socialnämnden, 2024-03-18`.
        if it.kind == ItemKind::Text && it.text.len() <= 80 {
            if let Some((who, when)) = it.text.split_once(',') {
                // The body opens the line (`Socialnämnden`, `Nämnden för ...`);
                // `Begäran om yttrande till kommunstyrelsen, <date>` is a
                // document listed in the paragraph, not a dateline.
                let first = who.split_whitespace().next().unwrap_or("");
                if is_body_name(who)
                    && is_body_name(first)
                    && find_dates(when, 0).len() == 1
                    && when.trim().len() <= 20
                {
                    return i;
                }
            }
        }
    }
    items.len()
}

/// A heading over the notice of the protocol's posting, alone (the
/// caller asks that the line is short).
fn notice_heading(t: &str) -> bool {
    crate::labels::opens_notice(&fold(crate::text::fold_trim(t)))
}

/// Whether `rest` is nothing but signature lines labelled by their
/// roles, two or more (`Sekreterare: Eva Holm`, `Justerare: Bo Lind`),
/// each a name without a party: the text's last lines, not a paragraph
/// electing a board (`Ordförande: Anna Ek (S)`).
fn labelled_signatures(rest: &[Item]) -> bool {
    use crate::labels::FrontLabel::{Chair, Justerare, Secretary};
    // Within the next items: a text whose lines are all blank or page
    // furniture (a line repeated thousands of times) is not walked to its
    // end from every line.
    let lines: Vec<&Item> = rest
        .iter()
        .take(48)
        .filter(|x| !x.is_blank() && !x.furniture)
        .take(7)
        .collect();
    if lines.len() < 2 || lines.len() > 6 {
        return false;
    }
    let mut secretary = false;
    let signed = lines.iter().all(|x| {
        let Some((label, len)) = crate::labels::front_label_prefix(&x.text) else {
            return false;
        };
        let value = x.text[len..].trim_start_matches([':', ' ']).trim();
        secretary |= label == Secretary;
        matches!(label, Chair | Justerare | Secretary)
            && !value.contains('(')
            && crate::inline::plausible_name(value)
    });
    signed && secretary
}

pub(super) fn back_matter(src: &str, items: &[Item], doc: &mut Document) {
    // A digital signature table: `Name<TAB>Date` rows.
    for it in items {
        if it.kind != ItemKind::TableRow || it.cells.len() < 2 {
            continue;
        }
        let (name, nspan) = (&it.cells[0].0, it.cells[0].1);
        let Some(date) = it.cells[1..].iter().find_map(|(t, s)| {
            find_dates(t, 0)
                .into_iter()
                .next()
                .map(|d| relocate(src, d, *s))
        }) else {
            continue;
        };
        let name = match name.split_once(',') {
            Some((first, last)) if !last.contains(' ') => {
                format!("{} {}", first.trim(), last.trim())
            }
            _ => name.clone(),
        };
        if name.split_whitespace().count() >= 2 {
            doc.signatures.push(Signature {
                role: None,
                name,
                date: Some(date),
                digital: true,
                span: nspan,
            });
        }
    }
}

/// The signature block after the last paragraph (`Underskrifter`,
/// `Vid protokollet` / `Justeras`), read like the front's labels; only who
/// signed is taken from it.
pub(super) fn back_signatures(
    src: &str,
    lines: &[(usize, usize)],
    items: &[Item],
    doc: &mut Document,
) {
    let mut back = Document {
        attendance: Attendance::default(),
        justering: Justering::default(),
        secretary: None,
        signatures: Vec::new(),
        ..empty_document(src.len())
    };
    front(src, lines, items, &mut back);
    let chair = doc
        .attendance
        .members
        .iter()
        .find(|m| m.role.as_deref() == Some("ordförande"))
        .map(|m| m.name.clone())
        .or_else(|| {
            doc.signatures
                .iter()
                .find(|s| s.role.as_deref() == Some("ordförande"))
                .map(|s| s.name.clone())
        });
    if doc.secretary.is_none() {
        doc.secretary = back.secretary;
    }
    for mut j in back.justering.justerare {
        let is_chair = chair.as_deref() == Some(j.name.as_str());
        if !doc.signatures.iter().any(|s| s.name == j.name) {
            doc.signatures.push(Signature {
                role: Some(if is_chair { "ordförande" } else { "justerare" }.into()),
                name: j.name.clone(),
                date: None,
                digital: false,
                span: j.span,
            });
        }
        if is_chair {
            continue;
        }
        if !doc.justering.justerare.iter().any(|x| x.name == j.name) {
            j.scope = None;
            doc.justering.justerare.push(j);
        }
    }
    for sig in back.signatures {
        if !doc
            .signatures
            .iter()
            .any(|s| s.name == sig.name && s.role == sig.role)
        {
            doc.signatures.push(sig);
        }
    }
}

/// Anslag: posted, removed, appeal deadline, where kept. Searched everywhere.
/// One line may hold several labels (`Datum då anslaget sätts upp 2024-05-22
/// Datum då anslaget tas ned 2024-06-13`); each takes the date after it, or
/// on the next line when the value stands under its label.
pub(super) fn notice(src: &str, items: &[Item], doc: &mut Document) {
    #[derive(Clone, Copy, PartialEq)]
    enum Slot {
        Posted,
        Removed,
        Appeal,
        Kept,
        Justered,
        /// Posted, said in a sentence (`... och anslagits på kommunens
        /// anslagstavla 2024-05-28`): its date close after the words, and
        /// a labelled date (`Anslaget sattes upp ...`) goes before it.
        PostedInProse,
    }
    const LABELS: [(&str, Slot); 30] = [
        // `Protokollet har justerats den 18 maj 2015`: the justering's date,
        // stated in the notice.
        ("protokollet har justerats", Slot::Justered),
        ("protokollet justerades", Slot::Justered),
        ("sista dag för överklagande", Slot::Appeal),
        ("sista dag att överklaga", Slot::Appeal),
        ("sista datum för överklagande", Slot::Appeal),
        ("överklagande", Slot::Appeal),
        ("överklaga", Slot::Appeal),
        ("tas ner", Slot::Removed),
        ("tas ned", Slot::Removed),
        ("nedtagande", Slot::Removed),
        ("tas bort", Slot::Removed),
        ("anslaget till och med", Slot::Removed),
        ("sattes upp", Slot::Posted),
        ("sätts upp", Slot::Posted),
        ("sattes upp", Slot::Posted),
        ("uppsättande", Slot::Posted),
        ("anslagsdatum", Slot::Posted),
        ("anslaget publicerat", Slot::Posted),
        ("datum för anslag", Slot::Posted),
        ("protokollet anslås", Slot::Posted),
        ("anslaget uppsatt", Slot::Posted),
        // `... har justerats 2024-05-27 och anslagits på kommunens
        // anslagstavla 2024-05-28`, `Justeringen har tillkännagivits genom
        // anslag 2024-05-28`: the notice in a sentence.
        ("anslagits", Slot::PostedInProse),
        // `Protokollet är justerat och anslaget på kommunens digitala
        // anslagstavla 2025-04-11`.
        ("anslaget på", Slot::PostedInProse),
        ("anslogs", Slot::PostedInProse),
        ("tillkännagivits", Slot::PostedInProse),
        ("tillkännagavs", Slot::PostedInProse),
        ("förvaringsplats för protokollet", Slot::Kept),
        ("förvaringsplats", Slot::Kept),
        ("förvaras", Slot::Kept),
        ("protokollet finns tillgängligt", Slot::Kept),
    ];
    // The words a notice line holds one of, each searcher built once.
    let words: Vec<memchr::memmem::Finder> = NOTICE_WORDS
        .iter()
        .map(memchr::memmem::Finder::new)
        .collect();
    // And each label's.
    let labels: Vec<memchr::memmem::Finder> = LABELS
        .iter()
        .map(|(w, _)| memchr::memmem::Finder::new(w))
        .collect();
    /// The labels on the lines that go on under item `i` (next lines in
    /// small letters, short, without dates), after `text` (the words
    /// before them, folded), in order.
    /// `labels` are [`LABELS`]' finders.
    fn wrapped_slots(
        items: &[Item],
        i: usize,
        mut text: String,
        labels: &[memchr::memmem::Finder],
    ) -> Vec<Slot> {
        let mut line = items[i].line;
        for x in items[i + 1..].iter().take(4) {
            if x.kind != ItemKind::Text
                || x.line != line + 1
                || x.text.len() > 80
                || !x.text.starts_with(char::is_lowercase)
                || !find_dates(&x.text, 0).is_empty()
            {
                break;
            }
            line = x.line;
            text.push(' ');
            text.push_str(&lower_same_len(&x.text));
        }
        let mut found: Vec<(usize, usize, Slot)> = Vec::new();
        for ((w, slot), finder) in LABELS.into_iter().zip(labels) {
            for k in finder.find_iter(text.as_bytes()) {
                if !found.iter().any(|&(a, b, _)| k < b && a < k + w.len()) {
                    found.push((k, k + w.len(), slot));
                }
            }
        }
        found.sort_by_key(|f| f.0);
        found.into_iter().map(|f| f.2).collect()
    }
    // A posted date said in a sentence, taken when no label gives one.
    let mut prose_posted = None;
    for (i, it) in items.iter().enumerate() {
        if !matches!(
            it.kind,
            ItemKind::Text | ItemKind::TableRow | ItemKind::ListItem(_) | ItemKind::Strong
        ) || it.text.len() > LONG_NOTICE
            || !may_hold_notice_word(&it.text)
        {
            continue;
        }
        let lower = lower_same_len(&it.text);
        let dated = lower.trim_start().starts_with("datum");
        if !dated && !words.iter().any(|w| w.find(lower.as_bytes()).is_some()) {
            continue;
        }
        // `Anslaget tas` / `ned 2025-05-05.`: a label of two words broken
        // at the line's end, its date after the second word.
        if let Some((removed, d, sp)) = broken_label(src, items, i, &lower) {
            let target = if removed {
                &mut doc.notice.removed
            } else {
                &mut doc.notice.posted
            };
            if target.is_none() {
                *target = Some(d);
                let cover = it.span.cover(sp);
                doc.notice.span = Some(doc.notice.span.map_or(cover, |s| s.cover(cover)));
            }
        }
        // Label occurrences, left to right, longest first at one place.
        let mut found: Vec<(usize, usize, Slot)> = Vec::new();
        // `överklagande` alone labels the notice's deadline at the line's
        // start or beside other notice words, not in prose (`Länsstyrelsens
        // beslut i överklagande av nämndens beslut 2020-11-18`).
        let lead = lower.len() - lower.trim_start().len();
        let noticed = ["anslag", "sista", "senast"]
            .iter()
            .any(|x| lower.contains(x));
        for ((w, slot), finder) in LABELS.into_iter().zip(&labels) {
            for k in finder.find_iter(lower.as_bytes()) {
                if matches!(w, "överklagande" | "överklaga") && k != lead && !noticed {
                    continue;
                }
                if !found.iter().any(|&(a, b, _)| k < b && a < k + w.len()) {
                    found.push((k, k + w.len(), slot));
                }
            }
        }
        found.sort_by_key(|f| f.0);
        // `Datum då anslaget   2024-03-18   Datum då anslaget   2024-04-09`
        // over `sätts upp   tas ned`, `Datum för 2024-10-09` over `anslags`
        // / `uppsättande`: the labels wrapped in their column under the
        // dates, paired with them in order when as many.
        if found.is_empty() {
            let dates = find_dates(&it.text, 0);
            let mut slots = wrapped_slots(items, i, String::new(), &labels);
            // `Datum då anslaget sätts   2024-05-17` over `upp`: the label
            // wrapped in its cell, the date beside its first line.
            if slots.len() != dates.len() {
                if let Some(d) = dates.first() {
                    slots = wrapped_slots(items, i, collapse_ws(&lower[..d.span.start]), &labels);
                }
            }
            if dated && !slots.is_empty() && slots.len() == dates.len() {
                for (slot, d) in slots.into_iter().zip(dates) {
                    let target = match slot {
                        Slot::Posted => &mut doc.notice.posted,
                        Slot::Removed => &mut doc.notice.removed,
                        Slot::Appeal => &mut doc.notice.appeal_deadline,
                        _ => continue,
                    };
                    if target.is_none() {
                        *target = Some(relocate(src, d, it.span));
                        doc.notice.span =
                            Some(doc.notice.span.map_or(it.span, |s| s.cover(it.span)));
                    }
                }
            }
            continue;
        }
        // A long line is prose unless it is a whole notice run onto one
        // line (a page whose line breaks were lost): two or more of its
        // dates, each after its own label.
        if it.text.len() > 300 && !whole_notice(&it.text, &found) {
            continue;
        }
        for (n, &(_, end, slot)) in found.iter().enumerate() {
            let stop = found.get(n + 1).map(|f| f.0).unwrap_or(lower.len());
            let piece = &it.text[end.min(stop)..stop];
            let next = items[i + 1..]
                .iter()
                .take(3)
                .find(|x| !x.is_blank() && !x.furniture && x.kind == ItemKind::Text);
            if slot == Slot::Kept {
                if doc.notice.kept_at.is_some() {
                    continue;
                }
                let v0 = piece
                    .trim_start_matches(|c: char| c == ':' || c.is_whitespace())
                    .trim_start_matches("för protokollet");
                // `Förvaringsplats för   Kommunkansliet` over `protokollet`:
                // the label wrapped, its place beside its first line.
                let v0 = match v0.strip_prefix("för") {
                    Some(r)
                        if r.starts_with(' ') && r.trim_start().starts_with(char::is_uppercase) =>
                    {
                        r.trim_start()
                    }
                    _ => v0,
                };
                let v = v0
                    .trim_start_matches("på:")
                    .trim_start_matches("på ")
                    .trim_start_matches("hos ")
                    .trim_start_matches([':', ' '])
                    .trim_end_matches(['.', ' ']);
                // `... finns tillgängligt för medlemmarna` is prose, not a place.
                let v1 = v0.trim_start_matches([':', ' ']);
                let led = piece.trim_start().starts_with(':')
                    || v1.starts_with("på")
                    || v1.starts_with("hos");
                if v.starts_with(|c: char| c.is_lowercase()) && !led {
                    continue;
                }
                let v = if v.is_empty() {
                    next.filter(|x| x.line <= it.line + 2)
                        .map(|x| (x.text.to_string(), x.span))
                } else {
                    Some((v.to_string(), tail_span(src, it.span, v)))
                };
                if let Some((t, sp)) = v {
                    doc.notice.kept_at = Some(Text::new(t, sp));
                    doc.notice.span = Some(doc.notice.span.map_or(it.span, |s| s.cover(it.span)));
                }
                continue;
            }
            let mut date = find_dates(piece, 0)
                .into_iter()
                .next()
                .map(|d| (relocate(src, d, it.span), it.span));
            if date.is_none() && found.len() == 1 && piece.trim().is_empty() {
                date = next.filter(|x| x.line <= it.line + 2).and_then(|x| {
                    find_dates(&x.text, 0)
                        .into_iter()
                        .next()
                        .filter(|d| x.text.starts_with(&d.written))
                        .map(|d| (relocate(src, d, x.span), x.span))
                });
            }
            // A decision's own instructions for appeal (förvaltningsbesvär,
            // three weeks from when the party received it) inside its
            // paragraph are not the notice's deadline (from the anslag).
            if slot == Slot::Appeal && party_appeal(items, i) {
                continue;
            }
            if slot == Slot::Justered {
                if doc.justering.date.is_none() {
                    doc.justering.date = date.map(|(d, _)| d);
                }
                continue;
            }
            if slot == Slot::PostedInProse {
                // The date within a few words of the sentence's verb.
                let near = date.as_ref().is_some_and(|(d, _)| {
                    d.span.start.saturating_sub(it.span.start + end) <= PROSE_DATE_GAP
                });
                if near && doc.notice.posted.is_none() {
                    prose_posted = date.clone();
                }
                continue;
            }
            let target = match slot {
                Slot::Posted => &mut doc.notice.posted,
                Slot::Removed => &mut doc.notice.removed,
                _ => &mut doc.notice.appeal_deadline,
            };
            if target.is_none() {
                if let Some((d, sp)) = date {
                    *target = Some(d);
                    let cover = it.span.cover(sp);
                    doc.notice.span = Some(doc.notice.span.map_or(cover, |s| s.cover(cover)));
                }
            }
        }
    }
    if let (None, Some((d, sp))) = (&doc.notice.posted, prose_posted) {
        doc.notice.posted = Some(d);
        doc.notice.span = Some(doc.notice.span.map_or(sp, |s| s.cover(sp)));
    }
}

/// A notice's label of two words broken over two lines (`... Anslaget
/// tas` / `ned 2025-05-05. ...`, prose wrapped as the page wrapped it):
/// whether it is the removal (else the posting), the date right after the
/// second word, and the next line's span. `lower` is item `i`'s text in
/// lower case.
fn broken_label(src: &str, items: &[Item], i: usize, lower: &str) -> Option<(bool, DateRef, Span)> {
    const BROKEN: [(&str, &str, bool); 4] = [
        ("tas", "ned", true),
        ("tas", "ner", true),
        ("sätts", "upp", false),
        ("sattes", "upp", false),
    ];
    let it = &items[i];
    let next = items.get(i + 1)?;
    if next.kind != ItemKind::Text || next.line != it.line + 1 {
        return None;
    }
    let last = lower.trim_end().rsplit(' ').next()?;
    let before = lower.trim_end()[..lower.trim_end().len() - last.len()].trim_end();
    let nlow = lower_same_len(&next.text);
    let (_, second, removed) = BROKEN.iter().find(|(first, second, _)| {
        *first == last
            && before.ends_with("anslaget")
            && nlow
                .strip_prefix(second)
                .is_some_and(|r| r.starts_with(' '))
    })?;
    let rest = &next.text[second.len()..];
    let lead = second.len() + (rest.len() - rest.trim_start().len());
    let d = find_dates(&next.text, 0)
        .into_iter()
        .next()
        .filter(|d| d.span.start == lead)?;
    Some((*removed, relocate(src, d, next.span), next.span))
}

/// The words a notice line holds one of (in lower case), unless `datum`
/// opens it.
const NOTICE_WORDS: [&str; 5] = [
    "anslag",
    "överklag",
    "förvar",
    "nedtagande",
    "protokollet finns",
];

/// A necessary condition of a notice line (`datum` opening it, or one of
/// [`NOTICE_WORDS`] in its lower case), read off the bytes without
/// lowering the line: lower case keeps every ASCII letter where it stands,
/// in its small form, and makes none from other characters, and `ö` only
/// from `ö` and `Ö`, so each word stands in the line in some case
/// (`överklag` is looked for as `verklag`). Each is found by its `g` or
/// `f`, in one pass.
fn may_hold_notice_word(t: &str) -> bool {
    // Most lines open with ASCII other than white space: none to trim.
    let plain = |c: &u8| *c > b' ' && *c < 0x80;
    let head = if t.as_bytes().first().is_some_and(plain) {
        t.as_bytes()
    } else {
        t.trim_start().as_bytes()
    };
    if head.len() >= 5 && head[..5].eq_ignore_ascii_case(b"datum") {
        return true;
    }
    let b = t.as_bytes();
    // The word `w` with its byte `k` at `i`.
    let at = |i: usize, k: usize, w: &[u8]| {
        i >= k
            && b.get(i - k..i - k + w.len())
                .is_some_and(|x| x.eq_ignore_ascii_case(w))
    };
    // A byte's small form, or none out of the line.
    let small = |i: usize| b.get(i).map(|&x| x | 0x20);
    // Each word found by its `g` or `f`, tested first by a byte next to
    // it (the `a` before the `g`; `ö`, 0xC3 and 0xB6 or 0x96, or the `i`
    // after `f`).
    let hit = |i: usize| match b[i] | 0x20 {
        b'g' => {
            i > 0
                && small(i - 1) == Some(b'a')
                && (at(i, 5, b"anslag") || at(i, 6, b"verklag") || at(i, 5, b"nedtagande"))
        }
        b'f' => {
            (b.get(i + 1) == Some(&0xC3) && small(i + 2) == Some(0xB6) && at(i + 3, 0, b"rvar"))
                || (small(i + 1) == Some(b'i') && at(i, 12, b"protokollet finns"))
        }
        _ => false,
    };
    // Sixteen bytes at a time, each block asked at once whether a key's
    // pair stands in it; the `f` and `g` of a block that may hold one (and
    // of the three bytes before it: the `f` of `förvar` before its `rvar`)
    // read one by one.
    let n = b.len();
    // A pair opening at `j` that the blocks read.
    let pair = |j: usize| matches!((b[j] | 0x20, b[j + 1] | 0x20), (b'a', b'g') | (b'f', b'i'));
    if n < 19 {
        // A short line, filled up with spaces, and a pair opening past
        // the block's sixteen bytes.
        let mut w = [b' '; 19];
        w[..n].copy_from_slice(b);
        return (may_hold_key(&w) || (16..n.saturating_sub(1)).any(pair))
            && any_g_or_f(b, 0, n, hit);
    }
    let mut i = 0;
    while i + 19 <= n {
        if may_hold_key(b[i..i + 19].try_into().expect("19 bytes"))
            && any_g_or_f(b, i.saturating_sub(3), i + 17, hit)
        {
            return true;
        }
        i += 16;
    }
    // The rest: the block that ends the line (over bytes already read,
    // which held no word), and the pairs opening at its last three bytes
    // but one.
    let pair = |j: usize| matches!((b[j] | 0x20, b[j + 1] | 0x20), (b'a', b'g') | (b'f', b'i'));
    i < n
        && (may_hold_key(b[n - 19..].try_into().expect("19 bytes")) || pair(n - 3) || pair(n - 2))
        && any_g_or_f(b, i.saturating_sub(3), n, hit)
}

/// `(from..to).any(hit)` for [`may_hold_notice_word`]'s `hit`, which
/// holds only at a `g` or an `f` in any case: the bytes of a range of at
/// most 24 asked at once which are (the compiler reads them with vector
/// instructions), `hit` only at those.
fn any_g_or_f(b: &[u8], from: usize, to: usize, hit: impl Fn(usize) -> bool) -> bool {
    if to - from > 24 {
        return (from..to).any(hit);
    }
    let mut w = [b' '; 24];
    w[..to - from].copy_from_slice(&b[from..to]);
    let mut at = 0u32;
    for (k, &c) in w.iter().enumerate() {
        at |= u32::from(matches!(c | 0x20, b'g' | b'f')) << k;
    }
    while at != 0 {
        if hit(from + at.trailing_zeros() as usize) {
            return true;
        }
        at &= at - 1;
    }
    false
}

/// Whether one of the first sixteen bytes of `w` opens, in any case, a
/// pair that stands where [`may_hold_notice_word`] reads a word off its
/// `g` or `f`: `ag` (`anslag`, `överklag`, `nedtagande`), `fi`
/// (`protokollet finns`), or `rvar` (`förvar`, after its `f` and `ö`).
/// The compiler reads the block with vector instructions.
fn may_hold_key(w: &[u8; 19]) -> bool {
    let mut may = 0u8;
    let pairs = w[..16]
        .iter()
        .zip(&w[1..17])
        .zip(w[2..18].iter().zip(&w[3..19]));
    for ((&a, &b), (&c, &d)) in pairs {
        let (a, b, c, d) = (a | 0x20, b | 0x20, c | 0x20, d | 0x20);
        may |= (u8::from(a == b'a') & u8::from(b == b'g'))
            | (u8::from(a == b'f') & u8::from(b == b'i'))
            | (u8::from(a == b'r')
                & u8::from(b == b'v')
                & u8::from(c == b'a')
                & u8::from(d == b'r'));
    }
    may != 0
}

/// How far after `anslagits` (and the like) its date may stand: `på
/// kommunens digitala anslagstavla 2024-05-28`, not a later sentence's.
const PROSE_DATE_GAP: usize = 48;

/// The longest line read as a notice: a notice page run onto one line.
const LONG_NOTICE: usize = 1500;

/// Whether a long line holds a whole notice: two or more of its labels
/// (posted, taken down, appeal) each followed by a date before the next
/// label.
fn whole_notice<S>(text: &str, found: &[(usize, usize, S)]) -> bool {
    let dated = found
        .iter()
        .enumerate()
        .filter(|(n, &(_, end, _))| {
            let stop = found.get(n + 1).map(|f| f.0).unwrap_or(text.len());
            let piece = text.get(end.min(stop)..stop).unwrap_or("");
            !find_dates(piece, 0).is_empty()
        })
        .count();
    dated >= 2
}

/// Whether item `i` (or the text just before it) tells how a decision is
/// appealed by the party it concerns: within three weeks from when they
/// received it (`fick del av beslutet`, `delgivning`), förvaltningslagen
/// 44 §.
fn party_appeal(items: &[Item], i: usize) -> bool {
    let before = items[..i].iter().rev().find(|x| !x.is_blank());
    [Some(&items[i]), before].into_iter().flatten().any(|x| {
        let t = lower_same_len(&x.text);
        ["del av beslutet", "delgiv", "del av detta beslut"]
            .iter()
            .any(|w| t.contains(w))
    })
}

#[cfg(test)]
mod tests;
