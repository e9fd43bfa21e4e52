//! The front matter's tests.

#[test]
fn attendance_in_a_table_under_column_labels() {
    let src = "Socialnämnden\n\n| **Ledamöter** | **Tjänstgörande ersättare** |\n|---|---|\n| Anna Ek (V), ordförande | Per Ås (S) ersätter Eva Berg (S) |\n| Lars Holm (M) |  |\n\n| **Utses att justera** | Lars Holm (M) |\n|---|---|\n\n§ 1 Val av justerare\n\nBeslut\n\nNämnden utser Lars Holm (M).\n";
    let d = crate::parse(src);
    let names = |v: &[crate::model::Person]| v.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&d.attendance.members), ["Anna Ek", "Lars Holm"]);
    assert_eq!(names(&d.attendance.serving_substitutes), ["Per Ås"]);
    assert!(d.attendance.others.is_empty());
    assert_eq!(names(&d.justering.justerare), ["Lars Holm"]);
    // A table of one label per row is read by rows, as before.
    let src = "| **Ledamöter** | Anna Ek (V) |\n|---|---|\n| **Ersättare** | Per Ås (S) |\n\n§ 1 Val\n\nBeslut\n\nNämnden beslutar.\n";
    let d = crate::parse(src);
    assert_eq!(names(&d.attendance.members), ["Anna Ek"]);
    assert_eq!(names(&d.attendance.substitutes), ["Per Ås"]);
}

#[test]
fn attendance_typed_with_tabs() {
    let src = "Kommunstyrelsen\n\nBeslutande\n\nAnna Ek (S)\tordförande\nBo Berg (M)\tvice ordförande\nCecilia Lund (C)\n\nErsättare\n\nEva Holm (S)\tPer Ås (M)\n\nÖvriga närvarande\n\nKarin Höglund\tsekreterare\n\nUtses att justera\tBo Berg\n\n§ 1 Val av justerare\n\nBeslut\n\nKommunstyrelsen utser Bo Berg.\n";
    let d = crate::parse(src);
    let names = |v: &[crate::model::Person]| v.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    let a = &d.attendance;
    assert_eq!(names(&a.members), ["Anna Ek", "Bo Berg", "Cecilia Lund"]);
    assert_eq!(a.members[0].role.as_deref(), Some("ordförande"));
    assert_eq!(a.members[0].span.of(src), "Anna Ek (S)\tordförande");
    assert_eq!(names(&a.substitutes), ["Eva Holm", "Per Ås"]);
    assert_eq!(names(&a.others), ["Karin Höglund"]);
    assert_eq!(names(&d.justering.justerare), ["Bo Berg"]);
    // Near miss: a row that is no person ends the list; what follows it
    // is not taken as attendance.
    let src = "Kommunstyrelsen\n\nBeslutande\n\nAnna Ek (S)\tordförande\nLokal\tKommunhuset, sal 3\nTid\t13.00\n\n§ 1 Val\n\nBeslut\n\nKommunstyrelsen beslutar.\n";
    let d = crate::parse(src);
    assert_eq!(names(&d.attendance.members), ["Anna Ek"]);
    assert!(d.attendance.others.is_empty());
}

#[test]
fn several_labels_on_one_line() {
    let src = "Tekniska nämnden\n\nBeslutande\n\nAnna Ek (S), ordförande\nBo Berg (MP)\n\nUtses att justera: Bo Berg (MP) Paragrafer: §§ 12-14 Justeringsdatum: 2024-03-19\n\n§ 12 Val av justerare\n\nBeslut\n\nNämnden beslutar enligt förslaget.\n";
    let d = crate::parse(src);
    let j = &d.justering;
    assert_eq!(j.justerare.len(), 1);
    assert_eq!(j.justerare[0].span.of(src), "Bo Berg (MP)");
    assert_eq!(j.date.as_ref().map(|x| x.iso.as_str()), Some("2024-03-19"));
    assert_eq!(j.date.as_ref().map(|x| x.span.of(src)), Some("2024-03-19"));
    let range = d.declared_range.as_ref().map(|r| r.numbers.clone());
    assert_eq!(range, Some(vec![12, 13, 14]));
    // Near miss: a colon inside a value that opens no label.
    let src = src.replace("Justeringsdatum: 2024-03-19", "Sal: B");
    assert!(crate::parse(&src).justering.date.is_none());
}

