//! Things that look like figures but are not: names and codes, URLs, phone numbers,
//! versions, footnote and list markers, and the web-page clutter pasted along with articles.

use crate::check::check;

#[test]
fn names_and_codes_are_not_figures() {
    check(&[
        ("the Colossus-1 cluster", None, &[]),
        ("during COVID-19 lockdowns", None, &[]),
        ("a new Boeing 737 jet", None, &[]),
        ("runs on Windows 11 only", None, &[]),
        ("the Airbus A320 family", None, &[]),
        // A variant after a glued hyphen is the model's too; a range of figures stays one.
        ("a new Boeing 737-800 jet", None, &[]),
        // A maker's name in capitals before a model and its variant; a currency code before a
        // range keeps it.
        ("an ATR 72-600 carrying 72 people", None, &["72 => number 72 #people"]),
        ("USD 100-200", None, &["USD 100-200 => money 100..200 USD range"]),
        // A possessive's figure is no model's number, nor is a name's figure in a list of
        // results.
        ("just 9 of Scotland's 57 seats", None, &["9 => number 9", "57 => number 57 #seats"]),
        ("as the WHO's 406 cases show", None, &["406 => number 406 #cases"]),
        ("seats: SPD 32, AfD 31, Greens 6", None, &["32 => number 32", "31 => number 31", "6 => number 6"]),
        ("Khammam 72 and Karimnagar 40 deaths", None, &["72 => number 72", "40 => number 40 #deaths"]),
        ("the AfD 30, the BSW 14", None, &["30 => number 30", "14 => number 14"]),
        ("and the Conservatives 121.", None, &["121 => number 121"]),
        ("in Malawi 59 people died", None, &["59 => number 59 #people"]),
        ("a Boeing 737 and an Airbus jet", None, &[]),
        ("the Windows 11 update", None, &[]),
        (
            "graduated from Hopkins 60 years ago",
            Some("2025-06-01"),
            &["60 years ago => date 1965-01-01..1965-12-31 year inferred relative"],
        ),
        ("the Airbus A321-200 family", None, &[]),
        ("Officials said 12-15 people were hurt", None, &["12-15 => number 12..15 range #people"]),
        ("an F-35 fighter", None, &[]),
        ("CO2 emissions", None, &[]),
        ("5G networks", None, &[]),
        ("a 3D printer", None, &[]),
        ("flight MH17 was", None, &[]),
        ("the iPhone 15 launch", None, &[]),
        ("filed for Chapter 11 protection", None, &[]),
        ("Boeing sold 40 jets", None, &["40 => number 40 #jets"]),
        ("Apple shares rose 3%", None, &["3% => percent 3 %"]),
        ("In 12 cases", None, &["12 => number 12 #cases"]),
        ("The G7 summit", None, &[]),
        // Unit abbreviations glued to the digits keep them figures.
        ("limited to 10kmph near schools", None, &["10kmph => quantity 10 km/h"]),
        ("a 5mcg tablet", None, &["5mcg => quantity 0.000000005 kg"]),
        ("the 5ph reading", None, &[]),
    ]);
}

#[test]
fn urls_emails_and_phones_are_not_figures() {
    check(&[
        ("see https://example.com/2026/06/06/fire-12-hurt for more", None, &[]),
        ("visit www.example.org/report2026 now", None, &[]),
        ("mail tips2026@example.com now", None, &[]),
        ("call 555-123-4567 now", None, &[]),
        ("call (555) 123-4567 now", None, &[]),
        ("call +44 20 7946 0958 now", None, &[]),
        ("call 555.123.4567 now", None, &[]),
        ("example.com/story.html", None, &[]),
    ]);
}

#[test]
fn versions_and_addresses_are_not_figures() {
    check(&[
        ("version 1.2.3 ships", None, &[]),
        ("the host 192.168.1.2 answered", None, &[]),
        ("a v2 model", None, &[]),
        ("upgrade to 4.5.1 now", None, &[]),
    ]);
}

