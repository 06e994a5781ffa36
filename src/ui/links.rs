//! Share links in the page: the format's steps (`format::link`) around the browser's own raw
//! deflate, `CompressionStream` and `DecompressionStream`, so the page carries no deflate code
//! (12 KB gzipped, measured 2026-12-01). Both are asynchronous; inflating stops at the
//! format's size limit, so a small link cannot fill memory.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, Uint8Array};
use web_sys::{
    Blob, ReadableStream, ReadableStreamDefaultReader, ReadableStreamReadResult, ReadableWritablePair,
    WritableStream,
};

use crate::format::{
    link_content, link_on, seal, unseal, Comparison, Corruption, FormatError, MAX_COMPRESSED_BYTES,
    MAX_CONTENT_BYTES,
};

// web-sys has the Compression Streams API only behind `--cfg=web_sys_unstable_apis`, which
// also changes the signatures of other APIs the page uses, so the two constructors the page
// needs are declared here.
#[wasm_bindgen]
extern "C" {
    /// A transform stream, `CompressionStream` or `DecompressionStream`.
    type Transform;
    #[wasm_bindgen(catch, constructor, js_class = "CompressionStream")]
    fn compressor(format: &str) -> Result<Transform, JsValue>;
    #[wasm_bindgen(catch, constructor, js_class = "DecompressionStream")]
    fn decompressor(format: &str) -> Result<Transform, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &Transform) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &Transform) -> WritableStream;
}

/// The format both streams are asked for: deflate without a zlib or gzip wrapper.
const RAW: &str = "deflate-raw";

/// The fragment of a share link for `comparison`: `#c1.` followed by the payload.
pub async fn encode_fragment(comparison: &Comparison) -> Result<String, FormatError> {
    let json = link_content(comparison)?;
    seal(&json, &deflate(&json).await?)
}

/// A full share link: `base` (any fragment it has is replaced) followed by the fragment.
pub async fn encode_link(base: &str, comparison: &Comparison) -> Result<String, FormatError> {
    Ok(link_on(base, &encode_fragment(comparison).await?))
}

/// Open a share link, as `format::decode_link` does natively.
pub async fn decode_link(input: &str) -> Result<Comparison, FormatError> {
    let sealed = unseal(input)?;
    sealed.open(&inflate(&sealed.deflated, MAX_CONTENT_BYTES).await?)
}

/// The raw deflate of `bytes`.
pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, FormatError> {
    let stream = Transform::compressor(RAW).map_err(|_| FormatError::NoDeflate)?;
    pipe(bytes, &stream, MAX_COMPRESSED_BYTES + 1).await.map_err(|e| match e {
        Piped::TooLarge => FormatError::TooLarge { limit: MAX_COMPRESSED_BYTES },
        Piped::Failed => FormatError::NoDeflate,
    })
}

/// The bytes raw deflate `deflated` holds, at most `limit` of them.
pub async fn inflate(deflated: &[u8], limit: usize) -> Result<Vec<u8>, FormatError> {
    let stream = Transform::decompressor(RAW).map_err(|_| FormatError::NoDeflate)?;
    pipe(deflated, &stream, limit).await.map_err(|e| match e {
        Piped::TooLarge => FormatError::TooLarge { limit },
        Piped::Failed => FormatError::Corrupted(Corruption::Deflate),
    })
}

/// Why piping bytes through a transform stream stopped.
enum Piped {
    /// The output passed its limit; the rest was not read.
    TooLarge,
    /// The stream refused its input (for inflating: the data is not valid deflate).
    Failed,
}

/// `bytes` through the transform `stream`, collected, but never more than `limit` bytes.
async fn pipe(bytes: &[u8], stream: &Transform, limit: usize) -> Result<Vec<u8>, Piped> {
    let pair = ReadableWritablePair::new(&stream.readable(), &stream.writable());
    let parts = Array::of1(&Uint8Array::from(bytes));
    let source: ReadableStream =
        Blob::new_with_u8_array_sequence(&parts).map_err(|_| Piped::Failed)?.stream();
    let reader = ReadableStreamDefaultReader::new(&source.pipe_through(&pair)).map_err(|_| Piped::Failed)?;
    let mut out = Vec::new();
    loop {
        let step: ReadableStreamReadResult =
            JsFuture::from(reader.read()).await.map_err(|_| Piped::Failed)?.unchecked_into();
        if step.get_done().unwrap_or(true) {
            return Ok(out);
        }
        let chunk: Uint8Array = step.get_value().dyn_into().map_err(|_: JsValue| Piped::Failed)?;
        if out.len() + chunk.length() as usize > limit {
            let _ = reader.cancel();
            return Err(Piped::TooLarge);
        }
        let at = out.len();
        out.resize(at + chunk.length() as usize, 0);
        chunk.copy_to(&mut out[at..]);
    }
}
