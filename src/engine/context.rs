//! What surrounds each mention: the content words and names of its sentence (weighted by
//! distance), its counted noun folded onto synonyms, and the roles that separate look-alike
//! facts (killed vs injured, forecast vs actual, started vs ended, this year vs last year).

use rustc_hash::FxHashMap as HashMap;

use super::lexicon::{self, lookup};
use chrono::NaiveDate;

use super::mention::{Granularity, Kind, Mention, Value};
use super::tokenize::{lower, tokenize, TokKind, Token};
use super::words::{has, kind_of, words, List};

mod roles;
use roles::*;

mod vocab;
use vocab::{without_possessive, NO_FORM};
pub use vocab::{Vocab, WordMemo};

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
    /// Fell ill: an outbreak's count of the sick, of whom some are in hospital.
    Illness,
    /// In hospital: admitted, hospitalised.
    Hospital,
    /// Sent home from hospital.
    Discharge,
    /// Buildings destroyed, as against those only damaged.
    Destroyed,
    Damaged,
}

/// Which way an update says a count moved ("rose to", "fell to"), or `Now` when it only says
/// the figure is the latest ("now stands at", "revised").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Rise,
    Fall,
    Now,
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
    /// The counted noun names a group of people (so "people" may stand for it).
    pub noun_is_human: bool,
    /// The counted noun names a trade ("dockers", "nurses"), for which the generic "workers"
    /// may stand.
    pub noun_is_trade: bool,
    /// The counted noun is the generic "workers" (employees, staff).
    pub noun_is_worker: bool,
    pub casualty: Option<Casualty>,
    /// A severity singles out part of the casualties ("three of them seriously", "two in
    /// critical condition").
    pub severe: bool,
    /// The figure is the base of a proportion ("one in five patients", "three out of ten"),
    /// never a count of its own.
    pub proportion: bool,
    /// A forecast, plan or expectation rather than a reported fact.
    pub forecast: bool,
    /// Analysts' figure rather than the subject's own ("analysts had expected $7.45
    /// billion", "the consensus estimate"): with `forecast`, whose forecast it is.
    pub consensus: bool,
    /// About an earlier period ("last year", "a year earlier", "previous", "up from").
    pub earlier_period: bool,
    /// A change rather than a level ("up 9%", "fell 12").
    pub change: bool,
    /// The figure is the new level of a count that moved ("rose to 25", "has fallen to 9",
    /// "now stands at 340"): a later report's update, which way it says the count went.
    pub trend: Option<Trend>,
    /// For dates: the moment a count was given as ("rose to 25 on Tuesday", "as of
    /// Wednesday"), not the day of an event.
    pub as_of: bool,
    /// For figures: the day its sentence gives as the moment it was counted ("as of
    /// Wednesday, 19 had died"; "rose to 25 on Tuesday"): a later one updates an earlier count.
    pub as_of_day: Option<(NaiveDate, NaiveDate)>,
    /// For figures: whether its sentence says "so far", "to date" or "thus far", a count
    /// still open as of the day the article was published.
    pub so_far: bool,
    /// What was added to a count ("seven more bodies", "another 40 homes"): each report adds
    /// its own batch, so two such figures that differ are no contradiction.
    pub added: bool,
    /// What something can hold rather than what it holds ("room for 200 people").
    pub capacity: bool,
    /// A length measured down ("at a depth of 16.5 km (10 miles)"): a quake's or a mine's
    /// depth, never the distance to a place the other article gives in the same unit.
    pub depth: bool,
    /// For dates: Some(true) for a start ("began", "from"), Some(false) for an end.
    pub starts: Option<bool>,
    /// For figures: the days of the date the sentence ties them to ("in the first quarter").
    pub anchor: Option<(NaiveDate, NaiveDate)>,
    /// The sentence is background: it names a date well before the article's publication
    /// ("a crash on the same line in 2016 killed 90"), so its figures are about another event.
    pub background: bool,
    /// Names (capitalized words not opening a sentence) within a few words, sorted by id: who
    /// or what the figure belongs to.
    pub names: Vec<u32>,
    /// The mention is in the article's first two sentences.
    pub lead: bool,
    /// The day and the clock time its sentence names, other than the mention itself ("closed
    /// at $59.02 on Tuesday", "at 8:05 a.m."): two figures of different moments differ.
    pub day: Option<(NaiveDate, NaiveDate)>,
    pub clock: Option<(f64, f64)>,
    /// The other specific values its sentence states ("71.5%" beside "54.2%"), as sorted keys:
    /// two figures whose sentences share such a value are likely told of one thing.
    pub neighbours: Vec<u32>,
    /// The action nearest the figure in its clause, as a verb lemma id ("killed" and "kills"
    /// are one), if any.
    pub action: Option<u32>,
    /// That action word as written, lower case ("injured"), for labels.
    pub action_word: Option<u32>,
    /// The two words right after the figure in its sentence ("national", "strike" in "a
    /// 72-hour national strike"), for labels; for a share, those after "of" (`share_of`).
    pub after: [Option<u32>; 2],
    /// The figure is a share of the whole `after` names ("34% of the vote").
    pub share_of: bool,
}

