//! Officials whose lines a conversion joined into one (`Se sida 2 Gunilla
//! Ek, tillförordnad kommunchef Amra Sol, kommunsekreterare Bo Ås, ...`):
//! each line was `Name, title`, so between two commas stand the title of
//! one and the name of the next. Read back as one `Name, title` entry each.
//! Officials written title first (`Ekonomichef Nils Ek § 63-64 Utredare
//! Mia Fors § 65`, `Administrativ chef Karin Ås`) are read the same way.

use crate::inline;
use crate::model::Span;

/// The `Name, title` entries of a joined run, with their spans; `None`
/// unless every piece between commas ends with a name and starts with a
/// title in lower case (at least three officials).
pub(super) fn joined_officials(src: &str, t: &str, s: Span) -> Option<Vec<(String, Span)>> {
    if t.len() > 2000 || !t.contains(", ") {
        return None;
    }
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    let mut from = 0;
    for (k, _) in t.match_indices(", ") {
        pieces.push((from, &t[from..k]));
        from = k + 2;
    }
    pieces.push((from, &t[from..]));
    if pieces.len() < 3 {
        return None;
    }
    // Where each piece's trailing name starts (none in the last piece).
    let mut names = Vec::new();
    for (i, &(_, p)) in pieces.iter().enumerate() {
        let at = trailing_name(p);
        let last = i + 1 == pieces.len();
        match (at, last) {
            (Some(a), false) if i == 0 || a > 0 => names.push(a),
            (None, true) => {}
            _ => return None,
        }
        // A title in lower case before the name (`tf. Utvecklingschef`).
        if i > 0 && !p.starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
    }
    let raw = s.of(src);
    let same = raw == t;
    let mut out = Vec::new();
    for (i, &a) in names.iter().enumerate() {
        let (off, _) = pieces[i];
        let (next_off, next) = pieces[i + 1];
        let title_end = match names.get(i + 1) {
            Some(&b) => next_off + next[..b].trim_end().len(),
            None => next_off + next.trim_end().len(),
        };
        let start = off + a;
        let text = t[start..title_end].trim_end();
        // The label that opened the next group (`... §§ 4-5 Övriga`),
        // capitalised: a title in lower case is the official's own (`Jenny
        // Ny, sekreterare`).
        let text = match text.rsplit_once(' ') {
            Some((head, w))
                if w.starts_with(char::is_uppercase) && crate::labels::front_label(w).is_some() =>
            {
                head.trim_end()
            }
            _ => text,
        };
        let title_end = start + text.len();
        let span = if same {
            Span::new(s.start + start, s.start + title_end)
        } else {
            raw.find(text)
                .map_or(s, |k| Span::new(s.start + k, s.start + k + text.len()))
        };
        out.push((text.to_string(), span));
    }
    Some(out)
}

/// `Ekonomichef Nils Ek § 63-64 Utredare Mia Fors § 65`: officials written
/// title first, one or more on a line, as `Name, title ...` entries with
/// their spans; `None` unless the line starts with a title and every title
/// is followed by a name.
pub(super) fn title_first(src: &str, t: &str, s: Span) -> Option<Vec<(String, Span)>> {
    if t.len() > 500 {
        return None;
    }
    let words = super::people::words_at(t);
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let word = |k: usize| words.get(k).map_or("", |x| x.1);
    // The number of title words starting at `k`: `Ekonomichef`,
    // `Administrativ chef`.
    // A title after a comma may be in lower case (`Kommundirektör Stina
    // Grön, kommunsekreterare Ulla Rask`).
    let title_at = |k: usize| -> usize {
        let w = word(k).trim_end_matches(',');
        let after_comma = k > 0 && word(k - 1).ends_with(',');
        if !capital(w) && !after_comma {
            0
        } else if inline::looks_like_title(w) {
            1
        } else if !word(k).ends_with(',')
            && !capital(word(k + 1))
            && inline::looks_like_title(word(k + 1).trim_end_matches(','))
        {
            2
        } else {
            0
        }
    };
    if title_at(0) == 0 {
        return None;
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let n = title_at(k);
        let name_from = k + n;
        let name_len = (name_from..words.len())
            .take_while(|&j| {
                let w = word(j).trim_end_matches(',');
                capital(w) && w.chars().all(|c| c.is_alphabetic() || c == '-') && title_at(j) == 0
            })
            .count();
        let name_end = name_from + name_len;
        let name = t[words[name_from.min(words.len() - 1)].0..]
            .split(' ')
            .take(name_len)
            .collect::<Vec<_>>()
            .join(" ");
        let name = name.trim_end_matches(',');
        if n == 0 || !(2..=4).contains(&name_len) || !inline::plausible_name(name) {
            return None;
        }
        // The rest up to the next title: the scope (`§ 63-64`, `, § 66-73`).
        let next = (name_end..words.len())
            .find(|&j| title_at(j) > 0)
            .unwrap_or(words.len());
        let title = t[words[k].0..words[name_from].0].trim();
        let end = words.get(next).map_or(t.len(), |x| x.0);
        let rest = t[words.get(name_end).map_or(t.len(), |x| x.0).min(end)..end]
            .trim()
            .trim_start_matches(',')
            .trim();
        let text = format!(
            "{name}, {}{}{rest}",
            title.to_lowercase(),
            if rest.is_empty() { "" } else { " " }
        );
        let start = s.start + words[k].0;
        let span = if s.of(src) == t {
            Span::new(start, s.start + t[..end].trim_end().len())
        } else {
            s
        };
        out.push((text, span));
        k = next;
    }
    (!out.is_empty()).then_some(out)
}

