//! Whole-story fixtures: invented news stories told by three or four articles each, with
//! hand annotations of which mention pairs diverge, agree, are compatible or must stay apart
//! (see `tests/fixtures/stories/README.md`). Every story runs through `analyze`; the test
//! prints per-story and overall scores and writes them to `target/fixture-scores.json`.
//!
//! Two tests: `story_fixtures_resolve` checks only the fixtures themselves (every locator
//! finds its text and a mention) and must always pass; `story_scores_meet_thresholds` holds
//! the engine to the overall thresholds below.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crosscheck::engine::article::PublishedFrom;
use crosscheck::engine::{analyze, Analysis, Article, Config, MentionRef, Verdict};
use serde_json::{json, Value as Json};

/// Share of annotated divergent pairs the engine must show, red or as possible contradictions.
/// 0.85 since 2026-12-05: seven pairs moved to `updated` left 20, of which the same three as
/// before are missed (0.88 of 27 allowed three misses; of 20 it would allow two).
const MIN_FLAGGED_RECALL: f64 = 0.85;
/// Share of annotated divergent pairs the engine must mark red. 0.5 since 2026-12-05, when the
/// vetting model (`engine/vetting.rs`) made seven of these textbook pairs possible
/// contradictions only ("four people hurt" / "injuring three people", a 72-hour against a
/// 48-hour strike): on the dev corpus, written like real coverage, such pairs are real
/// contradictions about half the time. Before, 0.85 held both. 0.45 (9 of 20) since the
/// sixteenth stop: the told-twice shortcut skips the vetting model in snippets only, and the wildfire
/// story's "20%" / "25 percent" contained, two template sentences of full articles, is
/// possible (on five fresh batches the shortcut's red pairs in full articles were 17 false, 0
/// real; docs/judgement.md).
const MIN_DIVERGE_RECALL: f64 = 0.45;
/// Share of the engine's divergent pairs that must be annotated divergent.
const MIN_DIVERGE_PRECISION: f64 = 0.92;
/// Share of annotated agree/compatible pairs the engine must put in one claim as consistent.
const MIN_CONSISTENT_RECALL: f64 = 0.92;
/// Share of annotated must-stay-apart pairs the engine must keep in different claims.
const MIN_APART_ACCURACY: f64 = 0.95;

/// Share of annotated updates (a later report's larger toll) the engine must call `updated`.
const MIN_UPDATED_RECALL: f64 = 0.85;

/// The five annotation categories of `expect.json`, in file order.
const CATEGORIES: [&str; 5] = ["diverge", "updated", "compatible", "agree", "apart"];

/// What the engine made of one pair of mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// In one claim, with this verdict.
    Same(Verdict),
    /// In one claim, but the claim lists no pair for them (should not happen across articles).
    SameNoPair,
    /// In different claims (or not in any claim).
    Apart,
}

impl Outcome {
    fn label(self) -> &'static str {
        match self {
            Outcome::Same(Verdict::Agree) => "agree",
            Outcome::Same(Verdict::Compatible) => "compatible",
            Outcome::Same(Verdict::Diverge) => "diverge",
            Outcome::Same(Verdict::Possible) => "possible",
            Outcome::Same(Verdict::Updated) => "updated",
            Outcome::SameNoPair => "same claim, no pair",
            Outcome::Apart => "apart",
        }
    }
    fn consistent(self) -> bool {
        matches!(self, Outcome::Same(Verdict::Agree | Verdict::Compatible))
    }
}

/// One resolved locator: the mention and how to show it.
#[derive(Clone, Debug)]
struct Loc {
    mention: MentionRef,
    /// `stem: "snippet"` as written in the fixture.
    shown: String,
}

/// One annotated pair.
#[derive(Clone, Debug)]
struct Annotated {
    category: &'static str,
    a: Loc,
    b: Loc,
}

/// A loaded story: its articles (sorted by file stem), the analysis, and the annotations.
struct Story {
    name: String,
    stems: Vec<String>,
    articles: Vec<Article>,
    analysis: Analysis,
    pairs: Vec<Annotated>,
    /// Problems with the fixture itself (unresolvable locators, bad JSON, ...).
    errors: Vec<String>,
}

