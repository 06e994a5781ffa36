//! Dates and times of day: full dates, months, years, quarters, parts of periods, seasons,
//! weekdays and relative expressions, each resolved to an inclusive interval of days against
//! the article's publication date; times of day become minutes after midnight.
//!
//! Conventions (the same list is in `docs/dates.md`):
//! - **Missing year.** A date without a year takes the year that puts its first month in the
//!   twelve months from 8 months before to 3 months after the publication month (news mostly
//!   looks back). When "will", "next", "expected", "scheduled", "plans" or a similar word comes
//!   within six tokens before it in the same sentence and that reading ended before the
//!   publication month, it moves a year ahead. `year_stated` is false; without a publication
//!   date the value is unknown (`None`) but the mention is still reported.
//! - **Parts.** Of a month: early = days 1–10, mid = 11–20, late = 21–end. Of a year:
//!   early = January–April, mid = May–August, late = September–December. "The beginning /
//!   start of", "the middle of" and "the end of" read as early, mid and late ("the end of
//!   March" is March 21–31, "the end of the year" September–December of the publication year).
//! - **Seasons** are northern-hemisphere meteorological: spring March–May, summer June–August,
//!   autumn/fall September–November, winter December to the end of February; "winter 2024"
//!   starts in December 2024. "this summer" is the one containing the publication day or the
//!   next; "last winter" the latest that ended before it; "next spring" the first after it.
//! - **Weekdays.** A bare weekday is the publication day or the most recent such day before
//!   it; with a future word before it (as for a missing year) it is the publication day or the
//!   next one after. "last Friday" is strictly before, "next Friday" strictly after, "this
//!   Friday" is read like a bare weekday. "on a Monday", "every Monday" and named days
//!   ("Black Friday", "Super Tuesday") are not dates. "Tuesday of last week" and "next week
//!   Wednesday" are that day of that week; "Friday the 13th" is the nearest 13th that is a
//!   Friday (the first from publication on with a future word); so is "Sunday 31." (a bare day
//!   number only before punctuation or "at"). Holidays ("Christmas Eve", "Easter 2018", "last
//!   Thanksgiving") are days (`holidays`). A short weekday ("Sat", "Tue.") only joins a day
//!   and month after it ("Sat 18 Jan"); alone it is another word as often as not. "3 days
//!   after January 12th" and "two days from today" shift the named day; "the first week of
//!   March" is the week holding its first Thursday.
//! - **Relative periods.** Weeks run Monday–Sunday; months, quarters and years are calendar
//!   periods. "last/this/next week|month|quarter|year" shift by one; "last June" is the latest
//!   June before the publication month, "next March" the first after it. "N days ago" is one
//!   day; "N weeks/months/years ago" the calendar week, month or year containing the day that
//!   far back. "earlier this year|month|week" runs from the period's start to the publication
//!   day, "later this …" from it to the period's end. "last night", "tonight" and "this
//!   morning" are days. "the last year" and "the past month" are durations and not claimed.
//!   "current"/"coming" + a singular unit are this/next period; "previous"/"following" + unit
//!   count from the story's time, so they carry no value. "year to date" runs from January 1
//!   to the publication day. Counted periods ("the last 2 quarters", "the next 3 days", "the
//!   past three weeks") are the whole periods before or after the current one (a count of 2
//!   to 100, no value after "previous"/"following"). "between now and November 15th" and
//!   "between Jan 22 and now" run from or to the publication day.
//! - **Day of month alone.** "on the 18th" (after "on", "by", "until", "since", "before",
//!   "after"; not followed by a word but "at") is the 18th of a month named earlier in the
//!   sentence, else the latest 18th not after publication (this
//!   month's or an earlier one's), or with a future word the first from publication on.
//! - **Numbers.** "2026-06-06" is ISO. Slashed dates read month/day/year (US) and are flagged
//!   ambiguous when the day-first reading is also valid and differs (6/7/2026); when only
//!   day-first is valid (25/12/2026) it is used. Two-digit years are 2000–2069 or 1970–1999.
//!   Slashes without a year are dates only after a time word ("on 22/04", "Friday 5/12") or
//!   as a range ("from 10/1 to 11/7"); "24/7", "9/11", "by 2/3" and small fractions are not.
//!   "03-12-2026" and "03.12.2026" (four-digit year) read day first, ambiguous when month first
//!   is also valid and differs; only-month-first ("12-25-2026") is used as such.
//!   "Feb 29" without a year is in the nearest leap year. "Sep-23-2020", "2019-aug-01",
//!   "23/Sep/2020" are days; a qualifier before a date or time is left out of its span. "2026-06" and "12/2027" are months;
//!   "Dec-2018", "Dec/2018" are months and "05-Aug-2016", "Oct/2" days. "2017-q1", "2017 Q1"
//!   are quarters.
//!   Quarters and halves are "Q1 2026", "H2", "first-quarter", "the second half of 2025"; a
//!   bare "first half" (of a game) needs a year or the hyphen, "1st quarter" and "q3" a year.
//! - **Years.** A bare four-digit integer from 1900 to 2100 is a year unless glued to a code
//!   ("COVID-2019", "555-2026"); after a month and day any year from 1800 to 2100 is accepted.
//!   "2019-2021", "2019-21", "2025/26" (consecutive years only), "from 2010 to 2015" and
//!   "between 2019 and 2021" are ranges of years. Decades are "the 1990s", "1990's", "the '90s"; "the 1900s" (as often a century)
//!   is not claimed. Counts such as "2000 people" are settled by the mention driver.
//! - **Month names** may be lower case except "may", "march" and "mar". A month alone must be
//!   the full name and, unless a context word precedes it ("in", "since", "by" …), must not
//!   touch a capitalized word ("Theresa May", "August Wilson"); "May" and any lower-case month
//!   alone always need the context word. "2017 april" puts the year first; "October, 1st"
//!   needs the ordinal suffix; "February twenty second" takes an ordinal word as the day.
//! - **Ranges** with two endpoints ("June 6-8", "Dec. 28 - Jan. 3, 2026", "from March to May",
//!   "9 a.m. to 5 p.m.") are one mention with qualifier `Range`; a year written on one end
//!   applies to both, and a start later in the year than the end belongs to the year before.
//!   A leading "from" or "between" is part of the span; without its second end it is not.
//!   Two dates of different forms joined so are one range too (`scan::join_dates`).
//!   "between 3 and 12 of Sept" is a day range.
//! - **Weeks.** "the week of June 6" and "the week beginning/starting/commencing February 4"
//!   are the Monday–Sunday week containing that day; "the week 31" and "the
//!   week 10 of 2019" are ISO weeks (of the publication year when none is written, and then
//!   only when no word follows: "the week 10 game" is a season's week).
//! - **Times** are minutes after midnight: "9:30 a.m.", "9:30am", "9 p.m.", "9.30pm", "21:00",
//!   "noon", "midnight", "7 o'clock", "0930 GMT", "1140 a.m."; seconds are a fraction of a
//!   minute. In words: "half past seven", "a quarter to eight", "10 past 9", "20 min past
//!   eight", with "in the morning/afternoon/evening" or "at night" setting a.m. or p.m., as
//!   they do after a clock time ("10:15 at night") and after a bare hour that follows a word
//!   of time ("at 3 in the morning"). Otherwise a clock time without a.m./p.m. ("4:30") is
//!   read as 24-hour. A zone ("ET", "GMT", "Eastern time", "local time") is part of the span but does not change the value; verdicts compare
//!   zones (`compare::time_zones`). "22.10" with a point is a
//!   24-hour time only before a zone, "local time" or "hrs", or after "at" (not after a price
//!   verb, nor before a unit or counted noun); "USA Today" and like names are not "today". Bare hours make a range
//!   with a part of the day ("5 to seven in the morning", "from 3 in the morning until 5pm"). "9 to 11 a.m." borrows the second meridiem; a range that
//!   passes midnight ends past 1440.

