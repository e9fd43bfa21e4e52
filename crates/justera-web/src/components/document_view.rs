//! One opened document.

use yew::prelude::*;

use crate::components::{
    attendance::AttendanceView, check_view::CheckView, documents::Documents,
    export_menu::ExportMenu, glance_view::GlanceView, meeting_header::MeetingHeader,
    outcomes_view::OutcomesView, paragraph_list::ParagraphList, read_view::ReadView,
};
use crate::i18n::Lang;
use crate::labels::{doc_title, kind_label};
use crate::state::{Loaded, View};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub file: Loaded,
    pub view: View,
    pub target: Option<String>,
}

fn view_label(v: View, lang: Lang) -> &'static str {
    match v {
        View::Overview => lang.t("Översikt", "Overview"),
        View::Read => lang.t("Läs", "Read"),
        View::Check => lang.t("Granska", "Check"),
        View::Outcomes => lang.t("Utfall", "Outcomes"),
    }
}

#[function_component(DocumentView)]
pub fn document_view(props: &Props) -> Html {
    let lang = props.lang;
    let doc = &props.file.data.doc;
    let findings = props.file.findings().len();
    let checking = props.file.checking();
    let failed = props.file.check_failed;
    html! {
        <article class="document" aria-labelledby="doc-title">
            <header class="doc-head">
                <p class="kind">{ kind_label(doc.kind, lang) }</p>
                <h2 id="doc-title">{ doc_title(doc, lang).unwrap_or_else(|| props.file.name.clone()) }</h2>
                // The file's name is in the top bar; here only how it was read.
                if let Some(r) = &props.file.data.read_as {
                    <p class="file-name">{ r }</p>
                }
                <ExportMenu {lang} file={ props.file.clone() } />
            </header>
            <nav class="views" aria-label={ lang.t("Vyer", "Views") }>
                <ul>
                    { for View::ALL.into_iter().map(|v| html! {
                        <li>
                            <a href={ v.hash() } class="view-link" data-view={ &v.hash()[1..] }
                                aria-current={ (v == props.view).then_some("page") }>
                                { view_label(v, lang) }
                                if v == View::Check && findings > 0 { { format!(" ({findings})") } }
                                if v == View::Check && checking {
                                    <span class="checking">{ lang.t(" (granskar…)", " (checking…)") }</span>
                                }
                                if v == View::Check && failed {
                                    <span class="check-failed">{ lang.t(" (granskningen misslyckades)", " (the check failed)") }</span>
                                }
                            </a>
                        </li>
                    }) }
                </ul>
            </nav>
            {
                match props.view {
                    View::Overview => html! {
                        <>
                            <GlanceView {lang} data={ props.file.data.clone() } />
                            <MeetingHeader {lang} data={ props.file.data.clone() } />
                            <AttendanceView {lang} data={ props.file.data.clone() } />
                            <ParagraphList {lang} data={ props.file.data.clone() } />
                            <Documents {lang} data={ props.file.data.clone() } />
                        </>
                    },
                    View::Read => html! { <ReadView {lang} file={ props.file.clone() } target={ props.target.clone() } /> },
                    View::Check => html! { <CheckView {lang} file={ props.file.clone() } /> },
                    View::Outcomes => html! { <OutcomesView {lang} file={ props.file.clone() } /> },
                }
            }
        </article>
    }
}
