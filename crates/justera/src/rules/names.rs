//! What rules share: the [`Context`] (the document, the text, who attended
//! in which role) and name matching that survives conversion damage.

use crate::key_map::KeyMap;
use crate::model::{Actor, Document, DocumentKind, Inference, Paragraph, Person, Span};
use crate::rules::index::Index;
use crate::rules::privacy::{id_numbers, IdNumber};
use crate::scan::{self, Item};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashMap;

/// How someone attended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Member,
    ServingSubstitute,
    /// A substitute present without a vote.
    Substitute,
    /// An official or other non-member.
    Other,
}

impl Role {
    pub fn swedish(self) -> &'static str {
        match self {
            Role::Member => "ledamot",
            Role::ServingSubstitute => "tjänstgörande ersättare",
            Role::Substitute => "ej tjänstgörande ersättare",
            Role::Other => "övrig närvarande",
        }
    }
    pub fn english(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::ServingSubstitute => "serving substitute",
            Role::Substitute => "non-serving substitute",
            Role::Other => "other attendee",
        }
    }
}

/// One entry of the attendance list.
#[derive(Clone, Debug)]
pub struct Attendee<'a> {
    pub person: &'a Person,
    pub role: Role,
    /// [`name_key`] of the name.
    pub key: String,
}

impl Attendee<'_> {
    /// Whether this entry covers paragraph `n`.
    pub fn present_at(&self, n: u32) -> bool {
        match &self.person.scope {
            None => true,
            Some(s) => s.includes(n),
        }
    }
}

