//! Paragraph heads: the forms read and the lines that are not heads.

mod duplicates;
mod forms;
mod numbered;

/// A trailing head is read alike when lines without the sign's last
/// byte are passed over at once, on generated texts.
#[test]
fn trailing_heads_passed_over_by_their_last_byte_read_alike() {
    use super::placed::trailing_head_as;
    let lines = [
        "Val av justerare      § 12",
        "## Val av justerare § 13",
        "**Budget 2025**   § 14  ",
        "Budget **§ 15**",
        "Beslut",
        "Nämnden beslutar enligt § 3 i lagen.",
        "Façade   § 16",
        "ç",
        "§ 17",
        "Titel\u{a0}\u{a0}§ 18",
        "",
        "- punkt",
    ];
    let mut rng = crate::testing::Rng::new(0x6a09_e667_bb67_ae85);
    let mut found = 0;
    for _ in 0..2_000 {
        let mut src = String::new();
        for _ in 0..rng.below(12) {
            src.push_str(lines[rng.below(lines.len())]);
            src.push('\n');
        }
        let items = crate::scan::scan(&src);
        for i in 0..items.len() {
            let quick = trailing_head_as(&src, &items, i, true);
            assert_eq!(
                format!("{quick:?}"),
                format!("{:?}", trailing_head_as(&src, &items, i, false)),
                "{src:?}"
            );
            found += usize::from(quick.is_some());
        }
    }
    assert!(found > 500, "{found}");
}

