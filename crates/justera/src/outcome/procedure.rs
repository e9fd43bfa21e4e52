//! The procedure (beslutsgång / propositionsordning): the questions the
//! chair put, in order, and what the meeting found.

use super::bytes::{find_by, rare_index};
use super::prepared::Prepared;
use super::proposals::{resolve, resolve_all_low, resolve_low, speaker_gated, Props};
use super::text::{lower, Gated};
use crate::model::*;
use crate::text::{find_str, has};

/// The words a finding opens with (`finner det avslaget`, `finner
/// regionstyrelsens förslag bifallet` by `finner ` and `fann `).
const FINDINGS: [&str; 10] = [
    "finner att",
    "fann att",
    "finner därefter att",
    "finner sedan att",
    "finner ",
    "fann ",
    "konstaterar att",
    "konstaterade att",
    ", och att",
    " och att",
];

/// Where the finding starts in a sentence (`och finner att`), if it has
/// one: after the first of [`FINDINGS`], the longest where several start
/// at one place. Each word holds one of three bytes at a fixed place
/// (`f` or `k` first, the `h` of `och` fourth or fifth): one search for
/// the three finds every place a word may start, where each word had
/// started a search of its own. A byte found may stand after the start of
/// a word found earlier (up to four bytes), so the search goes on until
/// no later byte can give an earlier start.
fn finding_at(low: &str) -> Option<usize> {
    type Best = Option<(usize, std::cmp::Reverse<usize>)>;
    let b = low.as_bytes();
    let try_at = |best: &mut Best, at: Option<usize>, words: &[&str]| {
        let Some(at) = at else { return };
        for w in words {
            let found = (at, std::cmp::Reverse(w.len()));
            if b[at..].starts_with(w.as_bytes()) && best.is_none_or(|x| found < x) {
                *best = Some(found);
            }
        }
    };
    let mut best: Best = None;
    for i in memchr::memchr3_iter(b'f', b'k', b'h', b) {
        if best.is_some_and(|(at, _)| i > at + 4) {
            break;
        }
        match b[i] {
            b'f' => try_at(&mut best, Some(i), &FINDINGS[..6]),
            b'k' => try_at(&mut best, Some(i), &FINDINGS[6..8]),
            _ => {
                try_at(&mut best, i.checked_sub(4), &FINDINGS[8..9]);
                try_at(&mut best, i.checked_sub(3), &FINDINGS[9..]);
            }
        }
    }
    best.map(|(k, n)| k + n.0)
}

/// `finner det avslaget`, `finner att yrkandet avslås`, `finner att
/// nämnden avslår det`: the finding says
/// no to what was put, and names no other proposal as adopted. The
/// finding's lower case with its pairs of bytes is `g`.
fn says_no(g: &Gated) -> bool {
    [
        "avslaget",
        "avslagen",
        "avslagna",
        "avslås",
        "avslogs",
        "fallit",
        "faller",
        // `finner att fullmäktige avslår tilläggsyrkandet`, `... beslutat
        // att avslå förslaget`
        "avslår",
        "avslog ",
        "att avslå ",
    ]
    .iter()
    .any(|w| g.has(w))
        && adopted_in(g, g.text()).is_none()
}

/// What a finding rejects (`avslår Bo Bergs (M) yrkande`, `avslår
/// motionen`, `finner att arbetsutskottets förslag avslås`): its words,
/// in `finding` (`low` is its lower case, offset for offset). A proposal
/// so named lost; so did the one proposal asking for a matter so named
/// (`yrkar bifall till motionen`).
fn rejected_object<'a>(finding: &'a str, low: &str) -> Option<&'a str> {
    if let Some(start) = ["avslår ", "avslog ", "avslagit ", "att avslå "]
        .iter()
        .filter_map(|w| find_str(low, w).map(|k| k + w.len()))
        .min()
    {
        let rest = &low[start..];
        let end = [".", ";", ",", " enligt", " i enlighet", " och ", " samt "]
            .iter()
            .filter_map(|w| find_str(rest, w))
            .min()
            .unwrap_or(rest.len());
        return Some(&finding[start..start + end]);
    }
    let k = [" avslås", " avslaget", " avslagen", " avslagna", " avslogs"]
        .iter()
        .filter_map(|w| find_str(low, w))
        .min()?;
    // `finner att det avslås`: `det` may be either put; not read.
    (has(&low[..k], "yrkande") || has(&low[..k], "förslag")).then(|| &finding[..k])
}

