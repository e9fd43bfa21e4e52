//! A small outline made in the page, no file read: what the page draws
//! out of sight at load (`rehearsal.rs`), so the drawing code of a
//! document's first screen is compiled before the first file's reply.
//! Every name and number in it is invented.

use justera::model::{Document, DocumentKind, Meeting, Paragraph, Span, Text};

use crate::work::Done;

/// Two paragraphs with titles and case numbers, a body and a protocol
/// number: the overview's head, summary lines and list all drawn.
pub fn outline() -> Done {
    let text = |s: &str| Text::new(s, Span::default());
    let paragraph = |number: u32, title: &str| Paragraph {
        number,
        number_text: format!("§ {number}"),
        title: title.to_string(),
        case_numbers: vec![text(&format!("KS 2025/{number}"))],
        ..Paragraph::default()
    };
    let doc = Document {
        kind: DocumentKind::Protocol,
        kind_reason: String::new(),
        len: 0,
        title: None,
        meeting: Meeting {
            body: Some(text("Kommunstyrelsen")),
            number: Some(text("1/2025")),
            ..Meeting::default()
        },
        attendance: Default::default(),
        justering: Default::default(),
        secretary: None,
        signatures: Vec::new(),
        notice: Default::default(),
        declared_range: None,
        toc: Vec::new(),
        paragraphs: vec![
            paragraph(1, "Val av justerare"),
            paragraph(2, "Godkännande av dagordning"),
        ],
        memo: None,
        documents: Vec::new(),
        tables: Vec::new(),
        blocks: Vec::new(),
        source: None,
    };
    Done {
        id: 0,
        text: String::new(),
        read_as: None,
        doc,
        items: Vec::new(),
        notes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_outline_is_summarised_and_encoded_as_a_parsed_file_is() {
        let done = outline();
        assert_eq!(crate::glance::lines(&done.doc, Lang::Sv).len(), 2);
        let reply = crate::work::Reply::Done(Box::new(done));
        let bytes = crate::wire::encode(&reply);
        assert_eq!(
            crate::wire::decode::<crate::work::Reply>(&bytes).unwrap(),
            reply
        );
    }
}
