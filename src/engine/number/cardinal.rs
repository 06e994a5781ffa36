//! The numeral itself: a cardinal in digits or words with its scale ("2.4 million", "twenty-four
//! thousand", "1.2bn"), exponents and powers, fractions in symbols or words ("3/4", "two and a
//! half"), spoken decimals ("two point five"), and ordinals; the figures built on it are
//! `number`'s.

use super::*;

/// A cardinal read from the text: value, next token, and whether a scale multiplied it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Card {
    pub(super) value: f64,
    pub(super) next: usize,
    /// The scale factor applied (1 when none), so "2 to 3 million" can share it.
    pub(super) scale: f64,
    /// Written in words ("twenty-four").
    pub(super) words: bool,
    /// The place value of the last stated digit, after scaling (see `Mention::step`).
    pub(super) step: f64,
}

/// The place value of a number token's last stated digit: 0.01 for "7.31"; for whole
/// numbers of 1,000 or more, trailing zeros count as rounding ("1,200" → 100), below that
/// every digit is taken as meant ("30" → 1).
pub(super) fn digit_step(value: f64, decimals: u8) -> f64 {
    if decimals > 0 {
        return 10f64.powi(-i32::from(decimals));
    }
    let mut step = 1.0;
    if value.abs() >= 1000.0 {
        let mut v = value.abs();
        while v >= 10.0 && (v / 10.0).fract() == 0.0 {
            v /= 10.0;
            step *= 10.0;
        }
    }
    step
}

/// A cardinal in digits or words starting at token `i` ("3", "1,200", "twenty-four",
/// "a dozen", "16 million", "1.2bn"): its value and the index of the next token.
pub fn cardinal_at(cx: &Cx, i: usize) -> Option<(f64, usize)> {
    card(cx, i, false).map(|c| (c.value, c.next))
}

/// An ordinal starting at token `i` ("21st", "third", "twenty-first"): value and next index.
pub fn ordinal_at(cx: &Cx, i: usize) -> Option<(u32, usize)> {
    let t = cx.tok(i)?;
    if t.kind == TokKind::Num {
        let suffix = cx.tok(i + 1)?;
        if t.is_plain_int() && !suffix.space_before && ordinal_suffix(suffix.lc()) && t.value < 1e9 {
            return Some((t.value as u32, i + 2));
        }
        return None;
    }
    if let Some(v) = ordinal_word(cx.lc(i)) {
        return Some((v as u32, i + 1));
    }
    // "twenty-first", "twenty first".
    let tv = tens(cx.lc(i))?;
    let j = if cx.tok(i + 1).is_some_and(|t| t.is_punct('-') && !t.space_before) { i + 2 } else { i + 1 };
    let o = ordinal_word(cx.lc(j)).filter(|o| *o < 10.0)?;
    Some(((tv + o) as u32, j + 1))
}

pub(super) fn card(cx: &Cx, i: usize, money: bool) -> Option<Card> {
    let t = cx.tok(i)?;
    match t.kind {
        TokKind::Num => {
            // Digits glued to a following digit run after a plain space were already grouped
            // by the tokenizer; here only fractions and scales remain.
            if let Some((f, next)) = slash_fraction(cx, i) {
                return Some(Card { value: f, next, scale: 1.0, words: false, step: 0.0 });
            }
            if let Some((f, next)) = mixed_fraction(cx, i) {
                return Some(Card { value: t.value + f, next, scale: 1.0, words: false, step: 0.0 });
            }
            if let Some((value, next)) = exponent(cx, i).or_else(|| power(cx, i)) {
                return Some(Card { value, next, scale: 1.0, words: false, step: 0.0 });
            }
            let (value, next, scale) = apply_scale(cx, t.value, i + 1, money);
            Some(Card { value, next, scale, words: false, step: digit_step(t.value, t.decimals) * scale })
        }
        TokKind::Word => words_at(cx, i, money),
        TokKind::Punct => {
            let f = vulgar(t.ch)?;
            Some(Card { value: f, next: i + 1, scale: 1.0, words: false, step: 0.0 })
        }
    }
}

