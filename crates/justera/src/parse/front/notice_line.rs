//! The line that opens the notice block (`Anslagsbevis`), asked of each
//! line of a front.

use crate::inline::fold;
use crate::labels::{front_label, FrontLabel};

/// A line that opens the notice: its label (`Anslag/Bevis`), a text
/// opening with its heading (`Anslagsbevis ...`), or the notice said in
/// words (`Justeringen har tillkännagivits`, `Protokollet är justerat`).
pub(super) fn notice_line(t: &str) -> bool {
    notice_line_read(t, true)
}

/// [`notice_line`]; with `gate`, a line is turned away unfolded when its
/// first character (after what a fold trims) is ASCII and lowers to none of
/// the letters those texts open with: `a`, `b`, `j`, `p`, `t`.
fn notice_line_read(t: &str, gate: bool) -> bool {
    let first = crate::text::fold_trim(t).bytes().next();
    let may = first.is_some_and(|b| {
        !b.is_ascii() || matches!(b.to_ascii_lowercase(), b'a' | b'b' | b'j' | b'p' | b't')
    });
    if gate && !may {
        return false;
    }
    let f = fold(t);
    front_label(t) == Some(FrontLabel::Notice)
        || crate::labels::opens_notice(&f)
        || f.starts_with("justeringen har tillkännagivits")
        || f.starts_with("protokollet är justerat")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words lines are made of: the notice's words in several cases, a
    /// Cyrillic `а`, markup, labels, names, edge bytes (NBSP, CR, tab,
    /// `§`, å ä ö, É, empty) and long words.
    const WORDS: [&str; 28] = [
        "Anslagsbevis",
        "ANSLAG/BEVIS",
        "Bevis om anslag",
        "anslag",
        "bevis",
        "Justeringen har tillkännagivits",
        "PROTOKOLLET är justerat",
        "Tillkännagivande av justering",
        "\u{430}nslag",
        "–",
        "**",
        ":",
        "Justerare",
        "Plats och tid",
        "Anna Ek (S)",
        "Tid",
        "\t",
        "\u{a0}",
        "\r",
        "§ 12",
        "åäö ÅÄÖ É",
        "",
        "protokoll",
        "b",
        "j",
        "abcdefghijklmno",
        "abcdefghijklmnop",
        "abcdefghijklmnopq",
    ];

    /// A line turned away by its first letter opens no notice, as read
    /// whole.
    #[test]
    fn a_notice_line_turned_away_by_its_first_letter_is_none_as_read() {
        let mut rng = crate::testing::Rng::new(0x3c6e_f372_fe94_f82b);
        for _ in 0..50_000 {
            let t = rng.phrase(&WORDS, 5);
            assert_eq!(
                notice_line_read(&t, true),
                notice_line_read(&t, false),
                "{t:?}"
            );
        }
    }
}
