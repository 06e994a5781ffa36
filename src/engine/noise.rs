//! Marks tokens that look like numbers but are not figures: URLs, e-mail addresses, phone
//! numbers, version strings, product and model codes ("Boeing 737-800", "A321-200",
//! "COVID-19"), footnote and list markers. Works on "chunks", runs of tokens with no white
//! space between them.

use super::tokenize::{is_possessive, TokKind, Token};
use super::unit::is_currency_prefix;
use super::words::{has, List};

/// Words that name a period or a date part, so a number after them is a date, not a code
/// (`data/words.txt`, "date-words").
fn is_date_word(w: &str) -> bool {
    has(List::DateWords, w)
}

fn text<'a>(src: &'a str, toks: &[Token], a: usize, b: usize) -> &'a str {
    match (toks.get(a), toks.get(b.saturating_sub(1))) {
        (Some(x), Some(y)) if b > a => src.get(x.start..y.end).unwrap_or(""),
        _ => "",
    }
}

fn is_sentence_start(toks: &[Token], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let t = &toks[i.min(toks.len() - 1)];
    if t.newline_before {
        return true;
    }
    toks.get(i - 1)
        .is_some_and(|p| p.kind == TokKind::Punct && matches!(p.ch, '.' | '!' | '?' | ':' | '"' | '\'' | '('))
}

/// One flag per token: true when the token is noise and must not start a mention.
pub fn mask(src: &str, toks: &[Token]) -> Vec<bool> {
    let mut noise = Vec::new();
    mask_into(src, toks, &mut noise);
    noise
}

/// `mask` into a reused buffer.
pub fn mask_into(src: &str, toks: &[Token], noise: &mut Vec<bool>) {
    noise.clear();
    noise.resize(toks.len(), false);
    // Chunks: maximal runs of tokens without white space between them.
    let mut a = 0;
    while a < toks.len() {
        let mut b = a + 1;
        while b < toks.len() && !toks[b].space_before {
            b += 1;
        }
        mark_chunk(src, toks, a, b, noise);
        a = b;
    }
    mark_names_and_markers(src, toks, noise);
    mark_word_markers(toks, noise);
    mark_phones(src, toks, noise);
    mark_furniture(toks, noise);
    mark_counters(toks, noise);
    mark_resolutions(src, toks, noise);
    mark_bad_clocks(toks, noise);
}

/// Comment and reply counters pasted with a page: "Comments (0)", "Comments (12)", "Replies (3)",
/// "| 88 comments".
fn mark_counters(toks: &[Token], noise: &mut [bool]) {
    for k in 2..toks.len() {
        let counter =
            ["comments", "comment", "replies", "reactions", "responses"].contains(&toks[k - 2].lc());
        if counter
            && toks[k - 1].is_punct('(')
            && toks[k].is_plain_int()
            && !toks[k].space_before
            && toks.get(k + 1).is_some_and(|c| c.is_punct(')') && !c.space_before)
        {
            noise[k] = true;
        }
    }
    // "Share this page | 88 comments", "412 comments" on a line of its own, a reading time ("6
    // min read"): a counter that ends its line or meets a separator; "drew 12 comments from
    // readers" is news.
    let ends = |j: usize| toks.get(j).is_none_or(|n| n.newline_before || n.is_punct('|') || n.is_punct('·'));
    for j in 1..toks.len() {
        let noun = ["comments", "comment", "replies", "shares", "views", "reactions"].contains(&toks[j].lc());
        let read =
            ["min", "mins"].contains(&toks[j].lc()) && toks.get(j + 1).is_some_and(|n| n.lc() == "read");
        if (noun || read)
            && toks[j - 1].is_plain_int()
            && !toks[j].newline_before
            && ends(j + 1 + usize::from(read))
        {
            noise[j - 1] = true;
        }
    }
}

/// Screen resolutions: "4K TV", "8k resolution", "a 4K display" are no thousands.
fn mark_resolutions(src: &str, toks: &[Token], noise: &mut [bool]) {
    for k in 0..toks.len() {
        let t = &toks[k];
        if !t.is_plain_int() || t.value > 16.0 {
            continue;
        }
        let k_glued = toks.get(k + 1).is_some_and(|n| !n.space_before && n.lc() == "k");
        let screen = toks
            .get(k + 2)
            .is_some_and(|n| n.space_before && !n.newline_before && has(List::Screens, n.lc()));
        if k_glued && screen && toks.get(k + 1).is_some_and(|n| n.text(src).len() == 1) {
            noise[k] = true;
        }
    }
}

