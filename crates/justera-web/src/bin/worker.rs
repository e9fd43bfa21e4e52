//! The text worker (built by Trunk as `data-type="worker"`): decodes,
//! parses and checks text off the page's thread, and hands PDF and Word
//! files to the document worker (`docworker.rs`), started inside it on the
//! first such file, so the PDF and Word readers load only when needed.
//! The glue is `justera_web::worker`.

#[cfg(target_arch = "wasm32")]
fn main() {
    justera_web::worker::run(Some("./docworker_loader.js"));
}

/// Natively there is no worker: the crate only builds so its logic can be tested.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
