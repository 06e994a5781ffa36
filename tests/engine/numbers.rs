//! Numerals, scales, bounds, ranges, money, percentages, units, durations, counts and
//! ordinals. Each row: input, publication date, expected mentions rendered by `check::render`.

use crate::check::check;

#[test]
fn digits_separators_and_decimals() {
    check(&[
        ("The plant employs 1,200 people.", None, &["1,200 => number 1200 #people"]),
        ("The plant employs 1 200 people.", None, &["1 200 => number 1200 #people"]),
        ("The plant employs 1\u{a0}200 people.", None, &["1\u{a0}200 => number 1200 #people"]),
        ("Turnout was 0.5 points higher", None, &["0.5 => number 0.5 #points"]),
        ("a blood alcohol level of .08 or higher", None, &[".08 => number 0.08"]),
        ("The ratio rose to 1.25 lately", None, &["1.25 => number 1.25"]),
        ("There were 12 of them.", None, &["12 => number 12"]),
        ("It ended at 7.", None, &["7 => number 7"]),
        ("They counted 3,457,112 votes", None, &["3,457,112 => number 3457112 #votes"]),
        ("They counted 12,345.67 tonnes", None, &["12,345.67 tonnes => quantity 12345670 kg"]),
        ("Temperatures fell to -5 overnight", None, &["-5 => number -5"]),
        ("Temperatures fell to \u{2212}5 overnight", None, &["\u{2212}5 => number -5"]),
        ("The index closed at minus 3", None, &["minus 3 => number -3"]),
        // A margin is the size of the error either way.
        ("a margin of plus or minus 0.13C", None, &["0.13C => quantity 0.13 degC"]),
        ("plus or minus 3 points", None, &["3 => number 3 #points"]),
        ("from plus 2 to minus 3", None, &["2 => number 2", "minus 3 => number -3"]),
        ("Scores of 3, 4 and 5 were recorded", None, &["3 => number 3", "4 => number 4", "5 => number 5"]),
        ("In total 15 000 homes lost power", None, &["15 000 => number 15000 #homes"]),
        // An earthquake's magnitude counts "magnitude" (see `earthquake_magnitudes`).
        ("a 6.5-magnitude quake", None, &["6.5 => number 6.5 #magnitude"]),
    ]);
}

#[test]
fn scores_and_reversed_ranges_are_two_numbers() {
    check(&[
        ("The bill passed 52 to 48.", None, &["52 => number 52", "48 => number 48"]),
        ("They won 3-2 at home", None, &["3 => number 3", "2 => number 2"]),
    ]);
}

#[test]
fn written_out_numbers() {
    check(&[
        ("twenty-four hostages were freed", None, &["twenty-four => number 24 #hostages"]),
        ("twenty four hostages were freed", None, &["twenty four => number 24 #hostages"]),
        ("a dozen buildings burned", None, &["a dozen => number 12 #buildings"]),
        ("two dozen eggs", None, &["two dozen => number 24 #eggs"]),
        ("half a dozen lorries", None, &["half a dozen => number 6 #lorries"]),
        ("we sold 3 dozens roses", None, &["3 dozens => number 36 #roses"]),
        ("4 dozen eggs", None, &["4 dozen => number 48 #eggs"]),
        ("dozens of protesters", None, &[]),
        ("half a million residents", None, &["half a million => number 500000 #residents"]),
        ("two-thirds of voters", None, &["two-thirds => percent 66.6666666667 %"]),
        ("three quarters of staff", None, &["three quarters => percent 75 %"]),
        ("a third of residents", None, &["a third => percent 33.3333333333 %"]),
        ("one quarter of sales", None, &["one quarter => percent 25 %"]),
        ("one hundred and five patients", None, &["one hundred and five => number 105 #patients"]),
        ("five and a half million fishes", None, &["five and a half million => number 5500000 #fishes"]),
        ("two and a half years", None, &["two and a half years => duration 913.10625 day"]),
        (
            "three thousand two hundred signatures",
            None,
            &["three thousand two hundred => number 3200 #signatures"],
        ),
        ("a hundred protesters", None, &["a hundred => number 100 #protesters"]),
        ("a million doses", None, &["a million => number 1000000 #doses"]),
        ("eleven dead and nine injured", None, &["eleven => number 11", "nine => number 9"]),
        ("Seven firefighters responded", None, &["Seven => number 7 #firefighters"]),
        ("ninety-nine percent", None, &["ninety-nine percent => percent 99 %"]),
        ("sixteen", None, &["sixteen => number 16"]),
        ("one two three", None, &["two => number 2", "three => number 3"]),
    ]);
}

#[test]
fn lone_one_is_not_a_figure() {
    check(&[
        ("one of the largest fires", None, &[]),
        ("no one was hurt", None, &[]),
        ("one employee deleted the data", None, &["one => number 1 #employee"]),
        ("one million doses", None, &["one million => number 1000000 #doses"]),
        ("a bad day", None, &[]),
        ("at least one person died", None, &["at least one => number 1 at_least #person"]),
        // A toll's clause about a lone "one" counts it; a "one" that stands for a noun does not.
        ("Three were hurt; one died.", None, &["Three => number 3", "one => number 1"]),
        ("and one was rescued alive", None, &["one => number 1"]),
        ("One remained in hospital", None, &["One => number 1"]),
        ("and one each in Polk and Lake", None, &["one => number 1"]),
        ("the last one was bigger", None, &[]),
        ("this one is different", None, &[]),
        ("No one has died.", None, &[]),
        // One of a toll told by place, and one of a counted group.
        ("two in Shivpuri and one in Datia", None, &["two => number 2", "one => number 1"]),
        ("36 crew ashore, one in hospital", None, &["36 => number 36 #crew", "one => number 1"]),
        ("leaving one of the eight miners trapped", None, &["one => number 1", "eight => number 8 #miners"]),
        ("killed one of them", None, &["one => number 1"]),
        ("one of the 12 largest banks", None, &["one => number 1", "12 => number 12 #banks"]),
        ("one in five adults", None, &["one in five => percent 20 %"]),
        ("one in which it failed", None, &[]),
        ("this one in London", None, &[]),
        ("one of the largest", None, &[]),
    ]);
}

#[test]
fn scales_and_abbreviations() {
    check(&[
        ("16 million viewers", None, &["16 million => number 16000000 #viewers"]),
        ("1.2bn users", None, &["1.2bn => number 1200000000 #users"]),
        ("1.2 bn users", None, &["1.2 bn => number 1200000000 #users"]),
        ("40K runners", None, &["40K => number 40000 #runners"]),
        ("40k runners", None, &["40k => number 40000 #runners"]),
        ("10M downloads", None, &["10M => number 10000000 #downloads"]),
        ("2.5 trillion", None, &["2.5 trillion => number 2500000000000"]),
        ("3 mln barrels", None, &["3 mln barrels => quantity 476961884.784 l"]),
        // A lower-case "m" before people counts millions; before anything else, or after "the"
        // or "a" (an event's distance), it is metres.
        ("1.5m people were displaced", None, &["1.5m => number 1500000 #people"]),
        ("about 2m children", None, &["about 2m => number 2000000 approx #children"]),
        ("a 1.5m wall", None, &["1.5m => quantity 1.5 m"]),
        // So does one before a unit or a currency: metres of tonnes or of euros cannot be.
        ("2.4m tonnes of grain", None, &["2.4m tonnes => quantity 2400000000 kg"]),
        ("a fine of 12m euros", None, &["12m euros => money 12000000 EUR"]),
        ("the 400m runners", None, &["400m => quantity 400 m"]),
        // A scale word after a glued hyphen, before a noun; a hundred is no scale there.
        ("a $1.2-billion deal", None, &["$1.2-billion => money 1200000000 USD"]),
        ("a 3-million-tonne harvest", None, &["3-million-tonne => quantity 3000000000 kg"]),
        ("ages 5-10 only", None, &["5-10 => number 5..10 range"]),
        // Reuters' financial copy: "trln" beside "bln" and "mln", "dlrs" and "stg" for currencies.
        ("a 2 trln yen package", None, &["2 trln yen => money 2000000000000 JPY"]),
        // "tr" for a trillion only after a currency.
        ("to collect Rs13tr in taxes", None, &["Rs13tr => money 13000000000000 INR"]),
        ("5tr units", None, &["5 => number 5 #units"]),
        ("worth 3.4 bln dlrs", None, &["3.4 bln dlrs => money 3400000000 USD"]),
        ("profit of 400 mln stg", None, &["400 mln stg => money 400000000 GBP"]),
        // Alone, in capitals, "STG" is a name, as "trln" never is without a figure.
        ("the STG index and the trln mark", None, &[]),
        ("two hundred thousand", None, &["two hundred thousand => number 200000"]),
        ("5 lakh rupees", None, &["5 lakh rupees => money 500000 INR"]),
        // Indian budgets count in "lakh crore" (10^12) and "thousand crore" (10^10).
        ("₹12 lakh crore", None, &["₹12 lakh crore => money 12000000000000 INR"]),
        ("Rs 53.5 lakh crore", None, &["Rs 53.5 lakh crore => money 53500000000000 INR"]),
        ("the total is three lakh crore", None, &["three lakh crore => number 3000000000000"]),
        // British "thousand million" is a billion, in digits or words.
        ("it cost 3 thousand million pounds", None, &["3 thousand million pounds => money 3000000000 GBP"]),
        ("three thousand million pounds", None, &["three thousand million pounds => money 3000000000 GBP"]),
        ("two million thousand", None, &["two million => number 2000000"]),
        ("Rs 38 thousand crore", None, &["Rs 38 thousand crore => money 380000000000 INR"]),
        ("Rs 7,20,000 crore", None, &["Rs 7,20,000 crore => money 7200000000000 INR"]),
        // A lakh of anything else stays a lakh: "5 lakh people" is 500,000.
        ("5 lakh people", None, &["5 lakh => number 500000 #people"]),
    ]);
}

