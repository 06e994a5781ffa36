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
    /// The first word of the phrase as written in the table ("tonnes", "kg").
    pub written: &'static str,
}

const DAY: f64 = 1.0;
const MONTH: f64 = 30.436875;
const YEAR: f64 = 365.2425;

/// (phrase, canonical, factor). Phrases are space-separated tokens, lower case.
const UNITS: &[(&str, &str, f64)] = &[
    // Length.
    ("mm", "m", 0.001),
    ("millimetre", "m", 0.001),
    ("millimetres", "m", 0.001),
    ("millimeter", "m", 0.001),
    ("millimeters", "m", 0.001),
    ("nanometre", "m", 1e-9),
    ("nanometres", "m", 1e-9),
    ("nanometer", "m", 1e-9),
    ("nanometers", "m", 1e-9),
    ("picometre", "m", 1e-12),
    ("picometres", "m", 1e-12),
    ("picometer", "m", 1e-12),
    ("picometers", "m", 1e-12),
    ("dm", "m", 0.1),
    ("decimetre", "m", 0.1),
    ("decimetres", "m", 0.1),
    ("decimeter", "m", 0.1),
    ("decimeters", "m", 0.1),
    ("cm", "m", 0.01),
    ("centimetre", "m", 0.01),
    ("centimetres", "m", 0.01),
    ("centimeter", "m", 0.01),
    ("centimeters", "m", 0.01),
    ("m", "m", 1.0),
    ("metre", "m", 1.0),
    ("metres", "m", 1.0),
    ("meter", "m", 1.0),
    ("meters", "m", 1.0),
    ("km", "m", 1000.0),
    ("kms", "m", 1000.0),
    ("kilometre", "m", 1000.0),
    ("kilometres", "m", 1000.0),
    ("kilometer", "m", 1000.0),
    ("kilometers", "m", 1000.0),
    ("mile", "m", 1609.344),
    ("miles", "m", 1609.344),
    ("mi", "m", 1609.344),
    ("nautical mile", "m", 1852.0),
    ("nautical miles", "m", 1852.0),
    ("ft", "m", 0.3048),
    ("foot", "m", 0.3048),
    ("feet", "m", 0.3048),
    ("inch", "m", 0.0254),
    ("inches", "m", 0.0254),
    ("yard", "m", 0.9144),
    ("yards", "m", 0.9144),
    ("yd", "m", 0.9144),
    // Mass.
    ("mcg", "kg", 1e-9),
    ("microgram", "kg", 1e-9),
    ("micrograms", "kg", 1e-9),
    ("microgramme", "kg", 1e-9),
    ("microgrammes", "kg", 1e-9),
    ("mg", "kg", 1e-6),
    ("milligram", "kg", 1e-6),
    ("milligrams", "kg", 1e-6),
    ("g", "kg", 0.001),
    ("gram", "kg", 0.001),
    ("grams", "kg", 0.001),
    ("gramme", "kg", 0.001),
    ("grammes", "kg", 0.001),
    ("kg", "kg", 1.0),
    ("kgs", "kg", 1.0),
    ("kilo", "kg", 1.0),
    ("kilos", "kg", 1.0),
    ("kilogram", "kg", 1.0),
    ("kilograms", "kg", 1.0),
    ("kilogramme", "kg", 1.0),
    ("kilogrammes", "kg", 1.0),
    ("tonne", "kg", 1000.0),
    ("tonnes", "kg", 1000.0),
    ("ton", "kg", 1000.0),
    ("tons", "kg", 1000.0),
    ("metric ton", "kg", 1000.0),
    ("metric tons", "kg", 1000.0),
    ("metric tonnes", "kg", 1000.0),
    ("short ton", "kg", 907.18474),
    ("short tons", "kg", 907.18474),
    ("lb", "kg", 0.45359237),
    ("lbs", "kg", 0.45359237),
    ("pound", "kg", 0.45359237),
    ("pounds", "kg", 0.45359237),
    ("oz", "kg", 0.028349523125),
    ("ounce", "kg", 0.028349523125),
    ("ounces", "kg", 0.028349523125),
    ("stone", "kg", 6.35029318),
    // Area.
    ("square metre", "m2", 1.0),
    ("square metres", "m2", 1.0),
    ("square meter", "m2", 1.0),
    ("square meters", "m2", 1.0),
    ("sq m", "m2", 1.0),
    ("sqm", "m2", 1.0),
    ("m 2", "m2", 1.0),
    ("m ²", "m2", 1.0),
    ("square kilometre", "m2", 1e6),
    ("square kilometres", "m2", 1e6),
    ("square kilometer", "m2", 1e6),
    ("square kilometers", "m2", 1e6),
    ("sq km", "m2", 1e6),
    ("km 2", "m2", 1e6),
    ("km ²", "m2", 1e6),
    ("hectare", "m2", 1e4),
    ("hectares", "m2", 1e4),
    ("ha", "m2", 1e4),
    ("acre", "m2", 4046.8564224),
    ("acres", "m2", 4046.8564224),
    ("square mile", "m2", 2_589_988.110336),
    ("square miles", "m2", 2_589_988.110336),
    ("sq mi", "m2", 2_589_988.110336),
    ("square foot", "m2", 0.09290304),
    ("square feet", "m2", 0.09290304),
    ("sq ft", "m2", 0.09290304),
    ("square yard", "m2", 0.83612736),
    ("square yards", "m2", 0.83612736),
    // Volume.
    ("ml", "l", 0.001),
    ("millilitre", "l", 0.001),
    ("millilitres", "l", 0.001),
    ("milliliter", "l", 0.001),
    ("milliliters", "l", 0.001),
    ("cl", "l", 0.01),
    ("centilitre", "l", 0.01),
    ("centilitres", "l", 0.01),
    ("centiliter", "l", 0.01),
    ("centiliters", "l", 0.01),
    ("l", "l", 1.0),
    ("litre", "l", 1.0),
    ("litres", "l", 1.0),
    ("liter", "l", 1.0),
    ("liters", "l", 1.0),
    ("gallon", "l", 3.785411784),
    ("gallons", "l", 3.785411784),
    ("gal", "l", 3.785411784),
    ("barrel", "l", 158.987294928),
    ("barrels", "l", 158.987294928),
    ("bbl", "l", 158.987294928),
    // Oil output in barrels a day, as energy reporting abbreviates it ("1.5 mb/d", "500
    // tb/d", "300,000 bpd"): never megabytes or terabytes.
    ("b / d", "l", 158.987294928),
    ("bpd", "l", 158.987294928),
    ("kb / d", "l", 158987.294928),
    ("tb / d", "l", 158987.294928),
    ("mb / d", "l", 158987294.928),
    ("mbpd", "l", 158987294.928),
    ("cubic metre", "l", 1000.0),
    ("cubic metres", "l", 1000.0),
    ("cubic meter", "l", 1000.0),
    ("cubic meters", "l", 1000.0),
    ("m 3", "l", 1000.0),
    ("m ³", "l", 1000.0),
    ("cubic feet", "l", 28.316846592),
    ("cubic foot", "l", 28.316846592),
    ("pint", "l", 0.473176473),
    ("pints", "l", 0.473176473),
    ("fl oz", "l", 0.0295735295625),
    ("fluid ounces", "l", 0.0295735295625),
    ("fluid ounce", "l", 0.0295735295625),
    // Speed.
    ("km / h", "km/h", 1.0),
    ("km / hr", "km/h", 1.0),
    ("kmph", "km/h", 1.0),
    ("kph", "km/h", 1.0),
    ("kmh", "km/h", 1.0),
    ("km per hour", "km/h", 1.0),
    ("kilometres per hour", "km/h", 1.0),
    ("kilometers per hour", "km/h", 1.0),
    ("kilometres an hour", "km/h", 1.0),
    ("kilometers an hour", "km/h", 1.0),
    ("mph", "km/h", 1.609344),
    ("miles per hour", "km/h", 1.609344),
    ("miles an hour", "km/h", 1.609344),
    ("knots", "km/h", 1.852),
    ("knot", "km/h", 1.852),
    ("m / s", "km/h", 3.6),
    ("metres per second", "km/h", 3.6),
    ("meters per second", "km/h", 3.6),
    // Power and energy.
    ("w", "W", 1.0),
    ("watt", "W", 1.0),
    ("watts", "W", 1.0),
    ("kw", "W", 1e3),
    ("kilowatt", "W", 1e3),
    ("kilowatts", "W", 1e3),
    ("mw", "W", 1e6),
    ("megawatt", "W", 1e6),
    ("megawatts", "W", 1e6),
    ("gw", "W", 1e9),
    ("gigawatt", "W", 1e9),
    ("gigawatts", "W", 1e9),
    ("wh", "Wh", 1.0),
    ("watt hours", "Wh", 1.0),
    ("kwh", "Wh", 1e3),
    ("kilowatt hours", "Wh", 1e3),
    ("kilowatt - hours", "Wh", 1e3),
    ("mwh", "Wh", 1e6),
    ("megawatt hours", "Wh", 1e6),
    ("megawatt - hours", "Wh", 1e6),
    ("gwh", "Wh", 1e9),
    ("gigawatt hours", "Wh", 1e9),
    ("gigawatt - hours", "Wh", 1e9),
    ("twh", "Wh", 1e12),
    ("terawatt hours", "Wh", 1e12),
    ("terawatt - hours", "Wh", 1e12),
    // Data.
    ("kb", "B", 1e3),
    ("kilobytes", "B", 1e3),
    ("mb", "B", 1e6),
    ("megabytes", "B", 1e6),
    ("gb", "B", 1e9),
    ("gigabytes", "B", 1e9),
    ("tb", "B", 1e12),
    ("terabytes", "B", 1e12),
    ("pb", "B", 1e15),
    ("petabytes", "B", 1e15),
    ("eb", "B", 1e18),
    ("exabytes", "B", 1e18),
    ("bytes", "B", 1.0),
    ("bit", "B", 0.125),
    ("bits", "B", 0.125),
    ("kilobit", "B", 125.0),
    ("kilobits", "B", 125.0),
    ("megabit", "B", 125e3),
    ("megabits", "B", 125e3),
    ("gigabit", "B", 125e6),
    ("gigabits", "B", 125e6),
    // Temperature (offsets are handled below).
    ("° c", "degC", 1.0),
    ("°c", "degC", 1.0),
    ("degrees celsius", "degC", 1.0),
    ("degrees centigrade", "degC", 1.0),
    ("degree celsius", "degC", 1.0),
    ("degrees c", "degC", 1.0),
    ("c", "degC", 1.0),
    ("° f", "degC", 5.0 / 9.0),
    ("°f", "degC", 5.0 / 9.0),
    ("degrees fahrenheit", "degC", 5.0 / 9.0),
    ("degree fahrenheit", "degC", 5.0 / 9.0),
    ("degrees f", "degC", 5.0 / 9.0),
    ("f", "degC", 5.0 / 9.0),
    ("°", "deg", 1.0),
    ("degrees", "deg", 1.0),
    ("degree", "deg", 1.0),
    // Durations.
    ("second", "day", DAY / 86400.0),
    ("seconds", "day", DAY / 86400.0),
    ("sec", "day", DAY / 86400.0),
    ("secs", "day", DAY / 86400.0),
    ("s", "day", DAY / 86400.0),
    ("minute", "day", DAY / 1440.0),
    ("minutes", "day", DAY / 1440.0),
    ("min", "day", DAY / 1440.0),
    ("mins", "day", DAY / 1440.0),
    ("hour", "day", DAY / 24.0),
    ("hours", "day", DAY / 24.0),
    ("hr", "day", DAY / 24.0),
    ("hrs", "day", DAY / 24.0),
    ("h", "day", DAY / 24.0),
    ("day", "day", DAY),
    ("days", "day", DAY),
    ("week", "day", 7.0),
    ("weeks", "day", 7.0),
    ("wk", "day", 7.0),
    ("wks", "day", 7.0),
    ("fortnight", "day", 14.0),
    ("fortnights", "day", 14.0),
    ("month", "day", MONTH),
    ("months", "day", MONTH),
    ("year", "day", YEAR),
    ("years", "day", YEAR),
    ("yr", "day", YEAR),
    ("yrs", "day", YEAR),
    ("decade", "day", 10.0 * YEAR),
    ("decades", "day", 10.0 * YEAR),
    ("century", "day", 100.0 * YEAR),
    ("centuries", "day", 100.0 * YEAR),
];

