//! Times of day as minutes after midnight: "9:30 a.m.", "9pm", "21:00", "noon", "0930 GMT",
//! with an optional time zone in the span, and ranges such as "9 a.m. to 5 p.m.".

use super::super::mention::{Cx, Kind, Qualifier, Value};
use super::super::words::{has, List};
use super::{glued, int_at, punct, Found, TokKind};

/// A clock reading: minutes after midnight, the next token, and its "a.m."/"p.m." if written
/// (a bare first hour of a range borrows it: "9 to 11 a.m.").
#[derive(Clone, Copy)]
struct Clock {
    minutes: u32,
    next: usize,
    pm: Option<bool>,
    /// Seconds past the minute ("7:56:30 pm").
    seconds: u32,
}

impl Clock {
    fn new(minutes: u32, next: usize, pm: Option<bool>) -> Clock {
        Clock { minutes, next, pm, seconds: 0 }
    }

    /// Minutes after midnight with the seconds as a fraction.
    fn value(&self) -> f64 {
        f64::from(self.minutes) + f64::from(self.seconds) / 60.0
    }
}

/// "a.m." / "am" / "AM" / "p.m." / "pm" at `k`: whether it is p.m., and the next token.
pub(super) fn meridiem_at(cx: &Cx, k: usize) -> Option<(bool, usize)> {
    match cx.lc(k) {
        "am" => Some((false, k + 1)),
        "pm" => Some((true, k + 1)),
        w @ ("a" | "p") => {
            if !(punct(cx, k + 1, '.') && glued(cx, k + 1) && glued(cx, k + 2) && cx.lc(k + 2) == "m") {
                return None;
            }
            // The closing period belongs to the abbreviation even when it also ends the sentence.
            let next = if punct(cx, k + 3, '.') && glued(cx, k + 3) { k + 4 } else { k + 3 };
            Some((w == "p", next))
        }
        _ => None,
    }
}

/// A time zone at `k`: an abbreviation in capitals ("ET", "GMT") or a spelled-out zone
/// ("Eastern time", "local time", and a place's clock: "UK time", "Singapore time"); the index
/// after it.
fn zone_at(cx: &Cx, k: usize) -> Option<usize> {
    let t = cx.tok(k)?;
    if t.kind != TokKind::Word {
        return None;
    }
    let named = t.text(cx.src).starts_with(char::is_uppercase) || t.lc() == "local";
    if named && cx.lc(k + 1) == "time" {
        return Some(k + 2);
    }
    is_zone_name(t.text(cx.src)).then_some(k + 1)
}

/// A time zone's abbreviation, as the reader takes it after a time ("GMT", "CDT"); also what
/// verdicts read a zone from (`compare::time_zones`), so both know the same zones. In capitals,
/// as written (`data/words.txt`, "zones").
pub(crate) fn is_zone_name(w: &str) -> bool {
    super::super::words::has(super::super::words::List::Zones, w)
}

/// Apply a meridiem to an hour from 1 to 12 ("12 a.m." is midnight, "12 p.m." noon).
fn with_meridiem(h: u32, m: u32, pm: bool) -> Option<u32> {
    if !(1..=12).contains(&h) {
        return None;
    }
    let h24 = match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    };
    Some(h24 * 60 + m)
}

