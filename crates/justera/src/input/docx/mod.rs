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
//! - fields read as what they are (`fields`): a table of contents field's
//!   entries get dot leaders before their page numbers, a paragraph showing
//!   a page number is page furniture, left out and counted;
//! - text boxes follow the paragraph they are anchored in, never glued to
//!   its text;
//! - footnotes become `[^N]` references and `[^N]: text` at the end;
//! - tracked changes (`w:ins`, `w:del`, moves, formatting changes) and
//!   comments become [`Note`]s with spans in the rendered text. The text
//!   shows insertions and leaves deletions out, as if all were accepted.
//!
//! Reading is bounded: the number of zip entries and the bytes decompressed
//! are capped ([`Limits`]), so a zip bomb gets a message, never an
//! out-of-memory. The XML is walked with explicit stacks, no recursion.

mod blocks;
mod body;
mod common;
mod fields;
mod furniture;
mod notes;
mod numbering;
mod package;
mod render;
mod styles;
#[cfg(test)]
mod tests;

use super::header::{gives_the_meeting, header_line};
use super::{Decoded, Format, InputError, Limits, Note};
use body::Body;
use common::note_label;
use notes::{notes_part, revision_notes, strip_markers};
use numbering::Numbering;
use package::{relationships, rels_path, resolve, Package};
use render::join_blocks;
use styles::Styles;

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
        furniture_lines: body_furniture,
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
    // Headers and footers stay out of the text; their lines are counted.
    let mut furniture_lines = body_furniture;
    let mut headers: Vec<Vec<String>> = Vec::new();
    for (kind, target) in &rels {
        if kind == "header" || kind == "footer" {
            if let Some(xml) = pkg.read(&resolve(&main, target))? {
                furniture_lines += furniture::lines(&xml)?;
                if kind == "header" {
                    headers.push(furniture::texts(&xml)?);
                }
            }
        }
    }
    if let Some(kept) = meeting_header(&headers, &out) {
        furniture_lines -= kept.matches("\n\n").count() + 1;
        out.insert_str(0, &format!("{kept}\n\n"));
    }
    let (text, positions) = strip_markers(&out);
    let mut decoded = Decoded::new(text, Format::Docx);
    decoded.notes = revision_notes(&decoded.text, &events, &positions, &comments);
    if furniture_lines > 0 {
        decoded.notes.push(Note::PageFurniture {
            lines: furniture_lines,
        });
    }
    Ok(decoded)
}

/// The running header kept as the meeting's lines at the top of the text,
/// as the PDF reader keeps a first page's (see `input/header.rs`): the
/// document's one header, of a line or a small table's rows, that gives a
/// name and a date its first page does not show. Word has no pages: the
/// first page is the text's first forty lines.
fn meeting_header(headers: &[Vec<String>], text: &str) -> Option<String> {
    let [lines] = headers else { return None };
    if lines.is_empty() || lines.len() > super::header::MAX_LINES {
        return None;
    }
    let first_page: String = text.lines().take(40).collect::<Vec<_>>().join("\n");
    let kept: Vec<String> = lines
        .iter()
        .map(|l| header_line(l))
        .filter(|l| !l.is_empty())
        .collect();
    gives_the_meeting(&lines.join("\n"), &first_page).then(|| kept.join("\n\n"))
}