#[test]
fn a_groups_label_then_its_lists_own() {
    let src = "Beslutande S Bo Ek\n\nM Eva Dal\n\nÖvriga deltagande Ej tjänstgörande ersättare S Per Ås\n\nC Lena Fors, kl 14.20-16.10, § 12\n\nKD Stig Mo V Rut Lapp\n\nTjänstemän\n\nKarin Höglund, nämndsekreterare\n\n§ 12 Val av justerare\n\nBeslut\n\nNämnden beslutar enligt förslaget.\n";
    let d = crate::parse(src);
    let names = |v: &[crate::model::Person]| v.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    let a = &d.attendance;
    assert_eq!(
        names(&a.substitutes),
        ["Per Ås", "Lena Fors", "Stig Mo", "Rut Lapp"]
    );
    assert_eq!(a.substitutes[3].party.as_deref(), Some("V"));
    assert_eq!(names(&a.others), ["Karin Höglund"]);
    // Two labels side by side over two columns stay a header.
    assert!(super::columns::header("Ersättare     Övriga närvarande").is_some());
}

/// A converter reading a two-column table's header row cell by cell
/// sets the right column's label on the next line (`Beslutande Ledamöter`
/// / `Tjänstgörande ersättare`): the two are the columns' header.
#[test]
fn the_right_columns_label_on_the_next_line() {
    let src = "EKBY KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\n\
               Plats och tid för Stadshuset Klockan 13.00–15.00 sammanträde\n\
               Beslutande Ledamöter\nTjänstgörande ersättare\n\
               Anna Ek (M), ordförande Bo Berg (M) ersätter\n\
               Carl Dahl (S), vice ordförande Eva Fors (M)\nGun Holm (S)\n\
               Övriga närvarande Ersättare\nTjänstepersoner\n\
               Ida Jung (M) Kim Lund, kommunsekreterare\nLars Moe (S)\n\
               Sekreterare Kim Lund\n\n§ 1\nVal av justerare\nBeslut\n\
               Kommunstyrelsen utser Gun Holm (S) att justera.\n";
    let d = crate::parse(src);
    let names = |v: &[crate::model::Person]| v.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    let a = &d.attendance;
    assert_eq!(names(&a.members), ["Anna Ek", "Carl Dahl", "Gun Holm"]);
    assert_eq!(names(&a.serving_substitutes), ["Bo Berg"]);
    assert!(matches!(
        &a.serving_substitutes[0].replaces,
        Some(crate::model::Replaces::Person { name, .. }) if name == "Eva Fors"
    ));
    assert_eq!(names(&a.substitutes), ["Ida Jung", "Lars Moe"]);
    assert_eq!(names(&a.others), ["Kim Lund"]);
}

/// The contents end the field before them: their entries (a case number
/// and a page) are no justerare.
#[test]
fn the_contents_end_the_field_before_them() {
    let src = "PROTOKOLL\nKommunstyrelsen\nBeslutande Anna Ek (M), ordförande\nBo Berg (S)\n\
               Protokolljusterare Bo Berg\nInnehållsförteckning\n§ 1\n\
               Dnr KS-2025-00012..........2\n§ 1\nVal av justerare\nBeslut\n\
               Kommunstyrelsen utser Bo Berg (S) att justera.\n";
    let d = crate::parse(src);
    let names = justerare(&d);
    assert_eq!(names, ["Bo Berg"]);
}

/// Signature lines written `Role ........ Name`: the justerare's signs
/// too, and names the justerare where nothing else did.
#[test]
fn a_justerares_dotted_signature_line() {
    let src = "PROTOKOLL\nByggnadsnämnden\nBeslutande: Anna Berg (M), ordförande, Kim Ro (S)\n\n\
               Underskrifter\nSekreterare ........................ Johan Dal\n\
               Ordförande ........................ Anna Berg\n\
               Justerare ........................ Kim Ro\n\n§ 12 Bygglov\nBeslut\n\
               Nämnden beviljar bygglov.\n";
    let d = crate::parse(src);
    let signed = crate::testing::signed(&d);
    assert_eq!(
        signed,
        [
            (Some("sekreterare"), "Johan Dal"),
            (Some("ordförande"), "Anna Berg"),
            (Some("justerare"), "Kim Ro")
        ]
    );
    let justerare = justerare(&d);
    assert_eq!(justerare, ["Kim Ro"]);
    assert_eq!(d.signatures[2].span.of(src), "Kim Ro");
}

