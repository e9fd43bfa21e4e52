//! Where a spot of the decoded text is in the file the user opened: the
//! PDF page (`sida 4`) and the headings above it (`§ 20 Anvisningar ›
//! Yrkanden`, as a Word file's navigation pane shows them), so a secretary
//! finds it in the original, where line and column of the decoded text
//! mean nothing.

use serde::Serialize;

use crate::input::Format;
use crate::model::Document;

/// A spot in the original file.
#[derive(Serialize, Clone, Debug, Default, PartialEq)]
pub struct Place {
    /// The PDF page, 1-based.
    pub page: Option<u32>,
    /// The headings the spot is under, outermost first: the paragraph
    /// (`§ 20 Title`), then its part (`Yrkanden`).
    pub headings: Vec<String>,
}

impl Place {
    /// `sida 4 › § 20 Anvisningar › Yrkanden` (Swedish) or `page 4 › ...`;
    /// `None` when there is nothing to say.
    pub fn describe(&self, swedish: bool) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(p) = self.page {
            parts.push(format!("{} {p}", if swedish { "sida" } else { "page" }));
        }
        parts.extend(self.headings.iter().cloned());
        (!parts.is_empty()).then(|| parts.join(" › "))
    }
}

/// Places in one document: built once, asked per diagnostic.
pub struct Places<'a> {
    doc: &'a Document,
    pages: &'a [usize],
}

impl<'a> Places<'a> {
    /// Pages come from the PDF reader's page map (`Document::source`);
    /// headings from the model.
    pub fn new(doc: &'a Document) -> Places<'a> {
        let pages = doc
            .source
            .as_ref()
            .filter(|s| s.format == Format::Pdf)
            .map_or(&[][..], |s| s.pages.as_slice());
        Places { doc, pages }
    }

    /// The place of byte `offset` of the text.
    pub fn at(&self, offset: usize) -> Place {
        let page = (!self.pages.is_empty())
            .then(|| self.pages.partition_point(|&start| start <= offset).max(1) as u32);
        let mut headings = Vec::new();
        let ps = &self.doc.paragraphs;
        let i = ps.partition_point(|p| p.span.start <= offset);
        if let Some(p) = i
            .checked_sub(1)
            .map(|i| &ps[i])
            .filter(|p| offset < p.span.end)
        {
            let head = [p.number_text.as_str(), p.title.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            if !head.is_empty() {
                headings.push(head);
            }
            if let Some((h, _)) = p.parts.iter().find_map(|part| {
                let h = part.heading.as_ref()?;
                (h.span.start <= offset && offset < part.span.end.max(h.span.end))
                    .then_some((h.text.clone(), ()))
            }) {
                headings.push(h);
            }
        }
        Place { page, headings }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::decode;

    #[cfg(feature = "pdf")]
    #[test]
    fn a_spot_in_a_pdf_is_named_by_its_page_and_headings() {
        use crate::input::pdf_tests::{pdf, protocol_pages};
        let bytes = pdf(&protocol_pages(), false);
        let d = decode(&bytes).unwrap();
        let doc = crate::parse_decoded(&d).unwrap();
        let places = Places::new(&doc);
        let at = d.text.find("Nämnden godkänner budgeten").unwrap();
        let place = places.at(at);
        assert_eq!(place.page, Some(2));
        assert_eq!(place.headings[0], "§ 2 Budget 2025");
        assert_eq!(
            place.describe(true).unwrap(),
            format!("sida 2 › § 2 Budget 2025 › {}", place.headings[1])
        );
    }

    #[test]
    fn a_spot_in_text_has_headings_but_no_page() {
        let src = "## § 20\n\n### Anvisningar\n\n#### Yrkanden\n\nAnna Al (S) yrkar bifall.\n";
        let doc = crate::parse(src);
        let place = Places::new(&doc).at(src.find("Anna").unwrap());
        assert_eq!(place.page, None);
        assert_eq!(place.headings, ["§ 20 Anvisningar", "Yrkanden"]);
        assert_eq!(
            place.describe(false).unwrap(),
            "§ 20 Anvisningar › Yrkanden"
        );
    }
}
