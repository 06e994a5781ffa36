//! Comparison files: the same state as a share link, as readable JSON with a marker and a
//! version, `{"crosscheck": "comparison", "version": 1, "articles": [...], ...}`. Bytes in,
//! bytes out: reading and writing the file itself is the caller's (the page or the CLI).

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::comparison::{Comparison, COMPARISON_VERSION};
use super::error::FormatError;
use super::json;
use super::migrate::migrate;

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
    let text = json::write(&envelope, true)? + "\n";
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
    let head: Head = json::read(bytes)?;
    if !matches!(&head.crosscheck, Some(Field::Text(kind)) if kind == FILE_KIND) {
        return Err(FormatError::NotAComparisonFile);
    }
    let version = match head.version {
        Some(Field::Whole(v)) => u32::try_from(v).unwrap_or(u32::MAX),
        Some(Field::Number) => {
            return Err(FormatError::InvalidContent("\"version\" must be a whole number".into()))
        }
        _ => return Err(FormatError::InvalidContent("the file has no \"version\" number".into())),
    };
    // The comparison's own fields sit beside the marker and version, which it ignores.
    migrate(version, bytes)
}

/// The file's marker and version, read before its content so a file of another kind or a
/// newer version gets its own message; every other field is skipped here.
#[derive(Deserialize)]
struct Head {
    crosscheck: Option<Field>,
    version: Option<Field>,
}

/// A marker or version field as whatever JSON value it holds, so a wrong type is a message
/// about that field rather than a parse error.
enum Field {
    Text(String),
    Whole(u64),
    Number,
    Other,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Field, D::Error> {
        d.deserialize_any(FieldVisitor)
    }
}

struct FieldVisitor;

impl<'de> Visitor<'de> for FieldVisitor {
    type Value = Field;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Field, E> {
        Ok(Field::Text(v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Field, E> {
        Ok(Field::Whole(v))
    }
    // serde_json hands a whole number that is not negative to `visit_u64`; in the page,
    // serde-wasm-bindgen hands every whole number to `visit_i64`.
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Field, E> {
        Ok(u64::try_from(v).map_or(Field::Number, Field::Whole))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Field, E> {
        Ok(Field::Number)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Field, E> {
        Ok(Field::Other)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Field, E> {
        Ok(Field::Other)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Field, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Field::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Field, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Field::Other)
    }
}

/// Whether `bytes` look like a comparison file (the marker near the start), so a caller that
/// accepts both article files and comparison files can tell them apart cheaply.
pub fn looks_like_file(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    text.trim_start_matches('\u{feff}').trim_start().starts_with('{') && text.contains("\"crosscheck\"")
}
