//! Holidays as days: "Christmas", "Christmas Eve", "New Year's Day", "Easter" (by the
//! Gregorian computus), "Halloween", "Thanksgiving" and a few other fixed days, with a year
//! written after them or inferred like a month's, and after "last"/"this"/"next".

use chrono::{Datelike, NaiveDate, Weekday};

use super::super::mention::{Cx, Granularity};
use super::{day_span, found_date, infer_year, kw, ymd, Facts, Found, Toward};

/// Which day a holiday falls on in a given year.
#[derive(Clone, Copy)]
enum Rule {
    /// A fixed month and day.
    Fixed(u32, u32),
    /// Easter Sunday moved by a number of days.
    Easter(i64),
    /// The nth weekday of a month (Thanksgiving is the fourth Thursday of November).
    Nth(u32, Weekday, u32),
}

/// The holiday named at token `i`: its rule and the token after the name. A name that is
/// also an ordinary word or a place ("Christmas Island", "a Christmas tree") is left to the
/// caller's context test; here only the words of the name are read.
fn name_at(cx: &Cx, i: usize) -> Option<(Rule, usize)> {
    let w = kw(cx, i);
    let next = kw(cx, i + 1);
    let (rule, len) = match (w.as_str(), next.as_str()) {
        ("christmas", "eve") => (Rule::Fixed(12, 24), 2),
        ("christmas", "day") => (Rule::Fixed(12, 25), 2),
        ("christmas", _) => (Rule::Fixed(12, 25), 1),
        ("boxing", "day") => (Rule::Fixed(12, 26), 2),
        ("halloween", _) => (Rule::Fixed(10, 31), 1),
        ("juneteenth", _) => (Rule::Fixed(6, 19), 1),
        ("valentine", "day") => (Rule::Fixed(2, 14), 2),
        ("thanksgiving", "day") => (Rule::Nth(11, Weekday::Thu, 4), 2),
        ("thanksgiving", _) => (Rule::Nth(11, Weekday::Thu, 4), 1),
        ("easter", "monday") => (Rule::Easter(1), 2),
        ("easter", "sunday") => (Rule::Easter(0), 2),
        ("easter", _) => (Rule::Easter(0), 1),
        // "New Year's Day" and "New Year's Eve" only: "the new year" is a period.
        ("new", "year") => match kw(cx, i + 2).as_str() {
            "day" => (Rule::Fixed(1, 1), 3),
            "eve" => (Rule::Fixed(12, 31), 3),
            _ => return None,
        },
        _ => return None,
    };
    Some((rule, i + len))
}

/// Easter Sunday of year `y` (the anonymous Gregorian algorithm), for years the Gregorian
/// calendar covers.
fn easter(y: i32) -> Option<NaiveDate> {
    if !(1583..=9999).contains(&y) {
        return None;
    }
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let l = (32 + 2 * e + 2 * (c / 4) - h - c % 4) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    ymd(y, (n / 31) as u32, (n % 31 + 1) as u32)
}

fn day_in(rule: Rule, y: i32) -> Option<NaiveDate> {
    match rule {
        Rule::Fixed(m, d) => ymd(y, m, d),
        Rule::Easter(shift) => easter(y)?.checked_add_signed(chrono::Duration::try_days(shift)?),
        Rule::Nth(m, wd, n) => NaiveDate::from_weekday_of_month_opt(y, m, wd, n as u8),
    }
}

/// A four-digit year from 1900 to 2100 at token `j`, written after the holiday.
fn year_after(cx: &Cx, j: usize) -> Option<i32> {
    let (y, len) = super::int_at(cx, j)?;
    (len == 4 && (1900..=2100).contains(&y)).then_some(y as i32)
}

/// A holiday at `i` in prose. It must be capitalized and either carry a year, end in "Day",
/// "Eve", "Sunday" or "Monday", or follow a word that puts it in time ("on", "before",
/// "after", "by", "until", "since", "over", "at"): "Christmas shopping" or "a Christmas
/// tree" name no day, and "Christmas Island" is a place. Without a year the year is inferred
/// as for a month ("Christmas" read in February is the one just past).
pub(super) fn at(cx: &Cx, i: usize) -> Option<Found> {
    let t = cx.tok(i)?;
    if !t.capitalized(cx.src) {
        return None;
    }
    let (rule, next) = name_at(cx, i)?;
    if let Some(y) = year_after(cx, next) {
        return found_date(next + 1, day_in(rule, y).map(day_span), Facts::new(Granularity::Day, true));
    }
    let named = next > i + 1 || matches!(rule, Rule::Nth(..));
    let before = if i > 0 { cx.lc(i - 1) } else { "" };
    let timed =
        ["on", "before", "after", "by", "until", "till", "since", "over", "at", "around"].contains(&before);
    // A capitalized word after the name makes it part of a longer name ("Christmas Island").
    let longer = cx.tok(next).is_some_and(|n| n.kind == super::TokKind::Word && n.capitalized(cx.src));
    if !(named || timed) || longer {
        return None;
    }
    let s = cx.published.and_then(|p| day_in(rule, infer_year(p, day_in(rule, p.year())?.month())));
    found_date(next, s.map(day_span), Facts::new(Granularity::Day, false))
}

/// "last Christmas", "next Easter", "this Thanksgiving": the holiday strictly before or after
/// the publication day, or the one of the publication year.
pub(super) fn relative(cx: &Cx, j: usize, toward: Toward) -> Option<Found> {
    let (rule, next) = name_at(cx, j)?;
    let s = cx.published.and_then(|p| {
        let this = day_in(rule, p.year())?;
        match toward {
            Toward::Past if this >= p => day_in(rule, p.year() - 1),
            Toward::Future if this <= p => day_in(rule, p.year() + 1),
            _ => Some(this),
        }
    });
    found_date(next, s.map(day_span), Facts::relative(Granularity::Day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_sundays() {
        for (y, m, d) in
            [(2016, 3, 27), (2018, 4, 1), (2019, 4, 21), (2024, 3, 31), (2025, 4, 20), (2038, 4, 25)]
        {
            assert_eq!(easter(y), ymd(y, m, d), "{y}");
        }
        assert_eq!(easter(1200), None);
    }
}
