//! Word fields, read as what they are. A field is either simple
//! (`w:fldSimple w:instr="PAGE"` around its shown result) or complex
//! (`w:fldChar begin`, the instruction in `w:instrText`, `separate`, the
//! shown result, `end`), and fields nest (`PAGEREF` inside `TOC`).
//!
//! - A `TOC` field's result is a table of contents: each of its paragraphs
//!   is an entry, shown with a dot leader before its page number as Word
//!   draws it, so the parser reads it as contents, never as paragraph heads.
//! - `PAGE`, `NUMPAGES`, `SECTIONPAGES`: a paragraph that shows one is page
//!   furniture (`Sida 3 av 25`), left out of the body and counted.
//! - Any other field shows its result as text.

/// What a field is, from its instruction's first word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FieldKind {
    Toc,
    Page,
    Other,
}

pub(super) fn kind_of(instr: &str) -> FieldKind {
    let word = instr
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_uppercase();
    match word.as_str() {
        "TOC" => FieldKind::Toc,
        "PAGE" | "NUMPAGES" | "SECTIONPAGES" => FieldKind::Page,
        _ => FieldKind::Other,
    }
}

/// One open field: its instruction so far and whether its result is being
/// shown (after `separate`, or inside a simple field).
#[derive(Default)]
pub(super) struct Field {
    pub(super) instr: String,
    pub(super) result: bool,
}

/// The open fields, outermost first. Bounded: a file cannot nest deeper
/// than its XML, and unclosed fields end with the part.
#[derive(Default)]
pub(super) struct Fields {
    open: Vec<Field>,
}

/// Fields nest no deeper than this; deeper ones are read as plain text.
const MAX_DEPTH: usize = 32;

impl Fields {
    /// `w:fldChar` of type `begin`, `separate` or `end`.
    pub(super) fn char(&mut self, kind: Option<&str>) {
        match kind {
            Some("begin") if self.open.len() < MAX_DEPTH => self.open.push(Field::default()),
            Some("separate") => {
                if let Some(f) = self.open.last_mut() {
                    f.result = true;
                }
            }
            Some("end") => {
                self.open.pop();
            }
            _ => {}
        }
    }

    /// `w:fldSimple`: an instruction and its result inside.
    pub(super) fn simple_start(&mut self, instr: Option<String>) {
        if self.open.len() < MAX_DEPTH {
            self.open.push(Field {
                instr: instr.unwrap_or_default(),
                result: true,
            });
        }
    }

    pub(super) fn simple_end(&mut self) {
        self.open.pop();
    }

    /// Text of a `w:instrText`: the innermost field's instruction.
    pub(super) fn instr(&mut self, s: &str) {
        if let Some(f) = self.open.last_mut() {
            if !f.result && f.instr.len() < 1_000 {
                f.instr.push_str(s);
            }
        }
    }

    /// Inside the shown result of a field of this kind.
    pub(super) fn showing(&self, kind: FieldKind) -> bool {
        self.open
            .iter()
            .any(|f| f.result && kind_of(&f.instr) == kind)
    }

    /// Inside a field's instruction (its text is not shown).
    pub(super) fn in_instruction(&self) -> bool {
        self.open.last().is_some_and(|f| !f.result)
    }
}

/// A table of contents entry as shown: `§ 15<tab>Title<tab>2` with the
/// last tab drawn as dot leaders before the page number.
pub(super) fn toc_entry(text: &str) -> String {
    let t = text.trim_end();
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 4 {
        return t.to_string();
    }
    let (before, page) = t.split_at(t.len() - digits);
    let Some(title) = before.strip_suffix('\t') else {
        return t.to_string();
    };
    let title = title.trim_end().trim_end_matches(['.', '…', ' ']);
    format!("{title} ........ {page}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_the_instruction() {
        assert_eq!(kind_of(r#" TOC \o "1-3" \h \z \u "#), FieldKind::Toc);
        assert_eq!(kind_of(" PAGE \\* MERGEFORMAT "), FieldKind::Page);
        assert_eq!(kind_of("NUMPAGES"), FieldKind::Page);
        assert_eq!(kind_of(" PAGEREF _Toc1 \\h "), FieldKind::Other);
        assert_eq!(kind_of(""), FieldKind::Other);
    }

    #[test]
    fn nested_fields_and_their_results() {
        let mut f = Fields::default();
        f.char(Some("begin"));
        f.instr(" TOC \\o ");
        assert!(f.in_instruction());
        assert!(!f.showing(FieldKind::Toc));
        f.char(Some("separate"));
        assert!(f.showing(FieldKind::Toc));
        f.char(Some("begin"));
        f.instr(" PAGEREF _Toc1 ");
        f.char(Some("separate"));
        assert!(f.showing(FieldKind::Toc));
        f.char(Some("end"));
        f.char(Some("end"));
        assert!(!f.showing(FieldKind::Toc));
        f.simple_start(Some("PAGE".into()));
        assert!(f.showing(FieldKind::Page));
        f.simple_end();
        assert!(!f.showing(FieldKind::Page));
        // An `end` without a `begin` is harmless.
        f.char(Some("end"));
    }

    #[test]
    fn toc_entries_get_leaders() {
        assert_eq!(
            toc_entry("§ 15\tFastställande\t2"),
            "§ 15\tFastställande ........ 2"
        );
        assert_eq!(toc_entry("Bakgrund\t12"), "Bakgrund ........ 12");
        assert_eq!(toc_entry("Innehåll"), "Innehåll");
        assert_eq!(toc_entry("Budget 2025"), "Budget 2025");
    }
}
