//! Why two mentions are or are not one claim: their comparison vector under the fitted
//! scorer, each feature's contribution, and the rules scorer's verdict on the pair.
//! `cargo run --release --example why_pair -- A.txt TEXT_A B.txt TEXT_B [more.txt...]`.

use crosscheck::engine::align::{candidate_vectors, score_pair};
use crosscheck::engine::config::Scorer;
use crosscheck::engine::scorer::{contributions, logit, probability};
use crosscheck::engine::{article_mentions, Article, Config};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 4 {
        eprintln!("usage: why_pair A.txt TEXT_A B.txt TEXT_B [more.txt...]");
        std::process::exit(2);
    }
    let mut files = vec![args[0].clone(), args[2].clone()];
    files.extend(args[4..].iter().cloned());
    let articles: Vec<Article> =
        files.iter().map(|f| Article::parse(&std::fs::read_to_string(f).unwrap_or_default())).collect();
    let mentions: Vec<_> = articles.iter().map(article_mentions).collect();
    let find = |a: usize, text: &str| {
        mentions[a]
            .iter()
            .position(|m| m.text(&articles[a].body) == text)
            .map(|index| crosscheck::engine::MentionRef { article: a, index })
    };
    let (Some(a), Some(b)) = (find(0, &args[1]), find(1, &args[3])) else {
        eprintln!("mention not found");
        std::process::exit(1);
    };
    let config = Config::default();
    let rules = Config { scorer: Scorer::Rules, ..Config::default() };
    println!("rules score {:?}", score_pair(&articles, &mentions, &rules, a, b));
    let found = candidate_vectors(&articles, &mentions, &config)
        .into_iter()
        .find(|(p, q, _)| (*p, *q) == (a, b) || (*p, *q) == (b, a));
    match found {
        None => println!("not a candidate pair"),
        Some((_, _, x)) => {
            let l = logit(&x, &config.weights);
            println!("fitted probability {:.3} (logit {l:.2})", probability(l));
            for (name, w) in contributions(&x, &config.weights) {
                println!("  {w:+.2}  {name}");
            }
        }
    }
}
