//! Which mentions in different articles state the same fact. Candidate pairs come from an
//! inverted index of shared context words and nouns (no all-pairs pass), each is scored from
//! its evidence, and groups grow from the strongest links down under consistency checks.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::article::Article;
use super::claim::{Analysis, Claim, Contribution, Evidence, MentionRef, Pair, Status, Verdict};
use super::compare::{comparable, verdict, UNRESOLVED, YEARLESS};
use super::config::{Config, Scorer};
use super::context::{contexts, Context, Vocab};
use super::features::{self, at, Vector};
use super::mention::{Granularity, Kind, Mention, Qualifier, Value};
use super::scorer;
use super::wordnet;

/// Lists longer than this in the inverted index are too common to propose candidates.
const MAX_POSTINGS: usize = 48;

/// Group the mentions of all articles into claims and judge each claim.
#[cfg_attr(page_build, optimize(speed))]
pub fn align(articles: &[Article], mentions: Vec<Vec<Mention>>, config: &Config) -> Analysis {
    let (ctx, vocab) = prepare(articles, &mentions, config);
    // Global numbering of mentions.
    let refs: Vec<MentionRef> = mentions
        .iter()
        .enumerate()
        .flat_map(|(a, ms)| (0..ms.len()).map(move |index| MentionRef { article: a, index }))
        .collect();
    let all = All::new(articles, &mentions, &ctx, &vocab, config);
    let edges = candidate_edges(&all, &refs);
    let mut groups = cluster(&all, &refs, edges);
    gather_repeats(&all, &refs, &mut groups);
    build(&all, &refs, groups, mentions.clone())
}

/// Every mention's context, and the vocabulary of all articles with its rarities fixed.
fn prepare(articles: &[Article], mentions: &[Vec<Mention>], config: &Config) -> (Vec<Vec<Context>>, Vocab) {
    let mut vocab = Vocab::default();
    let ctx: Vec<Vec<Context>> = articles
        .iter()
        .zip(mentions)
        .map(|(art, ms)| contexts(&art.body, art.published, ms, config.context_window, &mut vocab))
        .collect();
    vocab.finish(config.max_word_share, articles.len(), config.min_sentences);
    (ctx, vocab)
}

/// The evidence score of one pair and whether something rules it out, recomputed from
/// scratch: for explaining a match (or a missed one) to a user, not for the hot path.
pub fn score_pair(
    articles: &[Article],
    mentions: &[Vec<Mention>],
    config: &Config,
    a: MentionRef,
    b: MentionRef,
) -> (f64, bool) {
    let (ctx, vocab) = prepare(articles, mentions, config);
    let all = All::new(articles, mentions, &ctx, &vocab, config);
    let valid = |r: MentionRef| mentions.get(r.article).is_some_and(|ms| r.index < ms.len());
    if !valid(a) || !valid(b) {
        return (f64::NEG_INFINITY, true);
    }
    let s = score(&all, a, b);
    (s.value, s.blocked)
}

/// Every candidate pair of the articles' mentions with its comparison vector and whether a
/// role rules it out: what the scorer is fitted on (`examples/fit_scorer.rs`).
pub fn candidate_vectors(
    articles: &[Article],
    mentions: &[Vec<Mention>],
    config: &Config,
) -> Vec<(MentionRef, MentionRef, Vector, bool)> {
    let (ctx, vocab) = prepare(articles, mentions, config);
    let refs: Vec<MentionRef> = mentions
        .iter()
        .enumerate()
        .flat_map(|(a, ms)| (0..ms.len()).map(move |index| MentionRef { article: a, index }))
        .collect();
    let all = All::new(articles, mentions, &ctx, &vocab, config);
    candidate_vectors_of(&all, &refs)
        .into_iter()
        .map(|(g, h, x, blocked)| (refs[g], refs[h], x, blocked))
        .collect()
}

/// Every candidate pair's comparison vector, with the features that depend on the other
/// candidates set: whether each is the other's closest match in its article by context
/// (record linkage's one-to-one preference: a story's injured count in one report is most
/// likely the injured count in the next).
fn candidate_vectors_of(all: &All, refs: &[MentionRef]) -> Vec<(usize, usize, Vector, bool)> {
    let mut out: Vec<(usize, usize, Vector, bool)> = candidates(all, refs)
        .into_iter()
        .filter_map(|(g, h)| compare_vector(all, refs[g], refs[h]).map(|(x, b)| (g, h, x, b)))
        .collect();
    // The best context strength of each mention against each other article.
    let mut best: HashMap<(usize, usize), f64> = HashMap::default();
    for (g, h, x, blocked) in &out {
        if *blocked {
            continue;
        }
        let s = features::context_strength(x);
        for (m, other) in [(*g, refs[*h].article), (*h, refs[*g].article)] {
            let e = best.entry((m, other)).or_insert(f64::NEG_INFINITY);
            *e = e.max(s);
        }
    }
    for (g, h, x, blocked) in &mut out {
        let s = features::context_strength(x);
        let top = |m: usize, other: usize| best.get(&(m, other)).is_some_and(|&b| s >= b);
        if !*blocked && s > 0.0 && top(*g, refs[*h].article) && top(*h, refs[*g].article) {
            x[at::MUTUAL] = 1.0;
            x[at::DISAGREE_MUTUAL] = x[at::DISAGREE];
        }
    }
    out
}

