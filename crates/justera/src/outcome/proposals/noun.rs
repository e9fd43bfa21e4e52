//! A yrkande named by its noun, with no proposing verb: `Bo Berg (M)
//! lämnar ett tilläggsyrkande: att ...`, `Tilläggsyrkande från Bo Berg
//! (M): att ...`; and who speaks in a label (`Anna Ek (S): Avslag.`).

#[cfg(test)]
use crate::inline::label_speakers;
use crate::inline::{find_speakers_low, label_speakers_low};
use crate::model::Actor;

/// `label_speakers` of `t` (`low` its lower case): a label's colon stands
/// within its first 161 bytes, and a sentence without one there (most) is
/// not searched whole for one.
pub(super) fn label_speakers_of(t: &str, low: &str, base: usize) -> Vec<Actor> {
    let head = &t.as_bytes()[..t.len().min(161)];
    if memchr::memchr(b':', head).is_some() {
        label_speakers_low(t, Some(low), base)
    } else {
        Vec::new()
    }
}

/// `Avslag yrkas av Bo Berg (M).`: the
/// movers after a passive verb at `verb` and its `av`, to the sentence's
/// end; none when the verb is no passive.
pub(super) fn passive_speakers(t: &str, low: &str, verb: usize, base: usize) -> Vec<Actor> {
    let Some(after) = passive_end(low, verb) else {
        return Vec::new();
    };
    find_speakers_low(&t[after..], &low[after..], base + after)
}

/// The passive verbs with their `av`.
const PASSIVES: [&str; 1] = ["yrkas av "];

/// Where the words after a passive verb at `verb` and its `av` start.
fn passive_end(low: &str, verb: usize) -> Option<usize> {
    let rest = low.get(verb..)?;
    PASSIVES
        .iter()
        .find_map(|w| rest.starts_with(w).then_some(verb + w.len()))
}

/// Whether the verb at `verb` is a passive with its `av`.
pub(super) fn passive_at(low: &str, verb: usize) -> bool {
    passive_end(low, verb).is_some()
}

/// Verbs that hand a yrkande over as a thing (`lämnar ett ...yrkande`).
const HANDS_OVER: [&str; 9] = [
    "lämnar",
    "lämnade",
    "lägger",
    "lade",
    "framför",
    "framförde",
    "framställer",
    "framställde",
    "har",
];

/// Words between such a verb and the noun (`lämnar fram ett eget`).
const BETWEEN: [&str; 5] = ["ett", "eget", "följande", "fram", "nytt"];

/// Who moves the yrkande the sentence `t` names by its noun, if it is
/// one: the names before `lämnar ett ...yrkande`, or after `...yrkande
/// från` at the sentence's start up to a colon. `low` is `t` in lower
/// case, offset for offset; `base` is where `t` starts in the text.
pub(super) fn noun_speakers(t: &str, low: &str, base: usize) -> Vec<Actor> {
    // Words with their byte offsets, up to the first one holding `yrkande`.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in low.char_indices().chain(std::iter::once((low.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                words.push((a, &low[a..i]));
                start = None;
                if low[a..i].ends_with("yrkande") {
                    break;
                }
            }
            _ => {}
        }
    }
    let Some(&(noun_at, noun)) = words.last().filter(|w| w.1.ends_with("yrkande")) else {
        return Vec::new();
    };
    // `Tilläggsyrkande från Bo Berg (M): ...`
    if words.len() == 1 {
        let rest = &low[noun_at + noun.len()..];
        let Some(from) = rest.strip_prefix(" från ") else {
            return Vec::new();
        };
        let a = low.len() - from.len();
        let e = from.find([':', '.']).map_or(low.len(), |k| a + k);
        return find_speakers_low(&t[a..e], &low[a..e], base + a);
    }
    // `Bo Berg (M) lämnar ett tilläggsyrkande`
    let mut k = words.len() - 1;
    while k > 0 && BETWEEN.contains(&words[k - 1].1) {
        k -= 1;
    }
    if k == 0 || !HANDS_OVER.contains(&words[k - 1].1) {
        return Vec::new();
    }
    let e = words[k - 1].0;
    find_speakers_low(&t[..e], &low[..e], base)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::text::lower;

    #[test]
    fn label_speakers_of_is_label_speakers_on_generated_sentences() {
        let words = [
            "Anna Ek (S):",
            "Lina Fors (V)",
            ":",
            "Pär Löfstrand, fp:",
            "Avslag.",
            "bifall till förslaget",
            "och",
            "åäö",
            "12345678",
            "x",
        ];
        let mut rng = crate::testing::Rng::new(0x3c6e_f372_fe94_f82b);
        let mut found = 0;
        for _ in 0..20_000 {
            let t = rng.phrase(&words, 40);
            let by = label_speakers_of(&t, &crate::outcome::text::lower(&t), 7);
            assert_eq!(by, label_speakers(&t, 7), "{t:?}");
            found += usize::from(!by.is_empty());
        }
        assert!(found > 1000, "{found}");
    }

    fn names(t: &str) -> Vec<String> {
        noun_speakers(t, &lower(t), 0)
            .into_iter()
            .map(|a| a.name)
            .collect()
    }

    #[test]
    fn a_yrkande_named_by_its_noun() {
        for t in [
            "Bo Berg (M) lämnar ett tilläggsyrkande: att nämnden följer upp arbetet.",
            "Bo Berg (M) lägger ett ändringsyrkande enligt bilaga 2.",
            "Bo Berg (M) framför ett yrkande om återremiss.",
            "Bo Berg (M) har ett tilläggsyrkande om uppföljning.",
            "Tilläggsyrkande från Bo Berg (M): att nämnden följer upp arbetet.",
        ] {
            assert_eq!(names(t), ["Bo Berg"], "{t}");
        }
        for t in [
            "Bo Bergs (M) yrkande stöds av flera ledamöter.",
            "Bo Berg (M) lämnar sammanträdet efter yrkandet.",
            "Yrkandet från Bo Berg (M) behandlas först.",
        ] {
            assert!(names(t).is_empty(), "{t}");
        }
    }

    /// `Avslag yrkas av Bo Lind (M).` and `Yrkande från Bo Lind (M) om
    /// avslag.` under another's yrkande: Bo Lind's own, rejecting; they
    /// had been read as more words of the yrkande before, turning it.
    #[test]
    fn a_passive_and_a_noun_opening_the_sentence_name_their_movers() {
        for line in [
            "Avslag yrkas av Bo Lind (M).",
            "Yrkande från Bo Lind (M) om avslag.",
        ] {
            let src = format!(
                "§ 5\nMotion om fritidsgårdar\n\nYrkanden\nAnna Ek (S) yrkar bifall till förvaltningens förslag.\n{line}\n\n\
                 Beslut\nNämnden bifaller förvaltningens förslag.\n"
            );
            let d = crate::parse(&src);
            let got: Vec<(crate::model::ProposalKind, Vec<&str>)> = d.paragraphs[0]
                .proposals
                .iter()
                .filter(|x| x.kind != crate::model::ProposalKind::Base)
                .map(|x| (x.kind, x.by.iter().map(|a| a.name.as_str()).collect()))
                .collect();
            use crate::model::ProposalKind::{Approve, Reject};
            assert_eq!(
                got,
                [(Approve, vec!["Anna Ek"]), (Reject, vec!["Bo Lind"])],
                "{line}"
            );
        }
    }
}
