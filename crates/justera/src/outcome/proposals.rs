//! The proposals of a paragraph: the base proposal and each yrkande, with
//! who stands behind it; and resolving a written reference (`Johan
//! Tolinssons (S) m.fl. yrkande`, `förvaltningens förslag`, `det egna
//! yrkandet`) to a proposal id.
//!
//! `proposals` here reads the sentences that move them; `proposals/listed.rs`
//! the points under a heading; `proposals/joined.rs` a yrkande joining
//! another's; `proposals/sources.rs` whose proposal a phrase names;
//! `proposals/resolve.rs` a reference to a proposal; `proposals/verbs.rs`
//! where a sentence's proposing verb starts.

mod draft;
mod inverted;
mod joined;
mod kind;
mod listed;
mod names;
mod noun;
mod office;
mod resolve;
mod restated;
mod sources;
mod verbs;

pub(crate) use names::{KeyBufs, Props};
pub(crate) use office::{office_role, OFFICE_ROLES};
pub(crate) use resolve::{
    find_word, resolve, resolve_all_low, resolve_low, speaker_gated, speaker_low,
};
pub(crate) use sources::KIND_WORDS;

use super::prepared::Prepared;
use super::text::lower;
use super::text::name_key;
use super::text::sentences;
use super::text::Sentence;
use crate::inline::find_actors;
use crate::inline::{find_speakers, find_speakers_low};
use crate::model::*;
use crate::scan::strip_source_markup;
use crate::text::{find_str, has};
use draft::Draft;
use joined::joined;
use kind::kind_of;
use listed::listed;
use sources::base_source;
use verbs::{verb_at, verbs_in};

/// What the proposals read in one part before drafting them: the part
/// (by index), whether only sentences that move a yrkande are read there
/// (`strict`), those sentences when they are not all the part's, and
/// each sentence's proposing verb and speakers.
pub(crate) struct Reading {
    part: usize,
    strict: bool,
    kept: Option<Vec<Sentence>>,
    verbs: Vec<Option<usize>>,
    speakers: Vec<Vec<Actor>>,
}

/// The proposals of `p`: its [`readings`] drafted at once.
#[cfg(test)]
pub(crate) fn proposals(prep: &Prepared, p: &Paragraph) -> Vec<Proposal> {
    drafted(prep, p, readings(prep, p))
}

/// What [`drafted`] reads in each part it reads, in the parts' order:
/// the sentences, their verbs and who speaks in each. Read for every
/// paragraph before any is drafted (the code of the speakers' reading
/// then stays in the instruction cache); a sentence's reading depends on
/// its own text alone, so when it is read changes nothing.
pub(crate) fn readings(prep: &Prepared, p: &Paragraph) -> Vec<Reading> {
    // Without a `Yrkanden` heading, members' yrkanden stand in the text
    // itself (`Anna Ek (M) yrkar bifall till motionen.` in the lead or the
    // beslutsgång): only such sentences are read there, not the matter's
    // narrative (`X (M) föreslår i en motion ...`).
    let headed = p.parts.iter().any(|x| x.kind == PartKind::Proposals);
    let read = p
        .parts
        .iter()
        .enumerate()
        .filter_map(|(k, x)| match x.kind {
            PartKind::Proposals => Some((k, x, false)),
            PartKind::Lead | PartKind::Procedure if !headed => Some((k, x, true)),
            _ => None,
        });
    let mut out = Vec::new();
    for (k, part, strict) in read {
        // A sentence read for its yrkande alone holds `yrkar` or `yrkade`
        // (`yrkande_sentence`): a part without `yrka` has none, and is not
        // split into sentences for them (nor lowered: the word is ASCII,
        // asked of the part with its ASCII letters lowered).
        if strict && !has(&prep.ascii_low_of(part.span), "yrka") {
            continue;
        }
        // The part's sentences as made once, copied only to be filtered.
        let mut ss = prep.sentences(part.span);
        if strict {
            ss.to_mut().retain(|s| yrkande_sentence(prep, s));
            if ss.is_empty() {
                continue;
            }
        }
        // Where each sentence's proposing verb starts: looked for once.
        let verbs = verbs_in(prep, part.span, &ss);
        // Who speaks in each sentence: the drafting reads every one.
        let speakers = ss
            .iter()
            .zip(&verbs)
            .map(|(s, verb)| speakers_of(prep, *s, *verb))
            .collect();
        out.push(Reading {
            part: k,
            strict,
            kept: strict.then(|| ss.into_owned()),
            verbs,
            speakers,
        });
    }
    out
}

