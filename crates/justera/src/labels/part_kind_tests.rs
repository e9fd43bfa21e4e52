//! The part kinds of headings against their plain reading: the reading
//! as it stood before the labels were asked by the length of the text's
//! first word and the genitive by the text's end.

use super::*;

/// The pieces generated headings are made of: labels and the words
/// around them, qualifiers, genitives, punctuation and edge bytes.
const PIECES: [&str; 58] = [
    "Beslut",
    "beslut",
    "BESLUT",
    "Beslutet",
    "beslutsgång",
    "Förslag",
    "förslag",
    "till",
    "Förslag till beslut",
    "på",
    "under",
    "sammanträdet",
    "från",
    "mötet",
    "stämman",
    "Yrkande",
    "yrkanden",
    "Överläggning",
    "Kommunstyrelsens",
    "nämndens",
    "Arbetsutskottets",
    "presidiets",
    "kommunfullmäktige",
    "bifaller",
    "Bilaga",
    "Jäv",
    "Reservation",
    "Protokollsanteckning",
    "Särskilt yttrande",
    "Ärendet",
    "Sammanfattning",
    "Handlingar",
    "Expedieras till",
    "Omröstning",
    "Ersättaryttrande",
    "deltar ej i beslutet",
    "Bedömning",
    "ärendet",
    "av",
    "inför",
    "1",
    "133 röster",
    ",",
    ":",
    ".",
    "/",
    "(",
    "–",
    "-",
    "§",
    "Å",
    "é",
    "É",
    "\t",
    "\u{a0}",
    "\r",
    "Бeslut",
    "s",
];

/// [`part_kind_in`] against its plain reading on generated headings of
/// one to eight pieces, joined by a space or nothing, and on every
/// heading of at most two pieces.
#[test]
fn part_kinds_are_the_plain_reading() {
    let mut buf = String::new();
    for a in PIECES {
        for b in PIECES {
            for t in [format!("{a} {b}"), format!("{a}{b}"), a.to_string()] {
                assert_eq!(part_kind_in(&t, &mut buf), plain_part_kind(&t), "{t:?}");
            }
        }
    }
    let mut rng = crate::testing::Rng::new(0x9b05_688c_2b3e_6c1f);
    let (mut some, mut none) = (0, 0);
    for round in 0..80_000 {
        let t = if round % 2 == 0 {
            rng.phrase(&PIECES, 8)
        } else {
            rng.pieces(&PIECES, 9)
        };
        let kind = plain_part_kind(&t);
        assert_eq!(part_kind_in(&t, &mut buf), kind, "{t:?}");
        if kind.is_some() {
            some += 1;
        } else {
            none += 1;
        }
    }
    assert!(some > 2_000 && none > 2_000, "{some} {none}");
}

/// The plain reading of [`part_kind_in`].
fn plain_part_kind(heading: &str) -> Option<PartKind> {
    let mut buf = String::new();
    part_kind_as_written(heading, &mut buf)
        .or_else(|| part_kind_as_written(&ocr_joined(heading)?, &mut buf))
}

/// The labels and their first bytes, as they stood.
struct Labels {
    first: [bool; 256],
    words: &'static [&'static str],
}

impl Labels {
    const fn new(words: &'static [&'static str]) -> Labels {
        let mut first = [false; 256];
        let mut k = 0;
        while k < words.len() {
            first[words[k].as_bytes()[0] as usize] = true;
            k += 1;
        }
        Labels { first, words }
    }
}

/// Whether `f` is one of `words` alone or followed by a qualifier.
#[inline(never)]
fn starts_with_label(f: &str, words: &[&str]) -> bool {
    let b = f.as_bytes();
    words.iter().any(|w| {
        // What may follow the label (below) opens with `,`, a blank, `–`
        // (0xE2 ...) or `/`, or nothing does: asked of the one byte first.
        let follows = b
            .get(w.len())
            .is_none_or(|c| matches!(c, b',' | b' ' | 0xE2 | b'/'));
        follows
            && f.strip_prefix(w).is_some_and(|r| {
                r.is_empty()
                    || [",", " –", " -", "–", " (", " från ", " av ", " inför ", "/"]
                        .iter()
                        .any(|q| r.starts_with(q))
                    || (r.starts_with(' ') && r[1..].starts_with(|c: char| c.is_ascii_digit()))
            })
    })
}