/// Scientific notation glued to the digits at `i`: "1.3e6", "12.32e+14", "12e-1" (value,
/// next index). The exponent has one to three digits and nothing but punctuation may touch
/// it ("1e10x" and "3e4b" are codes).
pub(super) fn exponent(cx: &Cx, i: usize) -> Option<(f64, usize)> {
    let e = cx.tok(i + 1)?;
    if e.space_before || e.kind != TokKind::Word || e.lc() != "e" {
        return None;
    }
    let (x, k) = glued_exponent(cx, i + 2)?;
    if cx.tok(k + 1).is_some_and(|t| !t.space_before && t.kind != TokKind::Punct) {
        return None;
    }
    let v = cx.tok(i)?.value * 10f64.powi(x);
    v.is_finite().then_some((v, k + 1))
}

/// A power glued to the digits at `i`: "10^6", "1.1^23", "2.5^-1", "1.1^+23" (value, next
/// index); an exponent of one to three digits not touching letters or more digits.
pub(super) fn power(cx: &Cx, i: usize) -> Option<(f64, usize)> {
    let caret = cx.tok(i + 1)?;
    if caret.space_before || !caret.is_punct('^') {
        return None;
    }
    // "2^3^4": a tower is not read from its middle.
    if i > 0 && !cx.tok(i)?.space_before && cx.tok(i - 1)?.is_punct('^') {
        return None;
    }
    let (x, k) = glued_exponent(cx, i + 2)?;
    if cx.tok(k + 1).is_some_and(|t| !t.space_before && (t.kind != TokKind::Punct || t.is_punct('^'))) {
        return None;
    }
    let v = cx.tok(i)?.value.powi(x);
    (v.is_finite() && v != 0.0).then_some((v, k + 1))
}

/// An exponent glued to what precedes it, starting at `k`: an optional sign and one to three
/// digits ("-1", "+23", "6"). Its value and the index of its digits.
pub(super) fn glued_exponent(cx: &Cx, mut k: usize) -> Option<(i32, usize)> {
    let mut sign = 1;
    if let Some(t) = cx.tok(k).filter(|t| !t.space_before && (t.is_punct('+') || t.is_punct('-'))) {
        sign = if t.is_punct('-') { -1 } else { 1 };
        k += 1;
    }
    let x = cx.tok(k).filter(|t| !t.space_before && t.is_plain_int() && t.len() <= 3)?;
    Some((sign * x.value as i32, k))
}

/// The value of a vulgar fraction character ("½", "¼", "⅓").
pub(super) fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// "3/4", "1/2": a proper fraction in digits with a common denominator (2, 3, 4, 5, 8, 10,
/// 16, 32, 64 or 100), not part of a longer slashed form ("1/2/3", "10/1/2016"). Others
/// ("9/11", "24/7", "5/12") are names, idioms or dates, not fractions.
pub(super) fn slash_fraction(cx: &Cx, i: usize) -> Option<(f64, usize)> {
    let a = cx.tok(i)?;
    let slash = cx.tok(i + 1)?;
    let b = cx.tok(i + 2)?;
    if !a.is_plain_int() || !slash.is_punct('/') || slash.space_before || !b.is_plain_int() || b.space_before
    {
        return None;
    }
    if !matches!(b.value as u32, 2 | 3 | 4 | 5 | 8 | 10 | 16 | 32 | 64 | 100) || b.len() > 3 {
        return None;
    }
    if a.value < 1.0 || a.value >= b.value {
        return None;
    }
    let glued_before =
        i > 0 && !a.space_before && cx.tok(i - 1).is_some_and(|p| p.kind == TokKind::Num || p.is_punct('/'));
    let glued_after = cx.tok(i + 3).is_some_and(|n| {
        !n.space_before
            && (n.is_punct('/')
                || n.kind == TokKind::Num
                || n.is_punct('.')
                    && cx.tok(i + 4).is_some_and(|d| d.kind == TokKind::Num && !d.space_before))
    });
    if glued_before || glued_after {
        return None;
    }
    Some((a.value / b.value, i + 3))
}

