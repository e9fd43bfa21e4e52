//! A paragraph's proposals with what a written reference is looked up by,
//! built once for the paragraph and shared by every reference resolved in
//! it: each mover's name as key words, the movers by their last name, and
//! the first proposal by id, kind, source, party and mover. Resolving a
//! reference then costs what the reference's words cost, not the number of
//! proposals (a paragraph of thousands of yrkanden stays linear).
//!
//! The look-ups are vectors sorted by their key (a stable sort, so equal
//! keys keep the proposals' order and the first of them is the first
//! proposal) and searched by halving: a paragraph holds a handful of
//! proposals, for which building and asking hash maps cost more, and a
//! paragraph of thousands still costs `n log n` to index.

use std::cell::{OnceCell, RefCell};
use std::cmp::Ordering;
use std::ops::Deref;

use crate::model::*;
use crate::outcome::text::{key_words_onto, name_key_into, name_score_ends};

pub(crate) struct Props<'a> {
    list: &'a [Proposal],
    /// What the proposals are looked up by, made on the first look-up (a
    /// paragraph whose text names no proposal never needs it).
    index: OnceCell<Index<'a>>,
    /// A reference's word keys and their places, kept from one
    /// reference to the next ([`Props::with_key_words`]).
    words: RefCell<KeyWords>,
    /// A name's key, made in one buffer kept for the paragraph
    /// ([`Props::moved_by_name`]).
    key: RefCell<String>,
}

/// Word keys one after another, and each word's (key start, key end,
/// start in the text).
type KeyWords = (String, Vec<(usize, usize, usize)>);

/// Where a key stands in [`Index::buf`].
type Key = (u32, u32);

/// A mover's name as a reference reads it: the key of its first word
/// (when it has two or more) and of its last; `None` for a name without
/// a word.
type Ends = Option<(Option<Key>, Key)>;

struct Index<'a> {
    /// Every key below, one after another: a string for the index, not
    /// one for each key.
    buf: String,
    /// Each proposal's movers' names as they are read (none for the
    /// base): proposal `i`'s mover `j` at `ends[first[i] + j]`.
    ends: Vec<Ends>,
    first: Vec<usize>,
    /// (proposal, mover) by the key of the mover's last name.
    by_last: Vec<(usize, usize)>,
    /// The first proposal of each kind and how many there are.
    kinds: Vec<(ProposalKind, usize, usize)>,
    /// The proposals by id.
    ids: Vec<usize>,
    /// The own proposals approving a source, by the source.
    own_source: Vec<(&'a str, usize)>,
    /// The proposals (not the base) by the party of each of their movers.
    party: Vec<(&'a str, usize)>,
    /// The proposals (not the base) by each mover's name key.
    mover: Vec<(Key, usize)>,
    /// (proposal, mover) by the key of the mover's first name, for names
    /// of two words or more.
    by_first: Vec<(usize, usize)>,
    /// The lengths of the last names' keys (bit `len`, 63 for 63 bytes
    /// and more) and their first bytes (bit `byte % 64` of word `byte /
    /// 64`): most words of a reference are no mover's last name, and
    /// one whose length or first byte none has is answered without a
    /// search.
    last_lens: u64,
    last_firsts: [u64; 4],
}

/// The run of `sorted` whose key is the one sought: `cmp` compares an
/// entry's key with it, and `sorted` is sorted by the key.
fn equal_run<T>(sorted: &[T], cmp: impl Fn(&T) -> Ordering) -> &[T] {
    let from = sorted.partition_point(|x| cmp(x) == Ordering::Less);
    let len = sorted[from..].partition_point(|x| cmp(x) == Ordering::Equal);
    &sorted[from..from + len]
}

impl<'a> Props<'a> {
    pub fn new(list: &'a [Proposal]) -> Props<'a> {
        Props {
            list,
            index: OnceCell::new(),
            words: RefCell::default(),
            key: RefCell::default(),
        }
    }

    /// `f` of `text`'s word keys (`key_words_onto`) and each word's
    /// place, made in the buffers kept for the paragraph (new ones
    /// should those be in use).
    pub fn with_key_words<T>(
        &self,
        text: &str,
        f: impl FnOnce(&str, &[(usize, usize, usize)]) -> T,
    ) -> T {
        let mut fresh = KeyWords::default();
        let mut kept = self.words.try_borrow_mut();
        let (keys, found) = match kept.as_deref_mut() {
            Ok(x) => x,
            Err(_) => &mut fresh,
        };
        // Sized for the text at once: a kept buffer grown by doubling
        // would cost more than it saves.
        keys.clear();
        keys.reserve(text.len());
        found.clear();
        found.reserve(text.len() / 4 + 1);
        key_words_onto(text, keys, found);
        f(keys, found)
    }

    fn ix(&self) -> &Index<'a> {
        self.index.get_or_init(|| Index::new(self.list))
    }

    /// The movers whose last name is `word` (or `word` less a genitive
    /// `s`): (proposal, mover).
    pub fn named_by(&self, word: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
        let ix = self.ix();
        let genitive = match word.strip_suffix('s') {
            Some(w) => ix.last_named(w),
            None => &[],
        };
        ix.last_named(word).iter().chain(genitive).copied()
    }

    /// How `words` name proposal `i`'s mover `j` (`name_score_of` of the
    /// name's key words): 2 for the full name, 1 for the last name alone.
    pub fn name_score<W: AsRef<str>>(&self, i: usize, j: usize, words: &[W]) -> u8 {
        let ix = self.ix();
        let Some((first, last)) = ix.ends(i, j) else {
            return 0;
        };
        name_score_ends(first.map(|k| ix.key(k)), ix.key(last), words)
    }

    /// The first proposal of `kind`, and whether it is the only one.
    pub fn of_kind(&self, kind: ProposalKind) -> Option<(&'a Proposal, bool)> {
        self.ix()
            .kinds
            .iter()
            .find(|(k, _, _)| *k == kind)
            .map(|&(_, i, n)| (&self.list[i], n == 1))
    }

    pub fn by_id(&self, id: &str) -> Option<&'a Proposal> {
        let list = self.list;
        let run = equal_run(&self.ix().ids, |&i| list[i].id.as_str().cmp(id));
        run.first().map(|&i| &list[i])
    }

    pub fn own_with_source(&self, source: &str) -> Option<&'a Proposal> {
        let run = equal_run(&self.ix().own_source, |x| x.0.cmp(source));
        run.first().map(|&(_, i)| &self.list[i])
    }

    pub fn of_party(&self, party: &str) -> Option<&'a Proposal> {
        let run = equal_run(&self.ix().party, |x| x.0.cmp(party));
        run.first().map(|&(_, i)| &self.list[i])
    }

    /// The one proposal (its index) whose mover has the first name `word`
    /// less its genitive `s` (`Annas` in `Annas förslag`); none when movers
    /// of two proposals share it.
    pub fn by_first_genitive(&self, word: &str) -> Option<usize> {
        let ix = self.ix();
        let first = word.strip_suffix('s')?;
        let run = equal_run(&ix.by_first, |&(i, j)| ix.first_key(i, j).cmp(first));
        let (&(i, _), rest) = run.split_first()?;
        rest.iter().all(|&(k, _)| k == i).then_some(i)
    }

    /// The first proposal (not the base) moved by `key` (a name key): its
    /// place in the list.
    pub fn moved_by_key(&self, key: &str) -> Option<usize> {
        let ix = self.ix();
        equal_run(&ix.mover, |x| ix.key(x.0).cmp(key))
            .first()
            .map(|&(_, i)| i)
    }

    /// [`Props::moved_by_key`] of `name`'s key (`name_key_into`), made in
    /// the buffer kept for the paragraph (a new one should it be in use).
    pub fn moved_by_name(&self, name: &str) -> Option<usize> {
        let mut fresh = String::new();
        let mut kept = self.key.try_borrow_mut();
        let key = match kept.as_deref_mut() {
            Ok(x) => x,
            Err(_) => &mut fresh,
        };
        key.clear();
        name_key_into(name, key);
        self.moved_by_key(key)
    }
}

