//! Why annotated contradictions are missed: for each one of a split, whether blocking
//! proposed the pair, the fitted scorer's probability, the rules scorer's score and veto,
//! and the strongest features each way. Other views: `--extras` (the red pairs the fitted
//! scorer alone would add), `--updates` (annotated updates shown red, with their sentences),
//! `--updates-apart` (annotated updates left in different claims, and why when read as one),
//! `--agreements-apart` (annotated agreements left in different claims, and why),
//! `--red-features` (red pairs, or with `--possible` possible ones, by each feature of their
//! comparison vector, by the sources of their figures and by the near words one sentence has
//! and the other lacks: what tells real ones from look-alikes; `--list=N` prints the pairs
//! with feature N and their sentences).
//! The default view ends with what the contradictions scored at or above red confidence became
//! instead, and `--updates-apart` marks the pairs read as an update alone.
//! For tuning on dev only.
//! `cargo run --release --example miss_anatomy -- [dev|DIR] [--extras|--updates|--updates-apart|--agreements-apart|--red-features [--possible] [--near=W] [--list=FEATURE]]`.

use crosscheck::engine::align::{candidate_vectors, score_pair};
use crosscheck::engine::compare::verdict;
use crosscheck::engine::config::Scorer;
use crosscheck::engine::features::Vector;
use crosscheck::engine::scorer::{contributions, logit, probability};
use crosscheck::engine::{analyze_mentions, Analysis, Config, MentionRef, Verdict};
use crosscheck::eval::{load_split, outcome, Relation, Story};

fn main() {
    let split = std::env::args().nth(1).unwrap_or_else(|| "dev".into());
    if std::env::args().any(|a| a == "--updates-apart") {
        updates_apart(&split);
    } else if std::env::args().any(|a| a == "--updates") {
        updates_red(&split);
    } else if std::env::args().any(|a| a == "--agreements-apart") {
        agreements_apart(&split);
    } else if std::env::args().any(|a| a == "--red-features") {
        red_features(&split);
    } else if std::env::args().any(|a| a == "--extras") {
        one_witness_extras(&split);
    } else {
        missed(&split);
    }
}

/// The default engine's analysis of a story.
fn analyze(story: &Story, config: &Config) -> Analysis {
    analyze_mentions(&story.articles, story.mentions.clone(), config)
}

/// The comparison vector of a candidate pair, either way round; None when blocking did not
/// propose it.
fn vector_of(vectors: &[(MentionRef, MentionRef, Vector)], a: MentionRef, b: MentionRef) -> Option<&Vector> {
    vectors.iter().find(|(p, q, _)| (*p, *q) == (a, b) || (*p, *q) == (b, a)).map(|(_, _, x)| x)
}

/// The rules scorer's score of a pair, with " BLOCKED" when one of its vetoes holds.
fn rules_score(story: &Story, a: MentionRef, b: MentionRef) -> String {
    let rules = Config { scorer: Scorer::Rules, ..Config::default() };
    let (value, blocked) = score_pair(&story.articles, &story.mentions, &rules, a, b);
    format!("{value:.2}{}", if blocked { " BLOCKED" } else { "" })
}

/// A mention's publication date, text and sentence (at most `most` characters of it).
fn sentence_line(story: &Story, r: MentionRef, most: usize) -> String {
    let art = &story.articles[r.article];
    let m = &story.mentions[r.article][r.index];
    let (s, e) = crosscheck::engine::attribution::sentence(&art.body, m.start, m.end);
    let text: String = art.body[s..e].chars().take(most).collect();
    format!("  {} {:?} [{}] {}", story.stems[r.article], art.published, m.text(&art.body), text)
}

/// Every annotated pair of `split` whose relation `wanted` accepts and whose outcome under the
/// default engine `wrong` rejects, with its story, the analysis, and its comparison vector and
/// fitted probability (None when blocking did not propose it). Returns how many were not
/// proposed, scored under `confidence`, and scored at or above it.
fn each_missed(
    split: &str,
    wanted: fn(Relation) -> bool,
    wrong: fn(Option<Verdict>) -> bool,
    confidence: f64,
    mut visit: impl FnMut(&Story, &Analysis, MentionRef, MentionRef, Option<(&Vector, f64)>),
) -> [usize; 3] {
    let config = Config::default();
    let mut counts = [0; 3];
    for story in load_split(split) {
        let an = analyze(&story, &config);
        let vectors = candidate_vectors(&story.articles, &story.mentions, &config);
        for (found, rel) in story.fact_pairs() {
            let Some((a, b)) = found.filter(|_| wanted(rel)) else { continue };
            if wrong(outcome(&an, a, b)) {
                let scored = vector_of(&vectors, a, b).map(|x| (x, probability(logit(x, &config.weights))));
                counts[scored.map_or(0, |(_, p)| if p < confidence { 1 } else { 2 })] += 1;
                visit(&story, &an, a, b, scored);
            }
        }
    }
    counts
}

