//! `justera`: the command line over the core crate. The only part of the
//! project that touches the file system.

use std::process::ExitCode;

mod check;
mod outcomes;

const USAGE: &str = "usage: justera parse FILE

  parse FILE   print the document model as JSON";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("justera: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        Some("parse") => {
            let [path] = &args[1..] else {
                return Err(format!("parse takes one FILE\n{USAGE}"));
            };
            let doc = justera::parse_decoded(&decode_file(path)?);
            println!("{}", justera::to_json(&doc));
            Ok(ExitCode::SUCCESS)
        }
        Some("outcomes") => outcomes::run(&args[1..], read),
        Some("check") => check::check(&args[1..]),
        Some("rules") => check::rules(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}\n  {}\n{}", outcomes::USAGE, check::USAGE);
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(USAGE.to_string()),
    }
}

/// Read a file as text: plain text in any common encoding, .docx or PDF,
/// detected by content. Says on stderr what was read unless it was plain
/// UTF-8, and lists what the conversion found (tracked changes, comments).
fn read(path: &str) -> Result<String, String> {
    let decoded = decode_file(path)?;
    for note in &decoded.notes {
        eprintln!("justera: {path}: {}", note.message_en());
    }
    Ok(decoded.text)
}

/// Read and decode a file (`-` is standard input), saying on stderr what
/// was read unless it was plain UTF-8 text.
fn decode_file(path: &str) -> Result<justera::input::Decoded, String> {
    let bytes = if path == "-" {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut b)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        b
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?
    };
    let decoded = justera::input::decode(&bytes)
        .map_err(|e| format!("{path}: {} / {}", e.message(), e.message_en()))?;
    if decoded.describe() != "text, UTF-8" {
        eprintln!("justera: {path}: read as {}", decoded.describe());
    }
    Ok(decoded)
}
