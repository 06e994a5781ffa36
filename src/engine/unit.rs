//! Currencies and units of measure, each with its canonical unit and conversion factor, so
//! "3.5 tonnes" and "3,500 kg" carry the same value. Phrases are matched token by token.
//!
//! Canonical units: kg (mass), m (length), m2 (area), l (volume), degC (temperature),
//! km/h (speed), W (power), Wh (energy), B (data), day (durations; a month is 30.436875
//! days and a year 365.2425). A plain "ton" is taken as the metric tonne; "short ton" is
//! 907.18474 kg. "pounds" is money (GBP) only next to a scale word or "sterling", else mass.
//! Oil output abbreviated as energy reporting writes it ("1.5 mb/d", "500 tb/d", "bpd") is
//! barrels (volume), not data.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use super::mention::{Cx, Kind};
use super::tokenize::TokKind;

/// A unit of measure: canonical unit, and value_canonical = value * factor + offset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Unit {
    pub canonical: &'static str,
    pub factor: f64,
    pub offset: f64,
    /// `Quantity`, or `Duration` for units of time.
    pub kind: Kind,
    /// The phrase is a single letter or symbol that must touch the number ("5m", "24h").
    pub attached_only: bool,
    /// The unit's name in the table whichever spelling was written ("km" for "kilometres"):
    /// two figures with other names were converted one from the other.
    pub written: &'static str,
}

const DAY: f64 = 1.0;
const MONTH: f64 = 30.436875;
const YEAR: f64 = 365.2425;