/// A decimal before a.m./p.m. that is no clock reading: "3.5pm", "9.3 p.m.", "14.30pm" are
/// typing slips, neither a time nor a figure. "9.30pm" is a time and is left alone.
fn mark_bad_clocks(toks: &[Token], noise: &mut [bool]) {
    for k in 0..toks.len() {
        let t = &toks[k];
        if t.kind != TokKind::Num || t.decimals == 0 || t.grouped {
            continue;
        }
        let w = toks.get(k + 1).map_or("", Token::lc);
        let dotted = |c: &str| {
            w == c
                && toks.get(k + 2).is_some_and(|d| d.is_punct('.') && !d.space_before)
                && toks.get(k + 3).is_some_and(|m| m.lc() == "m" && !m.space_before)
        };
        let meridiem = w == "am" || w == "pm" || dotted("a") || dotted("p");
        if !meridiem {
            continue;
        }
        let h = t.value.trunc();
        let m = ((t.value - h) * 100.0).round();
        let valid = t.decimals == 2 && (1.0..=12.0).contains(&h) && m <= 59.0;
        if !valid {
            noise[k] = true;
        }
    }
}

/// URLs, e-mail addresses, versions, codes glued to letters, footnotes glued to words.
fn mark_chunk(src: &str, toks: &[Token], a: usize, b: usize, noise: &mut [bool]) {
    let has_num = toks[a..b].iter().any(|t| t.kind == TokKind::Num);
    if !has_num {
        // A URL without digits can still hold words read as figures ("…-by-third-party-
        // harnesses"); only chunks with a slash or an "@" can be one.
        let linkish = b - a >= 3 && toks[a..b].iter().any(|t| t.is_punct('/') || t.is_punct('@'));
        if linkish && is_url(text(src, toks, a, b)) {
            noise[a..b].iter_mut().for_each(|n| *n = true);
        }
        return;
    }
    if is_scientific(src, &toks[a..b]) {
        return;
    }
    let chunk = text(src, toks, a, b);
    let url = is_url(chunk);
    // Version strings and IP addresses: three or more numbers joined by dots ("1.2.3",
    // "192.168.1.2"); the tokenizer never reads those as decimals.
    // A dotted date ("03.12.2026") is a date, not a version string.
    let dotted = chunk
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|run| !is_dotted_date(run))
        .map(|run| {
            run.as_bytes()
                .windows(3)
                .filter(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit())
                .count()
        })
        .max()
        .unwrap_or(0);
    if url || dotted >= 2 {
        noise[a..b].iter_mut().for_each(|n| *n = true);
        return;
    }
    for k in a..b {
        let t = &toks[k];
        if t.kind != TokKind::Num {
            continue;
        }
        let prev = k.checked_sub(1).filter(|p| *p >= a).map(|p| &toks[p]);
        let prev2 = k.checked_sub(2).filter(|p| *p >= a).map(|p| &toks[p]);
        let next = toks.get(k + 1).filter(|_| k + 1 < b);
        let next2 = toks.get(k + 2).filter(|_| k + 2 < b);
        // A variant glued by a hyphen to a code is the code's: "A321-200".
        if is_variant(t)
            && prev.is_some_and(|p| p.is_punct('-'))
            && prev2.is_some_and(|p| p.kind == TokKind::Num)
            && noise[k - 2]
        {
            noise[k] = true;
            continue;
        }
        // Letters glued before the digits: "A320", "CO2", "v2", and with a hyphen "COVID-19",
        // "Colossus-1", "F-35". Dates and currencies ("mid-May", "Q1", "US$5") are spared.
        let glued_word = match (prev, prev2) {
            (Some(p), _) if p.kind == TokKind::Word => Some(p),
            (Some(p), Some(pp)) if p.is_punct('-') && pp.kind == TokKind::Word => Some(pp),
            _ => None,
        };
        if let Some(w) = glued_word {
            // "$US31.7 billion", "$NZ90": a dollar sign glued before the country's letters, as
            // Australian and New Zealand papers write other dollars.
            let dollar_before = k >= 2
                && toks[k - 2].is_punct('$')
                && !toks[k - 1].space_before
                && ["US", "NZ", "A", "C"].contains(&w.text(src));
            // "magnitude-5.8" and "minus-260" are figures, not codes, and so is a tornado's
            // rating ("EF-3", "EF4"); so is "Rs1.3m" (a currency), and "N", "R" and "K" before
            // an amount in naira, rand or kwacha, not "N95", a road's "R445" or "K2".
            let currency = prev.is_some_and(|p| p.kind == TokKind::Word)
                && (is_currency_prefix(w.text(src)) || dollar_before)
                && (!["N", "R", "K"].contains(&w.text(src)) || naira(t, toks.get(k + 1).map(|n| n.lc())));
            let rating = w.text(src) == "EF" && t.is_plain_int() && t.value <= 5.0;
            if !is_date_word(w.lc()) && !["magnitude", "minus"].contains(&w.lc()) && !currency && !rating {
                noise[k] = true;
                continue;
            }
        }
        // "401(k)", "501(c)(3)": a statute's section and its sub-clauses.
        let letter_in_parens = |open: Option<&Token>, at: usize| {
            open.is_some_and(|o| o.is_punct('('))
                && toks.get(at).is_some_and(|w| w.kind == TokKind::Word && w.len() == 1)
                && at < b
                && toks.get(at + 1).is_some_and(|c| c.is_punct(')'))
                && at + 1 < b
        };
        if t.is_plain_int()
            && (letter_in_parens(next, k + 2)
                || prev.is_some_and(|p| p.is_punct('(')) && prev2.is_some_and(|p| p.is_punct(')')))
        {
            noise[k] = true;
            continue;
        }
        // Footnote glued to the end of a word or sentence: "increase.3", "rose,12", "a:3".
        if prev.is_some_and(|p| p.is_punct('.') || p.is_punct(',') || p.is_punct(':'))
            && prev2.is_some_and(|p| p.kind == TokKind::Word)
            && t.is_plain_int()
            && t.len() <= 2
        {
            noise[k] = true;
            continue;
        }
        // "1.The": a marker glued to the next sentence.
        if t.is_plain_int()
            && next.is_some_and(|n| n.is_punct('.'))
            && next2.is_some_and(|n| n.kind == TokKind::Word && n.capitalized(src))
        {
            noise[k] = true;
            continue;
        }
        // Letters glued after the digits that are no known unit or scale: "5G", "3D", "4x4".
        if let Some(n) = next {
            if n.kind == TokKind::Word {
                let known = n.lc().is_empty() || is_known_after(n.text(src));
                let followed_by_digit = next2.is_some_and(|x| x.kind == TokKind::Num);
                if !known || followed_by_digit && n.lc() != "x" {
                    noise[k] = true;
                }
            }
        }
    }
}