/// The proposals moved in the paragraph's `Yrkanden` parts, then the base
/// proposal when one is named anywhere in the proposals, procedure or
/// votes: drafted from its parts' [`readings`].
pub(crate) fn drafted(prep: &Prepared, p: &Paragraph, readings: Vec<Reading>) -> Vec<Proposal> {
    let src = prep.src;
    let mut drafts: Vec<Draft> = Vec::new();
    let mut joins: Vec<(usize, Vec<Actor>)> = Vec::new();
    for r in readings {
        let (part, strict, verbs) = (&p.parts[r.part], r.strict, r.verbs);
        let ss = match r.kept {
            Some(kept) => std::borrow::Cow::Owned(kept),
            None => prep.sentences(part.span),
        };
        // Association minutes list their amendments and nominations as
        // points, with nobody speaking: each point is a proposal.
        if !strict && r.speakers.iter().all(Vec::is_empty) {
            drafts.extend(listed(src, part));
            continue;
        }
        let mut current: Option<usize> = None;
        // The drafts whose own kind was asked (`kind_of` on their words).
        let mut checked: Vec<bool> = Vec::new();
        for ((&s, verb), mut by) in ss.iter().zip(verbs).zip(r.speakers) {
            let t = s.text(src);
            let low = prep.low(s.span);
            // `Ordföranden yrkade ...`: the chair's own yrkande, not the
            // previous speaker's.
            if by.is_empty() {
                by.extend(verb.and_then(|v| office::office_speaker(t, &low, v, s.span.start)));
            }
            let second_hand = low
                .trim_start_matches(['*', '_'])
                .starts_with("i andra hand");
            // `Under överläggningen yrkar dels A och B bifall ..., dels C
            // avslag`: the names after the verb.
            if by.is_empty() {
                let inv = verb
                    .map(|v| {
                        let end = low[v..].find(' ').map_or(low.len(), |e| v + e);
                        inverted::after_verb(t, &low, end, s.span.start)
                    })
                    .unwrap_or_default();
                if !inv.is_empty() {
                    for (k, (by, head)) in inv.into_iter().enumerate() {
                        drafts.push(Draft {
                            kind: None,
                            joint: by.len() > 1,
                            by,
                            priority: None,
                            span: if k == 0 {
                                Span::new(s.span.start, head.end)
                            } else {
                                head
                            },
                            head,
                            markup: false,
                        });
                    }
                    current = Some(drafts.len() - 1);
                    continue;
                }
            }
            if by.is_empty() && !(second_hand && current.is_some() && verb.is_some()) {
                // A continuation: list points, the motivation.
                if let Some(k) = current {
                    let d: &mut Draft = &mut drafts[k];
                    d.span = d.span.cover(s.span);
                    // A yrkande whose own words say what it is (`bifall
                    // till ...`) keeps that kind whatever its motivation
                    // goes on to name (`en återremiss skulle försena ...`);
                    // one that does not (`yrkar följande:`) reads its points.
                    // Asked once a draft, at its first continuation.
                    checked.resize(checked.len().max(k + 1), false);
                    if d.kind.is_none() && !std::mem::replace(&mut checked[k], true) {
                        let own = kind_of(&prep.low(d.head));
                        d.kind = (own != ProposalKind::Own).then_some(own);
                    }
                    if d.head.len() < 300 {
                        d.head = d.head.cover(s.span);
                    }
                }
                continue;
            }
            let by = if by.is_empty() {
                current.map(|k| drafts[k].by.clone()).unwrap_or_default()
            } else {
                by
            };
            let v = verb.unwrap_or(0);
            // `X (M) yrkar, med instämmande av Y (KD), bifall till ...`
            let mut by = by;
            if let Some(k) = find_str(&low[v..], "med instämmande").map(|k| k + v) {
                let end = low[k..].find([',', '.', ';']).map_or(low.len(), |e| e + k);
                for a in find_actors(&t[k..end], s.span.start + k) {
                    if !by.iter().any(|b| name_key(&b.name) == name_key(&a.name)) {
                        by.push(a);
                    }
                }
            }
            let after = &low[v..];
            // The draft the chair moved as the chair, which `ordförandens
            // förslag` names.
            let chair = drafts
                .iter()
                .position(|d| resolve::opens_as_chair(d.span.of(src)));
            // Joining another member's yrkande: `yrkar bifall till X:s yrkande`,
            // `instämmer i X:s yrkande`.
            if let Some(target) = joined(after, &drafts, chair) {
                joins.push((target, by));
                current = Some(target);
                continue;
            }
            // `i första hand ..., och i andra hand ...` or `bordläggning i
            // första hand, återremiss i andra hand och avslag i tredje hand`:
            // one proposal per hand.
            let first = find_str(&low, "i första hand");
            let joint = by.len() > 1 || has(&low, "gemensam");
            // Hands are counted from the first (`by_hand` finds it first).
            let hands = if first.is_some() {
                by_hand(&low, v)
            } else {
                Vec::new()
            };
            match hands.len() {
                2.. => {
                    for (k, (a, b)) in hands.into_iter().enumerate() {
                        let sp = Span::new(s.span.start + a, s.span.start + b);
                        drafts.push(Draft {
                            kind: None,
                            by: by.clone(),
                            priority: Some(k as u8 + 1),
                            span: if k == 0 {
                                Span::new(s.span.start, sp.end)
                            } else {
                                sp
                            },
                            head: sp,
                            joint,
                            markup: false,
                        });
                    }
                }
                _ => drafts.push(Draft {
                    kind: None,
                    by,
                    priority: if second_hand || has(&low, "i andra hand") {
                        Some(2)
                    } else if has(&low, "i tredje hand") {
                        Some(3)
                    } else if first.is_some() {
                        Some(1)
                    } else {
                        None
                    },
                    span: s.span,
                    // `Avslag yrkas av ...`: the words before a passive
                    // verb say what is moved.
                    head: if noun::passive_at(&low, v) {
                        Span::new(s.span.start, s.span.start + v)
                    } else {
                        Span::new(s.span.start + v, s.span.end)
                    },
                    joint,
                    markup: false,
                }),
            }
            if second_hand {
                if let Some(k) = current {
                    drafts[k].priority.get_or_insert(1);
                }
            }
            current = Some(drafts.len() - 1);
        }
    }
    for (k, by) in joins {
        for a in by {
            if !drafts[k]
                .by
                .iter()
                .any(|b| name_key(&b.name) == name_key(&a.name))
            {
                drafts[k].by.push(a);
            }
        }
    }
    for d in drafts.iter_mut() {
        if d.kind.is_none() {
            // A slice of the paragraph's lower case, not lowered again.
            d.kind = Some(kind_of(&prep.low(d.head)));
        }
    }
    // Several yrkanden for the base proposal are one proposal.
    let mut out: Vec<Proposal> = Vec::new();
    // The first plain rejection and its movers' name keys.
    let mut first_reject: Option<(usize, std::collections::HashSet<String>)> = None;
    for d in drafts {
        let head = prep.low(d.head);
        let source = base_source(&head).map(|(_, s)| s.to_string());
        let mut kind = d.kind.unwrap_or(ProposalKind::Own);
        // Approving another body's proposal than the base one is a
        // proposal of its own (`bifall till kommunstyrelsens förvaltnings
        // förslag` against the utskott's).
        // Borrowed, not copied: only compared.
        let first_source = out
            .iter()
            .find(|x| x.kind == ProposalKind::Approve)
            .and_then(|x| x.source.as_deref());
        if kind == ProposalKind::Approve
            && first_source.is_some()
            && source.is_some()
            && first_source != source.as_deref()
        {
            kind = ProposalKind::Own;
        }
        // Several members each moving a plain `avslag` (no point of the
        // decision named) move one rejection.
        let whole = |h: &str| {
            !h.contains(|c: char| c.is_ascii_digit())
                && !["punkt", "delen", "att-sats", "del av", "i den del"]
                    .iter()
                    .any(|w| h.contains(w))
        };
        let plain_reject = kind == ProposalKind::Reject && d.priority.is_none() && whole(&head);
        if let (true, Some((k, keys))) = (plain_reject, first_reject.as_mut()) {
            let prev = &mut out[*k];
            for a in d.by {
                if keys.insert(name_key(&a.name)) {
                    prev.by.push(a);
                }
            }
            prev.joint = prev.by.len() > 1;
            continue;
        }
        if plain_reject {
            let keys = d.by.iter().map(|a| name_key(&a.name)).collect();
            first_reject = Some((out.len(), keys));
        }
        if kind == ProposalKind::Approve {
            if let Some(prev) = out.iter_mut().find(|x| x.kind == ProposalKind::Approve) {
                for a in d.by {
                    if !prev
                        .by
                        .iter()
                        .any(|b| name_key(&b.name) == name_key(&a.name))
                    {
                        prev.by.push(a);
                    }
                }
                prev.joint = prev.by.len() > 1;
                continue;
            }
        }
        out.push(Proposal {
            id: format!("p{}", out.len() + 1),
            kind,
            source: if matches!(kind, ProposalKind::Approve | ProposalKind::Own) {
                source
            } else {
                None
            },
            by: d.by,
            joint: d.joint,
            priority: d.priority,
            // `clean` (as `strip_inline`) collapses white space itself.
            text: if d.markup {
                super::bytes::collapse(&strip_source_markup(d.span.of(src)))
            } else {
                super::bytes::clean(d.span.of(src))
            },
            span: d.span,
        });
    }
    // The base proposal: named in the proposals, procedure or votes, or
    // put to the meeting under its own heading (`Förslag till beslut`,
    // `Nomineringar`).
    let put = p.parts.iter().find(|x| {
        x.kind == PartKind::Decision
            && x.heading
                .as_ref()
                .is_some_and(|h| crate::labels::proposes(&h.text))
            && !says_none(&x.text)
    });
    let named = out.iter().find_map(|x| x.source.clone()).or_else(|| {
        p.parts
            .iter()
            .filter(|x| {
                matches!(
                    x.kind,
                    PartKind::Procedure | PartKind::Vote | PartKind::Proposals
                ) || (x.kind == PartKind::Decision && says_votes_against(&x.text))
            })
            .find_map(|x| base_source(&lower(&x.text)).map(|(_, s)| s.to_string()))
    });
    let named = named.or_else(|| {
        put.map(|x| {
            let h = lower(
                &x.heading
                    .as_ref()
                    .map(|h| h.text.clone())
                    .unwrap_or_default(),
            );
            base_source(&h)
                .map(|(_, s)| s.to_string())
                .unwrap_or_else(|| "förslaget till beslut".to_string())
        })
    });
    // `ordförandens förslag` is the one the chair moved, where the chair
    // moved one (`Ordföranden Karin Wall (S) föreslår ...`), not a base.
    let named =
        named.filter(|n| n != "ordförandens förslag" || !out.iter().any(resolve::moved_as_chair));
    // `bifall till förslaget` approves the base proposal only where there
    // is one; without it, the proposal is the mover's own.
    if named.is_none() {
        for x in out.iter_mut() {
            if x.kind == ProposalKind::Approve && x.source.is_none() {
                x.kind = ProposalKind::Own;
            }
        }
    }
    if let Some(source) = named {
        if let Some(x) = put {
            restated::approve_restated(&mut out, &x.text);
        }
        let (text, span) = match (put, &p.decision) {
            (Some(x), _) => (x.text.clone(), x.span),
            (None, Some(d)) => (d.text.clone(), d.span),
            (None, None) => (
                String::new(),
                p.title_span
                    .unwrap_or(Span::new(p.span.start, p.span.start)),
            ),
        };
        out.insert(
            0,
            Proposal {
                id: "base".into(),
                kind: ProposalKind::Base,
                source: Some(source),
                by: Vec::new(),
                joint: false,
                priority: None,
                text,
                span,
            },
        );
    }
    out
}

