//! Verdicts between two mentions: each row is two short texts (each with one figure or date,
//! and an optional publication date) and the verdict comparing their first mentions.

use crosscheck::engine::compare::{comparable, verdict};
use crosscheck::engine::{extract, years, Config, Mention, Verdict};

use crate::check::{assert_rows, day, render};

type Side<'a> = (&'a str, Option<&'a str>);

fn check_verdicts(table: &[(Side, Side, Option<Verdict>)]) {
    let rows = table.iter().map(|((ta, pa), (tb, pb), want)| {
        (*ta, extract(ta, pa.map(day)), *tb, extract(tb, pb.map(day)), *want)
    });
    check_verdict_rows(rows, table.len());
}

/// Compare the first mention of each side of every row with the row's expected verdict
/// (`None`: not comparable), and report every failing row.
fn check_verdict_rows<'a>(
    rows: impl Iterator<Item = (&'a str, Vec<Mention>, &'a str, Vec<Mention>, Option<Verdict>)>,
    count: usize,
) {
    let config = Config::default();
    let mut failures = Vec::new();
    for (ta, a, tb, b, want) in rows {
        let (Some(ma), Some(mb)) = (a.first(), b.first()) else {
            failures.push(format!("{ta:?} / {tb:?}: no mention found"));
            continue;
        };
        let got = comparable(ma, mb).then(|| verdict(ma, ma.text(ta), mb, mb.text(tb), &config).0);
        if got != want {
            failures.push(format!("{ta:?} vs {tb:?}: expected {want:?}, got {got:?}"));
        }
    }
    assert_rows(&failures, count);
}

use Verdict::{Agree, Compatible, Diverge};

