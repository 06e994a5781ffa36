//! Holidays as days ("Christmas Eve", "Easter 2018", "last Thanksgiving") and where their
//! names are not dates ("Black Friday sales", "the Good Friday Agreement"). Each row: input,
//! publication date, expected mentions; rows use a Wednesday publication date, 2026-06-10.

use crate::check::{check, PUB};

#[test]
fn fixed_holidays() {
    check(&[
        // Without a year, the year is inferred as for a month alone (December is in 2025).
        ("The fire broke out on Christmas Eve.", PUB, &["Christmas Eve => date 2025-12-24 day inferred"]),
        ("They met on Christmas Day, 2019.", PUB, &["Christmas Day, 2019 => date 2019-12-25 day"]),
        ("Shops closed over Christmas", PUB, &["Christmas => date 2025-12-25 day inferred"]),
        ("A storm hit on Boxing Day.", PUB, &["Boxing Day => date 2025-12-26 day inferred"]),
        ("on New Year's Eve", PUB, &["New Year's Eve => date 2025-12-31 day inferred"]),
        ("on New Year's Day", PUB, &["New Year's Day => date 2026-01-01 day inferred"]),
        ("since Halloween", PUB, &["Halloween => date 2025-10-31 day inferred"]),
        ("on Juneteenth", PUB, &["Juneteenth => date 2026-06-19 day inferred"]),
        ("parades on Bastille Day", PUB, &["Bastille Day => date 2026-07-14 day inferred"]),
        ("Fourth of July 1995", PUB, &["Fourth of July 1995 => date 1995-07-04 day"]),
        // A future word puts an inferred day ahead, as for months.
        ("The shop will reopen on Boxing Day", PUB, &["Boxing Day => date 2026-12-26 day inferred"]),
    ]);
}

#[test]
fn movable_holidays() {
    check(&[
        ("on Easter 2018", PUB, &["Easter 2018 => date 2018-04-01 day"]),
        ("Easter 2024.", PUB, &["Easter 2024 => date 2024-03-31 day"]),
        ("on Good Friday 2019", PUB, &["Good Friday 2019 => date 2019-04-19 day"]),
        ("on Easter Monday", PUB, &["Easter Monday => date 2026-04-06 day inferred"]),
        ("on Thanksgiving Day", PUB, &["Thanksgiving Day => date 2025-11-27 day inferred"]),
        ("on Black Friday 2010", PUB, &["Black Friday 2010 => date 2010-11-26 day"]),
        ("by Memorial Day.", PUB, &["Memorial Day => date 2026-05-25 day inferred"]),
        ("after Labor Day", PUB, &["Labor Day => date 2026-09-07 day inferred"]),
        // "last", "this", "next": the latest before publication, this year's, the first after.
        ("When was last Easter?", PUB, &["last Easter => date 2026-04-05 day inferred relative"]),
        ("next Easter", PUB, &["next Easter => date 2027-03-28 day inferred relative"]),
        ("this Thanksgiving", PUB, &["this Thanksgiving => date 2026-11-26 day inferred relative"]),
        ("last Christmas", PUB, &["last Christmas => date 2025-12-25 day inferred relative"]),
    ]);
}

#[test]
fn holiday_names_that_are_not_days() {
    check(&[
        ("Black Friday sales rose", PUB, &[]),
        ("Christmas shopping began early", PUB, &[]),
        ("the Good Friday Agreement", PUB, &[]),
        ("Easter eggs", PUB, &[]),
        // Ordinary words that begin names need their capital.
        ("a good friday for markets", PUB, &[]),
        ("a new year day", PUB, &[]),
        // "Labour Day" and "Independence Day" differ by country and are not read.
        ("on Labour Day", PUB, &[]),
        ("on Independence Day", PUB, &[]),
        ("The Boxing Day Test", PUB, &[]),
    ]);
}
