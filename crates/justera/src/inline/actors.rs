//! Names with parties in running text: `Anna Ek (S)`, `X m.fl. (M)`,
//! party groups and parties listed after a comma.

use super::chars::{is_word_char, lower_keep, word_end};
use crate::model::Actor;
use crate::model::Span;
use crate::party::{is_party, party_of, PARTY_NAMES};

pub(super) const NOT_NAMES: &[&str] = &[
    "Borgarrådet",
    "Borgarråd",
    "Regionrådet",
    "Regionråd",
    "Gruppledaren",
    "Ersättarna",
    "Ledamöter",
    "Samtliga",
    "Ordföranden",
    "Ordförande",
    "Ordf",
    "Vice",
    "Andre",
    "Förste",
    "Ledamoten",
    "Ledamot",
    "Ersättaren",
    "Ersättare",
    "Sekreteraren",
    "Socialdirektör",
    "Kommundirektör",
    "Förvaltningschef",
    "Kommunalrådet",
    "Kommunalråd",
    "Och",
    "Samt",
    "Även",
    "Där",
    "Då",
    "Enligt",
    "Att",
    "Yrkande",
    "Förslag",
    "Reservation",
    "Tjänstgörande",
    "Ledamöterna",
    "Gruppledare",
    "Oppositionsrådet",
];

pub(super) fn name_word(w: &str) -> bool {
    if matches!(
        w,
        "von" | "af" | "de" | "van" | "der" | "den" | "la" | "el" | "bin" | "di" | "da" | "du"
    ) {
        return true;
    }
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    // One pass: every character a letter or a joiner, two letters at least.
    let mut letters = 0usize;
    for c in w.chars() {
        if c.is_alphabetic() {
            letters += 1;
        } else if c != '-' && c != '\'' && c != '’' {
            return false;
        }
    }
    letters >= 2
}

/// Whether `b` is an ASCII byte `char::is_whitespace` holds for (tab,
/// line feed, vertical tab, form feed, carriage return, space).
#[inline]
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// The character ending at byte `i > 0` of `s`: where it starts and
/// whether it is white space. ASCII read as a byte, the rest decoded.
#[inline]
fn space_before(s: &str, i: usize) -> (usize, bool) {
    let b = s.as_bytes()[i - 1];
    if b < 0x80 {
        return (i - 1, ascii_space(b));
    }
    let c = s[..i].chars().next_back().unwrap();
    (i - c.len_utf8(), c.is_whitespace())
}

/// `s[..pos].trim_end().len()`, walked back byte by byte.
fn spaces_back(s: &str, mut pos: usize) -> usize {
    while pos > 0 {
        let (p, space) = space_before(s, pos);
        if !space {
            break;
        }
        pos = p;
    }
    pos
}

/// Where the word ending at `pos` starts: just past the last white space
/// in `s[..pos]`, or 0.
fn word_back(s: &str, mut pos: usize) -> usize {
    while pos > 0 {
        let (p, space) = space_before(s, pos);
        if space {
            break;
        }
        pos = p;
    }
    pos
}

/// The name (two to five name words, titles dropped) that ends at `end`
/// in `s`: its start and the name with white space collapsed.
fn name_before(s: &str, end: usize) -> Option<(usize, String)> {
    // Walk back over name words (at most five, kept last first).
    let mut back = [(0usize, 0usize); 5];
    let mut n = 0;
    let mut pos = end;
    while n < 5 {
        let wend = spaces_back(s, pos);
        if wend < pos && wend == 0 {
            break;
        }
        let wstart = word_back(s, wend);
        let w = &s[wstart..wend];
        if w.is_empty() || !name_word(w) {
            break;
        }
        back[n] = (wstart, wend);
        n += 1;
        pos = wstart;
        if pos == 0 {
            break;
        }
    }
    // In the text's order.
    back[..n].reverse();
    let mut words = &back[..n];
    while words.len() > 1 && NOT_NAMES.contains(&&s[words[0].0..words[0].1]) {
        words = &words[1..];
    }
    // Lowercase particles cannot start a name.
    while words.len() > 1 && s[words[0].0..words[0].1].starts_with(|c: char| c.is_lowercase()) {
        words = &words[1..];
    }
    if words.len() < 2 || NOT_NAMES.contains(&&s[words[0].0..words[0].1]) {
        return None;
    }
    let start = words[0].0;
    let name = crate::scan::collapse_ws(&s[start..words[words.len() - 1].1]);
    Some((start, name))
}

