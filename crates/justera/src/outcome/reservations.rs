//! Reservations: who reserved against the decision, and in favour of which
//! proposal.

use super::proposals::resolve;
use super::text::{lower, sentences};
use crate::inline::{find_actors, find_speakers, PARTY_NAMES};
use crate::model::*;

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

pub(crate) fn reservations(src: &str, p: &Paragraph) -> Vec<Reservation> {
    let mut out = Vec::new();
    // Only parts that mention a reservation are read sentence by sentence.
    for part in p
        .parts
        .iter()
        .filter(|x| x.text.contains("eserv") || x.text.contains("ESERV"))
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
                low.contains("anmäl") || low.contains("lämna") || low.contains("till förmån för");
            if !(low.contains("reserver")
                || (low.contains("reservation")
                    && (announces || part.kind == PartKind::Reservations)))
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
            if by.is_empty() && !low.contains("reserver") {
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
