//! Dates written in numbers: ISO, slashed and day-first dates ("2026-06-06", "6/7/2026",
//! "03.12.2026"), a month in numbers ("2026-06"), a day and month without a year ("on 22/04"),
//! a year, month name and day glued ("2019-aug-01"), and decades ("1990s", "'90s").

use chrono::NaiveDate;

use super::super::mention::{Cx, Granularity};
use super::calendar::{day_at, month_at, resolve, resolve_range, valid_day, Point};
use super::{day_span, found_date, glued, int_at, kw, month_span, punct, ymd, Facts, Found};

/// "2026-06-06", "2026/06/06", "6/7/2026", "06/07/26", and day first "03-12-2026",
/// "03.12.2026".
pub(super) fn numeric_date(cx: &Cx, i: usize) -> Option<Found> {
    let sep = cx.tok(i + 1)?;
    let c = sep.ch;
    if !(c == '-' || c == '/' || c == '.')
        || !glued(cx, i + 1)
        || !glued(cx, i + 2)
        || !glued(cx, i + 3)
        || !glued(cx, i + 4)
    {
        return None;
    }
    if !punct(cx, i + 3, c) {
        return None;
    }
    let (a, la) = int_at(cx, i)?;
    let (b, lb) = int_at(cx, i + 2)?;
    let (z, lz) = int_at(cx, i + 4)?;
    // A further glued separator and number means a longer code ("1/2/3/4"); a point that
    // ends the sentence ("on 03.12.2026.") does not.
    let longer = |t: &super::Token| {
        if t.is_punct(c) && c == '.' {
            glued(cx, i + 6) && cx.tok(i + 6).is_some_and(|n| n.kind != super::TokKind::Punct)
        } else {
            t.is_punct(c) || t.kind != super::TokKind::Punct
        }
    };
    if glued(cx, i + 5) && cx.tok(i + 5).is_some_and(longer) {
        return None;
    }
    let next = i + 5;
    if la == 4 && lb <= 2 && lz <= 2 && c != '.' {
        let d = ymd(a as i32, b, z)?;
        return found_date(next, Some(day_span(d)), Facts::new(Granularity::Day, true));
    }
    if c != '/' {
        return day_first_date(a, la, b, lb, z, lz, next);
    }
    if c != '/' || la > 2 || lb > 2 || !(lz == 2 || lz == 4) {
        return None;
    }
    let y = match lz {
        4 => z as i32,
        _ if z < 70 => 2000 + z as i32,
        _ => 1900 + z as i32,
    };
    either_reading(ymd(y, a, b), ymd(y, b, a), next)
}

/// "03-12-2026", "03.12.2026": day, month and a four-digit year (1900–2100) joined by hyphens
/// or points, the way most of the world writes them: read day first, `ambiguous` when the
/// month-first reading is also a valid, different date (as "6/7/2026" is the other way
/// round); when only month first is valid ("12-25-2026") it is used.
fn day_first_date(a: u32, la: usize, b: u32, lb: usize, z: u32, lz: usize, next: usize) -> Option<Found> {
    if la > 2 || lb > 2 || lz != 4 || !(1900..=2100).contains(&z) {
        return None;
    }
    let y = z as i32;
    either_reading(ymd(y, b, a), ymd(y, a, b), next)
}

/// A day read one way first (`first`) and the other way round (`second`, day and month
/// swapped): the first when valid, else the second; `ambiguous` when both are valid and
/// differ.
fn either_reading(first: Option<NaiveDate>, second: Option<NaiveDate>, next: usize) -> Option<Found> {
    let mut f = Facts::new(Granularity::Day, true);
    f.ambiguous = first.zip(second).is_some_and(|(p, q)| p != q);
    found_date(next, Some(day_span(first.or(second)?)), f)
}

/// "2026-06" and "06/2026": a month in numbers. "2019-12" is December 2019, while "2011-12"
/// (the second part larger than the year's last two digits) stays a range of years.
pub(super) fn numeric_month(cx: &Cx, i: usize) -> Option<Found> {
    let sep = cx.tok(i + 1)?;
    if !(sep.is_punct('-') || sep.is_punct('/')) || !glued(cx, i + 1) || !glued(cx, i + 2) {
        return None;
    }
    // A third part makes it something else ("2026-06-31", "1/2/3").
    if glued(cx, i + 3)
        && cx.tok(i + 3).is_some_and(|t| t.is_punct(sep.ch) || t.kind != super::TokKind::Punct)
    {
        return None;
    }
    let (a, la) = int_at(cx, i)?;
    let (b, lb) = int_at(cx, i + 2)?;
    let (y, m) = match (la, lb) {
        (4, 2) if sep.ch == '-' && b < a % 100 => (a, b),
        (1 | 2, 4) if sep.ch == '/' => (b, a),
        _ => return None,
    };
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) {
        return None;
    }
    found_date(i + 3, month_span(y as i32, m), Facts::new(Granularity::Month, true))
}

