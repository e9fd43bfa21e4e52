//! `justera`: the command line over the core crate. The only part of the
//! project that touches the file system.

use std::process::ExitCode;

mod check;
mod files;
mod out;
mod outcomes;

use files::{decode_file, read};
use out::outln;

const USAGE: &str = "usage: justera parse FILE

  parse FILE   print the document model as JSON
  text FILE    print the text as read from the file (PDF, Word or text): the
               text whose lines `check` and `parse` count";

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
            let doc = justera::parse_decoded(&decode_file(path)?)
                .map_err(|e| files::refused(path, &e))?;
            outln!("{}", justera::to_json(&doc));
            Ok(ExitCode::SUCCESS)
        }
        Some("text") => {
            let [path] = &args[1..] else {
                return Err(format!("text takes one FILE\n{USAGE}"));
            };
            let text = read(path)?;
            outln!("{}", text.strip_suffix('\n').unwrap_or(&text));
            Ok(ExitCode::SUCCESS)
        }
        Some("outcomes") => outcomes::run(&args[1..], read),
        Some("check") => check::check(&args[1..]),
        Some("rules") => check::rules(&args[1..]),
        Some("-h" | "--help" | "help") => {
            outln!("{USAGE}\n  {}\n{}", outcomes::USAGE, check::USAGE);
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(USAGE.to_string()),
    }
}
