//! Ways to open a document: pick files, open a bundled sample, paste text.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::Lang;
use crate::opener::Opener;
use crate::samples::SAMPLES;
use crate::state::Pending;
use crate::work::Stage;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub opener: Opener,
}

fn stage(stage: Stage, lang: Lang) -> &'static str {
    match stage {
        Stage::Reading => lang.t("Läser", "Reading"),
        Stage::Decoding => lang.t("Avkodar", "Decoding"),
        Stage::Parsing => lang.t("Tolkar", "Parsing"),
    }
}

#[function_component(OpenBar)]
pub fn open_bar(props: &Props) -> Html {
    let lang = props.lang;
    let paste = use_node_ref();
    let on_pick = {
        let opener = props.opener.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(list) = input.files() {
                opener.open_files((0..list.length()).filter_map(|i| list.item(i)).collect());
            }
            // Picking the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let on_paste = {
        let opener = props.opener.clone();
        let paste = paste.clone();
        let name = lang.t("Inklistrad text", "Pasted text").to_string();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(area) = paste.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let text = area.value();
            if !text.trim().is_empty() {
                opener.open_text(name.clone(), text);
                area.set_value("");
            }
        })
    };

    html! {
        <section class="open" id="open-panel" aria-label={ lang.t("Öppna", "Open") }>
            <div class="open-row">
                <label class="button primary" for="file-input">
                    { lang.t("Välj fil…", "Choose file…") }
                </label>
                <input id="file-input" class="visually-hidden" type="file" multiple=true
                    accept=".txt,.md,.markdown,.text,text/plain,text/markdown,.docx,.pdf,application/pdf"
                    onchange={ on_pick } />
                <span class="hint">{ lang.t("eller släpp filer var som helst på sidan", "or drop files anywhere on the page") }</span>
            </div>
            <div class="open-row samples">
                <span id="samples-label" class="hint">{ lang.t("Exempel:", "Samples:") }</span>
                <ul class="samples" aria-labelledby="samples-label">
                    { for SAMPLES.iter().map(|s| {
                        let opener = props.opener.clone();
                        html! {
                            <li>
                                <button type="button" class="link" data-sample={ s.id }
                                    onclick={ Callback::from(move |_| opener.open_sample(s)) }>
                                    { lang.t(s.label_sv, s.label_en) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </div>
            <details class="paste">
                <summary>{ lang.t("Klistra in text", "Paste text") }</summary>
                <form onsubmit={ on_paste }>
                    <label for="paste-text">{ lang.t("Protokollets text", "The protocol's text") }</label>
                    <textarea id="paste-text" ref={ paste } rows="8" spellcheck="false" />
                    <button type="submit" class="button">{ lang.t("Öppna texten", "Open the text") }</button>
                </form>
            </details>
        </section>
    }
}

/// What is being read or parsed now: a live region, always on the page
/// (the opener may be folded away while a dropped file is read).
pub fn status(busy: &[Pending], lang: Lang) -> Html {
    html! {
        <p class="status" role="status" aria-live="polite">
            if !busy.is_empty() {
                <span class="spinner" aria-hidden="true"></span>
                { busy.iter().map(|p| format!("{} {} …", stage(p.stage, lang), p.name)).collect::<Vec<_>>().join("; ") }
            }
        </p>
    }
}
