//! The root component: owns the state, opens files, lays out the page.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};
use yew::prelude::*;

use crate::components::statement::Statement;
use crate::components::{
    document_view::DocumentView, file_tabs::FileTabs, open_bar::OpenBar, problems::Problems,
};
use crate::hooks::use_file_drop::use_file_drop;
use crate::i18n::Lang;
use crate::load::{self, LoadError};
use crate::samples::Sample;
use crate::state::{Action, State, Theme, View};
use crate::work::Reply;

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

const LANG_KEY: &str = "justera.lang";
const THEME_KEY: &str = "justera.theme";

pub fn start() {
    // A panic here is a bug in justera: say so in plain words on the page
    // (the text is set as text, never as HTML), and keep the console trace.
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(info.to_string());
        let document = gloo::utils::document();
        if let Some(el) = document.get_element_by_id("fatal") {
            el.set_text_content(Some(
                "Ett fel i Justera stoppade sidan. Ladda om sidan för att fortsätta; dina filer har inte skickats någonstans. \
                 / A bug in Justera stopped the page. Reload to continue; your files were not sent anywhere.",
            ));
            let _ = el.remove_attribute("hidden");
        }
    }));
    register_service_worker();
    yew::Renderer::<App>::new().render();
}

/// Keep the app's own files for offline use (only where the browser allows
/// service workers: https or localhost).
fn register_service_worker() {
    let navigator = gloo::utils::window().navigator();
    let has = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .map(|v| !v.is_undefined())
        .unwrap_or(false);
    if has {
        let _ = navigator.service_worker().register("./sw.js");
    }
}

fn stored_state() -> State {
    use gloo::storage::{LocalStorage, Storage};
    let lang = LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|t| Lang::from_tag(&t));
    let theme = LocalStorage::get::<String>(THEME_KEY)
        .ok()
        .map(|t| Theme::from_tag(&t));
    State {
        lang: lang.unwrap_or_default(),
        theme: theme.unwrap_or_default(),
        ..State::default()
    }
}

fn prefers_dark() -> bool {
    gloo::utils::window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

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
    queue: Vec<JsValue>,
    handlers: Vec<Closure<dyn FnMut(web_sys::Event)>>,
}

