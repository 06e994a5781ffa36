//! What surrounds each mention: the content words and names of its sentence (weighted by
//! distance), its counted noun folded onto synonyms, and the roles that separate look-alike
//! facts (killed vs injured, forecast vs actual, started vs ended, this year vs last year).

use std::collections::HashMap;

use super::lexicon;
use super::mention::Mention;
use super::tokenize::{tokenize, TokKind, Token};

/// Interned words shared across all articles of one analysis.
#[derive(Default)]
pub struct Vocab {
    ids: HashMap<String, u32>,
    pub words: Vec<String>,
    /// In how many sentences (over all articles) each word occurs.
    pub df: Vec<u32>,
    /// Total sentences over all articles.
    pub sentences: u32,
}

impl Vocab {
    fn id(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        let id = self.words.len() as u32;
        self.ids.insert(w.to_string(), id);
        self.words.push(w.to_string());
        self.df.push(0);
        id
    }

    /// How much a shared occurrence of the word says: rare words say more.
    pub fn idf(&self, id: u32) -> f64 {
        let df = f64::from(self.df.get(id as usize).copied().unwrap_or(1).max(1));
        (1.0 + f64::from(self.sentences) / df).ln()
    }

    /// The share of sentences that hold the word.
    pub fn share(&self, id: u32) -> f64 {
        f64::from(self.df.get(id as usize).copied().unwrap_or(0)) / f64::from(self.sentences.max(1))
    }
}

/// A role that tells look-alike facts apart. Two mentions with different roles of one
/// family are different facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Casualty {
    Death,
    Injury,
    Missing,
    Arrest,
    Evacuation,
    Rescue,
}

/// The context of one mention.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// (word id, proximity weight in 0..=1, is a name), one entry per distinct word.
    pub words: Vec<(u32, f32, bool)>,
    /// The counted noun, folded onto a synonym group.
    pub noun: Option<u32>,
    /// The counted noun belongs to the "people" wildcard group.
    pub noun_is_people: bool,
    pub casualty: Option<Casualty>,
    /// A forecast, plan or expectation rather than a reported fact.
    pub forecast: bool,
    /// About an earlier period ("last year", "a year earlier", "previous").
    pub earlier_period: bool,
    /// For dates: Some(true) for a start ("began", "from"), Some(false) for an end.
    pub starts: Option<bool>,
}

fn casualty(w: &str) -> Option<Casualty> {
    use Casualty::*;
    Some(match w {
        "killed" | "kill" | "kills" | "killing" | "dead" | "died" | "dies" | "death" | "deaths" | "fatalities"
        | "fatality" | "fatal" | "lives" | "perished" | "bodies" | "toll" => Death,
        "injured" | "injuring" | "injuries" | "injury" | "hurt" | "wounded" | "hospitalised" | "hospitalized"
        | "treated" | "casualties" => Injury,
        "missing" | "unaccounted" => Missing,
        "arrested" | "arrests" | "arrest" | "detained" | "charged" => Arrest,
        "evacuated" | "evacuation" | "evacuations" | "evacuees" | "displaced" | "homeless" => Evacuation,
        "rescued" | "saved" => Rescue,
        _ => return None,
    })
}

fn is_forecast(w: &str) -> bool {
    matches!(
        w,
        "expected"
            | "expects"
            | "expect"
            | "forecast"
            | "forecasts"
            | "forecasted"
            | "projected"
            | "projects"
            | "projection"
            | "projections"
            | "predicted"
            | "predicts"
            | "guidance"
            | "outlook"
            | "target"
            | "targets"
            | "anticipated"
            | "anticipates"
            | "plans"
            | "planned"
            | "aims"
            | "goal"
            | "will"
            | "budgeted"
    )
}

fn boundary(w: &str) -> Option<bool> {
    match w {
        "began" | "begin" | "begins" | "started" | "start" | "starts" | "starting" | "opened" | "launched" | "from"
        | "since" | "commenced" | "beginning" => Some(true),
        "ended" | "end" | "ends" | "ending" | "finished" | "finish" | "completed" | "complete" | "until" | "closed"
        | "concluded" | "till" | "finishes" | "deadline" | "completion" => Some(false),
        _ => None,
    }
}