#[test]
fn the_meeting_day_under_its_label() {
    // `Sammanträdesdag` labels the meeting's date as `Sammanträdesdatum` does.
    let src = "PROTOKOLL\n\nOrgan Byggnämnden\nSammanträdesdag 3 mars 2021\nPlats Rådhuset\n\
        Utses att justera Alva Berg\n";
    let d = crate::parse(src);
    let date = d.meeting.date.map(|d| d.iso);
    assert_eq!(date.as_deref(), Some("2021-03-03"));
}

/// A label wrapped in its column where each line is a paragraph of its
/// own: `Justeringens` / blank / `plats och tid ...` is the justering's
/// place and time, not the meeting's.
#[test]
fn a_label_wrapped_over_a_blank_line() {
    let src = "Kommunfullmäktige 2000-11-27\n\nPlats och tid Stadshuset, måndag 2000-11-27, kl 18.00\n\nUtses att justera Eva Ek (s)\n\nJusteringens\n\nplats och tid Ledningskontoret tisdag 2000-12-05, kl 15.00\n\n§ 274 Val av justerare\n\nFullmäktige utser Eva Ek.\n";
    let d = crate::parse(src);
    let j = &d.justering;
    assert_eq!(j.date.as_ref().map(|x| x.iso.as_str()), Some("2000-12-05"));
    // Near miss: a line of several words before the blank opens no label.
    let src = src.replace("Justeringens\n", "Protokoll från justeringens\n");
    assert!(crate::parse(&src).justering.date.is_none());
}

/// The meeting named in the protocol's title line: the body in the
/// genitive, in small letters too (`Protokoll från kommunfullmäktiges
/// sammanträde 2024-03-21`), and the document's name before the date
/// alone on its line (`Protokoll 2024-02-22`).
#[test]
fn the_meeting_in_the_title_line() {
    let body_date = |head: &str| {
        let d = crate::parse(&format!(
            "{head}\n\n§ 1 Val av justerare\n\nBeslut\nNämnden utser Bo Ek.\n"
        ));
        (
            d.meeting.body.map(|b| b.text),
            d.meeting.date.map(|x| x.iso),
        )
    };
    let some = |b: &str, d: &str| (Some(b.to_string()), Some(d.to_string()));
    assert_eq!(
        body_date("Protokoll från kommunfullmäktiges sammanträde 2024-03-21"),
        some("Kommunfullmäktige", "2024-03-21")
    );
    assert_eq!(
        body_date("Protokoll vid socialnämndens sammanträde den 5 mars 2024"),
        some("Socialnämnden", "2024-03-05")
    );
    assert_eq!(
        body_date("Kommunfullmäktige\nProtokoll 2024-02-22"),
        some("Kommunfullmäktige", "2024-02-22")
    );
    // Near misses: a genitive that names no body; a date inside a sentence.
    assert_eq!(
        body_date("Protokoll från mötets sammanträde 2024-03-21").0,
        None
    );
    assert_eq!(
        body_date("Kommunfullmäktige\nProtokollet justeras 2024-03-01 av Bo Ek").1,
        None
    );
}

fn names(v: &[crate::model::Person]) -> Vec<String> {
    v.iter().map(|p| p.name.clone()).collect()
}

/// `Beslutande  Enligt förteckning` (the members in an attachment), the
/// officials present for one paragraph under it: no member is read, and
/// those named are others who took part. A member with a party named
/// beside the reference stays a member.
#[test]
fn members_listed_elsewhere() {
    let src = "Kommunfullmäktige 2002-12-30\n\nBeslutande Enligt förteckningKlas Stig, Nihab § 313\nTor Ång, Roslagsbostäder § 313\nÖvriga deltagande Mats Törn, kommundirektör\n\nUtses att justera Alf Wer (kd) och Håkan Jons (s)\n\n§ 312\nVal\n\nBeslut\n\nFullmäktige beslutar.\n";
    let d = crate::parse(src);
    assert!(d.attendance.members.is_empty());
    assert_eq!(
        names(&d.attendance.others),
        ["Klas Stig", "Tor Ång", "Mats Törn"]
    );
    let src = "Kommunfullmäktige\n\nBeslutande: se bilaga 1\nAnna Lind (S), ordförande\n\n§ 1\nVal\n\nBeslut\n\nFullmäktige beslutar.\n";
    let d = crate::parse(src);
    assert_eq!(names(&d.attendance.members), ["Anna Lind"]);
}

