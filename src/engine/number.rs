//! Numerals in digits and words, scales, bounds, ranges, and the figures built on them:
//! money, percentages, quantities with units, durations, ordinals and counts of things.
//! It reads units with `unit` and words with `lexicon`, and calls no date reader: the date
//! readers call it for the numbers inside dates, and its caller tells it where a date starts
//! (`DateAt`).
//!
//! Choices: a lone "one" (and "a") is a mention only with a unit, scale or counted noun
//! ("one of the" is not a figure) unless a toll's clause is about it ("one died"); ordinal
//! words other than "first", "second" and "last" are mentions ("second" too when it ranks:
//! "the second time"), digit ordinals always; "from X to Y" is two figures (a change), while
//! "X to Y", "X-Y" and "between X and Y" are ranges. The span covers the figure and its
//! unit, not the counted noun, which is recorded in `counted`.
//!
//! Fractions: "3/4" and "2 1/4" only with a common denominator (2, 3, 4, 5, 8, 10, 16, 32,
//! 64, 100; "9/11" and "24/7" are not fractions), "½"; in words "two thirds", "five and a
//! quarter", "one hundred and three quarters" (100.75), and "a fifth" alone only when it
//! closes the clause ("a fifth straight win" is an ordinal). "two point five" is 2.5 ("at
//! one point" is not a figure), "minus five" is -5. "3 dollars 50 cents" is one amount; a
//! range with the same unit on both ends ("44 mg to 50 mg") is one range; a spaced "1 m" is
//! metres only before "x", "by", a number or a dimension word ("long", "tall" …).
//! A ratio ("one in five", "2 out of 3", "one in every 200") is a percentage (`one_in`), and
//! so is a fraction in words from halves to tenths ("a third of", "half of"; `fraction_share`).

use super::lexicon::{
    self, collective, denominator, ordinal_suffix, ordinal_word, scale_abbrev, scale_word, small, tens,
};
use super::mention::{Cx, Kind, Mention, Qualifier, Value};
use super::tokenize::TokKind;
use super::unit::{currency_after, currency_before, period_at, unit_at, Unit};
use super::words::{has, List};

mod cardinal;
mod counted;
use cardinal::*;
pub use cardinal::{cardinal_at, ordinal_at};
use counted::*;

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
        // "a little less than two years", "slightly fewer than 40": close below, not any
        // amount below.
        ("fewer" | "less", "than", _)
            if matches!(cx.lc(i.wrapping_sub(1)), "little" | "bit" | "slightly" | "just") =>
        {
            two(Nearly)
        }
        ("fewer" | "less", "than", _) => two(LessThan),
        // "goes up to $13.20", "moved up to third": a movement to a level, not a limit.
        ("up", "to", _) if !moves(cx.lc(i.wrapping_sub(1))) => two(AtMost),
        ("at", "most", _) => two(AtMost),
        ("no" | "not", "more", "than") => three(AtMost),
        ("a", "maximum", "of") => three(AtMost),
        ("as", "many" | "much", "as") => three(AtMost),
        ("close", "to", _) => two(Nearly),
        ("more", "or", "less") => three(Approx),
        ("an", "estimated", _) => two(Approx),
        // "Gusts topping 100 mph", "sales topped $5bn": past the figure, as "over" says.
        ("over" | "above" | "exceeding" | "surpassing" | "topping" | "topped" | "tops", _, _) => {
            Some((MoreThan, i + 1))
        }
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

/// Verbs of movement that make "up to" a new level rather than a ceiling (data/words.txt).
fn moves(w: &str) -> bool {
    has(List::Moves, w)
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
    // "a 50-basis-point cut", "a 0.25-percentage-point rise", and after a half or a quarter
    // "a quarter-point cut" (`cardinal::words_at`); "a 3-point shot" stays a number.
    if t.is_punct('-') && !t.space_before && cx.tok(j + 1).is_some_and(|n| !n.space_before) {
        let points = |k: usize| ["point", "points"].contains(&cx.lc(k));
        let hyphen = |k: usize| cx.tok(k).is_some_and(|h| h.is_punct('-') && !h.space_before);
        return match cx.lc(j + 1) {
            "basis" if hyphen(j + 2) && points(j + 3) => Some(("pp", 0.01, j + 4)),
            "percentage" if hyphen(j + 2) && points(j + 3) => Some(("pp", 1.0, j + 4)),
            "point" if ["half", "quarter"].contains(&cx.lc(j.wrapping_sub(1))) => Some(("pp", 1.0, j + 2)),
            _ => None,
        };
    }
    match (cx.lc(j), cx.lc(j + 1)) {
        ("percentage", "point" | "points") => Some(("pp", 1.0, j + 2)),
        // "a quarter of a percentage point", "three-quarters of a percentage point".
        ("of", "a") if cx.lc(j + 2) == "percentage" && cx.lc(j + 3) == "point" => Some(("pp", 1.0, j + 4)),
        ("basis", "point" | "points") => Some(("pp", 0.01, j + 2)),
        ("bp" | "bps", _) => Some(("pp", 0.01, j + 1)),
        ("percent" | "percents" | "pct" | "pc", _) => Some(("%", 1.0, j + 1)),
        // "100 percentage": a loose "percent" (never before "point", taken above).
        ("percentage", w) if !["of", "change", "share", "rate"].contains(&w) => Some(("%", 1.0, j + 1)),
        ("per", "cent") => Some(("%", 1.0, j + 2)),
        _ => None,
    }
}

