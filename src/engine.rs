//! The engine facade: everything the faces (page, CLI) need from the pure pipeline.
//! Submodules each own one step; this file only wires them together.

pub mod align;
pub mod article;
pub mod claim;
pub mod compare;
pub mod config;
pub mod context;
pub mod date;
pub mod lexicon;
pub mod mention;
pub mod noise;
pub mod number;
pub mod tokenize;
pub mod unit;

pub use article::Article;
pub use claim::{Analysis, Claim, Evidence, MentionRef, Pair, Status, Verdict};
pub use config::Config;
pub use mention::{extract, DateInfo, Granularity, Kind, Mention, Qualifier, Value};

/// Extract every article's mentions, group them into claims and judge each claim.
pub fn analyze(articles: &[Article], config: &Config) -> Analysis {
    let mentions: Vec<Vec<Mention>> = articles.iter().map(|a| extract(&a.body, a.published)).collect();
    align::align(articles, mentions, config)
}
