//! Whose proposal a phrase names: the base proposal's sources
//! (`arbetsutskottets förslag`, any `...kontorets förslag`), the kind words
//! (`tilläggsyrkande`) and parties by the stem of their names.

use crate::model::*;
use crate::text::{find_str, has};

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
pub(super) const PARTIES: [(&str, &str); 8] = [
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
pub(super) fn base_source(low: &str) -> Option<(usize, String)> {
    sources(low).into_iter().next()
}

/// Every base-proposal phrase in the text, in order: (position, canonical name).
pub(super) fn sources(low: &str) -> Vec<(usize, String)> {
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
    // Every phrase ends in one of these words.
    if !(has(low, "förslag") || has(low, "tjänsteutlåtande") || has(low, "yttrande")) {
        return Vec::new();
    }
    let mut out: Vec<(usize, String, usize)> = Vec::new();
    for (k, v) in SOURCES {
        let mut from = 0;
        while let Some(i) = find_str(&low[from..], k) {
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
    while let Some(i) = find_str(&low[from..], " förslag") {
        let end = from + i;
        from = end + 1;
        // After the character that ends the word before, whatever its width
        // (`�` is three bytes).
        let word_start = low[..end]
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphanumeric() && c != '-')
            .map_or(0, |(k, c)| k + c.len_utf8());
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
