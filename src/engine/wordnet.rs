//! What WordNet says about English nouns and verbs: base forms ("children" → "child",
//! "fell" → "fall"), how two nouns are related (same synset, one above the other, sharing a
//! parent) and coarse classes (person, group, artifact …).
//!
//! The data is WordNet 3.1 compacted at build time by `scripts/gen-lexicon.mjs` into
//! `wordnet_tables.rs` (generated; docs/lexicon.md says what is kept). Only common words are
//! kept, so "unknown" (`None`, `Relation::Unknown`) is an everyday answer: callers fall back
//! to what they did without the lexicon. Input is a lower-case ASCII word; anything else is
//! unknown. Lookups are binary searches over sorted static tables: nothing is built at
//! start-up, nothing allocates except the few candidate forms of a lemma lookup and the word
//! it decodes.

use super::wordnet_tables as t;

/// How two noun lemmas are related in WordNet, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// The same lemma.
    Same,
    /// One of the first two senses of each is the same synset ("resident", "occupant").
    Synonym,
    /// The first sense of one is under the first or second sense of the other, at most
    /// [`MAX_STEPS`] hypernym steps up ("ship" under "vessel", "miner" under "worker").
    Hypernym,
    /// Their first senses share a direct hypernym ("nurse", "doctor" are both under
    /// "health professional").
    Sibling,
    /// Both are known and none of the above holds.
    Unrelated,
    /// At least one of them is not in the tables (and they differ).
    Unknown,
}

/// A coarse class of a noun's first sense, for telling counted things apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NounClass {
    /// Under person.n.01: "worker", "nurse", "passenger", "resident", "miner".
    Person,
    /// Under animal.n.01: "cattle", "bird".
    Animal,
    /// Under group.n.01 (social groups, organisations, collections): "army", "crew", "company".
    Group,
    /// Under location.n.01: "area", "city", "border".
    Location,
    /// Under artifact.n.01: "ship", "house", "car", "weapon".
    Artifact,
    /// Under time_period.n.01: "day", "year", "decade".
    TimePeriod,
    /// Under human_action.n.01: "arrest", "attack", "vote", "job".
    Act,
    /// Under event.n.01 but not an act: "accident", "death", "crash".
    Event,
    /// Under measure.n.02 (quantities, units): "dollar", "acre", "percent".
    Measure,
    /// Under possession.n.02 (things owned, money): "cost", "budget", "cash".
    Possession,
}

/// WordNet's suffix rules for nouns (morphy): ending → replacement, tried in order.
const NOUN_RULES: &[(&str, &str)] = &[
    ("s", ""),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("ies", "y"),
];

/// WordNet's suffix rules for verbs (morphy).
const VERB_RULES: &[(&str, &str)] =
    &[("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];

/// A sorted word list, front-coded in blocks of `t::BLOCK` words (scripts/gen-lexicon.mjs): a
/// block's first word is written whole, and each later word as one capital letter, 'A' plus
/// the number of leading letters it shares with the word before it, then the rest of its
/// letters. `blocks` holds the byte offset of every block's first word. A lookup decodes one
/// block's words into a buffer as it reads them, so lemmas come back as owned strings.
#[derive(Clone, Copy)]
struct List {
    coded: &'static str,
    blocks: &'static [u16],
}

const NOUNS: List = List { coded: t::NOUNS, blocks: &t::NOUNS_BLOCKS };
const VERBS: List = List { coded: t::VERBS, blocks: &t::VERBS_BLOCKS };
const NOUN_EXC: List = List { coded: t::NOUN_EXC, blocks: &t::NOUN_EXC_BLOCKS };
const VERB_EXC: List = List { coded: t::VERB_EXC, blocks: &t::VERB_EXC_BLOCKS };

impl List {
    /// The coded text of block `b`.
    fn block(self, b: usize) -> &'static str {
        let at = |b: usize| self.blocks.get(b).map_or(self.coded.len(), |&o| usize::from(o));
        self.coded.get(at(b)..at(b + 1)).unwrap_or("")
    }

    /// The word written whole at byte `o`: a block's first. Words are short, so a plain byte
    /// scan for the next word's capital is cheaper than a string searcher.
    fn word_at(self, o: usize) -> &'static str {
        let rest = self.coded.get(o..).unwrap_or("");
        let end = rest.bytes().position(|c| c.is_ascii_uppercase()).unwrap_or(rest.len());
        rest.get(..end).unwrap_or("")
    }

    /// Decode the words of block `b` in order, handing each with its position in the block to
    /// `f` until `f` returns `Some`.
    fn scan<R>(self, b: usize, mut f: impl FnMut(usize, &str) -> Option<R>) -> Option<R> {
        let block = self.block(b);
        let mut word = String::new();
        let (mut at, mut i) = (0, 0);
        while at < block.len() {
            // Every word but the block's first starts with its capital: the letters it shares.
            let shared = match block.as_bytes().get(at) {
                Some(&c) if at > 0 => usize::from(c.checked_sub(b'A')?),
                _ => 0,
            };
            let letters = if at > 0 { at + 1 } else { at };
            let rest = block.get(letters..).unwrap_or("");
            let end = rest.bytes().position(|c| c.is_ascii_uppercase()).unwrap_or(rest.len());
            word.truncate(shared);
            word.push_str(rest.get(..end).unwrap_or(""));
            if let Some(r) = f(i, &word) {
                return Some(r);
            }
            at = letters + end;
            i += 1;
        }
        None
    }

    /// The position of `word` in the list.
    fn find(self, word: &str) -> Option<usize> {
        if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        // Blocks whose first word is <= word; the word, if listed, is in the last of them.
        let after = self.blocks.partition_point(|&o| self.word_at(usize::from(o)) <= word);
        let b = after.checked_sub(1)?;
        self.scan(b, |i, w| match w.cmp(word) {
            std::cmp::Ordering::Less => None,
            std::cmp::Ordering::Equal => Some(Some(b * t::BLOCK + i)),
            std::cmp::Ordering::Greater => Some(None),
        })?
    }

    /// The `i`-th word.
    fn nth(self, i: usize) -> Option<String> {
        self.scan(i / t::BLOCK, |k, w| (k == i % t::BLOCK).then(|| w.to_string()))
    }

    /// Every word, in order. For tests.
    fn words(self) -> Vec<String> {
        let mut words = Vec::new();
        for b in 0..self.blocks.len() {
            self.scan(b, |_, w| {
                words.push(w.to_string());
                None::<()>
            });
        }
        words
    }
}

