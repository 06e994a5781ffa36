//! The one error type of share links and comparison files, with messages written for the
//! person who pasted the link or opened the file, not for a programmer.

use std::fmt;

/// Why a link or a comparison file could not be opened (or written).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// Nothing was given: an empty link or an empty file.
    Empty,
    /// The text is not a Crosscheck share link (no `#c<version>.` fragment in it).
    NotALink,
    /// The file is not a Crosscheck comparison file (no `"crosscheck": "comparison"` marker).
    NotAComparisonFile,
    /// Made by a newer Crosscheck, with a format version this one does not know.
    NewerVersion { found: u32, supported: u32 },
    /// The data ends early: the link was cut off when it was copied, or the file is incomplete.
    Truncated,
    /// The data is damaged: it fails the base64, deflate or checksum checks.
    Corrupted(Corruption),
    /// Larger than this version accepts; `limit` is the cap in bytes (or characters for links).
    TooLarge { limit: usize },
    /// Well-formed but not a valid comparison: bad JSON or a field out of its range.
    InvalidContent(String),
    /// The browser cannot deflate or inflate (no `CompressionStream`), so the page can neither
    /// make nor open share links; comparison files still work.
    NoDeflate,
}

/// Which check found a damaged link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Corruption {
    /// Characters outside base64url, or a final character that cannot end an encoding.
    Base64,
    /// The length header or the version number is malformed.
    Header,
    /// The compressed data does not inflate.
    Deflate,
    /// The content inflates but its checksum differs: the link was altered.
    Checksum,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Empty => write!(f, "Nothing to open: the link or file is empty."),
            FormatError::NotALink => {
                write!(f, "This is not a Crosscheck share link: it has no \"#c1.\" part after the address.")
            }
            FormatError::NotAComparisonFile => write!(f, "This is not a Crosscheck comparison file."),
            FormatError::NewerVersion { found, supported } => write!(
                f,
                "This was made by a newer Crosscheck (format version {found}; this one reads up to \
                 {supported}). Open it with the current Crosscheck."
            ),
            FormatError::Truncated => write!(
                f,
                "This link or file is incomplete: it was probably cut off when it was copied. \
                 Copy the whole link again, or ask for a comparison file instead."
            ),
            FormatError::Corrupted(what) => {
                let detail = match what {
                    Corruption::Base64 => "it contains characters a share link never has",
                    Corruption::Header => "its header is malformed",
                    Corruption::Deflate => "its compressed data is damaged",
                    Corruption::Checksum => "its checksum does not match, so it was altered",
                };
                write!(f, "This link is damaged ({detail}). Copy it again from where it was shared.")
            }
            FormatError::TooLarge { limit } => {
                write!(f, "This comparison is too large to open: the limit is {} KB.", limit / 1024)
            }
            FormatError::InvalidContent(why) => write!(f, "This comparison cannot be read: {why}."),
            FormatError::NoDeflate => write!(
                f,
                "This browser cannot make or open share links (it lacks CompressionStream, which \
                 Chrome 103, Firefox 113 and Safari 16.4 have). Use a comparison file instead."
            ),
        }
    }
}

impl std::error::Error for FormatError {}
