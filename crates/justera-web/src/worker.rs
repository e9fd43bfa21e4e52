//! The workers' side of the messages (wasm32 only). Two workers run this:
//! the text worker (`bin/worker.rs`), which the page starts on the first
//! file and which reads text; and the document worker
//! (`bin/docworker.rs`, built with the `documents` feature, so only it
//! carries the PDF and Word readers), which the text worker starts inside
//! itself when the first PDF or Word file arrives and hands such files to.
//! Its replies go to the page unchanged, so the page knows one worker.
//!
//! The text worker also takes `{warm: true}`: it runs the text pass once
//! on a bundled sample and answers with the parsed sample only, as
//! `{type: "warm", wire}` (`work::warm_up`; the page draws it out of sight,
//! `rehearsal.rs`).
//!
//! Each receives `{id, bytes}`, `{id, text}` or `{id, sample}` and answers
//! with [`Reply`] in the wire's form (`crate::wire`): progress first, then
//! the parsed file (`done`, all the outline needs), then its findings
//! (`checked`) once the rules have run; or a failure. A panic is reported
//! as a failure of the job in hand before the worker stops; the page then
//! starts a new worker.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker};

use crate::load::LoadError;
use crate::work::{run as work, Input, Reply};

thread_local! {
    static CURRENT: Cell<u32> = const { Cell::new(0) };
    static DOCUMENTS: RefCell<Documents> = RefCell::new(Documents::default());
}

/// The text worker's view of the document worker: started on the first
/// PDF or Word file; jobs wait in `queue` until it says it is ready.
#[derive(Default)]
struct Documents {
    worker: Option<Worker>,
    ready: bool,
    queue: Vec<JsValue>,
    /// Jobs handed over and not yet answered.
    open: Vec<u32>,
    handlers: Vec<Closure<dyn FnMut(web_sys::Event)>>,
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// The reply crosses to the page in the wire's form (`crate::wire`), its
/// buffer transferred, not copied, in `{type, id, wire}`: the text worker
/// reads `type` and `id` of the document worker's replies it passes on.
fn post(reply: &Reply) {
    let kind = match reply {
        Reply::Ready => "ready",
        Reply::Progress { .. } => "progress",
        Reply::Done(_) => "done",
        Reply::Checked(_) => "checked",
        Reply::Failed { .. } => "failed",
    };
    post_as(kind, reply);
}

/// [`post`] under another `type` (the warm-up's parsed sample is `warm`).
fn post_as(kind: &str, reply: &Reply) {
    let bytes =
        js_sys::Uint8Array::from(crate::wire::encode_sized(reply, reply.wire_size()).as_slice());
    let message = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), value);
    };
    set("type", &JsValue::from_str(kind));
    set("id", &JsValue::from(reply.id()));
    set("wire", &bytes);
    let transfer = js_sys::Array::of1(&bytes.buffer());
    let _ = scope().post_message_with_transfer(&message, &transfer);
}

/// Run a worker. `documents` is the script of the document worker, for
/// the text worker to hand PDF and Word files to; `None` in that worker.
pub fn run(documents: Option<&'static str>) {
    std::panic::set_hook(Box::new(|info| {
        let reason = match info.payload().downcast_ref::<&str>() {
            Some(s) => s.to_string(),
            None => info
                .payload()
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_default(),
        };
        let reason = match info.location() {
            Some(at) => format!("{reason} at {}:{}", at.file(), at.line()),
            None => reason,
        };
        let id = CURRENT.with(Cell::get);
        post(&Reply::Failed {
            id,
            error: LoadError::Crashed { reason },
        });
    }));

    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let get = |key: &str| js_sys::Reflect::get(&data, &JsValue::from_str(key)).ok();
        let id = get("id").and_then(|v| v.as_f64()).unwrap_or(0.0) as u32;
        CURRENT.with(|c| c.set(id));
        if get("warm").is_some_and(|v| v.is_truthy()) {
            // Compile the text pass before a file comes (`work::warm_up`).
            crate::work::warm_up(|done| post_as("warm", done));
            return;
        }
        if let Some(call) = get("api").and_then(|v| v.as_string()) {
            return answer(&call, id, get("text").and_then(|v| v.as_string()));
        }
        let bytes = get("bytes").filter(|b| b.is_instance_of::<js_sys::Uint8Array>());
        if let (Some(script), Some(bytes)) = (documents, &bytes) {
            // The format shows in the first kilobyte; the file is not copied to look.
            let head = bytes
                .unchecked_ref::<js_sys::Uint8Array>()
                .subarray(0, 1024)
                .to_vec();
            if justera::input::reader_missing(&head) {
                hand_over(script, id, data.clone());
                return;
            }
        }
        let sample = get("sample").and_then(|v| v.as_string());
        let sample = sample.and_then(|id| crate::samples::text(&id));
        let input = match (get("text").and_then(|v| v.as_string()), bytes) {
            _ if sample.is_some() => Input::Text(sample.unwrap_or_default().to_string()),
            (Some(text), _) => Input::Text(text),
            (None, Some(bytes)) => {
                Input::Bytes(bytes.unchecked_into::<js_sys::Uint8Array>().to_vec())
            }
            _ => {
                let reason = "the page sent neither text nor bytes".to_string();
                post(&Reply::Failed {
                    id,
                    error: LoadError::Internal { reason },
                });
                return;
            }
        };
        work(id, input, post);
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&Reply::Ready);
}

