//! A written reference to a proposal (`Johan Tolinssons (S) m.fl.
//! yrkande`, `förvaltningens förslag`, `det egna yrkandet`) resolved to the
//! proposals it means.

use super::names::Props;
use super::sources::{kind_words_in, sources, KIND_STEMS, KIND_WORDS, PARTIES};
use crate::inline::find_actors;
use crate::model::*;
use crate::outcome::bytes::{find_by, rare_index};
#[cfg(test)]
use crate::outcome::text::key_words;
#[cfg(test)]
use crate::outcome::text::name_key;
use crate::outcome::text::{lower, Gated};
#[cfg(test)]
use crate::outcome::text::{name_score, same_word};
use crate::text::find_str;

/// Who a sentence says is speaking: the actors before its main verb.
#[cfg(test)]
pub(crate) fn speaker(t: &str, base: usize) -> Vec<Actor> {
    speaker_low(t, &lower(t), base)
}

/// [`speaker`] of `t` with its lower case (`lower(t)`) the caller holds.
pub(crate) fn speaker_low(t: &str, low: &str, base: usize) -> Vec<Actor> {
    let cut = SPEAKS
        .iter()
        .filter_map(|v| find_by(low, v, rare_index(v)))
        .min()
        .unwrap_or(t.len());
    find_actors(&t[..cut], base)
}

/// [`speaker_low`] of `t` with its lower case held by `g`: only the verbs
/// its pairs allow searched for.
pub(crate) fn speaker_gated(t: &str, g: &Gated, base: usize) -> Vec<Actor> {
    let low = g.text();
    let cut = SPEAKS
        .iter()
        .filter(|v| g.may_hold(v))
        .filter_map(|v| find_by(low, v, rare_index(v)))
        .min()
        .unwrap_or(t.len());
    find_actors(&t[..cut], base)
}

/// The verbs [`speaker_low`] reads the speakers before.
const SPEAKS: [&str; 11] = [
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
];

/// The proposals a text names, in the order they are first named. Names
/// (genitive allowed, diacritics folded) come first; `förvaltningens
/// förslag` names the base; `eget`/`egna` names the speaker's proposal;
/// `återremiss`, `bordläggning`, `avslag` name the one proposal of that kind
/// when no person is named. A yrkande approving the base proposal resolves
/// to `base`. (The passes ask [`resolve_all_low`], or the first alone.)
#[cfg(test)]
pub(crate) fn resolve_all(text: &str, props: &Props, speaker: &[Actor]) -> Vec<String> {
    resolve_all_low(text, None, props, speaker)
}

/// The proposals a text names (as `resolve_all` tells), with
/// `lower(text)` where the caller has it (`low`), used unless the text
/// must first be single spaced.
pub(crate) fn resolve_all_low(
    text: &str,
    low: Option<&str>,
    props: &Props,
    speaker: &[Actor],
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in named_ids(text, low, props, speaker) {
        if !out.iter().any(|o| o == id) {
            out.push(id.to_string());
        }
    }
    out
}

/// The first of [`resolve_all_low`]: the id of the first place named,
/// made a `String` alone (the others are not copied).
fn first_low(text: &str, low: Option<&str>, props: &Props, speaker: &[Actor]) -> Option<String> {
    named_ids(text, low, props, speaker)
        .next()
        .map(str::to_string)
}

