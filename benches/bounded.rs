//! Benchmark for bounded work: `analyze` on inputs doubling from 125 KB to 4 MB, of two kinds
//! (two pasted tables of numbers, and five long news articles), with the time and the peak
//! heap of each. Time and memory must grow linearly: past `Config::max_compared` mentions per
//! article only extraction grows, and it is linear. Targets (issue 18): two 1 MB tables in
//! under 1 s and 200 MB, 10 MB of news text in under 1 s.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

use crosscheck::engine::{analyze, Article, Config};

// Only `paragraphs` is used here: this benchmark sizes its articles in bytes, not words.
#[allow(dead_code)]
#[path = "common/articles.rs"]
mod common;
use common::paragraphs;

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Two "articles" of `bytes` each: rows of ten comma-separated numbers, as a pasted table.
fn tables(bytes: usize) -> Vec<Article> {
    (0..2u64)
        .map(|k| {
            let mut body = String::with_capacity(bytes + 64);
            let mut x = 12345 + k;
            while body.len() < bytes {
                for c in 0..10 {
                    // A small linear congruential sequence: varied numbers, same every run.
                    x = (x * 1103515245 + 12345) % 2147483648;
                    body.push_str(&(x % 100000).to_string());
                    body.push_str(if c < 9 { ", " } else { "\n" });
                }
            }
            Article { title: format!("Table {k}"), body, ..Article::default() }
        })
        .collect()
}

/// Five articles of `bytes` in all, made of the fixture stories' paragraphs.
fn news(paras: &[String], bytes: usize) -> Vec<Article> {
    (0..5)
        .map(|k| {
            let mut body = String::with_capacity(bytes / 5 + 4096);
            let mut i = k * 7;
            while body.len() < bytes / 5 && !paras.is_empty() {
                body.push_str(&paras[i % paras.len()]);
                body.push_str("\n\n");
                i += 3;
            }
            Article { title: format!("Article {k}"), body, ..Article::default() }
        })
        .collect()
}

/// Milliseconds and peak heap (MB, above what the input itself holds) of one analysis.
fn measure(articles: &[Article]) -> (f64, f64, usize) {
    let config = Config::default();
    let base = IN_USE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let t = Instant::now();
    let analysis = analyze(articles, &config);
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    let peak = (PEAK.load(Relaxed) - base) as f64 / 1e6;
    let left = analysis.not_compared.iter().sum();
    (ms, peak, left)
}

fn main() {
    let paras = paragraphs();
    // `cargo test --all-targets` runs this without --bench, in a debug build: one small round.
    let full = std::env::args().any(|a| a == "--bench");
    let sizes: Vec<usize> = if full { (0..6).map(|k| 125_000 << k).collect() } else { vec![20_000] };
    println!(
        "{:>6} {:>9} {:>9} {:>10} {:>9} {:>14}",
        "input", "KB each", "ms", "peak MB", "ms/MB", "not compared"
    );
    for (kind, make) in [
        ("tables", &(|b: usize| tables(b)) as &dyn Fn(usize) -> Vec<Article>),
        ("news", &|b: usize| news(&paras, b)),
    ] {
        for &bytes in &sizes {
            let set = make(bytes);
            let total: usize = set.iter().map(|a| a.body.len()).sum();
            let (ms, peak, left) = measure(&set);
            let mb = total as f64 / 1e6;
            println!("{kind:>6} {:>9} {ms:>9.1} {peak:>10.1} {:>9.1} {left:>14}", bytes / 1000, ms / mb);
        }
    }
    // The issue's own sizes: two 1 MB tables, and 10 MB of news in five articles.
    if full {
        for (what, set) in
            [("two 1 MB tables", tables(1_000_000)), ("10 MB of news", news(&paras, 10_000_000))]
        {
            let (ms, peak, _) = measure(&set);
            let met = if ms <= 1000.0 && peak <= 200.0 { "ok" } else { "NOT MET" };
            println!("{what}: {ms:.0} ms, peak heap {peak:.0} MB (targets: 1,000 ms, 200 MB): {met}");
        }
    }
}
