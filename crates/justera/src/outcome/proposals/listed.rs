//! Proposals written as points under a heading, as association minutes
//! do (`Ändringsyrkanden`, `Tilläggsyrkanden från X`, `Fri nominering`).

use super::draft::Draft;
use super::sources::base_source;
use crate::inline::find_actors;
use crate::inline::find_speakers;
use crate::model::*;
use crate::outcome::text::lower;
use crate::scan::strip_source_markup;
use crate::text::find_str;
use crate::text::has;

/// The points of a part written as a list, one proposal each: the
/// outermost points start one, deeper points and wrapped lines go on with
/// it. The heading says what they are (`Ändringsyrkanden`,
/// `Tilläggsyrkanden från X`, `Fri nominering`) and may name who moved them.
pub(super) fn listed(src: &str, part: &Part) -> Vec<Draft> {
    let heading = part.heading.as_ref();
    let h = heading.map(|h| lower(&h.text)).unwrap_or_default();
    let kind = if has(&h, "ändring") {
        ProposalKind::Amend
    } else if has(&h, "tillägg") {
        ProposalKind::Add
    } else if has(&h, "nominer") {
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
    // The prose before the first point, in lower case.
    let mut intro = String::new();
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
                match points.last_mut() {
                    Some((_, p)) => *p = p.cover(s),
                    None => {
                        intro.push_str(&lower(t));
                        intro.push(' ');
                    }
                }
            }
        }
    }
    let top = points.iter().map(|(i, _)| *i).min().unwrap_or(0);
    if kind == ProposalKind::Own {
        // Each point in lower case, made once for both questions below.
        let lows: Vec<String> = points.iter().map(|(_, s)| lower(s.of(src))).collect();
        if alternatives(&intro, &points, &lows, top) {
            return alternative_drafts(src, &points, &lows, top, &by);
        }
    }
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

/// The words of a list's lead that say its points are the alternatives
/// put (`Kommunfullmäktige har att ta ställning till följande förslag:`).
const ALTERNATIVES_LEAD: [&str; 4] = [
    "ställning till",
    "följande förslag",
    "följande yrkanden",
    "följande alternativ",
];

/// Whether the points are the alternatives before the meeting, each its
/// own proposal: the lead says so, or every outermost point (two or more)
/// names a proposal (`Kommunstyrelsens förslag.`, `Förslag från
/// Vänsterpartiet att ...`, `Moderaternas yrkande om ...`).
fn alternatives(intro: &str, points: &[(usize, Span)], lows: &[String], top: usize) -> bool {
    let outer: Vec<&String> = points
        .iter()
        .zip(lows)
        .filter(|((i, _), _)| *i == top)
        .map(|(_, low)| low)
        .collect();
    if outer.is_empty() {
        return false;
    }
    ALTERNATIVES_LEAD.iter().any(|w| has(intro, w))
        || (outer.len() >= 2 && outer.iter().all(|t| names_proposal(t)))
}

/// Whether a point opens by naming a proposal: `förslag ...`, `yrkande
/// ...`, or at most three words and then `förslag` or `yrkande`
/// (`Kommunstyrelsens förslag`, `Anna Eks (M) yrkande`).
fn names_proposal(low: &str) -> bool {
    let low = low.trim_start_matches(['*', '_']);
    let words: Vec<&str> = low.split_whitespace().take(5).collect();
    words
        .iter()
        .position(|w| w.starts_with("förslag") || w.starts_with("yrkande"))
        .is_some_and(|k| k <= 3)
}

/// The alternatives as drafts, one per outermost point (deeper points and
/// wrapped lines go on with theirs). A point that is only the base
/// proposal (`Kommunstyrelsens förslag.`) is not a member's: the base
/// proposal is made from the decision. Each point's movers are named in
/// it, else the heading's are.
fn alternative_drafts(
    src: &str,
    points: &[(usize, Span)],
    lows: &[String],
    top: usize,
    by: &[Actor],
) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    let mut skipping = false;
    for (&(indent, s), low) in points.iter().zip(lows) {
        if indent > top {
            if let (false, Some(d)) = (skipping, out.last_mut()) {
                d.span = d.span.cover(s);
            }
            continue;
        }
        skipping = only_base(low);
        if skipping {
            continue;
        }
        let named = point_movers(s.of(src), low, s.start);
        let by = if named.is_empty() { by.to_vec() } else { named };
        out.push(Draft {
            kind: None,
            joint: by.len() > 1,
            by,
            priority: None,
            span: s,
            head: s,
            markup: true,
        });
    }
    out
}

/// `kommunstyrelsens förslag.`, `kommunstyrelsens förslag till beslut`:
/// the base proposal named, nothing moved beside it.
fn only_base(low: &str) -> bool {
    base_source(low).is_some_and(|(k, _)| k == 0) && !has(low, " att ") && low.len() < 80
}

/// Who moves the proposal a point names: `Förslag från Vänsterpartiet att
/// ...`, `Yrkande av M, L och KD`, `Förslag från Anna Ek (M)`,
/// `Moderaternas yrkande om ...`. Only the words before what is proposed
/// (` att `, ` om `, `:`) are read; `low` is `t` in lower case.
fn point_movers(t: &str, low: &str, base: usize) -> Vec<Actor> {
    let cut = [" att ", " om ", ":", " daterat", " enligt ", " i "]
        .iter()
        .filter_map(|w| find_str(low, w))
        .min()
        .unwrap_or(t.len());
    let head = t[..cut].trim_end_matches(['.', ' ']);
    let actors = find_actors(head, base);
    if !actors.is_empty() {
        return actors;
    }
    let lh = &low[..head.len()];
    for w in [" från ", " av "] {
        if let Some(k) = find_str(lh, w) {
            let r = k + w.len();
            let found = find_speakers(&head[r..], base + r);
            if !found.is_empty() {
                return found;
            }
        }
    }
    // A party in the genitive: `Vänsterpartiets förslag`.
    for w in ["s förslag", "s yrkande"] {
        if let Some(k) = find_str(lh, w) {
            let found = find_speakers(&head[..k], base);
            if found.iter().all(|a| a.group) {
                return found;
            }
        }
    }
    Vec::new()
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
        .filter_map(|w| find_str(heading, w).map(|k| k + w.len()))
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