/// What every rule reads.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub src: &'a str,
    pub roster: Vec<Attendee<'a>>,
    /// The text's lines and what each holds, built once for every rule.
    pub index: Index<'a>,
    /// The scan the parse read, when the caller kept it.
    given_scan: Option<&'a [Item<'a>]>,
    /// The text scanned here, on first use, when no scan was given.
    own_scan: OnceCell<Vec<Item<'a>>>,
    /// The paragraph numbers ([`Context::numbers`]), made on first use.
    numbers: OnceCell<Vec<u32>>,
    /// The identity numbers ([`Context::id_numbers`]), found on first use.
    ids: OnceCell<Vec<IdNumber>>,
    /// [`name_key`] of each name the document writes where rules look
    /// (the attendance list, the paragraphs' actors, the justerare, the
    /// signatures), made once: the same names recur in every paragraph
    /// and every rule asks for them ([`Context::key`]).
    keys: KeyMap<&'a str, String>,
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document, src: &'a str) -> Context<'a> {
        Context::with_scan(doc, src, None)
    }

    /// [`Context::new`] with the scan of `src` the parse read
    /// ([`crate::parse_with_scan`]), so no rule scans the text again.
    pub fn with_scan(doc: &'a Document, src: &'a str, items: Option<&'a [Item]>) -> Context<'a> {
        Context::with_lines(doc, src, items, None)
    }

    /// [`Context::with_scan`] with the lines the scan split `src` into
    /// ([`scan::lines`]): the index reads its line starts off them.
    pub fn with_lines(
        doc: &'a Document,
        src: &'a str,
        items: Option<&'a [Item]>,
        lines: Option<&[(usize, usize)]>,
    ) -> Context<'a> {
        let a = &doc.attendance;
        let mut roster = Vec::new();
        let mut keys: KeyMap<&'a str, String> = HashMap::default();
        for (list, role) in [
            (&a.members, Role::Member),
            (&a.serving_substitutes, Role::ServingSubstitute),
            (&a.substitutes, Role::Substitute),
            (&a.others, Role::Other),
        ] {
            for p in list {
                let key = keys
                    .entry(p.name.as_str())
                    .or_insert_with(|| name_key(&p.name))
                    .clone();
                roster.push(Attendee {
                    person: p,
                    role,
                    key,
                });
            }
        }
        let written = doc
            .paragraphs
            .iter()
            .chain(doc.documents.iter().flat_map(|d| d.paragraphs.iter()))
            .flat_map(actors)
            .map(|a| a.name.as_str())
            .chain(doc.justering.justerare.iter().map(|j| j.name.as_str()))
            .chain(doc.signatures.iter().map(|s| s.name.as_str()));
        for name in written {
            keys.entry(name).or_insert_with(|| name_key(name));
        }
        Context {
            doc,
            src,
            roster,
            index: Index::with_lines(src, lines),
            given_scan: items,
            own_scan: OnceCell::new(),
            numbers: OnceCell::new(),
            ids: OnceCell::new(),
            keys,
        }
    }

    /// [`name_key`] of `name`: the one made for the document's names, or
    /// made here for another.
    pub fn key(&self, name: &str) -> Cow<'_, str> {
        match self.keys.get(name) {
            Some(k) => Cow::Borrowed(k),
            None => Cow::Owned(name_key(name)),
        }
    }

    /// [`same_person`] with the keys of [`Context::key`].
    pub fn same_person(&self, a: &str, b: &str) -> bool {
        same_person_keys(&self.key(a), &self.key(b))
    }

    /// The text's items ([`scan::scan`]): the parse's, or scanned once here.
    pub fn items(&self) -> &[Item<'_>] {
        match self.given_scan {
            Some(items) => items,
            None => self.own_scan.get_or_init(|| scan::scan(self.src)),
        }
    }

    /// A protocol or an extract of one: the documents the meeting rules apply to.
    pub fn is_protocol(&self) -> bool {
        matches!(
            self.doc.kind,
            DocumentKind::Protocol | DocumentKind::ProtocolExtract
        )
    }

    /// A full protocol (not an extract).
    pub fn is_full_protocol(&self) -> bool {
        self.doc.kind == DocumentKind::Protocol
    }

    /// The attendance entries that name this person.
    pub fn attendees(&self, name: &str) -> Vec<&Attendee<'a>> {
        let key = self.key(name);
        self.entries(&key).collect()
    }

    /// [`Context::attendees`] of the name whose key ([`Context::key`]) is
    /// `key`, in the roster's order, without a list: the entries of that
    /// very key when any has it, else those of the same person
    /// ([`same_person_keys`]).
    fn entries<'s: 'k, 'k>(&'s self, key: &'k str) -> impl Iterator<Item = &'s Attendee<'a>> + 'k {
        let exact = self.roster.iter().any(|a| a.key == key);
        self.roster.iter().filter(move |a| {
            if exact {
                a.key == key
            } else {
                same_person_keys(&a.key, key)
            }
        })
    }

    /// Whether the attendance list names this person: whether
    /// [`Context::attendees`] has any (an entry of the very key is one of
    /// the same person).
    pub fn is_listed(&self, name: &str) -> bool {
        self.is_listed_key(&self.key(name))
    }

    /// [`Context::is_listed`] of the name whose key (`name_key`) is `key`.
    pub fn is_listed_key(&self, key: &str) -> bool {
        // The very key first: the comparison of another costs more.
        self.roster.iter().any(|a| a.key == key)
            || self.roster.iter().any(|a| same_person_keys(&a.key, key))
    }

    /// Whether `name` may take part in the decision of paragraph `n`:
    /// `Some(true)` for a member or serving substitute there (and not
    /// disqualified by jäv), `Some(false)` for someone who is listed but has
    /// no vote there, `None` when the attendance list does not name them.
    pub fn takes_part(&self, name: &str, p: &Paragraph) -> Option<bool> {
        let key = self.key(name);
        let mut entries = self.entries(&key).peekable();
        entries.peek()?;
        let jav = p.jav.iter().flat_map(|j| j.by.iter());
        if jav
            .map(|a| a.name.as_str())
            .any(|j| same_person_keys(&self.key(j), &key))
        {
            return Some(false);
        }
        Some(entries.any(|a| {
            matches!(a.role, Role::Member | Role::ServingSubstitute) && a.present_at(p.number)
        }))
    }

    /// How the attendance list's word on `name` was guessed, when an entry
    /// that names them was read from a damaged layout.
    pub fn uncertain(&self, name: &str) -> Option<Inference> {
        self.entries(&self.key(name))
            .find_map(|a| a.person.inferred)
    }

    /// How the list of who serves was guessed, when any member's or serving
    /// substitute's entry was read from a damaged layout.
    pub fn serving_uncertain(&self) -> Option<Inference> {
        self.roster
            .iter()
            .filter(|a| matches!(a.role, Role::Member | Role::ServingSubstitute))
            .find_map(|a| a.person.inferred)
    }

    /// The role that best describes `name` at paragraph `n` (the voting role first).
    pub fn role_at(&self, name: &str, n: u32) -> Option<Role> {
        let key = self.key(name);
        let order = [
            Role::Member,
            Role::ServingSubstitute,
            Role::Substitute,
            Role::Other,
        ];
        // The roles of the entries present at `n`, as bits in that order.
        let present = self
            .entries(&key)
            .filter(|a| a.present_at(n))
            .fold(0u8, |bits, a| {
                bits | 1 << order.iter().position(|r| *r == a.role).unwrap_or(0)
            });
        order
            .into_iter()
            .enumerate()
            .find(|&(k, _)| present & 1 << k != 0)
            .map(|(_, r)| r)
    }

    /// The first line of `span` without surrounding blanks (for pointing at a heading).
    pub fn first_line(&self, span: Span) -> Span {
        let text = span.of(self.src);
        let line = text.split('\n').next().unwrap_or("");
        let lead = line.len() - line.trim_start().len();
        let start = span.start + lead;
        Span::new(start, start + line.trim().len())
    }

    /// Where a paragraph is named: its number line.
    pub fn paragraph_head(&self, p: &Paragraph) -> Span {
        self.first_line(p.span)
    }

    /// Paragraphs numbered with `§` (or `$`, OCR for it, or the word
    /// `Paragraf`): the numbering rules check these only, since items
    /// numbered otherwise (`5.`, headings with a date) follow no law.
    pub fn numbered(&self) -> Vec<&'a Paragraph> {
        let word = |t: &str| {
            t.get(..8)
                .is_some_and(|w| w.eq_ignore_ascii_case("paragraf"))
        };
        self.doc
            .paragraphs
            .iter()
            .filter(|p| p.number_text.contains(['§', '$']) || word(&p.number_text))
            .collect()
    }

    /// Whether the text mentions `word` anywhere (case-insensitive).
    pub fn mentions(&self, word: &str) -> bool {
        self.index.lower().contains(word)
    }

    /// The personnummer and samordningsnummer in the text
    /// ([`id_numbers`]), found once for the two rules that report them.
    pub fn id_numbers(&self) -> &[IdNumber] {
        self.ids.get_or_init(|| id_numbers(&self.index))
    }

    /// The protocol's paragraph numbers, in document order, each number a
    /// joint head covers (`§§ 12-13`) counted.
    /// Made once and shared by the rules that ask.
    pub fn numbers(&self) -> &[u32] {
        self.numbers.get_or_init(|| {
            self.doc
                .paragraphs
                .iter()
                .flat_map(|p| p.number..=p.last_number())
                .collect()
        })
    }
}

