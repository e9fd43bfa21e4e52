//! `justera outcomes FILE [--format text|json|csv]`: what was decided in
//! each paragraph and who stood where, and the meeting per party.

use std::fmt::Write as _;
use std::process::ExitCode;

use justera::summary::{MeetingSummary, Stance};
use justera::{Ballot, Document, Method, Paragraph, ProposalKind, QuestionKind};

use crate::out::out;

pub const USAGE: &str = "outcomes FILE [--format text|json|csv]   proposals, procedure, votes, reservations and the meeting per party";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Csv,
}

/// Parse the arguments after `outcomes`, read the file and print.
pub fn run(args: &[String], read: fn(&str) -> Result<String, String>) -> Result<ExitCode, String> {
    let mut path: Option<&str> = None;
    let mut format = Format::Text;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let value = if let Some(v) = a.strip_prefix("--format=") {
            Some(v.to_string())
        } else if a == "--format" {
            i += 1;
            Some(
                args.get(i)
                    .cloned()
                    .ok_or("--format needs text, json or csv")?,
            )
        } else {
            None
        };
        match value {
            Some(v) => {
                format = match v.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    "csv" => Format::Csv,
                    other => return Err(format!("unknown format {other}: use text, json or csv")),
                }
            }
            None if path.is_none() && !a.starts_with("--") => path = Some(a),
            None => return Err(format!("usage: justera {USAGE}")),
        }
        i += 1;
    }
    let path = path.ok_or_else(|| format!("usage: justera {USAGE}"))?;
    let text = read(path)?;
    let doc = justera::parse_checked(&text).map_err(|e| crate::files::refused(path, &e))?;
    let summary = justera::summarize(&doc);
    out!("{}", render(&doc, &summary, format));
    Ok(ExitCode::SUCCESS)
}

fn render(doc: &Document, s: &MeetingSummary, format: Format) -> String {
    match format {
        Format::Json => json(doc, s),
        Format::Csv => csv(doc, s),
        Format::Text => text(doc, s),
    }
}

fn has_outcome(p: &Paragraph) -> bool {
    !p.proposals.is_empty() || !p.votes.is_empty() || !p.reservations.is_empty()
}

fn json(doc: &Document, s: &MeetingSummary) -> String {
    let paragraphs: Vec<serde_json::Value> = doc
        .paragraphs
        .iter()
        .filter(|p| has_outcome(p))
        .map(|p| {
            serde_json::json!({
                "number": p.number,
                "label": p.label(),
                "title": p.title,
                "proposals": p.proposals,
                "procedure": p.procedure,
                "votes": p.votes,
                "outcome": p.outcome,
                "reservations": p.reservations,
                "statements": p.statements,
            })
        })
        .collect();
    let v = serde_json::json!({ "paragraphs": paragraphs, "summary": s });
    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
}

fn method(m: Method) -> &'static str {
    match m {
        Method::Acclamation => "acclamation",
        Method::Vote => "vote",
        Method::Unopposed => "unopposed",
        Method::Lot => "lot",
    }
}

