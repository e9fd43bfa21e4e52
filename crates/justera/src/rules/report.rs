//! What every rule shares to report: one diagnostic pushed, and the most
//! one rule may push on one document.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Span;

/// The most diagnostics one rule may report on one document: a broken input
/// must not flood the output.
pub const MAX_PER_RULE: usize = 200;

/// Pushes a diagnostic and returns it for labels and help.
pub(crate) fn report<'o>(
    out: &'o mut Vec<Diagnostic>,
    code: &'static str,
    severity: Severity,
    span: Span,
    message: impl Into<String>,
    message_en: impl Into<String>,
) -> &'o mut Diagnostic {
    out.push(Diagnostic::new(code, severity, span, message, message_en));
    out.last_mut().expect("just pushed")
}
