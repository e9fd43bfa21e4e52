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

/// A byte the pattern may match: `\w` (ASCII only in regex-lite), `.`,
/// `%`, `+`, `-` and `@`.
fn in_address(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'%' | b'+' | b'-' | b'@')
}

/// The pattern's matches in `line`, start and end, as `find_iter` finds
/// them: each match is made of [`in_address`] bytes and holds `@`, so it
/// lies in one run of such bytes that holds `@`, and the pattern runs
/// only on those runs, not on the whole line. A run's ends are character
/// boundaries (the bytes inside it are ASCII).
fn address_spans(line: &str) -> Vec<(usize, usize)> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    // Where the last run searched ends: an `@` before it was in it.
    let mut from = 0;
    for i in memchr::memchr_iter(b'@', b) {
        if i < from {
            continue;
        }
        let mut s = i;
        while s > from && in_address(b[s - 1]) {
            s -= 1;
        }
        let mut e = i + 1;
        while e < b.len() && in_address(b[e]) {
            e += 1;
        }
        out.extend(
            re().find_iter(&line[s..e])
                .map(|m| (s + m.start(), s + m.end())),
        );
        from = e;
    }
    out
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let found = cx.index.lines(Has::AT).flat_map(|(at, line)| {
        address_spans(line)
            .into_iter()
            .map(move |(s, e)| (at + s, &line[s..e]))
    });
    for (m_start, addr) in found {
        if out.len() >= crate::rules::MAX_PER_RULE {
            return;
        }
        let m_end = m_start + addr.len();
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
        let start = m_start + lead;
        report(
            out,
            CODE,
            SEVERITY,
            Span::new(start, m_end),
            "Personlig e-postadress i texten",
            "A personal e-mail address in the text",
        )
        .help(
            "Ta bort adressen eller ersätt den med en funktionsadress innan publicering.",
            "Remove the address or use a shared one before publishing.",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`address_spans`] finds what the pattern's `find_iter` finds in the
    /// whole line, on generated lines of addresses, their pieces, letters
    /// outside ASCII and other bytes.
    #[test]
    fn the_runs_with_at_hold_every_match() {
        let pieces = [
            "anna.ek",
            "bo",
            "@",
            "@@",
            "gmail.com",
            "kommun.se",
            ".se",
            ".",
            "..",
            "-",
            "_",
            "%",
            "+",
            "1",
            " ",
            ",",
            "<",
            ">",
            "å",
            "Ö",
            "é",
            "\u{212a}",
            "x@y",
            "a@b.c",
        ];
        let mut rng = crate::testing::Rng::new(0x8cb9_2ba7_2f3d_8dd7);
        let mut found = 0;
        for _ in 0..30_000 {
            let t = rng.pieces(&pieces, 9);
            let plain: Vec<(usize, usize)> =
                re().find_iter(&t).map(|m| (m.start(), m.end())).collect();
            found += plain.len();
            assert_eq!(address_spans(&t), plain, "{t:?}");
        }
        assert!(found > 1_000, "{found}");
    }
}
