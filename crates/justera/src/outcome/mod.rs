//! Inside one paragraph: proposals, procedure, votes, reservations,
//! statements, jäv, documents and attachments, read from its parts.

mod bytes;
mod chunks;
mod furniture;
mod jav;
pub(crate) mod passes;
mod prepared;
mod procedure;
mod proposals;
mod prose_roll;
mod questions;
mod reservations;
mod statements;
mod text;
mod votes;

use std::collections::HashMap;

use crate::inline::fold;
use crate::model::*;
use crate::text::has;
use bytes::{bilaga_in, has_jamk, may_fold_to_jamk};

pub(crate) use furniture::without_furniture;
pub(crate) use proposals::moved_by_members;
pub(crate) use proposals::{office_role, OFFICE_ROLES};
pub(crate) use reservations::attachment_names;
pub(crate) use votes::sections::section_cell;
pub(crate) use votes::VoteList;

fn clean(t: &str) -> String {
    bytes::clean(t)
}

/// The parts as this pass reads them: a "heading" that is really the end
/// of a sentence broken over a line (`Magdalena Sundqvists (S) m.fl.` /
/// `yrkande.`) continues the part before it.
fn reading_parts(parts: &[Part]) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    for part in parts {
        let broken = broken_heading(part);
        match out.last_mut() {
            Some(prev) if broken => {
                let from = part.heading.as_ref().map_or(part.span, |h| h.span);
                prev.span = prev.span.cover(from).cover(part.span);
                prev.text.push('\n');
                prev.text.push_str(
                    &part
                        .heading
                        .as_ref()
                        .map(|h| h.text.clone())
                        .unwrap_or_default(),
                );
                prev.text.push(' ');
                prev.text.push_str(&part.text);
            }
            _ => out.push(part.clone()),
        }
    }
    out
}

/// Whether the part's heading is really the end of a sentence broken
/// over a line (a small letter opens it, or `.` or `,` ends it).
fn broken_heading(part: &Part) -> bool {
    part.heading.as_ref().is_some_and(|h| {
        let t = h.text.trim();
        t.starts_with(|c: char| c.is_lowercase()) || t.ends_with(['.', ','])
    })
}

/// The key [`stands_behind`] compares names by (the rules' indexes of
/// movers are keyed by it).
pub(crate) fn behind_key(name: &str) -> String {
    text::name_key(name)
}

/// Whether `who` (a reserver, a speaker) stands behind a proposal `by`
/// moved (the outcome view's reservations and the validator's
/// `reservation-without-proposal` both ask this): the same person; a party group (`Ledamöterna från M`,
/// `M-gruppen`, `Anna Ek m.fl. (M)`) one of whose members moved it; or a
/// member of the party group that moved it.
#[cfg(test)]
pub(crate) fn stands_behind(who: &Actor, by: &Actor) -> bool {
    if text::name_key(&who.name) == text::name_key(&by.name) {
        return true;
    }
    (who.group || by.group) && who.party.is_some() && who.party == by.party
}

/// A reservation that names no proposal (`X (S) och Y (V) reserverar sig
/// mot beslutet`), or names its own by a word the reservers' names do not
/// resolve (`SD-gruppen ... till förmån för sitt yrkande`): the one losing
/// proposal the reservers made or backed, by name or, for a party group,
/// by party. The written text (`in_favour_text`) stays as it was.
fn link_reservations(p: &mut Paragraph, merged: bool) {
    let unlinked = |r: &Reservation| r.in_favour_of.is_none() && !r.by.is_empty();
    if !p.reservations.iter().any(unlinked) {
        return; // None to link: the losing proposals are not gathered.
    }
    let adopted = p.outcome.as_ref().and_then(|o| o.adopted.clone());
    let losing: Vec<(String, Vec<Actor>)> = positions_merged(p, merged)
        .into_iter()
        .filter(|x| x.kind != ProposalKind::Base && Some(&x.id) != adopted.as_ref())
        .map(|x| (x.id.clone(), x.by.clone()))
        .collect();
    // Who backs which losing proposal, made on first need.
    let mut backers: Option<Backers> = None;
    for r in p
        .reservations
        .iter_mut()
        .filter(|r| r.in_favour_of.is_none())
    {
        let own_words = r.in_favour_text.as_deref().is_none_or(|t| {
            let f = fold(t);
            ["eget", "egna", "sitt", "sina", "gemensamma", "gemensamt"]
                .iter()
                .any(|w| f.split_whitespace().any(|x| x == *w))
        });
        if !own_words || r.by.is_empty() {
            continue;
        }
        let backers = backers.get_or_insert_with(|| Backers::new(&losing));
        let found: Vec<&String> = backers
            .backed_by(&r.by)
            .into_iter()
            .map(|k| &losing[k].0)
            .collect();
        // Several hands of one mover: the reservation is against the
        // decision itself, so the one that was not about sending the matter
        // back or postponing it.
        let main: Vec<&String> = found
            .iter()
            .copied()
            .filter(|id| {
                !p.proposals.iter().any(|x| {
                    &x.id == *id
                        && matches!(x.kind, ProposalKind::ReferBack | ProposalKind::Postpone)
                })
            })
            .collect();
        match (found.as_slice(), main.as_slice()) {
            ([one], _) | (_, [one]) => r.in_favour_of = Some((*one).clone()),
            _ => {}
        }
    }
}

