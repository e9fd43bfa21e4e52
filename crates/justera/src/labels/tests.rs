//! The labels read as labels, and their near misses.

/// The meeting's date, time and place under the labels templates give
/// them, each with its value after it.
#[test]
fn the_meetings_labels_in_other_words() {
    use super::*;
    for (line, label) in [
        ("Datum och tid: 2024-03-12 kl 13.00-15.30", "Datum och tid:"),
        ("Tid och datum 2024-03-12", "Tid och datum"),
        (
            "Datum, tid och plats: 2024-03-12, Kommunhuset",
            "Datum, tid och plats:",
        ),
        ("Mötesdatum 2024-03-12", "Mötesdatum"),
        ("Sammanträdestid 13.00-15.30", "Sammanträdestid"),
    ] {
        assert_eq!(
            front_label_prefix(line).map(|(l, n)| (l, line[..n].trim_end())),
            Some((FrontLabel::Meeting, label)),
            "{line}"
        );
    }
}

#[test]
fn a_whole_line_label_is_no_shorter_label_with_a_value() {
    use super::*;
    assert_eq!(front_label_prefix("Justeringens plats och tid"), None);
    assert_eq!(
        front_label_prefix("Justeringens plats och tid Kansliet 2024-01-02"),
        Some((FrontLabel::JusteringPlace, 26))
    );
}

#[test]
fn a_heading_whose_first_capital_ocr_set_apart() {
    use super::*;
    assert_eq!(
        part_kind("F örslag till beslut"),
        part_kind("Förslag till beslut")
    );
    assert!(proposes("F örslag till beslut"));
    assert_eq!(part_kind("R eservationer"), Some(PartKind::Reservations));
    // A one-letter word that opens a sentence stays as written.
    assert_eq!(part_kind("I övrigt beslutar nämnden"), None);
    assert_eq!(part_kind("F ö"), None);
}

use super::*;

#[test]
fn a_label_glued_to_its_value() {
    assert_eq!(
        front_label_prefix("Utses att justeraIsabel Ek"),
        Some((FrontLabel::Justerare, "Utses att justera".len()))
    );
    assert_eq!(
        front_label_prefix("Paragrafer12 – 22"),
        Some((FrontLabel::Paragraphs, "Paragrafer".len()))
    );
    assert_eq!(
        front_label_prefix("SekreterareLaila Ek"),
        Some((FrontLabel::Secretary, "Sekreterare".len()))
    );
    // Not a label before the capital, an attendance table's column
    // heads, a word that merely starts like a label.
    for t in [
        "Ordinarie ledamöterTjgEj tjgJANEJ",
        "BeslutandeNärvaro",
        "Justerarens namnAnna",
        "SekreterarenAnna Ek",
        "paragrafer12",
    ] {
        assert_eq!(front_label_prefix(t), None, "{t}");
    }
}

#[test]
fn proposals_to_the_meeting_are_not_its_decision() {
    for h in [
        "Förslag till beslut",
        "Förslag till beslut inför mötet",
        "Arbetsutskottets förslag",
        "Nomineringar",
    ] {
        assert_eq!(part_kind(h), Some(PartKind::Decision), "{h}");
        assert!(proposes(h), "{h}");
    }
    for h in [
        "Beslut",
        "Kommunstyrelsens beslut",
        "Yrkande: byte av sekreterare beslut",
    ] {
        assert_eq!(part_kind(h), Some(PartKind::Decision), "{h}");
        assert!(!proposes(h), "{h}");
    }
    assert_eq!(part_kind("Fri nominering"), Some(PartKind::Proposals));
    assert_eq!(
        part_kind("Yrkande: byte av sekreterare"),
        Some(PartKind::Proposals)
    );
}

/// A body's `beslutar` on a line of its own heads the decision's
/// att-satser; a sentence does not.
#[test]
fn a_body_deciding_on_a_line_of_its_own() {
    for h in [
        "Kommunstyrelsen beslutar",
        "Nämnden beslutar:",
        "Fullmäktige beslutade",
        "Beslutade",
        "Beslöt",
        "KOMMUNFULLMÄKTIGE BESLUTAR",
        "NÄMNDEN BESLÖT:",
    ] {
        assert!(deciding_line(h), "{h}");
    }
    for t in [
        "Nämnden beslutar att anta budgeten.",
        "I övrigt beslutar nämnden",
        "Förvaltningen beslutar",
    ] {
        assert!(!deciding_line(t), "{t}");
    }
}

