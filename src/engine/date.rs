//! Dates and times of day: full dates, months, years, quarters, parts of periods, weekdays and
//! relative expressions, each resolved to an inclusive interval of days.

use super::mention::{Cx, Mention};

/// Try to read a date or time starting at token `i`; returns the mention and the index of the
/// first token after it.
pub fn parse_at(_cx: &Cx, _i: usize) -> Option<(Mention, usize)> {
    None
}
