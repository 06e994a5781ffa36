//! Days of the month told without their month beside them: a list of days before or after one
//! month name ("1 and 2 February", "May 3 and 4"), a day alone after "on" ("on the 18th"), and
//! a weekday with its day ("Friday the 13th"), each read against the month or the publication
//! day it leans on.

use chrono::Datelike;

use super::super::mention::{Cx, Granularity};
use super::super::number::ordinal_at;
use super::calendar::{
    comma_year, day_at, day_ends, day_point, month_at, month_point, resolve, valid_day, Point,
};
use super::{day_span, found_date, glued, kw, month_word, punct, ymd, Facts, Found};

/// The links of a list of days: a comma, "and", "or" or "&".
fn list_link(cx: &Cx, k: usize) -> bool {
    punct(cx, k, ',') || ends_list(cx, k)
}

/// The longest list of days this reader follows: a week's.
const LIST_DAYS: usize = 7;

/// "1 and 2 February", "3, 4 and 5 May 2026", "the 1st and 2nd of July", "12/13 July": a day
/// listed before a later day of the month named after the list, read as that month's day (and
/// year). The days must rise, so "3 and 1 May" stays a count.
pub(super) fn listed_before_month(cx: &Cx, i: usize) -> Option<Found> {
    let (d1, k) = day_at(cx, i)?;
    let (mut last, mut j) = (d1, k);
    // "12/13 July": two days joined by a slash, the night of a festival or a weekend.
    let slash = punct(cx, k, '/') && glued(cx, k) && glued(cx, k + 1);
    for _ in 0..LIST_DAYS {
        if !(list_link(cx, j) || slash && j == k) {
            return None;
        }
        // An Oxford comma: "3, 4, and 5 May".
        let next = if punct(cx, j, ',') && ["and", "or"].contains(&cx.lc(j + 1)) { j + 2 } else { j + 1 };
        let (d, after) = day_at(cx, next)?;
        if d <= last {
            return None;
        }
        if let Some((Point::Md { m, y, .. }, _)) = day_point(cx, next) {
            return valid_day(m, d1).then(|| resolve(cx, Point::Md { m, d: Some(d1), y }, k)).flatten();
        }
        (last, j) = (d, after);
    }
    None
}

/// "May 3 and 4", "Feb. 1, 2 and 3": a day listed after a month-first date, read as that
/// month's day. The list must end with "and" or "or", the days must rise, and its last day
/// must not run into a word that makes it a count, so "on June 3, 4 people died" and "May 3
/// and 4 people" keep their counts.
pub(super) fn listed_after_month(cx: &Cx, i: usize) -> Option<Found> {
    let (d, k) = day_at(cx, i).filter(|(_, k)| *k == i + 1)?;
    let m = list_month(cx, i, d)?;
    // The list's last day, which must follow "and" or "or": this one, or one further on.
    let (j, closed) = if i > 0 && ends_list(cx, i - 1) { (k, true) } else { list_end(cx, k, d) };
    const FREE: [&str; 11] =
        ["at", "in", "when", "as", "after", "before", "with", "from", "to", "until", "respectively"];
    let free = day_ends(cx, j, &FREE) && !punct(cx, j, '%');
    if !closed || !free || !valid_day(m, d) {
        return None;
    }
    // A year after the list's last day is every listed day's ("May 3 and 4, 2024").
    let (y, next) = match comma_year(cx, j) {
        Some((y, n)) if j == k => (Some(y), n),
        Some((y, _)) => (Some(y), k),
        None => (None, k),
    };
    resolve(cx, Point::Md { m, d: Some(d), y }, next)
}

/// The year written after a list of days that starts with the day `d` ending at `k` ("May 3
/// and 4, 2024" gives May 3 its year).
pub(super) fn list_year(cx: &Cx, k: usize, d: u32) -> Option<i32> {
    let (end, closed) = list_end(cx, k, d);
    closed.then(|| comma_year(cx, end)).flatten().map(|(y, _)| y)
}

/// Where a month-first list of rising bare days that goes on after the day `d` ending at `k`
/// ends, and whether its last day follows "and" or "or" ("May 3, 4 and 5": after the 5, true).
fn list_end(cx: &Cx, k: usize, d: u32) -> (usize, bool) {
    let (mut last, mut j) = (d, k);
    for _ in 0..LIST_DAYS {
        if !list_link(cx, j) {
            break;
        }
        let next = if punct(cx, j, ',') && ends_list(cx, j + 1) { j + 2 } else { j + 1 };
        let Some((later, after)) = day_at(cx, next).filter(|(day, a)| *a == next + 1 && *day > last) else {
            break;
        };
        if ends_list(cx, next - 1) {
            return (after, true);
        }
        (last, j) = (later, after);
    }
    (j, false)
}

/// "and", "or" or "&": the link before a list's last item.
fn ends_list(cx: &Cx, j: usize) -> bool {
    ["and", "or"].contains(&cx.lc(j)) || punct(cx, j, '&')
}

