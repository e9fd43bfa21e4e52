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