/// The stretch of each hand in a sentence proposing in several hands,
/// after the verb at `v`: `i första hand A och i andra hand B` (the marker
/// before) or `A i första hand, B i andra hand och C i tredje hand` (the
/// marker after). Fewer than two hands: nothing.
fn by_hand(low: &str, v: usize) -> Vec<(usize, usize)> {
    let marks: Vec<(usize, usize)> = ["i första hand", "i andra hand", "i tredje hand"]
        .iter()
        .map_while(|m| low.find(m).map(|k| (k, k + m.len())))
        .collect();
    // The hands follow their verb: markers before it are another verb's.
    if marks.len() < 2 || marks.windows(2).any(|w| w[0].0 > w[1].0) || marks[0].0 < v {
        return Vec::new();
    }
    // The verb's own words (`yrkar`, `yrkar på`) before the first marker
    // mean the marker comes first.
    let lead = low[v..marks[0].0]
        .split_whitespace()
        .filter(|w| {
            !matches!(
                *w,
                "yrkar" | "yrkade" | "föreslår" | "på" | "att" | "om" | ","
            )
        })
        .count();
    let mut out = Vec::new();
    if lead == 0 {
        for (k, m) in marks.iter().enumerate() {
            let end = marks.get(k + 1).map_or(low.len(), |n| n.0);
            out.push((m.0, end));
        }
    } else {
        let mut from = v;
        for m in &marks {
            out.push((from, m.1));
            // The next hand starts after `, ` and `och` (`..., återremiss i
            // andra hand och avslag i tredje hand`).
            let rest = &low[m.1..];
            let lead = rest.len()
                - rest
                    .trim_start_matches([',', ' ', ';'])
                    .trim_start_matches("och ")
                    .trim_start_matches("samt ")
                    .len();
            from = m.1 + lead;
        }
    }
    out
}

