//! **Beslut i korthet** at the top of the overview: one line per paragraph
//! (the words come from `crate::glance`), each linked to the paragraph in
//! the read view. Printing it gives the one-page summary.

use std::rc::Rc;

use yew::prelude::*;

use crate::glance::{self, upper_first};
use crate::hooks::use_progressive::{use_progressive, SliceProps as ChunkProps};
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

/// Paragraphs drawn in one task.
const CHUNK: usize = 10;

fn item(l: &glance::Line, lang: Lang) -> Html {
    let how_class = if l.contested { "how contested" } else { "how" };
    html! {
        <li class={ classes!("glance-item", l.contested.then_some("contested")) } data-n={ l.number.to_string() }>
            <p class="g-title">
                <a href={ format!("#{}", l.anchor) }>
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
}

/// A slice of the paragraphs, each read at a glance when drawn.
#[function_component(Chunk)]
fn chunk(props: &ChunkProps) -> Html {
    let lang = props.lang;
    let ps = &props.data.doc.paragraphs;
    html! { <>{ for (props.from..props.to).map(|k| {
        item(&glance::line(&ps[k], crate::anchor::at(ps, k), lang), lang)
    }) }</> }
}

#[function_component(GlanceView)]
pub fn glance_view(props: &Props) -> Html {
    let lang = props.lang;
    let n = props.data.doc.paragraphs.len();
    let key = Rc::as_ptr(&props.data) as usize;
    let shown = use_progressive(key, n.div_ceil(CHUNK), 1, 1);
    if n == 0 {
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
                { for (0..shown).map(|c| html! {
                    <Chunk key={ c } {lang} data={ props.data.clone() } from={ c * CHUNK }
                        to={ ((c + 1) * CHUNK).min(n) } />
                }) }
            </ol>
        </section>
    }
}