/// One actor whose `(Party)` starts at `open` (the byte of `(`) in `s`.
fn actor_before(s: &str, open: usize, close: usize, base: usize) -> Option<Actor> {
    let inner = &s[open + 1..close];
    let before = &s[..open];
    let mut group = false;
    let mut end = before.trim_end().len();
    let trimmed = &before[..end];
    for mfl in ["m.fl.", "m fl", "m.fl", "med flera"] {
        if let Some(rest) = trimmed.strip_suffix(mfl) {
            group = true;
            end = rest.trim_end().len();
            break;
        }
    }
    // `Johan Malm m.fl. (M, L)`: a group of several parties, its first
    // the named member's own, as such lists are written.
    let party = match party_of(inner) {
        Some(p) => p,
        None if group => group_parties(inner)?,
        None => return None,
    };
    let (start, name) = name_before(s, end)?;
    Some(Actor {
        name,
        party: Some(party),
        group,
        span: Span::new(base + start, base + close + 1),
    })
}

/// A text that is nothing but people, each `Name (Party)`, apart by
/// commas, `och`, `samt` or lines, a written text's `skriftligt` or `se
/// bilaga 2` after them allowed (`Bo Lind (M) och Cia Holm (C)`): the
/// people; none for a text that says more.
pub(crate) fn only_actors(t: &str, base: usize) -> Vec<Actor> {
    if t.len() > 400 {
        return Vec::new();
    }
    let actors = find_actors(t, base);
    let mut at = 0;
    let mut rest = String::new();
    for a in &actors {
        let (from, to) = (a.span.start - base, a.span.end - base);
        rest.push_str(&t[at..from.max(at)]);
        rest.push(' ');
        at = to.max(at);
    }
    rest.push_str(&t[at..]);
    let said_more = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | '(' | ')' | '*' | '_'))
        .filter(|w| !w.is_empty())
        .any(|w| {
            let w = w.to_lowercase();
            !(matches!(
                w.as_str(),
                "och" | "samt" | "se" | "bilaga" | "skriftligt" | "skriftligen" | "skriftlig"
            ) || w.bytes().all(|b| b.is_ascii_digit()))
        });
    if said_more {
        Vec::new()
    } else {
        actors
    }
}

/// The first of a group's parties (`M, L`, `S, MP och V`), when every
/// item is a party.
fn group_parties(inner: &str) -> Option<String> {
    let mut first = None;
    for item in inner.split(',').flat_map(|p| p.split(" och ")) {
        let p = party_of(item)?;
        first.get_or_insert(p);
    }
    first
}

/// Everyone written `Name (Party)`, `Name m.fl. (Party)` or `Name m.fl.
/// (Party, Party)` in a text.
pub fn find_actors(s: &str, base: usize) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::new();
    let mut from = 0;
    while let Some(k) = s[from..].find('(') {
        let open = from + k;
        let Some(c) = s[open..].find(')') else { break };
        let close = open + c;
        if close - open <= 24 {
            if let Some(a) = actor_before(s, open, close, base) {
                out.push(a);
            }
        }
        from = open + 1;
    }
    out
}

/// A party written on its own, not in parentheses: in full
/// (`Moderaterna`) or as an upper-case abbreviation (`KD`, `M`).
fn bare_party(w: &str) -> Option<String> {
    // Lowered only when a name is as long (lower case keeps the length).
    let mut l = None;
    if let Some((_, p)) = PARTY_NAMES
        .iter()
        .find(|(n, _)| n.len() == w.len() && *l.get_or_insert_with(|| lower_keep(w)) == *n)
    {
        return Some(p.to_string());
    }
    if w.chars().all(|c| c.is_uppercase()) && is_party(w) {
        return Some(w.to_string());
    }
    None
}

/// One party list item at `i`: `(s)`, `(SD)`, `KD`, `Moderaterna`.
/// Returns the party, the item as written and its end.
fn party_item(s: &str, i: usize) -> Option<(String, usize)> {
    if s[i..].starts_with('(') {
        let c = s[i..].find(')').filter(|&c| c <= 14)?;
        return Some((party_of(&s[i + 1..i + c])?, i + c + 1));
    }
    let e = word_end(s, i);
    if e == i {
        return None;
    }
    Some((bare_party(&s[i..e])?, e))
}

