//! The open file in the page's top bar: its name, a switcher when several
//! files are open, and a button that closes it.

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::Loaded;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub files: Vec<Loaded>,
    pub current: Option<u32>,
    pub on_select: Callback<u32>,
    pub on_close: Callback<u32>,
}

#[function_component(FileTabs)]
pub fn file_tabs(props: &Props) -> Html {
    let lang = props.lang;
    let Some(current) = props
        .current
        .and_then(|id| props.files.iter().find(|f| f.id == id))
    else {
        return html! {};
    };
    let on_change = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                .map(|s| s.value());
            if let Some(id) = value.and_then(|v| v.parse::<u32>().ok()) {
                on_select.emit(id);
            }
        })
    };
    let id = current.id;
    html! {
        <div class="files">
            if props.files.len() < 2 {
                <span class="current-file" title={ current.name.clone() }>{ &current.name }</span>
            } else {
                <label class="visually-hidden" for="file-switch">
                    { format!("{} ({})", lang.t("Öppna filer", "Open files"), props.files.len()) }
                </label>
                <select id="file-switch" class="file-switch" onchange={ on_change }>
                    { for props.files.iter().map(|f| html! {
                        <option value={ f.id.to_string() } selected={ f.id == id }>{ &f.name }</option>
                    }) }
                </select>
            }
            <button type="button" class="close"
                aria-label={ format!("{} {}", lang.t("Stäng", "Close"), current.name) }
                onclick={ props.on_close.reform(move |_| id) }>
                { "×" }
            </button>
        </div>
    }
}
