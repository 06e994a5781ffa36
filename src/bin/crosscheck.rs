//! The command-line face of Crosscheck. `crosscheck extract` reads JSON lines on stdin and
//! writes the mentions of each; see the README for the contract.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use chrono::NaiveDate;
use crosscheck::engine::extract;
use crosscheck::format::{ExtractOut, MentionOut};
use serde_json::Value as Json;

const USAGE: &str = "usage: crosscheck extract < lines.jsonl\n\
  Each input line is a JSON string or {\"text\": ..., \"published\": \"YYYY-MM-DD\"};\n\
  each output line is {\"mentions\": [...]} or {\"error\": ...}.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("extract") => run_extract(),
        Some("-h" | "--help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Parse one input line into its text and publication date, or say what is wrong with it.
fn parse_line(line: &str) -> Result<(String, Option<NaiveDate>), String> {
    let json: Json = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    match json {
        Json::String(s) => Ok((s, None)),
        Json::Object(map) => {
            let text = match map.get("text") {
                Some(Json::String(s)) => s.clone(),
                Some(_) => return Err("\"text\" must be a string".into()),
                None => return Err("object has no \"text\" field".into()),
            };
            let published = match map.get("published") {
                None | Some(Json::Null) => None,
                Some(Json::String(s)) => Some(
                    NaiveDate::parse_from_str(s, "%Y-%m-%d")
                        .map_err(|_| format!("\"published\" must be YYYY-MM-DD, got {s:?}"))?,
                ),
                Some(_) => return Err("\"published\" must be a string".into()),
            };
            Ok((text, published))
        }
        _ => Err("expected a JSON string or an object with \"text\"".into()),
    }
}

fn run_extract() -> ExitCode {
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("crosscheck: cannot read line {}: {e}", n + 1);
                return ExitCode::FAILURE;
            }
        };
        let printed = match parse_line(&line) {
            Ok((text, published)) => {
                let mentions = extract(&text, published);
                let report =
                    ExtractOut { mentions: mentions.iter().map(|m| MentionOut::new(m, &text)).collect() };
                serde_json::to_string(&report)
            }
            Err(msg) => serde_json::to_string(&serde_json::json!({ "error": msg, "line": n + 1 })),
        };
        let ok = match printed {
            Ok(s) => writeln!(out, "{s}").is_ok(),
            Err(_) => {
                writeln!(out, "{{\"error\":\"internal: cannot serialize\",\"line\":{}}}", n + 1).is_ok()
            }
        };
        if !ok {
            // The reader went away (a closed pipe): stop quietly.
            return ExitCode::SUCCESS;
        }
    }
    if out.flush().is_err() {
        return ExitCode::SUCCESS;
    }
    ExitCode::SUCCESS
}