#[test]
fn bounds_and_approximations() {
    check(&[
        ("more than 16 million", None, &["more than 16 million => number 16000000 more_than"]),
        ("over 800 hectares", None, &["over 800 hectares => quantity 8000000 m2 more_than"]),
        ("at least 30 people", None, &["at least 30 => number 30 at_least #people"]),
        ("up to 40 trucks", None, &["up to 40 => number 40 at_most #trucks"]),
        // "goes up to": a movement to a new level, not a ceiling.
        ("the rate goes up to 40 trucks", None, &["40 => number 40 #trucks"]),
        ("output moved up to 40 trucks", None, &["40 => number 40 #trucks"]),
        ("they can take up to 40 trucks", None, &["up to 40 => number 40 at_most #trucks"]),
        ("fewer than five people", None, &["fewer than five => number 5 less_than #people"]),
        ("under 10 minutes", None, &["under 10 minutes => duration 0.00694444444444 day less_than"]),
        ("nearly 900 jobs", None, &["nearly 900 => number 900 nearly #jobs"]),
        ("almost 3,000 homes", None, &["almost 3,000 => number 3000 nearly #homes"]),
        ("about 40 workers", None, &["about 40 => number 40 approx #workers"]),
        ("roughly 40 workers", None, &["roughly 40 => number 40 approx #workers"]),
        ("some 850 hectares", None, &["some 850 hectares => quantity 8500000 m2 approx"]),
        ("around 12 vessels", None, &["around 12 => number 12 approx #vessels"]),
        ("~40 workers", None, &["~40 => number 40 approx #workers"]),
        ("an estimated 2,000 protesters", None, &["an estimated 2,000 => number 2000 approx #protesters"]),
        ("approximately 70 percent", None, &["approximately 70 percent => percent 70 % approx"]),
        ("no more than 20 guests", None, &["no more than 20 => number 20 at_most #guests"]),
        ("no fewer than 20 guests", None, &["no fewer than 20 => number 20 at_least #guests"]),
        ("as many as 300 homes", None, &["as many as 300 => number 300 at_most #homes"]),
        ("in excess of $5 million", None, &["in excess of $5 million => money 5000000 USD more_than"]),
        ("30 or more people", None, &["30 or more => number 30 at_least #people"]),
        ("20 or so boats", None, &["20 or so => number 20 approx #boats"]),
        ("40-plus countries", None, &["40-plus => number 40 at_least #countries"]),
        ("40+ countries", None, &["40+ => number 40 at_least #countries"]),
        ("close to 500 flights", None, &["close to 500 => number 500 nearly #flights"]),
        ("just over 3%", None, &["just over 3% => percent 3 % more_than"]),
        ("well above 100 degrees", None, &["well above 100 degrees => quantity 100 deg more_than"]),
        // A figure "topped" or "topping" is passed, as "over" says; "top" before a figure is a rank.
        ("gusts topping 100 mph", None, &["topping 100 mph => quantity 160.9344 km/h more_than"]),
        ("sales topped $5bn", None, &["topped $5bn => money 5000000000 USD more_than"]),
        ("the crowd tops 67,000 fans", None, &["tops 67,000 => number 67000 more_than #fans"]),
        ("the top 10 firms", None, &["10 => number 10 #firms"]),
        // A figure converted in parentheses right after a hedged one is as hedged.
        (
            "about $8 million (£6.3 million) in damages",
            None,
            &["about $8 million => money 8000000 USD approx", "£6.3 million => money 6300000 GBP approx"],
        ),
        (
            "more than 40 miles (64 km) away",
            None,
            &["more than 40 miles => quantity 64373.76 m more_than", "64 km => quantity 64000 m more_than"],
        ),
        (
            "shortly before 6 p.m. (1600 GMT) on",
            None,
            &["6 p.m. => time 1080 approx", "1600 GMT => time 960 approx"],
        ),
        (
            "$8 million (£6.3 million) in damages",
            None,
            &["$8 million => money 8000000 USD", "£6.3 million => money 6300000 GBP"],
        ),
        (
            "between $7m and $9m (£6.3 million) in damages",
            None,
            &["between $7m and $9m => money 7000000..9000000 USD range", "£6.3 million => money 6300000 GBP"],
        ),
        (
            "about 40 workers (12 women) left",
            None,
            &["about 40 => number 40 approx #workers", "12 => number 12 #women"],
        ),
    ]);
}

#[test]
fn ranges() {
    check(&[
        ("two to three weeks", None, &["two to three weeks => duration 14..21 day range"]),
        ("18\u{2013}25%", None, &["18\u{2013}25% => percent 18..25 % range"]),
        ("18% to 25%", None, &["18% to 25% => percent 18..25 % range"]),
        ("between 5 and 6", None, &["between 5 and 6 => number 5..6 range"]),
        ("between 5 and 6 percent", None, &["between 5 and 6 percent => percent 5..6 % range"]),
        (
            "$2.1 billion to $2.4 billion",
            None,
            &["$2.1 billion to $2.4 billion => money 2100000000..2400000000 USD range"],
        ),
        ("$2.1bn-$2.4bn", None, &["$2.1bn-$2.4bn => money 2100000000..2400000000 USD range"]),
        ("2 to 3 million people", None, &["2 to 3 million => number 2000000..3000000 range #people"]),
        ("10-15 miles", None, &["10-15 miles => quantity 16093.44..24140.16 m range"]),
        ("two or three days", None, &["two or three days => duration 2..3 day range"]),
        ("rose from 5% to 7%", None, &["5% => percent 5 %", "7% => percent 7 %"]),
        ("grew from 10 to 12 stores", None, &["10 => number 10", "12 => number 12 #stores"]),
    ]);
}

