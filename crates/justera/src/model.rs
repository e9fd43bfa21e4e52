//! The typed model of a document. Plain data: every node that comes from the
//! text carries a [`Span`], a byte range into the exact text that was parsed.
//!
//! The JSON form of these types (serde, English keys) is a public interface,
//! described by `schema/document.schema.json`. With the `deserialize`
//! feature the model also reads back from that JSON (the web app hands it
//! from its parsing worker to the page); every model type derives it.

use serde::Serialize;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

use crate::party::PARTY_NAMES;
use crate::text::fold;

mod number;
mod source;
mod span;
pub use number::{number_suffix, paragraph_label, written_suffix, NumberSuffix, MAX_JOINT};
pub use source::{ChangeKind, Format, Note, Source};
pub use span::Span;

/// A piece of text as found, with where it was found.
#[derive(Serialize, Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Text {
    pub text: String,
    pub span: Span,
}

impl Text {
    pub fn new(text: impl Into<String>, span: Span) -> Text {
        Text {
            text: text.into(),
            span,
        }
    }
}

/// A calendar date, normalised to ISO 8601, with the text it was read from.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct DateRef {
    /// `YYYY-MM-DD`. Always a real calendar date.
    pub iso: String,
    /// The date as written (`2024-03-19`, `19 mars 2024`).
    pub written: String,
    pub span: Span,
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Protocol,
    ProtocolExtract,
    Memo,
    Bundle,
    NegotiationProtocol,
    Initiative,
    Unknown,
}

impl DocumentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Protocol => "protocol",
            DocumentKind::ProtocolExtract => "protocol_extract",
            DocumentKind::Memo => "memo",
            DocumentKind::Bundle => "bundle",
            DocumentKind::NegotiationProtocol => "negotiation_protocol",
            DocumentKind::Initiative => "initiative",
            DocumentKind::Unknown => "unknown",
        }
    }
}

/// The whole parsed document.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Document {
    pub kind: DocumentKind,
    /// Why the parser chose `kind` (always set; the reason matters most for `unknown`).
    pub kind_reason: String,
    /// Length of the parsed text in bytes.
    pub len: usize,
    pub title: Option<Text>,
    pub meeting: Meeting,
    pub attendance: Attendance,
    pub justering: Justering,
    pub secretary: Option<Person>,
    pub signatures: Vec<Signature>,
    pub notice: Notice,
    pub declared_range: Option<DeclaredRange>,
    pub toc: Vec<TocEntry>,
    pub paragraphs: Vec<Paragraph>,
    /// For memos: their own structure.
    pub memo: Option<Memo>,
    /// For bundles: the documents inside, in order.
    pub documents: Vec<SubDocument>,
    /// Tables found anywhere in the text.
    pub tables: Vec<Table>,
    /// The first pass: top-level blocks that together cover the whole text.
    pub blocks: Vec<Block>,
    /// How the text was read from its file (format, encoding, pages, and
    /// what the conversion found: tracked changes, comments, PDF tags);
    /// `None` when the text was parsed directly.
    pub source: Option<Source>,
}

#[derive(Serialize, Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Meeting {
    /// The body that met (`Socialnämnden`, `Kommunstyrelsen`).
    pub body: Option<Text>,
    /// The protocol's number (`4/2024`).
    pub number: Option<Text>,
    pub date: Option<DateRef>,
    /// The weekday as written (`tisdagen`), when one is.
    pub weekday: Option<Text>,
    /// `HH:MM`.
    pub start: Option<Text>,
    /// `HH:MM`.
    pub end: Option<Text>,
    pub place: Option<Text>,
    pub span: Option<Span>,
}

#[derive(Serialize, Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Attendance {
    pub members: Vec<Person>,
    pub serving_substitutes: Vec<Person>,
    pub substitutes: Vec<Person>,
    pub others: Vec<Person>,
    pub span: Option<Span>,
}

impl Attendance {
    pub fn all(&self) -> impl Iterator<Item = &Person> {
        self.members
            .iter()
            .chain(&self.serving_substitutes)
            .chain(&self.substitutes)
            .chain(&self.others)
    }
}

