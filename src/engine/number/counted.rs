//! What a figure counts: the counted noun after it ("24,000 fraudulent accounts"), a compound's
//! noun ("a five-storey building"), a part's whole ("37 of the 58 precincts"), an age in
//! apposition ("Okafor, 44, said"), a magnitude, a category or a rating.

use super::*;

/// Whether a word looks like a plural noun in "s" ("accounts", not "class", "status" or "news").
fn looks_plural(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !has(List::NotPlurals, w)
}

/// The counted noun after a count: the first plural-looking word within a few words
/// ("24,000 fraudulent accounts" → accounts; "four senior Grok code leads" → leads). After
/// "one" the first word counts ("one employee").
pub(super) fn counted_after(cx: &Cx, j: usize, value: f64) -> Option<String> {
    for k in j..j + 5 {
        let t = cx.tok(k)?;
        if t.newline_before {
            return None;
        }
        if t.is_punct('-') && !t.space_before {
            // "24-hour" is handled as a unit; here a hyphen joins compound adjectives.
            continue;
        }
        if t.kind != TokKind::Word {
            return None;
        }
        let text = t.text(cx.src);
        let lc_owned;
        let w = if t.lc().is_empty() {
            lc_owned = super::super::tokenize::lower(text);
            lc_owned.as_str()
        } else {
            t.lc()
        };
        if w.is_empty()
            || has(List::CountStop, w)
            || small(w).is_some()
            || tens(w).is_some()
            || scale_word(w).is_some()
        {
            return None;
        }
        // "GPUs", "CEOs": an acronym with a plural "s".
        let acronym_plural = text.len() > 2
            && text.ends_with('s')
            && text[..text.len() - 1].chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if looks_plural(w) || has(List::IrregularPlurals, w) || acronym_plural {
            return Some(w.to_string());
        }
        if value == 1.0 && k == j && !t.capitalized(cx.src) {
            return Some(w.to_string());
        }
    }
    None
}

/// What a bare number counts: the noun after it ("24,000 fraudulent accounts"), what its
/// whole counts (`part_of`), a person's age in apposition (`apposed_age`), an earthquake's
/// "magnitude", a storm's "category" or a tornado's "rating".
pub(super) fn what_it_counts(cx: &Cx, r: &Reading) -> Option<String> {
    // A storm's "Category 4": its category, whatever the storm is called after it; a
    // tornado's "EF-3" or "EF3": its rating.
    let before = |n: usize| r.first_tok.checked_sub(n).map_or("", |k| cx.lc(k));
    if before(1) == "category" {
        return Some("category".to_string());
    }
    if before(1) == "ef" || before(2) == "ef" && before(1).is_empty() {
        return Some("rating".to_string());
    }
    compound_noun(cx, r.next)
        .or_else(|| counted_after(cx, r.next, r.high))
        .or_else(|| part_of(cx, r))
        .or_else(|| {
            let exact = r.qualifier == Qualifier::Exact;
            if exact && apposed_age(cx, r) {
                return Some(crate::engine::mention::AGE.to_string());
            }
            (r.qualifier != Qualifier::Range && magnitude(cx, r.first_tok, r.next))
                .then(|| "magnitude".to_string())
        })
}

/// A part of a counted whole: "37 of the 58 precincts", "nine of the victims", "12 of its
/// 40 stores" count what the whole counts. Whole numbers from two up only: "one of the
/// largest fires" is an idiom, and "two-thirds of voters" is a share, not a count of voters.
fn part_of(cx: &Cx, r: &Reading) -> Option<String> {
    let j = r.next;
    if cx.lc(j) != "of" || r.high < 2.0 || r.high.fract() != 0.0 {
        return None;
    }
    let mut k = j + 1;
    if ["the", "its", "their", "his", "her", "our", "these", "those"].contains(&cx.lc(k)) {
        k += 1;
    }
    if cx.tok(k).is_some_and(|t| t.kind == TokKind::Num) {
        k += 1;
    }
    counted_after(cx, k, 2.0)
}

/// News gives ages between commas after a name: "Okafor, 44, said", "Pooja Madavi, 12, had
/// died". A whole number up to 120 in digits, after a comma that follows a capitalised word
/// and before a comma, is an age ("In March, 12, …" is rare; lists of numbers follow numbers);
/// so is one after "aged" ("the driver, aged 42").
fn apposed_age(cx: &Cx, r: &Reading) -> bool {
    let i = r.first_tok;
    let digits =
        cx.tok(i).is_some_and(|t| t.is_plain_int()) && r.next == i + 1 && (1.0..=120.0).contains(&r.high);
    let name = i >= 2 && cx.tok(i - 2).is_some_and(|t| t.kind == TokKind::Word && t.capitalized(cx.src));
    let aged = i >= 1 && cx.lc(i - 1) == "aged";
    digits
        && (aged
            || name
                && cx.tok(i - 1).is_some_and(|t| t.is_punct(','))
                && cx.tok(i + 1).is_some_and(|t| t.is_punct(',')))
}

/// The noun a hyphen joins to a figure, making a compound adjective ("a five-storey
/// building", "a 12-member panel"): what the figure counts, singular as compounds are. Only a
/// lower-case word of five letters or more, or one WordNet knows as a noun, so that codes
/// ("2017-q5", "2019-aug-01") stay as they are.
fn compound_noun(cx: &Cx, j: usize) -> Option<String> {
    cx.tok(j).filter(|t| t.is_punct('-') && !t.space_before)?;
    let word = cx.tok(j + 1).filter(|t| t.kind == TokKind::Word && !t.space_before)?;
    let text = word.text(cx.src);
    let noun = text.bytes().all(|b| b.is_ascii_lowercase())
        && (text.len() >= 5 || (text.len() >= 3 && super::super::wordnet::noun_lemma(text).is_some()));
    noun.then(|| text.to_string())
}
