//! The rule engine and the registry of every rule.
//!
//! One rule per file, `rules/<group>/<rule_name>.rs`: a doc comment with the
//! sections `## What it does`, `## Why is this bad?`, `## Example` and
//! `## References`, the constants `CODE` and `SEVERITY`, and one function
//! `check(cx, out)` that reads the model and the text and pushes
//! [`Diagnostic`]s. Rules never change the model.
//!
//! To add a rule: write its file, declare it in its group's `mod.rs`, add one
//! line to [`REGISTRY`], and add `tests/fixtures/rules/<code>.txt`. Codes are
//! stable and never reused; a retired code stays listed in [`RETIRED`].

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{Document, Span};

pub mod attendance;
pub mod calendar;
pub mod dates;
pub mod index;
pub mod names;
pub mod participation;
pub mod privacy;
mod report;
pub mod source;
pub mod structure;
pub mod text;
pub mod votes;

pub use index::Has;
pub use names::Context;
pub use report::MAX_PER_RULE;
pub(crate) use report::{report, unconfirmed};

/// A rule as the registry knows it.
#[derive(Clone, Copy)]
pub struct Rule {
    /// Stable, kebab-case (`paragraph-gap`).
    pub code: &'static str,
    /// The folder the rule lives in (`structure`).
    pub group: &'static str,
    /// The default severity of what it reports.
    pub severity: Severity,
    /// The rule's doc comment as Markdown; the first line is its summary.
    pub doc: &'static str,
    /// The summary in Swedish (`SUMMARY_SV` in the rule's file).
    pub summary_sv: &'static str,
    pub check: fn(&Context, &mut Vec<Diagnostic>),
}

impl Rule {
    /// The first line of the doc.
    pub fn summary(&self) -> &'static str {
        self.doc.lines().next().unwrap_or("").trim()
    }

    /// The summary in Swedish (sv) or English (en).
    pub fn summary_in(&self, swedish: bool) -> &'static str {
        if swedish {
            self.summary_sv
        } else {
            self.summary()
        }
    }
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule")
            .field("code", &self.code)
            .field("severity", &self.severity)
            .finish()
    }
}

/// One registry line: `rule!(group::rule_name)`.
macro_rules! rule {
    ($group:ident :: $name:ident) => {
        Rule {
            code: $group::$name::CODE,
            group: stringify!($group),
            severity: $group::$name::SEVERITY,
            doc: include_str!(concat!(
                env!("OUT_DIR"),
                "/rule_docs/",
                stringify!($group),
                "/",
                stringify!($name),
                ".md"
            )),
            summary_sv: $group::$name::SUMMARY_SV,
            check: $group::$name::check,
        }
    };
}

/// Every rule, by group. Codes are unique (a test checks).
pub static REGISTRY: &[Rule] = &[
    // structure
    rule!(structure::paragraph_gap),
    rule!(structure::paragraph_duplicate),
    rule!(structure::paragraph_order),
    rule!(structure::declared_range_mismatch),
    rule!(structure::toc_mismatch),
    rule!(structure::missing_decision),
    rule!(structure::missing_procedure),
    rule!(structure::dangling_reference),
    rule!(structure::unread_structure),
    // attendance
    rule!(attendance::quorum),
    rule!(attendance::substitute_without_seat),
    rule!(attendance::conflicting_roles),
    rule!(attendance::justerare_not_member),
    rule!(attendance::missing_chair),
    rule!(attendance::missing_secretary),
    rule!(attendance::party_mismatch),
    rule!(attendance::name_variant),
    rule!(attendance::range_outside_protocol),
    rule!(attendance::unread_attendance),
    // participation
    rule!(participation::ineligible_proposer),
    rule!(participation::ineligible_reservation),
    rule!(participation::reservation_for_winner),
    rule!(participation::reservation_without_proposal),
    rule!(participation::jav_participation),
    rule!(participation::unknown_person),
    // dates
    rule!(dates::weekday_mismatch),
    rule!(dates::time_range),
    rule!(dates::late_justering),
    rule!(dates::late_notice),
    rule!(dates::appeal_deadline),
    rule!(dates::notice_removed_early),
    rule!(dates::signature_before_meeting),
    rule!(dates::invalid_date),
    // privacy
    rule!(privacy::personnummer),
    rule!(privacy::samordningsnummer),
    rule!(privacy::email_address),
    rule!(privacy::phone_number),
    rule!(privacy::confidential_leak),
    // text
    rule!(text::mixed_script),
    rule!(text::mojibake),
    rule!(text::replacement_char),
    rule!(text::page_furniture),
    // the file itself
    rule!(source::tracked_change),
    rule!(source::review_comment),
    rule!(source::pdf_accessibility),
    // votes
    rule!(votes::vote_count_mismatch),
    rule!(votes::vote_result_contradiction),
    rule!(votes::tie_without_casting_vote),
    rule!(votes::roll_call_ineligible),
    rule!(votes::roll_call_count_mismatch),
];

/// Codes that once existed and must never be given to another rule.
pub static RETIRED: &[&str] = &[];

/// The rule with this code.
pub fn rule(code: &str) -> Option<&'static Rule> {
    REGISTRY.iter().find(|r| r.code == code)
}

