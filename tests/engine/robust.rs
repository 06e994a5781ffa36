//! Property tests: extraction, the article parser and `analyze` never panic, and every mention
//! they return is well formed, on random text and on text built from the pieces news is made of.
//! A table of nasty fixed inputs goes through the same invariant check.

use chrono::NaiveDate;
use crosscheck::engine::{
    analyze, analyze_mentions_with, article_mentions, extract, Article, Config, Mention, Value, WordMemo,
};
use proptest::prelude::*;

/// Every way a mention list can be malformed, as one message per problem, so a failing case
/// shows all of them at once.
fn problems(text: &str, ms: &[Mention]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        let at = format!("mention {i} ({}..{})", m.start, m.end);
        if !(m.start < m.end && m.end <= text.len()) {
            out.push(format!("{at}: span out of order or past the end ({})", text.len()));
            continue;
        }
        if !text.is_char_boundary(m.start) || !text.is_char_boundary(m.end) {
            out.push(format!("{at}: not on character boundaries"));
            continue;
        }
        if m.text(text) != &text[m.start..m.end] {
            out.push(format!("{at}: text() differs from the slice"));
        }
        match &m.value {
            Some(Value::Num { low, high }) => {
                if !low.is_finite() || !high.is_finite() {
                    out.push(format!("{at} {:?}: value not finite: {low}..{high}", short(m.text(text))));
                } else if low > high {
                    out.push(format!("{at} {:?}: low {low} above high {high}", short(m.text(text))));
                }
            }
            Some(Value::Date { start, end }) if start > end => {
                out.push(format!("{at} {:?}: date starts {start} after it ends {end}", short(m.text(text))));
            }
            _ => {}
        }
        if let Some(prev) = i.checked_sub(1).map(|p| &ms[p]) {
            if prev.end > m.start {
                out.push(format!(
                    "{at}: overlaps or precedes the mention before it ({}..{})",
                    prev.start, prev.end
                ));
            }
        }
    }
    out
}

/// Extract from `text` and fail with every problem found.
fn assert_valid(text: &str, published: Option<NaiveDate>) -> Vec<Mention> {
    let ms = extract(text, published);
    let found = problems(text, &ms);
    assert!(found.is_empty(), "input {:?} (published {published:?}):\n{}", short(text), found.join("\n"));
    ms
}

/// The input as shown in a failure message: long inputs are cut so the message stays readable.
fn short(text: &str) -> String {
    text.chars().take(300).collect()
}

/// Pieces of news text, chosen to reach every parser: numerals in many shapes, scale words,
/// currencies, units, bounds, ranges, months, weekdays, relative dates, times and the typographic
/// variants of pasted web text.
const PIECES: &[&str] = &[
    "0",
    "1",
    "7",
    "12",
    "2026",
    "1999",
    "31",
    "1,200",
    "3.5",
    "0.25",
    ".5",
    "1.2.3",
    "12,5",
    "1 000",
    "1\u{a0}000",
    "1'000",
    "007",
    "99999999999999999999999",
    "1e9",
    "½",
    "¾",
    "1/2",
    "6/7/2026",
    "2026-06-06",
    "12:30",
    "3pm",
    "10.45 a.m.",
    "noon",
    "midnight",
    "$",
    "€",
    "£",
    "¥",
    "US$",
    "USD",
    "%",
    "percent",
    "per cent",
    "pp",
    "percentage points",
    "million",
    "billion",
    "bn",
    "m",
    "k",
    "thousand",
    "trillion",
    "dozen",
    "hundreds",
    "km",
    "km/h",
    "mph",
    "miles",
    "kg",
    "tonnes",
    "°C",
    "°F",
    "hectares",
    "acres",
    "ft",
    "square-foot",
    "one",
    "two",
    "twelve",
    "twenty-one",
    "hundred",
    "a",
    "half",
    "first",
    "3rd",
    "21st",
    "second",
    "about",
    "nearly",
    "more than",
    "at least",
    "up to",
    "fewer than",
    "between",
    "and",
    "to",
    "from",
    "or",
    "some",
    "an estimated",
    "January",
    "Feb.",
    "March",
    "May",
    "June",
    "Sept",
    "December",
    "Monday",
    "Tue",
    "Sunday",
    "yesterday",
    "today",
    "tomorrow",
    "last",
    "next",
    "week",
    "month",
    "year",
    "years",
    "days",
    "ago",
    "this",
    "early",
    "mid",
    "late",
    "spring",
    "summer",
    "Q3",
    "H1",
    "fiscal",
    "FY2025",
    "1990s",
    "the '90s",
    "'26",
    "decade",
    "hours",
    "minutes",
    "a day",
    "a month",
    "per",
    "each",
    "people",
    "workers",
    "dead",
    "injured",
    "in",
    "on",
    "at",
    "since",
    "by",
    "until",
    "of",
    "the",
    "said",
    "-",
    "–",
    "—",
    "−",
    "/",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "[",
    "]",
    "[12]",
    "\"",
    "“",
    "”",
    "'",
    "’",
    "+",
    "~",
    "±",
    "x",
    "×",
    "#",
    "No.",
    "v2.0",
    "https://example.org/2026/06/06/a-12",
    "555-123-4567",
    "+44 20 7946 0958",
    "\u{a0}",
    "\u{200b}",
    "\u{200d}",
    "\u{feff}",
    "\u{200f}",
    "\u{fffd}",
    "\u{301}",
    "😀",
    "5\u{20e3}",
    "١٢",
    "١٢٣",
    "四",
    "Ⅻ",
    "²",
    "₂",
];

