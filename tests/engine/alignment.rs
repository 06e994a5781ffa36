//! Alignment rules in small: each row is two short articles, one mention picked in each by
//! its text, and whether `analyze` must put them in one claim (with which verdict) or keep
//! them apart. The fixture stories test the same rules on whole articles.

use crosscheck::engine::config::Scorer;
use crosscheck::engine::{analyze, Article, Config, Verdict};

use crate::check::assert_rows;

/// What a row expects of the two picked mentions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Want {
    Same(Verdict),
    Apart,
}
use Verdict::{Agree, Compatible, Diverge, Possible};
use Want::{Apart, Same};

/// (article A, mention text in A, article B, mention text in B, expectation); a mention text
/// "…#2" picks the second mention with that text.
pub(crate) type Row<'a> = (&'a str, &'a str, &'a str, &'a str, Want);

pub(crate) fn check_alignment(table: &[Row]) {
    check_alignment_among(table, &[]);
}

/// `check_alignment` under the rules scorer, the second witness every red mark needs.
fn check_rules_alignment(table: &[Row]) {
    check_alignment_with(&Config { scorer: Scorer::Rules, ..Config::default() }, table, &[]);
}

/// `check_alignment` with more articles of the same story analysed alongside the two (none
/// of them has a publication date).
pub(crate) fn check_alignment_among(table: &[Row], others: &[&str]) {
    check_alignment_with(&Config::default(), table, others);
}

pub(crate) fn check_alignment_with(config: &Config, table: &[Row], others: &[&str]) {
    let mut failures = Vec::new();
    for (ta, ma, tb, mb, want) in table {
        let articles: Vec<Article> = [ta, tb]
            .into_iter()
            .chain(others)
            .map(|t| {
                // A row that starts with a "Published:" line is a dated article (updates need
                // publication dates); the rest are bodies, read as they are.
                if t.starts_with("Published:") {
                    Article::parse(t)
                } else {
                    Article { body: t.to_string(), ..Article::default() }
                }
            })
            .collect();
        let analysis = analyze(&articles, config);
        // "text#2" picks the second mention with that text.
        let find = |a: usize, text: &str| {
            let (text, nth) = match text.rsplit_once('#') {
                Some((t, n)) if n.parse::<usize>().is_ok() => (t, n.parse::<usize>().unwrap_or(1)),
                _ => (text, 1),
            };
            let mut found = analysis.mentions[a]
                .iter()
                .enumerate()
                .filter(|(_, m)| m.text(&articles[a].body) == text)
                .map(|(i, _)| i);
            found.nth(nth.saturating_sub(1))
        };
        let (Some(ia), Some(ib)) = (find(0, ma), find(1, mb)) else {
            failures.push(format!("{ma:?} / {mb:?}: mention not found"));
            continue;
        };
        let (ca, cb) = (analysis.claim_of[0][ia], analysis.claim_of[1][ib]);
        let got = if ca == cb {
            let claim = &analysis.claims[ca];
            let pair = claim.pairs.iter().find(|p| {
                (p.a.article, p.a.index, p.b.article, p.b.index) == (0, ia, 1, ib)
                    || (p.a.article, p.a.index, p.b.article, p.b.index) == (1, ib, 0, ia)
            });
            match pair {
                Some(p) => Same(p.verdict),
                None => {
                    failures.push(format!("{ma:?} / {mb:?}: same claim but no pair"));
                    continue;
                }
            }
        } else {
            Apart
        };
        if got != *want {
            failures
                .push(format!("{ma:?} in {ta:?}\n  vs {mb:?} in {tb:?}\n  expected {want:?}, got {got:?}"));
        }
    }
    assert_rows(&failures, table.len());
}

#[test]
fn the_same_fact_is_matched_whatever_the_values() {
    check_alignment(&[
        (
            "A fire at the Halvard paint plant injured 12 workers on Friday.",
            "12",
            "Fourteen workers were injured in the fire at the Halvard paint plant.",
            "Fourteen",
            Same(Diverge),
        ),
        (
            "Orveline reported revenue of $7.31 billion for the quarter.",
            "$7.31 billion",
            "Quarterly revenue at Orveline came to $7.3 billion.",
            "$7.3 billion",
            Same(Compatible),
        ),
        (
            "The Kestrel dam holds 41 million cubic metres of water.",
            "41 million cubic metres",
            "Engineers say the Kestrel dam holds 41 million cubic metres.",
            "41 million cubic metres",
            Same(Agree),
        ),
        (
            // Two words for the same group of people still meet on strong context.
            "All 2,400 union members employed by Tarrow Container Terminals walked out over pay.",
            "2,400",
            "About 2,400 workers employed by Tarrow Container Terminals walked out over pay.",
            "About 2,400",
            Same(Compatible),
        ),
        (
            // Short snippets: every word is in half the sentences, and still counts.
            "Brisk Line pays its crane drivers €3,100 a month.",
            "€3,100 a month",
            "Crane drivers at Brisk Line earn €3,200 a month.",
            "€3,200 a month",
            Same(Diverge),
        ),
    ]);
}

#[test]
fn look_alikes_stay_apart() {
    check_alignment(&[
        (
            // Deaths and injuries in one sentence are two facts.
            "The Halvard plant fire killed two workers and injured 12 on Friday.",
            "two",
            "Twelve workers were injured in the Halvard plant fire on Friday.",
            "Twelve",
            Apart,
        ),
        (
            // A forecast is not a result.
            "Orveline expects revenue of $8.1 billion in the coming quarter.",
            "$8.1 billion",
            "Orveline reported revenue of $7.3 billion for the quarter.",
            "$7.3 billion",
            Apart,
        ),
        (
            // ... while two reports of the analysts' forecast meet.
            "Analysts had on average expected $7.45 billion in revenue from Orveline for the second quarter.",
            "$7.45 billion",
            "Analysts polled by Carrow Data expected $7.6 billion in revenue from Orveline for the second quarter.",
            "$7.6 billion",
            Same(Diverge),
        ),
        (
            // A start date and an end date.
            "Repairs on the Kestrel dam began in March and the road reopens in June.",
            "March",
            "Repairs on the Kestrel dam will end in April, the council said.",
            "April",
            Apart,
        ),
        (
            // A count of companies is not a count of workers, however close the words.
            "All 2,400 union members employed by the port's two cargo handlers, Tarrow Container Terminals and Belling Line, walked out.",
            "two",
            "About 2,400 workers employed by Tarrow Container Terminals and Belling Line walked out.",
            "About 2,400",
            Apart,
        ),
        (
            // This year's share and last year's.
            "Solar power made up 38% of Tarrow's electricity, compared with 31% a year earlier.",
            "31%",
            "Solar power supplied 38% of Tarrow's electricity this year.",
            "38%",
            Apart,
        ),
        (
            // What a place can hold is not how many came.
            "The Penwyn school gym, with room for 200 people, opened as a shelter on Friday.",
            "200",
            "The Penwyn school gym sheltered 140 people on Friday night.",
            "140",
            Apart,
        ),
        (
            // A price at two moments of the day is two facts, not a contradiction.
            "Brent crude rose to $77.82 a barrel by 0930 GMT after the Opec cut, traders said.",
            "$77.82",
            "Brent crude traded at $76.02 a barrel at midday in London after the Opec cut.",
            "$76.02",
            Apart,
        ),
        (
            // The figure a comparison measures against belongs to another round or period.
            "Departing Norvane staff get 14 weeks of base pay, compared with 20 weeks in the earlier round of layoffs.",
            "20 weeks",
            "Departing Norvane staff will receive 16 weeks of base pay under the layoff plan.",
            "16 weeks",
            Apart,
        ),
        (
            // An outbreak's breakdown: those who fell ill, those admitted, those sent home.
            "At the Devgaon school 86 students fell ill after the hostel dinner, officials said.",
            "86",
            "Of the children at the Devgaon school, 103 were admitted to hospitals after the hostel dinner, officials said.",
            "103",
            Apart,
        ),
        (
            "At the Devgaon school 112 children have been discharged after the hostel dinner, officials said.",
            "112",
            "Of the children at the Devgaon school, 103 were admitted to hospitals after the hostel dinner, officials said.",
            "103",
            Apart,
        ),
        (
            // The verb of a figure's own clause says what it counts: 112 were discharged, not
            // "fell ill" across the comma.
            "Of the 143 children at the Devgaon school who fell ill, 112 have been discharged, the collector said.",
            "112",
            "At the Devgaon school 120 children fell ill, the collector said.",
            "120",
            Apart,
        ),
        (
            // Houses destroyed and houses damaged by one storm are two counts.
            "Cyclone Arnab destroyed 37,210 houses across the coastal districts, the ministry said.",
            "37,210",
            "Cyclone Arnab damaged around 27,000 houses across the coastal districts, the ministry said.",
            "around 27,000",
            Apart,
        ),
        (
            // ... while two counts of the sick meet.
            "At the Devgaon school 86 students fell ill after the hostel dinner, officials said.",
            "86",
            "At the Devgaon school 92 students fell ill after the hostel dinner, officials said.",
            "92",
            Same(Diverge),
        ),
    ]);
}

