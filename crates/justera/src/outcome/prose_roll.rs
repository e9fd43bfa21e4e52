//! Open votes written as prose: the names of those who voted each way,
//! listed per side in running text (`Ja röstar A (S), B (S) och C (V),
//! sammanlagt 3 röster.`, `Följande ledamöter röstar nej: ...`, `A (S) och
//! B (M) röstar ja.`, `Ja-röster (7): ...`, `Avstår från att rösta gör C
//! (C).`). Kommunallagen 5 kap. 66-67 §§ (for nämnder through 6 kap. 35 §)
//! require the protocol to say how each member voted in an open vote;
//! whatever the form, the side's count is its printed tally, or the list's
//! length when none is printed.

use super::furniture::flat_without_furniture;
use super::text::lower;
use crate::model::*;
use crate::text::has;

/// One side's list in a sentence.
#[derive(Clone, Debug)]
pub(crate) struct SideList {
    pub ballot: Ballot,
    pub entries: Vec<RollCallEntry>,
    /// The tally printed with the list (`sammanlagt 6 röster`, `Ja-röster (7)`).
    pub tally: Option<u32>,
    /// The list runs to the sentence's end on a comma: it goes on in the
    /// next sentence (after a page break).
    pub open: bool,
}

impl SideList {
    /// The side's count: its printed tally, else the list's length.
    pub fn count(&self) -> u32 {
        self.tally.unwrap_or(self.entries.len() as u32)
    }
}

use super::votes::counts::number;

/// The phrases that name a side, with the ballot they stand for. The
/// names follow them (`Ja röstar ...`, `röstar ja: ...`) or come before
/// them (`A (S) och B (M) röstar ja`).
const SIDES: &[(&str, Ballot)] = &[
    ("ja röstar", Ballot::Yes),
    ("ja röstade", Ballot::Yes),
    ("nej röstar", Ballot::No),
    ("nej röstade", Ballot::No),
    ("röstar ja", Ballot::Yes),
    ("röstade ja", Ballot::Yes),
    ("röstar nej", Ballot::No),
    ("röstade nej", Ballot::No),
    ("ja-röster", Ballot::Yes),
    ("nej-röster", Ballot::No),
    ("ja-röst", Ballot::Yes),
    ("nej-röst", Ballot::No),
    ("avstår från att rösta", Ballot::Abstain),
    ("avstod från att rösta", Ballot::Abstain),
    ("avstår", Ballot::Abstain),
    ("avstod", Ballot::Abstain),
];

/// A person as listed: `Anna Ek (S)`, `ordföranden Anna Ek (S)`, `Anna Ek`.
fn person(t: &str) -> Option<(String, Option<String>, usize, usize)> {
    let lead = t.len() - t.trim_start().len();
    let mut s = t.trim();
    let mut start = lead;
    // `ordföranden Anna Ek (S)`: a role before the name.
    while let Some((w, rest)) = s.split_once(' ') {
        if matches!(
            w,
            "ordföranden" | "ordförande" | "vice" | "ledamoten" | "ersättaren" | "tjänstgörande"
        ) {
            start += w.len() + 1;
            s = rest.trim_start();
        } else {
            break;
        }
    }
    let (name, party) = match s.find('(') {
        Some(k) => {
            let p = s[k + 1..].strip_suffix(')')?.trim();
            if p.is_empty() || p.chars().count() > 5 || !p.chars().all(char::is_alphabetic) {
                return None;
            }
            (s[..k].trim(), Some(p.to_string()))
        }
        None => (s, None),
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let ok_word = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            || matches!(w, "af" | "von" | "de" | "van")
    };
    if !(2..=5).contains(&words.len()) || !words.iter().all(|w| ok_word(w)) {
        return None;
    }
    Some((words.join(" "), party, start, start + s.len()))
}

/// The person a stretch ends with, after page furniture: `... Sida 8
/// (10)  Angelica Hult (SD)`.
fn last_person(t: &str) -> Option<(String, Option<String>, usize, usize)> {
    let t = t.trim_end();
    let open = t.rfind('(')?;
    let before = t[..open].trim_end();
    // Up to three capitalised words before the party, back to a gap.
    let mut start = before.len();
    let mut n = 0;
    for w in before.rsplit(' ') {
        if w.is_empty() || n == 3 || !w.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        if !w.chars().all(|c| c.is_alphabetic() || c == '-') {
            break;
        }
        start -= w.len() + usize::from(start != before.len());
        n += 1;
    }
    if n < 2 {
        return None;
    }
    let (name, party, a, b) = person(&t[start..])?;
    Some((name, party, start + a, start + b))
}

