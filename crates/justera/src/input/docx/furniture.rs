//! Headers and footers: separate parts of the package, never in the body.
//! Their lines are counted so the reader can say page furniture was left
//! out, as the PDF reader does for running headers and footers.

use quick_xml::events::Event;

use super::super::InputError;
use super::common::corrupt;
use super::package::reader;

/// Paragraphs with visible text in a header or footer part (field codes
/// such as `PAGE` are instructions, not text; their shown result counts).
pub(super) fn lines(xml: &str) -> Result<usize, InputError> {
    let mut reader = reader(xml);
    let mut in_t = false;
    let mut has_text = false;
    let mut n = 0;
    loop {
        match reader.read_event().map_err(corrupt)? {
            Event::Start(e) => match e.local_name().as_ref() {
                "p" => has_text = false,
                "t" => in_t = true,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "p" => n += has_text as usize,
                "t" => in_t = false,
                _ => {}
            },
            Event::Text(t) if in_t => has_text |= !t.xml10_content().trim().is_empty(),
            Event::Eof => return Ok(n),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn visible_lines_are_counted_field_codes_are_not() {
        let xml = r#"<w:hdr xmlns:w="w"><w:p><w:r><w:t>Socialnämnden</w:t></w:r></w:p><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p><w:p/></w:hdr>"#;
        assert_eq!(super::lines(xml).unwrap(), 2);
    }
}
