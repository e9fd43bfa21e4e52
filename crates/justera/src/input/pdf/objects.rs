//! The file's objects: bounded stream inflation, page boxes, resources
//! and content, accessibility flags.

use std::io::Read;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::super::InputError;
use crate::limits::Limit;

/// Whether the object streams (`/Type /ObjStm`, which the PDF reader
/// inflates as it loads the file) would inflate to more than `budget`
/// bytes. Counted in a fixed buffer before anything is kept.
pub(super) fn object_streams_inflate_past(bytes: &[u8], budget: u64) -> bool {
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

pub(super) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Tagged (a structure tree, or `/MarkInfo /Marked true`) and `/Lang`.
pub(super) fn accessibility(doc: &Document) -> (bool, Option<String>) {
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
pub(super) fn pdf_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return encoding_rs::UTF_16BE
            .decode_without_bom_handling(rest)
            .0
            .into_owned();
    }
    bytes.iter().map(|&b| b as char).collect()
}

pub(super) fn page_height(doc: &Document, page_id: ObjectId) -> f32 {
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
pub(super) fn page_resources(doc: &Document, page_id: ObjectId) -> Dictionary {
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
pub(super) fn page_content(
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
pub(super) fn stream_bytes(s: &lopdf::Stream, budget: &mut u64) -> Result<Vec<u8>, InputError> {
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
        return Err(InputError::over(Limit::DecompressedBytes, data.len()));
    }
    *budget -= data.len() as u64;
    Ok(data)
}

pub(super) fn num(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}
