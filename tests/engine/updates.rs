//! Updates in small: a later report's changed count, a report that tells a count at two
//! moments, and a rise the other reports' timeline must bear out, through the alignment
//! tables' helpers (`alignment`).

use crosscheck::engine::Verdict::{Compatible, Diverge, Updated};

use crate::alignment::Want::{Apart, Same};
use crate::alignment::{check_alignment, check_alignment_among, check_alignment_with};
use crosscheck::engine::Config;

/// A later report's changed count updates an earlier one when its words say it moved, or it is
/// a tally in the perfect that grew, a floor that was passed or a sequence that counted on;
/// without those, on the same day, or moving the other way, the difference stays red.
#[test]
fn updates_are_not_contradictions() {
    let monday = "Published: 2025-10-06\n\nAt least 22 people were killed when a bus plunged into a gorge near Kessel.";
    let monday_plain =
        "Published: 2025-10-06\n\nTwenty-two people were killed when a bus plunged into a gorge near Kessel.";
    check_alignment(&[
        // Rose to a larger toll the next day: updated.
        (
            monday_plain,
            "Twenty-two",
            "Published: 2025-10-07\n\nThe number of people killed when a bus plunged into a gorge near Kessel rose to 25 on Tuesday.",
            "25",
            Same(Updated),
        ),
        // "has climbed to", and the later article's plain repeat of the new toll.
        (
            monday_plain,
            "Twenty-two",
            "Published: 2025-10-08\n\nThe toll from the bus that plunged into a gorge near Kessel has climbed to 27. The 27 people killed were mostly pilgrims.",
            "27#2",
            Same(Updated),
        ),
        // "taking", "raising" or "lifting" a count "to" a new level is "rose to" in other words;
        // "took 14 hours to" names no level, so the two durations still contradict (possible
        // until the vetting model's refit of 2026-12-06, red since).
        (
            "Published: 2026-03-02\n\nNineteen miners were killed in the blast at the Velka pit, the operator said.",
            "Nineteen",
            "Published: 2026-03-03\n\nTwo more bodies were recovered at the Velka pit, taking the number of miners killed to 21.",
            "21",
            Same(Updated),
        ),
        (
            "Published: 2026-03-02\n\nThe fire at the Velka pit burned for 12 hours before crews reached the shaft.",
            "12 hours",
            "Published: 2026-03-03\n\nIt took 14 hours to bring the fire at the Velka pit under control, crews said.",
            "14 hours",
            Same(Diverge),
        ),
        // A larger count of the arrested two days later, in no update words, is where the count
        // got to: the pair links as an update even where the pair scorer alone would not link
        // two different values (since 2026-12-06); two days earlier it stays apart.
        (
            "Published: 2026-05-31\n\nIn a provisional tally issued at 1:20 a.m. on Sunday, police said 68 people had been arrested in and around the stadium after the cup final.",
            "68",
            "Published: 2026-06-02\n\nFans were squeezed into narrow approaches to the stadium and hit with tear gas before the cup final. Police made 105 arrests and 238 people were treated for injuries.",
            "105",
            Same(Updated),
        ),
        (
            "Published: 2026-06-03\n\nIn a provisional tally issued at 1:20 a.m. on Sunday, police said 68 people had been arrested in and around the stadium after the cup final.",
            "68",
            "Published: 2026-06-02\n\nFans were squeezed into narrow approaches to the stadium and hit with tear gas before the cup final. Police made 105 arrests and 238 people were treated for injuries.",
            "105",
            Apart,
        ),
        // "now stands at" says the figure is the latest, either way.
        (
            "Published: 2026-01-12\n\nHospital officials said 312 relief camps were open across the flooded district.",
            "312",
            "Published: 2026-01-13\n\nThe number of relief camps open across the flooded district now stands at 290, hospital officials said.",
            "290",
            Same(Updated),
        ),
        // "cut", "lowered" or "reduced" a count "to" a new level says it fell, and "has
        // swollen", "soared" or "doubled" "to" one that it rose (since 2026-12-06).
        (
            "Published: 2026-01-12\n\nDistrict officials said 312 relief camps were open across the flooded district.",
            "312",
            "Published: 2026-01-13\n\nDistrict officials said the number of relief camps open across the flooded district was cut to 290.",
            "290",
            Same(Updated),
        ),
        (
            "Published: 2018-06-04\n\nCivil protection officials said 3,263 people were sheltering in schools and churches near the volcano.",
            "3,263",
            "Published: 2018-06-06\n\nThe number of people sheltering in schools and churches near the volcano has swollen to 4,500, civil protection officials said.",
            "4,500",
            Same(Updated),
        ),
        // "have now been" after the new level, and "up from" the earlier one after it.
        (
            "Published: 2026-07-20\n\nOfficials said 18,400 residents of the valley villages had been moved to relief camps.",
            "18,400",
            "Published: 2026-07-21\n\nOfficials said 21,760 residents of the valley villages have now been moved to relief camps.",
            "21,760",
            Same(Updated),
        ),
        (
            "Published: 2026-02-14\n\nEight rescue teams were working in the flooded mine on Saturday, the company said.",
            "Eight",
            "Published: 2026-02-15\n\nTen rescue teams were working in the flooded mine on Sunday, up from eight on Saturday, the company said.",
            "Ten",
            Same(Updated),
        ),
        // "Up from" a smaller level does not make a smaller count an update.
        (
            "Published: 2026-02-14\n\nEight rescue teams were working in the flooded mine on Saturday, the company said.",
            "Eight",
            "Published: 2026-02-15\n\nSix rescue teams were working in the flooded mine on Sunday, up from five on Saturday, the company said.",
            "Six",
            Same(Diverge),
        ),
        // "fell to" a smaller count.
        (
            "Published: 2025-07-07\n\nEleven people are still missing after the floods in the district, officials said.",
            "Eleven",
            "Published: 2025-07-08\n\nThe number of people missing after the floods in the district fell to 9, officials said.",
            "9",
            Same(Updated),
        ),
        // A later "rose to" a smaller figure is no update: the reports contradict.
        (
            "Published: 2026-02-17\n\nThe rover has collected 33 rock samples in the crater since landing.",
            "33",
            "Published: 2026-02-24\n\nThe rover's count of rock samples collected in the crater has risen to 31.",
            "31",
            Same(Diverge),
        ),
        // Same day: a contradiction, whatever the words.
        (
            monday_plain,
            "Twenty-two",
            "Published: 2025-10-06\n\nThe number of people killed when a bus plunged into a gorge near Kessel rose to 25.",
            "25",
            Same(Diverge),
        ),
        // A later, larger toll needs no words: it is where the count got to (changed
        // 2026-12-05; it was a contradiction before).
        (
            monday_plain,
            "Twenty-two",
            "Published: 2025-10-07\n\nTwenty-five people were killed when a bus plunged into a gorge near Kessel.",
            "Twenty-five",
            Same(Updated),
        ),
        // The injured and the arrested grow as well.
        (
            "Published: 2026-03-14\n\nTwelve workers were injured in the fire at the Taviston plastics plant on Friday.",
            "Twelve",
            "Published: 2026-03-16\n\nFourteen workers were injured in the fire at the Taviston plastics plant on Friday.",
            "Fourteen",
            Same(Updated),
        ),
        // A living person's age grows with the calendar, when the years between the reports
        // bear it out; a victim's age at the event does not.
        (
            "Published: 2020-07-28\n\nThe former prime minister, Najib Razak, 67, will stay free on bail pending appeal, the court ruled.",
            "67",
            "Published: 2024-02-02\n\nThe former prime minister, Najib Razak, 70, has been held at Kajang prison since 2022.",
            "70",
            Same(Updated),
        ),
        (
            "Published: 2020-07-28\n\nThe former prime minister, Najib Razak, 67, will stay free on bail pending appeal, the court ruled.",
            "67",
            "Published: 2021-02-02\n\nThe former prime minister, Najib Razak, 70, will stay free on bail pending appeal, the court ruled.",
            "70",
            Same(Diverge),
        ),
        (
            "Published: 2021-02-17\n\nA woman and a 7-year-old girl were found dead in a Sharpstown home where a car had been left running.",
            "7-year-old",
            "Published: 2022-01-03\n\nThe dead included a woman and an 8-year-old girl found in a Sharpstown home where a car had been left running.",
            "8-year-old",
            Same(Diverge),
        ),
        // A streak grows until it breaks: a longer one in a later report is where it got to.
        (
            "Published: 2025-01-23\n\nCore inflation has held at or above the bank's 2% target for 32 consecutive months.",
            "32",
            "Published: 2025-02-21\n\nCore inflation has stayed at or above the bank's 2% goal for 33 straight months.",
            "33",
            Same(Updated),
        ),
        (
            "Published: 2025-01-23\n\nCore inflation has held at or above the bank's 2% target for 33 consecutive months.",
            "33",
            "Published: 2025-02-21\n\nCore inflation has stayed at or above the bank's 2% goal for 32 straight months.",
            "32",
            Same(Diverge),
        ),
        // So does the count of people rescued: no one is unrescued.
        (
            "Published: 2020-11-02\n\nIn all, 106 people were rescued alive from the rubble in Bayrakli, officials said.",
            "106",
            "Published: 2020-11-05\n\nIn all, 107 people were rescued alive from the rubble in Bayrakli, officials said.",
            "107",
            Same(Updated),
        ),
        // A smaller count of the rescued days later stays red, as a smaller toll does.
        (
            "Published: 2020-11-02\n\nIn all, 107 people were rescued alive from the rubble in Bayrakli, officials said.",
            "107",
            "Published: 2020-11-05\n\nIn all, 106 people were rescued alive from the rubble in Bayrakli, officials said.",
            "106",
            Same(Diverge),
        ),
        // A stretch of land burned or flooded grows while the event lasts: a larger area in a
        // report days later is where it got to...
        (
            "Published: 2024-06-18\n\nCrews said the Corlan Ridge fire covered 15,276 acres of the hills above Marlow.",
            "15,276 acres",
            "Published: 2024-06-21\n\nCrews said the Corlan Ridge fire covered 16,349 acres of the hills above Marlow.",
            "16,349 acres",
            Same(Updated),
        ),
        // ...a smaller one days later, or a larger one the same day, stays red...
        (
            "Published: 2024-06-18\n\nCrews said the Corlan Ridge fire covered 16,349 acres of the hills above Marlow.",
            "16,349 acres",
            "Published: 2024-06-21\n\nCrews said the Corlan Ridge fire covered 15,276 acres of the hills above Marlow.",
            "15,276 acres",
            Same(Diverge),
        ),
        (
            "Published: 2024-06-18\n\nCrews said the Corlan Ridge fire covered 15,276 acres of the hills above Marlow.",
            "15,276 acres",
            "Published: 2024-06-18\n\nCrews said the Corlan Ridge fire covered 16,349 acres of the hills above Marlow.",
            "16,349 acres",
            Same(Diverge),
        ),
        // ...and so does a small area, a room's or a cell's, which does not grow.
        (
            "Published: 2024-06-18\n\nThe prisoners shared a cell of nine square metres at the Marlow jail, lawyers said.",
            "nine square metres",
            "Published: 2024-06-21\n\nThe prisoners shared a cell of 11 square metres at the Marlow jail, lawyers said.",
            "11 square metres",
            Same(Diverge),
        ),
        // Homes damaged grow as assessors reach more villages: a larger count days later is
        // where it got to; a smaller one days later stays red.
        (
            "Published: 2022-08-28\n\nThe disaster agency said 218,000 houses had been damaged in Sindh province.",
            "218,000",
            "Published: 2022-08-30\n\nThe disaster agency said 290,000 houses had been damaged in Sindh province.",
            "290,000",
            Same(Updated),
        ),
        (
            "Published: 2022-08-28\n\nThe disaster agency said 290,000 houses had been damaged in Sindh province.",
            "290,000",
            "Published: 2022-08-30\n\nThe disaster agency said 218,000 houses had been damaged in Sindh province.",
            "218,000",
            Same(Diverge),
        ),
        // A smaller later toll stays red: tolls are rarely revised down, and a reader checks.
        (
            "Published: 2026-03-14\n\nFourteen workers were injured in the fire at the Taviston plastics plant on Friday.",
            "Fourteen",
            "Published: 2026-03-16\n\nTwelve workers were injured in the fire at the Taviston plastics plant on Friday.",
            "Twelve",
            Same(Diverge),
        ),
        // The missing are found: a smaller count of them days later is where it got to...
        (
            "Published: 2025-07-07\n\nEleven people are still missing after the floods in the Arlen district, officials said.",
            "Eleven",
            "Published: 2025-07-08\n\nSeven people are still missing after the floods in the Arlen district, officials said.",
            "Seven",
            Same(Updated),
        ),
        // ...but a larger one, with no words that say more were reported, stays red.
        (
            "Published: 2025-07-07\n\nEleven people are still missing after the floods in the Arlen district, officials said.",
            "Eleven",
            "Published: 2025-07-08\n\nFourteen people are still missing after the floods in the Arlen district, officials said.",
            "Fourteen",
            Same(Diverge),
        ),
        // A count of a year that is over is closed: no later report updates it.
        (
            "Published: 2025-07-14\n\nKerala recorded 21,152 dengue cases and 78 deaths in all of 2024, the health department said.",
            "78",
            "Published: 2025-07-16\n\nKerala recorded 21,152 dengue cases and 87 deaths in all of 2024, the health department said.",
            "87",
            Same(Diverge),
        ),
        // "rose to 25 on Tuesday" dates the count; the crash was on Monday: two facts.
        (
            "Published: 2025-10-06\n\nTwenty-two people were killed when a bus plunged into a gorge near Kessel on Monday.",
            "Monday",
            "Published: 2025-10-07\n\nThe number of people killed when a bus plunged into a gorge near Kessel rose to 25 on Tuesday.",
            "Tuesday",
            Apart,
        ),
        // So does "as of": the day a count was given is not the day of the fire.
        (
            "Published: 2026-03-05\n\nAs of Wednesday, 48 people had been treated for smoke inhalation after the fire at the Brandt warehouse.",
            "Wednesday",
            "Published: 2026-03-05\n\nThe fire at the Brandt warehouse broke out on Tuesday, and 48 people were treated for smoke inhalation.",
            "Tuesday",
            Apart,
        ),
        // The day of a statement ("police said on Monday") is each report's own moment: two
        // that differ are not a contradiction, and neither is the day of the event.
        (
            "Published: 2026-02-16\n\nThe disaster agency said on Saturday that 71 people were killed in the earthquake near Mamuju.",
            "Saturday",
            "Published: 2026-02-16\n\nThe disaster agency said on Monday that 97 people were killed in the earthquake near Mamuju.",
            "Monday",
            Apart,
        ),
        (
            "Published: 2026-02-16\n\nRescuers pulled two nurses from the hospital near Mamuju on Saturday, the disaster agency said.",
            "Saturday",
            "Published: 2026-02-16\n\nThe disaster agency said on Monday that two nurses were pulled from the hospital near Mamuju.",
            "Monday",
            Apart,
        ),
        // A day the sentence gives to the event itself still contradicts.
        (
            "Published: 2026-02-16\n\nThe earthquake near Mamuju struck on Saturday, the disaster agency said.",
            "Saturday",
            "Published: 2026-02-16\n\nThe earthquake near Mamuju struck on Sunday, the disaster agency said.",
            "Sunday",
            Same(Diverge),
        ),
        // What each report adds to a count ("two more bodies", "another 40 homes") is its own
        // batch: two that differ are no contradiction.
        (
            "Published: 2025-08-18\n\nTwo more bodies were pulled from the wreckage of the plane near Kenjar, taking the toll to 26.",
            "Two",
            "Published: 2025-08-17\n\nRescuers pulled four more bodies from the wreckage of the plane near Kenjar, taking the toll to 24.",
            "four",
            Apart,
        ),
        // "21 per cent more than" compares with a week earlier; it adds nothing.
        (
            "Published: 2025-07-15\n\nKerala confirmed 2,146 dengue cases in the week, an increase of 18% on the week before.",
            "18%",
            "Published: 2025-07-15\n\nKerala confirmed 2,146 dengue cases in the week, 21% more than the week before.",
            "21%",
            Same(Diverge),
        ),
        // A tally in the perfect ("have killed") days later and larger: the count so far.
        (
            monday_plain,
            "Twenty-two",
            "Published: 2025-10-08\n\nThe bus that plunged into a gorge near Kessel on Monday has killed 27 people, officials said.",
            "27",
            Same(Updated),
        ),
        // The same tally smaller days later contradicts: a toll does not shrink by itself.
        (
            "Published: 2025-10-06\n\nThe bus that plunged into a gorge near Kessel killed 27 people, officials said.",
            "27",
            "Published: 2025-10-08\n\nThe bus that plunged into a gorge near Kessel has killed 22 people, officials said.",
            "22",
            Same(Diverge),
        ),
        // One act in the perfect is no tally: a ransom demand does not accumulate.
        (
            "Published: 2026-02-19\n\nThe gang that attacked the city's servers demanded 40 bitcoin to unlock them.",
            "40 bitcoin",
            "Published: 2026-02-23\n\nThe gang that attacked the city's servers has demanded 60 bitcoin to unlock them.",
            "60 bitcoin",
            Same(Diverge),
        ),
        // An update links as any consistent pair does: it needs no second witness, as it is
        // never red.
        (
            "Published: 2025-09-03\n\nStorm Delphine left 610,000 customers in Louisiana without power, OutageWatch said.",
            "610,000",
            "Published: 2025-09-04\n\nThe number of homes and businesses without electricity across the state has climbed to 680,000.",
            "680,000",
            Same(Updated),
        ),
        // An earlier floor ("at least 12") that a later count passed: where it got to.
        (
            "Published: 2026-08-19\n\nAt least 12 structures had been destroyed by the Juniper fire, the sheriff said.",
            "At least 12",
            "Published: 2026-08-22\n\nThe Juniper fire destroyed 31 structures, the incident team said.",
            "31",
            Same(Updated),
        ),
        // The same floor passed on the same day is a contradiction.
        (
            "Published: 2026-08-19\n\nAt least 12 structures had been destroyed by the Juniper fire, the sheriff said.",
            "At least 12",
            "Published: 2026-08-19\n\nThe Juniper fire destroyed 31 structures, the incident team said.",
            "31",
            Same(Diverge),
        ),
        // A sequence counts on: "a fourth farm" two days after "a third farm".
        (
            "Published: 2025-11-17\n\nBird flu was confirmed at a third poultry farm in south Norfolk, the ministry said.",
            "third",
            "Published: 2025-11-19\n\nBird flu was confirmed at a fourth poultry farm in south Norfolk, the ministry said.",
            "fourth",
            Same(Updated),
        ),
        // Counting back is no update.
        (
            "Published: 2025-11-17\n\nBird flu was confirmed at a fourth poultry farm in south Norfolk, the ministry said.",
            "fourth",
            "Published: 2025-11-19\n\nBird flu was confirmed at a third poultry farm in south Norfolk, the ministry said.",
            "third",
            Same(Diverge),
        ),
        // A count given as of a later day than the earlier report's updates it, either way.
        (
            "Published: 2026-03-02\n\nAs of Monday, 12 people had died in the cholera outbreak in Kessel district, health officials said.",
            "12",
            "Published: 2026-03-04\n\nAs of Wednesday, 19 people had died in the cholera outbreak in Kessel district, health officials said.",
            "19",
            Same(Updated),
        ),
        (
            "Published: 2026-03-02\n\nAs of Monday, 30 patients were in hospital with cholera in Kessel district, health officials said.",
            "30",
            "Published: 2026-03-04\n\nAs of Wednesday, 22 patients were in hospital with cholera in Kessel district, health officials said.",
            "22",
            Same(Updated),
        ),
        // "by Tuesday night" gives the moment of a count as "as of" does.
        (
            "Published: 2026-03-02\n\nAs of Monday, 30 patients were in hospital with cholera in Kessel district, health officials said.",
            "30",
            "Published: 2026-03-04\n\nBy Tuesday night, 22 patients were in hospital with cholera in Kessel district, health officials said.",
            "22",
            Same(Updated),
        ),
        // "by" a date that is a deadline keeps the date a fact of its own: it may contradict.
        (
            "Published: 2026-10-17\n\nThe new terminal at Kessel airport will open by the end of 2026, the airport operator said.",
            "the end of 2026",
            "Published: 2026-10-18\n\nThe new terminal at Kessel airport will open in the first half of 2027, the airport operator said.",
            "the first half of 2027",
            Same(Diverge),
        ),
        // "so far" is the day the article was published: later than a count the earlier
        // report gave with no moment of its own, which it surpasses.
        (
            "Published: 2026-01-12\n\nAirlines cancelled 310 flights at Kessel airport as the snowstorm closed runways, the operator said.",
            "310",
            "Published: 2026-01-14\n\nSo far, airlines have cancelled 420 flights at Kessel airport as the snowstorm closed runways, the operator said.",
            "420",
            Same(Updated),
        ),
        // And the other way round: an earlier count "so far" was still open, and a larger
        // count a later report gives is where it got to, a toll or not. Not an age, which is
        // no count that runs on.
        (
            "Published: 2015-08-10\n\nSo far, cooling towers on 15 buildings in the district have tested positive for the bacteria.",
            "15",
            "Published: 2015-08-21\n\nCooling towers on 18 buildings in the district tested positive for the bacteria, the health department said.",
            "18",
            Same(Updated),
        ),
        (
            "Published: 2015-08-10\n\nSo far the inspectors have found no fault in the wiring of the 180-year-old hotel on the district's main square.",
            "180-year-old",
            "Published: 2015-08-21\n\nThe inspectors found no fault in the wiring of the 190-year-old hotel on the district's main square.",
            "190-year-old",
            Same(Diverge),
        ),
        // A count "so far" smaller than an earlier report's contradicts it.
        (
            "Published: 2025-03-31\n\nThe carmaker said it was aware of 11 crashes and six injuries that may be linked to the failing fuel pumps.",
            "six",
            "Published: 2025-04-02\n\nThe carmaker has so far counted 11 crashes and four injuries that could be tied to the failing fuel pumps.",
            "four",
            Same(Diverge),
        ),
        // As of an earlier day than the earlier report's: no update; the difference stays red.
        (
            "Published: 2026-03-02\n\nAs of Monday, 12 people had died in the cholera outbreak in Kessel district, health officials said.",
            "12",
            "Published: 2026-03-04\n\nAs of Sunday, 19 people had died in the cholera outbreak in Kessel district, health officials said.",
            "19",
            Same(Diverge),
        ),
        // A bound that still holds is compatible, update or not.
        (
            monday,
            "At least 22",
            "Published: 2025-10-07\n\nThe number of people killed when a bus plunged into a gorge near Kessel rose to 25 on Tuesday.",
            "25",
            Same(Compatible),
        ),
    ]);
}

