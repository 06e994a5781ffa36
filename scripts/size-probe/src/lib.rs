//! One exported function that analyses articles and, per feature, writes the JSON report,
//! a share link without its deflate (and reads it back) or a comparison file (and reads it back), so the module
//! holds the engine and exactly those formats.

use crosscheck::engine::{analyze, Article, Config};
use wasm_bindgen::prelude::*;

/// Articles separated by U+0001 in, a string that depends on every step out.
#[wasm_bindgen]
pub fn run(text: &str) -> String {
    let articles: Vec<Article> = text.split('\u{1}').map(Article::parse).collect();
    let analysis = analyze(&articles, &Config::default());
    #[allow(unused_mut)]
    let mut out = analysis.claims.len().to_string();
    #[cfg(feature = "report")]
    {
        let report = crosscheck::format::Report::new(&articles, &analysis);
        out += &crosscheck::format::json::write(&report, true).unwrap_or_default();
    }
    #[cfg(feature = "link")]
    {
        // The page deflates with the browser's CompressionStream, which is not wasm code, so
        // the probe seals the JSON as it is: every other step of a link is here.
        use crosscheck::format::{link_content, seal, unseal, Comparison};
        let c = Comparison::from_articles(&articles);
        let json = link_content(&c).unwrap_or_default();
        let link = seal(&json, &json).unwrap_or_default();
        let back = unseal(&link).and_then(|s| s.open(&s.deflated)).map_or(0, |c| c.articles.len());
        out += &format!("{link}{back}");
    }
    #[cfg(feature = "file")]
    {
        let c = crosscheck::format::Comparison::from_articles(&articles);
        let file = crosscheck::format::encode_file(&c).unwrap_or_default();
        let back = crosscheck::format::decode_file(file.as_bytes()).map_or(0, |c| c.articles.len());
        out += &format!("{file}{back}");
    }
    out
}