#[test]
fn numbers_and_rounding() {
    check_verdicts(&[
        (("12 workers", None), ("12 workers", None), Some(Agree)),
        (("12 workers", None), ("14 workers", None), Some(Diverge)),
        (("nine killed", None), ("eleven killed", None), Some(Diverge)),
        // An age told as "11-year-old" and in apposition is a whole number of years.
        (("an 11-year-old girl", None), ("Pooja Madavi, 12, died", None), Some(Diverge)),
        (("an 11-year-old girl", None), ("Pooja Madavi, 11, died", None), Some(Agree)),
        // An age is never a count of people or things; against a bare figure it may be one.
        (("Eastland, 70, died", None), ("68 people died", None), None),
        (("a 45-year-old man", None), ("45 homes", None), None),
        (("Eastland, 70, died", None), ("who was 70", None), Some(Agree)),
        (("$7.31 billion", None), ("$7.3 billion", None), Some(Compatible)),
        (("$7.41 billion", None), ("$7.3 billion", None), Some(Diverge)),
        (("3.4%", None), ("3 percent", None), Some(Compatible)),
        (("3.6%", None), ("3 percent", None), Some(Diverge)),
        (("16.4 million", None), ("16 million", None), Some(Compatible)),
        (("more than 16 million", None), ("16 million", None), Some(Compatible)),
        (("more than 16 million", None), ("more than 16 million", None), Some(Agree)),
        (("1,200 homes", None), ("1,234 homes", None), Some(Compatible)),
        (("30 boats", None), ("32 boats", None), Some(Diverge)),
        // A fall told with its sign in one report and in words in the other.
        (("growth was -0.2%", None), ("output fell 0.2 per cent", None), Some(Agree)),
        (("growth was -2.3%", None), ("a 2.3pc contraction", None), Some(Agree)),
        (("growth was -0.2%", None), ("down 0.3 per cent", None), Some(Diverge)),
        (("growth was -0.2%", None), ("growth was +0.2%", None), Some(Diverge)),
        (("it was -3C at dawn", None), ("it was 3C at dawn", None), Some(Diverge)),
        // Durations and converted units touch as exact counts do, float error or not.
        (("took 36 minutes", None), ("took 37 minutes", None), Some(Diverge)),
        (("took 17 months", None), ("took 18 months", None), Some(Diverge)),
        (("for 3 hours", None), ("for 4 hours", None), Some(Diverge)),
        (("a 52.3°C reading", None), ("a 52.9°C reading", None), Some(Diverge)),
        (("took 36 minutes", None), ("took about 37 minutes", None), Some(Compatible)),
        (("took 36 minutes", None), ("took 36.4 minutes", None), Some(Compatible)),
        (("four", None), ("three", None), Some(Diverge)),
        (("twelve", None), ("12", None), Some(Agree)),
        (("a dozen", None), ("12", None), Some(Agree)),
        // The finer figure, as written, must round half up to the coarser one.
        (("2.5%", None), ("2%", None), Some(Diverge)),
        (("2.4%", None), ("2%", None), Some(Compatible)),
        (("$7.45 billion", None), ("$7.3 billion", None), Some(Diverge)),
        (("$7.34 billion", None), ("$7.3 billion", None), Some(Compatible)),
        (("$7.25 billion", None), ("$7.3 billion", None), Some(Compatible)),
        (("1,250 homes", None), ("1,200 homes", None), Some(Diverge)),
        (("1,150 homes", None), ("1,200 homes", None), Some(Compatible)),
        // One writer may cut short what another rounds, where the last place is a rounding
        // (decimals, thousands and up, a clock's minute) of at most a hundredth of the value,
        // or the last of two or more digits and written as a decimal (below).
        (("$425.7 million", None), ("$425 million", None), Some(Compatible)),
        (("$425,651,947", None), ("$425 million", None), Some(Compatible)),
        (("19.14%", None), ("19.15 percent", None), Some(Compatible)),
        (("118,000 acres", None), ("119,000 acres", None), Some(Compatible)),
        (("$174 million", None), ("$175mn", None), Some(Compatible)),
        (("at 12.50pm", None), ("at 12.51pm", None), Some(Compatible)),
        // A clock read to the second, cut short or rounded to the minute.
        (("at 08:57:50 local time", None), ("at 8:57 a.m.", None), Some(Compatible)),
        (("at 08:58:56", None), ("at 8:59 a.m.", None), Some(Compatible)),
        (("$425.7 million", None), ("$424 million", None), Some(Diverge)),
        (("118,000 acres", None), ("116,000 acres", None), Some(Diverge)),
        (("at 12.50pm", None), ("at 12.52pm", None), Some(Diverge)),
        (("at 08:57:50 local time", None), ("at 8:59 a.m.", None), Some(Diverge)),
        (("1,215 dead", None), ("1,214 dead", None), Some(Diverge)),
        (("$425 dollars", None), ("$426", None), Some(Diverge)),
        (("2.3%", None), ("2.4%", None), Some(Diverge)),
        (("2.39%", None), ("2.3%", None), Some(Diverge)),
        (("39 dead", None), ("40 dead", None), Some(Diverge)),
        // A figure of two or more digits cut short by one written decimal, or of three or more
        // by all its decimals ("$695" for $695.65, since 2026-12-07), is how writers shorten a
        // figure they copy ("£3.5bn" for £3.57bn), whatever its share of the value; not one
        // digit alone, two decimals dropped from two digits, a count written in full, or a share.
        (("£3.57bn", None), ("£3.5bn", None), Some(Compatible)),
        (("8.27 billion won", None), ("8.2 billion won", None), Some(Compatible)),
        (("$7.36 billion", None), ("$7.3 billion", None), Some(Compatible)),
        (("hit 41.6 degrees", None), ("hit 41 degrees", None), Some(Compatible)),
        (("NT$32.5", None), ("NT$32", None), Some(Compatible)),
        (("a list price of $695.65", None), ("a list price of $695", None), Some(Compatible)),
        (("£1,249.99", None), ("£1,249", None), Some(Compatible)),
        (("a list price of $695.65", None), ("a list price of $694", None), Some(Diverge)),
        (("$69.65", None), ("$69", None), Some(Diverge)),
        (("won 42.85%", None), ("won 42%", None), Some(Diverge)),
        (("$7.36 billion", None), ("$7.2 billion", None), Some(Diverge)),
        (("a fee of $6.50", None), ("a fee of $6", None), Some(Diverge)),
        (("Rs 5.5 crore", None), ("Rs 5 crore", None), Some(Diverge)),
        (("Rs 27.75 crore", None), ("Rs 27 crore", None), Some(Diverge)),
        (("32,900 cusecs", None), ("32,000 cusecs", None), Some(Diverge)),
        (("won 42.8%", None), ("won 42%", None), Some(Diverge)),
        // Bounds below zero hold the way they say: "below minus 15" is colder than -15.
        (("below minus 15 degrees Celsius", None), ("minus 18 degrees Celsius", None), Some(Compatible)),
        (("below minus 15 degrees Celsius", None), ("minus 12 degrees Celsius", None), Some(Diverge)),
        (("more than minus 15 degrees Celsius", None), ("minus 12 degrees Celsius", None), Some(Compatible)),
        (("more than minus 15 degrees Celsius", None), ("minus 18 degrees Celsius", None), Some(Diverge)),
        (("at least -3%", None), ("-2%", None), Some(Compatible)),
        (("less than -3%", None), ("-4%", None), Some(Compatible)),
        // Qualified figures keep their intervals: "about 2%" covers 2.5%.
        (("about 2%", None), ("2.5%", None), Some(Compatible)),
    ]);
}

