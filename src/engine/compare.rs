//! Verdicts: whether two mentions of one claim agree, are compatible, or diverge. Each
//! mention becomes the interval of true values its words allow (rounding, bounds,
//! approximations, date spans); overlapping intervals are compatible, disjoint ones diverge.

use chrono::{Datelike, NaiveDate};

use super::claim::Verdict;
use super::config::Config;
use super::date::{is_zone_name, shift_years};
use super::mention::{Kind, Mention, Qualifier, Value};
use super::years::TEMPLATE_YEAR;

/// The reason given when one of the values is unknown (a weekday with no publication date)
/// and the words differ: nothing says they disagree, nor that they agree.
pub const UNRESOLVED: &str = "cannot be resolved";

/// The reason given for an update: a later report's changed value of an evolving count.
pub const UPDATED: &str = "updated in a later report";

/// The reason given when a date whose year is unknown ("In May", no publication date) fits
/// the other date in some year: consistent, but nothing says it is the same year.
pub const YEARLESS: &str = "year not stated";

/// Two mentions can be compared at all: same kind and the same unit, currency and period.
pub fn comparable(a: &Mention, b: &Mention) -> bool {
    let kinds = a.kind == b.kind || matches!((a.kind, b.kind), (Kind::Date, Kind::Date));
    // A rate may be stated in one article and left implicit in another ("€3,100" in a table of
    // monthly pay); only two different periods are incomparable.
    let periods = a.per == b.per || a.per.is_none() || b.per.is_none();
    let units = a.unit == b.unit || bare_degrees(a, b) || bare_degrees(b, a);
    // A person's age ("Eastland, 70,") is never a count of people ("68 people died").
    let ages = a.is_age() == b.is_age() || a.counted.is_none() || b.counted.is_none();
    kinds && units && periods && ages
}

/// Whether `m` is a temperature in bare "degrees" ("hit 46.4 degrees") and `other` names its
/// scale ("46.2C"). Reports from countries that use Celsius and from the US both write bare
/// degrees, so such a figure is read in whichever scale puts it nearer the other one.
fn bare_degrees(m: &Mention, other: &Mention) -> bool {
    m.unit == Some("deg") && other.unit == Some("degC")
}

/// Whether bare degrees `low` are nearer `other` (Celsius) read as Fahrenheit than as Celsius.
fn fahrenheit(low: f64, other: f64) -> bool {
    (to_celsius(low) - other).abs() < (low - other).abs()
}

fn to_celsius(f: f64) -> f64 {
    (f - 32.0) * 5.0 / 9.0
}

/// A mention's lower bound as it is compared with `other`: bare degrees in the nearer scale,
/// a clock time in the day nearer the other's.
fn compared_low(m: &Mention, other: &Mention) -> Option<f64> {
    let low = m.num()?.0;
    let o = other.num()?.0;
    Some(if bare_degrees(m, other) && fahrenheit(low, o) {
        to_celsius(low)
    } else {
        low - day_before(m, low, other, o)
    })
}

/// Minutes in a day.
const DAY_MINUTES: f64 = 1440.0;

/// How far back a clock time `low` is moved to face the other's `o`: a day when the two are
/// then within an hour, so "11:49 p.m." and "just before midnight" (00:00) are eleven minutes
/// apart, not nearly a day; else nothing. Times further apart across midnight ("10pm" and
/// "2am") stay apart, as they mostly tell two moments of a night.
fn day_before(m: &Mention, low: f64, other: &Mention, o: f64) -> f64 {
    let near = (low - DAY_MINUTES - o).abs() <= 60.0;
    if m.kind == Kind::Time && other.kind == Kind::Time && near {
        DAY_MINUTES
    } else {
        0.0
    }
}

/// A clock time moved back a day to face `other` (`day_before`), or None when it stays.
fn across_midnight(m: &Mention, other: &Mention) -> Option<Mention> {
    let (low, high) = m.num()?;
    let back = day_before(m, low, other, other.num()?.0);
    (back > 0.0).then(|| {
        let mut c = m.clone();
        c.value = Some(Value::Num { low: low - back, high: high - back });
        c
    })
}

/// The two values as they are compared (the lower bounds, bare degrees read as `verdict`
/// reads them), for the scorers' closeness and distance evidence.
pub fn compared_values(a: &Mention, b: &Mention) -> Option<(f64, f64)> {
    Some((compared_low(a, b)?, compared_low(b, a)?))
}