#[test]
fn a_separator_may_stand_between_the_number_and_the_title() {
    for head in [
        "§ 12. Detaljplan för Ekbacken",
        "§ 12 – Detaljplan för Ekbacken",
        "§ 12 - Detaljplan för Ekbacken",
        "§ 12: Detaljplan för Ekbacken",
    ] {
        let src = format!("Protokoll\n\n{head}\n\nBeslut\nNämnden beslutar att godkänna planen.\n\n§ 13 Budget\n\nBeslut\nNämnden beslutar att anta budgeten.\n");
        let d = crate::parse(&src);
        let got: Vec<(u32, &str, &str)> = d
            .paragraphs
            .iter()
            .map(|p| {
                (
                    p.number,
                    p.title.as_str(),
                    p.title_span.map_or("", |s| s.of(&src)),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (12, "Detaljplan för Ekbacken", "Detaljplan för Ekbacken"),
                (13, "Budget", "Budget")
            ],
            "{head}"
        );
    }
    // A reference that opens a line is no head: `§ 12, ...`, `§ 12. med
    // ...`, and a lower-case word after the separator.
    for line in [
        "§ 12, se ovan.",
        "§ 12. med ändringar",
        "§ 12 – och så vidare",
    ] {
        let src = format!("Text före.\n\n{line}\n\nMer text.\n");
        assert!(crate::parse(&src).paragraphs.is_empty(), "{line}");
    }
}

#[test]
fn a_sign_above_its_number_is_a_heading() {
    let d = crate::parse("Styrelsen den 3 mars 2025\n\n§\n\n186\n\nVal av ombud\n\nStyrelsen beslutar att utse Anna Ek.\n");
    let got: Vec<(u32, &str)> = d
        .paragraphs
        .iter()
        .map(|p| (p.number, p.title.as_str()))
        .collect();
    assert_eq!(got, vec![(186, "Val av ombud")]);
    // A lone sign with text under it, or a number far below it, is not.
    for src in [
        "§\n\nenligt lagen\n\n12\n",
        "§\n\n\n\n\n12\n",
        "Text\n§\nKapitel 2\n",
    ] {
        assert!(crate::parse(src).paragraphs.is_empty(), "{src:?}");
    }
}

#[test]
fn a_stamp_naming_the_paragraph_heads_a_page_without_heads() {
    let d = crate::parse(
        "Bilaga till § 31: Kommunstyrelsen 2025-04-08 § 77\n\nMotion om belysning\n\nText.\n",
    );
    let got: Vec<(u32, &str)> = d
        .paragraphs
        .iter()
        .map(|p| (p.number, p.title.as_str()))
        .collect();
    assert_eq!(got, vec![(77, "Motion om belysning")]);
    // Not a body's name before the date, a part label after it, or not
    // the first line: no head from it.
    for src in [
        "enligt beslut 2025-04-08 § 77\n\nMotion om belysning\n",
        "Kommunstyrelsen 2025-04-08 § 77\n\nBeslut\n\nText.\n",
        "Motion om belysning\n\nKommunstyrelsen 2025-04-08 § 77\n\nText här.\n",
    ] {
        assert!(
            crate::parse(src).paragraphs.iter().all(|p| p.number != 77),
            "{src:?}"
        );
    }
}

#[test]
fn references_are_not_headings() {
    let d = crate::parse("§ 12  Dnr KS 2024/1\nTitel\n\n§ 157, se ovan\n§ 64 och mer\n");
    assert_eq!(
        d.paragraphs.iter().map(|p| p.number).collect::<Vec<_>>(),
        vec![12]
    );
}

/// A vote list's paragraph over its columns (`§ 12` / `Ledamot   Ja
/// Nej`) is no head; a bare `§ 13` over its title is (the near miss).
#[test]
fn a_vote_lists_paragraph_over_its_columns_is_no_head() {
    let src = "§ 12\nDetaljplan\nBeslut\nFullmäktige antar planen.\n\n§ 13\nVal\nBeslut\nFullmäktige väljer Bo Ek.\n\n\
               Voteringslista\n        § 12\nLedamot     Närv   Ja   Nej\nBo Ek (M)   X      X\n\
               Eva Ro (S)  X      X\nIda Al (V)  X           X\nKim Bo (C)  X      X\nSumma       4      3    1\n";
    let d = crate::parse(src);
    assert_eq!(
        d.paragraphs.iter().map(|p| p.number).collect::<Vec<_>>(),
        vec![12, 13]
    );
}

/// `KS § 104 Title` right under the last sentence of the paragraph
/// before (a PDF page's header dropped between them, no gap left) is a
/// head where the numbering goes on, as `§ 104 Title` is; a citation in
/// that place whose number does not go on is none (the near miss).
#[test]
fn a_short_named_head_right_under_a_sentence() {
    let src = "Kommunstyrelsen\nProtokoll 2025-09-09\n\n§ 103 Sekretess\n\nBeslut\n\
               Ärendet protokollförs i separat sekretessprotokoll.\n\
               KS § 104       Revidering av delegationsordning       KS 2025/101\n\
               Beslut\nDelegationsordningen revideras.\n";
    let d = crate::parse(src);
    let numbers: Vec<u32> = d.paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(numbers, [103, 104]);
    assert_eq!(d.paragraphs[1].title, "Revidering av delegationsordning");
    let cited = src.replace("KS § 104 ", "KS § 12 ");
    let d = crate::parse(&cited);
    let numbers: Vec<u32> = d.paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(numbers, [103]);
}

/// `56 § Title` right under a finished sentence (the gap before it lost
/// by a text layer) is a head where the numbering goes on; a quoted
/// statute's section there is none (the near miss).
#[test]
fn a_number_first_head_right_under_a_sentence() {
    let src = "Direktionen\nProtokoll 2022-12-09\n\nJustering\n\
               Att jämte ordföranden justera protokollet utsågs Eva Ek.\n\
               56 § Sammanträdets öppnande\n\nOrdföranden öppnade mötet.\n\n\
               57 § Föregående protokoll\n\nProtokollet lades till handlingarna.\n\
               Förbundsordningen säger följande.\n\
               2 § Förbundets ändamål\n\nFörbundet ska svara för räddningstjänsten.\n";
    let d = crate::parse(src);
    let numbers: Vec<u32> = d.paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(numbers, [56, 57]);
}

#[test]
fn a_title_after_the_case_number_on_the_heads_line() {
    let src = "§ 130 Dnr KS-2025-00098 Årsredovisning 2024 för Stiftelsen\n\nBeslut\nText.\n\n§ 131   Dnr KS-2025-00014\nInformation om samråd\n\nText.\n";
    let d = crate::parse(src);
    let titles: Vec<_> = d.paragraphs.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "Årsredovisning 2024 för Stiftelsen",
            "Information om samråd"
        ]
    );
    assert_eq!(
        d.paragraphs[0].title_span.unwrap().of(src),
        "Årsredovisning 2024 för Stiftelsen"
    );
}

