//! Dates relative to the publication day: "yesterday", "last week", "this year", "earlier this
//! month", "two weeks ago", weekdays, counted periods ("the next 3 days") and "last/this/next"
//! with months and seasons.

use chrono::{Datelike, NaiveDate, Weekday};

use super::super::lexicon::{small, tens};
use super::super::mention::{Cx, Granularity};
use super::super::number::cardinal_at;
use super::super::words::{has, List};
use super::calendar::month_name_at;
use super::periods::{season_month, season_relative};
use super::{
    add_days, day_span, found_date, kw, month_span, period_span, span, unit_gran, unit_word, weekday_word,
    Facts, Found, Toward, Unit,
};

/// A day relative to the publication date, or an unresolved day without one.
fn day_from_pub(cx: &Cx, delta: i64, next: usize) -> Option<Found> {
    let s = cx.published.and_then(|p| add_days(p, delta)).map(day_span);
    found_date(next, s, Facts::relative(Granularity::Day))
}

/// "Today" closing the name of an outlet or a programme: "USA Today", "USA TODAY", "BBC
/// Today", "India Today", "Psychology Today". A capitalized "Today" after an acronym in
/// capitals or one of a few words that name such titles; "today" in lower case, or after a
/// sentence start, stays a date.
fn outlet_name(cx: &Cx, i: usize) -> bool {
    let (Some(t), Some(p)) = (cx.tok(i), i.checked_sub(1).and_then(|k| cx.tok(k))) else { return false };
    if !t.capitalized(cx.src) || p.kind != super::TokKind::Word || !t.space_before || t.newline_before {
        return false;
    }
    let prev = p.text(cx.src);
    let all_caps = |s: &str| s.chars().all(|c| c.is_ascii_uppercase());
    if prev == "USA" {
        return true;
    }
    // "USA TODAY" aside, a title in capitals is a headline, not a name ("MARKETS FALL TODAY").
    if all_caps(t.text(cx.src)) {
        return false;
    }
    (2..=5).contains(&prev.len()) && all_caps(prev)
        || ["psychology", "india", "china", "russia", "science", "physics", "business", "marketing", "law"]
            .contains(&p.lc())
            && p.capitalized(cx.src)
}

/// "yesterday", "today", "last week", "this summer", "next June", "earlier this year" …
pub(super) fn at_word(cx: &Cx, i: usize, w: &str) -> Option<Found> {
    match w {
        "yesterday" => day_from_pub(cx, -1, i + 1),
        "today" if outlet_name(cx, i) => None,
        "today" | "tonight" => day_from_pub(cx, 0, i + 1),
        "tomorrow" => day_from_pub(cx, 1, i + 1),
        "earlier" | "later" => earlier_later(cx, i, w == "earlier"),
        "current" | "coming" | "previous" | "following" => {
            // "previous Monday" is "last Monday", "coming Thursday" is "next Thursday".
            if let (Some(wd), "previous" | "coming") = (weekday_word(kw(cx, i + 1).as_str()), w) {
                let toward = if w == "coming" { Toward::Future } else { Toward::Past };
                return weekday(cx, i, i + 1, wd, toward);
            }
            adjacent_period(cx, i, w).or_else(|| counted(cx, i, w)).or_else(|| ago(cx, i))
        }
        "past" => counted(cx, i, w),
        "year" => year_to_date(cx, i).or_else(|| ago(cx, i)),
        "last" | "this" | "next" => {
            if w != "this" {
                if let Some(f) = counted(cx, i, w) {
                    return Some(f);
                }
            }
            if w == "last" {
                if let Some(f) = super::periods::week_of(cx, 0, i + 1) {
                    return Some(f);
                }
            }
            // "the last year" and "the past month" are durations, not calendar periods.
            if w == "last" && i > 0 && cx.lc(i - 1) == "the" {
                return None;
            }
            let (delta, toward) = match w {
                "last" => (-1, Toward::Past),
                "this" => (0, Toward::Nearest),
                _ => (1, Toward::Future),
            };
            let j = i + 1;
            let next_word = kw(cx, j);
            let nw = next_word.as_str();
            match nw {
                "night" if w == "last" => return day_from_pub(cx, -1, j + 1),
                // "Next weekend" may be the coming one or the one after: not read.
                "weekend" if w != "next" => return weekend(cx, j + 1, if w == "last" { -1 } else { 0 }),
                "morning" | "afternoon" | "evening" if w == "this" => return day_from_pub(cx, 0, j + 1),
                _ => {}
            }
            if let Some(u) = unit_word(nw) {
                // Plurals ("last two years" never reaches here; "last years" is not a date).
                if u == Unit::Day || cx.lc(j).ends_with('s') && !cx.lc(j).ends_with("'s") {
                    return None;
                }
                if u == Unit::Week {
                    // "next week Wednesday", "last week Monday": that day of the week.
                    if let Some(f) = weekday_after_week(cx, j + 1, delta) {
                        return Some(f);
                    }
                }
                let s = cx.published.and_then(|p| period_span(p, u, delta));
                return found_date(j + 1, s, Facts::relative(unit_gran(u)));
            }
            if let Some(wd) = weekday_word(nw) {
                return weekday(cx, i, j, wd, toward);
            }
            if let Some(f) = super::holidays::relative(cx, j, toward) {
                return Some(f);
            }
            if let Some(first) = season_month(nw) {
                let s = cx.published.and_then(|p| season_relative(p, first, toward));
                return found_date(j + 1, s, Facts::relative(Granularity::Season));
            }
            if let Some((m, next)) = month_name_at(cx, j) {
                let s = cx.published.and_then(|p| month_relative(p, m, toward));
                return found_date(next, s, Facts::relative(Granularity::Month));
            }
            None
        }
        _ => None,
    }
}

