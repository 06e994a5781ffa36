//! Weekdays named from the story's week ("previous Monday", "coming Thursday") and parts of
//! the current period ("later in the year"). Each row: input, publication date, expected
//! mentions. The rules are in docs/dates.md; rows use a Wednesday publication date, 2026-06-10.

use crate::check::{check, PUB};

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

#[test]
fn weeks_of_a_month_or_year() {
    check(&[
        // The Monday–Sunday week holding the month's first (second …, last) Thursday.
        (
            "in the first week of March",
            PUB,
            &["the first week of March => date 2026-03-02..2026-03-08 week inferred"],
        ),
        (
            "the last week of July 2017",
            PUB,
            &["the last week of July 2017 => date 2017-07-24..2017-07-30 week"],
        ),
        ("first week of Jan 2015", PUB, &["first week of Jan 2015 => date 2014-12-29..2015-01-04 week"]),
        ("the last week of 2016", PUB, &["the last week of 2016 => date 2016-12-26..2017-01-01 week"]),
        (
            "the second week of next month",
            PUB,
            &["the second week of next month => date 2026-07-06..2026-07-12 week inferred relative"],
        ),
        // Weeks of other things are not dates; "last week" alone stays the week before.
        ("the first week of the trial", PUB, &[]),
        ("last week of trading", PUB, &["last week => date 2026-06-01..2026-06-07 week inferred relative"]),
    ]);
}

/// A weekend is its Saturday and Sunday: "last weekend" the one before the publication week's,
/// "this weekend" that week's, and "over the weekend" the one just past, or the coming one in a
/// sentence about the future. "Next weekend" (the coming one or the one after) is not read.
#[test]
fn weekends() {
    check(&[
        (
            "it rained last weekend",
            PUB,
            &["last weekend => date 2026-06-06..2026-06-07 week inferred relative"],
        ),
        (
            "it may rain this weekend",
            PUB,
            &["this weekend => date 2026-06-13..2026-06-14 week inferred relative"],
        ),
        (
            "the quake struck over the weekend",
            PUB,
            &["the weekend => date 2026-06-06..2026-06-07 week inferred relative"],
        ),
        (
            "talks will resume over the weekend",
            PUB,
            &["the weekend => date 2026-06-13..2026-06-14 week inferred relative"],
        ),
        (
            "shops closed at the weekend",
            Some("2026-06-14"),
            &["the weekend => date 2026-06-13..2026-06-14 week inferred relative"],
        ),
        ("next weekend", PUB, &[]),
        ("the weekend was quiet", PUB, &[]),
    ]);
}

#[test]
fn days_counted_from_a_named_day() {
    check(&[
        ("3 days after January 12th", PUB, &["3 days after January 12th => date 2026-01-15 day inferred"]),
        ("2 weeks before May 13 1999", PUB, &["2 weeks before May 13 1999 => date 1999-04-29 day"]),
        ("two days after today", PUB, &["two days after today => date 2026-06-12 day inferred relative"]),
        (
            "three weeks from tomorrow",
            PUB,
            &["three weeks from tomorrow => date 2026-07-02 day inferred relative"],
        ),
        (
            "It happened 2 weeks before Christmas.",
            PUB,
            &["2 weeks before Christmas => date 2025-12-11 day inferred"],
        ),
        ("the day after Christmas", PUB, &["the day after Christmas => date 2025-12-26 day inferred"]),
        ("4 months from tomorrow", PUB, &["4 months from tomorrow => date 2026-10-11 day inferred relative"]),
        // Only a day is shifted: a year, an event, or a date read two ways stays as it was.
        (
            "two years after 2015",
            PUB,
            &["two years => duration 730.485 day", "2015 => date 2015-01-01..2015-12-31 year"],
        ),
        ("a week after the vote", PUB, &["a week => duration 7 day"]),
        (
            "They will strike for three days from next Monday",
            PUB,
            &["three days => duration 3 day", "next Monday => date 2026-06-15 day inferred relative"],
        ),
        (
            "a day after Thursday's earthquake",
            PUB,
            &["a day => duration 1 day", "Thursday's => date 2026-06-04 day inferred relative"],
        ),
        (
            "16 days from 01/02/2018",
            PUB,
            &["16 days => duration 16 day", "01/02/2018 => date 2018-01-02 day ambiguous"],
        ),
    ]);
}

#[test]
fn weekday_with_a_day_number() {
    check(&[
        ("It ended on Sunday 31.", PUB, &["Sunday 31 => date 2026-05-31 day inferred relative"]),
        ("Friday 23 at 4pm", PUB, &["Friday 23 => date 2026-10-23 day inferred relative", "4pm => time 960"]),
        // A number that counts something is no day of the month.
        (
            "On Friday 13 people were hurt",
            PUB,
            &["Friday => date 2026-06-05 day inferred relative", "13 => number 13 #people"],
        ),
    ]);
}
