//! Table regions: cells into rows, where a table ends, narrow columns.

use super::pdf;

/// A line of body text as wide as the page's text.
const WIDE: &str =
    "Kommunstyrelsen sammanträder i Stadshuset och protokollet justeras av ordföranden.";

#[test]
fn table_cells_stay_rows_wrapped_cells_join_and_tables_go_on_over_pages() {
    // Attendance in two columns (the second column at x 300), a cell
    // wrapped onto a second line, a first cell running close to the second
    // (no tab), a row with only the second cell, then body text across
    // both columns; the table goes on at the top of the next page.
    let pages = vec![
        vec![
            (72.0, 700.0, true, "Ledamöter"),
            (300.0, 700.0, true, "Tjänstgörande ersättare"),
            (72.0, 676.0, false, "Anna Al (S), ordförande"),
            (
                300.0,
                676.0,
                false,
                "Bo Ek (S) för vakans (MP) (ej § 28 pga",
            ),
            (300.0, 662.0, false, "jäv)"),
            (
                72.0,
                638.0,
                false,
                "Cecilia Caballero Cervantes (L) (ej § 16)",
            ),
            (300.0, 638.0, false, "Dan Dahl, sektionschef"),
            (300.0, 614.0, false, "Eva Ek, nämndsekreterare"),
        ],
        vec![
            (300.0, 700.0, false, "Fia Falk, förvaltningschef"),
            (
                72.0,
                676.0,
                false,
                "Justeringen har tillkännagivits genom anslag på kommunens anslagstavla.",
            ),
        ],
    ];
    let d = crate::input::decode(&pdf(&pages, false)).unwrap();
    assert_eq!(
        d.text,
        "| **Ledamöter** | **Tjänstgörande ersättare** |\n|---|---|\n\
         | Anna Al (S), ordförande | Bo Ek (S) för vakans (MP) (ej § 28 pga jäv) |\n\
         | Cecilia Caballero Cervantes (L) (ej § 16) | Dan Dahl, sektionschef |\n\
         |  | Eva Ek, nämndsekreterare |\n\
         |  | Fia Falk, förvaltningschef |\n\n\
         Justeringen har tillkännagivits genom anslag på kommunens anslagstavla.\n"
    );
    assert_eq!(d.page_at(d.text.find("Fia").unwrap()), Some(2));
    // Paragraph heads with a case number after a wide gap stay lines.
    let heads = vec![vec![
        (72.0, 700.0, true, "§ 130"),
        (300.0, 700.0, true, "Dnr KS-2025-00098"),
        (72.0, 676.0, true, "§ 131"),
        (300.0, 676.0, true, "Dnr KS-2025-00014"),
    ]];
    let d = crate::input::decode(&pdf(&heads, false)).unwrap();
    assert!(!d.text.contains('|'), "{}", d.text);
}

/// A table whose cells are centred or set right: each cell is placed in
/// its column however wide it is (a centred cell wider than the column's
/// first starts left of it), and rows whose cells did not run to their
/// column's edge are rows of their own.
#[test]
fn centred_and_right_aligned_cells_stay_in_their_columns() {
    let page = vec![
        (72.0, 700.0, false, "Post"),
        (300.0, 700.0, false, "Ja"),
        (466.0, 700.0, false, "Belopp"),
        (72.0, 686.0, false, "Anna Al (S)"),
        (280.0, 686.0, false, "Avstår helt"),
        (452.0, 686.0, false, "1 234 567"),
        (72.0, 672.0, false, "Bo Ek (M)"),
        (303.0, 672.0, false, "X"),
        (476.0, 672.0, false, "12 kr"),
    ];
    let d = crate::input::decode(&pdf(&[page], false)).unwrap();
    assert_eq!(
        d.text,
        "| Post | Ja | Belopp |\n|---|---|---|\n| Anna Al (S) | Avstår helt | 1 234 567 |\n| Bo Ek (M) | X | 12 kr |\n"
    );
}