/// Justerare with their parties in lower case (`(kd)`, `(s)`), as older
/// protocols write them.
#[test]
fn justerare_with_parties_in_lower_case() {
    let src = "Kommunfullmäktige 2002-12-30\n\nUtses att justera Alf Wer (kd) och Håkan Jons (s)\n\n§ 1\nVal\n\nBeslut\n\nFullmäktige beslutar.\n";
    let d = crate::parse(src);
    let j: Vec<(String, Option<String>)> = d
        .justering
        .justerare
        .iter()
        .map(|p| (p.name.clone(), p.party.clone()))
        .collect();
    assert_eq!(
        j,
        [
            ("Alf Wer".to_string(), Some("KD".to_string())),
            ("Håkan Jons".to_string(), Some("S".to_string()))
        ]
    );
}

/// Under `Underskrifter`, a role alone on its line over its name
/// (`Justerare` / `Per Holm`) signs, as `Ordförande` does; two justerare
/// on one line, the gap between them lost, are two signatures.
#[test]
fn the_justerare_signs_under_a_role_line() {
    let sigs = |src: &str| -> Vec<(Option<String>, String)> {
        crate::parse(src)
            .signatures
            .iter()
            .map(|s| (s.role.clone(), s.name.clone()))
            .collect()
    };
    let head = "Socialnämnden\n\nLedamöter\nAnna Ek (S), ordförande\nPer Holm (M)\nEva Stål (C)\n\nUtses att justera Per Holm (M)\n\nUnderskrifter Sekreterare\nLena Rask\nOrdförande\nAnna Ek\n";
    let role = |r: &str| Some(r.to_string());
    let src = format!("{head}Justerare\nPer Holm\n\n§ 1\nVal\n\nBeslut\n\nNämnden beslutar.\n");
    assert_eq!(
        sigs(&src),
        [
            (role("sekreterare"), "Lena Rask".to_string()),
            (role("ordförande"), "Anna Ek".to_string()),
            (role("justerare"), "Per Holm".to_string())
        ]
    );
    let src = format!(
        "{}Justerande ..........\nPer Holm Eva Stål\n\n§ 1\nVal\n\nBeslut\n\nNämnden beslutar.\n",
        head.replace(
            "Utses att justera Per Holm (M)",
            "Utses att justera Per Holm (M) och Eva Stål (C)"
        )
    );
    assert_eq!(
        sigs(&src)[2..],
        [
            (role("justerare"), "Per Holm".to_string()),
            (role("justerare"), "Eva Stål".to_string())
        ]
    );
}

/// Two columns under `Övriga närvarande Ersättare Tjänstepersoner` with
/// the gap between the column labels lost (a PDF-to-text converter's
/// single space): the substitutes on the left, the officials on the
/// right, not every line a substitute.
#[test]
fn two_column_labels_with_the_gap_lost() {
    let src = "Nämnden\n\nBeslutande Ledamöter\nTommy Ryd (L), Ordförande\nLars Blom (M)\n\nÖvriga närvarande Ersättare Tjänstepersoner\nMats Dahl (SD)   Ivan Stip, förvaltningschef, § 24\nMadelene Hök (L) Märta Lyck, biträdande\nförvaltningschef, § 24\nJosefine Jöns, nämndsekreterare\n\nPlats och tid för justering Digital justering\n\n§ 24\nVal\n\nBeslut\n\nNämnden beslutar.\n";
    let d = crate::parse(src);
    assert_eq!(
        names(&d.attendance.substitutes),
        ["Mats Dahl", "Madelene Hök"]
    );
    // Which column a line without a gap stood in is a guess; the group
    // it is read into is not.
    let mut others = names(&d.attendance.others);
    others.sort();
    assert_eq!(others, ["Ivan Stip", "Josefine Jöns", "Märta Lyck"]);
}