/// Whether a word names a casualty ("killed", "kill", "injuries"): a label's role, never the
/// event a date belongs to.
pub fn is_casualty_word(w: &str) -> bool {
    casualty(w).is_some()
}

/// The casualty a word names (`data/words.txt`, lists "killed" to "damaged").
fn casualty(w: &str) -> Option<Casualty> {
    use Casualty::*;
    const KINDS: [(List, Casualty); 11] = [
        (List::Killed, Death),
        (List::Injured, Injury),
        (List::Missing, Missing),
        (List::Arrested, Arrest),
        (List::Evacuated, Evacuation),
        (List::Rescued, Rescue),
        (List::Ill, Illness),
        (List::Hospitalised, Hospital),
        (List::Discharged, Discharge),
        (List::Destroyed, Destroyed),
        (List::Damaged, Damaged),
    ];
    kind_of(&KINDS, w)
}

/// Words that make a figure a forecast or expectation (list "forecast").
fn is_forecast(w: &str) -> bool {
    has(List::Forecast, w)
}

/// Verbs and adverbs that make the figure right after them a change (list "change").
fn is_change(w: &str) -> bool {
    has(List::Change, w)
}

/// Words that say the figure after them is a count's new level, which way it moved, and
/// whether the level follows "to" ("rose to 25") or the word itself ("reached 1,782").
fn trend_word(w: &str) -> Option<(Trend, bool)> {
    use Trend::*;
    const KINDS: [(List, (Trend, bool)); 4] = [
        (List::RiseTo, (Rise, true)),
        (List::RiseAt, (Rise, false)),
        (List::FallTo, (Fall, true)),
        (List::LevelNow, (Now, false)),
    ];
    kind_of(&KINDS, w)
}

/// Words of a capacity (list "capacity").
fn is_capacity(w: &str) -> bool {
    has(List::Capacity, w)
}

/// Whether a word makes a date a start (true) or an end (false) (lists "starts", "ends").
fn boundary(w: &str) -> Option<bool> {
    kind_of(&[(List::Starts, true), (List::Ends, false)], w)
}

/// Words of how badly someone was hurt (list "severity").
fn is_severity(w: &str) -> bool {
    has(List::Severity, w)
}

/// Context words folded onto one form because news uses them for the same event or amount:
/// "four people hurt" and "the three injured", "a cost of $95 million" and "budgeted at $95
/// million", "employs 900 people" and "900 employees". Applied to stemmed forms (see
/// `word_form`); only ever compared with other forms, never shown.
fn concept(form: &str) -> Option<&'static str> {
    lookup(
        &[
            ("injur", "injur"),
            ("injury", "injur"),
            ("hurt", "injur"),
            ("wound", "injur"),
            ("kill", "kill"),
            ("died", "kill"),
            ("dead", "kill"),
            ("death", "kill"),
            ("fatality", "kill"),
            ("cost", "cost"),
            ("budget", "cost"),
            ("employ", "employ"),
            ("employee", "employ"),
        ],
        form,
    )
}

/// Fold plural and synonym forms of counted nouns onto one word (the `noun-folds` list of
/// `data/words.txt`); the flag says the group is the "people" wildcard, which is weak evidence
/// for any group of people.
fn fold_noun(w: &str) -> (String, bool) {
    let base = singular(w);
    let folded = words(List::NounFolds)
        .iter()
        .find_map(|e| e.split_once('=').filter(|(from, _)| *from == base).map(|(_, to)| to))
        .unwrap_or(&base);
    (folded.to_string(), folded == "person")
}

