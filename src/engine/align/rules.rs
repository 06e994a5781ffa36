//! The rules scorer (`Scorer::Rules`, the default): a hand-set sum of evidence with roles that
//! rule a match out, as the README's "How claims and verdicts are decided" describes.

use super::*;

/// The hand-set evidence score of `Scorer::Rules` (the README's "How claims and verdicts are
/// decided"): a sum of evidence, with roles that rule a match out. Under the default fitted
/// scorer it only vouches for the few confident red pairs, so the page builds it for size.
pub(super) fn rules_score(all: &All, a: MentionRef, b: MentionRef) -> Score {
    let config = all.config;
    let (ma, mb) = (all.mention(a), all.mention(b));
    if a.article == b.article || !comparable(ma, mb) {
        return Score { value: f64::NEG_INFINITY, blocked: true, thin: true, vet: f32::INFINITY };
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
    // A price or a rate moves through the day: "$77.82 by 0930 GMT" and "$76.02 at midday"
    // are two moments, not one fact told two ways.
    let moments = match (ca.clock, cb.clock) {
        (Some(p), Some(q)) => matches!(ma.kind, Kind::Money | Kind::Percent) && disjoint(p, q),
        _ => false,
    };
    // "rose to 25 on Tuesday" dates the count, not the crash the other article dates; two
    // such moments, or two batches added to a count, that differ are two reports' own.
    let verdict = all.verdict(a, b).0;
    let as_of = ca.as_of != cb.as_of || own_moments(ca, cb, verdict);
    // A depth and another length ("a depth of 16.5 km" against "17 km off the coast") are two
    // measures of a quake or a mine. A veto of the rules alone, not one of `roles_conflict`:
    // the fitted scorer has no feature for it, and an article may still repeat a depth without
    // its word.
    let depth = ma.kind == Kind::Quantity && ca.depth != cb.depth;
    if roles_conflict(ma, ca, cb) || moments || as_of || depth {
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
    } else if let Some((x, y)) = compared_values(ma, mb) {
        let (small, large) = (x.abs().min(y.abs()), x.abs().max(y.abs()));
        // The further apart, the less likely one fact: 12 vs 14 is a dispute, 2 vs 2,400 is
        // two different things. Each further factor of ten past `far_ratio` counts again.
        if large > small * config.far_ratio {
            let beyond = (large / (small * config.far_ratio).max(f64::MIN_POSITIVE)).log10().min(3.0);
            value -= config.far_value * (1.0 + beyond);
        }
    }
    let thin = matches!(ma.kind, Kind::Date | Kind::Time) && clues < config.date_clues;
    Score { value, blocked, thin, vet: f32::INFINITY }
}

/// Whether the rules link a pair whose first mention is `r` and whose rules score is `s`:
/// nothing rules it out, dates have enough separate clues, and the score reaches `threshold`.
pub(super) fn links(all: &All, r: MentionRef, s: Score) -> bool {
    !s.blocked && !s.thin && s.value >= threshold(all, r)
}

/// The score a pair needs under `Scorer::Rules`: dates are many and alike ("on Monday", "in
/// 2027"), so they need `date_extra` more evidence than figures.
pub(super) fn threshold(all: &All, r: MentionRef) -> f64 {
    let date = matches!(all.mention(r).kind, Kind::Date | Kind::Time);
    all.config.min_score + if date { all.config.date_extra } else { 0.0 }
}

/// Two moments a count or a statement was given at, or two batches added to a count, that
/// differ: each report's own, never a contradiction.
fn own_moments(ca: &Context, cb: &Context, verdict: Verdict) -> bool {
    (ca.as_of || cb.as_of || ca.added || cb.added) && verdict == Verdict::Diverge
}