/// The base form of `word` in `list`, WordNet's morphy: the exception list's base first
/// ("children" → "child", "men" → "man", "fell" → "fall"), then the word itself if it is a
/// lemma ("people", "troops"), then the suffix rules in order.
fn lemma(word: &str, list: List, exc: List, exc_base: &[u16], rules: &[(&str, &str)]) -> Option<String> {
    if let Some(i) = exc.find(word) {
        if let Some(base) = exc_base.get(i).and_then(|&b| list.nth(usize::from(b))) {
            return Some(base);
        }
    }
    if list.find(word).is_some() {
        return Some(word.to_string());
    }
    rules.iter().find_map(|(ending, with)| {
        let stem = word.strip_suffix(ending)?;
        if stem.is_empty() {
            return None;
        }
        let form = format!("{stem}{with}");
        list.find(&form).map(|_| form)
    })
}

/// The base form of a noun ("children" → "child", "casualties" → "casualty"), or None when
/// neither the word nor any base form of it is in the tables.
pub fn noun_lemma(word: &str) -> Option<String> {
    lemma(word, NOUNS, NOUN_EXC, &t::NOUN_EXC_BASE, NOUN_RULES)
}

/// The base form of a verb ("killed" → "kill", "injuring" → "injure", "rose" → "rise").
pub fn verb_lemma(word: &str) -> Option<String> {
    lemma(word, VERBS, VERB_EXC, &t::VERB_EXC_BASE, VERB_RULES)
}

/// The base form of an inflected verb form only ("killed" → "kill", "rose" → "rise"), None
/// for a base form or an unknown word. Cheaper than [`verb_lemma`] on running text: a word
/// without a verb ending is looked up only among the irregular forms.
pub fn verb_inflection(word: &str) -> Option<String> {
    if let Some(i) = VERB_EXC.find(word) {
        return t::VERB_EXC_BASE.get(i).and_then(|&b| VERBS.nth(usize::from(b))).filter(|base| base != word);
    }
    if !(word.ends_with('s') || word.ends_with("ed") || word.ends_with("ing")) {
        return None;
    }
    VERB_RULES.iter().find_map(|(ending, with)| {
        let stem = word.strip_suffix(ending).filter(|s| !s.is_empty())?;
        let form = format!("{stem}{with}");
        VERBS.find(&form).map(|_| form)
    })
}

/// A noun lemma's position in `NOUNS`.
fn noun(lemma: &str) -> Option<usize> {
    NOUNS.find(lemma)
}

/// The synset id of a noun's first sense.
fn sense1(i: usize) -> Option<u16> {
    let back = *t::NOUN_SENSE1.get(i)?;
    u16::try_from(i).ok()?.checked_sub(back)
}

/// The synset id of a noun's second sense, when the tables keep it.
fn sense2(i: usize) -> Option<u16> {
    let i = u16::try_from(i).ok()?;
    t::SENSE2.get(t::SENSE2_NOUN.binary_search(&i).ok()?).copied()
}

