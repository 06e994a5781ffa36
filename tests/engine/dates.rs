//! Dates, periods, relative expressions and times of day. Each row: input, publication date,
//! expected mentions rendered by `check::render`. Conventions are in docs/dates.md; most rows
//! use a Wednesday publication date, 2026-06-10 (its week runs June 8–14).

use crate::check::{check, PUB};
use crosscheck::engine::{extract, Kind};

#[test]
fn full_dates_in_every_order() {
    check(&[
        ("The vote was held on June 6, 2026.", None, &["June 6, 2026 => date 2026-06-06 day"]),
        ("It opened on 6 June 2026 in Paris", None, &["6 June 2026 => date 2026-06-06 day"]),
        ("Signed June 6th, 2026, by both", None, &["June 6th, 2026 => date 2026-06-06 day"]),
        ("Signed June 6 2026 by both", None, &["June 6 2026 => date 2026-06-06 day"]),
        ("DATED JUNE 6, 2026", None, &["JUNE 6, 2026 => date 2026-06-06 day"]),
        ("the raid of July 4, 1976 began", None, &["July 4, 1976 => date 1976-07-04 day"]),
        ("a leap day, February 29, 2024, was", None, &["February 29, 2024 => date 2024-02-29 day"]),
        ("Wednesday 10 June 2026 was quiet", None, &["Wednesday 10 June 2026 => date 2026-06-10 day"]),
        ("On Saturday, June 6, 2026, crowds", None, &["Saturday, June 6, 2026 => date 2026-06-06 day"]),
        ("on the 6th of June 2026", None, &["the 6th of June 2026 => date 2026-06-06 day"]),
        ("the 21st of March, 2025", None, &["the 21st of March, 2025 => date 2025-03-21 day"]),
        ("on the sixth of June, 2026", None, &["the sixth of June, 2026 => date 2026-06-06 day"]),
        ("Sept. 30, 2025 was the deadline", None, &["Sept. 30, 2025 => date 2025-09-30 day"]),
        ("Dec. 1, 2025 was a Monday", None, &["Dec. 1, 2025 => date 2025-12-01 day"]),
    ]);
}

#[test]
fn numeric_dates() {
    check(&[
        ("Filed 2026-06-06 at the court", None, &["2026-06-06 => date 2026-06-06 day"]),
        ("Filed 2026/06/06 at the court", None, &["2026/06/06 => date 2026-06-06 day"]),
        ("Filed 6/6/2026 at the court", None, &["6/6/2026 => date 2026-06-06 day"]),
        ("Filed 6/7/2026 at the court", None, &["6/7/2026 => date 2026-06-07 day ambiguous"]),
        ("Filed 06/07/26 at the court", None, &["06/07/26 => date 2026-06-07 day ambiguous"]),
        ("Filed 25/12/2026 at the court", None, &["25/12/2026 => date 2026-12-25 day"]),
        ("Filed 12/25/2026 at the court", None, &["12/25/2026 => date 2026-12-25 day"]),
        ("Filed 3/4/99 at the court", None, &["3/4/99 => date 1999-03-04 day ambiguous"]),
    ]);
}

#[test]
fn missing_years_are_inferred_from_publication() {
    check(&[
        ("The vote is on Jun. 6 this time", PUB, &["Jun. 6 => date 2026-06-06 day inferred"]),
        ("The vote is on Jun 6 this time", PUB, &["Jun 6 => date 2026-06-06 day inferred"]),
        ("due by Sept. 30 at the latest", PUB, &["Sept. 30 => date 2026-09-30 day inferred"]),
        ("reported on Oct. 2 that", PUB, &["Oct. 2 => date 2025-10-02 day inferred"]),
        ("reported on June 6 that", None, &["June 6 => date ? day inferred"]),
        ("on Saturday, June 6 crowds gathered", PUB, &["Saturday, June 6 => date 2026-06-06 day inferred"]),
        // A colon after the day ends the date; a clock time glued to it does not.
        ("Hearing set, June 11: what we know", PUB, &["June 11 => date 2026-06-11 day inferred"]),
        (
            "Doors open June 11:30",
            PUB,
            &["June => date 2026-06-01..2026-06-30 month inferred", "11:30 => time 690"],
        ),
        // A weekday's short form joins the date after it, as the full name does.
        ("The final is on Sat 13 June", PUB, &["Sat 13 June => date 2026-06-13 day inferred"]),
        (
            "Polls close on Wed 10 June at 5pm",
            PUB,
            &["Wed 10 June => date 2026-06-10 day inferred", "5pm => time 1020"],
        ),
        ("Talks resume Tue. 16 June 2026 in Geneva", PUB, &["Tue. 16 June 2026 => date 2026-06-16 day"]),
        ("On Thurs, June 11, the hearing", PUB, &["Thurs, June 11 => date 2026-06-11 day inferred"]),
        ("on the 6th of June crowds gathered", PUB, &["the 6th of June => date 2026-06-06 day inferred"]),
        ("by Dec. 31 the plan", Some("2026-01-15"), &["Dec. 31 => date 2025-12-31 day inferred"]),
        ("by Feb. 2 the plan", Some("2026-01-15"), &["Feb. 2 => date 2026-02-02 day inferred"]),
        ("by April 30 the plan", Some("2026-01-15"), &["April 30 => date 2026-04-30 day inferred"]),
        ("by May 30 the plan", Some("2026-01-15"), &["May 30 => date 2025-05-30 day inferred"]),
        ("by Feb. 14 the plan", Some("2026-11-20"), &["Feb. 14 => date 2027-02-14 day inferred"]),
        ("by March 14 the plan", Some("2026-11-20"), &["March 14 => date 2026-03-14 day inferred"]),
    ]);
}

#[test]
fn day_ranges() {
    check(&[
        (
            "The summit runs June 6-8 in Rome",
            PUB,
            &["June 6-8 => date 2026-06-06..2026-06-08 range day inferred"],
        ),
        (
            "The summit runs June 6\u{2013}8, 2026",
            None,
            &["June 6\u{2013}8, 2026 => date 2026-06-06..2026-06-08 range day"],
        ),
        (
            "The summit runs June 6 to 8, 2026",
            None,
            &["June 6 to 8, 2026 => date 2026-06-06..2026-06-08 range day"],
        ),
        (
            "open from May 3 to May 9",
            PUB,
            &["from May 3 to May 9 => date 2026-05-03..2026-05-09 range day inferred"],
        ),
        ("open 6-8 June 2026", None, &["6-8 June 2026 => date 2026-06-06..2026-06-08 range day"]),
        // Every reader joins a range's ends with the same words (`date::range_word`).
        ("open 6 till 8 June 2026", None, &["6 till 8 June 2026 => date 2026-06-06..2026-06-08 range day"]),
        ("open June 6 thru 8, 2026", None, &["June 6 thru 8, 2026 => date 2026-06-06..2026-06-08 range day"]),
        (
            "open June 30 - July 2",
            PUB,
            &["June 30 - July 2 => date 2026-06-30..2026-07-02 range day inferred"],
        ),
        (
            "held Dec. 28 - Jan. 3, 2026",
            None,
            &["Dec. 28 - Jan. 3, 2026 => date 2025-12-28..2026-01-03 range day"],
        ),
        (
            "between June 6 and June 8, 2026",
            None,
            &["between June 6 and June 8, 2026 => date 2026-06-06..2026-06-08 range day"],
        ),
    ]);
}

/// Days listed before or after one month name ("1 and 2 February", "May 3 and 4") are each
/// that month's day; a list that runs into a counted noun, or days that do not rise, keep
/// their counts.
#[test]
fn day_lists() {
    check(&[
        (
            "fell on 1 and 2 February 2026",
            None,
            &["1 => date 2026-02-01 day", "2 February 2026 => date 2026-02-02 day"],
        ),
        (
            "booked for 1 or 2 February",
            PUB,
            &["1 => date 2026-02-01 day inferred", "2 February => date 2026-02-02 day inferred"],
        ),
        (
            "on 3, 4, and 5 May 2026",
            None,
            &["3 => date 2026-05-03 day", "4 => date 2026-05-04 day", "5 May 2026 => date 2026-05-05 day"],
        ),
        (
            "on May 3 and 4.",
            PUB,
            &["May 3 => date 2026-05-03 day inferred", "4 => date 2026-05-04 day inferred"],
        ),
        (
            "on Feb. 1, 2 and 3 in Paris",
            PUB,
            &[
                "Feb. 1 => date 2026-02-01 day inferred",
                "2 => date 2026-02-02 day inferred",
                "3 => date 2026-02-03 day inferred",
            ],
        ),
        ("on May 3 and 4, 2024", PUB, &["May 3 => date 2024-05-03 day", "4, 2024 => date 2024-05-04 day"]),
        (
            "on May 3, 4 and 5, 2024",
            PUB,
            &["May 3 => date 2024-05-03 day", "4 => date 2024-05-04 day", "5, 2024 => date 2024-05-05 day"],
        ),
        (
            "on the 1st and 2nd of July 2026",
            None,
            &["1st => date 2026-07-01 day", "2nd of July 2026 => date 2026-07-02 day"],
        ),
        ("runs 12/13 July 2026", None, &["12 => date 2026-07-12 day", "13 July 2026 => date 2026-07-13 day"]),
        // Counts after a date, and days that do not rise.
        (
            "On June 3, 4 people died",
            PUB,
            &["June 3 => date 2026-06-03 day inferred", "4 => number 4 #people"],
        ),
        (
            "On May 3 and 4 people were hurt",
            PUB,
            &["May 3 => date 2026-05-03 day inferred", "4 => number 4 #people"],
        ),
        ("On June 3, 4 were hurt", PUB, &["June 3 => date 2026-06-03 day inferred", "4 => number 4"]),
        ("they won 3 and 1 May lost", PUB, &["3 => number 3", "1 May => date 2026-05-01 day inferred"]),
    ]);
}

