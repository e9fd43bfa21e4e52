//! PDF text layers (feature `pdf`): the pages' text in reading order, with
//! page headers, footers and page numbers removed and remembered.
//!
//! The file's objects are read by `lopdf` (0.34: later versions pull a
//! random-number generator that needs JavaScript glue on wasm). The text is
//! ours: each page's content stream is interpreted just enough to place
//! every string (text and transformation matrices, fonts, widths), the
//! fonts' `ToUnicode` maps or simple encodings give the characters, and the
//! pieces are grouped into lines by baseline, lines into paragraphs by the
//! gaps between them. Bold fonts become `**...**`, larger fonts `#`
//! headings, wide gaps a tab, so the scanner sees what it sees in text.
//!
//! Page furniture: a line in the top or bottom band of the page that
//! repeats on most pages (digits ignored), or that is only a page number
//! (`3`, `Sida 3 av 12`, `3 (12)`), is dropped; [`Decoded::pages`] keeps
//! where each page starts.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::{Decoded, Format, InputError, Limits, Note};

/// Form XObjects inside form XObjects, at most.
const MAX_FORM_DEPTH: usize = 4;
/// Operations interpreted per page, at most (a hostile page can't spin).
const MAX_OPS_PER_PAGE: usize = 500_000;

pub(super) fn decode(bytes: &[u8], limits: &Limits) -> Result<Decoded, InputError> {
    if object_streams_inflate_past(bytes, limits.max_unzipped) {
        return Err(InputError::ZipBomb);
    }
    let mut doc = Document::load_mem(bytes).map_err(|e| InputError::CorruptPdf {
        detail: e.to_string(),
    })?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(InputError::PdfEncrypted);
    }
    let (tagged, lang) = accessibility(&doc);
    let mut budget = limits.max_unzipped;
    let mut pages: Vec<Page> = Vec::new();
    for (_, page_id) in doc.get_pages() {
        let mut page = Page {
            height: page_height(&doc, page_id),
            ..Page::default()
        };
        let mut fonts = FontCache::default();
        let content = page_content(&doc, page_id, &mut budget)?;
        let resources = page_resources(&doc, page_id);
        let mut ops = 0;
        interpret(
            &doc,
            &content,
            &resources,
            Matrix::IDENTITY,
            &mut fonts,
            &mut page,
            0,
            &mut ops,
            &mut budget,
        )?;
        pages.push(page);
    }
    let page_count = pages.len() as u32;
    let empty: Vec<u32> = pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.pieces.iter().all(|f| f.text.trim().is_empty()))
        .map(|(i, _)| i as u32 + 1)
        .collect();
    if empty.len() == pages.len() {
        return Err(InputError::PdfWithoutText { pages: page_count });
    }
    let lines: Vec<Vec<Line>> = pages.iter().map(lines_of).collect();
    let body_size = body_font_size(&lines);
    let (lines, removed) = remove_furniture(lines, &pages);

    let (text, starts) = render_pages(&lines, body_size);
    let mut decoded = Decoded::new(text, Format::Pdf);
    decoded.pages = starts;
    decoded.notes.push(Note::PdfAccessibility { tagged, lang });
    if removed > 0 {
        decoded.notes.push(Note::PageFurniture { lines: removed });
    }
    if !empty.is_empty() {
        decoded.notes.push(Note::PagesWithoutText { pages: empty });
    }
    Ok(decoded)
}

/// Whether the object streams (`/Type /ObjStm`, which the PDF reader
/// inflates as it loads the file) would inflate to more than `budget`
/// bytes. Counted in a fixed buffer before anything is kept.
fn object_streams_inflate_past(bytes: &[u8], budget: u64) -> bool {
    let mut total = 0u64;
    let mut from = 0;
    while let Some(i) = find(&bytes[from..], b"stream") {
        let at = from + i;
        from = at + 6;
        // `endstream`, or a dictionary without /ObjStm: not ours to count.
        if at >= 3 && &bytes[at - 3..at] == b"end" {
            continue;
        }
        let dict = &bytes[at.saturating_sub(512)..at];
        let dict = &dict[dict.windows(3).rposition(|w| w == b"obj").unwrap_or(0)..];
        if find(dict, b"/ObjStm").is_none() {
            continue;
        }
        let mut start = at + 6;
        while start < bytes.len() && (bytes[start] == b'\r' || bytes[start] == b'\n') {
            start += 1;
        }
        let end = find(&bytes[start..], b"endstream").map_or(bytes.len(), |j| start + j);
        let mut z = flate2::read::ZlibDecoder::new(&bytes[start..end]);
        let mut buf = [0u8; 1 << 16];
        while let Ok(n) = z.read(&mut buf) {
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > budget {
                return true;
            }
        }
        from = end;
    }
    false
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Tagged (a structure tree, or `/MarkInfo /Marked true`) and `/Lang`.
fn accessibility(doc: &Document) -> (bool, Option<String>) {
    let Ok(catalog) = doc.catalog() else {
        return (false, None);
    };
    let marked = catalog
        .get(b"MarkInfo")
        .ok()
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok())
        .and_then(|d| d.get(b"Marked").ok())
        .and_then(|o| o.as_bool().ok())
        .unwrap_or(false);
    let tagged = marked || catalog.has(b"StructTreeRoot");
    let lang = catalog
        .get(b"Lang")
        .ok()
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_str().ok())
        .map(pdf_string)
        .filter(|s| !s.trim().is_empty());
    (tagged, lang)
}

/// A PDF text string: UTF-16BE with a BOM, else PDFDocEncoding (close to
/// Latin-1).
fn pdf_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return encoding_rs::UTF_16BE
            .decode_without_bom_handling(rest)
            .0
            .into_owned();
    }
    bytes.iter().map(|&b| b as char).collect()
}

fn page_height(doc: &Document, page_id: ObjectId) -> f32 {
    let mut id = Some(page_id);
    for _ in 0..32 {
        let Some(dict) = id.and_then(|i| doc.get_dictionary(i).ok()) else {
            break;
        };
        if let Ok(Object::Array(b)) = dict
            .get(b"MediaBox")
            .and_then(|o| doc.dereference(o).map(|(_, o)| o))
        {
            if b.len() == 4 {
                let n: Vec<f32> = b.iter().map(|o| num(o).unwrap_or(0.0)).collect();
                return (n[3] - n[1]).abs().max(1.0);
            }
        }
        id = dict.get(b"Parent").and_then(Object::as_reference).ok();
    }
    842.0
}

