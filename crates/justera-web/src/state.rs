//! The app's state and every way it can change: plain Rust, no DOM, so it is
//! tested natively. `App` holds it in a `use_reducer` (the `Reducible` impl
//! lives in `app.rs`, the only place that knows Yew).

use std::rc::Rc;

use crate::i18n::Lang;
use crate::load::LoadError;
use crate::work::{Checks, Done, Finding, RuleDoc, Stage};

/// A file the user opened, parsed: the worker's result, in two messages.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub id: u32,
    pub name: String,
    pub data: Rc<Done>,
    /// What the checks found; `None` while the rules still run, or when
    /// they failed.
    pub checks: Option<Rc<Checks>>,
    /// The worker failed (crashed, trapped) before the findings came: the
    /// outline stays, the check is said to have failed.
    pub check_failed: bool,
}

/// Two loaded files are the same when they are the same load, as far checked.
impl PartialEq for Loaded {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && Rc::ptr_eq(&self.data, &other.data)
            && self.check_failed == other.check_failed
            && match (&self.checks, &other.checks) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
    }
}

impl Loaded {
    /// Whether the findings are there (the rules have run).
    pub fn checked(&self) -> bool {
        self.checks.is_some()
    }

    /// The rules are still running: neither findings nor a failure yet.
    pub fn checking(&self) -> bool {
        self.checks.is_none() && !self.check_failed
    }

    /// What the checks found; none while they run.
    pub fn findings(&self) -> &[Finding] {
        self.checks.as_deref().map_or(&[], |c| &c.findings)
    }

    /// The docs of the rules behind the findings.
    pub fn rules(&self) -> &[RuleDoc] {
        self.checks.as_deref().map_or(&[], |c| &c.rules)
    }
}

/// A file being read or parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    pub id: u32,
    pub name: String,
    pub stage: Stage,
}

/// A file that could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub name: String,
    pub error: LoadError,
}

/// Light or dark colours; `System` follows `prefers-color-scheme`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn tag(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_tag(tag: &str) -> Theme {
        match tag {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }
}

/// The views of an open document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// The meeting, attendance and decisions.
    #[default]
    Overview,
    /// Outline beside the clean text, with search.
    Read,
    /// What the checks found, over the source.
    Check,
    /// Proposals, procedure, votes, reservations; per party.
    Outcomes,
}

impl View {
    pub const ALL: [View; 4] = [View::Overview, View::Read, View::Check, View::Outcomes];

    /// The URL fragment that opens this view.
    pub fn hash(self) -> &'static str {
        match self {
            View::Overview => "#oversikt",
            View::Read => "#las",
            View::Check => "#granska",
            View::Outcomes => "#utfall",
        }
    }

    /// A fragment as a view and the paragraph to show, by its id: `#p20`
    /// is § 20 in the read view, `#p20a` § 20 a (`anchor.rs`).
    pub fn from_hash(hash: &str) -> Option<(View, Option<String>)> {
        let h = hash.trim_start_matches('#');
        if crate::anchor::is_anchor(h) {
            return Some((View::Read, Some(h.to_string())));
        }
        View::ALL
            .into_iter()
            .find(|v| v.hash()[1..] == *h)
            .map(|v| (v, None))
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub files: Vec<Loaded>,
    pub pending: Vec<Pending>,
    /// The id of the file shown.
    pub current: Option<u32>,
    pub problems: Vec<Problem>,
    pub lang: Lang,
    pub view: View,
    /// The paragraph the read view should bring into sight, by its id.
    pub target: Option<String>,
    pub theme: Theme,
    /// The accessibility statement is shown instead of the document.
    pub statement: bool,
    /// With a file open the opener folds into the page's top bar; this
    /// unfolds it to open another file.
    pub opener_open: bool,
}

