//! The plain-text article format and publication-date detection. Each row: the file text and
//! the parsed article rendered on one line by `render_article`:
//! `title=… | source=… | published=DATE (header|text "DATE TEXT"|unknown) | body=…` with
//! line breaks in the body shown as `\n`. Every row also checks that `to_text` reads back
//! to the same article.

use crosscheck::engine::article::{Article, PublishedFrom};

/// One line for an article; the text of a date found in the body is quoted from the body.
fn render_article(a: &Article) -> String {
    let published = match (a.published, a.published_from) {
        (Some(d), PublishedFrom::Header) => format!("{d} (header)"),
        (Some(d), PublishedFrom::Text { start, end }) => {
            format!("{d} (text {:?})", a.body.get(start..end).unwrap_or("<bad offsets>"))
        }
        (Some(d), PublishedFrom::Unknown) => format!("{d} (unknown)"),
        (None, from) => format!("none ({from:?})"),
    };
    format!(
        "title={} | source={} | published={published} | body={}",
        a.title,
        a.source,
        a.body.replace('\r', "\\r").replace('\n', "\\n")
    )
}

/// Parse every input, compare its rendering, and check the round trip; report all failures.
fn check_articles(table: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for (input, want) in table {
        let a = Article::parse(input);
        let got = render_article(&a);
        if got != *want {
            failures.push(format!("input:    {input:?}\n  expected: {want}\n  got:      {got}"));
        }
        let again = Article::parse(&a.to_text());
        if again != a {
            failures.push(format!("round trip of {input:?}\n  text: {:?}\n  got:  {again:?}", a.to_text()));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn header_block() {
    check_articles(&[
        (
            "Title: Senate passes bill\nSource: Reuters\nPublished: 2026-06-06\n\nThe Senate voted.",
            "title=Senate passes bill | source=Reuters | published=2026-06-06 (header) | body=The Senate voted.",
        ),
        (
            "Title: Senate passes bill\n\nThe Senate voted.\nIt was close.",
            "title=Senate passes bill | source= | published=none (Unknown) | body=The Senate voted.\\nIt was close.",
        ),
        (
            "title:   Spaced out   \nSOURCE: AP\n\nBody",
            "title=Spaced out | source=AP | published=none (Unknown) | body=Body",
        ),
        (
            "Published: 2026-06-06T09:30:00Z\n\nBody",
            "title= | source= | published=2026-06-06 (header) | body=Body",
        ),
        (
            "Published: June 6, 2026\n\nBody",
            "title= | source= | published=2026-06-06 (header) | body=Body",
        ),
        // The ISO reader: exactly four, two and two digits naming a real day.
        (
            "Published: 2024-02-29\n\nBody",
            "title= | source= | published=2024-02-29 (header) | body=Body",
        ),
        ("Published: 2026-02-30\n\nBody", "title= | source= | published=none (Unknown) | body=Body"),
        ("Published: 2026-13-01\n\nBody", "title= | source= | published=none (Unknown) | body=Body"),
        // Other spellings of a full date are left to the date reader, which also takes them.
        ("Published: 2026-6-6\n\nBody", "title= | source= | published=2026-06-06 (header) | body=Body"),
        ("Published: 2026/06/06\n\nBody", "title= | source= | published=2026-06-06 (header) | body=Body"),
        (
            "Title: T\r\nPublished: 2026-06-06\r\n\r\nLine one\r\nLine two",
            "title=T | source= | published=2026-06-06 (header) | body=Line one\\r\\nLine two",
        ),
        (
            "\u{feff}Title: T\n\nBody",
            "title=T | source= | published=none (Unknown) | body=Body",
        ),
        (
            "Title: T\nSource: S\n",
            "title=T | source=S | published=none (Unknown) | body=",
        ),
        (
            "Title: T\nThe body starts without a blank line.",
            "title=T | source= | published=none (Unknown) | body=The body starts without a blank line.",
        ),
        (
            "Title: T\n\n\nTwo blank lines keep one.",
            "title=T | source= | published=none (Unknown) | body=\\nTwo blank lines keep one.",
        ),
        (
            "Title: T\n\nSource: this line is body text",
            "title=T | source= | published=none (Unknown) | body=Source: this line is body text",
        ),
    ]);
}

#[test]
fn no_header() {
    check_articles(&[
        ("", "title= | source= | published=none (Unknown) | body="),
        ("Just a body.", "title= | source= | published=none (Unknown) | body=Just a body."),
        (
            "Officials said: prices rose.\n\nMore text.",
            "title= | source= | published=none (Unknown) | body=Officials said: prices rose.\\n\\nMore text.",
        ),
        ("\n\nStarts blank.", "title= | source= | published=none (Unknown) | body=\\n\\nStarts blank."),
        (
            "Title without colon\n\nBody",
            "title= | source= | published=none (Unknown) | body=Title without colon\\n\\nBody",
        ),
    ]);
}

#[test]
fn dates_found_in_the_body() {
    check_articles(&[
        (
            "Published June 6, 2026\n\nThe Senate voted.",
            "title= | source= | published=2026-06-06 (text \"June 6, 2026\") | body=Published June 6, 2026\\n\\nThe Senate voted.",
        ),
        (
            "Title: T\n\nPublished on 6 June 2026 at 9:30 a.m.\nThe Senate voted.",
            "title=T | source= | published=2026-06-06 (text \"6 June 2026\") | body=Published on 6 June 2026 at 9:30 a.m.\\nThe Senate voted.",
        ),
        (
            "Title: T\nPublished: not a date\n\nPosted 2026-06-05\nText.",
            "title=T | source= | published=2026-06-05 (text \"2026-06-05\") | body=Posted 2026-06-05\\nText.",
        ),
        (
            "The Daily Ledger \u{b7} June 6, 2026\nThe Senate voted.",
            "title= | source= | published=2026-06-06 (text \"June 6, 2026\") | body=The Daily Ledger \u{b7} June 6, 2026\\nThe Senate voted.",
        ),
        (
            "By Ana Ruiz | Jun. 6, 2026\nThe Senate voted.",
            "title= | source= | published=2026-06-06 (text \"Jun. 6, 2026\") | body=By Ana Ruiz | Jun. 6, 2026\\nThe Senate voted.",
        ),
        (
            "June 6, 2026 \u{2014} The Senate voted late on Friday.",
            "title= | source= | published=2026-06-06 (text \"June 6, 2026\") | body=June 6, 2026 \u{2014} The Senate voted late on Friday.",
        ),
        (
            "WASHINGTON, June 6, 2026 (Reuters) - The Senate voted.",
            "title= | source= | published=2026-06-06 (text \"June 6, 2026\") | body=WASHINGTON, June 6, 2026 (Reuters) - The Senate voted.",
        ),
        (
            "Headline here\nJune 6, 2026\n\nThe Senate voted.",
            "title= | source= | published=2026-06-06 (text \"June 6, 2026\") | body=Headline here\\nJune 6, 2026\\n\\nThe Senate voted.",
        ),
    ]);
}

#[test]
fn dates_that_are_not_publication_dates() {
    check_articles(&[
        (
            "Updated 14 hours ago\nThe Senate voted.",
            "title= | source= | published=none (Unknown) | body=Updated 14 hours ago\\nThe Senate voted.",
        ),
        (
            "Updated June 7, 2026\nThe Senate voted.",
            "title= | source= | published=none (Unknown) | body=Updated June 7, 2026\\nThe Senate voted.",
        ),
        (
            "On June 6, 2026, the Senate voted.",
            "title= | source= | published=none (Unknown) | body=On June 6, 2026, the Senate voted.",
        ),
        (
            "The vote, June 6, 2026, was close.",
            "title= | source= | published=none (Unknown) | body=The vote, June 6, 2026, was close.",
        ),
        (
            "Published June 6\nNo year, so no date.",
            "title= | source= | published=none (Unknown) | body=Published June 6\\nNo year, so no date.",
        ),
        (
            "Title: T\nPublished: 2026-06-06\n\nJune 1, 2026 \u{2014} the header wins.",
            "title=T | source= | published=2026-06-06 (header) | body=June 1, 2026 \u{2014} the header wins.",
        ),
    ]);
}

#[test]
fn the_window_is_the_first_lines_only() {
    let filler = "Words words words words words words words words words words.\n".repeat(30);
    let text = format!("{filler}June 6, 2026 \u{2014} Late dateline.");
    let a = Article::parse(&text);
    assert_eq!(a.published, None);
    assert_eq!(a.published_from, PublishedFrom::Unknown);
}

#[test]
fn round_trip_of_built_articles() {
    let built = [
        Article { body: "Title: looks like a header\n\nbody".into(), ..Article::default() },
        Article {
            title: "T".into(),
            source: "S".into(),
            published: Some(chrono::NaiveDate::from_ymd_opt(2026, 6, 6).unwrap()),
            body: "Body".into(),
            published_from: PublishedFrom::Header,
        },
    ];
    for a in built {
        assert_eq!(Article::parse(&a.to_text()), a, "text: {:?}", a.to_text());
    }
}
