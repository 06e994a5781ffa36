//! Comparison files: the same state as a share link, as readable JSON with a marker and a
//! version, `{"crosscheck": "comparison", "version": 1, "articles": [...], ...}`. Bytes in,
//! bytes out: reading and writing the file itself is the caller's (the page or the CLI).

use serde::Serialize;
use serde_json::Value;

use super::comparison::{Comparison, COMPARISON_VERSION};
use super::error::FormatError;
use super::migrate::{migrate, parse_json};

/// The value of the `"crosscheck"` marker field.
pub const FILE_KIND: &str = "comparison";
/// The usual file name extension.
pub const FILE_EXTENSION: &str = "json";
/// Largest file `decode_file` reads: the link's content limit, with room for JSON escapes and
/// the indentation the writer adds.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// The file's top level: the marker and version, then the comparison's own fields.
#[derive(Serialize)]
struct Envelope<'a> {
    crosscheck: &'static str,
    version: u32,
    #[serde(flatten)]
    comparison: &'a Comparison,
}

/// The comparison file for `comparison`, pretty-printed JSON ending in a newline.
pub fn encode_file(comparison: &Comparison) -> Result<String, FormatError> {
    comparison.validate().map_err(FormatError::InvalidContent)?;
    let envelope = Envelope { crosscheck: FILE_KIND, version: COMPARISON_VERSION, comparison };
    let text = serde_json::to_string_pretty(&envelope)
        .map_err(|e| FormatError::InvalidContent(e.to_string()))?
        + "\n";
    if text.len() > MAX_FILE_BYTES {
        return Err(FormatError::TooLarge { limit: MAX_FILE_BYTES });
    }
    Ok(text)
}

/// Open a comparison file from its bytes (any version this Crosscheck knows).
pub fn decode_file(bytes: &[u8]) -> Result<Comparison, FormatError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FormatError::TooLarge { limit: MAX_FILE_BYTES });
    }
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    match first {
        None => return Err(FormatError::Empty),
        Some(b'{') => {}
        Some(_) => return Err(FormatError::NotAComparisonFile),
    }
    let mut value = parse_json(bytes)?;
    let Some(top) = value.as_object_mut() else { return Err(FormatError::NotAComparisonFile) };
    if top.remove("crosscheck").as_ref().and_then(Value::as_str) != Some(FILE_KIND) {
        return Err(FormatError::NotAComparisonFile);
    }
    let version = match top.remove("version") {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) => u32::try_from(v).unwrap_or(u32::MAX),
            None => return Err(FormatError::InvalidContent("\"version\" must be a whole number".into())),
        },
        _ => return Err(FormatError::InvalidContent("the file has no \"version\" number".into())),
    };
    migrate(version, value)
}

/// Whether `bytes` look like a comparison file (the marker near the start), so a caller that
/// accepts both article files and comparison files can tell them apart cheaply.
pub fn looks_like_file(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    text.trim_start_matches('\u{feff}').trim_start().starts_with('{') && text.contains("\"crosscheck\"")
}
