//! Laid-out text (a page's lines placed by position) keeps a two-column
//! page's margin beside its text: a part's label and its text's first
//! line on one line.

use crate::labels::part_kind;
use crate::model::*;
use crate::scan::{Item, ItemKind};

/// A part's label set in the margin beside its text's first line, as
/// laid-out text keeps a two-column page (`Beslut` then three spaces or
/// more, then `Kommunstyrelsen beslutar ...`): the label and the text,
/// each an item of its own.
pub(super) fn margin_label(src: &str, it: &Item) -> Option<(PartKind, Item, Item)> {
    if it.kind != ItemKind::Text || !it.line_start || !it.text.starts_with(char::is_uppercase) {
        return None;
    }
    let raw = it.span.of(src);
    let g = raw.find("   ").or_else(|| raw.find('\t'))?;
    let label = raw[..g].trim_end();
    if label.is_empty() || label.len() > 40 {
        return None;
    }
    let kind = part_kind(label)?;
    let rest = raw[g..].trim_start();
    if rest.is_empty() {
        return None;
    }
    let rest_start = it.span.end - rest.len();
    let head = Item {
        text: label.to_string(),
        span: Span::new(it.span.start, it.span.start + label.len()),
        ..it.clone()
    };
    let body = Item {
        text: crate::scan::collapse_ws(rest),
        span: Span::new(rest_start, it.span.end),
        line_start: false,
        ..it.clone()
    };
    Some((kind, head, body))
}

#[cfg(test)]
mod tests {
    use super::margin_label;

    #[test]
    fn a_label_in_the_margin_beside_its_text_is_split_off() {
        let src = "Beslut               Nämnden beslutar att anta planen.\n\
                   Kommunstyrelsen     beslutar att anta planen.\n\
                   Beslut i korthet och mer text\n";
        let items = crate::scan::scan(src);
        let (kind, head, body) = margin_label(src, &items[0]).expect("split");
        assert_eq!(kind, crate::model::PartKind::Decision);
        assert_eq!(head.span.of(src), "Beslut");
        assert_eq!(body.span.of(src), "Nämnden beslutar att anta planen.");
        // Not a label before the gap; no gap after the label.
        assert!(margin_label(src, &items[1]).is_none());
        assert!(margin_label(src, &items[2]).is_none());
    }
}