/// Where the run of capitalised words that ends `p` starts, when it is a
/// name (two to four words).
fn trailing_name(p: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = p
        .split(' ')
        .scan(0usize, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .collect();
    let mut first = words
        .iter()
        .rposition(|(_, w)| {
            !(w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-'))
        })
        .map_or(0, |k| k + 1);
    // `... §§ 45-49 Övriga Peter Fuchs`: a label that opened the next
    // group is not the name's.
    while words
        .get(first)
        .is_some_and(|(_, w)| crate::labels::front_label(w).is_some())
    {
        first += 1;
    }
    let n = words.len() - first;
    let at = words.get(first)?.0;
    ((2..=4).contains(&n) && inline::plausible_name(&p[at..])).then_some(at)
}

/// `Bo Ek regiondirektör Eva Lind, kanslisekreterare`: two officials on
/// one line, the first with its title after a space and no comma, so the
/// title stands between two names. Cut after each such title; `None`
/// where there is none.
pub(super) fn title_between_names(src: &str, t: &str, s: Span) -> Option<Vec<(String, Span)>> {
    if t.len() > 500 {
        return None;
    }
    let words = super::people::words_at(t);
    let name_word = |w: &str| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let mut cuts = Vec::new();
    for i in 2..words.len().saturating_sub(1) {
        let w = words[i].1;
        if w.starts_with(char::is_lowercase)
            && w.chars().all(char::is_alphabetic)
            && inline::looks_like_title(w)
            && name_word(words[i - 1].1)
            && name_word(words[i - 2].1)
            && name_word(words[i + 1].1)
        {
            cuts.push(words[i + 1].0);
        }
    }
    if cuts.is_empty() {
        return None;
    }
    let same = s.of(src) == t;
    let mut out = Vec::new();
    let mut from = 0;
    for end in cuts.into_iter().chain([t.len()]) {
        let piece = t[from..end].trim_end();
        let span = if same {
            Span::new(s.start + from, s.start + from + piece.len())
        } else {
            s
        };
        out.push((piece.to_string(), span));
        from = end;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn officials_joined_on_one_line() {
        let t = "Se sida 2 Gunilla Ek Sand, tillförordnad kommunchef Amra Sol, kommunsekreterare Bo Ås, ekonomichef § 133 Ann Fri, tf. Utvecklingschef § 132 Eva Lind, stadsarkitekt § 134";
        let s = crate::model::Span::new(0, t.len());
        let got = super::joined_officials(t, t, s).unwrap();
        let texts: Vec<&str> = got.iter().map(|(x, _)| x.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Gunilla Ek Sand, tillförordnad kommunchef",
                "Amra Sol, kommunsekreterare",
                "Bo Ås, ekonomichef § 133",
                "Ann Fri, tf. Utvecklingschef § 132",
                "Eva Lind, stadsarkitekt § 134"
            ]
        );

        assert_eq!(got[1].1.of(t), "Amra Sol, kommunsekreterare");
        let t = "Bo Ek, jurist §§ 4-5 Eva Lind, utredare §§ 4-5 Övriga Per Fors, förslagsställare";
        let s = crate::model::Span::new(0, t.len());
        let got = super::joined_officials(t, t, s).unwrap();
        let texts: Vec<&str> = got.iter().map(|(x, _)| x.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Bo Ek, jurist §§ 4-5",
                "Eva Lind, utredare §§ 4-5",
                "Per Fors, förslagsställare"
            ]
        );
        // A title in lower case that is also a label's word is the last
        // official's own title, not the next group's label.
        let t = "Ivar Lo, kommundirektör; Jenny Ny, sekreterare";
        let s = crate::model::Span::new(0, t.len());
        let got = super::joined_officials(t, t, s).unwrap();
        assert_eq!(got[1].0, "Jenny Ny, sekreterare");
        let t = "Ekonomichef Nils Ek § 63-64 Utredare Mia Fors § 65";
        let s = crate::model::Span::new(0, t.len());
        let got = super::title_first(t, t, s).unwrap();
        assert_eq!(got[0].0, "Nils Ek, ekonomichef § 63-64");
        assert_eq!(got[1].0, "Mia Fors, utredare § 65");
        assert_eq!(got[1].1.of(t), "Utredare Mia Fors § 65");
        for (t, want) in [
            (
                "Administrativ chef Karin Ås",
                "Karin Ås, administrativ chef",
            ),
            (
                "Förvaltningschef Stig Ek, § 66-73 Kommunchef Per Ås",
                "Stig Ek, förvaltningschef § 66-73",
            ),
        ] {
            let s = crate::model::Span::new(0, t.len());
            assert_eq!(super::title_first(t, t, s).unwrap()[0].0, want);
        }
        for t in [
            "Anna Ek, ekonomichef",
            "Ekonomichef",
            "Ekonomichefen redogör för budgeten",
        ] {
            let s = crate::model::Span::new(0, t.len());
            assert_eq!(super::title_first(t, t, s), None, "{t}");
        }
        // Near misses: names and titles as pieces of their own, members.
        for t in [
            "Anna Ek, sekreterare, Bo Berg, planchef, Eva Dal, jurist",
            "Anna Ek (S), Bo Berg (M), Eva Dal (C)",
            "Anna Ek, sekreterare",
        ] {
            let s = crate::model::Span::new(0, t.len());
            assert_eq!(super::joined_officials(t, t, s), None, "{t}");
        }
    }

    #[test]
    fn a_title_after_a_space_between_two_names() {
        let src = "PROTOKOLL\n\nÖvriga närvarande Alva Berg regiondirektör Tor Lund, \
            kanslisekreterare\n\nUtses att justera Eva Holm\n";
        let d = crate::parse(src);
        let got: Vec<_> = d
            .attendance
            .others
            .iter()
            .map(|p| (p.name.as_str(), p.role.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("Alva Berg", Some("regiondirektör")),
                ("Tor Lund", Some("kanslisekreterare"))
            ]
        );
        // Near misses: `och` between names is no title; a name particle.
        let src = "PROTOKOLL\n\nÖvriga närvarande Alva Berg och Tor Lund, sekreterare\n\n\
            Utses att justera Eva Holm\n";
        let d = crate::parse(src);
        assert!(d
            .attendance
            .others
            .iter()
            .all(|p| p.name != "Alva Berg och"));
    }

    /// Officials title first, the second title in lower case after a
    /// comma (`Kommundirektör Stina Grön, kommunsekreterare Ulla Rask`);
    /// near miss: a two-word title still opens with a capital
    /// (`Administrativ chef Bo Ek`), and a name ending in a comma before a
    /// title is no two-word title.
    #[test]
    fn titles_first_the_second_after_a_comma() {
        let others = |line: &str| -> Vec<(String, Option<String>)> {
            let src =
                format!("PROTOKOLL\n\nÖvriga deltagare {line}\n\nUtses att justera Eva Holm\n");
            crate::parse(&src)
                .attendance
                .others
                .iter()
                .map(|p| (p.name.clone(), p.role.clone()))
                .collect()
        };
        let both = |a: &str, b: &str| {
            vec![
                ("Stina Grön".to_string(), Some(a.to_string())),
                ("Ulla Rask".to_string(), Some(b.to_string())),
            ]
        };
        assert_eq!(
            others("Kommundirektör Stina Grön, kommunsekreterare Ulla Rask"),
            both("kommundirektör", "kommunsekreterare")
        );
        assert_eq!(
            others("Administrativ chef Stina Grön, kommunsekreterare Ulla Rask"),
            both("administrativ chef", "kommunsekreterare")
        );
    }
}
