//! The check view: what the rules found, counted, filtered and grouped by
//! code, beside the source with line numbers and markers. Choosing a finding
//! scrolls the source to it and marks its exact span.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::hooks::use_progressive::use_progressive;
use crate::i18n::Lang;
use crate::state::Loaded;
use crate::text::{line_spans, markdown_blocks, split_marked};
use crate::work::{Done, Finding, Level};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub file: Loaded,
}

pub fn level_label(level: Level, lang: Lang) -> &'static str {
    match level {
        Level::Error => lang.t("Fel", "Error"),
        Level::Warning => lang.t("Varning", "Warning"),
        Level::Info => lang.t("Info", "Info"),
    }
}

fn level_plural(level: Level, n: usize, lang: Lang) -> String {
    let word = match (level, n == 1) {
        (Level::Error, _) => lang.t("fel", if n == 1 { "error" } else { "errors" }),
        (Level::Warning, true) => lang.t("varning", "warning"),
        (Level::Warning, false) => lang.t("varningar", "warnings"),
        (Level::Info, _) => lang.t("info", "info"),
    };
    format!("{n} {word}")
}

fn message(f: &Finding, lang: Lang) -> &str {
    lang.t(&f.message, &f.message_en)
}

/// Source lines drawn in one task.
const CHUNK: usize = 150;

#[derive(Properties)]
struct LinesProps {
    lang: Lang,
    data: Rc<Done>,
    /// The number of the first line.
    first: usize,
    lines: Vec<justera::Span>,
    /// Each line's most serious finding.
    levels: Vec<Option<Level>>,
    /// The chosen finding's places, where they touch these lines.
    marks: Vec<justera::Span>,
    /// The chosen finding's span, where it touches these lines.
    hit: Option<justera::Span>,
}

/// The same file's same lines and marks: not drawn again (the document is
/// not compared).
impl PartialEq for LinesProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && Rc::ptr_eq(&self.data, &other.data)
            && self.first == other.first
            && self.lines == other.lines
            && self.levels == other.levels
            && self.marks == other.marks
            && self.hit == other.hit
    }
}

/// Source lines, numbered, with markers and the chosen finding marked.
#[function_component(SourceLines)]
fn source_lines(props: &LinesProps) -> Html {
    let lang = props.lang;
    let src = props.data.text.as_str();
    let lines = props.lines.iter().zip(&props.levels).enumerate().map(|(i, (&span, &level))| {
        let n = props.first + i;
        let hit = props.hit.is_some_and(|s| s.start <= span.end && span.start < s.end.max(span.start + 1));
        html! {
            <li id={ format!("L{n}") } class={ classes!("line", level.map(|l| l.as_str()), hit.then_some("hit")) }>
                <span class="ln" aria-hidden="true">{ n }</span>
                if let Some(l) = level {
                    <span class="marker" title={ level_label(l, lang) }>
                        <span class="visually-hidden">{ level_label(l, lang) }{ ": " }</span>
                    </span>
                }
                <span class="code-text">
                    { for split_marked(src, span, &props.marks).into_iter().map(|(t, m)| if m {
                        html! { <mark>{ t.to_string() }</mark> }
                    } else {
                        html! { { t.to_string() } }
                    }) }
                </span>
            </li>
        }
    });
    html! { <>{ for lines }</> }
}