fn missed(split: &str) {
    let config = Config::default();
    let diverge = |r| r == Relation::Diverge;
    let not_red = |o| o != Some(Verdict::Diverge);
    // What the missed contradictions scored at or above red confidence became instead.
    let mut became: std::collections::BTreeMap<String, usize> = Default::default();
    let [unproposed, low, refused] =
        each_missed(split, diverge, not_red, config.red_confidence, |story, an, a, b, scored| {
            let mut became_now = String::new();
            if scored.is_some_and(|(_, p)| p >= config.red_confidence) {
                let o = outcome(an, a, b);
                let reason = o.and_then(|_| {
                    let c = an.claim_of[a.article][a.index];
                    an.claims[c]
                        .pairs
                        .iter()
                        .find(|p| (p.a, p.b) == (a, b) || (p.a, p.b) == (b, a))
                        .map(|p| p.reason)
                });
                became_now = format!("{o:?} {}", reason.unwrap_or("apart"));
                *became.entry(became_now.clone()).or_default() += 1;
            }
            let head = format!(
                "{} {} / {} rules {}{}",
                story.name,
                story.show(a),
                story.show(b),
                rules_score(story, a, b),
                if became_now.is_empty() { String::new() } else { format!(" became {became_now}") }
            );
            let Some((x, p)) = scored else {
                println!("NOT PROPOSED {head}");
                return;
            };
            let mut c = contributions(x, &config.weights);
            c.sort_by(|u, v| u.1.total_cmp(&v.1));
            let named = |(n, w): &(&str, f64)| format!("{n} {w:+.2}");
            let neg: Vec<String> = c.iter().take(4).map(named).collect();
            let pos: Vec<String> = c.iter().rev().take(3).map(named).collect();
            println!("p={p:.2} {head}\n     - {}\n     + {}", neg.join(", "), pos.join(", "));
            for r in [a, b] {
                let Some(&c) = an.claim_of[r.article].get(r.index) else { continue };
                let members: Vec<String> = an.claims[c].mentions.iter().map(|&m| story.show(m)).collect();
                println!("     claim of {}: {}", story.show(r), members.join(" "));
            }
        });
    println!("not proposed {unproposed}, below red confidence {low}, at or above it {refused}");
    for (what, n) in &became {
        println!("  at or above, became {what}: {n}");
    }
}

/// The red pairs the fitted scorer alone would add, right or wrong, with both scores: what
/// a second witness other than the rules would have to tell apart.
fn one_witness_extras(split: &str) {
    let config = Config::default();
    let one = Config { red_witness: false, ..Config::default() };
    for story in load_split(split) {
        let an = analyze(&story, &config);
        let an1 = analyze(&story, &one);
        let vectors = candidate_vectors(&story.articles, &story.mentions, &config);
        let truth = story.truth();
        for p in an1.claims.iter().flat_map(|c| &c.pairs).filter(|p| p.verdict == Verdict::Diverge) {
            if outcome(&an, p.a, p.b) == Some(Verdict::Diverge) {
                continue;
            }
            let rel = story.relation(&truth, p.a, p.b);
            let pr = vector_of(&vectors, p.a, p.b).map_or(-1.0, |x| probability(logit(x, &config.weights)));
            println!(
                "EXTRA {rel:?} p={pr:.2} rules {} {} {} / {}",
                rules_score(&story, p.a, p.b),
                story.name,
                story.show(p.a),
                story.show(p.b)
            );
        }
    }
}

/// The annotated updates the default engine shows red, with both sentences and the
/// articles' publication dates: what an update rule would have to recognise.
fn updates_red(split: &str) {
    let config = Config::default();
    for story in load_split(split) {
        let an = analyze(&story, &config);
        let truth = story.truth();
        for p in an.claims.iter().flat_map(|c| &c.pairs).filter(|p| p.verdict == Verdict::Diverge) {
            if story.relation(&truth, p.a, p.b) != Relation::Updated {
                continue;
            }
            println!("{}", story.name);
            for r in [p.a, p.b] {
                println!("{}", sentence_line(&story, r, usize::MAX));
            }
        }
    }
}