#[test]
fn money() {
    check(&[
        ("$1.25 billion", None, &["$1.25 billion => money 1250000000 USD"]),
        ("€3.2 billion", None, &["€3.2 billion => money 3200000000 EUR"]),
        ("3.2 billion euros", None, &["3.2 billion euros => money 3200000000 EUR"]),
        ("USD 34.6 million", None, &["USD 34.6 million => money 34600000 USD"]),
        ("a loan of 40 rmb", None, &["40 rmb => money 40 CNY"]),
        ("rmb 2.5 billion in bonds", None, &["rmb 2.5 billion => money 2500000000 CNY"]),
        ("sold for 900 yuan", None, &["900 yuan => money 900 CNY"]),
        ("a fine of 3,000 pesos", None, &["3,000 pesos => money 3000 MXN"]),
        ("C$ 16.4 million deal", None, &["C$ 16.4 million => money 16400000 CAD"]),
        ("HK $ 3 billion bid", None, &["HK $ 3 billion => money 3000000000 HKD"]),
        ("HK$12 a share", None, &["HK$12 => money 12 HKD"]),
        ("a $5 gift", None, &["$5 => money 5 USD"]),
        ("34.6 million USD", None, &["34.6 million USD => money 34600000 USD"]),
        ("£3bn", None, &["£3bn => money 3000000000 GBP"]),
        ("$48m", None, &["$48m => money 48000000 USD"]),
        ("$ 300,000", None, &["$ 300,000 => money 300000 USD"]),
        ("US$5 million", None, &["US$5 million => money 5000000 USD"]),
        ("A$40 million", None, &["A$40 million => money 40000000 AUD"]),
        ("C$12", None, &["C$12 => money 12 CAD"]),
        ("HK$8 billion", None, &["HK$8 billion => money 8000000000 HKD"]),
        ("¥500 billion", None, &["¥500 billion => money 500000000000 JPY"]),
        ("₹2,000 crore", None, &["₹2,000 crore => money 20000000000 INR"]),
        ("Rs 500", None, &["Rs 500 => money 500 INR"]),
        ("50 cents", None, &["50 cents => money 0.5 USD"]),
        // Pence and cents glued to the figure, as price and share reports write them; a cent
        // only before a price's rate, since "35c" alone is as often a temperature.
        // Other dollars as Australian and New Zealand papers write them.
        ("valued at $US31.7 billion", None, &["$US31.7 billion => money 31700000000 USD"]),
        (
            "or $NZ90 and $A1.2 billion",
            None,
            &["$NZ90 => money 90 NZD", "$A1.2 billion => money 1200000000 AUD"],
        ),
        ("it costs $ a lot", None, &[]),
        // The signs of South and Southeast Asian and East African currencies.
        ("a mid-rate of Tk 117, from Tk110", None, &["Tk 117 => money 117 BDT", "Tk110 => money 110 BDT"]),
        ("tickets at \u{e3f}500", None, &["\u{e3f}500 => money 500 THB"]),
        ("TSh 2,000 or USh 50,000", None, &["TSh 2,000 => money 2000 TZS", "USh 50,000 => money 50000 UGX"]),
        ("TK Elevator cut 200 jobs", None, &["200 => number 200 #jobs"]),
        (
            "up 50 paise and SDR 871 million",
            None,
            &["50 paise => money 0.5 INR", "SDR 871 million => money 871000000 SDR"],
        ),
        ("closed at 285p, up 13p", None, &["285p => money 2.85 GBP", "13p => money 0.13 GBP"]),
        ("falls to 27.35p per kilowatt hour", None, &["27.35p => money 0.2735 GBP"]),
        ("up 15c a litre", None, &["15c => money 0.15 USD"]),
        ("about 22c of every dollar", None, &["about 22c => money 0.22 USD approx"]),
        ("petrol rises 6c and diesel 5c", None, &["6c => money 0.06 USD", "5c => money 0.05 USD"]),
        ("temperatures of 35c and petrol prices", None, &["35c => quantity 35 degC"]),
        ("a high of 35c in June", None, &["35c => quantity 35 degC", "June => date ? month inferred"]),
        ("streams in 1080p", None, &["1080 => number 1080"]),
        ("a 12 p cut", None, &["12 => number 12"]),
        ("3 billion pounds", None, &["3 billion pounds => money 3000000000 GBP"]),
        ("20 pounds sterling", None, &["20 pounds sterling => money 20 GBP"]),
        // Without a scale, "pounds" is sterling among the words of money and none of weight.
        ("the cap falls to 1,979 pounds a year", None, &["1,979 pounds a year => money 1979 GBP /year"]),
        ("a 46.50-pound offer for each share", None, &["46.50-pound => money 46.5 GBP"]),
        (
            "it sold for 45 pounds, about $60",
            None,
            &["45 pounds => money 45 GBP", "about $60 => money 60 USD approx"],
        ),
        ("the calf weighed 45 pounds", None, &["45 pounds => quantity 20.41165665 kg"]),
        (
            "it weighs 1,100 pounds and cost $2,000",
            None,
            &["1,100 pounds => quantity 498.951607 kg", "$2,000 => money 2000 USD"],
        ),
        // A dollar price elsewhere is no conversion: the writer counts in dollars.
        (
            "a twenty-pound bag of rice for $10",
            None,
            &["twenty-pound => quantity 9.0718474 kg", "$10 => money 10 USD"],
        ),
        (
            "agents seized 254 pounds of fentanyl worth millions",
            None,
            &["254 pounds => quantity 115.21246198 kg"],
        ),
        (
            "a tank rated at 900 pounds per square inch, the price said",
            None,
            &["900 pounds => quantity 408.233133 kg"],
        ),
        ("it was sold in 3.5-pound loaves", None, &["3.5-pound => quantity 1.587573295 kg"]),
        ("15 dollars", None, &["15 dollars => money 15 USD"]),
        ("10 Canadian dollars", None, &["10 Canadian dollars => money 10 CAD"]),
        ("400 million yuan", None, &["400 million yuan => money 400000000 CNY"]),
        ("a $5 gift", None, &["$5 => money 5 USD"]),
        ("$920 million a month", None, &["$920 million a month => money 920000000 USD /month"]),
        ("$3 million per year", None, &["$3 million per year => money 3000000 USD /year"]),
        ("$40,000 annually", None, &["$40,000 annually => money 40000 USD /year"]),
        ("£9.50 an hour", None, &["£9.50 an hour => money 9.5 GBP /hour"]),
        // A rate joined to its figure by hyphens, as an adjective.
        ("a $50,000-a-year job", None, &["$50,000-a-year => money 50000 USD /year"]),
        ("the $1,200-a-month rent", None, &["$1,200-a-month => money 1200 USD /month"]),
        ("a $15-an-hour wage", None, &["$15-an-hour => money 15 USD /hour"]),
        ("a 12-a-day habit", None, &["12 => number 12"]),
        ("more than $7.31 billion", None, &["more than $7.31 billion => money 7310000000 USD more_than"]),
        ("nearly €1m", None, &["nearly €1m => money 1000000 EUR nearly"]),
        ("CHF 200", None, &["CHF 200 => money 200 CHF"]),
        ("$1.5 trillion", None, &["$1.5 trillion => money 1500000000000 USD"]),
    ]);
}

#[test]
fn percentages() {
    check(&[
        ("11%", None, &["11% => percent 11 %"]),
        ("11 %", None, &["11 % => percent 11 %"]),
        ("11 percent", None, &["11 percent => percent 11 %"]),
        ("4.5 per cent", None, &["4.5 per cent => percent 4.5 %"]),
        ("3 percentage points", None, &["3 percentage points => percent 3 pp"]),
        ("25 basis points", None, &["25 basis points => percent 0.25 pp"]),
        // Rate moves as central banks' reporters write them: hyphenated before the noun, and
        // in words.
        ("a 50-basis-point cut", None, &["50-basis-point => percent 0.5 pp"]),
        ("a 0.25-percentage-point rise", None, &["0.25-percentage-point => percent 0.25 pp"]),
        ("made a quarter-point cut", None, &["a quarter-point => percent 0.25 pp"]),
        ("a half-point cut", None, &["a half-point => percent 0.5 pp"]),
        ("a three-quarter-point rise", None, &["three-quarter-point => percent 0.75 pp"]),
        ("rose by half a percentage point", None, &["half a percentage point => percent 0.5 pp"]),
        ("by a quarter of a percentage point", None, &["a quarter of a percentage point => percent 0.25 pp"]),
        (
            "by three-quarters of a percentage point",
            None,
            &["three-quarters of a percentage point => percent 0.75 pp"],
        ),
        (
            "two thirds of a percentage point",
            None,
            &["two thirds of a percentage point => percent 0.666666666667 pp"],
        ),
        // Only "of a percentage point": "of a percent" and "of the vote" stay what they were.
        ("a quarter of the vote", None, &["a quarter => percent 25 %"]),
        // A change in points, then the level it reached: two figures, not a range.
        (
            "raised it by half a percentage point to 8.5 per cent",
            None,
            &["half a percentage point => percent 0.5 pp", "8.5 per cent => percent 8.5 %"],
        ),
        (
            "up 0.25 percentage points to 5.25%",
            None,
            &["0.25 percentage points => percent 0.25 pp", "5.25% => percent 5.25 %"],
        ),
        ("a range of 2 to 3 percentage points", None, &["2 to 3 percentage points => percent 2..3 pp range"]),
        ("between 2 and 3 per cent", None, &["between 2 and 3 per cent => percent 2..3 % range"]),
        // Not points: a game's score, a half of a scale, a fraction of a group.
        ("a 3-point shot", None, &["3 => number 3 #point"]),
        ("a 3-basis shot", None, &["3 => number 3 #basis"]),
        ("half a million people", None, &["half a million => number 500000 #people"]),
        ("a quarter of the staff", None, &["a quarter => percent 25 %"]),
        ("eleven percent", None, &["eleven percent => percent 11 %"]),
        ("-2.5%", None, &["-2.5% => percent -2.5 %"]),
        ("growth of +2.5%", None, &["+2.5% => percent 2.5 %"]),
        ("the sum 5+3", None, &["5+ => number 5 at_least", "3 => number 3"]),
        ("5% a year", None, &["5% a year => percent 5 % /year"]),
        ("a 12\u{ff05} rise", None, &["12\u{ff05} => percent 12 %"]),
    ]);
}

/// A share told as a ratio ("one in five", "two out of three") or a fraction in words ("a
/// third of") is a percentage, not two counts.
#[test]
fn ratios_are_shares() {
    check(&[
        ("one in five children", None, &["one in five => percent 20 %"]),
        ("about 1 in 4 adults", None, &["about 1 in 4 => percent 25 % approx"]),
        ("two out of three voters", None, &["two out of three => percent 66.6666666667 %"]),
        ("nearly one in every 200 births", None, &["nearly one in every 200 => percent 0.5 % nearly"]),
        ("3 in 10 people", None, &["3 in 10 => percent 30 %"]),
        // Not ratios: years, measures, a second number no larger, no second number.
        ("two in 2024", None, &["two => number 2", "2024 => date 2024-01-01..2024-12-31 year"]),
        ("12 in 24 hours", None, &["12 => number 12", "24 hours => duration 1 day"]),
        ("five in three", None, &["five => number 5", "three => number 3"]),
        ("won 3 in a row", None, &["3 => number 3"]),
        // A fraction in words is a share too: halves to tenths, "half" only before "of" or
        // whose share it is ("the", "its", "their").
        ("more than half of the homes", None, &["more than half => percent 50 % more_than"]),
        ("Half the town is gone", None, &["Half => percent 50 %"]),
        ("the pound lost about half its value", None, &["about half => percent 50 % approx"]),
        ("in the second half the team scored", None, &[]),
        ("a fifth of the staff", None, &["a fifth => percent 20 %"]),
        ("the first half of the game", None, &[]),
        ("half an hour later", None, &["half an hour => duration 0.0208333333333 day"]),
        (
            "approximately one-half miles east",
            None,
            &["approximately one-half miles => quantity 804.672 m approx"],
        ),
        ("a quarter of an hour later", None, &["a quarter => number 0.25"]),
        ("a hundredth", None, &["a hundredth => number 0.01"]),
    ]);
}

