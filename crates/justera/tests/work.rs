//! No rule and no part of the parser does more than linear work on hostile
//! input, measured without a clock: the same input family at size n and 4n,
//! and the heap traffic of `parse` and of `check` on each (allocations and
//! bytes allocated, counted per thread by this binary's allocator) may grow
//! at most [`BOUND`] times. Linear work grows 4 times; a rule that does work
//! in proportion to the document for each of its elements (collects, folds,
//! formats or copies per line, paragraph, name or match) grows 16 times and
//! fails here. The counts are the same on every machine and under any load.
//!
//! What this does not see is a quadratic loop that allocates nothing (pure
//! comparisons); the time per rule on growing protocols
//! (`cargo run -p justera-bench --profile release-native --example rules`)
//! shows those, on a quiet machine.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Allowed growth of the work when the input grows 4 times.
const BOUND: f64 = 6.0;

/// The system allocator, counting what this thread asks of it.
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
    static BYTES: Cell<u64> = const { Cell::new(0) };
}

fn count(size: usize) {
    // `try_with`: a thread being torn down has no counters, and needs none.
    let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
    let _ = BYTES.try_with(|c| c.set(c.get() + size as u64));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// Allocations and bytes allocated by `f` on this thread.
#[derive(Clone, Copy, Debug)]
struct Work {
    allocations: u64,
    bytes: u64,
}

fn work<T>(f: impl FnOnce() -> T) -> (T, Work) {
    let before = (ALLOCATIONS.with(Cell::get), BYTES.with(Cell::get));
    let out = f();
    let work = Work {
        allocations: ALLOCATIONS.with(Cell::get) - before.0,
        bytes: BYTES.with(Cell::get) - before.1,
    };
    (out, work)
}

/// The growth of each measure from `small` to `large`.
fn growth(small: Work, large: Work) -> [f64; 2] {
    [
        large.allocations as f64 / small.allocations.max(1) as f64,
        large.bytes as f64 / small.bytes.max(1) as f64,
    ]
}

/// Parse and check the input of size `n` and of size `4n`: neither step
/// may grow past [`BOUND`]. Returns the findings' codes at `4n`.
fn assert_linear(name: &str, input: impl Fn(usize) -> String, n: usize) -> Vec<&'static str> {
    let (small, large) = (input(n), input(4 * n));
    // Once first, so that what is built once per process (the rules'
    // patterns) is not counted at either size.
    let _ = justera::check(&justera::parse(&small), &small);
    let (doc, parse_small) = work(|| justera::parse(&small));
    let (_, check_small) = work(|| justera::check(&doc, &small));
    let (doc, parse_large) = work(|| justera::parse(&large));
    let (found, check_large) = work(|| justera::check(&doc, &large));
    for (step, small, large) in [
        ("parse", parse_small, parse_large),
        ("check", check_small, check_large),
    ] {
        for (measure, g) in ["allocations", "bytes"].iter().zip(growth(small, large)) {
            assert!(
                g <= BOUND,
                "{name}: {step}'s {measure} grew {g:.1} times for 4 times the input \
                 ({small:?} -> {large:?})"
            );
        }
    }
    found.iter().map(|d| d.code).collect()
}

/// A seed protocol's text.
fn seed(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    std::fs::read_to_string(path.join(name)).unwrap()
}

/// A number written in letters (names hold no digits).
fn alpha(mut i: usize) -> String {
    let mut s = String::new();
    loop {
        s.push((b'a' + (i % 26) as u8) as char);
        i /= 26;
        if i == 0 {
            return s;
        }
    }
}

#[test]
fn the_measure_sees_work_per_element_in_proportion_to_the_document() {
    // A pass that copies the lines seen so far for each line: quadratic.
    let quadratic = |src: &str| {
        let lines: Vec<&str> = src.lines().collect();
        (0..lines.len())
            .map(|i| lines[..i].to_vec().len())
            .sum::<usize>()
    };
    let linear = |src: &str| src.lines().map(|l| l.to_string().len()).sum::<usize>();
    let text = |n: usize| "rad\n".repeat(n);
    let (small, large) = (text(500), text(2_000));
    let g = growth(work(|| quadratic(&small)).1, work(|| quadratic(&large)).1);
    assert!(g[1] > BOUND, "quadratic seen: {g:?}");
    let g = growth(work(|| linear(&small)).1, work(|| linear(&large)).1);
    assert!(g.iter().all(|&g| g <= BOUND), "linear passes: {g:?}");
}

#[test]
fn mojibake_and_replacement_characters() {
    assert_linear("Ã", |n| "Ã".repeat(n), 2_500);
    assert_linear("U+FFFD", |n| "\u{FFFD}".repeat(n), 2_500);
    assert_linear("mojibake lines", |n| "Ã¤r Ã¶ver â€\n".repeat(n), 500);
}

