//! Word `.docx`: a zip of XML parts, rendered as the markdown-like text the
//! scanner reads.
//!
//! - paragraphs become blocks separated by a blank line; line breaks `  \n`;
//! - headings (from the Word style's name, its `basedOn` chain or an
//!   outline level) become `#` lines;
//! - bold runs become `**...**`, italic ones `*...*`;
//! - numbered and bulleted paragraphs become `1. ` / `- ` list items, the
//!   numbers computed from `numbering.xml` as Word shows them;
//! - tables become `| pipe |` rows, paragraphs in a cell joined by `<br>`;
//! - footnotes become `[^N]` references and `[^N]: text` at the end;
//! - tracked changes (`w:ins`, `w:del`, moves, formatting changes) and
//!   comments become [`Note`]s with spans in the rendered text. The text
//!   shows insertions and leaves deletions out, as if all were accepted.
//!
//! Reading is bounded: the number of zip entries and the bytes decompressed
//! are capped ([`Limits`]), so a zip bomb gets a message, never an
//! out-of-memory. The XML is walked with explicit stacks, no recursion.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::{ChangeKind, Decoded, Format, InputError, Limits, Note};
use crate::Span;

/// Notes listed one by one; past this only totals are given.
const MAX_LISTED: usize = 200;
/// Paragraph marker: `MARK_OPEN`, the event's index in decimal, `MARK_CLOSE`.
/// Private-use characters, stripped before the text leaves this module.
const MARK_OPEN: char = '\u{E000}';
const MARK_CLOSE: char = '\u{E001}';

pub(super) fn decode(bytes: &[u8], limits: &Limits) -> Result<Decoded, InputError> {
    let mut pkg = Package::open(bytes, limits)?;
    if let Some(mime) = pkg.read("mimetype")? {
        if mime.contains("opendocument") {
            return Err(InputError::Unsupported {
                what: "OpenDocument (.odt)",
            });
        }
    }
    let main = pkg.main_part()?;
    if main.starts_with("xl/") {
        return Err(InputError::Unsupported {
            what: "Excel (.xlsx)",
        });
    }
    if main.starts_with("ppt/") {
        return Err(InputError::Unsupported {
            what: "PowerPoint (.pptx)",
        });
    }
    let Some(document) = pkg.read(&main)? else {
        return Err(InputError::CorruptZip {
            detail: format!("{main} saknas / is missing"),
        });
    };
    let rels = match pkg.read(&rels_path(&main))? {
        Some(xml) => relationships(&xml)?,
        None => Vec::new(),
    };
    let part =
        |pkg: &mut Package, kind: &str, default: &str| -> Result<Option<String>, InputError> {
            let target = rels
                .iter()
                .find(|(t, _)| t.rsplit('/').next() == Some(kind))
                .map(|(_, target)| resolve(&main, target))
                .unwrap_or_else(|| default.to_string());
            pkg.read(&target)
        };
    let styles = Styles::parse(part(&mut pkg, "styles", "word/styles.xml")?.as_deref())?;
    let numbering =
        Numbering::parse(part(&mut pkg, "numbering", "word/numbering.xml")?.as_deref())?;
    let footnotes = notes_part(
        part(&mut pkg, "footnotes", "word/footnotes.xml")?.as_deref(),
        "footnote",
    )?;
    let endnotes = notes_part(
        part(&mut pkg, "endnotes", "word/endnotes.xml")?.as_deref(),
        "endnote",
    )?;
    let comments = notes_part(
        part(&mut pkg, "comments", "word/comments.xml")?.as_deref(),
        "comment",
    )?;

    let mut body = Body::new(&styles, numbering);
    body.walk(&document)?;
    let Body {
        blocks,
        events,
        footnote_refs,
        ..
    } = body;

    let mut out = join_blocks(&blocks);
    let mut counts = [0usize; 2];
    for (id, endnote) in footnote_refs {
        counts[endnote as usize] += 1;
        let list = if endnote { &endnotes } else { &footnotes };
        if let Some(n) = list.iter().find(|n| n.id == id) {
            out.push_str(&format!(
                "\n[^{}]: {}\n",
                note_label(counts[endnote as usize], endnote),
                n.text
            ));
        }
    }
    let (text, positions) = strip_markers(&out);
    let mut decoded = Decoded::new(text, Format::Docx);
    decoded.notes = revision_notes(&decoded.text, &events, &positions, &comments);
    Ok(decoded)
}

fn note_label(n: usize, endnote: bool) -> String {
    if endnote {
        format!("e{n}")
    } else {
        n.to_string()
    }
}

fn corrupt(e: impl std::fmt::Display) -> InputError {
    InputError::CorruptZip {
        detail: e.to_string(),
    }
}

// ---------------------------------------------------------------- the zip

struct Package<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    /// Bytes that may still be decompressed.
    budget: u64,
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8], limits: &Limits) -> Result<Self, InputError> {
        // Count central directory headers before the zip crate builds its
        // index, so a million tiny entries cost a scan, not a million
        // allocations.
        let headers = bytes.windows(4).filter(|w| w == b"PK\x01\x02").count();
        if headers > limits.max_zip_entries {
            return Err(InputError::ZipBomb);
        }
        let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(corrupt)?;
        if zip.len() > limits.max_zip_entries {
            return Err(InputError::ZipBomb);
        }
        Ok(Package {
            zip,
            budget: limits.max_unzipped,
        })
    }

    /// An entry as text, `None` if it does not exist. Reads at most the
    /// remaining budget whatever the entry claims its size is.
    fn read(&mut self, name: &str) -> Result<Option<String>, InputError> {
        let mut file = match self.zip.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(corrupt(e)),
        };
        let mut buf = Vec::with_capacity(file.size().min(self.budget).min(1 << 20) as usize);
        (&mut file)
            .take(self.budget + 1)
            .read_to_end(&mut buf)
            .map_err(corrupt)?;
        if buf.len() as u64 > self.budget {
            return Err(InputError::ZipBomb);
        }
        self.budget -= buf.len() as u64;
        let (text, _, bad) = encoding_rs::UTF_8.decode(&buf);
        if bad {
            // XML parts may be UTF-16 with a BOM.
            let (text, _, bad) = encoding_rs::UTF_16LE.decode(&buf);
            if bad {
                return Err(corrupt(format!("{name}: ogiltig text / invalid text")));
            }
            return Ok(Some(text.into_owned()));
        }
        Ok(Some(text.into_owned()))
    }

    /// The main document part, from the package relationships.
    fn main_part(&mut self) -> Result<String, InputError> {
        if let Some(xml) = self.read("_rels/.rels")? {
            for (kind, target) in relationships(&xml)? {
                if kind == "officeDocument" {
                    return Ok(resolve("", &target));
                }
            }
        }
        Ok("word/document.xml".to_string())
    }
}

