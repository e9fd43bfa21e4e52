//! Justering written as a sentence instead of under a label (`Att jämte
//! ordföranden justera protokollet utsågs Anna Ek.`, `Till justerare
//! utsågs Anna Ek och Bo Berg.`, `... justeras protokollet av Anna Ek.`,
//! `Anna Ek utses att justera protokollet.`) and the secretary named the
//! same way (`Sekreterare är Bo Berg.`): read only where no label named
//! them, in the front or in a paragraph about the justering (`§ 2 Val av
//! justerare`).

use super::super::people::split_names;
use crate::inline::{self, find_dates, lower_keep, parse_person};
use crate::model::*;
use crate::scan::{Item, ItemKind};

/// Sentences of the front read, at most (the front is short; a file that
/// is all front is not read sentence by sentence to its end).
const MAX_SENTENCES: usize = 400;

/// Verbs after which the justerare are named: `... justera protokollet
/// utsågs X`, `Till justerare valdes X`, `... justeras protokollet av X`.
const NAMES_AFTER: [&str; 8] = [
    " utsågs ",
    " utses ",
    " valdes ",
    " väljs ",
    " justeras protokollet av ",
    " justerades protokollet av ",
    "protokollet justeras av ",
    "protokollet justerades av ",
];

/// The meeting's own verbs, the justering after the names: `Nämnden utser
/// X att jämte ordföranden justera protokollet`, `... utser X till justerare`.
const ACTIVE: [&str; 4] = [" utser ", " att utse ", " utsåg ", " valde "];

/// Verbs before which they are: `X utses att justera protokollet`, `X
/// valdes till justerare`.
const NAMES_BEFORE: [&str; 6] = [
    " utses att ",
    " utsågs att ",
    " valdes att ",
    " utses till juster",
    " utsågs till juster",
    " valdes till juster",
];

/// Words that end the names after the verb (`... utsågs Anna Ek att
/// jämte ordföranden justera protokollet`).
const NAMES_END: [&str; 8] = [
    " att ",
    " som ",
    " jämte ",
    " tillsammans ",
    " den ",
    " på ",
    " vid ",
    " till ",
];

pub(super) fn justering_in_prose(src: &str, items: &[Item], doc: &mut Document) {
    let want_justerare = doc.justering.justerare.is_empty();
    let want_secretary = doc.secretary.is_none();
    if !want_justerare && !want_secretary {
        return;
    }
    let mut seen = 0;
    for it in items
        .iter()
        .filter(|x| x.kind == ItemKind::Text && !x.furniture && !marked(&x.text))
    {
        let raw = it.span.of(src);
        for (at, sentence) in sentences(raw) {
            seen += 1;
            if seen > MAX_SENTENCES {
                return;
            }
            let base = it.span.start + at;
            if want_justerare && doc.justering.justerare.is_empty() {
                justerare(sentence, base, doc);
            }
            if want_secretary && doc.secretary.is_none() {
                secretary(sentence, base, doc);
            }
        }
    }
}

/// The sentences of a line with their offsets: cut after `. ` before a
/// capital.
fn sentences(raw: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    for k in stops(raw) {
        if raw[k + 2..].starts_with(char::is_uppercase) {
            out.push((from, &raw[from..k + 1]));
            from = k + 2;
        }
    }
    out.push((from, &raw[from..]));
    out
}

