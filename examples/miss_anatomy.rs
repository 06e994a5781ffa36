//! Why annotated contradictions are missed: for each one of a split, whether blocking
//! proposed the pair, the fitted scorer's probability, the rules scorer's score and veto,
//! and the strongest features each way. `cargo run --release --example miss_anatomy -- [dev]`.

use crosscheck::engine::align::{candidate_vectors, score_pair};
use crosscheck::engine::config::Scorer;
use crosscheck::engine::scorer::{contributions, logit, probability};
use crosscheck::engine::{Config, Verdict};
use crosscheck::eval::{load_split, outcome, Relation};

fn main() {
    let split = std::env::args().nth(1).unwrap_or_else(|| "dev".into());
    if std::env::args().any(|a| a == "--updates-apart") {
        updates_apart(&split);
        return;
    }
    if std::env::args().any(|a| a == "--updates") {
        updates_red(&split);
        return;
    }
    if std::env::args().any(|a| a == "--extras") {
        one_witness_extras(&split);
        return;
    }
    let config = Config::default();
    let rules = Config { scorer: Scorer::Rules, ..Config::default() };
    let (mut unproposed, mut low, mut refused) = (0, 0, 0);
    for story in load_split(&split) {
        let an = crosscheck::engine::analyze_mentions(&story.articles, story.mentions.clone(), &config);
        let vectors = candidate_vectors(&story.articles, &story.mentions, &config);
        for (found, rel) in story.fact_pairs() {
            let (Some((a, b)), Relation::Diverge) = (found, rel) else { continue };
            if outcome(&an, a, b) == Some(Verdict::Diverge) {
                continue;
            }
            let show = |r: crosscheck::engine::MentionRef| {
                let m = &story.mentions[r.article][r.index];
                format!("{}:{:?}", story.stems[r.article], m.text(&story.articles[r.article].body))
            };
            let (rv, blocked) = score_pair(&story.articles, &story.mentions, &rules, a, b);
            let x = vectors.iter().find(|(p, q, _)| (*p, *q) == (a, b) || (*p, *q) == (b, a));
            let head = format!("{} {} / {} rules {rv:.2}{}", story.name, show(a), show(b), if blocked { " BLOCKED" } else { "" });
            match x {
                None => {
                    unproposed += 1;
                    println!("NOT PROPOSED {head}");
                }
                Some((_, _, x)) => {
                    let p = probability(logit(x, &config.weights));
                    if p < config.red_confidence { low += 1 } else { refused += 1 }
                    let mut c = contributions(x, &config.weights);
                    c.sort_by(|u, v| u.1.total_cmp(&v.1));
                    let neg: Vec<String> = c.iter().take(4).map(|(n, w)| format!("{n} {w:+.2}")).collect();
                    let pos: Vec<String> = c.iter().rev().take(3).map(|(n, w)| format!("{n} {w:+.2}")).collect();
                    println!("p={p:.2} {head}\n     - {}\n     + {}", neg.join(", "), pos.join(", "));
                    for r in [a, b] {
                        let Some(&c) = an.claim_of[r.article].get(r.index) else { continue };
                        let members: Vec<String> = an.claims[c].mentions.iter().map(|&m| show(m)).collect();
                        println!("     claim of {}: {}", show(r), members.join(" "));
                    }
                }
            }
        }
    }
    println!("not proposed {unproposed}, below red confidence {low}, at or above it {refused}");
}

/// The red pairs the fitted scorer alone would add, right or wrong, with both scores: what
/// a second witness other than the rules would have to tell apart.
fn one_witness_extras(split: &str) {
    let config = Config::default();
    let one = Config { red_witness: false, ..Config::default() };
    let rules = Config { scorer: Scorer::Rules, ..Config::default() };
    for story in load_split(split) {
        let an = crosscheck::engine::analyze_mentions(&story.articles, story.mentions.clone(), &config);
        let an1 = crosscheck::engine::analyze_mentions(&story.articles, story.mentions.clone(), &one);
        let vectors = candidate_vectors(&story.articles, &story.mentions, &config);
        let truth = story.truth();
        for p in an1.claims.iter().flat_map(|c| &c.pairs).filter(|p| p.verdict == Verdict::Diverge) {
            if outcome(&an, p.a, p.b) == Some(Verdict::Diverge) {
                continue;
            }
            let rel = story.relation(&truth, p.a, p.b);
            let show = |r: crosscheck::engine::MentionRef| {
                let m = &story.mentions[r.article][r.index];
                format!("{}:{:?}", story.stems[r.article], m.text(&story.articles[r.article].body))
            };
            let (rv, blocked) = score_pair(&story.articles, &story.mentions, &rules, p.a, p.b);
            let x = vectors.iter().find(|(u, v, _)| (*u, *v) == (p.a, p.b) || (*u, *v) == (p.b, p.a));
            let pr = x.map_or(-1.0, |(_, _, x)| probability(logit(x, &config.weights)));
            println!("EXTRA {:?} p={pr:.2} rules {rv:.2}{} {} {} / {}", rel, if blocked { " BLOCKED" } else { "" }, story.name, show(p.a), show(p.b));
        }
    }
}

/// The annotated updates the default engine shows red, with both sentences and the
/// articles' publication dates: what an update rule would have to recognise.
fn updates_red(split: &str) {
    let config = Config::default();
    for story in load_split(split) {
        let an = crosscheck::engine::analyze_mentions(&story.articles, story.mentions.clone(), &config);
        let truth = story.truth();
        for p in an.claims.iter().flat_map(|c| &c.pairs).filter(|p| p.verdict == Verdict::Diverge) {
            if story.relation(&truth, p.a, p.b) != Relation::Updated {
                continue;
            }
            println!("{}", story.name);
            for r in [p.a, p.b] {
                let art = &story.articles[r.article];
                let m = &story.mentions[r.article][r.index];
                let (s, e) = crosscheck::engine::attribution::sentence(&art.body, m.start, m.end);
                println!("  {} {:?} [{}] {}", story.stems[r.article], art.published, m.text(&art.body), &art.body[s..e]);
            }
        }
    }
}

/// The annotated updates the default engine leaves in different claims, with the fitted
/// probability and both sentences: why they are not called `updated`.
fn updates_apart(split: &str) {
    let config = Config::default();
    for story in load_split(split) {
        let an = crosscheck::engine::analyze_mentions(&story.articles, story.mentions.clone(), &config);
        let vectors = candidate_vectors(&story.articles, &story.mentions, &config);
        for (found, rel) in story.fact_pairs() {
            let (Some((a, b)), Relation::Updated) = (found, rel) else { continue };
            if outcome(&an, a, b).is_some() {
                continue;
            }
            let x = vectors.iter().find(|(p, q, _)| (*p, *q) == (a, b) || (*p, *q) == (b, a));
            let pr = x.map_or(-1.0, |(_, _, x)| probability(logit(x, &config.weights)));
            println!("{} p={pr:.2}", story.name);
            for r in [a, b] {
                let art = &story.articles[r.article];
                let m = &story.mentions[r.article][r.index];
                let (s, e) = crosscheck::engine::attribution::sentence(&art.body, m.start, m.end);
                println!("  {} {:?} [{}] {}", story.stems[r.article], art.published, m.text(&art.body), &art.body[s..e].chars().take(200).collect::<String>());
            }
        }
    }
}