/// `word/document.xml` -> `word/_rels/document.xml.rels`.
fn rels_path(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

/// A relationship target relative to the part that names it.
fn resolve(source: &str, target: &str) -> String {
    if let Some(abs) = target.strip_prefix('/') {
        return abs.to_string();
    }
    let mut parts: Vec<&str> = source.split('/').collect();
    parts.pop();
    for seg in target.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// (type's last path segment, target) of each relationship.
fn relationships(xml: &str) -> Result<Vec<(String, String)>, InputError> {
    let mut out = Vec::new();
    let mut reader = reader(xml);
    loop {
        match reader.read_event().map_err(corrupt)? {
            Event::Start(e) if e.local_name().as_ref() == "Relationship" => {
                let kind = attr(&e, "Type").unwrap_or_default();
                let kind = kind.rsplit('/').next().unwrap_or_default().to_string();
                out.push((kind, attr(&e, "Target").unwrap_or_default()));
            }
            Event::Eof => return Ok(out),
            _ => {}
        }
    }
}

fn reader(xml: &str) -> Reader<&[u8]> {
    let mut r = Reader::from_reader(xml.as_bytes());
    r.config_mut().expand_empty_elements = true;
    r.config_mut().check_end_names = false;
    r
}

/// An attribute's value by local name (`w:val` -> `val`).
fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// `w:b`, `w:b w:val="true"` are on; `w:val="0|false|off"` is off.
fn on_off(e: &BytesStart) -> bool {
    !matches!(
        attr(e, "val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}

// ------------------------------------------------------------ styles

#[derive(Default)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    bold: Option<bool>,
    italic: Option<bool>,
    num: Option<(String, Option<usize>)>,
}

#[derive(Default)]
struct Styles {
    map: HashMap<String, Style>,
    default_para: Option<String>,
}

impl Styles {
    fn parse(xml: Option<&str>) -> Result<Self, InputError> {
        let mut styles = Styles::default();
        let Some(xml) = xml else { return Ok(styles) };
        let mut reader = reader(xml);
        let mut path: Vec<String> = Vec::new();
        let mut current: Option<(String, Style)> = None;
        loop {
            match reader.read_event().map_err(corrupt)? {
                Event::Start(e) => {
                    let name = e.local_name().as_ref().to_string();
                    let parent = path.last().map(String::as_str).unwrap_or("");
                    match (parent, name.as_str()) {
                        (_, "style") => {
                            let id = attr(&e, "styleId").unwrap_or_default();
                            if attr(&e, "type").as_deref() == Some("paragraph")
                                && attr(&e, "default")
                                    .as_deref()
                                    .is_some_and(|v| v == "1" || v == "true")
                            {
                                styles.default_para = Some(id.clone());
                            }
                            current = Some((id, Style::default()));
                        }
                        ("style", "name") => {
                            if let Some((_, s)) = current.as_mut() {
                                s.name = attr(&e, "val").unwrap_or_default().to_lowercase();
                            }
                        }
                        ("style", "basedOn") => {
                            if let Some((_, s)) = current.as_mut() {
                                s.based_on = attr(&e, "val");
                            }
                        }
                        ("pPr", "outlineLvl") => {
                            if let Some((_, s)) = current.as_mut() {
                                s.outline = attr(&e, "val").and_then(|v| v.parse().ok());
                            }
                        }
                        ("numPr", "numId") => {
                            if let Some((_, s)) = current.as_mut() {
                                let ilvl = s.num.take().and_then(|n| n.1);
                                s.num = attr(&e, "val").map(|v| (v, ilvl));
                            }
                        }
                        ("numPr", "ilvl") => {
                            if let Some((_, s)) = current.as_mut() {
                                let lvl = attr(&e, "val").and_then(|v| v.parse().ok());
                                let id = s.num.take().map(|n| n.0).unwrap_or_default();
                                s.num = Some((id, lvl));
                            }
                        }
                        ("rPr", "b") if path.iter().rev().nth(1).is_some_and(|p| p == "style") => {
                            if let Some((_, s)) = current.as_mut() {
                                s.bold = Some(on_off(&e));
                            }
                        }
                        ("rPr", "i") if path.iter().rev().nth(1).is_some_and(|p| p == "style") => {
                            if let Some((_, s)) = current.as_mut() {
                                s.italic = Some(on_off(&e));
                            }
                        }
                        _ => {}
                    }
                    path.push(name);
                }
                Event::End(e) => {
                    path.pop();
                    if e.local_name().as_ref() == "style" {
                        if let Some((id, s)) = current.take() {
                            styles.map.insert(id, s);
                        }
                    }
                }
                Event::Eof => return Ok(styles),
                _ => {}
            }
        }
    }

    /// The styles from `id` up its `basedOn` chain (bounded: chains may loop).
    fn chain<'s>(&'s self, id: Option<&'s str>) -> impl Iterator<Item = &'s Style> + 's {
        let mut next = id.or(self.default_para.as_deref());
        std::iter::from_fn(move || {
            let s = self.map.get(next?)?;
            next = s.based_on.as_deref();
            Some(s)
        })
        .take(16)
    }

    fn heading_level(&self, id: Option<&str>) -> Option<usize> {
        for s in self.chain(id) {
            if let Some(o) = s.outline {
                return (o < 9).then_some(o as usize + 1);
            }
            let name = s.name.as_str();
            for prefix in ["heading ", "rubrik "] {
                if let Some(n) = name
                    .strip_prefix(prefix)
                    .and_then(|n| n.trim().parse::<usize>().ok())
                {
                    return Some(n.clamp(1, 6));
                }
            }
            if matches!(name, "title" | "rubrik" | "titel") {
                return Some(1);
            }
        }
        None
    }

    fn bold(&self, id: Option<&str>) -> Option<bool> {
        self.chain(id).find_map(|s| s.bold)
    }

    fn italic(&self, id: Option<&str>) -> Option<bool> {
        self.chain(id).find_map(|s| s.italic)
    }

    fn num(&self, id: Option<&str>) -> Option<(String, Option<usize>)> {
        self.chain(id).find_map(|s| s.num.clone())
    }
}

// ---------------------------------------------------------- numbering

#[derive(Clone, Default)]
struct Level {
    fmt: String,
    text: String,
    start: u32,
}

#[derive(Default)]
struct Numbering {
    abstracts: HashMap<String, Vec<Level>>,
    /// numId -> (abstractNumId, start overrides by level).
    nums: HashMap<String, (String, HashMap<usize, u32>)>,
    counters: HashMap<String, [Option<u32>; 9]>,
}

impl Numbering {
    fn parse(xml: Option<&str>) -> Result<Self, InputError> {
        let mut n = Numbering::default();
        let Some(xml) = xml else { return Ok(n) };
        let mut reader = reader(xml);
        let mut path: Vec<String> = Vec::new();
        let mut abs: Option<String> = None;
        let mut num: Option<String> = None;
        let mut ilvl = 0usize;
        loop {
            match reader.read_event().map_err(corrupt)? {
                Event::Start(e) => {
                    let name = e.local_name().as_ref().to_string();
                    let parent = path.last().map(String::as_str).unwrap_or("");
                    match (parent, name.as_str()) {
                        (_, "abstractNum") => {
                            abs = attr(&e, "abstractNumId");
                            if let Some(a) = &abs {
                                n.abstracts.entry(a.clone()).or_default();
                            }
                        }
                        (_, "num") => {
                            num = attr(&e, "numId");
                            if let Some(id) = &num {
                                n.nums.insert(id.clone(), (String::new(), HashMap::new()));
                            }
                        }
                        ("num", "abstractNumId") => {
                            if let Some(entry) = num.as_ref().and_then(|id| n.nums.get_mut(id)) {
                                entry.0 = attr(&e, "val").unwrap_or_default();
                            }
                        }
                        (_, "lvl") | ("num", "lvlOverride") => {
                            ilvl = attr(&e, "ilvl")
                                .and_then(|v| v.parse().ok())
                                .unwrap_or(0)
                                .min(8);
                        }
                        ("lvlOverride", "startOverride") => {
                            if let Some(entry) = num.as_ref().and_then(|id| n.nums.get_mut(id)) {
                                let start =
                                    attr(&e, "val").and_then(|v| v.parse().ok()).unwrap_or(1);
                                entry.1.insert(ilvl, start);
                            }
                        }
                        ("lvl", field @ ("numFmt" | "lvlText" | "start")) if path.len() >= 2 => {
                            if let Some(levels) = abs.as_ref().and_then(|a| n.abstracts.get_mut(a))
                            {
                                if levels.len() <= ilvl {
                                    levels.resize(
                                        ilvl + 1,
                                        Level {
                                            start: 1,
                                            ..Level::default()
                                        },
                                    );
                                }
                                let v = attr(&e, "val").unwrap_or_default();
                                let level = &mut levels[ilvl];
                                match field {
                                    "numFmt" => level.fmt = v,
                                    "lvlText" => level.text = v,
                                    _ => level.start = v.parse().unwrap_or(1),
                                }
                            }
                        }
                        _ => {}
                    }
                    path.push(name);
                }
                Event::End(e) => {
                    path.pop();
                    match e.local_name().as_ref() {
                        "abstractNum" => abs = None,
                        "num" => num = None,
                        _ => {}
                    }
                }
                Event::Eof => return Ok(n),
                _ => {}
            }
        }
    }

    /// The label of the next item of list `num_id` at level `ilvl`
    /// (`"1."`, `"a)"`, `"-"`), counting as Word does; `None` when the
    /// paragraph is not numbered after all.
    fn next_label(&mut self, num_id: &str, ilvl: usize) -> Option<String> {
        if num_id == "0" {
            return None;
        }
        let ilvl = ilvl.min(8);
        let Some((abs, overrides)) = self.nums.get(num_id) else {
            return Some("-".into());
        };
        let levels = self.abstracts.get(abs).cloned().unwrap_or_default();
        let level = levels.get(ilvl).cloned().unwrap_or(Level {
            fmt: "decimal".into(),
            text: String::new(),
            start: 1,
        });
        match level.fmt.as_str() {
            "bullet" => return Some("-".into()),
            "none" => return None,
            _ => {}
        }
        let counters = self.counters.entry(num_id.to_string()).or_insert([None; 9]);
        let start = overrides.get(&ilvl).copied().unwrap_or(level.start);
        counters[ilvl] = Some(counters[ilvl].map_or(start, |c| c.saturating_add(1)));
        for c in counters.iter_mut().skip(ilvl + 1) {
            *c = None;
        }
        let value = |k: usize| {
            let fmt = levels.get(k).map(|l| l.fmt.as_str()).unwrap_or("decimal");
            let n = counters[k].unwrap_or_else(|| levels.get(k).map_or(1, |l| l.start));
            format_number(n, fmt)
        };
        let mut label = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(d @ 1..=9)) => {
                    chars.next();
                    label.push_str(&value(d as usize - 1));
                }
                _ => label.push(c),
            }
        }
        let mut label = label.trim().to_string();
        if label.is_empty() {
            label = value(ilvl);
        }
        if label.ends_with(|c: char| c.is_alphanumeric()) {
            label.push('.');
        }
        Some(label)
    }
}