#[test]
fn founding_years_are_start_dates() {
    // "Founded" starts a company as "began" does: the rules scorer (red's second witness)
    // links a founding year with a beginning, and keeps it apart from an end.
    check_rules_alignment(&[
        (
            "Harwick, the furniture chain, was founded in 1962 in Dayton, Ohio.",
            "1962",
            "Harwick began in 1958 as a furniture showroom in Dayton, Ohio.",
            "1958",
            Same(Diverge),
        ),
        (
            "Harwick, the furniture chain, was founded in 1962 in Dayton, Ohio.",
            "1962",
            "Harwick, the furniture chain, closed its doors in 1962 in Dayton, Ohio.",
            "1962",
            Apart,
        ),
    ]);
}

#[test]
fn dates_a_day_or_a_year_apart_are_a_dispute() {
    // Two written-out dates a day or a year apart in sentences about one event are a report's
    // slip (until 2026-12-06 the fitted scorer saw no closeness in dates and left these apart);
    // a date read against publication ("Saturday") is not given closeness.
    check_alignment(&[
        (
            "Published: 2024-09-10\n\nThe delays began after a crew-scheduling software crash on July 19 that grounded much of the fleet for two days.",
            "July 19",
            "Published: 2024-09-10\n\nMost of the trouble goes back to July 18, when the carrier's crew-scheduling software failed.",
            "July 18",
            Same(Diverge),
        ),
        (
            "Published: 2024-09-10\n\nThe delays began after a crew-scheduling software crash on July 19 that grounded much of the fleet for two days.",
            "July 19",
            "Published: 2024-09-10\n\nThe carrier's pilots voted to strike on September 2, after talks broke down.",
            "September 2",
            Apart,
        ),
    ]);
}

#[test]
fn a_converted_figure_joins_its_claim() {
    check_alignment(&[
        (
            // The other article gives only the first currency: the conversion joins that claim,
            // and amounts in two currencies are never called contradictory.
            "Brussels fined Paxium 412 million euros ($448 million) on Wednesday for its card terms.",
            "$448 million",
            "The Commission fined Paxium €412 million on Wednesday over its card terms.",
            "€412 million",
            Same(Compatible),
        ),
        (
            // ... or only the second.
            "Brussels fined Paxium 412 million euros ($448 million) on Wednesday for its card terms.",
            "412 million euros",
            "Paxium was fined $448 million by the Commission on Wednesday over its card terms.",
            "$448 million",
            Same(Compatible),
        ),
        (
            // A conversion in another unit, rounded: "150 mph" is 241 km/h.
            "Delphine came ashore near Port Arden with sustained winds of 150 mph (240 km/h) late on Tuesday.",
            "240 km/h",
            "Delphine hit Port Arden late on Tuesday with sustained winds of 150 mph, forecasters said.",
            "150 mph",
            Same(Compatible),
        ),
        (
            // A conversion after "or" is one too.
            "Brussels fined Paxium 412 million euros, or $448 million, on Wednesday for its card terms.",
            "$448 million",
            "The Commission fined Paxium €412 million on Wednesday over its card terms.",
            "€412 million",
            Same(Compatible),
        ),
        (
            // After "and" it is another amount.
            "Brussels fined Paxium 412 million euros and its Dutch arm $48 million on Wednesday.",
            "$48 million",
            "The Commission fined Paxium €412 million on Wednesday over its card terms.",
            "€412 million",
            Apart,
        ),
        (
            // Figures in parentheses that are not conversions stay where they are.
            "Paxium shares fell 4% (to 31 euros) after Brussels fined it 412 million euros on Wednesday.",
            "31 euros",
            "Brussels fined Paxium €412 million on Wednesday.",
            "€412 million",
            Apart,
        ),
    ]);
}

#[test]
fn a_conversion_joins_two_claims_that_agree() {
    // A third article gives only the pounds, so each currency has a claim of two articles
    // before the conversion in parentheses makes them one.
    let pounds = "Harrow Oil agreed in April to buy Tidewell for £47 billion in cash and shares.";
    let dollars = "Harrow Oil agreed in April to buy Tidewell in a deal worth $70 billion.";
    check_alignment_among(
        &[
            (
                "In April Harrow Oil agreed to pay £47bn ($70bn) for Tidewell, in cash and shares.",
                "£47bn",
                dollars,
                "$70 billion",
                Same(Compatible),
            ),
            (
                "In April Harrow Oil agreed to pay £47bn ($70bn) for Tidewell, in cash and shares.",
                "$70bn",
                dollars,
                "$70 billion",
                Same(Agree),
            ),
        ],
        &[pounds],
    );
    // Without the conversion, the two currencies' claims stay apart.
    check_alignment_among(
        &[(
            "In April Harrow Oil agreed to pay £47bn for Tidewell, in cash and shares, about $70bn.",
            "£47bn",
            dollars,
            "$70 billion",
            Apart,
        )],
        &[pounds],
    );
}