/// The page's resources, following inheritance from the page tree.
fn page_resources(doc: &Document, page_id: ObjectId) -> Dictionary {
    let mut id = Some(page_id);
    for _ in 0..32 {
        let Some(dict) = id.and_then(|i| doc.get_dictionary(i).ok()) else {
            break;
        };
        if let Ok(res) = dict.get(b"Resources") {
            if let Ok((_, Object::Dictionary(d))) = doc.dereference(res) {
                return d.clone();
            }
        }
        id = dict.get(b"Parent").and_then(Object::as_reference).ok();
    }
    Dictionary::new()
}

/// The page's content streams, decompressed within the budget.
fn page_content(
    doc: &Document,
    page_id: ObjectId,
    budget: &mut u64,
) -> Result<Vec<u8>, InputError> {
    let mut out = Vec::new();
    for id in doc.get_page_contents(page_id) {
        if let Ok(Object::Stream(s)) = doc.get_object(id) {
            out.extend(stream_bytes(s, budget)?);
            out.push(b'\n');
        }
    }
    Ok(out)
}

/// A stream's content with its filters applied; Flate (almost every PDF's)
/// is inflated here under the byte budget so a bomb stops with a message.
fn stream_bytes(s: &lopdf::Stream, budget: &mut u64) -> Result<Vec<u8>, InputError> {
    let filters = s.filters().unwrap_or_default();
    let data = match filters.as_slice() {
        [] => s.content.clone(),
        [f] if f == "FlateDecode" && !s.dict.has(b"DecodeParms") => {
            let mut out = Vec::new();
            let mut z = flate2::read::ZlibDecoder::new(&s.content[..]);
            // A truncated stream still yields what inflated.
            let _ = (&mut z).take(*budget + 1).read_to_end(&mut out);
            out
        }
        _ => s.decompressed_content().unwrap_or_default(),
    };
    if data.len() as u64 > *budget {
        return Err(InputError::ZipBomb);
    }
    *budget -= data.len() as u64;
    Ok(data)
}

fn num(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

// ------------------------------------------------------------- geometry

#[derive(Clone, Copy, Debug, PartialEq)]
struct Matrix([f32; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    fn from_ops(ops: &[Object]) -> Option<Matrix> {
        if ops.len() != 6 {
            return None;
        }
        let mut m = [0.0; 6];
        for (slot, o) in m.iter_mut().zip(ops) {
            *slot = num(o)?;
        }
        Some(Matrix(m))
    }

    /// `self` then `other` (PDF's row-vector convention: self × other).
    fn then(self, other: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = other.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    fn translate(tx: f32, ty: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, tx, ty])
    }
}

// ---------------------------------------------------------------- fonts

struct Font {
    /// Bytes per character code (2 for Identity-H and most Type0 fonts).
    two_byte: bool,
    to_unicode: HashMap<u32, String>,
    /// Simple fonts without a ToUnicode map: code -> char.
    simple: Option<[char; 256]>,
    widths: HashMap<u32, f32>,
    default_width: f32,
    bold: bool,
    italic: bool,
}

impl Font {
    fn load(doc: &Document, dict: &Dictionary, budget: &mut u64) -> Font {
        let deref = |o: &Object| doc.dereference(o).ok().map(|(_, o)| o.clone());
        let subtype = dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .unwrap_or(b"");
        let two_byte = subtype == b"Type0";
        let base = dict
            .get(b"BaseFont")
            .and_then(Object::as_name)
            .unwrap_or(b"");
        let base = String::from_utf8_lossy(base).to_lowercase();
        let mut font = Font {
            two_byte,
            to_unicode: HashMap::new(),
            simple: None,
            widths: HashMap::new(),
            default_width: if two_byte { 1000.0 } else { 500.0 },
            bold: base.contains("bold") || base.contains("black") || base.contains("heavy"),
            italic: base.contains("italic") || base.contains("oblique"),
        };
        if let Some(Object::Stream(s)) = dict.get(b"ToUnicode").ok().and_then(deref) {
            if let Ok(bytes) = stream_bytes(&s, budget) {
                font.to_unicode = parse_cmap(&bytes);
            }
        }
        if two_byte {
            let descendant = dict
                .get(b"DescendantFonts")
                .ok()
                .and_then(deref)
                .and_then(|o| o.as_array().ok().and_then(|a| a.first().cloned()))
                .and_then(|o| deref(&o));
            if let Some(Object::Dictionary(d)) = descendant {
                if let Some(dw) = d.get(b"DW").ok().and_then(num) {
                    font.default_width = dw;
                }
                if let Some(Object::Array(w)) = d.get(b"W").ok().and_then(deref) {
                    cid_widths(&w, &mut font.widths, &deref);
                }
                if let Ok(name) = d.get(b"BaseFont").and_then(Object::as_name) {
                    let name = String::from_utf8_lossy(name).to_lowercase();
                    font.bold |= name.contains("bold");
                }
            }
        } else {
            let first = dict.get(b"FirstChar").ok().and_then(num).unwrap_or(0.0) as u32;
            if let Some(Object::Array(w)) = dict.get(b"Widths").ok().and_then(deref) {
                for (i, o) in w.iter().enumerate() {
                    if let Some(v) = deref(o).as_ref().and_then(num) {
                        font.widths.insert(first + i as u32, v);
                    }
                }
            }
            font.simple = Some(simple_encoding(dict.get(b"Encoding").ok().and_then(deref)));
        }
        font
    }

    /// Split a shown string into (code, text) pairs.
    fn decode(&self, bytes: &[u8]) -> Vec<(u32, String)> {
        let step = if self.two_byte { 2 } else { 1 };
        bytes
            .chunks(step)
            .map(|c| {
                let code = c.iter().fold(0u32, |acc, &b| acc << 8 | b as u32);
                let text = match self.to_unicode.get(&code) {
                    Some(t) => t.clone(),
                    None => match &self.simple {
                        Some(table) => table[(code & 0xFF) as usize].to_string(),
                        None => char::from_u32(code)
                            .filter(|c| !c.is_control())
                            .map(String::from)
                            .unwrap_or_default(),
                    },
                };
                (code, text)
            })
            .collect()
    }

    fn width(&self, code: u32) -> f32 {
        self.widths
            .get(&code)
            .copied()
            .unwrap_or(self.default_width)
    }
}

fn cid_widths(
    w: &[Object],
    out: &mut HashMap<u32, f32>,
    deref: &dyn Fn(&Object) -> Option<Object>,
) {
    let mut i = 0;
    while i < w.len() && out.len() < 65_536 {
        let Some(start) = num(&w[i]) else { break };
        match w.get(i + 1).and_then(deref) {
            Some(Object::Array(list)) => {
                for (k, o) in list.iter().enumerate() {
                    if let Some(v) = num(o) {
                        out.insert(start as u32 + k as u32, v);
                    }
                }
                i += 2;
            }
            Some(o) => {
                let (Some(end), Some(v)) = (num(&o), w.get(i + 2).and_then(num)) else {
                    break;
                };
                let (start, end) = (start as u32, (end as u32).min(start as u32 + 65_536));
                for c in start..=end {
                    out.insert(c, v);
                }
                i += 3;
            }
            None => break,
        }
    }
}

/// WinAnsi (Windows-1252), MacRoman or Standard (≈ ASCII), with
/// `/Differences` by glyph name.
fn simple_encoding(enc: Option<Object>) -> [char; 256] {
    let base = |name: &[u8]| -> &'static encoding_rs::Encoding {
        if name == b"MacRomanEncoding" {
            encoding_rs::MACINTOSH
        } else {
            encoding_rs::WINDOWS_1252
        }
    };
    let (encoding, differences) = match &enc {
        Some(Object::Name(n)) => (base(n), None),
        Some(Object::Dictionary(d)) => (
            base(
                d.get(b"BaseEncoding")
                    .and_then(Object::as_name)
                    .unwrap_or(b""),
            ),
            d.get(b"Differences").and_then(Object::as_array).ok(),
        ),
        _ => (encoding_rs::WINDOWS_1252, None),
    };
    let mut table = [' '; 256];
    for (i, slot) in table.iter_mut().enumerate() {
        let b = [i as u8];
        *slot = encoding
            .decode_without_bom_handling(&b)
            .0
            .chars()
            .next()
            .unwrap_or(' ');
        if i < 32 {
            *slot = ' ';
        }
    }
    if let Some(diffs) = differences {
        let mut code = 0usize;
        for o in diffs {
            match o {
                Object::Integer(n) => code = (*n).clamp(0, 255) as usize,
                Object::Name(name) => {
                    if code < 256 {
                        if let Some(c) = glyph_char(name) {
                            table[code] = c;
                        }
                    }
                    code += 1;
                }
                _ => {}
            }
        }
    }
    table
}

