//! Share links and comparison files end to end: arbitrary states survive both codecs, every
//! kind of bad input is rejected with its own error (never a panic), the frozen version 1
//! fixtures keep opening, and corrections find their mentions again after re-analysis.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::NaiveDate;
use crosscheck::engine::{analyze, Article};
use crosscheck::format::{
    decode_file, decode_link, encode_file, encode_fragment, encode_link, has_encoded_hash, link_is_long,
    link_length_warning, Comparison, Correction, CorrectionKind, Corruption, FormatError, MentionKey,
    SavedArticle, Settings, LINK_WARN_CHARS, MAX_CONTENT_BYTES, MAX_FILE_BYTES, MAX_LINK_CHARS,
};
use proptest::prelude::*;

#[path = "fixtures/v1.rs"]
mod v1;
use v1::{v1_expected, V1_FILE, V1_LINK};

/// The CRC-32 the link format uses, written out again so the tests do not trust the codec's.
fn crc32(data: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in data {
        c ^= b as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
        }
    }
    !c
}

/// A well-formed version 1 link around arbitrary content bytes (right length, right checksum),
/// so tests can reach the checks behind the envelope.
fn link_around(content: &[u8]) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(content, 6);
    let mut bytes = Vec::new();
    let mut n = deflated.len();
    loop {
        let low = (n & 0x7F) as u8;
        n >>= 7;
        if n == 0 {
            bytes.push(low);
            break;
        }
        bytes.push(low | 0x80);
    }
    bytes.extend_from_slice(&crc32(content).to_be_bytes());
    bytes.extend_from_slice(&deflated);
    format!("#c1.{}", URL_SAFE_NO_PAD.encode(bytes))
}

#[test]
fn version_1_fixtures_keep_opening() {
    assert_eq!(decode_link(V1_LINK), Ok(v1_expected()));
    assert_eq!(decode_file(V1_FILE.as_bytes()), Ok(v1_expected()));
    // Writing it again gives a file that opens to the same state.
    let again = encode_file(&v1_expected()).expect("encodes");
    assert_eq!(decode_file(again.as_bytes()), Ok(v1_expected()));
}

#[test]
fn a_link_opens_from_a_url_a_bare_fragment_and_the_ways_tools_mangle_it() {
    let fragment = encode_fragment(&v1_expected()).unwrap();
    let payload = fragment.strip_prefix('#').unwrap();
    let wrapped: String = fragment
        .chars()
        .collect::<Vec<_>>()
        .chunks(76)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("\r\n");
    let inputs = [
        fragment.clone(),
        payload.to_string(),
        format!("https://example.org/cc/?lang=en{fragment}"),
        format!("https://example.org/cc/%23{payload}"),
        format!("https://example.org/cc/?tag=%23fire%23{payload}"),
        format!("  {fragment}\n"),
        wrapped,
        format!("({fragment})."),
        format!("{fragment}=="),
        encode_link("https://example.org/cc/#old-fragment", &v1_expected()).unwrap(),
    ];
    for input in &inputs {
        assert_eq!(decode_link(input).as_ref(), Ok(&v1_expected()), "{input}");
    }
    assert!(has_encoded_hash(&inputs[3]) && has_encoded_hash(&inputs[4]) && !has_encoded_hash(&inputs[2]));
    assert!(!has_encoded_hash("https://example.org/a%23b") && !has_encoded_hash("%23c"));
}

#[test]
fn garbage_is_not_a_link() {
    let table: [(&str, FormatError); 12] = [
        ("", FormatError::Empty),
        ("  \n ", FormatError::Empty),
        ("hello", FormatError::NotALink),
        ("https://example.org/crosscheck/", FormatError::NotALink),
        ("https://example.org/#section-2", FormatError::NotALink),
        ("#", FormatError::NotALink),
        ("#c", FormatError::NotALink),
        ("#c.AAAA", FormatError::NotALink),
        ("#x1.AAAA", FormatError::NotALink),
        ("#c1", FormatError::Truncated),
        ("#c0.AAAA", FormatError::Corrupted(Corruption::Header)),
        ("#c1.AA*A", FormatError::Corrupted(Corruption::Base64)),
    ];
    for (input, want) in table {
        assert_eq!(decode_link(input), Err(want), "{input:?}");
    }
}

