//! What the reader gives the page, turned into articles: the editor's fields, Markdown files,
//! and HTML reduced to inert text.

use chrono::NaiveDate;

use crate::engine::{Article, PublishedFrom};

/// An article from the editor's fields. An empty or invalid date leaves the publication date to
/// a dateline in the body, as in the file format.
pub fn article_from_fields(title: &str, source: &str, published: &str, body: &str) -> Article {
    let mut a = Article {
        title: title.trim().to_string(),
        source: source.trim().to_string(),
        body: body.to_string(),
        ..Article::default()
    };
    if let Some(d) = iso_date(published) {
        a.published = Some(d);
        a.published_from = PublishedFrom::Header;
    } else {
        // A body that starts with header-like lines would lose them to `parse`, so only a
        // body it reads whole lends its dateline.
        let parsed = Article::parse(body);
        if parsed.body.len() == body.len() {
            a.published = parsed.published;
            a.published_from = parsed.published_from;
        }
    }
    a
}

/// A "YYYY-MM-DD" date, as a date input gives it (the article format's own reader).
fn iso_date(s: &str) -> Option<NaiveDate> {
    crate::engine::article::parse_iso_date(s.trim())
}

/// An article from a Markdown file: a leading `# Heading` becomes the title, and heading marks,
/// emphasis and link targets are dropped so the body reads as plain text.
pub fn article_from_markdown(text: &str) -> Article {
    let mut a = Article::parse(text);
    let mut body = String::with_capacity(a.body.len());
    for line in a.body.lines() {
        let t = line.trim_start();
        let heading = t.trim_start_matches('#');
        let is_heading = heading.len() < t.len() && heading.starts_with(' ');
        if is_heading && a.title.is_empty() && body.trim().is_empty() {
            a.title = plain_markdown(heading.trim());
            continue;
        }
        body.push_str(&plain_markdown(if is_heading { heading.trim() } else { line }));
        body.push('\n');
    }
    a.body = body.trim_start_matches('\n').to_string();
    a
}

/// A Markdown line as plain text: `[text](url)` keeps its text; `**`, `__` and backticks go.
fn plain_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let link = rest[open..].find("](").and_then(|mid| {
            let close = rest[open + mid..].find(')')?;
            Some((open + mid, open + mid + close))
        });
        match link {
            Some((mid, close)) => {
                out.push_str(&rest[..open]);
                out.push_str(&rest[open + 1..mid]);
                rest = &rest[close + 1..];
            }
            None => break,
        }
    }
    out.push_str(rest);
    out.replace("**", "").replace("__", "").replace('`', "")
}

/// An HTML page with what its parsed copy would put to the page's Content Security Policy
/// made inert by an `x-` prefix: `style` and `on…` attributes, and `<style>` and `<base>`
/// elements. The policy would refuse them anyway, but a parsed document shares the page's
/// policy, and each refusal is a violation report: saved news pages hold hundreds. Only names
/// inside tags change; text between tags and quoted values are copied as they are.
pub fn inert_html(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() + 64);
    let (mut copied, mut in_tag, mut quote, mut at_name) = (0, false, 0u8, false);
    for (i, &c) in b.iter().enumerate() {
        if !in_tag {
            // As in HTML, `<` opens a tag only before a letter or the `/` of an end tag.
            in_tag = c == b'<' && b.get(i + 1).is_some_and(|&n| n.is_ascii_alphabetic() || n == b'/');
            at_name = in_tag;
        } else if quote != 0 {
            if c == quote {
                quote = 0;
            }
        } else if c == b'>' {
            in_tag = false;
        } else if c.is_ascii_whitespace() || c == b'/' {
            at_name = true;
        } else if c == b'"' || c == b'\'' {
            quote = c;
        } else if at_name {
            at_name = false;
            let rest = &b[i..];
            let is = |w: &[u8]| {
                rest.get(..w.len()).is_some_and(|r| r.eq_ignore_ascii_case(w))
                    && rest.get(w.len()).is_none_or(|&e| !e.is_ascii_alphanumeric() && e != b'-')
            };
            if is(b"style") || is(b"base") || rest.get(..2).is_some_and(|r| r.eq_ignore_ascii_case(b"on")) {
                out.push_str(&html[copied..i]);
                out.push_str("x-");
                copied = i;
            }
        }
    }
    out.push_str(&html[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::display::*;

    #[test]
    fn markdown_files_read_as_plain_articles() {
        let a = article_from_markdown(
            "# Fire at **Mill Road**\n\nSee [the report](http://x.test/a) on 12 injured.\n## Later\nMore.",
        );
        assert_eq!(a.title, "Fire at Mill Road");
        assert_eq!(a.body, "See the report on 12 injured.\nLater\nMore.\n");
    }

    #[test]
    fn editor_fields_make_an_article() {
        let a = article_from_fields(" Fire ", "Wire", "2026-11-14", "Body text.");
        assert_eq!(
            (a.title.as_str(), a.published.map(|d| d.to_string())),
            ("Fire", Some("2026-11-14".into()))
        );
        let b = article_from_fields("", "", "", "KESSLER FORD, Nov. 14, 2026 — A fire broke out.");
        assert_eq!(b.published.map(|d| d.to_string()), Some("2026-11-14".into()));
        assert_eq!(article_label(&b, 2), "Article 3");
        assert_eq!(iso_date(" 2026-02-28 ").map(|d| d.to_string()), Some("2026-02-28".into()));
        assert!(iso_date("2026-02-30").is_none() && iso_date("soon").is_none());
    }

    #[test]
    fn inert_html_renames_only_what_the_policy_refuses() {
        let page = concat!(
            "<html><head><BASE href=\"https://elsewhere.test/\" target=_top>",
            "<style>p > b { color: red }</style></head>",
            "<body onload=\"go()\"><p STYLE='color: red' class=lead OnClick = \"a('>')\">3 < 4, style=on</p>",
            "<svg><style>rect {}</style><rect style=fill:red /></svg><p data-x=\"style=1 onclick=2\">é</p></body></html>",
        );
        assert_eq!(
            inert_html(page),
            concat!(
                "<html><head><x-BASE href=\"https://elsewhere.test/\" target=_top>",
                "<x-style>p > b { color: red }</x-style></head>",
                "<body x-onload=\"go()\"><p x-STYLE='color: red' class=lead x-OnClick = \"a('>')\">3 < 4, style=on</p>",
                "<svg><x-style>rect {}</x-style><rect x-style=fill:red /></svg><p data-x=\"style=1 onclick=2\">é</p></body></html>",
            )
        );
        // Text without tags, and tags cut short, come back as they were.
        for s in [
            "",
            "a < b and b > a",
            "<",
            "</",
            "<p",
            "<p style",
            "<p style=\"open",
            "<p =x onx",
            "<é style=1>",
        ] {
            assert_eq!(inert_html(s).replace("x-", ""), s, "{s:?}");
        }
        assert_eq!(inert_html("<p =x onx"), "<p =x x-onx");
    }
}
