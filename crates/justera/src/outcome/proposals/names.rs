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
    /// The buffers keys are made in: shared by a document's paragraphs.
    bufs: Bufs<'a>,
}

/// The buffers [`Props`] makes keys in, kept from one reference to the
/// next and shared by the paragraphs of a document (each use empties
/// what it takes first, and none is read past its use: a buffer in use
/// when another use asks, as when an index is made while a reference's
/// keys are read, gives way to a new one).
#[derive(Default)]
pub(crate) struct KeyBufs {
    /// A reference's word keys and their places
    /// ([`Props::with_key_words`]).
    words: RefCell<KeyWords>,
    /// A name's key ([`Props::moved_by_name`]).
    key: RefCell<String>,
    /// A mover's name's words, while an index is made.
    name_words: RefCell<Vec<(usize, usize, usize)>>,
}

/// A paragraph's own [`KeyBufs`], or the document's.
enum Bufs<'a> {
    #[cfg(test)]
    Own(KeyBufs),
    Shared(&'a KeyBufs),
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
    /// `first` (one place a proposal), then the proposals by id: one
    /// list for both ([`Index::first`], [`Index::ids`]).
    first_ids: Vec<usize>,
    /// (proposal, mover) by the key of the mover's last name, then, from
    /// `last_end`, by the key of the mover's first name, for names of two
    /// words or more ([`Index::by_last`], [`Index::by_first`]).
    by_names: Vec<(usize, usize)>,
    last_end: usize,
    /// The first proposal of each kind and how many there are, in the
    /// kind's place ([`kind_place`]); none of a kind counts 0.
    kinds: [(usize, usize); KINDS],
    /// The proposals (not the base) by the party of each of their
    /// movers, then, from `party_end`, the own proposals approving a
    /// source, by the source ([`Index::party`], [`Index::own_source`]).
    party_source: Vec<(&'a str, usize)>,
    party_end: usize,
    /// The proposals (not the base) by each mover's name key.
    mover: Vec<(Key, usize)>,
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

/// How many kinds of proposal there are: the places of [`Index::kinds`].
const KINDS: usize = 9;

/// `kind`'s place in [`Index::kinds`], each kind its own.
fn kind_place(kind: ProposalKind) -> usize {
    use ProposalKind::*;
    match kind {
        Base => 0,
        Approve => 1,
        Reject => 2,
        Amend => 3,
        Add => 4,
        ReferBack => 5,
        Postpone => 6,
        Own => 7,
        Nominate => 8,
    }
}

impl<'a> Props<'a> {
    /// The proposals `list`, with buffers of their own.
    #[cfg(test)]
    pub fn new(list: &'a [Proposal]) -> Props<'a> {
        Props {
            list,
            index: OnceCell::new(),
            bufs: Bufs::Own(KeyBufs::default()),
        }
    }

    /// The proposals `list`, their keys made in `bufs`, the buffers a
    /// document's paragraphs share.
    pub fn sharing(list: &'a [Proposal], bufs: &'a KeyBufs) -> Props<'a> {
        Props {
            list,
            index: OnceCell::new(),
            bufs: Bufs::Shared(bufs),
        }
    }

    /// The buffers keys are made in.
    fn bufs(&self) -> &KeyBufs {
        match &self.bufs {
            #[cfg(test)]
            Bufs::Own(x) => x,
            Bufs::Shared(x) => x,
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
        let mut kept = self.bufs().words.try_borrow_mut();
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
        self.index.get_or_init(|| {
            let mut fresh = Vec::new();
            let mut kept = self.bufs().name_words.try_borrow_mut();
            let words = kept.as_deref_mut().unwrap_or(&mut fresh);
            Index::new(self.list, words)
        })
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
        let (i, n) = self.ix().kinds[kind_place(kind)];
        (n > 0).then(|| (&self.list[i], n == 1))
    }

    pub fn by_id(&self, id: &str) -> Option<&'a Proposal> {
        let list = self.list;
        let run = equal_run(self.ix().ids(), |&i| list[i].id.as_str().cmp(id));
        run.first().map(|&i| &list[i])
    }

    pub fn own_with_source(&self, source: &str) -> Option<&'a Proposal> {
        let run = equal_run(self.ix().own_source(), |x| x.0.cmp(source));
        run.first().map(|&(_, i)| &self.list[i])
    }

    pub fn of_party(&self, party: &str) -> Option<&'a Proposal> {
        let run = equal_run(self.ix().party(), |x| x.0.cmp(party));
        run.first().map(|&(_, i)| &self.list[i])
    }

    /// The one proposal (its index) whose mover has the first name `word`
    /// less its genitive `s` (`Annas` in `Annas förslag`); none when movers
    /// of two proposals share it.
    pub fn by_first_genitive(&self, word: &str) -> Option<usize> {
        let ix = self.ix();
        let first = word.strip_suffix('s')?;
        let run = equal_run(ix.by_first(), |&(i, j)| ix.first_key(i, j).cmp(first));
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
        let mut kept = self.bufs().key.try_borrow_mut();
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
    /// The index of `list`, each name's words read in `words` (a list
    /// the caller keeps).
    fn new(list: &'a [Proposal], words: &mut Vec<(usize, usize, usize)>) -> Index<'a> {
        // Each list made once at its size: a key is never longer than
        // twice its word (lower case of a character of two bytes or more
        // may take three), and each mover's name is keyed twice.
        let movers = list.iter().map(|x| x.by.len()).sum::<usize>();
        let names = list
            .iter()
            .flat_map(|x| &x.by)
            .map(|a| a.name.len())
            .sum::<usize>();
        let sources = list
            .iter()
            .filter(|x| x.kind == ProposalKind::Own && x.source.is_some())
            .count();
        let mut p = Index {
            buf: String::with_capacity(4 * names),
            ends: Vec::with_capacity(movers),
            first_ids: Vec::with_capacity(2 * list.len()),
            by_names: Vec::with_capacity(2 * movers),
            last_end: 0,
            kinds: [(0, 0); KINDS],
            party_source: Vec::with_capacity(movers + sources),
            party_end: 0,
            mover: Vec::with_capacity(movers),
            last_lens: 0,
            last_firsts: [0; 4],
        };
        let key = |a: usize, b: usize| (a as u32, b as u32);
        for (i, x) in list.iter().enumerate() {
            match &mut p.kinds[kind_place(x.kind)] {
                (_, n) if *n > 0 => *n += 1,
                k => *k = (i, 1),
            }
            p.first_ids.push(p.ends.len());
            if x.kind == ProposalKind::Base {
                continue;
            }
            for (j, a) in x.by.iter().enumerate() {
                key_words_onto(&a.name, &mut p.buf, words);
                let ends = match (words.first(), words.last()) {
                    (Some(f), Some(l)) => {
                        let first = (words.len() >= 2).then(|| key(f.0, f.1));
                        Some((first, key(l.0, l.1)))
                    }
                    _ => None,
                };
                if ends.is_some() {
                    p.by_names.push((i, j));
                }
                p.ends.push(ends);
                if let Some(party) = &a.party {
                    p.party_source.push((party.as_str(), i));
                }
                let from = p.buf.len();
                name_key_into(&a.name, &mut p.buf);
                p.mover.push((key(from, p.buf.len()), i));
            }
        }
        // The lists that follow another in one vector, in the order each
        // was pushed in alone: the names of two words or more (those
        // whose first word has a key) in the order of the names with a
        // last word, the own proposals with a source in the proposals'.
        p.last_end = p.by_names.len();
        for k in 0..p.last_end {
            let (i, j) = p.by_names[k];
            if p.ends[p.first_ids[i] + j].is_some_and(|e| e.0.is_some()) {
                p.by_names.push((i, j));
            }
        }
        p.party_end = p.party_source.len();
        for (i, x) in list.iter().enumerate() {
            if let (ProposalKind::Own, Some(s)) = (x.kind, &x.source) {
                p.party_source.push((s.as_str(), i));
            }
        }
        p.first_ids.extend(0..list.len());
        // Stable sorts: among equal keys the proposals stay in order.
        let n = list.len();
        p.first_ids[n..].sort_by(|&a, &b| list[a].id.cmp(&list[b].id));
        let (party, source) = p.party_source.split_at_mut(p.party_end);
        source.sort_by(|a, b| a.0.cmp(b.0));
        party.sort_by(|a, b| a.0.cmp(b.0));
        let (buf, ends, first) = (&p.buf, &p.ends, &p.first_ids[..n]);
        let at = |k: Key| &buf[k.0 as usize..k.1 as usize];
        p.mover.sort_by(|a, b| at(a.0).cmp(at(b.0)));
        let last = |&(i, j): &(usize, usize)| ends[first[i] + j].map(|e| at(e.1));
        let (by_last, by_first) = p.by_names.split_at_mut(p.last_end);
        by_last.sort_by(|a, b| last(a).cmp(&last(b)));
        let first_of = |&(i, j): &(usize, usize)| ends[first[i] + j].and_then(|e| e.0).map(at);
        by_first.sort_by(|a, b| first_of(a).cmp(&first_of(b)));
        let (mut lens, mut firsts) = (0, [0u64; 4]);
        for key in by_last.iter().filter_map(last) {
            lens |= len_bit(key);
            if let Some(&f) = key.as_bytes().first() {
                firsts[usize::from(f / 64)] |= 1 << (f % 64);
            }
        }
        p.last_lens = lens;
        p.last_firsts = firsts;
        p
    }

    /// Where each proposal's movers' names begin in `ends`.
    fn first(&self) -> &[usize] {
        &self.first_ids[..self.first_ids.len() / 2]
    }

    /// The proposals by id.
    fn ids(&self) -> &[usize] {
        &self.first_ids[self.first_ids.len() / 2..]
    }

    /// (proposal, mover) by the key of the mover's last name.
    fn by_last(&self) -> &[(usize, usize)] {
        &self.by_names[..self.last_end]
    }

    /// (proposal, mover) by the key of the mover's first name, for names
    /// of two words or more.
    fn by_first(&self) -> &[(usize, usize)] {
        &self.by_names[self.last_end..]
    }

    /// The proposals (not the base) by the party of each of their movers.
    fn party(&self) -> &[(&'a str, usize)] {
        &self.party_source[..self.party_end]
    }

    /// The own proposals approving a source, by the source.
    fn own_source(&self) -> &[(&'a str, usize)] {
        &self.party_source[self.party_end..]
    }

    /// The text of a key.
    fn key(&self, k: Key) -> &str {
        &self.buf[k.0 as usize..k.1 as usize]
    }

    /// Proposal `i`'s mover `j`'s name as read.
    fn ends(&self, i: usize, j: usize) -> Ends {
        self.ends[self.first()[i] + j]
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
        equal_run(self.by_last(), |&(i, j)| {
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
mod tests;