/// "03.12.2026", "3.12.2026" (a trailing sentence point allowed): day or month of one or two
/// digits, then the other, then a year from 1900 to 2100, each part a valid day or month.
fn is_dotted_date(run: &str) -> bool {
    let run = run.strip_suffix('.').unwrap_or(run);
    let mut parts = run.split('.');
    let (Some(a), Some(b), Some(y), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let small = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit());
    if !small(a) || !small(b) || y.len() != 4 || !y.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let (a, b, y) =
        (a.parse::<u32>().unwrap_or(0), b.parse::<u32>().unwrap_or(0), y.parse::<u32>().unwrap_or(0));
    let day_month = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
    (1900..=2100).contains(&y) && (day_month(a, b) || day_month(b, a))
}

/// Scientific notation, the whole chunk: "1.3e6", "12.32e+14", "-12e-1" (a lower-case "e",
/// an exponent of one to three digits, then at most punctuation). "3E4" and "1e10x" are codes.
fn is_scientific(src: &str, toks: &[Token]) -> bool {
    let mut k = usize::from(toks.first().is_some_and(|t| t.is_punct('-') || t.is_punct('+')));
    let num = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokKind::Num);
    if !num(k) || !toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Word && t.text(src) == "e") {
        return false;
    }
    k += 2;
    if toks.get(k).is_some_and(|t| t.is_punct('-') || t.is_punct('+')) {
        k += 1;
    }
    if !toks.get(k).is_some_and(|t| t.is_plain_int() && t.len() <= 3) {
        return false;
    }
    let rest = &toks[k + 1..];
    rest.iter().enumerate().all(|(n, t)| {
        t.kind == TokKind::Punct
            && !matches!(t.ch, '-' | '+' | '/' | '^')
            && (t.ch != '.' || n + 1 == rest.len())
    })
}

