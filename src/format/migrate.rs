//! Reading every comparison version this Crosscheck knows into the current `Comparison`.
//! Version 1 is the only one so far; when version 2 comes, the version 1 shape stays here as
//! its own type with a conversion into the new one, so old links and files keep opening.
//! Each version is read straight from the JSON text into its shape: a generic JSON tree in
//! between would add a second way of reading JSON to the page.

use super::comparison::{Comparison, COMPARISON_VERSION};
use super::error::FormatError;
use super::json;

/// The comparison in `json`, written by format `version`, as the current shape, validated.
pub(crate) fn migrate(version: u32, json: &[u8]) -> Result<Comparison, FormatError> {
    let comparison: Comparison = match version {
        1 => json::read(json)?,
        v if v > COMPARISON_VERSION => {
            return Err(FormatError::NewerVersion { found: v, supported: COMPARISON_VERSION })
        }
        v => return Err(FormatError::InvalidContent(format!("there is no format version {v}"))),
    };
    comparison.validate().map_err(FormatError::InvalidContent)?;
    Ok(comparison)
}
