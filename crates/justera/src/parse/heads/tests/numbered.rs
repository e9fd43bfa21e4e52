//! Heads with a second number beside the paragraph's (the agenda's item
//! number before the sign or after the number), the number before the
//! sign closed by a point, and a file that is one paragraph.

use super::{expect, read};

/// Heads for §§ 11-13 written by `head(n, item, title)` (the agenda's item
/// numbers 1-3), each over a decision.
fn three_heads(head: impl Fn(u32, u32, &str) -> String) -> Vec<(u32, String, String)> {
    let src = format!(
        "Protokoll\n\n{}\n\nBeslut\nNämnden beslutar att anta planen.\n\n\
         {}\n\nBeslut\nNämnden beslutar att anta budgeten.\n\n\
         {}\n\nBeslut\nNämnden beslutar att lägga informationen till handlingarna.\n",
        head(11, 1, "Detaljplan för Ekbacken"),
        head(12, 2, "Budget 2026"),
        head(13, 3, "Information")
    );
    read(&src)
}

fn numbered(written: &str) -> Vec<(u32, String, String)> {
    expect(&[
        (11, &written.replace('N', "11"), "Detaljplan för Ekbacken"),
        (12, &written.replace('N', "12"), "Budget 2026"),
        (13, &written.replace('N', "13"), "Information"),
    ])
}

fn numbers(src: &str) -> Vec<u32> {
    crate::parse(src)
        .paragraphs
        .iter()
        .map(|p| p.number)
        .collect()
}

#[test]
fn the_number_before_the_sign_closed_by_a_point() {
    for head in [
        "{n} §. {t}",
        "{n} §.\n{t}",
        "{n} §: {t}",
        "## {n} §. {t}",
        "**{n} §.** {t}",
    ] {
        let got = three_heads(|n, _, t| head.replace("{n}", &n.to_string()).replace("{t}", t));
        assert_eq!(got, numbered("N §"), "{head}");
    }
    // A statute's section quoted inside such a paragraph is no head, nor
    // is its citation in running text.
    let src = "Protokoll\n\n11 §. Reglemente\n\nReglementet lyder:\n\n\
               1 §. Nämnden svarar för valen.\n\n\
               Enligt 6 kap. 38 § KL och\n14 § kommunallagen gäller detta.\n\n\
               12 §. Budget 2026\n\nBeslut\nNämnden beslutar att anta budgeten.\n";
    assert_eq!(numbers(src), [11, 12]);
}

#[test]
fn an_agenda_items_number_before_the_sign() {
    for head in [
        "{i}. § {n} {t}",
        "{i}) § {n} {t}",
        "## {i}. § {n} {t}",
        "**{i}. § {n} {t}**",
        "Ärende {i} - § {n} {t}",
        "Ärende {i}: § {n} {t}",
        "{i} § {n} {t}",
        "Ärende {i} § {n} {t}",
        "{i} § {n}\n{t}",
        "{i} § {n} -- {t}",
    ] {
        let got = three_heads(|n, i, t| {
            head.replace("{n}", &n.to_string())
                .replace("{i}", &i.to_string())
                .replace("{t}", t)
        });
        assert_eq!(got, numbered("§ N"), "{head}");
    }
    // A decision's point that opens with a citation is no head; nor is
    // a number before the sign above the one after it (`13 § 1`, a
    // statute's section and point: an item's number is never above its
    // paragraph's), nor a statute's point in running text.
    let src = "Protokoll\n\n§ 11 Detaljplan\n\nBeslut\n1. § 12 i taxan ändras.\n2. Planen antas.\n";
    assert_eq!(numbers(src), [11]);
    let got = three_heads(|n, i, t| format!("{n} § {i} {t}"));
    assert!(got.is_empty(), "{got:?}");
    let src = "Protokoll\n\n1 § 11 Detaljplan\n\nBeslut\nPlanen antas enligt\n\
               1 § 2 Tillsynen gäller.\n\n2 § 12 Budget\n\nBeslut\nBudgeten antas.\n";
    assert_eq!(numbers(src), [11, 12]);
}

