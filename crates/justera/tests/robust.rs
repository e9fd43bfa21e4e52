//! No input may panic: random documents assembled from the pieces real
//! protocols are made of, with the characters that break naive byte
//! arithmetic (case changes that change length, multi-byte signs, CR).

/// A small deterministic generator (no dependency needed for this).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() as usize) % xs.len()]
    }
}

const PIECES: &[&str] = &[
    "§",
    "§§",
    "$",
    " ",
    "  ",
    "   ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "**",
    "****",
    "*",
    "#",
    "## ",
    "### **",
    "|",
    "| ",
    "|---|",
    "<br>",
    "<b>",
    "- ",
    "1. ",
    "2) ",
    "İ",
    "K",
    "ß",
    "Ⅻ",
    "🙂",
    "é",
    "Å",
    "ä",
    "ö",
    "\u{c}",
    "\u{fffd}",
    "Ã¤",
    "т",
    "ы",
    "0",
    "7",
    "15",
    "2024",
    "-",
    "–",
    ",",
    ".",
    ":",
    "(",
    ")",
    "(S)",
    "(MP)",
    "m.fl.",
    "Beslut",
    "Beslutsgång",
    "Yrkanden",
    "Reservation",
    "Omröstning",
    "Ledamöter",
    "Tjänstgörande ersättare",
    "Ersättare",
    "Övriga närvarande",
    "Justerare",
    "Paragrafer",
    "ersätter",
    "tjänstgör för",
    "för vakans",
    "ej §§ 16-18",
    "pga jäv",
    "Anna Berg",
    "Per Ek (M)",
    "Lisa Andersson (M), Ordförande ",
    "kl. 18:00-19:05",
    "2024-03-18",
    "19 mars 2024",
    "den 30 februari 2024",
    "Dnr KS-2024-00104",
    "SN/2024:31",
    "Tjänsteskrivelse",
    "Ärende 4",
    "publiceras ej",
    "Nämndinitiativ",
    "Socialnämnden",
    "yrkar bifall till förvaltningens förslag",
    "i första hand",
    "i andra hand",
    "reserverar sig till förmån för",
    "11 ja-röster mot 4 nej-röster",
    "Ja-röst innebär",
    "\\section{",
    "\\subsection*{",
    "}",
    "\\begin{displayquote}",
    "\\end{displayquote}",
    "%",
    "= ",
    "== ",
    "#import x",
    "#pagebreak()",
    "<!-- sida 2 -->",
    "---",
    "Innehåll",
    ".....",
    "… 3",
    "Digitala signaturer",
    "Namn\tDatum",
    "Anslaget sattes upp",
    "överklagande",
];

fn check(src: &str) {
    let doc = justera::parse(src);
    assert_eq!(doc.blocks.first().map(|b| b.span.start), Some(0));
    assert_eq!(doc.blocks.last().map(|b| b.span.end), Some(src.len()));
    let json = justera::to_json(&doc);
    assert!(json.starts_with('{'));
}

#[test]
fn random_documents_never_panic() {
    let mut rng = Lcg(0x5eed);
    for round in 0..3000 {
        let n = 1 + (rng.next() % 120) as usize;
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(rng.pick(PIECES));
        }
        let r = std::panic::catch_unwind(|| check(&s));
        assert!(r.is_ok(), "round {round} panicked on {s:?}");
    }
}

#[test]
fn seeds_cut_anywhere_never_panic() {
    let src = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/seeds/003_9b82ca12656ff44a.txt"),
    )
    .unwrap();
    let mut rng = Lcg(7);
    for _ in 0..60 {
        let mut a = (rng.next() as usize) % src.len();
        let mut b = (rng.next() as usize) % src.len();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        while !src.is_char_boundary(a) {
            a -= 1;
        }
        while !src.is_char_boundary(b) {
            b -= 1;
        }
        check(&src[a..b]);
    }
}

#[test]
fn degenerate_large_inputs_finish() {
    // One enormous line, many blank lines, many headings, deep bold: all
    // must finish (a quadratic step here would hang the test run).
    check(&"x".repeat(2_000_000));
    check(&"\n".repeat(500_000));
    check(&"§ 1\n".repeat(100_000));
    check(&"**".repeat(200_000));
    check(&"| a | b |\n".repeat(100_000));
    check(&"Lisa Andersson (M), Ordförande Per Ek (M) ersätter\n".repeat(20_000));
}