/// (canonical, factor, phrases). Phrases are space-separated tokens, lower case; one row lists
/// the spellings of a unit, separated by ", ", which keeps them together and saves the page two
/// pointers and a factor per spelling (300 bytes gzipped over the four phrase tables, measured
/// 2026-12-04).
const UNITS: &[(&str, f64, &str)] = &[
    // Length.
    ("m", 0.001, "mm, millimetre, millimetres, millimeter, millimeters"),
    ("m", 1e-9, "nanometre, nanometres, nanometer, nanometers"),
    ("m", 1e-12, "picometre, picometres, picometer, picometers"),
    ("m", 0.1, "dm, decimetre, decimetres, decimeter, decimeters"),
    ("m", 0.01, "cm, centimetre, centimetres, centimeter, centimeters"),
    ("m", 1.0, "m, metre, metres, meter, meters"),
    ("m", 1000.0, "km, kms, kilometre, kilometres, kilometer, kilometers"),
    ("m", 1609.344, "mile, miles, mi"),
    ("m", 1852.0, "nautical mile, nautical miles"),
    ("m", 0.3048, "ft, foot, feet"),
    ("m", 0.0254, "inch, inches"),
    ("m", 0.9144, "yard, yards, yd"),
    // Mass.
    ("kg", 1e-9, "mcg, microgram, micrograms, microgramme, microgrammes"),
    ("kg", 1e-6, "mg, milligram, milligrams"),
    ("kg", 0.001, "g, gram, grams, gramme, grammes"),
    ("kg", 1.0, "kg, kgs, kilo, kilos, kilogram, kilograms, kilogramme, kilogrammes"),
    ("kg", 1000.0, "tonne, tonnes, ton, tons, metric ton, metric tons, metric tonnes"),
    ("kg", 907.18474, "short ton, short tons"),
    ("kg", 0.45359237, "lb, lbs, pound, pounds"),
    ("kg", 0.028349523125, "oz, ounce, ounces"),
    ("kg", 6.35029318, "stone"),
    // Area.
    ("m2", 1.0, "square metre, square metres, square meter, square meters, sq m, sqm, m 2, m ²"),
    ("m2", 1e6, "square kilometre, square kilometres, square kilometer, square kilometers"),
    ("m2", 1e6, "sq km, km 2, km ²"),
    ("m2", 1e4, "hectare, hectares, ha"),
    ("m2", 4046.8564224, "acre, acres"),
    ("m2", 2_589_988.110336, "square mile, square miles, sq mi"),
    ("m2", 0.09290304, "square foot, square feet, sq ft"),
    ("m2", 0.83612736, "square yard, square yards"),
    // Volume.
    ("l", 0.001, "ml, millilitre, millilitres, milliliter, milliliters"),
    ("l", 0.01, "cl, centilitre, centilitres, centiliter, centiliters"),
    ("l", 1.0, "l, litre, litres, liter, liters"),
    ("l", 3.785411784, "gallon, gallons, gal"),
    ("l", 0.01478676478125, "tablespoon, tablespoons, tbsp"),
    ("l", 0.00492892159375, "teaspoon, teaspoons, tsp"),
    ("l", 158.987294928, "barrel, barrels, bbl"),
    // Oil output in barrels a day, as energy reporting abbreviates it ("1.5 mb/d", "500
    // tb/d", "300,000 bpd"): never megabytes or terabytes.
    ("l", 158.987294928, "b / d, bpd"),
    ("l", 158987.294928, "kb / d, tb / d"),
    ("l", 158987294.928, "mb / d, mbpd"),
    ("l", 1000.0, "cubic metre, cubic metres, cubic meter, cubic meters, m 3, m ³"),
    ("l", 28.316846592, "cubic feet, cubic foot"),
    ("l", 0.473176473, "pint, pints"),
    ("l", 0.0295735295625, "fl oz, fluid ounces, fluid ounce"),
    // Speed.
    ("km/h", 1.0, "km / h, km / hr, kmph, kph, kmh, km per hour"),
    ("km/h", 1.0, "kilometres per hour, kilometers per hour, kilometres an hour, kilometers an hour"),
    ("km/h", 1.609344, "mph, miles per hour, miles an hour"),
    ("km/h", 1.852, "knots, knot"),
    ("km/h", 3.6, "m / s, metres per second, meters per second"),
    // Power and energy.
    ("W", 1.0, "w, watt, watts"),
    ("W", 1e3, "kw, kilowatt, kilowatts"),
    ("W", 1e6, "mw, megawatt, megawatts"),
    ("W", 1e9, "gw, gigawatt, gigawatts"),
    ("Wh", 1.0, "wh, watt hours"),
    ("Wh", 1e3, "kwh, kilowatt hours, kilowatt - hours"),
    ("Wh", 1e6, "mwh, megawatt hours, megawatt - hours"),
    ("Wh", 1e9, "gwh, gigawatt hours, gigawatt - hours"),
    ("Wh", 1e12, "twh, terawatt hours, terawatt - hours"),
    // Data.
    ("B", 1e3, "kb, kilobytes"),
    ("B", 1e6, "mb, megabytes"),
    ("B", 1e9, "gb, gigabytes"),
    ("B", 1e12, "tb, terabytes"),
    ("B", 1e15, "pb, petabytes"),
    ("B", 1e18, "eb, exabytes"),
    ("B", 1.0, "bytes"),
    ("B", 0.125, "bit, bits"),
    ("B", 125.0, "kilobit, kilobits"),
    ("B", 125e3, "megabit, megabits"),
    ("B", 125e6, "gigabit, gigabits"),
    // Temperature (offsets are handled below).
    ("degC", 1.0, "° c, °c, degrees celsius, degrees centigrade, degree celsius, degrees c, c"),
    ("degC", 5.0 / 9.0, "° f, °f, degrees fahrenheit, degree fahrenheit, degrees f, f"),
    ("deg", 1.0, "°, degrees, degree"),
    // Durations.
    ("day", DAY / 86400.0, "second, seconds, sec, secs, s"),
    ("day", DAY / 1440.0, "minute, minutes, min, mins"),
    ("day", DAY / 24.0, "hour, hours, hr, hrs, h"),
    ("day", DAY, "day, days"),
    ("day", 7.0, "week, weeks, wk, wks"),
    ("day", 14.0, "fortnight, fortnights"),
    ("day", MONTH, "month, months"),
    ("day", YEAR, "year, years, yr, yrs"),
    ("day", 10.0 * YEAR, "decade, decades"),
    ("day", 100.0 * YEAR, "century, centuries"),
];

