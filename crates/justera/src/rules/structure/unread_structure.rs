//! Paragraph heads, votes or reservations in the text that the model did not take in.
//!
//! ## What it does
//! Reads the text on its own, independently of the parser, for the marks
//! every protocol leaves: paragraph heads at the start of a line (`§ 12`,
//! `§ 12 Dnr 2024/31`, `KS § 12`), counted votes (a line that opens with
//! `Omröstning`, a tally such as `7 ja-röster`, `Ja: 7`, `röstade ja`) and
//! reservations (`reserverar sig`). It then reports what the model does not
//! hold: a head whose number is no paragraph of the outline, a tally or a
//! roll call inside a paragraph without a counted vote, a reservation
//! inside a paragraph without one (or outside every paragraph).
//!
//! References in running text are not heads: `enligt 5 kap. 66 §
//! kommunallagen` does not start with the sign, `§ 45, 46` and `§ 45 och`
//! continue a sentence, `§ 45 beslutade` goes on in lower case. Lines of a
//! table of contents (dot leaders, the contents block) are not heads, and a
//! head whose number the outline holds (a contents line without leaders) is
//! not missed.
//!
//! Severity: `warning` when what is missed changes what a reader is shown
//! (two or more paragraph heads, any head when the outline is empty, a head
//! whose number continues the outline's numbering, any vote or
//! reservation); `info` when a single head is missed whose number stands
//! apart from the outline's (a quoted heading is possible there).
//!
//! ## Why is this bad?
//! A silent miss is the worst failure of a reader: a citizen trusts an empty
//! outline, an outcome without the vote or a paragraph without its
//! reservation. The protocol must show the matters handled, the votes and
//! how they turned out and the reservations; when the text has them and the
//! model does not, the reading is incomplete and says so.
//!
//! ## Example
//! ```text
//! § 12 KS 2024/31
//! Budget 2025
//! ...
//! § 13 KS 2024/40
//! Motion om cykelvägar
//! ```
//! with an outline that holds no paragraph: "2 paragrafrubriker i texten,
//! 0 i innehållsförteckningen". Use instead: report the layout so the
//! reader can learn it; read the paragraphs by hand meanwhile.
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66-67 §§ (the matters handled, the
//!   votes, how each member voted in an open vote, the reservations), for
//!   nämnder through 6 kap. 35 §; 4 kap. 27 § (reservation).

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{BlockKind, Paragraph, Span};
use crate::rules::structure::trace_marks::{letters, marked, offset_in, Lowered, Marks, SHORT};
use crate::rules::structure::trace_words::{reservation_words, vote_words};
use crate::rules::{report, Context};
use crate::scan::ItemKind;
use crate::text::has_ascii_ci;

pub const CODE: &str = "unread-structure";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str =
    "Paragrafrubriker, omröstningar eller reservationer i texten som modellen inte fångade.";

/// At most this many spans are labelled on one finding.
const MAX_LABELS: usize = 40;

/// `§ 12`, `§12`, `§ 12/2024`, `KS § 12`: the number of a line that opens
/// with a paragraph head, when what follows is a head's rest (nothing, a
/// case number, `Dnr`, a title in upper case, a dash) and not the rest of a
/// sentence.
fn head(t: &str) -> Option<u32> {
    let t = t.trim();
    if t.len() > 160 {
        return None;
    }
    // `KS § 12`, `Au § 12`: the body's short name before the sign.
    let word = t.bytes().take_while(u8::is_ascii_alphabetic).count();
    let t = if (1..=6).contains(&word) && t.starts_with(|c: char| c.is_ascii_uppercase()) {
        let r = t[word..].trim_start();
        if r.len() + 2 < t.len() - word {
            return None;
        }
        r
    } else {
        t
    };
    let r = t.strip_prefix('§')?;
    if r.starts_with('§') {
        return None; // `§§ 3-5`: a range
    }
    let r = r.trim_start();
    let nd = r.bytes().take_while(u8::is_ascii_digit).count();
    if nd == 0 || nd > 4 {
        return None;
    }
    let n: u32 = r[..nd].parse().ok()?;
    let mut rest = &r[nd..];
    // `§ 12/2024`, `§ 12:2024`.
    if let Some(y) = rest.strip_prefix('/').or_else(|| rest.strip_prefix(':')) {
        let yd = y.bytes().take_while(u8::is_ascii_digit).count();
        if yd == 2 || yd == 4 {
            rest = &y[yd..];
        }
    }
    if rest.is_empty() {
        return Some(n);
    }
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_start();
    let first = rest.chars().next()?;
    let ok = first.is_uppercase()
        || first.is_ascii_digit()
        || ((first == '-' || first == '–') && rest[first.len_utf8()..].starts_with(' '));
    ok.then_some(n)
}

/// Whether a line (markup stripped) is a contents line: dot leaders with or
/// without a page number.
fn leader(t: &str) -> bool {
    let body = t.trim_end().trim_end_matches(|c: char| c.is_ascii_digit());
    let body = body.trim_end();
    body.ends_with("...") || body.ends_with('…') || body.ends_with(". . .")
}

/// A necessary condition of [`vote_trace`], read off the bytes: a word
/// that opens with `ja` or `nej` (every yes or no word does) and ends
/// there or goes on with `-röst` or `röst` (as every yes or no word of
/// [`vote_trace`] does), or a first word opening with `omr`.
pub(super) fn may_trace_vote(t: &str) -> bool {
    yes_no_at(t, memchr::memchr2_iter(b'j', b'J', t.as_bytes())) || opens_with_omr(t)
}

/// The yes or no words of [`may_trace_vote`], looked for at the `j`s of
/// `t` at `js` (any order, repeats allowed): at every `j` of `t`, it is
/// that test but for a first word opening with `omr`; at a subset that
/// holds every `j` with `a` after it or `e` before it, the same (a word
/// opens with `ja` or ends its `nej` at no other).
fn yes_no_at(t: &str, js: impl IntoIterator<Item = usize>) -> bool {
    // A word of the lower-case text opens where the character before (the
    // last of the previous character's lower case: `İ` is `i̇`) is no
    // letter, digit or `-`.
    let opens = |i: usize| {
        t[..i]
            .chars()
            .next_back()
            .and_then(|c| c.to_lowercase().last())
            .is_none_or(|c| !(c.is_alphanumeric() || c == '-'))
    };
    let b = t.as_bytes();
    // A byte's small form (a letter's only from itself in either case).
    let small = |i: usize| b.get(i).map(|&x| x | 0x20);
    // Whether the word that reached `e` (after `ja` or `nej`) ends there or
    // goes on as a yes or no word does: `-röst`, `röst` (`ö` is 0xC3 0xB6,
    // `Ö` 0xC3 0x96).
    let yes_no_word = |e: usize| {
        let rest = &t[e..];
        let Some(c) = rest.chars().next() else {
            return true;
        };
        let l = c.to_lowercase().next().unwrap_or(c);
        if !(l.is_alphanumeric() || l == '-') {
            return true;
        }
        let r = rest.strip_prefix('-').unwrap_or(rest).as_bytes();
        r.len() >= 5
            && r[0] | 0x20 == b'r'
            && r[1] == 0xC3
            && r[2] | 0x20 == 0xB6
            && r[3] | 0x20 == b's'
            && r[4] | 0x20 == b't'
    };
    // `ja` and `nej` by their `j`, in one pass.
    js.into_iter().any(|i| {
        (small(i + 1) == Some(b'a') && opens(i) && yes_no_word(i + 2))
            || (i >= 2
                && small(i - 2) == Some(b'n')
                && small(i - 1) == Some(b'e')
                && opens(i - 2)
                && yes_no_word(i + 1))
    })
}

/// [`may_trace_vote`] of the text's own line `from..to`, whose `ja` and
/// `ej` marks ([`Marks::yes_no`]) start at `marks`: the `j`s they hold
/// are the ones the test can pass at, so the line is not searched again.
fn may_trace_vote_marked(src: &str, marks: &[usize], from: usize, to: usize) -> bool {
    let t = &src[from..to];
    let b = src.as_bytes();
    let js = marks
        .iter()
        .take_while(|&&m| m < to)
        .filter(|&&m| m >= from)
        // A `ja`'s mark is its `j`; an `ej`'s, its `e` before the `j`.
        .map(|&m| if b[m] | 0x20 == b'j' { m } else { m + 1 })
        .filter(|&j| j < to)
        .map(|j| j - from);
    yes_no_at(t, js) || opens_with_omr(t)
}

/// [`may_trace_vote`] and [`may_trace_reservation`] of a line that is a
/// cleaned copy, read off its marks ([`Lowered`], whose buffers are kept
/// from line to line) as a line of the text's own bytes is: one lowering
/// and two searches of the line, not a search for each `j` and `v` in
/// either case.
fn copy_prefilters(low: &mut Lowered, t: &str) -> (bool, bool) {
    low.read(t.as_bytes(), t.len());
    let vote = if low.yes_no.is_empty() {
        opens_with_omr(t)
    } else {
        may_trace_vote_marked(t, &low.yes_no, 0, t.len())
    };
    (vote, !low.reserver.is_empty())
}

/// Whether the first word of `t` (letters, digits and `-`) opens with
/// `omr` in any case: the other way a line passes [`may_trace_vote`].
#[inline]
pub(super) fn opens_with_omr(t: &str) -> bool {
    // `c | 0x20` is a small letter exactly when `c` is it in either case.
    let omr = |w: &[u8]| {
        w.len() >= 3 && w[0] | 0x20 == b'o' && w[1] | 0x20 == b'm' && w[2] | 0x20 == b'r'
    };
    // Most lines open with their first word: nothing to pass over.
    let b = t.as_bytes();
    if b.first()
        .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'-')
    {
        return omr(b);
    }
    omr(t
        .trim_start_matches(|c: char| !(c.is_alphanumeric() || c == '-'))
        .as_bytes())
}

