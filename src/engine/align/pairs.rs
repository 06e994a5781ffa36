//! What every scorer sees of a pair of mentions: the analysis's borrowed inputs (`All`) with
//! the score cache, and the shared pieces of evidence (shared words, counted nouns, roles,
//! specificity) that both the rules and the fitted scorer read.

use super::*;

/// An article's value as `All::values` keeps it: the article, the kind and unit, and the value's
/// bits (low, high).
pub(super) type StatedValue = (usize, (Kind, Option<&'static str>), (u64, u64));

/// Everything the scoring needs, borrowed, and the scores computed so far: grouping asks
/// for the same pairs again and again.
pub(super) struct All<'a> {
    pub(super) articles: &'a [Article],
    pub(super) mentions: &'a [Vec<Mention>],
    pub(super) ctx: &'a [Vec<Context>],
    pub(super) vocab: &'a Vocab,
    pub(super) config: &'a Config,
    /// The global number of each article's first mention, for compact cache keys.
    pub(super) offsets: Vec<usize>,
    /// Whether two counted nouns (by id) are related in WordNet (1) or not (0), as asked so
    /// far. Keyed and valued as `align`'s value maps are, so the page holds one map type.
    pub(super) related: std::cell::RefCell<HashMap<(u64, u64), u32>>,
    /// Whether each mention is the only one of its article that counts its thing.
    pub(super) unique_noun: Vec<Vec<bool>>,
    /// Each article's values, by bucket and exact value: whether an article states a value.
    pub(super) values: HashSet<StatedValue>,
    pub(super) cache: std::cell::RefCell<HashMap<u64, Score>>,
    /// Each mention's context weight in all (rarity times closeness, summed), for the share
    /// two contexts have in common; computed once, not for every pair.
    pub(super) totals: Vec<Vec<f64>>,
    /// What labels asked the lexicon about each word, by word id: for each of `EVENT`,
    /// `THING` and `NOUN`, whether it was asked (that bit) and the answer (the next bit).
    pub(super) word_kinds: std::cell::RefCell<Vec<u8>>,
    /// Answers the memo did not hold (by word, as `WordMemo::kinds`), for `align` to keep.
    pub(super) fresh: std::cell::RefCell<HashMap<String, u32>>,
}

/// `All::word_kinds` questions, each the bit that says it was asked.
pub(super) const EVENT: u8 = 1;
pub(super) const THING: u8 = 4;
pub(super) const NOUN: u8 = 16;

impl<'a> All<'a> {
    pub(super) fn new(
        articles: &'a [Article],
        mentions: &'a [Vec<Mention>],
        ctx: &'a [Vec<Context>],
        vocab: &'a Vocab,
        config: &'a Config,
    ) -> Self {
        let offsets = mentions
            .iter()
            .scan(0, |n, ms| {
                let first = *n;
                *n += ms.len();
                Some(first)
            })
            .collect();
        let values = mentions
            .iter()
            .enumerate()
            .flat_map(|(a, ms)| ms.iter().filter_map(move |m| Some((a, bucket(m), value_key(m)?))))
            .collect();
        // Sorted (noun, mention) pairs put each article's mentions of one thing side by side.
        let unique_noun = ctx
            .iter()
            .map(|cs| {
                let mut nouns: Vec<(u32, usize)> =
                    cs.iter().enumerate().filter_map(|(i, c)| Some((c.noun?, i))).collect();
                nouns.sort_unstable();
                let mut unique = vec![false; cs.len()];
                for (k, &(n, i)) in nouns.iter().enumerate() {
                    let alone = |j: Option<&(u32, usize)>| j.is_none_or(|o| o.0 != n);
                    unique[i] = alone(k.checked_sub(1).and_then(|p| nouns.get(p))) && alone(nouns.get(k + 1));
                }
                unique
            })
            .collect();
        let weight = |&(w, p, _): &(u32, f32, bool)| vocab.idf(w) * f64::from(p);
        let totals =
            ctx.iter().map(|cs| cs.iter().map(|c| c.words.iter().map(weight).sum()).collect()).collect();
        All {
            articles,
            mentions,
            ctx,
            vocab,
            config,
            offsets,
            related: Default::default(),
            unique_noun,
            values,
            cache: Default::default(),
            totals,
            word_kinds: std::cell::RefCell::new(vec![0; vocab.words.len()]),
            fresh: Default::default(),
        }
    }

    /// Mention `r`'s context weight in all (`totals`).
    pub(super) fn total(&self, r: MentionRef) -> f64 {
        self.totals.get(r.article).and_then(|t| t.get(r.index)).copied().unwrap_or(0.0)
    }

    /// Whether word `w` is an `EVENT` or a `THING` to the lexicon (`label`): each
    /// question is put to the lexicon once per word and analysis, since every claim's label
    /// asks about the same words.
    pub(super) fn word_is(&self, w: u32, question: u8) -> bool {
        let known = self.word_kinds.borrow().get(w as usize).copied().unwrap_or(0);
        if known & question != 0 {
            return known & (question << 1) != 0;
        }
        let yes = self.lexicon_says(self.vocab.word(w), question);
        if let Some(k) = self.word_kinds.borrow_mut().get_mut(w as usize) {
            *k |= question | if yes { question << 1 } else { 0 };
        }
        yes
    }

    /// The lexicon's answer to a label question about a word: from the session's memo, else
    /// from WordNet, kept in `fresh` for the memo.
    pub(super) fn lexicon_says(&self, word: &str, question: u8) -> bool {
        let q = u32::from(question);
        let known = self.vocab.memo.kinds.get(word).or(self.fresh.borrow().get(word)).copied().unwrap_or(0);
        if known & q != 0 {
            return known & (q << 1) != 0;
        }
        let yes = match question {
            EVENT => super::label::is_event(word),
            THING => super::label::is_thing(word),
            _ => super::label::is_noun(word),
        };
        // `get` and `insert` only: the page already has them for this map type, not `entry`.
        let mut fresh = self.fresh.borrow_mut();
        let old = fresh.get(word).copied().unwrap_or(0);
        fresh.insert(word.to_string(), old | q | if yes { q << 1 } else { 0 });
        yes
    }

    /// A key for the unordered pair of two mentions.
    pub(super) fn key(&self, a: MentionRef, b: MentionRef) -> u64 {
        let g = |r: MentionRef| (self.offsets.get(r.article).copied().unwrap_or(0) + r.index) as u64;
        let (x, y) = (g(a), g(b));
        (x.min(y) << 32) | x.max(y)
    }

    /// Whether `r` is the only mention of its article that counts its thing.
    pub(super) fn unique_noun(&self, r: MentionRef) -> bool {
        self.unique_noun.get(r.article).and_then(|u| u.get(r.index)).copied().unwrap_or(false)
    }

    /// Whether article `article` states the value of mention `r` (in the same bucket).
    pub(super) fn states(&self, article: usize, r: MentionRef) -> bool {
        let m = self.mention(r);
        value_key(m).is_some_and(|v| self.values.contains(&(article, bucket(m), v)))
    }

    pub(super) fn mention(&self, r: MentionRef) -> &Mention {
        &self.mentions[r.article][r.index]
    }

    pub(super) fn context(&self, r: MentionRef) -> &Context {
        &self.ctx[r.article][r.index]
    }

    pub(super) fn text(&self, r: MentionRef) -> &str {
        self.mention(r).text(&self.articles[r.article].body)
    }

    /// The article's text after the mention, to its end.
    pub(super) fn after(&self, r: MentionRef) -> &str {
        self.articles[r.article].body.get(self.mention(r).end..).unwrap_or("")
    }

    #[cfg_attr(page_build, optimize(speed))]
    pub(super) fn verdict(&self, a: MentionRef, b: MentionRef) -> (Verdict, &'static str) {
        verdict(self.mention(a), self.text(a), self.mention(b), self.text(b), self.config)
    }
}

/// A pair's score, and whether something rules the match out whatever the rest says.
#[derive(Clone, Copy, Debug)]
pub(super) struct Score {
    pub(super) value: f64,
    pub(super) blocked: bool,
    /// `Scorer::Rules`, dates only: the evidence rests on fewer than `date_clues` separate
    /// clues, so the pair may join a claim another link made but never links on its own.
    pub(super) thin: bool,
    /// `Scorer::Fitted`: the pair's part of the vetting model's log-odds that the pair, if its
    /// values disagree, is a real contradiction (`scorer::vet_logit`; `build` adds the claim's
    /// part, `scorer::vet_claim`); infinite for a pair it does not judge (values that do not
    /// disagree, one sentence told twice in two snippets, `Scorer::Rules`).
    pub(super) vet: f32,
}

impl Score {
    /// The fitted scorer's score of a pair with comparison vector `x`. Kept out of line: the
    /// speed-built callers would each carry a copy of the vetting model's sum.
    #[inline(never)]
    pub(super) fn fitted(all: &All, x: &Vector) -> Score {
        let value = scorer::logit(x, &all.config.weights);
        let vet = if x[at::DISAGREE] == 0.0 {
            f32::INFINITY
        } else {
            scorer::vet_logit(x, value, &all.config.vetting) as f32
        };
        Score { value, blocked: false, thin: false, vet }
    }
}

/// The bucket a mention can only match within: its kind and unit.
pub(super) fn bucket(m: &Mention) -> (Kind, Option<&'static str>) {
    let kind = if m.kind == Kind::Ordinal { Kind::Number } else { m.kind };
    // Bare "degrees" meets named temperatures (`compare::comparable`).
    let unit = if m.unit == Some("deg") { Some("degC") } else { m.unit };
    (kind, unit)
}

/// Score the evidence that two mentions in different articles state the same fact (cached).
pub(super) fn score(all: &All, a: MentionRef, b: MentionRef) -> Score {
    let key = all.key(a, b);
    if let Some(s) = all.cache.borrow().get(&key) {
        return *s;
    }
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    let s = score_uncached(all, a, b);
    all.cache.borrow_mut().insert(key, s);
    s
}

#[cfg_attr(page_build, optimize(speed))]
pub(super) fn score_uncached(all: &All, a: MentionRef, b: MentionRef) -> Score {
    match all.config.deciding() {
        Scorer::Rules => rules_score(all, a, b),
        Scorer::Fitted => match compare_vector(all, a, b) {
            None => Score { value: f64::NEG_INFINITY, blocked: true, thin: true, vet: f32::INFINITY },
            Some(x) => Score::fitted(all, &x),
        },
    }
}

/// What two mentions' contexts share: rarity-weighted words and names, each weighted by its
/// closeness to both mentions, and how many separate clues they are.
pub(super) struct Shared {
    pub(super) words: f64,
    pub(super) names: f64,
    /// Shared words that are evidence: not too common, not a name the whole story is about.
    pub(super) clues: usize,
    /// The weight of the shared words in both contexts: over both contexts' weight in all
    /// (`All::total`) it is the share they have in common, near 1 for one sentence told twice
    /// ("Four workers were injured at the plant" and "Three workers were injured at the
    /// plant"), whatever the sentences' length.
    pub(super) both: f64,
}

/// The context words two mentions share (both lists are sorted by word id, so one merge pass).
pub(super) fn shared_words(all: &All, ca: &Context, cb: &Context) -> Shared {
    let mut out = Shared { words: 0.0, names: 0.0, clues: 0, both: 0.0 };
    let (mut i, mut j) = (0, 0);
    while let (Some(&(wa, pa, na)), Some(&(wb, pb, nb))) = (ca.words.get(i), cb.words.get(j)) {
        match wa.cmp(&wb) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                // A name the whole story is about ("AI" in every article) is a plain word.
                let topical = all.vocab.topical(wa);
                let idf = all.vocab.idf(wa);
                let w = idf * f64::from(pa.min(pb));
                if (na || nb) && !topical {
                    out.names += w;
                } else {
                    out.words += w;
                }
                out.both += idf * f64::from(pa + pb);
                out.clues += usize::from(idf > 0.0 && !topical);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Whether two sorted id lists share an id.
pub(super) fn shares(a: &[u32], b: &[u32]) -> bool {
    common_sorted(a, b) > 0
}

/// Two different counted nouns that may name the same things: "people" for any group of
/// people, "workers" for any trade.
pub(super) fn related_nouns(ca: &Context, cb: &Context) -> bool {
    (ca.noun_is_people && cb.noun_is_human)
        || (cb.noun_is_people && ca.noun_is_human)
        || (ca.noun_is_worker && cb.noun_is_trade)
        || (cb.noun_is_worker && ca.noun_is_trade)
}

/// The roles that tell look-alike facts apart, each with the fitted scorer's feature for it
/// and whether the two mentions differ in it: killed vs injured, a start vs an end, figures
/// tied to different dates ("$960 million in the first quarter" vs "$1.1 billion in the
/// second quarter"), casualties of different severity ("three of them seriously" vs "four were
/// still in hospital"), a forecast vs a result (every future date is a plan, so only for
/// figures), analysts' forecast vs the subject's own, an earlier period vs the current one, a
/// change vs a level, a capacity vs a count, the base of a proportion ("one in five") vs a count.
pub(super) fn role_differences(m: &Mention, ca: &Context, cb: &Context) -> [(usize, bool); 10] {
    let date = matches!(m.kind, Kind::Date | Kind::Time);
    [
        (at::CASUALTY, matches!((ca.casualty, cb.casualty), (Some(x), Some(y)) if x != y)),
        (at::BOUNDARY, date && matches!((ca.starts, cb.starts), (Some(x), Some(y)) if x != y)),
        (at::ANCHORS, matches!((ca.anchor, cb.anchor), (Some(x), Some(y)) if disjoint(x, y))),
        (at::SEVERITY, ca.casualty.is_some() && cb.casualty.is_some() && ca.severe != cb.severe),
        (at::FORECAST, ca.forecast != cb.forecast && !date),
        (at::CONSENSUS, ca.forecast && cb.forecast && ca.consensus != cb.consensus),
        (at::EARLIER, ca.earlier_period != cb.earlier_period),
        (at::CHANGE, ca.change != cb.change),
        (at::CAPACITY, ca.capacity != cb.capacity),
        (at::PROPORTION, ca.proportion != cb.proportion),
    ]
}

/// Whether two mentions play roles that make them different facts whatever else they share
/// (any of `role_differences`): the rules' veto, and the test for an article repeating itself.
pub(super) fn roles_conflict(m: &Mention, ca: &Context, cb: &Context) -> bool {
    role_differences(m, ca, cb).iter().any(|&(_, differ)| differ)
}

/// Whether two closed intervals (of days, minutes, ...) do not overlap.
pub(super) fn disjoint<T: PartialOrd>(p: (T, T), q: (T, T)) -> bool {
    p.1 < q.0 || q.1 < p.0
}

/// How specific a value is, from 1 (a small whole number, a year) to 3 (a date to the day,
/// a figure with three or more significant digits, a time taken).
pub(super) fn specificity(m: &Mention) -> f64 {
    if let Some(d) = &m.date {
        return match d.granularity {
            Granularity::Day => 3.0,
            Granularity::Year | Granularity::Decade => 1.0,
            _ => 2.0,
        };
    }
    let Some((low, _)) = m.num() else { return 1.0 };
    // A time taken ("2:01:09", "1:06:20") is read as a clock is, without a place value, and
    // is told to the second: as specific as a figure gets.
    if m.kind == Kind::Duration && m.step == 0.0 {
        return 3.0;
    }
    let step = if m.step > 0.0 { m.step } else { 1.0 };
    let digits = (low.abs() / step).max(1.0).log10().floor() + 1.0;
    digits.clamp(1.0, 3.0)
}

/// A value as exact bits, so equal values meet in a map: numbers by their bounds, dates by
/// their days.
pub(super) fn value_key(m: &Mention) -> Option<(u64, u64)> {
    match m.value {
        Some(Value::Num { low, high }) => Some((low.to_bits(), high.to_bits())),
        Some(Value::Date { start, end }) => {
            let day = |d: chrono::NaiveDate| u64::from(chrono::Datelike::num_days_from_ce(&d) as u32);
            Some((day(start), day(end)))
        }
        None => None,
    }
}

/// How many keys two sorted lists share, in one merge pass.
pub(super) fn common_sorted(p: &[u32], q: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (p.get(i), q.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}