pub(super) fn decade_suffix(cx: &Cx, k: usize) -> bool {
    (glued(cx, k) && cx.lc(k) == "s")
        || (punct(cx, k, '\'') && glued(cx, k) && glued(cx, k + 1) && cx.lc(k + 1) == "s")
}

/// "1990s", "1990's" at `j` (the mention may start earlier, at "the").
pub(super) fn decade(cx: &Cx, j: usize) -> Option<Found> {
    let (y, len) = int_at(cx, j)?;
    if len != 4 || y % 10 != 0 || !(1910..=2090).contains(&y) || (y % 100 == 0 && y != 2000) {
        return None;
    }
    let k = j + 1;
    let next = if glued(cx, k) && cx.lc(k) == "s" {
        k + 1
    } else if decade_suffix(cx, k) {
        k + 2
    } else {
        return None;
    };
    let y = y as i32;
    found_date(next, super::span(ymd(y, 1, 1), ymd(y + 9, 12, 31)), Facts::new(Granularity::Decade, true))
}

/// "'90s": the century is the 1900s from '30s on, else the 2000s.
pub(super) fn apostrophe_decade(cx: &Cx, i: usize) -> Option<Found> {
    let (v, len) = int_at(cx, i + 1)?;
    if len != 2 || v % 10 != 0 || !glued(cx, i + 1) || !glued(cx, i + 2) || cx.lc(i + 2) != "s" {
        return None;
    }
    let y = if v >= 30 { 1900 + v as i32 } else { 2000 + v as i32 };
    found_date(i + 3, super::span(ymd(y, 1, 1), ymd(y + 9, 12, 31)), Facts::new(Granularity::Decade, true))
}

/// Two numbers of one or two digits joined by a glued slash at `i` ("22/04", "5/12"), not
/// part of a longer code ("1/2/3", "5/12.5", "3/4%"): both numbers and the next token.
fn slash_pair(cx: &Cx, i: usize, first: bool) -> Option<(u32, u32, usize)> {
    let (a, la) = int_at(cx, i)?;
    if !punct(cx, i + 1, '/') || !glued(cx, i + 1) || !glued(cx, i + 2) {
        return None;
    }
    let (b, lb) = int_at(cx, i + 2)?;
    if la > 2 || lb > 2 || a == 0 || b == 0 {
        return None;
    }
    if glued(cx, i + 3)
        && cx.tok(i + 3).is_some_and(|t| !matches!(t.ch, ',' | ';' | ')' | '-' | '.' | '?' | '!'))
    {
        return None;
    }
    if glued(cx, i + 3)
        && punct(cx, i + 3, '.')
        && glued(cx, i + 4)
        && cx.tok(i + 4).is_some_and(|t| t.kind == super::TokKind::Num)
    {
        return None;
    }
    if first && i > 0 && glued(cx, i) {
        let prev = cx.tok(i - 1)?;
        if prev.kind == super::TokKind::Num || prev.is_punct('/') || prev.is_punct('.') || prev.is_punct('-')
        {
            return None;
        }
    }
    Some((a, b, i + 3))
}

/// A slashed pair that reads like a small fraction ("1/3", "3/4", "9/10").
fn fraction_like(a: u32, b: u32) -> bool {
    a < b && b <= 10
}

/// Month and day of a slashed pair read month-first (US) or day-first.
fn slash_md(a: u32, b: u32, day_first: bool) -> Option<(u32, u32)> {
    let (m, d) = if day_first { (b, a) } else { (a, b) };
    ((1..=12).contains(&m) && valid_day(m, d)).then_some((m, d))
}