/// Nouns for groups of people, which the generic "people" may stand for: WordNet's persons
/// ("nurse", "passenger", "miner"), and what `fold_noun` folds people onto ("worker",
/// "firefighter"), with "crew" (a group in WordNet), so that those read the same before the
/// page has fetched WordNet.
pub fn is_human(folded: &str) -> bool {
    matches!(folded, "person" | "worker" | "troop" | "firefighter" | "child" | "crew")
        || super::wordnet::is_person(folded)
}

/// Nouns for trades and occupations, for which the generic "workers" may stand ("2,400
/// workers" and "the 2,400 dockers"): WordNet's kinds of worker ("docker", "miner",
/// "machinist") and the folded "firefighter" and "crew". Groups that are not a workforce
/// ("union members", "residents") are not under it.
fn is_trade(folded: &str) -> bool {
    matches!(folded, "firefighter" | "crew") || super::wordnet::is_kind_of(folded, "worker")
}

/// A crude singular: "accounts" → "account", "injuries" → "injury". Good enough to match
/// the same noun across articles; it is never shown to users.
pub fn singular(w: &str) -> String {
    let w = without_possessive(w).trim_end_matches(['\'', '\u{2019}']);
    if w.len() > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..w.len() - 3]);
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// The normalized form of a word token, written into `out`: lower case, no possessive, and a
/// light stem so "demanded", "demanding" and "demands" meet as "demand": the `singular`
/// rules, then "ing" or "ed" stripped when at least four letters remain. Crude, but a form is
/// only ever compared with other forms. Writes into a buffer because it runs on every token.
fn word_form(t: &Token, src: &str, out: &mut String) {
    out.clear();
    let lc = t.lc();
    let lower: std::borrow::Cow<str> =
        if lc.is_empty() { super::tokenize::lower(t.text(src)).into() } else { lc.into() };
    // Possessives with a plain or a typographic apostrophe ("Halvern's", "Halvern’s").
    let w = without_possessive(&lower).trim_end_matches(['\'', '\u{2019}']);
    if w.len() > 4 && w.ends_with("ies") {
        out.push_str(&w[..w.len() - 3]);
        out.push('y');
    } else if w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        out.push_str(&w[..w.len() - 1]);
    } else {
        out.push_str(w);
    }
    for suffix in ["ing", "ed"] {
        if let Some(base) = out.strip_suffix(suffix) {
            if base.chars().count() >= 4 {
                let keep = base.len();
                out.truncate(keep);
            }
            break;
        }
    }
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
/// counting each word once per sentence for its rarity. Built for size in the page (its hot
/// part, `one_context`, is built for speed): the 0.4 KB this saves paid for this stop's frames.
pub fn contexts(
    src: &str,
    published: Option<NaiveDate>,
    mentions: &[Mention],
    window: usize,
    vocab: &mut Vocab,
) -> Vec<Context> {
    let toks = tokenize(src);
    let sent = sentences(src, &toks);
    let lex = classify(&toks, &mut vocab.memo.lexes, &mut vocab.memo.lex_list);
    vocab.article += 1;
    // Word ids per token (None for non-words and stop words), and sentence frequencies.
    let mut ids: Vec<Option<u32>> = Vec::with_capacity(toks.len());
    let mut seen_in_sentence: Vec<u32> = Vec::new();
    let mut current = u32::MAX;
    let mut form = String::new();
    for (k, t) in toks.iter().enumerate() {
        if sent[k] != current {
            current = sent[k];
            seen_in_sentence.clear();
            vocab.sentences += 1;
        }
        let id = if t.kind == TokKind::Word {
            // A word's id depends on its text alone, and articles repeat most of their words,
            // so each distinct word is normalised and looked up once per analysis (the
            // lexicon matches are the costliest part of this loop).
            let text = t.text(src);
            match vocab.known.get(text) {
                Some(&id) => (id != NO_FORM).then_some(id),
                None => {
                    let memo = &mut vocab.memo;
                    let at = vocab::memo_index(&mut memo.forms, &mut memo.form_list, text, || {
                        word_form(t, src, &mut form);
                        if let Some(c) = concept(&form) {
                            form.clear();
                            form.push_str(c);
                        }
                        let numeric = lexicon::small(&form).is_some() || lexicon::tens(&form).is_some();
                        (form.len() >= 2 && !has(List::ContextStop, &form) && !numeric).then(|| form.clone())
                    });
                    let id = match vocab.memo.form_list.get(at as usize) {
                        Some(f) => {
                            form.clear();
                            form.push_str(f);
                            Some(vocab.id_as(&form, text))
                        }
                        None => None,
                    };
                    vocab.known.insert(text.to_string(), id.unwrap_or(NO_FORM));
                    id
                }
            }
        } else {
            None
        };
        // "non-institutional investors" are not "institutional buyers": a word after "non-"
        // is a word of its own.
        let negated = k >= 2
            && toks[k - 2].lc() == "non"
            && toks[k - 1].is_punct('-')
            && !toks[k - 1].space_before
            && !t.space_before;
        let id = match id {
            Some(_) if negated => Some(vocab.id_as(&format!("non-{}", lower(t.text(src))), t.text(src))),
            id => id,
        };
        if let Some(id) = id {
            if !seen_in_sentence.contains(&id) {
                seen_in_sentence.push(id);
                vocab.seen(id, t.text(src));
            }
        }
        ids.push(id);
    }
    // Words the article capitalises inside a sentence are names wherever they stand, so
    // "Kolkata recorded 146 mm" names its place as "rain in Kolkata" would.
    let mut mid_names: Vec<u32> = ids
        .iter()
        .enumerate()
        .filter_map(|(k, id)| id.filter(|_| toks[k].capitalized(src) && !is_sentence_start(&toks, &sent, k)))
        .collect();
    mid_names.sort_unstable();
    mid_names.dedup();
    // How many words (not punctuation) come before each token, so distances in words are
    // one subtraction.
    let mut word_pos = Vec::with_capacity(toks.len() + 1);
    let mut n = 0u32;
    for t in &toks {
        word_pos.push(n);
        n += u32::from(t.kind != TokKind::Punct);
    }
    word_pos.push(n);
    let spans: Vec<(usize, usize)> = mentions.iter().map(|m| token_span(&toks, m)).collect();
    let dates: Vec<bool> = mentions.iter().map(|m| m.kind == Kind::Date).collect();
    let roles = attach_roles(&toks, &lex, &sent, &spans, &dates);
    let anchors = anchor_dates(published, &toks, mentions, &spans, &sent);
    let old = background_sentences(published, mentions, &spans, &sent);
    let moments = sentence_moments(&toks, mentions, &spans, &sent, &roles);
    // Each mention's sentence, and its key among its sentence's neighbours (none without a
    // sentence). Mentions come in document order, so each sentence's mentions are one run:
    // `runs` gives each mention its run's first mention and the one after its last.
    let sentences: Vec<Option<u32>> = spans.iter().map(|sp| sent.get(sp.0).copied()).collect();
    let keys: Vec<Option<u32>> =
        mentions.iter().zip(&sentences).map(|(m, s)| s.and(neighbour_key(m))).collect();
    let mut runs: Vec<(usize, usize)> = Vec::with_capacity(mentions.len());
    for run in sentences.chunk_by(|x, y| x == y) {
        let first = runs.len();
        runs.extend(std::iter::repeat_n((first, first + run.len()), run.len()));
    }
    let out = mentions
        .iter()
        .zip(&spans)
        .zip(roles)
        .zip(anchors)
        .enumerate()
        .map(|(i, (((m, span), r), anchor))| {
            let mut cx =
                one_context(src, (&toks, &lex, &sent, &ids, &word_pos, &mid_names), m, *span, window, vocab);
            cx.forecast = r.forecast;
            cx.earlier_period = r.earlier;
            cx.change = r.change;
            cx.trend = r.trend;
            cx.as_of = r.as_of;
            cx.added = r.added;
            cx.capacity = r.capacity;
            cx.depth = r.depth;
            cx.starts = r.boundary.map(|(_, _, b)| b);
            cx.severe = r.severe;
            cx.consensus = r.consensus;
            cx.proportion = !matches!(m.kind, Kind::Date | Kind::Time) && is_proportion(&toks, span.0);
            cx.anchor = anchor;
            let s = sent.get(span.0).copied().unwrap_or(0);
            // A date or time is its own moment, not its sentence's.
            if !matches!(m.kind, Kind::Date | Kind::Time) {
                let at = moments.get(s as usize).copied().unwrap_or_default();
                (cx.day, cx.clock, cx.as_of_day) = (at.day, at.clock, at.as_of);
                cx.so_far = at.so_far;
                if cx.as_of_day.is_none() && cx.so_far {
                    cx.as_of_day = published.map(|d| (d, d));
                }
            }
            cx.background = old.contains(&s);
            // A sentence listing many figures (a table flattened into one line) says little
            // about any one of them, and copying its list for each would cost time squared.
            let own = keys.get(i).copied().flatten();
            let (first, end) = runs.get(i).copied().unwrap_or((i, i));
            if end.saturating_sub(first) <= MAX_NEIGHBOURS {
                let run = keys.get(first..end).unwrap_or_default();
                cx.neighbours = run.iter().flatten().copied().filter(|k| Some(*k) != own).collect();
                cx.neighbours.sort_unstable();
                cx.neighbours.dedup();
            }
            cx.lead = s <= 1;
            if let Some((_, _, c)) = r.casualty {
                cx.casualty = Some(c);
            }
            cx
        })
        .collect();
    out
}

