//! The counts of a vote as written: `45 ja, 12 nej, 3 avstod`, in digits or
//! words, in a sentence or a table.

use crate::model::*;

const NUMBER_WORDS: [&str; 21] = [
    "noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
    "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton", "tjugo",
];

/// A count written in digits (`12`) or as a word (`tolv`).
pub(crate) fn number(w: &str) -> Option<u32> {
    if !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok();
    }
    if w == "ett" {
        return Some(1);
    }
    NUMBER_WORDS.iter().position(|x| *x == w).map(|n| n as u32)
}

/// Words with their byte positions (`-` and `/` stay inside words).
/// ASCII is read by the byte; another character is decoded to ask
/// whether it is a letter or digit.
fn words(low: &str) -> Vec<(usize, &str)> {
    // `-` and `/` are ASCII: trimmed off both ends byte by byte.
    let word = |a: usize, e: usize| -> &str {
        let w = &low.as_bytes()[a..e];
        let inner = |x: &u8| *x != b'-' && *x != b'/';
        let from = w.iter().position(inner).unwrap_or(w.len());
        let to = w.iter().rposition(inner).map_or(from, |k| k + 1);
        &low[a + from..a + to]
    };
    let b = low.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 6 + 1);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        let (inner, len) = if x < 0x80 {
            (x.is_ascii_alphanumeric() || x == b'-' || x == b'/', 1)
        } else {
            let c = low[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        };
        match (inner, start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                out.push((a, word(a, i)));
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(a) = start {
        out.push((a, word(a, b.len())));
    }
    out
}

/// `30-19`, `30–19`: two counts written as a score.
fn score(w: &str) -> Option<(u32, u32)> {
    let (a, b) = w.split_once('-').or_else(|| w.split_once('–'))?;
    // At most three digits: no assembly has a thousand members, and a
    // span of years (`2025-2030`) is no score.
    let digits = |x: &str| !x.is_empty() && x.len() <= 3 && x.bytes().all(|b| b.is_ascii_digit());
    (digits(a) && digits(b)).then(|| Some((a.parse().ok()?, b.parse().ok()?)))?
}

/// Whether the words from `k` name a side of a vote on the matter (`för
/// att avgöra ärendet i dag`, `för återremiss`, `för kommunstyrelsens
/// förslag`), not a candidate in an election (`för Annie`).
fn a_side(w: &[(usize, &str)], k: usize) -> bool {
    let Some(&(_, first)) = w.get(k) else {
        return false;
    };
    first == "att" || w[k..].iter().take(5).any(|(_, x)| proposal_word(x))
}

/// A word that names a proposal or what one asks (`förslaget`,
/// `yrkandet`, `avslag`, `återremiss`, `motionen`), not a person.
fn proposal_word(w: &str) -> bool {
    w.starts_with("förslag")
        || w.starts_with("yrkande")
        || matches!(
            w,
            "avslag" | "bifall" | "återremiss" | "bordläggning" | "motionen"
        )
}

/// `27 röster för att avgöra ärendet idag och 22 röster för återremiss`:
/// the two sides a count sentence names, as written in `t` (`low` is
/// `t` in lower case, byte for byte).
pub(super) fn sides_in(t: &str, low: &str) -> Option<(String, String)> {
    // `6 röster för X`, `6 ledamöter röstar för X`.
    let first = |s: &str| {
        [" röster för ", " röstar för ", "-röster för "]
            .iter()
            .filter_map(|m| crate::text::find_str(s, m).map(|k| (k, m.len())))
            .min()
    };
    let Some((a, la)) = first(low) else {
        return received(t, low);
    };
    let a = a + la;
    let (b, lb) = first(&low[a..])?;
    let b = a + b;
    // The first side ends at `och` before the second side's count
    // (`och 5 röster`, `och 5 ledamöter röstar`).
    let och = a + low[a..b].rfind(" och ")?;
    let mut count = low[och + " och ".len()..b].split(' ');
    number(count.next()?)?;
    if count.count() > 1 {
        return None;
    }
    let x = t[a..och].trim();
    let y = t[b + lb..].trim().trim_end_matches('.').trim();
    (!x.is_empty() && !y.is_empty()).then(|| (x.to_string(), y.to_string()))
}

/// `Förvaltningens förslag får 6 röster och Ida Bergs förslag får 5
/// röster`: the proposals before each `får`.
fn received(t: &str, low: &str) -> Option<(String, String)> {
    const GETS: &str = " får ";
    let a = crate::text::find_str(low, GETS)?;
    let och = a + crate::text::find_str(&low[a..], " och ")?;
    let from = och + " och ".len();
    let b = from + crate::text::find_str(&low[from..], GETS)?;
    let counted = |k: usize| {
        low[k + GETS.len()..]
            .split(' ')
            .next()
            .and_then(number)
            .is_some()
    };
    if !(counted(a) && counted(b)) {
        return None;
    }
    let x = t[..a].trim();
    let y = t[from..b].trim();
    (!x.is_empty() && !y.is_empty()).then(|| (x.to_string(), y.to_string()))
}

/// `ja nej avstår 4 3 0`: two or more different ballot labels in a row,
/// then as many counts in digits, each the count of its label in turn.
fn labels_over_numbers(w: &[(usize, &str)]) -> Option<Counts> {
    #[derive(PartialEq)]
    enum Side {
        Yes,
        No,
        Abstain,
        Absent,
    }
    let side = |x: &str| match x {
        "ja" | "ja-röster" => Some(Side::Yes),
        "nej" | "nej-röster" => Some(Side::No),
        "avstår" | "avstod" | "avstående" | "blanka" | "nedlagda" => Some(Side::Abstain),
        "frånvarande" => Some(Side::Absent),
        _ => None,
    };
    let digits = |x: &str| !x.is_empty() && x.len() <= 4 && x.bytes().all(|b| b.is_ascii_digit());
    let mut k = 0;
    while k < w.len() {
        let run: Vec<Side> = w[k..].iter().map_while(|x| side(x.1)).collect();
        let n = run.len();
        if n < 2 {
            k += 1;
            continue;
        }
        let distinct = run.iter().enumerate().all(|(a, x)| !run[..a].contains(x));
        let counts = w
            .get(k + n..k + 2 * n)
            .filter(|c| c.iter().all(|x| digits(x.1)));
        let after_digit = w.get(k + 2 * n).is_some_and(|x| digits(x.1));
        if let (true, Some(counts), false) = (distinct, counts, after_digit) {
            if run.contains(&Side::Yes) && run.contains(&Side::No) {
                let mut c = Counts::default();
                for (s, x) in run.iter().zip(counts) {
                    let v = x.1.parse().ok();
                    match s {
                        Side::Yes => c.yes = v,
                        Side::No => c.no = v,
                        Side::Abstain => c.abstain = v,
                        Side::Absent => c.absent = v,
                    }
                }
                return Some(c);
            }
        }
        k += n;
    }
    None
}

/// The counts written in one sentence: one `Counts` per vote it reports
/// (`10 röster för Annie, 8 röster för Erik` reports two).
pub(super) fn counts_in(low: &str) -> Vec<Counts> {
    let w = words(low);
    let word = |i: usize| w.get(i).map(|x| x.1).unwrap_or("");
    let mut c = Counts::default();
    let mut found = false;
    let mut separate: Vec<Counts> = Vec::new();
    // A word holds `/` only when the sentence does: looked for once.
    let slash = memchr::memchr(b'/', low.as_bytes()).is_some();
    let mut i = 0;
    while i < w.len() {
        let cur = w[i].1;
        // `2/3/1 röster för/emot/blankt`
        if slash && cur.contains('/') && word(i + 1).starts_with("röst") {
            let nums: Vec<Option<u32>> = cur.split('/').map(number).collect();
            let labels: Vec<&str> = word(i + 2).split('/').collect();
            if nums.iter().all(Option::is_some) && nums.len() == labels.len() {
                for (n, l) in nums.iter().zip(&labels) {
                    match *l {
                        "för" | "ja" => c.yes = *n,
                        "emot" | "mot" | "nej" => c.no = *n,
                        "blankt" | "blanka" | "avstår" | "avstod" | "nedlagda" => c.abstain = *n,
                        _ => {}
                    }
                }
                found = true;
                i += 3;
                continue;
            }
        }
        // `Voteringen utföll 30-19 till förmån för kommunstyrelsens
        // förslag`: a score, the winning side's count first.
        // `6–5`: the en dash parts the words; the score read across it.
        let dashed = w.get(i + 1).and_then(|&(at, next)| {
            let gap = low.get(w[i].0 + cur.len()..at)?;
            (gap == "–")
                .then(|| score(&format!("{cur}-{next}")))
                .flatten()
        });
        if let Some((n, m)) = score(cur).or(dashed) {
            let prev = if i == 0 { "" } else { word(i - 1) };
            let told = (word(i + 1) == "till" && word(i + 2) == "förmån")
                || matches!(
                    prev,
                    "utföll"
                        | "utfaller"
                        | "slutade"
                        | "slutar"
                        | "blev"
                        | "rösterna"
                        | "röstsiffrorna"
                );
            if told {
                c.yes = Some(n);
                c.no = Some(m);
                found = true;
            }
            i += 1 + dashed.is_some() as usize;
            continue;
        }
        let Some(n) = number(cur) else {
            i += 1;
            continue;
        };
        let next = word(i + 1);
        let next2 = word(i + 2);
        let is_digits = cur.bytes().all(|b| b.is_ascii_digit());
        // Number words like `en` and `sex` are common words: only before a vote word.
        match next {
            "ja-röster" | "ja-röst" | "ja" | "jaröster" => {
                c.yes = Some(n);
                found = true;
            }
            "nej-röster" | "nej-röst" | "nej" | "nejröster" => {
                c.no = Some(n);
                found = true;
            }
            "avstår" | "avstod" | "avstående" | "nedlagda" | "blanka" | "blankröster" => {
                c.abstain = Some(n);
                found = true;
            }
            "som"
                if matches!(
                    next2,
                    "avstår" | "avstod" | "avstått" | "röstade" | "lade" | "lägger"
                ) =>
            {
                let third = word(i + 3);
                if matches!(next2, "avstår" | "avstod" | "avstått")
                    || (next2 == "röstade" && third == "blankt")
                    || matches!(next2, "lade" | "lägger")
                {
                    c.abstain = Some(n);
                } else if next2 == "röstade" && third == "för" {
                    c.yes = Some(n);
                } else if next2 == "röstade" && matches!(third, "mot" | "emot" | "nej") {
                    c.no = Some(n);
                } else if next2 == "röstade" && third == "ja" {
                    c.yes = Some(n);
                }
                found = true;
            }
            // `2 ledamöter som avstår från att rösta`, `1 ledamot avstår`
            "ledamöter" | "ledamot"
                if matches!(next2, "avstår" | "avstod" | "avstått")
                    || (next2 == "som"
                        && matches!(word(i + 3), "avstår" | "avstod" | "avstått")) =>
            {
                c.abstain = Some(n);
                found = true;
            }
            // `7 röstar ja och 4 röstar nej`, `4 ledamöter röstade nej`,
            // `fyra för nej`
            "röstar" | "röstade" | "ledamöter" | "ledamot" | "för" => {
                let said = if next == "för" {
                    next2
                } else if matches!(next2, "röstar" | "röstade") {
                    word(i + 3)
                } else if matches!(next, "röstar" | "röstade") {
                    next2
                } else {
                    ""
                };
                // `6 ledamöter röstar för förvaltningens förslag och 5
                // för ...`: a side of the vote and its count.
                let side_at = if matches!(next2, "röstar" | "röstade") {
                    i + 4
                } else {
                    i + 3
                };
                let a_side = said == "för" && next != "för" && a_side(&w, side_at);
                match said {
                    "ja" => c.yes = Some(n),
                    "nej" => c.no = Some(n),
                    "blankt" if next != "för" => c.abstain = Some(n),
                    "för" if a_side && c.yes.is_none() => c.yes = Some(n),
                    "för" if a_side && c.no.is_none() => c.no = Some(n),
                    _ => {}
                }
                found |=
                    matches!(said, "ja" | "nej") || (said == "blankt" && next != "för") || a_side;
            }
            "frånvarande" if is_digits || found => {
                c.absent = Some(n);
                found = true;
            }
            "röster" | "röst" => {
                // `med 7 röster mot 4`, `10 röster för Annie`, `fick 23 röster`
                let prev = if i == 0 { "" } else { word(i - 1) };
                // `Förvaltningens förslag får 6 röster och Ida Bergs förslag
                // 5 röster`: a proposal's count, the first side's first.
                let proposal_before = (i.saturating_sub(5)..i).any(|j| proposal_word(word(j)));
                if matches!(next2, "ja" | "nej") {
                    // `52 röster ja, 49 röster nej`
                    if next2 == "ja" {
                        c.yes = Some(n);
                    } else {
                        c.no = Some(n);
                    }
                    found = true;
                    i += 3;
                    continue;
                } else if matches!(prev, "får" | "fick") && proposal_before && c.no.is_none() {
                    if c.yes.is_none() {
                        c.yes = Some(n);
                    } else {
                        c.no = Some(n);
                    }
                    found = true;
                } else if matches!(next2, "mot" | "emot") {
                    if let Some(m) = number(word(i + 3)) {
                        c.yes = Some(n);
                        c.no = Some(m);
                        found = true;
                        i += 4;
                        continue;
                    }
                    c.no = Some(n);
                    found = true;
                } else if next2 == "för" && word(i + 3).starts_with("avsl") {
                    // `5 röster för bifall och 2 röster för avslag`
                    c.no = Some(n);
                    found = true;
                } else if next2 == "för" && matches!(word(i + 3), "ja" | "nej") {
                    // `sju röster för ja`
                    if word(i + 3) == "ja" {
                        c.yes = Some(n);
                    } else {
                        c.no = Some(n);
                    }
                    found = true;
                } else if next2 == "för" && word(i + 3).starts_with("bifall") {
                    c.yes = Some(n);
                    found = true;
                } else if next2 == "för" && c.yes.is_some() && c.no.is_none() && a_side(&w, i + 3)
                {
                    // `27 röster för att avgöra ärendet i dag och 22
                    // röster för återremiss`: the two sides of one vote.
                    c.no = Some(n);
                } else if next2 == "för" {
                    if c.yes.is_some() && c.no.is_none() {
                        separate.push(Counts {
                            yes: Some(n),
                            ..Counts::default()
                        });
                    } else {
                        c.yes = Some(n);
                    }
                    found = true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    // The labels over their numbers, a table set with spaces and read
    // line by line: `Ja  Nej  Avstår` / `4  3  0`.
    if let Some(l) = labels_over_numbers(&w) {
        return vec![l];
    }
    // The label before the number: `Ja 7, Nej 4, Avstår 2`, `Ja-röster: 7`
    // (when the yes label comes first and no number stands before it).
    let is_yes = |x: &str| matches!(x, "ja" | "ja-röster" | "ja-röst");
    let label_first = (0..w.len()).any(|k| {
        is_yes(w[k].1)
            && w.get(k + 1)
                .is_some_and(|x| !x.1.is_empty() && x.1.bytes().all(|b| b.is_ascii_digit()))
            && (k == 0 || number(w[k - 1].1).is_none())
    });
    if label_first || !found {
        let mut l = Counts::default();
        for (k, (_, label)) in w.iter().enumerate() {
            let Some(n) = w.get(k + 1).and_then(|x| {
                x.1.bytes()
                    .all(|b| b.is_ascii_digit())
                    .then(|| number(x.1))
                    .flatten()
            }) else {
                continue;
            };
            match *label {
                "ja" | "ja-röster" | "ja-röst" => l.yes = Some(n),
                "nej" | "nej-röster" | "nej-röst" => l.no = Some(n),
                "avstår" | "avstod" | "avstående" | "blanka" | "blankt" | "nedlagda" => {
                    l.abstain = Some(n)
                }
                "frånvarande" => l.absent = Some(n),
                _ => {}
            }
        }
        if l.yes.is_some() && l.no.is_some() {
            return vec![l];
        }
    }
    let mut out = Vec::new();
    if found {
        out.push(c);
    }
    out.extend(separate);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::text::lower;

    #[test]
    fn words_are_read_as_character_by_character() {
        // The reading by characters.
        fn plain(low: &str) -> Vec<(usize, &str)> {
            let mut out = Vec::new();
            let mut start: Option<usize> = None;
            for (i, c) in low.char_indices() {
                let inner = c.is_alphanumeric() || c == '-' || c == '/';
                match (inner, start) {
                    (true, None) => start = Some(i),
                    (false, Some(a)) => {
                        out.push((a, low[a..i].trim_matches(['-', '/'])));
                        start = None;
                    }
                    _ => {}
                }
            }
            if let Some(a) = start {
                out.push((a, low[a..].trim_matches(['-', '/'])));
            }
            out
        }
        let pieces = [
            "ja", "-", "/", " ", "7", "röst", "å", "é", "€", "\u{a0}", "ǅ", ",", "x", "٣",
        ];
        let mut rng = crate::testing::Rng::new(0x7c0d_e5a1);
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 12);
            assert_eq!(words(&t), plain(&t), "{t:?}");
        }
    }

    fn c(s: &str) -> Vec<(Option<u32>, Option<u32>, Option<u32>, Option<u32>)> {
        counts_in(&lower(s))
            .into_iter()
            .map(|c| (c.yes, c.no, c.abstain, c.absent))
            .collect()
    }

    #[test]
    fn the_sides_a_count_sentence_names() {
        let t = "Omröstningen utfaller med 27 röster för att avgöra ärendet idag och 22 röster för återremiss.";
        assert_eq!(
            sides_in(t, &lower(t)),
            Some(("att avgöra ärendet idag".into(), "återremiss".into()))
        );
        let t = "6 ledamöter röstar för förvaltningens förslag och 5 ledamöter röstar för Ida Bergs förslag.";
        assert_eq!(
            sides_in(t, &lower(t)),
            Some(("förvaltningens förslag".into(), "Ida Bergs förslag".into()))
        );
        let t = "Därvid avgavs 21 ja-röster för kommunstyrelsens förslag och 14 nej-röster för Gun Sylvéns yrkande.";
        assert_eq!(
            sides_in(t, &lower(t)),
            Some((
                "kommunstyrelsens förslag".into(),
                "Gun Sylvéns yrkande".into()
            ))
        );
        let t = "Förvaltningens förslag får 6 röster och Ida Bergs förslag får 5 röster.";
        assert_eq!(
            sides_in(t, &lower(t)),
            Some(("Förvaltningens förslag".into(), "Ida Bergs förslag".into()))
        );
        assert_eq!(c(t), vec![(Some(6), Some(5), None, None)]);
        // Near miss: one side's count alone.
        let t = "Förslaget fick 27 röster för och 22 mot.";
        assert_eq!(sides_in(t, &lower(t)), None);
        // Near miss: votes for people in an election are no sides.
        assert!(c("5 ledamöter röstar för Anna Berg och 3 för Bo Ek.").is_empty());
    }

    #[test]
    fn counts_as_written() {
        assert_eq!(
            c("med 9 ja-röster mot 4 nej-röster och 2 som avstår, beslutar"),
            vec![(Some(9), Some(4), Some(2), None)]
        );
        assert_eq!(
            c("Omröstningsresultat: 5 Ja-röster, 54 Nej-röster och 2 frånvarande"),
            vec![(Some(5), Some(54), None, Some(2))]
        );
        assert_eq!(
            c("7 röstar ja och 4 röstar nej."),
            vec![(Some(7), Some(4), None, None)]
        );
        assert_eq!(
            c("7 ledamöter röstade ja, 4 röstade nej och 1 röstade blankt."),
            vec![(Some(7), Some(4), Some(1), None)]
        );
        assert_eq!(
            c("Resultat: 52 röster ja, 49 röster nej."),
            vec![(Some(52), Some(49), None, None)]
        );
        assert_eq!(
            c("Sju röster för ja och fyra för nej."),
            vec![(Some(7), Some(4), None, None)]
        );
        // A number before `för` that names no side is no count.
        assert_eq!(c("Sex för bifall till motionen."), vec![]);
        assert_eq!(
            c("Med 7 röster mot 4 beslutar nämnden enligt förslaget."),
            vec![(Some(7), Some(4), None, None)]
        );
        assert_eq!(
            c("DV vann med 10 röster mot 3 röster."),
            vec![(Some(10), Some(3), None, None)]
        );
        assert_eq!(
            c("Mötet nekar ansvarsfrihet med 2/3/1 röster för/emot/blankt."),
            vec![(Some(2), Some(3), Some(1), None)]
        );
        assert_eq!(
            c("blev det fyra som röstade för attsatsen och fyra som röstade mot."),
            vec![(Some(4), Some(4), None, None)]
        );
        assert_eq!(
            c("10 röster för Annie, 8 röster för Erik."),
            vec![(Some(10), None, None, None), (Some(8), None, None, None)]
        );
        // A score, and two sides of one vote each with its count.
        assert_eq!(
            c("Voteringen utföll 30-19 till förmån för kommunstyrelsens förslag."),
            vec![(Some(30), Some(19), None, None)]
        );
        // The score with an en dash, which parts the words.
        assert_eq!(
            c("Med röstsiffrorna 31–30 beslutar fullmäktige enligt förslaget."),
            vec![(Some(31), Some(30), None, None)]
        );
        assert_eq!(c("Planen gäller 2026–2030."), vec![]);
        assert_eq!(
            c("Omröstningen utfaller med 27 röster för att avgöra ärendet idag och 22 röster för återremiss."),
            vec![(Some(27), Some(22), None, None)]
        );
        assert_eq!(
            c("Med rösterna 6-5 beslutar nämnden att bifalla förslaget."),
            vec![(Some(6), Some(5), None, None)]
        );
        assert_eq!(
            c("6 ledamöter röstar för förvaltningens förslag och 5 ledamöter röstar för Ida Bergs (M) förslag."),
            vec![(Some(6), Some(5), None, None)]
        );
        assert_eq!(
            c("Omröstningen utfaller med 6 röster för förvaltningens förslag och 5 röster för Ida Bergs (M) förslag."),
            vec![(Some(6), Some(5), None, None)]
        );
        // Near misses: years from one to another, an election's votes for
        // people.
        assert!(c("Planen gäller 2025-2030 för hela kommunen.").is_empty());
        assert_eq!(
            c("Det blev 10 röster för Annie och 8 röster för Erik."),
            vec![(Some(10), None, None, None), (Some(8), None, None, None)]
        );
        assert_eq!(
            c("Vid omröstningen avgavs 5 röster för bifall och 2 röster för avslag."),
            vec![(Some(5), Some(2), None, None)]
        );
        assert!(c("Sex personer deltog och en av dem talade.").is_empty());
        assert_eq!(
            c("Omröstningsresultat: Ja 7, Nej 4, Avstår 2."),
            vec![(Some(7), Some(4), Some(2), None)]
        );
        assert_eq!(
            c("Ja-röster: 6, nej-röster: 5."),
            vec![(Some(6), Some(5), None, None)]
        );
        assert!(c("Nej, det blev 5 av dem.").is_empty());
        assert_eq!(
            c("Omröstningsresultat: Ja 31, Nej 24, Avstår 4, Frånvarande 2."),
            vec![(Some(31), Some(24), Some(4), Some(2))]
        );
    }

    /// A table of counts set with spaces, read line by line: its labels,
    /// then their counts in turn. Near misses: fewer counts than labels,
    /// a longer row of numbers, one label alone.
    #[test]
    fn labels_over_their_counts() {
        assert_eq!(
            c("Ja                    Nej                   Avstår\n4   3   0"),
            vec![(Some(4), Some(3), Some(0), None)]
        );
        assert_eq!(
            c("Nej Ja Frånvarande 2 9 1"),
            vec![(Some(9), Some(2), None, Some(1))]
        );
        assert!(c("Ja Nej Avstår 4 3").is_empty());
        assert!(c("Ja Nej 2024 2025 2026").is_empty());
        assert!(c("Avstår 4 3").is_empty());
    }
}