impl Opener {
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
            let this = self.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let blob = gloo::file::File::from(file);
                match gloo::file::futures::read_as_bytes(&blob).await {
                    Ok(bytes) => {
                        let bytes = js_sys::Uint8Array::from(bytes.as_slice());
                        this.post(id, "bytes", &bytes);
                    }
                    Err(e) => this.fail(
                        id,
                        LoadError::Unreadable {
                            reason: e.to_string(),
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
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"id".into(), &JsValue::from(id));
        let _ = js_sys::Reflect::set(&message, &key.into(), value);
        let worker = match self.worker() {
            Ok(w) => w,
            Err(reason) => return self.fail(id, LoadError::Internal { reason }),
        };
        let ready = self.client.borrow().ready;
        if !ready {
            self.client.borrow_mut().queue.push(message.into());
        } else if let Err(e) = worker.post_message(&message) {
            self.fail(
                id,
                LoadError::Internal {
                    reason: format!("{e:?}"),
                },
            );
        }
    }

    fn worker(&self) -> Result<Worker, String> {
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
                // A JS object from serde-wasm-bindgen, never JSON text: reading
                // JSON too would put a second copy of every model type's
                // deserializer into the page's wasm.
                let reply =
                    serde_wasm_bindgen::from_value::<Reply>(e.data()).map_err(|e| e.to_string());
                match reply {
                    Ok(reply) => this.hear(reply),
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
                this.crashed(LoadError::Crashed { reason });
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
                let (worker, queue) = {
                    let mut c = self.client.borrow_mut();
                    c.ready = true;
                    (c.worker.clone(), std::mem::take(&mut c.queue))
                };
                for message in queue {
                    if let Some(w) = &worker {
                        let _ = w.post_message(&message);
                    }
                }
            }
            Reply::Progress { id, stage } => self.dispatch.dispatch(Action::Progress { id, stage }),
            Reply::Done(done) => {
                let name = self
                    .client
                    .borrow_mut()
                    .in_flight
                    .remove(&done.id)
                    .unwrap_or_default();
                self.dispatch.dispatch(Action::Parsed {
                    name,
                    done: Rc::new(*done),
                });
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

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(stored_state);
    let client = use_memo((), |_| RefCell::new(Client::default()));
    let opener = Opener {
        dispatch: state.dispatcher(),
        client: client.clone(),
    };
    let dragging = use_file_drop({
        let opener = opener.clone();
        Callback::from(move |files| opener.open_files(files))
    });
    let lang = state.lang;

    // The URL fragment picks the view (`#granska`) or a paragraph (`#p20`).
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let apply = move || {
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                if hash == "#tillganglighet" {
                    dispatch.dispatch(Action::ShowStatement(true));
                    return;
                }
                match View::from_hash(&hash) {
                    Some((_, Some(n))) => dispatch.dispatch(Action::Goto(n)),
                    Some((view, None)) => dispatch.dispatch(Action::SetView(view)),
                    None => {}
                }
            };
            apply();
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    apply()
                });
            move || drop(listener)
        });
    }

    // Start the worker now, so opening a file needs no further download.
    {
        let opener = opener.clone();
        use_effect_with((), move |_| {
            let _ = opener.worker();
        });
    }
    // The theme: an explicit choice is remembered and set on <html>.
    use_effect_with(state.theme, |theme| {
        use gloo::storage::{LocalStorage, Storage};
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = match theme {
                Theme::System => root.remove_attribute("data-theme"),
                t => root.set_attribute("data-theme", t.tag()),
            };
        }
        let _ = LocalStorage::set(THEME_KEY, theme.tag());
    });
    let dark = match state.theme {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::System => prefers_dark(),
    };
    let on_theme = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| {
            dispatch.dispatch(Action::SetTheme(if dark {
                Theme::Light
            } else {
                Theme::Dark
            }))
        })
    };

    // The document's language follows the UI's, and is remembered.
    use_effect_with(lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        use gloo::storage::{LocalStorage, Storage};
        let _ = LocalStorage::set(LANG_KEY, lang.tag());
    });

    let on_lang = {
        let dispatch = state.dispatcher();
        Callback::from(move |l: Lang| dispatch.dispatch(Action::SetLang(l)))
    };
    let on_select = {
        let dispatch = state.dispatcher();
        Callback::from(move |id| dispatch.dispatch(Action::Select(id)))
    };
    let on_close = {
        let dispatch = state.dispatcher();
        Callback::from(move |id| dispatch.dispatch(Action::Close(id)))
    };
    let on_dismiss = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(Action::DismissProblems))
    };

    html! {
        <>
            <a class="skip" href="#main">{ lang.t("Hoppa till innehållet", "Skip to content") }</a>
            <header class="site">
                <div class="brand">
                    <h1>{ "Justera" }</h1>
                    <p class="tagline">{ lang.t(
                        "Läs och granska kommunala protokoll. Filen lämnar aldrig din webbläsare.",
                        "Read and check municipal meeting protocols. The file never leaves your browser.",
                    ) }</p>
                </div>
                <div class="toggles">
                <div class="lang" role="group" aria-label={ lang.t("Språk", "Language") }>
                    <button type="button" lang="sv" aria-pressed={ (lang == Lang::Sv).to_string() }
                        onclick={ on_lang.reform(|_| Lang::Sv) }>{ "Svenska" }</button>
                    <button type="button" lang="en" aria-pressed={ (lang == Lang::En).to_string() }
                        onclick={ on_lang.reform(|_| Lang::En) }>{ "English" }</button>
                </div>
                <button type="button" class="theme" aria-pressed={ dark.to_string() } onclick={ on_theme }>
                    { lang.t("Mörkt läge", "Dark mode") }
                </button>
                </div>
            </header>
            <OpenBar {lang} opener={ opener.clone() } busy={ state.pending.clone() } />
            <Problems {lang} problems={ state.problems.clone() } on_dismiss={ on_dismiss } />
            <FileTabs {lang} files={ state.files.clone() } current={ state.current }
                {on_select} {on_close} />
            <main id="main" tabindex="-1">
                if state.statement {
                    <Statement {lang} />
                } else if let Some(file) = state.current() {
                    <DocumentView {lang} file={ file.clone() } view={ state.view } target={ state.target } />
                } else {
                    <section class="welcome">
                        <h2>{ lang.t("Öppna ett protokoll", "Open a protocol") }</h2>
                        <p>{ lang.t(
                            "Släpp en fil var som helst på sidan, välj en fil eller öppna ett av exemplen ovan. Texten läses bara här i webbläsaren och skickas ingenstans.",
                            "Drop a file anywhere on the page, pick a file or open one of the samples above. The text is only read here in the browser and sent nowhere.",
                        ) }</p>
                    </section>
                }
            </main>
            <footer class="site">
                <p>
                    <a href="#tillganglighet">{ lang.t("Tillgänglighetsredogörelse", "Accessibility statement") }</a>
                    { " · " }
                    { lang.t(
                        "Justera körs helt i din webbläsare: inga filer laddas upp, ingenting sparas utom ditt val av språk och färgläge.",
                        "Justera runs entirely in your browser: no file is uploaded, nothing is stored except your choice of language and colours.",
                    ) }
                </p>
            </footer>
            if *dragging {
                <div class="drop-overlay" aria-hidden="true">
                    <p>{ lang.t("Släpp filen för att öppna den", "Drop the file to open it") }</p>
                </div>
            }
        </>
    }
}