// The date readers read the numbers inside dates (days, ordinals, "two weeks ago") with the
// number reader; the dependency is one way, since the number reader never calls a date reader:
// the scan (`scan.rs`) decides between a date and a figure, and answers the number reader's
// one question about dates (`number::DateAt`).
mod calendar;
mod days;
mod holidays;
mod numeric;
mod periods;
mod relative;
mod time;
pub(crate) use time::is_zone_name;

use chrono::{Datelike, NaiveDate, Weekday};

use super::lexicon::lookup;
use super::mention::{Cx, DateInfo, Granularity, Kind, Mention, Qualifier, Value};
use super::tokenize::{TokKind, Token};

/// Try to read a date or time starting at token `i`; returns the mention and the index of the
/// first token after it.
pub fn parse_at(cx: &Cx, i: usize) -> Option<(Mention, usize)> {
    let t = cx.tok(i)?;
    // The reject path: most tokens are ordinary words, turned away by a table look-up and a
    // glance at the next few tokens for "ago", before any parser runs.
    let candidate = match t.kind {
        TokKind::Num => true,
        TokKind::Word => {
            keyword_shape(t.text(cx.src).as_bytes())
                || relative::ago_ahead(cx, i)
                || relative::shift_ahead(cx, i)
                || time::past_ahead(cx, i)
        }
        TokKind::Punct => t.ch == '\'',
    };
    if candidate {
        parse_candidate(cx, i, t)
    } else {
        None
    }
}

