//! The built-in demo comparison the page opens on: three short invented reports of one story
//! (a warehouse fire in a fictional town), written in different styles, that disagree on some
//! figures and dates and hold look-alikes that must stay apart.

/// The demo articles in the plain-text article format ([`crate::engine::Article::parse`]), in
/// the order the page shows them: wire copy, local news, an explainer.
pub const ARTICLES: [&str; 3] =
    [include_str!("demo/wire.txt"), include_str!("demo/courier.txt"), include_str!("demo/explainer.txt")];

#[cfg(test)]
mod tests {
    use super::ARTICLES;
    use crate::engine::Article;

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
}