/// A person as named in the document.
#[derive(Serialize, Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Person {
    pub name: String,
    pub party: Option<String>,
    /// `ordförande`, `vice ordförande`, or an official's title, lower case.
    pub role: Option<String>,
    /// For a serving substitute: whom they replace.
    pub replaces: Option<Replaces>,
    /// Which paragraphs this person is in or out of.
    pub scope: Option<Scope>,
    /// `m.fl.`: the name stands for a group of the party.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    #[serde(default)]
    pub group: bool,
    /// Set when the entry was read from a damaged layout and could be
    /// wrong (absent when the text states it plainly).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default)]
    pub inferred: Option<Inference>,
    pub span: Span,
}

/// How an uncertain fact was read. A fact the parser had to guess from a
/// damaged layout carries one; a rule built on it reports at most `info`
/// ("could not confirm ..."), never an error.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum Inference {
    /// From an attendance list set in two columns and flattened line by
    /// line, where a line (a wrapped scope or role) could belong to either
    /// column.
    FlattenedColumns,
    /// Joined across a page break: a table whose rows continue after it.
    PageBreak,
    /// From a list the text ends inside (a roll call whose last entry is
    /// the text's last word): who else is on it cannot be seen.
    ListCut,
}

impl Inference {
    /// Why the fact is uncertain, in Swedish and English, for a message.
    pub fn why(self) -> (&'static str, &'static str) {
        match self {
            Inference::FlattenedColumns => (
                "närvarolistan är tvåspaltig och tolkad rad för rad",
                "the attendance list is in two columns and was read line by line",
            ),
            Inference::PageBreak => (
                "tabellen fortsätter efter en sidbrytning",
                "the table continues after a page break",
            ),
            Inference::ListCut => (
                "närvarolistan slutar där texten slutar och kan fortsätta",
                "the attendance list ends where the text ends and may go on",
            ),
        }
    }
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Replaces {
    Person { name: String, party: Option<String> },
    Vacancy { party: Option<String> },
}

/// A set of paragraphs a person is in (`only`) or out of (`except`).
#[derive(Serialize, Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Scope {
    pub only: Vec<u32>,
    pub except: Vec<u32>,
    /// Why, where given (`jäv`).
    pub reason: Option<String>,
    pub text: String,
    pub span: Span,
}

impl Scope {
    /// Whether the person is there for paragraph `n`.
    pub fn includes(&self, n: u32) -> bool {
        (self.only.is_empty() || self.only.contains(&n)) && !self.except.contains(&n)
    }
}

#[derive(Serialize, Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Justering {
    pub justerare: Vec<Person>,
    pub date: Option<DateRef>,
    /// Where and how (`digitalt`, a place and time).
    pub place: Option<Text>,
    pub span: Option<Span>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Signature {
    /// `sekreterare`, `ordförande`, `justerare`, or none in a digital table.
    pub role: Option<String>,
    pub name: String,
    pub date: Option<DateRef>,
    /// Signed with e-ID: in a digital signature table or on an e-signing
    /// service's page (`Verifikat`).
    pub digital: bool,
    pub span: Span,
}

/// The public notice (anslag) of the approved protocol.
#[derive(Serialize, Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Notice {
    pub posted: Option<DateRef>,
    pub removed: Option<DateRef>,
    pub appeal_deadline: Option<DateRef>,
    /// Where the original is kept.
    pub kept_at: Option<Text>,
    pub span: Option<Span>,
}

/// The paragraph range the protocol declares (`§§ 15-30`).
#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct DeclaredRange {
    pub text: String,
    pub numbers: Vec<u32>,
    pub span: Span,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TocEntry {
    pub number: u32,
    pub title: String,
    pub page: Option<u32>,
    pub span: Span,
}

/// One numbered paragraph (`§ N`) or, in documents without `§`, one agenda item.
#[derive(Serialize, Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Paragraph {
    pub number: u32,
    /// The number as written (`§ 17`, `$ 155`, `5.`).
    pub number_text: String,
    pub title: String,
    pub title_span: Option<Span>,
    pub case_numbers: Vec<Text>,
    /// Published as the confidential stub only (`Beslutet publiceras ej ...`).
    pub confidential: bool,
    /// Immediately approved (`förklarar paragrafen omedelbart justerad`).
    pub immediately_approved: bool,
    /// Every part under its heading, in order.
    pub parts: Vec<Part>,
    pub decision: Option<Decision>,
    pub proposals: Vec<Proposal>,
    pub procedure: Vec<Question>,
    pub votes: Vec<Vote>,
    pub outcome: Option<Outcome>,
    pub reservations: Vec<Reservation>,
    /// Protocol notes, special statements, substitutes' statements.
    pub statements: Vec<Statement>,
    pub jav: Vec<Jav>,
    /// Documents the matter was based on.
    pub documents: Vec<Text>,
    /// Attachments (`Bilaga N`) referred to.
    pub attachments: Vec<Text>,
    pub span: Span,
}

