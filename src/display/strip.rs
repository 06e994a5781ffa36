//! A claim's values on one axis (the popover's value strip): one row per article that states
//! the claim (two for a report that tells the count at two moments), each value drawn where it
//! falls, a range as a bar and a bound as an arrow, so a contradiction, a rounding or an update
//! shows at a glance. Positions are shares of the axis (0 to 1); the page only turns them into
//! SVG.

use crate::engine::{Analysis, Article, Claim, MentionRef, Qualifier, Value};
use crate::export::{article_names, cell};

/// The strip of one claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Strip {
    pub rows: Vec<StripRow>,
    /// The axis's two ends in words (the smallest and largest value stated, as written).
    pub ends: (String, String),
    /// The whole picture in words, for screen readers: "Values on one axis: Wire 12; Courier 14".
    pub alt: String,
}

/// One article's value on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct StripRow {
    pub article: String,
    /// What the article says, as written.
    pub text: String,
    /// Where the value starts and ends on the axis (equal for a single value).
    pub from: f64,
    pub to: f64,
    /// Which way the value is open: "more than 50" points right, "fewer than 50" left.
    pub open: Open,
    /// "about", "nearly": drawn fainter than an exact value.
    pub approx: bool,
}

/// Which way a bound points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Open {
    None,
    Above,
    Below,
}

/// The strip of claim `claim`, or None when fewer than two articles give it a value (one
/// value on an axis says nothing a reader cannot read) or the values are not numbers or dates.
pub fn value_strip(articles: &[Article], analysis: &Analysis, claim: usize) -> Option<Strip> {
    let c = analysis.claims.iter().find(|c| c.id == claim)?;
    let mut firsts = stated(analysis, c, true)?;
    let one_article = firsts.iter().all(|s| s.0 == firsts[0].0);
    if one_article || firsts.iter().any(|(_, (l, h), _, _)| !l.is_finite() || !h.is_finite()) {
        return None;
    }
    firsts.sort_unstable_by_key(|(a, _, _, r)| (*a, r.index));
    let low = firsts.iter().map(|(_, (l, _), _, _)| *l).fold(f64::INFINITY, f64::min);
    let high = firsts.iter().map(|(_, (_, h), _, _)| *h).fold(f64::NEG_INFINITY, f64::max);
    // A tenth of the span on each side keeps arrows and end marks inside; equal values sit in
    // the middle.
    let pad = if high > low { (high - low) / 10.0 } else { low.abs().max(1.0) / 10.0 };
    let (lo, hi) = (low - pad, high + pad);
    let at = |v: f64| ((v - lo) / (hi - lo)).clamp(0.0, 1.0);
    let names = article_names(articles);
    let rows: Vec<StripRow> = firsts
        .iter()
        .map(|(a, (l, h), q, r)| StripRow {
            article: names[*a].clone(),
            // An article with two values (a report's history of a count) shows each as written.
            text: match firsts.iter().filter(|s| s.0 == *a).count() {
                1 => cell(articles, analysis, c, *a),
                _ => analysis.mentions[r.article][r.index].text(&articles[r.article].body).to_string(),
            },
            from: at(*l),
            to: at(*h),
            open: bound(*q).0,
            approx: bound(*q).1,
        })
        .collect();
    let end_text = |pick: fn(&StripRow) -> f64, smallest: bool| {
        let best = rows.iter().min_by(|x, y| {
            let o = pick(x).total_cmp(&pick(y));
            if smallest {
                o
            } else {
                o.reverse()
            }
        });
        best.map(|r| r.text.clone()).unwrap_or_default()
    };
    let ends = (end_text(|r| r.from, true), end_text(|r| r.to, false));
    let said: Vec<String> = rows.iter().map(|r| format!("{} {}", r.article, r.text)).collect();
    let alt = format!("Values on one axis: {}", said.join("; "));
    Some(Strip { rows, ends, alt })
}

/// An article's value in a claim: the article, its span on a number line, its qualifier and
/// the mention that states it.
pub(super) type Stated = (usize, (f64, f64), Qualifier, MentionRef);

/// Each article's first mention in the claim (its cell gives every wording), or with `every`
/// each of its distinct values (a report that tells a count at two moments gives two): the
/// article, the value's span on a number line (dates as day numbers, the last day included),
/// its qualifier and the mention. None when a mention has no value.
pub(super) fn stated(analysis: &Analysis, c: &Claim, every: bool) -> Option<Vec<Stated>> {
    let mut firsts: Vec<Stated> = Vec::new();
    for r in &c.mentions {
        let m = analysis.mentions.get(r.article)?.get(r.index)?;
        let span = match m.value.clone()? {
            Value::Num { low, high } => (low, high),
            Value::Date { start, end } => (day(start), day(end) + 1.0),
        };
        if firsts.iter().any(|(a, s, _, _)| *a == r.article && (!every || *s == span)) {
            continue;
        }
        firsts.push((r.article, span, m.qualifier, *r));
    }
    Some(firsts)
}

/// Which way a qualifier points, and whether it is approximate.
pub(super) fn bound(q: Qualifier) -> (Open, bool) {
    let open = match q {
        Qualifier::MoreThan | Qualifier::AtLeast => Open::Above,
        Qualifier::LessThan | Qualifier::AtMost | Qualifier::Nearly => Open::Below,
        _ => Open::None,
    };
    (open, matches!(q, Qualifier::Approx | Qualifier::Nearly))
}

