//! A paragraph's proposals with what a written reference is looked up by,
//! built once for the paragraph and shared by every reference resolved in
//! it: each mover's name as key words, the movers by their last name, and
//! the first proposal by id, kind, source, party and mover. Resolving a
//! reference then costs what the reference's words cost, not the number of
//! proposals (a paragraph of thousands of yrkanden stays linear).

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Deref;

use crate::model::*;
use crate::outcome::text::{key_words, name_key};

pub(crate) struct Props<'a> {
    list: &'a [Proposal],
    /// What the proposals are looked up by, made on the first look-up (a
    /// paragraph whose text names no proposal never needs it).
    index: OnceCell<Index<'a>>,
}

struct Index<'a> {
    /// Each proposal's movers' names as key words (none for the base).
    keys: Vec<Vec<Vec<String>>>,
    /// (proposal, mover) by the key of the mover's last name.
    by_last: HashMap<String, Vec<(usize, usize)>>,
    /// The first proposal of each kind and how many there are.
    kinds: Vec<(ProposalKind, usize, usize)>,
    /// The first proposal with each id.
    ids: HashMap<&'a str, usize>,
    /// The first own proposal approving each source.
    own_source: HashMap<&'a str, usize>,
    /// The first proposal (not the base) moved by a member of each party.
    party: HashMap<&'a str, usize>,
    /// The first proposal (not the base) moved by each mover (name key).
    mover: HashMap<String, usize>,
    /// The proposals whose movers have each first name (name key).
    by_first: HashMap<String, Vec<usize>>,
}

impl<'a> Props<'a> {
    pub fn new(list: &'a [Proposal]) -> Props<'a> {
        Props {
            list,
            index: OnceCell::new(),
        }
    }

    fn ix(&self) -> &Index<'a> {
        self.index.get_or_init(|| Index::new(self.list))
    }

    /// The movers whose last name is `word` (or `word` less a genitive
    /// `s`): (proposal, mover).
    pub fn named_by(&self, word: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
        let ix = self.ix();
        let genitive = word.strip_suffix('s').and_then(|w| ix.by_last.get(w));
        ix.by_last
            .get(word)
            .into_iter()
            .chain(genitive)
            .flatten()
            .copied()
    }

    /// The key words of proposal `i`'s mover `j`'s name.
    pub fn keys(&self, i: usize, j: usize) -> &[String] {
        &self.ix().keys[i][j]
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
        self.ix().ids.get(id).map(|&i| &self.list[i])
    }

    pub fn own_with_source(&self, source: &str) -> Option<&'a Proposal> {
        self.ix().own_source.get(source).map(|&i| &self.list[i])
    }

    pub fn of_party(&self, party: &str) -> Option<&'a Proposal> {
        self.ix().party.get(party).map(|&i| &self.list[i])
    }

    /// The one proposal (its index) whose mover has the first name `word`
    /// less its genitive `s` (`Annas` in `Annas förslag`); none when movers
    /// of two proposals share it.
    pub fn by_first_genitive(&self, word: &str) -> Option<usize> {
        match self.ix().by_first.get(word.strip_suffix('s')?)?.as_slice() {
            [i] => Some(*i),
            _ => None,
        }
    }

    /// The first proposal (not the base) moved by one of `keys` (name keys).
    pub fn moved_by(&self, keys: &[String]) -> Option<&'a Proposal> {
        let ix = self.ix();
        keys.iter()
            .filter_map(|k| ix.mover.get(k))
            .min()
            .map(|&i| &self.list[i])
    }
}

impl<'a> Index<'a> {
    fn new(list: &'a [Proposal]) -> Index<'a> {
        let mut p = Index {
            keys: Vec::with_capacity(list.len()),
            by_last: HashMap::new(),
            kinds: Vec::new(),
            ids: HashMap::new(),
            own_source: HashMap::new(),
            party: HashMap::new(),
            mover: HashMap::new(),
            by_first: HashMap::new(),
        };
        for (i, x) in list.iter().enumerate() {
            match p.kinds.iter_mut().find(|(k, _, _)| *k == x.kind) {
                Some(k) => k.2 += 1,
                None => p.kinds.push((x.kind, i, 1)),
            }
            p.ids.entry(x.id.as_str()).or_insert(i);
            if x.kind == ProposalKind::Own {
                if let Some(s) = &x.source {
                    p.own_source.entry(s.as_str()).or_insert(i);
                }
            }
            if x.kind == ProposalKind::Base {
                p.keys.push(Vec::new());
                continue;
            }
            let mut keys = Vec::with_capacity(x.by.len());
            for (j, a) in x.by.iter().enumerate() {
                let words = key_words(&a.name);
                if let Some(last) = words.last() {
                    p.by_last.entry(last.clone()).or_default().push((i, j));
                }
                if let (Some(first), true) = (words.first(), words.len() >= 2) {
                    let of = p.by_first.entry(first.clone()).or_default();
                    if !of.contains(&i) {
                        of.push(i);
                    }
                }
                keys.push(words);
                if let Some(party) = &a.party {
                    p.party.entry(party.as_str()).or_insert(i);
                }
                p.mover.entry(name_key(&a.name)).or_insert(i);
            }
            p.keys.push(keys);
        }
        p
    }
}

impl<'a> Deref for Props<'a> {
    type Target = [Proposal];
    fn deref(&self) -> &[Proposal] {
        self.list
    }
}