/// `avslår yrkandet` (no one named): the one member's proposal among
/// those put.
fn the_yrkande(o: &str, between: &[String], props: &Props) -> Option<String> {
    let o = lower(o.trim());
    if o.contains(' ') || !o.ends_with("yrkandet") {
        return None;
    }
    let mut members = between.iter().filter(|b| {
        props
            .iter()
            .any(|x| &x.id == *b && x.kind != ProposalKind::Base)
    });
    let one = members.next()?;
    members.next().is_none().then(|| one.clone())
}

/// The kind a put names (`tilläggsyrkandet`, `återremissyrkandet`).
/// Every kind word but `ändrade förslag` ends in `yrkande`: a text without
/// it (most) is asked that one alone. Each word is found by its rarest
/// byte: three open with `ä` or `å`, whose first byte every Swedish
/// letter shares.
fn kind_named(low: &str) -> Option<ProposalKind> {
    let yrkande = has(low, "yrkande");
    super::proposals::KIND_WORDS
        .iter()
        .filter(|(w, _)| yrkande || !w.ends_with("yrkande"))
        .find(|(w, _)| find_by(low, w, rare_index(w)).is_some())
        .map(|(_, k)| *k)
}

fn names_one_kind(low: &str) -> bool {
    kind_named(low).is_some()
}

/// `Hanna Mörns (V) tilläggsyrkande`: of her proposals, the addition.
fn narrow_by_kind(low: &str, between: Vec<String>, props: &[Proposal]) -> Vec<String> {
    // `X mot Y`, `proposition på X och (därefter) på Y`: both stand,
    // whatever their kinds.
    let both = has(low, " mot ")
        || has(low, " och på ")
        || has(low, " därefter på ")
        || has(low, " sedan på ");
    let Some(kind) = kind_named(low).filter(|_| !both) else {
        return between;
    };
    let of_kind = |id: &String| props.iter().any(|x| &x.id == id && x.kind == kind);
    let narrowed: Vec<String> = between.iter().filter(|b| of_kind(b)).cloned().collect();
    if !narrowed.is_empty() {
        return narrowed;
    }
    // Named by its kind alone: the one proposal of that kind.
    let all: Vec<String> = props
        .iter()
        .filter(|x| x.kind == kind)
        .map(|x| x.id.clone())
        .collect();
    if all.len() == 1 {
        all
    } else {
        between
    }
}

/// `bifallit detsamma`, `bifaller densamma`: the adopted proposal is the
/// one the question was put on.
fn names_the_put(after_adopted: &str) -> bool {
    let t = after_adopted.trim_start();
    // `bifaller förslaget`, `bifaller beslutsförslaget`: the proposal put,
    // named by no one's name.
    let the_proposal = ["förslaget", "beslutsförslaget", "förslag till beslut"]
        .iter()
        .any(|w| {
            t.strip_prefix(w).is_some_and(|r| {
                r.is_empty() || r.starts_with(['.', ',', ';']) || r.starts_with(" till beslut")
            })
        });
    ["detsamma", "densamma", "dessa", "det ", "det.", "detta"]
        .iter()
        .any(|w| t.starts_with(w))
        || t.is_empty()
        || the_proposal
}

/// In a finding, the words after which the adopted proposal is named:
/// the plain reading, every word searched for ([`adopted_in`] is what
/// the pass asks).
#[cfg(test)]
fn adopted_at(low: &str) -> Option<usize> {
    ADOPTS
        .iter()
        .filter_map(|w| find_str(low, w).map(|k| k + w.len()))
        .min()
}