#[test]
fn many_paragraph_heads() {
    // Below the paragraph limit at both sizes, so every head is read.
    assert_linear("same heads", |n| "## § 1\n".repeat(n), 1_000);
    assert_linear(
        "numbered heads",
        |n| {
            (1..=n)
                .map(|i| format!("§ {i} Ärende\n\nBeslut att bifalla.\n\n"))
                .collect()
        },
        1_000,
    );
}

#[test]
fn references_ranges_dates_and_numbers() {
    assert_linear(
        "absences",
        |n| "Anna Ek (S) (ej §§ 1-99999)\n".repeat(n),
        125,
    );
    assert_linear("dates", |n| "2024-02-30 ".repeat(n), 500);
    assert_linear("phone numbers", |n| "070-123 45 67 ".repeat(n), 500);
    // One long line of references at the end of a real protocol: work per
    // match, not per line.
    let protocol = seed("000_fc87e2d14c4d4c18.txt");
    assert_linear(
        "references",
        |n| format!("{protocol}\n{}\n", "se § 99 ".repeat(n)),
        10_000,
    );
}

#[test]
fn long_attendance_lists() {
    assert_linear(
        "the same person",
        |n| {
            format!(
                "## Nämnden\n\n### Ledamöter\n\n{}",
                "Anna Ek (S), ordförande  \n".repeat(n)
            )
        },
        250,
    );
    // Different people: every name is compared with the others' by rules
    // such as name-variant; that must be by key, not pair by pair.
    assert_linear(
        "different people",
        |n| {
            let mut s = String::from("## Nämnden\n\n### Ledamöter\n\n");
            for i in 0..n {
                s.push_str(&format!("Person{} Efternamn{} (S)  \n", alpha(i), alpha(i)));
            }
            s + "\n## § 1 Val av justerare\n\nBeslut att bifalla. Personb Efternamnb (S) yrkar avslag.\n"
        },
        250,
    );
}

#[test]
fn a_real_protocol_repeated() {
    let seed = seed("003_9b82ca12656ff44a.txt");
    let found = assert_linear("seed 003", |n| seed.repeat(n), 1);
    assert!(!found.is_empty());
}

/// A PDF of one page whose content stream shows `lines`: (x, y, text) in
/// Helvetica 11, the page tall enough for them.
fn pdf_of(lines: &[(f32, f32, String)], height: f32) -> Vec<u8> {
    let mut content = String::new();
    for (x, y, t) in lines {
        content.push_str(&format!("BT /F1 11 Tf {x} {y} Td ({t}) Tj ET\n"));
    }
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 {height}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
        format!("<< /Length {} >>\nstream\n{content}endstream", content.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
    ];
    let mut out = b"%PDF-1.5\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// The PDF reader's layout passes (two text columns, tables with centred
/// cells, values at tab stops) on a page of `n` blocks and of `4n`: each
/// looks ahead a bounded number of lines, so neither grows past BOUND.
#[test]
fn pdf_columns_and_tables_grow_linearly() {
    let page = |n: usize| {
        let mut lines = Vec::new();
        let mut y = 20.0 + 60.0 * n as f32;
        let height = y + 40.0;
        for i in 0..n {
            let name = alpha(i);
            // Two columns whose baselines interleave.
            lines.push((72.0, y, format!("Ledamot {name} (S)")));
            lines.push((
                324.0,
                y,
                format!("Ersattare {name} (M) for vakans och en rad som"),
            ));
            lines.push((324.0, y - 14.5, "bryts (V)".to_string()));
            lines.push((72.0, y - 24.5, format!("Ledamot {name} (C)")));
            // A table row with a centred cell, and a value at a tab stop.
            lines.push((72.0, y - 40.0, format!("Punkt {name}")));
            lines.push((290.0, y - 40.0, "Bifall helt".to_string()));
            lines.push((144.0, y - 54.0, "Justerare".to_string()));
            y -= 60.0;
        }
        pdf_of(&lines, height)
    };
    let (small, large) = (page(100), page(400));
    let _ = justera::input::decode(&small).unwrap();
    let (_, w_small) = work(|| justera::input::decode(&small).unwrap());
    let (_, w_large) = work(|| justera::input::decode(&large).unwrap());
    for (measure, g) in ["allocations", "bytes"]
        .iter()
        .zip(growth(w_small, w_large))
    {
        assert!(
            g <= BOUND,
            "decode's {measure} grew {g:.1} times for 4 times the page ({w_small:?} -> {w_large:?})"
        );
    }
}
