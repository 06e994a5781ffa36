//! What the page shows for engine data, as plain strings: an article body split into paragraphs
//! of plain and marked runs (each mark with its mention's ids, claim and status), the claims as
//! rows, and dates for people. Pure and native, so the page only turns these into elements.

use chrono::{Datelike, NaiveDate};

use crate::engine::{Analysis, Article, Kind, Mention, PublishedFrom, Qualifier, Status, Value, Verdict};
// Number printing lives below the formats (`numerals`), which use it too; the page reaches it here.
use crate::export;
pub use crate::export::article_name;
use crate::format::report::mention_ids;
pub use crate::numerals::{fixed, short, thousands};

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
    /// The mention's id in the JSON report (numbered across articles); `index` until tagged.
    pub id: usize,
    /// The id of the claim holding the mention, once tagged with an analysis.
    pub claim: Option<usize>,
    /// The claim's status, once tagged; untagged marks read as single.
    pub status: Status,
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
            let mark = Mark {
                index,
                kind: kind_name(m.kind),
                title: describe(m),
                id: index,
                claim: None,
                status: Status::Single,
            };
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

/// The paragraphs of article `a` of an analysis, every mark tagged with its report id, claim
/// and status, so the page can link a mention to its counterparts in other articles.
pub fn marked_paragraphs(body: &str, analysis: &Analysis, a: usize) -> Vec<Vec<Run>> {
    let Some(mentions) = analysis.mentions.get(a) else { return paragraphs(body, &[]) };
    let first_id = mention_ids(analysis).get(a).copied().unwrap_or(0);
    let mut paras = paragraphs(body, mentions);
    for mark in paras.iter_mut().flatten().filter_map(|r| r.mark.as_mut()) {
        mark.id = first_id + mark.index;
        let claim =
            analysis.claim_of.get(a).and_then(|c| c.get(mark.index)).and_then(|&c| analysis.claims.get(c));
        if let Some(claim) = claim {
            mark.claim = Some(claim.id);
            mark.status = claim.status;
        }
    }
    paras
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

/// An article from the editor's fields. An empty or invalid date leaves the publication date to
/// a dateline in the body, as in the file format.
pub fn article_from_fields(title: &str, source: &str, published: &str, body: &str) -> Article {
    let mut a = Article {
        title: title.trim().to_string(),
        source: source.trim().to_string(),
        body: body.to_string(),
        ..Article::default()
    };
    if let Some(d) = iso_date(published) {
        a.published = Some(d);
        a.published_from = PublishedFrom::Header;
    } else {
        // A body that starts with header-like lines would lose them to `parse`, so only a
        // body it reads whole lends its dateline.
        let parsed = Article::parse(body);
        if parsed.body.len() == body.len() {
            a.published = parsed.published;
            a.published_from = parsed.published_from;
        }
    }
    a
}

/// A "YYYY-MM-DD" date, as a date input gives it (the article format's own reader).
fn iso_date(s: &str) -> Option<NaiveDate> {
    crate::engine::article::parse_iso_date(s.trim())
}

/// An article from a Markdown file: a leading `# Heading` becomes the title, and heading marks,
/// emphasis and link targets are dropped so the body reads as plain text.
pub fn article_from_markdown(text: &str) -> Article {
    let mut a = Article::parse(text);
    let mut body = String::with_capacity(a.body.len());
    for line in a.body.lines() {
        let t = line.trim_start();
        let heading = t.trim_start_matches('#');
        let is_heading = heading.len() < t.len() && heading.starts_with(' ');
        if is_heading && a.title.is_empty() && body.trim().is_empty() {
            a.title = plain_markdown(heading.trim());
            continue;
        }
        body.push_str(&plain_markdown(if is_heading { heading.trim() } else { line }));
        body.push('\n');
    }
    a.body = body.trim_start_matches('\n').to_string();
    a
}

/// A Markdown line as plain text: `[text](url)` keeps its text; `**`, `__` and backticks go.
fn plain_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let link = rest[open..].find("](").and_then(|mid| {
            let close = rest[open + mid..].find(')')?;
            Some((open + mid, open + mid + close))
        });
        match link {
            Some((mid, close)) => {
                out.push_str(&rest[..open]);
                out.push_str(&rest[open + 1..mid]);
                rest = &rest[close + 1..];
            }
            None => break,
        }
    }
    out.push_str(rest);
    out.replace("**", "").replace("__", "").replace('`', "")
}

