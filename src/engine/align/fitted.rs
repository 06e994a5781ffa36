//! The fitted scorer (`Scorer::Fitted`): each candidate pair's comparison vector
//! (`features`), the features that depend on the other candidates, and the confidence that
//! both scorers report (`Pair::confidence`, the evidence's features).

use super::*;
use chrono::{Datelike, NaiveDate};

/// Every candidate pair's comparison vector, with the features that depend on the other
/// candidates set: whether each is the other's closest match in its article by context
/// (record linkage's one-to-one preference: a story's injured count in one report is most
/// likely the injured count in the next).
pub(super) fn candidate_vectors_of(all: &All, refs: &[MentionRef]) -> Vec<(usize, usize, Vector)> {
    let mut out: Vec<(usize, usize, Vector)> = candidates(all, refs)
        .into_iter()
        .filter_map(|(g, h)| compare_vector(all, refs[g], refs[h]).map(|x| (g, h, x)))
        .collect();
    // The best context strength of each mention against each other article, at
    // `mention * articles + article`.
    let articles = refs.iter().map(|r| r.article + 1).max().unwrap_or(0);
    let mut best = vec![f64::NEG_INFINITY; refs.len() * articles];
    for (g, h, x) in &out {
        let s = features::context_strength(x);
        for (m, other) in [(*g, refs[*h].article), (*h, refs[*g].article)] {
            if let Some(e) = best.get_mut(m * articles + other) {
                *e = e.max(s);
            }
        }
    }
    for (g, h, x) in &mut out {
        let s = features::context_strength(x);
        let top = |m: usize, other: usize| best.get(m * articles + other).is_some_and(|&b| s >= b);
        if s > 0.0 && top(*g, refs[*h].article) && top(*h, refs[*g].article) {
            x[at::MUTUAL] = 1.0;
            x[at::DISAGREE_MUTUAL] = x[at::DISAGREE];
        }
    }
    out
}

