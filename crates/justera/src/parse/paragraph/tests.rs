//! A paragraph's title, its lines running on, and its decision.

/// `b`, `j`, `p` and `u` in folded text come only from themselves,
/// so [`super::can_fold_to`] misses no text whose fold holds `pub` or
/// `ju`.
#[test]
fn only_b_j_p_u_fold_to_b_j_p_u() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let f = crate::text::fold(&format!("x{c}x"));
        if f[1..f.len() - 1].contains(['b', 'j', 'p', 'u']) {
            assert!("bBjJpPuU".contains(c), "{c:?}");
        }
    }
    for t in ["Publiceras ej", "PUBLICERAS  INTE", "omedelbart Justerad"] {
        assert!(super::can_fold_to(t, b"pub") || super::can_fold_to(t, b"ju"));
    }
    assert!(!super::can_fold_to("Beslutet fattas", b"pub"));
}

/// The opening text of a paragraph is read with its ASCII lowered
/// ([`super::decision`]): its fold is the fold of the text as written,
/// and `pub` in it is `pub` in any ASCII case in the text, on generated
/// text.
#[test]
fn the_opening_read_in_ascii_lower_case_is_read_as_written() {
    const PIECES: &[&str] = &[
        "publiceras",
        "PUBLICERAS",
        "Pub",
        "pUb",
        "ej",
        "inte",
        "sekretess och",
        "omedelbart",
        "Justerad",
        "JU",
        "jU",
        "§",
        "å",
        "ä",
        "ö",
        "Å",
        "Ä",
        "Ö",
        "É",
        "İ",
        "\u{212a}",
        "р",
        "\t",
        "\u{a0}",
        "\r",
        "\n",
        " ",
        "  ",
        "12",
        "0",
        ".",
        ":",
        "-",
        "*",
        "x",
        "P",
    ];
    let mut rng = crate::testing::Rng::new(0x3c6e_f372_fe94_f82b);
    for round in 0..40_000 {
        let t = if round % 2 == 0 {
            rng.pieces(PIECES, 12)
        } else {
            rng.phrase(PIECES, 12)
        };
        let low = t.to_ascii_lowercase();
        assert_eq!(crate::text::fold(&low), crate::text::fold(&t), "{t:?}");
        assert_eq!(
            memchr::memmem::find(low.as_bytes(), b"pub").is_some(),
            super::can_fold_to(&t, b"pub"),
            "{t:?}"
        );
    }
}

/// The confidential stub and `omedelbart justerad` in capitals are read
/// as in small letters.
#[test]
fn the_opening_in_capitals_is_read() {
    let doc = crate::parse(
        "## § 1 Ärende\n\nSEKRETESS OCH PUBLICERAS EJ.\n\n## § 2 Val\n\n### Beslut\n\nNämnden väljer Bo. Paragrafen förklaras OMEDELBART JUSTERAD.\n",
    );
    let got: Vec<(bool, bool)> = doc
        .paragraphs
        .iter()
        .map(|p| (p.confidential, p.immediately_approved))
        .collect();
    assert_eq!(got, [(true, false), (false, true)]);
}

/// Every character whose fold is one ASCII letter is one byte or two, as
/// [`super::folds_to_immediately_approved`]'s window needs; and the window
/// reads as folding the whole text does, on generated text.
#[test]
fn immediately_approved_read_around_ju_is_the_whole_fold() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let f = crate::text::fold(&c.to_string());
        if f.len() == 1 && f.as_bytes()[0].is_ascii_alphabetic() {
            assert!(c.len_utf8() <= 2 || c == '\u{212a}', "{c:?}");
        }
    }
    let pieces = [
        "omedelbart",
        "OMEDELBART",
        "оmеdеlbаrt",
        "omedelbar",
        "t",
        "justera",
        "JUSTERAS",
        "justerad",
        "ju",
        "juѕtera",
        "stera",
        " ",
        "  ",
        "\n",
        "\u{a0}",
        "\u{2003}",
        ":",
        ".",
        "-",
        "x",
        "İ",
        "ö",
        "\u{212a}",
        "§ 12",
    ];
    let mut rng = crate::testing::Rng::new(0x6a09_e667_f3bc_c908);
    let mut found = 0;
    for round in 0..60_000 {
        let t = if round % 2 == 0 {
            rng.pieces(&pieces, 10)
        } else {
            rng.phrase(&pieces, 10)
        };
        let whole = crate::text::fold(&t).contains("omedelbart justera");
        assert_eq!(super::folds_to_immediately_approved(&t), whole, "{t:?}");
        found += usize::from(whole);
    }
    assert!(found > 1_000, "{found}");
}

