//! Page furniture in text copied or imported from news pages (`engine::furniture::tidy`). Each
//! row: an invented page's text as it arrives, the article that must come out (in the
//! plain-text format, so the title, source and date the cleanup filled in show as header
//! lines), and the lines that must be dropped, in order. Every line of the input is in one of
//! the two, so each row says both what must go and what must stay.

use crosscheck::engine::furniture::tidy;
use crosscheck::engine::Article;

use super::check::assert_rows;

/// Tidy every input; report every row whose article or dropped lines differ.
fn check_tidy(table: &[(&str, &str, &[&str])]) {
    let mut failures = Vec::new();
    for (input, want_text, want_dropped) in table {
        let t = tidy(&Article::parse(input));
        let got = t.article.to_text();
        if got != *want_text || t.dropped != *want_dropped {
            failures.push(format!(
                "input:\n{input}\n  expected:\n{want_text}\n  dropped {want_dropped:?}\n  got:\n{got}\n  dropped {:?}",
                t.dropped
            ));
        }
        // Tidying twice changes nothing more: the cleanup is stable.
        let again = tidy(&t.article);
        if again.article != t.article || !again.dropped.is_empty() {
            failures.push(format!("tidying {input:?} again dropped {:?}", again.dropped));
        }
    }
    assert_rows(&failures, table.len());
}

#[test]
fn share_bars_counters_and_links_go() {
    check_tidy(&[
        (
            "Skip to main content\nMenu\nFerry service to Orla Island cut to two sailings\n\
             By Ines Marlow | Ostvale Courier\nPublished 14 March 2026, 09:40\n\
             Share\nFacebook Twitter LinkedIn Email\n14 comments\n\n\
             The island's ferry will run twice a day from April, down from five, the operator said.\n\n\
             Read more: Harbour fees rise for the third year\n\n\
             About 1,300 people live on Orla year-round.\n\nAdvertisement\n\n\
             The council said 12 comments were received during consultation.\n\
             Share prices of the operator fell 4% on Friday.\n\
             © 2026 Ostvale Courier. All rights reserved.",
            "Title: Ferry service to Orla Island cut to two sailings\nSource: Ostvale Courier\n\
             Published: 2026-03-14\n\n\
             The island's ferry will run twice a day from April, down from five, the operator said.\n\n\
             About 1,300 people live on Orla year-round.\n\n\
             The council said 12 comments were received during consultation.\n\
             Share prices of the operator fell 4% on Friday.",
            &[
                "Skip to main content",
                "Menu",
                "By Ines Marlow | Ostvale Courier",
                "Published 14 March 2026, 09:40",
                "Share",
                "Facebook Twitter LinkedIn Email",
                "14 comments",
                "Read more: Harbour fees rise for the third year",
                "Advertisement",
                "© 2026 Ostvale Courier. All rights reserved.",
            ],
        ),
        (
            "Comments (38)\nListen to this article · 4 min\n4 min read\nShare: X · WhatsApp · Copy link\n\
             Crews cleared 2.5 km of track by noon.\nRelated stories\nTrack repairs delayed again\n\
             Photo: A crane lifts a rail section near Dunmore. (Photo by Staff)\n\
             Reporting by Omar Vance; Editing by Lise Kerr\n(Photos: Dunmore Rail)\nCopyright 2026 Dunmore Post",
            // A related link's bare headline cannot be told from text; with its markup it goes.
            "Crews cleared 2.5 km of track by noon.\nTrack repairs delayed again",
            &[
                "Comments (38)",
                "Listen to this article · 4 min",
                "4 min read",
                "Share: X · WhatsApp · Copy link",
                "Related stories",
                "Photo: A crane lifts a rail section near Dunmore. (Photo by Staff)",
                "Reporting by Omar Vance; Editing by Lise Kerr",
                "(Photos: Dunmore Rail)",
                "Copyright 2026 Dunmore Post",
            ],
        ),
    ]);
}

#[test]
fn sentences_that_look_like_furniture_stay() {
    check_tidy(&[(
        "Title: Flood defences\n\n\
             By Friday, 40 homes had been evacuated.\n\
             Published figures show 3,200 households were affected.\n\
             Updated rules took 14 hours to draft.\n\
             Share of renters rose to 31%.\n\
             Comments from residents filled 3 hours of the meeting.\n\
             Copyrighted flood maps cost the council £4,000.\n\
             Photographers counted 12 boats on the river.",
        "Title: Flood defences\n\n\
             By Friday, 40 homes had been evacuated.\n\
             Published figures show 3,200 households were affected.\n\
             Updated rules took 14 hours to draft.\n\
             Share of renters rose to 31%.\n\
             Comments from residents filled 3 hours of the meeting.\n\
             Copyrighted flood maps cost the council £4,000.\n\
             Photographers counted 12 boats on the river.",
        &[],
    )]);
}