/// Rows one under the other whose first cells have a long first word: a
/// row of its own when the cells beside did not run to their edge (the
/// first cell alone would look wrapped); a cell that wrapped still joins.
#[test]
fn a_row_under_a_row_is_a_row_unless_every_cell_ran_to_its_edge() {
    let page = vec![
        (
            72.0,
            720.0,
            false,
            "Delegationsbesluten anmäls till nämnden i den ordning de fattats under perioden.",
        ),
        (72.0, 700.0, false, "Exploateringshandläggare"),
        (250.0, 700.0, false, "Servitutsavtal Ekenäs 2:13"),
        (72.0, 686.0, false, "Exploateringshandläggare"),
        (250.0, 686.0, false, "Servitutsavtal Alafors 11:17"),
        (72.0, 672.0, false, "Markingenjör"),
        (
            250.0,
            672.0,
            false,
            "Markupplåtelseavtal med Ellevio avseende ledningar och",
        ),
        (250.0, 658.0, false, "kabelskåp"),
    ];
    let d = crate::input::decode(&pdf(&[page], false)).unwrap();
    assert!(
        d.text.ends_with(
            "| Exploateringshandläggare | Servitutsavtal Ekenäs 2:13 |\n|---|---|\n\
             | Exploateringshandläggare | Servitutsavtal Alafors 11:17 |\n\
             | Markingenjör | Markupplåtelseavtal med Ellevio avseende ledningar och kabelskåp |\n"
        ),
        "{}",
        d.text
    );
}

/// A vote list whose `Ja`, `Nej` and `Avstår` columns are only as wide as
/// their words (no tab between them): each word is a column of its own
/// when the rows below hold a short mark under one of them, and each
/// line with a mark is a row of its own.
#[test]
fn narrow_columns_of_marks_split_at_their_header_words() {
    let page = vec![
        (72.0, 700.0, true, "Ledamot"),
        (300.0, 700.0, true, "Ja"),
        (318.0, 700.0, true, "Nej"),
        (343.0, 700.0, true, "Avstår"),
        (72.0, 686.0, false, "Eva Lund (S)"),
        (302.0, 686.0, false, "X"),
        (72.0, 672.0, false, "Per Holm (M)"),
        (322.0, 672.0, false, "X"),
        (72.0, 658.0, false, "Sara Nyberg (C)"),
        (352.0, 658.0, false, "X"),
        (72.0, 644.0, false, "Summa"),
        (302.0, 644.0, false, "1"),
        (322.0, 644.0, false, "1"),
        (352.0, 644.0, false, "1"),
    ];
    let d = crate::input::decode(&pdf(&[page], false)).unwrap();
    assert_eq!(
        d.text,
        "| **Ledamot** | **Ja** | **Nej** | **Avstår** |\n|---|---|---|---|\n\
         | Eva Lund (S) | X |  |  |\n| Per Holm (M) |  | X |  |\n\
         | Sara Nyberg (C) |  |  | X |\n| Summa | 1 | 1 | 1 |\n"
    );
    // Names under a header of two words stay one column.
    let page = vec![
        (72.0, 700.0, true, "Ledamot"),
        (300.0, 700.0, true, "Tjänstgörande"),
        (375.0, 700.0, true, "ersättare"),
        (72.0, 686.0, false, "Eva Lund (S)"),
        (300.0, 686.0, false, "Bo Ek (S)"),
        (72.0, 672.0, false, "Per Holm (M)"),
        (300.0, 672.0, false, "Ali Nur (M)"),
    ];
    let d = crate::input::decode(&pdf(&[page], false)).unwrap();
    assert!(
        d.text
            .starts_with("| **Ledamot** | **Tjänstgörande ersättare** |\n"),
        "{}",
        d.text
    );
}

/// Text after a table is not a row of it where a PDF writer drew its
/// words as runs that start at a column: a run that goes on a word (no
/// space before it) stays in the word's column, and a line of one cell
/// after a wider gap than between the rows is the text after the table.
#[test]
fn text_after_a_table_is_not_its_row() {
    let page = vec![
        (72.0, 730.0, false, WIDE),
        (72.0, 700.0, false, "Plats och tid"),
        (200.0, 700.0, false, "Stadshuset kl. 13.00"),
        (72.0, 686.0, false, "Ordförande"),
        (200.0, 686.0, false, "Eva Lund (S)"),
        // Each letter 5.5 points wide: the run ends at 204.
        (72.0, 672.0, false, "Protokollet justeras dig"),
        (204.0, 672.0, false, "italt av ordförande."),
    ];
    let d = crate::input::decode(&pdf(&[page], false)).unwrap();
    assert!(
        d.text.ends_with(
            "| Plats och tid | Stadshuset kl. 13.00 |\n|---|---|\n\
             | Ordförande | Eva Lund (S) |\n\nProtokollet justeras digitalt av ordförande.\n"
        ),
        "{}",
        d.text
    );
    let page = vec![
        (72.0, 730.0, false, WIDE),
        (72.0, 700.0, false, "Plats och tid"),
        (200.0, 700.0, false, "Stadshuset kl. 13.00"),
        (72.0, 686.0, false, "Ordförande"),
        (200.0, 686.0, false, "Eva Lund (S)"),
        (72.0, 662.0, false, "Kommunstyrelsen antar"),
        (194.0, 662.0, false, "detaljplanen för Norra hamnen."),
    ];
    let d = crate::input::decode(&pdf(&[page], false)).unwrap();
    assert!(
        d.text.ends_with(
            "| Ordförande | Eva Lund (S) |\n\nKommunstyrelsen antar detaljplanen för Norra hamnen.\n"
        ),
        "{}",
        d.text
    );
}