/// "on 22/04", "Friday 5/12", "this 5/12", "from 10/1 to 11/7", "2/29-3/1": a day and month
/// in numbers without a year. Only after a word that puts it in time ("on", "since",
/// "until", "from", "this", "next", a weekday) or as one end of such a range, and not
/// followed by a word other than "at", "to", "and" …: "24/7", "9/11", "by 2/3", "on 1/2 of
/// the seats" and "from 1/3 to 1/2" are not dates. Read month-first unless only day-first is
/// valid (22/04), `ambiguous` when both are valid and differ; the year is inferred as for
/// "March 18".
pub(super) fn slash_day_month(cx: &Cx, i: usize) -> Option<Found> {
    let (a, b, k) = slash_pair(cx, i, true)?;
    if (a, b) == (9, 11) || (a, b) == (24, 7) {
        return None;
    }
    let prev = if i > 0 { kw(cx, i - 1) } else { kw(cx, usize::MAX) };
    let prev = prev.as_str();
    let strong = ["on", "since", "until", "till", "this", "next", "before", "after"].contains(&prev)
        || super::weekday_word(prev).is_some();
    let between = prev == "between";
    let is_sep = |k: usize| {
        (punct(cx, k, '-') || super::range_word(cx.lc(k)) || between && cx.lc(k) == "and")
            && !(punct(cx, k, '-') && glued(cx, k) != glued(cx, k + 1))
    };
    let second = if is_sep(k) {
        let j = if ["this", "next"].contains(&cx.lc(k + 1)) { k + 2 } else { k + 1 };
        slash_pair(cx, j, false)
    } else {
        None
    };
    let next = second.map_or(k, |(_, _, n)| n);
    if let Some(t) = cx.tok(next) {
        let ok = match t.kind {
            super::TokKind::Word => {
                ["at", "to", "and", "or", "until", "till", "through", "from"].contains(&t.lc())
            }
            super::TokKind::Punct => !(t.is_punct('/') || t.is_punct('%')),
            super::TokKind::Num => true,
        };
        if !ok {
            return None;
        }
    }
    if let Some((c, e, _)) = second {
        if !(strong || between || prev == "from") && (fraction_like(a, b) || fraction_like(c, e)) {
            return None;
        }
        if fraction_like(a, b) && fraction_like(c, e) {
            return None;
        }
        let day_first = slash_md(a, b, false).zip(slash_md(c, e, false)).is_none();
        let (m1, d1) = slash_md(a, b, day_first)?;
        let (m2, d2) = slash_md(c, e, day_first)?;
        let p = Point::Md { m: m1, d: Some(d1), y: None };
        let q = Point::Md { m: m2, d: Some(d2), y: None };
        return resolve_range(cx, p, q, next);
    }
    if !strong || fraction_like(a, b) && super::weekday_word(prev).is_none() && prev != "on" {
        return None;
    }
    let (m, d, ambiguous) = match (slash_md(a, b, false), slash_md(a, b, true)) {
        (Some((m, d)), eu) => (m, d, eu.is_some() && a != b),
        (None, Some((m, d))) => (m, d, false),
        (None, None) => return None,
    };
    let mut f = resolve(cx, Point::Md { m, d: Some(d), y: None }, k)?;
    if let Some(info) = f.info.as_mut() {
        info.ambiguous = ambiguous;
    }
    Some(f)
}

/// A hyphen or slash at `k` glued to both neighbours: the separator.
pub(super) fn glued_sep(cx: &Cx, k: usize) -> Option<char> {
    let t = cx.tok(k)?;
    ((t.is_punct('-') || t.is_punct('/')) && glued(cx, k) && glued(cx, k + 1)).then_some(t.ch)
}

/// "2019-aug-01", "2020/Sep/23": a year, a month name and a day glued by one separator, with
/// nothing glued after it but punctuation.
pub(super) fn year_month_day(cx: &Cx, y: i32, k: usize) -> Option<Found> {
    let c = glued_sep(cx, k)?;
    let (m, k2, _) = month_at(cx, k + 1).filter(|(_, n, _)| *n == k + 2)?;
    if !punct(cx, k2, c) || !glued(cx, k2) || !glued(cx, k2 + 1) {
        return None;
    }
    let (d, next) = day_at(cx, k2 + 1).filter(|(d, n)| *n == k2 + 2 && valid_day(m, *d))?;
    if glued(cx, next) && cx.tok(next).is_some_and(|t| t.kind != super::TokKind::Punct || t.ch == c) {
        return None;
    }
    found_date(next, ymd(y, m, d).map(day_span), Facts::new(Granularity::Day, true))
}