#[test]
fn quantities_convert_to_canonical_units() {
    check(&[
        ("3.5 tonnes", None, &["3.5 tonnes => quantity 3500 kg"]),
        ("3,500 kg", None, &["3,500 kg => quantity 3500 kg"]),
        // Oil output in barrels a day; "mb" and "tb" alone stay data sizes.
        // Oil output in barrels a day is a rate by itself: per day, like "barrels a day".
        ("a cut of 1.5 mb/d", None, &["1.5 mb/d => quantity 238480942.392 l /day"]),
        ("Iraq (220 tb/d)", None, &["220 tb/d => quantity 34977204.8842 l /day"]),
        ("pumping 300,000 bpd", None, &["300,000 bpd => quantity 47696188.4784 l /day"]),
        ("pumping 300,000 barrels a day", None, &["300,000 barrels a day => quantity 47696188.4784 l /day"]),
        (
            "a 645,000 barrel-per-day refinery",
            None,
            &["645,000 barrel-per-day => quantity 102546805.229 l /day"],
        ),
        ("a 20-barrel tank", None, &["20-barrel => quantity 3179.74589856 l"]),
        ("a 5 mb file", None, &["5 mb => quantity 5000000 B"]),
        ("winds of 90 km/hr", None, &["90 km/hr => quantity 90 km/h"]),
        ("a limit of 30 kmph", None, &["30 kmph => quantity 30 km/h"]),
        ("a dose of 50 mcg", None, &["50 mcg => quantity 0.00000005 kg"]),
        ("levels of 20 micrograms", None, &["20 micrograms => quantity 0.00000002 kg"]),
        ("a 4 decimetre pipe", None, &["4 decimetre => quantity 0.4 m"]),
        ("3,500kg", None, &["3,500kg => quantity 3500 kg"]),
        ("10 km", None, &["10 km => quantity 10000 m"]),
        ("10km", None, &["10km => quantity 10000 m"]),
        ("6.2 miles", None, &["6.2 miles => quantity 9977.9328 m"]),
        // "mi" need not touch the figure: conversions in parentheses space it.
        (
            "1,500 km (930 mi) away",
            None,
            &["1,500 km => quantity 1500000 m", "930 mi => quantity 1496689.92 m"],
        ),
        ("12mi", None, &["12mi => quantity 19312.128 m"]),
        ("800 hectares", None, &["800 hectares => quantity 8000000 m2"]),
        ("2,000 acres", None, &["2,000 acres => quantity 8093712.8448 m2"]),
        ("660 square meters", None, &["660 square meters => quantity 660 m2"]),
        ("12 sq km", None, &["12 sq km => quantity 12000000 m2"]),
        ("5 km²", None, &["5 km² => quantity 5000000 m2"]),
        ("45 m2 flat", None, &["45 m2 => quantity 45 m2"]),
        ("3 km2 of forest", None, &["3 km2 => quantity 3000000 m2"]),
        // A power touches its unit: a spaced digit after a unit is the next figure.
        ("12 m 2 dm", None, &["12 m => quantity 12 m", "2 dm => quantity 0.2 m"]),
        ("24 km 2 bridges", None, &["24 km => quantity 24000 m", "2 => number 2 #bridges"]),
        ("30°C", None, &["30°C => quantity 30 degC"]),
        ("30 °C", None, &["30 °C => quantity 30 degC"]),
        ("86°F", None, &["86°F => quantity 30 degC"]),
        ("212 degrees Fahrenheit", None, &["212 degrees Fahrenheit => quantity 100 degC"]),
        ("40 degrees Celsius", None, &["40 degrees Celsius => quantity 40 degC"]),
        // The scale's name without "degrees", as agency copy writes it.
        (
            "highs of 35 Celsius (95 Fahrenheit)",
            None,
            &["35 Celsius => quantity 35 degC", "95 Fahrenheit => quantity 35 degC"],
        ),
        ("about minus 17 Celsius", None, &["about minus 17 Celsius => quantity -17 degC approx"]),
        ("the Celsius scale", None, &[]),
        ("60 mph", None, &["60 mph => quantity 96.56064 km/h"]),
        ("100 km/h", None, &["100 km/h => quantity 100 km/h"]),
        ("40 knots", None, &["40 knots => quantity 74.08 km/h"]),
        // Speeds per millisecond, as the peers' suites write them.
        ("50 km/ms", None, &["50 km/ms => quantity 180000000 km/h"]),
        ("50 meters per millisecond", None, &["50 meters per millisecond => quantity 180000 km/h"]),
        ("50 centimeters/millisecond", None, &["50 centimeters/millisecond => quantity 1800 km/h"]),
        // A unit alone in brackets after its figure, as tables and forms write it; not a
        // symbol that must touch its figure, nor other words in brackets.
        ("The weight is 20 (kg)", None, &["20 (kg) => quantity 20 kg"]),
        ("a load of 20 [kg]", None, &["20 [kg] => quantity 20 kg"]),
        ("The weight is 20 <kg>", None, &["20 <kg> => quantity 20 kg"]),
        ("Item 5 (m) was dropped", None, &["5 => number 5"]),
        ("He scored 20 (a record)", None, &["20 => number 20"]),
        ("a dose of 20 (kg per day)", None, &["20 => number 20"]),
        ("1.2 gigawatts", None, &["1.2 gigawatts => quantity 1200000000 W"]),
        ("300 MW", None, &["300 MW => quantity 300000000 W"]),
        ("5 TWh", None, &["5 TWh => quantity 5000000000000 Wh"]),
        ("2 GB", None, &["2 GB => quantity 2000000000 B"]),
        ("500 ml", None, &["500 ml => quantity 0.5 l"]),
        ("1,000 gallons", None, &["1,000 gallons => quantity 3785.411784 l"]),
        ("2 million barrels", None, &["2 million barrels => quantity 317974589.856 l"]),
        ("a 68-ounce can", None, &["68-ounce => quantity 1.9277675725 kg"]),
        ("a 10-mile race", None, &["10-mile => quantity 16093.44 m"]),
        ("200 lbs", None, &["200 lbs => quantity 90.718474 kg"]),
        ("5 feet", None, &["5 feet => quantity 1.524 m"]),
        ("40m tower", None, &["40m => quantity 40 m"]),
        // Astronomers' distances: a light-year is a length, not a count of years.
        ("a star 39 light-years away", None, &["39 light-years => quantity 368968488431000000 m"]),
        ("some 40 light years off", None, &["some 40 light years => quantity 378429218903000000 m approx"]),
        ("about 12 parsecs", None, &["about 12 parsecs => quantity 370281309779000000 m approx"]),
        ("after 39 years in office", None, &["39 years => duration 14244.4575 day"]),
        // River flows, concentrations and port tonnage as Indian and industry reports write them.
        ("releasing 42,000 cusecs", None, &["42,000 cusecs => quantity 1189307.55686 l"]),
        (
            "carbon monoxide at 1,300 parts per million",
            None,
            &["1,300 parts per million => quantity 1300 ppm"],
        ),
        ("below 30 ppb", None, &["below 30 ppb => quantity 0.03 ppm less_than"]),
        ("cargo of 109 MMT", None, &["109 MMT => quantity 109000000000 kg"]),
        ("two 500kV lines", None, &["two => number 2", "500kV => quantity 500000 V"]),
        ("mains of 230 volts", None, &["230 volts => quantity 230 V"]),
        ("some 415 sq miles of forest", None, &["some 415 sq miles => quantity 1074845065.79 m2 approx"]),
    ]);
}

