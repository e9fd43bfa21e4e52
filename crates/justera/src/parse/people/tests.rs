use super::*;
use crate::parse::entries::entries;

/// `src` split into its people's entries, read as a whole line.
fn split(src: &str) -> Vec<(String, Span)> {
    split_people(src, src, Span::new(0, src.len()))
}

/// The entries' texts.
fn texts_of(got: &[(String, Span)]) -> Vec<&str> {
    got.iter().map(|(t, _)| t.as_str()).collect()
}

#[test]
fn people_apart_by_semicolons_are_entries_of_their_own() {
    let src = "Maja Holt, kommundirektör; Leo Frid, nämndsekreterare";
    let got = split(src);
    let texts = texts_of(&got);
    assert_eq!(
        texts,
        ["Maja Holt, kommundirektör", "Leo Frid, nämndsekreterare"]
    );
}

#[test]
fn an_entry_wrapped_over_lines_keeps_its_own_span() {
    let src = "Eva Ek (S), ordförande Per Ås (M), 1:e vice\n  ordförande";
    let t = "Eva Ek (S), ordförande Per Ås (M), 1:e vice ordförande";
    let got = split_people(src, t, Span::new(0, src.len()));
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].1.of(src), "Per Ås (M), 1:e vice\n  ordförande");
    assert_eq!(spread_over_lines("a a a", "a b"), None);
}

#[test]
fn two_people_side_by_side_are_two_entries() {
    let src = "Eva Ek (S), ordförande               Per Ås (M), 1:e vice ordförande";
    let got = split(src);
    let texts = texts_of(&got);
    assert_eq!(
        texts,
        ["Eva Ek (S), ordförande", "Per Ås (M), 1:e vice ordförande"]
    );
    assert_eq!(got[1].1.of(src), "Per Ås (M), 1:e vice ordförande");
    // A role after a wide gap is not a second person.
    let src = "Eva Ek (S)      ordförande";
    assert_eq!(split(src).len(), 1);
}

#[test]
fn a_flattened_table_row_is_one_entry_per_person() {
    let src = "Leif Ek (S) ordf Anna Berg (S) Stina Lund (S) § 62-75";
    let got = split(src);
    let texts = texts_of(&got);
    assert_eq!(
        texts,
        [
            "Leif Ek (S) ordf",
            "Anna Berg (S)",
            "Stina Lund (S) § 62-75"
        ]
    );
    assert_eq!(got[2].1.of(src), "Stina Lund (S) § 62-75");
    // Whom a substitute replaces stays in the substitute's entry.
    let src = "Bo Ås (S) ersättare istf Per Ek (S) Eva Lind (V)";
    let got = split(src);
    let texts = texts_of(&got);
    assert_eq!(
        texts,
        ["Bo Ås (S) ersättare istf Per Ek (S)", "Eva Lind (V)"]
    );
    // A replaced member without a party before the next member: two
    // names, each whole; with a party, one name of four words is one.
    let src = "Bo Ås (S) tjg för Klas Ek Sonja Berg (MP) Eva Lind (V)";
    let got = split(src);
    let texts = texts_of(&got);
    assert_eq!(
        texts,
        [
            "Bo Ås (S) tjg för Klas Ek",
            "Sonja Berg (MP)",
            "Eva Lind (V)"
        ]
    );
    let p = parse_person(texts[0], 0).unwrap();
    assert!(
        matches!(p.replaces, Some(Replaces::Person { ref name, party: None }) if name == "Klas Ek")
    );
    let src = "Bo Ås (S) ersätter Per Ek (S) Eva Lind (V)";
    let got = split(src);
    assert_eq!(got.len(), 2);
    // A double given name stays whole.
    let src = "Tor Wall (NP) Britt-Marie Ellis Nygren (M) Sven Ek (S)";
    let got = split(src);
    let texts = texts_of(&got);
    assert_eq!(
        texts,
        [
            "Tor Wall (NP)",
            "Britt-Marie Ellis Nygren (M)",
            "Sven Ek (S)"
        ]
    );
    // Near misses: one person, then words that are no `Name (P)`.
    for src in [
        "Anna Ek (KD) Kommunhuset Rådhusgatan (3 tr)",
        "Anna Ek (KD) ersätter Bo Berg (M)",
        "Anna Ek (KD) tjg Bo Berg (M)",
    ] {
        assert_eq!(split(src).len(), 1, "{src}");
    }
}