#[test]
fn months_and_years() {
    check(&[
        ("Sales fell in Jan. 2025 sharply", None, &["Jan. 2025 => date 2025-01-01..2025-01-31 month"]),
        ("Sales fell in June 2026 sharply", None, &["June 2026 => date 2026-06-01..2026-06-30 month"]),
        ("Sales fell in June of 2025", None, &["June of 2025 => date 2025-06-01..2025-06-30 month"]),
        ("Sales fell in January", PUB, &["January => date 2026-01-01..2026-01-31 month inferred"]),
        ("Sales fell in January", None, &["January => date ? month inferred"]),
        ("Sales fell in November", PUB, &["November => date 2025-11-01..2025-11-30 month inferred"]),
        (
            "Sales fell in December",
            Some("2026-01-15"),
            &["December => date 2025-12-01..2025-12-31 month inferred"],
        ),
        (
            "Sales fell in February",
            Some("2026-11-20"),
            &["February => date 2027-02-01..2027-02-28 month inferred"],
        ),
        ("Since May, sales fell", PUB, &["May => date 2026-05-01..2026-05-31 month inferred"]),
        ("In March the board met", PUB, &["March => date 2026-03-01..2026-03-31 month inferred"]),
        ("in 2026 the board met", None, &["2026 => date 2026-01-01..2026-12-31 year"]),
        ("the board met in 1999", None, &["1999 => date 1999-01-01..1999-12-31 year"]),
        ("by (2030) at the latest", None, &["2030 => date 2030-01-01..2030-12-31 year"]),
        ("music of the 1990s", None, &["the 1990s => date 1990-01-01..1999-12-31 decade"]),
        ("music of the 1990's", None, &["the 1990's => date 1990-01-01..1999-12-31 decade"]),
        ("music of the '90s", None, &["the '90s => date 1990-01-01..1999-12-31 decade"]),
        ("in the 2020s prices", None, &["the 2020s => date 2020-01-01..2029-12-31 decade"]),
        ("through the 2000s", None, &["the 2000s => date 2000-01-01..2009-12-31 decade"]),
        ("1980s music", None, &["1980s => date 1980-01-01..1989-12-31 decade"]),
    ]);
}

#[test]
fn month_and_year_ranges() {
    check(&[
        ("between 2019 and 2021", None, &["between 2019 and 2021 => date 2019-01-01..2021-12-31 range year"]),
        ("in 2019-2021 the", None, &["2019-2021 => date 2019-01-01..2021-12-31 range year"]),
        ("in 2019\u{2013}21 the", None, &["2019\u{2013}21 => date 2019-01-01..2021-12-31 range year"]),
        ("from 2010 to 2015", None, &["from 2010 to 2015 => date 2010-01-01..2015-12-31 range year"]),
        ("2010 to 2015 saw", None, &["2010 to 2015 => date 2010-01-01..2015-12-31 range year"]),
        ("the 2025/26 season", None, &["2025/26 => date 2025-01-01..2026-12-31 range year"]),
        ("the 2025/2026 season", None, &["2025/2026 => date 2025-01-01..2026-12-31 range year"]),
        // Only consecutive years after a slash: "2024/2026" is two figures.
        ("the 2024/2026 plan", None, &["2024 => number 2024", "2026 => number 2026"]),
        (
            "from 1998 until 2004 he",
            None,
            &["from 1998 until 2004 => date 1998-01-01..2004-12-31 range year"],
        ),
        (
            "from March to May",
            PUB,
            &["from March to May => date 2026-03-01..2026-05-31 range month inferred"],
        ),
        ("March to May 2025", None, &["March to May 2025 => date 2025-03-01..2025-05-31 range month"]),
        ("in March-May the", PUB, &["March-May => date 2026-03-01..2026-05-31 range month inferred"]),
        (
            "from November to February",
            Some("2026-03-01"),
            &["from November to February => date 2025-11-01..2026-02-28 range month inferred"],
        ),
    ]);
}

#[test]
fn parts_of_months_and_years() {
    check(&[
        ("in mid-May talks", PUB, &["mid-May => date 2026-05-11..2026-05-20 part_of_month inferred"]),
        ("in mid May talks", PUB, &["mid May => date 2026-05-11..2026-05-20 part_of_month inferred"]),
        ("in early June talks", PUB, &["early June => date 2026-06-01..2026-06-10 part_of_month inferred"]),
        ("in late March talks", PUB, &["late March => date 2026-03-21..2026-03-31 part_of_month inferred"]),
        ("in late February 2024", None, &["late February 2024 => date 2024-02-21..2024-02-29 part_of_month"]),
        ("in mid-May", None, &["mid-May => date ? part_of_month inferred"]),
        ("in early 2025 talks", None, &["early 2025 => date 2025-01-01..2025-04-30 part_of_year"]),
        ("by mid-2024 talks", None, &["mid-2024 => date 2024-05-01..2024-08-31 part_of_year"]),
        ("in late 2023 talks", None, &["late 2023 => date 2023-09-01..2023-12-31 part_of_year"]),
        (
            "in late last year",
            PUB,
            &["late last year => date 2025-09-01..2025-12-31 part_of_year inferred relative"],
        ),
        (
            "in early next year",
            PUB,
            &["early next year => date 2027-01-01..2027-04-30 part_of_year inferred relative"],
        ),
        (
            "in late this month",
            PUB,
            &["late this month => date 2026-06-21..2026-06-30 part_of_month inferred relative"],
        ),
        (
            "by the end of March",
            PUB,
            &["the end of March => date 2026-03-21..2026-03-31 part_of_month inferred"],
        ),
        ("by end of March", PUB, &["end of March => date 2026-03-21..2026-03-31 part_of_month inferred"]),
        (
            "by the end of the year",
            PUB,
            &["the end of the year => date 2026-09-01..2026-12-31 part_of_year inferred relative"],
        ),
        ("by the end of 2027", None, &["the end of 2027 => date 2027-09-01..2027-12-31 part_of_year"]),
        (
            "at the beginning of next month",
            PUB,
            &["the beginning of next month => date 2026-07-01..2026-07-10 part_of_month inferred relative"],
        ),
        ("at the start of 2026", None, &["the start of 2026 => date 2026-01-01..2026-04-30 part_of_year"]),
        (
            "by the middle of next year",
            PUB,
            &["the middle of next year => date 2027-05-01..2027-08-31 part_of_year inferred relative"],
        ),
    ]);
}

#[test]
fn fiscal_years() {
    check(&[
        // One year: the calendar year the fiscal year ends in, as "fiscal 2025" is read.
        ("profit in FY25 rose", PUB, &["FY25 => date 2025-01-01..2025-12-31 year"]),
        ("profit in FY2025 rose", PUB, &["FY2025 => date 2025-01-01..2025-12-31 year"]),
        ("profit in FY 2025 rose", PUB, &["FY 2025 => date 2025-01-01..2025-12-31 year"]),
        ("profit in FY'25 rose", PUB, &["FY'25 => date 2025-01-01..2025-12-31 year"]),
        ("sales in FY99 fell", None, &["FY99 => date 1999-01-01..1999-12-31 year"]),
        // Both years named: both, as "2024-25" is read.
        ("in FY2024-25 sales", None, &["FY2024-25 => date 2024-01-01..2025-12-31 range year"]),
        ("in FY2024/25 sales", None, &["FY2024/25 => date 2024-01-01..2025-12-31 range year"]),
        // A quarter or half of a fiscal year cannot be placed: never calendar Q1 of this year.
        ("Q1 FY25 profit rose", PUB, &["Q1 FY25 => date ? quarter"]),
        ("Q1FY25 profit rose", PUB, &["Q1FY25 => date ? quarter"]),
        ("H1 FY2017 sales", PUB, &["H1 FY2017 => date ? half"]),
        (
            "in the first quarter of FY2024-25 profit",
            PUB,
            &["the first quarter of FY2024-25 => date ? quarter"],
        ),
        // Not fiscal years: two spaced digits, a lower-case "fy", a year that does not follow.
        ("FY 25 staff", None, &["25 => number 25 #staff"]),
        ("fy25 staff", None, &["25 => number 25 #staff"]),
        (
            "in FY2024-27 sales",
            None,
            &["FY2024 => date 2024-01-01..2024-12-31 year", "27 => number 27 #sales"],
        ),
    ]);
}