/// The most figures and dates a sentence may state for them to be each other's neighbours.
const MAX_NEIGHBOURS: usize = 12;

/// A specific value as one key for `Context::neighbours`: figures with two or more
/// significant digits or a fraction ("71.5%", "340", not "two"), dates finer than a year,
/// and clock times. Kind is part of the key, so "2013" the year never meets 2,013 people.
fn neighbour_key(m: &Mention) -> Option<u32> {
    let (low, high) = match m.value {
        Some(Value::Num { low, high }) => {
            if m.kind != Kind::Time && low.abs() < 10.0 && low.fract() == 0.0 {
                return None;
            }
            (low.to_bits(), high.to_bits())
        }
        Some(Value::Date { start, end }) => {
            if m.date
                .as_ref()
                .is_some_and(|d| matches!(d.granularity, Granularity::Year | Granularity::Decade))
            {
                return None;
            }
            let day = |d: NaiveDate| u64::from(chrono::Datelike::num_days_from_ce(&d) as u32);
            (day(start), day(end))
        }
        None => return None,
    };
    // FNV-1a over the three parts, folded to 32 bits (the page sorts `u32` lists already):
    // collisions are harmless, a missed or a spare candidate.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [m.kind as u64, low, high] {
        h = (h ^ part).wrapping_mul(0x0100_0000_01b3);
    }
    Some((h ^ (h >> 32)) as u32)
}

