//! The engine's native test binary: data-driven tables, one module per engine step.
//!
//! - `check`: the one helper every table goes through, and the one-line rendering of a mention.
//! - `numbers`: numerals, scales, bounds, ranges, money, percentages, units, counts, ordinals.
//! - `dates`: dates, periods, relative expressions, times of day.
//! - `noise`: things that look like figures but are not.
//! - `articles`: the plain-text article format and publication-date detection.
//! - `stories`: whole invented stories with annotated pairs, scored end to end through `analyze`.

mod articles;
mod check;
mod dates;
mod noise;
mod numbers;
mod robust;
mod stories;
mod verdicts;