#[test]
fn durations_are_in_days() {
    check(&[
        ("24 hours", None, &["24 hours => duration 1 day"]),
        ("three days", None, &["three days => duration 3 day"]),
        ("two weeks", None, &["two weeks => duration 14 day"]),
        ("six months", None, &["six months => duration 182.62125 day"]),
        ("five years", None, &["five years => duration 1826.2125 day"]),
        ("a 24-hour strike", None, &["24-hour => duration 1 day"]),
        ("90 minutes", None, &["90 minutes => duration 0.0625 day"]),
        // A duration in two units is one length of time; a larger second unit is another figure.
        (
            "for eight minutes and 46 seconds",
            None,
            &["eight minutes and 46 seconds => duration 0.00608796296296 day"],
        ),
        ("after 2 hours 15 minutes", None, &["2 hours 15 minutes => duration 0.09375 day"]),
        // Three units are one time too, each smaller than the one before.
        (
            "in 2 hours 6 minutes 26 seconds",
            None,
            &["2 hours 6 minutes 26 seconds => duration 0.0878009259259 day"],
        ),
        (
            "2 hours 15 minutes 3 hours",
            None,
            &["2 hours 15 minutes => duration 0.09375 day", "3 hours => duration 0.125 day"],
        ),
        (
            "10 years and 5 years",
            None,
            &["10 years => duration 3652.425 day", "5 years => duration 1826.2125 day"],
        ),
        (
            "5 hours 90 minutes",
            None,
            &["5 hours => duration 0.208333333333 day", "90 minutes => duration 0.0625 day"],
        ),
        (
            "for 2 weeks and 2 days ago",
            None,
            &["2 weeks => duration 14 day", "2 days ago => date ? day inferred relative"],
        ),
        ("for a decade", None, &["a decade => duration 3652.425 day"]),
        ("a 45-year-old man", None, &["45-year-old => number 45 #years old"]),
        // An age between commas after a name; other numbers between commas are not ages.
        ("Okafor, 44, said she would", None, &["44 => number 44 #years old"]),
        ("the girl, Pooja Madavi, 12, had died", None, &["12 => number 12 #years old"]),
        ("the scores were 3, 12, 40", None, &["3 => number 3", "12 => number 12", "40 => number 40"]),
        ("Smith, 250, said", None, &["250 => number 250"]),
        ("Okafor, about 44, said", None, &["about 44 => number 44 approx"]),
        // "aged 42" and "42 years old" are ages too; "20 days old" stays a length of time.
        ("the driver, aged 42, survived", None, &["42 => number 42 #years old"]),
        ("the driver, 42 years old, survived", None, &["42 years old => number 42 #years old"]),
        ("the baby, 20 days old", None, &["20 days => duration 20 day"]),
        ("aged between 18 and 25", None, &["between 18 and 25 => number 18..25 range"]),
        // A part counts what its whole counts.
        (
            "Okafor carried 37 of the 58 precincts",
            None,
            &["37 => number 37 #precincts", "58 => number 58 #precincts"],
        ),
        ("nine of the victims were children", None, &["nine => number 9 #victims"]),
        ("12 of its 40 stores", None, &["12 => number 12 #stores", "40 => number 40 #stores"]),
        ("one of the best", None, &[]),
        ("3 of 4 in the poll", None, &["3 => number 3", "4 => number 4"]),
        // "a"/"an" as one unit of time, after a bound or a preposition of duration.
        ("the line was cut for an hour", None, &["an hour => duration 0.0416666666667 day"]),
        ("a deal could come within a week", None, &["a week => duration 7 day"]),
        (
            "the siege lasted more than a month",
            None,
            &["more than a month => duration 30.436875 day more_than"],
        ),
        ("talks took about a year", None, &["about a year => duration 365.2425 day approx"]),
        (
            "he was held for a month in 2019",
            None,
            &["a month => duration 30.436875 day", "2019 => date 2019-01-01..2019-12-31 year"],
        ),
        ("nurses strike twice a week", None, &[]),
        ("prices fell a week ago", None, &["a week ago => date ? week inferred relative"]),
        ("in a year when rates rose", None, &[]),
        ("elected for a second term", None, &["second => ordinal 2"]),
        ("wait a day or two", None, &["two => number 2"]),
        ("a year of protests", None, &[]),
        // A span between two events, as "two days after" is; not a comparison's base.
        ("It came a day after the fire.", None, &["a day => duration 1 day"]),
        ("A week later the plant reopened", None, &["A week => duration 7 day"]),
        (
            "It separated about an hour after launch",
            None,
            &["about an hour => duration 0.0416666666667 day approx"],
        ),
        ("sales rose to 1,043 from 980 a year earlier", None, &["1,043 => number 1043", "980 => number 980"]),
        (
            "Rs 44.10 lakh crore against Rs 41.86 lakh crore a year earlier",
            None,
            &[
                "Rs 44.10 lakh crore => money 44100000000000 INR",
                "Rs 41.86 lakh crore => money 41860000000000 INR",
            ],
        ),
    ]);
}

#[test]
fn counted_nouns() {
    check(&[
        ("24,000 fraudulent accounts", None, &["24,000 => number 24000 #accounts"]),
        ("four senior Grok code leads left", None, &["four => number 4 #leads"]),
        ("12 workers were hurt", None, &["12 => number 12 #workers"]),
        ("14 people were injured", None, &["14 => number 14 #people"]),
        ("62 firefighters", None, &["62 => number 62 #firefighters"]),
        ("3,000 troops", None, &["3,000 => number 3000 #troops"]),
        ("200 staff", None, &["200 => number 200 #staff"]),
        ("9 killed", None, &["9 => number 9"]),
        ("two companies", None, &["two => number 2 #companies"]),
        ("5 of the 12 victims", None, &["5 => number 5 #victims", "12 => number 12 #victims"]),
        ("100,000 Nvidia GPUs", None, &["100,000 => number 100000 #gpus"]),
        ("The 40 new-build homes", None, &["40 => number 40 #homes"]),
        // A figure joined by a hyphen to a noun is a compound adjective: it counts that noun.
        ("a five-storey residential building", None, &["five => number 5 #storey"]),
        ("a 12-member panel of judges", None, &["12 => number 12 #member"]),
        ("the three-judge bench", None, &["three => number 3 #judge"]),
        // ... but not a code or a short abbreviation, nor a unit, a duration or an age.
        ("batch 2017-q5 failed", None, &["2017 => date 2017-01-01..2017-12-31 year", "5 => number 5"]),
        ("a 200-metre-deep gorge", None, &["200-metre => quantity 200 m"]),
        ("a three-day strike", None, &["three-day => duration 3 day"]),
    ]);
}

#[test]
fn ordinals() {
    check(&[
        ("the 21st time", None, &["21st => ordinal 21"]),
        ("its 3rd plant", None, &["3rd => ordinal 3"]),
        ("the third-largest bank", None, &["third => ordinal 3"]),
        ("the twenty-first attack", None, &["twenty-first => ordinal 21"]),
        ("the first time", None, &[]),
        ("every second counts", None, &[]),
        // "second" ranks after a determiner and before what it ranks; alone it is time.
        ("for the second time", None, &["second => ordinal 2"]),
        ("a second person died", None, &["second => ordinal 2"]),
        ("Spain's second-largest bank", None, &["second => ordinal 2"]),
        ("wait a second.", None, &[]),
        ("one metre per second", None, &["one metre => quantity 1 m"]),
        ("the 100th anniversary", None, &["100th => ordinal 100"]),
    ]);
}

#[test]
fn punctuation_edges() {
    check(&[
        ("The fire hurt 12.", None, &["12 => number 12"]),
        ("The fire hurt 12. Then it spread.", None, &["12 => number 12"]),
        ("The U.S. sent 3,000 troops.", None, &["3,000 => number 3000 #troops"]),
        ("\u{201c}We lost 40 homes,\u{201d} she said.", None, &["40 => number 40 #homes"]),
        ("prices rose 5%\u{2014}the most since", None, &["5% => percent 5 %"]),
        ("(about 20)", None, &["about 20 => number 20 approx"]),
        ("costs: $5,", None, &["$5 => money 5 USD"]),
        ("12\u{a0}%", None, &["12\u{a0}% => percent 12 %"]),
        ("It cost $1,000.", None, &["$1,000 => money 1000 USD"]),
        ("The 2.5-mile stretch", None, &["2.5-mile => quantity 4023.36 m"]),
    ]);
}

#[test]
fn fractions_in_digits() {
    check(&[
        ("3/4 of voters", None, &["3/4 => number 0.75"]),
        ("a 1/4 mile oval", None, &["1/4 mile => quantity 402.336 m"]),
        (
            "more than 10 1/2 miles of cable",
            None,
            &["more than 10 1/2 miles => quantity 16898.112 m more_than"],
        ),
        ("add 2 1/4 cups", None, &["2 1/4 => number 2.25 #cups"]),
        ("a 1/2-inch pipe", None, &["1/2-inch => quantity 0.0127 m"]),
        ("the score was -4/5", None, &["-4/5 => number -0.8"]),
        ("It took 2½ hours", None, &["2½ hours => duration 0.104166666667 day"]),
        ("a ½ hour call", None, &["½ hour => duration 0.0208333333333 day"]),
        // Not fractions: names, idioms and day/month forms, uncommon denominators, longer codes.
        ("after 9/11 security tightened", None, &["9 => number 9", "11 => number 11"]),
        ("open 24/7 now", None, &["24 => number 24", "7 => number 7"]),
        ("due 5/12 or later", None, &["5 => number 5", "12 => number 12"]),
        ("a 3/2 split", None, &["3 => number 3", "2 => number 2"]),
    ]);
}

#[test]
fn fractions_decimals_and_signs_in_words() {
    check(&[
        ("one hundred and three quarters", None, &["one hundred and three quarters => number 100.75"]),
        ("twenty and three fifths", None, &["twenty and three fifths => number 20.6"]),
        ("five and a quarter", None, &["five and a quarter => number 5.25"]),
        ("three and a fifth", None, &["three and a fifth => number 3.2"]),
        (
            "one hundred and three and two thirds",
            None,
            &["one hundred and three and two thirds => number 103.666666667"],
        ),
        (
            "five and a quarter million people",
            None,
            &["five and a quarter million => number 5250000 #people"],
        ),
        ("Sales fell by a fifth.", None, &["a fifth => percent 20 %"]),
        ("a hundredth", None, &["a hundredth => number 0.01"]),
        ("a millionth", None, &["a millionth => number 0.000001"]),
        // An ordinal, a compound and a duration's half are not lone fractions.
        ("a fifth straight win", None, &["fifth => ordinal 5"]),
        ("a quarter-century ago", None, &[]),
        ("two hundred point zero three", None, &["two hundred point zero three => number 200.03"]),
        ("two hundred point seventy-one", None, &["two hundred point seventy-one => number 200.71"]),
        ("two point five million people", None, &["two point five million => number 2500000 #people"]),
        ("nought point eleven", None, &["nought point eleven => number 0.11"]),
        ("nine point nought four", None, &["nine point nought four => number 9.04"]),
        ("nought is 0", None, &["nought => number 0", "0 => number 0"]),
        ("it was all for nought", None, &[]),
        ("the two point guards", None, &["two => number 2 #guards"]),
        ("minus one", None, &["minus one => number -1"]),
        ("negative one", None, &["negative one => number -1"]),
        ("minus five point five", None, &["minus five point five => number -5.5"]),
        ("just need minus five percent", None, &["minus five percent => percent -5 %"]),
        ("negative five-year returns", None, &["five-year => duration 1826.2125 day"]),
    ]);
}