/// A glyph name's character: `uniXXXX`, one-letter names and the Nordic
/// and punctuation names Word and LibreOffice use.
fn glyph_char(name: &[u8]) -> Option<char> {
    let name = std::str::from_utf8(name).ok()?;
    if let Some(hex) = name.strip_prefix("uni").filter(|h| h.len() == 4) {
        return u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
    }
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Some(c);
    }
    const NAMES: &[(&str, char)] = &[
        ("space", ' '),
        ("aring", 'å'),
        ("adieresis", 'ä'),
        ("odieresis", 'ö'),
        ("Aring", 'Å'),
        ("Adieresis", 'Ä'),
        ("Odieresis", 'Ö'),
        ("eacute", 'é'),
        ("Eacute", 'É'),
        ("udieresis", 'ü'),
        ("section", '§'),
        ("hyphen", '-'),
        ("endash", '–'),
        ("emdash", '—'),
        ("period", '.'),
        ("comma", ','),
        ("colon", ':'),
        ("semicolon", ';'),
        ("parenleft", '('),
        ("parenright", ')'),
        ("slash", '/'),
        ("quoteright", '’'),
        ("quotedblright", '”'),
        ("quotedblleft", '“'),
        ("bullet", '•'),
        ("zero", '0'),
        ("one", '1'),
        ("two", '2'),
        ("three", '3'),
        ("four", '4'),
        ("five", '5'),
        ("six", '6'),
        ("seven", '7'),
        ("eight", '8'),
        ("nine", '9'),
    ];
    NAMES.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

/// A ToUnicode CMap: `bfchar` and `bfrange` entries, code -> text.
fn parse_cmap(bytes: &[u8]) -> HashMap<u32, String> {
    let text = String::from_utf8_lossy(bytes);
    let mut map = HashMap::new();
    let hex = |s: &str| -> Option<(u32, usize)> {
        let s = s.trim().trim_start_matches('<').trim_end_matches('>');
        if s.is_empty() || s.len() > 8 {
            return None;
        }
        u32::from_str_radix(s, 16).ok().map(|v| (v, s.len()))
    };
    let utf16 = |s: &str| -> String {
        let s = s.trim().trim_start_matches('<').trim_end_matches('>');
        let units: Vec<u16> = s
            .as_bytes()
            .chunks(4)
            .filter_map(|c| u16::from_str_radix(std::str::from_utf8(c).ok()?, 16).ok())
            .collect();
        String::from_utf16_lossy(&units)
    };
    let tokens: Vec<&str> = tokenize_cmap(&text);
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i] {
            "beginbfchar" => {
                i += 1;
                while i + 1 < tokens.len() && tokens[i] != "endbfchar" {
                    if let Some((code, _)) = hex(tokens[i]) {
                        map.insert(code, utf16(tokens[i + 1]));
                    }
                    i += 2;
                }
            }
            "beginbfrange" => {
                i += 1;
                while i + 2 < tokens.len() && tokens[i] != "endbfrange" {
                    let (lo, hi) = (hex(tokens[i]), hex(tokens[i + 1]));
                    if tokens[i + 2] == "[" {
                        // <lo> <hi> [<t1> <t2> ...]
                        let mut j = i + 3;
                        let mut code = lo.map_or(0, |l| l.0);
                        while j < tokens.len() && tokens[j] != "]" {
                            map.insert(code, utf16(tokens[j]));
                            code += 1;
                            j += 1;
                        }
                        i = j + 1;
                        continue;
                    }
                    if let (Some((lo, _)), Some((hi, _))) = (lo, hi) {
                        let dst = tokens[i + 2].trim_start_matches('<').trim_end_matches('>');
                        let units: Vec<u16> = dst
                            .as_bytes()
                            .chunks(4)
                            .filter_map(|c| {
                                u16::from_str_radix(std::str::from_utf8(c).ok()?, 16).ok()
                            })
                            .collect();
                        for (k, code) in (lo..=hi.min(lo + 65_535)).enumerate() {
                            let mut u = units.clone();
                            if let Some(last) = u.last_mut() {
                                *last = last.wrapping_add(k as u16);
                            }
                            map.insert(code, String::from_utf16_lossy(&u));
                        }
                    }
                    i += 3;
                }
            }
            _ => {}
        }
        i += 1;
    }
    map
}

/// CMap tokens: `<hex>`, `[`, `]` and words.
fn tokenize_cmap(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => {
                let end = text[i..].find('>').map_or(bytes.len(), |j| i + j + 1);
                out.push(&text[i..end]);
                i = end;
            }
            b'[' | b']' => {
                out.push(&text[i..i + 1]);
                i += 1;
            }
            b'%' => {
                i = text[i..].find('\n').map_or(bytes.len(), |j| i + j);
            }
            c if c.is_ascii_whitespace() => i += 1,
            _ => {
                let start = i;
                while i < bytes.len()
                    && !bytes[i].is_ascii_whitespace()
                    && !b"<[]%".contains(&bytes[i])
                {
                    i += 1;
                }
                out.push(&text[start..i]);
            }
        }
    }
    out
}

