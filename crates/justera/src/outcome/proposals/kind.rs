//! The kind of a proposal (approval, rejection, återremiss, tillägg ...)
//! from the words that make it.

use super::sources::base_source;
use crate::model::ProposalKind;

/// The kind of a proposal from its first words after the verb.
/// `f`: the head in lower case. A word that holds another asked with it
/// (`bordläggs`, `bordlägg`) is not asked: the shorter one answers for
/// both.
pub(super) fn kind_of(f: &str) -> ProposalKind {
    let has = |w: &str| f.contains(w);
    if has("återremi") {
        ProposalKind::ReferBack
    } else if has("bordlägg") || has("bordlagt") {
        ProposalKind::Postpone
    } else if has("delvis") || has("ändring") || has("ändra ") || has("i övrigt bifall") {
        ProposalKind::Amend
    } else if has("tillägg") {
        ProposalKind::Add
    } else if has("avslag") || has("avslå") {
        ProposalKind::Reject
    } else if (has("bifall")
        || has("enligt")
        || has("godkänn")
        || has("anta")
        || has("sig bakom")
        || has("instämm"))
        && (base_source(f).is_some() || the_proposal(f))
    {
        ProposalKind::Approve
    } else {
        ProposalKind::Own
    }
}

/// `bifall till förslaget`, `bifalla förslaget med ...`, `enligt
/// förslaget`: the proposal before the meeting named by the word alone
/// (no one's, about nothing named after it), with its approving word
/// (`förslaget` after `avslå` names none).
pub(super) fn the_proposal(f: &str) -> bool {
    [
        "till förslaget",
        "bifalla förslaget",
        "bifaller förslaget",
        "enligt förslaget",
    ]
    .iter()
    .filter_map(|w| f.find(w).map(|k| &f[k + w.len()..]))
    .any(|rest| {
        rest.trim_end().is_empty()
            || rest.starts_with(['.', ',', ';'])
            || [" med ", " i sin helhet", " och ", " samt "]
                .iter()
                .any(|x| rest.starts_with(x))
    })
}

#[cfg(test)]
mod tests {
    use crate::model::ProposalKind::{self, *};

    /// [`super::kind_of`] read plainly: every word asked, those another
    /// word asked with them holds too.
    fn kind_plain(f: &str) -> ProposalKind {
        let has = |w: &str| f.contains(w);
        if has("återremi") {
            ReferBack
        } else if has("bordlägg") || has("bordlagt") || has("bordläggs") {
            Postpone
        } else if has("delvis")
            || has("ändringsyrkande")
            || has("ändring")
            || has("ändra ")
            || has("i övrigt bifall")
        {
            Amend
        } else if has("tilläggsyrkande") || has("tillägg") {
            Add
        } else if has("avslag") || has("avslå") || has("avslås") {
            Reject
        } else if (has("bifall")
            || has("bifalla")
            || has("enligt")
            || has("godkänn")
            || has("anta")
            || has("sig bakom")
            || has("instämm"))
            && (super::base_source(f).is_some() || super::the_proposal(f))
        {
            Approve
        } else {
            Own
        }
    }

    #[test]
    fn kinds_are_the_plain_reading_on_generated_heads() {
        let words = [
            "återremiss",
            "återremi",
            "bordläggs",
            "bordlagt",
            "bordl",
            "delvis",
            "ändringsyrkande",
            "ändring",
            "ändra",
            "i övrigt bifall",
            "tilläggsyrkande",
            "tillägg",
            "avslag",
            "avslå",
            "avslås",
            "bifall",
            "bifalla",
            "till",
            "förslaget",
            "enligt",
            "godkänn",
            "anta",
            "sig bakom",
            "instämmer",
            "förvaltningens förslag",
            "med",
            "och",
            ".",
            ",",
            "x",
            "ä",
        ];
        let mut rng = crate::testing::Rng::new(0x6b69_6e64);
        let mut seen = std::collections::HashSet::new();
        for _ in 0..40_000 {
            let f = rng.phrase(&words, 8);
            let kind = super::kind_of(&f);
            assert_eq!(kind, kind_plain(&f), "{f:?}");
            seen.insert(kind);
        }
        assert_eq!(seen.len(), 7, "{seen:?}");
    }

    fn kinds(yrkanden: &str) -> Vec<ProposalKind> {
        let src = format!(
            "§ 5\nMotion om fritidsgårdar\n\nYrkanden\n{yrkanden}\n\nBeslut\nNämnden bifaller förvaltningens förslag.\n"
        );
        crate::parse(&src).paragraphs[0]
            .proposals
            .iter()
            .filter(|x| x.kind != Base)
            .map(|x| x.kind)
            .collect()
    }

    /// A yrkande's motivation naming another kind (`en återremiss skulle
    /// försena ärendet`) does not turn it; points under `yrkar följande:`
    /// still say what it is.
    #[test]
    fn the_motivation_does_not_turn_a_yrkande() {
        for why in [
            "Hon menar att en återremiss skulle försena ärendet.",
            "Ett avslag vore olyckligt för verksamheten.",
        ] {
            let y = format!(
                "Anna Ek (S) yrkar bifall till förvaltningens förslag. {why}\nBo Lind (M) yrkar bifall till motionen."
            );
            assert_eq!(kinds(&y), [Approve, Own], "{why}");
        }
        assert_eq!(
            kinds("Bo Lind (M) yrkar följande:\n- att ärendet återremitteras till förvaltningen."),
            [ReferBack]
        );
    }
}
