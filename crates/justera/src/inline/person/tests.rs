//! Attendance entries read as people.

/// A list ordered by surname (`Lind, Anna (S)`): the person as the
/// rest of the text names them. Near misses: a name and its role, a
/// role before a name, a party after the comma, two words before it.
#[test]
fn a_name_written_surname_first_with_a_comma() {
    let read = |t: &str| {
        super::parse_person(t, 0).map(|p| {
            let whom = match p.replaces {
                Some(crate::model::Replaces::Person { name, .. }) => name,
                _ => String::new(),
            };
            (p.name, p.party, p.role, whom)
        })
    };
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        read("Lind, Anna (S), ordförande"),
        Some(("Anna Lind".into(), s("S"), s("ordförande"), String::new()))
    );
    assert_eq!(
        read("Ros, Fredrik (V) ersätter Gran, Lisa (V)"),
        Some(("Fredrik Ros".into(), s("V"), None, "Lisa Gran".into()))
    );
    assert_eq!(
        read("Strand, Gunilla Maria, förvaltningschef"),
        Some((
            "Gunilla Maria Strand".into(),
            None,
            s("förvaltningschef"),
            String::new()
        ))
    );
    assert_eq!(
        read("Rane-Andersson, Maj-Britt (KD)").map(|p| p.0),
        s("Maj-Britt Rane-Andersson")
    );
    for t in [
        "Anna Lind, ordförande",
        "Anna Lind, Ordförande (M)",
        "Ordförande, Anna Lind",
        "Lindgren, s, ordförande",
        "Thor Lindgren, s",
        "Moderaterna, Anna",
        "Lind, Förvaltningschef",
        "Ekonomiavdelningen, Kommunledningskontoret",
        "Kommunhuset, Sessionssalen",
    ] {
        assert_eq!(super::surname_first(t), None, "{t}");
    }
}

/// A role abbreviated after the party (`vice ordf.`): written out.
#[test]
fn an_abbreviated_role_after_the_party() {
    let role = |t: &str| super::parse_person(t, 0).and_then(|p| p.role);
    assert_eq!(
        role("Olle Dahl (S), vice ordf.").as_deref(),
        Some("vice ordförande")
    );
    assert_eq!(role("Anna Berg (M), ordf.").as_deref(), Some("ordförande"));
    assert_eq!(
        role("Bo Ek (C), 2:e vice ordf.").as_deref(),
        Some("andre vice ordförande")
    );
}

#[test]
fn a_letter_spaced_heading_is_no_name() {
    assert!(!super::plausible_name("PRO T OK OL L"));
    // Near misses: one initial, particles.
    assert!(super::plausible_name("Lasse S Lorentzon"));
    assert!(super::plausible_name("Anna von Ek"));
}

#[test]
fn a_chairs_role_before_the_name() {
    for (t, name, role) in [
        ("Ordförande Anna Berg (S)", "Anna Berg", "ordförande"),
        ("Ordf. Anna Berg (S)", "Anna Berg", "ordförande"),
        (
            "1:e vice ordförande Bo Ek (M)",
            "Bo Ek",
            "förste vice ordförande",
        ),
        (
            "Andre vice ordförande Cia Dahl (C)",
            "Cia Dahl",
            "andre vice ordförande",
        ),
        // The role in its definite form.
        ("Ordföranden Karin Wall (S)", "Karin Wall", "ordförande"),
        (
            "Vice ordföranden Leif Stenmark (M)",
            "Leif Stenmark",
            "vice ordförande",
        ),
    ] {
        let p = super::parse_person(t, 0).unwrap();
        assert_eq!(
            (p.name.as_str(), p.role.as_deref()),
            (name, Some(role)),
            "{t}"
        );
    }
    // Near misses: a surname holding `ordf`, a role with one word after it.
    let p = super::parse_person("Nordfeldt Anna Berg (S)", 0).unwrap();
    assert_eq!(p.name, "Nordfeldt Anna Berg");
    assert_eq!(super::leading_role(&["Ordförande", "Berg"]), None);
}

#[test]
fn an_officials_title_after_the_name() {
    for (t, name, role) in [
        (
            "Magnus Ek Förvaltningschef § 118-129",
            "Magnus Ek",
            "förvaltningschef",
        ),
        ("Bo Ås Handläggare VA § 119", "Bo Ås", "handläggare VA"),
        (
            "Eva Lund Verksamhetschef kost- och städ",
            "Eva Lund",
            "verksamhetschef kost- och städ",
        ),
        ("Mia Fors Trafikingenjör", "Mia Fors", "trafikingenjör"),
    ] {
        let p = super::parse_person(t, 0).unwrap();
        assert_eq!(
            (p.name.as_str(), p.role.as_deref()),
            (name, Some(role)),
            "{t}"
        );
    }
    // A name alone keeps all its words.
    let p = super::parse_person("Karin Anna Lindström", 0).unwrap();
    assert_eq!((p.name.as_str(), p.role), ("Karin Anna Lindström", None));
}

