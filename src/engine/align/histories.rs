//! A report's own history of a count: "the toll rose to 39, up from 34 on Sunday", "32 by
//! Saturday night, 42 by Sunday afternoon". Such a report gives one count at two moments, so
//! the claim of its earlier level and the claim of its newer one are one fact told at two
//! times. `join_histories` merges the two claims into one; a pair from the two former claims
//! whose values differ is `updated`, and the pairs within each are judged as any claim's are.

use super::*;
use crate::engine::context::Trend;

/// The reason given for a pair across two moments a report itself tells apart.
pub const HISTORY: &str = "another moment of the count, as a report tells it";

/// The furthest apart, in mentions of one article, two levels of a count may stand: a few
/// paragraphs, not the whole of a long live blog (which would cost time squared).
const REACH: usize = 40;

/// Merge claims that a report tells as one count at two moments, and return each mention's
/// segment: the group it was in before, which `build` reads to call pairs across moments
/// `updated`. Kept out of `align`, which is built for speed in the page: this pass is cheap and
/// inlined there it would cost the page 1.4 KB instead of a few hundred bytes.
#[inline(never)]
pub(super) fn join_histories(all: &All, refs: &[MentionRef], groups: &mut [(Vec<usize>, f64)]) -> Vec<usize> {
    let mut group_of = group_index(refs.len(), groups);
    let segment = group_of.clone();
    for g in 0..refs.len() {
        for h in g + 1..refs.len().min(g + 1 + REACH) {
            let (p, q) = (refs[g], refs[h]);
            let (x, y) = (group_of[g], group_of[h]);
            if p.article != q.article || x == y || !tells_sequence(all, p, q) {
                continue;
            }
            // One report's two levels alone are no claim across reports: nothing to join.
            let spans = |gi: usize| groups[gi].0.iter().any(|&m| refs[m].article != p.article);
            if !(spans(x) || spans(y)) || !fit_together(all, refs, p.article, &groups[x].0, &groups[y].0) {
                continue;
            }
            let moved = std::mem::take(&mut groups[y].0);
            for &m in &moved {
                group_of[m] = x;
            }
            groups[x].0.extend(moved);
        }
    }
    segment
}

/// Whether two figures of one article are one count at two moments as the article tells it:
/// two levels of one count that each moved ("has risen to 11,300" ... "had climbed to 5,500"),
/// a level and another the count moved to from it ("So far 43 people have died" ...
/// "bringing the toll to 44"), the same count as of two different days ("32 by Saturday
/// night, 42 by Sunday"), or an earlier level beside the new one in a toll's sentence ("rose
/// to 39, up from 34", "now 279, up from the 265 given on Friday").
#[inline(never)]
pub(super) fn tells_sequence(all: &All, p: MentionRef, q: MentionRef) -> bool {
    let (mp, mq) = (all.mention(p), all.mention(q));
    let (cp, cq) = (all.context(p), all.context(q));
    // A level, not a change, a batch, a part, a plan or another event's figure.
    let level = |m: &Mention, c: &Context| {
        m.kind == Kind::Number
            && !(c.background || c.change || c.added || c.severe || c.proportion || c.forecast || c.capacity)
    };
    if !level(mp, cp)
        || !level(mq, cq)
        || !comparable(mp, mq)
        || value_key(mp) == value_key(mq)
        || different_nouns(all, cp, cq)
    {
        return false;
    }
    let same_count = match (cp.casualty, cq.casualty) {
        (Some(s), Some(t)) => s == t,
        (None, None) => cp.noun.is_some() && cp.noun == cq.noun,
        _ => false,
    };
    // Two levels that each moved ("has risen to 11,300" ... "had climbed to at least 5,500"),
    // one that moved from the other's value, in either order in the text (a lede's "rose to
    // 46" before the body's earlier "43"), or the same count as of two different days ("32 by
    // Saturday night, 42 by Sunday").
    let moved = cp.trend.is_some() && cq.trend.is_some() || went(mp, cp, mq) || went(mq, cq, mp);
    let moments = matches!((cp.as_of_day, cq.as_of_day), (Some(s), Some(t)) if disjoint(s, t));
    if same_count && (moved || moments) {
        return true;
    }
    // "The toll rose to 39, up from 34": the earlier level after "from", beside the new level it
    // left, in one sentence about a toll. Other counts told so are as often another period's
    // ("87 seats, up from 84" at the last election; a population "down from" last year's).
    let from = |c: &Context, d: &Context| c.earlier_period && d.trend.is_some();
    let between = all.articles[p.article].body.as_bytes().get(mp.end.min(mq.end)..mp.start.max(mq.start));
    let one_sentence = between.is_some_and(|t| !t.iter().any(|&b| b == b'\n' || b == b'.'));
    // "now totalled 279, up from the 265 given on Friday": "from the" before the earlier level.
    let from_the = between.is_some_and(|t| t.ends_with(b" from the ")) && cp.trend.or(cq.trend).is_some();
    (from(cp, cq) || from(cq, cp) || from_the) && cp.casualty.or(cq.casualty).is_some() && one_sentence
}

/// Whether `m` is a level its count moved to from `other`'s value: "So far 43 people have
/// died" ... "bringing the toll to 44" (a rise to a larger value, or a fall to a smaller).
fn went(m: &Mention, c: &Context, other: &Mention) -> bool {
    let (Some(v), Some(o)) = (m.num(), other.num()) else {
        return false;
    };
    match c.trend {
        Some(Trend::Rise) => v.0 > o.1,
        Some(Trend::Fall) => v.1 < o.0,
        _ => false,
    }
}

/// Whether two claims may be one count's moments: every pair across them can be compared and
/// counts the same thing, and a report with figures in both, other than the one that told the
/// moments apart (`teller`), gives them as two moments too or repeats one value.
fn fit_together(all: &All, refs: &[MentionRef], teller: usize, x: &[usize], y: &[usize]) -> bool {
    let now = |&g: &usize| !all.context(refs[g]).background;
    x.iter().all(now)
        && y.iter().all(now)
        && x.iter().all(|&g| {
            y.iter().all(|&h| {
                let (a, b) = (refs[g], refs[h]);
                if a.article == b.article {
                    return a.article == teller
                        || value_key(all.mention(a)) == value_key(all.mention(b))
                        || tells_sequence(all, a, b);
                }
                comparable(all.mention(a), all.mention(b))
                    && !score(all, a, b).blocked
                    && !different_nouns(all, all.context(a), all.context(b))
            })
        })
}
