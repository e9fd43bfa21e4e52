//! What every rule shares to report: one diagnostic pushed, and the most
//! one rule may push on one document.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{Inference, Span};

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

/// Pushes a finding built on a fact the parser inferred from a damaged
/// layout: at most `info`, saying what could not be confirmed and why
/// (`what` completes "Kunde inte bekräfta att ..." / "Could not confirm
/// that ...").
pub(crate) fn unconfirmed<'o>(
    out: &'o mut Vec<Diagnostic>,
    code: &'static str,
    span: Span,
    how: Inference,
    what: impl AsRef<str>,
    what_en: impl AsRef<str>,
) -> &'o mut Diagnostic {
    let (why, why_en) = how.why();
    report(
        out,
        code,
        Severity::Info,
        span,
        format!("Kunde inte bekräfta att {} ({why})", what.as_ref()),
        format!("Could not confirm that {} ({why_en})", what_en.as_ref()),
    )
}
