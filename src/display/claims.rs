//! The claims as the page lists and explains them: names of kinds, statuses and verdicts,
//! rows of the claims table, one claim's details, and the note on figures left uncompared.

use crate::engine::{Analysis, Article, Kind, Status, Verdict};
use crate::export;
use crate::export::article_names;
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
        Status::Possible => "possible",
        Status::Updated => "updated",
        Status::Compatible => "compatible",
        Status::Agree => "agree",
        Status::Single => "single",
    }
}

/// The status for people, as a short verdict.
pub fn status_label(s: Status) -> &'static str {
    match s {
        Status::Diverge => "Contradiction",
        Status::Possible => "Possible contradiction",
        Status::Updated => "Updated",
        Status::Compatible => "Compatible",
        Status::Agree => "Agreement",
        Status::Single => "One article only",
    }
}

/// A pair's verdict for people.
pub fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Diverge => "contradict",
        Verdict::Possible => "may contradict (less sure)",
        Verdict::Updated => "give an earlier and a later figure",
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
    /// Who gave each article's figure, when its sentence says so ("police"), in article order;
    /// "" when it does not or the article is silent (`engine::attribution`).
    pub sources: Vec<String>,
    /// Every article's value on one axis (`strip`), for contradictions and updates, where a
    /// picture shows how far apart the values are; agreeing values would only coincide.
    pub strip: Option<super::Strip>,
    /// How many articles state it.
    pub stated_by: usize,
}

impl ClaimRow {
    /// Whether the row contains `query` (ASCII lower case) in its label, any cell or any
    /// source ("police" finds the figures police gave). ASCII
    /// case folding is enough for figures and the engine's lower-cased words, and keeps
    /// Unicode's case tables out of the page.
    pub fn matches(&self, query: &str) -> bool {
        query.is_empty()
            || self.label.to_ascii_lowercase().contains(query)
            || self.cells.iter().chain(&self.sources).any(|c| c.to_ascii_lowercase().contains(query))
    }
}

/// What the page adds to the claims' totals when articles hold more figures and dates than
/// are compared (`Config::max_compared`, `limit`): how many were left out. `None` when none.
/// The column shows which article it is (a pasted table); the command line names it.
pub fn not_compared_note(analysis: &Analysis, limit: usize) -> Option<String> {
    let left: usize = analysis.not_compared.iter().sum();
    (left > 0).then(|| {
        format!(
            "{} figures and dates left out (over {} per article)",
            thousands(left as u64),
            thousands(limit as u64)
        )
    })
}

/// Every claim as a row, in the analysis's order (divergences first).
pub fn claim_rows(articles: &[Article], analysis: &Analysis) -> Vec<ClaimRow> {
    analysis.claims.iter().map(|c| claim_row(articles, analysis, c)).collect()
}

/// One claim as a row: what each article says, who said it, and for contradictions and
/// updates the value strip.
fn claim_row(articles: &[Article], analysis: &Analysis, c: &crate::engine::Claim) -> ClaimRow {
    let cells: Vec<String> = (0..articles.len()).map(|a| export::cell(articles, analysis, c, a)).collect();
    ClaimRow {
        id: c.id,
        status: c.status,
        label: export::label(c),
        stated_by: cells.iter().filter(|c| !c.is_empty()).count(),
        cells,
        sources: sources(articles, analysis, c),
        strip: matches!(c.status, Status::Diverge | Status::Possible | Status::Updated)
            .then(|| super::value_strip(articles, analysis, c.id))
            .flatten(),
    }
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
    /// For an updated claim, each article's value in the order they were published: "Mon 6 Oct
    /// 2025, Wire: 22 → Tue 7 Oct 2025, Gazette: 25". Empty otherwise.
    pub sequence: String,
    /// Every article's value on one axis, when two or more give one (`strip`), whatever the
    /// status (the row's strip is only for contradictions and updates).
    pub strip: Option<super::Strip>,
    /// How sure the scorer is, and what decided: "82% sure these state one fact; for: same
    /// counted thing, shared context words; against: different actions".
    pub why: String,
    /// The sentence each article's figure comes from, in article order (`quote`); the default
    /// (all empty) where the article is silent.
    pub quotes: Vec<Quote>,
}

/// A figure's sentence in three parts, so the figure can be marked: text before it, the figure
/// as written, text after it. Long sentences are cut at a word, with "…", `QUOTE_SIDE` bytes
/// or so either side of the figure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Quote {
    pub before: String,
    pub figure: String,
    pub after: String,
}

