//! Extracts each rule's doc comment (`//!` lines of `src/rules/<group>/<rule>.rs`)
//! into `$OUT_DIR/rule_docs/<group>/<rule>.md`, so the registry can carry the
//! docs as data without embedding the rules' source.

use std::{env, fs, path::Path};

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("rule_docs");
    let rules = Path::new("src/rules");
    println!("cargo:rerun-if-changed=src/rules");
    let Ok(groups) = fs::read_dir(rules) else {
        return;
    };
    for group in groups.flatten() {
        if !group.path().is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", group.path().display());
        let dir = out.join(group.file_name());
        fs::create_dir_all(&dir).expect("create rule_docs dir");
        for file in fs::read_dir(group.path()).into_iter().flatten().flatten() {
            let path = file.path();
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let src = fs::read_to_string(&path).unwrap_or_default();
            let doc: Vec<&str> = src
                .lines()
                .take_while(|l| l.starts_with("//!") || l.trim().is_empty())
                .filter_map(|l| l.strip_prefix("//!"))
                .map(|l| l.strip_prefix(' ').unwrap_or(l))
                .collect();
            let name = path
                .file_stem()
                .expect("file stem")
                .to_string_lossy()
                .into_owned();
            fs::write(
                dir.join(format!("{name}.md")),
                doc.join("\n").trim().to_string() + "\n",
            )
            .expect("write rule doc");
        }
    }
}