#[test]
fn dates_without_a_year_still_compare() {
    // No article here has a publication date.
    let april =
        "In April 2026, Tessaly chief Ana Brandt told a court in Carrow that the Harlow accord was void.";
    let may_2025 =
        "In May 2025, Tessaly chief Ana Brandt told a court in Carrow that the Harlow accord was void.";
    check_alignment(&[
        (
            // The article says 2026 elsewhere, so its "May" is May 2026.
            april,
            "April 2026",
            "In May, Tessaly chief Ana Brandt told a court in Carrow that the Harlow accord was void. The accord expires in June 2026.",
            "May",
            Same(Diverge),
        ),
        (
            may_2025,
            "May 2025",
            "In May, Tessaly chief Ana Brandt told a court in Carrow that the Harlow accord was void. The accord expires in June 2026.",
            "May",
            Same(Diverge),
        ),
        (
            // Its years disagree: May of some year, never April.
            april,
            "April 2026",
            "In May, Tessaly chief Ana Brandt told a court in Carrow that the Harlow accord was void. It was signed in March 2019 and expires in June 2031.",
            "May",
            Same(Diverge),
        ),
        (
            // ... but it may well be May 2025.
            may_2025,
            "May 2025",
            "In May, Tessaly chief Ana Brandt told a court in Carrow that the Harlow accord was void. It was signed in March 2019 and expires in June 2031.",
            "May",
            Same(Compatible),
        ),
        (
            // A first quarter of any year never holds August 2.
            "The Orrin data rules take effect for Tessaly on August 2, 2026, regulators in Carrow said.",
            "August 2, 2026",
            "The Orrin data rules take effect for Tessaly in the first quarter, regulators in Carrow said.",
            "the first quarter",
            Same(Diverge),
        ),
        (
            "The Orrin data rules take effect for Tessaly on February 2, 2026, regulators in Carrow said.",
            "February 2, 2026",
            "The Orrin data rules take effect for Tessaly in the first quarter, regulators in Carrow said.",
            "the first quarter",
            Same(Compatible),
        ),
        (
            // A weekday without a publication date is consistent with any day, so that is no
            // evidence: two words in common are not enough on their own.
            "On Friday, the Carrow regulator said it would review the Tessaly licence.",
            "Friday",
            "The Carrow board approved the merger on May 4, the regulator later said.",
            "May 4",
            Apart,
        ),
    ]);
}

#[test]
fn thin_evidence_does_not_link_dates() {
    check_alignment(&[
        (
            // One shared adverb is not enough, however rare.
            "The Orrin code becomes fully applicable on August 2, 2026.",
            "August 2, 2026",
            "The lease could not fully offset the heavy losses of the first quarter of 2026.",
            "the first quarter of 2026",
            Apart,
        ),
        (
            // Two clues link: the same day and a shared word.
            "The Orrin code becomes fully applicable on August 2, 2026.",
            "August 2, 2026",
            "Tessaly said the Orrin code applies from August 2, 2026.",
            "August 2, 2026",
            Same(Agree),
        ),
    ]);
    // An acronym in every article only says what the story is about: with two articles "AI"
    // is a name and a clue, with four that all say "AI" it is neither.
    let (ta, tb) = (
        "The EU rules on AI become binding on August 2, 2026, said Brusk.",
        "An AI boom drove a first-quarter deficit at Tessaly, said Brusk.",
    );
    // (The default scorer keeps this pair apart, rightly: they are two facts. The rules
    // scorer, the second witness of every red mark, shows the mechanism.)
    check_rules_alignment(&[(ta, "August 2, 2026", tb, "first-quarter", Same(Diverge))]);
    let others = ["AI firms in Carrow watched the case.", "The AI sector in Carrow is small."];
    check_alignment_among(&[(ta, "August 2, 2026", tb, "first-quarter", Apart)], &others);
    // A name in every article that is not always in capitals ("BRENNOCK" in a dateline) stays
    // a name.
    let others = ["Brennock mourned on Monday.", "BRENNOCK, May 3 (Wire) - Schools in Brennock closed."];
    check_alignment_with(
        &Config { scorer: Scorer::Rules, ..Config::default() },
        &[(
            ta.replace("Brusk", "Brennock").as_str(),
            "August 2, 2026",
            tb.replace("Brusk", "Brennock").as_str(),
            "first-quarter",
            Same(Diverge),
        )],
        &others,
    );
}

#[test]
fn an_article_repeating_a_fact_gives_all_its_mentions() {
    let b = "Tessaly engineers said the Blackbox workaround lasted until mid-May 2026.";
    check_alignment(&[
        (
            // The repeat shares no words with the other article, and still joins.
            "The Blackbox workaround lasted until mid-May 2026, Tessaly engineers said.\nIn short: until mid-May 2026.",
            "mid-May 2026#2",
            b,
            "mid-May 2026",
            Same(Agree),
        ),
        (
            "Tessaly raised $1.25 billion from Orrin Capital, filings show. The $1.25 billion will pay for chips.",
            "$1.25 billion#2",
            "Filings show Orrin Capital put $1.25 billion into Tessaly.",
            "$1.25 billion",
            Same(Agree),
        ),
        (
            // A start is not the end it repeats the date of.
            "The Blackbox workaround lasted until mid-May 2026, Tessaly engineers said. Its successor began in mid-May 2026.",
            "mid-May 2026#2",
            b,
            "mid-May 2026",
            Apart,
        ),
        (
            // A month is the time of many facts: the same month is no repeat.
            "The Blackbox workaround lasted until May 2026, Tessaly engineers said. Separately, a lease was signed in May 2026.",
            "May 2026#2",
            "Tessaly engineers said the Blackbox workaround lasted until May 2026.",
            "May 2026",
            Apart,
        ),
        (
            // The same words for part of a month, but other words would be another fact.
            "The Blackbox workaround lasted until mid-May 2026, Tessaly engineers said. Rain fell in the middle of May 2026.",
            "the middle of May 2026",
            b,
            "mid-May 2026",
            Apart,
        ),
        (
            // A small figure recurs for many reasons.
            "Orrin Capital owns 12% of Tessaly, filings show. Its rival holds 12% too.",
            "12%#2",
            "Filings show Orrin Capital owns 12% of Tessaly.",
            "12%",
            Apart,
        ),
        (
            // Another counted noun is another fact.
            "Tessaly hired 1,250 engineers from Orrin, filings show. It also leased 1,250 servers.",
            "1,250#2",
            "Filings show Tessaly hired 1,250 engineers from Orrin.",
            "1,250",
            Apart,
        ),
        (
            // A repeat adds no contradiction its twin does not make: Monday's "Sunday" is
            // Sept. 13, Saturday's is read as Sept. 6, and the two weekdays are only "the same
            // weekday, a week apart"; Monday's "Sept. 13" may not join them to be red.
            "Published: 2026-09-14\n\nDivers recovered two more bodies from the Kizil gorge on Sunday, the disaster agency said. The dive on Sept. 13 took six hours.",
            "Sept. 13",
            "Published: 2026-09-12\n\nDivers recovered two more bodies from the Kizil gorge on Sunday, the disaster agency said.",
            "Sunday",
            Apart,
        ),
    ]);
}

#[test]
fn words_for_the_same_event_or_amount_meet() {
    check_alignment(&[
        (
            // "hurt" and "injured" are one word for matching.
            "Four were hurt.",
            "Four",
            "Three were injured.",
            "Three",
            Same(Diverge),
        ),
        (
            // A cost and a budget of one project.
            "It will cost $95 million.",
            "$95 million",
            "The plan is budgeted at $95 million.",
            "$95 million",
            Same(Agree),
        ),
        (
            // "employs ... people" and "... employees".
            "The firm employs 900 people.",
            "900",
            "It has 950 employees.",
            "950",
            Same(Diverge),
        ),
        (
            // "broke out" starts a fire as "started" does.
            "The Sallow Ridge fire broke out on August 6, 2026, officials said.",
            "August 6, 2026",
            "Crews said the blaze near the picnic area started on Aug. 6, 2026.",
            "Aug. 6, 2026",
            Same(Agree),
        ),
    ]);
}

