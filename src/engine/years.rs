//! Years for the dates an article leaves without one, when it has no publication date to
//! infer them from ("In January, …", "until mid-May", "first-quarter"). A step of the
//! analysis, run on each article's mentions after extraction:
//!
//! - when every year the article itself states is the same year, and a date to the month or
//!   finer states it ("May 2026", "mid-May 2026"; a bare "in 2026" or "Q4 2025" must agree
//!   but is not enough alone), its year-less dates take that year: their `value` is set and
//!   `year_stated` stays false, exactly as for a year inferred from a publication date;
//! - otherwise each such date keeps `value: None` but gets its days in `TEMPLATE_YEAR`
//!   (`Mention::yearless`), so comparison can still tell that "May" is never "April 2026"
//!   and that a first quarter never holds "August 2".
//!
//! Relative dates (weekdays, "the previous quarter", "the 18th") are left alone: they count
//! from a day the article does not give. The dates are read again by `extract` itself, on
//! their line only, with a stand-in publication date that puts every month in the wanted
//! year, so the reading is the extractor's and nothing here parses dates.

use chrono::{Datelike, NaiveDate};

use super::mention::{Granularity, Kind, Mention, Value};
use super::scan::extract;

/// The year in which positions of year-less dates are kept: a leap year, so "Feb. 29" has a
/// place.
pub const TEMPLATE_YEAR: i32 = 2000;

/// Give the year-less dates of one article a year (or a place in the template year). Does
/// nothing when the article has a publication date: extraction has used it already.
pub fn place(body: &str, published: Option<NaiveDate>, mentions: &mut [Mention]) {
    if published.is_some() {
        return;
    }
    let targets: Vec<usize> = (0..mentions.len()).filter(|&i| year_missing(&mentions[i])).collect();
    if targets.is_empty() {
        return;
    }
    let stated = stated_year(mentions);
    let year = stated.unwrap_or(TEMPLATE_YEAR);
    // With a publication date in mid-September every month without a future word reads in
    // that year; with January 1, every month after a future word does ("will end in May").
    let (Some(september), Some(january)) =
        (NaiveDate::from_ymd_opt(year, 9, 15), NaiveDate::from_ymd_opt(year, 1, 1))
    else {
        return;
    };
    let mut k = 0;
    while k < targets.len() {
        let first = &mentions[targets[k]];
        let Some(before) = body.get(..first.start) else { return };
        let line_start = before.rfind('\n').map_or(0, |p| p + 1);
        let line_end =
            body.get(first.start..).and_then(|r| r.find('\n')).map_or(body.len(), |p| first.start + p + 1);
        let Some(line) = body.get(line_start..line_end) else { return };
        let late = extract(line, Some(september));
        let mut early: Option<Vec<Mention>> = None;
        while let Some(&i) = targets.get(k) {
            if mentions[i].start >= line_end {
                break;
            }
            k += 1;
            let m = &mentions[i];
            let (start, end) = (m.start - line_start, m.end - line_start);
            let gran = m.date.as_ref().map(|d| d.granularity);
            let found = in_year(&late, start, end, gran, year).or_else(|| {
                in_year(early.get_or_insert_with(|| extract(line, Some(january))), start, end, gran, year)
            });
            if let Some(days) = found {
                if stated.is_some() {
                    mentions[i].value = Some(Value::Date { start: days.0, end: days.1 });
                } else {
                    mentions[i].yearless = Some(days);
                }
            }
        }
    }
}

/// A date that names no year, is not relative, and has no value.
fn year_missing(m: &Mention) -> bool {
    m.kind == Kind::Date
        && m.value.is_none()
        && m.date
            .as_ref()
            .is_some_and(|d| !d.year_stated && !d.relative && d.granularity != Granularity::Week)
}

/// The one year every stated year of the article is, if they agree and at least one date
/// to the month or finer states it ("May 2026", "mid-May 2026", "June 6, 2026"). A bare year
/// or a quarter alone is often background ("founded in 2019", "after the Q4 2025 report"), so
/// it must agree but cannot settle the year by itself. Both ends of each date count
/// ("winter 2025" states 2025 only).
fn stated_year(mentions: &[Mention]) -> Option<i32> {
    let mut year = None;
    let mut fine = false;
    for m in mentions {
        let (Some(info), Some(Value::Date { start, end })) = (&m.date, &m.value) else { continue };
        if !info.year_stated || info.relative {
            continue;
        }
        fine |= matches!(info.granularity, Granularity::Day | Granularity::Month | Granularity::PartOfMonth);
        let last = if info.granularity == Granularity::Season { start.year() } else { end.year() };
        for y in [start.year(), last] {
            match year {
                None => year = Some(y),
                Some(x) if x == y => {}
                Some(_) => return None,
            }
        }
    }
    year.filter(|_| fine)
}

/// The days of the date read again at the same place, if that reading starts in `year`.
fn in_year(
    again: &[Mention],
    start: usize,
    end: usize,
    gran: Option<Granularity>,
    year: i32,
) -> Option<(NaiveDate, NaiveDate)> {
    // Mentions come in text order without overlaps, so a binary search finds the one here
    // (a scan would make a long line of year-less dates quadratic).
    let at = again.partition_point(|m| m.start < start);
    let m = again.get(at).filter(|m| m.start == start && m.end == end && m.kind == Kind::Date)?;
    let info = m.date.as_ref()?;
    if info.relative || Some(info.granularity) != gran {
        return None;
    }
    match m.value {
        Some(Value::Date { start, end }) if start.year() == year => Some((start, end)),
        _ => None,
    }
}
