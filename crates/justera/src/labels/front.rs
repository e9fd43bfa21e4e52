//! The labels of a protocol's front page: attendance, the meeting's
//! date and place, the justering, the signatures.

use super::fixed_prefix;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrontLabel {
    Members,
    ServingSubstitutes,
    Substitutes,
    Others,
    Justerare,
    JusteringDate,
    JusteringPlace,
    Meeting,
    Paragraphs,
    Secretary,
    Chair,
    Signatures,
    Date,
    /// `Närvarande`: members (with a party) and officials (without) in one list.
    Present,
    /// `Organ`, `Beslutande organ`: the body that met.
    Body,
    /// `ANSLAG/BEVIS`, `Bevis om anslag`: the notice block starts.
    Notice,
    /// `Frånvarande`, `Anmält förhinder`: people who were not there; the
    /// list must not run on into the one before it.
    Absent,
}

/// The attendance and header labels a protocol's front uses.
pub fn front_label(label: &str) -> Option<FrontLabel> {
    if label.len() > 60 {
        return None;
    }
    // Folded into one buffer kept for every line asked, not a new string.
    FOLDED.with(|buf| {
        let mut buf = buf.borrow_mut();
        crate::text::fold_into(label, &mut buf);
        // Short labels taken only alone on their line (`Ej tjänstgörande:`):
        // with a value beside them they may be the first line of a wrapped
        // label (`Ej tjänstgörande` / `ersättare`).
        match buf.as_str() {
            "ej tjänstgörande" | "icke tjänstgörande" => Some(FrontLabel::Substitutes),
            "deltagande" => Some(FrontLabel::Others),
            f => front_label_folded(f).or_else(|| attendance_words(f)),
        }
    })
}

