//! Time parse on generated inputs of growing size: `cargo run --release --example timing`.
use std::time::Instant;

fn main() {
    let cases: [(&str, fn(usize) -> String); 6] = [
        ("long line", |n| "x".repeat(n)),
        ("blank lines", |n| "\n".repeat(n)),
        ("headings", |n| "§ 1\n".repeat(n / 4)),
        ("bold", |n| "**".repeat(n / 2)),
        ("table", |n| "| a | b |\n".repeat(n / 10)),
        ("columns", |n| {
            "Lisa Andersson (M), Ordförande Per Ek (M) ersätter\n".repeat(n / 52)
        }),
    ];
    for (name, make) in cases {
        let mut line = format!("{name:>12}:");
        for n in [100_000, 200_000, 400_000] {
            let src = make(n);
            let t = Instant::now();
            let d = justera::parse(&src);
            std::hint::black_box(&d);
            line += &format!(
                "  {}k {:>7.1} ms",
                n / 1000,
                t.elapsed().as_secs_f64() * 1000.0
            );
        }
        println!("{line}");
    }
    // A realistic large protocol: a seed repeated to about 300 pages.
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seeds/003_9b82ca12656ff44a.txt"
    ))
    .unwrap_or_default();
    let big = seed.repeat(12);
    let t = Instant::now();
    let d = justera::parse(&big);
    println!(
        "{:>12}: {} KB, {} paragraphs, {:.1} ms",
        "seed 003 x12",
        big.len() / 1024,
        d.paragraphs.len(),
        t.elapsed().as_secs_f64() * 1000.0
    );
}