/// A clock reading at `i`, or `None`. A bare hour needs "a.m."/"p.m.", "o'clock" or (as four
/// digits, "0930") a time zone; "9:30" and "21:00" stand alone.
fn clock_at(cx: &Cx, i: usize) -> Option<Clock> {
    let t = cx.tok(i)?;
    if t.kind == TokKind::Word {
        let minutes = match t.lc() {
            "noon" | "midday" => 720,
            "midnight" => 0,
            _ => return None,
        };
        return Some(Clock::new(minutes, i + 1, None));
    }
    if t.kind != TokKind::Num || t.grouped {
        return None;
    }
    // "9.30pm": a British decimal point, with a meridiem; "22.10" on a 24-hour clock only
    // where the text makes it a time (see `dotted_24h`).
    if t.decimals == 2 && t.len() <= 5 {
        let h = t.value.trunc() as u32;
        let m = ((t.value - t.value.trunc()) * 100.0).round() as u32;
        if m > 59 {
            return None;
        }
        if let Some((pm, next)) = meridiem_at(cx, i + 1) {
            return Some(Clock::new(with_meridiem(h, m, pm)?, next, Some(pm)));
        }
        if h > 23 || !dotted_24h(cx, i) {
            return None;
        }
        return Some(with_daypart(cx, Clock::new(h * 60 + m, hours_word(cx, i + 1), None)));
    }
    let (h, len) = int_at(cx, i)?;
    if len > 2 {
        // "1140 a.m.": hours and minutes run together, with a meridiem.
        if len <= 4 && h % 100 <= 59 {
            if let Some((pm, next)) = meridiem_at(cx, i + 1) {
                return Some(Clock::new(with_meridiem(h / 100, h % 100, pm)?, next, Some(pm)));
            }
        }
        // "0930 GMT", "1500 UTC".
        if len != 4 || h % 100 > 59 || h / 100 > 23 {
            return None;
        }
        // The zone itself is added to the span by the caller.
        zone_at(cx, i + 1)?;
        return Some(Clock::new(h / 100 * 60 + h % 100, i + 1, None));
    }
    if punct(cx, i + 1, ':') && glued(cx, i + 1) && glued(cx, i + 2) {
        let (m, mlen) = int_at(cx, i + 2)?;
        if mlen != 2 || m > 59 || h > 23 {
            return None;
        }
        // "10:30:15" keeps its seconds in the span; "1:2:3" style codes are not times.
        let mut next = i + 3;
        let mut seconds = 0;
        if punct(cx, next, ':') && glued(cx, next) {
            let (sec, slen) = int_at(cx, next + 1)?;
            if slen != 2 || sec > 59 {
                return None;
            }
            seconds = sec;
            next += 2;
        }
        let mut c = match meridiem_at(cx, next) {
            Some((pm, n2)) => Clock::new(with_meridiem(h, m, pm)?, n2, Some(pm)),
            // "22:10 hrs": the 24-hour "hours" joins the span; "10:15 at night" is 22:15.
            None => with_daypart(cx, Clock::new(h * 60 + m, hours_word(cx, next), None)),
        };
        c.seconds = seconds;
        return Some(c);
    }
    if let Some((pm, next)) = meridiem_at(cx, i + 1) {
        return Some(Clock::new(with_meridiem(h, 0, pm)?, next, Some(pm)));
    }
    if ["o'clock", "oclock"].contains(&cx.lc(i + 1)) && (1..=12).contains(&h) {
        return Some(with_daypart(cx, Clock::new(h * 60, i + 2, None)));
    }
    None
}

/// "hrs" or "hours" after a 24-hour clock reading ("22:10 hrs", "07.45 hours"): the index
/// after it, or `k` when there is none.
fn hours_word(cx: &Cx, k: usize) -> usize {
    let hours = ["hrs", "hours", "hr"].contains(&cx.lc(k)) && cx.tok(k).is_some_and(|t| !t.newline_before);
    if hours {
        k + 1
    } else {
        k
    }
}