/// Days since the common era's first day, as a float.
fn day(d: chrono::NaiveDate) -> f64 {
    use chrono::Datelike;
    f64::from(d.num_days_from_ce())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{analyze, Config};

    /// One row of the table: (articles as files, each row as (article, text, from, to, open)).
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str, f64, f64, Open)]);

    fn check(files: &[&str], want: &[(&str, &str, f64, f64, Open)]) {
        let articles: Vec<Article> = files.iter().map(|f| Article::parse(f)).collect();
        let analysis = analyze(&articles, &Config::default());
        let shared = analysis.claims.iter().find(|c| {
            let mut seen: Vec<usize> = c.mentions.iter().map(|r| r.article).collect();
            seen.dedup();
            seen.len() > 1
        });
        let strip = shared.and_then(|c| value_strip(&articles, &analysis, c.id));
        let got: Vec<(String, String, f64, f64, Open)> = strip
            .iter()
            .flat_map(|s| &s.rows)
            .map(|r| (r.article.clone(), r.text.clone(), round(r.from), round(r.to), r.open))
            .collect();
        let want: Vec<(String, String, f64, f64, Open)> =
            want.iter().map(|(a, t, f, to, o)| (a.to_string(), t.to_string(), *f, *to, *o)).collect();
        assert_eq!(got, want, "{files:?}");
    }

    fn round(x: f64) -> f64 {
        (x * 100.0).round() / 100.0
    }

    #[test]
    fn values_fall_where_they_are_on_one_axis() {
        let cases: [Case; 5] = [
            // Two values: each a tenth of the span in from its end.
            (
                &[
                    "Source: Wire\n\nA fire at the Halvard paint plant injured 12 workers on Friday.",
                    "Source: Courier\n\nFourteen workers were injured in the fire at the Halvard paint plant.",
                ],
                &[("Wire", "12", 0.08, 0.08, Open::None), ("Courier", "Fourteen", 0.92, 0.92, Open::None)],
            ),
            // A lower bound points right, from where it starts.
            (
                &[
                    "Source: Wire\n\nThe fire at the Halvard paint plant injured more than 10 workers.",
                    "Source: Courier\n\nThe fire at the Halvard paint plant injured 12 workers.",
                ],
                &[("Wire", "more than 10", 0.08, 0.08, Open::Above), ("Courier", "12", 0.92, 0.92, Open::None)],
            ),
            // The same value twice sits in the middle.
            (
                &[
                    "Source: Wire\n\nThe fire at the Halvard paint plant injured 12 workers.",
                    "Source: Courier\n\nTwelve workers were injured in the fire at the Halvard paint plant.",
                ],
                &[("Wire", "12", 0.5, 0.5, Open::None), ("Courier", "Twelve", 0.5, 0.5, Open::None)],
            ),
            // Dates: a day and a month (30 days) on one axis of days.
            (
                &[
                    "Source: Wire\nPublished: 2025-06-20\n\nThe Halvard paint plant will reopen on 3 June 2026, its owner said.",
                    "Source: Courier\nPublished: 2025-06-20\n\nThe Halvard paint plant will reopen in June 2026, its owner said.",
                ],
                &[("Wire", "3 June 2026", 0.14, 0.17, Open::None), ("Courier", "June 2026", 0.08, 0.92, Open::None)],
            ),
            // A report that tells the count at two moments shows both its values, each as
            // written, in its own order.
            (
                &[
                    "Source: Wire\nPublished: 2026-10-24\n\nAt the Kostenko pit 32 miners have been confirmed dead after the fire, the ministry said.",
                    "Source: Courier\nPublished: 2026-10-26\n\nThe ministry said 42 miners have been confirmed dead in the Kostenko pit fire.",
                    "Source: Blog\nPublished: 2026-10-27\n\nBy Saturday night 32 miners had been confirmed dead at the Kostenko pit. By Sunday afternoon the number of miners confirmed dead was 42, the ministry said.",
                ],
                &[
                    ("Wire", "32", 0.08, 0.08, Open::None),
                    ("Courier", "42", 0.92, 0.92, Open::None),
                    ("Blog", "32", 0.08, 0.08, Open::None),
                    ("Blog", "42", 0.92, 0.92, Open::None),
                ],
            ),
        ];
        for (files, want) in cases {
            check(files, want);
        }
    }

    #[test]
    fn one_value_or_none_makes_no_strip() {
        check(
            &["Source: Wire\n\nThe plant employs 340 people.", "Source: Courier\n\nThe plant is in Kessel."],
            &[],
        );
    }

    /// Names are told apart by number only when they begin alike, the number first so that a
    /// name cut short keeps it.
    #[test]
    fn alike_names_carry_their_number() {
        let named = |texts: &[&str]| -> Vec<String> {
            let articles: Vec<Article> = texts.iter().map(|t| Article::parse(t)).collect();
            article_names(&articles)
        };
        let cases: [(&[&str], &[&str]); 5] = [
            (&["Source: Wire\n\nA.", "Source: Courier\n\nB."], &["Wire", "Courier"]),
            (
                &["Source: Wire\n\nA.", "Source: Courier\n\nB.", "Source: Wire\n\nC."],
                &["1. Wire", "Courier", "3. Wire"],
            ),
            // Titles alike in their first 15 characters, as the strip would show them.
            (
                &[
                    "Title: Ferry capsizes off Ostvale, 12 dead\n\nA.",
                    "Title: Ferry capsizes off Ostvale: what we know\n\nB.",
                ],
                &["1. Ferry capsizes off Ostvale, 12…", "2. Ferry capsizes off Ostvale: wha…"],
            ),
            (
                &["Title: Ferry capsizes\n\nA.", "Title: Ferry sinks\n\nB."],
                &["Ferry capsizes", "Ferry sinks"],
            ),
            (&["No header.", "None here either."], &["Article 1", "Article 2"]),
        ];
        for (texts, want) in cases {
            assert_eq!(named(texts), want.iter().map(|w| w.to_string()).collect::<Vec<_>>(), "{texts:?}");
        }
    }
}