/// `Närvarande ersättare` over two columns whose right one's label stands
/// at the end of the first row, the scopes in parentheses, the officials'
/// lone lines set far right: substitutes on the left, officials on the
/// right, in their order.
#[test]
fn the_officials_column_labelled_on_the_first_row() {
    let src = "Socialnämnden\n\nLedamöter\nLeif Ås (V), ordförande\nFredrik Jon (S)\n\nNärvarande ersättare\n\nMikael Erik (S) (ej §§ 16-18, 28) Övriga närvarande\n\nEmma Mell (V) (ej §§ 16-18)    Mikael Olof, förvaltningschef\n\nMadeleine Lid (M) (ej §§ 16-18) Camilla Back, tf. enhetschef\n\n                                   Lena Bou, sektionschef\n\n                                   Anna Eken, nämndsekreterare\n\nUtses att justera   Fredrik Jon (S)\n\n§ 15\nVal\n\nBeslut\n\nNämnden beslutar.\n";
    let d = crate::parse(src);
    assert_eq!(
        names(&d.attendance.substitutes),
        ["Mikael Erik", "Emma Mell", "Madeleine Lid"]
    );
    assert_eq!(
        names(&d.attendance.others),
        ["Mikael Olof", "Camilla Back", "Lena Bou", "Anna Eken"]
    );
}

/// The names of a document's justerare.
fn justerare(d: &crate::model::Document) -> Vec<&str> {
    d.justering
        .justerare
        .iter()
        .map(|p| p.name.as_str())
        .collect()
}

/// `Karl Nilsson (C), tjänstgörande ersättare § 34` among those deciding:
/// a substitute serving in that paragraph, not a member.
#[test]
fn a_serving_substitute_among_those_deciding() {
    let src = "Socialnämnden\n\nBeslutande                 Lena Ek (S), ordförande\n\
                           Anna Berg (C), §§ 30–33\n\
                           Karl Nilsson (C), tjänstgörande ersättare § 34\n\
                           Sofia Lund (S), tjänstgörande\n\n\
        § 30 Val av justerare\n\nBeslut\n\nNämnden utser Sofia Lund.\n";
    let d = crate::parse(src);
    let names = |v: &[crate::model::Person]| v.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&d.attendance.members),
        ["Lena Ek", "Anna Berg", "Sofia Lund"]
    );
    assert_eq!(names(&d.attendance.serving_substitutes), ["Karl Nilsson"]);
    let scope = d.attendance.serving_substitutes[0]
        .scope
        .as_ref()
        .map(|s| s.only.clone());
    assert_eq!(scope, Some(vec![34]));
}

/// A member listed with a remark that they were away (`, frånvarande`,
/// `(anmält förhinder)`) is not present; one away for a paragraph
/// (`frånvarande § 47`) is, for the rest. As a column of a table and as
/// lines under a label.
#[test]
fn a_member_marked_absent_is_not_present() {
    let src = "Kommunstyrelsen\n\n| **Ledamöter** | **Ersättare** |\n|---|---|\n| Bertil Ahl (M), ordförande | Siv Lund (M) |\n| Greta Wall (S) | Olof Borg (S), tjänstgör för Ali Hassan (S) |\n| Ali Hassan (S), frånvarande | Klara Dahl (SD) |\n| Nils Frid (C) (anmält förhinder) |  |\n| Lisa Sund (L), frånvarande § 47 |  |\n\n§ 45 Val av justerare\n\nBeslut\n\nKommunstyrelsen utser Greta Wall.\n";
    let d = crate::parse(src);
    assert_eq!(
        names(&d.attendance.members),
        ["Bertil Ahl", "Greta Wall", "Lisa Sund"]
    );
    assert_eq!(names(&d.attendance.serving_substitutes), ["Olof Borg"]);
    let src = "Kommunstyrelsen\n\nBeslutande\nBertil Ahl (M), ordförande\nAli Hassan (S) - frånvarande\nOlof Borg (S), tjänstgör för Ali Hassan (S)\n\n§ 45 Val av justerare\n\nBeslut\n\nKommunstyrelsen utser Greta Wall.\n";
    let d = crate::parse(src);
    assert_eq!(names(&d.attendance.members), ["Bertil Ahl"]);
    assert_eq!(names(&d.attendance.serving_substitutes), ["Olof Borg"]);
}