#[derive(Default)]
struct FontCache {
    fonts: HashMap<Vec<u8>, std::rc::Rc<Font>>,
}

// ------------------------------------------------------ the interpreter

/// One shown string, placed.
#[derive(Clone, Debug)]
struct Piece {
    x: f32,
    end: f32,
    y: f32,
    size: f32,
    bold: bool,
    italic: bool,
    text: String,
}

#[derive(Default)]
struct Page {
    height: f32,
    pieces: Vec<Piece>,
}

#[derive(Clone)]
struct TextState {
    font: Option<std::rc::Rc<Font>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    scale: f32,
    leading: f32,
    rise: f32,
}

#[allow(clippy::too_many_arguments)]
fn interpret(
    doc: &Document,
    content: &[u8],
    resources: &Dictionary,
    base: Matrix,
    cache: &mut FontCache,
    page: &mut Page,
    depth: usize,
    ops: &mut usize,
    budget: &mut u64,
) -> Result<(), InputError> {
    let Ok(content) = Content::decode(content) else {
        return Ok(());
    };
    let fonts = resource_dict(doc, resources, b"Font");
    let xobjects = resource_dict(doc, resources, b"XObject");
    let mut ctm = base;
    let mut stack: Vec<(Matrix, TextState)> = Vec::new();
    let mut ts = TextState {
        font: None,
        size: 0.0,
        char_spacing: 0.0,
        word_spacing: 0.0,
        scale: 1.0,
        leading: 0.0,
        rise: 0.0,
    };
    let mut tm = Matrix::IDENTITY;
    let mut tlm = Matrix::IDENTITY;
    for op in &content.operations {
        *ops += 1;
        if *ops > MAX_OPS_PER_PAGE {
            break;
        }
        let o = &op.operands;
        let n = |i: usize| o.get(i).and_then(num).unwrap_or(0.0);
        match op.operator.as_str() {
            "q" if stack.len() < 64 => stack.push((ctm, ts.clone())),
            "Q" => {
                if let Some((m, t)) = stack.pop() {
                    ctm = m;
                    ts = t;
                }
            }
            "cm" => {
                if let Some(m) = Matrix::from_ops(o) {
                    ctm = m.then(ctm);
                }
            }
            "BT" => {
                tm = Matrix::IDENTITY;
                tlm = Matrix::IDENTITY;
            }
            "Tf" => {
                ts.size = n(1);
                if let Some(Ok(name)) = o.first().map(Object::as_name) {
                    ts.font = font(doc, &fonts, name, cache, budget);
                }
            }
            "Tc" => ts.char_spacing = n(0),
            "Tw" => ts.word_spacing = n(0),
            "Tz" => ts.scale = n(0) / 100.0,
            "TL" => ts.leading = n(0),
            "Ts" => ts.rise = n(0),
            "Td" => {
                tlm = Matrix::translate(n(0), n(1)).then(tlm);
                tm = tlm;
            }
            "TD" => {
                ts.leading = -n(1);
                tlm = Matrix::translate(n(0), n(1)).then(tlm);
                tm = tlm;
            }
            "Tm" => {
                if let Some(m) = Matrix::from_ops(o) {
                    tlm = m;
                    tm = m;
                }
            }
            "T*" => {
                tlm = Matrix::translate(0.0, -ts.leading).then(tlm);
                tm = tlm;
            }
            "Tj" | "'" | "\"" | "TJ" => {
                if op.operator == "'" || op.operator == "\"" {
                    if op.operator == "\"" {
                        ts.word_spacing = n(0);
                        ts.char_spacing = n(1);
                    }
                    tlm = Matrix::translate(0.0, -ts.leading).then(tlm);
                    tm = tlm;
                }
                let items: Vec<&Object> = match (op.operator.as_str(), o.last()) {
                    ("TJ", Some(Object::Array(a))) => a.iter().collect(),
                    (_, Some(s)) => vec![s],
                    _ => continue,
                };
                show(&items, &ts, &mut tm, ctm, page);
            }
            "Do" if depth < MAX_FORM_DEPTH => {
                let Some(Ok(name)) = o.first().map(Object::as_name) else {
                    continue;
                };
                let Some(Object::Stream(s)) = xobjects
                    .get(name)
                    .ok()
                    .and_then(|x| doc.dereference(x).ok())
                    .map(|(_, o)| o.clone())
                else {
                    continue;
                };
                if s.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form") {
                    continue;
                }
                let matrix = s
                    .dict
                    .get(b"Matrix")
                    .and_then(Object::as_array)
                    .ok()
                    .and_then(|a| Matrix::from_ops(a))
                    .unwrap_or(Matrix::IDENTITY);
                let res = match s
                    .dict
                    .get(b"Resources")
                    .ok()
                    .and_then(|r| doc.dereference(r).ok())
                {
                    Some((_, Object::Dictionary(d))) => d.clone(),
                    _ => resources.clone(),
                };
                let bytes = stream_bytes(&s, budget)?;
                interpret(
                    doc,
                    &bytes,
                    &res,
                    matrix.then(ctm),
                    cache,
                    page,
                    depth + 1,
                    ops,
                    budget,
                )?;
            }
            _ => {}
        }
    }
    Ok(())
}

fn resource_dict(doc: &Document, resources: &Dictionary, key: &[u8]) -> Dictionary {
    match resources
        .get(key)
        .ok()
        .and_then(|o| doc.dereference(o).ok())
    {
        Some((_, Object::Dictionary(d))) => d.clone(),
        _ => Dictionary::new(),
    }
}

fn font(
    doc: &Document,
    fonts: &Dictionary,
    name: &[u8],
    cache: &mut FontCache,
    budget: &mut u64,
) -> Option<std::rc::Rc<Font>> {
    if let Some(f) = cache.fonts.get(name) {
        return Some(f.clone());
    }
    let dict = match fonts.get(name).ok().and_then(|o| doc.dereference(o).ok()) {
        Some((_, Object::Dictionary(d))) => d.clone(),
        _ => return None,
    };
    let f = std::rc::Rc::new(Font::load(doc, &dict, budget));
    cache.fonts.insert(name.to_vec(), f.clone());
    Some(f)
}

