//! Every tolerance and threshold of alignment and comparison, in one place, so the rules
//! are explicit, documented and tunable without hunting for magic numbers. The pair
//! scorer's weights and its two confidence thresholds are fitted (`weights.rs`), not set by hand.

use super::scorer::log_odds;
use super::scorer::{Vetting, Weights};

/// The two ways of deciding which mentions state one fact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scorer {
    /// Hand-set evidence weights and role rules (the README's "How claims and verdicts are
    /// decided") on their own. Under `Fitted` they are the second witness of every red mark.
    Rules,
    /// The logistic pair scorer fitted on the dev corpus (`scorer`, `weights.rs`), with
    /// average linkage, and red only where it is confident and the rules link the pair too.
    /// The default: on the corpus's test split its red marks are right four times as often
    /// as the rules' alone (`docs/judgement.md`).
    #[default]
    Fitted,
}

/// The largest bare count `Config::small_red_confidence` holds to a higher bar.
pub const SMALL_COUNT: f64 = 12.0;

/// `Config::max_compared` by default: mentions compared per article.
pub const MAX_COMPARED: usize = 5000;

/// Settings for `analyze`. `Config::default()` is what the page and the CLI use; the README
/// ("How verdicts are decided") explains each rule in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    // --- Alignment -------------------------------------------------------------------
    /// Which pair scorer decides what is one fact.
    pub scorer: Scorer,
    /// Minimum evidence score for two mentions in different articles to be the same fact.
    pub min_score: f64,
    /// Extra evidence a pair of dates or times needs on top of `min_score`.
    pub date_extra: f64,
    /// Separate clues a pair of dates or times needs to link: shared context words (not a
    /// name the whole story is about), the same role, the same counted noun, the same value.
    pub date_clues: usize,
    /// `Scorer::Fitted`: the pair scorer's weights (`scorer::Weights`), fitted on the dev corpus (`weights.rs`,
    /// written by `cargo run --release --example fit_scorer`).
    pub weights: Weights,
    /// How sure the scorer must be that two mentions state one fact to link them; two groups
    /// merge only when their cross pairs reach it on average (average linkage).
    pub link_confidence: f64,
    /// The share of `link_confidence` two groups' cross pairs must reach on average when no
    /// pair across them disagrees, and a single agreeing pair to link: a merge that adds no
    /// contradiction needs less evidence than one that does. Chosen on dev (976 and 988
    /// stories; 0.85, 0.7 and 0.5 tried) and borne out by fresh batches (docs/judgement.md,
    /// thirty-third stop). 1 links and merges as before.
    pub agreeing_merge_share: f64,
    /// How sure it must be before two mentions whose values contradict each other share a
    /// claim (and so are marked red); the rules must link such a pair too (`fits_red`).
    /// Higher than `link_confidence`: a false red mark costs more than a missed one.
    pub red_confidence: f64,
    /// `Scorer::Fitted`: the vetting model's weights (`scorer::vet_logit`, `vetting.rs`, written
    /// by `cargo run --release --example fit_vetting`).
    pub vetting: Vetting,
    /// How sure the vetting model must be that a pair passing `red_confidence` and the rules
    /// is a real contradiction before it is marked red; 0 turns vetting off. 2/3: a false red
    /// mark is taken to cost twice a missed one, so a red pair must be right at least twice
    /// as often as wrong (`vetting.rs` says how it was measured).
    pub vet_confidence: f64,
    /// `red_confidence` for two bare small counts (no unit, at most `SMALL_COUNT`): "three",
    /// "seven", "12" count many things in one story (crew, bodies, boats, engines), so their
    /// contradictions need more confidence, unless both count the story's own toll of one kind
    /// ("four people hurt", "the three injured") or the pair is an update. Chosen on dev
    /// (2026-12-05): at 0.8 the red pairs it removes were 56% real (38 of 68), against 77%
    /// over all red pairs; on three fresh batches it removed 9 false red pairs and 1 real.
    /// Since 2026-12-06 it is also the vetting model's bar for a red pair of percentages, and
    /// since 2026-12-07 of temperatures (`align::claims`): below it they are possible
    /// contradictions.
    pub small_red_confidence: f64,
    /// The least confidence (the vetting model's) at which a contradiction alone may hold a
    /// claim together (`align::claims::split_doubtful`); 0 keeps every one. On dev (880
    /// stories) 0.2 took 150 possible pairs, 5 of them real contradictions, and kept 31 more
    /// look-alikes apart; 0.4 would take 835, 147 real, and the fixture stories' textbook
    /// contradictions at 0.30 to 0.38 with them (docs/judgement.md, twenty-ninth stop).
    pub possible_confidence: f64,
    /// Whether the rules must link a red pair too. Always on in use; off only to measure what
    /// the second witness adds (`corpus_scores --one-witness`).
    pub red_witness: bool,
    /// `Scorer::Fitted`: two mentions whose contexts have at least this share in common
    /// (`features::at::OVERLAP`: one sentence told twice) and that the rules scorer links are
    /// linked even when the fitted scorer is less sure. In two snippets (a sentence or two
    /// each, `align::SNIPPET_BYTES`) such a pair is red without the vetting model; in full
    /// articles, since 2026-12-05, the vetting model judges it as any other: real coverage
    /// repeats templates for different facts, and on five fresh batches the rule's 17 red
    /// pairs there were none of them contradictions.
    pub told_twice: f64,
    /// How many words either side of a mention, inside its sentence, count as its context.
    pub context_window: usize,
    /// At most this many mentions of each article are compared, the first in reading order;
    /// the rest are left out of the analysis and counted (`Analysis::not_compared`), so a
    /// pasted table or data dump cannot freeze the page. Ordinary articles, even long ones,
    /// hold a few hundred figures and dates.
    pub max_compared: usize,
    /// Context words found in more than this share of all sentences are too common to be
    /// evidence (and would make candidate lists long).
    pub max_word_share: f64,
    /// Rarity is judged as if the articles had at least this many sentences, so in two short
    /// snippets a shared word still counts as rare (every word is in "half the sentences").
    pub min_sentences: f64,
    /// When two groups merge, the mean evidence over all their cross-article pairs must
    /// reach this share of `min_score` (keeps A–C consistent with A–B and B–C). `Scorer::Rules`.
    pub merge_mean_share: f64,
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
    /// Values more than this many times apart count as far apart.
    pub far_ratio: f64,
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
    /// Relative tolerance for values that must be equal after unit conversion.
    pub equal_share: f64,
    /// Figures written in two units ("150 mph", "240 km/h") may differ by this share, the
    /// rounding of a converted figure to two or three significant digits.
    pub conversion_share: f64,
    /// Amounts of which one was converted from another currency (`Mention::converted`) may
    /// differ by this share: outlets convert at different days' and banks' rates.
    pub rate_share: f64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            scorer: Scorer::default(),
            min_score: 2.0,
            date_extra: 0.5,
            date_clues: 2,
            same_noun: 2.5,
            different_noun: 3.0,
            role_conflict: 6.0,
            name_weight: 1.5,
            consistent_value: 0.8,
            far_value: 1.5,
            merge_mean_share: 0.5,
            weights: super::weights::WEIGHTS,
            link_confidence: super::weights::LINK_CONFIDENCE,
            agreeing_merge_share: 0.7,
            red_confidence: super::weights::RED_CONFIDENCE,
            small_red_confidence: 0.8,
            possible_confidence: 0.2,
            vetting: super::vetting::VETTING,
            vet_confidence: super::vetting::VET_CONFIDENCE,
            red_witness: true,
            told_twice: 0.6,
            context_window: 12,
            max_compared: MAX_COMPARED,
            max_word_share: 0.5,
            min_sentences: 20.0,
            far_ratio: 4.0,
            value_candidate_specificity: 2.0,
            approx_share: 0.1,
            nearly_share: 0.1,
            bound_factor: 1.5,
            equal_share: 1e-9,
            conversion_share: 0.01,
            rate_share: 0.1,
        }
    }
}

