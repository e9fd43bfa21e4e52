//! Where the documents of a bundle (handlingar) start, as Word files and
//! converters leave them: a memo's date and case number joined on one
//! line, the file's own title and table of contents above its first
//! document, a protocol note listed in the contents.

use justera::DocumentKind;

fn memo(title: &str, date: &str, case: &str) -> String {
    format!(
        "Socialförvaltningen\n\nTjänsteskrivelse\n\n{date} {case}\n\n{title}\n\nFörslag till beslut\n\nSocialnämnden tar del av rapporten.\n\nSammanfattning\n\nFörvaltningen har gjort en uppföljning.\n\n"
    )
}

fn kinds(src: &str) -> Vec<(DocumentKind, String)> {
    justera::parse(src)
        .documents
        .into_iter()
        .map(|d| (d.kind, d.title))
        .collect()
}

#[test]
fn a_memo_whose_date_and_case_number_share_a_line() {
    let src = format!(
        "{}{}",
        memo(
            "Uppföljning av arbetsmiljön 2023",
            "2024-04-04",
            "SN/2024:39"
        ),
        memo(
            "Yttrande över motion om människohandel",
            "2024-04-02",
            "SN/2024:32"
        ),
    );
    let doc = justera::parse(&src);
    // The first memo is the file, the second attached to it.
    assert_eq!(doc.kind, DocumentKind::Memo);
    assert_eq!(
        doc.title.map(|t| t.text).as_deref(),
        Some("Uppföljning av arbetsmiljön 2023")
    );
    assert_eq!(
        kinds(&src),
        [(
            DocumentKind::Memo,
            "Yttrande över motion om människohandel".to_string()
        )]
    );
    // A list of documents naming a memo starts none.
    let listed = "Handlingar\n\n- Tjänsteskrivelse daterad 2024-04-04\n- Bilaga 1\n";
    assert!(kinds(&format!("{}{listed}", memo("A", "2024-04-04", "SN/2024:1"))).is_empty());
}

#[test]
fn the_files_title_and_contents_are_no_document() {
    let contents = "# Handlingar till socialnämnden\n\n**Innehållsförteckning**\n\n§ 1\tArbetsgivaren har kallat till förhandling ........ 3\n\n§ 2\tKommunal vill lägga till följande protokollsanteckning ........ 3\n\n";
    let negotiation = "FÖRHANDLINGSPROTOKOLL MBL § 11\n\nÄrende: Budget 2025\n\n§ 1\n\nArbetsgivaren har kallat till förhandling.\n\n§ 2\n\nKommunal vill lägga till följande protokollsanteckning.\n\n";
    let src = format!(
        "{contents}{}{negotiation}Nämndinitiativ\n\nVi vill att förvaltningen utreder julpengen.\n",
        memo("Delårsrapport per augusti 2024", "2024-09-23", "SN/2023:1"),
    );
    let doc = justera::parse(&src);
    assert_eq!(doc.kind, DocumentKind::Bundle);
    let k: Vec<DocumentKind> = kinds(&src).into_iter().map(|d| d.0).collect();
    // Not a document for the title and contents; the protocol note the
    // contents list does not make the bundle a protocol, whose agenda
    // items (`Nämndinitiativ`) would not start documents.
    assert_eq!(
        k,
        [
            DocumentKind::Memo,
            DocumentKind::NegotiationProtocol,
            DocumentKind::Initiative
        ]
    );
    assert_eq!(doc.documents[0].span.start, 0);
}

