//! The read view: an outline with badges beside the document as clean text
//! (headings, lists, tables from the scanner), with search.

use justera::{BlockKind, Paragraph};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use std::rc::Rc;

use crate::hooks::use_progressive::use_progressive;
use crate::i18n::Lang;
use crate::state::Loaded;
use crate::text::{find_all, split_marked};
use crate::work::{Done, Finding, Level, ReadItem, ReadKind};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub file: Loaded,
    /// The id of the paragraph to bring into sight (`p12a`).
    pub target: Option<String>,
}

/// The index of the paragraph a paragraph block holds (they share their
/// start), found by halving: paragraphs are in text order.
fn paragraph_of(doc: &justera::Document, block: &justera::Block) -> Option<usize> {
    if block.kind != BlockKind::Paragraph {
        return None;
    }
    let ps = &doc.paragraphs;
    let i = ps.partition_point(|p| p.span.start < block.span.start);
    ps.get(i)
        .filter(|p| p.span.start == block.span.start)
        .map(|_| i)
}

/// The badges of a paragraph in the outline.
pub fn badges(
    p: &Paragraph,
    findings: &[Finding],
    lang: Lang,
) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    if p.outcome.as_ref().is_some_and(|o| o.contested) {
        out.push(("contested", lang.t("omstridd", "contested")));
    }
    if !p.votes.is_empty() {
        out.push(("voted", lang.t("omröstning", "vote")));
    }
    if !p.reservations.is_empty() {
        out.push(("reserved", lang.t("reservation", "reservation")));
    }
    if p.confidential {
        out.push(("confidential", lang.t("sekretess", "confidential")));
    }
    let warned = findings
        .iter()
        .any(|f| f.severity >= Level::Warning && p.span.contains(f.span));
    if warned {
        out.push(("warning", lang.t("anmärkning", "has warnings")));
    }
    out
}

/// Text with the search hits marked.
fn marked(text: &str, query: &str) -> Html {
    if query.trim().is_empty() {
        return html! { { text.to_string() } };
    }
    let hits = find_all(text, query);
    let whole = justera::Span::new(0, text.len());
    let parts = split_marked(text, whole, &hits).into_iter().map(|(t, m)| {
        if m {
            html! { <mark>{ t.to_string() }</mark> }
        } else {
            html! { { t.to_string() } }
        }
    });
    html! { <>{ for parts }</> }
}

/// Items as semantic HTML: runs of text lines become paragraphs, list items
/// lists, table rows tables.
fn render_items(items: &[&ReadItem], query: &str) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let it = items[i];
        match it.kind {
            ReadKind::Heading => {
                out.push(html! { <h4 class="t-h">{ marked(&it.text, query) }</h4> });
                i += 1;
            }
            ReadKind::Text => {
                let mut j = i;
                let mut lines = Vec::new();
                while j < items.len() && items[j].kind == ReadKind::Text {
                    lines.push(items[j].text.as_str());
                    j += 1;
                }
                out.push(html! { <p>{ marked(&lines.join(" "), query) }</p> });
                i = j;
            }
            ReadKind::ListItem => {
                let mut j = i;
                while j < items.len() && items[j].kind == ReadKind::ListItem {
                    j += 1;
                }
                out.push(html! {
                    <ul class="t-list">
                        { for items[i..j].iter().map(|it| html! { <li>{ marked(&it.text, query) }</li> }) }
                    </ul>
                });
                i = j;
            }
            ReadKind::TableRow | ReadKind::TableRule => {
                let mut j = i;
                while j < items.len()
                    && matches!(items[j].kind, ReadKind::TableRow | ReadKind::TableRule)
                {
                    j += 1;
                }
                let rows: Vec<&ReadItem> = items[i..j]
                    .iter()
                    .copied()
                    .filter(|r| r.kind == ReadKind::TableRow)
                    .collect();
                let header = j > i + 1 && items[i + 1].kind == ReadKind::TableRule;
                let cells = |r: &ReadItem| -> Vec<String> {
                    if r.cells.is_empty() {
                        vec![r.text.clone()]
                    } else {
                        r.cells.clone()
                    }
                };
                let (head, body) = if header && !rows.is_empty() {
                    (Some(rows[0]), &rows[1..])
                } else {
                    (None, &rows[..])
                };
                out.push(html! {
                    <div class="table-wrap">
                        <table class="t-table">
                            if let Some(h) = head {
                                <thead><tr>
                                    // An empty heading cell (a table's corner) is no header.
                                    { for cells(h).into_iter().map(|c| if c.trim().is_empty() {
                                        html! { <td></td> }
                                    } else {
                                        html! { <th scope="col">{ marked(&c, query) }</th> }
                                    }) }
                                </tr></thead>
                            }
                            <tbody>
                                { for body.iter().map(|r| html! {
                                    <tr>{ for cells(r).into_iter().map(|c| html! { <td>{ marked(&c, query) }</td> }) }</tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                });
                i = j;
            }
            ReadKind::Break => {
                out.push(html! { <hr /> });
                i += 1;
            }
            ReadKind::Blank => i += 1,
        }
    }
    html! { <>{ for out }</> }
}

/// Items drawn in one task, about.
const CHUNK: usize = 100;

#[derive(Properties)]
struct ChunkProps {
    data: Rc<Done>,
    /// Each block's items, by index into `data.items`.
    ranges: Rc<Vec<(usize, usize)>>,
    /// The blocks drawn.
    from: usize,
    to: usize,
    query: String,
}

/// The same file's same blocks and search: not drawn again (the document
/// is not compared).
impl PartialEq for ChunkProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data)
            && (self.from, self.to) == (other.from, other.to)
            && self.ranges == other.ranges
            && self.query == other.query
    }
}

