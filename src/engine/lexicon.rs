//! English number words: cardinals, ordinals, fractions and scale words, looked up by
//! their lower-cased form in one hash table built on first use. Other languages would add
//! sibling tables behind the same functions.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// Everything the parsers may want to know about one word.
#[derive(Clone, Copy, Debug, Default)]
pub struct Word {
    pub small: Option<f64>,
    pub tens: Option<f64>,
    pub scale: Option<f64>,
    pub ordinal: Option<f64>,
    pub denominator: Option<f64>,
    pub collective: Option<f64>,
    /// The word can open a figure ("about", "more", "between", "US"): see `number::may_start`.
    pub opens_figure: bool,
}

/// "zero" … "nineteen".
const SMALL: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("nil", 0.0),
    ("nought", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
];

/// "twenty" … "ninety".
const TENS: &[(&str, f64)] = &[
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fourty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Scale words written out: "hundred" … "trillion", and the Indian "lakh" and "crore".
const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("trillion", 1e12),
    ("trillions", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
];

/// Ordinal words: "first" … "twentieth", "thirtieth" … "ninetieth", "hundredth" …
const ORDINALS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("sixtieth", 60.0),
    ("seventieth", 70.0),
    ("eightieth", 80.0),
    ("ninetieth", 90.0),
    ("hundredth", 100.0),
    ("thousandth", 1000.0),
    ("millionth", 1e6),
];

/// Fraction denominators, singular and plural ("third", "thirds", "quarter"). "second" is
/// left out: "one second" is a time, not a half.
const DENOMINATORS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fourth", 4.0),
    ("fourths", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("sixth", 6.0),
    ("sixths", 6.0),
    ("seventh", 7.0),
    ("sevenths", 7.0),
    ("eighth", 8.0),
    ("eighths", 8.0),
    ("ninth", 9.0),
    ("ninths", 9.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
    ("hundredth", 100.0),
    ("hundredths", 100.0),
    ("thousandth", 1000.0),
    ("thousandths", 1000.0),
    ("millionth", 1e6),
    ("millionths", 1e6),
    ("billionth", 1e9),
    ("billionths", 1e9),
    ("trillionth", 1e12),
    ("trillionths", 1e12),
];

/// Words that count a fixed number of things ("a dozen", "a score").
/// "dozens" counts only after a number ("3 dozens"); alone ("dozens of people") it is vague.
const COLLECTIVES: &[(&str, f64)] = &[("dozen", 12.0), ("dozens", 12.0), ("score", 20.0), ("gross", 144.0)];

/// Words that open a figure without being numbers themselves: bounds, approximations,
/// "between", signs, and the letters of currency prefixes ("US$", "Rs", "HK$").
const OPENERS: &[&str] = &[
    "a",
    "an",
    "half",
    "quarter",
    "between",
    "minus",
    "negative",
    "more",
    "greater",
    "in",
    "upwards",
    "upward",
    "just",
    "well",
    "slightly",
    "at",
    "no",
    "not",
    "fewer",
    "less",
    "up",
    "as",
    "close",
    "over",
    "above",
    "exceeding",
    "surpassing",
    "topping",
    "topped",
    "tops",
    "under",
    "below",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "circa",
    "estimated",
    "approx",
    "us",
    "rs",
    "rmb",
    "c",
    "au",
    "ca",
    "cdn",
    "hk",
    "nz",
    "s",
    "r",
    "nt",
    "u",
    "aud",
    "cad",
    "hkd",
    "nzd",
    "mex",
    "mxn",
];

/// The word table, and for each first letter a bit per word length that some entry has:
/// most words of a text are in no table, and one bit test turns them away before hashing.
struct Lexicon {
    words: FxHashMap<&'static str, Word>,
    shapes: [u32; 26],
}

fn table() -> &'static Lexicon {
    static T: OnceLock<Lexicon> = OnceLock::new();
    T.get_or_init(|| {
        let mut t: FxHashMap<&'static str, Word> = FxHashMap::default();
        let mut add = |rows: &[(&'static str, f64)], set: fn(&mut Word, f64)| {
            for (w, v) in rows {
                set(t.entry(w).or_default(), *v);
            }
        };
        add(SMALL, |e, v| e.small = Some(v));
        add(TENS, |e, v| e.tens = Some(v));
        add(SCALES, |e, v| e.scale = Some(v));
        add(ORDINALS, |e, v| e.ordinal = Some(v));
        add(DENOMINATORS, |e, v| e.denominator = Some(v));
        add(COLLECTIVES, |e, v| e.collective = Some(v));
        for w in OPENERS {
            t.entry(w).or_default().opens_figure = true;
        }
        let mut shapes = [0u32; 26];
        for w in t.keys() {
            if let Some(bit) = shape(w) {
                shapes[bit.0] |= bit.1;
            }
        }
        Lexicon { words: t, shapes }
    })
}

/// The shape of a word for the quick test: its first letter's slot and its length's bit.
/// Entries that do not fit (not starting with a-z, or over 31 bytes) are always looked up.
#[inline]
fn shape(w: &str) -> Option<(usize, u32)> {
    let first = w.as_bytes().first()?.wrapping_sub(b'a');
    (first < 26 && w.len() < 32).then(|| (first as usize, 1u32 << w.len()))
}

/// All that is known about a lower-case word, if anything.
pub fn word(w: &str) -> Option<&'static Word> {
    let t = table();
    if let Some((slot, bit)) = shape(w) {
        if t.shapes[slot] & bit == 0 {
            return None;
        }
    } else if w.is_empty() {
        return None;
    }
    t.words.get(w)
}

