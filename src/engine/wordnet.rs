//! What WordNet says about English nouns and verbs: base forms ("children" → "child",
//! "fell" → "fall"), how two nouns are related (same synset, one above the other, sharing a
//! parent) and coarse classes (person, group, artifact …).
//!
//! The data is WordNet 3.1 compacted by `scripts/gen-lexicon.mjs` into one binary file,
//! `data/wordnet.bin` (docs/lexicon.md gives its layout and what is kept). [`WordNet::parse`]
//! checks a file and reads it in place, as borrowed slices; the lookups of this module ask the
//! tables [`install`]ed for the process. Natively those are the committed file, built into the
//! program, so the CLI, tests and benchmarks answer as always; the page installs the file it
//! fetched, and until then (or for good, if the fetch failed) every word is unknown.
//!
//! Only common words are kept, so "unknown" (`None`, `Relation::Unknown`) is an everyday
//! answer: callers fall back to what they did without the lexicon. Input is a lower-case ASCII
//! word; anything else is unknown. Lookups are binary searches over the sorted tables: nothing
//! allocates except the few candidate forms of a lemma lookup.

use std::fmt;
use std::sync::OnceLock;

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

/// Why a lexicon data file was refused. A refused file is never used, not even in part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LexiconError {
    /// The file does not start with the magic bytes: it is not a lexicon file at all (an
    /// error page served in its place, say).
    NotALexicon,
    /// A layout this reader does not know: the file and the program come from different
    /// versions of the generator.
    Version { found: u16, expected: u16 },
    /// The header lists another number of sections than this layout has.
    Sections { found: u16, expected: u16 },
    /// Shorter than its header says: cut off in transit or on disk.
    Truncated { expected: usize, found: usize },
    /// Longer than its header says.
    TooLong { expected: usize, found: usize },
    /// The bytes do not match the header's checksum: damaged.
    Checksum,
    /// The named section contradicts the layout or the other sections (a word list out of
    /// order, a table of the wrong length).
    Malformed(&'static str),
    /// Tables were installed already; the first ones stay.
    AlreadyInstalled,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LexiconError::NotALexicon => write!(f, "not a lexicon file"),
            LexiconError::Version { found, expected } => {
                write!(f, "lexicon file version {found}, this program reads version {expected}")
            }
            LexiconError::Sections { found, expected } => {
                write!(f, "lexicon file has {found} sections, expected {expected}")
            }
            LexiconError::Truncated { expected, found } => {
                write!(f, "lexicon file is truncated: {found} of {expected} bytes")
            }
            LexiconError::TooLong { expected, found } => {
                write!(f, "lexicon file is {found} bytes, its header says {expected}")
            }
            LexiconError::Checksum => write!(f, "lexicon file is damaged (checksum mismatch)"),
            LexiconError::Malformed(section) => write!(f, "lexicon file is malformed: {section}"),
            LexiconError::AlreadyInstalled => write!(f, "a lexicon is installed already"),
        }
    }
}

/// Words per block of a word list: a lookup binary-searches the blocks' first words, then
/// reads at most one block.
const BLOCK: usize = 16;

/// The header's size: magic, version, section count, checksum, then a length per section.
const HEADER: usize = 12 + 4 * t::SECTIONS;

/// A sorted word list: the words separated by '\n', and the byte offset of every
/// `BLOCK`-th word, found when the file is parsed (the file does not carry them).
#[derive(Clone)]
struct List<'a> {
    words: &'a str,
    blocks: Vec<u16>,
    len: usize,
}

impl<'a> List<'a> {
    const EMPTY: List<'static> = List { words: "", blocks: Vec::new(), len: 0 };

    /// Check section `name`: lower-case words, each once, sorted by byte order, short enough
    /// for `u16` offsets.
    fn parse(bytes: &'a [u8], name: &'static str) -> Result<Self, LexiconError> {
        let malformed = LexiconError::Malformed(name);
        if bytes.len() > usize::from(u16::MAX) || !bytes.iter().all(|&b| b.is_ascii_lowercase() || b == b'\n')
        {
            return Err(malformed);
        }
        let words = std::str::from_utf8(bytes).map_err(|_| malformed)?;
        let mut list = List { words, blocks: Vec::new(), len: 0 };
        if words.is_empty() {
            return Ok(list);
        }
        let mut at = 0;
        let mut last = "";
        for w in words.split('\n') {
            if w <= last {
                // Empty, repeated or out of order.
                return Err(malformed);
            }
            if list.len % BLOCK == 0 {
                list.blocks.push(u16::try_from(at).map_err(|_| malformed)?);
            }
            list.len += 1;
            at += w.len() + 1;
            last = w;
        }
        Ok(list)
    }