/// The moments a sentence names, each the first of its kind: a day-precise date, a clock time,
/// and a day-precise date given as the moment of a count (`Roles::as_of`, "as of Wednesday");
/// and whether it says "so far", "to date" or "thus far", a count as of the day the article
/// was published.
#[derive(Clone, Copy, Default)]
struct Moments {
    day: Option<(NaiveDate, NaiveDate)>,
    clock: Option<(f64, f64)>,
    as_of: Option<(NaiveDate, NaiveDate)>,
    so_far: bool,
}

/// The `Moments` of each sentence, by its number (a sentence that names none has the default).
fn sentence_moments(
    toks: &[Token],
    mentions: &[Mention],
    spans: &[(usize, usize)],
    sent: &[u32],
    roles: &[Roles],
) -> Vec<Moments> {
    let mut out = vec![Moments::default(); sent.last().map_or(0, |&s| s as usize + 1)];
    for (k, w) in toks.windows(2).enumerate() {
        if matches!((w[0].lc(), w[1].lc()), ("so" | "thus", "far") | ("to", "date")) {
            if let Some(e) = sent.get(k).and_then(|&s| out.get_mut(s as usize)) {
                e.so_far = true;
            }
        }
    }
    for ((m, sp), r) in mentions.iter().zip(spans).zip(roles) {
        let Some(e) = sent.get(sp.0).and_then(|&s| out.get_mut(s as usize)) else { continue };
        match (m.kind, &m.value, &m.date) {
            (Kind::Date, Some(Value::Date { start, end }), Some(d)) if d.granularity == Granularity::Day => {
                e.day = e.day.or(Some((*start, *end)));
                if r.as_of || r.by {
                    e.as_of = e.as_of.or(Some((*start, *end)));
                }
            }
            (Kind::Time, Some(Value::Num { low, high }), _) if e.clock.is_none() => {
                e.clock = Some((*low, *high));
            }
            _ => {}
        }
    }
    out
}

/// How long before publication a date must end for its sentence to be background: a year
/// ago is another event ("the 2016 crash"), last month may still be this one.
const BACKGROUND_DAYS: i64 = 300;

