//! The bundled sample documents: public protocols shipped inside the app so
//! it can be tried offline.

/// A document that ships with the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    /// A stable id (used in URLs and tests).
    pub id: &'static str,
    /// The file name it is shown under.
    pub file_name: &'static str,
    pub label_sv: &'static str,
    pub label_en: &'static str,
}

/// A sample's text. Kept apart from [`SAMPLES`] so only the worker, which
/// parses them, carries the texts; the page's wasm only knows the labels.
pub fn text(id: &str) -> Option<&'static str> {
    match id {
        "000" => Some(include_str!(
            "../../../../shared/seeds/000_fc87e2d14c4d4c18.txt"
        )),
        "003" => Some(include_str!(
            "../../../../shared/seeds/003_9b82ca12656ff44a.txt"
        )),
        "001" => Some(include_str!(
            "../../../../shared/seeds/001_8d3f355d45ad39b5.txt"
        )),
        "002" => Some(include_str!(
            "../../../../shared/seeds/002_45c19e177153fc5b.txt"
        )),
        _ => None,
    }
}

pub const SAMPLES: &[Sample] = &[
    Sample {
        id: "000",
        file_name: "000_fc87e2d14c4d4c18.txt",
        label_sv: "Protokoll, Socialnämnden Solna",
        label_en: "Protocol, Solna social services committee",
    },
    Sample {
        id: "003",
        file_name: "003_9b82ca12656ff44a.txt",
        label_sv: "Protokoll, Socialnämnden Stockholm",
        label_en: "Protocol, Stockholm social services committee",
    },
    Sample {
        id: "001",
        file_name: "001_8d3f355d45ad39b5.txt",
        label_sv: "Handlingar till ett sammanträde",
        label_en: "Meeting papers (bundle)",
    },
    Sample {
        id: "002",
        file_name: "002_45c19e177153fc5b.txt",
        label_sv: "Tjänsteskrivelse",
        label_en: "Officer's memo",
    },
];

pub fn by_id(id: &str) -> Option<&'static Sample> {
    SAMPLES.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_is_a_document_with_content() {
        for s in SAMPLES {
            assert!(text(s.id).unwrap().len() > 1000, "{} is too short", s.id);
            assert_eq!(by_id(s.id), Some(s));
        }
        assert_eq!(text("nope"), None);
        let protocol = justera::parse(text("003").unwrap());
        assert_eq!(protocol.kind, justera::DocumentKind::Protocol);
    }
}
