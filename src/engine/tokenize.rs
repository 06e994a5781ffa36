//! Splits article text into words, numbers and punctuation with byte offsets into the
//! original, so every later step can point back at the exact text. One forward pass, no
//! allocation per token beyond the output vector.

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters, with inner apostrophes ("xAI's" stays one word).
    Word,
    /// Digits with grouping separators and at most one decimal point ("1,200", "0.5", ".08").
    Num,
    /// Any other single non-space character.
    Punct,
}

/// The longest word kept in lower case for dictionary look-ups; longer words are never keywords.
pub const LC_LEN: usize = 16;

/// One token: its place in the text, its kind, and what look-ups need without re-reading the text.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// White space (of any kind) separates this token from the previous one.
    pub space_before: bool,
    /// A line break separates this token from the previous one.
    pub newline_before: bool,
    /// For `Num`: its value. For others: 0.
    pub value: f64,
    /// For `Num`: how many digits follow the decimal point (0 for integers).
    pub decimals: u8,
    /// For `Num`: the digits carry grouping separators ("1,200").
    pub grouped: bool,
    /// For `Punct`: the character. For others: '\0'.
    pub ch: char,
    lc: [u8; LC_LEN],
    lc_len: u8,
}

impl Token {
    /// The lower-cased word, or "" for words longer than [`LC_LEN`] bytes, non-ASCII words
    /// and non-words. Keywords are all short ASCII, so "" simply never matches one.
    pub fn lc(&self) -> &str {
        let bytes = self.lc.get(..self.lc_len as usize).unwrap_or(&[]);
        // SAFETY: `tokenize` only stores lower-cased bytes of words that are entirely ASCII
        // (see its `is_ascii` check), and ASCII is valid UTF-8. Validating here cost a third
        // of all extraction time, since parsers look at every token's lower-case form.
        unsafe { std::str::from_utf8_unchecked(bytes) }
    }

    /// The token's text.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.start..self.end).unwrap_or("")
    }

    /// The first character of a word is upper case.
    pub fn capitalized(&self, src: &str) -> bool {
        self.kind == TokKind::Word && self.text(src).chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct && self.ch == c
    }

    pub fn is_word(&self, w: &str) -> bool {
        self.kind == TokKind::Word && self.lc() == w
    }

    /// An integer without separators or decimals ("2026", "06").
    pub fn is_plain_int(&self) -> bool {
        self.kind == TokKind::Num && self.decimals == 0 && !self.grouped
    }

    /// Number of characters in the token text (for digit counts of plain integers).
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}'
}

/// Spaces allowed between digit groups without making two numbers ("1 200", "1\u{a0}200").
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

/// Tokenize `src`. Runs in one pass; every loop advances by at least one character.
pub fn tokenize(src: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(src.len() / 5 + 1);
    tokenize_into(src, &mut out);
    out
}

/// Tokenize `src` into `out` (cleared first), so a caller scanning many pieces of text
/// reuses one buffer.
#[cfg_attr(page_build, optimize(speed))]
pub fn tokenize_into(src: &str, out: &mut Vec<Token>) {
    out.clear();
    let b = src.as_bytes();
    let mut i = 0;
    let mut space_before = false;
    let mut newline_before = false;
    while i < b.len() {
        // ASCII is decoded from the byte directly; only other characters pay for UTF-8 decoding.
        let (c, clen) = if b[i] < 0x80 {
            (char::from(b[i]), 1)
        } else {
            match src.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        if is_space(c) {
            space_before = true;
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                newline_before = true;
            }
            i += clen;
            continue;
        }
        let start = i;
        let mut tok = Token {
            start,
            end: start,
            kind: TokKind::Punct,
            space_before,
            newline_before,
            value: 0.0,
            decimals: 0,
            grouped: false,
            ch: '\0',
            lc: [0; LC_LEN],
            lc_len: 0,
        };
        let leading_point = c == '.'
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && (out.is_empty() || space_before || prev_is_opening(out));
        if c.is_ascii_digit() || leading_point {
            i = scan_number(src, i, &mut tok);
        } else if is_word_char(c) {
            i = scan_word(src, i);
            tok.kind = TokKind::Word;
            let w = &b[start..i];
            if w.len() <= LC_LEN && w.is_ascii() {
                if let Some(dst) = tok.lc.get_mut(..w.len()) {
                    dst.copy_from_slice(w);
                    dst.make_ascii_lowercase();
                    tok.lc_len = w.len() as u8;
                }
            }
        } else {
            i += clen;
            tok.ch = normalize_punct(c);
        }
        tok.end = i;
        out.push(tok);
        space_before = false;
        newline_before = false;
    }
}

/// Fold look-alike punctuation into one form so parsers test a single character:
/// every dash becomes '-', curly quotes become straight ones, the full-width percent '%'.
fn normalize_punct(c: char) -> char {
    match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe63}' | '\u{ff0d}' => '-',
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' => '"',
        '\u{ff05}' | '\u{066a}' => '%',
        '\u{ff04}' => '$',
        other => other,
    }
}

