//! Updates: a later-published article that gives a changed value of an evolving count in
//! words that say it moved ("rose to 25", "has fallen to 9", "now stands at 340") updates the
//! earlier report rather than contradicting it; so does a larger later figure that is a tally
//! in the perfect ("has killed 27"), that passes an earlier floor ("at least 12"), or that is
//! an ordinal ("a fourth farm"); and so does any figure given as of a later day than the
//! earlier one ("as of Wednesday" after "as of Monday"). Same-day differences stay
//! contradictions.

use std::cmp::Ordering;

use super::*;
use crate::engine::context::Trend;

/// Whether the diverging pair `a`, `b` of the claim `members` is an update: the articles were
/// published on different days, and the later one states its value, somewhere in the claim,
/// as a new level that moved the way the values did ("rose to" a larger count), or gives a
/// larger ordinal, or passes the earlier one's floor.
pub(super) fn is_update(all: &All, members: &[MentionRef], a: MentionRef, b: MentionRef) -> bool {
    let published = |r: MentionRef| all.articles.get(r.article).and_then(|x| x.published);
    let (Some(pa), Some(pb)) = (published(a), published(b)) else {
        return false;
    };
    let (early, late) = match pa.cmp(&pb) {
        Ordering::Less => (a, b),
        Ordering::Greater => (b, a),
        Ordering::Equal => return false,
    };
    let (me, ml) = (all.mention(early), all.mention(late));
    let (Some(e), Some(l)) = (me.num(), ml.num()) else {
        return false;
    };
    let (e, l) = ((e.0 + e.1) / 2.0, (l.0 + l.1) / 2.0);
    // A sequence only grows: "a fourth farm" or "the seventh day" days after "a third farm"
    // or "the sixth day" counts on from the earlier report. An earlier floor ("at least 12
    // structures", "more than 1,250 firefighters") said the count was not complete; a larger
    // figure days later is where it got to.
    let floor = matches!(me.qualifier, Qualifier::AtLeast | Qualifier::MoreThan);
    if (ml.kind == Kind::Ordinal || floor) && l > e {
        return true;
    }
    // An explicit later moment: "as of Wednesday, 19 had died" after "as of Monday, 12".
    if let (Some(de), Some(dl)) = (all.context(early).as_of_day, all.context(late).as_of_day) {
        if dl.0 > de.1 {
            return true;
        }
    }
    // The later article may give its new level once with the update's words and repeat it
    // plainly ("has climbed to seven ... the seven victims") or convert it in parentheses
    // ("grown to 31,200 acres (about 12,600 hectares)"): each is the update too.
    let body = &all.articles[late.article].body;
    let key = value_key(ml);
    members.iter().filter(|r| r.article == late.article).any(|&r| {
        let m = all.mention(r);
        let same = r == late || value_key(m) == key || converts(body, m, ml) || converts(body, ml, m);
        same && match all.context(r).trend {
            Some(Trend::Rise) => l > e,
            Some(Trend::Fall) => l < e,
            Some(Trend::Now) => true,
            None => false,
        }
    })
}