#[test]
fn a_part_label_glued_to_the_title_is_not_the_title() {
    let src = "**§ 22Förenklad avtalsuppföljning (SN/2023:105)Beslut**\n\nNämnden tar del av uppföljningen.\n";
    let d = crate::parse(src);
    assert_eq!(
        d.paragraphs[0].title,
        "Förenklad avtalsuppföljning (SN/2023:105)"
    );
    assert_eq!(
        d.paragraphs[0].title_span.unwrap().of(src),
        "Förenklad avtalsuppföljning (SN/2023:105)"
    );
}

#[test]
fn a_heading_whose_title_starts_with_a_year() {
    let d = crate::parse(
        "# § 24\t2024 års plan för brukarundersökningar\n\nText.\n\n**§ 25 2024 kronor**\n",
    );
    assert_eq!(
        d.paragraphs.iter().map(|p| p.number).collect::<Vec<_>>(),
        vec![24]
    );
    assert_eq!(
        d.paragraphs[0].title,
        "2024 års plan för brukarundersökningar"
    );
}

/// The paragraphs of `src` as (number, number as written, title).
fn read(src: &str) -> Vec<(u32, String, String)> {
    crate::parse(src)
        .paragraphs
        .into_iter()
        .map(|p| (p.number, p.number_text, p.title))
        .collect()
}

/// The paragraphs of `src` as (number, title).
fn titles(src: &str) -> Vec<(u32, String)> {
    read(src).into_iter().map(|(n, _, t)| (n, t)).collect()
}

/// `want` as [`titles`] gives it.
fn owned(want: &[(u32, &str)]) -> Vec<(u32, String)> {
    want.iter().map(|&(n, t)| (n, t.to_string())).collect()
}

fn expect(want: &[(u32, &str, &str)]) -> Vec<(u32, String, String)> {
    want.iter()
        .map(|&(n, w, t)| (n, w.to_string(), t.to_string()))
        .collect()
}

#[test]
fn a_lettered_paragraph_follows_its_number() {
    for (before, head, written) in [
        ("§ 12", "§ 12 a Exploateringsavtal", "§ 12 a"),
        ("§ 12", "§ 12a Exploateringsavtal", "§ 12a"),
        ("§ 12", "§ 12 A Exploateringsavtal", "§ 12 A"),
        ("§ 12", "**§ 12 b Exploateringsavtal**", "§ 12 b"),
        ("KS § 12", "KS § 12 b Exploateringsavtal", "KS § 12 b"),
        ("§ 12", "§ 12 a) Exploateringsavtal", "§ 12 a)"),
    ] {
        let src = format!(
            "Protokoll\n\n{before} Detaljplan\n\nBeslut\nNämnden beslutar att anta planen.\n\n\
             {head}\n\nBeslut\nNämnden beslutar att godkänna avtalet.\n\n\
             {} Budget\n\nBeslut\nNämnden beslutar att anta budgeten.\n",
            before.replace("12", "13")
        );
        assert_eq!(
            read(&src),
            expect(&[
                (12, before, "Detaljplan"),
                (12, written, "Exploateringsavtal"),
                (13, &before.replace("12", "13"), "Budget"),
            ]),
            "{head}"
        );
    }
    // A letter that is a word, or glued to more letters, is the title's.
    assert_eq!(
        read("Protokoll\n\n§ 12 A-kassan\n\nText.\n\n§ 13 Anna Lindhs plats\n\nText.\n"),
        expect(&[(12, "§ 12", "A-kassan"), (13, "§ 13", "Anna Lindhs plats")])
    );
}