pub fn small(w: &str) -> Option<f64> {
    word(w)?.small
}

pub fn tens(w: &str) -> Option<f64> {
    word(w)?.tens
}

pub fn scale_word(w: &str) -> Option<f64> {
    word(w)?.scale
}

pub fn ordinal_word(w: &str) -> Option<f64> {
    word(w)?.ordinal
}

pub fn denominator(w: &str) -> Option<f64> {
    word(w)?.denominator
}

pub fn collective(w: &str) -> Option<f64> {
    word(w)?.collective
}

/// Scale abbreviations written after a number ("1.2bn", "$48m", "40K", "3 mln", "2 trln", "Rs 3,107 cr").
/// `upper` is whether the original letter was upper case, which separates "40M" (million)
/// from "40m" (metres) when no currency is in sight.
pub fn scale_abbrev(w: &str, upper: bool, money: bool) -> Option<f64> {
    Some(match w {
        "k" | "thou" => 1e3,
        "m" if money || upper => 1e6,
        "mn" | "mln" | "mil" | "mio" => 1e6,
        "b" if money || upper => 1e9,
        // "bil" as Malaysian papers write it ("RM1.2bil"), beside their "mil".
        "bn" | "bln" | "bil" => 1e9,
        // "trln" and "tln" as Reuters' financial copy writes them, beside its "bln" and "mln".
        "tn" | "trn" | "trln" | "tln" => 1e12,
        // "Rs13tr", "$1.2tr": a trillion as some papers shorten it, only after a currency.
        "t" | "tr" if money => 1e12,
        // Indian releases shorten crore after rupees ("₹7,560 Cr"); alone "cr" may be anything.
        "cr" | "crs" if money => 1e7,
        _ => return None,
    })
}

/// Suffixes of digit ordinals ("1st", "22nd", "3rd", "4th").
pub fn ordinal_suffix(w: &str) -> bool {
    ["st", "nd", "rd", "th"].contains(&w)
}

/// The value `table` pairs with `w`. Word lists are searched as tables rather than written as
/// `match` arms or `matches!` patterns: those compile to one string comparison in code per
/// word, which made the page several kilobytes larger (measured 2026-12-01), and the lists
/// are short and looked up once per distinct word.
pub(crate) fn lookup<T: Copy>(table: &[(&str, T)], w: &str) -> Option<T> {
    table.iter().find(|(k, _)| *k == w).map(|&(_, v)| v)
}