/// A ratio ("one in five") is as precise as its denominator: the shares that round to it; a
/// fraction in words ("a third") is within a tenth of its value.
#[test]
fn ratios_against_percentages() {
    check_verdicts(&[
        (("one in five children", None), ("20 per cent of children", None), Some(Agree)),
        (("one in five children", None), ("21% of children", None), Some(Compatible)),
        (("one in three adults", None), ("34% of adults", None), Some(Compatible)),
        (("one in five children", None), ("one in four children", None), Some(Diverge)),
        (("one in five children", None), ("25% of children", None), Some(Diverge)),
        (("one in five children", None), ("five children", None), None),
        // A fraction in words is a rounded share, within a tenth of its value either way.
        (("a third of the staff", None), ("31% of the staff", None), Some(Compatible)),
        (("half of the flights", None), ("52% of flights", None), Some(Compatible)),
        (("a quarter of workers", None), ("one in five workers", None), Some(Diverge)),
        (("two-thirds of voters", None), ("55% of voters", None), Some(Diverge)),
    ]);
}

#[test]
fn bounds_and_approximations() {
    check_verdicts(&[
        (("at least 30", None), ("30", None), Some(Compatible)),
        (("at least 30", None), ("25", None), Some(Diverge)),
        (("more than 800 hectares", None), ("some 850 hectares", None), Some(Compatible)),
        (("more than 800 hectares", None), ("700 hectares", None), Some(Diverge)),
        (("about 40", None), ("43", None), Some(Compatible)),
        (("about 40", None), ("60", None), Some(Diverge)),
        (("nearly 900", None), ("880", None), Some(Compatible)),
        (("nearly 900", None), ("950", None), Some(Diverge)),
        // Rounded to two or more figures, "nearly" allows a quarter of the rounding above.
        (("nearly 9,800 booths", None), ("9,812 booths", None), Some(Compatible)),
        (("nearly 3,900 cases", None), ("3,904 cases", None), Some(Compatible)),
        (("nearly 9,800 booths", None), ("9,830 booths", None), Some(Diverge)),
        (("nearly 500 homes", None), ("510 homes", None), Some(Diverge)),
        (("nearly 10 inches", None), ("10.5 inches", None), Some(Diverge)),
        // "A little less than" is close below, as "nearly" is, not any amount below.
        // (A plain "fewer than" reaches down to the bound factor, 40 to about 27.)
        (("a little less than two years", None), ("23 months", None), Some(Compatible)),
        (("a little less than two years", None), ("18 months", None), Some(Diverge)),
        (("less than two years", None), ("18 months", None), Some(Compatible)),
        (("slightly fewer than 40 people", None), ("37 people", None), Some(Compatible)),
        (("slightly fewer than 40 people", None), ("30 people", None), Some(Diverge)),
        (("fewer than 40 people", None), ("30 people", None), Some(Compatible)),
        (("fewer than five", None), ("four", None), Some(Compatible)),
        (("fewer than five", None), ("six", None), Some(Diverge)),
        (("up to 40", None), ("35", None), Some(Compatible)),
        // Two maxima of one fact name the most each writer was told: they differ by no more
        // than the coarser one's rounding (until 2026-12-06 either allowed the other).
        (("as much as 3.2%", None), ("as much as 3.1 per cent", None), Some(Diverge)),
        (("up to 30 debris pieces", None), ("as many as 35 debris pieces", None), Some(Diverge)),
        (("up to 323,000 deaths", None), ("as many as 320,000 deaths", None), Some(Compatible)),
        (("up to $500 million", None), ("up to $500m", None), Some(Agree)),
        (("up to 30", None), ("up to 40 miles", None), None),
        // Maxima in two units keep the conversion's allowance.
        (("winds of up to 170 km/h", None), ("winds of up to 110 mph", None), Some(Compatible)),
        (("between 5 and 6", None), ("5.5", None), Some(Compatible)),
        (("between 5 and 6", None), ("8", None), Some(Diverge)),
        (("two to three weeks", None), ("three weeks", None), Some(Compatible)),
        // Two exact ranges say where each end is: different ends diverge even when one range
        // contains the other (until 2026-12-04 that was compatible); ends within a rounding
        // are one range.
        (("£6 million to £8 million", None), ("between £6m and £9m", None), Some(Diverge)),
        (("3,690-4,650 tigers", None), ("3,690 to 4,560 tigers", None), Some(Diverge)),
        (("between 5 and 6", None), ("between 4 and 7", None), Some(Diverge)),
        (("£6 million to £8 million", None), ("£6m-£8m", None), Some(Agree)),
        (("between 3.7 and 4.6 billion", None), ("between 3.69 and 4.65 billion", None), Some(Compatible)),
        (("more than 16 million", None), ("40 million", None), Some(Diverge)),
        // "About" and rounding are one allowance, not two: "about $4 million" is 3.5 to 4.5.
        (("about $4 million", None), ("about $2.8 million", None), Some(Diverge)),
        (("about $4 million", None), ("$3.6 million", None), Some(Compatible)),
        (("about $4 million", None), ("$3.4 million", None), Some(Diverge)),
        (("about 16 million", None), ("16.4 million", None), Some(Compatible)),
        (("about 12%", None), ("roughly 12 percent", None), Some(Agree)),
        // Two hedged figures differ by no more than the coarser rounding, trailing zeros
        // counted as rounding ("about 400" is to the hundred), nor by more than a tenth of the
        // larger (since 2026-12-07; before, "about 300" and "about 340" were compatible).
        (("about 94,000", None), ("some 104,000", None), Some(Diverge)),
        (("about 1,500 tonnes", None), ("around 1,800 tonnes", None), Some(Diverge)),
        (("roughly £1.1 billion", None), ("about £1.3bn", None), Some(Diverge)),
        (("about 1.45 million", None), ("some 1.54 million", None), Some(Diverge)),
        (("about 12,000", None), ("about 13,000", None), Some(Compatible)),
        (("about 300", None), ("about 320", None), Some(Compatible)),
        (("about 300", None), ("about 340", None), Some(Diverge)),
        (("about 1,000", None), ("some 800", None), Some(Diverge)),
        (("about 70 km", None), ("about 80 km", None), Some(Diverge)),
        (("about 100,000", None), ("some 120,000", None), Some(Diverge)),
        (("about 100,000", None), ("some 105,000", None), Some(Compatible)),
        (("about 60", None), ("about 64", None), Some(Compatible)),
        // A figure "nearly" reached is an estimate against another (since 2026-12-07); two of
        // them keep their own reaches, which overlap here.
        (("about 3,700", None), ("nearly 4,500", None), Some(Diverge)),
        (("roughly 3,500", None), ("nearly 4,000", None), Some(Diverge)),
        (("about 3,800", None), ("nearly 4,000", None), Some(Compatible)),
        (("nearly 7%", None), ("about 7%", None), Some(Compatible)),
        (("nearly 50", None), ("about 45", None), Some(Compatible)),
        (("nearly 21,000", None), ("nearly 19,000", None), Some(Compatible)),
        // One hedge alone keeps its tenth: "some 104,000" covers 94,000 exactly stated.
        (("94,000", None), ("some 104,000", None), Some(Compatible)),
    ]);
}

