//! Reservations: who reserved against the decision, and in favour of which
//! proposal.

use super::bytes::has_eserv;
use super::prepared::Prepared;
use super::proposals::{resolve_low, Props};
use super::text::lower;
use crate::inline::{find_actors, find_speakers_low, only_actors, PARTY_NAMES};
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
    let low = lower(seg);
    if !(low.contains("-grupp") || low.contains("-ledam")) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = 0;
    for w in seg.split(|c: char| c.is_whitespace() || c == ',' || c == ':') {
        let here = at;
        at += w.len() + 1;
        let Some(k) = w.find('-') else { continue };
        // `(M)-gruppen`: the letters in parentheses.
        let letters = w[..k].trim_start_matches('(').trim_end_matches(')');
        let rest = lower(&w[k + 1..]);
        // `S-ledamöterna`: the party's members, as its group.
        if letters.is_empty()
            || letters.len() > 4
            || !letters.chars().all(|c| c.is_uppercase())
            || !(rest.is_empty() || rest.starts_with("grupp") || rest.starts_with("ledam"))
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

/// A `Bilaga` part that names other paragraphs (`Reservation till § 12`):
/// an attachment appended after the last paragraph, where the reservation
/// written out belongs to the paragraph it names, not to the one the
/// attachment happens to follow.
fn attachment_for_another(part: &Part, number: u32) -> bool {
    let named = attachment_names(part);
    !named.is_empty() && !named.contains(&number)
}

/// The paragraphs a `Bilaga` part names in its heading or opening text
/// (`Reservation till § 12`); none for any other part.
pub(crate) fn attachment_names(part: &Part) -> Vec<u32> {
    if part.kind != PartKind::Attachments {
        return Vec::new();
    }
    let mut head = part
        .heading
        .as_ref()
        .map(|h| h.text.clone())
        .unwrap_or_default();
    head.push(' ');
    let mut cut = part.text.len().min(300);
    while !part.text.is_char_boundary(cut) {
        cut -= 1;
    }
    head.push_str(&part.text[..cut]);
    head.match_indices('§')
        .filter_map(|(k, _)| {
            let rest = head[k..].trim_start_matches(['§', ' ']);
            let n = rest.bytes().take_while(u8::is_ascii_digit).count();
            rest[..n].parse().ok()
        })
        .collect()
}

/// The words a sentence reserves with, each opening with `reserv`.
const RESERVING: [&str; 6] = [
    "reserverar sig",
    "reserverade sig",
    "reservera sig",
    "reserverar oss",
    "reserverade oss",
    "reservation",
];

/// Where the first of [`RESERVING`] stands in `low` (the least of their
/// first places): every one opens with `reserv`, so the first place of
/// `reserv` that opens one is it; `low`'s `v`s (a stem's sixth byte, far
/// rarer than its `r`) are walked once, not once for each word, in the
/// order of the places they stand for.
fn reserving_at(low: &str) -> Option<usize> {
    let b = low.as_bytes();
    memchr::memchr_iter(b'v', b)
        .filter_map(|i| i.checked_sub(5))
        .find(|&i| {
            let at = &b[i..];
            at.starts_with(b"reserv") && RESERVING.iter().any(|w| at.starts_with(w.as_bytes()))
        })
}

pub(crate) fn reservations(prep: &Prepared, props: &Props, p: &Paragraph) -> Vec<Reservation> {
    let src = prep.src;
    let mut out = Vec::new();
    // Only parts that mention a reservation are read sentence by sentence.
    // `Reservation` over `Bo Lind (M)` / `Cia Holm (C)`: the heading says
    // what each line of names is (asked once a part).
    for (part, listed) in p
        .parts
        .iter()
        .filter_map(|x| {
            // A part with the word is read by its sentences; names alone
            // hold none.
            let named = has_eserv(&x.text);
            let listed = !named && reservers_listed(src, x);
            (named || listed || labelled_beside(src, x)).then_some((x, listed))
        })
        .filter(|(x, _)| !attachment_for_another(x, p.number))
    {
        for (k, s) in prep.sentences(part.span).iter().enumerate() {
            let t = s.text(src);
            let low = prep.low(s.span);
            // `Reservation: SD-gruppen`: the label beside the names on its
            // line says what the part's first sentence is.
            let labelled = k == 0 && labelled_beside(src, part) || listed;
            let Some(cut) = reserving_at(&low).or(labelled.then_some(0)) else {
                continue;
            };
            // Only sentences that make a reservation: `X reserverar sig`,
            // `X anmäler reservation`, or any sentence naming someone under a
            // Reservationer heading; not a mention of someone else's.
            // `Reservation anfördes av X (S)`, `Reservation avgavs av ...`.
            // Each word is asked only where the answer still turns on it
            // (the searches have no effect but their answers).
            let announces = || {
                has(&low, "anmäl")
                    || has(&low, "lämna")
                    || has(&low, "till förmån för")
                    || has(&low, "anfördes av")
                    || has(&low, "avgavs av")
                    || has(&low, "avges av")
            };
            if !(labelled
                || has(&low, "reserver")
                || (has(&low, "reservation")
                    && (part.kind == PartKind::Reservations || announces())))
            {
                continue;
            }
            // `Till förmån för X:s yrkande reserverar sig A och B`: the
            // words before the verb name the proposal, the reservers follow.
            let favour_first = low.trim_start().starts_with("till förmån för");
            let mut by = if favour_first {
                Vec::new()
            } else {
                find_speakers_low(&t[..cut], &low[..cut], s.span.start)
            };
            if by.is_empty() && !favour_first {
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
                    by = find_speakers_low(&t[from..end], &low[from..end], s.span.start + from);
                }
                // `Mot beslutet reserverar sig Gun Sylvén och Henrik Lind`:
                // names without their parties.
                if by.is_empty() && from < end {
                    let names = t[from..end].trim_end().trim_end_matches('.');
                    let lead = t[from..end].len() - t[from..end].trim_start().len();
                    by = listed_names(names.trim_start(), s.span.start + from + lead);
                }
            }
            // `X och Y anmäler reservation`, `Mot beslutet anmäler X, Y och Z
            // reservation till förmån för motionen`: names around the verb,
            // with or without their parties.
            if by.is_empty() {
                if let Some(v) = ["anmäler", "anmälde", "anmäla"]
                    .iter()
                    .filter_map(|w| find_str(&low, w).map(|k| (k, w.len())))
                    .filter(|&(k, _)| k < cut)
                    .min()
                {
                    by = find_speakers_low(&t[..v.0], &low[..v.0], s.span.start);
                    if by.is_empty() {
                        by = listed_names(&t[..v.0], s.span.start);
                    }
                    if by.is_empty() {
                        let from = v.0 + v.1;
                        by = listed_names(&t[from..cut], s.span.start + from);
                    }
                }
            }
            // `Reservation: S-, V- och MP-grupperna, till förmån för ...`.
            if by.is_empty() {
                let end = find_str(&low, "till förmån för").unwrap_or(t.len());
                // Before the verb too (`S-ledamöterna reserverar sig`).
                by = party_groups(t, s.span.start, 0, end);
                // `Reservation från Socialdemokraterna, se bilaga`: the
                // parties a sentence opening with the word names.
                if by.is_empty() && low.trim_start().starts_with("reservation") {
                    by = party_actors(t, s.span.start, end);
                }
            }
            if by.is_empty() && !has(&low, "reserver") {
                continue;
            }
            let favour_at = low
                .find("till förmån för")
                .map(|k| k + "till förmån för".len());
            // The favoured proposal runs to the sentence's end, or to the
            // verb when it comes first.
            let favour_end = if favour_first && cut > 0 {
                cut
            } else {
                t.len()
            };
            let favour_at = favour_at.filter(|&k| k <= favour_end);
            let in_favour_text = favour_at.map(|k| {
                // Its text kept in the cleaned text's own buffer.
                let mut c = super::bytes::clean(t[k..favour_end].trim());
                let kept = c.trim_end_matches(['.', '*']).trim();
                let (from, to) = (kept.as_ptr() as usize - c.as_ptr() as usize, kept.len());
                c.truncate(from + to);
                c.drain(..from);
                c
            });
            let in_favour_of = favour_at
                .and_then(|k| resolve_low(&t[k..favour_end], &low[k..favour_end], props, &by));
            out.push(Reservation {
                by,
                in_favour_of,
                in_favour_text,
                // White space collapsed by `clean` (as `strip_inline`).
                text: super::bytes::clean(t),
                span: s.span,
            });
        }
    }
    out
}