/// The comparison vector of two mentions in different articles; `None` when they cannot be
/// compared at all (one article, other kinds or units), the fitted scorer's only cannot-link.
/// Roles are features here, not vetoes: on the dev corpus the role words misfired often
/// enough that fixed vetoes ruled out 77 annotated same-fact pairs, so the fit weighs them.
#[cfg_attr(page_build, optimize(speed))]
pub(super) fn compare_vector(all: &All, a: MentionRef, b: MentionRef) -> Option<Vector> {
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
    if !date {
        x[at::NEIGHBOURS] = features::damp(common_sorted(&ca.neighbours, &cb.neighbours) as f64);
    }
    let total = all.total(a) + all.total(b);
    if total > 0.0 {
        x[at::OVERLAP] = shared.both / total;
    }
    match (ca.noun, cb.noun) {
        (Some(p), Some(q)) if p == q && ca.noun_is_people => x[at::SAME_PEOPLE] = 1.0,
        (Some(p), Some(q)) if p == q => x[at::SAME_NOUN] = 1.0,
        (Some(_), Some(_)) if related_nouns(ca, cb) => x[at::RELATED_NOUN] = 1.0,
        (Some(p), Some(q)) if lexically_related(all, p, q) => x[at::WORDNET] = 1.0,
        (Some(_), Some(_)) => x[at::DIFFERENT_NOUN] = 1.0,
        (Some(_), None) | (None, Some(_)) => x[at::ONE_NOUN] = 1.0,
        (None, None) => {}
    }
    for (feature, differ) in role_differences(ma, ca, cb) {
        x[feature] = f64::from(u8::from(differ));
    }
    let same_casualty = ca.casualty.is_some() && ca.casualty == cb.casualty;
    let same_boundary = date && ca.starts.is_some() && ca.starts == cb.starts;
    if same_casualty || same_boundary {
        x[at::SAME_ROLE] = 1.0;
    }
    let (verdict, reason) = all.verdict(a, b);
    // "US$429 million" and a bare "$2 billion" may be two countries' dollars, but the other
    // dollars news names (Australian, Canadian, New Zealand, Singapore) stand within twice
    // the US one: amounts further apart are two amounts, never one fact in two dollars.
    if reason == OTHER_DOLLAR
        && compared_values(ma, mb).is_some_and(|(p, q)| p.abs().max(q.abs()) > 2.0 * p.abs().min(q.abs()))
    {
        return None;
    }
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
        if let Some((p, q)) = compared_values(ma, mb) {
            let (small, large) = (p.abs().min(q.abs()), p.abs().max(q.abs()));
            // 12 vs 14 is a dispute, 2 vs 2,400 is two different things.
            if large > 0.0 {
                x[at::CLOSE] = (1.0 - (large - small) / large / 0.5).max(0.0);
            }
            if large > small * config.far_ratio {
                x[at::FAR] =
                    (large / (small * config.far_ratio).max(f64::MIN_POSITIVE)).log10().clamp(0.0, 3.0) + 1.0;
            }
        } else if let Some(steps) = date_steps(ma, mb) {
            // "July 18" and "July 19", "1937" and "1938": a report's slip is a day or a year,
            // where two events of a story are as often weeks apart.
            x[at::CLOSE] = (1.0 - steps as f64 / 4.0).max(0.0);
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
    if let (Some(p), Some(q)) = (ca.day, cb.day) {
        x[at::OTHER_DAY] = f64::from(u8::from(disjoint(p, q)));
    }
    if let (Some(p), Some(q)) = (ca.clock, cb.clock) {
        x[at::OTHER_CLOCK] = f64::from(u8::from(disjoint(p, q)));
    }
    if ca.noun.is_some() && ca.noun == cb.noun && all.unique_noun(a) && all.unique_noun(b) {
        x[at::UNIQUE] = 1.0;
    }
    Some(x)
}

/// How many of their own units (days, months, years) two dates of one granularity stand
/// apart; None for other dates (a week, a season, a range), for numbers, and for a date read
/// against publication ("Saturday", "last month"): a story's weekdays are many events' days,
/// and with them closeness added 78 real red pairs on dev but 65 false ones, and cost 347
/// agreeing pairs.
fn date_steps(a: &Mention, b: &Mention) -> Option<i64> {
    let (Some(Value::Date { start: s, end: e }), Some(Value::Date { start: t, end: u })) =
        (&a.value, &b.value)
    else {
        return None;
    };
    let (da, db) = (a.date.as_ref()?, b.date.as_ref()?);
    if da.relative || db.relative {
        return None;
    }
    let (ga, gb) = (da.granularity, db.granularity);
    let months = |d: &NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
    match (ga == gb).then_some(ga)? {
        Granularity::Day if s == e && t == u => Some((*t - *s).num_days().abs()),
        Granularity::Month => Some((months(t) - months(s)).abs()),
        Granularity::Year => Some(i64::from((t.year() - s.year()).abs())),
        _ => None,
    }
}

/// Two counted nouns that are not one, nor related by the hand rules (`related_nouns`) or by
/// WordNet: what the comparison vector marks as "different counted things" (its last case).
pub(super) fn different_nouns(all: &All, ca: &Context, cb: &Context) -> bool {
    match (ca.noun, cb.noun) {
        (Some(p), Some(q)) => p != q && !related_nouns(ca, cb) && !lexically_related(all, p, q),
        _ => false,
    }
}

/// Two counted nouns that WordNet calls synonyms, or one a kind of the other ("ships" and
/// "vessels", "miners" and "workers").
pub(super) fn lexically_related(all: &All, p: u32, q: u32) -> bool {
    let key = (u64::from(p.min(q)), u64::from(p.max(q)));
    if let Some(&known) = all.related.borrow().get(&key) {
        return known == 1;
    }
    let lemma = |id: u32| {
        let w = all.vocab.word(id);
        wordnet::noun_lemma(w).unwrap_or(w)
    };
    let related = matches!(
        wordnet::noun_relation(lemma(p), lemma(q)),
        wordnet::Relation::Synonym | wordnet::Relation::Hypernym
    );
    all.related.borrow_mut().insert(key, u32::from(related));
    related
}

/// A pair whose values contradict each other may only share a claim when two witnesses
/// agree that they state one fact: the fitted scorer, confidently (`red_confidence`), and the
/// rules scorer, which must link the pair too (its role vetoes and date clues hold). A false
/// red mark costs more than a missed one; on the dev corpus the second witness removed about
/// half of the false red pairs (32 to 17) for 8 of the 49 real ones (`docs/judgement.md`).
/// Two bare small counts ("seven" and "eight") need `small_red_confidence` (`small_unsure`).
pub(super) fn fits_red(all: &All, a: MentionRef, b: MentionRef, s: Score) -> bool {
    if all.verdict(a, b).0 != Verdict::Diverge {
        return true;
    }
    s.value >= all.config.red_logit()
        && !small_unsure(all, a, b, s)
        && (!all.config.red_witness || rules_link(all, a, b))
}

/// Whether a contradicting pair of bare small counts falls short of `small_red_confidence`,
/// unless both count the story's own toll of one kind ("four people hurt", "the three
/// injured"; neither about an earlier event) or the pair is an update.
fn small_unsure(all: &All, a: MentionRef, b: MentionRef, s: Score) -> bool {
    let small = |r: MentionRef| {
        let m = all.mention(r);
        m.kind == Kind::Number
            && m.unit.is_none()
            && m.num().is_some_and(|(_, h)| h <= crate::engine::config::SMALL_COUNT)
    };
    let (ca, cb) = (all.context(a), all.context(b));
    let same_toll = ca.casualty.is_some() && ca.casualty == cb.casualty && !ca.background && !cb.background;
    small(a)
        && small(b)
        && !same_toll
        && s.value < all.config.small_red_logit()
        && !is_update(all, &[a, b], a, b)
}

/// Whether the rules scorer would link the pair.
pub(super) fn rules_link(all: &All, a: MentionRef, b: MentionRef) -> bool {
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    links(all, a, rules_score(all, a, b))
}

/// A probability rounded to three places, as reports show it.
pub(super) fn confidence(logit: f64) -> f64 {
    (scorer::probability(logit) * 1000.0).round() / 1000.0
}

/// The fitted scorer's log-odds for a pair, whichever scorer decides: what `confidence` and
/// the evidence's features report. Under `Scorer::Rules` the closest-match features, which
/// depend on the fitted scorer's candidate pass, are left out.
pub(super) fn fitted_logit(all: &All, a: MentionRef, b: MentionRef) -> f64 {
    match all.config.deciding() {
        Scorer::Fitted => score(all, a, b).value,
        Scorer::Rules => {
            compare_vector(all, a, b).map_or(f64::NEG_INFINITY, |x| scorer::logit(&x, &all.config.weights))
        }
    }
}