/// The ids [`resolve_all_low`] lists, borrowed from the proposals, in
/// the order of the places that name them, an id named twice each time.
fn named_ids<'p, 'a>(
    text: &str,
    low: Option<&str>,
    props: &'p Props<'a>,
    speaker: &[Actor],
) -> impl Iterator<Item = &'p str> + use<'p, 'a> {
    let spaced = single_spaced(text);
    let text = spaced.as_deref().unwrap_or(text);
    let lowered;
    let low = match low.filter(|_| spaced.is_none()) {
        Some(l) => l,
        None => {
            lowered = lower(text);
            lowered.as_str()
        }
    };
    // The text's pairs of bytes: most of the words asked below are ruled
    // out by them without a search.
    let g = Gated::new(low);
    // The ids named, where: borrowed from the proposals.
    let mut hits: Vec<(usize, &'p str)> = Vec::new();
    let mut named_any = false;
    // Each proposal named by a mover's last name: its best naming (the
    // full name over the last name alone, then the first).
    let mut best: Vec<(usize, u8, usize)> = Vec::new(); // proposal, score, position
                                                        // Each word's key and its byte position (to order name hits with
                                                        // phrase hits), in the buffers the paragraph keeps.
    props.with_key_words(text, |keys, found| {
        let word = |i: usize| &keys[found[i].0..found[i].1];
        for i in 0..found.len() {
            for (x, j) in props.named_by(word(i)) {
                // The word and the four before it.
                let from = i.saturating_sub(4);
                let mut near = [""; 5];
                for (n, k) in (from..=i).enumerate() {
                    near[n] = word(k);
                }
                let score = props.name_score(x, j, &near[..=i - from]);
                let pos = found[i].2;
                match best.iter_mut().find(|b| b.0 == x) {
                    Some(b) if score > b.1 || (score == b.1 && pos < b.2) => *b = (x, score, pos),
                    Some(_) => {}
                    None => best.push((x, score, pos)),
                }
            }
        }
        // `Annas förslag`, `Cecilias yrkande`: a mover named by the first
        // name in the genitive alone, before the word for a proposal.
        for i in 0..found.len() {
            if !(i + 1 < found.len() && proposal_word(word(i + 1))) {
                continue;
            }
            if let Some(k) = props.by_first_genitive(word(i)) {
                if !best.iter().any(|b| b.0 == k) {
                    best.push((k, 0, found[i].2));
                }
            }
        }
    });
    best.sort_by_key(|b| b.0);
    for (x, _, pos) in best {
        named_any = true;
        hits.push((pos, &props[x].id));
    }
    // `ordförandens yrkande`: the proposal the chair moved (`Ordföranden
    // Anders Ek (S) yrkade ...`), where the chair moved one.
    let chairs = ["ordförandens yrkande", "ordförandens förslag"]
        .iter()
        .filter_map(|w| g.find(w))
        .min();
    let mut by_chair = false;
    if let Some(at) = chairs {
        if let Some(x) = props.iter().find(|x| moved_as_chair(x)) {
            hits.push((at, &x.id));
            named_any = true;
            by_chair = true;
        }
    }
    let base = props.of_kind(ProposalKind::Base).map(|(b, _)| b);
    for (at, name) in sources(low) {
        // The chair's proposal is the one the chair moved (above).
        if by_chair && name == "ordförandens förslag" {
            continue;
        }
        // `avslag till förvaltningens förslag` names the rejection, not the base.
        let before = low[..at].trim_end();
        if before.ends_with("avslag till")
            || before.ends_with("avslag på")
            || before.ends_with("avslå")
        {
            continue;
        }
        // The base proposal, or a yrkande approving another body's proposal.
        let own = props.own_with_source(name);
        match (base, own) {
            (Some(b), _) if b.source.as_deref() == Some(name) => hits.push((at, &b.id)),
            (_, Some(o)) => hits.push((at, &o.id)),
            (Some(b), None) => hits.push((at, &b.id)),
            (None, None) => {}
        }
    }
    if !speaker.is_empty() {
        for w in ["eget", "egna", "gemensamma", "gemensamt", "sitt", "sina"] {
            if let Some(at) = g.may_hold(w).then(|| find_word(low, w)).flatten() {
                // Each speaker's key made in the paragraph's buffer in turn.
                let first = speaker
                    .iter()
                    .filter_map(|a| props.moved_by_name(&a.name))
                    .min();
                if let Some(o) = first {
                    hits.push((at, &props[o].id));
                    named_any = true;
                }
                break;
            }
        }
    }
    // `Moderaternas förslag`, `Liberalernas och Centerpartiets yrkande`.
    if !named_any {
        // A text without `:` holds no genitive by letters: looked for once.
        let colon = memchr::memchr(b':', low.as_bytes()).is_some();
        for ((stem, party), genitives) in PARTIES.iter().zip(PARTY_GENITIVES) {
            // The party by name, or by letters in the genitive (`(M):s`, `M:s`).
            // Every genitive holds `:`, rarer than its letters.
            let by_letters = genitives
                .into_iter()
                .filter(|w| colon && g.may_hold(w))
                .filter_map(|w| {
                    let colon = w.find(':').unwrap_or(0);
                    first_match_by(low, w, colon, |k| {
                        (k == 0 || !low[..k].ends_with(|c: char| c.is_alphanumeric()))
                            && !low[k + w.len()..].starts_with(|c: char| c.is_alphanumeric())
                    })
                })
                .min();
            let by_name = g.may_hold(stem).then(|| {
                first_match(low, stem, |k| {
                    k == 0 || !low[..k].ends_with(|c: char| c.is_alphanumeric())
                })
            });
            let Some(at) = by_name.flatten().or(by_letters) else {
                continue;
            };
            if let Some(x) = props.of_party(party) {
                hits.push((at, &x.id));
                named_any = true;
            }
        }
    }
    // `det ändrade förslaget`, `tilläggsyrkandet`: the one proposal of that
    // kind; with no one named, `återremiss`, `avslag` too.
    // Several members moving `avslag` (or `återremiss`) each move the same
    // thing: the bare word names the first of them (`any`).
    // Each word given with where it first stands, in the words' order.
    let mut by_kind = |words: &[(Option<usize>, ProposalKind)], any: bool| {
        for &(at, kind) in words {
            let Some(at) = at else {
                continue;
            };
            if let Some((x, unique)) = props.of_kind(kind) {
                if (unique || any) && !hits.iter().any(|(_, id)| *id == x.id) {
                    hits.push((at, &x.id));
                }
            }
        }
    };
    let found = kind_words_in(low);
    let words: [_; KIND_WORDS.len()] = std::array::from_fn(|i| (found[i], KIND_WORDS[i].1));
    by_kind(&words, false);
    if !named_any {
        by_kind(&KIND_STEMS.map(|(w, k)| (g.find(w), k)), true);
    }
    hits.sort_by_key(|(at, _)| *at);
    let has_base = base.is_some();
    hits.into_iter().map(move |(_, id)| match props.by_id(id) {
        Some(x) if x.kind == ProposalKind::Approve && has_base => "base",
        _ => id,
    })
}

