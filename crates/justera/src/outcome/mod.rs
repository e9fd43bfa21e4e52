//! Inside one paragraph: proposals, procedure, votes, reservations,
//! statements, jäv, documents and attachments, read from its parts.

use crate::inline::{find_actors, fold};
use crate::model::*;

/// A run of source text between blank lines, with its offset.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Chunk<'a> {
    pub text: &'a str,
    pub start: usize,
}

impl Chunk<'_> {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }
}

/// Split `span` of `src` into chunks at blank lines; list items and
/// numbered points stay with the chunk before them.
pub(crate) fn chunks(src: &str, span: Span) -> Vec<Chunk<'_>> {
    let s = span.of(src);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut pos = 0;
    for line in s.split_inclusive('\n') {
        let t = line.trim();
        if t.is_empty() {
            if let Some(a) = start.take() {
                out.push(Chunk { text: s[a..last_end].trim_end(), start: span.start + a });
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            last_end = pos + line.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(a) = start {
        out.push(Chunk { text: s[a..last_end].trim_end(), start: span.start + a });
    }
    // Attach list chunks (`1. att ...`, `- ...`) to the chunk before.
    let mut merged: Vec<Chunk> = Vec::new();
    for c in out {
        let t = c.text.trim_start_matches(['*', '_']);
        let is_list = t.starts_with("- ") || t.starts_with(|ch: char| ch.is_ascii_digit()) && t.split_once(['.', ')']).is_some_and(|(n, _)| n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()));
        let emphasis = c.text.starts_with('*') || c.text.starts_with('_');
        match merged.last_mut() {
            Some(prev) if is_list || emphasis => {
                let end = c.start + c.text.len();
                prev.text = &src[prev.start..end];
            }
            _ => merged.push(c),
        }
    }
    merged
}

const PROPOSE: [&str; 8] = ["yrkar", "yrkade", "yrkande", "föreslår", "föreslog", "yrkas", "ställer sig bakom", "instämmer"];

fn clean(t: &str) -> String {
    crate::scan::strip_inline(t)
}

/// Who is named before the first verb in `t` (for `X (V) yrkar ...`).
fn actors_before(t: &str, base: usize, verbs: &[&str]) -> Vec<Actor> {
    let f = t.to_lowercase();
    let cut = verbs.iter().filter_map(|v| f.find(v)).min().unwrap_or(t.len());
    let cut = (0..=cut.min(t.len())).rev().find(|&k| t.is_char_boundary(k)).unwrap_or(0);
    find_actors(&t[..cut], base)
}

fn base_source(f: &str) -> Option<&'static str> {
    [
        ("kommunstyrelsens arbetsutskotts förslag", "kommunstyrelsens arbetsutskotts förslag"),
        ("arbetsutskottets förslag", "arbetsutskottets förslag"),
        ("arbetsutskotts förslag", "arbetsutskottets förslag"),
        ("förvaltningens förslag", "förvaltningens förslag"),
        ("ordförandens förslag", "ordförandens förslag"),
        ("presidiets förslag", "presidiets förslag"),
        ("utskottets förslag", "utskottets förslag"),
        ("styrelsens förslag", "styrelsens förslag"),
        ("kommunstyrelsens förslag", "kommunstyrelsens förslag"),
        ("beredningens förslag", "beredningens förslag"),
        ("förslaget till beslut", "förslaget till beslut"),
        ("liggande förslag", "liggande förslag"),
    ]
    .iter()
    .find(|(k, _)| f.contains(k))
    .map(|(_, v)| *v)
}

fn proposal_kind(f: &str) -> ProposalKind {
    if f.contains("återremi") {
        ProposalKind::ReferBack
    } else if f.contains("bordlägg") || f.contains("bordlagt") {
        ProposalKind::Postpone
    } else if f.contains("avslag") || f.contains("avslå") {
        ProposalKind::Reject
    } else if f.contains("tilläggsyrkande") || f.contains("tillägg") {
        ProposalKind::Add
    } else if f.contains("ändringsyrkande") || f.contains("ändring") {
        ProposalKind::Amend
    } else if (f.contains("bifall") || f.contains("beslutar enligt") || f.contains("besluta enligt")) && base_source(f).is_some() {
        ProposalKind::Approve
    } else {
        ProposalKind::Own
    }
}

