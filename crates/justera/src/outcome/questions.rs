//! Each counted vote as the question it decided: between which proposals,
//! of what kind (the main question, återremiss, bordläggning, which
//! proposal is the counter-proposal), who won and what it rejected.

use super::text;
use crate::model::*;

/// A vote on which proposal stands against the main one: a side written
/// `Annas förslag ska vara motförslag`.
fn counter_vote(v: &Vote) -> bool {
    v.yes_text
        .iter()
        .chain(v.no_text.iter())
        .any(|t| crate::text::has(&text::lower(t), "motförslag"))
}

/// Each counted vote is the question that decided: add it after the
/// questions found by acclamation it overturned or confirmed.
pub(super) fn vote_questions(p: &mut Paragraph) {
    for v in &p.votes {
        let mut between: Vec<String> = v
            .yes_means
            .iter()
            .chain(v.no_means.iter())
            .cloned()
            .collect();
        // `Omröstning begärs`, no side written: the vote is on the
        // question the chair had just put (`proposition på bifall mot
        // avslag`), between its proposals. So too when only the winning
        // side is known (`utföll 30-19 till förmån för X`) and that
        // question put it.
        if between.len() < 2 {
            let before = v.counts_span.unwrap_or(v.span).start;
            // The last such question putting the side known (a question
            // on an amendment alone puts only it), or any with two sides.
            let put = p.procedure.iter().rev().find(|q| {
                q.method == Method::Acclamation
                    && q.kind == QuestionKind::Main
                    && q.span.start < before
                    && if between.is_empty() {
                        q.between.len() >= 2
                    } else {
                        between.iter().all(|b| q.between.contains(b))
                    }
            });
            if let Some(q) = put.filter(|q| q.between.len() >= 2) {
                between = q.between.clone();
            }
        }
        // With no result the side the counts put behind lost (`ja för
        // förslaget`, naming no proposal, won 8-6: the `nej` side's
        // proposal lost); with no counts either, nothing is known lost.
        let rejected = match &v.result {
            Some(r) => between.iter().filter(|b| *b != r).cloned().collect(),
            None => match (v.counts.yes, v.counts.no) {
                (Some(y), Some(n)) if y > n => v.no_means.iter().cloned().collect(),
                (Some(y), Some(n)) if n > y => v.yes_means.iter().cloned().collect(),
                _ => Vec::new(),
            },
        };
        // A vote on sending the matter back or postponing it.
        let kind_of = |pk: ProposalKind| {
            between
                .iter()
                .any(|b| p.proposals.iter().any(|x| &x.id == b && x.kind == pk))
        };
        let kind = if kind_of(ProposalKind::ReferBack) {
            QuestionKind::ReferBack
        } else if kind_of(ProposalKind::Postpone) {
            QuestionKind::Postpone
        } else if counter_vote(v) {
            QuestionKind::CounterProposal
        } else {
            QuestionKind::Main
        };
        p.procedure.push(Question {
            kind,
            between,
            winner: v.result.clone(),
            rejected,
            method: if v.lot { Method::Lot } else { Method::Vote },
            text: v
                .yes_text
                .iter()
                .chain(v.no_text.iter())
                .cloned()
                .collect::<Vec<_>>()
                .join(" / "),
            span: v.counts_span.unwrap_or(v.span),
        });
    }
    // In the order the meeting took them: a vote on sending the matter
    // back before the main question put after it.
    p.procedure.sort_by_key(|q| q.span.start);
}

#[cfg(test)]
mod tests {
    use crate::model::*;

    /// The question a paragraph's counted vote decided.
    fn vote_question(p: &Paragraph) -> &Question {
        p.procedure
            .iter()
            .find(|q| q.method == Method::Vote)
            .unwrap()
    }

    /// A vote on which proposal is the counter-proposal, then the main
    /// vote: the first vote's question is the counter-proposal's.
    #[test]
    fn a_vote_on_the_counter_proposal_is_its_question() {
        let src = "## § 12 Budget\n\n### Yrkanden\n\nAnna Lind (S) yrkar bifall till \
            kommunstyrelsens förslag.\n\nCecilia Holm (V) yrkar bifall till eget förslag.\n\n\
            Eva Sand (C) yrkar bifall till eget förslag.\n\n### Beslutsgång\n\n\
            Den som vill att Cecilias förslag ska vara motförslag röstar ja, den som vill att \
            Evas förslag ska vara motförslag röstar nej. Med 3 ja-röster mot 2 nej-röster \
            beslutar kommunstyrelsen att Cecilias förslag ska vara motförslag.\n\n\
            Den som vill bifalla kommunstyrelsens förslag röstar ja, den som vill bifalla \
            Cecilias förslag röstar nej. Med 4 ja-röster mot 1 nej-röst bifaller \
            kommunstyrelsen kommunstyrelsens förslag.\n\n### Beslut\n\nKommunstyrelsen \
            bifaller förslaget.\n";
        let d = crate::parse(src);
        let kinds: Vec<QuestionKind> = d.paragraphs[0]
            .procedure
            .iter()
            .filter(|q| q.method == Method::Vote)
            .map(|q| q.kind)
            .collect();
        assert_eq!(kinds, [QuestionKind::CounterProposal, QuestionKind::Main]);
    }

