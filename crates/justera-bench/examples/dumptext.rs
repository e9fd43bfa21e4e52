fn main() {
    let p = std::env::args().nth(1).unwrap();
    let b = std::fs::read(p).unwrap();
    let d = justera::input::decode(&b).unwrap();
    print!("{}", d.text);
}
