//! The work done off the page, in the parsing worker: bytes in, everything
//! the page shows out. Plain Rust (tested natively); `bin/worker.rs` only
//! wires it to the worker's messages.
//!
//! A [`Reply`] crosses to the page in the wire form of `crate::wire`; its
//! JSON form (serde) is kept for tests and diagnostics.

use justera::scan::{self, ItemKind};
use justera::{Document, Span};
use serde::{Deserialize, Serialize};

use crate::load::{self, LoadError};

/// What the worker is doing for a file.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Reading,
    Decoding,
    Parsing,
}

/// What a file holds: bytes from disk or text already in memory.
#[derive(Clone, Debug)]
pub enum Input {
    Bytes(Vec<u8>),
    Text(String),
}

/// A line-level piece of the text for the read view (from the scanner).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ReadItem {
    pub kind: ReadKind,
    pub text: String,
    pub span: Span,
    /// Table cells, for rows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cells: Vec<String>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ReadKind {
    /// A heading or a bold label.
    Heading,
    Text,
    ListItem,
    TableRow,
    /// A table's header rule: the row above it is a header.
    TableRule,
    /// A page break or a rule.
    Break,
    Blank,
}

/// How serious a finding is (the core's `Severity`, as the page reads it).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Info,
    Warning,
    Error,
}

impl From<justera::Severity> for Level {
    fn from(s: justera::Severity) -> Level {
        match s {
            justera::Severity::Info => Level::Info,
            justera::Severity::Warning => Level::Warning,
            justera::Severity::Error => Level::Error,
        }
    }
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Error, Level::Warning, Level::Info];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// A secondary span of a finding.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct FindingLabel {
    pub span: Span,
    pub message: String,
    pub message_en: String,
}

/// A diagnostic as the page reads it: the core's `Diagnostic` with owned
/// strings, so it reads back from JSON.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Finding {
    pub code: String,
    pub severity: Level,
    pub message: String,
    pub message_en: String,
    pub span: Span,
    pub line: usize,
    pub column: usize,
    pub labels: Vec<FindingLabel>,
    pub help: Option<String>,
    pub help_en: Option<String>,
    /// The same finding's further places (a header left on every page).
    #[serde(default)]
    pub repeats: Vec<Span>,
}

impl From<&justera::Diagnostic> for Finding {
    fn from(d: &justera::Diagnostic) -> Finding {
        let labels = d
            .labels
            .iter()
            .map(|l| FindingLabel {
                span: l.span,
                message: l.message.clone(),
                message_en: l.message_en.clone(),
            })
            .collect();
        Finding {
            code: d.code.to_string(),
            severity: d.severity.into(),
            message: d.message.clone(),
            message_en: d.message_en.clone(),
            span: d.span,
            line: d.position.line,
            column: d.position.column,
            labels,
            help: d.help.clone(),
            help_en: d.help_en.clone(),
            repeats: d.repeats.iter().map(|r| r.span).collect(),
        }
    }
}

/// A rule's documentation (what it finds, why, the statute), for the codes found.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct RuleDoc {
    pub code: String,
    pub group: String,
    /// Markdown, as the rule's doc comment (in English).
    pub doc: String,
    /// The doc's first line in Swedish.
    pub summary_sv: String,
}

/// What the page shows for one file once it is parsed: sent as soon as the
/// parse is done, so the outline is drawn while the rules still run.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Done {
    pub id: u32,
    /// The text the spans point into.
    pub text: String,
    /// How the bytes were read (`text, UTF-8`), when they were.
    pub read_as: Option<String>,
    pub doc: Document,
    pub items: Vec<ReadItem>,
    /// What reading the file found that the text does not show (Word
    /// comments, tracked changes, ...), one line each.
    pub notes: Vec<String>,
}

/// What the checks found in a file, sent after its [`Done`].
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Checks {
    pub id: u32,
    /// What the checks found, in text order.
    pub findings: Vec<Finding>,
    /// Docs of the rules behind `findings`, one per code.
    pub rules: Vec<RuleDoc>,
}