#[test]
fn units_currencies_and_periods() {
    check_verdicts(&[
        (("3.5 tonnes", None), ("3,500 kg", None), Some(Compatible)),
        (("10 km", None), ("10 km", None), Some(Agree)),
        (("2,000 acres", None), ("809 hectares", None), Some(Compatible)),
        (("60 mph", None), ("97 km/h", None), Some(Compatible)),
        (("$5 million", None), ("5 million dollars", None), Some(Agree)),
        (("$5 million", None), ("€5 million", None), None),
        (("$5 million a month", None), ("$5 million a year", None), None),
        (("955,000 bpd", None), ("roughly 950,000 barrels a day", None), Some(Compatible)),
        (("955,000 bpd", None), ("940,000 b/d", None), Some(Diverge)),
        // A figure without its period may be the same rate told loosely.
        (("955,000 bpd", None), ("955,000 barrels", None), Some(Compatible)),
        // A named dollar against a bare "$": the bare one may be another country's dollar.
        (("US$4 million", None), ("$6.1 million", None), Some(Compatible)),
        (("US$ 4 million", None), ("about $6.1 million", None), Some(Compatible)),
        (("US$4 million", None), ("US$6.1 million", None), Some(Diverge)),
        (("$4 million", None), ("$6.1 million", None), Some(Diverge)),
        (("US$4 million", None), ("$4 million", None), Some(Agree)),
        (("5%", None), ("5 percentage points", None), None),
        (("24 hours", None), ("one day", None), Some(Compatible)),
        // One unit spelled two ways is the same unit: the same figure agrees.
        (("240 metres", None), ("240 meters", None), Some(Agree)),
        (("a 240-metre span", None), ("240 meters", None), Some(Agree)),
        (("5 kilometres", None), ("5 kilometers", None), Some(Agree)),
        (("2 litres", None), ("2 liter", None), Some(Agree)),
        (("6 feet", None), ("6 foot", None), Some(Agree)),
        // An abbreviation is the same unit spelled short, so no conversion's rounding is
        // allowed for between them.
        (("2 km", None), ("2 kilometres", None), Some(Agree)),
        (("a 7-kilometre radius", None), ("an 8km zone", None), Some(Diverge)),
        (("9 km", None), ("10 kilometres", None), Some(Diverge)),
        // ... while other units stay other units.
        (("2 km", None), ("2,000 metres", None), Some(Compatible)),
        (("3 tonnes", None), ("3,000 kilograms", None), Some(Compatible)),
        // A figure converted into another unit is rounded after the conversion.
        (("150 mph", None), ("240 km/h", None), Some(Compatible)),
        (("12 feet", None), ("3.7 metres", None), Some(Compatible)),
        (("140 mph", None), ("240 km/h", None), Some(Diverge)),
        (("150 mph", None), ("150 mph", None), Some(Agree)),
        (("150 km/h", None), ("152 km/h", None), Some(Diverge)),
        // Bare degrees meet a named scale, read in whichever scale is nearer.
        (("it hit 41.8 degrees", None), ("a high of 41.8C", None), Some(Agree)),
        (("it hit 41.8 degrees", None), ("a high of 41.5C", None), Some(Diverge)),
        (("a balmy 75 degrees", None), ("about 24C", None), Some(Compatible)),
        (("a balmy 75 degrees", None), ("28C", None), Some(Diverge)),
        (("a balmy 75 degrees", None), ("75F", None), Some(Agree)),
        // Times in two zones may be one moment when they are whole hours apart (half hours
        // beside India's zone); any other difference is a contradiction.
        (("at 03:10 GMT", None), ("at 10:10 p.m. CDT", None), Some(Compatible)),
        (("at 03:10 GMT", None), ("at 10:40 p.m. CDT", None), Some(Diverge)),
        (("at 2327 GMT", None), ("at 3.27am", None), Some(Compatible)),
        (("at 2327 GMT", None), ("at 3.12am", None), Some(Diverge)),
        (("at 9:30 a.m. ET", None), ("at 14:30 GMT", None), Some(Compatible)),
        (("at 22.10 IST", None), ("at 16:40 GMT", None), Some(Compatible)),
        // Iran's and Afghanistan's clocks are set on the half hour too, Nepal's on the quarter;
        // other zones stay whole hours apart.
        (("at 21:48 Tehran time", None), ("at 9:18pm local time", None), Some(Compatible)),
        (("at 9.48 p.m. Iran time", None), ("at 9:28pm local time", None), Some(Diverge)),
        (("at 11.30 am Nepal time", None), ("at 11.15 IST", None), Some(Compatible)),
        (("at 11.30 am Nepal time", None), ("at 11.20 IST", None), Some(Diverge)),
        (("at 9.45am UK time", None), ("at 5.15pm Singapore time", None), Some(Diverge)),
        (("at 9:30 a.m. ET", None), ("at 9:30 a.m. ET", None), Some(Agree)),
        (("at 9:30 a.m. local time", None), ("at 10:30 a.m.", None), Some(Diverge)),
        // A place's clock names its zone: two places' clocks are two zones, one place's is one.
        (("at 9.45am UK time", None), ("at 4.45pm Singapore time", None), Some(Compatible)),
        (("at 9.45am UK time", None), ("at 4.50pm Singapore time", None), Some(Diverge)),
        (("at 9.45am UK time", None), ("at 10.45am UK time", None), Some(Diverge)),
        (("at 0930 GMT", None), ("at midday", None), Some(Diverge)),
        // A time stated only to the hour covers the half hour either side, in any zone.
        (("at 6pm local time", None), ("at 4.52pm BST", None), Some(Compatible)),
        (("at 6pm", None), ("at 4.30pm BST", None), Some(Diverge)),
        (("at 6.05pm", None), ("at 4.52pm BST", None), Some(Diverge)),
        (("at 0930 IST", None), ("at 3:30 a.m.", None), Some(Compatible)),
        // Across midnight two clock times within the hour are compared as one night's.
        (("at 11:49 p.m.", None), ("just before midnight", None), Some(Compatible)),
        (("at 11:55 p.m.", None), ("at 00:10", None), Some(Diverge)),
        (("at 10pm", None), ("at 2am", None), Some(Diverge)),
        // A meridiem in capitals is no zone: an hour apart is a contradiction.
        (("at 9 AM", None), ("at 10 a.m.", None), Some(Diverge)),
        // Two bare figures are compared as they stand; an angle never meets a percentage.
        (("41 degrees", None), ("41 degrees", None), Some(Agree)),
        (("a 45-degree turn", None), ("45%", None), None),
    ]);
}