impl Paragraph {
    pub fn part(&self, kind: PartKind) -> Option<&Part> {
        self.parts.iter().find(|p| p.kind == kind)
    }

    /// The letter of a paragraph inserted after another (`§ 12 a`), as
    /// written in [`Paragraph::number_text`], in lower case.
    pub fn letter(&self) -> Option<char> {
        written_suffix(&self.number_text, self.number).letter
    }

    /// The last number the paragraph covers: `13` for a joint head
    /// (`§§ 12-13`), its number otherwise.
    pub fn last_number(&self) -> u32 {
        written_suffix(&self.number_text, self.number)
            .last
            .unwrap_or(self.number)
    }

    /// The paragraph named as its head writes it, for messages and views:
    /// `§ 12`, `§ 12 a` (inserted after `§ 12`), `§§ 13-14` (a joint head,
    /// however its range was written). Unique where the numbers are.
    pub fn label(&self) -> String {
        paragraph_label(self.number, written_suffix(&self.number_text, self.number))
    }
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    /// Text before any part heading.
    Lead,
    Decision,
    Summary,
    Proposals,
    Procedure,
    Vote,
    Reservations,
    ProtocolNote,
    Statement,
    SubstituteStatement,
    Jav,
    Documents,
    Attachments,
    Other,
}

/// A part of a paragraph: its heading (if any) and its text.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Part {
    pub kind: PartKind,
    pub heading: Option<Text>,
    /// The text without markup, lines joined.
    pub text: String,
    /// The span of the text under the heading.
    pub span: Span,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Decision {
    pub text: String,
    /// Numbered points (`1. Socialnämnden ...`), when the decision has them.
    pub points: Vec<Text>,
    pub span: Span,
}

/// Who stands behind something: persons, party groups.
#[derive(Serialize, Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Actor {
    pub name: String,
    pub party: Option<String>,
    /// `m.fl.`
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    #[serde(default)]
    pub group: bool,
    pub span: Span,
}

