//! The proposals of a paragraph: the base proposal and each yrkande, with
//! who stands behind it; and resolving a written reference (`Johan
//! Tolinssons (S) m.fl. yrkande`, `förvaltningens förslag`, `det egna
//! yrkandet`) to a proposal id.

use super::text::{key_words, lower, name_key, name_score, sentences, Sentence};
use crate::inline::{find_actors, find_speakers, label_speakers};
use crate::model::*;
use crate::scan::strip_source_markup;

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

/// Words that name a proposal by its kind.
pub(crate) const KIND_WORDS: [(&str, ProposalKind); 6] = [
    ("ändrade förslag", ProposalKind::Amend),
    ("ändringsyrkande", ProposalKind::Amend),
    ("tilläggsyrkande", ProposalKind::Add),
    ("återremissyrkande", ProposalKind::ReferBack),
    ("bordläggningsyrkande", ProposalKind::Postpone),
    ("avslagsyrkande", ProposalKind::Reject),
];

/// Parties by the stem of their names, with their letters.
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

/// Whose proposal the base proposal is, as named in the text.
pub(crate) fn base_source(low: &str) -> Option<(usize, String)> {
    sources(low).into_iter().next()
}

/// Every base-proposal phrase in the text, in order: (position, canonical name).
pub(crate) fn sources(low: &str) -> Vec<(usize, String)> {
    const SOURCES: [(&str, &str); 18] = [
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
        ("föreliggande förslag", "liggande förslag"),
        ("liggande förslag", "liggande förslag"),
        ("kommunstyrelsen förslag", "kommunstyrelsens förslag"),
        ("förslaget till beslut", "förslaget till beslut"),
    ];
    let mut out: Vec<(usize, String, usize)> = Vec::new();
    for (k, v) in SOURCES {
        let mut from = 0;
        while let Some(i) = low[from..].find(k) {
            let at = from + i;
            // A longer phrase found first owns its span (`kommunstyrelsens
            // arbetsutskotts förslag` is not also `arbetsutskotts förslag`).
            if !out.iter().any(|(a, _, len)| *a <= at && at < a + len) {
                out.push((at, v.to_string(), k.len()));
            }
            from = at + k.len();
        }
    }
    // Any other body's or office's proposal: `stadskontorets förslag`,
    // `tekniska nämndens förslag`, `regionstyrelsens förslag`.
    const BODIES: [&str; 9] = [
        "kontorets",
        "nämndens",
        "styrelsens",
        "utskottets",
        "förvaltningens",
        "beredningens",
        "direktionens",
        "presidiets",
        "avdelningens",
    ];
    let mut from = 0;
    while let Some(i) = low[from..].find(" förslag") {
        let end = from + i;
        from = end + 1;
        let word_start = low[..end]
            .rfind(|c: char| !c.is_alphanumeric() && c != '-')
            .map_or(0, |k| k + 1);
        let word = &low[word_start..end];
        let taken = out
            .iter()
            .any(|(a, _, len)| *a <= word_start && word_start < a + len);
        if taken || !BODIES.iter().any(|b| word.ends_with(b)) {
            continue;
        }
        let phrase = &low[word_start..end + " förslag".len()];
        out.push((word_start, phrase.to_string(), phrase.len()));
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
    } else if has("delvis")
        || has("ändringsyrkande")
        || has("ändring")
        || has("ändra ")
        || has("i övrigt bifall")
    {
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
    /// Read from LaTeX or Typst points: strip their markup from the text.
    markup: bool,
}

/// The proposals moved in the paragraph's `Yrkanden` parts, then the base
/// proposal when one is named anywhere in the proposals, procedure or votes.
pub(crate) fn proposals(src: &str, p: &Paragraph) -> Vec<Proposal> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut joins: Vec<(usize, Vec<Actor>)> = Vec::new();
    for part in p.parts.iter().filter(|x| x.kind == PartKind::Proposals) {
        // Association minutes list their amendments and nominations as
        // points, with nobody speaking: each point is a proposal.
        let ss = sentences(src, part.span);
        if !spoken(src, &ss) {
            drafts.extend(listed(src, part));
            continue;
        }
        let mut current: Option<usize> = None;
        for s in ss {
            let t = s.text(src);
            let low = lower(t);
            let by = verb_at(&low)
                .map(|v| find_speakers(&t[..v], s.span.start))
                .unwrap_or_else(|| label_speakers(t, s.span.start));
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
            // `i första hand ..., och i andra hand ...` or `bordläggning i
            // första hand, återremiss i andra hand och avslag i tredje hand`:
            // one proposal per hand.
            let first = low.find("i första hand");
            let joint = by.len() > 1 || low.contains("gemensam");
            let hands = by_hand(&low, v);
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
                    priority: if second_hand || low.contains("i andra hand") {
                        Some(2)
                    } else if low.contains("i tredje hand") {
                        Some(3)
                    } else if first.is_some() {
                        Some(1)
                    } else {
                        None
                    },
                    span: s.span,
                    head: Span::new(s.span.start + v, s.span.end),
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
            d.kind = Some(kind_of(d.head.of(src)));
        }
    }
    // Several yrkanden for the base proposal are one proposal.
    let mut out: Vec<Proposal> = Vec::new();
    for d in drafts {
        let head = lower(d.head.of(src));
        let source = base_source(&head).map(|(_, s)| s);
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
            text: if d.markup {
                strip_source_markup(d.span.of(src))
            } else {
                crate::scan::strip_inline(d.span.of(src))
            }
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
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
                ) || (x.kind == PartKind::Decision && lower(&x.text).contains(" röster mot "))
            })
            .find_map(|x| base_source(&lower(&x.text)).map(|(_, s)| s))
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
                .map(|(_, s)| s)
                .unwrap_or_else(|| "förslaget till beslut".to_string())
        })
    });
    if let Some(source) = named {
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
    if marks.len() < 2 || marks.windows(2).any(|w| w[0].0 > w[1].0) {
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
fn spoken(src: &str, ss: &[Sentence]) -> bool {
    ss.iter().any(|s| {
        let t = s.text(src);
        !verb_at(&lower(t))
            .map(|v| find_speakers(&t[..v], s.span.start))
            .unwrap_or_else(|| label_speakers(t, s.span.start))
            .is_empty()
    })
}

/// `Inga förslag från styrelsen innan mötet`, `Styrelsen har ej kommit
/// med några nomineringar`: a heading with nothing put under it.
fn says_none(text: &str) -> bool {
    let f = lower(text.trim());
    f.is_empty()
        || ["inga ", "ingen ", "inget "]
            .iter()
            .any(|w| f.starts_with(w))
        || f.contains("inga förslag")
        || f.contains("några nomineringar")
        || f.contains("några förslag")
        || f.contains("inga nomineringar")
}

/// The points of a part written as a list, one proposal each: the
/// outermost points start one, deeper points and wrapped lines go on with
/// it. The heading says what they are (`Ändringsyrkanden`,
/// `Tilläggsyrkanden från X`, `Fri nominering`) and may name who moved them.
fn listed(src: &str, part: &Part) -> Vec<Draft> {
    let heading = part.heading.as_ref();
    let h = heading.map(|h| lower(&h.text)).unwrap_or_default();
    let kind = if h.contains("ändring") {
        ProposalKind::Amend
    } else if h.contains("tillägg") {
        ProposalKind::Add
    } else if h.contains("nominer") {
        ProposalKind::Nominate
    } else {
        ProposalKind::Own
    };
    let by: Vec<Actor> = heading
        .map(|h| {
            let found = find_actors(&h.text, h.span.start);
            if found.is_empty() {
                mover_named(&h.text, h.span.start).into_iter().collect()
            } else {
                found
            }
        })
        .unwrap_or_default();
    if part.text.trim().is_empty() {
        return Vec::new();
    }
    // Whole lines: a part's span starts after the first point's marker.
    // From the heading on: the opening markup (`#attSatser([`) may stand
    // on a line before the first content.
    let start = match heading {
        Some(h) => h.span.end,
        None => src[..part.span.start].rfind('\n').map_or(0, |k| k + 1),
    };
    let span = Span::new(start, part.span.end.max(start));
    let mut points: Vec<(usize, Span)> = Vec::new(); // indent, content
    let mut pos = span.start;
    for line in span.of(src).split_inclusive('\n') {
        let body = line.trim_end();
        let indent: usize = body
            .chars()
            .take_while(|c| c.is_whitespace())
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum();
        let t = body.trim_start();
        let at = pos + (body.len() - t.len());
        pos += line.len();
        if t.is_empty() || is_markup_only(t) {
            continue;
        }
        // A heading the parser did not take for a part (`=== Utjustering`)
        // ends the points.
        if is_heading_line(t) {
            break;
        }
        match point_content(t) {
            Some(k) => {
                let a = at + k;
                let content = src[a..at + t.len()].trim_start();
                let a = at + t.len() - content.len();
                points.push((indent, Span::new(a, at + t.len())));
            }
            None => {
                let s = Span::new(at, at + t.len());
                // Prose before any point (`Vi tycker att ...`) argues; it
                // moves nothing countable.
                if let Some((_, p)) = points.last_mut() {
                    *p = p.cover(s);
                }
            }
        }
    }
    let top = points.iter().map(|(i, _)| *i).min().unwrap_or(0);
    // Amendments, additions and candidates stand one by one; the points of
    // a proposal moved from the floor (`Förslag från stämman`) are its
    // att-satser, one proposal, unless they are alternatives (`...; eller`).
    let one_by_one = matches!(
        kind,
        ProposalKind::Amend | ProposalKind::Add | ProposalKind::Nominate
    ) || points.iter().any(|(_, s)| {
        let t = lower(s.of(src));
        let t = t.trim_end_matches([' ', ',', ';', '.']);
        t.ends_with(" eller") || t.ends_with(";eller")
    });
    let mut out: Vec<Draft> = Vec::new();
    for (indent, s) in points {
        match out.last_mut() {
            Some(d) if indent > top || !one_by_one => d.span = d.span.cover(s),
            _ => out.push(Draft {
                kind: Some(kind),
                by: by.clone(),
                priority: None,
                span: s,
                head: s,
                joint: by.len() > 1,
                markup: true,
            }),
        }
    }
    out.retain(|d| !strip_source_markup(d.span.of(src)).trim().is_empty());
    out
}

/// Where a list point's content starts after its marker: `- `, `* `,
/// `+ `, `• `, `1. `, `a) `, LaTeX `\item`, a Typst content block `[`.
fn point_content(t: &str) -> Option<usize> {
    if let Some(r) = t.strip_prefix("\\item") {
        let r2 = r.trim_start();
        let skip = if r2.starts_with('[') {
            r2.find(']').map_or(0, |k| k + 1)
        } else {
            0
        };
        return Some(t.len() - r2.len() + skip);
    }
    for m in ["- ", "* ", "+ ", "• ", "– "] {
        if t.starts_with(m) {
            return Some(m.len());
        }
    }
    if t.starts_with('[') {
        return Some(1);
    }
    if let Some(r) = t.strip_prefix('#') {
        let n = r
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
            .count();
        let args = &r[n..];
        if n > 0 && args.starts_with("([") {
            return Some(1 + n + 2);
        }
    }
    let n = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&n) && t[n..].starts_with([')', '.']) && t[n + 1..].starts_with(' ') {
        return Some(n + 2);
    }
    None
}

/// `=== Utjustering`, `### Utjustering`, `\subsubsection*{Utjustering}`.
fn is_heading_line(t: &str) -> bool {
    let marks = t.bytes().take_while(|&b| b == b'=' || b == b'#').count();
    (marks > 0 && t[marks..].starts_with(' '))
        || [
            "\\section",
            "\\subsection",
            "\\subsubsection",
            "\\paragraph",
        ]
        .iter()
        .any(|c| t.starts_with(c))
}

/// `\begin{attsatser}`, `#attSatser(`, `)`, `],`: markup with no words.
fn is_markup_only(t: &str) -> bool {
    let t = t.trim_end_matches([',', ')', ']', ' ']);
    t.is_empty()
        || t == "["
        || t.starts_with("\\begin{")
        || t.starts_with("\\end{")
        || (t.starts_with('#') && t.ends_with('(') && !t.contains(' '))
}

/// `Tilläggsyrkanden från Albin Otterhäll`: the mover named without a
/// party, two to four capitalised words after `från` or `av`.
fn mover_named(heading: &str, base: usize) -> Option<Actor> {
    let k = [" från ", " av "]
        .iter()
        .filter_map(|w| heading.find(w).map(|k| k + w.len()))
        .min()?;
    let rest = heading[k..].trim_end_matches([':', '.', ' ']);
    let words: Vec<&str> = rest.split_whitespace().collect();
    let capitalised = words
        .iter()
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    if !(2..=4).contains(&words.len()) || !capitalised {
        return None;
    }
    Some(Actor {
        name: rest.to_string(),
        party: None,
        group: false,
        span: Span::new(base + k, base + k + rest.len()),
    })
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
    // `bifall till Socialdemokraternas återremissyrkande`: the party's.
    let head = target.split(['.', ';']).next().unwrap_or("");
    for (stem, party) in PARTIES {
        if head.contains(stem) {
            let found = drafts
                .iter()
                .rposition(|d| d.by.iter().any(|a| a.party.as_deref() == Some(party)));
            if found.is_some() {
                return found;
            }
        }
    }
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
            .find(|x| x.kind == ProposalKind::Own && x.source.as_deref() == Some(name.as_str()));
        match (base, own) {
            (Some(b), _) if b.source.as_deref() == Some(name.as_str()) => {
                hits.push((at, b.id.clone()))
            }
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
    // `det ändrade förslaget`, `tilläggsyrkandet`: the one proposal of that
    // kind; with no one named, `återremiss`, `avslag` too.
    let mut by_kind = |words: &[(&str, ProposalKind)]| {
        for (w, kind) in words {
            let Some(at) = low.find(w) else { continue };
            let mut of_kind = props.iter().filter(|x| x.kind == *kind);
            if let (Some(x), None) = (of_kind.next(), of_kind.next()) {
                if !hits.iter().any(|(_, id)| *id == x.id) {
                    hits.push((at, x.id.clone()));
                }
            }
        }
    };
    by_kind(&KIND_WORDS);
    if !named_any {
        by_kind(&[
            ("återremi", ProposalKind::ReferBack),
            ("bordlägg", ProposalKind::Postpone),
            ("avslag", ProposalKind::Reject),
            ("avslå", ProposalKind::Reject),
        ]);
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