#[test]
fn money_compounds_and_more_currencies() {
    check(&[
        // Currencies named after the figure (data/words.txt), the country first where the
        // word alone is several currencies ("shillings", "pesos" are Mexico's alone).
        ("5 trillion dong", None, &["5 trillion dong => money 5000000000000 VND"]),
        ("3.2 billion rupiah", None, &["3.2 billion rupiah => money 3200000000 IDR"]),
        ("150 Kenyan shillings", None, &["150 Kenyan shillings => money 150 KES"]),
        ("150 shillings", None, &["150 => number 150 #shillings"]),
        ("10 Turkish lira", None, &["10 Turkish lira => money 10 TRY"]),
        ("2 million ringgit", None, &["2 million ringgit => money 2000000 MYR"]),
        ("400 baht", None, &["400 baht => money 400 THB"]),
        ("900 hryvnias", None, &["900 hryvnias => money 900 UAH"]),
        ("20,000 forints", None, &["20,000 forints => money 20000 HUF"]),
        ("50 Egyptian pounds", None, &["50 Egyptian pounds => money 50 EGP"]),
        ("it only cost 3 dollars 50 cents.", None, &["3 dollars 50 cents => money 3.5 USD"]),
        (
            "thirteen dollars and forty-five cents",
            None,
            &["thirteen dollars and forty-five cents => money 13.45 USD"],
        ),
        ("two pounds sterling and 20 pence", None, &["two pounds sterling and 20 pence => money 2.2 GBP"]),
        // Without "cents", only a count of cents that ends the sentence is part of the amount;
        // otherwise the second number is its own figure.
        (
            "it only cost thirteen dollars forty five",
            None,
            &["thirteen dollars forty five => money 13.45 USD"],
        ),
        ("It costs 15 dollars and 50.", None, &["15 dollars and 50 => money 15.5 USD"]),
        ("The subscription will rise to 17 USD 25.", None, &["17 USD 25 => money 17.25 USD"]),
        (
            "It costs 15 dollars and 50 people came.",
            None,
            &["15 dollars => money 15 USD", "50 => number 50 #people"],
        ),
        (
            "thirteen dollars forty five times",
            None,
            &["thirteen dollars => money 13 USD", "forty five => number 45"],
        ),
        ("It cost 15 dollars and 250.", None, &["15 dollars => money 15 USD", "250 => number 250"]),
        ("a 12-cent dividend", None, &["12-cent => money 0.12 USD"]),
        ("its one-yen bid", None, &["one-yen => money 1 JPY"]),
        ("close one penny lower", None, &["one penny => money 0.01 GBP"]),
        ("That costs 3 dimes", None, &["3 dimes => money 0.3 USD"]),
        ("for 420 million finnish markka .", None, &["420 million finnish markka => money 420000000 FIM"]),
        ("6.65 billion pesetas", None, &["6.65 billion pesetas => money 6650000000 ESP"]),
        ("250 million dutch guilders", None, &["250 million dutch guilders => money 250000000 NLG"]),
        ("It costs you 10 us dollar", None, &["10 us dollar => money 10 USD"]),
        ("a price of 500€", None, &["500€ => money 500 EUR"]),
        ("the cost is 100元!", None, &["100元 => money 100 CNY"]),
        ("The book is 100 ₡", None, &["100 ₡ => money 100 CRC"]),
        ("I spent 100₾", None, &["100₾ => money 100 GEL"]),
        ("between 5 €10", None, &["5 => number 5", "€10 => money 10 EUR"]),
        ("10 $ is not much", None, &["10 $ => money 10 USD"]),
        ("losses in excess of 30 MUSD", None, &["in excess of 30 MUSD => money 30000000 USD more_than"]),
        ("a price of 48.5 MGBP", None, &["48.5 MGBP => money 48500000 GBP"]),
        // Only a code after the M: "MUSE" is a word, "Musd" not the convention.
        ("the 30 MUSE kiosks", None, &["30 => number 30 #kiosks"]),
        ("from 10 $20 up", None, &["10 => number 10", "$20 => money 20 USD"]),
        // A percent change to an amount is two figures, not a range.
        ("down 0.6% to 309,381 yen", None, &["0.6% => percent 0.6 %", "309,381 yen => money 309381 JPY"]),
        (
            "by 25% to 34,500 metric tons",
            None,
            &["25% => percent 25 %", "34,500 metric tons => quantity 34500000 kg"],
        ),
        ("100 percentage", None, &["100 percentage => percent 100 %"]),
        ("thirty percentage", None, &["thirty percentage => percent 30 %"]),
        // "percent of 10" is not "10 percent": in prose it is a share of ten things.
        ("ninety percent of 10 voters", None, &["ninety percent => percent 90 %", "10 => number 10 #voters"]),
    ]);
}

#[test]
fn more_units_and_ranges_with_units() {
    check(&[
        ("1 m x 1 m", None, &["1 m => quantity 1 m", "1 m => quantity 1 m"]),
        ("a 2 m wall", None, &["2 => number 2"]),
        ("revenue of 5 m euros", None, &["5 => number 5 #euros"]),
        ("1m is equal to 10 dm", None, &["1m => quantity 1 m", "10 dm => quantity 1 m"]),
        ("3 picometers", None, &["3 picometers => quantity 0.000000000003 m"]),
        ("an accuracy of 16.25 nanometers", None, &["16.25 nanometers => quantity 0.00000001625 m"]),
        ("the large 100 cl bottle", None, &["100 cl => quantity 1 l"]),
        ("solid 50 Wh", None, &["50 Wh => quantity 50 Wh"]),
        // Micro signs, glued tonnes and radians (data/words.txt).
        ("a dose of 120 μg", None, &["120 μg => quantity 0.00000012 kg"]),
        ("a dose of 120µg", None, &["120µg => quantity 0.00000012 kg"]),
        ("a capacity of 100t", None, &["100t => quantity 100000 kg"]),
        ("a 5 t truck", None, &["5 => number 5"]),
        ("an angle of 0.8rad", None, &["0.8rad => quantity 45.8366236105 deg"]),
        ("an angle of 0.8 rad", None, &["0.8 => number 0.8"]),
        // A height in feet and inches is one length; a spaced "in" only before a closing word.
        ("he is 6ft 2in tall", None, &["6ft 2in => quantity 1.8796 m"]),
        // Inches alone only touching the figure: a spaced "in" is the preposition.
        ("snow lay 6in deep", None, &["6in => quantity 0.1524 m"]),
        ("won 6 in a row", None, &["6 => number 6"]),
        ("he is 5 feet and 2 inches.", None, &["5 feet and 2 inches => quantity 1.5748 m"]),
        ("he is 5 ft 2 in", None, &["5 ft 2 in => quantity 1.5748 m"]),
        ("the wall is 10 ft, 2 in places", None, &["10 ft => quantity 3.048 m", "2 => number 2"]),
        ("a 10 ft 2 in wall", None, &["10 ft => quantity 3.048 m", "2 => number 2"]),
        ("5 ft 14 inches", None, &["5 ft => quantity 1.524 m", "14 inches => quantity 0.3556 m"]),
        // Heights leave the inches unnamed after a hyphen or at the end of the phrase.
        ("the 6-foot-4 forward", None, &["6-foot-4 => quantity 1.9304 m"]),
        ("a 6-foot-4-inch center", None, &["6-foot-4-inch => quantity 1.9304 m"]),
        ("a 5-foot-11 guard", None, &["5-foot-11 => quantity 1.8034 m"]),
        ("she is 5 foot 9.", None, &["5 foot 9 => quantity 1.7526 m"]),
        ("a 5 foot 9 guard", None, &["5 foot => quantity 1.524 m", "9 => number 9"]),
        ("it rose 6 feet 2 days later", None, &["6 feet => quantity 1.8288 m", "2 days => duration 2 day"]),
        ("a 6-foot-2.5 man", None, &["6-foot => quantity 1.8288 m"]),
        // A symbol that must touch the number may stand apart when a longer phrase starts with it.
        ("a flat of 120 m² in all", None, &["120 m² => quantity 120 m2"]),
        ("a 40 m2 flat", None, &["40 m2 => quantity 40 m2"]),
        ("a 1,200 sq. ft. home", None, &["1,200 sq. ft => quantity 111.483648 m2"]),
        ("40 sq. km of forest", None, &["40 sq. km => quantity 40000000 m2"]),
        ("the 16-bit chip", None, &["16-bit => quantity 2 B"]),
        (
            "10-15 exabytes of data",
            None,
            &["10-15 exabytes => quantity 10000000000000000000..15000000000000000000 B range"],
        ),
        (
            "They were given 44 mg to 50 mg ethanol.",
            None,
            &["44 mg to 50 mg => quantity 0.000044..0.00005 kg range"],
        ),
        (
            "between 44 mg and 50 mg",
            None,
            &["between 44 mg and 50 mg => quantity 0.000044..0.00005 kg range"],
        ),
        ("ranged -18 °C to -34 °C", None, &["-18 °C to -34 °C => quantity -34..-18 degC range"]),
        ("a 5 km - 7 km band", None, &["5 km - 7 km => quantity 5000..7000 m range"]),
        // After "from" it is a change; different units or a falling second end are two figures.
        (
            "reduced from 44 mg to 50 mg",
            None,
            &["44 mg => quantity 0.000044 kg", "50 mg => quantity 0.00005 kg"],
        ),
        ("5 km to 3 miles", None, &["5 km => quantity 5000 m", "3 miles => quantity 4828.032 m"]),
        ("cut 50 mg to 20 mg", None, &["50 mg => quantity 0.00005 kg", "20 mg => quantity 0.00002 kg"]),
        ("one hour and a half", None, &["one hour and a half => duration 0.0625 day"]),
        ("two years and a half", None, &["two years and a half => duration 913.10625 day"]),
        // "An hour and a half" is a duration after any word; "a day" alone only after one
        // that takes a duration ("lasted a day", not "$5 a day").
        ("the hearing lasted an hour and a half", None, &["an hour and a half => duration 0.0625 day"]),
        ("it lasted a day", None, &["a day => duration 1 day"]),
        ("it rose $5 a day", None, &["$5 a day => money 5 USD /day"]),
        // Half of a unit in words, and a decade or a century after a word that takes a span.
        (
            "closed for about half an hour",
            None,
            &["about half an hour => duration 0.0208333333333 day approx"],
        ),
        ("half a mile away", None, &["half a mile => quantity 804.672 m"]),
        ("half a loaf", None, &[]),
        // A half joined by hyphens.
        (
            "talks took three-and-a-half hours",
            None,
            &["three-and-a-half hours => duration 0.145833333333 day"],
        ),
        ("a two-and-a-half-year term", None, &["two-and-a-half-year => duration 913.10625 day"]),
        ("three-and-a-half", None, &["three-and-a-half => number 3.5"]),
        ("one and half hours", None, &["one and half hours => duration 0.0625 day"]),
    ]);
}

