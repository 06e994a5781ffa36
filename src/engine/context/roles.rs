//! The roles of a sentence's words given to the figures they belong to: each role word
//! (a casualty, a forecast, a change, an earlier period, a new level, a start or an end, a
//! capacity, a severity) goes to the nearest figure of its clause, as `attach_roles` decides.

use super::*;

/// A verb of speech ("said", "told"; data/words.txt's speaking list): a date right after it is when
/// someone spoke.
pub(super) fn speaks(lc: &str) -> bool {
    has(List::Speaking, lc)
}

/// Whether the word `lc` (before `next`) adds to a count: "two more bodies", "another 40
/// homes", "300 additional troops"; "21 per cent more than last week" compares instead.
pub(super) fn adds(lc: &str, next: &str) -> bool {
    (lc == "more" && next != "than") || lc == "additional" || lc == "another"
}

/// Roles attached to one mention, each with the distance to its word and whether the word
/// comes after the mention.
#[derive(Clone, Copy, Default)]
pub(super) struct Roles {
    pub(super) casualty: Option<(usize, bool, Casualty)>,
    pub(super) boundary: Option<(usize, bool, bool)>,
    pub(super) forecast: bool,
    pub(super) earlier: bool,
    pub(super) change: bool,
    pub(super) trend: Option<Trend>,
    pub(super) as_of: bool,
    /// The date follows "by" ("by Tuesday night, 19 had died"): when its sentence's counts
    /// were reached. Unlike `as_of` the date keeps its own role, since "by" also sets a
    /// deadline ("due by the end of 2026") that another report may contradict.
    pub(super) by: bool,
    pub(super) added: bool,
    pub(super) capacity: bool,
    pub(super) depth: bool,
    pub(super) severe: bool,
    pub(super) consensus: bool,
}

/// Which way a role word looks for its figure.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Reach {
    /// The nearest figure on either side; on a tie, the one before the word.
    Either,
    /// Only a figure after the word ("began on Monday", "until March").
    Forward,
}

/// What the role words of the lexicon say of one token: each is a long match on the word,
/// and `attach_roles` and `one_context` ask about the same tokens many times.
#[derive(Clone, Copy, Default)]
pub(super) struct Lex {
    pub(super) casualty: Option<Casualty>,
    pub(super) forecast: bool,
    pub(super) boundary: Option<bool>,
    pub(super) change: bool,
    pub(super) capacity: bool,
    pub(super) severity: bool,
}

/// Every token's `Lex`, each distinct lower-case word classified once (`WordMemo`: `known`
/// gives a word's index in `list`).
#[cfg_attr(page_build, optimize(speed))]
pub(super) fn classify(toks: &[Token], known: &mut HashMap<String, u32>, list: &mut Vec<Lex>) -> Vec<Lex> {
    toks.iter()
        .map(|t| {
            let lc = t.lc();
            if lc.is_empty() {
                return Lex::default();
            }
            let at = super::vocab::memo_index(known, list, lc, || {
                Some(Lex {
                    casualty: casualty(lc),
                    forecast: is_forecast(lc),
                    boundary: boundary(lc),
                    change: is_change(lc),
                    capacity: is_capacity(lc),
                    severity: is_severity(lc),
                })
            });
            list.get(at as usize).copied().unwrap_or_default()
        })
        .collect()
}