/// [`super::only_abstentions`] with its first sentence read first is the
/// reading of the whole fold, on generated text.
#[test]
fn abstentions_read_by_the_first_sentence_first() {
    fn whole(t: &str) -> bool {
        let f = crate::text::fold(t);
        let mut any = false;
        for s in f
            .split(['.', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let abstains = [
                "deltar ej i",
                "deltar inte i",
                "avstår från att delta",
                "deltar ej heller i",
            ]
            .iter()
            .any(|w| s.contains(w));
            if !abstains {
                return false;
            }
            any = true;
        }
        any
    }
    let pieces = [
        "deltar ej i",
        "DELTAR INTE I",
        "dеltаr ej i",
        "avstår från att delta",
        "deltar",
        "ej heller",
        " i",
        "Bo Ek (S)",
        ".",
        ". ",
        "..",
        " ",
        "\n",
        ":",
        "-",
        "*",
        "–",
        "x",
        "İ",
        "beslutet",
    ];
    let mut rng = crate::testing::Rng::new(0xbb67_ae85_84ca_a73b);
    let mut yes = 0;
    for round in 0..60_000 {
        let t = if round % 2 == 0 {
            rng.pieces(&pieces, 10)
        } else {
            rng.phrase(&pieces, 10)
        };
        let want = whole(&t);
        assert_eq!(super::only_abstentions(&t), want, "{t:?}");
        yes += usize::from(want);
    }
    assert!(yes > 500, "{yes}");
}

#[test]
fn a_decision_part_that_only_says_who_abstains_is_none() {
    assert!(super::only_abstentions(
        "Miljöpartiets ledamöter deltar ej i beslutet."
    ));
    assert!(super::only_abstentions(
        "Anna Ek (S) anmäler jäv och deltar inte i handläggningen."
    ));
    assert!(!super::only_abstentions(
        "Miljöpartiets ledamöter deltar ej i beslutet.\nKommunfullmäktige beslutar att anta budgeten."
    ));
    assert!(!super::only_abstentions(""));
    let d = crate::parse(
        "Protokoll\n\n§ 5 Budget\n\nBeslut\n\nMiljöpartiets ledamöter deltar ej i beslutet.\n",
    );
    assert!(d.paragraphs[0].decision.is_none());
    let d = crate::parse("Protokoll\n\n§ 5 Budget\n\nBeslut\n\nV:s ledamöter deltar ej i beslutet.\n\nFullmäktige antar budgeten.\n");
    assert!(d.paragraphs[0].decision.is_some());
    // `Dagordningen godkännes.`: an old passive states a decision.
    let d = crate::parse("Protokoll\n\nKF § 102 DNR: KU.2017.3\n\nGodkännande av dagordning Kommunfullmäktiges beslut Dagordningen godkännes.\n\nKF § 103 DNR: KU.2017.4\n\nAllmänhetens frågestund\n\nInga frågor ställs.\n");
    assert_eq!(d.paragraphs.len(), 2);
    assert!(d.paragraphs[0].decision.is_some());
    assert!(d.paragraphs[1].decision.is_none());
}

#[test]
fn a_title_after_a_case_number_line_or_a_bold_number() {
    let src = "Protokoll\n\n§ 12\n\nDnr KS 2024/12\n\nExploateringsavtal för Ekbacken\n\nBeslut\nNämnden godkänner avtalet.\n\n\
               **§ 13** Budget 2026\n\nBeslut\nNämnden antar budgeten.\n";
    let d = crate::parse(src);
    let got: Vec<(&str, Option<&str>, Vec<&str>)> = d
        .paragraphs
        .iter()
        .map(|p| {
            (
                p.title.as_str(),
                p.title_span.map(|s| s.of(src)),
                p.case_numbers.iter().map(|c| c.span.of(src)).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "Exploateringsavtal för Ekbacken",
                Some("Exploateringsavtal för Ekbacken"),
                vec!["KS 2024/12"]
            ),
            ("Budget 2026", Some("Budget 2026"), vec![]),
        ]
    );
    // The text after a case number line is no title.
    let d = crate::parse("Protokoll\n\n§ 12\n\nDnr KS 2024/12\n\nNämnden godkänner avtalet.\n");
    assert_eq!(d.paragraphs[0].title, "");
    // A title whose first line ends in a colon goes on to the next; a line
    // introducing the decision does not.
    let d = crate::parse(
        "Protokoll\n\n§ 12\n\nDnr KS 2024/12\n\nYttrande över Regeringskansliets remiss:\n\
         Avgift för samverkan och andra åtgärder för trygghet i byggd miljö (LI2025/001)\n\
         Beslut\nNämnden antar yttrandet.\n\n§ 13\n\nDnr KS 2024/13\n\nNämnden beslutar:\n\
         att anta budgeten.\n",
    );
    let titles = titles(&d);
    assert_eq!(
        titles,
        [
            "Yttrande över Regeringskansliets remiss: Avgift för samverkan och andra åtgärder för \
             trygghet i byggd miljö (LI2025/001)",
            ""
        ]
    );
}

/// A line under the title naming a case number in parentheses (a report's
/// number and its case) is no part of the title.
#[test]
fn a_case_number_in_parentheses_under_the_title_ends_it() {
    let src = "§ 12\nMotion om fria resor för unga\nUtlåtande 2024:12 RI (Dnr KS 2023/145)\n\nBeslut\nMotionen avslås.\n\n\
               § 13\nVal av ersättare\n(Dnr KS 2024/7)\n\nBeslut\nFullmäktige väljer Eva Ek.\n";
    let d = crate::parse(src);
    let titles = titles(&d);
    assert_eq!(
        titles,
        ["Motion om fria resor för unga", "Val av ersättare"]
    );
}

/// A title closed by its case number in parentheses is whole: the line
/// after it is the text (a PDF's text without the gap between them).
#[test]
fn a_title_closed_by_its_case_number_is_whole() {
    let src = "§ 28\nAnmälan av delegationsbeslut (SN/2024:20)\nNämnden tar del av följande delegationsbeslut:\n\
               Protokoll från utskottet 2024-02-20.\n\n\
               § 29\nÖverenskommelse med Region Ekby om\nsamverkan (SN/2024:21)\n\nBeslut\nNämnden godkänner.\n";
    let d = crate::parse(src);
    let titles = titles(&d);
    assert_eq!(
        titles,
        [
            "Anmälan av delegationsbeslut (SN/2024:20)",
            "Överenskommelse med Region Ekby om samverkan (SN/2024:21)"
        ]
    );
    // Near misses: a party or a year in parentheses closes nothing.
    assert!(!super::plain_title::closing_case_number("Motion från (S)"));
    assert!(!super::plain_title::closing_case_number("Budget (2024)"));
}

/// A title whose lines a word processor set as paragraphs of their own,
/// a blank line between: the line in small letters goes on the title; a
/// capitalised sentence after the blank is the text.
/// A line ending in a colon under the title (`Följande motioner
/// anmäls:`) opens the text's list; near miss: a title line ending in a
/// colon goes on below.
#[test]
fn a_line_opening_a_list_under_the_title_is_text() {
    let d = crate::parse(
        "Protokoll\n\nKF § 91   Dnr KS 2025/0450\nAnmälan av motioner\nFöljande motioner anmäls:\n\n\
         – Motion om trygghetskameror.\n\nBeslut\nMotionerna remitteras.\n",
    );
    assert_eq!(d.paragraphs[0].title, "Anmälan av motioner");
    let d = crate::parse(
        "Protokoll\n\n§ 91\nRemiss:\nFörslag till ny avfallsplan\n\nBeslut\nNämnden svarar.\n",
    );
    assert_eq!(d.paragraphs[0].title, "Remiss: Förslag till ny avfallsplan");
}

/// `Expedieras: ...` right under a part ends it: where the decision is
/// sent is no part of a statement. Near miss: another word before a colon.
#[test]
fn where_the_decision_is_sent_ends_the_part_above() {
    let src = |line: &str| {
        format!(
            "§ 89 Avgifter\n\nBeslut\nAvgifterna fastställs.\n\nSärskilt yttrande\n\
             Nils Borg (L) lämnar ett särskilt yttrande, bilaga 5.\n{line}: Vård- och omsorgsnämnden\n"
        )
    };
    let d = crate::parse(&src("Expedieras"));
    let st = &d.paragraphs[0].statements;
    assert_eq!(st.len(), 1, "{st:?}");
    assert_eq!(
        st[0].text,
        "Nils Borg (L) lämnar ett särskilt yttrande, bilaga 5."
    );
    let d = crate::parse(&src("Exempel"));
    assert!(d.paragraphs[0].statements[0].text.contains("Exempel"));
}

#[test]
fn a_title_wrapped_over_a_blank_line_goes_on() {
    let src = "§ 58 Dnr BUN 2025/44\n\nAnsökan om godkännande som huvudman för fristående förskola – Ekorrens\n\nförskola AB\n\nBeslut\n\nNämnden godkänner ansökan.\n\n§ 59 Val av ombud\n\nNämnden utser Eva Ek.\n\nöppna frågor\n";
    let d = crate::parse(src);
    assert_eq!(
        d.paragraphs[0].title,
        "Ansökan om godkännande som huvudman för fristående förskola – Ekorrens förskola AB"
    );
    assert_eq!(d.paragraphs[1].title, "Val av ombud");
}

/// After a title line left open (`... näringslivet i`), the line after a
/// blank goes on it even when it opens with a capital (a place's name).
#[test]
fn an_open_title_goes_on_over_a_blank_line_with_a_name() {
    let src = "§ 169 Dnr KS 2024/12\n\nInitiativ om ett utvecklingscenter för näringslivet i\n\nKungsbacka\n\nBeslut\n\nKommunstyrelsen bifaller initiativet.\n\n§ 170 Val av ombud\n\nStyrelsen utser Eva Ek.\n\nAnna Berg anmäler jäv\n";
    let d = crate::parse(src);
    assert_eq!(
        d.paragraphs[0].title,
        "Initiativ om ett utvecklingscenter för näringslivet i Kungsbacka"
    );
    assert_eq!(d.paragraphs[1].title, "Val av ombud");
}

/// A PDF's text without the gap between paragraphs: a short title line
/// and under it a long line opening a sentence that wraps (no full stop
/// on its line) is the text, not the title; near miss: a long title
/// wrapped at the margin goes on in a capitalised line.
#[test]
fn a_wrapped_sentence_under_a_short_title_is_the_text() {
    let src = "Protokoll\n\n§ 15\n\nFastställande av föredragningslista\nSocialnämnden fastställer utsänd föredragningslista, med tillägg att inlämnat nämndinitiativ från\nAnna Ek (M) behandlas under punkt 17 Övrigt.\n\n§ 16\n\nSvar på Klimat- och näringslivsdepartementets remiss av betänkande\nEn ny samordnad miljöbedömnings- och tillståndsprövningsprocess (SOU 2024:98)\n\nBeslut\nNämnden svarar enligt förslaget.\n";
    let d = crate::parse(src);
    let p = &d.paragraphs[0];
    assert_eq!(p.title, "Fastställande av föredragningslista");
    assert!(p
        .decision
        .as_ref()
        .is_some_and(|x| x.text.starts_with("Socialnämnden fastställer")));
    assert!(d.paragraphs[1].title.ends_with("(SOU 2024:98)"));
}

/// A title gone on in small letters over its lines, then a capitalised
/// line with no blank line before it: a subtitle, not the title; near
/// miss: a line left open (`... i`) goes on in a capital.
#[test]
fn a_subtitle_after_a_title_wrapped_in_small_letters() {
    let src = "Protokoll\n\n§ 13 Samla och följa statistik över antal ansökningar, beslut\noch avslag avseende ledsagning\nRapportering av en budgetaktivitet\n\nBeslut\nNämnden godkänner rapporten.\n\n§ 14 Remiss om en ny samordnad prövning för verksamheter i\nKungsbacka och Varberg\n\nBeslut\nNämnden svarar.\n";
    let d = crate::parse(src);
    let titles = titles(&d);
    assert_eq!(
        titles,
        [
            "Samla och följa statistik över antal ansökningar, beslut och avslag avseende ledsagning",
            "Remiss om en ny samordnad prövning för verksamheter i Kungsbacka och Varberg"
        ]
    );
}

/// `Jäv: Kim Ro (S)`: the jäv label closed by a colon, the names on its
/// line. Near miss: a time after `Kl:` is no label.
#[test]
fn a_jav_label_with_a_colon_and_the_names_on_its_line() {
    let src = "Protokoll\n\n§ 12 Bygglov\nJäv: Kim Ro (S)\nBeslut\nNämnden beviljar bygglov.\n";
    let d = crate::parse(src);
    let p = &d.paragraphs[0];
    let by: Vec<Vec<&str>> = p
        .jav
        .iter()
        .map(|j| j.by.iter().map(|a| a.name.as_str()).collect())
        .collect();
    assert_eq!(by, [["Kim Ro"]]);
    assert_eq!(
        p.decision.as_ref().map(|x| x.text.as_str()),
        Some("Nämnden beviljar bygglov.")
    );
    let d =
        crate::parse("Protokoll\n\n§ 12 Bygglov\nKl: 13.00\nBeslut\nNämnden beviljar bygglov.\n");
    assert!(d.paragraphs[0].jav.is_empty());
}

/// The titles of a document's paragraphs.
fn titles(d: &crate::model::Document) -> Vec<&str> {
    d.paragraphs.iter().map(|p| p.title.as_str()).collect()
}

/// A head laid out as a table's row, the case number in the cell beside
/// the marker (`| **§ 46** | **Dnr KS 2024/389** |`), the title on the
/// line under the table: the title is that line, the case number the
/// cell's.
#[test]
fn a_title_under_a_head_row_with_its_case_number() {
    let src = "Protokoll\n\n| **§ 45** | **Dnr KS 2025/011** |\n|---|---|\n\n**Fastställande av dagordning**\n\n**Beslut**\n\nKommunstyrelsen fastställer dagordningen.\n\n\
               | **§ 46** | **Dnr KS 2024/389** |\n|---|---|\n\n**Motion om kollektivtrafik**\n\n**Beslut**\n\nMotionen avslås.\n";
    let d = crate::parse(src);
    let got: Vec<(&str, Vec<&str>)> = d
        .paragraphs
        .iter()
        .map(|p| {
            (
                p.title.as_str(),
                p.case_numbers.iter().map(|c| c.span.of(src)).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Fastställande av dagordning", vec!["KS 2025/011"]),
            ("Motion om kollektivtrafik", vec!["KS 2024/389"]),
        ]
    );
}

/// Each paragraph a table of its own (labels in the left column, the text
/// in the right), the title in the row under the head's (`|  |
/// **Skolskjutsreglemente 2025** |`); near miss: a sentence in that row
/// is the text, not the title.
#[test]
fn a_title_in_the_row_under_a_head_row() {
    let src = "Protokoll\n\n| **§ 32** | **Dnr BUN 2025/031** |\n|---|---|\n|  | **Skolskjutsreglemente 2025** |\n\
               | **Beslut** | Nämnden antar reglementet. |\n\n\
               | **§ 33** | **Dnr BUN 2025/044** |\n|---|---|\n|  | Nämnden fastställer läsårstiderna enligt bilaga. |\n";
    let d = crate::parse(src);
    let got: Vec<(&str, Option<&str>)> = d
        .paragraphs
        .iter()
        .map(|p| {
            (
                p.title.as_str(),
                p.decision.as_ref().map(|x| x.text.as_str()),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "Skolskjutsreglemente 2025",
                Some("Nämnden antar reglementet.")
            ),
            ("", Some("Nämnden fastställer läsårstiderna enligt bilaga."))
        ]
    );
}