    /// The words of block `b`, from its first.
    fn block(&self, b: usize) -> impl Iterator<Item = &'a str> {
        let start = self.blocks.get(b).map_or(self.words.len(), |&o| usize::from(o));
        self.words.get(start..).unwrap_or("").split('\n').take(BLOCK)
    }

    /// The word that starts at byte `o`. Words are short, so a plain byte scan for the
    /// separator is cheaper than a string searcher.
    fn word_at(&self, o: usize) -> &'a str {
        let rest = self.words.get(o..).unwrap_or("");
        let end = rest.bytes().position(|b| b == b'\n').unwrap_or(rest.len());
        rest.get(..end).unwrap_or("")
    }

    /// The position of `word` in the list and the list's copy of it.
    fn find(&self, word: &str) -> Option<(usize, &'a str)> {
        if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        // Blocks whose first word is <= word; the word, if listed, is in the last of them.
        let after = self.blocks.partition_point(|&o| self.word_at(usize::from(o)) <= word);
        let b = after.checked_sub(1)?;
        let mut at = usize::from(*self.blocks.get(b)?);
        for i in 0..BLOCK {
            if at >= self.words.len() {
                return None;
            }
            let w = self.word_at(at);
            if w >= word {
                return (w == word).then_some((b * BLOCK + i, w));
            }
            at += w.len() + 1;
        }
        None
    }

    /// The `i`-th word.
    fn nth(&self, i: usize) -> Option<&'a str> {
        self.block(i / BLOCK).nth(i % BLOCK)
    }
}

/// A table of little-endian `u16`s, read in place (the file gives no alignment).
#[derive(Clone, Copy)]
struct U16s<'a>(&'a [u8]);

impl<'a> U16s<'a> {
    fn parse(bytes: &'a [u8], name: &'static str) -> Result<Self, LexiconError> {
        if bytes.len() % 2 == 0 {
            Ok(U16s(bytes))
        } else {
            Err(LexiconError::Malformed(name))
        }
    }

    fn get(self, i: usize) -> Option<u16> {
        match self.0.get(i.checked_mul(2)?..)? {
            [lo, hi, ..] => Some(u16::from_le_bytes([*lo, *hi])),
            _ => None,
        }
    }

    fn len(self) -> usize {
        self.0.len() / 2
    }

    /// Whether the values ascend strictly, which `position` relies on.
    fn ascending(self) -> bool {
        (1..self.len()).all(|i| self.get(i - 1) < self.get(i))
    }

    /// The index of `v` in an ascending table.
    fn position(self, v: u16) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.get(mid)?.cmp(&v) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }
}

/// The WordNet tables, read in place from a data file's bytes ([`WordNet::parse`]); only the
/// block offsets of the five word lists (a few hundred `u16`s) are built.
#[derive(Clone)]
pub struct WordNet<'a> {
    /// Per noun `i` (in `nouns` order): `i` minus the synset id of its first sense.
    noun_sense1: U16s<'a>,
    /// The nouns (ascending indexes) whose second sense is kept, and that synset's id.
    sense2_noun: U16s<'a>,
    sense2: U16s<'a>,
    /// Per noun: the `CLASS_*` id of its first sense, or 0.
    noun_class: &'a [u8],
    /// Per synset id: its first hypernym's id, or `NONE`.
    hypernym: U16s<'a>,
    /// Per irregular form: the index of its base in `nouns` or `verbs`.
    noun_exc_base: U16s<'a>,
    verb_exc_base: U16s<'a>,
    nouns: List<'a>,
    noun_exc: List<'a>,
    verbs: List<'a>,
    verb_exc: List<'a>,
    /// The nouns that only name what a figure is about ("inflation", "price"), for labels.
    named: List<'a>,
}

/// FNV-1a, 32 bits, as `scripts/gen-lexicon.mjs` computes the header's checksum.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h: u32, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    U16s(bytes.get(at..)?).get(0)
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    match bytes.get(at..)? {
        [a, b, c, d, ..] => Some(u32::from_le_bytes([*a, *b, *c, *d])),
        _ => None,
    }
}