/// The losing proposals by who [`stands_behind`] them: by each mover's
/// name key, by each mover's party, and by each party group that moved one.
struct Backers {
    by_key: HashMap<String, Vec<usize>>,
    by_party: HashMap<String, Vec<usize>>,
    by_group: HashMap<String, Vec<usize>>,
}

impl Backers {
    fn new(losing: &[(String, Vec<Actor>)]) -> Backers {
        let mut b = Backers {
            by_key: HashMap::new(),
            by_party: HashMap::new(),
            by_group: HashMap::new(),
        };
        for (k, (_, by)) in losing.iter().enumerate() {
            for a in by {
                b.by_key.entry(text::name_key(&a.name)).or_default().push(k);
                if let Some(party) = &a.party {
                    b.by_party.entry(party.clone()).or_default().push(k);
                    if a.group {
                        b.by_group.entry(party.clone()).or_default().push(k);
                    }
                }
            }
        }
        b
    }

    /// The losing proposals (indexes, in order) one of `who` stands behind.
    fn backed_by(&self, who: &[Actor]) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for a in who {
            out.extend(
                self.by_key
                    .get(&text::name_key(&a.name))
                    .into_iter()
                    .flatten(),
            );
            // A party group backs its members' proposals; a member backs
            // the group's.
            let by_party = if a.group {
                &self.by_party
            } else {
                &self.by_group
            };
            if let Some(party) = &a.party {
                out.extend(by_party.get(party).into_iter().flatten());
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// `Yrkande: byte av sekreterare` and right after it `Yrkande: byte av
/// sekreterare beslut`: the proposal was decided on its own, as a question
/// of its own.
fn separate_questions(parts: &[Part], procedure: &mut Vec<Question>, props: &[Proposal]) {
    for w in parts.windows(2) {
        let (ask, answer) = (&w[0], &w[1]);
        let (Some(h), Some(d)) = (&ask.heading, &answer.heading) else {
            continue;
        };
        if ask.kind != PartKind::Proposals || answer.kind != PartKind::Decision {
            continue;
        }
        let (h, d) = (fold(&h.text), fold(&d.text));
        if !(d.starts_with(&h) && d.len() > h.len()) {
            continue;
        }
        let between: Vec<String> = props
            .iter()
            .filter(|x| ask.span.contains(x.span))
            .map(|x| x.id.clone())
            .collect();
        if between.is_empty() {
            continue;
        }
        let f = fold(&answer.text);
        let (winner, rejected) = if rejects(&f) {
            (None, between.clone())
        } else if has(&f, "bifall") {
            (between.first().cloned(), Vec::new())
        } else {
            (None, Vec::new())
        };
        procedure.push(Question {
            kind: QuestionKind::Separate,
            between,
            winner,
            rejected,
            method: Method::Acclamation,
            text: clean(&answer.text),
            span: answer.span,
        });
    }
}

/// `avslås`, `nekas`, `avslogs`: a point the meeting said no to.
fn rejects(f: &str) -> bool {
    ["avslås", "avslogs", "nekas", "nekades", "avslag"]
        .iter()
        .any(|w| has(f, w))
}

/// Decision lines about the proposed points (`attsats 2 nekas`, `första
/// attsatsen bifalles`): (some said yes to, some said no to).
fn point_verdicts(p: &Paragraph) -> (bool, bool) {
    verdicts(p, &["attsats"])
}

/// Whether the decision says, point by point or yrkande by yrkande, what
/// the meeting said yes and no to (`samtliga ändringsyrkanden bifalles`,
/// `attsats 2 nekas`): the procedure is recorded there.
pub(crate) fn decision_gives_verdicts(p: &Paragraph) -> bool {
    let (yes, no) = verdicts(p, &["attsats", "yrkande"]);
    yes || no
}

fn verdicts(p: &Paragraph, subjects: &[&str]) -> (bool, bool) {
    match &p.decision {
        Some(d) => verdicts_in(&d.text, subjects),
        None => (false, false),
    }
}

/// [`verdicts`] of a decision's text.
fn verdicts_in(text: &str, subjects: &[&str]) -> (bool, bool) {
    let mut yes = false;
    let mut no = false;
    // Each short line folded into one buffer, kept from line to line.
    let mut f = String::new();
    // The lines found with memchr: a line's `\r` and a last empty line
    // (which `str::lines` leaves out) fold away as any white space does.
    for line in bytes::lines(text) {
        // A verdict is terse (`attsats 2 nekas`); a long line explains.
        // Most decision lines are long: one whose trimmed text holds more
        // than 80 visible ASCII characters folds to more than 80 bytes
        // (each stays one byte), so it is passed over unfolded.
        if more_visible_ascii(crate::text::fold_trim(line), 80) {
            continue;
        }
        crate::text::fold_into(line, &mut f);
        if f.len() > 80 || !subjects.iter().any(|w| has(&f, w)) {
            continue;
        }
        if rejects(&f) {
            no = true;
        } else if has(&f, "bifall") || has(&f, "godkän") {
            yes = true;
        }
    }
    (yes, no)
}

/// Whether more than `n` bytes of `t` are visible ASCII (`!` to `~`):
/// each is a character of its own that [`fold`] keeps as one byte, so a
/// text with more folds to more than `n` bytes once its ends are trimmed
/// as [`fold`] trims them. Counted sixteen bytes at a time, and only until
/// more than `n` are seen (a long line is not read to its end).
fn more_visible_ascii(t: &str, n: usize) -> bool {
    let visible = |b: &u8| (b'!'..=b'~').contains(b);
    let mut seen = 0;
    let mut chunks = t.as_bytes().chunks_exact(16);
    for c in &mut chunks {
        seen += c.iter().filter(|b| visible(b)).count();
        if seen > n {
            return true;
        }
    }
    seen + chunks.remainder().iter().filter(|b| visible(b)).count() > n
}

/// The positions that stood: the base proposal and every yrkande except
/// those that approve the base (they are the base), nominations (a
/// candidate is not against another unless a vote says so), points
/// decided on their own, and amendments the mover merged into the base
/// (`jämkade`).
pub(crate) fn positions(p: &Paragraph) -> Vec<&Proposal> {
    positions_merged(p, merged(p))
}

/// `Jämkan`: the movers adjusted their proposal to the amendments (asked
/// only when an amendment stands, the one thing it changes).
fn merged(p: &Paragraph) -> bool {
    let amended = p
        .proposals
        .iter()
        .any(|x| matches!(x.kind, ProposalKind::Amend | ProposalKind::Add));
    amended
        && (p.parts.iter().any(|x| has_jamk(&x.text))
            || p.decision
                .as_ref()
                .is_some_and(|d| may_fold_to_jamk(&d.text) && fold(&d.text).contains("jämk")))
}

/// [`positions`] with [`merged`] of `p` given.
fn positions_merged(p: &Paragraph, merged: bool) -> Vec<&Proposal> {
    let has_base = p.proposals.iter().any(|x| x.kind == ProposalKind::Base);
    let apart = |id: &str| {
        p.procedure
            .iter()
            .any(|q| q.kind == QuestionKind::Separate && q.between.iter().any(|b| b == id))
    };
    p.proposals
        .iter()
        .filter(|x| !(has_base && x.kind == ProposalKind::Approve))
        .filter(|x| x.kind != ProposalKind::Nominate)
        .filter(|x| !(merged && matches!(x.kind, ProposalKind::Amend | ProposalKind::Add)))
        .filter(|x| !apart(&x.id))
        .collect()
}

/// A vote only on sending the matter back or postponing it: a side is a
/// proposal to, or a side's words are about deciding the matter today,
/// and neither side is a proposal on the matter itself.
/// Whether proposal `id` is one to send the matter back or postpone it.
fn to_later(p: &Paragraph, id: &str) -> bool {
    p.proposals
        .iter()
        .any(|x| x.id == id && matches!(x.kind, ProposalKind::ReferBack | ProposalKind::Postpone))
}

fn on_deciding_today(p: &Paragraph, v: &Vote) -> bool {
    let about_today = |t: &String| {
        let f = fold(t);
        ["avgöras idag", "avgöras i dag", "återremi", "bordlägg"]
            .iter()
            .any(|w| f.contains(w))
    };
    // A side for a proposal on the matter (`Ja för förvaltningens
    // förslag, nej för bordläggning`) decides the matter too.
    let on_matter = |id: &String| {
        p.proposals.iter().any(|x| {
            &x.id == id && !matches!(x.kind, ProposalKind::ReferBack | ProposalKind::Postpone)
        }) || id == "base"
    };
    let sides = || v.yes_means.iter().chain(v.no_means.iter());
    !sides().any(on_matter)
        && (sides().any(|id| to_later(p, id))
            || v.yes_text.iter().chain(v.no_text.iter()).any(about_today))
}

fn outcome(p: &mut Paragraph, merged: bool) {
    if p.decision.is_none() && p.proposals.is_empty() && p.votes.is_empty() {
        return;
    }
    let stood = positions_merged(p, merged);
    // The last vote counted, or whose result the text stated (its counts
    // only in a list not read), on the matter itself: not one on whether
    // to decide it today (återremiss, bordläggning), after which the
    // matter may have been decided without a vote.
    let vote = p
        .votes
        .iter()
        .rev()
        .filter(|v| !on_deciding_today(p, v))
        .find(|v| v.counts.yes.is_some() || v.counts.no.is_some() || v.result_stated);
    let (points_yes, points_no) = point_verdicts(p);
    let contested = stood.len() > 1
        || points_no
        || p.votes
            .iter()
            .any(|v| v.counts.no.is_some_and(|n| n > 0) || v.lot || v.casting_vote)
        || p.procedure
            .iter()
            .any(|q| q.between.len() > 1 && q.kind != QuestionKind::Separate);
    // A counted vote settled by lot is still a vote (`Vote::lot` says so);
    // `lot` alone is a lot with no count.
    let method = if vote.is_some() {
        Method::Vote
    } else if p.votes.iter().any(|v| v.lot) {
        Method::Lot
    } else if contested {
        Method::Acclamation
    } else {
        Method::Unopposed
    };
    let adopted = vote
        .and_then(|v| v.result.clone())
        .or_else(|| {
            p.procedure
                .iter()
                .rev()
                .filter(|q| q.kind == QuestionKind::Main)
                .find_map(|q| q.winner.clone())
        })
        .or_else(|| {
            // The matter sent back or postponed: the question put first
            // won by the proposal to do so.
            p.procedure
                .iter()
                .filter(|q| matches!(q.kind, QuestionKind::ReferBack | QuestionKind::Postpone))
                .filter_map(|q| q.winner.clone())
                .find(|w| to_later(p, w))
        })
        .or_else(|| {
            // What still stands once the questions put first (återremiss,
            // bordläggning) and any proposal the meeting said no to are out.
            let reservers = reservations::Reservers::new(p);
            let out_of_it = |id: &str| {
                p.procedure
                    .iter()
                    .any(|q| q.rejected.iter().any(|r| r == id))
                    || reservers.lost(p, id)
            };
            let left: Vec<&&Proposal> = stood.iter().filter(|x| !out_of_it(&x.id)).collect();
            if left.len() == 1 && !points_no {
                left.first().map(|x| x.id.clone())
            } else {
                None
            }
        })
        .or_else(|| {
            // `attsatsen bifalles efter ändringsyrkanden`: the base as
            // amended; `attsats 1 bifalles`, `attsats 2 nekas`: the base in
            // part.
            let base = stood.iter().find(|x| x.kind == ProposalKind::Base)?;
            let amended = verdicts(p, &["ändringsyrkand", "tilläggsyrkand"]).0;
            (points_yes || amended).then(|| base.id.clone())
        })
        .map(|id| match p.proposals.iter().find(|x| x.id == id) {
            Some(x)
                if x.kind == ProposalKind::Approve
                    && p.proposals.iter().any(|b| b.kind == ProposalKind::Base) =>
            {
                "base".to_string()
            }
            _ => id,
        });
    let margin = vote.and_then(|v| Some((v.counts.yes? as i64 - v.counts.no? as i64).abs()));
    // `attsatsen avslås`, nothing said yes to and no question written: the
    // meeting said no to the proposal put to it.
    let base = stood
        .iter()
        .find(|x| x.kind == ProposalKind::Base)
        .map(|x| x.id.clone());
    if let (Some(base), true, false) = (base, points_no, points_yes) {
        if adopted.is_none() && !p.procedure.iter().any(|q| q.kind == QuestionKind::Main) {
            let d = p.decision.as_ref();
            p.procedure.push(Question {
                kind: QuestionKind::Main,
                between: vec![base.clone()],
                winner: None,
                rejected: vec![base],
                method: if vote.is_some() {
                    Method::Vote
                } else {
                    Method::Acclamation
                },
                text: d.map(|d| clean(&d.text)).unwrap_or_default(),
                span: d.map_or(p.span, |d| d.span),
            });
        }
    }
    p.outcome = Some(Outcome {
        adopted,
        contested,
        method,
        margin,
        span: p.decision.as_ref().map(|d| d.span),
    });
}

#[cfg(test)]
mod tests {
    /// The plain reading of [`verdicts_in`]: every line folded.
    fn verdicts_by_fold(text: &str, subjects: &[&str]) -> (bool, bool) {
        let (mut yes, mut no) = (false, false);
        for line in text.lines() {
            let f = fold(line);
            if f.len() > 80 || !subjects.iter().any(|w| has(&f, w)) {
                continue;
            }
            if rejects(&f) {
                no = true;
            } else if has(&f, "bifall") || has(&f, "godkän") {
                yes = true;
            }
        }
        (yes, no)
    }

    #[test]
    fn verdicts_are_the_plain_reading_on_generated_decisions() {
        let words = [
            "attsats",
            "ATTSATS",
            "аttsats",
            "yrkande",
            "2",
            "nekas",
            "bifalles",
            "godkänns",
            "avslås",
            "-",
            "**",
            ":",
            ".",
            "–",
            "\u{a0}",
            "\t",
            "\n",
            "\r",
            "\r\n",
            "ord",
            "åäö",
            "Ärende",
            "12345678",
            "x",
        ];
        let mut rng = crate::testing::Rng::new(0x6a09_e667_f3bc_c908);
        let (mut long, mut found) = (0, 0);
        for _ in 0..20_000 {
            let t = rng.phrase(&words, 40);
            let subjects: &[&str] = if rng.below(2) == 0 {
                &["attsats"]
            } else {
                &["attsats", "yrkande"]
            };
            let fast = verdicts_in(&t, subjects);
            assert_eq!(fast, verdicts_by_fold(&t, subjects), "{t:?}");
            long += usize::from(t.lines().any(|l| fold(l).len() > 80));
            found += usize::from(fast != (false, false));
        }
        assert!(long > 1000 && found > 1000, "{long} {found}");
    }

    use super::*;

    /// Reservers and movers: people and party groups, with and without a
    /// party, names that differ by an accent only.
    fn actors() -> Vec<Actor> {
        let mut out = Vec::new();
        for name in ["Anna Ek", "Andréa Ek", "Andrea Ek", "Bo Lind", "S-gruppen"] {
            for party in [None, Some("S"), Some("M")] {
                for group in [false, true] {
                    out.push(Actor {
                        name: name.to_string(),
                        party: party.map(str::to_string),
                        group,
                        span: Span::new(0, 0),
                    });
                }
            }
        }
        out
    }

    /// Jäv written in the paragraph's text, as a member declares it or as
    /// the secretary records it; none where no one was.
    #[test]
    fn jav_in_other_words() {
        let jav = |line: &str| {
            let src = format!(
                "Protokoll\n\n§ 12 Bygglov för Ekbacken 1:2\n\n{line}\n\nBeslut\nNämnden beviljar bygglovet.\n"
            );
            let d = crate::parse(&src);
            d.paragraphs[0]
                .jav
                .iter()
                .flat_map(|j| j.by.iter().map(|a| a.name.clone()))
                .collect::<Vec<_>>()
        };
        for line in [
            "Bo Berg (M) anmäler jäv och deltar inte i handläggningen.",
            "Bo Berg (M) är jävig och deltar inte i beslutet.",
            "Bo Berg (M) anser sig jävig i ärendet.",
            "Bo Berg (M) deltar inte p.g.a. jäv.",
            "Bo Berg (M) har anmält jäv och deltar inte i handläggningen av ärendet.",
            // The substitute serving in his place declared none.
            "Bo Berg (M) anmäler jäv. Cia Holm (C) tjänstgör i hans ställe.",
        ] {
            assert_eq!(jav(line), ["Bo Berg"], "{line}");
        }
        assert!(jav("Ingen ledamot är jävig, konstaterar Bo Berg (M).").is_empty());
        // `ingen` inside a word (`behandlingen`) denies nothing.
        assert_eq!(
            jav("Bo Berg (M) anser sig jävig och lämnar sammanträdet under behandlingen av ärendet."),
            ["Bo Berg"]
        );
    }

    /// A vote whose counts stand only in a list not read, its result
    /// stated: the outcome was decided by vote.
    #[test]
    fn a_vote_with_a_stated_result_and_no_counts_decides() {
        let src = "## § 12 Budget\n\n### Yrkanden\n\nAnna Lind (S) yrkar bifall till \
            kommunstyrelsens förslag.\n\nBo Ek (M) yrkar avslag.\n\n### Beslutsgång\n\n\
            Votering begärs. Den som vill bifalla kommunstyrelsens förslag röstar ja, den som \
            vill avslå förslaget röstar nej. Omröstningen utfaller enligt voteringslista. \
            Kommunstyrelsen har beslutat att bifalla kommunstyrelsens förslag.\n";
        let d = crate::parse(src);
        let o = d.paragraphs[0].outcome.as_ref().unwrap();
        assert_eq!(
            (o.method, o.adopted.as_deref()),
            (Method::Vote, Some("base"))
        );
    }

    #[test]
    fn reservers_stand_behind_as_compared_one_by_one() {
        let all = actors();
        for k in 0..all.len() {
            let mut p = Paragraph::default();
            p.reservations = vec![Reservation {
                by: vec![all[k].clone(), all[(k * 7 + 3) % all.len()].clone()],
                in_favour_of: None,
                in_favour_text: None,
                text: String::new(),
                span: Span::new(0, 0),
            }];
            let reservers = reservations::Reservers::new(&p);
            for b in &all {
                let want = p.reservations[0].by.iter().any(|a| stands_behind(a, b));
                assert_eq!(
                    reservers.behind(b),
                    want,
                    "{b:?} {:?}",
                    p.reservations[0].by
                );
            }
        }
    }

    #[test]
    fn backers_are_who_stands_behind() {
        let all = actors();
        // Losing proposals of one, two and three movers.
        let losing: Vec<(String, Vec<Actor>)> = (0..all.len())
            .map(|k| {
                let by = (0..=k % 3).map(|j| all[(k * 7 + j * 5) % all.len()].clone());
                (format!("p{k}"), by.collect())
            })
            .collect();
        let backers = Backers::new(&losing);
        for a in &all {
            for b in &all {
                let who = [a.clone(), b.clone()];
                let want: Vec<usize> = (0..losing.len())
                    .filter(|&k| {
                        losing[k]
                            .1
                            .iter()
                            .any(|m| who.iter().any(|w| stands_behind(w, m)))
                    })
                    .collect();
                assert_eq!(backers.backed_by(&who), want, "{who:?}");
            }
        }
    }
}
