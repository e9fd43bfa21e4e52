//! The document worker (built by Trunk with the `documents` feature): the
//! text worker's work plus the PDF and Word readers. Started by the text
//! worker when the first PDF or Word file arrives; never by the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    justera_web::worker::run(None);
}

/// Natively there is no worker: the crate only builds so its logic can be tested.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
