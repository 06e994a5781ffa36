//! Every tolerance and threshold of alignment and comparison, in one place, so the rules
//! are explicit and can be tuned without hunting for magic numbers.

/// Settings for `analyze`. `Config::default()` is what the page and the CLI use.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Minimum match score for two mentions to be the same fact.
    pub min_score: f64,
}

impl Default for Config {
    fn default() -> Self {
        Config { min_score: 1.0 }
    }
}
