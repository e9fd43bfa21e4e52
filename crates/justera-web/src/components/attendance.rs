//! Who attended: members, serving substitutes, substitutes, others.

use std::rc::Rc;

use crate::work::Done;
use justera::{Person, Replaces};
use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub data: Rc<Done>,
}

fn replaces(p: &Person, lang: Lang) -> String {
    match &p.replaces {
        Some(Replaces::Person {
            name,
            party: Some(party),
        }) => format!("{name} ({party})"),
        Some(Replaces::Person { name, party: None }) => name.clone(),
        Some(Replaces::Vacancy { party }) => match party {
            Some(party) => format!("{} ({party})", lang.t("vakans", "vacancy")),
            None => lang.t("vakans", "vacancy").to_string(),
        },
        None => String::new(),
    }
}

fn table(id: &str, caption: &str, people: &[Person], lang: Lang, with_replaces: bool) -> Html {
    if people.is_empty() {
        return html! {};
    }
    let with_scope = people.iter().any(|p| p.scope.is_some());
    html! {
        <div class="table-wrap" role="region" aria-labelledby={ id.to_string() } tabindex="0">
            <table class={ classes!("people", id.to_string()) }>
                <caption id={ id.to_string() }>{ caption.to_string() }{ format!(" ({})", people.len()) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ lang.t("Namn", "Name") }</th>
                        <th scope="col">{ lang.t("Parti", "Party") }</th>
                        <th scope="col">{ lang.t("Roll", "Role") }</th>
                        if with_replaces { <th scope="col">{ lang.t("Ersätter", "Replaces") }</th> }
                        if with_scope { <th scope="col">{ lang.t("Paragrafer", "Paragraphs") }</th> }
                    </tr>
                </thead>
                <tbody>
                    { for people.iter().map(|p| html! {
                        <tr>
                            <th scope="row">
                                { &p.name }
                                if p.group { { " " }{ lang.t("m.fl.", "and others") } }
                            </th>
                            <td>{ p.party.clone().unwrap_or_default() }</td>
                            <td>{ p.role.clone().unwrap_or_default() }</td>
                            if with_replaces { <td>{ replaces(p, lang) }</td> }
                            if with_scope { <td>{ p.scope.as_ref().map(|s| s.text.clone()).unwrap_or_default() }</td> }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[function_component(AttendanceView)]
pub fn attendance_view(props: &Props) -> Html {
    let lang = props.lang;
    let a = &props.data.doc.attendance;
    if a.all().next().is_none() {
        return html! {};
    }
    html! {
        <section class="attendance" aria-labelledby="attendance-h">
            <h3 id="attendance-h">{ lang.t("Närvaro", "Attendance") }</h3>
            { table("members", lang.t("Ledamöter", "Members"), &a.members, lang, false) }
            { table("serving", lang.t("Tjänstgörande ersättare", "Serving substitutes"), &a.serving_substitutes, lang, true) }
            { table("substitutes", lang.t("Ersättare", "Substitutes"), &a.substitutes, lang, false) }
            { table("others", lang.t("Övriga närvarande", "Others present"), &a.others, lang, false) }
        </section>
    }
}
