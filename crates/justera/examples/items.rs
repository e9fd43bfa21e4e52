//! Print the scanner's items for a file: `cargo run --example items FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: items FILE");
    let src = std::fs::read_to_string(path).expect("readable UTF-8 file");
    for it in justera::scan::scan(&src) {
        if it.kind != justera::scan::ItemKind::Blank {
            println!(
                "{:>5} {:?}{} {:?}",
                it.line + 1,
                it.kind,
                if it.furniture { " F" } else { "" },
                it.text
            );
        }
    }
}
