//! Opens files: the page's side of the parsing worker. Used by the root
//! component and by the open bar.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};
use yew::prelude::*;

use crate::load::{self, LoadError};
use crate::samples::Sample;
use crate::state::{Action, State};
use crate::work::Reply;

/// Opens files: hands out ids, sends the work to the parsing worker and
/// reports what it says to the reducer.
#[derive(Clone)]
pub struct Opener {
    dispatch: UseReducerDispatcher<State>,
    client: Rc<RefCell<Client>>,
}

impl PartialEq for Opener {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.client, &other.client)
    }
}

/// The page's side of the worker: jobs in flight by id, and the worker
/// itself, started on first use and again after it crashed.
#[derive(Default)]
pub struct Client {
    worker: Option<Worker>,
    next_id: u32,
    in_flight: HashMap<u32, String>,
    /// Whether the worker said it is ready; jobs wait in `queue` until then.
    ready: bool,
    /// Messages and what each transfers.
    queue: Vec<(JsValue, js_sys::Array)>,
    handlers: Vec<Closure<dyn FnMut(web_sys::Event)>>,
}

impl Opener {
    pub fn new(dispatch: UseReducerDispatcher<State>, client: Rc<RefCell<Client>>) -> Opener {
        Opener { dispatch, client }
    }

    fn start(&self, name: &str) -> u32 {
        let mut c = self.client.borrow_mut();
        c.next_id += 1;
        let id = c.next_id;
        c.in_flight.insert(id, name.to_string());
        drop(c);
        self.dispatch.dispatch(Action::Started {
            id,
            name: name.to_string(),
        });
        id
    }

    fn fail(&self, id: u32, error: LoadError) {
        let name = self
            .client
            .borrow_mut()
            .in_flight
            .remove(&id)
            .unwrap_or_default();
        self.dispatch.dispatch(Action::Failed { id, name, error });
    }

