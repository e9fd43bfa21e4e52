//! The title under a head that stands alone on its line.

use crate::inline::{find_dates, parse_person};
use crate::labels::{front_label, part_kind};
use crate::parse::head_title::capitalised;
use crate::scan::{Item, ItemKind};

/// The item after a head that stands alone is its title: on the next line
/// or one blank line down (or glued after it in bold), short, capitalised,
/// not a sentence, a label, a dated document or a person with a party or
/// a role.
pub(super) fn title_below(items: &[Item], i: usize) -> bool {
    let it = &items[i];
    let Some(next) = items[i + 1..]
        .iter()
        .find(|x| !x.is_blank() && !x.furniture)
    else {
        return false;
    };
    let placed = (next.line == it.line && next.kind == ItemKind::Strong)
        || (next.line_start && next.line <= it.line + 2);
    let t = next.text.as_str();
    placed
        && matches!(
            next.kind,
            ItemKind::Heading(_) | ItemKind::Strong | ItemKind::Text
        )
        && t.len() <= 120
        && capitalised(t)
        && !t.ends_with(['.', ':', ','])
        && part_kind(t).is_none()
        && front_label(t).is_none()
        && find_dates(t, 0).is_empty()
        // `§§ 201-203` / `Stina Ek, planarkitekt,`: an attendance scope.
        && parse_person(t, 0).is_none_or(|p| {
            p.party.is_none() && p.role.is_none() && !t.contains(',')
        })
}