#[test]
fn a_joint_head_names_two_numbers() {
    for (head, written) in [
        ("§§ 12-13 Delårsrapporter", "§§ 12-13"),
        ("§§ 12–13 Delårsrapporter", "§§ 12–13"),
        ("§ 12-13 Delårsrapporter", "§ 12-13"),
        ("## §§ 12 - 13 Delårsrapporter", "§§ 12 - 13"),
        ("## §§ 12-13\n\n### Delårsrapporter", "§§ 12-13"),
        ("**§§ 12-13****Delårsrapporter**", "§§ 12-13"),
        ("§§ 12-13\nDelårsrapporter", "§§ 12-13"),
    ] {
        joint_between_11_and_14(head, written);
    }
    // A declared range alone, a range in a sentence or over many numbers,
    // and people with a range are no heads.
    for line in [
        "§§ 12-13",
        "Paragrafer\n§§ 12-13\nUtses att justera",
        "Eva Ek, planarkitekt\n\n§§ 12-13\nStina Berg, planarkitekt,\nkommunstyrelsens förvaltning",
        "§§ 12-13\nNämnden beslutar att lägga dem till handlingarna.",
        "§§ 12-13 behandlades gemensamt.",
        "§§ 12-40 Protokollet",
        "§§ 12-13 Anna Ek (S)",
    ] {
        let src = format!("Text före.\n\n{line}\n\nMer text.\n");
        assert!(crate::parse(&src).paragraphs.is_empty(), "{line}");
    }
}

#[test]
fn a_body_name_before_the_sign() {
    for (head, written, title) in [
        (
            "Kommunstyrelsen § 12 Budget 2026",
            "Kommunstyrelsen § 12",
            "Budget 2026",
        ),
        (
            "Socialnämnden § 12 Riktlinjer för bistånd",
            "Socialnämnden § 12",
            "Riktlinjer för bistånd",
        ),
        (
            "Miljö- och byggnadsnämnden § 12 Bygglov för Ekgården 1:4",
            "Miljö- och byggnadsnämnden § 12",
            "Bygglov för Ekgården 1:4",
        ),
        (
            "Kommunfullmäktige § 12\n\nBudget 2026",
            "Kommunfullmäktige § 12",
            "Budget 2026",
        ),
        (
            "Kommunfullmäktige § 12\nBudget 2026",
            "Kommunfullmäktige § 12",
            "Budget 2026",
        ),
        (
            "## Arbetsutskottet § 12 Budget 2026",
            "Arbetsutskottet § 12",
            "Budget 2026",
        ),
    ] {
        let src = format!(
            "Protokoll 2025-02-18\n\n{head}\n\nBeslut\nNämnden beslutar att anta förslaget.\n"
        );
        assert_eq!(read(&src), expect(&[(12, written, title)]), "{head}");
    }
    // A committee after its body's genitive: a head where the numbering
    // goes on through it.
    let src = "Protokoll\n\nKommunstyrelsens arbetsutskott § 11 Detaljplan\n\nText.\n\n\
               Kommunstyrelsens allmänna utskott § 12 Budget\n\nText.\n";
    assert_eq!(
        read(src),
        expect(&[
            (11, "Kommunstyrelsens arbetsutskott § 11", "Detaljplan"),
            (12, "Kommunstyrelsens allmänna utskott § 12", "Budget"),
        ])
    );
    // References in running text and lists name a body and a paragraph too.
    for line in [
        "Beslutsunderlag: Kommunstyrelsen § 45, 2024-01-10",
        "Kommunstyrelsens arbetsutskott § 45/2024",
        "Kommunstyrelsens arbetsutskott § 45 Budget",
        "Kommunstyrelsen 2024-02-01 § 45",
        "Kommunstyrelsen § 45 beslutade att återremittera ärendet.",
        "Handlingar\nKommunstyrelsen § 45\nTjänsteskrivelse 2024-01-03",
        "Enligt Kommunstyrelsen § 45 Budget",
    ] {
        let src = format!(
            "Protokoll\n\n§ 12 Budget\n\nÄrendet\nText.\n\n{line}\n\nBeslut\nNämnden beslutar att anta budgeten.\n"
        );
        let got: Vec<u32> = crate::parse(&src)
            .paragraphs
            .iter()
            .map(|p| p.number)
            .collect();
        assert_eq!(got, [12], "{line}");
    }
}

