//! Benchmark for `analyze`: ten articles of about 2,000 words each must be compared in
//! under 20 ms natively, and time must grow near-linearly with the total number of words.
//! Articles are assembled from the fixture stories (our own text), each a different
//! rotation of the same paragraphs, so they share many facts as real coverage does.
//!
//! Run: `cargo bench --bench analyze`.

use std::time::Instant;

use crosscheck::engine::{analyze, Article, Config};

#[path = "common/articles.rs"]
mod common;
use common::{articles, paragraphs};

fn median_ms(articles: &[Article], runs: usize) -> (f64, usize) {
    let config = Config::default();
    let mut claims = analyze(articles, &config).claims.len();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            claims = analyze(articles, &config).claims.len();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], claims)
}

fn main() {
    let paras = paragraphs();
    if paras.is_empty() {
        eprintln!("no fixture stories found under tests/fixtures/stories");
        std::process::exit(1);
    }
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this binary without it, in
    // a debug build, where one small round shows the benchmark still works.
    let full = std::env::args().any(|a| a == "--bench");
    let sizes: &[(usize, usize)] = if full {
        &[(10, 2000), (5, 2000), (20, 2000), (40, 2000), (10, 500), (10, 8000)]
    } else {
        &[(3, 500)]
    };
    println!("{:>9} {:>10} {:>11} {:>9} {:>13}", "articles", "words", "median ms", "claims", "µs per word");
    for &(n, words) in sizes {
        let set = articles(&paras, n, words);
        let total: usize = set.iter().map(|a| a.body.split_whitespace().count()).sum();
        let (ms, claims) = median_ms(&set, if full { 15 } else { 1 });
        println!("{n:>9} {total:>10} {ms:>11.2} {claims:>9} {:>13.3}", ms * 1000.0 / total as f64);
    }
}