#[test]
fn footnote_and_list_markers_are_not_figures() {
    check(&[
        ("1.The company said", None, &[]),
        ("costs rose sharply.3 Analysts said", None, &[]),
        ("as reported[12] by the paper", None, &[]),
        ("1. First item\n2. Second item", None, &[]),
        ("Intro\n3) A third point", None, &["third => ordinal 3"]),
        ("it fell 3. The next day", None, &["3 => number 3"]),
        // A footnote glued to a word with a colon; a ratio or a clock time is no footnote.
        ("as Anthropic disclosed in a:3 The company", None, &[]),
        ("a ratio of 3:1", None, &["3 => number 3", "1 => number 1"]),
        ("at 10:30 a.m.", None, &["10:30 a.m. => time 630"]),
        // Ordinal words opening a sentence as list markers.
        ("First, it shows why. Third, the case touches on rights.", None, &[]),
        ("It shows why. And fourth, the fines are large.", None, &[]),
        ("Second: the rules apply.", None, &[]),
        ("The third, and final, vote passed.", None, &["third => ordinal 3"]),
        ("It came third, behind Orrin.", None, &["third => ordinal 3"]),
        ("The fourth vote passed.", None, &["fourth => ordinal 4"]),
    ]);
}

#[test]
fn ordinal_compounds_are_not_figures() {
    check(&[
        ("engineers used third-party accounts", None, &[]),
        ("a usage-by-third-party-harnesses crackdown", None, &[]),
        ("a second-hand car", None, &[]),
        ("a first-class seat", None, &[]),
        ("a third-rate show", None, &[]),
        // A period or a rank is still a figure.
        (
            "the third-quarter deficit",
            Some("2026-06-10"),
            &["the third-quarter => date 2026-07-01..2026-09-30 quarter inferred"],
        ),
        ("its third-largest plant", None, &["third => ordinal 3"]),
        ("came third - party leaders said", None, &["third => ordinal 3"]),
    ]);
}

#[test]
fn web_page_clutter() {
    check(&[
        // A comment counter on a line of its own is the page's, not the story's.
        ("Share\nShare IconCopy\n12 comments", None, &[]),
        ("Read more: https://news.example.com/a?id=12345&page=2", None, &[]),
        ("\u{200b}\u{feff}40 homes", None, &["40 => number 40 #homes"]),
        ("", None, &[]),
        ("   \n\t ", None, &[]),
        ("\u{202e}12\u{202c} boats", None, &["12 => number 12"]),
        // When the page changed, not when anything happened.
        ("Updated 14 hours ago\nThe company said", None, &[]),
        ("Last updated: 3 days ago\nThe company said", None, &[]),
        ("Posted 2 hours ago | Tech\nThe company said", None, &[]),
        ("The plant was updated 14 hours ago.", None, &["14 hours => duration 0.583333333333 day"]),
        ("Updated rules took 14 hours to draft.", None, &["14 hours => duration 0.583333333333 day"]),
        // URLs without digits hide words read as figures too.
        ("see https://example.com/a-third-party-story now", None, &[]),
        // Scientific notation is a figure, not a code glued to letters; "1e10x" still is one.
        ("a mass of 1e10 kg", None, &["1e10 kg => quantity 10000000000 kg"]),
        ("part 1e10x ships", None, &[]),
    ]);
}

#[test]
fn more_phone_numbers() {
    check(&[
        ("Call (555) 123-4567 for tickets.", None, &[]),
        ("Call 0800 123 456 for help.", None, &[]),
        ("Call 0800 123 4567 for help.", None, &[]),
        ("Call 020 7946 0000 now.", None, &[]),
        ("Call +44 20 7946 0000 now.", None, &[]),
        ("Call 1-800-273-8255 for help.", None, &[]),
        ("Call (020) 7946 0000 now.", None, &[]),
        // Figures with a leading zero that are too short to be a number to call.
        ("It went from 0 to 60 mph.", None, &["0 => number 0", "60 mph => quantity 96.56064 km/h"]),
        (
            "The 007 films made 250 million.",
            None,
            &["007 => number 7 #films", "250 million => number 250000000"],
        ),
        ("It scored 05 and 10 points", None, &["05 => number 5", "10 => number 10 #points"]),
    ]);
}