/// In `piece` (a slice of the sentence `g` holds, or the whole), the
/// words after which the adopted proposal is named: only the words its
/// pairs allow searched for.
fn adopted_in(g: &Gated, piece: &str) -> Option<usize> {
    ADOPTS
        .iter()
        .filter_map(|w| g.find_in(piece, w).map(|k| k + w.len()))
        .min()
}

/// The words saying what a finding adopts ([`adopted_in`]).
const ADOPTS: [&str; 11] = [
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
];

/// The questions of a paragraph, from its procedure and vote parts.
pub(crate) fn procedure(prep: &Prepared, props: &Props, p: &Paragraph) -> Vec<Question> {
    let src = prep.src;
    let mut out: Vec<Question> = Vec::new();
    let mut settled: Vec<String> = Vec::new();
    // A question put without a finding yet (`ställer sedan X mot Y.`).
    let mut pending: Option<(Vec<String>, Span, bool)> = None;
    // `Ordföranden Sven Olsson (C) yrkar ...` among the yrkanden: the chair,
    // whom `sitt eget yrkande` in the chair's questions names.
    let mut chair: Vec<Actor> = props
        .iter()
        .find(|x| {
            let t = x.text.trim_start_matches(['*', '_']);
            t.starts_with("Ordförande") || t.starts_with("ordförande")
        })
        .and_then(|x| x.by.first().cloned())
        .into_iter()
        .collect();
    let open = |settled: &[String]| -> Vec<String> {
        props
            .iter()
            .filter(|x| x.kind != ProposalKind::Approve && !settled.contains(&x.id))
            .map(|x| x.id.clone())
            .collect()
    };
    // Without a beslutsgång of its own (prose with no part headings), the
    // chair's questions stand in the lead: only the sentences where the
    // chair puts a question or finds are read there.
    let headed = p
        .parts
        .iter()
        .any(|x| matches!(x.kind, PartKind::Procedure | PartKind::Vote));
    for part in p.parts.iter().filter(|x| {
        matches!(x.kind, PartKind::Procedure | PartKind::Vote)
            || (!headed && x.kind == PartKind::Lead)
    }) {
        let strict = part.kind == PartKind::Lead;
        for s in prep.sentences(part.span).iter() {
            let t = s.text(src);
            let low = prep.low(s.span);
            if strict
                && !(has(&low, "ordförande") && (has(&low, "proposition") || has(&low, "finner")))
            {
                continue;
            }
            // The sentence's pairs of bytes: most of the words asked below
            // are ruled out by them without a search.
            let g = Gated::new(&low);
            // What yes and no mean in a vote is not a question put by
            // acclamation (the vote itself is added as a question).
            if [
                "röstar ja",
                "röstar nej",
                "ja-röst",
                "nej-röst",
                "voteringsordning",
            ]
            .iter()
            .any(|w| g.has(w))
            {
                continue;
            }
            let mut who = speaker_gated(t, &g, s.span.start);
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
            let today = g.has("avgöras") || g.has("avgörs") || g.has("dagens sammanträde");
            // `frågar om ärendet ska återremitteras och finner att så inte sker`
            let asks =
                g.has("frågar") || g.has("ställer") || g.has("prövar") || g.has("proposition");
            let first = (today || (asks && !g.has("mot varandra") && finding_at(&low).is_some()))
                && (g.has("återremi") || g.has("bordlägg"));
            // `frågar om ärendet ska avgöras idag och finner att så sker`,
            // the motion named only in its proposal: which one, by kind.
            let today_only = !first
                && asks
                && (g.has("avgöras idag") || g.has("avgöras i dag") || g.has("avgöras vid dagens"))
                && finding_at(&low).is_some();
            let motion_kind = [ProposalKind::ReferBack, ProposalKind::Postpone]
                .into_iter()
                .find(|k| props.iter().any(|x| x.kind == *k));
            if first || today_only && motion_kind.is_some() {
                let kind = if g.has("återremi")
                    || !first && motion_kind == Some(ProposalKind::ReferBack)
                {
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
                // `återremitteras`, `beslutar att återremittera`,
                // `återremitterar`; `bordläggas`, `bordlägga`, `bordläggs`.
                let sent_back = g.has_in(finding, "återremitter") || g.has_in(finding, "bordlägg");
                // `inte` the word (`vinterväghållningen` holds it too).
                let negated = super::proposals::find_word(finding, "inte").is_some()
                    || g.has_in(finding, " ej ")
                    || g.has_in(finding, "avslå")
                    || g.has_in(finding, "avslag");
                let sent_back = sent_back && !negated;
                // `... beslutar att avgöra ärendet idag`.
                let decided_today = g.has_in(finding, "avgöra")
                    || g.has_in(finding, "avgörs")
                    || g.has_in(finding, "dagens")
                    || g.has_in(finding, "idag")
                    || g.has_in(finding, "i dag")
                    || negated;
                // Asked only whether to decide today: yes decides today.
                let (sent_back, decided_today) = if today_only {
                    (negated, !negated)
                } else {
                    (sent_back, decided_today)
                };
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
            // `konstaterar att det finns två förslag, X och Y, och finner
            // att ...`: the proposals named are what was put.
            let states = g.find("konstaterar att det finns");
            let puts = g.has("ställer")
                || g.has("ställde")
                || g.has("prövar")
                || g.has("proposition")
                || states.is_some();
            let counter = chooses_counter_proposal(&low);
            let finding = finding_at(&low);
            // Where the chair puts the question; a finding before it (`finner
            // att hans eget förslag är huvudförslag och ställer sedan X mot Y`)
            // is not its answer.
            let put_at = ["ställer", "ställde", "prövar", "proposition"]
                .iter()
                .filter_map(|w| g.find(w))
                .chain(states)
                .min()
                .unwrap_or(0);
            let put_finding = finding_at(&low[put_at..]).map(|k| k + put_at);
            // `ställer propositionen om X eller Y`, `efter ställd
            // proposition finner ... i enlighet med X`: a put with its
            // finding naming what was adopted.
            let put_adopts = put_finding.is_some_and(|k| adopted_in(&g, &low[k..]).is_some());
            if puts
                && (g.has("mot varandra")
                    || g.has(" mot ")
                    || g.has("proposition på")
                    || g.has("prövar")
                    || put_adopts)
            {
                let finding = put_finding;
                let put_end = finding.unwrap_or(low.len());
                let put = put_at.min(put_end)..put_end.min(t.len());
                let put_text = &t[put.clone()];
                // Its lower case: the same bytes of the sentence's (lower
                // case keeps every offset).
                let put_low = &low[put];
                let mut between = narrow_by_kind(
                    put_low,
                    resolve_all_low(put_text, Some(put_low), props, &who),
                    props,
                );
                if between.len() < 2 && !names_one_kind(put_low) {
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
            // `Kommunstyrelsen beslutar enligt X.` after the put, or alone
            // in the procedure: the meeting's decision stated without the
            // chair's finding.
            // (`X:s yrkande` names a proposal; `yrkar` is one made.)
            let stated = (finding.is_none()
                && !asks
                && !g.has("yrkar")
                && !g.has("yrkade")
                && !g.has("röst")
                && adopted_in(&g, &low).is_some())
            .then_some(0);
            if let (Some(k), Some((between, span, c))) = (finding.or(stated), pending.as_ref()) {
                if adopted_in(&g, &low[k..]).is_some()
                    || g.has("motförslag")
                    || g.has("huvudförslag")
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
            // Alone: only as the procedure's first question, not where a
            // vote's result is told.
            if stated.is_some() && out.is_empty() && part.kind == PartKind::Procedure {
                let between = open(&settled);
                let adopted =
                    adopted_in(&g, &low).and_then(|k| resolve_low(&t[k..], &low[k..], props, &who));
                if between.len() >= 2 && adopted.is_some_and(|w| between.contains(&w)) {
                    push_found(
                        &mut out,
                        &mut settled,
                        props,
                        between,
                        t,
                        &low,
                        counter,
                        &who,
                        t,
                        s.span,
                    );
                    continue;
                }
            }
            // `frågar om nämnden kan bifalla X och finner att så sker`: X is
            // put against what is still open.
            if (g.has("frågar") || g.has("prövar")) && g.has(" om ") {
                if let Some(k) = finding {
                    let asked = g.find(" om ").map_or(0, |a| a + 4).min(k);
                    let winner = resolve_low(&t[asked..k], &low[asked..k], props, &who);
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
            if g.has("ett förslag till beslut")
                && finding.is_some()
                && adopted_in(&g, &low).is_some()
            {
                let f = finding.unwrap_or(0);
                let only = resolve_low(&t[f..], &low[f..], props, &who)
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

/// Whether a sentence puts the question of which proposal is to be the
/// counter-proposal (`ställer X och Y mot varandra för att finna ett
/// motförslag`, `ska vara motförslag`), not the main question against the
/// counter-proposal already chosen (`ställer kommunstyrelsens förslag mot
/// motförslaget`).
fn chooses_counter_proposal(low: &str) -> bool {
    has(low, "motförslag") && !has(low, "mot motförslaget") && !has(low, "motförslaget mot")
}

#[allow(clippy::too_many_arguments)]
fn push_found(
    out: &mut Vec<Question>,
    settled: &mut Vec<String>,
    props: &Props,
    between: Vec<String>,
    finding: &str,
    finding_low: &str,
    counter: bool,
    who: &[Actor],
    text: &str,
    span: Span,
) {
    // The proposal put to a yes-or-no question (`proposition på bifall
    // respektive avslag till X`): the first that is not the rejection.
    let put_on = || {
        between
            .iter()
            .find(|b| {
                props
                    .iter()
                    .any(|x| &x.id == *b && x.kind != ProposalKind::Reject)
            })
            .cloned()
    };
    // The finding's pairs of bytes: most of the words asked of it below
    // are ruled out by them without a search.
    let g = Gated::new(finding_low);
    // `finner att kommunstyrelsen avslår Bo Bergs (M) yrkande`: that
    // proposal lost; of two put, the other won.
    let no = says_no(&g);
    let named_no = (no && between.len() >= 2)
        .then(|| rejected_object(finding, finding_low))
        .flatten()
        .and_then(|o| resolve(o, props, who).or_else(|| the_yrkande(o, &between, props)))
        .filter(|x| between.contains(x));
    if let Some(x) = named_no {
        let winner = (between.len() == 2)
            .then(|| between.iter().find(|b| **b != x).cloned())
            .flatten();
        settled.push(x.clone());
        out.push(Question {
            kind: QuestionKind::Main,
            between,
            winner,
            rejected: vec![x],
            method: Method::Acclamation,
            text: clean(text),
            span,
        });
        return;
    }
    // `finner att nämnden avslår förslaget` where one member moved its
    // rejection: the proposal so named lost, the rejection won.
    let rejection = || {
        let mut r = props.iter().filter(|x| x.kind == ProposalKind::Reject);
        r.next()
            .filter(|_| r.next().is_none())
            .map(|x| x.id.clone())
    };
    let base_no = (no && between.len() <= 1)
        .then(|| rejected_object(finding, finding_low))
        .flatten()
        .and_then(|o| {
            // `förslaget` alone: the proposal before the meeting.
            let base = props.iter().find(|p| p.kind == ProposalKind::Base);
            match lower(o.trim()).as_str() {
                "förslaget" => base.map(|p| p.id.clone()),
                _ => resolve(o, props, who),
            }
        })
        .filter(|x| {
            props
                .iter()
                .any(|p| &p.id == x && p.kind == ProposalKind::Base)
        });
    if let (Some(x), Some(r)) = (base_no, rejection()) {
        settled.extend([x.clone(), r.clone()]);
        out.push(Question {
            kind: QuestionKind::Main,
            between: vec![x.clone(), r.clone()],
            winner: Some(r),
            rejected: vec![x],
            method: Method::Acclamation,
            text: clean(text),
            span,
        });
        return;
    }
    if no && (between.len() == 1 || resolve_low(finding, finding_low, props, who).is_none()) {
        let rejected = between.clone();
        settled.extend(rejected.iter().cloned());
        out.push(Question {
            kind: QuestionKind::Main,
            between,
            winner: None,
            rejected,
            method: Method::Acclamation,
            text: clean(text),
            span,
        });
        return;
    }
    // `finner att kommunstyrelsen bifallit det senare`: of two put, the
    // one the finding names by its place.
    let by_place = (between.len() == 2 && !no)
        .then(|| named_by_place(finding_low))
        .flatten()
        .map(|k| between[k].clone());
    // `bifaller huvudförslaget`, `beslutar enligt motförslaget`: of the base
    // proposal and another put against it, the one the finding names by
    // its role.
    let by_role = (between.len() == 2 && !no)
        .then(|| {
            let main = named_by_role(&finding_low[adopted_in(&g, finding_low)?..])?;
            let base = between.iter().position(|b| {
                props
                    .iter()
                    .any(|p| &p.id == b && p.kind == ProposalKind::Base)
            })?;
            Some(between[if main { base } else { 1 - base }].clone())
        })
        .flatten();
    let by_place = by_place.or(by_role);
    let winner = match adopted_in(&g, finding_low) {
        _ if by_place.is_some() => by_place,
        Some(k) if names_the_put(&finding_low[k.min(finding_low.len())..]) => put_on(),
        Some(k) => {
            let k = k.min(finding.len());
            resolve_low(&finding[k..], &finding_low[k..], props, who)
        }
        None if counter => resolve_low(finding, finding_low, props, who),
        None => None,
    };
    // `finner X bifallet`
    let winner = winner.or_else(|| {
        ["bifallet", "bifallen", "bifalls", "antaget"]
            .iter()
            .any(|w| g.has(w))
            .then(|| resolve_low(finding, finding_low, props, who).or_else(put_on))
            .flatten()
    });
    let winner = winner
        .or_else(|| resolve_low(finding, finding_low, props, who))
        .or_else(|| {
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
    // No winner read: nothing is known to be rejected either.
    let rejected: Vec<String> = between
        .iter()
        .filter(|b| winner.is_some() && Some(*b) != winner.as_ref())
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

/// Whether the words after a finding's word of adopting name the main
/// proposal (`huvudförslaget`: true) or the counter-proposal
/// (`motförslaget`: false).
fn named_by_role(after_adopted: &str) -> Option<bool> {
    let t = after_adopted.trim_start();
    if t.starts_with("huvudförslag") {
        Some(true)
    } else if t.starts_with("motförslaget") {
        Some(false)
    } else {
        None
    }
}

/// Which of two proposals put a finding names by its place: the first
/// (`det förstnämnda`, `det förra`) or the second (`det senare`, `det
/// sistnämnda`).
fn named_by_place(low: &str) -> Option<usize> {
    let first = [
        "förstnämnda",
        "först nämnda",
        "det förra",
        "det första yrkandet",
    ];
    let second = [
        "sistnämnda",
        "senast nämnda",
        "det senare",
        "det andra yrkandet",
    ];
    if first.iter().any(|w| has(low, w)) {
        Some(0)
    } else if second.iter().any(|w| has(low, w)) {
        Some(1)
    } else {
        None
    }
}

/// The text without markup, white space collapsed, as `strip_inline`
/// gives it (see `bytes::clean`).
fn clean(t: &str) -> String {
    super::bytes::clean(t)
}

#[cfg(test)]
mod tests;
