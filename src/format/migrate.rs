//! Reading every comparison version this Crosscheck knows into the current `Comparison`.
//! Version 1 is the only one so far; when version 2 comes, the version 1 shape stays here as
//! its own type with a conversion into the new one, so old links and files keep opening.
//! Each version is read straight from the JSON text into its shape: a generic JSON tree in
//! between would add a second JSON reader to the page (about 5 KB gzipped).

use serde::Deserialize;
use serde_json::error::Category;

use super::comparison::{Comparison, COMPARISON_VERSION};
use super::error::FormatError;

/// The comparison in `json`, written by format `version`, as the current shape, validated.
pub(crate) fn migrate(version: u32, json: &[u8]) -> Result<Comparison, FormatError> {
    let comparison: Comparison = match version {
        1 => read_json(json)?,
        v if v > COMPARISON_VERSION => {
            return Err(FormatError::NewerVersion { found: v, supported: COMPARISON_VERSION })
        }
        v => return Err(FormatError::InvalidContent(format!("there is no format version {v}"))),
    };
    comparison.validate().map_err(FormatError::InvalidContent)?;
    Ok(comparison)
}

/// Read JSON text as `T`, telling an input that stops early from one that is malformed or
/// has the wrong shape.
pub(crate) fn read_json<'de, T: Deserialize<'de>>(bytes: &'de [u8]) -> Result<T, FormatError> {
    serde_json::from_slice(bytes).map_err(|e| match e.classify() {
        Category::Eof => FormatError::Truncated,
        // A number cut off by the end of the input ("2." in a skipped field) is reported as a
        // malformed number rather than an early end; it is the same cut file.
        Category::Syntax if at_end(bytes, e.line(), e.column()) => FormatError::Truncated,
        Category::Data => FormatError::InvalidContent(e.to_string()),
        Category::Syntax | Category::Io => FormatError::InvalidContent(format!("not valid JSON ({e})")),
    })
}

/// Whether a one-based `line` and `column` are at (or past) the last byte of `bytes`.
fn at_end(bytes: &[u8], line: usize, column: usize) -> bool {
    let lines = 1 + bytes.iter().filter(|&&b| b == b'\n').count();
    let last = bytes.iter().rposition(|&b| b == b'\n').map_or(bytes.len(), |i| bytes.len() - i - 1);
    line == lines && column >= last
}