#[test]
fn a_link_from_a_newer_crosscheck_says_so() {
    let table = [("#c2.AAAA", 2), ("https://e.org/#c17.whatever", 17), ("#c99999999999999.x", u32::MAX)];
    for (input, found) in table {
        let err = decode_link(input).unwrap_err();
        assert_eq!(err, FormatError::NewerVersion { found, supported: 1 }, "{input}");
        assert!(err.to_string().contains("newer Crosscheck"), "{err}");
    }
    let file = r#"{"crosscheck": "comparison", "version": 2, "articles": [], "new_field": {}}"#;
    assert_eq!(decode_file(file.as_bytes()), Err(FormatError::NewerVersion { found: 2, supported: 1 }));
}

#[test]
fn a_link_cut_at_any_length_is_truncated() {
    let link = encode_link("https://example.org/cc/", &v1_expected()).unwrap();
    let payload_start = link.find("#c1.").unwrap() + 4;
    for cut in 0..link.len() {
        let result = decode_link(&link[..cut]);
        if cut >= payload_start {
            assert_eq!(result, Err(FormatError::Truncated), "cut at {cut} of {}", link.len());
        } else {
            assert!(result.is_err(), "cut at {cut} opened");
        }
    }
}

#[test]
fn a_link_with_any_character_changed_is_rejected() {
    let fragment = encode_fragment(&v1_expected()).unwrap();
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut rejected = 0;
    for i in 4..fragment.len() {
        for shift in [1, 32] {
            let mut bytes = fragment.clone().into_bytes();
            let at = alphabet.iter().position(|&b| b == bytes[i]).unwrap();
            bytes[i] = alphabet[(at + shift) % 64];
            let changed = String::from_utf8(bytes).unwrap();
            match decode_link(&changed) {
                Err(FormatError::Corrupted(_) | FormatError::Truncated | FormatError::TooLarge { .. }) => {
                    rejected += 1
                }
                // Bits that carry no content (deflate's final padding) may change harmlessly.
                Ok(c) => assert_eq!(c, v1_expected(), "position {i}: opened with other content"),
                Err(other) => panic!("position {i}: unexpected {other:?}"),
            }
        }
    }
    assert!(rejected >= 2 * (fragment.len() - 4) - 4, "only {rejected} changes were caught");
}

#[test]
fn sizes_are_bounded_before_any_work() {
    assert_eq!(
        decode_link(&format!("#c1.{}", "A".repeat(MAX_LINK_CHARS))),
        Err(FormatError::TooLarge { limit: MAX_LINK_CHARS })
    );
    // A few kilobytes that would inflate to 3 MB stop at the content limit.
    let bomb = link_around(&vec![b' '; 3 * 1024 * 1024]);
    assert!(bomb.len() < 10_000, "{}", bomb.len());
    assert_eq!(decode_link(&bomb), Err(FormatError::TooLarge { limit: MAX_CONTENT_BYTES }));
    // A header that declares more than the limit is refused without reading on.
    assert!(matches!(decode_link("#c1.__9_AAAAAA"), Err(FormatError::TooLarge { .. })));
    let big_file = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(decode_file(&big_file), Err(FormatError::TooLarge { limit: MAX_FILE_BYTES }));
    // Nothing too large to open is ever written.
    let huge = Comparison {
        articles: vec![SavedArticle { body: "x".repeat(MAX_CONTENT_BYTES), ..Default::default() }],
        ..Default::default()
    };
    assert!(matches!(encode_fragment(&huge), Err(FormatError::TooLarge { .. })));
}

#[test]
fn sound_envelopes_with_bad_content_are_invalid_content() {
    let table: [&[u8]; 7] = [
        b"not json",
        b"{\"articles\": [",
        b"[]",
        b"{\"articles\": [{\"title\": 5, \"body\": \"\"}]}",
        b"{\"articles\": [{\"body\": \"x\", \"published\": \"14/03/2026\"}]}",
        b"{\"articles\": [{\"body\": \"x\"}], \"corrections\": [{\"kind\": \"link\", \"mentions\": [{\"article\": 3, \"start\": 0, \"end\": 1, \"text\": \"x\"}, {\"article\": 0, \"start\": 0, \"end\": 1, \"text\": \"x\"}]}]}",
        b"{\"articles\": [], \"settings\": {\"min_score\": 1e300}}",
    ];
    for content in table {
        let result = decode_link(&link_around(content));
        assert!(
            matches!(result, Err(FormatError::InvalidContent(_))),
            "{}: {result:?}",
            String::from_utf8_lossy(content)
        );
    }
    // The envelope itself is sound: valid content in it opens.
    assert_eq!(decode_link(&link_around(b"{\"articles\": []}")), Ok(Comparison::default()));
    // A setting no longer read (`round_zeros_from`, retired on 2026-12-06: the engine never
    // used it) is ignored like any field a reader does not know; the others still apply.
    let old = br#"{"articles": [], "settings": {"round_zeros_from": 100, "approx_share": 0.2}}"#;
    assert_eq!(decode_link(&link_around(old)).map(|c| c.settings.approx_share), Ok(Some(0.2)));
}