/// Show strings (and `TJ` adjustments), advancing the text matrix; one
/// piece per string, split where a large adjustment makes a gap.
fn show(items: &[&Object], ts: &TextState, tm: &mut Matrix, ctm: Matrix, page: &mut Page) {
    let Some(font) = ts.font.clone() else { return };
    let mut text = String::new();
    let mut start: Option<(f32, f32)> = None;
    let mut last_end = 0.0;
    let trm = |tm: &Matrix| {
        Matrix([ts.size * ts.scale, 0.0, 0.0, ts.size, 0.0, ts.rise])
            .then(*tm)
            .then(ctm)
    };
    // Device font size: the text matrix's vertical scale times the size.
    let size = {
        let m = trm(tm).0;
        (m[2] * m[2] + m[3] * m[3]).sqrt().abs()
    };
    let flush = |text: &mut String, start: &mut Option<(f32, f32)>, end: f32, page: &mut Page| {
        if let Some((x, y)) = start.take() {
            if !text.is_empty() {
                page.pieces.push(Piece {
                    x,
                    end,
                    y,
                    size,
                    bold: font.bold,
                    italic: font.italic && !font.bold,
                    text: std::mem::take(text),
                });
            }
        }
        text.clear();
    };
    for item in items {
        match item {
            Object::String(bytes, _) => {
                for (code, t) in font.decode(bytes) {
                    let here = trm(tm).0;
                    if start.is_none() {
                        start = Some((here[4], here[5]));
                    }
                    let w = font.width(code) / 1000.0;
                    let space = if !font.two_byte && code == 32 {
                        ts.word_spacing
                    } else {
                        0.0
                    };
                    let tx = (w * ts.size + ts.char_spacing + space) * ts.scale;
                    *tm = Matrix::translate(tx, 0.0).then(*tm);
                    text.push_str(&t);
                    last_end = trm(tm).0[4];
                }
            }
            other => {
                let Some(adj) = num(other) else { continue };
                let tx = -adj / 1000.0 * ts.size * ts.scale;
                *tm = Matrix::translate(tx, 0.0).then(*tm);
                // A negative adjustment wider than a third of an em is a space.
                if adj < -333.0 && !text.ends_with(' ') && !text.is_empty() {
                    text.push(' ');
                }
            }
        }
    }
    flush(&mut text, &mut start, last_end, page);
}

// --------------------------------------------------------- page layout

#[derive(Clone, Debug)]
struct Line {
    y: f32,
    x: f32,
    end: f32,
    /// The widest gap between two pieces, in ems: columns, not words.
    gap: f32,
    size: f32,
    bold: bool,
    italic: bool,
    text: String,
}

/// Pieces into lines: same baseline (within a third of the font size),
/// then left to right; a gap wider than a space becomes one, a wide gap a
/// tab.
fn lines_of(page: &Page) -> Vec<Line> {
    let mut pieces: Vec<&Piece> = page.pieces.iter().filter(|p| !p.text.is_empty()).collect();
    pieces.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<&Piece>> = Vec::new();
    for p in pieces {
        match rows.last_mut() {
            Some(row) if (row[0].y - p.y).abs() <= row[0].size.max(p.size).max(1.0) * 0.35 => {
                row.push(p)
            }
            _ => rows.push(vec![p]),
        }
    }
    let mut lines = Vec::new();
    for mut row in rows {
        row.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut text = String::new();
        let mut prev_end: Option<f32> = None;
        let size = row.iter().map(|p| p.size).fold(0.0, f32::max);
        let visible: Vec<&&Piece> = row.iter().filter(|p| !p.text.trim().is_empty()).collect();
        let bold = !visible.is_empty() && visible.iter().all(|p| p.bold);
        let italic = !visible.is_empty() && visible.iter().all(|p| p.italic);
        // Bold or italic words inside a line are marked; a line all in one
        // emphasis is marked as a whole later.
        let mut open: Option<&str> = None;
        let mut widest: f32 = 0.0;
        for p in &row {
            let marker = match (p.text.trim().is_empty(), bold || italic) {
                (true, _) | (_, true) => open,
                _ if p.bold => Some("**"),
                _ if p.italic => Some("*"),
                _ => None,
            };
            if open.is_some() && marker != open {
                close_marker(&mut text, open.unwrap_or_default());
                open = None;
            }
            if let Some(end) = prev_end {
                let gap = p.x - end;
                widest = widest.max(gap / size.max(1.0));
                if gap > size * 2.5 {
                    text = text.trim_end().to_string();
                    text.push('\t');
                } else if gap > size * 0.15
                    && !text.ends_with([' ', '\t'])
                    && !p.text.starts_with(' ')
                {
                    text.push(' ');
                }
            }
            if let (Some(m), None) = (marker, open) {
                text.push_str(m);
                open = Some(m);
            }
            text.push_str(&p.text);
            prev_end = Some(p.end);
        }
        if let Some(m) = open {
            close_marker(&mut text, m);
        }
        let text = text.trim().to_string();
        if !text.is_empty() {
            let end = row.iter().map(|p| p.end).fold(f32::MIN, f32::max);
            lines.push(Line {
                y: row[0].y,
                x: row[0].x,
                end,
                gap: widest,
                size,
                bold,
                italic: italic && !bold,
                text,
            });
        }
    }
    lines
}

/// Close a `**` or `*` run with its trailing white space outside it.
fn close_marker(text: &mut String, marker: &str) {
    let trimmed = text.trim_end().len();
    let tail = text[trimmed..].to_string();
    text.truncate(trimmed);
    text.push_str(marker);
    text.push_str(&tail);
}

/// The most common font size, weighted by characters: the body text.
fn body_font_size(pages: &[Vec<Line>]) -> f32 {
    let mut counts: BTreeMap<i32, usize> = BTreeMap::new();
    for l in pages.iter().flatten() {
        *counts.entry((l.size * 2.0).round() as i32).or_default() += l.text.chars().count();
    }
    counts
        .into_iter()
        .max_by_key(|(_, c)| *c)
        .map_or(10.0, |(s, _)| s as f32 / 2.0)
}

/// The page number a line shows, if that is all it shows: `Sida 3`,
/// `Sida 3 av 12`, `3 (12)`, `3/12`, `- 3 -`, `3`.
fn page_number(text: &str) -> Option<u32> {
    let t = text.trim().to_lowercase();
    let t = t.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let t = t
        .strip_prefix("sida")
        .or_else(|| t.strip_prefix("page"))
        .or_else(|| t.strip_prefix("s."))
        .unwrap_or(t);
    let rest: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let ok = !rest.is_empty()
        && rest.len() <= 12
        && rest.chars().next().is_some_and(|c| c.is_ascii_digit())
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || "()/avof".contains(c));
    if !ok {
        return None;
    }
    rest.split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// Drop headers, footers and page numbers. A header or footer is a line
