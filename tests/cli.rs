//! The command-line program end to end: runs the built `crosscheck extract` on JSON lines and
//! checks the shape of its JSON contract (one output line per input line, errors reported in
//! line, mention fields and their types), not what the extractors find.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const KINDS: [&str; 8] = ["number", "money", "percent", "quantity", "ordinal", "date", "time", "duration"];
const QUALIFIERS: [&str; 8] =
    ["exact", "approx", "more_than", "at_least", "less_than", "at_most", "nearly", "range"];

/// Run `crosscheck ARGS` with `stdin` as its input.
fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start crosscheck");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("cannot write stdin");
    child.wait_with_output().expect("crosscheck did not finish")
}

/// `crosscheck extract` on `input`: each output line parsed as JSON. Fails unless it exits 0.
fn extract(input: &str) -> Vec<Value> {
    let out = run(&["extract"], input);
    assert!(out.status.success(), "exit {:?}; stderr: {}", out.status, String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).expect("output is UTF-8");
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// Check one `{"mentions": [...]}` line against its input text; returns how many mentions.
fn check_mentions(line: &Value, text: &str) -> usize {
    let mentions = line["mentions"].as_array().unwrap_or_else(|| panic!("no mentions array: {line}"));
    let mut last_end = 0;
    for m in mentions {
        let field = |name: &str| m.get(name).unwrap_or_else(|| panic!("mention without {name:?}: {m}"));
        let start = field("start").as_u64().expect("start is an integer") as usize;
        let end = field("end").as_u64().expect("end is an integer") as usize;
        assert!(last_end <= start && start < end && end <= text.len(), "bad span {start}..{end}: {m}");
        last_end = end;
        // Offsets are UTF-8 byte offsets on character boundaries, and `text` is that slice.
        let slice = text.get(start..end).unwrap_or_else(|| panic!("{start}..{end} splits a character"));
        assert_eq!(field("text").as_str(), Some(slice), "text is not the span: {m}");
        let kind = field("kind").as_str().expect("kind is a string");
        assert!(KINDS.contains(&kind), "unknown kind {kind:?}");
        let qualifier = field("qualifier").as_str().expect("qualifier is a string");
        assert!(QUALIFIERS.contains(&qualifier), "unknown qualifier {qualifier:?}");
        for name in ["unit", "counted"] {
            let v = field(name);
            assert!(v.is_null() || v.is_string(), "{name} must be a string or null: {m}");
        }
        match field("value") {
            Value::Null => {}
            Value::Object(v) if v.contains_key("low") => {
                let (low, high) = (v["low"].as_f64(), v["high"].as_f64());
                assert!(low.is_some() && high.is_some() && low <= high, "bad numeric value: {m}");
                assert!(!matches!(kind, "date"), "a date with a numeric value: {m}");
            }
            Value::Object(v) if v.contains_key("start") => {
                let (s, e) = (v["start"].as_str().unwrap_or(""), v["end"].as_str().unwrap_or(""));
                let iso = |d: &str| d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-';
                assert!(iso(s) && iso(e) && s <= e, "bad date value: {m}");
            }
            other => panic!("value must be null, {{low, high}} or {{start, end}}: {other}"),
        }
    }
    mentions.len()
}

#[test]
fn one_line_out_per_line_in_and_malformed_lines_do_not_stop_the_run() {
    let texts = [
        "Two people died and 12 were injured late Friday; damage was put at $4.2 million.",
        "More than 60 firefighters — 62, by the chief’s count — fought the fire for nine hours.",
        "Fires rose 29% to 31 this year, from 24 last year, the county said on Nov. 13, 2026.",
    ];
    let input = [
        serde_json::to_string(texts[0]).unwrap(),
        "{not json".to_string(),
        serde_json::json!({ "text": texts[1], "published": "2026-11-15" }).to_string(),
        r#"{"title": "no text field"}"#.to_string(),
        serde_json::json!({ "text": texts[2], "published": null }).to_string(),
    ]
    .join("\n");
    let lines = extract(&input);
    assert_eq!(lines.len(), 5, "{lines:?}");
    for (n, line) in [(2, &lines[1]), (4, &lines[3])] {
        assert!(line["error"].as_str().is_some_and(|e| !e.is_empty()), "line {n}: {line}");
        assert_eq!(line["line"], n, "the error names its input line: {line}");
        assert!(line.get("mentions").is_none());
    }
    let found: usize = [(&lines[0], texts[0]), (&lines[2], texts[1]), (&lines[4], texts[2])]
        .map(|(l, t)| check_mentions(l, t))
        .iter()
        .sum();
    assert!(found > 0, "three sentences full of figures and not one mention");
}

#[test]
fn bad_field_types_and_dates_are_errors_too() {
    let input = [
        r#"{"text": 42}"#,
        r#"{"text": "On Friday.", "published": "15/11/2026"}"#,
        r#"{"text": "On Friday.", "published": 20261115}"#,
        "[1, 2]",
        r#""a plain string is fine""#,
    ]
    .join("\n");
    let lines = extract(&input);
    assert_eq!(lines.len(), 5);
    for line in &lines[..4] {
        assert!(line["error"].is_string(), "{line}");
    }
    check_mentions(&lines[4], "a plain string is fine");
}

#[test]
fn empty_input_gives_empty_output_and_empty_text_no_mentions() {
    assert!(extract("").is_empty());
    let lines = extract("\"\"\n");
    assert_eq!(lines.len(), 1);
    assert_eq!(check_mentions(&lines[0], ""), 0);
}

#[test]
fn usage_goes_to_stderr_with_exit_code_2() {
    for args in [&[][..], &["--no-such-option"]] {
        let out = run(args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("crosscheck extract"), "{args:?}");
    }
    let help = run(&["--help"], "");
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("usage"));
}

