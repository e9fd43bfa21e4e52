//! The dates of a header line, found once and asked at each of its places.

use crate::inline::find_dates;
use crate::model::DateRef;

/// The dates of a line, scanned once when first asked.
pub(super) struct LineDates<'a> {
    t: &'a str,
    dates: Option<Vec<DateRef>>,
}

impl<'a> LineDates<'a> {
    pub(super) fn new(t: &'a str) -> Self {
        LineDates { t, dates: None }
    }

    /// Where in the line the first date of `t[p..]` starts, as
    /// `find_dates(&t[p..], 0)` finds it; `p` is 0 or follows whitespace.
    /// The scan of the whole line passes every such place but one inside a
    /// date written with blanks (`19 mars 2024`), and from a place it passes
    /// the two scans read alike (what they ask before it is a blank).
    pub(super) fn first_from(&mut self, p: usize) -> Option<usize> {
        let t = self.t;
        let dates = self.dates.get_or_insert_with(|| find_dates(t, 0));
        let k = dates.partition_point(|d| d.span.end <= p);
        match dates.get(k) {
            Some(d) if d.span.start < p => find_dates(&t[p..], 0).first().map(|d| p + d.span.start),
            d => d.map(|d| d.span.start),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dates and their near misses (wrapped, with `:e`, impossible, a
    /// date run into another), words, blanks and edge bytes.
    const PIECES: [&str; 30] = [
        "2024-03-12",
        "2024-13-45",
        "19 mars 2024",
        "1:e maj\n2024",
        "12/3 2024",
        "12.3.2024",
        "-05-06",
        "2024",
        "12",
        "3",
        "/",
        ".",
        "mars",
        "MAJ",
        "den ",
        "Kommunstyrelsen",
        " ",
        "  ",
        "\t",
        "\u{a0}",
        "\r",
        "\n",
        "§",
        "åäö ÅÄÖ É",
        "\u{212a}",
        "",
        "x",
        "abcdefghijklmno",
        "abcdefghijklmnop",
        "abcdefghijklmnopq",
    ];

    #[test]
    fn a_lines_dates_asked_at_a_place_as_when_its_rest_is_scanned() {
        let mut rng = crate::testing::Rng::new(0x5c3e_91d7_a2b4_6f08);
        for _ in 0..20_000 {
            let t = rng.pieces(&PIECES, 12);
            let mut dates = LineDates::new(&t);
            for (p, _) in t.char_indices().chain([(t.len(), ' ')]) {
                if p > 0 && !t[..p].ends_with(char::is_whitespace) {
                    continue;
                }
                let plain = find_dates(&t[p..], 0).first().map(|d| p + d.span.start);
                assert_eq!(dates.first_from(p), plain, "{t:?} at {p}");
            }
        }
    }
}
