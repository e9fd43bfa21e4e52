//! Heads as other municipalities write them: the sign as a word
//! (`Paragraf 12`), the matter's word before it (`Ärende 12 §`), emphasis
//! around the marker, an agenda's item number or a case number beside the
//! title, the number before the sign in more layouts.

use super::{expect, read};

/// Heads for §§ 11-13 written by `head(n, title)`, each over a decision:
/// the paragraphs read (number, number as written, title).
fn three_heads(head: impl Fn(u32, &str) -> String) -> Vec<(u32, String, String)> {
    let src = format!(
        "Protokoll\n\n{}\n\nBeslut\nNämnden beslutar att anta planen.\n\n\
         {}\n\nBeslut\nNämnden beslutar att anta budgeten.\n\n\
         {}\n\nBeslut\nNämnden beslutar att lägga informationen till handlingarna.\n",
        head(11, "Detaljplan för Ekbacken"),
        head(12, "Budget 2026"),
        head(13, "Information")
    );
    read(&src)
}

#[test]
fn the_sign_written_as_a_word() {
    for word in ["Paragraf", "PARAGRAF"] {
        assert_eq!(
            three_heads(|n, t| format!("{word} {n} {t}")),
            expect(&[
                (11, &format!("{word} 11"), "Detaljplan för Ekbacken"),
                (12, &format!("{word} 12"), "Budget 2026"),
                (13, &format!("{word} 13"), "Information"),
            ]),
            "{word}"
        );
    }
    // The word in a sentence, after a body or with a year is a citation.
    for line in [
        "Paragraf 12 i förbundsordningen anger att direktionen beslutar.",
        "paragraf 12 Budget",
        "Paragraf 12, se ovan",
        "Paragraf 12/2024 Budget",
        "Paragrafer 12 Budget",
    ] {
        let src = format!("Protokoll\n\n§ 11 Detaljplan\n\nText.\n\n{line}\n\nMer text.\n");
        let got: Vec<u32> = crate::parse(&src)
            .paragraphs
            .iter()
            .map(|p| p.number)
            .collect();
        assert_eq!(got, [11], "{line}");
    }
}

#[test]
fn the_matters_word_before_the_marker() {
    assert_eq!(
        three_heads(|n, t| format!("Ärende {n} § {t}")),
        expect(&[
            (11, "Ärende 11 §", "Detaljplan för Ekbacken"),
            (12, "Ärende 12 §", "Budget 2026"),
            (13, "Ärende 13 §", "Information"),
        ])
    );
    assert_eq!(
        three_heads(|n, t| format!("Ärende § {n} {t}"))[1],
        (12, "Ärende § 12".into(), "Budget 2026".into())
    );
    // A matter named in a sentence is no head.
    let src = "Protokoll\n\n§ 11 Detaljplan\n\nText.\n\nÄrende 12 § enligt lagen.\n\nMer text.\n";
    let got: Vec<u32> = crate::parse(src)
        .paragraphs
        .iter()
        .map(|p| p.number)
        .collect();
    assert_eq!(got, [11]);
}

#[test]
fn an_agenda_items_number_before_the_title() {
    for sep in [". ", ") "] {
        assert_eq!(
            three_heads(|n, t| format!("§ {n} {}{sep}{t}", n - 10)),
            expect(&[
                (11, "§ 11", "Detaljplan för Ekbacken"),
                (12, "§ 12", "Budget 2026"),
                (13, "§ 13", "Information"),
            ]),
            "{sep}"
        );
    }
    // After a separator too: `§ 11. 1. Title`, `§ 11 – 1. Title`.
    for sep in [". ", " – ", ": "] {
        assert_eq!(
            three_heads(|n, t| format!("§ {n}{sep}{}. {t}", n - 10))[1],
            (12, "§ 12".into(), "Budget 2026".into()),
            "{sep}"
        );
    }
    let src = "Protokoll\n\n## § 12 2. Budget 2026\n\nText.\n";
    let d = crate::parse(src);
    assert_eq!(d.paragraphs[0].title_span.unwrap().of(src), "Budget 2026");
    let src = "Protokoll\n\n## § 12. 2. Budget 2026\n\nText.\n";
    let d = crate::parse(src);
    assert_eq!(d.paragraphs[0].title_span.unwrap().of(src), "Budget 2026");
    // A number that runs on in small letters is no agenda item's.
    let src = "Protokoll\n\n§ 11 Detaljplan\n\nText.\n\n§ 12 2. att anta planen\n\nMer text.\n";
    let got: Vec<u32> = crate::parse(src)
        .paragraphs
        .iter()
        .map(|p| p.number)
        .collect();
    assert_eq!(got, [11]);
}

