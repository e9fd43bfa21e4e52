//! A head's case number and title, read from invented heads.

use super::*;

/// [`case_label`] against its plain reading (the word's letters in
/// lower case, collected): every character before `nr` and `rendenr`,
/// and generated words.
#[test]
fn case_label_is_the_lowered_word() {
    let plain = |t: &str| {
        let w: String = t
            .chars()
            .take_while(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        matches!(
            w.as_str(),
            "dnr" | "diarienummer" | "diarienr" | "ärendenr" | "ärendenummer"
        )
    };
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        for rest in ["nr", "rendenr", "iarienummer", "iarienr"] {
            let t = format!("{c}{rest} 12");
            assert_eq!(case_label(&t), plain(&t), "{t:?}");
        }
    }
    let pieces = [
        "d", "D", "ä", "Ä", "nr", "NR", "iarie", "nummer", "rende", "İ", "ẞ", " ", ":", "1",
    ];
    let mut rng = crate::testing::Rng::new(0x510e_527f_ade6_82d1);
    let mut yes = 0;
    for _ in 0..40_000 {
        let t = rng.pieces(&pieces, 6);
        assert_eq!(case_label(&t), plain(&t), "{t:?}");
        yes += usize::from(plain(&t));
    }
    assert!(yes > 100, "{yes}");
}

/// Each paragraph's number, title and case numbers as written.
fn heads<'a>(d: &'a crate::model::Document, src: &'a str) -> Vec<(u32, &'a str, Vec<&'a str>)> {
    d.paragraphs
        .iter()
        .map(|p| {
            let cases = p.case_numbers.iter().map(|c| c.span.of(src)).collect();
            (p.number, p.title.as_str(), cases)
        })
        .collect()
}

#[test]
fn a_case_number_in_parentheses_after_the_number() {
    let src = "§ 12 (2022-000123) Detaljplan för Ekbacken\n\nBeslut\n\nNämnden beslutar att anta planen.\n\n\
        § 13 Dnr 2022-000124 Budget 2023\n\nBeslut\n\nNämnden beslutar att fastställa budgeten.\n\n\
        § 14 (Dnr 2022-125) Remiss om vatten\n\nNämnden beslutar att svara.\n\n\
        **§ 15 (KS 2022/45) Val av ombud**\n\nNämnden beslutar att utse Karin Lund.\n";
    let d = crate::parse(src);
    let got = heads(&d, src);
    assert_eq!(
        got,
        vec![
            (12, "Detaljplan för Ekbacken", vec!["2022-000123"]),
            (13, "Budget 2023", vec!["2022-000124"]),
            (14, "Remiss om vatten", vec!["2022-125"]),
            (15, "Val av ombud", vec!["KS 2022/45"]),
        ]
    );
    assert_eq!(
        d.paragraphs[0].title_span.unwrap().of(src),
        "Detaljplan för Ekbacken"
    );
    // Not a case number in parentheses: a date, words, a reference.
    assert_eq!(after_case_number("(2022-05-10) Budget"), None);
    assert_eq!(after_case_number("(forts.) Budget"), None);
    assert_eq!(after_case_number("(KS 2022/45 och 46) Budget"), None);
    assert_eq!(
        after_case_number("Dnr Ks 00-1009 006"),
        Some(("Ks 00-1009", " 006"))
    );
    assert_eq!(
        after_case_number("(Dnr KS 2022/45) Budget"),
        Some(("KS 2022/45", " Budget"))
    );
    for src in [
        "§ 12 (forts.)\n\nText.\n",
        "§ 12 (2022-05-10) Budget\n\nText.\n",
    ] {
        assert!(crate::parse(src).paragraphs.is_empty(), "{src:?}");
    }
}

/// `§ 16 Ks 123/2022`: a body's short name and the number before the
/// year; near misses: a title word before a number (`Budget
/// 2024/2025`, `Val 2022/23`) and a capital word alone.
#[test]
fn a_short_name_and_a_number_before_the_year() {
    let src = "§ 16 Ks 123/2022
Val av revisor

Beslut

Anna Ek väljs.

        § 17 BUN 45/23 Skolskjuts

Beslut

Nämnden beslutar.

        § 18 Budget 2024/2025

Beslut

Budgeten antas.

        § 19 Val 2022/23

Beslut

Nämnden väljer.
";
    let d = crate::parse(src);
    let got = heads(&d, src);
    assert_eq!(
        got,
        vec![
            (16, "Val av revisor", vec!["Ks 123/2022"]),
            (17, "Skolskjuts", vec!["BUN 45/23"]),
            (18, "Budget 2024/2025", vec![]),
            (19, "Val 2022/23", vec![]),
        ]
    );
}