#[test]
fn an_agenda_items_bare_number_after_the_heads() {
    for head in [
        "§ {n} {i} {t}",
        "§ {n} ({i}) {t}",
        "§ {n}\t{i}\t{t}",
        "**§ {n} {i} {t}**",
    ] {
        let got = three_heads(|n, i, t| {
            head.replace("{n}", &n.to_string())
                .replace("{i}", &i.to_string())
                .replace("{t}", t)
        });
        assert_eq!(got, numbered("§ N"), "{head}");
    }
    let got = three_heads(|n, i, t| format!("§ {n} {i} Dnr KS 2025/{n} {t}"));
    assert_eq!(got, numbered("§ N"));
    // The title's span leaves the item number out.
    let src = "Protokoll\n\n§ 12 2 Budget 2026\n\nText.\n\n§ 13 3 Information\n\nText.\n";
    let d = crate::parse(src);
    assert_eq!(d.paragraphs[0].title_span.unwrap().of(src), "Budget 2026");
    // Digits an OCR split (`§ 1 2 Title` for § 12) give no paragraph 1
    // where the numbering does not go on through it.
    let src = "Protokoll\n\n§ 11 Detaljplan\n\nText.\n\n§ 1 2 Budget\n\nText.\n\n§ 13 Information\n\nText.\n";
    assert_eq!(numbers(src), [11, 13]);
    // A number that runs on in small letters is no item's.
    let src = "Protokoll\n\n§ 11 Detaljplan\n\nText.\n\n§ 12 3 st. gäller.\n\nMer text.\n";
    assert_eq!(numbers(src), [11]);
}

#[test]
fn a_lone_head_over_a_paragraphs_parts_is_an_extract() {
    let body = "Förvaltningen föreslår en ombyggnad enligt § 12 i reglementet.\n\n\
                Beslutsunderlag\nTjänsteskrivelse 2025-02-10\n\n\
                Beslut\nNämnden beslutar att godkänna ombyggnaden.\n";
    for head in [
        "§ 34 Ombyggnad av förskolan\n",
        "§ 34 Ombyggnad av förskolan\nDnr BUN 2025/41\n",
        "Barn- och utbildningsnämnden\n§ 34 Ombyggnad av förskolan\n",
        // However the head is written.
        "BUN § 34 Ombyggnad av förskolan\n",
        "34 § Ombyggnad av förskolan\n",
        "34 §. Ombyggnad av förskolan\n",
        "Barn- och utbildningsnämnden § 34 Ombyggnad av förskolan\n",
        "1. § 34 Ombyggnad av förskolan\n",
    ] {
        let src = format!("{head}\n{body}");
        let d = crate::parse(&src);
        let got: Vec<(u32, &str)> = d
            .paragraphs
            .iter()
            .map(|p| (p.number, p.title.as_str()))
            .collect();
        assert_eq!(got, [(34, "Ombyggnad av förskolan")], "{head}");
        assert_eq!(
            d.kind,
            crate::model::DocumentKind::ProtocolExtract,
            "{head}"
        );
    }
    // The first of an extract's few paragraphs, numbered apart.
    let src = format!("§ 34 Ombyggnad av förskolan\n\n{body}\n§ 40 Skolskjuts\n\n{body}");
    assert_eq!(numbers(&src), [34, 40]);
    // No part below it, a sentence, or a head under a page of text: no
    // paragraph.
    for src in [
        "§ 34 Ombyggnad av förskolan\n\nFörvaltningen föreslår en ombyggnad.\n".to_string(),
        format!("§ 34 Kommunallagen anger att nämnden ska föra protokoll.\n\n{body}"),
        format!(
            "Tjänsteskrivelse\n\nBakgrund\nEn lång text om ärendet som förvaltningen har skrivit, med flera meningar i rad.\n\
             Mer text.\nÄnnu mer text.\nSista raden.\n§ 34 Ombyggnad av förskolan\n\n{body}"
        ),
    ] {
        assert!(crate::parse(&src).paragraphs.is_empty(), "{src}");
    }
}