#[test]
fn a_party_after_a_comma_closes_an_entry_and_a_name_starts_the_next() {
    let src = "Lars-Gunnar Näsström, s vice ordförande Ulf Lundberg, v";
    let got = split(src);
    let texts = texts_of(&got);
    assert_eq!(
        texts,
        ["Lars-Gunnar Näsström, s vice ordförande", "Ulf Lundberg, v"]
    );
    assert_eq!(got[1].1.of(src), "Ulf Lundberg, v");
    // One person with a party and a role: one entry; a capitalised word
    // after a comma that is no party does not open a second entry.
    for src in [
        "Thor Lindgren, s, ordförande",
        "Eva Blomgren, miljöinspektör Kiruna Nord, v",
        "Anna Ek, s vice ordförande i Ulf Lundberg",
    ] {
        assert_eq!(split(src).len(), 1, "{src}");
    }
}

#[test]
fn a_substitutes_label_among_the_members() {
    let src = "Beslutande\n\nLedamöter Eva Ek (M), ordförande\n\nPer Ås (S) Lisa Berg (SD) Ersättare Anders Roos (NP) §§ 45-50\n\nLeif Zetter (NP)\n\nÖvriga närvarande\n\nTjänstemän Ola Edström, kommundirektör\n";
    let a = crate::parse(src).attendance;
    let names = |v: &[Person]| v.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&a.members), ["Eva Ek", "Per Ås", "Lisa Berg"]);
    assert_eq!(
        names(&a.serving_substitutes),
        ["Anders Roos", "Leif Zetter"]
    );
    // Near misses: a label without a person after it, a name.
    assert_eq!(substitutes_label("Ersättare saknas"), None);
    assert_eq!(substitutes_label("Ersättaregatan 4"), None);
    assert_eq!(substitutes_label("Eva Ek (M)"), None);
}

#[test]
fn people_without_commas_between_them() {
    let split = |src: &str| -> Vec<String> {
        split(src)
            .into_iter()
            .map(|(t, sp)| {
                assert_eq!(sp.of(src), t);
                t
            })
            .collect()
    };
    assert_eq!(
        split("Kent Mo (VIP) Arne Sil (S)"),
        ["Kent Mo (VIP)", "Arne Sil (S)"]
    );
    assert_eq!(
        split("KD Stig Dal V Rolf Lapp"),
        ["KD Stig Dal", "V Rolf Lapp"]
    );
    assert_eq!(
        split("S Kjell Ny, tjänstgör för Rut Sten (S) C Kent Ås"),
        ["S Kjell Ny, tjänstgör för Rut Sten (S)", "C Kent Ås"]
    );
    // A role, a substitute's clause, a middle initial: one person.
    for src in [
        "Eva Rask (M) Ordf.",
        "Olle Ny (M) ersätter Britt Ås (M)",
        "S Anna V Svensson",
        "Anna V Svensson, ekonom",
    ] {
        assert_eq!(split(src).len(), 1, "{src}");
    }
    let p = person_entry("S Bo Petersson", Span::new(0, 14)).unwrap();
    assert_eq!(
        (p.name.as_str(), p.party.as_deref()),
        ("Bo Petersson", Some("S"))
    );
    let src = "M Caj Swedberg, tjänstgör för Niklas Friberg (M)";
    let p = person_entry(src, Span::new(0, src.len())).unwrap();
    assert_eq!(
        (p.name.as_str(), p.party.as_deref()),
        ("Caj Swedberg", Some("M"))
    );
    assert!(p.replaces.is_some());
}

