//! Periods longer than a day named on the calendar: quarters, halves, seasons, and the early,
//! middle and late parts of months and years, with a year written, relative or inferred.

use chrono::{Datelike, NaiveDate, Weekday};

use super::super::lexicon::lookup;
use super::super::mention::{Cx, Granularity};
use super::calendar::{month_at, month_year, settle_year, year_at};
use super::{
    add_days, days_until, found_date, glued, infer_year, int_at, kw, months_span, part_of_month,
    part_of_year, period_span, punct, span, unit_word, year_span, ymd, Facts, Found, Part, Span, Toward,
    Unit,
};

/// A year given outright or relative to the publication year ("last year" is -1).
#[derive(Clone, Copy)]
pub(super) enum YearRef {
    Stated(i32),
    Rel(i32),
}

/// "this/last/next/the year|month" at `k`: the unit, how many periods from the publication
/// date, and the next token.
fn rel_period(cx: &Cx, k: usize) -> Option<(Unit, i32, usize)> {
    let delta = match cx.lc(k) {
        "this" | "the" => 0,
        "last" => -1,
        "next" => 1,
        _ => return None,
    };
    let u = unit_word(kw(cx, k + 1).as_str())?;
    if !matches!(u, Unit::Month | Unit::Year) || ["months", "years"].contains(&cx.lc(k + 1)) {
        return None;
    }
    Some((u, delta, k + 2))
}

/// A year after a period word: "2026", "of 2026", "of last year", "of the year".
pub(super) fn year_target(cx: &Cx, k: usize) -> Option<(YearRef, usize)> {
    if let Some((y, n)) = year_at(cx, k, 1900) {
        return Some((YearRef::Stated(y), n));
    }
    if cx.lc(k) != "of" {
        return None;
    }
    if let Some((y, n)) = year_at(cx, k + 1, 1900) {
        return Some((YearRef::Stated(y), n));
    }
    match rel_period(cx, k + 1)? {
        (Unit::Year, delta, n) => Some((YearRef::Rel(delta), n)),
        _ => None,
    }
}

/// Resolve a period of months (`first`, `count`) in a year given, relative or inferred.
fn months_found(
    cx: &Cx,
    yr: Option<YearRef>,
    first: u32,
    count: u32,
    gran: Granularity,
    next: usize,
) -> Option<Found> {
    let (y, f) = match yr {
        Some(YearRef::Stated(y)) => (Some(y), Facts::new(gran, true)),
        Some(YearRef::Rel(d)) => (cx.published.map(|p| p.year() + d), Facts::relative(gran)),
        None => (cx.published.map(|p| infer_year(p, first)), Facts::new(gran, false)),
    };
    found_date(next, y.and_then(|y| months_span(y, first, count)), f)
}

/// A fiscal year at `j`: "FY25", "FY'25", "FY2025", "FY 2025" or "FY2024-25". Fiscal years
/// start in different months by country and company, so one named by a single year is read as
/// the calendar year it ends in (as "fiscal 2025" is), and one named by both years spans both
/// (as "2024-25" does).
pub(super) fn fiscal_year(cx: &Cx, j: usize) -> Option<Found> {
    if cx.text(j) != "FY" {
        return None;
    }
    let k = j + 1 + usize::from(cx.tok(j + 1).is_some_and(|t| t.is_punct('\'')) && glued(cx, j + 1));
    let (y, len) = int_at(cx, k)?;
    // Two digits only glued ("FY25"); "FY 25" may be anything.
    if !(len == 4 || len == 2 && glued(cx, k)) {
        return None;
    }
    let y = y as i32
        + if len == 4 {
            0
        } else if y < 70 {
            2000
        } else {
            1900
        };
    let both = cx.tok(k + 1).is_some_and(|t| t.is_punct('-') || t.is_punct('/'))
        && glued(cx, k + 1)
        && glued(cx, k + 2)
        && int_at(cx, k + 2).is_some_and(|(z, n)| (n == 2 || n == 4) && z as i32 % 100 == (y + 1) % 100);
    let f = Facts { range: both, ..Facts::new(Granularity::Year, true) };
    if both {
        return found_date(k + 3, span(ymd(y, 1, 1), ymd(y + 1, 12, 31)), f);
    }
    found_date(k + 1, year_span(y), f)
}

