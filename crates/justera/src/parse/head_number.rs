//! A paragraph's number as written at the start of a head's line: the
//! sign and the number (`§ 17`, `$ 155` after OCR), a body's short or full
//! name before the sign (`KS § 45`, `Kommunstyrelsen § 45`, `Miljö- och
//! byggnadsnämnden § 3`), the number before the sign (`31 §`), a year
//! after it (`§ 45/2024`), the letter of an inserted paragraph (`§ 12 a`)
//! or the range of a joint head (`§§ 12-13`); the sign written as a word
//! (`Paragraf 12`) or the matter's word before the marker (`Ärende 12 §`),
//! the agenda's item number before the sign (`1. § 12`, `Ärende 3 - §
//! 12`), and emphasis around the marker (`_§ 12_ Title`).

use std::borrow::Cow;

use super::meeting::is_body_name;
use crate::labels::BODY_ENDINGS;
use crate::model::{number_suffix, NumberSuffix};

/// A paragraph number as written at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Marker {
    pub number: u32,
    /// A letter (`§ 12 a`) or the last number of a joint head (`§§ 12-13`).
    pub suffix: NumberSuffix,
    /// Byte length of the whole marker.
    pub len: usize,
    /// Written after a body's full name (`Socialnämnden § 45`).
    pub named: bool,
    /// Written after a committee of a body named in the genitive
    /// (`Kommunstyrelsens arbetsutskott § 12`), as references to another
    /// protocol are too: a head only where the numbering goes on.
    pub unsure: bool,
    /// Opened by a word that heads a matter, as the sign does (`Paragraf
    /// 12`, `Ärende 12 §`, `Ärende § 12`), or by the agenda's item number
    /// (`1. § 12`): read as a head opened by the sign.
    pub lead: bool,
    /// Where the number as written starts: past the agenda's item number
    /// before the sign (`1. § 12` -> 3), else 0.
    pub from: usize,
}

impl Marker {
    /// The highest number the marker names (`13` in `§§ 12-13`).
    pub fn last(&self) -> u32 {
        self.suffix.last.unwrap_or(self.number)
    }
}

/// `§ 17`, `§17`, `$ 155`: the number and the byte length of the marker and number.
pub(super) fn section_sign_number(t: &str) -> Option<(u32, usize)> {
    let rest = t.strip_prefix('§').or_else(|| t.strip_prefix('$'))?;
    let sign = t.len() - rest.len();
    if rest.starts_with('§') {
        return None; // `§§`: a range
    }
    let sp = rest.len() - rest.trim_start().len();
    let r = rest.trim_start();
    let nd = r.bytes().take_while(u8::is_ascii_digit).count();
    if nd == 0 || nd > 4 {
        return None;
    }
    let n = r[..nd].parse().ok()?;
    Some((n, sign + sp + nd))
}

/// A paragraph number as municipalities write it at the start of a line:
/// `§ 17`, `KS § 45`, `Au § 46`, `Ks § 45/2024`, `31 §`, `§ 12 a`,
/// `§§ 12-13`, `Socialnämnden § 45`. Returns the number and the byte
/// length of the whole marker.
pub(super) fn head_number(t: &str) -> Option<(u32, usize)> {
    head_marker(t).map(|m| (m.number, m.len))
}

/// [`head_number`] with what the marker says beside the number.
pub(super) fn head_marker(t: &str) -> Option<Marker> {
    head_marker_as(t, true)
}

/// [`head_marker`] of a line that holds the sign only where `signed` (the
/// heads' pass knows which items hold none, `signs.rs`): a line known to
/// hold none is not searched for it.
pub(super) fn head_marker_as(t: &str, signed: bool) -> Option<Marker> {
    // Without the sign, only `$ 12` and the words (`Paragraf`, `Ärende`,
    // 0xC3 opening `Ä`) read a marker, each at the line's start.
    if !signed && !matches!(t.as_bytes().first(), Some(b'$' | b'P' | 0xC3)) {
        return None;
    }
    if t.starts_with(['§', '$']) {
        return sign_marker(t);
    }
    if let Some(m) = word_marker(t) {
        return Some(m);
    }
    // Every marker read below holds the sign (only `$ 12`, opening the
    // line, and `Paragraf 12` are written without it, both read above):
    // a line without it, most lines, is passed over on one search.
    if !signed {
        return None;
    }
    crate::text::find_str(t, "§")?;
    signed_marker(t)
}