/// The days of `m` when it is a date that ended `BACKGROUND_DAYS` or more before `published`:
/// an earlier event's, which makes its sentence background.
fn long_before(published: NaiveDate, m: &Mention) -> Option<(NaiveDate, NaiveDate)> {
    match m.value {
        Some(Value::Date { start, end }) if (published - end).num_days() > BACKGROUND_DAYS => {
            Some((start, end))
        }
        _ => None,
    }
}

/// The sentences that name a date ending well before the publication date: background about
/// earlier events. Without a publication date nothing is background.
fn background_sentences(
    published: Option<NaiveDate>,
    mentions: &[Mention],
    spans: &[(usize, usize)],
    sent: &[u32],
) -> Vec<u32> {
    let Some(published) = published else { return Vec::new() };
    let mut out: Vec<u32> = mentions
        .iter()
        .zip(spans)
        .filter(|(m, _)| long_before(published, m).is_some())
        .filter_map(|(_, sp)| sent.get(sp.0).copied())
        .collect();
    out.dedup();
    out
}

/// Whether the mention starting at token `first` follows "<number> in" or "<number> out of"
/// ("one in five", "3 out of 10").
fn is_proportion(toks: &[Token], first: usize) -> bool {
    let before = |n: usize| first.checked_sub(n).and_then(|k| toks.get(k));
    let number = |t: Option<&Token>| {
        t.is_some_and(|t| t.kind == TokKind::Num || lexicon::small(t.lc()).is_some_and(|v| v >= 1.0))
    };
    match before(1).map(Token::lc) {
        Some("in") => number(before(2)),
        Some("of") => before(2).is_some_and(|t| t.is_word("out")) && number(before(3)),
        _ => false,
    }
}

/// Tie each resolved date to the nearest figure of its clause (within six tokens), and each
/// other figure of a background sentence to its earlier event's date, so figures about
/// different periods are never taken for one fact.
fn anchor_dates(
    published: Option<NaiveDate>,
    toks: &[Token],
    mentions: &[Mention],
    spans: &[(usize, usize)],
    sent: &[u32],
) -> Vec<Option<(NaiveDate, NaiveDate)>> {
    let mut out = vec![None; mentions.len()];
    let mut best: Vec<usize> = vec![usize::MAX; mentions.len()];
    for (d, m) in mentions.iter().enumerate() {
        let Some(Value::Date { start, end }) = m.value else { continue };
        // Only periods anchor: "in the first quarter" separates two figures, while "on
        // Friday" vs "on Saturday" is exactly the kind of dispute that must still match.
        let coarse = m.date.as_ref().is_some_and(|d| {
            !matches!(d.granularity, Granularity::Day | Granularity::Week | Granularity::PartOfMonth)
        });
        if !coarse {
            continue;
        }
        let (ds, de) = spans[d];
        let lo = d.saturating_sub(3);
        let hi = (d + 4).min(mentions.len());
        let mut pick: Option<(usize, usize)> = None;
        for q in lo..hi {
            if q == d || matches!(mentions[q].kind, Kind::Date | Kind::Time) {
                continue;
            }
            let (qs, qe) = spans[q];
            if sent.get(qs) != sent.get(ds) {
                continue;
            }
            // The tokens between the figure and the date, whichever comes first.
            let (from, to) = if qe <= ds { (qe, ds) } else { (de, qs) };
            let dist = to.saturating_sub(from);
            if dist <= 6 && !clause_break(toks, from, to) && pick.is_none_or(|(_, d0)| dist < d0) {
                pick = Some((q, dist));
            }
        }
        if let Some((q, dist)) = pick {
            if dist < best[q] {
                best[q] = dist;
                out[q] = Some((start, end));
            }
        }
        // "For the fourth quarter, Orveline expects revenue of about $8.4 billion": a period
        // that opens its sentence (at most two words before it), set off by a comma, frames
        // the sentence's figures after it, up to the next date. A figure it frames is marked
        // just short of untaken, so a nearer period (above, for a later date) still wins.
        let opens = ds < 3 || sent.get(ds - 3) != sent.get(ds);
        if opens && toks.get(de).is_some_and(|t| t.is_punct(',')) {
            for q in d + 1..mentions.len() {
                if sent.get(spans[q].0) != sent.get(ds) || mentions[q].kind == Kind::Date {
                    break;
                }
                if best[q] == usize::MAX {
                    best[q] = usize::MAX - 1;
                    out[q] = Some((start, end));
                }
            }
        }
    }
    // A figure in background no period reached takes the earlier event's date its clause gives
    // after it ("and 18 died at the camp when the 2015 quake struck"), or else the last one its
    // sentence gave before it ("In 2013 a pipeline blast in Qingdao killed 62, and one in
    // Kunshan in August 2014 killed 146"): an earlier event's own year, so two earlier events'
    // tolls stay apart. "Since 1985" counts from a year and is no event's own.
    let Some(published) = published else { return out };
    let earlier = |q: usize| {
        let since = spans[q].0.checked_sub(1).is_some_and(|k| toks[k].is_word("since"));
        long_before(published, &mentions[q]).filter(|_| mentions[q].kind == Kind::Date && !since)
    };
    let mut last = None;
    for q in 0..mentions.len() {
        let s = sent.get(spans[q].0);
        if let Some(d) = earlier(q) {
            last = Some((s, d));
            continue;
        }
        if matches!(mentions[q].kind, Kind::Date | Kind::Time) || out[q].is_some() {
            continue;
        }
        // An earlier event's date among the next three mentions, in the figure's own clause.
        let mut own = None;
        for r in q + 1..mentions.len().min(q + 4) {
            if own.is_some() || sent.get(spans[r].0) != s || clause_break(toks, spans[q].1, spans[r].0) {
                break;
            }
            own = earlier(r);
        }
        out[q] = own.or(last.filter(|&(ls, _)| ls == s).map(|(_, d)| d));
    }
    out
}

