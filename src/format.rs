//! Every serializable shape other programs or later sessions read, in one versioned place:
//! the CLI's JSON (`report`), and the comparison state with its two codecs, share links
//! (`link`) and comparison files (`file`). Fields are only ever added; incompatible changes
//! bump a version and keep old ones opening (`migrate`).

mod checksum;
pub mod comparison;
pub mod error;
pub mod file;
pub mod json;
pub mod link;
mod migrate;
pub mod report;

pub use comparison::{
    Comparison, Correction, CorrectionKind, MentionKey, SavedArticle, Settings, COMPARISON_VERSION,
};
pub use error::{Corruption, FormatError};
pub use file::{decode_file, encode_file, looks_like_file, MAX_FILE_BYTES};
#[cfg(not(target_arch = "wasm32"))]
pub use link::{decode_link, encode_fragment, encode_link};
pub use link::{
    has_encoded_hash, link_content, link_is_long, link_length_warning, link_on, seal, unseal, Sealed,
    LINK_WARN_CHARS, MAX_COMPRESSED_BYTES, MAX_CONTENT_BYTES, MAX_LINK_CHARS,
};
pub use report::{ExtractOut, MentionOut, Report, REPORT_VERSION};
