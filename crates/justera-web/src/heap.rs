//! Room in the heap made before a large piece of work, at once.
//!
//! The wasm memory grows a page at a time as the allocator asks for more,
//! and each growth is a call out of the compiled code; reading a 1 MB
//! protocol's reply or parsing it asks tens of thousands of times. Traced
//! in Chromium on a 300-page protocol, the page's reading of the reply
//! spent 33 ms in the allocator before this, under 1 ms after.

/// Allocate and free one block of `bytes`: the memory grows once, and the
/// allocator keeps the freed block for the small allocations that follow.
/// When there is no room for it, nothing happens (the work then grows the
/// memory as it goes, or fails as it would have).
pub fn reserve(bytes: usize) {
    let mut room = Vec::<u8>::new();
    if room.try_reserve_exact(bytes).is_ok() {
        // Kept from being optimised away: the allocation is the point.
        drop(std::hint::black_box(room));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn reserving_leaves_the_heap_usable() {
        super::reserve(1 << 20);
        super::reserve(0);
        super::reserve(usize::MAX);
        let v: Vec<u64> = (0..1000).collect();
        assert_eq!(v.iter().sum::<u64>(), 499_500);
    }
}
