//! A claim's label: a few words naming the fact its mentions state ("workers injured", "date
//! of the fire"), built from their frames (counted thing, role or action, event), or, when the
//! frames say nothing, the kind of figure ("an amount in dollars", "a date").

use super::mention::Kind;
use super::wordnet;

/// What one mention of a claim says about the fact, for its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame<'a> {
    pub kind: Kind,
    pub unit: Option<&'a str>,
    /// The counted thing as written ("workers").
    pub counted: Option<&'a str>,
    /// The role (a casualty) or the participle nearest the figure ("injured", "cancelled").
    pub role: Option<&'a str>,
}

/// The label of a claim whose mentions have these frames. `event` is the part of the calendar
/// the dates name and the event noun around them, if any (`is_event`): ("year", "election");
/// `thing` the noun closest to them overall ("revenue", "fine"), which names an amount or share
/// with no counted noun. Built with plain pushes: the page pays for every formatting call in
/// bytes.
pub fn label(frames: &[Frame], event: Option<(&str, Option<&str>)>, thing: Option<&str>) -> String {
    let phrase = most_common(frames, |f| Some(kind_phrase(f))).unwrap_or("a count");
    // An age is counted in "years old" ("Okafor, 44,", "a 45-year-old"): the fact is an age,
    // and the verb near it is the person's ("age", not "years old died").
    let counted =
        most_common(frames, |f| f.counted).map(|c| if c == super::mention::AGE { "age" } else { c });
    // ("23 deaths killed" cannot happen: casualty roles go only to people, `claim_label`.)
    let role = most_common(frames, |f| f.role).filter(|_| counted != Some("age"));
    let mut out = String::new();
    if phrase == "a date" || phrase == "a time" {
        // Without an event, the part of the calendar still says more than "a date": "a year",
        // "a month".
        match event {
            Some((what, Some(event))) => {
                for part in [what, " of the ", event] {
                    out.push_str(part);
                }
            }
            Some((what @ ("year" | "month"), None)) if phrase == "a date" => {
                out.push_str("a ");
                out.push_str(what);
            }
            _ => out.push_str(phrase),
        }
        return out;
    }
    // A role says what happened to what was counted; for amounts, shares and measures the
    // nearest verb is as often another figure's, so those are named without it.
    match (counted, role.filter(|_| phrase == "a count")) {
        (Some(c), Some(r)) => {
            for part in [c, " ", r] {
                out.push_str(part);
            }
        }
        (None, Some(r)) => {
            out.push_str("number ");
            out.push_str(r);
        }
        (Some(c), None) => out.push_str(c),
        (None, None) => out.push_str(thing.unwrap_or(phrase)),
    }
    out
}

/// What kind of figure a mention is, in words.
fn kind_phrase(f: &Frame) -> &'static str {
    match f.kind {
        Kind::Money => match f.unit {
            Some("USD") => "an amount in dollars",
            Some("EUR") => "an amount in euros",
            Some("GBP") => "an amount in pounds",
            Some("INR") => "an amount in rupees",
            // Other currencies are rarer in the news the corpus models; the page's budget
            // keeps the list short.
            _ => "an amount of money",
        },
        Kind::Percent => "a percentage",
        // The dimension is what a reader asks for ("a distance", not "a measurement").
        Kind::Quantity => match f.unit {
            Some("m") => "a distance",
            Some("kg") => "a weight",
            Some("km/h") => "a speed",
            Some("m2") => "an area",
            Some("l") => "a volume",
            Some("degC") => "a temperature",
            _ => "a measurement",
        },
        Kind::Ordinal => "a rank",
        Kind::Duration => "a duration",
        Kind::Date => "a date",
        Kind::Time => "a time",
        Kind::Number => "a count",
    }
}

/// A noun that can name what a figure is about: not a measure ("dollars", "weeks", "miles"),
/// which the figure's kind already says, and not also a verb ("set", "cost", "stand"), which
/// near a figure is as often the verb, unless the noun is something owned or paid ("share",
/// "stake"). Nouns the comparison never counts ("inflation", "price") come from the
/// lexicon's label list.
pub fn is_thing(word: &str) -> bool {
    match wordnet::noun_lemma(word) {
        Some(l) => {
            !wordnet::is_kind_of(l, "measure")
                && (wordnet::verb_lemma(word) != Some(word) || wordnet::is_kind_of(l, "possession"))
        }
        // The label list holds only words more often nouns than verbs, but a verb's past
        // ("rose", "found") or a modal ("will") may spell one of them.
        None => {
            wordnet::verb_inflection(word).is_none()
                && !super::words::has(super::words::List::CountStop, word)
                && wordnet::names_a_thing(word)
        }
    }
}