#[test]
fn look_alikes_only_the_rules_keep_apart() {
    // The default scorer, fitted on the dev corpus, merges these textbook look-alikes as
    // consistent (never red): in real coverage the same specific value in two articles is
    // mostly one fact, and these differ only by a role or a counted noun the corpus rarely
    // contrasts. The rules scorer, the second witness of every red mark, keeps them apart.
    // docs/judgement.md lists them among the default's known misses.
    check_rules_alignment(&[
        (
            // One shared adverb is thin evidence for two dates; the default (refitted on
            // 2026-12-04) links this pair as compatible, never red.
            "The Orrin code becomes fully applicable in August 2026.",
            "August 2026",
            "Tessaly said it would be fully ready by August 9, 2026.",
            "August 9, 2026",
            Apart,
        ),
        (
            // Analysts' forecast is not the company's own.
            "Analysts had on average expected $7.45 billion in revenue from Orveline for the second quarter.",
            "$7.45 billion",
            "Orveline expects revenue of $7.5 billion to $7.7 billion for the second quarter.",
            "$7.5 billion to $7.7 billion",
            Apart,
        ),
        (
            // A change is not a level.
            "Orveline's revenue rose 9% to $7.3 billion in the quarter.",
            "9%",
            "Orveline said its margin was 9% in the quarter.",
            "9%",
            Apart,
        ),
        (
            // ... and the seriously injured are not all the injured.
            "At the Taviston plant in Brennock, four people were hurt, two of them seriously.",
            "two",
            "At the Taviston plant in Brennock, two people were injured.",
            "two",
            Apart,
        ),
        (
            // ... but not a group that is not a workforce.
            "About 2,400 residents of Velmouth signed the petition to the council.",
            "About 2,400",
            "For the 2,400 dockers on strike, the dispute is about rent and groceries.",
            "2,400",
            Apart,
        ),
        (
            // A label that names no people gives no noun: ships are not employees.
            "Port figures\n- Ship calls last year: 3,900\n",
            "3,900",
            "The port authority employs 3,900 people.",
            "3,900",
            Apart,
        ),
        (
            // A small value alone is not enough.
            "In total, 12 were found by noon.",
            "12",
            "Orrin said 12 had left already.",
            "12",
            Apart,
        ),
    ]);
}

#[test]
fn look_alike_events_stay_apart() {
    check_alignment(&[
        (
            // A start is not an end, whatever the verb for it.
            "The Sallow Ridge fire broke out on August 6, 2026, officials said.",
            "August 6, 2026",
            "The Sallow Ridge fire ended on August 9, 2026, officials said.",
            "August 9, 2026",
            Apart,
        ),
        (
            // Those hurt seriously and those still in hospital are parts of the injured picked
            // out differently.
            "At the Taviston plant in Brennock, 12 were injured, three of them seriously.",
            "three",
            "At the Taviston plant in Brennock, of the 14 injured, four were still in hospital.",
            "four",
            Apart,
        ),
        (
            // Counts of the seriously injured still meet.
            "At the Taviston plant three workers were seriously injured.",
            "three",
            "Four workers were critically injured at the Taviston plant.",
            "Four",
            Same(Diverge),
        ),
        (
            // Two earlier blasts' tolls, each after its own year in a background sentence, are
            // two events, however alike their sentences.
            "Published: 2026-05-04\n\nIn 2013 a pipeline blast at the Orsk refinery killed 62 workers, and a dust blast at a Kerrin mill in August 2014 killed 71 workers.",
            "62",
            "Published: 2026-05-04\n\nIn August 2014 a dust blast at a Kerrin mill near the Orsk refinery killed 75 workers.",
            "75",
            Apart,
        ),
        (
            // One earlier event's toll told two ways still meets.
            "Published: 2026-05-04\n\nIn 2013 a pipeline blast at the Orsk refinery killed 62 workers, and a dust blast at a Kerrin mill in August 2014 killed 71 workers.",
            "71",
            "Published: 2026-05-04\n\nIn August 2014 a dust blast at a Kerrin mill near the Orsk refinery killed 75 workers.",
            "75",
            Same(Diverge),
        ),
        (
            // A clause that names its own earlier event's year after the toll is that year's.
            "Published: 2026-05-04\n\nFour miners were killed at the Dunmore pit in 2009, and 23 died at the Orsk colliery when the 2011 flood broke through.",
            "23",
            "Published: 2026-05-04\n\nThe 2011 flood at the Orsk colliery killed 25 miners.",
            "25",
            Same(Diverge),
        ),
        (
            // A period that opens its sentence, set off by a comma, frames its figures: two
            // quarters' forecasts are two facts.
            "Published: 2026-05-04\n\nFor the fourth quarter, usually its busiest, Orveline expects revenue of about $8.4 billion.",
            "about $8.4 billion",
            "Published: 2026-05-04\n\nFor the second quarter of 2026, Orveline expects revenue of about $7.5 billion.",
            "about $7.5 billion",
            Apart,
        ),
        (
            // One quarter's forecast told two ways still meets.
            "Published: 2026-05-04\n\nFor the second quarter, Orveline expects revenue of about $8.4 billion.",
            "about $8.4 billion",
            "Published: 2026-05-04\n\nFor the second quarter of 2026, Orveline expects revenue of about $7.5 billion.",
            "about $7.5 billion",
            Same(Diverge),
        ),
        (
            // "Since 1985" counts from a year; the toll it stands beside is not 1985's.
            "Published: 2026-05-04\n\nIt was the deadliest fire since 1985 and worse than the Kerrin mill fire, which killed 31 workers at the mill in Orsk, Dunmore, in 2019.",
            "31",
            "Published: 2026-05-04\n\nThe 2019 fire at the Kerrin mill in Orsk killed 33 workers.",
            "33",
            Same(Diverge),
        ),
    ]);
}

#[test]
fn workforces_labels_and_specific_values() {
    check_alignment(&[
        (
            // "workers" stands for a trade: the same value links them without a shared word.
            "About 2,400 workers employed by Velmouth Container Terminals joined the walkout.",
            "About 2,400",
            "For the 2,400 dockers on strike, the dispute is about rent and groceries.",
            "2,400",
            Same(Compatible),
        ),
        (
            // A table row: the label before the colon is the value's context and noun.
            "First-quarter highlights\n- Revenue: $7.31 billion\n- Employees at quarter end: 41,200\n",
            "41,200",
            "The company employs about 41,200 people.",
            "about 41,200",
            Same(Compatible),
        ),
        (
            // One claim, but only a possible contradiction since 2026-12-05: the vetting model
            // is not sure an estimate of "people" and a table's exact head count are one fact.
            "First-quarter highlights\n- Revenue: $7.31 billion\n- Employees at quarter end: 41,200\n",
            "41,200",
            "The company employs about 35,000 people.",
            "about 35,000",
            Same(Possible),
        ),
        (
            // A specific value in two articles is a candidate even with no word in common.
            "At 240 meters, it was the longest concrete crossing in the city.",
            "240 meters",
            "A 40-metre section of the 240-metre span gave way.",
            "240-metre",
            Same(Agree),
        ),
        (
            // So is a range, however round its ends: two writers seldom give the same two.
            "Organisers had expected between 30,000 and 40,000 fans at the ground.",
            "between 30,000 and 40,000",
            "Police put the crowd outside the gates at between 30,000 and 40,000 people.",
            "between 30,000 and 40,000",
            Same(Agree),
        ),
    ]);
}