#[test]
fn quarters_and_halves() {
    check(&[
        ("results for Q1 2026 were", None, &["Q1 2026 => date 2026-01-01..2026-03-31 quarter"]),
        ("results for Q1 of 2026 were", None, &["Q1 of 2026 => date 2026-01-01..2026-03-31 quarter"]),
        ("results for Q3 were", PUB, &["Q3 => date 2026-07-01..2026-09-30 quarter inferred"]),
        ("results for Q4 were", PUB, &["Q4 => date 2025-10-01..2025-12-31 quarter inferred"]),
        ("results for Q4 were", Some("2026-01-15"), &["Q4 => date 2025-10-01..2025-12-31 quarter inferred"]),
        (
            "in the first quarter profit",
            PUB,
            &["the first quarter => date 2026-01-01..2026-03-31 quarter inferred"],
        ),
        ("its first-quarter profit", PUB, &["first-quarter => date 2026-01-01..2026-03-31 quarter inferred"]),
        (
            "in the third quarter of 2025",
            None,
            &["the third quarter of 2025 => date 2025-07-01..2025-09-30 quarter"],
        ),
        ("fourth quarter 2025 sales", None, &["fourth quarter 2025 => date 2025-10-01..2025-12-31 quarter"]),
        (
            "in the second quarter of last year",
            PUB,
            &["the second quarter of last year => date 2025-04-01..2025-06-30 quarter inferred relative"],
        ),
        ("guidance for H1 2026 was", None, &["H1 2026 => date 2026-01-01..2026-06-30 half"]),
        ("guidance for H2 was", PUB, &["H2 => date 2026-07-01..2026-12-31 half inferred"]),
        (
            "in the second half of 2025",
            None,
            &["the second half of 2025 => date 2025-07-01..2025-12-31 half"],
        ),
        (
            "in the first half of next year",
            PUB,
            &["the first half of next year => date 2027-01-01..2027-06-30 half inferred relative"],
        ),
        ("its first-half profit", PUB, &["first-half => date 2026-01-01..2026-06-30 half inferred"]),
        ("in the last quarter", PUB, &[]),
        (
            "sales last quarter",
            PUB,
            &["last quarter => date 2026-01-01..2026-03-31 quarter inferred relative"],
        ),
    ]);
}

#[test]
fn seasons() {
    check(&[
        ("in spring 2024 the", None, &["spring 2024 => date 2024-03-01..2024-05-31 season"]),
        ("in the summer of 2024", None, &["the summer of 2024 => date 2024-06-01..2024-08-31 season"]),
        ("in winter 2024 the", None, &["winter 2024 => date 2024-12-01..2025-02-28 season"]),
        ("in fall 2025 the", None, &["fall 2025 => date 2025-09-01..2025-11-30 season"]),
        ("this summer the", PUB, &["this summer => date 2026-06-01..2026-08-31 season inferred relative"]),
        ("last winter the", PUB, &["last winter => date 2025-12-01..2026-02-28 season inferred relative"]),
        ("last summer the", PUB, &["last summer => date 2025-06-01..2025-08-31 season inferred relative"]),
        ("next spring the", PUB, &["next spring => date 2027-03-01..2027-05-31 season inferred relative"]),
        (
            "this winter the",
            Some("2026-01-15"),
            &["this winter => date 2025-12-01..2026-02-28 season inferred relative"],
        ),
        ("in the fall the", PUB, &["the fall => date 2026-09-01..2026-11-30 season inferred"]),
        ("during autumn the", PUB, &["autumn => date 2026-09-01..2026-11-30 season inferred"]),
        ("in the summer", None, &["the summer => date ? season inferred"]),
    ]);
}

#[test]
fn weekdays() {
    check(&[
        ("The vote was on Tuesday.", PUB, &["Tuesday => date 2026-06-09 day inferred relative"]),
        ("The vote was on Wednesday.", PUB, &["Wednesday => date 2026-06-10 day inferred relative"]),
        ("The vote was on Thursday.", PUB, &["Thursday => date 2026-06-04 day inferred relative"]),
        ("They will vote on Thursday.", PUB, &["Thursday => date 2026-06-11 day inferred relative"]),
        ("A vote is scheduled for Monday.", PUB, &["Monday => date 2026-06-15 day inferred relative"]),
        ("Tuesday's vote passed", PUB, &["Tuesday's => date 2026-06-09 day inferred relative"]),
        ("Tuesday\u{2019}s vote passed", PUB, &["Tuesday\u{2019}s => date 2026-06-09 day inferred relative"]),
        ("It fell last Friday.", PUB, &["last Friday => date 2026-06-05 day inferred relative"]),
        ("It fell last Wednesday.", PUB, &["last Wednesday => date 2026-06-03 day inferred relative"]),
        ("It opens next Monday.", PUB, &["next Monday => date 2026-06-15 day inferred relative"]),
        ("It opens next Wednesday.", PUB, &["next Wednesday => date 2026-06-17 day inferred relative"]),
        ("It opens this Friday.", PUB, &["this Friday => date 2026-06-05 day inferred relative"]),
        ("The vote was on Tuesday.", None, &["Tuesday => date ? day inferred relative"]),
        ("On Sunday night it rained", PUB, &["Sunday => date 2026-06-07 day inferred relative"]),
        ("Flights are cancelled for Thursday.", PUB, &["Thursday => date 2026-06-11 day inferred relative"]),
        (
            "The talks are postponed until Tuesday.",
            PUB,
            &["Tuesday => date 2026-06-16 day inferred relative"],
        ),
    ]);
}

#[test]
fn relative_days_and_periods() {
    check(&[
        ("It rained yesterday.", PUB, &["yesterday => date 2026-06-09 day inferred relative"]),
        ("It rains today.", PUB, &["today => date 2026-06-10 day inferred relative"]),
        ("It rains tomorrow.", PUB, &["tomorrow => date 2026-06-11 day inferred relative"]),
        ("It rains tonight.", PUB, &["tonight => date 2026-06-10 day inferred relative"]),
        ("It rained last night.", PUB, &["last night => date 2026-06-09 day inferred relative"]),
        ("It rained this morning.", PUB, &["this morning => date 2026-06-10 day inferred relative"]),
        ("It rained yesterday.", None, &["yesterday => date ? day inferred relative"]),
        ("Prices rose last week.", PUB, &["last week => date 2026-06-01..2026-06-07 week inferred relative"]),
        ("Prices rose this week.", PUB, &["this week => date 2026-06-08..2026-06-14 week inferred relative"]),
        ("Prices rise next week.", PUB, &["next week => date 2026-06-15..2026-06-21 week inferred relative"]),
        (
            "Prices rose last month.",
            PUB,
            &["last month => date 2026-05-01..2026-05-31 month inferred relative"],
        ),
        (
            "Prices rose this month.",
            PUB,
            &["this month => date 2026-06-01..2026-06-30 month inferred relative"],
        ),
        (
            "Prices rise next month.",
            PUB,
            &["next month => date 2026-07-01..2026-07-31 month inferred relative"],
        ),
        (
            "Prices rose last month.",
            Some("2026-01-15"),
            &["last month => date 2025-12-01..2025-12-31 month inferred relative"],
        ),
        ("Prices rose last year.", PUB, &["last year => date 2025-01-01..2025-12-31 year inferred relative"]),
        ("Prices rose this year.", PUB, &["this year => date 2026-01-01..2026-12-31 year inferred relative"]),
        ("Prices rise next year.", PUB, &["next year => date 2027-01-01..2027-12-31 year inferred relative"]),
        ("last year's figures", PUB, &["last year's => date 2025-01-01..2025-12-31 year inferred relative"]),
        (
            "It rose earlier this year.",
            PUB,
            &["earlier this year => date 2026-01-01..2026-06-10 part_of_year inferred relative"],
        ),
        (
            "It rises later this year.",
            PUB,
            &["later this year => date 2026-06-10..2026-12-31 part_of_year inferred relative"],
        ),
        (
            "It rose earlier this month.",
            Some("2026-11-20"),
            &["earlier this month => date 2026-11-01..2026-11-20 part_of_month inferred relative"],
        ),
        (
            "It rises later this month.",
            Some("2026-11-20"),
            &["later this month => date 2026-11-20..2026-11-30 part_of_month inferred relative"],
        ),
        (
            "It happened last June.",
            PUB,
            &["last June => date 2025-06-01..2025-06-30 month inferred relative"],
        ),
        (
            "It happens next March.",
            PUB,
            &["next March => date 2027-03-01..2027-03-31 month inferred relative"],
        ),
        (
            "It happened this March.",
            PUB,
            &["this March => date 2026-03-01..2026-03-31 month inferred relative"],
        ),
    ]);
}