impl Actor {
    /// Written `X m.fl.`: one person named for a group. A party group
    /// named as such (`Moderaterna`, `SD-gruppen`, `Ledamöterna från M`) is
    /// a group too, but its name already says so.
    pub fn and_others(&self) -> bool {
        // Folded only for a group.
        self.group && {
            let f = fold(&self.name);
            !(f.contains("grupp")
                || f.starts_with("ledam")
                || f.starts_with("samtliga")
                || PARTY_NAMES.iter().any(|(n, _)| f.starts_with(n)))
        }
    }
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum ProposalKind {
    /// The base proposal (administration's, chair's, an utskott's).
    Base,
    Approve,
    Reject,
    Amend,
    Add,
    ReferBack,
    Postpone,
    Own,
    /// A candidate put forward in an election (`Fri nominering`); the
    /// text names the candidate.
    Nominate,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Proposal {
    /// Stable within the paragraph: `base`, `p1`, `p2`, ...
    pub id: String,
    pub kind: ProposalKind,
    /// For the base proposal: whose it is (`förvaltningens förslag`).
    pub source: Option<String>,
    pub by: Vec<Actor>,
    /// `gemensamt`: a joint proposal.
    pub joint: bool,
    /// 1 for `i första hand`, 2 for `i andra hand`.
    pub priority: Option<u8>,
    pub text: String,
    pub span: Span,
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum Method {
    Acclamation,
    Vote,
    Unopposed,
    Lot,
}

/// What a question decides.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Which proposal the meeting adopts.
    Main,
    /// Whether to decide today or send the matter back (återremiss).
    ReferBack,
    /// Whether to decide today or postpone it (bordläggning).
    Postpone,
    /// Which proposal stands against the main one in a vote (motförslag).
    CounterProposal,
    /// A point decided on its own inside the item (`Yrkande: byte av
    /// sekreterare` and its `beslut`): it does not stand against the
    /// item's other proposals.
    Separate,
}

/// A question the chair put.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Question {
    pub kind: QuestionKind,
    /// Proposal ids put against each other.
    pub between: Vec<String>,
    /// The proposal the meeting found for.
    pub winner: Option<String>,
    /// Proposals the meeting found against (for a refer-back or postpone
    /// question decided "today": the motion itself).
    pub rejected: Vec<String>,
    pub method: Method,
    pub text: String,
    pub span: Span,
}

#[derive(Serialize, Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Counts {
    pub yes: Option<u32>,
    pub no: Option<u32>,
    pub abstain: Option<u32>,
    pub absent: Option<u32>,
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum Ballot {
    Yes,
    No,
    Abstain,
    Absent,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct RollCallEntry {
    pub name: String,
    pub party: Option<String>,
    pub vote: Ballot,
    /// Written outside the table (the chair's line under it): the ballot is
    /// inferred from the declared counts.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    #[serde(default)]
    pub inferred: bool,
    /// Set when the row was joined to the roll call across a page break
    /// (absent when it stands in the table).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default)]
    pub joined: Option<Inference>,
    pub span: Span,
}

/// A counted vote (omröstning).
#[derive(Serialize, Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Vote {
    /// What a yes vote meant (a proposal id where it could be resolved).
    pub yes_means: Option<String>,
    pub no_means: Option<String>,
    pub yes_text: Option<String>,
    pub no_text: Option<String>,
    pub counts: Counts,
    pub roll_call: Vec<RollCallEntry>,
    /// At a tie: the chair's casting vote decided (`utslagsröst`).
    pub casting_vote: bool,
    /// Settled by lot.
    pub lot: bool,
    /// The proposal id the vote adopted: as the protocol states it, else
    /// as the counts imply.
    pub result: Option<String>,
    /// The protocol states the result (`beslutar enligt ...`), rather than
    /// it being read from the counts.
    pub result_stated: bool,
    /// Where the counts are written.
    pub counts_span: Option<Span>,
    pub span: Span,
}

impl Vote {
    /// The names on the roll call who cast `ballot`, in its order.
    pub fn cast(&self, ballot: Ballot) -> impl Iterator<Item = &str> + '_ {
        self.roll_call
            .iter()
            .filter(move |r| r.vote == ballot)
            .map(|r| r.name.as_str())
    }
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Outcome {
    /// The adopted proposal's id.
    pub adopted: Option<String>,
    pub contested: bool,
    pub method: Method,
    /// Yes minus no in a counted vote.
    pub margin: Option<i64>,
    pub span: Option<Span>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Reservation {
    pub by: Vec<Actor>,
    /// The proposal id they favour, where resolved.
    pub in_favour_of: Option<String>,
    /// The favoured proposal as written (`det egna yrkandet`).
    pub in_favour_text: Option<String>,
    pub text: String,
    pub span: Span,
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    ProtocolNote,
    Statement,
    SubstituteStatement,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Statement {
    pub kind: StatementKind,
    pub by: Vec<Actor>,
    /// The proposal the statement backs (`X (S) stödjer Y:s yrkande`), where
    /// it names one.
    #[serde(default)]
    pub supports: Option<String>,
    pub text: String,
    pub span: Span,
}

/// A declared conflict of interest.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Jav {
    pub by: Vec<Actor>,
    pub text: String,
    pub span: Span,
}

/// A tjänsteskrivelse / tjänsteutlåtande.
#[derive(Serialize, Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Memo {
    pub date: Option<DateRef>,
    pub case_numbers: Vec<Text>,
    pub title: Option<Text>,
    pub proposed_decision: Option<Text>,
    pub summary: Option<Text>,
    pub documents_listed: Vec<Text>,
    pub signatories: Vec<Person>,
    pub distribution: Vec<Text>,
    pub sections: Vec<Part>,
    pub span: Span,
}

/// One document inside a bundle.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct SubDocument {
    pub kind: DocumentKind,
    pub title: String,
    pub case_numbers: Vec<Text>,
    pub date: Option<DateRef>,
    pub memo: Option<Memo>,
    pub paragraphs: Vec<Paragraph>,
    pub confidential: bool,
    pub span: Span,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Table {
    pub rows: Vec<Vec<Text>>,
    /// The first row is a header.
    pub header: bool,
    pub span: Span,
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// Meeting header, attendance, justering, notice: everything before the first paragraph.
    Front,
    Toc,
    Paragraph,
    /// Signatures, attachments and anything after the last paragraph.
    Back,
    /// A document inside a bundle.
    Document,
    /// A document with no paragraphs.
    Body,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Block {
    pub kind: BlockKind,
    /// For paragraph blocks: the paragraph's number.
    pub number: Option<u32>,
    pub span: Span,
}