/// Where sides' labels (`Nej-röster`, `Avstår`) start in `t`, as words of
/// their own, in order (one sweep per label).
fn side_labels(t: &str) -> Vec<usize> {
    let low = t.to_lowercase();
    if low.len() != t.len() {
        return Vec::new();
    }
    let mut at: Vec<usize> = SIDES
        .iter()
        .flat_map(|(p, _)| {
            let low = &low;
            starts_of(low, p).filter(move |&k| {
                !low[..k].ends_with(|c: char| c.is_alphanumeric() || c == '-')
                    && !low[k + p.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
            })
        })
        .collect();
    at.sort_unstable();
    at
}

/// Where `n` (not empty) stands in `h`, as `h.match_indices(n)` finds it
/// (each after the end of the one before), by `find_str`: the standard
/// search builds a searcher for every needle.
fn starts_of<'a>(h: &'a str, n: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let k = from + crate::text::find_str(h.get(from..)?, n)?;
        from = k + n.len().max(1);
        Some(k)
    })
}

/// A chunk between commas cut at `och` and `samt` (`A (S) och B (M)`:
/// one chunk, two names), each piece with its offset.
fn pieces(chunk: &str) -> Vec<(usize, &str)> {
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    let mut from = 0;
    for sep in [" och ", " samt "] {
        if let Some(k) = crate::text::find_str(&chunk[from..], sep) {
            pieces.push((from, &chunk[from..from + k]));
            from += k + sep.len();
        }
    }
    pieces.push((from, &chunk[from..]));
    // `, och C (V)`: an empty piece before `och`.
    pieces
        .into_iter()
        .map(|(o, p)| match p.trim_start().strip_prefix("och ") {
            Some(r) => (o + p.len() - r.len(), r),
            None => (o, p),
        })
        .filter(|(_, p)| !p.trim().is_empty())
        .collect()
}

/// Whether every piece of a chunk is a person: a list read on, whatever
/// its line breaks' indentation (`Lennart Bo` / `(SÅP) och Maja Ros
/// (SÅP)`), not a stretch with page furniture inside.
fn all_people(chunk: &str) -> bool {
    let p = pieces(chunk);
    !p.is_empty() && p.iter().all(|(_, x)| person(x).is_some())
}

/// Names listed from the start of `t`, separated by commas, `och` and
/// `samt`; with the byte offset where the list ends.
/// A name read from a roll call in prose: name, party, start and end.
type Named = (String, Option<String>, usize, usize);

fn names(t: &str) -> (Vec<Named>, usize) {
    let mut out = Vec::new();
    let mut at = 0;
    let mut end = 0;
    let labels = side_labels(t);
    while at < t.len() {
        let rest = &t[at..];
        // A list broken by a page's footer and header (`Jimmy Blom (SD),`
        // / `Justerandes signatur` / `Sammanträdesdatum: 2025-04-24` /
        // `Sida 8 (10)` / `Angelica Hult (SD), ...`): after a comma the
        // list goes on with the first name the next page shows.
        // A list ends where the next side's label starts, even without a
        // full stop (`... Ingemar Kvist (KD)` / `Nej-röster (2): ...`).
        let next_label = labels
            .get(labels.partition_point(|&k| k <= at))
            .map_or(rest.len(), |&k| k - at);
        if !out.is_empty() {
            let comma = rest.find(',').unwrap_or(rest.len());
            let first = rest.find([',', ';', '.', ':']).unwrap_or(rest.len());
            let piece = &rest[..comma];
            // Not past the next side's label (an indented layout's gaps
            // are no page's furniture).
            if comma <= 400
                && comma < next_label
                && has(piece, "   ")
                && (first < comma || !all_people(&rest[..first]))
            {
                if let Some((n, party, a, b)) = last_person(piece) {
                    out.push((n, party, at + a, at + b));
                    end = at + b;
                    if comma == rest.len() {
                        break;
                    }
                    at += comma + 1;
                    continue;
                }
            }
        }
        let stop = rest
            .find([',', ';', '.', ':'])
            .unwrap_or(rest.len())
            .min(next_label);
        let chunk = &rest[..stop];
        let mut all = true;
        for (o, p) in pieces(chunk) {
            match person(p) {
                Some((n, party, a, b)) => {
                    out.push((n, party, at + o + a, at + o + b));
                    end = at + o + b;
                }
                None => {
                    // `Bo Berg (M)` / `Kommunfullmäktige beslutar ...`: the
                    // list's last name and, with no full stop between, the
                    // next sentence; the name ends the list.
                    let close = p.find(')').map_or(0, |c| c + 1);
                    let next = p[close..].trim_start();
                    if close > 0 && next.starts_with(char::is_uppercase) {
                        if let Some((n, party, a, b)) = person(&p[..close]) {
                            out.push((n, party, at + o + a, at + o + b));
                            end = at + o + b;
                        }
                    }
                    all = false;
                    break;
                }
            }
        }
        if !all || stop == rest.len() || !rest[stop..].starts_with(',') {
            break;
        }
        at += stop + 1;
    }
    (out, end)
}