/// An amount converted from another currency ("49,980 yen (about $335)") is the writer's
/// arithmetic at some rate: within a tenth of another amount it is compatible. Each side's
/// last mention is compared.
#[test]
fn converted_amounts() {
    let table: &[(&str, &str, Option<Verdict>)] = &[
        ("49,980 yen (about $335)", "49,980 yen (roughly $345)", Some(Compatible)),
        ("7,530 won (US$6.67)", "7,530 won (US$6.64)", Some(Compatible)),
        ("3 trillion won ($2.6 billion)", "2.97 trillion won (about $2.8 billion)", Some(Compatible)),
        ("3 trillion won ($2.6 billion)", "a budget of $2.8 billion", Some(Compatible)),
        // Past a tenth the rates do not explain it; nor does a conversion in another unit.
        ("3 trillion won ($2.6 billion)", "2.97 trillion won ($3.2 billion)", Some(Diverge)),
        ("A$6bn (£3.4bn)", "A$6bn (£3.2bn)", Some(Compatible)),
        ("140 mph (225 km/h)", "a 240 km/h gust", Some(Diverge)),
        // A hedged length restated in miles is hedged, but its digits are the conversion's,
        // not the writer's rounding: two estimates' roundings do not bound it.
        ("about 140 km (87 miles) north", "some 85 miles north", Some(Compatible)),
        ("about 140 km (87 miles) north", "some 110 miles north", Some(Diverge)),
        ("about 87 miles north", "some 85 miles north", Some(Diverge)),
        // Two writers' conversions into one unit differ by how each rounded ("160 km/h (99
        // mph)", "(100 mph)"); a conversion set against a figure first written in that unit
        // too. Two figures neither converted, a converted range and temperatures do not.
        ("gusts of 160 km/h (99 mph)", "gusts of 160 km/h (100 mph)", Some(Compatible)),
        ("within 12,500km (7,750 miles)", "within 7,767 miles", Some(Compatible)),
        ("within 12,500km (7,750 miles)", "within 7,900 miles", Some(Diverge)),
        ("gusts of 99 mph", "gusts of 100 mph", Some(Diverge)),
        ("40 to 100 meters (130 to 330 feet)", "40 to 90 meters (130 to 300 feet)", Some(Diverge)),
        ("a high of 45C (113F)", "a high of 46C (115F)", Some(Diverge)),
        // Two amounts neither converted keep the plain comparison.
        ("a budget of $2.6 billion", "a budget of $2.8 billion", Some(Diverge)),
    ];
    let rows = table.iter().map(|(ta, tb, want)| {
        let last = |t: &str| extract(t, None).into_iter().rev().collect::<Vec<_>>();
        (*ta, last(ta), *tb, last(tb), *want)
    });
    check_verdict_rows(rows, table.len());
}

