//! The JSON text of every format, read and written in one place. Natively that is serde_json;
//! in the page it is the browser's own `JSON.parse` and `JSON.stringify` with
//! serde-wasm-bindgen between them and the same serde shapes, which keeps a second JSON parser
//! out of the page (11 KB gzipped, measured 2026-12-01). Both read the same documents and
//! report the same kinds of error; the page writes a whole number without ".0" (`12`, where
//! serde_json writes `12.0`), which every JSON reader takes for the same number.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::error::FormatError;

/// Read JSON text as `T`, telling an input that stops early from one that is malformed or
/// has the wrong shape.
pub fn read<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, FormatError> {
    imp::read(bytes)
}

/// `value` as JSON text: compact, or indented by two spaces when `pretty`.
pub fn write<T: Serialize + ?Sized>(value: &T, pretty: bool) -> Result<String, FormatError> {
    imp::write(value, pretty)
}

/// Whether JSON text ends inside a string, an object or an array (or holds nothing at all):
/// text cut short, rather than malformed, when it does not parse.
fn stops_early(bytes: &[u8]) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for &b in bytes {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    in_string || depth > 0 || bytes.iter().all(u8::is_ascii_whitespace)
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use serde::de::DeserializeOwned;
    use serde::Serialize;
    use serde_json::error::Category;

    use super::super::error::FormatError;
    use super::stops_early;

    pub fn read<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, FormatError> {
        serde_json::from_slice(bytes).map_err(|e| match e.classify() {
            Category::Eof => FormatError::Truncated,
            // A number cut off by the end of the input ("2." in a skipped field) is reported
            // as a malformed number rather than an early end; it is the same cut file.
            Category::Syntax if stops_early(bytes) => FormatError::Truncated,
            Category::Data => FormatError::InvalidContent(e.to_string()),
            Category::Syntax | Category::Io => FormatError::InvalidContent(format!("not valid JSON ({e})")),
        })
    }

    pub fn write<T: Serialize + ?Sized>(value: &T, pretty: bool) -> Result<String, FormatError> {
        let text = if pretty { serde_json::to_string_pretty(value) } else { serde_json::to_string(value) };
        text.map_err(|e| FormatError::InvalidContent(e.to_string()))
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use serde::de::DeserializeOwned;
    use serde::Serialize;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::js_sys::{Error, JSON};

    use super::super::error::FormatError;
    use super::stops_early;

    pub fn read<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, FormatError> {
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            // A multi-byte character cut in two at the very end: the text was cut there.
            Err(e) if e.error_len().is_none() => return Err(FormatError::Truncated),
            Err(_) => {
                return Err(FormatError::InvalidContent("not valid JSON (it is not UTF-8 text)".into()))
            }
        };
        let value = JSON::parse(text).map_err(|e| {
            if stops_early(bytes) {
                FormatError::Truncated
            } else {
                FormatError::InvalidContent(format!("not valid JSON ({})", message(&e)))
            }
        })?;
        serde_wasm_bindgen::from_value(value).map_err(|e| FormatError::InvalidContent(e.to_string()))
    }

    pub fn write<T: Serialize + ?Sized>(value: &T, pretty: bool) -> Result<String, FormatError> {
        let failed = |why: String| FormatError::InvalidContent(why);
        let value = value
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| failed(e.to_string()))?;
        let text = if pretty {
            JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
        } else {
            JSON::stringify(&value)
        };
        text.map_err(|e| failed(message(&e)))?.as_string().ok_or_else(|| failed("nothing to write".into()))
    }

    /// The message of a thrown JavaScript error.
    fn message(e: &JsValue) -> String {
        e.dyn_ref::<Error>().map_or_else(|| "unknown error".into(), |e| String::from(e.message()))
    }
}

#[cfg(test)]
mod tests {
    use super::stops_early;

    #[test]
    fn text_that_stops_inside_a_value_stops_early() {
        for (text, early) in [
            ("", true),
            ("  \n", true),
            ("{", true),
            ("{\"a\": [1, 2", true),
            ("{\"a\": \"x", true),
            ("{\"a\": \"x\\\"}", true),
            ("{\"a\": \"x\\\\\"}", false),
            ("{\"a\": 1}", false),
            ("{\"a\": 1}}", false),
            ("{\"a\": nul}", false),
            ("[\"]\"", true),
        ] {
            assert_eq!(stops_early(text.as_bytes()), early, "{text:?}");
        }
    }
}
