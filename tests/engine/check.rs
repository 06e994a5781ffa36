//! One `check` helper for every extraction table: run the engine on an input, render each
//! mention as one line, and compare with the expected lines.

use chrono::NaiveDate;
use crosscheck::engine::{extract, Mention, Qualifier, Value};

/// The publication date most date rows use: Wednesday, June 10, 2026 (its week runs June 8–14).
pub const PUB: Option<&str> = Some("2026-06-10");

/// Render a mention as one comparable line:
/// `TEXT => KIND VALUE [UNIT] [QUALIFIER] [#COUNTED] [/PER] [GRANULARITY] [flags]`.
///
/// VALUE is `low` or `low..high` for numbers, `start` or `start..end` for dates, `?` when
/// unresolved. The qualifier is left out when exact. Date flags: `inferred` (year not
/// stated), `ambiguous`, `relative`.
pub fn render(m: &Mention, src: &str) -> String {
    let mut s = format!("{} => {}", m.text(src), serde_json::to_value(m.kind).unwrap().as_str().unwrap());
    match &m.value {
        Some(Value::Num { low, high }) if low == high => s += &format!(" {low}"),
        Some(Value::Num { low, high }) => s += &format!(" {low}..{high}"),
        Some(Value::Date { start, end }) if start == end => s += &format!(" {start}"),
        Some(Value::Date { start, end }) => s += &format!(" {start}..{end}"),
        None => s += " ?",
    }
    if let Some(u) = m.unit {
        s += &format!(" {u}");
    }
    if m.qualifier != Qualifier::Exact {
        s += &format!(" {}", serde_json::to_value(m.qualifier).unwrap().as_str().unwrap());
    }
    if let Some(c) = &m.counted {
        s += &format!(" #{c}");
    }
    if let Some(p) = m.per {
        s += &format!(" /{p}");
    }
    if let Some(d) = &m.date {
        s += &format!(" {}", serde_json::to_value(d.granularity).unwrap().as_str().unwrap());
        if !d.year_stated {
            s += " inferred";
        }
        if d.ambiguous {
            s += " ambiguous";
        }
        if d.relative {
            s += " relative";
        }
    }
    s
}

/// Parse "YYYY-MM-DD".
pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// Run every case of a table and report all mismatches at once, so one run shows every
/// failing row instead of only the first.
pub fn check(table: &[(&str, Option<&str>, &[&str])]) {
    let mut failures = Vec::new();
    for (input, published, want) in table {
        let got: Vec<String> = extract(input, published.map(day)).iter().map(|m| render(m, input)).collect();
        let want: Vec<String> = want.iter().map(|w| w.to_string()).collect();
        if got != want {
            failures.push(format!("input:     {input:?}\n  expected: {want:#?}\n  got:      {got:#?}"));
        }
    }
    assert_rows(&failures, table.len());
}

/// Fail with every failing row of a table at once, so one run shows them all.
pub fn assert_rows(failures: &[String], rows: usize) {
    assert!(failures.is_empty(), "{} of {} rows failed:\n{}", failures.len(), rows, failures.join("\n"));
}
