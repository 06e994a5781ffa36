//! Dates named on the calendar: day, month and year in every common order, months, years, and
//! ranges of them ("June 6-8", "from March to May", "2019-21"); dates written wholly in numbers
//! and decades are `numeric`'s, days told apart from their month (lists, "on the 18th",
//! "Friday the 13th") `days`'.

use chrono::Datelike;

use super::super::mention::{Cx, Granularity};
use super::super::number::ordinal_at;
use super::days::{day_of_month, list_year, listed_after_month, listed_before_month};
use super::numeric::{
    apostrophe_decade, decade, decade_suffix, glued_sep, numeric_date, numeric_month, slash_day_month,
    year_month_day,
};
use super::periods::{ordinal_period, part, season};
use super::{
    day_span, days_in_month, found_date, glued, infer_year, int_at, kw, month_span, month_word, period_span,
    punct, range_word, year_span, ymd, Facts, Found, Span, Unit,
};

/// A calendar point before its year is settled: a day or a whole month, or a year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Point {
    Md { m: u32, d: Option<u32>, y: Option<i32> },
    Year(i32),
}

/// A month name at `j` (capitalized; an abbreviation may carry a glued period): month number,
/// next token, and whether it is the full name.
pub(super) fn month_at(cx: &Cx, j: usize) -> Option<(u32, usize, bool)> {
    let t = cx.tok(j)?;
    let w = kw(cx, j);
    let (m, full) = month_word(w.as_str())?;
    if !t.capitalized(cx.src) && !lower_month_ok(w.as_str()) {
        return None;
    }
    if !full && punct(cx, j + 1, '.') && glued(cx, j + 1) {
        return Some((m, j + 2, false));
    }
    Some((m, j + 1, full))
}

/// Month names that may be written in lower case ("april 2017", "26 june"): not "may" and
/// "march" (a verb and a noun), nor "mar" (a verb).
fn lower_month_ok(w: &str) -> bool {
    !["may", "march", "mar"].contains(&w)
}

/// The month name at `j` is written in lower case ("april"); alone it then always needs a
/// context word before it.
fn lower_at(cx: &Cx, j: usize) -> bool {
    cx.tok(j).is_some_and(|t| !t.capitalized(cx.src))
}

/// A day of the month at `j` ("6", "06", "6th"): day, next token.
pub(super) fn day_at(cx: &Cx, j: usize) -> Option<(u32, usize)> {
    let (d, len) = int_at(cx, j)?;
    if len > 2 || !(1..=31).contains(&d) {
        return None;
    }
    let mut k = j + 1;
    if glued(cx, k) && ["st", "nd", "rd", "th"].contains(&cx.lc(k)) {
        k += 1;
    }
    // "6:30" and "6%" are not days; "June 11: the hearing" ends a day with a colon.
    let clock = cx.tok(k).is_some_and(|t| t.is_punct(':')) && glued(cx, k + 1);
    if glued(cx, k) && (clock || cx.tok(k).is_some_and(|t| t.is_punct('%'))) {
        return None;
    }
    Some((d, k))
}

/// A four-digit year from `lo` to 2100 at `j`, not glued to a following word or number.
pub(super) fn year_at(cx: &Cx, j: usize, lo: u32) -> Option<(i32, usize)> {
    let (y, len) = int_at(cx, j)?;
    if len != 4 || !(lo..=2100).contains(&y) {
        return None;
    }
    if glued(cx, j + 1) && cx.tok(j + 1).is_some_and(|t| t.kind != super::TokKind::Punct || t.is_punct('\''))
    {
        return None;
    }
    Some((y as i32, j + 1))
}

/// A year after a day: ", 2026" or " 2026". The comma is only taken with its year.
pub(super) fn comma_year(cx: &Cx, j: usize) -> Option<(i32, usize)> {
    let k = if punct(cx, j, ',') || cx.lc(j) == "of" { j + 1 } else { j };
    year_at(cx, k, 1800)
}

