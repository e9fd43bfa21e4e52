//! The fonts of a document's first screen, asked for at load, a text
//! style per task, before any file comes.
//!
//! The first layout of a document asks the browser's own process for each
//! text style the welcome screen did not use (a round trip per font size
//! and weight: the face, its render style); on a file dropped the moment
//! the page appears that made one frame of 260–290 ms (traced: 28 font
//! look-ups in one layout, 28 ms of the thread's CPU; the rest was
//! waiting). The rehearsal (`rehearsal.rs`) does the same out of sight,
//! but only once the worker has parsed its sample, which a file dropped at
//! once comes before. Here a skeleton of the first screen (the top bar as
//! it is with a file open, the document's head, the summary, the
//! attendance's table, the paragraphs' list; the page's own classes, so
//! the styles are the stylesheet's, whatever it says; a `<template>` of
//! `index.html`, each `data-probe` element given its value as its text one
//! a task, values holding the letters a protocol does: `§`, `å`, `ä`, `ö`,
//! a dash, digits) is put into a closed
//! shadow root under a hidden, inert, `aria-hidden` element with the
//! page's stylesheet, its texts empty; then, one task each, a text is set
//! and laid out, so each task looks up one style's fonts. Removed when
//! done. Nothing of it is seen, heard, focused or found (as the
//! rehearsal's drawing).

use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Start at load (after the page's first screen): the texts are laid out
/// from the tasks after the stylesheet loaded in the shadow root.
pub fn start() {
    let _ = try_start();
}

fn try_start() -> Option<()> {
    // The skeleton: static markup of the page's own (`index.html`'s
    // `<template id="first-screen">`, in the head, which the app's
    // drawing into the body leaves alone), cloned, no markup from a string.
    let skeleton = gloo::utils::document()
        .get_element_by_id("first-screen")?
        .dyn_into::<web_sys::HtmlTemplateElement>()
        .ok()?
        .content()
        .clone_node_with_deep(true)
        .ok()?;
    // The same hidden element as the rehearsal's, the stylesheet in it.
    let (host, root, sheet) = crate::rehearsal::hidden()?;
    // Named for the browser tests, which see it come and go.
    host.set_attribute("data-warmup", "fonts").ok()?;
    root.append_child(&skeleton).ok()?;
    let first = Closure::once_into_js(move || next(root, host));
    sheet
        .add_event_listener_with_callback("load", first.unchecked_ref())
        .ok()?;
    Some(())
}

/// Lay out the next text in this task, and the one after it in the next;
/// remove the skeleton after the last and rehearse the drawing
/// (`rehearsal::rehearse_at_load`).
fn next(root: web_sys::Element, host: web_sys::Element) {
    // A document drawn meanwhile has looked its fonts up and compiled the
    // drawing code itself: the rest would only compete with it.
    if crate::rehearsal::drawn() {
        host.remove();
        return;
    }
    let Some(el) = root.query_selector("[data-probe]").ok().flatten() else {
        host.remove();
        // Then the drawing code, a part per task (its layout finds these
        // fonts looked up).
        crate::rehearsal::rehearse_at_load();
        return;
    };
    let text = el.get_attribute("data-probe").unwrap_or_default();
    let _ = el.remove_attribute("data-probe");
    el.set_text_content(Some(&text));
    // Reading its box lays it out now, in this task.
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        std::hint::black_box(el.offset_height());
    }
    Timeout::new(0, move || next(root, host)).forget();
}
