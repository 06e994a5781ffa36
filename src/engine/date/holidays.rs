//! Holidays that name one day: fixed dates ("Christmas Eve", "New Year's Day", "Halloween")
//! and movable ones reckoned from Easter or from a weekday of a month ("Good Friday",
//! "Thanksgiving", "Memorial Day"), with a year written, relative ("last Easter") or inferred.

use chrono::{Datelike, NaiveDate, Weekday};

use super::super::mention::{Cx, Granularity};
use super::super::words::{words, List};
use super::calendar::month_year;
use super::periods::{year_target, YearRef};
use super::{add_days, day_span, days_until, found_date, infer_year, kw, ymd, Facts, Found, Toward};

/// How a holiday's day is found in a given year.
#[derive(Clone, Copy)]
pub(super) enum Rule {
    /// Month and day.
    Fixed(u8, u8),
    /// Days from Easter Sunday.
    Easter(i8),
    /// The `n`th (0 = the last) weekday of a month, then days added ("Black Friday" is the day
    /// after the fourth Thursday of November).
    Nth(u8, Weekday, u8, i8),
}

/// The names, in the order of [`RULES`]: up to three words with possessives
/// dropped ("New Year's Day" is "new year day"); a leading "^" says the first word must be
/// capitalized because it is an ordinary word too ("a good Friday for markets"). A name is a
/// day only as `dated` says. "Labor Day" is the United States' (the first Monday of
/// September); "Labour Day" is left out, as it is May 1 in most countries and a September
/// Monday in Canada. "Independence Day" is left out for the same reason; "the Fourth of July"
/// is read, and so are only the holidays news dates events by (not Palm Sunday, Cyber Monday
/// or Columbus Day), for the page's budget. The names are the `holidays` list of
/// `data/words.txt`, which the page fetches, so they cost its module nothing.
fn names() -> &'static [&'static str] {
    words(List::Holidays)
}

const THANKSGIVING: Rule = Rule::Nth(11, Weekday::Thu, 4, 0);

#[rustfmt::skip]
const RULES: [Rule; 24] = [
    Rule::Fixed(12, 24), Rule::Fixed(12, 25), Rule::Fixed(12, 25), Rule::Fixed(12, 31), Rule::Fixed(1, 1),
    Rule::Fixed(12, 26), Rule::Fixed(10, 31), Rule::Fixed(2, 14), Rule::Fixed(6, 19), Rule::Fixed(7, 4),
    Rule::Fixed(11, 11), Rule::Fixed(7, 14), Rule::Fixed(7, 1), Rule::Fixed(1, 26), Rule::Fixed(4, 25),
    Rule::Easter(0), Rule::Easter(1), Rule::Easter(0), Rule::Easter(-2), THANKSGIVING, THANKSGIVING,
    Rule::Nth(11, Weekday::Thu, 4, 1), Rule::Nth(5, Weekday::Mon, 0, 0), Rule::Nth(9, Weekday::Mon, 1, 0),
];
/// Whether `w` (lower case) begins a holiday's name: a `match`, which compiles to a few
/// comparisons, since the date reader asks it of many words. `names_begin_with_first_words`
/// (below) holds it to [`names`].
pub(super) fn first_word(w: &str) -> bool {
    matches!(
        w,
        "christmas"
            | "new"
            | "boxing"
            | "halloween"
            | "valentine"
            | "juneteenth"
            | "fourth"
            | "veterans"
            | "bastille"
            | "canada"
            | "australia"
            | "anzac"
            | "easter"
            | "good"
            | "thanksgiving"
            | "black"
            | "memorial"
            | "labor"
    )
}

