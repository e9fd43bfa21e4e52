//! `justera check FILE...` and `justera rules`: run the rules and print
//! their findings like a compiler, as JSON lines, or as SARIF 2.1.0.

use std::fmt::Write as _;
use std::process::ExitCode;

use justera::diagnostic::{Diagnostic, Lang, LineIndex, Severity};
use justera::input::Format as InputFormat;
use justera::model::Span;
use justera::place::Places;
use justera::rules::{self, REGISTRY};
use serde_json::{json, Value};

use crate::out::{out, outln};

pub const USAGE: &str =
    "  check [--format text|json|sarif] [--lang sv|en] [--ignore CODE]... FILE...   (- for standard input)
               check protocols; exit 1 when any error-level finding, 2 on usage or IO errors
  rules [--format text|markdown|json]
               list every rule with its code, severity and documentation
  rules CODE   print one rule's documentation";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Sarif,
}

struct Options {
    format: Format,
    lang: Lang,
    ignore: Vec<String>,
    files: Vec<String>,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        format: Format::Text,
        lang: Lang::Sv,
        ignore: Vec::new(),
        files: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or(format!("{name} needs a value"))
        };
        match flag {
            "--format" => {
                o.format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    "sarif" => Format::Sarif,
                    f => return Err(format!("unknown format {f} (text, json, sarif)")),
                }
            }
            "--lang" => {
                o.lang = match value("--lang")?.as_str() {
                    "sv" => Lang::Sv,
                    "en" => Lang::En,
                    l => return Err(format!("unknown language {l} (sv, en)")),
                }
            }
            "--ignore" => {
                for code in value("--ignore")?
                    .split(',')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                {
                    if rules::rule(code).is_none() {
                        return Err(format!("unknown rule code {code} (see `justera rules`)"));
                    }
                    o.ignore.push(code.to_string());
                }
            }
            "--" => o.files.extend(it.by_ref().cloned()),
            f if f.starts_with('-') && f.len() > 1 => return Err(format!("unknown option {f}")),
            f => o.files.push(f.to_string()),
        }
    }
    if o.files.is_empty() {
        return Err("check needs at least one FILE".into());
    }
    Ok(o)
}

/// `justera check`.
pub fn check(args: &[String]) -> Result<ExitCode, String> {
    let o = parse_options(args)?;
    let mut io_error = false;
    let mut any_error = false;
    let mut counts = [0usize; 3];
    let mut sarif_results = Vec::new();
    for path in &o.files {
        // Tracked changes, comments and PDF tags become diagnostics, so the
        // file is decoded here rather than read as bare text.
        let decoded = match crate::files::decode_file(path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("justera: {e}");
                io_error = true;
                continue;
            }
        };
        // The rules read the parse's own scan of the text.
        let (doc, items) = match justera::parse_decoded_with_scan(&decoded) {
            Ok(parsed) => parsed,
            Err(e) => {
                eprintln!("justera: {}", crate::files::refused(path, &e));
                io_error = true;
                continue;
            }
        };
        let text = &decoded.text;
        let diags: Vec<Diagnostic> = justera::check_with_scan(&doc, text, &items)
            .into_iter()
            .filter(|d| !o.ignore.iter().any(|c| c == d.code))
            .collect();
        any_error |= diags.iter().any(|d| d.severity == Severity::Error);
        for d in &diags {
            counts[d.severity as usize] += 1;
        }
        // In a Word or PDF file, line and column of the decoded text mean
        // little: each finding also names the page and headings.
        let original = doc
            .source
            .as_ref()
            .is_some_and(|s| matches!(s.format, InputFormat::Docx | InputFormat::Pdf));
        let places = original.then(|| Places::new(&doc));
        match o.format {
            Format::Text => out!(
                "{}",
                render_text(path, text, &diags, o.lang, places.as_ref())
            ),
            Format::Json => {
                let mut out = json!({ "file": path, "diagnostics": diags });
                if let Some(places) = &places {
                    out["places"] = json!(diags
                        .iter()
                        .map(|d| places.at(d.span.start))
                        .collect::<Vec<_>>());
                }
                outln!("{out}")
            }
            Format::Sarif => {
                sarif_results.extend(diags.iter().map(|d| sarif_result(path, text, d, o.lang)))
            }
        }
    }
    match o.format {
        Format::Text => {
            let [info, warning, error] = counts;
            let summary = match o.lang {
                Lang::Sv => format!(
                    "{error} fel, {warning} {}, {info} info",
                    if warning == 1 { "varning" } else { "varningar" }
                ),
                Lang::En => format!(
                    "{error} error{}, {warning} warning{}, {info} info",
                    if error == 1 { "" } else { "s" },
                    if warning == 1 { "" } else { "s" }
                ),
            };
            outln!("{summary}");
        }
        Format::Json => {}
        Format::Sarif => outln!(
            "{}",
            serde_json::to_string_pretty(&sarif_log(sarif_results, o.lang)).unwrap_or_default()
        ),
    }
    Ok(ExitCode::from(if io_error {
        2
    } else if any_error {
        1
    } else {
        0
    }))
}

