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

/// The visible text of each paragraph of a header or footer part, tabs
/// kept (field instructions are not text); a table's row is one line, its
/// cells apart by tabs (a header table: `Socialnämnden` beside
/// `Sammanträdesdatum 2024-03-18`).
pub(super) fn texts(xml: &str) -> Result<Vec<String>, InputError> {
    let mut reader = reader(xml);
    let (mut in_t, mut in_r) = (false, false);
    // Inside a table's cell: its paragraphs go on the row's line.
    let mut cells = 0usize;
    let mut out = Vec::new();
    let mut line = String::new();
    loop {
        match reader.read_event().map_err(corrupt)? {
            Event::Start(e) => match e.local_name().as_ref() {
                "p" if cells == 0 => line.clear(),
                "p" if !line.is_empty() && !line.ends_with('\t') => line.push(' '),
                "tc" => cells += 1,
                "r" => in_r = true,
                "t" => in_t = true,
                // A tab in a run (not a tab stop in the paragraph's properties).
                "tab" if in_r => line.push('\t'),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "p" if cells == 0 && !line.trim().is_empty() => out.push(std::mem::take(&mut line)),
                "tc" => {
                    cells = cells.saturating_sub(1);
                    line.push('\t');
                }
                "tr" if cells == 0 => {
                    let row = std::mem::take(&mut line);
                    if !row.trim().is_empty() {
                        out.push(row.trim_end_matches('\t').to_string());
                    }
                }
                "r" => in_r = false,
                "t" => in_t = false,
                _ => {}
            },
            Event::Text(t) if in_t => line.push_str(&t.xml10_content()),
            Event::Eof => return Ok(out),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn visible_lines_are_counted_field_codes_are_not() {
        let xml = r#"<w:hdr xmlns:w="w"><w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr><w:r><w:t>Socialnämnden</w:t><w:tab/><w:t>2024-03-18</w:t></w:r></w:p><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p><w:p/></w:hdr>"#;
        assert_eq!(super::lines(xml).unwrap(), 2);
        assert_eq!(
            super::texts(xml).unwrap(),
            ["Socialnämnden\t2024-03-18", "1"]
        );
        // A header table: each row one line, its cells apart by tabs.
        let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let xml = format!(
            r#"<w:hdr xmlns:w="w"><w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl></w:hdr>"#,
            cell("Bergvik kommun"),
            cell("PROTOKOLL"),
            cell("Barn- och utbildningsnämnden"),
            cell("Sammanträdesdatum 2025-05-20")
        );
        assert_eq!(
            super::texts(&xml).unwrap(),
            [
                "Bergvik kommun\tPROTOKOLL",
                "Barn- och utbildningsnämnden\tSammanträdesdatum 2025-05-20"
            ]
        );
    }
}