/// "2 1/4", "10 1/2", "2½": a whole number and a fraction.
pub(super) fn mixed_fraction(cx: &Cx, i: usize) -> Option<(f64, usize)> {
    let t = cx.tok(i)?;
    if !t.is_plain_int() {
        return None;
    }
    let n = cx.tok(i + 1)?;
    if n.newline_before {
        return None;
    }
    if n.kind == TokKind::Punct && !n.space_before {
        return vulgar(n.ch).map(|f| (f, i + 2));
    }
    if n.kind == TokKind::Num && n.space_before {
        return slash_fraction(cx, i + 1);
    }
    None
}

/// Two scale words that multiply: "thousand million" (British for a billion), "thousand
/// billion", and Indian budgets' "lakh crore" and "thousand crore" (₹12 lakh crore is 12 ×
/// 10^5 × 10^7).
pub(super) fn compound_scale(first: f64, second: f64) -> bool {
    matches!((first, second), (1e3, 1e6 | 1e7 | 1e9) | (1e5, 1e7))
}

/// Multiply by a scale word or abbreviation after a number ("16 million", "1.2bn", "$48m").
pub(super) fn apply_scale(cx: &Cx, mut value: f64, mut j: usize, money: bool) -> (f64, usize, f64) {
    let mut factor = 1.0;
    // "a $1.2-billion deal", "a 3-million-tonne harvest": the scale word after a glued hyphen,
    // as Canadian and American papers write it before a noun.
    let hyphened = cx.tok(j).is_some_and(|h| h.is_punct('-') && !h.space_before)
        && cx.tok(j + 1).is_some_and(|w| !w.space_before && scale_word(w.lc()).is_some_and(|s| s >= 1e3));
    if hyphened {
        j += 1;
    }
    let Some(t) = cx.tok(j) else { return (value, j, factor) };
    if t.kind != TokKind::Word || t.newline_before {
        return (value, j, factor);
    }
    let w = t.lc();
    if let Some(s) = scale_word(w) {
        factor = s;
        j += 1;
        // "two hundred thousand", "1.5 hundred million" are rare but well defined; so are
        // the scales that multiply (`compound_scale`).
        let compound = scale_word(cx.lc(j)).filter(|&s2| s == 100.0 && s2 >= 1e3 || compound_scale(s, s2));
        if let Some(s2) = compound {
            factor *= s2;
            j += 1;
        }
    } else if ["dozen", "dozens"].contains(&w) {
        // "3 dozen", "3 dozens".
        factor = 12.0;
        j += 1;
    } else {
        let upper = t.text(cx.src).chars().next().is_some_and(char::is_uppercase);
        // "1.5m people", "2.4m tonnes", "12m euros": a lower-case "m" before people, a unit or a
        // currency counts millions, as "$5m" does; before anything else ("a 1.5m wall"), or
        // after "the" or "a" ("the 400m runners", an event's distance), it stays metres.
        let determined = j >= 2 && ["the", "a", "an"].contains(&cx.lc(j - 2));
        let counted = || {
            counts_people(cx.lc(j + 1))
                || cx.tok(j + 1).is_some_and(|n| n.space_before && n.kind == TokKind::Word)
                    && (unit_at(cx, j + 1).is_some() || currency_after(cx, j + 1, true).is_some())
        };
        let money = money || w == "m" && !determined && counted();
        let attached = !t.space_before;
        // Single letters only count glued to the digits ("40K", "$5m"); "bn", "mln" may stand apart.
        if let Some(s) = scale_abbrev(w, upper, money).filter(|_| attached || w.len() > 1) {
            // "5m" followed by more letters or digits is a code, not a scale ("5mg" is a unit).
            let next_glued = cx.tok(j + 1).is_some_and(|n| !n.space_before && n.kind != TokKind::Punct);
            if !next_glued {
                factor = s;
                j += 1;
            }
        }
    }
    value *= factor;
    (value, j, factor)
}

/// Units a writer halves in words ("half an hour", "half a century", "half a mile").
const HALVED_UNITS: [&str; 9] =
    ["minute", "hour", "day", "week", "month", "year", "decade", "century", "mile"];