/// A vote list as a browser prints a web page's table: the header's cells
/// wrap over three bold lines, the short ones centred on the middle line
/// and set apart from the marks below (which stand at their column's
/// left), and a mark centred between the two lines of a wrapped name.
/// The header's lines are one row, each centred header its marks'
/// column, the wrapped name one row with its mark, and the marks beside
/// the names are no column of text of their own.
#[test]
fn a_wrapped_header_over_centred_cells_and_marks_beside_wrapped_names() {
    let page = vec![
        (72.0, 730.0, false, WIDE),
        (72.0, 700.0, true, "Ledamot/tjänstgörande"),
        (400.0, 700.0, true, "Avstår från att"),
        (215.0, 691.0, true, "Ja-röst"),
        (300.0, 691.0, true, "Nej-röst"),
        (100.0, 682.0, true, "ersättare"),
        (420.0, 682.0, true, "rösta"),
        (72.0, 660.0, false, "Anna Al (M)"),
        (285.0, 660.0, false, "X"),
        (72.0, 638.0, false, "Bo Ekström-Lindqvist"),
        (285.0, 629.0, false, "X"),
        (72.0, 620.0, false, "(S)"),
        (72.0, 598.0, false, "Cia Berg (SD)"),
        (200.0, 598.0, false, "X"),
        (72.0, 576.0, false, "Dan Ny (M)"),
        (390.0, 576.0, false, "X"),
    ];
    let d = crate::input::decode(&pdf(&[page], false)).unwrap();
    let rows: Vec<&str> = d.text.lines().skip_while(|l| !l.starts_with('|')).collect();
    assert_eq!(
        rows,
        [
            "| **Ledamot/tjänstgörande** **ersättare** | **Ja-röst** | **Nej-röst** | **Avstår från att** **rösta** |",
            "|---|---|---|---|",
            "| Anna Al (M) |  | X |  |",
            "| Bo Ekström-Lindqvist (S) |  | X |  |",
            "| Cia Berg (SD) | X |  |  |",
            "| Dan Ny (M) |  |  | X |",
        ],
        "{}",
        d.text
    );
}

/// A vote list's sum row ends in a number after a tab, as a contents
/// entry does, but has a number in the cell before it: a row of the list.
#[test]
fn a_sum_row_of_counts_is_the_lists() {
    let page = vec![
        (72.0, 700.0, true, "Ledamot"),
        (250.0, 700.0, true, "Ja"),
        (330.0, 700.0, true, "Nej"),
        (410.0, 700.0, true, "Avstår"),
        (72.0, 686.0, false, "Eva Lund (S)"),
        (250.0, 686.0, false, "X"),
        (72.0, 672.0, false, "Per Holm (M)"),
        (330.0, 672.0, false, "X"),
        (72.0, 658.0, false, "Summa"),
        (250.0, 658.0, false, "1"),
        (330.0, 658.0, false, "1"),
        (410.0, 658.0, false, "0"),
    ];
    let d = crate::input::decode(&pdf(&[page], false)).unwrap();
    assert!(
        d.text
            .ends_with("| Per Holm (M) |  | X |  |\n| Summa | 1 | 1 | 0 |\n"),
        "{}",
        d.text
    );
    // A contents entry (a title, then its page) still stands alone.
    assert!(super::super::tables::counts_row("Summa\t1\t1\t0"));
    assert!(!super::super::tables::counts_row("§ 15\tBudget 2025\t3"));
}

