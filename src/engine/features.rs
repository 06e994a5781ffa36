//! The comparison vector of two mentions in different articles: a few plain numbers, each
//! one piece of evidence for or against their stating the same fact. The pair scorer
//! (`scorer`) weighs them with weights fitted on the annotated corpus; alignment decides
//! from its probability, and the popover and JSON report explain a match from the same
//! numbers.

/// How many features a comparison vector has, the constant term included.
pub const COUNT: usize = 44;

/// One comparison vector; `[0]` is always 1 (the model's constant term).
pub type Vector = [f64; COUNT];

/// What each feature says, in words a reader understands (evidence lists these), in the order
/// of the vector: the data file's `features` list, so the page pays nothing for the words.
/// Empty before the file is installed (natively it always is).
pub fn names() -> &'static [&'static str] {
    super::words::words(super::words::List::Features)
}

/// Feature positions, named, so the code that fills a vector reads as what it means.
pub mod at {
    pub const BIAS: usize = 0;
    pub const WORDS: usize = 1;
    pub const NAMES: usize = 2;
    pub const DATE_WORDS: usize = 3;
    pub const SAME_NOUN: usize = 4;
    pub const SAME_PEOPLE: usize = 5;
    pub const RELATED_NOUN: usize = 6;
    pub const DIFFERENT_NOUN: usize = 7;
    pub const ONE_NOUN: usize = 8;
    pub const SAME_ROLE: usize = 9;
    pub const SAME_VALUE: usize = 10;
    pub const CONSISTENT: usize = 11;
    pub const DISAGREE: usize = 12;
    pub const FAR: usize = 13;
    pub const DATE: usize = 14;
    pub const UNRESOLVED: usize = 15;
    pub const BACKGROUND_ONE: usize = 16;
    pub const BACKGROUND_BOTH: usize = 17;
    pub const SAME_ACTION: usize = 18;
    pub const DIFFERENT_ACTION: usize = 19;
    pub const DIFFERENT_NAMES: usize = 20;
    pub const LEAD: usize = 21;
    pub const CASUALTY: usize = 22;
    pub const BOUNDARY: usize = 23;
    pub const ANCHORS: usize = 24;
    pub const SEVERITY: usize = 25;
    pub const FORECAST: usize = 26;
    pub const CONSENSUS: usize = 27;
    pub const EARLIER: usize = 28;
    pub const CHANGE: usize = 29;
    pub const CAPACITY: usize = 30;
    pub const PROPORTION: usize = 31;
    pub const DISAGREE_CONTEXT: usize = 32;
    pub const DISAGREE_NOUN: usize = 33;
    pub const MUTUAL: usize = 34;
    pub const DISAGREE_MUTUAL: usize = 35;
    pub const CLOSE: usize = 36;
    pub const UNIQUE: usize = 37;
    pub const ELSEWHERE: usize = 38;
    pub const OTHER_DAY: usize = 39;
    pub const OTHER_CLOCK: usize = 40;
    pub const WORDNET: usize = 41;
    pub const OVERLAP: usize = 42;
    pub const NEIGHBOURS: usize = 43;
}

/// How strongly the context alone (not the values) ties two mentions: used to find each
/// mention's closest match in every other article. A fixed sum, not a fitted weight: it
/// only ranks one mention's candidates against each other.
pub fn context_strength(x: &Vector) -> f64 {
    x[at::WORDS]
        + x[at::DATE_WORDS]
        + x[at::NAMES]
        + x[at::SAME_NOUN]
        + x[at::RELATED_NOUN]
        + x[at::SAME_ROLE]
        - x[at::DIFFERENT_NOUN]
        - x[at::CASUALTY]
        - x[at::BOUNDARY]
        - x[at::ANCHORS]
        - x[at::EARLIER]
        - x[at::CAPACITY]
        - x[at::PROPORTION]
        - x[at::BACKGROUND_ONE]
}

/// A vector with only the constant term set.
pub fn empty() -> Vector {
    let mut v = [0.0; COUNT];
    v[at::BIAS] = 1.0;
    v
}

/// Shared-word evidence grows with each word but ever more slowly: ten shared words are not
/// ten times the evidence of one (long sentences share many words by chance).
pub fn damp(x: f64) -> f64 {
    (1.0 + x.max(0.0)).ln()
}
