//! Page furniture in text brought in from the web: share bars, comment counters, "Read more"
//! and related links, captions, credits, bylines and "Published"/"Updated" lines. [`tidy`]
//! drops those lines from an article's body and fills its empty title, source and date from the
//! lines that state them, keeping every line it dropped so the reader can see and undo it.

use chrono::NaiveDate;

use super::article::{find_dateline, first_full_date, stamp, Article, PublishedFrom, Stamp};
use super::mention::{Granularity, Kind, Mention};
use super::tokenize::lower_char;
use super::words::{has, words, List};

/// An article with its furniture dropped, and the dropped lines in their order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tidied {
    pub article: Article,
    pub dropped: Vec<String>,
}

/// Drop `article`'s furniture lines and fill what they state into its empty fields: the title
/// from a headline opening the body, the source from a byline ("By Ana Ruiz, Harbour Daily",
/// which also replaces a bare host name such as "harbourdaily.example"),
/// the date from a "Published" line, a byline, a dateline, or last an "Updated" line. Fields
/// the article already has are kept. Paragraph breaks stay; the blank lines a dropped line
/// leaves behind do not pile up.
pub fn tidy(article: &Article) -> Tidied {
    let mut a = article.clone();
    let mut dropped = Vec::new();
    let (mut published, mut updated): (Option<NaiveDate>, Option<NaiveDate>) = (None, None);
    let mut kept: Vec<&str> = Vec::new();
    for line in article.body.split('\n') {
        let text = line.trim();
        if text.is_empty() {
            kept.push("");
            continue;
        }
        if let Some((kind, date)) = stamp_line(text) {
            match kind {
                Stamp::Published => published = published.or(date),
                Stamp::Updated => updated = updated.or(date),
            }
        } else if let Some((source, date)) = byline(text) {
            // A host name is only the bookmarklet's last resort for an outlet; a byline's
            // outlet names it better.
            let host = !a.source.contains(' ') && a.source.contains('.');
            if let Some(source) = source.filter(|_| a.source.is_empty() || host) {
                a.source = source;
            }
            published = published.or(date);
        } else if !is_furniture(text) {
            // The page's own heading repeats the title it was given.
            let first = kept.iter().all(|l| l.is_empty());
            if !(first && !a.title.is_empty() && squash(text) == squash(&a.title)) {
                kept.push(line.trim_end_matches('\r'));
                continue;
            }
        }
        dropped.push(text.to_string());
    }
    // A headline opening the body is the title when none was given.
    let mut lines = kept.iter().copied().skip_while(|l| l.is_empty());
    if let (true, Some(first)) = (a.title.is_empty(), lines.next()) {
        if lines.any(|l| !l.is_empty()) && is_headline(first) {
            a.title = squash(first);
            let at = kept.iter().position(|l| *l == first).unwrap_or(0);
            kept.remove(at);
        }
    }
    a.body = join(&kept);
    // A date given with the page (a `Published:` header, a page's metadata) stands; otherwise
    // the lines that stated one decide, then a dateline in what is left (its offsets point into
    // the new body), and an update's date only when nothing else gives one.
    if a.published_from != PublishedFrom::Header {
        (a.published, a.published_from) = match (published, find_dateline(&a.body)) {
            (Some(d), _) => (Some(d), PublishedFrom::Header),
            (None, Some((d, start, end))) => (Some(d), PublishedFrom::Text { start, end }),
            (None, None) => {
                (updated, if updated.is_some() { PublishedFrom::Header } else { PublishedFrom::Unknown })
            }
        };
    }
    Tidied { article: a, dropped }
}

/// Leave out the page's own times and dates: the clock times of a line of metadata, a row of
/// parts split by "|", "·" or "•" ("Mumbai Bureau | Nov 9, 2026, 11:20 IST") or a stamp or a
/// byline ("Updated 15:40 GMT", "By Ana Ruiz | Tuesday 3 March 2026"), and the days of a stamp
/// or byline too. Such a line, short and not ending a sentence, says when the page was
/// written, not when anything in the story happened, so two outlets' lines never disagree. A
/// live blog's day heading ("Friday 29 January 2016 | All times GMT") keeps its date, which is
/// the story's day.
pub fn drop_metadata(body: &str, ms: &mut Vec<Mention>) {
    ms.retain(|m| {
        let day = m.date.as_ref().is_some_and(|d| d.granularity == Granularity::Day);
        if m.kind != Kind::Time && !day {
            return true;
        }
        // The mention's line, looked for no further than a line of metadata is long.
        let from = (m.start.saturating_sub(200)..=m.start).find(|&i| body.is_char_boundary(i)).unwrap_or(0);
        let Some(start) = body
            .get(from..m.start)
            .and_then(|b| b.rfind('\n'))
            .map(|i| from + i + 1)
            .or((from == 0).then_some(0))
        else {
            return true;
        };
        let rest = body.as_bytes().get(m.start..).unwrap_or_default();
        let Some(end) =
            rest.iter().take(201).position(|&b| b == b'\n').or((rest.len() <= 200).then_some(rest.len()))
        else {
            return true;
        };
        let text = body.get(start..m.start + end).unwrap_or("").trim();
        let signed = stamp(text).is_some() || byline(text).is_some();
        let short = text.len() <= 200 && !text.ends_with('.');
        !(short && (signed || m.kind == Kind::Time && text.contains(['|', '·', '•'])))
    });
}

