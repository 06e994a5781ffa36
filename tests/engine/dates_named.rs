//! Holidays, days counted from another day, and weekdays with a day of the month. Each row:
//! input, publication date, expected mentions. The rules are in docs/dates.md; most rows use
//! a Wednesday publication date, 2026-06-10.

use crate::check::check;

const PUB: Option<&str> = Some("2026-06-10");

#[test]
fn holidays_are_days() {
    check(&[
        (
            "Shops shut early on Christmas Eve this time",
            PUB,
            &["Christmas Eve => date 2025-12-24 day inferred"],
        ),
        (
            "Prices fell before Christmas, traders said",
            Some("2026-11-02"),
            &["Christmas => date 2026-12-25 day inferred"],
        ),
        (
            "The ferry ran again on Boxing Day",
            Some("2027-01-05"),
            &["Boxing Day => date 2026-12-26 day inferred"],
        ),
        ("Easter 2027 fell on a Sunday", None, &["Easter 2027 => date 2027-03-28 day"]),
        (
            "The rally on Easter Monday drew crowds",
            Some("2026-04-20"),
            &["Easter Monday => date 2026-04-06 day inferred"],
        ),
        (
            "Turnout was low over Thanksgiving",
            Some("2026-12-01"),
            &["Thanksgiving => date 2026-11-26 day inferred"],
        ),
        ("New Year's Day 2027 is a Friday", None, &["New Year's Day 2027 => date 2027-01-01 day"]),
        (
            "They partied on New Year's Eve",
            Some("2027-01-03"),
            &["New Year's Eve => date 2026-12-31 day inferred"],
        ),
        ("Parades are planned for Juneteenth 2026", None, &["Juneteenth 2026 => date 2026-06-19 day"]),
        (
            "They wed on Valentine's Day",
            Some("2026-03-01"),
            &["Valentine's Day => date 2026-02-14 day inferred"],
        ),
        (
            "Costumes sold out by Halloween",
            Some("2026-11-03"),
            &["Halloween => date 2026-10-31 day inferred"],
        ),
        ("The shop reopens next Easter", PUB, &["next Easter => date 2027-03-28 day inferred relative"]),
        ("Sales were weak last Christmas", PUB, &["last Christmas => date 2025-12-25 day inferred relative"]),
    ]);
}

#[test]
fn holiday_words_that_name_no_day() {
    check(&[
        ("Christmas Island lies south of Java", PUB, &[]),
        ("a Christmas tree stood in the hall", PUB, &[]),
        ("Christmas shopping was slow", PUB, &[]),
        ("the christmas lights went up", PUB, &[]),
        ("Easter eggs were cheaper", PUB, &[]),
        ("in the new year the board meets", PUB, &[]),
        ("The New York office closed", PUB, &[]),
        ("Thanksgiving Parade organisers", PUB, &[]),
    ]);
}

#[test]
fn days_counted_from_another_day() {
    check(&[
        (
            "It closed 3 days after January 12th, 2026.",
            None,
            &["3 days after January 12th, 2026 => date 2026-01-15 day"],
        ),
        (
            "The talks resume two weeks from tomorrow",
            PUB,
            &["two weeks from tomorrow => date 2026-06-25 day inferred relative"],
        ),
        (
            "A vote comes four months from now",
            PUB,
            &["four months from now => date 2026-10-10 day inferred relative"],
        ),
        (
            "They met two days before yesterday",
            PUB,
            &["two days before yesterday => date 2026-06-07 day inferred relative"],
        ),
        (
            "Payment is due 30 days from 03/01/2026",
            None,
            &["30 days from 03/01/2026 => date 2026-03-31 day ambiguous"],
        ),
        (
            "Tickets went on sale 2 weeks before Christmas",
            Some("2026-11-02"),
            &["2 weeks before Christmas => date 2026-12-11 day inferred"],
        ),
        (
            "a year after March 3, 2020 the rules eased",
            None,
            &["a year after March 3, 2020 => date 2021-03-03 day"],
        ),
    ]);
}

#[test]
fn counts_before_a_day_that_move_nothing() {
    check(&[
        // A year or a month as the anchor is no day; the count stays a duration.
        (
            "It took 3 years after 2010 to recover",
            PUB,
            &["3 years => duration 1095.7275 day", "2010 => date 2010-01-01..2010-12-31 year"],
        ),
        // A possessive anchor is a thing of that day, not the day.
        (
            "They cut 3 days from Monday's plan",
            PUB,
            &["3 days => duration 3 day", "Monday's => date 2026-06-08 day inferred relative"],
        ),
        // A range after "from" is the span the days fill.
        (
            "the 3 days from June 1 to June 3",
            PUB,
            &[
                "3 days => duration 3 day",
                "from June 1 to June 3 => date 2026-06-01..2026-06-03 range day inferred",
            ],
        ),
        (
            "He scored 2 goals after Monday",
            PUB,
            &["2 => number 2 #goals", "Monday => date 2026-06-08 day inferred relative"],
        ),
    ]);
}

#[test]
fn weekdays_with_a_day_number() {
    check(&[
        (
            "The shop reopens on Sunday 31.",
            Some("2026-05-20"),
            &["Sunday 31 => date 2026-05-31 day inferred relative"],
        ),
        ("We talked on Tuesday 2, then left", PUB, &["Tuesday 2 => date 2026-06-02 day inferred relative"]),
        (
            "The hearing is on Mon 15th at 10am",
            PUB,
            &["Mon 15th => date 2026-06-15 day inferred relative", "10am => time 600"],
        ),
        ("They flew out Fri 5th", PUB, &["Fri 5th => date 2026-06-05 day inferred relative"]),
        (
            "Doors open Friday 12 at 6 pm",
            PUB,
            &["Friday 12 => date 2026-06-12 day inferred relative", "6 pm => time 1080"],
        ),
    ]);
}

#[test]
fn weekdays_before_a_count() {
    check(&[
        (
            "On Sunday 31 people were hurt",
            PUB,
            &["Sunday => date 2026-06-07 day inferred relative", "31 => number 31 #people"],
        ),
        (
            "Tuesday 2-1 was the score",
            PUB,
            &["Tuesday => date 2026-06-09 day inferred relative", "2 => number 2", "1 => number 1"],
        ),
        // A number after a capitalized word is part of a name, as before.
        ("The Sun 13 reported it", PUB, &[]),
        ("They met Wed 3 times", PUB, &[]),
    ]);
}

#[test]
fn numeric_date_ranges() {
    check(&[
        (
            "Tests ran 02-03-2021 - 04-05-2021 at the site",
            None,
            &["02-03-2021 - 04-05-2021 => date 2021-03-02..2021-05-04 range day ambiguous"],
        ),
        (
            "Rates held from 5/1/2019-5/7/2020 in full",
            None,
            &["5/1/2019-5/7/2020 => date 2019-05-01..2020-05-07 range day ambiguous"],
        ),
        (
            "Polls ran 2021-06-01 to 2021-06-03",
            None,
            &["2021-06-01 to 2021-06-03 => date 2021-06-01..2021-06-03 range day"],
        ),
        // A second date before the first is no range.
        (
            "Filed 2021-06-03 - 2021-06-01 twice",
            None,
            &["2021-06-03 => date 2021-06-03 day", "2021-06-01 => date 2021-06-01 day"],
        ),
    ]);
}

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
