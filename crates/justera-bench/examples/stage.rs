//! One stage, once, on a protocol of N bytes grown from seed 003: for
//! counting instructions (callgrind), which the machine's load does not
//! change, next to pulldown-cmark on the same text. `none` only grows the
//! text, so a stage's count is its own minus `none`'s.
//!
//! ```sh
//! cargo build -p justera-bench --profile release-native --example stage
//! valgrind --tool=callgrind target/release-native/examples/stage all 1048576
//! ```
//!
//! Stages: `none`, `pulldown-cmark`, `parse`, `all` (parse, check on the
//! parse's scan, summarize, as the CLI and the bench's `all` run them).
//! A third argument runs the stage that many times, for a sampling
//! profiler (`perf record -e cpu-clock`), which needs the time to be long.
//! In place of the size, the path of a text file runs the stage on that
//! real protocol as it stands (`scripts/bench-real.sh` sums them).
//!
//! The stage `paired` times `all` and `pulldown-cmark` in turn in the one
//! process, as many rounds as the third argument says (default 200), and
//! prints each one's least and median time and their ratios. The least
//! time is the one the machine's load disturbs least.

use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let stage = args.next().unwrap_or_else(|| "all".into());
    let size = args.next().unwrap_or_else(|| (1 << 20).to_string());
    let times: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let src = match size.parse() {
        Ok(bytes) => {
            let seed = justera_bench::seed("003_9b82ca12656ff44a.txt");
            justera_bench::protocol_of_size(&seed, bytes)
        }
        // A real protocol's text, as it stands.
        Err(_) => std::fs::read_to_string(&size).unwrap_or_else(|e| {
            eprintln!("{size}: {e}");
            std::process::exit(2);
        }),
    };
    if stage == "paired" {
        paired(&src, times.max(200));
        return;
    }
    let mut out = 0;
    for _ in 0..times {
        out = run(&stage, &src);
    }
    println!("{stage}: {out} ({} bytes, {times} times)", src.len());
}

fn run(stage: &str, src: &str) -> usize {
    match stage {
        "none" => src.len(),
        "pulldown-cmark" => pulldown_cmark::Parser::new(black_box(src)).count(),
        "parse" => justera::parse(black_box(src)).paragraphs.len(),
        "all" => {
            let (doc, items) = justera::parse_with_scan(black_box(src));
            let found = justera::check_with_scan(&doc, src, &items);
            found.len() + justera::summarize(&doc).paragraphs.len()
        }
        other => {
            eprintln!("unknown stage {other}: none, pulldown-cmark, parse, all");
            std::process::exit(2);
        }
    }
}

/// `all` and `pulldown-cmark` in turn, `rounds` times each: the least and
/// median time of each and the ratios.
fn paired(src: &str, rounds: usize) {
    let time = |stage: &str| {
        let start = std::time::Instant::now();
        black_box(run(stage, src));
        start.elapsed().as_secs_f64()
    };
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        ours.push(time("all"));
        theirs.push(time("pulldown-cmark"));
    }
    ours.sort_by(f64::total_cmp);
    theirs.sort_by(f64::total_cmp);
    let (least, median) = (ours[0] / theirs[0], ours[rounds / 2] / theirs[rounds / 2]);
    let ms = |t: &[f64], i: usize| t[i] * 1e3;
    println!(
        "{} bytes, {rounds} rounds: all least {:.2} ms, median {:.2} ms; \
         pulldown-cmark least {:.2} ms, median {:.2} ms; \
         ratio of least {least:.2}, of medians {median:.2}",
        src.len(),
        ms(&ours, 0),
        ms(&ours, rounds / 2),
        ms(&theirs, 0),
        ms(&theirs, rounds / 2),
    );
}