/// A check of an error, for tables where some rows accept any message.
type IsExpected = fn(&FormatError) -> bool;

#[test]
fn bad_files_are_rejected_with_their_reason() {
    let table: [(&[u8], IsExpected); 9] = [
        (b"", |e| *e == FormatError::Empty),
        (b" \n\t", |e| *e == FormatError::Empty),
        (b"Title: an article file\n\nBody.", |e| *e == FormatError::NotAComparisonFile),
        (b"{}", |e| *e == FormatError::NotAComparisonFile),
        (b"{\"crosscheck\": \"report\", \"version\": 1}", |e| *e == FormatError::NotAComparisonFile),
        (b"{\"crosscheck\": \"comparison\", \"articles\": []}", |e| {
            matches!(e, FormatError::InvalidContent(_))
        }),
        (b"{\"crosscheck\": \"comparison\", \"version\": 0, \"articles\": []}", |e| {
            matches!(e, FormatError::InvalidContent(_))
        }),
        (b"{\"crosscheck\": \"comparison\", \"version\": 1, \"articles\": [{\"body\": \"\xff\"}]}", |e| {
            matches!(e, FormatError::InvalidContent(_))
        }),
        (b"{\"crosscheck\": \"comparison\", \"version\": 1, \"articles\": [] ] }", |e| {
            matches!(e, FormatError::InvalidContent(_))
        }),
    ];
    for (bytes, ok) in table {
        let err = decode_file(bytes).unwrap_err();
        assert!(ok(&err), "{}: {err:?}", String::from_utf8_lossy(bytes));
    }
    // A file cut anywhere after its opening brace is incomplete; before it, empty.
    for cut in 0..V1_FILE.len() - 2 {
        let err = decode_file(&V1_FILE.as_bytes()[..cut]).unwrap_err();
        let want = if cut == 0 { FormatError::Empty } else { FormatError::Truncated };
        assert_eq!(err, want, "cut at {cut}");
    }
}

#[test]
fn every_error_has_a_plain_message() {
    let errors = [
        FormatError::Empty,
        FormatError::NotALink,
        FormatError::NotAComparisonFile,
        FormatError::NewerVersion { found: 2, supported: 1 },
        FormatError::Truncated,
        FormatError::Corrupted(Corruption::Base64),
        FormatError::Corrupted(Corruption::Header),
        FormatError::Corrupted(Corruption::Deflate),
        FormatError::Corrupted(Corruption::Checksum),
        FormatError::TooLarge { limit: MAX_CONTENT_BYTES },
        FormatError::InvalidContent("setting min_score is 1000".into()),
        FormatError::NoDeflate,
    ];
    for e in errors {
        let msg = e.to_string();
        assert!(msg.starts_with("This") || msg.starts_with("Nothing"), "{msg}");
        assert!(msg.ends_with('.') && !msg.contains('{'), "{msg}");
    }
}

#[test]
fn long_links_get_a_warning() {
    assert!(link_length_warning("#c1.short").is_none());
    let long = format!("#c1.{}", "A".repeat(LINK_WARN_CHARS));
    assert!(link_is_long(&long) && !link_is_long("#c1.short"));
    // Both lengths are written with thousands separators, as the page writes the link's length.
    assert_eq!(
        link_length_warning(&long).as_deref(),
        Some(
            "This link is 8,004 characters long. Chat and mail tools often cut links longer than 8,000 characters; \
             save a comparison file to share it instead."
        )
    );
}