#[test]
fn units_of_devices_weather_energy_and_radiation() {
    // All from data/words.txt: a battery's charge spaced or glued, a chip's clock, pressure in
    // weather's units, energy in joules as watt-hours, food calories, engine power and sound
    // level glued to the figure, doses, data rates.
    check(&[
        ("a 3,400 mAh battery", None, &["3,400 mAh => quantity 3.4 Ah"]),
        ("a 3,400mAh battery", None, &["3,400mAh => quantity 3.4 Ah"]),
        ("a 2.8 GHz chip", None, &["2.8 GHz => quantity 2800000000 Hz"]),
        ("the 700MHz band", None, &["700MHz => quantity 700000000 Hz"]),
        ("pressure fell to 960 hPa", None, &["960 hPa => quantity 96000 Pa"]),
        ("a low of 960 millibars", None, &["960 millibars => quantity 96000 Pa"]),
        ("tyres at 32 psi", None, &["32 psi => quantity 220632.233381 Pa"]),
        ("a 10 kilowatt-hour pack", None, &["10 kilowatt-hour => quantity 10000 Wh"]),
        ("it released 36 megajoules", None, &["36 megajoules => quantity 10000 Wh"]),
        ("an 8,700kJ diet", None, &["8,700kJ => quantity 2416.66666667 Wh"]),
        ("2,000 calories", None, &["2,000 calories => quantity 2000 kcal"]),
        ("a 300hp engine", None, &["300hp => quantity 223709.961475 W"]),
        ("a 300-horsepower engine", None, &["300-horsepower => quantity 223709.961475 W"]),
        ("noise of 95dB", None, &["95dB => quantity 95 dB"]),
        ("noise of 95 decibels", None, &["95 decibels => quantity 95 dB"]),
        ("a dose of 20 millisieverts", None, &["20 millisieverts => quantity 0.02 Sv"]),
        ("a CT scan gives 14 mGy", None, &["14 mGy => quantity 0.014 Gy"]),
        ("5 gray whales", None, &["5 => number 5 #whales"]),
        ("up to 500 Mbps", None, &["up to 500 Mbps => quantity 500000000 bit/s at_most"]),
        ("a load of 50 kilonewtons", None, &["50 kilonewtons => quantity 50000 N"]),
        // Spaced, these abbreviations and words are as often names, brands or counters.
        ("12 HP laptops", None, &["12 => number 12 #laptops"]),
        ("5 BHP mines", None, &["5 => number 5 #mines"]),
        ("2 DB trains", None, &["2 => number 2 #trains"]),
        ("at 12 Newton Road", None, &["12 => number 12"]),
        ("3 ATM machines", None, &["3 => number 3 #machines"]),
        ("a 12 bar blues", None, &["12 => number 12 #blues"]),
    ]);
}

#[test]
fn scientific_notation() {
    check(&[
        ("about 1.3e6 cells", None, &["about 1.3e6 => number 1300000 approx #cells"]),
        ("a mass of 1e10", None, &["1e10 => number 10000000000"]),
        ("it was -127.32e13", None, &["-127.32e13 => number -1273200000000000"]),
        ("it was 12.32e+14.", None, &["12.32e+14 => number 1232000000000000"]),
        ("a factor -12e-1", None, &["-12e-1 => number -1.2"]),
        ("grew 10^6 times", None, &["10^6 => number 1000000"]),
        ("1.1^23", None, &["1.1^23 => number 8.95430243255"]),
        ("-2500^-1", None, &["-2500^-1 => number -0.0004"]),
        ("2.5^+2", None, &["2.5^+2 => number 6.25"]),
        // Codes and capitals are not exponents; a tower of powers is not read from its middle.
        ("2^3^4", None, &["2 => number 2", "3 => number 3", "4 => number 4"]),
        ("a 3e4b chip", None, &[]),
        ("model 3E4", None, &[]),
        ("ref 1e10x", None, &[]),
    ]);
}

#[test]
fn suffixed_magnitudes_in_news_copy() {
    check(&[
        ("The deal is worth £2.6bn in total.", None, &["£2.6bn => money 2600000000 GBP"]),
        ("It raised $5.1bn from investors.", None, &["$5.1bn => money 5100000000 USD"]),
        ("A €3bn fund opened.", None, &["€3bn => money 3000000000 EUR"]),
        // "£80m" is the same amount as "£80 million".
        (
            "a £80m stadium, a £80 million stadium",
            None,
            &["£80m => money 80000000 GBP", "£80 million => money 80000000 GBP"],
        ),
        ("The clip had 4.7k views.", None, &["4.7k => number 4700 #views"]),
        ("A $12.5m grant was paid.", None, &["$12.5m => money 12500000 USD"]),
        ("He paid Rs 10 lakh for it.", None, &["Rs 10 lakh => money 1000000 INR"]),
        ("Rs 2,500 crore was allocated.", None, &["Rs 2,500 crore => money 25000000000 INR"]),
        ("Rs. 2,500 crore was allocated.", None, &["Rs. 2,500 crore => money 25000000000 INR"]),
        // Crore shortened after rupees, as Indian company releases write it; alone "cr" is no scale.
        (
            "Revenue of ₹7,560 Cr, up 21%",
            None,
            &["₹7,560 Cr => money 75600000000 INR", "21% => percent 21 %"],
        ),
        ("PAT of Rs 3,107 cr. in all", None, &["Rs 3,107 cr => money 31070000000 INR"]),
        ("a 12 Cr engine", None, &["12 => number 12"]),
        ("The 10km race was run.", None, &["10km => quantity 10000 m"]),
        // A currency word before or glued to the digits is no model name or code.
        ("an issue price of Rs 76 each", None, &["Rs 76 => money 76 INR"]),
        ("earnings of Rs1.3m were exempt", None, &["Rs1.3m => money 1300000 INR"]),
        ("spending rises to Rs7.2tn", None, &["Rs7.2tn => money 7200000000000 INR"]),
        ("the winner gets Sh12.9 million", None, &["Sh12.9 million => money 12900000 KES"]),
        ("a KSh 5,000 fine", None, &["KSh 5,000 => money 5000 KES"]),
        ("it paid USD5m", None, &["USD5m => money 5000000 USD"]),
        // Ringgit, rupiah and dirham signs as Malaysian, Indonesian and Gulf papers write them,
        // with the Malaysian "mil" and "bil".
        ("a fine of RM210mil", None, &["RM210mil => money 210000000 MYR"]),
        ("RM1.2bil in losses", None, &["RM1.2bil => money 1200000000 MYR"]),
        ("RM 50 million was paid", None, &["RM 50 million => money 50000000 MYR"]),
        ("Rp 5 trillion was lost", None, &["Rp 5 trillion => money 5000000000000 IDR"]),
        ("a Dh500 million deal", None, &["Dh500 million => money 500000000 AED"]),
        ("VND50 trillion in bonds", None, &["VND50 trillion => money 50000000000000 VND"]),
        ("PKR 20 billion for dams", None, &["PKR 20 billion => money 20000000000 PKR"]),
        // Rand glued to an amount as the South African press writes it; "R$" stays the real,
        // and an Irish road's "R445" or a grade's "R2" is no amount.
        (
            "revenue of R99.9bn this year",
            None,
            &["R99.9bn => money 99900000000 ZAR", "this year => date ? year inferred relative"],
        ),
        ("a R60 billion shortfall", None, &["R60 billion => money 60000000000 ZAR"]),
        ("paid R$5 million", None, &["R$5 million => money 5000000 BRL"]),
        ("on the R445 road", None, &[]),
        ("R2 and R3 grades", None, &[]),
        // The kwacha glued to a grouped or scaled amount, as the Zambian press writes it; a
        // mountain's "K2" is no amount.
        ("released K50 million for the response", None, &["K50 million => money 50000000 ZMW"]),
        ("a fine of K2,600", None, &["K2,600 => money 2600 ZMW"]),
        ("climbers on K2 and K9 units", None, &[]),
        // Indian digit grouping.
        ("Defence gets Rs 7,20,000 crore", None, &["Rs 7,20,000 crore => money 7200000000000 INR"]),
        ("a prize of Rs 1,00,000", None, &["Rs 1,00,000 => money 100000 INR"]),
        ("scores of 1,20,30 were read", None, &["1 => number 1", "20 => number 20", "30 => number 30"]),
    ]);
}