/// [`head_marker`]'s readings of a marker that holds the sign not at the
/// line's start.
fn signed_marker(t: &str) -> Option<Marker> {
    // `KS § 45`, `KS-AU § 45`, `KS AU § 45`: the body's short name
    // before the sign, two names in capitals a space apart, or a
    // committee's in small letters after the body's (`Ks au § 45`, `Sn iu
    // § 12`: two letters ending in the `u` of utskott).
    let mut word = short_name(t).filter(|_| t.starts_with(|c: char| c.is_ascii_uppercase()));
    if let Some(w) = word {
        let second = t[w..]
            .strip_prefix(' ')
            .and_then(|r| short_name(r).map(|k| &r[..k]));
        let caps = |x: &str| !x.contains(|c: char| c.is_ascii_lowercase());
        let committee = |x: &str| x.len() == 2 && x.ends_with('u') && !caps(x);
        if let Some(s) = second.filter(|s| (caps(s) && caps(&t[..w])) || committee(s)) {
            if t[w + 1 + s.len()..].trim_start().starts_with('§') {
                word = Some(w + 1 + s.len());
            }
        }
    }
    if let Some(word) = word {
        let rest = &t[word..];
        let sp = rest.len() - rest.trim_start().len();
        if (1..=2).contains(&sp) && rest.trim_start().starts_with('§') {
            let m = sign_marker(rest.trim_start())?;
            // Read as the sign opening the line: `KS § 45 Title` right
            // under a paragraph's last sentence (a page's header dropped
            // between them) is a head where the numbering goes on.
            return Some(Marker {
                len: word + sp + m.len,
                lead: true,
                ..m
            });
        }
    }
    if let Some(m) = named_marker(t) {
        return Some(m);
    }
    agenda_marker(t)
        .or_else(|| item_before_sign(t))
        .or_else(|| number_sign_marker(t))
}

/// `1 § 12`: two numbers about the sign, the agenda's item number before
/// it and the paragraph's after it, as `§ 12` writes a paragraph. An
/// agenda counts the meeting's matters from one and the paragraphs count
/// them from the year's first meeting on, so the item's number is never
/// above the paragraph's; where it is (`13 § 1`, a statute's section and
/// its first point) the numbers are not read so.
fn item_before_sign(t: &str) -> Option<Marker> {
    let nd = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&nd) {
        return None;
    }
    let sign = t[nd..].strip_prefix(' ')?;
    if !sign.starts_with('§') {
        return None;
    }
    let item: u32 = t[..nd].parse().ok()?;
    led_marker(t, sign).filter(|m| item <= m.number && m.suffix.last.is_none())
}

/// `1. § 12`, `3) § 12`: the agenda's item number before the sign; the
/// marker from the sign on, opened by the item number as the sign opens one.
fn agenda_marker(t: &str) -> Option<Marker> {
    let nd = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&nd) {
        return None;
    }
    let r = t[nd..].strip_prefix(['.', ')'])?;
    let sign = r.trim_start();
    if sign.len() == r.len() || r.len() - sign.len() > 3 || !sign.starts_with('§') {
        return None;
    }
    led_marker(t, sign)
}

/// `31 §`: the number before the sign, the sign ending the marker.
fn number_sign_marker(t: &str) -> Option<Marker> {
    let nd = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&nd) {
        return None;
    }
    let rest = &t[nd..];
    let sp = rest.len() - rest.trim_start().len();
    let after = rest.trim_start().strip_prefix('§')?;
    // `12 §. Title`, `12 §:` alone: a point or a colon may close the
    // marker, as statute-style heads write it; the point is no part of it.
    let after = after.strip_prefix(['.', ':']).unwrap_or(after);
    (sp <= 1 && (after.is_empty() || after.starts_with(char::is_whitespace))).then(|| Marker {
        number: t[..nd].parse().unwrap_or(0),
        suffix: NumberSuffix::default(),
        len: nd + sp + '§'.len_utf8(),
        named: false,
        unsure: false,
        lead: false,
        from: 0,
    })
}

