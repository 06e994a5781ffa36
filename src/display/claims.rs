//! The claims as the page lists and explains them: names of kinds, statuses and verdicts,
//! rows of the claims table, one claim's details, and the note on figures left uncompared.

use crate::engine::{Analysis, Article, Kind, Status, Verdict};
use crate::export;
use crate::export::article_name;
use crate::numerals::{fixed, thousands};

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

/// The status's name as the JSON contract spells it (and the page's `data-status`).
pub fn status_name(s: Status) -> &'static str {
    match s {
        Status::Diverge => "diverge",
        Status::Compatible => "compatible",
        Status::Agree => "agree",
        Status::Single => "single",
    }
}

/// The status for people, as a short verdict.
pub fn status_label(s: Status) -> &'static str {
    match s {
        Status::Diverge => "Contradiction",
        Status::Compatible => "Compatible",
        Status::Agree => "Agreement",
        Status::Single => "One article only",
    }
}

/// A pair's verdict for people.
pub fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Diverge => "contradict",
        Verdict::Compatible => "are compatible",
        Verdict::Agree => "agree",
    }
}

/// One claim as a row of the claims panel: what each article says about it.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimRow {
    pub id: usize,
    pub status: Status,
    pub label: String,
    /// What each article says ("" when silent), in article order.
    pub cells: Vec<String>,
    /// How many articles state it.
    pub stated_by: usize,
}

impl ClaimRow {
    /// Whether the row contains `query` (ASCII lower case) in its label or any cell. ASCII
    /// case folding is enough for figures and the engine's lower-cased words, and keeps
    /// Unicode's case tables out of the page.
    pub fn matches(&self, query: &str) -> bool {
        query.is_empty()
            || self.label.to_ascii_lowercase().contains(query)
            || self.cells.iter().any(|c| c.to_ascii_lowercase().contains(query))
    }
}

/// What the page says when articles hold more figures and dates than are compared
/// (`Config::max_compared`): which articles, and how many were left out. `None` when none.
pub fn not_compared_note(articles: &[Article], analysis: &Analysis, limit: usize) -> Option<String> {
    let left: Vec<String> = articles
        .iter()
        .zip(&analysis.not_compared)
        .enumerate()
        .filter(|(_, (_, &n))| n > 0)
        .map(|(i, (a, &n))| format!("{} in {}", thousands(n as u64), article_name(a, i)))
        .collect();
    (!left.is_empty()).then(|| {
        format!(
            "Only the first {} figures and dates of an article are compared; left out: {}.",
            thousands(limit as u64),
            left.join(", ")
        )
    })
}

/// Every claim as a row, in the analysis's order (divergences first).
pub fn claim_rows(articles: &[Article], analysis: &Analysis) -> Vec<ClaimRow> {
    analysis
        .claims
        .iter()
        .map(|c| {
            let cells: Vec<String> =
                (0..articles.len()).map(|a| export::cell(articles, analysis, c, a)).collect();
            let label = export::label(c);
            ClaimRow {
                id: c.id,
                status: c.status,
                label,
                stated_by: cells.iter().filter(|c| !c.is_empty()).count(),
                cells,
            }
        })
        .collect()
}

/// Everything the popover says about one claim: each article's value, the pairwise verdicts
/// with their reasons, and the evidence that matched them.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimDetail {
    pub row: ClaimRow,
    /// Article names, in article order, to head `row.cells`.
    pub names: Vec<String>,
    /// "Northline Wire and Kessler Ford Courier contradict: values cannot both be right".
    pub pairs: Vec<String>,
    pub shared: Vec<String>,
    /// How sure the scorer is, and what decided: "82% sure these state one fact; for: same
    /// counted thing, shared context words; against: different actions".
    pub why: String,
}

/// The detail of the claim with id `claim`, if there is one.
pub fn claim_detail(articles: &[Article], analysis: &Analysis, claim: usize) -> Option<ClaimDetail> {
    let c = analysis.claims.iter().find(|c| c.id == claim)?;
    let row = claim_rows(articles, analysis).into_iter().find(|r| r.id == claim)?;
    let names: Vec<String> = articles.iter().enumerate().map(|(i, a)| article_name(a, i)).collect();
    let name = |a: usize| names.get(a).cloned().unwrap_or_default();
    let mut pairs: Vec<String> = Vec::new();
    for p in &c.pairs {
        let line = format!(
            "{} and {} {}: {}",
            name(p.a.article),
            name(p.b.article),
            verdict_label(p.verdict),
            p.reason
        );
        if !pairs.contains(&line) {
            pairs.push(line);
        }
    }
    let e = &c.evidence;
    let shared: Vec<String> =
        e.counted.iter().chain(&e.shared_names).chain(&e.shared_words).take(8).cloned().collect();
    Some(ClaimDetail { row, names, pairs, shared, why: why(e) })
}

/// The evidence's confidence and deciding features in words (the JSON report's `evidence`).
fn why(e: &crate::engine::Evidence) -> String {
    let mut out = fixed(e.confidence * 100.0, 0);
    out.push_str("% sure these state one fact");
    for (side, wanted) in [("; for: ", true), ("; against: ", false)] {
        let mut first = true;
        for f in e.features.iter().filter(|f| (f.weight > 0.0) == wanted) {
            out.push_str(if first { side } else { ", " });
            out.push_str(f.feature);
            first = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_names_the_articles_past_the_limit() {
        use crate::engine::{analyze, Config};
        let table = (0..30).map(|n| (n * 7).to_string()).collect::<Vec<_>>().join(", ");
        let art = |title: &str, body: &str| Article {
            title: title.into(),
            body: body.into(),
            ..Article::default()
        };
        let articles = [art("Table", &table), art("Report", "12 workers were hurt on Friday.")];
        let config = Config { max_compared: 10, ..Config::default() };
        let analysis = analyze(&articles, &config);
        assert_eq!(
            not_compared_note(&articles, &analysis, config.max_compared).as_deref(),
            Some("Only the first 10 figures and dates of an article are compared; left out: 20 in Table.")
        );
        let all = analyze(&articles, &Config::default());
        assert_eq!(not_compared_note(&articles, &all, 5000), None);
    }
}
