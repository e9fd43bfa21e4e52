//! **Beslut i korthet** (decisions at a glance): one line per paragraph,
//! built from the model as plain strings so it is tested natively and the
//! same words serve the screen, the printout and the text export.
//!
//! A line says what was decided in a sentence (the first att-sats or the
//! decision's first sentence) and how: unanimously, after a vote with its
//! counts, against whose proposals, with whose reservations.

use justera::{Actor, Decision, Document, Method, Paragraph, Proposal, ProposalKind, Vote};

use crate::i18n::Lang;
use crate::parties;

/// The longest decision sentence shown, in characters.
pub const MAX_SENTENCE: usize = 180;

/// One paragraph at a glance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub number: u32,
    /// The paragraph's element id and link (`p12`, `p12a`: `anchor.rs`).
    pub anchor: String,
    /// The number as written, else as [`justera::Paragraph::label`].
    pub label: String,
    pub title: String,
    /// What was decided, in one sentence; `None` when the paragraph has
    /// no decision in the text.
    pub decision: Option<String>,
    /// How it was decided (`enhälligt`, `efter omröstning 7–6, med
    /// reservation från M, L`); `None` when the text does not say.
    pub how: Option<String>,
    /// The decision is not published.
    pub confidential: bool,
    /// Someone proposed otherwise, voted or reserved.
    pub contested: bool,
    /// Who proposed what, one line per proposer (empty when nobody did).
    pub proposals: Vec<String>,
}

/// Every paragraph of `doc`, in order.
pub fn lines(doc: &Document, lang: Lang) -> Vec<Line> {
    let ids = crate::anchor::ids(&doc.paragraphs);
    doc.paragraphs
        .iter()
        .zip(ids)
        .map(|(p, id)| line(p, id, lang))
        .collect()
}

/// The line of `p`, whose element id is `anchor`.
pub fn line(p: &Paragraph, anchor: String, lang: Lang) -> Line {
    let label = if p.number_text.trim().is_empty() {
        p.label()
    } else {
        p.number_text.trim().to_string()
    };
    let reserved = reserving_parties(p);
    let contested = p.outcome.as_ref().is_some_and(|o| o.contested)
        || !p.votes.is_empty()
        || !reserved.is_empty();
    Line {
        number: p.number,
        anchor,
        label,
        title: p.title.trim().to_string(),
        decision: p.decision.as_ref().and_then(decision_sentence),
        how: how(p, lang),
        confidential: p.confidential,
        contested,
        proposals: proposal_lines(p, lang),
    }
}

/// The decision in one sentence: the first numbered point (with its
/// lead-in `X beslutar att` when the point is only the att-clause), else
/// the text's first sentence; cut at a word near [`MAX_SENTENCE`].
pub fn decision_sentence(d: &Decision) -> Option<String> {
    let source = match d.points.first() {
        Some(first) => {
            let point = strip_number(first.text.trim());
            // The words before the first point, on its line: `X beslutar att`.
            let lead = d
                .text
                .find(first.text.trim())
                .map(|at| strip_number_suffix(d.text[..at].trim()))
                .and_then(|l| l.rsplit('\n').next())
                .map(|l| l.trim().trim_end_matches(':').trim())
                .unwrap_or("");
            if !lead.is_empty() && point.starts_with(char::is_lowercase) {
                format!("{lead} {point}")
            } else {
                point.to_string()
            }
        }
        None => d.text.clone(),
    };
    let s = first_sentence(&source);
    (!s.is_empty()).then(|| shorten(&s, MAX_SENTENCE))
}

fn ends_with_word(s: &str, word: &str) -> bool {
    s.rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case(word))
}

/// `1. anta planen` → `anta planen`; `2) ge ...` → `ge ...`.
fn strip_number(s: &str) -> &str {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return s;
    }
    let rest = &s[digits..];
    match rest.strip_prefix(['.', ')']) {
        Some(r) if r.starts_with(char::is_whitespace) => r.trim_start(),
        _ => s,
    }
}

/// A lead-in ending in a stray number (`beslutar att 1.`): drop the number.
fn strip_number_suffix(s: &str) -> &str {
    let t = s.trim_end_matches(['.', ')']);
    let t2 = t.trim_end_matches(|c: char| c.is_ascii_digit());
    if t2.len() < t.len() && t.len() < s.len() {
        t2.trim_end()
    } else {
        s
    }
}

/// Words that end in a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "kap", "st", "nr", "bl.a", "m.fl", "t.ex", "resp", "dvs", "d.v.s", "ca", "jfr", "fr.o.m",
    "t.o.m", "enl", "m.m", "o.s.v", "osv", "ang", "tel", "kl", "mnkr", "tkr", "mkr", "dnr",
];

