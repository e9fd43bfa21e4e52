//! The outcomes view: per paragraph the proposals side by side with who
//! backed each, the procedure, the result, vote counts and reservations; per
//! party a chart and a paragraph × party matrix, each with a text alternative.

use justera::summary::{MeetingSummary, Stance};
use justera::{Actor, Ballot, Method, Paragraph, ProposalKind};
use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::Loaded;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub file: Loaded,
}

fn actors(by: &[Actor]) -> String {
    by.iter()
        .map(|a| {
            let mut s = a.name.clone();
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

fn kind_label(k: ProposalKind, lang: Lang) -> &'static str {
    match k {
        ProposalKind::Base => lang.t("Grundförslag", "Base proposal"),
        ProposalKind::Approve => lang.t("Bifall", "Approve"),
        ProposalKind::Reject => lang.t("Avslag", "Reject"),
        ProposalKind::Amend => lang.t("Ändring", "Amendment"),
        ProposalKind::Add => lang.t("Tillägg", "Addition"),
        ProposalKind::ReferBack => lang.t("Återremiss", "Refer back"),
        ProposalKind::Postpone => lang.t("Bordläggning", "Postpone"),
        ProposalKind::Own => lang.t("Eget förslag", "Own proposal"),
        ProposalKind::Nominate => lang.t("Nominering", "Nomination"),
    }
}

/// `i första hand`, `i andra hand`, `i tredje hand`.
fn hand_label(priority: u8, lang: Lang) -> String {
    let (sv, en) = match priority {
        1 => ("första", "first"),
        2 => ("andra", "second"),
        3 => ("tredje", "third"),
        _ => return lang.t("i senare hand", "lower priority").to_string(),
    };
    lang.t(&format!("{sv} hand"), &format!("{en} choice"))
        .to_string()
}

pub fn method_label(m: Method, lang: Lang) -> &'static str {
    match m {
        Method::Acclamation => lang.t("acklamation", "acclamation"),
        Method::Vote => lang.t("omröstning", "vote"),
        Method::Unopposed => lang.t("utan motförslag", "unopposed"),
        Method::Lot => lang.t("lottning", "lot"),
    }
}

fn ballot(b: Ballot, lang: Lang) -> &'static str {
    match b {
        Ballot::Yes => lang.t("Ja", "Yes"),
        Ballot::No => lang.t("Nej", "No"),
        Ballot::Abstain => lang.t("Avstår", "Abstains"),
        Ballot::Absent => lang.t("Frånvarande", "Absent"),
    }
}

fn proposal_name(p: &Paragraph, id: &str, lang: Lang) -> String {
    match p.proposals.iter().find(|x| x.id == id) {
        Some(x) if x.kind == ProposalKind::Base => x
            .source
            .clone()
            .unwrap_or_else(|| kind_label(x.kind, lang).to_string()),
        Some(x) if !x.by.is_empty() => format!("{} ({})", kind_label(x.kind, lang), actors(&x.by)),
        Some(x) => kind_label(x.kind, lang).to_string(),
        None => id.to_string(),
    }
}