#[test]
fn a_committees_short_name_in_two_parts() {
    for marker in ["KS-AU", "KS AU", "Ks/au", "SN-IU"] {
        let src = format!(
            "Protokoll\n\n{marker} § 11 Detaljplan\n\nBeslut\nUtskottet beslutar att anta planen.\n\n\
             {marker} § 12 Budget\n\nBeslut\nUtskottet beslutar att anta budgeten.\n"
        );
        assert_eq!(
            read(&src),
            expect(&[
                (11, &format!("{marker} § 11"), "Detaljplan"),
                (12, &format!("{marker} § 12"), "Budget"),
            ]),
            "{marker}"
        );
    }
    // Words before the sign in a sentence are not a name.
    for line in ["Se KS AU § 12 Budget", "KS och AU § 12 Budget"] {
        let src = format!("Protokoll\n\n{line}\n\nText.\n");
        assert!(crate::parse(&src).paragraphs.is_empty(), "{line}");
    }
}

#[test]
fn a_joint_head_written_with_och() {
    for (head, written) in [
        ("§§ 12 och 13 Delårsrapporter", "§§ 12 och 13"),
        ("§§ 12, 13 Delårsrapporter", "§§ 12, 13"),
    ] {
        joint_between_11_and_14(head, written);
    }
}

#[test]
fn a_title_that_opens_with_a_quote_a_small_letter_or_a_digit() {
    for title in [
        "\"Trygg i Sjövik\" – medborgarförslag",
        "”Trygg i Sjövik” – medborgarförslag",
        "e-tjänster för medborgare",
        "eHälsa, strategi",
        "3D-plan för centrum",
    ] {
        let src = format!(
            "Protokoll\n\n§ 11 Detaljplan\n\nBeslut\nNämnden beslutar att anta planen.\n\n\
             § 12 {title}\n\nBeslut\nNämnden beslutar att godkänna förslaget.\n\n\
             § 13 Budget\n\nBeslut\nNämnden beslutar att anta budgeten.\n"
        );
        assert_eq!(
            read(&src),
            expect(&[
                (11, "§ 11", "Detaljplan"),
                (12, "§ 12", title),
                (13, "§ 13", "Budget"),
            ]),
            "{title}"
        );
    }
    // Where the numbering does not go on through it, such a line is a
    // reference: `§ 12 i kommunallagen`, `§ 40 och 41`.
    let src = "Protokoll\n\n§ 11 Detaljplan\n\nText.\n\n§ 40 och 41 behandlades gemensamt\n\nMer text.\n\n§ 12 Budget\n\nText.\n";
    assert_eq!(
        crate::parse(src)
            .paragraphs
            .iter()
            .map(|p| p.number)
            .collect::<Vec<_>>(),
        [11, 12]
    );
}