#[test]
fn a_protocols_attachments_without_a_readable_attendance_list() {
    // The attendance came out of a layout in pieces no reader can sort:
    // the paragraphs still make a protocol, and what names itself after
    // the last one is attached to it.
    let body = "Socialnämnden\n\nSammanträdesprotokoll\n\nLeif Ås (V), ordförande\tFrida Ek (S) för vakans (MP) (ej § 28 pga\n\njäv)\n\n§ 1 Val av justerare\n\nBeslut\n\nNämnden utser Per Ås (M).\n\n§ 2 Budget\n\nBeslut\n\nNämnden antar budgeten.\n\n";
    let letter = "Socialnämnden, 2024-03-18\n\n# Förslag till beslut\n\nVi yrkar återremiss.\n\n";
    let initiative = "Socialnämnden, 2024-03-18\n\n# Nämndinitiativ: Anslutning till NUSO\n\nVi föreslår att nämnden ansluter sig.\n";
    let src = format!("{body}{letter}{initiative}");
    let doc = justera::parse(&src);
    assert_eq!(doc.kind, DocumentKind::Protocol);
    assert!(doc.attendance.members.is_empty());
    assert_eq!(doc.paragraphs.len(), 2);
    let k: Vec<DocumentKind> = kinds(&src).into_iter().map(|d| d.0).collect();
    assert_eq!(k, [DocumentKind::Unknown, DocumentKind::Initiative]);
    // Without a document naming itself after them, nothing is attached.
    assert!(kinds(&format!("{body}{letter}")).is_empty());
}

/// The signing after the last paragraph (`Vid protokollet` / the
/// secretary / `Justeras` / the chair and the justerare side by side) is
/// the protocol's own end, not a document titled by the secretary's name;
/// a letter after it still is one.
#[test]
fn the_signing_after_the_last_paragraph_is_no_document() {
    let protocol = "Kulturnämnden\n\nLedamöter\nEva Lind (S), ordförande\nJohan Malm (M)\nSara Björk (MP)\n\n\
        Justerare   Johan Malm\n\n§ 1\nVal av justerare\n\nBeslut\nNämnden utser Johan Malm att justera.\n\n\
        § 2\nBudget 2025\n\nBeslut\nNämnden antar budgeten.\n\n";
    let signing = "Vid protokollet\nEmma Strand\n\nJusteras\nEva Lind                    Johan Malm\n\n........................    ........................\n2024-05-29\n";
    let doc = justera::parse(&format!("{protocol}{signing}"));
    assert_eq!(doc.paragraphs.len(), 2);
    assert!(doc.documents.is_empty(), "{:?}", doc.documents);
    let letter = "\nSkrivelse från föreningen Ekbacken\n\nVi vill att nämnden ser över hyrorna för lokalerna i Ekbacken.\n";
    let doc = justera::parse(&format!("{protocol}{signing}{letter}"));
    assert_eq!(doc.documents.len(), 1, "{:?}", doc.documents);
}

/// `Bilaga 1 till § 1` after the last paragraph: an attachment, its
/// written reservation not the last paragraph's; a `Bilaga 2 Karta` line
/// among the last paragraph's documents stays its text.
#[test]
fn an_attachment_naming_its_paragraph_ends_the_last_one() {
    let protocol =
        "Kulturnämnden\n\nLedamöter\nEva Lind (S), ordförande\nJohan Malm (M)\nSara Björk (MP)\n\n\
        § 1\nBudget 2025\n\nBeslut\nNämnden antar budgeten.\n\n\
        Reservation\nJohan Malm (M) reserverar sig skriftligen, bilaga 1.\n\n\
        § 2\nMeddelanden\n\nBeslut\nMeddelandena läggs till handlingarna.\n\n\
        Beslutsunderlag\nTjänsteskrivelse\n\nBilaga 2 Karta\n\n";
    let attachment =
        "Bilaga 1 till § 1\n\nReservation\nJag reserverar mig mot beslutet.\n\nJohan Malm (M)\n";
    let doc = justera::parse(&format!("{protocol}{attachment}"));
    assert_eq!(doc.paragraphs.len(), 2);
    assert!(
        doc.paragraphs[1].reservations.is_empty(),
        "{:?}",
        doc.paragraphs[1].reservations
    );
    assert_eq!(doc.paragraphs[0].reservations.len(), 1);
    assert_eq!(doc.documents.len(), 1, "{:?}", doc.documents);
    assert!(doc.paragraphs[1]
        .span
        .of(&format!("{protocol}{attachment}"))
        .contains("Bilaga 2 Karta"));
}