#[test]
fn a_case_number_in_a_column_after_the_title() {
    for head in [
        "§ {n}\t{t}\tKS 2025/{n}",
        "§ {n}\t{t}\tDnr KS 2025/{n}",
        "| § {n} | {t} | KS 2025/{n} |",
        "§ {n}      {t}      KS 2025/{n}",
        "§ {n} {t} Ärendenr KS 2025/{n}",
        "§ {n} Ärendenummer: KS 2025/{n} {t}",
        "§ {n} {t} – KS 2025/{n}",
    ] {
        let src = format!(
            "Protokoll\n\n{}\n\nBeslut\nNämnden beslutar att anta budgeten.\n",
            head.replace("{n}", "12").replace("{t}", "Budget 2026")
        );
        let d = crate::parse(&src);
        let got: Vec<(u32, &str, Vec<&str>)> = d
            .paragraphs
            .iter()
            .map(|p| {
                let cases = p.case_numbers.iter().map(|c| c.span.of(&src)).collect();
                (p.number, p.title.as_str(), cases)
            })
            .collect();
        assert_eq!(got, [(12, "Budget 2026", vec!["KS 2025/12"])], "{head}");
        assert_eq!(d.paragraphs[0].title_span.unwrap().of(&src), "Budget 2026");
    }
    // A school year after a dash is the title's.
    let src = "Protokoll\n\n§ 12 Läsårstider – 2025/26\n\nText.\n";
    assert_eq!(
        crate::parse(src).paragraphs[0].title,
        "Läsårstider – 2025/26"
    );
    // A number in the title's own column is the title's.
    let src = "Protokoll\n\n§ 12\tKvarteret Eken 2025/3\n\nText.\n";
    assert_eq!(
        crate::parse(src).paragraphs[0].title,
        "Kvarteret Eken 2025/3"
    );
}

#[test]
fn the_agenda_items_number_in_a_column_before_the_heads() {
    for head in [
        "Ärende {i}\t§ {n}\t{t}",
        "Punkt {i}\t§ {n}\t{t}",
        "{i}.\t§ {n}\t{t}",
        "| {i} | § {n} | {t} |",
    ] {
        let got = three_heads(|n, i, t| {
            head.replace("{n}", &n.to_string())
                .replace("{i}", &i.to_string())
                .replace("{t}", t)
        });
        assert_eq!(got, numbered("§ N"), "{head}");
    }
    // Rows of a contents table written so are not heads.
    let src = "Protokoll\n\nÄrende 1\t§ 11\tDetaljplan\nÄrende 2\t§ 12\tBudget\n\nText.\n";
    assert!(numbers(src).is_empty());
}

#[test]
fn a_head_repeated_over_its_continuation_is_no_paragraph() {
    for again in [
        "§ 12 Budget 2026, forts.",
        "§ 12 Budget 2026 (forts)",
        "§ 12 Budget 2026 – fortsättning",
    ] {
        let src = format!(
            "Protokoll\n\n§ 11 Detaljplan\n\nBeslut\nNämnden beslutar att anta planen.\n\n\
             § 12 Budget 2026\n\nÄrendet\nFörvaltningen har tagit fram ett förslag.\n\n\
             {again}\n\nBeslut\nNämnden beslutar att anta budgeten.\n\n§ 13 Information\n\nText.\n"
        );
        let d = crate::parse(&src);
        let got: Vec<(u32, &str)> = d
            .paragraphs
            .iter()
            .map(|p| (p.number, p.title.as_str()))
            .collect();
        assert_eq!(
            got,
            [(11, "Detaljplan"), (12, "Budget 2026"), (13, "Information")],
            "{again}"
        );
        assert!(d.paragraphs[1].decision.is_some(), "{again}");
    }
}