/// A weekend `delta` weeks from the publication week's (Saturday and Sunday), ending the
/// phrase at `next`: "last weekend" (-1), "this weekend" (0).
pub(super) fn weekend(cx: &Cx, next: usize, delta: i32) -> Option<Found> {
    let s = cx.published.and_then(|p| {
        let week = period_span(p, Unit::Week, delta)?;
        span(add_days(week.start, 5), Some(week.end))
    });
    found_date(next, s, Facts::relative(Granularity::Week))
}

/// "over the weekend", "at the weekend" (`i` at "the"): the weekend just past, or the one under
/// way on a Saturday or Sunday, or in a sentence about the future the coming one.
pub(super) fn the_weekend(cx: &Cx, i: usize) -> Option<Found> {
    if i == 0 || !["over", "at", "on", "during", "throughout", "across"].contains(&cx.lc(i - 1)) {
        return None;
    }
    let weekend_day = cx.published.is_some_and(|p| p.weekday().num_days_from_monday() >= 5);
    let delta = if weekend_day || future_context(cx, i) { 0 } else { -1 };
    weekend(cx, i + 2, delta)
}

/// "the current quarter" (this one), "the coming year" (the next one), and "the previous
/// quarter", "the following week": those two count from a time the story sets, not from the
/// publication day, so they are dates without a value. Singular calendar units only ("in the
/// coming weeks" is not a period).
fn adjacent_period(cx: &Cx, i: usize, w: &str) -> Option<Found> {
    let j = i + 1;
    let u = unit_word(cx.lc(j))?;
    if u == Unit::Day || cx.lc(j).ends_with('s') {
        return None;
    }
    let s = match w {
        "current" => cx.published.and_then(|p| period_span(p, u, 0)),
        "coming" => cx.published.and_then(|p| period_span(p, u, 1)),
        _ => None,
    };
    found_date(j + 1, s, Facts::relative(unit_gran(u)))
}

/// "year to date", "year-to-date": January 1 to the publication day.
fn year_to_date(cx: &Cx, i: usize) -> Option<Found> {
    let hyphens = super::punct(cx, i + 1, '-') && super::glued(cx, i + 1);
    let (to, date) = if hyphens { (i + 2, i + 4) } else { (i + 1, i + 2) };
    if cx.lc(to) != "to" || cx.lc(date) != "date" {
        return None;
    }
    if hyphens && !(super::punct(cx, to + 1, '-') && super::glued(cx, to + 1) && super::glued(cx, date)) {
        return None;
    }
    let s = cx.published.and_then(|p| span(period_span(p, Unit::Year, 0).map(|y| y.start), Some(p)));
    found_date(date + 1, s, Facts::relative(Granularity::PartOfYear))
}