/// Blocks `from..to`, each as a section (a paragraph's with its id, `p12`,
/// `p12a`).
#[function_component(Chunk)]
fn chunk(props: &ChunkProps) -> Html {
    let data = &props.data;
    let sections = (props.from..props.to).map(|b| {
        let block = &data.doc.blocks[b];
        let (i, j) = props.ranges[b];
        let in_block: Vec<&ReadItem> = data.items[i..j].iter().collect();
        let body = render_items(&in_block, &props.query);
        let ps = &data.doc.paragraphs;
        match paragraph_of(&data.doc, block) {
            Some(k) => html! {
                <section class="t-block paragraph-block" id={ crate::anchor::at(ps, k) } tabindex="-1"
                    aria-label={ ps[k].label() }>{ body }</section>
            },
            None => html! { <section class="t-block">{ body }</section> },
        }
    });
    html! { <>{ for sections }</> }
}

#[function_component(ReadView)]
pub fn read_view(props: &Props) -> Html {
    let lang = props.lang;
    let data = &props.file.data;
    let doc = &data.doc;
    let query = use_state(String::new);

    // Bring the asked-for paragraph into sight.
    use_effect_with((props.target.clone(), props.file.id), |(target, _)| {
        if let Some(id) = target {
            if let Some(el) = gloo::utils::document().get_element_by_id(id) {
                el.scroll_into_view();
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                    let _ = el.focus();
                }
            }
        }
    });

    let on_search = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };

    // Items by block: blocks and items are both in text order.
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(doc.blocks.len());
    let mut k = 0;
    let mut hits = 0usize;
    // Each paragraph's id, made once (`p12`, `p12-2` for a second `§ 12`).
    let ids = crate::anchor::ids(&doc.paragraphs);
    let mut hit_paragraphs: Vec<(usize, usize)> = Vec::new();
    for block in &doc.blocks {
        while k < data.items.len() && data.items[k].span.start < block.span.start {
            k += 1;
        }
        let from = k;
        while k < data.items.len() && data.items[k].span.start < block.span.end {
            k += 1;
        }
        ranges.push((from, k));
        if !query.trim().is_empty() {
            let n: usize = data.items[from..k]
                .iter()
                .map(|it| {
                    if it.cells.is_empty() {
                        find_all(&it.text, &query).len()
                    } else {
                        it.cells.iter().map(|c| find_all(c, &query).len()).sum()
                    }
                })
                .sum();
            hits += n;
            if let (Some(p), true) = (paragraph_of(doc, block), n > 0) {
                hit_paragraphs.push((p, n));
            }
        }
    }
    // Blocks in slices of about CHUNK items, drawn a slice per task; a
    // paragraph asked for is drawn at once, with all before it.
    let mut chunks: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (b, &(_, to)) in ranges.iter().enumerate() {
        if to - ranges[start].0 >= CHUNK || b + 1 == ranges.len() {
            chunks.push((start, b + 1));
            start = b + 1;
        }
    }
    let key = Rc::as_ptr(data) as usize;
    let mut shown = use_progressive(key, chunks.len(), 1, 1);
    if let Some(target) = props
        .target
        .as_ref()
        .and_then(|id| ids.iter().position(|x| x == id))
    {
        let wanted = chunks.iter().position(|&(a, b)| {
            doc.blocks[a..b]
                .iter()
                .any(|bl| paragraph_of(doc, bl) == Some(target))
        });
        if let Some(c) = wanted {
            shown = shown.max(c + 1);
        }
    }
    let ranges = Rc::new(ranges);
    let sections = chunks[..shown].iter().map(|&(from, to)| {
        html! {
            <Chunk key={ from } data={ data.clone() } ranges={ ranges.clone() } {from} {to}
                query={ (*query).clone() } />
        }
    });

    html! {
        <div class="read">
            <nav class="outline" aria-label={ lang.t("Innehåll", "Contents") }>
                <h3>{ lang.t("Innehåll", "Contents") }</h3>
                <div class="search">
                    <label for="search">{ lang.t("Sök i dokumentet", "Search the document") }</label>
                    <input id="search" type="search" value={ (*query).clone() } oninput={ on_search }
                        autocomplete="off" />
                    <p class="hits" role="status">
                        if !query.trim().is_empty() {
                            { format!("{hits} {}", if hits == 1 { lang.t("träff", "hit") } else { lang.t("träffar", "hits") }) }
                            if !hit_paragraphs.is_empty() {
                                { lang.t(" i ", " in ") }
                                { for hit_paragraphs.iter().map(|&(k, c)| html! {
                                    <><a href={ format!("#{}", ids[k]) }>{ doc.paragraphs[k].label() }</a>{ format!(" ({c}) ") }</>
                                }) }
                            }
                        }
                    </p>
                </div>
                <ol class="outline-list">
                    { for doc.paragraphs.iter().zip(&ids).map(|(p, id)| html! {
                        <li class="outline-item">
                            <a href={ format!("#{id}") }>
                                <span class="num">{ p.label() }</span>{ " " }{ &p.title }
                            </a>
                            { for badges(p, props.file.findings(), lang).into_iter().map(|(class, label)| html! {
                                <span class={ classes!("badge", class) }>{ label }</span>
                            }) }
                        </li>
                    }) }
                </ol>
            </nav>
            <div class="text" aria-label={ lang.t("Dokumentets text", "The document's text") } role="region">
                { for sections }
            </div>
        </div>
    }
}