/// A year after a month: "June 2026", "June of 2026", "June, 2026".
pub(super) fn month_year(cx: &Cx, j: usize) -> Option<(i32, usize)> {
    let k = if punct(cx, j, ',') || cx.lc(j) == "of" { j + 1 } else { j };
    year_at(cx, k, 1800)
}

pub(super) fn valid_day(m: u32, d: u32) -> bool {
    d <= days_in_month(2024, m)
}

/// A month-first point at `j`: "June 6, 2026", "Jun. 6th", "June 2026", "June".
pub(super) fn month_point(cx: &Cx, j: usize) -> Option<(Point, usize)> {
    let (m, k, _) = month_at(cx, j)?;
    // "Sep-23-2020", "Sep/23/2020": month name, day and year glued by one separator.
    if let Some(c) = glued_sep(cx, k) {
        if let Some((d, k2)) = day_at(cx, k + 1).filter(|(d, n)| *n == k + 2 && valid_day(m, *d)) {
            if punct(cx, k2, c) && glued(cx, k2) && glued(cx, k2 + 1) {
                if let Some((y, k3)) = year_at(cx, k2 + 1, 1800) {
                    return Some((Point::Md { m, d: Some(d), y: Some(y) }, k3));
                }
            }
        }
    }
    let day = day_at(cx, k)
        .or_else(|| comma_ordinal_day(cx, k))
        .or_else(|| ordinal_word_after_month(cx, k))
        .filter(|(d, _)| valid_day(m, *d));
    if let Some((d, k2)) = day {
        // "June 6-8" keeps the year for after the range; here only a year right after the day.
        return Some(match comma_year(cx, k2) {
            Some((y, k3)) => (Point::Md { m, d: Some(d), y: Some(y) }, k3),
            None => (Point::Md { m, d: Some(d), y: list_year(cx, k2, d) }, k2),
        });
    }
    if let Some((y, k2)) = glued_year(cx, k) {
        return Some((Point::Md { m, d: None, y: Some(y) }, k2));
    }
    // "Oct/2", "Jan/3": a day glued to the month name by a slash.
    if punct(cx, k, '/') && glued(cx, k) && glued(cx, k + 1) {
        let (d, next) = day_at(cx, k + 1).filter(|(d, n)| *n == k + 2 && valid_day(m, *d))?;
        if glued(cx, next) && cx.tok(next).is_some_and(|t| t.is_punct('/') || t.kind != super::TokKind::Punct)
        {
            return None;
        }
        return Some((Point::Md { m, d: Some(d), y: None }, next));
    }
    Some(match month_year(cx, k) {
        Some((y, k2)) => (Point::Md { m, d: None, y: Some(y) }, k2),
        None => (Point::Md { m, d: None, y: None }, k),
    })
}

/// "Dec-2018", "Dec/2018": a year glued to a month name by a hyphen or slash.
fn glued_year(cx: &Cx, k: usize) -> Option<(i32, usize)> {
    let sep = cx.tok(k)?;
    if !(sep.is_punct('-') || sep.is_punct('/')) || !glued(cx, k) || !glued(cx, k + 1) {
        return None;
    }
    year_at(cx, k + 1, 1800)
}

/// "October, 1st": a comma between month and day, only with an ordinal suffix ("In October,
/// 5 people" is not a date).
fn comma_ordinal_day(cx: &Cx, k: usize) -> Option<(u32, usize)> {
    if !punct(cx, k, ',') {
        return None;
    }
    let (d, next) = day_at(cx, k + 1).filter(|(_, next)| *next == k + 3)?;
    // "By October, 3rd-quarter sales" and "In May, 2nd place" are not dates.
    day_ends(cx, next, &["at"]).then_some((d, next))
}

/// Whether a day number's date ends at `k`: the text ends, punctuation other than a hyphen or
/// a slash follows, or one of `words` does ("at" and its time); never another number.
pub(super) fn day_ends(cx: &Cx, k: usize, words: &[&str]) -> bool {
    cx.tok(k).is_none_or(|t| match t.kind {
        super::TokKind::Word => words.contains(&t.lc()),
        super::TokKind::Punct => !(t.is_punct('-') || t.is_punct('/')),
        super::TokKind::Num => false,
    })
}

