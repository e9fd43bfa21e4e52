//! The meeting: body, number, date, time, place; justering and notice.

use std::rc::Rc;

use crate::work::Done;
use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub data: Rc<Done>,
}

fn row(term: &str, value: Option<String>) -> Html {
    match value {
        Some(v) if !v.is_empty() => html! {
            <div class="row"><dt>{ term.to_string() }</dt><dd>{ v }</dd></div>
        },
        _ => html! {},
    }
}

#[function_component(MeetingHeader)]
pub fn meeting_header(props: &Props) -> Html {
    let lang = props.lang;
    let m = &props.data.doc.meeting;
    let time = match (&m.start, &m.end) {
        (Some(s), Some(e)) => Some(format!("{}–{}", s.text, e.text)),
        (Some(s), None) => Some(s.text.clone()),
        _ => None,
    };
    let date = m.date.as_ref().map(|d| match &m.weekday {
        Some(w) => format!("{} ({})", d.iso, w.text),
        None => d.iso.clone(),
    });
    let j = &props.data.doc.justering;
    let justerare = (!j.justerare.is_empty()).then(|| {
        j.justerare
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    });
    let n = &props.data.doc.notice;
    let range = props
        .data
        .doc
        .declared_range
        .as_ref()
        .map(|r| r.text.clone());
    let secretary = props.data.doc.secretary.as_ref().map(|p| p.name.clone());
    // Who signed: each name with its role and, signed with e-ID, the day.
    let signed = (!props.data.doc.signatures.is_empty()).then(|| {
        props
            .data
            .doc
            .signatures
            .iter()
            .map(|s| {
                let how: Vec<String> = s
                    .role
                    .iter()
                    .cloned()
                    .chain(s.digital.then(|| {
                        let signed = lang.t("e-signerat", "signed with e-ID");
                        s.date
                            .as_ref()
                            .map_or(signed.to_string(), |d| format!("{signed} {}", d.iso))
                    }))
                    .collect();
                if how.is_empty() {
                    s.name.clone()
                } else {
                    format!("{} ({})", s.name, how.join(", "))
                }
            })
            .collect::<Vec<_>>()
            .join("; ")
    });
    let empty = m.body.is_none() && m.number.is_none() && m.date.is_none() && m.place.is_none();
    if empty && justerare.is_none() && n.posted.is_none() {
        return html! {};
    }
    html! {
        <section class="meeting" aria-labelledby="meeting-h">
            <h3 id="meeting-h">{ lang.t("Sammanträdet", "The meeting") }</h3>
            <dl class="facts">
                { row(lang.t("Organ", "Body"), m.body.as_ref().map(|t| t.text.clone())) }
                { row(lang.t("Protokoll nr", "Protocol no."), m.number.as_ref().map(|t| t.text.clone())) }
                { row(lang.t("Datum", "Date"), date) }
                { row(lang.t("Tid", "Time"), time) }
                { row(lang.t("Plats", "Place"), m.place.as_ref().map(|t| t.text.clone())) }
                { row(lang.t("Paragrafer", "Paragraphs"), range) }
                { row(lang.t("Justerare", "Adjusters"), justerare) }
                { row(lang.t("Justeringsdatum", "Approved on"), j.date.as_ref().map(|d| d.iso.clone())) }
                { row(lang.t("Sekreterare", "Secretary"), secretary) }
                { row(lang.t("Underskrifter", "Signed by"), signed) }
                { row(lang.t("Anslaget uppsatt", "Notice posted"), n.posted.as_ref().map(|d| d.iso.clone())) }
                { row(lang.t("Anslaget tas ned", "Notice removed"), n.removed.as_ref().map(|d| d.iso.clone())) }
                { row(lang.t("Sista dag att överklaga", "Last day to appeal"), n.appeal_deadline.as_ref().map(|d| d.iso.clone())) }
                { row(lang.t("Förvaringsplats", "Kept at"), n.kept_at.as_ref().map(|t| t.text.clone())) }
            </dl>
        </section>
    }
}
