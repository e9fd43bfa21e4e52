use super::{
    body_of_line, body_of_line_read, last_steps, may_fold_to_meeting_word, may_open_body_label,
    BODY_LABELS,
};
use crate::inline::fold;

/// Words header lines are made of: bodies, the document's names, dates,
/// counters, `den`, `Datum:`, in several cases, after punctuation a fold
/// trims, a Cyrillic `с`, edge bytes (tab, NBSP, CR, `§`, å ä ö, É, empty)
/// and long words; the meeting's words and the pieces of them that a fold
/// may join from other characters (Cyrillic `р`, `Р`, `д`, `Д`, the Kelvin
/// sign, `İ`), and a web page's path's separators; a body's labels and
/// their first letters in both cases.
const WORDS: [&str; 69] = [
    "Organ",
    "NÄMND/STYRELSE",
    "Beslutande organ",
    "beslutsinstans",
    "Instans",
    "o",
    "O",
    "n",
    "N",
    "b",
    "B",
    "I",
    "sammanträdde",
    "Sammanträde",
    "Protokoll nr 5",
    "p",
    "P",
    "rotokoll",
    "\u{440}otokoll",
    "\u{420}OTOKOLL",
    "sammantr",
    "SAMMANTR",
    "ä",
    "Ä",
    "d",
    "D",
    "\u{434}e",
    "\u{414}",
    "\u{212a}",
    "İ",
    ">",
    " > ",
    "Hem",
    "Kommunstyrelsen",
    "Socialnämnden",
    "Styrelsen den nya",
    "PROTOKOLL",
    "Sammanträdesprotokoll",
    "Mötesprotokoll",
    "protokollsutdrag",
    "Sammanträdesdatum:",
    "Datum:",
    "datum",
    "Sida",
    "SID",
    "Sid.",
    "1 (9)",
    "2(14)",
    "2024-03-12",
    "12 september 2016",
    "den",
    "Den",
    "-",
    "–",
    ":",
    "\u{441}ida",
    "informerar.",
    "18",
    "   ",
    "\t",
    "\u{a0}",
    "\r",
    "§ 4",
    "åäö ÅÄÖ É",
    "",
    "x",
    "abcdefghijklmno",
    "abcdefghijklmnop",
    "abcdefghijklmnopq",
];

/// A place passed over by what follows it reads as when every place is
/// folded and asked.
#[test]
fn a_body_line_read_past_its_places_as_when_each_is_asked() {
    let mut rng = crate::testing::Rng::new(0x4a7b_3c2d_1e0f_9a8b);
    for _ in 0..30_000 {
        let t = rng.phrase(&WORDS, 9);
        for t in [t.trim_start(), &t] {
            assert_eq!(
                body_of_line_read(t, true),
                body_of_line_read(t, false),
                "{t:?}"
            );
        }
    }
}

#[test]
fn the_body_before_den_and_a_date() {
    assert_eq!(
        body_of_line("Landstingsstyrelsen den 12 september 2016"),
        Some("Landstingsstyrelsen")
    );
    assert_eq!(
        body_of_line("Kommunstyrelsen 2024-03-12"),
        Some("Kommunstyrelsen")
    );
    // `den` not before a date does not end the body's name.
    assert_eq!(body_of_line("Styrelsen den nya"), Some("Styrelsen den nya"));
}

#[test]
fn the_body_before_a_short_page_counter() {
    assert_eq!(
        body_of_line("Norrmalms stadsdelsnämnd                 SID 1 (9)"),
        Some("Norrmalms stadsdelsnämnd")
    );
    assert_eq!(
        body_of_line("Kulturnämnden   Sid. 2 (14)"),
        Some("Kulturnämnden")
    );
    // `sid` not before a counter is a word of the name.
    assert_eq!(
        body_of_line("Stadsdelsnämnden Sid"),
        Some("Stadsdelsnämnden Sid")
    );
}

#[test]
fn the_documents_name_before_the_body() {
    assert_eq!(
        body_of_line("PROTOKOLL Kommunstyrelsen Sammanträdesdatum: 2018-10-02"),
        Some("Kommunstyrelsen")
    );
    assert_eq!(
        body_of_line("Sammanträdesprotokoll Kommunfullmäktige"),
        Some("Kommunfullmäktige")
    );
    // Near miss: `Protokollet` is a word of a sentence, not a name.
    assert_ne!(
        body_of_line("Protokollet Kommunstyrelsen"),
        Some("Kommunstyrelsen")
    );
}

