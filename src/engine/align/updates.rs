//! Updates: a later-published article that gives a changed value of an evolving count in
//! words that say it moved ("rose to 25", "has fallen to 9", "now stands at 340") updates the
//! earlier report rather than contradicting it; so does a larger later figure after an
//! earlier count given "so far", and one that is a tally in the perfect ("has killed 27"),
//! that passes an earlier floor ("at least 12"), that is an ordinal ("a fourth farm") or a
//! streak ("33 straight months"), or that is a living person's age the years between bear
//! out; and so does any figure given as of a later day than the earlier one ("as of
//! Wednesday" after "as of Monday", "by Tuesday night", "so far"). Two weaker inferences, a
//! larger toll or burned area (or a smaller count of the missing) days later and a larger
//! count as of a day after the earlier report's publication, also link a pair as agreeing
//! figures link; in a claim they are checked again against its other members' timeline.
//! Same-day differences stay contradictions.

use std::cmp::Ordering;

use super::*;
use crate::engine::compare::interval;
use crate::engine::context::Trend;

/// Whether the diverging pair `a`, `b` of the claim `members` is an update: the articles were
/// published on different days, and the later one states its value, somewhere in the claim,
/// as a new level that moved the way the values did ("rose to" a larger count), gives a larger
/// ordinal, passes the earlier one's floor, or is counted as of a later day. The weaker
/// inferences count too (a larger toll in a later report, `growing_toll`; a larger count as of
/// a day after the earlier report's publication). Asked of the pair alone (`members` = the
/// two), it lets the pair link (`candidate_edges`, `can_merge`); asked of a claim, the
/// timeline of all its members must bear the change out.
pub(super) fn is_update(all: &All, members: &[MentionRef], a: MentionRef, b: MentionRef) -> bool {
    let published = |r: MentionRef| all.articles.get(r.article).and_then(|x| x.published);
    let (Some(pa), Some(pb)) = (published(a), published(b)) else {
        return false;
    };
    let ((early, late), (pe, pl)) = match pa.cmp(&pb) {
        Ordering::Less => ((a, b), (pa, pb)),
        Ordering::Greater => ((b, a), (pb, pa)),
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
    // So does a streak ("32 consecutive months", "33 straight months") until it breaks.
    let streak = |r: MentionRef| {
        let after = all.after(r).trim_start();
        ["consecutive ", "straight ", "successive "].iter().any(|w| after.starts_with(w))
    };
    if (ml.kind == Kind::Ordinal || floor || streak(early) && streak(late)) && l > e {
        return true;
    }
    let (ce, cl) = (all.context(early), all.context(late));
    // A living person's age grows with the calendar: "Najib, 67," in 2020 and "Najib, 70," in
    // 2024 is one age told at two times, when the years between the reports bear it out. A
    // victim's age ("a 7-year-old girl was found dead") stays what it was.
    let age = |m: &Mention, c: &Context| m.is_age() && c.casualty.is_none();
    let years = (pl - pe).num_days() as f64 / 365.25;
    if age(me, ce) && age(ml, cl) && l > e && years >= 0.5 && (l - e - years).abs() <= 1.0 {
        return true;
    }
    // An explicit later moment: "as of Wednesday, 19 had died" after "as of Monday, 12".
    // Weaker: a count the earlier report gives with no moment of its own is as of its
    // publication day at latest, and is only surpassed ("so far counted four injuries" the day
    // after "six injuries" contradicts it), never by a figure the later report gives as an
    // earlier level ("up from 41 on Saturday"). And the other way round: a count the earlier
    // report gives "so far" was still open; a larger count, not an age, that the later report
    // gives with no moment of its own is where it got to.
    if ce.so_far
        && cl.as_of_day.is_none()
        && l > e
        && me.kind == Kind::Number
        && !me.is_age()
        && !closed(ce, pe)
    {
        return true;
    }
    let both_moments = match (ce.as_of_day, cl.as_of_day) {
        (Some(de), Some(dl)) if dl.0 > de.1 => return true,
        (None, Some(dl)) if l > e && !cl.earlier_period && dl.0 > pe => return true,
        (Some(_), Some(_)) => true,
        _ => false,
    };
    // A toll grows as the missing are found and the injured come forward: a count of the
    // dead, injured, sick, arrested or rescued, of buildings destroyed or damaged, or of land
    // burned or flooded, that is larger in a report published days later is where it got to,
    // not a contradiction (the page shows both values with their dates). A smaller later
    // count stays red: tolls are revised down rarely, and a reader should see it.
    // The missing go the other way: found, alive or dead, their count falls, so a smaller
    // count of the missing days later is where it got to, with the same checks mirrored.
    let grows = growing_toll(all, early) && growing_toll(all, late);
    let falls = missing(all, early) && missing(all, late);
    let rise = l > e && grows;
    let found = l < e && falls;
    // The later report may give an earlier moment of the count, as of a day before the earlier
    // report was published ("32 by Saturday night" in Tuesday's recap, after Monday's "42"): a
    // toll smaller then, or a count of the missing larger then, is where it was on the way.
    let before_it = cl.as_of_day.is_some_and(|(_, to)| to < pe) && ce.as_of_day.is_none();
    let on_the_way = l < e && grows || l > e && falls;
    if before_it && on_the_way && ce.casualty == cl.casualty && !ce.background && !cl.background {
        return true;
    }
    // Days given as the moment of both counts decided above ("as of Sunday" after "as of
    // Monday" puts the later report's count first).
    if (rise || found) && !both_moments {
        // The reports' timeline must bear the change out: none published by the earlier
        // report's day already gave the later side of it (then the earlier figure is the odd
        // one out, "12" beside the same day's "14"), and none published on the later report's
        // day or after still gives the earlier side ("19 injured" on Monday after "more than
        // 20" on Sunday).
        let timeline = members.iter().all(|&r| {
            // What each report allows: "at least a dozen" does not say less than 14.
            let (Some(p), Some((low, high))) = (published(r), interval(all.mention(r), all.config)) else {
                return true;
            };
            let (before, after) = if rise { (low <= e, high >= l) } else { (high >= e, low <= l) };
            // A report that gives the earlier side as of a day before the later report ("32
            // by Saturday night") tells the count's history, not its latest level.
            let history = all.context(r).as_of_day.is_some_and(|(_, to)| to < pl);
            r.article == early.article
                || r.article == late.article
                || (p > pe || before) && (p < pl || after || history)
        });
        if ce.casualty == cl.casualty
            && !ce.background
            && !cl.background
            && timeline
            && !closed(ce, pe)
            && !closed(cl, pe)
        {
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

/// Whether a mention counts a toll that only grows while a story unfolds (the dead, the
/// injured, the sick, the arrested, the rescued, buildings destroyed or damaged as assessors
/// reach more of them, or a stretch of land of a square kilometre or more, as a fire burns or
/// a flood spreads), rather than one that can shrink (the missing, the evacuated), an age, or
/// a room's size.
fn growing_toll(all: &All, r: MentionRef) -> bool {
    use crate::engine::context::Casualty::*;
    let m = all.mention(r);
    let grows = matches!(
        all.context(r).casualty,
        Some(Death | Injury | Illness | Arrest | Destroyed | Damaged | Rescue)
    );
    let land = m.unit == Some("m2") && m.num().is_some_and(|(low, _)| low >= 1e6);
    grows && !m.is_age() || land
}

/// Whether a mention counts the missing, whose number falls as they are found.
fn missing(all: &All, r: MentionRef) -> bool {
    all.context(r).casualty == Some(crate::engine::context::Casualty::Missing)
}

/// Whether a count is tied to a period of more than a week that was over before `published`
/// ("87 deaths in all of 2024"): a closed count, which no later report updates.
fn closed(c: &crate::engine::context::Context, published: chrono::NaiveDate) -> bool {
    c.earlier_period || c.anchor.is_some_and(|(from, to)| to < published && (to - from).num_days() > 7)
}
