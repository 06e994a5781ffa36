//! The word lists' file (`data/words.txt`, read by src/engine/unit.rs and words.rs): the
//! built-in file is read whole, and a file that is not a unit list, or lacks a word list, is
//! refused, with the line or list that shows it, rather than read in part.

use crosscheck::engine::unit::{check, installed};
use crosscheck::engine::words::{self, has, List, BUILT_IN};

#[test]
fn the_built_in_list_is_read_and_installed() {
    // Phrases of units, currency words, currency signs and periods, then codes.
    assert_eq!(check(BUILT_IN), Ok([406, 141, 53, 40, 54]), "data/words.txt's units are refused or changed");
    assert!(installed(), "native lookups read the built-in list");
    // Words of each list, in the order of `List` and of the file.
    let sizes = vec![
        67, 111, 21, 8, 22, 108, 53, 32, 24, 30, 20, 10, 7, 47, 53, 18, 24, 8, 6, 16, 15, 35, 4, 14, 4, 4, 2,
        16, 7, 2, 5, 6, 2, 4, 3, 1, 3, 1, 15, 6, 11, 9, 11, 24, 10, 7, 12, 30, 13, 35, 16, 18, 25, 18, 18,
        46, 28, 40, 14, 12, 44,
    ];
    assert_eq!(words::check(BUILT_IN), Ok(sizes), "data/words.txt's word lists are refused or changed");
    assert!(has(List::Furniture, "read more") && has(List::CountStop, "of") && !has(List::Roles, "police"));
    // One name per feature of the comparison vector, commas and all.
    let names = crosscheck::engine::features::names();
    assert_eq!(names.len(), crosscheck::engine::features::COUNT);
    assert_eq!(names[9], "same role (killed, started, ...)");
}

#[test]
fn a_file_without_every_word_list_is_refused() {
    let all = BUILT_IN.lines().filter(|l| l.starts_with("list ")).collect::<Vec<_>>().join("\n");
    let leak = |s: String| -> &'static str { s.leak() };
    let rows: Vec<(&'static str, Result<usize, String>)> = vec![
        ("<!DOCTYPE html><title>404 Not Found</title>", Err("it has 0 word lists, not 61".into())),
        (leak(all.clone()), Ok(61)),
        (
            leak(all.replace("list roles | ", "list rolls | ")),
            Err("list 13 is \"rolls\", not \"roles\"".into()),
        ),
        (
            leak(all.replace("list year-cues | ", "# list year-cues | ")),
            Err("list 5 is \"context-stop\", not \"year-cues\"".into()),
        ),
    ];
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|(text, want)| {
            let got = words::check(text).map(|sizes| sizes.len());
            (got != *want).then(|| format!("input: {:.60?}\n  expected: {want:?}\n  got:      {got:?}", text))
        })
        .collect();
    crate::check::assert_rows(&failures, rows.len());
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
        // A unit that is a rate names one period, no more.
        ("unit l 1 day | bpd\ncodes | USD", Ok([1, 0, 0, 0, 1])),
        ("unit l 1 day week | bpd\ncodes | USD", Err("line 1 is not a unit list entry".into())),
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
