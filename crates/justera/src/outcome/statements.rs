//! Protocol notes, special statements and substitutes' statements: by whom,
//! and the proposal they back (`Ermin Škorić (S) stödjer Johan Tolinssons
//! (S) m.fl. yrkande`).

use super::bytes::{find_by, rare_index};
use super::prepared::Prepared;
use super::proposals::{resolve_low, Props};
use super::reservations::party_actors;
use super::text::Sentence;
use crate::inline::{find_speakers_low, label_speakers_low, only_actors};
use crate::model::*;
use crate::text::has;
use std::borrow::Borrow;

/// Verbs that open a statement after the names, as they start, each with
/// the byte that was its anchor (kept for the tests).
const OPENERS: [(&str, usize); 14] = [
    ("stödjer", 3),
    ("stöder", 3),
    ("ställer sig bakom", 3),
    ("ställde sig bakom", 3),
    ("instämmer", 5),
    ("lämnar", 2),
    ("lämnade", 2),
    ("får lämna", 2),
    ("anför", 4),
    ("antecknar", 5),
    ("anmäler", 4),
    ("anmälde", 4),
    ("avger", 1),
    ("avgav", 1),
];

/// The stems the verbs of [`OPENERS`] hold, each with its verbs and where
/// the stem stands in each (`får lämna`: 5 bytes in).
const STEMS: [(&str, &[(usize, usize)]); 8] = [
    ("stöd", &[(0, 0), (1, 0)]),
    ("ställ", &[(2, 0), (3, 0)]),
    ("instäm", &[(4, 0)]),
    ("lämna", &[(5, 0), (6, 0), (7, 5)]),
    ("anför", &[(8, 0)]),
    ("antecknar", &[(9, 0)]),
    ("anmäl", &[(10, 0), (11, 0)]),
    ("avg", &[(12, 0), (13, 0)]),
];

/// Where the first verb opens: of each verb its first place as a whole
/// word, else its first place at all; the earliest of these. Each stem of
/// [`STEMS`] looked for by a search built once, its places tried against
/// its own verbs, until each of them stands as a whole word.
fn opener_at(low: &str) -> Option<usize> {
    let finders = finders();
    let b = low.as_bytes();
    let mut any = [usize::MAX; OPENERS.len()];
    let mut word = [usize::MAX; OPENERS.len()];
    let alnum = |c: char| c.is_alphanumeric();
    for ((_, verbs), f) in STEMS.iter().zip(finders) {
        for p in f.find_iter(b) {
            for &(j, off) in verbs.iter() {
                let v = OPENERS[j].0.as_bytes();
                let Some(at) = p.checked_sub(off) else {
                    continue;
                };
                if word[j] < usize::MAX || !b[at..].starts_with(v) {
                    continue;
                }
                any[j] = any[j].min(at);
                let end = at + v.len();
                if !low[..at].ends_with(alnum) && !low[end..].starts_with(alnum) {
                    word[j] = at;
                }
            }
            if verbs.iter().all(|&(j, _)| word[j] < usize::MAX) {
                break;
            }
        }
    }
    (0..OPENERS.len())
        .map(|j| {
            if word[j] < usize::MAX {
                word[j]
            } else {
                any[j]
            }
        })
        .filter(|&k| k < usize::MAX)
        .min()
}

/// The searches for [`STEMS`], built once.
fn finders() -> &'static [memchr::memmem::Finder<'static>] {
    use memchr::memmem::Finder;
    static FINDERS: std::sync::OnceLock<Vec<Finder<'static>>> = std::sync::OnceLock::new();
    FINDERS.get_or_init(|| STEMS.iter().map(|(s, _)| Finder::new(s)).collect())
}

/// [`opener_at`] of each sentence of `ss`, all of them within `part`: each
/// stem looked for once in the part's lower case rather than once in
/// every sentence (a search costs most in starting, and a part holds many
/// short sentences).
fn openers_in(prep: &Prepared, part: Span, ss: &[Sentence]) -> Vec<Option<usize>> {
    prep.per_sentence(part, ss, opener_at, |low, w| openers_in_low(low, w))
}