/// The factory-fire story's article files, sorted.
fn story_files() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories/factory-fire");
    let mut files: Vec<String> =
        ["local.txt", "release.txt", "wire.txt"].iter().map(|f| dir.join(f).display().to_string()).collect();
    files.sort();
    files
}

/// Run `crosscheck ARGS` with no input; fails unless it exits 0. Returns stdout.
fn stdout_of(args: &[&str]) -> String {
    let out = run(args, "");
    assert!(
        out.status.success(),
        "{args:?}: exit {:?}; stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("output is UTF-8")
}

#[test]
fn a_shared_link_compares_like_the_files_it_was_made_from() {
    let files = story_files();
    let file_args: Vec<&str> = files.iter().map(String::as_str).collect();
    let fragment = stdout_of(&[&["share"][..], &file_args].concat());
    let fragment = fragment.trim();
    assert!(fragment.starts_with("#c1.") && !fragment.contains(char::is_whitespace), "{fragment}");
    let url = stdout_of(&[&["share", "--base", "https://example.org/cc/"][..], &file_args].concat());
    assert_eq!(url.trim(), format!("https://example.org/cc/{fragment}"));
    for format in ["--json", "--markdown", "--csv"] {
        let direct = stdout_of(&[&[format][..], &file_args].concat());
        assert_eq!(stdout_of(&["--link", fragment, format]), direct, "{format}");
        assert_eq!(stdout_of(&[format, "--link", url.trim()]), direct, "{format} from the URL");
    }
    let percent = url.trim().replace('#', "%23");
    assert_eq!(stdout_of(&["--link", &percent]), stdout_of(&file_args));
}

#[test]
fn a_comparison_file_from_share_opens_as_an_argument() {
    let files = story_files();
    let file_args: Vec<&str> = files.iter().map(String::as_str).collect();
    let saved = stdout_of(&[&["share", "--file"][..], &file_args].concat());
    let parsed: Value = serde_json::from_str(&saved).expect("the comparison file is JSON");
    assert_eq!(parsed["crosscheck"], "comparison");
    assert_eq!(parsed["version"], 1);
    let path = std::env::temp_dir().join(format!("crosscheck-cli-{}.json", std::process::id()));
    std::fs::write(&path, &saved).expect("cannot write a temporary file");
    let from_file = stdout_of(&["--json", &path.display().to_string()]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(from_file, stdout_of(&[&["--json"][..], &file_args].concat()));
}

#[test]
fn bad_links_fail_with_a_clear_message_and_exit_1() {
    let fragment = stdout_of(&["share", &story_files()[0]]);
    let cut = &fragment.trim()[..fragment.len() / 2];
    let table = [
        ("hello", "not a Crosscheck share link"),
        (cut, "cut off"),
        ("#c2.AAAA", "newer Crosscheck"),
        ("#c1.AA*A", "damaged"),
    ];
    for (link, says) in table {
        let out = run(&["--link", link], "");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{link}: {stderr}");
        assert!(stderr.starts_with("crosscheck: ") && stderr.contains(says), "{link}: {stderr}");
        assert!(out.stdout.is_empty(), "{link}");
    }
    for args in [&["--link"][..], &["share"], &["share", "--base"], &["share", "--no-such"]] {
        assert_eq!(run(args, "").status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn help_names_share_and_link() {
    let help = stdout_of(&["--help"]);
    assert!(help.contains("crosscheck share") && help.contains("--link LINK") && help.contains("--base URL"));
}
