//! The proposals of a paragraph: the base proposal and each yrkande, with
//! who stands behind it; and resolving a written reference (`Johan
//! Tolinssons (S) m.fl. yrkande`, `förvaltningens förslag`, `det egna
//! yrkandet`) to a proposal id.

use super::text::{key_words, lower, name_key, name_score, sentences};
use crate::inline::find_actors;
use crate::model::*;

/// Verbs that make a proposal, as they start (lower case).
const PROPOSE: [&str; 9] = [
    "yrkar",
    "yrkade",
    "yrkas",
    "föreslår",
    "föreslog",
    "instämmer",
    "instämde",
    "ställer sig bakom",
    "ställde sig bakom",
];

/// Whose proposal the base proposal is, as named in the text.
pub(crate) fn base_source(low: &str) -> Option<(usize, &'static str)> {
    sources(low).into_iter().next()
}

/// Every base-proposal phrase in the text, in order: (position, canonical name).
pub(crate) fn sources(low: &str) -> Vec<(usize, &'static str)> {
    const SOURCES: [(&str, &str); 16] = [
        (
            "kommunstyrelsens arbetsutskotts förslag",
            "kommunstyrelsens arbetsutskotts förslag",
        ),
        ("arbetsutskottets förslag", "arbetsutskottets förslag"),
        ("arbetsutskotts förslag", "arbetsutskottets förslag"),
        (
            "kommunstyrelsens förvaltnings förslag",
            "kommunstyrelsens förvaltnings förslag",
        ),
        ("förvaltningens förslag", "förvaltningens förslag"),
        ("förvaltningens tjänsteutlåtande", "förvaltningens förslag"),
        ("förvaltningens yttrande", "förvaltningens förslag"),
        ("ordförandens förslag", "ordförandens förslag"),
        ("presidiets förslag", "presidiets förslag"),
        ("utskottets förslag", "utskottets förslag"),
        ("styrelsens förslag", "styrelsens förslag"),
        ("kommunstyrelsens förslag", "kommunstyrelsens förslag"),
        ("beredningens förslag", "beredningens förslag"),
        ("nämndens förslag", "nämndens förslag"),
        ("liggande förslag", "liggande förslag"),
        ("förslaget till beslut", "förslaget till beslut"),
    ];
    let mut out: Vec<(usize, &'static str, usize)> = Vec::new();
    for (k, v) in SOURCES {
        let mut from = 0;
        while let Some(i) = low[from..].find(k) {
            let at = from + i;
            // A longer phrase found first owns its span (`kommunstyrelsens
            // arbetsutskotts förslag` is not also `arbetsutskotts förslag`).
            if !out.iter().any(|(a, _, len)| *a <= at && at < a + len) {
                out.push((at, v, k.len()));
            }
            from = at + k.len();
        }
    }
    out.sort_by_key(|(a, _, _)| *a);
    out.into_iter().map(|(a, v, _)| (a, v)).collect()
}

/// The kind of a proposal from its first words after the verb.
fn kind_of(head: &str) -> ProposalKind {
    let f = lower(head);
    let has = |w: &str| f.contains(w);
    if has("återremi") {
        ProposalKind::ReferBack
    } else if has("bordlägg") || has("bordlagt") || has("bordläggs") {
        ProposalKind::Postpone
    } else if has("delvis") || has("ändringsyrkande") || has("ändring") || has("ändra ") {
        ProposalKind::Amend
    } else if has("tilläggsyrkande") || has("tillägg") {
        ProposalKind::Add
    } else if has("avslag") || has("avslå") || has("avslås") {
        ProposalKind::Reject
    } else if (has("bifall") || has("bifalla") || has("enligt") || has("godkänn") || has("anta"))
        && base_source(&f).is_some()
    {
        ProposalKind::Approve
    } else {
        ProposalKind::Own
    }
}

/// Where the first proposing verb starts, on a word boundary.
fn verb_at(low: &str) -> Option<usize> {
    PROPOSE
        .iter()
        .filter_map(|v| {
            let mut from = 0;
            while let Some(k) = low[from..].find(v) {
                let at = from + k;
                if at == 0 || !low[..at].ends_with(|c: char| c.is_alphanumeric()) {
                    return Some(at);
                }
                from = at + v.len();
            }
            None
        })
        .min()
}

struct Draft {
    kind: Option<ProposalKind>,
    by: Vec<Actor>,
    priority: Option<u8>,
    span: Span,
    /// The words after the verb, for the kind.
    head: Span,
    joint: bool,
}

/// The proposals moved in the paragraph's `Yrkanden` parts, then the base
/// proposal when one is named anywhere in the proposals, procedure or votes.
pub(crate) fn proposals(src: &str, p: &Paragraph) -> Vec<Proposal> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut joins: Vec<(usize, Vec<Actor>)> = Vec::new();
    for part in p.parts.iter().filter(|x| x.kind == PartKind::Proposals) {
        let mut current: Option<usize> = None;
        for s in sentences(src, part.span) {
            let t = s.text(src);
            let low = lower(t);
            let by = verb_at(&low)
                .map(|v| find_actors(&t[..v], s.span.start))
                .unwrap_or_default();
            let second_hand = low
                .trim_start_matches(['*', '_'])
                .starts_with("i andra hand");
            if by.is_empty() && !(second_hand && current.is_some() && verb_at(&low).is_some()) {
                // A continuation: list points, the motivation.
                if let Some(k) = current {
                    let d: &mut Draft = &mut drafts[k];
                    d.span = d.span.cover(s.span);
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
            let v = verb_at(&low).unwrap_or(0);
            // `X (M) yrkar, med instämmande av Y (KD), bifall till ...`
            let mut by = by;
            if let Some(k) = low[v..].find("med instämmande").map(|k| k + v) {
                let end = low[k..].find([',', '.', ';']).map_or(low.len(), |e| e + k);
                for a in find_actors(&t[k..end], s.span.start + k) {
                    if !by.iter().any(|b| name_key(&b.name) == name_key(&a.name)) {
                        by.push(a);
                    }
                }
            }
            let after = &low[v..];
            // Joining another member's yrkande: `yrkar bifall till X:s yrkande`,
            // `instämmer i X:s yrkande`.
            if let Some(target) = joined(after, &drafts) {
                joins.push((target, by));
                current = Some(target);
                continue;
            }
            // `i första hand ..., och i andra hand ...`: two proposals.
            let first = low.find("i första hand");
            let second = low.find("i andra hand");
            let joint = by.len() > 1 || low.contains("gemensam");
            match (first, second) {
                (Some(a), Some(b)) if a < b => {
                    let s1 = Span::new(s.span.start, s.span.start + b);
                    let s2 = Span::new(s.span.start + b, s.span.end);
                    drafts.push(Draft {
                        kind: None,
                        by: by.clone(),
                        priority: Some(1),
                        span: s1,
                        head: Span::new(s.span.start + v, s1.end),
                        joint,
                    });
                    drafts.push(Draft {
                        kind: None,
                        by,
                        priority: Some(2),
                        span: s2,
                        head: s2,
                        joint,
                    });
                }
                _ => drafts.push(Draft {
                    kind: None,
                    by,
                    priority: if second_hand {
                        Some(2)
                    } else if first.is_some() {
                        Some(1)
                    } else {
                        None
                    },
                    span: s.span,
                    head: Span::new(s.span.start + v, s.span.end),
                    joint,
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
            d.kind = Some(kind_of(d.head.of(src)));
        }
    }
    // Several yrkanden for the base proposal are one proposal.
    let mut out: Vec<Proposal> = Vec::new();
    for d in drafts {
        let head = lower(d.head.of(src));
        let source = base_source(&head).map(|(_, s)| s.to_string());
        let mut kind = d.kind.unwrap_or(ProposalKind::Own);
        // Approving another body's proposal than the base one is a
        // proposal of its own (`bifall till kommunstyrelsens förvaltnings
        // förslag` against the utskott's).
        let first_source = out
            .iter()
            .find(|x| x.kind == ProposalKind::Approve)
            .and_then(|x| x.source.clone());
        if kind == ProposalKind::Approve && first_source.is_some() && first_source != source {
            kind = ProposalKind::Own;
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
            text: crate::scan::strip_inline(d.span.of(src))
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            span: d.span,
        });
    }
    // The base proposal.
    let named = out.iter().find_map(|x| x.source.clone()).or_else(|| {
        p.parts
            .iter()
            .filter(|x| {
                matches!(
                    x.kind,
                    PartKind::Procedure | PartKind::Vote | PartKind::Proposals
                ) || (x.kind == PartKind::Decision && lower(&x.text).contains(" röster mot "))
            })
            .find_map(|x| base_source(&lower(&x.text)).map(|(_, s)| s.to_string()))
    });
    if let Some(source) = named {
        let (text, span) = match &p.decision {
            Some(d) => (d.text.clone(), d.span),
            None => (
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

/// `bifall till Magdalena Sundqvists (S) yrkande`: the draft joined.
fn joined(after_verb: &str, drafts: &[Draft]) -> Option<usize> {
    let at = [
        "bifall till",
        "instämmer i",
        "instämde i",
        "ställer sig bakom",
        "ställde sig bakom",
    ]
    .iter()
    .filter_map(|w| after_verb.find(w).map(|k| k + w.len()))
    .min()?;
    let target = &after_verb[at..];
    if base_source(target).is_some_and(|(k, _)| k < 40)
        || target.trim_start().starts_with("eget")
        || target.trim_start().starts_with("sitt")
        || target.trim_start().starts_with("det egna")
    {
        return None;
    }
    if !(target.contains("yrkande") || target.contains("förslag")) {
        return None;
    }
    let words = key_words(target.split(['.', ';']).next().unwrap_or(""));
    drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            (
                i,
                d.by.iter()
                    .map(|a| name_score(&a.name, &words))
                    .max()
                    .unwrap_or(0),
            )
        })
        .filter(|(_, s)| *s > 0)
        .max_by_key(|(i, s)| (*s, std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
}

/// Who a sentence says is speaking: the actors before its main verb.
pub(crate) fn speaker(t: &str, base: usize) -> Vec<Actor> {
    let low = lower(t);
    let cut = [
        "finner",
        "konstaterar",
        "fann",
        "ställer",
        "ställde",
        "reserver",
        "yrka",
        "redovisar",
        "utser",
        "lämna",
        "stödjer",
    ]
    .iter()
    .filter_map(|v| low.find(v))
    .min()
    .unwrap_or(t.len());
    find_actors(&t[..cut], base)
}

/// The proposals a text names, in the order they are first named. Names
/// (genitive allowed, diacritics folded) come first; `förvaltningens
/// förslag` names the base; `eget`/`egna` names the speaker's proposal;
/// `återremiss`, `bordläggning`, `avslag` name the one proposal of that kind
/// when no person is named. A yrkande approving the base proposal resolves
/// to `base`.
pub(crate) fn resolve_all(text: &str, props: &[Proposal], speaker: &[Actor]) -> Vec<String> {
    let low = lower(text);
    let words = key_words(text);
    // Byte position of each word, to order name hits with phrase hits.
    let mut word_pos: Vec<usize> = Vec::with_capacity(words.len());
    {
        let mut in_word = false;
        for (i, c) in text.char_indices() {
            let w = c.is_alphanumeric() || c == '-' || c == '\'';
            if w && !in_word {
                word_pos.push(i);
            }
            in_word = w;
        }
    }
    let mut hits: Vec<(usize, String)> = Vec::new();
    let mut named_any = false;
    for pr in props.iter().filter(|x| x.kind != ProposalKind::Base) {
        let mut best: Option<(u8, usize)> = None;
        for a in &pr.by {
            let parts = key_words(&a.name);
            let Some(last) = parts.last() else { continue };
            for (i, w) in words.iter().enumerate() {
                if super::text::same_word(last, w) {
                    let score = name_score(&a.name, &words[i.saturating_sub(4)..=i]);
                    let pos = word_pos.get(i).copied().unwrap_or(0);
                    if best.is_none_or(|(s, p)| score > s || (score == s && pos < p)) {
                        best = Some((score, pos));
                    }
                }
            }
        }
        if let Some((_, pos)) = best {
            named_any = true;
            hits.push((pos, pr.id.clone()));
        }
    }
    for (at, name) in sources(&low) {
        // `avslag till förvaltningens förslag` names the rejection, not the base.
        let before = low[..at].trim_end();
        if before.ends_with("avslag till")
            || before.ends_with("avslag på")
            || before.ends_with("avslå")
        {
            continue;
        }
        // The base proposal, or a yrkande approving another body's proposal.
        let base = props.iter().find(|x| x.kind == ProposalKind::Base);
        let own = props
            .iter()
            .find(|x| x.kind == ProposalKind::Own && x.source.as_deref() == Some(name));
        match (base, own) {
            (Some(b), _) if b.source.as_deref() == Some(name) => hits.push((at, b.id.clone())),
            (_, Some(o)) => hits.push((at, o.id.clone())),
            (Some(b), None) => hits.push((at, b.id.clone())),
            (None, None) => {}
        }
    }
    if !speaker.is_empty() {
        for w in ["eget", "egna", "gemensamma", "gemensamt", "sitt", "sina"] {
            if let Some(at) = find_word(&low, w) {
                let keys: Vec<String> = speaker.iter().map(|a| name_key(&a.name)).collect();
                let own = props
                    .iter()
                    .filter(|x| !matches!(x.kind, ProposalKind::Base))
                    .find(|x| x.by.iter().any(|a| keys.contains(&name_key(&a.name))));
                if let Some(o) = own {
                    hits.push((at, o.id.clone()));
                    named_any = true;
                }
                break;
            }
        }
    }
    // `Moderaternas förslag`, `Liberalernas och Centerpartiets yrkande`.
    if !named_any {
        const PARTIES: [(&str, &str); 8] = [
            ("socialdemokrat", "S"),
            ("moderat", "M"),
            ("sverigedemokrat", "SD"),
            ("centerpartiet", "C"),
            ("vänsterpartiet", "V"),
            ("kristdemokrat", "KD"),
            ("liberal", "L"),
            ("miljöpartiet", "MP"),
        ];
        for (stem, party) in PARTIES {
            // The party by name, or by letters in the genitive (`(M):s`, `M:s`).
            let letters = party.to_lowercase();
            let by_letters = [format!("({letters}):s"), format!("{letters}:s")]
                .into_iter()
                .filter_map(|w| {
                    low.match_indices(w.as_str()).map(|(k, _)| k).find(|&k| {
                        (k == 0 || !low[..k].ends_with(|c: char| c.is_alphanumeric()))
                            && !low[k + w.len()..].starts_with(|c: char| c.is_alphanumeric())
                    })
                })
                .min();
            let Some(at) = low
                .match_indices(stem)
                .map(|(k, _)| k)
                .find(|&k| k == 0 || !low[..k].ends_with(|c: char| c.is_alphanumeric()))
                .or(by_letters)
            else {
                continue;
            };
            if let Some(x) = props.iter().find(|x| {
                x.kind != ProposalKind::Base
                    && x.by.iter().any(|a| a.party.as_deref() == Some(party))
            }) {
                hits.push((at, x.id.clone()));
                named_any = true;
            }
        }
    }
    if !named_any {
        for (w, kind) in [
            ("återremi", ProposalKind::ReferBack),
            ("bordlägg", ProposalKind::Postpone),
            ("avslag", ProposalKind::Reject),
            ("avslå", ProposalKind::Reject),
        ] {
            if let Some(at) = low.find(w) {
                let of_kind: Vec<&Proposal> = props.iter().filter(|x| x.kind == kind).collect();
                if of_kind.len() == 1 {
                    hits.push((at, of_kind[0].id.clone()));
                }
            }
        }
    }
    hits.sort_by_key(|(at, _)| *at);
    let has_base = props.iter().any(|x| x.kind == ProposalKind::Base);
    let mut out: Vec<String> = Vec::new();
    for (_, id) in hits {
        let id = match props.iter().find(|x| x.id == id) {
            Some(x) if x.kind == ProposalKind::Approve && has_base => "base".to_string(),
            _ => id,
        };
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

pub(crate) fn resolve(text: &str, props: &[Proposal], speaker: &[Actor]) -> Option<String> {
    resolve_all(text, props, speaker).into_iter().next()
}

/// A whole word's byte position.
pub(crate) fn find_word(low: &str, w: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = low[from..].find(w) {
        let at = from + k;
        let end = at + w.len();
        let before_ok = at == 0 || !low[..at].ends_with(|c: char| c.is_alphanumeric());
        let after_ok = end >= low.len() || !low[end..].starts_with(|c: char| c.is_alphanumeric());
        if before_ok && after_ok {
            return Some(at);
        }
        from = end;
    }
    None
}