/// "february twenty second", "June first": an ordinal word as the day after a month name,
/// not glued to a hyphen ("first-time").
fn ordinal_word_after_month(cx: &Cx, k: usize) -> Option<(u32, usize)> {
    let t = cx.tok(k)?;
    if t.kind != super::TokKind::Word {
        return None;
    }
    let w = kw(cx, k);
    let w = w.as_str();
    if super::super::lexicon::ordinal_word(w).is_none() && super::super::lexicon::tens(w).is_none() {
        return None;
    }
    let (d, next) = ordinal_at(cx, k)?;
    if !(1..=31).contains(&d) || (punct(cx, next, '-') && glued(cx, next)) {
        return None;
    }
    Some((d, next))
}

/// A day-first point at `j`: "6 June 2026", "6th of June", "6 June".
pub(super) fn day_point(cx: &Cx, j: usize) -> Option<(Point, usize)> {
    let (d, k) = day_at(cx, j).or_else(|| ordinal_word_day(cx, j))?;
    // "05-Aug-2016", "23/Sep/2020": day, month name and year joined by one separator.
    if let Some(c) = glued_sep(cx, k) {
        let (m, k2, _) = month_at(cx, k + 1)?;
        if !punct(cx, k2, c) {
            return None;
        }
        let (y, k3) = glued_year(cx, k2)?;
        return valid_day(m, d).then_some((Point::Md { m, d: Some(d), y: Some(y) }, k3));
    }
    let k = if cx.lc(k) == "of" { k + 1 } else { k };
    let (m, k2, _) = month_at(cx, k)?;
    if !valid_day(m, d) {
        return None;
    }
    // "28 June in 2020": the year after "in" belongs to a full day-first date.
    if cx.lc(k2) == "in" {
        if let Some((y, k3)) = year_at(cx, k2 + 1, 1800) {
            return Some((Point::Md { m, d: Some(d), y: Some(y) }, k3));
        }
    }
    Some(match month_year(cx, k2) {
        Some((y, k3)) => (Point::Md { m, d: Some(d), y: Some(y) }, k3),
        None => (Point::Md { m, d: Some(d), y: None }, k2),
    })
}

/// An ordinal in words as a day ("the sixth of June"), only when "of" and a month follow.
fn ordinal_word_day(cx: &Cx, j: usize) -> Option<(u32, usize)> {
    let t = cx.tok(j)?;
    if t.kind != super::TokKind::Word {
        return None;
    }
    let (d, k) = ordinal_at(cx, j)?;
    if (1..=31).contains(&d) && cx.lc(k) == "of" && month_at(cx, k + 1).is_some() {
        Some((d, k))
    } else {
        None
    }
}

/// Any point at `j`: month-first, day-first, or a year.
fn point_at(cx: &Cx, j: usize) -> Option<(Point, usize)> {
    let t = cx.tok(j)?;
    if t.kind == super::TokKind::Word {
        if cx.lc(j) == "the" {
            return day_point(cx, j + 1);
        }
        return month_point(cx, j).or_else(|| day_point(cx, j));
    }
    day_point(cx, j).or_else(|| {
        year_at(cx, j, 1900).filter(|(_, k)| !decade_suffix(cx, *k)).map(|(y, k)| (Point::Year(y), k))
    })
}