#[derive(Clone, Debug)]
pub enum Action {
    /// Reading of a file began (the id comes from the caller).
    Started {
        id: u32,
        name: String,
    },
    /// The worker moved on to the next stage.
    Progress {
        id: u32,
        stage: Stage,
    },
    /// A file was parsed (its findings follow).
    Parsed {
        name: String,
        done: Rc<Done>,
    },
    /// A parsed file's findings.
    Checked(Rc<Checks>),
    /// A file could not be opened.
    Failed {
        id: u32,
        name: String,
        error: LoadError,
    },
    Select(u32),
    Close(u32),
    DismissProblems,
    SetLang(Lang),
    SetView(View),
    SetTheme(Theme),
    ShowStatement(bool),
    /// Show the paragraph with this id (`p20`, `p20a`) in the read view.
    Goto(String),
    /// Unfold (or fold) the opener once a file is open.
    ShowOpener(bool),
}

/// At most this many problems are kept on screen.
const MAX_PROBLEMS: usize = 5;

impl State {
    pub fn current(&self) -> Option<&Loaded> {
        let id = self.current?;
        self.files.iter().find(|f| f.id == id)
    }

    pub fn busy(&self) -> bool {
        !self.pending.is_empty()
    }

    /// The opener is folded into one compact bar: a file is open and the
    /// user has not asked for the opener.
    pub fn compact(&self) -> bool {
        !self.files.is_empty()
    }