/// About how many bytes of a sentence a quote keeps on each side of its figure.
const QUOTE_SIDE: usize = 100;

/// The sentence of the figure at `start..end` in `body`, cut at a space about `QUOTE_SIDE`
/// bytes either side (a space is ASCII, so the cut is on a character boundary).
pub fn quote(body: &str, start: usize, end: usize) -> Quote {
    let (first, mut last) = crate::engine::attribution::sentence(body, start, end);
    // The sentence ends before its full stop; a quote keeps it.
    if matches!(body.as_bytes().get(last), Some(b'.' | b'!' | b'?')) {
        last += 1;
    }
    let bytes = body.as_bytes();
    let (mut from, mut to) = (first, last);
    if start.saturating_sub(first) > QUOTE_SIDE {
        let lo = start - QUOTE_SIDE;
        from = bytes[lo..start].iter().position(|&c| c == b' ').map_or(first, |i| lo + i + 1);
    }
    if last.saturating_sub(end) > QUOTE_SIDE {
        to = bytes[end..end + QUOTE_SIDE].iter().rposition(|&c| c == b' ').map_or(last, |i| end + i);
    }
    let part = |a: usize, b: usize| body.get(a..b).unwrap_or("");
    let ellipsis = |cut: bool| if cut { "…" } else { "" };
    Quote {
        before: [ellipsis(from > first), part(from, start).trim_start()].concat(),
        figure: part(start, end).to_string(),
        after: [part(end, to).trim_end(), ellipsis(to < last)].concat(),
    }
}

/// Which claims the claims table lists (its filter chips).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimFilter {
    Contradictions,
    Updates,
    Shared,
    All,
}

impl ClaimFilter {
    pub fn keeps(self, row: &ClaimRow) -> bool {
        match self {
            ClaimFilter::Contradictions => row.status == Status::Diverge,
            ClaimFilter::Updates => row.status == Status::Updated,
            ClaimFilter::Shared => row.stated_by > 1,
            ClaimFilter::All => true,
        }
    }
}

/// The claims' totals in one line: "1 contradiction · 0 updated · 2 compatible · 1 agreement ·
/// 5 in one article", with "· 2 possible" after the contradictions when there are some.
pub fn totals(rows: &[ClaimRow]) -> String {
    let n = |s: Status| rows.iter().filter(|r| r.status == s).count();
    let plural = |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
    let possible = match n(Status::Possible) {
        0 => String::new(),
        k => format!(" · {k} possible"),
    };
    format!(
        "{}{possible} · {} updated · {} compatible · {} · {} in one article",
        plural(n(Status::Diverge), "contradiction", "contradictions"),
        n(Status::Updated),
        n(Status::Compatible),
        plural(n(Status::Agree), "agreement", "agreements"),
        n(Status::Single)
    )
}

/// What the claims table says when it lists nothing: why, in the reader's terms, rather than
/// a bare "no match". `query` is the search as typed; `any` whether there are claims at all.
pub fn empty_note(filter: ClaimFilter, query: &str, any: bool) -> String {
    let query = query.trim();
    if !any {
        return "No figures or dates yet: paste or type an article in a column.".to_string();
    }
    if !query.is_empty() {
        return format!("No claim here mentions \u{201c}{query}\u{201d}; try another word or show All.");
    }
    match filter {
        ClaimFilter::Contradictions => {
            "No contradictions: where these reports state the same fact, they agree or are compatible."
                .to_string()
        }
        ClaimFilter::Updates => "No figure was updated by a later report.".to_string(),
        ClaimFilter::Shared => {
            "No figure or date is stated by two articles yet; All lists every one.".to_string()
        }
        ClaimFilter::All => "No figures or dates yet: paste or type an article in a column.".to_string(),
    }
}

