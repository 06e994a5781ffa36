//! Manual corrections to a comparison: dismiss a mention (it is not a figure worth checking),
//! unlink it from its claim, or link two mentions the engine kept apart. A correction names
//! its mentions by their article's text and their offsets, so it survives re-analysis while
//! that text is unchanged and quietly lapses when the text is edited.

use std::hash::{DefaultHasher, Hash, Hasher};

use crate::engine::compare::{comparable, verdict};
use crate::engine::{Analysis, Article, Claim, Config, Evidence, MentionRef, Pair, Status};

/// A mention, named independently of the analysis: a hash of its article's body and its span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Anchor {
    pub body: u64,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Correction {
    Dismiss(Anchor),
    Unlink(Anchor),
    Link(Anchor, Anchor),
}

pub fn body_hash(body: &str) -> u64 {
    let mut h = DefaultHasher::new();
    body.hash(&mut h);
    h.finish()
}

/// The anchor of mention `r`, if it exists.
pub fn anchor(articles: &[Article], analysis: &Analysis, r: MentionRef) -> Option<Anchor> {
    let m = analysis.mentions.get(r.article)?.get(r.index)?;
    Some(Anchor { body: body_hash(&articles.get(r.article)?.body), start: m.start, end: m.end })
}

/// The mention with report id `id` (numbered across articles, as in the JSON report).
pub fn by_id(analysis: &Analysis, id: usize) -> Option<MentionRef> {
    let mut first = 0;
    for (article, ms) in analysis.mentions.iter().enumerate() {
        if id < first + ms.len() {
            return Some(MentionRef { article, index: id - first });
        }
        first += ms.len();
    }
    None
}

/// The mention an anchor names in this analysis, if its article's text is unchanged.
fn find(articles: &[Article], analysis: &Analysis, a: Anchor) -> Option<MentionRef> {
    let article = articles.iter().position(|x| body_hash(&x.body) == a.body)?;
    let index = analysis.mentions.get(article)?.iter().position(|m| m.start == a.start && m.end == a.end)?;
    Some(MentionRef { article, index })
}

/// One claim while corrections are applied: its mentions, its evidence, and whether its
/// pairs must be judged again.
struct Group {
    mentions: Vec<MentionRef>,
    /// The engine's label; a mention unlinked from a claim keeps its claim's label, and a
    /// link keeps the label of the first mention's claim.
    label: String,
    evidence: Evidence,
    pairs: Vec<Pair>,
    touched: bool,
}