impl<'a> WordNet<'a> {
    /// No tables: every word is unknown. What the lookups answer until tables are installed.
    pub const fn empty() -> WordNet<'static> {
        WordNet {
            noun_sense1: U16s(&[]),
            sense2_noun: U16s(&[]),
            sense2: U16s(&[]),
            noun_class: &[],
            hypernym: U16s(&[]),
            noun_exc_base: U16s(&[]),
            verb_exc_base: U16s(&[]),
            nouns: List::EMPTY,
            noun_exc: List::EMPTY,
            verbs: List::EMPTY,
            verb_exc: List::EMPTY,
            named: List::EMPTY,
        }
    }

    /// Check a data file (its header, its checksum, and that the tables agree with each other
    /// and are sorted where the lookups search them) and read its tables in place.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, LexiconError> {
        let found = bytes.len();
        if !bytes.iter().zip(t::MAGIC).all(|(&b, m)| b == m) {
            return Err(LexiconError::NotALexicon);
        }
        let truncated = LexiconError::Truncated { expected: HEADER, found };
        let version = u16_at(bytes, 4).ok_or(truncated)?;
        if version != t::VERSION {
            return Err(LexiconError::Version { found: version, expected: t::VERSION });
        }
        let sections = u16_at(bytes, 6).ok_or(truncated)?;
        if usize::from(sections) != t::SECTIONS {
            // SECTIONS is small: the generator writes it from a short list.
            return Err(LexiconError::Sections { found: sections, expected: t::SECTIONS as u16 });
        }
        let checksum = u32_at(bytes, 8).ok_or(truncated)?;
        let mut lengths = [0usize; t::SECTIONS];
        let mut expected = HEADER;
        for (i, len) in lengths.iter_mut().enumerate() {
            *len = u32_at(bytes, 12 + 4 * i).ok_or(truncated)? as usize;
            expected = expected.saturating_add(*len);
        }
        if found < expected {
            return Err(LexiconError::Truncated { expected, found });
        }
        if found > expected {
            return Err(LexiconError::TooLong { expected, found });
        }
        let body = bytes.get(HEADER..).unwrap_or(&[]);
        if fnv1a(body) != checksum {
            return Err(LexiconError::Checksum);
        }
        // The sections, in the order the generator writes them.
        let mut rest = body;
        let mut next = |i: usize| {
            let (section, after) = rest.split_at(lengths.get(i).copied().unwrap_or(0).min(rest.len()));
            rest = after;
            section
        };
        let wn = WordNet {
            noun_sense1: U16s::parse(next(0), "NOUN_SENSE1")?,
            sense2_noun: U16s::parse(next(1), "SENSE2_NOUN")?,
            sense2: U16s::parse(next(2), "SENSE2")?,
            noun_class: next(3),
            hypernym: U16s::parse(next(4), "HYPERNYM")?,
            noun_exc_base: U16s::parse(next(5), "NOUN_EXC_BASE")?,
            verb_exc_base: U16s::parse(next(6), "VERB_EXC_BASE")?,
            nouns: List::parse(next(7), "NOUNS")?,
            noun_exc: List::parse(next(8), "NOUN_EXC")?,
            verbs: List::parse(next(9), "VERBS")?,
            verb_exc: List::parse(next(10), "VERB_EXC")?,
            named: List::parse(next(11), "NAMED")?,
        };
        // Per-noun tables have a value per noun; the others pair up as the lookups read them.
        // Ids and indexes out of range are not checked here: every read is checked anyway,
        // and finds nothing.
        let nouns = wn.nouns.len;
        let agree = [
            ("NOUN_SENSE1", wn.noun_sense1.len() == nouns),
            ("NOUN_CLASS", wn.noun_class.len() == nouns),
            ("SENSE2", wn.sense2.len() == wn.sense2_noun.len()),
            ("SENSE2_NOUN", wn.sense2_noun.ascending()),
            ("NOUN_EXC_BASE", wn.noun_exc_base.len() == wn.noun_exc.len),
            ("VERB_EXC_BASE", wn.verb_exc_base.len() == wn.verb_exc.len),
        ];
        match agree.iter().find(|(_, ok)| !ok) {
            Some(&(name, _)) => Err(LexiconError::Malformed(name)),
            None => Ok(wn),
        }
    }

    /// How many noun and verb lemmas the tables hold.
    pub fn lemmas(&self) -> (usize, usize) {
        (self.nouns.len, self.verbs.len)
    }

    /// The base form of `word` in `list`, WordNet's morphy: the exception list's base first
    /// ("children" → "child", "men" → "man", "fell" → "fall"), then the word itself if it is
    /// a lemma ("people", "troops"), then the suffix rules in order.
    fn lemma(
        word: &str,
        list: &List<'a>,
        exc: &List<'a>,
        exc_base: U16s<'a>,
        rules: &[(&str, &str)],
    ) -> Option<&'a str> {
        if let Some((i, _)) = exc.find(word) {
            if let Some(base) = exc_base.get(i).and_then(|b| list.nth(usize::from(b))) {
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

    /// See [`noun_lemma`].
    pub fn noun_lemma(&self, word: &str) -> Option<&'a str> {
        Self::lemma(word, &self.nouns, &self.noun_exc, self.noun_exc_base, NOUN_RULES)
    }

    /// See [`names_a_thing`].
    pub fn names_a_thing(&self, word: &str) -> bool {
        Self::lemma(word, &self.named, &List::EMPTY, U16s(&[]), NOUN_RULES).is_some()
    }

    /// See [`verb_lemma`].
    pub fn verb_lemma(&self, word: &str) -> Option<&'a str> {
        Self::lemma(word, &self.verbs, &self.verb_exc, self.verb_exc_base, VERB_RULES)
    }

    /// See [`verb_inflection`].
    pub fn verb_inflection(&self, word: &str) -> Option<&'a str> {
        if let Some((i, _)) = self.verb_exc.find(word) {
            return self
                .verb_exc_base
                .get(i)
                .and_then(|b| self.verbs.nth(usize::from(b)))
                .filter(|&base| base != word);
        }
        if !(word.ends_with('s') || word.ends_with("ed") || word.ends_with("ing")) {
            return None;
        }
        VERB_RULES.iter().find_map(|(ending, with)| {
            let stem = word.strip_suffix(ending).filter(|s| !s.is_empty())?;
            self.verbs.find(&format!("{stem}{with}")).map(|(_, w)| w)
        })
    }

    /// A noun lemma's position in `nouns`.
    fn noun(&self, lemma: &str) -> Option<usize> {
        self.nouns.find(lemma).map(|(i, _)| i)
    }

    /// The synset id of a noun's first sense.
    fn sense1(&self, i: usize) -> Option<u16> {
        let back = self.noun_sense1.get(i)?;
        u16::try_from(i).ok()?.checked_sub(back)
    }

    /// The synset id of a noun's second sense, when the tables keep it.
    fn sense2(&self, i: usize) -> Option<u16> {
        let i = u16::try_from(i).ok()?;
        self.sense2.get(self.sense2_noun.position(i)?)
    }

    fn hypernym(&self, s: u16) -> Option<u16> {
        self.hypernym.get(usize::from(s)).filter(|&h| h != t::NONE)
    }

    /// Whether `high` is one to `MAX_STEPS` hypernym steps above `low`.
    fn above(&self, high: u16, low: u16) -> bool {
        let mut s = low;
        for _ in 0..MAX_STEPS {
            match self.hypernym(s) {
                Some(h) if h == high => return true,
                Some(h) => s = h,
                None => return false,
            }
        }
        false
    }

    /// Whether the first sense of noun `narrow` is under the first or second sense of `broad`.
    fn under(&self, narrow: usize, broad: usize) -> bool {
        let Some(low) = self.sense1(narrow) else { return false };
        [self.sense1(broad), self.sense2(broad)].into_iter().flatten().any(|high| self.above(high, low))
    }

    /// See [`noun_relation`].
    pub fn noun_relation(&self, a: &str, b: &str) -> Relation {
        if a == b {
            return Relation::Same;
        }
        let (Some(x), Some(y)) = (self.noun(a), self.noun(b)) else { return Relation::Unknown };
        let senses = |i| [self.sense1(i), self.sense2(i)].into_iter().flatten();
        if senses(x).any(|s| senses(y).any(|u| u == s)) {
            return Relation::Synonym;
        }
        if self.under(x, y) || self.under(y, x) {
            return Relation::Hypernym;
        }
        let parent = |i| self.sense1(i).and_then(|s| self.hypernym(s));
        match (parent(x), parent(y)) {
            (Some(p), Some(q)) if p == q => Relation::Sibling,
            _ => Relation::Unrelated,
        }
    }

    /// See [`is_kind_of`].
    pub fn is_kind_of(&self, narrow: &str, broad: &str) -> bool {
        matches!((self.noun(narrow), self.noun(broad)), (Some(x), Some(y)) if self.under(x, y))
    }

    /// See [`noun_class`].
    pub fn noun_class(&self, lemma: &str) -> Option<NounClass> {
        use NounClass::*;
        let c = *self.noun_class.get(self.noun(lemma)?)?;
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
}