/// A reservations part whose label stands on its text's first line
/// (`Reservation: SD-gruppen`, or the label in a margin beside it).
fn labelled_beside(src: &str, part: &Part) -> bool {
    part.kind == PartKind::Reservations
        && part.heading.as_ref().is_some_and(|h| {
            h.span.end <= part.span.start
                && !src.as_bytes()[h.span.end..part.span.start].contains(&b'\n')
        })
}

/// A reservations part that is nothing but the reservers, each `Name
/// (Party)`, apart by commas, `och` or lines (a written reservation's
/// `skriftligt` or `bilaga 2` after them allowed).
fn reservers_listed(src: &str, part: &Part) -> bool {
    part.kind == PartKind::Reservations && !only_actors(part.span.of(src), 0).is_empty()
}

/// `Sven Ågård, Gun Sylvén och Henrik Lind`: names listed without their
/// parties (older protocols, some templates), every piece a plausible name;
/// else none. A leading `Mot beslutet` is not a name.
fn listed_names(t: &str, base: usize) -> Vec<Actor> {
    let mut out = Vec::new();
    let mut at = 0;
    let lead = ["mot beslutet ", "mot detta beslut ", "mot beslutet har "];
    let low = t.to_lowercase();
    if let Some(l) = lead.iter().find(|l| low.starts_with(**l)) {
        at = l.len();
    }
    let rest = &t[at..];
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    let mut from = 0;
    for (k, sep) in rest
        .match_indices(", ")
        .chain(rest.match_indices(" och "))
        .collect::<std::collections::BTreeMap<_, _>>()
    {
        // `, och`: the two separators overlap; the later one is passed.
        if k < from {
            continue;
        }
        pieces.push((from, &rest[from..k]));
        from = k + sep.len();
    }
    pieces.push((from, &rest[from..]));
    for (k, piece) in pieces {
        let name = piece.trim();
        if name.is_empty() {
            continue;
        }
        if !crate::inline::plausible_name(name) || name.split_whitespace().count() > 4 {
            return Vec::new();
        }
        let lead = piece.len() - piece.trim_start().len();
        let start = base + at + k + lead;
        out.push(Actor {
            name: name.to_string(),
            party: None,
            group: false,
            span: Span::new(start, start + name.len()),
        });
    }
    out
}

