//! The comparison-file decoder on arbitrary bytes: it must never panic, and whatever it opens
//! must encode and open again to the same comparison.
#![no_main]

use crosscheck::format::{decode_file, encode_file};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(c) = decode_file(data) {
        let again = encode_file(&c).expect("an opened comparison encodes");
        assert_eq!(decode_file(again.as_bytes()).as_ref(), Ok(&c));
    }
});