/// A word for a proposal as a key word (diacritics folded): `förslag`,
/// `yrkande`, `ändringsyrkandet`.
fn proposal_word(w: &str) -> bool {
    w == "forslag" || w == "forslaget" || w.ends_with("yrkande") || w.ends_with("yrkandet")
}

pub(crate) fn resolve(text: &str, props: &Props, speaker: &[Actor]) -> Option<String> {
    let spaced = single_spaced(text);
    let text = spaced.as_deref().unwrap_or(text);
    first_low(text, None, props, speaker).or_else(|| by_object(text, props))
}

/// [`resolve`] with `lower(text)` where the caller has it (`low`), used
/// unless the text must first be single spaced.
pub(crate) fn resolve_low(
    text: &str,
    low: &str,
    props: &Props,
    speaker: &[Actor],
) -> Option<String> {
    let spaced = single_spaced(text);
    let low = Some(low).filter(|_| spaced.is_none());
    let text = spaced.as_deref().unwrap_or(text);
    first_low(text, low, props, speaker).or_else(|| by_object(text, props))
}

/// `text` with its white space made single spaces, when it holds a line
/// break, a tab or two spaces in a row (a sentence wrapped in a layout
/// kept with its indentation: `bifaller förvaltningens` / `      förslag`);
/// `None` when it is so already.
fn single_spaced(text: &str) -> Option<String> {
    let b = text.as_bytes();
    // Proposals' texts are short: two spaces looked for byte by byte, no
    // searcher built per call.
    let spaced = memchr::memchr2(b'\n', b'\t', b).is_some() || b.windows(2).any(|w| w == b"  ");
    spaced.then(|| crate::scan::collapse_ws(text))
}

