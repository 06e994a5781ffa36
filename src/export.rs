//! Human-readable renderings of a comparison: the terminal table, Markdown and CSV (claims as
//! rows, articles as columns). Shared by the CLI and the page's export buttons.

use crate::engine::{Analysis, Article, Claim, Status};
use crate::numerals::human_date;

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

/// An updated claim's values in the order the articles were published, each with its date and
/// article: "Mon 6 Oct 2025, Wire: 22 → Tue 7 Oct 2025, Gazette: 25".
pub fn sequence(articles: &[Article], analysis: &Analysis, claim: &Claim) -> String {
    let mut stated: Vec<(Option<chrono::NaiveDate>, usize, String)> = (0..articles.len())
        .map(|a| (articles[a].published, a, cell(articles, analysis, claim, a)))
        .filter(|(_, _, value)| !value.is_empty())
        .collect();
    stated.sort_unstable();
    let names = article_names(articles);
    let steps: Vec<String> = stated
        .iter()
        .map(|(date, a, value)| {
            let when = date.map_or_else(|| "undated".to_string(), human_date);
            format!("{when}, {}: {value}", names[*a])
        })
        .collect();
    steps.join(" → ")
}

/// A few plain sentences on the whole comparison, from templates: which facts the reports
/// contradict each other on (with each article's value), which figures later reports updated
/// (in publication order), and how many agree. The claims panel and the Markdown report open
/// with it.
pub fn overview(articles: &[Article], analysis: &Analysis) -> Vec<String> {
    let with = |s: Status| analysis.claims.iter().filter(move |c| c.status == s);
    let names = article_names(articles);
    let values = |c: &Claim| {
        let said: Vec<String> = (0..articles.len())
            .map(|a| (a, cell(articles, analysis, c, a)))
            .filter(|(_, v)| !v.is_empty())
            .map(|(a, v)| format!("{}: {v}", names[a]))
            .collect();
        said.join("; ")
    };
    let mut out = Vec::new();
    let diverge: Vec<String> =
        with(Status::Diverge).map(|c| format!("{} ({})", label(c), values(c))).collect();
    out.push(if diverge.is_empty() {
        "The reports contradict each other on no figure or date.".to_string()
    } else {
        format!(
            "The reports contradict each other on {}: {}.",
            counted(diverge.len(), "fact"),
            first_few(&diverge)
        )
    });
    let possible: Vec<String> =
        with(Status::Possible).map(|c| format!("{} ({})", label(c), values(c))).collect();
    if !possible.is_empty() {
        out.push(format!("Possible contradictions, to check: {}.", first_few(&possible)));
    }
    let updated: Vec<String> = with(Status::Updated)
        .map(|c| format!("{} ({})", label(c), sequence(articles, analysis, c)))
        .collect();
    if !updated.is_empty() {
        let verb = if updated.len() == 1 { "was" } else { "were" };
        out.push(format!(
            "{} {verb} updated by later reports: {}.",
            counted(updated.len(), "figure"),
            first_few(&updated)
        ));
    }
    let (agree, compatible, single) =
        (with(Status::Agree).count(), with(Status::Compatible).count(), with(Status::Single).count());
    out.push(capitalised(&format!(
        "{} agree, {} {} stated compatibly (rounding, bounds, other units), and {} {} in one article only.",
        counted(agree, "fact"),
        counted(compatible, "fact"),
        if compatible == 1 { "is" } else { "are" },
        counted(single, "figure or date"),
        if single == 1 { "appears" } else { "appear" },
    )));
    out
}

/// The sentence with its first letter in capitals ("no facts agree" → "No facts agree"). The
/// templates start with ASCII letters; ASCII keeps Unicode's case tables out of the page.
fn capitalised(sentence: &str) -> String {
    let mut s = sentence.to_string();
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    s
}

/// "no facts", "1 fact", "3 facts"; "figure or date" becomes "figures or dates".
fn counted(n: usize, one: &str) -> String {
    if n == 0 {
        format!("no {}", plural(one))
    } else if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {}", plural(one))
    }
}

fn plural(one: &str) -> String {
    one.split(' ')
        .map(|w| if w == "or" { w.to_string() } else { format!("{w}s") })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first three items joined, and how many more there are.
fn first_few(items: &[String]) -> String {
    let shown = items.iter().take(3).cloned().collect::<Vec<_>>().join("; ");
    match items.len().saturating_sub(3) {
        0 => shown,
        more => format!("{shown}; and {more} more"),
    }
}

/// The status as the JSON report spells it, contradictions in capitals to stand out.
fn status_word(s: Status) -> &'static str {
    if s == Status::Diverge {
        "DIVERGE"
    } else {
        crate::display::status_name(s)
    }
}

/// An article's own short name: its source, else its title, else its position; at most 32
/// characters. Lists that number their articles anyway (the page's switcher) use it as it is.
pub fn article_label(a: &Article, i: usize) -> String {
    let base = [a.source.trim(), a.title.trim()].into_iter().find(|s| !s.is_empty());
    let base = base.map_or_else(|| format!("Article {}", i + 1), str::to_string);
    if base.chars().count() > 32 {
        format!("{}…", base.chars().take(31).collect::<String>().trim_end())
    } else {
        base
    }
}

