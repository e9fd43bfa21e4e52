//! Political parties as protocols write them: the national abbreviations,
//! local parties by their shape, and the parties' full names.

/// Known Swedish party abbreviations (national); local parties are accepted
/// by shape.
pub const PARTIES: [&str; 9] = ["S", "M", "SD", "C", "V", "KD", "L", "MP", "FP"];
/// A party as written inside parentheses or after a comma, normalised:
/// known parties in lower case (`s`, `kd`) upper-cased, a party group
/// (`MP-gruppen`) its party, `-` (independent) kept.
pub fn party_of(p: &str) -> Option<String> {
    let p = p.trim();
    if matches!(p, "-" | "–" | "—") {
        return Some("-".to_string());
    }
    let p = p
        .strip_suffix("-gruppen")
        .or_else(|| p.strip_suffix("-gruppens"))
        .unwrap_or(p);
    if is_party(p) {
        return Some(p.to_string());
    }
    // A known party in small letters: its capitals made only when known.
    if p.len() <= 2 && p.chars().all(|c| c.is_ascii_lowercase()) {
        return PARTIES
            .iter()
            .find(|q| q.eq_ignore_ascii_case(p))
            .map(|q| q.to_string());
    }
    None
}
pub(crate) fn is_party(p: &str) -> bool {
    let n = p.chars().count();
    if PARTIES.contains(&p) {
        return true;
    }
    // Local parties: short, capitalised, mostly upper case (`KP`, `SPI`, `KvB`).
    (1..=4).contains(&n)
        && p.chars().next().is_some_and(|c| c.is_uppercase())
        && p.chars().all(|c| c.is_alphabetic())
        && p.chars().filter(|c| c.is_uppercase()).count() * 2 >= n
        && !matches!(
            p,
            "OSL"
                | "LSS"
                | "SOL"
                | "SoL"
                | "LVU"
                | "LVM"
                | "PBL"
                | "HSL"
                | "KL"
                | "FB"
                | "MBL"
                | "LOU"
                | "EU"
                | "SFS"
        )
}
/// Parties written in full (lower case) and their abbreviation.
pub const PARTY_NAMES: [(&str, &str); 10] = [
    ("socialdemokraterna", "S"),
    ("moderaterna", "M"),
    ("sverigedemokraterna", "SD"),
    ("centerpartiet", "C"),
    ("vänsterpartiet", "V"),
    ("kristdemokraterna", "KD"),
    ("liberalerna", "L"),
    ("miljöpartiet", "MP"),
    ("folkpartiet", "FP"),
    ("liberalernas", "L"),
];
