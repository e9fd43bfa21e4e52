//! Words for the model's kinds, shared by the views (plain Rust, tested
//! natively).

use justera::DocumentKind;

use crate::i18n::Lang;

/// What kind of document this is, in words.
pub fn kind_label(kind: DocumentKind, lang: Lang) -> &'static str {
    match kind {
        DocumentKind::Protocol => lang.t("Protokoll", "Protocol"),
        DocumentKind::ProtocolExtract => lang.t("Protokollsutdrag", "Protocol extract"),
        DocumentKind::Memo => lang.t("Tjänsteskrivelse", "Officer's memo"),
        DocumentKind::Bundle => lang.t("Handlingar", "Meeting papers"),
        DocumentKind::NegotiationProtocol => lang.t("Förhandlingsprotokoll", "Negotiation minutes"),
        DocumentKind::Initiative => lang.t("Initiativ", "Initiative"),
        DocumentKind::Unknown => lang.t("Okänd sorts dokument", "Unknown kind of document"),
    }
}

/// A heading for the document: its own title, else body, number and date.
pub fn doc_title(doc: &justera::Document, lang: Lang) -> Option<String> {
    if let Some(t) = doc.title.as_ref().filter(|t| !t.text.trim().is_empty()) {
        return Some(t.text.clone());
    }
    let m = &doc.meeting;
    let mut parts = Vec::new();
    if let Some(body) = &m.body {
        parts.push(body.text.clone());
    }
    if let Some(n) = &m.number {
        parts.push(format!("{} {}", lang.t("protokoll", "protocol"), n.text));
    }
    if let Some(d) = &m.date {
        parts.push(d.iso.clone());
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_word_in_both_languages() {
        assert_eq!(kind_label(DocumentKind::Protocol, Lang::Sv), "Protokoll");
        assert_eq!(kind_label(DocumentKind::Memo, Lang::En), "Officer's memo");
        assert_eq!(kind_label(DocumentKind::Bundle, Lang::Sv), "Handlingar");
    }

    #[test]
    fn a_document_without_a_title_is_named_by_its_meeting() {
        let doc = justera::parse(crate::samples::text("000").unwrap());
        let t = doc_title(&doc, Lang::Sv).unwrap();
        assert!(t.contains("2024-03-18"), "{t}");
        assert_eq!(doc_title(&justera::parse(""), Lang::Sv), None);
    }
}