/// How many leading bytes two names must differ in to be told apart: about what the value
/// strip shows of a name.
const NAME_DISTINCT: usize = 15;

/// A name's first bytes, as far as names must differ.
fn head(s: &str) -> &[u8] {
    &s.as_bytes()[..s.len().min(NAME_DISTINCT)]
}

/// The articles' names as the page and every export give them, in article order: each its
/// label, led by its number when another article's label begins the same way ("1. Northline
/// Wire", "3. Northline Wire"; five titles that start "Ferry capsizes off Ostvale" are
/// otherwise told apart only by where they are cut). The number leads so that a name cut
/// short still shows it.
pub fn article_names(articles: &[Article]) -> Vec<String> {
    let labels: Vec<String> = articles.iter().enumerate().map(|(i, a)| article_label(a, i)).collect();
    labels
        .iter()
        .enumerate()
        .map(|(i, own)| {
            if labels.iter().enumerate().any(|(j, other)| j != i && head(other) == head(own)) {
                format!("{}. {own}", i + 1)
            } else {
                own.clone()
            }
        })
        .collect()
}

/// Claims shown by default: those at least two articles make; `all` adds single ones.
fn shown(analysis: &Analysis, all: bool) -> impl Iterator<Item = &Claim> {
    analysis.claims.iter().filter(move |c| all || c.status != Status::Single)
}

/// A plain-text table for the terminal, divergences first.
pub fn terminal(articles: &[Article], analysis: &Analysis, all: bool) -> String {
    let mut rows: Vec<Vec<String>> = vec![{
        let mut h = vec!["status".to_string(), "claim".to_string()];
        h.extend(article_names(articles));
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
    // Possible contradictions and updates are named only when there are some, so the line
    // reads as it did before they existed for every comparison without one.
    let named = |n: usize, what: &str| if n > 0 { format!(", {n} {what}") } else { String::new() };
    out.push_str(&format!(
        "\n{} claims: {} diverge{}{}, {} compatible, {} agree, {} single{}\n",
        analysis.claims.len(),
        counts[0],
        named(counts[1], "possible"),
        named(counts[2], "updated"),
        counts[3],
        counts[4],
        counts[5],
        if all { "" } else { " (singles hidden; --all shows them)" }
    ));
    out
}

/// How many claims have each status, in `Status` order.
fn count(analysis: &Analysis) -> [usize; 6] {
    let mut n = [0; 6];
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
    out.push('\n');
    for sentence in overview(articles, analysis) {
        out.push_str(&md_escape(&sentence));
        out.push_str("\n\n");
    }
    out.push_str("| Status | Claim |");
    for name in article_names(articles) {
        out.push_str(&format!(" {} |", md_escape(&name)));
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
    for name in article_names(articles) {
        out.push(',');
        out.push_str(&csv_field(&name));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{analyze, Config};

    /// (articles as files, the overview's sentences)
    #[test]
    fn the_overview_names_contradictions_updates_and_agreements() {
        let cases: [(&[&str], &[&str]); 3] = [
            (
                &[
                    "Source: Wire\n\nA fire at the Halvard paint plant injured 12 workers on Friday.",
                    "Source: Courier\n\nFourteen workers were injured in the fire at the Halvard paint plant.",
                ],
                &[
                    "The reports contradict each other on 1 fact: workers injured (Wire: 12; Courier: Fourteen).",
                    "No facts agree, no facts are stated compatibly (rounding, bounds, other units), and 1 figure or date appears in one article only.",
                ],
            ),
            (
                &[
                    "Source: Wire\nPublished: 2025-10-06\n\nTwenty-two people were killed when a bus plunged into a gorge near Kessel.",
                    "Source: Gazette\nPublished: 2025-10-07\n\nThe number of people killed when a bus plunged into a gorge near Kessel rose to 25.",
                ],
                &[
                    "The reports contradict each other on no figure or date.",
                    "1 figure was updated by later reports: people killed (Mon 6 Oct 2025, Wire: Twenty-two → Tue 7 Oct 2025, Gazette: 25).",
                    "No facts agree, no facts are stated compatibly (rounding, bounds, other units), and no figures or dates appear in one article only.",
                ],
            ),
            (
                &[
                    "Source: Wire\n\nThe fire at the Halvard paint plant injured 12 workers. The plant employs 340 people.",
                    "Source: Courier\n\nTwelve workers were injured in the fire at the Halvard paint plant, which employs 340 people.",
                ],
                &[
                    "The reports contradict each other on no figure or date.",
                    "2 facts agree, no facts are stated compatibly (rounding, bounds, other units), and no figures or dates appear in one article only.",
                ],
            ),
        ];
        for (files, want) in cases {
            let articles: Vec<Article> = files.iter().map(|f| Article::parse(f)).collect();
            let analysis = analyze(&articles, &Config::default());
            assert_eq!(overview(&articles, &analysis), want, "{files:?}");
        }
    }
}
