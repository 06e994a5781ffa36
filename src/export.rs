//! Human-readable renderings of a comparison: the terminal table, Markdown and CSV (claims as
//! rows, articles as columns). Shared by the CLI and the page's export buttons.

use crate::engine::{Analysis, Article, Claim, Status};

/// A short label for a claim: the words naming its fact (`engine::label`).
pub fn label(claim: &Claim) -> String {
    claim.label.clone()
}

/// What article `a` says in a claim: its mentions' texts joined, or "" when silent.
pub fn cell(articles: &[Article], analysis: &Analysis, claim: &Claim, a: usize) -> String {
    let texts: Vec<&str> = claim
        .mentions
        .iter()
        .filter(|r| r.article == a)
        .filter_map(|r| {
            let m = analysis.mentions.get(r.article)?.get(r.index)?;
            Some(m.text(&articles.get(a)?.body))
        })
        .collect();
    let mut unique: Vec<&str> = Vec::new();
    for t in texts {
        if !unique.contains(&t) {
            unique.push(t);
        }
    }
    unique.join(" / ")
}

fn status_word(s: Status) -> &'static str {
    match s {
        Status::Diverge => "DIVERGE",
        Status::Updated => "updated",
        Status::Compatible => "compatible",
        Status::Agree => "agree",
        Status::Single => "single",
    }
}

/// A short name for an article: its source, else its title, else its position; at most 32
/// characters. The page and every export name articles this way.
pub fn article_name(a: &Article, i: usize) -> String {
    let base = [a.source.trim(), a.title.trim()].into_iter().find(|s| !s.is_empty());
    let base = base.map_or_else(|| format!("Article {}", i + 1), str::to_string);
    if base.chars().count() > 32 {
        format!("{}…", base.chars().take(31).collect::<String>().trim_end())
    } else {
        base
    }
}

/// Claims shown by default: those at least two articles make; `all` adds single ones.
fn shown<'a>(analysis: &'a Analysis, all: bool) -> impl Iterator<Item = &'a Claim> {
    analysis.claims.iter().filter(move |c| all || c.status != Status::Single)
}

/// A plain-text table for the terminal, divergences first.
pub fn terminal(articles: &[Article], analysis: &Analysis, all: bool) -> String {
    let mut rows: Vec<Vec<String>> = vec![{
        let mut h = vec!["status".to_string(), "claim".to_string()];
        h.extend(articles.iter().enumerate().map(|(i, a)| article_name(a, i)));
        h
    }];
    for c in shown(analysis, all) {
        let mut r = vec![status_word(c.status).to_string(), label(c)];
        r.extend((0..articles.len()).map(|a| cell(articles, analysis, c, a)));
        rows.push(r);
    }
    let cols = rows[0].len();
    let widths: Vec<usize> =
        (0..cols).map(|k| rows.iter().map(|r| r[k].chars().count()).max().unwrap_or(0).min(40)).collect();
    let mut out = String::new();
    for (n, r) in rows.iter().enumerate() {
        let line: Vec<String> = r
            .iter()
            .zip(&widths)
            .map(|(s, w)| {
                let s: String = s.chars().take(*w).collect();
                format!("{s:<w$}", w = *w)
            })
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
        if n == 0 {
            out.push_str(&widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().join("  "));
            out.push('\n');
        }
    }
    let counts = count(analysis);
    // Updates are named only when there are some, so the line reads as it did before they
    // existed for every comparison without one.
    let updated = if counts[1] > 0 { format!(", {} updated", counts[1]) } else { String::new() };
    out.push_str(&format!(
        "\n{} claims: {} diverge{updated}, {} compatible, {} agree, {} single{}\n",
        analysis.claims.len(),
        counts[0],
        counts[2],
        counts[3],
        counts[4],
        if all { "" } else { " (singles hidden; --all shows them)" }
    ));
    out
}

/// How many claims have each status, in `Status` order.
fn count(analysis: &Analysis) -> [usize; 5] {
    let mut n = [0; 5];
    for c in &analysis.claims {
        n[c.status as usize] += 1;
    }
    n
}

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A Markdown report: a heading, the articles, and the claims table.
pub fn markdown(articles: &[Article], analysis: &Analysis, all: bool) -> String {
    let mut out = String::from("# Crosscheck comparison\n\n");
    for (i, a) in articles.iter().enumerate() {
        let date = a.published.map(|d| format!(", {d}")).unwrap_or_default();
        out.push_str(&format!("{}. **{}** ({}{})\n", i + 1, md_escape(&a.title), md_escape(&a.source), date));
    }
    out.push_str("\n| Status | Claim |");
    for (i, a) in articles.iter().enumerate() {
        out.push_str(&format!(" {} |", md_escape(&article_name(a, i))));
    }
    out.push_str("\n|---|---|");
    out.push_str(&"---|".repeat(articles.len()));
    out.push('\n');
    for c in shown(analysis, all) {
        out.push_str(&format!("| {} | {} |", status_word(c.status), md_escape(&label(c))));
        for a in 0..articles.len() {
            out.push_str(&format!(" {} |", md_escape(&cell(articles, analysis, c, a))));
        }
        out.push('\n');
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// CSV: one row per claim (all claims), one column per article.
pub fn csv(articles: &[Article], analysis: &Analysis) -> String {
    let mut out = String::from("claim,status,label");
    for (i, a) in articles.iter().enumerate() {
        out.push(',');
        out.push_str(&csv_field(&article_name(a, i)));
    }
    out.push('\n');
    for c in &analysis.claims {
        out.push_str(&format!(
            "{},{},{}",
            c.id,
            status_word(c.status).to_ascii_lowercase(),
            csv_field(&label(c))
        ));
        for a in 0..articles.len() {
            out.push(',');
            out.push_str(&csv_field(&cell(articles, analysis, c, a)));
        }
        out.push('\n');
    }
    out
}
