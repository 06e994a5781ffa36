//! Who gave a figure (`engine::attribution`): sentence in, the source of each marked figure
//! out, through one `check` helper. Negative rows: pronouns, passives, nouns that look like
//! reporting verbs, and sentences that name no source.

use crosscheck::engine::attribution;

/// Each row: a sentence, a figure in it (its first occurrence), and the source expected.
fn check(rows: &[(&str, &str, Option<&str>)]) {
    let mut failures = Vec::new();
    for (text, figure, want) in rows {
        let Some(start) = text.find(figure) else {
            failures.push(format!("{figure:?} is not in {text:?}"));
            continue;
        };
        let got = attribution::of(text, start, start + figure.len());
        if got.as_deref() != *want {
            failures.push(format!("{text:?} / {figure:?}: expected {want:?}, got {got:?}"));
        }
    }
    super::check::assert_rows(&failures, rows.len());
}

#[test]
fn sources_named_in_the_sentence() {
    check(&[
        (
            "A fire killed two workers and injured 12 others, regional officials said.",
            "12",
            Some("regional officials"),
        ),
        (
            "Two workers died, the Upper Ness fire service said on Friday.",
            "Two",
            Some("the Upper Ness fire service"),
        ),
        ("According to Cal Fire, 42 homes were destroyed.", "42", Some("Cal Fire")),
        (
            "42 homes were destroyed, according to the county sheriff's office.",
            "42",
            Some("the county sheriff's office"),
        ),
        ("\"We lost 14,\" said Fire Chief Dana Okafor.", "14", Some("Fire Chief Dana Okafor")),
        ("Police told reporters that 30 people were arrested.", "30", Some("Police")),
        ("The company reported revenue of $7.3 billion.", "$7.3 billion", Some("The company")),
        ("The ministry estimated the damage at $40 million.", "$40 million", Some("The ministry")),
        ("Turnout was 63.9%, the commission said. It was 59% in 2019.", "63.9%", Some("the commission")),
        // An adverb between the source and its verb is no part of the source.
        ("Aurelian also said it would cut 1,200 jobs.", "1,200", Some("Aurelian")),
        // The perfect is a report too, with its source before "has".
        (
            "The state government has offered 500,000 rupees to the family of each person killed.",
            "500,000 rupees",
            Some("The state government"),
        ),
        ("The toll has risen to 84, officials say.", "84", Some("officials")),
        ("Nordstern now expects revenue of $4.95bn for the quarter.", "$4.95bn", Some("Nordstern")),
        // Nor is the day between the source and its verb.
        ("The district on Wednesday reported 38 new cases.", "38", Some("The district")),
        // The passive names its source after "by".
        ("It was above the roughly $900m reported by Bloomberg last week.", "$900m", Some("Bloomberg")),
        (
            "Staff face a pay freeze of 2 years announced by George Osborne.",
            "2 years",
            Some("George Osborne"),
        ),
        // A unit glued to the figure is no source; digits inside a name belong to it.
        ("on top of the £850m announced on Wednesday", "£850m", None),
        ("On Friday, 23andMe said it expected $2m of costs.", "$2m", Some("23andMe")),
        // "put ... at" gives an estimate and its source; the passive names none.
        ("The utility put the preliminary repair bill at $150 million.", "$150 million", Some("The utility")),
        ("AccuWeather puts losses at $105bn to $115bn.", "$105bn to $115bn", Some("AccuWeather")),
        ("Bridge engineers last week put the minimum at six weeks.", "six weeks", Some("Bridge engineers")),
        ("The star's age had been put at roughly 500 million years.", "roughly 500 million years", None),
        ("Troops put 500 sandbags on the levee.", "500", None),
        ("Management initially offered 6,625 won.", "6,625 won", Some("Management")),
        // "told" is followed by who heard it; who spoke stands before it, or before an aside.
        ("Halden Forge told staff on Monday that 340 roles would go.", "340", Some("Halden Forge")),
        (
            "Kestrel, a unit of India's Varuna Industries, told staff that 900 jobs would go.",
            "900",
            Some("Kestrel"),
        ),
        // So does one who "said" after an aside, when nothing after the verb names anyone.
        ("Gazprom, the Russian state energy company, said 11 turbines were idle.", "11", Some("Gazprom")),
        ("Two workers died, said Fire Chief Dana Okafor.", "Two", Some("Fire Chief Dana Okafor")),
        // "he" or "she" said: the person named in full as the source of the sentence before.
        (
            "Fire Chief Dana Okafor said the blaze began at 2 a.m. \"We lost 14,\" she said.",
            "14",
            Some("Fire Chief Dana Okafor"),
        ),
        // "it" and "they" take the source of the sentence before in the same paragraph.
        ("The ministry said 30 were hurt. It said 12 were in hospital.", "12", Some("The ministry")),
        ("Police said 30 were hurt. They said 12 were in hospital.", "12", Some("Police")),
        ("The ministry said 30 were hurt.\nIt said 12 were in hospital.", "12", None),
        ("AT&T said 73 million accounts were exposed.", "73 million", Some("AT&T")),
        // Whoever "had forecast", "has counted" or "have verified" a figure gave it.
        (
            "Before the sale, the auction house had forecast £7.6 million.",
            "£7.6 million",
            Some("the auction house"),
        ),
        ("Wildlife officials have verified 275 carcasses.", "275", Some("Wildlife officials")),
        ("The health ministry has confirmed 12 cases.", "12", Some("The health ministry")),
        ("Twelve confirmed cases were reported.", "Twelve", None),
        // The present tense reports too; the past ("confirmed") stays out, as often a date's
        // news ("The club confirmed the signing on Monday") as a figure's source.
        (
            "The joint administrators confirm that 276 of the airline's 321 staff were made redundant.",
            "276",
            Some("The joint administrators"),
        ),
        ("Rescuers found 14 survivors, the coastguard confirms.", "14", Some("the coastguard")),
        ("Doctors were asked to confirm 12 deaths.", "12", None),
        ("The revised figures showed a 7.1% fall.", "7.1%", None),
        ("The ₹648 crore that analysts had forecast was missed.", "₹648 crore", None),
        // Figures "released by" or data "compiled by" someone are theirs; a film is no data.
        ("Figures released by the airport show 127 flights were cancelled.", "127", Some("the airport")),
        (
            "Thirty-two people have died, according to figures released by the district collectorate.",
            "Thirty-two",
            Some("the district collectorate"),
        ),
        ("The film released by Universal took $14 million.", "$14 million", None),
        ("Police said the road was shut. \"We found 12,\" he said.", "12", None),
        // "by" and a time of day is when, not who.
        ("By then 23 deaths had been reported by Monday night.", "23", None),
        // A short name in brackets belongs to the source it follows.
        (
            "The US Geological Survey (USGS) put its magnitude at 5.5.",
            "5.5",
            Some("The US Geological Survey (USGS)"),
        ),
        (
            "Renewal had 38.4% of the vote, the Central Election Commission (CEC) said.",
            "38.4%",
            Some("the Central Election Commission (CEC)"),
        ),
        (
            "Hebridean Ferry Services (HFS) said five people were hurt.",
            "five",
            Some("Hebridean Ferry Services (HFS)"),
        ),
        // "of", "for" and "and" between capitalised words belong to one name.
        (
            "The jobless rate was 14.9%, the National Bureau of Statistics said.",
            "14.9%",
            Some("the National Bureau of Statistics"),
        ),
        (
            "The Food and Drug Administration said 12 lots were recalled.",
            "12",
            Some("The Food and Drug Administration"),
        ),
        ("Residents and police said 40 homes flooded.", "40", Some("police")),
        // A name in commas after a title names the speaker too; an aside that is no name leaves
        // the source before it.
        (
            "South Carolina's governor, Henry McMaster, said nine people had died.",
            "nine",
            Some("South Carolina's governor, Henry McMaster"),
        ),
        (
            "Spain's state weather agency, Aemet, said gusts reached 120 km/h.",
            "120 km/h",
            Some("Spain's state weather agency, Aemet"),
        ),
        ("Okafor, the fire chief, said two workers died.", "two", Some("Okafor")),
        // Adverbs of time and manner between the source and its verb are no part of it.
        ("Relatives have so far reported 68 people missing.", "68", Some("Relatives")),
        ("Centrica has just reported a profit of £6.5bn.", "£6.5bn", Some("Centrica")),
        ("The two agencies jointly announced fines of $549m.", "$549m", Some("The two agencies")),
        // What follows a verb that opens its clause is what was said, not who said it, when a
        // figure opens it or a verb follows it.
        ("The report was clear, said 12 people had died.", "12", None),
    ]);
}

