//! A protocol known by its front page alone: the first pages of a
//! protocol (attendance, justering, anslag, contents) whose paragraph
//! bodies are not in the file, as when only the first pages were saved,
//! copied or reached.
//!
//! Only a protocol is justerat (5 kap. 69 § kommunallagen): a justering
//! with its justerare or date beside an attendance list or an anslag is a
//! protocol's front page. Without either, the file must open with its own
//! heading (`PROTOKOLL`, `SAMMANTRÄDESPROTOKOLL`, also letter-spaced as a
//! PDF text layer gives it: `PRO T OK OL L`) and name the justering
//! (`Utses att justera`, `Justerare`). An attendance list with the roll
//! call it was read from (`Närvarande vid uppropet`) is one too.

use crate::model::Document;

/// `head`: the folded (lower case) first lines of the file, one a line.
pub(super) fn front_page_protocol(head: &str, doc: &Document) -> bool {
    let justering = !doc.justering.justerare.is_empty() || doc.justering.date.is_some();
    let attendance =
        !doc.attendance.members.is_empty() || !doc.attendance.serving_substitutes.is_empty();
    let notice = doc.notice.posted.is_some() || doc.notice.removed.is_some();
    if justering && (attendance || notice) {
        return true;
    }
    // The roll call recorded with the substitutes who served (`Närvarande
    // vid uppropet: ... Som ersättare ... inträder: X för Y`): only a
    // protocol records who answered the roll call.
    if attendance && head.contains("vid uppropet") {
        return true;
    }
    let own_heading = head.lines().take(6).any(|l| {
        let l = l.trim_start_matches(|c: char| !c.is_alphanumeric());
        let squeezed: String = l.chars().filter(|c| !c.is_whitespace()).collect();
        heading_word(l) || matches!(squeezed.as_str(), "protokoll" | "sammanträdesprotokoll")
    });
    own_heading
        && [
            "utses att justera",
            "justerare",
            "justerande",
            "justeringens",
        ]
        .iter()
        .any(|w| head.contains(w))
}

/// The line opens with the protocol's own name, after a page number an
/// archive put before it and after the body's name (`Kommunfullmäktige
/// PROTOKOLL 15 december 2003`, `1 KOMMUNFULLMÄKTIGE SAMMANTRÄDESPROTOKOLL
/// ...`), as the header of a page names the body first; a line that reads
/// as a sentence (`Nämnden protokoll saknas.`) is no heading.
fn heading_word(line: &str) -> bool {
    let mut words = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .skip_while(|w| w.chars().all(|c| c.is_ascii_digit()));
    let is_heading = |w: &str| matches!(w, "protokoll" | "sammanträdesprotokoll");
    let body = |w: &str| {
        [
            "fullmäktige",
            "styrelsen",
            "nämnden",
            "utskottet",
            "direktionen",
        ]
        .iter()
        .any(|e| w.ends_with(e))
    };
    match (words.next(), words.next()) {
        (Some(first), _) if is_heading(first) => true,
        // A heading, not a sentence about a body's protocol.
        (Some(first), Some(second)) => {
            body(first)
                && is_heading(second)
                && !line.contains(';')
                && !line.trim_end().ends_with(['.', '!', '?'])
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::model::DocumentKind;

    fn kind(src: &str) -> DocumentKind {
        crate::parse(src).kind
    }

    #[test]
    fn a_front_page_with_justering_and_anslag_is_a_protocol() {
        let src = "Kommunstyrelsen 2014-03-06\n\nPlats och tid Rådhuset kl 08:30 - 12:00\n\n\
            Beslutande: Anna Ek (S) ordf\n\nBo Lind (M)\n\nUtses att justera Bo Lind\n\n\
            Justeringens plats och tid Kommunkansliet 2014-03-12\n\nANSLAGSBEVIS\n\n\
            Protokollet är justerat. Justeringen har tillkännagivits genom anslag\n\n\
            Datum för anslags upprättande 2014-03-12\n\nDatum för anslags nedtagande 2014-04-03\n";
        assert_eq!(kind(src), DocumentKind::Protocol);
    }

    #[test]
    fn a_letter_spaced_heading_and_a_justerare_line_make_a_protocol() {
        let src = "1(30)\n\nPRO T OK OL L\n\nTid och plats Onsdagen den 21 juni 2017 kl. 18.00\n\n\
            Justerare Jan Berg (C)\n";
        assert_eq!(kind(src), DocumentKind::Protocol);
        let one_line = "PROTOKOLL Kommunstyrelsen Sammanträdesdatum: 2018-10-02 Plats och tid \
            Kommunhuset Beslutande Anna Ek (S) Utses att justera Bo Lind Underskrifter\n";
        assert_eq!(kind(one_line), DocumentKind::Protocol);
    }

    #[test]
    fn the_body_or_a_page_number_before_the_heading() {
        let body_first = "Byggnämnden PROTOKOLL 3 mars 2011\n\nPlats och tid Rådhuset\n\n\
            Utses att justera Alva Berg och Tor Lund\n";
        assert_eq!(kind(body_first), DocumentKind::Protocol);
        let numbered = "1 BYGGNÄMNDEN SAMMANTRÄDESPROTOKOLL SIDA 1 (1) Tid Klockan 17:00 \
            Utses att justera Alva Berg Underskrifter\n";
        assert_eq!(kind(numbered), DocumentKind::Protocol);
        // Near miss: a sentence about a body's protocol.
        let sentence = "Byggnämnden protokoll saknas ännu; justerare är Alva Berg.\n";
        assert_eq!(kind(sentence), DocumentKind::Unknown);
    }

    #[test]
    fn near_misses_stay_unknown() {
        // A letter that only speaks of a protocol and its justering.
        let letter = "Hej!\n\nProtokollet från mötet justeras på fredag; justerare är \
            Bo Lind.\n\nHälsningar Anna\n";
        assert_eq!(kind(letter), DocumentKind::Unknown);
        // A protocol heading with nothing of a justering.
        let heading_only = "PROTOKOLL\n\nAnteckningar från arbetsgruppens träff.\n";
        assert_eq!(kind(heading_only), DocumentKind::Unknown);
    }
}
