//! A samordningsnummer in the text.
//!
//! ## What it does
//! Reports a Swedish coordination number: like a personnummer but with 60
//! added to the day (`701063-2391`), with a real date and a correct check
//! digit. A number failing the check digit is not reported.
//!
//! ## Why is this bad?
//! It identifies a person as surely as a personnummer and must not be
//! published on the web.
//!
//! ## Example
//! ```text
//! Sökande: 701063-2391
//! ```
//! Use instead: leave the number out.
//!
//! ## References
//! - Lag (2018:218) med kompletterande bestämmelser till EU:s
//!   dataskyddsförordning, 3 kap. 10 § (personnummer and
//!   samordningsnummer); GDPR art. 5 and 87.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::privacy::masked;
use crate::rules::{report, Context};

pub const CODE: &str = "samordningsnummer";
pub const SEVERITY: Severity = Severity::Error;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Ett samordningsnummer i texten.";

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for id in cx.id_numbers().iter().filter(|i| i.coordination) {
        let shown = masked(id.span.of(cx.src));
        report(
            out,
            CODE,
            SEVERITY,
            id.span,
            format!("Samordningsnummer ({shown}) i texten"),
            format!("A coordination number ({shown}) in the text"),
        )
        .help(
            "Ta bort eller maskera numret innan protokollet publiceras.",
            "Remove or mask the number before the protocol is published.",
        );
    }
}