    /// A vote on sending the matter back, then the main question put by
    /// acclamation: the questions in the order the meeting took them.
    #[test]
    fn the_questions_stand_in_the_order_they_were_taken() {
        let src = "§ 15 Parkeringsnorm\n\nFörslag till beslut\nNämnden antar parkeringsnorm.\n\n\
            Yrkanden\nLisa Berg (C) yrkar att ärendet återremitteras.\n\
            Karl Dahl (S) yrkar bifall till förslaget.\n\n\
            Beslutsgång\nOrdföranden frågar först om ärendet ska återremitteras och finner att \
            nämnden avslår återremissyrkandet.\nVotering begärs.\n\
            Ja-röst för att ärendet ska avgöras idag, nej-röst för återremiss.\n\
            Omröstningsresultat: 6 ja-röster, 5 nej-röster.\n\
            Ordföranden ställer därefter proposition på förslaget till beslut och finner att \
            nämnden bifaller detsamma.\n";
        let d = crate::parse(src);
        let taken: Vec<(QuestionKind, Method)> = d.paragraphs[0]
            .procedure
            .iter()
            .map(|q| (q.kind, q.method))
            .collect();
        assert_eq!(
            taken,
            [
                (QuestionKind::ReferBack, Method::Acclamation),
                (QuestionKind::ReferBack, Method::Vote),
                (QuestionKind::Main, Method::Unopposed),
            ]
        );
    }

    /// A vote's question rejects what the vote is known to have rejected:
    /// nothing at a tie no casting vote broke, the side the counts put
    /// behind when the winning side names no proposal.
    #[test]
    fn a_vote_without_a_result_rejects_only_what_its_counts_did() {
        let src = |counts: &str| {
            format!(
                "## § 12 Budget\n\n### Yrkanden\n\nAnna Lind (S) yrkar bifall till förslaget.\n\n\
                Bo Ek (M) yrkar avslag.\n\n### Beslutsgång\n\nVotering begärs. Ja för bifall, \
                nej för avslag. Omröstningsresultat: {counts}.\n\n### Beslut\n\n\
                Nämnden bifaller förslaget.\n"
            )
        };
        let rejected = |counts: &str| {
            let d = crate::parse(&src(counts));
            let p = &d.paragraphs[0];
            let q = vote_question(p);
            let avslag = p
                .proposals
                .iter()
                .find(|x| x.kind == ProposalKind::Reject)
                .unwrap();
            (
                q.winner.clone(),
                q.rejected == [avslag.id.clone()],
                q.rejected.is_empty(),
            )
        };
        assert_eq!(
            rejected("3 ja-röster och 2 nej-röster"),
            (None, true, false)
        );
        assert_eq!(
            rejected("3 ja-röster och 3 nej-röster"),
            (None, false, true)
        );
    }

    /// `Omröstning begärs och verkställs`, no side written: the vote's
    /// question is between the proposals of the question just put.
    #[test]
    fn a_vote_without_sides_is_on_the_question_just_put() {
        let src = "PROTOKOLL\n\n§ 45\nBudget 2026\n\nKommunstyrelsens förslag\n\
            Kommunfullmäktige fastställer budget 2026.\n\nYrkanden\n\
            Anna Berg (M) yrkar bifall till kommunstyrelsens förslag.\nOlle Dahl (S) yrkar avslag.\n\n\
            Propositionsordning\nOrdföranden ställer proposition på bifall mot avslag och finner att \
            kommunfullmäktige bifaller förslaget.\nOmröstning begärs och verkställs.\n\n\
            Omröstningsresultat\nMed 45 ja-röster mot 36 nej-röster beslutar kommunfullmäktige \
            enligt kommunstyrelsens förslag.\n";
        for src in [
            src.to_string(),
            // The result stated as `bifalla förslaget`: the proposal put.
            src.replace("enligt kommunstyrelsens förslag", "bifalla förslaget"),
        ] {
            let d = crate::parse(&src);
            let p = &d.paragraphs[0];
            let q = vote_question(p);
            assert_eq!(q.between, ["base", "p2"]);
            assert_eq!(q.winner.as_deref(), Some("base"), "{src}");
            assert_eq!(q.rejected, ["p2"]);
        }
    }
}