    /// Whether the full opener is shown: always before any file is open,
    /// afterwards only on request.
    pub fn opener_shown(&self) -> bool {
        self.files.is_empty() || self.opener_open
    }

    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        let mut s = self.clone();
        match action {
            Action::Started { id, name } => {
                s.pending.retain(|p| p.id != id);
                s.pending.push(Pending {
                    id,
                    name,
                    stage: Stage::Reading,
                });
            }
            Action::Progress { id, stage } => {
                if let Some(p) = s.pending.iter_mut().find(|p| p.id == id) {
                    p.stage = stage;
                }
            }
            Action::Parsed { name, done } => {
                let id = done.id;
                s.pending.retain(|p| p.id != id);
                // Opening the same file again shows the copy already open;
                // one whose check failed is replaced, so it is checked anew.
                let same = s
                    .files
                    .iter()
                    .position(|f| f.name == name && f.data.text == done.text);
                let fresh = Loaded {
                    id,
                    name: name.clone(),
                    data: done.clone(),
                    checks: None,
                    check_failed: false,
                };
                if let Some(i) = same.filter(|&i| s.files[i].check_failed) {
                    s.files[i] = fresh;
                    s.current = Some(id);
                } else if let Some(i) = same {
                    s.current = Some(s.files[i].id);
                } else {
                    s.files.push(fresh);
                    s.current = Some(id);
                }
                s.problems.retain(|p| p.name != name);
                // The new file is what the user wants to see: fold the opener.
                s.opener_open = false;
            }
            Action::Checked(checks) => {
                // A file closed meanwhile, or opened twice (the copy already
                // open is shown), takes no findings.
                if let Some(f) = s.files.iter_mut().find(|f| f.id == checks.id) {
                    f.checks = Some(checks);
                }
            }
            Action::Failed { id, name, error } => {
                s.pending.retain(|p| p.id != id);
                // A file already shown whose findings had not come: its
                // check failed; the outline stays and the page says so.
                let error = match s.files.iter_mut().find(|f| f.id == id && f.checking()) {
                    Some(file) => {
                        file.check_failed = true;
                        LoadError::CheckFailed {
                            reason: error.reason(),
                        }
                    }
                    None => error,
                };
                s.problems.push(Problem { name, error });
                let extra = s.problems.len().saturating_sub(MAX_PROBLEMS);
                s.problems.drain(..extra);
            }
            Action::Select(id) => {
                if s.files.iter().any(|f| f.id == id) {
                    s.current = Some(id);
                }
            }
            Action::Close(id) => {
                if let Some(i) = s.files.iter().position(|f| f.id == id) {
                    s.files.remove(i);
                    if s.current == Some(id) {
                        // Show the neighbour that took its place, or the last.
                        s.current = s.files.get(i).or(s.files.last()).map(|f| f.id);
                    }
                }
            }
            Action::DismissProblems => s.problems.clear(),
            Action::SetLang(lang) => s.lang = lang,
            Action::SetView(view) => {
                s.view = view;
                s.target = None;
                s.statement = false;
            }
            Action::SetTheme(theme) => s.theme = theme,
            Action::ShowStatement(on) => s.statement = on,
            Action::Goto(n) => {
                s.view = View::Read;
                s.target = Some(n);
                s.statement = false;
            }
            Action::ShowOpener(on) => s.opener_open = on,
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(id: u32, name: &str, text: &str) -> Action {
        let crate::work::Reply::Done(done) =
            crate::work::process(id, crate::work::Input::Text(text.into()), |_| {})
        else {
            panic!("text always parses")
        };
        Action::Parsed {
            name: name.into(),
            done: Rc::new(*done),
        }
    }

    /// The findings of a file parsed by `parsed`.
    fn checked(action: &Action) -> Action {
        let Action::Parsed { done, .. } = action else {
            panic!("not parsed")
        };
        Action::Checked(Rc::new(crate::work::check(done)))
    }

    const WITH_FINDINGS: &str =
        "Protokoll\n\n§ 1 Val av justerare\n\n§ 3 Budget\n\nE-post anna@example.se\n";

    #[test]
    fn the_outline_comes_first_and_the_findings_follow() {
        let a = parsed(1, "a.txt", WITH_FINDINGS);
        let s = State::default()
            .apply(Action::Started {
                id: 1,
                name: "a.txt".into(),
            })
            .apply(a.clone());
        // Shown and no longer pending, while the rules still run.
        assert!(!s.busy());
        let file = s.current().unwrap();
        assert!(!file.checked());
        assert!(file.findings().is_empty() && file.rules().is_empty());
        assert_eq!(file.data.doc.paragraphs.len(), 2);
        let before = file.clone();
        let s = s.apply(checked(&a));
        let file = s.current().unwrap();
        assert!(file.checked());
        assert!(!file.findings().is_empty(), "a gap and an address");
        assert!(file
            .findings()
            .iter()
            .all(|f| file.rules().iter().any(|r| r.code == f.code)));
        // The same parse, now with findings: drawn again.
        assert!(Rc::ptr_eq(&before.data, &file.data));
        assert_ne!(&before, file);
    }

    #[test]
    fn a_worker_failing_while_the_rules_run_fails_the_check_not_the_file() {
        let a = parsed(1, "a.txt", WITH_FINDINGS);
        let crashed = LoadError::Crashed {
            reason: "unreachable".into(),
        };
        let s = State::default().apply(a.clone()).apply(Action::Failed {
            id: 1,
            name: "a.txt".into(),
            error: crashed.clone(),
        });
        // Still shown, no longer "checking", and the failure said in both languages.
        let file = s.current().unwrap();
        assert!(file.check_failed && !file.checking() && !file.checked());
        let [problem] = s.problems.as_slice() else {
            panic!("one problem: {:?}", s.problems)
        };
        let (sv, en) = problem.error.message_both(Lang::Sv);
        assert!(sv.starts_with("Granskningen misslyckades") && sv.contains("unreachable"));
        assert!(en.starts_with("The check failed") && en.contains("unreachable"));
        // Opening the file again replaces the failed copy and checks it anew.
        let again = parsed(2, "a.txt", WITH_FINDINGS);
        let s = s.apply(again.clone());
        assert_eq!((s.files.len(), s.current), (1, Some(2)));
        assert!(s.current().unwrap().checking());
        let s = s.apply(checked(&again));
        assert!(s.current().unwrap().checked());
        // A failure of a file never shown stays a failure to open it.
        let s = s.apply(Action::Failed {
            id: 7,
            name: "b.txt".into(),
            error: crashed.clone(),
        });
        assert_eq!(s.problems.last().unwrap().error, crashed);
        // Nor does a late failure undo findings that came.
        let s = s.apply(Action::Failed {
            id: 2,
            name: "a.txt".into(),
            error: crashed,
        });
        assert!(s.current().unwrap().checked() && !s.current().unwrap().check_failed);
    }

    #[test]
    fn findings_of_a_file_closed_or_opened_twice_meanwhile_go_nowhere() {
        let a = parsed(1, "a.txt", WITH_FINDINGS);
        let b = parsed(2, "b.txt", "§ 1 Övrigt");
        let s = State::default().apply(a.clone()).apply(b.clone());
        // b closed before its findings came.
        let s = s.apply(Action::Close(2)).apply(checked(&b));
        assert_eq!(s.files.len(), 1);
        assert!(!s.files[0].checked(), "a's findings have not come");
        // a opened again: the copy open is shown; the second load's
        // findings find no file, the first's reach it.
        let again = parsed(3, "a.txt", WITH_FINDINGS);
        let s = s.apply(again.clone()).apply(checked(&again));
        assert_eq!((s.files.len(), s.current), (1, Some(1)));
        assert!(!s.files[0].checked());
        let s = s.apply(checked(&a));
        assert!(s.files[0].checked());
        // Switched to another file meanwhile: the findings reach theirs.
        let c = parsed(4, "c.txt", "§ 9 Annat");
        let s = s
            .apply(c.clone())
            .apply(Action::Select(1))
            .apply(checked(&c));
        assert_eq!(s.current, Some(1));
        assert!(s.files.iter().all(Loaded::checked));
    }

    #[test]
    fn a_parsed_file_is_shown_and_no_longer_pending() {
        let s = State::default()
            .apply(Action::Started {
                id: 1,
                name: "a.txt".into(),
            })
            .apply(Action::Started {
                id: 2,
                name: "b.txt".into(),
            });
        assert!(s.busy());
        let s = s.apply(parsed(1, "a.txt", "§ 1 Val av justerare"));
        assert_eq!(s.current().map(|f| f.name.as_str()), Some("a.txt"));
        let s = s.apply(Action::Progress {
            id: 2,
            stage: Stage::Parsing,
        });
        let b = Pending {
            id: 2,
            name: "b.txt".into(),
            stage: Stage::Parsing,
        };
        assert_eq!(s.pending, vec![b]);
        let s = s.apply(parsed(2, "b.txt", "§ 2 Övrigt"));
        assert_eq!(s.current, Some(2));
        assert!(!s.busy());
        assert_eq!(s.apply(Action::Select(1)).current, Some(1));
        assert_eq!(
            s.apply(Action::Select(99)).current,
            Some(2),
            "unknown ids are ignored"
        );
    }

    #[test]
    fn opening_the_same_file_twice_keeps_one_copy() {
        let s = State::default()
            .apply(parsed(1, "a.txt", "x"))
            .apply(parsed(2, "b.txt", "y"));
        let s = s.apply(parsed(3, "a.txt", "x"));
        assert_eq!(s.files.len(), 2);
        assert_eq!(s.current, Some(1));
        // Same name, new content: a new file.
        let s = s.apply(parsed(4, "a.txt", "z"));
        assert_eq!(s.files.len(), 3);
        assert_eq!(s.current, Some(4));
    }

    #[test]
    fn closing_shows_a_neighbour() {
        let s = State::default()
            .apply(parsed(1, "a", "1"))
            .apply(parsed(2, "b", "2"))
            .apply(parsed(3, "c", "3"))
            .apply(Action::Select(2));
        let s = s.apply(Action::Close(2));
        assert_eq!(s.current, Some(3));
        let s = s.apply(Action::Close(3));
        assert_eq!(s.current, Some(1));
        let s = s.apply(Action::Close(1));
        assert_eq!(s.current, None);
        assert!(s.current().is_none());
    }

    #[test]
    fn failures_are_listed_bounded_and_cleared_by_success_or_dismissal() {
        let mut s = State::default();
        for i in 0..8 {
            s = s.apply(Action::Started {
                id: i,
                name: format!("f{i}"),
            });
            s = s.apply(Action::Failed {
                id: i,
                name: format!("f{i}"),
                error: LoadError::NotText,
            });
        }
        assert_eq!(s.problems.len(), MAX_PROBLEMS);
        assert_eq!(s.problems.last().unwrap().name, "f7");
        assert!(!s.busy());
        let s = s.apply(parsed(9, "f7", "text"));
        assert!(s.problems.iter().all(|p| p.name != "f7"));
        assert!(s.apply(Action::DismissProblems).problems.is_empty());
    }

    #[test]
    fn a_file_over_a_limit_is_a_problem_of_its_own_and_open_files_stay() {
        let s = State::default()
            .apply(parsed(1, "a.txt", "§ 1 Val av justerare"))
            .apply(parsed(2, "b.txt", "§ 2 Övrigt"))
            .apply(Action::Select(1))
            .apply(Action::Started {
                id: 3,
                name: "lång.txt".into(),
            });
        let line = "x".repeat(justera::limits::MAX_LINE_BYTES + 1);
        let reply = crate::work::process(3, crate::work::Input::Bytes(line.into_bytes()), |_| {});
        let crate::work::Reply::Failed { id, error } = reply else {
            panic!("over the line limit: {reply:?}")
        };
        let s = s.apply(Action::Failed {
            id,
            name: "lång.txt".into(),
            error,
        });
        // The open files, the one shown and its view are as they were.
        assert_eq!(s.files.len(), 2);
        assert_eq!(s.current().map(|f| f.name.as_str()), Some("a.txt"));
        assert!(!s.busy());
        let [problem] = s.problems.as_slice() else {
            panic!("one problem: {:?}", s.problems)
        };
        assert_eq!(problem.name, "lång.txt");
        assert!(problem.error.message(Lang::Sv).contains("En rad är"));
        assert!(problem.error.message(Lang::En).contains("A line is"));
    }

    #[test]
    fn fragments_open_views_and_paragraphs() {
        let read = |id: &str| Some((View::Read, Some(id.to_string())));
        assert_eq!(View::from_hash("#p20"), read("p20"));
        assert_eq!(View::from_hash("#p20a"), read("p20a"));
        assert_eq!(View::from_hash("#p20-21"), read("p20-21"));
        // The second `§ 20` of a file that numbers two paragraphs so.
        assert_eq!(View::from_hash("#p20-2"), read("p20-2"));
        assert_eq!(View::from_hash("#granska"), Some((View::Check, None)));
        for v in View::ALL {
            assert_eq!(View::from_hash(v.hash()), Some((v, None)));
        }
        assert_eq!(View::from_hash("#main"), None);
        assert_eq!(View::from_hash("#px"), None);
        let s = State::default().apply(Action::Goto("p20".into()));
        assert_eq!((s.view, s.target.as_deref()), (View::Read, Some("p20")));
        let s = s.apply(Action::SetView(View::Check));
        assert_eq!((s.view, s.target), (View::Check, None));
    }

    #[test]
    fn themes_round_trip_and_the_statement_closes_on_navigation() {
        for t in [Theme::System, Theme::Light, Theme::Dark] {
            assert_eq!(Theme::from_tag(t.tag()), t);
        }
        assert_eq!(Theme::from_tag("purple"), Theme::System);
        let s = State::default().apply(Action::ShowStatement(true));
        assert!(s.statement);
        assert!(!s.apply(Action::Goto("p3".into())).statement);
        assert_eq!(s.apply(Action::SetTheme(Theme::Dark)).theme, Theme::Dark);
    }

    #[test]
    fn the_opener_folds_once_a_file_is_open_and_unfolds_on_request() {
        let s = State::default();
        assert!(!s.compact());
        assert!(s.opener_shown(), "nothing open: the full opener");
        let s = s.apply(parsed(1, "a.txt", "§ 1 Val av justerare"));
        assert!(s.compact());
        assert!(!s.opener_shown(), "a file open: folded");
        let s = s.apply(Action::ShowOpener(true));
        assert!(s.opener_shown());
        // Opening another file folds it again.
        let s = s.apply(parsed(2, "b.txt", "§ 2 Övrigt"));
        assert!(!s.opener_shown());
        let s = s
            .apply(Action::ShowOpener(true))
            .apply(Action::ShowOpener(false));
        assert!(!s.opener_shown());
        // Closing the last file shows the full opener.
        let s = s.apply(Action::Close(1)).apply(Action::Close(2));
        assert!(!s.compact() && s.opener_shown());
    }

    #[test]
    fn language_switches() {
        let s = State::default();
        assert_eq!(s.lang, Lang::Sv);
        assert_eq!(s.apply(Action::SetLang(Lang::En)).lang, Lang::En);
    }
}
