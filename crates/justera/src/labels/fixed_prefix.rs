//! The labels a front may run into their value with no gap, read from
//! the lowered head of a line, not from the whole line lowered.

/// Bytes of a line lowered: every prefix (30 bytes at most) and the character after it
/// lie in them, as a character lowers to no less than a third of its bytes.
const HEAD: usize = 96;

/// The prefixes a line may start with (lowered), each with its label, and
/// the prefixes of a member's role (`vice ordförande:`), taken when a `(`
/// follows.
pub(super) struct Fixed<L: 'static> {
    pub prefixes: &'static [(&'static str, L)],
    pub roles: &'static [&'static str],
    pub member: L,
}

impl<L: Copy> Fixed<L> {
    /// The label a line starts with, run into its value, and its length.
    pub(super) fn prefix(&self, text: &str) -> Option<(L, usize)> {
        // A line whose first bytes, ASCII (up to four), open no prefix is
        // turned away unlowered (a character not ASCII may lower to ASCII:
        // `K`, `İ`; an ASCII one lowers to one byte).
        let b = text.as_bytes();
        b.first()?;
        let n = b.iter().take(4).take_while(|c| c.is_ascii()).count();
        let opens = |p: &str| {
            let m = n.min(p.len());
            p.as_bytes()[..m]
                .iter()
                .zip(&b[..m])
                .all(|(x, y)| *x == y.to_ascii_lowercase())
        };
        if !self.prefixes.iter().any(|(p, _)| opens(p)) && !self.roles.iter().any(|p| opens(p)) {
            return None;
        }
        let mut cut = HEAD.min(text.len());
        while !text.is_char_boundary(cut) {
            cut += 1;
        }
        self.read(&crate::text::to_lower(&text[..cut]), &text[cut..])
    }

    /// The labels read from `lower`, a line's head lowered, and `tail`, the
    /// rest of the line as written (lowering makes no character a space or a
    /// `(`, nor takes one away).
    fn read(&self, lower: &str, tail: &str) -> Option<(L, usize)> {
        let vice = self.roles.iter().find(|&&p| {
            lower.starts_with(p) && (lower[p.len()..].contains('(') || tail.contains('('))
        });
        if let Some(p) = vice {
            return Some((self.member, p.len()));
        }
        for &(p, l) in self.prefixes {
            if lower.starts_with(p)
                && lower[p.len()..].starts_with([' ', '\t', ':'])
                && !(lower[p.len()..].trim().is_empty() && tail.trim().is_empty())
            {
                return Some((l, p.len()));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::labels::front::FIXED;

    /// Pieces lines are made of: the labels in several cases, their first
    /// bytes alone (`Pla`, `PROT`), edge bytes
    /// (non-ASCII, `§`, å ä ö, Å Ä Ö, É, tab, NBSP, CR, the Kelvin sign and
    /// `İ` that lower to fewer or more bytes, a final sigma) and fillers.
    const PIECES: [&str; 36] = [
        "Plats och tid för justering",
        "PLATS OCH TID FÖR SAMMANTRÄDE",
        "plats och tid",
        "Protokolljusterare",
        "Utses att justera",
        "JUSTERARE",
        "Sekreterare",
        "Ordförande",
        "Paragrafer",
        "Datum för justering",
        "2:e vice ordförande:",
        "Vice Ordförande:",
        " ",
        ":",
        "\t",
        "\u{a0}",
        "\r",
        "(S)",
        "§ 12",
        "åäö ÅÄÖ É",
        "\u{212a}\u{212a}\u{212a}\u{212a}\u{212a}\u{212a}\u{212a}\u{212a}",
        "\u{130}\u{130}\u{130}\u{130}\u{130}",
        "ΟΔΟΣ",
        "Anna Ek",
        "12345678",
        "abcdefghijklmnop",
        "x",
        "",
        "1:e",
        "\u{2003}",
        "Pla",
        "PROT",
        "Ordf",
        "jus",
        "2:",
        "Dat",
    ];

    /// The head read against the whole line lowered, on every line of one
    /// to three pieces and on lines padded to put a piece across the cut.
    #[test]
    fn the_head_reads_as_the_whole_line() {
        let check = |t: &str| {
            assert_eq!(FIXED.prefix(t), FIXED.read(&t.to_lowercase(), ""), "{t:?}");
        };
        for a in PIECES {
            for b in PIECES {
                for c in PIECES {
                    check(&format!("{a}{b}{c}"));
                    for pad in [60, 80, 90, 94, 95, 96, 97] {
                        let fill = "\u{212a}".repeat(pad / 3);
                        check(&format!("{a}{b}{fill}{c}"));
                        check(&format!("{a}{}{c}", " ".repeat(pad)));
                        check(&format!("{a}{b}{}{c}", "é".repeat(pad / 2)));
                    }
                }
            }
        }
    }
}
