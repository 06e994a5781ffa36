//! Weekdays named from the story's week ("previous Monday", "coming Thursday") and parts of
//! the current period ("later in the year"). Each row: input, publication date, expected
//! mentions. The rules are in docs/dates.md; rows use a Wednesday publication date, 2026-06-10.

use crate::check::check;

const PUB: Option<&str> = Some("2026-06-10");

#[test]
fn previous_and_coming_weekdays() {
    check(&[
        (
            "It was signed on the previous Monday",
            PUB,
            &["previous Monday => date 2026-06-08 day inferred relative"],
        ),
        (
            "Talks resume this coming Thursday",
            PUB,
            &["coming Thursday => date 2026-06-11 day inferred relative"],
        ),
        // "the following Friday" counts from a day the story sets: the weekday alone is read.
        ("They left the following Friday", PUB, &["Friday => date 2026-06-05 day inferred relative"]),
        // A weekday must be capitalized, as before.
        ("the previous monday was calm", PUB, &[]),
    ]);
}

#[test]
fn earlier_and_later_in_the_period() {
    check(&[
        (
            "Prices rose later in the year",
            PUB,
            &["later in the year => date 2026-06-10..2026-12-31 part_of_year inferred relative"],
        ),
        (
            "Earlier in the week the index fell",
            PUB,
            &["Earlier in the week => date 2026-06-08..2026-06-10 week inferred relative"],
        ),
        // A year named after it is that year; "in the years" is no period.
        ("It grew later in the year 2019", PUB, &["2019 => date 2019-01-01..2019-12-31 year"]),
        ("It grew later in the years after", PUB, &[]),
        ("She arrived later in the day", PUB, &[]),
    ]);
}
