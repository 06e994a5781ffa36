//! Holidays, days counted from another day, and weekdays with a day of the month. Each row:
//! input, publication date, expected mentions. The rules are in docs/dates.md; most rows use
//! a Wednesday publication date, 2026-06-10.

use crate::check::check;

const PUB: Option<&str> = Some("2026-06-10");

#[test]
fn holidays_are_days() {
    check(&[
        ("Shops shut early on Christmas Eve this time", PUB, &["Christmas Eve => date 2025-12-24 day inferred"]),
        ("Prices fell before Christmas, traders said", Some("2026-11-02"), &["Christmas => date 2026-12-25 day inferred"]),
        ("The ferry ran again on Boxing Day", Some("2027-01-05"), &["Boxing Day => date 2026-12-26 day inferred"]),
        ("Easter 2027 fell on a Sunday", None, &["Easter 2027 => date 2027-03-28 day"]),
        ("The rally on Easter Monday drew crowds", Some("2026-04-20"), &["Easter Monday => date 2026-04-06 day inferred"]),
        ("Turnout was low over Thanksgiving", Some("2026-12-01"), &["Thanksgiving => date 2026-11-26 day inferred"]),
        ("New Year's Day 2027 is a Friday", None, &["New Year's Day 2027 => date 2027-01-01 day"]),
        ("They partied on New Year's Eve", Some("2027-01-03"), &["New Year's Eve => date 2026-12-31 day inferred"]),
        ("Parades are planned for Juneteenth 2026", None, &["Juneteenth 2026 => date 2026-06-19 day"]),
        ("They wed on Valentine's Day", Some("2026-03-01"), &["Valentine's Day => date 2026-02-14 day inferred"]),
        ("Costumes sold out by Halloween", Some("2026-11-03"), &["Halloween => date 2026-10-31 day inferred"]),
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
        ("It closed 3 days after January 12th, 2026.", None, &["3 days after January 12th, 2026 => date 2026-01-15 day"]),
        ("The talks resume two weeks from tomorrow", PUB, &["two weeks from tomorrow => date 2026-06-25 day inferred relative"]),
        ("A vote comes four months from now", PUB, &["four months from now => date 2026-10-10 day inferred relative"]),
        ("They met two days before yesterday", PUB, &["two days before yesterday => date 2026-06-07 day inferred relative"]),
        ("Payment is due 30 days from 03/01/2026", None, &["30 days from 03/01/2026 => date 2026-03-31 day ambiguous"]),
        ("Tickets went on sale 2 weeks before Christmas", Some("2026-11-02"), &["2 weeks before Christmas => date 2026-12-11 day inferred"]),
        ("a year after March 3, 2020 the rules eased", None, &["a year after March 3, 2020 => date 2021-03-03 day"]),
    ]);
}

#[test]
fn counts_before_a_day_that_move_nothing() {
    check(&[
        // A year or a month as the anchor is no day; the count stays a duration.
        ("It took 3 years after 2010 to recover", PUB, &["3 years => duration 1095.7275 day", "2010 => date 2010-01-01..2010-12-31 year"]),
        // A possessive anchor is a thing of that day, not the day.
        ("They cut 3 days from Monday's plan", PUB, &["3 days => duration 3 day", "Monday's => date 2026-06-08 day inferred relative"]),
        // A range after "from" is the span the days fill.
        ("the 3 days from June 1 to June 3", PUB, &["3 days => duration 3 day", "from June 1 to June 3 => date 2026-06-01..2026-06-03 range day inferred"]),
        ("He scored 2 goals after Monday", PUB, &["2 => number 2 #goals", "Monday => date 2026-06-08 day inferred relative"]),
    ]);
}
