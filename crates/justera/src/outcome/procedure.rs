//! The procedure (beslutsgång / propositionsordning): the questions the
//! chair put, in order, and what the meeting found.

use super::proposals::{resolve, resolve_all, speaker};
use super::text::{lower, sentences};
use crate::model::*;

/// Where the finding starts in a sentence (`och finner att`), if it has one.
fn finding_at(low: &str) -> Option<usize> {
    [
        "finner att",
        "konstaterar att",
        "fann att",
        "konstaterade att",
        "finner därefter att",
        "finner sedan att",
        ", och att",
        " och att",
    ]
    .iter()
    .filter_map(|w| low.find(w).map(|k| (k, w.len())))
    .min()
    .map(|(k, n)| k + n)
}

/// In a finding, the words after which the adopted proposal is named.
fn adopted_at(low: &str) -> Option<usize> {
    [
        "beslutar enligt",
        "beslutat enligt",
        "beslutade enligt",
        "beslutas enligt",
        "bifaller",
        "bifallit",
        "beslutar att bifalla",
        "har bifallit",
        "antar",
        "i enlighet med",
        "utser",
    ]
    .iter()
    .filter_map(|w| low.find(w).map(|k| k + w.len()))
    .min()
}

/// The questions of a paragraph, from its procedure and vote parts.
pub(crate) fn procedure(src: &str, p: &Paragraph) -> Vec<Question> {
    let props = &p.proposals;
    let mut out: Vec<Question> = Vec::new();
    let mut settled: Vec<String> = Vec::new();
    // A question put without a finding yet (`ställer sedan X mot Y.`).
    let mut pending: Option<(Vec<String>, Span, bool)> = None;
    let mut chair: Vec<Actor> = Vec::new();
    let open = |settled: &[String]| -> Vec<String> {
        props
            .iter()
            .filter(|x| x.kind != ProposalKind::Approve && !settled.contains(&x.id))
            .map(|x| x.id.clone())
            .collect()
    };
    for part in p
        .parts
        .iter()
        .filter(|x| matches!(x.kind, PartKind::Procedure | PartKind::Vote))
    {
        for s in sentences(src, part.span) {
            let t = s.text(src);
            let low = lower(t);
            let mut who = speaker(t, s.span.start);
            // `Ordförande Tommy Rydfeldt (L) finner ...`: remember the chair,
            // who later speaks of `hans eget förslag`.
            let opens_with_chair = low.trim_start_matches(['*', '_']).starts_with("ordförande");
            if opens_with_chair && !who.is_empty() {
                chair = who.clone();
            } else if opens_with_chair && who.is_empty() {
                who = chair.clone();
            }
            // Refer back or postpone first: `frågar först om ärendet ska
            // avgöras vid dagens sammanträde eller återremitteras`.
            let today = low.contains("avgöras")
                || low.contains("avgörs")
                || low.contains("dagens sammanträde");
            // `frågar om ärendet ska återremitteras och finner att så inte sker`
            let asks = low.contains("frågar")
                || low.contains("ställer")
                || low.contains("prövar")
                || low.contains("proposition");
            let first = (today
                || (asks && !low.contains("mot varandra") && finding_at(&low).is_some()))
                && (low.contains("återremi") || low.contains("bordlägg"));
            if first {
                let kind = if low.contains("återremi") {
                    QuestionKind::ReferBack
                } else {
                    QuestionKind::Postpone
                };
                let pk = if kind == QuestionKind::ReferBack {
                    ProposalKind::ReferBack
                } else {
                    ProposalKind::Postpone
                };
                let motion: Vec<String> = props
                    .iter()
                    .filter(|x| x.kind == pk)
                    .map(|x| x.id.clone())
                    .collect();
                let finding = finding_at(&low).map(|k| &low[k..]).unwrap_or("");
                let sent_back = finding.contains("återremitteras")
                    || finding.contains("bordläggas")
                    || finding.contains("ska återremitteras")
                    || finding.contains("bordläggs");
                let negated = finding.contains("inte")
                    || finding.contains(" ej ")
                    || finding.contains("avslå")
                    || finding.contains("avslag");
                let sent_back = sent_back && !negated;
                let decided_today = finding.contains("avgöras")
                    || finding.contains("avgörs")
                    || finding.contains("dagens")
                    || negated;
                settled.extend(motion.iter().cloned());
                out.push(Question {
                    kind,
                    between: motion.clone(),
                    winner: if sent_back && !decided_today {
                        motion.first().cloned()
                    } else {
                        None
                    },
                    rejected: if decided_today { motion } else { Vec::new() },
                    method: Method::Acclamation,
                    text: clean(t),
                    span: s.span,
                });
                continue;
            }
            let puts = low.contains("ställer")
                || low.contains("ställde")
                || low.contains("prövar")
                || low.contains("proposition på");
            let counter = low.contains("motförslag");
            let finding = finding_at(&low);
            // Where the chair puts the question; a finding before it (`finner
            // att hans eget förslag är huvudförslag och ställer sedan X mot Y`)
            // is not its answer.
            let put_at = ["ställer", "ställde", "prövar", "proposition på"]
                .iter()
                .filter_map(|w| low.find(w))
                .min()
                .unwrap_or(0);
            let put_finding = finding_at(&low[put_at..]).map(|k| k + put_at);
            if puts
                && (low.contains("mot varandra")
                    || low.contains(" mot ")
                    || low.contains("proposition på")
                    || low.contains("prövar"))
            {
                let finding = put_finding;
                let put_end = finding.unwrap_or(low.len());
                let put_text = &t[put_at.min(put_end)..put_end.min(t.len())];
                let mut between = resolve_all(put_text, props, &who);
                if between.len() < 2 {
                    let o = open(&settled);
                    if between.is_empty() || o.len() >= 2 {
                        between = o;
                    }
                }
                match finding {
                    Some(k) => push_found(
                        &mut out,
                        &mut settled,
                        props,
                        between,
                        &t[k..],
                        &low[k..],
                        counter,
                        &who,
                        t,
                        s.span,
                    ),
                    None => pending = Some((between, s.span, counter)),
                }
                continue;
            }
            if let (Some(k), Some((between, span, c))) = (finding, pending.as_ref()) {
                if adopted_at(&low[k..]).is_some()
                    || low.contains("motförslag")
                    || low.contains("huvudförslag")
                {
                    let (between, span, c) = (between.clone(), span.cover(s.span), *c || counter);
                    pending = None;
                    let whole = clean(span.of(src));
                    push_found(
                        &mut out,
                        &mut settled,
                        props,
                        between,
                        &t[k..],
                        &low[k..],
                        c,
                        &who,
                        &whole,
                        span,
                    );
                    continue;
                }
            }
            // `frågar om nämnden kan bifalla X och finner att så sker`: X is
            // put against what is still open.
            if (low.contains("frågar") || low.contains("prövar")) && low.contains(" om ") {
                if let Some(k) = finding {
                    let asked = low.find(" om ").map_or(0, |a| a + 4).min(k);
                    let winner = resolve(&t[asked..k], props, &who);
                    let no = low[k..].contains("inte") || low[k..].contains(" ej ");
                    if let (Some(w), false) = (winner, no) {
                        let mut between = open(&settled);
                        if !between.contains(&w) {
                            between.insert(0, w.clone());
                        }
                        let rejected: Vec<String> =
                            between.iter().filter(|b| **b != w).cloned().collect();
                        out.push(Question {
                            kind: QuestionKind::Main,
                            method: if between.len() > 1 {
                                Method::Acclamation
                            } else {
                                Method::Unopposed
                            },
                            between,
                            winner: Some(w),
                            rejected,
                            text: clean(t),
                            span: s.span,
                        });
                        continue;
                    }
                }
            }
            // `finner att det finns ett förslag till beslut ... och finner att
            // nämnden bifaller det`: one proposal, unopposed.
            if low.contains("ett förslag till beslut")
                && finding.is_some()
                && adopted_at(&low).is_some()
            {
                let only = resolve(&t[finding.unwrap_or(0)..], props, &who)
                    .or_else(|| open(&settled).into_iter().next());
                out.push(Question {
                    kind: QuestionKind::Main,
                    between: only.iter().cloned().collect(),
                    winner: only,
                    rejected: Vec::new(),
                    method: Method::Unopposed,
                    text: clean(t),
                    span: s.span,
                });
            }
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn push_found(
    out: &mut Vec<Question>,
    settled: &mut Vec<String>,
    props: &[Proposal],
    between: Vec<String>,
    finding: &str,
    finding_low: &str,
    counter: bool,
    who: &[Actor],
    text: &str,
    span: Span,
) {
    let winner = match adopted_at(finding_low) {
        Some(k) => resolve(&finding[k.min(finding.len())..], props, who),
        None if counter => resolve(finding, props, who),
        None => None,
    };
    let winner = winner.or_else(|| resolve(finding, props, who)).or_else(|| {
        if between.len() == 1 {
            between.first().cloned()
        } else {
            None
        }
    });
    let between_len = between.len();
    if between.is_empty() && winner.is_none() {
        return;
    }
    let rejected: Vec<String> = between
        .iter()
        .filter(|b| Some(*b) != winner.as_ref())
        .cloned()
        .collect();
    if counter {
        // Losers of a counter-proposal question are out of the vote.
        settled.extend(rejected.iter().cloned());
    }
    out.push(Question {
        kind: if counter {
            QuestionKind::CounterProposal
        } else {
            QuestionKind::Main
        },
        between,
        winner,
        rejected,
        method: if between_len == 1 {
            Method::Unopposed
        } else {
            Method::Acclamation
        },
        text: clean(text),
        span,
    });
}

fn clean(t: &str) -> String {
    crate::scan::strip_inline(t)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