/// The kind of a worded or digit ordinal at `i`, as a mention ("21st", "third").
fn ordinal_mention(cx: &Cx, i: usize) -> Option<(Mention, usize)> {
    let (v, next) = ordinal_at(cx, i)?;
    let is_word = cx.tok(i)?.kind == TokKind::Word;
    if is_word && next == i + 1 && ["first", "second"].contains(&cx.lc(i)) && !ranked_second(cx, i) {
        return None;
    }
    let mut m =
        Mention::new(cx.start(i), cx.end(next - 1), Kind::Ordinal, Some(num(f64::from(v), f64::from(v))));
    m.counted = counted_after(cx, next, 2.0);
    Some((m, next))
}

/// "second" after a determiner and before a word it ranks ("the second time", "a second
/// person", "Spain's second-largest bank"): an ordinal, where "a second" alone or "per second"
/// is time. "first" stays unread: read the same way it gave 2,088 more mentions on dev for 43
/// more agreeing pairs, most of them "the first time".
fn ranked_second(cx: &Cx, i: usize) -> bool {
    let det = i.checked_sub(1).is_some_and(|p| {
        ["the", "a", "its", "his", "her", "their"].contains(&cx.lc(p))
            || super::tokenize::is_possessive(cx.src, cx.toks, p)
    });
    // "the second half" is a period of a game or a year, not a rank.
    let next = cx.tok(i + 1).is_some_and(|t| t.kind == TokKind::Word || t.is_punct('-') && !t.space_before)
        && cx.lc(i + 1) != "half";
    cx.lc(i) == "second" && det && next
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

/// After "dollars" (or another currency word): "50 cents", "and forty-five cents" as a
/// fraction of the main unit, and the next index. Without the word, only a count of cents that
/// ends its sentence ("It costs 15 dollars 50.", "thirteen dollars forty five"): "15 dollars
/// and 50 people" or "20 euros and 12 more" are two figures.
fn cents_after(cx: &Cx, j: usize) -> Option<(f64, usize)> {
    let k = if cx.lc(j) == "and" { j + 1 } else { j };
    let c = card(cx, k, false)?;
    if c.value < 1.0 || c.value >= 100.0 || c.value.fract() != 0.0 || c.scale != 1.0 {
        return None;
    }
    let named = ["cents", "cent", "pence"].contains(&cx.lc(c.next));
    let end = cx.tok(c.next).is_none_or(|t| t.newline_before || t.is_punct('.'));
    (named || end).then_some((c.value / 100.0, c.next + usize::from(named)))
}

/// A range whose ends both carry the same unit ("44 mg to 50 mg", "between 5 km and 7 km",
/// "-18 °C to -34 °C"), starting at the first unit at `j`: low, high, the unit, next index.
/// After "from" it is a change, two figures, as for bare numbers.
fn unit_range(
    cx: &Cx,
    j: usize,
    first: f64,
    between: bool,
    after_from: bool,
) -> Option<(f64, f64, Unit, usize)> {
    let (u1, k) = unit_at(cx, j)?;
    let link = cx.tok(k)?;
    let ok =
        if between { link.is_word("and") } else { link.is_punct('-') || link.is_word("to") && !after_from };
    if !ok {
        return None;
    }
    let (s2, k2) = sign_at(cx, k + 1);
    let c2 = card(cx, k2, false)?;
    let (u2, next) = unit_at(cx, c2.next)?;
    if u2.canonical != u1.canonical || u2.written != u1.written || cx.noise.get(k2).copied().unwrap_or(false)
    {
        return None;
    }
    let second = s2 * c2.value;
    if second > first {
        Some((first, second, u1, next))
    } else if first <= 0.0 && second < first {
        // Two temperatures below zero falling further: the range is still low..high.
        Some((second, first, u1, next))
    } else {
        None
    }
}

/// "1 m" with a space: metres only where nothing else can follow ("1 m x 1 m", "a 2 m
/// wall" is not taken), since a spaced "m" is often "million".
fn spaced_metres(cx: &Cx, i: usize) -> Option<(Unit, usize)> {
    let t = cx.tok(i)?;
    if t.kind != TokKind::Word || !t.space_before || t.text(cx.src) != "m" || t.newline_before {
        return None;
    }
    let ok = match cx.tok(i + 1) {
        None => true,
        Some(n) if n.newline_before => true,
        Some(n) => {
            n.kind == TokKind::Num
                || n.is_punct('×')
                || ["x", "by", "long", "tall", "high", "wide", "deep", "away"].contains(&n.lc())
        }
    };
    if !ok {
        return None;
    }
    let (mut u, next) = unit_at_attached(cx, i)?;
    u.attached_only = false;
    Some((u, next))
}

/// A unit at `i` read as if it touched the number.
fn unit_at_attached(cx: &Cx, i: usize) -> Option<(Unit, usize)> {
    super::unit::unit_at_any(cx, i)
}

/// A negative sign glued to the number ("-5", "−3.2%"), or "minus".
fn sign_at(cx: &Cx, j: usize) -> (f64, usize) {
    let Some(t) = cx.tok(j) else { return (1.0, j) };
    let next_num = cx.tok(j + 1).is_some_and(|n| n.kind == TokKind::Num && !n.space_before);
    let prev_ok = j == 0 || t.space_before || cx.tok(j - 1).is_some_and(|p| p.is_punct('('));
    if t.is_punct('-') && next_num && prev_ok {
        return (-1.0, j + 1);
    }
    // "+0.2%": the sign is part of the figure, so a comparison can tell a rise told with it.
    if t.is_punct('+') && next_num && prev_ok {
        return (1.0, j + 1);
    }
    // "plus or minus 0.13C" is a margin either way, not a negative value: the figure starts
    // after "minus".
    if t.lc() == "minus" && cx.src[..t.start].ends_with("plus or ") {
        return (1.0, j);
    }
    if ["minus", "negative"].contains(&t.lc()) && cx.tok(j + 1).is_some_and(|n| n.kind == TokKind::Num) {
        return (-1.0, j + 1);
    }
    // "minus-260 degrees": the word joined to the digits by a hyphen.
    if t.lc() == "minus"
        && cx.tok(j + 1).is_some_and(|h| h.is_punct('-') && !h.space_before)
        && cx.tok(j + 2).is_some_and(|n| n.kind == TokKind::Num && !n.space_before)
    {
        return (-1.0, j + 2);
    }
    // "minus five", "negative one"; not "negative five-year returns".
    if ["minus", "negative"].contains(&t.lc()) {
        let w = cx.lc(j + 1);
        let hyphen_after = cx.tok(j + 2).is_some_and(|n| n.is_punct('-') && !n.space_before);
        if (small(w).is_some() || tens(w).is_some())
            && !(t.lc() == "negative" && hyphen_after && small(w).is_some())
        {
            return (-1.0, j + 1);
        }
    }
    (1.0, j)
}

/// Verbs whose particle is "over", so "over" after them is no bound: "turn over $400
/// million" (revenue), "hand over 3 documents", "forked over $50". "took over 300 stores",
/// "signed over" and "carried over" are left bounds ("it took over 3 hours", "carried over
/// 300 passengers" are more than).
fn phrasal_over(w: &str) -> bool {
    has(List::PhrasalOver, w)
}

/// An earthquake's magnitude, a plain number: "magnitude-5.8", "a magnitude 5.8 earthquake"
/// (the word before the number at `first`), "5.8-magnitude", "a 7.1 magnitude quake" (after
/// it, at `j`) and "5.8 on the Richter scale".
fn magnitude(cx: &Cx, first: usize, j: usize) -> bool {
    let before = match first.checked_sub(1) {
        Some(k)
            if cx.tok(k).is_some_and(|t| t.is_punct('-') && !t.space_before)
                && cx.tok(first).is_some_and(|t| !t.space_before) =>
        {
            k.checked_sub(1)
        }
        k => k,
    };
    if before.is_some_and(|k| cx.lc(k) == "magnitude") {
        return true;
    }
    let after = if cx.tok(j).is_some_and(|t| t.is_punct('-') && !t.space_before) { j + 1 } else { j };
    // "5 magnitude-7 quakes": the word belongs to the number after it.
    let owns_next = cx.tok(after + 1).is_some_and(|t| t.is_punct('-') && !t.space_before)
        && cx.tok(after + 2).is_some_and(|t| t.kind == TokKind::Num);
    cx.lc(after) == "magnitude" && !owns_next
        || (cx.lc(j), cx.lc(j + 1), cx.lc(j + 2), cx.lc(j + 3)) == ("on", "the", "richter", "scale")
}

/// "for an hour", "within a week", "more than a year": "a" or "an" as the count of one
/// calendar unit, when a bound or a preposition of duration comes before it. "twice a week"
/// (a rate), "a week ago" (a date), "a second time", "a day or two" (vague), "in a year
/// when …" and "for a decade" (loose rhetoric more often than ten years) are not durations.
fn article_duration(cx: &Cx, i: usize, j: usize, q: Qualifier) -> Option<Card> {
    if !["a", "an"].contains(&cx.lc(j)) {
        return None;
    }
    if !["minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century"]
        .contains(&cx.lc(j + 1))
    {
        return None;
    }
    let before = if j == i && i > 0 { cx.lc(i - 1) } else { "" };
    // "an hour and a half" is a duration whatever comes before it, and so is a span between
    // two events ("a day after the fire", "a week later", as "two days after" is), but not the
    // base of a comparison ("up 5% from a year earlier").
    let and_half = and_a_half(cx, j + 2).is_some();
    let after = cx.lc(j + 2);
    let base = (j.saturating_sub(6)..j)
        .any(|k| ["from", "than", "over", "on", "versus", "against"].contains(&cx.lc(k)));
    let between = ["earlier", "later", "before", "after"].contains(&after);
    let offset = between && !base && before != "of";
    if q == Qualifier::Exact
        && !and_half
        && !offset
        && !["for", "within", "in", "after", "lasting", "lasted", "lasts", "took", "takes"].contains(&before)
    {
        return None;
    }
    if between && !offset
        || ["ago", "when", "where", "that", "or"].contains(&after)
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
                    || w.len() == 3 && t.text(src).bytes().all(|b| b.is_ascii_uppercase())
                    || super::unit::is_currency_prefix(t.text(src)))
        }
    }
}

