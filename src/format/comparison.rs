//! The saved state of a comparison: its articles, the reader's manual corrections and a few
//! settings. Share links and comparison files both carry exactly this, and `validate` is the
//! one place that says what a readable state is.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::engine::{Analysis, Article, Config, MentionRef, PublishedFrom};
use crate::numerals::short;

/// The version of the comparison shape; a link's `#c1.` and a file's `"version": 1`.
/// Bumped only on an incompatible change, with a migration from the old shape (see
/// `docs/share-format.md`).
pub const COMPARISON_VERSION: u32 = 1;

/// Most articles one comparison may hold; the page shows a handful side by side.
pub const MAX_ARTICLES: usize = 64;
/// Most corrections one comparison may hold.
pub const MAX_CORRECTIONS: usize = 10_000;
/// Most mentions one correction may name.
pub const MAX_CORRECTION_MENTIONS: usize = 64;
/// Longest mention text a correction may quote, in bytes (mentions are a few words).
pub const MAX_MENTION_TEXT: usize = 1_000;
/// Longest title or source, in bytes.
pub const MAX_META_TEXT: usize = 2_000;

/// Everything needed to reopen a comparison as it was.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub articles: Vec<SavedArticle>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    #[serde(default, skip_serializing_if = "Settings::is_default")]
    pub settings: Settings,
}

/// One article as the reader entered it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedArticle {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// The publication date the reader gave (a header date); a date the engine finds in the
    /// body is found there again, so it is not stored.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "iso_date")]
    pub published: Option<NaiveDate>,
    pub body: String,
}

/// A manual correction to the engine's grouping or extraction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    pub kind: CorrectionKind,
    pub mentions: Vec<MentionKey>,
}

/// What a correction says about its mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CorrectionKind {
    /// These mentions (two or more) state different facts: take them out of one claim.
    Unlink,
    /// These mentions (two or more) state the same fact: put them in one claim.
    Link,
    /// These mentions are not figures worth comparing: leave them out.
    Dismiss,
}

/// A mention named by where it is and what it says, not by its index, so a correction still
/// finds its mention after re-analysis as long as the article's text did not change there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionKey {
    /// Index of the article in `Comparison::articles`.
    pub article: usize,
    /// UTF-8 byte offsets into the article's body, `start` inclusive, `end` exclusive.
    pub start: usize,
    pub end: usize,
    /// The mention's text, `body[start..end]` when the correction was made.
    pub text: String,
}

/// Display filters and the few tolerances a reader may change; `None` keeps the default.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Also show facts only one article states (the CLI's `--all`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub show_single: bool,
    /// `Config::min_score`: evidence needed to match two mentions. For the fitted scorer it
    /// moves `Config::link_confidence` by as many log-odds as it differs from the default 2,
    /// so a higher value is stricter with either scorer and 2 changes nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_score: Option<f64>,
    /// `Config::approx_share`: how far "about" may be off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approx_share: Option<f64>,
    /// `Config::bound_factor`: how far past "more than" a value may lie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bound_factor: Option<f64>,
}

impl Settings {
    pub fn is_default(&self) -> bool {
        *self == Settings::default()
    }

    /// `Config::default()` with these overrides applied.
    pub fn config(&self) -> Config {
        let mut c = Config::default();
        if let Some(v) = self.min_score {
            // The strictness moves the fitted scorer's link threshold by as many log-odds as
            // it moves the rules' score threshold, so the default strictness is the default.
            use crate::engine::scorer::{log_odds, probability};
            c.link_confidence = probability(log_odds(c.link_confidence) + v - c.min_score);
            c.min_score = v;
            c.red_confidence = c.red_confidence.max(c.link_confidence);
        }
        if let Some(v) = self.approx_share {
            c.approx_share = v;
        }
        if let Some(v) = self.bound_factor {
            c.bound_factor = v;
        }
        c
    }

    /// Each override with the range it must lie in. Ranges are generous; they exist so a
    /// hand-made link cannot hand the engine NaN or absurd tolerances.
    fn ranges(&self) -> [(&'static str, Option<f64>, f64, f64); 3] {
        [
            ("min_score", self.min_score, 0.0, 100.0),
            ("approx_share", self.approx_share, 0.0, 1.0),
            ("bound_factor", self.bound_factor, 1.0, 100.0),
        ]
    }
}

impl SavedArticle {
    /// The parts of `a` the reader entered; a publication date found in the body is left out,
    /// because `to_article` finds it there again.
    pub fn from_article(a: &Article) -> SavedArticle {
        SavedArticle {
            title: a.title.clone(),
            source: a.source.clone(),
            published: if a.published_from == PublishedFrom::Header { a.published } else { None },
            body: a.body.clone(),
        }
    }