fn hypernym(s: u16) -> Option<u16> {
    t::HYPERNYM.get(usize::from(s)).copied().filter(|&h| h != t::NONE)
}

/// How many hypernym steps up [`Relation::Hypernym`] looks: "miner" is four under "worker"
/// (miner, laborer, workman, employee, worker) and "car" five under "vehicle". Only the first
/// hypernym of each synset is followed, so "house" is under "dwelling" but not "building".
pub const MAX_STEPS: usize = 5;

/// Whether `high` is one to `MAX_STEPS` hypernym steps above `low`.
fn above(high: u16, low: u16) -> bool {
    let mut s = low;
    for _ in 0..MAX_STEPS {
        match hypernym(s) {
            Some(h) if h == high => return true,
            Some(h) => s = h,
            None => return false,
        }
    }
    false
}

/// Whether the first sense of noun `narrow` is under the first or second sense of `broad`.
fn under(narrow: usize, broad: usize) -> bool {
    let Some(low) = sense1(narrow) else { return false };
    [sense1(broad), sense2(broad)].into_iter().flatten().any(|high| above(high, low))
}

/// How two noun lemmas are related (see [`Relation`]). Give lemmas ([`noun_lemma`]), not
/// inflected forms: "ships" is unknown.
pub fn noun_relation(a: &str, b: &str) -> Relation {
    if a == b {
        return Relation::Same;
    }
    let (Some(x), Some(y)) = (noun(a), noun(b)) else { return Relation::Unknown };
    let senses = |i| [sense1(i), sense2(i)].into_iter().flatten();
    if senses(x).any(|s| senses(y).any(|u| u == s)) {
        return Relation::Synonym;
    }
    if under(x, y) || under(y, x) {
        return Relation::Hypernym;
    }
    let parent = |i| sense1(i).and_then(hypernym);
    match (parent(x), parent(y)) {
        (Some(p), Some(q)) if p == q => Relation::Sibling,
        _ => Relation::Unrelated,
    }
}

/// Whether noun lemma `narrow` is a kind of `broad` (its first sense within `MAX_STEPS` under
/// `broad`'s first or second sense): the direction [`Relation::Hypernym`] leaves out.
pub fn is_kind_of(narrow: &str, broad: &str) -> bool {
    matches!((noun(narrow), noun(broad)), (Some(x), Some(y)) if under(x, y))
}

/// The coarse class of a noun lemma's first sense, if it has one of [`NounClass`].
pub fn noun_class(lemma: &str) -> Option<NounClass> {
    use NounClass::*;
    let c = *t::NOUN_CLASS.get(noun(lemma)?)?;
    [
        (t::CLASS_PERSON, Person),
        (t::CLASS_ANIMAL, Animal),
        (t::CLASS_GROUP, Group),
        (t::CLASS_LOCATION, Location),
        (t::CLASS_ARTIFACT, Artifact),
        (t::CLASS_TIMEPERIOD, TimePeriod),
        (t::CLASS_ACT, Act),
        (t::CLASS_EVENT, Event),
        (t::CLASS_MEASURE, Measure),
        (t::CLASS_POSSESSION, Possession),
    ]
    .into_iter()
    .find_map(|(id, class)| (id == c).then_some(class))
}

/// Whether a noun lemma's first sense is a person ("worker", "nurse", "passenger").
pub fn is_person(lemma: &str) -> bool {
    noun_class(lemma) == Some(NounClass::Person)
}

/// Whether a noun lemma's first sense is a group ("crew", "army", "staff", "family").
pub fn is_group(lemma: &str) -> bool {
    noun_class(lemma) == Some(NounClass::Group)
}

/// Whether every word list decodes to strictly sorted lower-case words, with its block offsets
/// at each block's first word, which the binary search relies on. For tests.
pub fn tables_sorted() -> bool {
    [NOUNS, VERBS, NOUN_EXC, VERB_EXC].into_iter().all(|list| {
        let words = list.words();
        let sorted = words.windows(2).all(|w| w.first() < w.get(1));
        let lower = words.iter().all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()));
        let blocks = list.blocks.len() == words.len().div_ceil(t::BLOCK)
            && list.blocks.first() == Some(&0)
            && list.blocks.iter().enumerate().all(|(b, &o)| {
                Some(list.word_at(usize::from(o))) == words.get(b * t::BLOCK).map(String::as_str)
            });
        sorted && lower && blocks
    }) && t::NOUN_SENSE1.len() == NOUNS.words().len()
        && t::SENSE2.len() == t::SENSE2_NOUN.len()
        && t::SENSE2_NOUN.windows(2).all(|w| w.first() < w.get(1))
        && t::NOUN_CLASS.len() == NOUNS.words().len()
        && t::NOUN_EXC_BASE.len() == NOUN_EXC.words().len()
        && t::VERB_EXC_BASE.len() == VERB_EXC.words().len()
}
