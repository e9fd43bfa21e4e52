//! A name is spelt differently from the attendance list.
//!
//! ## What it does
//! Reports a name in a paragraph, the justering or a signature that is the
//! same as an attendee's name except for accents, case or spacing
//! (`Andrea Hedin` for `Andréa Hedin`), once per spelling. Names set in
//! capitals (`ANNA EK`) and the same letters in another Unicode form are
//! not variants.
//!
//! ## Why is this bad?
//! A protocol ties proposals, votes and reservations to people. Two
//! spellings look like two people to a reader, to search and to anything
//! that counts who proposed what.
//!
//! ## Example
//! ```text
//! Ledamöter
//! Andréa Hedin (M)
//! ...
//! Andrea Hedin (M) yrkar avslag.
//! ```
//! Use instead: the spelling of the attendance list.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § (who proposed, voted and
//!   reserved); 6 kap. 35 § for nämnder.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Span;
use crate::rules::names::{actors, trim_end_all};
use crate::rules::{report, Context};

pub const CODE: &str = "name-variant";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Ett namn stavas annorlunda än i närvarolistan.";

/// The name's words, one space between two.
#[cfg(test)]
fn tidy(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// [`tidy`] into `out`, cleared first: one buffer for every name.
fn tidy_into(name: &str, out: &mut String) {
    out.clear();
    for (k, w) in name.split_whitespace().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
}

/// Latin letters decomposed (`é` as `e` and a combining accent), so that the
/// same name in composed and decomposed Unicode compares equal.
#[cfg(test)]
fn decomposed(s: &str) -> String {
    decomposed_chars(s.chars()).collect()
}

/// The characters of [`decomposed`], one or two for each of `chars`.
fn decomposed_chars(chars: impl Iterator<Item = char>) -> impl Iterator<Item = char> {
    chars.flat_map(|c| {
        let (a, b) = decompose(c);
        std::iter::once(a).chain(b)
    })
}

/// A character decomposed: a Latin letter with an accent as the letter and
/// the combining accent, another as itself.
fn decompose(c: char) -> (char, Option<char>) {
    let (base, mark) = match c {
        'à' | 'è' | 'ì' | 'ò' | 'ù' | 'À' | 'È' | 'Ì' | 'Ò' | 'Ù' => (c, '\u{300}'),
        'á' | 'é' | 'í' | 'ó' | 'ú' | 'ý' | 'Á' | 'É' | 'Í' | 'Ó' | 'Ú' | 'Ý' => {
            (c, '\u{301}')
        }
        'â' | 'ê' | 'î' | 'ô' | 'û' | 'Â' | 'Ê' | 'Î' | 'Ô' | 'Û' => (c, '\u{302}'),
        'ã' | 'ñ' | 'õ' | 'Ã' | 'Ñ' | 'Õ' => (c, '\u{303}'),
        'ä' | 'ë' | 'ï' | 'ö' | 'ü' | 'ÿ' | 'Ä' | 'Ë' | 'Ï' | 'Ö' | 'Ü' => {
            (c, '\u{308}')
        }
        'å' | 'Å' => (c, '\u{30A}'),
        'ç' | 'Ç' => (c, '\u{327}'),
        _ => return (c, None),
    };
    let plain = match base.to_lowercase().next().unwrap_or(base) {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ñ' => 'n',
        _ => 'c',
    };
    let plain = if base.is_uppercase() {
        plain.to_ascii_uppercase()
    } else {
        plain
    };
    (plain, Some(mark))
}

/// The characters of [`tidy`]: the words, one space between two.
fn tidy_chars(name: &str) -> impl Iterator<Item = char> + '_ {
    name.split_whitespace()
        .enumerate()
        .flat_map(|(k, w)| (k > 0).then_some(' ').into_iter().chain(w.chars()))
}

/// `decomposed(written) == decomposed(&tidy(listed))`, without the strings.
#[cfg(test)]
fn same_decomposed(written: &str, listed: &str) -> bool {
    decomposed_chars(written.chars()).eq(decomposed_chars(tidy_chars(listed)))
}

