//! Footnotes, endnotes and comments, and the revision marks of the body
//! turned into [`Note`]s with spans in the rendered text.

use std::collections::HashMap;

use quick_xml::events::Event;

use super::super::{ChangeKind, InputError, Note};
use super::blocks::Ev;
use super::common::{corrupt, MARK_CLOSE, MARK_OPEN};
use super::package::{attr, reader};
use crate::Span;

/// Notes listed one by one; past this only totals are given.
const MAX_LISTED: usize = 200;

pub(super) struct Aside {
    pub(super) id: String,
    pub(super) author: Option<String>,
    pub(super) text: String,
}

/// The plain text of each `<w:footnote>` / `<w:endnote>` / `<w:comment>`.
pub(super) fn notes_part(xml: Option<&str>, container: &str) -> Result<Vec<Aside>, InputError> {
    let mut out = Vec::new();
    let Some(xml) = xml else { return Ok(out) };
    let mut reader = reader(xml);
    let mut current: Option<Aside> = None;
    let mut in_t = false;
    loop {
        match reader.read_event().map_err(corrupt)? {
            Event::Start(e) => match e.local_name().as_ref() {
                name if name == container => {
                    let separator = attr(&e, "type").is_some_and(|t| t != "normal");
                    current = (!separator).then(|| Aside {
                        id: attr(&e, "id").unwrap_or_default(),
                        author: attr(&e, "author"),
                        text: String::new(),
                    });
                }
                "t" => in_t = true,
                "p" | "br" | "tab" => {
                    if let Some(a) = current.as_mut() {
                        if !a.text.is_empty() && !a.text.ends_with(' ') {
                            a.text.push(' ');
                        }
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                name if name == container => {
                    if let Some(mut a) = current.take() {
                        a.text = a.text.split_whitespace().collect::<Vec<_>>().join(" ");
                        out.push(a);
                    }
                }
                "t" => in_t = false,
                _ => {}
            },
            Event::Text(t) if in_t => {
                if let Some(a) = current.as_mut() {
                    a.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_t => {
                if let Some(a) = current.as_mut() {
                    a.text.push_str(&entity(&r));
                }
            }
            Event::Eof => return Ok(out),
            _ => {}
        }
    }
}

pub(super) fn entity(r: &quick_xml::events::BytesRef) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    let name = r.xml10_content();
    quick_xml::escape::resolve_predefined_entity(&name)
        .unwrap_or("")
        .to_string()
}

/// Remove markers; return the clean text and each event's byte offset in it.
pub(super) fn strip_markers(s: &str) -> (String, HashMap<usize, usize>) {
    let mut out = String::with_capacity(s.len());
    let mut positions = HashMap::new();
    let mut rest = s;
    while let Some(i) = rest.find(MARK_OPEN) {
        out.push_str(&rest[..i]);
        let after = &rest[i + MARK_OPEN.len_utf8()..];
        match after
            .find(MARK_CLOSE)
            .and_then(|j| Some((after[..j].parse::<usize>().ok()?, j)))
        {
            Some((idx, j)) => {
                positions.insert(idx, out.len());
                rest = &after[j + MARK_CLOSE.len_utf8()..];
            }
            None => rest = after,
        }
    }
    out.push_str(rest);
    (out, positions)
}

/// Where a comment's range starts and ends, and where its reference mark is.
pub(super) type Anchor = (Option<usize>, Option<usize>, Option<usize>);

pub(super) fn revision_notes(
    text: &str,
    events: &[Ev],
    positions: &HashMap<usize, usize>,
    comments: &[Aside],
) -> Vec<Note> {
    let mut notes: Vec<Note> = Vec::new();
    let mut changes = 0usize;
    let mut open_ins: Option<(usize, Option<String>)> = None;
    let mut comment_at: HashMap<&str, Anchor> = HashMap::new();
    for (i, ev) in events.iter().enumerate() {
        let Some(&pos) = positions.get(&i) else {
            continue;
        };
        match ev {
            Ev::InsStart(author) => open_ins = Some((pos, author.clone())),
            Ev::InsEnd => {
                let Some((start, author)) = open_ins.take() else {
                    continue;
                };
                // Unbalanced or misnested marks (a broken file) can end an
                // insertion before it starts: take the two ends in order.
                let (start, pos) = (start.min(pos), start.max(pos));
                // Word splits one insertion over many runs: join them.
                if let Some(Note::TrackedChange {
                    change: ChangeKind::Insertion,
                    author: a,
                    span,
                    text: t,
                }) = notes.last_mut()
                {
                    if *a == author && span.end == start && span.start <= pos {
                        span.end = pos;
                        *t = text[span.start..pos].to_string();
                        continue;
                    }
                }
                changes += 1;
                notes.push(Note::TrackedChange {
                    change: ChangeKind::Insertion,
                    author,
                    text: text[start..pos].to_string(),
                    span: Span { start, end: pos },
                });
            }
            Ev::Del {
                author,
                text: deleted,
            } => {
                if let Some(Note::TrackedChange {
                    change: ChangeKind::Deletion,
                    author: a,
                    span,
                    text: t,
                }) = notes.last_mut()
                {
                    if a == author && span.start == pos {
                        t.push_str(deleted);
                        continue;
                    }
                }
                changes += 1;
                notes.push(Note::TrackedChange {
                    change: ChangeKind::Deletion,
                    author: author.clone(),
                    text: deleted.clone(),
                    span: Span {
                        start: pos,
                        end: pos,
                    },
                });
            }
            Ev::Fmt(author) => {
                changes += 1;
                notes.push(Note::TrackedChange {
                    change: ChangeKind::Formatting,
                    author: author.clone(),
                    text: String::new(),
                    span: Span {
                        start: pos,
                        end: pos,
                    },
                });
            }
            Ev::CommentStart(id) => comment_at.entry(id).or_default().0 = Some(pos),
            Ev::CommentEnd(id) => comment_at.entry(id).or_default().1 = Some(pos),
            Ev::CommentRef(id) => comment_at.entry(id).or_default().2 = Some(pos),
        }
    }
    for c in comments {
        let (s, e, r) = comment_at.get(c.id.as_str()).copied().unwrap_or_default();
        let start = s.or(r).unwrap_or(0);
        let end = e.or(r).unwrap_or(start).max(start);
        notes.push(Note::Comment {
            author: c.author.clone(),
            text: c.text.clone(),
            span: Span { start, end },
        });
    }
    if notes.len() > MAX_LISTED {
        notes.truncate(MAX_LISTED);
        notes.push(Note::MoreRevisions {
            changes,
            comments: comments.len(),
        });
    }
    notes
}