/// Symbols and short forms that only count as units when they touch the number.
fn attached_only(phrase: &str) -> bool {
    ["m", "g", "l", "s", "h", "w", "c", "f", "mi", "ha", "gal", "min"].contains(&phrase)
}

/// (ISO code, phrases) for currency words and codes written after the number, and for
/// codes and symbols written before it; phrases as in `UNITS`.
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("USD", "dollar, dollars, us dollars, us dollar, u . s . dollar, u . s . dollars, american dollars"),
    ("CAD", "canadian dollars, canadian dollar"),
    ("AUD", "australian dollars, australian dollar"),
    ("HKD", "hong kong dollars"),
    ("SGD", "singapore dollars"),
    ("NZD", "new zealand dollars"),
    ("TWD", "taiwan dollars"),
    ("EUR", "euro, euros"),
    ("GBP", "pounds sterling, pound sterling, sterling, british pounds"),
    ("JPY", "yen, japanese yen"),
    ("CNY", "yuan, rmb, chinese yuan, renminbi"),
    ("INR", "rupee, rupees, indian rupees"),
    ("CHF", "swiss francs, francs, franc"),
    ("MXN", "pesos, mexican pesos"),
    ("ZAR", "rand"),
    ("KRW", "won"),
    ("RUB", "rubles, roubles, ruble, rouble"),
    ("BRL", "reais, real"),
    ("SEK", "kronor, krona"),
    ("NOK", "kroner, krone"),
    ("TRY", "lira, liras"),
    ("AED", "dirhams, dirham"),
    ("SAR", "riyals, riyal"),
    ("ILS", "shekels, shekel"),
    ("NGN", "naira"),
    ("PLN", "zloty, zlotys"),
    ("FIM", "markka, markkaa, finnish markka, finnish markkaa"),
    ("ESP", "peseta, pesetas, spanish pesetas"),
    ("NLG", "guilder, guilders, dutch guilders"),
    ("DEM", "deutsche marks"),
    ("BTC", "bitcoin, bitcoins"),
];

/// ISO 4217 codes (and a few crypto tickers) recognised before or after a number.
const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "CAD", "AUD", "HKD", "SGD", "NZD", "KRW", "BRL",
    "MXN", "RUB", "ZAR", "SEK", "NOK", "DKK", "TRY", "AED", "SAR", "ILS", "PLN", "NGN", "TWD", "THB", "IDR",
    "MYR", "PHP", "EGP", "KES", "CZK", "HUF", "BTC",
];

/// (ISO code, symbol tokens) for symbols written before the number, as in `UNITS`.
const SYMBOLS: &[(&str, &str)] = &[
    ("USD", "us $, u . s . $"),
    ("AUD", "a $, au $, aud $"),
    ("CAD", "c $, ca $, cdn $, cad $"),
    ("HKD", "hk $, hkd $"),
    ("NZD", "nz $, nzd $"),
    ("MXN", "mex $, mxn $"),
    ("SGD", "s $"),
    ("BRL", "r $"),
    ("TWD", "nt $"),
    ("USD", "$"),
    ("EUR", "€"),
    ("GBP", "£"),
    ("JPY", "¥"),
    ("INR", "₹"),
    ("KRW", "₩"),
    ("RUB", "₽"),
    ("TRY", "₺"),
    ("NGN", "₦"),
    ("ILS", "₪"),
    ("PHP", "₱"),
    ("BTC", "₿"),
    ("CNY", "rmb"),
    ("INR", "rs, rs ."),
    ("KES", "sh, ksh"),
];

/// A word written before a number that names its currency: an ISO code in capitals ("USD"),
/// or "Rs", "Sh", "KSh" in any case. Such a word glued to the digits ("Rs1.3m", "USD5m") or
/// before them ("Rs 76") makes no model name or code.
pub fn is_currency_prefix(text: &str) -> bool {
    // Asked of every word that may open a figure, so the length test comes first and no
    // lower-cased copy is made.
    match text.len() {
        2 => text.eq_ignore_ascii_case("rs") || text.eq_ignore_ascii_case("sh"),
        3 => CODES.contains(&text) || text.eq_ignore_ascii_case("ksh"),
        _ => false,
    }
}

