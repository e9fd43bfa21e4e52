//! A yrkande moved by an office named alone (`Ordföranden yrkade bifall
//! till förvaltningens förslag.`, `Vice ordföranden yrkar avslag.`): the
//! office stands as the mover, and the parse names its holder once the
//! attendance is read (`office_holders`).

use crate::model::{Actor, Span};

/// The offices a member moves as, as written before the verb (lower
/// case), each with the attendance role of its holder.
pub(crate) const OFFICES: [(&str, &str); 7] = [
    ("ordföranden", "ordförande"),
    ("ordförande", "ordförande"),
    ("vice ordföranden", "vice ordförande"),
    ("förste vice ordföranden", "förste vice ordförande"),
    ("1:e vice ordföranden", "förste vice ordförande"),
    ("andre vice ordföranden", "andre vice ordförande"),
    ("2:e vice ordföranden", "andre vice ordförande"),
];

/// The office moving in a sentence whose only words before the
/// proposing verb at `verb` name it; `t` the sentence, `low` its lower
/// case, `base` where it starts.
pub(super) fn office_speaker(t: &str, low: &str, verb: usize, base: usize) -> Option<Actor> {
    let before = low[..verb].trim_end();
    let lead = before.len() - before.trim_start_matches(['*', '_', ' ', '-', '•']).len();
    let words = &before[lead..];
    OFFICES.iter().find(|(w, _)| *w == words)?;
    Some(Actor {
        name: t[lead..lead + words.len()].to_string(),
        party: None,
        group: false,
        span: Span::new(base + lead, base + lead + words.len()),
    })
}

/// The roles of the offices' holders, each once.
pub(crate) const OFFICE_ROLES: [&str; 4] = [
    "ordförande",
    "vice ordförande",
    "förste vice ordförande",
    "andre vice ordförande",
];

/// The role of the office an actor's name is (`Ordföranden` →
/// `ordförande`).
pub(crate) fn office_role(name: &str) -> Option<&'static str> {
    // Asked of every mover's name: most open with a letter no office
    // does, and none is lowered into a new string.
    if !name.starts_with(['o', 'O', 'v', 'V', 'f', 'F', 'a', 'A', '1', '2']) {
        return None;
    }
    OFFICES
        .iter()
        .find(|(w, _)| {
            w.len() == name.len() && name.chars().flat_map(char::to_lowercase).eq(w.chars())
        })
        .map(|(_, r)| *r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_office_has_its_role() {
        for (_, r) in OFFICES {
            assert!(OFFICE_ROLES.contains(&r), "{r}");
        }
    }

    #[test]
    fn an_office_alone_before_the_verb() {
        let t = "Ordföranden yrkade bifall till förvaltningens förslag.";
        let low = t.to_lowercase();
        let a = office_speaker(t, &low, low.find("yrkade").unwrap(), 100).unwrap();
        assert_eq!(a.name, "Ordföranden");
        assert_eq!(a.span, Span::new(100, 100 + "Ordföranden".len()));
        let t = "Vice ordföranden yrkar avslag.";
        let low = t.to_lowercase();
        let a = office_speaker(t, &low, low.find("yrkar").unwrap(), 0).unwrap();
        assert_eq!(office_role(&a.name), Some("vice ordförande"));
        // A name after the office, or other words, is no office alone.
        for t in [
            "Ordföranden Eva Lind yrkade bifall.",
            "Nämnden yrkade bifall.",
            "Ordförandens grupp yrkade bifall.",
        ] {
            let low = t.to_lowercase();
            assert!(
                office_speaker(t, &low, low.find("yrkade").unwrap(), 0).is_none(),
                "{t}"
            );
        }
    }
}