fn part_kind_as_written(heading: &str, buf: &mut String) -> Option<PartKind> {
    // Part headings are short; a long line is text (and folding it is the
    // parser's hottest path).
    if heading.len() > 90 {
        return None;
    }
    crate::text::fold_into(heading, buf);
    let f = buf.as_str();
    // The label alone, or followed by a qualifier: `Beslut – Förslag till
    // kommunfullmäktige`, `Protokollsanteckning från (M)`, `Bilaga 1`.
    let &first = f.as_bytes().first()?;
    // The text's first byte against the labels' before any comparison
    // (most lines start otherwise), here and not in a call.
    let starts = |p: &Labels| p.first[first as usize] && starts_with_label(f, p.words);
    if starts(
        &const {
            Labels::new(&[
                "beslutsgång",
                "propositionsordning",
                "proposition",
                "beslutsordning",
                "ordförandens förslag till beslutsordning",
                // The meeting's handling of the matter, its yrkanden and
                // the chair's questions in running prose.
                "behandling på sammanträdet",
                "behandling under sammanträdet",
                "behandling vid sammanträdet",
                "sammanträdets behandling",
            ])
        },
    ) {
        return Some(PartKind::Procedure);
    }
    if starts(
        &const {
            Labels::new(&[
                "beslutsunderlag",
                "underlag för beslut",
                "handlingar i ärendet",
                "handlingar",
                "underlag",
                "handlingar som ligger till grund för beslutet",
            ])
        },
    ) {
        return Some(PartKind::Documents);
    }
    if starts(
        &const {
            Labels::new(&[
                "beslutet skickas till",
                "beslutet expedieras till",
                "expedieras till",
                "expedieras",
                "skickas till",
                "expediering",
                "beslutet ska skickas till",
            ])
        },
    ) {
        return Some(PartKind::Other);
    }
    // `Förslag från stämman`, `Förslag till beslut från mötet`: moved at
    // the meeting, not put to it beforehand.
    if f.starts_with("förslag")
        && [
            "från stämman",
            "från mötet",
            "från golvet",
            "på mötet",
            "under mötet",
        ]
        .iter()
        .any(|w| f.ends_with(w))
    {
        return Some(PartKind::Proposals);
    }
    // `Yrkande: mötessekreteraröverlämning beslut`, `Mötesordförande-
    // överlämning: Beslut`: the decision on one question of the item.
    if f.contains(':') && f.ends_with(" beslut") {
        return Some(PartKind::Decision);
    }
    if starts(
        &const {
            Labels::new(&[
                "beslut",
                "förslag",
                "förslag till beslut",
                "nomineringar",
                "nominering",
                "nämndens beslut",
                "beslutet",
                "utskottets beslut",
                "kommunstyrelsens beslut",
                "kommunfullmäktiges beslut",
                "styrelsens beslut",
                "socialnämndens beslut",
                "arbetsutskottets beslut",
                "arbetsutskottets förslag",
                "beslutsförslag",
            ])
        },
    ) && !f.starts_with("förslag till beslut på")
        && !f.starts_with("förslag till beslut under")
    {
        return Some(PartKind::Decision);
    }
    // `Arbetsutskottets förslag till kommunstyrelsen`, `Tekniska nämndens
    // beslut`: a body's decision or its proposal to another body (every
    // genitive below ends in `s`, and `beslut` or `förslag` follows it).
    if crate::text::has(f, "s beslut") || crate::text::has(f, "s förslag") {
        let words: Vec<&str> = f.split(' ').collect();
        let genitive_body = |w: &str| {
            [
                "nämndens",
                "styrelsens",
                "utskottets",
                "fullmäktiges",
                "beredningens",
                "direktionens",
                "presidiets",
            ]
            .iter()
            .any(|e| w.ends_with(e))
        };
        // A sentence is no heading: `Kommunfullmäktige bifaller
        // kommunstyrelsens förslag.`
        let verb = |w: &&str| {
            matches!(
                *w,
                "bifaller" | "beslutar" | "antar" | "godkänner" | "föreslår" | "avslår" | "enligt"
            )
        };
        if let Some(k) = words.iter().position(|w| genitive_body(w)).filter(|&k| {
            !words.last().is_some_and(|w| w.ends_with('.')) && !words[..k].iter().any(verb)
        }) {
            let rest = &words[k + 1..];
            // `... förslag 133 röster` is a vote count, not a heading.
            if k <= 2
                && (rest == ["beslut"]
                    || rest == ["förslag"]
                    || (rest.len() == 3
                        && rest[0] == "förslag"
                        && rest[1] == "till"
                        && rest[2].chars().all(char::is_alphabetic)))
            {
                return Some(PartKind::Decision);
            }
        }
    }
    if starts(
        &const {
            Labels::new(&[
                "sammanfattning",
                "sammanfattning av ärendet",
                "bakgrund",
                "ärendet",
                "ärendebeskrivning",
                "beskrivning av ärendet",
                "ärendets beredning",
            ])
        },
    ) {
        return Some(PartKind::Summary);
    }
    if starts(&const { Labels::new(&[
        "yrkanden",
        "yrkande",
        "förslag till beslut på sammanträdet",
        "förslag till beslut under sammanträdet",
        "förslag på sammanträdet",
        "yrkanden på sammanträdet",
        "ändringsyrkanden",
        "ändringsyrkande",
        "tilläggsyrkande",
        "tilläggsyrkanden",
        "ytterligare yrkanden",
        "fri nominering",
        "fria nomineringar",
    ]) }) || f.starts_with("yrkande: ")
        // `Överläggning`, `Överläggning i kommunstyrelsen`
        || f.starts_with("överläggning")
    {
        return Some(PartKind::Proposals);
    }
    if starts(
        &const {
            Labels::new(&[
                "omröstning",
                "omröstningsresultat",
                "votering",
                "omröstningslista",
            ])
        },
    ) {
        return Some(PartKind::Vote);
    }
    if starts(&const { Labels::new(&["reservation", "reservationer"]) }) {
        return Some(PartKind::Reservations);
    }
    if starts(
        &const {
            Labels::new(&[
                "protokollsanteckning",
                "protokollsanteckningar",
                "protokollanteckning",
                "protokollanteckningar",
            ])
        },
    ) {
        return Some(PartKind::ProtocolNote);
    }
    if starts(
        &const {
            Labels::new(&[
                "särskilt uttalande",
                "särskilda uttalanden",
                "särskilt yttrande",
                "särskilda yttranden",
            ])
        },
    ) {
        return Some(PartKind::Statement);
    }
    if starts(
        &const {
            Labels::new(&[
                "ersättaryttrande",
                "ersättaryttranden",
                "ersättarnas yttrande",
            ])
        },
    ) {
        return Some(PartKind::SubstituteStatement);
    }
    if starts(&const { Labels::new(&["jäv", "anmälan om jäv"]) }) {
        return Some(PartKind::Jav);
    }
    if starts(&const { Labels::new(&["bilaga", "bilagor"]) }) {
        return Some(PartKind::Attachments);
    }
    if starts(
        &const {
            Labels::new(&[
                "motivering",
                "anmälda handlingar",
                "förvaltningens bedömning",
                "bedömning",
                "ekonomiska konsekvenser",
                "konsekvenser",
                "barnperspektiv",
                "barnkonsekvensanalys",
                // Who takes no part: not the decision's text.
                "deltar ej i beslutet",
                "deltar inte i beslutet",
                "ej deltagande i beslutet",
                "deltar ej i beslut",
                "deltar inte i beslut",
            ])
        },
    ) {
        return Some(PartKind::Other);
    }
    None
}

