//! Reservations: who reserved against the decision, and in favour of which
//! proposal.

use super::proposals::resolve;
use super::text::{lower, sentences};
use crate::inline::{find_actors, find_speakers, PARTY_NAMES};
use crate::model::*;
use crate::text::{find_str, has};

/// Parties named by name (`Moderaterna reserverar sig`) before `cut`.
pub(crate) fn party_actors(t: &str, base: usize, cut: usize) -> Vec<Actor> {
    let low = lower(&t[..cut.min(t.len())]);
    let mut out: Vec<Actor> = Vec::new();
    for (name, party) in PARTY_NAMES {
        if let Some(k) = super::proposals::find_word(&low, name) {
            if out.iter().any(|a| a.party.as_deref() == Some(party)) {
                continue;
            }
            out.push(Actor {
                name: t[k..k + name.len()].to_string(),
                party: Some(party.to_string()),
                group: true,
                span: Span::new(base + k, base + k + name.len()),
            });
        }
    }
    out.sort_by_key(|a| a.span.start);
    out
}

/// Party groups named by their letters (`S-gruppen`, `S-, V- och
/// MP-grupperna`) in `t[from..to]`.
fn party_groups(t: &str, base: usize, from: usize, to: usize) -> Vec<Actor> {
    let seg = &t[from..to.max(from)];
    if !lower(seg).contains("-grupp") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = 0;
    for w in seg.split(|c: char| c.is_whitespace() || c == ',' || c == ':') {
        let here = at;
        at += w.len() + 1;
        let Some(k) = w.find('-') else { continue };
        let letters = &w[..k];
        let rest = lower(&w[k + 1..]);
        if letters.is_empty()
            || letters.len() > 4
            || !letters.chars().all(|c| c.is_uppercase())
            || !(rest.is_empty() || rest.starts_with("grupp"))
        {
            continue;
        }
        out.push(Actor {
            name: format!("{letters}-gruppen"),
            party: Some(letters.to_string()),
            group: true,
            span: Span::new(base + from + here, base + from + here + w.len()),
        });
    }
    out
}

pub(crate) fn reservations(src: &str, p: &Paragraph) -> Vec<Reservation> {
    let mut out = Vec::new();
    // Only parts that mention a reservation are read sentence by sentence.
    for part in p
        .parts
        .iter()
        .filter(|x| has(&x.text, "eserv") || has(&x.text, "ESERV"))
    {
        for s in sentences(src, part.span) {
            let t = s.text(src);
            let low = lower(t);
            let Some(cut) = [
                "reserverar sig",
                "reserverade sig",
                "reservera sig",
                "reserverar oss",
                "reserverade oss",
                "reservation",
            ]
            .iter()
            .filter_map(|w| low.find(w))
            .min() else {
                continue;
            };
            // Only sentences that make a reservation: `X reserverar sig`,
            // `X anmäler reservation`, or any sentence naming someone under a
            // Reservationer heading; not a mention of someone else's.
            let announces =
                has(&low, "anmäl") || has(&low, "lämna") || has(&low, "till förmån för");
            if !(has(&low, "reserver")
                || (has(&low, "reservation") && (announces || part.kind == PartKind::Reservations)))
            {
                continue;
            }
            let mut by = find_speakers(&t[..cut], s.span.start);
            if by.is_empty() {
                by = party_actors(t, s.span.start, cut);
            }
            // `Mot beslutet reserverar sig X (M) och Y (KD) till förmån för ...`
            if by.is_empty() {
                let end = low
                    .find("till förmån för")
                    .filter(|&e| e > cut)
                    .unwrap_or(t.len());
                // After the verb: `reserverade sig ledamöterna för (s) och (v)`.
                let from = ["reserverar sig", "reserverade sig"]
                    .iter()
                    .find(|w| low[cut..].starts_with(**w))
                    .map_or(cut, |w| cut + w.len());
                by = find_actors(&t[cut..end], s.span.start + cut);
                if by.is_empty() && from < end {
                    by = find_speakers(&t[from..end], s.span.start + from);
                }
            }
            // `Reservation: S-, V- och MP-grupperna, till förmån för ...`.
            if by.is_empty() {
                let end = find_str(&low, "till förmån för").unwrap_or(t.len());
                by = party_groups(t, s.span.start, cut.min(end), end);
            }
            if by.is_empty() && !has(&low, "reserver") {
                continue;
            }
            let favour_at = low
                .find("till förmån för")
                .map(|k| k + "till förmån för".len());
            let in_favour_text = favour_at.map(|k| {
                crate::scan::strip_inline(t[k..].trim())
                    .trim_end_matches(['.', '*'])
                    .trim()
                    .to_string()
            });
            let in_favour_of = favour_at.and_then(|k| resolve(&t[k..], &p.proposals, &by));
            out.push(Reservation {
                by,
                in_favour_of,
                in_favour_text,
                text: crate::scan::strip_inline(t)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                span: s.span,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::party_groups;

    #[test]
    fn party_groups_by_their_letters() {
        let t = "Reservation: S-, V- och MP-grupperna, till förmån för X.";
        let g: Vec<String> = party_groups(t, 0, 0, t.find("till").unwrap())
            .into_iter()
            .map(|a| a.name)
            .collect();
        assert_eq!(g, ["S-gruppen", "V-gruppen", "MP-gruppen"]);
        assert!(party_groups("Anna Ek (S) reserverar sig", 0, 0, 26).is_empty());
    }
}
