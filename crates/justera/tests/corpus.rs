//! Data-driven tests over every real document: seeds and corpus.
//!
//! `check()` is the one place that calls the API. For each file it asserts
//! the invariants (blocks cover the whole text, spans fit, the JSON fits the
//! schema) and snapshots the model.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

/// Every file under `root/dir` (at any depth) but READMEs, manifests and
/// truth files, as (snapshot name, path); the name is the path from `root`
/// with `/` as `__`, after `prefix`.
fn files_under(root: &Path, dir: &str, prefix: &str, out: &mut Vec<(String, PathBuf)>) {
    let mut stack = vec![root.join(dir)];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            if name == "README.md"
                || name.ends_with(".json")
                || name.ends_with(".tsv")
                || name.ends_with(".csv")
            {
                continue;
            }
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('/', "__");
            out.push((format!("{prefix}{rel}"), p));
        }
    }
}

/// Every seed and shared corpus document, as (snapshot name, path).
fn documents() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let root = shared();
    for dir in ["seeds", "corpus"] {
        files_under(&root, dir, "", &mut out);
    }
    out.sort();
    assert!(
        out.len() >= 50,
        "seeds and corpus not found under {}",
        root.display()
    );
    out
}

/// Every text under the repository's `tests/corpus/` (real sources and
/// layout twins), named `tests-corpus__<source>__<file>`.
fn repo_documents() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    let mut out = Vec::new();
    files_under(&root, "corpus", "tests-", &mut out);
    out.sort();
    assert!(!out.is_empty(), "no texts under {}", root.display());
    out
}

fn schema() -> Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/document.schema.json");
    serde_json::from_str(&std::fs::read_to_string(p).expect("schema/document.schema.json")).unwrap()
}

/// Long texts shortened so snapshots stay readable; structure stays whole.
fn shorten(v: &mut Value) {
    match v {
        Value::String(s) if s.chars().count() > 100 => {
            let cut: String = s.chars().take(100).collect();
            *s = format!("{cut}…");
        }
        Value::Array(a) => a.iter_mut().for_each(shorten),
        Value::Object(o) => o.values_mut().for_each(shorten),
        _ => {}
    }
}