/// The analysis with `corrections` applied in order. Dismissed mentions leave the analysis
/// altogether; changed claims get their pairs judged again and a new status; claims are then
/// ordered and numbered as the engine does (divergences first).
pub fn apply(
    articles: &[Article],
    analysis: Analysis,
    corrections: &[Correction],
    config: &Config,
) -> Analysis {
    if corrections.is_empty() {
        return analysis;
    }
    let resolved: Vec<(Correction, Option<MentionRef>, Option<MentionRef>)> = corrections
        .iter()
        .map(|&c| match c {
            Correction::Dismiss(a) | Correction::Unlink(a) => (c, find(articles, &analysis, a), None),
            Correction::Link(a, b) => (c, find(articles, &analysis, a), find(articles, &analysis, b)),
        })
        .collect();
    let Analysis { mentions, claims, not_compared, .. } = analysis;
    let mut groups: Vec<Group> = claims
        .into_iter()
        .map(|c| Group {
            mentions: c.mentions,
            label: c.label,
            evidence: c.evidence,
            pairs: c.pairs,
            touched: false,
        })
        .collect();
    let mut dismissed: Vec<MentionRef> = Vec::new();
    let group_of = |groups: &[Group], r: MentionRef| groups.iter().position(|g| g.mentions.contains(&r));
    for (c, a, b) in resolved {
        match (c, a, b) {
            (Correction::Dismiss(_), Some(r), _) | (Correction::Unlink(_), Some(r), _) => {
                let Some(g) = group_of(&groups, r) else { continue };
                groups[g].mentions.retain(|&m| m != r);
                groups[g].touched = true;
                if matches!(c, Correction::Dismiss(_)) {
                    dismissed.push(r);
                } else {
                    let label = groups[g].label.clone();
                    groups.push(Group {
                        mentions: vec![r],
                        label,
                        evidence: Evidence::default(),
                        pairs: Vec::new(),
                        touched: true,
                    });
                }
            }
            (Correction::Link(..), Some(ra), Some(rb)) => {
                let (Some(ga), Some(gb)) = (group_of(&groups, ra), group_of(&groups, rb)) else { continue };
                let ok =
                    ga != gb && comparable(&mentions[ra.article][ra.index], &mentions[rb.article][rb.index]);
                if ok {
                    let moved = std::mem::take(&mut groups[gb].mentions);
                    groups[ga].mentions.extend(moved);
                    groups[ga].mentions.sort_unstable();
                    groups[ga].touched = true;
                    groups[gb].touched = true;
                }
            }
            _ => {}
        }
    }
    groups.retain(|g| !g.mentions.is_empty());

    // New indexes once dismissed mentions are gone.
    let mut new_index: Vec<Vec<Option<usize>>> = Vec::with_capacity(mentions.len());
    let mut kept_mentions = Vec::with_capacity(mentions.len());
    for (a, ms) in mentions.into_iter().enumerate() {
        let mut map = Vec::with_capacity(ms.len());
        let mut kept = Vec::with_capacity(ms.len());
        for (i, m) in ms.into_iter().enumerate() {
            if dismissed.contains(&MentionRef { article: a, index: i }) {
                map.push(None);
            } else {
                map.push(Some(kept.len()));
                kept.push(m);
            }
        }
        new_index.push(map);
        kept_mentions.push(kept);
    }
    let remap =
        |r: MentionRef| MentionRef { article: r.article, index: new_index[r.article][r.index].unwrap_or(0) };

    let mut claims: Vec<Claim> = groups
        .into_iter()
        .map(|g| {
            let ms: Vec<MentionRef> = g.mentions.iter().map(|&r| remap(r)).collect();
            let pairs = if g.touched {
                judge(articles, &kept_mentions, &ms, config)
            } else {
                g.pairs.into_iter().map(|p| Pair { a: remap(p.a), b: remap(p.b), ..p }).collect()
            };
            let evidence = if g.touched && pairs.is_empty() { Evidence::default() } else { g.evidence };
            Claim { id: 0, status: Status::of(&pairs), label: g.label, mentions: ms, pairs, evidence }
        })
        .collect();
    claims.sort_by_key(|c| c.status);
    let mut claim_of: Vec<Vec<usize>> = kept_mentions.iter().map(|ms| vec![0; ms.len()]).collect();
    for (i, c) in claims.iter_mut().enumerate() {
        c.id = i;
        for r in &c.mentions {
            claim_of[r.article][r.index] = i;
        }
    }
    Analysis { mentions: kept_mentions, claims, claim_of, not_compared }
}