/// A list of parties starting at `i`: `M, L och KD`, `(s) och (v)`.
/// Each item as (party, start, end).
pub(super) fn party_list(s: &str, i: usize) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut i = i;
    while let Some((p, e)) = party_item(s, i) {
        out.push((p, i, e));
        let rest = &s[e..];
        let sep = [
            ", ",
            " och ",
            " samt ",
            " & ",
            "/",
            " resp. ",
            " respektive ",
        ]
        .iter()
        .find(|x| rest.starts_with(**x));
        match sep {
            Some(x) => i = e + x.len(),
            None => break,
        }
    }
    out
}

/// Words that start a party group: `Ledamöterna från M`, `Samtliga
/// ledamöter för (SD)`, `Ledamoten från D`.
const GROUP_LEADS: [&str; 7] = [
    "ledamöterna",
    "ledamöter",
    "ledamoten",
    "ledamot",
    "ersättarna",
    "företrädarna",
    "representanterna",
];

/// The words after a party's name in the genitive that make it a group
/// (`Moderaternas ledamöter`, `Socialdemokraternas fullmäktigegrupp`).
const GROUP_NOUNS: [&str; 8] = [
    "ledamöter",
    "ledamot",
    "ledamöterna",
    "grupp",
    "gruppen",
    "fullmäktigegrupp",
    "företrädare",
    "representanter",
];

/// A party's abbreviation from its name in lower case (`moderaterna`).
fn party_by_name(name: &str) -> Option<&'static str> {
    PARTY_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, p)| *p)
}

/// Party groups in a text: `Ledamöterna från M, L och KD`, `ledamöterna för
/// (s) och (v)`, `SD-gruppen`; one group actor per party.
pub(super) fn party_groups(s: &str, low: &str, base: usize) -> Vec<Actor> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap();
        if !c.is_alphabetic() || (i > 0 && s[..i].ends_with(is_word_char)) {
            i += c.len_utf8();
            continue;
        }
        let e = word_end(s, i);
        let w = &low[i..e];
        if GROUP_LEADS.contains(&w) {
            // `Samtliga ledamöter`, `Alla ledamöter`, `De ledamöter`.
            let mut start = i;
            let pre = low[..i].trim_end();
            for q in ["samtliga", "alla"] {
                if pre.ends_with(q)
                    && !pre[..pre.len() - q.len()].ends_with(is_word_char)
                    && pre.len() + 1 == i
                {
                    start = pre.len() - q.len();
                }
            }
            for prep in [" från ", " för ", " i ", " ur "] {
                if low[e..].starts_with(prep) {
                    let items = party_list(s, e + prep.len());
                    let lead_text: String =
                        s[start..e].split_whitespace().collect::<Vec<_>>().join(" ");
                    let mut lead_text = lead_text;
                    if let Some(f) = lead_text.chars().next() {
                        lead_text =
                            f.to_uppercase().collect::<String>() + &lead_text[f.len_utf8()..];
                    }
                    for (k, (p, a, b)) in items.iter().enumerate() {
                        out.push(Actor {
                            name: format!("{lead_text}{prep}{p}"),
                            party: Some(p.clone()),
                            group: true,
                            span: Span::new(base + if k == 0 { start } else { *a }, base + b),
                        });
                    }
                    if let Some(last) = items.last() {
                        i = last.2;
                    }
                    break;
                }
            }
            i = i.max(e);
            continue;
        }
        // `Moderaternas ledamöter`, `Vänsterpartiets fullmäktigegrupp`: a
        // party's name in the genitive before a group's word.
        // `Socialdemokraternas och Vänsterpartiets ledamöter`: several
        // genitives joined before the one group word, each a group.
        if let Some(party) = w.strip_suffix('s').and_then(party_by_name) {
            let mut parties = vec![(party, i, e)];
            let mut at = e;
            loop {
                let rest = &low[at..];
                let Some(j) = [", ", " och ", " samt "]
                    .iter()
                    .find_map(|j| rest.starts_with(j).then_some(at + j.len()))
                else {
                    break;
                };
                let je = word_end(s, j);
                match low[j..je].strip_suffix('s').and_then(party_by_name) {
                    Some(p) if parties.len() < 8 => {
                        parties.push((p, j, je));
                        at = je;
                    }
                    _ => break,
                }
            }
            let rest = &low[at..];
            let gap = rest.len() - rest.trim_start_matches(' ').len();
            let g = at + gap;
            let ge = word_end(s, g);
            if gap > 0 && GROUP_NOUNS.contains(&&low[g..ge]) {
                for (party, a, b) in parties {
                    out.push(Actor {
                        name: format!("{} {}", &s[a..b], &s[g..ge]),
                        party: Some(party.to_string()),
                        group: true,
                        span: Span::new(base + a, base + if b == at { ge } else { b }),
                    });
                }
                i = ge;
                continue;
            }
        }
        // `SD-gruppen`, `MP-gruppens`.
        if let Some(head) = s[i..e]
            .strip_suffix("-gruppen")
            .or_else(|| s[i..e].strip_suffix("-gruppens"))
        {
            if let Some(p) = bare_party(head) {
                out.push(Actor {
                    name: format!("{head}-gruppen"),
                    party: Some(p),
                    group: true,
                    span: Span::new(base + i, base + e),
                });
            }
        }
        i = e;
    }
    out
}