/// Give each role word to the one figure nearest to it in its sentence, so in "38%, compared
/// with 31% a year earlier" only 31% is about the earlier period, and in "begin in September
/// and finish in 2027" September starts and 2027 ends.
#[cfg_attr(page_build, optimize(speed))]
pub(super) fn attach_roles(
    toks: &[Token],
    lex: &[Lex],
    sent: &[u32],
    spans: &[(usize, usize)],
    dates: &[bool],
) -> Vec<Roles> {
    let mut roles = vec![Roles::default(); spans.len()];
    for k in 0..toks.len() {
        let lc = toks[k].lc();
        if lc.is_empty() {
            continue;
        }
        let x = lex[k];
        // The nearest figure (not a date) within `limit` tokens, for roles only figures take.
        let figure_near = |limit, reach| {
            nearest(spans, dates, sent, k, limit, reach).map(|(m, _, _)| m).filter(|&m| !dates[m])
        };
        // The mention right after mention `m`, within two tokens and in this word's sentence:
        // the date a new level was counted on ("rose to 25 on Tuesday"), a conversion ("70 km
        // (43 miles)").
        let right_after = |m: usize| {
            Some(m + 1).filter(|&n| {
                spans.get(n).is_some_and(|sp| sp.0 <= spans[m].1 + 2 && sent.get(sp.0) == sent.get(k))
            })
        };
        let next = toks.get(k + 1).map_or("", Token::lc);
        let prev = if k > 0 { toks[k - 1].lc() } else { "" };
        let earlier = ["previous", "prior", "ago", "former"].contains(&lc)
            || (lc == "last" && ["year", "month", "week", "quarter", "season", "time"].contains(&next))
            || (lc == "earlier" && ["year", "month", "week", "quarter"].contains(&prev));
        let c = x.casualty;
        let f = x.forecast;
        // "broke out on Thursday": the start of a fire, a war, an outbreak.
        let b = x.boundary.or_else(|| (lc == "out" && prev == "broke").then_some(true));
        if earlier {
            if let Some((m, _, _)) = nearest(spans, dates, sent, k, 8, Reach::Either) {
                roles[m].earlier = true;
            }
        }
        // "14 weeks, compared with 20 weeks in the earlier round": the figure a comparison
        // measures against is another period's or another party's, not the story's own.
        if ["with", "to"].contains(&lc) && prev == "compared" {
            if let Some(m) = figure_near(3, Reach::Forward) {
                roles[m].earlier = true;
            }
        }
        if f {
            // "Corvane expects revenue of $7.5 billion and spending of $1.1 billion": every
            // figure after the word in its sentence is expected, and so is one just before it
            // ("revenue of $7.5 billion is expected").
            let p = spans.partition_point(|sp| sp.0 <= k);
            for (m, sp) in spans.iter().enumerate().skip(p) {
                // The sweep ends with the sentence, or at a comma or semicolon, where
                // "expected to finish in 2027, at a cost of $95 million" changes subject.
                let clause_break =
                    toks.get(k..sp.0).unwrap_or(&[]).iter().any(|t| t.is_punct(',') || t.is_punct(';'));
                if sent.get(sp.0) != sent.get(k) || sp.0 - k > 15 || clause_break {
                    break;
                }
                roles[m].forecast = true;
            }
            if let Some((m, d, true)) = nearest(spans, dates, sent, k, 4, Reach::Either) {
                if d <= 4 {
                    roles[m].forecast = true;
                }
            }
        }
        // "up 9%", "rose 12%": a change, not a level. "up from 31%": the earlier level.
        if x.change && !["made", "make", "makes", "making"].contains(&prev) {
            if let Some((m, d, false)) = nearest(spans, dates, sent, k, 2, Reach::Forward) {
                let between = toks.get(k + 1..k + d).unwrap_or(&[]);
                if !dates[m] && !between.iter().any(|t| ["to", "from"].contains(&t.lc())) {
                    roles[m].change = true;
                }
            }
        }
        // "rose to 25", "has climbed to seven", "bringing the toll to 16", "reached sol 1,782",
        // "now stands at 340": the figure is a count's new level, which a later report gives
        // as an update of an earlier one (`align::updates`).
        // "stood at 43": a level, where "stands 45 metres high" is a height.
        let level_at = (next == "at" && has(List::LevelAt, lc)).then_some((Trend::Now, false));
        if let Some((trend, via_to)) = trend_word(lc).or(level_at) {
            let from = if via_to {
                // The new level follows "to" within a few words of the verb, in its clause.
                toks.get(k + 1..toks.len().min(k + 6))
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|t| !t.is_punct(',') && !t.is_punct(';'))
                    .position(|t| t.lc() == "to")
                    .map(|i| k + 1 + i)
            } else {
                Some(k)
            };
            let limit = if trend == Trend::Now && !via_to { 4 } else { 2 };
            if let Some(m) = from.and_then(|j| {
                nearest(spans, dates, sent, j, limit, Reach::Forward)
                    .map(|(m, _, _)| m)
                    .filter(|&m| !dates[m])
            }) {
                roles[m].trend = Some(trend);
                // "The death toll from the quake that struck on Tuesday has risen to 126": the
                // count the verb moves is its subject's, however far back the subject stands,
                // when no other figure (a date may) stands between them, in its sentence.
                let start = sent.partition_point(|&s| s < sent[k]);
                let first = (0..m)
                    .rev()
                    .find(|&i| !dates[i] && sent.get(spans[i].0) == sent.get(k))
                    .map_or(start, |i| spans[i].1);
                let subject =
                    (first.max(k.saturating_sub(30))..k).rev().find_map(|j| lex[j].casualty.map(|c| (j, c)));
                if let (None, Some((j, c))) = (roles[m].casualty, subject) {
                    roles[m].casualty = Some((spans[m].0 - j, false, c));
                }
                // "rose to 25 on Tuesday": the date right after the new level is when it was
                // counted, not when the event happened.
                if let Some(n) = right_after(m).filter(|&n| dates.get(n) == Some(&true)) {
                    roles[n].as_of = true;
                }
            }
        }
        // "has destroyed 31 structures", "have killed at least 38": a tally so far, in the
        // perfect, which a later report gives as the count risen since an earlier one.
        // Only verbs of a toll or damage that grows: "has demanded 60 bitcoin" is one act.
        let tally = |j: usize| {
            lex.get(j).is_some_and(|x| x.casualty.is_some())
                || toks.get(j).is_some_and(|t| ["destroyed", "burned"].contains(&t.lc()))
        };
        if (lc == "has" || lc == "have") && tally(k + 1) {
            if let Some(m) = figure_near(4, Reach::Forward) {
                roles[m].trend.get_or_insert(Trend::Rise);
            }
        }
        // "as of Wednesday", "as at 6pm": the moment a figure was given. "Police said on
        // Monday", "told reporters on Tuesday": the moment of a statement, as any report
        // gives its own, not the day of anything it reports.
        let said = speaks(lc);
        if ((lc == "of" || lc == "at") && prev == "as") || said {
            if let Some((m, _, false)) =
                nearest(spans, dates, sent, k, if said { 3 } else { 1 }, Reach::Forward)
            {
                if dates[m] {
                    roles[m].as_of = true;
                }
            }
        }
        if lc == "by" {
            if let Some((m, _, false)) = nearest(spans, dates, sent, k, 1, Reach::Forward) {
                roles[m].by = dates[m];
            }
        }
        // "seven more bodies", "another 40 homes", "300 additional troops", "a 9.5% increase":
        // what was added to a total or a level, never the total itself.
        let added = match lc {
            "more" | "additional" | "increase" | "rise" | "drop" | "fall" | "jump" | "decline" | "cut" => {
                spans.iter().position(|sp| sp.1 == k)
            }
            "another" => spans.iter().position(|sp| sp.0 == k + 1),
            _ => None,
        };
        if let Some(m) = added.filter(|&m| dates.get(m) == Some(&false)) {
            if let Some(r) = roles.get_mut(m) {
                r.change = true;
                r.added = adds(lc, next);
            }
        }
        // "room for 200 people", "a capacity of 5,000", "can hold 300": what a place can take,
        // which is never the count of who came.
        if x.capacity {
            if let Some(m) = figure_near(3, Reach::Forward) {
                roles[m].capacity = true;
            }
        }
        // "at a depth of 16.5 km (10 miles)": a length measured down, with its conversion
        // right after it. Only the noun: snow "as deep as 24 metres" is also "21 metres high".
        if has(List::Depth, lc) {
            if let Some(m) = figure_near(4, Reach::Either) {
                roles[m].depth = true;
                if let Some(n) = right_after(m) {
                    roles[n].depth = !dates[n];
                }
            }
        }
        if ["analyst", "analysts", "consensus"].contains(&lc) {
            if let Some(m) = figure_near(6, Reach::Either) {
                roles[m].consensus = true;
            }
        }
        if x.severity {
            if let Some(m) = figure_near(4, Reach::Either) {
                roles[m].severe = true;
            }
        }
        // "More than 30 people have now been injured", "118 have now accepted": the figure
        // before "have now" is the count's new level, as the one after "now stands at" is.
        if lc == "now" && (prev == "has" || prev == "have") {
            if let Some((m, _, true)) = nearest_in_clause(toks, spans, dates, sent, k, 8, Reach::Either) {
                if !dates[m] {
                    roles[m].trend.get_or_insert(Trend::Now);
                }
            }
        }
        // "up from 31%": the figure right after "from" is the earlier level.
        if lc == "from" {
            if let Some(m) = figure_near(1, Reach::Forward) {
                roles[m].earlier = true;
            }
            // "Ten teams were at work on Sunday, up from eight": the last figure before ", up
            // from", a date aside, is the new level ("a step up from" compares two things).
            let aside = k > 1 && toks[k - 2].is_punct(',');
            let trend = match prev {
                "up" if aside => Some(Trend::Rise),
                "down" if aside => Some(Trend::Fall),
                _ => None,
            };
            if let Some(t) = trend {
                let before = (0..spans.partition_point(|sp| sp.1 <= k)).rev().find(|&m| !dates[m]);
                if let Some(m) =
                    before.filter(|&m| sent.get(spans[m].0) == sent.get(k) && k - spans[m].1 <= 14)
                {
                    roles[m].trend.get_or_insert(t);
                }
            }
        }
        if let Some(c) = c {
            // A casualty word goes to the figure of its own clause (`nearest_in_clause`).
            if let Some((m, d, after)) = nearest_in_clause(toks, spans, dates, sent, k, 6, Reach::Either) {
                // Among several words, the nearest wins; on a tie the word after the figure
                // ("12 were injured" over "killed and 12").
                let better =
                    roles[m].casualty.is_none_or(|(d0, after0, _)| d < d0 || (d == d0 && after && !after0));
                if better {
                    roles[m].casualty = Some((d, after, c));
                }
            }
        }
        if let Some(b) = b {
            if let Some((m, d, after)) = nearest(spans, dates, sent, k, 4, Reach::Forward) {
                if roles[m].boundary.is_none_or(|(d0, _, _)| d < d0) {
                    roles[m].boundary = Some((d, after, b));
                }
            }
        }
    }
    roles
}