#[test]
fn the_number_in_the_right_margin_after_the_title() {
    for head in [
        "{t}          § {n}",
        "{t}\t§ {n}",
        "## {t} § {n}",
        "| {t} | § {n} |",
    ] {
        let got = three_heads(|n, _, t| head.replace("{n}", &n.to_string()).replace("{t}", t));
        assert_eq!(got, numbered("§ N"), "{head}");
    }
    // A contents list written so, and a citation ending a line of text
    // after a wide gap, are no heads; the body's heads after the list are.
    let src = "Protokoll\n\nInnehåll\nDetaljplan          § 11\nBudget 2026          § 12\n\n\
               Detaljplan          § 11\n\nBeslut\nNämnden beslutar att anta planen.\n\n\
               Budget 2026          § 12\n\nÄrendet\nFörslaget följer kommunallagen   § 11\n\n\
               Beslut\nNämnden beslutar att anta budgeten.\n";
    let d = crate::parse(src);
    let got: Vec<(u32, &str)> = d
        .paragraphs
        .iter()
        .map(|p| (p.number, p.title.as_str()))
        .collect();
    assert_eq!(got, [(11, "Detaljplan"), (12, "Budget 2026")]);
    let src = "Protokoll\n\nDetaljplan          § 11\nBudget 2026          § 12\nInformation          § 13\n\nText.\n";
    assert!(numbers(src).is_empty());
}

#[test]
fn citations_set_off_on_lines_of_their_own_stay_text() {
    let citations = "enligt § 12 i reglementet gäller detta.\n\n\
                     14 § kommunallagen gäller här\n\n6 kap. 38 § KL\n\n\
                     Paragraf 8 i förbundsordningen anger villkoren\n\n\
                     12 §. Denna ordning gäller för nämnden\n\n\
                     1. § 12 i taxan gäller.\n\nEnligt avtalet          § 12\n\n";
    for head in [
        "§ {n} {t}",
        "{n} §. {t}",
        "1. § {n} {t}",
        "{t}          § {n}",
    ] {
        let h = |n: u32, t: &str| head.replace("{n}", &n.to_string()).replace("{t}", t);
        let src = format!(
            "Protokoll\n\n{}\n\nBeslut\nNämnden beslutar att anta planen.\n\n{citations}{}\n\n\
             Beslut\nNämnden beslutar att anta budgeten.\n",
            h(11, "Detaljplan"),
            h(12, "Budget 2026")
        );
        let d = crate::parse(&src);
        let got: Vec<(u32, &str)> = d
            .paragraphs
            .iter()
            .map(|p| (p.number, p.title.as_str()))
            .collect();
        assert_eq!(got, [(11, "Detaljplan"), (12, "Budget 2026")], "{head}");
    }
}

#[test]
fn a_page_named_by_its_stamp_alone_also_under_a_page_mark() {
    // An attachment page that is one paragraph, named only by the stamp
    // on its first line; a converter puts its page mark above that line.
    let page = "§ 56, KF 2012-03-15 10:00 / §:s bilaga: Kommunstyrelsen 2012-01-24 § 25\n\n\
                Motion om badplats vid sjön\n\nKommunstyrelsen\n\n\
                Kommunstyrelsen beslutar att föreslå fullmäktige att avslå motionen.\n";
    for mark in ["", "<!-- sida 1 -->\n\n"] {
        assert_eq!(
            read(&format!("{mark}{page}")),
            expect(&[(25, "§ 25", "Motion om badplats vid sjön")]),
            "{mark}"
        );
    }
}

#[test]
fn the_number_before_the_sign_over_a_title_wrapped_after_a_word_it_goes_on_from() {
    let src = "Protokoll\n\n\
               56 § Sammanträdets öppnande, dagordningens fastställande och val av\n\
               justeringsperson\n\n\
               Ordföranden öppnade mötet.\n\n\
               57 § Föregående protokoll\n\n\
               Protokollet lades till handlingarna.\n";
    assert_eq!(
        read(src),
        expect(&[
            (
                56,
                "56 §",
                "Sammanträdets öppnande, dagordningens fastställande och val av justeringsperson"
            ),
            (57, "57 §", "Föregående protokoll"),
        ])
    );
    // A statute's section quoted in a paragraph runs on into a sentence.
    let quoted = format!(
        "{src}\nFörbundsordningen lyder:\n\n\
                  1 § Förbundet ansvarar för räddningstjänsten i\n\
                  medlemskommunerna.\n\n\
                  2 § Förbundets säte är Sundsvall.\n"
    );
    assert_eq!(numbers(&quoted), [56, 57]);
}
