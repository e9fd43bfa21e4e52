//! Synthetic protocols in the layouts of other municipalities' templates
//! (invented names, real layouts): the facts a careful reader takes from
//! each. `tests/fixtures/wild/`.

use justera::{parse, Document};

fn doc(name: &str) -> Document {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/wild")
        .join(name);
    let src = std::fs::read_to_string(&path).unwrap();
    let d = parse(&src);
    // Blocks cover the text; every paragraph span is valid.
    assert_eq!(d.blocks.first().map(|b| b.span.start), Some(0), "{name}");
    assert_eq!(
        d.blocks.last().map(|b| b.span.end),
        Some(src.len()),
        "{name}"
    );
    for p in &d.paragraphs {
        assert!(
            src.get(p.span.start..p.span.end).is_some(),
            "{name} §{}",
            p.number
        );
    }
    d
}

fn numbers(d: &Document) -> Vec<u32> {
    d.paragraphs.iter().map(|p| p.number).collect()
}

fn titles(d: &Document) -> Vec<&str> {
    d.paragraphs.iter().map(|p| p.title.as_str()).collect()
}

fn cases(d: &Document) -> Vec<Vec<&str>> {
    d.paragraphs
        .iter()
        .map(|p| p.case_numbers.iter().map(|c| c.text.as_str()).collect())
        .collect()
}

fn text(t: &Option<justera::model::Text>) -> Option<&str> {
    t.as_ref().map(|t| t.text.as_str())
}

fn iso(d: &Option<justera::model::DateRef>) -> Option<&str> {
    d.as_ref().map(|d| d.iso.as_str())
}

fn chair(d: &Document) -> Option<&str> {
    d.attendance
        .members
        .iter()
        .find(|m| m.role.as_deref() == Some("ordförande"))
        .map(|m| m.name.as_str())
}

fn justerare(d: &Document) -> Vec<&str> {
    d.justering
        .justerare
        .iter()
        .map(|p| p.name.as_str())
        .collect()
}

fn secretary(d: &Document) -> Option<&str> {
    d.secretary.as_ref().map(|s| s.name.as_str())
}

/// (members, serving substitutes, substitutes, others)
fn counts(d: &Document) -> (usize, usize, usize, usize) {
    let a = &d.attendance;
    (
        a.members.len(),
        a.serving_substitutes.len(),
        a.substitutes.len(),
        a.others.len(),
    )
}

fn decision(d: &Document, n: u32) -> String {
    d.paragraphs
        .iter()
        .find(|p| p.number == n)
        .and_then(|p| p.decision.as_ref())
        .map(|x| x.text.clone())
        .unwrap_or_default()
}