/// (period, phrases) for rates after money or quantities, as in `UNITS`.
const PERIODS: &[(&str, &str)] = &[
    ("year", "a year, per year, each year, every year, a yr, per annum, annually"),
    ("month", "a month, per month, each month, every month, monthly"),
    ("week", "a week, per week, each week, every week, weekly"),
    ("day", "a day, per day, each day, every day, daily"),
    ("hour", "an hour, per hour"),
    ("quarter", "a quarter, per quarter, each quarter"),
    ("year", "/ year, / yr"),
    ("month", "/ month, / mo"),
    ("day", "/ day"),
    ("hour", "/ hour, / hr"),
];

/// A phrase table indexed by its first token, built once.
struct Table<T: 'static> {
    by_first: HashMap<&'static str, Vec<(Vec<&'static str>, T)>>,
}

impl<T: Copy> Table<T> {
    /// The table of `rows`, each a value and its phrases (separated by ", ").
    fn new(rows: impl Iterator<Item = (T, &'static str)>) -> Self {
        let mut by_first: HashMap<&'static str, Vec<(Vec<&'static str>, T)>> = HashMap::default();
        for (phrase, v) in rows.flat_map(|(v, phrases)| phrases.split(", ").map(move |p| (p, v))) {
            let parts: Vec<&'static str> = phrase.split(' ').collect();
            if let Some(first) = parts.first() {
                by_first.entry(first).or_default().push((parts, v));
            }
        }
        // Longest phrases first, so "square metres" beats "square".
        for list in by_first.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
        }
        Table { by_first }
    }

    /// The longest phrase starting at token `i`: its value, the phrase, and the next index.
    fn at(&self, cx: &Cx, i: usize) -> Option<(T, &'static str, usize)> {
        let key = token_key(cx, i)?;
        let list = self.by_first.get(key)?;
        'rows: for (parts, v) in list {
            for (k, part) in parts.iter().enumerate().skip(1) {
                let Some(t) = cx.tok(i + k) else { continue 'rows };
                // Phrases never span a line break or a wide gap.
                if t.newline_before || token_key(cx, i + k) != Some(*part) {
                    continue 'rows;
                }
            }
            return Some((*v, parts[0], i + parts.len()));
        }
        None
    }
}

/// The lower-case form a phrase part is compared with: the word, the digits, or the symbol.
/// Borrowed, never allocated: this runs after every number.
fn token_key<'a>(cx: &'a Cx, i: usize) -> Option<&'a str> {
    let t = cx.tok(i)?;
    match t.kind {
        TokKind::Word => Some(t.lc()).filter(|w| !w.is_empty()),
        TokKind::Num => Some(t.text(cx.src)),
        // Look-alike dashes, quotes and signs were folded into one character by the tokenizer.
        TokKind::Punct => Some(match t.ch {
            '-' => "-",
            '\'' => "'",
            '"' => "\"",
            '%' => "%",
            '$' => "$",
            _ => t.text(cx.src),
        }),
    }
}

fn units() -> &'static Table<(&'static str, f64, &'static str)> {
    static T: OnceLock<Table<(&'static str, f64, &'static str)>> = OnceLock::new();
    T.get_or_init(|| Table::new(UNITS.iter().map(|&(c, f, phrases)| ((c, f, row_name(phrases)), phrases))))
}

/// A unit row's first phrase, which names the unit however the article spelled it: "km" for
/// "kilometres", "ft" for "feet".
fn row_name(phrases: &'static str) -> &'static str {
    phrases.split(',').next().unwrap_or(phrases).trim()
}

fn currency_words() -> &'static Table<&'static str> {
    static T: OnceLock<Table<&'static str>> = OnceLock::new();
    T.get_or_init(|| Table::new(CURRENCY_WORDS.iter().copied()))
}

fn symbols() -> &'static Table<&'static str> {
    static T: OnceLock<Table<&'static str>> = OnceLock::new();
    T.get_or_init(|| Table::new(SYMBOLS.iter().copied()))
}

fn periods() -> &'static Table<&'static str> {
    static T: OnceLock<Table<&'static str>> = OnceLock::new();
    T.get_or_init(|| Table::new(PERIODS.iter().copied()))
}

/// The ISO code when token `i` is an upper-case currency code ("USD").
fn code_at(cx: &Cx, i: usize) -> Option<&'static str> {
    let t = cx.tok(i)?;
    if t.kind != TokKind::Word || t.len() != 3 {
        return None;
    }
    let text = t.text(cx.src);
    // A code in lower case ("20 usd") counts too, except those that are English words.
    let lower = text.bytes().all(|b| b.is_ascii_lowercase()) && !["try", "php", "rub"].contains(&text);
    CODES.iter().find(|c| **c == text || lower && c.eq_ignore_ascii_case(text)).copied()
}

