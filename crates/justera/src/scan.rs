//! First pass: the text as a flat list of logical items over lines.
//!
//! An item is a heading, a bold label, a line of text, a list item, a table
//! row, a page marker or a blank line, with its markup stripped and its span
//! (the content without markup) into the source. Conversion damage is undone
//! here: `**§ 17****Title**` is two items; bold that runs across a line break
//! is one item.

use crate::model::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    Blank,
    /// A `#` heading of the given level.
    Heading(u8),
    /// A segment in bold that starts a line.
    Strong,
    Text,
    /// A list item; `Some(n)` for `n.` numbered ones.
    ListItem(Option<u32>),
    TableRow,
    /// `|---|---|` under a table header.
    TableRule,
    /// `---` or `***`.
    Rule,
    /// `<!-- sida 3 -->`, a form feed: a page break left by the conversion.
    PageBreak,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub kind: ItemKind,
    /// The content without markup.
    pub text: String,
    /// The content's span (for a table row, the whole row).
    pub span: Span,
    /// 0-based physical line the item starts on.
    pub line: usize,
    /// The first item of its physical line.
    pub line_start: bool,
    /// Spaces before the content on its line (0 for markup-led items).
    pub indent: usize,
    /// The page header or footer repeated at page breaks.
    pub furniture: bool,
    /// Table cells (for table rows).
    pub cells: Vec<(String, Span)>,
}

impl Item {
    fn new(kind: ItemKind, text: String, span: Span, line: usize, line_start: bool) -> Item {
        Item {
            kind,
            text,
            span,
            line,
            line_start,
            indent: 0,
            furniture: false,
            cells: Vec::new(),
        }
    }

    /// Headings and bold labels: what a human sees as a heading.
    pub fn is_heading_like(&self) -> bool {
        matches!(self.kind, ItemKind::Heading(_) | ItemKind::Strong)
    }

    pub fn is_blank(&self) -> bool {
        self.kind == ItemKind::Blank
    }
}

/// Physical lines: (start, end without the line break) byte offsets.
pub fn lines(src: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = src.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push((start, i));
                start = i + 1;
            }
            b'\r' => {
                out.push((start, i));
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push((start, bytes.len()));
    }
    out
}

/// Trim ASCII and Unicode white space off a range; returns the trimmed range.
fn trim_range(src: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &src[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return (start, start);
    }
    (start + lead, end - trail)
}