fn justerare(sentence: &str, base: usize, doc: &mut Document) {
    // Lowered, a sentence holds `juster` only where it holds it in any
    // ASCII case (no other character lowers to ASCII in as many bytes).
    if !has_juster(sentence) {
        return;
    }
    let lower = lower_keep(sentence);
    let Some(j) = lower.find("juster") else {
        return;
    };
    // `justera protokollet`, `till justerare`, `justeringsperson`: about
    // this protocol's justering, not a plan's or an account's.
    let about = ["protokoll", "justerare", "justeringsperson", "justerande"];
    if sentence.len() > 300 || !about.iter().any(|w| lower.contains(w)) {
        return;
    }
    let found = |verbs: &'static [&'static str]| {
        let lower = &lower;
        verbs
            .iter()
            .filter_map(move |v| lower.find(v).map(|k| (k, k + v.len())))
    };
    let names = found(&NAMES_AFTER)
        .filter(|&(k, end)| j < end && (j < k || lower[k..end].contains("juster")))
        .chain(found(&ACTIVE).filter(|&(_, end)| lower[end..].contains("juster")))
        .min_by_key(|x| x.0)
        .map(|(_, end)| {
            let rest = &lower[end..];
            let stop = NAMES_END
                .iter()
                .filter_map(|w| rest.find(w))
                .chain(rest.find(|c: char| c.is_ascii_digit()))
                .min()
                .unwrap_or(rest.len());
            (end, end + stop)
        })
        .or_else(|| {
            NAMES_BEFORE
                .iter()
                .filter_map(|v| lower.find(v))
                .filter(|&k| k < j || lower[k..].contains("juster"))
                .min()
                .map(|k| (0, k))
        });
    let Some((a, b)) = names else {
        return;
    };
    let t = sentence[a..b].trim_end_matches(['.', ' ', ':', ';']);
    let lead = t.len() - t.trim_start().len();
    let t = t.trim_start();
    if t.is_empty() || t.len() > 160 {
        return;
    }
    let span = Span::new(base + a + lead, base + a + lead + t.len());
    let mut found = Vec::new();
    for (name, s) in split_names(t, span) {
        let p = parse_person(&name, s.start).unwrap_or(Person {
            name: name.clone(),
            span: s,
            ..Person::default()
        });
        if !inline::plausible_name(&p.name) {
            return; // not a list of names: not this sentence
        }
        found.push(Person { span: s, ..p });
    }
    if found.is_empty() {
        return;
    }
    doc.justering.justerare = found;
    doc.justering.span = Some(Span::new(base, base + sentence.len()));
    if doc.justering.date.is_none() {
        if let Some(d) = find_dates(sentence, base).into_iter().next() {
            doc.justering.date = Some(d);
        }
    }
}

/// `Sekreterare är Bo Berg.`, `Sekreterare var Bo Berg.`
fn secretary(sentence: &str, base: usize, doc: &mut Document) {
    if !may_name_secretary(sentence) {
        return;
    }
    let lower = lower_keep(sentence);
    let Some(v) = [
        "sekreterare är ",
        "sekreterare var ",
        "till sekreterare utsågs ",
    ]
    .iter()
    .find(|v| lower.starts_with(*v)) else {
        return;
    };
    let t = sentence[v.len()..].trim_end_matches(['.', ' ']);
    if !inline::plausible_name(t) {
        return;
    }
    let start = base + v.len();
    let span = Span::new(start, start + t.len());
    let p = parse_person(t, start).unwrap_or(Person {
        name: t.to_string(),
        span,
        ..Person::default()
    });
    doc.secretary = Some(Person { span, ..p });
}

/// Where `raw` holds `. `, found by each point (the two bytes cannot
/// overlap).
fn stops(raw: &str) -> impl Iterator<Item = usize> + '_ {
    let b = raw.as_bytes();
    memchr::memchr_iter(b'.', b).filter(|&k| b.get(k + 1) == Some(&b' '))
}

/// Whether a line holds markup, `*` or `|` (a table's, emphasis): no
/// sentence of prose.
fn marked(t: &str) -> bool {
    memchr::memchr2(b'*', b'|', t.as_bytes()).is_some()
}

/// Whether `lower_keep(sentence)` holds `juster`, asked of its bytes.
fn has_juster(sentence: &str) -> bool {
    crate::text::has_ascii_ci(sentence, b"juster", 0)
}

