//! What a mention is: one figure or date found in an article, with a value a machine can
//! compare (`Mention` and its parts), and `Cx`, the view of a line that every reader gets.
//! The readers (`number`, `unit`, `date`) build these types; `scan` drives them.

use chrono::NaiveDate;
use serde::Serialize;

use super::tokenize::Token;

/// What sort of figure a mention is. Serialized in snake case, as in the CLI contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Number,
    Money,
    Percent,
    Quantity,
    Ordinal,
    Date,
    Time,
    Duration,
}

/// How the text bounds the stated value. The value itself is always what the text says:
/// "more than 800" has low = high = 800 and qualifier `MoreThan`, never a guess at the truth.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// No qualifier: the value as stated.
    #[default]
    Exact,
    /// "about", "roughly", "some", "around", "~", "an estimated".
    Approx,
    /// "more than", "over", "above", "upwards of".
    MoreThan,
    /// "at least", "no fewer than", "or more".
    AtLeast,
    /// "fewer than", "less than", "under", "below".
    LessThan,
    /// "up to", "at most", "no more than".
    AtMost,
    /// "nearly", "almost", "close to", "just under": slightly below the value.
    Nearly,
    /// A range: "18–25%", "between 5 and 6", "two to three weeks".
    Range,
}

/// A mention's comparable value.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// Numbers in the canonical unit; `low == high` unless the text gives a range.
    Num { low: f64, high: f64 },
    /// A date interval, first and last day inclusive.
    Date { start: NaiveDate, end: NaiveDate },
}

/// How precise a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Day,
    Week,
    Month,
    /// "early/mid/late" parts of a month ("mid-May").
    PartOfMonth,
    Quarter,
    Half,
    Season,
    /// "early/late" parts of a year ("early 2025").
    PartOfYear,
    Year,
    Decade,
}

/// Extra facts about a date mention.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateInfo {
    pub granularity: Granularity,
    /// The text names the year ("June 6, 2026"); false when it was inferred from context.
    pub year_stated: bool,
    /// The text can be read more than one way ("6/7/2026": June 7 or July 6).
    pub ambiguous: bool,
    /// Relative to the publication date ("yesterday", "last month", "on Tuesday").
    pub relative: bool,
}

/// The counted noun of a person's age ("Okafor, 44,", "a 45-year-old"): `Mention::counted`
/// of an age, and what `Mention::is_age` asks for.
pub const AGE: &str = "years old";

/// One figure or date in a text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mention {
    /// UTF-8 byte offset of the first byte.
    pub start: usize,
    /// UTF-8 byte offset one past the last byte.
    pub end: usize,
    pub kind: Kind,
    /// `None` when the text is clearly a date or figure but cannot be resolved (a weekday
    /// without a publication date, say).
    pub value: Option<Value>,
    /// ISO currency code, "%", "pp" (percentage points) or the canonical unit.
    pub unit: Option<&'static str>,
    pub qualifier: Qualifier,
    /// The counted noun, lower case ("accounts" in "24,000 fraudulent accounts").
    pub counted: Option<String>,
    /// For rates: the period ("month" in "$920 million a month").
    pub per: Option<&'static str>,
    /// For dates only.
    pub date: Option<DateInfo>,
    /// The place value of the last digit stated, in the canonical unit: 0.01e9 for
    /// "$7.31 billion", 100 for "1,200", 1 for "12"; 0 when not a number. Comparison uses it
    /// to tell a rounding from a contradiction.
    #[serde(skip)]
    pub step: f64,
    /// The unit as written, when several spellings share a canonical unit ("tonnes" vs "kg"),
    /// so equal amounts in different units count as compatible rather than identical.
    #[serde(skip)]
    pub written_unit: Option<&'static str>,
    /// For a date that names no year in an article without a publication date, whose own
    /// years do not settle it either ("in May", "first-quarter"): its first and last day in
    /// `years::TEMPLATE_YEAR`, so its place in the calendar can still be compared ("May" is
    /// never "April 2026"). Set by the analysis (`years::place`), never by `extract`; `value`
    /// stays `None`.
    #[serde(skip)]
    pub yearless: Option<(NaiveDate, NaiveDate)>,
    /// An amount the writer converted from another currency, in parentheses after it ("7,530
    /// won (US$6.67)"): its value is the writer's arithmetic at some day's rate, not a
    /// reported figure (`compare` allows for the rate). Also a quantity restated in another
    /// unit ("about 140 km (87 miles)"), whose digits are the conversion's, not a rounding.
    #[serde(skip)]
    pub converted: bool,
}

impl Mention {
    /// A mention with no unit, qualifier, counted noun or date facts.
    pub fn new(start: usize, end: usize, kind: Kind, value: Option<Value>) -> Mention {
        Mention {
            start,
            end,
            kind,
            value,
            unit: None,
            qualifier: Qualifier::Exact,
            counted: None,
            per: None,
            date: None,
            step: 0.0,
            written_unit: None,
            yearless: None,
            converted: false,
        }
    }

    /// The mention's text.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.start..self.end).unwrap_or("")
    }

    /// Whether the mention stands in parentheses right after text that ends at `after` in
    /// `src` ("€412m (£346m)", "shortly before 6 p.m. (1600 GMT)"): only spaces and "(" between,
    /// ")" right after it. How a writer restates a figure in another unit or zone.
    pub fn in_parentheses_after(&self, src: &str, after: usize) -> bool {
        let between = src.get(after..self.start).unwrap_or("").trim();
        between == "(" && src.get(self.end..).is_some_and(|rest| rest.starts_with(')'))
    }

    /// Whether the figure is a person's age (counted in `AGE`).
    pub fn is_age(&self) -> bool {
        self.counted.as_deref() == Some(AGE)
    }

    /// A numeric value (low, high), if it has one.
    pub fn num(&self) -> Option<(f64, f64)> {
        match self.value {
            Some(Value::Num { low, high }) => Some((low, high)),
            _ => None,
        }
    }
}

/// What every parser sees: the text, its tokens, which tokens are noise, and the
/// publication date that relative dates resolve against.
pub struct Cx<'a> {
    pub src: &'a str,
    pub toks: &'a [Token],
    pub noise: &'a [bool],
    pub published: Option<NaiveDate>,
}

impl Cx<'_> {
    /// The token at `i`, if any.
    pub fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    /// The lower-cased word at `i`, or "" (never a keyword) for anything else.
    pub fn lc(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", Token::lc)
    }

    /// The text of token `i`.
    pub fn text(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.src))
    }

    /// Byte offset where token `i` starts (or the text's end).
    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.src.len(), |t| t.start)
    }

    /// Byte offset where token `i` ends (or the text's end).
    pub fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.src.len(), |t| t.end)
    }
}
