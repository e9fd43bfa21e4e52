//! Jäv in a paragraph: each chunk of a `Jäv` part, and a chunk of any
//! other part that says someone declared it (`anmäler jäv`, `deltar inte
//! p.g.a. jäv`), with the people it names; not the substitute a sentence
//! says serves in the jävig member's place.

use super::bytes::clean;
use super::bytes::{may_fold_to_jav, may_fold_to_jav_low};
use super::chunks::chunks;
use super::prepared::Prepared;
use crate::inline::{find_actors, fold};
use crate::model::*;
use crate::text::has;

/// The paragraph's jäv, read from its `parts`.
pub(super) fn jav(src: &str, prep: &Prepared, parts: &[Part]) -> Vec<Jav> {
    let mut out = Vec::new();
    // A part within the paragraph is a piece of it: a paragraph that
    // cannot hold `jäv` holds no such part that can (asked once of its
    // ASCII lower case, made for every paragraph).
    let none = !may_fold_to_jav_low(prep.ascii_low());
    for part in parts.iter() {
        // A chunk is a piece of its part: a part that cannot hold `jäv`
        // holds no chunk that can (asked of its bytes: most parts are not
        // otherwise read in lower case).
        if part.kind != PartKind::Jav
            && (none && prep.holds(part.span) || !may_fold_to_jav(part.span.of(src)))
        {
            continue;
        }
        for c in chunks(src, part.span) {
            let names_jav = || {
                let f = fold(c.text);
                has(&f, "anmäler jäv")
                    || has(&f, "anmälde jäv")
                    || has(&f, "anmält jäv")
                    || has(&f, "pga jäv") && !has(&f, "ej §")
                    || has(&f, "på grund av jäv")
                    || has(&f, "p.g.a. jäv")
                    // `är jävig`, `anser sig jävig`, `anmäler sig jävig`
                    // (`ingen` the word, not the ending of `behandlingen`)
                    || (has(&f, "är jävig") || has(&f, "sig jävig"))
                        && !(f.starts_with("ingen ") || has(&f, " ingen "))
            };
            if part.kind == PartKind::Jav || may_fold_to_jav(c.text) && names_jav() {
                let mut by = find_actors(c.text, c.start);
                by.retain(|a| !stands_in(c.text, a.span.start - c.start));
                if !by.is_empty() || part.kind == PartKind::Jav {
                    out.push(Jav {
                        by,
                        text: clean(c.text),
                        span: c.span(),
                    });
                }
            }
        }
    }

    out
}

/// `Ersättaren Karl Nilsson (C) tjänstgör i hennes ställe.` after a
/// member's jäv: the one named at `at` in `t` serves in the jävig
/// member's place, in a sentence saying so and naming no jäv.
fn stands_in(t: &str, at: usize) -> bool {
    let start = t[..at].rfind(". ").map_or(0, |k| k + 2);
    let end = t[at..].find(". ").map_or(t.len(), |k| at + k);
    let f = fold(&t[start..end]);
    !has(&f, "jäv")
        && [
            "i hennes ställe",
            "i hans ställe",
            "i dennes ställe",
            "i hens ställe",
            "i stället",
            "istället",
            "ersätter",
            "tjänstgör för",
            "träder in",
            "går in",
            "inträder",
        ]
        .iter()
        .any(|w| has(&f, w))
}