/// One message from the worker.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Reply {
    /// The worker has started and takes jobs (messages sent before are lost).
    Ready,
    Progress {
        id: u32,
        stage: Stage,
    },
    /// The file parsed: everything but the findings.
    Done(Box<Done>),
    /// The file's findings, after its `Done`.
    Checked(Box<Checks>),
    Failed {
        id: u32,
        error: LoadError,
    },
}

impl Reply {
    /// About how many bytes the reply takes on the wire, to make room for
    /// at once: a parsed file about 3.6 times its text (measured on a
    /// 1 MB protocol: 3.7 MB).
    pub fn wire_size(&self) -> usize {
        match self {
            Reply::Done(done) => done.text.len().saturating_mul(4),
            Reply::Checked(checks) => checks.findings.len().saturating_mul(512),
            _ => 64,
        }
    }

    pub fn id(&self) -> u32 {
        match self {
            Reply::Ready => 0,
            Reply::Progress { id, .. } | Reply::Failed { id, .. } => *id,
            Reply::Done(done) => done.id,
            Reply::Checked(checks) => checks.id,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| {
            let error = LoadError::Internal {
                reason: e.to_string(),
            };
            serde_json::to_string(&Reply::Failed {
                id: self.id(),
                error,
            })
            .unwrap_or_default()
        })
    }

    pub fn from_json(json: &str) -> Result<Reply, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }
}

/// The read view's items: the scanner's lines, page furniture dropped.
pub fn read_items(items: &[scan::Item]) -> Vec<ReadItem> {
    items
        .iter()
        .filter(|it| !it.furniture)
        .map(|it| {
            let kind = match it.kind {
                ItemKind::Heading(_) | ItemKind::Strong => ReadKind::Heading,
                ItemKind::Text => ReadKind::Text,
                ItemKind::ListItem(_) => ReadKind::ListItem,
                ItemKind::TableRow => ReadKind::TableRow,
                ItemKind::TableRule => ReadKind::TableRule,
                ItemKind::Rule | ItemKind::PageBreak => ReadKind::Break,
                ItemKind::Blank => ReadKind::Blank,
            };
            let cells = it.cells.iter().map(|(t, _)| t.clone()).collect();
            ReadItem {
                kind,
                text: it.text.to_string(),
                span: it.span,
                cells,
            }
        })
        .collect()
}

/// Do the whole job for one file: `post` hears each stage as it starts,
/// then the parsed file (`Done`), then what the checks found (`Checked`);
/// or a failure.
/// The most heap made room for at once before a file (`run`).
const RESERVE_AT_MOST: usize = 64 << 20;

/// The text is scanned once: the parse, the reading view's items and the
/// rules read the same scan (kept here between the two replies).
pub fn run(id: u32, input: Input, mut post: impl FnMut(&Reply)) {
    // A parse, its check and their replies hold about eight times the text
    // at their peak (measured natively: 7 MB for 1.1 MB): the heap made
    // that large at once (`heap`), up to 64 MB (a PDF's text is much
    // smaller than its bytes; a larger file grows the heap as it goes).
    let size = match &input {
        Input::Text(t) => t.len(),
        Input::Bytes(b) => b.len(),
    };
    crate::heap::reserve(size.saturating_mul(8).min(RESERVE_AT_MOST));
    let (reply, items) = process_scanned(id, input, |stage| post(&Reply::Progress { id, stage }));
    post(&reply);
    if let Reply::Done(done) = &reply {
        post(&Reply::Checked(Box::new(check_scanned(done, Some(&items)))));
    }
}