/// A side named by what its proposal asks for (`den som vill bifalla
/// motionen röstar nej` for `Emma Falk (V) yrkar bifall till motionen.`):
/// the one proposal whose `bifall till` object the text is, word for word.
fn by_object(text: &str, props: &Props) -> Option<String> {
    fn object(t: &str) -> String {
        let l = lower(t.trim());
        let l = l.trim_end_matches(['.', ',', ';']).trim();
        ["att bifalla ", "bifalla ", "bifall till ", "att "]
            .iter()
            .find_map(|w| l.strip_prefix(w))
            .unwrap_or(l)
            .trim()
            .to_string()
    }
    if text.len() > 120 {
        return None;
    }
    let want = object(text);
    if want.is_empty() {
        return None;
    }
    let mut found = props.iter().filter(|x| {
        let l = lower(&x.text);
        find_str(&l, "bifall till ").is_some_and(|k| {
            let after = &x.text[k + "bifall till ".len()..];
            lower(after.trim().trim_end_matches(['.', ',', ';']).trim()) == want
        })
    });
    // An approval of the base proposal names the base, as in `resolve_all`.
    let base = props.of_kind(ProposalKind::Base).is_some();
    let Some(one) = found.next() else {
        // `bifalla förslaget`, `kommunfullmäktige bifalla förslaget`: the
        // proposal put to the meeting, where there is one.
        return (base && super::kind::the_proposal(&lower(text))).then(|| "base".to_string());
    };
    if found.next().is_some() {
        return None;
    }
    Some(if one.kind == ProposalKind::Approve && base {
        "base".to_string()
    } else {
        one.id.clone()
    })
}

/// Each party of [`PARTIES`] by its letters in the genitive, in lower
/// case: `(m):s`, `m:s`.
const PARTY_GENITIVES: [[&str; 2]; 8] = [
    ["(s):s", "s:s"],
    ["(m):s", "m:s"],
    ["(sd):s", "sd:s"],
    ["(c):s", "c:s"],
    ["(v):s", "v:s"],
    ["(kd):s", "kd:s"],
    ["(l):s", "l:s"],
    ["(mp):s", "mp:s"],
];

/// `low.match_indices(w)`'s first place that `ok` accepts, without a
/// searcher per call: the places one after another, none overlapping.
fn first_match(low: &str, w: &str, ok: impl Fn(usize) -> bool) -> Option<usize> {
    if w.is_empty() {
        return (0..=low.len()).find(|&k| ok(k) && low.is_char_boundary(k));
    }
    first_match_by(low, w, rare_index(w), ok)
}

/// [`first_match`] with the places of `w` found by its byte at `k`
/// (rarer than its first): the same places, the same one accepted.
fn first_match_by(low: &str, w: &str, k: usize, ok: impl Fn(usize) -> bool) -> Option<usize> {
    let (hb, nb) = (low.as_bytes(), w.as_bytes());
    let mut from = 0;
    for i in memchr::memchr_iter(nb[k], hb) {
        let Some(at) = i.checked_sub(k).filter(|&at| at >= from) else {
            continue;
        };
        if hb[at..].starts_with(nb) {
            if ok(at) {
                return Some(at);
            }
            from = at + nb.len().max(1);
        }
    }
    None
}

/// A whole word's byte position.
pub(crate) fn find_word(low: &str, w: &str) -> Option<usize> {
    if w.is_empty() {
        return Some(0);
    }
    first_match_by(low, w, rare_index(w), |at| {
        let end = at + w.len();
        let before_ok = at == 0 || !low[..at].ends_with(|c: char| c.is_alphanumeric());
        let after_ok = end >= low.len() || !low[end..].starts_with(|c: char| c.is_alphanumeric());
        before_ok && after_ok
    })
}

/// A proposal moved by the chair as the chair (`Ordföranden Anders Ek (S)
/// yrkade ...`): what `ordförandens förslag` names where there is one.
pub(super) fn moved_as_chair(x: &Proposal) -> bool {
    opens_as_chair(&x.text)
}

/// A yrkande's text opening with the chair as its mover (`Ordföranden
/// Anders Ek (S) yrkade ...`).
pub(super) fn opens_as_chair(t: &str) -> bool {
    // `ordföranden ` is 13 bytes; its first letter in either case.
    t.trim_start()
        .get(..13)
        .is_some_and(|h| h.eq_ignore_ascii_case("ordföranden "))
}

#[cfg(test)]
mod tests;