/// The second end of a range after `p`, starting at the separator at `k`.
fn range_end(cx: &Cx, p: Point, k: usize, between: bool) -> Option<(Point, usize)> {
    let sep = cx.tok(k)?;
    let is_sep = if sep.is_punct('/') {
        matches!(p, Point::Year(_))
    } else if between {
        sep.is_word("and") || sep.is_punct('-')
    } else {
        sep.is_punct('-') || range_word(cx.lc(k))
    };
    if !is_sep {
        return None;
    }
    let j = k + 1;
    if let Some((q, next)) = point_at(cx, j).filter(|_| !sep.is_punct('/')) {
        let fits = matches!(
            (p, q),
            (Point::Md { d: Some(_), .. }, Point::Md { d: Some(_), .. })
                | (Point::Md { d: None, .. }, Point::Md { d: None, .. })
                | (Point::Year(_), Point::Year(_))
        );
        if fits {
            return Some((q, next));
        }
    }
    match p {
        // "June 6-8, 2026", "June 6 to 8": a bare day, not a time ("June 6 to 8 p.m.").
        Point::Md { m, d: Some(d), y: None } => {
            let (d2, next) = day_at(cx, j)?;
            if d2 <= d || !valid_day(m, d2) || super::time::meridiem_at(cx, next).is_some() {
                return None;
            }
            if month_at(cx, next).is_some() {
                return None;
            }
            Some(match comma_year(cx, next) {
                Some((y, n2)) => (Point::Md { m, d: Some(d2), y: Some(y) }, n2),
                None => (Point::Md { m, d: Some(d2), y: None }, next),
            })
        }
        // "2019-21", and "2025/26" or "2025/2026" for consecutive years only (a season or
        // fiscal year).
        Point::Year(y) if (sep.is_punct('-') || sep.is_punct('/')) && glued(cx, k) && glued(cx, j) => {
            let (yy, len) = int_at(cx, j)?;
            let full = if len == 4 { yy as i32 } else { y - y % 100 + yy as i32 };
            if len == 2 && full > y && (sep.is_punct('-') || full == y + 1) || len == 4 && full == y + 1 {
                Some((Point::Year(full), j + 1))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The year a point's month falls in: (year, stated).
pub(super) fn settle_year(cx: &Cx, y: Option<i32>, m: u32) -> (Option<i32>, bool) {
    match y {
        Some(y) => (Some(y), true),
        None => (cx.published.map(|p| infer_year(p, m)), false),
    }
}

/// The leap year nearest `y` ("Feb 29" without a year), `y` itself when it is one.
fn leap_near(y: i32) -> i32 {
    [y, y - 1, y + 1, y - 2, y + 2, y - 3, y + 3].into_iter().find(|y| ymd(*y, 2, 29).is_some()).unwrap_or(y)
}

fn point_span(m: u32, d: Option<u32>, y: Option<i32>) -> Option<Span> {
    let y = y?;
    match d {
        Some(d) => ymd(y, m, d).map(day_span),
        None => month_span(y, m),
    }
}

fn point_gran(p: Point) -> Granularity {
    match p {
        Point::Md { d: Some(_), .. } => Granularity::Day,
        Point::Md { d: None, .. } => Granularity::Month,
        Point::Year(_) => Granularity::Year,
    }
}

/// Resolve one point; `None` when the day does not exist in that year (February 29, 2026).
pub(super) fn resolve(cx: &Cx, p: Point, next: usize) -> Option<Found> {
    match p {
        Point::Year(y) => found_date(next, year_span(y), Facts::new(Granularity::Year, true)),
        Point::Md { m, d, y: written } => {
            let (mut y, stated) = settle_year(cx, written, m);
            // "Feb 29" without a year: the leap year nearest the inferred one.
            if written.is_none() && m == 2 && d == Some(29) {
                y = y.map(leap_near);
            }
            let s = point_span(m, d, y);
            if y.is_some() && s.is_none() {
                return None;
            }
            found_date(next, s, Facts::new(point_gran(p), stated))
        }
    }
}

/// Resolve a range; the written year of one end carries to the other, and a start later in
/// the year than the end belongs to the year before ("Dec. 28 - Jan. 3, 2026").
pub(super) fn resolve_range(cx: &Cx, p: Point, q: Point, next: usize) -> Option<Found> {
    let gran = point_gran(p);
    let mut f = Facts::new(gran, true);
    f.range = true;
    let s = match (p, q) {
        (Point::Year(a), Point::Year(b)) => {
            if b <= a || b - a > 200 {
                return None;
            }
            super::span(ymd(a, 1, 1), ymd(b, 12, 31))
        }
        (Point::Md { m: m1, d: d1, y: y1 }, Point::Md { m: m2, d: d2, y: y2 }) => {
            let wraps = (m1, d1.unwrap_or(1)) > (m2, d2.unwrap_or(1));
            let (ya, yb) = match (y1, y2) {
                (Some(a), Some(b)) => (Some(a), Some(b)),
                (None, Some(b)) => (Some(b - i32::from(wraps)), Some(b)),
                (Some(a), None) => (Some(a), Some(a + i32::from(wraps))),
                (None, None) => {
                    f.year_stated = false;
                    let mut a = cx.published.map(|p| infer_year(p, m1));
                    if m1 == 2 && d1 == Some(29) {
                        a = a.map(leap_near);
                    }
                    (a, a.map(|a| a + i32::from(wraps)))
                }
            };
            match (ya, yb) {
                (Some(_), Some(_)) => {
                    let a = point_span(m1, d1, ya)?;
                    let b = point_span(m2, d2, yb)?;
                    if b.end < a.start {
                        return None;
                    }
                    Some(Span { start: a.start, end: b.end })
                }
                _ => None,
            }
        }
        _ => return None,
    };
    found_date(next, s, f)
}

/// A point at `j` and an optional range after it; `between` requires the range ("between X
/// and Y"). Bare month names need a context word before them (see [`bare_month_ok`]).
fn absolute(cx: &Cx, i: usize, j: usize, between: bool) -> Option<Found> {
    let (p, k) = point_at(cx, j)?;
    if let Some((q, next)) = range_end(cx, p, k, between) {
        if let Some(f) = resolve_range(cx, p, q, next) {
            return Some(f);
        }
    }
    if between {
        return None;
    }
    if let Point::Md { d: None, y: None, .. } = p {
        if !bare_month_ok(cx, i, j) {
            return None;
        }
    }
    resolve(cx, p, k)
}

/// Words that put a following month name in time ("in June", "since March").
fn month_context(w: &str) -> bool {
    [
        "in",
        "since",
        "by",
        "until",
        "till",
        "of",
        "from",
        "through",
        "during",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "to",
        "and",
        "or",
        "between",
        "on",
        "throughout",
        "last",
        "next",
        "this",
    ]
    .contains(&w)
}

/// A month name alone must be the full name. After a context word ("in June") it is a month;
/// otherwise a capitalized word on either side makes it part of a name ("Theresa May",
/// "August Wilson"), and "May" without a context word is taken for the verb.
fn bare_month_ok(cx: &Cx, i: usize, j: usize) -> bool {
    let Some((_, next, full)) = month_at(cx, j) else { return false };
    if !full {
        return false;
    }
    let before = if i > 0 { cx.lc(i - 1) } else { "" };
    if lower_at(cx, j) {
        // "in april" is a month; "an august body" is not.
        return month_context(before) && kw(cx, j).as_str() != "august";
    }
    if month_context(before) {
        return true;
    }
    if kw(cx, j).as_str() == "may" {
        return false;
    }
    let cap = |k: usize| cx.tok(k).is_some_and(|t| t.capitalized(cx.src));
    !((i > 0 && cap(i - 1)) || cap(next))
}

/// A month name at `i` starts a date: "June 6, 2026", "June 6-8", "June 2026", "in June".
pub(super) fn month_first(cx: &Cx, i: usize) -> Option<Found> {
    absolute(cx, i, i, false)
}

/// "Saturday, June 6" and "Saturday 6 June": the weekday joins the date that follows. A
/// `short` weekday ("Sat", "Tue.") may also end in a full stop.
pub(super) fn after_weekday(cx: &Cx, i: usize, short: bool) -> Option<Found> {
    if !cx.tok(i)?.capitalized(cx.src) {
        return None;
    }
    let j = if punct(cx, i + 1, ',') || short && punct(cx, i + 1, '.') { i + 2 } else { i + 1 };
    // "Friday 5/12": a day and month in numbers.
    if cx.tok(j).is_some_and(|t| t.kind == super::TokKind::Num) {
        if let Some(f) = slash_day_month(cx, j) {
            return Some(f);
        }
    }
    let (p, _) = point_at(cx, j)?;
    if !matches!(p, Point::Md { d: Some(_), .. }) {
        return None;
    }
    absolute(cx, j, j, false)
}

/// "from May 3 to May 9", "between 2019 and 2021", "from March to May", "from 9 a.m. to 5
/// p.m.": only as ranges, which then include the "from" or "between".
pub(super) fn range_words(cx: &Cx, i: usize) -> Option<Found> {
    let between = cx.lc(i) == "between";
    let j = i + 1;
    let first = cx.tok(j)?;
    // A cheap test before any work: a range needs a month, a day or a year next.
    if first.kind == super::TokKind::Punct {
        return None;
    }
    absolute(cx, i, j, between)
        .filter(|f| f.qualifier == super::Qualifier::Range)
        .or_else(|| if between { day_first_between(cx, j) } else { None })
        .or_else(|| now_range(cx, j, between))
        .or_else(|| super::time::range_after(cx, i, between))
}

/// "between 3 and 12 of Sept", "between 6 and 8 June": a day-first range after "between".
fn day_first_between(cx: &Cx, i: usize) -> Option<Found> {
    day_first_span(cx, i, |cx, k| cx.tok(k).is_some_and(|t| t.is_word("and")))
}

/// Two days sharing the month (and year) written after the second, joined by the token that
/// `joined` accepts: the range from the first day to that date.
fn day_first_span(cx: &Cx, i: usize, joined: fn(&Cx, usize) -> bool) -> Option<Found> {
    let (d1, k) = day_at(cx, i)?;
    if !joined(cx, k) {
        return None;
    }
    let (d2, k2) = day_at(cx, k + 1)?;
    let (p, next) = day_point(cx, k + 1)?;
    let Point::Md { m, y, .. } = p else { return None };
    if d2 <= d1 || k2 >= next {
        return None;
    }
    resolve_range(cx, Point::Md { m, d: Some(d1), y }, Point::Md { m, d: Some(d2), y }, next)
}

/// A number at `i`: ISO and slashed dates, day-first dates, years, year ranges and decades.
pub(super) fn at_num(cx: &Cx, i: usize) -> Option<Found> {
    let t = cx.tok(i)?;
    if !t.is_plain_int() || t.len() > 4 {
        return None;
    }
    if let Some(f) = numeric_date(cx, i).or_else(|| numeric_month(cx, i)) {
        return Some(f);
    }
    if t.len() <= 2 {
        return day_first_range(cx, i)
            .or_else(|| slash_day_month(cx, i))
            .or_else(|| absolute(cx, i, i, false))
            .or_else(|| listed_before_month(cx, i))
            .or_else(|| listed_after_month(cx, i))
            .or_else(|| ordinal_period(cx, i));
    }
    if t.len() != 4 {
        return None;
    }
    if let Some(f) = decade(cx, i) {
        return Some(f);
    }
    // A year glued to what comes before ("COVID-2019", "No.2019", "v2020") is a code.
    if i > 0 && glued(cx, i) {
        let prev = cx.tok(i - 1)?;
        if !(prev.is_punct('(') || prev.is_punct('"') || prev.is_punct('[')) {
            return None;
        }
    }
    let (y, k) = year_at(cx, i, 1900)?;
    if let Some(f) = year_month_day(cx, y, k) {
        return Some(f);
    }
    if let Some(f) = year_then_part(cx, y, k) {
        return Some(f);
    }
    if let Some((q, next)) = range_end(cx, Point::Year(y), k, false) {
        if let Some(f) = resolve_range(cx, Point::Year(y), q, next) {
            return Some(f);
        }
    }
    // "2026-555-0100", "2026/27" and "2026.5" are codes, phone numbers or fiscal years.
    if glued(cx, k)
        && cx.tok(k).is_some_and(|t| matches!(t.ch, '-' | '/' | '.' | ':'))
        && glued(cx, k + 1)
        && cx.tok(k + 1).is_some_and(|t| t.kind == super::TokKind::Num)
    {
        return None;
    }
    found_date(k, year_span(y), Facts::new(Granularity::Year, true))
}

/// A quarter or month after a year: "2017-q1", "2017 Q1", "2017 april" (not followed by a
/// day or, when capitalized, by a capitalized word, and never "May", which may be the verb:
/// "by 2030 May could …").
fn year_then_part(cx: &Cx, y: i32, k: usize) -> Option<Found> {
    let t = cx.tok(k)?;
    let hyphen = t.is_punct('-') && glued(cx, k) && glued(cx, k + 1);
    if t.kind == super::TokKind::Punct && !hyphen {
        return None;
    }
    let q = if hyphen { k + 1 } else { k };
    if matches!(cx.lc(q), "q") && glued(cx, q + 1) {
        let (n, len) = int_at(cx, q + 1)?;
        if len != 1
            || !(1..=4).contains(&n)
            || glued(cx, q + 2) && cx.tok(q + 2)?.kind != super::TokKind::Punct
        {
            return None;
        }
        let s = super::months_span(y, (n - 1) * 3 + 1, 3);
        return found_date(q + 2, s, Facts::new(Granularity::Quarter, true));
    }
    if hyphen || t.kind != super::TokKind::Word || glued(cx, k) || kw(cx, k).as_str() == "may" {
        return None;
    }
    let (m, next, _) = month_at(cx, k)?;
    // "in 2019 Jan Koum left": a capitalized month before a capitalized word is a name.
    let cap = |j: usize| cx.tok(j).is_some_and(|t| t.capitalized(cx.src));
    if cap(k) && cap(next) {
        return None;
    }
    if day_at(cx, next).is_some() {
        return None;
    }
    found_date(next, month_span(y, m), Facts::new(Granularity::Month, true))
}

/// "6-8 June 2026", "6 to 8 June": a day-first range sharing its month.
fn day_first_range(cx: &Cx, i: usize) -> Option<Found> {
    day_first_span(cx, i, |cx, k| punct(cx, k, '-') || range_word(cx.lc(k)))
}

/// "the" at `i` followed by a date that includes it: "the 1990s", "the 6th of June", "the
/// first quarter", "the end of March", "the summer of 2024".
pub(super) fn after_the(cx: &Cx, i: usize) -> Option<Found> {
    let j = i + 1;
    let t = cx.tok(j)?;
    match t.kind {
        super::TokKind::Num => decade(cx, j).or_else(|| {
            // "the 6th of June" needs its "of"; "the 6 June" is not written.
            let (d, k) = day_at(cx, j)?;
            if k == j + 1 {
                return None;
            }
            if cx.lc(k) != "of" {
                return day_of_month(cx, i, d, k);
            }
            absolute(cx, i, i, false)
        }),
        super::TokKind::Punct => {
            if t.ch == '\'' {
                apostrophe_decade(cx, j)
            } else {
                None
            }
        }
        super::TokKind::Word => match kw(cx, j).as_str() {
            "first" | "second" | "third" | "fourth" => ordinal_period(cx, j)
                .or_else(|| ordinal_word_day(cx, j).and_then(|_| absolute(cx, i, i, false))),
            "end" | "beginning" | "start" | "middle" => part(cx, j),
            "week" => week_after_the(cx, j),
            "weekend" => super::relative::the_weekend(cx, i),
            "last" => super::periods::week_of(cx, 0, j + 1),
            "spring" | "summer" | "autumn" | "fall" | "winter" => season(cx, i, j),
            w if super::super::lexicon::ordinal_word(w).is_some()
                || super::super::lexicon::tens(w).is_some() =>
            {
                ordinal_word_day(cx, j).and_then(|_| absolute(cx, i, i, false))
            }
            _ => None,
        },
    }
}

/// "the week of June 6", "the week beginning February 4" / "starting (on)" / "commencing":
/// the Monday–Sunday week containing that day (a week "begins" on a Monday), "the week 31"
/// and "the week 10 of 2019" (ISO week numbers; without a year, of the publication year,
/// and then only when no word follows: "the week 10 game" is a season's week).
fn week_after_the(cx: &Cx, j: usize) -> Option<Found> {
    let k = j + 1;
    let w = kw(cx, k);
    let mode = match w.as_str() {
        "of" => Some(false),
        "beginning" | "starting" | "commencing" => Some(true),
        _ => None,
    };
    if let Some(verb) = mode {
        let at = if cx.lc(k + 1) == "on" && verb { k + 2 } else { k + 1 };
        let (p, next) = point_at(cx, at)?;
        let Point::Md { m, d: Some(d), y } = p else { return None };
        let (y, stated) = settle_year(cx, y, m);
        let f = Facts::new(Granularity::Week, stated);
        // "beginning" a day that is not a Monday still names that day's week.
        let s = y.and_then(|y| ymd(y, m, d)).and_then(|day| period_span(day, Unit::Week, 0));
        if y.is_some() && s.is_none() {
            return None;
        }
        return found_date(next, s, f);
    }
    let (n, len) = int_at(cx, k)?;
    if len > 2
        || !(1..=53).contains(&n)
        || glued(cx, k + 1) && cx.tok(k + 1).is_some_and(|t| !t.is_punct(',') && !t.is_punct('.'))
    {
        return None;
    }
    let mut next = k + 1;
    let year = if cx.lc(next) == "of" {
        year_at(cx, next + 1, 1800).map(|(y, n2)| {
            next = n2;
            y
        })
    } else if punct(cx, next, ',') {
        year_at(cx, next + 1, 1800).map(|(y, n2)| {
            next = n2;
            y
        })
    } else {
        year_at(cx, next, 1800).map(|(y, n2)| {
            next = n2;
            y
        })
    };
    if year.is_none() {
        // "the week 10 game", "the week 3 opener", "the week 5-8 stretch" are weeks of a season.
        if cx.tok(next).is_some_and(|t| t.kind == super::TokKind::Word || t.is_punct('-') || t.is_punct('/'))
        {
            return None;
        }
    }
    let stated = year.is_some();
    let y = year.or_else(|| cx.published.map(|p| p.year()));
    let s = match y {
        Some(y) => {
            let monday = chrono::NaiveDate::from_isoywd_opt(y, n, chrono::Weekday::Mon)?;
            Some(period_span(monday, Unit::Week, 0)?)
        }
        None => None,
    };
    found_date(next, s, Facts::new(Granularity::Week, stated))
}

/// A month name at `j` for relative expressions ("last June"): month and next token.
pub(super) fn month_name_at(cx: &Cx, j: usize) -> Option<(u32, usize)> {
    month_at(cx, j).map(|(m, n, _)| (m, n))
}

/// "between now and November 15th", "from now until June", "between Jan 22 and now": from
/// the publication day to the date, or from the date to it. A date without a year is the
/// one on the right side of the publication day.
fn now_range(cx: &Cx, j: usize, between: bool) -> Option<Found> {
    let sep = |k: usize| {
        if between {
            cx.lc(k) == "and"
        } else {
            range_word(cx.lc(k))
        }
    };
    let (p, next, future) = if cx.lc(j) == "now" {
        if !sep(j + 1) {
            return None;
        }
        let (p, next) = point_at(cx, j + 2)?;
        (p, next, true)
    } else {
        let (p, k) = point_at(cx, j)?;
        if !sep(k) || cx.lc(k + 1) != "now" {
            return None;
        }
        (p, k + 2, false)
    };
    let stated = match p {
        Point::Md { y, .. } => y.is_some(),
        Point::Year(_) => true,
    };
    let mut f = Facts::relative(point_gran(p));
    f.range = true;
    let Some(pubd) = cx.published else { return found_date(next, None, f) };
    let s = match p {
        Point::Year(y) => year_span(y)?,
        Point::Md { m, d, y } => {
            let y0 = y.unwrap_or_else(|| infer_year(pubd, m));
            let s = point_span(m, d, Some(y0))?;
            if stated {
                s
            } else if future && s.end < pubd {
                point_span(m, d, Some(y0 + 1))?
            } else if !future && s.start > pubd {
                point_span(m, d, Some(y0 - 1))?
            } else {
                s
            }
        }
    };
    let s = if future { Span { start: pubd, end: s.end } } else { Span { start: s.start, end: pubd } };
    if s.end < s.start {
        return None;
    }
    found_date(next, Some(s), f)
}