/// A necessary condition of [`reservation_trace`]: `reserver` in any case.
pub(super) fn may_trace_reservation(t: &str) -> bool {
    has_ascii_ci(t, b"reserver", 5)
}

/// A counted vote's trace on a line: a tally (`7 ja-röster`, `ja-röster: 7`,
/// `Ja: 7`, `7 röster ja`, `7 ja och 6 nej`), a roll call written as prose
/// (`röstade ja`, `röstar nej`), or a line that opens with `Omröstning`
/// and does not say there was none.
#[cfg(test)]
fn vote_trace(t: &str) -> bool {
    may_trace_vote(t) && vote_words(t)
}

/// A reservation on a line: `reserverar sig`, `reserverade sig`.
#[cfg(test)]
fn reservation_trace(t: &str) -> bool {
    if !may_trace_reservation(t) {
        return false;
    }
    reservation_words(t)
}

/// Every paragraph of the model: the document's own and those of the
/// documents in a bundle.
fn all_paragraphs<'a>(cx: &'a Context) -> Vec<&'a Paragraph> {
    cx.doc
        .paragraphs
        .iter()
        .chain(cx.doc.documents.iter().flat_map(|d| d.paragraphs.iter()))
        .collect()
}

/// The paragraph whose span holds `at`: the first in `ps` that does. When
/// the spans run in order without overlapping (`sorted`), at most one can,
/// and a binary search finds it.
fn paragraph_at<'a>(ps: &[&'a Paragraph], sorted: bool, at: Span) -> Option<&'a Paragraph> {
    if sorted && at.start <= at.end {
        // None before `k` can hold `at`; from there on, only those that
        // start no later than it.
        let k = ps.partition_point(|p| p.span.end < at.start);
        return ps[k..]
            .iter()
            .copied()
            .take_while(|p| p.span.start <= at.start)
            .find(|p| p.span.contains(at));
    }
    ps.iter().copied().find(|p| p.span.contains(at))
}

