//! A member's yrkande joining another's (`bifall till X:s yrkande`,
//! `instämmer i ordförandens förslag`).

use super::draft::Draft;
use super::sources::{base_source, PARTIES};
use crate::outcome::text::{key_words, name_score};
use crate::text::{find_str, has};

/// `bifall till Magdalena Sundqvists (S) yrkande`: the draft joined.
pub(super) fn joined(after_verb: &str, drafts: &[Draft], chair: Option<usize>) -> Option<usize> {
    let at = [
        "bifall till",
        "instämmer i",
        "instämde i",
        "ställer sig bakom",
        "ställde sig bakom",
    ]
    .iter()
    .filter_map(|w| find_str(after_verb, w).map(|k| k + w.len()))
    .min()?;
    let target = &after_verb[at..];
    let t = target.trim_start();
    if chair.is_some()
        && (t.starts_with("ordförandens förslag") || t.starts_with("ordförandens yrkande"))
    {
        return chair;
    }
    if base_source(target).is_some_and(|(k, _)| k < 40)
        || target.trim_start().starts_with("eget")
        || target.trim_start().starts_with("sitt")
        || target.trim_start().starts_with("det egna")
    {
        return None;
    }
    if !(has(target, "yrkande") || has(target, "förslag")) {
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
