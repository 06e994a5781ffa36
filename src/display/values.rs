//! Figures and dates written for people: one line about a mention, and a date with its weekday.

use super::claims::kind_name;
use crate::engine::{Mention, Qualifier, Value};
use crate::numerals::{short, thousands};

/// One line about a mention for people: kind, bound, value, unit, counted noun.
/// "number: more than 60 firefighters", "date: 2026-11-13 (relative)".
pub fn describe(m: &Mention) -> String {
    let mut s = format!("{}: ", kind_name(m.kind));
    let bound = match m.qualifier {
        Qualifier::Exact | Qualifier::Range => "",
        Qualifier::Approx => "about ",
        Qualifier::MoreThan => "more than ",
        Qualifier::AtLeast => "at least ",
        Qualifier::LessThan => "less than ",
        Qualifier::AtMost => "at most ",
        Qualifier::Nearly => "nearly ",
    };
    s.push_str(bound);
    match &m.value {
        None => s.push_str("unresolved"),
        Some(Value::Num { low, high }) => {
            s.push_str(&number(*low));
            if high != low {
                s.push_str(" to ");
                s.push_str(&number(*high));
            }
        }
        Some(Value::Date { start, end }) => {
            s.push_str(&start.to_string());
            if end != start {
                s.push_str(" to ");
                s.push_str(&end.to_string());
            }
        }
    }
    if let Some(unit) = m.unit {
        s.push(' ');
        s.push_str(unit);
    }
    if let Some(per) = m.per {
        s.push_str(" a ");
        s.push_str(per);
    }
    if let Some(counted) = &m.counted {
        s.push(' ');
        s.push_str(counted);
    }
    if m.date.as_ref().is_some_and(|d| d.relative) {
        s.push_str(" (relative to publication)");
    }
    s
}

/// A number for people: thousands separators for whole numbers, at most four decimals otherwise.
fn number(x: f64) -> String {
    if x.is_finite() && x.fract() == 0.0 && x.abs() < 1e15 {
        let sign = if x < 0.0 { "-" } else { "" };
        return format!("{sign}{}", thousands(x.abs() as u64));
    }
    short(x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::display::*;
    use crate::engine::{Kind, Mention, Qualifier, Value};
    use chrono::NaiveDate;

    #[test]
    fn numbers_and_descriptions_read_well() {
        assert_eq!(number(4_250_000.0), "4,250,000");
        assert_eq!(number(-1234.0), "-1,234");
        assert_eq!(number(-999.0), "-999");
        for (n, text) in
            [(0, "0"), (999, "999"), (1000, "1,000"), (12_345, "12,345"), (1_000_000, "1,000,000")]
        {
            assert_eq!(thousands(n), text);
        }
        assert_eq!(number(0.125), "0.125");
        for (x, places, text) in [
            (0.125, 4, "0.1250"),
            (2.0, 1, "2.0"),
            (3.25, 1, "3.3"),
            (-1.5, 0, "-2"),
            (-0.01, 1, "0.0"),
            (1e14 + 0.5, 1, "100000000000000.5"),
            (1e15 + 0.5, 1, "1000000000000000"),
            (1.5e18, 2, "1500000000000000000"),
            (2.5e21, 0, "2500000000000000000e3"),
            (f64::INFINITY, 2, "inf"),
            (f64::NEG_INFINITY, 0, "-inf"),
            (f64::NAN, 1, "NaN"),
        ] {
            assert_eq!(fixed(x, places), text, "{x} to {places} places");
        }
        assert_eq!(short(150.0), "150");
        assert_eq!(short(0.3333333), "0.3333");
        assert_eq!(short(-2.50), "-2.5");
        let mut money = Mention::new(0, 4, Kind::Money, Some(Value::Num { low: 4.2e6, high: 4.2e6 }));
        money.unit = Some("USD");
        money.qualifier = Qualifier::Approx;
        assert_eq!(describe(&money), "money: about 4,200,000 USD");
        let mut fire = Mention::new(0, 2, Kind::Number, Some(Value::Num { low: 60.0, high: 60.0 }));
        fire.qualifier = Qualifier::MoreThan;
        fire.counted = Some("firefighters".into());
        assert_eq!(describe(&fire), "number: more than 60 firefighters");
        assert_eq!(describe(&Mention::new(0, 2, Kind::Date, None)), "date: unresolved");
        assert_eq!(human_date(NaiveDate::from_ymd_opt(2026, 11, 14).unwrap()), "Sat 14 Nov 2026");
    }
}
