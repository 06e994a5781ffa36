//! Share links: a comparison in a URL fragment, `#c1.` then base64url (no padding) of a small
//! header and the raw-deflated JSON. Decoding is bounded in every size and never panics; the
//! layout, limits and errors are in `docs/share-format.md`.
//!
//! Everything but the deflate itself is here, as steps: [`link_content`] and [`seal`] write a
//! link, [`unseal`] and [`Sealed::open`] read one. Natively [`encode_fragment`] and
//! [`decode_link`] join them with miniz_oxide; the page joins them with the browser's own
//! deflate (`ui::links`), which is asynchronous and keeps a deflate library out of the page.

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, URL_SAFE_NO_PAD};
use base64::engine::DecodePaddingMode;
use base64::Engine;

use super::checksum::crc32;
use super::comparison::{Comparison, COMPARISON_VERSION};
use super::error::{Corruption, FormatError};
use super::json;
use super::migrate::migrate;

/// Past about this many characters, chat and mail tools cut links or refuse them; the page
/// warns and offers a comparison file instead.
pub const LINK_WARN_CHARS: usize = 8000;
/// Most bytes the JSON inside a link may inflate to; a small link cannot expand past this.
pub const MAX_CONTENT_BYTES: usize = 2 * 1024 * 1024;
/// Most compressed bytes a link may carry.
pub const MAX_COMPRESSED_BYTES: usize = 1024 * 1024;
/// Longest input `decode_link` looks at, in bytes: the base64 of the largest payload, plus
/// room for the address before the fragment.
pub const MAX_LINK_CHARS: usize = MAX_COMPRESSED_BYTES / 3 * 4 + 64 * 1024;

/// The letter that starts a fragment of this format; the version number follows it.
const PREFIX_LETTER: char = 'c';
/// Bytes of the varint that holds the compressed length: 3 hold up to 2 MiB.
const MAX_VARINT_BYTES: usize = 3;
/// Raw deflate level: 9 is miniz's best ratio short of its slow "uber" mode.
#[cfg(not(target_arch = "wasm32"))]
const DEFLATE_LEVEL: u8 = 9;

/// Base64url that accepts any trailing bits, used only to see how much of a damaged or cut
/// link is left; complete links are decoded strictly.
const LENIENT: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone),
);

/// The JSON a link for `comparison` carries, checked against every limit: the first step of
/// writing a link. Its raw deflate and it go to [`seal`].
pub fn link_content(comparison: &Comparison) -> Result<Vec<u8>, FormatError> {
    comparison.validate().map_err(FormatError::InvalidContent)?;
    let json = json::write(comparison, false)?.into_bytes();
    if json.len() > MAX_CONTENT_BYTES {
        return Err(FormatError::TooLarge { limit: MAX_CONTENT_BYTES });
    }
    Ok(json)
}

/// The fragment (`#c1.` and the payload) for `json` from [`link_content`] and its raw
/// deflate: the last step of writing a link.
pub fn seal(json: &[u8], deflated: &[u8]) -> Result<String, FormatError> {
    if deflated.len() > MAX_COMPRESSED_BYTES {
        return Err(FormatError::TooLarge { limit: MAX_COMPRESSED_BYTES });
    }
    let mut bytes = Vec::with_capacity(deflated.len() + 8);
    push_varint(&mut bytes, deflated.len());
    bytes.extend_from_slice(&crc32(json).to_be_bytes());
    bytes.extend_from_slice(deflated);
    Ok(format!("#{PREFIX_LETTER}{COMPARISON_VERSION}.{}", URL_SAFE_NO_PAD.encode(bytes)))
}

/// A full share link: `base` (any fragment it has is replaced) followed by `fragment`.
pub fn link_on(base: &str, fragment: &str) -> String {
    let base = base.split('#').next().unwrap_or("");
    format!("{base}{fragment}")
}

/// The fragment of a share link for `comparison`: `#c1.` followed by the payload.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_fragment(comparison: &Comparison) -> Result<String, FormatError> {
    let json = link_content(comparison)?;
    seal(&json, &miniz_oxide::deflate::compress_to_vec(&json, DEFLATE_LEVEL))
}

