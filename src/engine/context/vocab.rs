//! The words of one analysis: each word's id, its form as first written, in how many
//! sentences and articles it occurs and how rare that makes it, and what the lexicon said of
//! it, remembered from one analysis to the next (`WordMemo`).

use rustc_hash::FxHashMap as HashMap;

use super::*;

/// What the lexicon says of each word, remembered from one analysis to the next. Every answer
/// depends on the word alone, never on the articles, so an analysis with a memo filled by
/// earlier ones is the same as one without; a face that re-analyses after every edit (the
/// page) keeps one, and only new words cost a look-up. Emptied when it grows past `MEMO_WORDS`,
/// and when WordNet's tables were installed since it was filled (the page installs them once
/// its data file arrives), as its answers from before would be stale.
#[derive(Default)]
pub struct WordMemo {
    /// Whether WordNet's tables were installed when the memo was filled.
    wordnet: bool,
    /// Each word token's text, with the index in `form_list` of the form it is compared as
    /// (`NO_FORM`: a stop word, number word or too short). Maps from strings to `u32` only,
    /// like `Vocab::ids`: each other map type would add its own copy of the hash table's code
    /// to the page.
    pub(super) forms: HashMap<String, u32>,
    pub(super) form_list: Vec<String>,
    /// What the role words say of each distinct lower-case word, as its index in `lex_list`
    /// (a map type the page already holds).
    pub(super) lexes: HashMap<String, u32>,
    pub(super) lex_list: Vec<Lex>,
    /// The action lemma of each distinct lower-case word asked about, as its index in
    /// `lemmas` (`NO_FORM`: none), a map type the page already holds.
    actions: HashMap<String, u32>,
    lemmas: Vec<&'static str>,
    /// What labels asked the lexicon about each word (`align`'s `EVENT` and `THING` bits: asked,
    /// and the answer), so a claim label asks WordNet once per word per session.
    pub(in crate::engine) kinds: HashMap<String, u32>,
}

/// How many distinct words a `WordMemo` holds before it starts again: a long session of
/// pastes stays within a few megabytes.
const MEMO_WORDS: usize = 50_000;

/// `WordMemo::forms` and `Vocab::known`: the word is not compared (so it has no id);
/// `WordMemo::actions`: the word names no action.
pub(super) const NO_FORM: u32 = u32::MAX;

/// The index in `list` that `map` gives `key`, computed by `make` and stored the first time
/// (`NO_FORM` when `make` gives nothing): the memos keep indexes in maps of one type, which
/// the page then holds once.
#[inline]
pub(super) fn memo_index<T>(
    map: &mut HashMap<String, u32>,
    list: &mut Vec<T>,
    key: &str,
    make: impl FnOnce() -> Option<T>,
) -> u32 {
    if let Some(&at) = map.get(key) {
        return at;
    }
    let at = make().map_or(NO_FORM, |x| {
        list.push(x);
        list.len() as u32 - 1
    });
    map.insert(key.to_string(), at);
    at
}

impl WordMemo {
    /// Start again if the memo has grown past `MEMO_WORDS` words, or if WordNet's tables
    /// were installed since it was filled.
    pub fn bound(&mut self) {
        let wordnet = super::super::wordnet::installed();
        if self.forms.len() + self.lexes.len() > MEMO_WORDS || self.wordnet != wordnet {
            *self = WordMemo { wordnet, ..WordMemo::default() };
        }
    }
}

/// Interned words shared across all articles of one analysis.
#[derive(Default)]
pub struct Vocab {
    ids: HashMap<String, u32>,
    /// Each word token's text seen so far, with the id its normal form got (`NO_FORM` for stop
    /// words and number words), so a word every article repeats is normalised once. Kept as
    /// plain ids, as `forms` is, so the page holds one map type for both.
    pub(super) known: HashMap<String, u32>,
    /// What the lexicon says of each word, kept by the caller from one analysis to the next.
    pub memo: WordMemo,
    pub words: Vec<String>,
    /// Each word as first written (without a possessive), to show users instead of the
    /// stemmed form ("injured", not "injur").
    pub shown: Vec<String>,
    /// In how many sentences (over all articles) each word occurs.
    pub df: Vec<u32>,
    /// Total sentences over all articles.
    pub sentences: u32,
    weights: Vec<f64>,
    /// Sentence count above which a word is too common (set by `finish`).
    common: f64,
    /// In how many articles each word occurs, and the last article that counted it.
    articles_with: Vec<u32>,
    last_article: Vec<u32>,
    /// The article being read (one `contexts` call each), counted from 1.
    pub(super) article: u32,
    /// The word is written in capitals wherever it occurs ("AI", "EU", "VCT"; not "Brennock",
    /// even when a dateline has "BRENNOCK").
    acronym: Vec<bool>,
    /// Names that only say what the whole story is about (set by `finish`): an acronym found
    /// in every one of three or more articles ("AI" in a story on AI companies).
    topical: Vec<bool>,
}

