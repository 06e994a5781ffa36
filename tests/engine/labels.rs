//! Claim labels in small: each row is two short articles, the text of a mention in the
//! first, and the label its claim must carry: the counted thing with its role, the thing an
//! amount is about, the event a date belongs to, or, failing all, the kind of figure.

use crosscheck::engine::{analyze, Article, Config};

use crate::check::assert_rows;

/// (article A, article B, mention text in A, expected label of its claim)
type Row<'a> = (&'a str, &'a str, &'a str, &'a str);

fn check_labels(table: &[Row]) {
    let mut failures = Vec::new();
    for (ta, tb, text, want) in table {
        let articles: Vec<Article> = [ta, tb].iter().map(|t| Article::parse(t)).collect();
        let analysis = analyze(&articles, &Config::default());
        let found = analysis.mentions[0].iter().position(|m| m.text(&articles[0].body) == *text);
        let Some(i) = found else {
            failures.push(format!("{text:?}: mention not found in {ta:?}"));
            continue;
        };
        let claim = &analysis.claims[analysis.claim_of[0][i]];
        if claim.pairs.is_empty() {
            failures.push(format!("{text:?}: no claim across the two articles"));
        } else if claim.label != *want {
            failures.push(format!("{text:?} in {ta:?}\n  expected {want:?}, got {:?}", claim.label));
        }
    }
    assert_rows(&failures, table.len());
}

#[test]
fn labels_name_the_fact() {
    check_labels(&[
        (
            // The counted thing and what happened to it.
            "The fire injured 12 workers at the Halvard plant.",
            "The fire injured 14 workers at the Halvard plant.",
            "12",
            "workers injured",
        ),
        (
            // A casualty word names the role even when another verb is nearer.
            "Officials said 23 people died when the ferry sank.",
            "At least 25 people were killed when the ferry sank, officials said.",
            "23",
            "people killed",
        ),
        (
            // An age is an age, whatever verb stands near it.
            "The driver, Tomas Ferreira, 44, died at the scene.",
            "Tomas Ferreira, 44, was killed instantly, police said.",
            "44",
            "age",
        ),
        (
            // A participle after the counted thing ("flights cancelled").
            "Orrin Air said 300 flights were cancelled on Monday.",
            "About 320 flights were cancelled on Monday, Orrin Air said.",
            "300",
            "flights cancelled",
        ),
        (
            // An amount is named by the noun nearest it in both articles.
            "Revenue rose 9% to $7.3 billion in the quarter.",
            "Quarterly revenue climbed to $7.31 billion, up 9%.",
            "$7.3 billion",
            "revenue",
        ),
        (
            // A date is the date of its event.
            "Published: 2026-11-16\n\nA fire destroyed the Mill Road warehouse on Friday, the county said.",
            "Published: 2026-11-16\n\nThe county said a fire destroyed the Mill Road warehouse on Saturday.",
            "Friday",
            "date of the fire",
        ),
        (
            // A time of day is the time of its event, and "time" in "UK time" is no event.
            "The fire at the Mill Road warehouse broke out at 2.20pm UK time, the county said.",
            "The county said the fire at the Mill Road warehouse broke out at 14:20 GMT.",
            "2.20pm UK time",
            "time of the fire",
        ),
        (
            "Brisk stopped all withdrawals at 2.20pm UK time on Monday.",
            "The Brisk exchange stopped withdrawals at 14:20 GMT on Monday.",
            "2.20pm UK time",
            "a time for Brisk",
        ),
        (
            // A year is the year of its event.
            "The last Carrow election was held in 2019, officials said.",
            "Officials said the last Carrow election took place in 2019.",
            "2019",
            "year of the election",
        ),
        (
            // Nouns the comparison never counts name amounts too ("inflation", "price"):
            // the lexicon's label list.
            "Inflation in Carrow rose to 3.2% in May, the statistics office said.",
            "The statistics office said Carrow inflation reached 3.2% in May.",
            "3.2%",
            "inflation",
        ),
        (
            "The base Orrin phone goes on sale at a price of $799 in Carrow.",
            "In Carrow the base Orrin phone will carry a price of $799.",
            "$799",
            "price",
        ),
        (
            // A measure takes a property right beside it ("a depth of 400 metres"), not a
            // counted noun ("its warehouse, 40 miles away", below).
            "The Penwyn shaft reaches a depth of 400 metres, the operator said.",
            "The operator said the Penwyn shaft has a depth of 400 metres.",
            "400 metres",
            "depth",
        ),
        (
            // After a determiner the figure modifies the noun that follows, a verb too or not.
            "The union called a 72-hour strike at Velmouth on Monday.",
            "Dockers at Velmouth began a 48-hour strike on Monday.",
            "72-hour",
            "strike",
        ),
        (
            "Regulators imposed a £5m penalty on Carrow Bank on Tuesday.",
            "Carrow Bank was hit with a £5.2m penalty by regulators on Tuesday.",
            "£5m",
            "penalty",
        ),
        (
            // A noun of the label list ("fine", which SemCor tags mostly as an adjective).
            "Regulators imposed a £5m fine on Carrow Bank on Tuesday.",
            "Carrow Bank was hit with a £5.2m fine by regulators on Tuesday.",
            "£5m",
            "fine",
        ),
        (
            // An amount says what it is in after "in", a verb's "-s" form as a plural noun.
            "A jury ordered Carrow Media to pay $965 million in damages on Wednesday.",
            "Carrow Media must pay $965 million in damages, the jury decided on Wednesday.",
            "$965 million",
            "damages",
        ),
        (
            "Carrow Bank reported £20m in losses for the year on Tuesday.",
            "On Tuesday Carrow Bank said it had about £20m in losses last year.",
            "£20m",
            "losses",
        ),
        (
            // Of two nouns, the compound's head.
            "Nurses in Penwyn rejected a 4% pay rise on Friday.",
            "On Friday Penwyn nurses turned down a 4% pay rise.",
            "4%",
            "rise",
        ),
        (
            // No determiner: the word after is another phrase's ("set" is the verb).
            "The Penwyn record of 41C set in 2019 fell on Monday, forecasters said.",
            "Forecasters said the 41C Penwyn record set in 2019 fell on Monday.",
            "41C",
            "record",
        ),
        (
            // A casualty happens to people: "homes" near "injured" take their own participle.
            "The storm damaged 340 homes and injured nine people in Penwyn.",
            "In Penwyn the storm damaged about 340 homes.",
            "340",
            "homes damaged",
        ),
    ]);
}