#[test]
fn parts_by_heading() {
    assert_eq!(part_kind("**Beslut**"), Some(PartKind::Decision));
    assert_eq!(
        part_kind("Beslut – Förslag till kommunfullmäktige"),
        Some(PartKind::Decision)
    );
    assert_eq!(part_kind("Beslutsgång"), Some(PartKind::Procedure));
    // The meeting's handling in prose: yrkanden and the chair's questions.
    for h in ["Behandling på sammanträdet", "Sammanträdets behandling"] {
        assert_eq!(part_kind(h), Some(PartKind::Procedure), "{h}");
    }
    assert_eq!(part_kind("Beslutsunderlag"), Some(PartKind::Documents));
    assert_eq!(
        part_kind("Förslag till beslut på sammanträdet"),
        Some(PartKind::Proposals)
    );
    assert_eq!(
        part_kind("Ersätтарыttrande"),
        Some(PartKind::SubstituteStatement)
    );
    assert_eq!(
        part_kind("Sammanfattning av ärendet"),
        Some(PartKind::Summary)
    );
    assert_eq!(part_kind("Beslutsfattare är nämnden"), None);
    assert_eq!(part_kind("Skrivelse angående ledsagning"), None);
}

/// `Deltar ej i beslutet` heading who takes no part: not the decision's
/// text; near miss: the sentence saying so under `Beslut` is no heading.
#[test]
fn who_takes_no_part_under_a_heading_of_its_own() {
    use super::*;
    let src = "Kommunstyrelsen\n\n§ 33\nDelegationsbeslut\nKommunstyrelsens beslut\nRedovisningen läggs till handlingarna.\nDeltar ej i beslutet\nMats Ek (SD) deltar inte i beslutet.\n";
    let d = crate::parse(src);
    let p = &d.paragraphs[0];
    assert_eq!(
        p.decision.as_ref().map(|x| x.text.as_str()),
        Some("Redovisningen läggs till handlingarna.")
    );
    assert_eq!(part_kind("Deltar inte i beslutet"), Some(PartKind::Other));
    assert_eq!(part_kind("Mats Ek (SD) deltar inte i beslutet."), None);
}

/// A body's proposal or decision as a heading (`Kommunstyrelsens
/// förslag`); near miss: a sentence naming one (`Kommunfullmäktige
/// bifaller kommunstyrelsens förslag.`) is the decision's text.
#[test]
fn a_sentence_naming_a_bodys_proposal_is_no_heading() {
    use super::*;
    assert_eq!(
        part_kind("Kommunstyrelsens förslag"),
        Some(PartKind::Decision)
    );
    assert_eq!(
        part_kind("Tekniska nämndens beslut"),
        Some(PartKind::Decision)
    );
    for t in [
        "Kommunfullmäktige bifaller kommunstyrelsens förslag.",
        "Kommunfullmäktige bifaller kommunstyrelsens förslag",
        "Nämnden beslutar enligt utskottets förslag",
    ] {
        assert_eq!(part_kind(t), None, "{t}");
    }
}

/// Officials and others present under the words a template puts over
/// them (`Dessutom närvarande`), not more substitutes under the heading
/// before.
#[test]
fn others_present_in_other_words() {
    use super::*;
    for line in [
        "Övriga närvarande",
        "Dessutom närvarande",
        "Därutöver närvarande",
        "I övrigt närvarande",
        "Närvarande i övrigt",
    ] {
        assert_eq!(front_label(line), Some(FrontLabel::Others), "{line}");
    }
}

/// Attendance headings in words no list has, in any order: substitutes
/// not serving are no members (they had been read as members, five where
/// three sat), serving ones serve, and the members deciding.
#[test]
fn attendance_headings_in_other_words() {
    use super::*;
    use FrontLabel::*;
    for (line, label) in [
        ("Ersättare som inte tjänstgör", Substitutes),
        ("Ersättare närvarande", Substitutes),
        ("Ersättare (ej tjänstgörande)", Substitutes),
        ("Närvarande icke tjänstgörande ersättare", Substitutes),
        ("Ersättare, ej tjänstgörande", Substitutes),
        ("Ersättare (tjänstgörande)", ServingSubstitutes),
        ("Ersättare som tjänstgör", ServingSubstitutes),
        ("Deltagande ledamöter", Members),
        ("Ledamöter som deltar i beslut", Members),
        ("Närvarande ordinarie ledamöter", Members),
    ] {
        assert_eq!(front_label(line), Some(label), "{line}");
    }
    // Near misses: other words, or a name after the heading.
    for line in [
        "Ersättare för Anna Ek",
        "Ledamöter som inte deltar",
        "Ersättarnas arvoden",
    ] {
        assert_eq!(front_label(line), None, "{line}");
    }
}
