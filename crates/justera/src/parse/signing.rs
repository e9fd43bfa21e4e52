//! The page an e-signing service appends to a protocol signed with e-ID
//! (`Verifikat`, `Signeringssida`): the signers and when each signed
//! (`Anna Ek (AE)` / `Signerade 2025-03-20 17:45:02 CET`, `Signerat av
//! Anna Ek 2025-03-20`). It is back matter, not the last paragraph's text.

use crate::inline::{find_dates, fold, plausible_name};
use crate::model::{Signature, Span};
use crate::scan::{Item, ItemKind};

/// The page's heading, folded: alone on its line.
const HEADINGS: [&str; 8] = [
    "verifikat",
    "verifikation",
    "verification",
    "signeringssida",
    "signeringsbevis",
    "signatursida",
    "underskriftssida",
    "elektroniska underskrifter",
];

/// Whether item `i`, folded `f`, opens a signing service's page: one of
/// [`HEADINGS`] alone on its line, after a gap or a page break, with a
/// signer's line (`Signerade ...`, `Signerat av ...`) in the 40 items
/// after it.
pub(super) fn opens_signing_page(items: &[Item], i: usize, f: &str) -> bool {
    let f = f.trim_end_matches(':').trim();
    if !HEADINGS.contains(&f) {
        return false;
    }
    let after_gap =
        i == 0 || items[i - 1].is_blank() || matches!(items[i - 1].kind, ItemKind::PageBreak);
    after_gap
        && items[i + 1..]
            .iter()
            .take(40)
            .any(|x| signed_at(&x.text).is_some())
}

/// `Signerade 2025-03-20 17:45:02`, `Signerat av Anna Ek 2025-03-20`:
/// where the words after the verb start (the verb in any case, past
/// tense), or `None`.
fn signed_at(t: &str) -> Option<usize> {
    let t = t.trim_start();
    let word = t.split(' ').next()?;
    matches!(
        fold(word).as_str(),
        "signerade"
            | "signerat"
            | "signerad"
            | "undertecknat"
            | "undertecknad"
            | "undertecknade"
            | "signed"
    )
    .then_some(word.len())
}

/// `Anna Ek (AE)`, `Anna Ek`: a signer's name line, its initials or e-ID
/// marks in parentheses dropped; `None` unless what is left is a name.
fn signer_name(t: &str) -> Option<&str> {
    let name = t.split(['(', ',']).next()?.trim();
    (name.split_whitespace().count() >= 2 && !name.contains(['@', ':']) && plausible_name(name))
        .then_some(name)
}

/// The signers on a signing service's page among `back` (the items from
/// the back matter's start): each `Signerade <date>` line with the name on
/// a line of its own just above it (at most three lines up, no other
/// signer's line between), or `Signerat av <name> <date>` on one line.
/// Lines holding two columns side by side are left: which name goes with
/// which date cannot be told.
fn signers(src: &str, back: &[Item]) -> Vec<Signature> {
    let Some(start) = back.iter().enumerate().find_map(|(i, x)| {
        (x.line_start && x.text.len() <= 40 && opens_signing_page(back, i, &fold(&x.text)))
            .then_some(i)
    }) else {
        return Vec::new();
    };
    let mut out: Vec<Signature> = Vec::new();
    let mut last_signed = start;
    for (i, it) in back.iter().enumerate().skip(start + 1) {
        if it.kind != ItemKind::Text || it.span.of(src).contains("   ") {
            continue;
        }
        let Some(k) = signed_at(&it.text) else {
            continue;
        };
        let rest = it.text[k..].trim_start();
        let Some(date) = find_dates(it.span.of(src), it.span.start)
            .into_iter()
            .next()
        else {
            continue;
        };
        // `Signerat av Anna Ek 2025-03-20`: the name on the line.
        let on_line = rest.strip_prefix("av ").and_then(|r| {
            let until = r.find(|c: char| c.is_ascii_digit()).unwrap_or(r.len());
            signer_name(r[..until].trim_end_matches([' ', ',', '-']))
        });
        let above = || {
            back[last_signed + 1..i]
                .iter()
                .rev()
                .filter(|x| !x.is_blank())
                .take(3)
                .find_map(|x| {
                    (x.kind == ItemKind::Text && !x.span.of(src).contains("   "))
                        .then(|| signer_name(&x.text).map(|n| (n, x.span)))
                        .flatten()
                })
        };
        let found = match on_line {
            Some(n) => Some((n, it.span)),
            None => above(),
        };
        last_signed = i;
        if let Some((name, span)) = found {
            // The name where the line holds it (after `Signerat av `).
            let at = span.start + span.of(src).find(name).unwrap_or(0);
            if !out.iter().any(|s| s.name == name) {
                out.push(Signature {
                    role: None,
                    name: name.to_string(),
                    date: Some(date),
                    digital: true,
                    span: Span::new(at, (at + name.len()).min(span.end)),
                });
            }
        }
    }
    out
}

