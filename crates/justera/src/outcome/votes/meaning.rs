//! What yes and no meant (`den som vill bifalla ... röstar ja`), the
//! options put to the vote, and who wished a vote.

use crate::model::*;
use crate::outcome::proposals::{resolve, Props};
use crate::outcome::text::lower;
use crate::text::{find_str, has};

#[derive(Default)]
pub(super) struct Draft {
    pub(super) yes_text: Option<(String, Span)>,
    pub(super) no_text: Option<(String, Span)>,
    pub(super) start: Option<usize>,
    /// The result a sentence after the proposition stated, no count
    /// written (`Kommunstyrelsen har beslutat att bifalla X`): one side's
    /// proposal.
    pub(super) stated: Option<String>,
}

impl Draft {
    /// A vote known only by what ja and nej meant (its counts come later,
    /// from a roll call or a vote outside the table).
    pub(super) fn vote(&self, props: &Props, span: Span) -> Vote {
        let yes_text = self.yes_text.as_ref().map(|x| x.0.clone());
        let no_text = self.no_text.as_ref().map(|x| x.0.clone());
        // A side written as a rejection means the other side is the
        // proposal rejected (`Den som vill avslå X röstar ja, den det ej
        // vill röstar nej`).
        let (yes_means, no_means) = sides(yes_text.as_deref(), no_text.as_deref(), props, &[]);
        Vote {
            yes_means,
            no_means,
            yes_text,
            no_text,
            result_stated: self.stated.is_some(),
            result: self.stated.clone(),
            span,
            ..Vote::default()
        }
    }
}

impl Draft {
    /// Whether a sentence's proposition (`ny`, `nn`: what ja and nej
    /// meant in it) begins a vote after the one this draft holds: the
    /// draft is complete, no count has closed it, and the new proposition
    /// differs from it (a proposition written twice is one vote).
    pub(super) fn closed_by(&self, ny: Option<&str>, nn: Option<&str>, props: &Props) -> bool {
        let (Some(y), Some(n)) = (&self.yes_text, &self.no_text) else {
            return false;
        };
        if !self.complete() || !ny.or(nn).is_some_and(proposition) {
            return false;
        }
        let same = |old: &str, new: Option<&str>| {
            new.is_none_or(|new| {
                lower(old.trim()) == lower(new.trim())
                    || resolve(old, props, &[]).is_some_and(|a| resolve(new, props, &[]) == Some(a))
            })
        };
        !(same(&y.0, ny) && same(&n.0, nn))
    }

    /// Whether both sides are read and each reads as a proposition.
    pub(super) fn complete(&self) -> bool {
        [&self.yes_text, &self.no_text]
            .iter()
            .all(|x| x.as_ref().is_some_and(|x| proposition(&x.0)))
    }

    /// A sentence after the complete proposition stating what was decided
    /// (`har beslutat att bifalla X`, `bifaller X`), no count in it: the
    /// result, when it names one side's proposal (the first such sentence).
    pub(super) fn read_stated(&mut self, t: &str, low: &str, props: &Props) {
        if self.stated.is_some() || !self.complete() {
            return;
        }
        let Some(id) = decided(t, low, props) else {
            return;
        };
        let yes = self.yes_text.as_ref().map(|x| x.0.as_str());
        let no = self.no_text.as_ref().map(|x| x.0.as_str());
        let (y, n) = sides(yes, no, props, &[]);
        if y.as_ref() == Some(&id) || n.as_ref() == Some(&id) {
            self.stated = Some(id);
        }
    }

    /// The vote this draft holds, ending where its proposition ends; the
    /// draft is left empty.
    pub(super) fn take_vote(&mut self, props: &Props) -> Vote {
        let ends = [&self.yes_text, &self.no_text];
        let end = ends.iter().flat_map(|x| x.as_ref().map(|x| x.1.end)).max();
        let start = ends
            .iter()
            .flat_map(|x| x.as_ref().map(|x| x.1.start))
            .min();
        let start = self.start.or(start).unwrap_or(0);
        let v = self.vote(props, Span::new(start, end.unwrap_or(start).max(start)));
        *self = Draft::default();
        v
    }
}

