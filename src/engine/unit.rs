//! Currencies and units of measure, each with its canonical unit and conversion factor, so
//! "3.5 tonnes" and "3,500 kg" carry the same value. Phrases are matched token by token.
//! Their spellings are in a data file, `data/words.txt`, built into native programs and fetched
//! by the page beside its code, as the WordNet tables are (the page is 1.6 KB gzipped
//! smaller); until it is installed (`words::install`) no unit or currency is read.
//!
//! Canonical units: kg (mass), m (length), m2 (area), l (volume), degC (temperature),
//! km/h (speed), W (power), Wh (energy), B (data), day (durations; a month is 30.436875
//! days and a year 365.2425). A plain "ton" is taken as the metric tonne; "short ton" is
//! 907.18474 kg. "pounds" is money (GBP) next to a scale word or "sterling", or where the
//! words around are of money and none of weight (`pounds_of_money`); else mass.
//! Oil output abbreviated as energy reporting writes it ("1.5 mb/d", "500 tb/d", "bpd") is
//! barrels (volume), not data.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use super::mention::{Cx, Kind};
use super::tokenize::{TokKind, Token};
use super::words::{has, List};

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
    /// The period of a unit that is a rate by itself ("day" for "bpd", barrels a day).
    pub per: Option<&'static str>,
}