/// User-facing documentation of every rule, as Markdown (`docs/rules.md`
/// is this, committed; a test keeps it up to date).
pub fn markdown() -> String {
    let mut s = String::from(
        "# Rules\n\n<!-- Generated by `justera rules --format markdown`; do not edit. -->\n\n\
         Each rule has a stable code. Severity `error` is what the law requires, \
         `warning` what practice or consistency requires, `info` worth knowing.\n\n\
         ```text\n\
         justera check FILE...                 # file:line:col, code, message, the line, a marker\n\
         justera check --lang en FILE          # messages in English\n\
         justera check --ignore CODE,CODE FILE # leave rules out\n\
         justera check --format json FILE...   # one {\"file\", \"diagnostics\"} object per line\n\
         justera check --format sarif FILE...  # SARIF 2.1.0 for code-scanning tools\n\
         justera rules [CODE]                  # the rules, or one rule's documentation\n\
         ```\n\n\
         `justera check` exits with 1 when any finding is an error, 2 on a usage or \
         read error, 0 otherwise. In the web app the Check view shows the same findings.\n\n\
         | code | severity | group | finds |\n|---|---|---|---|\n",
    );
    for r in REGISTRY {
        s.push_str(&format!(
            "| [`{}`](#{}) | {} | {} | {} |\n",
            r.code,
            r.code,
            r.severity.as_str(),
            r.group,
            r.summary()
        ));
    }
    for r in REGISTRY {
        s.push_str(&format!(
            "\n## {}\n\nSeverity: `{}`. Group: {}.\n\n",
            r.code,
            r.severity.as_str(),
            r.group
        ));
        for line in r.doc.lines().skip(1) {
            if line.starts_with("## ") {
                s.push('#');
            }
            s.push_str(line);
            s.push('\n');
        }
    }
    s
}

/// Runs every rule over `doc` (parsed from `src`). Sorted by span start,
/// then code; line and column filled in.
pub fn check(doc: &Document, src: &str) -> Vec<Diagnostic> {
    check_with_scan(doc, src, None)
}

/// [`check`] with the scan the parse read ([`crate::parse_with_scan`]).
pub fn check_with_scan(
    doc: &Document,
    src: &str,
    items: Option<&[crate::scan::Item]>,
) -> Vec<Diagnostic> {
    check_with_lines(doc, src, items, None)
}

/// [`check_with_scan`] with the lines the scan split the text into
/// ([`crate::scan::lines`]), so that the index does not split it again.
pub fn check_with_lines(
    doc: &Document,
    src: &str,
    items: Option<&[crate::scan::Item]>,
    lines: Option<&[(usize, usize)]>,
) -> Vec<Diagnostic> {
    let cx = Context::with_lines(doc, src, items, lines);
    let mut all = Vec::new();
    let mut one = Vec::new();
    for rule in REGISTRY {
        one.clear();
        (rule.check)(&cx, &mut one);
        all.extend(one.drain(..).take(MAX_PER_RULE));
    }
    // The index's line starts are those of `LineIndex`.
    let index = &cx.index;
    for d in &mut all {
        d.span = clamp(d.span, src);
        d.position = index.position(d.span.start);
        for l in &mut d.labels {
            l.span = clamp(l.span, src);
            l.position = index.position(l.span.start);
        }
        for r in &mut d.repeats {
            r.span = clamp(r.span, src);
            r.position = index.position(r.span.start);
        }
    }
    all.sort_by(|a, b| (a.span.start, a.code, a.span.end).cmp(&(b.span.start, b.code, b.span.end)));
    all.dedup_by(|a, b| a.code == b.code && a.span == b.span && a.message == b.message);
    all
}

/// A span that fits `src` and falls on character boundaries.
fn clamp(span: Span, src: &str) -> Span {
    let fit = |mut i: usize| {
        i = i.min(src.len());
        while !src.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = fit(span.start);
    Span::new(start, fit(span.end).max(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case_and_never_retired() {
        let mut seen = std::collections::HashSet::new();
        for r in REGISTRY {
            assert!(seen.insert(r.code), "duplicate code {}", r.code);
            assert!(
                !RETIRED.contains(&r.code),
                "retired code reused: {}",
                r.code
            );
            assert!(
                r.code
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{} is not kebab-case",
                r.code
            );
        }
    }

    #[test]
    fn every_rule_has_the_four_doc_sections_and_a_statute() {
        for r in REGISTRY {
            for section in [
                "## What it does",
                "## Why is this bad?",
                "## Example",
                "## References",
            ] {
                assert!(r.doc.contains(section), "{} lacks {section}", r.code);
            }
            assert!(
                !r.summary().is_empty() && !r.summary().starts_with('#'),
                "{} lacks a summary",
                r.code
            );
            // The Swedish one-liner is a sentence of its own, not the English one.
            let sv = r.summary_in(true);
            assert!(
                sv.ends_with('.') && sv != r.summary() && !sv.contains('\n'),
                "{} lacks a Swedish summary: {sv:?}",
                r.code
            );
            let refs = r
                .doc
                .split("## References")
                .nth(1)
                .unwrap_or("")
                .to_lowercase();
            assert!(
                refs.contains("kap.") || refs.contains("lag") || refs.contains("gdpr"),
                "{} cites nothing",
                r.code
            );
        }
    }

    #[test]
    fn check_sorts_and_positions() {
        let src = "a\nb \u{FFFD}\n";
        let doc = crate::parse(src);
        let ds = check(&doc, src);
        let d = ds
            .iter()
            .find(|d| d.code == "replacement-char")
            .expect("fires");
        assert_eq!((d.position.line, d.position.column), (2, 3));
        assert!(ds.windows(2).all(|w| w[0].span.start <= w[1].span.start));
    }
}
