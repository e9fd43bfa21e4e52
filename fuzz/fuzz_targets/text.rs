#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| justera_fuzz::text(data));