/// Bare degrees `m` as a Celsius figure beside `other`, or None when `m` is not bare degrees
/// facing a named scale.
fn in_celsius(m: &Mention, other: &Mention) -> Option<Mention> {
    if !bare_degrees(m, other) {
        return None;
    }
    let (low, high) = m.num()?;
    let mut c = m.clone();
    c.unit = Some("degC");
    // Read as Celsius, nothing was converted: no conversion's rounding is allowed for.
    c.written_unit = other.written_unit;
    if fahrenheit(low, other.num()?.0) {
        c.value = Some(Value::Num { low: to_celsius(low), high: to_celsius(high) });
        c.step = m.step * 5.0 / 9.0;
    }
    Some(c)
}

/// The interval of true values a numeric mention allows, in its canonical unit.
pub fn interval(m: &Mention, config: &Config) -> Option<(f64, f64)> {
    let (low, high) = m.num()?;
    // Half the place value of the last stated digit: "7.3" covers 7.25 to 7.35.
    let half = m.step.max(0.0) / 2.0;
    let (lo, hi) = (low - half, high + half);
    let mag = low.abs().max(high.abs());
    Some(match m.qualifier {
        Qualifier::Exact | Qualifier::Range => (lo, hi),
        // "About" and rounding say the same thing, that the figure is not exact: the wider of
        // the two holds, they do not add up ("about $4 million" is 3.5 to 4.5 million).
        // A hedged clock time ("about 6:40 a.m.") is a few minutes either way, not a share
        // of the minutes since midnight.
        Qualifier::Approx if m.kind == Kind::Time => (low - half.max(10.0), high + half.max(10.0)),
        Qualifier::Approx => {
            let slack = half.max(mag * config.approx_share);
            (low - slack, high + slack)
        }
        // "Nearly 9,800" for 9,812: a writer who rounded to two or more figures says "nearly"
        // loosely, so a quarter of the rounding is allowed above; "nearly 10 inches" or "nearly
        // 500", rounded to one figure, allow nothing above.
        Qualifier::Nearly => {
            let step = rounded_step(m, high);
            (low - mag * config.nearly_share, high + if step * 10.0 < high { step / 4.0 } else { 0.0 })
        }
        // A bound reaches away from its figure by `bound_factor`, upward for "more than" and
        // downward for "less than" on either side of zero ("below minus 15" is -15 × factor
        // to -15, not the inverted -15 / factor to -15).
        Qualifier::MoreThan | Qualifier::AtLeast => {
            let up = if high < 0.0 { high / config.bound_factor } else { high * config.bound_factor };
            (low, up.max(hi))
        }
        Qualifier::LessThan | Qualifier::AtMost => {
            (if low < 0.0 { low * config.bound_factor } else { low / config.bound_factor }, high)
        }
    })
}

/// The verdict for two comparable mentions, with a short reason for the page and reports.
pub fn verdict(
    a: &Mention,
    a_text: &str,
    b: &Mention,
    b_text: &str,
    config: &Config,
) -> (Verdict, &'static str) {
    match (&a.value, &b.value) {
        (Some(Value::Date { start: s1, end: e1 }), Some(Value::Date { start: s2, end: e2 })) => {
            if s1 == s2 && e1 == e2 {
                (Verdict::Agree, "same date")
            } else if s1 <= e2 && s2 <= e1 {
                let contains = (s1 <= s2 && e2 <= e1) || (s2 <= s1 && e1 <= e2);
                (
                    Verdict::Compatible,
                    if contains { "one date contains the other" } else { "date spans overlap" },
                )
            } else if s1 == e1
                && s2 == e2
                && (*s1 - *s2).num_days().abs() == 7
                && same_weekday(a_text, b_text)
            {
                (Verdict::Compatible, "the same weekday, a week apart as read")
            } else {
                (Verdict::Diverge, "different dates")
            }
        }
        (Some(Value::Num { .. }), Some(Value::Num { .. })) => {
            if let Some(v) = time_zones(a, a_text, b, b_text) {
                return v;
            }
            if let Some(v) = unsigned_fall(a, a_text, b, b_text, config) {
                return v;
            }
            // Bare degrees are compared in the scale nearer the other figure, clock times in the
            // day nearer the other's.
            let (ca, cb) = (
                in_celsius(a, b).or_else(|| across_midnight(a, b)),
                in_celsius(b, a).or_else(|| across_midnight(b, a)),
            );
            numeric(ca.as_ref().unwrap_or(a), a_text, cb.as_ref().unwrap_or(b), b_text, config)
        }
        // Unresolved dates (a weekday with no publication date): the words must match, or
        // their places in the calendar must decide whatever the year.
        _ => {
            // Spacing aside: "Q1 FY25" and "Q1FY25" are the same words.
            let letters = |t: &str| {
                t.bytes()
                    .filter(|c| !c.is_ascii_whitespace())
                    .map(|c| c.to_ascii_lowercase())
                    .collect::<Vec<u8>>()
            };
            if letters(a_text) == letters(b_text) {
                (Verdict::Agree, "same words")
            } else if let Some(v) = yearless(a, b) {
                v
            } else if a.kind == Kind::Date && b.kind == Kind::Date && is_weekday(a_text) && is_weekday(b_text)
            {
                (Verdict::Diverge, "different weekdays")
            } else {
                (Verdict::Compatible, UNRESOLVED)
            }
        }
    }
}