/// Whether anyone in the part moves a proposal in words (`X (S) yrkar`).
/// `Anna Ek (M) yrkar bifall till motionen.`: a member with a party, then
/// `yrkar`/`yrkade` (the verb that only a proposal takes).
fn yrkande_sentence(prep: &Prepared, s: &Sentence) -> bool {
    let t = s.text(prep.src);
    let low = prep.low(s.span);
    // `Henrik Lind (fp) instämmer i Gun Sylvéns yrkande`: joining one.
    let joins = (has(&low, "yrkande") || has(&low, "förslag"))
        .then_some(["instämmer i", "instämde i"])
        .into_iter()
        .flatten();
    let Some(v) = ["yrkar", "yrkade"]
        .into_iter()
        .chain(joins)
        .filter_map(|w| {
            low.match_indices(w)
                .find(|(k, _)| *k == 0 || !low[..*k].ends_with(char::is_alphanumeric))
                .map(|(k, _)| k)
        })
        .min()
    else {
        return false;
    };
    let by = find_speakers_low(&t[..v], &low[..v], s.span.start);
    let verb_end = low[v..].find(' ').map_or(low.len(), |e| v + e);
    // Names without parties (older prose) when a proposal follows them.
    by.iter().any(|a| a.party.is_some())
        || (!by.is_empty() && inverted::starts_proposal(&low[verb_end..]))
        || (by.is_empty() && !inverted::after_verb(t, &low, verb_end, s.span.start).is_empty())
}