/// The first sentence of `text`: its first line (joined with the next when
/// the line only leads in, `beslutar att` or `:`), up to the first full
/// stop that ends a sentence. A leading `Beslut:` is dropped.
pub fn first_sentence(text: &str) -> String {
    let text = text.trim();
    let text = text
        .strip_prefix("Beslut:")
        .or_else(|| text.strip_prefix("Beslut"))
        .filter(|r| r.starts_with(char::is_whitespace))
        .map(str::trim_start)
        .unwrap_or(text);
    // A heading the text kept (`Beslut`, or glued to a case number:
    // `SOF 2024/107Beslut`) is not the decision.
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .skip_while(|l| l.trim_end_matches(':').ends_with("Beslut") && !l.contains(". "));
    let mut line = lines.next().unwrap_or("").to_string();
    if line.ends_with(':') || ends_with_word(&line, "att") {
        if let Some(next) = lines.next() {
            line = format!("{} {}", line.trim_end_matches(':'), strip_number(next));
        }
    }
    let cut = sentence_end(&line).unwrap_or(line.len());
    line[..cut].trim().to_string()
}

/// The byte just after the full stop (or `!`, `?`) that ends the first
/// sentence: followed by a space and a capital, and not after an
/// abbreviation or a single letter.
fn sentence_end(s: &str) -> Option<usize> {
    for (i, c) in s.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let after = &s[i + 1..];
        let next = after.trim_start();
        if next.len() == after.len() && !after.is_empty() {
            continue; // `2.5`, `bl.a`: no space after
        }
        if !next.is_empty() && !next.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        if c == '.' {
            let start = s[..i]
                .rfind(char::is_whitespace)
                .map(|w| w + 1)
                .unwrap_or(0);
            let word = s[start..i]
                .trim_start_matches(['(', '"', '”'])
                .to_lowercase();
            if word.chars().count() <= 1 || ABBREVIATIONS.contains(&word.as_str()) {
                continue;
            }
        }
        return Some(i + 1);
    }
    None
}

/// `s` cut at a word boundary to at most `max` characters, with `…`.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let end = s.char_indices().nth(max).map(|(i, _)| i).unwrap_or(s.len());
    let head = &s[..end];
    let cut = head.rfind(char::is_whitespace).unwrap_or(end);
    format!(
        "{}…",
        head[..cut].trim_end_matches([',', ';', ':', ' ', '-', '–'])
    )
}

/// The parties (or, without a party, the names) behind `actors`.
fn parties_of<'a>(actors: impl IntoIterator<Item = &'a Actor>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in actors {
        let who = a.party.clone().unwrap_or_else(|| a.name.clone());
        if !who.trim().is_empty() && !out.contains(&who) {
            out.push(who);
        }
    }
    parties::sort(&mut out);
    out
}

fn reserving_parties(p: &Paragraph) -> Vec<String> {
    parties_of(p.reservations.iter().flat_map(|r| &r.by))
}

/// The id a proposal stands for: a motion to approve the base proposal is
/// the base proposal.
fn stands_for<'a>(p: &'a Paragraph, x: &'a Proposal) -> &'a str {
    if x.kind == ProposalKind::Approve && p.proposals.iter().any(|b| b.kind == ProposalKind::Base) {
        "base"
    } else {
        &x.id
    }
}

/// The vote that decided the matter: the one whose result was adopted,
/// else the last with counts.
fn deciding_vote(p: &Paragraph) -> Option<&Vote> {
    let adopted = p.outcome.as_ref().and_then(|o| o.adopted.as_deref());
    p.votes
        .iter()
        .rev()
        .find(|v| adopted.is_some() && v.result.as_deref() == adopted)
        .or_else(|| {
            p.votes
                .iter()
                .rev()
                .find(|v| v.counts.yes.is_some() || v.counts.no.is_some())
        })
}

fn join(list: &[String]) -> String {
    list.join(", ")
}