/// An HTML page with what its parsed copy would put to the page's Content Security Policy
/// made inert by an `x-` prefix: `style` and `on…` attributes, and `<style>` and `<base>`
/// elements. The policy would refuse them anyway, but a parsed document shares the page's
/// policy, and each refusal is a violation report: saved news pages hold hundreds. Only names
/// inside tags change; text between tags and quoted values are copied as they are.
pub fn inert_html(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() + 64);
    let (mut copied, mut in_tag, mut quote, mut at_name) = (0, false, 0u8, false);
    for (i, &c) in b.iter().enumerate() {
        if !in_tag {
            // As in HTML, `<` opens a tag only before a letter or the `/` of an end tag.
            in_tag = c == b'<' && b.get(i + 1).is_some_and(|&n| n.is_ascii_alphabetic() || n == b'/');
            at_name = in_tag;
        } else if quote != 0 {
            if c == quote {
                quote = 0;
            }
        } else if c == b'>' {
            in_tag = false;
        } else if c.is_ascii_whitespace() || c == b'/' {
            at_name = true;
        } else if c == b'"' || c == b'\'' {
            quote = c;
        } else if at_name {
            at_name = false;
            let rest = &b[i..];
            let is = |w: &[u8]| {
                rest.get(..w.len()).is_some_and(|r| r.eq_ignore_ascii_case(w))
                    && rest.get(w.len()).is_none_or(|&e| !e.is_ascii_alphanumeric() && e != b'-')
            };
            if is(b"style") || is(b"base") || rest.get(..2).is_some_and(|r| r.eq_ignore_ascii_case(b"on")) {
                out.push_str(&html[copied..i]);
                out.push_str("x-");
                copied = i;
            }
        }
    }
    out.push_str(&html[copied..]);
    out
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
    if x.is_finite() && x.fract() == 0.0 && x.abs() < 1e15 {
        let sign = if x < 0.0 { "-" } else { "" };
        return format!("{sign}{}", thousands(x.abs() as u64));
    }
    short(x)
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
    fn marks_are_tagged_with_report_ids_claims_and_statuses() {
        use crate::engine::{analyze, Config};
        let texts = [
            "Published: 2026-11-14\n\nThe fire injured 12 workers at the plant.",
            "Published: 2026-11-14\n\nThe fire injured 14 workers at the plant.",
        ];
        let articles: Vec<Article> = texts.iter().map(|t| Article::parse(t)).collect();
        let analysis = analyze(&articles, &Config::default());
        let second = marked_paragraphs(&articles[1].body, &analysis, 1);
        let mark = second.iter().flatten().find_map(|r| r.mark.clone()).expect("a mark");
        assert_eq!(mark.id, analysis.mentions[0].len() + mark.index);
        assert_eq!(mark.status, Status::Diverge);
        let rows = claim_rows(&articles, &analysis);
        assert_eq!(rows[0].cells, vec!["12".to_string(), "14".to_string()]);
        assert!(rows[0].matches("14") && !rows[0].matches("zebra"));
        let detail = claim_detail(&articles, &analysis, rows[0].id).expect("detail");
        assert!(detail.pairs[0].contains("contradict"), "{:?}", detail.pairs);
        assert!(detail.shared.iter().any(|w| w.starts_with("worker")), "{:?}", detail.shared);
        // The same evidence as the JSON report, in words: how sure, and what decided.
        let e = &analysis.claims[rows[0].id].evidence;
        let sure = format!("{}% sure these state one fact; for: ", fixed(e.confidence * 100.0, 0));
        assert!(detail.why.starts_with(&sure), "{}", detail.why);
        assert!(detail.why.contains(e.features[0].feature), "{} / {:?}", detail.why, e.features);
    }

    #[test]
    fn markdown_files_read_as_plain_articles() {
        let a = article_from_markdown(
            "# Fire at **Mill Road**\n\nSee [the report](http://x.test/a) on 12 injured.\n## Later\nMore.",
        );
        assert_eq!(a.title, "Fire at Mill Road");
        assert_eq!(a.body, "See the report on 12 injured.\nLater\nMore.\n");
    }

    #[test]
    fn editor_fields_make_an_article() {
        let a = article_from_fields(" Fire ", "Wire", "2026-11-14", "Body text.");
        assert_eq!(
            (a.title.as_str(), a.published.map(|d| d.to_string())),
            ("Fire", Some("2026-11-14".into()))
        );
        let b = article_from_fields("", "", "", "KESSLER FORD, Nov. 14, 2026 — A fire broke out.");
        assert_eq!(b.published.map(|d| d.to_string()), Some("2026-11-14".into()));
        assert_eq!(article_name(&b, 2), "Article 3");
        assert_eq!(iso_date(" 2026-02-28 ").map(|d| d.to_string()), Some("2026-02-28".into()));
        assert!(iso_date("2026-02-30").is_none() && iso_date("soon").is_none());
    }

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

    #[test]
    fn inert_html_renames_only_what_the_policy_refuses() {
        let page = concat!(
            "<html><head><BASE href=\"https://elsewhere.test/\" target=_top>",
            "<style>p > b { color: red }</style></head>",
            "<body onload=\"go()\"><p STYLE='color: red' class=lead OnClick = \"a('>')\">3 < 4, style=on</p>",
            "<svg><style>rect {}</style><rect style=fill:red /></svg><p data-x=\"style=1 onclick=2\">é</p></body></html>",
        );
        assert_eq!(
            inert_html(page),
            concat!(
                "<html><head><x-BASE href=\"https://elsewhere.test/\" target=_top>",
                "<x-style>p > b { color: red }</x-style></head>",
                "<body x-onload=\"go()\"><p x-STYLE='color: red' class=lead x-OnClick = \"a('>')\">3 < 4, style=on</p>",
                "<svg><x-style>rect {}</x-style><rect x-style=fill:red /></svg><p data-x=\"style=1 onclick=2\">é</p></body></html>",
            )
        );
        // Text without tags, and tags cut short, come back as they were.
        for s in [
            "",
            "a < b and b > a",
            "<",
            "</",
            "<p",
            "<p style",
            "<p style=\"open",
            "<p =x onx",
            "<é style=1>",
        ] {
            assert_eq!(inert_html(s).replace("x-", ""), s, "{s:?}");
        }
        assert_eq!(inert_html("<p =x onx"), "<p =x x-onx");
    }
}