/// A quarter or half of a fiscal year ("Q1 FY25", "first half of FY2017") with "FY" at `j`: a
/// date that cannot be placed on the calendar without knowing when that year starts.
fn fiscal_part(cx: &Cx, j: usize, gran: Granularity) -> Option<Found> {
    let next = fiscal_year(cx, j)?.next;
    found_date(next, None, Facts::new(gran, true))
}

/// "Q1 2026", "Q3", "H1 2026", "Q4 of last year" with the letter at `j`, and a fiscal year's
/// "Q1 FY25".
pub(super) fn q_or_h(cx: &Cx, j: usize) -> Option<Found> {
    let letter = cx.text(j);
    let (n, len) = int_at(cx, j + 1)?;
    if len != 1 || !glued(cx, j + 1) {
        return None;
    }
    let (months, gran) = match letter.to_ascii_uppercase().as_str() {
        "Q" if (1..=4).contains(&n) => (3, Granularity::Quarter),
        "H" if (1..=2).contains(&n) => (6, Granularity::Half),
        _ => return None,
    };
    if let Some(found) = fiscal_part(cx, j + 2, gran) {
        return Some(found);
    }
    if glued(cx, j + 2) && cx.tok(j + 2).is_some_and(|t| t.kind != super::TokKind::Punct) {
        return None;
    }
    // "q3 2019": a lower-case letter only with its year.
    let lower = ["q", "h"].contains(&letter);
    if lower && year_target(cx, j + 2).is_none() {
        return None;
    }
    let first = (n - 1) * months + 1;
    let (yr, next) = match year_target(cx, j + 2) {
        Some((yr, next)) => (Some(yr), next),
        None => (None, j + 2),
    };
    months_found(cx, yr, first, months, gran, next)
}

/// "first quarter", "the third quarter of 2025", "first-quarter", "the second half of 2025",
/// "first-half"; a bare "first half" (of a game, perhaps) needs a year or the hyphen.
pub(super) fn ordinal_period(cx: &Cx, j: usize) -> Option<Found> {
    // "1st quarter of 2013": in digits only with a year (else a game's quarter).
    let (n, digits, j) = match cx.lc(j) {
        "first" => (1, false, j),
        "second" => (2, false, j),
        "third" => (3, false, j),
        "fourth" => (4, false, j),
        _ => {
            let (n, len) = int_at(cx, j)?;
            let suffix = matches!((n, cx.lc(j + 1)), (1, "st") | (2, "nd") | (3, "rd") | (4, "th"));
            if len != 1 || !suffix || !glued(cx, j + 1) {
                return None;
            }
            (n, true, j + 1)
        }
    };
    let hyphen = punct(cx, j + 1, '-') && glued(cx, j + 1) && glued(cx, j + 2);
    let k = if hyphen { j + 2 } else { j + 1 };
    if n <= 4 && !hyphen {
        if let Some(f) = week_of(cx, n, k) {
            return Some(f);
        }
    }
    let (months, gran) = match kw(cx, k).as_str() {
        "quarter" => (3, Granularity::Quarter),
        "half" if n <= 2 => (6, Granularity::Half),
        _ => return None,
    };
    if cx.lc(k + 1) == "of" {
        if let Some(found) = fiscal_part(cx, k + 2, gran) {
            return Some(found);
        }
    }
    let first = (n - 1) * months + 1;
    let (yr, next) = match year_target(cx, k + 1) {
        Some((yr, next)) => (Some(yr), next),
        None => (None, k + 1),
    };
    if gran == Granularity::Half && yr.is_none() && !hyphen || digits && yr.is_none() {
        return None;
    }
    months_found(cx, yr, first, months, gran, next)
}