/// Fold plural and synonym forms of counted nouns onto one word; the flag says the group is
/// the "people" wildcard, which is weak evidence for any group of people.
fn fold_noun(w: &str) -> (String, bool) {
    let base = singular(w);
    let folded = match base.as_str() {
        "soldier" | "troop" | "personnel" | "serviceman" | "servicemember" | "servicemen" => "troop",
        "worker" | "employee" | "staff" | "staffer" | "labourer" | "laborer" | "workforce" | "colleague" => "worker",
        "person" | "people" | "individual" | "resident" | "civilian" | "men" | "women" | "inhabitant" => "person",
        "firefighter" | "fireman" | "firemen" => "firefighter",
        "home" | "house" | "dwelling" | "residence" | "household" => "home",
        "child" | "children" | "kid" | "minor" => "child",
        "death" | "fatality" | "dead" => "death",
        "injury" | "casualty" => "injury",
        other => other,
    };
    (folded.to_string(), folded == "person")
}

/// A crude singular: "accounts" → "account", "injuries" → "injury". Good enough to match
/// the same noun across articles; it is never shown to users.
pub fn singular(w: &str) -> String {
    let w = w.trim_end_matches("'s").trim_end_matches('\'');
    if w.len() > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..w.len() - 3]);
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "with"
            | "by"
            | "as"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "it"
            | "its"
            | "it's"
            | "this"
            | "that"
            | "these"
            | "those"
            | "there"
            | "their"
            | "they"
            | "them"
            | "he"
            | "she"
            | "his"
            | "her"
            | "we"
            | "our"
            | "you"
            | "i"
            | "who"
            | "which"
            | "what"
            | "when"
            | "where"
            | "than"
            | "then"
            | "so"
            | "not"
            | "no"
            | "said"
            | "says"
            | "say"
            | "also"
            | "about"
            | "after"
            | "before"
            | "more"
            | "less"
            | "some"
            | "into"
            | "out"
            | "up"
            | "over"
            | "would"
            | "could"
            | "should"
            | "may"
            | "can"
            | "per"
            | "cent"
            | "percent"
            | "according"
            | "while"
            | "other"
            | "all"
            | "any"
            | "each"
            | "most"
            | "just"
            | "only"
            | "did"
            | "do"
            | "does"
            | "from"
            | "since"
            | "until"
            | "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "least"
            | "nearly"
            | "almost"
            | "around"
            | "roughly"
            | "million"
            | "billion"
            | "thousand"
            | "hundred"
    )
}

/// The normalized form of a word token: lower case, no possessive, singular.
fn word_form(t: &Token, src: &str) -> String {
    let lc = t.lc();
    let lower = if lc.is_empty() { t.text(src).to_lowercase() } else { lc.to_string() };
    singular(&lower)
}

/// Which sentence each token belongs to. A sentence ends at '.', '!' or '?' followed by a
/// capitalized word, a quote or a line break, and at every line break.
fn sentences(src: &str, toks: &[Token]) -> Vec<u32> {
    let mut out = Vec::with_capacity(toks.len());
    let mut s = 0u32;
    for (k, t) in toks.iter().enumerate() {
        if k > 0 && t.newline_before {
            s += 1;
        } else if k > 0 {
            let p = &toks[k - 1];
            let ends = p.kind == TokKind::Punct && matches!(p.ch, '.' | '!' | '?');
            if ends && t.space_before && (t.capitalized(src) || t.is_punct('"') || t.is_punct('\'')) {
                s += 1;
            }
        }
        out.push(s);
    }
    out
}

fn is_sentence_start(toks: &[Token], sent: &[u32], k: usize) -> bool {
    k == 0 || sent[k - 1] != sent[k] || toks[k - 1].is_punct('"') || toks[k - 1].is_punct('\'')
}