/// A full share link: `base` (any fragment it has is replaced) followed by the fragment.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_link(base: &str, comparison: &Comparison) -> Result<String, FormatError> {
    Ok(link_on(base, &encode_fragment(comparison)?))
}

/// Whether a link is long enough that chat and mail tools may cut it.
pub fn link_is_long(link: &str) -> bool {
    link.chars().count() > LINK_WARN_CHARS
}

/// The warning to show next to a long link, or `None` when it is short enough to share.
pub fn link_length_warning(link: &str) -> Option<String> {
    let n = link.chars().count();
    (n > LINK_WARN_CHARS).then(|| {
        format!(
            "This link is {} characters long. Chat and mail tools often cut links longer than \
             {} characters; save a comparison file to share it instead.",
            crate::numerals::thousands(n as u64),
            crate::numerals::thousands(LINK_WARN_CHARS as u64)
        )
    })
}

/// Open a share link: a whole URL, or just its fragment (with or without the `#`). A `#` that
/// a tool rewrote as `%23` is accepted, and so are line breaks a mail client put inside the
/// link and punctuation that prose glued to its end.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode_link(input: &str) -> Result<Comparison, FormatError> {
    use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};
    let sealed = unseal(input)?;
    let json =
        decompress_to_vec_with_limit(&sealed.deflated, MAX_CONTENT_BYTES).map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => FormatError::TooLarge { limit: MAX_CONTENT_BYTES },
            _ => FormatError::Corrupted(Corruption::Deflate),
        })?;
    sealed.open(&json)
}

/// A link taken apart down to its compressed content, every check before the inflate passed.
/// The caller inflates `deflated` (to at most [`MAX_CONTENT_BYTES`], else
/// `FormatError::TooLarge`; data that does not inflate is `Corrupted(Corruption::Deflate)`)
/// and hands the JSON to [`Sealed::open`].
#[derive(Debug)]
pub struct Sealed {
    version: u32,
    crc: [u8; 4],
    pub deflated: Vec<u8>,
}

/// The first step of reading a share link (see [`decode_link`] for what it accepts).
pub fn unseal(input: &str) -> Result<Sealed, FormatError> {
    if input.len() > MAX_LINK_CHARS {
        return Err(FormatError::TooLarge { limit: MAX_LINK_CHARS });
    }
    let cleaned: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if cleaned.is_empty() {
        return Err(FormatError::Empty);
    }
    let fragment = find_fragment(&cleaned).ok_or(FormatError::NotALink)?;
    let (version, payload) = split_version(fragment)?;
    let (crc, deflated) = open_payload(payload)?;
    Ok(Sealed { version, crc, deflated })
}

impl Sealed {
    /// The comparison in the inflated `json`, if its checksum matches: the last step.
    pub fn open(&self, json: &[u8]) -> Result<Comparison, FormatError> {
        if crc32(json).to_be_bytes() != self.crc {
            return Err(FormatError::Corrupted(Corruption::Checksum));
        }
        migrate(self.version, json).map_err(|e| match e {
            // The checksum matched, so JSON that stops early was written that way, not cut off.
            FormatError::Truncated => FormatError::InvalidContent("the JSON stops early".into()),
            other => other,
        })
    }
}

/// Whether `url` carries a share link whose `#` was rewritten as `%23`. The browser then sees
/// no fragment (the link is all path), so the page should open `decode_link(href)` itself and
/// may put the fragment back in the address bar.
pub fn has_encoded_hash(url: &str) -> bool {
    !url.contains('#') && encoded_hash_at(url).is_some()
}

/// Where the payload starts after a `%23` that is followed by `c` and a digit (so a `%23`
/// elsewhere in the address, say in a search query, is not taken for the link's).
fn encoded_hash_at(url: &str) -> Option<usize> {
    let bytes = url.as_bytes();
    (0..bytes.len())
        .find(|&i| {
            bytes[i..].len() >= 5
                && bytes[i..i + 3].eq_ignore_ascii_case(b"%23")
                && bytes[i + 3] == b'c'
                && bytes[i + 4].is_ascii_digit()
        })
        .map(|i| i + 3)
}