/// A word processor's signature table (roles beside signature lines, the
/// names under them, `Paragrafer 23–` wrapped onto a line that reads as a
/// contents entry) and its notice table (a long label, then `Underskrift`
/// on the next row), a bold heading right under the first: one row per
/// role, one row per label, the heading after the table.
#[test]
fn signature_rows_stay_apart_and_a_wrapped_range_stays_in_its_cell() {
    const DOTS: &str = "........................";
    let page = vec![
        (56.8, 730.0, false, "Underskrifter"),
        (160.0, 730.0, false, "Sekreterare"),
        (260.0, 730.0, false, DOTS),
        (453.3, 730.0, false, "Paragrafer 23–"),
        (260.0, 714.0, false, "Eva Strand"),
        (453.3, 714.0, false, "28"),
        (160.0, 698.0, false, "Ordförande"),
        (260.0, 698.0, false, DOTS),
        (260.0, 682.0, false, "Karin Ljung"),
        (160.0, 666.0, false, "Justerande"),
        (260.0, 666.0, false, DOTS),
        (260.0, 650.0, false, "Hanna Berglund"),
        (56.8, 634.0, true, "ANSLAG/BEVIS"),
        (56.8, 618.0, false, "Protokollet är justerat."),
        (56.8, 590.0, false, "Organ"),
        (260.0, 590.0, false, "Miljönämnden"),
        (56.8, 574.0, false, "Förvaringsplats för protokollet"),
        (260.0, 574.0, false, "Samhällsbyggnadsförvaltningen"),
        (56.8, 558.0, false, "Underskrift"),
        (260.0, 558.0, false, DOTS),
        (260.0, 542.0, false, "Eva Strand"),
    ];
    let d = crate::input::decode(&pdf(&[page], false)).unwrap();
    let got: Vec<&str> = d.text.lines().filter(|l| !l.is_empty()).collect();
    let dots = |name: &str| format!("{DOTS}<br>{name}");
    assert_eq!(
        got,
        [
            format!(
                "| Underskrifter | Sekreterare | {} | Paragrafer 23–28 |",
                dots("Eva Strand")
            ),
            "|---|---|---|---|".into(),
            format!("|  | Ordförande | {} |  |", dots("Karin Ljung")),
            format!("|  | Justerande | {} |  |", dots("Hanna Berglund")),
            "**ANSLAG/BEVIS**".into(),
            "Protokollet är justerat.".into(),
            "| Organ | Miljönämnden |".into(),
            "|---|---|".into(),
            "| Förvaringsplats för protokollet | Samhällsbyggnadsförvaltningen |".into(),
            format!("| Underskrift | {} |", dots("Eva Strand")),
        ],
        "{}",
        d.text
    );
    let doc = crate::parse(&d.text);
    let signed = crate::testing::signed(&doc);
    assert_eq!(
        signed,
        [
            (Some("sekreterare"), "Eva Strand"),
            (Some("ordförande"), "Karin Ljung"),
            (Some("justerare"), "Hanna Berglund")
        ],
        "{}",
        d.text
    );
}

/// A signature row of three columns right under a label/value table of
/// two, then a bold heading with a sentence across the page under it:
/// the signatures a table of their own, the heading and the sentence no
/// rows.
#[test]
fn a_signature_row_under_a_label_table_is_a_table_of_its_own() {
    let page = vec![
        (56.8, 730.0, false, "Justerare"),
        (200.0, 730.0, false, "Greta Wall (S)"),
        (56.8, 716.0, false, "Paragrafer"),
        (200.0, 716.0, false, "§§ 45–48"),
        (56.8, 702.0, false, "Sekreterare"),
        (240.0, 702.0, false, "Ordförande"),
        (420.0, 702.0, false, "Justerare"),
        (56.8, 688.0, false, "Malin Kvist"),
        (240.0, 688.0, false, "Bertil Ahl"),
        (420.0, 688.0, false, "Greta Wall"),
        (56.8, 674.0, true, "Bevis om anslag"),
        (56.8, 660.0, false, WIDE),
    ];
    let d = crate::input::decode(&pdf(&[page], false)).unwrap();
    let got: Vec<&str> = d.text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        got,
        [
            "| Justerare | Greta Wall (S) |",
            "|---|---|",
            "| Paragrafer | §§ 45–48 |",
            "| Sekreterare | Ordförande | Justerare |",
            "|---|---|---|",
            "| Malin Kvist | Bertil Ahl | Greta Wall |",
            "**Bevis om anslag**",
            WIDE,
        ],
        "{}",
        d.text
    );
}