fn format_number(n: u32, fmt: &str) -> String {
    let letter = |upper: bool| {
        let n = n.max(1) - 1;
        let c = (b'a' + (n % 26) as u8) as char;
        let s = c.to_string().repeat(n as usize / 26 + 1);
        if upper {
            s.to_uppercase()
        } else {
            s
        }
    };
    match fmt {
        "lowerLetter" => letter(false),
        "upperLetter" => letter(true),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" if n < 10 => format!("0{n}"),
        _ => n.to_string(),
    }
}

fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

// ------------------------------------------- footnotes, endnotes, comments

struct Aside {
    id: String,
    author: Option<String>,
    text: String,
}

/// The plain text of each `<w:footnote>` / `<w:endnote>` / `<w:comment>`.
fn notes_part(xml: Option<&str>, container: &str) -> Result<Vec<Aside>, InputError> {
    let mut out = Vec::new();
    let Some(xml) = xml else { return Ok(out) };
    let mut reader = reader(xml);
    let mut current: Option<Aside> = None;
    let mut in_t = false;
    loop {
        match reader.read_event().map_err(corrupt)? {
            Event::Start(e) => match e.local_name().as_ref() {
                name if name == container => {
                    let separator = attr(&e, "type").is_some_and(|t| t != "normal");
                    current = (!separator).then(|| Aside {
                        id: attr(&e, "id").unwrap_or_default(),
                        author: attr(&e, "author"),
                        text: String::new(),
                    });
                }
                "t" => in_t = true,
                "p" | "br" | "tab" => {
                    if let Some(a) = current.as_mut() {
                        if !a.text.is_empty() && !a.text.ends_with(' ') {
                            a.text.push(' ');
                        }
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                name if name == container => {
                    if let Some(mut a) = current.take() {
                        a.text = a.text.split_whitespace().collect::<Vec<_>>().join(" ");
                        out.push(a);
                    }
                }
                "t" => in_t = false,
                _ => {}
            },
            Event::Text(t) if in_t => {
                if let Some(a) = current.as_mut() {
                    a.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_t => {
                if let Some(a) = current.as_mut() {
                    a.text.push_str(&entity(&r));
                }
            }
            Event::Eof => return Ok(out),
            _ => {}
        }
    }
}

fn entity(r: &quick_xml::events::BytesRef) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    let name = r.xml10_content();
    quick_xml::escape::resolve_predefined_entity(&name)
        .unwrap_or("")
        .to_string()
}

// ------------------------------------------------------------- the body

/// A revision or comment anchor; its position in the text is found from a
/// marker once the text is final.
#[derive(Debug)]
enum Ev {
    InsStart(Option<String>),
    InsEnd,
    Del {
        author: Option<String>,
        text: String,
    },
    Fmt(Option<String>),
    CommentStart(String),
    CommentEnd(String),
    CommentRef(String),
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Para,
    List,
    Table,
    /// Only markers (an empty paragraph that held a deletion, say).
    Empty,
}

struct Block {
    kind: Kind,
    text: String,
}

#[derive(Default)]
struct Para {
    style: Option<String>,
    num_id: Option<String>,
    ilvl: Option<usize>,
    outline: Option<u8>,
    /// Text pieces and whether each is bold; markers ride along.
    segs: Vec<(String, u8)>,
    in_cell: bool,
}

#[derive(Default)]
struct Table {
    rows: Vec<Vec<String>>,
    row: Vec<String>,
    cell: Option<Vec<String>>,
}

struct Body<'s> {
    styles: &'s Styles,
    numbering: Numbering,
    blocks: Vec<Block>,
    paras: Vec<Para>,
    /// Paragraphs found inside another (text boxes), emitted after it.
    deferred: Vec<Block>,
    tables: Vec<Table>,
    events: Vec<Ev>,
    /// Markers seen outside any paragraph, put before the next block.
    loose: String,
    footnote_refs: Vec<(String, bool)>,
    path: Vec<String>,
    /// Depth of a subtree being skipped (old formatting, fallbacks).
    skip: Option<usize>,
    run_bold: Option<bool>,
    run_italic: Option<bool>,
    /// `w:vanish`: hidden text (template instructions), not shown.
    run_hidden: bool,
    run_style: Option<String>,
    del: Option<usize>,
}

impl<'s> Body<'s> {
    fn new(styles: &'s Styles, numbering: Numbering) -> Self {
        Body {
            styles,
            numbering,
            blocks: Vec::new(),
            paras: Vec::new(),
            deferred: Vec::new(),
            tables: Vec::new(),
            events: Vec::new(),
            loose: String::new(),
            footnote_refs: Vec::new(),
            path: Vec::new(),
            skip: None,
            run_bold: None,
            run_italic: None,
            run_hidden: false,
            run_style: None,
            del: None,
        }
    }

    fn walk(&mut self, xml: &str) -> Result<(), InputError> {
        let mut reader = reader(xml);
        loop {
            match reader.read_event().map_err(corrupt)? {
                Event::Start(e) => {
                    let name = e.local_name().as_ref().to_string();
                    if self.skip.is_none() {
                        self.start(&name, &e);
                    }
                    self.path.push(name);
                }
                Event::End(e) => {
                    let name = e.local_name().as_ref().to_string();
                    self.path.pop();
                    match self.skip {
                        Some(depth) if depth == self.path.len() => self.skip = None,
                        Some(_) => {}
                        None => self.end(&name),
                    }
                }
                Event::Text(t) if self.skip.is_none() => self.text(&t.xml10_content()),
                Event::CData(t) if self.skip.is_none() => self.text(&t),
                Event::GeneralRef(r) if self.skip.is_none() => self.text(&entity(&r)),
                Event::Eof => break,
                _ => {}
            }
        }
        // An unclosed paragraph or table in a truncated part still counts.
        while !self.paras.is_empty() {
            self.end("p");
        }
        while !self.tables.is_empty() {
            self.end("tbl");
        }
        if !self.loose.is_empty() {
            let text = std::mem::take(&mut self.loose);
            self.blocks.push(Block {
                kind: Kind::Empty,
                text,
            });
        }
        Ok(())
    }

    fn parent(&self) -> &str {
        self.path.last().map(String::as_str).unwrap_or("")
    }

    fn grandparent(&self) -> &str {
        self.path
            .iter()
            .rev()
            .nth(1)
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Inside a paragraph's or run's properties, where `w:ins`/`w:del`
    /// mark a revised paragraph mark, not revised text.
    fn in_properties(&self) -> bool {
        self.path.iter().any(|p| p == "rPr" || p == "pPr")
    }

    fn start(&mut self, name: &str, e: &BytesStart) {
        match name {
            "p" => {
                let in_cell = self.tables.last().is_some_and(|t| t.cell.is_some());
                self.paras.push(Para {
                    in_cell,
                    ..Para::default()
                });
            }
            "r" => {
                self.run_bold = None;
                self.run_italic = None;
                self.run_hidden = false;
                self.run_style = None;
            }
            "pStyle" if self.parent() == "pPr" => {
                if let Some(p) = self.paras.last_mut() {
                    p.style = attr(e, "val");
                }
            }
            "numId" if self.parent() == "numPr" && self.grandparent() == "pPr" => {
                if let Some(p) = self.paras.last_mut() {
                    p.num_id = attr(e, "val");
                }
            }
            "ilvl" if self.parent() == "numPr" && self.grandparent() == "pPr" => {
                if let Some(p) = self.paras.last_mut() {
                    p.ilvl = attr(e, "val").and_then(|v| v.parse().ok());
                }
            }
            "outlineLvl" if self.parent() == "pPr" => {
                if let Some(p) = self.paras.last_mut() {
                    p.outline = attr(e, "val").and_then(|v| v.parse().ok());
                }
            }
            "b" if self.parent() == "rPr" && self.grandparent() == "r" => {
                self.run_bold = Some(on_off(e))
            }
            "i" if self.parent() == "rPr" && self.grandparent() == "r" => {
                self.run_italic = Some(on_off(e))
            }
            "rStyle" if self.parent() == "rPr" => self.run_style = attr(e, "val"),
            "vanish" if self.parent() == "rPr" && self.grandparent() == "r" => {
                self.run_hidden = on_off(e)
            }
            "tab" if self.parent() == "r" => {
                let cell = self.paras.last().is_some_and(|p| p.in_cell);
                self.push_text(if cell { " " } else { "\t" });
            }
            // A page or column break is layout, not a line break.
            "br" | "cr"
                if self.parent() == "r"
                    && !matches!(attr(e, "type").as_deref(), Some("page" | "column")) =>
            {
                let cell = self.paras.last().is_some_and(|p| p.in_cell);
                self.push_text(if cell { "<br>" } else { "  \n" });
            }
            "noBreakHyphen" => self.push_text("-"),
            "footnoteReference" | "endnoteReference" => {
                // Numbered in order of appearance, as Word shows them.
                let id = attr(e, "id").unwrap_or_default();
                let endnote = name == "endnoteReference";
                let n = self.footnote_refs.iter().filter(|r| r.1 == endnote).count() + 1;
                self.push_text(&format!("[^{}]", note_label(n, endnote)));
                self.footnote_refs.push((id, endnote));
            }
            "ins" | "moveTo" if !self.in_properties() => self.mark(Ev::InsStart(attr(e, "author"))),
            "del" | "moveFrom" if !self.in_properties() => {
                self.del = Some(self.events.len());
                self.mark(Ev::Del {
                    author: attr(e, "author"),
                    text: String::new(),
                });
            }
            "rPrChange" | "pPrChange" | "sectPrChange" | "tblPrChange" | "trPrChange"
            | "tcPrChange" | "numberingChange" => {
                self.mark(Ev::Fmt(attr(e, "author")));
                self.skip = Some(self.path.len());
            }
            "Fallback" => self.skip = Some(self.path.len()),
            "commentRangeStart" => self.mark(Ev::CommentStart(attr(e, "id").unwrap_or_default())),
            "commentRangeEnd" => self.mark(Ev::CommentEnd(attr(e, "id").unwrap_or_default())),
            "commentReference" => self.mark(Ev::CommentRef(attr(e, "id").unwrap_or_default())),
            "tbl" => self.tables.push(Table::default()),
            "tc" => {
                if let Some(t) = self.tables.last_mut() {
                    t.cell = Some(Vec::new());
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "p" => self.end_paragraph(),
            "ins" | "moveTo" if !self.in_properties() => self.mark(Ev::InsEnd),
            "del" | "moveFrom" if !self.in_properties() => self.del = None,
            "tc" => {
                if let Some(t) = self.tables.last_mut() {
                    if let Some(cell) = t.cell.take() {
                        t.row.push(cell.join("<br>"));
                    }
                }
            }
            "tr" => {
                if let Some(t) = self.tables.last_mut() {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row);
                }
            }
            "tbl" => {
                if let Some(t) = self.tables.pop() {
                    let text = render_table(t);
                    if let Some(cell) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
                        cell.push(text.replace('\n', "<br>"));
                    } else {
                        self.push_block(Kind::Table, text);
                    }
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, s: &str) {
        match self.parent() {
            "t" if self.grandparent() == "r" => self.push_text(s),
            "delText" => {
                if let Some(Ev::Del { text, .. }) = self.del.and_then(|i| self.events.get_mut(i)) {
                    text.push_str(s);
                }
            }
            _ => {}
        }
    }

    fn push_text(&mut self, s: &str) {
        if self.del.is_some() || self.run_hidden {
            return;
        }
        let styles = self.styles;
        let (run_bold, run_italic, run_style) =
            (self.run_bold, self.run_italic, self.run_style.clone());
        if let Some(p) = self.paras.last_mut() {
            let italic = run_italic
                .or_else(|| {
                    styles
                        .italic(run_style.as_deref())
                        .filter(|_| run_style.is_some())
                })
                .or_else(|| styles.italic(p.style.as_deref()))
                .unwrap_or(false);
            let bold = run_bold
                .or_else(|| {
                    styles
                        .bold(run_style.as_deref())
                        .filter(|_| run_style.is_some())
                })
                .or_else(|| styles.bold(p.style.as_deref()))
                .unwrap_or(false);
            // Strip our marker characters should a document contain them.
            let clean: String = s
                .chars()
                .filter(|&c| c != MARK_OPEN && c != MARK_CLOSE)
                .collect();
            p.segs.push((clean, bold as u8 | (italic as u8) << 1));
        }
    }

    fn mark(&mut self, ev: Ev) {
        let marker = format!("{MARK_OPEN}{}{MARK_CLOSE}", self.events.len());
        self.events.push(ev);
        match self.paras.last_mut() {
            Some(p) => {
                let flags = p.segs.last().map_or(0, |s| s.1);
                p.segs.push((marker, flags));
            }
            None => self.loose.push_str(&marker),
        }
    }

    fn end_paragraph(&mut self) {
        let Some(p) = self.paras.pop() else { return };
        let (kind, text) = self.render(p);
        let nested = !self.paras.is_empty();
        let in_cell = self.tables.last().is_some_and(|t| t.cell.is_some());
        if nested {
            self.deferred.push(Block { kind, text });
            return;
        }
        let mut blocks = vec![Block { kind, text }];
        blocks.append(&mut self.deferred);
        for b in blocks {
            if in_cell {
                if let Some(cell) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
                    if b.kind != Kind::Empty || !b.text.is_empty() {
                        cell.push(b.text.replace("  \n", "<br>").replace('\n', "<br>"));
                    }
                }
            } else {
                self.push_block(b.kind, b.text);
            }
        }
    }

    fn push_block(&mut self, kind: Kind, text: String) {
        let text = std::mem::take(&mut self.loose) + &text;
        self.blocks.push(Block { kind, text });
    }

    fn render(&mut self, p: Para) -> (Kind, String) {
        let heading = match p.outline {
            Some(o) => (o < 9).then_some(o as usize + 1),
            None => self.styles.heading_level(p.style.as_deref()),
        }
        .filter(|_| !p.in_cell);
        let body = if heading.is_some() {
            p.segs
                .iter()
                .map(|s| s.0.as_str())
                .collect::<String>()
                .replace("  \n", " ")
        } else {
            render_runs(&p.segs)
        };
        let body = body.trim().to_string();
        if visible(&body).trim().is_empty() {
            return (Kind::Empty, body);
        }
        if let Some(level) = heading {
            return (Kind::Para, format!("{} {body}", "#".repeat(level.min(6))));
        }
        let num = match (&p.num_id, p.ilvl) {
            (Some(id), ilvl) => Some((id.clone(), ilvl)),
            (None, Some(ilvl)) => self
                .styles
                .num(p.style.as_deref())
                .map(|(id, _)| (id, Some(ilvl))),
            (None, None) => self.styles.num(p.style.as_deref()),
        };
        if let Some((id, ilvl)) = num {
            let ilvl = ilvl.unwrap_or(0);
            if let Some(label) = self.numbering.next_label(&id, ilvl) {
                let indent = "   ".repeat(ilvl.min(8));
                return (Kind::List, format!("{indent}{label} {body}"));
            }
        }
        (Kind::Para, body)
    }
}

/// Text without our markers.
fn visible(s: &str) -> String {
    strip_markers(s).0
}

/// Run flags: bold, italic.
const BOLD: u8 = 1;
const ITALIC: u8 = 2;

/// Join runs, wrapping bold stretches in `**`, italic ones in `*` (both
/// `***`), with the white space outside the markers.
fn render_runs(segs: &[(String, u8)]) -> String {
    // Each run's visible text once: everything below stays linear.
    let vis: Vec<String> = segs.iter().map(|s| visible(&s.0)).collect();
    // White space between two runs of the same emphasis (a line break, a
    // space in a run of its own) takes that emphasis.
    let mut segs = segs.to_vec();
    let n = segs.len();
    let mut next_flags = vec![0u8; n];
    let mut next = 0;
    for i in (0..n).rev() {
        next_flags[i] = next;
        if !vis[i].trim().is_empty() {
            next = segs[i].1;
        }
    }
    let mut last = 0;
    for i in 0..n {
        if segs[i].1 == 0 && vis[i].trim().is_empty() && i > 0 && i + 1 < n && last == next_flags[i]
        {
            segs[i].1 = last;
        }
        if !vis[i].is_empty() {
            last = segs[i].1;
        }
    }
    let mut out = String::new();
    let mut i = 0;
    while i < segs.len() {
        let flags = segs[i].1;
        let mut group = String::new();
        let mut group_visible = String::new();
        while i < segs.len() && segs[i].1 == flags {
            if flags & BOLD != 0 && !group.is_empty() {
                let tail = group_visible
                    .chars()
                    .next_back()
                    .map(String::from)
                    .unwrap_or_default();
                if separate_bold(&tail, &vis[i]) {
                    break;
                }
            }
            group.push_str(&segs[i].0);
            group_visible.push_str(&vis[i]);
            i += 1;
        }
        if flags == 0 || group_visible.trim().is_empty() {
            out.push_str(&group);
            continue;
        }
        let marker = match flags {
            BOLD => "**",
            ITALIC => "*",
            _ => "***",
        };
        let core = group.trim();
        let lead = &group[..group.len() - group.trim_start().len()];
        let trail = &group[group.trim_end().len()..];
        out.push_str(lead);
        out.push_str(marker);
        out.push_str(core);
        out.push_str(marker);
        out.push_str(trail);
    }
    out
}

/// Whether two bold runs that touch are separate bold phrases (`**§ 22**`
/// then `**Budget**` with no space between) rather than one word split
/// into runs by the editor: the junction changes from digit to letter,
/// from punctuation to a letter or from lower to upper case.
fn separate_bold(before: &str, after: &str) -> bool {
    let (Some(a), Some(b)) = (before.chars().next_back(), after.chars().next()) else {
        return false;
    };
    if a.is_whitespace() || b.is_whitespace() {
        return false;
    }
    (a.is_numeric() && b.is_alphabetic())
        || (a.is_alphabetic() && b.is_numeric())
        || (!a.is_alphanumeric()
            && b.is_alphanumeric()
            && !matches!(a, '-' | '\'' | '’' | '/' | '.' | ','))
        || (a.is_lowercase() && b.is_uppercase())
}

fn render_table(t: Table) -> String {
    let cols = t.rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let mut lines = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let cells: Vec<String> = (0..cols)
            .map(|c| {
                row.get(c)
                    .map(|s| s.replace('|', "\\|"))
                    .unwrap_or_default()
            })
            .collect();
        lines.push(format!("| {} |", cells.join(" | ")));
        if i == 0 {
            lines.push(format!("|{}", "---|".repeat(cols)));
        }
    }
    lines.join("\n")
}

fn join_blocks(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut prev: Option<Kind> = None;
    for b in blocks {
        if b.kind == Kind::Empty {
            out.push_str(&b.text);
            continue;
        }
        match prev {
            None => {}
            Some(Kind::List) if b.kind == Kind::List => out.push('\n'),
            Some(_) => out.push_str("\n\n"),
        }
        out.push_str(&b.text);
        prev = Some(b.kind);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// Remove markers; return the clean text and each event's byte offset in it.
fn strip_markers(s: &str) -> (String, HashMap<usize, usize>) {
    let mut out = String::with_capacity(s.len());
    let mut positions = HashMap::new();
    let mut rest = s;
    while let Some(i) = rest.find(MARK_OPEN) {
        out.push_str(&rest[..i]);
        let after = &rest[i + MARK_OPEN.len_utf8()..];
        match after
            .find(MARK_CLOSE)
            .and_then(|j| Some((after[..j].parse::<usize>().ok()?, j)))
        {
            Some((idx, j)) => {
                positions.insert(idx, out.len());
                rest = &after[j + MARK_CLOSE.len_utf8()..];
            }
            None => rest = after,
        }
    }
    out.push_str(rest);
    (out, positions)
}

/// Where a comment's range starts and ends, and where its reference mark is.
type Anchor = (Option<usize>, Option<usize>, Option<usize>);

fn revision_notes(
    text: &str,
    events: &[Ev],
    positions: &HashMap<usize, usize>,
    comments: &[Aside],
) -> Vec<Note> {
    let mut notes: Vec<Note> = Vec::new();
    let mut changes = 0usize;
    let mut open_ins: Option<(usize, Option<String>)> = None;
    let mut comment_at: HashMap<&str, Anchor> = HashMap::new();
    for (i, ev) in events.iter().enumerate() {
        let Some(&pos) = positions.get(&i) else {
            continue;
        };
        match ev {
            Ev::InsStart(author) => open_ins = Some((pos, author.clone())),
            Ev::InsEnd => {
                let Some((start, author)) = open_ins.take() else {
                    continue;
                };
                // Word splits one insertion over many runs: join them.
                if let Some(Note::TrackedChange {
                    change: ChangeKind::Insertion,
                    author: a,
                    span,
                    text: t,
                }) = notes.last_mut()
                {
                    if *a == author && span.end == start {
                        span.end = pos;
                        *t = text[span.start..pos].to_string();
                        continue;
                    }
                }
                changes += 1;
                notes.push(Note::TrackedChange {
                    change: ChangeKind::Insertion,
                    author,
                    text: text[start..pos].to_string(),
                    span: Span { start, end: pos },
                });
            }
            Ev::Del {
                author,
                text: deleted,
            } => {
                if let Some(Note::TrackedChange {
                    change: ChangeKind::Deletion,
                    author: a,
                    span,
                    text: t,
                }) = notes.last_mut()
                {
                    if a == author && span.start == pos {
                        t.push_str(deleted);
                        continue;
                    }
                }
                changes += 1;
                notes.push(Note::TrackedChange {
                    change: ChangeKind::Deletion,
                    author: author.clone(),
                    text: deleted.clone(),
                    span: Span {
                        start: pos,
                        end: pos,
                    },
                });
            }
            Ev::Fmt(author) => {
                changes += 1;
                notes.push(Note::TrackedChange {
                    change: ChangeKind::Formatting,
                    author: author.clone(),
                    text: String::new(),
                    span: Span {
                        start: pos,
                        end: pos,
                    },
                });
            }
            Ev::CommentStart(id) => comment_at.entry(id).or_default().0 = Some(pos),
            Ev::CommentEnd(id) => comment_at.entry(id).or_default().1 = Some(pos),
            Ev::CommentRef(id) => comment_at.entry(id).or_default().2 = Some(pos),
        }
    }
    for c in comments {
        let (s, e, r) = comment_at.get(c.id.as_str()).copied().unwrap_or_default();
        let start = s.or(r).unwrap_or(0);
        let end = e.or(r).unwrap_or(start).max(start);
        notes.push(Note::Comment {
            author: c.author.clone(),
            text: c.text.clone(),
            span: Span { start, end },
        });
    }
    if notes.len() > MAX_LISTED {
        notes.truncate(MAX_LISTED);
        notes.push(Note::MoreRevisions {
            changes,
            comments: comments.len(),
        });
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A .docx in memory from a document.xml body and optional extra parts.
    pub(crate) fn docx(body: &str, parts: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        let doc = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
        );
        zip.start_file("word/document.xml", opts).unwrap();
        zip.write_all(doc.as_bytes()).unwrap();
        for (name, xml) in parts {
            zip.start_file(*name, opts).unwrap();
            zip.write_all(xml.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    fn read(body: &str, parts: &[(&str, &str)]) -> Decoded {
        super::super::decode(&docx(body, parts)).unwrap()
    }

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    #[test]
    fn headings_bold_breaks_and_entities() {
        let styles = format!(
            r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="Paragrafrubrik"><w:name w:val="Paragrafrubrik"/><w:basedOn w:val="Rubrik2"/></w:style></w:styles>"#
        );
        let d = read(
            r#"<w:p><w:pPr><w:pStyle w:val="Paragrafrubrik"/></w:pPr><w:r><w:t>§ 15 Budget</w:t></w:r></w:p>
               <w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Beslut </w:t></w:r><w:r><w:t>att A &amp; B</w:t></w:r><w:r><w:br/></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>rad två</w:t></w:r></w:p>"#,
            &[("word/styles.xml", &styles)],
        );
        assert_eq!(
            d.text,
            "## § 15 Budget\n\n**Beslut** att A & B  \nrad två\n"
        );
        assert_eq!(d.format, Format::Docx);
    }

    #[test]
    fn touching_bold_phrases_stay_apart_but_split_words_join() {
        let b = |t: &str| (t.to_string(), BOLD);
        let segs = [
            b("§ 22"),
            b("Budget (SN/1)"),
            b("Beslut"),
            (" ".into(), 0),
            (".".into(), 0),
            b("Bes"),
            b("lut"),
        ];
        assert_eq!(
            render_runs(&segs),
            "**§ 22****Budget (SN/1)****Beslut** .**Beslut**"
        );
        let segs = [b("§ 6 Remiss"), ("  \n".into(), 0), b("om ANT")];
        assert_eq!(render_runs(&segs), "**§ 6 Remiss  \nom ANT**");
    }

    #[test]
    fn numbered_and_bulleted_lists_count_like_word() {
        let numbering = format!(
            r#"<w:numbering {W}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num></w:numbering>"#
        );
        let item = |num: u32, lvl: u32, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let body = [
            item(5, 0, "Första"),
            item(5, 1, "under"),
            item(5, 1, "under två"),
            item(5, 0, "Andra"),
            "<w:p><w:r><w:t>Mellan</w:t></w:r></w:p>".to_string(),
            item(6, 0, "punkt"),
        ]
        .concat();
        let d = read(&body, &[("word/numbering.xml", &numbering)]);
        assert_eq!(
            d.text,
            "1. Första\n   a) under\n   b) under två\n2. Andra\n\nMellan\n\n- punkt\n"
        );
    }

    #[test]
    fn tables_become_pipe_rows() {
        let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let body = format!(
            "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}<w:tc><w:p><w:r><w:t>Anna</w:t></w:r></w:p><w:p><w:r><w:t>sekreterare</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>Efter</w:t></w:r></w:p>",
            cell("Namn"),
            cell("Roll"),
            cell("Anna | B")
        );
        let d = read(&body, &[]);
        assert_eq!(
            d.text,
            "| Namn | Roll |\n|---|---|\n| Anna \\| B | Anna<br>sekreterare |\n\nEfter\n"
        );
    }

    #[test]
    fn tracked_changes_and_comments_are_notes_with_spans() {
        let comments = format!(
            r#"<w:comments {W}><w:comment w:id="3" w:author="Sekreteraren"><w:p><w:r><w:t>Stämmer datumet?</w:t></w:r></w:p></w:comment></w:comments>"#
        );
        let body = r#"<w:p><w:r><w:t xml:space="preserve">Nämnden beslutar </w:t></w:r><w:ins w:id="1" w:author="Eva"><w:r><w:t>enhälligt</w:t></w:r></w:ins><w:del w:id="2" w:author="Eva"><w:r><w:delText>med röstsiffrorna 7-4</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> att </w:t></w:r><w:commentRangeStart w:id="3"/><w:r><w:t>bifalla</w:t></w:r><w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r></w:p>"#;
        let d = read(body, &[("word/comments.xml", &comments)]);
        assert_eq!(d.text, "Nämnden beslutar enhälligt att bifalla\n");
        let span = |s: &str| {
            let start = d.text.find(s).unwrap();
            Span {
                start,
                end: start + s.len(),
            }
        };
        let end_of_ins = span("enhälligt").end;
        assert_eq!(
            d.notes,
            vec![
                Note::TrackedChange {
                    change: ChangeKind::Insertion,
                    author: Some("Eva".into()),
                    text: "enhälligt".into(),
                    span: span("enhälligt"),
                },
                Note::TrackedChange {
                    change: ChangeKind::Deletion,
                    author: Some("Eva".into()),
                    text: "med röstsiffrorna 7-4".into(),
                    span: Span {
                        start: end_of_ins,
                        end: end_of_ins
                    },
                },
                Note::Comment {
                    author: Some("Sekreteraren".into()),
                    text: "Stämmer datumet?".into(),
                    span: span("bifalla"),
                },
            ]
        );
        assert!(d.notes.iter().all(Note::is_warning));
        assert!(
            d.notes[0].message().contains("Eva"),
            "{}",
            d.notes[0].message()
        );
    }

    #[test]
    fn footnotes_are_kept_as_references_and_definitions() {
        let footnotes = format!(
            r#"<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Se bilaga 2.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
        );
        let d = read(
            r#"<w:p><w:r><w:t>Budgeten</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#,
            &[("word/footnotes.xml", &footnotes)],
        );
        assert_eq!(d.text, "Budgeten[^1]\n\n[^1]: Se bilaga 2.\n");
    }

    #[test]
    fn zip_bombs_get_a_message() {
        // A document.xml that inflates far past a small limit.
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default();
        zip.start_file("word/document.xml", opts).unwrap();
        let zeros = vec![b' '; 1 << 20];
        for _ in 0..8 {
            zip.write_all(&zeros).unwrap();
        }
        let bytes = zip.finish().unwrap().into_inner();
        assert!(
            bytes.len() < 64 << 10,
            "deflate squeezes 8 MB of spaces: {}",
            bytes.len()
        );
        let limits = Limits {
            max_unzipped: 1 << 20,
            ..Limits::default()
        };
        let err = super::super::decode_with(&bytes, &limits).unwrap_err();
        assert_eq!(err, InputError::ZipBomb);
        assert!(err.message().contains("zip-bomb"));

        // Too many entries.
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for i in 0..50 {
            zip.start_file(format!("f{i}"), opts).unwrap();
        }
        let bytes = zip.finish().unwrap().into_inner();
        let limits = Limits {
            max_zip_entries: 20,
            ..Limits::default()
        };
        assert_eq!(
            super::super::decode_with(&bytes, &limits).unwrap_err(),
            InputError::ZipBomb
        );
    }

    #[test]
    fn broken_and_foreign_zips_get_a_message() {
        let mut bytes = docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>", &[]);
        bytes.truncate(bytes.len() / 2);
        assert!(matches!(
            super::super::decode(&bytes),
            Err(InputError::CorruptZip { .. })
        ));

        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default();
        zip.start_file("mimetype", opts).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.text")
            .unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        let err = super::super::decode(&bytes).unwrap_err();
        assert_eq!(
            err,
            InputError::Unsupported {
                what: "OpenDocument (.odt)"
            }
        );
    }

    #[test]
    fn fallback_content_and_old_formatting_are_skipped() {
        let d = read(
            r#"<w:p><w:r><w:rPr><w:rPrChange w:author="Eva"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>Text</w:t></w:r><mc:AlternateContent xmlns:mc="m"><mc:Choice><w:r><w:t> ruta</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t> ruta</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"#,
            &[],
        );
        assert_eq!(d.text, "Text ruta\n");
        assert!(matches!(
            d.notes[..],
            [Note::TrackedChange {
                change: ChangeKind::Formatting,
                ..
            }]
        ));
    }

    #[test]
    fn outline_levels_and_list_styles_come_from_the_style_chain() {
        let styles = format!(
            r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="Paragraf"><w:name w:val="Paragrafrubrik"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Att"><w:name w:val="Att-sats"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:b w:val="0"/></w:rPr></w:style></w:styles>"#
        );
        let numbering = format!(
            r#"<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num></w:numbering>"#
        );
        let p = |style: &str, t: &str| {
            format!(
                r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"#
            )
        };
        let body = [
            p("Paragraf", "§ 7 Taxa"),
            p("Att", "att höja taxan"),
            p("Att", "att sänka den"),
            p("Normal", "Slut"),
        ]
        .concat();
        let d = read(
            &body,
            &[
                ("word/styles.xml", &styles),
                ("word/numbering.xml", &numbering),
            ],
        );
        assert_eq!(
            d.text,
            "## § 7 Taxa\n\n4. att höja taxan\n5. att sänka den\n\nSlut\n"
        );
    }

    #[test]
    fn hidden_text_is_left_out() {
        let d = read(
            r#"<w:p><w:r><w:t xml:space="preserve">Beslut </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>[Skriv beslutet här]</w:t></w:r><w:r><w:t>fattat</w:t></w:r></w:p>"#,
            &[],
        );
        assert_eq!(d.text, "Beslut fattat\n");
    }

    #[test]
    fn italic_runs_become_single_stars() {
        let d = read(
            r#"<w:p><w:r><w:t xml:space="preserve">Hon sa: </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>vi reserverar oss</w:t></w:r><w:r><w:rPr><w:b/><w:i/></w:rPr><w:t xml:space="preserve"> nu</w:t></w:r></w:p>"#,
            &[],
        );
        assert_eq!(d.text, "Hon sa: *vi reserverar oss* ***nu***\n");
    }

    #[test]
    fn text_boxes_follow_their_paragraph() {
        let d = read(
            r#"<w:p><w:r><w:t>Före</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>I rutan</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r><w:r><w:t xml:space="preserve"> efter</w:t></w:r></w:p><w:p><w:r><w:t>Nästa</w:t></w:r></w:p>"#,
            &[],
        );
        assert_eq!(d.text, "Före efter\n\nI rutan\n\nNästa\n");
    }

    #[test]
    fn many_runs_stay_linear() {
        let runs: String = (0..20_000)
            .map(|i| {
                let b = if i % 3 == 0 {
                    "<w:rPr><w:b/></w:rPr>"
                } else {
                    ""
                };
                format!("<w:r>{b}<w:t xml:space=\"preserve\">a </w:t></w:r>")
            })
            .collect();
        let start = std::time::Instant::now();
        let d = read(&format!("<w:p>{runs}</w:p>"), &[]);
        assert!(d.text.len() > 40_000);
        assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
    }

    #[test]
    fn relationship_targets_resolve() {
        assert_eq!(
            resolve("word/document.xml", "styles.xml"),
            "word/styles.xml"
        );
        assert_eq!(
            resolve("word/document.xml", "../customXml/item.xml"),
            "customXml/item.xml"
        );
        assert_eq!(resolve("", "/word/document2.xml"), "word/document2.xml");
        assert_eq!(
            rels_path("word/document.xml"),
            "word/_rels/document.xml.rels"
        );
    }
}
