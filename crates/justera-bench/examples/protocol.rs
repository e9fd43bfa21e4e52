//! Print a protocol of at least N bytes grown from seed 003 (the benches'
//! input): `cargo run -p justera-bench --example protocol -- 1048576 > big.txt`.

fn main() {
    let bytes = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1 << 20);
    let seed = justera_bench::seed("003_9b82ca12656ff44a.txt");
    print!("{}", justera_bench::protocol_of_size(&seed, bytes));
}