/// Easter Sunday of year `y` in the Gregorian calendar (the anonymous algorithm of 1876).
fn easter(y: i32) -> Option<NaiveDate> {
    let (a, b, c) = (y.rem_euclid(19), y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    ymd(y, (n / 31) as u32, (n % 31 + 1) as u32)
}

impl Rule {
    /// The holiday's day in year `y`.
    fn day(self, y: i32) -> Option<NaiveDate> {
        match self {
            Rule::Fixed(m, d) => ymd(y, m.into(), d.into()),
            Rule::Easter(off) => add_days(easter(y)?, off.into()),
            Rule::Nth(m, wd, n, off) => {
                let m = u32::from(m);
                let first = ymd(y, m, 1)?;
                let mut day = add_days(first, days_until(first, wd))?;
                if n == 0 {
                    while add_days(day, 7)?.month() == m {
                        day = add_days(day, 7)?;
                    }
                } else {
                    day = add_days(day, 7 * i64::from(n - 1))?;
                }
                add_days(day, off.into())
            }
        }
    }

    /// The month to infer a missing year from (Easter is read as an April holiday).
    fn month(self) -> u32 {
        match self {
            Rule::Fixed(m, _) | Rule::Nth(m, ..) => m.into(),
            Rule::Easter(_) => 4,
        }
    }
}

/// The holiday whose name starts at `j`: its rule and the token after the name.
fn name_at(cx: &Cx, j: usize) -> Option<(Rule, usize)> {
    if !first_word(kw(cx, j).as_str()) {
        return None;
    }
    let capital = cx.tok(j)?.capitalized(cx.src);
    names().iter().zip(RULES).find_map(|(name, rule)| {
        let caps = name.starts_with('^');
        let mut next = j;
        for w in name.trim_start_matches('^').split(' ') {
            if kw(cx, next).as_str() != w {
                return None;
            }
            next += 1;
        }
        (capital || !caps).then_some((rule, next))
    })
}

/// Whether a holiday's name at `i` (ending before `next`) names the day rather than modifying
/// a noun ("Christmas shopping", "Black Friday sales", "the Good Friday Agreement"): a word
/// before it puts it in time ("on", "over", "before" …), or no word follows but "at" or a part
/// of the day.
fn dated(cx: &Cx, i: usize, next: usize) -> bool {
    const BEFORE: &[&str] =
        &["on", "at", "over", "before", "after", "since", "until", "till", "by", "during", "around", "ahead"];
    i > 0 && BEFORE.contains(&cx.lc(i - 1))
        || cx.tok(next).is_none_or(|t| match t.kind {
            super::TokKind::Punct => !t.is_punct('-'),
            super::TokKind::Num => true,
            super::TokKind::Word => ["at", "morning", "afternoon", "evening", "night"].contains(&t.lc()),
        })
}

/// A holiday at `i`, with a year after it ("Easter 2018", "Christmas Day, 2019", "Easter of
/// last year") or without one (inferred as for a month without a year).
pub(super) fn at(cx: &Cx, i: usize) -> Option<Found> {
    let (rule, k) = name_at(cx, i)?;
    let year = month_year(cx, k).map(|(y, n)| (YearRef::Stated(y), n)).or_else(|| year_target(cx, k));
    let (y, next, f) = match year {
        Some((YearRef::Stated(y), n)) => (Some(y), n, Facts::new(Granularity::Day, true)),
        Some((YearRef::Rel(d), n)) => {
            (cx.published.map(|p| p.year() + d), n, Facts::relative(Granularity::Day))
        }
        None if !dated(cx, i, k) => return None,
        None => (cx.published.map(|p| infer_year(p, rule.month())), k, Facts::new(Granularity::Day, false)),
    };
    found_date(next, y.and_then(|y| rule.day(y)).map(day_span), f)
}

/// "last Christmas", "next Easter", "this Thanksgiving" with the holiday at `j`: the latest one
/// before the publication day, the first one after it, or the one in the publication year.
pub(super) fn relative(cx: &Cx, j: usize, toward: Toward) -> Option<Found> {
    let (rule, next) = name_at(cx, j)?;
    let s = cx.published.and_then(|p| {
        let y = p.year();
        match toward {
            Toward::Nearest => rule.day(y),
            Toward::Past => [y, y - 1].into_iter().filter_map(|y| rule.day(y)).find(|d| *d < p),
            Toward::Future => [y, y + 1].into_iter().filter_map(|y| rule.day(y)).find(|d| *d > p),
        }
    });
    found_date(next, s.map(day_span), Facts::relative(Granularity::Day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_begin_with_first_words() {
        for name in names() {
            let first = name.trim_start_matches('^').split(' ').next().unwrap_or("");
            assert!(first_word(first), "{first} begins a holiday's name but first_word does not know it");
            // The date reader's quick test must let the word through too (`KEYWORDS`).
            assert!(
                super::super::keyword_shape(first.as_bytes()),
                "{first} is missing from the date KEYWORDS"
            );
        }
        assert_eq!(names().len(), RULES.len());
    }
}
