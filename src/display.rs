//! What the page shows for engine data, as plain strings: an article body split into paragraphs
//! of plain and marked runs (`runs`), the claims as rows and details (`claims`), the reader's
//! input turned into articles (`input`), articles sent by other pages, checked (`incoming`),
//! figures and dates for people (`values`), a claim's values on one axis (`strip`) and the story's shared dates on one (`timeline`). Pure and native, so the page only turns these
//! into elements.

mod claims;
mod incoming;
mod input;
mod runs;
mod strip;
mod timeline;
mod values;

pub use crate::export::{article_label, article_names};
// Number printing lives below the formats (`numerals`), which use it too; the page reaches it here.
pub use crate::numerals::{fixed, human_date, short, thousands};
pub use claims::*;
pub use incoming::*;
pub use input::*;
pub use runs::*;
pub use strip::*;
pub use timeline::*;
pub use values::*;
