//! Parties in the order Swedes usually see them (left to right as the
//! Riksdag seats them: V, S, MP, C, L, KD, M, SD), then any others in the
//! order they appeared; and each party's customary colour, used only as an
//! accent beside its written name.

/// The usual order, with the customary colours.
const KNOWN: [(&str, &str); 9] = [
    ("V", "#da291c"),
    ("S", "#e8112d"),
    ("MP", "#53a045"),
    ("C", "#009933"),
    ("L", "#006ab3"),
    ("FP", "#006ab3"),
    ("KD", "#231977"),
    ("M", "#1b49dd"),
    ("SD", "#dddd00"),
];

fn rank(party: &str) -> Option<usize> {
    KNOWN
        .iter()
        .position(|(p, _)| p.eq_ignore_ascii_case(party.trim()))
}

/// The order to show `parties` in: indices into it, known parties in the
/// usual order, then the others as they came.
pub fn order<S: AsRef<str>>(parties: &[S]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..parties.len()).collect();
    // A stable sort keeps the others in their first-seen order.
    // Each name ranked once, not once per comparison.
    idx.sort_by_cached_key(|&i| rank(parties[i].as_ref()).unwrap_or(KNOWN.len()));
    idx
}

/// Sort a list of party names (or names of people) in the usual order.
pub fn sort(parties: &mut Vec<String>) {
    let sorted: Vec<String> = order(parties)
        .into_iter()
        .map(|i| parties[i].clone())
        .collect();
    *parties = sorted;
}

/// The party's customary colour, if it is one of the usual ones.
pub fn colour(party: &str) -> Option<&'static str> {
    rank(party).map(|i| KNOWN[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_parties_come_in_the_usual_order_and_others_after_as_they_came() {
        let mut v: Vec<String> = ["M", "SPI", "S", "SD", "KD", "C", "V", "L", "MP", "Fi"]
            .map(String::from)
            .to_vec();
        sort(&mut v);
        assert_eq!(v, ["V", "S", "MP", "C", "L", "KD", "M", "SD", "SPI", "Fi"]);
        assert_eq!(order(&["Fi", "m", "v"]), vec![2, 1, 0]);
        assert_eq!(colour("S"), Some("#e8112d"));
        assert_eq!(colour("SPI"), None);
    }
}
