//! The engine facade: everything the faces (page, CLI) need from the pure pipeline.
//! Submodules each own one step; this file only wires them together.

pub mod align;
pub mod article;
pub mod attribution;
pub mod claim;
pub mod compare;
pub mod config;
pub mod context;
pub mod date;
pub mod features;
pub mod furniture;
pub mod label;
pub mod lexicon;
pub mod mention;
pub mod noise;
pub mod number;
pub mod scan;
pub mod scorer;
pub mod tokenize;
pub mod unit;
pub mod vetting;
pub mod weights;
pub mod wordnet;
pub mod words;
#[rustfmt::skip]
mod wordnet_tables;
pub mod years;

pub use article::{Article, PublishedFrom};
pub use claim::{Analysis, Claim, Contribution, Evidence, MentionRef, Pair, Status, Verdict};
pub use config::Config;
pub use context::WordMemo;
pub use mention::{DateInfo, Granularity, Kind, Mention, Qualifier, Value};
pub use scan::extract;

/// Extract every article's mentions, give year-less dates the year their article states
/// (`years::place`), group the mentions into claims and judge each claim.
///
/// The publication date written in a body (a dateline such as "BRENNOCK, March 14 -") is
/// metadata, not a claim about the story, so it is left out of the mentions, as are the dates
/// and times of bylines and stamp lines (`furniture::drop_metadata`).
pub fn analyze(articles: &[Article], config: &Config) -> Analysis {
    analyze_mentions(articles, articles.iter().map(article_mentions).collect(), config)
}

/// The mentions `analyze` compares for one article. They depend on its body and publication
/// date alone, so a face that re-analyses after an edit can keep the other articles' mentions
/// and pass them to [`analyze_mentions`].
pub fn article_mentions(a: &Article) -> Vec<Mention> {
    let mut ms = extract(&a.body, a.published);
    if let article::PublishedFrom::Text { start, end } = a.published_from {
        ms.retain(|m| m.end <= start || m.start >= end);
    }
    if let Some(first) = ms.first() {
        if is_dateline(&a.body, first) {
            ms.remove(0);
        }
    }
    furniture::drop_metadata(&a.body, &mut ms);
    // Without a publication date, the years the article states settle its year-less
    // dates ("In May" in an article that says "May 2026" elsewhere).
    years::place(&a.body, a.published, &mut ms);
    ms
}

/// Group the articles' mentions (from [`article_mentions`], one list per article, in order)
/// into claims and judge each claim.
pub fn analyze_mentions(articles: &[Article], mentions: Vec<Vec<Mention>>, config: &Config) -> Analysis {
    align::align(articles, mentions, config, &mut WordMemo::default())
}

/// [`analyze_mentions`] with a memo of what the lexicon said of each word in earlier
/// analyses, which it reads and fills: the result is the same as without, only faster when
/// most words were seen before (the page, re-analysing after each edit).
pub fn analyze_mentions_with(
    articles: &[Article],
    mentions: Vec<Vec<Mention>>,
    config: &Config,
    memo: &mut WordMemo,
) -> Analysis {
    align::align(articles, mentions, config, memo)
}

/// A wire dateline opening the body: "BRENNOCK, March 14 (Northline) -". The date is when
/// the story was filed, even when a header gives the publication date too.
fn is_dateline(body: &str, m: &Mention) -> bool {
    let before = body.get(..m.start).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let lead = &before[line_start..];
    let after: String = body.get(m.end..).unwrap_or("").chars().take(4).collect();
    m.kind == Kind::Date
        && before.trim().lines().count() <= 1
        && lead.len() <= 40
        && !lead.trim().is_empty()
        && lead.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | ',' | '.' | '-' | '\''))
        && (after.trim_start().starts_with(['(', '-', '\u{2013}', '\u{2014}']))
}