/// The full parse of a token that passed the quick test.
#[inline(never)]
fn parse_candidate(cx: &Cx, i: usize, t: &Token) -> Option<(Mention, usize)> {
    let found = match t.kind {
        TokKind::Num => time::at_num(cx, i)
            .or_else(|| calendar::at_num(cx, i))
            .or_else(|| relative::ago(cx, i))
            .or_else(|| if time::past_ahead(cx, i) { time::words_at(cx, i) } else { None }),
        TokKind::Word => {
            if time::past_ahead(cx, i) {
                if let Some(f) = time::words_at(cx, i) {
                    return finish(cx, i, f);
                }
            }
            word_at(cx, i, t)
        }
        TokKind::Punct => numeric::apostrophe_decade(cx, i),
    };
    // "three days after Christmas" starts with a number, a number word or "the".
    finish(cx, i, found.or_else(|| relative::shifted(cx, i))?)
}

/// The mention for what a parser found at `i`.
fn finish(cx: &Cx, i: usize, found: Found) -> Option<(Mention, usize)> {
    if found.next <= i {
        return None;
    }
    let found = toward_future(cx, i, found);
    let mut m = Mention::new(cx.start(i), cx.end(found.next - 1), found.kind, found.value);
    // A time taken ("2:09:56") is a duration, in days as every duration is.
    if found.kind == Kind::Duration {
        m.unit = Some("day");
    }
    m.date = found.info;
    m.qualifier = found.qualifier;
    Some((m, found.next))
}

/// Every word that can start a date or time (besides the numbers of "two weeks ago").
#[rustfmt::skip]
const KEYWORDS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "the", "from", "between", "early", "mid", "late", "middle", "end", "beginning", "start", "q", "h", "fy",
    "first", "second", "third", "fourth", "spring", "summer", "autumn", "fall", "winter",
    "noon", "midday", "midnight", "yesterday", "today", "tomorrow", "tonight", "last", "this", "next",
    "earlier", "later", "current", "coming", "previous", "following", "year", "past",
    // The first words of holidays' names (`holidays::first_word`).
    "christmas", "new", "boxing", "halloween", "valentine", "juneteenth", "veterans", "bastille",
    "canada", "australia", "anzac", "easter", "good", "thanksgiving", "black", "memorial", "labor",
];

