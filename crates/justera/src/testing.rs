//! What the tests that compare a fast function with its plain reading
//! share: a small generator of numbers, the same on every machine, to
//! build many texts from given pieces.

/// xorshift64.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// A number below `n` (`n` > 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    /// Fewer than `most` of `pieces`, run together.
    pub(crate) fn pieces(&mut self, pieces: &[&str], most: usize) -> String {
        let mut t = String::new();
        for _ in 0..self.below(most) {
            t.push_str(pieces[self.below(pieces.len())]);
        }
        t
    }

    /// Fewer than `most` of `pieces`, each ending a line (the same draws
    /// as [`Rng::pieces`]).
    pub(crate) fn lines(&mut self, pieces: &[&str], most: usize) -> String {
        let mut t = String::new();
        for _ in 0..self.below(most) {
            t.push_str(pieces[self.below(pieces.len())]);
            t.push('\n');
        }
        t
    }

    /// One to `most` of `words`, each after a space two times in three.
    pub(crate) fn phrase(&mut self, words: &[&str], most: usize) -> String {
        let mut t = String::new();
        for _ in 0..1 + self.below(most) {
            if self.below(3) > 0 {
                t.push(' ');
            }
            t.push_str(words[self.below(words.len())]);
        }
        t
    }

    /// `t` cut into sentences at character starts, in order, now and then
    /// with a gap between two (a piece left out).
    pub(crate) fn sentences_of(&mut self, t: &str) -> Vec<(usize, usize)> {
        let mut cuts: Vec<usize> = (0..self.below(5))
            .map(|_| self.below(t.len() + 1))
            .filter(|&k| t.is_char_boundary(k))
            .collect();
        cuts.extend([0, t.len()]);
        cuts.sort_unstable();
        cuts.dedup();
        cuts.windows(2)
            .map(|w| (w[0], w[1]))
            .filter(|_| self.below(4) > 0)
            .collect()
    }
}

/// Each signature as (role, name), in order.
pub(crate) fn signed(d: &crate::model::Document) -> Vec<(Option<&str>, &str)> {
    d.signatures
        .iter()
        .map(|s| (s.role.as_deref(), s.name.as_str()))
        .collect()
}
