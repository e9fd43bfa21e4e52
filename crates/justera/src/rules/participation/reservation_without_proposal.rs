//! A reservation in favour of an own proposal that was never made.
//!
//! ## What it does
//! Reports a reservation `till förmån för det egna yrkandet` (or naming a
//! proposal) when the paragraph records no proposal by that person or their
//! party group. A party group (`Ledamöterna från M`, `M-gruppen`) stands
//! behind what any of its members proposed, alone or jointly, and several
//! reserving together for `eget yrkande` stand behind what one of them
//! proposed.
//!
//! ## Why is this bad?
//! The protocol must record every proposal that was not withdrawn. A
//! reservation for an unrecorded proposal means a yrkande is missing.
//!
//! ## Example
//! ```text
//! Beslut: Nämnden godkänner förslaget.
//! Reservationer: Bo Berg (M) reserverar sig till förmån för eget yrkande.
//! ```
//! Use instead: record Bo Berg's yrkande under Yrkanden.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § (proposals not withdrawn) and
//!   4 kap. 27 § (reservation).

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::diagnostic::{Diagnostic, Severity};
use crate::key_map::KeyHasher;
use crate::model::{Actor, Paragraph, ProposalKind, Span};
use crate::rules::names::same_person_keys;
use crate::rules::{report, Context};

pub const CODE: &str = "reservation-without-proposal";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "En reservation till förmån för ett eget förslag som aldrig lades.";

/// Whether the paragraph's text has `name` making a proposal outside the
/// reservations (`X (SD) yrkar bifall till eget förslag`), for proposals
/// written in a way the parser did not pick up.
fn proposes_in_text(cx: &Context, p: &Paragraph, name: &str) -> bool {
    // Up to the next paragraph: text after a page break may fall outside the span.
    let next = cx
        .doc
        .paragraphs
        .iter()
        .map(|q| q.span.start)
        .filter(|&s| s > p.span.start)
        .min();
    let span = Span::new(p.span.start, next.unwrap_or(cx.src.len()).max(p.span.end));
    let text = span.of(cx.src);
    let base = span.start;
    let mut from = 0;
    while let Some(i) = text[from..].find(name) {
        let at = base + from + i;
        from += i + name.len();
        if p.reservations
            .iter()
            .any(|r| r.span.start <= at && at < r.span.end)
        {
            continue;
        }
        let rest: String = text[from..]
            .chars()
            .take(160)
            .collect::<String>()
            .to_lowercase();
        let sentence = rest.split(". ").next().unwrap_or("");
        if ["yrka", "föreslå", "förslag"]
            .iter()
            .any(|w| sentence.contains(w))
            && !sentence.contains("reserver")
        {
            return true;
        }
    }
    false
}

/// The movers of a paragraph's proposals (the base's excepted), made once
/// for all its reservations: by the last word of their name key (the same
/// person has the same last name), by the key [`stands_behind`] compares,
/// and by party, all of them and the party groups. Each is a vector sorted
/// by its key and searched by halving: a paragraph holds a handful of
/// movers, for which building hash sets costs more, and thousands still
/// cost `n log n`. One is filled again for every paragraph that asks, its
/// vectors kept; the keys [`stands_behind`] compares are made only when a
/// name the other vectors do not settle is asked for.
///
/// [`stands_behind`]: crate::outcome::stands_behind
#[derive(Default)]
struct Movers<'k, 'p> {
    /// (where the last word of the name key starts, name key), sorted by
    /// that word and then the key; the keys borrowed where the context
    /// made them, the parties from the paragraph.
    by_last: Vec<(usize, Cow<'k, str>)>,
    /// The movers' names, whose keys `keys` holds once `keyed`.
    names: Vec<&'p str>,
    keys: Vec<String>,
    keyed: bool,
    parties: Vec<&'p str>,
    groups: Vec<&'p str>,
}

/// Where the last word of a name key starts (after its last space).
fn last_at(key: &str) -> usize {
    key.rfind(' ').map_or(0, |i| i + 1)
}

impl<'k, 'p> Movers<'k, 'p> {
    /// [`Movers::fill`] with keys made here.
    #[cfg(test)]
    fn new(p: &'p Paragraph) -> Movers<'k, 'p> {
        let mut m = Movers::default();
        m.fill(p, |n| Cow::Owned(crate::rules::names::name_key(n)));
        m
    }

