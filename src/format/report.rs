//! The JSON shapes of the command line: mention objects of `crosscheck extract` and the
//! comparison report of `crosscheck --json`.

use serde::Serialize;

use crate::engine::{
    Analysis, Article, DateInfo, Evidence, Kind, Mention, Qualifier, Status, Value, Verdict,
};

/// Bumped only on an incompatible change, which the README then documents.
pub const REPORT_VERSION: u32 = 1;

/// One mention as `crosscheck extract` prints it; in reports it also carries an `id`.
#[derive(Serialize)]
pub struct MentionOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<usize>,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub kind: Kind,
    pub value: Option<&'a Value>,
    pub unit: Option<&'static str>,
    pub qualifier: Qualifier,
    pub counted: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a DateInfo>,
    /// Who gave the figure, when its sentence says so ("police", "the health department").
    pub attribution: Option<String>,
}

impl<'a> MentionOut<'a> {
    pub fn new(m: &'a Mention, src: &'a str) -> Self {
        MentionOut {
            id: None,
            start: m.start,
            end: m.end,
            text: m.text(src),
            kind: m.kind,
            value: m.value.as_ref(),
            unit: m.unit,
            qualifier: m.qualifier,
            counted: m.counted.as_deref(),
            per: m.per,
            date: m.date.as_ref(),
            attribution: crate::engine::attribution::of(src, m.start, m.end),
        }
    }
}

/// The output line of `crosscheck extract` for one input.
#[derive(Serialize)]
pub struct ExtractOut<'a> {
    pub mentions: Vec<MentionOut<'a>>,
}

/// One article in a report.
#[derive(Serialize)]
pub struct ArticleOut<'a> {
    pub title: &'a str,
    pub source: &'a str,
    pub published: Option<String>,
    pub mentions: Vec<MentionOut<'a>>,
    /// Mentions past the per-article limit (`Config::max_compared`), left out of `mentions`
    /// and of every claim; 0 for ordinary articles.
    pub not_compared: usize,
}

/// One pair of mentions (by id) inside a claim.
#[derive(Serialize)]
pub struct PairOut {
    pub a: usize,
    pub b: usize,
    pub verdict: Verdict,
    pub reason: &'static str,
    /// The fitted pair scorer's probability that the two state one fact (0 to 1).
    pub confidence: f64,
}

/// One claim in a report.
#[derive(Serialize)]
pub struct ClaimOut<'a> {
    pub id: usize,
    pub status: Status,
    /// A few words naming the fact (`engine::label`).
    pub label: &'a str,
    pub mentions: Vec<usize>,
    pub pairs: Vec<PairOut>,
    pub evidence: &'a Evidence,
}

/// The comparison report printed by `crosscheck --json`.
#[derive(Serialize)]
pub struct Report<'a> {
    pub version: u32,
    pub articles: Vec<ArticleOut<'a>>,
    pub claims: Vec<ClaimOut<'a>>,
}

/// Mention ids are numbered across articles in order: article 0's mentions first.
pub fn mention_ids(analysis: &Analysis) -> Vec<usize> {
    let mut offsets = Vec::with_capacity(analysis.mentions.len());
    let mut next = 0;
    for ms in &analysis.mentions {
        offsets.push(next);
        next += ms.len();
    }
    offsets
}

impl<'a> Report<'a> {
    pub fn new(articles: &'a [Article], analysis: &'a Analysis) -> Self {
        let offsets = mention_ids(analysis);
        let id = |a: usize, i: usize| offsets.get(a).copied().unwrap_or(0) + i;
        let articles_out = articles
            .iter()
            .zip(&analysis.mentions)
            .enumerate()
            .map(|(a, (art, ms))| ArticleOut {
                title: &art.title,
                source: &art.source,
                published: art.published.map(|d| d.to_string()),
                mentions: ms
                    .iter()
                    .enumerate()
                    .map(|(i, m)| MentionOut { id: Some(id(a, i)), ..MentionOut::new(m, &art.body) })
                    .collect(),
                not_compared: analysis.not_compared.get(a).copied().unwrap_or(0),
            })
            .collect();
        let claims = analysis
            .claims
            .iter()
            .map(|c| ClaimOut {
                id: c.id,
                status: c.status,
                label: &c.label,
                mentions: c.mentions.iter().map(|r| id(r.article, r.index)).collect(),
                pairs: c
                    .pairs
                    .iter()
                    .map(|p| PairOut {
                        a: id(p.a.article, p.a.index),
                        b: id(p.b.article, p.b.index),
                        verdict: p.verdict,
                        reason: p.reason,
                        confidence: p.confidence,
                    })
                    .collect(),
                evidence: &c.evidence,
            })
            .collect();
        Report { version: REPORT_VERSION, articles: articles_out, claims }
    }
}
