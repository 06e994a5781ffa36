//! What the engine targets (`analyze`, `extract`) check beyond "no panic": only what the
//! engine documents (docs/architecture.md "Invariants", and the doc comments of `extract`,
//! `Mention`, `Value`, `Analysis`, `Claim`, `Pair`, `Status` and `Config::max_compared`).
#![allow(dead_code)] // each target uses part of it

use chrono::{Days, NaiveDate};
use crosscheck::engine::{Analysis, Config, Mention, MentionRef, Status, Value, Verdict};

/// `extract`'s promise ("every mention in `text`, in order, none overlapping") and
/// `Mention`'s: offsets are UTF-8 byte offsets into `text` on character boundaries, `start`
/// the first byte and `end` one past the last (so a mention is never empty).
pub fn check_mentions(text: &str, ms: &[Mention]) {
    let mut prev_end = 0;
    for (i, m) in ms.iter().enumerate() {
        assert!(m.start < m.end, "mention {i} is empty or reversed: {}..{}", m.start, m.end);
        assert!(m.end <= text.len(), "mention {i} ends at {} past the text ({} bytes)", m.end, text.len());
        assert!(text.is_char_boundary(m.start), "mention {i} starts inside a character at {}", m.start);
        assert!(text.is_char_boundary(m.end), "mention {i} ends inside a character at {}", m.end);
        assert!(m.start >= prev_end, "mention {i} at {} overlaps or precedes the one before (ends {prev_end})", m.start);
        prev_end = m.end;
        // "A date interval, first and last day inclusive."
        if let Some(Value::Date { start, end }) = m.value {
            assert!(start <= end, "mention {i}: date interval {start}..{end} is reversed");
        }
    }
}

/// `analyze`'s promises: `mentions[a]` are article `a`'s mentions in text order (offsets into
/// its body); every mention belongs to exactly one claim and `claim_of` names it; claims come
/// divergent first, then compatible, agreeing and single; a pair joins mentions of two
/// different articles inside its claim; a claim's status is its worst pair's verdict, or
/// `Single` with no pairs; confidences are between 0 and 1; a year-less date keeps no value;
/// at most `Config::max_compared` mentions of an article are compared, and `not_compared`
/// has a count for each article.
pub fn check_analysis(bodies: &[&str], an: &Analysis, config: &Config) {
    assert_eq!(an.mentions.len(), bodies.len(), "one mention list per article");
    assert_eq!(an.claim_of.len(), bodies.len(), "one claim_of list per article");
    assert_eq!(an.not_compared.len(), bodies.len(), "one not_compared count per article");
    for (a, (body, ms)) in bodies.iter().zip(&an.mentions).enumerate() {
        check_mentions(body, ms);
        assert!(ms.len() <= config.max_compared, "article {a}: {} mentions compared, past the limit", ms.len());
        assert_eq!(an.claim_of[a].len(), ms.len(), "article {a}: claim_of and mentions differ in length");
        for (i, m) in ms.iter().enumerate() {
            if m.yearless.is_some() {
                assert!(m.value.is_none(), "article {a} mention {i}: a year-less date with a value");
            }
        }
    }
    let mut seen: Vec<Vec<u8>> = an.mentions.iter().map(|ms| vec![0; ms.len()]).collect();
    let mut last_status = Status::Diverge;
    for (c, claim) in an.claims.iter().enumerate() {
        assert!(!claim.mentions.is_empty(), "claim {c} has no mentions");
        assert!(claim.status >= last_status, "claim {c} ({:?}) after a {:?} claim", claim.status, last_status);
        last_status = claim.status;
        for &MentionRef { article, index } in &claim.mentions {
            let slot = seen
                .get_mut(article)
                .and_then(|s| s.get_mut(index))
                .unwrap_or_else(|| panic!("claim {c} names mention {index} of article {article}, which does not exist"));
            *slot += 1;
            assert_eq!(an.claim_of[article][index], c, "claim_of[{article}][{index}] does not name claim {c}");
        }
        for p in &claim.pairs {
            assert_ne!(p.a.article, p.b.article, "claim {c}: a pair within one article");
            assert!(claim.mentions.contains(&p.a) && claim.mentions.contains(&p.b), "claim {c}: a pair outside it");
            assert!((0.0..=1.0).contains(&p.confidence), "claim {c}: pair confidence {}", p.confidence);
        }
        // Verdicts order Agree < Compatible < Updated < Possible < Diverge: the worst is the
        // greatest.
        let worst = claim.pairs.iter().map(|p| p.verdict).max();
        let expected = match worst {
            None => Status::Single,
            Some(Verdict::Diverge) => Status::Diverge,
            Some(Verdict::Possible) => Status::Possible,
            Some(Verdict::Updated) => Status::Updated,
            Some(Verdict::Compatible) => Status::Compatible,
            Some(Verdict::Agree) => Status::Agree,
        };
        assert_eq!(claim.status, expected, "claim {c}: status is not its worst pair's verdict");
        let conf = claim.evidence.confidence;
        assert!((0.0..=1.0).contains(&conf), "claim {c}: evidence confidence {conf}");
    }
    for (a, s) in seen.iter().enumerate() {
        for (i, &n) in s.iter().enumerate() {
            assert_eq!(n, 1, "mention {i} of article {a} is in {n} claims, not exactly one");
        }
    }
}

/// A publication date from four bytes: none, one within 89 years either side of 2026-12-03
/// (the days the demo and tests use), or any day of the four-digit years.
pub fn published_from(b: [u8; 4]) -> Option<NaiveDate> {
    match b[0] % 3 {
        0 => None,
        1 => {
            let base = NaiveDate::from_ymd_opt(2026, 12, 3).expect("2026-12-03");
            let off = i16::from_le_bytes([b[1], b[2]]);
            if off >= 0 {
                base.checked_add_days(Days::new(off as u64))
            } else {
                base.checked_sub_days(Days::new(u64::from(off.unsigned_abs())))
            }
        }
        _ => Some(date_from([b[1], b[2], b[3]])),
    }
}

/// A publication date from three bytes, anywhere from 0000-01-01 to 9999-12-31: the years
/// an ISO `Published:` header or the CLI's `extract` can give.
pub fn date_from(b: [u8; 3]) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(0, 1, 1).expect("0000-01-01");
    let last = NaiveDate::from_ymd_opt(9999, 12, 31).expect("9999-12-31");
    let span = (last - first).num_days() as u32 + 1;
    let n = u32::from_le_bytes([b[0], b[1], b[2], 0]) % span;
    first + Days::new(u64::from(n))
}
