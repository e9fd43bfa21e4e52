//! Roll calls read from tables, tabs and columns set with spaces.

use super::*;

/// Each entry's name, party and ballot.
fn named_ballots(rc: &RollCall) -> Vec<(&str, Option<&str>, Ballot)> {
    rc.entries
        .iter()
        .map(|e| (e.name.as_str(), e.party.as_deref(), e.vote))
        .collect()
}

#[test]
fn page_split_roll_call_continues() {
    let src = "| Ledamot | Ja-röst | Nej-röst | Avstår |\n| --- | --- | --- | --- |\n| Anna Ek (M) | X |  |  |\n\ntext\n\n| Bo Ek (S) |  | X |  |\n| --- | --- | --- | --- |\n| Cia Ek (V) |  |  | X |\n";
    let rc = roll_calls(src, Span::new(0, src.len()), 1);
    assert_eq!(rc.len(), 1);
    let v: Vec<_> = rc[0]
        .entries
        .iter()
        .map(|e| (e.name.as_str(), e.vote))
        .collect();
    assert_eq!(
        v,
        vec![
            ("Anna Ek", Ballot::Yes),
            ("Bo Ek", Ballot::No),
            ("Cia Ek", Ballot::Abstain)
        ]
    );
}

/// A word processor's header row in bold (`| **Ledamot** | **Ja** |`).
#[test]
fn a_bold_header_row_is_read_as_the_header() {
    let src = "| **Ledamot** | **Ja** | **Nej** |\n|---|---|---|\n| Anna Ek (M) | X |  |\n| **Bo Ek (S)** |  | X |\n";
    let rc = roll_calls(src, Span::new(0, src.len()), 1);
    assert_eq!(
        named_ballots(&rc[0]),
        [
            ("Anna Ek", Some("M"), Ballot::Yes),
            ("Bo Ek", Some("S"), Ballot::No)
        ]
    );
}

/// Rows ordered by surname (`Lind, Anna (S)`, `Ek, Bo` beside a
/// party column): each voter read, named as the text names them.
#[test]
fn rows_written_surname_first() {
    let src = "| Ledamot | Ja | Nej |\n| --- | --- | --- |\n| Lind, Anna (S), ordförande | X |  |\n| Holm, Cecilia (V) |  | X |\n";
    let rc = roll_calls(src, Span::new(0, src.len()), 1);
    assert_eq!(
        named_ballots(&rc[0]),
        [
            ("Anna Lind", Some("S"), Ballot::Yes),
            ("Cecilia Holm", Some("V"), Ballot::No)
        ]
    );
    let src = "| Namn | Parti | Ja | Nej |\n| --- | --- | --- | --- |\n| Ek, Bo | M | X |  |\n| Sand, Eva | C |  | X |\n";
    let rc = roll_calls(src, Span::new(0, src.len()), 1);
    assert_eq!(
        named_ballots(&rc[0]),
        [
            ("Bo Ek", Some("M"), Ballot::Yes),
            ("Eva Sand", Some("C"), Ballot::No)
        ]
    );
}

#[test]
fn roll_call_with_a_party_column_and_the_ballot_as_a_word() {
    let src = "| Namn | Parti | Röst |\n| --- | --- | --- |\n| Anna Ek | S | Ja |\n| Bo Ek | M | Nej |\n| Cia Ek | V | Avstår |\n";
    let rc = roll_calls(src, Span::new(0, src.len()), 1);
    let v = named_ballots(&rc[0]);
    assert_eq!(
        v,
        vec![
            ("Anna Ek", Some("S"), Ballot::Yes),
            ("Bo Ek", Some("M"), Ballot::No),
            ("Cia Ek", Some("V"), Ballot::Abstain)
        ]
    );
}

#[test]
fn the_chairs_row_names_the_chair_without_the_role() {
    let src = "| Ledamot | Parti | Ja | Nej |\n| --- | --- | --- | --- |\n| Emil Ek, ordförande | M | X |  |\n| Bo Ek | S |  | X |\n";
    let rc = roll_calls(src, Span::new(0, src.len()), 1);
    let v: Vec<_> = rc[0]
        .entries
        .iter()
        .map(|e| (e.name.as_str(), e.party.as_deref()))
        .collect();
    assert_eq!(v, vec![("Emil Ek", Some("M")), ("Bo Ek", Some("S"))]);
}

#[test]
fn tab_separated_roll_call() {
    let src = "Ledamot\tJa\tNej\tAvstår\nAnna Ek (S)\tX\t\t\nBo Ek (M)\t\tX\t\n";
    let rc = roll_calls(src, Span::new(0, src.len()), 1);
    let v: Vec<_> = rc[0]
        .entries
        .iter()
        .map(|e| (e.name.as_str(), e.vote))
        .collect();
    assert_eq!(v, vec![("Anna Ek", Ballot::Yes), ("Bo Ek", Ballot::No)]);
}