#[test]
fn a_head_laid_out_as_a_table_row() {
    for (head, written) in [
        ("| § 12 | Exploateringsavtal |", "§ 12"),
        ("| **§ 12** | **Exploateringsavtal** |\n|---|---|", "§ 12"),
        ("§\t12\tExploateringsavtal", "§ 12"),
        ("§ 12 Exploateringsavtal\t2024/12", "§ 12"),
        // The case number on the cell's next line.
        ("| § 12 | Exploateringsavtal<br>Dnr MBN 2024/19 |", "§ 12"),
    ] {
        let src = format!(
            "Protokoll\n\n§ 11 Detaljplan\n\nBeslut\nNämnden beslutar att anta planen.\n\n\
             {head}\n\nBeslut\nNämnden beslutar att godkänna avtalet.\n\n\
             § 13 Budget\n\nBeslut\nNämnden beslutar att anta budgeten.\n"
        );
        let d = crate::parse(&src);
        let got: Vec<(u32, &str, &str, &str)> = d
            .paragraphs
            .iter()
            .map(|p| {
                (
                    p.number,
                    p.number_text.as_str(),
                    p.title.as_str(),
                    p.title_span.map_or("", |s| s.of(&src)),
                )
            })
            .collect();
        assert_eq!(
            got[1],
            (12, written, "Exploateringsavtal", "Exploateringsavtal"),
            "{head}"
        );
        assert_eq!(got.len(), 3, "{head}");
        // Not a contents entry either.
        assert!(d.toc.is_empty(), "{head}");
    }
    // A contents table (rows of heads one after another), an attendance
    // row with a scope, and a row whose number does not go on: no head.
    for rows in [
        "| § 12 | Exploateringsavtal | 3 |\n| § 13 | Budget | 4 |",
        "| § 12 | Anna Ek (S) |",
        "| § 40 | Exploateringsavtal |",
    ] {
        let src = format!(
            "Protokoll\n\n§ 11 Detaljplan\n\nBeslut\nNämnden beslutar att anta planen.\n\n{rows}\n\nText.\n"
        );
        let got: Vec<u32> = crate::parse(&src)
            .paragraphs
            .iter()
            .map(|p| p.number)
            .collect();
        assert_eq!(got, [11], "{rows}");
    }
}

/// A joint head for §§ 12-13 written as `head` between § 11 and § 14: read
/// as one paragraph numbered 12, `written` kept as its number.
fn joint_between_11_and_14(head: &str, written: &str) {
    let src = format!(
        "Protokoll\n\n§ 11 Val av justerare\n\nText.\n\n{head}\n\nBeslut\nNämnden beslutar att lägga rapporterna till handlingarna.\n\n\
         § 14 Budget\n\nBeslut\nNämnden beslutar att anta budgeten.\n"
    );
    assert_eq!(
        read(&src),
        expect(&[
            (11, "§ 11", "Val av justerare"),
            (12, written, "Delårsrapporter"),
            (14, "§ 14", "Budget"),
        ]),
        "{head}"
    );
}

/// A page's stamp naming its paragraph (`Socialnämnden 2025-03-11 § 12`)
/// over the head, between the head and the title, or alone over the title:
/// each paragraph read once with its title, no stamp in its text. Near
/// miss: the same shape citing another protocol in a list of documents is
/// the paragraph's text and no head.
#[test]
fn a_pages_stamp_naming_its_paragraph() {
    let titles = ["Detaljplan för Ekbacken", "Budget 2026", "Information"];
    for layout in [
        "Socialnämnden 2025-03-11 § {n}\n\n§ {n} {t}",
        "Socialnämnden 2025-03-11 § {n}\n§ {n}\n{t}",
        "§ {n}\n\nSocialnämnden | Sammanträdesprotokoll | 2025-03-11 | § {n}\n\n{t}",
        "Socialnämnden 2025-03-11 § {n}\n\n{t}",
        "Socialnämnden\tSammanträdesprotokoll\t2025-03-11\t§ {n}\n{t}",
        "§ {n}   Socialnämnden   2025-03-11\n\n{t}",
    ] {
        let mut src = String::from("Socialnämnden\nProtokoll 2025-03-11\n\n");
        for (k, t) in titles.iter().enumerate() {
            let n = (11 + k).to_string();
            src += &layout.replace("{n}", &n).replace("{t}", t);
            src += "\n\nBeslut\nNämnden beslutar enligt förslaget.\n\n";
        }
        let doc = crate::parse(&src);
        let got: Vec<(u32, &str)> = doc
            .paragraphs
            .iter()
            .map(|p| (p.number, p.title.as_str()))
            .collect();
        assert_eq!(
            got,
            [(11, titles[0]), (12, titles[1]), (13, titles[2])],
            "{layout}"
        );
        for p in &doc.paragraphs {
            assert!(
                p.parts.iter().all(|x| !x.text.contains("2025-03-11")),
                "{layout}: {:?}",
                p.parts
            );
        }
    }
    let src = "Kommunfullmäktige\nProtokoll 2025-04-24\n\n§ 40 Årsredovisning 2024\n\n\
               Beslutsunderlag\nKommunstyrelsen 2025-04-08 § 61\nÅrsredovisning 2024\n\n\
               Beslut\nÅrsredovisningen godkänns.\n\n§ 41 Delårsrapport\n\n\
               Beslutsunderlag\n\nKommunstyrelsen 2025-04-08 § 41\n\nRapporten\n\n\
               Beslut\nRapporten godkänns.\n";
    let doc = crate::parse(src);
    let got: Vec<u32> = doc.paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(got, [40, 41]);
    // A title naming a body and a date is a title, not a stamp.
    let src = "Protokoll\n\n§ 4 Val av justerare\n\nBeslut\nNämnden utser Eva Ek.\n\n\
               § 5 Information från Tekniska nämndens arbetsutskott 2025-02-11\n\n\
               Beslut\nNämnden lägger protokollet till handlingarna.\n";
    let titles: Vec<String> = crate::parse(src)
        .paragraphs
        .into_iter()
        .map(|p| p.title)
        .collect();
    assert_eq!(
        titles,
        [
            "Val av justerare",
            "Information från Tekniska nämndens arbetsutskott 2025-02-11"
        ]
    );
    assert!(doc.paragraphs[0]
        .parts
        .iter()
        .any(|x| x.text.contains("2025-04-08 § 61")));
}