/// `Paragraf 12`, `PARAGRAF 12 a`: the sign written as a word (a year
/// after the number, `Paragraf 12/2024`, is left to the reference check);
/// `Ärende 12 §`, `Ärende § 12`: the matter's word before the marker.
fn word_marker(t: &str) -> Option<Marker> {
    if let Some(r) = ["Paragraf ", "PARAGRAF "]
        .iter()
        .find_map(|w| t.strip_prefix(w))
    {
        let nd = r.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=4).contains(&nd) {
            return None;
        }
        let number = r[..nd].parse().ok()?;
        let suffix = number_suffix(number, &r[nd..]);
        return Some(Marker {
            number,
            suffix,
            len: t.len() - r.len() + nd + suffix.len,
            named: false,
            unsure: false,
            lead: true,
            from: 0,
        });
    }
    let r = ["Ärende ", "ÄRENDE "]
        .iter()
        .find_map(|w| t.strip_prefix(w))?;
    let m = if r.starts_with('§') {
        sign_marker(r)
    } else if let Some(m) = item_before_sign(r) {
        // `Ärende 1 § 12`: the item's number, then the paragraph's.
        return Some(Marker {
            len: t.len() - r.len() + m.len,
            from: t.len() - r.len() + m.from,
            ..m
        });
    } else {
        number_sign_marker(r)
    };
    let Some(m) = m else {
        return item_then_sign(t, r);
    };
    Some(Marker {
        len: t.len() - r.len() + m.len,
        lead: true,
        ..m
    })
}

/// The marker at `sign`, the end of `t`, led by an agenda's item number
/// before it.
fn led_marker(t: &str, sign: &str) -> Option<Marker> {
    let from = t.len() - sign.len();
    let m = sign_marker(sign)?;
    Some(Marker {
        len: from + m.len,
        lead: true,
        from,
        ..m
    })
}

/// `Ärende 3 - § 12`, `Ärende 3: § 12`: the matter's agenda number, a
/// separator, then the paragraph's marker, from which the number as
/// written starts.
fn item_then_sign(t: &str, r: &str) -> Option<Marker> {
    let nd = r.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&nd) {
        return None;
    }
    let sign = r[nd..].trim_start_matches([' ', '\t', '-', '–', ':', '.']);
    if sign.len() == r.len() - nd || !sign.starts_with('§') {
        return None;
    }
    led_marker(t, sign)
}

/// The head's text with emphasis around its marker taken off (`_§ 12_
/// Title`, `*§ 12* Title`, `_§ 12 Title_` as written in `raw`): the
/// single marks the inline markup leaves (`**` is bold, read already).
pub(super) fn unemphasised<'a>(raw: &str, text: &'a str) -> Cow<'a, str> {
    // Most lines open with ASCII other than white space, `_` or `*`: no
    // emphasis, and nothing to trim.
    if raw
        .as_bytes()
        .first()
        .is_some_and(|&c| c > b' ' && c < 0x80 && c != b'_' && c != b'*')
    {
        return Cow::Borrowed(text);
    }
    unemphasised_read(raw, text)
}

/// [`unemphasised`], read whatever the line opens with.
fn unemphasised_read<'a>(raw: &str, text: &'a str) -> Cow<'a, str> {
    let raw = raw.trim_start();
    let Some(c) = raw.chars().next().filter(|&c| c == '_' || c == '*') else {
        return Cow::Borrowed(text);
    };
    if raw[1..].starts_with(c) {
        return Cow::Borrowed(text);
    }
    let t = text.strip_prefix(c).unwrap_or(text);
    let Some(m) = head_marker(t) else {
        return Cow::Borrowed(text);
    };
    let mut out = t.to_string();
    if out[m.len..].starts_with(c) {
        out.remove(m.len);
    } else if out.ends_with(c) {
        out.pop();
    } else {
        return Cow::Borrowed(text);
    }
    Cow::Owned(out)
}

