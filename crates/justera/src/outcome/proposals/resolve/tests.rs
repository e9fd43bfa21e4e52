//! The references resolved, each reading against a plain one.

use super::*;

/// Where each word of `text` starts (letters, digits, `-` and `'`), as
/// `key_words` counts them.
fn word_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut in_word = false;
    let mut i = 0;
    // ASCII by the byte; another character decoded.
    while i < b.len() {
        let (w, len) = if b[i] < 0x80 {
            (
                b[i].is_ascii_alphanumeric() || b[i] == b'-' || b[i] == b'\'',
                1,
            )
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        };
        if w && !in_word {
            out.push(i);
        }
        in_word = w;
        i += len;
    }
    out
}

#[test]
fn party_genitives_and_first_match_as_match_indices() {
    for ((_, party), g) in PARTIES.iter().zip(PARTY_GENITIVES) {
        let l = party.to_lowercase();
        assert_eq!(g, [format!("({l}):s").as_str(), format!("{l}:s").as_str()]);
    }
    let ok = |low: &str, k: usize| !k.is_multiple_of(3) && !low[..k].ends_with('x');
    for low in [
        "",
        "s:s",
        "s:s:s",
        "ss:s s:s",
        "(s):s och m:s",
        "xm:s m:s",
        "aaaa",
        "ab ab ab",
        "moderaterna moderat",
        "åm:s m:s",
    ] {
        for w in ["s:s", "m:s", "(s):s", "aa", "ab", "moderat", "m:s"] {
            let plain = low.match_indices(w).map(|(k, _)| k).find(|&k| ok(low, k));
            assert_eq!(first_match(low, w, |k| ok(low, k)), plain, "{low:?} {w:?}");
            for b in 0..w.len() {
                assert_eq!(
                    first_match_by(low, w, b, |k| ok(low, k)),
                    plain,
                    "{low:?} {w:?} {b}"
                );
            }
        }
    }
}