/// A URL or an e-mail address.
fn is_url(chunk: &str) -> bool {
    let lower_start = chunk.get(..4).unwrap_or("").to_ascii_lowercase();
    chunk.contains("://")
        || lower_start == "www."
        || (chunk.contains('@') && chunk.contains('.'))
        || [".com/", ".org/", ".net/", ".html", ".php", ".htm", ".io/", ".pdf"]
            .iter()
            .any(|s| chunk.contains(s))
}

/// Ordinal words that also open lists and compounds.
fn is_ordinal_word(w: &str) -> bool {
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        .contains(&w)
}

/// Words that make an ordinal before them, with a hyphen, part of a compound that ranks
/// nothing: "third-party", "second-hand", "first-class", "third-rate".
fn is_compound_tail(w: &str) -> bool {
    has(List::CompoundTails, w)
}

/// Ordinal words that are not figures: list markers opening a sentence ("Third, the case
/// …", "And fourth, …") and compounds ("third-party", "by-third-party-harnesses").
fn mark_word_markers(toks: &[Token], noise: &mut [bool]) {
    for k in 0..toks.len() {
        let t = &toks[k];
        if t.kind != TokKind::Word || noise[k] || !is_ordinal_word(t.lc()) {
            continue;
        }
        let next = toks.get(k + 1);
        let glued = |j: usize| toks.get(j).is_some_and(|n| !n.space_before && !n.newline_before);
        let compound = next.is_some_and(|n| n.is_punct('-'))
            && glued(k + 1)
            && glued(k + 2)
            && toks.get(k + 2).is_some_and(|n| n.kind == TokKind::Word && is_compound_tail(n.lc()));
        let opens = is_sentence_start(toks, k)
            || (k >= 1
                && ["and", "but", "finally"].contains(&toks[k - 1].lc())
                && is_sentence_start(toks, k - 1));
        let marker = opens && next.is_some_and(|n| n.is_punct(',') || n.is_punct(':'));
        if compound || marker {
            noise[k] = true;
        }
    }
}

/// Page furniture: a line, or a byline's part after a bar, that opens with "Updated",
/// "Posted", "Published", "Edited" or "Last updated" and goes on with a date, a time or a time
/// ago ("Updated: 16 Jul 2025, 14:05 IST | 3 min read", "By Staff | Updated August 17, 2025")
/// says when the page changed, not when anything in the story happened. A line that ends in a
/// full stop or runs past 24 tokens is a sentence ("Updated rules took 14 hours to draft.").
fn mark_furniture(toks: &[Token], noise: &mut [bool]) {
    for k in 0..toks.len() {
        let t = &toks[k];
        let after_bar = k >= 1 && !t.newline_before && ['|', '·', '•'].contains(&toks[k - 1].ch);
        if !(k == 0 || t.newline_before || after_bar) || t.kind != TokKind::Word {
            continue;
        }
        let same_line = |j: usize| toks.get(j).filter(|n| !n.newline_before);
        let mut j = match t.lc() {
            "updated" | "posted" | "published" | "edited" => k + 1,
            "last" if same_line(k + 1).is_some_and(|n| n.lc() == "updated") => k + 2,
            _ => continue,
        };
        if same_line(j).is_some_and(|n| n.is_punct(':')) {
            j += 1;
        }
        let dated = same_line(j).is_some_and(|n| n.kind == TokKind::Num || is_date_word(n.lc()));
        let end = (j..toks.len()).find(|&i| toks[i].newline_before).unwrap_or(toks.len());
        if dated && end - k <= 24 && !toks[end - 1].is_punct('.') {
            noise[k..end].iter_mut().for_each(|n| *n = true);
        }
    }
}

/// Suffixes glued to digits that keep them figures (`unit::is_known_suffix`). Single capitals
/// are codes ("5G", "3D") except the scales and symbols K, M, B, T, C, F, W, L.
fn is_known_after(original: &str) -> bool {
    if original.len() == 1 && original.chars().all(|c| c.is_ascii_uppercase()) {
        return ["K", "M", "B", "T", "C", "F", "W", "L"].contains(&original);
    }
    super::unit::is_known_suffix(&original.to_ascii_lowercase())
}

