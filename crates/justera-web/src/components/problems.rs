//! Files that could not be opened, said in both languages.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::Problem;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub problems: Vec<Problem>,
    pub on_dismiss: Callback<()>,
}

#[function_component(Problems)]
pub fn problems(props: &Props) -> Html {
    let lang = props.lang;
    html! {
        <div class="problems" role="alert">
            if !props.problems.is_empty() {
                <ul>
                    { for props.problems.iter().map(|p| {
                        let (here, other) = p.error.message_both(lang);
                        html! {
                            <li>
                                <strong>{ &p.name }{ ": " }</strong>
                                { here }
                                <span class="other-lang" lang={ lang.other().tag() }>{ " " }{ other }</span>
                            </li>
                        }
                    }) }
                </ul>
                <button type="button" class="button" onclick={ props.on_dismiss.reform(|_| ()) }>
                    { lang.t("Stäng", "Dismiss") }
                </button>
            }
        </div>
    }
}