/// Numbers as compact ranges: `15-18, 20`.
pub fn ranges(numbers: &[u32]) -> String {
    let mut v = numbers.to_vec();
    v.sort_unstable();
    v.dedup();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < v.len() {
        let mut j = i;
        while j + 1 < v.len() && v[j + 1] == v[j] + 1 {
            j += 1;
        }
        parts.push(if j > i {
            format!("{}-{}", v[i], v[j])
        } else {
            v[i].to_string()
        });
        i = j + 1;
    }
    parts.join(", ")
}

/// `§` or `§§` before [`ranges`].
pub fn section_sign(numbers: &[u32]) -> &'static str {
    if numbers.len() > 1 {
        "§§"
    } else {
        "§"
    }
}

/// The names of those who declared jäv in a paragraph.
pub fn jav_names(p: &Paragraph) -> Vec<&str> {
    p.jav
        .iter()
        .flat_map(|j| j.by.iter())
        .map(|a| a.name.as_str())
        .collect()
}

/// Every actor named in a paragraph's proposals, reservations and statements.
pub fn actors(p: &Paragraph) -> impl Iterator<Item = &Actor> {
    p.proposals
        .iter()
        .flat_map(|x| x.by.iter())
        .chain(p.reservations.iter().flat_map(|x| x.by.iter()))
        .chain(p.statements.iter().flat_map(|x| x.by.iter()))
        .chain(p.jav.iter().flat_map(|x| x.by.iter()))
}