/// For each first letter, a bit per word length (1–31) that some keyword has, so most words
/// are rejected by one table look-up before any string comparison.
const KEYWORD_SHAPES: [u32; 26] = {
    let mut table = [0u32; 26];
    let mut k = 0;
    while k < KEYWORDS.len() {
        let w = KEYWORDS[k].as_bytes();
        table[(w[0] - b'a') as usize] |= 1 << w.len();
        k += 1;
    }
    table
};

/// Whether a word may be a keyword: its first letter and its length without a possessive
/// ("Tuesday's", or with a curly apostrophe) match some keyword's.
#[inline]
fn keyword_shape(text: &[u8]) -> bool {
    let Some(&first) = text.first() else { return false };
    let letter = first.to_ascii_lowercase().wrapping_sub(b'a');
    let Some(&lens) = KEYWORD_SHAPES.get(letter as usize) else { return false };
    let len = if text.ends_with(b"'s") {
        text.len() - 2
    } else if text.ends_with("\u{2019}s".as_bytes()) {
        text.len() - 4
    } else {
        text.len()
    };
    len < 32 && lens & (1 << len) != 0
}

/// A date whose year was inferred moves a year ahead when the sentence speaks of the future
/// ("will begin in September") and the inferred date ended before the publication month:
/// such a date is read in the twelve months from the publication month on.
fn toward_future(cx: &Cx, i: usize, mut found: Found) -> Found {
    let (Some(info), Some(Value::Date { start, end }), Some(p)) = (&found.info, &found.value, cx.published)
    else {
        return found;
    };
    if info.year_stated || info.relative {
        return found;
    }
    let month_start = ymd(p.year(), p.month(), 1).unwrap_or(p);
    if *end >= month_start || !relative::future_context(cx, i) {
        return found;
    }
    if let (Some(s), Some(e)) = (start.checked_add_months(chrono::Months::new(12)), shift_years(*end, 1)) {
        found.value = Some(Value::Date { start: s, end: e });
    }
    found
}

/// The first word decides which parser may apply, so ordinary words cost a table look-up.
// Inlined into its one caller, as the compiler chose while the number reader still called the
// date reader; left to the compiler now, it stays apart and the page grows 80 bytes gzipped.
#[inline(always)]
fn word_at(cx: &Cx, i: usize, t: &Token) -> Option<Found> {
    if !keyword_shape(t.text(cx.src).as_bytes()) {
        return relative::ago(cx, i);
    }
    let w = word_lc(cx, t)?;
    let w = w.as_str();
    if month_word(w).is_some() {
        return calendar::month_first(cx, i);
    }
    // "Sat 18 Jan", "Tue. 14 January": a weekday's short form only ever joins the date it
    // comes before; on its own "Sat", "Sun" or "Wed" is as likely another word.
    if SHORT_WEEKDAYS.contains(&w) {
        return calendar::after_weekday(cx, i, true);
    }
    if let Some(wd) = weekday_word(w) {
        return calendar::after_weekday(cx, i, false)
            .or_else(|| days::weekday_the_day(cx, i, wd))
            .or_else(|| relative::weekday_of_week(cx, i, wd))
            .or_else(|| relative::weekday(cx, i, i, wd, Toward::Nearest));
    }
    match w {
        "the" => calendar::after_the(cx, i),
        "from" | "between" => calendar::range_words(cx, i),
        "early" | "mid" | "late" | "middle" | "end" | "beginning" | "start" => periods::part(cx, i),
        "q" | "h" => periods::q_or_h(cx, i),
        "fy" => periods::fiscal_year(cx, i),
        "first" | "second" | "third" | "fourth" => {
            periods::ordinal_period(cx, i).or_else(|| holidays::at(cx, i))
        }
        "spring" | "summer" | "autumn" | "fall" | "winter" => periods::season(cx, i, i),
        "noon" | "midday" | "midnight" => time::at_word(cx, i),
        "yesterday" | "today" | "tomorrow" | "tonight" | "last" | "this" | "next" | "earlier" | "later"
        | "current" | "coming" | "previous" | "following" | "year" | "past" => relative::at_word(cx, i, w),
        _ if holidays::first_word(w) => holidays::at(cx, i),
        _ => relative::ago(cx, i),
    }
}