#[test]
fn anslag_bevis_pdftotext_with_form_feeds() {
    // `KS § 45   Dnr KS 2024/101`, labels with values in a second column,
    // `Justeringens` / `plats och tid` wrapped, ANSLAG/BEVIS, page furniture.
    let d = doc("anslag-bevis.txt");
    assert_eq!(d.kind, justera::DocumentKind::Protocol);
    assert_eq!(numbers(&d), vec![45, 46, 47, 48]);
    assert_eq!(d.paragraphs[0].number_text, "KS § 45");
    assert_eq!(
        titles(&d),
        vec![
            "Val av justerare",
            "Delårsrapport per april 2024",
            "Motion om fler laddstolpar vid kommunens förskolor",
            "Anmälan av delegationsbeslut"
        ]
    );
    assert_eq!(
        cases(&d),
        vec![
            vec!["KS 2024/101"],
            vec!["KS 2024/215"],
            vec!["KS 2023/988"],
            vec!["KS 2024/033"]
        ]
    );
    assert_eq!(text(&d.meeting.body), Some("Kommunstyrelsen"));
    assert_eq!(iso(&d.meeting.date), Some("2024-05-14"));
    assert_eq!(text(&d.meeting.start), Some("13:00"));
    assert_eq!(text(&d.meeting.end), Some("15:40"));
    assert_eq!(text(&d.meeting.place), Some("Kommunhuset, Sessionssalen"));
    assert_eq!(counts(&d), (5, 2, 2, 3));
    assert_eq!(chair(&d), Some("Maria Lindqvist"));
    assert_eq!(secretary(&d), Some("Karin Dahl"));
    assert_eq!(justerare(&d), vec!["Elin Strand"]);
    assert_eq!(iso(&d.justering.date), Some("2024-05-21"));
    assert_eq!(
        d.declared_range.as_ref().map(|r| r.numbers.clone()),
        Some(vec![45, 46, 47, 48])
    );
    assert_eq!(iso(&d.notice.posted), Some("2024-05-22"));
    assert_eq!(iso(&d.notice.removed), Some("2024-06-13"));
    assert_eq!(text(&d.notice.kept_at), Some("Kommunkansliet, Kommunhuset"));
    // The decision after yrkanden, not the proposal before them.
    assert_eq!(
        decision(&d, 47),
        "Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen."
    );
    // Page furniture stays out of the paragraphs.
    for p in &d.paragraphs {
        for part in &p.parts {
            assert!(!part.text.contains("Justerandes sign"), "§{}", p.number);
            assert!(
                !part.text.contains("SAMMANTRÄDESPROTOKOLL"),
                "§{}",
                p.number
            );
        }
    }
}

#[test]
fn word_tables_markdown() {
    let d = doc("word-tables.md");
    assert_eq!(numbers(&d), vec![20, 21, 22, 23]);
    assert_eq!(text(&d.meeting.body), Some("Socialnämnden"));
    assert_eq!(iso(&d.meeting.date), Some("2024-03-19"));
    assert_eq!(text(&d.meeting.place), Some("Stadshuset, rum Ådalen"));
    assert_eq!(counts(&d), (5, 2, 2, 2));
    assert_eq!(chair(&d), Some("Anna Svensson"));
    assert_eq!(justerare(&d), vec!["Bo Ekman"]);
    // The signature block after the last paragraph.
    assert_eq!(secretary(&d), Some("Lisa Moberg"));
    assert_eq!(
        cases(&d),
        vec![
            vec![],
            vec!["SN 2024/45"],
            vec!["SN 2024/12"],
            vec!["SN 2024/3"]
        ]
    );
    // A short last page: its lines are not page furniture.
    assert_eq!(
        decision(&d, 23),
        "Socialnämnden lägger redovisningen till handlingarna."
    );
}

#[test]
fn colon_labels_and_roll_call_appendix() {
    let d = doc("colon-labels.txt");
    assert_eq!(numbers(&d), vec![201, 202, 203, 204]);
    assert_eq!(text(&d.meeting.body), Some("Kommunfullmäktige"));
    assert_eq!(iso(&d.meeting.date), Some("2024-11-11"));
    // The presidium and the roll call name the chair once.
    assert_eq!(counts(&d), (10, 2, 0, 2));
    assert_eq!(chair(&d), Some("Ewa Edholm"));
    assert_eq!(justerare(&d), vec!["Amanda Kallin", "Torbjörn Bäcklund"]);
    assert_eq!(iso(&d.justering.date), Some("2024-11-18"));
    assert_eq!(secretary(&d), Some("Lars Nyqvist"));
    assert_eq!(iso(&d.notice.posted), Some("2024-11-19"));
    assert_eq!(iso(&d.notice.removed), Some("2024-12-11"));
    assert_eq!(iso(&d.notice.appeal_deadline), Some("2024-12-10"));
    // The case number under the title is not part of it.
    assert_eq!(
        d.paragraphs[0].title,
        "Val av justerare och tid för justering"
    );
    assert_eq!(cases(&d)[1], vec!["KSN-2024-01876"]);
}

