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

mod columns;
mod fonts;
mod furniture;
mod interpret;
mod layout;
mod objects;
mod tables;
#[cfg(test)]
pub(crate) mod tests;

use lopdf::Document;

use super::header::{gives_the_meeting, header_line};
use super::{Decoded, Format, InputError, Limits, Note};
use crate::limits::{self, Limit};
use fonts::FontCache;
use furniture::remove_furniture;
use interpret::{interpret, Matrix, Page};
use layout::{body_font_size, lines_of, render_pages, Line};
use objects::{
    accessibility, object_streams_inflate_past, page_content, page_height, page_resources,
};

/// The first page's running header kept at the top of the text when it
/// is a line or a header table's few rows and gives the meeting a name
/// and a date its first page does not show (see `input/header.rs`; a
/// meeting system's header over a title page showing them goes); how
/// many lines were kept.
fn keep_meeting_header(pages: &mut [Vec<Line>], header: Vec<Line>) -> usize {
    let Some(first) = pages.first_mut() else {
        return 0;
    };
    let header: Vec<Line> = header
        .into_iter()
        .filter(|l| furniture::page_number(&l.text).is_none())
        .collect();
    if header.is_empty() || header.len() > super::header::MAX_LINES {
        return 0;
    }
    let text: Vec<&str> = header.iter().map(|l| l.text.as_str()).collect();
    let page: Vec<&str> = first.iter().map(|l| l.text.as_str()).collect();
    if !gives_the_meeting(&text.join("\n"), &page.join("\n")) {
        return 0;
    }
    let kept = header.len();
    let lines = header.into_iter().map(|l| Line {
        text: header_line(&l.text),
        bold: false,
        italic: false,
        gap: 0.0,
        pieces: Vec::new(),
        row: None,
        column_right: 0.0,
        ..l
    });
    first.splice(0..0, lines);
    kept
}

pub(super) fn decode(bytes: &[u8], limits: &Limits) -> Result<Decoded, InputError> {
    // Limit checks, each one pass over the bytes before anything is built.
    if object_streams_inflate_past(bytes, limits.max_unzipped) {
        return Err(InputError::over(
            Limit::DecompressedBytes,
            limits.max_unzipped + 1,
        ));
    }
    let objects = limits::pdf_objects(bytes);
    if objects > limits::MAX_PDF_OBJECTS {
        return Err(InputError::over(Limit::PdfObjects, objects));
    }
    let depth = limits::nesting_depth(bytes, limits::MAX_NESTING);
    if depth > limits::MAX_NESTING {
        return Err(InputError::over(Limit::Nesting, depth));
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
    let page_ids = doc.get_pages();
    if page_ids.len() > limits::MAX_PAGES {
        return Err(InputError::over(Limit::Pages, page_ids.len()));
    }
    // Operations drawn in all pages, against MAX_CONTENT_OPERATIONS.
    let mut ops = 0;
    for (_, page_id) in page_ids {
        let mut page = Page {
            height: page_height(&doc, page_id),
            ..Page::default()
        };
        let mut fonts = FontCache::default();
        let content = page_content(&doc, page_id, &mut budget)?;
        let resources = page_resources(&doc, page_id);
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
    let (mut lines, mut removed, header) = remove_furniture(lines, &pages);
    removed -= keep_meeting_header(&mut lines, header);
    let lines = columns::columns(lines, body_size);
    let lines = tables::tables(lines, body_size);

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
