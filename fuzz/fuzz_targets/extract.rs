//! The engine's `extract` on arbitrary text. The first four bytes choose the publication
//! date (none, near 2026-12-03, or any day of years 0000 to 9999; see
//! `checks::published_from`), the rest is the text, decoded lossily as UTF-8. It must never
//! panic, must give the same mentions twice (the engine is pure), and the mentions must keep
//! `extract`'s documented invariants (`common/engine_checks.rs`). It also checks the claim
//! behind the engine's one `unsafe` block (`Token::lc`): a token's lower-cased form is ASCII.
#![no_main]

#[path = "../common/engine_checks.rs"]
mod checks;

use crosscheck::engine::extract;
use crosscheck::engine::tokenize::tokenize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (published, rest) = match data {
        [a, b, c, d, rest @ ..] => (checks::published_from([*a, *b, *c, *d]), rest),
        _ => (None, data),
    };
    let text = String::from_utf8_lossy(rest);
    let mentions = extract(&text, published);
    checks::check_mentions(&text, &mentions);
    for (i, m) in mentions.iter().enumerate() {
        // Set by the analysis (`years::place`), never by `extract`.
        assert!(m.yearless.is_none(), "mention {i}: extract set a year-less span");
    }
    let again = extract(&text, published);
    if again != mentions {
        // Compared as printed, so a NaN (never equal to itself) is not taken for a difference.
        assert_eq!(format!("{again:?}"), format!("{mentions:?}"), "extract gave different mentions for the same input");
    }
    for t in tokenize(&text) {
        assert!(t.lc().is_ascii(), "token at {}..{} has a non-ASCII lower-cased form", t.start, t.end);
    }
});
