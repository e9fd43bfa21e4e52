//! Files dropped anywhere on the page.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::DragEvent;
use yew::prelude::*;

/// The files of a drop event (none when it carries no files).
pub fn dropped_files(event: &DragEvent) -> Vec<web_sys::File> {
    let Some(list) = event.data_transfer().and_then(|dt| dt.files()) else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

fn carries_files(event: &DragEvent) -> bool {
    event
        .data_transfer()
        .map(|dt| {
            dt.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
        .unwrap_or(false)
}

/// Listens for files dragged over the window; calls `on_files` on a drop.
/// Returns whether files are being dragged over the page right now.
#[hook]
pub fn use_file_drop(on_files: Callback<Vec<web_sys::File>>) -> UseStateHandle<bool> {
    let dragging = use_state(|| false);
    {
        let dragging = dragging.clone();
        use_effect_with(on_files, move |on_files| {
            let window = gloo::utils::window();
            let active = EventListenerOptions::enable_prevent_default();
            let over = {
                let dragging = dragging.clone();
                EventListener::new_with_options(&window, "dragover", active, move |e| {
                    let Some(e) = e.dyn_ref::<DragEvent>() else {
                        return;
                    };
                    if carries_files(e) {
                        e.prevent_default();
                        if let Some(dt) = e.data_transfer() {
                            dt.set_drop_effect("copy");
                        }
                        if !*dragging {
                            dragging.set(true);
                        }
                    }
                })
            };
            let leave = {
                let dragging = dragging.clone();
                EventListener::new(&window, "dragleave", move |e| {
                    let Some(e) = e.dyn_ref::<DragEvent>() else {
                        return;
                    };
                    // Leaving the window, not moving between elements.
                    if e.related_target().is_none() {
                        dragging.set(false);
                    }
                })
            };
            let drop = {
                let dragging = dragging.clone();
                let on_files = on_files.clone();
                EventListener::new_with_options(&window, "drop", active, move |e| {
                    let Some(e) = e.dyn_ref::<DragEvent>() else {
                        return;
                    };
                    e.prevent_default();
                    dragging.set(false);
                    let files = dropped_files(e);
                    if !files.is_empty() {
                        on_files.emit(files);
                    }
                })
            };
            move || drop_all((over, leave, drop))
        });
    }
    dragging
}

fn drop_all<T>(_listeners: T) {}