#[test]
fn ago() {
    check(&[
        (
            "It fell two weeks ago.",
            PUB,
            &["two weeks ago => date 2026-05-25..2026-05-31 week inferred relative"],
        ),
        ("It fell three days ago.", PUB, &["three days ago => date 2026-06-07 day inferred relative"]),
        ("It fell 3 days ago.", PUB, &["3 days ago => date 2026-06-07 day inferred relative"]),
        ("It fell a year ago.", PUB, &["a year ago => date 2025-01-01..2025-12-31 year inferred relative"]),
        (
            "It fell 3 months ago.",
            PUB,
            &["3 months ago => date 2026-03-01..2026-03-31 month inferred relative"],
        ),
        (
            "It fell ten years ago.",
            PUB,
            &["ten years ago => date 2016-01-01..2016-12-31 year inferred relative"],
        ),
        ("It fell a week ago.", PUB, &["a week ago => date 2026-06-01..2026-06-07 week inferred relative"]),
        ("It fell two weeks ago.", None, &["two weeks ago => date ? week inferred relative"]),
    ]);
}

#[test]
fn times_of_day() {
    check(&[
        ("The polls open at 9:30 a.m. sharp", None, &["9:30 a.m. => time 570"]),
        ("The polls open at 9:30am sharp", None, &["9:30am => time 570"]),
        ("The polls open at 9:30 AM sharp", None, &["9:30 AM => time 570"]),
        ("The polls close at 9 p.m.", None, &["9 p.m. => time 1260"]),
        ("The polls close at 9pm", None, &["9pm => time 1260"]),
        ("The polls close at 10PM", None, &["10PM => time 1320"]),
        ("The polls close at 21:00 local", None, &["21:00 => time 1260"]),
        ("The polls close at 07:45 local", None, &["07:45 => time 465"]),
        ("The polls close at noon", None, &["noon => time 720"]),
        ("The polls close at midnight", None, &["midnight => time 0"]),
        ("The polls close at 12 p.m. sharp", None, &["12 p.m. => time 720"]),
        ("The polls close at 12:15 a.m. sharp", None, &["12:15 a.m. => time 15"]),
        (
            "The polls open at 9:30 a.m. ET today",
            None,
            &["9:30 a.m. ET => time 570", "today => date ? day inferred relative"],
        ),
        ("markets closed (2130 GMT) on", None, &["2130 GMT => time 1290"]),
        ("The polls close at 9.30pm", None, &["9.30pm => time 1290"]),
        ("at 7 o'clock", None, &["7 o'clock => time 420"]),
        ("open from 9 a.m. to 5 p.m.", None, &["from 9 a.m. to 5 p.m. => time 540..1020 range"]),
        ("open between 9 and 11 a.m.", None, &["between 9 and 11 a.m. => time 540..660 range"]),
        ("open 9 a.m. to 5 p.m. daily", None, &["9 a.m. to 5 p.m. => time 540..1020 range"]),
        ("open 9 a.m. thru 5 p.m. daily", None, &["9 a.m. thru 5 p.m. => time 540..1020 range"]),
        ("open 9 to 11 a.m. only", None, &["9 to 11 a.m. => time 540..660 range"]),
        ("open 10:00-11:30 only", None, &["10:00-11:30 => time 600..690 range"]),
        ("open 10 p.m. to 2 a.m. only", None, &["10 p.m. to 2 a.m. => time 1320..1560 range"]),
        ("open 9 a.m. to noon only", None, &["9 a.m. to noon => time 540..720 range"]),
        // (This row read "Published June 6, 2026 at 9:30 a.m. ET"; such a line is page
        // furniture now, `noise::mark_furniture`, so the time is read in a sentence instead.)
        (
            "Polls closed June 6, 2026 at 9:30 a.m. ET",
            None,
            &["June 6, 2026 => date 2026-06-06 day", "9:30 a.m. ET => time 570"],
        ),
        ("Published June 6, 2026 at 9:30 a.m. ET", None, &[]),
        // A part of the day sets a clock reading without a meridiem ("10:15 at night" is
        // 22:15, so it agrees with "10.15pm"), and makes a bare hour after a word of time one.
        ("The blast came at 10:15 at night", None, &["10:15 at night => time 1335"]),
        ("Fire crews left at 9.30 in the evening", None, &["9.30 in the evening => time 1290"]),
        ("The quake struck at 3 in the morning", None, &["3 in the morning => time 180"]),
        ("It ended at eleven at night", None, &["eleven at night => time 1380"]),
        ("It ended around 11 at night", None, &["11 at night => time 1380 approx"]),
        ("It ended around eleven at night", None, &["eleven at night => time 1380 approx"]),
        ("around five people died", None, &["around five => number 5 approx #people"]),
        ("They waited until four in the afternoon", None, &["four in the afternoon => time 960"]),
    ]);
}

#[test]
fn text_that_is_not_a_date() {
    // Rows whose only mentions would be dates; other figures in them belong to the number tables.
    check(&[
        ("Theresa May said so", PUB, &[]),
        ("They may leave soon", PUB, &[]),
        ("August Wilson wrote plays", PUB, &[]),
        ("We met Jan Smith there", PUB, &[]),
        ("at Mar-a-Lago they met", PUB, &[]),
        ("Shares fall on weak data", PUB, &[]),
        ("spring water and summer camp", PUB, &[]),
        ("in the first half of the game", PUB, &[]),
        ("the last year has been hard", PUB, &[]),
        ("over the past month prices", PUB, &[]),
        ("Dec alone is not a date", PUB, &[]),
        ("the start of talks", PUB, &[]),
        ("It happened on a Monday", PUB, &[]),
        ("They meet every Friday", PUB, &[]),
        ("Black Friday sales rose", PUB, &[]),
        ("a win on Super Tuesday", PUB, &[]),
        // A bare hour with a part of the day is a time only after a word of time, and not
        // before a noun: the numbers stay numbers (the number tables render them).
        ("a three in the morning raid", PUB, &["three => number 3"]),
        ("Of the 12, 5 in the evening shift", PUB, &["12 => number 12", "5 => number 5"]),
        ("They won at 3 in the morning session", PUB, &["3 => number 3"]),
        ("Shares fell by 2 in the afternoon", PUB, &["2 => number 2"]),
        // A short weekday alone is another word as often as not ("the Sun", "sat", "Wed").
        ("The Sun reported it on Sunday night", PUB, &["Sunday => date 2026-06-07 day inferred relative"]),
        ("She sat by the window", PUB, &[]),
        ("Wed to the idea, they stayed", PUB, &[]),
        ("in the first half", PUB, &[]),
    ]);
}

/// Inputs that hold figures but no date or time: only the kinds are checked, so the number
/// tables stay the one place that says how these figures render.
#[test]
fn figures_that_are_not_dates() {
    let inputs = [
        "The time was 9.30 exactly",
        "They won 3-2 in the end",
        "a 3:1 ratio",
        "open 24/7 all year",
        "runs on Windows 11",
        "during COVID-19 lockdowns",
        "some 2,026 people came",
        "a code of 20260",
        "about 1850 people came",
        "half of 1/2 cups",
        "call 555-2026 now",
        "the 21st century",
        "up 3.5 million",
        "9 to 5 jobs",
        "the 1900s saw change",
    ];
    let mut bad = Vec::new();
    for input in inputs {
        for m in extract(input, Some(crate::check::day("2026-06-10"))) {
            if matches!(m.kind, Kind::Date | Kind::Time) {
                bad.push(format!("{input:?}: {}", crate::check::render(&m, input)));
            }
        }
    }
    assert!(bad.is_empty(), "dates or times found where there are none:\n{}", bad.join("\n"));
}

#[test]
fn future_sentences_and_zones() {
    check(&[
        (
            "Work will begin in September",
            Some("2026-05-04"),
            &["September => date 2026-09-01..2026-09-30 month inferred"],
        ),
        (
            "Work began in September",
            Some("2026-05-04"),
            &["September => date 2025-09-01..2025-09-30 month inferred"],
        ),
        ("The plant will reopen on Jan. 5", Some("2026-05-04"), &["Jan. 5 => date 2027-01-05 day inferred"]),
        ("The call is at 5:00 p.m. Eastern time", None, &["5:00 p.m. Eastern time => time 1020"]),
        ("trading ends (1600 local time) on", None, &["1600 local time => time 960"]),
        // A place's clock is a zone too; a lower-case word before "time" is not one.
        (
            "it landed at 3.45pm local time (9.45am UK time) on",
            None,
            &["3.45pm local time => time 945", "9.45am UK time => time 585"],
        ),
        ("landed at 4.45pm Singapore time.", None, &["4.45pm Singapore time => time 1005"]),
        ("left at 9am each time the bell rang", None, &["9am => time 540"]),
    ]);
}

