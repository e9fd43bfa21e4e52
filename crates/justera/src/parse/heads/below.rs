//! The title under a head that stands alone on its line, or over it.

use crate::inline::{find_dates, parse_person};
use crate::labels::{front_label, part_kind};
use crate::parse::head_title::{capitalised, case_number_line};
use crate::parse::meeting::is_body_name;
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
    let t = next.text.as_ref();
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

/// Words a matter's title has and no body's name (`Val av ersättare i
/// kultur- och fritidsnämnden`, `Revidering av reglemente för
/// krisledningsnämnden`).
const TITLE_WORDS: [&str; 9] = [
    "av", "om", "till", "över", "inom", "med", "vid", "från", "på",
];

/// `Val av justerare` / `§ 12`: the title on the line just above a head
/// that stands alone, as a text layer puts a title's baseline over the
/// number's beside it. The line is set off above (not the end of the
/// paragraph before), reads as a title (as [`title_below`] asks, and
/// neither a case number nor a reference), and no title stands below the
/// head (past a case number). The title's item.
pub(super) fn title_above(items: &[Item], toc: &[bool], i: usize) -> Option<usize> {
    let it = &items[i];
    let p = i.checked_sub(1)?;
    let prev = &items[p];
    if prev.line + 1 != it.line
        || !prev.line_start
        || toc[p]
        || prev.furniture
        || !matches!(
            prev.kind,
            ItemKind::Heading(_) | ItemKind::Strong | ItemKind::Text
        )
    {
        return None;
    }
    let set_off = p == 0
        || matches!(items[p - 1].kind, ItemKind::Blank | ItemKind::PageBreak)
        || items[p - 1].furniture;
    let t = prev.text.as_ref();
    let title = set_off
        && t.len() <= 100
        && capitalised(t)
        && !t.ends_with(['.', ':', ','])
        && !t.contains('§')
        && part_kind(t).is_none()
        && front_label(t).is_none()
        && !case_number_line(t)
        // A page's header naming the body (`Kommunstyrelsen`) is no title;
        // one naming a body after a preposition (`Val av ersättare i
        // kultur- och fritidsnämnden`) is.
        && (!is_body_name(t) || t.split_whitespace().any(|w| TITLE_WORDS.contains(&w)))
        && find_dates(t, 0).is_empty()
        && parse_person(t, 0).is_none_or(|x| x.party.is_none() && x.role.is_none());
    if !title {
        return None;
    }
    // Past a case number below the head (`§ 12` / `Dnr KS 2025/12`).
    let below = items[i + 1..]
        .iter()
        .position(|x| !x.is_blank() && !x.furniture)
        .map(|k| i + 1 + k)
        .filter(|&k| items[k].kind == ItemKind::Text && case_number_line(&items[k].text))
        .unwrap_or(i);
    (!title_below(items, below)).then_some(p)
}
