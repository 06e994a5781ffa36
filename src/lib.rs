//! Crosscheck puts several news articles about one story side by side and shows
//! where their figures and dates agree, round differently, or contradict each other.
//!
//! # Code map
//! - [`engine`]: the pure pipeline, text → tokens → mentions → claims → verdicts. It does
//!   no I/O, never panics, and names no browser or UI crate, so it is tested natively with
//!   `cargo test`.
//! - [`format`]: every versioned shape other programs or later sessions read: the CLI's JSON
//!   report, share links (URL fragments) and comparison files, with their bounded decoders.
//! - [`export`]: readable renderings of a comparison (terminal table, Markdown, CSV).
//! - [`display`]: what the page shows for engine data, as plain strings and runs of marked text.
//! - [`numerals`]: numbers written for people and files, below the formats.
//! - [`marks`]: manual corrections (dismiss, unlink, link) applied to an analysis.
//! - `eval` (native only): scores an analysis against the annotated judgement corpus
//!   (`tests/fixtures/corpus/`); the corpus test and the scorer's fitting command use it.
//! - [`demo`]: the built-in demo articles the page opens on (`src/demo/*.txt`).
//! - `ui` (wasm32 only): the Leptos page, a thin face over the engine; one component per file
//!   in `src/ui/`, signals and the analysis memos in `src/ui/state.rs`.
//! - `src/bin/crosscheck/`: the command-line face.
//!
//! # Invariants
//! - Every offset the engine hands out is a UTF-8 byte offset into the text it was given,
//!   on a character boundary.
//! - Extraction is linear in the input: every scan moves forward, and look-ahead is bounded
//!   by a small constant number of tokens.

// The page's build (scripts/site-env.sh) is optimised for size, and gives the engine's hot
// loops back to the optimiser for speed with `optimize(speed)` (`page_build` is set there).
#![cfg_attr(page_build, feature(optimize_attribute))]

pub mod demo;
pub mod display;
pub mod engine;
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
pub mod export;
pub mod format;
pub mod marks;
pub mod numerals;

#[cfg(target_arch = "wasm32")]
pub mod ui;
