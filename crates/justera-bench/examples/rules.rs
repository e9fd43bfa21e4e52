//! Where `check` spends its time: every rule timed alone on a protocol of
//! N bytes grown from seed 003 (median of 5 runs), slowest first.
//! `cargo run -p justera-bench --profile release-native --example rules -- 1048576`

use std::time::Instant;

use justera::rules::{Context, REGISTRY};

fn main() {
    let bytes = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1 << 20);
    let seed = justera_bench::seed("003_9b82ca12656ff44a.txt");
    let src = justera_bench::protocol_of_size(&seed, bytes);
    let median = |f: &mut dyn FnMut()| {
        let mut t: Vec<f64> = (0..5)
            .map(|_| {
                let t0 = Instant::now();
                f();
                t0.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        t.sort_by(f64::total_cmp);
        t[2]
    };
    let mut doc = None;
    let parse = median(&mut || doc = Some(justera::parse(&src)));
    let doc = doc.expect("parsed");
    let context = median(&mut || drop(Context::new(&doc, &src)));
    let cx = Context::new(&doc, &src);
    let mut rows: Vec<(f64, &str)> = REGISTRY
        .iter()
        .map(|r| {
            let mut out = Vec::new();
            let t = median(&mut || {
                out.clear();
                (r.check)(&cx, &mut out)
            });
            (t, r.code)
        })
        .collect();
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    let check = median(&mut || drop(justera::check(&doc, &src)));
    let summarize = median(&mut || drop(justera::summarize(&doc)));
    println!("{} bytes: parse {parse:.2} ms, check {check:.2} ms (context {context:.2} ms), summarize {summarize:.2} ms", src.len());
    for (t, code) in rows.iter().filter(|r| r.0 >= 0.01) {
        println!("{t:9.2} ms  {code}");
    }
}