/// Whether a sentence may open with the secretary's words (`sekreterare
/// är `, `till sekreterare utsågs `): its first byte lowers to `s` or `t`
/// (a character not ASCII lowers to no ASCII byte in `lower_keep`).
fn may_name_secretary(sentence: &str) -> bool {
    matches!(
        sentence.bytes().next().map(|b| b.to_ascii_lowercase()),
        Some(b's' | b't')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences about the justering and the secretary and near misses,
    /// their stops (`. `) and markup (`*`, `|`):
    /// their words in several cases, a Kelvin sign and a Cyrillic `с`,
    /// edge bytes (tab, NBSP, CR, `§`, å ä ö, É, empty), long words.
    const WORDS: [&str; 30] = [
        ". ",
        ".",
        "*",
        "|",
        "..",
        ". A",
        "Justerare",
        "JUSTERA",
        "justeringsperson",
        "jUsTeR",
        "Sekreterare är",
        "SEKRETERARE VAR",
        "Till sekreterare utsågs",
        "till",
        "\u{441}ekreterare",
        "\u{212a}",
        "Anna Ek",
        "protokollet",
        "\t",
        "\u{a0}",
        "\r",
        "\n",
        "§",
        "åäö ÅÄÖ É",
        "",
        "j",
        "uster",
        "abcdefghijklmno",
        "abcdefghijklmnop",
        "abcdefghijklmnopq",
    ];

    /// A line's stops and its markup found by their bytes as by the
    /// standard searches.
    #[test]
    fn stops_and_markup_found_by_bytes_as_searched() {
        let mut rng = crate::testing::Rng::new(0x8f1b_bcdc_ca62_c1d6);
        for _ in 0..50_000 {
            let t = rng.pieces(&WORDS, 10);
            let plain: Vec<usize> = t.match_indices(". ").map(|(k, _)| k).collect();
            assert_eq!(stops(&t).collect::<Vec<_>>(), plain, "{t:?}");
            assert_eq!(marked(&t), t.contains(['*', '|']), "{t:?}");
        }
    }

    /// The two sentences' tests on bytes answer as their lowered text.
    #[test]
    fn a_sentence_asked_by_its_bytes_reads_as_lowered() {
        let mut rng = crate::testing::Rng::new(0xcbbb_9d5d_c105_9ed8);
        for _ in 0..50_000 {
            let t = rng.phrase(&WORDS, 6);
            let t = t.trim_start();
            let lower = lower_keep(t);
            assert_eq!(has_juster(t), lower.contains("juster"), "{t:?}");
            let opens = [
                "sekreterare är ",
                "sekreterare var ",
                "till sekreterare utsågs ",
            ]
            .iter()
            .any(|v| lower.starts_with(v));
            assert!(may_name_secretary(t) || !opens, "{t:?}");
        }
    }

    fn justerare(src: &str) -> Vec<String> {
        crate::parse(src)
            .justering
            .justerare
            .iter()
            .map(|p| p.name.clone())
            .collect()
    }

    #[test]
    fn justerare_named_in_a_sentence() {
        let front =
            "Socialnämnden\n\nBeslutande\n\nAnna Ek (S), ordförande\nBo Berg (M)\nCarl Dal (C)\n\n";
        let head = "\n\n§ 1 Val av justerare\n\nBeslut\n\nNämnden beslutar enligt förslaget.\n";
        for (line, want) in [
            (
                "Att jämte ordföranden justera protokollet utsågs Bo Berg.",
                vec!["Bo Berg"],
            ),
            ("Till justerare utsågs Bo Berg och Carl Dal.", vec!["Bo Berg", "Carl Dal"]),
            (
                "Att jämte ordförande Anna Ek justeras protokollet av Carl Dal. Sekreterare är Eva Holm.",
                vec!["Carl Dal"],
            ),
            (
                "Bo Berg (M) utses att jämte ordföranden justera protokollet.",
                vec!["Bo Berg"],
            ),
            (
                "Nämnden utser Carl Dal (C) att jämte ordföranden justera dagens protokoll.",
                vec!["Carl Dal"],
            ),
            ("Nämnden beslutar att utse Bo Berg till justerare.", vec!["Bo Berg"]),
            (
                "Till justerare valdes Carl Dal att jämte ordföranden justera protokollet 2024-03-14.",
                vec!["Carl Dal"],
            ),
        ] {
            assert_eq!(justerare(&format!("{front}{line}{head}")), want, "{line}");
        }
        let src = format!("{front}Protokollet justeras av Carl Dal den 2024-03-14. Sekreterare är Eva Holm.{head}");
        let d = crate::parse(&src);
        assert_eq!(d.justering.justerare[0].span.of(&src), "Carl Dal");
        assert_eq!(
            d.justering.date.as_ref().map(|d| d.iso.as_str()),
            Some("2024-03-14")
        );
        assert_eq!(
            d.secretary.as_ref().map(|p| p.name.as_str()),
            Some("Eva Holm")
        );
        // Near misses: another justering, a plan, not names; a label wins.
        for line in [
            "Ekonomichefen utsågs att leda arbetet med planen.",
            "Justering av taxan utsågs till en fråga för styrelsen.",
            "Till justerare utsågs den som är närvarande.",
            "Nämnden utser Bo Berg till ombud i protokollsfrågor.",
        ] {
            assert!(
                justerare(&format!("{front}{line}{head}")).is_empty(),
                "{line}"
            );
        }
        // In the paragraph that chose them, when the front names none; not
        // in a paragraph about something else.
        let para = format!("{front}\n§ 1 Val av justerare\n\nBeslut\n\nTill justerare utsågs Carl Dal.\n\n§ 2 Budget\n\nBeslut\n\nNämnden beslutar att anta budgeten.\n");
        assert_eq!(justerare(&para), ["Carl Dal"]);
        let other = para.replace("Val av justerare", "Information");
        assert!(justerare(&other).is_empty());
        let labelled =
            format!("{front}Utses att justera  Carl Dal\n\nTill justerare utsågs Bo Berg.{head}");
        assert_eq!(justerare(&labelled), ["Carl Dal"]);
    }
}