/// A bold label that fills its column, the value drawn on right after it
/// (`**Protokollsanteckning**Lena Vik ...`): the bold run ends with the
/// label's cell; the value beside it stays plain.
#[test]
fn a_bold_label_filling_its_column_leaves_the_value_plain() {
    let page = vec![
        (56.8, 700.0, true, "Beslut"),
        (168.0, 700.0, false, "Nämnden godkänner uppföljningen."),
        (56.8, 686.0, true, "Protokollsanteckning"),
        (
            168.0,
            686.0,
            false,
            "Lena Vik (SD) lämnar en protokollsanteckning.",
        ),
    ];
    let d = crate::input::decode(&pdf(&[page], false)).unwrap();
    let got: Vec<&str> = d.text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        got,
        [
            "| **Beslut** | Nämnden godkänner uppföljningen. |",
            "|---|---|",
            "| **Protokollsanteckning** | Lena Vik (SD) lämnar en protokollsanteckning. |",
        ],
        "{}",
        d.text
    );
}

/// A label column's label wrapped onto a line of its own in small
/// letters (`Justeringens` / `plats och tid`), a short label above it, the
/// next row's label after it: the label's rest joins its row; the next
/// label starts its own.
#[test]
fn a_labels_rest_in_small_letters_joins_its_row() {
    let page = vec![
        (56.8, 740.0, false, WIDE),
        (56.8, 700.0, false, "Justerare"),
        (200.0, 700.0, false, "Kjell Rydén (M)"),
        (56.8, 686.0, false, "Justeringens"),
        (200.0, 686.0, false, "Socialkontoret 2025-09-19"),
        (56.8, 672.0, false, "plats och tid"),
        (56.8, 658.0, false, "Paragrafer"),
        (200.0, 658.0, false, "§§ 88–90"),
    ];
    let d = crate::input::decode(&pdf(&[page], false)).unwrap();
    let got: Vec<&str> = d.text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        got,
        [
            WIDE,
            "| Justerare | Kjell Rydén (M) |",
            "|---|---|",
            "| Justeringens plats och tid | Socialkontoret 2025-09-19 |",
            "| Paragrafer | §§ 88–90 |",
        ],
        "{}",
        d.text
    );
}

/// An attendance and vote list in narrow columns: the header's words too
/// close for a tab (`Parti` `Närvarande` `Tjänstgörande ersättare`), a
/// party too close to the presence mark beside it (`KD` `X`): each
/// column where cells start on two lines or more, the marks and the
/// substitute in their own columns.
#[test]
fn a_header_over_narrow_columns_parts_where_the_cells_below_start() {
    let head = |x: f32, t: &'static str| (x, 700.0, true, t);
    let mut page = vec![
        head(56.8, "Ledamot"),
        head(170.2, "Parti"),
        head(212.7, "Närvarande"),
        head(277.9, "Tjänstgörande"),
        head(391.3, "Ja"),
        head(442.3, "Nej"),
    ];
    let rows: [(&str, &str, &str, &str, f32); 4] = [
        ("Åsa Lind", "S", "X", "", 391.3),
        ("Björn Sjö", "M", "X", "", 442.3),
        ("David Ruiz", "SD", "", "Eva Falk (SD)", 442.3),
        ("Hans Ring", "KD", "X", "", 391.3),
    ];
    for (k, (name, party, present, sub, vote)) in rows.into_iter().enumerate() {
        let y = 686.0 - 14.0 * k as f32;
        page.push((56.8, y, false, name));
        page.push((170.2, y, false, party));
        if !present.is_empty() {
            page.push((212.7, y, false, present));
        }
        if !sub.is_empty() {
            page.push((277.9, y, false, sub));
        }
        page.push((vote, y, false, "X"));
    }
    let d = crate::input::decode(&pdf(&[page], false)).unwrap();
    let got: Vec<&str> = d.text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        got,
        [
            "| **Ledamot** | **Parti** | **Närvarande** | **Tjänstgörande** | **Ja** | **Nej** |",
            "|---|---|---|---|---|---|",
            "| Åsa Lind | S | X |  | X |  |",
            "| Björn Sjö | M | X |  |  | X |",
            "| David Ruiz | SD |  | Eva Falk (SD) |  | X |",
            "| Hans Ring | KD | X |  | X |  |",
        ],
        "{}",
        d.text
    );
}