/// [`opener_at`] of each `low[from..to]` of `spans` (lower case keeps
/// every offset, so a sentence's lower case is this slice of its part's).
/// Each verb's places in `low` are found first, in order; a sentence's
/// are those within it, and a place stands as a whole word where the
/// sentence starts or ends beside it or a character that is no letter or
/// digit does. A stem never overlaps itself, so the part's search finds
/// every place the sentence's would.
fn openers_in_low<S: Borrow<(usize, usize)>>(
    low: &str,
    spans: impl IntoIterator<Item = S>,
) -> Vec<Option<usize>> {
    let b = low.as_bytes();
    // Each opener's places, in a list of its own (none made for an
    // opener not found).
    let mut places: [Vec<usize>; OPENERS.len()] = std::array::from_fn(|_| Vec::new());
    for ((_, verbs), f) in STEMS.iter().zip(finders()) {
        for p in f.find_iter(b) {
            for &(j, off) in verbs.iter() {
                let Some(at) = p.checked_sub(off) else {
                    continue;
                };
                if b[at..].starts_with(OPENERS[j].0.as_bytes()) {
                    places[j].push(at);
                }
            }
        }
    }
    let alnum = |c: char| c.is_alphanumeric();
    spans
        .into_iter()
        .map(|s| {
            let (from, to) = *s.borrow();
            let whole = |at: usize, end: usize| {
                (at == from || !low[..at].ends_with(alnum))
                    && (end == to || !low[end..].starts_with(alnum))
            };
            places
                .iter()
                .zip(OPENERS)
                .filter_map(|(ps, (v, _))| {
                    let first = ps.partition_point(|&at| at < from);
                    let mut within = ps[first..]
                        .iter()
                        .copied()
                        .take_while(|&at| at < to)
                        .filter(|&at| at + v.len() <= to);
                    let any = within.clone().next()?;
                    let at = within.find(|&at| whole(at, at + v.len())).unwrap_or(any);
                    Some(at - from)
                })
                .min()
        })
        .collect()
}

/// The text without markup, white space collapsed, as `strip_inline`
/// gives it (see `bytes::clean`).
fn clean(t: &str) -> String {
    super::bytes::clean(t)
}

pub(crate) fn statements(prep: &Prepared, props: &Props, p: &Paragraph) -> Vec<Statement> {
    let src = prep.src;
    let mut out: Vec<Statement> = Vec::new();
    for part in &p.parts {
        let kind = match part.kind {
            PartKind::ProtocolNote => StatementKind::ProtocolNote,
            PartKind::Statement => StatementKind::Statement,
            PartKind::SubstituteStatement => StatementKind::SubstituteStatement,
            _ => continue,
        };
        let first = out.len();
        let ss = prep.sentences(part.span);
        let openers = openers_in(prep, part.span, &ss);
        for (s, opener) in ss.iter().zip(openers) {
            let t = s.text(src);
            let low = prep.low(s.span);
            // A sentence that opens with who speaks starts a statement; the
            // rest (a quoted motivation) belongs to the one before.
            let opener = opener.filter(|&k| k < 400);
            let mut by = opener
                .map(|k| find_speakers_low(&t[..k], &low[..k], s.span.start))
                .unwrap_or_default();
            // `Moderaterna lämnar följande anteckning`: a party speaks only
            // when it opens the sentence and the verb follows at once
            // (`Kristdemokraterna har länge ...` is what they say).
            if by.is_empty() {
                if let Some(k) = opener {
                    let lead = t.len() - t.trim_start_matches(['*', '_', ' ', '"', '”']).len();
                    by = party_actors(t, s.span.start, k);
                    by.retain(|a| {
                        a.span.start == s.span.start + lead
                            && k.saturating_sub(a.span.end - s.span.start) <= 3
                    });
                }
            }
            // `Särskilt yttrande lämnas av Anna Ek (L)`: who after the verb
            // in the passive, opening the part (its later sentences are
            // what is said).
            if by.is_empty() && out.len() == first {
                let after = [
                    "lämnas av ",
                    "lämnades av ",
                    "anförs av ",
                    "avges av ",
                    "avgavs av ",
                ]
                .iter()
                .filter_map(|w| find_by(&low, w, rare_index(w)).map(|k| k + w.len()))
                .min();
                if let Some(k) = after {
                    by = find_speakers_low(&t[k..], &low[k..], s.span.start + k);
                    if by.is_empty() {
                        by = party_actors(&t[k..], s.span.start + k, t.len() - k);
                    }
                }
            }
            // `Bo Lind (M): Vi vill ...` under the heading, or the heading
            // over nothing but who makes it (`Bo Lind (M) och Cia Holm (C)`).
            if by.is_empty() && out.len() == first && opener.is_none() {
                by = label_speakers_low(t, Some(&low), s.span.start);
                if by.is_empty() {
                    by = only_actors(t, s.span.start);
                }
            }
            if by.is_empty() && out.len() > first {
                let st = out.last_mut().expect("a statement of this part");
                st.span = st.span.cover(s.span);
                continue;
            }
            let supports = opener
                .filter(|&k| {
                    [
                        "stödjer",
                        "stöder",
                        "ställer sig bakom",
                        "ställde sig bakom",
                        "instämmer",
                    ]
                    .iter()
                    .any(|v| low[k..].starts_with(v))
                })
                .and_then(|k| resolve_low(&t[k..], &low[k..], props, &by))
                // `ställde sig bakom ... gemensamma särskilda uttalande`: a
                // statement, not a proposal.
                .filter(|_| !has(&low, "uttalande") && !has(&low, "yttrande"));
            out.push(Statement {
                kind,
                by,
                supports,
                text: String::new(),
                span: s.span,
            });
        }
        if out.len() == first {
            out.push(Statement {
                kind,
                by: Vec::new(),
                supports: None,
                text: part.text.clone(),
                span: part.span,
            });
        }
        for st in &mut out[first..] {
            if st.text.is_empty() {
                st.text = clean(st.span.of(src));
            }
        }
    }
    // `Bo Berg (M) lämnar ett särskilt yttrande, bilaga 3.` in the
    // decision or the text, under no heading of its own.
    if out.is_empty() {
        out.extend(unheaded(prep, p));
    }
    out
}

