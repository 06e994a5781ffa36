//! Benchmark for `extract`: throughput on a large mixed news corpus (the target is 25 MB/s
//! or more natively, growing linearly with size) and on pathological inputs, each measured at
//! two sizes so that anything worse than linear is flagged.
//!
//! Run: `cargo bench --bench extract`.

use std::path::Path;
use std::time::Instant;

use crosscheck::engine::{extract, Article};

const MB: usize = 1 << 20;

/// Pasted-web clutter written for this benchmark: the things that sit around articles copied
/// from a browser and that look like figures without being claims.
const NOISE: &[&str] = &[
    "Updated 14 hours ago",
    "Published 3:42 PM EDT, Tue\u{a0}October\u{a0}7,\u{a0}2025 | Updated 9 min ago",
    "By Mara Lindqvist and Tobias Ek, Staff Writers \u{b7} 6 min read",
    "Read more: https://news.example.org/2026/03/14/river-flood-update-4821937?utm_source=feed&utm_medium=rss&ref=12",
    "Share this article: https://example.net/s/aB3x9Q · Copy link · 1.2K shares · 348 comments",
    "Call the tip line on +44 20 7946 0958 or (555) 014-2297, ext. 31, weekdays 9am\u{2013}5pm.",
    "Requires app version 4.12.3 or later (build 20260311.2); iOS 17.4+, Android 12+.",
    "The report[12] cites earlier surveys[3][4] and a 2019 audit\u{b9}, see note 7\u{b2}.",
    "| Region | 2023 | 2024 | 2025 | Change |\n|---|---|---|---|---|\n| North | 1,204 | 1,388 | 1,512 | +8.9% |\n| South | 987 | 1,021 | 1,106 | +8.3% |\n| East | 2,310 | 2,295 | 2,401 | +4.6% |\n| West | 455 | 512 | 498 | \u{2212}2.7% |",
    "Q1\t$12.4m\t$13.1m\t5.6%\nQ2\t$12.9m\t$13.8m\t7.0%\nQ3\t$13.3m\t$14.2m\t6.8%\nQ4\t$14.0m\t$15.1m\t7.9%",
    "\u{201c}We expected 40\u{2013}50 people, and 212 came,\u{201d} said the organiser, who asked not to be named.",
    "Advertisement \u{b7} Story continues below \u{b7} Skip ad in 5",
    "Photo: 1/24 \u{2014} Crews at the scene on Saturday. (Credit: J. Halloran / Northline, 2026)",
    "ISBN 978-0-306-40615-7 \u{b7} DOI 10.1000/xyz123 \u{b7} ISSN 2049-3630 \u{b7} ref. no. AB-2291/7",
    "Trains run every 12\u{a0}min from 05:40 to 23:55; fares from \u{a3}2.80 (\u{20ac}3.20).",
    "Sign up for our newsletter \u{2014} 3 stories, every weekday, 7\u{a0}a.m. \u{2192} unsubscribe any time.",
    "Temperatures of 31\u{b0}C\u{2013}34\u{b0}C are forecast; winds 40\u{2013}60\u{a0}km/h, gusts to 95.",
    "\u{2018}It was the 3rd time in 5 years,\u{2019} she said. \u{2026} Comments (87) \u{b7} Most read: 1 2 3 4 5",
    "v2.0.0-rc.1 \u{b7} 192.168.0.14 \u{b7} 0xDEADBEEF \u{b7} SHA 9f86d081 \u{b7} \u{a9} 2026 Northline Media Ltd.",
    "Correction, March 15: an earlier version of this story gave the toll as 14; it is 41.",
];

/// A tiny linear congruential generator: deterministic, so every run measures the same text.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }

    fn below(&mut self, n: u32) -> u32 {
        self.next() % n
    }
}

/// Every paragraph of the fixture stories and the demo articles, in a stable order.
fn paragraphs() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let stories = root.join("tests/fixtures/stories");
    let mut dirs: Vec<_> =
        std::fs::read_dir(&stories).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    dirs.push(root.join("src/demo"));
    dirs.sort();
    for dir in dirs.iter().filter(|d| d.is_dir()) {
        let mut found: Vec<_> =
            std::fs::read_dir(dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
        found.sort();
        files.extend(found.into_iter().filter(|f| f.extension().is_some_and(|e| e == "txt")));
    }
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        let body = Article::parse(&text).body;
        out.extend(body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(String::from));
    }
    out
}

/// A copy of `para` with its figures and typography varied: digits are rewritten at random
/// (so the corpus is not the same few numbers over and over), and some spaces, quotes and
/// hyphens become the non-breaking spaces, curly quotes and en dashes of pasted web text.
fn vary(para: &str, rng: &mut Lcg, out: &mut String) {
    let mut quote_open = true;
    for c in para.chars() {
        match c {
            '0'..='9' if rng.below(3) == 0 => out.push(char::from(b'0' + rng.below(10) as u8)),
            ' ' if rng.below(12) == 0 => out.push('\u{a0}'),
            '"' if rng.below(2) == 0 => {
                out.push(if quote_open { '\u{201c}' } else { '\u{201d}' });
                quote_open = !quote_open;
            }
            '\'' if rng.below(2) == 0 => out.push('\u{2019}'),
            '-' if rng.below(3) == 0 => out.push('\u{2013}'),
            _ => out.push(c),
        }
    }
}