/// Every pair of mentions from different articles in a claim, judged.
fn judge(
    articles: &[Article],
    mentions: &[Vec<crate::engine::Mention>],
    ms: &[MentionRef],
    config: &Config,
) -> Vec<Pair> {
    let mut pairs = Vec::new();
    for (i, &a) in ms.iter().enumerate() {
        for &b in &ms[i + 1..] {
            if a.article == b.article {
                continue;
            }
            let (ma, mb) = (&mentions[a.article][a.index], &mentions[b.article][b.index]);
            let (v, reason) = verdict(
                ma,
                ma.text(&articles[a.article].body),
                mb,
                mb.text(&articles[b.article].body),
                config,
            );
            pairs.push(Pair { a, b, verdict: v, reason, confidence: 1.0 });
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analyze;

    fn setup() -> (Vec<Article>, Analysis) {
        let texts = [
            "Published: 2026-11-14\n\nThe fire injured 12 workers at the plant. Crews saved 3 trucks.",
            "Published: 2026-11-14\n\nThe fire injured 14 workers at the plant. Its owner has 40 trucks.",
        ];
        let articles: Vec<Article> = texts.iter().map(|t| Article::parse(t)).collect();
        let analysis = analyze(&articles, &Config::default());
        (articles, analysis)
    }

    fn at(articles: &[Article], analysis: &Analysis, a: usize, text: &str) -> MentionRef {
        let index = analysis.mentions[a].iter().position(|m| m.text(&articles[a].body) == text).expect(text);
        MentionRef { article: a, index }
    }

    fn status_of(articles: &[Article], analysis: &Analysis, a: usize, text: &str) -> Status {
        let r = at(articles, analysis, a, text);
        analysis.claims[analysis.claim_of[a][r.index]].status
    }

    #[test]
    fn unlink_dismiss_and_link_survive_reanalysis_of_the_same_text() {
        let (articles, analysis) = setup();
        let config = Config::default();
        let last = analysis.mentions.iter().map(Vec::len).sum::<usize>() - 1;
        assert_eq!(by_id(&analysis, last).map(|r| r.article), Some(1));
        assert_eq!(by_id(&analysis, last + 1), None);
        assert_eq!(status_of(&articles, &analysis, 0, "12"), Status::Diverge);
        let twelve = anchor(&articles, &analysis, at(&articles, &analysis, 0, "12")).unwrap();
        let unlinked = apply(&articles, analysis.clone(), &[Correction::Unlink(twelve)], &config);
        assert_eq!(status_of(&articles, &unlinked, 0, "12"), Status::Single);
        assert_eq!(status_of(&articles, &unlinked, 1, "14"), Status::Single);

        let three = anchor(&articles, &analysis, at(&articles, &analysis, 0, "3")).unwrap();
        let forty = anchor(&articles, &analysis, at(&articles, &analysis, 1, "40")).unwrap();
        let fixes = [Correction::Dismiss(twelve), Correction::Link(three, forty)];
        // A fresh analysis of the same text takes the same corrections.
        let fixed = apply(&articles, analyze(&articles, &config), &fixes, &config);
        assert!(fixed.mentions[0].iter().all(|m| m.text(&articles[0].body) != "12"), "12 is dismissed");
        assert_eq!(status_of(&articles, &fixed, 1, "40"), Status::Diverge);
        assert_eq!(fixed.claims[0].status, Status::Diverge, "divergences stay first");
        for (a, ms) in fixed.claim_of.iter().enumerate() {
            for (i, &c) in ms.iter().enumerate() {
                assert!(fixed.claims[c].mentions.contains(&MentionRef { article: a, index: i }));
            }
        }
        // Edited text lets the correction lapse.
        let mut edited = articles.clone();
        edited[0].body.push_str(" More.");
        let again = apply(&edited, analyze(&edited, &config), &fixes, &config);
        assert_eq!(status_of(&edited, &again, 0, "12"), Status::Diverge);
    }

    #[test]
    fn a_correction_elsewhere_keeps_the_other_claims_statuses() {
        // An update and a possible contradiction keep their status when the user corrects
        // another claim: a claim no correction touched is not judged again.
        let config = Config::default();
        let articles: Vec<Article> = crate::demo::ARTICLES.iter().map(|t| Article::parse(t)).collect();
        let analysis = analyze(&articles, &config);
        let before: Vec<(Vec<MentionRef>, Status)> =
            analysis.claims.iter().map(|c| (c.mentions.clone(), c.status)).collect();
        assert!(
            before.iter().any(|c| c.1 == Status::Updated) && before.iter().any(|c| c.1 == Status::Possible)
        );
        // Unlink one mention of an agreeing claim.
        let agree = analysis.claims.iter().find(|c| c.status == Status::Agree).expect("an agreeing claim");
        let one = anchor(&articles, &analysis, agree.mentions[0]).unwrap();
        let fixed = apply(&articles, analysis.clone(), &[Correction::Unlink(one)], &config);
        for (ms, status) in before.iter().filter(|c| matches!(c.1, Status::Updated | Status::Possible)) {
            let now = fixed.claims.iter().find(|c| &c.mentions == ms).map(|c| c.status);
            assert_eq!(now, Some(*status), "{ms:?}");
        }
    }
}