impl<'a> Index<'a> {
    fn new(list: &'a [Proposal]) -> Index<'a> {
        // Each list made once at its size: a key is never longer than
        // twice its word (lower case of a character of two bytes or more
        // may take three), and each mover's name is keyed twice.
        let movers = list.iter().map(|x| x.by.len()).sum::<usize>();
        let names = list
            .iter()
            .flat_map(|x| &x.by)
            .map(|a| a.name.len())
            .sum::<usize>();
        let mut p = Index {
            buf: String::with_capacity(4 * names),
            ends: Vec::with_capacity(movers),
            first: Vec::with_capacity(list.len()),
            by_last: Vec::with_capacity(movers),
            kinds: Vec::new(),
            ids: (0..list.len()).collect(),
            own_source: Vec::new(),
            party: Vec::with_capacity(movers),
            mover: Vec::with_capacity(movers),
            by_first: Vec::with_capacity(movers),
            last_lens: 0,
            last_firsts: [0; 4],
        };
        let key = |a: usize, b: usize| (a as u32, b as u32);
        // Each name's words, in one list reused from name to name.
        let mut words = Vec::new();
        for (i, x) in list.iter().enumerate() {
            match p.kinds.iter_mut().find(|(k, _, _)| *k == x.kind) {
                Some(k) => k.2 += 1,
                None => p.kinds.push((x.kind, i, 1)),
            }
            if x.kind == ProposalKind::Own {
                if let Some(s) = &x.source {
                    p.own_source.push((s.as_str(), i));
                }
            }
            p.first.push(p.ends.len());
            if x.kind == ProposalKind::Base {
                continue;
            }
            for (j, a) in x.by.iter().enumerate() {
                key_words_onto(&a.name, &mut p.buf, &mut words);
                let ends = match (words.first(), words.last()) {
                    (Some(f), Some(l)) => {
                        let first = (words.len() >= 2).then(|| key(f.0, f.1));
                        Some((first, key(l.0, l.1)))
                    }
                    _ => None,
                };
                if ends.is_some() {
                    p.by_last.push((i, j));
                }
                if words.len() >= 2 {
                    p.by_first.push((i, j));
                }
                p.ends.push(ends);
                if let Some(party) = &a.party {
                    p.party.push((party.as_str(), i));
                }
                let from = p.buf.len();
                name_key_into(&a.name, &mut p.buf);
                p.mover.push((key(from, p.buf.len()), i));
            }
        }
        // Stable sorts: among equal keys the proposals stay in order.
        p.ids.sort_by(|&a, &b| list[a].id.cmp(&list[b].id));
        p.own_source.sort_by(|a, b| a.0.cmp(b.0));
        p.party.sort_by(|a, b| a.0.cmp(b.0));
        let (buf, ends, first) = (&p.buf, &p.ends, &p.first);
        let at = |k: Key| &buf[k.0 as usize..k.1 as usize];
        p.mover.sort_by(|a, b| at(a.0).cmp(at(b.0)));
        let last = |&(i, j): &(usize, usize)| ends[first[i] + j].map(|e| at(e.1));
        p.by_last.sort_by(|a, b| last(a).cmp(&last(b)));
        let first_of = |&(i, j): &(usize, usize)| ends[first[i] + j].and_then(|e| e.0).map(at);
        p.by_first.sort_by(|a, b| first_of(a).cmp(&first_of(b)));
        let (mut lens, mut firsts) = (0, [0u64; 4]);
        for key in p.by_last.iter().filter_map(last) {
            lens |= len_bit(key);
            if let Some(&f) = key.as_bytes().first() {
                firsts[usize::from(f / 64)] |= 1 << (f % 64);
            }
        }
        p.last_lens = lens;
        p.last_firsts = firsts;
        p
    }

    /// The text of a key.
    fn key(&self, k: Key) -> &str {
        &self.buf[k.0 as usize..k.1 as usize]
    }

    /// Proposal `i`'s mover `j`'s name as read.
    fn ends(&self, i: usize, j: usize) -> Ends {
        self.ends[self.first[i] + j]
    }

    /// The key of the first word of proposal `i`'s mover `j` (one of two
    /// words or more).
    fn first_key(&self, i: usize, j: usize) -> &str {
        self.ends(i, j)
            .and_then(|e| e.0)
            .map_or("", |k| self.key(k))
    }

    /// The movers whose last name's key is `word`: (proposal, mover).
    fn last_named(&self, word: &str) -> &[(usize, usize)] {
        let first_known = word
            .as_bytes()
            .first()
            .is_none_or(|&f| self.last_firsts[usize::from(f / 64)] >> (f % 64) & 1 == 1);
        if self.last_lens & len_bit(word) == 0 || !first_known {
            return &[];
        }
        self.last_named_searched(word)
    }

    /// [`Index::last_named`] by the search alone.
    fn last_named_searched(&self, word: &str) -> &[(usize, usize)] {
        equal_run(&self.by_last, |&(i, j)| {
            self.ends(i, j).map_or("", |e| self.key(e.1)).cmp(word)
        })
    }
}

/// A key's bit in [`Index::last_lens`].
fn len_bit(key: &str) -> u64 {
    1 << key.len().min(63)
}

impl<'a> Deref for Props<'a> {
    type Target = [Proposal];
    fn deref(&self) -> &[Proposal] {
        self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The movers found by a last name are those the search alone finds,
    /// on generated movers and words.
    #[test]
    fn last_named_is_the_search_on_generated_names() {
        let names = [
            "Anna", "Ek", "Öberg", "Åsa", "Lind", "Lindh", "Ek-Lind", "Andréa", "Hedin", "O'Neil",
            "Karlsson", "Berg", "Bergs", "X",
        ];
        let words = [
            "ek",
            "eks",
            "lind",
            "linds",
            "lindh",
            "öberg",
            "obergs",
            "hedin",
            "o'neil",
            "karlsson",
            "berg",
            "bergs",
            "x",
            "",
            "anna",
            "annas",
            "ek-lind",
            "e",
            "k",
            "karlssons",
        ];
        let mut rng = crate::testing::Rng::new(0x510e_527f_ade6_82d1);
        let mut found = 0;
        for _ in 0..2_000 {
            let list: Vec<Proposal> = (0..1 + rng.below(4))
                .map(|k| Proposal {
                    id: format!("p{}", k + 1),
                    kind: ProposalKind::Own,
                    source: None,
                    by: (0..rng.below(4))
                        .map(|_| Actor {
                            name: rng.phrase(&names, 3).trim().to_string(),
                            party: None,
                            group: false,
                            span: Span::new(0, 0),
                        })
                        .collect(),
                    joint: false,
                    priority: None,
                    text: String::new(),
                    span: Span::new(0, 0),
                })
                .collect();
            let ix = Index::new(&list);
            for w in words {
                assert_eq!(ix.last_named(w), ix.last_named_searched(w), "{w:?}");
                found += usize::from(!ix.last_named(w).is_empty());
            }
        }
        assert!(found > 1000, "{found}");
    }
}