/// Run the whole text pass once on a bundled sample (seed 000, read from
/// bytes as a dropped file is) and throw the replies away, after encoding
/// them for the wire. The browser compiles a wasm function the first time
/// it runs, and at first with its quick compiler: on a fresh page the first
/// file paid for compiling the reader, the parser, the rules and the wire
/// (traced: most of the worker's time for seed 003). The page asks for
/// this once the worker is ready and idle (`opener.rs`), so a file opened
/// later finds the code compiled. The parsed sample (`Done`, id 0) goes to
/// `parsed`: the page draws it out of sight once, so its own drawing code
/// and the browser's fonts are ready for the first file too
/// (`rehearsal.rs`). Says whether the sample parsed and was checked.
pub fn warm_up(mut parsed: impl FnMut(&Reply)) -> bool {
    let Some(text) = crate::samples::text("000") else {
        return false;
    };
    let (mut done, mut checked) = (false, false);
    run(0, Input::Bytes(text.as_bytes().to_vec()), |reply| {
        std::hint::black_box(crate::wire::encode(reply));
        if matches!(reply, Reply::Done(_)) {
            done = true;
            parsed(reply);
        }
        checked |= matches!(reply, Reply::Checked(_));
    });
    done && checked
}

/// Read and parse one file, up to what the outline needs (no rules run);
/// `progress` hears each stage as it starts.
pub fn process(id: u32, input: Input, progress: impl FnMut(Stage)) -> Reply {
    process_scanned(id, input, progress).0
}

/// [`process`] with the scan the parse was made from (empty when the file
/// failed), for the rules to run on afterwards ([`check_scanned`]).
pub fn process_scanned(
    id: u32,
    input: Input,
    mut progress: impl FnMut(Stage),
) -> (Reply, Vec<scan::Item<'static>>) {
    let (text, read_as, notes, source) = match input {
        Input::Text(text) => (text, None, Vec::new(), None),
        Input::Bytes(bytes) => {
            progress(Stage::Decoding);
            if bytes.len() as u64 > load::MAX_BYTES {
                let error = LoadError::TooLarge {
                    bytes: bytes.len() as u64,
                };
                return (Reply::Failed { id, error }, Vec::new());
            }
            match justera::input::decode(&bytes) {
                Ok(decoded) => {
                    // Said in the reader's words; tracked changes, comments
                    // and PDF tags also come back as findings (Document.source).
                    let notes = decoded
                        .notes
                        .iter()
                        .map(|n| format!("{} / {}", n.message(), n.message_en()))
                        .collect();
                    let read_as = Some(decoded.describe());
                    let source = Some(decoded.source());
                    (decoded.text, read_as, notes, source)
                }
                Err(e) => {
                    let error = LoadError::Input {
                        sv: e.message(),
                        en: e.message_en(),
                    };
                    return (Reply::Failed { id, error }, Vec::new());
                }
            }
        }
    };
    // The core's limits, pasted text included (it has not been through the
    // reader): a document over a limit fails alone, with the limit named,
    // and other files stay open.
    progress(Stage::Parsing);
    let (mut doc, scanned) = match justera::parse_checked_with_scan(&text) {
        Ok(parsed) => parsed,
        Err(e) => {
            let error = LoadError::Input {
                sv: e.message(),
                en: e.message_en(),
            };
            return (Reply::Failed { id, error }, Vec::new());
        }
    };
    doc.source = source;
    let items = read_items(&scanned);
    // The scan borrows the text, which the reply takes: kept as its own.
    let scanned = scanned.into_iter().map(scan::Item::into_owned).collect();
    let done = Done {
        id,
        text,
        read_as,
        doc,
        items,
        notes,
    };
    (Reply::Done(Box::new(done)), scanned)
}

/// Run the rules on a parsed file.
pub fn check(done: &Done) -> Checks {
    check_scanned(done, None)
}

