//! `numbering.xml`: list numbers computed as Word shows them.

use std::collections::HashMap;

use quick_xml::events::Event;

use super::super::InputError;
use super::corrupt;
use super::package::{attr, reader};

#[derive(Clone, Default)]
pub(super) struct Level {
    pub(super) fmt: String,
    pub(super) text: String,
    pub(super) start: u32,
}

#[derive(Default)]
pub(super) struct Numbering {
    pub(super) abstracts: HashMap<String, Vec<Level>>,
    /// numId -> (abstractNumId, start overrides by level).
    pub(super) nums: HashMap<String, (String, HashMap<usize, u32>)>,
    pub(super) counters: HashMap<String, [Option<u32>; 9]>,
}

impl Numbering {
    pub(super) fn parse(xml: Option<&str>) -> Result<Self, InputError> {
        let mut n = Numbering::default();
        let Some(xml) = xml else { return Ok(n) };
        let mut reader = reader(xml);
        let mut path: Vec<String> = Vec::new();
        let mut abs: Option<String> = None;
        let mut num: Option<String> = None;
        let mut ilvl = 0usize;
        loop {
            match reader.read_event().map_err(corrupt)? {
                Event::Start(e) => {
                    let name = e.local_name().as_ref().to_string();
                    let parent = path.last().map(String::as_str).unwrap_or("");
                    match (parent, name.as_str()) {
                        (_, "abstractNum") => {
                            abs = attr(&e, "abstractNumId");
                            if let Some(a) = &abs {
                                n.abstracts.entry(a.clone()).or_default();
                            }
                        }
                        (_, "num") => {
                            num = attr(&e, "numId");
                            if let Some(id) = &num {
                                n.nums.insert(id.clone(), (String::new(), HashMap::new()));
                            }
                        }
                        ("num", "abstractNumId") => {
                            if let Some(entry) = num.as_ref().and_then(|id| n.nums.get_mut(id)) {
                                entry.0 = attr(&e, "val").unwrap_or_default();
                            }
                        }
                        (_, "lvl") | ("num", "lvlOverride") => {
                            ilvl = attr(&e, "ilvl")
                                .and_then(|v| v.parse().ok())
                                .unwrap_or(0)
                                .min(8);
                        }
                        ("lvlOverride", "startOverride") => {
                            if let Some(entry) = num.as_ref().and_then(|id| n.nums.get_mut(id)) {
                                let start =
                                    attr(&e, "val").and_then(|v| v.parse().ok()).unwrap_or(1);
                                entry.1.insert(ilvl, start);
                            }
                        }
                        ("lvl", field @ ("numFmt" | "lvlText" | "start")) if path.len() >= 2 => {
                            if let Some(levels) = abs.as_ref().and_then(|a| n.abstracts.get_mut(a))
                            {
                                if levels.len() <= ilvl {
                                    levels.resize(
                                        ilvl + 1,
                                        Level {
                                            start: 1,
                                            ..Level::default()
                                        },
                                    );
                                }
                                let v = attr(&e, "val").unwrap_or_default();
                                let level = &mut levels[ilvl];
                                match field {
                                    "numFmt" => level.fmt = v,
                                    "lvlText" => level.text = v,
                                    _ => level.start = v.parse().unwrap_or(1),
                                }
                            }
                        }
                        _ => {}
                    }
                    path.push(name);
                }
                Event::End(e) => {
                    path.pop();
                    match e.local_name().as_ref() {
                        "abstractNum" => abs = None,
                        "num" => num = None,
                        _ => {}
                    }
                }
                Event::Eof => return Ok(n),
                _ => {}
            }
        }
    }

    /// The label of the next item of list `num_id` at level `ilvl`
    /// (`"1."`, `"a)"`, `"-"`), counting as Word does; `None` when the
    /// paragraph is not numbered after all.
    pub(super) fn next_label(&mut self, num_id: &str, ilvl: usize) -> Option<String> {
        if num_id == "0" {
            return None;
        }
        let ilvl = ilvl.min(8);
        let Some((abs, overrides)) = self.nums.get(num_id) else {
            return Some("-".into());
        };
        let levels = self.abstracts.get(abs).cloned().unwrap_or_default();
        let level = levels.get(ilvl).cloned().unwrap_or(Level {
            fmt: "decimal".into(),
            text: String::new(),
            start: 1,
        });
        match level.fmt.as_str() {
            "bullet" => return Some("-".into()),
            "none" => return None,
            _ => {}
        }
        let counters = self.counters.entry(num_id.to_string()).or_insert([None; 9]);
        let start = overrides.get(&ilvl).copied().unwrap_or(level.start);
        counters[ilvl] = Some(counters[ilvl].map_or(start, |c| c.saturating_add(1)));
        for c in counters.iter_mut().skip(ilvl + 1) {
            *c = None;
        }
        let value = |k: usize| {
            let fmt = levels.get(k).map(|l| l.fmt.as_str()).unwrap_or("decimal");
            let n = counters[k].unwrap_or_else(|| levels.get(k).map_or(1, |l| l.start));
            format_number(n, fmt)
        };
        let mut label = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(d @ 1..=9)) => {
                    chars.next();
                    label.push_str(&value(d as usize - 1));
                }
                _ => label.push(c),
            }
        }
        let mut label = label.trim().to_string();
        if label.is_empty() {
            label = value(ilvl);
        }
        if label.ends_with(|c: char| c.is_alphanumeric()) {
            label.push('.');
        }
        Some(label)
    }
}

pub(super) fn format_number(n: u32, fmt: &str) -> String {
    let letter = |upper: bool| {
        let n = n.max(1) - 1;
        let c = (b'a' + (n % 26) as u8) as char;
        let s = c.to_string().repeat(n as usize / 26 + 1);
        if upper {
            s.to_uppercase()
        } else {
            s
        }
    };
    match fmt {
        "lowerLetter" => letter(false),
        "upperLetter" => letter(true),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" if n < 10 => format!("0{n}"),
        _ => n.to_string(),
    }
}

pub(super) fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}