/// The remembered part kinds against the plain reading: generated
/// headings written again and again into one buffer (the same address,
/// often the same length, other bytes), each asked twice, and earlier
/// ones asked again after others filled the slots.
#[test]
fn remembered_part_kinds_are_the_plain_reading() {
    let mut rng = crate::testing::Rng::new(0x51d3_0e6a_77c4_9b21);
    let mut same = String::with_capacity(256);
    let mut earlier: Vec<String> = Vec::new();
    for round in 0..60_000 {
        let t = rng.phrase(&PIECES, 8);
        same.clear();
        same.push_str(&t);
        let kind = plain_part_kind(&t);
        assert_eq!(part_kind(&same), kind, "{t:?}");
        assert_eq!(part_kind(&same), kind, "{t:?}");
        assert_eq!(part_kind(&t), kind, "{t:?}");
        // One byte changed in place: same address and length.
        if let Some(k) = same.find(|c: char| c.is_ascii_lowercase()) {
            same.replace_range(k..k + 1, "x");
            assert_eq!(part_kind(&same), plain_part_kind(&same), "{same:?}");
        }
        if round % 7 == 0 {
            earlier.push(t);
        }
    }
    for t in &earlier {
        assert_eq!(part_kind(t), plain_part_kind(t), "{t:?}");
        let long = format!("{t} {}", "a".repeat(80));
        assert_eq!(part_kind(&long), plain_part_kind(&long), "{long:?}");
    }
}