#[test]
fn title_source_and_date_are_found() {
    check_tidy(&[
        // A byline with a writer's job names no outlet; its date stands.
        (
            "Bridge on Route 9 to reopen in May\nBy Dana Okafor, Staff Writer · 2 February 2026\n\n\
             The 240-metre bridge has been shut since October.",
            "Title: Bridge on Route 9 to reopen in May\nPublished: 2026-02-02\n\n\
             The 240-metre bridge has been shut since October.",
            &["By Dana Okafor, Staff Writer · 2 February 2026"],
        ),
        // An update's date is used only when no other line gives one.
        (
            "Water main bursts on Calder Street\nUpdated: 9 June 2026\n\nAbout 600 homes lost supply.",
            "Title: Water main bursts on Calder Street\nPublished: 2026-06-09\n\nAbout 600 homes lost supply.",
            &["Updated: 9 June 2026"],
        ),
        (
            "Water main bursts on Calder Street\nPublished June 8, 2026\nUpdated June 9, 2026\nLast updated 3 hours ago\n\n\
             About 600 homes lost supply.",
            "Title: Water main bursts on Calder Street\nPublished: 2026-06-08\n\nAbout 600 homes lost supply.",
            &["Published June 8, 2026", "Updated June 9, 2026", "Last updated 3 hours ago"],
        ),
        // A dateline stays in the text, where the engine finds the date.
        (
            "Mill closes after 90 years\n\nHALVERN, March 3, 2026 — The last mill in Halvern shut on Tuesday.",
            "Title: Mill closes after 90 years\n\nHALVERN, March 3, 2026 — The last mill in Halvern shut on Tuesday.",
            &[],
        ),
        // The page's heading repeating the given title goes; given fields are kept.
        (
            "Title: Mill closes\nSource: Halvern Post\nPublished: 2026-03-03\n\nMill closes\nBy Ana Ruiz | Other Paper\n\n\
             The mill employed 85 people.",
            "Title: Mill closes\nSource: Halvern Post\nPublished: 2026-03-03\n\nThe mill employed 85 people.",
            &["Mill closes", "By Ana Ruiz | Other Paper"],
        ),
        // A byline's outlet replaces a bare host name, never an outlet's name.
        (
            "Title: Mill closes\nSource: halvern-post.example\n\nBy Ana Ruiz · Halvern Post\nThe mill employed 85 people.",
            "Title: Mill closes\nSource: Halvern Post\n\nThe mill employed 85 people.",
            &["By Ana Ruiz · Halvern Post"],
        ),
        // A first line that ends a sentence is not a headline, nor is a lone paragraph.
        (
            "The mill employed 85 people.\nIt closed on Tuesday.",
            "The mill employed 85 people.\nIt closed on Tuesday.",
            &[],
        ),
        ("Mill closes after 90 years", "Mill closes after 90 years", &[]),
    ]);
}

/// Analyse each body (published 2026-06-10) and report every row whose mentions, rendered as
/// in the extraction tables, differ: the page's own times and dates must not be among them.
fn check_metadata(table: &[(&str, &[&str])]) {
    use crosscheck::engine::article_mentions;
    let mut failures = Vec::new();
    for (body, want) in table {
        let a = Article {
            body: body.to_string(),
            published: Some(crate::check::day("2026-06-10")),
            ..Article::default()
        };
        let got: Vec<String> = article_mentions(&a).iter().map(|m| crate::check::render(m, body)).collect();
        if got != *want {
            failures.push(format!("{body:?}\n  expected {want:?}\n  got      {got:?}"));
        }
    }
    assert_rows(&failures, table.len());
}

#[test]
fn the_pages_own_times_and_dates_are_not_compared() {
    check_metadata(&[
        // A row of metadata loses its clock time; a byline or stamp its date as well.
        (
            "Mumbai Bureau | Nov 9, 2026, 11:20 IST | Markets\n\nSix died.",
            &["Nov 9, 2026 => date 2026-11-09 day", "Six => number 6"],
        ),
        ("By Ana Ruiz | Tuesday 3 March 2026 | 12 comments\n\nSix died.", &["Six => number 6"]),
        ("Updated 15:40 GMT, 4 March 2026\n\nSix died.", &["Six => number 6"]),
        ("Posted Tue 28 Nov 2017, 5:52pm AEDT | Updated 8:10pm AEDT\n\nSix died.", &["Six => number 6"]),
        ("By Ana Ruiz, Senior Reporter · 16:48 CEST\nSix died.", &["Six => number 6"]),
        // A live blog's day heading is the story's day: its date stays, its time goes.
        (
            "Friday 29 January 2016 | All times GMT | 07:40\n\nSix died.",
            &["Friday 29 January 2016 => date 2016-01-29 day", "Six => number 6"],
        ),
        // Rows with other figures, lines that end a sentence and a fiscal year stay whole.
        (
            "Labour | 412 | 33.7%\nTories | 121 | 23.7%",
            &["412 => number 412", "33.7% => percent 33.7 %", "121 => number 121", "23.7% => percent 23.7 %"],
        ),
        ("Read more: Derby 150 by the numbers | Photos", &["150 => number 150"]),
        (
            "The gates opened at 7:30 | the first train left at 8:05.",
            &["7:30 => time 450", "8:05 => time 485"],
        ),
        ("BUDGET 2023-24 | ANALYSIS", &["2023-24 => date 2023-01-01..2024-12-31 range year"]),
        (
            "By Friday, 40 homes were empty.",
            &["Friday => date 2026-06-05 day inferred relative", "40 => number 40 #homes"],
        ),
    ]);
}