#[test]
fn inline_lists_and_closing_signatures() {
    let d = doc("inline-lists.txt");
    assert_eq!(numbers(&d), vec![76, 77, 78, 79]);
    assert_eq!(text(&d.meeting.body), Some("Regionala utvecklingsnämnden"));
    assert_eq!(iso(&d.meeting.date), Some("2024-09-12"));
    assert_eq!(text(&d.meeting.place), Some("Regionens hus, sal A"));
    // `Närvarande: A (M), ordförande, B (KD), ...` on one line.
    assert_eq!(counts(&d), (9, 2, 3, 3));
    assert_eq!(chair(&d), Some("Malin Westberg"));
    // `Vid protokollet` / `Justeras` after the last paragraph.
    assert_eq!(secretary(&d), Some("Lena Bohman"));
    assert_eq!(justerare(&d), vec!["Per Ersson"]);
    // A title on the heading's line is not continued by the next sentence.
    assert_eq!(d.paragraphs[0].title, "Val av protokollsjusterare");
    assert_eq!(d.paragraphs[2].title, "Aktuell information");
    assert_eq!(cases(&d)[3], vec!["RUN 2024/312"]);
    let last = &d.paragraphs[3];
    assert!(last
        .parts
        .iter()
        .all(|p| !p.text.contains("Vid protokollet")));
}

#[test]
fn role_before_party_and_notice_block() {
    let d = doc("role-before-party.txt");
    assert_eq!(numbers(&d), vec![1, 2, 3, 4]);
    assert_eq!(text(&d.meeting.body), Some("Kommunstyrelsen"));
    assert_eq!(
        text(&d.meeting.place),
        Some("Mentorn 1 och 2, Linbanegatan 12")
    );
    // `Ingrid Smedberg, Ordförande (M)`.
    assert_eq!(counts(&d), (6, 1, 3, 3));
    assert_eq!(chair(&d), Some("Ingrid Smedberg"));
    assert_eq!(d.attendance.members[0].party.as_deref(), Some("M"));
    // `Mats Flodström (M), paragraf 1-2 och 4`.
    let scope = d.attendance.substitutes[0].scope.as_ref().unwrap();
    assert_eq!(scope.only, vec![1, 2, 4]);
    assert_eq!(justerare(&d), vec!["Jesper Engvall"]);
    assert_eq!(secretary(&d), Some("Maria Westling"));
    assert_eq!(iso(&d.notice.posted), Some("2024-01-23"));
    assert_eq!(iso(&d.notice.removed), Some("2024-02-14"));
    assert_eq!(iso(&d.notice.appeal_deadline), Some("2024-02-13"));
    assert_eq!(
        d.declared_range.as_ref().map(|r| r.numbers.clone()),
        Some(vec![1, 2, 3, 4])
    );
    // `Diarienummer: KS2023/456`.
    assert_eq!(cases(&d)[1], vec!["KS2023/456"]);
    assert_eq!(
        d.paragraphs[1].title,
        "Detaljplan för Stensborg 1:4, antagande"
    );
    assert_eq!(d.paragraphs[0].title, "Val av justerare");
}

#[test]
fn case_number_above_the_heading() {
    let d = doc("dnr-above-head.txt");
    assert_eq!(numbers(&d), vec![235, 236, 237, 238]);
    assert_eq!(
        cases(&d),
        vec![
            vec!["KSKF/2024:1"],
            vec!["KSKF/2024:288"],
            vec!["KSKF/2024:301"],
            vec!["KSKF/2024:12"]
        ]
    );
    assert_eq!(titles(&d)[1], "Delårsrapport januari–augusti 2024");
    assert_eq!(text(&d.meeting.body), Some("Kommunstyrelsen"));
    assert_eq!(iso(&d.meeting.date), Some("2024-09-09"));
    // `Ej tjänstgörande` / `ersättare` wrapped; a lost page break's header.
    assert_eq!(counts(&d), (8, 1, 2, 3));
    assert_eq!(justerare(&d), vec!["Jari Puustila"]);
    assert_eq!(iso(&d.justering.date), Some("2024-09-16"));
    assert_eq!(secretary(&d), Some("Maria Johansson Saari"));
    assert_eq!(iso(&d.notice.posted), Some("2024-09-17"));
    assert_eq!(iso(&d.notice.removed), Some("2024-10-09"));
    // The previous paragraph ends before the next one's case number.
    assert!(!d.paragraphs[0]
        .parts
        .iter()
        .any(|p| p.text.contains("KSKF/2024:288")));
}