/// The tables the lookups below read, once installed.
static TABLES: OnceLock<WordNet<'static>> = OnceLock::new();

/// What the lookups read while nothing is installed: no tables, every word unknown.
static NO_TABLES: WordNet<'static> = WordNet::empty();

/// The committed data file, built into native programs (the CLI, tests, benchmarks, examples
/// and fuzz targets), which install it on their first lookup: none of them has to remember to,
/// and they answer exactly as before the tables moved out of the Rust source. The page
/// (wasm32) leaves it out, which is the point: it fetches the file instead.
#[cfg(not(target_arch = "wasm32"))]
const BUILT_IN: &[u8] = include_bytes!("../../data/wordnet.bin");

/// Check `bytes` as a data file and make its tables the ones every lookup reads, for the rest
/// of the process. A refused file changes nothing: the lookups keep answering from what was
/// there before (natively the built-in tables, in the page nothing, so "unknown").
pub fn install(bytes: &'static [u8]) -> Result<(), LexiconError> {
    let tables = WordNet::parse(bytes)?;
    TABLES.set(tables).map_err(|_| LexiconError::AlreadyInstalled)
}

/// Whether tables are installed (natively always: the built-in ones).
pub fn installed() -> bool {
    !std::ptr::eq(tables(), &NO_TABLES)
}