#[test]
fn a_title_after_a_case_number_its_code_and_before_a_stamp() {
    assert_eq!(skip_file_code(" - 200 DELGIVNINGAR"), " DELGIVNINGAR");
    assert_eq!(skip_file_code(" - Delgivningar"), " - Delgivningar");
    assert!(is_title("DELGIVNINGAR MYN 2013-04-04"));
    assert!(is_title("Delgivningar"));
    assert!(is_title("Årsredovisning 2024"));
    assert!(!is_title("KS-16 Diariekod: 101"));
    assert!(!is_title("KS-16"));
    assert!(!is_title("AB"));
    assert_eq!(
        without_stamp("DELGIVNINGAR MYN 2013-04-04", "MYN § 19"),
        "DELGIVNINGAR"
    );
    // Another body's name, or no date: part of the title.
    assert_eq!(
        without_stamp("Yttrande till KS 2013-04-04", "MYN § 19"),
        "Yttrande till KS 2013-04-04"
    );
    assert_eq!(
        without_stamp("Budget MYN 2013", "MYN § 19"),
        "Budget MYN 2013"
    );
    assert_eq!(
        without_stamp("Budget § 2013-04-04", "§ 19"),
        "Budget § 2013-04-04"
    );
}

/// [`may_hold_case_label`] holds of every line whose lower case holds
/// a label: each label with any one character that lowers to one of
/// its letters in that letter's place, and generated lines.
#[test]
fn may_hold_case_label_misses_no_label() {
    let holds = |t: &str| {
        let f = t.to_lowercase();
        CASE_LABELS.iter().any(|l| f.contains(l))
    };
    let letters: Vec<char> = (0..=0x10_FFFF)
        .filter_map(char::from_u32)
        .filter(|c| c.to_lowercase().any(|l| "dnriaeumä".contains(l)))
        .collect();
    for label in CASE_LABELS {
        for (k, _) in label.char_indices().filter(|(_, c)| c.is_alphabetic()) {
            for &c in &letters {
                let mut t = format!("Titel{label}2024/12");
                let len = label[k..].chars().next().unwrap().len_utf8();
                t.replace_range(5 + k..5 + k + len, &c.to_string());
                if holds(&t) {
                    assert!(may_hold_case_label(&t), "{t:?}");
                }
            }
        }
    }
    let pieces = [
        " ", "dnr", "DNR", "Dnr:", "diarie", "NUMMER", "nr", "Ä", "ä", "rende", "x",
    ];
    let mut rng = crate::testing::Rng::new(0x9b05_688c_2b3e_6c1f);
    let mut held = 0;
    for _ in 0..40_000 {
        let t = rng.pieces(&pieces, 12);
        if holds(&t) {
            assert!(may_hold_case_label(&t), "{t:?}");
            held += 1;
        }
    }
    assert!(held > 100, "{held}");
}

#[test]
fn a_case_number_label_ends_a_long_title_line() {
    let t = "Svar på motion om bussar. Ärendenummer 2025/00411 Styrelsen beslutar i enlighet med arbetsutskottets förslag att avslå motionen";
    assert_eq!(
        run_on(t).map(|k| t[..k].trim_end()),
        Some("Svar på motion om bussar.")
    );
    let t = "Svar på motion, Dnr KS 2024/14";
    assert_eq!(
        run_on(t).map(|k| t[..k].trim_end()),
        Some("Svar på motion,")
    );
    // A title about case numbers is no case number.
    assert_eq!(run_on("Rutiner för dnr och arkiv"), None);
    assert_eq!(run_on("Översyn av diarienummer i nämnderna"), None);
}