#[test]
fn istf_and_tjg_name_whom_a_substitute_replaces() {
    use crate::model::Replaces;
    let p =
        super::parse_person("Ingrid Olsson (C) tjg ersättare istf Helena Brink (C)", 0).unwrap();
    assert_eq!(p.name, "Ingrid Olsson");
    assert!(matches!(&p.replaces, Some(Replaces::Person { name, .. }) if name == "Helena Brink"));
    let p = super::parse_person("Rolf Ek (FiA) tjg Rose-Marie Fihn (L)", 0).unwrap();
    assert!(
        matches!(&p.replaces, Some(Replaces::Person { name, .. }) if name == "Rose-Marie Fihn")
    );
    // Near miss: `ej tjg ers` names nobody replaced.
    let p = super::parse_person("Markus Ek (S) ej tjg ers", 0).unwrap();
    assert_eq!(p.replaces, None);
}

use super::*;

/// A letter whose lower case is longer (`İ`) before the scope: the
/// offsets read in the lower case are the text's (this had panicked).
#[test]
fn a_scope_after_a_letter_that_lowers_longer() {
    let (s, _) = find_scope("İda Ek (S), ej § 12 pga jäv", 0).unwrap();
    assert!(!s.includes(12) && s.includes(11));
    assert_eq!(s.reason.as_deref(), Some("jäv"));
}

#[test]
fn presence_up_to_and_from_a_paragraph() {
    let (s, _) = find_scope("Anna Ek (S) t.o.m. § 78", 0).unwrap();
    assert!(s.includes(60) && s.includes(78) && !s.includes(79));
    let (s, _) = find_scope("Bo Berg (M) till och med § 12", 0).unwrap();
    assert!(s.includes(12) && !s.includes(13));
    let (s, _) = find_scope("Cia Dahl (V) fr.o.m. § 80", 0).unwrap();
    assert!(!s.includes(79) && s.includes(80) && s.includes(95));
    assert_eq!(s.text, "fr.o.m. § 80");
}

#[test]
fn persons() {
    let p = parse_person("Leif Åsbrink López (V), ordförande", 0).unwrap();
    assert_eq!(
        (p.name.as_str(), p.party.as_deref(), p.role.as_deref()),
        ("Leif Åsbrink López", Some("V"), Some("ordförande"))
    );
    let p = parse_person("Frida Azadi (S) för vakans (MP) (ej § 28 pga jäv)", 0).unwrap();
    assert_eq!(
        p.replaces,
        Some(Replaces::Vacancy {
            party: Some("MP".into())
        })
    );
    let sc = p.scope.unwrap();
    assert_eq!(sc.except, vec![28]);
    assert_eq!(sc.reason.as_deref(), Some("jäv"));
    let p = parse_person("Mikael Eriksson (S) för vakans (MP) § 28", 0).unwrap();
    assert_eq!(p.scope.unwrap().only, vec![28]);
    let p = parse_person("Sebastian Wiklund (S) ersätter Carolina Sinisalo (S)", 0).unwrap();
    assert_eq!(p.name, "Sebastian Wiklund");
    assert_eq!(
        p.replaces,
        Some(Replaces::Person {
            name: "Carolina Sinisalo".into(),
            party: Some("S".into())
        })
    );
    let p = parse_person("Johan Selander, sektionschef §§ 15-18", 0).unwrap();
    assert_eq!(
        (p.name.as_str(), p.role.as_deref()),
        ("Johan Selander", Some("sektionschef"))
    );
    assert_eq!(p.scope.unwrap().only, vec![15, 16, 17, 18]);
    let p = parse_person("Veronica Wolgast Carstorp Förvaltningschef", 0).unwrap();
    assert_eq!(
        (p.name.as_str(), p.role.as_deref()),
        ("Veronica Wolgast Carstorp", Some("förvaltningschef"))
    );
    let p = parse_person("Alexander Ojanne (S) Ordförande", 0).unwrap();
    assert_eq!(p.role.as_deref(), Some("ordförande"));
    let p = parse_person("Maj-Britt Rane-Andersson (S), 2:e vice ordförande", 0).unwrap();
    assert_eq!(p.role.as_deref(), Some("andre vice ordförande"));
    assert!(parse_person("Detta är en mening som inte är ett namn.", 0).is_none());
    // The party after a comma, in lower case, then the role.
    let p = parse_person("Thor Lindgren, s, ordförande", 0).unwrap();
    assert_eq!(
        (p.name.as_str(), p.party.as_deref(), p.role.as_deref()),
        ("Thor Lindgren", Some("S"), Some("ordförande"))
    );
    let p = parse_person("Lars-Gunnar Näsström, s vice ordförande", 0).unwrap();
    assert_eq!(
        (p.party.as_deref(), p.role.as_deref()),
        (Some("S"), Some("vice ordförande"))
    );
    let p = parse_person("Esbjörn Henriksson, fp", 0).unwrap();
    assert_eq!((p.party.as_deref(), p.role), (Some("FP"), None));
    // A word after the comma that is no national party is the role.
    let p = parse_person("Anna Berg, IT-strateg", 0).unwrap();
    assert_eq!((p.party, p.role.as_deref()), (None, Some("it-strateg")));
    // The role between the name and the party.
    let p = parse_person("Anneli Bengtsson Vice Ordförande (S)", 0).unwrap();
    assert_eq!(
        (p.name.as_str(), p.party.as_deref(), p.role.as_deref()),
        ("Anneli Bengtsson", Some("S"), Some("vice ordförande"))
    );
    let p = parse_person("Katrin Johansson Ledamot (S)", 0).unwrap();
    assert_eq!((p.name.as_str(), p.role), ("Katrin Johansson", None));
    let p = parse_person("Peter Sjö (-)", 0).unwrap();
    assert_eq!(
        (p.name.as_str(), p.party.as_deref()),
        ("Peter Sjö", Some("-"))
    );
    let p = parse_person("Bo Ek, Sv", 0).unwrap();
    assert_eq!(p.party, None);
}