#[test]
fn emphasis_around_the_marker() {
    for (open, close) in [("_", "_"), ("*", "*"), ("**", "**")] {
        let got = three_heads(|n, t| format!("{open}§ {n}{close} {t}"));
        assert_eq!(
            got,
            expect(&[
                (11, "§ 11", "Detaljplan för Ekbacken"),
                (12, "§ 12", "Budget 2026"),
                (13, "§ 13", "Information"),
            ]),
            "{open}"
        );
    }
    let src = "Protokoll\n\n_§ 12 Budget 2026_\n\nText.\n\n_§ 13_ Information\n\nText.\n";
    let d = crate::parse(src);
    let titles: Vec<&str> = d.paragraphs.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["Budget 2026", "Information"]);
    assert_eq!(d.paragraphs[1].title_span.unwrap().of(src), "Information");
    // A footnote's star after a cited number is no emphasis.
    let src = "Protokoll\n\n§ 11 Detaljplan\n\nText.\n\nenligt § 12* Budget\n\nMer text.\n";
    let got: Vec<u32> = crate::parse(src)
        .paragraphs
        .iter()
        .map(|p| p.number)
        .collect();
    assert_eq!(got, [11]);
}

#[test]
fn a_title_after_a_case_number_and_a_dash() {
    let src = "Protokoll\n\n§ 11 Dnr 2025/11 - e-tjänster för bygglov\n\nText.\n\n\
               § 12 Dnr SN 2025/12 – Budget 2026\n\nText.\n";
    let d = crate::parse(src);
    let got: Vec<(&str, &str, Vec<&str>)> = d
        .paragraphs
        .iter()
        .map(|p| {
            let cases = p.case_numbers.iter().map(|c| c.text.as_str()).collect();
            (
                p.title.as_str(),
                p.title_span.map_or("", |s| s.of(src)),
                cases,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "e-tjänster för bygglov",
                "e-tjänster för bygglov",
                vec!["2025/11"]
            ),
            ("Budget 2026", "Budget 2026", vec!["SN 2025/12"]),
        ]
    );
    // A code or more numbers after the dash are no title.
    let d = crate::parse(
        "Protokoll\n\n§ 11 Dnr 2025/11 - 200\n\nBeslut\nText.\n\n\
         § 12 Dnr 2025/12 - 2025-03-01\n\nBeslut\nText.\n",
    );
    let titles: Vec<&str> = d.paragraphs.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["", ""]);
}

#[test]
fn the_number_before_the_sign_over_a_sentence() {
    for marker in ["{n} §", "{n}§", "Ärende {n} §"] {
        let src = format!(
            "Protokoll\n\n{} Detaljplan\nNämnden beslutar att anta planen.\n\n\
             {} Budget 2026\nNämnden beslutar att anta budgeten.\n\n\
             Förbundsordningen får en ny lydelse:\n\n\
             1 § Förbundets namn är Räddningstjänsten Norrdal.\n\
             2 § Förbundet har till uppgift att svara för\nräddningstjänst i medlemskommunerna.\n\n\
             3 § Förbundets organ\nDirektionen är förbundets beslutande organ.\n\n\
             {} Information\nNämnden lägger informationen till handlingarna.\n",
            marker.replace("{n}", "11"),
            marker.replace("{n}", "12"),
            marker.replace("{n}", "13"),
        );
        let got: Vec<(u32, String)> = read(&src).into_iter().map(|(n, _, t)| (n, t)).collect();
        assert_eq!(
            got,
            [
                (11, "Detaljplan".to_string()),
                (12, "Budget 2026".to_string()),
                (13, "Information".to_string())
            ],
            "{marker}"
        );
    }
}