/// The mention nearest to token `k` in its sentence within `limit` tokens: its index, the
/// distance, and whether the word is after the mention.
pub(super) fn nearest(
    spans: &[(usize, usize)],
    dates: &[bool],
    sent: &[u32],
    k: usize,
    limit: usize,
    reach: Reach,
) -> Option<(usize, usize, bool)> {
    nearest_in_clause(&[], spans, dates, sent, k, limit, reach)
}

/// `nearest`, where the clause breaks among `toks` between the word and a mention count as
/// distance (`clause_cost`), so a word goes to the figure of its own clause: "of the 143 who
/// fell ill, 112 have been discharged and 28 remain" gives 112 to "discharged", and "a girl
/// died and 86 fell ill" gives 86 to "ill". The limit holds for the plain distance; with no
/// tokens nothing is added.
pub(super) fn nearest_in_clause(
    toks: &[Token],
    spans: &[(usize, usize)],
    dates: &[bool],
    sent: &[u32],
    k: usize,
    limit: usize,
    reach: Reach,
) -> Option<(usize, usize, bool)> {
    let cost = |lo: usize, hi: usize| clause_cost(toks.get(lo..hi).unwrap_or(&[]));
    let mut p = spans.partition_point(|s| s.0 <= k);
    let mut k = k;
    if p > 0 && spans.get(p - 1).is_some_and(|sp| k < sp.1) {
        // A word inside a figure ("an estimated 2,000") qualifies that figure, not another.
        // Inside a date ("the first quarter of last year") it dates the figure next to it,
        // so it acts from the date's edge: the figure before the date, or the one after.
        if !dates.get(p - 1).copied().unwrap_or(false) {
            return None;
        }
        let (start, end) = spans[p - 1];
        let before = p.checked_sub(2).and_then(|q| spans.get(q).map(|sp| (q, sp)));
        let after = spans.get(p).map(|sp| (p, sp));
        let gap_before = before.map(|(_, sp)| start.saturating_sub(sp.1));
        let gap_after = after.map(|(_, sp)| sp.0.saturating_sub(end));
        match (gap_before, gap_after) {
            (Some(b), Some(a)) if a < b => k = end,
            (None, Some(_)) => k = end,
            _ => {
                k = start;
                p -= 1;
            }
        }
    }
    let s = sent.get(k)?;
    let same = |t: usize| sent.get(t) == Some(s);
    // The mention starting after the word.
    let ahead = spans
        .get(p)
        .filter(|sp| same(sp.0) && sp.0 - k <= limit)
        .map(|sp| (p, sp.0 - k + cost(k + 1, sp.0), false));
    // The mention ending before (or around) the word.
    let behind = (reach == Reach::Either)
        .then(|| p.checked_sub(1))
        .flatten()
        .and_then(|q| spans.get(q).map(|sp| (q, sp)))
        .filter(|(_, sp)| sp.1 <= k && same(sp.1 - 1) && k + 1 - sp.1 <= limit)
        .map(|(q, sp)| (q, k + 1 - sp.1 + cost(sp.1, k), true));
    match (behind, ahead) {
        (Some(b), Some(a)) => Some(if a.1 < b.1 { a } else { b }),
        (b, a) => b.or(a),
    }
}

/// The distance clause breaks add between a word and a figure: four for a comma or
/// semicolon, two for "and", "but" or "while".
pub(super) fn clause_cost(between: &[Token]) -> usize {
    between
        .iter()
        .map(|t| match t.lc() {
            _ if t.is_punct(',') || t.is_punct(';') => 4,
            "and" | "but" | "while" => 2,
            _ => 0,
        })
        .sum()
}