thread_local! {
    /// [`front_label`]'s fold (nothing it calls asks it again).
    static FOLDED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The words an attendance heading is made of, in any order.
const ATTENDANCE_WORDS: [&str; 19] = [
    "ersättare",
    "ledamöter",
    "ledamot",
    "närvarande",
    "tjänstgörande",
    "tjänstgör",
    "ej",
    "icke",
    "inte",
    "som",
    "deltar",
    "deltagande",
    "i",
    "beslut",
    "beslutet",
    "besluten",
    "beslutande",
    "ordinarie",
    "övriga",
];

/// A whole line made of nothing but attendance words, in an order no
/// template list has (`Ersättare som inte tjänstgör`, `Ersättare (ej
/// tjänstgörande)`, `Närvarande icke tjänstgörande ersättare`, `Deltagande
/// ledamöter`): substitutes, serving or not, or the members deciding.
fn attendance_words(f: &str) -> Option<FrontLabel> {
    // Asked of most lines of a front: their first word turns them away
    // before any list is made.
    let mut split = f
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    // The first word asked alone: most lines stop there.
    let first = split.next().filter(|w| ATTENDANCE_WORDS.contains(w))?;
    let words: Vec<&str> = std::iter::once(first).chain(split).collect();
    if words.len() > 7 || !words.iter().all(|w| ATTENDANCE_WORDS.contains(w)) {
        return None;
    }
    let has = |w: &str| words.contains(&w);
    let not = has("ej") || has("icke") || has("inte");
    if has("ersättare") {
        let serving = has("tjänstgörande") || has("tjänstgör") || has("beslutande");
        Some(if serving && !not {
            FrontLabel::ServingSubstitutes
        } else {
            FrontLabel::Substitutes
        })
    } else if (has("ledamöter") || has("ledamot") || has("beslutande")) && !not {
        Some(FrontLabel::Members)
    } else {
        None
    }
}

/// `front_label` for text already folded.
pub fn front_label_folded(f: &str) -> Option<FrontLabel> {
    use FrontLabel::*;
    // Most texts asked are no label: their first word opens none.
    let space = f.bytes().position(|b| b == b' ');
    let first = space.map_or(f, |k| &f[..k]);
    if !opens_label(first) {
        return None;
    }
    // `Direktionens ledamöter`, `Nämndens ersättare`: the body's name in the
    // genitive before an attendance label.
    if let Some(k) = space.filter(|_| genitive(first)) {
        let label = front_label_folded(&f[k + 1..]);
        if matches!(label, Some(Members | ServingSubstitutes | Substitutes)) {
            return label;
        }
    }
    table(f)
}

/// A body's name in the genitive (`direktionens`), folded: it may stand
/// before an attendance label.
fn genitive(body: &str) -> bool {
    body.len() > 3 && body.ends_with('s') && !body.bytes().any(|b| b == b'/' || b == b':')
}

/// Whether a folded text's first word (up to its first space) may open a
/// front label: the first word of a text in the table, or a body's name in
/// the genitive.
pub(crate) fn opens_label(first: &str) -> bool {
    genitive(first)
        || matches!(
            first,
            "i" | "ej"
                | "tid"
                | "vid"
                | "icke"
                | "tid,"
                | "avser"
                | "bevis"
                | "datum"
                | "organ"
                | "plats"
                | "utses"
                | "anslag"
                | "datum,"
                | "nämnd"
                | "anmält"
                | "ledamot"
                | "övriga"
                | "dessutom"
                | "justeras"
                | "justerat"
                | "paragraf"
                | "justerare"
                | "justering"
                | "ordinarie"
                | "presidium"
                | "beslutande"
                | "ersättare"
                | "justerande"
                | "ledamöter"
                | "paragrafer"
                | "signaturer"
                | "därutöver"
                | "mötesdatum"
                | "närvarande"
                | "ordförande"
                | "protokollet"
                | "sekreterare"
                | "tjänsteman"
                | "underskrift"
                | "anslag/bevis"
                | "anslagsbevis"
                | "bevis/anslag"
                | "frånvarande"
                | "justeringens"
                | "tjänstemän"
                | "justeringsdag"
                | "underskrifter"
                | "paragrafnummer"
                | "justeringsdatum"
                | "tjänstgörande"
                | "protokollförare"
                | "sammanträdesdag"
                | "sammanträdestid"
                | "tjänstepersoner"
                | "tillkännagivande"
                | "protokolljusterare"
                | "sammanträdesdagen"
                | "sammanträdesdatum"
                | "protokollsjusterare"
                | "personalföreträdare"
        )
}

/// The texts read as front labels, whole and folded: `table`, and for the
/// tests `TABLE`, every text in it.
macro_rules! label_table {
    ($($($text:literal)|+ => $label:ident,)*) => {
        /// A folded text that is a front label, whole.
        fn table(f: &str) -> Option<FrontLabel> {
            use FrontLabel::*;
            Some(match f {
                $($($text)|+ => $label,)*
                _ => return None,
            })
        }

        /// Every text `table` reads.
        #[cfg(test)]
        const TABLE: &[&str] = &[$($($text,)+)*];
    };
}

label_table! {
    "ledamöter"
    | "beslutande"
    | "beslutande ledamöter"
    | "närvarande ledamöter"
    | "ledamöter närvarande"
    | "närvarande beslutande"
    | "ordinarie ledamöter"
    | "tjänstgörande ledamöter"
    | "presidium"
    | "ledamot" => Members,
    "tjänstgörande ersättare" | "tjänstgörande ersättare närvarande" => ServingSubstitutes,
    "ersättare"
    | "närvarande ersättare"
    | "icke tjänstgörande ersättare"
    | "ej tjänstgörande ersättare"
    | "ej beslutande ersättare"
    | "närvarande ej tjänstgörande ersättare"
    | "övriga ersättare" => Substitutes,
    "övriga närvarande"
    | "dessutom närvarande"
    | "därutöver närvarande"
    | "i övrigt närvarande"
    | "närvarande i övrigt"
    | "övriga deltagare"
    | "övriga deltagande"
    | "övriga närvarande tjänstepersoner"
    | "tjänstepersoner"
    | "närvarande tjänstepersoner"
    | "närvarande tjänstemän"
    | "tjänstemän"
    | "tjänsteman"
    | "övriga"
    | "personalföreträdare" => Others,
    "närvarande" => Present,
    "frånvarande"
    | "frånvarande ledamöter"
    | "frånvarande ersättare"
    | "ej närvarande"
    | "ej närvarande ledamöter"
    | "anmält förhinder"
    | "anmält frånvaro" => Absent,
    "organ" | "beslutande organ" | "organ och sammanträdesdatum" | "nämnd" => Body,
    "anslag/bevis"
    | "anslag / bevis"
    | "bevis/anslag"
    | "bevis"
    | "anslag"
    | "bevis om anslag"
    | "anslagsbevis"
    | "tillkännagivande av justering" => Notice,
    "justerare"
    | "utses att justera"
    | "protokolljusterare"
    | "protokollsjusterare"
    | "justerande"
    | "justeras"
    | "justeras av" => Justerare,
    "datum för justering" | "justeringsdatum" | "justeringsdag" | "justerat" => JusteringDate,
    "plats och tid för justering"
    | "justeringens plats och tid"
    | "justeringens tid och plats"
    | "justeringens plats"
    | "tid och plats för justering"
    | "justering" => JusteringPlace,
    "plats och tid"
    | "tid och plats"
    | "datum och tid"
    | "tid och datum"
    | "datum och plats"
    | "plats och datum"
    | "datum, tid och plats"
    | "tid, datum och plats"
    | "sammanträdestid"
    | "mötesdatum"
    | "plats och tid för sammanträde"
    | "sammanträdesdatum"
    | "sammanträdesdag"
    | "sammanträdesdagen"
    | "tid"
    | "plats" => Meeting,
    "paragraf"
    | "paragrafer"
    | "paragrafnummer"
    | "avser paragrafer"
    | "protokollet omfattar" => Paragraphs,
    "sekreterare" | "protokollförare" | "vid protokollet" => Secretary,
    "ordförande" => Chair,
    "underskrifter" | "underskrift" | "signaturer" => Signatures,
    "datum" => Date,
}

/// A line that starts with a front label and carries its value after it:
/// `Sekreterare   Patrik Johansson`, `Plats och tid för Kungsbackarummet ...`,
/// `Beslutande: Anna Ek (S), ordförande`, `Utses att justera Bo Ek (M)`.
/// Returns the label and the byte length of the label in `text` (with its
/// colon).
pub fn front_label_prefix(text: &str) -> Option<(FrontLabel, usize)> {
    if let Some(x) = fixed_label_prefix(text).or_else(|| glued_label_prefix(text)) {
        return Some(x);
    }
    words_prefix(text, true)
}

/// The longest run of leading words that is a label, then a value. With
/// `gate`, a line whose first word opens no label (`opens_label`) is
/// turned away there, its other words not folded: no run of them is one.
fn words_prefix(text: &str, gate: bool) -> Option<(FrontLabel, usize)> {
    // Labels are capitalised; `datum: 2024-06-18` is metadata (YAML), not
    // a label.
    if !text.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let mut best = None;
    let mut end = 0;
    // The leading words folded one by one, not every prefix anew.
    let mut folded = String::new();
    let mut fw = String::new();
    for (n, w) in text.split(' ').enumerate() {
        if n >= 6 || w.is_empty() {
            break;
        }
        end += if n == 0 { w.len() } else { w.len() + 1 };
        crate::text::fold_into(w, &mut fw);
        if folded.is_empty() {
            // The first word: kept as folded (`fw` folds the next anew).
            std::mem::swap(&mut folded, &mut fw);
            let first = folded.as_bytes().iter().position(|&b| b == b' ');
            let first = first.map_or(folded.as_str(), |k| &folded[..k]);
            if gate && !folded.is_empty() && !opens_label(first) {
                return None;
            }
        } else if !fw.is_empty() {
            folded.push(' ');
            folded.push_str(&fw);
        }
        let label = if end > 60 {
            None
        } else {
            front_label_folded(&folded)
        };
        let Some(label) = label else {
            if w.ends_with(':') {
                break;
            }
            continue;
        };
        let value = text[end..].trim_start();
        // The whole line is a label (`Justeringens plats och tid`, not
        // `Justeringens plats` with the value `och tid`).
        if value.is_empty() {
            return None;
        }
        // One word and a single space (`Tid för nästa möte`): a label only
        // when a colon ends it or a name, date or number follows.
        let colon = w.ends_with(':');
        let value_ok =
            colon || n > 0 || value.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if value_ok {
            best = Some((label, end));
        }
        if colon {
            break;
        }
    }
    best
}

/// `Utses att justeraIsabel Hildén`, `Paragrafer12 – 22`: a label a
/// document database glued to its value, found where the line's first
/// lower-case letter is followed by a capital or a digit. Only labels of
/// one value (a name, a date, a place, a range): an attendance label glued
/// to a table's column heads (`Ordinarie ledamöterTjgEj tjg`) opens the
/// table, not a value.
fn glued_label_prefix(text: &str) -> Option<(FrontLabel, usize)> {
    glued_read(text, true)
}

/// [`glued_label_prefix`]; with `gate`, a line is turned away unread when
/// its first two bytes, both ASCII, lowered, open none of the labels taken
/// glued (`ju`, `pl`, `se`, ...; a fold lowers ASCII a byte at a time and
/// makes white space a space, which no label has second).
fn glued_read(text: &str, gate: bool) -> Option<(FrontLabel, usize)> {
    use FrontLabel::*;
    if !text.starts_with(char::is_uppercase) {
        return None;
    }
    if let (true, [x, y, ..]) = (gate, text.as_bytes()) {
        let pair = [x.to_ascii_lowercase(), y.to_ascii_lowercase()];
        if x.is_ascii()
            && y.is_ascii()
            && !matches!(
                &pair,
                b"ju"
                    | b"ut"
                    | b"pr"
                    | b"da"
                    | b"pl"
                    | b"ti"
                    | b"sa"
                    | b"pa"
                    | b"av"
                    | b"se"
                    | b"vi"
                    | b"or"
            )
        {
            return None;
        }
    }
    let mut prev = ' ';
    for (k, c) in text.char_indices().take_while(|&(k, _)| k <= 60) {
        if prev.is_lowercase() && (c.is_uppercase() || c.is_ascii_digit()) {
            let label = front_label(&text[..k]).filter(|l| {
                matches!(
                    l,
                    Justerare
                        | JusteringDate
                        | JusteringPlace
                        | Paragraphs
                        | Secretary
                        | Chair
                        | Meeting
                        | Date
                )
            });
            return label.map(|l| (l, k));
        }
        prev = c;
    }
    None
}

/// The labels a front may run into their value with no gap.
fn fixed_label_prefix(text: &str) -> Option<(FrontLabel, usize)> {
    FIXED.prefix(text)
}

pub(super) const FIXED: fixed_prefix::Fixed<FrontLabel> = fixed_prefix::Fixed {
    prefixes: &[
        ("plats och tid för justering", FrontLabel::JusteringPlace),
        ("plats och tid för sammanträde", FrontLabel::Meeting),
        ("plats och tid för", FrontLabel::Meeting),
        ("plats och tid", FrontLabel::Meeting),
        ("protokolljusterare", FrontLabel::Justerare),
        ("protokollsjusterare", FrontLabel::Justerare),
        ("utses att justera", FrontLabel::Justerare),
        ("justerare", FrontLabel::Justerare),
        ("sekreterare", FrontLabel::Secretary),
        ("ordförande", FrontLabel::Chair),
        ("paragrafer", FrontLabel::Paragraphs),
        ("datum för justering", FrontLabel::JusteringDate),
    ],
    // `2:e vice ordförande: Persson Tord (S)`: a member with a role, when a
    // colon and a name with a party follow (alone, an agenda item).
    roles: &[
        "vice ordförande:",
        "1:e vice ordförande:",
        "2:e vice ordförande:",
    ],
    member: FrontLabel::Members,
};

#[cfg(test)]
mod tests;