/// The proposal a sentence says was decided (`har beslutat enligt X`,
/// `bifaller X`): what follows its first word of deciding, resolved; none
/// where what follows rejects it (`har beslutat att avslå
/// tilläggsyrkandet`).
pub(super) fn decided(t: &str, low: &str, props: &Props) -> Option<String> {
    let k = ["beslutat", "beslutar", "beslutade", "bifaller", "bifallit"]
        .iter()
        .filter_map(|w| find_str(low, w).map(|k| k + w.len()))
        .min()?;
    let after = low[k..].trim_start();
    let after = after.strip_prefix("att ").unwrap_or(after);
    if ["avslå", "avslag"].iter().any(|w| after.starts_with(w)) {
        return None;
    }
    resolve(&t[k..], props, &[])
}

/// Whether a side's text reads as a proposition put to the vote, not a
/// table's column heads (`|`, nothing) or a side's list of names
/// (`Ja-röster: Moderaterna: ...`).
fn proposition(t: &str) -> bool {
    t.len() <= 300 && !t.contains(['|', ':']) && t.chars().any(char::is_alphabetic)
}

/// What ja and nej meant in one sentence, in any of the forms the votes
/// read: the wishes already read (`wy`, `wn`), else `Ja-röst innebär X`,
/// `Nej-röst för Y` where the sentence holds a yes or no word.
pub(super) fn meanings(
    t: &str,
    low: &str,
    (wy, has_yes): (&Option<String>, bool),
    (wn, has_no): (&Option<String>, bool),
) -> (Option<String>, Option<String>) {
    let yes = match wy {
        Some(x) => Some(x.clone()),
        None if has_yes => yes_meaning(t, low),
        None => None,
    };
    let no = match wn {
        Some(x) => Some(x.clone()),
        None if has_no => after_meaning(t, low, &["nej-röst", "nej-röster", "nej innebär"]),
        None => None,
    };
    (yes, no)
}