/// in the top or bottom band of the page, with some words in it, that
/// comes back at the same height (digits ignored) on at least half the
/// pages. A page number is the top- or bottom-most line, showing only a
/// number close to the page's own.
fn remove_furniture(pages: Vec<Vec<Line>>, raw: &[Page]) -> (Vec<Vec<Line>>, usize) {
    let band = |page: usize, l: &Line| {
        let h = raw.get(page).map_or(842.0, |p| p.height);
        l.y > h * 0.88 || l.y < h * 0.12
    };
    let key = |l: &Line| -> Option<String> {
        if l.text.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            return None;
        }
        let text: String = l
            .text
            .chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect();
        Some(format!("{}|{text}", (l.y / 4.0).round()))
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, lines) in pages.iter().enumerate() {
        let mut keys: Vec<String> = lines
            .iter()
            .filter(|l| band(i, l))
            .filter_map(key)
            .collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let n = pages.len();
    let repeated = |l: &Line| {
        n >= 2
            && key(l)
                .and_then(|k| seen.get(&k).copied())
                .is_some_and(|c| c >= 2 && c * 2 >= n)
    };
    let mut removed = 0;
    // The first time a page header shows, it stays: it may be the only
    // place that names the body and the date. Footers never stay.
    let mut headers_kept: std::collections::HashSet<String> = std::collections::HashSet::new();
    let pages = pages
        .into_iter()
        .enumerate()
        .map(|(i, lines)| {
            let last = lines.len().saturating_sub(1);
            let page = i as u32 + 1;
            let h = raw.get(i).map_or(842.0, |p| p.height);
            lines
                .into_iter()
                .enumerate()
                .filter(|(j, l)| {
                    let numbered = (*j == 0 || *j == last)
                        && page_number(&l.text).is_some_and(|p| p.abs_diff(page) <= 2);
                    let first_header = !numbered
                        && l.y > h * 0.5
                        && key(l).is_some_and(|k| headers_kept.insert(k));
                    let furniture = band(i, l) && (numbered || (repeated(l) && !first_header));
                    removed += furniture as usize;
                    !furniture
                })
                .map(|(_, l)| l)
                .collect()
        })
        .collect();
    (pages, removed)
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Heading(usize),
    Bold,
    Italic,
    Plain,
}

/// Lines into text. A gap clearly larger than the line spacing starts a
/// new block (a blank line). A line that ran to the right margin was
/// wrapped by the layout and is joined to the next with a space, also
/// across a page break; other line ends are kept. Large type becomes a
/// `#` heading, a run of bold lines one `**...**` with `  \n` between its
/// lines. Returns the text and the byte offset where each page starts.
fn render_pages(pages: &[Vec<Line>], body: f32) -> (String, Vec<usize>) {
    struct Block {
        kind: Kind,
        text: String,
        blank_before: bool,
        /// (page index, byte offset in `text`) of pages starting here.
        page_starts: Vec<(usize, usize)>,
    }
    let mut blocks: Vec<Block> = Vec::new();
    let mut page_starts = vec![None; pages.len()];
    let mut prev: Option<(&Line, f32)> = None;
    // The right margin: where the long lines of the document end (pages
    // share a layout; a page of short lines alone would mislead).
    let mut ends: Vec<f32> = pages
        .iter()
        .flatten()
        .filter(|l| l.text.chars().count() >= 40 && !l.text.contains('\t'))
        .map(|l| l.end)
        .collect();
    ends.sort_by(f32::total_cmp);
    let right = ends.get(ends.len() * 9 / 10).copied().unwrap_or(0.0);
    for (page, lines) in pages.iter().enumerate() {
        for (i, l) in lines.iter().enumerate() {
            let kind = match heading_level(l, body) {
                Some(n) => Kind::Heading(n),
                None if l.bold => Kind::Bold,
                None if l.italic => Kind::Italic,
                None => Kind::Plain,
            };
            let new_page = i == 0;
            let gap_break = !new_page
                && prev.is_some_and(|(p, _)| {
                    let gap = p.y - l.y;
                    gap > p.size.max(l.size).max(1.0) * 1.6 || gap < 0.0
                });
            // Wrapped: the next line's first word would not have fitted on
            // this one (a character is about half an em wide).
            let wrapped = prev.is_some_and(|(p, right)| {
                let first_word = l
                    .text
                    .split_whitespace()
                    .next()
                    .map_or(0, |w| w.chars().count());
                right > 0.0
                    && p.end + (first_word as f32 + 1.0) * 0.5 * p.size >= right - p.size
                    && p.x <= l.x + p.size
                    && p.gap < 1.2
                    && l.gap < 1.2
                    && !starts_item(&l.text)
            });
            let joins = !gap_break
                && blocks.last().is_some_and(|b| b.kind == kind)
                && (wrapped || (!new_page && !matches!(kind, Kind::Heading(_))));
            if joins {
                let b = blocks.last_mut().expect("joins implies a block");
                b.text.push_str(match (wrapped, kind) {
                    (true, _) if joins_without_space(&b.text, &l.text) => "",
                    (true, _) => " ",
                    (false, Kind::Bold) => "  \n",
                    _ => "\n",
                });
                if new_page {
                    b.page_starts.push((page, b.text.len()));
                }
                b.text.push_str(&l.text);
            } else {
                // At a page break a change of kind (a bold heading after
                // body text) starts a new block; the same kind goes on.
                let kind_changed = blocks.last().is_some_and(|b| b.kind != kind);
                blocks.push(Block {
                    kind,
                    text: l.text.clone(),
                    blank_before: gap_break || prev.is_none() || (new_page && kind_changed),
                    page_starts: if new_page {
                        vec![(page, 0)]
                    } else {
                        Vec::new()
                    },
                });
            }
            prev = Some((l, right));
        }
    }
    let mut out = String::new();
    for (i, b) in blocks.iter().enumerate() {
        let heading_near = matches!(b.kind, Kind::Heading(_))
            || i > 0 && matches!(blocks[i - 1].kind, Kind::Heading(_));
        if i > 0 {
            out.push_str(if b.blank_before || heading_near {
                "\n\n"
            } else {
                "\n"
            });
        }
        let prefix = match b.kind {
            Kind::Heading(level) => format!("{} ", "#".repeat(level)),
            Kind::Bold => "**".to_string(),
            Kind::Italic => "*".to_string(),
            Kind::Plain => String::new(),
        };
        for &(page, offset) in &b.page_starts {
            page_starts[page] = Some(
                out.len()
                    + if offset == 0 {
                        0
                    } else {
                        prefix.len() + offset
                    },
            );
        }
        out.push_str(&prefix);
        out.push_str(&b.text);
        if b.kind == Kind::Italic {
            out.push('*');
        }
        if b.kind == Kind::Bold {
            out.push_str("**");
        }
    }
    if !out.is_empty() {
        out.push('\n');
    }
    // A page without text starts where the next one does.
    let mut starts = vec![0; pages.len()];
    let mut next = out.len();
    for i in (0..pages.len()).rev() {
        next = page_starts[i].unwrap_or(next);
        starts[i] = next;
    }
    (out, starts)
}