/// Two times of day told in different zones ("03:10 GMT" and "10:10 p.m. CDT", or "2327 GMT"
/// and a local "3.27am"): zones are whole hours apart (but for India's half hour), so such a
/// difference may be the zones' and is no contradiction; any other difference is. None when
/// both are told in the same zone (or none), for the plain comparison. No table of offsets is
/// kept: most zone names change with the season, and a conversion that is right to the hour
/// is rarely what two reports disagree on.
fn time_zones(a: &Mention, a_text: &str, b: &Mention, b_text: &str) -> Option<(Verdict, &'static str)> {
    if a.kind != Kind::Time {
        return None;
    }
    let (za, zb) = (zone(a_text), zone(b_text));
    if za == zb {
        return None;
    }
    // Most zones are whole hours apart; India's, Iran's, Afghanistan's and Myanmar's clocks
    // are set on the half hour, Nepal's on the quarter.
    let one = |p: fn(&str) -> bool| za.is_some_and(p) || zb.is_some_and(p);
    let step = if one(|z| z.starts_with("Nepal")) {
        15.0
    } else if one(|z| {
        ["IST", "Tehran time", "Iran time", "Afghan time", "Kabul time", "Myanmar time"].contains(&z)
    }) {
        30.0
    } else {
        60.0
    };
    // A whole number of steps apart, give or take a time stated only to the hour ("6pm" in
    // one zone for "4.52pm BST"). `round`, not `%`: the page then needs no float remainder.
    let steps = (a.num()?.0 - b.num()?.0) / step;
    let slack = clock_slack(a, a_text).max(clock_slack(b, b_text));
    ((steps - steps.round()).abs() * step < slack.max(f64::MIN_POSITIVE))
        .then_some((Verdict::Compatible, "times in different zones"))
}

/// A change told with its sign in one report ("-0.2%") and in words in the other ("down 0.2
/// per cent", "a 0.2pc contraction"): the unsigned percentage is compared as the fall it may
/// be, so "-0.2%" and "0.2 per cent" are one figure, while "+0.2%" against "-0.2%" still
/// differ. None unless both are percentages, one negative and one positive with no "+".
fn unsigned_fall(
    a: &Mention,
    a_text: &str,
    b: &Mention,
    b_text: &str,
    config: &Config,
) -> Option<(Verdict, &'static str)> {
    let (fall, other, other_text) = if a.num()?.1 < 0.0 { (a, b, b_text) } else { (b, a, a_text) };
    let signed = |m: &Mention| m.kind == Kind::Percent && m.num().is_some_and(|(_, h)| h < 0.0);
    if !signed(fall) || other.kind != Kind::Percent || other.num()?.0 <= 0.0 || other_text.contains('+') {
        return None;
    }
    let (low, high) = other.num()?;
    let mut flipped = other.clone();
    flipped.value = Some(Value::Num { low: -high, high: -low });
    let (verdict, _) = numeric(fall, "", &flipped, "", config);
    (verdict != Verdict::Diverge).then_some((verdict, "a fall told with its sign and without"))
}

