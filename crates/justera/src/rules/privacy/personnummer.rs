//! A personnummer in the text.
//!
//! ## What it does
//! Reports a Swedish personal identity number (`YYMMDD-NNNN`,
//! `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`, `+` for those over 100) with a real
//! date and a correct check digit. A number failing the check digit is not
//! reported.
//!
//! ## Why is this bad?
//! Protocols are published on the web. A personnummer identifies a person
//! and must be removed or masked before publishing unless clearly needed.
//!
//! ## Example
//! ```text
//! Ansökan från 811218-9876 om bistånd.
//! ```
//! Use instead: `Ansökan från en enskild om bistånd.`
//!
//! ## References
//! - Lag (2018:218) med kompletterande bestämmelser till EU:s
//!   dataskyddsförordning, 3 kap. 10 § (identity numbers); GDPR art. 5, 87;
//!   offentlighets- och sekretesslagen (2009:400) 26 kap. 1 §;
//!   Kommunallagen (2017:725) 8 kap. 12 § (publishing on the web).

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::privacy::masked;
use crate::rules::{report, Context};

pub const CODE: &str = "personnummer";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Ett personnummer i texten.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for id in cx.id_numbers().iter().filter(|i| !i.coordination) {
        let shown = masked(id.span.of(cx.src));
        report(
            out,
            CODE,
            SEVERITY,
            id.span,
            format!("Personnummer ({shown}) i texten"),
            format!("A personal identity number ({shown}) in the text"),
        )
        .help(
            "Ta bort eller maskera personnumret innan protokollet publiceras.",
            "Remove or mask the number before the protocol is published.",
        );
    }
}