/// Compute the context of every mention of one article, interning words into `vocab` and
/// counting each word once per sentence for its rarity.
pub fn contexts(src: &str, mentions: &[Mention], window: usize, vocab: &mut Vocab) -> Vec<Context> {
    let toks = tokenize(src);
    let sent = sentences(src, &toks);
    // Word ids per token (None for non-words and stop words), and sentence frequencies.
    let mut ids: Vec<Option<u32>> = Vec::with_capacity(toks.len());
    let mut seen_in_sentence: Vec<u32> = Vec::new();
    let mut current = u32::MAX;
    for (k, t) in toks.iter().enumerate() {
        if sent[k] != current {
            current = sent[k];
            seen_in_sentence.clear();
            vocab.sentences += 1;
        }
        let id = if t.kind == TokKind::Word {
            let form = word_form(t, src);
            let numeric = lexicon::small(&form).is_some() || lexicon::tens(&form).is_some();
            if form.len() < 2 || is_stopword(&form) || numeric {
                None
            } else {
                Some(vocab.id(&form))
            }
        } else {
            None
        };
        if let Some(id) = id {
            if !seen_in_sentence.contains(&id) {
                seen_in_sentence.push(id);
                if let Some(df) = vocab.df.get_mut(id as usize) {
                    *df += 1;
                }
            }
        }
        ids.push(id);
    }
    mentions.iter().map(|m| one_context(src, &toks, &sent, &ids, m, window, vocab)).collect()
}

fn one_context(
    src: &str,
    toks: &[Token],
    sent: &[u32],
    ids: &[Option<u32>],
    m: &Mention,
    window: usize,
    vocab: &mut Vocab,
) -> Context {
    let mut cx = Context::default();
    // The mention's tokens: the first token starting at or after its start.
    let first = toks.partition_point(|t| t.start < m.start);
    let last = toks.partition_point(|t| t.start < m.end).max(first + 1);
    let Some(&s) = sent.get(first) else { return cx };
    let lo = first.saturating_sub(window);
    let hi = (last + window).min(toks.len());
    let mut best_casualty: Option<(usize, Casualty)> = None;
    let mut best_boundary: Option<(usize, bool)> = None;
    for k in lo..hi {
        if sent[k] != s || (first..last).contains(&k) {
            continue;
        }
        let dist = if k < first { first - k } else { k + 1 - last };
        let t = &toks[k];
        let lc = t.lc();
        if let Some(c) = casualty(lc) {
            // On a tie the word after the figure wins: "12 were injured" beats "killed and 12".
            if dist <= 6 && best_casualty.is_none_or(|(d, _)| dist < d || (dist == d && k > first)) {
                best_casualty = Some((dist, c));
            }
        }
        if dist <= 6 && is_forecast(lc) {
            cx.forecast = true;
        }
        if let Some(b) = boundary(lc) {
            if dist <= 4 && best_boundary.is_none_or(|(d, _)| dist < d || (dist == d && k > first)) {
                best_boundary = Some((dist, b));
            }
        }
        let next = toks.get(k + 1).map_or("", Token::lc);
        let prev = if k > 0 { toks[k - 1].lc() } else { "" };
        if dist <= 8
            && (matches!(lc, "previous" | "prior" | "ago" | "former")
                || (lc == "last" && matches!(next, "year" | "month" | "week" | "quarter" | "season" | "time"))
                || (lc == "earlier" && matches!(prev, "year" | "month" | "week" | "quarter")))
        {
            cx.earlier_period = true;
        }
        if let Some(id) = ids[k] {
            let weight = 1.0 / (1.0 + dist as f32 / 3.0);
            let name = t.capitalized(src) && !is_sentence_start(toks, sent, k);
            match cx.words.iter_mut().find(|(w, _, _)| *w == id) {
                Some(entry) => {
                    entry.1 = entry.1.max(weight);
                    entry.2 |= name;
                }
                None => cx.words.push((id, weight, name)),
            }
        }
    }
    cx.casualty = best_casualty.map(|(_, c)| c);
    cx.starts = best_boundary.map(|(_, b)| b);
    if let Some(noun) = &m.counted {
        let (folded, people) = fold_noun(noun);
        cx.noun = Some(vocab.id(&format!("#{folded}")));
        cx.noun_is_people = people;
        if cx.casualty.is_none() {
            cx.casualty = casualty(noun);
        }
    }
    cx
}