/// `t.trim_end_matches(w)`, without a searcher per call.
pub(crate) fn trim_end_all<'t>(mut t: &'t str, w: &str) -> &'t str {
    while let Some(r) = t.strip_suffix(w) {
        t = r;
    }
    t
}

/// A name as compared: case, accents, homoglyphs, hyphens, spacing and
/// `m.fl.` folded.
/// Swedish å, ä and ö are letters of their own and stay.
pub fn name_key(name: &str) -> String {
    let mut key = String::new();
    name_key_into(name, &mut key);
    key
}

/// [`name_key`] into `out`, cleared first: a caller keying many names in a
/// row keeps one buffer.
pub(crate) fn name_key_into(name: &str, out: &mut String) {
    let name = trim_end_all(trim_end_all(name.trim(), "m.fl."), "m fl");
    crate::text::fold_into(name, out);
    // Most names hold nothing the loop below changes: ASCII but hyphens,
    // and å, ä, ö (0xC3 then 0xA4, 0xA5, 0xB6). Folded text is collapsed
    // and trimmed already, so such a name is its own key.
    let b = out.as_bytes();
    let mut k = 0;
    while k < b.len() {
        match b[k] {
            b'-' => break,
            0..=0x7f => k += 1,
            0xC3 if matches!(b.get(k + 1), Some(0xA4 | 0xA5 | 0xB6)) => k += 2,
            _ => break,
        }
    }
    if k < b.len() {
        *out = plain_letters(out);
    }
}

/// A folded name's letters without their accents (`é` is `e`), its
/// hyphens blanks (`Rane-Andersson` and `Rane Andersson` are one name),
/// blanks collapsed.
fn plain_letters(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        let c = match c {
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'á' | 'à' | 'â' => 'a',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' => ' ',
            c => c,
        };
        if !matches!(c, '\u{300}'..='\u{36f}') {
            out.push(c);
        }
    }
    crate::scan::collapse_ws(&out)
}

/// The same person written two ways: equal keys, or one name's words all in
/// the other in order with the same surname (`Alexander Ojanne` and
/// `Johan Alexander Emanuel Ojanne`).
pub fn same_person(a: &str, b: &str) -> bool {
    same_person_keys(&name_key(a), &name_key(b))
}