/// A title in parentheses after the name (`Ulla Rask (sekreterare)`);
/// near misses: a capitalised word (`(Nihab)`) and words after the
/// parenthesis are no title.
#[test]
fn a_title_in_parentheses() {
    let p = parse_person("Ulla Rask (sekreterare)", 0).unwrap();
    assert_eq!(
        (p.name.as_str(), p.party, p.role.as_deref()),
        ("Ulla Rask", None, Some("sekreterare"))
    );
    let p = parse_person("Stina Grön (tf. kommundirektör)", 0).unwrap();
    assert_eq!(p.role.as_deref(), Some("tf. kommundirektör"));
    assert!(parse_person("Ulla Rask (Nihab)", 0).is_none());
    assert!(parse_person("Ulla Rask (sekreterare) och Bo", 0).is_none());
}

/// An organisation's name as a page header gives it is no person's;
/// near miss: a surname that holds the letters (`Kommunsson`).
#[test]
fn an_organisations_name_is_no_persons() {
    for n in [
        "KUNGSBACKA KOMMUN",
        "Region Halland",
        "Göteborgs Stad Protokoll",
    ] {
        assert!(!plausible_name(n), "{n}");
    }
    assert!(plausible_name("Anna Kommunsson"));
    assert!(plausible_name("Regina Ek"));
}

/// A member's role asked of the bytes first is the role read the plain
/// way, on generated texts with the roles' words in either case, the
/// ordinals (`1:e`, `2:a`, also glued to `ord`), å ä ö, `İ` (which lowers
/// to two characters) and punctuation at either end.
#[test]
fn member_role_gate_is_the_plain_reading() {
    let pieces = [
        "ord",
        "f",
        "ORD",
        "F",
        "Ordf",
        "ordf.",
        "örande",
        "förande",
        "vice ",
        "Vice ",
        " ",
        "1:e",
        "1:a",
        "2:e",
        "2:A",
        "1:E",
        "förste ",
        "andre ",
        ",",
        ".",
        "å",
        "ä",
        "Ö",
        "İ",
        "ledamot",
        "Nordfeldt",
        "o",
        "r",
        "d",
        ":",
        "1",
    ];
    let mut rng = crate::testing::Rng::new(0x5eed_0f0d_0a7e_u64);
    let mut found = 0;
    for _ in 0..40_000 {
        let t = rng.pieces(&pieces, 8);
        let plain = super::member_role_plain(&t);
        found += usize::from(plain.is_some());
        assert_eq!(super::member_role(&t), plain, "{t:?}");
    }
    // The ordinal glued after `ord` is a role only the second way into
    // the gate finds.
    assert_eq!(super::member_role("ord1:e"), Some("ordförande".to_string()));
    assert!(found > 1000, "{found}");
}

/// The words before whom a substitute replaces, searched for only in
/// entries that may hold one, are those searched for in every entry: on
/// generated lowered entries with the words whole and in parts, å ä ö in
/// their two bytes, and the words at either end.
#[test]
fn replacement_word_gate_is_the_plain_search() {
    let pieces = [
        "ersätter",
        "ers",
        "ätter",
        "tjänstgör",
        "tjänstgörande",
        " för",
        "för ",
        "för",
        " vakans",
        " istf ",
        "istf",
        " tjg ",
        "tjg",
        "tj",
        "g",
        " ",
        "anna",
        "å",
        "ä",
        "ö",
        "é",
        "(s)",
        ",",
        "i",
        "st",
        "f",
        "t",
    ];
    let mut rng = crate::testing::Rng::new(0x7a11_9e5b_03c1_u64);
    let mut found = 0;
    for _ in 0..40_000 {
        let t = rng.pieces(&pieces, 8);
        let plain = super::replacement_word_plain(&t);
        found += usize::from(plain.is_some());
        assert_eq!(super::replacement_word(&t), plain, "{t:?}");
    }
    assert!(found > 1000, "{found}");
    assert_eq!(super::replacement_word(""), None);
    assert_eq!(super::replacement_word("anna lind (s)"), None);
}
