//! What WordNet says about English nouns and verbs: base forms ("children" → "child",
//! "fell" → "fall"), how two nouns are related (same synset, one above the other, sharing a
//! parent) and coarse classes (person, group, artifact …).
//!
//! The data is WordNet 3.1 compacted at build time by `scripts/gen-lexicon.mjs` into
//! `wordnet_tables.rs` (generated; docs/lexicon.md says what is kept). Only common words are
//! kept, so "unknown" (`None`, `Relation::Unknown`) is an everyday answer: callers fall back
//! to what they did without the lexicon. Input is a lower-case ASCII word; anything else is
//! unknown. Lookups are binary searches over sorted static tables: nothing is built at
//! start-up, nothing allocates except the few candidate forms of a lemma lookup.

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

/// A sorted word list: the words separated by '\n', and the byte offset of every
/// `t::BLOCK`-th word.
#[derive(Clone, Copy)]
struct List {
    words: &'static str,
    blocks: &'static [u16],
}

const NOUNS: List = List { words: t::NOUNS, blocks: &t::NOUNS_BLOCKS };
const VERBS: List = List { words: t::VERBS, blocks: &t::VERBS_BLOCKS };
const NOUN_EXC: List = List { words: t::NOUN_EXC, blocks: &t::NOUN_EXC_BLOCKS };
const VERB_EXC: List = List { words: t::VERB_EXC, blocks: &t::VERB_EXC_BLOCKS };

impl List {
    /// The words of block `b`, from its first.
    fn block(self, b: usize) -> impl Iterator<Item = &'static str> {
        let start = self.blocks.get(b).map_or(self.words.len(), |&o| usize::from(o));
        self.words.get(start..).unwrap_or("").split('\n').take(t::BLOCK)
    }

    /// The word that starts at byte `o`. Words are short, so a plain byte scan for the
    /// separator is cheaper than a string searcher.
    fn word_at(self, o: usize) -> &'static str {
        let rest = self.words.get(o..).unwrap_or("");
        let end = rest.bytes().position(|b| b == b'\n').unwrap_or(rest.len());
        rest.get(..end).unwrap_or("")
    }

    /// The position of `word` in the list and the list's copy of it.
    fn find(self, word: &str) -> Option<(usize, &'static str)> {
        if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        // Blocks whose first word is <= word; the word, if listed, is in the last of them.
        let after = self.blocks.partition_point(|&o| self.word_at(usize::from(o)) <= word);
        let b = after.checked_sub(1)?;
        let mut at = usize::from(*self.blocks.get(b)?);
        for i in 0..t::BLOCK {
            if at >= self.words.len() {
                return None;
            }
            let w = self.word_at(at);
            if w >= word {
                return (w == word).then_some((b * t::BLOCK + i, w));
            }
            at += w.len() + 1;
        }
        None
    }

    /// The `i`-th word.
    fn nth(self, i: usize) -> Option<&'static str> {
        self.block(i / t::BLOCK).nth(i % t::BLOCK)
    }

    fn len(self) -> usize {
        if self.words.is_empty() {
            0
        } else {
            self.words.split('\n').count()
        }
    }
}

/// The base form of `word` in `list`, WordNet's morphy: the exception list's base first
/// ("children" → "child", "men" → "man", "fell" → "fall"), then the word itself if it is a
/// lemma ("people", "troops"), then the suffix rules in order.
fn lemma(
    word: &str,
    list: List,
    exc: List,
    exc_base: &[u16],
    rules: &[(&str, &str)],
) -> Option<&'static str> {
    if let Some((i, _)) = exc.find(word) {
        if let Some(base) = exc_base.get(i).and_then(|&b| list.nth(usize::from(b))) {
            return Some(base);
        }
    }
    if let Some((_, w)) = list.find(word) {
        return Some(w);
    }
    rules.iter().find_map(|(ending, with)| {
        let stem = word.strip_suffix(ending)?;
        if stem.is_empty() {
            return None;
        }
        list.find(&format!("{stem}{with}")).map(|(_, w)| w)
    })
}

/// The base form of a noun ("children" → "child", "casualties" → "casualty"), or None when
/// neither the word nor any base form of it is in the tables.
pub fn noun_lemma(word: &str) -> Option<&'static str> {
    lemma(word, NOUNS, NOUN_EXC, &t::NOUN_EXC_BASE, NOUN_RULES)
}

/// The base form of a verb ("killed" → "kill", "injuring" → "injure", "rose" → "rise").
pub fn verb_lemma(word: &str) -> Option<&'static str> {
    lemma(word, VERBS, VERB_EXC, &t::VERB_EXC_BASE, VERB_RULES)
}

/// The base form of an inflected verb form only ("killed" → "kill", "rose" → "rise"), None
/// for a base form or an unknown word. Cheaper than [`verb_lemma`] on running text: a word
/// without a verb ending is looked up only among the irregular forms.
pub fn verb_inflection(word: &str) -> Option<&'static str> {
    if let Some((i, _)) = VERB_EXC.find(word) {
        return t::VERB_EXC_BASE.get(i).and_then(|&b| VERBS.nth(usize::from(b))).filter(|&base| base != word);
    }
    if !(word.ends_with('s') || word.ends_with("ed") || word.ends_with("ing")) {
        return None;
    }
    VERB_RULES.iter().find_map(|(ending, with)| {
        let stem = word.strip_suffix(ending).filter(|s| !s.is_empty())?;
        VERBS.find(&format!("{stem}{with}")).map(|(_, w)| w)
    })
}

/// A noun lemma's position in `NOUNS`.
fn noun(lemma: &str) -> Option<usize> {
    NOUNS.find(lemma).map(|(i, _)| i)
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

/// Whether every word list is strictly sorted and its block offsets point at word starts,
/// which the binary search relies on. For tests.
pub fn tables_sorted() -> bool {
    [NOUNS, VERBS, NOUN_EXC, VERB_EXC].into_iter().all(|list| {
        let words: Vec<&str> = list.words.split('\n').collect();
        let sorted = words.windows(2).all(|w| w.first() < w.get(1));
        let blocks = list.blocks.len() == list.len().div_ceil(t::BLOCK)
            && list.blocks.iter().enumerate().all(|(b, &o)| {
                let at = usize::from(o);
                list.words.is_char_boundary(at)
                    && (at == 0 || list.words.as_bytes().get(at - 1) == Some(&b'\n'))
                    && list.words.get(at..).and_then(|r| r.split('\n').next())
                        == words.get(b * t::BLOCK).copied()
            });
        sorted && blocks
    }) && t::NOUN_SENSE1.len() == NOUNS.len()
        && t::SENSE2.len() == t::SENSE2_NOUN.len()
        && t::SENSE2_NOUN.windows(2).all(|w| w.first() < w.get(1))
        && t::NOUN_CLASS.len() == NOUNS.len()
        && t::NOUN_EXC_BASE.len() == NOUN_EXC.len()
        && t::VERB_EXC_BASE.len() == VERB_EXC.len()
}