/// `KS`, `Au`, `KS-AU`, `Ks/au`: a body's short name, one to six ASCII
/// letters, two such joined by a hyphen or slash; its byte length.
fn short_name(t: &str) -> Option<usize> {
    let letters = |s: &str| s.bytes().take_while(u8::is_ascii_alphabetic).count();
    let a = letters(t);
    if !(1..=6).contains(&a) {
        return None;
    }
    let b = t[a..]
        .strip_prefix(['-', '/'])
        .map(letters)
        .filter(|b| (1..=6).contains(b));
    Some(b.map_or(a, |b| a + 1 + b))
}

/// `§ 17`, `§ 12 a`, `§§ 12-13`, `§ 45/2024`: the sign first. `§§` takes
/// a range after it (alone it opens a list of references).
fn sign_marker(t: &str) -> Option<Marker> {
    // `§§`: the first sign skipped (`$§` after OCR too).
    let after_sign = t.strip_prefix(['§', '$']).filter(|r| r.starts_with('§'));
    let joint = after_sign.is_some();
    let skip = after_sign.map_or(0, |r| t.len() - r.len());
    let t = &t[skip..];
    let (number, len) = section_sign_number(t)?;
    let suffix = number_suffix(number, &t[len..]);
    if joint && suffix.last.is_none() {
        return None;
    }
    let (number, len) = if suffix.len > 0 {
        (number, len + suffix.len)
    } else {
        with_year(t, (number, len))
    };
    Some(Marker {
        number,
        suffix,
        len: skip + len,
        named: false,
        unsure: false,
        lead: false,
        from: 0,
    })
}

/// A committee of a body, the last word of its name after the body's
/// genitive (`Kommunstyrelsens arbetsutskott`).
const COMMITTEES: &[&str] = &[
    "utskott",
    "utskottet",
    "presidium",
    "presidiet",
    "beredning",
    "delegation",
];

/// `Kommunstyrelsen § 12`, `Miljö- och byggnadsnämnden § 3`: a body's full
/// name before the sign, ending in the body in the definite form. A year
/// after the number (`Kommunstyrelsen § 12/2024`) is how a reference to
/// another protocol is written, not a head; so is a committee after the
/// body's genitive (`Kommunstyrelsens arbetsutskott § 12`) often, which
/// is read as an unsure head.
/// Where the line's first `§` opens, when within its first 80 bytes:
/// looked for there alone (a `§` that opens at 80 ends at 82), not over a
/// long line.
fn sign_near_start(t: &str) -> Option<usize> {
    let mut near = t.len().min(82);
    while !t.is_char_boundary(near) {
        near -= 1;
    }
    crate::text::find_str(&t[..near], "§").filter(|&k| k <= 80)
}

fn named_marker(t: &str) -> Option<Marker> {
    let sign = sign_near_start(t)?;
    let name = t[..sign].trim_end();
    let sp = sign - name.len();
    if !(1..=2).contains(&sp)
        || !name
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == ' ')
    {
        return None;
    }
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let body = |w: &str| BODY_ENDINGS.iter().any(|e| w.ends_with(e));
    let genitive = words.iter().any(|w| w.strip_suffix('s').is_some_and(body));
    // The words before the body's: the first half of a joint name
    // (`Miljö- och`, `Kultur- och fritidsnämnden`) or an adjective
    // (`Regionala utvecklingsnämnden`); not a sentence's (`Enligt ...`).
    let (last, before) = words.split_last()?;
    let part_of_name = |w: &String| {
        w.ends_with('-') || matches!(w.as_str(), "och" | "för" | "samt") || w.ends_with('a')
    };
    // `Kommunstyrelsens arbetsutskott`, `Socialnämndens individutskott`,
    // `Kommunfullmäktiges presidium`: a committee of the body named in the
    // genitive just before it.
    let committee = COMMITTEES.iter().any(|e| last.ends_with(e))
        && before
            .iter()
            .rev()
            .skip_while(|w| w.ends_with('a'))
            .take(1)
            .any(|w| w.strip_suffix('s').is_some_and(body));
    let own = !genitive && body(last);
    let gen_ok = |w: &String| part_of_name(w) || w.strip_suffix('s').is_some_and(body);
    if words.len() > 5
        || !(own || committee)
        || !before.iter().all(gen_ok)
        || (own && !is_body_name(name))
    {
        return None;
    }
    let m = sign_marker(&t[sign..])?;
    let year = t[sign..sign + m.len].contains(['/', ':']);
    (!year).then_some(Marker {
        len: sign + m.len,
        named: true,
        unsure: committee,
        ..m
    })
}

