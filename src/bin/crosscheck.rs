//! The command-line face of Crosscheck: `crosscheck [--json | --markdown] FILE...` compares
//! article files; `crosscheck extract` reads JSON lines on stdin and writes the mentions of
//! each. The README documents both contracts.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use chrono::NaiveDate;
use crosscheck::engine::{analyze, extract, Article, Config};
use crosscheck::export;
use crosscheck::format::{ExtractOut, MentionOut, Report};
use serde_json::Value as Json;

const USAGE: &str = "usage:\n\
  crosscheck [--json | --markdown | --csv] [--all] FILE...\n\
      Compare article files (plain text: optional Title:/Source:/Published: header lines,\n\
      a blank line, then the body). Prints claims, divergences first; --all includes\n\
      facts only one article states.\n\
  crosscheck extract < lines.jsonl\n\
      Each input line is a JSON string or {\"text\": ..., \"published\": \"YYYY-MM-DD\"};\n\
      each output line is {\"mentions\": [...]} or {\"error\": ...}.";

/// How to print a comparison.
#[derive(Clone, Copy, PartialEq)]
enum Output {
    Table,
    Json,
    Markdown,
    Csv,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("extract") => run_extract(),
        Some("-h" | "--help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
        Some(_) => run_compare(&args),
    }
}

/// Compare the article files named in `args`.
fn run_compare(args: &[String]) -> ExitCode {
    let mut output = Output::Table;
    let mut all = false;
    let mut files = Vec::new();
    for a in args {
        match a.as_str() {
            "--json" => output = Output::Json,
            "--markdown" | "--md" => output = Output::Markdown,
            "--csv" => output = Output::Csv,
            "--all" => all = true,
            flag if flag.starts_with("--") => {
                eprintln!("crosscheck: unknown option {flag}\n{USAGE}");
                return ExitCode::from(2);
            }
            file => files.push(file),
        }
    }
    if files.is_empty() {
        eprintln!("crosscheck: no article files given\n{USAGE}");
        return ExitCode::from(2);
    }
    let mut articles = Vec::new();
    for f in &files {
        match std::fs::read(f) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => articles.push(Article::parse(&text)),
                Err(_) => {
                    eprintln!("crosscheck: {f}: not UTF-8 text");
                    return ExitCode::FAILURE;
                }
            },
            Err(e) => {
                eprintln!("crosscheck: cannot read {f}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let analysis = analyze(&articles, &Config::default());
    let text = match output {
        Output::Table => export::terminal(&articles, &analysis, all),
        Output::Markdown => export::markdown(&articles, &analysis, all),
        Output::Csv => export::csv(&articles, &analysis),
        Output::Json => match serde_json::to_string_pretty(&Report::new(&articles, &analysis)) {
            Ok(s) => s + "\n",
            Err(e) => {
                eprintln!("crosscheck: cannot serialize the report: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let mut out = io::stdout().lock();
    // A closed pipe (`crosscheck a b | head`) is not an error worth a message.
    let _ = out.write_all(text.as_bytes());
    ExitCode::SUCCESS
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
