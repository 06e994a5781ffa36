//! The pair scorer: the probability that two mentions state the same fact, from their
//! comparison vector (`features`) and logistic-regression weights fitted on the dev split of
//! the annotated corpus (`weights.rs`, written by `cargo run --release --example fit_scorer`).

use super::claim::{MentionRef, Verdict};
use super::features::{at, names, Vector, COUNT};
use super::mention::{Granularity, Kind, Mention};

/// Four weight vectors, one for each kind of pair: figures whose values are consistent,
/// figures whose values disagree, then the same for dates and times. Whether a contradiction
/// is one fact told two ways rests on the context alone, and context says different things
/// about dates (many, alike) than about figures (a full interaction with verdict and kind).
pub type Weights = [WeightVector; MODELS];

/// One weight vector, in thousandths (`UNIT`): the fit writes three decimals, which `i16`
/// holds exactly up to ±32, in a quarter of the page's bytes `f64` took.
pub type WeightVector = [i16; COUNT];

/// What one step of a stored weight is worth.
pub const UNIT: f64 = 1e-3;

/// A weight table as written (three decimals) to the thousandths it is stored in.
pub const fn quantize<const N: usize>(v: [f32; N]) -> [i16; N] {
    let mut out = [0i16; N];
    let mut i = 0;
    while i < N {
        out[i] = (v[i] * 1000.0 + if v[i] < 0.0 { -0.5 } else { 0.5 }) as i16;
        i += 1;
    }
    out
}

/// A stored weight as a number.
pub fn weight(w: i16) -> f64 {
    f64::from(w) * UNIT
}

/// A fitted weight in the thousandths (`UNIT`) it is stored in (what both fit commands write).
pub fn stored(w: f64) -> i16 {
    (w * 1e3).round() as i16
}

/// The vetting model's weights (`vetting.rs`): one for each feature of the comparison vector,
/// the constant term first, then one for the pair scorer's log-odds (`vet_logit`), then one for
/// each of the claim's inputs (`vet_extras`).
pub type Vetting = [i16; COUNT + 1 + VET_EXTRAS];

/// How many inputs the vetting model takes from the claim around a pair (`vet_extras`).
pub const VET_EXTRAS: usize = 10;

/// What the vetting model sees of a red pair beyond its comparison vector: the kind of figure,
/// and how the claim around it is built. Held out on dev (328 stories) these took red marks at
/// 2/3 from 82.6% right (15.4% of contradictions found) to 84.5% (17.3%; docs/judgement.md).
#[derive(Clone)]
pub struct ClaimView {
    pub kind: Kind,
    /// Either figure is a day read against the publication date ("Friday", "today").
    pub relative_day: bool,
    /// How many other articles side with each figure of the pair: state it consistently and
    /// the other not.
    pub support: (usize, usize),
    /// Articles and mentions in the claim, and its contradicting pairs (updates left out).
    pub articles: usize,
    pub mentions: usize,
    pub diverging: usize,
}

impl ClaimView {
    /// The view of the pair `a`, `b` of the claim `members` (in order, so that one article's
    /// mentions are together), given each pair's verdict: one function for the engine and for
    /// the fit, so both read a claim the same way.
    pub fn of(
        members: &[MentionRef],
        (a, b): (MentionRef, MentionRef),
        (ma, mb): (&Mention, &Mention),
        diverging: usize,
        verdict: impl Fn(MentionRef, MentionRef) -> Verdict,
    ) -> ClaimView {
        let agrees = |p, q| matches!(verdict(p, q), Verdict::Agree | Verdict::Compatible);
        let sides = |s: MentionRef, o: MentionRef| {
            let on_side = |m: &&MentionRef| {
                m.article != s.article && m.article != o.article && agrees(**m, s) && !agrees(**m, o)
            };
            articles(members.iter().filter(on_side))
        };
        let day =
            |m: &Mention| m.date.as_ref().is_some_and(|d| d.relative && d.granularity == Granularity::Day);
        ClaimView {
            kind: ma.kind,
            relative_day: day(ma) || day(mb),
            support: (sides(a, b), sides(b, a)),
            articles: articles(members.iter()),
            mentions: members.len(),
            diverging,
        }
    }
}

