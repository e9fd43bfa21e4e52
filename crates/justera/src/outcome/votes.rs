//! Counted votes (omröstning, votering): what yes and no meant, the counts,
//! the roll call, the casting vote at a tie, lot, and the result.

use super::proposals::{resolve, speaker};
use super::prose_roll::{continued, side_lists, SideList};
use super::text::{lower, sentences, Sentence};
use crate::model::*;

const NUMBER_WORDS: [&str; 21] = [
    "noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
    "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton", "tjugo",
];

fn number(w: &str) -> Option<u32> {
    if !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok();
    }
    if w == "ett" {
        return Some(1);
    }
    NUMBER_WORDS.iter().position(|x| *x == w).map(|n| n as u32)
}

/// Words with their byte positions (`-` and `/` stay inside words).
fn words(low: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in low.char_indices() {
        let inner = c.is_alphanumeric() || c == '-' || c == '/';
        match (inner, start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                out.push((a, low[a..i].trim_matches(['-', '/'])));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(a) = start {
        out.push((a, low[a..].trim_matches(['-', '/'])));
    }
    out
}

/// The counts written in one sentence: one `Counts` per vote it reports
/// (`10 röster för Annie, 8 röster för Erik` reports two).
fn counts_in(low: &str) -> Vec<Counts> {
    let w = words(low);
    let word = |i: usize| w.get(i).map(|x| x.1).unwrap_or("");
    let mut c = Counts::default();
    let mut found = false;
    let mut separate: Vec<Counts> = Vec::new();
    let mut i = 0;
    while i < w.len() {
        let cur = w[i].1;
        // `2/3/1 röster för/emot/blankt`
        if cur.contains('/') && word(i + 1).starts_with("röst") {
            let nums: Vec<Option<u32>> = cur.split('/').map(number).collect();
            let labels: Vec<&str> = word(i + 2).split('/').collect();
            if nums.iter().all(Option::is_some) && nums.len() == labels.len() {
                for (n, l) in nums.iter().zip(&labels) {
                    match *l {
                        "för" | "ja" => c.yes = *n,
                        "emot" | "mot" | "nej" => c.no = *n,
                        "blankt" | "blanka" | "avstår" | "avstod" | "nedlagda" => c.abstain = *n,
                        _ => {}
                    }
                }
                found = true;
                i += 3;
                continue;
            }
        }
        let Some(n) = number(cur) else {
            i += 1;
            continue;
        };
        let next = word(i + 1);
        let next2 = word(i + 2);
        let is_digits = cur.bytes().all(|b| b.is_ascii_digit());
        // Number words like `en` and `sex` are common words: only before a vote word.
        match next {
            "ja-röster" | "ja-röst" | "ja" | "jaröster" => {
                c.yes = Some(n);
                found = true;
            }
            "nej-röster" | "nej-röst" | "nej" | "nejröster" => {
                c.no = Some(n);
                found = true;
            }
            "avstår" | "avstod" | "avstående" | "nedlagda" | "blanka" | "blankröster" => {
                c.abstain = Some(n);
                found = true;
            }
            "som"
                if matches!(
                    next2,
                    "avstår" | "avstod" | "avstått" | "röstade" | "lade" | "lägger"
                ) =>
            {
                let third = word(i + 3);
                if matches!(next2, "avstår" | "avstod" | "avstått")
                    || (next2 == "röstade" && third == "blankt")
                    || matches!(next2, "lade" | "lägger")
                {
                    c.abstain = Some(n);
                } else if next2 == "röstade" && third == "för" {
                    c.yes = Some(n);
                } else if next2 == "röstade" && matches!(third, "mot" | "emot" | "nej") {
                    c.no = Some(n);
                } else if next2 == "röstade" && third == "ja" {
                    c.yes = Some(n);
                }
                found = true;
            }
            // `2 ledamöter som avstår från att rösta`, `1 ledamot avstår`
            "ledamöter" | "ledamot"
                if matches!(next2, "avstår" | "avstod" | "avstått")
                    || (next2 == "som"
                        && matches!(word(i + 3), "avstår" | "avstod" | "avstått")) =>
            {
                c.abstain = Some(n);
                found = true;
            }
            "frånvarande" if is_digits || found => {
                c.absent = Some(n);
                found = true;
            }
            "röster" | "röst" => {
                // `med 7 röster mot 4`, `10 röster för Annie`, `fick 23 röster`
                if matches!(next2, "mot" | "emot") {
                    if let Some(m) = number(word(i + 3)) {
                        c.yes = Some(n);
                        c.no = Some(m);
                        found = true;
                        i += 4;
                        continue;
                    }
                    c.no = Some(n);
                    found = true;
                } else if next2 == "för" {
                    if c.yes.is_some() && c.no.is_none() {
                        separate.push(Counts {
                            yes: Some(n),
                            ..Counts::default()
                        });
                    } else {
                        c.yes = Some(n);
                    }
                    found = true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    // The label before the number: `Ja 7, Nej 4, Avstår 2`, `Ja-röster: 7`
    // (when the yes label comes first and no number stands before it).
    let is_yes = |x: &str| matches!(x, "ja" | "ja-röster" | "ja-röst");
    let label_first = (0..w.len()).any(|k| {
        is_yes(w[k].1)
            && w.get(k + 1)
                .is_some_and(|x| !x.1.is_empty() && x.1.bytes().all(|b| b.is_ascii_digit()))
            && (k == 0 || number(w[k - 1].1).is_none())
    });
    if label_first || !found {
        let mut l = Counts::default();
        for (k, (_, label)) in w.iter().enumerate() {
            let Some(n) = w.get(k + 1).and_then(|x| {
                x.1.bytes()
                    .all(|b| b.is_ascii_digit())
                    .then(|| number(x.1))
                    .flatten()
            }) else {
                continue;
            };
            match *label {
                "ja" | "ja-röster" | "ja-röst" => l.yes = Some(n),
                "nej" | "nej-röster" | "nej-röst" => l.no = Some(n),
                "avstår" | "avstod" | "avstående" | "blanka" | "blankt" | "nedlagda" => {
                    l.abstain = Some(n)
                }
                "frånvarande" => l.absent = Some(n),
                _ => {}
            }
        }
        if l.yes.is_some() && l.no.is_some() {
            return vec![l];
        }
    }
    let mut out = Vec::new();
    if found {
        out.push(c);
    }
    out.extend(separate);
    out
}

/// A line under a roll call naming one voter and an `X` (the chair left
/// outside the table): `Tommy Rydfeldt, Ordförande (L) X`.
fn outside_entry(t: &str, span: Span) -> Option<RollCallEntry> {
    let t = t.trim().trim_start_matches(['-', '•', '*']).trim();
    let (rest, vote, inferred) =
        if let Some(r) = t.strip_suffix(" X").or_else(|| t.strip_suffix(" x")) {
            (r, Ballot::Yes, true)
        } else {
            let (r, w) = t.rsplit_once([' ', '\t'])?;
            let vote = match lower(w).as_str() {
                "ja" => Ballot::Yes,
                "nej" => Ballot::No,
                "avstår" | "avstod" | "blankt" => Ballot::Abstain,
                "frånvarande" => Ballot::Absent,
                _ => return None,
            };
            (r, vote, false)
        };
    let rest = rest
        .trim_end()
        .trim_end_matches([',', ':', '–', '-'])
        .trim_end();
    let open = rest.rfind('(')?;
    let party = rest[open + 1..].strip_suffix(')')?.trim();
    if party.is_empty() || party.len() > 4 || !party.chars().all(char::is_alphabetic) {
        return None;
    }
    let name = rest[..open].split(',').next()?.trim();
    if !crate::inline::plausible_name(name) {
        return None;
    }
    Some(RollCallEntry {
        name: name.to_string(),
        party: Some(party.to_string()),
        vote,
        inferred,
        span,
    })
}

/// Voters on lines of their own outside a table: `Anna Berg (S) Ja`, and
/// the chair's `Tommy Rydfeldt, Ordförande (L) X` under a table.
fn outside_entries(src: &str, span: Span) -> Vec<RollCallEntry> {
    let mut out = Vec::new();
    let mut pos = span.start;
    for line in span.of(src).split('\n') {
        let t = line.trim();
        let lead = line.len() - line.trim_start().len();
        if !t.starts_with('|') && t.len() < 120 {
            if let Some(e) = outside_entry(t, Span::new(pos + lead, pos + lead + t.len())) {
                out.push(e);
            }
        }
        pos += line.len() + 1;
    }
    out
}

#[derive(Clone, Copy, Debug, Default)]
struct Layout {
    yes: Option<usize>,
    no: Option<usize>,
    abstain: Option<usize>,
    absent: Option<usize>,
    /// One column holding the ballot as a word (`Ja`, `Nej`, `Avstår`).
    word: Option<usize>,
    /// A column of its own for the party.
    party: Option<usize>,
}

fn header_layout(cells: &[String]) -> Option<Layout> {
    let mut l = Layout::default();
    for (i, c) in cells.iter().enumerate().skip(1) {
        let c = lower(c);
        let c = c.trim();
        if c == "ja" || c.starts_with("ja-röst") || c.starts_with("ja ") || c == "ja-röster" {
            l.yes = Some(i);
        } else if c == "nej" || c.starts_with("nej-röst") || c.starts_with("nej ") {
            l.no = Some(i);
        } else if c.starts_with("avst") || c.contains("avstår") || c.starts_with("blank") {
            l.abstain = Some(i);
        } else if c.starts_with("frånvar") {
            l.absent = Some(i);
        } else if c == "parti" {
            l.party = Some(i);
        } else if c == "röst" || c == "votering" || c == "ja/nej" || c == "omröstning" {
            l.word = Some(i);
        }
    }
    (l.yes.is_some() && l.no.is_some() || l.word.is_some()).then_some(l)
}

fn marked(c: &str) -> bool {
    matches!(
        lower(c).trim(),
        "x" | "✓" | "✔" | "1" | "•" | "ja" | "nej" | "avstår"
    )
}

fn row_entry(cells: &[String], l: &Layout, span: Span) -> Option<RollCallEntry> {
    let first = cells.first()?.replace("<br>", " ");
    let first = first.trim();
    let (name, party) = match first.rfind('(') {
        Some(open) if first.ends_with(')') => (
            first[..open]
                .trim()
                .trim_end_matches(',')
                .trim()
                .to_string(),
            Some(first[open + 1..first.len() - 1].trim().to_string()),
        ),
        _ => (
            first.to_string(),
            l.party
                .and_then(|k| cells.get(k))
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty()),
        ),
    };
    if !crate::inline::plausible_name(&name) {
        return None;
    }
    let at = |k: Option<usize>| k.and_then(|k| cells.get(k)).is_some_and(|c| marked(c));
    let vote = if let Some(w) = l.word.and_then(|k| cells.get(k)) {
        match lower(w).trim() {
            "ja" | "x" => Ballot::Yes,
            "nej" => Ballot::No,
            "avstår" | "avstod" | "blank" | "blankt" => Ballot::Abstain,
            "frånvarande" | "-" => Ballot::Absent,
            _ => return None,
        }
    } else if at(l.yes) {
        Ballot::Yes
    } else if at(l.no) {
        Ballot::No
    } else if at(l.abstain) {
        Ballot::Abstain
    } else if at(l.absent) {
        Ballot::Absent
    } else {
        return None;
    };
    Some(RollCallEntry {
        name: name.split_whitespace().collect::<Vec<_>>().join(" "),
        party,
        vote,
        inferred: false,
        span,
    })
}

/// A roll call: its entries, where it starts, and which columns it had.
struct RollCall {
    entries: Vec<RollCallEntry>,
    start: usize,
    layout: Layout,
}

/// Roll-call tables inside `span`. A table whose header row is a voter
/// (a page-split table whose continuation's first row became a header)
/// continues the roll call before it.
fn roll_calls(src: &str, span: Span) -> Vec<RollCall> {
    let mut out: Vec<RollCall> = Vec::new();
    let mut pos = span.start;
    let mut prev_table_line = false;
    for line in span.of(src).split('\n') {
        let t = line.trim();
        let lead = line.len() - line.trim_start().len();
        let row_span = Span::new(pos + lead, pos + lead + t.len());
        pos += line.len() + 1;
        let piped = t.starts_with('|') && t.ends_with('|') && t.len() > 2;
        // Tab-separated columns, as a word processor's table pastes.
        let tabbed = !piped && line.trim_end_matches(['\r', '\n']).contains('\t');
        if !piped && !tabbed {
            prev_table_line = false;
            continue;
        }
        let cells: Vec<String> = if piped {
            t[1..t.len() - 1]
                .split('|')
                .map(|c| c.trim().to_string())
                .collect()
        } else {
            line.trim()
                .split('\t')
                .map(|c| c.trim().to_string())
                .collect()
        };
        if cells
            .iter()
            .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
        {
            prev_table_line = true;
            continue;
        }
        let first_row = !prev_table_line;
        prev_table_line = true;
        if let Some(l) = header_layout(&cells) {
            out.push(RollCall {
                entries: Vec::new(),
                start: row_span.start,
                layout: l,
            });
            continue;
        }
        let Some(rc) = out.last_mut() else {
            // A table that starts with a voter and no header before it:
            // assume name, yes, no, abstain.
            if first_row && cells.len() >= 3 {
                let l = Layout {
                    yes: Some(1),
                    no: Some(2),
                    abstain: cells.get(3).map(|_| 3),
                    ..Layout::default()
                };
                if let Some(e) = row_entry(&cells, &l, row_span) {
                    out.push(RollCall {
                        entries: vec![e],
                        start: row_span.start,
                        layout: l,
                    });
                }
            }
            continue;
        };
        if let Some(e) = row_entry(&cells, &rc.layout, row_span) {
            rc.entries.push(e);
        }
    }
    out.retain(|r| !r.entries.is_empty());
    out
}

fn tally(entries: &[RollCallEntry], b: Ballot) -> u32 {
    entries.iter().filter(|e| e.vote == b).count() as u32
}

struct Draft {
    yes_text: Option<(String, Span)>,
    no_text: Option<(String, Span)>,
    start: Option<usize>,
}

impl Draft {
    /// A vote known only by what ja and nej meant (its counts come later,
    /// from a roll call or a vote outside the table).
    fn vote(&self, props: &[Proposal], span: Span) -> Vote {
        let yes_text = self.yes_text.as_ref().map(|x| x.0.clone());
        let no_text = self.no_text.as_ref().map(|x| x.0.clone());
        Vote {
            yes_means: yes_text.as_deref().and_then(|x| resolve(x, props, &[])),
            no_means: no_text.as_deref().and_then(|x| resolve(x, props, &[])),
            yes_text,
            no_text,
            counts: Counts::default(),
            roll_call: Vec::new(),
            casting_vote: false,
            lot: false,
            result: None,
            result_stated: false,
            counts_span: None,
            span,
        }
    }
}

/// What each side of a vote means. A side written as a rejection (`den
/// som vill avslå tilläggsyrkandet röstar ja, den som vill bifalla det
/// röstar nej`) means no proposal of its own; the other side is the
/// proposal rejected.
fn sides(
    yes: Option<&str>,
    no: Option<&str>,
    props: &[Proposal],
    who: &[Actor],
) -> (Option<String>, Option<String>) {
    let against = |t: &str| -> Option<String> {
        let l = lower(t);
        let rest = ["avslå ", "avslag på ", "avslag till "]
            .iter()
            .find_map(|w| l.strip_prefix(w).map(|r| t.len() - r.len()))?;
        let named = &t[rest..];
        // Only a named proposal, not the one rejection on the table.
        resolve(named, props, who).filter(|id| {
            props
                .iter()
                .any(|x| &x.id == id && x.kind != ProposalKind::Reject)
        })
    };
    let yes_against = yes.and_then(against);
    let no_against = no.and_then(against);
    let yes_means = match (&yes_against, no_against.clone()) {
        (Some(_), _) => None,
        (None, Some(x)) => Some(x),
        (None, None) => yes.and_then(|x| resolve(x, props, who)),
    };
    let no_means = match (&no_against, yes_against) {
        (Some(_), _) => None,
        (None, Some(x)) => Some(x),
        (None, None) => no.and_then(|x| resolve(x, props, who)),
    };
    (yes_means, no_means)
}

/// `Regionstyrelsens förslag 133 röster`: an option and its count, the
/// whole line.
fn option_line(t: &str, span: Span) -> Option<(String, u32, Span)> {
    let t = t.trim().trim_end_matches(['.', ',']);
    if !(t.ends_with("röster") || t.ends_with("röst")) {
        return None;
    }
    let l = lower(t);
    let rest = l
        .strip_suffix(" röster")
        .or_else(|| l.strip_suffix(" röst"))?;
    let k = rest.rfind(' ')?;
    let n: u32 = rest[k + 1..].parse().ok()?;
    let label = t[..k].trim();
    (!label.is_empty() && !label.contains('\n') && label.len() < 120)
        .then(|| (label.to_string(), n, span))
}

/// `Avstår 2`, `Blanka 3`.
fn abstain_line(low: &str) -> Option<u32> {
    let (w, n) = low.trim().trim_end_matches('.').split_once(' ')?;
    matches!(w, "avstår" | "avstod" | "blanka" | "blankt" | "nedlagda")
        .then(|| n.trim().parse().ok())
        .flatten()
}

/// Two options or more counted line by line make one vote: the first
/// option is `yes`, the second `no` (a vote between two proposals or two
/// candidates); the larger count carried.
fn flush_options(
    out: &mut Vec<Vote>,
    options: &mut Vec<(String, u32, Span)>,
    abstain: &mut Option<u32>,
    d: &Draft,
    props: &[Proposal],
) {
    if options.len() >= 2 {
        let (a, b) = (&options[0], &options[1]);
        let yes_means = resolve(&a.0, props, &[]);
        let no_means = resolve(&b.0, props, &[]);
        let result = match a.1.cmp(&b.1) {
            std::cmp::Ordering::Greater => yes_means.clone(),
            std::cmp::Ordering::Less => no_means.clone(),
            std::cmp::Ordering::Equal => None,
        };
        let first = options[0].2;
        let last = options[options.len() - 1].2;
        out.push(Vote {
            yes_means,
            no_means,
            yes_text: Some(a.0.clone()),
            no_text: Some(b.0.clone()),
            counts: Counts {
                yes: Some(a.1),
                no: Some(b.1),
                abstain: *abstain,
                absent: None,
            },
            roll_call: Vec::new(),
            casting_vote: false,
            lot: false,
            result,
            result_stated: false,
            counts_span: Some(first.cover(last)),
            span: Span::new(d.start.unwrap_or(first.start).min(first.start), last.end),
        });
    }
    options.clear();
    *abstain = None;
}

/// What yes and no mean when written as wishes or labels: `den som vill
/// bifalla X röstar ja`, `den som vill Y röstar nej`, `Ja för X, Nej för
/// Y`, `vinner nej har kommunfullmäktige bifallit Y`. `den det ej vill`
/// says nothing of its own.
fn wishes(t: &str, low: &str) -> (Option<String>, Option<String>) {
    let mut yes = None;
    let mut no = None;
    let clean = |a: usize, b: usize| -> Option<String> {
        let x = t.get(a..b)?.trim();
        let x = x.trim_end_matches([',', '.', ';']).trim();
        let lx = lower(x);
        let skip = ["att bifalla", "bifalla", "bifall till", "att"]
            .iter()
            .find(|w| lx.starts_with(*w))
            .map_or(0, |w| w.len());
        let x = x[skip..].trim();
        (!x.is_empty()).then(|| x.to_string())
    };
    let mut from = 0;
    while let Some(k) = low[from..].find("den som vill ") {
        let a = from + k + "den som vill ".len();
        let Some(r) = low[a..].find("röstar ") else {
            break;
        };
        let b = a + r;
        let after = &low[b + "röstar ".len()..];
        if after.starts_with("ja") {
            yes = clean(a, b);
        } else if after.starts_with("nej") {
            no = clean(a, b);
        }
        from = b;
    }
    for (label, slot) in [("ja för ", &mut yes), ("nej för ", &mut no)] {
        let at = low
            .match_indices(label)
            .map(|(k, _)| k)
            .find(|&k| k == 0 || !low[..k].ends_with(|c: char| c.is_alphanumeric() || c == '-'));
        if let (Some(k), None) = (at, slot.as_ref()) {
            let a = k + label.len();
            let b = low[a..].find([',', '.', ';']).map_or(low.len(), |e| a + e);
            let b = low[a..b].find(" nej för").map_or(b, |e| a + e);
            *slot = clean(a, b);
        }
    }
    if no.is_none() {
        if let Some(k) = low.find("vinner nej") {
            let rest = &low[k..];
            let verb = ["bifallit ", "beslutat enligt ", "beslutat att bifalla "]
                .iter()
                .filter_map(|w| rest.find(w).map(|j| k + j + w.len()))
                .min();
            if let Some(a) = verb {
                let b = low[a..].find(['.', ';']).map_or(low.len(), |e| a + e);
                no = clean(a, b);
            }
        }
    }
    (yes, no)
}

fn after_meaning(t: &str, low: &str, keys: &[&str]) -> Option<String> {
    let k = keys
        .iter()
        .filter_map(|w| low.find(w).map(|k| k + w.len()))
        .min()?;
    let rest = t.get(k..)?.trim_start();
    let rest = rest.trim_start_matches(|c: char| c == ':' || c == ',' || c.is_whitespace());
    let rl = lower(rest);
    let skip = [
        "innebär att bifalla",
        "innebär bifall till",
        "innebär bifall av",
        "innebär att",
        "innebär",
        "för att bifalla",
        "för bifall till",
        "bifall till",
        "att bifalla",
        "för",
    ]
    .iter()
    .find(|w| rl.starts_with(*w))
    .map(|w| w.len())
    .unwrap_or(0);
    let out = rest[skip..].trim().trim_end_matches(['.', ',', ';']).trim();
    (!out.is_empty()).then(|| out.to_string())
}

/// The votes of a paragraph.
pub(crate) fn votes(src: &str, p: &Paragraph) -> Vec<Vote> {
    // Most paragraphs hold no vote: look for a vote word once before
    // reading every sentence.
    let whole = lower(p.span.of(src));
    if ![
        "röst", "votering", "lott", "singla", "utslag", "emot", "blank",
    ]
    .iter()
    .any(|w| whole.contains(w))
    {
        return Vec::new();
    }
    let props = &p.proposals;
    // Sentence by sentence within each part: a heading (`Omröstningsresultat`)
    // ends a sentence even when the line before it has no full stop.
    let ss: Vec<Sentence> = p
        .parts
        .iter()
        .flat_map(|part| sentences(src, part.span))
        .collect();
    let mut out: Vec<Vote> = Vec::new();
    let mut d = Draft {
        yes_text: None,
        no_text: None,
        start: None,
    };
    let mut tie_words: Vec<(usize, bool, bool, Span)> = Vec::new(); // sentence start, casting, lot, span
    let mut options: Vec<(String, u32, Span)> = Vec::new();
    let mut options_abstain: Option<u32> = None;
    // Sides of an open vote listed in prose, gathered until the vote is
    // complete; the vote they belong to, when it came from them or took
    // them in.
    let mut group: Vec<SideList> = Vec::new();
    let mut group_start = 0;
    let mut prose_vote: Option<usize> = None;
    for s in &ss {
        let t = s.text(src);
        let low = lower(t);
        if outside_entry(t, s.span).is_some() {
            continue;
        }
        // A side's list cut by a page break goes on here.
        if let Some(last) = group.last_mut().filter(|l| l.open) {
            if let Some(more) = continued(src, s.span, last.ballot) {
                last.entries.extend(more.entries);
                last.tally = more.tally.or(last.tally);
                last.open = more.open;
                continue;
            }
            last.open = false;
        }
        let lists = side_lists(src, s.span);
        if !lists.is_empty() {
            for l in lists {
                if group.iter().any(|g| g.ballot == l.ballot) {
                    prose_vote = flush_sides(&mut out, &mut group, group_start, &mut d, props);
                }
                if group.is_empty() {
                    group_start = s.span.start;
                }
                group.push(l);
            }
            continue;
        }
        let new_vote = (low.contains("omröstning") || low.contains("votering"))
            && (low.contains("begär") || low.contains("verkställ") || low.contains("genomför"));
        let (wy, wn) = wishes(t, &low);
        let counted = !counts_in(&low).is_empty();
        if !group.is_empty() && (new_vote || wy.is_some() || wn.is_some() || counted) {
            prose_vote = flush_sides(&mut out, &mut group, group_start, &mut d, props);
        }
        if new_vote || wy.is_some() || wn.is_some() {
            prose_vote = None;
        }
        // A tally sentence after the lists (`Med 6 ja-röster mot 1 nej-röst
        // beslutar ...`): the same vote's declared counts and result.
        if counted && d.start.is_none() {
            if let Some(v) = prose_vote.and_then(|k| out.get_mut(k)) {
                let stated = ["beslutar", "beslutat", "beslutade", "bifaller", "antar "]
                    .iter()
                    .filter_map(|w| low.find(w).map(|k| k + w.len()))
                    .min()
                    .and_then(|k| resolve(&t[k..], props, &speaker(t, s.span.start)));
                for c in counts_in(&low) {
                    v.counts.yes = c.yes.or(v.counts.yes);
                    v.counts.no = c.no.or(v.counts.no);
                    v.counts.abstain = c.abstain.or(v.counts.abstain);
                    v.counts.absent = c.absent.or(v.counts.absent);
                }
                if stated.is_some() {
                    v.result = stated;
                    v.result_stated = true;
                }
                v.counts_span = Some(s.span);
                v.span = v.span.cover(s.span);
                prose_vote = None;
                continue;
            }
        }
        let casting = low.contains("utslagsröst");
        let lot = low.contains("lottning")
            || low.contains("lotten")
            || low.contains("singla slant")
            || low.contains("singlade slant")
            || low.contains("lottdragning")
            || low.contains("dras lott")
            || low.contains("drog lott");
        if casting || lot {
            tie_words.push((s.span.start, casting, lot, s.span));
        }
        let requested = (low.contains("omröstning") || low.contains("votering"))
            && (low.contains("begär") || low.contains("verkställ") || low.contains("genomför"));
        if requested && d.start.is_none() {
            d.start = Some(s.span.start);
        }
        // `Den som vill bifalla X röstar ja, den som vill Y röstar nej`,
        // `Ja för X, Nej för Y`, `Vinner nej har fullmäktige bifallit Y`.
        let is_count_sentence = !counts_in(&low).is_empty();
        if !is_count_sentence {
            let (y, n) = wishes(t, &low);
            if let Some(y) = y {
                d.yes_text = Some((y, s.span));
                d.start.get_or_insert(s.span.start);
            }
            if let Some(n) = n {
                d.no_text = Some((n, s.span));
                d.start.get_or_insert(s.span.start);
            }
        }
        // `Regionstyrelsens förslag 133 röster` / `Marjan Gard (V) 68 röster`
        // line by line after a vote: a count per option.
        if let Some(o) = option_line(t, s.span) {
            if d.start.is_some() || !options.is_empty() {
                options.push(o);
                continue;
            }
        } else if !options.is_empty() {
            if let Some(n) = abstain_line(&low) {
                options_abstain = Some(n);
                continue;
            }
            flush_options(&mut out, &mut options, &mut options_abstain, &d, props);
        }
        let has_yes = low.contains("ja-röst")
            || low.starts_with("ja innebär")
            || low.contains("− ja")
            || low.contains("- ja ");
        let has_no = low.contains("nej-röst") || low.starts_with("nej innebär");
        if has_yes && !is_count_sentence {
            if let Some(x) = after_meaning(t, &low, &["ja-röst", "ja-röster", "ja innebär"]) {
                // `Ja-röst för X, Nej-röst för Y` in one sentence.
                let x = match lower(&x).find("nej-röst") {
                    Some(k) => x[..k]
                        .trim()
                        .trim_end_matches([',', ';'])
                        .trim()
                        .to_string(),
                    None => x,
                };
                d.yes_text = Some((x, s.span));
                d.start.get_or_insert(s.span.start);
            }
        }
        if has_no && !is_count_sentence {
            if let Some(x) = after_meaning(t, &low, &["nej-röst", "nej-röster", "nej innebär"]) {
                d.no_text = Some((x, s.span));
                d.start.get_or_insert(s.span.start);
            }
        }
        if !is_count_sentence {
            continue;
        }
        // A count: `röster för` in an election without a question is still a count.
        let who = speaker(t, s.span.start);
        for counts in counts_in(&low) {
            // `11 ledamöter avstod från att rösta` after the count: the same
            // vote's abstentions.
            if counts.yes.is_none() && counts.no.is_none() {
                if let Some(last) = out.last_mut() {
                    last.counts.abstain = last.counts.abstain.or(counts.abstain);
                    last.counts.absent = last.counts.absent.or(counts.absent);
                    continue;
                }
            }
            let yes_text = d.yes_text.as_ref().map(|x| x.0.clone());
            let no_text = d.no_text.as_ref().map(|x| x.0.clone());
            let (yes_means, no_means) = sides(yes_text.as_deref(), no_text.as_deref(), props, &who);
            // The stated result: `beslutar enligt X`, `X vann med ...`.
            let stated = ["beslutar", "beslutat", "beslutade", "bifaller", "antar "]
                .iter()
                .filter_map(|w| low.find(w).map(|k| k + w.len()))
                .min()
                .and_then(|k| resolve(&t[k..], props, &who))
                .or_else(|| {
                    low.find(" vann ")
                        .and_then(|k| resolve(&t[..k], props, &who))
                });
            // `Med 7 röster mot 4 beslutar nämnden enligt X`: the first count
            // is the side that won, so yes means X.
            let majority_form =
                yes_text.is_none() && no_text.is_none() && low.contains(" röster mot ");
            let yes_means = match (yes_means, counts.yes, counts.no) {
                (None, Some(y), Some(n)) if majority_form && y > n => stated.clone(),
                (m, _, _) => m,
            };
            let implied = match (counts.yes, counts.no) {
                (Some(y), Some(n)) if y > n => yes_means.clone(),
                (Some(y), Some(n)) if n > y => no_means.clone(),
                _ => None,
            };
            let start = d.start.unwrap_or(s.span.start);
            out.push(Vote {
                yes_means,
                no_means,
                yes_text,
                no_text,
                counts,
                roll_call: Vec::new(),
                casting_vote: false,
                lot: false,
                result_stated: stated.is_some(),
                result: stated.or(implied),
                counts_span: Some(s.span),
                span: Span::new(start.min(s.span.start), s.span.end),
            });
        }
        d = Draft {
            yes_text: None,
            no_text: None,
            start: None,
        };
    }
    flush_options(&mut out, &mut options, &mut options_abstain, &d, props);
    flush_sides(&mut out, &mut group, group_start, &mut d, props);
    // A roll call with no counts in the text is a vote of its own.
    let rcs = roll_calls(src, p.span);
    let outside = outside_entries(src, p.span);
    let listed = outside.iter().filter(|e| !e.inferred).count();
    if out.is_empty() && rcs.is_empty() && listed >= 2 {
        let first = outside
            .iter()
            .find(|e| !e.inferred)
            .map_or(p.span.start, |e| e.span.start);
        let start = d.start.unwrap_or(first);
        out.push(d.vote(props, Span::new(start.min(first), first)));
    }
    if out.is_empty() && !rcs.is_empty() {
        let start = d.start.unwrap_or(rcs[0].start);
        out.push(d.vote(props, Span::new(start, rcs[0].start)));
    }
    // Attach each roll call to the vote before it (or the first vote).
    for rc in rcs {
        let k = out
            .iter()
            .rposition(|v| v.span.start <= rc.start)
            .unwrap_or(0);
        if let Some(v) = out.get_mut(k) {
            if v.roll_call.is_empty() {
                v.roll_call = rc.entries;
                fill_from_roll_call(v, &rc.layout);
            } else {
                v.roll_call.extend(rc.entries);
                fill_from_roll_call(v, &rc.layout);
            }
        }
    }
    // The chair's line outside the table: the ballot the declared counts lack.
    let before: Vec<Counts> = out.iter().map(|v| v.counts).collect();
    let mut listed_in: Vec<usize> = Vec::new();
    for mut e in outside {
        let k = out
            .iter()
            .rposition(|v| v.span.start <= e.span.start)
            .unwrap_or(0);
        if let Some(v) = out.get_mut(k) {
            if v.roll_call
                .iter()
                .any(|r| super::text::name_key(&r.name) == super::text::name_key(&e.name))
            {
                continue;
            }
            if !e.inferred {
                v.roll_call.push(e);
                listed_in.push(k);
                continue;
            }
            let missing = |declared: Option<u32>, b: Ballot| {
                declared.is_some_and(|n| n == tally(&v.roll_call, b) + 1)
            };
            e.vote = if missing(v.counts.yes, Ballot::Yes) {
                Ballot::Yes
            } else if missing(v.counts.no, Ballot::No) {
                Ballot::No
            } else if missing(v.counts.abstain, Ballot::Abstain) {
                Ballot::Abstain
            } else {
                continue;
            };
            v.roll_call.push(e);
        }
    }
    // Counts the text did not give, from the voters listed line by line.
    listed_in.dedup();
    for k in listed_in {
        if let Some(v) = out.get_mut(k) {
            v.counts = before.get(k).copied().unwrap_or_default();
            fill_from_roll_call(
                v,
                &Layout {
                    word: Some(1),
                    ..Layout::default()
                },
            );
        }
    }
    // Tie-breaks: a casting vote or lot written after (or in) a vote.
    for (at, casting, lot, span) in tie_words {
        let k = out
            .iter()
            .rposition(|v| v.span.start <= at)
            .or(if out.is_empty() { None } else { Some(0) });
        if let Some(v) = k.and_then(|k| out.get_mut(k)) {
            v.casting_vote |= casting;
            v.lot |= lot;
            v.span = v.span.cover(span);
            if v.result.is_none() || !v.result_stated {
                let t = span.of(src);
                let low = lower(t);
                let stated = [
                    "beslutar enligt",
                    "beslutat enligt",
                    "bifaller",
                    "till förmån för",
                    "för att bifalla",
                    "röst för",
                    "landade på",
                ]
                .iter()
                .filter_map(|w| low.find(w).map(|k| k + w.len()))
                .min()
                .and_then(|k| resolve(&t[k..], props, &speaker(t, span.start)));
                if stated.is_some() {
                    v.result = stated;
                    v.result_stated = true;
                }
            }
        }
    }
    out
}

/// The sides listed in prose make one vote's roll call: the vote just
/// before them when it has none and no new vote began since (its tally
/// came first), else a vote of their own, with what ja and nej meant as
/// the proposition said. A side's count is its printed tally, else its
/// list's length; counts the text declared stay (a list that differs is
/// for the roll-call rule to report). Returns the vote's index.
fn flush_sides(
    out: &mut Vec<Vote>,
    group: &mut Vec<SideList>,
    start: usize,
    d: &mut Draft,
    props: &[Proposal],
) -> Option<usize> {
    if group.is_empty() {
        return None;
    }
    let sides = std::mem::take(group);
    let entries: Vec<RollCallEntry> = sides.iter().flat_map(|l| l.entries.clone()).collect();
    let end = entries.iter().map(|e| e.span.end).max().unwrap_or(start);
    let count = |b: Ballot| sides.iter().find(|l| l.ballot == b).map(SideList::count);
    let k = match out.last() {
        Some(v) if v.roll_call.is_empty() && d.start.is_none() => out.len() - 1,
        _ => {
            let mut v = d.vote(props, Span::new(d.start.unwrap_or(start).min(start), end));
            v.counts_span = Some(Span::new(start, end));
            out.push(v);
            *d = Draft {
                yes_text: None,
                no_text: None,
                start: None,
            };
            out.len() - 1
        }
    };
    let v = &mut out[k];
    v.roll_call = entries;
    v.counts.yes = v.counts.yes.or(count(Ballot::Yes));
    v.counts.no = v.counts.no.or(count(Ballot::No));
    v.counts.abstain = v.counts.abstain.or(count(Ballot::Abstain));
    v.span = v.span.cover(Span::new(start, end));
    if v.result.is_none() {
        v.result = match (v.counts.yes, v.counts.no) {
            (Some(y), Some(n)) if y > n => v.yes_means.clone(),
            (Some(y), Some(n)) if n > y => v.no_means.clone(),
            _ => None,
        };
    }
    Some(k)
}

/// Counts the text did not give, taken from the roll call.
fn fill_from_roll_call(v: &mut Vote, l: &Layout) {
    let rc = &v.roll_call;
    let word = l.word.is_some();
    if v.counts.yes.is_none() && (l.yes.is_some() || word) {
        v.counts.yes = Some(tally(rc, Ballot::Yes));
    }
    if v.counts.no.is_none() && (l.no.is_some() || word) {
        v.counts.no = Some(tally(rc, Ballot::No));
    }
    if v.counts.abstain.is_none() && (l.abstain.is_some() || word) {
        v.counts.abstain = Some(tally(rc, Ballot::Abstain));
    }
    if v.counts.absent.is_none() && l.absent.is_some() {
        v.counts.absent = Some(tally(rc, Ballot::Absent));
    }
    if v.result.is_none() {
        v.result = match (v.counts.yes, v.counts.no) {
            (Some(y), Some(n)) if y > n => v.yes_means.clone(),
            (Some(y), Some(n)) if n > y => v.no_means.clone(),
            _ => None,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<(Option<u32>, Option<u32>, Option<u32>, Option<u32>)> {
        counts_in(&lower(s))
            .into_iter()
            .map(|c| (c.yes, c.no, c.abstain, c.absent))
            .collect()
    }

    #[test]
    fn counts_as_written() {
        assert_eq!(
            c("med 9 ja-röster mot 4 nej-röster och 2 som avstår, beslutar"),
            vec![(Some(9), Some(4), Some(2), None)]
        );
        assert_eq!(
            c("Omröstningsresultat: 5 Ja-röster, 54 Nej-röster och 2 frånvarande"),
            vec![(Some(5), Some(54), None, Some(2))]
        );
        assert_eq!(
            c("Med 7 röster mot 4 beslutar nämnden enligt förslaget."),
            vec![(Some(7), Some(4), None, None)]
        );
        assert_eq!(
            c("DV vann med 10 röster mot 3 röster."),
            vec![(Some(10), Some(3), None, None)]
        );
        assert_eq!(
            c("Mötet nekar ansvarsfrihet med 2/3/1 röster för/emot/blankt."),
            vec![(Some(2), Some(3), Some(1), None)]
        );
        assert_eq!(
            c("blev det fyra som röstade för attsatsen och fyra som röstade mot."),
            vec![(Some(4), Some(4), None, None)]
        );
        assert_eq!(
            c("10 röster för Annie, 8 röster för Erik."),
            vec![(Some(10), None, None, None), (Some(8), None, None, None)]
        );
        assert!(c("Sex personer deltog och en av dem talade.").is_empty());
        assert_eq!(
            c("Omröstningsresultat: Ja 7, Nej 4, Avstår 2."),
            vec![(Some(7), Some(4), Some(2), None)]
        );
        assert_eq!(
            c("Ja-röster: 6, nej-röster: 5."),
            vec![(Some(6), Some(5), None, None)]
        );
        assert!(c("Nej, det blev 5 av dem.").is_empty());
        assert_eq!(
            c("Omröstningsresultat: Ja 31, Nej 24, Avstår 4, Frånvarande 2."),
            vec![(Some(31), Some(24), Some(4), Some(2))]
        );
    }

    #[test]
    fn page_split_roll_call_continues() {
        let src = "| Ledamot | Ja-röst | Nej-röst | Avstår |\n| --- | --- | --- | --- |\n| Anna Ek (M) | X |  |  |\n\ntext\n\n| Bo Ek (S) |  | X |  |\n| --- | --- | --- | --- |\n| Cia Ek (V) |  |  | X |\n";
        let rc = roll_calls(src, Span::new(0, src.len()));
        assert_eq!(rc.len(), 1);
        let v: Vec<_> = rc[0]
            .entries
            .iter()
            .map(|e| (e.name.as_str(), e.vote))
            .collect();
        assert_eq!(
            v,
            vec![
                ("Anna Ek", Ballot::Yes),
                ("Bo Ek", Ballot::No),
                ("Cia Ek", Ballot::Abstain)
            ]
        );
    }

    #[test]
    fn roll_call_with_a_party_column_and_the_ballot_as_a_word() {
        let src = "| Namn | Parti | Röst |\n| --- | --- | --- |\n| Anna Ek | S | Ja |\n| Bo Ek | M | Nej |\n| Cia Ek | V | Avstår |\n";
        let rc = roll_calls(src, Span::new(0, src.len()));
        let v: Vec<_> = rc[0]
            .entries
            .iter()
            .map(|e| (e.name.as_str(), e.party.as_deref(), e.vote))
            .collect();
        assert_eq!(
            v,
            vec![
                ("Anna Ek", Some("S"), Ballot::Yes),
                ("Bo Ek", Some("M"), Ballot::No),
                ("Cia Ek", Some("V"), Ballot::Abstain)
            ]
        );
    }

    #[test]
    fn tab_separated_roll_call() {
        let src = "Ledamot\tJa\tNej\tAvstår\nAnna Ek (S)\tX\t\t\nBo Ek (M)\t\tX\t\n";
        let rc = roll_calls(src, Span::new(0, src.len()));
        let v: Vec<_> = rc[0]
            .entries
            .iter()
            .map(|e| (e.name.as_str(), e.vote))
            .collect();
        assert_eq!(v, vec![("Anna Ek", Ballot::Yes), ("Bo Ek", Ballot::No)]);
    }

    #[test]
    fn chair_outside_the_table() {
        let e = outside_entry("Tommy Rydfeldt, Ordförande (L) X", Span::new(0, 1)).unwrap();
        assert_eq!(
            (e.name.as_str(), e.party.as_deref(), e.inferred),
            ("Tommy Rydfeldt", Some("L"), true)
        );
        assert!(outside_entry("Det finns (L) X", Span::new(0, 1)).is_none());
        let e = outside_entry("Olle Ek (M) Avstår", Span::new(0, 1)).unwrap();
        assert_eq!((e.vote, e.inferred), (Ballot::Abstain, false));
        assert!(outside_entry("Nämnden säger Ja", Span::new(0, 1)).is_none());
    }
}
