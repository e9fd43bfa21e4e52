//! A written reference to a proposal (`Johan Tolinssons (S) m.fl.
//! yrkande`, `förvaltningens förslag`, `det egna yrkandet`) resolved to the
//! proposals it means.

use super::names::Props;
use super::sources::{sources, KIND_WORDS, PARTIES};
use crate::inline::find_actors;
use crate::model::*;
use crate::outcome::bytes::{find_by, rare_index};
#[cfg(test)]
use crate::outcome::text::key_words;
use crate::outcome::text::key_words_into;
use crate::outcome::text::lower;
use crate::outcome::text::name_key;
#[cfg(test)]
use crate::outcome::text::{name_score, same_word};
use crate::text::find_str;

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
    .filter_map(|v| find_by(&low, v, rare_index(v)))
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
pub(crate) fn resolve_all(text: &str, props: &Props, speaker: &[Actor]) -> Vec<String> {
    resolve_all_low(text, None, props, speaker)
}

/// [`resolve_all`] with `lower(text)` where the caller has it (`low`),
/// used unless the text must first be single spaced.
pub(crate) fn resolve_all_low(
    text: &str,
    low: Option<&str>,
    props: &Props,
    speaker: &[Actor],
) -> Vec<String> {
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
    // Each word's key, in one buffer, and its byte position (to order
    // name hits with phrase hits).
    let mut keys = String::with_capacity(text.len());
    let found = key_words_into(text, &mut keys);
    let words: Vec<&str> = found.iter().map(|&(a, b, _)| &keys[a..b]).collect();
    let word_pos: Vec<usize> = found.iter().map(|&(_, _, at)| at).collect();
    let mut hits: Vec<(usize, String)> = Vec::new();
    let mut named_any = false;
    // Each proposal named by a mover's last name: its best naming (the
    // full name over the last name alone, then the first).
    let mut best: Vec<(usize, u8, usize)> = Vec::new(); // proposal, score, position
    for (i, w) in words.iter().enumerate() {
        for (x, j) in props.named_by(w) {
            let score = props.name_score(x, j, &words[i.saturating_sub(4)..=i]);
            let pos = word_pos.get(i).copied().unwrap_or(0);
            match best.iter_mut().find(|b| b.0 == x) {
                Some(b) if score > b.1 || (score == b.1 && pos < b.2) => *b = (x, score, pos),
                Some(_) => {}
                None => best.push((x, score, pos)),
            }
        }
    }
    // `Annas förslag`, `Cecilias yrkande`: a mover named by the first name
    // in the genitive alone, before the word for a proposal.
    for (i, w) in words.iter().enumerate() {
        if !words.get(i + 1).is_some_and(|n| proposal_word(n)) {
            continue;
        }
        if let Some(k) = props.by_first_genitive(w) {
            if !best.iter().any(|b| b.0 == k) {
                best.push((k, 0, word_pos.get(i).copied().unwrap_or(0)));
            }
        }
    }
    best.sort_by_key(|b| b.0);
    for (x, _, pos) in best {
        named_any = true;
        hits.push((pos, props[x].id.clone()));
    }
    // `ordförandens yrkande`: the proposal the chair moved (`Ordföranden
    // Anders Ek (S) yrkade ...`), where the chair moved one.
    let chairs = ["ordförandens yrkande", "ordförandens förslag"]
        .iter()
        .filter_map(|w| find_str(low, w))
        .min();
    let mut by_chair = false;
    if let Some(at) = chairs {
        if let Some(x) = props.iter().find(|x| moved_as_chair(x)) {
            hits.push((at, x.id.clone()));
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
            (Some(b), _) if b.source.as_deref() == Some(name) => hits.push((at, b.id.clone())),
            (_, Some(o)) => hits.push((at, o.id.clone())),
            (Some(b), None) => hits.push((at, b.id.clone())),
            (None, None) => {}
        }
    }
    if !speaker.is_empty() {
        for w in ["eget", "egna", "gemensamma", "gemensamt", "sitt", "sina"] {
            if let Some(at) = find_word(low, w) {
                let keys: Vec<String> = speaker.iter().map(|a| name_key(&a.name)).collect();
                if let Some(o) = props.moved_by(&keys) {
                    hits.push((at, o.id.clone()));
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
                .filter(|_| colon)
                .filter_map(|w| {
                    let colon = w.find(':').unwrap_or(0);
                    first_match_by(low, w, colon, |k| {
                        (k == 0 || !low[..k].ends_with(|c: char| c.is_alphanumeric()))
                            && !low[k + w.len()..].starts_with(|c: char| c.is_alphanumeric())
                    })
                })
                .min();
            let Some(at) = first_match(low, stem, |k| {
                k == 0 || !low[..k].ends_with(|c: char| c.is_alphanumeric())
            })
            .or(by_letters) else {
                continue;
            };
            if let Some(x) = props.of_party(party) {
                hits.push((at, x.id.clone()));
                named_any = true;
            }
        }
    }
    // `det ändrade förslaget`, `tilläggsyrkandet`: the one proposal of that
    // kind; with no one named, `återremiss`, `avslag` too.
    // Several members moving `avslag` (or `återremiss`) each move the same
    // thing: the bare word names the first of them (`any`).
    let mut by_kind = |words: &[(&str, ProposalKind)], any: bool| {
        for (w, kind) in words {
            let Some(at) = find_str(low, w) else {
                continue;
            };
            if let Some((x, unique)) = props.of_kind(*kind) {
                if (unique || any) && !hits.iter().any(|(_, id)| *id == x.id) {
                    hits.push((at, x.id.clone()));
                }
            }
        }
    };
    by_kind(&KIND_WORDS, false);
    if !named_any {
        by_kind(
            &[
                ("återremi", ProposalKind::ReferBack),
                ("bordlägg", ProposalKind::Postpone),
                ("avslag", ProposalKind::Reject),
                ("avslå", ProposalKind::Reject),
            ],
            true,
        );
    }
    hits.sort_by_key(|(at, _)| *at);
    let has_base = base.is_some();
    let mut out: Vec<String> = Vec::new();
    for (_, id) in hits {
        let id = match props.by_id(&id) {
            Some(x) if x.kind == ProposalKind::Approve && has_base => "base".to_string(),
            _ => id,
        };
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// A word for a proposal as a key word (diacritics folded): `förslag`,
/// `yrkande`, `ändringsyrkandet`.
fn proposal_word(w: &str) -> bool {
    w == "forslag" || w == "forslaget" || w.ends_with("yrkande") || w.ends_with("yrkandet")
}

pub(crate) fn resolve(text: &str, props: &Props, speaker: &[Actor]) -> Option<String> {
    let spaced = single_spaced(text);
    let text = spaced.as_deref().unwrap_or(text);
    resolve_all(text, props, speaker)
        .into_iter()
        .next()
        .or_else(|| by_object(text, props))
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
mod tests {
    use super::*;

    /// Where each word of `text` starts (letters, digits, `-` and `'`), as
    /// `key_words` counts them.
    fn word_starts(text: &str) -> Vec<usize> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        let mut in_word = false;
        let mut i = 0;
        // ASCII by the byte; another character decoded.
        while i < b.len() {
            let (w, len) = if b[i] < 0x80 {
                (
                    b[i].is_ascii_alphanumeric() || b[i] == b'-' || b[i] == b'\'',
                    1,
                )
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                (c.is_alphanumeric(), c.len_utf8())
            };
            if w && !in_word {
                out.push(i);
            }
            in_word = w;
            i += len;
        }
        out
    }

    #[test]
    fn party_genitives_and_first_match_as_match_indices() {
        for ((_, party), g) in PARTIES.iter().zip(PARTY_GENITIVES) {
            let l = party.to_lowercase();
            assert_eq!(g, [format!("({l}):s").as_str(), format!("{l}:s").as_str()]);
        }
        let ok = |low: &str, k: usize| !k.is_multiple_of(3) && !low[..k].ends_with('x');
        for low in [
            "",
            "s:s",
            "s:s:s",
            "ss:s s:s",
            "(s):s och m:s",
            "xm:s m:s",
            "aaaa",
            "ab ab ab",
            "moderaterna moderat",
            "åm:s m:s",
        ] {
            for w in ["s:s", "m:s", "(s):s", "aa", "ab", "moderat", "m:s"] {
                let plain = low.match_indices(w).map(|(k, _)| k).find(|&k| ok(low, k));
                assert_eq!(first_match(low, w, |k| ok(low, k)), plain, "{low:?} {w:?}");
                for b in 0..w.len() {
                    assert_eq!(
                        first_match_by(low, w, b, |k| ok(low, k)),
                        plain,
                        "{low:?} {w:?} {b}"
                    );
                }
            }
        }
    }

    /// The resolver before the index: every proposal's movers scanned for
    /// each reference. The indexed one must name the same proposals.
    #[allow(clippy::all)]
    fn resolve_all_scanning(text: &str, props: &[Proposal], speaker: &[Actor]) -> Vec<String> {
        let low = lower(text);
        let words = key_words(text);
        let word_pos = word_starts(text);
        let mut hits: Vec<(usize, String)> = Vec::new();
        let mut named_any = false;
        for pr in props.iter().filter(|x| x.kind != ProposalKind::Base) {
            let mut best: Option<(u8, usize)> = None;
            for a in &pr.by {
                let parts = key_words(&a.name);
                let Some(last) = parts.last() else { continue };
                for (i, w) in words.iter().enumerate() {
                    if same_word(last, w) {
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
        // A first name in the genitive before a word for a proposal: the
        // one proposal a mover of that first name made.
        for (i, w) in words.iter().enumerate() {
            if !words.get(i + 1).is_some_and(|n| super::proposal_word(n)) {
                continue;
            }
            let Some(first) = w.strip_suffix('s') else {
                continue;
            };
            let of: Vec<&Proposal> = props
                .iter()
                .filter(|x| x.kind != ProposalKind::Base)
                .filter(|x| {
                    x.by.iter().any(|a| {
                        let k = key_words(&a.name);
                        k.len() >= 2 && k[0] == first
                    })
                })
                .collect();
            if let [x] = of[..] {
                if !hits.iter().any(|(_, id)| *id == x.id) {
                    named_any = true;
                    hits.push((word_pos.get(i).copied().unwrap_or(0), x.id.clone()));
                }
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
        let mut by_kind = |words: &[(&str, ProposalKind)], any: bool| {
            for (w, kind) in words {
                let Some(at) = find_str(&low, w) else {
                    continue;
                };
                let mut of_kind = props.iter().filter(|x| x.kind == *kind);
                let (first, second) = (of_kind.next(), of_kind.next());
                if let Some(x) = first.filter(|_| second.is_none() || any) {
                    if !hits.iter().any(|(_, id)| *id == x.id) {
                        hits.push((at, x.id.clone()));
                    }
                }
            }
        };
        by_kind(&KIND_WORDS, false);
        if !named_any {
            by_kind(
                &[
                    ("återremi", ProposalKind::ReferBack),
                    ("bordlägg", ProposalKind::Postpone),
                    ("avslag", ProposalKind::Reject),
                    ("avslå", ProposalKind::Reject),
                ],
                true,
            );
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

    /// The id of the proposal `name` moved in `p`.
    fn moved_by(p: &Paragraph, name: &str) -> Option<String> {
        p.proposals
            .iter()
            .find(|x| x.by.iter().any(|a| a.name == name))
            .map(|x| x.id.clone())
    }

    /// A side named by what exactly one proposal asks for (`motionen`);
    /// near misses: more words after it, two proposals asking the same.
    #[test]
    fn a_side_named_by_what_its_proposal_asks_for() {
        let src = "## § 12 Motion om solceller\n\n### Yrkanden\n\nIda Lund (S) yrkar bifall till kommunstyrelsens förslag.\n\nEmma Falk (V) yrkar bifall till motionen.\n\n### Beslut\n\nFullmäktige avslår motionen.\n";
        let d = crate::parse(src);
        let p = &d.paragraphs[0];
        let props = Props::new(&p.proposals);
        let falk = moved_by(p, "Emma Falk");
        assert_eq!(resolve("motionen", &props, &[]), falk);
        assert_eq!(resolve("bifalla motionen", &props, &[]), falk);
        assert_eq!(resolve("motionen i sin helhet", &props, &[]), None);
        // Two asking for the same: not told apart.
        let two = src.replace(
            "Ida Lund (S) yrkar bifall till kommunstyrelsens förslag.",
            "Ida Lund (S) yrkar bifall till motionen.",
        );
        let d = crate::parse(&two);
        let props = Props::new(&d.paragraphs[0].proposals);
        assert_eq!(resolve("motionen", &props, &[]), None);
    }

    /// `ordförandens förslag` in the beslutsgång and in another member's
    /// `instämmer i ordförandens förslag`: the proposal the chair moved,
    /// not a base proposal of the chair's beside it.
    #[test]
    fn the_chairs_proposal_joined_and_adopted() {
        let src = "§ 44\nDelårsrapport\n\nYrkanden\nOrdföranden Karin Wall (S) föreslår att nämnden godkänner rapporten.\nHanna Ljung (M) instämmer i ordförandens förslag.\n\nBeslutsgång\nOrdföranden finner att nämnden bifaller ordförandens förslag.\n";
        let d = crate::parse(src);
        let p = &d.paragraphs[0];
        let movers: Vec<Vec<&str>> = p
            .proposals
            .iter()
            .map(|x| x.by.iter().map(|a| a.name.as_str()).collect())
            .collect();
        assert_eq!(movers, [["Karin Wall", "Hanna Ljung"]]);
        let o = p.outcome.as_ref().expect("an outcome");
        assert_eq!(o.adopted, moved_by(p, "Karin Wall"));
        assert!(!o.contested);
        // Near miss: with no proposal moved as the chair, the chair's
        // proposal is the base one put to the meeting.
        let d = crate::parse(&src.replace("Ordföranden Karin Wall", "Karin Wall"));
        let kinds: Vec<ProposalKind> = d.paragraphs[0].proposals.iter().map(|x| x.kind).collect();
        assert_eq!(kinds[0], ProposalKind::Base);
    }

    #[test]
    fn the_chairs_proposal_is_the_one_the_chair_moved() {
        let src = "## § 45 Motion om poliser\n\n### Yrkanden\n\nOrdföranden Anders Ek (S) yrkade bifall till motionen med ett tillägg.\n\nNils Öst (M) yrkade bifall till eget förslag.\n\n### Beslut\n\nFullmäktige bifaller motionen.\n";
        let d = crate::parse(src);
        let p = &d.paragraphs[0];
        let props = Props::new(&p.proposals);
        let by_chair = moved_by(p, "Anders Ek");
        assert!(by_chair.is_some());
        assert_eq!(
            resolve("bifalla ordförandens yrkande", &props, &[]),
            by_chair
        );
        // Near miss: no proposal moved as the chair.
        let d = crate::parse(&src.replace("Ordföranden Anders Ek", "Anders Ek"));
        let props = Props::new(&d.paragraphs[0].proposals);
        assert_eq!(resolve("bifalla ordförandens yrkande", &props, &[]), None);
    }

    /// `Cecilias förslag`: the one proposal whose mover is called Cecilia.
    /// Near misses: two movers of that first name, no word for a proposal
    /// after it.
    #[test]
    fn a_mover_named_by_the_first_name_in_the_genitive() {
        let src = "## § 12 Budget\n\n### Yrkanden\n\nCecilia Holm (V) yrkar bifall till eget förslag \
            om utökad budget.\n\nEva Sand (C) yrkar bifall till eget förslag om oförändrad budget.\n\n\
            ### Beslut\n\nNämnden antar förslaget.\n";
        let d = crate::parse(src);
        let p = &d.paragraphs[0];
        let props = Props::new(&p.proposals);
        let id = |by: &str| moved_by(p, by);
        assert_eq!(resolve("Cecilias förslag", &props, &[]), id("Cecilia Holm"));
        assert_eq!(
            resolve("bifall till Evas yrkande", &props, &[]),
            id("Eva Sand")
        );
        assert_eq!(resolve("Cecilias budget", &props, &[]), None);
        let two = src.replace("Eva Sand", "Cecilia Berg");
        let d = crate::parse(&two);
        let props = Props::new(&d.paragraphs[0].proposals);
        assert_eq!(resolve("Cecilias förslag", &props, &[]), None);
    }

    #[test]
    fn the_index_names_what_scanning_every_proposal_named() {
        let mut seen = 0;
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        assert!(!files.is_empty());
        for file in files {
            let src = std::fs::read_to_string(file).unwrap();
            let doc = crate::parse(&src);
            for p in &doc.paragraphs {
                let props = Props::new(&p.proposals);
                for part in &p.parts {
                    for s in crate::outcome::text::sentences(&src, part.span) {
                        let t = s.text(&src);
                        let who = speaker(t, s.span.start);
                        for k in [0, t.len() / 3, t.len() / 2] {
                            let Some(x) = t.get(k..) else { continue };
                            let want = resolve_all_scanning(x, &p.proposals, &who);
                            seen += want.len();
                            assert_eq!(resolve_all(x, &props, &who), want, "{x}");
                            // The caller's lower case: its sentence's, sliced.
                            let low = &lower(t)[k..];
                            let by_low = resolve_all_low(x, Some(low), &props, &who);
                            assert_eq!(by_low, want, "{x}");
                            for y in [x.replacen(' ', "  ", 1), x.replacen(' ', "\n ", 1)] {
                                let by_low = resolve_all_low(&y, Some(&lower(&y)), &props, &who);
                                assert_eq!(by_low, resolve_all(&y, &props, &who), "{y}");
                            }
                        }
                    }
                }
            }
        }
        assert!(seen > 50, "references resolved: {seen}");
    }

    /// Pieces of the generated texts: letters that lower case changes or
    /// keeps, edge bytes, white space of each kind, 15/16/17-byte runs.
    const PIECES: &[&str] = &[
        "Anna",
        "ÅSA",
        "Öberg",
        "É",
        "é",
        "Σ",
        "ΣΑ",
        "İ",
        "ẞ",
        "Ω",
        "§",
        "å",
        "ä",
        "ö",
        "Å",
        "Ä",
        "Ö",
        "\t",
        "\u{a0}",
        "\r",
        "\n",
        " ",
        "  ",
        "",
        "ABCDEFGHIJKLMNO",
        "ABCDEFGHIJKLMNOP",
        "ABCDEFGHIJKLMNOPQ",
        "förslag",
        "K",
    ];

    #[test]
    fn a_slice_of_the_lower_case_is_the_lower_case_of_the_slice() {
        let mut rng = crate::testing::Rng::new(0x6c6f_7765);
        for _ in 0..20_000 {
            let t = rng.pieces(PIECES, 9);
            let low = lower(&t);
            let at: Vec<usize> = (0..=t.len()).filter(|&k| t.is_char_boundary(k)).collect();
            let a = at[rng.below(at.len())];
            let b = at[rng.below(at.len())];
            let (a, b) = (a.min(b), a.max(b));
            assert_eq!(lower(&t[a..b]), &low[a..b], "{t:?} {a}..{b}");
        }
    }
}
