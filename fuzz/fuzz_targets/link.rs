//! The share-link decoder on arbitrary text: it must never panic, and whatever it opens must
//! encode and open again to the same comparison.
#![no_main]

use crosscheck::format::{decode_link, encode_fragment};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for input in [text.to_string(), format!("#c1.{text}")] {
        if let Ok(c) = decode_link(&input) {
            let again = encode_fragment(&c).expect("an opened comparison encodes");
            assert_eq!(decode_link(&again).as_ref(), Ok(&c));
        }
    }
});