#[test]
fn months_in_numbers() {
    check(&[
        ("the 2026-06 filing", None, &["2026-06 => date 2026-06-01..2026-06-30 month"]),
        ("the 2019-12 filing", None, &["2019-12 => date 2019-12-01..2019-12-31 month"]),
        ("the 2011-12 season", None, &["2011-12 => date 2011-01-01..2012-12-31 range year"]),
        ("card expires 12/2027 soon", None, &["12/2027 => date 2027-12-01..2027-12-31 month"]),
    ]);
}

#[test]
fn lower_case_month_names() {
    check(&[
        (
            "exports slumped in april 2017, officials said",
            None,
            &["april 2017 => date 2017-04-01..2017-04-30 month"],
        ),
        ("the ferry sank on 26 june 2019 off the coast", None, &["26 june 2019 => date 2019-06-26 day"]),
        ("the ferry sank on 26 june off the coast", PUB, &["26 june => date 2026-06-26 day inferred"]),
        ("ballots were counted on february 22nd", PUB, &["february 22nd => date 2026-02-22 day inferred"]),
        ("the strike of october 3, 2024 closed ports", None, &["october 3, 2024 => date 2024-10-03 day"]),
        ("a levy set in 2017 april was repealed", None, &["2017 april => date 2017-04-01..2017-04-30 month"]),
        ("revenue for 2019 Sept. rose", None, &["2019 Sept. => date 2019-09-01..2019-09-30 month"]),
        ("the audit began in november", PUB, &["november => date 2025-11-01..2025-11-30 month inferred"]),
        ("filed sept 30 with the regulator", PUB, &["sept 30 => date 2026-09-30 day inferred"]),
        ("the plant shut on 28 june in 2020, then", None, &["28 june in 2020 => date 2020-06-28 day"]),
        ("the meeting of june of 1992 ended", None, &["june of 1992 => date 1992-06-01..1992-06-30 month"]),
        // Words that are also month names stay capitalized-only, and a bare lower-case month
        // needs a context word ("an august body" is not August).
        ("you may 5 times ask", None, &["5 => number 5"]),
        ("they march 3 miles daily", None, &["3 miles daily => quantity 4828.032 m /day"]),
        ("an august body of 12 judges", None, &["12 => number 12 #judges"]),
        ("in august the court sat", PUB, &[]),
        ("in 2019 Jan Koum left", None, &["2019 => date 2019-01-01..2019-12-31 year"]),
        ("by 2030 May could step down", None, &["2030 => date 2030-01-01..2030-12-31 year"]),
        (
            "in 2017 April 3 was a Monday",
            None,
            &["2017 => date 2017-01-01..2017-12-31 year", "April 3 => date ? day inferred"],
        ),
    ]);
}

#[test]
fn day_of_month_alone() {
    check(&[
        // The latest such day not after publication: this month's, else the previous month's.
        ("the board met on the 8th.", PUB, &["the 8th => date 2026-06-08 day inferred relative"]),
        ("the board met on the 18th.", PUB, &["the 18th => date 2026-05-18 day inferred relative"]),
        (
            "the board met on the 10th, as planned",
            PUB,
            &["the 10th => date 2026-06-10 day inferred relative"],
        ),
        ("the board met on the 31st.", PUB, &["the 31st => date 2026-05-31 day inferred relative"]),
        (
            "the board met on the 31st.",
            Some("2026-05-10"),
            &["the 31st => date 2026-03-31 day inferred relative"],
        ),
        // With a future word, the first such day from publication on.
        ("the board will meet on the 4th.", PUB, &["the 4th => date 2026-07-04 day inferred relative"]),
        (
            "bids are due by the 30th at noon",
            PUB,
            &["the 30th => date 2026-06-30 day inferred relative", "noon => time 720"],
        ),
        ("the board met on the 18th.", None, &["the 18th => date ? day inferred relative"]),
        // A month named earlier in the sentence is the month of the day.
        (
            "the deal closed on Jan. 5 and lapsed on the 18th",
            PUB,
            &["Jan. 5 => date 2026-01-05 day inferred", "the 18th => date 2026-01-18 day inferred"],
        ),
        (
            "talks began on March 3 and collapsed on the 18th.",
            PUB,
            &["March 3 => date 2026-03-03 day inferred", "the 18th => date 2026-03-18 day inferred"],
        ),
        (
            "talks began on March 3, 2020 and collapsed on the 18th.",
            PUB,
            &["March 3, 2020 => date 2020-03-03 day", "the 18th => date 2020-03-18 day"],
        ),
        (
            "it began in March. It ended on the 18th.",
            PUB,
            &[
                "March => date 2026-03-01..2026-03-31 month inferred",
                "the 18th => date 2026-05-18 day inferred relative",
            ],
        ),
        // An ordinal that names something else is not a day.
        ("ruins from the 18th century", PUB, &["18th => ordinal 18"]),
        ("on the 4th hole he faltered", PUB, &["4th => ordinal 4"]),
        ("he finished the 18th in 3 hours", PUB, &["18th => ordinal 18", "3 hours => duration 0.125 day"]),
        // A comma between month and day only with an ordinal suffix.
        ("bids close October, 1st", PUB, &["October, 1st => date 2025-10-01 day inferred"]),
        (
            "In October, 5 people died",
            PUB,
            &["October => date 2025-10-01..2025-10-31 month inferred", "5 => number 5 #people"],
        ),
        (
            "By October, 3rd-quarter sales fell",
            PUB,
            &["October => date 2025-10-01..2025-10-31 month inferred", "3rd => ordinal 3 #sales"],
        ),
        // An ordinal word as the day.
        (
            "the talks resume on february twenty second",
            PUB,
            &["february twenty second => date 2026-02-22 day inferred"],
        ),
        ("the talks resumed on June first", PUB, &["June first => date 2026-06-01 day inferred"]),
        ("a March first-time buyer scheme", PUB, &["March => date 2026-03-01..2026-03-31 month inferred"]),
    ]);
}

#[test]
fn month_names_with_numbers() {
    check(&[
        ("the Dec-2018 contract", None, &["Dec-2018 => date 2018-12-01..2018-12-31 month"]),
        ("the Dec/2018 contract", None, &["Dec/2018 => date 2018-12-01..2018-12-31 month"]),
        ("the notice dated 05-Aug-2016 said", None, &["05-Aug-2016 => date 2016-08-05 day"]),
        ("the notice dated 5-aug-2016 said", None, &["5-aug-2016 => date 2016-08-05 day"]),
        ("margins widened in 2017-q1", None, &["2017-q1 => date 2017-01-01..2017-03-31 quarter"]),
        ("margins widened in 2017 q1", None, &["2017 q1 => date 2017-01-01..2017-03-31 quarter"]),
        ("margins widened in 2024 Q4, it said", None, &["2024 Q4 => date 2024-10-01..2024-12-31 quarter"]),
        ("a 2017-q5 code", None, &["2017 => date 2017-01-01..2017-12-31 year", "5 => number 5"]),
    ]);
}

#[test]
fn current_coming_previous_following() {
    check(&[
        (
            "orders for the current quarter rose",
            PUB,
            &["current quarter => date 2026-04-01..2026-06-30 quarter inferred relative"],
        ),
        (
            "in the current year so far",
            PUB,
            &["current year => date 2026-01-01..2026-12-31 year inferred relative"],
        ),
        (
            "hiring in the coming quarter",
            PUB,
            &["coming quarter => date 2026-07-01..2026-09-30 quarter inferred relative"],
        ),
        (
            "talks in the coming week",
            PUB,
            &["coming week => date 2026-06-15..2026-06-21 week inferred relative"],
        ),
        // "previous" and "following" count from a time the story sets: dates without a value.
        (
            "up 4% on the previous quarter",
            PUB,
            &["4% => percent 4 %", "previous quarter => date ? quarter inferred relative"],
        ),
        ("he resigned the following year", PUB, &["following year => date ? year inferred relative"]),
        // Plurals and days are not periods.
        ("in the coming weeks", PUB, &[]),
        ("on the following day", PUB, &[]),
        ("the following changes", PUB, &[]),
        (
            "year-to-date sales",
            PUB,
            &["year-to-date => date 2026-01-01..2026-06-10 part_of_year inferred relative"],
        ),
        (
            "shares are down 8% year to date",
            PUB,
            &[
                "8% => percent 8 %",
                "year to date => date 2026-01-01..2026-06-10 part_of_year inferred relative",
            ],
        ),
        ("year to date", None, &["year to date => date ? part_of_year inferred relative"]),
        ("a year to remember", PUB, &[]),
    ]);
}

