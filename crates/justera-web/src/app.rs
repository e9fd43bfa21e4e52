//! The root component: owns the state, opens files, lays out the page.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    document_view::DocumentView, file_tabs::FileTabs, open_bar::OpenBar, problems::Problems,
};
use crate::hooks::use_file_drop::use_file_drop;
use crate::i18n::Lang;
use crate::load::{self, LoadError};
use crate::samples::Sample;
use crate::state::{Action, State};

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

pub fn start() {
    yew::Renderer::<App>::new().render();
}

/// Opens files: hands out ids and reports progress to the reducer.
#[derive(Clone)]
pub struct Opener {
    dispatch: UseReducerDispatcher<State>,
    next_id: Rc<std::cell::Cell<u32>>,
}

impl PartialEq for Opener {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.next_id, &other.next_id)
    }
}

impl Opener {
    fn id(&self) -> u32 {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        id
    }

    /// Read and parse files the user dropped or picked.
    pub fn open_files(&self, files: Vec<web_sys::File>) {
        for file in files {
            let id = self.id();
            let name = file.name();
            let dispatch = self.dispatch.clone();
            dispatch.dispatch(Action::Started {
                id,
                name: name.clone(),
            });
            if file.size() as u64 > load::MAX_BYTES {
                let error = LoadError::TooLarge {
                    bytes: file.size() as u64,
                };
                dispatch.dispatch(Action::Failed { id, name, error });
                continue;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let blob = gloo::file::File::from(file);
                let action = match gloo::file::futures::read_as_bytes(&blob).await {
                    Ok(bytes) => match load::decode(&bytes) {
                        Ok(text) => parsed(id, name, text).await,
                        Err(error) => Action::Failed { id, name, error },
                    },
                    Err(e) => Action::Failed {
                        id,
                        name,
                        error: LoadError::Unreadable {
                            reason: e.to_string(),
                        },
                    },
                };
                dispatch.dispatch(action);
            });
        }
    }

    /// Open text that is already in memory (a bundled sample, pasted text).
    pub fn open_text(&self, name: String, text: String) {
        let id = self.id();
        let dispatch = self.dispatch.clone();
        dispatch.dispatch(Action::Started {
            id,
            name: name.clone(),
        });
        wasm_bindgen_futures::spawn_local(async move {
            dispatch.dispatch(parsed(id, name, text).await);
        });
    }

    pub fn open_sample(&self, sample: &Sample) {
        self.open_text(sample.file_name.to_string(), sample.text.to_string());
    }
}

async fn parsed(id: u32, name: String, text: String) -> Action {
    // Let the page paint the progress indication before the work starts.
    gloo::timers::future::TimeoutFuture::new(0).await;
    let doc = justera::parse(&text);
    Action::Parsed {
        id,
        name,
        text: text.into(),
        doc: Rc::new(doc),
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    let next_id = use_memo((), |_| std::cell::Cell::new(1u32));
    let opener = Opener {
        dispatch: state.dispatcher(),
        next_id: next_id.clone(),
    };
    let dragging = use_file_drop({
        let opener = opener.clone();
        Callback::from(move |files| opener.open_files(files))
    });
    let lang = state.lang;

    // The document's language follows the UI's.
    use_effect_with(lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
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
                <div class="lang" role="group" aria-label={ lang.t("Språk", "Language") }>
                    <button type="button" lang="sv" aria-pressed={ (lang == Lang::Sv).to_string() }
                        onclick={ on_lang.reform(|_| Lang::Sv) }>{ "Svenska" }</button>
                    <button type="button" lang="en" aria-pressed={ (lang == Lang::En).to_string() }
                        onclick={ on_lang.reform(|_| Lang::En) }>{ "English" }</button>
                </div>
            </header>
            <OpenBar {lang} opener={ opener.clone() } busy={ state.pending.clone() } />
            <Problems {lang} problems={ state.problems.clone() } on_dismiss={ on_dismiss } />
            <FileTabs {lang} files={ state.files.clone() } current={ state.current }
                {on_select} {on_close} />
            <main id="main" tabindex="-1">
                if let Some(file) = state.current() {
                    <DocumentView {lang} file={ file.clone() } />
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
            if *dragging {
                <div class="drop-overlay" aria-hidden="true">
                    <p>{ lang.t("Släpp filen för att öppna den", "Drop the file to open it") }</p>
                </div>
            }
        </>
    }
}
