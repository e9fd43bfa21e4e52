//! Officials whose lines a conversion joined into one (`Se sida 2 Gunilla
//! Ek, tillförordnad kommunchef Amra Sol, kommunsekreterare Bo Ås, ...`):
//! each line was `Name, title`, so between two commas stand the title of
//! one and the name of the next. Read back as one `Name, title` entry each.

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
        // The label that opened the next group (`... §§ 4-5 Övriga`).
        let text = match text.rsplit_once(' ') {
            Some((head, w)) if crate::labels::front_label(w).is_some() => head.trim_end(),
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
}
