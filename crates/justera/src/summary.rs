//! The meeting as a whole: per party how many proposals it made or backed,
//! won, lost and reserved; a paragraph × party matrix; who voted with whom
//! in counted votes. Reads the model, never changes it.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::*;

#[derive(Serialize, Clone, Debug, Default, PartialEq)]
pub struct MeetingSummary {
    /// One line per paragraph that has an outcome.
    pub paragraphs: Vec<ParagraphSummary>,
    /// Per party, in order of first appearance.
    pub parties: Vec<PartyStats>,
    /// Contested paragraphs × parties.
    pub matrix: Vec<MatrixRow>,
    /// Pairs of parties in counted votes with a roll call: how often their
    /// members' majority voted the same way.
    pub party_agreement: Vec<Agreement>,
    /// Pairs of members in counted votes with a roll call.
    pub member_agreement: Vec<Agreement>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct ParagraphSummary {
    pub number: u32,
    /// The paragraph as its head names it (`§ 12`, `§ 12 a`, `§§ 13-14`):
    /// `number` alone is shared by `§ 12` and the `§ 12 a` after it.
    pub label: String,
    pub title: String,
    /// The adopted proposal's id and, in words, whose it was.
    pub adopted: Option<String>,
    pub adopted_label: Option<String>,
    pub contested: bool,
    pub method: Method,
    pub margin: Option<i64>,
    pub counts: Option<Counts>,
    /// Parties that reserved.
    pub reserved: Vec<String>,
}

#[derive(Serialize, Clone, Debug, Default, PartialEq)]
pub struct PartyStats {
    pub party: String,
    /// Proposals the party's member moved first.
    pub proposed: u32,
    /// Proposals the party's members moved or joined.
    pub backed: u32,
    /// Contested paragraphs where it backed the adopted proposal.
    pub won: u32,
    /// Contested paragraphs where it backed only proposals that lost.
    pub lost: u32,
    /// Reservations it made or joined.
    pub reserved: u32,
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    BackedWinner,
    BackedLoser,
    Reserved,
    /// Present but on record for no proposal.
    None,
    /// No serving member of the party for this paragraph.
    Absent,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct MatrixRow {
    pub number: u32,
    /// As [`ParagraphSummary::label`].
    pub label: String,
    pub title: String,
    /// One cell per party in [`MeetingSummary::parties`] order.
    pub cells: Vec<Stance>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Agreement {
    pub a: String,
    pub b: String,
    pub same: u32,
    pub different: u32,
}

fn label(p: &Paragraph, id: &str) -> String {
    match p.proposals.iter().find(|x| x.id == id) {
        Some(x) if x.kind == ProposalKind::Base => {
            x.source.clone().unwrap_or_else(|| "base".into())
        }
        Some(x) => match x.by.first() {
            Some(a) => {
                let party = a
                    .party
                    .as_deref()
                    .map(|p| format!(" ({p})"))
                    .unwrap_or_default();
                let more = if x.by.len() > 1 || a.and_others() {
                    " m.fl."
                } else {
                    ""
                };
                format!("{}{party}{more}", a.name)
            }
            None => id.to_string(),
        },
        None => id.to_string(),
    }
}

/// The id a proposal stands for: a yrkande approving the base is the base.
fn stands_for<'a>(p: &Paragraph, x: &'a Proposal) -> &'a str {
    if x.kind == ProposalKind::Approve && p.proposals.iter().any(|b| b.kind == ProposalKind::Base) {
        "base"
    } else {
        &x.id
    }
}

/// The parties of the members and serving substitutes, read once for
/// every paragraph: those of the ones serving throughout, sorted without
/// repeats, and those of the others with the paragraphs they serve for.
struct Serving<'d> {
    always: Vec<&'d str>,
    scoped: Vec<(&'d Scope, &'d str)>,
}

