//! Diagnostics: what a rule found, as plain data.
//!
//! A [`Diagnostic`] carries a stable code, a [`Severity`], a one-line message
//! in Swedish and English, the primary span it points at, optional secondary
//! [`Label`]s and help. A finding repeated through a file (a page header
//! left on every page) is one diagnostic with its further places in
//! `repeats`. Spans are byte ranges into the checked text; line and
//! column (1-based, column in characters) are filled in by
//! [`crate::check`] from a [`LineIndex`]. Rendering lives outside the core.

use serde::Serialize;

use crate::model::Span;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; not a fault.
    Info,
    /// What practice or consistency requires.
    Warning,
    /// What the law requires.
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// The Swedish word, for user-facing output.
    pub fn as_swedish(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "varning",
            Severity::Error => "fel",
        }
    }
}

/// A position in the text: byte range plus 1-based line and column.
#[derive(Serialize, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    /// In characters (Unicode scalar values), 1-based.
    pub column: usize,
}

/// A secondary span with what it shows.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Label {
    pub span: Span,
    pub message: String,
    pub message_en: String,
    /// Start of `span`; filled in by [`crate::check`].
    pub position: Position,
}

/// One more place of a repeated finding.
#[derive(Serialize, Clone, Copy, Debug, PartialEq)]
pub struct Occurrence {
    pub span: Span,
    /// Start of `span`; filled in by [`crate::check`].
    pub position: Position,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// The rule's stable code (`paragraph-gap`).
    pub code: &'static str,
    pub severity: Severity,
    /// Swedish, one line that makes sense alone.
    pub message: String,
    pub message_en: String,
    /// The primary span.
    pub span: Span,
    /// Start of `span`; filled in by [`crate::check`].
    pub position: Position,
    pub labels: Vec<Label>,
    pub help: Option<String>,
    pub help_en: Option<String>,
    /// The same finding at further places, in text order: the diagnostic
    /// stands for [`Diagnostic::count`] occurrences. Empty for most.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub repeats: Vec<Occurrence>,
}

impl Diagnostic {
    pub fn new(
        code: &'static str,
        severity: Severity,
        span: Span,
        message: impl Into<String>,
        message_en: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            code,
            severity,
            message: message.into(),
            message_en: message_en.into(),
            span,
            position: Position::default(),
            labels: Vec::new(),
            help: None,
            help_en: None,
            repeats: Vec::new(),
        }
    }

    /// How many places this finding stands for: its span and its repeats.
    pub fn count(&self) -> usize {
        1 + self.repeats.len()
    }

    /// Adds a further place of the same finding.
    pub fn repeat(&mut self, span: Span) -> &mut Self {
        self.repeats.push(Occurrence {
            span,
            position: Position::default(),
        });
        self
    }

    /// Adds a secondary span.
    pub fn label(
        &mut self,
        span: Span,
        message: impl Into<String>,
        message_en: impl Into<String>,
    ) -> &mut Self {
        self.labels.push(Label {
            span,
            message: message.into(),
            message_en: message_en.into(),
            position: Position::default(),
        });
        self
    }

    pub fn help(&mut self, help: impl Into<String>, help_en: impl Into<String>) -> &mut Self {
        self.help = Some(help.into());
        self.help_en = Some(help_en.into());
        self
    }

    /// The message in the language asked for (`en`, otherwise Swedish).
    pub fn message_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.message,
            Lang::En => &self.message_en,
        }
    }

    pub fn help_in(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Sv => self.help.as_deref(),
            Lang::En => self.help_en.as_deref(),
        }
    }
}

impl Label {
    pub fn message_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.message,
            Lang::En => &self.message_en,
        }
    }
}

/// The language of user-facing text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

/// 1-based line and column (in characters) of byte `offset` of `src`,
/// whose lines start at `starts` (0, and one after each line feed).
pub(crate) fn position_in(starts: &[usize], src: &str, offset: usize) -> Position {
    let mut offset = offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    let line = starts.partition_point(|&s| s <= offset);
    let start = starts[line - 1];
    Position {
        line,
        column: src[start..offset].chars().count() + 1,
    }
}

/// Line starts of a text, for byte offset to line and column in O(log n).
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', src.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// 1-based line and column (in characters) of byte `offset`.
    pub fn position(&self, src: &str, offset: usize) -> Position {
        position_in(&self.starts, src, offset)
    }

    /// The byte range of line `line` (1-based), without its line break.
    pub fn line_span(&self, src: &str, line: usize) -> Span {
        let start = self
            .starts
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or(src.len());
        let end = self
            .starts
            .get(line)
            .map(|&e| e - 1)
            .unwrap_or(src.len())
            .max(start);
        let end = if src[..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        Span::new(start, end.max(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_orders_info_warning_error() {
        assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
        assert_eq!(
            serde_json::to_string(&Severity::Warning).unwrap(),
            "\"warning\""
        );
    }

    #[test]
    fn line_index_counts_characters_not_bytes() {
        let src = "ab\nåäö x\r\nz";
        let ix = LineIndex::new(src);
        assert_eq!(ix.position(src, 0), Position { line: 1, column: 1 });
        let x = src.find('x').unwrap();
        assert_eq!(ix.position(src, x), Position { line: 2, column: 5 });
        assert_eq!(ix.line_span(src, 2).of(src), "åäö x");
        assert_eq!(ix.line_span(src, 3).of(src), "z");
        // Inside a multibyte character: the start of that character.
        assert_eq!(ix.position(src, 4), Position { line: 2, column: 1 });
    }
}
