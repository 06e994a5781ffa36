//! Everything the command line does: parsing its arguments and running its three modes over
//! the library. Native only (see main.rs).

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use chrono::NaiveDate;
use crosscheck::engine::{analyze, extract, Article};
use crosscheck::export;
use crosscheck::format::{self, Comparison, ExtractOut, MentionOut, Report};
use crosscheck::numerals::thousands;
use serde_json::Value as Json;

const USAGE: &str = "usage:\n\
  crosscheck [--json | --markdown | --csv] [--all] [--link LINK] FILE...\n\
      Compare article files (plain text: optional Title:/Source:/Published: header lines,\n\
      a blank line, then the body) or saved comparison files (.json). Prints claims,\n\
      divergences first; --all includes facts only one article states. --link LINK adds the\n\
      articles of a share link (a whole URL or just its #c1.… part; quote it in the shell).\n\
  crosscheck share [--base URL | --file] [--all] FILE...\n\
      Print a share link for the articles: the #c1.… fragment, or a whole link with\n\
      --base URL (the page's address). --file prints a comparison file (JSON) instead.\n\
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

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("extract") => run_extract(),
        Some("share") => run_share(&args[1..]),
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

/// A failed run: the message for stderr and the exit code (1 for bad input, 2 for bad usage).
struct Failure(String, u8);

impl Failure {
    fn usage(msg: String) -> Failure {
        Failure(format!("{msg}\n{USAGE}"), 2)
    }

    fn report(self) -> ExitCode {
        eprintln!("crosscheck: {}", self.0);
        ExitCode::from(self.1)
    }
}

/// Read the files (article files or comparison files) and the share link into one
/// comparison: the link's articles first, then each file's, in order.
fn load(files: &[&str], link: Option<&str>) -> Result<Comparison, Failure> {
    let mut all = Comparison::default();
    if let Some(link) = link {
        all = format::decode_link(link).map_err(|e| Failure(format!("cannot open the link: {e}"), 1))?;
    }
    for f in files {
        let bytes = std::fs::read(f).map_err(|e| Failure(format!("cannot read {f}: {e}"), 1))?;
        if format::looks_like_file(&bytes) {
            let saved = format::decode_file(&bytes).map_err(|e| Failure(format!("{f}: {e}"), 1))?;
            append(&mut all, saved);
            continue;
        }
        let text = String::from_utf8(bytes).map_err(|_| Failure(format!("{f}: not UTF-8 text"), 1))?;
        append(&mut all, Comparison::from_articles(&[Article::parse(&text)]));
    }
    Ok(all)
}

/// Add `more`'s articles and corrections after `all`'s; the first settings given win.
fn append(all: &mut Comparison, mut more: Comparison) {
    let offset = all.articles.len();
    for c in &mut more.corrections {
        for k in &mut c.mentions {
            k.article += offset;
        }
    }
    if all.articles.is_empty() && all.settings.is_default() {
        all.settings = more.settings;
    }
    all.articles.append(&mut more.articles);
    all.corrections.append(&mut more.corrections);
}

/// Compare the articles of the files and the link named in `args`.
fn run_compare(args: &[String]) -> ExitCode {
    let mut output = Output::Table;
    let mut all = false;
    let mut link = None;
    let mut files = Vec::new();
    let mut rest = args.iter();
    while let Some(a) = rest.next() {
        match a.as_str() {
            "--json" => output = Output::Json,
            "--markdown" | "--md" => output = Output::Markdown,
            "--csv" => output = Output::Csv,
            "--all" => all = true,
            "--link" => match rest.next() {
                Some(l) => link = Some(l.as_str()),
                None => return Failure::usage("--link needs a link".into()).report(),
            },
            flag if flag.starts_with("--link=") => link = Some(&flag["--link=".len()..]),
            flag if flag.starts_with("--") => {
                return Failure::usage(format!("unknown option {flag}")).report()
            }
            file => files.push(file),
        }
    }
    if files.is_empty() && link.is_none() {
        return Failure::usage("no article files given".into()).report();
    }
    let comparison = match load(&files, link) {
        Ok(c) => c,
        Err(f) => return f.report(),
    };
    if !comparison.corrections.is_empty() {
        // The engine does not apply corrections yet; say so rather than silently differ.
        eprintln!(
            "crosscheck: note: {} manual correction(s) in this comparison are not applied here",
            comparison.corrections.len()
        );
    }
    let all = all || comparison.settings.show_single;
    let articles = comparison.to_articles();
    let config = comparison.settings.config();
    let analysis = analyze(&articles, &config);
    let names = export::article_names(&articles);
    for (i, (name, &left)) in names.iter().zip(&analysis.not_compared).enumerate() {
        if left > 0 {
            eprintln!(
                "crosscheck: note: article {} ({}): only its first {} figures and dates were compared; the {} after them were left out (the limit per article)",
                i + 1,
                name,
                thousands(config.max_compared as u64),
                thousands(left as u64)
            );
        }
    }
    let text = match output {
        Output::Table => export::terminal(&articles, &analysis, all),
        Output::Markdown => export::markdown(&articles, &analysis, all),
        Output::Csv => export::csv(&articles, &analysis),
        Output::Json => match serde_json::to_string_pretty(&Report::new(&articles, &analysis)) {
            Ok(s) => s + "\n",
            Err(e) => return Failure(format!("cannot serialize the report: {e}"), 1).report(),
        },
    };
    let mut out = io::stdout().lock();
    // A closed pipe (`crosscheck a b | head`) is not an error worth a message.
    let _ = out.write_all(text.as_bytes());
    ExitCode::SUCCESS
}

/// Print a share link (or with `--file` a comparison file) for the files named in `args`.
fn run_share(args: &[String]) -> ExitCode {
    let mut base = None;
    let mut as_file = false;
    let mut all = false;
    let mut files = Vec::new();
    let mut rest = args.iter();
    while let Some(a) = rest.next() {
        match a.as_str() {
            "--base" => match rest.next() {
                Some(b) => base = Some(b.as_str()),
                None => return Failure::usage("--base needs a URL".into()).report(),
            },
            flag if flag.starts_with("--base=") => base = Some(&flag["--base=".len()..]),
            "--file" => as_file = true,
            "--all" => all = true,
            flag if flag.starts_with("--") => {
                return Failure::usage(format!("unknown option {flag}")).report()
            }
            file => files.push(file),
        }
    }
    if files.is_empty() {
        return Failure::usage("share: no article files given".into()).report();
    }
    if as_file && base.is_some() {
        return Failure::usage("share: --file and --base do not go together".into()).report();
    }
    let mut comparison = match load(&files, None) {
        Ok(c) => c,
        Err(f) => return f.report(),
    };
    comparison.settings.show_single |= all;
    let encoded = match (as_file, base) {
        (true, _) => format::encode_file(&comparison),
        (false, Some(b)) => format::encode_link(b, &comparison),
        (false, None) => format::encode_fragment(&comparison),
    };
    let text = match encoded {
        Ok(t) => t,
        Err(e) => return Failure(format!("cannot share these articles: {e}"), 1).report(),
    };
    if !as_file {
        if let Some(warning) = format::link_length_warning(&text) {
            eprintln!("crosscheck: warning: {warning} (crosscheck share --file)");
        }
    }
    let mut out = io::stdout().lock();
    let _ = write!(out, "{}{}", text, if text.ends_with('\n') { "" } else { "\n" });
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
                    crosscheck::engine::article::parse_iso_date(s)
                        .ok_or_else(|| format!("\"published\" must be YYYY-MM-DD, got {s:?}"))?,
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
