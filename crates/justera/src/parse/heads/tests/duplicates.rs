//! A number's weak copies dropped alike when the items under each head
//! are counted only up to four.

use super::super::{find_heads, weak_duplicates_dropped, COUNTED};

/// The lines the texts are made of: heads written once and again (alone,
/// titled, as a heading, over a page's stamp), lines under them, gaps,
/// furniture, a page break, and the pieces every generated text holds.
const PIECES: &[&str] = &[
    "§ 12",
    "§ 12 Budget",
    "## § 12 Budget",
    "**§ 13**",
    "§ 13 Val av justerare",
    "§ 12 a Tillägg",
    "Kommunstyrelsen 2024-03-12 § 12",
    "Beslut",
    "Nämnden beslutar att godkänna förslaget.",
    "Åsa Ärlig Öberg É (S)",
    "å ä ö Å Ä Ö É",
    "\tindragen\u{a0}rad 2024",
    "Sida 2 (5)",
    "<!-- sida 3 -->",
    "\u{c}",
    "---",
    "\r",
    "",
    "",
];

/// [`weak_duplicates_dropped`] with the count stopped at [`COUNTED`]
/// against the count to the next head, on generated texts.
#[test]
fn weak_duplicates_dropped_alike_when_counted_up_to_four() {
    let mut rng = crate::testing::Rng::new(0x3c6e_f372_fe94_f82b);
    let (mut dropped, mut kept) = (0, 0);
    for _ in 0..6_000 {
        let src = rng.lines(PIECES, 40);
        let items = crate::scan::scan(&src);
        let signs = super::super::super::signs::sign_items(&src, &items);
        let toc = vec![false; items.len()];
        let heads = find_heads(&src, &items, &toc, &signs);
        let n = heads.len();
        let all = weak_duplicates_dropped(&items, heads.clone(), usize::MAX);
        let fast = weak_duplicates_dropped(&items, heads, COUNTED);
        assert_eq!(format!("{fast:?}"), format!("{all:?}"), "{src:?}");
        dropped += n - all.len();
        kept += all.len();
    }
    assert!(dropped > 500 && kept > 5_000, "{dropped} {kept}");
}