/// A small lower-cased copy of a word, with a possessive "'s" removed ("Tuesday's" → "tuesday").
/// Words the tokenizer did not lower-case (non-ASCII or long) are only tried when they end in a
/// curly possessive, the one non-ASCII form a keyword can take.
pub(super) fn word_lc(cx: &Cx, t: &Token) -> Option<Small> {
    let lc = t.lc();
    if !lc.is_empty() {
        let base = lc.strip_suffix("'s").unwrap_or(lc);
        return Small::new(base);
    }
    let text = t.text(cx.src);
    let base = text.strip_suffix("\u{2019}s")?;
    if base.len() > 9 || !base.is_ascii() {
        return None;
    }
    let mut s = Small::new(base)?;
    s.buf.iter_mut().for_each(|b| *b = b.to_ascii_lowercase());
    Some(s)
}

/// A short ASCII word on the stack, so keyword look-ups never allocate.
pub(super) struct Small {
    buf: [u8; 16],
    len: usize,
}

impl Small {
    fn new(s: &str) -> Option<Small> {
        let mut buf = [0u8; 16];
        buf.get_mut(..s.len())?.copy_from_slice(s.as_bytes());
        Some(Small { buf, len: s.len() })
    }

    pub(super) fn as_str(&self) -> &str {
        self.buf.get(..self.len).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("")
    }
}

/// The lower-cased word at `j` without a possessive, or "" for anything else (never a keyword).
pub(super) fn kw(cx: &Cx, j: usize) -> Small {
    cx.tok(j)
        .filter(|t| t.kind == TokKind::Word)
        .and_then(|t| word_lc(cx, t))
        .unwrap_or(Small { buf: [0; 16], len: 0 })
}

/// What a parser found: where it ends and what the mention carries.
pub(super) struct Found {
    pub next: usize,
    pub kind: Kind,
    pub value: Option<Value>,
    pub info: Option<DateInfo>,
    pub qualifier: Qualifier,
}

/// An inclusive interval of days.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Span {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// Facts that go with a date besides its interval.
#[derive(Clone, Copy)]
pub(super) struct Facts {
    pub gran: Granularity,
    pub year_stated: bool,
    pub ambiguous: bool,
    pub relative: bool,
    pub range: bool,
}

impl Facts {
    pub fn new(gran: Granularity, year_stated: bool) -> Facts {
        Facts { gran, year_stated, ambiguous: false, relative: false, range: false }
    }

    pub fn relative(gran: Granularity) -> Facts {
        Facts { gran, year_stated: false, ambiguous: false, relative: true, range: false }
    }
}

/// A date mention ending before token `next`.
pub(super) fn found_date(next: usize, span: Option<Span>, f: Facts) -> Option<Found> {
    Some(Found {
        next,
        kind: Kind::Date,
        value: span.map(|s| Value::Date { start: s.start, end: s.end }),
        info: Some(DateInfo {
            granularity: f.gran,
            year_stated: f.year_stated,
            ambiguous: f.ambiguous,
            relative: f.relative,
        }),
        qualifier: if f.range { Qualifier::Range } else { Qualifier::Exact },
    })
}

/// Which way a weekday or season points from the publication date.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Toward {
    /// The publication day (or period) itself or the nearest one in the direction the
    /// sentence implies.
    Nearest,
    /// Strictly before ("last Friday").
    Past,
    /// Strictly after ("next Friday").
    Future,
}

/// Early, mid or late part of a month or year.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Early,
    Mid,
    Late,
}

/// A word that joins the two ends of a range of dates or times ("June 6 to 8", "9am till
/// 5pm"); one list for every reader, so they all take the same words.
pub(super) fn range_word(w: &str) -> bool {
    ["to", "through", "thru", "until", "till"].contains(&w)
}