impl<'d> Serving<'d> {
    fn new(doc: &'d Document) -> Serving<'d> {
        let mut s = Serving {
            always: Vec::new(),
            scoped: Vec::new(),
        };
        for m in doc
            .attendance
            .members
            .iter()
            .chain(&doc.attendance.serving_substitutes)
        {
            let Some(party) = m.party.as_deref() else {
                continue;
            };
            match &m.scope {
                None => s.always.push(party),
                Some(scope) => s.scoped.push((scope, party)),
            }
        }
        s.always.sort_unstable();
        s.always.dedup();
        s
    }

    /// Whether any party serves for paragraph `n`.
    fn any(&self, n: u32) -> bool {
        !self.always.is_empty() || self.scoped.iter().any(|(s, _)| s.includes(n))
    }

    /// Whether `party` serves for paragraph `n`.
    fn has(&self, n: u32, party: &str) -> bool {
        self.always.binary_search(&party).is_ok()
            || self
                .scoped
                .iter()
                .any(|&(s, p)| p == party && s.includes(n))
    }
}

/// The pairs counted, as the summary's agreements: the names borrowed
/// from the model while counting are copied once each here (a `&str`
/// pair orders as the `String` pair does).
fn agreements(pairs: BTreeMap<(&str, &str), (u32, u32)>) -> Vec<Agreement> {
    pairs
        .into_iter()
        .map(|((a, b), (same, different))| Agreement {
            a: a.to_string(),
            b: b.to_string(),
            same,
            different,
        })
        .collect()
}

pub fn summarize(doc: &Document) -> MeetingSummary {
    let mut parties: Vec<String> = Vec::new();
    let note = |p: &Option<String>, parties: &mut Vec<String>| {
        if let Some(p) = p {
            if !parties.contains(p) {
                parties.push(p.clone());
            }
        }
    };
    for m in doc
        .attendance
        .members
        .iter()
        .chain(&doc.attendance.serving_substitutes)
    {
        note(&m.party, &mut parties);
    }
    for p in &doc.paragraphs {
        for a in p
            .proposals
            .iter()
            .flat_map(|x| &x.by)
            .chain(p.reservations.iter().flat_map(|r| &r.by))
        {
            note(&a.party, &mut parties);
        }
    }
    let mut stats: Vec<PartyStats> = parties
        .iter()
        .map(|p| PartyStats {
            party: p.clone(),
            ..PartyStats::default()
        })
        .collect();
    let idx = |p: &str, parties: &[String]| parties.iter().position(|x| x == p);
    let mut out = MeetingSummary::default();
    let serving = Serving::new(doc);
    // The names and ids are borrowed from the model while counting.
    let mut party_pairs: BTreeMap<(&str, &str), (u32, u32)> = BTreeMap::new();
    let mut member_pairs: BTreeMap<(&str, &str), (u32, u32)> = BTreeMap::new();
    // Who backed what in a paragraph, as (party, id) pairs without repeats:
    // one list for every paragraph, emptied at each.
    let mut backs: Vec<(&str, &str)> = Vec::new();
    for p in &doc.paragraphs {
        let Some(o) = &p.outcome else { continue };
        // Who backed what: proposals, then roll-call ballots.
        backs.clear();
        for x in p.proposals.iter().filter(|x| x.kind != ProposalKind::Base) {
            for (i, a) in x.by.iter().enumerate() {
                let Some(party) = a.party.as_deref() else {
                    continue;
                };
                let id = stands_for(p, x);
                let new = !backs.contains(&(party, id));
                if let Some(k) = idx(party, &parties) {
                    stats[k].backed += u32::from(new);
                    if i == 0 {
                        stats[k].proposed += 1;
                    }
                }
                if new {
                    backs.push((party, id));
                }
            }
        }
        for v in &p.votes {
            for r in &v.roll_call {
                let side = match r.vote {
                    Ballot::Yes => v.yes_means.as_deref(),
                    Ballot::No => v.no_means.as_deref(),
                    _ => None,
                };
                if let (Some(party), Some(side)) = (r.party.as_deref(), side) {
                    if !backs.contains(&(party, side)) {
                        backs.push((party, side));
                    }
                }
            }
            // Agreement between members and between parties' majorities.
            let cast: Vec<&RollCallEntry> = v
                .roll_call
                .iter()
                .filter(|r| matches!(r.vote, Ballot::Yes | Ballot::No))
                .take(400)
                .collect();
            for (i, a) in cast.iter().enumerate() {
                for b in &cast[i + 1..] {
                    let key = if a.name <= b.name {
                        (a.name.as_str(), b.name.as_str())
                    } else {
                        (b.name.as_str(), a.name.as_str())
                    };
                    let e = member_pairs.entry(key).or_default();
                    if a.vote == b.vote {
                        e.0 += 1;
                    } else {
                        e.1 += 1;
                    }
                }
            }
            let mut majority: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
            for r in &cast {
                if let Some(party) = &r.party {
                    let e = majority.entry(party).or_default();
                    if r.vote == Ballot::Yes {
                        e.0 += 1;
                    } else {
                        e.1 += 1;
                    }
                }
            }
            let sides: Vec<(&str, Option<bool>)> = majority
                .into_iter()
                .map(|(k, (y, n))| {
                    (
                        k,
                        if y > n {
                            Some(true)
                        } else if n > y {
                            Some(false)
                        } else {
                            None
                        },
                    )
                })
                .collect();
            for (i, (a, sa)) in sides.iter().enumerate() {
                for (b, sb) in &sides[i + 1..] {
                    if let (Some(sa), Some(sb)) = (sa, sb) {
                        let e = party_pairs.entry((a, b)).or_default();
                        if sa == sb {
                            e.0 += 1;
                        } else {
                            e.1 += 1;
                        }
                    }
                }
            }
        }
        let mut reserved: Vec<String> = Vec::new();
        for r in &p.reservations {
            for a in &r.by {
                if let Some(party) = &a.party {
                    if !reserved.contains(party) {
                        reserved.push(party.clone());
                        if let Some(k) = idx(party, &parties) {
                            stats[k].reserved += 1;
                        }
                    }
                }
            }
        }
        let adopted = o.adopted.clone();
        // The paragraph's label, made once for its row and its line.
        let row_label = p.label();
        if o.contested {
            let mut cells = Vec::with_capacity(parties.len());
            for (k, party) in parties.iter().enumerate() {
                let party = party.as_str();
                let won = adopted
                    .as_deref()
                    .is_some_and(|a| backs.contains(&(party, a)));
                let lost = !won && adopted.is_some() && backs.iter().any(|&(q, _)| q == party);
                if won {
                    stats[k].won += 1;
                }
                if lost {
                    stats[k].lost += 1;
                }
                cells.push(if reserved.iter().any(|r| r == party) {
                    Stance::Reserved
                } else if won {
                    Stance::BackedWinner
                } else if lost {
                    Stance::BackedLoser
                } else if serving.any(p.number) && !serving.has(p.number, party) {
                    Stance::Absent
                } else {
                    Stance::None
                });
            }
            out.matrix.push(MatrixRow {
                number: p.number,
                label: row_label.clone(),
                title: p.title.clone(),
                cells,
            });
        }
        out.paragraphs.push(ParagraphSummary {
            number: p.number,
            label: row_label,
            title: p.title.clone(),
            adopted_label: adopted.as_deref().map(|a| label(p, a)),
            adopted,
            contested: o.contested,
            method: o.method,
            margin: o.margin,
            counts: p.votes.last().map(|v| v.counts),
            reserved,
        });
    }
    out.parties = stats;
    out.party_agreement = agreements(party_pairs);
    out.member_agreement = agreements(member_pairs);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parties_win_lose_and_reserve() {
        let src = "## Protokoll\n\n**Ledamöter**\n\nAnna Ek (S) Ordförande  \nBo Lind (M)  \nCia Berg (V)\n\n## § 1 Budget\n\n### Beslut\n\nNämnden beslutar enligt förvaltningens förslag.\n\n### Yrkanden\n\nAnna Ek (S) yrkar bifall till förvaltningens förslag.\n\nBo Lind (M) yrkar avslag på förvaltningens förslag.\n\n### Beslutsgång\n\nOrdföranden ställer förslagen mot varandra och finner att nämnden beslutar enligt förvaltningens förslag.\n\n### Reservationer\n\nBo Lind (M) reserverar sig mot beslutet till förmån för eget yrkande.\n";
        let doc = crate::parse(src);
        let s = summarize(&doc);
        let get = |p: &str| s.parties.iter().find(|x| x.party == p).cloned().unwrap();
        assert_eq!((get("S").won, get("S").lost, get("S").proposed), (1, 0, 1));
        assert_eq!((get("M").won, get("M").lost, get("M").reserved), (0, 1, 1));
        assert_eq!(s.matrix.len(), 1);
        let v = s.parties.iter().position(|x| x.party == "V").unwrap();
        assert_eq!(s.matrix[0].cells[v], Stance::None);
        assert_eq!(
            s.paragraphs[0].adopted_label.as_deref(),
            Some("förvaltningens förslag")
        );
    }

    // [`summarize`] as it was, which cloned every name and id it counted:
    // the reference the borrowing one is held to.
    /// The id a proposal stands for: a yrkande approving the base is the base.
    fn stands_for_owned(p: &Paragraph, x: &Proposal) -> String {
        if x.kind == ProposalKind::Approve
            && p.proposals.iter().any(|b| b.kind == ProposalKind::Base)
        {
            "base".into()
        } else {
            x.id.clone()
        }
    }

    /// Parties serving for paragraph `n`.
    fn serving_parties_owned(doc: &Document, n: u32) -> Vec<String> {
        let mut out: Vec<String> = doc
            .attendance
            .members
            .iter()
            .chain(&doc.attendance.serving_substitutes)
            .filter(|m| m.scope.as_ref().is_none_or(|s| s.includes(n)))
            .filter_map(|m| m.party.clone())
            .collect();
        out.sort();
        out.dedup();
        out
    }

    fn summarize_by_clones(doc: &Document) -> MeetingSummary {
        let mut parties: Vec<String> = Vec::new();
        let note = |p: &Option<String>, parties: &mut Vec<String>| {
            if let Some(p) = p {
                if !parties.contains(p) {
                    parties.push(p.clone());
                }
            }
        };
        for m in doc
            .attendance
            .members
            .iter()
            .chain(&doc.attendance.serving_substitutes)
        {
            note(&m.party, &mut parties);
        }
        for p in &doc.paragraphs {
            for a in p
                .proposals
                .iter()
                .flat_map(|x| &x.by)
                .chain(p.reservations.iter().flat_map(|r| &r.by))
            {
                note(&a.party, &mut parties);
            }
        }
        let mut stats: Vec<PartyStats> = parties
            .iter()
            .map(|p| PartyStats {
                party: p.clone(),
                ..PartyStats::default()
            })
            .collect();
        let idx = |p: &str, parties: &[String]| parties.iter().position(|x| x == p);
        let mut out = MeetingSummary::default();
        let mut party_pairs: BTreeMap<(String, String), (u32, u32)> = BTreeMap::new();
        let mut member_pairs: BTreeMap<(String, String), (u32, u32)> = BTreeMap::new();
        for p in &doc.paragraphs {
            let Some(o) = &p.outcome else { continue };
            // Who backed what: proposals, then roll-call ballots.
            let mut backs: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for x in p.proposals.iter().filter(|x| x.kind != ProposalKind::Base) {
                for (i, a) in x.by.iter().enumerate() {
                    let Some(party) = &a.party else { continue };
                    if let Some(k) = idx(party, &parties) {
                        stats[k].backed += u32::from(
                            !backs
                                .get(party)
                                .is_some_and(|v| v.contains(&stands_for_owned(p, x))),
                        );
                        if i == 0 {
                            stats[k].proposed += 1;
                        }
                    }
                    let e = backs.entry(party.clone()).or_default();
                    let id = stands_for_owned(p, x);
                    if !e.contains(&id) {
                        e.push(id);
                    }
                }
            }
            for v in &p.votes {
                for r in &v.roll_call {
                    let side = match r.vote {
                        Ballot::Yes => v.yes_means.clone(),
                        Ballot::No => v.no_means.clone(),
                        _ => None,
                    };
                    if let (Some(party), Some(side)) = (&r.party, side) {
                        let e = backs.entry(party.clone()).or_default();
                        if !e.contains(&side) {
                            e.push(side);
                        }
                    }
                }
                // Agreement between members and between parties' majorities.
                let cast: Vec<&RollCallEntry> = v
                    .roll_call
                    .iter()
                    .filter(|r| matches!(r.vote, Ballot::Yes | Ballot::No))
                    .take(400)
                    .collect();
                for (i, a) in cast.iter().enumerate() {
                    for b in &cast[i + 1..] {
                        let key = if a.name <= b.name {
                            (a.name.clone(), b.name.clone())
                        } else {
                            (b.name.clone(), a.name.clone())
                        };
                        let e = member_pairs.entry(key).or_default();
                        if a.vote == b.vote {
                            e.0 += 1;
                        } else {
                            e.1 += 1;
                        }
                    }
                }
                let mut majority: BTreeMap<String, (u32, u32)> = BTreeMap::new();
                for r in &cast {
                    if let Some(party) = &r.party {
                        let e = majority.entry(party.clone()).or_default();
                        if r.vote == Ballot::Yes {
                            e.0 += 1;
                        } else {
                            e.1 += 1;
                        }
                    }
                }
                let sides: Vec<(String, Option<bool>)> = majority
                    .into_iter()
                    .map(|(k, (y, n))| {
                        (
                            k,
                            if y > n {
                                Some(true)
                            } else if n > y {
                                Some(false)
                            } else {
                                None
                            },
                        )
                    })
                    .collect();
                for (i, (a, sa)) in sides.iter().enumerate() {
                    for (b, sb) in &sides[i + 1..] {
                        if let (Some(sa), Some(sb)) = (sa, sb) {
                            let e = party_pairs.entry((a.clone(), b.clone())).or_default();
                            if sa == sb {
                                e.0 += 1;
                            } else {
                                e.1 += 1;
                            }
                        }
                    }
                }
            }
            let mut reserved: Vec<String> = Vec::new();
            for r in &p.reservations {
                for a in &r.by {
                    if let Some(party) = &a.party {
                        if !reserved.contains(party) {
                            reserved.push(party.clone());
                            if let Some(k) = idx(party, &parties) {
                                stats[k].reserved += 1;
                            }
                        }
                    }
                }
            }
            let adopted = o.adopted.clone();
            if o.contested {
                let serving = serving_parties_owned(doc, p.number);
                let mut cells = Vec::new();
                for (k, party) in parties.iter().enumerate() {
                    let b = backs.get(party);
                    let won = b.is_some_and(|v| adopted.as_ref().is_some_and(|a| v.contains(a)));
                    let lost = b.is_some_and(|v| !v.is_empty()) && !won && adopted.is_some();
                    if won {
                        stats[k].won += 1;
                    }
                    if lost {
                        stats[k].lost += 1;
                    }
                    cells.push(if reserved.iter().any(|r| r == party) {
                        Stance::Reserved
                    } else if won {
                        Stance::BackedWinner
                    } else if lost {
                        Stance::BackedLoser
                    } else if !serving.is_empty() && !serving.contains(party) {
                        Stance::Absent
                    } else {
                        Stance::None
                    });
                }
                out.matrix.push(MatrixRow {
                    number: p.number,
                    label: p.label(),
                    title: p.title.clone(),
                    cells,
                });
            }
            out.paragraphs.push(ParagraphSummary {
                number: p.number,
                label: p.label(),
                title: p.title.clone(),
                adopted_label: adopted.as_deref().map(|a| label(p, a)),
                adopted,
                contested: o.contested,
                method: o.method,
                margin: o.margin,
                counts: p.votes.last().map(|v| v.counts),
                reserved,
            });
        }
        out.parties = stats;
        out.party_agreement = party_pairs
            .into_iter()
            .map(|((a, b), (same, different))| Agreement {
                a,
                b,
                same,
                different,
            })
            .collect();
        out.member_agreement = member_pairs
            .into_iter()
            .map(|((a, b), (same, different))| Agreement {
                a,
                b,
                same,
                different,
            })
            .collect();
        out
    }

    /// The pieces the protocols of [`summary_is_the_cloning_ones`] are
    /// made of: members of parties (names with å ä ö, É, a NBSP, a tab),
    /// proposals, reservations, votes with roll calls.
    const PROTOCOL_PIECES: &[&str] = &[
        "**Ledamöter**\n\nAnna Ek (S) Ordförande  \nBo Lind (M)  \nCia Berg (V)  \nÅsa Öberg (SD)  \nÉva\u{a0}Ärlig (C)\n\n",
        "**Tjänstgörande ersättare**\n\nDan Åkesson (M) för Bo Lind (M) § 2\n\n",
        "## § 1 Budget\n\n",
        "## § 2 Taxor\n\n",
        "## § 3 a Motion\n\n",
        "## §§ 4-5 Två ärenden\n\n",
        "### Beslut\n\nNämnden beslutar enligt förvaltningens förslag.\n\n",
        "### Yrkanden\n\nAnna Ek (S) yrkar bifall till förvaltningens förslag.\n\n",
        "Bo Lind (M) yrkar avslag på förvaltningens förslag.\n\n",
        "Åsa Öberg (SD) och Cia Berg (V) yrkar bifall till Bo Linds (M) yrkande.\n\n",
        "Éva\u{a0}Ärlig (C) yrkar återremiss.\n\n",
        "### Beslutsgång\n\nOrdföranden ställer förslagen mot varandra och finner att nämnden beslutar enligt förvaltningens förslag.\n\n",
        "Votering begärs. Nämnden godkänner följande voteringsordning: Ja för bifall till förvaltningens förslag, nej för avslag.\n\n",
        "Omröstningsresultat: 3 ja, 2 nej.\nJa: Anna Ek (S), Cia Berg (V), Éva Ärlig (C).\nNej: Bo Lind (M), Åsa Öberg (SD).\n\n",
        "Voteringslista\nLedamot\tParti\tJa\tNej\tAvstår\nAnna Ek\tS\tX\t\t\nBo Lind\tM\t\tX\t\nCia Berg\tV\tX\t\t\nÅsa Öberg\tSD\t\tX\t\nÉva Ärlig\tC\t\t\tX\nSumma\t\t2\t2\t1\n\n",
        "Voteringslista\nLedamot\tParti\tJa\tNej\tAvstår\nAnna Ek\tS\t\tX\t\nDan Åkesson\tM\tX\t\t\nCia Berg\tV\tX\t\t\nÅsa Öberg\tSD\tX\t\t\nÉva Ärlig\tC\t\tX\t\nSumma\t\t3\t2\t0\n\n",
        "### Reservationer\n\nBo Lind (M) reserverar sig mot beslutet till förmån för eget yrkande.\n\n",
        "Åsa Öberg (SD) och Éva Ärlig (C) reserverar sig mot beslutet.\n\n",
        "\r\n",
    ];

    /// [`summarize`], which borrows the names it counts, gives what the
    /// cloning one gave: on generated protocols and on every text of the
    /// corpus.
    #[test]
    fn summary_is_the_cloning_ones() {
        let mut rng = crate::testing::Rng::new(0x6a09_e667_f3bc_c908);
        let (mut rows, mut pairs) = (0, 0);
        for _ in 0..1_500 {
            let src = format!("## Protokoll\n\n{}", rng.pieces(PROTOCOL_PIECES, 40));
            let doc = crate::parse(&src);
            let s = summarize(&doc);
            assert_eq!(s, summarize_by_clones(&doc), "{src:?}");
            rows += s.matrix.len();
            pairs += s.member_agreement.len() + s.party_agreement.len();
        }
        // The texts reach the counts compared.
        assert!(rows > 100 && pairs > 100, "{rows} {pairs}");
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus");
        let mut dirs = vec![std::path::PathBuf::from(corpus)];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(d).into_iter().flatten().flatten() {
                let path = e.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|x| x == "txt") {
                    let src = std::fs::read_to_string(&path).unwrap_or_default();
                    let doc = crate::parse(&src);
                    assert_eq!(summarize(&doc), summarize_by_clones(&doc), "{path:?}");
                }
            }
        }
    }

    /// A contested paragraph under `head`.
    fn contested(head: &str, title: &str) -> String {
        format!(
            "## {head} {title}\n\n### Beslut\n\nNämnden beslutar enligt förvaltningens förslag.\n\n### Yrkanden\n\nAnna Ek (S) yrkar bifall till förslaget om {title}.\n\nBo Lind (M) yrkar avslag på förslaget om {title}.\n\n### Beslutsgång\n\nOrdföranden ställer förslagen mot varandra och finner att nämnden bifaller förslaget om {title}.\n\n"
        )
    }

    #[test]
    fn a_lettered_and_a_joint_paragraph_are_rows_of_their_own() {
        let mut src = String::from(
            "## Protokoll\n\n**Ledamöter**\n\nAnna Ek (S) Ordförande  \nBo Lind (M)\n\n",
        );
        for (head, title) in [
            ("§ 12", "Budget"),
            ("§ 12 a", "Extra ärende"),
            ("§§ 13-14", "Två motioner"),
            ("§ 15", "Taxor"),
        ] {
            src += &contested(head, title);
        }
        let doc = crate::parse(&src);
        let s = summarize(&doc);
        let rows: Vec<(&str, &str)> = s
            .paragraphs
            .iter()
            .map(|p| (p.label.as_str(), p.title.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                ("§ 12", "Budget"),
                ("§ 12 a", "Extra ärende"),
                ("§§ 13-14", "Två motioner"),
                ("§ 15", "Taxor")
            ]
        );
        let matrix: Vec<&str> = s.matrix.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(matrix, ["§ 12", "§ 12 a", "§§ 13-14", "§ 15"]);
        assert_eq!(s.matrix[1].number, 12);
    }
}
