//! The lists of ordinary English words that the readers and the context step look for, each
//! named for its one job. Lists that overlap are kept apart on purpose: each was tuned for its
//! own step, and merging them would change what that step reads. Number words are in `lexicon`.

/// Function words that, capitalized, may stand right before a figure without making it part of a
/// name ("In 2024", "About 300"), where "Boeing 737" is a model: used by `noise`.
#[rustfmt::skip]
pub const FUNCTION_WORDS: &[&str] = &[
    "in", "on", "at", "by", "for", "from", "to", "the", "a", "an", "and", "or", "but", "of", "with", "about",
    "around", "over", "under", "nearly", "almost", "some", "only", "just", "since", "until", "after",
    "before", "during", "between", "than", "all", "roughly", "approximately", "up", "least", "fewer", "more",
    "less", "another", "those", "these", "its", "their", "his", "her", "our", "my", "your", "we", "they",
    "i", "it", "he", "she", "you", "were", "was", "are", "is", "had", "has", "have", "said", "says", "top",
    "page",
];

/// Words that end the search for the noun a number counts ("24,000 of the accounts" counts
/// nothing): used by `number`.
#[rustfmt::skip]
pub const COUNT_STOPWORDS: &[&str] = &[
    "", "of", "in", "on", "at", "to", "and", "or", "but", "the", "a", "an", "was", "were", "is", "are", "be",
    "been", "have", "has", "had", "will", "would", "could", "should", "may", "might", "can", "said", "says",
    "who", "that", "which", "than", "from", "by", "for", "with", "as", "per", "percent", "this", "these",
    "those", "its", "their", "his", "her", "our", "after", "before", "since", "during", "into", "out", "up",
    "down", "over", "under", "about", "more", "less", "fewer", "times", "each", "every", "when", "where",
    "while", "if", "not", "no", "also", "only", "just", "then", "there", "they", "it", "he", "she", "we",
    "you", "i", "so", "because", "through", "until", "against", "between", "among", "across", "did", "do",
    "does", "left", "remain", "remained", "died", "killed", "injured", "dead", "hurt", "missing", "ago",
    "later", "earlier", "old", "others", "other", "ones", "apiece",
];

/// Plural nouns that do not end in "s", and singular forms that count in the plural ("300 staff"):
/// a counted noun, for `number`.
#[rustfmt::skip]
pub const IRREGULAR_PLURALS: &[&str] = &[
    "people", "men", "women", "children", "police", "staff", "personnel", "cattle", "sheep", "fish", "teeth",
    "mice", "geese", "aircraft", "deer", "crew", "livestock", "faculty", "offspring", "militia", "infantry",
];

/// Words ending in "s" that are not plural nouns ("always", "news", "unless"), so never the noun a
/// number counts: for `number`.
#[rustfmt::skip]
pub const NOT_PLURALS: &[&str] = &[
    "always", "perhaps", "various", "previous", "serious", "famous", "news", "unless",
];

/// Words that, just before a bare four-digit number, put it in time ("in 2000", "fiscal 2024"), so
/// it stays a year even with a counted noun after it: used by `scan`.
#[rustfmt::skip]
pub const YEAR_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "through", "to", "and",
    "between", "early", "late", "mid", "year", "fiscal", "fy", "circa", "c",
];

/// Words too common, or too close to figures themselves, to tell two mentions' contexts apart:
/// never context words, for `context`.
#[rustfmt::skip]
pub const CONTEXT_STOPWORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "as", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "it's", "this", "that",
    "these", "those", "there", "their", "they", "them", "he", "she", "his", "her", "we", "our", "you", "i",
    "who", "which", "what", "when", "where", "than", "then", "so", "not", "no", "said", "says", "say",
    "also", "about", "after", "before", "more", "less", "some", "into", "out", "up", "over", "would",
    "could", "should", "may", "can", "per", "cent", "percent", "according", "while", "other", "all", "any",
    "each", "most", "just", "only", "did", "do", "does", "from", "since", "until", "year", "years", "month",
    "months", "week", "weeks", "day", "days", "least", "nearly", "almost", "around", "roughly", "million",
    "billion", "thousand", "hundred",
];
