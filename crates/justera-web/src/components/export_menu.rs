//! Export buttons: the model, the findings and the outcomes as files.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::export;
use crate::i18n::Lang;
use crate::state::Loaded;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub file: Loaded,
}

/// Offer `content` as a download named `name` (a Blob URL; nothing leaves the browser).
fn download(name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        let _ = a.style().set_property("display", "none");
        if let Some(body) = document.body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn stem(name: &str) -> String {
    let base = name.rsplit_once('.').map(|(s, _)| s).unwrap_or(name);
    let clean: String = base
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if clean.is_empty() {
        "justera".into()
    } else {
        clean
    }
}

#[function_component(ExportMenu)]
pub fn export_menu(props: &Props) -> Html {
    let lang = props.lang;
    let file = props.file.clone();
    let button = |label: &str, kind: &'static str| {
        // The findings are exported once the rules have run.
        let disabled = matches!(kind, "diag-json" | "diag-csv" | "sarif") && !file.checked();
        let file = file.clone();
        let onclick = Callback::from(move |_| {
            let d = &file.data;
            let s = stem(&file.name);
            match kind {
                "model" => download(
                    &format!("{s}.model.json"),
                    "application/json",
                    &justera::to_json(&d.doc),
                ),
                "diag-json" => download(
                    &format!("{s}.diagnostics.json"),
                    "application/json",
                    &export::diagnostics_json(file.findings()),
                ),
                "diag-csv" => download(
                    &format!("{s}.diagnostics.csv"),
                    "text/csv;charset=utf-8",
                    &format!("\u{feff}{}", export::diagnostics_csv(file.findings())),
                ),
                "sarif" => download(
                    &format!("{s}.sarif"),
                    "application/sarif+json",
                    &export::sarif(file.findings(), &file.name, file.rules()),
                ),
                "glance" => download(
                    &format!("{s}.beslut.txt"),
                    "text/plain;charset=utf-8",
                    &crate::glance::text(
                        &d.doc,
                        &crate::labels::doc_title(&d.doc, lang)
                            .unwrap_or_else(|| file.name.clone()),
                        lang,
                    ),
                ),
                _ => download(
                    &format!("{s}.outcomes.csv"),
                    "text/csv;charset=utf-8",
                    &format!("\u{feff}{}", export::outcomes_csv(&d.doc)),
                ),
            }
        });
        html! { <li><button type="button" class="button" data-export={ kind } {disabled} {onclick}>{ label.to_string() }</button></li> }
    };
    html! {
        <details class="export">
            <summary>{ lang.t("Exportera", "Export") }</summary>
            <ul>
                { button(lang.t("Modellen (JSON)", "The model (JSON)"), "model") }
                { button(lang.t("Anmärkningar (JSON)", "Findings (JSON)"), "diag-json") }
                { button(lang.t("Anmärkningar (CSV)", "Findings (CSV)"), "diag-csv") }
                { button(lang.t("Anmärkningar (SARIF)", "Findings (SARIF)"), "sarif") }
                { button(lang.t("Utfall (CSV)", "Outcomes (CSV)"), "outcomes") }
                { button(lang.t("Beslut i korthet (text)", "Decisions at a glance (text)"), "glance") }
                <li><button type="button" class="button" onclick={ Callback::from(|_| { let _ = gloo::utils::window().print(); }) }>
                    { lang.t("Skriv ut", "Print") }</button></li>
            </ul>
        </details>
    }
}