/// [`check`] on the scan the parse was made from, when it is at hand (the
/// rules scan the text themselves otherwise).
pub fn check_scanned(done: &Done, items: Option<&[scan::Item]>) -> Checks {
    let findings: Vec<Finding> = justera::rules::check_with_scan(&done.doc, &done.text, items)
        .iter()
        .map(Finding::from)
        .collect();
    let mut rules: Vec<RuleDoc> = Vec::new();
    for f in &findings {
        if rules.iter().any(|r| r.code == f.code) {
            continue;
        }
        if let Some(rule) = justera::rules::rule(&f.code) {
            rules.push(RuleDoc {
                code: rule.code.to_string(),
                group: rule.group.to_string(),
                doc: rule.doc.to_string(),
                summary_sv: rule.summary_sv.to_string(),
            });
        }
    }
    Checks {
        id: done.id,
        findings,
        rules,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_warm_up_runs_the_whole_text_pass_on_a_sample() {
        let mut parsed = Vec::new();
        assert!(warm_up(|reply| parsed.push(reply.clone())));
        // The parsed sample, once, under the id no job has, for the page
        // to draw out of sight.
        match parsed.as_slice() {
            [Reply::Done(done)] => {
                assert_eq!(done.id, 0);
                assert!(!done.doc.paragraphs.is_empty());
            }
            other => panic!("expected one Done, got {}", other.len()),
        }
    }

    fn seed(prefix: &str) -> String {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
        let entry = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
            .unwrap();
        std::fs::read_to_string(entry.path()).unwrap()
    }

    #[test]
    fn the_model_survives_the_trip_from_worker_to_page() {
        let text = seed("003");
        let mut replies = Vec::new();
        run(7, Input::Bytes(text.clone().into_bytes()), |r| {
            replies.push(r.clone())
        });
        let stages: Vec<Stage> = replies
            .iter()
            .filter_map(|r| match r {
                Reply::Progress { id: 7, stage } => Some(*stage),
                _ => None,
            })
            .collect();
        assert_eq!(stages, vec![Stage::Decoding, Stage::Parsing]);
        // The parsed file first, then its findings: two messages.
        let [.., done, checked] = replies.as_slice() else {
            panic!("too few replies: {}", replies.len())
        };
        for reply in [done, checked] {
            assert_eq!(&Reply::from_json(&reply.to_json()).unwrap(), reply);
            // The page reads it in the wire's form.
            let bytes = crate::wire::encode(reply);
            assert_eq!(crate::wire::encode_sized(reply, reply.wire_size()), bytes);
            assert_eq!(&crate::wire::decode::<Reply>(&bytes).unwrap(), reply);
        }
        let (Reply::Done(done), Reply::Checked(checks)) = (done, checked) else {
            panic!("not done, then checked: {done:?}")
        };
        assert_eq!((done.id, checks.id), (7, 7));
        let decoded = justera::input::decode(text.as_bytes()).unwrap();
        assert_eq!(done.doc, justera::parse_decoded(&decoded).unwrap());
        assert_eq!(done.doc.paragraphs.len(), 29);
        assert!(done.items.iter().any(|i| i.kind == ReadKind::Heading));
        assert!(done.items.iter().all(|i| i.span.end <= text.len()));
        let diagnostics = justera::check(&done.doc, &text);
        assert!(!diagnostics.is_empty());
        assert_eq!(checks.findings.len(), diagnostics.len());
        for f in &checks.findings {
            assert!(f.span.end <= text.len());
            assert!(
                checks.rules.iter().any(|r| r.code == f.code),
                "no doc for {}",
                f.code
            );
        }
    }

    #[test]
    fn one_scan_gives_what_a_scan_of_each_own_would() {
        // The job scans once; the reading view's items and the findings
        // are what the plain reading (a scan for each) gives.
        let mut findings = 0;
        for prefix in ["000", "001", "002", "003"] {
            let text = seed(prefix);
            let mut replies = Vec::new();
            run(3, Input::Bytes(text.clone().into_bytes()), |r| {
                replies.push(r.clone())
            });
            let [.., Reply::Done(done), Reply::Checked(checks)] = replies.as_slice() else {
                panic!("seed {prefix}: not done, then checked")
            };
            assert_eq!(
                done.items,
                read_items(&scan::scan(&done.text)),
                "seed {prefix}"
            );
            assert_eq!(checks.findings, check(done).findings, "seed {prefix}");
            findings += checks.findings.len();
        }
        assert!(findings > 0);
    }

    #[test]
    fn a_failure_is_the_only_reply_after_progress() {
        let mut replies = Vec::new();
        run(5, Input::Bytes(Vec::new()), |r| replies.push(r.clone()));
        let last = replies.pop();
        assert!(
            matches!(last, Some(Reply::Failed { id: 5, .. })),
            "{last:?}"
        );
        assert!(replies
            .iter()
            .all(|r| matches!(r, Reply::Progress { id: 5, .. })));
    }

    #[test]
    fn bytes_that_are_not_text_fail_with_the_job_id() {
        let reply = process(
            3,
            Input::Bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
            |_| {},
        );
        let Reply::Failed {
            id: 3,
            error: LoadError::Input { sv, en },
        } = &reply
        else {
            panic!("not a failure: {reply:?}")
        };
        assert!(!sv.is_empty() && !en.is_empty());
        assert_eq!(Reply::from_json(&reply.to_json()).unwrap(), reply);
    }

    #[test]
    fn a_file_over_a_limit_fails_with_the_limit_named_in_both_languages() {
        use justera::limits::{MAX_INPUT_BYTES, MAX_LINE_BYTES, MAX_PARAGRAPHS};
        let failed = |reply: Reply| match reply {
            Reply::Failed {
                id: 4,
                error: LoadError::Input { sv, en },
            } => (sv, en),
            other => panic!("not a failure: {:?}", other.id()),
        };
        // Pasted text skips the reader, not its limits.
        let line = "a".repeat(MAX_LINE_BYTES + 1);
        let (sv, en) = failed(process(4, Input::Text(format!("§ 1\n{line}\n")), |_| {}));
        assert!(sv.contains("En rad är 100001 byte"), "{sv}");
        assert!(en.contains("A line is 100001 bytes"), "{en}");
        // A file read from disk goes through the same limits.
        let line = "a".repeat(MAX_LINE_BYTES);
        let reply = process(
            4,
            Input::Bytes(format!("§ 1\n{line}\n").into_bytes()),
            |_| {},
        );
        assert!(matches!(reply, Reply::Done(_)), "at the limit is read");
        // Paragraphs are counted after parsing.
        let mut text = String::from("Socialnämnden\nProtokoll 2024-03-18\n\n");
        for i in 1..=MAX_PARAGRAPHS + 1 {
            text.push_str(&format!("§ {i} Ärende\n\nBeslut att bifalla.\n\n"));
        }
        let (sv, en) = failed(process(4, Input::Bytes(text.into_bytes()), |_| {}));
        assert!(sv.contains("fler än 5000 paragrafer"), "{sv}");
        assert!(en.contains("more than 5000 paragraphs"), "{en}");
        // Over the input limit: refused before decoding.
        let reply = process(4, Input::Bytes(vec![b'a'; MAX_INPUT_BYTES + 1]), |_| {});
        let Reply::Failed {
            error: error @ LoadError::TooLarge { .. },
            ..
        } = reply
        else {
            panic!("not too large: {reply:?}")
        };
        let (sv, en) = error.message_both(crate::i18n::Lang::Sv);
        assert!(
            sv.contains("högst 25 MB") && sv.contains("Dela upp"),
            "{sv}"
        );
        assert!(en.contains("at most 25 MB") && en.contains("Split"), "{en}");
    }

    #[test]
    fn pasted_text_skips_decoding() {
        let mut stages = Vec::new();
        let reply = process(1, Input::Text("§ 1 Val av justerare".into()), |s| {
            stages.push(s)
        });
        assert_eq!(stages, vec![Stage::Parsing]);
        assert!(matches!(reply, Reply::Done(_)));
    }
}
