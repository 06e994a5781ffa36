//! Who gave a figure, when its sentence says so: "police said", "according to the health
//! department", "said Fire Chief Dana Okafor", "the company reported". A short phrase as the
//! text writes it, or None; a pronoun ("she said", "it said") gives the source the sentence
//! before named, and a sentence without a source gives None.

use super::date::weekday_word;
use super::tokenize::{tokenize, TokKind, Token};
use super::words::{has, List};

/// The longest source phrase kept, in words.
const MAX_WORDS: usize = 7;

/// The source of the figure at `start..end` (byte offsets into `text`), if its sentence names one.
pub fn of(text: &str, start: usize, end: usize) -> Option<String> {
    let (from, to) = sentence(text, start, end);
    let s = text.get(from..to)?;
    let toks = tokenize(s);
    in_sentence(s, &toks, start.saturating_sub(from)).or_else(|| {
        // '"We found 12," he said': the speaker is the source the sentence before named. For
        // "he" and "she", only a person named in full ("Fire Chief Dana Okafor said ..."); for
        // "it" and "they", the source of the sentence before in the same paragraph ("The
        // ministry said ... It said 12 were in hospital").
        let pronoun = pronoun_speaks(&toks)?;
        let last =
            from.checked_sub(1).filter(|&l| pronoun == Pronoun::Person || text.as_bytes()[l] != b'\n')?;
        let (f, t) = sentence(text, last, last);
        let before = text.get(f..t)?;
        let source = in_sentence(before, &tokenize(before), before.len())?;
        let named = source.split(' ').filter(|w| w.starts_with(char::is_uppercase)).count() >= 2;
        let person = named && !source.starts_with("The ") && !source.starts_with("the ");
        (pronoun == Pronoun::Group || person).then_some(source)
    })
}

/// Who a pronoun that gives a report stands for.
#[derive(PartialEq)]
enum Pronoun {
    /// "he", "she".
    Person,
    /// "it", "they".
    Group,
}

/// The pronoun that gives the sentence's report ("he said", "said she", "it added"), if any.
fn pronoun_speaks(toks: &[Token]) -> Option<Pronoun> {
    let kind = |t: &Token| match t.lc() {
        "he" | "she" => Some(Pronoun::Person),
        "it" | "they" => Some(Pronoun::Group),
        _ => None,
    };
    let speaks = |t: &Token| has(List::Speaking, t.lc());
    toks.windows(2).find_map(|w| {
        if speaks(&w[1]) {
            kind(&w[0])
        } else if speaks(&w[0]) {
            kind(&w[1])
        } else {
            None
        }
    })
}

