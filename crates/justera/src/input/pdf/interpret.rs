//! The content stream interpreter: every shown string placed on the page
//! with its font size and emphasis.

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object};

use super::super::InputError;
use super::fonts::{Font, FontCache};
use super::objects::{num, stream_bytes};
use crate::limits::{self, Limit, MAX_FORM_DEPTH, MAX_GRAPHICS_STACK};

// ------------------------------------------------------------- geometry

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Matrix(pub(super) [f32; 6]);

impl Matrix {
    pub(super) const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    pub(super) fn from_ops(ops: &[Object]) -> Option<Matrix> {
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
    pub(super) fn then(self, other: Matrix) -> Matrix {
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

    pub(super) fn translate(tx: f32, ty: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, tx, ty])
    }
}

// ------------------------------------------------------ the interpreter

/// One shown string, placed.
#[derive(Clone, Debug)]
pub(super) struct Piece {
    pub(super) x: f32,
    pub(super) end: f32,
    pub(super) y: f32,
    pub(super) size: f32,
    pub(super) bold: bool,
    pub(super) italic: bool,
    pub(super) text: String,
}

#[derive(Default)]
pub(super) struct Page {
    pub(super) height: f32,
    pub(super) pieces: Vec<Piece>,
}

#[derive(Clone)]
pub(super) struct TextState {
    pub(super) font: Option<std::rc::Rc<Font>>,
    pub(super) size: f32,
    pub(super) char_spacing: f32,
    pub(super) word_spacing: f32,
    pub(super) scale: f32,
    pub(super) leading: f32,
    pub(super) rise: f32,
}

#[allow(clippy::too_many_arguments)]
pub(super) fn interpret(
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
    // Limit checks before the stream is decoded: operations in all (an
    // upper bound, so decoding can't allocate past it) and nesting.
    *ops += limits::content_operations(content);
    if *ops > limits::MAX_CONTENT_OPERATIONS {
        return Err(InputError::over(Limit::ContentOperations, *ops));
    }
    let nesting = limits::nesting_depth(content, limits::MAX_NESTING);
    if nesting > limits::MAX_NESTING {
        return Err(InputError::over(Limit::Nesting, nesting));
    }
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
        let o = &op.operands;
        let n = |i: usize| o.get(i).and_then(num).unwrap_or(0.0);
        match op.operator.as_str() {
            "q" if stack.len() < MAX_GRAPHICS_STACK => stack.push((ctm, ts.clone())),
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

pub(super) fn resource_dict(doc: &Document, resources: &Dictionary, key: &[u8]) -> Dictionary {
    match resources
        .get(key)
        .ok()
        .and_then(|o| doc.dereference(o).ok())
    {
        Some((_, Object::Dictionary(d))) => d.clone(),
        _ => Dictionary::new(),
    }
}

pub(super) fn font(
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
pub(super) fn show(
    items: &[&Object],
    ts: &TextState,
    tm: &mut Matrix,
    ctm: Matrix,
    page: &mut Page,
) {
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
                // Character spacing as wide as a word's gap (Ghostscript sets
                // `a n` as `(an)` with `2.5 Tc`): a space between the
                // string's characters.
                let spaced = ts.char_spacing >= 0.2 * ts.size.abs() && ts.size != 0.0;
                for (k, (code, t)) in font.decode(bytes).into_iter().enumerate() {
                    let here = trm(tm).0;
                    if start.is_none() {
                        start = Some((here[4], here[5]));
                    }
                    if spaced && k > 0 && !text.ends_with(' ') && !t.starts_with(' ') {
                        text.push(' ');
                    }
                    let w = font.width(code) / 1000.0;
                    let space = if !font.two_byte && code == 32 {
                        ts.word_spacing
                    } else {
                        0.0
                    };
                    let tx = (w * ts.size + ts.char_spacing + space) * ts.scale;
                    *tm = Matrix::translate(tx, 0.0).then(*tm);
                    // A space that word spacing takes back (Ghostscript sets
                    // a kerned `T` `O` as `(OT O)` with `-1.88 Tw`) leaves
                    // no gap: no space.
                    let hidden =
                        !font.two_byte && code == 32 && tx.abs() < 0.1 * ts.size.abs() * ts.scale;
                    if !hidden {
                        text.push_str(&t);
                    }
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
