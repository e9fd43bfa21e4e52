//! A name in a paragraph that the attendance list does not have.
//!
//! ## What it does
//! Reports a person who makes a proposal, reserves, makes a statement or
//! declares jäv but is not in the attendance list under any spelling, and
//! names the closest attendee when there is one (`Per Nystrom`, did you
//! mean `Per Nyström`?). One-word names (parties, `Kristdemokraterna`) are
//! not persons and are left alone. When the attendance list was read from
//! a damaged layout (two columns flattened line by line, a table across a
//! page break, a list the text ends inside), the name may be the one the
//! reading lost: an `info`, "could not confirm", not a warning.
//!
//! ## Why is this bad?
//! Only those present can propose or reserve, and the protocol must show
//! who served. A name that matches nobody is a misspelling, a person left
//! out of the attendance list, or someone who was not there.
//!
//! ## Example
//! ```text
//! Ledamöter
//! Per Nyström (M)
//! ...
//! Per Nystrom (M) yrkar avslag.
//! ```
//! Use instead: `Per Nyström (M) yrkar avslag.`
//!
//! ## References
//! - Kommunallagen (2017:725) 5 kap. 66 § (who served, who proposed and
//!   reserved), 4 kap. 27 § (reservation); 6 kap. 35 § for nämnder.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use crate::diagnostic::{Diagnostic, Severity};
use crate::key_map::KeyHasher;
use crate::model::ProposalKind;
use crate::rules::names::Attendee;
use crate::rules::{report, unconfirmed, Context};

pub const CODE: &str = "unknown-person";
pub const SEVERITY: Severity = Severity::Warning;
/// The first line of the doc, in Swedish.
pub const SUMMARY_SV: &str = "Ett namn i en paragraf som närvarolistan inte har.";

/// Edit distance, or `None` when above `max` (bounded work per pair).
fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max || a.len() > 80 || b.len() > 80 {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

fn closest<'c>(cx: &'c Context, key: &str) -> Option<&'c Attendee<'c>> {
    cx.roster
        .iter()
        .filter_map(|a| distance(key, &a.key, 2).map(|d| (d, a)))
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a)
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !cx.is_protocol() || cx.doc.attendance.members.is_empty() {
        return;
    }
    // The keys reported, asked of every actor: hashed as the document's
    // names are.
    let mut seen: HashSet<String, BuildHasherDefault<KeyHasher>> = HashSet::default();
    // The genitives' keys, made in one buffer.
    let mut key = String::new();
    for p in &cx.doc.paragraphs {
        let actors = p
            .proposals
            .iter()
            .filter(|x| x.kind != ProposalKind::Base)
            .flat_map(|x| x.by.iter())
            .chain(p.reservations.iter().flat_map(|x| x.by.iter()))
            .chain(p.statements.iter().flat_map(|x| x.by.iter()))
            .chain(p.jav.iter().flat_map(|x| x.by.iter()));
        for a in actors {
            if out.len() >= crate::rules::MAX_PER_RULE {
                return;
            }
            if a.name.split_whitespace().count() < 2 {
                continue;
            }
            // A name reported already, or listed, is passed over before
            // the group's name is folded (`and_others`): every test before
            // the insertion into `seen` only reads, so their order changes
            // nothing but what is computed, and a name `seen` holds would
            // be passed over by its insertion anyway.
            let own = cx.key(&a.name);
            if seen.contains(&*own) || cx.is_listed_key(&own) {
                continue;
            }
            // `stödjer Johan Tolinssons yrkande`: a genitive names the attendee.
            // A party or group (`Kristdemokraterna`) is not a person.
            if a.group && !a.and_others() {
                continue;
            }
            // The name as written first: the genitive's key is made only
            // for a name the list does not hold.
            let mut genitive = || {
                a.name.strip_suffix('s').is_some_and(|n| {
                    crate::rules::names::name_key_into(n, &mut key);
                    cx.is_listed_key(&key)
                })
            };
            if genitive() || !seen.insert(own.into_owned()) {
                continue;
            }
            // A list read from a damaged layout may have lost the name:
            // at most an info then, as for every fact built on a guess.
            let d = match cx.serving_uncertain() {
                Some(how) => unconfirmed(
                    out,
                    CODE,
                    a.span,
                    how,
                    format!("{} i {} finns i närvarolistan", a.name, p.label()),
                    format!("{} in {} is in the attendance list", a.name, p.label()),
                ),
                None => report(
                    out,
                    CODE,
                    SEVERITY,
                    a.span,
                    format!("{} i {} finns inte i närvarolistan", a.name, p.label()),
                    format!("{} in {} is not in the attendance list", a.name, p.label()),
                ),
            };
            match closest(cx, &cx.key(&a.name)) {
                Some(c) => {
                    d.label(
                        c.person.span,
                        "liknande namn i närvarolistan",
                        "a similar name in the attendance list",
                    );
                    d.help(
                        format!("Menas {}? Stava namnet som i närvarolistan.", c.person.name),
                        format!(
                            "Is {} meant? Spell the name as in the attendance list.",
                            c.person.name
                        ),
                    );
                }
                None => {
                    d.help(
                        "Lägg till personen i närvarolistan eller rätta namnet.",
                        "Add the person to the attendance list or correct the name.",
                    );
                }
            }
        }
    }
}