/// Label style, a party after a comma: `Tove Lindqvist, L, reserverar
/// sig`, `Tove Lindqvist, L: Motionen bifalls.`
pub(super) fn comma_parties(s: &str, base: usize) -> Vec<Actor> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = s[from..].find(", ") {
        let comma = from + k;
        from = comma + 2;
        let i = comma + 2;
        let e = word_end(s, i);
        let w = &s[i..e];
        let party = if matches!(&s[i..], r if r.starts_with('-') && e == i + 1) {
            Some("-".to_string())
        } else if !w.is_empty() && w.chars().all(|c| c.is_uppercase()) && is_party(w) {
            Some(w.to_string())
        } else {
            None
        };
        let Some(party) = party else { continue };
        let after = s[e..].trim_start();
        if !(after.is_empty() || after.starts_with([',', ':'])) {
            continue;
        }
        if let Some((start, name)) = name_before(s, comma) {
            out.push(Actor {
                name,
                party: Some(party),
                group: false,
                span: Span::new(base + start, base + e),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_of_several_parties() {
        let who = |s: &str| {
            find_actors(s, 0)
                .into_iter()
                .map(|a| (a.name, a.party, a.group))
                .collect::<Vec<_>>()
        };
        let g = |n: &str, p: &str| (n.to_string(), Some(p.to_string()), true);
        assert_eq!(
            who("Johan Malm m.fl. (M, L) yrkade bifall."),
            [g("Johan Malm", "M")]
        );
        assert_eq!(
            who("Eva Lind m fl (S, MP och V) reserverade sig."),
            [g("Eva Lind", "S")]
        );
        // Without `m.fl.` one person has one party; and a list must be
        // all parties.
        assert!(who("Johan Malm (M, L) yrkade bifall.").is_empty());
        assert!(who("Johan Malm m.fl. (M, se bilaga) yrkade bifall.").is_empty());
    }

    #[test]
    fn actors_in_a_sentence() {
        let s = "Ordföranden Alexander Ojanne m.fl. (S), Rashid Mohammed (V) och Kerstin Höök (KD) yrkade enligt lag (LSS).";
        let a = find_actors(s, 0);
        let n: Vec<_> = a
            .iter()
            .map(|a| (a.name.as_str(), a.party.as_deref().unwrap(), a.group))
            .collect();
        assert_eq!(
            n,
            vec![
                ("Alexander Ojanne", "S", true),
                ("Rashid Mohammed", "V", false),
                ("Kerstin Höök", "KD", false)
            ]
        );
        assert_eq!(a[1].span.of(s), "Rashid Mohammed (V)");
    }

    /// Pieces the generated texts are made of: names, particles, titles,
    /// joiners, parties and edge bytes (non-ASCII, `§`, å ä ö, Å Ä Ö, É,
    /// tabs, NBSP, CR, other Unicode spaces, runs of 15/16/17 bytes).
    const PIECES: &[&str] = &[
        "Anna",
        "Ek",
        "von",
        "de",
        "Ordföranden",
        "Vice",
        "Åsa",
        "Öberg",
        "Émile",
        "Ärla",
        "ö",
        "É",
        "o'Neil",
        "Lind-Ek",
        "Ma’ria",
        "m.fl.",
        "§",
        "12",
        " ",
        "  ",
        "\t",
        "\u{a0}",
        "\r\n",
        "\u{2003}",
        "\u{3000}",
        "\u{b}",
        "\u{c}",
        "\u{1c}",
        "\u{85}",
        "x",
        "",
        "ABCDEFGHIJKLMNO",
        "Abcdefghijklmnop",
        "Abcdefghijklmnopq",
        "å",
        "Ä",
        ",",
        "Moderaterna",
        "MODERATERNA",
        "vänsterpartiet",
        "VÄNSTERPARTIET",
        "Liberalernas",
        "KD",
        "M",
    ];

    /// [`bare_party`] as first written: the word lowered whatever its
    /// length.
    fn bare_party_ref(w: &str) -> Option<String> {
        let l = lower_keep(w);
        if let Some((_, p)) = PARTY_NAMES.iter().find(|(n, _)| *n == l) {
            return Some(p.to_string());
        }
        if w.chars().all(|c| c.is_uppercase()) && is_party(w) {
            return Some(w.to_string());
        }
        None
    }

    /// [`bare_party`], which lowers a word only when a party's name is as
    /// long, against its first form on generated words.
    #[test]
    fn bare_party_lowers_only_words_as_long_as_a_name() {
        let mut rng = crate::testing::Rng::new(0x9b05_688c_2b3e_6c1f);
        let mut named = 0;
        for _ in 0..20_000 {
            let w = rng.pieces(PIECES, 3);
            let got = bare_party(&w);
            assert_eq!(got, bare_party_ref(&w), "{w:?}");
            named += usize::from(got.is_some_and(|p| p.len() > 1 || w.len() > 2));
        }
        assert!(named > 500, "{named}");
    }

    /// A name word as first written, three passes over its characters.
    fn word_ref(w: &str) -> bool {
        matches!(
            w,
            "von" | "af" | "de" | "van" | "der" | "den" | "la" | "el" | "bin" | "di" | "da" | "du"
        ) || w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
    }

    /// The walk back over words as first written, char by char.
    fn name_before_ref(s: &str, end: usize) -> Option<(usize, String)> {
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut pos = end;
        while words.len() < 5 {
            let seg = &s[..pos];
            let ws = seg.trim_end();
            if ws.len() < seg.len() && ws.is_empty() {
                break;
            }
            let wstart = ws
                .rfind(|c: char| c.is_whitespace())
                .map(|k| k + ws[k..].chars().next().unwrap().len_utf8())
                .unwrap_or(0);
            let w = &ws[wstart..];
            if w.is_empty() || !word_ref(w) {
                break;
            }
            words.push((wstart, ws.len()));
            pos = wstart;
            if pos == 0 {
                break;
            }
        }
        words.reverse();
        while words.len() > 1 && NOT_NAMES.contains(&&s[words[0].0..words[0].1]) {
            words.remove(0);
        }
        while words.len() > 1 && s[words[0].0..words[0].1].starts_with(|c: char| c.is_lowercase()) {
            words.remove(0);
        }
        if words.len() < 2 || NOT_NAMES.contains(&&s[words[0].0..words[0].1]) {
            return None;
        }
        let start = words[0].0;
        let name = crate::scan::collapse_ws(&s[start..words.last().unwrap().1]);
        Some((start, name))
    }

    #[test]
    fn name_before_walks_bytes_as_chars() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut texts: Vec<String> = PIECES.iter().map(|p| p.to_string()).collect();
        for a in PIECES {
            for b in PIECES {
                texts.push(format!("{a} {b}"));
                texts.push(format!("{a}{b}"));
            }
        }
        for _ in 0..4000 {
            let n = (next() % 9) as usize;
            let t: String = (0..n)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            texts.push(t);
        }
        for t in &texts {
            assert_eq!(name_word(t), word_ref(t), "{t:?}");
            for end in (0..=t.len()).filter(|&e| t.is_char_boundary(e)) {
                assert_eq!(
                    name_before(t, end),
                    name_before_ref(t, end),
                    "{t:?} at {end}"
                );
            }
        }
    }
}
