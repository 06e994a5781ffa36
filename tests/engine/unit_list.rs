//! The unit list (`data/units.txt`, read by src/engine/unit.rs): the built-in list is read
//! whole, and a file that is not a unit list is refused, with the line that shows it, rather
//! than read in part.

use crosscheck::engine::unit::{check, installed, BUILT_IN};

#[test]
fn the_built_in_list_is_read_and_installed() {
    // Phrases of units, currency words, currency signs and periods, then codes.
    assert_eq!(check(BUILT_IN), Ok([278, 71, 35, 34, 37]), "data/units.txt is refused or changed");
    assert!(installed(), "native lookups read the built-in list");
}

#[test]
fn what_is_not_a_unit_list_is_refused() {
    let rows: &[(&'static str, Result<[usize; 5], String>)] = &[
        ("<!DOCTYPE html><title>404 Not Found</title>", Err("line 1 is not a unit list entry".into())),
        ("", Err("it has no units or no currency codes".into())),
        ("# only a comment\n\nunit m 1 | m, metre", Err("it has no units or no currency codes".into())),
        ("unit m one | metre\ncodes | USD", Err("line 1 is not a unit list entry".into())),
        ("unit m 1/x | metre\ncodes | USD", Err("line 1 is not a unit list entry".into())),
        (
            "unit m 1 | metre\nsize m 2 | double metre\ncodes | USD",
            Err("line 2 is not a unit list entry".into()),
        ),
        ("unit m 1 metre\ncodes | USD", Err("line 1 is not a unit list entry".into())),
        ("unit m 0.5 | half metre, half metres\ncurrency EUR | euro\ncodes | USD EUR", Ok([2, 1, 0, 0, 2])),
        ("unit day 1/24 | hour\nperiod year | a year\nsymbol USD | $\ncodes | USD", Ok([1, 0, 1, 1, 1])),
    ];
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|(text, want)| {
            let got = check(text);
            (got != *want).then(|| format!("input: {text:?}\n  expected: {want:?}\n  got:      {got:?}"))
        })
        .collect();
    crate::check::assert_rows(&failures, rows.len());
}