#[test]
fn a_case_number_after_the_title_on_the_heads_line() {
    let src = "Protokoll\n\n§ 11 Val av justerare Dnr 2025/11\n\nText.\n\n\
               § 12 Budget 2026, dnr SN 2025/12\n\nText.\n\n\
               § 13 Detaljplan – Diarienummer: KS 2025/13\n\nText.\n\n\
               § 14 Rutiner för dnr och arkiv\n\nText.\n\n\
               § 15 Svar på remiss Dnr 2025/15 från Länsstyrelsen\n\nText.\n";
    let d = crate::parse(src);
    let got: Vec<(&str, &str, Vec<&str>)> = d
        .paragraphs
        .iter()
        .map(|p| {
            let cases = p.case_numbers.iter().map(|c| c.span.of(src)).collect();
            (
                p.title.as_str(),
                p.title_span.map_or("", |s| s.of(src)),
                cases,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Val av justerare", "Val av justerare", vec!["2025/11"]),
            ("Budget 2026", "Budget 2026", vec!["SN 2025/12"]),
            ("Detaljplan", "Detaljplan", vec!["KS 2025/13"]),
            // No number after the word, or words after the number: the title's.
            (
                "Rutiner för dnr och arkiv",
                "Rutiner för dnr och arkiv",
                vec![]
            ),
            (
                "Svar på remiss Dnr 2025/15 från Länsstyrelsen",
                "Svar på remiss Dnr 2025/15 från Länsstyrelsen",
                vec![]
            ),
        ]
    );
}

#[test]
fn the_sign_as_a_word_alone_over_its_title_is_no_page_header() {
    // `Paragraf N` alone on its line comes back with every paragraph, as a
    // page header does (numbers aside): it is a head all the same.
    let mut src = String::from(
        "Socialnämnden\nProtokoll 2025-03-11\n\nLedamöter\nAnna Ek (S)\nBo Lind (M)\n\n",
    );
    for (n, title) in [
        (11, "Val av justerare"),
        (12, "Budget 2026"),
        (13, "Detaljplan"),
    ] {
        src.push_str(&format!(
            "## Paragraf {n}\n\n{title}\n\nBeslut\nNämnden beslutar att godkänna förslaget.\n\n"
        ));
    }
    let got: Vec<(u32, String)> = read(&src).into_iter().map(|(n, _, t)| (n, t)).collect();
    assert_eq!(
        got,
        [
            (11, "Val av justerare".to_string()),
            (12, "Budget 2026".to_string()),
            (13, "Detaljplan".to_string())
        ]
    );
}

#[test]
fn the_number_before_the_sign_set_as_a_heading() {
    for (open, close) in [("## ", ""), ("**", "**")] {
        let src = format!(
            "Protokoll\n\n{open}11 § Detaljplan{close}\n\nNämnden beslutar att anta planen.\n\n\
             {open}12 § Budget 2026{close}\n\nNämnden beslutar att anta reglementet:\n\n\
             **1 § Nämndens uppgifter**\n\nNämnden ansvarar för bygglov.\n\n\
             **2 § Sammansättning**\n\nNämnden har fem ledamöter.\n\n\
             {open}13 § Information{close}\n\nNämnden lägger informationen till handlingarna.\n"
        );
        assert_eq!(
            read(&src),
            expect(&[
                (11, "11 §", "Detaljplan"),
                (12, "12 §", "Budget 2026"),
                (13, "13 §", "Information"),
            ]),
            "{open}"
        );
    }
}

#[test]
fn an_agenda_items_number_before_the_title_below_the_head() {
    for (head, title) in [
        ("§ {n}", "{k}. {t}"),
        ("**§ {n}**", "**{k}. {t}**"),
        ("## § {n}", "### {k}. {t}"),
    ] {
        let got = three_heads(|n, t| {
            let k = (n - 10).to_string();
            format!(
                "{}\n\n{}",
                head.replace("{n}", &n.to_string()),
                title.replace("{k}", &k).replace("{t}", t)
            )
        });
        let titles: Vec<&str> = got.iter().map(|(_, _, t)| t.as_str()).collect();
        assert_eq!(
            titles,
            ["Detaljplan för Ekbacken", "Budget 2026", "Information"],
            "{head}"
        );
    }
    let src = "Protokoll\n\n§ 12\n\n2. Budget 2026\n\nBeslut\nText.\n";
    let d = crate::parse(src);
    assert_eq!(d.paragraphs[0].title_span.unwrap().of(src), "Budget 2026");
    // A case number ending the title below is the paragraph's, not the title's.
    for below in [
        "2. Budget 2026 Dnr 2025/12",
        "### 2. Budget 2026, dnr 2025/12",
    ] {
        let src = format!("Protokoll\n\n## § 12\n\n{below}\n\nBeslut\nText.\n");
        let d = crate::parse(&src);
        let p = &d.paragraphs[0];
        let cases: Vec<&str> = p.case_numbers.iter().map(|c| c.span.of(&src)).collect();
        assert_eq!(
            (p.title.as_str(), cases),
            ("Budget 2026", vec!["2025/12"]),
            "{below}"
        );
        assert_eq!(p.title_span.unwrap().of(&src), "Budget 2026");
    }
    // A decision's points under a head with no title are no title.
    for body in [
        "1. Nämnden beslutar att anta planen.\n2. Nämnden beslutar att anta budgeten.",
        "1. Anta planen\n2. Anta budgeten",
    ] {
        let d = crate::parse(&format!("Protokoll\n\n§ 12\n\n{body}\n"));
        assert_eq!(d.paragraphs[0].title, "", "{body}");
    }
}

#[test]
fn the_number_closed_by_a_point_or_a_colon() {
    for head in ["§ {n}.\n", "**§ {n}.** ", "## § {n}.\n\n", "**§ {n}:** "] {
        let got = three_heads(|n, t| format!("{}{t}", head.replace("{n}", &n.to_string())));
        assert_eq!(
            got,
            expect(&[
                (11, "§ 11", "Detaljplan för Ekbacken"),
                (12, "§ 12", "Budget 2026"),
                (13, "§ 13", "Information"),
            ]),
            "{head}"
        );
    }
    // A citation wrapped before its number is no head.
    let src = "Protokoll\n\n§ 11 Detaljplan\n\nNämnden beslutar i enlighet med kommunstyrelsens beslut\n§ 12.\nPlanen antas.\n";
    let got: Vec<u32> = crate::parse(src)
        .paragraphs
        .iter()
        .map(|p| p.number)
        .collect();
    assert_eq!(got, [11]);
}

#[test]
fn a_dash_after_the_number_before_the_sign() {
    for head in ["{n} § – {t}", "{n} § - {t}", "## {n} § – {t}"] {
        let got = three_heads(|n, t| head.replace("{n}", &n.to_string()).replace("{t}", t));
        let titles: Vec<(u32, &str)> = got.iter().map(|(n, _, t)| (*n, t.as_str())).collect();
        assert_eq!(
            titles,
            [
                (11, "Detaljplan för Ekbacken"),
                (12, "Budget 2026"),
                (13, "Information")
            ],
            "{head}"
        );
    }
    // An older statute's `1 §. Text` is no head, numbered on or not.
    let src = "Protokoll\n\n§ 11 Detaljplan\n\nText.\n\n12 §. Denna ordning gäller för nämnden\n\nMer text.\n";
    let got: Vec<u32> = crate::parse(src)
        .paragraphs
        .iter()
        .map(|p| p.number)
        .collect();
    assert_eq!(got, [11]);
}

/// A dash between the marker and the title written as two hyphens or an
/// em dash, or after a body's name before the sign (`KS § 12 - Title`):
/// the title without it. Near miss: `§ 12 -- i taxan` runs on in small
/// letters, a reference's.
#[test]
fn a_dash_of_any_length_after_any_marker() {
    for head in [
        "§ {n} -- {t}",
        "§ {n} --- {t}",
        "§ {n} — {t}",
        "## § {n} -- {t}",
        "**§ {n} -- {t}**",
        "KS § {n} - {t}",
        "KS § {n} -- {t}",
        "KS § {n}: {t}",
        "Kommunstyrelsen § {n} – {t}",
    ] {
        let got = three_heads(|n, t| head.replace("{n}", &n.to_string()).replace("{t}", t));
        let titles: Vec<(u32, &str)> = got.iter().map(|(n, _, t)| (*n, t.as_str())).collect();
        assert_eq!(
            titles,
            [
                (11, "Detaljplan för Ekbacken"),
                (12, "Budget 2026"),
                (13, "Information")
            ],
            "{head}"
        );
    }
    let src = "Protokoll\n\n§ 11 Detaljplan\n\nText.\n\n§ 12 -- i taxan gäller\n\nMer text.\n";
    let got: Vec<u32> = crate::parse(src)
        .paragraphs
        .iter()
        .map(|p| p.number)
        .collect();
    assert_eq!(got, [11]);
}

/// A text layer that lost the line break after the title (`§ 88 Val av
/// justerare Socialnämnden beslutar ...`, `§ 89 Budget 2026 Ärendet
/// Förvaltningen har ...`) or the space after the number (`§21Val av
/// justerare`): the title alone, the text the paragraph's. Near misses:
/// a title with proper names and no sentence after it stays whole.
#[test]
fn a_title_glued_to_its_number_or_to_the_text() {
    use crate::parse::head_title::runs_on_at;
    fn cut(t: &str) -> Option<&str> {
        runs_on_at(t).map(|k| t[..k].trim_end())
    }
    assert_eq!(
        cut("Val av justerare Socialnämnden beslutar att utse Mona Dahl."),
        Some("Val av justerare")
    );
    assert_eq!(
        cut("Budget 2026 Ärendet Förvaltningen har tagit fram en budget"),
        Some("Budget 2026")
    );
    assert_eq!(
        cut("Budget 2026 Dnr KS 2025/12 Nämnden beslutar att anta budgeten."),
        Some("Budget 2026 Dnr KS 2025/12")
    );
    assert_eq!(
        cut("Motion om Parken i Norrby från Karl Ohlin (M) Nämnden beslutar att avslå motionen."),
        Some("Motion om Parken i Norrby från Karl Ohlin (M)")
    );
    for t in [
        "Detaljplan för Norra Hamnen",
        "Information från Räddningstjänsten Syd",
        "Motion om Parken i Norrby från Karl Ohlin (M)",
        "Val av justerare",
    ] {
        assert_eq!(cut(t), None, "{t}");
    }
    let got = three_heads(|n, t| format!("§{n}{t}"));
    let titles: Vec<(u32, &str)> = got.iter().map(|(n, _, t)| (*n, t.as_str())).collect();
    assert_eq!(
        titles,
        [
            (11, "Detaljplan för Ekbacken"),
            (12, "Budget 2026"),
            (13, "Information")
        ]
    );
    let src = "Protokoll\n\n§ 11 Val av justerare Nämnden beslutar att utse Eva Ek att justera protokollet.\n\n\
               § 12 Budget 2026 Ärendet Förvaltningen har tagit fram en budget för nästa år och\n\
               föreslår att den antas.\n\nBeslut\nNämnden antar budgeten.\n";
    let doc = crate::parse(src);
    let got: Vec<(u32, &str)> = doc
        .paragraphs
        .iter()
        .map(|p| (p.number, p.title.as_str()))
        .collect();
    assert_eq!(got, [(11, "Val av justerare"), (12, "Budget 2026")]);
    let src = "Protokoll\n\n§ 11 Budget 2026 Dnr KS 2025/12 Nämnden beslutar att anta budgeten.\n";
    let one = crate::parse(src);
    let p = &one.paragraphs[0];
    assert_eq!(p.title, "Budget 2026");
    assert_eq!(p.case_numbers[0].text, "KS 2025/12");
    assert!(p
        .decision
        .as_ref()
        .is_some_and(|d| d.text.starts_with("Nämnden beslutar")));
    assert!(doc.paragraphs[0]
        .decision
        .as_ref()
        .is_some_and(|d| d.text.starts_with("Nämnden beslutar att utse")));
    assert!(doc.paragraphs[1]
        .parts
        .iter()
        .any(|p| p.text.starts_with("Förvaltningen har") && p.text.ends_with("antas.")));
}

/// A committee's letters in small letters after the body's (`Ks au § 12`,
/// `Sn iu § 12`), the case number in the left column and the sign in the
/// right (`Dnr KS 2025/41          § 12` over the title), the page's counter
/// on the head's line (`§ 12 Title          Sida 3 (9)`): each title read.
/// Near misses: `Ks au § 12/2025 behandlade ...` cites, and a title ending
/// in a number in brackets with no gap before it keeps it.
#[test]
fn committee_letters_a_case_number_column_and_a_page_counter() {
    for head in [
        "Ks au § {n} {t}",
        "Sn iu § {n} {t}",
        "Dnr KS 2025/{n}          § {n}\n{t}",
        "KS 2025/{n}\t§ {n}\n\n{t}",
        "§ {n} {t}          Sida 3 (9)",
        "§ {n} {t} Sida 3 av 9",
        "§ {n} {t}          3 (9)",
        "§ {n}          Sida 3 (9)\n{t}",
        "§ {n}, Dnr KS 2025/{n}\n{t}",
        "{t}\n§ {n}          Sida 3 (9)",
    ] {
        let got = three_heads(|n, t| head.replace("{n}", &n.to_string()).replace("{t}", t));
        let titles: Vec<(u32, &str)> = got.iter().map(|(n, _, t)| (*n, t.as_str())).collect();
        assert_eq!(
            titles,
            [
                (11, "Detaljplan för Ekbacken"),
                (12, "Budget 2026"),
                (13, "Information")
            ],
            "{head}"
        );
    }
    let src = "Protokoll\n\nKs au § 11 Budget\n\nText.\n\nKs au § 12/2025 behandlade ärendet.\n\n\
               § 12 Etapp 1 (3)\n\nBeslut\nNämnden beslutar.\n";
    let got: Vec<(u32, String)> = crate::parse(src)
        .paragraphs
        .into_iter()
        .map(|p| (p.number, p.title))
        .collect();
    assert_eq!(
        got,
        [(11, "Budget".to_string()), (12, "Etapp 1 (3)".to_string())]
    );
}

/// `Val av justerare` / `§ 12`: the title on the line above a head that
/// stands alone, set off above, no title below. Near misses: the last line
/// of the paragraph before, right over the head, stays its text; a title
/// below the head is the title.
#[test]
fn the_title_on_the_line_above_its_number() {
    for head in [
        "{t}\n§ {n}",
        "{t}\n§ {n}\nDnr KS 2025/{n}",
        "**{t}**\n**§ {n}**",
    ] {
        let got = three_heads(|n, t| head.replace("{n}", &n.to_string()).replace("{t}", t));
        let titles: Vec<(u32, &str)> = got.iter().map(|(n, _, t)| (*n, t.as_str())).collect();
        assert_eq!(
            titles,
            [
                (11, "Detaljplan för Ekbacken"),
                (12, "Budget 2026"),
                (13, "Information")
            ],
            "{head}"
        );
    }
    let src = "Protokoll\n\n§ 11\nDetaljplan\n\nBeslut\nNämnden antar planen\nBeslutet skickas till\nPlanenheten\n§ 12\nBudget\n\n\
               Beslut\nNämnden antar budgeten.\n";
    let doc = crate::parse(src);
    let got: Vec<(u32, &str)> = doc
        .paragraphs
        .iter()
        .map(|p| (p.number, p.title.as_str()))
        .collect();
    assert_eq!(got, [(11, "Detaljplan"), (12, "Budget")]);
    assert!(doc.paragraphs[0]
        .parts
        .iter()
        .any(|p| p.text.contains("Planenheten")));
    // A page's header naming the body over a head with no title is none.
    let src = "Protokoll\n\n§ 11 Detaljplan\n\nBeslut\nNämnden antar planen.\n\n\
               Kommunstyrelsen\n§ 12\n\nBeslut\nNämnden antar budgeten.\n";
    let titles: Vec<String> = crate::parse(src)
        .paragraphs
        .into_iter()
        .map(|p| p.title)
        .collect();
    assert_eq!(titles, ["Detaljplan", ""]);
}