/// A model's variant number after its hyphen: a whole hundred of three digits ("737-800",
/// "A330-300", "A350-900").
fn is_variant(t: &Token) -> bool {
    t.kind == TokKind::Num && t.is_plain_int() && t.len() == 3 && t.value % 100.0 == 0.0
}

/// The number at `k` after a name is the name's tally, not a model's number: in a list of
/// results, a party's tally closing its phrase, or before what it counts.
fn is_tally(src: &str, toks: &[Token], k: usize) -> bool {
    in_results_list(src, toks, k)
        || party_tally(src, toks, k)
        || COUNTED_AFTER_NAME.contains(&toks.get(k + 1).map_or("", |t| t.lc()))
}

/// The number at `k` after a name is one of a list of names with their figures, as results
/// are written ("SPD 32, AfD 31, Greens 6", "Khammam 72 and Karimnagar 40"): another name of
/// at most four words and a whole number stands beside it, across a comma, "and" or a
/// semicolon.
fn in_results_list(src: &str, toks: &[Token], k: usize) -> bool {
    let link = |i: usize| toks.get(i).is_some_and(|t| t.is_punct(',') || t.is_punct(';') || t.lc() == "and");
    let name = |i: usize| toks.get(i).is_some_and(|t| t.kind == TokKind::Word && t.capitalized(src));
    let int = |i: usize| toks.get(i).is_some_and(|t| t.is_plain_int());
    // Back over this pair's name to a link with a whole number before it.
    let i = before_name(src, toks, k);
    let before = i < k - 1 && link(i) && i > 0 && int(i - 1);
    // Forward over a link (and a "the") and the next pair's name to its whole number.
    let mut j = if toks.get(k + 2).is_some_and(|t| t.lc() == "the") { k + 3 } else { k + 2 };
    while j < toks.len() && j - k <= 5 && name(j) {
        j += 1;
    }
    let after = link(k + 1) && j > k + 2 && name(j - 1) && int(j);
    before || after
}

/// The token before the name of at most four capitalized words that ends right before the
/// number at `k` (the name's first word when it runs longer or opens the text).
fn before_name(src: &str, toks: &[Token], k: usize) -> usize {
    let mut i = k - 1;
    while i > 0 && k - i <= 4 && toks[i].kind == TokKind::Word && toks[i].capitalized(src) {
        i -= 1;
    }
    i
}

/// A model's variant after the number at `k`, glued by a hyphen ("737-800", "72-600").
fn variant_after(toks: &[Token], k: usize) -> bool {
    toks.get(k + 1).is_some_and(|h| h.is_punct('-') && !h.space_before)
        && toks.get(k + 2).is_some_and(|v| is_variant(v) && !v.space_before)
}

/// What a name's figure counts when it follows the number ("in Malawi 59 people died",
/// "Verstappen 111 points clear"); a model is followed by what it is ("737 jets").
const COUNTED_AFTER_NAME: [&str; 7] = ["people", "seats", "votes", "points", "runs", "deaths", "cases"];

/// "the Conservatives 121.", "the Liberal Democrats 72 -": a party named in the plural after
/// "the", with its tally closing the phrase.
fn party_tally(src: &str, toks: &[Token], k: usize) -> bool {
    let last = &toks[k - 1];
    let plural = last.lc().ends_with('s') && !last.text(src).ends_with("'s");
    let i = before_name(src, toks, k);
    let closes = toks.get(k + 1).is_none_or(|t| t.kind == TokKind::Punct || ["and", "of"].contains(&t.lc()));
    plural && i < k - 1 && toks[i].lc() == "the" && closes
}

/// Plural units of time, after which a number is a span of time, not a model's ("graduated
/// from Hopkins 60 years ago").
const TIME_UNITS: [&str; 6] = ["years", "months", "weeks", "days", "hours", "minutes"];