#[test]
fn page_counters_plans_and_names() {
    check(&[
        ("Comments (0)", None, &[]),
        ("Comments (12)", None, &[]),
        ("Fire.\n12 comments | Share this story", None, &[]),
        ("Share this page | 88 comments", None, &[]),
        ("Text.\n412 comments\n", None, &[]),
        ("The post drew 12 comments from readers.", None, &["12 => number 12 #comments"]),
        // A reading time in a byline is the page's, not the story's.
        ("By Ana Ruiz | 6 min read", None, &[]),
        ("Markets\n7 mins read\nShares fell.", None, &[]),
        ("The 6 min read drew praise.", None, &["6 => number 6"]),
        ("He shared 40 views | and more", None, &[]),
        ("Share\nComments (12)\nThe company said", None, &[]),
        ("Replies (3)", None, &[]),
        // A count in parentheses after other words stays a figure.
        ("the victims (12) were named", None, &["12 => number 12"]),
        ("Save to your 401(k) plan.", None, &[]),
        ("a 403(b) account", None, &[]),
        ("a 501(c)(3) charity", None, &[]),
        // A name with a number after a spaced hyphen.
        ("He flew the Probe -3 mission.", None, &[]),
        ("the Mariner -4 flyby", None, &[]),
        // A spaced dash on both sides is punctuation: the figure after it stays.
        ("said Smith - 40 people were hurt", None, &["40 => number 40 #people"]),
        ("Apollo - 11 landed.", None, &["11 => number 11"]),
        // A sign before a unit or a percentage stays a sign.
        ("London -3C and Paris -5C", None, &["-3C => quantity -3 degC", "-5C => quantity -5 degC"]),
        ("Brent -3% on the day", None, &["-3% => percent -3 %"]),
        ("It fell to -3 degrees", None, &["-3 degrees => quantity -3 deg"]),
        ("Temperatures -3 overnight", None, &["-3 => number -3"]),
    ]);
}

#[test]
fn update_lines_stay_page_furniture() {
    // "Updated 3 hours ago" opening a line says when the page changed (noise); in a sentence
    // "3 hours" is a duration, as the "ago" date reader leaves hours and minutes to figures.
    check(&[
        ("Updated 3 hours ago", None, &[]),
        ("Updated 3 hours ago\nShares rose 5%", None, &["5% => percent 5 %"]),
        ("It was updated 3 hours ago.", None, &["3 hours => duration 0.125 day"]),
        // A date or time after the opener, on its own line or after a byline's bar: when
        // the page changed, whatever follows on that line.
        ("Updated: 16 Jul 2025, 14:05 IST | 3 min read\nShares rose 5%", None, &["5% => percent 5 %"]),
        ("By Staff Reporter | Pune | Updated: August 17, 2025 21:15 IST\nIt rained.", None, &[]),
        ("Published 12 March 2026 · 4 min read", None, &[]),
        // A sentence keeps its figures: a full stop at the line's end, a word after the opener,
        // or a line too long to be furniture.
        ("Updated figures show 40 homes lost.", None, &["40 => number 40 #homes"]),
        ("Posted 12 March, the letter warned of 40 job cuts.", None, &["12 March => date ? day inferred", "40 => number 40 #cuts"]),
        ("Published 2025 data from the agency show that prices rose 5% in the year, while wages rose 3% and rents climbed 7% across the whole country as a result", None, &["2025 => date 2025-01-01..2025-12-31 year", "5% => percent 5 %", "3% => percent 3 %", "7% => percent 7 %"]),
    ]);
}
