//! Source markup other than markdown: LaTeX and Typst headings, lists and
//! environments, read as the items markdown would give.

use super::item::{Item, ItemKind};
use super::lines::{strip_inline, trim_range};
use crate::model::Span;

/// The markup language a document was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Markup {
    /// Markdown, or plain text from a PDF (the common case).
    Markdown,
    Latex,
    Typst,
}

impl Markup {
    pub fn detect(src: &str) -> Markup {
        let head = &src[..floor_boundary(src, 20_000)];
        if head.contains("\\documentclass")
            || head.contains("\\begin{document}")
            || head.contains("\\section{")
        {
            return Markup::Latex;
        }
        let typst = head
            .lines()
            .filter(|l| {
                l.starts_with("#import ")
                    || l.starts_with("#set ")
                    || l.starts_with("#show")
                    || l.starts_with("#let ")
            })
            .count();
        if typst >= 1
            && head
                .lines()
                .any(|l| l.starts_with("= ") || l.starts_with("== "))
        {
            return Markup::Typst;
        }
        Markup::Markdown
    }
}

fn floor_boundary(s: &str, mut k: usize) -> usize {
    k = k.min(s.len());
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    k
}

/// `\\cmd*{content}` at the start of `t`: the command and the content's byte
/// range within `t` (to the matching brace on the same line).
fn latex_command(t: &str) -> Option<(&str, usize, usize)> {
    let rest = t.strip_prefix('\\')?;
    let n = rest.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    if n == 0 {
        return None;
    }
    let cmd = &rest[..n];
    let mut i = 1 + n;
    if t[i..].starts_with('*') {
        i += 1;
    }
    if t[i..].starts_with('[') {
        i += t[i..].find(']')? + 1;
    }
    if !t[i..].starts_with('{') {
        return Some((cmd, i, i));
    }
    let mut depth = 0;
    for (k, c) in t[i..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some((cmd, i + 1, i + k));
                }
            }
            _ => {}
        }
    }
    Some((cmd, i + 1, t.len()))
}

/// Remove LaTeX and Typst inline markup: `\\textbf{x}` → `x`, `#emph[x]` → `x`.
pub fn strip_source_markup(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut chars = t.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                // Drop the command name; keep its argument's text.
                let n = t[i + 1..]
                    .bytes()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                if n == 0 {
                    // `\\%`, `\\&`: an escaped character.
                    if let Some((_, e)) = chars.next() {
                        out.push(e);
                    }
                    continue;
                }
                for _ in 0..n {
                    chars.next();
                }
            }
            '{' | '}' | '[' | ']' | '~' => {
                if c == '~' {
                    out.push(' ');
                }
            }
            '%' if i == 0 || !t[..i].ends_with('\\') => break,
            _ => out.push(c),
        }
    }
    strip_inline(&out)
}

