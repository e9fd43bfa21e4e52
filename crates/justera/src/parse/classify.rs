//! The document's kind (protocol, extract, memo, unknown) decided from
//! what the parse found, with the reason shown to the user.

use super::front_kind::front_page_protocol;
use crate::inline::fold;
use crate::model::*;
use crate::scan::Item;

/// Decide the document's kind from what was found.
/// Paragraphs whose numbers rise and most of which record a decision: the
/// body of a protocol, with or without its header.
fn decided_run(ps: &[Paragraph]) -> bool {
    let decided = ps.iter().filter(|p| p.decision.is_some()).count();
    let rising = ps.windows(2).filter(|w| w[1].number > w[0].number).count();
    ps.len() >= 2 && decided * 2 >= ps.len() && rising * 4 >= (ps.len() - 1) * 3
}

pub(super) fn classify(src: &str, items: &[Item], doc: &mut Document) {
    let head: String = items
        .iter()
        .filter(|i| !i.is_blank())
        .take(40)
        .map(|i| fold(&i.text))
        .collect::<Vec<_>>()
        .join("\n");
    let _ = src;
    let has_attendance =
        !doc.attendance.members.is_empty() || !doc.attendance.serving_substitutes.is_empty();
    // `Protokoll`, `SAMMANTRÄDESPROTOKOLL`, `Protokollförare`: the file
    // names itself a protocol (a `protokollsanteckning` listed in a
    // bundle's contents does not, nor a negotiation's protocol in it).
    let names_protocol = head.split(|c: char| !c.is_alphanumeric()).any(|w| {
        (w.ends_with("protokoll") && !w.starts_with("förhandling"))
            || (w.starts_with("protokoll") && !w.contains("anteckning"))
    });
    if !doc.paragraphs.is_empty() && (has_attendance || names_protocol) {
        doc.kind = DocumentKind::Protocol;
        doc.kind_reason = format!(
            "{} paragraphs{}",
            doc.paragraphs.len(),
            if has_attendance {
                " and an attendance list"
            } else {
                " under a protocol heading"
            }
        );
    } else if decided_run(&doc.paragraphs) {
        // No header: the body itself is a run of numbered paragraphs with
        // decisions (a secretary's copy of some paragraphs, a text taken
        // from page 2 on, one paragraph per web page).
        doc.kind = DocumentKind::Protocol;
        doc.kind_reason = format!("{} numbered paragraphs", doc.paragraphs.len());
    } else if has_attendance && names_protocol && !doc.justering.justerare.is_empty() {
        // A protocol's front whose paragraphs the text does not reach.
        doc.kind = DocumentKind::Protocol;
        doc.kind_reason = "an attendance list and justerare under a protocol heading".into();
    } else if names_itself_memo(&above_paragraphs(items, doc)) {
        doc.kind = DocumentKind::Memo;
        doc.kind_reason = "names itself a tjänsteskrivelse".into();
    } else if !doc.paragraphs.is_empty() {
        doc.kind = DocumentKind::Protocol;
        doc.kind_reason = format!("{} numbered paragraphs", doc.paragraphs.len());
    } else if front_page_protocol(&head, doc) {
        doc.kind = DocumentKind::Protocol;
        let justering = !doc.justering.justerare.is_empty() || doc.justering.date.is_some();
        let what = if justering { "justering" } else { "roll call" };
        doc.kind_reason = format!("a protocol's front page ({what}), no paragraph body");
    } else {
        doc.kind = DocumentKind::Unknown;
        doc.kind_reason = "no numbered paragraphs, attendance list or memo heading found".into();
    }
    if doc.kind == DocumentKind::Protocol && extract(&head, doc) {
        doc.kind = DocumentKind::ProtocolExtract;
        doc.kind_reason = format!("{}: an extract of a protocol", doc.kind_reason);
    }
}

/// The head's lines above the first paragraph: a memo's heading inside
/// a paragraph (`Beslutsunderlag` / `Tjänsteskrivelse 2025-02-10`) names
/// the documents the matter was decided on, not the file.
fn above_paragraphs(items: &[Item], doc: &Document) -> String {
    let end = doc.paragraphs.first().map_or(usize::MAX, |p| p.span.start);
    items
        .iter()
        .filter(|i| !i.is_blank() && i.span.start < end)
        .take(40)
        .map(|i| fold(&i.text))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A memo's own heading (`Tjänsteskrivelse`, `TJÄNSTEUTLÅTANDE 2024-03-01`)
/// on a line of the head, not a memo named in a sentence (`I ärendet
/// föreligger tjänsteutlåtande 2017-05-29 från ...`).
fn names_itself_memo(head: &str) -> bool {
    head.lines().any(|l| {
        let l = l.trim_start_matches(|c: char| !c.is_alphanumeric());
        l.starts_with("tjänsteskrivelse") || l.starts_with("tjänsteutlåtande")
    }) || head.lines().any(|l| {
        // `Kommunledningskontoret   Tjänsteskrivelse`: the sender before it.
        let l = l.trim_end();
        l.len() <= 80 && (l.ends_with("tjänsteskrivelse") || l.ends_with("tjänsteutlåtande"))
    })
}

/// A protocol of which only a paragraph or a few are given: it calls itself
/// an extract (`Protokollsutdrag`, `Utdrag ur protokoll`) and holds few
/// paragraphs, or it is one paragraph with nothing of a protocol's front
/// (no attendance, meeting time or place, justering, signatures, declared
/// range, notice or contents).
fn extract(head: &str, doc: &Document) -> bool {
    // A title line of its own, not a reference in a list of documents.
    let says = head.lines().any(|l| {
        let l = l.trim();
        l.len() <= 60
            && (l.starts_with("protokollsutdrag")
                || l.starts_with("utdrag ur protokoll")
                || l.starts_with("utdrag ur sammanträdesprotokoll"))
    });
    let a = &doc.attendance;
    let m = &doc.meeting;
    let bare = a.members.is_empty()
        && a.serving_substitutes.is_empty()
        && a.substitutes.is_empty()
        && a.others.is_empty()
        && m.start.is_none()
        && m.place.is_none()
        && doc.justering.justerare.is_empty()
        && doc.justering.date.is_none()
        && doc.signatures.is_empty()
        && doc.declared_range.is_none()
        && doc.notice == Notice::default()
        && doc.toc.is_empty();
    (says && doc.paragraphs.len() <= 3) || (bare && doc.paragraphs.len() == 1)
}