/// A table's row of signature roles over a row of the names, empty
/// columns between them (as a Word file's signature table reads): each
/// name signed in the role above it.
#[test]
fn a_role_row_over_a_name_row_in_a_table() {
    let src = "Kommunstyrelsen\n\n| Justerare | Greta Wall (S) |\n|---|---|\n| Paragrafer | §§ 45–48 |\n\n| Sekreterare |  | Ordförande |  | Justerare |\n|---|---|---|---|---|\n| Malin Kvist |  | Bertil Ahl |  | Greta Wall |\n\n§ 45 Val av justerare\n\nBeslut\n\nKommunstyrelsen utser Greta Wall.\n";
    let d = crate::parse(src);
    let signed = crate::testing::signed(&d);
    assert_eq!(
        signed,
        [
            (Some("sekreterare"), "Malin Kvist"),
            (Some("ordförande"), "Bertil Ahl"),
            (Some("justerare"), "Greta Wall")
        ]
    );
    assert_eq!(d.secretary.map(|p| p.name).as_deref(), Some("Malin Kvist"));
}

/// Two justerare with their parties on one line under `Justerare` in the
/// signature field: both sign as justerare.
#[test]
fn two_justerare_with_parties_on_one_line() {
    let src = "Kommunfullmäktige\n\nUtses att justera\tAnneli Strid (S) och Gustav Ekholm (M)\n\n\
               Underskrifter\tSekreterare ........................\n\nJonas Malm\n\n\
               Ordförande ........................\n\nBirgitta Holm (C)\n\n\
               Justerare ........................\n\nAnneli Strid (S)   Gustav Ekholm (M)\n\n\
               § 61 Val av justerare\n\nBeslut\n\nFullmäktige utser Anneli Strid (S).\n";
    let d = crate::parse(src);
    let signed = crate::testing::signed(&d);
    assert_eq!(
        signed,
        [
            (Some("sekreterare"), "Jonas Malm"),
            (Some("ordförande"), "Birgitta Holm"),
            (Some("justerare"), "Anneli Strid"),
            (Some("justerare"), "Gustav Ekholm")
        ]
    );
}

/// A label typed before a tab and wrapped onto the next line
/// (`Justeringens<tab>Socialkontoret 2025-09-19` / `plats och tid`), the
/// rest on the next line or after a blank one: the justering's date and
/// place.
#[test]
fn a_tabbed_label_wrapped_onto_the_next_line() {
    for gap in ["\n", "\n\n"] {
        let src = format!(
            "Socialnämnden 2025-09-16\n\nJusterare\tKjell Rydén (M)\n\nJusteringens\tSocialkontoret 2025-09-19{gap}\
             plats och tid\n\nParagrafer\t§§ 88–90\n\n§ 88 Val\n\nBeslut\n\nNämnden beslutar.\n"
        );
        let j = crate::parse(&src).justering;
        assert_eq!(
            j.date.map(|d| d.iso).as_deref(),
            Some("2025-09-19"),
            "{gap:?}"
        );
        assert_eq!(j.place.map(|p| p.text).as_deref(), Some("Socialkontoret"));
    }
}

/// The last entry of a list over a label line that is a label alone
/// (`Jonas Ek (V), tjänstgörande ersättare för Anna Persson (V)` over
/// `Ej tjänstgörande ersättare Rut Åberg (S)`): no label wrapped from the
/// entry's first word, the entry stays with those deciding.
#[test]
fn an_entry_over_a_label_line_is_no_wrapped_label() {
    let src = "PROTOKOLL\n\nBeslutande         Karin Ljung (C), ordförande\n                   \
               Olle Brandt (L)\n                   Jonas Ek (V), tjänstgörande ersättare för Anna \
               Persson (V)\nEj tjänstgörande ersättare Rut Åberg (S)\n\n§ 1\nVal\n\nBeslut\nNämnden utser.\n";
    let a = crate::parse(src).attendance;
    assert_eq!(names(&a.members), ["Karin Ljung", "Olle Brandt"]);
    assert_eq!(names(&a.serving_substitutes), ["Jonas Ek"]);
    assert_eq!(names(&a.substitutes), ["Rut Åberg"]);
}

