//! The pair scorer: the probability that two mentions state the same fact, from their
//! comparison vector (`features`) and logistic-regression weights fitted on the dev split of
//! the annotated corpus (`weights.rs`, written by `cargo run --release --example fit_scorer`).

use super::features::{at, Vector, COUNT, NAMES};

/// Four weight vectors, one for each kind of pair: figures whose values are consistent,
/// figures whose values disagree, then the same for dates and times. Whether a contradiction
/// is one fact told two ways rests on the context alone, and context says different things
/// about dates (many, alike) than about figures (a full interaction with verdict and kind).
pub type Weights = [WeightVector; MODELS];

/// One weight vector. Stored as `f32`: the fit writes four decimals, which `f32` holds, and
/// the table takes half the page's bytes it took as `f64`.
pub type WeightVector = [f32; COUNT];

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
    x.iter().zip(weights_for(x, w)).map(|(a, b)| a * f64::from(*b)).sum()
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
/// term and features that added (almost) nothing.
pub fn contributions(x: &Vector, w: &Weights) -> Vec<(&'static str, f64)> {
    let w = weights_for(x, w);
    let mut out: Vec<(&'static str, f64)> =
        (1..COUNT).map(|i| (NAMES[i], x[i] * f64::from(w[i]))).filter(|(_, c)| c.abs() >= 0.05).collect();
    out.sort_unstable_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(b.0)));
    out
}
