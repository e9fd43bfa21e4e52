//! **Beslut i korthet** at the top of the overview: one line per paragraph
//! (the words come from `crate::glance`), each linked to the paragraph in
//! the read view. Printing it gives the one-page summary.

use std::rc::Rc;

use yew::prelude::*;

use crate::glance::{self, upper_first};
use crate::i18n::Lang;
use crate::work::Done;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub data: Rc<Done>,
}

/// Print only the summary: mark the page, print, unmark.
fn print_summary() {
    let root = gloo::utils::document().document_element();
    if let Some(r) = &root {
        let _ = r.set_attribute("data-print", "glance");
    }
    let _ = gloo::utils::window().print();
    if let Some(r) = &root {
        let _ = r.remove_attribute("data-print");
    }
}

#[function_component(GlanceView)]
pub fn glance_view(props: &Props) -> Html {
    let lang = props.lang;
    let lines = glance::lines(&props.data.doc, lang);
    if lines.is_empty() {
        return html! {};
    }
    html! {
        <section class="glance" aria-labelledby="glance-h">
            <div class="glance-head">
                <h3 id="glance-h">{ lang.t("Beslut i korthet", "Decisions at a glance") }</h3>
                <button type="button" class="button print-glance" onclick={ Callback::from(|_| print_summary()) }>
                    { lang.t("Skriv ut sammanfattningen", "Print the summary") }
                </button>
            </div>
            <ol class="glance-list">
                { for lines.iter().map(|l| {
                    let how_class = if l.contested { "how contested" } else { "how" };
                    html! {
                        <li class={ classes!("glance-item", l.contested.then_some("contested")) } data-n={ l.number.to_string() }>
                            <p class="g-title">
                                <a href={ format!("#p{}", l.number) }>
                                    <span class="num">{ &l.label }</span>{ " " }{ &l.title }
                                </a>
                            </p>
                            if l.confidential {
                                <p class="g-decision muted">{ lang.t("Beslutet publiceras inte (sekretess).", "The decision is not published (confidential).") }</p>
                            } else if let Some(d) = &l.decision {
                                <p class="g-decision">{ d }</p>
                            } else {
                                <p class="g-decision muted">{ lang.t("Inget beslut i texten.", "No decision in the text.") }</p>
                            }
                            if let Some(h) = &l.how {
                                <p class={ how_class }>{ upper_first(h) }</p>
                            }
                            if !l.proposals.is_empty() {
                                <details class="g-proposals">
                                    <summary>{ lang.t("Vem föreslog vad", "Who proposed what") }</summary>
                                    <ul>
                                        { for l.proposals.iter().map(|x| html! { <li>{ x }</li> }) }
                                    </ul>
                                </details>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