/// The annotated updates the default engine leaves in different claims, with the fitted
/// probability and both sentences: why they are not called `updated`.
fn updates_apart(split: &str) {
    let config = Config::default();
    let mut why: std::collections::BTreeMap<&str, usize> = Default::default();
    for story in load_split(split) {
        let an = analyze(&story, &config);
        let vectors = candidate_vectors(&story.articles, &story.mentions, &config);
        for (found, rel) in story.fact_pairs() {
            let (Some((a, b)), Relation::Updated) = (found, rel) else { continue };
            if outcome(&an, a, b).is_some() {
                continue;
            }
            let pr = vector_of(&vectors, a, b).map_or(-1.0, |x| probability(logit(x, &config.weights)));
            let update =
                crosscheck::engine::align::pair_update(&story.articles, &story.mentions, &config, a, b);
            // Why a confident pair read as an update stayed apart, as `agreements_apart` tells it.
            let reason = if !update || pr < config.link_confidence {
                ""
            } else if one_value_each(&story, &an, a, b, &config) {
                " (an article would hold two values)"
            } else {
                " (the claims are not linked as wholes)"
            };
            *why.entry(reason).or_default() += 1;
            println!("{} p={pr:.2}{}{reason}", story.name, if update { " READ AS UPDATE" } else { "" });
            for r in [a, b] {
                println!("{}", sentence_line(&story, r, 200));
            }
        }
    }
    for (reason, n) in why.iter().filter(|(r, _)| !r.is_empty()) {
        println!("read as updates, confident, apart{reason}: {n}");
    }
}

/// Red pairs (and, with `--possible`, possible ones) by each feature of their comparison
/// vector: how often a pair with the feature set, and without it, is an annotated
/// contradiction, to find what tells real red pairs from look-alikes on new writing.
fn red_features(split: &str) {
    let config = Config::default();
    let wanted =
        if std::env::args().any(|a| a == "--possible") { Verdict::Possible } else { Verdict::Diverge };
    let names = crosscheck::engine::features::names();
    // Per feature: (pairs with it, real among them); and all pairs, all real.
    let mut with = vec![(0usize, 0usize); crosscheck::engine::features::COUNT];
    let (mut all, mut real_all, mut unscored) = (0usize, 0usize, 0usize);
    let near: f32 = crosscheck::eval::option("near").unwrap_or(0.6);
    let list: Option<usize> = crosscheck::eval::option("list");
    let mut exclusive = [(0usize, 0usize); 4];
    let mut by_source = [(0usize, 0usize); 4];
    for story in load_split(split) {
        let an = analyze(&story, &config);
        let mut vocab = crosscheck::engine::context::Vocab::default();
        let ctx: Vec<Vec<crosscheck::engine::context::Context>> = story
            .articles
            .iter()
            .zip(&story.mentions)
            .map(|(art, ms)| {
                crosscheck::engine::context::contexts(
                    &art.body,
                    art.published,
                    ms,
                    config.context_window,
                    &mut vocab,
                )
            })
            .collect();
        vocab.finish(config.max_word_share, story.articles.len(), config.min_sentences);
        let lacks = |p: MentionRef, q: MentionRef| {
            let (cp, cq) = (&ctx[p.article][p.index], &ctx[q.article][q.index]);
            cp.words
                .iter()
                .filter(|(id, w, _)| {
                    *w >= near && !vocab.too_common(*id) && !cq.words.iter().any(|o| o.0 == *id)
                })
                .count()
        };
        let vectors = candidate_vectors(&story.articles, &story.mentions, &config);
        let truth = story.truth();
        for p in an.claims.iter().flat_map(|c| &c.pairs).filter(|p| p.verdict == wanted) {
            let real = usize::from(story.relation(&truth, p.a, p.b) == Relation::Diverge);
            let Some(x) = vector_of(&vectors, p.a, p.b) else {
                unscored += 1;
                continue;
            };
            (all, real_all) = (all + 1, real_all + real);
            let source = |r: MentionRef| {
                let m = &story.mentions[r.article][r.index];
                crosscheck::engine::attribution::of(&story.articles[r.article].body, m.start, m.end)
            };
            let s = match (source(p.a), source(p.b)) {
                (None, None) => 0,
                (Some(x), Some(y)) if crosscheck::eval::same_source(&x, &y) => 2,
                (Some(_), Some(_)) => 3,
                _ => 1,
            };
            by_source[s] = (by_source[s].0 + 1, by_source[s].1 + real);
            let k = (lacks(p.a, p.b) + lacks(p.b, p.a)).min(3);
            exclusive[k] = (exclusive[k].0 + 1, exclusive[k].1 + real);
            for (i, v) in x.iter().enumerate().skip(1) {
                if *v != 0.0 {
                    with[i] = (with[i].0 + 1, with[i].1 + real);
                }
            }
            if list.is_some_and(|i| x.get(i).is_some_and(|v| *v != 0.0)) {
                println!("{} {}", if real == 1 { "REAL " } else { "FALSE" }, story.name);
                println!("  {}\n  {}", sentence_line(&story, p.a, 220), sentence_line(&story, p.b, 220));
            }
        }
    }
    println!("{wanted:?} pairs {all} ({real_all} real), {unscored} not proposed");
    for (k, (n, r)) in by_source.iter().enumerate() {
        println!("  sources {}: {r}/{n}", ["none", "one side", "same", "different"][k]);
    }
    for (k, (n, r)) in exclusive.iter().enumerate() {
        println!("  near words the other sentence lacks: {k}{} -> {r}/{n}", if k == 3 { "+" } else { "" });
    }
    for (i, (n, r)) in with.iter().enumerate().skip(1) {
        let (on, off) = (*n, all - n);
        let pct = |r: usize, n: usize| if n == 0 { 0.0 } else { 100.0 * r as f64 / n as f64 };
        println!(
            "{:>3} {:<60} with {r:>4}/{on:<5} {:5.1}%   without {:>4}/{off:<5} {:5.1}%",
            i,
            names.get(i).copied().unwrap_or("?"),
            pct(*r, on),
            real_all - r,
            pct(real_all - r, off)
        );
    }
}

