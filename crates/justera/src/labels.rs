//! The words documents use for their parts, folded for comparison.

use crate::inline::fold;
use crate::model::PartKind;

pub(crate) use front::opens_label as front_label_opens;
pub use front::{front_label, front_label_folded, front_label_prefix, FrontLabel};

/// The part a heading names, if it is one of the known part headings.
pub fn part_kind(heading: &str) -> Option<PartKind> {
    part_kind_in(heading, &mut String::new())
}

/// [`part_kind`], folding a long text into `buf`; a short one is
/// remembered (see `memo`).
pub(crate) fn part_kind_in(heading: &str, buf: &mut String) -> Option<PartKind> {
    if heading.len() <= memo::LONGEST {
        return memo::remembered(heading, part_kind_read);
    }
    part_kind_read(heading, buf)
}

fn part_kind_read(heading: &str, buf: &mut String) -> Option<PartKind> {
    part_kind_as_written(heading, buf).or_else(|| part_kind_as_written(&ocr_joined(heading)?, buf))
}

/// Labels, the first bytes they start with, and the lengths of their
/// first words (bit `n` set for a first word of `n` bytes).
struct Labels {
    first: [bool; 256],
    first_words: u64,
    words: &'static [&'static str],
}

impl Labels {
    const fn new(words: &'static [&'static str]) -> Labels {
        let mut first = [false; 256];
        let mut first_words = 0u64;
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            first[w[0] as usize] = true;
            let mut n = 0;
            while n < w.len() && w[n] != b' ' {
                // No label holds a byte that may end a text's first
                // word but the space (see `first_word_len`).
                assert!(!matches!(w[n], b',' | b'/' | 0xE2));
                n += 1;
            }
            assert!(n < 64);
            first_words |= 1 << n;
            k += 1;
        }
        Labels {
            first,
            first_words,
            words,
        }
    }
}

/// The length of the first word of folded text, up to the first byte
/// that may follow a label (`starts_with_label`: `,`, a space, `–`'s
/// 0xE2 or `/`). A label's text starts with the label, followed by one of
/// them or nothing, and holds none of them but the space: so its first
/// word is the label's (up to its first space), of the same length.
fn first_word_len(f: &[u8]) -> usize {
    f.iter()
        .position(|c| matches!(c, b',' | b' ' | 0xE2 | b'/'))
        .unwrap_or(f.len())
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
    // The text's first byte and the length of its first word against the
    // labels' before any comparison (most lines start otherwise), here
    // and not in a call.
    let fw = first_word_len(f.as_bytes());
    let fw_bit = if fw < 64 { 1u64 << fw } else { 0 };
    let starts = |p: &Labels| {
        p.first[first as usize] && p.first_words & fw_bit != 0 && starts_with_label(f, p.words)
    };
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
    if f.ends_with(" beslut") && f.contains(':') {
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
    // Taken only when the text ends in `beslut`, `förslag` or `förslag
    // till` and a word: asked of the end, not searched for.
    let ends_genitive = f.ends_with("s beslut")
        || f.ends_with("s förslag")
        || f.bytes()
            .rposition(|c| c == b' ')
            .is_some_and(|p| f[..p].ends_with("s förslag till"));
    if ends_genitive {
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

/// The last word of a body's full name in the definite form, as a head
/// or a deciding line names the body (`Socialnämnden`, `Direktionen`).
pub const BODY_ENDINGS: &[&str] = &[
    "nämnden",
    "styrelsen",
    "fullmäktige",
    "utskottet",
    "direktionen",
    "förbundet",
    "beredningen",
    "stämman",
    "rådet",
    "presidiet",
];

/// `Kommunstyrelsen beslutar`, `Nämnden beslutade:`, `Beslöt`: a whole
/// line heading the decision's att-satser under it (a line's start in a
/// sentence, `Nämnden beslutar att ...`, is not one).
pub fn deciding_line(t: &str) -> bool {
    // `beslut` and `beslöt` in any case (`KOMMUNFULLMÄKTIGE BESLUTAR`).
    if t.len() > 40 || !crate::text::holds_eslut(t.as_bytes()) {
        return false;
    }
    let f = fold(t);
    let words: Vec<&str> = f.trim_end_matches(':').trim_end().split(' ').collect();
    let body = |x: &str| BODY_ENDINGS.iter().any(|e| x.ends_with(e));
    let decides = |x: &str| matches!(x, "beslutar" | "beslutade" | "beslöt");
    matches!(words.as_slice(), [b, v] if body(b) && decides(v))
        || matches!(words.as_slice(), [v] if matches!(*v, "beslutade" | "beslöt" | "beslutades"))
}

/// Whether folded text opens with the notice's heading (`Anslagsbevis`,
/// `Anslag/Bevis`, `Bevis om anslag`): the front's notice starts there,
/// and alone on a line after the last paragraph it begins the back.
pub(crate) fn opens_notice(f: &str) -> bool {
    [
        "anslag/bevis",
        "anslag / bevis",
        "anslagsbevis",
        "bevis om anslag",
    ]
    .iter()
    .any(|h| f.starts_with(h))
}

/// `Innehåll`, `Innehållsförteckning`, `Ärendelista`: a table of contents
/// heading.
pub fn contents_heading(t: &str) -> bool {
    // Every heading below folds from a first letter `i` or `ä`: `I`, `i`,
    // the Cyrillic `и` (folded to `i`), `Ä`, `ä` (no other character's
    // lower case is one of these alone).
    t.len() <= 40
        && crate::text::fold_trim(t).starts_with(['i', 'I', 'и', 'ä', 'Ä'])
        && matches!(
            fold(t).as_str(),
            "innehåll"
                | "innehållsförteckning"
                | "ärendeförteckning"
                | "ärendelista"
                | "innehåll och paragrafer"
        )
}

mod fixed_prefix;
mod front;
mod memo;
mod proposes;
use proposes::ocr_joined;
pub use proposes::proposes;
pub(crate) use proposes::proposes_in;
#[cfg(test)]
mod part_kind_tests;
#[cfg(test)]
mod tests;
