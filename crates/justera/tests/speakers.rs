//! Who stands behind proposals, reservations and statements, in the forms
//! other municipalities write them: lower-case parties, label style
//! (`Tove Lindqvist, L:`), no party at all, names behind a group's party,
//! party groups, independents (`(-)`), titles before the name.

use std::path::Path;

fn fixture(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/outcomes")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn names(by: &[justera::Actor]) -> String {
    by.iter()
        .map(|a| {
            format!(
                "{} ({}){}",
                a.name,
                a.party.as_deref().unwrap_or("?"),
                if a.group { " group" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[test]
fn speakers_in_the_wild() {
    let doc = justera::parse(&fixture("speakers.md"));
    let p = &doc.paragraphs[0];
    let proposals: Vec<String> = p
        .proposals
        .iter()
        .filter(|x| x.kind != justera::ProposalKind::Base)
        .map(|x| names(&x.by))
        .collect();
    assert_eq!(
        proposals,
        vec![
            "Tove Lindqvist (L)",
            "Lina Fors (V)",
            "Karin Wallgren (S)",
            "Sten Nord (M)",
            "Samir Gustavsson (?)",
            "Maria Åkesson (MP), Per Bylén (MP), Lilian Nylund (MP)",
        ]
    );
    let reservations: Vec<String> = p.reservations.iter().map(|r| names(&r.by)).collect();
    assert_eq!(
        reservations,
        vec![
            "Tove Lindqvist (L)",
            "Ledamöterna från M (M) group, Ledamöterna från L (L) group, Ledamöterna från KD (KD) group",
            "Ledamöterna för SD (SD) group",
            "SD-gruppen (SD) group",
            "Socialdemokraterna (S) group, Miljöpartiet (MP) group",
            "Ledamöterna för S (S) group, Ledamöterna för V (V) group",
        ]
    );
    let statements: Vec<String> = p.statements.iter().map(|s| names(&s.by)).collect();
    assert_eq!(
        statements,
        vec![
            "Stefan Hane (-)",
            "Emma-Lina Jonsén (V)",
            "Ola Björk (S)",
            "Lars Westin (?)",
        ]
    );
}