fn severity_word(s: Severity, lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => s.as_swedish(),
        Lang::En => s.as_str(),
    }
}

/// Compiler-style text: `file:line:col: severity[code]: message`, the source
/// line with `^^^` under the span, secondary labels, help.
/// In a Word or PDF file, a line `--> sida 4 › § 20 Title › Yrkanden`
/// names the spot in the original.
pub fn render_text(
    path: &str,
    src: &str,
    diags: &[Diagnostic],
    lang: Lang,
    places: Option<&Places>,
) -> String {
    let index = LineIndex::new(src);
    let mut s = String::new();
    for d in diags {
        let p = d.position;
        let _ = writeln!(
            s,
            "{path}:{}:{}: {}[{}]: {}",
            p.line,
            p.column,
            severity_word(d.severity, lang),
            d.code,
            d.message_in(lang)
        );
        if let Some(place) = places.and_then(|ps| ps.at(d.span.start).describe(lang == Lang::Sv)) {
            let _ = writeln!(s, "  --> {place}");
        }
        snippet(&mut s, src, &index, d.span, '^');
        for l in &d.labels {
            let note = match lang {
                Lang::Sv => "not",
                Lang::En => "note",
            };
            let _ = writeln!(
                s,
                "  {note}: {path}:{}:{}: {}",
                l.position.line,
                l.position.column,
                l.message_in(lang)
            );
            snippet(&mut s, src, &index, l.span, '-');
        }
        if !d.repeats.is_empty() {
            // One finding for every place: the count, then where.
            let lines: Vec<String> = d
                .repeats
                .iter()
                .map(|r| r.position.line.to_string())
                .collect();
            let _ = writeln!(
                s,
                "  = {} {}",
                match lang {
                    Lang::Sv => format!("{} ställen, även rad", d.count()),
                    Lang::En => format!("{} places, also line", d.count()),
                },
                lines.join(", ")
            );
        }
        if let Some(h) = d.help_in(lang) {
            let word = match lang {
                Lang::Sv => "hjälp",
                Lang::En => "help",
            };
            let _ = writeln!(s, "  = {word}: {h}");
        }
        s.push('\n');
    }
    s
}

