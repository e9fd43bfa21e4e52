//! Parse a file N times (for profiling): `parse_file FILE [N]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: parse_file FILE [N]");
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let src = std::fs::read_to_string(path).expect("readable UTF-8 file");
    for _ in 0..n {
        std::hint::black_box(justera::parse(&src));
    }
}
