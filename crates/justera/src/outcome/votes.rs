//! Counted votes (omröstning, votering): what yes and no meant, the counts,
//! the roll call, the casting vote at a tie, lot, and the result.
//!
//! `votes` here reads a paragraph's sentences in order; `votes/meaning.rs`
//! reads what each side meant, `votes/counts.rs` the counts as written,
//! `votes/roll_call.rs` the roll-call table.

pub(super) mod counts;
mod meaning;
mod prefilter;
mod roll_call;
pub(crate) mod sections;

use super::prepared::Prepared;
use super::proposals::speaker_low;
use super::proposals::{resolve_low, Props};
use super::prose_roll::{continued, side_lists, SideList};
use super::text::lower;
use super::text::Sentence;
use crate::model::*;
use crate::text::{find_str, has};
use counts::counts_in;
use meaning::{
    abstain_line, after_meaning, column_heads, flush_options, meanings, option_line, sides, wishes,
    yes_meaning, Draft,
};
use prefilter::holds_vote_word;
use roll_call::{
    continuation, fill_from_roll_call, outside_entries, outside_entry, roll_calls, tally, Layout,
};

/// The verbs after which a count's sentence states the result (`beslutar
/// enligt X`, `med 31 röster mot 28 bifallit X`).
const STATED_VERBS: [&str; 6] = [
    "beslutar",
    "beslutat",
    "beslutade",
    "bifaller",
    "bifallit",
    "antar ",
];

/// `Kommunstyrelsen har alltså beslutat enligt X.`, the sentence right
/// after a vote's counts: the result it states, when X is a side of the
/// vote. A sentence that puts a question or asks for a vote is no result,
/// nor is a decision after a tie: only a casting vote or the lot, said as
/// such, settles one.
fn stated_after_count(v: &mut Vote, t: &str, low: &str, props: &Props, span: Span) {
    let tie = v.counts.yes.is_some() && v.counts.yes == v.counts.no;
    if tie || has(low, "proposition") || has(low, "omröstning") || has(low, "votering") {
        return;
    }
    let Some(id) = meaning::decided(t, low, props) else {
        return;
    };
    if v.yes_means.as_ref() == Some(&id) || v.no_means.as_ref() == Some(&id) {
        v.result = Some(id);
        v.result_stated = true;
        v.span = v.span.cover(span);
    }
}

/// The side the counts make the winner: what yes or no meant, whichever
/// got more votes (none on a tie or a count missing).
fn counted_winner(c: &Counts, yes: &Option<String>, no: &Option<String>) -> Option<String> {
    match (c.yes, c.no) {
        (Some(y), Some(n)) if y > n => yes.clone(),
        (Some(y), Some(n)) if n > y => no.clone(),
        _ => None,
    }
}

/// The vote whose list a list standing apart goes on (a table a page
/// broke, its header printed again over the rest): the last vote with a
/// list short of its counts, when the new rows make up no more than each
/// count still wants.
fn going_on(out: &[Vote], rows: &[RollCallEntry]) -> Option<usize> {
    out.iter().rposition(|v| {
        let c = &v.counts;
        let declared = [
            (c.yes, Ballot::Yes),
            (c.no, Ballot::No),
            (c.abstain, Ballot::Abstain),
        ];
        !v.roll_call.is_empty()
            && declared.iter().any(|d| d.0.is_some())
            && declared
                .iter()
                .all(|&(d, b)| d.is_none_or(|d| tally(&v.roll_call, b) + tally(rows, b) <= d))
    })
}

/// A vote list standing under a heading that names its paragraph
/// (`Omröstningslista § 45`, `Bilaga 2 till § 45`), wherever it stands:
/// its rows are that paragraph's roll call, not the one's whose text it
/// ends up in (a list appended after the last paragraph).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct VoteList {
    pub span: Span,
    pub number: u32,
}

/// The votes of a paragraph; `lists` are the document's vote lists that
/// name their paragraph.
pub(crate) fn votes(
    prep: &Prepared,
    props: &Props,
    p: &Paragraph,
    lists: &[VoteList],
) -> Vec<Vote> {
    read_votes(prep, props, p, lists, Read::Worded)
}

