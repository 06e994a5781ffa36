//! Numbers and dates written for people and for files (thousands separators, fixed decimals,
//! a date with its weekday) in whole-number arithmetic, so the page carries no float formatter.
//! The lowest layer above the engine: the formats, the exports and the page all use it.

use chrono::{Datelike, NaiveDate};

/// A date for people, with its weekday: "Sat 14 Nov 2026".
pub fn human_date(d: NaiveDate) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let day = DAYS[d.weekday().num_days_from_monday() as usize];
    let month = MONTHS[d.month0() as usize];
    format!("{day} {} {month} {}", d.day(), d.year())
}

/// 12345 as "12,345".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    grouped
}

/// `x` with at most four decimals and no trailing zeros: "0.125", "2.5", "150".
pub fn short(x: f64) -> String {
    let s = fixed(x, 4);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// `x` with exactly `places` decimals (at most 9), rounded half away from zero and with no
/// "-0": `format!("{x:.places$}")` worked out in whole numbers, as core's float formatter is
/// several kilobytes of the page for these few uses. Exact while `x` × 10^`places` stays
/// below 2^53; a larger value is written as its whole part, and past 10^19 as its first 19
/// digits and a power of ten.
pub fn fixed(x: f64, places: u32) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let places = places.min(9);
    let scale = 10u64.pow(places);
    let scaled = (x.abs() * scale as f64).round();
    if scaled < 9_007_199_254_740_992.0 {
        let n = scaled as u64;
        let sign = if n == 0 { "" } else { sign };
        let frac = n % scale;
        let frac =
            if places == 0 { String::new() } else { format!(".{frac:0width$}", width = places as usize) };
        return format!("{sign}{}{frac}", n / scale);
    }
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    let mut whole = x.abs();
    let mut tens = 0;
    while whole >= 1e19 {
        whole /= 10.0;
        tens += 1;
    }
    let whole = whole as u64;
    if tens == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}e{tens}")
    }
}
