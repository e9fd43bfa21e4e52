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
}