impl Vocab {
    pub(super) fn id(&mut self, w: &str) -> u32 {
        self.id_as(w, w)
    }

    /// The id of word form `w`, remembering `surface` as how it is shown if `w` is new.
    pub(super) fn id_as(&mut self, w: &str, surface: &str) -> u32 {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        let id = self.words.len() as u32;
        self.ids.insert(w.to_string(), id);
        self.words.push(w.to_string());
        self.shown.push(without_possessive(surface).to_string());
        self.df.push(0);
        self.articles_with.push(0);
        self.last_article.push(0);
        self.acronym.push(true);
        id
    }

    /// The action lemma of a lower-case word (`action_of`), looked up once per word.
    pub(super) fn action(&mut self, lc: &str) -> Option<&'static str> {
        let memo = &mut self.memo;
        let at = memo_index(&mut memo.actions, &mut memo.lemmas, lc, || action_of(lc));
        memo.lemmas.get(at as usize).copied()
    }

    /// Count one sentence holding word `id`, written `surface`.
    pub(super) fn seen(&mut self, id: u32, surface: &str) {
        let i = id as usize;
        if let Some(df) = self.df.get_mut(i) {
            *df += 1;
        }
        if self.last_article.get(i).is_some_and(|&a| a != self.article) {
            self.last_article[i] = self.article;
            self.articles_with[i] += 1;
        }
        if self.acronym.get(i).copied().unwrap_or(false) && !is_acronym(surface) {
            self.acronym[i] = false;
            // A name first met in a capitalised dateline ("KESSLER FORD (Northline) -") is
            // shown as the text writes it elsewhere ("Kessler").
            if let Some(shown) = self.shown.get_mut(i) {
                *shown = without_possessive(surface).to_string();
            }
        }
    }

    /// Whether the word is a name that only says what the story is about, so it counts as a
    /// plain word rather than a name (valid after `finish`).
    pub fn topical(&self, id: u32) -> bool {
        self.topical.get(id as usize).copied().unwrap_or(false)
    }

    /// The word with id `id` as compared, without the mark of a folded noun group ("#people"
    /// is "people"); "" for an unknown id.
    pub fn word(&self, id: u32) -> &str {
        self.words.get(id as usize).map_or("", |w| w.trim_start_matches('#'))
    }

    /// How much a shared occurrence of the word says: rare words say more. Zero for words
    /// too common to count (in more than `max_share` of sentences). Valid after `finish`.
    pub fn idf(&self, id: u32) -> f64 {
        self.weights.get(id as usize).copied().unwrap_or(0.0)
    }

    /// Fix every word's weight once all articles are read, so scoring never takes a log. A
    /// word in one sentence of each article is never too common, however short the
    /// articles: that is exactly the evidence a match needs.
    pub fn finish(&mut self, max_share: f64, articles: usize, min_sentences: f64) {
        let n = f64::from(self.sentences.max(1));
        let limit = (max_share * n).max(articles as f64);
        let n = n.max(min_sentences);
        self.common = limit;
        let every = articles as u32;
        self.topical = self
            .acronym
            .iter()
            .zip(&self.articles_with)
            .map(|(&caps, &with)| caps && every >= 3 && with >= every)
            .collect();
        self.weights = self
            .df
            .iter()
            .map(|&df| {
                let df = f64::from(df.max(1));
                if df > limit {
                    0.0
                } else {
                    (1.0 + n / df).ln()
                }
            })
            .collect();
    }

    /// Whether the word is in too many sentences to be evidence (valid after `finish`).
    pub fn too_common(&self, id: u32) -> bool {
        f64::from(self.df.get(id as usize).copied().unwrap_or(0)) > self.common
    }
}

/// A word without its possessive "'s", written with a plain or a typographic apostrophe.
pub(super) fn without_possessive(w: &str) -> &str {
    // `strip_suffix` in a loop rather than `trim_end_matches`, whose string searcher is set up
    // on every call: this runs for every word of every sentence.
    let mut w = w;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("\u{2019}s") {
        w = rest;
    }
    w
}

/// A word written in capitals: two or more letters, no lower-case one ("AI", "EU's", "G7").
fn is_acronym(surface: &str) -> bool {
    let bare = without_possessive(surface);
    let b = bare.as_bytes();
    b.len() >= 2
        && b[0].is_ascii_uppercase()
        && b[1].is_ascii_uppercase()
        && !bare.chars().any(char::is_lowercase)
}