#[test]
fn minutes_that_open_with_the_date() {
    let src = "1 Den 3 mars 1998 Närvarande vid uppropet: ordföranden samt övriga \
        ledamöter utom Alva Berg. Som ersättare för de frånvarande ledamöterna inträder: \
        Gus Ström för Alva Berg.\n";
    let date = crate::parse(src).meeting.date.map(|d| d.iso);
    assert_eq!(date.as_deref(), Some("1998-03-03"));
    // Under a converter's page mark too: the mark is no line of the page.
    let marked = format!("<!-- sida 1 -->\n\n{src}");
    let date = crate::parse(&marked).meeting.date.map(|d| d.iso);
    assert_eq!(date.as_deref(), Some("1998-03-03"));
    // Near miss: `Den` and a date later in the text is no opening date.
    let later = "Protokoll\n\nNämnden noterar informationen.\n\nDen 3 mars 1998 \
        inkom en skrivelse.\n";
    assert!(crate::parse(later).meeting.date.is_none());
}

#[test]
fn a_web_pages_heading_or_path_names_the_meeting() {
    use super::web_meeting;
    fn got(t: &str) -> Option<(Option<&str>, String)> {
        web_meeting(t).map(|(b, d)| (b, d.iso))
    }
    assert_eq!(
        got("Din position: Hem > Ekby kommun > Kommunfullmäktige > Sammanträde 2009-04-28"),
        Some((Some("Kommunfullmäktige"), "2009-04-28".to_string()))
    );
    assert_eq!(
        got("Sammanträde den 28 april 2009"),
        Some((None, "2009-04-28".to_string()))
    );
    // Near misses: a sentence, a step that names no body.
    assert_eq!(got("Sammanträde 2009-04-28 hölls i Rådhuset."), None);
    assert_eq!(
        got("Hem > Ekby kommun > Sammanträde 2009-04-28"),
        Some((None, "2009-04-28".to_string()))
    );
    // Through the parse: the path's body and date, the agenda's dates
    // not the meeting's (the front's last field ran on over them).
    let d = crate::parse(
        "Din position: Hem > Ekby kommun > Kommunfullmäktige > Sammanträde 2009-09-10\n\n\
         Sammanträde 2009-09-10\n\nDatum\nKlockan\n18:00\nPlats\nHörsalen\n\n\
         1 Anmälan av motioner\n\n\
         2 Motion om cykelvägar (KS 2009-05-26, § 104) bordlagt 2009-06-11\n",
    );
    assert_eq!(d.meeting.date.map(|d| d.iso).as_deref(), Some("2009-09-10"));
    assert_eq!(
        d.meeting.body.map(|b| b.text).as_deref(),
        Some("Kommunfullmäktige")
    );
    let d = crate::parse(
        "Datum\nKlockan\n18:00\nPlats\nHörsalen\n\n1 Anmälan av motioner\n\n\
         2 Motion om cykelvägar (KS 2009-05-26, § 104) bordlagt 2009-06-11\n",
    );
    assert_eq!(d.meeting.date, None);
}

#[test]
fn the_body_after_the_page_counter_or_in_the_genitive() {
    assert_eq!(
        body_of_line("SAMMANTRÄDESPROTOKOLL Sida 1(18) Teknik- och servicenämnden"),
        Some("Teknik- och servicenämnden")
    );
    assert_eq!(
        body_of_line("Direktionens protokoll 9 december 2022"),
        Some("Direktionen")
    );
    assert_eq!(
        body_of_line("Socialnämndens protokoll"),
        Some("Socialnämnden")
    );
    assert_eq!(
        body_of_line("Kommunstyrelsen Datum 2025-06-17"),
        Some("Kommunstyrelsen")
    );
    // A district's name after the body's word is the name's.
    assert_eq!(
        body_of_line("Stadsdelsnämnden Västra Hisingen"),
        Some("Stadsdelsnämnden Västra Hisingen")
    );
    // Near misses: a decision's sentence opening with the body, a
    // protocol named in a sentence.
    assert_eq!(
        body_of_line("Socialnämnden förklarar nämndinitiativet besvarat med hänvisning till"),
        None
    );
    assert_eq!(
        body_of_line("Styrelsens protokoll från mötet i maj läses upp"),
        None
    );
    // The notice's label completes the header's short name.
    let d = crate::parse(
        "Direktionens protokoll 6 februari 2024\n\nUtses att justera Eva Ek (M)\n\n\
         Organ: Direktionen för Ekdalens Miljöförbund\n\n\
         § 1 Val av justerare\n\nDirektionens beslut\nEva Ek utses.\n",
    );
    assert_eq!(
        d.meeting.body.map(|b| b.text).as_deref(),
        Some("Direktionen för Ekdalens Miljöförbund")
    );
}

