//! Temporary: annotated update pairs with p >= .4 left apart, with context.
use crosscheck::engine::align::candidate_vectors;
use crosscheck::engine::scorer::{logit, probability};
use crosscheck::engine::{analyze_mentions, Config, MentionRef};
use crosscheck::eval::{load_split, option, outcome, Relation};
use std::collections::HashMap;

fn main() {
    let stories = option::<String>("stories");
    let only: Option<Vec<&str>> = stories.as_deref().map(|v| v.split(',').collect());
    let config = Config::default();
    for story in load_split("dev") {
        if only.as_ref().is_some_and(|n| !n.contains(&story.name.as_str())) {
            continue;
        }
        let mut p: HashMap<(MentionRef, MentionRef), f64> = HashMap::new();
        for (a, b, x) in candidate_vectors(&story.articles, &story.mentions, &config) {
            let l = probability(logit(&x, &config.weights));
            p.insert((a, b), l);
            p.insert((b, a), l);
        }
        let an = analyze_mentions(&story.articles, story.mentions.clone(), &config);
        let ctx = |r: MentionRef| {
            let m = &story.mentions[r.article][r.index];
            let body = &story.articles[r.article].body;
            let mut s = m.start.saturating_sub(90);
            while !body.is_char_boundary(s) {
                s -= 1;
            }
            let mut e = (m.end + 50).min(body.len());
            while !body.is_char_boundary(e) {
                e += 1;
            }
            format!("{}[{}]{}", &body[s..m.start], &body[m.start..m.end], &body[m.end..e]).replace('\n', " ")
        };
        for (found, rel) in story.fact_pairs() {
            let Some((a, b)) = found else { continue };
            if rel != Relation::Updated {
                continue;
            }
            let q = p.get(&(a, b)).copied().unwrap_or(-1.0);
            let o = outcome(&an, a, b);
            println!(
                "UPDPAIR\t{:.2}\t{:?}\t{}\t{} / {}\n   A({:?}): {}\n   B({:?}): {}",
                q,
                o,
                story.name,
                story.show(a),
                story.show(b),
                story.articles[a.article].published,
                ctx(a),
                story.articles[b.article].published,
                ctx(b)
            );
        }
    }
}