/// At least `size` bytes of mixed news text: the paragraphs rotated with varied figures,
/// and one piece of web clutter after every few paragraphs.
fn corpus(paras: &[String], size: usize) -> String {
    let mut rng = Lcg(0x5eed_cafe);
    let mut out = String::with_capacity(size + 4096);
    let mut i = 0;
    while out.len() < size {
        vary(&paras[i % paras.len()], &mut rng, &mut out);
        out.push_str("\n\n");
        if rng.below(3) == 0 {
            vary(NOISE[rng.below(NOISE.len() as u32) as usize], &mut rng, &mut out);
            out.push_str("\n\n");
        }
        // A stride coprime with most paragraph counts, so neighbours change on each lap.
        i += 7;
    }
    out
}

/// The longest prefix of `s` of at most `n` bytes that ends on a character boundary.
fn prefix(s: &str, n: usize) -> &str {
    let mut n = n.min(s.len());
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    &s[..n]
}

/// `unit` repeated until the text is `size` bytes long (cut on a character boundary).
fn repeat_to(unit: &str, size: usize) -> String {
    let s = unit.repeat(size / unit.len() + 1);
    prefix(&s, size).to_string()
}

/// The median time in seconds of `runs` extractions of `text`, and the mention count.
fn median_secs(text: &str, runs: usize) -> (f64, usize) {
    let mut count = extract(text, None).len();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            count = extract(text, None).len();
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], count)
}

fn mb_per_s(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / MB as f64 / secs
}

/// Builds a pathological input of the given size in bytes.
type Maker = Box<dyn Fn(usize) -> String>;

/// The pathological inputs, by name, each a function from size to text.
fn pathological() -> Vec<(&'static str, Maker)> {
    vec![
        ("one line, no spaces", Box::new(|n| repeat_to("Abc12,5%x$3.4bn/May-7_", n))),
        ("all digits", Box::new(|n| repeat_to("8173605294", n))),
        ("1,1,1,1,...", Box::new(|n| repeat_to("1,", n))),
        ("1.1.1.1...", Box::new(|n| repeat_to("1.", n))),
        ("dashes, dots, slashes", Box::new(|n| repeat_to("-.-/--..//\u{2013}\u{2014}", n))),
        ("May May May ...", Box::new(|n| repeat_to("May ", n))),
        ("between 5 and ...", Box::new(|n| repeat_to("between 5 and ", n))),
        (
            "emoji and combining marks",
            Box::new(|n| {
                repeat_to("\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}e\u{301}\u{302}\u{303}\u{1f1fa}\u{1f1f8}5\u{20e3}\u{fe0f} ", n)
            }),
        ),
        (
            "random bytes, lossy UTF-8",
            Box::new(|n| {
                let mut rng = Lcg(42);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                prefix(&String::from_utf8_lossy(&bytes), n).to_string()
            }),
        ),
    ]
}

fn main() {
    let paras = paragraphs();
    if paras.is_empty() {
        eprintln!("no fixture stories found under tests/fixtures/stories");
        std::process::exit(1);
    }
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this binary without it, in
    // a debug build, where small sizes and one run show the benchmark still works.
    let full = std::env::args().any(|a| a == "--bench");
    let (sizes, runs, small, large): (&[usize], usize, usize, usize) = if full {
        (&[MB, 2 * MB, 4 * MB, 8 * MB], 7, MB, 4 * MB)
    } else {
        (&[16 << 10, 32 << 10], 3, 8 << 10, 32 << 10)
    };

    if !full {
        println!("smoke run (no --bench): tiny sizes in a debug build, so timings and linearity flags are not meaningful");
    }
    let text = corpus(&paras, *sizes.iter().max().unwrap_or(&0));
    println!("mixed news corpus ({} paragraphs, {} pieces of web clutter)", paras.len(), NOISE.len());
    println!("{:>8} {:>10} {:>10} {:>9} {:>9}", "MB", "mentions", "median ms", "MB/s", "ns/byte");
    for &size in sizes {
        let slice = prefix(&text, size);
        let (secs, count) = median_secs(slice, runs);
        println!(
            "{:>8.2} {count:>10} {:>10.2} {:>9.1} {:>9.2}",
            slice.len() as f64 / MB as f64,
            secs * 1000.0,
            mb_per_s(slice.len(), secs),
            secs * 1e9 / slice.len() as f64
        );
    }

    println!();
    println!(
        "pathological inputs ({} and {} KB; flagged when not within 3x of linear)",
        small >> 10,
        large >> 10
    );
    println!(
        "{:<28} {:>10} {:>10} {:>10} {:>10}  linear?",
        "input", "MB/s small", "MB/s large", "ms small", "ms large"
    );
    let factor = large as f64 / small as f64;
    let mut flagged = Vec::new();
    for (name, make) in pathological() {
        let a = make(small);
        let (ta, _) = median_secs(&a, runs.min(3));
        // A quadratic input would take minutes at the large size; one that is already slow
        // at the small size is flagged without measuring the large one.
        if ta > 5.0 {
            println!(
                "{name:<28} {:>10.2} {:>10} {:>10.1} {:>10}  SLOW",
                mb_per_s(a.len(), ta),
                "-",
                ta * 1000.0,
                "-"
            );
            flagged.push(name);
            continue;
        }
        let b = make(large);
        let (tb, _) = median_secs(&b, runs.min(3));
        let linear = tb <= 3.0 * factor * ta;
        println!(
            "{name:<28} {:>10.1} {:>10.1} {:>10.2} {:>10.2}  {}",
            mb_per_s(a.len(), ta),
            mb_per_s(b.len(), tb),
            ta * 1000.0,
            tb * 1000.0,
            if linear { "yes" } else { "NO" }
        );
        if !linear {
            flagged.push(name);
        }
    }
    if flagged.is_empty() {
        println!("all pathological inputs scale within 3x of linear");
    } else {
        println!(
            "NOT LINEAR: {} (time at the large size exceeds 3 x {factor} x the small size)",
            flagged.join(", ")
        );
    }
}