/// The outcome of `p`, whose element id is `anchor` (`p12`).
fn paragraph_outcome(p: &Paragraph, anchor: &str, lang: Lang) -> Html {
    let adopted = p.outcome.as_ref().and_then(|o| o.adopted.clone());
    let label = p.label();
    // `o12-h`, `o12a-h`: the heading's id beside the paragraph's `p12`.
    let heading = format!("o{}-h", &anchor[1..]);
    html! {
        <section class="outcome" aria-labelledby={ heading.clone() }>
            <h4 id={ heading }>
                <a href={ format!("#{anchor}") }>{ &label }</a>{ " " }{ &p.title }
            </h4>
            if let Some(o) = &p.outcome {
                <p class="result">
                    <strong>{ lang.t("Resultat: ", "Result: ") }</strong>
                    { o.adopted.as_deref().map(|id| proposal_name(p, id, lang)).unwrap_or_else(|| lang.t("inte utläst", "not read").into()) }
                    { format!(" — {}", method_label(o.method, lang)) }
                    if o.contested { { format!(", {}", lang.t("omstridd", "contested")) } }
                    if let Some(m) = o.margin { { format!(", {} {m}", lang.t("marginal", "margin")) } }
                </p>
            }
            if !p.proposals.is_empty() {
                <ul class="proposals" aria-label={ lang.t("Förslag", "Proposals") }>
                    { for p.proposals.iter().map(|x| {
                        let won = adopted.as_deref() == Some(x.id.as_str());
                        html! {
                            <li class={ classes!("proposal", won.then_some("won")) }>
                                <p class="p-kind">
                                    { kind_label(x.kind, lang) }
                                    if let Some(pr) = x.priority { { format!(" ({})", hand_label(pr, lang)) } }
                                    if won { { " " }<span class="badge won">{ lang.t("bifallet", "adopted") }</span> }
                                </p>
                                if let Some(s) = &x.source { <p class="p-by">{ s }</p> }
                                if !x.by.is_empty() {
                                    <p class="p-by">
                                        { lang.t("Av: ", "By: ") }{ actors(&x.by) }
                                        if x.joint { { lang.t(" (gemensamt)", " (joint)") } }
                                    </p>
                                }
                                if !x.text.is_empty() { <p class="p-text">{ &x.text }</p> }
                            </li>
                        }
                    }) }
                </ul>
            }
            if !p.procedure.is_empty() {
                <h5>{ lang.t("Beslutsgång", "Procedure") }</h5>
                <ol class="procedure">
                    { for p.procedure.iter().map(|q| html! {
                        <li>
                            { q.between.iter().map(|id| proposal_name(p, id, lang)).collect::<Vec<_>>().join(lang.t(" mot ", " against ")) }
                            { format!(" — {}", method_label(q.method, lang)) }
                            if let Some(w) = &q.winner { { format!("; {} {}", lang.t("vann:", "won:"), proposal_name(p, w, lang)) } }
                        </li>
                    }) }
                </ol>
            }
            { for p.votes.iter().map(|v| html! {
                <div class="vote">
                    <h5>{ lang.t("Omröstning", "Vote") }</h5>
                    if let Some(y) = &v.yes_text { <p>{ lang.t("Ja: ", "Yes: ") }{ y }</p> }
                    if let Some(n) = &v.no_text { <p>{ lang.t("Nej: ", "No: ") }{ n }</p> }
                    <table class="counts-table">
                        <caption class="visually-hidden">{ format!("{} {label}", lang.t("Röster", "Votes")) }</caption>
                        <thead><tr>
                            <th scope="col">{ lang.t("Ja", "Yes") }</th>
                            <th scope="col">{ lang.t("Nej", "No") }</th>
                            <th scope="col">{ lang.t("Avstår", "Abstain") }</th>
                            <th scope="col">{ lang.t("Frånvarande", "Absent") }</th>
                        </tr></thead>
                        <tbody><tr>
                            { for [v.counts.yes, v.counts.no, v.counts.abstain, v.counts.absent].into_iter().map(|c| html! {
                                <td>{ c.map(|c| c.to_string()).unwrap_or_else(|| "–".into()) }</td>
                            }) }
                        </tr></tbody>
                    </table>
                    if v.casting_vote { <p>{ lang.t("Ordförandens utslagsröst avgjorde.", "The chair's casting vote decided.") }</p> }
                    if v.lot { <p>{ lang.t("Avgjordes genom lottning.", "Decided by lot.") }</p> }
                    if !v.roll_call.is_empty() {
                        <details>
                            <summary>{ format!("{} ({})", lang.t("Hur var och en röstade", "How each member voted"), v.roll_call.len()) }</summary>
                            <table class="roll-call">
                                <thead><tr>
                                    <th scope="col">{ lang.t("Namn", "Name") }</th>
                                    <th scope="col">{ lang.t("Parti", "Party") }</th>
                                    <th scope="col">{ lang.t("Röst", "Vote") }</th>
                                </tr></thead>
                                <tbody>
                                    { for v.roll_call.iter().map(|r| html! {
                                        <tr><th scope="row">{ &r.name }</th><td>{ r.party.clone().unwrap_or_default() }</td><td>{ ballot(r.vote, lang) }</td></tr>
                                    }) }
                                </tbody>
                            </table>
                        </details>
                    }
                </div>
            }) }
            if !p.reservations.is_empty() {
                <h5>{ lang.t("Reservationer", "Reservations") }</h5>
                <ul class="reservations">
                    { for p.reservations.iter().map(|r| html! {
                        <li>
                            { actors(&r.by) }
                            if let Some(f) = r.in_favour_of.as_deref().map(|id| proposal_name(p, id, lang)).or(r.in_favour_text.clone()) {
                                { format!(" — {} {f}", lang.t("till förmån för", "in favour of")) }
                            }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

/// The three series of the party chart: CSS class, word on the bar,
/// what it means.
fn series(lang: Lang) -> [(&'static str, &'static str, &'static str); 3] {
    [
        (
            "won",
            lang.t("vann", "won"),
            lang.t(
                "stödde förslaget som bifölls",
                "backed the proposal that was adopted",
            ),
        ),
        (
            "lost",
            lang.t("förlorade", "lost"),
            lang.t(
                "stödde bara förslag som föll",
                "backed only proposals that fell",
            ),
        ),
        (
            "reserved",
            lang.t("reserverade sig", "reserved"),
            lang.t(
                "reserverade sig mot beslutet",
                "reserved against the decision",
            ),
        ),
    ]
}

/// The fills of the three series: a colour and a pattern each (solid,
/// diagonal lines, dots), so the chart reads without colour too.
fn patterns() -> Html {
    html! {
        <defs>
            <pattern id="fill-won" width="6" height="6" patternUnits="userSpaceOnUse">
                <rect width="6" height="6" class="pat-won" />
            </pattern>
            <pattern id="fill-lost" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" class="pat-lost" />
                <rect width="2.5" height="6" class="pat-line" />
            </pattern>
            <pattern id="fill-reserved" width="6" height="6" patternUnits="userSpaceOnUse">
                <rect width="6" height="6" class="pat-reserved" />
                <circle cx="3" cy="3" r="1.3" class="pat-dot" />
            </pattern>
        </defs>
    }
}

/// A small sample of a series' fill, for the legend.
fn swatch(class: &str) -> Html {
    html! {
        <svg class="swatch" viewBox="0 0 18 12" width="18" height="12" aria-hidden="true" focusable="false">
            <rect width="18" height="12" fill={ format!("url(#fill-{class})") } class="bar-edge" />
        </svg>
    }
}

/// Horizontal bars per party, in the usual order: won, lost, reserved,
/// each with its count and word written beside it; the party's customary
/// colour only as a stripe by its name. The same numbers are a table one
/// click away.
fn party_chart(summary: &MeetingSummary, order: &[usize], lang: Lang) -> Html {
    let parties = &summary.parties;
    if parties.is_empty() {
        return html! {};
    }
    let max = parties
        .iter()
        .map(|p| p.won.max(p.lost).max(p.reserved))
        .max()
        .unwrap_or(0)
        .max(1);
    let bar_h = 14.0;
    let row_h = 3.0 * (bar_h + 3.0) + 10.0;
    let label_w = 44.0;
    let bar_w = 170.0;
    let width = label_w + bar_w + 124.0;
    let height = parties.len() as f64 * row_h + 4.0;
    let series = series(lang);
    html! {
        <figure class="chart" aria-labelledby="chart-caption">
            <figcaption id="chart-caption">
                <span class="chart-heading">{ lang.t("Hur det gick för varje parti i omstridda paragrafer", "How each party fared in contested paragraphs") }</span>
                <ul class="legend" aria-label={ lang.t("Teckenförklaring", "Legend") }>
                    { for series.iter().map(|(class, word, meaning)| html! {
                        <li>{ swatch(class) }<strong>{ *word }</strong>{ format!(": {meaning}") }</li>
                    }) }
                </ul>
            </figcaption>
            <svg viewBox={ format!("0 0 {width} {height}") } role="img"
                aria-labelledby="chart-title chart-desc" width={ width.to_string() } height={ height.to_string() }>
                <title id="chart-title">{ lang.t("Utfall per parti", "Outcomes per party") }</title>
                <desc id="chart-desc">{
                    order.iter().map(|&i| {
                        let p = &parties[i];
                        format!("{}: {} {}, {} {}, {} {}.", p.party, series[0].1, p.won, series[1].1, p.lost, series[2].1, p.reserved)
                    }).collect::<Vec<_>>().join(" ")
                }</desc>
                { patterns() }
                { for order.iter().enumerate().map(|(row, &i)| {
                    let p = &parties[i];
                    let y = row as f64 * row_h + 2.0;
                    let vals = [p.won, p.lost, p.reserved];
                    html! {
                        <g class="party-row">
                            if let Some(c) = crate::parties::colour(&p.party) {
                                <rect x="0" y={ y.to_string() } width="5" height={ (3.0 * (bar_h + 3.0) - 3.0).to_string() } fill={ c } />
                            }
                            <text x="10" y={ (y + 1.5 * (bar_h + 3.0) + 3.0).to_string() } class="chart-label">{ &p.party }</text>
                            { for vals.iter().enumerate().map(|(k, v)| {
                                let w = bar_w * (*v as f64) / (max as f64);
                                let yy = y + (k as f64) * (bar_h + 3.0);
                                html! {
                                    <>
                                        if *v > 0 {
                                            <rect x={ label_w.to_string() } y={ yy.to_string() } width={ w.to_string() } height={ bar_h.to_string() }
                                                fill={ format!("url(#fill-{})", series[k].0) } class="bar-edge" />
                                        }
                                        <text x={ (label_w + w + 5.0).to_string() } y={ (yy + bar_h - 2.5).to_string() } class="chart-value">
                                            { format!("{v} {}", series[k].1) }
                                        </text>
                                    </>
                                }
                            }) }
                        </g>
                    }
                }) }
            </svg>
            <details class="chart-table">
                <summary>{ lang.t("Visa siffrorna som tabell", "Show the numbers as a table") }</summary>
                <div class="table-wrap">
                    <table class="party-table">
                        <caption>{ lang.t("Utfall per parti (tabell)", "Outcomes per party (table)") }</caption>
                        <thead><tr>
                            <th scope="col">{ lang.t("Parti", "Party") }</th>
                            <th scope="col">{ lang.t("Yrkanden", "Proposed") }</th>
                            <th scope="col">{ lang.t("Stödde", "Backed") }</th>
                            <th scope="col">{ lang.t("Vann", "Won") }</th>
                            <th scope="col">{ lang.t("Förlorade", "Lost") }</th>
                            <th scope="col">{ lang.t("Reserverade sig", "Reserved") }</th>
                        </tr></thead>
                        <tbody>
                            { for order.iter().map(|&i| {
                                let p = &parties[i];
                                html! {
                                    <tr><th scope="row">{ &p.party }</th><td>{ p.proposed }</td><td>{ p.backed }</td><td>{ p.won }</td><td>{ p.lost }</td><td>{ p.reserved }</td></tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}

fn stance(s: Stance, lang: Lang) -> (&'static str, &'static str, &'static str) {
    match s {
        Stance::BackedWinner => (
            "✓",
            "winner",
            lang.t(
                "stödde det bifallna förslaget",
                "backed the adopted proposal",
            ),
        ),
        Stance::BackedLoser => (
            "✗",
            "loser",
            lang.t("stödde ett förslag som föll", "backed a losing proposal"),
        ),
        Stance::Reserved => ("R", "reserved", lang.t("reserverade sig", "reserved")),
        Stance::None => ("·", "none", lang.t("inget förslag", "no proposal")),
        Stance::Absent => ("", "absent", lang.t("ej tjänstgörande", "not serving")),
    }
}

/// The matrix of `summary`, each row linked to its paragraph by `ids`
/// (one per row).
fn matrix(summary: &MeetingSummary, ids: &[String], order: &[usize], lang: Lang) -> Html {
    // No party behind any proposal (association minutes): no columns.
    if summary.matrix.is_empty() || summary.parties.is_empty() {
        return html! {};
    }
    html! {
        <div class="table-wrap" role="region" aria-labelledby="matrix-caption" tabindex="0">
            <table class="matrix">
                <caption id="matrix-caption">{ lang.t("Omstridda paragrafer × partier", "Contested paragraphs × parties") }</caption>
                <thead><tr>
                    <th scope="col">{ "§" }</th>
                    { for order.iter().map(|&i| html! { <th scope="col">{ &summary.parties[i].party }</th> }) }
                </tr></thead>
                <tbody>
                    { for summary.matrix.iter().zip(ids).map(|(r, id)| html! {
                        <tr>
                            <th scope="row"><a href={ format!("#{id}") }>{ &r.label }</a>{ " " }<span class="m-title">{ &r.title }</span></th>
                            { for order.iter().filter_map(|&i| r.cells.get(i)).map(|c| {
                                let (sym, class, text) = stance(*c, lang);
                                html! { <td class={ classes!("stance", class) } title={ text }>
                                    <span aria-hidden="true">{ sym }</span><span class="visually-hidden">{ text }</span>
                                </td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="legend-text">{ lang.t(
                "✓ stödde det bifallna förslaget · ✗ stödde ett förslag som föll · R reserverade sig · · inget förslag · tomt: ej tjänstgörande",
                "✓ backed the adopted proposal · ✗ backed a losing proposal · R reserved · · no proposal · blank: not serving",
            ) }</p>
        </div>
    }
}

#[function_component(OutcomesView)]
pub fn outcomes_view(props: &Props) -> Html {
    let lang = props.lang;
    let doc = &props.file.data.doc;
    let summary = use_memo(props.file.id, {
        let data = props.file.data.clone();
        move |_| justera::summarize(&data.doc)
    });
    // Parties in the usual order (V, S, MP, C, L, KD, M, SD, others).
    let order = crate::parties::order(
        &summary
            .parties
            .iter()
            .map(|p| p.party.as_str())
            .collect::<Vec<_>>(),
    );
    // Each paragraph's id (`p12`, `p12-2` for a second `§ 12`), and each
    // matrix row's paragraph's.
    let ids = crate::anchor::ids(&doc.paragraphs);
    let row_ids = crate::anchor::in_order(
        &doc.paragraphs,
        &ids,
        summary
            .matrix
            .iter()
            .map(|r| (r.label.as_str(), r.title.as_str())),
    );
    let with_outcome: Vec<(&Paragraph, &String)> = doc
        .paragraphs
        .iter()
        .zip(&ids)
        .filter(|(p, _)| {
            !p.proposals.is_empty() || !p.votes.is_empty() || !p.reservations.is_empty()
        })
        .collect();
    html! {
        <div class="outcomes">
            <h3>{ lang.t("Utfall per parti", "Outcomes per party") }</h3>
            if summary.parties.is_empty() {
                <p>{ lang.t("Inga partier hittades bakom förslagen.", "No parties were found behind the proposals.") }</p>
            }
            { party_chart(&summary, &order, lang) }
            { matrix(&summary, &row_ids, &order, lang) }
            <h3>{ lang.t("Förslag och beslut", "Proposals and decisions") }
                <span class="count">{ format!(" ({})", with_outcome.len()) }</span></h3>
            if with_outcome.is_empty() {
                <p>{ lang.t("Inga yrkanden, omröstningar eller reservationer hittades.", "No proposals, votes or reservations were found.") }</p>
            }
            { for with_outcome.into_iter().map(|(p, id)| paragraph_outcome(p, id, lang)) }
        </div>
    }
}