fn prev_is_opening(out: &[Token]) -> bool {
    out.last().is_some_and(|t| {
        t.kind == TokKind::Punct && matches!(t.ch, '(' | '[' | '"' | '\'' | '$' | '€' | '£' | '~' | '-')
    })
}

fn scan_word(src: &str, mut i: usize) -> usize {
    let b = src.as_bytes();
    while i < b.len() {
        if b[i].is_ascii_alphabetic() || b[i] == b'_' {
            i += 1;
            continue;
        }
        let Some(c) = src.get(i..).and_then(|rest| rest.chars().next()) else { break };
        if is_word_char(c) {
            i += c.len_utf8();
        } else if (c == '\'' || c == '\u{2019}') && i > 0 {
            // An apostrophe inside a word ("don't", "xAI's") keeps the word whole.
            let after = i + c.len_utf8();
            match src[after..].chars().next() {
                Some(n) if n.is_alphabetic() => i = after + n.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    i
}

/// Scan digits with grouping separators and one decimal point, filling the token's value.
fn scan_number(src: &str, start: usize, tok: &mut Token) -> usize {
    let b = src.as_bytes();
    let mut i = start;
    let mut int_part: f64 = 0.0;
    let mut first_group_len = 0usize;
    let mut grouped = false;
    tok.kind = TokKind::Num;
    while i < b.len() && b[i].is_ascii_digit() {
        int_part = int_part * 10.0 + f64::from(b[i] - b'0');
        first_group_len += 1;
        i += 1;
    }
    // Grouping: ",ddd" or a (non-breaking) space then "ddd", each exactly three digits not
    // followed by another digit. A plain space only groups after a short first group, so
    // "in 2019 200 people" stays two numbers.
    // Indian grouping: "7,20,000", "2,50,00,000" (lakh and crore): after one or two digits,
    // groups of two, then a last group of three not followed by another digit.
    if (1..=2).contains(&first_group_len) {
        let mut g = i;
        let mut pairs = 0;
        while b.get(g) == Some(&b',')
            && b.get(g + 1..g + 3).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && b.get(g + 3) == Some(&b',')
        {
            g += 3;
            pairs += 1;
        }
        let last = b.get(g + 1..g + 4).filter(|d| d.iter().all(u8::is_ascii_digit));
        if pairs > 0
            && b.get(g) == Some(&b',')
            && last.is_some()
            && !b.get(g + 4).is_some_and(u8::is_ascii_digit)
        {
            for &d in b.get(i..g + 4).unwrap_or(&[]) {
                if d.is_ascii_digit() {
                    int_part = int_part * 10.0 + f64::from(d - b'0');
                }
            }
            grouped = true;
            i = g + 4;
        }
    }
    if (1..=3).contains(&first_group_len) && !grouped {
        while let Some(c) = src[i..].chars().next() {
            let sep_len = c.len_utf8();
            let ok_sep = c == ',' || (is_group_space(c) && (c != ' ' || !grouped_by_comma(src, start, i)));
            if !ok_sep {
                break;
            }
            let g = i + sep_len;
            if g + 3 <= b.len()
                && b[g..g + 3].iter().all(u8::is_ascii_digit)
                && !b.get(g + 3).is_some_and(u8::is_ascii_digit)
            {
                // "1, 2, 3" lists have spaces after the comma, so they never reach here.
                for &d in &b[g..g + 3] {
                    int_part = int_part * 10.0 + f64::from(d - b'0');
                }
                grouped = true;
                i = g + 3;
            } else {
                break;
            }
        }
    }
    let mut value = int_part;
    let mut decimals = 0u8;
    // Digits right after "digits." continue a dotted run ("03.12.2026", "1.2.3"): they take no
    // decimal point of their own, so "03.12.2026" is three numbers, not "03" and "12.2026".
    let mid_dotted =
        start >= 2 && b.get(start - 1) == Some(&b'.') && b.get(start - 2).is_some_and(u8::is_ascii_digit);
    if !mid_dotted && b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        // "192.168.1.2" and "1.2.3" are not decimals: leave them as separate numbers.
        let mut j = i + 1;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        let dotted_again = b.get(j) == Some(&b'.') && b.get(j + 1).is_some_and(u8::is_ascii_digit);
        if !dotted_again {
            let mut scale = 0.1;
            // All the digits as one whole number: divided by a power of ten, it gives the
            // correctly rounded value whenever both are exact in an f64 (under 2^53, at most
            // 22 decimals), which covers every figure news prints, with no general float
            // parser (and its tables) in the page. Longer numbers keep the running sum.
            let mut whole = (int_part < EXACT).then_some(int_part as u64);
            for &d in &b[i + 1..j] {
                value += f64::from(d - b'0') * scale;
                scale /= 10.0;
                decimals = decimals.saturating_add(1);
                whole = whole.and_then(|w| w.checked_mul(10)?.checked_add(u64::from(d - b'0')));
            }
            if let (Some(w), Some(p)) =
                (whole.filter(|&w| (w as f64) < EXACT), POW10.get(usize::from(decimals)))
            {
                value = w as f64 / p;
            }
            i = j;
        }
    }
    tok.value = value;
    tok.decimals = decimals;
    tok.grouped = grouped;
    if i == start {
        // A lone point before dotted digits (" .9.30"): not a number after all.
        tok.kind = TokKind::Punct;
        tok.ch = '.';
        return start + 1;
    }
    i
}

/// Whether the word at `p` is a possessive ("Scotland's", "the WHO’s", or an "s" split off
/// after an apostrophe).
pub fn is_possessive(src: &str, toks: &[Token], p: usize) -> bool {
    let text = toks[p].text(src);
    text.ends_with("'s")
        || text.ends_with("\u{2019}s")
        || toks[p].lc() == "s" && p > 0 && (toks[p - 1].is_punct('\'') || toks[p - 1].is_punct('\u{2019}'))
}

/// `s` in lower case, for the alphabets English news quotes: ASCII, Latin-1, Latin
/// Extended-A (Polish, Czech, Turkish... names), Greek and Cyrillic. Other letters stay as
/// written. The standard library's full Unicode case tables would add about 12 KB to the page
/// for letters these articles do not use; words are only ever compared with each other, so
/// a letter that is not folded only means two spellings of it stay apart.
pub fn lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

/// One character of [`lower`].
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 32,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x130 => 0x69,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 63,
        0x400..=0x40F => u + 80,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// 2^53: every whole number below it is exact in an f64.
const EXACT: f64 = 9_007_199_254_740_992.0;
/// The powers of ten that are exact in an f64.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    1e19, 1e20, 1e21, 1e22,
];

fn grouped_by_comma(src: &str, start: usize, i: usize) -> bool {
    src[start..i].contains(',')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(String, TokKind, f64)> {
        tokenize(s).iter().map(|t| (t.text(s).to_string(), t.kind, t.value)).collect()
    }

    #[test]
    fn lower_folds_the_alphabets_news_quotes() {
        let cases = [
            ("ZÜRICH", "zürich"),
            ("ÉCOLE Ÿ", "école ÿ"),
            ("ŁÓDŹ", "łódź"),
            ("ČESKÉ BUDĚJOVICE", "české budějovice"),
            ("İSTANBUL", "istanbul"),
            ("ΑΘΉΝΑ", "αθήνα"),
            ("МОСКВА ЁЖ", "москва ёж"),
            ("Already lower, 12 ß", "already lower, 12 ß"),
            // Scripts outside the table are left as written.
            ("ԱՐԱՐԱՏ 東京", "ԱՐԱՐԱՏ 東京"),
        ];
        for (input, want) in cases {
            assert_eq!(lower(input), want, "lower({input:?})");
        }
    }

    #[test]
    fn numbers_keep_separators_and_decimals() {
        let cases: &[(&str, &[(&str, f64)])] = &[
            ("1,200", &[("1,200", 1200.0)]),
            // Decimals are the correctly rounded value of what is written.
            ("0.3", &[("0.3", 0.3)]),
            ("2.675", &[("2.675", 2.675)]),
            ("123,456.789", &[("123,456.789", 123456.789)]),
            ("0.000001", &[("0.000001", 0.000001)]),
            ("1 200", &[("1 200", 1200.0)]),
            ("1\u{a0}200", &[("1\u{a0}200", 1200.0)]),
            ("0.5", &[("0.5", 0.5)]),
            (".08", &[(".08", 0.08)]),
            ("12,345,678.9", &[("12,345,678.9", 12345678.9)]),
            ("1, 2", &[("1", 1.0), ("2", 2.0)]),
            ("2019 200", &[("2019", 2019.0), ("200", 200.0)]),
            ("7,20,000", &[("7,20,000", 720000.0)]),
            ("2,50,00,000.5", &[("2,50,00,000.5", 25000000.5)]),
            ("1,20,30", &[("1", 1.0), ("20", 20.0), ("30", 30.0)]),
            // A dotted run is whole numbers throughout, never "12.2026".
            ("03.12.2026", &[("03", 3.0), ("12", 12.0), ("2026", 2026.0)]),
            ("1.2.3", &[("1", 1.0), ("2", 2.0), ("3", 3.0)]),
        ];
        for (input, want) in cases {
            let got: Vec<(String, f64)> = kinds(input)
                .into_iter()
                .filter(|(_, k, _)| *k == TokKind::Num)
                .map(|(t, _, v)| (t, v))
                .collect();
            let want: Vec<(String, f64)> = want.iter().map(|(t, v)| (t.to_string(), *v)).collect();
            assert_eq!(got, want, "input {input:?}");
        }
    }

    #[test]
    fn words_punct_and_lowercase() {
        let s = "xAI’s Q1—Two";
        let toks = tokenize(s);
        let texts: Vec<&str> = toks.iter().map(|t| t.text(s)).collect();
        assert_eq!(texts, vec!["xAI’s", "Q", "1", "—", "Two"]);
        assert_eq!(toks[4].lc(), "two");
        assert!(toks[3].is_punct('-'));
    }
}