/// What each side of a vote means. A side written as a rejection (`den
/// som vill avslå tilläggsyrkandet röstar ja, den som vill bifalla det
/// röstar nej`) means no proposal of its own; the other side is the
/// proposal rejected.
pub(super) fn sides(
    yes: Option<&str>,
    no: Option<&str>,
    props: &Props,
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
pub(super) fn option_line(t: &str, span: Span) -> Option<(String, u32, Span)> {
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
    // `X får 6 röster och Y får 5 röster`: a sentence of two counts.
    let another = crate::text::has(&l[..k], " röst");
    (!label.is_empty() && !label.contains('\n') && label.len() < 120 && !another)
        .then(|| (label.to_string(), n, span))
}

/// `Avstår 2`, `Blanka 3`.
pub(super) fn abstain_line(low: &str) -> Option<u32> {
    let (w, n) = low.trim().trim_end_matches('.').split_once(' ')?;
    matches!(w, "avstår" | "avstod" | "blanka" | "blankt" | "nedlagda")
        .then(|| n.trim().parse().ok())
        .flatten()
}

/// Two options or more counted line by line make one vote: the first
/// option is `yes`, the second `no` (a vote between two proposals or two
/// candidates); the larger count carried.
pub(super) fn flush_options(
    out: &mut Vec<Vote>,
    options: &mut Vec<(String, u32, Span)>,
    abstain: &mut Option<u32>,
    d: &Draft,
    props: &Props,
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
/// bifalla X röstar ja`, `den som bifaller Y röstar nej`, `Ja för X, Nej för
/// Y`, `vinner nej har kommunfullmäktige bifallit Y` (or `har Y
/// bifallits`). `den det ej vill` says nothing of its own.
pub(super) fn wishes(t: &str, low: &str) -> (Option<String>, Option<String>) {
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
        // A side wrapped over lines reads as one line.
        (!x.is_empty()).then(|| crate::scan::collapse_ws(x))
    };
    let mut from = 0;
    // `den som vill bifalla X`, `den som bifaller X`, `den som önskar X`,
    // `den som röstar för X röstar ja`; `de som vill ...`, `de ledamöter som vill ...` (the plural).
    while let Some(at) = next_who(low, from) {
        let Some(verb) = [
            "vill ",
            "bifaller ",
            "önskar ",
            "stöder ",
            "stödjer ",
            "röstar för ",
            "är för ",
        ]
        .iter()
        .find(|v| low[at..].starts_with(**v)) else {
            from = at;
            continue;
        };
        let a = at + verb.len();
        let Some(r) = find_str(&low[a..], "röstar ") else {
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
            let b = find_str(&low[a..b], " nej för").map_or(b, |e| a + e);
            *slot = clean(a, b);
        }
    }
    // `Ja – bifall till X. Nej – bifall till Y.`: a dash after the word,
    // opening the sentence or after a colon (`Följande propositionsordning
    // godkänns: Ja – ...`), and a proposal after it (not a list of names).
    let opening = |w: &str| -> Option<usize> {
        low.match_indices(w)
            .map(|(k, _)| k)
            .find(|&k| k == 0 || low[..k].ends_with(": "))
            .map(|k| k + w.len())
    };
    for (words, slot) in [
        (["ja – ", "ja - ", "ja — "], &mut yes),
        (["nej – ", "nej - ", "nej — "], &mut no),
    ] {
        let Some(a) = words.iter().find_map(|w| opening(w)) else {
            continue;
        };
        let rest = &low[a..];
        let names_one = ["bifall", "avslag", "avslå", "för ", "att "]
            .iter()
            .any(|x| rest.starts_with(x))
            || has(rest, "förslag")
            || has(rest, "yrkande");
        if slot.is_none() && names_one {
            let b = rest.find(['.', ';']).map_or(low.len(), |e| a + e);
            *slot = clean(a, b);
        }
    }
    if no.is_none() {
        if let Some(k) = find_str(low, "vinner nej") {
            let rest = &low[k..];
            let verb = ["bifallit ", "beslutat enligt ", "beslutat att bifalla "]
                .iter()
                .filter_map(|w| find_str(rest, w).map(|j| k + j + w.len()))
                .min();
            if let Some(a) = verb {
                let b = low[a..].find(['.', ';']).map_or(low.len(), |e| a + e);
                no = clean(a, b);
            } else {
                no = passive_after(rest).and_then(|(a, b)| clean(k + a, k + b));
            }
        }
    }
    (yes, no)
}

/// `vinner nej har Socialdemokraternas förslag bifallits`: where the
/// proposal stands in `rest` (from `vinner`), between the `har` after it
/// and its passive verb, within the sentence.
fn passive_after(rest: &str) -> Option<(usize, usize)> {
    let end = rest.find(['.', ';']).unwrap_or(rest.len());
    let a = find_str(&rest[..end], " har ")? + " har ".len();
    let b = [" bifallits", " antagits", " vunnit"]
        .iter()
        .filter_map(|w| find_str(&rest[a..end], w))
        .min()?;
    (b > 0).then_some((a, a + b))
}

/// Where the words after the next `den som`, `de som` or `de ledamöter
/// som` from `from` start (a word of their own).
fn next_who(low: &str, from: usize) -> Option<usize> {
    [
        "den som ",
        "de som ",
        "de ledamöter som ",
        "den ledamot som ",
    ]
    .iter()
    .filter_map(|w| {
        let mut f = from;
        while let Some(k) = find_str(&low[f..], w) {
            let at = f + k;
            if at == 0 || !low[..at].ends_with(|c: char| c.is_alphanumeric()) {
                // Past more white space: an indented next line, or the
                // blanked furniture of a page that broke the sentence.
                let after = &low[at + w.len()..];
                return Some(low.len() - after.trim_start_matches(' ').len());
            }
            f = at + w.len();
        }
        None
    })
    .min()
}

/// A table's column heads (`Ledamot Ja-röst Nej-röst Avstår`, the rows
/// run into the sentence where a text layer lost the columns): the yes
/// word's column stands next to the no word's, no proposition between.
pub(super) fn column_heads(low: &str) -> bool {
    let Some(k) = find_str(low, "ja-röst") else {
        return false;
    };
    let rest = low[k + "ja-röst".len()..]
        .strip_prefix("er")
        .unwrap_or(&low[k + "ja-röst".len()..]);
    rest.trim_start_matches(|c: char| c.is_whitespace() || c == '|')
        .starts_with("nej-röst")
}

/// What a yes vote means, as written after `ja-röst` (`Ja-röst för X,
/// nej-röst för Y` in one sentence: up to the no side).
pub(super) fn yes_meaning(t: &str, low: &str) -> Option<String> {
    after_meaning(t, low, &["ja-röst", "ja-röster", "ja innebär"]).map(|x| {
        match lower(&x).find("nej-röst") {
            Some(k) => {
                let x = x[..k].trim().trim_end_matches([',', ';']).trim();
                // `Ja-röst innebar X och nej-röst Y`.
                x.strip_suffix(" och").unwrap_or(x).trim().to_string()
            }
            None => x,
        }
    })
}

pub(super) fn after_meaning(t: &str, low: &str, keys: &[&str]) -> Option<String> {
    let k = keys
        .iter()
        .filter_map(|w| find_str(low, w).map(|k| k + w.len()))
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
        "innebar att bifalla",
        "innebar bifall till",
        "innebar att",
        "innebar",
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
    (!out.is_empty()).then(|| crate::scan::collapse_ws(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plural_who_votes_yes_and_no() {
        let t = "Omröstning begärs och verkställs, varvid de som vill bifalla Bo Linds yrkande röstar ja och de som vill bifalla Anna Eks yrkande röstar nej.";
        let (y, n) = wishes(t, &lower(t));
        assert_eq!(y.as_deref(), Some("Bo Linds yrkande"));
        assert_eq!(n.as_deref(), Some("Anna Eks yrkande"));
        let t =
            "De ledamöter som vill bifalla förslaget röstar ja, den som vill avslå det röstar nej.";
        let (y, n) = wishes(t, &lower(t));
        assert_eq!(y.as_deref(), Some("förslaget"));
        assert_eq!(n.as_deref(), Some("avslå det"));
    }

    #[test]
    fn who_votes_for_or_is_for_a_proposal() {
        for t in [
            "Den som röstar för Bo Linds yrkande röstar ja. Den som röstar för Anna Eks yrkande röstar nej.",
            "Den som är för Bo Linds yrkande röstar ja, den som är för Anna Eks yrkande röstar nej.",
        ] {
            let (y, n) = wishes(t, &lower(t));
            assert_eq!(y.as_deref(), Some("Bo Linds yrkande"), "{t}");
            assert_eq!(n.as_deref(), Some("Anna Eks yrkande"), "{t}");
        }
    }

    #[test]
    fn column_heads_are_no_proposition() {
        assert!(column_heads(
            "ledamot ja-röst nej-röst avstår anna ek (s) x"
        ));
        assert!(column_heads("namn | ja-röster | nej-röster | avstår"));
        assert!(!column_heads(
            "ja-röst för bifall till förslaget. nej-röst för avslag."
        ));
        assert!(!column_heads("nej-röst för avslag"));
        assert_eq!(
            yes_meaning(
                "Ja-röst för X, nej-röst för Y",
                "ja-röst för x, nej-röst för y"
            )
            .as_deref(),
            Some("X")
        );
    }
}