    /// Read and parse files the user dropped or picked.
    pub fn open_files(&self, files: Vec<web_sys::File>) {
        for file in files {
            let id = self.start(&file.name());
            if file.size() as u64 > load::MAX_BYTES {
                self.fail(
                    id,
                    LoadError::TooLarge {
                        bytes: file.size() as u64,
                    },
                );
                continue;
            }
            // The bytes go from the browser's file reader to the worker
            // without a copy: never into the page's wasm memory, and their
            // buffer transferred, not cloned.
            let this = self.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => {
                        let bytes = js_sys::Uint8Array::new(&buffer);
                        this.send(id, "bytes", &bytes, Some(&buffer));
                    }
                    Err(e) => this.fail(
                        id,
                        LoadError::Unreadable {
                            reason: e
                                .dyn_ref::<js_sys::Error>()
                                .map(|e| String::from(e.message()))
                                .unwrap_or_else(|| format!("{e:?}")),
                        },
                    ),
                }
            });
        }
    }

    /// Open text that is already in memory (a bundled sample, pasted text).
    pub fn open_text(&self, name: String, text: String) {
        let id = self.start(&name);
        self.post(id, "text", &JsValue::from_str(&text));
    }

    /// Open a bundled sample: the worker holds the samples' text, so the
    /// page's own wasm stays small.
    pub fn open_sample(&self, sample: &Sample) {
        let id = self.start(sample.file_name);
        self.post(id, "sample", &JsValue::from_str(sample.id));
    }

    /// Send one job to the worker, starting it when needed.
    fn post(&self, id: u32, key: &str, value: &JsValue) {
        self.send(id, key, value, None);
    }

    /// Send one job, handing the worker `transfer` (the file's buffer)
    /// rather than a copy of it.
    fn send(&self, id: u32, key: &str, value: &JsValue, transfer: Option<&JsValue>) {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"id".into(), &JsValue::from(id));
        let _ = js_sys::Reflect::set(&message, &key.into(), value);
        let transfer = transfer.map(js_sys::Array::of1).unwrap_or_default();
        let worker = match self.worker() {
            Ok(w) => w,
            Err(reason) => return self.fail(id, LoadError::Internal { reason }),
        };
        let ready = self.client.borrow().ready;
        if !ready {
            self.client
                .borrow_mut()
                .queue
                .push((message.into(), transfer));
        } else if let Err(e) = worker.post_message_with_transfer(&message, &transfer) {
            self.fail(
                id,
                LoadError::Internal {
                    reason: format!("{e:?}"),
                },
            );
        }
    }

    pub fn worker(&self) -> Result<Worker, String> {
        if let Some(w) = &self.client.borrow().worker {
            return Ok(w.clone());
        }
        let worker = Worker::new("./worker_loader.js").map_err(|e| format!("{e:?}"))?;
        let on_message = {
            let this = self.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                let Some(e) = e.dyn_ref::<MessageEvent>() else {
                    return;
                };
                // The reply in the wire's form (`crate::wire`): read with a
                // loop per field, no deserializer of the model in the page.
                let data = e.data();
                let reply = js_sys::Reflect::get(&data, &JsValue::from_str("wire"))
                    .ok()
                    .and_then(|w| w.dyn_into::<js_sys::Uint8Array>().ok())
                    .ok_or_else(|| "no bytes".to_string())
                    .and_then(|w| {
                        let bytes = w.to_vec();
                        // The reply is read into about four times its size.
                        crate::heap::reserve(bytes.len().saturating_mul(4));
                        crate::wire::decode::<Reply>(&bytes).map_err(|e| e.to_string())
                    });
                // Heard in a task of its own (`later`).
                match reply {
                    Ok(reply) => {
                        let this = this.clone();
                        later(move || this.hear(reply));
                    }
                    Err(reason) => gloo::console::error!(format!("worker reply: {reason}")),
                }
            })
        };
        let on_error = {
            let this = self.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                e.prevent_default();
                let reason = e
                    .dyn_ref::<web_sys::ErrorEvent>()
                    .map(|e| e.message())
                    .unwrap_or_else(|| "the worker stopped".into());
                // After the replies that came before it (`later`).
                let this = this.clone();
                later(move || this.crashed(LoadError::Crashed { reason }));
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let mut c = self.client.borrow_mut();
        c.handlers = vec![on_message, on_error];
        c.worker = Some(worker.clone());
        Ok(worker)
    }

    fn hear(&self, reply: Reply) {
        match reply {
            Reply::Ready => {
                if let Some(body) = gloo::utils::document().body() {
                    let _ = body.set_attribute("data-worker", "ready");
                }
                let (worker, queue, idle) = {
                    let mut c = self.client.borrow_mut();
                    c.ready = true;
                    let idle = c.queue.is_empty() && c.in_flight.is_empty();
                    (c.worker.clone(), std::mem::take(&mut c.queue), idle)
                };
                for (message, transfer) in queue {
                    if let Some(w) = &worker {
                        let _ = w.post_message_with_transfer(&message, &transfer);
                    }
                }
                // Nothing to do yet: let the worker compile its text pass
                // on a sample, so the first file does not wait for that
                // (`work::warm_up`). A file waiting already goes first.
                if let (Some(w), true) = (&worker, idle) {
                    let message = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&message, &"warm".into(), &JsValue::TRUE);
                    let _ = w.post_message(&message);
                }
            }
            Reply::Progress { id, stage } => self.dispatch.dispatch(Action::Progress { id, stage }),
            // The warm-up's parsed sample (id 0, no job's): drawn once out
            // of sight (`rehearsal.rs`), unless a file came meanwhile.
            Reply::Done(done) if done.id == 0 => {
                if self.client.borrow().in_flight.is_empty() {
                    crate::rehearsal::rehearse(*done);
                }
            }
            // The job stays in flight until its findings come: a crash
            // while the rules run fails it, and the page says so.
            Reply::Done(done) => {
                let name = self
                    .client
                    .borrow()
                    .in_flight
                    .get(&done.id)
                    .cloned()
                    .unwrap_or_default();
                self.dispatch.dispatch(Action::Parsed {
                    name,
                    done: Rc::new(*done),
                });
            }
            Reply::Checked(checks) => {
                self.client.borrow_mut().in_flight.remove(&checks.id);
                self.dispatch.dispatch(Action::Checked(Rc::new(*checks)));
            }
            Reply::Failed {
                id,
                error: error @ LoadError::Crashed { .. },
            } => {
                self.fail(id, error.clone());
                self.crashed(error);
            }
            Reply::Failed { id, error } => self.fail(id, error),
        }
    }

    /// The worker is gone: fail what it had, start afresh on the next job.
    fn crashed(&self, error: LoadError) {
        let (worker, ids) = {
            let mut c = self.client.borrow_mut();
            let ids: Vec<u32> = c.in_flight.keys().copied().collect();
            c.ready = false;
            c.queue.clear();
            (c.worker.take(), ids)
        };
        if let Some(w) = worker {
            w.terminate();
        }
        for id in ids {
            self.fail(id, error.clone());
        }
    }
}

/// Run `f` in a task of its own, after the tasks set the same way before
/// it: the worker's replies and its death are heard in the order they came,
/// and a large reply's reading and the first screen it draws are two tasks,
/// not one long one (timers of the same delay run in the order they were
/// set).
fn later(f: impl FnOnce() + 'static) {
    let f = Closure::once_into_js(f);
    let set = web_sys::window()
        .map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0));
    if !matches!(set, Some(Ok(_))) {
        gloo::console::error!("no timer to run a worker's reply on");
    }
}
