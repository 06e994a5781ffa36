//! An article body as the page shows it: paragraphs of plain and marked runs, each mark with
//! its mention's report id, claim and status.

use super::claims::kind_name;
use super::values::describe;
use crate::engine::{Analysis, Mention, Status};
use crate::format::report::mention_ids;

/// A stretch of a paragraph: plain text, or the text of one mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub text: String,
    pub mark: Option<Mark>,
}

/// What a marked run shows about its mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// The mention's index in the article's mention list.
    pub index: usize,
    /// The kind's name as in the JSON contract ("money", "date", ...).
    pub kind: &'static str,
    /// A one-line description for a tooltip: "money: 4,200,000 USD".
    pub title: String,
    /// The mention's id in the JSON report (numbered across articles); `index` until tagged.
    pub id: usize,
    /// The id of the claim holding the mention, once tagged with an analysis.
    pub claim: Option<usize>,
    /// The claim's status, once tagged; untagged marks read as single.
    pub status: Status,
}

/// The body's paragraphs (separated by blank lines), each as runs in text order. A mention with
/// offsets that are out of range, not on character boundaries, or overlapping an earlier one is
/// left unmarked rather than trusted; one that spans a paragraph break is marked in both parts.
pub fn paragraphs(body: &str, mentions: &[Mention]) -> Vec<Vec<Run>> {
    let mut out = Vec::new();
    let mut first = 0; // first mention that may still reach the current paragraph
    for (ps, pe) in paragraph_ranges(body) {
        while first < mentions.len() && mentions[first].end <= ps {
            first += 1;
        }
        let mut runs = Vec::new();
        let mut cursor = ps;
        for (index, m) in mentions.iter().enumerate().skip(first) {
            if m.start >= pe {
                break;
            }
            let (s, e) = (m.start.max(ps), m.end.min(pe));
            if s < cursor || s >= e || !body.is_char_boundary(s) || !body.is_char_boundary(e) {
                continue;
            }
            if cursor < s {
                runs.push(Run { text: body[cursor..s].to_string(), mark: None });
            }
            let mark = Mark {
                index,
                kind: kind_name(m.kind),
                title: describe(m),
                id: index,
                claim: None,
                status: Status::Single,
            };
            runs.push(Run { text: body[s..e].to_string(), mark: Some(mark) });
            cursor = e;
        }
        if cursor < pe {
            runs.push(Run { text: body[cursor..pe].to_string(), mark: None });
        }
        out.push(runs);
    }
    out
}

/// The paragraphs of article `a` of an analysis, every mark tagged with its report id, claim
/// and status, so the page can link a mention to its counterparts in other articles.
pub fn marked_paragraphs(body: &str, analysis: &Analysis, a: usize) -> Vec<Vec<Run>> {
    let Some(mentions) = analysis.mentions.get(a) else { return paragraphs(body, &[]) };
    let first_id = mention_ids(analysis).get(a).copied().unwrap_or(0);
    let mut paras = paragraphs(body, mentions);
    for mark in paras.iter_mut().flatten().filter_map(|r| r.mark.as_mut()) {
        mark.id = first_id + mark.index;
        let claim =
            analysis.claim_of.get(a).and_then(|c| c.get(mark.index)).and_then(|&c| analysis.claims.get(c));
        if let Some(claim) = claim {
            mark.claim = Some(claim.id);
            mark.status = claim.status;
        }
    }
    paras
}

/// Byte ranges of the paragraphs: maximal runs of non-blank lines, without the final newline.
fn paragraph_ranges(body: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut pos = 0;
    for line in body.split_inclusive('\n') {
        let content_end = pos + line.trim_end_matches(['\n', '\r']).len();
        if line.trim().is_empty() {
            ranges.extend(open.take());
        } else {
            open = Some((open.map_or(pos, |(s, _)| s), content_end));
        }
        pos += line.len();
    }
    ranges.extend(open);
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::display::*;
    use crate::engine::{Article, Kind, Mention, Status, Value};

    fn m(start: usize, end: usize) -> Mention {
        Mention::new(start, end, Kind::Number, Some(Value::Num { low: 12.0, high: 12.0 }))
    }

    fn texts(paras: &[Vec<Run>]) -> Vec<Vec<(&str, Option<usize>)>> {
        paras
            .iter()
            .map(|p| p.iter().map(|r| (r.text.as_str(), r.mark.as_ref().map(|k| k.index))).collect())
            .collect()
    }

    #[test]
    fn splits_paragraphs_and_marks_mentions() {
        let body = "Two died and 12 were hurt.\n\n  \nFire on day 3.\nNext line";
        let ms = [m(13, 15), m(43, 44)];
        let p = paragraphs(body, &ms);
        assert_eq!(
            texts(&p),
            vec![
                vec![("Two died and ", None), ("12", Some(0)), (" were hurt.", None)],
                vec![("Fire on day ", None), ("3", Some(1)), (".\nNext line", None)],
            ]
        );
        assert_eq!(p[0][1].mark.as_ref().map(|k| (k.kind, k.title.as_str())), Some(("number", "number: 12")));
    }

    #[test]
    fn bad_offsets_are_left_unmarked() {
        let body = "A — 12";
        // 3 is inside the dash; 9 is past the end; the third overlaps the second.
        let ms = [m(3, 4), m(6, 8), m(7, 9), m(8, 20)];
        assert_eq!(texts(&paragraphs(body, &ms)), vec![vec![("A — ", None), ("12", Some(1))]]);
    }

    #[test]
    fn a_mention_across_a_paragraph_break_is_marked_in_both() {
        let body = "ab\n\ncd";
        assert_eq!(
            texts(&paragraphs(body, &[m(1, 5)])),
            vec![vec![("a", None), ("b", Some(0))], vec![("c", Some(0)), ("d", None)]]
        );
        assert!(paragraphs("", &[]).is_empty());
    }

    #[test]
    fn marks_are_tagged_with_report_ids_claims_and_statuses() {
        use crate::engine::{analyze, Config};
        let texts = [
            "Published: 2026-11-14\n\nThe fire injured 12 workers at the plant.",
            "Published: 2026-11-14\n\nThe fire injured 14 workers at the plant.",
        ];
        let articles: Vec<Article> = texts.iter().map(|t| Article::parse(t)).collect();
        let analysis = analyze(&articles, &Config::default());
        let second = marked_paragraphs(&articles[1].body, &analysis, 1);
        let mark = second.iter().flatten().find_map(|r| r.mark.clone()).expect("a mark");
        assert_eq!(mark.id, analysis.mentions[0].len() + mark.index);
        assert_eq!(mark.status, Status::Diverge);
        let rows = claim_rows(&articles, &analysis);
        assert_eq!(rows[0].cells, vec!["12".to_string(), "14".to_string()]);
        assert!(rows[0].matches("14") && !rows[0].matches("zebra"));
        let detail = claim_detail(&articles, &analysis, rows[0].id).expect("detail");
        assert!(detail.pairs[0].contains("contradict"), "{:?}", detail.pairs);
        assert!(detail.shared.iter().any(|w| w.starts_with("worker")), "{:?}", detail.shared);
        // The same evidence as the JSON report, in words: how sure, and what decided.
        let e = &analysis.claims[rows[0].id].evidence;
        let sure = format!("{}% sure these state one fact; for: ", fixed(e.confidence * 100.0, 0));
        assert!(detail.why.starts_with(&sure), "{}", detail.why);
        assert!(detail.why.contains(e.features[0].feature), "{} / {:?}", detail.why, e.features);
    }
}
