//! The walk over `document.xml`: paragraphs, runs, tables, revisions and
//! note references into blocks of text with markers.

use quick_xml::events::{BytesStart, Event};

use super::super::InputError;
use super::blocks::{Block, Ev, Kind, Table};
use super::common::{corrupt, note_label, MARK_CLOSE, MARK_OPEN};
use super::fields::{toc_entry, FieldKind, Fields};
use super::notes::entity;
use super::numbering::Numbering;
use super::package::{attr, on_off, reader};
use super::render::{render_runs, render_table, visible};
use super::styles::Styles;

#[derive(Default)]
pub(super) struct Para {
    pub(super) style: Option<String>,
    pub(super) num_id: Option<String>,
    pub(super) ilvl: Option<usize>,
    pub(super) outline: Option<u8>,
    /// Text pieces and whether each is bold; markers ride along.
    pub(super) segs: Vec<(String, u8)>,
    pub(super) in_cell: bool,
    /// Shows a table of contents field's result (or has a `toc N` style).
    pub(super) toc: bool,
    /// Shows a page number field: page furniture.
    pub(super) page_field: bool,
    /// Has text in a hyperlink to a place in the document (a bookmark).
    pub(super) linked: bool,
    /// Its text outside such links (a page number after the link, at
    /// most a few characters kept).
    pub(super) unlinked: String,
}

pub(super) struct Body<'s> {
    pub(super) styles: &'s Styles,
    pub(super) numbering: Numbering,
    pub(super) blocks: Vec<Block>,
    pub(super) paras: Vec<Para>,
    /// Paragraphs found inside another (text boxes), emitted after it.
    pub(super) deferred: Vec<Block>,
    pub(super) tables: Vec<Table>,
    pub(super) events: Vec<Ev>,
    /// Markers seen outside any paragraph, put before the next block.
    pub(super) loose: String,
    pub(super) footnote_refs: Vec<(String, bool)>,
    pub(super) path: Vec<String>,
    /// Depth of a subtree being skipped (old formatting, fallbacks).
    pub(super) skip: Option<usize>,
    pub(super) run_bold: Option<bool>,
    pub(super) run_italic: Option<bool>,
    /// `w:vanish`: hidden text (template instructions), not shown.
    pub(super) run_hidden: bool,
    pub(super) run_style: Option<String>,
    pub(super) del: Option<usize>,
    pub(super) fields: Fields,
    /// Paragraphs of page furniture left out of the body.
    pub(super) furniture_lines: usize,
    /// Open hyperlinks, each whether it leads to a place in the document.
    pub(super) links: Vec<bool>,
}

impl<'s> Body<'s> {
    pub(super) fn new(styles: &'s Styles, numbering: Numbering) -> Self {
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
            fields: Fields::default(),
            furniture_lines: 0,
            links: Vec::new(),
        }
    }

    pub(super) fn walk(&mut self, xml: &str) -> Result<(), InputError> {
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

    pub(super) fn parent(&self) -> &str {
        self.path.last().map(String::as_str).unwrap_or("")
    }

    pub(super) fn grandparent(&self) -> &str {
        self.path
            .iter()
            .rev()
            .nth(1)
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Inside a paragraph's or run's properties, where `w:ins`/`w:del`
    /// mark a revised paragraph mark, not revised text.
    pub(super) fn in_properties(&self) -> bool {
        self.path.iter().any(|p| p == "rPr" || p == "pPr")
    }

    pub(super) fn start(&mut self, name: &str, e: &BytesStart) {
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
            "fldChar" => self.fields.char(attr(e, "fldCharType").as_deref()),
            "fldSimple" => self.fields.simple_start(attr(e, "instr")),
            "tbl" => self.tables.push(Table::default()),
            "hyperlink" => self.links.push(attr(e, "anchor").is_some()),
            "tc" => {
                if let Some(t) = self.tables.last_mut() {
                    t.cell = Some(Vec::new());
                }
            }
            _ => {}
        }
    }

    pub(super) fn end(&mut self, name: &str) {
        match name {
            "p" => self.end_paragraph(),
            "fldSimple" => self.fields.simple_end(),
            "hyperlink" => {
                self.links.pop();
            }
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

    pub(super) fn text(&mut self, s: &str) {
        match self.parent() {
            "t" if self.grandparent() == "r" => self.push_text(s),
            "instrText" => self.fields.instr(s),
            "delText" => {
                if let Some(Ev::Del { text, .. }) = self.del.and_then(|i| self.events.get_mut(i)) {
                    text.push_str(s);
                }
            }
            _ => {}
        }
    }

    pub(super) fn push_text(&mut self, s: &str) {
        if self.del.is_some() || self.run_hidden || self.fields.in_instruction() {
            return;
        }
        let (toc, page) = (
            self.fields.showing(FieldKind::Toc),
            self.fields.showing(FieldKind::Page),
        );
        let styles = self.styles;
        let internal_link = self.links.iter().any(|&l| l);
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
            p.toc |= toc;
            p.page_field |= page;
            if !s.trim().is_empty() {
                if internal_link {
                    p.linked = true;
                } else if p.unlinked.len() < 16 {
                    p.unlinked.push_str(s.trim());
                }
            }
        }
    }

    pub(super) fn mark(&mut self, ev: Ev) {
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

    pub(super) fn end_paragraph(&mut self) {
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

    pub(super) fn push_block(&mut self, kind: Kind, text: String) {
        let text = std::mem::take(&mut self.loose) + &text;
        self.blocks.push(Block { kind, text });
    }

    pub(super) fn render(&mut self, p: Para) -> (Kind, String) {
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
        if p.page_field {
            // `Sida 3 av 25` in the body or a text box: page furniture.
            self.furniture_lines += 1;
            return (Kind::Empty, markers(&body));
        }
        if p.toc || self.styles.is_toc(p.style.as_deref()) || linked_toc_entry(&p, &body) {
            return (Kind::Para, toc_entry(&body));
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

/// A table of contents typed without a field, as Google Docs exports one:
/// the entry a link to its heading's bookmark, a page number after a tab,
/// nothing else in the paragraph.
fn linked_toc_entry(p: &Para, body: &str) -> bool {
    let t = body.trim_end();
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let page_at_tab = (1..=4).contains(&digits) && t[..t.len() - digits].ends_with('\t');
    let rest_is_page = p.unlinked.chars().all(|c| c.is_ascii_digit());
    p.linked && page_at_tab && rest_is_page
}

/// Only the markers of a text (its revision and comment anchors).
fn markers(s: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in s.chars() {
        if c == MARK_OPEN {
            inside = true;
        }
        if inside {
            out.push(c);
        }
        if c == MARK_CLOSE {
            inside = false;
        }
    }
    out
}
