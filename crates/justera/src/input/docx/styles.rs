//! `styles.xml`: each style's name, `basedOn` chain, outline level,
//! emphasis and numbering, so a paragraph's style says what it is.

use std::collections::HashMap;

use quick_xml::events::Event;

use super::super::InputError;
use super::common::corrupt;
use super::package::{attr, on_off, reader};

#[derive(Default)]
pub(super) struct Style {
    pub(super) name: String,
    pub(super) based_on: Option<String>,
    pub(super) outline: Option<u8>,
    pub(super) bold: Option<bool>,
    pub(super) italic: Option<bool>,
    pub(super) num: Option<(String, Option<usize>)>,
}

#[derive(Default)]
pub(super) struct Styles {
    pub(super) map: HashMap<String, Style>,
    pub(super) default_para: Option<String>,
}

impl Styles {
    pub(super) fn parse(xml: Option<&str>) -> Result<Self, InputError> {
        let mut styles = Styles::default();
        let Some(xml) = xml else { return Ok(styles) };
        let mut reader = reader(xml);
        let mut path: Vec<String> = Vec::new();
        let mut current: Option<(String, Style)> = None;
        loop {
            match reader.read_event().map_err(corrupt)? {
                Event::Start(e) => {
                    let name = e.local_name().as_ref().to_string();
                    let parent = path.last().map(String::as_str).unwrap_or("");
                    match (parent, name.as_str()) {
                        (_, "style") => {
                            let id = attr(&e, "styleId").unwrap_or_default();
                            if attr(&e, "type").as_deref() == Some("paragraph")
                                && attr(&e, "default")
                                    .as_deref()
                                    .is_some_and(|v| v == "1" || v == "true")
                            {
                                styles.default_para = Some(id.clone());
                            }
                            current = Some((id, Style::default()));
                        }
                        ("style", "name") => {
                            if let Some((_, s)) = current.as_mut() {
                                s.name = attr(&e, "val").unwrap_or_default().to_lowercase();
                            }
                        }
                        ("style", "basedOn") => {
                            if let Some((_, s)) = current.as_mut() {
                                s.based_on = attr(&e, "val");
                            }
                        }
                        ("pPr", "outlineLvl") => {
                            if let Some((_, s)) = current.as_mut() {
                                s.outline = attr(&e, "val").and_then(|v| v.parse().ok());
                            }
                        }
                        ("numPr", "numId") => {
                            if let Some((_, s)) = current.as_mut() {
                                let ilvl = s.num.take().and_then(|n| n.1);
                                s.num = attr(&e, "val").map(|v| (v, ilvl));
                            }
                        }
                        ("numPr", "ilvl") => {
                            if let Some((_, s)) = current.as_mut() {
                                let lvl = attr(&e, "val").and_then(|v| v.parse().ok());
                                let id = s.num.take().map(|n| n.0).unwrap_or_default();
                                s.num = Some((id, lvl));
                            }
                        }
                        ("rPr", "b") if path.iter().rev().nth(1).is_some_and(|p| p == "style") => {
                            if let Some((_, s)) = current.as_mut() {
                                s.bold = Some(on_off(&e));
                            }
                        }
                        ("rPr", "i") if path.iter().rev().nth(1).is_some_and(|p| p == "style") => {
                            if let Some((_, s)) = current.as_mut() {
                                s.italic = Some(on_off(&e));
                            }
                        }
                        _ => {}
                    }
                    path.push(name);
                }
                Event::End(e) => {
                    path.pop();
                    if e.local_name().as_ref() == "style" {
                        if let Some((id, s)) = current.take() {
                            styles.map.insert(id, s);
                        }
                    }
                }
                Event::Eof => return Ok(styles),
                _ => {}
            }
        }
    }

    /// The styles from `id` up its `basedOn` chain (bounded: chains may loop).
    pub(super) fn chain<'s>(&'s self, id: Option<&'s str>) -> impl Iterator<Item = &'s Style> + 's {
        let mut next = id.or(self.default_para.as_deref());
        std::iter::from_fn(move || {
            let s = self.map.get(next?)?;
            next = s.based_on.as_deref();
            Some(s)
        })
        .take(16)
    }

    pub(super) fn heading_level(&self, id: Option<&str>) -> Option<usize> {
        for s in self.chain(id) {
            if let Some(o) = s.outline {
                return (o < 9).then_some(o as usize + 1);
            }
            let name = s.name.as_str();
            for prefix in ["heading ", "rubrik "] {
                if let Some(n) = name
                    .strip_prefix(prefix)
                    .and_then(|n| n.trim().parse::<usize>().ok())
                {
                    return Some(n.clamp(1, 6));
                }
            }
            if matches!(name, "title" | "rubrik" | "titel") {
                return Some(1);
            }
        }
        None
    }

    /// A table of contents entry's style (`toc 1`..`toc 9`).
    pub(super) fn is_toc(&self, id: Option<&str>) -> bool {
        id.is_some()
            && self.chain(id).any(|s| {
                s.name
                    .strip_prefix("toc ")
                    .is_some_and(|n| n.trim().parse::<u8>().is_ok())
            })
    }

    pub(super) fn bold(&self, id: Option<&str>) -> Option<bool> {
        self.chain(id).find_map(|s| s.bold)
    }

    pub(super) fn italic(&self, id: Option<&str>) -> Option<bool> {
        self.chain(id).find_map(|s| s.italic)
    }

    pub(super) fn num(&self, id: Option<&str>) -> Option<(String, Option<usize>)> {
        self.chain(id).find_map(|s| s.num.clone())
    }
}