#[test]
fn times_in_words_and_seconds() {
    check(&[
        ("back at 7:56:30 pm", None, &["7:56:30 pm => time 1196.5"]),
        ("at 10:30:15 local", None, &["10:30:15 => time 630.25"]),
        // A one-digit hour with minutes and seconds and no "a.m.", zone or "local" is a time
        // taken, a duration in days; with any of them, or two hour digits, a time of day.
        ("won the race in 2:09:56", None, &["2:09:56 => duration 0.09023148148148148 day"]),
        ("stopped the clock at 2:00:19", None, &["2:00:19 => duration 0.08355324074074073 day"]),
        ("lifted off at 9:37:55 local time", None, &["9:37:55 local time => time 577.9166666666666"]),
        ("lifted off at 9:37:55 a.m.", None, &["9:37:55 a.m. => time 577.9166666666666"]),
        ("the alarm rang at 02:15:10", None, &["02:15:10 => time 135.16666666666666"]),
        ("It's half past seven o'clock", None, &["half past seven o'clock => time 450"]),
        ("It's 20 min past eight in the evening", None, &["20 min past eight in the evening => time 1220"]),
        ("paid at 10 past 9", None, &["10 past 9 => time 550"]),
        ("It's 15 past seven o'clock", None, &["15 past seven o'clock => time 435"]),
        ("ten past 9 in the evening", None, &["ten past 9 in the evening => time 1270"]),
        ("fifteen past eight in the morning", None, &["fifteen past eight in the morning => time 495"]),
        ("at a quarter to eight", None, &["a quarter to eight => time 465"]),
        ("at twenty-five past six p.m.", None, &["twenty-five past six p.m. => time 1105"]),
        ("five o'clock in the afternoon", None, &["five o'clock in the afternoon => time 1020"]),
        ("at 4 o'clock in the morning", None, &["4 o'clock in the morning => time 240"]),
        ("at 1140 a.m.", None, &["1140 a.m. => time 700"]),
        ("open 4:00 to 7 oclock", None, &["4:00 to 7 oclock => time 240..420 range"]),
        // A goal tally, a past tense and a bare "half past" are not times.
        ("he put three past two defenders", None, &["three => number 3", "two => number 2 #defenders"]),
        // (A counted period, not a time: see `counted_periods`.)
        ("over the past two years", None, &["past two years => date ? year inferred relative"]),
        ("Half past the hour", None, &[]),
        ("a quarter of the past", None, &["a quarter => percent 25 %"]),
    ]);
}

#[test]
fn day_ranges_after_between_and_weeks() {
    check(&[
        (
            "out between 3 and 12 of Sept",
            PUB,
            &["between 3 and 12 of Sept => date 2026-09-03..2026-09-12 range day inferred"],
        ),
        (
            "between 6 and 8 June 2025",
            PUB,
            &["between 6 and 8 June 2025 => date 2025-06-06..2025-06-08 range day"],
        ),
        ("between 3 and 5 people", PUB, &["between 3 and 5 => number 3..5 range #people"]),
        ("I'll go back Oct/2", PUB, &["Oct/2 => date 2025-10-02 day inferred"]),
        ("about Jan/3", PUB, &["Jan/3 => date 2026-01-03 day inferred"]),
        ("the Jan/3/4 code", PUB, &["3 => number 3", "4 => number 4"]),
        ("the week of June 6", PUB, &["the week of June 6 => date 2026-06-01..2026-06-07 week inferred"]),
        (
            "the week beginning February 4, 2019",
            PUB,
            &["the week beginning February 4, 2019 => date 2019-02-04..2019-02-10 week"],
        ),
        (
            "the week starting on June 3",
            PUB,
            &["the week starting on June 3 => date 2026-06-01..2026-06-07 week inferred"],
        ),
        ("Show sales in the week 31", PUB, &["the week 31 => date 2026-07-27..2026-08-02 week inferred"]),
        ("the week 10 of 2019", PUB, &["the week 10 of 2019 => date 2019-03-04..2019-03-10 week"]),
        ("the week 1, 2020", PUB, &["the week 1, 2020 => date 2019-12-30..2020-01-05 week"]),
        ("the week 31", None, &["the week 31 => date ? week inferred"]),
        // Weeks of a sports season are not calendar weeks.
        ("the week 10 game", PUB, &["10 => number 10"]),
        ("in week 10, the Patriots", PUB, &["10 => number 10"]),
        ("the week 60", PUB, &["60 => number 60"]),
    ]);
}

#[test]
fn counted_periods() {
    check(&[
        // Whole calendar periods next to the current one (published Wednesday, June 10, 2026).
        (
            "Sales fell over the last 2 quarters",
            PUB,
            &["last 2 quarters => date 2025-10-01..2026-03-31 quarter inferred relative"],
        ),
        (
            "in the past three weeks",
            PUB,
            &["past three weeks => date 2026-05-18..2026-06-07 week inferred relative"],
        ),
        ("over the next 3 days", PUB, &["next 3 days => date 2026-06-11..2026-06-13 day inferred relative"]),
        (
            "in the coming two years",
            PUB,
            &["coming two years => date 2027-01-01..2028-12-31 year inferred relative"],
        ),
        (
            "over the next couple of weeks",
            PUB,
            &["next couple of weeks => date 2026-06-15..2026-06-28 week inferred relative"],
        ),
        (
            "within the next twenty-one days",
            PUB,
            &["next twenty-one days => date 2026-06-11..2026-07-01 day inferred relative"],
        ),
        ("in the last 5 years", None, &["last 5 years => date ? year inferred relative"]),
        // "previous" and "following" count from the story's time: no value.
        (
            "the previous three quarters",
            PUB,
            &["previous three quarters => date ? quarter inferred relative"],
        ),
        ("the following 2 weeks", PUB, &["following 2 weeks => date ? week inferred relative"]),
        // Not counted periods: one period, a vague count, units of a day, a huge count.
        ("the next 1 day", PUB, &["1 day => duration 1 day"]),
        ("in the last few weeks", PUB, &[]),
        ("in the past 24 hours", PUB, &["24 hours => duration 1 day"]),
        ("over the last 101 years", PUB, &["101 years => duration 36889.4925 day"]),
        ("the last 2 quarter results", PUB, &["2 => number 2 #results"]),
        ("next three quarters of a mile", PUB, &["three quarters => number 0.75"]),
    ]);
}

#[test]
fn weekdays_with_days_and_weeks() {
    check(&[
        (
            "We met on Tuesday of last week",
            PUB,
            &["Tuesday of last week => date 2026-06-02 day inferred relative"],
        ),
        ("on monday of next week", PUB, &["monday of next week => date 2026-06-15 day inferred relative"]),
        ("by Friday of this week", PUB, &["Friday of this week => date 2026-06-12 day inferred relative"]),
        (
            "on Monday of the following week",
            PUB,
            &["Monday of the following week => date ? day inferred relative"],
        ),
        ("next week Wednesday", PUB, &["next week Wednesday => date 2026-06-17 day inferred relative"]),
        ("last week Monday", PUB, &["last week Monday => date 2026-06-01 day inferred relative"]),
        // The nearest such day of the month on that weekday; a future word looks ahead.
        ("It was Friday the 13th", PUB, &["Friday the 13th => date 2026-03-13 day inferred relative"]),
        (
            "They will meet on Friday the 13th",
            PUB,
            &["Friday the 13th => date 2026-11-13 day inferred relative"],
        ),
        (
            "coffee on tuesday the eleventh.",
            PUB,
            &["tuesday the eleventh => date 2026-08-11 day inferred relative"],
        ),
        (
            "Wednesday the thirty first",
            PUB,
            &["Wednesday the thirty first => date 2025-12-31 day inferred relative"],
        ),
        (
            "Tuesday the 2nd at 7pm",
            PUB,
            &["Tuesday the 2nd => date 2026-06-02 day inferred relative", "7pm => time 1140"],
        ),
        ("Friday the 13th", None, &["Friday the 13th => date ? day inferred relative"]),
        // Not a day of the month: a round, a place, a week of last year.
        (
            "on Sunday the 4th round begins",
            PUB,
            &["Sunday => date 2026-06-07 day inferred relative", "4th => ordinal 4 #begins"],
        ),
        (
            "Monday the 1st-place team lost",
            PUB,
            &["Monday => date 2026-06-08 day inferred relative", "1st => ordinal 1"],
        ),
        ("Tuesday of the last week", PUB, &["Tuesday => date 2026-06-09 day inferred relative"]),
    ]);
}

