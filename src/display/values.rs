//! Figures and dates written for people: one line about a mention, a date with its weekday, and
//! what an undated article leaves unplaced.

use super::claims::kind_name;
use crate::engine::{Article, Kind, Mention, Qualifier, Value};
use crate::numerals::{short, thousands};

/// What a column without a publication date says about it: relative dates ("Friday", "earlier
/// this year", "March 3" without a year) are placed from the article's date, so without one
/// they cannot be compared. None when the article is dated or has no such date.
pub fn unplaced_dates(article: &Article, mentions: &[Mention]) -> Option<String> {
    if article.published.is_some() {
        return None;
    }
    let mut unplaced: Vec<&str> = Vec::new();
    for m in mentions.iter().filter(|m| matches!(m.kind, Kind::Date) && m.value.is_none()) {
        let text = m.text(&article.body);
        if !unplaced.contains(&text) {
            unplaced.push(text);
        }
    }
    let examples: Vec<String> = unplaced.iter().take(3).map(|t| format!("\u{201c}{t}\u{201d}")).collect();
    match unplaced.len() {
        0 => None,
        1 => Some(format!(
            "No publication date, so {} cannot be placed or compared. Add the date with Edit.",
            examples[0]
        )),
        n => Some(format!(
            "No publication date, so {n} dates ({}{}) cannot be placed or compared. Add the date with Edit.",
            examples.join(", "),
            if n > 3 { ", …" } else { "" }
        )),
    }
}

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
    use crate::engine::article_mentions;

    /// (article as a file, the note)
    #[test]
    fn an_undated_article_says_which_dates_it_cannot_place() {
        let cases: [(&str, Option<&str>); 4] = [
            (
                "Title: Fire\n\nThe fire broke out on Friday; earlier this year a flood hit the town on March 3. In 2019 there was another.",
                Some("No publication date, so 3 dates (\u{201c}Friday\u{201d}, \u{201c}earlier this year\u{201d}, \u{201c}March 3\u{201d}) cannot be placed or compared. Add the date with Edit."),
            ),
            (
                "Title: Fire\n\nThe fire broke out on Friday.",
                Some("No publication date, so \u{201c}Friday\u{201d} cannot be placed or compared. Add the date with Edit."),
            ),
            // Dated: everything is placed.
            ("Title: Fire\nPublished: 2026-11-14\n\nThe fire broke out on Friday.", None),
            // Undated, but every date is whole.
            ("Title: Fire\n\nThe plant opened on 3 March 2019.", None),
        ];
        for (file, want) in cases {
            let a = Article::parse(file);
            assert_eq!(unplaced_dates(&a, &article_mentions(&a)).as_deref(), want, "{file}");
        }
    }

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