/// A line ending in a hyphen right after a letter or digit continues the
/// word (`2024-` `2026`), unless the next word is a conjunction
/// (`offentlighets-` `och sekretesslagen`).
fn joins_without_space(before: &str, after: &str) -> bool {
    let mut tail = before.chars().rev();
    let (Some('-'), Some(c)) = (tail.next(), tail.next()) else {
        return false;
    };
    let next = after.split_whitespace().next().unwrap_or("");
    c.is_alphanumeric() && !matches!(next, "och" | "eller" | "samt" | "respektive" | "till")
}

/// A list item or numbered point starts here: `- `, `• `, `1. `, `a) `.
fn starts_item(text: &str) -> bool {
    let t = text.trim_start();
    if t.starts_with("- ") || t.starts_with("• ") || t.starts_with("– ") {
        return true;
    }
    let head: String = t.chars().take_while(|c| c.is_alphanumeric()).collect();
    let rest = &t[head.len()..];
    !head.is_empty()
        && head.chars().count() <= 3
        && (head.chars().all(|c| c.is_ascii_digit()) || head.chars().count() == 1)
        && (rest.starts_with(". ") || rest.starts_with(") "))
}

fn heading_level(l: &Line, body: f32) -> Option<usize> {
    if l.text.chars().count() > 120 || body <= 0.0 {
        return None;
    }
    let r = l.size / body;
    if r >= 1.6 {
        Some(1)
    } else if r >= 1.3 {
        Some(2)
    } else if r >= 1.12 {
        Some(3)
    } else {
        None
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use lopdf::content::Operation;
    use lopdf::{dictionary, Stream};

    /// A PDF whose pages hold `lines`: (x, y, bold, text) in points, in
    /// Helvetica with WinAnsi encoding. `tagged` adds `/MarkInfo` and `/Lang`.
    pub(crate) fn pdf(pages: &[Vec<(f32, f32, bool, &str)>], tagged: bool) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let regular = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
        });
        let bold = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica-Bold", "Encoding" => "WinAnsiEncoding",
        });
        let resources =
            doc.add_object(dictionary! { "Font" => dictionary! { "F1" => regular, "F2" => bold } });
        let mut kids = Vec::new();
        for lines in pages {
            let mut ops = Vec::new();
            for &(x, y, b, text) in lines {
                let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
                ops.push(Operation::new("BT", vec![]));
                ops.push(Operation::new(
                    "Tf",
                    vec![if b { "F2" } else { "F1" }.into(), 11.into()],
                ));
                ops.push(Operation::new("Td", vec![x.into(), y.into()]));
                ops.push(Operation::new(
                    "Tj",
                    vec![Object::string_literal(bytes.into_owned())],
                ));
                ops.push(Operation::new("ET", vec![]));
            }
            let content = Content { operations: ops }.encode().unwrap();
            let content_id = doc.add_object(Stream::new(dictionary! {}, content));
            kids.push(doc.add_object(dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content_id }).into());
        }
        let count = kids.len() as i64;
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => kids, "Count" => count, "Resources" => resources,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            }),
        );
        let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
        if tagged {
            catalog.set("Lang", Object::string_literal("sv-SE"));
            catalog.set("MarkInfo", dictionary! { "Marked" => true });
        }
        let catalog_id = doc.add_object(catalog);
        doc.trailer.set("Root", catalog_id);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }

    fn protocol_pages() -> Vec<Vec<(f32, f32, bool, &'static str)>> {
        let mut pages = Vec::new();
        let bodies: [&[&str]; 3] = [
            &[
                "§ 1 Val av justerare",
                "Beslut",
                "Nämnden utser Anna Al (S) att justera protokollet.",
            ],
            &["§ 2 Budget 2025", "Beslut", "Nämnden godkänner budgeten."],
            &["§ 3 Övrigt", "Beslut", "Inga övriga frågor."],
        ];
        for (i, body) in bodies.iter().enumerate() {
            let mut page = vec![(72.0, 800.0, false, "Socialnämnden Protokoll 2024-03-18")];
            let mut y = 700.0;
            for (k, line) in body.iter().enumerate() {
                page.push((72.0, y, k < 2, *line));
                y -= 30.0;
            }
            page.push((72.0, 60.0, false, "Justerandes signatur"));
            page.push((
                500.0,
                40.0,
                false,
                ["Sida 1 av 3", "Sida 2 av 3", "Sida 3 av 3"][i],
            ));
            pages.push(page);
        }
        pages
    }

    #[test]
    fn furniture_is_removed_and_pages_are_mapped() {
        let d = super::super::decode(&pdf(&protocol_pages(), false)).unwrap();
        assert_eq!(d.format, Format::Pdf);
        assert_eq!(
            d.text,
            "Socialnämnden Protokoll 2024-03-18\n\n\
             **§ 1 Val av justerare**\n\n**Beslut**\n\nNämnden utser Anna Al (S) att justera protokollet.\n\n\
             **§ 2 Budget 2025**\n\n**Beslut**\n\nNämnden godkänner budgeten.\n\n\
             **§ 3 Övrigt**\n\n**Beslut**\n\nInga övriga frågor.\n"
        );
        let at = |s: &str| d.page_at(d.text.find(s).unwrap());
        assert_eq!(
            (at("§ 1"), at("budgeten"), at("Inga")),
            (Some(1), Some(2), Some(3))
        );
        // The header stays where it first shows (it may be the only place
        // naming the body and the date); footers and page numbers go.
        assert!(
            d.notes.contains(&Note::PageFurniture { lines: 8 }),
            "{:?}",
            d.notes
        );
        assert!(d.notes.contains(&Note::PdfAccessibility {
            tagged: false,
            lang: None
        }));
        let doc = crate::parse(&d.text);
        assert_eq!(
            doc.paragraphs.iter().map(|p| p.number).collect::<Vec<_>>(),
            [1, 2, 3]
        );
    }

    #[test]
    fn tagging_and_language_are_reported() {
        let d = super::super::decode(&pdf(&protocol_pages(), true)).unwrap();
        let note = Note::PdfAccessibility {
            tagged: true,
            lang: Some("sv-SE".into()),
        };
        assert!(d.notes.contains(&note));
        assert!(note.message().contains("taggad") && note.message().contains("sv-SE"));
    }

    #[test]
    fn a_pdf_without_text_gets_a_clear_message() {
        let err = super::super::decode(&pdf(&[vec![], vec![]], false)).unwrap_err();
        assert_eq!(err, InputError::PdfWithoutText { pages: 2 });
        assert!(
            err.message().contains("inget textlager"),
            "{}",
            err.message()
        );
        assert!(err.message_en().contains("no text layer"));
        // Some pages scanned, others not: a note names the scanned ones.
        let mut pages = protocol_pages();
        pages.insert(1, vec![]);
        let d = super::super::decode(&pdf(&pages, false)).unwrap();
        assert!(
            d.notes.contains(&Note::PagesWithoutText { pages: vec![2] }),
            "{:?}",
            d.notes
        );
        assert_eq!(d.page_at(d.text.find("budgeten").unwrap()), Some(3));
    }

    #[test]
    fn two_byte_fonts_are_read_through_their_tounicode_map() {
        // Word embeds fonts as Type0 / Identity-H: two-byte glyph ids that
        // only the ToUnicode map turns into text.
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            4 beginbfchar <0001> <00A7> <0002> <0020> <0003> <0031> <0004> <00E5> endbfchar
            1 beginbfrange <0010> <0012> <0042> endbfrange
            endcmap CMapName currentdict /CMap defineresource pop end end"
            .to_vec();
        let to_unicode = doc.add_object(Stream::new(dictionary! {}, cmap));
        let descendant = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "ABCDEF+Calibri-Bold",
            "DW" => 500, "W" => vec![1.into(), vec![600.into(), 250.into()].into()],
        });
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "ABCDEF+Calibri-Bold",
            "Encoding" => "Identity-H", "DescendantFonts" => vec![descendant.into()], "ToUnicode" => to_unicode,
        });
        let resources = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font } });
        let shown = vec![0u8, 1, 0, 2, 0, 3, 0, 2, 0, 0x10, 0, 0x11, 0, 0x12, 0, 4];
        let ops = vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 12.into()]),
            Operation::new(
                "Tm",
                vec![
                    1.into(),
                    0.into(),
                    0.into(),
                    1.into(),
                    72.into(),
                    700.into(),
                ],
            ),
            Operation::new(
                "TJ",
                vec![vec![Object::String(shown, lopdf::StringFormat::Hexadecimal)].into()],
            ),
            Operation::new("ET", vec![]),
        ];
        let content = doc.add_object(Stream::new(
            dictionary! {},
            Content { operations: ops }.encode().unwrap(),
        ));
        let page = doc.add_object(
            dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content },
        );
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1, "Resources" => resources,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        let d = super::super::decode(&bytes).unwrap();
        assert_eq!(d.text, "**§ 1 BCDå**\n");
    }

    #[test]
    fn an_object_stream_bomb_gets_a_message() {
        use flate2::write::ZlibEncoder;
        use std::io::Write;
        let mut z = ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(&vec![b' '; 4 << 20]).unwrap();
        let packed = z.finish().unwrap();
        let mut bytes = pdf(&protocol_pages(), false);
        let tail = bytes.split_off(bytes.len() - 6); // keep "%%EOF" at the end
        bytes.extend_from_slice(
            b"99 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>\nstream\n",
        );
        bytes.extend_from_slice(&packed);
        bytes.extend_from_slice(b"\nendstream\nendobj\n");
        bytes.extend_from_slice(&tail);
        let limits = Limits {
            max_unzipped: 1 << 20,
            ..Limits::default()
        };
        assert_eq!(
            super::super::decode_with(&bytes, &limits).unwrap_err(),
            InputError::ZipBomb
        );
        // Within the limit the stream is no bomb (the rest of the file is
        // read as usual).
        assert!(!object_streams_inflate_past(&bytes, 8 << 20));
    }

    #[test]
    fn wrapped_lines_join_and_hard_breaks_stay() {
        let long = "Nämnden beslutar att godkänna förvaltningens förslag till budget för";
        let page = vec![
            (72.0, 700.0, false, long),
            (
                72.0,
                687.0,
                false,
                "år 2025 och att överlämna den till fullmäktige.",
            ),
            (72.0, 674.0, false, "Anna Al (S)"),
            (72.0, 661.0, false, "Bo Ek (M)"),
            (
                72.0,
                648.0,
                false,
                "avtalsuppföljning 2024-2026 och en lång rad med text som når kanten 2024-",
            ),
            (72.0, 635.0, false, "2026."),
            // Two columns that reach the margin, a gutter of two ems: rows,
            // not a wrapped line.
            (72.0, 622.0, false, "Lisa Andersson (M), ordförande"),
            (260.0, 622.0, false, "Ann-Louise Lundqvist (S) ersätter"),
            (72.0, 609.0, false, "Fredrik Hansson (C)"),
            (260.0, 609.0, false, "Magdalena Sundqvist (S)"),
        ];
        let d = super::super::decode(&pdf(&[page], false)).unwrap();
        assert_eq!(
            d.text,
            format!(
                "{long} år 2025 och att överlämna den till fullmäktige.\nAnna Al (S)\nBo Ek (M)\n\
                 avtalsuppföljning 2024-2026 och en lång rad med text som når kanten 2024-2026.\n\
                 Lisa Andersson (M), ordförande Ann-Louise Lundqvist (S) ersätter\n\
                 Fredrik Hansson (C)\tMagdalena Sundqvist (S)\n"
            )
        );
    }

    #[test]
    fn page_numbers_are_recognised() {
        for t in [
            "3",
            "Sida 3",
            "sida 3 av 12",
            "3 (12)",
            "3/12",
            "- 3 -",
            "Page 3 of 9",
        ] {
            assert_eq!(page_number(t), Some(3), "{t}");
        }
        for t in [
            "§ 3",
            "2024-03-18",
            "3. Beslut",
            "Socialnämnden",
            "1 000 kr",
        ] {
            assert_eq!(page_number(t), None, "{t}");
        }
    }

    #[test]
    fn cmaps_map_codes_to_text() {
        let cmap = b"1 begincodespacerange <0000> <FFFF> endcodespacerange
            2 beginbfchar <0003> <0020> <0011> <00E5> endbfchar
            1 beginbfrange <0041> <0043> <0061> endbfrange
            1 beginbfrange <0050> <0051> [<00A7> <0066006C>] endbfrange";
        let m = parse_cmap(cmap);
        assert_eq!(m[&3], " ");
        assert_eq!(m[&0x11], "å");
        assert_eq!((m[&0x41].as_str(), m[&0x43].as_str()), ("a", "c"));
        assert_eq!((m[&0x50].as_str(), m[&0x51].as_str()), ("§", "fl"));
    }

    #[test]
    fn glyph_names_and_simple_encodings() {
        assert_eq!(glyph_char(b"aring"), Some('å'));
        assert_eq!(glyph_char(b"uni00F6"), Some('ö'));
        assert_eq!(glyph_char(b"Q"), Some('Q'));
        let t = simple_encoding(Some(Object::Name(b"WinAnsiEncoding".to_vec())));
        assert_eq!((t[0xE5], t[0xA7], t[b'A' as usize]), ('å', '§', 'A'));
    }
}