/// Separators between pieces: most often a space, sometimes nothing or a line break.
const SEPARATORS: &[&str] =
    &[" ", " ", " ", " ", "", "", "\n", "\n\n", "\u{a0}", "\t", "\r\n", "-", "–", ", "];

/// Text built from `PIECES`, joined by `SEPARATORS`.
fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(PIECES), prop::sample::select(SEPARATORS)), 0..40)
        .prop_map(|parts| parts.into_iter().flat_map(|(p, s)| [p, s]).collect())
}

/// Any of: arbitrary Unicode, short strings over a small alphabet of digits and punctuation
/// (where the numeral scanner does most of its work), numerals too long for a float, and
/// news-like text.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => any::<String>(),
        1 => "[0-9 ,.\\-–/:%$€'\u{a0}\u{2009}]{0,40}",
        1 => "[0-9]{300,330}( million| billion|%| percent| people)?",
        3 => news_like(),
    ]
}

/// A publication date: none, an ordinary one, or one at the very ends of the calendar (a
/// header can name any year, and relative dates must not step past the limits).
fn published() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        1 => Just(None),
        4 => (1900i32..2100, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        1 => prop::sample::select(vec![
            NaiveDate::MIN,
            NaiveDate::MAX,
            NaiveDate::from_ymd_opt(1, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(9999, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(),
        ])
        .prop_map(Some),
    ]
}

/// An article: a body with an optional publication date, or a whole plain-text file (headers
/// and all) read by `Article::parse`, so dates found in the body are exercised too.
fn article() -> impl Strategy<Value = Article> {
    prop_oneof![
        (any_text(), published()).prop_map(|(body, published)| Article {
            body,
            published,
            ..Article::default()
        }),
        (
            prop::sample::select(
                &[
                    "",
                    "Title: T\nPublished: 2026-06-06\n\n",
                    "Date: June 6, 2026\n\n",
                    "BRENNOCK, March 14 (Northline) - "
                ][..]
            ),
            any_text()
        )
            .prop_map(|(head, body)| Article::parse(&format!("{head}{body}"))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

    #[test]
    fn extract_gives_valid_mentions(text in any_text(), published in published()) {
        assert_valid(&text, published);
    }

    /// Mentions never span a line break, so each paragraph pasted on its own gives the same
    /// mentions, shifted; this holds the scan's line-by-line offsets to account.
    #[test]
    fn extract_is_the_same_on_concatenated_paragraphs(a in news_like(), b in news_like()) {
        let a = format!("{a}\n");
        let whole = format!("{a}{b}");
        let first = extract(&a, None);
        let second = extract(&b, None);
        let both = assert_valid(&whole, None);
        let shifted: Vec<(usize, usize)> = first.iter().map(|m| (m.start, m.end))
            .chain(second.iter().map(|m| (m.start + a.len(), m.end + a.len())))
            .collect();
        let got: Vec<(usize, usize)> = both.iter().map(|m| (m.start, m.end)).collect();
        prop_assert_eq!(got, shifted);
    }

    #[test]
    fn article_parse_never_panics(text in any_text(), head in "(Title|Source|Published|Date|date|X)?:? ?[0-9A-Za-z ,\\-:]{0,20}\n?\n?") {
        let a = Article::parse(&format!("{head}{text}"));
        if let crosscheck::engine::PublishedFrom::Text { start, end } = a.published_from {
            prop_assert!(start < end && a.body.get(start..end).is_some(), "published span {start}..{end} not in the body");
        }
    }
}

proptest! {
    // `analyze` does far more work per case than extraction, so it gets fewer cases.
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn analyze_gives_consistent_claims(articles in prop::collection::vec(article(), 1..=4)) {
        let analysis = analyze(&articles, &Config::default());
        prop_assert_eq!(analysis.mentions.len(), articles.len());
        for (a, ms) in analysis.mentions.iter().enumerate() {
            let found = problems(&articles[a].body, ms);
            prop_assert!(found.is_empty(), "article {}: {}", a, found.join("\n"));
        }
        let exists = |r: &crosscheck::engine::MentionRef| {
            analysis.mentions.get(r.article).is_some_and(|ms| r.index < ms.len())
        };
        for claim in &analysis.claims {
            prop_assert!(!claim.mentions.is_empty(), "claim {} has no mentions", claim.id);
            for r in &claim.mentions {
                prop_assert!(exists(r), "claim {} refers to a missing mention {:?}", claim.id, r);
            }
            for p in &claim.pairs {
                prop_assert!(exists(&p.a) && exists(&p.b), "claim {} pair {:?} refers to a missing mention", claim.id, p);
                prop_assert!(p.a.article != p.b.article, "claim {} pairs two mentions of one article: {:?}", claim.id, p);
                prop_assert!(claim.mentions.contains(&p.a) && claim.mentions.contains(&p.b),
                    "claim {} pair {:?} joins mentions outside the claim", claim.id, p);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// A memo filled by earlier analyses (other articles, then the same ones) changes nothing.
    #[test]
    fn a_memo_from_earlier_analyses_changes_nothing(
        before in prop::collection::vec(article(), 1..=3),
        articles in prop::collection::vec(article(), 1..=3),
    ) {
        let config = Config::default();
        let cold = analyze(&articles, &config);
        let mut memo = WordMemo::default();
        let mentions = |arts: &[Article]| arts.iter().map(article_mentions).collect::<Vec<_>>();
        analyze_mentions_with(&before, mentions(&before), &config, &mut memo);
        let warm = analyze_mentions_with(&articles, mentions(&articles), &config, &mut memo);
        prop_assert!(warm == cold, "a memo from other articles changed the analysis");
        let again = analyze_mentions_with(&articles, mentions(&articles), &config, &mut memo);
        prop_assert!(again == cold, "a memo from the same articles changed the analysis");
    }
}

/// Nasty fixed inputs: each must come back with valid mentions, and where the expected mention
/// count is given, with exactly that many.
#[test]
fn nasty_inputs_give_valid_mentions() {
    let digits = "8173605294".repeat(100_000);
    let commas = "1,".repeat(50_000);
    let cases: &[(&str, &str, Option<usize>)] = &[
        ("empty", "", Some(0)),
        ("only whitespace", " \t\n\r\n\u{a0}\u{2009}\u{3000}  \n", Some(0)),
        ("a million digits", &digits, None),
        ("one,one,one", &commas, None),
        ("replacement characters", "\u{fffd}12\u{fffd} \u{fffd}3.5%\u{fffd}", None),
        ("byte-order mark before a figure", "\u{feff}12 people", Some(1)),
        ("byte-order mark inside", "about 1\u{feff}200 people", None),
        ("right-to-left marks", "\u{200f}12\u{200f} people and \u{202e}3.5%\u{202c}", None),
        ("zero-width joiner in a number", "1\u{200d}200 people", None),
        ("zero-width space in a number", "$1\u{200b}.5 billion", None),
        ("combining mark on a digit", "1\u{301}2 people, 5\u{20e3} stars", None),
        ("emoji between figures", "12😀34 and 👨‍👩‍👧 5%", None),
        ("lone line breaks", "\n\n\r\n\n", Some(0)),
        ("carriage returns only", "12\r13\r14 people", None),
        ("decimal point alone", ". , .. ,, .5 5. 5,", None),
        ("huge number", "99999999999999999999999999999999999999 trillion dollars", None),
        ("huge exponent-like", "1e308 billion 1e999", None),
        ("ranges at the edges", "between and 5 and between 5 and – 12– –12 -", None),
        ("month names only", "May May May June 2026 May", None),
        ("years at the limits", "in 0000, in 9999, in 99999, 262143 and -262144", None),
        ("dates at the limits", "31 December 9999, 1 January 0001, February 29, 2023", None),
        ("relative far away", "10000 years ago, in 9999 years, next year, 99999 days ago", None),
    ];
    let mut failures = Vec::new();
    for (name, text, want) in cases {
        for published in
            [None, NaiveDate::from_ymd_opt(2026, 6, 6), Some(NaiveDate::MIN), Some(NaiveDate::MAX)]
        {
            let ms = extract(text, published);
            let found = problems(text, &ms);
            if !found.is_empty() {
                failures.push(format!("{name} (published {published:?}):\n  {}", found.join("\n  ")));
            }
            if let Some(n) = want {
                if ms.len() != *n {
                    failures.push(format!("{name}: expected {n} mentions, got {}", ms.len()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}