/// Whether "22.10" (hours, a point, two digits of minutes; no meridiem) at `i` is a time of
/// day. A time zone or "local time" after it makes it one ("22.10 IST", "07.45 GMT"); so does
/// "hrs"/"hours" after a two-digit hour ("22.10 hrs"; "took 2.25 hrs" is a duration); so does
/// "at" before it ("at 22.10", "At 07.45, the train left"), unless a level or price verb
/// stands before "at" ("closed at 22.10", "was trading at 22.10"; not "is" or "was": "kick-off
/// is at 19.45"), a price verb a few words before it in the sentence ("pegged to the euro at
/// 7.45"), a ratio follows ("at 7.45 to 1") or a unit, currency,
/// percent or counted noun follows ("at 22.10 points"). Anywhere else it is a decimal ("rose
/// 22.10 points", "The time was 9.30 exactly").
fn dotted_24h(cx: &Cx, i: usize) -> bool {
    if zone_at(cx, i + 1).is_some() {
        return true;
    }
    let before = if i > 0 { cx.lc(i - 1) } else { "" };
    let two_digit_hour = cx.text(i).find('.') == Some(2);
    if hours_word(cx, i + 1) > i + 1 {
        let duration = [
            "for", "took", "takes", "lasted", "lasting", "about", "over", "nearly", "almost", "around",
            "some", "than", "spent", "within", "after", "of",
        ];
        return two_digit_hour && !duration.contains(&before);
    }
    if before != "at" {
        return false;
    }
    if i >= 2 && has(List::PriceLevels, cx.lc(i - 2)) {
        return false;
    }
    // A price verb a few words further back in the sentence: "closed the day at 22.10",
    // "pegged to the euro at 7.45".
    for k in (i.saturating_sub(6)..i.saturating_sub(2)).rev() {
        if cx.tok(k).is_some_and(|t| t.kind == TokKind::Punct && matches!(t.ch, '.' | ';' | '!' | '?')) {
            break;
        }
        if has(List::PriceVerbs, cx.lc(k)) {
            return false;
        }
    }
    // "at 7.45 to 1": a ratio, not a time (a range of times ends on a clock reading).
    if ["to", "against", "per"].contains(&cx.lc(i + 1))
        && cx.tok(i + 2).is_some_and(|t| t.is_plain_int() && !punct(cx, i + 3, ':'))
    {
        return false;
    }
    // What the number reader makes of it: a bare number counting nothing is a time.
    // A digit has no bound before it, so the number reader never asks whether a date follows.
    match super::super::number::parse_at(cx, i, |_, _| false) {
        Some((m, _)) => m.kind == Kind::Number && m.counted.is_none(),
        None => true,
    }
}

/// "in the morning", "in the afternoon", "in the evening", "at night" after a clock time
/// without a meridiem: the part of the day sets it ("seven in the evening" is 19:00).
fn with_daypart(cx: &Cx, c: Clock) -> Clock {
    let k = c.next;
    let (pm, next) = match (cx.lc(k), cx.lc(k + 1), cx.lc(k + 2)) {
        ("in", "the", "morning") => (false, k + 3),
        ("in", "the", "afternoon" | "evening") => (true, k + 3),
        ("at", "night", _) => (true, k + 2),
        _ => return c,
    };
    let h = c.minutes / 60;
    if c.pm.is_some() || !(1..=12).contains(&h) {
        return c;
    }
    // "twelve at night" is midnight; "one at night" is 01:00, as written.
    let night = k + 2 == next;
    let minutes = if night && h == 12 {
        c.minutes % 60
    } else if night && h < 6 {
        c.minutes
    } else {
        match with_meridiem(h, c.minutes % 60, pm) {
            Some(m) => m,
            None => return c,
        }
    };
    Clock { minutes, next, pm: Some(pm), seconds: c.seconds }
}

/// A number from `lo` to `hi` at `k`, in digits (one or two) or words: value and next index.
fn small_number(cx: &Cx, k: usize, lo: u32, hi: u32) -> Option<(u32, usize)> {
    let t = cx.tok(k)?;
    let (v, next) = match t.kind {
        TokKind::Num => {
            let (v, len) = int_at(cx, k)?;
            if len > 2 {
                return None;
            }
            (v, k + 1)
        }
        TokKind::Word => {
            let (v, next) = super::super::number::cardinal_at(cx, k)?;
            if v.fract() != 0.0 || v < 0.0 {
                return None;
            }
            (v as u32, next)
        }
        TokKind::Punct => return None,
    };
    (lo..=hi).contains(&v).then_some((v, next))
}

