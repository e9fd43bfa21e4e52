//! A document drawn once out of sight before the first file comes, so the
//! first file's screen is drawn by code and fonts that are ready.
//!
//! On a fresh page the first document drawn paid for more than its own
//! drawing (traced, seed 003 one second after load): the browser compiles
//! each wasm function of the page the first time it runs, and asks its own
//! process (a round trip per font size and weight) for every text style the
//! document uses that the welcome screen did not, in the middle of the
//! first layout; that was most of the page's part of drop → outline. The
//! text worker's warm-up (`work::warm_up`) sends the bundled sample it
//! parsed; here the overview of it (and the top bar's title as it is
//! with a file open) is drawn by the real components into a
//! closed shadow root under an element that is hidden (`visibility:
//! hidden`: laid out, never painted), inert and `aria-hidden`, with the
//! page's own stylesheet, and removed again shortly after. Nothing of it is
//! seen, heard, focused or found: not by a screen reader, find in page,
//! `document.querySelector`, nor an `id` lookup (a closed shadow root keeps
//! its ids and nodes to itself).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use yew::prelude::*;

use crate::components::document_view::DocumentView;
use crate::i18n::Lang;
use crate::state::{Loaded, View};
use crate::work::Done;

/// How long the drawing stays: its slices (a task each) drawn and a frame
/// laid out, in far less.
const KEEP_MS: u32 = 500;

#[derive(Properties, PartialEq)]
struct Props {
    lang: Lang,
    file: Loaded,
}

/// What the page shows once a file is open: the top bar's title at its
/// size then (`app.rs`), and the document's overview.
#[function_component(Rehearsal)]
fn rehearsal(props: &Props) -> Html {
    html! {
        <>
            <header class="site compact"><div class="brand"><h1>{ "Justera" }</h1></div></header>
            <DocumentView lang={ props.lang } file={ props.file.clone() } view={ View::Overview } target={ None::<String> } />
        </>
    }
}

/// Draw `done` (the warm-up's sample) out of sight, then remove it.
pub fn rehearse(done: Done) {
    let _ = try_rehearse(done);
}

/// The hidden element, its closed shadow root's drawing root, and the
/// page's stylesheet loaded again inside it (from the cache): what is
/// drawn there has the same styles as a file's.
pub(crate) fn hidden() -> Option<(web_sys::Element, web_sys::Element, web_sys::Node)> {
    let document = gloo::utils::document();
    let body = document.body()?;
    let sheet = document
        .query_selector("link[rel=stylesheet]")
        .ok()
        .flatten()?
        .clone_node()
        .ok()?;
    let host = document.create_element("div").ok()?;
    host.set_class_name("rehearsal");
    host.set_attribute("aria-hidden", "true").ok()?;
    host.set_attribute("inert", "").ok()?;
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(
            web_sys::ShadowRootMode::Closed,
        ))
        .ok()?;
    let root = document.create_element("div").ok()?;
    root.set_class_name("rehearsal-root");
    shadow.append_child(&sheet).ok()?;
    shadow.append_child(&root).ok()?;
    body.append_child(&host).ok()?;
    Some((host, root, sheet))
}

fn page_lang() -> Lang {
    gloo::utils::document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|t| Lang::from_tag(&t))
        .unwrap_or_default()
}

fn loaded(done: Done) -> Loaded {
    Loaded {
        id: 0,
        name: String::new(),
        data: Rc::new(done),
        checks: None,
        check_failed: false,
    }
}

fn try_rehearse(done: Done) -> Option<()> {
    let (host, root, sheet) = hidden()?;
    let props = Props {
        lang: page_lang(),
        file: loaded(done),
    };
    let app = Rc::new(RefCell::new(None));
    // Drawn once the stylesheet applies; removed after a while either way
    // (also when the stylesheet never loads).
    let draw = {
        let app = app.clone();
        Closure::once_into_js(move || {
            let handle = yew::Renderer::<Rehearsal>::with_root_and_props(root, props).render();
            *app.borrow_mut() = Some(handle);
        })
    };
    sheet
        .add_event_listener_with_callback("load", draw.unchecked_ref())
        .ok()?;
    Timeout::new(KEEP_MS, move || {
        if let Some(handle) = app.borrow_mut().take() {
            handle.destroy();
        }
        host.remove();
    })
    .forget();
    Some(())
}

/// At load, before any file: a small outline made in the page
/// (`sketch::outline`) drawn a part per task (the summary, the meeting,
/// the attendance, the paragraphs, then the whole overview with the top
/// bar), so the first file's first screen finds the drawing code
/// compiled, and no task compiles all of it at once (a fresh page's first
/// screen compiled about 200 functions in one task). Drawn into an element
/// that is never put into the page: no style, layout or paint (the fonts
/// were looked up before, `font_warmup.rs`), nothing to see or find; the
/// parts are removed in the task after the last.
pub fn rehearse_at_load() {
    let Ok(root) = gloo::utils::document().create_element("div") else {
        return;
    };
    let file = loaded(crate::sketch::outline());
    Timeout::new(0, move || step(0, root, file, Vec::new())).forget();
}

/// Any one part, drawn as its own app.
#[derive(Properties, PartialEq)]
struct PartProps {
    lang: Lang,
    file: Loaded,
    part: u8,
}

#[function_component(AnyPart)]
fn any_part(props: &PartProps) -> Html {
    use crate::components::{
        attendance::AttendanceView, glance_view::GlanceView, meeting_header::MeetingHeader,
        paragraph_list::ParagraphList,
    };
    let (lang, data) = (props.lang, props.file.data.clone());
    match props.part {
        0 => html! { <GlanceView {lang} {data} /> },
        1 => html! { <MeetingHeader {lang} {data} /> },
        2 => html! { <AttendanceView {lang} {data} /> },
        3 => html! { <ParagraphList {lang} {data} /> },
        _ => html! { <Rehearsal {lang} file={ props.file.clone() } /> },
    }
}

/// The parts, in the order they are drawn.
const PARTS: u8 = 5;

/// Draw part `k` in this task, the next in the next task; after the last,
/// remove them all.
fn step(k: u8, root: web_sys::Element, file: Loaded, mut apps: Vec<yew::AppHandle<AnyPart>>) {
    if k == PARTS || drawn() {
        for app in apps {
            app.destroy();
        }
        return;
    }
    if let Ok(el) = gloo::utils::document().create_element("div") {
        if root.append_child(&el).is_ok() {
            let props = PartProps {
                lang: page_lang(),
                file: file.clone(),
                part: k,
            };
            apps.push(yew::Renderer::<AnyPart>::with_root_and_props(el, props).render());
        }
    }
    Timeout::new(0, move || step(k + 1, root, file, apps)).forget();
}

/// Whether the page shows a document (a file's, in the page's own tree).
pub fn drawn() -> bool {
    gloo::utils::document()
        .query_selector("main article.document")
        .ok()
        .flatten()
        .is_some()
}
