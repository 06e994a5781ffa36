//! The result of comparing articles: claims (mentions in different articles that state the
//! same fact), the verdict for every pair inside a claim, and the evidence for each match.

use serde::Serialize;

use super::mention::Mention;

/// A mention's address: which article, and which of its mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct MentionRef {
    pub article: usize,
    pub index: usize,
}

/// How two mentions of one claim relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The same value.
    Agree,
    /// Consistent but stated differently: rounding, a bound that contains the other value,
    /// a coarser date that contains the finer one, equal amounts in other units.
    Compatible,
    /// A later-published article gives a changed value of an evolving count, in words that
    /// say it moved ("rose to 25"): an update, not a contradiction (`align::updates`). Ordered
    /// between compatible and diverge, so a claim's worst verdict gives its status.
    Updated,
    /// The values cannot both be right, but the vetting model (`scorer::vet_logit`) is not
    /// sure enough that the two state one fact to call it a contradiction: a weaker mark,
    /// never counted or stepped to as a contradiction.
    Possible,
    /// The values cannot both be right.
    Diverge,
}

/// A claim's overall status: the worst verdict among its pairs, or `Single` for a claim
/// that only one article makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Diverge,
    /// No contradiction, and at least one pair is a possible one (`Verdict::Possible`).
    Possible,
    /// No contradiction, and at least one pair is an update.
    Updated,
    Compatible,
    Agree,
    Single,
}

impl Status {
    /// The status of a claim with these pairs: the worst verdict among them, or `Single` when
    /// there are none (one article states it). The engine and the user's corrections
    /// (`marks`) both judge claims by it.
    pub fn of(pairs: &[Pair]) -> Status {
        let any = |v: Verdict| pairs.iter().any(|p| p.verdict == v);
        if pairs.is_empty() {
            Status::Single
        } else if any(Verdict::Diverge) {
            Status::Diverge
        } else if any(Verdict::Possible) {
            Status::Possible
        } else if any(Verdict::Updated) {
            Status::Updated
        } else if any(Verdict::Compatible) {
            Status::Compatible
        } else {
            Status::Agree
        }
    }
}

/// One pair of mentions from different articles inside a claim.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Pair {
    pub a: MentionRef,
    pub b: MentionRef,
    pub verdict: Verdict,
    /// Why, in a few words ("rounding", "bound contains value", "different weekday").
    pub reason: &'static str,
    /// How sure the pair scorer is that the two mentions state one fact (0 to 1); 1 for a
    /// pair the user linked by hand.
    pub confidence: f64,
}

/// Why the mentions of a claim were matched.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Evidence {
    /// The match score of the weakest link that holds the claim together.
    pub score: f64,
    /// Context words the articles share around these mentions, rarest first.
    pub shared_words: Vec<String>,
    /// Shared names (people, companies, places).
    pub shared_names: Vec<String>,
    /// The counted noun or unit they share, if any.
    pub counted: Option<String>,
    /// The claim's weakest link as a probability (0 to 1) that its mentions state one fact.
    pub confidence: f64,
    /// What decided that link: each feature of the pair scorer with what it added to the
    /// log-odds, largest effect first.
    pub features: Vec<Contribution>,
}

/// One feature's part in a match: its name and what it added to the log-odds.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Contribution {
    pub feature: &'static str,
    pub weight: f64,
}

/// Mentions in different articles that state the same fact.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claim {
    pub id: usize,
    pub status: Status,
    /// A few words naming the fact ("workers injured", "date of the fire"), or the kind of
    /// figure when its frames say nothing ("an amount in dollars"); see `label`.
    pub label: String,
    pub mentions: Vec<MentionRef>,
    pub pairs: Vec<Pair>,
    pub evidence: Evidence,
}

/// Everything the faces show: each article's mentions and the claims across them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// `mentions[a]` are the mentions of article `a`, in text order.
    pub mentions: Vec<Vec<Mention>>,
    /// Claims, divergent first, then compatible, agreeing and single; stable within a status.
    pub claims: Vec<Claim>,
    /// `claim_of[a][i]` is the index in `claims` of the claim holding mention `i` of article `a`.
    pub claim_of: Vec<Vec<usize>>,
    /// `not_compared[a]`: how many mentions article `a` holds past `Config::max_compared`,
    /// left out of `mentions` and of every claim (the faces say so).
    pub not_compared: Vec<usize>,
}