/// A report that tells one count at two moments ("rose to 41 on Tuesday, up from 34 on
/// Sunday"; "32 by Saturday night ... 42 by Sunday afternoon") joins the claim of its earlier
/// level to the claim of its newer one, so the other reports' versions of each meet as an
/// update. Before, the report's two values kept the claims apart. A count told "up from" an
/// earlier level that is not a toll is as often another period's, and stays apart.
#[test]
fn a_report_that_tells_a_count_at_two_moments_joins_its_claims() {
    let teller = "Published: 2026-04-08\n\nThe death toll from the fuel tanker explosion near Molo rose to 41 on Tuesday, up from 34 on Sunday, as more victims died in hospital.";
    check_alignment_among(
        &[
            (
                "Published: 2026-04-06\n\nThirty-four people were killed when a fuel tanker exploded near Molo on Saturday night, police said.",
                "Thirty-four",
                "Published: 2026-04-09\n\nForty-one people have now died after the tanker blast near Molo, the county commissioner said.",
                "Forty-one",
                Same(Updated),
            ),
            // Same-day reports that disagree within one moment still contradict.
            (
                "Published: 2026-04-06\n\nThirty-four people were killed when a fuel tanker exploded near Molo on Saturday night, police said.",
                "Thirty-four",
                "Published: 2026-04-06\n\nThirty-eight people were killed when a fuel tanker exploded near Molo on Saturday night, the Red Cross said.",
                "Thirty-eight",
                Same(Diverge),
            ),
        ],
        &[teller],
    );
    // The blog's two moments: its Saturday level joins the Saturday report's claim, and its
    // Sunday level the Monday report's. The blog's Saturday figure, given as of a day before the
    // Monday report, does not make the Monday report's larger toll a contradiction.
    let saturday = "Published: 2026-10-24\n\nAt the Kostenko pit 32 miners have been confirmed dead after the fire, the ministry said.";
    let monday = "Published: 2026-10-26\n\nThe ministry said 42 miners have been confirmed dead in the Kostenko pit fire.";
    let blog = "Published: 2026-10-27\n\nBy Saturday night 32 miners had been confirmed dead at the Kostenko pit. By Sunday afternoon the number of miners confirmed dead was 42, the ministry said.";
    check_alignment_among(&[(saturday, "32", blog, "42", Same(Updated))], &[monday]);
    check_alignment_among(&[(saturday, "32", monday, "42", Same(Updated))], &[blog]);
    // Nor is the blog's Saturday level, given as of a day before the Monday report, a
    // contradiction of the Monday report's toll: the count was on its way there.
    check_alignment_among(&[(monday, "42", blog, "32", Same(Updated))], &[saturday]);
    // A same-day report whose own sentence tells the other's count as its previous one ("up
    // from six in its previous count") updates it, though both came out on one day; a third
    // figure that no report tells as a moment still contradicts.
    let teller_today = "Published: 2025-07-15\n\nThe county medical examiner has confirmed seven heat-related deaths since Friday, up from six in its previous count.";
    check_alignment(&[
        (
            "Published: 2025-07-15\n\nThe county health department said six people have died of heat-related causes since Friday.",
            "six",
            teller_today,
            "seven",
            Same(Updated),
        ),
        (
            "Published: 2025-07-15\n\nThe county health department said five people have died of heat-related causes since Friday.",
            "five",
            teller_today,
            "seven",
            Same(Diverge),
        ),
    ]);
    // One level told plainly and a later one the count moved to ("bringing the toll to 44") are
    // two moments too, when the move goes from the one to the other; a drop "to 44" from 43
    // is no such move, and the reports' 43 and 44 stay apart.
    let minister = "Published: 2024-03-01\n\nSo far 43 people have died in the restaurant fire, the health minister said. Later one more victim died at the police hospital, bringing the toll to 44.";
    let dropped = "Published: 2024-03-01\n\nSo far 43 people have died in the restaurant fire, the health minister said. Later the police lowered the toll to 44.";
    let first = "Published: 2024-03-01\n\nSo far 43 people have died in the restaurant fire, the health minister told reporters at the hospital.";
    let second = "Published: 2024-03-01\n\nA victim died at the police hospital on Friday, bringing the toll to 44, an inspector said.";
    check_alignment_among(&[(first, "43", second, "44", Same(Updated))], &[minister]);
    check_alignment_among(&[(first, "43", second, "44", Apart)], &[dropped]);
    // "up from the 265 given on Friday": the earlier level after "from the" is a moment too.
    let police = "Published: 2025-06-14\n\nThe death toll has now risen to 279, up from the 265 given by hospital officials on Friday, police said.";
    let against = "Published: 2025-06-14\n\nThe death toll has now risen to 279, against the 265 given by hospital officials on Friday, police said.";
    let hospital = "Published: 2025-06-14\n\nOn Friday hospital officials gave a figure of 265 dead.";
    let later = "Published: 2025-06-14\n\nThe toll has now risen to 279, a senior police officer told reporters at the site.";
    check_alignment_among(&[(hospital, "265", later, "279", Same(Updated))], &[police]);
    check_alignment_among(&[(hospital, "265", later, "279", Apart)], &[against]);
    // Seats "up from 84" are the last election's: the teller's 84 stays out of this one's claim.
    let seats =
        "Published: 2024-06-02\n\nThe Democratic Alliance won 87 seats in the new assembly, up from 84.";
    check_alignment(&[(
        "Published: 2024-06-02\n\nThe Democratic Alliance took 87 seats in the new assembly, the commission said.",
        "87",
        seats,
        "84",
        Apart,
    )]);
}