/// "last June" is the most recent June before the publication month, "next June" the first
/// after it, "this June" the one in the publication year.
fn month_relative(p: NaiveDate, m: u32, toward: Toward) -> Option<super::Span> {
    let y = p.year();
    let y = match toward {
        Toward::Past if m >= p.month() => y - 1,
        Toward::Future if m <= p.month() => y + 1,
        Toward::Nearest => y,
        _ => y,
    };
    month_span(y, m)
}

/// "earlier this year" (January 1 to the publication day), "later this month" (the
/// publication day to the month's end), "earlier today".
fn earlier_later(cx: &Cx, i: usize, earlier: bool) -> Option<Found> {
    if ["today", "tonight"].contains(&cx.lc(i + 1)) {
        return day_from_pub(cx, 0, i + 2);
    }
    // "later in the year" reads as "later this year", unless a number names the year.
    let k = match (cx.lc(i + 1), cx.lc(i + 2)) {
        ("this", _) => i + 2,
        ("in", "the") if cx.tok(i + 4).is_none_or(|t| t.kind != super::TokKind::Num) => i + 3,
        _ => return None,
    };
    let u = unit_word(cx.lc(k))?;
    let gran = match u {
        Unit::Year => Granularity::PartOfYear,
        Unit::Month => Granularity::PartOfMonth,
        Unit::Week => Granularity::Week,
        _ => return None,
    };
    if cx.lc(k).ends_with('s') {
        return None;
    }
    let s = cx.published.and_then(|p| {
        let whole = period_span(p, u, 0)?;
        if earlier {
            span(Some(whole.start), Some(p))
        } else {
            span(Some(p), Some(whole.end))
        }
    });
    found_date(k + 1, s, Facts::relative(gran))
}

/// Words shortly before a weekday or a date without a year that put it in the future ("will
/// meet on Tuesday", "is expected to open in March"); the look-back stops at a sentence end.
pub(super) fn future_context(cx: &Cx, i: usize) -> bool {
    for back in 1..=6 {
        let Some(k) = i.checked_sub(back) else { break };
        let Some(t) = cx.tok(k) else { break };
        if t.is_punct('.') || t.is_punct(';') || t.is_punct('?') || t.is_punct('!') {
            break;
        }
        if has(List::Future, t.lc()) {
            return true;
        }
    }
    false
}