/// The annotated agreements the default engine leaves in different claims: whether blocking
/// proposed them, and whether the fitted scorer was under the link confidence or the pair was
/// refused when its groups met, with a count of each.
fn agreements_apart(split: &str) {
    let config = Config::default();
    let consistent = |r| matches!(r, Relation::Agree | Relation::Compatible);
    let apart = |o: Option<Verdict>| o.is_none();
    // Why a confident pair's claims stayed apart, as far as the finished claims show it.
    let mut why: std::collections::BTreeMap<&str, usize> = Default::default();
    let [unproposed, low, refused] =
        each_missed(split, consistent, apart, config.link_confidence, |story, an, a, b, scored| {
            let head = format!("{} {} / {}", story.name, story.show(a), story.show(b));
            match scored {
                None => println!("NOT PROPOSED {head}"),
                Some((_, p)) if p < config.link_confidence => println!("LOW p={p:.2} {head}"),
                Some((_, p)) => {
                    let rules = rules_score(story, a, b);
                    let reason = if rules.ends_with("BLOCKED") {
                        "a rule vetoes the pair"
                    } else if one_value_each(story, an, a, b, &config) {
                        "an article would hold two values"
                    } else {
                        "the claims are not linked as wholes"
                    };
                    *why.entry(reason).or_default() += 1;
                    println!("REFUSED p={p:.2} rules {rules} {head} ({reason})");
                }
            }
        });
    println!("not proposed {unproposed}, below link confidence {low}, refused at or above it {refused}");
    for (reason, n) in why {
        println!("  refused: {reason}: {n}");
    }
}

/// Whether joining the claims of `a` and `b` would give one article two values that disagree:
/// a claim holds one value per article, so such claims never merge.
fn one_value_each(story: &Story, an: &Analysis, a: MentionRef, b: MentionRef, config: &Config) -> bool {
    let claim = |r: MentionRef| &an.claims[an.claim_of[r.article][r.index]];
    let mention = |r: MentionRef| &an.mentions[r.article][r.index];
    let text = |r: MentionRef| mention(r).text(&story.articles[r.article].body);
    let (x, y) = (claim(a), claim(b));
    x.mentions.iter().any(|p| {
        y.mentions.iter().any(|q| {
            p.article == q.article
                && verdict(mention(*p), text(*p), mention(*q), text(*q), config).0 == Verdict::Diverge
        })
    })
}