/// Proposal `id` lost, as its movers' reservations show: a reservation
/// names it, or every one of its movers reserved against the decision
/// (4 kap. 27 § kommunallagen: one reserves against a decision one
/// opposed). The base proposal, moved by nobody, never; nor when no
/// decision is recorded (the reservation does not stand for it).
#[cfg(test)]
pub(crate) fn lost_by_reservation(p: &Paragraph, id: &str) -> bool {
    Reservers::new(p).lost(p, id)
}

/// The paragraph's reservers, by what [`super::stands_behind`] compares:
/// their name keys, the parties of all of them and of the party groups
/// among them. Made once for all the proposals asked about.
pub(crate) struct Reservers {
    keys: std::collections::HashSet<String>,
    parties: std::collections::HashSet<String>,
    groups: std::collections::HashSet<String>,
}

impl Reservers {
    pub fn new(p: &Paragraph) -> Reservers {
        let mut r = Reservers {
            keys: Default::default(),
            parties: Default::default(),
            groups: Default::default(),
        };
        for a in p.reservations.iter().flat_map(|x| &x.by) {
            r.keys.insert(super::text::name_key(&a.name));
            if let Some(party) = &a.party {
                r.parties.insert(party.clone());
                if a.group {
                    r.groups.insert(party.clone());
                }
            }
        }
        r
    }