/// A time range broken after its dash at the line's end (`kl. 18.30–` /
/// `21.05`, the value's column wrapped): the end time is on the next line.
/// Near miss: a time alone on the next line after a full range.
#[test]
fn a_time_range_broken_after_its_dash() {
    let src = |second: &str| {
        format!(
            "KOMMUNFULLMÄKTIGE\n\nPlats och tid    Stadshuset, torsdagen den 12 juni 2025, kl. 18.30{second}\n\
             Paragrafer       §§ 61–64\n\n§ 61\nVal av justerare\n\nBeslut\nFullmäktige utser Bo Ek.\n"
        )
    };
    let d = crate::parse(&src("–\n                 21.05"));
    let t = |x: &Option<crate::model::Text>| x.as_ref().map(|t| t.text.clone());
    assert_eq!(t(&d.meeting.start).as_deref(), Some("18:30"));
    assert_eq!(t(&d.meeting.end).as_deref(), Some("21:05"));
    assert_eq!(
        d.meeting.date.as_ref().map(|x| x.iso.as_str()),
        Some("2025-06-12")
    );
    let d = crate::parse(&src("–20.10\n                 21.05"));
    assert_eq!(t(&d.meeting.end).as_deref(), Some("20:10"));
}

/// The justerare named again under the secretary's and the chair's
/// labelled signatures (`Sekreterare: Per-Olof Lind` / `Ordförande: ...` /
/// `Justerare: Petra Nyberg`) signs; near miss: named once, before them,
/// a justerare who has not signed.
#[test]
fn the_justerare_named_again_in_a_labelled_signature_block_signs() {
    let src = |block: &str| {
        format!(
            "Tekniska nämnden\n\nTid: onsdagen den 5 november 2025 kl. 14.00\nJusterare: Petra Nyberg (S)\n\
             Justerade paragrafer: §§ 71–75\n\n{block}\n\n§ 71 Val av justerare\n\nBeslut\nNämnden utser Petra Nyberg.\n"
        )
    };
    let roles = |d: &crate::model::Document| -> Vec<(String, String)> {
        d.signatures
            .iter()
            .map(|s| (s.role.clone().unwrap_or_default(), s.name.clone()))
            .collect()
    };
    let d = crate::parse(&src(
        "Sekreterare: Per-Olof Lind\nOrdförande: Mikael Strand\nJusterare: Petra Nyberg",
    ));
    assert_eq!(
        roles(&d),
        [
            ("sekreterare".to_string(), "Per-Olof Lind".to_string()),
            ("ordförande".to_string(), "Mikael Strand".to_string()),
            ("justerare".to_string(), "Petra Nyberg".to_string())
        ]
    );
    assert_eq!(justerare(&d), ["Petra Nyberg"]);
    let d = crate::parse(&src(
        "Sekreterare: Per-Olof Lind\nOrdförande: Mikael Strand",
    ));
    assert!(
        roles(&d).iter().all(|r| r.0 != "justerare"),
        "{:?}",
        roles(&d)
    );
}

/// A signature table laid out with spaces, each role beside its name on
/// one line (`Underskrifter   Sekreterare   Hans Ek`, `Justerande   Karl
/// Berg   Ola Persson`): every name signs in its role. Near miss: a role
/// beside a line to sign on, its name on the next line.
#[test]
fn roles_beside_their_names_in_a_signature_table() {
    let src = "Kommunfullmäktige 2025-09-25\n\nUtses att justera Karl Berg (M) och Ola Persson (V)\n\n\
               Underskrifter    Sekreterare     Hans Ek\n                 Ordförande      Eva Lundin\n\n\
               \u{20}                Justerande      Karl Berg       Ola Persson\n\n§ 1 Val\n\nBeslut\nFullmäktige väljer.\n";
    let d = crate::parse(src);
    let signed: Vec<(String, String)> = d
        .signatures
        .iter()
        .map(|s| (s.role.clone().unwrap_or_default(), s.name.clone()))
        .collect();
    let want = [
        ("sekreterare", "Hans Ek"),
        ("ordförande", "Eva Lundin"),
        ("justerare", "Karl Berg"),
        ("justerare", "Ola Persson"),
    ];
    assert_eq!(signed, want.map(|(r, n)| (r.to_string(), n.to_string())));
    assert_eq!(
        d.secretary.as_ref().map(|p| p.name.as_str()),
        Some("Hans Ek")
    );
    assert_eq!(justerare(&d), ["Karl Berg", "Ola Persson"]);
    let src = "Kommunfullmäktige 2025-09-25\n\nUnderskrifter    Sekreterare   ..............\n\
               \u{20}                Hans Ek\n\n§ 1 Val\n\nBeslut\nFullmäktige väljer.\n";
    let d = crate::parse(src);
    assert_eq!(
        d.secretary.as_ref().map(|p| p.name.as_str()),
        Some("Hans Ek")
    );
}