/// Remove inline markup from a piece of text: `**`, `__`, `*x*`, `<b>`,
/// `<br>` (as a space), a trailing `\`.
pub fn strip_inline(s: &str) -> String {
    if !s.bytes().any(|b| matches!(b, b'*' | b'_' | b'<' | b'\\')) {
        return collapse_ws(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("**") || rest.starts_with("__") {
            rest = &rest[2..];
            continue;
        }
        if c == '<' {
            let lower: String = rest.chars().take(6).collect::<String>().to_lowercase();
            let tags = [
                "<br>", "<br/>", "<br />", "<b>", "</b>", "<i>", "</i>", "<u>", "</u>",
            ];
            if let Some(t) = tags.iter().find(|t| lower.starts_with(**t)) {
                if t.starts_with("<br") {
                    out.push(' ');
                }
                rest = &rest[t.len()..];
                continue;
            }
        }
        if c == '*' && !rest[1..].starts_with(' ') {
            // Emphasis marker; a lone `*` before a space is text.
            rest = &rest[1..];
            continue;
        }
        if c == '\\' && rest.len() == 1 {
            break;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    collapse_ws(&out)
}

/// Collapse runs of white space to one space and trim.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn is_rule(t: &str) -> bool {
    let t = t.trim();
    t.len() >= 3
        && (t.chars().all(|c| c == '-')
            || t.chars().all(|c| c == '*')
            || t.chars().all(|c| c == '_'))
}

fn is_table_rule(t: &str) -> bool {
    let t = t.trim();
    t.starts_with('|') && t.contains('-') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

fn is_page_break(t: &str) -> bool {
    let t = t.trim();
    if t.contains('\u{c}') {
        return true;
    }
    if let Some(inner) = t.strip_prefix("<!--").and_then(|r| r.strip_suffix("-->")) {
        let inner = inner.trim().to_lowercase();
        return inner.starts_with("sida")
            || inner.starts_with("page")
            || inner.starts_with("pagebreak");
    }
    false
}

/// `- x`, `* x`, `• x`, `1. x`, `1) x`: the marker's length and number.
fn list_marker(t: &str) -> Option<(usize, Option<u32>)> {
    for m in ["- ", "* ", "• ", "– ", "+ "] {
        if t.starts_with(m) {
            return Some((m.len(), None));
        }
    }
    let digits = t.bytes().take_while(|b| b.is_ascii_digit()).count();
    if (1..=3).contains(&digits) {
        let after = &t[digits..];
        if after.starts_with(". ") || after.starts_with(") ") {
            return Some((digits + 2, t[..digits].parse().ok()));
        }
    }
    None
}

/// Split a table row into cells with spans (pipes, or tabs).
fn cells(src: &str, start: usize, end: usize, sep: char) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    let line = &src[start..end];
    let mut offset = 0;
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    for (i, c) in line.char_indices() {
        if c == sep {
            pieces.push((offset, i));
            offset = i + c.len_utf8();
        }
    }
    pieces.push((offset, line.len()));
    if sep == '|' {
        // Leading and trailing pipes make empty outer pieces.
        if line.trim_start().starts_with('|') && !pieces.is_empty() {
            pieces.remove(0);
        }
        if line.trim_end().ends_with('|') && !pieces.is_empty() {
            pieces.pop();
        }
    }
    for (a, b) in pieces {
        let (a, b) = trim_range(src, start + a, start + b);
        out.push((strip_inline(&src[a..b]), Span::new(a, b)));
    }
    out
}

/// The scanner's state across lines: an unclosed bold segment.
struct Open {
    start: usize,
    text: String,
    line: usize,
    line_start: bool,
    kind: ItemKind,
}

/// Scan the text into items.
pub fn scan(src: &str) -> Vec<Item> {
    let lines = lines(src);
    let markup = Markup::detect(src);
    let mut items: Vec<Item> = Vec::with_capacity(lines.len());
    let mut open: Option<Open> = None;
    // Depth inside quoting environments: headings quoted there are text.
    let mut quoted = 0usize;
    for (ln, &(ls, le)) in lines.iter().enumerate() {
        let (mut cs, ce) = trim_range(src, ls, le);
        // `\fKommunstyrelsen  PROTOKOLL 2 (6)`: a PDF page break (form feed)
        // glued to the first line of the next page.
        if let Some(ff) = src[ls..le].find('\u{c}') {
            let at = ls + ff;
            if src[at + 1..le].trim().is_empty() {
                // The whole line is a page break: handled below.
            } else if src[ls..at].trim().is_empty() && open.is_none() {
                items.push(Item::new(
                    ItemKind::PageBreak,
                    String::new(),
                    Span::new(at, at + 1),
                    ln,
                    true,
                ));
                cs = trim_range(src, at + 1, ce).0;
            }
        }
        let t = &src[cs..ce];
        if markup != Markup::Markdown && open.is_none() {
            if markup == Markup::Latex {
                let envs = |prefix: &str| {
                    t.match_indices(prefix)
                        .filter(|(k, _)| {
                            let name = &t[k + prefix.len()..];
                            ["quote", "displayquote", "quotation", "verbatim", "comment"]
                                .iter()
                                .any(|e| name.starts_with(&format!("{e}}}")))
                        })
                        .count()
                };
                quoted = (quoted + envs("\\begin{")).saturating_sub(envs("\\end{"));
            }
            if let Some(mut it) = source_markup(markup, src, cs, ce, ln) {
                if quoted > 0 && matches!(it.kind, ItemKind::Heading(_)) {
                    it.kind = ItemKind::Text;
                }
                items.push(it);
                continue;
            }
        }
        if t.is_empty() {
            if let Some(o) = open.take() {
                // A bold run never crosses a blank line: close it as text.
                let span = Span::new(o.start, item_end(&items, o.start));
                items.push(Item::new(
                    o.kind,
                    collapse_ws(&o.text),
                    span,
                    o.line,
                    o.line_start,
                ));
            }
            items.push(Item::new(
                ItemKind::Blank,
                String::new(),
                Span::new(ls, le),
                ln,
                true,
            ));
            continue;
        }
        if let Some(o) = open.take() {
            // Continue the open bold segment on this line.
            if let Some(close) = t.find("**") {
                let text = format!("{} {}", o.text, &t[..close]);
                let end = trim_range(src, cs, cs + close).1.max(o.start);
                items.push(Item::new(
                    o.kind,
                    strip_inline(&text),
                    Span::new(o.start, end),
                    o.line,
                    o.line_start,
                ));
                scan_segments(
                    src,
                    cs + close + 2,
                    ce,
                    ln,
                    false,
                    ItemKind::Strong,
                    &mut items,
                    &mut open,
                );
                continue;
            }
            if ln < o.line + 4 && !t.starts_with(['#', '|', '-', '*']) {
                // Still inside the bold run: a title broken over several lines.
                open = Some(Open {
                    text: format!("{} {}", o.text, t),
                    ..o
                });
                continue;
            }
            items.push(Item::new(
                o.kind,
                strip_inline(&o.text),
                Span::new(o.start, cs),
                o.line,
                o.line_start,
            ));
        }
        let indent = cs - ls;
        // Lines that are only markup: a page break, a table's rule, a rule.
        let marker = if is_page_break(t) {
            Some(ItemKind::PageBreak)
        } else if is_table_rule(t) {
            Some(ItemKind::TableRule)
        } else if is_rule(t) {
            Some(ItemKind::Rule)
        } else {
            None
        };
        if let Some(kind) = marker {
            items.push(Item::new(kind, String::new(), Span::new(cs, ce), ln, true));
            continue;
        }
        if t.starts_with('|') {
            let mut it = Item::new(
                ItemKind::TableRow,
                String::new(),
                Span::new(cs, ce),
                ln,
                true,
            );
            it.cells = cells(src, cs, ce, '|');
            it.text = it
                .cells
                .iter()
                .map(|c| c.0.as_str())
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            items.push(it);
            continue;
        }
        // Tab-separated cells, but a `#` heading with a tab in it (`# § 15
        // <tab> Title`, as templates set a number and its title) is a heading.
        if t.contains('\t') && !t.trim_end_matches('\t').is_empty() && !t.starts_with('#') {
            let c = cells(src, cs, ce, '\t');
            if c.iter().filter(|c| !c.0.is_empty()).count() >= 2 {
                let mut it = Item::new(
                    ItemKind::TableRow,
                    String::new(),
                    Span::new(cs, ce),
                    ln,
                    true,
                );
                it.text = c
                    .iter()
                    .map(|c| c.0.as_str())
                    .filter(|c| !c.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                it.cells = c;
                it.indent = indent;
                items.push(it);
                continue;
            }
        }
        let hashes = t.bytes().take_while(|&b| b == b'#').count();
        // `##Kallade`: a heading written without the space.
        let unspaced = hashes >= 2
            && t.len() <= 100
            && t[hashes..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if (1..=6).contains(&hashes) && (t[hashes..].starts_with([' ', '*']) || unspaced) {
            let (hs, he) = trim_range(src, cs + hashes, ce);
            let inner = &src[hs..he];
            let inner_trim = inner.trim_end_matches('#').trim_end();
            let (a, b) = strip_outer_bold(src, hs, hs + inner_trim.len());
            let text = strip_inline(&src[a..b]);
            if !text.is_empty() {
                items.push(Item::new(
                    ItemKind::Heading(hashes as u8),
                    text,
                    Span::new(a, b),
                    ln,
                    true,
                ));
            }
            continue;
        }
        if let Some((mlen, num)) = list_marker(t) {
            let (a, b) = trim_range(src, cs + mlen, ce);
            let mut it = Item::new(
                ItemKind::ListItem(num),
                strip_inline(&src[a..b]),
                Span::new(a, b),
                ln,
                true,
            );
            it.indent = indent;
            items.push(it);
            continue;
        }
        let before = items.len();
        scan_segments(
            src,
            cs,
            ce,
            ln,
            true,
            ItemKind::Strong,
            &mut items,
            &mut open,
        );
        for it in &mut items[before..] {
            it.indent = indent;
        }
    }
    if let Some(o) = open.take() {
        let span = Span::new(o.start, src.len());
        items.push(Item::new(
            o.kind,
            strip_inline(&o.text),
            span,
            o.line,
            o.line_start,
        ));
    }
    // Page breaks in LaTeX and Typst are the author's: the page furniture
    // is made by the template and never stands in the source.
    if markup == Markup::Markdown {
        mark_furniture(&mut items);
    }
    items
}

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
fn source_markup(markup: Markup, src: &str, cs: usize, ce: usize, ln: usize) -> Option<Item> {
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

fn item_end(items: &[Item], min: usize) -> usize {
    items.last().map(|i| i.span.end).unwrap_or(min).max(min)
}

/// `**x**` around a whole range: the range inside.
fn strip_outer_bold(src: &str, a: usize, b: usize) -> (usize, usize) {
    let s = &src[a..b];
    if s.len() >= 4 && s.starts_with("**") && s.ends_with("**") && !s[2..s.len() - 2].contains("**")
    {
        return trim_range(src, a + 2, b - 2);
    }
    (a, b)
}

/// One line's content from `start`: bold segments that lead the line become
/// `Strong` items, the rest a `Text` item. A bold segment left open at the
/// line's end is carried in `open`.
#[allow(clippy::too_many_arguments)]
fn scan_segments(
    src: &str,
    start: usize,
    end: usize,
    ln: usize,
    mut line_start: bool,
    kind: ItemKind,
    items: &mut Vec<Item>,
    open: &mut Option<Open>,
) {
    let mut pos = start;
    loop {
        let (s, e) = trim_range(src, pos, end);
        if s == e {
            return;
        }
        let rest = &src[s..e];
        if let Some(after) = rest.strip_prefix("**") {
            if after.trim().is_empty() {
                return;
            }
            match after.find("**") {
                Some(close) => {
                    let (a, b) = trim_range(src, s + 2, s + 2 + close);
                    let text = strip_inline(&src[a..b]);
                    if !text.is_empty() {
                        items.push(Item::new(kind, text, Span::new(a, b), ln, line_start));
                        line_start = false;
                    }
                    pos = s + 2 + close + 2;
                    continue;
                }
                None => {
                    let (a, b) = trim_range(src, s + 2, e);
                    *open = Some(Open {
                        start: a,
                        text: src[a..b].to_string(),
                        line: ln,
                        line_start,
                        kind,
                    });
                    return;
                }
            }
        }
        let text = strip_inline(rest);
        if !text.is_empty() {
            items.push(Item::new(
                ItemKind::Text,
                text,
                Span::new(s, e),
                ln,
                line_start,
            ));
        }
        return;
    }
}

/// Lines that stand next to page breaks again and again are the page's
/// header or footer: mark them as furniture. Only an unbroken run of such
/// lines touching a break is marked.
fn mark_furniture(items: &mut [Item]) {
    use std::collections::HashMap;
    for it in items.iter_mut() {
        if matches!(it.kind, ItemKind::Text | ItemKind::TableRow) && known_furniture(&it.text) {
            it.furniture = true;
        }
    }
    const REACH: usize = 5;
    let is_break = |it: &Item| matches!(it.kind, ItemKind::PageBreak | ItemKind::Rule);
    let breaks: Vec<usize> = (0..items.len()).filter(|&i| is_break(&items[i])).collect();
    if breaks.len() < 2 {
        return;
    }
    // Non-blank items after (forward) or before (backward) a break, nearest first.
    let near = |b: usize, forward: bool, items: &[Item]| -> Vec<usize> {
        let mut out = Vec::new();
        let mut j = b;
        while out.len() < REACH {
            if forward {
                j += 1;
                if j >= items.len() {
                    break;
                }
            } else if j == 0 {
                break;
            } else {
                j -= 1;
            }
            if is_break(&items[j]) {
                break;
            }
            if !items[j].is_blank() {
                out.push(j);
            }
        }
        out
    };
    // How many distinct lines near a break share each key: a header or
    // footer is repeated on many pages, while one short page's line can
    // stand near two breaks and must not count twice.
    let mut lines_of: HashMap<String, Vec<usize>> = HashMap::new();
    for &b in &breaks {
        for j in near(b, true, items)
            .into_iter()
            .chain(near(b, false, items))
        {
            let v = lines_of.entry(furniture_key(&items[j].text)).or_default();
            if !v.contains(&items[j].line) && v.len() < 64 {
                v.push(items[j].line);
            }
        }
    }
    let threshold = (breaks.len() / 3).max(2);
    for &b in &breaks {
        for forward in [true, false] {
            for j in near(b, forward, items) {
                let k = furniture_key(&items[j].text);
                let repeated = lines_of.get(&k).map_or(0, Vec::len) >= threshold;
                if k.is_empty()
                    || !(repeated || known_furniture(&items[j].text))
                    || has_section_number(&items[j].text)
                {
                    break;
                }
                items[j].furniture = true;
            }
        }
    }
}

/// `§ 12` anywhere in a line: a paragraph heading is never page furniture.
fn has_section_number(t: &str) -> bool {
    t.match_indices('§').any(|(k, _)| {
        t[k..]
            .trim_start_matches(['§', ' '])
            .starts_with(|c: char| c.is_ascii_digit())
    })
}

/// The words templates print on every page, whether or not the page breaks
/// survived the conversion: `Justerandes signatur`, `Utdragsbestyrkande`,
/// `Sida 3 av 40`, `3 (12)`.
pub fn known_furniture(t: &str) -> bool {
    let f = t.to_lowercase();
    let f = f.trim();
    if f.starts_with("justerandes sign")
        || f.starts_with("justerarnas sign")
        || f.starts_with("justerare sign")
        || f == "utdragsbestyrkande"
        || f == "utdragsbestyrkande:"
    {
        return true;
    }
    page_counter(f)
}

/// `sida 3 av 40`, `sida 3 (40)`, `sida 3/40`, `3 (40)`, `3(40)`. Bare
/// numbers with a slash are case numbers and school years (`2027/2028`).
fn page_counter(f: &str) -> bool {
    let (sida, f) = match f.strip_prefix("sidan").or_else(|| f.strip_prefix("sida")) {
        Some(r) => (true, r.trim()),
        None => (false, f),
    };
    let f = f.trim_matches(|c: char| c == '-' || c.is_whitespace());
    let nd = f.bytes().take_while(u8::is_ascii_digit).count();
    if nd == 0 || nd > 4 {
        return false;
    }
    let rest = f[nd..].trim_start();
    let paren = rest.starts_with('(');
    let of = rest
        .strip_prefix("av")
        .or_else(|| rest.strip_prefix('/').filter(|_| sida))
        .or_else(|| rest.strip_prefix('('))
        .map(|r| r.trim().trim_end_matches(')').trim());
    let Some(of) = of else { return false };
    if of.is_empty() || of.len() > 4 || !of.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    // The page is not after the last page: `3 (40)`, never `2024 (3)`.
    let page: u32 = f[..nd].parse().unwrap_or(0);
    let of: u32 = of.parse().unwrap_or(0);
    (sida || paren) && page >= 1 && page <= of
}

/// Page headers differ only in their page numbers: compare without digits
/// when the line is mostly letters.
fn furniture_key(t: &str) -> String {
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 6 {
        t.chars()
            .filter(|c| !c.is_ascii_digit())
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        t.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<(ItemKind, String)> {
        scan(src)
            .into_iter()
            .filter(|i| !i.is_blank())
            .map(|i| (i.kind, i.text))
            .collect()
    }

    #[test]
    fn glued_bold_splits_into_items() {
        let k = kinds("**§ 17****Ansökan om något****Beslut**\n");
        assert_eq!(
            k,
            vec![
                (ItemKind::Strong, "§ 17".into()),
                (ItemKind::Strong, "Ansökan om något".into()),
                (ItemKind::Strong, "Beslut".into())
            ]
        );
    }

    #[test]
    fn bold_across_a_line_break_is_one_item() {
        let src = "**§ 6****Remiss av Motion om att motverka  \ndesinformationskampanjen**\n";
        let items = scan(src);
        let k: Vec<_> = items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(
            k,
            vec![
                "§ 6",
                "Remiss av Motion om att motverka desinformationskampanjen"
            ]
        );
        assert_eq!(
            items[1].span.of(src),
            "Remiss av Motion om att motverka  \ndesinformationskampanjen"
        );
        let src = "**§ 29  \nÖvrigt****Beslut**\n";
        let k: Vec<_> = scan(src).into_iter().map(|i| i.text).collect();
        assert_eq!(k, vec!["§ 29 Övrigt", "Beslut"]);
    }

    #[test]
    fn headings_lists_tables() {
        let src = "### **Yrkanden**\n- punkt\n1. första\n| a | b<br>c |\n|---|---|\nx\ty\n";
        let items = scan(src);
        assert_eq!(items[0].kind, ItemKind::Heading(3));
        assert_eq!(items[0].text, "Yrkanden");
        assert_eq!(items[0].span.of(src), "Yrkanden");
        assert_eq!(items[1].kind, ItemKind::ListItem(None));
        assert_eq!(items[2].kind, ItemKind::ListItem(Some(1)));
        assert_eq!(items[3].kind, ItemKind::TableRow);
        assert_eq!(items[3].cells[1].0, "b c");
        assert_eq!(items[4].kind, ItemKind::TableRule);
        assert_eq!(items[5].kind, ItemKind::TableRow);
        assert_eq!(items[5].cells.len(), 2);
    }

    #[test]
    fn a_heading_with_a_tab_is_a_heading_not_a_table_row() {
        let src = "# § 15\tFastställande av föredragningslista\n";
        let items = scan(src);
        assert_eq!(items[0].kind, ItemKind::Heading(1));
        assert!(items[0].text.starts_with("§ 15"));
        assert!(items[0]
            .text
            .ends_with("Fastställande av föredragningslista"));
    }

    #[test]
    fn label_then_value_on_one_line() {
        let k = kinds("**Plats och tid** 2024-03-18 Solna stadshus\n");
        assert_eq!(k[0], (ItemKind::Strong, "Plats och tid".into()));
        assert_eq!(k[1], (ItemKind::Text, "2024-03-18 Solna stadshus".into()));
    }

    #[test]
    fn crlf_and_cr_lines() {
        assert_eq!(lines("a\r\nb\rc\n"), vec![(0, 1), (3, 4), (5, 6)]);
    }

    #[test]
    fn repeated_page_headers_are_furniture() {
        let page = "KOMMUN  PROTOKOLL 1 (3)\nNämnden\n\ntext här\n\n<!-- sida 2 -->\n";
        let src = format!("{page}{page}{page}");
        let items = scan(&src);
        let f: Vec<_> = items
            .iter()
            .filter(|i| i.furniture)
            .map(|i| i.text.as_str())
            .collect();
        assert!(f.contains(&"Nämnden"), "{f:?}");
    }
}