    /// Whether some reserver stands behind `b`.
    pub fn behind(&self, b: &Actor) -> bool {
        self.keys.contains(&super::text::name_key(&b.name))
            || b.party.as_ref().is_some_and(|party| {
                // A party group backs its members; a member backs the group.
                self.groups.contains(party) || b.group && self.parties.contains(party)
            })
    }

    /// Proposal `id` lost, as its movers' reservations show: a reservation
    /// names it, or every one of its movers reserved against the decision
    /// (4 kap. 27 § kommunallagen: one reserves against a decision one
    /// opposed). The base proposal, moved by nobody, never; nor when no
    /// decision is recorded (the reservation does not stand for it).
    pub fn lost(&self, p: &Paragraph, id: &str) -> bool {
        let Some(x) = p.proposals.iter().find(|x| x.id == id) else {
            return false;
        };
        if x.kind == ProposalKind::Base || x.by.is_empty() || p.decision.is_none() {
            return false;
        }
        p.reservations
            .iter()
            .any(|r| r.in_favour_of.as_deref() == Some(id))
            || x.by.iter().all(|b| self.behind(b))
    }
}

#[cfg(test)]
mod tests {
    use super::party_groups;

    /// The pieces of the generated sentences: the reserving words, their
    /// stems and near misses, and the edge pieces.
    const PIECES: [&str; 30] = [
        "reserv",
        "reservation",
        "reserverar",
        "reserverade",
        "reservera",
        " sig",
        " oss",
        "sig",
        "res",
        "r",
        "e",
        "erv",
        "RESERV",
        "Reservation",
        " ",
        "\t",
        "\u{a0}",
        "\r",
        "\n",
        "§",
        "å",
        "ä",
        "ö",
        "Å",
        "Ä",
        "Ö",
        "É",
        "7",
        "mot beslutet ",
        "anmäler ",
    ];

    /// [`super::reserving_at`] is the least of each word's `find_str`, on
    /// generated sentences in lower case.
    #[test]
    fn reserving_words_are_found_by_their_stem() {
        use super::{reserving_at, RESERVING};
        let mut rng = crate::testing::Rng::new(0x7265_7376);
        let mut some = 0;
        for _ in 0..40_000 {
            let low = crate::outcome::text::lower(&rng.pieces(&PIECES, 16));
            let plain = RESERVING
                .iter()
                .filter_map(|w| crate::text::find_str(&low, w))
                .min();
            assert_eq!(reserving_at(&low), plain, "{low:?}");
            some += usize::from(plain.is_some());
        }
        assert!(some > 1000, "{some}");
    }

    #[test]
    fn names_listed_without_parties_around_anmaler() {
        let t = "Mot beslutet anmäler Sven Ågård, Gun Sylvén och Henrik Lind reservation till förmån för motionen.";
        let src =
            format!("Protokoll\n\n§ 5 Motion\n\nBeslut\n\nFullmäktige avslår motionen.\n\n{t}\n");
        let d = crate::parse(&src);
        let by: Vec<Vec<&str>> = d.paragraphs[0]
            .reservations
            .iter()
            .map(|r| r.by.iter().map(|a| a.name.as_str()).collect())
            .collect();
        assert_eq!(by, [["Sven Ågård", "Gun Sylvén", "Henrik Lind"]]);
        let d = crate::parse(&src.replace(
            t,
            "Sven Ågård och Gun Sylvén anmäler reservation mot beslutet.",
        ));
        assert_eq!(d.paragraphs[0].reservations[0].by.len(), 2);
        // A reservation mentioned, not made: nobody.
        let d = crate::parse(&src.replace(
            t,
            "Ordföranden anmäler att reservation kan lämnas skriftligt.",
        ));
        assert!(d.paragraphs[0].reservations.iter().all(|r| r.by.is_empty()));
    }

