//! The switcher between open files.

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
    if props.files.len() < 2 {
        return html! {};
    }
    html! {
        <nav class="files" aria-label={ lang.t("Öppna filer", "Open files") }>
            <ul>
                { for props.files.iter().map(|f| {
                    let id = f.id;
                    let current = props.current == Some(id);
                    html! {
                        <li class={ classes!(current.then_some("current")) }>
                            <button type="button" class="file-tab"
                                aria-current={ current.then_some("true") }
                                onclick={ props.on_select.reform(move |_| id) }>
                                { &f.name }
                            </button>
                            <button type="button" class="close"
                                aria-label={ format!("{} {}", lang.t("Stäng", "Close"), f.name) }
                                onclick={ props.on_close.reform(move |_| id) }>
                                { "×" }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
