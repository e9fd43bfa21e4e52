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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_word_in_both_languages() {
        assert_eq!(kind_label(DocumentKind::Protocol, Lang::Sv), "Protokoll");
        assert_eq!(kind_label(DocumentKind::Memo, Lang::En), "Officer's memo");
        assert_eq!(kind_label(DocumentKind::Bundle, Lang::Sv), "Handlingar");
    }
}
