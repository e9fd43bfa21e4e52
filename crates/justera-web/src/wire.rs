//! How a worker's reply crosses to the page: a compact binary form, written
//! and read field by field in declaration order, with no names and no
//! self-description. Plain Rust, tested natively.
//!
//! Why not serde: reading the model back with serde (serde-wasm-bindgen or
//! JSON) put a deserializer per model type, with its field-name matching
//! and the buffering of tagged enums, into the page's wasm (about a third
//! of its code), and read a large document in one long task. This form is
//! read with a loop per field, a few kilobytes of code, at memory speed.
//!
//! Every type lists all its fields (`wire_struct!`, `wire_enum!`): the
//! impls destructure and build the whole value, so a field or variant added
//! to the model is a compile error here until it is listed. Both sides are
//! built from the same source, so the order is the only contract.

use std::fmt;

/// Bytes being written.
#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

/// Bytes being read.
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

/// The bytes end early or hold a value that cannot be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(pub &'static str);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "wire: {}", self.0)
    }
}

impl Writer {
    /// An unsigned number in LEB128 (seven bits a byte).
    pub fn uint(&mut self, mut n: u64) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.buf.push(byte);
                return;
            }
            self.buf.push(byte | 0x80);
        }
    }

    pub fn bytes(&mut self, b: &[u8]) {
        self.uint(b.len() as u64);
        self.buf.extend_from_slice(b);
    }
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader { buf, pos: 0 }
    }

    pub fn uint(&mut self) -> Result<u64, Error> {
        let mut n = 0u64;
        let mut shift = 0;
        loop {
            let byte = *self.buf.get(self.pos).ok_or(Error("ends in a number"))?;
            self.pos += 1;
            if shift > 63 {
                return Err(Error("number too long"));
            }
            n |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(n);
            }
            shift += 7;
        }
    }

    pub fn bytes(&mut self) -> Result<&'a [u8], Error> {
        let len = self.uint()? as usize;
        let end = self.pos.checked_add(len).ok_or(Error("length"))?;
        let b = self
            .buf
            .get(self.pos..end)
            .ok_or(Error("ends in a string"))?;
        self.pos = end;
        Ok(b)
    }

    /// Whether every byte was read.
    pub fn done(&self) -> bool {
        self.pos == self.buf.len()
    }
}

/// A value that crosses from a worker to the page.
pub trait Wire: Sized {
    fn put(&self, w: &mut Writer);
    fn take(r: &mut Reader) -> Result<Self, Error>;
}

/// `value` as bytes.
pub fn encode<T: Wire>(value: &T) -> Vec<u8> {
    encode_sized(value, 0)
}

/// `value` as bytes, in a buffer made `capacity` long at first (a large
/// reply is not copied over each time the buffer doubles).
pub fn encode_sized<T: Wire>(value: &T, capacity: usize) -> Vec<u8> {
    let mut w = Writer {
        buf: Vec::with_capacity(capacity),
    };
    value.put(&mut w);
    w.buf
}

/// Bytes as a value; all of them must be read.
pub fn decode<T: Wire>(bytes: &[u8]) -> Result<T, Error> {
    let mut r = Reader::new(bytes);
    let value = T::take(&mut r)?;
    if !r.done() {
        return Err(Error("bytes left over"));
    }
    Ok(value)
}

macro_rules! wire_uint {
    ($($t:ty),*) => {$(
        impl Wire for $t {
            fn put(&self, w: &mut Writer) {
                w.uint(*self as u64);
            }
            fn take(r: &mut Reader) -> Result<Self, Error> {
                <$t>::try_from(r.uint()?).map_err(|_| Error("number out of range"))
            }
        }
    )*};
}
wire_uint!(u8, u32, u64, usize);

impl Wire for i64 {
    fn put(&self, w: &mut Writer) {
        // Zig-zag: small magnitudes stay short either side of zero.
        w.uint(((self << 1) ^ (self >> 63)) as u64);
    }
    fn take(r: &mut Reader) -> Result<Self, Error> {
        let n = r.uint()?;
        Ok((n >> 1) as i64 ^ -((n & 1) as i64))
    }
}

impl Wire for bool {
    fn put(&self, w: &mut Writer) {
        w.buf.push(u8::from(*self));
    }
    fn take(r: &mut Reader) -> Result<Self, Error> {
        match r.uint()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Error("not a bool")),
        }
    }
}