/// The zone a time's span ends with, as the time reader took it: an abbreviation
/// (`date::is_zone_name`; "9 AM" names none) or a named clock ("Eastern time", "UK time");
/// "local time" names none.
fn zone(t: &str) -> Option<&str> {
    let t = t.trim_end();
    let cut = |s: &str| s.rfind(' ').map_or(0, |i| i + 1);
    let last = &t[cut(t)..];
    if last == "time" {
        let named = &t[cut(t[..t.len() - 4].trim_end())..];
        return (!named.starts_with("local")).then_some(named);
    }
    is_zone_name(last).then_some(last)
}

fn numeric(a: &Mention, a_text: &str, b: &Mention, b_text: &str, config: &Config) -> (Verdict, &'static str) {
    let (Some((al, ah)), Some((bl, bh))) = (a.num(), b.num()) else {
        return (Verdict::Compatible, UNRESOLVED);
    };
    // Amounts in two currencies (or a temperature in unnamed degrees): no exchange rate is
    // known here, so nothing says they disagree.
    if a.unit != b.unit {
        return (Verdict::Compatible, OTHER_UNIT);
    }
    let close = |x: f64, y: f64| (x - y).abs() <= config.equal_share * x.abs().max(y.abs()).max(1e-12);
    let same_value = close(al, bl) && close(ah, bh);
    if same_value && a.qualifier == b.qualifier {
        return if same_spelling(a.written_unit, b.written_unit) {
            (Verdict::Agree, "same value")
        } else {
            (Verdict::Compatible, "same amount in other units")
        };
    }
    if dollar_named_once(a_text, b_text) {
        return (Verdict::Compatible, OTHER_DOLLAR);
    }
    let (Some((x0, x1)), Some((y0, y1))) = (interval(a, config), interval(b, config)) else {
        return (Verdict::Compatible, UNRESOLVED);
    };
    // A converted amount is the writer's arithmetic at a rate of their choosing, so one amount
    // converted twice ("49,980 yen (about $335)", "(roughly $345)") differs by the rates; the
    // amounts in the first currency are the facts that can contradict.
    let rate = if (a.converted || b.converted) && a.kind == Kind::Money {
        config.rate_share * x1.abs().max(y1.abs())
    } else {
        0.0
    };
    if rate > 0.0 && x0 - rate < y1 && y0 - rate < x1 {
        return (Verdict::Compatible, CONVERTED);
    }
    let (sa, sb) = (clock_slack(a, a_text), clock_slack(b, b_text));
    // A figure converted into another unit is rounded after the conversion ("150 mph (240
    // km/h)" is 241.4 km/h): figures written in two units may differ by that rounding.
    let converted = if same_spelling(a.written_unit, b.written_unit) { 0.0 } else { config.conversion_share };
    // A writer's conversion into the other figure's unit is rounded the same way ("160 km/h
    // (99 mph)" against "(100 mph)"); only the converted figure, not a range, and not a
    // temperature, whose scales do not share a zero, so a share of the value means nothing.
    let restated = |m: &Mention| {
        let own = m.kind == Kind::Quantity
            && m.converted
            && m.qualifier != Qualifier::Range
            && m.unit != Some("degC");
        converted.max(if own { config.conversion_share } else { 0.0 })
    };
    let (ca, cb) = (restated(a) * x0.abs().max(x1.abs()), restated(b) * y0.abs().max(y1.abs()));
    let (x0, x1, y0, y1) = (x0 - sa - ca, x1 + sa + ca, y0 - sb - cb, y1 + sb + cb);
    // Two exact figures written to different places: the finer one, as written, must round
    // half up to the coarser ("7.31" to "7.3", "1,234" to "1,200"). Reporters round a figure
    // once; "2.5%" is not a rounding of "2%", although both could come from one unstated value
    // (2.49%) rounded twice.
    let both = |q: Qualifier| single(a, q) && single(b, q);
    let plain = both(Qualifier::Exact) && ca == 0.0 && cb == 0.0 && sa == 0.0 && sb == 0.0;
    // Or one writer cut short what the other rounded (`last_place`), a rounding too.
    if plain && last_place(a, a_text, al, b, b_text, bl) {
        return (Verdict::Compatible, "rounding");
    }
    if plain && a.step != b.step {
        let (fine, coarse) = if a.step < b.step { (al, bl) } else { (bl, al) };
        let half = a.step.max(b.step) / 2.0;
        let tol = 1e-9 * coarse.abs().max(1.0);
        return if coarse - half <= fine + tol && fine < coarse + half - tol {
            (Verdict::Compatible, "rounding")
        } else {
            (Verdict::Diverge, "values cannot both be right")
        };
    }
    // Two hedged figures ("about 94,000" and "some 104,000"): each writer rounded a figure
    // they had, so one fact's two estimates differ by no more than the coarser rounding
    // ("about 12,000" and "about 13,000" may both be 12,500); "about 1,500 tonnes" and
    // "around 1,800 tonnes" are two estimates, although each hedge alone would allow a tenth.
    // Nor by more than that tenth of the larger (`approx_share`), however round the figures:
    // "about 1,000" is not "some 800", nor "about 70 km" "about 80 km".
    // Against an estimate, a figure "nearly" reached is one too: "nearly 4,500" is no "about
    // 3,700". Two figures "nearly" reached keep their own reaches ("nearly 21,000" and "nearly
    // 19,000" were two fires' counts on dev).
    let hedged = |m: &Mention| single(m, Qualifier::Approx) || single(m, Qualifier::Nearly);
    if hedged(a)
        && hedged(b)
        && !both(Qualifier::Nearly)
        && converted == 0.0
        && a.kind != Kind::Time
        && !a.converted
        && !b.converted
    {
        let step =
            rounded_step(a, al).max(rounded_step(b, bl)).min(config.approx_share * al.abs().max(bl.abs()));
        if step > 0.0 && (al - bl).abs() > step * (1.0 + 1e-9) {
            return (Verdict::Diverge, "two estimates too far apart");
        }
    }
    // Two maxima ("as much as 3.2%", "up to 3.1 per cent"; "up to 30" and "as many as 35")
    // each name the most the writer was told, so one fact's two maxima differ by no more than
    // the coarser one's rounding (as exact figures are rounded: "up to 30" is not "up to 35",
    // "up to 323,000" is "as many as 320,000"), although each allows the other's value.
    if both(Qualifier::AtMost) && converted == 0.0 && !a.converted && !b.converted {
        let half = a.step.max(b.step) / 2.0;
        if (al - bl).abs() > half * (1.0 + 1e-9) {
            return (Verdict::Diverge, "two maxima too far apart");
        }
    }
    // Two exact ranges say where each end is: "£6m to £8m" and "between £6m and £9m" cannot
    // both be right, although one contains the other; ends within a rounding agree.
    if a.qualifier == Qualifier::Range && b.qualifier == Qualifier::Range && converted == 0.0 {
        let half = a.step.max(b.step) / 2.0 + 1e-9 * al.abs().max(ah.abs()).max(1.0);
        if (al - bl).abs() > half || (ah - bh).abs() > half {
            return (Verdict::Diverge, "ranges with different ends");
        }
    }
    // Strict overlap: "3" (2.5 to 3.5) and "4" (3.5 to 4.5) only touch, and differ. So do
    // "36 minutes" and "37 minutes", whose ends in days (the canonical unit) may cross by
    // the float error of the conversion: a billionth of the value is no overlap.
    let tol = 1e-9 * x1.abs().max(y1.abs());
    if x0 < y1 - tol && y0 < x1 - tol {
        let reason = if same_value {
            "same value, differently qualified"
        } else if a.qualifier == Qualifier::Exact && b.qualifier == Qualifier::Exact {
            "rounding"
        } else {
            "bound or estimate contains the other"
        };
        (Verdict::Compatible, reason)
    } else {
        (Verdict::Diverge, "values cannot both be right")
    }
}