    /// The paragraph's movers in place of the ones held, each name's key
    /// (`name_key`) as `key` gives it (the context's, made once for the
    /// document's names).
    fn fill(&mut self, p: &'p Paragraph, key: impl Fn(&str) -> Cow<'k, str>) {
        self.by_last.clear();
        self.names.clear();
        self.keys.clear();
        self.keyed = false;
        self.parties.clear();
        self.groups.clear();
        for a in p
            .proposals
            .iter()
            .filter(|x| x.kind != ProposalKind::Base)
            .flat_map(|x| &x.by)
        {
            let key = key(&a.name);
            self.by_last.push((last_at(&key), key));
            self.names.push(&a.name);
            if let Some(party) = a.party.as_deref() {
                self.parties.push(party);
                if a.group {
                    self.groups.push(party);
                }
            }
        }
        self.by_last
            .sort_unstable_by(|(a, x), (b, y)| (&x[*a..], x).cmp(&(&y[*b..], y)));
        for v in [&mut self.parties, &mut self.groups] {
            v.sort_unstable();
            v.dedup();
        }
    }

    /// Whether `who` stands behind a proposal of the paragraph: their own,
    /// one their party group's member made, or their party group's (joint
    /// ones included).
    #[cfg(test)]
    fn has_own(&mut self, who: &Actor) -> bool {
        self.has_own_keyed(who, &crate::rules::names::name_key(&who.name))
    }

    /// [`Movers::has_own`], `key` being the key (`name_key`) of `who`'s name.
    fn has_own_keyed(&mut self, who: &Actor, key: &str) -> bool {
        let last = &key[last_at(key)..];
        let from = self.by_last.partition_point(|(l, k)| &k[*l..] < last);
        let has = |v: &[&str], x: &str| v.binary_search(&x).is_ok();
        if self.by_last[from..]
            .iter()
            .take_while(|(l, k)| &k[*l..] == last)
            .any(|(_, k)| same_person_keys(k, key))
            || who.party.as_deref().is_some_and(|party| {
                if who.group {
                    has(&self.parties, party)
                } else {
                    has(&self.groups, party)
                }
            })
        {
            return true;
        }
        if !self.keyed {
            self.keys
                .extend(self.names.iter().map(|n| crate::outcome::behind_key(n)));
            self.keys.sort_unstable();
            self.keys.dedup();
            self.keyed = true;
        }
        self.keys
            .binary_search(&crate::outcome::behind_key(&who.name))
            .is_ok()
    }
}

/// The words that make a reservation one for the reserver's own proposal.
const OWN: [&str; 5] = ["egna", "eget", "sitt", "sina", "gemensamma"];

/// Whether `t` in lower case has a word (a run of letters and digits) of
/// [`OWN`], each word compared in ASCII case without a lower-case copy:
/// no character outside ASCII lowers to a letter of theirs (the Kelvin
/// sign's `k` is in none), and only `İ` lowers to a character that is no
/// letter (a dot above), which would cut a word in two; a text with one is
/// lowered whole.
fn names_own(t: &str) -> bool {
    if t.contains('\u{130}') {
        return t
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| OWN.contains(&w));
    }
    t.split(|c: char| !c.is_alphanumeric())
        .any(|w| OWN.iter().any(|o| o.eq_ignore_ascii_case(w)))
}