/// A later, larger toll is an update only if the other reports' timeline bears the rise out:
/// a third report that gave the larger count by the earlier one's day, or the smaller count on
/// the later one's day or after, keeps the pair red.
#[test]
fn a_toll_rise_must_hold_across_the_reports() {
    let fire = |day: &str, n: &str| {
        format!("Published: 2026-03-{day}\n\n{n} workers were injured in the fire at the Taviston plastics plant on Friday.")
    };
    let (early, late) = (fire("14", "Twelve"), fire("16", "Fourteen"));
    // Alone, the pair is an update; beside a third report it depends on that report's day and
    // value.
    for (third, want) in [
        (fire("15", "Thirteen"), Same(Updated)),
        (fire("17", "Fourteen"), Same(Updated)),
        (fire("14", "Fourteen"), Same(Diverge)),
        (fire("17", "Twelve"), Same(Diverge)),
        (fire("16", "Twelve"), Same(Diverge)),
    ] {
        check_alignment_among(
            &[(early.as_str(), "Twelve", late.as_str(), "Fourteen", want)],
            &[third.as_str()],
        );
    }
}

/// A toll that "has risen to" a new level is its subject's count however far back the subject
/// stands ("The death toll from the earthquake that struck ... on Tuesday has risen to 126"),
/// so it updates the earlier report's dead and stays apart from its injured.
#[test]
fn a_toll_far_from_its_verb_is_still_the_toll() {
    let tuesday = "Published: 2025-01-07\n\nA powerful earthquake struck a remote county in the mountains of Tibet on Tuesday morning, killing 95 people and injuring 130, state media said.";
    let wednesday = "Published: 2025-01-08\n\nThe death toll from the earthquake that struck the remote county in the mountains of Tibet on Tuesday has risen to 126, with 188 people injured, officials said.";
    check_alignment(&[
        (tuesday, "130", wednesday, "126", Apart),
        (tuesday, "95", wednesday, "126", Same(Updated)),
    ]);
}

