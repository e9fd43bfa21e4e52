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
