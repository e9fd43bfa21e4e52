//! The root component: owns the state, opens files, lays out the page.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::components::statement::Statement;
use crate::components::{
    document_view::DocumentView,
    file_tabs::FileTabs,
    open_bar::{status, OpenBar},
    problems::Problems,
};
use crate::hooks::use_file_drop::use_file_drop;
use crate::i18n::Lang;
use crate::opener::{Client, Opener};
use crate::state::{Action, State, Theme, View};

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
        if let Some(el) = fatal_element() {
            el.set_text_content(Some(
                "Ett fel i Justera stoppade sidan. Ladda om sidan för att fortsätta; dina filer har inte skickats någonstans. \
                 / A bug in Justera stopped the page. Reload to continue; your files were not sent anywhere.",
            ));
            let _ = el.remove_attribute("hidden");
        }
    }));
    register_service_worker();
    yew::Renderer::<App>::new().render();
    // The app's drawing into the body took the page's own children, the
    // panic message's place among them: put it back, hidden.
    let _ = fatal_element();
}

/// The page's place for the panic message (`#fatal`, an alert, hidden
/// until used), made where it is missing.
fn fatal_element() -> Option<web_sys::Element> {
    let document = gloo::utils::document();
    if let Some(el) = document.get_element_by_id("fatal") {
        return Some(el);
    }
    let el = document.create_element("div").ok()?;
    el.set_id("fatal");
    el.set_class_name("fatal");
    el.set_attribute("role", "alert").ok()?;
    el.set_attribute("hidden", "").ok()?;
    document.body()?.append_child(&el).ok()?;
    Some(el)
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

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(stored_state);
    let client = use_memo((), |_| RefCell::new(Client::default()));
    let opener = Opener::new(state.dispatcher(), client.clone());
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
            // And look up the fonts a document's first screen uses, a style
            // per task, while no file is open (`font_warmup.rs`).
            crate::font_warmup::start();
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
    let on_open_another = {
        let dispatch = state.dispatcher();
        let open = state.opener_open;
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ShowOpener(!open)))
    };
    let compact = state.compact();

    html! {
        <>
            <a class="skip" href="#main">{ lang.t("Hoppa till innehållet", "Skip to content") }</a>
            <header class={ classes!("site", compact.then_some("compact")) }>
                <div class="brand">
                    <h1>{ "Justera" }</h1>
                    if !compact {
                        <p class="tagline">{ lang.t(
                            "Läs och granska kommunala protokoll. Filen lämnar aldrig din webbläsare.",
                            "Read and check municipal meeting protocols. The file never leaves your browser.",
                        ) }</p>
                    }
                </div>
                if compact {
                    <FileTabs {lang} files={ state.files.clone() } current={ state.current }
                        {on_select} {on_close} />
                    <button type="button" class="open-another" aria-expanded={ state.opener_open.to_string() }
                        aria-controls={ state.opener_open.then_some("open-panel") }
                        onclick={ on_open_another }>
                        { lang.t("Öppna en annan fil", "Open another file") }
                    </button>
                }
                <div class="toggles">
                    if compact {
                        // One small button: the other language, named in itself.
                        <button type="button" class="lang-switch" lang={ lang.other().tag() }
                            onclick={ on_lang.reform(move |_| lang.other()) }>
                            { lang.t("English", "Svenska") }
                        </button>
                    } else {
                        <div class="lang" role="group" aria-label={ lang.t("Språk", "Language") }>
                            <button type="button" lang="sv" aria-pressed={ (lang == Lang::Sv).to_string() }
                                onclick={ on_lang.reform(|_| Lang::Sv) }>{ "Svenska" }</button>
                            <button type="button" lang="en" aria-pressed={ (lang == Lang::En).to_string() }
                                onclick={ on_lang.reform(|_| Lang::En) }>{ "English" }</button>
                        </div>
                    }
                    <button type="button" class="theme" aria-pressed={ dark.to_string() } onclick={ on_theme }
                        aria-label={ compact.then_some(lang.t("Mörkt läge", "Dark mode")) }>
                        if compact {
                            <span aria-hidden="true">{ "◐" }</span>
                        } else {
                            { lang.t("Mörkt läge", "Dark mode") }
                        }
                    </button>
                </div>
            </header>
            if state.opener_shown() {
                <OpenBar {lang} opener={ opener.clone() } />
            }
            { status(&state.pending, lang) }
            <Problems {lang} problems={ state.problems.clone() } on_dismiss={ on_dismiss } />
            <main id="main" tabindex="-1">
                if state.statement {
                    <Statement {lang} />
                } else if let Some(file) = state.current() {
                    <DocumentView {lang} file={ file.clone() } view={ state.view } target={ state.target.clone() } />
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
