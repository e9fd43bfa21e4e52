//! The paragraphs: number, title, case numbers, decision.

use std::rc::Rc;

use crate::work::Done;
use justera::Paragraph;
use yew::prelude::*;

use crate::hooks::use_progressive::{use_progressive, SliceProps as ChunkProps};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub data: Rc<Done>,
}

fn number(p: &Paragraph) -> String {
    if p.number_text.trim().is_empty() {
        p.label()
    } else {
        p.number_text.trim().to_string()
    }
}

/// The paragraph `ps[k]`.
fn paragraph(ps: &[Paragraph], k: usize, lang: Lang) -> Html {
    let p = &ps[k];
    let id = crate::anchor::at(ps, k);
    let title_id = format!("{id}-title");
    html! {
        <li class="paragraph" id={ id } aria-labelledby={ title_id.clone() }>
            <h4 id={ title_id }>
                <span class="num">{ number(p) }</span>{ " " }
                <span class="title">{ &p.title }</span>
            </h4>
            if !p.case_numbers.is_empty() {
                <p class="case">
                    { lang.t("Diarienummer: ", "Case number: ") }
                    { p.case_numbers.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(", ") }
                </p>
            }
            if p.confidential {
                <p class="confidential">{ lang.t(
                    "Beslutet publiceras inte (sekretess).",
                    "The decision is not published (confidential).",
                ) }</p>
            }
            if let Some(d) = &p.decision {
                <div class="decision">
                    <h5>{ lang.t("Beslut", "Decision") }</h5>
                    if d.points.is_empty() {
                        <p>{ &d.text }</p>
                    } else {
                        <ol>
                            { for d.points.iter().map(|pt| html! { <li>{ &pt.text }</li> }) }
                        </ol>
                    }
                </div>
            }
        </li>
    }
}

/// Paragraphs drawn in one task.
const CHUNK: usize = 20;

#[function_component(Chunk)]
fn chunk(props: &ChunkProps) -> Html {
    let ps = &props.data.doc.paragraphs;
    html! { <>{ for (props.from..props.to).map(|k| paragraph(ps, k, props.lang)) }</> }
}

#[function_component(ParagraphList)]
pub fn paragraph_list(props: &Props) -> Html {
    let lang = props.lang;
    let ps = &props.data.doc.paragraphs;
    let key = Rc::as_ptr(&props.data) as usize;
    let chunks = ps.len().div_ceil(CHUNK);
    // Below the summary, out of sight at first (and not laid out, see
    // `content-visibility` in the stylesheet): an outline of two slices or
    // fewer (40 paragraphs) is drawn whole with the first screen, so it is
    // in the first frame; a longer one a slice per task after it, so the
    // first screen's task does not grow with it.
    let first = if chunks <= 2 { chunks } else { 0 };
    let shown = use_progressive(key, chunks, first, 1);
    html! {
        <section class="paragraphs" aria-labelledby="paragraphs-h">
            <h3 id="paragraphs-h">
                { lang.t("Paragrafer", "Paragraphs") }
                <span class="count">{ format!(" ({})", ps.len()) }</span>
            </h3>
            if ps.is_empty() {
                <p>{ lang.t("Inga numrerade paragrafer hittades.", "No numbered paragraphs were found.") }</p>
            } else {
                <ol class="paragraph-list">
                    { for (0..shown).map(|c| html! {
                        <Chunk key={ c } {lang} data={ props.data.clone() } from={ c * CHUNK }
                            to={ ((c + 1) * CHUNK).min(ps.len()) } />
                    }) }
                </ol>
            }
        </section>
    }
}