/// A weekday at `j` (the mention starts at `i`, maybe "last"/"this"/"next"). See the module
/// doc of `date` for the rule; without a publication date the value is unknown.
pub(super) fn weekday(cx: &Cx, i: usize, j: usize, wd: Weekday, toward: Toward) -> Option<Found> {
    if !cx.tok(j)?.capitalized(cx.src) {
        return None;
    }
    // "on a Monday" and "every Monday" name no particular day; "Black Friday" and "Super
    // Tuesday" are names of days, not the most recent Friday or Tuesday.
    if i == j && has(List::NoParticularDay, cx.lc(i.wrapping_sub(1))) {
        return None;
    }
    let s = cx.published.and_then(|p| {
        let back = i64::from((7 + p.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7);
        let fwd = (7 - back) % 7;
        let d = match toward {
            Toward::Past => add_days(p, -(if back == 0 { 7 } else { back })),
            Toward::Future => add_days(p, if fwd == 0 { 7 } else { fwd }),
            // "cancelled for Friday", "postponed until Monday": the day is still to come.
            Toward::Nearest
                if future_context(cx, i) || (i > 0 && ["for", "until", "till"].contains(&cx.lc(i - 1))) =>
            {
                add_days(p, fwd)
            }
            Toward::Nearest => add_days(p, -back),
        }?;
        Some(day_span(d))
    });
    found_date(j + 1, s, Facts::relative(Granularity::Day))
}

/// "ago" two to four tokens after `i`: the cheap test before "two weeks ago" is read.
#[inline]
pub(super) fn ago_ahead(cx: &Cx, i: usize) -> bool {
    let is_ago = |k: usize| cx.tok(k).is_some_and(|t| t.len() == 3 && t.lc() == "ago");
    is_ago(i + 2) || is_ago(i + 3) || is_ago(i + 4)
}

/// "two weeks ago", "3 days ago", "a year ago". Cheap to reject: "ago" must be two or three
/// tokens ahead before any number is read.
pub(super) fn ago(cx: &Cx, i: usize) -> Option<Found> {
    if !ago_ahead(cx, i) {
        return None;
    }
    let (n, k) = if ["a", "an", "one"].contains(&cx.lc(i)) { (1.0, i + 1) } else { cardinal_at(cx, i)? };
    if n.fract() != 0.0 || !(1.0..=1000.0).contains(&n) {
        return None;
    }
    let u = unit_word(cx.lc(k))?;
    if cx.lc(k + 1) != "ago" {
        return None;
    }
    let n = n as i32;
    let s = cx.published.and_then(|p| match u {
        Unit::Day => add_days(p, -i64::from(n)).map(day_span),
        Unit::Week => period_span(add_days(p, -7 * i64::from(n))?, Unit::Week, 0),
        _ => period_span(p, u, -n),
    });
    found_date(k + 2, s, Facts::relative(unit_gran(u)))
}

/// A count of periods after "next" or "last": "3", "two", "twenty-one", "a couple of" (2).
fn count_at(cx: &Cx, j: usize) -> Option<(u32, usize)> {
    let t = cx.tok(j)?;
    if t.kind == super::super::tokenize::TokKind::Num {
        let (n, len) = super::int_at(cx, j)?;
        return (len <= 3).then_some((n, j + 1));
    }
    let w = cx.lc(j);
    if w == "couple" {
        return Some((2, if cx.lc(j + 1) == "of" { j + 2 } else { j + 1 }));
    }
    if let Some(v) = small(w) {
        return Some((v as u32, j + 1));
    }
    let tv = tens(w)?;
    let k = if super::punct(cx, j + 1, '-') && super::glued(cx, j + 1) { j + 2 } else { j + 1 };
    match small(cx.lc(k)).filter(|v| *v < 10.0 && *v >= 1.0) {
        Some(v) => Some(((tv + v) as u32, k + 1)),
        None => Some((tv as u32, j + 1)),
    }
}

/// "the next 3 days", "last 2 quarters", "the past three weeks", "the coming two years":
/// whole calendar periods next to the current one. "next N days" are the N days after the
/// publication day, "last N weeks" the N Monday–Sunday weeks before the current week, and so
/// on. "previous"/"following" count from a time the story sets and carry no value.
fn counted(cx: &Cx, i: usize, w: &str) -> Option<Found> {
    let back = match w {
        "last" | "past" | "previous" => true,
        "next" | "coming" | "following" => false,
        _ => return None,
    };
    let (n, k) = count_at(cx, i + 1)?;
    let unit = cx.lc(k);
    let u = unit_word(unit)?;
    // "the next three quarters of a mile" is a distance.
    if !(2..=100).contains(&n) || !unit.ends_with('s') || cx.lc(k + 1) == "of" {
        return None;
    }
    let n = n as i32;
    let s = if ["previous", "following"].contains(&w) {
        None
    } else {
        cx.published.and_then(|p| {
            let (a, b) = if back { (-n, -1) } else { (1, n) };
            span(period_span(p, u, a).map(|s| s.start), period_span(p, u, b).map(|s| s.end))
        })
    };
    found_date(k + 1, s, Facts::relative(unit_gran(u)))
}

/// "Wednesday" after "next week" at `k` (same case rules as a bare weekday).
fn weekday_after_week(cx: &Cx, k: usize, delta: i32) -> Option<Found> {
    let wd = weekday_word(kw(cx, k).as_str())?;
    if !cx.tok(k)?.capitalized(cx.src) {
        return None;
    }
    let s = cx.published.and_then(|p| day_in_week(p, delta, wd));
    found_date(k + 1, s, Facts::relative(Granularity::Day))
}

/// The weekday `wd` in the week `delta` weeks from the publication day's week.
fn day_in_week(p: NaiveDate, delta: i32, wd: Weekday) -> Option<super::Span> {
    let week = period_span(p, Unit::Week, delta)?;
    add_days(week.start, i64::from(wd.num_days_from_monday())).map(day_span)
}

/// "Tuesday of last week", "Monday of next week", "Friday of this week", "Monday of the
/// following week" (no value: the story sets that week) with the weekday at `i`.
pub(super) fn weekday_of_week(cx: &Cx, i: usize, wd: Weekday) -> Option<Found> {
    if cx.lc(i + 1) != "of" {
        return None;
    }
    let mut k = i + 2;
    if cx.lc(k) == "the" {
        k += 1;
    }
    let delta = match cx.lc(k) {
        "last" => Some(-1),
        "this" => Some(0),
        "next" => Some(1),
        "previous" | "following" => None,
        _ => return None,
    };
    if cx.lc(k + 1) != "week" || (cx.lc(k) == "last" && k == i + 3) {
        return None;
    }
    let s = delta.and_then(|d| cx.published.and_then(|p| day_in_week(p, d, wd)));
    found_date(k + 2, s, Facts::relative(Granularity::Day))
}

/// A unit of time and "after", "before" or "from" one to three tokens after `i`: the cheap test
/// before "three days after Christmas" is read.
#[inline]
pub(super) fn shift_ahead(cx: &Cx, i: usize) -> bool {
    (2..=4)
        .any(|d| matches!(cx.lc(i + d), "after" | "before" | "from") && unit_word(cx.lc(i + d - 1)).is_some())
}

/// "three days after Christmas", "2 weeks before May 13 1999", "two days from today", "the day
/// after Christmas": the day that many days, weeks, months or years from a day named right
/// after. Only a day is shifted ("two years after 2015" and "a week after the vote" are not
/// dates), and the result keeps what the named day knew of its year. Not after "for" ("strike
/// for three days from next Monday" is a length of time), nor when the named day belongs to an
/// event ("a day after Thursday's earthquake": the day of the earthquake is the fact).
pub(super) fn shifted(cx: &Cx, i: usize) -> Option<Found> {
    if !shift_ahead(cx, i) || i > 0 && ["for", "over", "within"].contains(&cx.lc(i - 1)) {
        return None;
    }
    let (n, k) =
        if ["a", "an", "one", "the"].contains(&cx.lc(i)) { (1.0, i + 1) } else { cardinal_at(cx, i)? };
    if n.fract() != 0.0 || !(1.0..=1000.0).contains(&n) {
        return None;
    }
    let u = unit_word(cx.lc(k))?;
    let sign = match cx.lc(k + 1) {
        "after" | "from" => 1,
        "before" => -1,
        _ => return None,
    };
    if cx.lc(i) == "the" && u != Unit::Day {
        return None;
    }
    let (m, next) = super::parse_at(cx, k + 2)?;
    let last = cx.text(next - 1);
    if last.ends_with("'s") || last.ends_with("\u{2019}s") {
        return None;
    }
    let info = m.date.filter(|d| d.granularity == Granularity::Day && !d.ambiguous)?;
    let n = sign * n as i32;
    let s = match m.value {
        Some(super::super::mention::Value::Date { start, .. }) => Some(match u {
            Unit::Day => add_days(start, i64::from(n))?,
            Unit::Week => add_days(start, 7 * i64::from(n))?,
            Unit::Month => super::shift_months(start, n)?,
            Unit::Quarter => super::shift_months(start, 3 * n)?,
            Unit::Year => super::shift_years(start, n)?,
        }),
        _ => None,
    };
    let f = Facts { relative: info.relative, ..Facts::new(Granularity::Day, info.year_stated) };
    found_date(next, s.map(day_span), f)
}
