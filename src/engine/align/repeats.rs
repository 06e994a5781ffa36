//! Mentions that join a claim after clustering without a link of their own: an article's
//! repeats of a fact it states in a claim, and a figure restated in parentheses in another
//! currency or unit.

use super::*;

/// Whether a mention with the same value as another of its article is specific enough to
/// be taken for the same fact: a part of a month or a week in the same words ("mid-May 2026"
/// twice); a figure of three or more digits ("$1.25 billion", "18.2%"); or any figure with the
/// same counted noun. A day, a month or a year is the time of many facts: a report's second
/// "Tuesday" is as likely another event that day (dropped 2026-12-05: on dev, day repeats
/// added no agreement and two false red marks).
fn repeats(all: &All, r: MentionRef, of: MentionRef) -> bool {
    let (m, o) = (all.mention(r), all.mention(of));
    if let Some(d) = &m.date {
        return match d.granularity {
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
pub(super) fn gather_repeats(all: &All, refs: &[MentionRef], groups: &mut Vec<(Vec<usize>, f64)>) {
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
                    // A repeat joins without a merge's checks, so it may add no contradiction
                    // its twin does not make: "Sept. 13" beside the same article's "Sunday"
                    // contradicts another report's "Sunday" read a week earlier, which the
                    // twin only matches as the same weekday.
                    let red = refs[h].article != r.article && all.verdict(r, refs[h]).0 == Verdict::Diverge;
                    let new_red = red && all.verdict(refs[g], refs[h]).0 != Verdict::Diverge;
                    // Nor may it be red against a mention neither it nor its twin is a red pair
                    // with (`fits_red`): every red pair is matched or witnessed, as a merge's
                    // are (`can_merge`).
                    let sure = |p: MentionRef| fits_red(all, p, refs[h], score(all, p, refs[h]));
                    let unsure = red && all.config.deciding() == Scorer::Fitted && !sure(r) && !sure(refs[g]);
                    comparable(m, all.mention(refs[h]))
                        && !other_noun
                        && !roles_conflict(m, cs, ch)
                        && !new_red
                        && !unsure
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

/// Whether mention `n` restates mention `m` in another currency or unit, in parentheses right
/// after it or after "or": "€412m (£346m)", "140 mph (225 km/h)", "412 million euros (about
/// $448 million)", "€26.9 billion, or $28.8 billion".
pub(super) fn converts(body: &str, m: &Mention, n: &Mention) -> bool {
    let other_unit = m.unit != n.unit || m.written_unit != n.written_unit;
    let or = matches!(body.get(m.end..n.start).map(str::trim), Some(", or" | "or"));
    (n.in_parentheses_after(body, m.end) || or)
        && m.kind == n.kind
        && matches!(m.kind, Kind::Money | Kind::Quantity)
        && other_unit
}

/// A figure restated in parentheses in another currency or unit states the same fact, so the
/// claims of the two figures become one: the other articles may give only the first currency,
/// only the second, or both ("£47bn ($70bn)" beside "$70bn" and "£47 billion"). Never where a
/// pair across the two claims would contradict: a converted figure is rounded, so its
/// verdicts against the other claim's figures in its own unit must be consistent. Two figures
/// on their own stay singles.
pub(super) fn gather_conversions(all: &All, refs: &[MentionRef], groups: &mut [(Vec<usize>, f64)]) {
    let mut group_of = group_index(refs.len(), groups);
    for g in 1..refs.len() {
        let (a, b) = (refs[g - 1], refs[g]);
        if a.article != b.article || !converts(&all.articles[a.article].body, all.mention(a), all.mention(b))
        {
            continue;
        }
        let (ga, gb) = (group_of[g - 1], group_of[g]);
        let Some((a_members, b_members)) = groups.get(ga).zip(groups.get(gb)).map(|(x, y)| (&x.0, &y.0))
        else {
            continue;
        };
        if ga == gb || a_members.len() + b_members.len() < 3 {
            continue;
        }
        // Pairs within one article are the partners and their repeats.
        let fits = a_members.iter().all(|&x| {
            b_members.iter().all(|&y| {
                refs[x].article == refs[y].article || all.verdict(refs[x], refs[y]).0 != Verdict::Diverge
            })
        });
        if fits {
            // The smaller claim moves into the larger, which keeps its weakest link.
            let (from, into) = if a_members.len() < b_members.len() { (ga, gb) } else { (gb, ga) };
            let moved = std::mem::take(&mut groups[from].0);
            for &h in &moved {
                group_of[h] = into;
            }
            groups[into].0.extend(moved);
        }
    }
}

/// Each mention's group, by global mention number (`usize::MAX` for a mention in none).
pub(super) fn group_index(mentions: usize, groups: &[(Vec<usize>, f64)]) -> Vec<usize> {
    let mut group_of = vec![usize::MAX; mentions];
    for (gi, (members, _)) in groups.iter().enumerate() {
        for &g in members {
            group_of[g] = gi;
        }
    }
    group_of
}