    /// `Till förmån för X:s yrkande reserverar sig A och B`: the favoured
    /// proposal first, the reservers after the verb.
    #[test]
    fn the_favoured_proposal_named_before_the_reservers() {
        let src = "Protokoll\n\n§ 9 Motion om kollektivtrafik\n\nYrkanden\nAnna Berg (M) yrkade bifall till kommunstyrelsens förslag.\nKarin Holm (S) yrkade bifall till motionen.\n\nBeslut\nMotionen avslås.\n\nReservation\nTill förmån för Karin Holms (S) yrkande reserverar sig Karin Holm (S) och Bo Ek (V).\n";
        let d = crate::parse(src);
        let p = &d.paragraphs[0];
        let r = &p.reservations[0];
        let by: Vec<&str> = r.by.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(by, ["Karin Holm", "Bo Ek"]);
        let holm = p
            .proposals
            .iter()
            .find(|x| x.by.iter().any(|a| a.name == "Karin Holm"))
            .map(|x| x.id.clone());
        assert_eq!(r.in_favour_of, holm);
        assert_eq!(r.in_favour_text.as_deref(), Some("Karin Holms (S) yrkande"));
    }

    #[test]
    fn a_reservation_put_forward_by_named_members() {
        let src = "Protokoll\n\n§ 9 Motion om kollektivtrafik\n\nYrkanden\nAnna Berg (M) yrkade bifall till kommunstyrelsens förslag.\nKarin Holm (S) yrkade bifall till motionen.\n\nBeslut\nMotionen avslås.\n\nReservation anfördes av Karin Holm m.fl. (S) enligt följande.\nVi anser att motionen skulle ha bifallits.\n";
        let d = crate::parse(src);
        let by: Vec<Vec<&str>> = d.paragraphs[0]
            .reservations
            .iter()
            .map(|r| r.by.iter().map(|a| a.name.as_str()).collect())
            .collect();
        assert_eq!(by, [["Karin Holm"]]);
        // Near miss: a reservation said of a rule, put forward by nobody.
        let quiet = src.replace("Reservation anfördes av Karin Holm m.fl. (S) enligt följande.\nVi anser att motionen skulle ha bifallits.\n", "Ordföranden påminner om att reservation kan anmälas.\n");
        assert!(crate::parse(&quiet).paragraphs[0]
            .reservations
            .iter()
            .all(|r| r.by.is_empty()));
    }

    #[test]
    fn party_groups_by_their_letters() {
        let t = "Reservation: S-, V- och MP-grupperna, till förmån för X.";
        let g: Vec<String> = party_groups(t, 0, 0, t.find("till").unwrap())
            .into_iter()
            .map(|a| a.name)
            .collect();
        assert_eq!(g, ["S-gruppen", "V-gruppen", "MP-gruppen"]);
        assert!(party_groups("Anna Ek (S) reserverar sig", 0, 0, 26).is_empty());
        for (t, group) in [
            ("Mot beslutet reserverar sig (M)-gruppen.", "M-gruppen"),
            ("S-ledamöterna reserverar sig mot beslutet.", "S-gruppen"),
        ] {
            let g: Vec<String> = party_groups(t, 0, 0, t.len())
                .into_iter()
                .map(|a| a.name)
                .collect();
            assert_eq!(g, [group], "{t}");
        }
    }