#[test]
fn bold_prefixed_heads() {
    let d = doc("bold-prefix.md");
    assert_eq!(numbers(&d), vec![46, 47, 48, 49]);
    assert_eq!(d.paragraphs[0].number_text, "Au § 46");
    assert_eq!(titles(&d)[0], "Ändring i bestämmelser om arvoden");
    assert_eq!(
        text(&d.meeting.body),
        Some("Kommunstyrelsens arbetsutskott")
    );
    assert_eq!(counts(&d), (4, 1, 0, 2));
    assert_eq!(chair(&d), Some("Roger Hansén"));
    assert_eq!(justerare(&d), vec!["Ingrid Cassel"]);
    assert_eq!(secretary(&d), Some("Börje Olsén"));
    // `Dnr 2024/286`: a case number without the body's letters.
    assert_eq!(cases(&d)[0], vec!["2024/286"]);
    // `Arbetsutskottets förslag till kommunstyrelsen` is the decision.
    assert_eq!(
        decision(&d, 46),
        "Kommunstyrelsen föreslår kommunfullmäktige att inte ändra arvodesbestämmelserna."
    );
    assert_eq!(
        decision(&d, 48),
        "Arbetsutskottet tar del av informationen."
    );
    assert!(d.paragraphs[3].confidential);
}

#[test]
fn number_before_the_sign() {
    let d = doc("number-first.txt");
    // `31 §   MBN 2024/88`; `26 kap. 1 § miljöbalken` in the text is not a heading.
    assert_eq!(numbers(&d), vec![31, 32, 33, 34]);
    assert_eq!(d.paragraphs[0].number_text, "31 §");
    assert_eq!(titles(&d)[1], "Tillsynsplan 2024 för miljöbalkens område");
    assert_eq!(cases(&d)[2], vec!["MBN 2024/102"]);
    assert_eq!(text(&d.meeting.body), Some("Miljö- och byggnämnden"));
    assert_eq!(iso(&d.meeting.date), Some("2024-06-11"));
    assert_eq!(text(&d.meeting.place), Some("Stora salen, Rådhuset"));
    assert_eq!(counts(&d), (5, 1, 1, 2));
    assert_eq!(chair(&d), Some("Lars-Erik Brandt"));
    assert_eq!(justerare(&d), vec!["Oskar Tell"]);
    assert_eq!(iso(&d.justering.date), Some("2024-06-14"));
    assert_eq!(secretary(&d), Some("Tomas Ljung"));
}

/// Signatures as one row of roles with the names in a row under it, as PDF
/// text flattens a three-column signature block.
#[test]
fn signature_roles_in_a_row() {
    let d = doc("signature-row.txt");
    let src = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/wild/signature-row.txt"),
    )
    .unwrap();
    let signed: Vec<(Option<&str>, &str)> = d
        .signatures
        .iter()
        .map(|s| (s.role.as_deref(), s.name.as_str()))
        .collect();
    assert_eq!(
        signed,
        [
            (Some("sekreterare"), "Karin Lind"),
            (Some("ordförande"), "Anna Ek"),
            (Some("justerare"), "Bo Berg")
        ]
    );
    for s in &d.signatures {
        assert_eq!(s.span.of(&src), s.name);
    }
    assert_eq!(
        d.secretary.as_ref().map(|p| p.name.as_str()),
        Some("Karin Lind")
    );
}
