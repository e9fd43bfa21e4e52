//! What the JavaScript API answers (`www/justera-api.js`): a municipality's
//! own page calls `await justera.check(text)`, the text worker reads and
//! checks the text, and the answer is a plain JavaScript object (made with
//! `serde_wasm_bindgen` in `worker.rs`; JSON-compatible: maps as objects,
//! nothing as `null`). Plain Rust, tested natively.
//!
//! Spans in the answer are byte ranges into the UTF-8 text, as in the
//! model's JSON; each finding also has its line and column.

use justera::{Document, MeetingSummary};
use serde::Serialize;

use crate::i18n::Lang;
use crate::load::LoadError;
use crate::work::{check, process, Finding, Input, Reply, RuleDoc};

/// The answer to `check(text)`.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Checked {
    /// The protocol as the parser read it (the model of
    /// `schema/document.schema.json`).
    pub model: Document,
    /// What the checks found, in text order.
    pub findings: Vec<Finding>,
    /// The documentation of the rules behind the findings, one per code.
    pub rules: Vec<RuleDoc>,
    /// The meeting per party: proposed, won, lost, reserved.
    pub outcomes: MeetingSummary,
}

/// Why the text could not be checked, in both languages.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    pub sv: String,
    pub en: String,
}

impl From<LoadError> for Refused {
    fn from(e: LoadError) -> Refused {
        let (sv, en) = e.message_both(Lang::Sv);
        Refused { sv, en }
    }
}

/// Parse, check and summarize `text`; a text over a limit is refused.
pub fn check_text(text: String) -> Result<Checked, Refused> {
    match process(0, Input::Text(text), |_| {}) {
        Reply::Done(done) => {
            let checks = check(&done);
            let outcomes = justera::summarize(&done.doc);
            Ok(Checked {
                model: done.doc,
                findings: checks.findings,
                rules: checks.rules,
                outcomes,
            })
        }
        Reply::Failed { error, .. } => Err(error.into()),
        other => Err(LoadError::Internal {
            reason: format!("unexpected reply {}", other.id()),
        }
        .into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_protocol_checked_as_the_api_answers_it() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
        let path = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .find(|e| e.file_name().to_string_lossy().starts_with("003"))
            .unwrap()
            .path();
        let text = std::fs::read_to_string(path).unwrap();
        let answer = check_text(text.clone()).unwrap();
        let json = serde_json::to_value(&answer).unwrap();
        assert_eq!(json["model"]["paragraphs"].as_array().unwrap().len(), 29);
        let findings = json["findings"].as_array().unwrap();
        assert_eq!(findings.len(), justera::check(&answer.model, &text).len());
        let first = &findings[0];
        for key in [
            "code",
            "severity",
            "message",
            "message_en",
            "span",
            "line",
            "column",
        ] {
            assert!(!first[key].is_null(), "no {key} in {first}");
        }
        let code = first["code"].as_str().unwrap();
        assert!(json["rules"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["code"] == code));
        assert!(json["outcomes"].is_object());
    }

    #[test]
    fn a_text_over_a_limit_is_refused_in_both_languages() {
        let line = "a".repeat(justera::limits::MAX_LINE_BYTES + 1);
        let refused = check_text(format!("§ 1\n{line}\n")).unwrap_err();
        assert!(refused.sv.contains("En rad är"), "{}", refused.sv);
        assert!(refused.en.contains("A line is"), "{}", refused.en);
    }
}
