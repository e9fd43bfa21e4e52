use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn parse(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse");
    g.sample_size(20);
    for (name, src) in [
        ("seed 000", justera_bench::seed("000_fc87e2d14c4d4c18.txt")),
        (
            "seed 001 bundle",
            justera_bench::seed("001_8d3f355d45ad39b5.txt"),
        ),
        ("300 pages", justera_bench::long_protocol()),
    ] {
        g.throughput(Throughput::Bytes(src.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), &src, |b, src| {
            b.iter(|| justera::parse(src))
        });
    }
    g.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