#[test]
fn labels_fall_back_to_the_kind_of_figure() {
    check_labels(&[
        (
            // A measure says what it is by its unit's dimension when no noun is right beside
            // it ("gorge" is three words off).
            "The Penwyn gorge is 240 metres deep, the survey said.",
            "The survey put the Penwyn gorge at 240 metres deep.",
            "240 metres",
            "a distance for Penwyn",
        ),
        (
            "Orrin ships from its Dunmore warehouse, 40 miles away, the company said.",
            "The company said Orrin ships from its Dunmore warehouse, 45 miles away.",
            "40 miles",
            "a distance for Orrin",
        ),
        (
            "The Penwyn haul weighed 40 kg, customs said.",
            "Customs said the Penwyn haul weighed 40 kilograms.",
            "40 kg",
            "a weight for Penwyn",
        ),
        (
            "Gusts reached 145 km/h in Penwyn, forecasters said.",
            "Forecasters said gusts in Penwyn reached 90 mph.",
            "145 km/h",
            "a speed for Penwyn",
        ),
        (
            "The Penwyn fire burned 1,200 hectares, officials said.",
            "Officials said the Penwyn fire burned 1,200 hectares.",
            "1,200 hectares",
            "an area for Penwyn",
        ),
        (
            // A unit of no dimension named here, and no noun right beside it.
            "At full power Penwyn makes 40 megawatts, the operator said.",
            "The operator said that at full power Penwyn makes 40 megawatts.",
            "40 megawatts",
            "a measurement for Penwyn",
        ),
        (
            // Nothing near the amounts names it: say what kind of figure it is, and whose,
            // when both articles name it; not whoever gave it ("Orrin said").
            "Tessaly paid $5 million, Orrin said.",
            "Orrin said Tessaly paid $5 million.",
            "$5 million",
            "an amount in dollars for Tessaly",
        ),
        (
            "It came to $5 million, Orrin said.",
            "Orrin said it came to $6 million.",
            "$5 million",
            "an amount in dollars",
        ),
        (
            // A name of several words is named whole.
            "In the Middle East it was up 4%, Orrin said.",
            "Orrin said it was up 5% in the Middle East.",
            "4%",
            "a percentage for Middle East",
        ),
        (
            "Carrow was up 4% on Sunday, Tessaly said.",
            "Tessaly said Carrow was up 4% on Sunday.",
            "4%",
            "a percentage for Carrow",
        ),
        (
            // A date with no event noun near it.
            "Published: 2026-11-16\n\nOrrin met Tessaly on Friday.",
            "Published: 2026-11-16\n\nTessaly met Orrin on Friday.",
            "Friday",
            "a date for Orrin",
        ),
        (
            // A year or a month with no event noun says which part of the calendar it names.
            "Orrin met Tessaly in 2019, Carrow said.",
            "Carrow said Tessaly met Orrin in 2019.",
            "2019",
            "a year for Orrin",
        ),
        (
            "Published: 2026-11-16\n\nOrrin met Tessaly in March, Carrow said.",
            "Published: 2026-11-16\n\nCarrow said Tessaly met Orrin in March.",
            "March",
            "a month for Orrin",
        ),
    ]);
}

