//! The index's look-ups, each against a walk over the proposals.

use super::*;
use crate::outcome::text::key_words;

/// The movers found by a last name are those the search alone finds,
/// on generated movers and words.
#[test]
fn last_named_is_the_search_on_generated_names() {
    let words = [
        "ek",
        "eks",
        "lind",
        "linds",
        "lindh",
        "öberg",
        "obergs",
        "hedin",
        "o'neil",
        "karlsson",
        "berg",
        "bergs",
        "x",
        "",
        "anna",
        "annas",
        "ek-lind",
        "e",
        "k",
        "karlssons",
    ];
    let mut rng = crate::testing::Rng::new(0x510e_527f_ade6_82d1);
    let mut found = 0;
    for _ in 0..2_000 {
        let list: Vec<Proposal> = (0..1 + rng.below(4))
            .map(|k| {
                let by = movers(&mut rng, &[]);
                proposal(format!("p{}", k + 1), ProposalKind::Own, None, by)
            })
            .collect();
        let ix = Index::new(&list, &mut Vec::new());
        for w in words {
            assert_eq!(ix.last_named(w), ix.last_named_searched(w), "{w:?}");
            found += usize::from(!ix.last_named(w).is_empty());
        }
    }
    assert!(found > 1000, "{found}");
}

/// The words the generated movers' names are made of: names with and
/// without diacritics, a hyphen and an apostrophe, names that are
/// another's genitive.
const NAMES: &[&str] = &[
    "Anna", "Ek", "Öberg", "Åsa", "Lind", "Lindh", "Ek-Lind", "Andréa", "Hedin", "O'Neil",
    "Karlsson", "Berg", "Bergs", "X", "ÉVA", "Ärla",
];

/// Generated proposals: kinds, ids, sources and parties from short lists,
/// so that keys repeat.
fn generated(rng: &mut crate::testing::Rng) -> Vec<Proposal> {
    use ProposalKind::*;
    let kinds = [
        Base, Approve, Reject, Amend, Add, ReferBack, Postpone, Own, Nominate,
    ];
    let parties = ["S", "M", "V", "C"];
    let sources = ["förvaltningens förslag", "utskottets förslag"];
    (0..1 + rng.below(6))
        .map(|_| {
            let id = format!("p{}", 1 + rng.below(4));
            let kind = kinds[rng.below(kinds.len())];
            let source = (rng.below(2) == 0).then(|| sources[rng.below(2)].to_string());
            let by = movers(rng, &parties);
            proposal(id, kind, source, by)
        })
        .collect()
}

/// Up to three generated movers, their names of [`NAMES`]' words, each
/// of one of `parties` half the time (of none where there are none).
fn movers(rng: &mut crate::testing::Rng, parties: &[&str]) -> Vec<Actor> {
    (0..rng.below(4))
        .map(|_| Actor {
            name: rng.phrase(NAMES, 3).trim().to_string(),
            party: (!parties.is_empty() && rng.below(2) == 0)
                .then(|| parties[rng.below(parties.len())].to_string()),
            group: false,
            span: Span::new(0, 0),
        })
        .collect()
}

/// A proposal of its id, kind, source and movers, without text.
fn proposal(id: String, kind: ProposalKind, source: Option<String>, by: Vec<Actor>) -> Proposal {
    Proposal {
        id,
        kind,
        source,
        by,
        joint: false,
        priority: None,
        text: String::new(),
        span: Span::new(0, 0),
    }
}

/// Each look-up of the index (by kind, id, source, party, a first name
/// in the genitive) is the first proposal a walk over the list finds, on
/// generated proposals: the lists kept one after another in one vector
/// and the kinds in their places answer as lists of their own.
#[test]
fn the_look_ups_are_the_walks_over_the_proposals() {
    let mut rng = crate::testing::Rng::new(0x3c6e_f372_fe94_f82b);
    let at = |list: &[Proposal], x: Option<&Proposal>| {
        x.map(|x| std::ptr::from_ref(x) as usize - list.as_ptr() as usize)
    };
    let mut found = 0;
    for _ in 0..3_000 {
        let list = generated(&mut rng);
        let bufs = KeyBufs::default();
        let props = Props::sharing(&list, &bufs);
        let first = |f: &dyn Fn(&Proposal) -> bool| list.iter().position(f);
        for kind in [
            ProposalKind::Base,
            ProposalKind::Own,
            ProposalKind::Reject,
            ProposalKind::Nominate,
        ] {
            let walk = first(&|x| x.kind == kind)
                .map(|i| (i, list.iter().filter(|x| x.kind == kind).count() == 1));
            let ix = props
                .of_kind(kind)
                .map(|(x, one)| (at(&list, Some(x)).unwrap_or(0) / size_of::<Proposal>(), one));
            assert_eq!(ix, walk, "{kind:?} {list:?}");
        }
        for id in ["p1", "p2", "p5"] {
            let walk = first(&|x| x.id == id);
            assert_eq!(
                at(&list, props.by_id(id)).map(|k| k / size_of::<Proposal>()),
                walk
            );
        }
        for s in ["förvaltningens förslag", "utskottets förslag", "x"] {
            let walk = first(&|x| x.kind == ProposalKind::Own && x.source.as_deref() == Some(s));
            assert_eq!(
                at(&list, props.own_with_source(s)).map(|k| k / size_of::<Proposal>()),
                walk
            );
        }
        for party in ["S", "M", "V", "C", "L"] {
            let walk = first(&|x| {
                x.kind != ProposalKind::Base
                    && x.by.iter().any(|a| a.party.as_deref() == Some(party))
            });
            found += usize::from(walk.is_some());
            assert_eq!(
                at(&list, props.of_party(party)).map(|k| k / size_of::<Proposal>()),
                walk
            );
        }
        for word in [
            "annas", "eks", "obergs", "asas", "o'neils", "evas", "arlas", "anna", "s",
        ] {
            let name = word.strip_suffix('s').unwrap_or("");
            let movers: Vec<usize> = list
                .iter()
                .enumerate()
                .filter(|(_, x)| x.kind != ProposalKind::Base)
                .flat_map(|(i, x)| x.by.iter().map(move |a| (i, key_words(&a.name))))
                .filter(|(_, keys)| keys.len() >= 2 && keys[0] == name)
                .map(|(i, _)| i)
                .collect();
            let walk = movers
                .first()
                .filter(|&&i| movers.iter().all(|&k| k == i))
                .copied();
            assert_eq!(props.by_first_genitive(word), walk, "{word:?} {list:?}");
        }
    }
    assert!(found > 1_000, "{found}");
}