/// `§ 45/2024`, `§ 45:2024`: the year after the number belongs to the marker.
fn with_year(t: &str, (n, len): (u32, usize)) -> (u32, usize) {
    let rest = &t[len..];
    if let Some(r) = rest.strip_prefix('/').or_else(|| rest.strip_prefix(':')) {
        let nd = r.bytes().take_while(u8::is_ascii_digit).count();
        if (nd == 2 || nd == 4) && !r[nd..].starts_with(|c: char| c.is_ascii_digit() || c == '/') {
            return (n, len + 1 + nd);
        }
    }
    (n, len)
}

#[cfg(test)]
mod tests {
    /// [`super::signed_marker`] reads no marker on a line without `§`
    /// (so [`super::head_marker`] passes such lines over), on generated
    /// lines of every form's pieces but the sign, and reads the forms with
    /// it.
    #[test]
    fn no_marker_is_read_without_the_sign() {
        let pieces = [
            "KS",
            "Ks au",
            "KS-AU",
            "Socialnämnden",
            "Kommunstyrelsens arbetsutskott",
            "Ärende",
            "ÄRENDE",
            "Paragraf",
            "1",
            "12",
            "123",
            "2024",
            ".",
            ")",
            ":",
            "-",
            "–",
            " ",
            "  ",
            "\t",
            "$",
            "$$",
            "a",
            "Title",
            "/",
            "(S)",
        ];
        let mut rng = crate::testing::Rng::new(0x1f83_d9ab_fb41_bd6b);
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 8);
            assert!(super::signed_marker(&t).is_none(), "{t:?}");
            // So a line known to hold no sign reads as one searched for it.
            assert_eq!(
                super::head_marker_as(&t, false),
                super::head_marker(&t),
                "{t:?}"
            );
        }
        for t in [
            "KS § 45 Title",
            "Socialnämnden § 45",
            "1. § 12 Title",
            "31 § Title",
            "Ärende 3 - § 12",
        ] {
            assert!(super::head_marker(t).is_some(), "{t:?}");
        }
    }

    /// [`super::unemphasised`], passed over on the line's first byte,
    /// against its reading of every line, on generated lines.
    #[test]
    fn unemphasised_is_read_off_the_first_byte() {
        let pieces = [
            "_", "*", "**", "§ 12", "$ 3", " ", "\u{a0}", "\t", "Titel", "Ärende", "å", "7", "x",
        ];
        let mut rng = crate::testing::Rng::new(0x6a09_e667_f3bc_c908);
        let mut changed = 0;
        for _ in 0..40_000 {
            let raw = rng.pieces(&pieces, 8);
            let text = raw.trim().trim_start_matches('*');
            let plain = super::unemphasised_read(&raw, text);
            assert_eq!(super::unemphasised(&raw, text), plain, "{raw:?}");
            changed += usize::from(plain != text);
        }
        assert!(changed > 100, "{changed}");
    }

    /// [`super::sign_near_start`] against its plain reading (the first
    /// `§` of the whole line, when it opens within 80 bytes), on generated
    /// lines with the sign around the 80th byte.
    #[test]
    fn the_sign_near_the_start_is_the_first_of_the_line() {
        let pieces = ["a", "å", "§", "€", " ", "12", "Kommunstyrelsen"];
        let mut rng = crate::testing::Rng::new(0x3c6e_f372_fe94_f82b);
        let mut found = 0;
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 40);
            let plain = t.find('§').filter(|&k| k <= 80);
            assert_eq!(super::sign_near_start(&t), plain, "{t:?}");
            found += usize::from(plain.is_some_and(|k| k > 60));
        }
        assert!(found > 1_000, "{found}");
    }
}