/// A noun that is no measure, also a verb or not ("strike", "fine", "cut", "floor"): right
/// after a figure ("a 72-hour strike", "a £5m fine", "$965 million in damages") it is the
/// noun, and names the figure. Participles ("being", "coming", "planned") and "now" are not; a
/// verb's "-s" form is also a plural noun ("damages", "cuts").
pub fn is_noun(word: &str) -> bool {
    let participle = wordnet::verb_inflection(word).is_some() && !word.ends_with('s');
    wordnet::noun_lemma(word).is_some_and(|l| !wordnet::is_kind_of(l, "measure"))
        && !participle
        && word != "now"
        && !super::words::has(super::words::List::CountStop, word)
}

/// A kind of event in WordNet ("fire", "crash", "election"), which is what a date in the news
/// is the date of. (The hypernym tables answer this; the noun-class table would cost the page
/// 5 KB gzipped for little more.)
pub fn is_event(word: &str) -> bool {
    wordnet::noun_lemma(word).is_some_and(|l| wordnet::is_kind_of(l, "event"))
}

/// The noun for the way a figure moved, from a verb of change (`data/words.txt`, list
/// `change`): the verb's own lemma where it is a noun too ("fell" a fall, "gained" a gain,
/// "declined" a decline), else growth ("grew") or a rise or a fall ("dropped"); `None` for
/// other verbs.
pub fn movement(verb: &str) -> Option<&'static str> {
    use super::words::{has, List};
    if !has(List::Change, verb) {
        return None;
    }
    match wordnet::verb_lemma(verb) {
        Some("grow") => Some("growth"),
        Some(lemma) if wordnet::noun_lemma(lemma) == Some(lemma) => Some(lemma),
        _ if has(List::FallTo, verb) => Some("fall"),
        _ => Some("rise"),
    }
}

/// The most frequent of what `pick` finds in the items (a claim's frames, or the words after
/// its figures), the first met on a tie. Claims have few mentions, so counting again for each
/// is cheaper in the page's bytes than a map.
pub(crate) fn most_common<X, T: Copy + PartialEq>(items: &[X], pick: fn(&X) -> Option<T>) -> Option<T> {
    let mut best = (None, 0);
    for x in items.iter().filter_map(pick) {
        let n = items.iter().filter(|f| pick(f) == Some(x)).count();
        if n > best.1 {
            best = (Some(x), n);
        }
    }
    best.0
}

/// A name as `body` first writes it within 300 bytes of `at`, with the capitalised words that
/// follow it, so a label names "Cal Fire" and "Middle East", not "Cal" or "Middle". `None`
/// when that is no name to label a figure by: a lower-case word, the figure's source ("Orrin
/// said"), or a name whose capital is not ASCII ("Ærø": Unicode's case tables would cost the
/// page more than such names are worth). Bytes, not characters: a name's other letters are
/// ASCII or parts of UTF-8 sequences, which never look like spaces or punctuation.
pub fn written_name(body: &str, at: usize, name: &str) -> Option<String> {
    let b = body.as_bytes();
    let letter = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
    let from = at.saturating_sub(300);
    let to = b.len().min(at + 300);
    // The first whole-word occurrence of the name in the window around `at`.
    let start = (from..to)
        .find(|&i| b.get(i..i + name.len()) == Some(name.as_bytes()) && !(i > 0 && letter(b[i - 1])))?;
    let word_end = |i: usize| (i..b.len()).find(|&k| !letter(b[k])).unwrap_or(b.len());
    let mut end = word_end(start);
    if !b[start].is_ascii_uppercase() {
        return None;
    }
    // The name goes on while its words do ("Middle East", "Social Democrats"; up to three
    // more), and ends at a possessive, a comma or a full stop.
    for _ in 0..3 {
        match b.get(end..end + 2) {
            Some([b' ', c]) if c.is_ascii_uppercase() => end = word_end(end + 1),
            _ => break,
        }
    }
    // A name that gives the figure ("Orrin said", "Orrin says") is its source, not whose
    // figure it is.
    let source = matches!(b.get(end..end + 5), Some(b" said" | b" says" | b" told"));
    body.get(start..end).filter(|_| !source).map(str::to_string)
}
