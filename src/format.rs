//! The versioned shapes other programs read: the JSON mention objects of `crosscheck extract`.
//! Fields are only ever added, never renamed or removed; see the README's "JSON contract".

use serde::Serialize;

use crate::engine::{DateInfo, Kind, Mention, Qualifier, Value};

/// Bumped only on an incompatible change, which the README then documents.
pub const FORMAT_VERSION: u32 = 1;

/// One mention as `crosscheck extract` prints it.
#[derive(Serialize)]
pub struct MentionOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub kind: Kind,
    pub value: Option<&'a Value>,
    pub unit: Option<&'static str>,
    pub qualifier: Qualifier,
    pub counted: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a DateInfo>,
}

impl<'a> MentionOut<'a> {
    pub fn new(m: &'a Mention, src: &'a str) -> Self {
        MentionOut {
            start: m.start,
            end: m.end,
            text: m.text(src),
            kind: m.kind,
            value: m.value.as_ref(),
            unit: m.unit,
            qualifier: m.qualifier,
            counted: m.counted.as_deref(),
            per: m.per,
            date: m.date.as_ref(),
        }
    }
}

/// The output line of `crosscheck extract` for one input.
#[derive(Serialize)]
pub struct ExtractOut<'a> {
    pub mentions: Vec<MentionOut<'a>>,
}