/// Whether a time in words may start at `i`: "half past", "a quarter to", "ten past", "20
/// min past". A cheap look at the next tokens, so other words cost nothing.
pub(super) fn past_ahead(cx: &Cx, i: usize) -> bool {
    match cx.lc(i + 1) {
        "past" => true,
        "to" => cx.lc(i) == "quarter",
        "quarter" => cx.lc(i) == "a" && ["past", "to"].contains(&cx.lc(i + 2)),
        "min" | "mins" | "minutes" => cx.lc(i + 2) == "past",
        "o'clock" | "oclock" => cx.tok(i).is_some_and(|t| t.kind == TokKind::Word),
        // "at four in the afternoon" (`lone_hour`).
        "in" | "at" => i > 0 && TIME_WORDS.contains(&cx.lc(i - 1)),
        // "twenty-five past six".
        "" if cx.tok(i + 1).is_some_and(|t| t.is_punct('-') && !t.space_before) => cx.lc(i + 3) == "past",
        _ => cx.lc(i + 2) == "past" && cx.tok(i + 1).is_some_and(|t| t.kind == TokKind::Word),
    }
}

/// "half past seven", "a quarter to eight", "10 past 9", "twenty-five past six", "20 min past
/// eight in the evening", "15 past seven o'clock": minutes after (or, for "quarter to",
/// before) an hour from 1 to 12. Without a meridiem or a part of the day the hour is read as
/// written (a.m.). Not when a plural noun follows the hour ("three past two defenders").
pub(super) fn words_at(cx: &Cx, i: usize) -> Option<Found> {
    let (minutes, mut k, before) = match (cx.lc(i), cx.lc(i + 1)) {
        ("half", "past") => (30, i + 2, false),
        ("quarter", "past") => (15, i + 2, false),
        ("quarter", "to") => (15, i + 2, true),
        ("a", "quarter") => match cx.lc(i + 2) {
            "past" => (15, i + 3, false),
            "to" => (15, i + 3, true),
            _ => return None,
        },
        _ if ["o'clock", "oclock"].contains(&cx.lc(i + 1)) => {
            // "five o'clock in the afternoon".
            let (h, _) = small_number(cx, i, 1, 12).filter(|(_, n)| *n == i + 1)?;
            let c = with_daypart(cx, Clock::new(h * 60, i + 2, None));
            return time_found(c.value(), c.value(), after_zone(cx, c.next), false);
        }
        _ => {
            let (m, mut k) = small_number(cx, i, 1, 59)?;
            if let Some(f) = lone_hour(cx, i, m, k) {
                return Some(f);
            }
            if ["min", "mins", "minutes"].contains(&cx.lc(k)) {
                k += 1;
            }
            if cx.lc(k) != "past" {
                return None;
            }
            (m, k + 1, false)
        }
    };
    let (h, next) = small_number(cx, k, 1, 12)?;
    k = next;
    let mut total = if before { (h * 60 + 1440 - minutes) % 1440 } else { h * 60 + minutes };
    if before && h == 12 {
        total = 11 * 60 + 45;
    }
    if ["o'clock", "oclock"].contains(&cx.lc(k)) {
        k += 1;
    }
    let mut c = Clock::new(total, k, None);
    if let Some((pm, n2)) = meridiem_at(cx, k) {
        let hh = total / 60;
        c = Clock::new(with_meridiem(if hh == 0 { 12 } else { hh }, total % 60, pm)?, n2, Some(pm));
    } else {
        c = with_daypart(cx, c);
    }
    if let Some(t) = cx.tok(c.next) {
        let w = t.lc();
        if t.kind == TokKind::Word && w.len() > 3 && w.ends_with('s') && !w.ends_with("'s") {
            return None;
        }
    }
    time_found(c.value(), c.value(), after_zone(cx, c.next), false)
}

