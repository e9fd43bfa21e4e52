//! Running headers and footers: what goes with them, what stays.

use super::pdf;
use crate::input::Note;

#[test]
fn a_header_table_of_several_rows_goes_on_every_page() {
    // A header table: three rows reaching below the top eighth of the
    // page, the page counter growing from one digit to two; a footer box.
    // Only the body stays, the first page's too, when the first page
    // shows the meeting itself; when nothing else names the meeting, the
    // first page's header is kept once at the top (its counter left out).
    let words = [
        "Ett", "Två", "Tre", "Fyra", "Fem", "Sex", "Sju", "Åtta", "Nio", "Tio", "Elva", "Tolv",
    ];
    let pages = |first: &'static str| {
        let mut pages = Vec::new();
        for n in 1..=12 {
            let body: &'static str = match n {
                1 => first,
                _ => Box::leak(format!("{} beslut.", words[n - 1]).into_boxed_str()),
            };
            let counter: &'static str = Box::leak(format!("Sida {n}({})", 12).into_boxed_str());
            pages.push(vec![
                (72.0, 800.0, true, "Socialnämnden"),
                (300.0, 800.0, true, "SAMMANTRÄDESPROTOKOLL"),
                (480.0, 800.0, false, counter),
                (300.0, 770.0, false, "Sammanträdesdatum"),
                (420.0, 770.0, false, "2024-03-18"),
                (300.0, 740.0, false, "Justerare"),
                (72.0, 700.0, false, body),
                (72.0, 60.0, false, "Justerandes signatur"),
                (300.0, 60.0, false, "Utdragsbestyrkande"),
            ]);
        }
        pages
    };
    let first = "Socialnämnden sammanträdde 2024-03-18.";
    let d = crate::input::decode(&pdf(&pages(first), false)).unwrap();
    let want: Vec<String> = words[1..].iter().map(|w| format!("{w} beslut.")).collect();
    assert_eq!(d.text, format!("{first}\n{}\n", want.join("\n")));
    assert!(
        d.notes.contains(&Note::PageFurniture { lines: 48 }),
        "{:?}",
        d.notes
    );
    let d = crate::input::decode(&pdf(&pages("Ett beslut."), false)).unwrap();
    assert!(
        d.text.starts_with(
            "Socialnämnden   SAMMANTRÄDESPROTOKOLL\n\nSammanträdesdatum 2024-03-18\n\nJusterare\n\nEtt beslut.\n"
        ),
        "{}",
        d.text
    );
    assert!(
        d.notes.contains(&Note::PageFurniture { lines: 45 }),
        "{:?}",
        d.notes
    );
    let m = crate::parse(&d.text).meeting;
    assert_eq!(m.body.map(|b| b.text).as_deref(), Some("Socialnämnden"));
    assert_eq!(m.date.map(|d| d.iso).as_deref(), Some("2024-03-18"));
}

#[test]
fn a_date_alone_on_its_line_in_a_header_table_goes_with_the_header() {
    // A word processor's header table: the meeting's date in the cell
    // under `Sammanträdesdatum`, a line of its own with no letters, on
    // every page; a body line ending in a date stays.
    let words = ["Ett", "Två", "Tre"];
    let mut pages = Vec::new();
    for n in 1..=3 {
        let counter: &'static str = Box::leak(format!("Sida {n}(3)").into_boxed_str());
        let body: &'static str =
            Box::leak(format!("{} beslut fattades 2025-03-18", words[n - 1]).into_boxed_str());
        pages.push(vec![
            (72.0, 800.0, false, "ÅLSTA KOMMUN"),
            (300.0, 800.0, false, counter),
            (72.0, 786.0, false, "Miljönämnden"),
            (300.0, 786.0, false, "Sammanträdesdatum"),
            (300.0, 772.0, false, "2025-03-18"),
            (72.0, 700.0, false, body),
            (72.0, 60.0, false, "Justerandes sign"),
        ]);
    }
    let d = crate::input::decode(&pdf(&pages, false)).unwrap();
    assert_eq!(
        d.text,
        "Ett beslut fattades 2025-03-18\nTvå beslut fattades 2025-03-18\nTre beslut fattades 2025-03-18\n"
    );
}

#[test]
fn a_repeated_line_below_the_top_band_stays_after_text_that_is_not_furniture() {
    // Each page opens with a line of its own in the top band, then a
    // line that repeats, below the top eighth: the run from the edge is
    // broken, so that line is text (a header copied into the body).
    let words = ["Ett", "Två", "Tre", "Fyra"];
    let mut pages = Vec::new();
    for w in words {
        let top: &'static str = Box::leak(format!("{w} kapitel").into_boxed_str());
        let body: &'static str = Box::leak(format!("{w} beslut.").into_boxed_str());
        pages.push(vec![
            (72.0, 800.0, false, top),
            (72.0, 720.0, false, "Nämnden för individ och familj"),
            (72.0, 600.0, false, body),
        ]);
    }
    let d = crate::input::decode(&pdf(&pages, false)).unwrap();
    assert_eq!(
        d.text.matches("Nämnden för individ och familj").count(),
        4,
        "{}",
        d.text
    );
}

/// A header table of two rows naming the body that met, the body and the
/// date's label run together on one line (no wide gap between the
/// cells): the first page's header gives the meeting; near miss: a
/// meeting system's header naming a case (`Ärende 4-5`) goes.
#[test]
fn a_header_table_naming_the_body_gives_the_meeting() {
    let pages = |name: &'static str| {
        let words = ["Ett", "Två", "Tre"];
        (1..=3)
            .map(|n| {
                let counter: &'static str = Box::leak(format!("{n} (3)").into_boxed_str());
                let body: &'static str =
                    Box::leak(format!("{} beslut.", words[n - 1]).into_boxed_str());
                vec![
                    (72.0, 800.0, false, "Bergvik kommun"),
                    (300.0, 800.0, false, "PROTOKOLL"),
                    (480.0, 800.0, false, counter),
                    (72.0, 786.0, false, name),
                    (230.0, 786.0, false, "Sammanträdesdatum 2025-05-20"),
                    (72.0, 700.0, false, body),
                ]
            })
            .collect::<Vec<_>>()
    };
    let d = crate::input::decode(&pdf(&pages("Barn- och utbildningsnämnden"), false)).unwrap();
    let m = crate::parse(&d.text).meeting;
    assert_eq!(
        m.body.map(|b| b.text).as_deref(),
        Some("Barn- och utbildningsnämnden"),
        "{}",
        d.text
    );
    assert_eq!(m.date.map(|d| d.iso).as_deref(), Some("2025-05-20"));
    let d = crate::input::decode(&pdf(&pages("Ärende 4-5"), false)).unwrap();
    assert_eq!(d.text, "Ett beslut.\nTvå beslut.\nTre beslut.\n");
}