/// The source that sentence `s` (tokens `toks`) names for the figure at byte `at`, if any.
fn in_sentence(s: &str, toks: &[Token], at: usize) -> Option<String> {
    // The reporting phrase nearest to the figure wins.
    let mut best: Option<(usize, String)> = None;
    for (k, t) in toks.iter().enumerate() {
        if t.kind != TokKind::Word {
            continue;
        }
        let lc = t.lc();
        let next_is = |w: &str| toks.get(k + 1).is_some_and(|n| n.is_word(w));
        let prev = k.checked_sub(1).map(|j| &toks[j]);
        // "has been reported", "was told": no report.
        let passive = prev.is_some_and(|p| has(List::Auxiliaries, p.lc()));
        let found = if lc == "according" && next_is("to") {
            // "according to figures released by the airport": the source is who released them.
            let end = run_end(s, toks, k + 2);
            let agent =
                toks.get(end).is_some_and(|t| t.is_word("by")) && has(List::Compiled, toks[end - 1].lc());
            if agent {
                after(s, toks, end + 1)
            } else {
                toks.get(k + 2..end).and_then(|run| phrase(s, run))
            }
        } else if has(List::Reporting, lc) && next_is("by")
            || has(List::Compiled, lc) && next_is("by") && prev.is_some_and(|p| has(List::DataNouns, p.lc()))
        {
            // The passive names its source after "by": "the $900m reported by Bloomberg",
            // "figures released by the airport show".
            after(s, toks, k + 2)
        } else if ["put", "puts"].contains(&lc) && valued_at(toks, k, at) && !passive {
            // "The utility put the repair bill at $150 million": an estimate and its source.
            before(s, toks, k)
        } else if has(List::FigureVerbs, lc)
            && prev.is_some_and(|p| ["has", "had", "have"].contains(&p.lc()))
            && figure_index(toks, at) > k
        {
            // "Sotheby's had forecast £7.6 million": whoever forecast, counted or valued the
            // figure after the verb gave it. Only after "has", "had" or "have", where the word
            // is surely a verb ("the revised figures", "London-listed", "a forecast" are not).
            before(s, toks, k)
        } else if (has(List::Speaking, lc) || has(List::Reporting, lc))
            && !passive
            && !(has(List::Reporting, lc) && prev.is_some_and(|p| has(List::Determiners, p.lc())))
        {
            // "… 12 people, police said." / '"We lost 14," said Fire Chief Dana Okafor': the
            // source follows the verb only when the verb opens its clause.
            // "told" and "tells" are followed by who heard it ("told reporters"), never by who
            // spoke, which stands before an aside in commas ("Kestrel, a unit of Varuna, told").
            let told = ["told", "tells"].contains(&lc);
            let after_comma = prev.is_some_and(|p| p.is_punct(','));
            // The source before the comma that opens an aside ending right before the verb;
            // an aside that is a name names the speaker too ("the court's president, Domnica
            // Manole, said"), so both are given.
            let aside = || {
                let open = toks[..k.saturating_sub(1)].iter().rposition(|t| t.is_punct(','));
                let c = open.filter(|_| after_comma)?;
                let inside = &toks[c + 1..k - 1];
                let name = inside.len() <= 4 && inside.iter().all(|t| t.capitalized(s) || t.is_punct('-'));
                match (before(s, toks, c), name.then(|| phrase(s, inside)).flatten()) {
                    (Some(title), Some(name)) => Some(format!("{title}, {name}")),
                    (title, name) => title.or(name),
                }
            };
            // "the Central Election Commission (CEC) said": the bracket closes a short name.
            let named = k > 2 && toks[k - 1].is_punct(')') && toks[k - 3].is_punct('(');
            if told && after_comma {
                aside()
            } else if prev.is_none_or(|p| p.kind == TokKind::Punct) && !told && !named {
                // Or, when nothing after the verb names anyone, the source before an aside
                // ("Okafor, the fire chief, said two workers died"); not for "added", which
                // after an aside is as often a gain ("Screen Holdings, which dropped 8.1% on
                // Friday, added 0.6%").
                speaker_after(s, toks, k + 1, at).or_else(|| aside().filter(|_| lc != "added"))
            } else {
                before(s, toks, k)
            }
        } else {
            None
        };
        if let Some(phrase) = found {
            let distance = t.start.abs_diff(at);
            if best.as_ref().is_none_or(|(d, _)| distance < *d) {
                best = Some((distance, phrase));
            }
        }
    }
    best.map(|(_, p)| p)
}

/// Whether the figure at byte `at` comes after the verb at `k`, with "at" among the three
/// words before it ("put the toll at more than 40").
fn valued_at(toks: &[Token], k: usize, at: usize) -> bool {
    let figure = figure_index(toks, at);
    figure > k + 1 && toks[figure.saturating_sub(3).max(k + 1)..figure].iter().any(|t| t.is_word("at"))
}

/// The index of the first token at or after byte `at`, the figure's.
fn figure_index(toks: &[Token], at: usize) -> usize {
    toks.iter().position(|t| t.start >= at).unwrap_or(toks.len())
}

/// The sentence around `start..end`: from after the last sentence end before it to the next
/// one after it. A sentence ends at a line break, or at '.', '!' or '?' followed by a space and
/// a capital letter or a quote.
pub fn sentence(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let ends_at = |i: usize| -> bool {
        match bytes.get(i) {
            Some(b'\n') => true,
            Some(b'.' | b'!' | b'?') => {
                bytes.get(i + 1) == Some(&b' ')
                    && bytes.get(i + 2).is_some_and(|c| c.is_ascii_uppercase() || *c == b'"' || *c == b'\'')
            }
            _ => false,
        }
    };
    let mut from = start.min(text.len());
    while from > 0 && !ends_at(from - 1) {
        from -= 1;
    }
    let mut to = end.min(text.len());
    while to < text.len() && !ends_at(to) {
        to += 1;
    }
    // Keep to character boundaries: the scan moved byte by byte over ASCII markers only.
    while from < text.len() && !text.is_char_boundary(from) {
        from += 1;
    }
    while to < text.len() && !text.is_char_boundary(to) {
        to += 1;
    }
    (from, to.max(from))
}

/// Whether a token may be part of a source phrase.
fn phrase_word(t: &Token) -> bool {
    t.kind == TokKind::Word
        || t.is_punct('-')
        || t.is_punct('\'')
        || t.is_punct('\u{2019}')
        || t.is_punct('&')
}

