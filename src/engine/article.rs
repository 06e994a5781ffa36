//! Articles: title, source, publication date and body, and the plain-text file format
//! (an optional `Title:`/`Source:`/`Published:` header block, a blank line, then the body).
//! When the header gives no date, one is looked for in the body's byline or dateline.

use chrono::NaiveDate;

use super::date;
use super::mention::{Cx, Granularity, Value};
use super::tokenize::tokenize;

/// How many bytes at the start of the body are searched for a byline or dateline.
const DATELINE_WINDOW: usize = 1500;

/// Where the publication date came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PublishedFrom {
    /// The `Published:` header line.
    Header,
    /// A byline or dateline in the body; byte offsets of the date text within `body`.
    Text { start: usize, end: usize },
    /// No date was found.
    #[default]
    Unknown,
}

/// One article as the engine sees it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Article {
    pub title: String,
    pub source: String,
    pub published: Option<NaiveDate>,
    pub body: String,
    /// Where `published` came from; offsets of a date found in the body point into `body`.
    pub published_from: PublishedFrom,
}

/// A header key at the start of `line` ("Title:", "source :"), case-insensitive: the key in
/// lower case and the trimmed value.
fn header_line(line: &str) -> Option<(&'static str, &str)> {
    let (key, value) = line.split_once(':')?;
    let k = key.trim();
    let key = if k.eq_ignore_ascii_case("title") {
        "title"
    } else if k.eq_ignore_ascii_case("source") {
        "source"
    } else if k.eq_ignore_ascii_case("published") || k.eq_ignore_ascii_case("date") {
        "published"
    } else {
        return None;
    };
    Some((key, value.trim()))
}

/// Lines of `text`: the byte offset where each starts, the line without its "\n" or "\r\n",
/// and the offset where the next line starts.
fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str, usize)> {
    let mut pos = 0;
    text.split_inclusive('\n').map(move |raw| {
        let start = pos;
        pos += raw.len();
        let line = raw.strip_suffix('\n').unwrap_or(raw);
        (start, line.strip_suffix('\r').unwrap_or(line), pos)
    })
}

impl Article {
    /// Read the plain-text format. Never fails: without a header the whole text is the body.
    /// Keys are case-insensitive and `Date:` is another name for `Published:`; a value that is
    /// not ISO is read as a written date ("June 6, 2026"). A byte-order mark is dropped.
    pub fn parse(text: &str) -> Article {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut a = Article::default();
        let mut body_start = 0;
        let mut any_header = false;
        let mut published_raw: Option<&str> = None;
        for (start, line, after) in lines_with_offsets(text) {
            if line.trim().is_empty() {
                // The blank line that ends a header belongs to neither header nor body.
                if any_header {
                    body_start = after;
                }
                break;
            }
            match header_line(line) {
                Some((key, value)) => {
                    any_header = true;
                    match key {
                        "title" => a.title = one_line(value),
                        "source" => a.source = one_line(value),
                        _ => published_raw = Some(value),
                    }
                    body_start = after;
                }
                None => {
                    // A header without its blank line: the body starts at the first other line.
                    if any_header {
                        body_start = start;
                    }
                    break;
                }
            }
        }
        a.body = text.get(body_start..).unwrap_or("").to_string();
        if let Some(raw) = published_raw {
            a.published = parse_header_date(raw);
            if a.published.is_some() {
                a.published_from = PublishedFrom::Header;
            }
        }
        if a.published.is_none() {
            if let Some((d, start, end)) = find_dateline(&a.body) {
                a.published = Some(d);
                a.published_from = PublishedFrom::Text { start, end };
            }
        }
        a
    }

    /// Write the plain-text format; `Article::parse` reads it back to an equal article (for
    /// single-line titles and sources without surrounding spaces, as `parse` produces).
    pub fn to_text(&self) -> String {
        let mut out = String::with_capacity(self.body.len() + 96);
        if !self.title.is_empty() {
            out += &format!("Title: {}\n", one_line(&self.title));
        }
        if !self.source.is_empty() {
            out += &format!("Source: {}\n", one_line(&self.source));
        }
        // A date found in the body is found there again; any other date goes in the header.
        if let (Some(d), false) = (self.published, matches!(self.published_from, PublishedFrom::Text { .. }))
        {
            out += &format!("Published: {d}\n");
        }
        // A body whose first line looks like a header, or that starts with a byte-order mark (which
        // `parse` drops), needs a header of its own to stay the body.
        let needs_header = out.is_empty()
            && (self.body.starts_with('\u{feff}')
                || self.body.lines().next().is_some_and(|l| header_line(l).is_some()));
        if needs_header {
            out += "Title:\n";
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out += &self.body;
        out
    }
}

/// A header value on one line: stray carriage returns become spaces, ends are trimmed.
fn one_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ").trim().to_string()
}

