//! The formats as the page runs them, in headless Chromium: JSON through the browser's own
//! parser (`format::json`) and share links through its Compression Streams (`ui::links`).
//! They must read what the native codecs write, write what those read, and fail with the same
//! errors; `tests/format.rs` holds the full native cases. Run by `scripts/web-tests.sh`.
#![cfg(target_arch = "wasm32")]

use crosscheck::engine::{analyze, Article, Config};
use crosscheck::format::{
    decode_file, encode_file, json, Comparison, Corruption, FormatError, Report, SavedArticle,
};
use crosscheck::ui::links;
use wasm_bindgen_test::*;

#[path = "fixtures/v1.rs"]
mod v1;
use v1::{v1_expected, V1_FILE, V1_LINK};

wasm_bindgen_test_configure!(run_in_browser);

fn sample() -> Comparison {
    let body = |n: usize| format!("Fire at the plant: {n} workers were hurt on Friday, and «smoke» rose.\n");
    Comparison {
        articles: (10..13)
            .map(|n| SavedArticle { title: format!("Report {n}"), body: body(n), ..Default::default() })
            .collect(),
        ..v1_expected()
    }
}

#[wasm_bindgen_test]
async fn links_made_here_and_natively_open_here() {
    assert_eq!(links::decode_link(V1_LINK).await, Ok(v1_expected()), "the version 1 fixture");
    for c in [v1_expected(), sample(), Comparison::default()] {
        let link = links::encode_link("https://example.org/cc/#old", &c).await.unwrap();
        assert!(link.starts_with("https://example.org/cc/#c1."), "{link}");
        assert_eq!(links::decode_link(&link).await, Ok(c));
    }
}

#[wasm_bindgen_test]
async fn damaged_cut_and_overlong_links_say_why() {
    let link = links::encode_fragment(&sample()).await.unwrap();
    // Base64 letters late in the link belong to the deflated data: changing one breaks the
    // deflate or, if it still inflates, the checksum.
    let at = link.len() - 20;
    let flipped =
        format!("{}{}{}", &link[..at], if &link[at..=at] == "A" { "B" } else { "A" }, &link[at + 1..]);
    let damaged = links::decode_link(&flipped).await.unwrap_err();
    assert!(
        matches!(damaged, FormatError::Corrupted(Corruption::Deflate | Corruption::Checksum)),
        "{damaged:?}"
    );
    assert_eq!(links::decode_link(&link[..link.len() - 30]).await, Err(FormatError::Truncated));
    assert_eq!(links::decode_link("#hello").await, Err(FormatError::NotALink));
    // Inflating stops at its limit instead of filling memory.
    let big = vec![b'x'; 100_000];
    let deflated = links::deflate(&big).await.unwrap();
    assert!(deflated.len() < 1_000, "{} bytes", deflated.len());
    assert_eq!(links::inflate(&deflated, 200_000).await, Ok(big));
    assert_eq!(links::inflate(&deflated, 50_000).await, Err(FormatError::TooLarge { limit: 50_000 }));
    assert_eq!(links::inflate(b"\xff\xff\xff", 100).await, Err(FormatError::Corrupted(Corruption::Deflate)));
}

#[wasm_bindgen_test]
fn files_read_as_natively() {
    assert_eq!(decode_file(V1_FILE.as_bytes()), Ok(v1_expected()), "the version 1 fixture");
    let text = encode_file(&sample()).unwrap();
    assert_eq!(decode_file(text.as_bytes()), Ok(sample()));
    // The browser writes what serde_json writes: the same fields, order and indentation.
    #[derive(serde::Serialize)]
    struct Envelope {
        crosscheck: &'static str,
        version: u32,
        #[serde(flatten)]
        comparison: Comparison,
    }
    let native = Envelope { crosscheck: "comparison", version: 1, comparison: sample() };
    assert_eq!(text, serde_json::to_string_pretty(&native).unwrap() + "\n");
    let bytes = text.as_bytes();
    // Cut anywhere, even inside a character, a file is incomplete.
    for cut in [bytes.len() / 3, bytes.len() / 2, bytes.len() - 3] {
        assert_eq!(decode_file(&bytes[..cut]), Err(FormatError::Truncated), "cut at {cut}");
    }
    for (input, want) in [
        (
            r#"{"crosscheck": "comparison", "version": 7, "articles": []}"#,
            FormatError::NewerVersion { found: 7, supported: 1 },
        ),
        (
            r#"{"crosscheck": "comparison", "version": 1.5}"#,
            FormatError::InvalidContent("\"version\" must be a whole number".into()),
        ),
        (r#"{"crosscheck": "notes", "version": 1}"#, FormatError::NotAComparisonFile),
    ] {
        assert_eq!(decode_file(input.as_bytes()), Err(want), "{input}");
    }
    for input in [
        r#"{"crosscheck": "comparison", "version": 1, "articles": [{"body": 12}]}"#,
        r#"{"crosscheck": "comparison", "version": 1, "articles": [], "x": tru}"#,
        r#"{"crosscheck": "comparison", "version": 1, "articles": [{"body": "x", "published": "2026-02-30"}]}"#,
    ] {
        assert!(matches!(decode_file(input.as_bytes()), Err(FormatError::InvalidContent(_))), "{input}");
    }
}

#[wasm_bindgen_test]
fn the_report_is_the_command_lines_shape() {
    let articles: Vec<Article> = sample().to_articles();
    let analysis = analyze(&articles, &Config::default());
    let report = Report::new(&articles, &analysis);
    let text = json::write(&report, true).unwrap();
    let native = serde_json::to_value(&report).unwrap();
    let here: serde_json::Value = serde_json::from_str(&text).unwrap();
    // Equal but for how whole floats are spelled (the browser writes 12 for 12.0).
    assert_eq!(same_numbers(here), same_numbers(native));
}

/// `v` with every number as a float, so 12 and 12.0 compare equal.
fn same_numbers(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Number(n) => n.as_f64().map_or(Value::Null, |f| serde_json::json!(f)),
        Value::Array(items) => Value::Array(items.into_iter().map(same_numbers).collect()),
        Value::Object(fields) => {
            Value::Object(fields.into_iter().map(|(k, v)| (k, same_numbers(v))).collect())
        }
        other => other,
    }
}