/// Everything the scoring needs, borrowed, and the scores computed so far: grouping asks
/// for the same pairs again and again.
struct All<'a> {
    articles: &'a [Article],
    mentions: &'a [Vec<Mention>],
    ctx: &'a [Vec<Context>],
    vocab: &'a Vocab,
    config: &'a Config,
    /// The global number of each article's first mention, for compact cache keys.
    offsets: Vec<usize>,
    /// Whether two counted nouns (by id) are related in WordNet, as asked so far.
    related: std::cell::RefCell<HashMap<(u32, u32), bool>>,
    /// How many mentions of each article count each thing: (article, counted noun id).
    noun_counts: HashMap<(usize, u32), usize>,
    /// Each article's values, by bucket and exact value: whether an article states a value.
    values: HashSet<(usize, (Kind, Option<&'static str>), (u64, u64))>,
    cache: std::cell::RefCell<HashMap<u64, Score>>,
}

impl<'a> All<'a> {
    fn new(
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
        let mut noun_counts: HashMap<(usize, u32), usize> = HashMap::default();
        for (a, cs) in ctx.iter().enumerate() {
            for n in cs.iter().filter_map(|c| c.noun) {
                *noun_counts.entry((a, n)).or_default() += 1;
            }
        }
        All {
            articles,
            mentions,
            ctx,
            vocab,
            config,
            offsets,
            related: Default::default(),
            noun_counts,
            values,
            cache: Default::default(),
        }
    }

    /// A key for the unordered pair of two mentions.
    fn key(&self, a: MentionRef, b: MentionRef) -> u64 {
        let g = |r: MentionRef| (self.offsets.get(r.article).copied().unwrap_or(0) + r.index) as u64;
        let (x, y) = (g(a), g(b));
        (x.min(y) << 32) | x.max(y)
    }

    /// How many mentions of `r`'s article count the same thing as `r`.
    fn noun_count(&self, r: MentionRef) -> usize {
        let Some(noun) = self.context(r).noun else { return 0 };
        self.noun_counts.get(&(r.article, noun)).copied().unwrap_or(0)
    }

    /// Whether article `article` states the value of mention `r` (in the same bucket).
    fn states(&self, article: usize, r: MentionRef) -> bool {
        let m = self.mention(r);
        value_key(m).is_some_and(|v| self.values.contains(&(article, bucket(m), v)))
    }

    fn mention(&self, r: MentionRef) -> &Mention {
        &self.mentions[r.article][r.index]
    }

    fn context(&self, r: MentionRef) -> &Context {
        &self.ctx[r.article][r.index]
    }

    fn text(&self, r: MentionRef) -> &str {
        self.mention(r).text(&self.articles[r.article].body)
    }

    #[cfg_attr(page_build, optimize(speed))]
    fn verdict(&self, a: MentionRef, b: MentionRef) -> (Verdict, &'static str) {
        verdict(self.mention(a), self.text(a), self.mention(b), self.text(b), self.config)
    }
}

/// A pair's score, and whether something rules the match out whatever the rest says.
#[derive(Clone, Copy, Debug)]
struct Score {
    value: f64,
    blocked: bool,
    /// `Scorer::Rules`, dates only: the evidence rests on fewer than `date_clues` separate
    /// clues, so the pair may join a claim another link made but never links on its own.
    thin: bool,
}

/// The bucket a mention can only match within: its kind and unit.
fn bucket(m: &Mention) -> (Kind, Option<&'static str>) {
    let kind = if m.kind == Kind::Ordinal { Kind::Number } else { m.kind };
    (kind, m.unit)
}

/// Score the evidence that two mentions in different articles state the same fact (cached).
fn score(all: &All, a: MentionRef, b: MentionRef) -> Score {
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
fn score_uncached(all: &All, a: MentionRef, b: MentionRef) -> Score {
    match all.config.scorer {
        Scorer::Rules => rules_score(all, a, b),
        Scorer::Fitted => match compare_vector(all, a, b) {
            None => Score { value: f64::NEG_INFINITY, blocked: true, thin: true },
            Some((x, blocked)) => {
                Score { value: scorer::logit(&x, &all.config.weights), blocked, thin: false }
            }
        },
    }
}

#[cfg_attr(page_build, optimize(speed))]
/// The hand-set evidence score of `Scorer::Rules` (the README's "How claims and verdicts are
/// decided"): a sum of evidence, with roles that rule a match out.
fn rules_score(all: &All, a: MentionRef, b: MentionRef) -> Score {
    let config = all.config;
    let (ma, mb) = (all.mention(a), all.mention(b));
    if a.article == b.article || !comparable(ma, mb) {
        return Score { value: f64::NEG_INFINITY, blocked: true, thin: true };
    }
    let (ca, cb) = (all.context(a), all.context(b));
    let mut value = 0.0;
    let mut blocked = false;
    // Separate clues: shared words that are not the story's topic, the same role, the same
    // noun, the same value. One shared adverb ("fully") is never enough to link two dates.
    let mut clues = 0usize;
    let shared = shared_words(all, ca, cb);
    value += shared.words + shared.names * config.name_weight;
    clues += shared.clues;
    match (ca.noun, cb.noun) {
        // "people" is the commonest counted noun; sharing it says little on its own.
        (Some(x), Some(y)) if x == y && ca.noun_is_people => {
            value += config.same_noun / 2.0;
            clues += 1;
        }
        (Some(x), Some(y)) if x == y => {
            value += config.same_noun;
            clues += 1;
        }
        (Some(_), Some(_))
            if (ca.noun_is_people && cb.noun_is_human) || (cb.noun_is_people && ca.noun_is_human) =>
        {
            value += config.same_noun / 2.0
        }
        // "workers" stands for any trade ("2,400 workers" and "the 2,400 dockers") as
        // "people" stands for any group of people.
        (Some(_), Some(_))
            if (ca.noun_is_worker && cb.noun_is_trade) || (cb.noun_is_worker && ca.noun_is_trade) =>
        {
            value += config.same_noun / 2.0
        }
        // Two words for groups of people ("union members", "workers", "dockers") often name
        // the same people, so they count half against.
        (Some(_), Some(_)) if ca.noun_is_human && cb.noun_is_human => value -= config.different_noun / 2.0,
        // Different nouns usually mean different facts, but "1,240 volunteers" and "more
        // than 1,200 patients" can be one: strong context may still carry the match.
        (Some(_), Some(_)) => value -= config.different_noun,
        _ => {}
    }
    if roles_conflict(ma, ca, cb) {
        blocked = true;
    } else {
        // The same role (both killed, both started) is evidence like a shared word.
        let same_casualty = ca.casualty.is_some() && ca.casualty == cb.casualty;
        let same_boundary =
            matches!(ma.kind, Kind::Date | Kind::Time) && ca.starts.is_some() && ca.starts == cb.starts;
        if same_casualty || same_boundary {
            value += config.same_noun / 2.0;
            clues += 1;
        }
    }
    let verdict = all.verdict(a, b).0;
    // A date without a value ("In May" with no year to be had) is consistent with too much
    // to count as evidence: only two resolved values can vouch for each other.
    let resolved = ma.value.is_some() && mb.value.is_some();
    if blocked {
        value -= config.role_conflict;
    } else if resolved && verdict == Verdict::Agree {
        // An identical specific value ("18.2%", "Aug. 6") is better evidence than "2".
        value += config.consistent_value * specificity(ma);
        clues += 1;
    } else if resolved && verdict == Verdict::Compatible {
        // "$7.31 billion" and "$7.3 billion": a rounding of a specific value is evidence too;
        // a bound or estimate that merely contains the other value says less.
        let exact = ma.qualifier == Qualifier::Exact && mb.qualifier == Qualifier::Exact;
        let spec = if exact { specificity(ma).min(specificity(mb)) } else { 1.0 };
        value += config.consistent_value * spec;
    } else if let (Some((x, _)), Some((y, _))) = (ma.num(), mb.num()) {
        let (small, large) = (x.abs().min(y.abs()), x.abs().max(y.abs()));
        // The further apart, the less likely one fact: 12 vs 14 is a dispute, 2 vs 2,400 is
        // two different things. Each further factor of ten past `far_ratio` counts again.
        if large > small * config.far_ratio {
            let beyond = (large / (small * config.far_ratio).max(f64::MIN_POSITIVE)).log10().min(3.0);
            value -= config.far_value * (1.0 + beyond);
        }
    }
    let thin = matches!(ma.kind, Kind::Date | Kind::Time) && clues < config.date_clues;
    Score { value, blocked, thin }
}

/// The comparison vector of two mentions in different articles, and whether their roles
/// rule the match out whatever the evidence (a cannot-link rule, not a weight). `None` when
/// they cannot be compared at all (one article, other kinds or units).
#[cfg_attr(page_build, optimize(speed))]
fn compare_vector(all: &All, a: MentionRef, b: MentionRef) -> Option<(Vector, bool)> {
    let config = all.config;
    let (ma, mb) = (all.mention(a), all.mention(b));
    if a.article == b.article || !comparable(ma, mb) {
        return None;
    }
    let (ca, cb) = (all.context(a), all.context(b));
    let mut x = features::empty();
    let date = matches!(ma.kind, Kind::Date | Kind::Time);
    let shared = shared_words(all, ca, cb);
    let (words, names) = (shared.words, shared.names);
    x[if date { at::DATE_WORDS } else { at::WORDS }] = features::damp(words);
    x[at::NAMES] = features::damp(names);
    match (ca.noun, cb.noun) {
        (Some(p), Some(q)) if p == q && ca.noun_is_people => x[at::SAME_PEOPLE] = 1.0,
        (Some(p), Some(q)) if p == q => x[at::SAME_NOUN] = 1.0,
        (Some(_), Some(_)) if related_nouns(all, ca, cb) => x[at::RELATED_NOUN] = 1.0,
        (Some(p), Some(q)) if lexically_related(all, p, q) => x[at::WORDNET] = 1.0,
        (Some(_), Some(_)) => x[at::DIFFERENT_NOUN] = 1.0,
        (Some(_), None) | (None, Some(_)) => x[at::ONE_NOUN] = 1.0,
        (None, None) => {}
    }
    roles(ma, ca, cb, &mut x);
    // Only incomparable mentions (other kinds or units, above) are cannot-links here.
    let blocked = false;
    let same_casualty = ca.casualty.is_some() && ca.casualty == cb.casualty;
    let same_boundary = date && ca.starts.is_some() && ca.starts == cb.starts;
    if same_casualty || same_boundary {
        x[at::SAME_ROLE] = 1.0;
    }
    let verdict = all.verdict(a, b).0;
    // A date without a value ("In May" with no year to be had) is consistent with too much
    // to count as evidence: only two resolved values can vouch for each other.
    let resolved = ma.value.is_some() && mb.value.is_some();
    if !resolved {
        x[at::UNRESOLVED] = 1.0;
    } else if verdict == Verdict::Agree {
        // An identical specific value ("18.2%", "Aug. 6") is better evidence than "2".
        x[at::SAME_VALUE] = specificity(ma) / 3.0;
    } else if verdict == Verdict::Compatible {
        let exact = ma.qualifier == Qualifier::Exact && mb.qualifier == Qualifier::Exact;
        x[at::CONSISTENT] = if exact { specificity(ma).min(specificity(mb)) / 3.0 } else { 1.0 / 3.0 };
    } else {
        x[at::DISAGREE] = 1.0;
        // Whether a contradiction is one fact told two ways rests on the context alone, so
        // the scorer weighs context separately for disagreeing values.
        x[at::DISAGREE_CONTEXT] = x[at::WORDS] + x[at::DATE_WORDS] + x[at::NAMES];
        x[at::DISAGREE_NOUN] = x[at::SAME_NOUN] + x[at::RELATED_NOUN] + x[at::SAME_ROLE];
        // When each article also states the other's value elsewhere ("118 of the 140 routes"
        // in both), the two are most likely different facts each told by both.
        // Only specific figures count: a weekday or "four" recurs by chance.
        if !date && specificity(ma).min(specificity(mb)) >= 2.0 {
            x[at::ELSEWHERE] =
                f64::from(u8::from(all.states(b.article, a)) + u8::from(all.states(a.article, b)));
        }
        if let (Some((p, _)), Some((q, _))) = (ma.num(), mb.num()) {
            let (small, large) = (p.abs().min(q.abs()), p.abs().max(q.abs()));
            // 12 vs 14 is a dispute, 2 vs 2,400 is two different things.
            if large > 0.0 {
                x[at::CLOSE] = (1.0 - (large - small) / large / 0.5).max(0.0);
            }
            if large > small * config.far_ratio {
                x[at::FAR] =
                    (large / (small * config.far_ratio).max(f64::MIN_POSITIVE)).log10().clamp(0.0, 3.0) + 1.0;
            }
        }
    }
    if date {
        x[at::DATE] = 1.0;
    }
    if ca.background != cb.background {
        x[at::BACKGROUND_ONE] = 1.0;
    } else if ca.background {
        x[at::BACKGROUND_BOTH] = 1.0;
    }
    match (ca.action, cb.action) {
        (Some(p), Some(q)) if p == q => x[at::SAME_ACTION] = 1.0,
        (Some(_), Some(_)) => x[at::DIFFERENT_ACTION] = 1.0,
        _ => {}
    }
    if !ca.names.is_empty() && !cb.names.is_empty() && !shares(&ca.names, &cb.names) {
        x[at::DIFFERENT_NAMES] = 1.0;
    }
    if ca.lead && cb.lead {
        x[at::LEAD] = 1.0;
    }
    let apart = |p: (f64, f64), q: (f64, f64)| p.1 < q.0 || q.1 < p.0;
    if let (Some(p), Some(q)) = (ca.day, cb.day) {
        x[at::OTHER_DAY] = f64::from(u8::from(p.1 < q.0 || q.1 < p.0));
    }
    if let (Some(p), Some(q)) = (ca.clock, cb.clock) {
        x[at::OTHER_CLOCK] = f64::from(u8::from(apart(p, q)));
    }
    if ca.noun.is_some() && ca.noun == cb.noun && all.noun_count(a) == 1 && all.noun_count(b) == 1 {
        x[at::UNIQUE] = 1.0;
    }
    Some((x, blocked))
}

/// What two mentions' contexts share: rarity-weighted words and names, each weighted by its
/// closeness to both mentions, and how many separate clues they are.
struct Shared {
    words: f64,
    names: f64,
    /// Shared words that are evidence: not too common, not a name the whole story is about.
    clues: usize,
}

/// The context words two mentions share (both lists are sorted by word id, so one merge pass).
fn shared_words(all: &All, ca: &Context, cb: &Context) -> Shared {
    let mut out = Shared { words: 0.0, names: 0.0, clues: 0 };
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
                out.clues += usize::from(idf > 0.0 && !topical);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Whether two sorted id lists share an id.
fn shares(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j) = (0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// Two counted nouns that WordNet calls synonyms, or one a kind of the other ("ships" and
/// "vessels", "miners" and "workers").
fn lexically_related(all: &All, p: u32, q: u32) -> bool {
    let key = (p.min(q), p.max(q));
    if let Some(&known) = all.related.borrow().get(&key) {
        return known;
    }
    let lemma = |id: u32| {
        let w = all.vocab.words.get(id as usize).map_or("", |w| w.trim_start_matches('#'));
        wordnet::noun_lemma(w).unwrap_or(w)
    };
    let related = matches!(
        wordnet::noun_relation(lemma(p), lemma(q)),
        wordnet::Relation::Synonym | wordnet::Relation::Hypernym
    );
    all.related.borrow_mut().insert(key, related);
    related
}

/// Two different counted nouns that may name the same things: "people" for any group of
/// people, "workers" for any trade.
fn related_nouns(_all: &All, ca: &Context, cb: &Context) -> bool {
    (ca.noun_is_people && cb.noun_is_human)
        || (cb.noun_is_people && ca.noun_is_human)
        || (ca.noun_is_worker && cb.noun_is_trade)
        || (cb.noun_is_worker && ca.noun_is_trade)
}

/// The roles that tell look-alike facts apart, as features of the fitted scorer. Unlike the
/// rules, none vetoes a match on its own: on the dev corpus the role words misfired often
/// enough that fixed vetoes ruled out 77 annotated same-fact pairs, so the fit weighs them.
fn roles(m: &Mention, ca: &Context, cb: &Context, x: &mut Vector) {
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let casualty = matches!((ca.casualty, cb.casualty), (Some(p), Some(q)) if p != q);
    let date = matches!(m.kind, Kind::Date | Kind::Time);
    x[at::CASUALTY] = flag(casualty);
    x[at::BOUNDARY] = flag(date && matches!((ca.starts, cb.starts), (Some(p), Some(q)) if p != q));
    x[at::ANCHORS] =
        flag(matches!((ca.anchor, cb.anchor), (Some((s1, e1)), Some((s2, e2))) if e1 < s2 || e2 < s1));
    x[at::SEVERITY] = flag(ca.casualty.is_some() && cb.casualty.is_some() && ca.severe != cb.severe);
    x[at::FORECAST] = flag(ca.forecast != cb.forecast && !date);
    x[at::CONSENSUS] = flag(ca.forecast && cb.forecast && ca.consensus != cb.consensus);
    x[at::EARLIER] = flag(ca.earlier_period != cb.earlier_period);
    x[at::CHANGE] = flag(ca.change != cb.change);
    x[at::CAPACITY] = flag(ca.capacity != cb.capacity);
    x[at::PROPORTION] = flag(ca.proportion != cb.proportion);
}

/// Whether two mentions play roles that make them different facts whatever else they
/// share: killed vs injured, a forecast vs a result, an earlier period vs the current one,
/// analysts' forecast vs the subject's own, a start vs an end, a capacity vs a count, the
/// base of a proportion ("one in five") vs a count, casualties of different severity, or
/// figures tied to different dates ("$960 million in the first quarter" vs "$1.1 billion in
/// the second quarter"). Also used within one article.
fn roles_conflict(m: &Mention, ca: &Context, cb: &Context) -> bool {
    let casualty = matches!((ca.casualty, cb.casualty), (Some(x), Some(y)) if x != y);
    let boundary = matches!(m.kind, Kind::Date | Kind::Time)
        && matches!((ca.starts, cb.starts), (Some(x), Some(y)) if x != y);
    let anchors = matches!((ca.anchor, cb.anchor), (Some((s1, e1)), Some((s2, e2))) if e1 < s2 || e2 < s1);
    // "three of them seriously" and "four were still in hospital" are parts of the injured
    // picked out differently: only casualties of the same severity are one count.
    let severity = ca.casualty.is_some() && cb.casualty.is_some() && ca.severe != cb.severe;
    casualty
        || boundary
        || severity
        || anchors
        // Every future date is a plan, so forecasts only separate figures.
        || (ca.forecast != cb.forecast && !matches!(m.kind, Kind::Date | Kind::Time))
        // Analysts' forecast and the company's own guidance are two forecasts.
        || (ca.forecast && cb.forecast && ca.consensus != cb.consensus)
        || ca.earlier_period != cb.earlier_period
        || ca.change != cb.change
        || ca.capacity != cb.capacity
        || ca.proportion != cb.proportion
}

/// How specific a value is, from 1 (a small whole number, a year) to 3 (a date to the day,
/// a figure with three or more significant digits).
fn specificity(m: &Mention) -> f64 {
    if let Some(d) = &m.date {
        return match d.granularity {
            Granularity::Day => 3.0,
            Granularity::Year | Granularity::Decade => 1.0,
            _ => 2.0,
        };
    }
    let Some((low, _)) = m.num() else { return 1.0 };
    let step = if m.step > 0.0 { m.step } else { 1.0 };
    let digits = (low.abs() / step).max(1.0).log10().floor() + 1.0;
    digits.clamp(1.0, 3.0)
}

/// The score a pair needs under `Scorer::Rules`: dates are many and alike ("on Monday", "in
/// 2027"), so they need `date_extra` more evidence than figures.
fn threshold(all: &All, r: MentionRef) -> f64 {
    let date = matches!(all.mention(r).kind, Kind::Date | Kind::Time);
    all.config.min_score + if date { all.config.date_extra } else { 0.0 }
}

/// Candidate pairs (blocking): two mentions in different articles that share a bucket and at
/// least one informative word, the counted noun or a specific value. Each pair once, by
/// global mention number.
fn candidates(all: &All, refs: &[MentionRef]) -> Vec<(usize, usize)> {
    let mut buckets: HashMap<(Kind, Option<&str>), u32> = HashMap::default();
    let mut index: HashMap<(u32, u32), Vec<usize>> = HashMap::default();
    // The posting keys of each mention, to walk its lists again below.
    let mut keys: Vec<Vec<(u32, u32)>> = Vec::with_capacity(refs.len());
    // A specific figure stated in two articles ("240 metres", "about 900") is a candidate
    // even when the sentences share no word: its value is a posting key too, numbered down
    // from the top so it never meets a word id.
    let mut values: HashMap<(u64, u64), u32> = HashMap::default();
    for (g, r) in refs.iter().enumerate() {
        let m = all.mention(*r);
        let next = buckets.len() as u32;
        let b = *buckets.entry(bucket(m)).or_insert(next);
        let c = all.context(*r);
        let features = c.words.iter().map(|w| w.0).filter(|w| !all.vocab.too_common(*w));
        // Dates are many and alike: only a full date ("Aug. 6", a Thursday) is specific.
        let specific = match m.value {
            Some(Value::Num { .. }) => specificity(m) >= all.config.value_candidate_specificity,
            Some(Value::Date { .. }) => m.date.as_ref().is_some_and(|d| d.granularity == Granularity::Day),
            None => false,
        };
        let value = specific.then(|| value_key(m)).flatten().map(|v| {
            let next = u32::MAX - values.len() as u32;
            *values.entry(v).or_insert(next)
        });
        let mine: Vec<(u32, u32)> = features.chain(c.noun).chain(value).map(|f| (b, f)).collect();
        for k in &mine {
            index.entry(*k).or_default().push(g);
        }
        keys.push(mine);
    }
    // Each mention meets every later mention that shares a short list with it, once: `met`
    // remembers which mention last met it, so no set of pairs is needed.
    let mut met: Vec<usize> = vec![usize::MAX; refs.len()];
    let mut pairs = Vec::new();
    for (g, mine) in keys.iter().enumerate() {
        for k in mine {
            let Some(list) = index.get(k) else { continue };
            if list.len() > MAX_POSTINGS {
                continue;
            }
            // Lists are in increasing order, so the later mentions are a suffix.
            let later = &list[list.partition_point(|&h| h <= g)..];
            for &h in later {
                if met[h] == g || refs[g].article == refs[h].article {
                    continue;
                }
                met[h] = g;
                pairs.push((g, h));
            }
        }
    }
    pairs
}

/// The candidate pairs the scorer is confident enough to link, strongest first.
fn candidate_edges(all: &All, refs: &[MentionRef]) -> Vec<(f64, usize, usize)> {
    let mut edges = Vec::new();
    match all.config.scorer {
        Scorer::Rules => {
            for (g, h) in candidates(all, refs) {
                let s = score(all, refs[g], refs[h]);
                if !s.blocked && !s.thin && s.value >= threshold(all, refs[g]) {
                    edges.push((s.value, g, h));
                }
            }
        }
        Scorer::Fitted => {
            for (g, h, x, blocked) in candidate_vectors_of(all, refs) {
                let s = Score { value: scorer::logit(&x, &all.config.weights), blocked, thin: false };
                all.cache.borrow_mut().insert(all.key(refs[g], refs[h]), s);
                if !s.blocked && s.value >= all.config.link_logit() && fits_red(all, refs[g], refs[h], s) {
                    edges.push((s.value, g, h));
                }
            }
        }
    }
    // Strongest first; ties in a fixed order so results never depend on hash order.
    edges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    edges
}

/// Grow groups from the strongest edges down. Two groups merge only when every mention
/// pair across them that shares an article agrees in value (an article repeating itself),
/// no cross pair is ruled out, and the mean evidence across articles stays high.
fn cluster(all: &All, refs: &[MentionRef], edges: Vec<(f64, usize, usize)>) -> Vec<(Vec<usize>, f64)> {
    let mut group_of: Vec<usize> = (0..refs.len()).collect();
    let mut groups: Vec<(Vec<usize>, f64)> = (0..refs.len()).map(|g| (vec![g], f64::INFINITY)).collect();
    // Groups only grow, so two groups that could not merge stay unmergeable until one of
    // them changes: remember refusals by group and size instead of checking again.
    let mut refused: HashSet<(usize, usize, usize, usize)> = HashSet::default();
    for (s, g, h) in edges {
        let (x, y) = (group_of[g], group_of[h]);
        if x == y {
            continue;
        }
        let key = (x.min(y), x.max(y), groups[x.min(y)].0.len(), groups[x.max(y)].0.len());
        if refused.contains(&key) {
            continue;
        }
        if !can_merge(all, refs, &groups[x].0, &groups[y].0) {
            refused.insert(key);
            continue;
        }
        let (keep, gone) = if groups[x].0.len() >= groups[y].0.len() { (x, y) } else { (y, x) };
        let moved = std::mem::take(&mut groups[gone].0);
        let weakest = groups[keep].1.min(groups[gone].1).min(s);
        for &m in &moved {
            group_of[m] = keep;
        }
        groups[keep].0.extend(moved);
        groups[keep].1 = weakest;
    }
    groups.into_iter().filter(|(members, _)| !members.is_empty()).collect()
}

/// A value as exact bits, so equal values meet in a map: numbers by their bounds, dates by
/// their days.
fn value_key(m: &Mention) -> Option<(u64, u64)> {
    match m.value {
        Some(Value::Num { low, high }) => Some((low.to_bits(), high.to_bits())),
        Some(Value::Date { start, end }) => {
            let day = |d: chrono::NaiveDate| u64::from(chrono::Datelike::num_days_from_ce(&d) as u32);
            Some((day(start), day(end)))
        }
        None => None,
    }
}

/// Whether a mention with the same value as another of its article is specific enough to
/// be taken for the same fact: a full date; a part of a month or a week in the same words
/// ("mid-May 2026" twice; a month or a year is the time of many facts); a figure of three or
/// more digits ("$1.25 billion", "18.2%"); or any figure with the same counted noun.
fn repeats(all: &All, r: MentionRef, of: MentionRef) -> bool {
    let (m, o) = (all.mention(r), all.mention(of));
    if let Some(d) = &m.date {
        return match d.granularity {
            Granularity::Day => true,
            Granularity::PartOfMonth | Granularity::Week => {
                all.text(r).trim().eq_ignore_ascii_case(all.text(of).trim())
            }
            _ => false,
        };
    }
    let (cm, co) = (all.context(r), all.context(of));
    o.date.is_none() && (specificity(m) >= 3.0 || (cm.noun.is_some() && cm.noun == co.noun))
}

/// What a repeat must share with the mention it repeats, besides the article.
type RepeatKey = (usize, Kind, Option<&'static str>, Option<&'static str>, Qualifier, (u64, u64));

fn repeat_key(r: MentionRef, m: &Mention) -> Option<RepeatKey> {
    Some((r.article, m.kind, m.unit, m.per, m.qualifier, value_key(m)?))
}

/// An article that states a fact twice ("until mid-May 2026" in its summary and again in its
/// body) contributes both mentions to the claim, even when the second sentence shares no
/// words with the other articles. Only when it is safe: the repeat is single, states exactly
/// the same value, kind, unit and qualifier as a mention of exactly one claim, is specific
/// enough to be the same fact (`repeats`), and plays no conflicting role with any mention
/// of that claim.
fn gather_repeats(all: &All, refs: &[MentionRef], groups: &mut Vec<(Vec<usize>, f64)>) {
    // Mentions of claims that span articles, by what a repeat of them must share.
    let mut stated: HashMap<RepeatKey, Vec<(usize, usize)>> = HashMap::default();
    for (gi, (members, _)) in groups.iter().enumerate() {
        let first = members.first().map(|&g| refs[g].article);
        if !members.iter().any(|&g| Some(refs[g].article) != first) {
            continue;
        }
        for &g in members {
            if let Some(k) = repeat_key(refs[g], all.mention(refs[g])) {
                stated.entry(k).or_default().push((gi, g));
            }
        }
    }
    if stated.is_empty() {
        return;
    }
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for (own, (members, _)) in groups.iter().enumerate() {
        let [single] = members.as_slice() else { continue };
        let r = refs[*single];
        let m = all.mention(r);
        let Some(found) = repeat_key(r, m).and_then(|k| stated.get(&k)) else { continue };
        let cs = all.context(r);
        let fits = |&(gi, g): &(usize, usize)| {
            repeats(all, r, refs[g])
                && groups[gi].0.iter().all(|&h| {
                    let ch = all.context(refs[h]);
                    let other_noun = cs.noun.is_some() && ch.noun.is_some() && cs.noun != ch.noun;
                    comparable(m, all.mention(refs[h])) && !other_noun && !roles_conflict(m, cs, ch)
                })
        };
        let mut claims = found.iter().filter(|c| fits(c)).map(|c| c.0);
        if let Some(gi) = claims.next() {
            if claims.all(|other| other == gi) {
                joins.push((gi, own));
            }
        }
    }
    if joins.is_empty() {
        return;
    }
    for (gi, own) in joins {
        let moved = std::mem::take(&mut groups[own].0);
        groups[gi].0.extend(moved);
    }
    groups.retain(|(members, _)| !members.is_empty());
}

fn can_merge(all: &All, refs: &[MentionRef], x: &[usize], y: &[usize]) -> bool {
    let mut strongest_red = f64::NEG_INFINITY;
    let mut total = 0.0;
    let mut count = 0usize;
    for &g in x {
        for &h in y {
            let (a, b) = (refs[g], refs[h]);
            if a.article == b.article {
                // Only a repeat of the same fact may join from one article: no contradiction,
                // and no other counted noun ("fewer than five people" is not "four leads").
                let (ca, cb) = (all.context(a), all.context(b));
                let other_noun = ca.noun.is_some() && cb.noun.is_some() && ca.noun != cb.noun;
                // An article that gives "May 2026" and, elsewhere, an unresolvable "January"
                // is not repeating itself: only a resolved comparison shows a repeat.
                let (verdict, reason) = all.verdict(a, b);
                let unresolved =
                    verdict == Verdict::Compatible && (reason == UNRESOLVED || reason == YEARLESS);
                if verdict == Verdict::Diverge
                    || unresolved
                    || other_noun
                    || roles_conflict(all.mention(a), ca, cb)
                {
                    return false;
                }
                continue;
            }
            let s = score(all, a, b);
            if s.blocked {
                return false;
            }
            match all.config.scorer {
                Scorer::Rules => total += s.value,
                Scorer::Fitted => {
                    total += scorer::probability(s.value);
                    if all.verdict(a, b).0 == Verdict::Diverge {
                        strongest_red = strongest_red.max(s.value);
                    }
                }
            }
            count += 1;
        }
    }
    // Average linkage: the groups must belong together as wholes, so one strong link never
    // drags in a group the rest of the claim does not vouch for (no chaining). Groups whose
    // values contradict must also hold at least one confidently matched contradiction: the
    // rest of their red pairs are as sure as that pair and the repeats on either side.
    count == 0
        || match all.config.scorer {
            Scorer::Rules => total / count as f64 >= all.config.merge_mean_share * all.config.min_score,
            Scorer::Fitted => {
                total / count as f64 >= all.config.link_confidence
                    && (strongest_red == f64::NEG_INFINITY || strongest_red >= all.config.red_logit())
            }
        }
}

/// A pair whose values contradict each other may only share a claim when the scorer is
/// confident that they state one fact: a false red mark costs more than a missed one.
fn fits_red(all: &All, a: MentionRef, b: MentionRef, s: Score) -> bool {
    s.value >= all.config.red_logit() || all.verdict(a, b).0 != Verdict::Diverge
}

/// Turn groups into claims with verdicts, evidence and a stable order.
fn build(
    all: &All,
    refs: &[MentionRef],
    groups: Vec<(Vec<usize>, f64)>,
    mentions: Vec<Vec<Mention>>,
) -> Analysis {
    let mut claims: Vec<Claim> = groups
        .into_iter()
        .map(|(mut members, weakest_edge)| {
            members.sort_unstable();
            let mrefs: Vec<MentionRef> = members.iter().map(|&g| refs[g]).collect();
            let mut pairs = Vec::new();
            // The weakest link across articles: what the claim's evidence explains.
            let mut weakest: Option<(f64, MentionRef, MentionRef)> = None;
            for (i, &a) in mrefs.iter().enumerate() {
                for &b in &mrefs[i + 1..] {
                    if a.article != b.article {
                        let (v, reason) = all.verdict(a, b);
                        let logit = fitted_logit(all, a, b);
                        if weakest.is_none_or(|w| logit < w.0) {
                            weakest = Some((logit, a, b));
                        }
                        pairs.push(Pair { a, b, verdict: v, reason, confidence: confidence(logit) });
                    }
                }
            }
            let status = if pairs.is_empty() {
                Status::Single
            } else if pairs.iter().any(|p| p.verdict == Verdict::Diverge) {
                Status::Diverge
            } else if pairs.iter().any(|p| p.verdict == Verdict::Compatible) {
                Status::Compatible
            } else {
                Status::Agree
            };
            let evidence = match weakest {
                Some(w) if !pairs.is_empty() => {
                    // The score shown is the deciding scorer's: the weakest link that built
                    // the claim for the rules, the weakest pair's log-odds when fitted.
                    let shown = match all.config.scorer {
                        Scorer::Rules => weakest_edge,
                        Scorer::Fitted => w.0,
                    };
                    evidence(all, &mrefs, shown, w)
                }
                _ => Evidence::default(),
            };
            Claim { id: 0, status, mentions: mrefs, pairs, evidence }
        })
        .collect();
    claims.sort_by(|a, b| a.status.cmp(&b.status).then(a.mentions[0].cmp(&b.mentions[0])));
    let mut claim_of: Vec<Vec<usize>> = mentions.iter().map(|ms| vec![0; ms.len()]).collect();
    for (id, c) in claims.iter_mut().enumerate() {
        c.id = id;
        for r in &c.mentions {
            claim_of[r.article][r.index] = id;
        }
    }
    Analysis { mentions, claims, claim_of }
}

/// The words and names that at least two articles share around a claim's mentions.
/// A probability rounded to three places, as reports show it.
fn confidence(logit: f64) -> f64 {
    (scorer::probability(logit) * 1000.0).round() / 1000.0
}

/// The fitted scorer's log-odds for a pair, whichever scorer decides: what `confidence` and
/// the evidence's features report. Under `Scorer::Rules` the closest-match features, which
/// depend on the fitted scorer's candidate pass, are left out.
fn fitted_logit(all: &All, a: MentionRef, b: MentionRef) -> f64 {
    match all.config.scorer {
        Scorer::Fitted => score(all, a, b).value,
        Scorer::Rules => compare_vector(all, a, b)
            .map_or(f64::NEG_INFINITY, |(x, _)| scorer::logit(&x, &all.config.weights)),
    }
}

fn evidence(
    all: &All,
    members: &[MentionRef],
    weakest: f64,
    (fitted, a, b): (f64, MentionRef, MentionRef),
) -> Evidence {
    let mut by_word: HashMap<u32, (HashSet<usize>, bool)> = HashMap::default();
    for r in members {
        for &(w, _, name) in &all.context(*r).words {
            let e = by_word.entry(w).or_default();
            e.0.insert(r.article);
            e.1 |= name;
        }
    }
    let mut shared: Vec<(f64, u32, bool)> = by_word
        .into_iter()
        .filter(|(w, (arts, _))| arts.len() >= 2 && !all.vocab.too_common(*w))
        .map(|(w, (_, name))| (all.vocab.idf(w), w, name))
        .collect();
    shared.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let word = |w: u32| all.vocab.words.get(w as usize).cloned().unwrap_or_default();
    // Shown as written; ordinary words in lower case, since their first use may open a sentence.
    let shown = |w: u32, name: bool| {
        let s = all.vocab.shown.get(w as usize).cloned().unwrap_or_default();
        if name {
            s
        } else {
            super::tokenize::lower(&s)
        }
    };
    let counted = {
        let nouns: HashSet<u32> = members.iter().filter_map(|r| all.context(*r).noun).collect();
        if nouns.len() == 1 {
            nouns.into_iter().next().map(|n| word(n).trim_start_matches('#').to_string())
        } else {
            None
        }
    };
    Evidence {
        score: if weakest.is_finite() { (weakest * 100.0).round() / 100.0 } else { 0.0 },
        confidence: confidence(fitted),
        features: compare_vector(all, a, b)
            .map(|(x, _)| {
                scorer::contributions(&x, &all.config.weights)
                    .into_iter()
                    .take(5)
                    .map(|(feature, w)| Contribution { feature, weight: (w * 100.0).round() / 100.0 })
                    .collect()
            })
            .unwrap_or_default(),
        // The counted noun is shown on its own; "firefighters" again as a word adds nothing.
        shared_words: shared
            .iter()
            .filter(|s| !s.2 && counted.as_deref() != Some(word(s.1).as_str()))
            .take(8)
            .map(|s| shown(s.1, false))
            .collect(),
        shared_names: shared.iter().filter(|s| s.2).take(6).map(|s| shown(s.1, true)).collect(),
        counted,
    }
}