/// An ISO date, exactly "YYYY-MM-DD" (four, two and two digits) naming a real day. Read by
/// hand rather than with chrono's format parser, which would add its whole strftime
/// machinery to the page for this one pattern.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

/// A header date: ISO "2026-06-06" (a time after it is ignored), else a written full date.
fn parse_header_date(raw: &str) -> Option<NaiveDate> {
    if let Some(iso) = raw.get(..10) {
        if let Some(d) = parse_iso_date(iso) {
            return Some(d);
        }
    }
    first_full_date(raw).map(|(d, _, _)| d)
}

/// The first date in `text` that names a day and its year: the day and its byte span.
pub(crate) fn first_full_date(text: &str) -> Option<(NaiveDate, usize, usize)> {
    let toks = tokenize(text);
    let noise = vec![false; toks.len()];
    let cx = Cx { src: text, toks: &toks, noise: &noise, published: None };
    let mut i = 0;
    while i < toks.len() {
        match date::parse_at(&cx, i) {
            Some((m, next)) => {
                let full =
                    m.date.as_ref().is_some_and(|d| d.granularity == Granularity::Day && d.year_stated);
                if let (true, Some(Value::Date { start, .. })) = (full, &m.value) {
                    return Some((*start, m.start, m.end));
                }
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    None
}

/// What a line opening with a time stamp's word says: when the page was first put out, or when
/// it was last changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stamp {
    /// "Published", "First published", "Posted".
    Published,
    /// "Updated", "Last updated", "Modified", "Edited".
    Updated,
}

/// The stamp a line opens with ("Published: June 6, 2026", "Last updated 3 hours ago") and
/// the byte length of its words, case-insensitive; `None` for any other line. Shared by the
/// dateline search here and the furniture cleanup (`furniture.rs`), so both read one list.
pub fn stamp(line: &str) -> Option<(Stamp, usize)> {
    const WORDS: [(&str, Stamp); 7] = [
        ("published", Stamp::Published),
        ("first published", Stamp::Published),
        ("posted", Stamp::Published),
        ("updated", Stamp::Updated),
        ("last updated", Stamp::Updated),
        ("modified", Stamp::Updated),
        ("edited", Stamp::Updated),
    ];
    WORDS.into_iter().find_map(|(word, kind)| {
        let head = line.get(..word.len())?;
        let next = line[word.len()..].chars().next();
        (head.eq_ignore_ascii_case(word) && next.is_none_or(|c| !c.is_alphanumeric()))
            .then_some((kind, word.len()))
    })
}

/// Separators that end a byline before its date ("Reuters · June 6, 2026").
fn ends_with_separator(s: &str) -> bool {
    s.trim_end().ends_with(['·', '|', '-', '—', '–', '•', ':', '/'])
}

/// A publication date in the first lines of a body: a "Published …" line, a byline ending in
/// a separator before the date, or a dateline opening the first paragraph ("June 6, 2026 —",
/// "WASHINGTON, June 6, 2026 (Reuters) -"). "Updated …" lines are skipped: they date an edit.
pub(crate) fn find_dateline(body: &str) -> Option<(NaiveDate, usize, usize)> {
    for (start, line, _) in lines_with_offsets(body) {
        if start >= DATELINE_WINDOW {
            break;
        }
        let kind = stamp(line.trim_start()).map(|(kind, _)| kind);
        if kind == Some(Stamp::Updated) {
            continue;
        }
        let Some((d, s, e)) = first_full_date(line) else { continue };
        let before = &line[..s];
        let after = line[e..].trim_start();
        let published = kind == Some(Stamp::Published);
        let byline = before.len() <= 100 && ends_with_separator(before);
        // A dateline: nothing before the date but a place name in capitals and a comma, and a
        // dash, parenthesis or line end after it.
        let place = before.trim_end().trim_end_matches(',');
        let caps_place = place.len() <= 60 && !place.chars().any(char::is_lowercase);
        let closes = after.is_empty()
            || after.starts_with(['-', '—', '–', '(', '|', '·', '.', ','])
            || after.to_ascii_lowercase().starts_with("at ")
            || after.to_ascii_lowercase().starts_with("updated");
        if published || byline || (caps_place && closes) {
            return Some((d, start + s, start + e));
        }
    }
    None
}