impl Wire for String {
    fn put(&self, w: &mut Writer) {
        w.bytes(self.as_bytes());
    }
    fn take(r: &mut Reader) -> Result<Self, Error> {
        let b = r.bytes()?;
        std::str::from_utf8(b)
            .map(str::to_string)
            .map_err(|_| Error("not UTF-8"))
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, w: &mut Writer) {
        match self {
            None => w.buf.push(0),
            Some(v) => {
                w.buf.push(1);
                v.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Result<Self, Error> {
        match r.uint()? {
            0 => Ok(None),
            1 => Ok(Some(T::take(r)?)),
            _ => Err(Error("not an option")),
        }
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, w: &mut Writer) {
        w.uint(self.len() as u64);
        for v in self {
            v.put(w);
        }
    }
    fn take(r: &mut Reader) -> Result<Self, Error> {
        let len = r.uint()? as usize;
        // Every value takes at least one byte: a corrupt length cannot
        // make the page allocate more than the bytes it holds.
        let mut v = Vec::with_capacity(len.min(r.buf.len() - r.pos));
        for _ in 0..len {
            v.push(T::take(r)?);
        }
        Ok(v)
    }
}

impl<T: Wire> Wire for Box<T> {
    fn put(&self, w: &mut Writer) {
        (**self).put(w);
    }
    fn take(r: &mut Reader) -> Result<Self, Error> {
        T::take(r).map(Box::new)
    }
}

/// A variant's number: its place in the list of names (at compile time).
pub const fn position(names: &[&str], name: &str) -> u64 {
    let mut i = 0;
    while i < names.len() {
        let (a, b) = (names[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i as u64;
            }
        }
        i += 1;
    }
    panic!("no such variant")
}

/// `Wire` for structs with named fields: `Name { field, field }` each.
macro_rules! wire_struct {
    ($($ty:ident { $($f:ident),* $(,)? })*) => {$(
        impl $crate::wire::Wire for $ty {
            fn put(&self, w: &mut $crate::wire::Writer) {
                let $ty { $($f),* } = self;
                $( $crate::wire::Wire::put($f, w); )*
            }
            fn take(r: &mut $crate::wire::Reader) -> Result<Self, $crate::wire::Error> {
                Ok($ty { $($f: $crate::wire::Wire::take(r)?),* })
            }
        }
    )*};
}

/// `Wire` for enums: unit variants `A`, struct variants `B { x, y }`,
/// tuple variants `C(x)`; each written as its number, then its fields.
macro_rules! wire_enum {
    ($($ty:ident { $($v:ident $({ $($f:ident),* })? $(( $($t:ident),* ))?),* $(,)? })*) => {$(
        impl $crate::wire::Wire for $ty {
            fn put(&self, w: &mut $crate::wire::Writer) {
                const NAMES: &[&str] = &[$(stringify!($v)),*];
                match self {
                    $($ty::$v $({ $($f),* })? $(( $($t),* ))? => {
                        const N: u64 = $crate::wire::position(NAMES, stringify!($v));
                        w.uint(N);
                        $($( $crate::wire::Wire::put($f, w); )*)?
                        $($( $crate::wire::Wire::put($t, w); )*)?
                    })*
                }
            }
            fn take(r: &mut $crate::wire::Reader) -> Result<Self, $crate::wire::Error> {
                const NAMES: &[&str] = &[$(stringify!($v)),*];
                let n = r.uint()?;
                $(
                    if n == { const N: u64 = $crate::wire::position(NAMES, stringify!($v)); N } {
                        return Ok($ty::$v
                            $({ $($f: $crate::wire::Wire::take(r)?),* })?
                            $(( $({ let $t = $crate::wire::Wire::take(r)?; $t }),* ))?);
                    }
                )*
                Err($crate::wire::Error(concat!("no such ", stringify!($ty))))
            }
        }
    )*};
}

mod model;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_strings_and_options_read_back() {
        let value: Vec<(u64, i64)> = vec![(0, 0), (127, -1), (128, 64), (u64::MAX, i64::MIN)];
        for (u, i) in value {
            assert_eq!(decode::<u64>(&encode(&u)), Ok(u));
            assert_eq!(decode::<i64>(&encode(&i)), Ok(i));
        }
        let s = vec![Some("å§ 1".to_string()), None, Some(String::new())];
        assert_eq!(decode::<Vec<Option<String>>>(&encode(&s)), Ok(s));
        assert_eq!(encode(&300u32), vec![0xac, 0x02]);
    }

    #[test]
    fn bad_bytes_fail_without_panic_or_huge_allocation() {
        let bytes = encode(&vec!["abc".to_string(), "def".to_string()]);
        for cut in 0..bytes.len() {
            assert!(
                decode::<Vec<String>>(&bytes[..cut]).is_err(),
                "cut at {cut}"
            );
        }
        // A length of 2^62 with nothing after it.
        let mut w = Writer::default();
        w.uint(1 << 62);
        assert!(decode::<Vec<u8>>(&w.buf).is_err());
        assert!(decode::<String>(&w.buf).is_err());
        assert!(decode::<u8>(&encode(&256u32)).is_err());
        assert!(decode::<bool>(&[2]).is_err());
        assert!(decode::<u32>(&[0xff; 11]).is_err());
        assert_eq!(
            decode::<u32>(&[1, 2]),
            Err(Error("bytes left over")),
            "trailing bytes"
        );
        assert!(decode::<String>(&encode(&vec![0xffu8, 0xfe])).is_err());
    }
}