#[test]
fn ranges_from_now() {
    check(&[
        (
            "between now and November 15th",
            PUB,
            &["between now and November 15th => date 2026-06-10..2026-11-15 range day inferred relative"],
        ),
        (
            "between Jan 22 and now",
            PUB,
            &["between Jan 22 and now => date 2026-01-22..2026-06-10 range day inferred relative"],
        ),
        // A date without a year is on the side of the publication day the range implies.
        (
            "between now and May 1",
            PUB,
            &["between now and May 1 => date 2026-06-10..2027-05-01 range day inferred relative"],
        ),
        (
            "from now until Sept. 1",
            PUB,
            &["from now until Sept. 1 => date 2026-06-10..2026-09-01 range day inferred relative"],
        ),
        (
            "between now and 2030",
            PUB,
            &["between now and 2030 => date 2026-06-10..2030-12-31 range year inferred relative"],
        ),
        (
            "between now and June 2027",
            None,
            &["between now and June 2027 => date ? range month inferred relative"],
        ),
        // No date on the other end.
        ("between now and then", PUB, &[]),
        ("from now on", PUB, &[]),
    ]);
}

/// Two dates of different forms joined by "to", "through", a dash, "from … until" or "between
/// … and" are one range from the first day of one to the last day of the other.
#[test]
fn ranges_of_mixed_forms() {
    check(&[
        (
            "closed from April until the end of June.",
            PUB,
            &["from April until the end of June => date 2026-04-01..2026-06-30 range month inferred"],
        ),
        (
            "held January 12, 2016 - 01/22/2016",
            PUB,
            &["January 12, 2016 - 01/22/2016 => date 2016-01-12..2016-01-22 range day"],
        ),
        (
            "from 2007 to the end of 2008",
            PUB,
            &["from 2007 to the end of 2008 => date 2007-01-01..2008-12-31 range year"],
        ),
        (
            "between the middle of March and the end of September",
            PUB,
            &["between the middle of March and the end of September => date 2026-03-11..2026-09-30 range part_of_month inferred"],
        ),
        (
            "in 2014 through May 2nd 2018",
            PUB,
            &["2014 through May 2nd 2018 => date 2014-01-01..2018-05-02 range year"],
        ),
        (
            "between 22/Jan/2026 and yesterday",
            PUB,
            &["between 22/Jan/2026 and yesterday => date 2026-01-22..2026-06-09 range day relative"],
        ),
        (
            "from Jan. 3 to yesterday",
            PUB,
            &["from Jan. 3 to yesterday => date 2026-01-03..2026-06-09 range day inferred relative"],
        ),
        (
            "from 10/1/2018 \u{2013} 10/7/2018",
            PUB,
            &["from 10/1/2018 \u{2013} 10/7/2018 => date 2018-10-01..2018-10-07 range day ambiguous"],
        ),
        // A second date without a year that the publication day put before the first is the
        // next one after it; relative dates never roll.
        (
            "between the middle of March and the end of September",
            Some("2024-05-15"),
            &["between the middle of March and the end of September => date 2024-03-11..2024-09-30 range part_of_month inferred"],
        ),
        (
            "shut from November to March",
            Some("2024-05-15"),
            &["from November to March => date 2023-11-01..2024-03-31 range month inferred"],
        ),
        (
            "on Friday - March 3 - it rained",
            Some("2024-05-15"),
            &["Friday => date 2024-05-10 day inferred relative", "March 3 => date 2024-03-03 day inferred"],
        ),
        // Not joined: a date restated between dashes, a second date that ends first, an
        // em dash, "until" without "from", "and" without "between", dates on two lines.
        (
            "on Tuesday - June 9 - police said",
            PUB,
            &["Tuesday => date 2026-06-09 day inferred relative", "June 9 => date 2026-06-09 day inferred"],
        ),
        (
            "in 2019 - March 2018 -",
            PUB,
            &["2019 => date 2019-01-01..2019-12-31 year", "March 2018 => date 2018-03-01..2018-03-31 month"],
        ),
        (
            "in 2019 \u{2014} May 2020",
            PUB,
            &["2019 => date 2019-01-01..2019-12-31 year", "May 2020 => date 2020-05-01..2020-05-31 month"],
        ),
        (
            "open in 2019 until May 2020",
            PUB,
            &["2019 => date 2019-01-01..2019-12-31 year", "May 2020 => date 2020-05-01..2020-05-31 month"],
        ),
        (
            "in 2019 and May 2020",
            PUB,
            &["2019 => date 2019-01-01..2019-12-31 year", "May 2020 => date 2020-05-01..2020-05-31 month"],
        ),
        (
            "in 2019 -\nMay 2020",
            PUB,
            &["2019 => date 2019-01-01..2019-12-31 year", "May 2020 => date 2020-05-01..2020-05-31 month"],
        ),
    ]);
}

#[test]
fn day_and_month_in_numbers() {
    check(&[
        ("I'll go back on 22/04", PUB, &["22/04 => date 2026-04-22 day inferred"]),
        ("done by Friday 5/12", PUB, &["Friday 5/12 => date 2026-05-12 day inferred ambiguous"]),
        ("done this 7/25, at the latest", PUB, &["7/25 => date 2026-07-25 day inferred"]),
        (
            "thursday 29/03 11.00am is good",
            PUB,
            &["29/03 => date 2026-03-29 day inferred", "11.00am => time 660"],
        ),
        ("from 10/1 to 11/7", PUB, &["10/1 to 11/7 => date 2025-10-01..2025-11-07 range day inferred"]),
        ("from 10/25 to 01/25", PUB, &["10/25 to 01/25 => date 2025-10-25..2026-01-25 range day inferred"]),
        ("2/29-3/1", PUB, &["2/29-3/1 => date 2024-02-29..2024-03-01 range day inferred"]),
        ("Feb 29", PUB, &["Feb 29 => date 2024-02-29 day inferred"]),
        ("on 5/12", None, &["5/12 => date ? day inferred ambiguous"]),
        // Not dates: no context word, a code, a fraction, a share of something, "24/7", "9/11".
        ("scored 6/4 6/3", PUB, &["6 => number 6", "4 => number 4", "6 => number 6", "3 => number 3"]),
        ("open 24/7", PUB, &["24 => number 24", "7 => number 7"]),
        ("since 9/11", PUB, &["9 => number 9", "11 => number 11"]),
        ("cut by 2/3", PUB, &["2/3 => number 0.666666666667"]),
        ("on 1/2 of the seats", PUB, &["1/2 => number 0.5"]),
        ("on 3/4 majority", PUB, &["3/4 => number 0.75"]),
        ("rose from 1/3 to 1/2", PUB, &["1/3 => number 0.333333333333", "1/2 => number 0.5"]),
        (
            "on 5/12/2026/7",
            PUB,
            &["5 => number 5", "12 => number 12", "2026 => number 2026", "7 => number 7"],
        ),
        ("on 5/12.5", PUB, &["5 => number 5", "12.5 => number 12.5"]),
    ]);
}

#[test]
fn month_names_between_numbers() {
    check(&[
        ("back Sep-23-2020.", None, &["Sep-23-2020 => date 2020-09-23 day"]),
        ("Filed 2019-aug-01 at noon", None, &["2019-aug-01 => date 2019-08-01 day", "noon => time 720"]),
        ("Filed 2020/Sep/23", None, &["2020/Sep/23 => date 2020-09-23 day"]),
        ("Filed 23/Sep/2020", None, &["23/Sep/2020 => date 2020-09-23 day"]),
        ("on july 4th of 1995", None, &["july 4th of 1995 => date 1995-07-04 day"]),
        (
            "from june 26th of 2020 to june 28th 2020",
            None,
            &["from june 26th of 2020 to june 28th 2020 => date 2020-06-26..2020-06-28 range day"],
        ),
        // A qualifier before a date or a time leaves it to the date parser; before a bare year
        // it stays with the figure.
        ("How about 2019-aug-1", None, &["2019-aug-1 => date 2019-08-01 day"]),
        ("How about 2019 q1", None, &["2019 q1 => date 2019-01-01..2019-03-31 quarter"]),
        // A hedged time is approximate (it was read as exact until 2026-12-04).
        ("at about 9:30 a.m.", None, &["9:30 a.m. => time 570 approx"]),
        ("about 2019", None, &["about 2019 => number 2019 approx"]),
        // Mixed separators and longer codes are not dates.
        ("23-Sep/2020", None, &["23 => number 23", "Sep/2020 => date 2020-09-01..2020-09-30 month"]),
        ("ref 2019-aug-01x", None, &["2019 => date 2019-01-01..2019-12-31 year", "01 => number 1 #x"]),
    ]);
}

#[test]
fn hour_ranges_with_a_part_of_the_day() {
    check(&[
        ("out 5 to seven in the morning", None, &["5 to seven in the morning => time 300..420 range"]),
        (
            "between 5 and 6 in the afternoon",
            None,
            &["between 5 and 6 in the afternoon => time 1020..1080 range"],
        ),
        (
            "from 3 in the morning until 5pm",
            None,
            &["from 3 in the morning until 5pm => time 180..1020 range"],
        ),
        ("11 to 1 in the afternoon", None, &["11 to 1 in the afternoon => time 660..780 range"]),
        // A score, a session, a bare hour: not times.
        ("won 3 to 1 in the evening", None, &["3 => number 3", "1 => number 1"]),
        ("rose from 3 to 5 in the morning session", None, &["3 => number 3", "5 => number 5"]),
        ("a three in the morning raid", None, &["three => number 3"]),
    ]);
}