/// Members move proposals in this text (`X (L), Y (M) yrkar bifall till
/// motionen.`): a sentence names who before a proposing verb. Some
/// templates list the yrkanden under `Förslag till beslut`.
pub(crate) fn moved_by_members(src: &str, span: Span) -> bool {
    sentences(src, span).iter().any(|s| {
        let t = s.text(src);
        verb_at(&lower(t)).is_some_and(|v| {
            find_speakers(&t[..v], s.span.start)
                .iter()
                .any(|a| a.party.is_some())
        })
    })
}

/// Who speaks in the sentence `s`: the names before its proposing verb
/// (at `verb`), else a label's (`Anna Ek (S):`), else the mover of a
/// yrkande named by its noun (`noun.rs`).
fn speakers_of(prep: &Prepared, s: Sentence, verb: Option<usize>) -> Vec<Actor> {
    let t = s.text(prep.src);
    let low = prep.low(s.span);
    let by = verb
        .map(|v| find_speakers_low(&t[..v], &low[..v], s.span.start))
        .unwrap_or_else(|| {
            let by = noun::label_speakers_of(t, &low, s.span.start);
            // `Bo Berg (M) lämnar ett tilläggsyrkande: ...`, `Yrkande
            // från Bo Berg (M) om avslag.`
            if by.is_empty() && has(&low, "yrkande") {
                noun::noun_speakers(t, &low, s.span.start)
            } else {
                by
            }
        });
    // `Avslag yrkas av Bo Berg (M).`: the movers after the passive.
    match verb {
        Some(v) if by.is_empty() => noun::passive_speakers(t, &low, v, s.span.start),
        _ => by,
    }
}