/// A page header of lines naming the body, the date and the page's
/// paragraph (`NÄMNDEN` / `Sammanträdesprotokoll 2025-03-11` / `§ 12`),
/// over each head and over a page the paragraph goes on on: each
/// paragraph once, titled, no header line in its text. Near miss: the
/// same lines over the first head are the front's (the body still read).
#[test]
fn a_page_header_naming_the_paragraph_on_lines_of_its_own() {
    let header = |n: u32| format!("SOCIALNÄMNDEN\nSammanträdesprotokoll 2025-03-11\n§ {n}\n\n");
    let src = format!(
        "{}Val av justerare\n\nBeslut\nNämnden utser Eva Ek.\n\n\
         {}Budget 2026\n\nÄrendet\nFörvaltningen har tagit fram en budget.\n\n\
         {}Beslut\nNämnden antar budgeten.\n\n\
         {}Information\n\nBeslut\nNämnden lägger informationen till handlingarna.\n",
        header(11),
        header(12),
        header(12),
        header(13)
    );
    let doc = crate::parse(&src);
    let got: Vec<(u32, &str)> = doc
        .paragraphs
        .iter()
        .map(|p| (p.number, p.title.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (11, "Val av justerare"),
            (12, "Budget 2026"),
            (13, "Information")
        ]
    );
    for p in &doc.paragraphs {
        assert!(
            p.parts
                .iter()
                .all(|x| !x.text.contains("SOCIALNÄMNDEN") && !x.text.contains("§ 1")),
            "{:?}",
            p.parts
        );
    }
    assert!(doc.paragraphs[1].decision.is_some());
    assert_eq!(
        doc.meeting.body.as_ref().map(|b| b.text.as_str()),
        Some("SOCIALNÄMNDEN")
    );
}

/// An entry of the attendance wrapped before its scope, a blank line
/// between (a word processor's paragraph a line): `Karin Nielsen,
/// säkerhetssamordnare,` / blank / `§ 24` is no head.
#[test]
fn a_scope_wrapped_over_a_blank_line_is_no_head() {
    let src = "Nämnden\n\nBeslutande\n\nEva Ek (S), ordförande\n\nÖvriga\n\nKarin Nielsen, säkerhetssamordnare,\n\n§ 24\n\nPersonalföreträdare           Övriga\n\nKristina Berg, Kommunal, § 24\n\nSekreterare   Bo Ek              Paragrafer §§ 24, 37\n\nInnehåll\n\n§ 24 Dnr IF-2025-00087\n\nYttrande över remiss ........ 3\n\n§ 24                       Dnr IF-2025-00087\n\nYttrande över remiss\n\nBeslut\n\nNämnden antar yttrandet.\n";
    let d = crate::parse(src);
    let titles: Vec<&str> = d.paragraphs.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["Yttrande över remiss"]);
}