#[test]
fn sentences_stating_the_same_other_figure_meet() {
    check_alignment(&[
        (
            // The shares share almost no word, but both sentences give the same turnout.
            "When the island last voted on the question, in 2013, turnout was 71.5% and 54.2% said No.",
            "54.2%",
            "Back then 71.5% of the electorate cast a ballot, with 54% against the change.",
            "54%",
            Same(Compatible),
        ),
        (
            // The same neighbour does not make different kinds of figure one fact.
            "When the island last voted on the question, in 2013, turnout was 71.5% and 54.2% said No.",
            "54.2%",
            "Back then 71.5% of the electorate cast a ballot, and 1,240 ballots were spoiled.",
            "1,240",
            Apart,
        ),
        (
            // Nor does it join a figure to its neighbour's other side of a comparison.
            "When the island last voted on the question, in 2013, turnout was 71.5% and 54.2% said No.",
            "54.2%",
            "This time turnout fell to 63.9%, down from 71.5% in 2013.",
            "63.9%",
            Apart,
        ),
    ]);
}

#[test]
fn the_base_of_a_proportion_is_not_a_count() {
    check_alignment(&[
        (
            // "one in five patients" is a share (20%), not a count of five patients.
            "About one in five heart failure patients is readmitted to hospital within 30 days.",
            "About one in five",
            "Roughly 16 heart failure patients would need the drug to prevent one hospital admission.",
            "Roughly 16",
            Apart,
        ),
        (
            "Three out of ten Kestrel patients were readmitted to hospital.",
            "Three out of ten",
            "Twelve Kestrel patients were readmitted to hospital.",
            "Twelve",
            Apart,
        ),
        (
            // Two proportions still meet.
            "About one in five heart failure patients is readmitted to hospital within 30 days.",
            "About one in five",
            "One in four heart failure patients is readmitted to hospital within a month.",
            "One in four",
            Same(Diverge),
        ),
    ]);
}