/// A number written in words, from "two" to "five and a half million".
pub(super) fn words_at(cx: &Cx, i: usize, money: bool) -> Option<Card> {
    let w0 = cx.lc(i);
    // "half a percentage point": the reader takes "percentage point" after it.
    if w0 == "half" && cx.lc(i + 1) == "a" && cx.lc(i + 2) == "percentage" {
        return Some(Card { value: 0.5, next: i + 2, scale: 1.0, words: true, step: 0.0 });
    }
    // "half a million", "half a billion", "half a dozen".
    if w0 == "half" && ["a", "an"].contains(&cx.lc(i + 1)) {
        if cx.lc(i + 2) == "dozen" {
            return Some(Card { value: 6.0, next: i + 3, scale: 1.0, words: true, step: 1.0 });
        }
        // "half an hour", "half a mile": half of the unit the reader takes after it.
        if HALVED_UNITS.contains(&cx.lc(i + 2)) {
            return Some(Card { value: 0.5, next: i + 2, scale: 1.0, words: true, step: 0.0 });
        }
        let s = scale_word(cx.lc(i + 2)).filter(|s| *s >= 1e3)?;
        return Some(Card { value: 0.5 * s, next: i + 3, scale: s, words: true, step: 0.5 * s });
    }
    // "half million", "a quarter million": a half or a quarter of a scale of a million or
    // more ("a quarter mile" and "half thousand" stay out).
    let (k, part) = match (w0, cx.lc(i + 1)) {
        ("half", _) => (i + 1, 0.5),
        ("quarter", _) => (i + 1, 0.25),
        ("a" | "an", "half") => (i + 2, 0.5),
        ("a", "quarter") => (i + 2, 0.25),
        _ => (i, 0.0),
    };
    if let Some(s) = scale_word(cx.lc(k)).filter(|s| part > 0.0 && *s >= 1e6) {
        return Some(Card { value: part * s, next: k + 1, scale: s, words: true, step: part * s });
    }
    // "a quarter-point cut", "half-point": the reader takes "-point" after it as points.
    if part > 0.0 && cx.tok(k).is_some_and(|t| t.is_punct('-') && !t.space_before) && cx.lc(k + 1) == "point"
    {
        return Some(Card { value: part, next: k, scale: 1.0, words: true, step: 0.0 });
    }
    // "half of the flights", "more than half of them", "half the town", "about half its
    // value": a share. A "half" before anything but "of" or whose share it is, is too often
    // something else ("half an hour", "half-time", "fell by half to €1.1bn", a change), and
    // so is "the first half of".
    let part = i > 0 && ["first", "second", "other", "last", "latter"].contains(&cx.lc(i - 1));
    let whose = ["of", "the", "its", "their", "his", "her"].contains(&cx.lc(i + 1));
    if w0 == "half" && !part && whose {
        return Some(Card { value: 0.5, next: i + 1, scale: 1.0, words: true, step: 0.0 });
    }
    // "a third of", "one quarter of": a fraction, not an ordinal ("a quarter of a percentage
    // point" is that many points, `percent_after`).
    if ["a", "an", "one"].contains(&w0) && cx.lc(i + 2) == "of" {
        if let Some(d) = denominator(cx.lc(i + 1)) {
            return Some(Card { value: 1.0 / d, next: i + 2, scale: 1.0, words: true, step: 0.0 });
        }
    }
    // "fell by a fifth.", "a hundredth": a fraction closing the clause, not after "and" ("an
    // hour and a half" is a duration) and not before a hyphen ("a quarter-century").
    if ["a", "an"].contains(&w0) && !(i > 0 && cx.lc(i - 1) == "and") {
        if let Some(d) = denominator(cx.lc(i + 1)) {
            let ends = cx
                .tok(i + 2)
                .is_none_or(|t| t.newline_before || t.kind == TokKind::Punct && !matches!(t.ch, '-' | '/'));
            if ends {
                return Some(Card { value: 1.0 / d, next: i + 2, scale: 1.0, words: true, step: 0.0 });
            }
        }
    }
    // "nought" is zero, but "for nought" and "came to nought" are idioms.
    if w0 == "nought" && i > 0 && ["for", "to"].contains(&cx.lc(i - 1)) {
        return None;
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut any = false;
    let mut scale = 1.0;
    let mut j = i;
    // What the previous word was, to stop at "one two three" lists.
    #[derive(PartialEq, Clone, Copy)]
    enum Prev {
        None,
        Small,
        Tens,
        Hundred,
        Scale,
    }
    let mut prev = Prev::None;
    if ["a", "an"].contains(&w0) {
        let next = cx.lc(i + 1);
        if next == "hundred" || scale_word(next).is_some() || collective(next).is_some() {
            current = 1.0;
            any = true;
            prev = Prev::Small;
            j = i + 1;
        } else {
            return None;
        }
    }
    while let Some(t) = cx.tok(j) {
        if j > i && t.newline_before {
            break;
        }
        let w = t.lc();
        // "three-and-a-half hours": a half joined by hyphens ends the number.
        if t.is_punct('-') && any && hyphened_half(cx, j) {
            current += 0.5;
            j += 6;
            break;
        }
        if t.is_punct('-') && prev == Prev::Tens {
            // "twenty-four", "fifty - two": the hyphen joins only a tens word and a unit word,
            // touching both or spaced from both.
            let same = cx.tok(j + 1).is_some_and(|n| n.space_before == t.space_before);
            if same && small(cx.lc(j + 1)).is_some_and(|v| v < 10.0) {
                j += 1;
                continue;
            }
            break;
        }
        if t.kind != TokKind::Word {
            break;
        }
        if let Some(v) = small(w) {
            let ok = match prev {
                Prev::None | Prev::Hundred | Prev::Scale => true,
                Prev::Tens => v < 10.0 && v > 0.0,
                Prev::Small => false,
            };
            if !ok {
                break;
            }
            current += v;
            prev = Prev::Small;
        } else if let Some(v) = tens(w) {
            if !matches!(prev, Prev::None | Prev::Hundred | Prev::Scale) {
                break;
            }
            current += v;
            prev = Prev::Tens;
        } else if w == "hundred" && any && prev != Prev::Hundred {
            current = if current == 0.0 { 100.0 } else { current * 100.0 };
            prev = Prev::Hundred;
        } else if let Some(s) = scale_word(w).filter(|s| *s >= 1e3) {
            // "three thousand million" (British for three billion), "three lakh crore".
            if prev == Prev::Scale && compound_scale(scale, s) {
                total *= s;
                scale *= s;
                j += 1;
                continue;
            }
            if !any || prev == Prev::Scale {
                break;
            }
            total += if current == 0.0 { 1.0 } else { current } * s;
            current = 0.0;
            scale = s;
            prev = Prev::Scale;
        } else if let Some(c) = collective(w).filter(|_| any && prev == Prev::Small) {
            current *= c;
            prev = Prev::Scale;
        } else if w == "and" && any {
            // "one hundred and five", "five and a half million", "two and a half", "one and
            // half", "five and a quarter", "twenty and three fifths", "one hundred and three
            // quarters" (100.75: the fraction is its own part).
            let part = if cx.lc(j + 1) == "half" { Some((0.5, j + 2)) } else { and_fraction(cx, j + 1) };
            if let Some((f, next)) = part {
                // After a scale the fraction is of the scale: "one million and a half" is
                // 1,500,000.
                if prev == Prev::Scale && current == 0.0 {
                    total += f * scale;
                } else {
                    current += f;
                }
                j = next;
                prev = Prev::Small;
                continue;
            }
            if matches!(prev, Prev::Hundred | Prev::Scale)
                && (small(cx.lc(j + 1)).is_some() || tens(cx.lc(j + 1)).is_some())
            {
                j += 1;
                continue;
            }
            break;
        } else if let Some(d) = denominator(w).filter(|_| any && prev == Prev::Small && total == 0.0) {
            // "two thirds", "two-thirds" (hyphen handled below), "three quarters".
            current /= d;
            j += 1;
            return finish_words(cx, j, total + current, scale, money);
        } else {
            break;
        }
        any = true;
        j += 1;
        // "two-thirds": a hyphen between a unit word and a denominator.
        if prev == Prev::Small && cx.tok(j).is_some_and(|t| t.is_punct('-') && !t.space_before) {
            if let Some(d) = denominator(cx.lc(j + 1)) {
                if total == 0.0 && current < 10.0 {
                    current /= d;
                    return finish_words(cx, j + 2, current, scale, money);
                }
            }
        }
    }
    if !any {
        return None;
    }
    let mut value = total + current;
    if let Some((f, next)) = spoken_decimals(cx, i, j, value) {
        value += f;
        j = next;
    }
    finish_words(cx, j, value, scale, money)
}

/// "-and-a-half" at `j`, every word glued to its hyphens.
fn hyphened_half(cx: &Cx, j: usize) -> bool {
    let words = ["-", "and", "-", "a", "-", "half"];
    words.iter().enumerate().all(|(n, w)| {
        cx.tok(j + n)
            .is_some_and(|t| !t.space_before && (if *w == "-" { t.is_punct('-') } else { t.lc() == *w }))
    })
}

/// The fraction after "and" at `k`: "a quarter", "one fifth", "three fifths", "two-thirds".
pub(super) fn and_fraction(cx: &Cx, k: usize) -> Option<(f64, usize)> {
    let w = cx.lc(k);
    if ["a", "an", "one"].contains(&w) {
        let d = denominator(cx.lc(k + 1))?;
        return Some((1.0 / d, k + 2));
    }
    let v = small(w).filter(|v| *v >= 1.0)?;
    if cx.tok(k + 1).is_some_and(|t| t.is_punct('-') && !t.space_before) {
        let d = denominator(cx.lc(k + 2)).filter(|_| cx.tok(k + 2).is_some_and(|t| !t.space_before))?;
        return Some((v / d, k + 3));
    }
    let d = denominator(cx.lc(k + 1))?;
    Some((v / d, k + 2))
}

/// "two hundred point zero three", "five point five", "nought point eleven": the digits
/// after "point" as a decimal fraction, when the whole part `value` is a worded integer
/// ending before `j`. "At one point" is an idiom, not a figure.
pub(super) fn spoken_decimals(cx: &Cx, i: usize, j: usize, value: f64) -> Option<(f64, usize)> {
    if cx.lc(j) != "point" || value.fract() != 0.0 || cx.tok(j).is_some_and(|t| t.newline_before) {
        return None;
    }
    if i > 0 && ["at", "some", "this", "that"].contains(&cx.lc(i - 1)) {
        return None;
    }
    let mut k = j + 1;
    let mut frac = 0.0;
    let mut place = 0.1;
    while let Some(d) = small(cx.lc(k)).filter(|d| *d < 10.0) {
        if k > j + 12 {
            break;
        }
        frac += d * place;
        place /= 10.0;
        k += 1;
    }
    if k > j + 1 {
        return Some((frac, k));
    }
    // "point eleven", "point seventy-one": one number from 10 to 99.
    let w = cx.lc(k);
    if let Some(v) = small(w).filter(|v| *v >= 10.0) {
        return Some((v / 100.0, k + 1));
    }
    let t = tens(w)?;
    if cx.tok(k + 1).is_some_and(|t| t.is_punct('-') && !t.space_before) {
        if let Some(u) = small(cx.lc(k + 2)).filter(|u| *u >= 1.0 && *u < 10.0) {
            return Some(((t + u) / 100.0, k + 3));
        }
    }
    if let Some(u) = small(cx.lc(k + 1)).filter(|u| *u >= 1.0 && *u < 10.0) {
        return Some(((t + u) / 100.0, k + 2));
    }
    Some((t / 100.0, k + 1))
}

/// Apply a trailing scale to a worded number ("five million" is handled inside the loop; this
/// covers "two and a half million" and worded fractions) and build the `Card`.
pub(super) fn finish_words(cx: &Cx, j: usize, value: f64, scale: f64, money: bool) -> Option<Card> {
    // Worded numbers are exact at their own scale: "five million" is stated to the million.
    if scale == 1.0 {
        let (v, next, s) = apply_scale(cx, value, j, money);
        let step = if value.fract() == 0.0 { s } else { 0.0 };
        return Some(Card { value: v, next, scale: s, words: true, step });
    }
    let step = if (value / scale).fract() == 0.0 { scale } else { 0.0 };
    Some(Card { value, next: j, scale, words: true, step })
}

/// Whether a plural noun names people or groups of them ("people", "children", "voters",
/// "households"), in the lexicon's first sense.
fn counts_people(word: &str) -> bool {
    use crate::engine::wordnet::{is_group, is_person, noun_lemma};
    word == "people" || noun_lemma(word).is_some_and(|l| l != word && (is_person(l) || is_group(l)))
}