/// Model names ("Boeing 737", "Windows 11"), bracketed footnotes ("[3]") and list markers
/// at the start of a line ("1. ", "2) ").
fn mark_names_and_markers(src: &str, toks: &[Token], noise: &mut [bool]) {
    for k in 0..toks.len() {
        let t = &toks[k];
        if t.kind != TokKind::Num || noise[k] {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| &toks[p]);
        let next = toks.get(k + 1);
        // A capitalized word right before a bare integer names a product or a model,
        // unless the word is a date or function word or opens the sentence.
        if t.is_plain_int() && t.space_before && !t.newline_before {
            if let Some(p) = prev {
                let has_capital = p.kind == TokKind::Word && p.text(src).chars().any(char::is_uppercase);
                let is_name = has_capital
                    // A possessive's figure ("Scotland's 57 seats") is no model's number.
                    && !is_possessive(src, toks, k - 1)
                    && !is_tally(src, toks, k)
                    && !has(List::Function, p.lc())
                    && !is_date_word(p.lc())
                    && !["magnitude", "category"].contains(&p.lc())
                    && !is_currency_prefix(p.text(src))
                    && !is_sentence_start(toks, k - 1)
                    && !p.text(src).chars().all(|c| c.is_uppercase())
                    && !next.is_some_and(|n| {
                        n.is_punct('%')
                            || n.kind == TokKind::Word
                                && (is_scale_or_percent(n.lc()) || TIME_UNITS.contains(&n.lc()))
                    });
                if is_name {
                    noise[k] = true;
                    // "Boeing 737-800": the variant after a glued hyphen is the model's too.
                    // Variants are hundreds; "England 2-1" is a score, whose second number
                    // stays a figure.
                    if variant_after(toks, k) {
                        noise[k + 1] = true;
                        noise[k + 2] = true;
                    }
                    continue;
                }
                // "ATR 72-600": a maker's name in capitals, a model number and its variant (a
                // whole hundred after a glued hyphen). Capitals alone name no model, so "GMT
                // 12" stays a figure, and a currency's code before a range ("USD 100-200")
                // keeps its figures.
                let capitals = p.kind == TokKind::Word
                    && (2..=4).contains(&p.len())
                    && p.text(src).chars().all(|c| c.is_ascii_uppercase())
                    && !is_currency_prefix(p.text(src));
                if capitals && variant_after(toks, k) {
                    noise[k..k + 3].fill(true);
                    continue;
                }
            }
        }
        // "Probe -3", "Mariner -4": a name with its number after a spaced hyphen, not minus
        // three ("London -3C", "Brent -3%" keep their sign). "Apollo - 11", spaced on both
        // sides, is left a figure: a spaced hyphen is plain text's dash ("said Smith - 40
        // people were hurt").
        if t.is_plain_int()
            && !t.space_before
            && k >= 2
            && toks[k - 1].is_punct('-')
            && toks[k - 1].space_before
        {
            let p = &toks[k - 2];
            let name = p.kind == TokKind::Word
                && p.capitalized(src)
                && !has(List::Function, p.lc())
                && !is_date_word(p.lc())
                && !is_sentence_start(toks, k - 2)
                && !p.text(src).chars().all(char::is_uppercase);
            let unit_after = next.is_some_and(|n| {
                !n.newline_before
                    && (n.is_punct('%')
                        || n.is_punct('°')
                        || n.kind == TokKind::Word
                            && (!n.space_before
                                || is_known_after(n.text(src))
                                || is_scale_or_percent(n.lc())
                                || ["degrees", "degree"].contains(&n.lc())))
            });
            if name && !unit_after {
                noise[k - 1] = true;
                noise[k] = true;
                continue;
            }
        }
        // "[3]" or "(4)" as a footnote marker glued to the previous word.
        if t.is_plain_int()
            && t.len() <= 2
            && prev.is_some_and(|p| p.is_punct('[') && !p.space_before)
            && next.is_some_and(|n| n.is_punct(']'))
        {
            noise[k] = true;
            continue;
        }
        // "1." or "2)" opening a line, followed by a space: a list marker.
        let line_start = k == 0 || t.newline_before;
        if line_start
            && t.is_plain_int()
            && t.len() <= 3
            && next.is_some_and(|n| (n.is_punct('.') || n.is_punct(')')) && !n.space_before)
            && toks.get(k + 2).is_some_and(|n| n.space_before)
        {
            noise[k] = true;
        }
    }
}