#[test]
fn the_body_named_in_the_notice() {
    let protocol = |organ: &str| {
        crate::parse(&format!(
            "Plats och tid Kommunhuset kl 09.00-11.00\n\nUtses att justera Ulf Berg\n\n\
             ANSLAGSBEVIS\n\n{organ}\n\nSammanträdesdatum 2013-04-04\n\n\
             MYN § 19 Delgivningar\n\nBeslut\nNämnden godkänner redovisningen.\n"
        ))
    };
    for (organ, body) in [
        ("Organ Myndighetsnämnden", Some("Myndighetsnämnden")),
        (
            "Nämnd/Styrelse Kommunfullmäktige",
            Some("Kommunfullmäktige"),
        ),
        ("Organ: Tekniska nämnden", Some("Tekniska nämnden")),
        (
            "Beslutsinstans: Arbetsutskottet 2019-2022 Sammanträdesdatum: 2013-04-04",
            Some("Arbetsutskottet"),
        ),
        // The value wrapped in its cell onto the next line.
        (
            "Organ: Miljö- och\n\nbyggnadsnämnden Sammanträdesdatum: 2013-04-04",
            Some("Miljö- och byggnadsnämnden"),
        ),
        // Near misses: no body's name after the label, a next line
        // that is no name's end.
        ("Organisationsnummer 212000-1234", None),
        ("Organ: Tekniska\n\nfrågor behandlades", None),
    ] {
        let d = protocol(organ);
        assert_eq!(d.meeting.body.map(|b| b.text).as_deref(), body, "{organ}");
        assert_eq!(d.meeting.date.map(|d| d.iso).as_deref(), Some("2013-04-04"));
    }
}

#[test]
fn the_header_of_a_page_run_onto_one_long_line() {
    let src = format!(
        "1 BYGGNÄMNDEN SAMMANTRÄDESPROTOKOLL SAMMANTRÄDESDATUM SIDA 3 mars 2021 1 (1) \
         Plats Rådhuset {} Utses att justera Alva Berg\n",
        "Se bifogade uppropslistor. ".repeat(8)
    );
    assert!(src.len() > 160);
    let d = crate::parse(&src);
    assert_eq!(
        d.meeting.body.map(|b| b.text).as_deref(),
        Some("BYGGNÄMNDEN")
    );
    assert_eq!(d.meeting.date.map(|d| d.iso).as_deref(), Some("2021-03-03"));
    // Near miss: a numbered agenda line naming a body is no header.
    let agenda = "Sammanträde 2021-03-03\n\nPlats\nRådhuset\n\n1 Förslag till \
        justerare: Alva Berg.\n\n18 Kommunstyrelsen informerar.\n\n§ 1 Val\n\nBeslut\n\n\
        Nämnden beslutar.\n";
    assert!(crate::parse(agenda).meeting.body.is_none());
}

#[test]
fn a_time_glued_to_kl_and_a_place_after_its_preposition() {
    let d = crate::parse(
        "PROTOKOLL\n\nTid och plats Onsdagen den 21 juni 2017 kl.18.00-20:20 \
         i sammanträdesrummet Eken, Bysta.\n\n§ 1 Ärende\n\nBeslut\n\nNämnden beslutar.\n",
    );
    let m = &d.meeting;
    let text = |t: &Option<crate::model::Text>| t.as_ref().map(|t| t.text.clone());
    assert_eq!(text(&m.start).as_deref(), Some("18:00"));
    assert_eq!(text(&m.end).as_deref(), Some("20:20"));
    assert_eq!(
        text(&m.place).as_deref(),
        Some("sammanträdesrummet Eken, Bysta")
    );
    // Near miss: a lower-case word after the time that is no
    // preposition is no place.
    let d = crate::parse(
        "PROTOKOLL\n\nTid och plats Onsdagen den 21 juni 2017 kl. 18.00 \
         enligt kallelse.\n\n§ 1 Ärende\n\nBeslut\n\nNämnden beslutar.\n",
    );
    assert_eq!(text(&d.meeting.place), None);
}

#[test]
fn the_meetings_sentence_names_its_date_over_a_page_headers() {
    // The page header's date (the justering's) on a line of its own
    // before the sentence saying when the meeting was held.
    let src = "Protokoll 4/2024\n\nProtokoll 2024-03-22\n\nProtokoll 4/2024\n\
               fört vid Ekby nämnds sammanträde tisdagen den 19 mars 2024 kl. 17:00-17:20\n\n\
               § 1 Ärende\n\nBeslut\n\nNämnden beslutar.\n";
    let d = crate::parse(src);
    assert_eq!(d.meeting.date.map(|d| d.iso).as_deref(), Some("2024-03-19"));
    // Near miss: a name line's date stays when no sentence gives one.
    let src = "Protokoll 2024-03-22\n\nfört vid Ekby nämnds sammanträde\n\n\
               § 1 Ärende\n\nBeslut\n\nNämnden beslutar.\n";
    let d = crate::parse(src);
    assert_eq!(d.meeting.date.map(|d| d.iso).as_deref(), Some("2024-03-22"));
}

