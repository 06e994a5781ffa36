//! English number words: cardinals, ordinals, fractions and scale words, looked up by
//! their lower-cased form. Other languages would add sibling tables behind the same functions.

/// "zero" … "nineteen".
pub fn small(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nil" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

/// "twenty" … "ninety".
pub fn tens(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" | "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Scale words written out: "hundred" … "trillion".
pub fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "millions" => 1e6,
        "billion" | "billions" => 1e9,
        "trillion" | "trillions" => 1e12,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// Scale abbreviations written after a number ("1.2bn", "$48m", "40K", "3 mln").
/// `upper` is whether the original letter was upper case, which separates "40M" (million)
/// from "40m" (metres) when no currency is in sight.
pub fn scale_abbrev(w: &str, upper: bool, money: bool) -> Option<f64> {
    Some(match w {
        "k" | "thou" => 1e3,
        "m" if money || upper => 1e6,
        "mn" | "mln" | "mil" | "mio" => 1e6,
        "b" if money || upper => 1e9,
        "bn" | "bln" => 1e9,
        "tn" | "trn" => 1e12,
        "t" if money => 1e12,
        _ => return None,
    })
}

/// Ordinal words: "first" … "twentieth", "thirtieth" … "ninetieth", "hundredth" …
pub fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        "millionth" => 1e6,
        _ => return None,
    })
}

/// Fraction denominators, singular and plural ("third", "thirds", "quarter").
/// "second" is left out: "one second" is a time, not a half.
pub fn denominator(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        "hundredth" | "hundredths" => 100.0,
        "thousandth" | "thousandths" => 1000.0,
        _ => return None,
    })
}

/// Suffixes of digit ordinals ("1st", "22nd", "3rd", "4th").
pub fn ordinal_suffix(w: &str) -> bool {
    matches!(w, "st" | "nd" | "rd" | "th")
}

/// Words that count a fixed number of things ("a dozen", "a score", "a couple of").
pub fn collective(w: &str) -> Option<f64> {
    Some(match w {
        "dozen" => 12.0,
        "score" => 20.0,
        "gross" => 144.0,
        _ => return None,
    })
}
