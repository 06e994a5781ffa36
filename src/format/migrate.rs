//! Reading every comparison version this Crosscheck knows into the current `Comparison`.
//! Version 1 is the only one so far; when version 2 comes, the version 1 shape stays here as
//! its own type with a conversion into the new one, so old links and files keep opening.

use serde_json::Value;

use super::comparison::{Comparison, COMPARISON_VERSION};
use super::error::FormatError;

/// The comparison in `json`, written by format `version`, as the current shape, validated.
pub(crate) fn migrate(version: u32, json: Value) -> Result<Comparison, FormatError> {
    let comparison: Comparison = match version {
        1 => serde_json::from_value(json).map_err(|e| FormatError::InvalidContent(e.to_string()))?,
        v if v > COMPARISON_VERSION => {
            return Err(FormatError::NewerVersion { found: v, supported: COMPARISON_VERSION })
        }
        v => return Err(FormatError::InvalidContent(format!("there is no format version {v}"))),
    };
    comparison.validate().map_err(FormatError::InvalidContent)?;
    Ok(comparison)
}

/// Parse JSON text, telling an input that stops early from one that is malformed.
pub(crate) fn parse_json(bytes: &[u8]) -> Result<Value, FormatError> {
    serde_json::from_slice(bytes).map_err(|e| match e.classify() {
        serde_json::error::Category::Eof => FormatError::Truncated,
        _ => FormatError::InvalidContent(format!("not valid JSON ({e})")),
    })
}