/// The first line of `span` with a marker under it.
fn snippet(s: &mut String, src: &str, index: &LineIndex, span: Span, mark: char) {
    /// Lines longer than this are shown as a window around the span.
    const WIDE: usize = 120;
    let pos = index.position(src, span.start);
    let line = index.line_span(src, pos.line);
    let chars: Vec<char> = line.of(src).chars().collect();
    let width = pos.line.to_string().len();
    let upto = span.end.min(line.end).max(span.start);
    let mut marked = src
        .get(span.start..upto)
        .map_or(0, |t| t.chars().count())
        .max(1);
    let col = pos.column - 1;
    let (from, to) = if chars.len() > WIDE {
        let from = col.saturating_sub(40);
        (from, (from + WIDE).min(chars.len()))
    } else {
        (0, chars.len())
    };
    marked = marked.min(to.saturating_sub(col).max(1));
    let lead = if from > 0 { "…" } else { "" };
    let tail = if to < chars.len() { "…" } else { "" };
    let shown: String = chars[from..to].iter().collect();
    // Tabs keep their width so the marker lines up.
    let pad: String = lead
        .chars()
        .chain(chars[from..col.min(chars.len()).max(from)].iter().copied())
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let _ = writeln!(s, "{:width$} |", "");
    let _ = writeln!(s, "{} | {lead}{shown}{tail}", pos.line);
    let _ = writeln!(
        s,
        "{:width$} | {pad}{}",
        "",
        mark.to_string().repeat(marked)
    );
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn region(src: &str, index: &LineIndex, span: Span) -> Value {
    let a = index.position(src, span.start);
    let b = index.position(src, span.end);
    json!({
        "startLine": a.line, "startColumn": a.column, "endLine": b.line, "endColumn": b.column,
        "byteOffset": span.start, "byteLength": span.len(),
    })
}

fn sarif_result(path: &str, src: &str, d: &Diagnostic, lang: Lang) -> Value {
    let index = LineIndex::new(src);
    let location = |span: Span| json!({ "physicalLocation": { "artifactLocation": { "uri": path }, "region": region(src, &index, span) } });
    let mut text = d.message_in(lang).to_string();
    if let Some(h) = d.help_in(lang) {
        text.push_str(&format!(" ({h})"));
    }
    let related: Vec<Value> = d
        .labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let mut v = location(l.span);
            v["id"] = json!(i);
            v["message"] = json!({ "text": l.message_in(lang) });
            v
        })
        .collect();
    let mut r = json!({
        "ruleId": d.code,
        "ruleIndex": REGISTRY.iter().position(|r| r.code == d.code),
        "level": level(d.severity),
        "message": { "text": text },
        "locations": std::iter::once(d.span)
            .chain(d.repeats.iter().map(|r| r.span))
            .map(location)
            .collect::<Vec<_>>(),
    });
    if !d.repeats.is_empty() {
        r["properties"] = json!({ "count": d.count() });
    }
    if !related.is_empty() {
        r["relatedLocations"] = json!(related);
    }
    r
}

fn sarif_log(results: Vec<Value>, lang: Lang) -> Value {
    let rules: Vec<Value> = REGISTRY
        .iter()
        .map(|r| {
            json!({
                "id": r.code,
                "shortDescription": { "text": r.summary() },
                "fullDescription": { "text": r.doc },
                "defaultConfiguration": { "level": level(r.severity) },
                "properties": { "group": r.group },
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "justera",
                "version": env!("CARGO_PKG_VERSION"),
                "language": match lang { Lang::Sv => "sv", Lang::En => "en" },
                "rules": rules,
            } },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

/// `justera rules`.
pub fn rules(args: &[String]) -> Result<ExitCode, String> {
    let format = match args {
        [] => "text",
        [f, v] if f == "--format" => v.as_str(),
        [f] if f.starts_with("--format=") => &f["--format=".len()..],
        [code] if !code.starts_with('-') => {
            let r = rules::rule(code)
                .ok_or(format!("unknown rule code {code} (see `justera rules`)"))?;
            outln!(
                "{} ({}, {})\n\n{}",
                r.code,
                r.severity.as_str(),
                r.group,
                r.doc.trim_end()
            );
            return Ok(ExitCode::SUCCESS);
        }
        _ => return Err("rules takes CODE or --format text|markdown|json".into()),
    };
    match format {
        "text" => {
            for r in REGISTRY {
                outln!(
                    "{:<30} {:<8} {:<14} {}",
                    r.code,
                    r.severity.as_str(),
                    r.group,
                    r.summary()
                );
            }
            outln!(
                "\n{} rules. `justera rules CODE` prints a rule's documentation; `--format markdown` all of them.",
                REGISTRY.len()
            );
        }
        "markdown" => out!("{}", rules::markdown()),
        "json" => {
            let v: Vec<Value> = REGISTRY
                .iter()
                .map(|r| json!({ "code": r.code, "severity": r.severity, "group": r.group, "summary": r.summary(), "doc": r.doc }))
                .collect();
            outln!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        }
        f => return Err(format!("unknown format {f} (text, markdown, json)")),
    }
    Ok(ExitCode::SUCCESS)
}
