//! The documents inside a file: a meeting's handlingar (memos, a
//! negotiation protocol, extracts, initiatives, confidential stubs), or what
//! is attached after a protocol or a memo. Each opens on its own.

use std::rc::Rc;

use justera::{DocumentKind, Memo, Paragraph, SubDocument};
use yew::prelude::*;

use crate::i18n::Lang;
use crate::labels::kind_label;
use crate::work::Done;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub data: Rc<Done>,
}

fn memo(m: &Memo, lang: Lang) -> Html {
    let list = |items: &[justera::Text]| -> Html {
        html! { <ul>{ for items.iter().map(|t| html! { <li>{ &t.text }</li> }) }</ul> }
    };
    html! {
        <div class="memo">
            if let Some(d) = &m.proposed_decision {
                <h4>{ lang.t("Förslag till beslut", "Proposed decision") }</h4>
                <p>{ &d.text }</p>
            }
            if let Some(s) = &m.summary {
                <h4>{ lang.t("Sammanfattning", "Summary") }</h4>
                <p>{ &s.text }</p>
            }
            if !m.documents_listed.is_empty() {
                <h4>{ lang.t("Handlingar", "Documents") }</h4>
                { list(&m.documents_listed) }
            }
            if !m.signatories.is_empty() {
                <h4>{ lang.t("Undertecknat av", "Signed by") }</h4>
                <ul>
                    { for m.signatories.iter().map(|p| html! {
                        <li>{ &p.name }{ p.role.as_ref().map(|r| format!(", {r}")).unwrap_or_default() }</li>
                    }) }
                </ul>
            }
            if !m.distribution.is_empty() {
                <h4>{ lang.t("Beslutet skickas till", "Decision sent to") }</h4>
                { list(&m.distribution) }
            }
        </div>
    }
}

fn paragraphs(ps: &[Paragraph], lang: Lang) -> Html {
    html! {
        <ol class="sub-paragraphs">
            { for ps.iter().map(|p| html! {
                <li>
                    <strong>{ if p.number_text.is_empty() { p.label() } else { p.number_text.clone() } }</strong>
                    { " " }{ &p.title }
                    if let Some(d) = &p.decision {
                        <p><span class="label">{ lang.t("Beslut: ", "Decision: ") }</span>{ &d.text }</p>
                    }
                </li>
            }) }
        </ol>
    }
}

fn document(k: usize, d: &SubDocument, lang: Lang) -> Html {
    let cases = d
        .case_numbers
        .iter()
        .map(|c| c.text.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let title = if d.title.is_empty() {
        kind_label(d.kind, lang).to_string()
    } else {
        d.title.clone()
    };
    html! {
        <li class="sub-document" id={ format!("doc{}", k + 1) }>
            <details>
                <summary>
                    <span class="doc-kind">{ kind_label(d.kind, lang) }</span>{ ": " }
                    <span class="doc-title">{ title }</span>
                    if !cases.is_empty() { <span class="case">{ format!(" ({cases})") }</span> }
                    if let Some(date) = &d.date { <span class="date">{ format!(", {}", date.iso) }</span> }
                </summary>
                if d.confidential {
                    <p class="confidential">{ lang.t(
                        "Handlingen publiceras inte (sekretess).",
                        "The document is not published (confidential).",
                    ) }</p>
                }
                if let Some(m) = &d.memo { { memo(m, lang) } }
                if !d.paragraphs.is_empty() { { paragraphs(&d.paragraphs, lang) } }
            </details>
        </li>
    }
}

#[function_component(Documents)]
pub fn documents(props: &Props) -> Html {
    let lang = props.lang;
    let doc = &props.data.doc;
    if doc.documents.is_empty() {
        return Html::default();
    }
    let heading = if doc.kind == DocumentKind::Bundle {
        lang.t("Dokument i filen", "Documents in the file")
    } else {
        lang.t("Bifogade dokument", "Attached documents")
    };
    html! {
        <section class="documents" aria-labelledby="documents-h">
            <h3 id="documents-h">
                { heading }<span class="count">{ format!(" ({})", doc.documents.len()) }</span>
            </h3>
            if let Some(m) = &doc.memo {
                { memo(m, lang) }
            }
            <ol class="document-list">
                { for doc.documents.iter().enumerate().map(|(k, d)| document(k, d, lang)) }
            </ol>
        </section>
    }
}