/// The title on the line over `§ 101    Dnr 2024/123` (the head's rest
/// only its case number), a title naming a body after a preposition
/// (`... i kultur- och fritidsnämnden`) or ending in `-området` among
/// them; a page header's body name over a head stays no title.
#[test]
fn the_title_over_a_head_with_its_case_number() {
    let src = "Kommunstyrelsen\n\n\
        Taxa för offentlig kontroll inom livsmedelsområdet\n§ 101    Dnr 2024/123\n\n\
        Beslut\nKommunstyrelsen beslutar att anta taxan.\n\n\
        Val av ersättare i kultur- och fritidsnämnden\n§ 102    Dnr 2024/124\n\n\
        Beslut\nKommunstyrelsen väljer Eva Ek.\n\n\
        Kommunstyrelsen\n§ 103    Dnr 2024/125\n\nBudget 2025\n\n\
        Beslut\nKommunstyrelsen antar budgeten.\n";
    assert_eq!(
        titles(src),
        owned(&[
            (101, "Taxa för offentlig kontroll inom livsmedelsområdet"),
            (102, "Val av ersättare i kultur- och fritidsnämnden"),
            (103, "Budget 2025")
        ])
    );
}

/// `Sammanträdesdatum 2024-05-12      § 45` (a page's date beside the
/// number, as a text layer sets them on one line), the title below: the
/// date is no title. A title ending the line before the number still is.
#[test]
fn a_date_beside_the_number_is_no_title() {
    for date in [
        "Sammanträdesdatum 2024-05-12",
        "2024-05-12",
        "Datum: 12 maj 2024",
    ] {
        let src = format!(
            "Kommunstyrelsen\n\n{date}        § 45\nBudget för 2025\n\nBeslut\nKommunstyrelsen antar budgeten.\n\n\
             {date}        § 46\nTaxa för bygglov\n\nBeslut\nKommunstyrelsen antar taxan.\n"
        );
        assert_eq!(
            titles(&src),
            owned(&[(45, "Budget för 2025"), (46, "Taxa för bygglov")]),
            "{date}"
        );
    }
    let d = crate::parse(
        "Kommunstyrelsen\n\nBudget för 2025          § 45\n\nBeslut\nKommunstyrelsen antar budgeten.\n\n\
         Taxa för bygglov          § 46\n\nBeslut\nKommunstyrelsen antar taxan.\n",
    );
    let titles: Vec<&str> = d.paragraphs.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["Budget för 2025", "Taxa för bygglov"]);
}

/// A title's last word lowered a character at a time is the word's
/// lower case, on generated titles.
#[test]
fn continued_titles_read_as_their_lower_case() {
    use super::continued;
    fn plain(rest: &str) -> bool {
        let last = rest
            .rsplit(|c: char| c.is_whitespace() || c == ',')
            .find(|w| !w.is_empty())
            .unwrap_or("")
            .trim_matches(['.', '(', ')', ':'])
            .to_lowercase();
        rest.contains(char::is_whitespace) && matches!(last.as_str(), "forts" | "fortsättning")
    }
    const PIECES: [&str; 25] = [
        "Budget",
        " ",
        ",",
        ".",
        "(",
        ")",
        ":",
        "forts",
        "FORTS",
        "Forts",
        "fortsättning",
        "FORTSÄTTNING",
        "Fortsättning",
        "fortsÄttning",
        "§",
        "å",
        "ä",
        "ö",
        "Å",
        "É",
        "\t",
        "\u{a0}",
        "\r",
        "12",
        "İ",
    ];
    let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15);
    let mut hits = 0;
    for _ in 0..40_000 {
        let t = rng.pieces(&PIECES, 8);
        let want = plain(&t);
        assert_eq!(continued(&t), want, "{t:?}");
        hits += usize::from(want);
    }
    assert!(hits > 500, "{hits}");
}