/// A unit of measure starting at token `i` (after a number ending at token `i - 1`).
pub fn unit_at(cx: &Cx, i: usize) -> Option<(Unit, usize)> {
    let t = cx.tok(i)?;
    let attached = !t.space_before;
    let found = unit_at_any(cx, i)?;
    if found.0.attached_only && !attached {
        return None;
    }
    Some(found)
}

/// A unit at `i`, whether or not a symbol that must touch the number does.
pub fn unit_at_any(cx: &Cx, i: usize) -> Option<(Unit, usize)> {
    let ((canonical, factor, name), first, next) = units().at(cx, i)?;
    // Fahrenheit is the only unit with an offset: °C = (°F - 32) × 5/9.
    let offset = if canonical == "degC" && factor != 1.0 { -32.0 * factor } else { 0.0 };
    let kind = if canonical == "day" { Kind::Duration } else { Kind::Quantity };
    Some((Unit { canonical, factor, offset, kind, attached_only: attached_only(first), written: name }, next))
}

/// A currency written before a number ("$", "US$", "€", "USD", "Rs."): code and next index.
pub fn currency_before(cx: &Cx, i: usize) -> Option<(&'static str, usize)> {
    if let Some(code) = code_at(cx, i) {
        // "CAD$ 40", "MXN$ 3": a dollar sign glued to the code repeats it.
        let next = if cx.tok(i + 1).is_some_and(|t| t.ch == '$' && !t.space_before) { i + 2 } else { i + 1 };
        return Some((if code == "RMB" { "CNY" } else { code }, next));
    }
    let t = cx.tok(i)?;
    if t.kind == TokKind::Word && t.len() > 3 {
        return None;
    }
    let (code, _, next) = symbols().at(cx, i)?;
    // "A$5" is Australian dollars, but "a $5 gift" is an article and US dollars. Prefixes
    // that are not words may stand apart ("C $ 16.4 million", "HK $ 3").
    let spaced_ok = ["c", "hk", "nz", "cdn", "nt", "us"].contains(&t.lc());
    if !spaced_ok && (i + 1..next).any(|k| cx.tok(k).is_some_and(|t| t.space_before)) {
        return None;
    }
    Some((code, next))
}

/// A currency written after a number ("dollars", "euros", "USD", "cents"): code, factor
/// applied to the value (0.01 for cents and pence), and next index.
pub fn currency_after(cx: &Cx, i: usize, scaled: bool) -> Option<(&'static str, f64, usize)> {
    if let Some(code) = code_at(cx, i) {
        return Some((if code == "RMB" { "CNY" } else { code }, 1.0, i + 1));
    }
    // "30 MUSD", "48.5 MGBP": a code after an M is millions of it, as Nordic company reports
    // write it.
    let t = cx.tok(i)?.text(cx.src);
    if let Some(code) = t.strip_prefix('M').and_then(|c| CODES.iter().find(|k| **k == c)) {
        return Some((code, 1e6, i + 1));
    }
    if let Some(code) = symbol_after(cx, i) {
        return Some((code, 1.0, i + 1));
    }
    match cx.lc(i) {
        "cents" | "cent" => return Some(("USD", 0.01, i + 1)),
        "dimes" | "dime" => return Some(("USD", 0.1, i + 1)),
        "penny" | "pennies" => return Some(("GBP", 0.01, i + 1)),
        "pence" | "p" if cx.lc(i) == "pence" => return Some(("GBP", 0.01, i + 1)),
        "pounds" | "pound" if scaled || cx.lc(i + 1) == "sterling" => {
            let next = if cx.lc(i + 1) == "sterling" { i + 2 } else { i + 1 };
            return Some(("GBP", 1.0, next));
        }
        _ => {}
    }
    let (code, _, next) = currency_words().at(cx, i)?;
    Some((code, 1.0, next))
}