/// The separator of a time range at `k`.
fn range_sep(cx: &Cx, k: usize, between: bool) -> bool {
    if between {
        return cx.lc(k) == "and";
    }
    punct(cx, k, '-') || super::range_word(cx.lc(k))
}

fn time_found(low: f64, high: f64, next: usize, range: bool) -> Option<Found> {
    Some(Found {
        next,
        kind: Kind::Time,
        value: Some(Value::Num { low, high }),
        info: None,
        qualifier: if range { Qualifier::Range } else { Qualifier::Exact },
    })
}

/// Extend past a zone abbreviation.
fn after_zone(cx: &Cx, k: usize) -> usize {
    zone_at(cx, k).unwrap_or(k)
}

/// A time of day starting at `i` (a number or noon/midnight), with an optional range after it.
fn time_at(cx: &Cx, i: usize, between: bool) -> Option<Found> {
    if let Some(c1) = clock_at(cx, i) {
        if range_sep(cx, c1.next, between) {
            if let Some(c2) = clock_at(cx, c1.next + 1) {
                // An overnight range ("10 p.m. to 2 a.m.") ends on the next day.
                let high = if c2.minutes < c1.minutes { c2.value() + 1440.0 } else { c2.value() };
                return time_found(c1.value(), high, after_zone(cx, c2.next), true);
            }
        }
        if between {
            return None;
        }
        if lap(cx, i, &c1) {
            let days = c1.value() / 1440.0;
            return Some(Found { kind: Kind::Duration, ..time_found(days, days, c1.next, false)? });
        }
        let mut found = time_found(c1.value(), c1.value(), after_zone(cx, c1.next), false)?;
        if hedged(cx, i) {
            found.qualifier = Qualifier::Approx;
        }
        return Some(found);
    }
    // "9 to 11 a.m.", "10-11:30 p.m.": a bare first hour takes the second's meridiem.
    let (h, len) = int_at(cx, i)?;
    if len > 2 || !(1..=12).contains(&h) {
        return None;
    }
    if let Some(f) = hours_with_daypart(cx, i, h, between) {
        return Some(f);
    }
    if !between {
        if let Some(f) = lone_hour(cx, i, h, i + 1) {
            return Some(f);
        }
    }
    if !range_sep(cx, i + 1, between) {
        return None;
    }
    let k = i + 2;
    let c2 = clock_at(cx, k)?;
    let pm = c2.pm?;
    let mut low = with_meridiem(h, 0, pm)?;
    if low > c2.minutes {
        low = with_meridiem(h, 0, false)?;
    }
    time_found(f64::from(low), c2.value(), after_zone(cx, c2.next), true)
}

/// Whether the reading at `i` is a time taken, not a time of day: a one-digit hour, minutes
/// and seconds, with no "a.m.", zone or "local" after it ("won in 2:09:56", "stopped the
/// clock at 2:00:19"; not "lifted off at 10:37:55 local time" or "at 02:15:10").
fn lap(cx: &Cx, i: usize, c: &Clock) -> bool {
    c.next >= i + 5
        && cx.tok(i).is_some_and(|t| t.len() == 1)
        && c.pm.is_none()
        && zone_at(cx, c.next).is_none()
        && cx.lc(c.next) != "local"
}

/// Whether a hedge comes before the time at `i` ("about 6:40 a.m.", "just before 4.50pm",
/// "shortly after 10am"): the writer gives the time to within a few minutes.
fn hedged(cx: &Cx, i: usize) -> bool {
    let before = |back: usize| i.checked_sub(back).map_or("", |k| cx.lc(k));
    matches!(before(1), "about" | "around" | "roughly" | "approximately" | "circa" | "approx")
        || (matches!(before(1), "before" | "after")
            && matches!(before(2), "just" | "shortly" | "soon" | "right"))
}

