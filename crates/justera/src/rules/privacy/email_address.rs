//! A personal e-mail address in the text.
//!
//! ## What it does
//! Reports an e-mail address that points to a person: a local part with a
//! separator (`anna.ek@kommun.se`) or any address at a public mail service.
//! Shared role addresses (`registrator@kommun.se`) are left alone.
//!
//! ## Why is this bad?
//! Personal contact details pasted from e-mail threads are personal data;
//! publishing them invites spam and is rarely needed.
//!
//! ## Example
//! ```text
//! Från: Anna Ek <anna.ek@kommun.se>
//! ```
//! Use instead: the name alone, or the office's shared address.
//!
//! ## References
//! - GDPR art. 5.1 c (data minimisation); lag (2018:218) 1 kap.;
//!   Kommunallagen (2017:725) 8 kap. 12 § (publishing on the web).

use std::sync::OnceLock;

use regex_lite::Regex;

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Span;
use crate::rules::{report, Context, Has};

pub const CODE: &str = "email-address";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "En personlig e-postadress i texten.";

const PUBLIC: &[&str] = &[
    "gmail.",
    "hotmail.",
    "outlook.",
    "live.",
    "yahoo.",
    "icloud.",
    "me.com",
    "telia.",
    "bredband",
    "protonmail.",
];

fn re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}").expect("regex"))
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for m in cx.index.find_iter(re(), Has::AT) {
        if out.len() >= crate::rules::MAX_PER_RULE {
            return;
        }
        let addr = m.as_str();
        let (local, domain) = addr.split_once('@').unwrap_or((addr, ""));
        let local = local.trim_start_matches(|c: char| !c.is_alphanumeric());
        let domain = domain.to_lowercase();
        let personal = local
            .trim_matches(['.', '_', '-'])
            .contains(['.', '_', '-'])
            || PUBLIC
                .iter()
                .any(|p| domain.starts_with(p) || domain.contains(&format!(".{p}")));
        if !personal {
            continue;
        }
        let lead = addr.len()
            - addr
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let start = m.start() + lead;
        report(
            out,
            CODE,
            SEVERITY,
            Span::new(start, m.end()),
            "Personlig e-postadress i texten",
            "A personal e-mail address in the text",
        )
        .help(
            "Ta bort adressen eller ersätt den med en funktionsadress innan publicering.",
            "Remove the address or use a shared one before publishing.",
        );
    }
}
