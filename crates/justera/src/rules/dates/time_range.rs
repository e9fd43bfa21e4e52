//! The meeting ends before it starts.
//!
//! ## What it does
//! Reports a meeting time range (`kl. 18:00-17:05`) whose end is not after
//! its start, and times that do not exist (`25:10`).
//!
//! ## Why is this bad?
//! The time range records when the meeting was held; a reversed range is a
//! typo that makes the record unreliable. A meeting past midnight should say
//! so.
//!
//! ## Example
//! ```text
//! Plats och tid  Stadshuset, kl. 18:00-17:05
//! ```
//! Use instead: `kl. 18:00-19:05`.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § (the protocol records the
//!   meeting); practice, hence a warning.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Text;
use crate::rules::{report, Context};

pub const CODE: &str = "time-range";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Sammanträdet slutar innan det börjar.";

/// Minutes since midnight of `HH:MM` (or `HH.MM`), when it is a real time.
fn minutes(t: &Text) -> Option<Result<u32, ()>> {
    let s = t.text.trim();
    let (h, m) = s.split_once([':', '.'])?;
    let (h, m): (u32, u32) = (h.trim().parse().ok()?, m.trim().parse().ok()?);
    Some(if h < 24 && m < 60 {
        Ok(h * 60 + m)
    } else {
        Err(())
    })
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let m = &cx.doc.meeting;
    let mut ok = Vec::new();
    for t in [&m.start, &m.end].into_iter().flatten() {
        match minutes(t) {
            Some(Err(())) => {
                report(
                    out,
                    CODE,
                    SEVERITY,
                    t.span,
                    format!("Klockslaget {} finns inte", t.text),
                    format!("The time {} does not exist", t.text),
                );
            }
            Some(Ok(v)) => ok.push(v),
            None => {}
        }
    }
    let (Some(start), Some(end)) = (&m.start, &m.end) else {
        return;
    };
    if let [a, b] = ok[..] {
        if b <= a {
            report(
                out,
                CODE,
                SEVERITY,
                start.span.cover(end.span),
                format!(
                    "Sammanträdet slutar ({}) innan det börjar ({})",
                    end.text, start.text
                ),
                format!(
                    "The meeting ends ({}) before it starts ({})",
                    end.text, start.text
                ),
            )
            .help(
                "Rätta tiderna; pågick sammanträdet över midnatt, skriv det.",
                "Correct the times; if the meeting ran past midnight, say so.",
            );
        }
    }
}