pub fn check<'d>(cx: &Context<'d>, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() {
        return;
    }
    // Searching the text is linear; do it once per name and paragraph.
    // Hashed as the document's names are (the map is only asked).
    let mut proposes: HashMap<&str, bool, BuildHasherDefault<KeyHasher>> = HashMap::default();
    let mut movers = Movers::default();
    for p in &cx.doc.paragraphs {
        proposes.clear();
        let mut filled = false;
        for r in &p.reservations {
            if out.len() >= crate::rules::MAX_PER_RULE {
                return;
            }
            // `det egna yrkandet`, `sitt yrkande`, `det gemensamma yrkandet`.
            let own = r.in_favour_text.as_deref().is_some_and(names_own);
            let unknown = r
                .in_favour_of
                .as_deref()
                .is_some_and(|id| !p.proposals.iter().any(|x| x.id == id));
            if !own && !unknown {
                continue;
            }
            if !filled {
                movers.fill(p, |n| cx.key(n));
                filled = true;
            }
            let mut made = |a: &'d Actor| {
                movers.has_own_keyed(a, &cx.key(&a.name))
                    || *proposes
                        .entry(a.name.as_str())
                        .or_insert_with(|| proposes_in_text(cx, p, &a.name))
            };
            // Several reserving together `till förmån för eget yrkande`:
            // their side's proposal, which one of them made.
            if own && r.by.iter().any(&mut made) {
                continue;
            }
            for a in &r.by {
                report(
                    out,
                    CODE,
                    SEVERITY,
                    a.span,
                    format!("{} reserverar sig i {} till förmån för ett yrkande som inte finns i protokollet", a.name, p.label()),
                    format!("{} reserves in {} in favour of a proposal the protocol does not record", a.name, p.label()),
                )
                .help("Skriv in yrkandet under Yrkanden.", "Record the proposal under Yrkanden.");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Proposal;
    use crate::rules::names::same_person;

    fn proposal(id: &str, kind: ProposalKind, by: Vec<Actor>) -> Proposal {
        Proposal {
            id: id.into(),
            kind,
            source: None,
            by,
            joint: false,
            priority: None,
            text: String::new(),
            span: Span::new(0, 0),
        }
    }

    /// The pieces of [`own_words_read_as_in_the_lowered_text`]'s texts:
    /// the words in several cases, near misses, separators and edge
    /// characters (a dotted capital I, a Kelvin sign, a sigma, å ä ö, Å Ä
    /// Ö, É, a tab, a NBSP, a CR).
    const OWN_PIECES: &[&str] = &[
        "egna",
        "EGNA",
        "Eget",
        "sitt",
        "SINA",
        "Gemensamma",
        "GEMENSAMMA",
        "eg",
        "na",
        "s",
        "itt",
        "\u{130}",
        "\u{212a}",
        "\u{3a3}",
        "å",
        "ä",
        "ö",
        "Å",
        "Ä",
        "Ö",
        "É",
        " ",
        "\t",
        "\u{a0}",
        "\r",
        "-",
        ".",
        "x",
        "",
    ];

    /// [`names_own`] answers as the words of the lowered text do: on
    /// generated texts, and on every character up to U+3100 on either side
    /// of a piece.
    #[test]
    fn own_words_read_as_in_the_lowered_text() {
        let lowered = |t: &str| {
            t.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| OWN.contains(&w))
        };
        let mut rng = crate::testing::Rng::new(0x510e_527f_ade6_82d1);
        let mut own = 0;
        for _ in 0..100_000 {
            let t = rng.pieces(OWN_PIECES, 6);
            own += usize::from(lowered(&t));
            assert_eq!(names_own(&t), lowered(&t), "{t:?}");
        }
        assert!(own > 5_000, "{own}");
        for c in (0..0x3100).filter_map(char::from_u32) {
            for p in OWN_PIECES {
                for t in [format!("{c}{p}"), format!("{p}{c}")] {
                    assert_eq!(names_own(&t), lowered(&t), "{t:?}");
                }
            }
        }
    }

    /// The words of the names of [`movers_answer_as_the_plain_reading`]:
    /// first and last names that share letters, initials, groups, edge
    /// bytes (å ä ö, Å Ä Ö, É, a tab, a NBSP, a hyphen).
    const NAME_WORDS: &[&str] = &[
        "Anna",
        "Anna-Karin",
        "Ann",
        "Bo",
        "Åsa",
        "Örjan",
        "Éva",
        "A.",
        "Ek",
        "Eklund",
        "Öberg",
        "Åberg",
        "Ärlig",
        "Lind",
        "Lindh",
        "von",
        "S-gruppen",
        "gruppen",
        "Ek\u{a0}",
        "\t",
        "",
    ];

    /// [`Movers::has_own`] as it was, its index of owned copies: each
    /// mover's key and its last word, their behind keys, their parties.
    fn has_own_by_clones(p: &Paragraph, who: &Actor) -> bool {
        use crate::rules::names::name_key;
        let (mut by_last, mut keys, mut parties, mut groups) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for a in p
            .proposals
            .iter()
            .filter(|x| x.kind != ProposalKind::Base)
            .flat_map(|x| &x.by)
        {
            let key = name_key(&a.name);
            let last = key.rsplit(' ').next().unwrap_or("").to_string();
            by_last.push((last, key));
            keys.push(crate::outcome::behind_key(&a.name));
            if let Some(party) = &a.party {
                parties.push(party.clone());
                if a.group {
                    groups.push(party.clone());
                }
            }
        }
        by_last.sort_unstable();
        for v in [&mut keys, &mut parties, &mut groups] {
            v.sort_unstable();
            v.dedup();
        }
        let key = name_key(&who.name);
        let last = key.rsplit(' ').next().unwrap_or("");
        let from = by_last.partition_point(|(l, _)| l.as_str() < last);
        let has = |v: &[String], x: &str| v.binary_search_by(|k| k.as_str().cmp(x)).is_ok();
        by_last[from..]
            .iter()
            .take_while(|(l, _)| l == last)
            .any(|(_, k)| same_person_keys(k, &key))
            || has(&keys, &crate::outcome::behind_key(&who.name))
            || who.party.as_ref().is_some_and(|party| {
                if who.group {
                    has(&parties, party)
                } else {
                    has(&groups, party)
                }
            })
    }

    /// The movers' index, by last words borrowed from the keys, answers
    /// as the one of owned copies did: many generated paragraphs of
    /// generated movers, each asked for every generated actor and mover.
    #[test]
    fn movers_answer_as_the_plain_reading() {
        let mut rng = crate::testing::Rng::new(0xbb67_ae85_84ca_a73b);
        let parties = [None, Some("S"), Some("M"), Some("SD"), Some("Å")];
        let actor = |rng: &mut crate::testing::Rng| Actor {
            name: rng.phrase(NAME_WORDS, 3).trim_start().to_string(),
            party: parties[rng.below(parties.len())].map(str::to_string),
            group: rng.below(4) == 0,
            span: Span::new(0, 0),
        };
        for _ in 0..3_000 {
            let by: Vec<Actor> = (0..1 + rng.below(6)).map(|_| actor(&mut rng)).collect();
            let p = Paragraph {
                proposals: vec![
                    proposal("base", ProposalKind::Base, vec![actor(&mut rng)]),
                    proposal("p1", ProposalKind::Own, by[..by.len() / 2].to_vec()),
                    proposal("p2", ProposalKind::Own, by[by.len() / 2..].to_vec()),
                ],
                ..Paragraph::default()
            };
            let mut movers = Movers::new(&p);
            let asked: Vec<Actor> = (0..8)
                .map(|_| actor(&mut rng))
                .chain(by.iter().cloned())
                .collect();
            for who in &asked {
                assert_eq!(
                    movers.has_own(who),
                    has_own_by_clones(&p, who),
                    "{who:?} {by:?}"
                );
            }
        }
    }

    #[test]
    fn movers_index_answers_as_comparing_with_every_mover() {
        let mut all = Vec::new();
        for name in [
            "Anna Ek",
            "Anna Maria Ek",
            "Andréa Ek",
            "Karin Ek",
            "Ek",
            "S-gruppen",
        ] {
            for party in [None, Some("S"), Some("M")] {
                for group in [false, true] {
                    all.push(Actor {
                        name: name.to_string(),
                        party: party.map(str::to_string),
                        group,
                        span: Span::new(0, 0),
                    });
                }
            }
        }
        for k in 0..all.len() {
            let mut p = Paragraph::default();
            p.proposals = vec![
                proposal(
                    "base",
                    ProposalKind::Base,
                    vec![all[(k + 1) % all.len()].clone()],
                ),
                proposal(
                    "p1",
                    ProposalKind::Own,
                    vec![all[k].clone(), all[(k * 5) % all.len()].clone()],
                ),
            ];
            let mut movers = Movers::new(&p);
            for who in &all {
                let want = p
                    .proposals
                    .iter()
                    .filter(|x| x.kind != ProposalKind::Base)
                    .any(|x| {
                        x.by.iter().any(|a| {
                            same_person(&a.name, &who.name) || crate::outcome::stands_behind(who, a)
                        })
                    });
                assert_eq!(movers.has_own(who), want, "{who:?} {:?}", p.proposals[1].by);
            }
        }
    }
}
