//! Table rows grouped into tables.

use crate::model::*;
use crate::scan::{Item, ItemKind};

/// Group table rows into tables. `also` is shown every item on the same
/// walk (the driver collects the page marks and the furniture there): each
/// walk of the items reads all their cache lines, and neither reads what
/// the other makes.
pub(super) fn tables(items: &[Item], mut also: impl FnMut(&Item)) -> Vec<Table> {
    let mut out: Vec<Table> = Vec::new();
    let mut cur: Option<Table> = None;
    for it in items {
        also(it);
        match it.kind {
            ItemKind::TableRow => {
                let row: Vec<Text> = it
                    .cells
                    .iter()
                    .map(|(t, s)| Text::new(t.clone(), *s))
                    .collect();
                match cur.as_mut() {
                    Some(t) => {
                        t.rows.push(row);
                        t.span = t.span.cover(it.span);
                    }
                    None => {
                        cur = Some(Table {
                            rows: vec![row],
                            header: false,
                            span: it.span,
                        })
                    }
                }
            }
            ItemKind::TableRule => {
                if let Some(t) = cur.as_mut() {
                    if t.rows.len() == 1 {
                        t.header = true;
                    }
                    t.span = t.span.cover(it.span);
                }
            }
            ItemKind::Blank => {}
            _ => {
                if let Some(t) = cur.take() {
                    out.push(t);
                }
            }
        }
    }
    out.extend(cur);
    out
}