#[test]
fn under_an_ersatter_header_two_people_are_one_who_replaces_the_other() {
    let vals = |v: &[&str]| -> Vec<(String, Span)> {
        v.iter()
            .map(|t| (t.to_string(), Span::new(0, t.len())))
            .collect()
    };
    let src = "Catarina Flod (M) Britt Kilsäter (M)";
    let got = entries(src, &vals(&["ersätter", src]));
    assert_eq!(got.len(), 1);
    let p = person_entry(&got[0].0, got[0].1).unwrap();
    assert_eq!(p.name, "Catarina Flod");
    assert_eq!(
        p.replaces,
        Some(Replaces::Person {
            name: "Britt Kilsäter".into(),
            party: Some("M".into())
        })
    );
    // Without the header: two people.
    assert_eq!(entries(src, &vals(&[src])).len(), 2);
}

#[test]
fn the_next_label_on_the_line_ends_the_names() {
    let src = "Jörgen Kronsell (MP) Paragrafer: §§ 164-170, 173-185 Justeringsdatum: 2017-11-28";
    let got = split_names(src, Span::new(0, src.len()));
    let names: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(names, ["Jörgen Kronsell (MP)"]);
    // A colon inside a name's line that starts no label: kept.
    let src = "Anna Ek (S), Bo Berg (M)";
    assert_eq!(split_names(src, Span::new(0, src.len())).len(), 2);
}

#[test]
fn a_non_serving_substitute_among_the_others() {
    let src = "Beslutande\n\nLedamöter Eva Ek (M), ordförande\n\nBo Lind (S)\n\nÖvriga deltagande Markus Ek (S) ej tjg ers Ann Berg (S) ej tjg ers\n\nKarin Höglund, sekreterare\n";
    let a = crate::parse(src).attendance;
    let names = |v: &[Person]| v.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&a.substitutes), ["Markus Ek", "Ann Berg"]);
    // Near miss: an official and a member of another body stay others.
    assert_eq!(names(&a.others), ["Karin Höglund"]);
}

#[test]
fn a_role_then_the_next_person_on_one_line() {
    let src = "Anna Ek (KD), ordförande Bo Berg (M)";
    let got = split(src);
    let texts = texts_of(&got);
    assert_eq!(texts, ["Anna Ek (KD), ordförande", "Bo Berg (M)"]);
    assert_eq!(got[1].1.of(src), "Bo Berg (M)");
    // The role alone, or a role before words that are no person with a
    // party: one entry.
    for src in [
        "Anna Ek (KD), ordförande",
        "Anna Ek (KD), ordförande i kommunstyrelsen",
        "Anna Ek (KD), vice ordförande Bo Berg",
    ] {
        assert_eq!(split(src).len(), 1, "{src}");
    }
}

#[test]
fn a_role_in_its_definite_form_is_the_next_persons() {
    // `Ordföranden Karin Wall (S), vice ordföranden Leif Stenmark (M)`:
    // the definite form names the person after it.
    let src = "Ordföranden Karin Wall (S), vice ordföranden Leif Stenmark (M), Per Åkesson (S)";
    let got = split(src);
    assert_eq!(
        texts_of(&got),
        [
            "Ordföranden Karin Wall (S)",
            "vice ordföranden Leif Stenmark (M)",
            "Per Åkesson (S)"
        ]
    );
}

#[test]
fn a_role_after_the_party_keeps_the_person() {
    let src = "Anna Svärd (M) ordförande, Bengt Ros (S) 2:e vice ordförande, Cecilia Lind (L)";
    let got = split(src);
    let texts = texts_of(&got);
    assert_eq!(
        texts,
        [
            "Anna Svärd (M) ordförande",
            "Bengt Ros (S) 2:e vice ordförande",
            "Cecilia Lind (L)"
        ]
    );
}