/// The meeting's sentence wrapped before its place: the line under it,
/// opening with `i`, is the place; after a sentence that ended, it is not.
#[test]
fn the_place_on_the_line_under_the_meeting_sentence() {
    let src = "Norrmalms stadsdelsnämnd                 SID 1 (9)\n\n\
        Protokoll fört vid sammanträde med stadsdelsnämnden torsdagen den 23 maj 2024 kl. 18.00–19.45\n\
        i stadsdelsförvaltningens lokaler, Tomtebogatan 8.\n\n\
        § 1\nVal av justerare\n\nBeslut\nNämnden utser Bo Ek att justera.\n";
    let d = crate::parse(src);
    let place = d.meeting.place.expect("place");
    assert_eq!(
        place.text,
        "stadsdelsförvaltningens lokaler, Tomtebogatan 8"
    );
    assert_eq!(place.span.of(src), place.text);
    assert_eq!(
        d.meeting.body.map(|b| b.text).as_deref(),
        Some("Norrmalms stadsdelsnämnd")
    );
    let ended = src.replace("18.00–19.45\n", "18.00–19.45.\n");
    assert!(crate::parse(&ended).meeting.place.is_none());
}

/// A sentence opening with the meeting (`Sammanträde tisdagen den ...`,
/// `Sammanträdet hölls den ...`) or with the body meeting (`Kommunstyrelsen
/// sammanträdde ...`) gives the meeting's date, times and place.
#[test]
fn a_sentence_opening_with_the_meeting() {
    let read = |line: &str| {
        let src = format!(
            "Kommunstyrelsen\n\n{line}\n\n§ 45 Val av justerare\n\nBeslut\n\nKommunstyrelsen utser Greta Wall.\n"
        );
        let m = crate::parse(&src).meeting;
        (
            m.date.map(|d| d.iso),
            m.start.map(|t| t.text),
            m.place.map(|p| p.text),
        )
    };
    let want = |place: &str| {
        (
            Some("2025-04-08".to_string()),
            Some("08:30".to_string()),
            Some(place.to_string()),
        )
    };
    assert_eq!(
        read("Sammanträde tisdagen den 8 april 2025, kl. 08.30–12.10 i Stora sessionssalen, Rådhuset."),
        want("Stora sessionssalen, Rådhuset")
    );
    assert_eq!(
        read("Kommunstyrelsen sammanträdde tisdagen den 8 april 2025 kl. 08.30–12.10 i Rådhuset."),
        want("Rådhuset")
    );
    assert_eq!(
        read("Sammanträdet hölls den 8 april 2025 kl 8.30-12.10 i Rådhuset"),
        want("Rådhuset")
    );
}

/// A line whose bytes hold neither pair the gate looks for folds to
/// neither `protokoll` nor `sammanträd`, run together from pieces.
#[test]
fn a_line_left_unfolded_folds_to_no_meeting_word() {
    let mut rng = crate::testing::Rng::new(0x1d2c_3b4a_5968_7f0e);
    let mut gated = 0;
    for _ in 0..100_000 {
        let t = rng.pieces(&WORDS, 7);
        let f = fold(&t);
        let named = f.contains("protokoll") || f.contains("sammanträd");
        assert!(may_fold_to_meeting_word(&t) || !named, "{t:?}");
        gated += usize::from(!may_fold_to_meeting_word(&t));
    }
    assert!(gated > 10_000, "{gated}");
}

/// A path's last two steps read as from the list of all of them.
#[test]
fn a_paths_last_steps_read_as_from_all_its_steps() {
    let mut rng = crate::testing::Rng::new(0x6e5d_4c3b_2a19_0817);
    for _ in 0..30_000 {
        let t = rng.pieces(&WORDS, 7);
        let steps: Vec<&str> = t.split(" > ").collect();
        let plain = (
            steps.len().checked_sub(2).map(|k| steps[k]),
            steps[steps.len() - 1],
        );
        assert_eq!(last_steps(&t), plain, "{t:?}");
    }
}

/// A line passed over by its first byte opens with none of the body's
/// labels after its white space, in any ASCII case.
#[test]
fn a_line_passed_over_opens_with_no_body_label() {
    let mut rng = crate::testing::Rng::new(0x5be0_cd19_137e_2179);
    let (mut passed, mut labelled) = (0, 0);
    for _ in 0..60_000 {
        let t = rng.pieces(&WORDS, 5);
        let h = t.trim_start();
        let named = BODY_LABELS
            .iter()
            .any(|l| h.get(..l.len()).is_some_and(|x| x.eq_ignore_ascii_case(l)));
        assert!(may_open_body_label(&t) || !named, "{t:?}");
        passed += usize::from(!may_open_body_label(&t));
        labelled += usize::from(named);
    }
    assert!(passed > 10_000 && labelled > 1_000, "{passed} {labelled}");
}