/// Whether the tokens from `from` up to `to` end a clause (a comma or a semicolon): "in 2014,
/// and 18 died" gives the 18 no year.
fn clause_break(toks: &[Token], from: usize, to: usize) -> bool {
    toks.get(from..to).is_some_and(|between| between.iter().any(|t| t.is_punct(',') || t.is_punct(';')))
}

/// The tokens a mention covers: first token, one past the last.
fn token_span(toks: &[Token], m: &Mention) -> (usize, usize) {
    let first = toks.partition_point(|t| t.start < m.start);
    let last = toks.partition_point(|t| t.start < m.end).max(first + 1);
    (first, last)
}

/// How many words from a figure a name may be and still say whom the figure belongs to.
const NAME_REACH: usize = 6;

/// How many words from a figure its action word ("killed", "raised") may be.
const ACTION_REACH: usize = 4;

/// The verb lemma of an inflected verb form ("killed" → "kill", "rose" → "rise"), from the
/// WordNet tables; None for base forms, which are as often nouns ("cut", "fine"), and for
/// reporting verbs.
fn action_of(lc: &str) -> Option<&'static str> {
    if lc.len() < 3 {
        return None;
    }
    let lemma = super::wordnet::verb_inflection(lc)?;
    (!has(List::NotActions, lemma)).then_some(lemma)
}

/// An article's tokens and what `contexts` worked out for each: lexicon classes, sentence
/// numbers, word ids, words before it, and the words it capitalises inside sentences.
type Tokens<'a> = (&'a [Token], &'a [Lex], &'a [u32], &'a [Option<u32>], &'a [u32], &'a [u32]);

