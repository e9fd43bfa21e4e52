//! Inputs for the benchmarks: real seeds, and long protocols built from a
//! seed by repeating its paragraphs with new numbers. Run with
//! `bash scripts/bench.sh` (or `cargo bench -p justera-bench --profile
//! release-native`).

use std::path::Path;

/// The seeds, by short name and file name.
pub const SEEDS: &[(&str, &str)] = &[
    ("000", "000_fc87e2d14c4d4c18.txt"),
    ("001", "001_8d3f355d45ad39b5.txt"),
    ("002", "002_45c19e177153fc5b.txt"),
    ("003", "003_9b82ca12656ff44a.txt"),
];

/// A seed document by file name, read from `../shared/seeds`.
pub fn seed(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/seeds")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Seed 003 (29 paragraphs, about 25 pages) grown to about 300 pages.
pub fn long_protocol() -> String {
    protocol_of_size(&seed("003_9b82ca12656ff44a.txt"), 12 * 80_000)
}

/// A protocol of at least `bytes` bytes built from `seed`: its front matter
/// once, its paragraphs repeated with numbers that keep counting up (so the
/// numbering is continuous, as in a real long protocol), the declared range
/// `§§1-29` rewritten to the new last number, and its closing part
/// (signatures) once. Deterministic.
pub fn protocol_of_size(seed: &str, bytes: usize) -> String {
    let lines: Vec<&str> = seed.split_inclusive('\n').collect();
    let heads: Vec<usize> = (0..lines.len())
        .filter(|&i| head_number(lines[i]).is_some())
        .collect();
    let (Some(&first), Some(&last)) = (heads.first(), heads.last()) else {
        return seed.repeat(bytes / seed.len().max(1) + 1);
    };
    // The closing part starts at the first `## ` heading without a `§`
    // after the last paragraph head.
    let close = (last + 1..lines.len())
        .find(|&i| lines[i].starts_with("## ") && !lines[i].contains('§'))
        .unwrap_or(lines.len());
    let front = lines[..first].concat();
    let body = &lines[first..close];
    let closing = lines[close..].concat();
    let per_copy = heads.len() as u32;
    let body_len: usize = body.iter().map(|l| l.len()).sum();
    let copies = (bytes.saturating_sub(front.len() + closing.len()) / body_len.max(1)) + 1;
    let last_number = per_copy * copies as u32;

    let mut out = String::with_capacity(bytes + body_len);
    let (old_range, new_range) = (format!("§§1-{per_copy}"), format!("§§1-{last_number}"));
    out.push_str(&front.replace(&old_range, &new_range));
    for k in 0..copies as u32 {
        for line in body {
            match head_number(line) {
                Some((at, len, n)) => {
                    out.push_str(&line[..at]);
                    out.push_str(&(n + k * per_copy).to_string());
                    out.push_str(&line[at + len..]);
                }
                None => out.push_str(line),
            }
        }
    }
    out.push_str(&closing);
    out
}

/// Where a paragraph head's number is (`**§ 12**…`, `## § 12`): its byte
/// offset, length and value.
fn head_number(line: &str) -> Option<(usize, usize, u32)> {
    let prefix = ["**§", "## §"]
        .into_iter()
        .find(|p| line.starts_with(p))?
        .len();
    let rest = &line[prefix..];
    let spaces = rest.len() - rest.trim_start_matches(' ').len();
    let digits = rest[spaces..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    if digits == 0 {
        return None;
    }
    let at = prefix + spaces;
    let n = line[at..at + digits].parse().ok()?;
    Some((at, digits, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grown_protocol_counts_on_and_keeps_its_size() {
        let seed = seed("003_9b82ca12656ff44a.txt");
        let big = protocol_of_size(&seed, 1 << 20);
        assert!(big.len() >= 1 << 20 && big.len() < (1 << 20) + seed.len());
        assert_eq!(big, protocol_of_size(&seed, 1 << 20), "deterministic");
        let doc = justera::parse(&big);
        let numbers: Vec<u32> = doc.paragraphs.iter().map(|p| p.number).collect();
        assert!(numbers.len() > 29 * 10, "{} paragraphs", numbers.len());
        assert!(numbers.windows(2).all(|w| w[1] == w[0] + 1), "{numbers:?}");
        let last = numbers.last().copied().unwrap_or(0);
        assert!(big.contains(&format!("§§1-{last}")));
        assert!(big.ends_with(seed.rsplit("## Digitala signaturer").next().unwrap()));
    }

    #[test]
    fn head_numbers() {
        assert_eq!(head_number("**§ 12****Titel**\n"), Some((5, 2, 12)));
        assert_eq!(head_number("## § 7\n"), Some((6, 1, 7)));
        assert_eq!(head_number("**§ 29  \n"), Some((5, 2, 29)));
        assert_eq!(head_number("Enligt 3 § ska\n"), None);
    }
}
