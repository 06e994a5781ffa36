//! Articles made of the fixture stories' paragraphs (our own text), shared by the benchmarks
//! and `examples/reanalyze.rs` (each includes this file with `#[path]`).

use std::path::Path;

use crosscheck::engine::Article;

/// Every paragraph of every fixture story, in a fixed order.
pub fn paragraphs() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories");
    let mut out = Vec::new();
    let mut dirs: Vec<_> =
        std::fs::read_dir(&root).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    dirs.sort();
    for dir in dirs {
        let mut files: Vec<_> =
            std::fs::read_dir(&dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
        files.sort();
        for f in files.iter().filter(|f| f.extension().is_some_and(|e| e == "txt")) {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            let body = Article::parse(&text).body;
            out.extend(body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(String::from));
        }
    }
    out
}

/// `n` articles of about `words` words, each starting at a different paragraph.
pub fn articles(paras: &[String], n: usize, words: usize) -> Vec<Article> {
    (0..n)
        .map(|k| {
            let mut body = String::new();
            let mut count = 0;
            let mut i = k * 7;
            while count < words && !paras.is_empty() {
                let p = &paras[i % paras.len()];
                count += p.split_whitespace().count();
                body.push_str(p);
                body.push_str("\n\n");
                i += 3;
            }
            Article {
                title: format!("Article {k}"),
                source: format!("Source {k}"),
                body,
                ..Article::default()
            }
        })
        .collect()
}