/// "early June", "mid-May 2026", "late 2025", "mid-2024", "late last year", "the end of
/// March", "the beginning of the year", "the middle of next month". `j` holds the part word.
pub(super) fn part(cx: &Cx, j: usize) -> Option<Found> {
    let (p, mut k) = match cx.lc(j) {
        "early" => (Part::Early, j + 1),
        "mid" => (Part::Mid, j + 1),
        "late" => (Part::Late, j + 1),
        noun => {
            let p = match noun {
                "beginning" | "start" => Part::Early,
                "middle" => Part::Mid,
                "end" => Part::Late,
                _ => return None,
            };
            if cx.lc(j + 1) != "of" {
                return None;
            }
            (p, j + 2)
        }
    };
    if punct(cx, k, '-') {
        k += 1;
    }
    if let Some((m, k2, _)) = month_at(cx, k) {
        let (y, next) = match month_year(cx, k2) {
            Some((y, n)) => (Some(y), n),
            None => (None, k2),
        };
        let (y, stated) = settle_year(cx, y, m);
        let s = y.and_then(|y| part_of_month(y, m, p));
        return found_date(next, s, Facts::new(Granularity::PartOfMonth, stated));
    }
    if let Some((y, next)) = year_at(cx, k, 1900) {
        return found_date(next, part_of_year(y, p), Facts::new(Granularity::PartOfYear, true));
    }
    let (u, delta, next) = rel_period(cx, k)?;
    let Some(pubd) = cx.published else {
        let g = if u == Unit::Year { Granularity::PartOfYear } else { Granularity::PartOfMonth };
        return found_date(next, None, Facts::relative(g));
    };
    let base = period_span(pubd, u, delta)?;
    match u {
        Unit::Year => {
            found_date(next, part_of_year(base.start.year(), p), Facts::relative(Granularity::PartOfYear))
        }
        _ => found_date(
            next,
            part_of_month(base.start.year(), base.start.month(), p),
            Facts::relative(Granularity::PartOfMonth),
        ),
    }
}

/// The first month of a season: spring 3, summer 6, autumn 9, winter 12.
pub(super) fn season_month(w: &str) -> Option<u32> {
    lookup(&[("spring", 3), ("summer", 6), ("autumn", 9), ("fall", 9), ("winter", 12)], w)
}

/// "spring 2024", "the summer of 2024", "in the spring", "in fall". A season word without a
/// year needs "in", "during", "by", "since" or "until" before it (or before its "the").
pub(super) fn season(cx: &Cx, i: usize, j: usize) -> Option<Found> {
    let first = season_month(kw(cx, j).as_str())?;
    let (yr, next) = match year_target(cx, j + 1) {
        Some((yr, n)) => (Some(yr), n),
        None => {
            let before = cx.lc(i.wrapping_sub(1));
            if !["in", "during", "by", "since", "until", "till", "through", "over", "before", "after"]
                .contains(&before)
            {
                return None;
            }
            (None, j + 1)
        }
    };
    months_found(cx, yr, first, 3, Granularity::Season, next)
}

/// The season instance (`first` month) relative to the publication day: the one containing
/// it or the next (`Nearest`), the last one that ended before it, or the first after it.
pub(super) fn season_relative(published: NaiveDate, first: u32, toward: Toward) -> Option<Span> {
    let y = published.year();
    let cands = [y - 2, y - 1, y, y + 1];
    let mut spans = cands.iter().filter_map(|&cy| months_span(cy, first, 3));
    match toward {
        Toward::Nearest => spans.find(|s| s.end >= published),
        Toward::Past => spans.rfind(|s| s.end < published),
        Toward::Future => spans.find(|s| s.start > published),
    }
}

/// "the first week of March", "the last week of 2016", "the second week of next month" with
/// "week" at `k` (`n` is 1 to 4, or 0 for the last): the Monday–Sunday week holding the
/// period's first, second … or last Thursday, so that a week belongs to the month or year that
/// holds most of its days, as ISO weeks belong to years.
pub(super) fn week_of(cx: &Cx, n: u32, k: usize) -> Option<Found> {
    if kw(cx, k).as_str() != "week" || cx.lc(k + 1) != "of" {
        return None;
    }
    let at = k + 2;
    let (period, f, next) = if let Some((m, k2, _)) = month_at(cx, at) {
        let (y, next) = match month_year(cx, k2) {
            Some((y, n)) => (Some(y), n),
            None => (None, k2),
        };
        let (y, stated) = settle_year(cx, y, m);
        (y.and_then(|y| months_span(y, m, 1)), Facts::new(Granularity::Week, stated), next)
    } else if let Some((y, next)) = year_at(cx, at, 1900) {
        (months_span(y, 1, 12), Facts::new(Granularity::Week, true), next)
    } else {
        let (u, delta, next) = rel_period(cx, at)?;
        (cx.published.and_then(|p| period_span(p, u, delta)), Facts::relative(Granularity::Week), next)
    };
    let s = period.and_then(|p| {
        let thursday = |d: NaiveDate| days_until(d, Weekday::Thu);
        let day = if n == 0 {
            add_days(p.end, -((7 - thursday(p.end)) % 7))?
        } else {
            add_days(p.start, thursday(p.start) + 7 * (i64::from(n) - 1))?
        };
        if day > p.end {
            return None;
        }
        period_span(day, Unit::Week, 0)
    });
    if period.is_some() && s.is_none() {
        return None;
    }
    found_date(next, s, f)
}