/// Statements said in a sentence of the decision, the lead or the
/// procedure: the kind named (`särskilt yttrande`, `protokollsanteckning`,
/// `ersättaryttrande`) and who speaks before the verb.
fn unheaded(prep: &Prepared, p: &Paragraph) -> Vec<Statement> {
    let mut out = Vec::new();
    for part in p.parts.iter().filter(|x| {
        matches!(
            x.kind,
            PartKind::Decision | PartKind::Lead | PartKind::Procedure
        )
    }) {
        // The words are ASCII: asked of the part with its ASCII letters
        // lowered, where they stand as in its lower case (a part none
        // holds is not lowered).
        // Each found by its rarest byte (`anteckning` by its `c`, not by
        // an `a`, the commonest letter but one).
        let plow = prep.ascii_low_of(part.span);
        if !["yttrande", "uttalande", "anteckning"]
            .iter()
            .any(|w| find_by(&plow, w, rare_index(w)).is_some())
        {
            continue;
        }
        for s in prep.sentences(part.span).iter() {
            let low = prep.low(s.span);
            let has = |w: &str| find_by(&low, w, rare_index(w)).is_some();
            let kind = if has("protokollsanteckning") {
                StatementKind::ProtocolNote
            } else if has("ersättaryttrande") {
                StatementKind::SubstituteStatement
            } else if [
                "särskilt yttrande",
                "särskilt uttalande",
                "särskilda yttrande",
            ]
            .iter()
            .any(|w| has(w))
            {
                StatementKind::Statement
            } else {
                continue;
            };
            let Some(k) = opener_at(&low).filter(|&k| k < 200) else {
                continue;
            };
            let t = s.text(prep.src);
            let by = find_speakers_low(&t[..k], &low[..k], s.span.start);
            if !by.is_empty() {
                out.push(Statement {
                    kind,
                    by,
                    supports: None,
                    text: clean(t),
                    span: s.span,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A statement said in a sentence under the decision, with no heading
    /// of its own; a sentence that names no kind is none.
    #[test]
    fn a_statement_said_under_the_decision() {
        let got = |line: &str| {
            let src = format!(
                "Protokoll\n\n§ 12 Motion om cykelvägar\n\nBeslut\nNämnden avslår motionen.\n\n{line}\n"
            );
            let d = crate::parse(&src);
            d.paragraphs[0]
                .statements
                .iter()
                .map(|x| {
                    (
                        x.kind,
                        x.by.iter().map(|a| a.name.clone()).collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        };
        let bo = || vec!["Bo Berg".to_string()];
        assert_eq!(
            got("Bo Berg (M) lämnar ett särskilt yttrande, bilaga 3."),
            [(StatementKind::Statement, bo())]
        );
        assert_eq!(
            got("Bo Berg (M) anmäler protokollsanteckning enligt bilaga 3."),
            [(StatementKind::ProtocolNote, bo())]
        );
        assert!(got("Bo Berg (M) lämnar sammanträdet.").is_empty());
    }

    /// Under its heading, who speaks named after the verb in the passive
    /// (`Särskilt yttrande lämnas av Anna Ek (L)`, `... anförs av
    /// Vänsterpartiet`).
    #[test]
    fn a_statement_given_by_someone_named_after_the_verb() {
        for (said, who) in [
            (
                "Särskilt yttrande lämnas av Anna Ek (L) enligt bilaga.",
                "Anna Ek",
            ),
            (
                "Särskilt yttrande anförs av Vänsterpartiet.",
                "Vänsterpartiet",
            ),
        ] {
            let src = format!(
                "Protokoll\n\n§ 12 Motion om cykelvägar\n\nBeslut\nNämnden avslår motionen.\n\nSärskilt yttrande\n{said}\n"
            );
            let d = crate::parse(&src);
            let by: Vec<&str> = d.paragraphs[0]
                .statements
                .iter()
                .flat_map(|x| x.by.iter().map(|a| a.name.as_str()))
                .collect();
            assert_eq!(by, [who], "{said}");
        }
    }

    /// Under `Protokollsanteckning`: who makes it as a label (`Bo Lind
    /// (M): ...`), or only who makes it; a sentence saying more names no
    /// one by its names alone.
    #[test]
    fn a_note_by_a_label_or_its_names_alone() {
        let by = |said: &str| {
            let src = format!(
                "Protokoll\n\n§ 12 Motion om cykelvägar\n\nBeslut\nNämnden avslår motionen.\n\nProtokollsanteckning\n{said}\n"
            );
            let d = crate::parse(&src);
            d.paragraphs[0]
                .statements
                .iter()
                .flat_map(|x| x.by.iter().map(|a| a.name.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            by("Bo Lind (M): Vi vill att frågan följs upp."),
            ["Bo Lind"]
        );
        assert_eq!(by("Bo Lind (M) och Cia Holm (C)"), ["Bo Lind", "Cia Holm"]);
        assert_eq!(
            by("Bo Lind (M) och Cia Holm (C), bilaga 3"),
            ["Bo Lind", "Cia Holm"]
        );
        assert!(by("Enligt Bo Lind (M) bör frågan följas upp.").is_empty());
    }

    /// [`opener_at`] as it was: each verb looked for on its own.
    fn opener_at_by_verb(low: &str) -> Option<usize> {
        OPENERS
            .iter()
            .filter_map(|(v, _)| super::super::proposals::find_word(low, v).or_else(|| low.find(v)))
            .min()
    }

    #[test]
    fn openers_in_a_part_are_each_sentences_opener() {
        let words = [
            "stödjer",
            "stöder",
            "ställer sig bakom",
            "instämmer",
            "lämnar",
            "lämnade",
            "får lämna",
            "anför",
            "antecknar",
            "anmäler",
            "avger",
            "avgav",
            "av",
            "lämna",
            "anna",
            "(s)",
            "x",
            "ä",
            "ö",
            "k",
            "2",
            "-",
            ",",
            ".",
        ];
        let mut rng = crate::testing::Rng::new(0x1f83_d9ab_5be0_cd19);
        let mut found = 0;
        for _ in 0..20_000 {
            let t = rng.phrase(&words, 14);
            let spans = rng.sentences_of(&t);
            let each: Vec<Option<usize>> =
                spans.iter().map(|&(a, b)| opener_at(&t[a..b])).collect();
            assert_eq!(openers_in_low(&t, &spans), each, "{t:?} {spans:?}");
            found += each.iter().flatten().count();
        }
        assert!(found > 5000, "{found}");
    }

    #[test]
    fn opener_at_is_the_first_verb_of_any() {
        // Every verb under one stem, standing where it says.
        for (j, (v, _)) in OPENERS.iter().enumerate() {
            let under: Vec<(&str, usize)> = STEMS
                .iter()
                .flat_map(|(s, vs)| vs.iter().filter(|x| x.0 == j).map(move |x| (*s, x.1)))
                .collect();
            assert!(
                matches!(under[..], [(s, off)] if v[off..].starts_with(s)),
                "{v}"
            );
        }
        let words = [
            "stödjer",
            "stöder",
            "ställer sig bakom",
            "ställde sig bakom",
            "instämmer",
            "lämnar",
            "lämnade",
            "får lämna",
            "anför",
            "antecknar",
            "anmäler",
            "anmälde",
            "avger",
            "avgav",
            "av",
            "gav",
            "ställer",
            "anna",
            "(s)",
            "x",
            "ä",
            "ö",
            "å",
            "k",
            "v",
            "2",
            "-",
            ",",
        ];
        let mut rng = crate::testing::Rng::new(0x9e37_79b9_7f4a_7c15);
        for _ in 0..40_000 {
            let t = rng.phrase(&words, 7);
            assert_eq!(opener_at(&t), opener_at_by_verb(&t), "{t:?}");
        }
    }
}
