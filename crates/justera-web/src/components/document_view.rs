//! One opened document.

use justera::DocumentKind;
use yew::prelude::*;

use crate::components::{
    attendance::AttendanceView, meeting_header::MeetingHeader, paragraph_list::ParagraphList,
};
use crate::i18n::Lang;
use crate::state::Loaded;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub file: Loaded,
}

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
fn title(doc: &justera::Document, lang: Lang) -> Option<String> {
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

#[function_component(DocumentView)]
pub fn document_view(props: &Props) -> Html {
    let lang = props.lang;
    let doc = &props.file.data.doc;
    html! {
        <article class="document" aria-labelledby="doc-title">
            <header class="doc-head">
                <p class="kind">{ kind_label(doc.kind, lang) }</p>
                <h2 id="doc-title">{ title(doc, lang).unwrap_or_else(|| props.file.name.clone()) }</h2>
                <p class="file-name">{ &props.file.name }</p>
            </header>
            <MeetingHeader {lang} data={ props.file.data.clone() } />
            <AttendanceView {lang} data={ props.file.data.clone() } />
            <ParagraphList {lang} data={ props.file.data.clone() } />
        </article>
    }
}