/// Whether a number glued after "N", "R" or "K" is an amount in naira, rand or kwacha as the
/// Nigerian, South African and Zambian press write them ("N34.82trn", "N500,000", "R99.9bn",
/// "K745 million"): grouped, decimal or scaled, unlike "N95", "R445" or "K2".
fn naira(t: &Token, next: Option<&str>) -> bool {
    t.grouped || t.decimals > 0 || next.is_some_and(|w| super::lexicon::scale_word(w).is_some())
}

fn is_scale_or_percent(w: &str) -> bool {
    super::lexicon::scale_word(w).is_some() || ["percent", "per", "bn", "mn", "mln"].contains(&w)
}

/// Phone numbers: "555-123-4567", "(555) 123-4567", "+1 202 555 0100", "555.123.4567",
/// "1-800-273-8255", and national numbers opening with a trunk zero: "0800 123 456", "020
/// 7946 0000" (a group of two to five digits starting with 0, then groups on the same line,
/// nine to twelve digits in all).
fn mark_phones(src: &str, toks: &[Token], noise: &mut [bool]) {
    let digits = |t: &Token| if t.is_plain_int() { t.len() } else { 0 };
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        let opens = k == 0 || t.space_before || toks[k - 1].is_punct('(');
        if opens && t.is_plain_int() && (2..=5).contains(&t.len()) && t.text(src).starts_with('0') {
            let mut j = k + 1;
            let mut count = t.len();
            // "(020) 7946 0000": the area code in brackets.
            if toks.get(j).is_some_and(|c| c.is_punct(')') && !c.space_before)
                && k >= 1
                && toks[k - 1].is_punct('(')
            {
                j += 1;
            }
            while let Some(n) = toks.get(j) {
                if !n.space_before || n.newline_before || n.kind != TokKind::Num || n.decimals > 0 {
                    break;
                }
                count += n.text(src).bytes().filter(u8::is_ascii_digit).count();
                j += 1;
            }
            if count > t.len() && (9..=12).contains(&count) {
                noise[k..j].iter_mut().for_each(|n| *n = true);
                k = j;
                continue;
            }
        }
        // "+44 20 7946 0958": a plus glued to digits, then digit groups on the same line.
        if t.is_punct('+') && toks.get(k + 1).is_some_and(|n| n.is_plain_int() && !n.space_before) {
            let mut j = k + 1;
            let mut count = 0;
            while let Some(n) = toks.get(j) {
                if n.newline_before
                    || !(n.is_plain_int() || n.is_punct('-') || n.is_punct('(') || n.is_punct(')'))
                {
                    break;
                }
                count += digits(n);
                j += 1;
            }
            if count >= 8 {
                noise[k..j].iter_mut().for_each(|n| *n = true);
                k = j;
                continue;
            }
        }
        // "555-123-4567" or "555.123.4567", optionally after "(555)".
        if digits(t) == 3 {
            let sep = toks.get(k + 1).filter(|s| !s.space_before && (s.is_punct('-') || s.is_punct('.')));
            let mid = toks.get(k + 2).filter(|m| digits(m) == 3 && !m.space_before);
            let sep2 = toks.get(k + 3).filter(|s| !s.space_before && (s.is_punct('-') || s.is_punct('.')));
            let last = toks.get(k + 4).filter(|m| digits(m) == 4 && !m.space_before);
            if sep.is_some() && mid.is_some() && sep2.is_some() && last.is_some() {
                noise[k..k + 5].iter_mut().for_each(|n| *n = true);
                // "1-800-273-8255": the country code glued before it.
                if k >= 2
                    && !t.space_before
                    && toks[k - 1].is_punct('-')
                    && digits(&toks[k - 2]) == 1
                    && !toks[k - 1].space_before
                {
                    noise[k - 2] = true;
                    noise[k - 1] = true;
                }
                k += 5;
                continue;
            }
            let paren =
                k >= 1 && toks[k - 1].is_punct('(') && toks.get(k + 1).is_some_and(|c| c.is_punct(')'));
            let local = toks.get(k + 2).filter(|m| digits(m) == 3);
            let dash = toks.get(k + 3).filter(|s| s.is_punct('-') && !s.space_before);
            let tail = toks.get(k + 4).filter(|m| digits(m) == 4 && !m.space_before);
            if paren && local.is_some() && dash.is_some() && tail.is_some() {
                noise[k..k + 5].iter_mut().for_each(|n| *n = true);
                k += 5;
                continue;
            }
        }
        k += 1;
    }
}
