//! Inputs for the benchmarks: real seeds, repeated to the size of a long
//! protocol. Run with `cargo bench -p justera-bench`.

use std::path::Path;

/// A seed document by file name, read from `../shared/seeds`.
pub fn seed(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/seeds")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Seed 003 (29 paragraphs, about 25 pages) repeated to about 300 pages.
pub fn long_protocol() -> String {
    seed("003_9b82ca12656ff44a.txt").repeat(12)
}