/// Whether the lower case of `t` holds ` röster mot ` (a count written
/// in a decision): asked only where `t` holds `ster`, a break or a space,
/// then `mot`, in ASCII letters of any case (lower case maps no other
/// character onto them, and only these onto a space); most decisions have
/// none and are not lowered.
fn says_votes_against(t: &str) -> bool {
    let b = t.as_bytes();
    let may = crate::text::ascii_ci_at(t, b"ster", 0).any(|at| {
        matches!(b.get(at + 4), Some(b' ' | b'\n' | b'\r' | b'\t'))
            && b.get(at + 5..at + 8)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"mot"))
    });
    may && lower(t).contains(" röster mot ")
}

/// `Inga förslag från styrelsen innan mötet`, `Styrelsen har ej kommit
/// med några nomineringar`: a heading with nothing put under it.
fn says_none(text: &str) -> bool {
    let f = lower(text.trim());
    f.is_empty()
        || ["inga ", "ingen ", "inget "]
            .iter()
            .any(|w| f.starts_with(w))
        || has(&f, "inga förslag")
        || has(&f, "några nomineringar")
        || has(&f, "några förslag")
        || has(&f, "inga nomineringar")
}

#[cfg(test)]
mod tests {
    /// Texts of the words a count in a decision is written with, in every
    /// case, and what may stand between them.
    const COUNT_PIECES: [&str; 22] = [
        "röster", "RÖSTER", "Röster", "röSTer", "rÖster", "mot", "MOT", "Mot", " ", "\n", "\r",
        "\t", "\u{a0}", "ster", "§", "É", "å", "x", "", "7", "\u{212a}", "ſ",
    ];

    /// [`super::says_votes_against`] is the plain reading, the whole text
    /// lowered, on generated text.
    #[test]
    fn votes_against_are_read_as_in_lower_case() {
        let mut rng = crate::testing::Rng::new(0x726f_6d6f);
        let mut found = 0;
        for _ in 0..40_000 {
            let t = rng.phrase(&COUNT_PIECES, 12);
            let plain = super::lower(&t).contains(" röster mot ");
            assert_eq!(super::says_votes_against(&t), plain, "{t:?}");
            found += usize::from(plain);
        }
        assert!(found > 100, "{found}");
    }

    fn moved(src: &str) -> Vec<(String, Vec<String>)> {
        let d = crate::parse(src);
        d.paragraphs[0]
            .proposals
            .iter()
            .filter(|x| x.kind != crate::model::ProposalKind::Base)
            .map(|x| {
                (
                    format!("{:?}", x.kind),
                    x.by.iter().map(|a| a.name.clone()).collect(),
                )
            })
            .collect()
    }