/// Month names and abbreviations: month number and whether the word is the full name.
pub(super) fn month_word(w: &str) -> Option<(u32, bool)> {
    lookup(
        &[
            ("january", (1, true)),
            ("february", (2, true)),
            ("march", (3, true)),
            ("april", (4, true)),
            ("may", (5, true)),
            ("june", (6, true)),
            ("july", (7, true)),
            ("august", (8, true)),
            ("september", (9, true)),
            ("october", (10, true)),
            ("november", (11, true)),
            ("december", (12, true)),
            ("jan", (1, false)),
            ("feb", (2, false)),
            ("mar", (3, false)),
            ("apr", (4, false)),
            ("jun", (6, false)),
            ("jul", (7, false)),
            ("aug", (8, false)),
            ("sep", (9, false)),
            ("sept", (9, false)),
            ("oct", (10, false)),
            ("nov", (11, false)),
            ("dec", (12, false)),
        ],
        w,
    )
}

/// Short forms of the weekdays, as datelines and listings write them before a date.
const SHORT_WEEKDAYS: [&str; 10] = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];

/// Whether a lower-case word names a weekday or a month ("friday", "june", "sept").
pub(crate) fn calendar_word(w: &str) -> bool {
    weekday_word(w).is_some() || month_word(w).is_some()
}

pub(super) fn weekday_word(w: &str) -> Option<Weekday> {
    lookup(
        &[
            ("monday", Weekday::Mon),
            ("tuesday", Weekday::Tue),
            ("wednesday", Weekday::Wed),
            ("thursday", Weekday::Thu),
            ("friday", Weekday::Fri),
            ("saturday", Weekday::Sat),
            ("sunday", Weekday::Sun),
        ],
        w,
    )
}

/// A calendar unit word, singular or plural.
pub(super) fn unit_word(w: &str) -> Option<Unit> {
    lookup(
        &[
            ("day", Unit::Day),
            ("days", Unit::Day),
            ("week", Unit::Week),
            ("weeks", Unit::Week),
            ("month", Unit::Month),
            ("months", Unit::Month),
            ("quarter", Unit::Quarter),
            ("quarters", Unit::Quarter),
            ("year", Unit::Year),
            ("years", Unit::Year),
        ],
        w,
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

pub(super) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// `d` moved by whole years; a month's last day stays its last day (February 28 and 29).
pub(crate) fn shift_years(d: NaiveDate, years: i32) -> Option<NaiveDate> {
    let moved = shift_months(d, years.checked_mul(12)?)?;
    if d.day() == days_in_month(d.year(), d.month()) {
        ymd(moved.year(), moved.month(), days_in_month(moved.year(), moved.month()))
    } else {
        Some(moved)
    }
}

/// `d` moved by whole months, its day clipped to the month's end (January 31 and one month is
/// February 28).
pub(super) fn shift_months(d: NaiveDate, months: i32) -> Option<NaiveDate> {
    let m = chrono::Months::new(months.unsigned_abs());
    if months >= 0 {
        d.checked_add_months(m)
    } else {
        d.checked_sub_months(m)
    }
}

/// Days from `d` forward to the next `wd` (0 when `d` is one).
pub(super) fn days_until(d: NaiveDate, wd: Weekday) -> i64 {
    i64::from((7 + wd.num_days_from_monday() - d.weekday().num_days_from_monday()) % 7)
}

/// `d` moved by `n` days.
pub(super) fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(chrono::Duration::try_days(n)?)
}

pub(super) fn days_in_month(y: i32, m: u32) -> u32 {
    let (ny, nm) = if m >= 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1).and_then(|d| d.pred_opt()).map_or(31, |d| d.day())
}

