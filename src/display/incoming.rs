//! Articles other pages send here through the bookmarklet, in the address's fragment
//! (`#import=…`): the strict check of what arrived, made before anything of it is shown.

use std::fmt;

use crate::engine::Article;
use crate::format::comparison::MAX_META_TEXT;

/// What a fragment that carries an article starts with.
pub const IMPORT_FRAGMENT: &str = "import=";
/// The longest fragment read, in characters as the address holds them (percent-encoded), about
/// 500 KB of text: far more than any news article, and checked before any decoding.
pub const MAX_IMPORT_CHARS: usize = 1_500_000;

/// Why an arriving article was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Longer than [`MAX_IMPORT_CHARS`].
    TooLong,
    /// Not percent-encoded UTF-8 text, or holding control characters.
    Damaged,
    /// Text, but not the bookmarklet's message: its three header lines, a blank line and a
    /// body with some text.
    NotAnArticle,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self {
            Refusal::TooLong => "it is longer than a sent article may be",
            Refusal::Damaged => "it arrived damaged",
            Refusal::NotAnArticle => "it is not an article from the Crosscheck bookmarklet",
        })
    }
}

/// Whether an address carries an article (a fragment starting with `import=`).
pub fn is_import(href: &str) -> bool {
    href.split_once('#').is_some_and(|(_, f)| f.starts_with(IMPORT_FRAGMENT))
}

/// The article an address's fragment carries, checked: the size first, then that it decodes to
/// text without control characters, then its shape: exactly `Title:`, `Source:` and
/// `Published:` lines (values may be empty, titles and sources within the formats' limit), a
/// blank line, and a body that is not empty.
pub fn read_import(href: &str) -> Result<Article, Refusal> {
    let fragment = href.split_once('#').map_or("", |(_, f)| f);
    let encoded = fragment.strip_prefix(IMPORT_FRAGMENT).ok_or(Refusal::NotAnArticle)?;
    if encoded.len() > MAX_IMPORT_CHARS {
        return Err(Refusal::TooLong);
    }
    let text = percent_decode(encoded).ok_or(Refusal::Damaged)?;
    if text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
        return Err(Refusal::Damaged);
    }
    let mut lines = text.splitn(5, '\n');
    let header = ["Title: ", "Source: ", "Published: "];
    let header_ok = header.iter().all(|key| {
        lines
            .next()
            .and_then(|l| l.strip_prefix(key).or(l.strip_prefix(key.trim_end())))
            .is_some_and(|v| v.len() <= MAX_META_TEXT)
    });
    let blank = lines.next() == Some("");
    let body = lines.next().unwrap_or("");
    if !(header_ok && blank) || body.trim().is_empty() {
        return Err(Refusal::NotAnArticle);
    }
    Ok(Article::parse(&text))
}

/// `%XX`-escaped UTF-8, as `encodeURIComponent` writes it; `None` for a broken escape or bytes
/// that are not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fragment the bookmarklet would send for `text` (every byte escaped, which decodes the
    /// same as `encodeURIComponent`'s output).
    fn sent(text: &str) -> String {
        let escaped: String = text.bytes().map(|b| format!("%{b:02X}")).collect();
        format!("https://crosscheck.test/#import={escaped}")
    }

    #[test]
    fn well_formed_articles_are_read() {
        let a = read_import(&sent("Title: Ferry cut\nSource: Ostvale Courier\nPublished: 2026-03-14T09:40:00Z\n\nThe ferry runs twice a day.\n\nÖ ✓"))
            .expect("a well-formed message");
        assert_eq!((a.title.as_str(), a.source.as_str()), ("Ferry cut", "Ostvale Courier"));
        assert_eq!(a.published.map(|d| d.to_string()).as_deref(), Some("2026-03-14"));
        assert_eq!(a.body, "The ferry runs twice a day.\n\nÖ ✓");
        // Empty header values are allowed; unescaped plain characters read as themselves.
        let b = read_import("https://x.test/#import=Title:%20\nSource:\nPublished:\n\nBody, plain.").unwrap();
        assert_eq!((b.title.as_str(), b.body.as_str()), ("", "Body, plain."));
        assert!(is_import("https://x.test/#import=") && !is_import("https://x.test/#c1.abc"));
    }

    #[test]
    fn anything_else_is_refused_with_its_reason() {
        let long = format!("https://x.test/#import={}", "a".repeat(MAX_IMPORT_CHARS + 1));
        let huge_title = sent(&format!("Title: {}\nSource: \nPublished: \n\nBody", "t".repeat(2_001)));
        for (href, why) in [
            (long.as_str(), Refusal::TooLong),
            (
                "https://x.test/#import=Title%3A%20x%0ASource%3A%20%0APublished%3A%20%0A%0ABody%E2%28",
                Refusal::Damaged,
            ),
            ("https://x.test/#import=%ZZ", Refusal::Damaged),
            ("https://x.test/#import=%4", Refusal::Damaged),
            (&sent("Title: x\nSource: \nPublished: \n\nBody\u{0}"), Refusal::Damaged),
            (&sent("Title: x\nSource: \nPublished: \n\n  \n"), Refusal::NotAnArticle),
            (&sent("Just some text"), Refusal::NotAnArticle),
            (&sent("Source: s\nTitle: x\nPublished: \n\nBody"), Refusal::NotAnArticle),
            (&sent("Title: x\nSource: \nPublished: \nBody"), Refusal::NotAnArticle),
            (huge_title.as_str(), Refusal::NotAnArticle),
            ("https://x.test/#import=", Refusal::NotAnArticle),
            ("https://x.test/#c1.abc", Refusal::NotAnArticle),
        ] {
            assert_eq!(read_import(href).err(), Some(why), "{}", &href[..href.len().min(90)]);
        }
    }
}
