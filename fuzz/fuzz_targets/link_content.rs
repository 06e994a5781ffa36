//! Arbitrary bytes as the content of a comparison file, so the fuzzer reaches the JSON and
//! schema checks behind the file envelope quickly, then through a link made from what opens.
#![no_main]

use crosscheck::format::{decode_file, decode_link, encode_link};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let file = format!("{{\"crosscheck\": \"comparison\", \"version\": 1, {text}");
    if let Ok(c) = decode_file(file.as_bytes()) {
        let link = encode_link("https://example.org/", &c).expect("an opened comparison encodes");
        assert_eq!(decode_link(&link).as_ref(), Ok(&c));
    }
});