/// The installed tables, or none. Natively the first lookup installs the built-in file.
fn tables() -> &'static WordNet<'static> {
    #[cfg(not(target_arch = "wasm32"))]
    if TABLES.get().is_none() {
        // Another thread may install first; either way the tables are set once.
        if let Ok(tables) = built_in() {
            let _ = TABLES.set(tables);
        }
    }
    TABLES.get().unwrap_or(&NO_TABLES)
}

/// The built-in data file's check, for tests: natively the lookups read these tables.
#[cfg(not(target_arch = "wasm32"))]
pub fn built_in() -> Result<WordNet<'static>, LexiconError> {
    WordNet::parse(BUILT_IN)
}

/// The base form of a noun ("children" → "child", "casualties" → "casualty"), or None when
/// neither the word nor any base form of it is in the tables.
pub fn noun_lemma(word: &str) -> Option<&'static str> {
    tables().noun_lemma(word)
}

/// Whether `word` is, or is a plural of, one of the nouns kept only for labels: the ones that
/// name what a figure is about without being counted ("prices", "inflation", "depth").
pub fn names_a_thing(word: &str) -> bool {
    tables().names_a_thing(word)
}

/// The base form of a verb ("killed" → "kill", "injuring" → "injure", "rose" → "rise").
pub fn verb_lemma(word: &str) -> Option<&'static str> {
    tables().verb_lemma(word)
}

/// The base form of an inflected verb form only ("killed" → "kill", "rose" → "rise"), None
/// for a base form or an unknown word. Cheaper than [`verb_lemma`] on running text: a word
/// without a verb ending is looked up only among the irregular forms.
pub fn verb_inflection(word: &str) -> Option<&'static str> {
    tables().verb_inflection(word)
}

/// How many hypernym steps up [`Relation::Hypernym`] looks: "miner" is four under "worker"
/// (miner, laborer, workman, employee, worker) and "car" five under "vehicle". Only the first
/// hypernym of each synset is followed, so "house" is under "dwelling" but not "building".
pub const MAX_STEPS: usize = 5;

/// How two noun lemmas are related (see [`Relation`]). Give lemmas ([`noun_lemma`]), not
/// inflected forms: "ships" is unknown.
pub fn noun_relation(a: &str, b: &str) -> Relation {
    tables().noun_relation(a, b)
}

/// Whether noun lemma `narrow` is a kind of `broad` (its first sense within `MAX_STEPS` under
/// `broad`'s first or second sense): the direction [`Relation::Hypernym`] leaves out.
pub fn is_kind_of(narrow: &str, broad: &str) -> bool {
    tables().is_kind_of(narrow, broad)
}

/// The coarse class of a noun lemma's first sense, if it has one of [`NounClass`].
pub fn noun_class(lemma: &str) -> Option<NounClass> {
    tables().noun_class(lemma)
}

/// Whether a noun lemma's first sense is a person ("worker", "nurse", "passenger").
pub fn is_person(lemma: &str) -> bool {
    noun_class(lemma) == Some(NounClass::Person)
}

/// Whether a noun lemma's first sense is a group ("crew", "army", "staff", "family").
pub fn is_group(lemma: &str) -> bool {
    noun_class(lemma) == Some(NounClass::Group)
}