#[test]
fn dates() {
    check_verdicts(&[
        (("in January 2026", None), ("in January 2026", None), Some(Agree)),
        (("in January 2026", None), ("in January", Some("2026-03-01")), Some(Agree)),
        (("in late 2027", None), ("in 2027", None), Some(Compatible)),
        (("on June 6, 2026", None), ("in June 2026", None), Some(Compatible)),
        (("built in 1971", None), ("built in 1973", None), Some(Diverge)),
        (("on Friday", Some("2026-04-12")), ("on April 11, 2026", None), Some(Diverge)),
        (("on Friday", Some("2026-04-12")), ("on April 10, 2026", None), Some(Agree)),
        (("on Friday", None), ("on Saturday", None), Some(Diverge)),
        // The same bare weekday read a week apart (each report's tense read on its own) is
        // more likely one day than two: compatible. Other weekdays still diverge.
        (("on Monday", Some("2026-04-17")), ("on Monday", Some("2026-04-21")), Some(Compatible)),
        (
            ("before Saturday's game", Some("2026-04-17")),
            ("on Saturday", Some("2026-04-21")),
            Some(Compatible),
        ),
        (("on Monday", Some("2026-04-17")), ("on Tuesday", Some("2026-04-22")), Some(Diverge)),
        (("on Monday", Some("2026-04-06")), ("on Monday", Some("2026-04-21")), Some(Diverge)),
        (("on Friday", None), ("on Friday", None), Some(Agree)),
        (("in mid-May 2026", None), ("on May 15, 2026", None), Some(Compatible)),
        (("in mid-May 2026", None), ("on May 28, 2026", None), Some(Diverge)),
        (("in the first quarter of 2026", None), ("in February 2026", None), Some(Compatible)),
        // A fiscal year's quarter cannot be placed: the same words agree whatever their
        // spacing, another quarter or a calendar quarter is only compatible.
        (("Q1 FY25 profit", None), ("Q1FY25 profit", None), Some(Agree)),
        (("Q1 FY25 profit", None), ("Q2 FY25 profit", None), Some(Compatible)),
        (("Q1 FY25 profit", None), ("in April-June 2024", None), Some(Compatible)),
        (("in FY25", None), ("in FY2025", None), Some(Agree)),
        (("in FY25", None), ("in FY2024-25", None), Some(Compatible)),
        (("in FY25", None), ("in FY24", None), Some(Diverge)),
    ]);
}

