//! Numerals in digits and words, scales, bounds, ranges, and the figures built on them:
//! money, percentages, quantities with units, durations, ordinals and counts of things.
//!
//! Choices: a lone "one" (and "a") is a mention only with a unit, scale or counted noun
//! ("one of the" is not a figure); ordinal words other than "first", "second" and "last"
//! are mentions, digit ordinals always; "from X to Y" is two figures (a change), while
//! "X to Y", "X-Y" and "between X and Y" are ranges. The span covers the figure and its
//! unit, not the counted noun, which is recorded in `counted`.

use super::lexicon::{
    self, collective, denominator, ordinal_suffix, ordinal_word, scale_abbrev, scale_word, small, tens,
};
use super::mention::{Cx, Kind, Mention, Qualifier, Value};
use super::tokenize::TokKind;
use super::unit::{currency_after, currency_before, period_at, unit_at, Unit};

/// A cardinal read from the text: value, next token, and whether a scale multiplied it.
#[derive(Clone, Copy, Debug)]
struct Card {
    value: f64,
    next: usize,
    /// The scale factor applied (1 when none), so "2 to 3 million" can share it.
    scale: f64,
    /// Written in words ("twenty-four").
    words: bool,
    /// The place value of the last stated digit, after scaling (see `Mention::step`).
    step: f64,
}