/// The month of a month-first list of days that the day `d` at `i` belongs to: walking back
/// over rising days joined by list links to the month name before the first ("May 3 and 4",
/// "Feb. 1, 2 and 3").
fn list_month(cx: &Cx, i: usize, d: u32) -> Option<u32> {
    let (mut later, mut j) = (d, i.checked_sub(1)?);
    for _ in 0..LIST_DAYS {
        if !list_link(cx, j) {
            return None;
        }
        // An Oxford comma: "3, 4, and 5".
        let before = if punct(cx, j.checked_sub(1)?, ',') && !punct(cx, j, ',') { j - 2 } else { j - 1 };
        let (prev, _) = day_at(cx, before).filter(|(day, a)| *a == before + 1 && *day < later)?;
        let start = before.checked_sub(1)?;
        // The month right before the first day ("May 3", or "Feb. 1" with its period).
        let month = [start, start.wrapping_sub(1)]
            .into_iter()
            .find_map(|s| month_at(cx, s).filter(|(_, a, _)| *a == before));
        if let Some((m, ..)) = month {
            return Some(m);
        }
        (later, j) = (prev, start);
    }
    None
}

/// "on the 18th": a day of the month alone, after "on", "by", "until", "since", "before" or
/// "after" and not followed by a word ("the 18th century", "the 4th round") other than "at".
/// When a month is named earlier in the sentence it is that month's 18th (in that date's year
/// if written, else inferred as for "March 18"); otherwise it is the latest 18th not after the publication day (this
/// month's or the previous month's; a month without that day is skipped), or with a future
/// word before it the first 18th from the publication day on. Without a publication date it
/// is unresolved.
pub(super) fn day_of_month(cx: &Cx, i: usize, d: u32, k: usize) -> Option<Found> {
    if i == 0 || !["on", "by", "until", "till", "since", "before", "after"].contains(&cx.lc(i - 1)) {
        return None;
    }
    if !day_ends(cx, k, &["at"]) {
        return None;
    }
    if let Some((m, y)) = month_earlier_in_sentence(cx, i) {
        if !valid_day(m, d) {
            return None;
        }
        return resolve(cx, Point::Md { m, d: Some(d), y }, k);
    }
    let future = super::relative::future_context(cx, i);
    let s = cx.published.and_then(|p| {
        let (mut y, mut m) = (p.year(), p.month());
        for _ in 0..3 {
            if let Some(day) = ymd(y, m, d) {
                if future && day >= p || !future && day <= p {
                    return Some(day_span(day));
                }
            }
            (y, m) = super::shift_month(y, m, if future { 1 } else { -1 });
        }
        None
    });
    found_date(k, s, Facts::relative(Granularity::Day))
}

/// A month named earlier in the same sentence ("talks began on March 3 and collapsed on the
/// 18th") and its year if written, looking back at most 30 tokens.
fn month_earlier_in_sentence(cx: &Cx, i: usize) -> Option<(u32, Option<i32>)> {
    for back in 1..=30 {
        let k = i.checked_sub(back)?;
        let t = cx.tok(k)?;
        // A period ends the sentence unless it closes a month abbreviation ("Jan. 5").
        let abbreviation = k > 0 && month_word(kw(cx, k - 1).as_str()).is_some_and(|(_, full)| !full);
        if t.is_punct('.') && !abbreviation || t.is_punct(';') || t.is_punct('?') || t.is_punct('!') {
            return None;
        }
        if t.kind == super::TokKind::Word {
            if let Some((Point::Md { m, y, .. }, _)) = month_point(cx, k) {
                return Some((m, y));
            }
        }
        if t.newline_before {
            return None;
        }
    }
    None
}

/// "Friday the 13th", "tuesday the eleventh", "Wednesday the thirty first", "Sunday 31.": the
/// day of the month nearest the publication day (within 14 months either way) that falls on that
/// weekday, or with a future word before it the first one from the publication day on. Not
/// before a hyphen, a slash or a word other than "at" ("Sunday the 4th round"); a month
/// after it ("Friday the 13th of June") is read by [`after_weekday`]. Without "the" the day is
/// in digits, capitalized, and a bare number ("Sunday 31") only before punctuation or the end,
/// since "on Friday 13 people were hurt" counts people.
pub(super) fn weekday_the_day(cx: &Cx, i: usize, wd: chrono::Weekday) -> Option<Found> {
    let the = cx.lc(i + 1) == "the";
    let j = if the { i + 1 } else { i };
    let (d, k) = match cx.tok(j + 1)?.kind {
        super::TokKind::Num => day_at(cx, j + 1).filter(|(_, k)| *k == j + 3 || !the)?,
        _ if the => ordinal_at(cx, j + 1)?,
        _ => return None,
    };
    if !the
        && (!cx.tok(i)?.capitalized(cx.src)
            || k == j + 2 && cx.tok(k).is_some_and(|t| t.kind != super::TokKind::Punct && !t.is_word("at")))
    {
        return None;
    }
    if !(1..=31).contains(&d) {
        return None;
    }
    if let Some(t) = cx.tok(k) {
        let ok = match t.kind {
            super::TokKind::Word => t.is_word("at") || t.is_word("around"),
            super::TokKind::Punct => !(t.is_punct('-') || t.is_punct('/')),
            super::TokKind::Num => true,
        };
        if !ok {
            return None;
        }
    }
    let future = super::relative::future_context(cx, i);
    let s = cx.published.and_then(|p| {
        let mut best: Option<chrono::NaiveDate> = None;
        for delta in -14..=14 {
            let (y, m) = super::shift_month(p.year(), p.month(), delta);
            let Some(day) = ymd(y, m, d) else { continue };
            if day.weekday() != wd || future && day < p {
                continue;
            }
            let dist = |x: chrono::NaiveDate| (x - p).num_days().abs();
            if best.is_none_or(|b| dist(day) < dist(b)) {
                best = Some(day);
            }
        }
        best.map(day_span)
    });
    found_date(k, s, Facts::relative(Granularity::Day))
}
