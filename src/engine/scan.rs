//! The scan that finds every mention in a text: it tokenizes each line, masks the noise, and
//! tries the date and number readers at each token. The longest match wins, dates before
//! numbers on a tie, and the scan resumes after it. Readers never call back into the scan.

use chrono::{Datelike, NaiveDate};

use super::mention::{Cx, DateInfo, Granularity, Kind, Mention, Qualifier, Value};
use super::tokenize::{tokenize_into, Token};
use super::words::{has, List};
use super::{date, noise, number};

/// Every mention in `text`, in order, none overlapping. `published` resolves relative dates.
///
/// The text is scanned line by line (no figure or date spans a line break), which keeps the
/// token buffer small and in cache: this halves the time on long inputs.
pub fn extract(text: &str, published: Option<NaiveDate>) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut toks = Vec::new();
    let mut noise = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        extract_line(line, published, &mut toks, &mut noise, &mut out, offset);
        offset += line.len();
    }
    out
}

/// The mentions of one line, with offsets shifted by `offset` into the whole text.
fn extract_line(
    line: &str,
    published: Option<NaiveDate>,
    toks: &mut Vec<Token>,
    noise: &mut Vec<bool>,
    out: &mut Vec<Mention>,
    offset: usize,
) {
    tokenize_into(line, toks);
    noise::mask_into(line, toks, noise);
    let cx = Cx { src: line, toks, noise, published };
    let mut i = 0;
    while i < toks.len() {
        if noise[i] {
            i += 1;
            continue;
        }
        let d = date::parse_at(&cx, i);
        let n = number::parse_at(&cx, i, starts_date);
        let best = match (d, n) {
            (Some(d), Some(n)) => {
                Some(if n.1 > d.1 || is_count_not_year(&cx, i, &d.0, &n.0) { n } else { d })
            }
            (d, n) => d.or(n),
        };
        match best {
            Some((m, next))
                if next > i && m.num().is_some_and(|(lo, hi)| !lo.is_finite() || !hi.is_finite()) =>
            {
                // A numeral of hundreds of digits overflows a float and has no value to compare,
                // so it is no mention; it is skipped whole so its tail is not read as one either.
                i = next;
            }
            Some((mut m, next)) if next > i => {
                hedge_conversion(line, offset, out.last(), &mut m);
                m.start += offset;
                m.end += offset;
                if !join_dates(line, offset, out, &m) {
                    out.push(m);
                }
                i = next;
            }
            _ => i += 1,
        }
    }
}

/// A figure restated in parentheses right after a hedged one ("shortly before 6 p.m. (1600
/// GMT)", "about $4 million (£3.1m)", "more than 6,000 acres (2,400 hectares)") is as hedged:
/// the writer converted the hedged figure, and the hedge is not repeated inside. An amount
/// restated in another currency or unit is marked `converted` ("7,530 won (US$6.67)"). `m` is
/// line-relative, `prev` (the line's previous mention, if any) already shifted by `offset`.
fn hedge_conversion(line: &str, offset: usize, prev: Option<&Mention>, m: &mut Mention) {
    let Some(p) = prev.filter(|p| p.end >= offset && p.kind == m.kind) else { return };
    let restated = m.in_parentheses_after(line, p.end - offset);
    m.converted = restated
        && (m.kind == Kind::Money && m.unit != p.unit
            || m.kind == Kind::Quantity && m.written_unit != p.written_unit);
    if restated && m.qualifier == Qualifier::Exact && p.qualifier != Qualifier::Range {
        m.qualifier = p.qualifier;
    }
}

/// Two dates of any forms joined into one range ("from April until the end of June",
/// "January 12, 2016 - 01/22/2016", "between 22/Jan/2019 and yesterday", "2014 through May 2nd
/// 2018"): the previous mention of the line becomes the range from its first day to the last
/// day of `m`. The joining word is "to", "through", "thru" or a hyphen or en dash; "until" and
/// "till" after "from"; "and" after "between", which then belongs to the span. The second date
/// must end after the first does, so a date restated between dashes ("on Friday - March 3 -")
/// stays two mentions. Returns whether `m` was joined.
fn join_dates(line: &str, offset: usize, out: &mut [Mention], m: &Mention) -> bool {
    let Some(p) = out.last_mut() else { return false };
    let (Some(Value::Date { start, end: first_end }), Some(Value::Date { end: last, .. })) =
        (&p.value, &m.value)
    else {
        return false;
    };
    // A second date without a year was placed before publication ("the end of September" read
    // in May is last September); wholly before the first, it is the next one after it
    // ("between the middle of March and the end of September").
    // Relative dates ("Friday") are told from the publication day and never roll.
    let absolute = |d: &Option<DateInfo>| d.as_ref().is_some_and(|d| !d.relative);
    let rolls = last < start
        && absolute(&p.date)
        && absolute(&m.date)
        && m.date.as_ref().is_some_and(|d| !d.year_stated);
    let last = &if rolls { last.with_year(last.year() + 1).unwrap_or(*last) } else { *last };
    if p.start < offset
        || p.qualifier == Qualifier::Range
        || m.qualifier == Qualifier::Range
        || last <= first_end
    {
        return false;
    }
    let gap = line.get(p.end - offset..m.start - offset).unwrap_or("").trim().to_ascii_lowercase();
    let before = line.get(..p.start - offset).unwrap_or("").trim_end();
    let word = before.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let lead = before[word.len()..].to_ascii_lowercase();
    let joined = match gap.as_str() {
        "-" | "\u{2013}" | "to" | "through" | "thru" => true,
        "until" | "till" => lead == "from",
        "and" => lead == "between",
        _ => false,
    };
    if !joined {
        return false;
    }
    if lead == "from" || lead == "between" {
        p.start = offset + word.len();
    }
    p.value = Some(Value::Date { start: *start, end: *last });
    p.end = m.end;
    p.qualifier = Qualifier::Range;
    if let (Some(a), Some(b)) = (&mut p.date, &m.date) {
        a.year_stated |= b.year_stated;
        a.ambiguous |= b.ambiguous;
        a.relative |= b.relative;
    }
    true
}

/// A bare four-digit number is read as a year, except when it counts something and no
/// preposition puts it in time: "2000 people" is a count, "in 2000 people" is not written.
fn is_count_not_year(cx: &Cx, i: usize, date: &Mention, num: &Mention) -> bool {
    let bare_year = date.date.as_ref().is_some_and(|d| d.granularity == Granularity::Year)
        && cx.tok(i).is_some_and(|t| t.is_plain_int() && t.end == date.end);
    let before = if i > 0 { cx.lc(i - 1) } else { "" };
    let timed = has(List::YearCues, before);
    bare_year && num.kind == Kind::Number && num.counted.is_some() && !timed
}

/// Whether a date or a time of day, other than a bare year, starts at token `j`: the number
/// reader's question after a bound ("about 9:30 a.m." is a time, "about 2019" a figure). The
/// scan answers it so that the number reader need not call the date reader, which itself reads
/// the numbers inside dates with the number reader.
fn starts_date(cx: &Cx, j: usize) -> bool {
    date::parse_at(cx, j).is_some_and(|(m, _)| {
        m.kind == Kind::Time || m.date.is_some_and(|d| d.granularity != Granularity::Year)
    })
}
