//! Print the text that `justera::input::decode` makes of a file (text in any
//! encoding, .docx, PDF), then what it noted: `cargo run --example decode FILE`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: decode FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2)
    });
    match justera::input::decode(&bytes) {
        Ok(d) => {
            print!("{}", d.text);
            eprintln!("-- read as {}; pages {:?}", d.describe(), d.pages);
            for n in &d.notes {
                eprintln!("-- {}", n.message_en());
            }
        }
        Err(e) => {
            eprintln!("{}\n{}", e.message(), e.message_en());
            std::process::exit(1);
        }
    }
}