fn all_spans(v: &Value, out: &mut Vec<(usize, usize)>) {
    match v {
        Value::Object(o) => {
            if let (Some(Value::Number(s)), Some(Value::Number(e))) = (o.get("start"), o.get("end"))
            {
                out.push((s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize));
            }
            o.values().for_each(|x| all_spans(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| all_spans(x, out)),
        _ => {}
    }
}

fn check(name: &str, src: &str, validator: &jsonschema::Validator) {
    let doc = justera::parse(src);
    // Blocks cover the whole input, in order, without gaps.
    assert_eq!(doc.blocks.first().map(|b| b.span.start), Some(0), "{name}");
    assert_eq!(
        doc.blocks.last().map(|b| b.span.end),
        Some(src.len()),
        "{name}"
    );
    for w in doc.blocks.windows(2) {
        assert_eq!(w[0].span.end, w[1].span.start, "{name}: blocks leave a gap");
    }
    let value = serde_json::to_value(&doc).unwrap();
    // Every span is a valid range on character boundaries.
    let mut spans = Vec::new();
    all_spans(&value, &mut spans);
    for (s, e) in spans {
        assert!(
            s <= e && e <= src.len() && src.is_char_boundary(s) && src.is_char_boundary(e),
            "{name}: bad span {s}..{e}"
        );
    }
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .take(5)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{name}: JSON does not fit the schema: {errors:#?}"
    );
    let mut short = value;
    shorten(&mut short);
    insta::with_settings!({snapshot_suffix => name.to_string(), prepend_module_to_snapshot => false}, {
        insta::assert_json_snapshot!("model", short);
    });
}

#[test]
fn every_document_parses_and_matches_its_snapshot() {
    let validator = jsonschema::validator_for(&schema()).expect("schema compiles");
    for (name, path) in documents() {
        let src = std::fs::read_to_string(&path).unwrap();
        check(&name, &src, &validator);
    }
}

#[test]
fn every_repo_corpus_text_parses_and_matches_its_snapshot() {
    let validator = jsonschema::validator_for(&schema()).expect("schema compiles");
    for (name, path) in repo_documents() {
        let src = std::fs::read_to_string(&path).unwrap();
        check(&name, &src, &validator);
    }
}

/// Reading the parse's scan instead of scanning again changes nothing: the
/// same model and the same findings on every document.
#[test]
fn the_parse_scan_shared_with_the_rules_gives_the_same_results() {
    for (name, path) in documents().into_iter().chain(repo_documents()) {
        let src = std::fs::read_to_string(&path).unwrap();
        let (doc, items) = justera::parse_with_scan(&src);
        assert_eq!(items, justera::scan::scan(&src), "{name}");
        assert_eq!(doc, justera::parse(&src), "{name}");
        let shared = justera::check_with_scan(&doc, &src, &items);
        let own = justera::check(&doc, &src);
        assert_eq!(
            format!("{shared:?}"),
            format!("{own:?}"),
            "{name}: findings differ"
        );
    }
}

#[test]
fn seed_counts() {
    let read = |n: &str| std::fs::read_to_string(shared().join("seeds").join(n)).unwrap();
    let d = justera::parse(&read("000_fc87e2d14c4d4c18.txt"));
    assert_eq!(d.kind, justera::DocumentKind::Protocol);
    assert_eq!(
        d.paragraphs.iter().map(|p| p.number).collect::<Vec<_>>(),
        (15..=30).collect::<Vec<_>>()
    );
    let a = &d.attendance;
    assert_eq!(
        (
            a.members.len(),
            a.serving_substitutes.len(),
            a.substitutes.len(),
            a.others.len()
        ),
        (8, 2, 4, 8)
    );
    assert_eq!(d.meeting.date.as_ref().unwrap().iso, "2024-03-18");
    assert_eq!(d.meeting.start.as_ref().unwrap().text, "18:00");
    assert_eq!(d.meeting.end.as_ref().unwrap().text, "19:05");
    assert_eq!(d.notice.appeal_deadline.as_ref().unwrap().iso, "2024-04-09");
    assert!(d
        .paragraphs
        .iter()
        .filter(|p| p.confidential)
        .map(|p| p.number)
        .eq([16, 17, 18]));

    let d = justera::parse(&read("003_9b82ca12656ff44a.txt"));
    assert_eq!(
        d.paragraphs.iter().map(|p| p.number).collect::<Vec<_>>(),
        (1..=29).collect::<Vec<_>>()
    );
    let a = &d.attendance;
    assert_eq!(
        (
            a.members.len(),
            a.serving_substitutes.len(),
            a.substitutes.len(),
            a.others.len()
        ),
        (11, 2, 7, 6)
    );
    assert_eq!(d.meeting.number.as_ref().unwrap().text, "4/2024");
    assert_eq!(d.justering.date.as_ref().unwrap().iso, "2024-03-22");
    assert_eq!(d.justering.justerare.len(), 2);
    assert_eq!(d.signatures.iter().filter(|s| s.digital).count(), 3);
}

#[test]
fn seed_document_kinds() {
    use justera::DocumentKind::*;
    let read = |n: &str| std::fs::read_to_string(shared().join("seeds").join(n)).unwrap();
    let d = justera::parse(&read("001_8d3f355d45ad39b5.txt"));
    assert_eq!(d.kind, Bundle);
    assert!(
        d.paragraphs.is_empty(),
        "a bundle's § belong to its documents"
    );
    let memos: Vec<String> = d
        .documents
        .iter()
        .filter(|x| x.kind == Memo)
        .flat_map(|x| x.case_numbers.iter().map(|c| c.text.clone()))
        .collect();
    for case in [
        "SN/2023:1",
        "SN/2024:1",
        "SN/2024:42",
        "SN/2024:70",
        "SN/2023:96",
        "SN/2024:49",
    ] {
        assert!(memos.iter().any(|c| c == case), "memo {case} in {memos:?}");
    }
    let mbl = d
        .documents
        .iter()
        .find(|x| x.kind == NegotiationProtocol)
        .expect("the MBL negotiation protocol");
    assert_eq!(
        mbl.paragraphs.iter().map(|p| p.number).collect::<Vec<_>>(),
        vec![1, 2, 4, 5]
    );
    let extract = d
        .documents
        .iter()
        .find(|x| x.kind == ProtocolExtract)
        .expect("the extract § 78");
    assert_eq!(
        extract
            .paragraphs
            .iter()
            .map(|p| p.number)
            .collect::<Vec<_>>(),
        vec![78]
    );
    assert!(d.documents.iter().any(|x| x.kind == Initiative));
    assert_eq!(d.documents.iter().filter(|x| x.confidential).count(), 2);
    for w in d.blocks.windows(2) {
        assert_eq!(w[0].span.end, w[1].span.start);
    }

    let d = justera::parse(&read("002_45c19e177153fc5b.txt"));
    assert_eq!(d.kind, Memo);
    let m = d.memo.as_ref().unwrap();
    assert_eq!(
        m.title.as_ref().unwrap().text,
        "Årlig uppföljning av det systematiska arbetsmiljöarbetet (SAM) 2023"
    );
    assert_eq!(m.date.as_ref().unwrap().iso, "2024-04-04");
    assert_eq!(m.case_numbers[0].text, "SN/2024:39");
    assert!(m
        .proposed_decision
        .as_ref()
        .unwrap()
        .text
        .starts_with("Socialnämnden tar del av"));
    assert_eq!(m.documents_listed.len(), 4);
    assert_eq!(
        m.signatories
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        vec!["Mikael Olofsson", "Oscar Haptén"]
    );
    assert_eq!(
        m.distribution[0].text,
        "HR-avdelning (Stadsledningsförvaltningen)"
    );
}

/// The committed schema is what the model derives: regenerate with
/// `UPDATE_SCHEMA=1 cargo test -p justera --test corpus`.
#[test]
fn schema_is_up_to_date() {
    let generated =
        serde_json::to_string_pretty(&schemars::schema_for!(justera::Document)).unwrap() + "\n";
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/document.schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "schema/document.schema.json is stale: run with UPDATE_SCHEMA=1"
    );
}
