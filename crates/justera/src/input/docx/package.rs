//! The zip package: entries read under the byte budget, relationships
//! between parts, and the XML reader's small helpers.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::super::{InputError, Limits};
use super::common::corrupt;
use crate::limits::{self, Limit};

pub(super) struct Package<'a> {
    pub(super) zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    /// Bytes that may still be decompressed.
    pub(super) budget: u64,
    /// The budget at the start.
    limit: u64,
}

impl<'a> Package<'a> {
    pub(super) fn open(bytes: &'a [u8], limits: &Limits) -> Result<Self, InputError> {
        // Count central directory headers before the zip crate builds its
        // index, so a million tiny entries cost a scan, not a million
        // allocations.
        let headers = bytes.windows(4).filter(|w| w == b"PK\x01\x02").count();
        if headers > limits.max_zip_entries {
            return Err(InputError::over(Limit::ZipEntries, headers));
        }
        let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(corrupt)?;
        if zip.len() > limits.max_zip_entries {
            return Err(InputError::over(Limit::ZipEntries, zip.len()));
        }
        Ok(Package {
            zip,
            budget: limits.max_unzipped,
            limit: limits.max_unzipped,
        })
    }

    /// An entry as text, `None` if it does not exist. Reads at most the
    /// remaining budget whatever the entry claims its size is.
    pub(super) fn read(&mut self, name: &str) -> Result<Option<String>, InputError> {
        let mut file = match self.zip.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(corrupt(e)),
        };
        let mut buf = Vec::with_capacity(file.size().min(self.budget).min(1 << 20) as usize);
        (&mut file)
            .take(self.budget + 1)
            .read_to_end(&mut buf)
            .map_err(corrupt)?;
        if buf.len() as u64 > self.budget {
            let found = self.limit - self.budget + buf.len() as u64;
            return Err(InputError::over(Limit::DecompressedBytes, found));
        }
        self.budget -= buf.len() as u64;
        let (text, _, bad) = encoding_rs::UTF_8.decode(&buf);
        let text = if bad {
            // XML parts may be UTF-16 with a BOM.
            let (text, _, bad) = encoding_rs::UTF_16LE.decode(&buf);
            if bad {
                return Err(corrupt(format!("{name}: ogiltig text / invalid text")));
            }
            text.into_owned()
        } else {
            text.into_owned()
        };
        // Limit check: elements nested past the limit are refused.
        if limits::xml_depth(&text, limits::MAX_NESTING) > limits::MAX_NESTING {
            return Err(InputError::over(Limit::Nesting, limits::MAX_NESTING + 1));
        }
        Ok(Some(text))
    }

    /// The main document part, from the package relationships.
    pub(super) fn main_part(&mut self) -> Result<String, InputError> {
        if let Some(xml) = self.read("_rels/.rels")? {
            for (kind, target) in relationships(&xml)? {
                if kind == "officeDocument" {
                    return Ok(resolve("", &target));
                }
            }
        }
        Ok("word/document.xml".to_string())
    }
}

/// `word/document.xml` -> `word/_rels/document.xml.rels`.
pub(super) fn rels_path(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

/// A relationship target relative to the part that names it.
pub(super) fn resolve(source: &str, target: &str) -> String {
    if let Some(abs) = target.strip_prefix('/') {
        return abs.to_string();
    }
    let mut parts: Vec<&str> = source.split('/').collect();
    parts.pop();
    for seg in target.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// (type's last path segment, target) of each relationship.
pub(super) fn relationships(xml: &str) -> Result<Vec<(String, String)>, InputError> {
    let mut out = Vec::new();
    let mut reader = reader(xml);
    loop {
        match reader.read_event().map_err(corrupt)? {
            Event::Start(e) if e.local_name().as_ref() == "Relationship" => {
                let kind = attr(&e, "Type").unwrap_or_default();
                let kind = kind.rsplit('/').next().unwrap_or_default().to_string();
                out.push((kind, attr(&e, "Target").unwrap_or_default()));
            }
            Event::Eof => return Ok(out),
            _ => {}
        }
    }
}

pub(super) fn reader(xml: &str) -> Reader<&[u8]> {
    let mut r = Reader::from_reader(xml.as_bytes());
    r.config_mut().expand_empty_elements = true;
    r.config_mut().check_end_names = false;
    r
}

/// An attribute's value by local name (`w:val` -> `val`).
pub(super) fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// `w:b`, `w:b w:val="true"` are on; `w:val="0|false|off"` is off.
pub(super) fn on_off(e: &BytesStart) -> bool {
    !matches!(
        attr(e, "val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}