#[cfg_attr(page_build, optimize(speed))]
fn one_context(
    src: &str,
    (toks, lex, sent, ids, word_pos, mid_names): Tokens,
    m: &Mention,
    (first, last): (usize, usize),
    window: usize,
    vocab: &mut Vocab,
) -> Context {
    let mut cx = Context::default();
    let Some(&s) = sent.get(first) else { return cx };
    let lo = first.saturating_sub(window);
    let hi = (last + window).min(toks.len());
    // "Employees at quarter end: 41,200": in a table row or a "Label: value" line the whole
    // label before the colon describes the value, however many words it has.
    let label = first > 0 && toks[first - 1].is_punct(':') && sent.get(first - 1) == Some(&s);
    // A casualty word near the figure that no other figure claimed, as a fallback.
    let mut best_casualty: Option<(usize, Casualty)> = None;
    // The nearest action word: its distance and verb lemma.
    let mut action: Option<(usize, &'static str, usize)> = None;
    for k in lo..hi {
        if sent[k] != s || (first..last).contains(&k) {
            continue;
        }
        // Distance in words: punctuation does not push "Revenue:" away from its figure.
        let words_between = |a: usize, b: usize| (word_pos[b] - word_pos[a]) as usize;
        let dist = if k < first { words_between(k, first) } else { words_between(last, k + 1) };
        let t = &toks[k];
        if let Some(c) = lex[k].casualty {
            if dist <= 6 && best_casualty.is_none_or(|(d, _)| dist < d) {
                best_casualty = Some((dist, c));
            }
        }
        if let Some(id) = ids[k] {
            let weight = if label && k < first { 1.0 } else { 1.0 / (1.0 + dist as f32 / 3.0) };
            let name = t.capitalized(src)
                && (!is_sentence_start(toks, sent, k) || mid_names.binary_search(&id).is_ok());
            if name && dist <= NAME_REACH {
                cx.names.push(id);
            }
            // A name is never the action, so its look-up is saved.
            if !name && dist <= ACTION_REACH && action.is_none_or(|(d, _, _)| dist < d) {
                if let Some(lemma) = vocab.action(t.lc()) {
                    action = Some((dist, lemma, k));
                }
            }
            match cx.words.iter_mut().find(|(w, _, _)| *w == id) {
                Some(entry) => {
                    entry.1 = entry.1.max(weight);
                    entry.2 |= name;
                }
                None => cx.words.push((id, weight, name)),
            }
        }
    }
    // Sorted by word id, so two contexts intersect in one merge pass.
    cx.words.sort_unstable_by_key(|w| w.0);
    cx.names.sort_unstable();
    cx.names.dedup();
    cx.action = action.map(|(_, lemma, _)| vocab.id(&format!("@{lemma}")));
    cx.action_word = action.and_then(|(_, _, k)| toks.get(k)).map(|t| vocab.id(t.lc()));
    let mut word_at = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == TokKind::Word && !t.lc().is_empty() && sent.get(k) == Some(&s))
            .map(|t| vocab.id(t.lc()))
    };
    // Only after a determiner does the figure modify the noun that follows ("a £5m fine",
    // "the 5th floor", "its $2bn budget"); elsewhere that word is as often a verb ("a record
    // 52C set in 2016") or another phrase's.
    let determined = first.checked_sub(1).and_then(|k| toks.get(k)).is_some_and(|t| {
        ["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "each", "every"]
            .contains(&t.lc())
    });
    // An amount also says what it is in after "in": "$965 million in damages", "£20m in losses".
    let lc = |k: usize| toks.get(k).map_or("", |t| t.lc());
    cx.after = if m.kind == Kind::Money && lc(last) == "in" {
        [word_at(last + 1), word_at(last + 2)]
    } else if m.kind == Kind::Percent && lc(last) == "of" {
        // A share names its whole after "of": "34% of the vote", "15% of their body weight".
        let owner = ["the", "its", "their", "his", "her", "our", "all"].contains(&lc(last + 1));
        let whole = last + 1 + usize::from(owner);
        cx.share_of = true;
        [word_at(whole), word_at(whole + 1)]
    } else {
        let next = word_at(last).filter(|_| determined);
        [next, next.and_then(|_| word_at(last + 1))]
    };
    cx.casualty = best_casualty.map(|(_, c)| c);
    // A count in a "Label: value" line counts what the label's first word names, when that
    // is a group of people ("Employees at quarter end: 41,200", "Passengers: 180").
    let label_noun = (label && m.counted.is_none() && m.kind == Kind::Number)
        .then(|| {
            // The line must start inside the window, so its first word is the label's.
            let line = (lo..first).find(|&k| sent[k] == s).filter(|&k| k == 0 || sent[k - 1] != s)?;
            let word = (line..first).find(|&k| toks[k].kind == TokKind::Word)?;
            let (folded, _) = fold_noun(&super::tokenize::lower(toks[word].text(src)));
            is_human(&folded).then_some(folded)
        })
        .flatten();
    let counted = m.counted.as_ref().map(|n| fold_noun(n).0).or(label_noun);
    if let Some(folded) = counted {
        let people = folded == "person";
        cx.noun = Some(vocab.id(&format!("#{folded}")));
        cx.noun_is_people = people;
        cx.noun_is_human = is_human(&folded);
        cx.noun_is_trade = is_trade(&folded);
        cx.noun_is_worker = folded == "worker";
        if cx.casualty.is_none() {
            if let Some(noun) = &m.counted {
                cx.casualty = casualty(noun);
            }
        }
    }
    cx
}