#[test]
fn clock_times() {
    check_verdicts(&[
        // A time given to the hour covers what rounds to it; one given to the minute does not.
        (("at 9 am", None), ("at 8.45 am", None), Some(Compatible)),
        (("around 9 am", None), ("at 08:45 hrs", None), Some(Compatible)),
        (("at 9 am", None), ("at 8.15 am", None), Some(Diverge)),
        (("at 9:00 am", None), ("at 8.45 am", None), Some(Diverge)),
        (("at 9:10 pm", None), ("at 9:25 pm", None), Some(Diverge)),
        (("at 9 pm", None), ("at 9 pm", None), Some(Agree)),
        (("at 3 pm", None), ("at 3:30 pm", None), Some(Diverge)),
        // A hedged time ("about", "just before", "shortly after") is ten minutes either way.
        (("at about 6:40 a.m.", None), ("at 6.42 am", None), Some(Compatible)),
        (("just before 4.50pm", None), ("at 4.47pm", None), Some(Compatible)),
        (("shortly after 10:00 pm", None), ("at 10:08 pm", None), Some(Compatible)),
        (("at about 6:40 a.m.", None), ("at 7:05 a.m.", None), Some(Diverge)),
        (("just before 4.50pm", None), ("at 4.30pm", None), Some(Diverge)),
        // Without a hedge, minutes are exact.
        (("at 6:40 a.m.", None), ("at 6.42 am", None), Some(Diverge)),
    ]);
}

/// Like `check_verdicts`, but each side is an article without a publication date whose
/// year-less dates are placed as `analyze` places them (`years::place`).
fn check_yearless_verdicts(table: &[(&str, &str, Option<Verdict>)]) {
    let placed = |t: &str| {
        let mut ms = extract(t, None);
        years::place(t, None, &mut ms);
        ms
    };
    let rows = table.iter().map(|(ta, tb, want)| (*ta, placed(ta), *tb, placed(tb), *want));
    check_verdict_rows(rows, table.len());
}