/// A level's verb ("dropped to") looks for the count's subject in its own sentence: the deaths
/// of the sentence before do not make the birth rate a number killed (since 2026-12-07).
#[test]
fn a_level_takes_no_casualty_from_the_sentence_before() {
    check_labels(&[(
        "Registrars counted 10.41 million deaths last year. The birth rate dropped to 6.77 per 1,000 people, the bureau said.",
        "The birth rate dropped to 6.77 per 1,000 people last year, the bureau said.",
        "6.77",
        "number dropped",
    )]);
}

#[test]
fn a_share_is_named_by_its_whole() {
    check_labels(&[
        (
            "Carrow won 34% of the vote, Tessaly said.",
            "Tessaly said Carrow won 34% of the vote.",
            "34%",
            "share of the vote",
        ),
        (
            // The whole's first word ("the votes cast", "its share capital"), alone when it
            // says "share" itself.
            "Orrin bought 12% of its share capital, Carrow said.",
            "Carrow said Orrin bought 12% of its share capital.",
            "12%",
            "share",
        ),
        (
            "Carrow took 61% of the seats in Penwyn, Tessaly said.",
            "Tessaly said Carrow took 61% of the seats in Penwyn.",
            "61%",
            "share of the seats",
        ),
    ]);
}

#[test]
fn a_change_with_nothing_named_is_named_by_the_way_it_went() {
    check_labels(&[
        (
            // The verb's own noun where it has one; "grew" is growth.
            "Carrow fell 4% on Monday, Tessaly said.",
            "Tessaly said Carrow fell 5% on Monday.",
            "4%",
            "fall",
        ),
        (
            "Carrow gained 3% on Friday, Tessaly said.",
            "Tessaly said Carrow gained 3% on Friday.",
            "3%",
            "gain",
        ),
        (
            "Orrin grew 12% last year, Tessaly said.",
            "Tessaly said Orrin grew 12% last year.",
            "12%",
            "growth",
        ),
        (
            "Carrow dropped 2% on Friday, Tessaly said.",
            "Tessaly said Carrow dropped 3% on Friday.",
            "2%",
            "fall",
        ),
        // A level reached is no change, and a change of something named keeps its name.
        (
            "Carrow rose to 4% on Friday, Tessaly said.",
            "Tessaly said Carrow rose to 4% on Friday.",
            "4%",
            "a percentage for Carrow",
        ),
        (
            "Carrow revenue fell 4% on Monday, Tessaly said.",
            "Tessaly said Carrow revenue fell 5% on Monday.",
            "4%",
            "revenue",
        ),
    ]);
}

/// A name as the article writes it: with the capitalised words after it, up to a possessive,
/// a comma or a full stop; never a lower-case word, never out of the text's bounds.
#[test]
fn names_are_read_whole() {
    use crosscheck::engine::label::written_name;
    let rows: &[(&str, usize, &str, Option<&str>)] = &[
        ("Cal Fire crews saw 1,200 acres burn.", 15, "Cal", Some("Cal Fire")),
        ("The fire burned 1,200 acres, Cal Fire said.", 15, "Cal", None),
        ("Toyota's shares fell 4%.", 20, "Toyota", Some("Toyota")),
        ("Sales in Asia, Europe and China rose 4%.", 30, "Asia", Some("Asia")),
        (
            "The Social Democrats Party Of Sweden Won took 30%.",
            45,
            "Social",
            Some("Social Democrats Party Of"),
        ),
        ("the social democrats took 30%", 25, "social", None),
        ("Zürich Re paid €5m to Ærø.", 10, "Zürich", Some("Zürich Re")),
        // A capital outside ASCII is not read as one (the page's budget keeps Unicode's
        // case tables out); the name is left out of the label.
        ("Zürich Re paid €5m to Ærø.", 20, "Ærø", None),
        ("Zürich Re paid €5m.", 400, "Zürich", None),
        ("RAV4 recalls rose to 4,000.", 22, "RAV", Some("RAV4")),
    ];
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|(body, at, name, want)| {
            let got = written_name(body, *at, name);
            (got.as_deref() != *want)
                .then(|| format!("{body:?} at {at} {name:?}: expected {want:?}, got {got:?}"))
        })
        .collect();
    assert_rows(&failures, rows.len());
}
