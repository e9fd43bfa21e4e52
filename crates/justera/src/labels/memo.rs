//! Part kinds remembered by their text. The scan and the parse ask the
//! same line's part kind several times (the running headers, the
//! furniture, the paragraph's lead, its title and its parts, the heads):
//! a text asked again is answered from its copy here, compared byte for
//! byte, not folded and read again.

use std::cell::RefCell;

use crate::model::PartKind;

/// Texts at most this long are remembered (a longer one is no part
/// heading, answered at once by `part_kind_as_written`).
pub(super) const LONGEST: usize = 91;

/// Slots, a power of two; a text's slot is chosen by its first and
/// last eight bytes and its length, and a text in it is replaced by the next one chosen there.
const SLOTS: usize = 512;

#[derive(Clone, Copy)]
struct Slot {
    /// The text's length, `u8::MAX` for none.
    len: u8,
    kind: Option<PartKind>,
    bytes: [u8; LONGEST],
}

struct Memo {
    slots: Vec<Slot>,
    /// The fold's buffer, kept for every reading.
    buf: String,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo {
        slots: vec![
            Slot {
                len: u8::MAX,
                kind: None,
                bytes: [0; LONGEST],
            };
            SLOTS
        ],
        buf: String::new(),
    });
}

/// The first at most eight bytes of `b`, as one word.
fn word(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    let n = b.len().min(8);
    w[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(w)
}

/// `read(text)`, remembered: the same bytes are read once while they
/// stay in their slot. `text` is at most [`LONGEST`] bytes.
pub(super) fn remembered(
    text: &str,
    read: impl FnOnce(&str, &mut String) -> Option<PartKind>,
) -> Option<PartKind> {
    let b = text.as_bytes();
    debug_assert!(b.len() <= LONGEST);
    let at = (word(b) ^ word(&b[b.len().saturating_sub(8)..]).rotate_left(29) ^ b.len() as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        >> (64 - SLOTS.trailing_zeros());
    MEMO.with(|m| {
        let Memo { slots, buf } = &mut *m.borrow_mut();
        let slot = &mut slots[at as usize];
        if usize::from(slot.len) == b.len() && slot.bytes[..b.len()] == *b {
            return slot.kind;
        }
        let kind = read(text, buf);
        slot.len = b.len() as u8;
        slot.bytes[..b.len()].copy_from_slice(b);
        slot.kind = kind;
        kind
    })
}