/// Symbols and short forms that only count as units when they touch the number.
fn attached_only(phrase: &str) -> bool {
    ["m", "g", "l", "s", "h", "w", "c", "f", "mi", "ha", "gal", "min"].contains(&phrase)
}

/// (phrase, ISO code) for currency words and codes written after the number, and for
/// codes and symbols written before it.
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("us dollars", "USD"),
    ("us dollar", "USD"),
    ("u . s . dollar", "USD"),
    ("u . s . dollars", "USD"),
    ("american dollars", "USD"),
    ("canadian dollars", "CAD"),
    ("canadian dollar", "CAD"),
    ("australian dollars", "AUD"),
    ("australian dollar", "AUD"),
    ("hong kong dollars", "HKD"),
    ("singapore dollars", "SGD"),
    ("new zealand dollars", "NZD"),
    ("taiwan dollars", "TWD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("pounds sterling", "GBP"),
    ("pound sterling", "GBP"),
    ("sterling", "GBP"),
    ("british pounds", "GBP"),
    ("yen", "JPY"),
    ("japanese yen", "JPY"),
    ("yuan", "CNY"),
    ("rmb", "CNY"),
    ("chinese yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    ("indian rupees", "INR"),
    ("swiss francs", "CHF"),
    ("francs", "CHF"),
    ("franc", "CHF"),
    ("pesos", "MXN"),
    ("mexican pesos", "MXN"),
    ("rand", "ZAR"),
    ("won", "KRW"),
    ("rubles", "RUB"),
    ("roubles", "RUB"),
    ("ruble", "RUB"),
    ("rouble", "RUB"),
    ("reais", "BRL"),
    ("real", "BRL"),
    ("kronor", "SEK"),
    ("krona", "SEK"),
    ("kroner", "NOK"),
    ("krone", "NOK"),
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("dirhams", "AED"),
    ("dirham", "AED"),
    ("riyals", "SAR"),
    ("riyal", "SAR"),
    ("shekels", "ILS"),
    ("shekel", "ILS"),
    ("naira", "NGN"),
    ("zloty", "PLN"),
    ("zlotys", "PLN"),
    ("markka", "FIM"),
    ("markkaa", "FIM"),
    ("finnish markka", "FIM"),
    ("finnish markkaa", "FIM"),
    ("peseta", "ESP"),
    ("pesetas", "ESP"),
    ("spanish pesetas", "ESP"),
    ("guilder", "NLG"),
    ("guilders", "NLG"),
    ("dutch guilders", "NLG"),
    ("deutsche marks", "DEM"),
    ("bitcoin", "BTC"),
    ("bitcoins", "BTC"),
];

/// ISO 4217 codes (and a few crypto tickers) recognised before or after a number.
const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "CAD", "AUD", "HKD", "SGD", "NZD", "KRW", "BRL",
    "MXN", "RUB", "ZAR", "SEK", "NOK", "DKK", "TRY", "AED", "SAR", "ILS", "PLN", "NGN", "TWD", "THB", "IDR",
    "MYR", "PHP", "EGP", "KES", "CZK", "HUF", "BTC",
];

