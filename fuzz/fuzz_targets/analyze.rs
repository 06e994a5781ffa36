//! The engine's `analyze` on arbitrary text, as the command line runs it: the input is split
//! on the byte 0x1E (ASCII record separator) into 2 to 4 article files (one piece is compared
//! with itself), each decoded lossily as UTF-8 and read with `Article::parse` (header,
//! dateline), then through a comparison as `crosscheck FILE...` does, and analysed with the
//! default settings. It must never panic, and the result must keep the engine's documented
//! invariants (`common/engine_checks.rs`).
#![no_main]

#[path = "../common/engine_checks.rs"]
mod checks;

use crosscheck::engine::{analyze, Article};
use crosscheck::format::Comparison;
use libfuzzer_sys::fuzz_target;

/// Separates the articles in a fuzz input.
const SEP: u8 = 0x1e;

fuzz_target!(|data: &[u8]| {
    let texts: Vec<String> = data.splitn(4, |&b| b == SEP).map(|p| String::from_utf8_lossy(p).into_owned()).collect();
    let mut parsed: Vec<Article> = texts.iter().map(|t| Article::parse(t)).collect();
    if parsed.len() == 1 {
        parsed.push(parsed[0].clone());
    }
    let comparison = Comparison::from_articles(&parsed);
    let articles = comparison.to_articles();
    let config = comparison.settings.config();
    let analysis = analyze(&articles, &config);
    let bodies: Vec<&str> = articles.iter().map(|a| a.body.as_str()).collect();
    checks::check_analysis(&bodies, &analysis, &config);
});