/// A reservation written out in a `Bilaga` appended to `p` that names
/// another paragraph (`Reservation till § 12`), which records reservations:
/// the model has it there.
fn written_out_for(ps: &[&Paragraph], p: &Paragraph, at: Span) -> bool {
    p.parts
        .iter()
        .filter(|x| x.span.contains(at))
        .flat_map(crate::outcome::attachment_names)
        .any(|n| {
            n != p.number
                && ps
                    .iter()
                    .any(|q| q.number == n && !q.reservations.is_empty())
        })
}

fn lines_sv(n: usize) -> String {
    if n == 1 {
        "en rad".into()
    } else {
        format!("{n} rader")
    }
}

fn lines_en(n: usize) -> String {
    if n == 1 {
        "one line".into()
    } else {
        format!("{n} lines")
    }
}

/// The numbers of `ps` (a joint head's each), sorted without repeats,
/// for a search by halving: a few hundred, for which a hash set of them
/// costs more to build and to ask.
fn number_list(ps: &[&Paragraph]) -> Vec<u32> {
    let mut v: Vec<u32> = ps.iter().flat_map(|p| p.number..=p.last_number()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let items = cx.items();
    let ps = all_paragraphs(cx);
    let sorted = ps.iter().all(|p| p.span.start <= p.span.end)
        && ps.windows(2).all(|w| w[0].span.end <= w[1].span.start);
    let numbers = number_list(&ps);
    let has_number = |n: u32| numbers.binary_search(&n).is_ok();
    // Contents entries of a few lines (a title may wrap); an entry that
    // runs over a whole paragraph is the parser's misreading, not a
    // contents line.
    let one_line = |s: Span| s.of(cx.src).trim().matches('\n').count() < 5;
    let toc_spans: Vec<Span> = cx
        .doc
        .toc
        .iter()
        .map(|e| e.span)
        .filter(|&s| one_line(s))
        .chain(
            cx.doc
                .blocks
                .iter()
                .filter(|b| b.kind == BlockKind::Toc)
                .map(|b| b.span),
        )
        .collect();
    let in_toc = |s: Span| toc_spans.iter().any(|t| t.contains(s) || s.contains(*t));
    // An attachment after a protocol (a regulation with sections of its
    // own): its `§ 1` are none of the protocol's heads.
    let attachments: Vec<Span> = cx
        .doc
        .documents
        .iter()
        .filter(|d| cx.doc.kind == crate::model::DocumentKind::Protocol && d.paragraphs.is_empty())
        .map(|d| d.span)
        .collect();
    let in_attachment = |s: Span| attachments.iter().any(|a| a.contains(s));

    let marks = Marks::new(cx.src);
    let mut lowered = Lowered::new();
    let (mut at_section, mut at_yes_no, mut at_reserver) = (0, 0, 0);
    let mut heads: Vec<(u32, Span)> = Vec::new();
    let mut missed_heads: Vec<(u32, Span)> = Vec::new();
    let mut missed_votes: Vec<Span> = Vec::new();
    let mut missed_reservations: Vec<Span> = Vec::new();
    for it in items {
        if it.furniture
            || !matches!(
                it.kind,
                ItemKind::Text | ItemKind::Heading(_) | ItemKind::Strong | ItemKind::ListItem(_)
            )
        {
            continue;
        }
        let t = it.text.as_ref();
        // A line that is the text's own bytes holds what the head's and
        // the traces' prefilters stop at only where `marks` has it;
        // another (a cleaned copy) is tested as it is.
        // `may_vote` is [`may_trace_vote`] of the line.
        let (section, may_vote, reserver) = match offset_in(cx.src, t) {
            Some(from) => {
                let to = from + t.len();
                let yes_no = marked(&marks.yes_no, &mut at_yes_no, from, to);
                (
                    marked(&marks.section, &mut at_section, from, to),
                    if yes_no {
                        may_trace_vote_marked(cx.src, &marks.yes_no[at_yes_no..], from, to)
                    } else {
                        opens_with_omr(t)
                    },
                    marked(&marks.reserver, &mut at_reserver, from, to),
                )
            }
            // A short copy: a `§` is looked for as the head does; the traces
            // need a `j` or a `v`.
            None if t.len() <= SHORT => {
                let (j, v) = letters(t);
                (
                    true,
                    (j || opens_with_omr(t)) && may_trace_vote(t),
                    v && may_trace_reservation(t),
                )
            }
            None => {
                let (vote, reserver) = copy_prefilters(&mut lowered, t);
                (true, vote, reserver)
            }
        };
        // A head holds `§`.
        if section && it.line_start && !matches!(it.kind, ItemKind::ListItem(_)) && !leader(t) {
            if let Some(n) = head(t) {
                if !in_toc(it.span) && !in_attachment(it.span) {
                    heads.push((n, it.span));
                    if !has_number(n) {
                        missed_heads.push((n, it.span));
                    }
                }
            }
        }
        if may_vote && vote_words(t) {
            let read = paragraph_at(&ps, sorted, it.span).is_some_and(|p| !p.votes.is_empty());
            if !read && !in_toc(it.span) {
                missed_votes.push(it.span);
            }
        }
        // The words of a reservation hold `reserver` (no character's lower
        // case but its own letters' is one of them), so a line of the
        // text's own bytes whose marks hold none is passed over, and one
        // whose marks hold one is read without the prefilter's search.
        if reserver && reservation_words(t) {
            let read = paragraph_at(&ps, sorted, it.span)
                .is_some_and(|p| !p.reservations.is_empty() || written_out_for(&ps, p, it.span));
            if !read && !in_toc(it.span) {
                missed_reservations.push(it.span);
            }
        }
    }

    if let Some(&(_, first)) = missed_heads.first() {
        let continues = |n: u32| has_number(n.saturating_sub(1)) || has_number(n + 1);
        let severity = if missed_heads.len() >= 2 || ps.is_empty() || continues(missed_heads[0].0) {
            Severity::Warning
        } else {
            Severity::Info
        };
        let d = report(
            out,
            CODE,
            severity,
            first,
            format!(
                "{} paragrafrubriker i texten, {} i innehållsförteckningen; {} lästes inte",
                heads.len(),
                ps.len(),
                missed_heads.len()
            ),
            format!(
                "{} paragraph heads in the text, {} in the outline; {} not read",
                heads.len(),
                ps.len(),
                missed_heads.len()
            ),
        );
        for &(n, s) in missed_heads.iter().take(MAX_LABELS) {
            d.label(
                s,
                format!("§ {n} saknas i innehållsförteckningen"),
                format!("§ {n} is not in the outline"),
            );
        }
        d.help(
            "Läs paragraferna i texten själv; innehållsförteckningen och utfallen är ofullständiga.",
            "Read these paragraphs in the text itself; the outline and outcomes are incomplete.",
        );
    }
    missed(
        out,
        &missed_votes,
        (
            "Omröstning eller röstetal på {} i texten som ingen räknad omröstning i modellen tar upp",
            "A vote or vote tally on {} of the text that no counted vote in the model takes in",
        ),
        ("omröstning som inte lästes", "vote not read"),
        (
            "Läs omröstningen i texten själv; utfallet visar den inte.",
            "Read the vote in the text itself; the outcome does not show it.",
        ),
    );
    missed(
        out,
        &missed_reservations,
        (
            "Reservation på {} i texten som modellen inte tar upp",
            "A reservation on {} of the text that the model does not take in",
        ),
        ("reservation som inte lästes", "reservation not read"),
        (
            "Läs reservationen i texten själv; paragrafen visar den inte.",
            "Read the reservation in the text itself; the paragraph does not show it.",
        ),
    );
}

/// One warning for the traces of one kind the model missed, at the first,
/// with a label at each (up to `MAX_LABELS`); `message`'s `{}` is the
/// number of lines.
fn missed(
    out: &mut Vec<Diagnostic>,
    spans: &[Span],
    message: (&str, &str),
    label: (&'static str, &'static str),
    help: (&'static str, &'static str),
) {
    let Some(&first) = spans.first() else {
        return;
    };
    let d = report(
        out,
        CODE,
        Severity::Warning,
        first,
        message.0.replace("{}", &lines_sv(spans.len())),
        message.1.replace("{}", &lines_en(spans.len())),
    );
    for &s in spans.iter().take(MAX_LABELS) {
        d.label(s, label.0, label.1);
    }
    d.help(help.0, help.1);
}

#[cfg(test)]
mod tests;