pub(crate) fn paragraph_outcome(src: &str, p: &mut Paragraph) {
    let parts: Vec<Part> = p.parts.clone();
    let mut proposals: Vec<Proposal> = Vec::new();
    for part in parts.iter().filter(|x| x.kind == PartKind::Proposals) {
        let mut current: Option<usize> = None;
        for c in chunks(src, part.span) {
            let f = fold(c.text);
            let by = actors_before(c.text, c.start, &PROPOSE);
            let starts_new = !by.is_empty() && PROPOSE.iter().any(|v| f.contains(v));
            if !starts_new {
                if let Some(k) = current {
                    let pr = &mut proposals[k];
                    pr.span = pr.span.cover(c.span());
                    pr.text = clean(pr.span.of(src));
                }
                continue;
            }
            // `i första hand ..., och i andra hand ...`: two proposals.
            let lower = c.text.to_lowercase();
            let first = lower.find("i första hand");
            let second = lower.find("i andra hand");
            let pieces: Vec<(Option<u8>, usize, usize)> = match (first, second) {
                (Some(a), Some(b)) if a < b => vec![(Some(1), 0, b), (Some(2), b, c.text.len())],
                _ => vec![(None, 0, c.text.len())],
            };
            for (prio, a, b) in pieces {
                let (a, b) = (floor(c.text, a), floor(c.text, b));
                let piece = &c.text[a..b];
                let pf = if prio == Some(1) { fold(piece) } else { f.clone() };
                let kind = proposal_kind(if prio.is_some() { &pf } else { &f });
                let kind = if prio == Some(2) { proposal_kind(&fold(piece)) } else { kind };
                proposals.push(Proposal {
                    id: format!("p{}", proposals.len() + 1),
                    kind,
                    source: if kind == ProposalKind::Approve { base_source(&f).map(String::from) } else { None },
                    by: by.clone(),
                    joint: by.len() > 1 || f.contains("gemensam"),
                    priority: prio,
                    text: clean(if prio.is_some() { c.text } else { piece }),
                    span: if prio.is_some() { c.span() } else { Span::new(c.start + a, c.start + b) },
                });
            }
            current = Some(proposals.len() - 1);
        }
    }
    // The base proposal: the administration's or an utskott's, named by
    // approvals or by the procedure.
    let proc_text: String = parts.iter().filter(|x| matches!(x.kind, PartKind::Procedure | PartKind::Vote)).map(|x| fold(&x.text)).collect::<Vec<_>>().join(" ");
    let base_named = proposals.iter().find_map(|x| x.source.clone()).or_else(|| base_source(&proc_text).map(String::from));
    if !proposals.is_empty() || !proc_text.is_empty() {
        if let Some(source) = base_named {
            let by: Vec<Actor> = proposals.iter().filter(|x| x.kind == ProposalKind::Approve).flat_map(|x| x.by.clone()).collect();
            let span = p.decision.as_ref().map(|d| d.span).unwrap_or(p.span);
            proposals.insert(
                0,
                Proposal {
                    id: "base".into(),
                    kind: ProposalKind::Base,
                    source: Some(source),
                    by,
                    joint: false,
                    priority: None,
                    text: p.decision.as_ref().map(|d| d.text.clone()).unwrap_or_default(),
                    span,
                },
            );
        }
    }
    p.proposals = proposals;

    // Procedure.
    for part in parts.iter().filter(|x| x.kind == PartKind::Procedure) {
        let f = fold(&part.text);
        let winner = if base_source(&f).is_some() && (f.contains("enligt") || f.contains("bifaller") || f.contains("bifalla")) {
            p.proposals.iter().find(|x| x.kind == ProposalKind::Base).map(|x| x.id.clone())
        } else {
            None
        };
        let voted = f.contains("omröstning") && (f.contains("verkställs") || f.contains("begärs") || f.contains("genomförs")) || f.contains("votering");
        p.procedure.push(Question {
            between: p.proposals.iter().filter(|x| x.kind != ProposalKind::Approve).map(|x| x.id.clone()).collect(),
            winner,
            method: if voted { Method::Vote } else { Method::Acclamation },
            text: part.text.clone(),
            span: part.span,
        });
    }

    // Reservations: under their heading, or any sentence `X reserverar sig`.
    for part in parts.iter() {
        let chunks = chunks(src, part.span);
        for c in chunks {
            let f = fold(c.text);
            if !(f.contains("reserverar sig") || f.contains("reserverade sig") || f.contains("reservera sig") || (part.kind == PartKind::Reservations && f.contains("reserv"))) {
                continue;
            }
            let by = actors_before(c.text, c.start, &["reserver"]);
            let in_favour_text = f.find("till förmån för").map(|k| f[k + "till förmån för".len()..].trim().trim_end_matches('.').to_string());
            let in_favour_of = in_favour_text.as_ref().and_then(|t| {
                if t.contains("eget") || t.contains("egna") || t.contains("gemensamma") || t.contains("gemensamt") {
                    p.proposals.iter().find(|x| x.kind != ProposalKind::Base && x.kind != ProposalKind::Approve && x.by.iter().any(|a| by.iter().any(|b| b.name == a.name))).map(|x| x.id.clone())
                } else {
                    None
                }
            });
            p.reservations.push(Reservation {
                by,
                in_favour_of,
                in_favour_text,
                text: clean(c.text),
                span: c.span(),
            });
        }
    }

    // Statements.
    for part in parts.iter() {
        let kind = match part.kind {
            PartKind::ProtocolNote => StatementKind::ProtocolNote,
            PartKind::Statement => StatementKind::Statement,
            PartKind::SubstituteStatement => StatementKind::SubstituteStatement,
            _ => continue,
        };
        let cs = chunks(src, part.span);
        let by = cs.first().map(|c| find_actors(c.text, c.start)).unwrap_or_default();
        let by = if by.is_empty() {
            // `Moderaterna lämnar följande anteckning`: no person named.
            Vec::new()
        } else {
            by
        };
        p.statements.push(Statement {
            kind,
            by,
            text: part.text.clone(),
            span: part.span,
        });
    }

    // Jäv.
    for part in parts.iter() {
        for c in chunks(src, part.span) {
            let f = fold(c.text);
            if part.kind == PartKind::Jav || f.contains("anmäler jäv") || f.contains("anmälde jäv") || f.contains("pga jäv") && !f.contains("ej §") || f.contains("på grund av jäv") {
                let by = find_actors(c.text, c.start);
                if !by.is_empty() || part.kind == PartKind::Jav {
                    p.jav.push(Jav {
                        by,
                        text: clean(c.text),
                        span: c.span(),
                    });
                }
            }
        }
    }

    // Documents the matter was based on: one per line.
    for part in parts.iter().filter(|x| x.kind == PartKind::Documents) {
        let s = part.span.of(src);
        let mut pos = part.span.start;
        for line in s.split_inclusive('\n') {
            let t = line.trim().trim_start_matches(['-', '*', '•']).trim();
            if !t.is_empty() {
                let lead = line.find(t).unwrap_or(0);
                p.documents.push(Text::new(clean(t), Span::new(pos + lead, pos + lead + t.len())));
            }
            pos += line.len();
        }
    }

    // Attachments referred to: `bilaga 1`, `Bilaga 2`.
    let ps = p.span.of(src);
    let lower = ps.to_lowercase();
    let mut from = 0;
    while let Some(k) = lower[from..].find("bilaga") {
        let at = from + k;
        let rest = &lower[at + 6..];
        let sp = rest.len() - rest.trim_start().len();
        let nd = rest[sp..].bytes().take_while(u8::is_ascii_digit).count();
        if nd > 0 && (at == 0 || !lower[..at].ends_with(|c: char| c.is_alphabetic())) {
            let end = at + 6 + sp + nd;
            let text = &ps[at..end];
            if !p.attachments.iter().any(|a| a.text.eq_ignore_ascii_case(text)) {
                p.attachments.push(Text::new(text, Span::new(p.span.start + at, p.span.start + end)));
            }
        }
        from = at + 6;
    }

    votes(src, p);
    outcome(p);
}