/// Answer a call of the JavaScript API (`www/justera-api.js`):
/// `{api: "check", id, text}` is answered with `{api, id, result}`, the
/// answer as a plain object (`crate::api::Checked`), or `{api, id, error}`
/// with the reason in Swedish and English.
fn answer(call: &str, id: u32, text: Option<String>) {
    use serde::Serialize;
    let result = match (call, text) {
        ("check", Some(text)) => crate::api::check_text(text),
        _ => Err(crate::api::Refused {
            sv: format!("Okänt anrop: {call}(text)"),
            en: format!("Unknown call: {call}(text)"),
        }),
    };
    let json = serde_wasm_bindgen::Serializer::json_compatible();
    let (key, value) = match result {
        Ok(checked) => ("result", checked.serialize(&json)),
        Err(refused) => ("error", refused.serialize(&json)),
    };
    let value = value.unwrap_or_else(JsValue::from);
    let message = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), value);
    };
    set("api", &JsValue::from_str(call));
    set("id", &JsValue::from(id));
    set(key, &value);
    let _ = scope().post_message(&message);
}

/// Send a PDF or Word job to the document worker, starting it when needed.
fn hand_over(script: &str, id: u32, message: JsValue) {
    let started = DOCUMENTS.with(|d| d.borrow().worker.is_some()) || start(script);
    if !started {
        return fail(
            &[id],
            LoadError::Internal {
                reason: format!("cannot start {script}"),
            },
        );
    }
    DOCUMENTS.with(|d| {
        let mut d = d.borrow_mut();
        d.open.push(id);
        match (&d.worker, d.ready) {
            (Some(w), true) => {
                let _ = w.post_message(&message);
            }
            _ => d.queue.push(message),
        }
    });
}

fn start(script: &str) -> bool {
    let Ok(worker) = Worker::new(script) else {
        return false;
    };
    let on_message = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        let Some(e) = e.dyn_ref::<MessageEvent>() else {
            return;
        };
        let data = e.data();
        let field = |key: &str| js_sys::Reflect::get(&data, &JsValue::from_str(key)).ok();
        let kind = field("type")
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        if kind == "ready" {
            // The page knows one worker, which is ready already.
            DOCUMENTS.with(|d| {
                let mut d = d.borrow_mut();
                d.ready = true;
                let queue = std::mem::take(&mut d.queue);
                if let Some(w) = &d.worker {
                    for m in queue {
                        let _ = w.post_message(&m);
                    }
                }
            });
            return;
        }
        // A job ends with its findings (after `done`) or a failure.
        if kind == "checked" || kind == "failed" {
            let id = field("id").and_then(|v| v.as_f64()).unwrap_or(0.0) as u32;
            DOCUMENTS.with(|d| d.borrow_mut().open.retain(|&o| o != id));
        }
        let _ = scope().post_message(&data);
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        e.prevent_default();
        let reason = e
            .dyn_ref::<web_sys::ErrorEvent>()
            .map(|e| e.message())
            .unwrap_or_else(|| "the document reader stopped".into());
        // Start afresh on the next PDF or Word file; fail what it had.
        let (worker, open) = DOCUMENTS.with(|d| {
            let mut d = d.borrow_mut();
            d.ready = false;
            d.queue.clear();
            (d.worker.take(), std::mem::take(&mut d.open))
        });
        if let Some(w) = worker {
            w.terminate();
        }
        fail(&open, LoadError::Crashed { reason });
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    DOCUMENTS.with(|d| {
        let mut d = d.borrow_mut();
        d.worker = Some(worker);
        d.ready = false;
        d.handlers = vec![on_message, on_error];
    });
    true
}

fn fail(ids: &[u32], error: LoadError) {
    for &id in ids {
        post(&Reply::Failed {
            id,
            error: error.clone(),
        });
    }
}
