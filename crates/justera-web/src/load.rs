//! Turning the bytes of a file the user gave us into text.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use justera::limits::Limit;

/// Files larger than this are refused before reading: the core's input
/// limit (see `justera::limits`), checked here before the browser reads.
pub const MAX_BYTES: u64 = justera::limits::MAX_INPUT_BYTES as u64;

/// Why a file could not be opened.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum LoadError {
    /// The bytes are not text we can read.
    NotText,
    /// The file is empty.
    Empty,
    /// Larger than [`MAX_BYTES`].
    TooLarge { bytes: u64 },
    /// The browser could not read the file.
    Unreadable { reason: String },
    /// The reader says why, in both languages.
    Input { sv: String, en: String },
    /// The parser stopped on this input (a bug in justera, not in the file).
    Crashed { reason: String },
    /// Something in the app itself went wrong.
    Internal { reason: String },
    /// The file was read and is shown, but the worker failed while the
    /// rules ran (made by the page, from the failure the worker reported).
    CheckFailed { reason: String },
}

impl LoadError {
    /// A message that makes sense alone, in the UI language.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (LoadError::NotText, Lang::Sv) => {
                "Filen är inte text som går att läsa (UTF-8). Spara protokollet som text (.txt) eller markdown och försök igen.".into()
            }
            (LoadError::NotText, Lang::En) => {
                "The file is not readable text (UTF-8). Save the protocol as text (.txt) or markdown and try again.".into()
            }
            (LoadError::Empty, Lang::Sv) => "Filen är tom.".into(),
            (LoadError::Empty, Lang::En) => "The file is empty.".into(),
            (LoadError::TooLarge { bytes }, Lang::Sv) => Limit::InputBytes.message(*bytes),
            (LoadError::TooLarge { bytes }, Lang::En) => Limit::InputBytes.message_en(*bytes),
            (LoadError::Unreadable { reason }, Lang::Sv) => {
                format!("Webbläsaren kunde inte läsa filen ({reason}).")
            }
            (LoadError::Unreadable { reason }, Lang::En) => {
                format!("The browser could not read the file ({reason}).")
            }
            (LoadError::Input { sv, .. }, Lang::Sv) => sv.clone(),
            (LoadError::Input { en, .. }, Lang::En) => en.clone(),
            (LoadError::Crashed { reason }, Lang::Sv) => format!(
                "Ett fel i Justera stoppade läsningen av filen ({reason}). Appen fungerar fortfarande; försök med en annan fil."
            ),
            (LoadError::Crashed { reason }, Lang::En) => format!(
                "A bug in Justera stopped reading the file ({reason}). The app still works; try another file."
            ),
            (LoadError::Internal { reason }, Lang::Sv) => format!("Internt fel: {reason}"),
            (LoadError::Internal { reason }, Lang::En) => format!("Internal error: {reason}"),
            (LoadError::CheckFailed { reason }, Lang::Sv) => format!(
                "Granskningen misslyckades: ett fel i Justera stoppade reglerna ({reason}). Filen visas utan anmärkningar och sidan fungerar fortfarande; öppna filen igen för att granska den på nytt."
            ),
            (LoadError::CheckFailed { reason }, Lang::En) => format!(
                "The check failed: a bug in Justera stopped the rules ({reason}). The file is shown without findings and the page still works; open the file again to check it anew."
            ),
        }
    }

    /// What went wrong, in the words of the part that failed.
    pub fn reason(&self) -> String {
        match self {
            LoadError::Unreadable { reason }
            | LoadError::Crashed { reason }
            | LoadError::Internal { reason }
            | LoadError::CheckFailed { reason } => reason.clone(),
            LoadError::Input { en, .. } => en.clone(),
            other => other.message(Lang::En),
        }
    }

    /// The message in the other language too, for errors a user may need to
    /// search for or show someone.
    pub fn message_both(&self, lang: Lang) -> (String, String) {
        (self.message(lang), self.message(lang.other()))
    }
}

/// The text of a file, or why it is not text.
pub fn decode(bytes: &[u8]) -> Result<String, LoadError> {
    if bytes.is_empty() {
        return Err(LoadError::Empty);
    }
    if bytes.len() as u64 > MAX_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| LoadError::NotText)?;
    // A NUL byte means a binary format that happens to be valid UTF-8.
    if text.contains('\0') {
        return Err(LoadError::NotText);
    }
    Ok(text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_text_is_read_and_a_bom_dropped() {
        assert_eq!(decode("§ 1 Val".as_bytes()).unwrap(), "§ 1 Val");
        assert_eq!(decode(b"\xEF\xBB\xBFabc").unwrap(), "abc");
    }

    #[test]
    fn binary_and_empty_files_are_refused() {
        assert_eq!(decode(b""), Err(LoadError::Empty));
        assert_eq!(decode(&[0xff, 0xfe, 0x00, 0x41]), Err(LoadError::NotText));
        assert_eq!(decode(b"PK\x03\x04\0\0"), Err(LoadError::NotText));
        let (sv, en) = LoadError::NotText.message_both(Lang::Sv);
        assert!(sv.contains("inte text"), "{sv}");
        assert!(en.contains("not readable text"), "{en}");
    }
}