fn stance(s: Stance) -> &'static str {
    match s {
        Stance::BackedWinner => "backed_winner",
        Stance::BackedLoser => "backed_loser",
        Stance::Reserved => "reserved",
        Stance::None => "none",
        Stance::Absent => "absent",
    }
}

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn num(n: Option<u32>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// One row per paragraph with an outcome; one column per party with its
/// stance in contested paragraphs.
fn csv(_doc: &Document, s: &MeetingSummary) -> String {
    let mut out = String::from(
        "paragraph,title,adopted,method,contested,margin,yes,no,abstain,absent,reserved",
    );
    for p in &s.parties {
        out.push(',');
        out.push_str(&field(&p.party));
    }
    out.push('\n');
    for p in &s.paragraphs {
        let c = p.counts.unwrap_or_default();
        // The number as written, without its sign: `12`, `12 a`, `13-14`.
        let row = [
            field(p.label.trim_start_matches(['§', ' '])),
            field(&p.title),
            field(p.adopted_label.as_deref().unwrap_or("")),
            method(p.method).to_string(),
            p.contested.to_string(),
            p.margin.map(|m| m.to_string()).unwrap_or_default(),
            num(c.yes),
            num(c.no),
            num(c.abstain),
            num(c.absent),
            field(&p.reserved.join(" ")),
        ];
        out.push_str(&row.join(","));
        let cells = s.matrix.iter().find(|m| m.label == p.label);
        for k in 0..s.parties.len() {
            out.push(',');
            if let Some(c) = cells.and_then(|m| m.cells.get(k)) {
                out.push_str(stance(*c));
            }
        }
        out.push('\n');
    }
    out
}

fn who(by: &[justera::Actor]) -> String {
    by.iter()
        .map(|a| {
            let party = a
                .party
                .as_deref()
                .map(|p| format!(" ({p})"))
                .unwrap_or_default();
            let group = if a.and_others() { " m.fl." } else { "" };
            format!("{}{group}{party}", a.name)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn label(p: &Paragraph, id: &str) -> String {
    match p.proposals.iter().find(|x| x.id == id) {
        Some(x) if x.kind == ProposalKind::Base => x
            .source
            .clone()
            .unwrap_or_else(|| "the base proposal".into()),
        Some(x) if !x.by.is_empty() => format!(
            "{} ({id})",
            who(&x.by[..1]) + if x.by.len() > 1 { " m.fl." } else { "" }
        ),
        _ => id.to_string(),
    }
}

fn text(doc: &Document, s: &MeetingSummary) -> String {
    let mut out = String::new();
    for p in doc.paragraphs.iter().filter(|p| has_outcome(p)) {
        let _ = writeln!(out, "{} {}", p.label(), p.title);
        for x in &p.proposals {
            let prio = match x.priority {
                Some(1) => ", in the first hand",
                Some(2) => ", in the second hand",
                Some(3) => ", in the third hand",
                _ => "",
            };
            let kind = serde_json::to_value(x.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            // Who moved it; else whose it is; else what it says.
            let by = if !x.by.is_empty() {
                who(&x.by)
            } else if let Some(s) = &x.source {
                s.clone()
            } else {
                let t: String = x.text.chars().take(60).collect();
                if t.len() < x.text.len() {
                    format!("\"{t}…\"")
                } else {
                    format!("\"{t}\"")
                }
            };
            let _ = writeln!(out, "  {:<5} {kind}{prio}: {by}", x.id);
        }
        for q in &p.procedure {
            let what = match q.kind {
                QuestionKind::Main => "put",
                QuestionKind::ReferBack => "refer back or decide today",
                QuestionKind::Postpone => "postpone or decide today",
                QuestionKind::CounterProposal => "counter-proposal",
                QuestionKind::Separate => "a point of its own",
            };
            let between = q
                .between
                .iter()
                .map(|b| label(p, b))
                .collect::<Vec<_>>()
                .join(" vs ");
            let result = match (&q.winner, q.rejected.is_empty()) {
                (Some(w), _) => format!("→ {}", label(p, w)),
                (None, false)
                    if matches!(q.kind, QuestionKind::ReferBack | QuestionKind::Postpone) =>
                {
                    "→ decided today".to_string()
                }
                (None, false) => {
                    let lost: Vec<String> = q.rejected.iter().map(|r| label(p, r)).collect();
                    format!("→ rejected: {}", lost.join(", "))
                }
                (None, true) => "→ not stated".to_string(),
            };
            let _ = writeln!(
                out,
                "  question ({what}, {}): {between} {result}",
                method(q.method)
            );
        }
        for v in &p.votes {
            let c = v.counts;
            let counts: Vec<String> = [
                (c.yes, "yes"),
                (c.no, "no"),
                (c.abstain, "abstain"),
                (c.absent, "absent"),
            ]
            .iter()
            .filter_map(|(n, w)| n.map(|n| format!("{n} {w}")))
            .collect();
            let _ = writeln!(
                out,
                "  vote: yes = {}, no = {}: {}{}{}",
                v.yes_means
                    .as_deref()
                    .map(|x| label(p, x))
                    .or(v.yes_text.clone())
                    .unwrap_or_else(|| "?".into()),
                v.no_means
                    .as_deref()
                    .map(|x| label(p, x))
                    .or(v.no_text.clone())
                    .unwrap_or_else(|| "?".into()),
                counts.join(", "),
                if v.casting_vote {
                    ", chair's casting vote"
                } else {
                    ""
                },
                if v.lot { ", settled by lot" } else { "" },
            );
            if !v.roll_call.is_empty() {
                let tally = |b: Ballot| v.cast(b).count();
                let _ = writeln!(
                    out,
                    "    roll call: {} names ({} yes, {} no, {} abstain)",
                    v.roll_call.len(),
                    tally(Ballot::Yes),
                    tally(Ballot::No),
                    tally(Ballot::Abstain)
                );
            }
        }
        if let Some(o) = &p.outcome {
            let adopted = o
                .adopted
                .as_deref()
                .map(|a| label(p, a))
                .unwrap_or_else(|| "not stated".into());
            let margin = o
                .margin
                .map(|m| format!(", margin {m}"))
                .unwrap_or_default();
            let contested = if o.contested {
                "contested"
            } else {
                "uncontested"
            };
            let _ = writeln!(
                out,
                "  adopted: {adopted} ({}, {contested}{margin})",
                method(o.method)
            );
        }
        for r in &p.reservations {
            let fav = match (&r.in_favour_of, &r.in_favour_text) {
                (Some(id), _) => format!(" in favour of {}", label(p, id)),
                (None, Some(t)) => format!(" in favour of \"{t}\" (not found)"),
                _ => String::new(),
            };
            let _ = writeln!(out, "  reservation: {}{fav}", who(&r.by));
        }
        out.push('\n');
    }
    if !s.parties.is_empty() {
        let _ = writeln!(out, "party  proposed  backed  won  lost  reserved");
        for p in &s.parties {
            let _ = writeln!(
                out,
                "{:<6} {:>8} {:>7} {:>4} {:>5} {:>9}",
                p.party, p.proposed, p.backed, p.won, p.lost, p.reserved
            );
        }
    }
    if !s.party_agreement.is_empty() {
        let _ = writeln!(out, "\nvoted together in counted votes (same / different):");
        for a in &s.party_agreement {
            let _ = writeln!(out, "  {} and {}: {} / {}", a.a, a.b, a.same, a.different);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "## Protokoll\n\n**Ledamöter**\n\nAnna Ek (S) Ordförande  \nBo Lind (M)\n\n## § 1 Budget\n\n### Beslut\n\nNämnden beslutar enligt förvaltningens förslag.\n\n### Yrkanden\n\nAnna Ek (S) yrkar bifall till förvaltningens förslag.\n\nBo Lind (M) yrkar avslag på förvaltningens förslag.\n\n### Beslutsgång\n\nOrdföranden ställer förslagen mot varandra och finner att nämnden beslutar enligt förvaltningens förslag.\n\n### Reservationer\n\nBo Lind (M) reserverar sig mot beslutet till förmån för eget yrkande.\n";

    #[test]
    fn text_csv_and_json() {
        let doc = justera::parse(SRC);
        let s = justera::summarize(&doc);
        let t = render(&doc, &s, Format::Text);
        assert!(
            t.contains("adopted: förvaltningens förslag (acclamation, contested)"),
            "{t}"
        );
        assert!(
            t.contains("reservation: Bo Lind (M) in favour of Bo Lind (M) (p2)"),
            "{t}"
        );
        let c = render(&doc, &s, Format::Csv);
        let lines: Vec<&str> = c.lines().collect();
        assert_eq!(
            lines[0],
            "paragraph,title,adopted,method,contested,margin,yes,no,abstain,absent,reserved,S,M"
        );
        assert_eq!(
            lines[1],
            "1,Budget,förvaltningens förslag,acclamation,true,,,,,,M,backed_winner,reserved"
        );
        let j: serde_json::Value = serde_json::from_str(&render(&doc, &s, Format::Json)).unwrap();
        assert_eq!(j["paragraphs"][0]["outcome"]["adopted"], "base");
        assert_eq!(j["summary"]["parties"][1]["lost"], 1);
    }

    /// Several members each moving `avslag` move one rejection; the
    /// counted vote `nej-röst för avslag` names it, the no side wins, and a
    /// main question without a winner says what it rejected, not that a
    /// matter was decided today (that is for refer-back questions).
    #[test]
    fn several_plain_rejections_are_one_and_win_the_vote() {
        let src = "## Protokoll\n\n**Ledamöter**\n\nAnna Ek (S) Ordförande  \nBo Lind (M)  \nCia Dahl (V)  \n\n## § 1 Taxa\n\n### Yrkanden\n\nAnna Ek (S) yrkar bifall till förvaltningens förslag. Bo Lind (M) yrkar avslag. Cia Dahl (V) yrkar avslag på förslaget.\n\n### Beslutsgång\n\nOmröstning begärs. Ja-röst för förvaltningens förslag, nej-röst för avslag. Med 1 ja-röst mot 2 nej-röster beslutar nämnden att avslå förslaget.\n";
        let doc = justera::parse(src);
        let t = render(&doc, &justera::summarize(&doc), Format::Text);
        assert!(t.contains("p2    reject: Bo Lind (M), Cia Dahl (V)"), "{t}");
        assert!(!t.contains("p3"), "{t}");
        assert!(t.contains("adopted: Bo Lind (M) m.fl. (p2) (vote"), "{t}");
        assert!(!t.contains("decided today"), "{t}");
    }

    #[test]
    fn a_lettered_and_a_joint_paragraph_are_rows_of_their_own() {
        let mut src = String::from(
            "## Protokoll\n\n**Ledamöter**\n\nAnna Ek (S) Ordförande  \nBo Lind (M)\n\n",
        );
        for (head, title, winner) in [
            // Bo Lind's avslag wins in § 12 a and § 15 only: each row
            // shows its own paragraph's stances, not those of § 12.
            ("§ 12", "Budget", "bifaller"),
            ("§ 12 a", "Extra ärende", "avslår"),
            ("§§ 13-14", "Två motioner", "bifaller"),
            ("§ 15", "Taxor", "avslår"),
        ] {
            src += &format!(
                "## {head} {title}\n\n### Yrkanden\n\nAnna Ek (S) yrkar bifall till förslaget om {title}.\n\nBo Lind (M) yrkar avslag på förslaget om {title}.\n\n### Beslutsgång\n\nOrdföranden ställer bifall mot avslag och finner att nämnden {winner} förslaget om {title}.\n\n"
            );
        }
        let doc = justera::parse(&src);
        let s = justera::summarize(&doc);
        let t = render(&doc, &s, Format::Text);
        let heads: Vec<&str> = t.lines().filter(|l| l.starts_with('§')).collect();
        assert_eq!(
            heads,
            [
                "§ 12 Budget",
                "§ 12 a Extra ärende",
                "§§ 13-14 Två motioner",
                "§ 15 Taxor"
            ]
        );
        let c = render(&doc, &s, Format::Csv);
        let rows: Vec<(&str, &str)> = c
            .lines()
            .skip(1)
            .map(|l| {
                let (n, _) = l.split_once(',').unwrap();
                (n, l.rsplit(',').nth(1).unwrap())
            })
            .collect();
        assert_eq!(
            rows,
            [
                // `bifaller förslaget om Budget` names Anna Ek's
                // `bifall till förslaget om Budget`: S backed the winner.
                ("12", "backed_winner"),
                ("12 a", "backed_loser"),
                ("13-14", "backed_winner"),
                ("15", "backed_loser")
            ],
            "{c}"
        );
        let j: serde_json::Value = serde_json::from_str(&render(&doc, &s, Format::Json)).unwrap();
        assert_eq!(j["paragraphs"][1]["label"], "§ 12 a");
        assert_eq!(j["summary"]["matrix"][2]["label"], "§§ 13-14");
    }
}
