//! Score the engine on the annotated judgement corpus: one row per story and a total per
//! split, with `-v` every mistake (and every real red pair, to compare two runs' red marks
//! whole), with `--rules` the hand-set rules scorer instead of the default.
//! Each total is followed by 95% intervals from resampling whole stories, red pairs by their
//! confidence and by the kind of figure, and with `--by-reason` every pair in a claim counted by
//! its verdict's reason and its annotated relation (`--show-reason=R` lists those with reason R).
//! `--stories=a,b` scores only the named stories (a batch written after the last change, say).
//! `cargo run --release --example corpus_scores -- [dev|test|all|DIR] [-v] [--rules|--fitted] [--red=P] [--vet=P] [--one-witness] [--stories=a,b] [--by-reason] [--show-reason=R]`.

use crosscheck::engine::config::Scorer;
use crosscheck::engine::Verdict;
use crosscheck::engine::{analyze_mentions, Config};
use crosscheck::eval::{
    labels, load_split, option, row, score, sources, story_interval, Counts, Relation, Sources,
};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let scorer = if args.iter().any(|a| a == "--rules") {
        Scorer::Rules
    } else if args.iter().any(|a| a == "--fitted") {
        Scorer::Fitted
    } else {
        Config::default().scorer
    };
    let red = option::<f64>("red");
    let config = Config {
        scorer,
        red_confidence: red.unwrap_or(Config::default().red_confidence),
        vet_confidence: option::<f64>("vet").unwrap_or(Config::default().vet_confidence),
        red_witness: !args.iter().any(|a| a == "--one-witness"),
        ..Config::default()
    };
    let stories = option::<String>("stories");
    // `--show-reason=R` (with `--by-reason`) lists each pair in a claim whose verdict gives R.
    let show_reason = option::<String>("show-reason");
    let only: Option<Vec<&str>> = stories.as_deref().map(|v| v.split(',').collect());
    let which = args.iter().find(|a| !a.starts_with('-')).map_or("all", String::as_str);
    let splits: Vec<&str> = match which {
        "all" => vec!["dev", "test"],
        s => vec![s],
    };
    for split in splits {
        let mut total = Counts::default();
        let mut per_story: Vec<Counts> = Vec::new();
        let mut attributed = Sources::default();
        // Claims whose label names their annotated fact, of those holding one.
        let (mut named, mut labelled) = (0, 0);
        // Red pairs by their confidence (the vetting model's): (pairs, annotated contradictions).
        let mut by_confidence = [(0usize, 0usize); 5];
        let mut possible_by_confidence = [(0usize, 0usize); 5];
        // Red pairs by the kind of figure ("Money", "Year"): (pairs, annotated contradictions).
        let mut by_kind: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
        // Pairs in claims by the verdict's reason: annotated relations seen.
        let mut by_reason: std::collections::BTreeMap<String, std::collections::BTreeMap<String, usize>> =
            Default::default();
        for story in load_split(split) {
            if only.as_ref().is_some_and(|names| !names.contains(&story.name.as_str())) {
                continue;
            }
            for e in &story.errors {
                println!("  FIXTURE ERROR {}: {e}", story.name);
            }
            let an = analyze_mentions(&story.articles, story.mentions.clone(), &config);
            let s = score(&story, &an);
            let (found, missed_sources) = sources(&story);
            let (n, t, label_misses) = labels(&story, &an);
            (named, labelled) = (named + n, labelled + t);
            println!("{}", row(&story.name, &s.counts));
            if verbose {
                for m in s.mistakes.iter().chain(&missed_sources).chain(&label_misses) {
                    println!("    {m}");
                }
            }
            total.add(&s.counts);
            per_story.push(s.counts.clone());
            attributed.add(&found);
            let truth = story.truth();
            if args.iter().any(|a| a == "--by-reason") {
                for p in an.claims.iter().flat_map(|c| &c.pairs) {
                    let rel = format!("{:?}", story.relation(&truth, p.a, p.b));
                    if show_reason.as_deref() == Some(p.reason) {
                        println!("    {} {} / {} -> {rel}", p.reason, story.show(p.a), story.show(p.b));
                    }
                    *by_reason
                        .entry(format!("{:?} {}", p.verdict, p.reason))
                        .or_default()
                        .entry(rel)
                        .or_default() += 1;
                }
            }
            for p in an.claims.iter().flat_map(|c| &c.pairs).filter(|p| p.verdict == Verdict::Possible) {
                let bin = ((p.confidence * 5.0) as usize).min(4);
                possible_by_confidence[bin].0 += 1;
                possible_by_confidence[bin].1 +=
                    usize::from(story.relation(&truth, p.a, p.b) == Relation::Diverge);
            }
            for p in an.claims.iter().flat_map(|c| &c.pairs).filter(|p| p.verdict == Verdict::Diverge) {
                let bin = ((p.confidence * 5.0) as usize).min(4);
                by_confidence[bin].0 += 1;
                let real = usize::from(story.relation(&truth, p.a, p.b) == Relation::Diverge);
                by_confidence[bin].1 += real;
                let kind =
                    by_kind.entry(format!("{:?}", story.mentions[p.a.article][p.a.index].kind)).or_default();
                (kind.0, kind.1) = (kind.0 + 1, kind.1 + real);
            }
        }
        println!("{}", row(&format!("TOTAL {split}"), &total));
        let interval = |f: fn(&Counts) -> f64| {
            let (lo, hi) = story_interval(&per_story, f, 2000);
            format!("{:.0}-{:.0}%", 100.0 * lo, 100.0 * hi)
        };
        println!(
            "95% intervals over stories (resampled): red precision {}, red recall {}, agreement recall {}, apart {}",
            interval(Counts::red_precision),
            interval(Counts::red_recall),
            interval(Counts::agree_recall),
            interval(Counts::apart_accuracy)
        );
        let bins: Vec<String> = by_confidence
            .iter()
            .enumerate()
            .map(|(i, (n, k))| format!("{:.1}-{:.1}: {k}/{n}", i as f64 / 5.0, (i + 1) as f64 / 5.0))
            .collect();
        println!(
            "red pairs by their confidence, the vetting model's (annotated contradictions/pairs): {}",
            bins.join("  ")
        );
        let bins: Vec<String> = possible_by_confidence
            .iter()
            .enumerate()
            .map(|(i, (n, k))| format!("{:.1}-{:.1}: {k}/{n}", i as f64 / 5.0, (i + 1) as f64 / 5.0))
            .collect();
        println!("possible pairs by their confidence (annotated contradictions/pairs): {}", bins.join("  "));
        let kinds: Vec<String> = by_kind.iter().map(|(k, (n, r))| format!("{k} {r}/{n}")).collect();
        for (reason, rels) in &by_reason {
            let r: Vec<String> = rels.iter().map(|(k, n)| format!("{k} {n}")).collect();
            println!("pairs {reason}: {}", r.join(", "));
        }
        println!("red pairs by kind (annotated contradictions/pairs): {}", kinds.join(", "));
        println!("labels {split}: {named} of {labelled} claims holding an annotated fact have a label sharing a word with it");
        println!(
            "sources {split}: {} of {} annotated sources found; {} of {} figures without one given a source\n",
            attributed.found, attributed.annotated, attributed.invented, attributed.unattributed
        );
    }
}