#[test]
fn dates_without_a_year() {
    check_yearless_verdicts(&[
        // No year anywhere: the place in the calendar decides when no year can reconcile them.
        ("in the first quarter", "on August 2, 2026", Some(Diverge)),
        ("in the first quarter", "on February 2, 2026", Some(Compatible)),
        ("first-quarter results", "in the second quarter of 2026", Some(Diverge)),
        ("in May", "in April 2026", Some(Diverge)),
        ("in May", "in April", Some(Diverge)),
        ("in late January", "in mid-January", Some(Diverge)),
        ("in December", "on Jan. 3, 2027", Some(Diverge)),
        ("in January", "on Jan. 14", Some(Compatible)),
        ("in January", "in 2026", Some(Compatible)),
        ("on Jan. 14", "on January 14", Some(Agree)),
        ("on Feb. 29", "on Feb. 29, 2024", Some(Compatible)),
        // Some year would make them one date: consistent, not the same.
        ("in May", "in May 2025", Some(Compatible)),
        ("in mid-May", "on May 15, 2026", Some(Compatible)),
        // The article's own years agree on 2026: its "May" is May 2026.
        ("In May the board met. It adjourned in June 2026.", "in May 2025", Some(Diverge)),
        ("In May the board met. It adjourned in June 2026.", "in May 2026", Some(Agree)),
        ("In May the board met. It adjourned in June 2026.", "in April", Some(Diverge)),
        // A quarter alone does not settle the year (the report may be on last year's).
        ("The vote is due in March, after the Q4 2025 report.", "in March 2026", Some(Compatible)),
        ("The vote is due in March, after the Q4 2025 report.", "in March 2025", Some(Compatible)),
        // Years that disagree settle nothing.
        (
            "In May the board met. It was set up in 2019 and adjourned in June 2026.",
            "in May 2025",
            Some(Compatible),
        ),
        // Relative dates count from a day the article does not give: still unresolved.
        ("on Friday", "on May 3, 2026", Some(Compatible)),
        ("in the previous quarter", "in the first quarter of 2026", Some(Compatible)),
        ("on Friday", "in May", Some(Compatible)),
    ]);
}

#[test]
fn years_the_article_states() {
    let table: &[(&str, &[&str])] = &[
        (
            "In May the board met. It adjourned in June 2026.",
            &[
                "May => date 2026-05-01..2026-05-31 month inferred",
                "June 2026 => date 2026-06-01..2026-06-30 month",
            ],
        ),
        (
            // A future word does not move the year: the article says which year it means.
            "The rules will apply from August. Talks ended in mid-May 2026.",
            &[
                "August => date 2026-08-01..2026-08-31 month inferred",
                "mid-May 2026 => date 2026-05-11..2026-05-20 part_of_month",
            ],
        ),
        (
            "A first-quarter deficit, then a profit in May 2026.",
            &[
                "first-quarter => date 2026-01-01..2026-03-31 quarter inferred",
                "May 2026 => date 2026-05-01..2026-05-31 month",
            ],
        ),
        // A bare year alone may be background: no year is inferred.
        (
            "In May the board met. It was set up in 2019.",
            &["May => date ? month inferred", "2019 => date 2019-01-01..2019-12-31 year"],
        ),
        // Two years: no year is inferred.
        (
            "In May the board met. It was set up in March 2019 and adjourned in June 2026.",
            &[
                "May => date ? month inferred",
                "March 2019 => date 2019-03-01..2019-03-31 month",
                "June 2026 => date 2026-06-01..2026-06-30 month",
            ],
        ),
        // A bare year that agrees does not stop the inference.
        (
            "In May the board met. It adjourned in June 2026, its first break since 2026 began.",
            &[
                "May => date 2026-05-01..2026-05-31 month inferred",
                "June 2026 => date 2026-06-01..2026-06-30 month",
                "2026 => date 2026-01-01..2026-12-31 year",
            ],
        ),
        // Nothing stated: nothing inferred.
        ("In May the board met.", &["May => date ? month inferred"]),
        // A weekday counts from a publication date, which a stated year does not give.
        (
            "The board met on Friday, and again in May 2026.",
            &["Friday => date ? day inferred relative", "May 2026 => date 2026-05-01..2026-05-31 month"],
        ),
    ];
    let mut failures = Vec::new();
    for (text, want) in table {
        let mut ms = extract(text, None);
        years::place(text, None, &mut ms);
        let got: Vec<String> = ms.iter().map(|m| render(m, text)).collect();
        if got != *want {
            failures.push(format!("input: {text:?}\n  expected: {want:#?}\n  got: {got:#?}"));
        }
    }
    // With a publication date the article's years change nothing.
    let text = "In May the board met. It adjourned in June 2027.";
    let mut ms = extract(text, Some(day("2026-06-10")));
    let before = ms.clone();
    years::place(text, Some(day("2026-06-10")), &mut ms);
    if ms != before {
        failures.push(format!("{text:?}: changed although published"));
    }
    assert!(failures.is_empty(), "{} rows failed:\n{}", failures.len(), failures.join("\n"));
}
