//! Times of day as minutes after midnight: "9:30 a.m.", "9pm", "21:00", "noon", "0930 GMT",
//! with an optional time zone in the span, and ranges such as "9 a.m. to 5 p.m.".

use super::super::mention::{Cx, Kind, Qualifier, Value};
use super::{glued, int_at, punct, Found, TokKind};

/// A clock reading: minutes after midnight, the next token, and its "a.m."/"p.m." if written
/// (a bare first hour of a range borrows it: "9 to 11 a.m.").
#[derive(Clone, Copy)]
struct Clock {
    minutes: u32,
    next: usize,
    pm: Option<bool>,
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
/// ("Eastern time", "local time"); the index after it.
fn zone_at(cx: &Cx, k: usize) -> Option<usize> {
    let t = cx.tok(k)?;
    if t.kind != TokKind::Word {
        return None;
    }
    if matches!(t.lc(), "eastern" | "central" | "mountain" | "pacific" | "local") && cx.lc(k + 1) == "time" {
        return Some(k + 2);
    }
    let ok = matches!(
        t.text(cx.src),
        "ET" | "EST"
            | "EDT"
            | "CT"
            | "CST"
            | "CDT"
            | "MT"
            | "MST"
            | "MDT"
            | "PT"
            | "PST"
            | "PDT"
            | "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
            | "EET"
            | "EEST"
            | "IST"
            | "JST"
            | "KST"
            | "AEST"
            | "AEDT"
            | "HKT"
            | "SGT"
            | "WIB"
            | "MSK"
    );
    ok.then_some(k + 1)
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
        return Some(Clock { minutes, next: i + 1, pm: None });
    }
    if t.kind != TokKind::Num || t.grouped {
        return None;
    }
    // "9.30pm": a British decimal point, only with a meridiem.
    if t.decimals == 2 && t.len() <= 5 {
        let h = t.value.trunc() as u32;
        let m = ((t.value - t.value.trunc()) * 100.0).round() as u32;
        let (pm, next) = meridiem_at(cx, i + 1)?;
        if m > 59 {
            return None;
        }
        return Some(Clock { minutes: with_meridiem(h, m, pm)?, next, pm: Some(pm) });
    }
    let (h, len) = int_at(cx, i)?;
    if len > 2 {
        // "0930 GMT", "1500 UTC".
        if len != 4 || h % 100 > 59 || h / 100 > 23 {
            return None;
        }
        // The zone itself is added to the span by the caller.
        zone_at(cx, i + 1)?;
        return Some(Clock { minutes: h / 100 * 60 + h % 100, next: i + 1, pm: None });
    }
    if punct(cx, i + 1, ':') && glued(cx, i + 1) && glued(cx, i + 2) {
        let (m, mlen) = int_at(cx, i + 2)?;
        if mlen != 2 || m > 59 || h > 23 {
            return None;
        }
        // "10:30:15" keeps its seconds in the span; "1:2:3" style codes are not times.
        let mut next = i + 3;
        if punct(cx, next, ':') && glued(cx, next) {
            let (_, slen) = int_at(cx, next + 1)?;
            if slen != 2 {
                return None;
            }
            next += 2;
        }
        if let Some((pm, n2)) = meridiem_at(cx, next) {
            return Some(Clock { minutes: with_meridiem(h, m, pm)?, next: n2, pm: Some(pm) });
        }
        return Some(Clock { minutes: h * 60 + m, next, pm: None });
    }
    if let Some((pm, next)) = meridiem_at(cx, i + 1) {
        return Some(Clock { minutes: with_meridiem(h, 0, pm)?, next, pm: Some(pm) });
    }
    if cx.lc(i + 1) == "o'clock" && (1..=12).contains(&h) {
        return Some(Clock { minutes: h * 60, next: i + 2, pm: None });
    }
    None
}

/// The separator of a time range at `k`.
fn range_sep(cx: &Cx, k: usize, between: bool) -> bool {
    if between {
        return cx.lc(k) == "and";
    }
    punct(cx, k, '-') || matches!(cx.lc(k), "to" | "until" | "till" | "through")
}

fn time_found(low: u32, high: u32, next: usize, range: bool) -> Option<Found> {
    Some(Found {
        next,
        kind: Kind::Time,
        value: Some(Value::Num { low: f64::from(low), high: f64::from(high) }),
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
                let high = if c2.minutes < c1.minutes { c2.minutes + 1440 } else { c2.minutes };
                return time_found(c1.minutes, high, after_zone(cx, c2.next), true);
            }
        }
        if between {
            return None;
        }
        return time_found(c1.minutes, c1.minutes, after_zone(cx, c1.next), false);
    }
    // "9 to 11 a.m.", "10-11:30 p.m.": a bare first hour takes the second's meridiem.
    let (h, len) = int_at(cx, i)?;
    if len > 2 || !(1..=12).contains(&h) || !range_sep(cx, i + 1, between) {
        return None;
    }
    let k = i + 2;
    let c2 = clock_at(cx, k)?;
    let pm = c2.pm?;
    let mut low = with_meridiem(h, 0, pm)?;
    if low > c2.minutes {
        low = with_meridiem(h, 0, false)?;
    }
    time_found(low, c2.minutes, after_zone(cx, c2.next), true)
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