#[function_component(CheckView)]
pub fn check_view(props: &Props) -> Html {
    let lang = props.lang;
    let data = &props.file.data;
    let findings = props.file.findings();
    let levels = use_state(|| BTreeSet::from(Level::ALL));
    let code = use_state(|| None::<String>);
    let selected = use_state(|| None::<usize>);

    // A new file: nothing selected.
    {
        let selected = selected.clone();
        use_effect_with(props.file.id, move |_| selected.set(None));
    }
    // Bring the chosen finding's line into sight.
    use_effect_with(*selected, |sel| {
        if sel.is_some() {
            if let Some(el) = gloo::utils::document()
                .query_selector("#source mark")
                .ok()
                .flatten()
            {
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        }
    });

    let mut counts: BTreeMap<Level, usize> = BTreeMap::new();
    for f in findings {
        *counts.entry(f.severity).or_default() += 1;
    }
    let codes: BTreeSet<&str> = findings.iter().map(|f| f.code.as_str()).collect();
    let shown: Vec<(usize, &Finding)> = findings
        .iter()
        .enumerate()
        .filter(|(_, f)| levels.contains(&f.severity))
        .filter(|(_, f)| code.as_deref().is_none_or(|c| c == f.code))
        .collect();
    let mut groups: BTreeMap<&str, Vec<(usize, &Finding)>> = BTreeMap::new();
    for &(i, f) in &shown {
        groups.entry(f.code.as_str()).or_default().push((i, f));
    }
    let mut groups: Vec<_> = groups.into_iter().collect();
    groups.sort_by_key(|(_, fs)| std::cmp::Reverse(fs.iter().map(|(_, f)| f.severity).max()));

    let on_code = {
        let code = code.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let v = select.value();
            code.set((!v.is_empty()).then_some(v));
        })
    };
    let chosen = selected.and_then(|i| findings.get(i));
    // Where each finding is in the Word or PDF file the user opened (line
    // numbers are the decoded text's): the page and the headings above it.
    let original = data.doc.source.as_ref().is_some_and(|s| {
        matches!(
            s.format,
            justera::input::Format::Docx | justera::input::Format::Pdf
        )
    });
    let places = original.then(|| justera::place::Places::new(&data.doc));

    // The source, line by line, with markers.
    let src = data.text.as_str();
    let mut line_marks: BTreeMap<usize, Level> = BTreeMap::new();
    for f in findings {
        let e = line_marks.entry(f.line).or_insert(f.severity);
        *e = (*e).max(f.severity);
        for r in &f.repeats {
            let e = line_marks
                .entry(justera::line_col(src, r.start).0)
                .or_insert(f.severity);
            *e = (*e).max(f.severity);
        }
    }
    let marks: Vec<justera::Span> = chosen
        .map(|f| {
            let mut m = vec![f.span];
            m.extend(f.labels.iter().map(|l| l.span));
            m.extend(f.repeats.iter().copied());
            m.sort();
            m
        })
        .unwrap_or_default();
    // The source in slices of CHUNK lines, drawn a slice per task; the
    // chosen finding's places are drawn at once, with all lines before them.
    let lines = line_spans(src);
    let hit = chosen.map(|f| {
        if f.span.is_empty() {
            justera::Span::new(f.span.start, f.span.start + 1)
        } else {
            f.span
        }
    });
    let chunks = lines.len().div_ceil(CHUNK);
    let key = Rc::as_ptr(data) as usize;
    let mut shown = use_progressive(key, chunks, 1, 1);
    if let Some(last) = marks.iter().map(|m| m.start).max() {
        let line = lines.partition_point(|l| l.end < last);
        shown = shown.max((line / CHUNK + 1).min(chunks));
    }
    let source = (0..shown).map(|c| {
        let (from, to) = (c * CHUNK, ((c + 1) * CHUNK).min(lines.len()));
        let range = justera::Span::new(lines[from].start, lines[to - 1].end);
        let touches =
            |s: &justera::Span| s.start <= range.end && range.start < s.end.max(s.start + 1);
        html! {
            <SourceLines key={ c } {lang} data={ data.clone() } first={ from + 1 }
                lines={ lines[from..to].to_vec() }
                levels={ (from + 1..=to).map(|n| line_marks.get(&n).copied()).collect::<Vec<_>>() }
                marks={ marks.iter().copied().filter(|m| touches(m)).collect::<Vec<_>>() }
                hit={ hit.filter(|h| touches(h)) } />
        }
    });

    html! {
        <div class="check">
            <div class="panel">
                <h3>{ lang.t("Granskning", "Check") }</h3>
                <p class="counts" role="status">
                    if props.file.check_failed {
                        <span class="check-failed">{ lang.t(
                            "Granskningen misslyckades: ett fel i Justera stoppade reglerna. Öppna filen igen för att granska den på nytt.",
                            "The check failed: a bug in Justera stopped the rules. Open the file again to check it anew.",
                        ) }</span>
                    } else if !props.file.checked() {
                        <span class="checking">{ lang.t("Granskar…", "Checking…") }</span>
                    } else if findings.is_empty() {
                        { lang.t("Inga anmärkningar.", "Nothing found.") }
                    } else {
                        { Level::ALL.iter().map(|&l| level_plural(l, counts.get(&l).copied().unwrap_or(0), lang)).collect::<Vec<_>>().join(", ") }
                    }
                </p>
                <fieldset class="filters">
                    <legend>{ lang.t("Visa", "Show") }</legend>
                    { for Level::ALL.iter().map(|&l| {
                        let levels = levels.clone();
                        let on = levels.contains(&l);
                        html! {
                            <label class={ classes!("level-filter", l.as_str()) }>
                                <input type="checkbox" checked={ on } data-level={ l.as_str() }
                                    onchange={ Callback::from(move |_| {
                                        let mut next = (*levels).clone();
                                        if !next.remove(&l) { next.insert(l); }
                                        levels.set(next);
                                    }) } />
                                { format!(" {} ({})", level_label(l, lang), counts.get(&l).copied().unwrap_or(0)) }
                            </label>
                        }
                    }) }
                    <label class="code-filter">
                        { lang.t("Regel ", "Rule ") }
                        <select onchange={ on_code } id="code-filter">
                            <option value="" selected={ code.is_none() }>{ lang.t("alla", "all") }</option>
                            { for codes.iter().map(|c| html! {
                                <option value={ c.to_string() } selected={ code.as_deref() == Some(*c) }>{ *c }</option>
                            }) }
                        </select>
                    </label>
                </fieldset>
                { for groups.iter().map(|(c, fs)| {
                    let doc = props.file.rules().iter().find(|r| r.code == *c);
                    // The one-liner in the UI's language; the rule's longer doc is in English.
                    let summary = doc
                        .and_then(|d| markdown_blocks(lang.t(&d.summary_sv, &d.doc)).into_iter().next())
                        .map(|(_, s)| s);
                    html! {
                        <section class="group" aria-label={ c.to_string() }>
                            <h4><code>{ *c }</code>{ format!(" ({})", fs.len()) }</h4>
                            if let Some(s) = summary { <p class="rule-summary">{ s }</p> }
                            if let Some(d) = doc {
                                <details class="rule-doc">
                                    <summary>{ lang.t("Varför? Lagrum och exempel", "Why? Statute and example") }</summary>
                                    // Written in English: marked so for screen readers.
                                    <div lang={ (lang == Lang::Sv).then_some("en") }>
                                        { for markdown_blocks(&d.doc).into_iter().skip(1).map(|(h, t)| if h {
                                            html! { <h5>{ t }</h5> }
                                        } else {
                                            html! { <p>{ t }</p> }
                                        }) }
                                    </div>
                                </details>
                            }
                            <ol class="findings">
                                { for fs.iter().map(|&(i, f)| {
                                    let selected_now = *selected == Some(i);
                                    let sel = selected.clone();
                                    html! {
                                        <li class={ classes!("finding", f.severity.as_str(), selected_now.then_some("selected")) }>
                                            <button type="button" class="finding-button" aria-pressed={ selected_now.to_string() }
                                                onclick={ Callback::from(move |_| sel.set(Some(i))) }>
                                                <span class={ classes!("sev", f.severity.as_str()) }>{ level_label(f.severity, lang) }</span>
                                                <span class="where">{ format!("{} {}:{}", lang.t("rad", "line"), f.line, f.column) }</span>
                                                if let Some(p) = places.as_ref().and_then(|ps| ps.at(f.span.start).describe(lang == Lang::Sv)) {
                                                    <span class="where place">{ p }</span>
                                                }
                                                <span class="msg">{ message(f, lang) }</span>
                                            </button>
                                            if selected_now {
                                                <div class="detail">
                                                    if let Some(h) = lang.t(f.help.as_deref().unwrap_or(""), f.help_en.as_deref().unwrap_or("")).strip_prefix("").filter(|h| !h.is_empty()) {
                                                        <p class="help">{ h.to_string() }</p>
                                                    }
                                                    if !f.repeats.is_empty() {
                                                        <p class="repeats">{ format!("{} {}: ", f.repeats.len() + 1, lang.t("ställen, även rad", "places, also line")) }
                                                            { f.repeats.iter().map(|r| justera::line_col(src, r.start).0.to_string()).collect::<Vec<_>>().join(", ") }
                                                        </p>
                                                    }
                                                    { for f.labels.iter().map(|l| html! {
                                                        <p class="label-note">{ format!("{} {}: ", lang.t("Se rad", "See line"), justera::line_col(src, l.span.start).0) }{ lang.t(&l.message, &l.message_en) }</p>
                                                    }) }
                                                </div>
                                            }
                                        </li>
                                    }
                                }) }
                            </ol>
                        </section>
                    }
                }) }
            </div>
            <div class="source-wrap" role="region" aria-label={ lang.t("Källtext", "Source") } tabindex="0">
                <ol class="source" id="source">{ for source }</ol>
            </div>
        </div>
    }
}