#[test]
fn no_source_where_none_is_named() {
    check(&[
        ("He said 3 engines came.", "3", None),
        ("She told them 40 people had left.", "40", None),
        ("Analysts had expected $7.45 billion.", "$7.45 billion", None),
        ("Bird flu has been confirmed at a third farm with 41,000 hens.", "41,000", None),
        ("The conduct affected merchants in 14 Member States.", "14", None),
        ("This is the fourth confirmed case since 12 November.", "12 November", None),
        ("Turnout was 63.9%, the commission said. It was 59% in 2019.", "59%", None),
        ("About 60 firefighters were sent to the site.", "60", None),
        // "estimate" is a noun as often as a verb; "than first estimated" names nobody.
        (
            "The painting sold for $4.2 million against a pre-sale estimate of $3 million.",
            "$4.2 million",
            None,
        ),
        ("The repairs will cost $40m, more than first estimated.", "$40m", None),
        // A reporting verb after a determiner is an adjective, not a report.
        ("Borealis must also hand back an estimated $11.8 million in refunds.", "$11.8 million", None),
        ("The strike began at 00:01 local time and has no announced end date.", "00:01", None),
        // A denial or a figure's own words name nobody.
        ("Vallas, who is 69, has not said what he plans.", "69", None),
        ("The board, which once had 12 seats, never said why.", "12", None),
        (
            "The local MP, Aimos Akem, said more than 300 people had been buried.",
            "300",
            Some("The local MP, Aimos Akem"),
        ),
        ("She stayed, having announced a 40% cut on Saturday.", "40%", None),
    ]);
}
