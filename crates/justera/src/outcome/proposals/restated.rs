//! A yrkande that says in its own words what the proposal put to the
//! meeting says (`Lena Falk (S) yrkar att motionen ska anses besvarad`
//! under `Förslag till beslut` / `Kommunstyrelsen föreslår att motionen
//! ska anses besvarad`): an approval of that proposal, not one of its own.

use super::super::text::{lower, name_key};
use crate::model::{Proposal, ProposalKind};

/// What a text proposes: from its first word `att` to its end, in lower
/// case, its words joined by single spaces, without the closing stop;
/// none without `att`, or when fewer than three words follow it.
fn clauses(text: &str) -> Option<String> {
    let low = lower(text);
    let mut words = low.split_whitespace().skip_while(|w| *w != "att");
    let mut out = String::from(words.next()?);
    let mut n = 0;
    for w in words {
        out.push(' ');
        out.push_str(w);
        n += 1;
    }
    let out = out.trim_end_matches(['.', ',', ';', ':']).to_string();
    (n >= 3).then_some(out)
}

/// Each of `out`'s proposals of its own (not one in a second hand, nor
/// one naming whose proposal it backs) whose clauses are those of the
/// proposal put (`put`, its text) approves it: it joins the approval
/// already moved, or becomes it. The proposals are then numbered again,
/// in their order.
pub(super) fn approve_restated(out: &mut Vec<Proposal>, put: &str) {
    let Some(want) = clauses(put) else {
        return;
    };
    let restates = |x: &Proposal| {
        x.kind == ProposalKind::Own
            && x.priority.is_none()
            && x.source.is_none()
            && clauses(&x.text).as_deref() == Some(want.as_str())
    };
    if !out.iter().any(restates) {
        return;
    }
    let mut k = 0;
    while k < out.len() {
        if !restates(&out[k]) {
            k += 1;
            continue;
        }
        match out.iter().position(|y| y.kind == ProposalKind::Approve) {
            Some(a) => {
                let by = out.remove(k).by;
                let a = if a > k { a - 1 } else { a };
                for m in by {
                    if !out[a]
                        .by
                        .iter()
                        .any(|b| name_key(&b.name) == name_key(&m.name))
                    {
                        out[a].by.push(m);
                    }
                }
                out[a].joint = out[a].by.len() > 1;
            }
            None => {
                out[k].kind = ProposalKind::Approve;
                k += 1;
            }
        }
    }
    for (n, x) in out.iter_mut().enumerate() {
        x.id = format!("p{}", n + 1);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::ProposalKind::{self, *};

    /// The kinds of a paragraph's proposals and their movers, the base's
    /// text put under `Förslag till beslut` and the yrkanden as written.
    fn read(put: &str, yrkanden: &str) -> Vec<(ProposalKind, Vec<String>)> {
        let src = format!(
            "§ 141 Motion om simskola\n\nFörslag till beslut\n{put}\n\nYrkanden\n{yrkanden}\n\nBeslut\nMotionen anses besvarad.\n"
        );
        crate::parse(&src).paragraphs[0]
            .proposals
            .iter()
            .map(|x| (x.kind, x.by.iter().map(|a| a.name.clone()).collect()))
            .collect()
    }

    #[test]
    fn a_yrkande_saying_what_the_proposal_put_says_approves_it() {
        let put = "Kommunstyrelsen föreslår att motionen ska anses besvarad.";
        assert_eq!(
            read(
                put,
                "Lena Falk (S) yrkar att motionen ska anses besvarad.\nEva Rask (V) yrkar bifall till motionen."
            ),
            [
                (Base, vec![]),
                (Approve, vec!["Lena Falk".to_string()]),
                (Own, vec!["Eva Rask".to_string()])
            ]
        );
        // Beside an approval already moved: one approval, both movers.
        assert_eq!(
            read(
                put,
                "Ola Ek (M) yrkar bifall till kommunstyrelsens förslag.\nEva Rask (V) yrkar bifall till motionen.\nLena Falk (S) yrkar att motionen  ska anses\nbesvarad."
            ),
            [
                (Base, vec![]),
                (Approve, vec!["Ola Ek".to_string(), "Lena Falk".to_string()]),
                (Own, vec!["Eva Rask".to_string()])
            ]
        );
    }

    #[test]
    fn a_yrkande_saying_something_else_stays_its_own() {
        let put = "Kommunstyrelsen föreslår att motionen ska anses besvarad.";
        for other in [
            "Lena Falk (S) yrkar att motionen ska bifallas.",
            "Lena Falk (S) yrkar att motionen ska anses besvarad och att en utredning görs.",
            "Lena Falk (S) yrkar att kommunfullmäktige beslutar att motionen ska anses besvarad.",
        ] {
            assert_eq!(
                read(put, other),
                [(Base, vec![]), (Own, vec!["Lena Falk".to_string()])],
                "{other}"
            );
        }
    }

    #[test]
    fn clauses_run_from_att_to_the_end() {
        assert_eq!(
            super::clauses("Nämnden föreslår att  motionen ska anses\nbesvarad.").as_deref(),
            Some("att motionen ska anses besvarad")
        );
        assert_eq!(super::clauses("Motionen anses besvarad."), None);
        assert_eq!(super::clauses("yrkar att avslå"), None);
    }
}
