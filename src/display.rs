//! What the page shows for engine data, as plain strings: an article body split into paragraphs
//! of plain and marked runs (each mark with its mention's index, kind and tooltip), and dates for
//! people. Pure and native, so the page only turns runs into text nodes and `<mark>` elements.

use chrono::{Datelike, NaiveDate};

use crate::engine::{Kind, Mention, Qualifier, Value};

/// A stretch of a paragraph: plain text, or the text of one mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub text: String,
    pub mark: Option<Mark>,
}

/// What a marked run shows about its mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// The mention's index in the article's mention list.
    pub index: usize,
    /// The kind's name as in the JSON contract ("money", "date", ...).
    pub kind: &'static str,
    /// A one-line description for a tooltip: "money: 4,200,000 USD".
    pub title: String,
}

/// The body's paragraphs (separated by blank lines), each as runs in text order. A mention with
/// offsets that are out of range, not on character boundaries, or overlapping an earlier one is
/// left unmarked rather than trusted; one that spans a paragraph break is marked in both parts.
pub fn paragraphs(body: &str, mentions: &[Mention]) -> Vec<Vec<Run>> {
    let mut out = Vec::new();
    let mut first = 0; // first mention that may still reach the current paragraph
    for (ps, pe) in paragraph_ranges(body) {
        while first < mentions.len() && mentions[first].end <= ps {
            first += 1;
        }
        let mut runs = Vec::new();
        let mut cursor = ps;
        for (index, m) in mentions.iter().enumerate().skip(first) {
            if m.start >= pe {
                break;
            }
            let (s, e) = (m.start.max(ps), m.end.min(pe));
            if s < cursor || s >= e || !body.is_char_boundary(s) || !body.is_char_boundary(e) {
                continue;
            }
            if cursor < s {
                runs.push(Run { text: body[cursor..s].to_string(), mark: None });
            }
            let mark = Mark { index, kind: kind_name(m.kind), title: describe(m) };
            runs.push(Run { text: body[s..e].to_string(), mark: Some(mark) });
            cursor = e;
        }
        if cursor < pe {
            runs.push(Run { text: body[cursor..pe].to_string(), mark: None });
        }
        out.push(runs);
    }
    out
}

/// Byte ranges of the paragraphs: maximal runs of non-blank lines, without the final newline.
fn paragraph_ranges(body: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut pos = 0;
    for line in body.split_inclusive('\n') {
        let content_end = pos + line.trim_end_matches(['\n', '\r']).len();
        if line.trim().is_empty() {
            ranges.extend(open.take());
        } else {
            open = Some((open.map_or(pos, |(s, _)| s), content_end));
        }
        pos += line.len();
    }
    ranges.extend(open);
    ranges
}

/// The kind's name as the JSON contract spells it.
pub fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Number => "number",
        Kind::Money => "money",
        Kind::Percent => "percent",
        Kind::Quantity => "quantity",
        Kind::Ordinal => "ordinal",
        Kind::Date => "date",
        Kind::Time => "time",
        Kind::Duration => "duration",
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

/// A date for people, with its weekday: "Sat 14 Nov 2026".
pub fn human_date(d: NaiveDate) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let day = DAYS[d.weekday().num_days_from_monday() as usize];
    let month = MONTHS[d.month0() as usize];
    format!("{day} {} {month} {}", d.day(), d.year())
}

/// A number for people: thousands separators for whole numbers, at most four decimals otherwise.
fn number(x: f64) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    if x.fract() == 0.0 && x.abs() < 1e15 {
        let digits = format!("{}", x.abs() as u64);
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 1);
        if x < 0.0 {
            grouped.push('-');
        }
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        return grouped;
    }
    let s = format!("{x:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(start: usize, end: usize) -> Mention {
        Mention::new(start, end, Kind::Number, Some(Value::Num { low: 12.0, high: 12.0 }))
    }

    fn texts(paras: &[Vec<Run>]) -> Vec<Vec<(&str, Option<usize>)>> {
        paras
            .iter()
            .map(|p| p.iter().map(|r| (r.text.as_str(), r.mark.as_ref().map(|k| k.index))).collect())
            .collect()
    }

    #[test]
    fn splits_paragraphs_and_marks_mentions() {
        let body = "Two died and 12 were hurt.\n\n  \nFire on day 3.\nNext line";
        let ms = [m(13, 15), m(43, 44)];
        let p = paragraphs(body, &ms);
        assert_eq!(
            texts(&p),
            vec![
                vec![("Two died and ", None), ("12", Some(0)), (" were hurt.", None)],
                vec![("Fire on day ", None), ("3", Some(1)), (".\nNext line", None)],
            ]
        );
        assert_eq!(p[0][1].mark.as_ref().map(|k| (k.kind, k.title.as_str())), Some(("number", "number: 12")));
    }

    #[test]
    fn bad_offsets_are_left_unmarked() {
        let body = "A — 12";
        // 3 is inside the dash; 9 is past the end; the third overlaps the second.
        let ms = [m(3, 4), m(6, 8), m(7, 9), m(8, 20)];
        assert_eq!(texts(&paragraphs(body, &ms)), vec![vec![("A — ", None), ("12", Some(1))]]);
    }

    #[test]
    fn a_mention_across_a_paragraph_break_is_marked_in_both() {
        let body = "ab\n\ncd";
        assert_eq!(
            texts(&paragraphs(body, &[m(1, 5)])),
            vec![vec![("a", None), ("b", Some(0))], vec![("c", Some(0)), ("d", None)]]
        );
        assert!(paragraphs("", &[]).is_empty());
    }

    #[test]
    fn numbers_and_descriptions_read_well() {
        assert_eq!(number(4_250_000.0), "4,250,000");
        assert_eq!(number(-1234.0), "-1,234");
        assert_eq!(number(0.125), "0.125");
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