#[test]
fn codes_with_letters_are_not_magnitudes() {
    check(&[
        ("5G masts went up", None, &[]),
        ("He bought a 4K TV.", None, &[]),
        ("a 4k TV", None, &[]),
        ("streamed in 8K resolution", None, &[]),
        ("The M4 motorway was shut.", None, &[]),
        ("an A380 landed", None, &[]),
        ("3D printing grew", None, &[]),
        // "K" is a thousand when it counts something else.
        ("4K runners took part", None, &["4K => number 4000 #runners"]),
    ]);
}

#[test]
fn earthquake_magnitudes() {
    check(&[
        ("A magnitude-5.8 earthquake struck.", None, &["5.8 => number 5.8 #magnitude"]),
        ("A 5.8-magnitude earthquake struck.", None, &["5.8 => number 5.8 #magnitude"]),
        ("a magnitude 5.8 earthquake struck", None, &["5.8 => number 5.8 #magnitude"]),
        ("A Magnitude 6 quake hit.", None, &["6 => number 6 #magnitude"]),
        ("A 7.1 magnitude quake hit.", None, &["7.1 => number 7.1 #magnitude"]),
        ("It measured 5.8 on the Richter scale.", None, &["5.8 => number 5.8 #magnitude"]),
        // A counted noun of its own wins; other numbers near the word are not magnitudes.
        ("5 magnitude-7 quakes", None, &["5 => number 5", "7 => number 7 #quakes"]),
        ("The quake killed 12 people.", None, &["12 => number 12 #people"]),
        ("the magnitude of 3 losses", None, &["3 => number 3 #losses"]),
    ]);
}

/// A storm's category is a figure of its own ("a Category 4 hurricane"), where a capitalised
/// word before a number otherwise names a model ("Boeing 737"), and so is a tornado's rating
/// ("an EF-3 tornado"), where letters glued to digits are otherwise a code ("F-35").
#[test]
fn storm_categories_and_tornado_ratings() {
    check(&[
        ("an EF-3 tornado with winds", None, &["3 => number 3 #rating"]),
        ("it was an EF4 tornado", None, &["4 => number 4 #rating"]),
        ("the F-35 jet", None, &[]),
        ("an EF-7 bolt", None, &[]),
        ("the ef-3 code", None, &[]),
        ("It made landfall as a Category 4 hurricane.", None, &["4 => number 4 #category"]),
        ("Joaquin, a Category 4 storm with winds", None, &["4 => number 4 #category"]),
        ("both at Category 4 strength", None, &["4 => number 4 #category"]),
        ("two category 3 storms", None, &["two => number 2", "3 => number 3 #category"]),
        // Other capitalised words before a number are still names.
        ("a Boeing 737 jet", None, &[]),
        ("donated to the Hurricane 5 fund", None, &[]),
    ]);
}

#[test]
fn converted_amounts_in_parentheses() {
    check(&[
        (
            "It cost A$3.1 billion (US$2 billion) to build.",
            None,
            &["A$3.1 billion => money 3100000000 AUD", "US$2 billion => money 2000000000 USD"],
        ),
        ("It cost €40m (£35m).", None, &["€40m => money 40000000 EUR", "£35m => money 35000000 GBP"]),
        (
            "The route is 40 km (25 miles) long.",
            None,
            &["40 km => quantity 40000 m", "25 miles => quantity 40233.6 m"],
        ),
        ("a fine of £1.2m ($1.5m)", None, &["£1.2m => money 1200000 GBP", "$1.5m => money 1500000 USD"]),
    ]);
}

#[test]
fn over_after_a_verb_is_no_bound() {
    check(&[
        ("They turn over $400 million a year.", None, &["$400 million a year => money 400000000 USD /year"]),
        ("The firm turns over $400 million.", None, &["$400 million => money 400000000 USD"]),
        ("Shops turned over £3bn.", None, &["£3bn => money 3000000000 GBP"]),
        ("He will hand over 3 documents.", None, &["3 => number 3 #documents"]),
        ("He handed over 3 documents.", None, &["3 => number 3 #documents"]),
        ("They forked over $50 each.", None, &["$50 => money 50 USD"]),
        // "over" alone, and after other verbs, stays a bound.
        ("It earned over $400 million.", None, &["over $400 million => money 400000000 USD more_than"]),
        ("over $400 million was lost", None, &["over $400 million => money 400000000 USD more_than"]),
        ("It took over 3 hours.", None, &["over 3 hours => duration 0.125 day more_than"]),
        (
            "Turnover rose to over $400 million.",
            None,
            &["over $400 million => money 400000000 USD more_than"],
        ),
    ]);
}

#[test]
fn halves_and_quarters_of_scales_and_spaced_hyphens() {
    check(&[
        ("Exports reached half million tonnes", None, &["half million tonnes => quantity 500000000 kg"]),
        (
            "The fund raised a quarter million us dollars",
            None,
            &["a quarter million us dollars => money 250000 USD"],
        ),
        ("A crowd of one million and a half gathered", None, &["one million and a half => number 1500000"]),
        (
            "Some two billion and a quarter was lost",
            None,
            &["Some two billion and a quarter => number 2250000000 approx"],
        ),
        ("We counted fifty - two boats", None, &["fifty - two => number 52 #boats"]),
        // A quarter of a mile, of a thousand or of a game is no such scale.
        ("It lies a quarter mile away", None, &[]),
        // Half of a group is a share, not a scale.
        ("Half of them left", None, &["Half => percent 50 %"]),
        ("They won two and a half games", None, &["two and a half => number 2.5 #games"]),
        // A hyphen touching one side only, or a tens word after it, makes two figures.
        ("We counted fifty -two boats", None, &["fifty => number 50", "two => number 2 #boats"]),
        ("Crowds of fifty - sixty people", None, &["fifty - sixty => number 50..60 range #people"]),
        (
            "The probe cooled to minus-260 degrees Fahrenheit",
            None,
            &["minus-260 degrees Fahrenheit => quantity -162.222222222 degC"],
        ),
        (
            "Stir in 3 tablespoons of oil and 2 tsp of salt",
            None,
            &["3 tablespoons => quantity 0.0443602943437 l", "2 tsp => quantity 0.0098578431875 l"],
        ),
        // A word joined to digits by a hyphen is still a code or name.
        ("The COVID-19 wave and the A-320 fleet", None, &[]),
    ]);
}

#[test]
fn currency_prefixes_with_a_code_before_the_dollar_sign() {
    check(&[
        ("The ticket cost aud$ 15 at the gate", None, &["aud$ 15 => money 15 AUD"]),
        ("The ticket cost CAD$ 40 at the gate", None, &["CAD$ 40 => money 40 CAD"]),
        ("A fine of nzd$200 was paid", None, &["nzd$200 => money 200 NZD"]),
        ("Sales of Mex$ 10 million were booked", None, &["Mex$ 10 million => money 10000000 MXN"]),
        ("Prices in hkd$ 8 were posted", None, &["hkd$ 8 => money 8 HKD"]),
        ("Fees of 20 usd were charged", None, &["20 usd => money 20 USD"]),
        ("The deal was worth 75 USD million", None, &["75 USD million => money 75000000 USD"]),
        // A code that is also an English word stays a word in lower case.
        ("Give it 3 try and see", None, &["3 => number 3"]),
        // A word before a spaced dollar sign stays a word.
        ("The Aud $5 note", None, &["$5 => money 5 USD"]),
        // Egyptian pounds and Saudi riyals as their press writes them, glued to the figure; a
        // spaced "SR 99" is a road.
        ("ordered to return LE30 million", None, &["LE30 million => money 30000000 EGP"]),
        ("scraps the SR1,000 allowance", None, &["SR1,000 => money 1000 SAR"]),
        ("traffic on SR 99 slowed", None, &["99 => number 99"]),
        // Naira as the Nigerian press writes it, glued and grouped, decimal or scaled; "N95"
        // is a mask and "N1" a road.
        ("targeting N34.82trn in revenue", None, &["N34.82trn => money 34820000000000 NGN"]),
        ("a N500,000 fine", None, &["N500,000 => money 500000 NGN"]),
        ("N2 billion was set aside", None, &["N2 billion => money 2000000000 NGN"]),
        ("N95 masks ran out on the N1 road", None, &[]),
        ("A CAD drawing of 3 parts", None, &["3 => number 3 #parts"]),
    ]);
}