/// Whether a mention is one figure (not a range) with this qualifier: "7.3" exact, "about
/// 94,000" hedged, "up to 30" a maximum.
fn single(m: &Mention, q: Qualifier) -> bool {
    m.qualifier == q && m.num().is_some_and(|(l, h)| l == h)
}

/// Whether two exact figures differ only in the last stated place in a way that one value cut
/// short by one writer and rounded by the other explains: "$425 million" for $425.7 million,
/// "19.14%" and "19.15%" for 19.146%, "12.50pm" and "12.51pm" (or "12:50:40") for 12:50:40.
/// Only where that place is itself a rounding (a decimal, or thousands and up; a minute, for
/// clock times) and at most a hundredth of the value: "39" and "40" dead, or "2%" and "2.5%",
/// stay apart. A written decimal cut short from a figure of two or more digits, or all its
/// decimals from one of three or more, is allowed at any share.
fn last_place(a: &Mention, a_text: &str, al: f64, b: &Mention, b_text: &str, bl: f64) -> bool {
    if a.kind == Kind::Time {
        // A clock read to the second against one told to the minute: "8:57 a.m." for
        // 08:57:50 cut short, "8:59 a.m." for 08:58:56 rounded.
        let seconds = (al.fract() != 0.0) != (bl.fract() != 0.0) && (al - bl).abs() < 1.0;
        return (al - bl).abs() == 1.0 || seconds;
    }
    let unit = a.step.max(b.step);
    let (coarse, fine) = if a.step >= b.step { (al, bl) } else { (bl, al) };
    // How far past the coarser figure the finer one goes: within its last place when cut
    // short; one whole unit when both are written to one place.
    let past = fine.abs() - coarse.abs();
    let tol = 1e-9 * coarse.abs().max(1.0);
    let cut = past > -tol && past < unit - tol;
    // A figure of two or more digits cut short by its last decimal ("£3.5bn" for £3.57bn,
    // "41 degrees" for 41.6), or of three or more by all its decimals ("$695" for $695.65), is
    // how writers shorten a figure they copy; one digit alone ("$6" for $6.50, "Rs 5 crore"
    // for 5.5), or two with two decimals dropped ("Rs 27 crore" for 27.75), is too coarse to
    // be the same figure cut short.
    let fine_text = if a.step < b.step { a_text } else { b_text };
    let one_digit = ((unit / a.step.min(b.step)) - 10.0).abs() < 1e-6;
    let one_digit_dropped = a.kind != Kind::Percent
        && (one_digit && unit <= coarse.abs() / 10.0 || unit <= coarse.abs() / 100.0)
        && decimals(fine_text) > 0;
    // Otherwise the last place must be a rounding of at most a hundredth of the value, and
    // the finer figure cut short to it, or both written to it one unit apart.
    let rounded_place = !(1.0..1000.0).contains(&unit) && unit <= coarse.abs() / 100.0;
    let one_unit = a.step == b.step && (past.abs() - unit).abs() <= tol;
    coarse * fine > 0.0 && (one_digit_dropped && cut || rounded_place && (cut || one_unit))
}