/// The detail of the claim with id `claim`, if there is one.
pub fn claim_detail(articles: &[Article], analysis: &Analysis, claim: usize) -> Option<ClaimDetail> {
    let c = analysis.claims.iter().find(|c| c.id == claim)?;
    // Only this claim's row: every row's sources and strips would be work thrown away.
    let row = claim_row(articles, analysis, c);
    let names = article_names(articles);
    let name = |a: usize| names.get(a).cloned().unwrap_or_default();
    let mut pairs: Vec<String> = Vec::new();
    for p in &c.pairs {
        let mut line = format!(
            "{} and {} {}: {}",
            name(p.a.article),
            name(p.b.article),
            verdict_label(p.verdict),
            p.reason
        );
        // A pair the vetting model kept from red: say how sure it was, since the claim's own
        // confidence is the pair scorer's ("95% sure these state one fact").
        if p.verdict == Verdict::Possible && p.confidence < crate::engine::vetting::VET_CONFIDENCE {
            line.push_str("; ");
            line.push_str(&fixed(p.confidence * 100.0, 0));
            line.push_str("% sure it is a real contradiction");
        }
        if !pairs.contains(&line) {
            pairs.push(line);
        }
    }
    let e = &c.evidence;
    let shared: Vec<String> =
        e.counted.iter().chain(&e.shared_names).chain(&e.shared_words).take(8).cloned().collect();
    let sequence =
        if c.status == Status::Updated { export::sequence(articles, analysis, c) } else { String::new() };
    let strip = super::value_strip(articles, analysis, claim);
    // Each article's first figure in the claim, in its sentence.
    let quotes = (0..articles.len())
        .map(|a| {
            c.mentions
                .iter()
                .find(|r| r.article == a)
                .and_then(|r| analysis.mentions.get(a)?.get(r.index))
                .map_or_else(Quote::default, |m| quote(&articles[a].body, m.start, m.end))
        })
        .collect();
    Some(ClaimDetail { row, names, pairs, shared, sequence, strip, why: why(e), quotes })
}

/// Who gave each article's figure in claim `c`, in article order ("" where no sentence says):
/// the first of an article's mentions in the claim that names a source speaks for it.
fn sources(articles: &[Article], analysis: &Analysis, c: &crate::engine::Claim) -> Vec<String> {
    (0..articles.len())
        .map(|a| {
            c.mentions
                .iter()
                .filter(|r| r.article == a)
                .find_map(|r| {
                    let m = analysis.mentions.get(a)?.get(r.index)?;
                    crate::engine::attribution::of(&articles[a].body, m.start, m.end)
                })
                .unwrap_or_default()
        })
        .collect()
}