/// One line of LaTeX or Typst as an item, when it is markup the scanner
/// knows; `None` leaves it to the ordinary rules.
pub(super) fn source_markup(
    markup: Markup,
    src: &str,
    cs: usize,
    ce: usize,
    ln: usize,
) -> Option<Item<'_>> {
    let t = &src[cs..ce];
    let blank = || {
        Some(Item::new(
            ItemKind::Blank,
            String::new(),
            Span::new(cs, ce),
            ln,
            true,
        ))
    };
    match markup {
        Markup::Latex => {
            if t.starts_with('%') {
                return blank();
            }
            let (cmd, a, b) = latex_command(t)?;
            let level = match cmd {
                "part" | "chapter" | "section" => Some(1),
                "subsection" => Some(2),
                "subsubsection" => Some(3),
                "paragraph" => Some(4),
                _ => None,
            };
            let content = strip_source_markup(&t[a..b]);
            if let Some(l) = level {
                return Some(Item::new(
                    ItemKind::Heading(l),
                    content,
                    Span::new(cs + a, cs + b),
                    ln,
                    true,
                ));
            }
            match cmd {
                "newpage" | "clearpage" | "pagebreak" => Some(Item::new(
                    ItemKind::PageBreak,
                    String::new(),
                    Span::new(cs, ce),
                    ln,
                    true,
                )),
                "item" => {
                    let body = t[a..].trim_start();
                    let start = ce - body.len();
                    Some(Item::new(
                        ItemKind::ListItem(None),
                        strip_source_markup(body),
                        Span::new(start, ce),
                        ln,
                        true,
                    ))
                }
                "title" | "author" | "date" | "textbf" | "emph" | "textit" | "underline"
                    if !content.is_empty() =>
                {
                    let kind = if cmd == "textbf" && b + 1 >= t.len() {
                        ItemKind::Strong
                    } else {
                        ItemKind::Text
                    };
                    Some(Item::new(
                        kind,
                        content,
                        Span::new(cs + a, cs + b),
                        ln,
                        true,
                    ))
                }
                "begin" | "end" | "documentclass" | "usepackage" | "maketitle"
                | "tableofcontents" | "input" | "include" | "newcommand" | "renewcommand"
                | "setlength" | "vspace" | "hspace" | "noindent" | "centering" | "hline"
                | "label" => blank(),
                _ => None,
            }
        }
        Markup::Typst => {
            if t.starts_with("//") {
                return blank();
            }
            let eq = t.bytes().take_while(|&b| b == b'=').count();
            if (1..=6).contains(&eq) && t[eq..].starts_with(' ') {
                let (a, b) = trim_range(src, cs + eq, ce);
                return Some(Item::new(
                    ItemKind::Heading(eq as u8),
                    strip_source_markup(&src[a..b]),
                    Span::new(a, b),
                    ln,
                    true,
                ));
            }
            if t.starts_with("#pagebreak") {
                return Some(Item::new(
                    ItemKind::PageBreak,
                    String::new(),
                    Span::new(cs, ce),
                    ln,
                    true,
                ));
            }
            if t.starts_with("#import")
                || t.starts_with("#set ")
                || t.starts_with("#show")
                || t.starts_with("#let ")
            {
                return blank();
            }
            // Content blocks passed to a function, one per line:
            // `#attSatser(` / `[first point],` / `[second point]` / `)`.
            // Each block is a list item; a block running over lines goes on
            // as text; the brackets alone are nothing.
            let bare = t.trim_end_matches([',', ')', ' ']);
            let closes = bare.ends_with(']') && !bare.contains('[');
            // `[` alone on the line before opens the block too.
            let opened = src[..cs].trim_end().ends_with('[');
            if t.starts_with('[') || closes || opened {
                let inner = t.trim_start_matches('[');
                let inner = match inner.trim_end_matches([',', ')', ' ']).strip_suffix(']') {
                    Some(x) => x,
                    None => inner,
                }
                .trim();
                if inner.is_empty() {
                    return blank();
                }
                let a = cs + t.find(inner).unwrap_or(0);
                let kind = if t.starts_with('[') || opened {
                    ItemKind::ListItem(None)
                } else {
                    ItemKind::Text
                };
                return Some(Item::new(
                    kind,
                    strip_source_markup(inner),
                    Span::new(a, a + inner.len()),
                    ln,
                    true,
                ));
            }
            if t.trim_end_matches([',', ' ']) == ")" {
                return blank();
            }
            if let Some(rest) = t.strip_prefix('#') {
                // `#attSatser([ ... ])`: the content as text.
                let n = rest
                    .bytes()
                    .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.')
                    .count();
                let inner = strip_source_markup(&rest[n..])
                    .trim_matches(|c: char| c == '(' || c == ')' || c == ',' || c.is_whitespace())
                    .to_string();
                if inner.is_empty() {
                    return blank();
                }
                let block = rest[n..].trim_start_matches(['(', ' ']).starts_with('[');
                return Some(Item::new(
                    if block {
                        ItemKind::ListItem(None)
                    } else {
                        ItemKind::Text
                    },
                    inner,
                    Span::new(cs, ce),
                    ln,
                    true,
                ));
            }
            None
        }
        Markup::Markdown => None,
    }
}