/// How many articles mentions in order come from.
fn articles<'a>(members: impl Iterator<Item = &'a MentionRef>) -> usize {
    let mut last = usize::MAX;
    let mut count = 0;
    for m in members {
        if m.article != last {
            (last, count) = (m.article, count + 1);
        }
    }
    count
}

/// The vetting model's claim inputs: the kind (money, percentage, quantity, time of day, a day
/// read against publication), whether both figures or one alone have other articles on their
/// side, the claim's size in articles (log), three or more contradicting pairs, and mentions
/// per article (log).
pub fn vet_extras(v: &ClaimView) -> [f64; VET_EXTRAS] {
    let f = |c: bool| f64::from(u8::from(c));
    let (sa, sb) = v.support;
    let articles = v.articles.max(1) as f64;
    [
        f(v.kind == Kind::Money),
        f(v.kind == Kind::Percent),
        f(v.kind == Kind::Quantity),
        f(v.kind == Kind::Time),
        f(v.relative_day),
        f(sa > 0 && sb > 0),
        f((sa > 0) != (sb > 0)),
        articles.ln(),
        f(v.diverging >= 3),
        (v.mentions as f64 / articles).ln(),
    ]
}

/// The claim's part of the vetting model's log-odds (`vet_logit` gives the pair's part).
pub fn vet_claim(v: &ClaimView, w: &Vetting) -> f64 {
    vet_extras(v).iter().zip(&w[COUNT + 1..]).map(|(a, b)| a * weight(*b)).sum()
}

/// The vetting model's log-odds that a pair the pair scorer and the rules would mark red is
/// a real contradiction. It is fitted on the red pairs alone, where the pair scorer, fitted
/// on every candidate, ranks poorly; the scorer's own log-odds (`vet_input`) is one of its
/// inputs.
pub fn vet_logit(x: &Vector, logit: f64, w: &Vetting) -> f64 {
    let own: f64 = x.iter().zip(w).map(|(a, b)| a * weight(*b)).sum();
    own + vet_input(logit) * weight(w[COUNT])
}

/// The pair scorer's log-odds as the vetting model takes them, here and in its fit: a
/// quarter of them, clamped to ±4, so one very sure pair does not outweigh every feature.
pub fn vet_input(logit: f64) -> f64 {
    (logit / 4.0).clamp(-4.0, 4.0)
}

/// How many weight vectors a `Weights` has.
pub const MODELS: usize = 4;

/// Which of the weight vectors judges a pair with this vector.
pub fn model_of(x: &Vector) -> usize {
    usize::from(x[at::DISAGREE] > 0.0) + 2 * usize::from(x[at::DATE] > 0.0)
}

/// The weights that judge a pair with this vector.
pub fn weights_for<'w>(x: &Vector, w: &'w Weights) -> &'w WeightVector {
    &w[model_of(x)]
}

/// The model's log-odds that the pair states one fact.
pub fn logit(x: &Vector, w: &Weights) -> f64 {
    x.iter().zip(weights_for(x, w)).map(|(a, b)| a * weight(*b)).sum()
}

/// Log-odds to a probability in 0..=1.
pub fn probability(logit: f64) -> f64 {
    1.0 / (1.0 + (-logit).exp())
}

/// A probability to log-odds, clamped away from 0 and 1 so it stays finite.
pub fn log_odds(p: f64) -> f64 {
    let p = p.clamp(1e-6, 1.0 - 1e-6);
    (p / (1.0 - p)).ln()
}

/// What each feature added to the log-odds, largest effect first, leaving out the constant
/// term and features that added (almost) nothing. None before the data file that names them
/// is installed (the page's first moments; natively it always is).
pub fn contributions(x: &Vector, w: &Weights) -> Vec<(&'static str, f64)> {
    let w = weights_for(x, w);
    let mut out: Vec<(&'static str, f64)> = names()
        .iter()
        .zip(x)
        .zip(w)
        .skip(1)
        .map(|((&name, x), w)| (name, x * weight(*w)))
        .filter(|(_, c)| c.abs() >= 0.05)
        .collect();
    out.sort_unstable_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(b.0)));
    out
}