/// (symbol tokens, ISO code) for symbols written before the number. Longest first.
const SYMBOLS: &[(&str, &str)] = &[
    ("us $", "USD"),
    ("u . s . $", "USD"),
    ("a $", "AUD"),
    ("au $", "AUD"),
    ("c $", "CAD"),
    ("ca $", "CAD"),
    ("cdn $", "CAD"),
    ("hk $", "HKD"),
    ("nz $", "NZD"),
    ("s $", "SGD"),
    ("r $", "BRL"),
    ("nt $", "TWD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₪", "ILS"),
    ("₱", "PHP"),
    ("₿", "BTC"),
    ("rmb", "CNY"),
    ("rs", "INR"),
    ("rs .", "INR"),
    ("sh", "KES"),
    ("ksh", "KES"),
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

/// (phrase, period) for rates after money or quantities.
const PERIODS: &[(&str, &str)] = &[
    ("a year", "year"),
    ("per year", "year"),
    ("each year", "year"),
    ("every year", "year"),
    ("a yr", "year"),
    ("per annum", "year"),
    ("annually", "year"),
    ("a month", "month"),
    ("per month", "month"),
    ("each month", "month"),
    ("every month", "month"),
    ("monthly", "month"),
    ("a week", "week"),
    ("per week", "week"),
    ("each week", "week"),
    ("every week", "week"),
    ("weekly", "week"),
    ("a day", "day"),
    ("per day", "day"),
    ("each day", "day"),
    ("every day", "day"),
    ("daily", "day"),
    ("an hour", "hour"),
    ("per hour", "hour"),
    ("a quarter", "quarter"),
    ("per quarter", "quarter"),
    ("each quarter", "quarter"),
    ("/ year", "year"),
    ("/ yr", "year"),
    ("/ month", "month"),
    ("/ mo", "month"),
    ("/ day", "day"),
    ("/ hour", "hour"),
    ("/ hr", "hour"),
];

/// A phrase table indexed by its first token, built once.
struct Table<T: 'static> {
    by_first: HashMap<&'static str, Vec<(Vec<&'static str>, T)>>,
}