impl Config {
    /// The scorer that decides (`scorer`). Only the evaluation tools (`corpus_scores --rules`,
    /// the tests) choose the rules scorer; the page and the CLI never do, so the page's build
    /// (`page_build`) always answers `Fitted` and leaves out the code that would decide by the
    /// rules (the rules scorer still runs there as the second witness for red marks).
    pub fn deciding(&self) -> Scorer {
        if cfg!(page_build) {
            Scorer::Fitted
        } else {
            self.scorer
        }
    }

    /// `link_confidence` as log-odds, the scale pair scores are kept in.
    pub fn link_logit(&self) -> f64 {
        log_odds(self.link_confidence)
    }

    /// `agreeing_merge_share` of `link_confidence` as log-odds: the bar a pair that agrees
    /// (or is compatible) must reach to link, and groups that agree throughout to merge.
    pub fn agreeing_link_logit(&self) -> f64 {
        log_odds(self.agreeing_merge_share * self.link_confidence)
    }

    /// `red_confidence` as log-odds.
    pub fn red_logit(&self) -> f64 {
        log_odds(self.red_confidence)
    }

    /// `vet_confidence` as log-odds; minus infinity when vetting is off.
    pub fn vet_logit(&self) -> f64 {
        if self.vet_confidence > 0.0 {
            log_odds(self.vet_confidence)
        } else {
            f64::NEG_INFINITY
        }
    }

    /// `small_red_confidence` as log-odds.
    pub fn small_red_logit(&self) -> f64 {
        log_odds(self.small_red_confidence)
    }
}