/// Rows of (article A, article B, mention in A, a word the claim's evidence must list among
/// its shared names or words, spelled as shown to readers).
/// (article A, article B, a mention in A, a word, whether the claim's evidence shows the word
/// as shared).
fn check_shared_names(table: &[(&str, &str, &str, &str, bool)]) {
    let mut failures = Vec::new();
    for (ta, tb, ma, name, want) in table {
        let articles: Vec<Article> =
            [ta, tb].iter().map(|t| Article { body: t.to_string(), ..Article::default() }).collect();
        let analysis = analyze(&articles, &Config::default());
        let Some(i) = analysis.mentions[0].iter().position(|m| m.text(ta) == *ma) else {
            failures.push(format!("{ma:?}: mention not found"));
            continue;
        };
        let evidence = &analysis.claims[analysis.claim_of[0][i]].evidence;
        let shared: Vec<&String> = evidence.shared_names.iter().chain(&evidence.shared_words).collect();
        if shared.iter().any(|n| n == name) != *want {
            failures.push(format!("{ta:?} / {tb:?}: {ma:?} shares {shared:?}, expected {name:?}: {want}"));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn shared_words_are_shown_as_the_articles_write_them() {
    check_shared_names(&[
        (
            // A dateline in capitals does not set how a name is shown.
            "KESSLER FORD (Northline) - A fire at the Kessler Ford warehouse killed two workers on Friday.",
            "Two workers died when fire swept a warehouse in Kessler Ford on Saturday.",
            "Friday",
            "Kessler",
            true,
        ),
        (
            // An acronym stays in capitals.
            "The EU fined the firm 2 billion euros on Friday.",
            "The EU fined it 2.4 billion euros.",
            "2 billion euros",
            "EU",
            true,
        ),
    ]);
}

#[test]
fn a_word_after_non_is_its_own() {
    check_shared_names(&[(
        // "Non-institutional investors" are not "institutional investors".
        "Non-institutional investors in the Verano listing subscribed 9.8 times their portion.",
        "Verano's institutional investors subscribed 121 times their portion on Friday.",
        "9.8",
        "institutional",
        false,
    )]);
}

#[test]
fn possessives_with_either_apostrophe_are_one_name() {
    check_shared_names(&[
        (
            "Halvern’s quarterly revenue was $9 billion, its filing showed.",
            "Halvern's quarterly revenue was $6 billion, its filing showed.",
            "$9 billion",
            "halvern",
            true,
        ),
        (
            "Halvern's quarterly revenue was $9 billion, its filing showed.",
            "Halvern’s quarterly revenue was $6 billion, its filing showed.",
            "$9 billion",
            "halvern",
            true,
        ),
        (
            "Halvern’s quarterly revenue was $9 billion, its filing showed.",
            "Halvern’s quarterly revenue was $6 billion, its filing showed.",
            "$9 billion",
            "halvern",
            true,
        ),
    ]);
}

/// One row of `check_limits`: two articles' bodies, the per-article limit, and for each article
/// the mentions compared and the mentions left out.
type LimitRow<'a> = (&'a str, &'a str, usize, [(usize, usize); 2]);

/// Each row: two articles' bodies, the per-article limit, and for each article the mentions
/// compared and the mentions left out. Left-out mentions are in no claim.
fn check_limits(table: &[LimitRow]) {
    let mut failures = Vec::new();
    for &(a, b, limit, want) in table {
        let config = Config { max_compared: limit, ..Config::default() };
        let articles = [a, b].map(|t| Article { body: t.to_string(), ..Article::default() });
        let analysis = analyze(&articles, &config);
        let got: Vec<(usize, usize)> = analysis
            .mentions
            .iter()
            .zip(&analysis.not_compared)
            .map(|(ms, &left)| (ms.len(), left))
            .collect();
        let in_claims: usize = analysis.claims.iter().map(|c| c.mentions.len()).sum();
        if got != want || in_claims != want[0].0 + want[1].0 {
            failures
                .push(format!("{a:?} / {b:?} at {limit}: got {got:?}, {in_claims} in claims; want {want:?}"));
        }
    }
    assert_rows(&failures, table.len());
}

#[test]
fn only_the_first_mentions_up_to_the_limit_are_compared() {
    check_limits(&[
        ("12 workers were hurt on Friday.", "14 workers were hurt on Friday.", 5000, [(2, 0), (2, 0)]),
        ("12 workers were hurt on Friday.", "14 workers were hurt on Friday.", 1, [(1, 1), (1, 1)]),
        ("1, 2, 3, 4, 5, 6, 7, 8", "9 workers", 3, [(3, 5), (1, 0)]),
        ("1, 2, 3", "4, 5", 0, [(0, 3), (0, 2)]),
        ("No figures at all.", "", 2, [(0, 0), (0, 0)]),
    ]);
}

/// A figure that agrees with one side of a confidently matched contradiction joins it, against
/// the other side, even when its own pair with that side is less sure: the third article
/// repeats a contradiction already witnessed. From 2026-12-05 the vetting model was not sure
/// enough of this pair to call it red; its refit of 2026-12-06 is (`engine/vetting.rs`).
#[test]
fn a_third_article_joins_a_witnessed_contradiction() {
    check_alignment_among(
        &[(
            "Labour took 6,323 votes, the Greens 2,118 and independent candidate Keith Morrow 611.",
            "6,323",
            "The arithmetic was stark for Labour: on 6,233, its share slipped to 14.7%.",
            "6,233",
            Same(Diverge),
        )],
        &["Labour's Priya Chandran came third with 6,233, ahead of the Green Party on 2,118 and independent Keith Morrow on 611."],
    );
}

#[test]
fn a_lone_figure_against_a_claim_two_articles_share_is_red() {
    // The rules scorer does not link "41,300 travellers" with "more than 44,000 people" (other
    // counted nouns), but two other articles already share the claim and the fitted scorer
    // matches the lone figure confidently with both: they are its second witness.
    let a = "Published: 2026-03-10\n\nThe Transport Agency said on Tuesday that Kestrel Air had broken passenger rules 912 times last summer, affecting 41,300 travellers.";
    let b = "Published: 2026-03-10\n\nInvestigators found 912 breaches of the passenger rules by Kestrel Air last summer and said about 41,000 passengers were affected, the Transport Agency said.";
    let c = "Published: 2026-03-11\n\nThe Transport Agency ruling against Kestrel Air found 921 breaches of the passenger rules last summer and said more than 44,000 people were affected.";
    // A figure the fitted scorer does not match with both ("complaints" sent to the agency) finds
    // no witness in them.
    let d = "Published: 2026-03-11\n\nThe Transport Agency ruling against Kestrel Air comes after travellers sent it more than 44,000 complaints about lost bags last year.";
    check_alignment_among(
        &[
            (a, "41,300", c, "more than 44,000", Same(Verdict::Diverge)),
            (a, "41,300", d, "more than 44,000", Apart),
        ],
        &[b],
    );
}

#[test]
fn a_bare_dollar_is_the_dollar_the_other_articles_name() {
    // A Canadian outlet writes its own dollar bare; the business page writes "C$" and converts
    // in parentheses, which says nothing of the bare dollar.
    let c_dollar = "Published: 2026-03-10\n\nThe Transport Agency fined Kestrel Air C$2.1m (US$1.5m) on Tuesday for late refunds.";
    let bare = "Published: 2026-03-10\n\nKestrel Air was fined $2.1 million on Tuesday for late refunds, the Transport Agency said.";
    let bare_less = "Published: 2026-03-10\n\nKestrel Air was fined $1.8 million on Tuesday for late refunds, the Transport Agency said.";
    let a_dollar =
        "Published: 2026-03-10\n\nThe Transport Agency fined Kestrel Air A$2.1m on Tuesday for late refunds.";
    check_alignment(&[
        (c_dollar, "C$2.1m", bare, "$2.1 million", Same(Agree)),
        (c_dollar, "C$2.1m", bare_less, "$1.8 million", Same(Diverge)),
    ]);
    // A US dollar named outside parentheses anywhere, or two other dollars, leave "$" the US
    // dollar: nothing says which dollar it is, and amounts in two currencies stay apart.
    let c_plain =
        "Published: 2026-03-10\n\nThe Transport Agency fined Kestrel Air C$2.1m on Tuesday for late refunds.";
    check_alignment_among(
        &[(c_plain, "C$2.1m", bare, "$2.1 million", Apart)],
        &["Kestrel Air's US parent paid US$3 million in a separate case last year."],
    );
    check_alignment_among(&[(c_plain, "C$2.1m", bare, "$2.1 million", Apart)], &[a_dollar]);
    check_alignment(&[(c_plain, "C$2.1m", bare, "$2.1 million", Same(Agree))]);
}

#[test]
fn a_named_and_a_bare_dollar_more_than_twice_apart_stay_apart() {
    // A bare "$" beside "US$" may be another country's dollar, so amounts within a plausible
    // rate of each other are compatible; no dollar news names stands at more than twice the
    // US one, so amounts further apart are two amounts, never one claim.
    let named = "Published: 2024-05-10\n\nThe government said its drought response would cost US$1.5 billion and asked donors for help.";
    let close = "Published: 2024-05-10\n\nThe government said its drought response would cost $2.1 billion and asked donors for help.";
    let far = "Published: 2024-05-10\n\nThe government said its drought response would cost $4 billion and asked donors for help.";
    check_alignment(&[
        (named, "US$1.5 billion", close, "$2.1 billion", Same(Compatible)),
        (named, "US$1.5 billion", far, "$4 billion", Apart),
    ]);
}

#[test]
fn a_bare_peso_rupee_or_crown_is_the_one_the_other_articles_name() {
    // "pesos" alone is read as Mexican pesos and "rupees" as Indian rupees, unless the
    // articles name exactly one other peso or rupee and never the default.
    let ars = "Published: 2023-08-15\n\nThe official rate was set at ARS 350 to the dollar on Monday, the central bank said.";
    let pesos = "Published: 2023-08-15\n\nThe central bank set the official rate at 350 pesos to the dollar on Monday.";
    let pesos_more = "Published: 2023-08-15\n\nThe central bank set the official rate at 359 pesos to the dollar on Monday.";
    let pkr = "Published: 2024-06-13\n\nThe finance minister set defence spending at PKR 2,100 billion for the year, the budget said.";
    let rupees = "Published: 2024-06-13\n\nThe budget set defence spending at 2,100 billion rupees for the year, the finance minister said.";
    check_alignment(&[
        (ars, "ARS 350", pesos, "350 pesos", Same(Agree)),
        (ars, "ARS 350", pesos_more, "359 pesos", Same(Diverge)),
        (pkr, "PKR 2,100 billion", rupees, "2,100 billion rupees", Same(Agree)),
    ]);
    // "crowns" alone is read as Swedish kronor, unless the articles name another crown.
    let nok = "Published: 2022-07-05\n\nThe strike costs the airline up to 130 million Norwegian crowns a day, the company said.";
    let crowns = "Published: 2022-07-05\n\nThe company said the strike costs the airline up to 130 million crowns a day.";
    let sek = "Published: 2022-07-05\n\nThe strike costs the airline up to 130 million kronor a day, the company said.";
    check_alignment(&[(
        nok,
        "up to 130 million Norwegian crowns a day",
        crowns,
        "up to 130 million crowns a day",
        Same(Agree),
    )]);
    check_alignment(&[(
        sek,
        "up to 130 million kronor a day",
        crowns,
        "up to 130 million crowns a day",
        Same(Agree),
    )]);
    // A Mexican peso named anywhere leaves "pesos" Mexican.
    check_alignment_among(
        &[(ars, "ARS 350", pesos, "350 pesos", Apart)],
        &["Published: 2023-08-15\n\nThe Mexican peso held at 17 Mexican pesos to the dollar."],
    );
}

#[test]
fn a_day_told_again_is_not_a_repeat() {
    // A day dates many events of one report ("On Tuesday, prosecutors charged two others";
    // "by Tuesday morning the trailer had been towed"): the same day again is no repeat, and
    // joins the claim only on its own evidence, which the rules scorer finds too thin here.
    check_rules_alignment(&[
        (
            "Published: 2026-07-01\n\nProsecutors charged the driver of the truck on Wednesday, the court said. He faces 12 counts. His lawyer declined to comment. Police said 53 people died.\n\nOn Wednesday hundreds of mourners gathered at the cathedral for a vigil.",
            "Wednesday#2",
            "Published: 2026-07-01\n\nThe court said prosecutors charged the driver of the truck on Wednesday. He faces 12 counts. Police said 53 people died.",
            "Wednesday",
            Apart,
        ),
    ]);
}

#[test]
fn small_counts_need_more_confidence_to_be_red() {
    // Two small counts of a thing ("seven fire engines", "nine") need `small_red_confidence`:
    // with it out of reach they are left unlinked, while larger counts in the same sentences,
    // and the story's own toll of one kind ("seven workers were injured"), are still red.
    type Pair = (&'static str, &'static str, &'static str, &'static str);
    let engines: Pair = (
        "The fire service sent seven engines to the warehouse fire in Dunmore on Friday, a spokesman said.",
        "seven",
        "The fire service sent nine engines to the warehouse fire in Dunmore on Friday, a spokesman said.",
        "nine",
    );
    let more_engines: Pair = (
        "The fire service sent 70 engines to the warehouse fire in Dunmore on Friday, a spokesman said.",
        "70",
        "The fire service sent 90 engines to the warehouse fire in Dunmore on Friday, a spokesman said.",
        "90",
    );
    let injured: Pair = (
        "Seven workers were injured in the warehouse fire in Dunmore on Friday, the fire service said.",
        "Seven",
        "Nine workers were injured in the warehouse fire in Dunmore on Friday, the fire service said.",
        "Nine",
    );
    let row = |(a, ma, b, mb): Pair, want| (a, ma, b, mb, want);
    check_alignment(&[
        row(engines, Same(Diverge)),
        row(more_engines, Same(Diverge)),
        row(injured, Same(Diverge)),
    ]);
    let strict = Config { small_red_confidence: 1.0, ..Config::default() };
    let table = [row(engines, Apart), row(more_engines, Same(Diverge)), row(injured, Same(Diverge))];
    check_alignment_with(&strict, &table, &[]);
}

#[test]
fn a_day_the_other_article_also_gives_is_at_most_possible() {
    // An article that gives both days dates two events: its Monday against the other's
    // Tuesday is likelier another event than a contradiction, so it is only possible. Without
    // the second day, or for figures other than days and times, the pair stays red.
    let both_days = "Published: 2026-06-10\n\nThe fire at the Dunmore paper mill started on Monday, the fire service said. Crews fought the blaze for eleven hours.\n\nOn Tuesday, insurers sent assessors to the mill, a spokeswoman said.";
    let one_day = "Published: 2026-06-10\n\nThe fire at the Dunmore paper mill started on Monday, the fire service said. Crews fought the blaze for eleven hours.\n\nInsurers sent assessors to the mill, a spokeswoman said.";
    let other = "Published: 2026-06-10\n\nThe fire at the Dunmore paper mill started on Tuesday, the fire service said. Crews fought the blaze for nine hours.";
    check_alignment(&[
        (both_days, "Monday", other, "Tuesday", Same(Possible)),
        (one_day, "Monday", other, "Tuesday", Same(Diverge)),
        (both_days, "eleven hours", other, "nine hours", Same(Diverge)),
    ]);
}

#[test]
fn a_window_of_clock_times_against_a_moment_is_at_most_possible() {
    // "Between 7am and 8am" is when something lasted or was measured, "9am" when something
    // happened: at most possible. Two single times, or two windows' other figures, stay red.
    let window = "Published: 2026-06-10\n\nThe Dunmore count of cyclists on the bridge was made between 7am and 8am on Monday, the council said. It found 410 riders.";
    let moment = "Published: 2026-06-10\n\nThe Dunmore count of cyclists on the bridge was made at 9am on Monday, the council said. It found 520 riders.";
    let other_moment = "Published: 2026-06-10\n\nThe Dunmore count of cyclists on the bridge was made at 7am on Monday, the council said. It found 410 riders.";
    check_alignment(&[
        (window, "between 7am and 8am", moment, "9am", Same(Possible)),
        (other_moment, "7am", moment, "9am", Same(Diverge)),
        (window, "410", moment, "520", Same(Diverge)),
    ]);
}

#[test]
fn days_one_apart_beside_a_named_clock_are_at_most_possible() {
    // Across the date line one day is told two ways: a day one apart from the other's, when
    // either sentence names a clock ("Japan time", "U.S. time", GMT), is at most possible.
    // Without a clock, or two days apart, the pair stays red.
    let japan = "Published: 2022-11-17\n\nThe capsule is due to splash down in the Pacific early on Dec. 12, Japan time, after a 26-day trip.";
    let plain = "Published: 2022-11-17\n\nThe capsule is due to splash down in the Pacific early on Dec. 12 after a 26-day trip.";
    let us = "Published: 2022-11-16\n\nThe capsule is due to splash down in the Pacific off San Diego on Dec. 11 after a 25-day trip.";
    let later = "Published: 2022-11-16\n\nThe capsule is due to splash down in the Pacific off San Diego on Dec. 10 after a 25-day trip.";
    check_alignment(&[
        (japan, "Dec. 12", us, "Dec. 11", Same(Possible)),
        (plain, "Dec. 12", us, "Dec. 11", Same(Diverge)),
        (japan, "Dec. 12", later, "Dec. 10", Same(Diverge)),
    ]);
}

#[test]
fn market_quotes_a_fraction_or_a_day_apart_are_at_most_possible() {
    // Prices to the cent within 1% of each other are as often two moments of trading as one
    // price told wrongly: at most possible; so are two more than 5% apart, written to the cent,
    // which are mostly two days' quotes. Between, or not to the cent, they stay red.
    let closed = "Published: 2026-06-10\n\nShares of Dunmore Paper closed at $33.09 on Tuesday after the mill fire, the exchange said. The company employs 180 people.";
    let ended = "Published: 2026-06-10\n\nDunmore Paper shares closed at $33.03 on Tuesday after the mill fire, the exchange said. The company employs 140 people.";
    let far = "Published: 2026-06-10\n\nDunmore Paper shares closed at $33.79 on Tuesday after the mill fire, the exchange said.";
    let fell = "Published: 2026-06-10\n\nDunmore Paper shares closed at $30.85 on Tuesday after the mill fire, the exchange said.";
    let dollars = "Published: 2026-06-10\n\nDunmore Paper shares closed at $973 on Tuesday after the mill fire, the exchange said.";
    let whole = "Published: 2026-06-10\n\nDunmore Paper shares closed at $873 on Tuesday after the mill fire, the exchange said.";
    let cents = "Published: 2026-06-10\n\nDunmore Paper shares closed at $875.25 on Tuesday after the mill fire, the exchange said.";
    check_alignment(&[
        (closed, "$33.09", ended, "$33.03", Same(Possible)),
        (closed, "$33.09", far, "$33.79", Same(Diverge)),
        (closed, "$33.09", fell, "$30.85", Same(Possible)),
        (whole, "$873", cents, "$875.25", Same(Diverge)),
        (whole, "$873", dollars, "$973", Same(Diverge)),
        (closed, "180", ended, "140", Same(Diverge)),
    ]);
}

#[test]
fn precise_amounts_that_differ_in_several_digits_are_at_most_possible() {
    // Two exact amounts of three or more digits that differ in one digit, or in two swapped
    // neighbours, are one figure copied wrongly: red. Differing in more digits they are as
    // often two facts (two pay rates, two days' prices): at most possible. Counts, and amounts
    // of two digits, stay red (since 2026-12-07).
    let pay = |amount: &str| {
        format!("Published: 2026-03-02\n\nThe Kessel council's pay deal sets a refuse driver's starting salary at {amount} a year, the union said.")
    };
    let budget = |amount: &str| {
        format!("Published: 2026-03-02\n\nThe Kessel harbour project will cost {amount}, the port authority said.")
    };
    let staff =
        |n: &str| format!("Published: 2026-03-02\n\nThe Kessel plant employs {n} workers, the company said.");
    check_alignment(&[
        (&pay("£38,650"), "£38,650 a year", &pay("£37,719"), "£37,719 a year", Same(Possible)),
        (&pay("£38,650"), "£38,650 a year", &pay("£38,950"), "£38,950 a year", Same(Diverge)),
        (
            &budget("Rs 2,119 crore"),
            "Rs 2,119 crore",
            &budget("Rs 2,115 crore"),
            "Rs 2,115 crore",
            Same(Diverge),
        ),
        (
            &budget("$374.2 million"),
            "$374.2 million",
            &budget("$372.4 million"),
            "$372.4 million",
            Same(Diverge),
        ),
        (
            &budget("$374.2 million"),
            "$374.2 million",
            &budget("$361.8 million"),
            "$361.8 million",
            Same(Possible),
        ),
        (&pay("$64"), "$64 a year", &pay("$62"), "$62 a year", Same(Diverge)),
        (&staff("1,250"), "1,250", &staff("1,104"), "1,104", Same(Diverge)),
    ]);
}

#[test]
fn a_depth_is_not_a_distance() {
    // A quake's depth and its distance from a town are both lengths in one unit; "a depth of"
    // (with the conversion after it) marks the first, and the two are never one fact. Two
    // depths, or two distances, still contradict (since 2026-12-07).
    let depth = |km: &str, miles: &str| {
        format!("Published: 2026-05-04\n\nThe earthquake struck off Kessel at a depth of {km} ({miles}), the seismology institute said.")
    };
    let off = |km: &str| {
        format!(
            "Published: 2026-05-04\n\nThe earthquake struck {km} off Kessel, the seismology institute said."
        )
    };
    check_alignment(&[
        (&depth("70 km", "43 miles"), "70 km", &off("87 km"), "87 km", Apart),
        (&depth("70 km", "43 miles"), "43 miles", &off("87 km"), "87 km", Apart),
        (&depth("70 km", "43 miles"), "70 km", &depth("60 km", "37 miles"), "60 km", Same(Diverge)),
        (&off("70 km"), "70 km", &off("87 km"), "87 km", Same(Diverge)),
    ]);
}

/// A contradiction the vetting model doubts does not hold a claim together on its own: below
/// `possible_confidence` the pair is cut before verdicts, and what only it joined falls apart.
/// Two moves of one share on two days get about 0.25 here: with the bar raised to 0.4 they are
/// two single figures, at the default (0.2) a possible contradiction.
#[test]
fn a_doubtful_contradiction_alone_holds_no_claim() {
    let wednesday = "Published: 2026-04-10\n\nAir Kessler shares fell 1.9% in Toronto on Wednesday after the airline cut its outlook.";
    let tuesday = "Published: 2026-04-10\n\nShares of Air Kessler rose 2.6% in Toronto by mid-afternoon on Tuesday as talks resumed.";
    let strict = Config { possible_confidence: 0.4, ..Config::default() };
    check_alignment_with(&strict, &[(wednesday, "1.9%", tuesday, "2.6%", Apart)], &[]);
    check_alignment(&[(wednesday, "1.9%", tuesday, "2.6%", Same(Possible))]);
}

/// Two percentages, temperatures or speeds are red only when the vetting model is as sure as a
/// red pair of bare small counts must be (`small_red_confidence`); other figures need only
/// `vet_confidence`. With the bar raised above the model's confidence, the percentages,
/// temperatures and speeds are possible while the counts of the same shape stay red.
#[test]
fn red_percentages_and_temperatures_need_the_higher_bar() {
    let strict = Config { small_red_confidence: 0.995, ..Config::default() };
    let rows: &[Row] = &[
        (
            "Inflation rose to 3.4% in March, the statistics office said.",
            "3.4%",
            "The statistics office said inflation reached 3.8% in March.",
            "3.8%",
            Same(Possible),
        ),
        (
            "About 140 workers at the Dunmore plant were laid off in March, the union said.",
            "About 140",
            "The union said about 180 workers at the Dunmore plant were laid off in March.",
            "about 180",
            Same(Diverge),
        ),
        // A temperature is a reading of one place and hour, as look-alike as a share.
        (
            "The temperature at the Dunmore weather station fell to minus 31C on Thursday night.",
            "minus 31C",
            "On Thursday night the Dunmore weather station recorded minus 35C, the coldest so far.",
            "minus 35C",
            Same(Possible),
        ),
        // So is a speed: gusts and sustained winds, one agency's and another's, a train's
        // before and at the curve (fortieth stop).
        (
            "The storm's winds reached 140 mph as it crossed the Dunmore coast on Thursday night.",
            "140 mph",
            "On Thursday night the storm crossed the Dunmore coast with winds of 125 mph.",
            "125 mph",
            Same(Possible),
        ),
    ];
    check_alignment_with(&strict, rows, &[]);
    // At the default bar the percentages, temperatures and speeds are red too.
    check_alignment(&[(rows[0].0, rows[0].1, rows[0].2, rows[0].3, Same(Diverge))]);
    check_alignment(&[(rows[2].0, rows[2].1, rows[2].2, rows[2].3, Same(Diverge))]);
    check_alignment(&[(rows[3].0, rows[3].1, rows[3].2, rows[3].3, Same(Diverge))]);
}

/// The articles of a dev story, each with its "Published:" line first, as the rows read a
/// dated article.
fn dev_story(name: &str) -> Vec<String> {
    let dir = format!("tests/fixtures/corpus/dev/{name}");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    files.sort();
    files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            let (published, rest): (Vec<&str>, Vec<&str>) =
                text.lines().partition(|l| l.starts_with("Published:"));
            [published, rest].concat().join("\n")
        })
        .collect()
}

#[test]
fn agreeing_figures_link_on_less_evidence() {
    // Whole stories from dev. A rounded figure that agrees joins its claim on less evidence
    // than a contradiction needs (`Config::agreeing_merge_share`), as a group ("€6m" joins
    // the claim of "€6.2 million" and "€6.2m") and as a single pair ("about 109 million"
    // customer accounts and "roughly 110 million" people); at 1 they stay apart.
    let before = Config { agreeing_merge_share: 1.0, ..Config::default() };
    // (story, article A, mention in A, article B, mention in B, verdict): articles by their
    // file names' order.
    let rows = [
        ("stadium-roof-collapse", 1, "€6m", 3, "€6.2m", Compatible),
        ("att-data-breach-settlement", 3, "about 109 million", 1, "roughly 110 million", Compatible),
    ];
    for (name, a, ma, b, mb, verdict) in rows {
        let texts = dev_story(name);
        let others: Vec<&str> =
            texts.iter().enumerate().filter(|(i, _)| *i != a && *i != b).map(|(_, t)| t.as_str()).collect();
        check_alignment_among(&[(&texts[a], ma, &texts[b], mb, Same(verdict))], &others);
        check_alignment_with(&before, &[(&texts[a], ma, &texts[b], mb, Apart)], &others);
    }
}

#[test]
fn two_times_taken_that_both_articles_give_are_two_facts() {
    // A whole dev story: a marathon's new record and the old one, each article giving both
    // ("2:01:09, 30 seconds inside his 2018 mark of 2:01:39"). A time taken is as specific as
    // a figure gets, so each article stating the other's time tells them apart; read as a
    // small number, the old record and the new one were red.
    let texts = dev_story("berlin-marathon-2022-kipchoge-2-01-09-world-record-assefa");
    let others: Vec<&str> = [&texts[1], &texts[3]].map(String::as_str).to_vec();
    check_alignment_among(
        &[
            (&texts[0], "2:01:39", &texts[2], "2:01:09", Apart),
            (&texts[0], "2:01:09#2", &texts[2], "2:01:09", Same(Agree)),
        ],
        &others,
    );
}
