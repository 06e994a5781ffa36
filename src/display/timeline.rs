//! The story's dated claims on one date axis (the claims panel's timeline): a row per date
//! that two or more articles give, each article's version drawn where it falls, so a day one
//! report moves shows beside the others. Positions are shares of the axis (0 to 1).

use super::strip::{bound, stated, StripRow};
use crate::engine::{Analysis, Article, Kind, Status};
use crate::export::{article_names, cell};
use crate::numerals::human_date;

/// Dates spanning more than this many days (a month, a year) are left off: one "in 2016"
/// would squeeze a week's events into a point. Their own value strips show them.
const LONGEST: f64 = 7.0;

/// The axis spans at least this many days.
const SHORTEST: f64 = 7.0;

/// At most this many rows, the first in the claims' order (contradictions first).
const MOST: usize = 12;

/// The timeline of a comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub rows: Vec<TimelineRow>,
    /// The first and last day on the axis, for people ("Mon 9 Jun 2025").
    pub ends: (String, String),
    /// The whole picture in words, for screen readers.
    pub alt: String,
}

/// One dated claim: its label, status and each article's version.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineRow {
    pub claim: usize,
    pub label: String,
    pub status: Status,
    pub marks: Vec<StripRow>,
}

/// The timeline, or None when fewer than one date is shared by two articles.
pub fn timeline(articles: &[Article], analysis: &Analysis) -> Option<Timeline> {
    let dated: Vec<_> = analysis
        .claims
        .iter()
        .filter(|c| {
            c.mentions
                .first()
                .and_then(|r| analysis.mentions.get(r.article)?.get(r.index))
                .is_some_and(|m| m.kind == Kind::Date)
        })
        .filter_map(|c| Some((c, stated(analysis, c, false)?)))
        .filter(|(_, s)| s.len() >= 2 && s.iter().all(|(_, (l, h), _, _)| l.is_finite() && h - l <= LONGEST))
        .take(MOST)
        .collect();
    if dated.is_empty() {
        return None;
    }
    let low =
        dated.iter().flat_map(|(_, s)| s.iter().map(|(_, (l, _), _, _)| *l)).fold(f64::INFINITY, f64::min);
    let high = dated
        .iter()
        .flat_map(|(_, s)| s.iter().map(|(_, (_, h), _, _)| *h))
        .fold(f64::NEG_INFINITY, f64::max);
    // A day of margin on each side keeps the first and last days' dots inside, and the axis
    // spans at least a week, so one day is a dot, not a bar across the panel. Whole days, so
    // the axis's ends are days a reader can be told.
    let widen = ((SHORTEST - (high - low)) / 2.0).ceil().max(0.0);
    let (lo, hi) = (low - 1.0 - widen, high + 1.0 + widen);
    let at = |v: f64| ((v - lo) / (hi - lo)).clamp(0.0, 1.0);
    let names = article_names(articles);
    let rows: Vec<TimelineRow> = dated
        .iter()
        .map(|(c, s)| TimelineRow {
            claim: c.id,
            label: c.label.clone(),
            status: c.status,
            marks: s
                .iter()
                .map(|(a, (l, h), q, _)| StripRow {
                    article: names[*a].clone(),
                    text: cell(articles, analysis, c, *a),
                    // One day is a point at its middle; longer dates (a week) keep their span.
                    from: if h - l <= 1.0 { at((l + h) / 2.0) } else { at(*l) },
                    to: if h - l <= 1.0 { at((l + h) / 2.0) } else { at(*h) },
                    open: bound(*q).0,
                    approx: bound(*q).1,
                })
                .collect(),
        })
        .collect();
    let date =
        |d: f64| chrono::NaiveDate::from_num_days_from_ce_opt(d as i32).map(human_date).unwrap_or_default();
    let ends = (date(lo), date(hi - 1.0));
    let said: Vec<String> = rows
        .iter()
        .map(|r| {
            let versions: Vec<String> = r.marks.iter().map(|m| format!("{} {}", m.article, m.text)).collect();
            format!("{}: {}", r.label, versions.join(", "))
        })
        .collect();
    let alt = format!("Dates from {} to {}. {}.", date(low), date(high - 1.0), said.join("; "));
    Some(Timeline { rows, ends, alt })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{analyze, Config};

    /// (articles as files, the timeline's rows as (label, [(article, from, to)]), its ends)
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a [(&'a str, f64, f64)])], (&'a str, &'a str));
    /// A row as compared: its label and each mark's (article, from, to).
    type Row = (String, Vec<(String, f64, f64)>);

    #[test]
    fn shared_dates_fall_on_one_axis() {
        let cases: [Case; 3] = [
            // A fire dated Friday by one report and Saturday by another: a day apart on a week's axis.
            (
                &[
                    "Source: Wire\nPublished: 2025-06-16\n\nThe fire at the Halvard paint plant broke out on Friday.",
                    "Source: Courier\nPublished: 2025-06-16\n\nThe fire at the Halvard paint plant broke out on Saturday.",
                ],
                &[("date of the fire", &[("Wire", 0.45, 0.45), ("Courier", 0.55, 0.55)])],
                ("Mon 9 Jun 2025", "Wed 18 Jun 2025"),
            ),
            // A year is too long for the axis; no shared day, no timeline.
            (
                &[
                    "Source: Wire\n\nThe Halvard paint plant opened in 1994.",
                    "Source: Courier\n\nThe Halvard paint plant opened in 1994.",
                ],
                &[],
                ("", ""),
            ),
            // Agreeing days sit together.
            (
                &[
                    "Source: Wire\nPublished: 2025-06-16\n\nThe fire at the Halvard paint plant broke out on 13 June.",
                    "Source: Courier\nPublished: 2025-06-16\n\nThe fire at the Halvard paint plant broke out on Friday.",
                ],
                &[("date of the fire", &[("Wire", 0.5, 0.5), ("Courier", 0.5, 0.5)])],
                ("Mon 9 Jun 2025", "Tue 17 Jun 2025"),
            ),
        ];
        for (files, want, ends) in cases {
            let articles: Vec<Article> = files.iter().map(|f| Article::parse(f)).collect();
            let analysis = analyze(&articles, &Config::default());
            let t = timeline(&articles, &analysis);
            let got: Vec<Row> = t
                .iter()
                .flat_map(|t| &t.rows)
                .map(|r| {
                    let marks =
                        r.marks.iter().map(|m| (m.article.clone(), round(m.from), round(m.to))).collect();
                    (r.label.clone(), marks)
                })
                .collect();
            let want: Vec<Row> = want
                .iter()
                .map(|(l, ms)| (l.to_string(), ms.iter().map(|(a, f, t)| (a.to_string(), *f, *t)).collect()))
                .collect();
            assert_eq!(got, want, "{files:?}");
            let got_ends = t.map(|t| t.ends).unwrap_or_default();
            assert_eq!((got_ends.0.as_str(), got_ends.1.as_str()), ends, "{files:?}");
        }
    }

    fn round(x: f64) -> f64 {
        (x * 100.0).round() / 100.0
    }
}
