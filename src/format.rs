//! Every serializable shape other programs or later sessions read, in one versioned place:
//! the CLI's JSON (`report`), and (with share links and saved files) the comparison codec.
//! Fields are only ever added; incompatible changes bump a version and keep old ones opening.

pub mod report;

pub use report::{ExtractOut, MentionOut, Report, REPORT_VERSION};
