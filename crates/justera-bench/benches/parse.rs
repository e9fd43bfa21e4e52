//! `parse`, `check`, `summarize` and the three together on the seeds and on
//! protocols of 1 MB and 16 MB, each next to pulldown-cmark reading the same
//! text in the same run (the yardstick: a careful Rust text parser).
//!
//! Group names are `<input>`, function names `pulldown-cmark`, `parse`,
//! `check`, `summarize`, `all` (parse + check + summarize, the rules reading
//! the parse's scan as the CLI does); `scripts/bench.sh`
//! turns criterion's estimates into MB/s and ratios.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

fn inputs() -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = justera_bench::SEEDS
        .iter()
        .map(|(short, file)| (format!("seed {short}"), justera_bench::seed(file)))
        .collect();
    let base = justera_bench::seed("003_9b82ca12656ff44a.txt");
    if std::env::var_os("JUSTERA_BENCH_SEEDS_ONLY").is_none() {
        v.push((
            "1 MB".into(),
            justera_bench::protocol_of_size(&base, 1 << 20),
        ));
        v.push((
            "16 MB".into(),
            justera_bench::protocol_of_size(&base, 16 << 20),
        ));
    }
    v
}

fn pulldown(src: &str) -> usize {
    pulldown_cmark::Parser::new(src).count()
}

fn bench(c: &mut Criterion) {
    for (name, src) in inputs() {
        let mut g = c.benchmark_group(&name);
        let big = src.len() > 4 << 20;
        g.sample_size(if big { 10 } else { 20 });
        if big {
            g.measurement_time(std::time::Duration::from_secs(20));
        }
        g.throughput(Throughput::Bytes(src.len() as u64));
        let doc = justera::parse(&src);
        g.bench_function("pulldown-cmark", |b| b.iter(|| pulldown(black_box(&src))));
        g.bench_function("parse", |b| b.iter(|| justera::parse(black_box(&src))));
        g.bench_function("check", |b| {
            b.iter(|| justera::check(black_box(&doc), black_box(&src)))
        });
        g.bench_function("summarize", |b| {
            b.iter(|| justera::summarize(black_box(&doc)))
        });
        g.bench_function("all", |b| {
            b.iter(|| {
                // As the CLI runs them: the rules read the parse's scan.
                let (doc, items) = justera::parse_with_scan(black_box(&src));
                let found = justera::check_with_scan(&doc, &src, &items);
                let summary = justera::summarize(&doc);
                (found.len(), summary.paragraphs.len())
            })
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
