//! The justera web app. The file never leaves the browser: everything here
//! runs in the page (and, for parsing, in a worker).
//!
//! The modules at the top (`state`, `i18n`, `samples`, `load`) are plain Rust
//! and tested natively; `app` and `components` know the DOM and only exist on
//! wasm32.

pub mod anchor;
pub mod api;
pub mod export;
pub mod glance;
pub mod heap;
pub mod i18n;
pub mod labels;
pub mod load;
pub mod parties;
pub mod samples;
pub mod sketch;
pub mod state;
pub mod text;
pub mod wire;
pub mod work;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod font_warmup;
#[cfg(target_arch = "wasm32")]
mod hooks;
#[cfg(target_arch = "wasm32")]
mod opener;
#[cfg(target_arch = "wasm32")]
mod rehearsal;
#[cfg(target_arch = "wasm32")]
pub mod worker;

/// Mount the app on the page's body.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    app::start();
}