/// How many digits follow the first decimal point written between digits ("$74.23": 2,
/// "41.6 degrees": 1, "1,200": 0).
pub fn decimals(text: &str) -> usize {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(1))
        .find(|&i| b[i] == b'.' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
        .map_or(0, |i| b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count())
}

/// The place value a hedged figure was rounded to: its last stated digit's, or coarser where
/// it ends in zeros ("about 400" is rounded to the hundred; "400" alone is counted exactly).
fn rounded_step(m: &Mention, v: f64) -> f64 {
    let mut step = m.step;
    if step <= 0.0 || v == 0.0 {
        return step;
    }
    while step * 10.0 <= v.abs() && ((v / (step * 10.0)).round() * step * 10.0 - v).abs() <= 1e-9 * v.abs() {
        step *= 10.0;
    }
    step
}

/// The reason given for converted amounts within the rates' reach of each other.
pub const CONVERTED: &str = "converted at different rates";

/// The reason given for amounts in two currencies, or other units no rate converts.
pub const OTHER_UNIT: &str = "other currencies or units";

/// The reason given when one figure names its dollar ("US$4 million") and the other does not
/// ("$6.1 million"): a writer who names the dollar is telling readers that another one is in
/// play (Australian, Canadian...), so the bare "$" may be that one.
pub const OTHER_DOLLAR: &str = "perhaps dollars of two countries";

/// Whether exactly one of two amounts names its country's dollar ("US$") while the
/// other is a bare "$". The engine reads both as US dollars; their values then cannot be
/// called contradictory, because the bare one may be the dollar of the story's country.
fn dollar_named_once(a: &str, b: &str) -> bool {
    a.contains('$') && b.contains('$') && a.contains("US$") != b.contains("US$")
}

/// Minutes of slack on each side of a clock time stated only to the hour ("9 am", "noon"):
/// like "7.3", which covers 7.25 to 7.35, it covers what rounds to it, the half hour either
/// side, so "8.45 am" and "9 am" are compatible while "8.15 am" and "9 am" are not.
fn clock_slack(m: &Mention, text: &str) -> f64 {
    if m.kind == Kind::Time && text.bytes().filter(u8::is_ascii_digit).count() <= 2 {
        30.0
    } else {
        0.0
    }
}