/// The evidence's confidence and deciding features in words (the JSON report's `evidence`):
/// the two that weighed most on each side, so the details fit beside the mark.
fn why(e: &crate::engine::Evidence) -> String {
    let mut out = fixed(e.confidence * 100.0, 0);
    out.push_str("% sure these state one fact");
    for (side, wanted) in [("; for: ", true), ("; against: ", false)] {
        let mut first = true;
        for f in e.features.iter().filter(|f| (f.weight > 0.0) == wanted).take(2) {
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

    /// Each row: a body with the figure between brackets, and the quote's three parts.
    #[test]
    fn a_quote_is_the_figures_sentence_cut_at_words() {
        let long = "word ".repeat(40);
        let cases: Vec<(String, [&str; 3])> = vec![
            (
                "Twelve were hurt. The fire began on [Friday] at noon. Nobody died.".into(),
                ["The fire began on ", "Friday", " at noon."],
            ),
            ("[12] workers were hurt\nNext line.".into(), ["", "12", " workers were hurt"]),
            (format!("{long}then [14] more {long}"), ["…word word", "14", " more word"]),
        ];
        for (text, [before, figure, after]) in cases {
            let (open, close) = (text.find('[').unwrap_or(0), text.find(']').unwrap_or(0));
            let body = text.replace(['[', ']'], "");
            let q = quote(&body, open, close - 1);
            assert_eq!(q.figure, figure, "{text}");
            assert!(q.before.starts_with(before) || q.before == before, "{text}: {:?}", q.before);
            assert!(q.after.starts_with(after), "{text}: {:?}", q.after);
            assert!(
                q.before.chars().count() <= QUOTE_SIDE + 2 && q.after.chars().count() <= QUOTE_SIDE + 2,
                "{text}"
            );
        }
    }

    fn row(status: Status, stated_by: usize) -> ClaimRow {
        ClaimRow {
            id: 0,
            status,
            label: String::new(),
            cells: Vec::new(),
            sources: Vec::new(),
            strip: None,
            stated_by,
        }
    }

    /// (rows' statuses, the totals line)
    #[test]
    fn totals_count_in_words_that_agree_with_the_number() {
        let cases: [(&[Status], &str); 4] = [
            (&[], "0 contradictions · 0 updated · 0 compatible · 0 agreements · 0 in one article"),
            (
                &[Status::Diverge, Status::Agree, Status::Single],
                "1 contradiction · 0 updated · 0 compatible · 1 agreement · 1 in one article",
            ),
            (
                &[
                    Status::Diverge,
                    Status::Diverge,
                    Status::Updated,
                    Status::Compatible,
                    Status::Agree,
                    Status::Agree,
                ],
                "2 contradictions · 1 updated · 1 compatible · 2 agreements · 0 in one article",
            ),
            (
                &[Status::Possible, Status::Possible, Status::Agree],
                "0 contradictions · 2 possible · 0 updated · 0 compatible · 1 agreement · 0 in one article",
            ),
        ];
        for (statuses, want) in cases {
            let rows: Vec<ClaimRow> = statuses.iter().map(|s| row(*s, 2)).collect();
            assert_eq!(totals(&rows), want);
        }
    }

    /// (filter, search, any claims, the note)
    #[test]
    fn an_empty_table_says_why() {
        let cases = [
            (
                ClaimFilter::Shared,
                "",
                false,
                "No figures or dates yet: paste or type an article in a column.",
            ),
            (
                ClaimFilter::Contradictions,
                " fire ",
                true,
                "No claim here mentions \u{201c}fire\u{201d}; try another word or show All.",
            ),
            (
                ClaimFilter::Contradictions,
                "",
                true,
                "No contradictions: where these reports state the same fact, they agree or are compatible.",
            ),
            (ClaimFilter::Updates, "", true, "No figure was updated by a later report."),
            (
                ClaimFilter::Shared,
                "",
                true,
                "No figure or date is stated by two articles yet; All lists every one.",
            ),
        ];
        for (filter, query, any, want) in cases {
            assert_eq!(empty_note(filter, query, any), want, "{filter:?} {query:?}");
        }
        // The filter keeps what its chip names.
        let rows = [row(Status::Diverge, 2), row(Status::Updated, 2), row(Status::Single, 1)];
        let kept = |f: ClaimFilter| rows.iter().filter(|r| f.keeps(r)).count();
        assert_eq!(
            [ClaimFilter::Contradictions, ClaimFilter::Updates, ClaimFilter::Shared, ClaimFilter::All]
                .map(kept),
            [1, 1, 2, 3]
        );
    }

    /// (articles, who gave each article's figure in the shared claim)
    #[test]
    fn the_detail_names_who_gave_each_figure() {
        use crate::engine::{analyze, Config};
        let cases: [(&[&str], &[&str]); 3] = [
            (
                &[
                    "Source: Wire\n\nThe fire at the Halvard paint plant injured 12 workers, police said.",
                    "Source: Courier\n\nAccording to the fire service, 14 workers were injured in the fire at the Halvard paint plant.",
                ],
                &["police", "the fire service"],
            ),
            // A pronoun is no source; a silent article has none.
            (
                &[
                    "Source: Wire\n\nThe fire at the Halvard paint plant injured 12 workers, she said.",
                    "Source: Courier\n\nThe fire at the Halvard paint plant injured 12 workers, the plant's owner said.",
                    "Source: Post\n\nThe plant is in Kessel.",
                ],
                &["", "the plant's owner", ""],
            ),
            (
                &[
                    "Source: Wire\n\nThe fire at the Halvard paint plant injured 12 workers.",
                    "Source: Courier\n\nTwelve workers were injured in the fire at the Halvard paint plant.",
                ],
                &["", ""],
            ),
        ];
        for (files, want) in cases {
            let articles: Vec<Article> = files.iter().map(|f| Article::parse(f)).collect();
            let analysis = analyze(&articles, &Config::default());
            let shared = analysis.claims.iter().find(|c| !c.pairs.is_empty()).expect("a shared claim");
            let d = claim_detail(&articles, &analysis, shared.id).expect("its detail");
            assert_eq!(d.row.sources, want, "{files:?}");
            // The claims table gives the same sources, and its search finds them.
            let row = claim_rows(&articles, &analysis).into_iter().find(|r| r.id == shared.id);
            assert_eq!(row.as_ref().map(|r| r.sources.clone()), Some(d.row.sources.clone()), "{files:?}");
            for source in want.iter().filter(|w| !w.is_empty()) {
                assert!(row.as_ref().is_some_and(|r| r.matches(&source.to_ascii_lowercase())), "{source}");
            }
        }
    }

    /// Rows of contradictions and updates carry a value strip; agreeing rows do not, as their
    /// values would only coincide.
    #[test]
    fn rows_of_contradictions_and_updates_carry_a_strip() {
        use crate::engine::{analyze, Config};
        // (articles, the statuses of the rows with a strip)
        let cases: [(&[&str], &[Status]); 3] = [
            (
                &[
                    "Source: Wire\n\nThe fire at the Halvard paint plant injured 12 workers, police said.",
                    "Source: Courier\n\nThe fire at the Halvard paint plant injured 14 workers, police said.",
                ],
                &[Status::Diverge],
            ),
            (
                &[
                    "Source: Wire\nPublished: 2025-10-06\n\nTwenty-two people were killed when a bus plunged into a gorge near Kessel.",
                    "Source: Gazette\nPublished: 2025-10-07\n\nThe number of people killed when a bus plunged into a gorge near Kessel rose to 25 on Tuesday.",
                ],
                &[Status::Updated],
            ),
            (
                &[
                    "Source: Wire\n\nThe fire at the Halvard paint plant injured 12 workers, police said.",
                    "Source: Courier\n\nTwelve workers were injured in the fire at the Halvard paint plant.",
                ],
                &[],
            ),
        ];
        for (files, want) in cases {
            let articles: Vec<Article> = files.iter().map(|f| Article::parse(f)).collect();
            let analysis = analyze(&articles, &Config::default());
            let rows = claim_rows(&articles, &analysis);
            let with: Vec<Status> = rows.iter().filter(|r| r.strip.is_some()).map(|r| r.status).collect();
            assert_eq!(with, want, "{files:?}");
            assert!(rows.iter().any(|r| r.stated_by == 2), "a shared claim in {files:?}");
        }
    }

    #[test]
    fn an_updated_claim_lists_its_values_in_publication_order() {
        use crate::engine::{analyze, Config};
        // The later article comes first: the sequence follows the dates, not the columns.
        let articles = [
            "Title: Toll rises\nSource: Gazette\nPublished: 2025-10-07\n\nThe number of people killed when a bus plunged into a gorge near Kessel rose to 25 on Tuesday.",
            "Title: Bus crash\nSource: Wire\nPublished: 2025-10-06\n\nTwenty-two people were killed when a bus plunged into a gorge near Kessel.",
        ]
        .map(Article::parse);
        let analysis = analyze(&articles, &Config::default());
        let claim = analysis.claims.iter().find(|c| c.status == Status::Updated).expect("an updated claim");
        let d = claim_detail(&articles, &analysis, claim.id).expect("its detail");
        assert_eq!(d.sequence, "Mon 6 Oct 2025, Wire: Twenty-two → Tue 7 Oct 2025, Gazette: 25");
        assert_eq!(
            d.pairs,
            ["Gazette and Wire give an earlier and a later figure: updated in a later report"]
        );
        // Other claims have no sequence.
        let rows = claim_rows(&articles, &analysis);
        for r in rows.iter().filter(|r| r.status != Status::Updated) {
            assert_eq!(claim_detail(&articles, &analysis, r.id).map(|d| d.sequence), Some(String::new()));
        }
    }

    #[test]
    fn a_possible_pair_says_how_sure_the_second_look_is() {
        use crate::engine::{analyze, Config};
        // The demo's full articles: the vetting model keeps one pair from red.
        let articles = crate::demo::ARTICLES.map(Article::parse);
        let analysis = analyze(&articles, &Config::default());
        let mut seen = Vec::new();
        for c in &analysis.claims {
            let d = claim_detail(&articles, &analysis, c.id).expect("its detail");
            for p in &c.pairs {
                let sure = format!("; {}% sure it is a real contradiction", fixed(p.confidence * 100.0, 0));
                let said = d.pairs.iter().any(|l| l.ends_with(&sure));
                assert_eq!(said, p.verdict == Verdict::Possible, "{sure} in {:?}", d.pairs);
                seen.push(p.verdict);
            }
        }
        assert!(seen.contains(&Verdict::Possible) && seen.contains(&Verdict::Diverge), "{seen:?}");
    }

    #[test]
    fn a_note_counts_what_is_past_the_limit() {
        use crate::engine::{analyze, Config};
        let table = (0..30).map(|n| (n * 7).to_string()).collect::<Vec<_>>().join(", ");
        let art = |body: &str| Article { body: body.into(), ..Article::default() };
        let config = Config { max_compared: 10, ..Config::default() };
        // (articles, the note)
        let cases: [(Vec<Article>, Option<&str>); 3] = [
            (
                vec![art(&table), art("12 workers were hurt on Friday.")],
                Some("20 figures and dates left out (over 10 per article)"),
            ),
            (
                vec![art(&table), art(&format!("{table}, 1, 2"))],
                Some("42 figures and dates left out (over 10 per article)"),
            ),
            (vec![art("12 workers were hurt."), art("14 workers were hurt.")], None),
        ];
        for (articles, want) in cases {
            let analysis = analyze(&articles, &config);
            assert_eq!(not_compared_note(&analysis, config.max_compared).as_deref(), want);
        }
    }
}