/// The tally printed right after a list (`, sammanlagt 6 röster`,
/// `(6 röster)`, `– 6 ja-röster`).
fn tally_after(low: &str) -> Option<u32> {
    let t = low.trim_start_matches([',', ' ', '–', '-', '\n']);
    let words: Vec<&str> = t
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    let lead = matches!(
        words.first().copied(),
        Some("sammanlagt" | "totalt" | "tillsammans" | "summa")
    ) || t.starts_with('(');
    let first_num = words.iter().position(|w| number(w).is_some())?;
    let followed_by_vote = words
        .get(first_num + 1)
        .is_some_and(|w| w.starts_with("röst") || w.ends_with("röster") || *w == "ledamöter");
    (lead || (first_num == 0 && followed_by_vote))
        .then(|| number(words[first_num]))
        .flatten()
}

/// The names a sentence opens with, continuing a side's list that the
/// sentence before left open; with its tally and whether it is still open.
pub(crate) fn continued(src: &str, span: Span, ballot: Ballot) -> Option<SideList> {
    let flat = span.of(src).replace(['\n', '\r', '\t'], " ");
    let (list, end) = names(window(&flat, 0));
    // Every name of a continued list carries its party.
    if list.is_empty() || list.iter().any(|x| x.1.is_none()) {
        return None;
    }
    let low = lower(&flat);
    Some(SideList {
        ballot,
        open: low[end..].trim() == ",",
        tally: tally_after(&low[end..]),
        entries: list
            .into_iter()
            .map(|(name, party, a, b)| RollCallEntry {
                name,
                party,
                vote: ballot,
                inferred: false,
                joined: None,
                span: Span::new(span.start + a, span.start + b),
            })
            .collect(),
    })
}

/// A list of names is never longer than this: each list is read within it,
/// so a long text without punctuation stays linear.
const MAX_LIST: usize = 8_000;

/// `t` from `from`, at most [`MAX_LIST`] bytes.
fn window(t: &str, from: usize) -> &str {
    let mut end = (from + MAX_LIST).min(t.len());
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    &t[from..end]
}

/// Whether the lower case of `t` can hold `röst` or `avst`: `t` holds
/// `st` in any case after `r` and `ö` or `a` and `v` in any case (lower
/// casing maps no other character onto these).
fn may_hold_vote_word(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr2_iter(b's', b'S', b).any(|i| {
        let before = &b[..i];
        let n = before.len();
        let ro = n >= 3
            && matches!(&before[n - 2..], [0xc3, 0xb6 | 0x96])
            && before[n - 3].eq_ignore_ascii_case(&b'r');
        let av = n >= 2 && before[n - 2..].eq_ignore_ascii_case(b"av");
        (ro || av) && b.get(i + 1).is_some_and(|c| c.eq_ignore_ascii_case(&b't'))
    })
}