/// How the decision was made, in words; `None` when the text has no
/// decision and says nothing of how.
pub fn how(p: &Paragraph, lang: Lang) -> Option<String> {
    let reserved = reserving_parties(p);
    let outcome = p.outcome.as_ref();
    if outcome.is_none() && p.votes.is_empty() && reserved.is_empty() {
        return None;
    }
    let mut parts: Vec<String> = Vec::new();
    if let Some(v) = deciding_vote(p) {
        let (yes, no) = (v.counts.yes.unwrap_or(0), v.counts.no.unwrap_or(0));
        // The winning side first.
        let no_won = v.result.is_some() && v.result == v.no_means;
        let (a, b) = if no_won { (no, yes) } else { (yes, no) };
        let mut s = format!("{} {a}–{b}", lang.t("efter omröstning", "after a vote,"));
        if let Some(n) = v.counts.abstain.filter(|n| *n > 0) {
            s.push_str(&format!(", {n} {}", lang.t("avstod", "abstained")));
        }
        if v.casting_vote {
            s.push_str(lang.t(
                " med ordförandens utslagsröst",
                " on the chair's casting vote",
            ));
        }
        if v.lot {
            s.push_str(lang.t(" och lottning", " and by lot"));
        }
        parts.push(s);
    } else if let Some(o) = outcome {
        match o.method {
            Method::Lot => parts.push(lang.t("genom lottning", "by lot").into()),
            Method::Vote => parts.push(lang.t("efter omröstning", "after a vote").into()),
            Method::Acclamation if o.contested => {
                parts.push(lang.t("efter acklamation", "by acclamation").into())
            }
            Method::Acclamation | Method::Unopposed if reserved.is_empty() => {
                parts.push(lang.t("enhälligt", "unanimously").into())
            }
            _ => {}
        }
    }
    // Parties that proposed otherwise and did not reserve: say so.
    let adopted = outcome.and_then(|o| o.adopted.as_deref());
    if adopted.is_some() {
        let losing = parties_of(
            p.proposals
                .iter()
                .filter(|x| x.kind != ProposalKind::Base && Some(stands_for(p, x)) != adopted)
                .flat_map(|x| &x.by),
        );
        // Those who backed the adopted proposal too (their refer-back
        // motion fell, say) were not against the decision.
        let winning = parties_of(
            p.proposals
                .iter()
                .filter(|x| Some(stands_for(p, x)) == adopted)
                .flat_map(|x| &x.by),
        );
        let against: Vec<String> = losing
            .into_iter()
            .filter(|w| !reserved.contains(w) && !winning.contains(w))
            .collect();
        if !against.is_empty() {
            parts.push(format!(
                "{} {}",
                lang.t("mot förslag från", "against proposals from"),
                join(&against)
            ));
        }
    }
    if !reserved.is_empty() {
        parts.push(format!(
            "{} {}",
            lang.t("med reservation från", "with reservations from"),
            join(&reserved)
        ));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

fn hand(priority: Option<u8>, lang: Lang) -> Option<&'static str> {
    Some(match priority? {
        1 => lang.t("i första hand", "first choice"),
        2 => lang.t("i andra hand", "second choice"),
        3 => lang.t("i tredje hand", "third choice"),
        _ => lang.t("i senare hand", "later choice"),
    })
}

fn kind_word(k: ProposalKind, lang: Lang) -> &'static str {
    match k {
        ProposalKind::Base => lang.t("grundförslag", "base proposal"),
        ProposalKind::Approve => lang.t("bifall", "approve"),
        ProposalKind::Reject => lang.t("avslag", "reject"),
        ProposalKind::Amend => lang.t("ändring", "amend"),
        ProposalKind::Add => lang.t("tillägg", "add"),
        ProposalKind::ReferBack => lang.t("återremiss", "refer back"),
        ProposalKind::Postpone => lang.t("bordläggning", "postpone"),
        ProposalKind::Own => lang.t("eget förslag", "own proposal"),
        ProposalKind::Nominate => lang.t("nominering", "nomination"),
    }
}

fn who(by: &[Actor]) -> String {
    by.iter()
        .map(|a| {
            let mut s = a.name.trim().to_string();
            if a.and_others() {
                s.push_str(" m.fl.");
            }
            if let Some(p) = &a.party {
                s.push_str(&format!(" ({p})"));
            }
            s
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Who proposed what: `förvaltningens förslag: Socialnämnden godkänner …`,
/// `Leif Åsbrink López (V): bifall`, `A (M), B (L): i första hand
/// återremiss; i andra hand avslag`. Proposals by the same people are one
/// line, in order of priority.
pub fn proposal_lines(p: &Paragraph, lang: Lang) -> Vec<String> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for x in &p.proposals {
        let (key, what) = if x.kind == ProposalKind::Base {
            let source = x
                .source
                .clone()
                .unwrap_or_else(|| kind_word(x.kind, lang).to_string());
            let text = shorten(&first_sentence(&x.text), 160);
            (upper_first(&source), text)
        } else {
            let mut what = kind_word(x.kind, lang).to_string();
            if let Some(h) = hand(x.priority, lang) {
                what = match lang {
                    Lang::Sv => format!("{h} {what}"),
                    Lang::En => format!("{what} ({h})"),
                };
            }
            if x.kind == ProposalKind::Approve {
                if let Some(s) = &x.source {
                    what.push_str(&format!(" {} {s}", lang.t("till", "of")));
                }
            }
            let key = if x.by.is_empty() {
                lang.t("Okänt vem", "Unknown who").to_string()
            } else {
                who(&x.by)
            };
            (key, what)
        };
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, whats)) => whats.push(what),
            None => out.push((key, vec![what])),
        }
    }
    out.into_iter()
        .map(|(k, whats)| format!("{k}: {}", whats.join("; ")))
        .collect()
}