/// A word written before a number that names its currency: an ISO code in capitals ("USD"),
/// a currency sign of letters from the word list in any case ("Rs", "Sh", "KSh", "RM", "Rp"),
/// or Egyptian pounds, Saudi riyals and naira as their press writes them ("LE30 million",
/// "SR1,000", "N34.82trn"). Such a word glued to the digits ("Rs1.3m", "USD5m", "RM210mil")
/// or before them ("Rs 76") makes no model name or code; "LE", "SR" and "N" name a currency
/// only glued (`currency_before`), so "SR 99" stays a road's number, and "N" only before an
/// amount (`noise`), so "N95" stays a code.
pub fn is_currency_prefix(text: &str) -> bool {
    // Asked of every word that may open a figure, so the length test comes first and the
    // lower-cased copy is on the stack.
    match text.len() {
        1 | 2 if glued_only(text) => true,
        len @ (2 | 3) => {
            let mut buf = [0u8; 3];
            let lower = &mut buf[..len];
            lower.copy_from_slice(text.as_bytes());
            lower.make_ascii_lowercase();
            let sign = std::str::from_utf8(lower).unwrap_or("");
            tables().is_some_and(|t| {
                len == 3 && t.codes.contains(&text)
                    || t.symbols.by_first.get(sign).is_some_and(|rows| rows.iter().any(|(p, _)| p.len() == 1))
            })
        }
        _ => false,
    }
}

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
            list.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        }
        Table { by_first }
    }

    /// How many phrases the table holds.
    fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    /// The longest phrase starting at token `i`: its value, the phrase, and the next index.
    fn at(&self, cx: &Cx, i: usize) -> Option<(T, &'static str, usize)> {
        let key = token_key(cx, i)?;
        let list = self.by_first.get(key)?;
        'rows: for (parts, v) in list {
            for (k, part) in parts.iter().enumerate().skip(1) {
                let Some(t) = cx.tok(i + k) else { continue 'rows };
                // Phrases never span a line break or a wide gap, and a power touches its
                // unit: "12 m2" is square metres, "12 m 2 dm" two lengths.
                let power = t.kind == TokKind::Num && t.space_before;
                if t.newline_before || power || token_key(cx, i + k) != Some(*part) {
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
        // Words with other letters have no lower-case form here ("μg"): they match as written.
        TokKind::Word => Some(if t.lc().is_empty() { t.text(cx.src) } else { t.lc() }),
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

/// The tables of the unit list, once installed.
struct Tables {
    /// (canonical unit, factor, the unit's name, its period if a rate) by phrase.
    units: Table<(&'static str, f64, &'static str, Option<&'static str>)>,
    /// Currency words after a figure, by phrase: the ISO code.
    currency_words: Table<&'static str>,
    /// Currency signs before a figure, by phrase: the ISO code.
    symbols: Table<&'static str>,
    /// Rate periods after a figure, by phrase: the period.
    periods: Table<&'static str>,
    /// ISO codes read before or after a figure.
    codes: Vec<&'static str>,
    /// Unit phrases that count only when they touch the number ("5m", "24h").
    attached: Vec<&'static str>,
}

static TABLES: OnceLock<Tables> = OnceLock::new();

/// Check `text` as a unit list and make it the one every lookup reads, for the rest of the
/// process (`words::install` calls it for the whole file). A refused list changes nothing.
pub fn install(text: &'static str) -> Result<(), String> {
    let tables = parse(text)?;
    TABLES.set(tables).map_err(|_| "a unit list was already installed".to_string())
}

/// Whether a unit list is installed (natively always: the built-in one). Without one no unit
/// or currency is read, so `align` marks nothing red: "5 miles" and "8 km" would be 5 and 8.
pub fn installed() -> bool {
    tables().is_some()
}

/// How many phrases of units, currency words, signs and periods, and how many codes, `text`
/// gives as a unit list, or why it is refused; nothing is installed.
pub fn check(text: &'static str) -> Result<[usize; 5], String> {
    let t = parse(text)?;
    Ok([t.units.len(), t.currency_words.len(), t.symbols.len(), t.periods.len(), t.codes.len()])
}

/// The installed tables, or None. Natively the first lookup installs the built-in list.
fn tables() -> Option<&'static Tables> {
    #[cfg(not(target_arch = "wasm32"))]
    if TABLES.get().is_none() {
        // Another thread may install first; either way the tables are set once.
        if let Ok(tables) = parse(super::words::BUILT_IN) {
            let _ = TABLES.set(tables);
        }
    }
    TABLES.get()
}

/// The tables of a unit list (`data/words.txt`, whose head says how it is written): a line
/// that is no entry, a factor that is no number, or a list without units or codes is refused
/// with the line's number, so that a page served in the file's place is never read.
fn parse(text: &'static str) -> Result<Tables, String> {
    let (mut units, mut words, mut symbols, mut periods) = (vec![], vec![], vec![], vec![]);
    let (mut codes, mut attached) = (vec![], vec![]);
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = || format!("line {} is not a unit list entry", n + 1);
        let (head, phrases) = line.split_once(" | ").ok_or_else(bad)?;
        match head.split(' ').collect::<Vec<_>>()[..] {
            ["unit", canonical, factor, ref per @ ..] if per.len() < 2 => units.push((
                (canonical, number(factor).ok_or_else(bad)?, row_name(phrases), per.first().copied()),
                phrases,
            )),
            ["currency", code] => words.push((code, phrases)),
            ["symbol", code] => symbols.push((code, phrases)),
            ["period", name] => periods.push((name, phrases)),
            ["codes"] => codes.extend(phrases.split(' ')),
            ["attached"] => attached.extend(phrases.split(' ')),
            ["list", _] => {}
            _ => return Err(bad()),
        }
    }
    if units.is_empty() || codes.is_empty() {
        return Err("it has no units or no currency codes".into());
    }
    Ok(Tables {
        units: Table::new(units.into_iter()),
        currency_words: Table::new(words.into_iter()),
        symbols: Table::new(symbols.into_iter()),
        periods: Table::new(periods.into_iter()),
        codes,
        attached,
    })
}

/// A unit row's first phrase, which names the unit however the article spelled it: "km" for
/// "kilometres", "ft" for "feet".
fn row_name(phrases: &'static str) -> &'static str {
    phrases.split(',').next().unwrap_or(phrases).trim()
}

/// A factor of the unit list: a decimal ("0.3048") or a fraction of two ("5/9"), read
/// exactly as the literal would be (every decimal there has under 16 significant digits).
fn number(text: &str) -> Option<f64> {
    if let Some((a, b)) = text.split_once('/') {
        return Some(number(a)? / number(b)?);
    }
    let (whole, decimals) = text.split_once('.').unwrap_or((text, ""));
    let digits: u64 = format!("{whole}{decimals}").parse().ok()?;
    Some(digits as f64 / 10f64.powi(decimals.len() as i32))
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
    tables()?.codes.iter().find(|c| **c == text || lower && c.eq_ignore_ascii_case(text)).copied()
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
    let tables = tables()?;
    let ((canonical, factor, name, per), first, next) = tables.units.at(cx, i)?;
    // A symbol must touch the number when it stands alone ("24h"), not as the start of a
    // longer phrase: "120 m²" and "40 m2" are areas.
    let attached_only = next == i + 1 && tables.attached.contains(&first);
    // Fahrenheit is the only unit with an offset: °C = (°F - 32) × 5/9.
    let offset = if canonical == "degC" && factor != 1.0 { -32.0 * factor } else { 0.0 };
    let kind = if canonical == "day" { Kind::Duration } else { Kind::Quantity };
    Some((Unit { canonical, factor, offset, kind, attached_only, written: name, per }, next))
}

/// The currency prefixes that name a currency only glued to the figure: Egyptian pounds, Saudi
/// riyals, naira, rand and the kwacha ("LE30 million", "SR1,000", "N34.82trn", "R99.9bn",
/// "K745 million"; "SR 99" is a road).
fn glued_only(text: &str) -> bool {
    matches!(text, "LE" | "SR" | "N" | "R" | "K")
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
    let (code, _, next) = tables()?.symbols.at(cx, i)?;
    // "A$5" is Australian dollars, but "a $5 gift" is an article and US dollars. Prefixes
    // that are not words may stand apart ("C $ 16.4 million", "HK $ 3").
    let spaced_ok = ["c", "hk", "nz", "cdn", "nt", "us"].contains(&t.lc());
    if !spaced_ok && (i + 1..next).any(|k| cx.tok(k).is_some_and(|t| t.space_before)) {
        return None;
    }
    // "LE", "SR", "N" and "R" are currencies only glued to the figure: "SR 99" is a road. A
    // code such as "N95" or an Irish road's "R445" never gets here: its number is noise
    // (`noise`).
    if glued_only(t.text(cx.src)) && cx.tok(next).is_some_and(|n| n.space_before) {
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
    if let Some(code) = t.strip_prefix('M').and_then(|c| tables()?.codes.iter().find(|k| **k == c)) {
        return Some((code, 1e6, i + 1));
    }
    if let Some(code) = symbol_after(cx, i) {
        return Some((code, 1.0, i + 1));
    }
    match cx.lc(i) {
        "cents" | "cent" => return Some(("USD", 0.01, i + 1)),
        "dimes" | "dime" => return Some(("USD", 0.1, i + 1)),
        "penny" | "pennies" => return Some(("GBP", 0.01, i + 1)),
        "pence" => return Some(("GBP", 0.01, i + 1)),
        "paise" | "paisa" => return Some(("INR", 0.01, i + 1)),
        // "285p a share", "142.9p": pence glued to the figure, but not a video's lines ("1080p").
        "p" if subunit_glued(cx, i) && !is_video_lines(cx, i) => return Some(("GBP", 0.01, i + 1)),
        // "15c a litre", "22c of every dollar", "diesel by 5c": cents glued to the figure, when
        // a price's rate follows or the words around it are of prices and none of weather; a
        // lone "35c" is as often a temperature, so it stays one.
        "c" if subunit_glued(cx, i) && (price_rate_after(cx, i + 1) || among_prices(cx, i)) => {
            return Some(("USD", 0.01, i + 1))
        }
        "pounds" | "pound" if scaled || cx.lc(i + 1) == "sterling" || pounds_of_money(cx, i) => {
            let next = if cx.lc(i + 1) == "sterling" { i + 2 } else { i + 1 };
            return Some(("GBP", 1.0, next));
        }
        _ => {}
    }
    let (code, _, next) = tables()?.currency_words.at(cx, i)?;
    Some((code, 1.0, next))
}

/// The letter at `i` is glued to the number before it ("285p", "15c").
fn subunit_glued(cx: &Cx, i: usize) -> bool {
    i > 0
        && cx.tok(i).is_some_and(|t| !t.space_before)
        && cx.tok(i - 1).is_some_and(|n| n.kind == TokKind::Num)
        && cx.tok(i + 1).is_none_or(|n| n.space_before || n.kind == TokKind::Punct)
}

/// "720p", "1080p", "2160p": a screen's lines, not pence.
fn is_video_lines(cx: &Cx, i: usize) -> bool {
    cx.tok(i - 1)
        .is_some_and(|n| ["480", "576", "720", "1080", "1440", "2160", "4320"].contains(&n.text(cx.src)))
}

/// What a price is given per after it: "a litre", "per share", "each", "of every dollar".
fn price_rate_after(cx: &Cx, j: usize) -> bool {
    const PER: [&str; 16] = [
        "litre", "liter", "share", "gallon", "kilo", "kg", "kilogram", "unit", "kwh", "kilowatt", "hour",
        "pack", "loaf", "bottle", "pint", "minute",
    ];
    match cx.lc(j) {
        "each" => true,
        "a" | "an" | "per" => PER.contains(&cx.lc(j + 1)),
        "of" => cx.lc(j + 1) == "every",
        _ => false,
    }
}

/// "1,979 pounds", "55 pounds a share", "a 46.50-pound offer": a pound sterling where the
/// words around are of money and none of weight ("weighs", "kilograms", "pounds of cocaine").
fn pounds_of_money(cx: &Cx, i: usize) -> bool {
    // "254 pounds of fentanyl", "900 pounds per square inch".
    if matches!(cx.lc(i + 1), "of" | "per") {
        return false;
    }
    // A dollar figure says "sterling" only as its conversion right after ("1,923 pounds
    // (about $2,420)", "45 pounds, about $60"); elsewhere it says the writer counts in dollars
    // and weighs in pounds ("a twenty-pound bag of rice for $10").
    let converted = (i + 1..i + 4).any(|k| cx.tok(k).is_some_and(|t| t.is_punct('$')))
        && (cx.tok(i + 1).is_some_and(|t| t.is_punct('(') || t.is_punct(',')));
    let (money, weight) = around(
        cx,
        i,
        |t, w| has(List::PoundMoney, w) || t.is_punct('€') || t.is_punct('£'),
        |_, w| has(List::PoundWeight, w),
    );
    (converted || money) && !weight
}

/// How far either way `around` looks for the words of a price, the weather or a weight.
const PRICE_WINDOW: usize = 12;

/// Whether some token within `PRICE_WINDOW` tokens of `i` on its line is one `first` asks
/// for, and whether some is one `second` asks for (each asked of the token and its lower-case
/// word). Plain function pointers: the page keeps one copy of the walk for all its callers.
fn around(
    cx: &Cx,
    i: usize,
    first: fn(&Token, &str) -> bool,
    second: fn(&Token, &str) -> bool,
) -> (bool, bool) {
    let (mut a, mut b) = (false, false);
    for k in i.saturating_sub(PRICE_WINDOW)..=i + PRICE_WINDOW {
        let Some(t) = cx.tok(k) else { break };
        let w = cx.lc(k);
        a |= first(t, w);
        b |= second(t, w);
    }
    (a, b)
}

/// The words within `PRICE_WINDOW` tokens of `i` on its line name prices ("petrol", "excise",
/// "fare") and none names the weather ("temperatures", "degrees", "heat").
fn among_prices(cx: &Cx, i: usize) -> bool {
    const PRICES: [&str; 16] = [
        "litre", "liter", "petrol", "diesel", "fuel", "fare", "fares", "excise", "duty", "vat", "price",
        "prices", "cents", "cent", "euro", "dollar",
    ];
    const WEATHER: [&str; 10] = [
        "temperature",
        "temperatures",
        "degrees",
        "heat",
        "celsius",
        "weather",
        "forecast",
        "highs",
        "warm",
        "cold",
    ];
    let (price, weather) = around(
        cx,
        i,
        |t, w| PRICES.contains(&w) || t.is_punct('€') || t.is_punct('$'),
        |t, w| WEATHER.contains(&w) || t.is_punct('°'),
    );
    price && !weather
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
    let (p, _, next) = tables()?.periods.at(cx, i)?;
    Some((p, next))
}

/// Whether a lower-case word glued after digits keeps them a figure ("5km", "40k", "3rd",
/// "2in", "20usd"): an ordinal or scale suffix, a unit of the list, a currency code, or a
/// clock, percent or multiple abbreviation. Anything else makes a code ("5g" is grams, "4x4"
/// a multiple; `noise` decides the capitals, "5G").
pub fn is_known_suffix(w: &str) -> bool {
    super::lexicon::ordinal_suffix(w)
        || super::lexicon::scale_abbrev(w, true, true).is_some()
        || tables().is_some_and(|t| {
            t.units.by_first.contains_key(w) || t.codes.iter().any(|c| c.eq_ignore_ascii_case(w))
        })
        || ["am", "pm", "a", "p", "s", "x", "in", "pc", "pct", "bp", "bps", "million", "billion", "trillion"]
            .contains(&w)
}

/// The currencies reports write with one bare sign or word whose default reading may be
/// wrong: the reading (`USD` for "$", `MXN` for "pesos", `INR` for "rupees" and "Rs", `SEK` for
/// "crowns"), the other currencies so written, and the letters that name the default outright
/// ("US$", "Mexican pesos", "Indian rupees", "₹", "Swedish crowns").
const BARE: [(&str, &[&str], &[&str]); 4] = [
    ("USD", &["AUD", "CAD", "HKD", "NZD", "SGD", "TWD"], &["US", "U."]),
    ("MXN", &["ARS", "CLP", "COP", "PHP"], &["Mexic", "MXN", "MX$"]),
    ("INR", &["PKR", "LKR", "NPR"], &["India", "INR", "\u{20b9}"]),
    ("SEK", &["NOK", "DKK", "CZK"], &["Swed", "SEK", "kron"]),
];

/// A bare "$" is read as US dollars, "pesos" as Mexican pesos and "rupees" as Indian rupees,
/// yet a Canadian outlet writes its own dollar bare and an Argentine one its own peso. When
/// the articles compared name exactly one other such currency ("C$2.1m", "ARS 350",
/// "Pakistani rupees") and none names the default ("US$", "Mexican pesos", "₹"), each bare
/// amount ("$5m", "350 pesos", "Rs 20 billion") is read in that currency, so "$2.1 million"
/// and "C$2.1m" state the same amount. An amount converted in parentheses ("C$3.25m
/// (US$2.4m)") says nothing of the currency an article writes bare.
pub fn resolve_bare_currencies(articles: &[super::Article], mentions: &mut [Vec<super::mention::Mention>]) {
    'groups: for (default, others, names) in BARE {
        let mut bare = Vec::new();
        let mut other = None;
        for (article, ms) in articles.iter().zip(mentions.iter_mut()) {
            let bytes = article.body.as_bytes();
            for m in ms.iter_mut() {
                // Only this group's currencies matter; most mentions have none of them.
                let Some(u) = m.unit.filter(|u| *u == default || others.contains(u)) else { continue };
                // An open parenthesis among the 16 bytes before the amount.
                let lead = bytes.get(m.start.saturating_sub(16)..m.start).unwrap_or(&[]);
                let converted = lead.iter().rev().find(|&&b| b == b'(' || b == b')') == Some(&b'(');
                let text = article.body.get(m.start..m.end).unwrap_or("");
                let named = names.iter().any(|n| text.contains(n));
                match u {
                    _ if u == default && !named => bare.push(m),
                    _ if converted => {}
                    _ if u == default => continue 'groups,
                    _ if other.replace(u).is_some_and(|o| o != u) => continue 'groups,
                    _ => {}
                }
            }
        }
        if let Some(code) = other {
            for m in bare {
                m.unit = Some(code);
            }
        }
    }
}