/// Every side's list in one sentence (`span` into `src`).
pub(crate) fn side_lists(src: &str, span: Span) -> Vec<SideList> {
    if !may_hold_vote_word(span.of(src)) {
        return Vec::new();
    }
    // Line breaks as spaces (same length): lists wrap over lines; a
    // page's foot and head inside a list as spaces too.
    let raw = span.of(src);
    let flat = flat_without_furniture(raw);
    let t = flat.as_str();
    let low = lower(t);
    if !has(&low, "röst") && !has(&low, "avst") {
        return Vec::new();
    }
    let entry = |(name, party, a, b): (String, Option<String>, usize, usize), vote| RollCallEntry {
        name,
        party,
        vote,
        inferred: false,
        joined: None,
        span: Span::new(span.start + a, span.start + b),
    };
    let mut out: Vec<SideList> = Vec::new();
    let mut taken_to = 0;
    let mut k = 0;
    while k < low.len() {
        let Some((len, ballot)) = SIDES
            .iter()
            .find(|(p, _)| low[k..].starts_with(p))
            .map(|(p, b)| (p.len(), *b))
        else {
            k += low[k..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let before_ok = k == 0 || !low[..k].ends_with(|c: char| c.is_alphanumeric());
        let after = &low[k + len..];
        let after_ok = !after.starts_with(|c: char| c.is_alphanumeric() || c == '-');
        if !before_ok || !after_ok || k < taken_to {
            k += len;
            continue;
        }
        // Names after: `Ja röstar: A (S), ...`, `Ja-röster (7): ...`,
        // `Avstår från att rösta gör C (C)`.
        let mut from = k + len;
        let mut tally = None;
        let r = &low[from..];
        let r_trim = r.trim_start();
        if let Some(inner) = r_trim.strip_prefix('(') {
            if let Some(close) = inner.find(')') {
                if let Some(n) = number(inner[..close].trim()) {
                    tally = Some(n);
                    from += r.len() - r_trim.len() + 1 + close + 1;
                }
            }
        }
        let r = &low[from..];
        let skip = r.len() - r.trim_start_matches([':', ' ', '\n']).len();
        let colon = r[..skip].contains(':');
        // Columns (`Ja-röst   Nej-röst   Avstår` over a table) are not prose;
        // a line break and the next line's indentation are no columns.
        let columns =
            r[..skip].contains("   ") && !raw.as_bytes()[from..from + skip].contains(&b'\n');
        from += skip;
        let verb = low[from..].starts_with("gör ");
        if verb {
            from += 4;
        }
        // A noun or a bare `avstår` opens a list only with a colon or `gör`
        // (`Ja-röster (7): ...`, `Avstår: ...`, `Avstår från att rösta gör
        // ...`); `Ja röstar ...` and `röstar ja ...` open one as they stand.
        let phrase = &low[k..k + len];
        let needs_colon =
            phrase.ends_with("röster") || phrase.ends_with("röst") || phrase.starts_with("avst");
        let (list, end) = if columns || (needs_colon && !colon && !verb) {
            (Vec::new(), 0)
        } else {
            names(window(t, from))
        };
        if !list.is_empty() {
            let tail_tally = tally_after(&low[from + end..]);
            let open = low[from + end..].trim() == ",";
            out.push(SideList {
                open,
                ballot,
                entries: list
                    .into_iter()
                    .map(|(n, p, a, b)| entry((n, p, from + a, from + b), ballot))
                    .collect(),
                tally: tally.or(tail_tally),
            });
            taken_to = from + end;
            k = taken_to;
            continue;
        }
        // Names before: `A (S), B (S) och C (V) röstar ja.` The list is
        // all that stands between the sentence's start (or the last side's
        // list) and the phrase.
        // Within a bounded window: a list of names is never longer.
        let mut window = k.saturating_sub(4_000);
        while !low.is_char_boundary(window) {
            window += 1;
        }
        let start = low[window..k]
            .rfind(['.', ':', ';'])
            .map_or(window, |x| window + x + 1)
            .max(taken_to);
        let head = &t[start..k];
        let (list, end) = names(head);
        // Before the phrase only names with their parties: a run of
        // capitalised words (a table's header) is not a list.
        if !list.is_empty() && list.iter().all(|x| x.1.is_some()) && head[end..].trim().is_empty() {
            out.push(SideList {
                open: false,
                ballot,
                entries: list
                    .into_iter()
                    .map(|(n, p, a, b)| entry((n, p, start + a, start + b), ballot))
                    .collect(),
                tally: tally_after(&low[k + len..]),
            });
            taken_to = k + len;
        }
        k += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vote_words_by_their_bytes() {
        for t in ["RÖST", "röstade", "Avstår", "AVSTOD", "x röSt"] {
            assert!(may_hold_vote_word(t), "{t}");
        }
        for t in ["ros", "röd st", "avs", "rost", "a vst", ""] {
            assert!(!may_hold_vote_word(t), "{t}");
        }
    }

    #[test]
    fn starts_of_is_match_indices() {
        let pieces = [
            "ja", "nej", " ", "-", "röst", "röstar", "ar", "a", "aa", "å", "ä", "Ö", "\n",
            "avstår", "x",
        ];
        let needles = [
            "ja röstar",
            "nej-röst",
            "avstår",
            "a",
            "aa",
            "aaa",
            "å",
            "röstar ja",
            " ",
        ];
        let mut rng = crate::testing::Rng::new(0x57a2_7501);
        for _ in 0..20_000 {
            let h = rng.pieces(&pieces, 12);
            for n in needles {
                let plain: Vec<usize> = h.match_indices(n).map(|(k, _)| k).collect();
                assert_eq!(starts_of(&h, n).collect::<Vec<_>>(), plain, "{h:?} {n:?}");
            }
        }
    }

    fn read(t: &str) -> Vec<(Ballot, Vec<String>, Option<u32>)> {
        side_lists(t, Span::new(0, t.len()))
            .into_iter()
            .map(|l| {
                (
                    l.ballot,
                    l.entries.iter().map(|e| e.name.clone()).collect(),
                    l.tally,
                )
            })
            .collect()
    }

    #[test]
    fn sides_in_every_form() {
        assert_eq!(
            read("Ja röstar Anna Ek (S), Bo Berg (M) och Eva Holm (C), sammanlagt 3 röster."),
            [(
                Ballot::Yes,
                vec!["Anna Ek".into(), "Bo Berg".into(), "Eva Holm".into()],
                Some(3)
            )]
        );
        assert_eq!(
            read("Följande ledamöter röstar nej: Pia Lund (V),\nsammanlagt 1 nej-röst."),
            [(Ballot::No, vec!["Pia Lund".into()], Some(1))]
        );
        assert_eq!(
            read("Anna Ek (S), Bo Berg (M) och Eva Holm (C) röstar ja."),
            [(
                Ballot::Yes,
                vec!["Anna Ek".into(), "Bo Berg".into(), "Eva Holm".into()],
                None
            )]
        );
        assert_eq!(
            read("Ja-röster (7): Anna Ek (S) och Bo Berg (M)."),
            [(
                Ballot::Yes,
                vec!["Anna Ek".into(), "Bo Berg".into()],
                Some(7)
            )]
        );
        assert_eq!(
            read("Avstår från att rösta gör Ola Brandt (C)."),
            [(Ballot::Abstain, vec!["Ola Brandt".into()], None)]
        );
        assert_eq!(
            read("Ja röstar ordföranden Karl\nNyström (S) och Viktor Nord\n(M)."),
            [(
                Ballot::Yes,
                vec!["Karl Nyström".into(), "Viktor Nord".into()],
                None
            )]
        );
    }

    #[test]
    fn a_list_goes_on_after_the_page_furniture() {
        let t = "Ja röstar: Kent Wallin (SD), Jimmy Blom (SD),\n\nJusterandes signatur       Utdragsbestyrkande\n\nKommunfullmäktige       Sammanträdesdatum: 2025-04-24\n                        Sida 8 (10)\n\nAngelica Hult (SD), Monica Skog (SÅP).";
        assert_eq!(
            read(t)[0].1,
            ["Kent Wallin", "Jimmy Blom", "Angelica Hult", "Monica Skog"]
        );
    }

    #[test]
    fn a_list_goes_on_over_a_pages_foot_and_head_as_a_converter_writes_them() {
        // Lines as a PDF's text layer gives them, no column gaps: the
        // signature boxes' labels, then the next page's header, with and
        // without the converter's page mark.
        let foot = "Ordförandes signatur Justerandes signatur Utdragsbestyrkande";
        let head = "Stenby kommun Protokoll nr 4\nKommunfullmäktige Sammanträdesdatum: 2025-04-24\nSida 8 (10)";
        for mark in ["", "<!-- sida 8 -->\n\n"] {
            let t = format!(
                "Ja röstar: Kent Wallin (SD), Louise Hammar (M), Daniel Sjöholm (SD), Jimmy Blom (SD),\n\n{foot}\n\n{mark}{head}\n\nAngelica Hult (SD) och Monica Skog (SÅP)."
            );
            assert_eq!(
                read(&t)[0].1,
                [
                    "Kent Wallin",
                    "Louise Hammar",
                    "Daniel Sjöholm",
                    "Jimmy Blom",
                    "Angelica Hult",
                    "Monica Skog"
                ],
                "{t}"
            );
        }
    }

    #[test]
    fn an_indented_layouts_gaps_do_not_carry_a_list_past_the_next_side() {
        let t = "        Ja-röster (2): Gunilla Wretman (M), Ingemar Kvist (KD)                 \n        Nej-röster (2): Birgit Olausson (C), Hasse Rydberg (TP)       \n";
        let got = read(t);
        assert_eq!(got[0].1, ["Gunilla Wretman", "Ingemar Kvist"]);
        assert_eq!(got[1].1, ["Birgit Olausson", "Hasse Rydberg"]);
    }

    #[test]
    fn a_list_on_the_next_indented_line_after_its_side() {
        let t = "        förslag. Ja röstade Gunilla Wretman (M) och Marie Lundell (S). Nej röstade\n        Kent Åberg (S) och Hasse Rydberg (TP).";
        let got = read(t);
        assert_eq!(got[1].0, Ballot::No);
        assert_eq!(got[1].1, ["Kent Åberg", "Hasse Rydberg"]);
        // Near miss: a table's header, its columns on one line.
        assert!(read("Ledamot   Ja-röst   Nej-röst   Avstår\nAnna Ek (S)   X").is_empty());
    }

    #[test]
    fn a_party_wrapped_onto_an_indented_line_keeps_its_name() {
        let t = "        Ja röstar: Eva Ek (M), Lennart Bo        \n        (SÅP) och Maja Ros (SÅP), sammanlagt 3 röster.";
        let got = read(t);
        assert_eq!(got[0].1, ["Eva Ek", "Lennart Bo", "Maja Ros"]);
    }

    #[test]
    fn a_list_ends_where_the_next_side_starts_and_a_singular_side_is_one() {
        let got = read(
            "Ja-röster (2): Anna Ek (M), Bo Ek (SD)\nNej-röster (1): Cia Ek (C)\nAvstår (1): Dan Ek (S)",
        );
        assert_eq!(
            got,
            [
                (Ballot::Yes, vec!["Anna Ek".into(), "Bo Ek".into()], Some(2)),
                (Ballot::No, vec!["Cia Ek".into()], Some(1)),
                (Ballot::Abstain, vec!["Dan Ek".into()], Some(1)),
            ]
        );
        let got = read("Ja-röster: Anna Ek (S) och Bo Ek (M); nej-röst: Cia Ek (V).");
        assert_eq!(got[1], (Ballot::No, vec!["Cia Ek".to_string()], None));
    }

    #[test]
    fn a_proposition_is_not_a_list() {
        assert!(read(
            "Den som vill bifalla Anna Eks (S) yrkande röstar ja, den som vill bifalla Bo Bergs (M) yrkande röstar nej."
        )
        .is_empty());
        assert!(
            read("Med 6 ja-röster mot 5 nej-röster beslutar nämnden enligt förslaget.").is_empty()
        );
        assert!(read("3 ledamöter avstår från att rösta.").is_empty());
        assert!(read("Ja-röst för förvaltningens förslag, nej-röst för avslag.").is_empty());
    }

    /// A side's list whose line ends without a full stop and the next
    /// sentence on the next line (`... Bo Berg (M)` / `Kommunfullmäktige
    /// beslutar ...`): the last name is the list's; near miss: words after
    /// the name in small letters are no new sentence.
    #[test]
    fn a_list_ended_by_the_next_sentence_without_a_stop() {
        let t = "Ja-röster: Karin Holm (S), Per Holm (S)\nNej-röster: Anna Ek (M), Bo Berg (M)\nKommunfullmäktige beslutar med 2 röster mot 2.";
        assert_eq!(
            read(t),
            [
                (
                    Ballot::Yes,
                    vec!["Karin Holm".to_string(), "Per Holm".to_string()],
                    None
                ),
                (
                    Ballot::No,
                    vec!["Anna Ek".to_string(), "Bo Berg".to_string()],
                    None
                ),
            ]
        );
        let t = "Nej-röster: Anna Ek (M), Bo Berg (M) med flera";
        assert_eq!(read(t), [(Ballot::No, vec!["Anna Ek".to_string()], None)]);
    }
}
