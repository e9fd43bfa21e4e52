//! The parsing worker (built by Trunk as `data-type="worker"`). Receives
//! `{id, bytes}` or `{id, text}`, answers with [`justera_web::work::Reply`]
//! as a JS object (serde-wasm-bindgen): progress first, then the result. A panic is reported as a
//! failure of the job in hand before the worker stops; the page then starts
//! a new worker.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::cell::Cell;

    use justera_web::load::LoadError;
    use justera_web::work::{process, Input, Reply};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    thread_local! {
        static CURRENT: Cell<u32> = const { Cell::new(0) };
    }

    fn scope() -> DedicatedWorkerGlobalScope {
        js_sys::global().unchecked_into()
    }

    /// The reply crosses to the page as a plain JS object (serde-wasm-bindgen,
    /// structured clone), with no JSON text in between; should that fail,
    /// as JSON text.
    fn post(reply: &Reply) {
        use serde::Serialize;
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        let value = reply
            .serialize(&serializer)
            .unwrap_or_else(|_| JsValue::from_str(&reply.to_json()));
        let _ = scope().post_message(&value);
    }

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
        let sample = get("sample").and_then(|v| v.as_string());
        let sample = sample.and_then(|id| justera_web::samples::text(&id));
        let input = match (get("text").and_then(|v| v.as_string()), get("bytes")) {
            _ if sample.is_some() => Input::Text(sample.unwrap_or_default().to_string()),
            (Some(text), _) => Input::Text(text),
            (None, Some(bytes)) if bytes.is_instance_of::<js_sys::Uint8Array>() => {
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
        let reply = process(id, input, |stage| post(&Reply::Progress { id, stage }));
        post(&reply);
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&Reply::Ready);
}

/// Natively there is no worker: the crate only builds so its logic can be tested.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
