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
    pub text: &'static str,
}

pub const SAMPLES: &[Sample] = &[
    Sample {
        id: "000",
        file_name: "000_fc87e2d14c4d4c18.txt",
        label_sv: "Protokoll, Socialnämnden Solna",
        label_en: "Protocol, Solna social services committee",
        text: include_str!("../../../../shared/seeds/000_fc87e2d14c4d4c18.txt"),
    },
    Sample {
        id: "003",
        file_name: "003_9b82ca12656ff44a.txt",
        label_sv: "Protokoll, Socialnämnden Stockholm",
        label_en: "Protocol, Stockholm social services committee",
        text: include_str!("../../../../shared/seeds/003_9b82ca12656ff44a.txt"),
    },
    Sample {
        id: "001",
        file_name: "001_8d3f355d45ad39b5.txt",
        label_sv: "Handlingar till ett sammanträde",
        label_en: "Meeting papers (bundle)",
        text: include_str!("../../../../shared/seeds/001_8d3f355d45ad39b5.txt"),
    },
    Sample {
        id: "002",
        file_name: "002_45c19e177153fc5b.txt",
        label_sv: "Tjänsteskrivelse",
        label_en: "Officer's memo",
        text: include_str!("../../../../shared/seeds/002_45c19e177153fc5b.txt"),
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
            assert!(s.text.len() > 1000, "{} is too short", s.id);
            assert_eq!(by_id(s.id), Some(s));
        }
        let protocol = justera::parse(by_id("003").unwrap().text);
        assert_eq!(protocol.kind, justera::DocumentKind::Protocol);
    }
}
