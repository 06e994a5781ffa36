//! The page's comparison as a [`Comparison`] and back: the articles, and the reader's
//! corrections translated between the page's anchors (a body hash and a span) and the saved
//! format's mention keys (an article index, a span and its text).

use crate::engine::Article;
use crate::format::{Comparison, Correction as Saved, CorrectionKind, MentionKey};
use crate::marks::{body_hash, Anchor, Correction};

/// What the page shows, ready to save or share. Corrections whose text has changed since have
/// lapsed on the page, so they are left out.
pub fn capture(articles: &[Article], corrections: &[Correction]) -> Comparison {
    let hashes: Vec<u64> = articles.iter().map(|a| body_hash(&a.body)).collect();
    let key = |a: Anchor| {
        let i = hashes.iter().position(|&h| h == a.body)?;
        MentionKey::new(i, &articles[i].body, a.start, a.end)
    };
    let saved = |kind, mentions: Option<Vec<MentionKey>>| mentions.map(|mentions| Saved { kind, mentions });
    let mut c = Comparison::from_articles(articles);
    c.corrections = corrections
        .iter()
        .filter_map(|&fix| match fix {
            Correction::Dismiss(a) => saved(CorrectionKind::Dismiss, key(a).map(|k| vec![k])),
            // The format's unlink names two or more mentions that are different facts; taking
            // one mention out of its claim is written as that mention named twice.
            Correction::Unlink(a) => saved(CorrectionKind::Unlink, key(a).map(|k| vec![k.clone(), k])),
            Correction::Link(a, b) => {
                saved(CorrectionKind::Link, key(a).zip(key(b)).map(|(a, b)| vec![a, b]))
            }
        })
        .collect();
    c
}

/// The page's corrections for a saved comparison. A saved unlink of distinct mentions takes
/// every mention after the first out of the claim, which separates them all from the first.
pub fn corrections(c: &Comparison) -> Vec<Correction> {
    let anchor = |k: &MentionKey| {
        let body = &c.articles.get(k.article)?.body;
        k.matches(body).then(|| Anchor { body: body_hash(body), start: k.start, end: k.end })
    };
    let mut out = Vec::new();
    for fix in c.live_corrections() {
        let anchors: Vec<Anchor> = fix.mentions.iter().filter_map(anchor).collect();
        let Some(&first) = anchors.first() else { continue };
        match fix.kind {
            CorrectionKind::Dismiss => out.extend(anchors.iter().map(|&a| Correction::Dismiss(a))),
            CorrectionKind::Link => out.extend(anchors[1..].iter().map(|&b| Correction::Link(first, b))),
            CorrectionKind::Unlink => {
                let rest: Vec<Anchor> = anchors[1..].iter().copied().filter(|&a| a != first).collect();
                if rest.is_empty() {
                    out.push(Correction::Unlink(first));
                }
                out.extend(rest.into_iter().map(Correction::Unlink));
            }
        }
    }
    out
}