/// [`same_person`] of two names already as keys.
pub fn same_person_keys(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // `Nordbeck Carolina` in a list ordered by surname is `Carolina Nordbeck`.
    fn sorted(k: &str) -> Vec<&str> {
        let mut w: Vec<&str> = k.split(' ').collect();
        w.sort_unstable();
        w
    }
    if a.len() == b.len() && a.contains(' ') && sorted(a) == sorted(b) {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // The words walked where they stand, without a list of each name's:
    // the short name has two words or more exactly when it holds a blank,
    // and a name's last word is what follows its last blank.
    let Some((_, surname)) = short.rsplit_once(' ') else {
        return false;
    };
    if long.rsplit(' ').next() != Some(surname) {
        return false;
    }
    let mut it = long.split(' ');
    short.split(' ').all(|w| it.any(|x| x == w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inline::fold;

    /// [`name_key`]'s trimming is `trim_end_matches` of each ending.
    /// [`name_key`] without its shortcut for names the loop leaves alone.
    fn name_key_by_char(name: &str) -> String {
        let name = trim_end_all(trim_end_all(name.trim(), "m.fl."), "m fl");
        plain_letters(&fold(name))
    }

    /// [`same_person_keys`] as it read with a list of each key's words.
    fn same_person_by_lists(a: &str, b: &str) -> bool {
        fn sorted(k: &str) -> Vec<&str> {
            let mut w: Vec<&str> = k.split(' ').collect();
            w.sort_unstable();
            w
        }
        if a == b || (a.len() == b.len() && a.contains(' ') && sorted(a) == sorted(b)) {
            return true;
        }
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        let s: Vec<&str> = short.split(' ').collect();
        let l: Vec<&str> = long.split(' ').collect();
        if s.len() < 2 || s.last() != l.last() {
            return false;
        }
        let mut it = l.iter();
        s.iter().all(|w| it.any(|x| x == w))
    }

    /// The pieces of generated keys: names, the edge characters, blanks
    /// (one, two, leading, trailing).
    const KEY_PIECES: &[&str] = &[
        "anna", "ek", "per", "ojanne", " ", "  ", "å", "ä", "ö", "Å", "Ä", "Ö", "É", "\t",
        "\u{a0}", "\r", "7", "§", "ja", "anna ek", "per ek",
    ];

    /// [`same_person_keys`] walks the words where they stand as the lists
    /// did, on generated pairs of keys (a pair made of one key's words
    /// reordered, cut or grown too).
    #[test]
    fn same_person_keys_answer_as_the_lists() {
        let mut rng = crate::testing::Rng::new(0x51d3_77a0_9e2b_4c18);
        let mut same = 0;
        for _ in 0..40_000 {
            let a = rng.pieces(KEY_PIECES, 8);
            let b = match rng.below(3) {
                0 => rng.pieces(KEY_PIECES, 8),
                1 => format!("{}{}", rng.pieces(KEY_PIECES, 3), a),
                _ => {
                    let mut w: Vec<&str> = a.split(' ').collect();
                    let k = rng.below(w.len());
                    w.rotate_left(k);
                    w.join(" ")
                }
            };
            let want = same_person_by_lists(&a, &b);
            same += usize::from(want);
            assert_eq!(same_person_keys(&a, &b), want, "{a:?} {b:?}");
            assert_eq!(same_person_keys(&b, &a), same_person_by_lists(&b, &a));
        }
        assert!(same > 4_000, "{same}");
    }

    #[test]
    fn a_plain_name_is_its_own_key() {
        let pieces = [
            "Anna", "ÅSA", "Öberg", "Ek", " ", "  ", "-", "é", "Ü", "\u{301}", "\u{2013}", "ø",
            "Ä", "(S)", "m.fl.", "\u{a0}", "\t", "Ж", "İ", "\u{212a}", ".", ":", "x",
        ];
        let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15);
        for _ in 0..40_000 {
            let t = rng.pieces(&pieces, 8);
            assert_eq!(name_key(&t), name_key_by_char(&t), "{t:?}");
        }
    }

    #[test]
    fn name_key_trims_as_trim_end_matches() {
        for name in [
            "Anna Ek m.fl.",
            "Anna Ek m.fl.m.fl.",
            "Anna Ek m fl",
            "Anna Ek m.fl.m fl",
            "Anna Ek m flm.fl.",
            " Anna-Ek  (S) ",
            "m.fl.",
            "",
        ] {
            let plain = fold(
                name.trim()
                    .trim_end_matches("m.fl.")
                    .trim_end_matches("m fl"),
            );
            let plain = plain
                .replace('-', " ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(name_key(name), plain, "{name:?}");
        }
    }

    /// The attendee look-ups without a list ([`Context::takes_part`],
    /// [`Context::uncertain`], [`Context::role_at`], [`Context::is_listed`])
    /// answer as they did from [`Context::attendees`]' list; generated
    /// rosters of names written several ways, in every role, with scopes,
    /// guesses and jäv.
    #[test]
    fn look_ups_without_a_list_answer_as_the_list() {
        use crate::model::{Jav, Scope};
        let names = [
            "Anna Ek",
            "Ek Anna",
            "Anna Maria Ek",
            "ANNA EK",
            "Anna-Ek",
            "Bo Berg",
            "Bo Berg m.fl.",
            "Berg Bo",
            "Per Jakobsson",
            "Per Jansson",
            "Karin Ek",
            "Ek",
            "Andréa Hedin",
            "Andrea Hedin",
        ];
        let mut rng = crate::testing::Rng::new(0xa076_1d64_78bd_642f);
        let mut some = 0;
        for _ in 0..3_000 {
            let mut doc = crate::parse("");
            for _ in 0..rng.below(7) {
                let scope = match rng.below(4) {
                    0 => Some(Scope {
                        only: vec![1 + rng.below(3) as u32],
                        ..Scope::default()
                    }),
                    1 => Some(Scope {
                        except: vec![1 + rng.below(3) as u32],
                        ..Scope::default()
                    }),
                    _ => None,
                };
                let person = Person {
                    name: names[rng.below(names.len())].into(),
                    scope,
                    inferred: (rng.below(3) == 0).then_some(Inference::PageBreak),
                    ..Person::default()
                };
                let a = &mut doc.attendance;
                match rng.below(4) {
                    0 => a.members.push(person),
                    1 => a.serving_substitutes.push(person),
                    2 => a.substitutes.push(person),
                    _ => a.others.push(person),
                }
            }
            let mut p = Paragraph {
                number: 1 + rng.below(3) as u32,
                ..Paragraph::default()
            };
            for _ in 0..rng.below(3) {
                p.jav.push(Jav {
                    by: vec![Actor {
                        name: names[rng.below(names.len())].into(),
                        ..Actor::default()
                    }],
                    text: String::new(),
                    span: Span::new(0, 0),
                });
            }
            let cx = Context::new(&doc, "");
            for name in names {
                let list = {
                    let key = cx.key(name);
                    let exact: Vec<_> = cx.roster.iter().filter(|a| a.key == *key).collect();
                    if exact.is_empty() {
                        cx.roster
                            .iter()
                            .filter(|a| same_person_keys(&a.key, &key))
                            .collect()
                    } else {
                        exact
                    }
                };
                let same = |x: &Attendee, y: &Attendee| std::ptr::eq(x.person, y.person);
                let got = cx.attendees(name);
                assert!(
                    got.len() == list.len() && got.iter().zip(&list).all(|(x, y)| same(x, y)),
                    "{name}"
                );
                assert_eq!(cx.is_listed(name), !list.is_empty(), "{name}");
                let takes_part = if list.is_empty() {
                    None
                } else if jav_names(&p).iter().any(|j| cx.same_person(j, name)) {
                    Some(false)
                } else {
                    Some(list.iter().any(|a| {
                        matches!(a.role, Role::Member | Role::ServingSubstitute)
                            && a.present_at(p.number)
                    }))
                };
                assert_eq!(cx.takes_part(name, &p), takes_part, "{name}");
                let uncertain = list.iter().find_map(|a| a.person.inferred);
                assert_eq!(cx.uncertain(name), uncertain, "{name}");
                let order = [
                    Role::Member,
                    Role::ServingSubstitute,
                    Role::Substitute,
                    Role::Other,
                ];
                for n in 1..=3 {
                    let role = order
                        .into_iter()
                        .find(|r| list.iter().any(|a| a.role == *r && a.present_at(n)));
                    assert_eq!(cx.role_at(name, n), role, "{name} {n}");
                }
                some += usize::from(takes_part == Some(true));
            }
        }
        assert!(some > 3_000, "{some}");
    }

    #[test]
    fn a_name_written_surname_first_is_the_same_person() {
        assert!(same_person("Nordbeck Carolina", "Carolina Nordbeck"));
        assert!(same_person(
            "Grahn Hellberg Carina",
            "Carina Grahn Hellberg"
        ));
        assert!(!same_person("Per Jakobsson", "Per Jansson"));
        assert!(!same_person("Anna Per", "Per Persson"));
    }

    #[test]
    fn ranges_compact() {
        assert_eq!(ranges(&[18, 15, 16, 17, 20, 22, 23]), "15-18, 20, 22-23");
        assert_eq!(ranges(&[]), "");
    }

    #[test]
    fn keys_fold_accents_but_keep_swedish_letters() {
        assert_eq!(name_key("Andréa Hedin"), name_key("Andrea  Hedin"));
        assert_ne!(name_key("Åsa Öberg"), name_key("Asa Oberg"));
        assert_eq!(name_key("Andrea Hedin m.fl."), "andrea hedin");
        assert_eq!(
            name_key("Maj-Britt Rane-Andersson"),
            name_key("Maj-Britt Rane Andersson")
        );
    }

    #[test]
    fn same_person_allows_extra_given_names_only() {
        assert!(same_person(
            "Alexander Ojanne",
            "Johan Alexander Emanuel Ojanne"
        ));
        assert!(!same_person("Ojanne", "Alexander Ojanne"));
        assert!(!same_person("Anna Ek", "Anna Eken"));
        assert!(!same_person("Karin Ek", "Anna Ek"));
    }
}