fn floor(s: &str, mut k: usize) -> usize {
    k = k.min(s.len());
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    k
}

/// Numbers before a word: `11 ja-röster`, `5 Ja-röster`.
fn count_before(f: &str, words: &[&str]) -> Option<u32> {
    for w in words {
        if let Some(k) = f.find(w) {
            let before = f[..k].trim_end();
            let digits: String = before.chars().rev().take_while(|c| c.is_ascii_digit()).collect::<Vec<_>>().into_iter().rev().collect();
            if let Ok(n) = digits.parse() {
                return Some(n);
            }
            if let Some(n) = number_word(before.rsplit(' ').next().unwrap_or("")) {
                return Some(n);
            }
        }
    }
    None
}

fn number_word(w: &str) -> Option<u32> {
    const W: [&str; 21] = [
        "noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton", "tjugo",
    ];
    W.iter().position(|x| *x == w).map(|n| n as u32).or(if w == "ett" { Some(1) } else { None })
}

fn votes(src: &str, p: &mut Paragraph) {
    let text = p.span.of(src);
    let f = fold(text);
    let counted = f.contains("ja-röst") || f.contains("nej-röst") || f.contains("omröstningsresultat") || f.contains("röster mot");
    if !counted {
        return;
    }
    let mut counts = Counts {
        yes: count_before(&f, &["ja-röster", "ja-röst", "röster för", "röster mot"]),
        no: count_before(&f, &["nej-röster", "nej-röst"]),
        abstain: count_before(&f, &["som avstår", "avstår", "avstod", "blanka", "nedlagda"]),
        absent: count_before(&f, &["frånvarande"]),
    };
    // `med 7 röster mot 4`
    if counts.no.is_none() {
        if let Some(k) = f.find("röster mot") {
            let after = f[k + "röster mot".len()..].trim_start();
            let digits: String = after.chars().take_while(|c| c.is_ascii_digit()).collect();
            counts.no = digits.parse().ok();
        }
    }
    if counts.yes.is_none() && counts.no.is_none() {
        return;
    }
    let grab = |key: &str| -> Option<String> {
        let k = f.find(key)?;
        let rest = &f[k + key.len()..];
        let end = rest.find(['.', '\n']).unwrap_or(rest.len());
        Some(rest[..end].trim().trim_start_matches("innebär").trim().trim_start_matches("för").trim().to_string())
    };
    let yes_text = grab("ja-röst innebär").or_else(|| grab("ja-röst för"));
    let no_text = grab("nej-röst innebär").or_else(|| grab("nej-röst för"));
    let meaning = |t: &Option<String>| -> Option<String> {
        let t = t.as_ref()?;
        if base_source(t).is_some() {
            return p.proposals.iter().find(|x| x.kind == ProposalKind::Base).map(|x| x.id.clone());
        }
        p.proposals.iter().find(|x| x.by.iter().any(|a| t.contains(&fold(&a.name.split(' ').next_back().unwrap_or(""))))).map(|x| x.id.clone())
    };
    let yes_means = meaning(&yes_text);
    let no_means = meaning(&no_text);
    let casting_vote = f.contains("utslagsröst") || f.contains("utslagsrösten");
    let lot = f.contains("lottning") || f.contains("singla slant") || f.contains("lotten");
    let result = match (counts.yes, counts.no) {
        (Some(y), Some(n)) if y > n => yes_means.clone(),
        (Some(y), Some(n)) if n > y => no_means.clone(),
        _ => None,
    };
    let span = p.parts.iter().filter(|x| x.kind == PartKind::Vote || x.kind == PartKind::Procedure).map(|x| x.span).reduce(|a, b| a.cover(b)).unwrap_or(p.span);
    p.votes.push(Vote {
        yes_means,
        no_means,
        yes_text,
        no_text,
        counts,
        roll_call: Vec::new(),
        casting_vote,
        lot,
        result,
        span,
    });
    for q in p.procedure.iter_mut() {
        q.method = Method::Vote;
    }
}

fn outcome(p: &mut Paragraph) {
    if p.decision.is_none() && p.proposals.is_empty() {
        return;
    }
    let movers: Vec<&Proposal> = p.proposals.iter().filter(|x| x.kind != ProposalKind::Approve).collect();
    let contested = movers.len() > 1;
    let vote = p.votes.first();
    let method = if vote.is_some_and(|v| v.lot) {
        Method::Lot
    } else if vote.is_some() {
        Method::Vote
    } else if contested {
        Method::Acclamation
    } else {
        Method::Unopposed
    };
    let adopted = vote
        .and_then(|v| v.result.clone())
        .or_else(|| p.procedure.iter().rev().find_map(|q| q.winner.clone()))
        .or_else(|| if contested { None } else { movers.first().map(|x| x.id.clone()) });
    let margin = vote.and_then(|v| Some(v.counts.yes? as i64 - v.counts.no? as i64)).map(i64::abs);
    p.outcome = Some(Outcome {
        adopted,
        contested,
        method,
        margin,
        span: p.decision.as_ref().map(|d| d.span),
    });
}