/// "stood at" or "remains at" a count is its level as of the report, like "now stands at"; a
/// height that "stands 45 metres" is no level of a count, so it still contradicts (since
/// 2026-12-07).
#[test]
fn a_count_that_stood_at_a_level_is_updated() {
    check_alignment(&[
        (
            "Published: 2026-01-12\n\nHospital officials said 312 relief camps were open across the flooded district.",
            "312",
            "Published: 2026-01-13\n\nThe number of relief camps open across the flooded district stood at 340 on Tuesday, hospital officials said.",
            "340",
            Same(Updated),
        ),
        (
            "Published: 2026-01-12\n\nHospital officials said 312 relief camps were open across the flooded district.",
            "312",
            "Published: 2026-01-13\n\nThe number of relief camps open across the flooded district remains at 340, hospital officials said.",
            "340",
            Same(Updated),
        ),
        (
            "Published: 2026-08-10\n\nThe mine's tailings embankment, 40 metres high, gave way early on Sunday, the bureau said.",
            "40 metres",
            "Published: 2026-08-11\n\nThe mine's tailings embankment, which stands 45 metres high, gave way early on Sunday, the bureau said.",
            "45 metres",
            Same(Diverge),
        ),
    ]);
}

/// Two groups of reports, each agreeing within itself, whose only difference is a count's later
/// level merge as groups that agree do, on `agreeing_merge_share` of the evidence: the update
/// is no disagreement (since 2026-12-07). A strict `link_confidence` (0.94) puts these texts' mean
/// evidence across the groups (0.93) between the two bars, under their links within each group.
#[test]
fn groups_that_differ_only_by_an_update_merge() {
    let first = "Published: 2026-02-10\n\nNine climbers died in the avalanche on the north face of Mount Orlen, mountain rescuers said on Monday.";
    let first_again = "Published: 2026-02-10\n\nRescuers on Mount Orlen said nine climbers were killed when snow swept the north face.";
    let later = "Published: 2026-02-12\n\nThe number of climbers killed on Mount Orlen rose to 13 after four bodies were dug out of the snow.";
    let later_again = "Published: 2026-02-12\n\nThe avalanche death toll has risen to 13 climbers, the regional governor said.";
    let strict = Config { link_confidence: 0.94, ..Config::default() };
    check_alignment_with(
        &strict,
        &[(first, "Nine", later, "13", Same(Updated))],
        &[first_again, later_again],
    );
    // The same day's other count is no update: the groups still need all the evidence.
    let same_day = "Published: 2026-02-10\n\nThe number of climbers killed on Mount Orlen was 13, after four bodies were dug out of the snow.";
    let same_day_again =
        "Published: 2026-02-10\n\nThe avalanche death toll is 13 climbers, the regional governor said.";
    check_alignment_with(&strict, &[(first, "Nine", same_day, "13", Apart)], &[first_again, same_day_again]);
}
