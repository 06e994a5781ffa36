//! The engine's native test binary: data-driven tables, one module per engine step.
//!
//! - `check`: the one helper every table goes through, and the one-line rendering of a mention.
//! - `numbers`: numerals, scales, bounds, ranges, money, percentages, units, counts, ordinals.
//! - `dates`: dates, periods, relative expressions, times of day.
//! - `dates_relative`: weekdays named from the story's week ("previous Monday") and parts of the current period ("later in the year").
//! - `noise`: things that look like figures but are not.
//! - `articles`: the plain-text article format and publication-date detection.
//! - `furniture`: page furniture dropped from text brought in from the web.
//! - `alignment`: which mentions of two short articles form one claim, and which stay apart.
//! - `updates`: a later report's changed count as an update, not a contradiction.
//! - `verdicts`: agree, compatible or diverge for two mentions.
//! - `robust`: property tests: no panic and valid mentions on any input.
//! - `lexical`: the WordNet tables: noun and verb lemmas, relations between nouns, noun classes.
//! - `word_lists`: the word lists' data file (units, currencies, ordinary words), read whole or refused.
//! - `corpus`: the annotated judgement corpus (dev and test splits), scored with both scorers.
//! - `labels`: the words that name a claim's fact ("workers injured", "date of the fire").
//! - `sources`: who gave a figure ("police said", "according to the ministry").
//! - `stories`: whole invented stories with annotated pairs, scored end to end through `analyze`.

mod alignment;
mod articles;
mod check;
mod corpus;
mod dates;
mod dates_holidays;
mod dates_relative;
mod furniture;
mod labels;
mod lexical;
mod noise;
mod numbers;
mod robust;
mod sources;
mod stories;
mod updates;
mod verdicts;
mod word_lists;