/// The source phrase right before the reporting verb at `k` ("the fire service said").
fn before(s: &str, toks: &[Token], k: usize) -> Option<String> {
    let mut k = k;
    loop {
        if k > 0 && has(List::SourceBetween, toks[k - 1].lc()) {
            k -= 1;
        } else if k > 1 && toks[k - 2].is_word("on") && weekday_word(toks[k - 1].lc()).is_some() {
            // "The district on Wednesday reported 38 cases": the day is when, not who.
            k -= 2;
        } else if k > 1
            && (["last", "this"].contains(&toks[k - 2].lc())
                && ["week", "month", "year"].contains(&toks[k - 1].lc())
                || weekday_word(toks[k - 2].lc()).is_some()
                    && ["morning", "afternoon", "evening", "night"].contains(&toks[k - 1].lc()))
        {
            // "Bridge engineers last week put ...", "officials on Monday night said".
            k -= 2;
        } else {
            break;
        }
    }
    // "the Japan Meteorological Agency (JMA) said": the short name in brackets ends the phrase.
    let end = k;
    if k > 2 && toks[k - 1].is_punct(')') && toks[k - 3].is_punct('(') && toks[k - 2].kind == TokKind::Word {
        k -= 3;
    }
    let mut first = k;
    while first > 0 && k - first < MAX_WORDS {
        if ends_phrase(s, &toks[first - 1]) && !joins_name(s, toks, first - 1) {
            break;
        }
        first -= 1;
    }
    // A word glued to digits is a figure's unit ("the £850m announced"), not a source, unless
    // a capital inside it makes the two a name ("23andMe said").
    let glued = toks.get(first).filter(|t| t.kind == TokKind::Word && !t.space_before);
    if let Some(t) = glued.filter(|_| first > 0 && toks[first - 1].kind == TokKind::Num) {
        let named = t.text(s).chars().skip(1).any(char::is_uppercase);
        first = if named { first - 1 } else { first + 1 };
    }
    phrase(s, toks.get(first..if first < k { end } else { k })?)
}

/// The source phrase starting at token `k` ("according to the health department", "said
/// Fire Chief Dana Okafor").
fn after(s: &str, toks: &[Token], k: usize) -> Option<String> {
    phrase(s, toks.get(k..run_end(s, toks, k))?)
}

/// The index after the source phrase that starts at token `k`.
fn run_end(s: &str, toks: &[Token], k: usize) -> usize {
    let mut last = k;
    while last < toks.len() && last - k < MAX_WORDS {
        if ends_phrase(s, &toks[last]) && !joins_name(s, toks, last) {
            break;
        }
        last += 1;
    }
    last
}

/// Whether the token at `j` joins two capitalised words of one name ("the Bureau of
/// Statistics", "Food and Drug Administration"), rather than ending the source before it.
fn joins_name(s: &str, toks: &[Token], j: usize) -> bool {
    let capital = |t: Option<&Token>| t.is_some_and(|t| t.capitalized(s));
    ["of", "for", "and"].contains(&toks[j].lc())
        && j > 0
        && capital(toks.get(j - 1))
        && capital(toks.get(j + 1))
}

/// The speaker named right after a verb that opens its clause ('"We lost 14," said Fire Chief
/// Dana Okafor.'), or None when the words after it are what was said: the figure at byte `at`
/// among them ("said two workers died"), or a figure or a verb right after them ("said gusts
/// reached 120 km/h", "said nine people had died").
fn speaker_after(s: &str, toks: &[Token], k: usize, at: usize) -> Option<String> {
    let end = run_end(s, toks, k);
    let source = phrase(s, toks.get(k..end)?)?;
    let next = toks.get(end);
    let clause = next.is_some_and(|t| t.kind == TokKind::Num || has(List::ClauseVerbs, t.lc()));
    let said = toks.get(k).is_some_and(|t| t.start <= at) && next.is_none_or(|t| at < t.start);
    (!clause && !said).then_some(source)
}

/// Whether a token ends a source phrase: punctuation, or a word that starts what follows
/// the source ("the ministry on Tuesday", "police, who ...").
fn ends_phrase(s: &str, t: &Token) -> bool {
    // A word in capitals is a name or part of one ("AT&T", "IN"), whatever it spells.
    let capitals = t.len() > 1 && !t.text(s).chars().any(char::is_lowercase);
    !phrase_word(t) || (t.kind == TokKind::Word && !capitals && has(List::SourceEnds, t.lc()))
}

/// The text of a run of tokens as a source, or None when it names nobody: empty, a pronoun, a
/// lone article, or an adverb.
fn phrase(s: &str, run: &[Token]) -> Option<String> {
    let (first, last) = (run.first()?, run.last()?);
    if run
        .iter()
        .all(|t| t.kind != TokKind::Word || has(List::NotSources, t.lc()) || weekday_word(t.lc()).is_some())
    {
        return None;
    }
    let text = s.get(first.start..last.end)?.trim_matches(|c: char| c == '-' || c == '\'' || c == '\u{2019}');
    let text = text.strip_suffix("'s").unwrap_or(text).trim();
    (!text.is_empty()).then(|| text.to_string())
}
