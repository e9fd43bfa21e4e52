//! Fonts: codes to characters (`ToUnicode` maps, simple encodings and
//! glyph names) and glyph widths.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object};

use super::objects::{num, stream_bytes};

pub(super) struct Font {
    /// Bytes per character code (2 for Identity-H and most Type0 fonts).
    pub(super) two_byte: bool,
    pub(super) to_unicode: HashMap<u32, String>,
    /// Simple fonts without a ToUnicode map: code -> char.
    pub(super) simple: Option<[char; 256]>,
    pub(super) widths: HashMap<u32, f32>,
    pub(super) default_width: f32,
    pub(super) bold: bool,
    pub(super) italic: bool,
}

impl Font {
    pub(super) fn load(doc: &Document, dict: &Dictionary, budget: &mut u64) -> Font {
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
                        font.widths.insert(first.saturating_add(i as u32), v);
                    }
                }
            }
            font.simple = Some(simple_encoding(dict.get(b"Encoding").ok().and_then(deref)));
        }
        font
    }

    /// Split a shown string into (code, text) pairs.
    pub(super) fn decode(&self, bytes: &[u8]) -> Vec<(u32, String)> {
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
                (code, ligatures(symbol_bullets(text)))
            })
            .collect()
    }

    pub(super) fn width(&self, code: u32) -> f32 {
        self.widths
            .get(&code)
            .copied()
            .unwrap_or(self.default_width)
    }
}

/// Word's list bullets drawn in a symbol font map to the font's private
/// use area (Symbol's bullet U+F0B7, Wingdings' square U+F0A7, the arrow
/// U+F0D8 and check U+F0FC): read as a bullet, as the list marker the
/// scanner knows.
pub(super) fn symbol_bullets(text: String) -> String {
    if !text
        .chars()
        .any(|c| matches!(c, '\u{F0A7}' | '\u{F0B7}' | '\u{F0D8}' | '\u{F0FC}'))
    {
        return text;
    }
    text.chars()
        .map(|c| match c {
            '\u{F0A7}' | '\u{F0B7}' | '\u{F0D8}' | '\u{F0FC}' => '•',
            c => c,
        })
        .collect()
}

/// A font's ligature glyphs (`ﬁ`, `ﬂ`, `ﬀ`, `ﬃ`, `ﬄ`, `ﬅ`, `ﬆ`), which
/// a typesetter or a browser draws for `fi`, `fl` and the like and maps
/// to one character: read as their letters, so `ﬂyktingbarn` is a word
/// like any other.
pub(super) fn ligatures(text: String) -> String {
    if !text.chars().any(|c| ('\u{FB00}'..='\u{FB06}').contains(&c)) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        out.push_str(match c {
            '\u{FB00}' => "ff",
            '\u{FB01}' => "fi",
            '\u{FB02}' => "fl",
            '\u{FB03}' => "ffi",
            '\u{FB04}' => "ffl",
            '\u{FB05}' | '\u{FB06}' => "st",
            _ => {
                out.push(c);
                continue;
            }
        });
    }
    out
}

pub(super) fn cid_widths(
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
                        out.insert((start as u32).saturating_add(k as u32), v);
                    }
                }
                i += 2;
            }
            Some(o) => {
                let (Some(end), Some(v)) = (num(&o), w.get(i + 2).and_then(num)) else {
                    break;
                };
                let (start, end) = (
                    start as u32,
                    (end as u32).min((start as u32).saturating_add(65_536)),
                );
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
pub(super) fn simple_encoding(enc: Option<Object>) -> [char; 256] {
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

/// A glyph name's character: `uniXXXX`, one-letter names, the Nordic and
/// punctuation names Word and LibreOffice use, a typesetter's ligatures
/// and the other Adobe names of Latin letters and marks.
pub(super) fn glyph_char(name: &[u8]) -> Option<char> {
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
        // Ligatures a typesetter draws (groff, TeX, InDesign): read as
        // their letters by `ligatures`.
        ("ff", '\u{FB00}'),
        ("fi", '\u{FB01}'),
        ("fl", '\u{FB02}'),
        ("ffi", '\u{FB03}'),
        ("ffl", '\u{FB04}'),
        // The rest of the Adobe names for Latin text.
        ("exclam", '!'),
        ("quotedbl", '"'),
        ("numbersign", '#'),
        ("dollar", '$'),
        ("percent", '%'),
        ("ampersand", '&'),
        ("quotesingle", '\''),
        ("asterisk", '*'),
        ("plus", '+'),
        ("less", '<'),
        ("equal", '='),
        ("greater", '>'),
        ("question", '?'),
        ("at", '@'),
        ("bracketleft", '['),
        ("backslash", '\\'),
        ("bracketright", ']'),
        ("underscore", '_'),
        ("braceleft", '{'),
        ("bar", '|'),
        ("braceright", '}'),
        ("quoteleft", '‘'),
        ("quotesinglbase", '‚'),
        ("quotedblbase", '„'),
        ("ellipsis", '…'),
        ("guillemotleft", '«'),
        ("guillemotright", '»'),
        ("degree", '°'),
        ("minus", '−'),
        ("multiply", '×'),
        ("periodcentered", '·'),
        ("Euro", '€'),
        ("nbspace", '\u{A0}'),
        ("agrave", 'à'),
        ("aacute", 'á'),
        ("acircumflex", 'â'),
        ("atilde", 'ã'),
        ("ae", 'æ'),
        ("ccedilla", 'ç'),
        ("egrave", 'è'),
        ("ecircumflex", 'ê'),
        ("edieresis", 'ë'),
        ("iacute", 'í'),
        ("idieresis", 'ï'),
        ("ntilde", 'ñ'),
        ("oacute", 'ó'),
        ("ocircumflex", 'ô'),
        ("otilde", 'õ'),
        ("oslash", 'ø'),
        ("uacute", 'ú'),
        ("germandbls", 'ß'),
        ("scaron", 'š'),
        ("zcaron", 'ž'),
        ("Aacute", 'Á'),
        ("AE", 'Æ'),
        ("Ccedilla", 'Ç'),
        ("Oacute", 'Ó'),
        ("Oslash", 'Ø'),
        ("Udieresis", 'Ü'),
        ("Scaron", 'Š'),
        ("Zcaron", 'Ž'),
    ];
    NAMES.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

/// A ToUnicode CMap: `bfchar` and `bfrange` entries, code -> text.
pub(super) fn parse_cmap(bytes: &[u8]) -> HashMap<u32, String> {
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
pub(super) fn tokenize_cmap(text: &str) -> Vec<&str> {
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
pub(super) struct FontCache {
    pub(super) fonts: HashMap<Vec<u8>, std::rc::Rc<Font>>,
}
