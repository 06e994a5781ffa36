//! Every tolerance and threshold of alignment and comparison, in one place, so the rules
//! are explicit, documented and tunable without hunting for magic numbers.

/// Settings for `analyze`. `Config::default()` is what the page and the CLI use; the README
/// ("How verdicts are decided") explains each rule in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    // --- Alignment -------------------------------------------------------------------
    /// Minimum evidence score for two mentions in different articles to be the same fact.
    pub min_score: f64,
    /// Extra evidence a pair of dates or times needs on top of `min_score`.
    pub date_extra: f64,
    /// Separate clues a pair of dates or times needs to link: shared context words (not a
    /// name the whole story is about), the same role, the same counted noun, the same value.
    pub date_clues: usize,
    /// How many words either side of a mention, inside its sentence, count as its context.
    pub context_window: usize,
    /// Context words found in more than this share of all sentences are too common to be
    /// evidence (and would make candidate lists long).
    pub max_word_share: f64,
    /// Rarity is judged as if the articles had at least this many sentences, so in two short
    /// snippets a shared word still counts as rare (every word is in "half the sentences").
    pub min_sentences: f64,
    /// Evidence for the same counted noun ("workers" and "workers") or synonyms.
    pub same_noun: f64,
    /// Evidence against different counted nouns ("workers" and "trucks").
    pub different_noun: f64,
    /// Evidence against mentions whose nearest event words differ in a way that makes them
    /// different facts (killed/injured, forecast/actual, began/ended, this year/last year).
    pub role_conflict: f64,
    /// Names (capitalized words) count this many times an ordinary context word.
    pub name_weight: f64,
    /// Small evidence when the values are consistent: value closeness is weak evidence only,
    /// because contradictions must still be matched.
    pub consistent_value: f64,
    /// Small evidence against values far apart (the larger over `far_ratio` times the
    /// smaller): contradictions are mostly near misses (12 vs 14), rarely 500 vs 9,000.
    pub far_value: f64,
    pub far_ratio: f64,
    /// When two groups merge, the mean evidence over all their cross-article pairs must
    /// reach this share of `min_score` (keeps A–C consistent with A–B and B–C).
    pub merge_mean_share: f64,
    /// Figures at least this specific (see `consistent_value`: 2 for "2,400" or "12", 3 for
    /// "240 metres") that two articles state with the same value, and dates to the day, are
    /// candidates for one fact even when their sentences share no word; the score decides.
    pub value_candidate_specificity: f64,

    // --- Verdicts --------------------------------------------------------------------
    /// "about", "roughly", "some": the value may be off by this share either way.
    pub approx_share: f64,
    /// "nearly", "almost", "close to": the true value lies up to this share below.
    pub nearly_share: f64,
    /// "more than", "over", "at least": the true value lies up to this factor above; "fewer
    /// than", "under", "up to": down to the value divided by it. Past that, a bound is still
    /// true but no longer a fair description, so it counts as a contradiction.
    pub bound_factor: f64,
    /// Whole numbers from this size on are taken as rounded to their last non-zero digit
    /// ("1,200" covers 1,150 to 1,249); smaller ones are exact ("30" is thirty).
    pub round_zeros_from: f64,
    /// Relative tolerance for values that must be equal after unit conversion.
    pub equal_share: f64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            min_score: 2.0,
            date_extra: 0.5,
            date_clues: 2,
            context_window: 12,
            max_word_share: 0.5,
            min_sentences: 20.0,
            same_noun: 2.5,
            different_noun: 3.0,
            role_conflict: 6.0,
            name_weight: 1.5,
            consistent_value: 0.8,
            far_value: 1.5,
            far_ratio: 4.0,
            merge_mean_share: 0.5,
            value_candidate_specificity: 2.0,
            approx_share: 0.1,
            nearly_share: 0.1,
            bound_factor: 1.5,
            round_zeros_from: 1000.0,
            equal_share: 1e-9,
        }
    }
}