fn stories_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories")
}

/// The story folders, sorted by name.
fn story_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(stories_dir())
        .expect("tests/fixtures/stories exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// Unordered pair key.
fn key(a: MentionRef, b: MentionRef) -> (MentionRef, MentionRef) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// Find the mention a locator `["stem", "snippet with [[marked]] text"]` points at.
fn resolve(loc: &Json, stems: &[String], articles: &[Article], analysis: &Analysis) -> Result<Loc, String> {
    let (stem, snippet) = match loc.as_array().map(|v| v.as_slice()) {
        Some([Json::String(s), Json::String(t)]) => (s.as_str(), t.as_str()),
        _ => return Err(format!("locator {loc} is not [\"stem\", \"snippet\"]")),
    };
    let shown = format!("{stem}: {snippet:?}");
    let Some(article) = stems.iter().position(|s| s == stem) else {
        return Err(format!("{shown}: no article file {stem}.txt"));
    };
    let (Some(open), Some(close)) = (snippet.find("[["), snippet.find("]]")) else {
        return Err(format!("{shown}: no [[marked]] text"));
    };
    if close < open || snippet[open + 2..].contains("[[") || snippet[close + 2..].contains("]]") {
        return Err(format!("{shown}: mark exactly one span with [[ ]]"));
    }
    let plain = format!("{}{}{}", &snippet[..open], &snippet[open + 2..close], &snippet[close + 2..]);
    let (mark_start, mark_end) = (open, close - 2);
    let body = &articles[article].body;
    let found: Vec<usize> = body.match_indices(plain.as_str()).map(|(i, _)| i).collect();
    let at = match found.as_slice() {
        [at] => *at,
        [] => return Err(format!("{shown}: snippet not found in the body of {stem}.txt")),
        more => {
            return Err(format!("{shown}: snippet occurs {} times in {stem}.txt; make it longer", more.len()))
        }
    };
    let (lo, hi) = (at + mark_start, at + mark_end);
    let best = analysis.mentions[article]
        .iter()
        .enumerate()
        .filter(|(_, m)| m.start < hi && lo < m.end)
        .max_by_key(|(i, m)| (m.end.min(hi) - m.start.max(lo), std::cmp::Reverse(*i)));
    match best {
        Some((index, m)) => {
            // Show the mention's own text when it is not exactly the marked text.
            let text = m.text(body);
            let shown = if text == &body[lo..hi] { shown } else { format!("{shown} (mention {text:?})") };
            Ok(Loc { mention: MentionRef { article, index }, shown })
        }
        None => {
            let near: Vec<String> = analysis.mentions[article]
                .iter()
                .filter(|m| m.end + 40 > lo && m.start < hi + 40)
                .map(|m| format!("{:?}", m.text(body)))
                .collect();
            Err(format!(
                "{shown}: marked text {:?} matches no mention (mentions nearby: {})",
                &body[lo..hi],
                near.join(", ")
            ))
        }
    }
}

/// Load one story folder, analyze it and resolve its annotations.
fn load(dir: &Path) -> Story {
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let mut errors = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("story folder readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let stems: Vec<String> =
        files.iter().map(|p| p.file_stem().unwrap().to_string_lossy().into_owned()).collect();
    let articles: Vec<Article> = files
        .iter()
        .map(|p| Article::parse(&std::fs::read_to_string(p).expect("article readable")))
        .collect();
    for (stem, a) in stems.iter().zip(&articles) {
        if a.published_from != PublishedFrom::Header {
            errors.push(format!("{stem}.txt: no valid `Published: YYYY-MM-DD` header"));
        }
        if a.body.trim().is_empty() {
            errors.push(format!("{stem}.txt: empty body"));
        }
    }
    if articles.len() < 2 {
        errors.push(format!("{} article(s); a story needs at least two", articles.len()));
    }
    let analysis = analyze(&articles, &Config::default());
    let mut pairs = Vec::new();
    let expect: Json = match std::fs::read_to_string(dir.join("expect.json")) {
        Err(e) => {
            errors.push(format!("expect.json: {e}"));
            Json::Null
        }
        Ok(text) => serde_json::from_str(&text).unwrap_or_else(|e| {
            errors.push(format!("expect.json: {e}"));
            Json::Null
        }),
    };
    if let Some(obj) = expect.as_object() {
        for k in obj.keys() {
            if !CATEGORIES.contains(&k.as_str()) && k != "notes" {
                errors.push(format!("expect.json: unknown key {k:?}"));
            }
        }
    }
    let mut seen: HashMap<(MentionRef, MentionRef), (&'static str, String)> = HashMap::new();
    for category in CATEGORIES {
        let list = expect.get(category).and_then(Json::as_array).cloned().unwrap_or_default();
        for entry in list {
            let (a, b) = match entry.as_array().map(|v| v.as_slice()) {
                Some([a, b]) => {
                    (resolve(a, &stems, &articles, &analysis), resolve(b, &stems, &articles, &analysis))
                }
                _ => {
                    errors.push(format!("{category}: entry {entry} is not a pair of locators"));
                    continue;
                }
            };
            match (a, b) {
                (Ok(a), Ok(b)) => {
                    if a.mention.article == b.mention.article {
                        errors
                            .push(format!("{category}: {} and {} are in the same article", a.shown, b.shown));
                        continue;
                    }
                    let this = format!("{} / {}", a.shown, b.shown);
                    if let Some((other, shown)) =
                        seen.insert(key(a.mention, b.mention), (category, this.clone()))
                    {
                        errors
                            .push(format!("pair annotated twice: {this} ({category}) and {shown} ({other})"));
                    }
                    pairs.push(Annotated { category, a, b });
                }
                (a, b) => {
                    errors.extend(a.err().into_iter().chain(b.err()).map(|e| format!("{category}: {e}")))
                }
            }
        }
    }
    Story { name, stems, articles, analysis, pairs, errors }
}

/// The engine's outcome for a pair of mentions.
fn outcome(an: &Analysis, a: MentionRef, b: MentionRef) -> Outcome {
    let claim_of = |m: MentionRef| an.claim_of.get(m.article).and_then(|v| v.get(m.index)).copied();
    match (claim_of(a), claim_of(b)) {
        (Some(ca), Some(cb)) if ca == cb => an.claims[ca]
            .pairs
            .iter()
            .find(|p| key(p.a, p.b) == key(a, b))
            .map_or(Outcome::SameNoPair, |p| Outcome::Same(p.verdict)),
        _ => Outcome::Apart,
    }
}

/// Counts behind the scores of one story (or all of them).
#[derive(Clone, Debug, Default)]
struct Tally {
    annotated: BTreeMap<&'static str, usize>,
    /// Pairs the engine marks divergent, anywhere in the story.
    predicted_diverge: usize,
    /// ... of which annotated divergent.
    predicted_diverge_annotated: usize,
    /// Annotated divergent pairs predicted divergent.
    diverge_hit: usize,
    /// Annotated divergent pairs predicted divergent or possibly so.
    flagged_hit: usize,
    updated_hit: usize,
    /// Annotated consistent pairs predicted consistent.
    consistent_hit: usize,
    /// Annotated pairs (any category) predicted consistent.
    predicted_consistent: usize,
    /// Annotated apart pairs in different claims.
    apart_hit: usize,
    /// Annotated consistent pairs predicted consistent with exactly the annotated verdict.
    exact_hit: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        for (k, v) in &o.annotated {
            *self.annotated.entry(k).or_default() += v;
        }
        self.predicted_diverge += o.predicted_diverge;
        self.predicted_diverge_annotated += o.predicted_diverge_annotated;
        self.diverge_hit += o.diverge_hit;
        self.flagged_hit += o.flagged_hit;
        self.updated_hit += o.updated_hit;
        self.consistent_hit += o.consistent_hit;
        self.predicted_consistent += o.predicted_consistent;
        self.apart_hit += o.apart_hit;
        self.exact_hit += o.exact_hit;
    }
    fn n(&self, c: &str) -> usize {
        self.annotated.get(c).copied().unwrap_or(0)
    }
    fn consistent(&self) -> usize {
        self.n("agree") + self.n("compatible")
    }
    fn diverge_precision(&self) -> Option<f64> {
        ratio(self.predicted_diverge_annotated, self.predicted_diverge)
    }
    fn diverge_recall(&self) -> Option<f64> {
        ratio(self.diverge_hit, self.n("diverge"))
    }
    fn flagged_recall(&self) -> Option<f64> {
        ratio(self.flagged_hit, self.n("diverge"))
    }
    fn updated_recall(&self) -> Option<f64> {
        ratio(self.updated_hit, self.n("updated"))
    }
    fn consistent_precision(&self) -> Option<f64> {
        ratio(self.consistent_hit, self.predicted_consistent)
    }
    fn consistent_recall(&self) -> Option<f64> {
        ratio(self.consistent_hit, self.consistent())
    }
    fn apart_accuracy(&self) -> Option<f64> {
        ratio(self.apart_hit, self.n("apart"))
    }
    fn exact_accuracy(&self) -> Option<f64> {
        ratio(self.exact_hit, self.consistent_hit)
    }
    fn json(&self) -> Json {
        json!({
            "annotated": self.annotated,
            "predicted_diverge": self.predicted_diverge,
            "predicted_diverge_annotated": self.predicted_diverge_annotated,
            "diverge_precision": self.diverge_precision(),
            "diverge_recall": self.diverge_recall(),
            "flagged_recall": self.flagged_recall(),
            "updated_recall": self.updated_recall(),
            "consistent_precision": self.consistent_precision(),
            "consistent_recall": self.consistent_recall(),
            "apart_accuracy": self.apart_accuracy(),
            "exact_verdict_accuracy": self.exact_accuracy(),
        })
    }
}

fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

fn pct(x: Option<f64>) -> String {
    x.map_or("   -".into(), |x| format!("{:4.0}", x * 100.0))
}

/// Score one story; `log` collects the misses for printing.
fn score(story: &Story, log: &mut String) -> Tally {
    let an = &story.analysis;
    let mut t = Tally::default();
    let annotated_diverge: HashMap<_, _> = story
        .pairs
        .iter()
        .filter(|p| p.category == "diverge")
        .map(|p| (key(p.a.mention, p.b.mention), ()))
        .collect();
    let annotated_any: HashMap<_, _> =
        story.pairs.iter().map(|p| (key(p.a.mention, p.b.mention), p.category)).collect();
    for p in &story.pairs {
        *t.annotated.entry(p.category).or_default() += 1;
        let o = outcome(an, p.a.mention, p.b.mention);
        let ok = match p.category {
            "diverge" => o == Outcome::Same(Verdict::Diverge),
            "updated" => o == Outcome::Same(Verdict::Updated),
            "apart" => o == Outcome::Apart,
            _ => o.consistent(),
        };
        if o.consistent() {
            t.predicted_consistent += 1;
        }
        if p.category == "diverge" && matches!(o, Outcome::Same(Verdict::Diverge | Verdict::Possible)) {
            t.flagged_hit += 1;
        }
        match p.category {
            "diverge" if ok => t.diverge_hit += 1,
            "updated" if ok => t.updated_hit += 1,
            "apart" if ok => t.apart_hit += 1,
            "agree" | "compatible" if ok => {
                t.consistent_hit += 1;
                let exact = match o {
                    Outcome::Same(Verdict::Agree) => p.category == "agree",
                    Outcome::Same(Verdict::Compatible) => p.category == "compatible",
                    _ => false,
                };
                if exact {
                    t.exact_hit += 1;
                } else {
                    let _ = writeln!(
                        log,
                        "    {:<10} got {:<10} {}  <->  {}",
                        p.category,
                        o.label(),
                        p.a.shown,
                        p.b.shown
                    );
                }
            }
            _ => {}
        }
        if !ok {
            // The pair's own evidence score says whether the miss is in scoring or grouping.
            let (s, blocked) = crosscheck::engine::align::score_pair(
                &story.articles,
                &an.mentions,
                &Config::default(),
                p.a.mention,
                p.b.mention,
            );
            let _ = writeln!(
                log,
                "  MISS {:<10} got {:<10} score {:>5.1}{} {}  <->  {}",
                p.category,
                o.label(),
                s,
                if blocked { " blocked" } else { "" },
                p.a.shown,
                p.b.shown
            );
        }
    }
    for claim in &an.claims {
        for pair in claim.pairs.iter().filter(|p| p.verdict == Verdict::Diverge) {
            t.predicted_diverge += 1;
            let k = key(pair.a, pair.b);
            if annotated_diverge.contains_key(&k) {
                t.predicted_diverge_annotated += 1;
            } else {
                let show = |m: MentionRef| {
                    let body = &story.articles[m.article].body;
                    let men = &an.mentions[m.article][m.index];
                    let lo = body.floor_char_boundary_compat(men.start.saturating_sub(30));
                    let hi = body.ceil_char_boundary_compat((men.end + 30).min(body.len()));
                    format!("{}: {:?} in {:?}", story.stems[m.article], men.text(body), &body[lo..hi])
                };
                let why =
                    annotated_any.get(&k).map_or("unannotated".to_string(), |c| format!("annotated {c}"));
                let _ = writeln!(
                    log,
                    "  FALSE ALARM ({why}, {}) {}  <->  {}",
                    pair.reason,
                    show(pair.a),
                    show(pair.b)
                );
            }
        }
    }
    t
}

/// `str::floor_char_boundary` is unstable; these do the same for snippets in the log.
trait CharBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
    fn ceil_char_boundary_compat(&self, i: usize) -> usize;
}

impl CharBoundary for str {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        while i > 0 && !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
    fn ceil_char_boundary_compat(&self, mut i: usize) -> usize {
        while i < self.len() && !self.is_char_boundary(i) {
            i += 1;
        }
        i
    }
}

fn load_all() -> Vec<Story> {
    let stories: Vec<Story> = story_dirs().iter().map(|d| load(d)).collect();
    assert!(!stories.is_empty(), "no story folders under {}", stories_dir().display());
    stories
}

/// Fail with every fixture problem at once.
fn assert_fixtures_ok(stories: &[Story]) {
    let problems: Vec<String> =
        stories.iter().flat_map(|s| s.errors.iter().map(move |e| format!("[{}] {e}", s.name))).collect();
    assert!(problems.is_empty(), "{} fixture problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn story_fixtures_resolve() {
    let stories = load_all();
    // Locators whose mention is wider or narrower than the marked text: usually fine (a
    // counted noun or "a month" joins the mention), but worth a look when extraction changes.
    let loose: Vec<String> = stories
        .iter()
        .flat_map(|s| {
            s.pairs
                .iter()
                .flat_map(|p| [&p.a, &p.b])
                .filter(|l| l.shown.contains("(mention "))
                .map(move |l| format!("[{}] {}", s.name, l.shown))
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    if !loose.is_empty() {
        println!("\nStory locators whose mention differs from the marked text:\n{}", loose.join("\n"));
    }
    assert_fixtures_ok(&stories);
}

#[test]
fn story_scores_meet_thresholds() {
    let stories = load_all();
    assert_fixtures_ok(&stories);
    let mut total = Tally::default();
    let mut out = String::new();
    let mut per_story = serde_json::Map::new();
    let header = format!(
        "{:<20} {:>4} {:>4} {:>4} {:>4} {:>4} | {:>5} {:>5} {:>5} | {:>5} {:>5} | {:>5} | {:>5}",
        "story", "div", "upd", "comp", "agr", "apt", "divP", "divR", "updR", "conP", "conR", "apart", "exact"
    );
    let row = |name: &str, t: &Tally| {
        format!(
            "{:<20} {:>4} {:>4} {:>4} {:>4} {:>4} | {:>5} {:>5} {:>5} | {:>5} {:>5} | {:>5} | {:>5}",
            name,
            t.n("diverge"),
            t.n("updated"),
            t.n("compatible"),
            t.n("agree"),
            t.n("apart"),
            pct(t.diverge_precision()),
            pct(t.diverge_recall()),
            pct(t.updated_recall()),
            pct(t.consistent_precision()),
            pct(t.consistent_recall()),
            pct(t.apart_accuracy()),
            pct(t.exact_accuracy()),
        )
    };
    let mut rows = Vec::new();
    for story in &stories {
        let mut log = String::new();
        let t = score(story, &mut log);
        rows.push(row(&story.name, &t));
        if !log.is_empty() {
            let _ = write!(out, "[{}] ({} diverging pairs reported)\n{log}", story.name, t.predicted_diverge);
        }
        per_story.insert(story.name.clone(), t.json());
        total.add(&t);
    }
    println!("\nStory fixtures: misses (MISS), verdict mix-ups (indented) and false alarms\n{out}");
    println!("Scores in percent (divP/divR: divergence precision/recall; updR: updates called updated;");
    println!("conP/conR: agree+compatible;");
    println!("apart: must-stay-apart kept apart; exact: agree vs compatible among consistent hits)");
    println!("{header}\n{}", "-".repeat(header.len()));
    for r in &rows {
        println!("{r}");
    }
    println!("{}\n{}\n", "-".repeat(header.len()), row("OVERALL", &total));

    let summary = json!({
        "thresholds": {
            "diverge_recall": MIN_DIVERGE_RECALL,
            "flagged_recall": MIN_FLAGGED_RECALL,
            "diverge_precision": MIN_DIVERGE_PRECISION,
            "updated_recall": MIN_UPDATED_RECALL,
            "consistent_recall": MIN_CONSISTENT_RECALL,
            "apart_accuracy": MIN_APART_ACCURACY,
        },
        "overall": total.json(),
        "stories": per_story,
    });
    let target = option_env!("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let _ = std::fs::create_dir_all(&target);
    let path = target.join("fixture-scores.json");
    if let Err(e) = std::fs::write(&path, serde_json::to_string_pretty(&summary).unwrap() + "\n") {
        println!("could not write {}: {e}", path.display());
    }

    // With no divergent pair reported there are no false alarms: precision counts as met.
    let checks = [
        ("divergence recall", total.diverge_recall().unwrap_or(1.0), MIN_DIVERGE_RECALL),
        ("divergence shown (red or possible)", total.flagged_recall().unwrap_or(1.0), MIN_FLAGGED_RECALL),
        ("divergence precision", total.diverge_precision().unwrap_or(1.0), MIN_DIVERGE_PRECISION),
        ("updated recall", total.updated_recall().unwrap_or(1.0), MIN_UPDATED_RECALL),
        ("consistent recall", total.consistent_recall().unwrap_or(1.0), MIN_CONSISTENT_RECALL),
        ("apart accuracy", total.apart_accuracy().unwrap_or(1.0), MIN_APART_ACCURACY),
    ];
    let failed: Vec<String> = checks
        .iter()
        .filter(|(_, got, min)| got < min)
        .map(|(name, got, min)| format!("{name} {got:.3} < {min}"))
        .collect();
    assert!(failed.is_empty(), "story fixture scores below thresholds: {}", failed.join("; "));
}

/// The page re-analyses with a memo of earlier analyses (`analyze_mentions_with`): on every
/// fixture story, analysed after all the others and then again, the result is the same as
/// analysing it alone.
#[test]
fn a_memo_from_other_stories_changes_nothing() {
    use crosscheck::engine::{analyze_mentions_with, article_mentions, WordMemo};
    let stories = load_all();
    let config = Config::default();
    let mut memo = WordMemo::default();
    let mut failures = Vec::new();
    for round in 0..2 {
        for story in &stories {
            let mentions = story.articles.iter().map(article_mentions).collect();
            let warm = analyze_mentions_with(&story.articles, mentions, &config, &mut memo);
            if warm != story.analysis {
                failures.push(format!("{} (round {round})", story.name));
            }
        }
    }
    assert!(failures.is_empty(), "a memo changed the analysis of: {}", failures.join(", "));
}