/// The kept lines as a body: no blank lines at either end, never two in a row.
fn join(lines: &[&str]) -> String {
    let mut out = String::new();
    let mut blank = false;
    for line in lines {
        if line.trim().is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
        blank = false;
    }
    out
}

/// A "Published …" or "Updated …" line and the date it gives, if any: short, not a sentence,
/// and giving a full date or a time ago ("Updated 3 hours ago"). "Published figures show …"
/// is a sentence and stays.
fn stamp_line(text: &str) -> Option<(Stamp, Option<NaiveDate>)> {
    let (kind, len) = stamp(text)?;
    if text.len() > 100 || text.ends_with('.') && !text.ends_with(" ago.") {
        return None;
    }
    let date = first_full_date(&text[len..]).map(|(d, _, _)| d);
    let ago = text.to_ascii_lowercase().split_whitespace().any(|w| w.trim_end_matches('.') == "ago");
    (date.is_some() || ago).then_some((kind, date))
}

/// A byline ("By Ana Ruiz", "By Ana Ruiz and Tom Bell | Harbour Daily | March 3, 2026"): the
/// outlet and date it names, if any. The writers' names must be capitalised and the line must
/// not end a sentence, so "By Friday, 40 homes were empty." stays.
fn byline(text: &str) -> Option<(Option<String>, Option<NaiveDate>)> {
    let rest = text.get(..3).filter(|h| h.eq_ignore_ascii_case("by "))?;
    let rest = &text[rest.len()..];
    if text.len() > 120 || text.ends_with('.') {
        return None;
    }
    let mut parts = rest.split(['|', '·', ',', '—', '–', '•']).map(str::trim);
    let names = parts.next()?;
    let words: Vec<&str> = names.split_whitespace().collect();
    let named = !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) || *w == "and");
    if !named {
        return None;
    }
    let date = first_full_date(rest).map(|(d, _, _)| d);
    let outlet = parts.find(|p| {
        let lower = p.to_ascii_lowercase();
        p.chars().next().is_some_and(char::is_uppercase)
            && first_full_date(p).is_none()
            && !p.chars().any(|c| c.is_ascii_digit())
            && !lower.split_whitespace().any(|w| has(List::Roles, w))
    });
    Some((outlet.map(str::to_string), date))
}

/// Whether `lower` opens with the furniture opening `o` ("read more", "photo:", "©") as a
/// whole: an opening that ends in a letter must not run on into a longer word ("copyright"
/// opens "copyright 2026", not "copyrighted").
fn opens(lower: &str, o: &str) -> bool {
    lower
        .strip_prefix(o)
        .is_some_and(|rest| !o.ends_with(char::is_alphanumeric) || !rest.starts_with(char::is_alphanumeric))
}

/// Whether a trimmed line is furniture by its words alone.
fn is_furniture(text: &str) -> bool {
    let lower: String = text.chars().map(lower_char).collect();
    let bare = lower.trim_end_matches([':', '›', '»', '>', '…', '.', ' ']).trim();
    if has(List::Furniture, bare) || words(List::Openings).iter().any(|o| opens(&lower, o)) {
        return true;
    }
    if lower.contains("all rights reserved") {
        return true;
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || "|·•/,:()".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 12 {
        return words.is_empty();
    }
    // A row of share buttons.
    if words.iter().all(|w| has(List::ShareButtons, w)) {
        return true;
    }
    // A counter: "14 comments", "Comments (14)", "4 min read", "2.1k shares".
    let number = |w: &str| w.chars().next().is_some_and(|c| c.is_ascii_digit());
    match words.as_slice() {
        [n, noun] | [noun, n] if number(n) && has(List::Counters, noun) => true,
        [n, "min" | "mins" | "minute" | "minutes", "read"] if number(n) => true,
        [n, "min" | "mins" | "minute" | "minutes"] if number(n) && bare.contains("listen") => true,
        _ => false,
    }
}

/// Whether a line reads as a headline rather than a paragraph: short, not ending a sentence
/// or a dateline, holding no full date.
fn is_headline(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    (2..=25).contains(&words)
        && t.len() <= 160
        && !t.ends_with(['.', ',', ';', ':', '—', '–', '-'])
        && t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '“')
        && first_full_date(t).is_none()
}

/// Runs of whitespace as one space, trimmed.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
