//! Verdicts between two mentions: each row is two short texts (each with one figure or date,
//! and an optional publication date) and the verdict comparing their first mentions.

use crosscheck::engine::compare::{comparable, verdict};
use crosscheck::engine::{extract, Config, Verdict};

use crate::check::day;

type Side<'a> = (&'a str, Option<&'a str>);

fn check_verdicts(table: &[(Side, Side, Option<Verdict>)]) {
    let config = Config::default();
    let mut failures = Vec::new();
    for ((ta, pa), (tb, pb), want) in table {
        let a = extract(ta, pa.map(day));
        let b = extract(tb, pb.map(day));
        let (Some(ma), Some(mb)) = (a.first(), b.first()) else {
            failures.push(format!("{ta:?} / {tb:?}: no mention found"));
            continue;
        };
        let got = comparable(ma, mb).then(|| verdict(ma, ma.text(ta), mb, mb.text(tb), &config).0);
        if got != *want {
            failures.push(format!("{ta:?} vs {tb:?}: expected {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows failed:\n{}", failures.len(), table.len(), failures.join("\n"));
}

use Verdict::{Agree, Compatible, Diverge};

#[test]
fn numbers_and_rounding() {
    check_verdicts(&[
        (("12 workers", None), ("12 workers", None), Some(Agree)),
        (("12 workers", None), ("14 workers", None), Some(Diverge)),
        (("nine killed", None), ("eleven killed", None), Some(Diverge)),
        (("$7.31 billion", None), ("$7.3 billion", None), Some(Compatible)),
        (("$7.36 billion", None), ("$7.3 billion", None), Some(Diverge)),
        (("3.4%", None), ("3 percent", None), Some(Compatible)),
        (("3.6%", None), ("3 percent", None), Some(Diverge)),
        (("16.4 million", None), ("16 million", None), Some(Compatible)),
        (("more than 16 million", None), ("16 million", None), Some(Compatible)),
        (("more than 16 million", None), ("more than 16 million", None), Some(Agree)),
        (("1,200 homes", None), ("1,234 homes", None), Some(Compatible)),
        (("30 boats", None), ("32 boats", None), Some(Diverge)),
        (("four", None), ("three", None), Some(Diverge)),
        (("twelve", None), ("12", None), Some(Agree)),
        (("a dozen", None), ("12", None), Some(Agree)),
    ]);
}

#[test]
fn bounds_and_approximations() {
    check_verdicts(&[
        (("at least 30", None), ("30", None), Some(Compatible)),
        (("at least 30", None), ("25", None), Some(Diverge)),
        (("more than 800 hectares", None), ("some 850 hectares", None), Some(Compatible)),
        (("more than 800 hectares", None), ("700 hectares", None), Some(Diverge)),
        (("about 40", None), ("43", None), Some(Compatible)),
        (("about 40", None), ("60", None), Some(Diverge)),
        (("nearly 900", None), ("880", None), Some(Compatible)),
        (("nearly 900", None), ("950", None), Some(Diverge)),
        (("fewer than five", None), ("four", None), Some(Compatible)),
        (("fewer than five", None), ("six", None), Some(Diverge)),
        (("up to 40", None), ("35", None), Some(Compatible)),
        (("between 5 and 6", None), ("5.5", None), Some(Compatible)),
        (("between 5 and 6", None), ("8", None), Some(Diverge)),
        (("two to three weeks", None), ("three weeks", None), Some(Compatible)),
        (("more than 16 million", None), ("40 million", None), Some(Diverge)),
    ]);
}

#[test]
fn units_currencies_and_periods() {
    check_verdicts(&[
        (("3.5 tonnes", None), ("3,500 kg", None), Some(Compatible)),
        (("10 km", None), ("10 km", None), Some(Agree)),
        (("2,000 acres", None), ("809 hectares", None), Some(Compatible)),
        (("60 mph", None), ("97 km/h", None), Some(Compatible)),
        (("$5 million", None), ("5 million dollars", None), Some(Agree)),
        (("$5 million", None), ("€5 million", None), None),
        (("$5 million a month", None), ("$5 million a year", None), None),
        (("5%", None), ("5 percentage points", None), None),
        (("24 hours", None), ("one day", None), Some(Compatible)),
    ]);
}

#[test]
fn dates() {
    check_verdicts(&[
        (("in January 2026", None), ("in January 2026", None), Some(Agree)),
        (("in January 2026", None), ("in January", Some("2026-03-01")), Some(Agree)),
        (("in late 2027", None), ("in 2027", None), Some(Compatible)),
        (("on June 6, 2026", None), ("in June 2026", None), Some(Compatible)),
        (("built in 1971", None), ("built in 1973", None), Some(Diverge)),
        (("on Friday", Some("2026-04-12")), ("on April 11, 2026", None), Some(Diverge)),
        (("on Friday", Some("2026-04-12")), ("on April 10, 2026", None), Some(Agree)),
        (("on Friday", None), ("on Saturday", None), Some(Diverge)),
        (("on Friday", None), ("on Friday", None), Some(Agree)),
        (("in mid-May 2026", None), ("on May 15, 2026", None), Some(Compatible)),
        (("in mid-May 2026", None), ("on May 28, 2026", None), Some(Diverge)),
        (("in the first quarter of 2026", None), ("in February 2026", None), Some(Compatible)),
    ]);
}