/// Which sentences [`read_votes`] reads.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Read {
    /// Every sentence of every part (the plain reading).
    Every,
    /// None when no part holds a word of `prefilter::holds_word`. A
    /// sentence is a piece of its part cut at white space, a stop or a
    /// table cell's `<br>` (never between two letters), so then none
    /// holds one either; and a sentence without one changes nothing in
    /// the reading: a voter's own line in it is passed over, and a stated
    /// result is read only after a proposition such words put. The parts
    /// are then neither split into sentences nor each sentence tested
    /// (the roll calls and voters' lines are still read from the text).
    Worded,
}

/// [`votes`], reading the sentences `read` says.
pub(super) fn read_votes(
    prep: &Prepared,
    props: &Props,
    p: &Paragraph,
    lists: &[VoteList],
    read: Read,
) -> Vec<Vote> {
    let src = prep.src;
    // Roll-call tables are read off the text as it stands: a table split
    // by a page is joined over the page's mark, which the text the
    // sentences are read from has blanked (`Prepared::shown`).
    let shown = prep.shown;
    let inside = |l: &VoteList| l.span.start < p.span.end && p.span.start < l.span.end;
    let own: Vec<Span> = lists
        .iter()
        .filter(|l| l.number == p.number && !inside(l))
        .map(|l| l.span)
        .collect();
    // A list of several paragraphs' votes is each one's own too.
    let mine = |l: &VoteList| {
        lists
            .iter()
            .any(|o| o.number == p.number && o.span == l.span)
    };
    let foreign: Vec<Span> = lists
        .iter()
        .filter(|l| l.number != p.number && inside(l) && !mine(l))
        .map(|l| l.span)
        .collect();
    let elsewhere = |at: usize| foreign.iter().any(|s| s.start <= at && at < s.end);
    // This paragraph's own lists standing inside its text (appended after
    // the last paragraph, which runs to the end).
    let own_inside: Vec<Span> = lists
        .iter()
        .filter(|l| l.number == p.number && inside(l))
        .map(|l| l.span)
        .collect();
    // Most paragraphs hold no vote: look for a vote word once before
    // reading every sentence.
    if own.is_empty() && !holds_vote_word(prep.ascii_low().as_bytes()) {
        return Vec::new();
    }
    // Sentence by sentence within each part: a heading (`Omröstningsresultat`)
    // ends a sentence even when the line before it has no full stop.
    // Each part asked with its ASCII letters lowered, as `holds_word`
    // reads it the same as in lower case (most parts are not otherwise
    // read in lower case, and are not lowered for this).
    let worded = read == Read::Every
        || p.parts
            .iter()
            .any(|part| prefilter::holds_word(&prep.ascii_low_of(part.span)));
    let mut ss: Vec<Sentence> = Vec::new();
    for part in p.parts.iter().filter(|_| worded) {
        ss.extend_from_slice(&prep.sentences(part.span));
    }
    let mut out: Vec<Vote> = Vec::new();
    let mut d = Draft::default();
    let mut tie_words: Vec<(usize, bool, bool, Span)> = Vec::new(); // sentence start, casting, lot, span
    let mut options: Vec<(String, u32, Span)> = Vec::new();
    let mut options_abstain: Option<u32> = None;
    // Sides of an open vote listed in prose, gathered until the vote is
    // complete; the vote they belong to, when it came from them or took
    // them in.
    let mut group: Vec<SideList> = Vec::new();
    let mut group_start = 0;
    let mut prose_vote: Option<usize> = None;
    // The vote the sentence before counted, while its result is unsaid.
    let mut counted_last: Option<usize> = None;
    for s in &ss {
        let t = s.text(src);
        // Lower case maps character by character and keeps every offset:
        // a sentence of the paragraph is lowered already.
        let low = prep.low(s.span);
        if let Some(v) = counted_last.take().and_then(|k| out.get_mut(k)) {
            stated_after_count(v, t, &low, props, s.span);
        }
        // A sentence that holds no word any test below needs changes
        // nothing, unless a side's list or the options counted line by
        // line are open (their end is read from it).
        let words = prefilter::holds_word(&low);
        if options.is_empty()
            && !group.last().is_some_and(|l| l.open)
            && !words
            && memchr::memchr(b'(', t.as_bytes()).is_none()
        {
            // A proposition no count has closed: a decision stated after
            // it is its result.
            if super::bytes::has_either(&low, "beslut", "bifall") {
                d.read_stated(t, &low, props);
            }
            continue;
        }
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
        // Every word asked below holds one of the prefilter's words
        // (`omröstning`, `utslagsröst`: `röst`; `ja`, `nej`, `lott`,
        // `singla`, `votering`): a sentence without one holds none.
        let new_vote = words
            && (has(&low, "omröstning") || has(&low, "votering"))
            && (has(&low, "begär") || has(&low, "verkställ") || has(&low, "genomför"));
        // What yes and no meant and the counts: read once per sentence.
        // Both read one of the prefilter's words.
        let (wy, wn) = if words { wishes(t, &low) } else { (None, None) };
        let sentence_counts = if words { counts_in(&low) } else { Vec::new() };
        let counted = !sentence_counts.is_empty();
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
                let stated = STATED_VERBS
                    .iter()
                    .filter_map(|w| find_str(&low, w).map(|k| k + w.len()))
                    .min()
                    .and_then(|k| {
                        resolve_low(
                            &t[k..],
                            &low[k..],
                            props,
                            &speaker_low(t, &low, s.span.start),
                        )
                    });
                for c in &sentence_counts {
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
        let casting = words && has(&low, "utslagsröst");
        // Every lot word holds `lott` or `singla`.
        let lot = words
            && has(&low, "lott")
            && (has(&low, "lottning")
                || has(&low, "lotten")
                || has(&low, "lottdragning")
                || has(&low, "dras lott")
                || has(&low, "drog lott"))
            || words
                && has(&low, "singla")
                && (has(&low, "singla slant") || has(&low, "singlade slant"));
        if casting || lot {
            tie_words.push((s.span.start, casting, lot, s.span));
        }
        // Every yes word holds `ja`, every no word `nej`.
        let has_yes = words
            && has(&low, "ja")
            && (has(&low, "ja-röst")
                || low.starts_with("ja innebär")
                || has(&low, "− ja")
                || has(&low, "- ja "));
        let has_no =
            words && has(&low, "nej") && (has(&low, "nej-röst") || low.starts_with("nej innebär"));
        // `Ledamot Ja-röst Nej-röst Avstår` over the rows: no proposition.
        let heads = has_yes && has_no && column_heads(&low);
        let (has_yes, has_no) = (has_yes && !heads, has_no && !heads);
        // A second proposition before any count: the vote the first one
        // put is over, its counts only in a list or not written (a vote
        // on which proposal is the counter-proposal, then the main vote).
        // A decision stated after a proposition is its result.
        if !counted {
            let (ny, nn) = meanings(t, &low, (&wy, has_yes), (&wn, has_no));
            if d.closed_by(ny.as_deref(), nn.as_deref(), props) {
                out.push(d.take_vote(props));
            } else if ny.is_none() && nn.is_none() {
                d.read_stated(t, &low, props);
            }
        }
        // A vote requested is a new vote.
        let requested = new_vote;
        if requested && d.start.is_none() {
            d.start = Some(s.span.start);
        }
        // `Den som vill bifalla X röstar ja, den som vill Y röstar nej`,
        // `Ja för X, Nej för Y`, `Vinner nej har fullmäktige bifallit Y`.
        let is_count_sentence = counted;
        if !is_count_sentence {
            let (y, n) = (wy, wn);
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
        if has_yes && !is_count_sentence {
            if let Some(x) = yes_meaning(t, &low) {
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
        let who = speaker_low(t, &low, s.span.start);
        let one_count = sentence_counts.len() == 1;
        for counts in sentence_counts {
            // `11 ledamöter avstod från att rösta` after the count: the same
            // vote's abstentions.
            if counts.yes.is_none() && counts.no.is_none() {
                if let Some(last) = out.last_mut() {
                    last.counts.abstain = last.counts.abstain.or(counts.abstain);
                    last.counts.absent = last.counts.absent.or(counts.absent);
                    continue;
                }
            }
            let mut yes_text = d.yes_text.as_ref().map(|x| x.0.clone());
            let mut no_text = d.no_text.as_ref().map(|x| x.0.clone());
            // Sides named with their counts, none put before.
            if yes_text.is_none() && no_text.is_none() && one_count {
                if let Some((x, y)) = counts::sides_in(t, &low) {
                    (yes_text, no_text) = (Some(x), Some(y));
                }
            }
            let (yes_means, no_means) = sides(yes_text.as_deref(), no_text.as_deref(), props, &who);
            // The stated result: `beslutar enligt X`, `X vann med ...`.
            let stated = STATED_VERBS
                .iter()
                .filter_map(|w| find_str(&low, w).map(|k| k + w.len()))
                .min()
                .and_then(|k| resolve_low(&t[k..], &low[k..], props, &who))
                .or_else(|| {
                    // `X vann med ...`, `X vinner med ...`.
                    let k = find_str(&low, " vann ").or_else(|| find_str(&low, " vinner "))?;
                    resolve_low(&t[..k], &low[..k], props, &who)
                })
                // `Voteringen utföll 30-19 till förmån för X`.
                .or_else(|| {
                    const FAVOUR: &str = "till förmån för";
                    let k = find_str(&low, FAVOUR)? + FAVOUR.len();
                    resolve_low(&t[k..], &low[k..], props, &who)
                });
            // `Med 7 röster mot 4 beslutar nämnden enligt X`, `utföll 30-19
            // till förmån för X`: the first count is the side that won, so
            // yes means X.
            let majority_form = yes_text.is_none()
                && no_text.is_none()
                && (has(&low, " röster mot ") || has(&low, "till förmån för"));
            let yes_means = match (yes_means, counts.yes, counts.no) {
                (None, Some(y), Some(n)) if majority_form && y > n => stated.clone(),
                (m, _, _) => m,
            };
            let implied = counted_winner(&counts, &yes_means, &no_means);
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
        d = Draft::default();
        counted_last = out
            .last()
            .filter(|v| v.counts_span == Some(s.span) && !v.result_stated)
            .map(|_| out.len() - 1);
    }
    flush_options(&mut out, &mut options, &mut options_abstain, &d, props);
    flush_sides(&mut out, &mut group, group_start, &mut d, props);
    // A roll call with no counts in the text is a vote of its own.
    let mut rcs = roll_calls(shown, p.span, p.number);
    rcs.retain(|rc| !elsewhere(rc.start));
    for s in &own {
        rcs.extend(roll_calls(shown, *s, p.number));
    }
    let mut outside = outside_entries(shown, p.span);
    outside.retain(|e| !elsewhere(e.span.start));
    for s in &own {
        outside.extend(outside_entries(shown, *s));
    }
    let listed = outside.iter().filter(|e| !e.inferred).count();
    // A proposition no count followed: a vote of its own (its counts in a
    // list, or not written) after a vote, or alone when the text stated
    // its result and no list stands to make the vote.
    let alone = d.stated.is_some() && rcs.is_empty() && listed == 0;
    // `Med 31 röster mot 28 bifaller fullmäktige X. Ja-röst innebar bifall
    // till X och nej-röst bifall till Y.`: what ja and nej meant, told after
    // the count, is the counted vote's.
    let told_after = |v: &Vote| {
        v.yes_text.is_none()
            && v.no_text.is_none()
            && v.counts_span.is_some()
            && d.start.is_some_and(|k| k >= v.span.end)
    };
    if let Some(v) = out.last_mut().filter(|v| told_after(v) && d.complete()) {
        let after = d.take_vote(props);
        v.yes_text = after.yes_text;
        v.no_text = after.no_text;
        v.yes_means = after.yes_means;
        v.no_means = after.no_means;
        if v.result.is_none() {
            v.result = counted_winner(&v.counts, &v.yes_means, &v.no_means);
        }
        v.span = v.span.cover(after.span);
    } else if (!out.is_empty() || alone) && d.complete() {
        out.push(d.take_vote(props));
    }
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
        out.push(d.vote(props, Span::new(start.min(rcs[0].start), rcs[0].start)));
    }
    // Attach each roll call to the vote before it (or the first vote).
    let mut layouts: Vec<Option<Layout>> = vec![None; out.len()];
    // A list standing apart from its paragraph (an attachment, or one
    // appended under a heading naming it).
    let apart = |at: usize| {
        !p.span.contains(Span::new(at, at))
            || own_inside.iter().any(|s| s.start <= at && at < s.end)
    };
    // Fewer such lists than votes: the votes the text counted need none.
    let fewer = rcs.iter().filter(|rc| apart(rc.start)).count() < out.len();
    for rc in rcs {
        // A list standing apart goes to the first vote still without one
        // (lists follow the votes' order); with fewer lists than votes, to
        // the first of those the text gave no counts.
        let k = if apart(rc.start) {
            let uncounted = |v: &Vote| v.roll_call.is_empty() && v.counts == Counts::default();
            let first = out
                .iter()
                .position(|v| fewer && uncounted(v))
                .or_else(|| out.iter().position(|v| v.roll_call.is_empty()));
            match first.or_else(|| going_on(&out, &rc.entries)) {
                Some(k) => k,
                // More lists than votes the text tells apart: a vote of
                // its own, what ja and nej meant unknown.
                None => {
                    out.push(Vote {
                        span: Span::new(rc.start, rc.start),
                        ..Vote::default()
                    });
                    layouts.push(None);
                    out.len() - 1
                }
            }
        } else {
            out.iter()
                .rposition(|v| v.span.start <= rc.start)
                .unwrap_or(0)
        };
        if let Some(v) = out.get_mut(k) {
            layouts[k] = Some(rc.layout);
            // The list's sum row stands for counts the text did not give;
            // the rows are checked against them as against any count.
            if v.counts_span.is_none() && v.counts == Counts::default() {
                v.counts_span = rc.sums_span;
            }
            let c = &mut v.counts;
            c.yes = c.yes.or(rc.sums.yes);
            c.no = c.no.or(rc.sums.no);
            c.abstain = c.abstain.or(rc.sums.abstain);
            c.absent = c.absent.or(rc.sums.absent);
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
    // The last vote's roll call short of its declared counts: its last rows
    // may stand after a page break, past the paragraph. Joined only when
    // they make up exactly what is missing.
    if let Some((k, v)) = out.iter_mut().enumerate().last() {
        let declared = before.get(k).copied().unwrap_or_default();
        let short = |v: &Vote, b: Ballot, d: Option<u32>| {
            d.map(|d| d as i64 - tally(&v.roll_call, b) as i64)
        };
        let gaps = [
            short(v, Ballot::Yes, declared.yes),
            short(v, Ballot::No, declared.no),
            short(v, Ballot::Abstain, declared.abstain),
        ];
        let last_row = v.roll_call.iter().map(|r| r.span.end).max();
        if let (Some(l), Some(last)) = (layouts.get(k).copied().flatten(), last_row) {
            if gaps.iter().all(|g| g.is_none_or(|g| g >= 0))
                && gaps.iter().any(|g| g.is_some_and(|g| g > 0))
            {
                let from = p.span.end.max(last);
                let broke = shown
                    .get(last..from)
                    .is_some_and(|t| t.lines().any(crate::scan::is_page_break));
                let rows = continuation(shown, from, broke, &l);
                let fills = |b: Ballot, g: Option<i64>| {
                    g.unwrap_or(0) == rows.iter().filter(|r| r.vote == b).count() as i64
                };
                if !rows.is_empty()
                    && fills(Ballot::Yes, gaps[0])
                    && fills(Ballot::No, gaps[1])
                    && fills(Ballot::Abstain, gaps[2])
                    && rows.iter().all(|r| {
                        !v.roll_call.iter().any(|x| {
                            super::text::name_key(&x.name) == super::text::name_key(&r.name)
                        })
                    })
                {
                    v.roll_call.extend(rows);
                }
            }
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
                .filter_map(|w| find_str(&low, w).map(|k| k + w.len()))
                .min()
                .and_then(|k| {
                    resolve_low(&t[k..], &low[k..], props, &speaker_low(t, &low, span.start))
                });
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
    props: &Props,
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
            *d = Draft::default();
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

#[cfg(test)]
mod tests;
