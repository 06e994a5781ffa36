//! The built-in demo comparison the page opens on: three short invented reports of one story
//! (a warehouse fire in a fictional town), written in different styles, that disagree on some
//! figures and dates and hold look-alikes that must stay apart.

/// The demo articles in the plain-text article format ([`crate::engine::Article::parse`]), in
/// the order the page shows them: wire copy, local news, an explainer.
pub const ARTICLES: [&str; 3] =
    [include_str!("demo/wire.txt"), include_str!("demo/courier.txt"), include_str!("demo/explainer.txt")];

/// Whether articles given as (title, body) are the demo as it comes: the same articles, in
/// order, unedited, with or without blank columns added. The demo is no one's work, so the
/// page may replace it without asking.
pub fn is_demo<'a>(articles: impl Iterator<Item = (&'a str, &'a str)>) -> bool {
    let shown: Vec<(&str, &str)> =
        articles.filter(|(title, body)| !(title.is_empty() && body.is_empty())).collect();
    shown.len() == ARTICLES.len()
        && shown.iter().zip(ARTICLES).all(|((title, body), text)| {
            let d = crate::engine::Article::parse(text);
            *title == d.title && *body == d.body
        })
}

#[cfg(test)]
mod tests {
    use super::{is_demo, ARTICLES};

    #[test]
    fn the_demo_is_known_until_edited() {
        let demo: Vec<Article> = ARTICLES.iter().map(|t| Article::parse(t)).collect();
        fn pairs(arts: &[Article]) -> Vec<(&str, &str)> {
            arts.iter().map(|a| (a.title.as_str(), a.body.as_str())).collect()
        }
        assert!(is_demo(pairs(&demo).into_iter()));
        let mut edited = demo.clone();
        edited[1].body.push_str(" Three trucks burned.");
        assert!(!is_demo(pairs(&edited).into_iter()));
        assert!(!is_demo(pairs(&demo[..2]).into_iter()));
        // A blank column added to the demo is still nobody's work.
        let mut added = demo.clone();
        added.push(Article::default());
        assert!(is_demo(pairs(&added).into_iter()));
        assert!(!is_demo(std::iter::empty()));
    }
    use crate::engine::{analyze, Article, Config, Status};

    #[test]
    fn every_demo_article_has_a_full_header_and_a_short_body() {
        for text in ARTICLES {
            let a = Article::parse(text);
            assert!(!a.title.is_empty() && !a.source.is_empty(), "header missing in {text:.40}");
            assert!(a.published.is_some(), "no publication date in {:?}", a.title);
            let words = a.body.split_whitespace().count();
            assert!((150..=250).contains(&words), "{:?} has {words} words", a.title);
        }
    }

    /// The demo must show every status: a contradiction (Dunmore 45 vs 40 miles away), a
    /// possible one the vetting model is less sure of (about 180 vs 140 employed), an update (12 injured on Saturday, 14 in Sunday's paper,
    /// and "at least a dozen" days later does not say less), roundings, agreements, and
    /// look-alikes that stay apart (the six
    /// hurt in the 2019 fire, the county's 31st fire of the year, and the courier's "woke early
    /// Saturday", which a fire late Friday does not contradict).
    #[test]
    fn the_demo_shows_contradictions_agreements_and_look_alikes_kept_apart() {
        let articles: Vec<Article> = ARTICLES.iter().map(|t| Article::parse(t)).collect();
        let analysis = analyze(&articles, &Config::default());
        let count = |s: Status| analysis.claims.iter().filter(|c| c.status == s).count();
        assert!(count(Status::Diverge) >= 1, "contradictions: {}", count(Status::Diverge));
        assert!(count(Status::Possible) >= 1, "possible: {}", count(Status::Possible));
        assert!(count(Status::Updated) >= 1, "updates: {}", count(Status::Updated));
        assert!(count(Status::Compatible) >= 2, "compatible: {}", count(Status::Compatible));
        assert!(count(Status::Agree) >= 3, "agreements: {}", count(Status::Agree));
        let claim_of = |a: usize, text: &str| {
            let i = analysis.mentions[a].iter().position(|m| m.text(&articles[a].body) == text)?;
            Some(&analysis.claims[analysis.claim_of[a][i]])
        };
        let injured = claim_of(0, "12").expect("the wire's 12 injured");
        assert_eq!(injured.status, Status::Updated);
        assert!(injured.mentions.iter().any(|r| r.article == 1), "12 and 14 injured are one claim");
        let miles = claim_of(1, "45 miles").expect("the courier's 45 miles");
        assert_eq!(miles.status, Status::Diverge);
        let employed = claim_of(1, "About 180").expect("the courier's about 180 employed");
        assert_eq!(employed.status, Status::Possible);
        for look_alike in ["six", "31st", "Saturday"] {
            let c = claim_of(1, look_alike).unwrap_or_else(|| panic!("{look_alike} is marked"));
            assert_eq!(c.status, Status::Single, "{look_alike} stays apart");
        }
    }
}
