//! Whether a decision heading names a proposal put to the meeting, asked
//! of most headings (`Beslut`) off their bytes, without folding them.

use crate::text::fold_into;

/// A decision heading that names a proposal put to the meeting (`Förslag
/// till beslut`, `Arbetsutskottets förslag`, `Nomineringar`), not what the
/// meeting decided.
pub fn proposes(heading: &str) -> bool {
    proposes_in(heading, &mut String::new())
}

/// [`proposes`], folding into `f`.
pub(crate) fn proposes_in(heading: &str, f: &mut String) -> bool {
    if !may_propose(heading) {
        return false;
    }
    match ocr_joined(heading) {
        Some(joined) => fold_into(&joined, f),
        None => fold_into(heading, f),
    }
    f.starts_with("förslag")
        || f.starts_with("beslutsförslag")
        || f.starts_with("nominer")
        || crate::text::has(f, "s förslag")
}

/// `F örslag till beslut`: OCR set the heading's first capital apart from
/// the rest of its word (a drop capital, wide kerning). The word joined
/// again, when the heading starts that way; else none.
pub(super) fn ocr_joined(heading: &str) -> Option<String> {
    let mut cs = heading.chars();
    let first = cs.next().filter(|c| c.is_uppercase())?;
    let rest = cs.as_str().strip_prefix(' ')?;
    rest.starts_with(|c: char| c.is_lowercase())
        .then(|| format!("{first}{rest}"))
}

/// A necessary condition of [`proposes`], read off the bytes: each of its
/// words holds an `r`, and a `g` (`förslag`) or an `m` (`nominer`), in
/// the fold, which lowers ASCII and maps nothing else onto these letters
/// but Cyrillic look-alikes (lead bytes 0xD0, 0xD1).
fn may_propose(h: &str) -> bool {
    let (mut r, mut gm) = (false, false);
    for &c in h.as_bytes() {
        let cyrillic = c == 0xD0 || c == 0xD1;
        r |= cyrillic || c | 0x20 == b'r';
        gm |= cyrillic || c | 0x20 == b'g' || c | 0x20 == b'm';
    }
    r && gm
}

#[cfg(test)]
mod tests {
    /// What the generated headings are made of: the words' pieces, their
    /// letters in both cases and as Cyrillic look-alikes, and edge bytes.
    const PIECES: &[&str] = &[
        "Förslag",
        "förslag",
        "F",
        " örslag",
        "Beslut",
        "beslutsförslag",
        "Nominer",
        "NOMINER",
        "ingar",
        "s",
        " ",
        "  ",
        "Arbetsutskottet",
        "till",
        "nomineр",
        "номинер",
        "Р",
        "р",
        "м",
        "М",
        "r",
        "R",
        "g",
        "G",
        "m",
        "M",
        "§",
        "å",
        "ä",
        "ö",
        "Å",
        "Ä",
        "Ö",
        "É",
        "\t",
        "\u{a0}",
        "\r",
        ":",
        "*",
        "x",
        "15 bytes long..",
        "sixteen bytes ..",
        "seventeen bytes..",
    ];

    /// [`super::proposes`] asked of the bytes first is the reading of the
    /// whole fold, on generated headings.
    #[test]
    fn proposing_headings_ruled_out_by_their_bytes_as_by_the_fold() {
        let plain = |h: &str| {
            let f = crate::text::fold(&super::ocr_joined(h).unwrap_or_else(|| h.into()));
            f.starts_with("förslag")
                || f.starts_with("beslutsförslag")
                || f.starts_with("nominer")
                || f.contains("s förslag")
        };
        let mut rng = crate::testing::Rng::new(0xa54f_f53a_5f1d_36f1);
        let mut found = 0;
        for round in 0..80_000 {
            let h = if round % 2 == 0 {
                rng.pieces(PIECES, 6)
            } else {
                rng.phrase(PIECES, 6)
            };
            let whole = plain(&h);
            assert_eq!(super::proposes(&h), whole, "{h:?}");
            found += usize::from(whole);
        }
        assert!(found > 1_000, "{found}");
    }
}
