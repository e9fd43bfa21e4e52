//! What the export buttons download: plain strings, built here and tested
//! natively; the page only wraps them in a Blob.

use justera::{Document, Method, ProposalKind};
use serde_json::json;

use crate::work::Finding;

/// One CSV field, quoted when needed (RFC 4180).
fn field(s: &str) -> String {
    // A leading =, +, - or @ would be a formula in a spreadsheet.
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn row(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

pub fn diagnostics_json(findings: &[Finding]) -> String {
    serde_json::to_string_pretty(findings).unwrap_or_default()
}

pub fn diagnostics_csv(findings: &[Finding]) -> String {
    let mut out = row(&[
        "code",
        "severity",
        "line",
        "column",
        "start",
        "end",
        "message",
        "message_en",
        "help",
    ]
    .map(String::from));
    for f in findings {
        out.push_str(&row(&[
            f.code.clone(),
            f.severity.as_str().into(),
            f.line.to_string(),
            f.column.to_string(),
            f.span.start.to_string(),
            f.span.end.to_string(),
            f.message.clone(),
            f.message_en.clone(),
            f.help.clone().unwrap_or_default(),
        ]));
    }
    out
}

/// SARIF 2.1.0 for code-scanning tools; `uri` names the checked file.
pub fn sarif(findings: &[Finding], uri: &str, rules: &[crate::work::RuleDoc]) -> String {
    let level = |f: &Finding| match f.severity {
        crate::work::Level::Error => "error",
        crate::work::Level::Warning => "warning",
        crate::work::Level::Info => "note",
    };
    let results: Vec<_> = findings
        .iter()
        .map(|f| {
            json!({
                "ruleId": f.code,
                "level": level(f),
                "message": { "text": f.message, "markdown": f.message_en },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri },
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "byteOffset": f.span.start,
                            "byteLength": f.span.len(),
                        }
                    }
                }]
            })
        })
        .collect();
    let rules: Vec<_> = rules
        .iter()
        .map(|r| {
            let summary = r.doc.lines().next().unwrap_or("").trim();
            json!({ "id": r.code, "shortDescription": { "text": summary }, "fullDescription": { "text": r.doc } })
        })
        .collect();
    let log = json!({
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [{
            "tool": { "driver": { "name": "justera", "informationUri": "https://example.invalid/justera", "rules": rules } },
            "results": results,
        }]
    });
    serde_json::to_string_pretty(&log).unwrap_or_default()
}

pub fn method_name(m: Method) -> &'static str {
    match m {
        Method::Acclamation => "acclamation",
        Method::Vote => "vote",
        Method::Unopposed => "unopposed",
        Method::Lot => "lot",
    }
}

/// One row per proposal: paragraph, proposal, who, whether it was adopted,
/// and the paragraph's vote counts.
pub fn outcomes_csv(doc: &Document) -> String {
    let mut out = row(&[
        "paragraph",
        "title",
        "proposal",
        "kind",
        "by",
        "adopted",
        "method",
        "contested",
        "yes",
        "no",
        "abstain",
        "reserved_by",
        "text",
    ]
    .map(String::from));
    let num = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    for p in &doc.paragraphs {
        if p.proposals.is_empty() {
            continue;
        }
        let adopted = p.outcome.as_ref().and_then(|o| o.adopted.clone());
        let counts = p.votes.first().map(|v| v.counts).unwrap_or_default();
        for x in &p.proposals {
            let by: Vec<String> =
                x.by.iter()
                    .map(|a| match &a.party {
                        Some(party) => format!("{} ({party})", a.name),
                        None => a.name.clone(),
                    })
                    .collect();
            let reserved: Vec<String> = p
                .reservations
                .iter()
                .filter(|r| r.in_favour_of.as_deref() == Some(&x.id))
                .flat_map(|r| r.by.iter().map(|a| a.name.clone()))
                .collect();
            let kind = match x.kind {
                ProposalKind::Base => "base",
                ProposalKind::Approve => "approve",
                ProposalKind::Reject => "reject",
                ProposalKind::Amend => "amend",
                ProposalKind::Add => "add",
                ProposalKind::ReferBack => "refer_back",
                ProposalKind::Postpone => "postpone",
                ProposalKind::Own => "own",
                ProposalKind::Nominate => "nominate",
            };
            out.push_str(&row(&[
                // The number as written: `12`, `12 a`, `13-14`.
                p.label().trim_start_matches(['§', ' ']).to_string(),
                p.title.clone(),
                x.id.clone(),
                kind.into(),
                by.join("; "),
                (adopted.as_deref() == Some(x.id.as_str())).to_string(),
                p.outcome
                    .as_ref()
                    .map(|o| method_name(o.method))
                    .unwrap_or("")
                    .into(),
                p.outcome.as_ref().is_some_and(|o| o.contested).to_string(),
                num(counts.yes),
                num(counts.no),
                num(counts.abstain),
                reserved.join("; "),
                x.text.clone(),
            ]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::work::{process, Input, Reply};

    fn seed003() -> Box<crate::work::Done> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
        let path = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .find(|e| e.file_name().to_string_lossy().starts_with("003"))
            .unwrap()
            .path();
        let text = std::fs::read_to_string(path).unwrap();
        match process(1, Input::Text(text), |_| {}) {
            Reply::Done(d) => d,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("a"), "a");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=SUM(A1)"), "'=SUM(A1)");
    }

    #[test]
    fn exports_of_a_real_protocol() {
        let d = seed003();
        let c = crate::work::check(&d);
        assert!(!c.findings.is_empty());
        let csv = diagnostics_csv(&c.findings);
        assert_eq!(csv.lines().count(), c.findings.len() + 1);
        assert!(csv.starts_with("code,severity,line"));
        let sarif: serde_json::Value =
            serde_json::from_str(&sarif(&c.findings, "p.txt", &c.rules)).unwrap();
        assert_eq!(sarif["version"], "2.1.0");
        assert_eq!(
            sarif["runs"][0]["results"].as_array().unwrap().len(),
            c.findings.len()
        );
        let back: Vec<Finding> = serde_json::from_str(&diagnostics_json(&c.findings)).unwrap();
        assert_eq!(back, c.findings);
        let outcomes = outcomes_csv(&d.doc);
        let proposals: usize = d.doc.paragraphs.iter().map(|p| p.proposals.len()).sum();
        assert!(proposals > 0);
        // Rows are CRLF-terminated; quoted fields may hold line breaks of their own.
        assert_eq!(
            outcomes.matches(",true,").count() + outcomes.matches(",false,").count() >= proposals,
            true
        );
        assert!(outcomes.starts_with("paragraph,title,proposal"));
    }

    #[test]
    fn outcome_rows_name_a_lettered_and_a_joint_paragraph_as_written() {
        let mut src = String::from(
            "## Protokoll\n\n**Ledamöter**\n\nAnna Ek (S) Ordförande  \nBo Lind (M)\n\n",
        );
        for (head, title) in [
            ("§ 12", "Budget"),
            ("§ 12 a", "Tillägg"),
            ("§§ 13-14", "Motioner"),
        ] {
            src += &format!("## {head} {title}\n\n### Yrkanden\n\nAnna Ek (S) yrkar bifall till förslaget om {title}.\n\n");
        }
        let csv = outcomes_csv(&justera::parse(&src));
        let first: Vec<&str> = csv
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap())
            .collect();
        assert_eq!(first, ["12", "12 a", "13-14"], "{csv}");
    }
}