#[test]
fn quarters_in_digits_and_lower_case() {
    check(&[
        (
            "the whole 1st quarter of 2013, was",
            None,
            &["1st quarter of 2013 => date 2013-01-01..2013-03-31 quarter"],
        ),
        ("the 2nd half of 2025", None, &["2nd half of 2025 => date 2025-07-01..2025-12-31 half"]),
        (
            "the 4th quarter of last year",
            PUB,
            &["4th quarter of last year => date 2025-10-01..2025-12-31 quarter inferred relative"],
        ),
        ("How about q3 2019", None, &["q3 2019 => date 2019-07-01..2019-09-30 quarter"]),
        ("h1 2026 sales", None, &["h1 2026 => date 2026-01-01..2026-06-30 half"]),
        // Without a year: a game's quarter, a lower-case code.
        ("in the 1st quarter he scored", None, &["1st => ordinal 1"]),
        ("q1 and q2 could be any year", None, &["1 => number 1", "2 => number 2"]),
        ("the 5th quarter of 2013", None, &["5th => ordinal 5", "2013 => date 2013-01-01..2013-12-31 year"]),
    ]);
}

#[test]
fn day_first_dates_with_hyphens_and_points() {
    // Read day first (the way these are written outside the US), `ambiguous` when the
    // month-first reading is also a valid, different day, as "6/7/2026" is the other way round.
    check(&[
        ("The meeting on 03-12-2026 was cancelled.", None, &["03-12-2026 => date 2026-12-03 day ambiguous"]),
        ("The meeting on 25-12-2026 was cancelled.", None, &["25-12-2026 => date 2026-12-25 day"]),
        ("The meeting on 12-25-2026 was cancelled.", None, &["12-25-2026 => date 2026-12-25 day"]),
        ("The meeting on 06-06-2026 was cancelled.", None, &["06-06-2026 => date 2026-06-06 day"]),
        ("The meeting on 03.12.2026 was cancelled.", None, &["03.12.2026 => date 2026-12-03 day ambiguous"]),
        ("The meeting on 25.12.2026 was cancelled.", None, &["25.12.2026 => date 2026-12-25 day"]),
        ("It was signed on 3.12.2026.", None, &["3.12.2026 => date 2026-12-03 day ambiguous"]),
        ("Signed (25.12.2026) by both", None, &["25.12.2026 => date 2026-12-25 day"]),
    ]);
}

#[test]
fn numbers_with_hyphens_and_points_that_are_not_dates() {
    // Only the kinds are checked where the figures themselves belong to the number tables.
    for input in ["code 31-31-2026 given", "code 03-12-5555 given", "scored 13-14-2026"] {
        let dates: Vec<String> = extract(input, Some(crate::check::day("2026-06-10")))
            .iter()
            .filter(|m| m.kind == Kind::Date)
            .map(|m| crate::check::render(m, input))
            .collect();
        assert!(dates.is_empty(), "{input:?}: {dates:?}");
    }
    check(&[
        // No valid day and month either way, a year out of range, a two-digit year, or
        // a longer code.
        ("version 1.2.3 ships", None, &[]),
        ("version 3.12.26 ships", None, &[]),
        ("build 03.12.2026.1 ships", None, &[]),
        ("the host 10.12.2026.4 answered", None, &[]),
    ]);
}

#[test]
fn times_with_a_point_on_a_24_hour_clock() {
    check(&[
        (
            "It happened at 22.10 on Monday.",
            PUB,
            &["22.10 => time 1330", "Monday => date 2026-06-08 day inferred relative"],
        ),
        (
            "It happened 22.10 IST on Monday.",
            PUB,
            &["22.10 IST => time 1330", "Monday => date 2026-06-08 day inferred relative"],
        ),
        ("It happened at 22:10 IST.", None, &["22:10 IST => time 1330"]),
        ("The train left at 22.10 hrs.", None, &["22.10 hrs => time 1330"]),
        ("The train left at 22:10 hrs.", None, &["22:10 hrs => time 1330"]),
        ("It left 22.10 local time.", None, &["22.10 local time => time 1330"]),
        ("The train left at 07.45 GMT.", None, &["07.45 GMT => time 465"]),
        ("At 22.10, the crowd left.", None, &["22.10 => time 1330"]),
        (
            "Kick-off is at 19.45 tonight",
            PUB,
            &["19.45 => time 1185", "tonight => date 2026-06-10 day inferred relative"],
        ),
        ("It began at 9.30pm.", None, &["9.30pm => time 1290"]),
        (
            "It began at 9.30 p.m. yesterday.",
            PUB,
            &["9.30 p.m. => time 1290", "yesterday => date 2026-06-09 day inferred relative"],
        ),
        ("It began at 10:10 p.m. local time.", None, &["10:10 p.m. local time => time 1330"]),
    ]);
}

#[test]
fn decimals_that_are_not_times() {
    // "22.10" is a decimal unless "at" comes before it (and no price verb before that, nor a
    // unit or counted noun after it), or a zone, "local time" or "hrs" after it.
    check(&[
        ("The index rose 22.10 points.", None, &["22.10 => number 22.1 #points"]),
        ("The index rose at 22.10 points.", None, &["22.10 => number 22.1 #points"]),
        (
            "Shares closed at 22.10 on Friday.",
            None,
            &["22.10 => number 22.1", "Friday => date ? day inferred relative"],
        ),
        ("The stock was trading at 12.45.", None, &["12.45 => number 12.45"]),
        ("Shares closed the day at 12.45.", None, &["12.45 => number 12.45"]),
        ("It is pegged to the euro at 7.45 to 1.", None, &["7.45 => number 7.45", "1 => number 1"]),
        ("The odds were at 7.45 to 1.", None, &["7.45 => number 7.45", "1 => number 1"]),
        ("It costs 22.10 dollars.", None, &["22.10 dollars => money 22.1 USD"]),
        ("priced at £12.45 each", None, &["£12.45 => money 12.45 GBP"]),
        ("The time was 22.10 exactly", None, &["22.10 => number 22.1"]),
        ("a rate of 12.75 percent", None, &["12.75 percent => percent 12.75 %"]),
        // Not a clock: minutes past 59 or hours past 23.
        ("at 22.75 the index", None, &["22.75 => number 22.75"]),
        ("at 25.10 the index", None, &["25.10 => number 25.1"]),
        // A duration in hours with two decimals.
        ("It took 2.25 hrs.", None, &["2.25 hrs => duration 0.09375 day"]),
        // A decimal before a.m./p.m. that no clock shows is neither a time nor a figure.
        ("He left at 3.5pm.", None, &[]),
        ("He left at 9.3 p.m. sharp", None, &[]),
    ]);
}

#[test]
fn outlet_names_are_not_today() {
    check(&[
        ("According to USA Today, 5 people died.", PUB, &["5 => number 5 #people"]),
        ("USA Today reported it.", PUB, &[]),
        ("He spoke to USA TODAY.", PUB, &[]),
        ("She told BBC Today on Radio 4.", PUB, &[]),
        ("an interview with India Today", PUB, &[]),
        // "today" itself stays a date.
        ("He left today.", PUB, &["today => date 2026-06-10 day inferred relative"]),
        ("Today, the USA voted.", PUB, &["Today => date 2026-06-10 day inferred relative"]),
        ("The USA today voted.", PUB, &["today => date 2026-06-10 day inferred relative"]),
        ("MARKETS FALL TODAY", PUB, &["TODAY => date 2026-06-10 day inferred relative"]),
    ]);
}

#[test]
fn wire_datelines_are_still_dates() {
    // The analysis drops a dateline's date (`engine::is_dateline`); extraction keeps it.
    check(&[(
        "LONDON, March 3 (Wire) - Shares rose 5%.",
        PUB,
        &["March 3 => date 2026-03-03 day inferred", "5% => percent 5 %"],
    )]);
}

#[test]
fn wire_datelines_are_left_out_of_the_analysis() {
    use crosscheck::engine::{article_mentions, Article};
    let body = "LONDON, March 3 (Wire) - Shares rose 5% on March 3.";
    let a = Article {
        body: body.to_string(),
        published: Some(crate::check::day("2026-06-10")),
        ..Article::default()
    };
    let got: Vec<String> = article_mentions(&a).iter().map(|m| crate::check::render(m, body)).collect();
    assert_eq!(got, vec!["5% => percent 5 %", "March 3 => date 2026-03-03 day inferred"]);
}