/// `förvaltningens förslag` → `Förvaltningens förslag`.
pub fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The whole list as plain text, the printable one-page summary:
/// a heading, then one block per paragraph.
pub fn text(doc: &Document, title: &str, lang: Lang) -> String {
    let mut out = format!(
        "{}\n{title}\n\n",
        lang.t("Beslut i korthet", "Decisions at a glance")
    );
    for l in lines(doc, lang) {
        out.push_str(&format!("{} {}\n", l.label, l.title));
        let decision = if l.confidential {
            Some(
                lang.t(
                    "Beslutet publiceras inte (sekretess).",
                    "The decision is not published (confidential).",
                )
                .to_string(),
            )
        } else {
            l.decision.clone()
        };
        if let Some(d) = decision {
            out.push_str(&format!("  {d}\n"));
        }
        if let Some(h) = &l.how {
            out.push_str(&format!("  {}\n", upper_first(h)));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(seed: &str) -> Document {
        justera::parse(crate::samples::text(seed).unwrap())
    }

    fn find(lines: &[Line], n: u32) -> &Line {
        lines.iter().find(|l| l.number == n).unwrap()
    }

    #[test]
    fn a_contested_paragraph_says_what_how_and_who_reserved() {
        let d = doc("000");
        let sv = lines(&d, Lang::Sv);
        assert_eq!(sv.len(), d.paragraphs.len());
        let l = find(&sv, 20);
        assert_eq!(l.label, "§ 20");
        assert_eq!(
            l.decision.as_deref(),
            Some("Socialnämnden godkänner anvisningar med tillhörande handlingsplan/åtgärdsplan mot våld i nära relationer.")
        );
        assert_eq!(
            l.how.as_deref(),
            Some("efter acklamation, med reservation från L, KD, M")
        );
        assert!(l.contested);
        assert_eq!(l.proposals.len(), 3, "{:#?}", l.proposals);
        assert!(l.proposals[0].starts_with("Förvaltningens förslag: Socialnämnden godkänner"));
        assert_eq!(
            l.proposals[1],
            "Leif Åsbrink López (V): bifall till förvaltningens förslag"
        );
        assert_eq!(
            l.proposals[2],
            "Arion Chryssafis (M), Elin Oskarsson (L), Kerstin Höök (KD): i första hand återremiss; i andra hand avslag"
        );
        let en = line(
            d.paragraphs.iter().find(|p| p.number == 20).unwrap(),
            "p20".into(),
            Lang::En,
        );
        assert_eq!(
            en.how.as_deref(),
            Some("by acclamation, with reservations from L, KD, M")
        );
        assert_eq!(en.proposals[2], "Arion Chryssafis (M), Elin Oskarsson (L), Kerstin Höök (KD): refer back (first choice); reject (second choice)");
    }

    #[test]
    fn uncontested_paragraphs_are_unanimous_and_confidential_ones_say_nothing_of_it() {
        let d = doc("000");
        let sv = lines(&d, Lang::Sv);
        let l = find(&sv, 21);
        assert_eq!(
            l.decision.as_deref(),
            Some("Socialnämnden tar del av rapporten.")
        );
        assert_eq!(l.how.as_deref(), Some("enhälligt"));
        assert!(!l.contested);
        assert!(l.proposals.is_empty());
        let secret = find(&sv, 16);
        assert!(secret.confidential);
        assert_eq!(
            (secret.decision.as_ref(), secret.how.as_ref()),
            (None, None)
        );
        assert_eq!(
            find(&lines(&d, Lang::En), 21).how.as_deref(),
            Some("unanimously")
        );
    }

    #[test]
    fn proposals_against_without_reservation_are_named() {
        let d = doc("003");
        let sv = lines(&d, Lang::Sv);
        // § 8: C, L, M and SD each reserved for their own proposals.
        assert_eq!(
            find(&sv, 8).how.as_deref(),
            Some("efter acklamation, med reservation från C, L, M, SD")
        );
        assert_eq!(
            find(&sv, 5).how.as_deref(),
            Some("efter acklamation, med reservation från L")
        );
    }

    #[test]
    fn a_counted_vote_gives_the_winning_side_first_and_names_who_lost() {
        // § 20 of seed 000, as if M, L and KD had won a counted vote 7–6.
        let d = doc("000");
        let mut p = d
            .paragraphs
            .iter()
            .find(|p| p.number == 20)
            .unwrap()
            .clone();
        p.reservations.clear();
        p.votes.push(Vote {
            yes_means: Some("base".into()),
            no_means: Some("p3".into()),
            yes_text: None,
            no_text: None,
            counts: justera::Counts {
                yes: Some(6),
                no: Some(7),
                abstain: Some(2),
                absent: None,
            },
            roll_call: Vec::new(),
            casting_vote: false,
            lot: false,
            result: Some("p3".into()),
            result_stated: true,
            counts_span: None,
            span: justera::Span { start: 0, end: 0 },
        });
        let o = p.outcome.as_mut().unwrap();
        o.adopted = Some("p3".into());
        o.method = Method::Vote;
        assert_eq!(
            how(&p, Lang::Sv).as_deref(),
            Some("efter omröstning 7–6, 2 avstod, mot förslag från V")
        );
        assert_eq!(
            how(&p, Lang::En).as_deref(),
            Some("after a vote, 7–6, 2 abstained, against proposals from V")
        );
        p.votes[0].casting_vote = true;
        p.votes[0].counts = justera::Counts {
            yes: Some(6),
            no: Some(6),
            abstain: None,
            absent: None,
        };
        assert!(how(&p, Lang::Sv)
            .unwrap()
            .starts_with("efter omröstning 6–6 med ordförandens utslagsröst"));
    }

    #[test]
    fn sentences_end_at_a_full_stop_not_at_an_abbreviation() {
        assert_eq!(
            first_sentence("Nämnden antar planen enl. 6 kap. 8 § LSS. Ärendet överlämnas."),
            "Nämnden antar planen enl. 6 kap. 8 § LSS."
        );
        assert_eq!(
            first_sentence("Beslut: Attsats bifalles\nProtokolljusterare"),
            "Attsats bifalles"
        );
        assert_eq!(
            first_sentence("SOF 2024/107Beslut\nSocialnämnden godkänner rapporten.\nSocialnämnden ger uppdrag."),
            "Socialnämnden godkänner rapporten."
        );
        assert_eq!(
            first_sentence("Kommunstyrelsen beslutar att\n1. anta planen.\n2. ge uppdrag."),
            "Kommunstyrelsen beslutar att anta planen."
        );
        assert_eq!(
            first_sentence("Budget 2,5 mnkr. Klart."),
            "Budget 2,5 mnkr. Klart."
        );
        assert_eq!(
            first_sentence("Ett bl.a. viktigt beslut. Nästa."),
            "Ett bl.a. viktigt beslut."
        );
    }

    #[test]
    fn points_lead_in_and_long_sentences_are_cut_at_a_word() {
        let d = Decision {
            text: "Kommunfullmäktige beslutar att\n1. anta budgeten för 2025\n2. ge styrelsen i uppdrag att följa upp".into(),
            points: vec![
                justera::Text { text: "1. anta budgeten för 2025".into(), span: justera::Span { start: 0, end: 0 } },
                justera::Text { text: "2. ge styrelsen i uppdrag att följa upp".into(), span: justera::Span { start: 0, end: 0 } },
            ],
            span: justera::Span { start: 0, end: 0 },
        };
        assert_eq!(
            decision_sentence(&d).as_deref(),
            Some("Kommunfullmäktige beslutar att anta budgeten för 2025")
        );
        let long = "ord ".repeat(100);
        let s = shorten(long.trim(), 30);
        assert!(s.ends_with('…') && s.chars().count() <= 31, "{s}");
        assert!(!s.contains("or…"), "cut at a word: {s}");
    }

    #[test]
    fn the_text_export_has_every_paragraph_in_both_languages() {
        let d = doc("000");
        let sv = text(&d, "Socialnämnden 2024-03-18", Lang::Sv);
        assert!(sv.starts_with("Beslut i korthet\nSocialnämnden 2024-03-18\n"));
        for p in &d.paragraphs {
            assert!(sv.contains(&format!("§ {} ", p.number)), "§ {}", p.number);
        }
        assert!(sv.contains("  Efter acklamation, med reservation från L, KD, M\n"));
        assert!(sv.contains("(sekretess)"));
        let en = text(&d, "x", Lang::En);
        assert!(en.starts_with("Decisions at a glance\n"));
        assert!(en.contains("  Unanimously\n"));
    }
}