#[test]
fn corrections_find_their_mentions_again_after_reanalysis() {
    let saved = decode_link(V1_LINK).unwrap();
    let articles = saved.to_articles();
    let analysis = analyze(&articles, &saved.settings.config());
    assert_eq!(saved.live_corrections().count(), 2);
    for c in &saved.corrections {
        for k in &c.mentions {
            let r = k.resolve(&articles, &analysis).unwrap_or_else(|| panic!("{k:?} not found"));
            let m = &analysis.mentions[r.article][r.index];
            assert_eq!(m.text(&articles[r.article].body), k.text);
        }
    }
    // Editing a body elsewhere keeps the corrections; editing a mention drops the ones on it.
    let mut edited = saved.clone();
    edited.articles[0].body.push_str("Investigators arrived on Monday.\n");
    assert_eq!(edited.live_corrections().count(), 2);
    edited.articles[1].body.replace_range(0..8, "Fifteen ");
    let live: Vec<_> = edited.live_corrections().map(|c| c.kind).collect();
    assert_eq!(live, [CorrectionKind::Dismiss]);
    let key = MentionKey::new(1, &edited.articles[1].body, 0, 7).unwrap();
    assert_eq!(key.text, "Fifteen");
    assert!(MentionKey::new(0, "é", 0, 1).is_none(), "a span inside a character is no key");
}

#[test]
fn articles_convert_to_saved_form_and_back() {
    let text = "Title: T\nSource: S\nPublished: 2026-03-14\n\nBody with 12 figures.\n";
    let article = Article::parse(text);
    let saved = Comparison::from_articles(std::slice::from_ref(&article));
    assert_eq!(saved.articles[0].published, NaiveDate::from_ymd_opt(2026, 3, 14));
    assert_eq!(saved.to_articles(), vec![article]);
    // A date found in the body is found there again rather than stored.
    let dateline = Article::parse("BRENNOCK, March 14, 2026 (Northline) - A fire killed two.");
    let saved = Comparison::from_articles(std::slice::from_ref(&dateline));
    assert_eq!(saved.articles[0].published, None);
    assert_eq!(saved.to_articles(), vec![dateline]);
}

// --- Property tests -------------------------------------------------------------------

fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..max).prop_map(String::from_iter)
}

/// Settings as the page sets them: a few decimals, inside each range.
fn settings() -> impl Strategy<Value = Settings> {
    (
        any::<bool>(),
        proptest::option::of((0u32..=10_000).prop_map(|n| n as f64 / 100.0)),
        proptest::option::of((0u32..=1_000).prop_map(|n| n as f64 / 1_000.0)),
        proptest::option::of((100u32..=10_000).prop_map(|n| n as f64 / 100.0)),
    )
        .prop_map(|(show_single, min_score, approx_share, bound_factor)| Settings {
            show_single,
            min_score,
            approx_share,
            bound_factor,
        })
}

fn article() -> impl Strategy<Value = SavedArticle> {
    let date = proptest::option::of(
        (1900i32..2100, 1u32..=365)
            .prop_filter_map("a day of the year", |(y, d)| NaiveDate::from_yo_opt(y, d)),
    );
    (text(40), text(40), date, text(400)).prop_map(|(title, source, published, body)| SavedArticle {
        title,
        source,
        published,
        body,
    })
}

fn comparison() -> impl Strategy<Value = Comparison> {
    (proptest::collection::vec(article(), 1..5), settings()).prop_flat_map(|(articles, settings)| {
        let n = articles.len();
        let key = (0..n, 0usize..500, 0usize..20, text(12))
            .prop_map(|(article, start, len, text)| MentionKey { article, start, end: start + len, text });
        let correction =
            (0u8..3, proptest::collection::vec(key, 2..5)).prop_map(|(k, mentions)| Correction {
                kind: [CorrectionKind::Unlink, CorrectionKind::Link, CorrectionKind::Dismiss][k as usize],
                mentions,
            });
        proptest::collection::vec(correction, 0..6).prop_map(move |corrections| Comparison {
            articles: articles.clone(),
            corrections,
            settings: settings.clone(),
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_state_round_trips_through_a_link(c in comparison()) {
        let fragment = encode_fragment(&c).unwrap();
        prop_assert!(fragment.starts_with("#c1."));
        prop_assert_eq!(decode_link(&fragment), Ok(c.clone()));
        let url = encode_link("https://example.org/crosscheck/", &c).unwrap();
        prop_assert_eq!(decode_link(&url.replace('#', "%23")), Ok(c));
    }

    #[test]
    fn any_state_round_trips_through_a_file(c in comparison()) {
        let file = encode_file(&c).unwrap();
        prop_assert_eq!(decode_file(file.as_bytes()), Ok(c));
    }

    #[test]
    fn arbitrary_input_never_panics(s in text(200), bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = decode_link(&s);
        let _ = decode_link(&format!("#c1.{s}"));
        let _ = decode_file(&bytes);
        let _ = decode_link(&link_around(&bytes));
    }
}
