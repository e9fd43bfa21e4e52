//! Every type that crosses from a worker to the page, with all its fields
//! in declaration order (see the parent module).

use justera::{
    Actor, Attendance, Ballot, Block, BlockKind, ChangeKind, Counts, DateRef, Decision,
    DeclaredRange, Document, DocumentKind, Format, Inference, Jav, Justering, Meeting, Memo,
    Method, Note, Notice, Outcome, Paragraph, Part, PartKind, Person, Proposal, ProposalKind,
    Question, QuestionKind, Replaces, Reservation, RollCallEntry, Scope, Signature, Source, Span,
    Statement, StatementKind, SubDocument, Table, Text, TocEntry, Vote,
};

use crate::load::LoadError;
use crate::work::{
    Checks, Done, Finding, FindingLabel, Level, ReadItem, ReadKind, Reply, RuleDoc, Stage,
};

// The core's model (`justera::model`).
wire_struct! {
    Text { text, span }
    DateRef { iso, written, span }
    Document { kind, kind_reason, len, title, meeting, attendance, justering, secretary, signatures, notice, declared_range, toc, paragraphs, memo, documents, tables, blocks, source }
    Meeting { body, number, date, weekday, start, end, place, span }
    Attendance { members, serving_substitutes, substitutes, others, span }
    Person { name, party, role, replaces, scope, group, inferred, span }
    Scope { only, except, reason, text, span }
    Justering { justerare, date, place, span }
    Signature { role, name, date, digital, span }
    Notice { posted, removed, appeal_deadline, kept_at, span }
    DeclaredRange { text, numbers, span }
    TocEntry { number, title, page, span }
    Paragraph { number, number_text, title, title_span, case_numbers, confidential, immediately_approved, parts, decision, proposals, procedure, votes, outcome, reservations, statements, jav, documents, attachments, span }
    Part { kind, heading, text, span }
    Decision { text, points, span }
    Actor { name, party, group, span }
    Proposal { id, kind, source, by, joint, priority, text, span }
    Question { kind, between, winner, rejected, method, text, span }
    Counts { yes, no, abstain, absent }
    RollCallEntry { name, party, vote, inferred, joined, span }
    Vote { yes_means, no_means, yes_text, no_text, counts, roll_call, casting_vote, lot, result, result_stated, counts_span, span }
    Outcome { adopted, contested, method, margin, span }
    Reservation { by, in_favour_of, in_favour_text, text, span }
    Statement { kind, by, supports, text, span }
    Jav { by, text, span }
    Memo { date, case_numbers, title, proposed_decision, summary, documents_listed, signatories, distribution, sections, span }
    SubDocument { kind, title, case_numbers, date, memo, paragraphs, confidential, span }
    Table { rows, header, span }
    Block { kind, number, span }
    Source { format, encoding, bom, pages, notes }
    Span { start, end }
}

wire_enum! {
    DocumentKind { Protocol, ProtocolExtract, Memo, Bundle, NegotiationProtocol, Initiative, Unknown }
    Inference { FlattenedColumns, PageBreak, ListCut }
    Replaces { Person { name, party }, Vacancy { party } }
    PartKind { Lead, Decision, Summary, Proposals, Procedure, Vote, Reservations, ProtocolNote, Statement, SubstituteStatement, Jav, Documents, Attachments, Other }
    ProposalKind { Base, Approve, Reject, Amend, Add, ReferBack, Postpone, Own, Nominate }
    Method { Acclamation, Vote, Unopposed, Lot }
    QuestionKind { Main, ReferBack, Postpone, CounterProposal, Separate }
    Ballot { Yes, No, Abstain, Absent }
    StatementKind { ProtocolNote, Statement, SubstituteStatement }
    BlockKind { Front, Toc, Paragraph, Back, Document, Body }
    Format { Text, Docx, Pdf }
    ChangeKind { Insertion, Deletion, Formatting }
    Note { InvalidBytes { count }, TrackedChange { change, author, text, span }, Comment { author, text, span }, MoreRevisions { changes, comments }, PdfAccessibility { tagged, lang }, PageFurniture { lines }, PagesWithoutText { pages } }
}

// The worker's reply (`crate::work`, `crate::load`).
wire_struct! {
    ReadItem { kind, text, span, cells }
    FindingLabel { span, message, message_en }
    Finding { code, severity, message, message_en, span, line, column, labels, help, help_en, repeats }
    RuleDoc { code, group, doc, summary_sv }
    Done { id, text, read_as, doc, items, notes }
    Checks { id, findings, rules }
}

wire_enum! {
    Stage { Reading, Decoding, Parsing }
    ReadKind { Heading, Text, ListItem, TableRow, TableRule, Break, Blank }
    Level { Info, Warning, Error }
    Reply { Ready, Progress { id, stage }, Done(done), Checked(checks), Failed { id, error } }
    LoadError { NotText, Empty, TooLarge { bytes }, Unreadable { reason }, Input { sv, en }, Crashed { reason }, Internal { reason }, CheckFailed { reason } }
}

#[cfg(test)]
mod tests {
    use super::super::{decode, encode};
    use super::*;

    #[test]
    fn every_note_and_a_read_file_s_source_read_back() {
        let span = Span::new(3, 9);
        let notes = vec![
            Note::InvalidBytes { count: 2 },
            Note::TrackedChange {
                change: ChangeKind::Deletion,
                author: Some("Anna".into()),
                text: "struken".into(),
                span,
            },
            Note::Comment {
                author: None,
                text: "Kolla §".into(),
                span,
            },
            Note::MoreRevisions {
                changes: 7,
                comments: 1,
            },
            Note::PdfAccessibility {
                tagged: true,
                lang: Some("sv".into()),
            },
            Note::PageFurniture { lines: 40 },
            Note::PagesWithoutText { pages: vec![2, 5] },
        ];
        let source = Source {
            format: Format::Pdf,
            encoding: None,
            bom: false,
            pages: vec![0, 1200, 2400],
            notes,
        };
        let mut doc =
            justera::parse("Socialnämnden\n\n§ 1 Val av justerare\n\nBeslut\n\nAtt välja Anna.\n");
        doc.source = Some(source);
        assert_eq!(decode::<Document>(&encode(&doc)), Ok(doc));
        for error in [
            LoadError::NotText,
            LoadError::TooLarge { bytes: 1 << 40 },
            LoadError::Input {
                sv: "å".into(),
                en: "a".into(),
            },
        ] {
            let reply = Reply::Failed { id: 9, error };
            assert_eq!(decode::<Reply>(&encode(&reply)), Ok(reply));
        }
    }
}