impl<T: Copy> Table<T> {
    fn new(rows: impl Iterator<Item = (&'static str, T)>) -> Self {
        let mut by_first: HashMap<&'static str, Vec<(Vec<&'static str>, T)>> = HashMap::default();
        for (phrase, v) in rows {
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

fn units() -> &'static Table<(&'static str, f64)> {
    static T: OnceLock<Table<(&'static str, f64)>> = OnceLock::new();
    T.get_or_init(|| Table::new(UNITS.iter().map(|(p, c, f)| (*p, (*c, *f)))))
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
    CODES.iter().find(|c| **c == text).copied()
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
    let ((canonical, factor), first, next) = units().at(cx, i)?;
    // Fahrenheit is the only unit with an offset: °C = (°F - 32) × 5/9.
    let offset = if canonical == "degC" && factor != 1.0 { -32.0 * factor } else { 0.0 };
    let kind = if canonical == "day" { Kind::Duration } else { Kind::Quantity };
    Some((
        Unit { canonical, factor, offset, kind, attached_only: attached_only(first), written: first },
        next,
    ))
}

/// A currency written before a number ("$", "US$", "€", "USD", "Rs."): code and next index.
pub fn currency_before(cx: &Cx, i: usize) -> Option<(&'static str, usize)> {
    if let Some(code) = code_at(cx, i) {
        return Some((if code == "RMB" { "CNY" } else { code }, i + 1));
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

/// A currency symbol written after the number ("500€", "100 ₡", "100元"), unless it opens
/// the next amount ("5 €10").
fn symbol_after(cx: &Cx, i: usize) -> Option<&'static str> {
    let t = cx.tok(i)?;
    if t.kind == TokKind::Num || t.newline_before || cx.tok(i + 1).is_some_and(|n| n.kind == TokKind::Num) {
        return None;
    }
    Some(match t.text(cx.src) {
        "€" => "EUR",
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