/// The fragment after the `#` (or a `%23` standing for it), or the whole text when it is a
/// bare fragment such as `c1.…`.
fn find_fragment(link: &str) -> Option<&str> {
    if let Some(i) = link.find('#') {
        return Some(&link[i + 1..]);
    }
    if let Some(i) = encoded_hash_at(link) {
        return Some(&link[i..]);
    }
    let bare = link.strip_prefix(PREFIX_LETTER)?;
    bare.starts_with(|c: char| c.is_ascii_digit()).then_some(link)
}

/// Split `c<version>.<payload>` into the version and the payload.
fn split_version(fragment: &str) -> Result<(u32, &str), FormatError> {
    let rest = fragment.strip_prefix(PREFIX_LETTER).ok_or(FormatError::NotALink)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Err(FormatError::NotALink);
    }
    let (number, after) = rest.split_at(digits);
    // A version too long for u32 can only come from a much newer format (or garbage).
    let version = number.parse::<u32>().unwrap_or(u32::MAX);
    if version == 0 {
        return Err(FormatError::Corrupted(Corruption::Header));
    }
    if version > COMPARISON_VERSION {
        return Err(FormatError::NewerVersion { found: version, supported: COMPARISON_VERSION });
    }
    match after.strip_prefix('.') {
        Some(payload) => Ok((version, payload)),
        // "#c1" with nothing after it: the link was cut right after its version.
        None if after.is_empty() => Err(FormatError::Truncated),
        None => Err(FormatError::NotALink),
    }
}

/// Base64 and length header: the checksum and the deflated content of a payload.
fn open_payload(payload: &str) -> Result<([u8; 4], Vec<u8>), FormatError> {
    // Padding is never written, but a tool may add it; prose may glue punctuation on the end.
    let payload = payload.trim_end_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    if payload.len() > MAX_COMPRESSED_BYTES / 3 * 4 + 16 {
        return Err(FormatError::TooLarge { limit: MAX_COMPRESSED_BYTES });
    }
    if !payload.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        return Err(FormatError::Corrupted(Corruption::Base64));
    }
    // A complete link decodes strictly. One that does not may have been cut mid-character, so
    // decode what is left to tell "cut short" (fewer bytes than the header says) from damage.
    let (bytes, strict) = match URL_SAFE_NO_PAD.decode(payload) {
        Ok(b) => (b, true),
        Err(_) => {
            let whole = if payload.len() % 4 == 1 { &payload[..payload.len() - 1] } else { payload };
            (LENIENT.decode(whole).map_err(|_| FormatError::Corrupted(Corruption::Base64))?, false)
        }
    };
    let (declared, header_len) = read_varint(&bytes)?;
    if declared > MAX_COMPRESSED_BYTES {
        return Err(FormatError::TooLarge { limit: MAX_COMPRESSED_BYTES });
    }
    let body = &bytes[header_len..];
    if body.len() < 4 + declared {
        return Err(FormatError::Truncated);
    }
    if body.len() > 4 + declared {
        return Err(FormatError::Corrupted(Corruption::Header));
    }
    if !strict {
        return Err(FormatError::Corrupted(Corruption::Base64));
    }
    let (crc, deflated) = body.split_at(4);
    Ok(([crc[0], crc[1], crc[2], crc[3]], deflated.to_vec()))
}

/// Append `n` as a little-endian base-128 varint (7 bits a byte, high bit = more follows).
fn push_varint(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let low = (n & 0x7F) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// Read the varint at the start of `bytes`: its value and how many bytes it took.
fn read_varint(bytes: &[u8]) -> Result<(usize, usize), FormatError> {
    let mut n = 0usize;
    for (i, &b) in bytes.iter().enumerate() {
        if i == MAX_VARINT_BYTES {
            return Err(FormatError::Corrupted(Corruption::Header));
        }
        n |= ((b & 0x7F) as usize) << (7 * i);
        if b & 0x80 == 0 {
            return Ok((n, i + 1));
        }
    }
    if bytes.len() >= MAX_VARINT_BYTES {
        return Err(FormatError::Corrupted(Corruption::Header));
    }
    Err(FormatError::Truncated)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_up_to_the_header_limit() {
        for n in [0, 1, 127, 128, 300, 16_383, 16_384, MAX_COMPRESSED_BYTES, (1 << 21) - 1] {
            let mut v = Vec::new();
            push_varint(&mut v, n);
            assert_eq!(read_varint(&v), Ok((n, v.len())), "{n}");
        }
    }
}
