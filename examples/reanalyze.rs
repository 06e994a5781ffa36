//! Re-analysis as the page does it after an edit: five articles of about 1,500 words from the
//! fixture stories, their mentions extracted once, then `N` analyses (`cargo run --release
//! --example reanalyze -- N [warm]`); `warm` keeps one `WordMemo` across them as the page
//! does; `--articles=A --words=W` change the set (the analyze bench's 10 x 2,000 is
//! `--articles=10 --words=2000`). For a count of instructions that does not depend on the machine's load:
//! `valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/reanalyze 3 warm`.

use crosscheck::engine::{analyze_mentions, analyze_mentions_with, article_mentions, Config, WordMemo};

#[path = "../benches/common/articles.rs"]
mod common;
use common::{articles, paragraphs};

fn main() {
    let paras = paragraphs();
    let arg = |name: &str, default: usize| {
        std::env::args().find_map(|a| a.strip_prefix(name).and_then(|v| v.parse().ok())).unwrap_or(default)
    };
    let set = articles(&paras, arg("--articles=", 5), arg("--words=", 1500));
    let config = Config::default();
    let ms: Vec<_> = set.iter().map(article_mentions).collect();
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(3);
    let t = std::time::Instant::now();
    let mut c = 0;
    let warm = std::env::args().any(|a| a == "warm");
    let mut memo = WordMemo::default();
    for _ in 0..n {
        c += if warm {
            analyze_mentions_with(&set, ms.clone(), &config, &mut memo)
        } else {
            analyze_mentions(&set, ms.clone(), &config)
        }
        .claims
        .len();
    }
    eprintln!("{} claims, {:.2} ms per analysis", c / n, t.elapsed().as_secs_f64() * 1000.0 / n as f64);
}