/// Whether two units as written are one unit spelled two ways: "metre" and "meters",
/// "litres" and "liter", "foot" and "feet" are the same unit, so the same figure in them
/// agrees; "tonnes" and "kg" are other units.
fn same_spelling(a: Option<&str>, b: Option<&str>) -> bool {
    fn base(w: &str) -> String {
        let w = w.to_ascii_lowercase();
        let w = if w == "feet" { "foot".to_string() } else { w };
        let w = match w.strip_suffix('s') {
            Some(stem) if stem.len() >= 3 && !stem.ends_with('s') => stem.to_string(),
            _ => w,
        };
        // American "-er" spellings of the metric units: meter, kilometer, liter.
        if let Some(stem) = w.strip_suffix("meter") {
            format!("{stem}metre")
        } else if let Some(stem) = w.strip_suffix("liter") {
            format!("{stem}litre")
        } else {
            w
        }
    }
    match (a, b) {
        (Some(x), Some(y)) => x == y || base(x) == base(y),
        (x, y) => x == y,
    }
}

/// Whether two mentions are the same bare weekday ("Monday", "Saturday's"). Which week a
/// bare weekday means depends on the tense around it, which the engine reads from a few
/// words; two reports naming the same weekday a week apart are more likely one day read two
/// ways than two days.
fn same_weekday(a: &str, b: &str) -> bool {
    fn bare(t: &str) -> &str {
        let t = t.trim();
        t.strip_suffix("'s").or_else(|| t.strip_suffix("\u{2019}s")).unwrap_or(t)
    }
    let (a, b) = (bare(a), bare(b));
    a.eq_ignore_ascii_case(b) && !a.contains(' ') && is_weekday(a)
}

fn is_weekday(text: &str) -> bool {
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        .iter()
        .any(|d| text.as_bytes().windows(d.len()).any(|w| w.eq_ignore_ascii_case(d.as_bytes())))
}

/// A date's days: with its year, or only its place in the calendar (in `TEMPLATE_YEAR`).
#[derive(Clone, Copy)]
enum Days {
    Dated(NaiveDate, NaiveDate),
    Yearless(NaiveDate, NaiveDate),
}

fn days(m: &Mention) -> Option<Days> {
    match (&m.value, m.yearless) {
        (Some(Value::Date { start, end }), _) => Some(Days::Dated(*start, *end)),
        (None, Some((start, end))) if m.kind == Kind::Date => Some(Days::Yearless(start, end)),
        _ => None,
    }
}

/// The verdict when at least one date has no year but a place in the calendar: if no year
/// makes the two overlap they diverge ("May" and "April 2026", a first quarter and "August 2,
/// 2026"); otherwise they are compatible, or agree when both are the same place ("Jan. 14"
/// and "January 14"). `None` when either date has neither.
fn yearless(a: &Mention, b: &Mention) -> Option<(Verdict, &'static str)> {
    let overlap = |(s1, e1): (NaiveDate, NaiveDate), (s2, e2): (NaiveDate, NaiveDate)| s1 <= e2 && s2 <= e1;
    let fits = match (days(a)?, days(b)?) {
        (Days::Dated(..), Days::Dated(..)) => return None,
        (Days::Yearless(s, e), Days::Dated(ds, de)) | (Days::Dated(ds, de), Days::Yearless(s, e)) => {
            // A year-less date is shorter than a year, so a span of a year or more always
            // holds it in some year; shorter spans touch at most three years.
            (de - ds).num_days() >= 365
                || (ds.year() - 1..=de.year())
                    .any(|y| shifted((s, e), y - TEMPLATE_YEAR).is_some_and(|x| overlap(x, (ds, de))))
        }
        (Days::Yearless(s1, e1), Days::Yearless(s2, e2)) => {
            if (s1, e1) == (s2, e2) {
                return Some((Verdict::Agree, "same date"));
            }
            // A winter runs into the next year, so the other may sit a year either way.
            (-1..=1).any(|k| shifted((s2, e2), k).is_some_and(|x| overlap((s1, e1), x)))
        }
    };
    Some(if fits {
        (Verdict::Compatible, YEARLESS)
    } else {
        (Verdict::Diverge, "different dates in any year")
    })
}

/// Days moved by whole years; a month's last day stays its last day (February 28 and 29).
fn shifted((start, end): (NaiveDate, NaiveDate), years: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((shift_years(start, years)?, shift_years(end, years)?))
}