#[test]
fn a_title_line_that_runs_on_into_the_text() {
    let t = "Godkännande av dagordning Kommunfullmäktiges beslut Dagordningen godkännes.";
    assert_eq!(
        run_on(t).map(|k| &t[..k]),
        Some("Godkännande av dagordning ")
    );
    let t = "Allmänhetens frågestund Inga frågor ställs.";
    assert_eq!(run_on(t).map(|k| &t[..k]), Some("Allmänhetens frågestund "));
    assert_eq!(
        run_on("Fråga om sammanträdet blivit i laga ordning kungjort"),
        None
    );
    assert_eq!(
        run_on("Bidrag till föreningen Ängsbygdens hembygdsgård"),
        None
    );
    assert_eq!(run_on("Motion om fler laddplatser"), None);
}

/// `§130 DnrKS-2025-00098`: the label glued to the number by a text
/// layer that lost the space; near miss: a word opening with the letters
/// (`Dnrummet`) is no label.
#[test]
fn a_case_label_glued_to_its_number() {
    let src = "§130       DnrKS-2025-00098\nÅrsredovisning 2024\n\nBeslut\nKS beslutar.\n\n§ 131 DnrKS-2025-00014 Information\n\nBeslut\nKS noterar.\n";
    let d = crate::parse(src);
    let got = heads(&d, src);
    assert_eq!(
        got,
        vec![
            (130, "Årsredovisning 2024", vec!["KS-2025-00098"]),
            (131, "Information", vec!["KS-2025-00014"]),
        ]
    );
    assert_eq!(after_case_number("Dnrummet 12"), None);
}

/// `SOF 2024/107Beslut`: a case number with the next heading run into
/// it is a case-number line; near misses: a title with a year, a number
/// run into a word that is no heading.
#[test]
fn a_case_number_with_a_heading_run_into_it() {
    assert!(case_number_line("SOF 2024/107Beslut"));
    assert!(case_number_line("Dnr KS 2024/12Yrkanden"));
    assert!(!case_number_line("Budget 2024Beslut"));
    assert!(!case_number_line("SOF 2024/107Budget"));
}

/// `Diarienr: KS-2024/00123` between the head and the title: the case
/// number's line, not the title's first words.
#[test]
fn the_case_number_labelled_diarienr() {
    assert!(case_number_line("Diarienr: KS-2024/00123"));
    assert!(case_number_line("Diarienr KS 2024/123"));
    let src = "Kommunstyrelsen\n\n§ 101\nDiarienr: KS-2024/00123\nDelårsrapport januari–augusti 2024\n\n\
        Beslut\nKommunstyrelsen godkänner rapporten.\n\n§ 102\nDiarienr: KS-2024/00124\nTaxa för bygglov\n\n\
        Beslut\nKommunstyrelsen antar taxan.\n";
    let d = crate::parse(src);
    let got: Vec<(&str, Vec<&str>)> = d
        .paragraphs
        .iter()
        .map(|p| {
            (
                p.title.as_str(),
                p.case_numbers.iter().map(|c| c.text.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Delårsrapport januari–augusti 2024", vec!["KS-2024/00123"]),
            ("Taxa för bygglov", vec!["KS-2024/00124"])
        ]
    );
}

/// The pieces the generated titles below a head are made of.
const AGENDA_PIECES: &[&str] = &[
    "1",
    "12",
    "123",
    "1234",
    ".",
    ")",
    "(",
    " ",
    "  ",
    "-",
    "–",
    ":",
    "\t",
    "\u{a0}",
    "\r",
    "Val",
    "val",
    "Åtgärd",
    "ärende",
    "É",
    "Dnr",
    "KS 2024/12",
    "2024/12",
    "§",
    "x",
];

/// [`spaced_agenda_number`] is the agenda number of the text with a
/// space put before it, less the space.
#[test]
fn spaced_agenda_number_is_that_of_the_spaced_copy() {
    let mut rng = crate::testing::Rng::new(0x3c6e_f372_fe94_f82b);
    let mut found = 0;
    for _ in 0..60_000 {
        let t = rng.pieces(AGENDA_PIECES, 8);
        let want = agenda_number(&format!(" {t}")).saturating_sub(1);
        assert_eq!(spaced_agenda_number(&t), want, "{t:?}");
        found += usize::from(want > 0);
    }
    assert!(found > 200, "{found}");
}
