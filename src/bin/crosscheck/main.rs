//! The command-line face of Crosscheck: `crosscheck [--json | --markdown | --csv] FILE...`
//! compares article files (or comparison files, or a share link's articles with `--link`);
//! `crosscheck share FILE...` makes a share link or a comparison file; `crosscheck extract`
//! reads JSON lines on stdin and writes the mentions of each. The README documents all three.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// Cargo builds every binary of the package for the page's wasm32 tests as well; the command
/// line reads files and writes to a terminal, so there it is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}