/// The resolver before the index: every proposal's movers scanned for
/// each reference. The indexed one must name the same proposals.
#[allow(clippy::all)]
fn resolve_all_scanning(text: &str, props: &[Proposal], speaker: &[Actor]) -> Vec<String> {
    let low = lower(text);
    let words = key_words(text);
    let word_pos = word_starts(text);
    let mut hits: Vec<(usize, String)> = Vec::new();
    let mut named_any = false;
    for pr in props.iter().filter(|x| x.kind != ProposalKind::Base) {
        let mut best: Option<(u8, usize)> = None;
        for a in &pr.by {
            let parts = key_words(&a.name);
            let Some(last) = parts.last() else { continue };
            for (i, w) in words.iter().enumerate() {
                if same_word(last, w) {
                    let score = name_score(&a.name, &words[i.saturating_sub(4)..=i]);
                    let pos = word_pos.get(i).copied().unwrap_or(0);
                    if best.is_none_or(|(s, p)| score > s || (score == s && pos < p)) {
                        best = Some((score, pos));
                    }
                }
            }
        }
        if let Some((_, pos)) = best {
            named_any = true;
            hits.push((pos, pr.id.clone()));
        }
    }
    // A first name in the genitive before a word for a proposal: the
    // one proposal a mover of that first name made.
    for (i, w) in words.iter().enumerate() {
        if !words.get(i + 1).is_some_and(|n| super::proposal_word(n)) {
            continue;
        }
        let Some(first) = w.strip_suffix('s') else {
            continue;
        };
        let of: Vec<&Proposal> = props
            .iter()
            .filter(|x| x.kind != ProposalKind::Base)
            .filter(|x| {
                x.by.iter().any(|a| {
                    let k = key_words(&a.name);
                    k.len() >= 2 && k[0] == first
                })
            })
            .collect();
        if let [x] = of[..] {
            if !hits.iter().any(|(_, id)| *id == x.id) {
                named_any = true;
                hits.push((word_pos.get(i).copied().unwrap_or(0), x.id.clone()));
            }
        }
    }
    for (at, name) in sources(&low) {
        // `avslag till förvaltningens förslag` names the rejection, not the base.
        let before = low[..at].trim_end();
        if before.ends_with("avslag till")
            || before.ends_with("avslag på")
            || before.ends_with("avslå")
        {
            continue;
        }
        // The base proposal, or a yrkande approving another body's proposal.
        let base = props.iter().find(|x| x.kind == ProposalKind::Base);
        let own = props
            .iter()
            .find(|x| x.kind == ProposalKind::Own && x.source.as_deref() == Some(name));
        match (base, own) {
            (Some(b), _) if b.source.as_deref() == Some(name) => hits.push((at, b.id.clone())),
            (_, Some(o)) => hits.push((at, o.id.clone())),
            (Some(b), None) => hits.push((at, b.id.clone())),
            (None, None) => {}
        }
    }
    if !speaker.is_empty() {
        for w in ["eget", "egna", "gemensamma", "gemensamt", "sitt", "sina"] {
            if let Some(at) = find_word(&low, w) {
                let keys: Vec<String> = speaker.iter().map(|a| name_key(&a.name)).collect();
                let own = props
                    .iter()
                    .filter(|x| !matches!(x.kind, ProposalKind::Base))
                    .find(|x| x.by.iter().any(|a| keys.contains(&name_key(&a.name))));
                if let Some(o) = own {
                    hits.push((at, o.id.clone()));
                    named_any = true;
                }
                break;
            }
        }
    }
    // `Moderaternas förslag`, `Liberalernas och Centerpartiets yrkande`.
    if !named_any {
        for (stem, party) in PARTIES {
            // The party by name, or by letters in the genitive (`(M):s`, `M:s`).
            let letters = party.to_lowercase();
            let by_letters = [format!("({letters}):s"), format!("{letters}:s")]
                .into_iter()
                .filter_map(|w| {
                    low.match_indices(w.as_str()).map(|(k, _)| k).find(|&k| {
                        (k == 0 || !low[..k].ends_with(|c: char| c.is_alphanumeric()))
                            && !low[k + w.len()..].starts_with(|c: char| c.is_alphanumeric())
                    })
                })
                .min();
            let Some(at) = low
                .match_indices(stem)
                .map(|(k, _)| k)
                .find(|&k| k == 0 || !low[..k].ends_with(|c: char| c.is_alphanumeric()))
                .or(by_letters)
            else {
                continue;
            };
            if let Some(x) = props.iter().find(|x| {
                x.kind != ProposalKind::Base
                    && x.by.iter().any(|a| a.party.as_deref() == Some(party))
            }) {
                hits.push((at, x.id.clone()));
                named_any = true;
            }
        }
    }
    // `det ändrade förslaget`, `tilläggsyrkandet`: the one proposal of that
    // kind; with no one named, `återremiss`, `avslag` too.
    let mut by_kind = |words: &[(&str, ProposalKind)], any: bool| {
        for (w, kind) in words {
            let Some(at) = find_str(&low, w) else {
                continue;
            };
            let mut of_kind = props.iter().filter(|x| x.kind == *kind);
            let (first, second) = (of_kind.next(), of_kind.next());
            if let Some(x) = first.filter(|_| second.is_none() || any) {
                if !hits.iter().any(|(_, id)| *id == x.id) {
                    hits.push((at, x.id.clone()));
                }
            }
        }
    };
    by_kind(&KIND_WORDS, false);
    if !named_any {
        by_kind(&KIND_STEMS, true);
    }
    hits.sort_by_key(|(at, _)| *at);
    let has_base = props.iter().any(|x| x.kind == ProposalKind::Base);
    let mut out: Vec<String> = Vec::new();
    for (_, id) in hits {
        let id = match props.iter().find(|x| x.id == id) {
            Some(x) if x.kind == ProposalKind::Approve && has_base => "base".to_string(),
            _ => id,
        };
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// The id of the proposal `name` moved in `p`.
fn moved_by(p: &Paragraph, name: &str) -> Option<String> {
    p.proposals
        .iter()
        .find(|x| x.by.iter().any(|a| a.name == name))
        .map(|x| x.id.clone())
}

/// A side named by what exactly one proposal asks for (`motionen`);
/// near misses: more words after it, two proposals asking the same.
#[test]
fn a_side_named_by_what_its_proposal_asks_for() {
    let src = "## § 12 Motion om solceller\n\n### Yrkanden\n\nIda Lund (S) yrkar bifall till kommunstyrelsens förslag.\n\nEmma Falk (V) yrkar bifall till motionen.\n\n### Beslut\n\nFullmäktige avslår motionen.\n";
    let d = crate::parse(src);
    let p = &d.paragraphs[0];
    let props = Props::new(&p.proposals);
    let falk = moved_by(p, "Emma Falk");
    assert_eq!(resolve("motionen", &props, &[]), falk);
    assert_eq!(resolve("bifalla motionen", &props, &[]), falk);
    assert_eq!(resolve("motionen i sin helhet", &props, &[]), None);
    // Two asking for the same: not told apart.
    let two = src.replace(
        "Ida Lund (S) yrkar bifall till kommunstyrelsens förslag.",
        "Ida Lund (S) yrkar bifall till motionen.",
    );
    let d = crate::parse(&two);
    let props = Props::new(&d.paragraphs[0].proposals);
    assert_eq!(resolve("motionen", &props, &[]), None);
}

/// `ordförandens förslag` in the beslutsgång and in another member's
/// `instämmer i ordförandens förslag`: the proposal the chair moved,
/// not a base proposal of the chair's beside it.
#[test]
fn the_chairs_proposal_joined_and_adopted() {
    let src = "§ 44\nDelårsrapport\n\nYrkanden\nOrdföranden Karin Wall (S) föreslår att nämnden godkänner rapporten.\nHanna Ljung (M) instämmer i ordförandens förslag.\n\nBeslutsgång\nOrdföranden finner att nämnden bifaller ordförandens förslag.\n";
    let d = crate::parse(src);
    let p = &d.paragraphs[0];
    let movers: Vec<Vec<&str>> = p
        .proposals
        .iter()
        .map(|x| x.by.iter().map(|a| a.name.as_str()).collect())
        .collect();
    assert_eq!(movers, [["Karin Wall", "Hanna Ljung"]]);
    let o = p.outcome.as_ref().expect("an outcome");
    assert_eq!(o.adopted, moved_by(p, "Karin Wall"));
    assert!(!o.contested);
    // Near miss: with no proposal moved as the chair, the chair's
    // proposal is the base one put to the meeting.
    let d = crate::parse(&src.replace("Ordföranden Karin Wall", "Karin Wall"));
    let kinds: Vec<ProposalKind> = d.paragraphs[0].proposals.iter().map(|x| x.kind).collect();
    assert_eq!(kinds[0], ProposalKind::Base);
}

#[test]
fn the_chairs_proposal_is_the_one_the_chair_moved() {
    let src = "## § 45 Motion om poliser\n\n### Yrkanden\n\nOrdföranden Anders Ek (S) yrkade bifall till motionen med ett tillägg.\n\nNils Öst (M) yrkade bifall till eget förslag.\n\n### Beslut\n\nFullmäktige bifaller motionen.\n";
    let d = crate::parse(src);
    let p = &d.paragraphs[0];
    let props = Props::new(&p.proposals);
    let by_chair = moved_by(p, "Anders Ek");
    assert!(by_chair.is_some());
    assert_eq!(
        resolve("bifalla ordförandens yrkande", &props, &[]),
        by_chair
    );
    // Near miss: no proposal moved as the chair.
    let d = crate::parse(&src.replace("Ordföranden Anders Ek", "Anders Ek"));
    let props = Props::new(&d.paragraphs[0].proposals);
    assert_eq!(resolve("bifalla ordförandens yrkande", &props, &[]), None);
}

/// `Cecilias förslag`: the one proposal whose mover is called Cecilia.
/// Near misses: two movers of that first name, no word for a proposal
/// after it.
#[test]
fn a_mover_named_by_the_first_name_in_the_genitive() {
    let src = "## § 12 Budget\n\n### Yrkanden\n\nCecilia Holm (V) yrkar bifall till eget förslag \
        om utökad budget.\n\nEva Sand (C) yrkar bifall till eget förslag om oförändrad budget.\n\n\
        ### Beslut\n\nNämnden antar förslaget.\n";
    let d = crate::parse(src);
    let p = &d.paragraphs[0];
    let props = Props::new(&p.proposals);
    let id = |by: &str| moved_by(p, by);
    assert_eq!(resolve("Cecilias förslag", &props, &[]), id("Cecilia Holm"));
    assert_eq!(
        resolve("bifall till Evas yrkande", &props, &[]),
        id("Eva Sand")
    );
    assert_eq!(resolve("Cecilias budget", &props, &[]), None);
    let two = src.replace("Eva Sand", "Cecilia Berg");
    let d = crate::parse(&two);
    let props = Props::new(&d.paragraphs[0].proposals);
    assert_eq!(resolve("Cecilias förslag", &props, &[]), None);
}

#[test]
fn the_index_names_what_scanning_every_proposal_named() {
    let mut seen = 0;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files {
        let src = std::fs::read_to_string(file).unwrap();
        let doc = crate::parse(&src);
        for p in &doc.paragraphs {
            let props = Props::new(&p.proposals);
            for part in &p.parts {
                for s in crate::outcome::text::sentences(&src, part.span) {
                    let t = s.text(&src);
                    let who = speaker(t, s.span.start);
                    for k in [0, t.len() / 3, t.len() / 2] {
                        let Some(x) = t.get(k..) else { continue };
                        let want = resolve_all_scanning(x, &p.proposals, &who);
                        seen += want.len();
                        assert_eq!(resolve_all(x, &props, &who), want, "{x}");
                        // The caller's lower case: its sentence's, sliced.
                        let low = &lower(t)[k..];
                        let by_low = resolve_all_low(x, Some(low), &props, &who);
                        assert_eq!(by_low, want, "{x}");
                        for y in [x.replacen(' ', "  ", 1), x.replacen(' ', "\n ", 1)] {
                            let by_low = resolve_all_low(&y, Some(&lower(&y)), &props, &who);
                            assert_eq!(by_low, resolve_all(&y, &props, &who), "{y}");
                        }
                    }
                }
            }
        }
    }
    assert!(seen > 50, "references resolved: {seen}");
}

/// Pieces of the generated texts: letters that lower case changes or
/// keeps, edge bytes, white space of each kind, 15/16/17-byte runs.
const PIECES: &[&str] = &[
    "Anna",
    "ÅSA",
    "Öberg",
    "É",
    "é",
    "Σ",
    "ΣΑ",
    "İ",
    "ẞ",
    "Ω",
    "§",
    "å",
    "ä",
    "ö",
    "Å",
    "Ä",
    "Ö",
    "\t",
    "\u{a0}",
    "\r",
    "\n",
    " ",
    "  ",
    "",
    "ABCDEFGHIJKLMNO",
    "ABCDEFGHIJKLMNOP",
    "ABCDEFGHIJKLMNOPQ",
    "förslag",
    "K",
];

#[test]
fn a_slice_of_the_lower_case_is_the_lower_case_of_the_slice() {
    let mut rng = crate::testing::Rng::new(0x6c6f_7765);
    for _ in 0..20_000 {
        let t = rng.pieces(PIECES, 9);
        let low = lower(&t);
        let at: Vec<usize> = (0..=t.len()).filter(|&k| t.is_char_boundary(k)).collect();
        let a = at[rng.below(at.len())];
        let b = at[rng.below(at.len())];
        let (a, b) = (a.min(b), a.max(b));
        assert_eq!(lower(&t[a..b]), &low[a..b], "{t:?} {a}..{b}");
    }
}

/// The speakers read with the sentence's pairs of bytes are those read
/// without them: texts of [`PIECES`], the verbs and names with parties.
#[test]
fn the_speakers_read_with_the_pairs_are_those_read_without() {
    let names = [
        "Anna Ek (S) ",
        "Bo Berg (M) ",
        "Ordföranden ",
        "(S) ",
        "yrkar",
    ];
    let pieces: Vec<&str> = [PIECES, &SPEAKS, &names].concat();
    let mut rng = crate::testing::Rng::new(0x7370_6561_6b73);
    let mut found = 0;
    for _ in 0..20_000 {
        let t = rng.pieces(&pieces, 12);
        let low = lower(&t);
        let g = Gated::new(&low);
        let who = speaker_gated(&t, &g, 3);
        assert_eq!(who, speaker_low(&t, &low, 3), "{t:?}");
        found += usize::from(!who.is_empty());
    }
    assert!(found > 1_000, "{found}");
}