/// `same_decomposed(&tidy(written), listed)`, without the tidied string.
fn same_tidied(written: &str, listed: &str) -> bool {
    decomposed_chars(tidy_chars(written)).eq(decomposed_chars(tidy_chars(listed)))
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() || cx.roster.is_empty() {
        return;
    }
    let mut names: Vec<(&str, Span)> = Vec::new();
    for p in &cx.doc.paragraphs {
        names.extend(actors(p).map(|a| (a.name.as_str(), a.span)));
    }
    names.extend(
        cx.doc
            .justering
            .justerare
            .iter()
            .map(|j| (j.name.as_str(), j.span)),
    );
    // A digital signature's name is the e-ID's, not written by the
    // secretary (`Karin Margareta Wall`, `KARIN WALL`).
    names.extend(
        cx.doc
            .signatures
            .iter()
            .filter(|s| !s.digital)
            .map(|s| (s.name.as_str(), s.span)),
    );
    // Each variant spelling once, at its first use, with how often it occurs.
    let mut variants: HashMap<String, (Span, usize, usize)> = HashMap::new();
    let mut written = String::new();
    for (name, span) in names {
        let key = cx.key(name);
        let Some((i, a)) = cx.roster.iter().enumerate().find(|(_, a)| a.key == *key) else {
            continue;
        };
        // `trim_end_matches`, without a searcher per name.
        let as_written = trim_end_all(name, "m.fl.").trim();
        // Written as the list writes it (most names): no variant, and
        // nothing to tidy or decompose.
        if as_written == a.person.name {
            continue;
        }
        // The same letters composed differently, or a name set in capitals
        // (`ANNA EK` in a signature block), is not a different spelling:
        // both read off the name as written, its white space no letter.
        let capitals = as_written.chars().all(|c| !c.is_lowercase());
        if capitals || same_tidied(as_written, &a.person.name) {
            continue;
        }
        // Tidied into one buffer; copied only for a variant not yet seen.
        tidy_into(as_written, &mut written);
        match variants.get_mut(written.as_str()) {
            Some(v) => v.2 += 1,
            None => {
                variants.insert(written.clone(), (span, i, 1));
            }
        }
    }
    let mut variants: Vec<_> = variants.into_iter().collect();
    variants.sort_by_key(|(_, (span, _, _))| span.start);
    for (written, (span, i, count)) in variants {
        let a = &cx.roster[i];
        let times = if count > 1 {
            format!(" ({count} gånger)")
        } else {
            String::new()
        };
        let times_en = if count > 1 {
            format!(" ({count} times)")
        } else {
            String::new()
        };
        report(
            out,
            CODE,
            SEVERITY,
            span,
            format!(
                "\"{written}\" stavas \"{}\" i närvarolistan{times}",
                a.person.name
            ),
            format!(
                "\"{written}\" is spelt \"{}\" in the attendance list{times_en}",
                a.person.name
            ),
        )
        .label(
            a.person.span,
            "stavningen i närvarolistan",
            "the spelling in the attendance list",
        )
        .help(
            "Använd samma stavning överallt.",
            "Use one spelling throughout.",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{decomposed, same_decomposed, same_tidied, tidy, tidy_into};

    /// The pieces the generated names are made of: composed and decomposed
    /// letters, capitals and white space of several kinds.
    const PIECES: &[&str] = &[
        "René",
        "Rene\u{301}",
        "Öberg",
        "O\u{308}berg",
        "ÖBERG",
        "Å",
        "A\u{30a}",
        "ç",
        "ß",
        "İ",
        " ",
        "  ",
        "\t",
        "\u{a0}",
        "e",
        "E",
        "a",
        "ñ",
        "N\u{303}",
        "x",
    ];

    /// [`same_decomposed`] is the comparison of the decomposed strings;
    /// generated names of [`PIECES`].
    #[test]
    fn decomposed_without_strings_compares_as_the_strings() {
        let mut rng = crate::testing::Rng::new(0x7f4a_7c15_9e37_79b9);
        let mut same = 0;
        for _ in 0..40_000 {
            let (w, l) = (rng.pieces(PIECES, 5), rng.pieces(PIECES, 5));
            let plain = decomposed(&w) == decomposed(&tidy(&l));
            assert_eq!(same_decomposed(&w, &l), plain, "{w:?} {l:?}");
            assert_eq!(
                same_decomposed(&w, &w),
                decomposed(&w) == decomposed(&tidy(&w))
            );
            same += usize::from(plain);
        }
        assert!(same > 500, "{same}");
    }

    /// [`same_tidied`] of a name as written compares as [`same_decomposed`]
    /// of it tidied, it is in capitals as its tidied copy is, and
    /// [`tidy_into`] a used buffer is [`tidy`]: generated names of [`PIECES`].
    #[test]
    fn tidied_without_the_copy_compares_as_the_copy() {
        let mut rng = crate::testing::Rng::new(0x243f_6a88_85a3_08d3);
        let (mut same, mut buf) = (0, String::from("left over"));
        for _ in 0..40_000 {
            let (w, l) = (rng.pieces(PIECES, 5), rng.pieces(PIECES, 5));
            let want = same_decomposed(&tidy(&w), &l);
            assert_eq!(same_tidied(&w, &l), want, "{w:?} {l:?}");
            assert_eq!(same_tidied(&w, &w), same_decomposed(&tidy(&w), &w));
            let capitals = |t: &str| t.chars().all(|c| !c.is_lowercase());
            assert_eq!(capitals(&w), capitals(&tidy(&w)), "{w:?}");
            tidy_into(&w, &mut buf);
            assert_eq!(buf, tidy(&w), "{w:?}");
            same += usize::from(want);
        }
        assert!(same > 500, "{same}");
    }

    #[test]
    fn composed_and_decomposed_accents_compare_equal() {
        assert_eq!(
            decomposed("René Öberg"),
            decomposed("Rene\u{301} O\u{308}berg")
        );
        assert_ne!(decomposed("René"), decomposed("Rene"));
    }
}