/// The place value of a number token's last stated digit: 0.01 for "7.31"; for whole
/// numbers of 1,000 or more, trailing zeros count as rounding ("1,200" → 100), below that
/// every digit is taken as meant ("30" → 1).
fn digit_step(value: f64, decimals: u8) -> f64 {
    if decimals > 0 {
        return 10f64.powi(-i32::from(decimals));
    }
    let mut step = 1.0;
    if value.abs() >= 1000.0 {
        let mut v = value.abs();
        while v >= 10.0 && (v % 10.0) == 0.0 {
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

fn card(cx: &Cx, i: usize, money: bool) -> Option<Card> {
    let t = cx.tok(i)?;
    match t.kind {
        TokKind::Num => {
            // Digits glued to a following digit run after a plain space were already grouped
            // by the tokenizer; here only scales remain.
            let (value, next, scale) = apply_scale(cx, t.value, i + 1, money);
            Some(Card { value, next, scale, words: false, step: digit_step(t.value, t.decimals) * scale })
        }
        TokKind::Word => words_at(cx, i, money),
        TokKind::Punct => None,
    }
}

/// Multiply by a scale word or abbreviation after a number ("16 million", "1.2bn", "$48m").
fn apply_scale(cx: &Cx, mut value: f64, mut j: usize, money: bool) -> (f64, usize, f64) {
    let mut factor = 1.0;
    let Some(t) = cx.tok(j) else { return (value, j, factor) };
    if t.kind != TokKind::Word || t.newline_before {
        return (value, j, factor);
    }
    let w = t.lc();
    if let Some(s) = scale_word(w) {
        factor = s;
        j += 1;
        // "two hundred thousand", "1.5 hundred million" are rare but well defined.
        if s == 100.0 {
            if let Some(s2) = scale_word(cx.lc(j)).filter(|s2| *s2 >= 1e3) {
                factor *= s2;
                j += 1;
            }
        }
    } else if matches!(w, "dozen" | "dozens") {
        // "3 dozen", "3 dozens".
        factor = 12.0;
        j += 1;
    } else {
        let upper = t.text(cx.src).chars().next().is_some_and(char::is_uppercase);
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

/// A number written in words, from "two" to "five and a half million".
fn words_at(cx: &Cx, i: usize, money: bool) -> Option<Card> {
    let w0 = cx.lc(i);
    // "half a million", "half a billion", "half a dozen".
    if w0 == "half" && matches!(cx.lc(i + 1), "a" | "an") {
        if cx.lc(i + 2) == "dozen" {
            return Some(Card { value: 6.0, next: i + 3, scale: 1.0, words: true, step: 1.0 });
        }
        let s = scale_word(cx.lc(i + 2)).filter(|s| *s >= 1e3)?;
        return Some(Card { value: 0.5 * s, next: i + 3, scale: s, words: true, step: 0.5 * s });
    }
    // "a third of", "one quarter of": a fraction, not an ordinal.
    if matches!(w0, "a" | "an" | "one") && cx.lc(i + 2) == "of" {
        if let Some(d) = denominator(cx.lc(i + 1)) {
            return Some(Card { value: 1.0 / d, next: i + 2, scale: 1.0, words: true, step: 0.0 });
        }
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
    if matches!(w0, "a" | "an") {
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
    loop {
        let Some(t) = cx.tok(j) else { break };
        if j > i && t.newline_before {
            break;
        }
        let w = t.lc();
        if t.is_punct('-') && !t.space_before && prev == Prev::Tens {
            // "twenty-four": the hyphen joins only a tens word and a unit word.
            if cx.tok(j + 1).is_some_and(|n| !n.space_before) && small(cx.lc(j + 1)).is_some_and(|v| v < 10.0)
            {
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
            // "one hundred and five", "five and a half million", "two and a half".
            if matches!(cx.lc(j + 1), "a" | "one") && cx.lc(j + 2) == "half" {
                current += 0.5;
                j += 3;
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
    let value = total + current;
    finish_words(cx, j, value, scale, money)
}

/// Apply a trailing scale to a worded number ("five million" is handled inside the loop; this
/// covers "two and a half million" and worded fractions) and build the `Card`.
fn finish_words(cx: &Cx, j: usize, value: f64, scale: f64, money: bool) -> Option<Card> {
    // Worded numbers are exact at their own scale: "five million" is stated to the million.
    if scale == 1.0 {
        let (v, next, s) = apply_scale(cx, value, j, money);
        let step = if value.fract() == 0.0 { s } else { 0.0 };
        return Some(Card { value: v, next, scale: s, words: true, step });
    }
    let step = if (value / scale).fract() == 0.0 { scale } else { 0.0 };
    Some(Card { value, next: j, scale, words: true, step })
}

/// A bound or approximation before a figure: the qualifier and the next index.
fn qualifier_before(cx: &Cx, i: usize) -> Option<(Qualifier, usize)> {
    use Qualifier::*;
    let w = cx.lc(i);
    let w1 = cx.lc(i + 1);
    let w2 = cx.lc(i + 2);
    let two = |q| Some((q, i + 2));
    let three = |q| Some((q, i + 3));
    match (w, w1, w2) {
        ("more" | "greater", "than", _) => two(MoreThan),
        ("in", "excess", "of") => three(MoreThan),
        ("upwards" | "upward", "of", _) => two(MoreThan),
        ("just" | "well" | "slightly", "over" | "above", _) => two(MoreThan),
        ("just" | "slightly", "under" | "below", _) => two(Nearly),
        ("just", "shy", "of") => three(Nearly),
        ("at", "least", _) => two(AtLeast),
        ("no" | "not", "fewer" | "less", "than") => three(AtLeast),
        ("a", "minimum", "of") => three(AtLeast),
        ("fewer" | "less", "than", _) => two(LessThan),
        ("up", "to", _) => two(AtMost),
        ("at", "most", _) => two(AtMost),
        ("no" | "not", "more", "than") => three(AtMost),
        ("a", "maximum", "of") => three(AtMost),
        ("as", "many" | "much", "as") => three(AtMost),
        ("close", "to", _) => two(Nearly),
        ("more", "or", "less") => three(Approx),
        ("an", "estimated", _) => two(Approx),
        ("over" | "above" | "exceeding" | "surpassing", _, _) => Some((MoreThan, i + 1)),
        ("under" | "below", _, _) => Some((LessThan, i + 1)),
        ("nearly" | "almost", _, _) => Some((Nearly, i + 1)),
        (
            "about" | "around" | "roughly" | "approximately" | "some" | "circa" | "estimated" | "approx",
            _,
            _,
        ) => Some((Approx, i + 1)),
        _ => {
            let t = cx.tok(i)?;
            if t.is_punct('~') || t.is_punct('≈') {
                return Some((Approx, i + 1));
            }
            if t.is_punct('>') {
                return Some((MoreThan, i + 1));
            }
            if t.is_punct('<') {
                return Some((LessThan, i + 1));
            }
            None
        }
    }
}

/// A percent sign or word after a figure: the unit ("%" or "pp"), factor, next index.
fn percent_after(cx: &Cx, j: usize) -> Option<(&'static str, f64, usize)> {
    let t = cx.tok(j)?;
    if t.newline_before {
        return None;
    }
    if t.is_punct('%') {
        return Some(("%", 1.0, j + 1));
    }
    match (cx.lc(j), cx.lc(j + 1)) {
        ("percentage", "point" | "points") => Some(("pp", 1.0, j + 2)),
        ("basis", "point" | "points") => Some(("pp", 0.01, j + 2)),
        ("bp" | "bps", _) => Some(("pp", 0.01, j + 1)),
        ("percent" | "percents" | "pct" | "pc", _) => Some(("%", 1.0, j + 1)),
        ("per", "cent") => Some(("%", 1.0, j + 2)),
        _ => None,
    }
}

/// Words that end the search for a counted noun.
fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "" | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "and"
            | "or"
            | "but"
            | "the"
            | "a"
            | "an"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "have"
            | "has"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "said"
            | "says"
            | "who"
            | "that"
            | "which"
            | "than"
            | "from"
            | "by"
            | "for"
            | "with"
            | "as"
            | "per"
            | "percent"
            | "this"
            | "these"
            | "those"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "after"
            | "before"
            | "since"
            | "during"
            | "into"
            | "out"
            | "up"
            | "down"
            | "over"
            | "under"
            | "about"
            | "more"
            | "less"
            | "fewer"
            | "times"
            | "each"
            | "every"
            | "when"
            | "where"
            | "while"
            | "if"
            | "not"
            | "no"
            | "also"
            | "only"
            | "just"
            | "then"
            | "there"
            | "they"
            | "it"
            | "he"
            | "she"
            | "we"
            | "you"
            | "i"
            | "so"
            | "because"
            | "through"
            | "until"
            | "against"
            | "between"
            | "among"
            | "across"
            | "did"
            | "do"
            | "does"
            | "left"
            | "remain"
            | "remained"
            | "died"
            | "killed"
            | "injured"
            | "dead"
            | "hurt"
            | "missing"
            | "ago"
            | "later"
            | "earlier"
            | "old"
            | "others"
            | "other"
            | "ones"
            | "apiece"
    )
}

/// Plural nouns that do not end in "s", and singular forms that count in the plural.
fn is_irregular_plural(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "men"
            | "women"
            | "children"
            | "police"
            | "staff"
            | "personnel"
            | "cattle"
            | "sheep"
            | "fish"
            | "teeth"
            | "mice"
            | "geese"
            | "aircraft"
            | "deer"
            | "crew"
            | "livestock"
            | "faculty"
            | "offspring"
            | "militia"
            | "infantry"
    )
}

fn looks_plural(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !matches!(
            w,
            "always" | "perhaps" | "various" | "previous" | "serious" | "famous" | "news" | "unless"
        )
}

/// The counted noun after a count: the first plural-looking word within a few words
/// ("24,000 fraudulent accounts" → accounts; "four senior Grok code leads" → leads). After
/// "one" the first word counts ("one employee").
fn counted_after(cx: &Cx, j: usize, value: f64) -> Option<String> {
    for k in j..j + 5 {
        let t = cx.tok(k)?;
        if t.newline_before {
            return None;
        }
        if t.is_punct('-') && !t.space_before {
            // "24-hour" is handled as a unit; here a hyphen joins compound adjectives.
            continue;
        }
        if t.kind != TokKind::Word {
            return None;
        }
        let text = t.text(cx.src);
        let lc_owned;
        let w = if t.lc().is_empty() {
            lc_owned = text.to_lowercase();
            lc_owned.as_str()
        } else {
            t.lc()
        };
        if is_stopword(w) || small(w).is_some() || tens(w).is_some() || scale_word(w).is_some() {
            return None;
        }
        // "GPUs", "CEOs": an acronym with a plural "s".
        let acronym_plural = text.len() > 2
            && text.ends_with('s')
            && text[..text.len() - 1].chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if looks_plural(w) || is_irregular_plural(w) || acronym_plural {
            return Some(w.to_string());
        }
        if value == 1.0 && k == j && !t.capitalized(cx.src) {
            return Some(w.to_string());
        }
    }
    None
}

/// The kind of a worded or digit ordinal at `i`, as a mention ("21st", "third").
fn ordinal_mention(cx: &Cx, i: usize) -> Option<(Mention, usize)> {
    let (v, next) = ordinal_at(cx, i)?;
    let is_word = cx.tok(i)?.kind == TokKind::Word;
    if is_word && next == i + 1 && matches!(cx.lc(i), "first" | "second") {
        return None;
    }
    let mut m =
        Mention::new(cx.start(i), cx.end(next - 1), Kind::Ordinal, Some(num(f64::from(v), f64::from(v))));
    m.counted = counted_after(cx, next, 2.0);
    Some((m, next))
}

fn num(low: f64, high: f64) -> Value {
    Value::Num { low: tidy(low), high: tidy(high) }
}

/// Round to 12 significant digits, dropping the binary noise that unit conversions leave
/// ("476961884.78400004" becomes 476961884.784). No printed figure carries that many digits.
fn tidy(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let digits = 12 - (v.abs().log10().floor() as i32) - 1;
    if !(-300..=300).contains(&digits) {
        return v;
    }
    let p = 10f64.powi(digits);
    let r = (v * p).round() / p;
    if r.is_finite() {
        r
    } else {
        v
    }
}

/// A negative sign glued to the number ("-5", "−3.2%"), or "minus".
fn sign_at(cx: &Cx, j: usize) -> (f64, usize) {
    let Some(t) = cx.tok(j) else { return (1.0, j) };
    let next_num = cx.tok(j + 1).is_some_and(|n| n.kind == TokKind::Num && !n.space_before);
    let prev_ok = j == 0 || t.space_before || cx.tok(j - 1).is_some_and(|p| p.is_punct('('));
    if t.is_punct('-') && next_num && prev_ok {
        return (-1.0, j + 1);
    }
    if matches!(t.lc(), "minus" | "negative") && cx.tok(j + 1).is_some_and(|n| n.kind == TokKind::Num) {
        return (-1.0, j + 1);
    }
    (1.0, j)
}

/// "for an hour", "within a week", "more than a year": "a" or "an" as the count of one
/// calendar unit, when a bound or a preposition of duration comes before it. "twice a week"
/// (a rate), "a week ago" (a date), "a second time", "a day or two" (vague), "in a year
/// when …" and "for a decade" (loose rhetoric more often than ten years) are not durations.
fn article_duration(cx: &Cx, i: usize, j: usize, q: Qualifier) -> Option<Card> {
    if !matches!(cx.lc(j), "a" | "an") {
        return None;
    }
    if !matches!(cx.lc(j + 1), "minute" | "hour" | "day" | "week" | "fortnight" | "month" | "year") {
        return None;
    }
    let before = if j == i && i > 0 { cx.lc(i - 1) } else { "" };
    if q == Qualifier::Exact
        && !matches!(before, "for" | "within" | "in" | "after" | "lasting" | "took" | "takes")
    {
        return None;
    }
    let after = cx.lc(j + 2);
    if matches!(after, "ago" | "earlier" | "later" | "before" | "after" | "when" | "where" | "that" | "or")
        || after == "of" && q == Qualifier::Exact
    {
        return None;
    }
    Some(Card { value: 1.0, next: j + 1, scale: 1.0, words: true, step: 1.0 })
}

/// Whether a figure can start at this token: digits, a currency or bound sign, or one of
/// the few words that open a figure. Everything else is rejected before any parsing.
fn may_start(t: &super::tokenize::Token, src: &str) -> bool {
    match t.kind {
        TokKind::Num => true,
        TokKind::Punct => !matches!(
            t.ch,
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '(' | ')' | '[' | ']' | '/' | '&'
        ),
        TokKind::Word => {
            let w = t.lc();
            // Three capitals may be a currency code ("USD 5m").
            !w.is_empty()
                && (lexicon::word(w).is_some()
                    || w.len() == 3 && t.text(src).bytes().all(|b| b.is_ascii_uppercase()))
        }
    }
}

/// Try to read a figure starting at token `i`.
pub fn parse_at(cx: &Cx, i: usize) -> Option<(Mention, usize)> {
    let t0 = cx.tok(i)?;
    // Cheap rejection: most tokens are ordinary words.
    if !may_start(t0, cx.src) {
        return None;
    }
    if let Some(found) = ordinal_mention(cx, i) {
        return Some(found);
    }
    let (mut qualifier, mut j) = qualifier_before(cx, i).unwrap_or((Qualifier::Exact, i));
    let between = cx.lc(j) == "between";
    if between {
        j += 1;
    }
    let mut currency = None;
    if let Some((code, next)) = currency_before(cx, j) {
        if cx.tok(next).is_some_and(|t| t.kind == TokKind::Num || t.kind == TokKind::Word) {
            currency = Some(code);
            j = next;
        }
    }
    let (sign, jn) = sign_at(cx, j);
    j = jn;
    let first_tok = j;
    let c1 = match card(cx, j, currency.is_some()) {
        Some(c) => c,
        None if currency.is_none() && sign == 1.0 => article_duration(cx, i, j, qualifier)?,
        None => return None,
    };
    // "1990s", "80s": a decade or an age group, not a figure (and not seconds).
    if let Some(t) = cx.tok(c1.next).filter(|t| !t.space_before && t.lc() == "s") {
        if cx.tok(j).is_some_and(|n| n.is_plain_int() && n.value >= 10.0 && n.value % 10.0 == 0.0)
            && t.end > t.start
        {
            return None;
        }
    }
    if cx.noise.get(first_tok).copied().unwrap_or(false) {
        return None;
    }
    let mut low = sign * c1.value;
    let mut high = low;
    j = c1.next;
    // A currency symbol after the number ("500€") or a suffix "%".
    let mut percent = percent_after(cx, j);
    if let Some((_, _, next)) = percent {
        j = next;
    }
    // Ranges: "18-25%", "two to three weeks", "between 5 and 6", "$2.1bn-$2.4bn".
    let after_from = i > 0 && cx.lc(i - 1) == "from";
    let link = cx.tok(j).map(|t| (t.is_punct('-'), t.lc()));
    let mut step2 = 0.0;
    let is_link = match link {
        Some((true, _)) => true,
        Some((false, "to")) => !after_from,
        Some((false, "and")) => between,
        Some((false, "or")) => c1.words,
        _ => false,
    };
    if is_link {
        let mut k = j + 1;
        let mut second_currency = None;
        if let Some((code, next)) = currency_before(cx, k) {
            if currency.is_none() || currency == Some(code) {
                second_currency = Some(code);
                k = next;
            }
        }
        let money = currency.or(second_currency);
        // "rose 9% to $7.3 billion" is a change between two different figures, not a range;
        // so is "9% to 7.3 billion" with a scale on one side only.
        let mixed = percent.is_some() && second_currency.is_some();
        let second = card(cx, k, money.is_some()).filter(|c2| {
            !mixed && !(percent.is_some() && percent_after(cx, c2.next).is_none() && c2.scale > 1.0)
        });
        if let Some(c2) = second {
            let mut first = low;
            if c2.scale > 1.0 && c1.scale == 1.0 && first * c2.scale <= c2.value {
                first *= c2.scale;
            }
            if c2.value > first && !cx.noise.get(k).copied().unwrap_or(false) {
                low = first;
                high = c2.value;
                step2 = c2.step;
                currency = money;
                qualifier = Qualifier::Range;
                j = c2.next;
                if let Some((u, f, next)) = percent_after(cx, j) {
                    percent = Some((u, f, next));
                    j = next;
                }
            }
        }
    } else if between {
        return None;
    }
    let mut m = Mention::new(cx.start(i), 0, Kind::Number, None);
    m.qualifier = qualifier;
    m.step = c1.step.max(step2);
    let mut factor = 1.0;
    let mut offset = 0.0;
    if let Some((unit, f, _)) = percent {
        m.kind = Kind::Percent;
        m.unit = Some(unit);
        factor = f;
    } else if let Some((code, f, next)) = currency_after(cx, j, c1.scale > 1.0) {
        if currency.is_none() || currency == Some(code) {
            currency = Some(code);
            factor = f;
            j = next;
        }
    }
    if let Some(code) = currency {
        m.kind = Kind::Money;
        m.unit = Some(code);
    } else if m.kind == Kind::Number {
        // "68-ounce", "10-mile": a hyphen between the number and its unit.
        let hyphen = cx.tok(j).is_some_and(|t| t.is_punct('-') && !t.space_before);
        let unit_start = if hyphen { j + 1 } else { j };
        if let Some((unit, next)) = unit_at(cx, unit_start).filter(|(u, _)| !(hyphen && u.attached_only)) {
            let Unit { canonical, factor: f, offset: o, kind, written, .. } = unit;
            m.written_unit = Some(written);
            m.kind = kind;
            m.unit = Some(canonical);
            factor = f;
            offset = o;
            j = next;
            // "a 45-year-old": an age, not a duration.
            if hyphen
                && kind == Kind::Duration
                && cx.tok(j).is_some_and(|t| t.is_punct('-'))
                && cx.lc(j + 1) == "old"
            {
                m.kind = Kind::Number;
                m.unit = None;
                factor = 1.0;
                m.counted = Some("years old".to_string());
                j += 2;
            }
        }
    }
    if m.kind != Kind::Number || m.counted.is_some() {
        low = low * factor + offset;
        high = high * factor + offset;
        m.step *= factor;
    }
    // A lone "one" or "a" is a pronoun or article far more often than a figure.
    let lone_word = c1.words && c1.scale == 1.0 && qualifier == Qualifier::Exact && m.kind == Kind::Number;
    // Postfix bounds: "30 or more", "40-plus", "40+", "20 or so".
    match (cx.lc(j), cx.lc(j + 1)) {
        ("or", "more") | ("or", "above") => {
            m.qualifier = Qualifier::AtLeast;
            j += 2;
        }
        ("or", "fewer" | "less") => {
            m.qualifier = Qualifier::AtMost;
            j += 2;
        }
        ("or", "so") => {
            m.qualifier = Qualifier::Approx;
            j += 2;
        }
        _ => {
            if cx.tok(j).is_some_and(|t| t.is_punct('+') && !t.space_before) {
                m.qualifier = Qualifier::AtLeast;
                j += 1;
            } else if cx.tok(j).is_some_and(|t| t.is_punct('-') && !t.space_before) && cx.lc(j + 1) == "plus"
            {
                m.qualifier = Qualifier::AtLeast;
                j += 2;
            }
        }
    }
    if matches!(m.kind, Kind::Money | Kind::Quantity | Kind::Percent) {
        // "31% a year earlier" compares with a year ago; it is no rate.
        let comparison =
            |k: usize| matches!(cx.lc(k), "earlier" | "ago" | "before" | "later" | "after" | "prior");
        if let Some((p, next)) = period_at(cx, j).filter(|(_, next)| !comparison(*next)) {
            m.per = Some(p);
            j = next;
        }
    }
    if m.kind == Kind::Number && m.counted.is_none() {
        m.counted = counted_after(cx, j, high);
    }
    if lone_word && matches!(cx.lc(first_tok), "one" | "a" | "an") && c1.value == 1.0 && m.counted.is_none() {
        return None;
    }
    m.value = Some(num(low, high));
    m.end = cx.end(j - 1);
    Some((m, j))
}