    /// Reservers written as a party, its group or its members.
    #[test]
    fn reservers_listed_under_the_heading() {
        let reservers = |said: &str| {
            let src = format!(
                "§ 1\nTaxa\n\nYrkanden\nKim Ro (S) yrkar bifall till förslaget.\nIda Ek (M) yrkar avslag.\n\n\
                 Beslut\nNämnden antar taxan.\n\nReservation\n{said}\n"
            );
            let d = crate::parse(&src);
            d.paragraphs[0]
                .reservations
                .iter()
                .flat_map(|r| r.by.iter().map(|a| a.name.clone()))
                .collect::<Vec<_>>()
        };
        for said in [
            "Ida Ek (M)\nBo Lind (C)",
            "Ida Ek (M) och Bo Lind (C)",
            "Ida Ek (M), Bo Lind (C), skriftligt, bilaga 1",
        ] {
            assert_eq!(reservers(said), ["Ida Ek", "Bo Lind"], "{said}");
        }
        // Names in a sentence saying something else are no reservers.
        assert!(reservers("Ida Ek (M) instämmer i beslutet.").is_empty());
    }

    #[test]
    fn reservers_named_by_their_party() {
        for (said, who) in [
            ("Mot beslutet reserverar sig (M)-gruppen.", "M-gruppen"),
            ("S-ledamöterna reserverar sig mot beslutet.", "S-gruppen"),
            (
                "Reservation från Socialdemokraterna, se bilaga.",
                "Socialdemokraterna",
            ),
            (
                "Mot beslutet reserverar sig Gun Sylvén och Henrik Lind.",
                "Gun Sylvén",
            ),
        ] {
            let src = format!(
                "§ 1\nTaxa\n\nYrkanden\nKim Ro (S) yrkar bifall till förslaget.\nIda Ek (M) yrkar avslag.\n\n\
                 Beslut\nNämnden antar taxan.\n\nReservation\n{said}\n"
            );
            let d = crate::parse(&src);
            let by: Vec<&str> = d.paragraphs[0]
                .reservations
                .iter()
                .flat_map(|r| r.by.iter().map(|a| a.name.as_str()))
                .collect();
            assert_eq!(by.first(), Some(&who), "{said}: {by:?}");
        }
    }

    #[test]
    fn a_proposal_whose_movers_reserved_lost() {
        use crate::model::ProposalKind;
        let src = "Protokoll\n\n§ 1 Tillfälligt ankomstboende\n\nAnna Ek (C) yrkar som ett ändringsyrkande att förslaget ändras till: Förvaltningen får i uppdrag att starta boendet.\n\nBo Berg (S) och Per Ås (M) yrkar bifall till Anna Eks (C) ändringsyrkande.\n\nCarl Dahl (SD) yrkar avslag.\n\nBeslut: Förvaltningen får i uppdrag att starta boendet.\n\nCarl Dahl (SD) reserverar sig mot beslutet.\n";
        let doc = crate::parse(src);
        let p = &doc.paragraphs[0];
        let reject = p
            .proposals
            .iter()
            .find(|x| x.kind == ProposalKind::Reject)
            .unwrap();
        let amend = p
            .proposals
            .iter()
            .find(|x| x.kind == ProposalKind::Amend)
            .unwrap();
        assert!(super::lost_by_reservation(p, &reject.id));
        assert!(!super::lost_by_reservation(p, &amend.id));
        assert_eq!(
            p.outcome.as_ref().and_then(|o| o.adopted.clone()),
            Some(amend.id.clone())
        );
        // Near miss: nobody reserved; two proposals stood, no procedure:
        // who won is not stated.
        let quiet = src.replace("Carl Dahl (SD) reserverar sig mot beslutet.\n", "");
        let doc = crate::parse(&quiet);
        assert_eq!(doc.paragraphs[0].outcome.as_ref().unwrap().adopted, None);
    }
}