pub(super) fn span(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<Span> {
    Some(Span { start: a?, end: b? })
}

pub(super) fn day_span(d: NaiveDate) -> Span {
    Span { start: d, end: d }
}

pub(super) fn month_span(y: i32, m: u32) -> Option<Span> {
    span(ymd(y, m, 1), ymd(y, m, days_in_month(y, m)))
}

/// Months `first..=last` of year `y` (`last` may run into the next year, as winter does).
pub(super) fn months_span(y: i32, first: u32, count: u32) -> Option<Span> {
    let (ey, em) = shift_month(y, first, count as i32 - 1);
    span(ymd(y, first, 1), ymd(ey, em, days_in_month(ey, em)))
}

pub(super) fn year_span(y: i32) -> Option<Span> {
    span(ymd(y, 1, 1), ymd(y, 12, 31))
}

pub(super) fn part_of_month(y: i32, m: u32, p: Part) -> Option<Span> {
    let (a, b) = match p {
        Part::Early => (1, 10),
        Part::Mid => (11, 20),
        Part::Late => (21, days_in_month(y, m)),
    };
    span(ymd(y, m, a), ymd(y, m, b))
}

pub(super) fn part_of_year(y: i32, p: Part) -> Option<Span> {
    let first = match p {
        Part::Early => 1,
        Part::Mid => 5,
        Part::Late => 9,
    };
    months_span(y, first, 4)
}

/// Month `m` of year `y` moved by `delta` months.
pub(super) fn shift_month(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let idx = y.saturating_mul(12).saturating_add(m as i32 - 1).saturating_add(delta);
    (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
}

/// The year of month `m` nearest the publication date, within the window from 8 months
/// before to 3 months after the publication month.
pub(super) fn infer_year(published: NaiveDate, m: u32) -> i32 {
    let y = published.year();
    let diff = m as i32 - published.month() as i32;
    if diff > 3 {
        y - 1
    } else if diff < -8 {
        y + 1
    } else {
        y
    }
}

/// The calendar period of `unit` containing `d`, shifted by `delta` periods.
pub(super) fn period_span(d: NaiveDate, unit: Unit, delta: i32) -> Option<Span> {
    match unit {
        Unit::Day => add_days(d, i64::from(delta)).map(day_span),
        Unit::Week => {
            let monday = d.checked_sub_signed(chrono::Duration::try_days(i64::from(
                d.weekday().num_days_from_monday(),
            ))?)?;
            let start = monday.checked_add_signed(chrono::Duration::try_weeks(i64::from(delta))?)?;
            span(Some(start), start.checked_add_signed(chrono::Duration::try_days(6)?))
        }
        Unit::Month => {
            let (y, m) = shift_month(d.year(), d.month(), delta);
            month_span(y, m)
        }
        Unit::Quarter => {
            let q0 = (d.month() - 1) / 3 * 3 + 1;
            let (y, m) = shift_month(d.year(), q0, delta.saturating_mul(3));
            months_span(y, m, 3)
        }
        Unit::Year => year_span(d.year().checked_add(delta)?),
    }
}

/// The granularity that goes with a calendar unit.
pub(super) fn unit_gran(u: Unit) -> Granularity {
    match u {
        Unit::Day => Granularity::Day,
        Unit::Week => Granularity::Week,
        Unit::Month => Granularity::Month,
        Unit::Quarter => Granularity::Quarter,
        Unit::Year => Granularity::Year,
    }
}

/// The punctuation character at `j`, if it is one.
pub(super) fn punct(cx: &Cx, j: usize, c: char) -> bool {
    cx.tok(j).is_some_and(|t| t.is_punct(c))
}

/// Token `j` touches the previous token (no space between them).
pub(super) fn glued(cx: &Cx, j: usize) -> bool {
    cx.tok(j).is_some_and(|t| !t.space_before)
}

/// A plain integer token at `j` with its digit count and value.
pub(super) fn int_at(cx: &Cx, j: usize) -> Option<(u32, usize)> {
    let t = cx.tok(j)?;
    if t.is_plain_int() && t.value < 1e6 {
        Some((t.value as u32, t.len()))
    } else {
        None
    }
}