    /// The engine's article, read as `Article::parse` reads the plain-text format (so a
    /// dateline in the body supplies the date when none is stored). The body is kept exactly,
    /// so corrections' offsets still point at their mentions.
    pub fn to_article(&self) -> Article {
        let mut a = Article::parse(
            &Article {
                title: self.title.clone(),
                source: self.source.clone(),
                published: self.published,
                published_from: PublishedFrom::Header,
                body: self.body.clone(),
            }
            .to_text(),
        );
        // `parse` drops a leading byte-order mark; the stored body is the reference.
        if a.body != self.body {
            a.body = self.body.clone();
        }
        a
    }
}

impl MentionKey {
    /// The key of `body[start..end]` in article `article`, or `None` if the span is not a
    /// slice of `body` on character boundaries.
    pub fn new(article: usize, body: &str, start: usize, end: usize) -> Option<MentionKey> {
        let text = body.get(start..end)?.to_string();
        Some(MentionKey { article, start, end, text })
    }

    /// Whether the key still names a span of this body with the same text.
    pub fn matches(&self, body: &str) -> bool {
        start_le_end(self) && body.get(self.start..self.end) == Some(self.text.as_str())
    }

    /// The mention this key names in a fresh analysis: the one with the same article and
    /// span, if the text there is unchanged.
    pub fn resolve(&self, articles: &[Article], analysis: &Analysis) -> Option<MentionRef> {
        let body = &articles.get(self.article)?.body;
        if !self.matches(body) {
            return None;
        }
        let index = analysis
            .mentions
            .get(self.article)?
            .iter()
            .position(|m| m.start == self.start && m.end == self.end)?;
        Some(MentionRef { article: self.article, index })
    }
}

fn start_le_end(k: &MentionKey) -> bool {
    k.start <= k.end
}

impl Comparison {
    /// A comparison of `articles` with no corrections and default settings.
    pub fn from_articles(articles: &[Article]) -> Comparison {
        Comparison {
            articles: articles.iter().map(SavedArticle::from_article).collect(),
            ..Default::default()
        }
    }

    /// The engine's articles, in order.
    pub fn to_articles(&self) -> Vec<Article> {
        self.articles.iter().map(SavedArticle::to_article).collect()
    }

    /// The corrections all of whose mentions are still where they were, with the same text.
    /// A correction whose text was edited since no longer applies and is skipped, not an error.
    pub fn live_corrections(&self) -> impl Iterator<Item = &Correction> {
        self.corrections.iter().filter(|c| {
            c.mentions.iter().all(|k| self.articles.get(k.article).is_some_and(|a| k.matches(&a.body)))
        })
    }

    /// Check the limits and ranges every reader relies on. Encoders call it too, so nothing is
    /// ever written that cannot be read back. Offsets that no longer match their text are
    /// allowed (see `live_corrections`); indexes past the articles are not.
    pub fn validate(&self) -> Result<(), String> {
        if self.articles.len() > MAX_ARTICLES {
            return Err(format!("{} articles, more than the {MAX_ARTICLES} allowed", self.articles.len()));
        }
        for (i, a) in self.articles.iter().enumerate() {
            if a.title.len() > MAX_META_TEXT || a.source.len() > MAX_META_TEXT {
                return Err(format!(
                    "article {} has a title or source longer than {MAX_META_TEXT} bytes",
                    i + 1
                ));
            }
        }
        if self.corrections.len() > MAX_CORRECTIONS {
            return Err(format!("more than {MAX_CORRECTIONS} corrections"));
        }
        for (i, c) in self.corrections.iter().enumerate() {
            let n = c.mentions.len();
            let least = if c.kind == CorrectionKind::Dismiss { 1 } else { 2 };
            if n < least || n > MAX_CORRECTION_MENTIONS {
                return Err(format!("correction {} names {n} mentions", i + 1));
            }
            for k in &c.mentions {
                if k.article >= self.articles.len() {
                    return Err(format!(
                        "correction {} names article {}, which does not exist",
                        i + 1,
                        k.article + 1
                    ));
                }
                if !start_le_end(k) || k.text.len() > MAX_MENTION_TEXT {
                    return Err(format!("correction {} names a malformed mention", i + 1));
                }
            }
        }
        for (name, value, low, high) in self.settings.ranges() {
            if let Some(v) = value {
                // `contains` is false for NaN, so NaN is rejected here too.
                if !(low..=high).contains(&v) {
                    return Err(format!(
                        "setting {name} is {}, outside {}..={}",
                        short(v),
                        short(low),
                        short(high)
                    ));
                }
            }
        }
        Ok(())
    }
}

/// `published` as "YYYY-MM-DD", read with the engine's own ISO reader (chrono's serde support
/// parses through its general format parser, a large part of the page for one pattern).
mod iso_date {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(d),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let Some(text) = Option::<String>::deserialize(d)? else { return Ok(None) };
        crate::engine::article::parse_iso_date(&text).map(Some).ok_or_else(|| {
            D::Error::custom(format!("\"published\" must be a date as YYYY-MM-DD, got \"{text}\""))
        })
    }
}