/// A time starting at number token `i`.
pub(super) fn at_num(cx: &Cx, i: usize) -> Option<Found> {
    time_at(cx, i, false)
}

/// A time range after "from" or "between" at `i`, which joins the span: "from 9 a.m. to 5
/// p.m.", "between 9 and 11 a.m.".
pub(super) fn range_after(cx: &Cx, i: usize, between: bool) -> Option<Found> {
    time_at(cx, i + 1, between).filter(|f| f.qualifier == Qualifier::Range)
}

/// "noon", "midday", "midnight" at `i`.
pub(super) fn at_word(cx: &Cx, i: usize) -> Option<Found> {
    time_at(cx, i, false)
}

/// A part of the day read by [`with_daypart`] that ends the phrase: not before a noun ("in
/// the morning session", "at night games").
fn daypart_closes(cx: &Cx, c: &Clock, start: usize) -> bool {
    c.pm.is_some()
        && c.next > start
        && cx.tok(c.next).is_none_or(|t| {
            t.kind != TokKind::Word
                || ["on", "at", "and", "or", "of", "to", "until", "till"].contains(&t.lc())
        })
}

/// Words after which a bare hour with a part of the day is a time (`lone_hour`).
/// Not "by": "shares fell by 2 in the afternoon" is a change, not a time.
const TIME_WORDS: [&str; 9] = ["at", "around", "about", "after", "before", "until", "till", "since", "circa"];

/// A bare hour `h` (its number ends before `next`) with a part of the day, after a word of
/// time: "at 3 in the morning", "around 11 at night", "until four in the afternoon".
/// Without such a word ("three in the morning raid", "5 in the evening shift") it stays a
/// number, and so it does when a noun follows the part of the day.
fn lone_hour(cx: &Cx, i: usize, h: u32, next: usize) -> Option<Found> {
    if i == 0 || !TIME_WORDS.contains(&cx.lc(i - 1)) || !(1..=12).contains(&h) {
        return None;
    }
    let c = with_daypart(cx, Clock::new(h * 60, next, None));
    if !daypart_closes(cx, &c, next) {
        return None;
    }
    let mut found = time_found(c.value(), c.value(), after_zone(cx, c.next), false)?;
    if hedged(cx, i) {
        found.qualifier = Qualifier::Approx;
    }
    Some(found)
}

/// Ranges of bare hours with a part of the day: "5 to seven in the morning", "between 5 and
/// 6 in the afternoon" (the part of the day after the second hour sets both), "from 3 in the
/// morning until 5pm" (after the first, then the second is a clock time). A bare hour alone
/// with a part of the day ("three in the morning raid") is not taken.
fn hours_with_daypart(cx: &Cx, i: usize, h: u32, between: bool) -> Option<Found> {
    let first = with_daypart(cx, Clock::new(h * 60, i + 1, None));
    if first.pm.is_some() {
        if !range_sep(cx, first.next, between) {
            return None;
        }
        let c2 = clock_at(cx, first.next + 1)?;
        let high = if c2.minutes < first.minutes { c2.value() + 1440.0 } else { c2.value() };
        return time_found(first.value(), high, after_zone(cx, c2.next), true);
    }
    if !range_sep(cx, i + 1, between) {
        return None;
    }
    let (h2, k) = small_number(cx, i + 2, 1, 12)?;
    let second = with_daypart(cx, Clock::new(h2 * 60, k, None));
    if !daypart_closes(cx, &second, k) {
        return None;
    }
    let pm = second.pm?;
    let mut low = with_meridiem(h, 0, pm)?;
    // "11 to 1 in the afternoon" starts before noon; "won 3 to 1 in the evening" is a score.
    if low >= second.minutes {
        if !(pm && h >= 10 && h2 <= 3 && second.next == k + 3) {
            return None;
        }
        low = with_meridiem(h, 0, false)?;
    }
    time_found(f64::from(low), second.value(), second.next, true)
}