#[test]
fn a_headless_table_with_a_party_before_the_mark_is_not_guessed() {
    // The header merged by a text layer (`Parti Ja`), empty cells gone.
    let src = "Ledamot\tParti Ja\tNej\tAvstår\nAnna Ek\tS\tX\n\n| Bo Ek | C | X |\n|---|---|---|\n| Cia Ek | M | X |\n";
    let rc = roll_calls(src, Span::new(0, src.len()), 1);
    assert!(rc.is_empty(), "{}", rc.len());
    // Without a header, marks from the second cell on: name, yes, no.
    let src = "| Anna Ek (S) | X | |\n| Bo Ek (M) | | X |\n";
    let rc = roll_calls(src, Span::new(0, src.len()), 1);
    let v: Vec<_> = rc[0].entries.iter().map(|e| e.vote).collect();
    assert_eq!(v, vec![Ballot::Yes, Ballot::No]);
}

/// A list set with spaces: each mark under its column, the chair's
/// role after the party, rows going on after a page's furniture, the
/// sum row's counts kept apart from the rows.
#[test]
fn roll_call_in_columns_set_with_spaces() {
    let src = "Ledamot                   Ja    Nej   Avstår\n\
               Ada Ek (S), ordförande    X\n\
               Bo Ek (M)                       X\n\
               \n\
               KOMMUNEN            PROTOKOLL        Sida 2\n\
               \n\
               Cia Ek (V)                            X\n\
               Summa                     1     1     1\n\
               Ordföranden konstaterar att ja har vunnit.\n";
    let rc = roll_calls(src, Span::new(0, src.len()), 1);
    let v = named_ballots(&rc[0]);
    assert_eq!(
        v,
        vec![
            ("Ada Ek", Some("S"), Ballot::Yes),
            ("Bo Ek", Some("M"), Ballot::No),
            ("Cia Ek", Some("V"), Ballot::Abstain)
        ]
    );
    assert_eq!(rc[0].entries[2].joined, Some(Inference::PageBreak));
    assert_eq!(
        (rc[0].sums.yes, rc[0].sums.no, rc[0].sums.abstain),
        (Some(1), Some(1), Some(1))
    );
    // A part's label in the margin before the header, the rows under
    // its first word.
    let margin = "Omröstningsresultat Ledamot                     Ja    Nej   Avstår\n\
                  Ada Ek (S), ordförande      X\n\
                  Bo Ek (M)                         X\n\
                  Cia Ek (V)                              X\n";
    let rc = roll_calls(margin, Span::new(0, margin.len()), 1);
    assert_eq!(named_ballots(&rc[0]), v);
    // The same with the rows' indentation kept.
    let indented: String = margin
        .lines()
        .enumerate()
        .map(|(k, l)| {
            if k == 0 {
                format!("{l}\n")
            } else {
                format!("{}{l}\n", " ".repeat(20))
            }
        })
        .collect();
    let rc = roll_calls(&indented, Span::new(0, indented.len()), 1);
    assert_eq!(named_ballots(&rc[0]), v);
    // The page's marker between the rows (a text extractor's `<!--
    // sida 3 -->`) is a page break too, not a row of sums.
    let marked = src.replace(
        "\n\nKOMMUNEN            PROTOKOLL        Sida 2\n\n",
        "\n<!-- sida 3 -->\n",
    );
    let rc = roll_calls(&marked, Span::new(0, marked.len()), 1);
    assert_eq!(named_ballots(&rc[0]), v);
    // The ballot as a word in one column.
    let src = "Namn         Parti   Röst\nAda Ek       S       Ja\nBo Ek        M       Nej\n";
    let rc = roll_calls(src, Span::new(0, src.len()), 1);
    let v: Vec<_> = rc[0]
        .entries
        .iter()
        .map(|e| (e.name.as_str(), e.vote))
        .collect();
    assert_eq!(v, vec![("Ada Ek", Ballot::Yes), ("Bo Ek", Ballot::No)]);
    // Near miss: prose with two spaces and the words ja and nej is no list.
    let prose = "Ja  och  nej  är  orden.\nAnna Berg  X\n";
    assert!(roll_calls(prose, Span::new(0, prose.len()), 1).is_empty());
}

#[test]
fn chair_outside_the_table() {
    let e = outside_entry("Tommy Rydfeldt, Ordförande (L) X", Span::new(0, 1)).unwrap();
    assert_eq!(
        (e.name.as_str(), e.party.as_deref(), e.inferred),
        ("Tommy Rydfeldt", Some("L"), true)
    );
    assert!(outside_entry("Det finns (L) X", Span::new(0, 1)).is_none());
    let e = outside_entry("Olle Ek (M) Avstår", Span::new(0, 1)).unwrap();
    assert_eq!((e.vote, e.inferred), (Ballot::Abstain, false));
    assert!(outside_entry("Nämnden säger Ja", Span::new(0, 1)).is_none());
}