/// A currency symbol written after the number ("500€", "100 ₡", "100元", "10 $", read as
/// the bare "$" before a number is), unless it opens the next amount ("5 €10").
fn symbol_after(cx: &Cx, i: usize) -> Option<&'static str> {
    let t = cx.tok(i)?;
    if t.kind == TokKind::Num || t.newline_before || cx.tok(i + 1).is_some_and(|n| n.kind == TokKind::Num) {
        return None;
    }
    Some(match t.text(cx.src) {
        "€" => "EUR",
        "$" => "USD",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₩" => "KRW",
        "₽" => "RUB",
        "₺" => "TRY",
        "元" => "CNY",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        "₫" => "VND",
        "₴" => "UAH",
        _ => return None,
    })
}

/// A rate period after a figure ("a month", "per year", "annually"): period and next index.
pub fn period_at(cx: &Cx, i: usize) -> Option<(&'static str, usize)> {
    let (p, _, next) = periods().at(cx, i)?;
    Some((p, next))
}

/// Words that may follow a number glued to it without making it a code ("5m", "40K", "3rd").
pub fn is_known_suffix(cx: &Cx, i: usize) -> bool {
    let w = cx.lc(i);
    if w.is_empty() {
        return false;
    }
    super::lexicon::ordinal_suffix(w)
        || super::lexicon::scale_abbrev(w, true, true).is_some()
        || units().by_first.contains_key(w)
        || ["am", "pm", "a", "p", "s", "x", "pc", "pct", "bp", "bps"].contains(&w)
        || code_at(cx, i).is_some()
}

/// Dollars other than the US dollar that reports also write with a bare "$".
const OTHER_DOLLARS: &[&str] = &["AUD", "CAD", "HKD", "NZD", "SGD", "TWD"];

/// A bare "$" is read as US dollars, yet Canadian, Australian or Hong Kong outlets write their
/// own dollar bare. When the articles compared name exactly one other dollar ("C$2.1m") and
/// none names the US dollar ("US$", "USD", "U.S. dollars"), each bare "$" amount ("$5m", "5
/// million dollars") is read in that dollar, so "$2.1 million" and "C$2.1m" state the same
/// amount. An amount converted in parentheses ("C$3.25m (US$2.4m)") says nothing of the
/// dollar an article writes bare. Never inlined: `align`, its caller, is built for speed,
/// and this once-per-analysis pass need not be.
#[inline(never)]
pub fn resolve_dollars(articles: &[super::Article], mentions: &mut [Vec<super::mention::Mention>]) {
    let mut bare = Vec::new();
    let mut other = None;
    for (article, ms) in articles.iter().zip(mentions) {
        for m in ms {
            let bytes = article.body.as_bytes();
            // An open parenthesis among the 16 bytes before the amount.
            let lead = bytes.get(m.start.saturating_sub(16)..m.start).unwrap_or(&[]);
            let converted = lead.iter().rev().find(|&&b| b == b'(' || b == b')') == Some(&b'(');
            // "US$", "USD", "U.S. dollars".
            let text = bytes.get(m.start..m.end).unwrap_or(&[]);
            let named = text.windows(2).any(|w| w[0] == b'U' && matches!(w[1], b'S' | b'.'));
            match m.unit {
                Some("USD") if !named => bare.push(m),
                _ if converted => {}
                Some("USD") => return,
                Some(u) if OTHER_DOLLARS.contains(&u) && other.replace(u).is_some_and(|o| o != u) => return,
                _ => {}
            }
        }
    }
    if let Some(dollar) = other {
        for m in bare {
            m.unit = Some(dollar);
        }
    }
}