/// The signers of a signing service's page among `back` merged into
/// `signatures`: one already named (a role's signature line, the front's
/// justerare) takes the date it was signed and is digital; anyone else is
/// added.
pub(super) fn signed_by_e_id(src: &str, back: &[Item], signatures: &mut Vec<Signature>) {
    for s in signers(src, back) {
        match signatures.iter_mut().find(|x| x.name == s.name) {
            Some(x) => {
                x.date = x.date.take().or(s.date);
                x.digital = true;
            }
            None => signatures.push(s),
        }
    }
}

#[cfg(test)]
mod tests {
    fn signers(src: &str) -> Vec<(String, String)> {
        crate::parse(src)
            .signatures
            .into_iter()
            .filter(|s| s.digital)
            .map(|s| (s.name, s.date.map(|d| d.iso).unwrap_or_default()))
            .collect()
    }

    const HEAD: &str = "Nämnden\nProtokoll 2025-03-18\n\n§ 1 Val av justerare\nBeslut\nNämnden utser Bo Lind.\n\n§ 2 Delegationsbeslut\nBeslut\nRedovisningen läggs till handlingarna.\n\n<!-- sida 6 -->\n\n";

    #[test]
    fn a_signing_page_is_back_matter_with_its_signers() {
        let src = format!(
            "{HEAD}Verifikat\nTransaktion 09222115557498765432\n\nSignerare\n\nSara Lind (SL)\nsara.lind@kommun.se\nSignerade 2025-03-19 08:13:01 CET (+0100)\n\nAnna Ek (AE)\nSignerade 2025-03-20 17:45:02 CET (+0100)\n\nSignerat av Bo Lind 2025-03-21 14:03\n\nUndertecknad av Eva Holm, 2025-03-21\n"
        );
        assert_eq!(
            signers(&src),
            [
                ("Sara Lind".to_string(), "2025-03-19".to_string()),
                ("Anna Ek".to_string(), "2025-03-20".to_string()),
                ("Bo Lind".to_string(), "2025-03-21".to_string()),
                ("Eva Holm".to_string(), "2025-03-21".to_string())
            ]
        );
        let d = crate::parse(&src);
        let last = d.paragraphs.last().unwrap();
        assert!(!last.span.of(&src).contains("Verifikat"));
        // Each signer's span is the name as written.
        for s in d.signatures.iter().filter(|s| s.digital) {
            assert_eq!(s.span.of(&src), s.name);
        }
    }

    #[test]
    fn near_misses_sign_nothing() {
        // The word in a paragraph's text, no signer's line below it.
        let src = format!("{HEAD}Verifikat\nUnderlaget finns i akten.\n");
        assert!(signers(&src).is_empty());
        let d = crate::parse(&src);
        assert!(d
            .paragraphs
            .last()
            .unwrap()
            .span
            .of(&src)
            .contains("Verifikat"));
        // Two signers side by side: which date is whose cannot be told.
        let src = format!(
            "{HEAD}Verifikat\n\nSara Lind (SL)                Anna Ek (AE)\nSignerade 2025-03-19          Signerade 2025-03-20\n"
        );
        assert!(signers(&src).is_empty());
    }
}