/// Whether a date or a time of day, other than a bare year, starts at a token. The number
/// reader asks this after a bound ("about 9:30 a.m."); its caller answers, so that this reader
/// never calls the date reader.
pub type DateAt = fn(&Cx, usize) -> bool;

/// A figure part-way through [`parse_at`]: what its steps have read so far.
struct Reading {
    /// The token of the first number, after any bound, "between", currency sign or minus.
    first_tok: usize,
    /// The bound before the figure, or `Range` once a range is read. A bound after the figure
    /// ("or more") goes to the mention only, so the steps after it see the one before.
    qualifier: Qualifier,
    /// "between" opened the figure, so a range is joined by "and" and must be found.
    between: bool,
    currency: Option<&'static str>,
    /// -1 after a minus sign, else 1.
    sign: f64,
    /// The first number as read.
    first: Card,
    low: f64,
    high: f64,
    /// The place value of a range's second number (0 when there is none).
    step2: f64,
    /// A percent sign or word: unit, factor, and the index after it.
    percent: Option<(&'static str, f64, usize)>,
    /// The unit both ends of a range carry ("44 mg to 50 mg").
    both_units: Option<Unit>,
    /// The next token to read.
    next: usize,
}

/// Try to read a figure starting at token `i`. The steps follow the text: a bound, "between",
/// a currency sign and a minus before the number; the number; a percent; a range; a currency
/// or unit; a bound after; a rate; and what it counts.
pub fn parse_at(cx: &Cx, i: usize, date_at: DateAt) -> Option<(Mention, usize)> {
    // Cheap rejection: most tokens are ordinary words.
    if !may_start(cx.tok(i)?, cx.src) {
        return None;
    }
    if let Some(found) = ordinal_mention(cx, i) {
        return Some(found);
    }
    let mut r = opening(cx, i, date_at)?;
    if let Some(p) = percent_after(cx, r.next) {
        r.next = p.2;
        r.percent = Some(p);
    }
    range(cx, i, &mut r)?;
    // A share in words ("one in five", "a third of") is a percentage: its value, step and end.
    if let Some((share, step, next)) = one_in(cx, &r).or_else(|| fraction_share(cx, &r)) {
        (r.low, r.high, r.first.step, r.next) = (share, share, step, next);
        r.percent = Some(("%", 1.0, next));
    }
    let mut m = Mention::new(cx.start(i), 0, Kind::Number, None);
    m.qualifier = r.qualifier;
    m.step = r.first.step.max(r.step2);
    let (factor, offset) = measure(cx, &mut r, &mut m);
    // Bare numbers keep their value as written unless "45-year-old" made them an age.
    if m.kind != Kind::Number || m.counted.is_some() {
        r.low = r.low * factor + offset;
        r.high = r.high * factor + offset;
        m.step *= factor;
    }
    if let Some((q, next)) = bound_after(cx, r.next) {
        m.qualifier = q;
        r.next = next;
    }
    if let Some((p, next)) = rate_after(cx, m.kind, r.next) {
        m.per = Some(p);
        r.next = next;
    }
    if m.kind == Kind::Number && m.counted.is_none() {
        m.counted = what_it_counts(cx, &r);
    }
    if is_lone_one(cx, &r, &m) {
        return None;
    }
    m.value = Some(num(r.low, r.high));
    m.end = cx.end(r.next - 1);
    Some((m, r.next))
}

/// A share told as a ratio: "one in five children", "1 in 10", "two out of three voters",
/// "one in every 200 births" is a percentage (20%, 10%, 66.7%, 0.5%), so it meets "20 per
/// cent" in another article instead of being read as counts of one and five. Its step is the
/// width of the shares that round to "one in Y" on the lower side, so "one in five" is
/// compatible with 21% but not with "one in four". Not a ratio: a year ("two in 2024"), a
/// measure ("12 in 24 hours", "3 in 10 km"), or a second number no larger than the first.
fn one_in(cx: &Cx, r: &Reading) -> Option<(f64, f64, usize)> {
    let x = r.high;
    let plain = r.percent.is_none() && r.currency.is_none() && r.qualifier != Qualifier::Range;
    if !plain || x != r.low || x < 1.0 || x.fract() != 0.0 {
        return None;
    }
    let mut k = match (cx.lc(r.next), cx.lc(r.next + 1)) {
        ("in", _) => r.next + 1,
        ("out", "of") => r.next + 2,
        _ => return None,
    };
    if cx.lc(k) == "every" {
        k += 1;
    }
    let year = cx.tok(k).is_some_and(|t| t.is_plain_int() && (1800.0..=2100.0).contains(&t.value));
    let (y, next) = cardinal_at(cx, k)?;
    let measure = super::unit::unit_at(cx, next).is_some();
    if year || measure || y <= x || y.fract() != 0.0 {
        return None;
    }
    Some((100.0 * x / y, 100.0 * x / (y * (y + 0.5)), next))
}

/// A fraction in words ("a third of the staff", "two-thirds", "more than half of") as a share,
/// in `one_in`'s terms: a rounded one, within a tenth of its value either way, so "a third"
/// meets 31% and 36%, "a quarter" not "one in five". Only halves to tenths ("a hundredth" and
/// "nought point eleven" stay numbers), and not a part of one unit ("three quarters of a
/// mile", "a quarter of an hour", "one-half miles").
fn fraction_share(cx: &Cx, r: &Reading) -> Option<(f64, f64, usize)> {
    let v = r.high;
    let share = r.first.words
        && r.low == v
        && v > 0.0
        && v < 1.0
        && r.percent.is_none()
        && (2..=10).any(|d| (v * f64::from(d)).fract().abs() < 1e-9)
        && !(cx.lc(r.next) == "of" && ["a", "an"].contains(&cx.lc(r.next + 1)))
        && super::unit::unit_at(cx, r.next).is_none();
    share.then_some((100.0 * v, 20.0 * v, r.next))
}

/// The figure's opening, up to and including its first number: a bound ("more than"),
/// "between", a currency sign ("$", "USD"), a minus, then the number itself. `None` when no
/// figure starts at `i`.
fn opening(cx: &Cx, i: usize, date_at: DateAt) -> Option<Reading> {
    let (qualifier, mut j) = bound_before(cx, i)?;
    // "about 2019-aug-1", "about 2019 q1", "about 9:30 a.m.", "around eleven at night": the
    // bound stands before a date or time, which the date reader reads from the next token; a
    // bare year ("about 2019") stays a figure.
    if j > i && cx.tok(j).is_some_and(|t| matches!(t.kind, TokKind::Num | TokKind::Word)) && date_at(cx, j) {
        return None;
    }
    let between = cx.lc(j) == "between";
    if between {
        j += 1;
    }
    let (currency, j) = currency_sign(cx, j);
    let (sign, j) = sign_at(cx, j);
    let first = first_number(cx, i, j, currency.is_some(), sign, qualifier)?;
    let low = sign * first.value;
    Some(Reading {
        first_tok: j,
        qualifier,
        between,
        currency,
        sign,
        first,
        low,
        high: low,
        step2: 0.0,
        percent: None,
        both_units: None,
        next: first.next,
    })
}

/// The bound before a figure at `i`, or `Exact` when there is none, and the index after it.
/// `None` when the bound is the particle of a verb: "turn over $400 million", "handed over 3
/// documents" (see `phrasal_over`).
fn bound_before(cx: &Cx, i: usize) -> Option<(Qualifier, usize)> {
    let (qualifier, j) = qualifier_before(cx, i).unwrap_or((Qualifier::Exact, i));
    if j > i && cx.lc(i) == "over" && i > 0 && phrasal_over(cx.lc(i - 1)) {
        return None;
    }
    Some((qualifier, j))
}

/// A currency sign or code before a number ("$5", "USD 5m", "US$ five"): the code, if any,
/// and the index after it.
fn currency_sign(cx: &Cx, j: usize) -> (Option<&'static str>, usize) {
    if let Some((code, next)) = currency_before(cx, j) {
        if cx.tok(next).is_some_and(|t| t.kind == TokKind::Num || t.kind == TokKind::Word) {
            return (Some(code), next);
        }
    }
    (None, j)
}

/// The first number at `j`, in digits or words, or "a" as the count of one in "for a week"
/// (`article_duration`), unless it is a decade ("1990s") or noise.
fn first_number(cx: &Cx, i: usize, j: usize, money: bool, sign: f64, qualifier: Qualifier) -> Option<Card> {
    let c = match card(cx, j, money) {
        Some(c) => c,
        None if !money && sign == 1.0 => article_duration(cx, i, j, qualifier)?,
        None => return None,
    };
    // "1990s", "80s": a decade or an age group, not a figure (and not seconds).
    if let Some(t) = cx.tok(c.next).filter(|t| !t.space_before && t.lc() == "s") {
        if cx.tok(j).is_some_and(|n| n.is_plain_int() && n.value >= 10.0 && (n.value / 10.0).fract() == 0.0)
            && t.end > t.start
        {
            return None;
        }
    }
    if cx.noise.get(j).copied().unwrap_or(false) {
        return None;
    }
    Some(c)
}

/// A range after the first number: "18-25%", "two to three weeks", "between 5 and 6",
/// "$2.1bn-$2.4bn", or one whose ends both carry a unit ("44 mg to 50 mg"). After "from" a
/// second figure is a change, not a range. `None` when "between" finds no second number: then
/// no figure starts here.
fn range(cx: &Cx, i: usize, r: &mut Reading) -> Option<()> {
    let after_from = i > 0 && cx.lc(i - 1) == "from";
    let link = cx.tok(r.next).map(|t| (t.is_punct('-'), t.lc()));
    let is_link = match link {
        Some((true, _)) => true,
        Some((false, "to")) => !after_from,
        Some((false, "and")) => r.between,
        Some((false, "or")) => r.first.words,
        _ => false,
    };
    if is_link {
        range_end(cx, r);
    } else if let Some((lo, hi, u, next)) = (r.percent.is_none() && r.currency.is_none())
        .then(|| unit_range(cx, r.next, r.low, r.between, after_from))
        .flatten()
    {
        // "44 mg to 50 mg", "between 5 km and 7 km", "-18 °C to -34 °C": one range.
        r.low = lo;
        r.high = hi;
        r.qualifier = Qualifier::Range;
        r.both_units = Some(u);
        r.next = next;
    } else if r.between {
        return None;
    }
    Some(())
}

/// The second number of a range, after the link at `r.next`, with its own currency sign and
/// percent. Nothing is read when the two numbers make a change rather than a range ("rose 9%
/// to $7.3 billion") or the second is not the larger.
fn range_end(cx: &Cx, r: &mut Reading) {
    let mut k = r.next + 1;
    let mut second_currency = None;
    if let Some((code, next)) = currency_before(cx, k) {
        if r.currency.is_none() || r.currency == Some(code) {
            second_currency = Some(code);
            k = next;
        }
    }
    let money = r.currency.or(second_currency);
    // "rose 9% to $7.3 billion" is a change between two different figures, not a range;
    // so is "9% to 7.3 billion" with a scale on one side only.
    let mixed = r.percent.is_some() && second_currency.is_some();
    // "down 0.6% to 309,381 yen" and "by 25% to 34,500 metric tons" are changes too.
    let second = card(cx, k, money.is_some()).filter(|c2| {
        let bare_second = r.percent.is_some() && percent_after(cx, c2.next).is_none();
        !mixed
            && !(bare_second
                && (c2.scale > 1.0
                    || currency_after(cx, c2.next, false).is_some()
                    || unit_at(cx, c2.next).is_some()))
    });
    let Some(c2) = second else { return };
    // "by 0.25 percentage points to 5.25%": a change in points, then the level it reached.
    let second_percent = percent_after(cx, c2.next);
    if matches!((r.percent, second_percent), (Some((u1, ..)), Some((u2, ..))) if u1 != u2) {
        return;
    }
    let mut first = r.low;
    if c2.scale > 1.0 && r.first.scale == 1.0 && first * c2.scale <= c2.value {
        first *= c2.scale;
    }
    if c2.value > first && !cx.noise.get(k).copied().unwrap_or(false) {
        r.low = first;
        r.high = c2.value;
        r.step2 = c2.step;
        r.currency = money;
        r.qualifier = Qualifier::Range;
        r.next = c2.next;
        if let Some((u, f, next)) = second_percent {
            r.percent = Some((u, f, next));
            r.next = next;
        }
    }
}

/// What the figure measures: a percent, a currency (before or after the number) or a unit.
/// Sets the mention's kind and unit, and returns the factor and offset that take the value
/// into the canonical unit.
fn measure(cx: &Cx, r: &mut Reading, m: &mut Mention) -> (f64, f64) {
    let mut factor = 1.0;
    if let Some((unit, f, _)) = r.percent {
        m.kind = Kind::Percent;
        m.unit = Some(unit);
        factor = f;
    } else if r.both_units.is_none() {
        factor = currency_word(cx, r);
    }
    if let Some(code) = r.currency {
        m.kind = Kind::Money;
        m.unit = Some(code);
    } else if m.kind == Kind::Number {
        if let Some(found) = unit_suffix(cx, r, m) {
            return found;
        }
    }
    (factor, 0.0)
}

/// A currency named after the number ("500 euros", "12-cent", "3 dollars 50 cents"), when it
/// agrees with any sign before it: it becomes the figure's currency, and its factor is
/// returned (1 when there is none).
fn currency_word(cx: &Cx, r: &mut Reading) -> f64 {
    let j = r.next;
    // "12-cent", "one-yen": a hyphen between the number and a currency word.
    let hyphen = cx.tok(j).is_some_and(|t| t.is_punct('-') && !t.space_before)
        && cx.tok(j + 1).is_some_and(|t| !t.space_before && t.kind == TokKind::Word);
    let after = currency_after(cx, j, r.first.scale > 1.0).or_else(|| {
        if hyphen {
            currency_after(cx, j + 1, false)
        } else {
            None
        }
    });
    let Some((code, f, next)) = after else { return 1.0 };
    if r.currency.is_some() && r.currency != Some(code) {
        return 1.0;
    }
    let worded_after = r.currency.is_none();
    r.currency = Some(code);
    r.next = next;
    // "75 USD million": a scale after the currency scales the amount.
    if f == 1.0 && r.first.scale <= 1.0 {
        if let Some(s) = scale_word(cx.lc(next)).filter(|s| *s >= 1e6) {
            r.next = next + 1;
            return s;
        }
    }
    // "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount.
    if worded_after && f == 1.0 && r.qualifier != Qualifier::Range {
        if let Some((cents, next)) = cents_after(cx, r.next) {
            r.low += r.sign * cents;
            r.high = r.low;
            r.next = next;
        }
    }
    f
}

/// The inches after a length in feet ("2in", "2 inches", "and 2 in."): the count under 12
/// and the index after its unit. A spaced "in" counts only before a word that closes a
/// height or length ("5 ft 2 in tall"), or none, so "10 ft, 2 in places" stays two figures.
/// Heights also leave the inches unnamed: "a 6-foot-4 forward", "she is 5 foot 9."
fn inches_after(cx: &Cx, j: usize) -> Option<(f64, usize)> {
    let glued = |k: usize| super::date::glued(cx, k);
    let hyphened = super::date::punct(cx, j, '-') && glued(j) && glued(j + 1);
    let j = if cx.lc(j) == "and" || hyphened { j + 1 } else { j };
    let t = cx.tok(j).filter(|t| t.kind == TokKind::Num && t.value < 12.0)?;
    let unit = cx.tok(j + 1);
    let closes = |k: usize| {
        cx.tok(k).is_none_or(|n| {
            n.kind != TokKind::Word || ["tall", "long", "high", "wide", "deep"].contains(&n.lc())
        })
    };
    let ok = match cx.lc(j + 1) {
        "inch" | "inches" => true,
        "in" => glued(j + 1) || closes(j + 2),
        _ if unit.is_some_and(|u| u.is_punct('"') && !u.space_before) => true,
        // "-inch" after a hyphened height ("a 6-foot-4-inch center").
        _ if hyphened && unit.is_some_and(|u| u.is_punct('-')) && glued(j + 1) && glued(j + 2) => {
            return matches!(cx.lc(j + 2), "inch" | "in").then_some((t.value, j + 3));
        }
        // No unit: only whole inches after a hyphen, or before the end of the phrase.
        _ => {
            let bare = hyphened || closes(j + 1) && !unit.is_some_and(|u| u.is_punct('-'));
            return (t.value.fract() == 0.0 && bare).then_some((t.value, j + 1));
        }
    };
    ok.then_some((t.value, j + 2))
}

/// A unit alone in brackets right after the number, as tables and forms write it ("20 (kg)",
/// "20 [kg]", "20 <kg>"): the unit and the index after the closing bracket. Not a symbol that
/// must touch its number ("5 (m)" may be a list's fifth item and its note).
fn bracketed_unit(cx: &Cx, j: usize) -> Option<(Unit, usize)> {
    let close = match cx.tok(j)?.ch {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '<' => '>',
        _ => return None,
    };
    let (unit, next) = super::unit::unit_at_any(cx, j + 1)?;
    let closed = cx.tok(next).is_some_and(|t| t.is_punct(close) && !t.space_before);
    (closed && !unit.attached_only && !cx.tok(j + 1)?.space_before).then_some((unit, next + 1))
}

/// A unit after the number ("10-mile", "44 mg", "1 m x 2 m"), or the one both ends of a range
/// carry. Sets the mention's kind and unit and returns the factor and offset into the
/// canonical unit; "a 45-year-old" becomes an age, "two years and a half" takes its half, and
/// feet take the inches after them.
fn unit_suffix(cx: &Cx, r: &mut Reading, m: &mut Mention) -> Option<(f64, f64)> {
    let j = r.next;
    // "68-ounce", "10-mile": a hyphen between the number and its unit.
    let hyphen = r.both_units.is_none() && cx.tok(j).is_some_and(|t| t.is_punct('-') && !t.space_before);
    let unit_start = if hyphen { j + 1 } else { j };
    let (unit, next) = match r.both_units {
        Some(u) => Some((u, j)),
        None => unit_at(cx, unit_start).filter(|(u, _)| !(hyphen && u.attached_only)).or_else(|| {
            if hyphen {
                None
            } else {
                spaced_metres(cx, unit_start).or_else(|| bracketed_unit(cx, unit_start))
            }
        }),
    }?;
    let Unit { canonical, factor, offset, kind, written, per, .. } = unit;
    m.written_unit = Some(written);
    m.per = per;
    m.kind = kind;
    m.unit = Some(canonical);
    r.next = next;
    // "a 45-year-old" and "45 years old": an age, not a duration.
    let hyphen_old = hyphen && cx.tok(r.next).is_some_and(|t| t.is_punct('-')) && cx.lc(r.next + 1) == "old";
    let spaced_old = !hyphen && cx.lc(r.next) == "old" && cx.lc(unit_start).starts_with("year");
    if kind == Kind::Duration && (hyphen_old || spaced_old) {
        m.kind = Kind::Number;
        m.unit = None;
        m.written_unit = None;
        m.counted = Some(super::mention::AGE.to_string());
        r.next += if hyphen_old { 2 } else { 1 };
        return Some((1.0, offset));
    }
    // A figure told in two units is one, to the smaller unit: a height in feet and inches ("6ft
    // 2in", "5 feet and 2 inches"), a duration in two or three units ("8 minutes and 46
    // seconds", "2 hours 15 minutes"). The part is in the first unit, with its place value.
    let smaller = if r.qualifier == Qualifier::Range {
        None
    } else if written == "ft" {
        inches_after(cx, r.next).map(|(inches, next)| (inches / 12.0, 1.0 / 12.0, next))
    } else if m.kind == Kind::Duration {
        // A third unit goes on the same way: "2 hours 6 minutes 26 seconds" is one time.
        smaller_part(cx, r.next, factor).map(|(part, step, next)| {
            match smaller_part(cx, next, factor * step) {
                Some((p2, s2, n2)) => (part + p2 * step, step * s2, n2),
                None => (part, step, next),
            }
        })
    } else {
        None
    };
    if let Some((part, step, next)) = smaller {
        r.low += part * r.sign;
        r.high = r.low;
        r.next = next;
        m.step = step;
    }
    // "one hour and a half", "two years and a half".
    if m.kind == Kind::Duration && r.qualifier != Qualifier::Range {
        if let Some(next) = and_a_half(cx, r.next) {
            r.low += 0.5 * r.sign;
            r.high = r.low;
            r.next = next;
        }
    }
    Some((factor, offset))
}

/// The smaller part of a duration after its first unit (worth `factor`) at `j`: "and 46
/// seconds", "15 minutes". Its value and place value in the first unit, and the index after.
fn smaller_part(cx: &Cx, j: usize, factor: f64) -> Option<(f64, f64, usize)> {
    let j = if cx.lc(j) == "and" { j + 1 } else { j };
    let t = cx.tok(j).filter(|t| t.is_plain_int())?;
    let (unit, next) = unit_at(cx, j + 1)?;
    let share = unit.factor / factor;
    // "… and 2 days ago" is a date of its own.
    let fits = unit.kind == Kind::Duration && share < 1.0 && t.value * share < 1.0 && cx.lc(next) != "ago";
    fits.then_some((t.value * share, share, next))
}

/// "and a half" or "and half" at `j`: the index after it.
fn and_a_half(cx: &Cx, j: usize) -> Option<usize> {
    if cx.lc(j) != "and" {
        return None;
    }
    match (cx.lc(j + 1), cx.lc(j + 2)) {
        ("a", "half") => Some(j + 3),
        ("half", _) => Some(j + 2),
        _ => None,
    }
}

/// A bound after a figure at `j`: "30 or more", "40-plus", "40+", "20 or so". The qualifier
/// and the index after it.
fn bound_after(cx: &Cx, j: usize) -> Option<(Qualifier, usize)> {
    match (cx.lc(j), cx.lc(j + 1)) {
        ("or", "more") | ("or", "above") => Some((Qualifier::AtLeast, j + 2)),
        ("or", "fewer" | "less") => Some((Qualifier::AtMost, j + 2)),
        ("or", "so") => Some((Qualifier::Approx, j + 2)),
        _ => {
            if cx.tok(j).is_some_and(|t| t.is_punct('+') && !t.space_before) {
                Some((Qualifier::AtLeast, j + 1))
            } else if cx.tok(j).is_some_and(|t| t.is_punct('-') && !t.space_before) && cx.lc(j + 1) == "plus"
            {
                Some((Qualifier::AtLeast, j + 2))
            } else {
                None
            }
        }
    }
}

/// The period of a rate after an amount, percent or quantity ("$920 million a month"): the
/// period and the index after it.
fn rate_after(cx: &Cx, kind: Kind, j: usize) -> Option<(&'static str, usize)> {
    if !matches!(kind, Kind::Money | Kind::Quantity | Kind::Percent) {
        return None;
    }
    // "31% a year earlier" compares with a year ago; it is no rate.
    let comparison = |k: usize| ["earlier", "ago", "before", "later", "after", "prior"].contains(&cx.lc(k));
    period_at(cx, j).filter(|(_, next)| !comparison(*next))
}

/// A lone "one", "a" or "an" that counts nothing: a pronoun or article far more often than a
/// figure, so it is no mention.
fn is_lone_one(cx: &Cx, r: &Reading, m: &Mention) -> bool {
    let lone_word =
        r.first.words && r.first.scale == 1.0 && r.qualifier == Qualifier::Exact && m.kind == Kind::Number;
    lone_word
        && r.sign == 1.0
        && ["one", "a", "an"].contains(&cx.lc(r.first_tok))
        && r.first.value == 1.0
        && m.counted.is_none()
        && !one_told_of(cx, r.next)
}

/// A lone "one" that a toll's clause is about ("one died", "one was rescued", "one had gone to
/// hospital", "one each in Datia and Tikamgarh", "two in Shivpuri and one in Datia"): the
/// count of one, where "one day" is no figure, and so is a "one" that stands for a noun ("no
/// one was hurt", "the last one was", "this one is"): only a clause's start or a conjunction
/// may come before it. "One of them" and "one of the eight miners" count one of a counted
/// group wherever they stand; "one of the largest" does not.
fn one_told_of(cx: &Cx, j: usize) -> bool {
    let before = j.checked_sub(2).and_then(|p| cx.tok(p));
    let opens = before.is_none_or(|t| t.kind == TokKind::Punct)
        || ["and", "but", "while", "only", "whereas", "with"].contains(&cx.lc(j - 2));
    // A place after "in" or "from" ("and one in Bavaria"), or a hospital ("one in hospital").
    let place = ["in", "from"].contains(&cx.lc(j))
        && (cx.tok(j + 1).is_some_and(|t| t.capitalized(cx.src)) || cx.lc(j + 1) == "hospital");
    let of_group = cx.lc(j) == "of"
        && (["them", "whom"].contains(&cx.lc(j + 1))
            || cx.lc(j + 1) == "the" && cardinal_at(cx, j + 2).is_some_and(|(v, _)| v >= 2.0));
    opens && (place || ["was", "is", "had", "has", "remains", "remained", "died", "each"].contains(&cx.lc(j)))
        || of_group
}
