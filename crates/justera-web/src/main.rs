//! The page's entry point (built by Trunk for wasm32).

#[cfg(target_arch = "wasm32")]
fn main() {
    justera_web::start();
}

/// Natively there is no page: the crate only builds so its logic can be tested.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("justera-web runs in the browser: see README.md (bash scripts/serve.sh)");
}
