//! Articles: title, source, publication date and body, and the plain-text file format
//! (an optional `Title:`/`Source:`/`Published:` header block, a blank line, then the body).

use chrono::NaiveDate;

/// One article as the engine sees it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Article {
    pub title: String,
    pub source: String,
    pub published: Option<NaiveDate>,
    pub body: String,
}