    /// Under `Yrkanden`, a member's yrkande named by its noun (`lämnar
    /// ett tilläggsyrkande`) is that member's, not a continuation of the
    /// one above; `ställer sig bakom` the base proposal approves it.
    #[test]
    fn a_yrkande_named_by_its_noun_is_its_movers() {
        for (line, kind) in [
            (
                "Bo Berg (M) lämnar ett tilläggsyrkande: att nämnden följer upp arbetet.",
                "Add",
            ),
            (
                "Bo Berg (M) lägger ett ändringsyrkande enligt bilaga 2.",
                "Amend",
            ),
            (
                "Tilläggsyrkande från Bo Berg (M): att nämnden följer upp arbetet.",
                "Add",
            ),
            (
                "Bo Berg (M) ställer sig bakom arbetsutskottets förslag.",
                "Approve",
            ),
        ] {
            let src = format!(
                "Protokoll\n\n§ 12 Motion om cykelvägar\n\nArbetsutskottets förslag\nMotionen avslås.\n\n\
                 Yrkanden\nEva Ek (S) yrkar avslag på arbetsutskottets förslag.\n{line}\n\nBeslut\nNämnden avslår motionen.\n"
            );
            let got = moved(&src);
            assert_eq!(
                got,
                [
                    ("Reject".to_string(), vec!["Eva Ek".to_string()]),
                    (kind.to_string(), vec!["Bo Berg".to_string()])
                ],
                "{line}"
            );
        }
    }

    #[test]
    fn yrkanden_in_the_text_without_their_heading() {
        let src = "Protokoll\n\n§ 5 Motion om cykelbanor\n\nAnna Ek (M) har i en motion föreslagit fler cykelbanor. Bo Lind (M) föreslår i motionen att planen ses över.\n\nAnna Ek (M) yrkar bifall till motionen.\n\nSara Nord (S) yrkar avslag på motionen.\n\nBeslut\n\nFullmäktige avslår motionen.\n";
        let got = moved(src);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1, ["Anna Ek"]);
        assert_eq!(got[1].1, ["Sara Nord"]);
        let d = crate::parse(src);
        let o = d.paragraphs[0].outcome.as_ref().unwrap();
        assert!(o.contested);
        // The narrative alone moves nothing.
        let narrative = "Protokoll\n\n§ 5 Motion om cykelbanor\n\nBo Lind (M) föreslår i en motion fler cykelbanor.\n\nBeslut\n\nFullmäktige avslår motionen.\n";
        assert!(moved(narrative).is_empty());
        // Under a `Yrkanden` heading only that part is read: the lead's
        // quoted yrkande from another body's meeting is not moved here.
        let headed = "Protokoll\n\n§ 5 Motion om cykelbanor\n\nI utskottet yrkade Cia Berg (V) bifall. Cia Berg (V) yrkade bifall i utskottet.\n\nYrkanden\n\nSara Nord (S) yrkar avslag på motionen.\n\nBeslut\n\nFullmäktige avslår motionen.\n";
        assert_eq!(moved(headed).len(), 1);
    }

    #[test]
    fn older_prose_names_proposers_without_parties() {
        use crate::model::ProposalKind;
        let src = "Protokoll\n\n§ 45 Motion om cykelvägar\n\nKommunstyrelsen föreslår att motionen avslås.\n\nUnder överläggningen yrkar dels Anna Ek och Bo Berg bifall till kommunstyrelsens förslag, dels Carl Dahl bifall till motionen.\n\nKommunfullmäktige beslutar att avslå motionen.\n\n§ 46 Motion om skolmat\n\nAnna Ek och Bo Berg yrkar bifall till kommunstyrelsens förslag. Carl Dahl yrkar avslag.\n\nKommunfullmäktige beslutar att bifalla kommunstyrelsens förslag.\n";
        let doc = crate::parse(src);
        for p in &doc.paragraphs {
            let got: Vec<(ProposalKind, Vec<&str>)> = p
                .proposals
                .iter()
                .filter(|x| x.kind != ProposalKind::Base)
                .map(|x| (x.kind, x.by.iter().map(|a| a.name.as_str()).collect()))
                .collect();
            assert_eq!(got.len(), 2, "§ {}: {got:?}", p.number);
            assert_eq!(got[0].1, ["Anna Ek", "Bo Berg"], "§ {}", p.number);
            assert_eq!(got[1].1, ["Carl Dahl"], "§ {}", p.number);
        }
        // Near miss: a quoted yrkande of another body stays unread.
        let quoted = "Protokoll\n\n§ 5 Motion om parker\n\nI arbetsutskottet yrkade Anna Ek bifall till motionen.\n\nKommunfullmäktige beslutar att avslå motionen.\n";
        let doc = crate::parse(quoted);
        assert!(doc.paragraphs[0]
            .proposals
            .iter()
            .all(|x| x.kind == ProposalKind::Base));
    }
}
